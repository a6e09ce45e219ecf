"""Round twenty-nine (e56): bodies both an armed group and an organisation, and names misread on unseen text.

Every sentence here was written for these tests.

- A state's or a party's armed force ("the Revolutionary Guards", "Wagner", "Haftar's Libyan National Army") is an
  ekg:ArmedOrganization: written with both core types, ekg:Group and ekg:Organization; a group the gazetteer lists
  keeps Group as its core type (so that an attack can name it), one the organisation gazetteer lists Organization.
- "Iran's Supreme Leader, Ali Khamenei": an office alone is no body; "the Bijlmer judicial complex" is a site.
- "the Salang pass into the valley": a mountain pass is a place named in full; "let the Taliban pass" is no place.
- "identified only by their initials, R.M. and T.B.": initials alone are no one the story names.
- "sitting in the Western District of Texas": a federal court, not "Western District" and Texas.
- "the Badr Organization ... Badr and other factions", "unlike Asaib": the first word of a group named in full is
  that group; "the Tehreek" after two groups whose names begin with it is neither.
- "an independent party, led by Jawad al-Hilfi": the leader, not a place.
- "Islamic State Mozambique, which its outlets abbreviate as IS-M": one group.
- "the Kalanaur-Dera Baba Nanak road": the two towns a road joins.
- "According to the SSP": a police rank's acronym is no body.
- "Leader of the Opposition Harjit Singh Grewal": the man, without the office's last word.
"""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg import gazetteer, ns
from kg.extract import lexicon
from kg.model import EntityType, Extraction
from kg.ns import EKG
from kg.rdf import to_rdf
from kg.resolve import resolve

Extract = Callable[..., Extraction]
PERSON = EntityType.PERSON
ORGANIZATION = EntityType.ORGANIZATION
LOCATION = EntityType.LOCATION
GROUP = EntityType.GROUP


def _typed(ex: Extraction) -> set[tuple[str, EntityType]]:
    return {(m.name, m.type) for m in ex.mentions}


def _texts(ex: Extraction) -> set[tuple[str, EntityType]]:
    return {(m.text, m.type) for m in ex.mentions}


def _node(graph: Graph, label: str):  # type: ignore[no-untyped-def]
    node = graph.value(predicate=RDFS.label, object=Literal(label))
    assert node is not None, label
    return node


# ---------------------------------------------------------------- Goal 1: both a Group and an Organization


def test_the_ontology_has_a_class_under_both_core_classes() -> None:
    ontology = Graph().parse("ontology/ekg.ttl", format="turtle")
    assert (EKG.ArmedOrganization, RDFS.subClassOf, EKG.Group) in ontology
    assert (EKG.ArmedOrganization, RDFS.subClassOf, EKG.Organization) in ontology
    assert (EKG.Group, RDFS.subClassOf, EKG.Organization) not in ontology
    assert ns.CLASS_PARENT["ArmedOrganization"] == "Group"
    assert ns.CLASS_ALSO["ArmedOrganization"] == ("Organization",)


def test_every_armed_organisation_is_a_real_gazetteer_entry() -> None:
    ids = gazetteer.armed_organizations()
    assert "group:islamic_revolutionary_guard_corps" in ids  # a state armed force by its kind
    assert {"group:wagner_group", "group:taliban", "org:ly-lna"} <= ids
    for gid in ids:
        kind, _, ident = gid.partition(":")
        table = lexicon.groups() if kind == "group" else gazetteer.organizations()
        assert kind in ("group", "org") and ident in table, gid


def test_a_state_armed_corps_is_written_as_a_group_and_an_organisation(extract_text: Extract) -> None:
    x = extract_text(
        "Commanders of the Islamic Revolutionary Guard Corps met militia leaders in Damascus on Friday."
    )
    assert ("Islamic Revolutionary Guard Corps", GROUP) in _typed(x)
    graph = to_rdf(resolve([x], background=False))
    node = _node(graph, "Islamic Revolutionary Guard Corps")
    assert {EKG.Group, EKG.Organization, EKG.ArmedOrganization} <= set(graph.objects(node, RDF.type))
    assert "/group/" in str(node)  # its core type, the one its IRI is minted from, stays Group


def test_a_plain_armed_group_is_no_organisation(extract_text: Extract) -> None:
    x = extract_text("Boko Haram fighters stormed a village near Maiduguri on Friday.")
    graph = to_rdf(resolve([x], background=False))
    node = _node(graph, "Boko Haram")
    assert EKG.Group in set(graph.objects(node, RDF.type))
    assert EKG.Organization not in set(graph.objects(node, RDF.type))


def test_an_armed_force_from_the_organisation_gazetteer_is_both_too(extract_text: Extract) -> None:
    x = extract_text(
        "Aircraft of Khalifa Haftar's Libyan National Army bombed a depot near Gharyan on Monday."
    )
    assert ("Libyan National Army", ORGANIZATION) in _typed(x)
    graph = to_rdf(resolve([x], background=False))
    node = _node(graph, "Libyan National Army")
    assert {EKG.Group, EKG.Organization, EKG.ArmedOrganization} <= set(graph.objects(node, RDF.type))


def test_a_mountain_pass_is_a_place_named_in_full(extract_text: Extract) -> None:
    x = extract_text("Soldiers closed the Salang pass into the valley after the avalanche, officials said.")
    assert ("Salang pass", LOCATION) in _texts(x)


def test_the_verb_pass_makes_no_place(extract_text: Extract) -> None:
    x = extract_text("Elders agreed to let the Taliban pass into the town on Sunday.")
    assert not any(m.text.endswith(" pass") for m in x.mentions)


def test_initials_alone_are_no_one(extract_text: Extract) -> None:
    x = extract_text(
        "The magistrate identified the two suspects only by their initials, R.M. and T.B., and remanded them."
    )
    assert not any(m.text.rstrip(".") in ("R.M", "T.B") for m in x.mentions)


def test_a_federal_court_named_by_its_district(extract_text: Extract) -> None:
    x = extract_text("Judge Alma Reyes, sitting in the Western District of Texas, set a trial date in May.")
    assert ("Western District of Texas", ORGANIZATION) in _texts(x)
    assert not any(m.text == "Western District" for m in x.mentions)
    y = extract_text("He will be tried in the Middle District of Florida next year, prosecutors said.")
    assert ("Middle District of Florida", ORGANIZATION) in _texts(y)


def test_the_first_word_of_a_group_named_in_full_is_that_group(extract_text: Extract) -> None:
    x = extract_text(
        "The Badr Organization sent men to the front. Tehran trusts the hardliners, while Badr and other "
        "factions prefer their seats in government."
    )
    assert {m.name for m in x.mentions if m.text == "Badr"} == {"Badr Organization"}
    assert all(m.type is GROUP for m in x.mentions if m.text == "Badr")


def test_a_first_word_read_as_a_man_is_the_group(extract_text: Extract) -> None:
    x = extract_text(
        "Harakat al-Nujaba broke away from Asaib Ahl al-Haq in 2013. Unlike Asaib, it refused cabinet posts."
    )
    assert {m.type for m in x.mentions if m.text == "Asaib"} == {GROUP}


def test_a_province_named_like_a_group_stays_the_province(extract_text: Extract) -> None:
    x = extract_text(
        "A bomb hit a patrol of the Shabwa Defence Forces on Monday. The toll from the Shabwa bombing rose to six."
    )
    assert {m.type for m in x.mentions if m.text == "Shabwa"} == {LOCATION}


def test_a_first_word_two_named_groups_share_names_neither(extract_text: Extract) -> None:
    x = extract_text(
        "Tehreek-e-Taliban Pakistan and Tehreek-e-Jihad Pakistan both operate near the border. "
        '"The fighters of the Tehreek had no part in this," a spokesman said.'
    )
    assert not any(m.text == "Tehreek" for m in x.mentions)


def test_the_man_a_party_is_led_by(extract_text: Extract) -> None:
    x = extract_text("It has since operated as an independent party, led by Jawad al-Hilfi.")
    assert ("Jawad al-Hilfi", PERSON) in _typed(x)


def test_an_abbreviation_the_text_gives_is_the_same_group(extract_text: Extract) -> None:
    x = extract_text(
        "Islamic State Sahel, which the group's own outlets abbreviate as IS-S, raided a market near Menaka."
    )
    pairs = {(a.text, b.text) for a, b in x.same_as} | {(b.text, a.text) for a, b in x.same_as}
    assert ("Islamic State Sahel", "IS-S") in pairs


def test_the_two_towns_a_road_joins(extract_text: Extract) -> None:
    x = extract_text("The gunmen escaped along the Kalanaur-Dera Baba Nanak road before dawn.")
    texts = _texts(x)
    assert ("Kalanaur", LOCATION) in texts and ("Dera Baba Nanak", LOCATION) in texts
    assert not any("-" in m.text for m in x.mentions)


def test_a_police_rank_acronym_is_no_body(extract_text: Extract) -> None:
    x = extract_text("According to the SSP, the two youths were paid by a handler in Canada.")
    assert not any(m.text == "SSP" for m in x.mentions)


def test_the_office_before_a_name_is_not_part_of_it(extract_text: Extract) -> None:
    x = extract_text(
        "Harjit Singh Grewal toured the site. Leader of the Opposition Harjit Singh Grewal, who represents "
        "Batala in the assembly, said the police had failed."
    )
    assert not any(m.text.startswith("Opposition") for m in x.mentions)
    assert ("Harjit Singh Grewal", PERSON) in _typed(x)


def test_an_office_alone_is_no_body(extract_text: Extract) -> None:
    x = extract_text("The militia's chief swore loyalty to Iran's Supreme Leader, Ali Khamenei, in 2019.")
    assert not any(m.text.endswith("Supreme Leader") for m in x.mentions)
    assert ("Ali Khamenei", PERSON) in _typed(x)


def test_a_judicial_complex_is_a_site_named_in_full(extract_text: Extract) -> None:
    x = extract_text("The judges sat in the bunker courtroom of the Bijlmer judicial complex in Amsterdam.")
    assert ("Bijlmer judicial complex", LOCATION) in _texts(x)

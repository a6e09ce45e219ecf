"""Political parties: organisations of their own class, ekg:PoliticalParty, read from the curated gazetteer.

A party's leader condemns an attack, a ruling party answers for a war: news on armed conflict names parties
all the time, and without them spaCy calls "Sinn Féin" a person and "the DEM Party" nothing at all. Every
sentence was written for these tests. Each reading stands beside a near miss it must leave alone: a common
word written in lower case, the US Congress, an armed group whose name holds a party's, a group that is
also called a party.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from readings import has_fact

from kg import gazetteer as gz
from kg import ns
from kg.extract import lexicon
from kg.model import EntityType, Extraction
from kg.ns import EKG
from kg.rdf import to_rdf
from kg.resolve import resolve

Extract = Callable[..., Extraction]
G, ORG, P = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON
ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "ekg.ttl"


def _orgs(x: Extraction) -> dict[str, str | None]:
    """Organisation mentions by surface text: their subtype."""
    return {m.text: m.subtype for m in x.mentions if m.type is ORG}


def _party_entries() -> list[dict[str, Any]]:
    raw = json.loads(resources.files("kg").joinpath("data", "organizations.json").read_text(encoding="utf-8"))
    return [e for e in raw if e["type"] == "Party"]


# ---------------------------------------------------------------- the ontology and the gazetteer


def test_political_party_is_a_finer_organization() -> None:
    assert ns.CLASS_PARENT["PoliticalParty"] == "Organization"
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    assert (EKG.PoliticalParty, RDFS.subClassOf, EKG.Organization) in ontology
    assert ontology.value(EKG.PoliticalParty, RDFS.label) is not None
    assert ontology.value(EKG.PoliticalParty, RDFS.comment) is not None


def test_party_is_an_organisation_type_of_the_gazetteer() -> None:
    assert "Party" in gz.ORG_TYPES
    assert len(_party_entries()) >= 80


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Sinn Féin", "Sinn Féin"),
        ("Sinn Fein", "Sinn Féin"),  # accents fold
        ("sinn fein", "Sinn Féin"),
        ("Fianna Fail", "Fianna Fáil"),
        ("the BJP", "Bharatiya Janata Party"),
        ("the Awami League", "Bangladesh Awami League"),
        ("the DEM Party", "Peoples' Equality and Democracy Party"),
        ("Likud", "Likud"),
        ("PML-N", "Pakistan Muslim League-Nawaz"),
        ("Congress party", "Indian National Congress"),
    ],
)
def test_party_names_look_up_to_the_party(surface: str, name: str) -> None:
    ids = gz.lookup_org(surface)
    assert ids, surface
    org = gz.organizations()[ids[0]]
    assert (org.name, org.type) == (name, "Party")


@pytest.mark.parametrize(
    "word",
    [
        "Labour",
        "labour",
        "Alliance",
        "alliance",
        "Democrats",
        "Republicans",
        "Conservatives",
        "conservative party",
    ],
)
def test_a_common_word_is_no_party(word: str) -> None:
    assert not any(gz.organizations()[i].type == "Party" for i in gz.lookup_org(word))


def test_congress_alone_stays_the_us_congress() -> None:
    assert gz.organizations()[gz.lookup_org("Congress")[0]].type == "Legislature"


def test_a_generic_phrase_named_by_a_party_matches_only_capitalised() -> None:
    """ "New Democracy", "National Rally", "Conservative Party" are parties; "a new democracy" is not."""
    assert gz.organizations()[gz.lookup_org("New Democracy")[0]].type == "Party"
    assert gz.organizations()[gz.lookup_org("National Rally")[0]].type == "Party"
    assert not gz.lookup_org("new democracy")
    assert not gz.lookup_org("national rally")


@pytest.mark.parametrize(
    "name",
    [
        "Fatah",  # a party that also fights: typed by the words around it (test_entities_round7)
        "NRM",  # the Nordic Resistance Movement as often as Uganda's ruling party
        "UDA",  # the Ulster Defence Association as often as Kenya's ruling party
        "APC",  # an armoured personnel carrier far more often than Nigeria's ruling party
        "Labour",  # a word before it is a party
    ],
)
def test_a_name_an_armed_movement_or_a_thing_shares_is_no_party(name: str) -> None:
    assert not any(gz.organizations()[i].type == "Party" for i in gz.lookup_org(name))


def test_no_party_goes_by_a_name_of_an_armed_group() -> None:
    """A name groups.json holds stays a group's only: a party is never another entry for it."""
    for entry in _party_entries():
        for name in (entry["name"], *entry["aliases"]):
            assert lexicon.lookup_group(name) is None, name
        for acronym in entry["acronyms"]:
            assert acronym not in lexicon.group_acronyms(), acronym


# ---------------------------------------------------------------- reading sentences


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Sinn Féin vice-president Michelle O'Neill condemned the attack.", "Sinn Féin"),
        ("Sinn Fein vice-president Michelle O'Neill condemned the attack.", "Sinn Fein"),
        ("BJP spokesman Sambit Patra blamed Pakistan for the attack.", "BJP"),
        ("The Awami League and the BNP traded blame after the blast in Dhaka.", "Awami League"),
        ("The AKP and the DEM Party met in Ankara to discuss the PKK's disarmament.", "DEM Party"),
        ("Likud lawmakers criticised the ceasefire on Tuesday.", "Likud"),
        ("The ANC condemned the killings in KwaZulu-Natal.", "ANC"),
        ("Hezbollah and the Amal Movement are allies in Lebanon.", "Amal Movement"),
    ],
)
def test_a_party_named_in_a_sentence_is_an_organisation_of_subtype_party(
    extract_text: Extract, sentence: str, surface: str
) -> None:
    assert _orgs(extract_text(sentence)).get(surface) == "Party"


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The alliance said the talks would resume next week.", "alliance"),
        ("Poland's conservative party won the vote in October.", "conservative party"),
        ("Voters said the country was a new democracy with old habits.", "new democracy"),
    ],
)
def test_a_common_word_in_lower_case_is_no_party(extract_text: Extract, sentence: str, absent: str) -> None:
    x = extract_text(sentence)
    assert all(m.subtype != "Party" for m in x.mentions)
    assert absent not in {m.text.lower() for m in x.mentions if m.type is ORG}


def test_a_party_name_inside_another_partys_name_is_not_taken_out_of_it(extract_text: Extract) -> None:
    """ "Liberal Democratic Party" is a party of its own, not "Liberal" and the US Democratic Party."""
    x = extract_text("Japan's Liberal Democratic Party won the election on Sunday.")
    assert "Liberal Democratic Party" in {m.text for m in x.mentions if m.type is ORG}
    assert all(m.gazetteer_id != "org:us-democratic-party" for m in x.mentions)


def test_congress_passing_a_bill_stays_the_us_congress(extract_text: Extract) -> None:
    x = extract_text("Congress passed a bill on Tuesday to fund the war.")
    assert {(m.name, m.subtype) for m in x.mentions if m.type is ORG} == {
        ("United States Congress", "Legislature")
    }


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("The PKK said it would lay down its arms.", "Kurdistan Workers' Party"),
        ("Fatah al-Islam fighters clashed with the army in Nahr al-Bared.", "Fatah al-Islam"),
        ("Hezbollah fired rockets at northern Israel on Sunday.", "Hezbollah"),
    ],
)
def test_a_group_whose_name_holds_a_party_word_stays_a_group(
    extract_text: Extract, sentence: str, group: str
) -> None:
    x = extract_text(sentence)
    assert (group, G) in {(m.name, m.type) for m in x.mentions}
    assert all(m.subtype != "Party" for m in x.mentions)


def test_a_party_officer_is_affiliated_with_the_party(extract_text: Extract) -> None:
    x = extract_text("Sinn Féin vice-president Michelle O'Neill condemned the attack.")
    assert ("Michelle O'Neill", P) in {(m.name, m.type) for m in x.mentions}
    assert has_fact(x, "Michelle O'Neill", "affiliatedWith", "Sinn Féin")


# ---------------------------------------------------------------- the built graph


def test_a_party_is_an_ekg_political_party_in_the_graph(extract_text: Extract) -> None:
    x = extract_text("Sinn Fein vice-president Michelle O'Neill condemned the attack in Belfast.")
    graph = to_rdf(resolve([x], background=False))
    node = graph.value(predicate=RDFS.label, object=Literal("Sinn Féin"))
    assert node is not None
    assert (node, RDF.type, EKG.Organization) in graph
    assert (node, RDF.type, EKG.PoliticalParty) in graph
    assert (node, EKG.subtype, Literal("PoliticalParty")) in graph


def test_a_group_is_no_political_party_in_the_graph(extract_text: Extract) -> None:
    x = extract_text("The PKK said it would lay down its arms.")
    graph = to_rdf(resolve([x], background=False))
    assert not list(graph.subjects(RDF.type, EKG.PoliticalParty))

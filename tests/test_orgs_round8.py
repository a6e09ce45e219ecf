"""A short organisation name stands for the one longer name in the same document it is a shorter form of.

"The Nigerian Air Force ..." then "Air Force spokesman Edward Gabkwet": the bare "Air Force" is the Nigerian
Air Force, and the spokesman belongs to it. Each shape (the name's last words, its head before "of", "X
Ministry" for "Ministry of X") sits beside a near miss it must leave alone: two longer names that fit, a
short name with no longer one, a group whose name ends the same way, another document's short name. Every
sentence and the articles in `tests/data/orgs8/` were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph
from readings import has_fact

from kg.extract.mentions.aliases import short_org_names
from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.ingest import read_file
from kg.model import EntityType, Extraction, Mention
from kg.ns import PREFIXES
from kg.pipeline import build
from kg.resolve import resolve

Extract = Callable[..., Extraction]
ARTICLES = Path(__file__).parent / "data" / "orgs8"
G, ORG, P = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON


def _mentions(*names: tuple[str, EntityType] | tuple[str, EntityType, str]) -> list[Mention]:
    """Mentions in one document, one after another, each (text, type[, gazetteer id])."""
    out, at = [], 0
    for text, etype, *gid in names:
        out.append(Mention(text, text, etype, "d", at, at + len(text), 0, 0.8, gid[0] if gid else None))
        at += len(text) + 10
    return out


def _names(mentions: list[Mention]) -> list[str]:
    return [m.name for m in short_org_names(mentions)]


@pytest.mark.parametrize(
    ("names", "short", "full"),
    [
        # the name's last words
        ([("Nigerian Air Force", ORG), ("Air Force", ORG)], "Air Force", "Nigerian Air Force"),
        ([("Special Criminal Court", ORG), ("Court", ORG)], "Court", "Special Criminal Court"),
        # named first by the short form, later in full
        ([("Navy", ORG), ("Sri Lanka Navy", ORG)], "Navy", "Sri Lanka Navy"),
        # the head before "of" / "in"
        ([("Ministry of Interior", ORG), ("Ministry", ORG)], "Ministry", "Ministry of Interior"),
        (
            [("Electoral Commission of Kenya", ORG), ("Commission", ORG)],
            "Commission",
            "Electoral Commission of Kenya",
        ),
        ([("Russian Embassy in Kabul", ORG), ("Embassy", ORG)], "Embassy", "Russian Embassy in Kabul"),
        # what a ministry is for, before its head
        (
            [("Federal Ministry of Interior", ORG), ("Interior Ministry", ORG)],
            "Interior Ministry",
            "Federal Ministry of Interior",
        ),
        (
            [("Ministry of Foreign Affairs", ORG), ("Foreign Ministry", ORG)],
            "Foreign Ministry",
            "Ministry of Foreign Affairs",
        ),
        (
            [("Department of State", ORG), ("State Department", ORG)],
            "State Department",
            "Department of State",
        ),
        # two names of one body are one longer name: "Ministry" still has only one to stand for
        (
            [("Ministry of Interior", ORG), ("Interior Ministry", ORG), ("Ministry", ORG)],
            "Ministry",
            "Ministry of Interior",
        ),
        # the longer name NER read twice is still one
        ([("Kenya Police", ORG), ("Police", ORG), ("Kenya Police", ORG)], "Police", "Kenya Police"),
    ],
)
def test_a_short_name_takes_the_one_longer_name_it_ends(
    names: list[tuple[str, EntityType]], short: str, full: str
) -> None:
    out = short_org_names(_mentions(*names))
    assert {m.name for m in out if m.text == short} == {full}


@pytest.mark.parametrize(
    "names",
    [
        # two armies fit: which one "Army" is, the text does not say
        [("Kenyan Army", ORG), ("Somali National Army", ORG), ("Army", ORG)],
        # two courts fit
        [("High Court", ORG), ("Special Criminal Court", ORG), ("Court", ORG)],
        # a short name with no longer one
        [("Army", ORG), ("Borno", EntityType.LOCATION)],
        # a group's name ends the same way: "Army" of Myanmar is not the Arakan Army
        [("Arakan Army", G), ("Army", ORG)],
        # the longer name fits, and so does a group's: the short name stays ambiguous
        [("Arakan Army", G), ("Myanmar Army", ORG), ("Army", ORG)],
        # never across types: NER's group "Army" is not the organisation
        [("Nigerian Army", ORG), ("Army", G)],
        # a word in the middle of a name is no short form of it
        [("Somali National Army", ORG), ("National", ORG)],
        # a name the gazetteer knows is its own body
        [("Indian National Congress", ORG), ("Congress", ORG, "org:us-congress")],
        # a lower-case word is no name
        [("Nigerian Air Force", ORG), ("air force", ORG)],
        # what a ministry is for must open what follows "of": "Affairs Ministry" is no short form
        [("Ministry of Foreign Affairs", ORG), ("Affairs Ministry", ORG)],
        # two ministries fit
        [("Ministry of Foreign Affairs", ORG), ("Ministry of Defence", ORG), ("Ministry", ORG)],
        # a person's surname is not an organisation's short name
        [("Kenya Police Service", ORG), ("Service", P)],
    ],
)
def test_a_short_name_is_left_alone_without_exactly_one_organisation_it_ends(
    names: list[tuple[str, EntityType]],
) -> None:
    mentions = _mentions(*names)
    assert _names(mentions) == [m.name for m in mentions]


def test_a_short_name_another_body_already_goes_by_is_ambiguous() -> None:
    """ "Kenya's Interior Ministry ... Somalia's Ministry of Interior ... the Interior Ministry": which one?"""
    kenyan = Mention("Interior Ministry", "Ministry of Interior (Kenya)", ORG, "d", 0, 17, 0)
    somali = Mention("Ministry of Interior", "Ministry of Interior", ORG, "d", 40, 60, 0)
    short = Mention("Interior Ministry", "Interior Ministry", ORG, "d", 90, 107, 1)
    assert short_org_names([kenyan, somali, short])[2] == short
    # with the Kenyan ministry alone, the short name is the Kenyan one
    assert short_org_names([kenyan, short])[1].name == "Ministry of Interior (Kenya)"


def test_a_name_another_rule_gave_is_kept() -> None:
    navy = Mention("Sri Lanka Navy", "Navy of Sri Lanka", ORG, "d", 0, 14, 0)
    longer = Mention("Eastern Sri Lanka Navy", "Eastern Sri Lanka Navy", ORG, "d", 40, 62, 0)
    assert short_org_names([navy, longer])[0] == navy


# --- read in text


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        (
            "The Nigerian Air Force said its jets struck a camp near Maiduguri on Tuesday. Air Force spokesman "
            "Edward Gabkwet said the strikes killed dozens of fighters.",
            "Edward Gabkwet",
            "affiliatedWith",
            "Nigerian Air Force",
        ),
        (
            "The Special Criminal Court in Dublin convicted the two men. The Court said judge Aoife Brennan would "
            "pass sentence in May.",
            "Aoife Brennan",
            "affiliatedWith",
            "Special Criminal Court",
        ),
        (
            "Nigeria's Ministry of Interior announced a curfew in Maiduguri. Interior Ministry spokesman Adamou "
            "Issa said the curfew would last a week.",
            "Adamou Issa",
            "affiliatedWith",
            "Ministry of Interior (Nigeria)",
        ),
        (
            "The Kenya Defence Forces said its troops killed 20 fighters in Lamu. Defence Forces spokesman Paul "
            "Njuguna said two soldiers were wounded.",
            "Paul Njuguna",
            "affiliatedWith",
            "Kenya Defence Forces",
        ),
    ],
)
def test_a_relation_on_the_short_name_reaches_the_full_one(
    extract_text: Extract, text: str, s: str, p: str, o: str
) -> None:
    extraction = extract_text(text)
    assert has_fact(extraction, s, p, o), extraction.relations
    assert not any(r.object.name != o for r in extraction.relations if r.subject.name == s)


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        # two courts fit "the Court": the judge stays with the bare name
        (
            "The High Court in Belfast and the Special Criminal Court in Dublin heard the cases. The Court said "
            "judge Aoife Brennan would pass sentence in May.",
            "Aoife Brennan",
            "Court",
        ),
        # two interior ministries: "Interior Ministry" is the Kenyan one by name, the Somali one by shape
        (
            "Kenya's Interior Ministry and Somalia's Ministry of Interior met in Nairobi. Interior Ministry "
            "spokesman Adamou Issa said the talks went well.",
            "Adamou Issa",
            "Interior Ministry",
        ),
    ],
)
def test_a_short_name_two_bodies_fit_is_given_to_neither(
    extract_text: Extract, text: str, person: str, short: str
) -> None:
    extraction = extract_text(text)
    assert {m.name for m in extraction.mentions if m.text == short} == {short}
    assert {r.object.name for r in extraction.relations if r.subject.name == person} <= {short}


def test_a_short_name_without_a_longer_one_keeps_its_own_name(extract_text: Extract) -> None:
    extraction = extract_text(
        "The Court said judge Aoife Brennan would pass sentence in May. The Air Force said it had no comment."
    )
    assert {m.name for m in extraction.mentions if m.type is ORG} <= {"Court", "Air Force"}


def test_another_documents_short_name_is_another_body(extractor: SpacyRuleExtractor) -> None:
    """Each document's "Air Force" is read against that document's names only."""
    first, second = (
        extractor.extract(d)
        for name in ("nigeria_air_strike.txt", "other_air_force.txt")
        for d in read_file(ARTICLES / name)
    )
    graph = resolve([first, second], background=False)
    nigerian = [e for e in graph.entities if e.label == "Nigerian Air Force"]
    assert len(nigerian) == 1 and "Air Force" in nigerian[0].aliases
    assert second.document.id not in nigerian[0].doc_ids


# --- whole articles, through the resolver


@pytest.fixture(scope="module")
def article(read_article: Callable[[Path], list[Extraction]]) -> Callable[[str], list[Extraction]]:
    return lambda name: read_article(ARTICLES / name)


def test_nigeria_air_strike(article: Callable[[str], list[Extraction]]) -> None:
    extractions = article("nigeria_air_strike.txt")
    assert has_fact(extractions[0], "Edward Gabkwet", "affiliatedWith", "Nigerian Air Force")
    graph = resolve(extractions, background=False)
    forces = [e for e in graph.entities if "Air Force" in e.label]
    assert len(forces) == 1, forces
    assert "Air Force" in forces[0].aliases
    person = next(e for e in graph.entities if e.label == "Edward Gabkwet")
    assert any(f.subject == person.key and f.object == forces[0].key for f in graph.facts)


def test_paris_court(article: Callable[[str], list[Extraction]]) -> None:
    extractions = article("paris_court.txt")
    graph = resolve(extractions, background=False)
    courts = [e for e in graph.entities if "Court" in e.label]
    assert [c.label for c in courts] == ["Special Criminal Court"]
    assert "Court" in courts[0].aliases
    assert has_fact(extractions[0], "Claire Morel", "affiliatedWith", "Special Criminal Court")


def test_two_armies_keep_their_own_names(article: Callable[[str], list[Extraction]]) -> None:
    extractions = article("two_armies.txt")
    graph = resolve(extractions, background=False)
    armies = {e.label for e in graph.entities if e.type is ORG}
    assert "Army" not in armies
    assert not any("Army" in e.aliases for e in graph.entities if e.type is ORG)


def test_a_group_named_army_does_not_take_the_states_army(article: Callable[[str], list[Extraction]]) -> None:
    extractions = article("arakan_offensive.txt")
    graph = resolve(extractions, background=False)
    group = next(e for e in graph.entities if e.label == "Arakan Army")
    assert group.type is G
    assert "Army" not in group.aliases


def test_pakistan_checkpoint(article: Callable[[str], list[Extraction]]) -> None:
    """ "The Corps", "Central Command", "The Post": each the one longer name the wire used before."""
    extractions = article("pakistan_checkpoint.txt")
    assert has_fact(extractions[0], "John Miller", "affiliatedWith", "United States Central Command")
    graph = resolve(extractions, background=False)
    labels = [e.label for e in graph.entities if e.type is ORG]
    assert not {"Corps", "Central Command", "Post"} & set(labels), labels
    by_label = {e.label: e for e in graph.entities}
    assert "Corps" in by_label["Frontier Corps"].aliases
    assert "Central Command" in by_label["United States Central Command"].aliases


def test_the_built_graph_has_one_air_force_per_document(
    tmp_path: Path, extractor: SpacyRuleExtractor
) -> None:
    """Through `kg build`: the Nigerian wire's "Air Force" is an altLabel of the Nigerian Air Force, and the
    Sudanese wire's bare "Air Force" is a body of its own, which the spokesman is not linked to."""
    report = build(
        [ARTICLES / "nigeria_air_strike.txt", ARTICLES / "other_air_force.txt"],
        tmp_path,
        workers=1,
        extractor=extractor,
        html=False,
    )
    assert report.ok
    graph = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    rows = graph.query(
        """SELECT ?o ?label WHERE { ?o a ekg:Organization ; rdfs:label ?label .
           OPTIONAL { ?o skos:altLabel ?alt } FILTER (?label = "Air Force" || ?alt = "Air Force") }""",
        initNs=PREFIXES,
    )
    labels = sorted({str(label) for _, label in rows})
    assert labels == ["Air Force", "Nigerian Air Force"]
    spokesman = graph.query(
        """SELECT ?label WHERE { ?p rdfs:label "Edward Gabkwet" ; ekg:affiliatedWith ?o . ?o rdfs:label ?label }""",
        initNs=PREFIXES,
    )
    assert [str(r[0]) for r in spokesman] == ["Nigerian Air Force"]

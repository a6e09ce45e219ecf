"""The sample article end to end: build, then read graph.ttl back with rdflib and SPARQL.

The key facts of the article must be in the graph as plain triples, every fact must
trace back to a sentence of the document, the page must be self-contained, the Turtle
must round-trip, and the same input must give the same bytes. The README's own
command-line examples are run against the same build so they cannot drift.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.ingest import read_file
from kg.ns import EKG, PREFIXES, RDF
from kg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "000_b1c26b82c9f26301.txt"
README = ROOT / "README.md"

RELATIONS = (
    "affiliateOf",
    "formedFrom",
    "alliedWith",
    "rivalOf",
    "operatesIn",
    "affiliatedWith",
    "locatedIn",
)


@pytest.fixture(scope="module")
def graph(built_example: Path) -> Graph:
    g = Graph()
    g.parse(built_example / "graph.ttl", format="turtle")
    return g


def select(graph: Graph, query: str, **bindings: object) -> list[tuple]:
    """Rows of a SELECT, with the usual prefixes bound, as tuples of Python values."""
    return [
        tuple(None if v is None else v.toPython() for v in row)
        for row in graph.query(query, initNs=PREFIXES, initBindings=bindings)
    ]


def ask(graph: Graph, query: str) -> bool:
    return bool(graph.query(query, initNs=PREFIXES).askAnswer)


# ------------------------------------------------------------------ key facts


def test_isis_k_is_perpetrator_of_the_moscow_concert_hall_attack(graph: Graph) -> None:
    """ekg:perpetrator or any sub-property the ontology declares (claimedBy, attributedTo)."""
    with_ontology = Graph()
    for triple in graph:
        with_ontology.add(triple)
    with_ontology.parse(ROOT / "ontology" / "ekg.ttl", format="turtle")
    rows = select(
        with_ontology,
        """
        SELECT DISTINCT ?attack ?date ?killed WHERE {
          ?group a ekg:Group ; (rdfs:label|skos:altLabel) "ISIS-K" .
          ?prop rdfs:subPropertyOf* ekg:perpetrator .
          ?attack a ekg:Attack ; ?prop ?group ; ekg:date ?date ; ekg:killed ?killed ; ekg:location ?place .
          ?place rdfs:label ?placeName .
          FILTER(?placeName IN ("Moscow", "Crocus City Hall"))
        }
        """,
    )
    assert len(rows) == 1, rows
    (_, date, killed) = rows[0]
    assert (str(date), killed) == ("2024-03-23", 143)


def test_perpetrator_is_written_beside_the_finer_claimed_by(graph: Graph) -> None:
    assert ask(
        graph,
        """ASK { ?a a ekg:Attack ; ekg:claimedBy ?g ; ekg:perpetrator ?g ; ekg:killed 143 .
                 ?g skos:altLabel "ISIS-K" }""",
    )


def test_moscow_attack_date_is_an_xsd_date(graph: Graph) -> None:
    assert ask(graph, 'ASK { ?a a ekg:Attack ; ekg:killed 143 ; ekg:date "2024-03-23"^^xsd:date }')


def test_isis_k_is_an_affiliate_of_the_islamic_state(graph: Graph) -> None:
    assert ask(
        graph,
        """ASK { ?k a ekg:Group ; (rdfs:label|skos:altLabel) "ISIS-K" ; ekg:affiliateOf ?is .
                 ?is a ekg:Group ; rdfs:label "Islamic State" }""",
    )


def test_kugelman_is_affiliated_with_the_wilson_center(graph: Graph) -> None:
    assert ask(
        graph,
        """ASK { ?p a ekg:Person ; rdfs:label "Michael Kugelman" ; ekg:affiliatedWith ?o .
                 ?o a ekg:Organization ; rdfs:label "Wilson Center" }""",
    )


def test_every_entity_has_exactly_one_label(graph: Graph) -> None:
    rows = select(
        graph,
        # DISTINCT: an armed organisation is typed both Group and Organization, so it joins twice.
        """SELECT ?e (COUNT(DISTINCT ?l) AS ?n) WHERE {
             VALUES ?type { ekg:Group ekg:Organization ekg:Person ekg:Location ekg:Attack }
             ?e a ?type . OPTIONAL { ?e rdfs:label ?l } } GROUP BY ?e HAVING (COUNT(DISTINCT ?l) != 1)""",
    )
    assert rows == []


# ------------------------------------------------------------------ provenance


@pytest.fixture(scope="module")
def evidenced(graph: Graph) -> set[tuple]:
    """(s, p, o) of every statement derived from evidence that names document, sentence, offsets, extractor."""
    rows = graph.query(
        """SELECT DISTINCT ?s ?p ?o WHERE {
             ?st a ekg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
             ?ev a ekg:Evidence ; ekg:inDocument ?doc ; ekg:sentenceText ?text ; ekg:sentenceIndex ?index ;
                 ekg:startOffset ?start ; ekg:endOffset ?end ; prov:wasAttributedTo ?x .
             ?x a ekg:Extractor ; rdfs:label ?name ; ekg:extractorVersion ?version .
             ?doc a ekg:Document }""",
        initNs=PREFIXES,
    )
    return {tuple(row) for row in rows}


def test_every_attack_property_has_a_statement_with_evidence(graph: Graph, evidenced: set[tuple]) -> None:
    props = [EKG[p] for p in ("date", "location", "killed", "wounded", "claimedBy", "attributedTo")]
    facts = [
        (s, p, o) for p in props for s, o in graph.subject_objects(p) if (s, RDF.type, EKG.Attack) in graph
    ]
    assert len(facts) >= 12
    assert [f for f in facts if f not in evidenced] == []


def test_every_attack_has_evidence(graph: Graph, evidenced: set[tuple]) -> None:
    attacks = set(graph.subjects(RDF.type, EKG.Attack))
    assert len(attacks) >= 4
    assert attacks <= {s for s, _, _ in evidenced}


@pytest.mark.parametrize("relation", RELATIONS)
def test_every_relation_triple_has_a_statement(graph: Graph, evidenced: set[tuple], relation: str) -> None:
    """Read in text: evidence with sentence, offsets and extractor. From a gazetteer: marked Background."""
    background = {
        (s, p, o)
        for st in graph.subjects(EKG.claimStatus, EKG.Background)
        for s in graph.objects(st, RDF.subject)
        for p in graph.objects(st, RDF.predicate)
        for o in graph.objects(st, RDF.object)
    }
    facts = [(s, EKG[relation], o) for s, o in graph.subject_objects(EKG[relation])]
    assert [f for f in facts if f not in evidenced and f not in background] == []


def test_relations_read_in_text_are_asserted_with_a_confidence(graph: Graph) -> None:
    rows = select(
        graph,
        """SELECT ?p ?status ?c WHERE {
             ?st a ekg:Statement ; rdf:predicate ?p ; prov:wasDerivedFrom ?ev ; ekg:claimStatus ?status .
             OPTIONAL { ?st ekg:confidence ?c } }""",
    )
    text_relations = [(p, status, c) for p, status, c in rows if p.rsplit("#", 1)[1] in RELATIONS]
    assert len(text_relations) >= 5
    for p, status, c in text_relations:
        # The one exception: where the gazetteer puts a place the text names inside another it names, the
        # statement is background knowledge with the sentence naming the first place as its evidence.
        assert status.endswith("#Asserted") or (
            p.endswith("#locatedIn") and status.endswith("#Background")
        ), (
            p,
            status,
        )
        assert c is not None and 0 < float(c) <= 1, (p, c)
    assert sum(status.endswith("#Asserted") for _, status, _ in text_relations) >= 5


def test_evidence_offsets_point_into_the_document_text(graph: Graph) -> None:
    (document,) = read_file(SAMPLE)
    rows = select(
        graph,
        """SELECT DISTINCT ?ev ?start ?end ?text ?index WHERE {
             ?ev a ekg:Evidence ; ekg:startOffset ?start ; ekg:endOffset ?end ; ekg:sentenceText ?text ;
                 ekg:sentenceIndex ?index }""",
    )
    assert len(rows) >= 20
    for _, start, end, sentence, index in rows:
        assert 0 <= start < end <= len(document.text)
        span = document.text[start:end]
        assert span.strip() and span.strip() in sentence, (start, end, span, sentence)
        assert index >= 0


def test_the_document_is_described_and_mentions_what_it_names(graph: Graph) -> None:
    rows = select(
        graph,
        """SELECT ?doc ?date ?title ?source WHERE {
             ?doc a ekg:Document ; dcterms:date ?date ; dcterms:title ?title ; dcterms:source ?source }""",
    )
    assert len(rows) == 1
    _, date, title, source = rows[0]
    assert str(date) == "2024-04-01"
    assert title and source.endswith("000_b1c26b82c9f26301.txt")
    assert ask(graph, 'ASK { ?d a ekg:Document ; ekg:mentions ?g . ?g skos:altLabel "ISIS-K" }')
    assert ask(graph, 'ASK { ?d a ekg:Document ; ekg:mentions ?p . ?p rdfs:label "Michael Kugelman" }')
    unmentioned = select(
        graph,
        "SELECT ?a WHERE { ?a a ekg:Attack . FILTER NOT EXISTS { ?d a ekg:Document ; ekg:mentions ?a } }",
    )
    assert unmentioned == []


def test_document_date_is_an_xsd_date(graph: Graph) -> None:
    assert ask(graph, 'ASK { ?d a ekg:Document ; dcterms:date "2024-04-01"^^xsd:date }')


# ------------------------------------------------------------------ the page


def test_html_page_is_self_contained(built_example: Path) -> None:
    page = (built_example / "graph.html").read_text(encoding="utf-8")
    assert not re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.findall(r"""@import|url\(\s*["']?https?:""", page, re.I)
    assert "Content-Security-Policy" in page


def test_html_page_carries_the_group_in_its_json(built_example: Path) -> None:
    page = (built_example / "graph.html").read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match is not None
    data = json.loads(match.group(1))
    labels = {node["label"] for node in data["nodes"]}
    assert labels & {"ISIS-K", "Islamic State Khorasan Province"}
    assert len(data["edges"]) > 0


# ------------------------------------------------------------------ round trip and determinism


def test_turtle_round_trips_isomorphically(built_example: Path, graph: Graph) -> None:
    again = Graph()
    again.parse(data=graph.serialize(format="turtle"), format="turtle")
    assert isomorphic(graph, again)
    nt = Graph()
    nt.parse(data=graph.serialize(format="nt"), format="nt")
    assert isomorphic(graph, nt)


def test_building_twice_gives_byte_identical_turtle(
    built_example: Path, tmp_path: Path, full_extractor: SpacyRuleExtractor
) -> None:
    """A second build, with an extractor that has already read other texts, writes the same bytes."""
    report = build([SAMPLE], tmp_path, workers=1, extractor=full_extractor)
    assert report.ok
    assert (tmp_path / "graph.ttl").read_bytes() == (built_example / "graph.ttl").read_bytes()


# ------------------------------------------------------------------ Python API


def test_open_and_sparql_give_a_dataframe(built_example: Path) -> None:
    import pandas as pd

    g = kg.open(built_example)
    df = kg.sparql(
        g,
        """SELECT ?date ?killed WHERE {
             ?a ekg:perpetrator ?g ; ekg:date ?date ; ekg:killed ?killed . ?g skos:altLabel ?name }
           ORDER BY ?date""",
        name="ISIS-K",
    )
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == ["date", "killed"]
    assert ("2024-03-23", 143) in {(str(d), int(k)) for d, k in df.itertuples(index=False)}


def test_sparql_binds_parameters_as_terms_not_text(built_example: Path) -> None:
    g = kg.open(built_example)
    df = kg.sparql(g, "SELECT ?g WHERE { ?g rdfs:label ?name }", name='Taliban" } UNION { ?g ?p ?o')
    assert df.empty


# ------------------------------------------------------------------ README examples


def readme_commands() -> list[list[str]]:
    """The `kg stats` and `kg query` example lines of the README's "Command line" section."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Command line", 1)[1].split("\n## ", 1)[0]
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.S):
        pending = ""
        for line in block.splitlines():
            pending = f"{pending}\n{line}" if pending else line
            try:
                words = shlex.split(pending)
            except ValueError:  # an open quote: the command goes on on the next line
                continue
            pending = ""
            if words[:1] == [".venv/bin/kg"] and words[1] in ("stats", "query"):
                commands.append(words[1:])
    return commands


def test_readme_has_stats_and_query_examples() -> None:
    assert [c[0] for c in readme_commands()].count("stats") >= 1
    assert [c[0] for c in readme_commands()].count("query") >= 2


@pytest.mark.parametrize("command", readme_commands(), ids=lambda c: " ".join(c)[:40])
def test_readme_example_runs(built_example: Path, command: list[str]) -> None:
    assert command[1] == "output"
    args = [command[0], str(built_example), *command[2:]]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    assert result.stdout.strip()
    if "--param" in args:  # the example asks for the attacks of ISIS-K by its canonical name
        assert "2024-03-23" in result.stdout

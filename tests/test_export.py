"""`kg export`: every format is parsed back and compared with the graph it came from.

RDF formats are read back with rdflib and with pyoxigraph and must hold exactly
graph.ttl's triples (Oxigraph writes numbers in canonical form, 0.700 as 0.7, so
literals are compared by value). N-Quads and TriG must put each document's
evidence and statements in the document's own graph. GraphML, GEXF and CSV are
read back with networkx and the csv module and must hold the networkx projection.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import warnings
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node
from typer.testing import CliRunner

from kg.analysis import to_networkx
from kg.cli import app
from kg.export import FORMATS, _atomic, context, default_path, document_quads, export, flat_networkx
from kg.model import Document, Entity, EntityType, Evidence, Fact, Incident, KnowledgeGraph, Predicate
from kg.ns import EKG, PROV, RDF
from kg.rdf import to_rdf, write_turtle
from kg.store import STORE_DIR, load_store, open_graph, write_store

runner = CliRunner()
RDF_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}


def canonical(term: Node) -> object:
    if isinstance(term, Literal) and term.datatype is not None:
        value = term.toPython()
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return (Decimal(str(value)), str(term.datatype))
    return term


def from_ox(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    assert isinstance(term, ox.Literal), term
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value.endswith("#string"):
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def triples(graph: Graph) -> set[tuple[object, ...]]:
    return {tuple(canonical(t) for t in triple) for triple in graph}


def ox_triples(quads: object) -> set[tuple[object, ...]]:
    return {tuple(canonical(from_ox(t)) for t in (q.subject, q.predicate, q.object)) for q in quads}


@pytest.fixture(scope="module")
def original(built_example: Path) -> set[tuple[object, ...]]:
    return triples(open_graph(built_example, memory=True))


def two_documents(folder: Path) -> Path:
    """A graph of two documents; one fact is read in both, one attack in the first only."""
    d1, d2 = "first-doc", "second-doc"
    docs = (
        Document(d1, "", "One", "one.txt", dt.date(2024, 1, 1), "https://news.example/1"),
        Document(d2, "", "Two", "two.txt", dt.date(2024, 1, 2)),
    )
    entities = (
        Entity("Group:a", EntityType.GROUP, "Group A"),
        Entity("Group:b", EntityType.GROUP, "Group B"),
        Entity("Location:x", EntityType.LOCATION, "Place X"),
    )

    def ev(doc: str, start: int) -> Evidence:
        return Evidence(doc, 0, start, start + 20, f"A sentence at {start}.", "test", "1", 0.7)

    facts = (Fact("Group:a", Predicate.AFFILIATE_OF, "Group:b", (ev(d1, 0), ev(d2, 5))),)
    incidents = (Incident("attack:x", "Attack in X", (), (ev(d1, 40),), (d1,), "2024-01", ("Location:x",)),)
    graph = to_rdf(KnowledgeGraph(docs, entities, facts, incidents, {d1: ("Group:a",), d2: ("Group:b",)}))
    write_turtle(graph, folder / "graph.ttl")
    write_store(folder / "graph.ttl", folder / STORE_DIR)
    return folder


# ------------------------------------------------------------------ RDF


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_export_parses_back_to_the_same_triples(
    built_example: Path, tmp_path: Path, original: set[tuple[object, ...]], fmt: str
) -> None:
    path = export(built_example, fmt, tmp_path / f"graph{FORMATS[fmt]}")
    data = path.read_text(encoding="utf-8")
    with warnings.catch_warnings():
        # rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph inside.
        warnings.simplefilter("ignore", DeprecationWarning)
        assert triples(Graph().parse(data=data, format=RDF_FORMATS[fmt])) == original
    parsed = ox.Store()
    parsed.load(path.read_bytes(), format=ox.RdfFormat.from_extension(FORMATS[fmt].lstrip(".")))
    assert ox_triples(parsed) == original


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_quad_exports_hold_every_triple_once_graphs_are_merged(
    built_example: Path, tmp_path: Path, original: set[tuple[object, ...]], fmt: str
) -> None:
    path = export(built_example, fmt, tmp_path / f"graph{FORMATS[fmt]}")
    parsed = ox.Store()
    parsed.load(path.read_bytes(), format=ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG)
    assert ox_triples(parsed) == original
    dataset = Dataset()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's parsers use its deprecated API inside
        dataset.parse(data=path.read_text(encoding="utf-8"), format="nquads" if fmt == "nquads" else "trig")
    assert {tuple(canonical(t) for t in q[:3]) for q in dataset.quads()} == original


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_each_document_has_a_named_graph_of_what_was_read_in_it(tmp_path: Path, fmt: str) -> None:
    folder = two_documents(tmp_path / "built")
    parsed = ox.Store()
    path = export(folder, fmt, tmp_path / f"out{FORMATS[fmt]}")
    parsed.load(path.read_bytes(), format=ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG)
    documents = {
        q.subject
        for q in parsed.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(EKG.Document)))
    }
    assert {g for g in parsed.named_graphs()} == documents and len(documents) == 2
    in_document = ox.NamedNode(str(EKG.inDocument))
    for q in parsed.quads_for_pattern(None, in_document, None, None):
        # Every triple of an evidence node sits in its document's graph, and nowhere else.
        graphs = {e.graph_name for e in parsed.quads_for_pattern(q.subject, None, None, None)}
        assert graphs == {q.object}
    derived = ox.NamedNode(str(PROV.wasDerivedFrom))
    for q in parsed.quads_for_pattern(None, derived, None, None):
        (doc,) = {e.object for e in parsed.quads_for_pattern(q.object, in_document, None, None)}
        assert q.graph_name == doc
    statement = next(
        iter(
            parsed.quads_for_pattern(
                None, ox.NamedNode(str(RDF.predicate)), ox.NamedNode(str(EKG.affiliateOf))
            )
        )
    )
    # The fact read in both documents is in both graphs, each with its own evidence only.
    assert {q.graph_name for q in parsed.quads_for_pattern(statement.subject, None, None, None)} == documents
    attack_types = parsed.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(EKG.Attack)))
    assert {q.graph_name for q in attack_types} == {ox.DefaultGraph()}


def test_document_quads_of_a_store_cover_it_exactly(built_example: Path) -> None:
    store = load_store(built_example)
    assert ox_triples(document_quads(store)) == ox_triples(store)


def test_jsonld_carries_its_context_inline(built_example: Path, tmp_path: Path) -> None:
    path = export(built_example, "jsonld", tmp_path / "graph.jsonld")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["@context"] == context()
    assert all(isinstance(v, str) and v.startswith("http") for v in document["@context"].values())
    text = path.read_text(encoding="utf-8")
    assert '"@import"' not in text and text.count('"@context"') == 1
    node = next(n for n in document["@graph"] if n.get("rdfs:label") == "Islamic State Khorasan Province")
    assert "ekg:Group" in ([node["@type"]] if isinstance(node["@type"], str) else node["@type"])


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig", "jsonld", "csv"])
def test_export_is_the_same_on_every_run(built_example: Path, tmp_path: Path, fmt: str) -> None:
    first = export(built_example, fmt, tmp_path / "a" / f"g{FORMATS[fmt]}")
    second = export(built_example, fmt, tmp_path / "b" / f"g{FORMATS[fmt]}")
    if fmt == "csv":
        assert (first / "nodes.csv").read_bytes() == (second / "nodes.csv").read_bytes()
        assert (first / "edges.csv").read_bytes() == (second / "edges.csv").read_bytes()
    else:
        assert first.read_bytes() == second.read_bytes()


# ------------------------------------------------------------------ networkx formats


@pytest.fixture(scope="module")
def projection(built_example: Path) -> nx.MultiDiGraph:
    return to_networkx(open_graph(built_example))


def test_graphml_reads_back_with_typed_labelled_nodes(
    built_example: Path, tmp_path: Path, projection: nx.MultiDiGraph
) -> None:
    path = export(built_example, "graphml", tmp_path / "g.graphml")
    read = nx.read_graphml(path)
    assert set(read.nodes) == set(projection.nodes)
    assert read.number_of_edges() == projection.number_of_edges()
    for node, data in projection.nodes(data=True):
        assert read.nodes[node]["label"] == data["label"] and read.nodes[node]["type"] == data["type"]
    assert {d["relation"] for *_, d in read.edges(data=True)} >= {"perpetrator", "affiliateOf"} & {
        d["relation"] for *_, d in projection.edges(data=True)
    }
    ids = [e.get("id") for e in ElementTree.parse(path).iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == len(set(ids)) == projection.number_of_edges()  # Gephi drops edges whose ids repeat


def test_gexf_reads_back_for_gephi(built_example: Path, tmp_path: Path, projection: nx.MultiDiGraph) -> None:
    read = nx.read_gexf(export(built_example, "gexf", tmp_path / "g.gexf"))
    assert set(read.nodes) == set(projection.nodes)
    assert read.number_of_edges() == projection.number_of_edges()
    attack = next(n for n, d in projection.nodes(data=True) if d["label"] == "Crocus City Hall attack")
    data = read.nodes[attack]
    assert data["label"] == "Crocus City Hall attack" and data["type"] == "Attack" and data["killed"] == 143
    assert set(data["viz"]["color"]) >= {"r", "g", "b"}


def test_flat_projection_has_scalar_attributes_only(projection: nx.MultiDiGraph) -> None:
    flat = flat_networkx(projection)
    values = [v for _, d in flat.nodes(data=True) for v in d.values()]
    values += [v for *_, d in flat.edges(data=True) for v in d.values()]
    assert all(isinstance(v, (str, int, float)) for v in values)
    group = next(d for _, d in flat.nodes(data=True) if d["label"] == "Islamic State Khorasan Province")
    assert "ISIS-K" in group["aliases"].split("; ")


def test_csv_has_nodes_and_edges_that_read_back(
    built_example: Path, tmp_path: Path, projection: nx.MultiDiGraph
) -> None:
    folder = export(built_example, "csv", tmp_path / "csv")
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with open(folder / "edges.csv", encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert {n["id"] for n in nodes} == set(projection.nodes)
    assert len(edges) == projection.number_of_edges()
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids and e["relation"] for e in edges)
    crocus = next(n for n in nodes if n["label"] == "Crocus City Hall attack")
    assert (crocus["type"], crocus["date"], crocus["killed"]) == ("Attack", "2024-03-23", "143")
    claim = next(
        e
        for e in edges
        if e["target_label"] == "Islamic State Khorasan Province" and e["source"] == crocus["id"]
    )
    assert claim["status"] == "Claimed" and claim["sentences"]


# ------------------------------------------------------------------ files and the command line


def test_export_replaces_the_file_and_leaves_no_temporary_file(built_example: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "graph.nt"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    export(built_example, "nt", target)
    assert target.read_text(encoding="utf-8") != "old"
    assert [p.name for p in target.parent.iterdir()] == ["graph.nt"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")

    def fail(fh: object) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        _atomic(target, fail)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_kg_export_writes_to_the_default_path(built_example: Path, tmp_path: Path) -> None:
    built = tmp_path / "built"
    shutil.copytree(built_example, built)  # the shared build stays as other tests expect it
    result = runner.invoke(app, ["export", str(built), "--format", "trig"])
    assert result.exit_code == 0, result.stderr
    path = default_path(built, "trig")
    assert path == built / "exports" / "graph.trig" and f"wrote {path}" in result.stdout
    assert path.stat().st_size > 0


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_kg_export_every_format(built_example: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"graph{FORMATS[fmt]}" if fmt != "csv" else tmp_path / "csv"
    result = runner.invoke(app, ["export", str(built_example), "-f", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.exists()


def test_kg_export_of_a_folder_without_a_graph(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(tmp_path), "--format", "nt"])
    assert result.exit_code == 2
    assert "no graph here" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_kg_export_refuses_an_unknown_format(built_example: Path) -> None:
    result = runner.invoke(app, ["export", str(built_example), "--format", "xml"])
    assert result.exit_code == 2

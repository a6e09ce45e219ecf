"""The persistent Oxigraph store `kg build` leaves beside graph.ttl, and `kg.open` over it.

The store must hold exactly the triples of graph.ttl, open read-only and fast,
be replaced atomically, give way to graph.ttl when that file is newer, and keep
the whole rdflib Graph API working for notebooks.
"""

from __future__ import annotations

import importlib
import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

import kg
from kg.analysis import stats
from kg.ns import EKG, RDF, RDFS
from kg.query import QueryError, run, update
from kg.store import (
    STORE_DIR,
    GraphNotFound,
    KgOxigraphStore,
    graph_path,
    open_graph,
    oxigraph_store,
    store_path,
    write_store,
)

ROOT = Path(__file__).resolve().parents[1]


def canonical(term: Node) -> object:
    """A term as a comparable value: Oxigraph writes 0.700 as 0.7, the same decimal."""
    if isinstance(term, Literal) and term.datatype is not None:
        value = term.toPython()
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return (Decimal(str(value)), str(term.datatype))
    return term


def triples(graph: Graph) -> set[tuple[object, object, object]]:
    return {(canonical(s), canonical(p), canonical(o)) for s, p, o in graph}


@pytest.fixture(scope="module")
def turtle_graph(built_example: Path) -> Graph:
    return open_graph(built_example, memory=True)


@pytest.fixture
def copy(built_example: Path, tmp_path: Path) -> Path:
    """A private copy of the built sample, store included, for tests that change it."""
    target = tmp_path / "built"
    shutil.copytree(built_example, target)
    return target


# ------------------------------------------------------------------ the build writes it


def test_build_writes_a_store_beside_graph_ttl(built_example: Path) -> None:
    assert (built_example / STORE_DIR).is_dir()
    assert store_path(built_example) == built_example / STORE_DIR
    assert not [p.name for p in built_example.iterdir() if p.name.startswith(".")]  # no temporary folders


def test_store_holds_exactly_the_triples_of_graph_ttl(built_example: Path, turtle_graph: Graph) -> None:
    stored = kg.open(built_example)
    assert isinstance(stored.store, KgOxigraphStore)
    assert len(stored) == len(turtle_graph)
    assert triples(stored) == triples(turtle_graph)


def test_open_binds_the_usual_prefixes(built_example: Path) -> None:
    namespaces = {prefix: str(ns) for prefix, ns in kg.open(built_example).namespaces()}
    assert namespaces["ekg"] == "https://w3id.org/extremist-kg/ontology#"
    for prefix in ("schema", "prov", "skos", "dcterms", "rdfs", "xsd"):
        assert prefix in namespaces


def test_rdflib_graph_api_works_over_the_store(built_example: Path, turtle_graph: Graph) -> None:
    stored = kg.open(built_example)
    label = Literal("Islamic State Khorasan Province")
    group = stored.value(predicate=RDFS.label, object=label)
    assert group is not None and (group, RDF.type, EKG.Group) in stored
    # Plain strings come back plain, so they equal the Literals rdflib parses from Turtle.
    assert label in set(stored.objects(group, RDFS.label))
    assert set(stored.subjects(RDF.type, EKG.Attack)) == set(turtle_graph.subjects(RDF.type, EKG.Attack))
    rows = list(stored.query("SELECT ?g WHERE { ?g a ekg:Group ; rdfs:label ?l } ORDER BY ?l LIMIT 3"))
    assert len(rows) == 3 and all(isinstance(row[0], URIRef) for row in rows)


def test_analysis_gives_the_same_figures_over_the_store(built_example: Path, turtle_graph: Graph) -> None:
    assert stats(kg.open(built_example)) == stats(turtle_graph)


def test_sparql_runs_natively_in_oxigraph_for_an_opened_graph(built_example: Path) -> None:
    assert oxigraph_store(kg.open(built_example)) is not None
    assert oxigraph_store(Graph()) is None


# ------------------------------------------------------------------ read-only, writable


def test_opened_graph_is_read_only_by_default(built_example: Path) -> None:
    graph = kg.open(built_example)
    with pytest.raises(QueryError, match="read-only"):
        graph.add((URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:c")))
    with pytest.raises(QueryError, match="read-only"):
        graph.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_two_readers_share_the_store(built_example: Path) -> None:
    first, second = kg.open(built_example), kg.open(built_example)
    assert len(first) == len(second) > 0


def test_writable_graph_keeps_its_changes(copy: Path) -> None:
    graph = kg.open(copy, read_only=False)
    update(graph, "INSERT DATA { <urn:kg:test> rdfs:label 'added' }", allow_update=True)
    graph.add((URIRef("urn:kg:test"), RDFS.comment, Literal("also added")))
    del graph
    reopened = kg.open(copy)
    assert run(reopened, "SELECT ?l WHERE { <urn:kg:test> rdfs:label ?l }").rows == (("added",),)
    assert (URIRef("urn:kg:test"), RDFS.comment, Literal("also added")) in reopened


def test_writable_open_of_a_graph_without_a_store_gives_it_one(copy: Path) -> None:
    shutil.rmtree(copy / STORE_DIR)
    graph = kg.open(copy, read_only=False)
    assert store_path(copy) == copy / STORE_DIR
    assert len(graph) > 0


# ------------------------------------------------------------------ fallbacks


def test_a_folder_without_a_store_is_read_from_turtle(copy: Path, turtle_graph: Graph) -> None:
    shutil.rmtree(copy / STORE_DIR)
    graph = kg.open(copy)
    assert oxigraph_store(graph) is not None  # in memory, still Oxigraph
    assert triples(graph) == triples(turtle_graph)


def test_a_newer_graph_ttl_wins_over_a_stale_store(copy: Path) -> None:
    ttl = copy / "graph.ttl"
    ttl.write_text(
        "@prefix ekg: <https://w3id.org/extremist-kg/ontology#> .\n<urn:only> a ekg:Group .\n",
        encoding="utf-8",
    )
    assert store_path(copy) is None
    assert len(kg.open(copy)) == 1


def test_open_accepts_the_graph_ttl_file_itself(built_example: Path, tmp_path: Path) -> None:
    ttl = built_example / "graph.ttl"
    assert store_path(ttl) == built_example / STORE_DIR  # the store built from this very file
    assert len(kg.open(ttl)) == len(kg.open(built_example))
    other = tmp_path / "elsewhere.ttl"
    shutil.copy(ttl, other)
    assert store_path(other) is None


def test_open_of_a_folder_without_a_graph_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(GraphNotFound, match="kg build"):
        kg.open(tmp_path)
    with pytest.raises(GraphNotFound):
        graph_path(tmp_path)


def test_memory_open_gives_a_plain_rdflib_graph(built_example: Path) -> None:
    graph = open_graph(built_example, memory=True)
    assert oxigraph_store(graph) is None
    assert len(graph) == len(kg.open(built_example))


# ------------------------------------------------------------------ atomic writes


def test_write_store_replaces_the_old_store_whole(copy: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.ttl"
    small.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    write_store(small, copy / STORE_DIR)
    assert len(open_graph(copy / STORE_DIR)) == 1
    assert not [p.name for p in copy.iterdir() if p.name.startswith(".")]  # no temporary or old folder


def test_failed_write_leaves_the_old_store_and_no_temporary_folder(copy: Path, tmp_path: Path) -> None:
    before = len(kg.open(copy))
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(SyntaxError):
        write_store(broken, copy / STORE_DIR)
    assert len(kg.open(copy)) == before
    assert not [p.name for p in copy.iterdir() if p.name.startswith(".")]


def test_write_store_from_an_rdflib_graph(tmp_path: Path, turtle_graph: Graph) -> None:
    write_store(turtle_graph, tmp_path / STORE_DIR)
    assert triples(open_graph(tmp_path / STORE_DIR)) == triples(turtle_graph)


def test_store_folder_is_readable_by_others(built_example: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    assert (built_example / STORE_DIR).stat().st_mode & 0o777 == 0o777 & ~umask


# ------------------------------------------------------------------ the benchmark's generator


def test_synthetic_graph_is_deterministic_and_shaped_like_a_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """bench/bench_store.py's generator: same seed, same graph; every statement has evidence."""
    monkeypatch.syspath_prepend(str(ROOT))
    bench = importlib.import_module("bench.bench_store")
    from kg.rdf import to_rdf

    first, second = to_rdf(bench.synthetic_graph(4000)), to_rdf(bench.synthetic_graph(4000))
    assert set(first) == set(second)
    assert 2000 < len(first) < 8000
    for kind in ("Group", "Person", "Location", "Attack", "Document", "Statement", "Evidence"):
        assert any(True for _ in first.subjects(RDF.type, EKG[kind])), kind

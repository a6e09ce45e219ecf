"""A query never reaches the network: hostile queries against a loopback server that counts requests.

rdflib and Oxigraph both make real HTTP requests for SERVICE (Oxigraph cannot be
told not to), rdflib for FROM and LOAD. The control tests show the loopback server
does see those requests when the guard is bypassed; every hostile query through kg
must then leave it untouched.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib.plugins.sparql as rdflib_sparql
from rdflib import Graph
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.query import QueryError, check, run, update
from kg.store import open_graph

runner = CliRunner()
EMPTY_RESULTS = b'{"head": {"vars": ["s", "p", "o"]}, "results": {"bindings": []}}'


@dataclass
class Loopback:
    """A local HTTP server that answers every request with empty SPARQL results and remembers it."""

    url: str
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            seen.append(f"{self.command} {self.path}")
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(EMPTY_RESULTS)))
            self.end_headers()
            self.wfile.write(EMPTY_RESULTS)

        do_GET = do_POST = _answer  # noqa: N815 - http.server's names

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # A short poll interval: shutdown() waits for it, once per test.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield Loopback(f"http://127.0.0.1:{server.server_address[1]}/sparql", seen)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


HOSTILE_QUERIES = {
    "service": "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "service-silent": "SELECT * WHERE { SERVICE SILENT <{url}> { ?s ?p ?o } }",
    "service-lower-case": "select * where { service <{url}> { ?s ?p ?o } }",
    "service-in-optional": "SELECT * WHERE { ?s a ekg:Group OPTIONAL { SERVICE <{url}> { ?s ?p ?o } } }",
    "service-in-sub-select": "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <{url}> { ?s ?p ?o } } } }",
    "service-in-exists": "SELECT * WHERE { ?s a ekg:Group FILTER EXISTS { SERVICE <{url}> { ?s ?p ?o } } }",
    "service-in-union": "SELECT * WHERE { { ?s a ekg:Group } UNION { SERVICE <{url}> { ?s ?p ?o } } }",
    "service-variable": "SELECT * WHERE { VALUES ?e { <{url}> } SERVICE ?e { ?s ?p ?o } }",
    "service-after-comment": "SELECT * WHERE { ?s ?p ?o # a comment\n SERVICE <{url}> { ?s ?p ?o } }",
    "service-escaped": "SELECT * WHERE { \\u0053ERVICE <{url}> { ?s ?p ?o } }",
    "service-in-ask": "ASK { SERVICE <{url}> { ?s ?p ?o } }",
    "service-in-construct": "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "from": "SELECT * FROM <{url}> WHERE { ?s ?p ?o }",
    "from-named": "SELECT * FROM NAMED <{url}> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "load": "LOAD <{url}>",
    "load-into": "LOAD SILENT <{url}> INTO GRAPH <urn:kg:g>",
    "insert-data": "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "insert-from-service": "INSERT { ?s ?p ?o } WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "delete-where": "DELETE WHERE { ?s ?p ?o }",
    "drop-all": "DROP ALL",
}


def hostile(name: str, url: str) -> str:
    return HOSTILE_QUERIES[name].replace("{url}", url)


# ------------------------------------------------------------------ the harness sees real requests


def test_control_oxigraph_service_reaches_the_loopback_server(loopback: Loopback) -> None:
    list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{loopback.url}> {{ ?s ?p ?o }} }}"))
    assert loopback.requests


def test_control_rdflib_service_reaches_the_loopback_server(loopback: Loopback) -> None:
    list(Graph().query(f"SELECT * WHERE {{ SERVICE <{loopback.url}> {{ ?s ?p ?o }} }}"))
    assert loopback.requests


# ------------------------------------------------------------------ kg refuses, nothing is sent


@pytest.mark.parametrize("name", sorted(HOSTILE_QUERIES))
def test_hostile_query_through_kg_sparql_on_the_store_sends_nothing(
    built_example: Path, loopback: Loopback, name: str
) -> None:
    with pytest.raises(QueryError) as info:
        kg.sparql(kg.open(built_example), hostile(name, loopback.url))
    assert "\n" not in str(info.value)
    assert loopback.requests == []


@pytest.mark.parametrize("name", sorted(HOSTILE_QUERIES))
def test_hostile_query_on_an_rdflib_graph_sends_nothing(
    built_example: Path, loopback: Loopback, name: str
) -> None:
    with pytest.raises(QueryError):
        run(open_graph(built_example, memory=True), hostile(name, loopback.url))
    assert loopback.requests == []


@pytest.mark.parametrize("name", sorted(HOSTILE_QUERIES))
def test_hostile_query_through_the_rdflib_api_of_an_opened_graph_sends_nothing(
    built_example: Path, loopback: Loopback, name: str
) -> None:
    graph = kg.open(built_example)
    text = hostile(name, loopback.url)
    with pytest.raises((QueryError, ValueError)):
        if name.startswith(("load", "insert", "delete", "drop")):
            graph.update(text)
        else:
            list(graph.query(text))
    assert loopback.requests == []


@pytest.mark.parametrize("name", sorted(HOSTILE_QUERIES))
def test_hostile_query_on_the_command_line_sends_nothing(
    built_example: Path, loopback: Loopback, name: str
) -> None:
    before = (built_example / "graph.ttl").read_bytes()
    result = runner.invoke(app, ["query", str(built_example), hostile(name, loopback.url)])
    assert result.exit_code == 2, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1
    assert loopback.requests == []
    assert (built_example / "graph.ttl").read_bytes() == before


@pytest.mark.parametrize("name", ["load", "load-into", "insert-from-service", "service", "from"])
def test_network_stays_off_even_where_updates_are_allowed(
    built_example: Path, tmp_path: Path, loopback: Loopback, name: str
) -> None:
    copy = tmp_path / "built"
    shutil.copytree(built_example, copy)
    graph = kg.open(copy, read_only=False)
    with pytest.raises(QueryError, match="not allowed"):
        update(graph, hostile(name, loopback.url), allow_update=True)
    assert loopback.requests == []


def test_parameters_cannot_smuggle_a_service_in(built_example: Path, loopback: Loopback) -> None:
    value = f'x" }} SERVICE <{loopback.url}> {{ ?s ?p ?o }} #'
    for graph in (kg.open(built_example), open_graph(built_example, memory=True)):
        df = kg.sparql(graph, "SELECT ?g WHERE { ?g rdfs:label ?name }", name=value)
        assert df.empty
    with pytest.raises(QueryError, match="no entity is named"):
        kg.sparql(kg.open(built_example), "attacks-by-group", group=value)
    assert loopback.requests == []


# ------------------------------------------------------------------ updates only where asked


def test_updates_need_allow_update(built_example: Path) -> None:
    with pytest.raises(QueryError, match="not allowed unless asked"):
        update(kg.open(built_example), "INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_a_read_only_graph_refuses_updates_even_when_allowed(built_example: Path) -> None:
    with pytest.raises(QueryError, match="read-only"):
        update(kg.open(built_example), "INSERT DATA { <urn:a> <urn:b> <urn:c> }", allow_update=True)


def test_an_allowed_update_runs_on_a_writable_graph(built_example: Path, tmp_path: Path) -> None:
    copy = tmp_path / "built"
    shutil.copytree(built_example, copy)
    graph = kg.open(copy, read_only=False)
    update(graph, "INSERT DATA { <urn:kg:a> rdfs:label 'new' }", allow_update=True)
    assert run(graph, "ASK { <urn:kg:a> rdfs:label 'new' }").rows == ((True,),)
    plain = open_graph(built_example, memory=True)
    update(plain, "DELETE WHERE { ?s a ekg:Attack }", allow_update=True)
    assert run(plain, "ASK { ?s a ekg:Attack }").rows == ((False,),)


# ------------------------------------------------------------------ the guard itself


def test_rdflib_loading_of_remote_graphs_is_off() -> None:
    assert rdflib_sparql.SPARQL_LOAD_GRAPHS is False


def test_an_escape_that_spells_another_escape_is_refused() -> None:
    with pytest.raises(QueryError, match="escape"):
        check("SELECT * WHERE { \\u005Cu0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")


def test_escapes_are_expanded_before_both_engines_see_the_text() -> None:
    assert check('SELECT ?x WHERE { BIND("caf\\u00e9" AS ?x) }') == 'SELECT ?x WHERE { BIND("café" AS ?x) }'


@pytest.mark.parametrize(
    ("query", "position"),
    [
        ("SELECT ?x WHERE { ?x a ekg:Group ", "line 1, column 34"),
        ("SELECT ?x WHERE {\n  ?x a ekg:Group .\n  ?x rdfs:label }", "line 3, column 3"),
        ("SELECT ?x WHERE { ?x a nope:Group }", None),
    ],
)
def test_malformed_sparql_gets_one_line_with_the_position(
    built_example: Path, query: str, position: str | None
) -> None:
    with pytest.raises(QueryError) as info:
        kg.sparql(kg.open(built_example), query)
    message = str(info.value)
    assert message.startswith("malformed SPARQL") and "\n" not in message
    if position:
        assert position in message


def test_keywords_inside_strings_and_iris_are_not_refused(built_example: Path) -> None:
    query = "SELECT ?x WHERE { BIND('SERVICE LOAD FROM' AS ?x) FILTER(?x != <urn:service:load>) }"
    assert run(kg.open(built_example), query).rows == (("SERVICE LOAD FROM",),)
    assert run(kg.open(built_example), "SELECT ?service WHERE { BIND(1 AS ?service) }").rows == ((1,),)

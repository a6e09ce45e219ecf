"""`kg serve`, `kg push` and `kg query --endpoint` against real Oxigraph server processes on loopback.

One `kg serve` process (read-only) serves the session's build of the sample
article; one plain `oxigraph serve` process on an empty store stands in for a
Graph Store server such as Fuseki. Clients are SPARQLWrapper and kg itself.
A small HTTP server on loopback counts the requests it gets: queries that could
reach the network must leave it at zero.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
from typer.testing import CliRunner

from kg import server
from kg.cli import app
from kg.query import IRI, QueryError, run
from kg.store import open_graph

runner = CliRunner()
KG = Path(sys.executable).parent / "kg"
READY_SECONDS = 30.0

GROUPS = "SELECT ?g ?label WHERE { ?g a ekg:Group ; rdfs:label ?label } ORDER BY ?label"
BY_NAME = "SELECT ?g ?label WHERE { ?g a ekg:Group ; rdfs:label ?label ; (rdfs:label|skos:altLabel) ?name }"
KNOWN_FACT = """ASK { ?a a ekg:Attack ; ekg:killed 143 ; ekg:perpetrator ?g .
                     ?g rdfs:label "Islamic State Khorasan Province" }"""
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


# ------------------------------------------------------------------ fixtures


@pytest.fixture(autouse=True)
def no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """urllib (under SPARQLWrapper) would send even loopback requests to a proxy set in the environment."""
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")


def free_port() -> int:
    """A loopback port nobody listens on: bind port 0 and let the system choose."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_listening(process: subprocess.Popen[bytes], port: int) -> None:
    """Wait, bounded, for the process to accept connections on the port; fail if it exits first."""
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listened on port {port} within {READY_SECONDS} s")


def end(process: subprocess.Popen[bytes]) -> None:
    """Terminate the process (and its group); kill it if it lingers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)  # anything the process left behind in its group


@pytest.fixture(scope="module")
def served(built_example: Path) -> Iterator[str]:
    """`kg serve` on the sample article's graph, read-only, on a free loopback port: its query URL."""
    port = free_port()
    process = subprocess.Popen(
        [str(KG), "serve", str(built_example), "--port", str(port)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so teardown reaches the Oxigraph child too
    )
    try:
        wait_until_listening(process, port)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        end(process)


@pytest.fixture(scope="module")
def graph_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A writable Oxigraph server on an empty store, standing in for Fuseki or GraphDB: its base URL."""
    port = free_port()
    location = tmp_path_factory.mktemp("graph-store") / "db"
    process = subprocess.Popen(
        [server.oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_until_listening(process, port)
        yield f"http://127.0.0.1:{port}"
    finally:
        end(process)


class Counter(ThreadingHTTPServer):
    """A loopback HTTP server that records every request and answers 404."""

    daemon_threads = True

    def __init__(self) -> None:
        self.hits: list[str] = []
        super().__init__(("127.0.0.1", 0), CounterHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/sparql"


class CounterHandler(BaseHTTPRequestHandler):
    server: Counter

    def _count(self) -> None:
        self.server.hits.append(f"{self.command} {self.path}")
        self.rfile.read(int(self.headers.get("Content-Length") or 0))  # as a real server would
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PUT = _count

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def counter() -> Iterator[Counter]:
    """A loopback HTTP server counting the requests that reach it."""
    srv = Counter()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


def sparql(url: str, query: str) -> dict:
    """Run a query through SPARQLWrapper and return the JSON results."""
    client = SPARQLWrapper(url)
    client.setReturnFormat(JSON)
    client.setQuery(query)
    client.setTimeout(30)
    return client.queryAndConvert()


def kg(*args: str | Path):  # noqa: ANN201 - click's Result
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result) -> str:  # noqa: ANN001
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def turtle_triples(built: Path) -> int:
    return sum(1 for _ in ox.parse(path=built / "graph.ttl", format=ox.RdfFormat.TURTLE))


# ------------------------------------------------------------------ kg serve


def test_serve_answers_select_from_sparqlwrapper(served: str, built_example: Path) -> None:
    results = sparql(served, GROUPS)
    labels = [b["label"]["value"] for b in results["results"]["bindings"]]
    local = run(open_graph(built_example), GROUPS)
    assert labels == [row[1] for row in local.rows]
    assert "Islamic State Khorasan Province" in labels


def test_serve_answers_ask_from_sparqlwrapper(served: str) -> None:
    assert sparql(served, KNOWN_FACT)["boolean"] is True
    assert sparql(served, "ASK { ?a a ekg:Attack ; ekg:killed 144 }")["boolean"] is False


def test_serve_is_read_only(served: str) -> None:
    before = sparql(served, COUNT)["results"]["bindings"][0]["n"]["value"]
    client = SPARQLWrapper(served, updateEndpoint=served.replace("/query", "/update"))
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <https://example.org/a> <https://example.org/b> 1 }")
    with pytest.raises(urllib.error.HTTPError) as refused:
        client.query()
    assert refused.value.code == 403
    refused.value.close()
    put = urllib.request.Request(
        served.replace("/query", "/store?default"),
        data=b"<https://example.org/a> <https://example.org/b> 1 .",
        headers={"Content-Type": "application/n-triples"},
        method="PUT",
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(put, timeout=30)
    assert refused.value.code == 403
    refused.value.close()
    assert sparql(served, COUNT)["results"]["bindings"][0]["n"]["value"] == before


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE SILENT <{url}> {{ ?s ?q ?x }} }} }} LIMIT 1",
        "SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
        "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
    ],
    ids=["service", "in-optional", "in-subquery", "escaped", "from"],
)
def test_serve_refuses_queries_that_reach_the_network(served: str, counter: Counter, template: str) -> None:
    with pytest.raises(QueryBadFormed, match="not allowed"):
        sparql(served, template.format(url=counter.url))
    assert counter.hits == []


def test_serve_answers_only_requests_to_a_loopback_name(served: str) -> None:
    rebound = urllib.request.Request(
        served + "?" + urllib.parse.urlencode({"query": "ASK {}"}), headers={"Host": "attacker.example"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(rebound, timeout=30)
    assert refused.value.code == 403
    refused.value.close()


def test_serve_without_a_store_fails_with_one_line_error(tmp_path: Path) -> None:
    assert "no store" in one_line_error(kg("serve", tmp_path, "--port", "0"))


def test_serve_refuses_a_store_another_process_writes(built_example: Path, tmp_path: Path) -> None:
    if not Path("/proc/locks").exists():
        pytest.skip("the lock is read from /proc/locks (Linux)")
    copy = tmp_path / "graph"
    shutil.copytree(built_example, copy)  # copy2 keeps the mtimes the store's stamp checks
    writer = open_graph(copy, read_only=False)
    try:
        # Through the API, not the CLI: were the lock missed, the CLI would serve until interrupted.
        with pytest.raises(server.ServerError, match="locked by process") as refused:
            server.start(copy, port=0).stop()
        assert "\n" not in str(refused.value)
    finally:
        writer.close()


def test_writable_serve_takes_updates_but_never_loads(
    built_example: Path, tmp_path: Path, counter: Counter
) -> None:
    copy = tmp_path / "graph"
    shutil.copytree(built_example, copy)
    with server.start(copy, port=0, writable=True) as srv:
        client = SPARQLWrapper(srv.url, updateEndpoint=srv.update_url)
        client.setMethod(POST)
        client.setQuery('INSERT DATA { <https://example.org/new> rdfs:label "new" }')
        client.query()
        assert sparql(srv.url, 'ASK { <https://example.org/new> rdfs:label "new" }')["boolean"] is True
        client.setQuery(f"LOAD <{counter.url}>")
        with pytest.raises(QueryBadFormed, match="LOAD is not allowed"):
            client.query()
        graph = "https://example.org/graphs/pushed"
        report = server.push(built_example, srv.url, graph=graph)
        in_graph = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        assert server.query_endpoint(srv.url, in_graph).rows == ((report.triples,),)
    assert counter.hits == []
    assert srv.process.poll() is not None


def test_the_oxigraph_process_listens_where_a_web_page_cannot_guess(built_example: Path) -> None:
    # Oxigraph itself answers SERVICE; only the guard stands between it and clients. On Linux it
    # gets a random address in 127.0.0.0/8 besides a random port, so DNS rebinding can't find it.
    if sys.platform != "linux":
        pytest.skip("only Linux routes all of 127.0.0.0/8 to loopback without configuration")
    seen = set()
    for _ in range(2):
        with server.start(built_example, port=0) as srv:
            host, port = srv._guard.backend
            assert ipaddress.ip_address(host).is_loopback and host != "127.0.0.1"
            with socket.create_connection((host, port), timeout=5):
                pass  # Oxigraph is there
            assert sparql(srv.url, "ASK { ?s ?p ?o }")["boolean"] is True  # and the guard reaches it
            seen.add(host)
    assert len(seen) == 2


def test_stopping_kg_serve_stops_its_oxigraph_process(built_example: Path) -> None:
    process = subprocess.Popen(
        [str(KG), "serve", str(built_example), "--port", "0"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().decode()
        assert "http://127.0.0.1:" in line and "/query" in line
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
        oxigraph = [int(pid) for pid in children.read_text().split()] if children.exists() else []
        process.send_signal(signal.SIGTERM)
        assert process.wait(15) == 0
        for pid in oxigraph:
            deadline = time.monotonic() + 10
            while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
                time.sleep(0.05)
            assert not Path(f"/proc/{pid}").exists()
    finally:
        end(process)
        process.stdout.close()


def test_oxigraph_server_is_the_release_of_pyoxigraph() -> None:
    # The server must read the store pyoxigraph wrote: the two packages are pinned to one release.
    version = subprocess.run(
        [server.oxigraph_binary(), "--version"], capture_output=True, text=True, timeout=30, check=True
    ).stdout.split()[-1]
    assert version == ox.__version__


def test_cli_defaults_are_the_servers() -> None:
    from kg import cli_server

    assert (cli_server.DEFAULT_HOST, cli_server.DEFAULT_PORT) == (server.DEFAULT_HOST, server.DEFAULT_PORT)


def test_is_loopback() -> None:
    assert all(server.is_loopback(h) for h in ("127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"))
    assert not any(server.is_loopback(h) for h in ("0.0.0.0", "::", "192.168.1.10", "example.org"))


# ------------------------------------------------------------------ kg push


def test_push_fills_a_graph_store(graph_store: str, built_example: Path) -> None:
    result = kg("push", built_example, "--endpoint", graph_store)
    assert result.exit_code == 0, result.stderr
    assert f"{graph_store}/store?default" in result.stdout
    expected = turtle_triples(built_example)
    assert f"{expected:,} triples" in result.stdout
    assert server.query_endpoint(graph_store, COUNT).rows == ((expected,),)
    assert server.query_endpoint(graph_store, KNOWN_FACT).rows == ((True,),)


def test_push_into_a_named_graph_by_store_url_replaces_or_appends(
    graph_store: str, built_example: Path
) -> None:
    graph = "https://example.org/graphs/sample"
    in_graph = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    expected = turtle_triples(built_example)
    for extra in ([], ["--append"], []):
        result = kg("push", built_example, "--endpoint", f"{graph_store}/store", "--graph", graph, *extra)
        assert result.exit_code == 0, result.stderr
        assert server.query_endpoint(graph_store, in_graph).rows == ((expected,),)


def test_push_to_a_server_that_refuses_names_the_url_and_status(
    built_example: Path, counter: Counter
) -> None:
    message = one_line_error(kg("push", built_example, "--endpoint", counter.url.removesuffix("/sparql")))
    assert counter.url.removesuffix("/sparql") + "/store?default" in message
    assert "HTTP 404" in message


def test_push_to_a_read_only_kg_serve_is_refused_with_403(served: str, built_example: Path) -> None:
    message = one_line_error(kg("push", built_example, "--endpoint", served))
    assert "/store?default: HTTP 403" in message and "read-only" in message


def test_push_to_nothing_listening_fails_with_one_line_error(built_example: Path) -> None:
    message = one_line_error(kg("push", built_example, "--endpoint", f"http://127.0.0.1:{free_port()}"))
    assert "cannot connect" in message


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/", "http://127.0.0.1:1/store?x=1"])
def test_push_takes_only_http_endpoints(built_example: Path, url: str) -> None:
    assert "endpoint" in one_line_error(kg("push", built_example, "--endpoint", url))


def test_push_never_prints_credentials(built_example: Path) -> None:
    message = one_line_error(
        kg("push", built_example, "--endpoint", f"http://user:s3cret@127.0.0.1:{free_port()}")
    )
    assert "s3cret" not in message and "***@127.0.0.1" in message


@pytest.mark.parametrize(
    ("endpoint", "store", "query"),
    [
        ("http://h:7878", "http://h:7878/store", "http://h:7878/query"),
        ("http://h:7878/", "http://h:7878/store", "http://h:7878/query"),
        ("http://h:7878/query", "http://h:7878/store", "http://h:7878/query"),
        ("http://h:7878/store", "http://h:7878/store", "http://h:7878/query"),
        ("http://h:3030/ds/data", "http://h:3030/ds/data", "http://h:3030/ds/data"),
        ("http://h:3030/ds", "http://h:3030/ds", "http://h:3030/ds"),
        (
            "http://h:7200/repositories/r/rdf-graphs/service",
            "http://h:7200/repositories/r/rdf-graphs/service",
            "http://h:7200/repositories/r/rdf-graphs/service",
        ),
        ("https://h/sparql-graph-crud", "https://h/sparql-graph-crud", "https://h/sparql-graph-crud"),
    ],
)
def test_endpoint_urls_are_derived_as_documented(endpoint: str, store: str, query: str) -> None:
    assert server.store_url(endpoint) == store
    assert server.query_url(endpoint) == query


# ------------------------------------------------------------------ kg query --endpoint


def test_query_endpoint_gives_the_same_table_as_a_local_query(served: str, built_example: Path) -> None:
    remote = server.query_endpoint(served, GROUPS)
    assert remote == run(open_graph(built_example), GROUPS)
    assert all(isinstance(row[0], IRI) for row in remote.rows)
    named = server.query_endpoint(served, "attacks-by-group", {"group": "ISIS-K"})
    assert named == run(open_graph(built_example), "attacks-by-group", {"group": "ISIS-K"})


def test_kg_query_endpoint_with_param(graph_store: str, built_example: Path) -> None:
    assert kg("push", built_example, "--endpoint", graph_store).exit_code == 0
    args = [BY_NAME, "--param", "name=ISIS-K", "--format", "json"]
    remote = kg("query", "-", *args, "--endpoint", graph_store)
    assert remote.exit_code == 0, remote.stderr
    assert json.loads(remote.stdout) == json.loads(kg("query", built_example, *args).stdout)
    assert json.loads(remote.stdout)[0]["label"] == "Islamic State Khorasan Province"


def test_kg_query_endpoint_needs_dash_for_dir(served: str, built_example: Path) -> None:
    assert "write - for DIR" in one_line_error(kg("query", built_example, GROUPS, "--endpoint", served))


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <{url}> {{ ?s ?q ?x }} }} }}",
        "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        "LOAD <{url}>",
        "INSERT DATA {{ <{url}> <{url}> <{url}> }}",
    ],
    ids=["service", "in-optional", "escaped", "from", "load", "insert"],
)
def test_kg_query_endpoint_refuses_hostile_queries_before_sending(counter: Counter, template: str) -> None:
    # The counter is the endpoint itself: not even the query request may reach it.
    one_line_error(kg("query", "-", template.format(url=counter.url), "--endpoint", counter.url))
    with pytest.raises(QueryError):
        server.query_endpoint(counter.url, template.format(url=counter.url))
    assert counter.hits == []


def test_query_endpoint_sends_params_as_terms_not_text(served: str, counter: Counter) -> None:
    hostile = f'x" }} SERVICE <{counter.url}> {{ ?s ?p ?o }} #'
    assert server.query_endpoint(served, BY_NAME, {"name": hostile}).rows == ()
    assert counter.hits == []


def test_query_endpoint_error_names_the_url_and_status(counter: Counter) -> None:
    message = one_line_error(kg("query", "-", GROUPS, "--endpoint", counter.url))
    assert counter.url in message and "HTTP 404" in message
    assert len(counter.hits) == 1

"""The `kg serve` and `kg push` commands and `kg query --endpoint`; `register(app)` adds them to `kg`."""

from __future__ import annotations

import signal
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from kg.query import Table

__all__ = ["push", "query_on_endpoint", "register", "serve"]

# kg.server's defaults, written out so that `kg --help` need not import it (and rdflib with it).
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


def _fail(message: str, code: int = 2) -> None:
    typer.secho(f"kg: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


def serve(
    graph_dir: Annotated[Path, typer.Argument(help="Folder written by `kg build`.")],
    host: Annotated[
        str,
        typer.Option(help="Address to listen on. Anything but loopback is reachable from other machines."),
    ] = DEFAULT_HOST,
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).")] = DEFAULT_PORT,
    writable: Annotated[
        bool,
        typer.Option(
            "--writable", help="Accept SPARQL updates and Graph Store writes (they change DIR/store only)."
        ),
    ] = False,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is stopped.")] = 120.0,
) -> None:
    """Serve a built graph as a SPARQL 1.1 Protocol endpoint at http://HOST:PORT/query until Ctrl-C.

    Runs the Oxigraph server on DIR/store, read-only unless --writable. Every
    query and update passes the same guard as `kg query` (no SERVICE, LOAD or
    FROM), and the usual prefixes (ekg, rdfs, skos, ...) are bound. The Graph
    Store is at /store and a query page at /.
    """
    from kg.server import ServerError, is_loopback, start

    previous = _on_terminate()
    try:
        server = start(graph_dir, host, port, writable=writable, timeout=timeout)
    except ServerError as exc:
        _restore(previous)
        _fail(str(exc))
    except KeyboardInterrupt:  # start() has stopped what it began
        _restore(previous)
        return
    # From here on the Oxigraph process runs: whatever happens, it is stopped before we return.
    try:
        if not is_loopback(host):
            typer.secho(
                f"warning: {host} is not a loopback address: anyone who can reach this machine can query "
                f"{'and change ' if writable else ''}this graph (kg serve has no authentication)",
                err=True,
                fg=typer.colors.YELLOW,
            )
        mode = "writable" if writable else "read-only"
        typer.echo(f"serving {graph_dir} ({mode}) at {server.url}; press Ctrl-C to stop")
        status = server.wait()
        error = server.last_error()
    except KeyboardInterrupt:
        return
    finally:
        server.stop()
        _restore(previous)
    if status not in (0, -signal.SIGINT, -signal.SIGTERM):
        _fail(f"the Oxigraph server stopped (exit status {status})" + (f": {error}" if error else ""), 1)


def _on_terminate() -> Any:
    """Make SIGTERM stop the server as Ctrl-C does, so the Oxigraph process is never left behind."""

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: whoever runs us handles signals
        return None


def _restore(previous: Any) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)


def push(
    graph_dir: Annotated[Path, typer.Argument(help="Folder written by `kg build` (or a graph.ttl file).")],
    endpoint: Annotated[
        str,
        typer.Option(
            help="The server's base URL (http://HOST:PORT gets /store) or its Graph Store URL "
            "(.../store, Fuseki .../data, GraphDB .../rdf-graphs/service, Virtuoso .../sparql-graph-crud)."
        ),
    ],
    graph: Annotated[
        str | None, typer.Option(help="IRI of the named graph to fill (default: the default graph).")
    ] = None,
    append: Annotated[
        bool,
        typer.Option(
            "--append", help="Add to what the graph holds (HTTP POST) instead of replacing it (PUT)."
        ),
    ] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait on the server before giving up.")] = 300.0,
) -> None:
    """Load a built graph into a SPARQL 1.1 Graph Store Protocol server (Fuseki, GraphDB, Virtuoso, Oxigraph).

    The graph replaces what the target graph held, unless --append. It is sent
    as N-Triples (labelled text/turtle, which every Graph Store accepts).
    Credentials may be written in the URL (http://USER:PASSWORD@HOST/...); they
    go as HTTP Basic authentication and are never printed.
    """
    from kg.server import EndpointError
    from kg.server import push as run_push
    from kg.store import GraphNotFound

    try:
        report = run_push(graph_dir, endpoint, graph, replace=not append, timeout=timeout)
    except (EndpointError, GraphNotFound) as exc:
        _fail(str(exc))
    typer.echo(f"pushed {report.triples:,} triples to {report.url} (HTTP {report.status})")


def query_on_endpoint(endpoint: str, graph_dir: Path, sparql: str, params: Mapping[str, object]) -> Table:
    """`kg query --endpoint URL - QUERY`: the query's table from the endpoint; DIR must be `-`."""
    from kg.query import QueryError
    from kg.server import query_endpoint

    if str(graph_dir) != "-":
        raise QueryError(f"--endpoint queries the endpoint's graph: write - for DIR, not {str(graph_dir)!r}")
    return query_endpoint(endpoint, sparql, params)


def register(app: typer.Typer) -> None:
    """Add `kg serve` and `kg push` to the command line."""
    app.command()(serve)
    app.command()(push)

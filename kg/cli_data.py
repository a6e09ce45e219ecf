"""The `kg export` and `kg queries` commands; `register(app)` adds them to the `kg` command line."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["export", "queries", "register"]


class ExportFormat(StrEnum):
    turtle = "turtle"
    nt = "nt"
    nquads = "nquads"
    trig = "trig"
    jsonld = "jsonld"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"


def _fail(message: str, code: int = 2) -> None:
    typer.secho(f"kg: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


def export(
    graph_dir: Annotated[Path, typer.Argument(help="Folder written by `kg build` (or a graph.ttl file).")],
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Format to write.")
    ] = ExportFormat.turtle,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="File to write (a folder for csv); default DIR/exports/graph.EXT (DIR/exports/csv).",
        ),
    ] = None,
) -> None:
    """Export a built graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD, GraphML, GEXF or CSV.

    N-Quads and TriG hold one named graph per document (named by its IRI) with
    the evidence and statements read in it; entities and attacks are in the
    default graph. JSON-LD carries its context inline. GraphML and GEXF open in
    Gephi with typed, labelled and coloured nodes; csv writes nodes.csv and
    edges.csv into a folder. Files are written to a temporary name and renamed.
    """
    from kg.export import export as run_export
    from kg.store import GraphNotFound

    try:
        path = run_export(graph_dir, fmt.value, out)
    except (GraphNotFound, OSError, ValueError) as exc:
        _fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    typer.echo(f"wrote {path}")


def queries(
    name: Annotated[str | None, typer.Argument(help="Show this named query's full text.")] = None,
) -> None:
    """List the named queries `kg query DIR NAME` runs, with what each answers and its parameters."""
    from kg.query import QueryError, named_queries, named_query

    if name is not None:
        try:
            typer.echo(named_query(name).text.rstrip("\n"))
        except QueryError as exc:
            _fail(str(exc))
        return
    for query in named_queries().values():
        typer.echo(f"{query.name}\n    {query.description}")
        for param in query.params:
            flags = param.kind + (", optional" if param.optional else "")
            typer.echo(f"    --param {param.name}=...  ({flags}) {param.description}")


def register(app: typer.Typer) -> None:
    """Add `kg export` and `kg queries` to the Typer app."""
    app.command()(export)
    app.command()(queries)

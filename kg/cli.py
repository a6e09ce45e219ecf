"""The `kg` command line: a thin shell over the Python API."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of armed and extremist groups, attacks, places and people from news "
    "articles, with the evidence sentence for every fact, and query it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def _fail(message: str, code: int = 2) -> None:
    typer.secho(f"kg: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


@app.command()
def build(
    inputs: Annotated[
        list[Path], typer.Argument(help="Files and folders of articles (.txt, .md, .html, .json, .jsonl).")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder to write graph.ttl and graph.html into.")
    ] = Path("output"),
    workers: Annotated[int, typer.Option(help="Extraction processes (0: one per core, at most four).")] = 0,
    extractor: Annotated[str, typer.Option(help="Extractor to use (see `kg extractors`).")] = "spacy",
    html: Annotated[
        bool, typer.Option("--html/--no-html", help="Also write the interactive graph.html.")
    ] = True,
    base: Annotated[
        str | None, typer.Option(help="Base IRI for instances (default https://w3id.org/extremist-kg/id/).")
    ] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
) -> None:
    """Read every document in INPUTS and write the knowledge graph to --out.

    Unreadable files are reported one per line and skipped; the exit status is
    1 when any file was skipped, 0 otherwise. Files already in --out are only
    replaced once the new ones are complete.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from kg.pipeline import build as run_build

    show = progress and sys.stderr.isatty()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
        disable=not show,
    ) as bar:
        task = bar.add_task("reading documents", total=None)
        try:
            report = run_build(
                inputs,
                out,
                extractor=extractor,
                workers=workers or None,
                html=html,
                base=base,
                progress=lambda _doc: bar.advance(task),
            )
        except (RuntimeError, KeyError, ValueError, OSError) as exc:
            _fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    for error in report.skipped:
        typer.secho(f"warning: skipped {error}", err=True, fg=typer.colors.YELLOW)
    secs = report.seconds["total"]
    typer.echo(
        f"{report.documents} documents ({report.words:,} words) -> {report.entities} entities, "
        f"{report.attacks} attacks, {report.facts} relations, {report.triples:,} triples in {secs:.1f} s; "
        f"wrote {out / 'graph.ttl'}" + (f" and {out / 'graph.html'}" if html else "")
    )
    if report.skipped:
        typer.secho(f"{len(report.skipped)} file(s) or record(s) skipped", err=True, fg=typer.colors.YELLOW)
        raise typer.Exit(1)


@app.command()
def stats(
    graph_dir: Annotated[Path, typer.Argument(help="Folder written by `kg build` (or a graph.ttl file).")],
    top: Annotated[int, typer.Option(help="How many of the most connected entities to list.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Counts by entity type and relation, and the most connected entities."""
    from kg.analysis import stats as graph_stats
    from kg.store import GraphNotFound, open_graph

    try:
        figures = graph_stats(open_graph(graph_dir))
    except GraphNotFound as exc:
        _fail(str(exc))
    figures["top_entities"] = figures["top_entities"][:top]
    if as_json:
        typer.echo(json.dumps(figures, indent=2, ensure_ascii=False))
        return
    typer.echo(f"{figures['triples']:,} triples")
    typer.echo("\nby type:")
    for name, count in figures["classes"].items():
        typer.echo(f"  {name:<14} {count:>6}")
    typer.echo("\nby relation:")
    for name, count in figures["relations"].items():
        if count:
            typer.echo(f"  {name:<22} {count:>6}")
    typer.echo("\nstatements by extractor:")
    for name, count in figures["extractors"].items():
        typer.echo(f"  {name:<22} {count:>6}")
    typer.echo("\nmost connected:")
    for row in figures["top_entities"]:
        typer.echo(f"  {row['degree']:>4}  {row['label']} ({row['type']})")


@app.command()
def query(
    graph_dir: Annotated[Path, typer.Argument(help="Folder written by `kg build` (or a graph.ttl file).")],
    sparql: Annotated[
        str, typer.Argument(help="SPARQL text, the path of a .rq file, or a named query (see `kg queries`).")
    ],
    param: Annotated[
        list[str],
        typer.Option(
            "--param", "-p", help="NAME=VALUE, bound to ?NAME as a literal (or an IRI if written <...>)."
        ),
    ] = [],  # noqa: B006 - typer reads the default
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.table,
    endpoint: Annotated[
        str | None,
        typer.Option(
            help="Send the query to this SPARQL endpoint (e.g. `kg serve`'s) instead; write - for DIR."
        ),
    ] = None,
) -> None:
    """Run a read-only SPARQL query over a built graph and print the result.

    The usual prefixes (ekg, schema, prov, skos, dcterms, rdfs, ...) are bound.
    SERVICE, LOAD and FROM are refused: a query never reaches the network.
    """
    from kg.query import QueryError, run
    from kg.store import GraphNotFound, open_graph

    params = {}
    for item in param:
        name, sep, value = item.partition("=")
        if not sep or not name:
            _fail(f"--param {item!r}: expected NAME=VALUE")
        params[name.lstrip("?$")] = value
    try:
        if endpoint is not None:
            from kg.cli_server import query_on_endpoint

            table = query_on_endpoint(endpoint, graph_dir, sparql, params)
        else:
            table = run(open_graph(graph_dir), sparql, params)
    except (QueryError, GraphNotFound) as exc:
        _fail(str(exc))
    out = {"table": table.to_text, "csv": table.to_csv, "json": table.to_json}[fmt.value]()
    typer.echo(out.rstrip("\n"))


@app.command()
def extractors() -> None:
    """List the extractors available (built in, or installed through the kg.extractors entry point)."""
    from kg.extract import available

    for name, target in sorted(available().items()):
        typer.echo(f"{name}\t{target}")


from kg.cli_data import register; register(app)  # noqa: E402, E702, I001 - kg export, kg queries  # fmt: skip
from kg.cli_server import register as register_server; register_server(app)  # noqa: E402, E702, I001 - kg serve, kg push  # fmt: skip
from kg.cli_analysis import register as register_analysis; register_analysis(app)  # noqa: E402, E702, I001 - kg analyze, path, ego, viz  # fmt: skip


if __name__ == "__main__":  # pragma: no cover
    app()

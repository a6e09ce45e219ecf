"""The analysis commands of `kg`: analyze, path, ego and viz; `register(app)` adds them to the CLI.

Each command opens the built graph, names entities through `kg.analysis.find_entity`
and calls one function of `kg.analysis`, `kg.report` or `kg.viz`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from kg.analysis import View

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["analyze", "ego", "path", "register", "viz"]

GraphDir = Annotated[Path, typer.Argument(help="Folder written by `kg build` (or a graph.ttl file).")]
ViewOption = Annotated[
    View,
    typer.Option(
        help="Projection to work on: all, groups, group-location, person-organisation or co-mention."
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
_TYPES = ("Group", "Organization", "Person", "Location", "Attack")


def _fail(message: str, code: int = 2) -> NoReturn:
    typer.secho(f"kg: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


def _load(graph_dir: Path, view: View = View.ALL) -> nx.Graph:
    """Open the built graph and project it, or fail with one line."""
    from kg.analysis import to_networkx
    from kg.store import GraphNotFound, open_graph

    try:
        return to_networkx(open_graph(graph_dir), view=view)
    except GraphNotFound as exc:
        _fail(str(exc))


def _entity(g: nx.Graph, name: str) -> Any:
    from kg.analysis import EntityNotFound, find_entity

    try:
        return find_entity(g, name)
    except EntityNotFound as exc:
        _fail(str(exc))


def _clean(text: object, limit: int = 300) -> str:
    """One line of document text for the terminal: no control or bidi characters."""
    from kg.rdf import clean_text

    line = " ".join(clean_text("" if text is None else str(text)).split())
    return line if len(line) <= limit else line[: limit - 1] + "\u2026"


def analyze(
    graph_dir: GraphDir,
    view: ViewOption = View.ALL,
    top: Annotated[int, typer.Option(help="Length of the ranked tables.")] = 15,
    charts: Annotated[bool, typer.Option("--charts/--no-charts", help="Also draw the PNG charts.")] = True,
) -> None:
    """Analyse a built graph: write report.md, analysis.json and charts/*.png into its folder.

    Centrality (degree, betweenness, PageRank, eigenvector), Louvain communities
    with modularity, brokers and bridges, components, attack timelines per group
    and per country, the most active groups, and the groups' genealogy.
    """
    from kg.report import CHART_DIR, JSON_FILE, REPORT_FILE
    from kg.report import analyze as run_analysis
    from kg.store import GraphNotFound, graph_path, open_graph

    try:
        graph = open_graph(graph_dir)
        folder = graph_path(graph_dir).parent
    except GraphNotFound as exc:
        _fail(str(exc))
    result = run_analysis(graph, folder, view=view, top=top, charts=charts)
    communities = result["communities"]
    typer.echo(
        f"{result['graph']['nodes']} nodes, {result['graph']['edges']} edges, "
        f"{communities['count']} communities (modularity {communities['modularity'] or 0:.3f}), "
        f"{len(result['attacks'])} attacks"
    )
    written = [folder / REPORT_FILE, folder / JSON_FILE]
    if charts:
        written.append(folder / CHART_DIR)
    typer.echo("wrote " + ", ".join(str(p) for p in written))


def path(
    graph_dir: GraphDir,
    source: Annotated[str, typer.Argument(help="First entity: any label, alias or IRI.")],
    target: Annotated[str, typer.Argument(help="Second entity: any label, alias or IRI.")],
    k: Annotated[int, typer.Option("--paths", "-k", help="How many of the shortest paths to show.")] = 3,
    max_hops: Annotated[int, typer.Option(help="Leave out paths longer than this.")] = 6,
    evidence: Annotated[int, typer.Option(help="Evidence sentences shown per relation.")] = 2,
    view: ViewOption = View.ALL,
    as_json: AsJson = False,
) -> None:
    """Show how two entities are connected: the shortest paths, with the evidence for each hop."""
    from kg.analysis import paths

    g = _load(graph_dir, view)
    a, b = _entity(g, source), _entity(g, target)
    found = paths(g, a, b, k=k, max_hops=max_hops)
    if as_json:
        typer.echo(json.dumps({"source": a, "target": b, "paths": found}, indent=2, ensure_ascii=False))
        return
    label_a, label_b = _clean(g.nodes[a].get("label") or a), _clean(g.nodes[b].get("label") or b)
    if not found:
        typer.echo(f"No path of at most {max_hops} hops between {label_a} and {label_b}.")
        raise typer.Exit(1)
    for number, hops in enumerate(found, start=1):
        chain = [_clean(hops[0]["from_label"])]
        for hop in hops:
            first = hop["relations"][0]
            arrow = (
                f"-{first['relation']}->" if first["direction"] == "forward" else f"<-{first['relation']}-"
            )
            chain.append(f"{arrow} {_clean(hop['to_label'])}")
        typer.echo(f"{number}. ({len(hops)} hop{'s' if len(hops) > 1 else ''}) " + " ".join(chain))
        for hop in hops:
            typer.echo(f"   {_clean(hop['from_label'])} \u2014 {_clean(hop['to_label'])}:")
            for rel in hop["relations"]:
                confidence = "?" if rel["confidence"] is None else f"{rel['confidence']:.2f}"
                where = "\u2192" if rel["direction"] == "forward" else "\u2190"
                extra = " \u00b7 ".join(x for x in (rel["status"], rel["date"]) if x)
                typer.echo(
                    f"     {where} {rel['relation']} (confidence {confidence}{', ' + extra if extra else ''})"
                )
                for quote in rel["evidence"][:evidence]:
                    source_text = ", ".join(
                        _clean(x, 120) for x in (quote.get("document_title"), quote.get("source")) if x
                    )
                    typer.echo(f"       \u201c{_clean(quote['sentence'])}\u201d \u2014 {source_text}")
                hidden = len(rel["evidence"]) - evidence
                if hidden > 0:
                    typer.echo(f"       (+{hidden} more)")
        typer.echo("")


def ego(
    graph_dir: GraphDir,
    name: Annotated[str, typer.Argument(help="The entity: any label, alias or IRI.")],
    depth: Annotated[int, typer.Option("--depth", "-d", min=0, help="How many hops out.")] = 1,
    view: ViewOption = View.ALL,
    as_json: AsJson = False,
) -> None:
    """List the neighbourhood of an entity: everything within --depth hops, nearest first."""
    import networkx as nx

    from kg.analysis import ego as neighbourhood

    g = _load(graph_dir, view)
    centre = _entity(g, name)
    sub = neighbourhood(g, centre, depth)
    # Who each node is reached through, for "via" in the listing.
    parents = nx.predecessor(nx.Graph(sub.to_undirected(as_view=True)), centre, cutoff=depth)
    rows = []
    for node, attrs in sorted(
        sub.nodes(data=True), key=lambda nd: (nd[1]["distance"], str(nd[1].get("label")))
    ):
        if node == centre:
            continue
        via = sorted(parents.get(node, []), key=str)[:1]
        links = sorted(
            {str(d.get("relation")) for u, v, d in sub.edges(data=True) if {u, v} == {node, via[0]}}
            if via
            else set()
        )
        rows.append(
            {
                "id": node,
                "label": attrs.get("label"),
                "type": attrs.get("type"),
                "distance": attrs["distance"],
                "via": via[0] if via else None,
                "relations": links,
            }
        )
    if as_json:
        payload = {"centre": centre, "depth": depth, "nodes": rows, "edges": sub.number_of_edges()}
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    attrs = g.nodes[centre]
    typer.echo(
        f"{_clean(attrs.get('label') or centre)} ({attrs.get('type')}): {len(rows)} entities within "
        f"{depth} hop{'s' if depth != 1 else ''}, {sub.number_of_edges()} edges"
    )
    for row in rows:
        via = "" if row["via"] in (None, centre) else f" via {_clean(g.nodes[row['via']].get('label'), 60)}"
        typer.echo(
            f"  {row['distance']}  {_clean(row['label'], 80)} ({row['type']})  {', '.join(row['relations'])}{via}"
        )


def viz(
    graph_dir: GraphDir,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")],
    focus: Annotated[
        str | None, typer.Option(help="Centre the view on this entity (label, alias or IRI).")
    ] = None,
    depth: Annotated[int, typer.Option("--depth", "-d", min=0, help="Hops around --focus to keep.")] = 2,
    types: Annotated[
        str | None, typer.Option(help="Entity types to keep, comma-separated (e.g. Group,Attack).")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Drop what ended before this date (YYYY[-MM[-DD]]).")
    ] = None,
    view: ViewOption = View.ALL,
    max_nodes: Annotated[
        int, typer.Option(min=1, help="Past this many nodes, open on the most central.")
    ] = 1500,
    title: Annotated[str | None, typer.Option(help="Page title.")] = None,
) -> None:
    """Write an interactive HTML view of a built graph, optionally focused, filtered by type and by date."""
    from kg.analysis import select
    from kg.viz import render_html

    wanted = [t.strip() for t in (types or "").split(",") if t.strip()]
    unknown = [t for t in wanted if t.casefold() not in {k.casefold() for k in _TYPES}]
    if unknown:
        _fail(f"--types: unknown type {unknown[0]!r}; expected some of {', '.join(_TYPES)}")
    g = _load(graph_dir, view)
    centre = _entity(g, focus) if focus is not None else None
    try:
        g = select(g, focus=centre, depth=depth, types=wanted or None, since=since)
    except ValueError as exc:
        _fail(str(exc))
    if title is None:
        title = "kg knowledge graph"
        if centre is not None:
            title += (
                f": {depth} hop{'s' if depth != 1 else ''} around {_clean(g.nodes[centre].get('label'), 80)}"
            )
    page = render_html(g, out, title=title, max_nodes=max_nodes)
    typer.echo(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges; wrote {page}")


def register(app: typer.Typer) -> None:
    """Add the analysis commands to the `kg` command line."""
    for command in (analyze, path, ego, viz):
        app.command()(command)

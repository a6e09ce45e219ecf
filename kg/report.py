"""Write the analysis of a graph as `report.md` (tables to read), `analysis.json` (to compute on) and PNG charts.

`analyze` runs every analysis in `kg.analysis` once and hands the same figures to
the three writers, so the report, the JSON and the charts never disagree.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from kg import __version__
from kg import analysis as an
from kg.rdf import clean_text

__all__ = ["CHARTS", "analyze", "figures", "markdown", "write_charts"]

REPORT_FILE = "report.md"
JSON_FILE = "analysis.json"
CHART_DIR = "charts"
CHARTS = {
    "attacks_per_year": "attacks_per_year.png",
    "centrality": "top_entities.png",
    "genealogy": "genealogy.png",
}
_GROUPS_CHARTED = 8
_TIMELINES_LISTED = 10
_CELL_MAX = 120
_TYPE_COLOURS = {
    "Group": "#d62728",
    "Organization": "#ff7f0e",
    "Person": "#1f77b4",
    "Location": "#2ca02c",
    "Attack": "#6a3d9a",
}


def analyze(
    graph: Graph | nx.Graph,
    out_dir: str | Path,
    *,
    view: an.View | str = an.View.ALL,
    top: int = 15,
    charts: bool = True,
) -> dict[str, Any]:
    """Analyse `graph` (an rdflib graph or a projection) and write report.md, analysis.json and charts.

    Returns the figures written to analysis.json.
    """
    out = Path(out_dir)
    g = graph if isinstance(graph, nx.Graph) else an.to_networkx(graph, view=view)
    result = figures(g, top=top, view=str(an.View(view)) if not isinstance(graph, nx.Graph) else "custom")
    if charts:
        written = write_charts(result, out / CHART_DIR)
        result["charts"] = {name: f"{CHART_DIR}/{path.name}" for name, path in written.items()}
    _write_atomic(out / JSON_FILE, json.dumps(result, indent=2, ensure_ascii=False, sort_keys=False) + "\n")
    _write_atomic(out / REPORT_FILE, markdown(result))
    return result


# ---------------------------------------------------------------- the figures


def _round(value: float | None, places: int = 6) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(value, places)


def figures(g: nx.Graph, *, top: int = 15, view: str = "all") -> dict[str, Any]:
    """Every analysis of `g` as plain JSON-ready data; `top` bounds the ranked lists."""
    scores = an.centrality(g)
    parts = an.communities(g)
    label = {n: str(d.get("label") or n) for n, d in g.nodes(data=True)}
    kind = {n: str(d.get("type") or "Other") for n, d in g.nodes(data=True)}
    ranked = sorted(g, key=lambda n: (-scores[n]["pagerank"], -scores[n]["degree"], str(n)))
    position = {n: i for i, n in enumerate(ranked)}
    nodes = [
        {
            "id": n,
            "label": label[n],
            "type": kind[n],
            "degree": scores[n]["degree"],
            "degree_centrality": _round(scores[n]["degree_centrality"]),
            "betweenness": _round(scores[n]["betweenness"]),
            "pagerank": _round(scores[n]["pagerank"]),
            "eigenvector": _round(scores[n]["eigenvector"]),
            "community": parts.membership.get(n),
        }
        for n in ranked
    ]
    comps = an.components(g)
    attack_rows = an.attacks(g)
    lines = an.timelines(attack_rows)
    relation_counts = Counter(str(d.get("relation")) for _, _, d in g.edges(data=True))
    return {
        "kg_version": __version__,
        "view": view,
        "graph": {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "by_type": dict(sorted(Counter(kind.values()).items())),
            "by_relation": dict(sorted(relation_counts.items())),
        },
        "centrality": {
            "betweenness": "exact" if len(g) <= an.BETWEENNESS_EXACT_LIMIT else "sampled",
            "nodes": nodes,
        },
        "communities": {
            "algorithm": parts.algorithm,
            "modularity": _round(parts.modularity),
            "count": len(parts.groups),
            "communities": [
                {
                    "index": index,
                    "size": len(members),
                    "leading": [label[n] for n in sorted(members, key=position.__getitem__)[:5]],
                    "members": members,
                }
                for index, members in enumerate(parts.groups)
            ],
        },
        "brokers": [
            {**row, "betweenness": _round(row["betweenness"])}
            for row in an.brokers(g, parts, scores, top=top)
        ],
        "bridges": an.bridges(g),
        "components": {
            "count": len(comps),
            "sizes": [len(c) for c in comps],
            "largest": [
                {"size": len(c), "leading": [label[n] for n in sorted(c, key=position.__getitem__)[:8]]}
                for c in comps[:5]
            ],
        },
        "attacks": attack_rows,
        "timelines": {
            key: [
                {
                    "id": entry["id"],
                    "label": entry["label"],
                    "attacks": [row["id"] for row in entry["attacks"]],
                    "per_year": entry["per_year"],
                }
                for entry in entries
            ]
            for key, entries in lines.items()
        },
        "most_active": an.most_active(attack_rows, top=top),
        "genealogy": an.genealogy(g),
    }


# ---------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
# Marks that only mean something at the start of a line (list, heading, quote, numbered list).
_MD_LEADING = re.compile(r"^(?:[0-9]+[.)]|[-+#=])")


def _md(value: object, limit: int = _CELL_MAX) -> str:
    """Text from a document as one inert Markdown table cell: no markup, no HTML, no line breaks."""
    text = " ".join(clean_text("" if value is None else str(value)).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "\u2026"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LEADING.sub(lambda m: m.group()[:-1] + "\\" + m.group()[-1], text)


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def _num(value: float | None, places: int = 4) -> str:
    return "" if value is None else f"{value:.{places}f}"


def _names(people: Sequence[Mapping[str, Any]]) -> str:
    return ", ".join(_md(p["label"], 60) for p in people)


def markdown(result: Mapping[str, Any], *, top: int = 15) -> str:
    """The report as Markdown: summary, rankings, communities, brokers, attacks, timelines and genealogy."""
    graph = result["graph"]
    charts = result.get("charts", {})
    out = ["# Knowledge graph analysis", ""]
    types = ", ".join(f"{count} {name}" for name, count in graph["by_type"].items())
    out.append(
        f"The `{result['view']}` view has {graph['nodes']} nodes ({types or 'none'}) and "
        f"{graph['edges']} edges, in {result['components']['count']} connected components and "
        f"{result['communities']['count']} communities (Louvain, modularity "
        f"{_num(result['communities']['modularity'], 3) or 'n/a'})."
    )
    out.append("")

    out += ["## Most central entities", ""]
    if result["centrality"]["betweenness"] == "sampled":
        out += ["Betweenness is estimated from a sample of source nodes (the graph is large).", ""]
    out += _table(
        ["#", "entity", "type", "degree", "betweenness", "PageRank", "eigenvector", "community"],
        (
            [
                i,
                _md(n["label"]),
                n["type"],
                n["degree"],
                _num(n["betweenness"]),
                _num(n["pagerank"]),
                _num(n["eigenvector"]),
                "" if n["community"] is None else n["community"] + 1,
            ]
            for i, n in enumerate(result["centrality"]["nodes"][:top], start=1)
        ),
    )
    if "centrality" in charts:
        out += ["", f"![Most central entities by PageRank]({charts['centrality']})"]
    out.append("")

    out += ["## Communities", ""]
    out += _table(
        ["#", "size", "leading members"],
        (
            [c["index"] + 1, c["size"], ", ".join(_md(name, 60) for name in c["leading"])]
            for c in result["communities"]["communities"][:top]
            if c["size"] > 1
        ),
    )
    out += ["", "## Brokers and bridges", ""]
    out.append(
        "Brokers have neighbours in more than one community; a cut vertex splits its component when removed."
    )
    out.append("")
    out += _table(
        ["entity", "type", "betweenness", "communities touched", "cut vertex"],
        (
            [
                _md(b["label"]),
                b["type"],
                _num(b["betweenness"]),
                b["communities"],
                "yes" if b["cut_vertex"] else "",
            ]
            for b in result["brokers"]
        ),
    )
    out += ["", "Bridges (edges whose removal splits a component, leaves aside):", ""]
    out += _table(
        ["from", "to", "relations"],
        (
            [_md(b["labels"][0]), _md(b["labels"][1]), ", ".join(b["relations"])]
            for b in result["bridges"][:top]
        ),
    )
    sizes = result["components"]["sizes"]
    out += ["", "## Components", ""]
    out.append(
        f"{len(sizes)} components; the largest have {', '.join(map(str, sizes[:10])) or 'no'} nodes"
        + (f", and {sizes.count(1)} nodes stand alone." if sizes.count(1) else ".")
    )
    out.append("")
    for i, comp in enumerate(result["components"]["largest"], start=1):
        out.append(f"{i}. {comp['size']} nodes: {', '.join(_md(name, 60) for name in comp['leading'])}")
    out.append("")

    out += _attack_sections(result, charts, top)
    out += ["## Group genealogy", ""]
    out.append(
        "Each group with its affiliates and branches (affiliate) and the groups that split from it (splinter)."
    )
    out.append("")
    if not result["genealogy"]:
        out.append("No affiliate or splinter relations were found.")
    for tree in result["genealogy"]:
        out += list(_tree_lines(tree, 0))
    if "genealogy" in charts:
        out += ["", f"![Group genealogy]({charts['genealogy']})"]
    out.append("")
    return "\n".join(out)


def _attack_sections(result: Mapping[str, Any], charts: Mapping[str, str], top: int) -> list[str]:
    rows = {row["id"]: row for row in result["attacks"]}
    out = ["## Most active groups", ""]
    if not result["most_active"]:
        out += ["No attack in the graph names a perpetrator.", ""]
    else:
        out += _table(
            ["group", "attacks", "claimed", "killed", "wounded"],
            (
                [_md(g["label"]), g["attacks"], g["claimed"], g["killed"], g["wounded"]]
                for g in result["most_active"]
            ),
        )
        out.append("")
    if "attacks_per_year" in charts:
        out += [f"![Attacks per year by group]({charts['attacks_per_year']})", ""]
    for title, key in (("Attack timelines by group", "groups"), ("Attack timelines by country", "countries")):
        out += [f"## {title}", ""]
        entries = result["timelines"][key]
        if not entries:
            out += ["None.", ""]
        for entry in entries[:_TIMELINES_LISTED]:
            out += [f"### {_md(entry['label'])} ({len(entry['attacks'])})", ""]
            out += _table(
                ["date", "attack", "place", "killed", "wounded", "responsibility"],
                (
                    [
                        _md(r["date"] or "undated"),
                        _md(r["label"]),
                        _names(r["locations"][:3]),
                        "" if r["killed"] is None else r["killed"],
                        "" if r["wounded"] is None else r["wounded"],
                        ", ".join(f"{_md(p['label'], 60)} ({p['relation']})" for p in r["perpetrators"])
                        or ("suspected: " + _names(r["suspected"]) if r["suspected"] else ""),
                    ]
                    for r in (rows[i] for i in entry["attacks"])
                ),
            )
            out.append("")
        if len(entries) > _TIMELINES_LISTED:
            out += [f"{len(entries) - _TIMELINES_LISTED} more in analysis.json.", ""]
    return out


def _tree_lines(node: Mapping[str, Any], depth: int) -> Iterable[str]:
    kind = f" ({node['kind']})" if node.get("kind") else ""
    yield f"{'  ' * depth}- {_md(node['label'])}{kind}"
    for child in node["children"]:
        yield from _tree_lines(child, depth + 1)


# ---------------------------------------------------------------- charts


def write_charts(result: Mapping[str, Any], folder: str | Path) -> dict[str, Path]:
    """Draw the three PNG charts into `folder`; returns chart name -> path."""
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle as _Rectangle

    class _Charts:
        """What the drawing functions need of pyplot, without pyplot's global state.

        Figures made directly are not registered with pyplot, so writing charts neither
        switches a notebook's inline backend nor leaks figures.
        """

        Rectangle = _Rectangle

        @staticmethod
        def subplots(figsize: tuple[float, float]) -> tuple[Any, Any]:
            fig = Figure(figsize=figsize)
            return fig, fig.subplots()

        @staticmethod
        def get_cmap(name: str) -> Any:
            return matplotlib.colormaps[name]

    plt = _Charts
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    # Labels are document text: "$" must not switch matplotlib into mathtext.
    with matplotlib.rc_context({"text.parse_math": False, "svg.hashsalt": "kg", "font.size": 9}):
        for name, draw in (
            ("attacks_per_year", _attacks_chart),
            ("centrality", _centrality_chart),
            ("genealogy", _genealogy_chart),
        ):
            fig = draw(plt, result)
            path = folder / CHARTS[name]
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
            os.close(fd)
            try:
                fig.savefig(tmp, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
                os.chmod(tmp, 0o644)
                os.replace(tmp, path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
            written[name] = path
    return written


def _short(text: object, limit: int = 40) -> str:
    clean = " ".join(clean_text(str(text)).split())
    return clean if len(clean) <= limit else clean[: limit - 1] + "\u2026"


def _empty(plt: Any, message: str) -> Any:
    fig, ax = plt.subplots(figsize=(6, 1.5))
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", color="#555555")
    return fig


def _attacks_chart(plt: Any, result: Mapping[str, Any]) -> Any:
    """Stacked bars: attacks per year, one colour for each of the most active groups."""
    rows = [r for r in result["attacks"] if r["year"] is not None]
    if not rows:
        return _empty(plt, "No dated attacks")
    leaders = [g["id"] for g in result["most_active"][:_GROUPS_CHARTED]]
    names = {g["id"]: g["label"] for g in result["most_active"]}
    years = list(range(min(r["year"] for r in rows), max(r["year"] for r in rows) + 1))
    series: dict[str, Counter[int]] = {}
    for row in rows:
        ids = [p["id"] for p in row["perpetrators"]]
        keys = [names[i] for i in ids if i in leaders] or (
            ["other groups"] if ids else ["no perpetrator named"]
        )
        for key in dict.fromkeys(keys):
            series.setdefault(key, Counter())[row["year"]] += 1
    order = [names[i] for i in leaders if names[i] in series] + [
        k for k in ("other groups", "no perpetrator named") if k in series
    ]
    fig, ax = plt.subplots(figsize=(max(6.0, 0.35 * len(years) + 3), 4))
    # tab10 without its grey, which is kept for the two catch-all series.
    palette = [plt.get_cmap("tab10")(i) for i in (0, 1, 2, 3, 4, 5, 6, 8, 9)]
    rest = {"other groups": ("#9e9e9e", None), "no perpetrator named": ("#dddddd", "//")}
    bottom = [0] * len(years)
    for i, key in enumerate(order):
        heights = [series[key][y] for y in years]
        colour, hatch = rest.get(key, (palette[i % len(palette)], None))
        ax.bar(years, heights, bottom=bottom, label=_short(key), color=colour, hatch=hatch, width=0.8)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_title("Attacks per year by group")
    ax.set_xlabel("year")
    ax.set_ylabel("attacks")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _centrality_chart(plt: Any, result: Mapping[str, Any], top: int = 15) -> Any:
    """Horizontal bars: the entities with the highest PageRank, coloured by type."""
    nodes = [n for n in result["centrality"]["nodes"] if n["type"] != "Attack"][:top]
    if not nodes:
        return _empty(plt, "No entities")
    fig, ax = plt.subplots(figsize=(7, 0.32 * len(nodes) + 1.2))
    labels = [_short(n["label"]) for n in reversed(nodes)]
    values = [n["pagerank"] or 0.0 for n in reversed(nodes)]
    colours = [_TYPE_COLOURS.get(n["type"], "#8c8c8c") for n in reversed(nodes)]
    ax.barh(range(len(nodes)), values, color=colours)
    ax.set_yticks(range(len(nodes)), labels)
    ax.set_xlabel("PageRank")
    ax.set_title("Most central entities")
    used = dict.fromkeys(n["type"] for n in nodes)
    handles = [plt.Rectangle((0, 0), 1, 1, color=_TYPE_COLOURS.get(t, "#8c8c8c")) for t in used]
    ax.legend(handles, list(used), fontsize=7, frameon=False, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _genealogy_chart(plt: Any, result: Mapping[str, Any], max_rows: int = 120) -> Any:
    """The family trees drawn left to right: parent, then its affiliates (solid) and splinters (dashed)."""
    forest = result["genealogy"]
    if not forest:
        return _empty(plt, "No affiliate or splinter relations")
    placed: list[tuple[float, float, str, str | None, float | None, float | None]] = []
    row = 0.0

    def place(node: Mapping[str, Any], depth: int, parent: tuple[float, float] | None) -> float:
        nonlocal row
        if row >= max_rows:
            return row
        if node["children"]:
            ys = [place(child, depth + 1, None) for child in node["children"]]
            y = sum(ys) / len(ys)
        else:
            y = row
            row += 1
        placed.append((depth, y, _short(node["label"], 32), node.get("kind"), None, None))
        for child, child_y in zip(node["children"], ys if node["children"] else [], strict=False):
            placed.append((depth + 0.0, y, "", child.get("kind"), depth + 1.0, child_y))
        return y

    for tree in sorted(forest, key=_tree_size, reverse=True):
        place(tree, 0, None)
        row += 0.6  # a little air between families
    depth = max(int(p[0]) for p in placed) + 1
    fig, ax = plt.subplots(figsize=(2.8 * depth + 1.5, 0.3 * row + 1))
    for x, y, text, kind, x2, y2 in placed:
        if x2 is not None:
            style = "--" if kind == "splinter" else "-"
            ax.plot([x + 0.05, x2 - 0.05], [y, y2], style, color="#b22222", linewidth=1)
        else:
            ax.text(
                x,
                y,
                text,
                ha="center",
                va="center",
                fontsize=8,
                bbox={"boxstyle": "round", "fc": "#fff", "ec": "#d62728", "lw": 0.8},
            )
    ax.set_xlim(-0.7, depth - 0.3)
    ax.set_ylim(row, -1)
    ax.axis("off")
    ax.set_title("Group genealogy (solid: affiliate or branch; dashed: splinter)")
    return fig


def _tree_size(tree: Mapping[str, Any]) -> int:
    return 1 + sum(_tree_size(child) for child in tree["children"])


def _write_atomic(path: Path, text: str) -> None:
    """Write `text` to a temp file next to `path`, then move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise

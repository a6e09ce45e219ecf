"""Render the kg graph as one self-contained, offline, interactive HTML page (pyvis + vis-network).

All text on the page comes from news articles and is treated as hostile: it is cleaned, capped, kept as
plain text (vis-network shows string tooltips with ``innerText``; the page's own script builds its panels
with ``textContent``) and reaches the page only as escaped JSON.

Everything that decides the picture is computed here, in Python: centrality (node size, and which nodes a
large graph shows first), Louvain communities (colours), and for large graphs the layout itself, so the
browser never runs a long physics simulation.
"""

from __future__ import annotations

import contextlib
import functools
import html
import math
import os
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx
import numpy as np
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from pyvis.network import Network

from kg.analysis import Communities, centrality, communities, period, select

__all__ = [
    "DEFAULT_MAX_NODES",
    "EDGE_FAMILIES",
    "NODE_STYLES",
    "EdgeStyle",
    "NodeStyle",
    "NotebookPage",
    "page_html",
    "render_html",
    "show",
]


class NodeStyle(NamedTuple):
    """How one entity type is drawn."""

    colour: str
    shape: str
    glyph: str  # legend symbol that looks like the vis-network shape


class EdgeStyle(NamedTuple):
    """How one relation family is drawn."""

    colour: str
    dashes: list[int] | None  # vis-network dash pattern; None for a solid line


NODE_STYLES: dict[str, NodeStyle] = {
    "Group": NodeStyle("#d62728", "diamond", "\u25c6"),
    "Organization": NodeStyle("#ff7f0e", "square", "\u25a0"),
    "Person": NodeStyle("#1f77b4", "dot", "\u25cf"),
    "Location": NodeStyle("#2ca02c", "triangle", "\u25b2"),
    "Attack": NodeStyle("#6a3d9a", "star", "\u2605"),
}
_OTHER_NODE = NodeStyle("#8c8c8c", "dot", "\u25cf")

EDGE_FAMILIES: dict[str, EdgeStyle] = {
    "group relation": EdgeStyle("#b22222", None),
    "person affiliation": EdgeStyle("#1f77b4", [8, 4]),
    "geography": EdgeStyle("#2ca02c", [2, 4]),
    "attack role": EdgeStyle("#6a3d9a", [12, 4, 2, 4]),
    "other": EdgeStyle("#8c8c8c", [4, 4]),
}
_RELATION_FAMILY: dict[str, str] = {
    **dict.fromkeys(["affiliateOf", "formedFrom", "alliedWith", "rivalOf"], "group relation"),
    "affiliatedWith": "person affiliation",
    **dict.fromkeys(["operatesIn", "locatedIn", "location", "attackedIn"], "geography"),
    **dict.fromkeys(
        ["perpetrator", "claimedBy", "attributedTo", "suspectedPerpetrator", "deniedBy"], "attack role"
    ),
    "coMention": "other",
}
# Communities past the twelfth share one grey: more hues than that stop being told apart.
COMMUNITY_COLOURS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#393b79",
    "#ad494a",
    "#637939",
)
_COMMUNITY_OTHER = "#b0b0b0"

# Past this many nodes the page first shows only the most central ones (a checkbox shows them all).
DEFAULT_MAX_NODES = 1500
# Up to this many nodes vis-network lays the graph out itself; above it the layout is computed here.
PHYSICS_MAX_NODES = 500
SIZE_MEASURES = ("pagerank", "betweenness", "degree")
_MEASURE_NAMES = {"pagerank": "PageRank", "betweenness": "betweenness", "degree": "degree"}

_TEMPLATE_DIR = Path(__file__).parent / "templates"
_TEMPLATE = "graph.html"
# The vis-network build that pyvis 0.3.2's own template inlines; we inline the same file.
_VIS_NETWORK_JS = "lib/vis-9.1.2/vis-network.min.js"

# Caps keep a single hostile or garbled record from producing a screen-filling tooltip or a huge page.
_LABEL_MAX = 80
_ALIAS_MAX = 60
_ALIASES_SHOWN = 8
_NAMES_SEARCHED = 20
_FIELD_MAX = 200
_SENTENCE_MAX = 300
_EVIDENCE_SHOWN = 3
_EVIDENCE_PANEL = 10
_TITLE_MAX = 2000
_PAGE_TITLE_MAX = 200

_STABILISATION_ITERATIONS = 300
_LAYOUT_SEED = 42
_NODE_SPACING = 45.0  # px of layout per node in a community's disc
_HUB_LABELS = 45  # the most central nodes get larger labels
_BETWEENNESS_SAMPLES = 64

_LINE_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+")
# C0/C1 controls, lone surrogates (unencodable) and bidi controls (they can reorder what an analyst reads).
_UNSAFE_CHARS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# pyvis (and copies of its template) switch tooltips to an innerHTML popup when a title contains "href".
_HREF = re.compile("(hre)(f)", re.IGNORECASE)


def render_html(
    g: nx.Graph,
    path: Path | str,
    *,
    title: str = "kg knowledge graph",
    max_nodes: int = DEFAULT_MAX_NODES,
    size_by: str = "pagerank",
    physics_max_nodes: int = PHYSICS_MAX_NODES,
) -> Path:
    """Write `g` as one self-contained interactive HTML page at `path` and return the path.

    Args:
        max_nodes: past this many nodes the page opens on the `max_nodes` most central ones and says so.
        size_by: the measure node size follows first: "pagerank", "betweenness" or "degree".
        physics_max_nodes: above this many nodes the layout is precomputed and physics stays off.
    """
    path = Path(path)
    page = page_html(
        g, title=title, max_nodes=max_nodes, size_by=size_by, physics_max_nodes=physics_max_nodes
    )
    _write_atomic(path, page)
    return path


def page_html(
    g: nx.Graph,
    *,
    title: str = "kg knowledge graph",
    max_nodes: int = DEFAULT_MAX_NODES,
    size_by: str = "pagerank",
    physics_max_nodes: int = PHYSICS_MAX_NODES,
) -> str:
    """Return the page `render_html` writes, as a string."""
    if size_by not in SIZE_MEASURES:
        raise ValueError(f"size_by must be one of {', '.join(SIZE_MEASURES)}, not {size_by!r}")
    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    ordered = sorted(g, key=str)
    types = {node: _entity_type(attrs) for node, attrs in g.nodes(data=True)}
    labels = {node: _node_label(node, attrs) for node, attrs in g.nodes(data=True)}
    # Betweenness only sizes nodes here, so a rougher estimate than the report's will do on big graphs.
    scores = centrality(g, ("pagerank", "betweenness"), exact_limit=500, samples=_BETWEENNESS_SAMPLES)
    parts = communities(g)
    ranking = sorted(ordered, key=lambda n: (-scores[n]["pagerank"], -scores[n]["degree"], str(n)))
    rank = {node: index for index, node in enumerate(ranking)}
    sizes = _sizes(scores)
    positions = _layout(g, parts) if len(g) > physics_max_nodes else {}
    nodes = [
        _node_item(
            node,
            g.nodes[node],
            types[node],
            labels[node],
            scores[node],
            sizes[node],
            size_by,
            rank[node],
            parts.membership.get(node, 0),
            positions.get(node),
        )
        for node in ordered
    ]
    edges, families = _edge_items(g, types, labels)
    meta = _meta(g, nodes, edges, parts, labels, max_nodes, size_by)

    # The default "local" mode copies a lib/ folder into the working directory; in_line never does.
    net = Network(directed=g.is_directed(), cdn_resources="in_line", heading="")
    # Assigned in bulk: pyvis' add_node/add_edge scan lists on every call (quadratic on big graphs).
    net.nodes = nodes
    net.edges = edges
    net.node_ids = [item["id"] for item in nodes]
    net.node_map = {item["id"]: item for item in nodes}
    net.options = _options(len(nodes), len(edges), precomputed=bool(positions))
    net.templateEnv = _environment(net.template_dir, title, Counter(types.values()), families, edges, meta)
    net.path = _TEMPLATE
    return net.generate_html()


def _environment(
    pyvis_dir: str,
    title: str,
    counts: Mapping[str, int],
    families: set[str],
    edges: Sequence[Mapping[str, Any]],
    meta: Mapping[str, Any],
) -> Environment:
    """Build the autoescaping Jinja environment holding this page's title, legend, filters and metadata."""
    env = Environment(
        loader=FileSystemLoader(_TEMPLATE_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    relation_counts = Counter((edge["kg"]["relation"], edge["kg"]["family"]) for edge in edges)
    family_order = list(EDGE_FAMILIES)
    env.globals.update(
        page_title=_clean(title, _PAGE_TITLE_MAX) or "kg knowledge graph",
        legend_types=[
            {"name": name, "colour": style.colour, "glyph": style.glyph, "count": counts[name]}
            for name, style in [*NODE_STYLES.items(), ("Other", _OTHER_NODE)]
            if name != "Other" or counts[name]
        ],
        legend_relations=[
            {
                "name": name,
                "colour": style.colour,
                "dasharray": " ".join(map(str, style.dashes or [])) or "none",
            }
            for name, style in EDGE_FAMILIES.items()
            if name != "other" or name in families
        ],
        relation_filters=[
            {"name": name, "count": count, "colour": EDGE_FAMILIES[family].colour}
            for (name, family), count in sorted(
                relation_counts.items(), key=lambda item: (family_order.index(item[0][1]), item[0][0])
            )
        ],
        size_measures=[{"value": m, "name": _MEASURE_NAMES[m]} for m in SIZE_MEASURES],
        meta=meta,
        vis_network_js=_vis_network_js(str(Path(pyvis_dir) / _VIS_NETWORK_JS)),
    )
    return env


@functools.cache
def _vis_network_js(path: str) -> Markup:
    """Return pyvis' bundled vis-network build, checked to be safe to inline in a script element."""
    js = Path(path).read_text(encoding="utf-8")
    # Either sequence would end or re-enter the <script> element early and break the page.
    if re.search(r"</script|<!--", js, re.IGNORECASE):
        raise RuntimeError(f"{path} cannot be inlined in a <script> element")
    return Markup(js)


# ---------------------------------------------------------------- notebooks


@dataclass(frozen=True)
class NotebookPage:
    """A rendered page that Jupyter, VS Code and Colab show inline through an iframe's `srcdoc`."""

    html: str
    height: int = 650

    def _repr_html_(self) -> str:
        # srcdoc rather than pyvis' notebook mode, whose cells stay blank in VS Code and Colab; the sandbox
        # lets the page's scripts run but gives them an opaque origin, away from the notebook's own.
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
            f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ddd" '
            'title="kg knowledge graph"></iframe>'
        )

    def save(self, path: Path | str) -> Path:
        """Write the page to `path` (atomically) and return the path."""
        path = Path(path)
        _write_atomic(path, self.html)
        return path


def show(
    g: Any,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: Iterable[str] | None = None,
    since: str | None = None,
    height: int = 650,
    title: str = "kg knowledge graph",
    max_nodes: int = DEFAULT_MAX_NODES,
    size_by: str = "pagerank",
) -> NotebookPage:
    """Show a graph inline in a notebook: a networkx graph, or an rdflib graph from `kg.open`.

    `focus`, `depth`, `types` and `since` narrow it as `kg viz` does; `focus` is any name or IRI.
    """
    if not isinstance(g, nx.Graph):
        from kg.analysis import to_networkx

        g = to_networkx(g, view="all")
    if focus is not None or types or since:
        from kg.analysis import find_entity

        centre = find_entity(g, focus) if focus is not None else None
        g = select(g, focus=centre, depth=depth, types=types, since=since)
    page = page_html(g, title=title, max_nodes=max_nodes, size_by=size_by)
    return NotebookPage(page, height)


# ---------------------------------------------------------------- nodes


def _entity_type(attrs: Mapping[str, Any]) -> str:
    """Return the node's entity type, or "Other" when it is missing or unknown."""
    kind = attrs.get("type")
    return kind if kind in NODE_STYLES else "Other"


def _node_label(node: object, attrs: Mapping[str, Any]) -> str:
    """Return the display label, falling back to the IRI's last segment."""
    label = _clean(attrs.get("label"), _LABEL_MAX)
    if label:
        return label
    return _clean(re.split(r"[/#]", str(node).rstrip("/#"))[-1], _LABEL_MAX) or "(unnamed)"


def _sizes(scores: Mapping[Any, Mapping[str, float]]) -> dict[Any, dict[str, float]]:
    """Node sizes under each measure; sqrt keeps hubs visible without letting them swallow the canvas."""
    top = {m: max((s.get(m, 0.0) for s in scores.values()), default=0.0) for m in ("pagerank", "betweenness")}
    sizes = {}
    for node, s in scores.items():
        entry = {"degree": round(min(12 + 6 * math.sqrt(s["degree"]), 48), 2)}
        for measure, peak in top.items():
            share = s.get(measure, 0.0) / peak if peak > 0 else 0.0
            entry[measure] = round(10 + 38 * math.sqrt(max(share, 0.0)), 2)
        sizes[node] = entry
    return sizes


def _span(*values: object) -> list[str] | None:
    """The first and last day (ISO) covered by the given partial dates, or None when none is a date."""
    spans = [p for v in values if (p := period(v))]
    if not spans:
        return None
    return [min(s[0] for s in spans).isoformat(), max(s[1] for s in spans).isoformat()]


def _node_item(
    node: object,
    attrs: Mapping[str, Any],
    kind: str,
    label: str,
    scores: Mapping[str, float],
    sizes: Mapping[str, float],
    size_by: str,
    rank: int,
    community: int,
    position: tuple[float, float] | None,
) -> dict[str, Any]:
    """Build the vis-network record for one node, with the facts the side panel and filters read."""
    style = NODE_STYLES.get(kind, _OTHER_NODE)
    subtype = _clean(attrs.get("subtype"), _FIELD_MAX)
    lines = [label, f"Type: {kind}" + (f" ({subtype})" if subtype else "")]
    aliases = _aliases(attrs.get("aliases"), label)
    if aliases:
        shown = "; ".join(aliases[:_ALIASES_SHOWN])
        more = len(aliases) - _ALIASES_SHOWN
        lines.append(f"Aliases: {shown}" + (f" (+{more} more)" if more > 0 else ""))
    lines.append(f"Documents: {_number(attrs.get('documents'))}")
    facts = [["Type", kind + (f" ({subtype})" if subtype else "")]]
    if aliases:
        facts.append(["Also called", "; ".join(aliases[:_NAMES_SEARCHED])])
    facts.append(["Documents", _number(attrs.get("documents"))])
    if kind == "Attack":
        date = _clean(attrs.get("date"), _FIELD_MAX) or "unknown"
        killed, wounded = _number(attrs.get("killed")), _number(attrs.get("wounded"))
        lines.append(f"Date: {date}")
        lines.append(f"Killed: {killed} \u00b7 Wounded: {wounded}")
        facts += [["Date", date], ["Killed", killed], ["Wounded", wounded]]
    first, last = _clean(attrs.get("first_seen"), 40), _clean(attrs.get("last_seen"), 40)
    if first or last:
        facts.append(["Reported", f"{first or '?'} \u2013 {last or '?'}"])
    facts += [
        ["PageRank", f"{scores.get('pagerank', 0.0):.4f} (#{rank + 1})"],
        ["Betweenness", f"{scores.get('betweenness', 0.0):.4f}"],
        ["Connections", str(scores.get("degree", 0))],
        ["Community", str(community + 1)],
        ["IRI", _clean(node, _FIELD_MAX)],
    ]
    lines.append(f"IRI: {_clean(node, _FIELD_MAX)}")
    span = _span(attrs.get("date")) if kind == "Attack" else None
    item: dict[str, Any] = {
        "id": str(node),
        "label": label,
        "title": _tooltip(lines),
        "color": style.colour,
        "shape": style.shape,
        "size": sizes[size_by],
        "kg": {
            "type": kind,
            "names": [label, *aliases[:_NAMES_SEARCHED]],
            "community": community,
            "rank": rank,
            "sizes": dict(sizes),
            "span": span or _span(attrs.get("first_seen"), attrs.get("last_seen")),
            "facts": [[key, _clean(value, _FIELD_MAX * 4)] for key, value in facts],
        },
    }
    if rank < _HUB_LABELS:
        # Bigger type for the hubs, so their names stay readable when the whole graph is in view.
        item["font"] = {"size": 26 if rank < _HUB_LABELS // 3 else 20}
    if position is not None:
        item["x"], item["y"] = position
    return item


# ---------------------------------------------------------------- edges


def _edge_items(
    g: nx.Graph, types: Mapping[Any, str], labels: Mapping[Any, str]
) -> tuple[list[dict[str, Any]], set[str]]:
    """Build the vis-network records for all edges in a stable order, and the relation families used."""
    records = []
    for source, target, key, attrs in _edges(g):
        relation = _relation_name(attrs.get("relation"))
        family = _family(relation, types[source], types[target])
        status = _clean(attrs.get("status"), _FIELD_MAX)
        lines = [
            f"{relation}: {labels[source]} \u2192 {labels[target]}",
            f"Confidence: {_confidence_text(attrs.get('confidence'))} \u00b7 Status: {status or 'unknown'}",
            *_evidence_lines(attrs.get("evidence")),
        ]
        tooltip = _tooltip(lines)
        order = (str(source), str(target), relation, tooltip, str(key))
        confidence = _finite(attrs.get("confidence"))
        evidence = _evidence_records(attrs.get("evidence"))
        count = _finite(attrs.get("evidence_count"))
        total = int(count) if count is not None and count >= 0 else len(evidence)
        strength = _finite(attrs.get("weight")) if relation == "coMention" else None
        details = {
            "relation": relation,
            "family": family,
            "confidence": None if confidence is None else round(min(max(confidence, 0.0), 1.0), 3),
            "status": status,
            # An attack's roles span the attack's date; a relation spans the reports that state it.
            "span": _span(attrs.get("date"))
            if types[source] == "Attack"
            else _span(attrs.get("date"), *(e["date"] for e in evidence)),
            "evidence": evidence[:_EVIDENCE_PANEL],
            "evidence_total": total,
        }
        weight = strength if strength is not None else total
        records.append((order, family, tooltip, details, weight))
    records.sort(key=lambda record: record[0])

    items = []
    parallel: Counter[tuple[str, str]] = Counter()
    for index, ((src, dst, relation, _, _), family, tooltip, details, weight) in enumerate(records):
        style = EDGE_FAMILIES[family]
        item: dict[str, Any] = {
            "id": f"e{index}",
            "from": src,
            "to": dst,
            "label": relation,
            "title": tooltip,
            "color": {"color": style.colour, "highlight": style.colour, "hover": style.colour},
            "dashes": style.dashes or False,
            # More evidence, thicker line; log so that one much-reported fact does not dominate.
            "width": round(min(1 + 1.5 * math.log2(1 + max(weight, 0)), 8), 2),
            "arrows": "to" if g.is_directed() else "",
            "kg": details,
        }
        pair = (min(src, dst), max(src, dst))
        rank = parallel[pair]
        parallel[pair] += 1
        if rank:
            # Parallel edges would sit on top of each other; fan them out with static curves instead of
            # vis-network's "dynamic" smoothing, which adds an invisible physics node per edge.
            clockwise = (rank % 2 == 1) == (src <= dst)
            item["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(min(0.2 * ((rank + 1) // 2), 1.0), 2),
            }
        items.append(item)
    return items, {record[1] for record in records}


def _evidence_records(evidence: object) -> list[dict[str, str]]:
    """The evidence quotes for the side panel: sentence, document, source, URL (as text) and date."""
    if not isinstance(evidence, list | tuple):
        return []
    records = []
    for item in evidence:
        if not isinstance(item, Mapping):
            continue
        sentence = _clean(item.get("sentence"), _SENTENCE_MAX)
        if not sentence:
            continue
        records.append(
            {
                "sentence": sentence,
                "document": _clean(item.get("document_title"), _FIELD_MAX),
                "source": _clean(item.get("source"), _FIELD_MAX),
                "url": _clean(item.get("url"), _FIELD_MAX),
                "date": _clean(item.get("date"), 40),
                "read_by": _clean(item.get("read_by"), _FIELD_MAX),
            }
        )
    return records


def _meta(
    g: nx.Graph,
    nodes: Sequence[Mapping[str, Any]],
    edges: Sequence[Mapping[str, Any]],
    parts: Communities,
    labels: Mapping[Any, str],
    max_nodes: int,
    size_by: str,
) -> dict[str, Any]:
    """What the page's script needs besides nodes and edges: the cap, the time range, the communities."""
    spans = [item["kg"]["span"] for item in [*nodes, *edges] if item["kg"]["span"]]
    time = None
    if spans:
        start, end = min(s[0] for s in spans), max(s[1] for s in spans)
        first_year, first_month = int(start[:4]), int(start[5:7])
        months = (int(end[:4]) - first_year) * 12 + int(end[5:7]) - first_month + 1
        time = {"start": start[:7], "year": first_year, "month": first_month, "months": months}
    listed = []
    for index, members in enumerate(parts.groups[: len(COMMUNITY_COLOURS)]):
        if len(members) < 2:
            break
        leaders = sorted(members, key=lambda n: (-g.degree(n), str(n)))[:3]
        listed.append(
            {
                "index": index,
                "size": len(members),
                "colour": COMMUNITY_COLOURS[index],
                "names": [labels[n] for n in leaders],
            }
        )
    return {
        "nodes": len(nodes),
        "edges": len(edges),
        "max_nodes": max_nodes,
        "capped": len(nodes) > max_nodes,
        "size_by": size_by,
        "size_name": _MEASURE_NAMES[size_by],
        "time": time,
        "communities": listed,
        "community_count": len(parts.groups),
        "modularity": None if parts.modularity is None else round(parts.modularity, 4),
        "community_colours": list(COMMUNITY_COLOURS),
        "community_other": _COMMUNITY_OTHER,
    }


# ---------------------------------------------------------------- layout for large graphs


def _spring(
    n: int, pairs: np.ndarray, weights: np.ndarray, iterations: int, seed: int, gravity: float = 0.05
) -> np.ndarray:
    """Fruchterman-Reingold positions in about a unit square (numpy; networkx's needs SciPy past 500 nodes)."""
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    if n < 2:
        return np.zeros((n, 2))
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    k = 1.0 / math.sqrt(n)
    step = 0.1
    cool = step / (iterations + 1)
    # Rows at a time keep the n x n repulsion matrices within a few tens of megabytes.
    chunk = max(1, 2_000_000 // n)
    a, b = (pairs[:, 0], pairs[:, 1]) if len(pairs) else (np.zeros(0, int), np.zeros(0, int))
    for _ in range(iterations):
        dx_sum, dy_sum = np.empty(n), np.empty(n)
        for start in range(0, n, chunk):
            dx = x[start : start + chunk, None] - x[None, :]
            dy = y[start : start + chunk, None] - y[None, :]
            force = k * k / np.maximum(dx * dx + dy * dy, 1e-6)
            dx_sum[start : start + chunk] = (dx * force).sum(axis=1)
            dy_sum[start : start + chunk] = (dy * force).sum(axis=1)
        if len(a):
            ex, ey = x[a] - x[b], y[a] - y[b]
            pull = np.maximum(np.sqrt(ex * ex + ey * ey), 1e-3) * weights / k
            dx_sum += np.bincount(b, ex * pull, n) - np.bincount(a, ex * pull, n)
            dy_sum += np.bincount(b, ey * pull, n) - np.bincount(a, ey * pull, n)
        # A pull towards the middle keeps parts with no links from drifting off and stretching the picture.
        dx_sum -= (x - x.mean()) * (gravity / k)
        dy_sum -= (y - y.mean()) * (gravity / k)
        length = np.maximum(np.sqrt(dx_sum * dx_sum + dy_sum * dy_sum), 1e-9)
        scale = np.minimum(length, step) / length
        x += dx_sum * scale
        y += dy_sum * scale
        step -= cool
    return np.column_stack([x, y])


def _separate(centres: np.ndarray, radii: np.ndarray, rounds: int = 200) -> np.ndarray:
    """Push overlapping discs apart until none overlap (or `rounds` run out)."""
    centres = centres.copy()
    if len(centres) < 2:
        return centres
    for _ in range(rounds):
        delta = centres[:, None, :] - centres[None, :, :]
        dist = np.sqrt((delta**2).sum(axis=-1))
        overlap = radii[:, None] + radii[None, :] - dist
        np.fill_diagonal(overlap, 0.0)
        if overlap.max() <= 0.5:
            break
        # Coincident centres get a fixed nudge direction so they can part at all.
        direction = np.where(dist[..., None] > 1e-9, delta / np.maximum(dist, 1e-9)[..., None], [1.0, 0.0])
        push = (np.maximum(overlap, 0.0) / 2 + 0.5 * (overlap > 0))[..., None] * direction
        centres += push.sum(axis=1) / 2
    return centres


def _layout(g: nx.Graph, parts: Communities) -> dict[Any, tuple[float, float]]:
    """Positions for a large graph: each community laid out on its own disc, discs placed by their links.

    Costs grow with the square of the biggest community rather than of the whole graph, and communities
    come out as visible clusters. Communities that stand alone (small separate components) are packed in
    rows under the picture, and unconnected nodes in a grid under those.
    """
    nodes = sorted(g, key=str)
    index = {node: i for i, node in enumerate(nodes)}
    weights: dict[tuple[int, int], float] = defaultdict(float)
    for u, v, _, _ in _edges(g):
        a, b = sorted((index[u], index[v]))
        if a != b:
            weights[(a, b)] += 1.0
    linked = {i for pair in weights for i in pair}
    member = [parts.membership.get(node, 0) for node in nodes]
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted(linked):
        groups[member[i]].append(i)
    inner: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    between: dict[tuple[int, int], float] = defaultdict(float)
    for (a, b), w in weights.items():
        if member[a] == member[b]:
            inner[member[a]].append((a, b, w))
        else:
            between[(min(member[a], member[b]), max(member[a], member[b]))] += w
    order = sorted(groups, key=lambda c: (-len(groups[c]), c))

    local = np.zeros((len(nodes), 2))
    radius: dict[int, float] = {}
    for c in order:
        members = groups[c]
        at = {i: j for j, i in enumerate(members)}
        pairs = np.array([(at[a], at[b]) for a, b, _ in inner[c]], dtype=int).reshape(-1, 2)
        strength = np.array([1.0 + math.log(w) for _, _, w in inner[c]])
        pos = _spring(len(members), pairs, strength, 50 if len(members) <= 1000 else 30, _LAYOUT_SEED + c)
        pos -= pos.mean(axis=0)
        reach = float(np.sqrt((pos**2).sum(axis=-1)).max()) if len(members) > 1 else 0.0
        r = _NODE_SPACING * math.sqrt(len(members))
        local[members] = pos / reach * r if reach > 0 else pos
        radius[c] = r + _NODE_SPACING / 2

    joined = {c for pair in between for c in pair}
    main = [c for c in order if c in joined] or order[:1]
    centre: dict[int, np.ndarray] = {}
    if main:
        slot = {c: k for k, c in enumerate(main)}
        pairs = np.array([(slot[a], slot[b]) for a, b in between], dtype=int).reshape(-1, 2)
        strength = np.array([1.0 + math.log(w) for w in between.values()])
        radii = np.array([radius[c] for c in main])
        centres = _spring(len(main), pairs, strength, 80, _LAYOUT_SEED, gravity=0.2)
        # Scale the community map to roughly the area its discs need, then part any that still overlap.
        centres = centres * math.sqrt(float((radii**2).sum()) * math.pi) * 1.2
        centres = _separate(centres, radii, rounds=200 if len(main) <= 1000 else 30)
        centre = {c: centres[slot[c]] for c in main}

    # Shelf-pack the communities that stand alone, biggest first, in rows as wide as the picture.
    left = min((centre[c][0] - radius[c] for c in centre), default=0.0)
    right = max((centre[c][0] + radius[c] for c in centre), default=0.0)
    top = max((centre[c][1] + radius[c] for c in centre), default=0.0) + _NODE_SPACING
    alone = [c for c in order if c not in centre]
    width = max(right - left, math.sqrt(sum((2 * radius[c]) ** 2 for c in alone)), 1.0)
    x, row_height = left, 0.0
    for c in alone:
        if x > left and x + 2 * radius[c] > left + width:
            x, top, row_height = left, top + row_height, 0.0
        centre[c] = np.array([x + radius[c], top + radius[c]])
        x += 2 * radius[c]
        row_height = max(row_height, 2 * radius[c])
    top += row_height

    out: dict[Any, tuple[float, float]] = {}
    for c in order:
        for i in groups[c]:
            px, py = centre[c] + local[i]
            out[nodes[i]] = (round(float(px), 1), round(float(py), 1))
    # Unconnected nodes go in a grid at the bottom, where they neither hide nor stretch the picture.
    lonely = [node for i, node in enumerate(nodes) if i not in linked]
    columns = max(1, math.ceil(math.sqrt(len(lonely))), int(width / 40.0))
    for k, node in enumerate(lonely):
        row, column = divmod(k, columns)
        out[node] = (round(left + column * 40.0, 1), round(top + 80.0 + row * 40.0, 1))
    return out


# ---------------------------------------------------------------- helpers


def _edges(g: nx.Graph) -> Iterator[tuple[Any, Any, Any, Mapping[str, Any]]]:
    """Yield (source, target, key, attributes), also for graphs that are not multigraphs."""
    if g.is_multigraph():
        yield from g.edges(keys=True, data=True)
    else:
        for source, target, attrs in g.edges(data=True):
            yield source, target, 0, attrs


def _finite(value: object) -> float | None:
    """Return `value` as a float if it is a finite real number, else None."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        with contextlib.suppress(OverflowError):
            number = float(value)
            if math.isfinite(number):
                return number
    return None


def _relation_name(value: object) -> str:
    """Return the relation's local name (IRIs are cut after their last / or #)."""
    text = str(value) if value is not None else ""
    return _clean(re.split(r"[/#]", text)[-1], _LABEL_MAX) or "relatedTo"


def _family(relation: str, source_type: str, target_type: str) -> str:
    """Return the relation family; finer sub-properties are placed by their endpoint types."""
    if relation in _RELATION_FAMILY:
        return _RELATION_FAMILY[relation]
    ends = {source_type, target_type}
    if "Attack" in ends:
        return "geography" if "Location" in ends else "attack role"
    if "Location" in ends:
        return "geography"
    if "Person" in ends:
        return "person affiliation"
    if ends <= {"Group", "Organization"}:
        return "group relation"
    return "other"


def _evidence_lines(evidence: object) -> list[str]:
    """Return tooltip lines for the first few evidence records: sentence, then title and source."""
    if not isinstance(evidence, list | tuple):
        return []
    records = [item for item in evidence if isinstance(item, Mapping) and _clean(item.get("sentence"), 1)]
    lines = []
    for number, item in enumerate(records[:_EVIDENCE_SHOWN], start=1):
        lines.append(f"[{number}/{len(records)}] \u201c{_clean(item.get('sentence'), _SENTENCE_MAX)}\u201d")
        document = _clean(item.get("document_title"), _FIELD_MAX) or "untitled document"
        source = _clean(item.get("source"), _FIELD_MAX)
        lines.append(f"    \u2014 {document}" + (f" ({source})" if source else ""))
    return lines


def _aliases(value: object, label: str) -> list[str]:
    """Return the cleaned, de-duplicated aliases other than the label itself."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Iterable):
        return []
    seen = {label.casefold()}
    aliases = []
    for alias in value:
        text = _clean(alias, _ALIAS_MAX)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            aliases.append(text)
    return aliases


def _number(value: object) -> str:
    """Format a count for a tooltip; anything that is not a plausible number reads as "unknown"."""
    if isinstance(value, bool):
        return "unknown"
    # Huge ints are refused by str() (Python's digit limit), so bound them first.
    if isinstance(value, int) and abs(value) < 10**15:
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return f"{value:g}"
    if isinstance(value, str):
        return _clean(value, 40) or "unknown"
    return "unknown"


def _confidence_text(value: object) -> str:
    """Format a confidence for a tooltip."""
    number = _finite(value)
    return "unknown" if number is None else f"{number:.2f}"


def _clean(value: object, limit: int) -> str:
    """Return `value` as one line of plain text without control or bidi characters, at most `limit` long."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    text = _UNSAFE_CHARS.sub("", _LINE_BREAKS.sub(" ", text))
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "\u2026"
    return text


def _tooltip(lines: Iterable[str]) -> str:
    """Join cleaned lines into a capped plain-text tooltip in which "href" never occurs."""
    text = "\n".join(lines)
    if len(text) > _TITLE_MAX:
        text = text[: _TITLE_MAX - 1] + "\u2026"
    return _HREF.sub("\\1\u200b\\2", text)


def _options(n_nodes: int, n_edges: int, *, precomputed: bool = False) -> dict[str, Any]:
    """Return the vis-network options: capped barnesHut stabilisation, or none over a precomputed layout."""
    big = n_edges > 2000 or n_nodes > PHYSICS_MAX_NODES
    return {
        "autoResize": True,
        "layout": {"randomSeed": _LAYOUT_SEED, "improvedLayout": not precomputed},
        "physics": {
            "enabled": not precomputed,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.3,
                "springLength": 140,
                "springConstant": 0.04,
                "damping": 0.12,
                "avoidOverlap": 0.2,
            },
            "minVelocity": 0.75,
            "stabilization": {
                "enabled": not precomputed,
                "iterations": _STABILISATION_ITERATIONS,
                "updateInterval": 25,
                "fit": True,
            },
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            # Labels fade out once they would be drawn smaller than this many pixels (zoomed out).
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "edges": {
            # Straight edges on big graphs: curves cost a bezier per edge on every frame.
            "smooth": {"enabled": not big, "type": "continuous", "roundness": 0.3},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 10, "align": "middle", "color": "#444444", "strokeWidth": 3},
            "scaling": {"label": {"drawThreshold": 9}},
        },
        "interaction": {
            "hover": not big,
            "tooltipDelay": 150,
            # Redrawing thousands of edges while dragging makes big graphs unusable.
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
        },
    }


def _write_atomic(path: Path, text: str) -> None:
    """Write `text` to a temp file next to `path`, then move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; the page is meant to be shared
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise

"""Render the kg graph as one self-contained, offline, interactive HTML page (pyvis + vis-network).

All text on the page comes from news articles and is treated as hostile: it is cleaned, capped, kept as
plain text (vis-network shows string tooltips with ``innerText``) and reaches the page only as escaped JSON.
"""

import contextlib
import functools
import math
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from pyvis.network import Network

__all__ = ["EDGE_FAMILIES", "NODE_STYLES", "EdgeStyle", "NodeStyle", "render_html"]


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
    **dict.fromkeys(["operatesIn", "locatedIn", "location"], "geography"),
    **dict.fromkeys(
        ["perpetrator", "claimedBy", "attributedTo", "suspectedPerpetrator", "deniedBy"], "attack role"
    ),
}

_TEMPLATE_DIR = Path(__file__).parent / "templates"
_TEMPLATE = "graph.html"
# The vis-network build that pyvis 0.3.2's own template inlines; we inline the same file.
_VIS_NETWORK_JS = "lib/vis-9.1.2/vis-network.min.js"

# Caps keep a single hostile or garbled record from producing a screen-filling tooltip.
_LABEL_MAX = 80
_ALIAS_MAX = 60
_ALIASES_SHOWN = 8
_FIELD_MAX = 200
_SENTENCE_MAX = 300
_EVIDENCE_SHOWN = 3
_TITLE_MAX = 2000
_PAGE_TITLE_MAX = 200

_STABILISATION_ITERATIONS = 300
_LAYOUT_SEED = 42

_LINE_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+")
# C0/C1 controls, lone surrogates (unencodable) and bidi controls (they can reorder what an analyst reads).
_UNSAFE_CHARS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# pyvis (and copies of its template) switch tooltips to an innerHTML popup when a title contains "href".
_HREF = re.compile("(hre)(f)", re.IGNORECASE)


def render_html(g: nx.MultiDiGraph, path: Path | str, *, title: str = "kg knowledge graph") -> Path:
    """Write `g` as one self-contained interactive HTML page at `path` and return the path."""
    path = Path(path)
    types = {node: _entity_type(attrs) for node, attrs in g.nodes(data=True)}
    labels = {node: _node_label(node, attrs) for node, attrs in g.nodes(data=True)}
    nodes = [
        _node_item(node, g.nodes[node], types[node], labels[node], g.degree(node))
        for node in sorted(g, key=str)
    ]
    edges, families = _edge_items(g, types, labels)

    # The default "local" mode copies a lib/ folder into the working directory; in_line never does.
    net = Network(directed=True, cdn_resources="in_line", heading="")
    # Assigned in bulk: pyvis' add_node/add_edge scan lists on every call (quadratic on big graphs).
    net.nodes = nodes
    net.edges = edges
    net.node_ids = [item["id"] for item in nodes]
    net.node_map = {item["id"]: item for item in nodes}
    net.options = _options(len(nodes), len(edges))
    net.templateEnv = _environment(net.template_dir, title, Counter(types.values()), families)
    net.path = _TEMPLATE
    _write_atomic(path, net.generate_html())
    return path


def _environment(pyvis_dir: str, title: str, counts: Mapping[str, int], families: set[str]) -> Environment:
    """Build the autoescaping Jinja environment holding this page's title and legend."""
    env = Environment(
        loader=FileSystemLoader(_TEMPLATE_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
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


def _node_item(node: object, attrs: Mapping[str, Any], kind: str, label: str, degree: int) -> dict[str, Any]:
    """Build the vis-network record for one node."""
    style = NODE_STYLES.get(kind, _OTHER_NODE)
    subtype = _clean(attrs.get("subtype"), _FIELD_MAX)
    lines = [label, f"Type: {kind}" + (f" ({subtype})" if subtype else "")]
    aliases = _aliases(attrs.get("aliases"), label)
    if aliases:
        shown = "; ".join(aliases[:_ALIASES_SHOWN])
        more = len(aliases) - _ALIASES_SHOWN
        lines.append(f"Aliases: {shown}" + (f" (+{more} more)" if more > 0 else ""))
    lines.append(f"Documents: {_number(attrs.get('documents'))}")
    if kind == "Attack":
        lines.append(f"Date: {_clean(attrs.get('date'), _FIELD_MAX) or 'unknown'}")
        killed, wounded = _number(attrs.get("killed")), _number(attrs.get("wounded"))
        lines.append(f"Killed: {killed} \u00b7 Wounded: {wounded}")
    lines.append(f"IRI: {_clean(node, _FIELD_MAX)}")
    return {
        "id": str(node),
        "label": label,
        "title": _tooltip(lines),
        "color": style.colour,
        "shape": style.shape,
        # sqrt keeps hubs visible without letting them swallow the canvas.
        "size": round(min(12 + 6 * math.sqrt(degree), 48), 2),
    }


def _edge_items(
    g: nx.MultiDiGraph, types: Mapping[Any, str], labels: Mapping[Any, str]
) -> tuple[list[dict[str, Any]], set[str]]:
    """Build the vis-network records for all edges in a stable order, and the relation families used."""
    records = []
    for source, target, key, attrs in _edges(g):
        relation = _relation_name(attrs.get("relation"))
        family = _family(relation, types[source], types[target])
        lines = [
            f"{relation}: {labels[source]} \u2192 {labels[target]}",
            f"Confidence: {_confidence_text(attrs.get('confidence'))}"
            f" \u00b7 Status: {_clean(attrs.get('status'), _FIELD_MAX) or 'unknown'}",
            *_evidence_lines(attrs.get("evidence")),
        ]
        tooltip = _tooltip(lines)
        order = (str(source), str(target), relation, tooltip, str(key))
        confidence = _finite(attrs.get("confidence"))
        records.append(
            (order, family, tooltip, 0.0 if confidence is None else min(max(confidence, 0.0), 1.0))
        )
    records.sort(key=lambda record: record[0])

    items = []
    parallel: Counter[tuple[str, str]] = Counter()
    for index, ((src, dst, relation, _, _), family, tooltip, confidence) in enumerate(records):
        style = EDGE_FAMILIES[family]
        item: dict[str, Any] = {
            "id": f"e{index}",
            "from": src,
            "to": dst,
            "label": relation,
            "title": tooltip,
            "color": {"color": style.colour, "highlight": style.colour, "hover": style.colour},
            "dashes": style.dashes or False,
            "width": round(1 + 2 * confidence, 2),
            "arrows": "to",
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


def _edges(g: nx.MultiDiGraph) -> Iterator[tuple[Any, Any, Any, Mapping[str, Any]]]:
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


def _options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """Return the vis-network options: capped barnesHut stabilisation, no hidden smoothing nodes."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": _LAYOUT_SEED},
        "physics": {
            "enabled": True,
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
                "enabled": True,
                "iterations": _STABILISATION_ITERATIONS,
                "updateInterval": 25,
                "fit": True,
            },
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 10, "align": "middle", "color": "#444444", "strokeWidth": 3},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            # Redrawing thousands of edges while dragging makes big graphs unusable.
            "hideEdgesOnDrag": n_edges > 2000,
            "hideEdgesOnZoom": n_edges > 2000,
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

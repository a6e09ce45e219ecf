"""Export a built graph: Turtle, N-Triples, N-Quads, TriG, JSON-LD, GraphML, GEXF and CSV.

The RDF formats are written by Oxigraph from the graph's store. N-Quads and TriG
put what each document says in a named graph of its own, named by the document's
IRI: the document node (title, date, source, mentions), the evidence read in it,
and the statements derived from that evidence (a statement backed by several
documents is in each of their graphs, with only that document's evidence).
Entities, attacks, their plain triples, extractors and gazetteer background are
in the default graph. The union of all graphs is exactly `graph.ttl`.

JSON-LD is written as a flat `@graph` with an inline `@context` of prefixes:
never a remote context, which a reader would have to fetch. GraphML, GEXF (for
Gephi) and CSV come from the networkx projection of `kg.analysis`: nodes are
typed and labelled, lists are joined into strings (both formats want scalars),
and each edge carries its relation, status, confidence and evidence sentences.

Every file is written to a temporary name and renamed, so an export is never
left half-written; CSV is a folder (`nodes.csv`, `edges.csv`) swapped in whole.
"""

from __future__ import annotations

import csv
import json
import os
import secrets
import shutil
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox

from kg.ns import EKG, PROV, RDF, file_prefixes

__all__ = [
    "FORMATS",
    "context",
    "default_path",
    "document_quads",
    "export",
    "flat_networkx",
]

# Format name -> file suffix ("" for a folder).
FORMATS: dict[str, str] = {
    "turtle": ".ttl",
    "nt": ".nt",
    "nquads": ".nq",
    "trig": ".trig",
    "jsonld": ".jsonld",
    "graphml": ".graphml",
    "gexf": ".gexf",
    "csv": "",
}
_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
EXPORT_DIR = "exports"
# Node colours for Gephi, by type (the palette of graph.html's legend is not shared: Gephi wants RGB).
_COLOURS = {
    "Group": (214, 39, 40),
    "Organization": (31, 119, 180),
    "Person": (44, 160, 44),
    "Location": (148, 103, 189),
    "Attack": (255, 127, 14),
}
_DEFAULT = ox.DefaultGraph()
_TYPE = ox.NamedNode(str(RDF.type))
_DERIVED = ox.NamedNode(str(PROV.wasDerivedFrom))
_IN_DOCUMENT = ox.NamedNode(str(EKG.inDocument))
_DOCUMENT = ox.NamedNode(str(EKG.Document))
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def context() -> dict[str, str]:
    """The inline JSON-LD context: the same prefixes, nothing to fetch."""
    return file_prefixes()


def default_path(location: str | Path, fmt: str) -> Path:
    """Where `kg export DIR --format FMT` writes without `--out`: `DIR/exports/graph.EXT` (a folder for CSV)."""
    folder = Path(location)
    if folder.is_file():
        folder = folder.parent
    return folder / EXPORT_DIR / ("csv" if fmt == "csv" else f"graph{FORMATS[fmt]}")


def export(location: str | Path, fmt: str, out: str | Path | None = None) -> Path:
    """Export the graph built in `location` as `fmt` to `out` (or the default path); the path written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    target = Path(out) if out is not None else default_path(location, fmt)
    if fmt in ("graphml", "gexf", "csv"):
        from kg.analysis import to_networkx
        from kg.store import open_graph

        graph = flat_networkx(to_networkx(open_graph(location)), colours=fmt == "gexf")
        if fmt == "csv":
            _write_csv(graph, target)
        else:
            writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
            _atomic(target, lambda fh: writer(graph, fh))
        return target
    from kg.store import load_store

    store = load_store(location)
    if fmt == "jsonld":
        _atomic(target, lambda fh: _write_jsonld(store, fh))
    elif fmt in ("nquads", "trig"):
        dataset = ox.Store()
        dataset.bulk_extend(document_quads(store))
        _atomic(target, lambda fh: dataset.dump(fh, format=_OX_FORMATS[fmt], prefixes=file_prefixes()))
    else:
        _atomic(
            target,
            lambda fh: store.dump(fh, format=_OX_FORMATS[fmt], from_graph=_DEFAULT, prefixes=file_prefixes()),
        )
    return target


def _atomic(target: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write a file through `write` to a temporary name in the same folder, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    # os.open with 0o666 lets the umask decide the mode, as for any ordinary file.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# ------------------------------------------------------------------ named graphs


def document_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """The store's triples as quads: each document's own triples in a graph named by its IRI."""
    evidence_doc: dict[Any, Any] = {
        q.subject: q.object for q in store.quads_for_pattern(None, _IN_DOCUMENT, None, _DEFAULT)
    }
    statement_docs: dict[Any, set[Any]] = defaultdict(set)
    for q in store.quads_for_pattern(None, _DERIVED, None, _DEFAULT):
        if q.object in evidence_doc:
            statement_docs[q.subject].add(evidence_doc[q.object])
    documents = {q.subject for q in store.quads_for_pattern(None, _TYPE, _DOCUMENT, _DEFAULT)}
    for q in store.quads_for_pattern(None, None, None, _DEFAULT):
        s = q.subject
        if s in documents:
            graphs: Iterable[Any] = (s,)
        elif s in evidence_doc:
            graphs = (evidence_doc[s],)
        elif s in statement_docs:
            if q.predicate == _DERIVED and q.object in evidence_doc:
                graphs = (evidence_doc[q.object],)  # each document's graph holds only its own evidence
            else:
                graphs = sorted(statement_docs[s], key=str)
        else:
            graphs = (_DEFAULT,)
        for graph in graphs:
            yield ox.Quad(s, q.predicate, q.object, graph)


# ------------------------------------------------------------------ JSON-LD


def _write_jsonld(store: ox.Store, fh: IO[bytes]) -> None:
    """A flat JSON-LD document: one node object per subject, compacted against the inline context."""
    compact = _Compactor(file_prefixes())
    fh.write(b'{\n"@context": ')
    fh.write(json.dumps(context(), indent=1, sort_keys=True).encode("utf-8"))
    fh.write(b',\n"@graph": [\n')
    first = True
    for node in _nodes(store):
        fh.write(b"" if first else b",\n")
        first = False
        fh.write(json.dumps(_node_object(node, compact), ensure_ascii=False, sort_keys=True).encode("utf-8"))
    fh.write(b"\n]\n}\n")


def _nodes(store: ox.Store) -> Iterator[list[ox.Quad]]:
    """The default graph's triples, grouped by subject (Oxigraph returns them subject by subject)."""
    current: list[ox.Quad] = []
    seen: set[Any] = set()
    for q in store.quads_for_pattern(None, None, None, _DEFAULT):
        if current and q.subject != current[0].subject:
            yield current
            current = []
        if not current and q.subject in seen:
            raise RuntimeError("the store did not return triples grouped by subject")
        if not current:
            seen.add(q.subject)
        current.append(q)
    if current:
        yield current


class _Compactor:
    """Shortens IRIs to prefix:local against the context, only where that reads back to the same IRI."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        # Longest namespace first, so `group:` wins over a shorter namespace that also matches.
        self.namespaces = sorted(((ns_, p) for p, ns_ in prefixes.items()), key=lambda x: -len(x[0]))

    def __call__(self, iri: str) -> str:
        for namespace, prefix in self.namespaces:
            if iri.startswith(namespace):
                local = iri[len(namespace) :]
                if local and not local.startswith("//"):
                    return f"{prefix}:{local}"
        return iri


def _node_object(quads: list[ox.Quad], compact: _Compactor) -> dict[str, Any]:
    subject = quads[0].subject
    node: dict[str, Any] = {"@id": _id(subject, compact)}
    properties: dict[str, list[Any]] = defaultdict(list)
    for q in quads:
        if q.predicate == _TYPE and isinstance(q.object, ox.NamedNode):
            properties["@type"].append(compact(q.object.value))
        else:
            properties[compact(q.predicate.value)].append(_value(q.object, compact))
    for key, values in properties.items():
        values.sort(key=lambda v: json.dumps(v, sort_keys=True))
        node[key] = values[0] if len(values) == 1 else values
    return node


def _id(term: Any, compact: _Compactor) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else compact(term.value)


def _value(term: Any, compact: _Compactor) -> Any:
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == _XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": compact(term.datatype.value)}
    return {"@id": _id(term, compact)}


# ------------------------------------------------------------------ networkx formats


def _join(values: Iterable[Any]) -> str:
    return "; ".join(str(v) for v in values if v not in (None, ""))


def flat_networkx(graph: nx.MultiDiGraph, *, colours: bool = False) -> nx.MultiDiGraph:
    """A copy of the projection with scalar attributes only and unique edge ids; GEXF colours if asked."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs: dict[str, Any] = {"iri": node}
        for key, value in data.items():
            if isinstance(value, (list, tuple, set)):
                value = _join(sorted(map(str, value)))
            if value not in (None, ""):
                attrs[key] = value
        colour = _COLOURS.get(str(data.get("type")))
        if colour and colours:  # GEXF's viz:color; GraphML has no place for it
            attrs["viz"] = {"color": {"r": colour[0], "g": colour[1], "b": colour[2], "a": 1.0}}
        flat.add_node(node, **attrs)
    for i, (u, v, key, data) in enumerate(sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])):
        evidence = data.get("evidence") or []
        attrs = {
            "relation": data.get("relation") or key,
            "base": key,
            "label": data.get("relation") or key,
            "status": data.get("status"),
            "confidence": data.get("confidence"),
            "evidence": len(evidence),
            "sentences": " | ".join(e.get("sentence", "") for e in evidence if e.get("sentence")),
            "sources": _join(dict.fromkeys(e.get("source") or e.get("document_title") for e in evidence)),
        }
        # Edge keys must be unique: GraphML edge ids are document-wide, and Gephi drops duplicates.
        flat.add_edge(u, v, key=f"e{i}", **{k: val for k, val in attrs.items() if val not in (None, "")})
    return flat


_NODE_COLUMNS = ("id", "label", "type", "subtype", "aliases", "documents", "date", "killed", "wounded")
_EDGE_COLUMNS = (
    "source",
    "source_label",
    "target",
    "target_label",
    "relation",
    "base",
    "status",
    "confidence",
    "evidence",
    "sources",
    "sentences",
)


def _write_csv(graph: nx.MultiDiGraph, target: Path) -> None:
    """`nodes.csv` and `edges.csv` in a folder written beside `target` and swapped in whole."""
    from kg.store import swap_in

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    os.mkdir(tmp)
    try:
        with open(tmp / "nodes.csv", "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, _NODE_COLUMNS, extrasaction="ignore")
            writer.writeheader()
            for node, data in sorted(graph.nodes(data=True)):
                writer.writerow({"id": node, **data})
        with open(tmp / "edges.csv", "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, _EDGE_COLUMNS, extrasaction="ignore")
            writer.writeheader()
            for u, v, data in graph.edges(data=True):
                writer.writerow(
                    {
                        "source": u,
                        "source_label": graph.nodes[u].get("label"),
                        "target": v,
                        "target_label": graph.nodes[v].get("label"),
                        **data,
                    }
                )
        swap_in(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise

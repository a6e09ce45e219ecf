"""Project the RDF graph into networkx for visualisation and analysis, and count what it holds.

The projection reads exactly the shape `kg.rdf` writes: typed entity and attack
nodes, plain relation triples, and `ekg:Statement` nodes whose evidence gives
each edge its confidence, status and sentences.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg import ns
from kg.ns import DCTERMS, EKG, PROV, RDF, RDFS, SKOS

__all__ = ["stats", "to_networkx"]

NODE_TYPES = ("Group", "Organization", "Person", "Location", "Attack")
STAT_CLASSES = (*NODE_TYPES, "Document")
# Attack properties that link to a node; suspected and denied are their own edges, never perpetrator.
ATTACK_EDGES = ("perpetrator", "suspectedPerpetrator", "deniedBy", "location")
EDGE_BASES = (*ns.RELATIONS, *ATTACK_EDGES)
# When several statuses back one edge, the strongest names it.
_STATUS_ORDER = ("Claimed", "Attributed", "Asserted", "Suspected", "Denied", "Background")


def _subproperties(base: str) -> list[str]:
    """Direct sub-properties of `base`, most specific first in the order ns lists them."""
    return [p for p, parent in ns.SUBPROPERTY_PARENT.items() if parent == base]


def _local(iri: Node) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _text(g: Graph, node: Node, prop: URIRef) -> str | None:
    values = sorted(str(o) for o in g.objects(node, prop))
    return values[0] if values else None


def _int(g: Graph, node: Node, prop: URIRef) -> int | None:
    for o in sorted(g.objects(node, prop)):
        if isinstance(o, Literal) and str(o).lstrip("-").isdigit():
            return int(str(o))
    return None


@dataclass
class _Statement:
    predicate: str
    status: str | None
    confidence: float | None
    evidence: list[Node] = field(default_factory=list)


def _statements(g: Graph) -> dict[tuple[Node, Node], list[_Statement]]:
    """Every ekg:Statement, indexed by the (subject, object) of the triple it qualifies."""
    index: dict[tuple[Node, Node], list[_Statement]] = defaultdict(list)
    for st in set(g.subjects(RDF.type, EKG.Statement)):
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        if s is None or p is None or o is None:
            continue
        status = g.value(st, EKG.claimStatus)
        confidences = [float(c) for c in g.objects(st, EKG.confidence) if isinstance(c, Literal)]
        index[(s, o)].append(
            _Statement(
                predicate=_local(p),
                status=_local(status) if status is not None else None,
                confidence=max(confidences) if confidences else None,
                evidence=sorted(g.objects(st, PROV.wasDerivedFrom)),
            )
        )
    return index


def _evidence_record(g: Graph, ev: Node, cache: dict[Node, dict[str, Any]]) -> dict[str, Any]:
    if ev not in cache:
        doc = g.value(ev, EKG.inDocument)
        cache[ev] = {
            "sentence": _text(g, ev, EKG.sentenceText) or "",
            "document_title": _text(g, doc, DCTERMS.title) if doc is not None else None,
            "source": _text(g, doc, DCTERMS.source) if doc is not None else None,
            "start": _int(g, ev, EKG.startOffset),
            "end": _int(g, ev, EKG.endOffset),
        }
    return cache[ev]


def _evidence_key(record: dict[str, Any]) -> tuple:
    return (
        record["document_title"] or "",
        record["source"] or "",
        record["start"] if record["start"] is not None else -1,
        record["end"] if record["end"] is not None else -1,
        record["sentence"],
    )


def _add_nodes(g: Graph, nxg: nx.MultiDiGraph) -> None:
    mentioned_by: Counter[Node] = Counter()
    for _doc, target in set(g.subject_objects(EKG.mentions)):
        mentioned_by[target] += 1
    for type_ in NODE_TYPES:
        for node in sorted(set(g.subjects(RDF.type, EKG[type_]))):
            key = str(node)
            if key in nxg or not isinstance(node, URIRef):
                continue
            attrs: dict[str, Any] = {
                "label": _text(g, node, RDFS.label) or key,
                "type": type_,
                "subtype": _text(g, node, EKG.subtype),
                "aliases": sorted({str(a) for a in g.objects(node, SKOS.altLabel)}),
                "documents": mentioned_by[node],
            }
            if type_ == "Attack":
                attrs["date"] = _text(g, node, EKG.date)
                attrs["killed"] = _int(g, node, EKG.killed)
                attrs["wounded"] = _int(g, node, EKG.wounded)
            nxg.add_node(key, **attrs)


def _pick_status(statements: list[_Statement], relation: str, base: str) -> str | None:
    for wanted in (relation, base):
        statuses = sorted(st.status for st in statements if st.predicate == wanted and st.status)
        if statuses:
            return min(statuses, key=lambda s: _STATUS_ORDER.index(s) if s in _STATUS_ORDER else 99)
    return None


def _add_edges(g: Graph, nxg: nx.MultiDiGraph) -> None:
    statements = _statements(g)
    evidence_cache: dict[Node, dict[str, Any]] = {}
    for base in EDGE_BASES:
        subs = _subproperties(base)
        pairs = set(g.subject_objects(EKG[base]))
        for sub in subs:
            pairs |= set(g.subject_objects(EKG[sub]))
        for s, o in sorted(pairs):
            if str(s) not in nxg or str(o) not in nxg:
                continue
            present = [sub for sub in subs if (s, EKG[sub], o) in g]
            relation = present[0] if present else base
            matching = [st for st in statements.get((s, o), []) if st.predicate in {base, *subs}]
            confidences = [st.confidence for st in matching if st.confidence is not None]
            records = {
                _evidence_key(r): r
                for st in matching
                for r in (_evidence_record(g, ev, evidence_cache) for ev in st.evidence)
            }
            # The key is the base relation, so there is one edge per (s, base, o) whatever its sub-properties.
            nxg.add_edge(
                str(s),
                str(o),
                key=base,
                relation=relation,
                confidence=max(confidences) if confidences else None,
                evidence=[dict(records[k]) for k in sorted(records)],
                status=_pick_status(matching, relation, base),
            )


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities and attacks as nodes (id = IRI), relations and attack roles as edges with evidence."""
    nxg = nx.MultiDiGraph()
    _add_nodes(graph, nxg)
    _add_edges(graph, nxg)
    return nxg


def stats(graph: Graph) -> dict[str, Any]:
    """Counts by class and by relation, the number of triples, and the ten best-connected entities."""
    classes = {c: len(set(graph.subjects(RDF.type, EKG[c]))) for c in STAT_CLASSES}
    relation_names = [*ns.RELATIONS, *ATTACK_EDGES, *ns.SUBPROPERTY_PARENT]
    relations = {
        r: sum(1 for _ in graph.triples((None, EKG[r], None))) for r in dict.fromkeys(relation_names)
    }
    nxg = to_networkx(graph)
    entities = [(n, d) for n, d in nxg.nodes(data=True) if d["type"] != "Attack"]
    ranked = sorted(entities, key=lambda nd: (-nxg.degree(nd[0]), nd[1]["label"], nd[0]))
    top = [
        {"label": d["label"], "type": d["type"], "degree": nxg.degree(n), "iri": n} for n, d in ranked[:10]
    ]
    return {"classes": classes, "relations": relations, "triples": len(graph), "top_entities": top}

"""Project the RDF graph into networkx and analyse it: centrality, communities, paths, timelines, genealogy.

The projection reads exactly the shape `kg.rdf` writes: typed entity and attack
nodes, plain relation triples, and `ekg:Statement` nodes whose evidence gives
each edge its confidence, status and sentences. Everything after the projection
works on plain networkx graphs, so notebooks can hand in graphs of their own.
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import networkx as nx
import numpy as np
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg import ns
from kg.ns import DCTERMS, EKG, PROV, RDF, RDFS, SCHEMA, SKOS

__all__ = [
    "Communities",
    "EntityNotFound",
    "View",
    "attacks",
    "bridges",
    "brokers",
    "centrality",
    "communities",
    "components",
    "ego",
    "find_entity",
    "genealogy",
    "most_active",
    "pagerank",
    "paths",
    "period",
    "select",
    "stats",
    "timelines",
    "to_networkx",
]

NODE_TYPES = ("Group", "Organization", "Person", "Location", "Attack")
STAT_CLASSES = (*NODE_TYPES, "Document")
# Attack properties that link to a node; suspected and denied are their own edges, never perpetrator.
ATTACK_EDGES = ("perpetrator", "suspectedPerpetrator", "deniedBy", "location")
EDGE_BASES = (*ns.RELATIONS, *ATTACK_EDGES)
GROUP_RELATIONS = ("affiliateOf", "formedFrom", "alliedWith", "rivalOf")
# When several statuses back one edge, the strongest names it.
_STATUS_ORDER = ("Claimed", "Attributed", "Asserted", "Suspected", "Denied", "Background")
# The evidence fields `to_networkx(graph)` has always given; views add the document's date and URL.
_LEGACY_EVIDENCE = ("sentence", "document_title", "source", "start", "end")
_SEED = 42
# Exact betweenness is O(nodes x edges); past this many nodes it is estimated from sampled sources.
BETWEENNESS_EXACT_LIMIT = 1000
BETWEENNESS_SAMPLES = 200


class View(StrEnum):
    """Which part of the knowledge graph a projection keeps."""

    ALL = "all"  # every entity and attack, every relation and attack role
    GROUPS = "groups"  # group-to-group relations: affiliates, splinters, allies, rivals
    GROUP_LOCATION = "group-location"  # where groups operate and attack, with the places' containment
    PERSON_ORGANISATION = "person-organisation"  # people and the organisations and groups they belong to
    CO_MENTION = "co-mention"  # entities named in the same document or sentence, weighted


class EntityNotFound(LookupError):
    """No node is called by the name given; `suggestions` holds the closest names."""

    def __init__(self, name: str, suggestions: Sequence[str] = ()) -> None:
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no entity is called {name!r}{hint}")
        self.name = name
        self.suggestions = list(suggestions)


# ---------------------------------------------------------------- projection


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
            "date": _text(g, doc, DCTERMS.date) if doc is not None else None,
            "url": _text(g, doc, SCHEMA.url) if doc is not None else None,
            # which extractor read it: the rules, or the pair model ("spacy-rules-pair-model")
            "read_by": _text(g, reader, RDFS.label)
            if (reader := g.value(ev, PROV.wasAttributedTo))
            else None,
        }
    return cache[ev]


def _evidence_key(record: Mapping[str, Any]) -> tuple:
    return (
        record["document_title"] or "",
        record["source"] or "",
        record["start"] if record["start"] is not None else -1,
        record["end"] if record["end"] is not None else -1,
        record["sentence"],
    )


def _document_dates(g: Graph) -> dict[Node, str]:
    return {doc: str(date) for doc, date in g.subject_objects(DCTERMS.date)}


def _add_nodes(g: Graph, nxg: nx.MultiDiGraph, rich: bool) -> None:
    mentioned_by: Counter[Node] = Counter()
    seen: dict[Node, list[str]] = defaultdict(list)
    doc_dates = _document_dates(g) if rich else {}
    for doc, target in set(g.subject_objects(EKG.mentions)):
        mentioned_by[target] += 1
        if doc in doc_dates:
            seen[target].append(doc_dates[doc])
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
            if rich:
                dates = sorted(seen[node])
                attrs["first_seen"] = dates[0] if dates else None
                attrs["last_seen"] = dates[-1] if dates else None
            nxg.add_node(key, **attrs)


def _pick_status(statements: list[_Statement], relation: str, base: str) -> str | None:
    for wanted in (relation, base):
        statuses = sorted(st.status for st in statements if st.predicate == wanted and st.status)
        if statuses:
            return min(statuses, key=lambda s: _STATUS_ORDER.index(s) if s in _STATUS_ORDER else 99)
    return None


def _add_edges(g: Graph, nxg: nx.MultiDiGraph, rich: bool) -> None:
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
            evidence = [dict(records[k]) for k in sorted(records)]
            source = nxg.nodes[str(s)]
            # An attack's roles happened on the attack's date; a relation dates from its earliest report.
            if source["type"] == "Attack" and source.get("date"):
                date = source["date"]
            else:
                date = min((e["date"] for e in evidence if e["date"]), default=None)
            if not rich:
                evidence = [{k: e[k] for k in _LEGACY_EVIDENCE} for e in evidence]
            # The key is the base relation, so there is one edge per (s, base, o) whatever its sub-properties.
            nxg.add_edge(
                str(s),
                str(o),
                key=base,
                relation=relation,
                confidence=max(confidences) if confidences else None,
                evidence=evidence,
                status=_pick_status(matching, relation, base),
                evidence_count=len(evidence),
                date=date,
            )


def _project(graph: Graph, rich: bool) -> nx.MultiDiGraph:
    nxg = nx.MultiDiGraph()
    _add_nodes(graph, nxg, rich)
    _add_edges(graph, nxg, rich)
    return nxg


def to_networkx(graph: Graph, view: View | str | None = None) -> nx.MultiDiGraph | nx.Graph:
    """Project the RDF graph into networkx: node id = IRI, typed nodes, typed edges with their evidence.

    Nodes carry `label`, `type`, `subtype`, `aliases` and `documents` (how many
    documents mention them); attacks also `date`, `killed` and `wounded`. Edges
    are keyed by their base relation and carry `relation` (the finest property),
    `confidence`, `status`, `evidence`, `evidence_count` and `date`.

    With a `view` (see `View`), nodes also carry `first_seen` and `last_seen`
    (the dates of the documents that mention them) and each evidence record its
    document's `date` and `url`; every view but "all" keeps only the nodes that
    take part in one of its edges. Without one, the projection is the one
    `kg stats` has always used. The co-mention view is an undirected `nx.Graph`
    whose edges weigh the documents plus the sentences two entities share.
    """
    if view is None:
        return _project(graph, rich=False)
    view = View(view)
    full = _project(graph, rich=True)
    if view is View.ALL:
        return full
    if view is View.CO_MENTION:
        return _co_mention(graph, full)
    if view is View.GROUPS:
        groups = _of_type(full, "Group")
        return _subgraph(full, _edges_where(full, lambda u, v, k: k in GROUP_RELATIONS, groups, groups))
    if view is View.PERSON_ORGANISATION:
        people, bodies = _of_type(full, "Person"), _of_type(full, "Organization", "Group")
        return _subgraph(full, _edges_where(full, lambda u, v, k: k == "affiliatedWith", people, bodies))
    return _group_location(full)


def _of_type(g: nx.Graph, *types: str) -> set[Any]:
    return {n for n, d in g.nodes(data=True) if d.get("type") in types}


def _edges_where(g: nx.MultiDiGraph, keep: Any, sources: set[Any], targets: set[Any]) -> list[tuple]:
    return [
        (u, v, k, d)
        for u, v, k, d in g.edges(keys=True, data=True)
        if u in sources and v in targets and keep(u, v, k)
    ]


def _subgraph(full: nx.MultiDiGraph, edges: Iterable[tuple[Any, Any, Any, dict]]) -> nx.MultiDiGraph:
    """A new graph of `edges` and the nodes they touch, with the nodes' attributes, in a stable order."""
    edges = sorted(edges, key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    out = nx.MultiDiGraph()
    for node in sorted({n for u, v, _, _ in edges for n in (u, v)}, key=str):
        out.add_node(node, **full.nodes[node])
    for u, v, k, d in edges:
        out.add_edge(u, v, key=k, **d)
    return out


def _merge_evidence(*lists: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    records = {_evidence_key(r): dict(r) for records in lists for r in records}
    return [records[k] for k in sorted(records)]


def _group_location(full: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Groups and the places they operate in or attacked, with `locatedIn` up to the countries."""
    groups, places = _of_type(full, "Group"), _of_type(full, "Location")
    edges = _edges_where(full, lambda u, v, k: k == "operatesIn", groups, places)
    derived: dict[tuple[Any, Any], dict[str, Any]] = {}
    for attack in sorted(_of_type(full, "Attack"), key=str):
        roles = list(full.out_edges(attack, keys=True, data=True))
        perpetrators = [(v, d) for _, v, k, d in roles if k == "perpetrator" and v in groups]
        locations = [(v, d) for _, v, k, d in roles if k == "location" and v in places]
        for (group, by), (place, at) in itertools.product(perpetrators, locations):
            edge = derived.setdefault(
                (group, place),
                {"relation": "attackedIn", "status": None, "attacks": 0, "confidence": None, "evidence": []},
            )
            edge["attacks"] += 1
            both = [c for c in (by.get("confidence"), at.get("confidence")) if c is not None]
            if both and (edge["confidence"] is None or min(both) > edge["confidence"]):
                edge["confidence"] = min(both)
            edge["evidence"] = _merge_evidence(edge["evidence"], by.get("evidence", []))
            dates = [d for d in (edge.get("date"), full.nodes[attack].get("date")) if d]
            edge["date"] = min(dates, key=_period_start) if dates else None
    for (group, place), attrs in derived.items():
        attrs["evidence_count"] = len(attrs["evidence"])
        edges.append((group, place, "attackedIn", attrs))
    # Climb from every place reached to its region and country so per-country reading works in the view.
    reached = {v for _, v, _, _ in edges}
    queue = deque(sorted(reached, key=str))
    while queue:
        place = queue.popleft()
        for _, up, key, data in full.out_edges(place, keys=True, data=True):
            if key == "locatedIn" and up in places:
                edges.append((place, up, key, data))
                if up not in reached:
                    reached.add(up)
                    queue.append(up)
    return _subgraph(full, edges)


def _co_mention(graph: Graph, full: nx.MultiDiGraph) -> nx.Graph:
    """Entities weighted by the documents (ekg:mentions) and evidence sentences they share."""
    entities = {n for n, d in full.nodes(data=True) if d["type"] != "Attack"}
    doc_dates = _document_dates(graph)
    in_doc: dict[Node, set[str]] = defaultdict(set)
    for doc, target in graph.subject_objects(EKG.mentions):
        if str(target) in entities:
            in_doc[doc].add(str(target))
    shared_docs: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for doc in sorted(in_doc):
        for pair in itertools.combinations(sorted(in_doc[doc]), 2):
            shared_docs[pair].append(doc)

    # A sentence "names" the entities of every fact read in it; the attack of a fact stands for nobody.
    in_sentence: dict[tuple[Node, int], set[str]] = defaultdict(set)
    sentence_evidence: dict[tuple[Node, int], Node] = {}
    for st in set(graph.subjects(RDF.type, EKG.Statement)):
        parts = {str(x) for x in (graph.value(st, RDF.subject), graph.value(st, RDF.object))} & entities
        for ev in graph.objects(st, PROV.wasDerivedFrom):
            doc, index = graph.value(ev, EKG.inDocument), _int(graph, ev, EKG.sentenceIndex)
            if doc is None or index is None:
                continue
            in_sentence[(doc, index)] |= parts
            sentence_evidence[(doc, index)] = min(ev, sentence_evidence.get((doc, index), ev))
    shared_sentences: dict[tuple[str, str], list[tuple[Node, int]]] = defaultdict(list)
    for where in sorted(in_sentence):
        for pair in itertools.combinations(sorted(in_sentence[where]), 2):
            shared_sentences[pair].append(where)

    cache: dict[Node, dict[str, Any]] = {}
    out = nx.Graph()
    pairs = sorted(set(shared_docs) | set(shared_sentences))
    for node in sorted({n for pair in pairs for n in pair}):
        out.add_node(node, **full.nodes[node])
    for a, b in pairs:
        docs, sentences = shared_docs.get((a, b), []), shared_sentences.get((a, b), [])
        evidence = _merge_evidence(_evidence_record(graph, sentence_evidence[w], cache) for w in sentences)
        dates = sorted(doc_dates[d] for d in docs if d in doc_dates)
        out.add_edge(
            a,
            b,
            relation="coMention",
            weight=len(docs) + len(sentences),
            documents=len(docs),
            sentences=len(sentences),
            confidence=None,
            status=None,
            evidence=evidence,
            evidence_count=len(evidence),
            date=dates[0] if dates else None,
        )
    return out


# ---------------------------------------------------------------- counts


def stats(graph: Graph) -> dict[str, Any]:
    """Counts by class and by relation, statements by the extractor that read them, the number of
    triples, and the ten best-connected entities."""
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
    return {
        "classes": classes,
        "relations": relations,
        "extractors": _statements_by_reader(graph),
        "triples": len(graph),
        "top_entities": top,
    }


def _statements_by_reader(graph: Graph) -> dict[str, int]:
    """How many statements each extractor read (a statement several read counts for each), most first:
    what the rules read beside what the pair model added."""
    label: dict[Node, str] = {}
    counts: Counter[str] = Counter()
    for st in set(graph.subjects(RDF.type, EKG.Statement)):
        readers = set()
        for ev in graph.objects(st, PROV.wasDerivedFrom):
            for x in graph.objects(ev, PROV.wasAttributedTo):
                if x not in label:
                    label[x] = _text(graph, x, RDFS.label) or str(x)
                readers.add(label[x])
        counts.update(readers)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


# ---------------------------------------------------------------- helpers on networkx graphs


def _edges(g: nx.Graph) -> Iterator[tuple[Any, Any, Any, Mapping[str, Any]]]:
    """Yield (source, target, key, attributes), also for graphs that are not multigraphs."""
    if g.is_multigraph():
        yield from g.edges(keys=True, data=True)
    else:
        for u, v, d in g.edges(data=True):
            yield u, v, d.get("relation", 0), d


def _weight(attrs: Mapping[str, Any]) -> float:
    w = attrs.get("weight", 1)
    return float(w) if isinstance(w, int | float) and not isinstance(w, bool) and w > 0 else 1.0


def _undirected(g: nx.Graph) -> nx.Graph:
    """A simple undirected graph; parallel and opposite edges add up their weights."""
    out = nx.Graph()
    out.add_nodes_from(sorted(g, key=str))
    for u, v, _, d in _edges(g):
        if u == v:
            continue
        w = _weight(d)
        if out.has_edge(u, v):
            out[u][v]["weight"] += w
        else:
            out.add_edge(u, v, weight=w)
    return out


def _directed(g: nx.Graph) -> nx.DiGraph:
    """A simple directed graph; an undirected edge counts both ways, parallel edges add up."""
    out = nx.DiGraph()
    out.add_nodes_from(sorted(g, key=str))
    for u, v, _, d in _edges(g):
        pairs = [(u, v)] if g.is_directed() else [(u, v), (v, u)]
        for a, b in pairs:
            if a == b:
                continue
            if out.has_edge(a, b):
                out[a][b]["weight"] += _weight(d)
            else:
                out.add_edge(a, b, weight=_weight(d))
    return out


def _label(g: nx.Graph, node: Any) -> str:
    return str(g.nodes[node].get("label") or node)


def _type(g: nx.Graph, node: Any) -> str:
    return str(g.nodes[node].get("type") or "Other")


# ---------------------------------------------------------------- centrality and communities


def pagerank(
    g: nx.Graph, *, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200
) -> dict[Any, float]:
    """PageRank by power iteration on the weighted directed graph (dangling mass spread evenly).

    networkx's own `pagerank` needs SciPy; this is the same model on numpy arrays.
    """
    d = _directed(g)
    nodes = list(d)
    n = len(nodes)
    if not n:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    triples = [(index[u], index[v], w) for u, v, w in d.edges(data="weight")]
    source = np.array([t[0] for t in triples], dtype=np.int64)
    target = np.array([t[1] for t in triples], dtype=np.int64)
    weight = np.array([t[2] for t in triples], dtype=float)
    out_weight = np.bincount(source, weights=weight, minlength=n)
    dangling = out_weight == 0
    share = weight / out_weight[source] if len(triples) else weight
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        spread = alpha * rank[dangling].sum() / n
        new = (
            (1.0 - alpha) / n
            + spread
            + alpha * np.bincount(target, weights=rank[source] * share, minlength=n)
        )
        error = float(np.abs(new - rank).sum())
        rank = new
        if error < n * tol:
            break
    return {node: float(rank[i]) for i, node in enumerate(nodes)}


def centrality(
    g: nx.Graph,
    measures: Sequence[str] = ("degree", "betweenness", "pagerank", "eigenvector"),
    *,
    exact_limit: int = BETWEENNESS_EXACT_LIMIT,
    samples: int = BETWEENNESS_SAMPLES,
) -> dict[Any, dict[str, float]]:
    """Per node: `degree` (edges, counting parallel ones), `degree_centrality`, and the chosen measures.

    Betweenness and eigenvector centrality are computed on the undirected simple
    graph; PageRank follows the relations' direction (a branch lends weight to its
    parent, an attack to its perpetrator). Betweenness is exact up to
    `exact_limit` nodes and estimated from `samples` seeded sources above it.
    """
    simple = _undirected(g)
    result: dict[Any, dict[str, float]] = {node: {"degree": g.degree(node)} for node in simple}
    for node, value in nx.degree_centrality(simple).items() if len(simple) > 1 else []:
        result[node]["degree_centrality"] = value
    if len(simple) <= 1:
        for node in result:
            result[node]["degree_centrality"] = 0.0
    if "betweenness" in measures:
        k = samples if len(simple) > exact_limit else None
        for node, value in nx.betweenness_centrality(simple, k=k, seed=_SEED).items():
            result[node]["betweenness"] = value
    if "pagerank" in measures:
        for node, value in pagerank(g).items():
            result[node]["pagerank"] = value
    if "eigenvector" in measures:
        values: Mapping[Any, float] = {}
        if simple.number_of_edges():
            try:
                values = nx.eigenvector_centrality(simple, max_iter=1000, tol=1e-8, weight="weight")
            except nx.PowerIterationFailedConvergence:
                values = {}  # reported as zero rather than failing the whole report
        for node in result:
            result[node]["eigenvector"] = float(values.get(node, 0.0))
    return result


@dataclass(frozen=True)
class Communities:
    """A partition of the nodes: biggest community first, each sorted; `membership` maps node -> index."""

    groups: list[list[Any]]
    membership: dict[Any, int]
    modularity: float | None
    algorithm: str = "louvain"


def communities(g: nx.Graph, *, resolution: float = 1.0, seed: int = _SEED) -> Communities:
    """Louvain communities of the undirected weighted graph, with their modularity."""
    simple = _undirected(g)
    if not simple.number_of_edges():
        parts = [{node} for node in simple]
        modularity = None
    else:
        parts = nx.community.louvain_communities(simple, weight="weight", resolution=resolution, seed=seed)
        modularity = nx.community.modularity(simple, parts, weight="weight", resolution=resolution)
    groups = sorted((sorted(p, key=str) for p in parts), key=lambda p: (-len(p), str(p[0])))
    membership = {node: index for index, members in enumerate(groups) for node in members}
    return Communities(groups=groups, membership=membership, modularity=modularity)


def brokers(
    g: nx.Graph,
    parts: Communities | None = None,
    scores: Mapping[Any, Mapping[str, float]] | None = None,
    *,
    top: int = 15,
) -> list[dict[str, Any]]:
    """Nodes that tie communities together: neighbours in two or more communities, by betweenness.

    `cut_vertex` says whether removing the node splits its component.
    """
    parts = parts or communities(g)
    scores = scores or centrality(g, ("betweenness",))
    simple = _undirected(g)
    cut = set(nx.articulation_points(simple))
    rows = []
    for node in simple:
        touched = {parts.membership[n] for n in simple[node]} | {parts.membership[node]}
        if len(touched) < 2:
            continue
        rows.append(
            {
                "id": node,
                "label": _label(g, node),
                "type": _type(g, node),
                "betweenness": scores[node].get("betweenness", 0.0),
                "communities": len(touched),
                "cut_vertex": node in cut,
            }
        )
    rows.sort(key=lambda r: (-r["betweenness"], -r["communities"], r["label"], str(r["id"])))
    return rows[:top]


def bridges(g: nx.Graph) -> list[dict[str, Any]]:
    """Edges whose removal splits a component, leaving out those that only hang a single leaf."""
    simple = _undirected(g)
    rows = []
    for a, b in nx.bridges(simple):
        if simple.degree(a) < 2 or simple.degree(b) < 2:
            continue
        a, b = sorted((a, b), key=str)
        relations = sorted({str(d.get("relation")) for _, _, _, d in _between(g, a, b)} - {"None"})
        rows.append(
            {"source": a, "target": b, "labels": [_label(g, a), _label(g, b)], "relations": relations}
        )
    return sorted(rows, key=lambda r: (r["labels"], str(r["source"]), str(r["target"])))


def components(g: nx.Graph) -> list[list[Any]]:
    """Connected components (edge direction ignored), biggest first, each sorted."""
    simple = _undirected(g)
    return sorted(
        (sorted(c, key=str) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0])
    )


# ---------------------------------------------------------------- names, neighbourhoods and paths


_TYPE_PRIORITY = {name: index for index, name in enumerate(NODE_TYPES)}


def _names(attrs: Mapping[str, Any]) -> list[str]:
    aliases = attrs.get("aliases") or []
    return [str(attrs.get("label") or ""), *(str(a) for a in aliases if isinstance(a, str))]


def _canonical(name: str) -> str | None:
    try:
        return ns.canonical(name)
    except ValueError:
        return None


def find_entity(g: nx.Graph, name: str) -> Any:
    """The node called `name`: its IRI, its label or one of its aliases (case and punctuation aside).

    When several nodes answer, the one spelt exactly as given wins, then one
    matching but for case, then for punctuation; then a label beats an alias,
    groups come before organisations, people, places and attacks, and the better
    connected before the less.
    Raises `EntityNotFound` (with the closest names) when nothing matches.
    """
    if name in g:
        return name
    wanted, wanted_canon = name.casefold().strip(), _canonical(name)
    matches = []
    for node, attrs in g.nodes(data=True):
        for rank, text in enumerate(_names(attrs)):
            same = text.strip() == name.strip()
            exact = same or text.casefold().strip() == wanted
            if exact or (wanted_canon is not None and _canonical(text) == wanted_canon):
                score = (0 if same else 1 if exact else 2, 0 if rank == 0 else 1)
                order = (score, _TYPE_PRIORITY.get(attrs.get("type"), 99), -g.degree(node), str(node))
                matches.append((order, node))
                break
    if matches:
        return min(matches, key=lambda m: m[0])[1]
    every = sorted({text for _, attrs in g.nodes(data=True) for text in _names(attrs) if text})
    raise EntityNotFound(name, difflib.get_close_matches(name, every, n=3, cutoff=0.6))


def ego(g: nx.Graph, node: Any, depth: int = 1) -> nx.Graph:
    """The subgraph of nodes within `depth` hops of `node` (edge direction ignored), with every edge among them."""
    if depth < 0:
        raise ValueError("depth must be 0 or more")
    reach = nx.single_source_shortest_path_length(_undirected(g), node, cutoff=depth)
    sub = g.subgraph(reach).copy()
    for n, distance in reach.items():
        sub.nodes[n]["distance"] = distance
    return sub


def _between(g: nx.Graph, a: Any, b: Any) -> Iterator[tuple[Any, Any, Any, Mapping[str, Any]]]:
    """Yield (source, target, key, attributes) for every edge joining a and b, in either direction."""
    pairs = [(a, b), (b, a)] if g.is_directed() and a != b else [(a, b)]
    for u, v in pairs:
        data = g.get_edge_data(u, v)
        if not data:
            continue
        if g.is_multigraph():
            for key, attrs in data.items():
                yield u, v, key, attrs
        else:
            yield u, v, data.get("relation", 0), data


def _hop(g: nx.Graph, a: Any, b: Any) -> dict[str, Any]:
    """Every relation between a and b, in either direction, with its evidence."""
    relations = []
    for u, v, key, d in _between(g, a, b):
        forward = u == a or not g.is_directed()
        relations.append(
            {
                "relation": d.get("relation", key),
                "direction": "forward" if forward else "backward",
                "source": u,
                "target": v,
                "confidence": d.get("confidence"),
                "status": d.get("status"),
                "date": d.get("date"),
                "evidence": list(d.get("evidence") or []),
            }
        )
    relations.sort(key=lambda r: (-(r["confidence"] or 0.0), str(r["relation"]), r["direction"]))
    return {"from": a, "to": b, "from_label": _label(g, a), "to_label": _label(g, b), "relations": relations}


def paths(g: nx.Graph, source: Any, target: Any, *, k: int = 3, max_hops: int = 6) -> list[list[dict]]:
    """Up to `k` shortest paths from source to target (direction ignored), each a list of hops with evidence.

    Each hop lists every relation between its two nodes, strongest first, with the
    evidence sentences and their sources. Paths longer than `max_hops` are left out.
    """
    simple = _undirected(g)
    if source not in simple or target not in simple:
        raise KeyError(source if source not in simple else target)
    if source == target:
        return []
    found = []
    try:
        for path in nx.shortest_simple_paths(simple, source, target):
            if len(path) - 1 > max_hops or len(found) >= k:
                break
            found.append([_hop(g, a, b) for a, b in itertools.pairwise(path)])
    except nx.NetworkXNoPath:
        return []
    return found


# ---------------------------------------------------------------- dates and focused views


def period(value: object) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO date of any precision ("2020", "2020-06", "2020-06-01") covers."""
    if not isinstance(value, str):
        return None
    parts = value.strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return dt.date(numbers[0], 1, 1), dt.date(numbers[0], 12, 31)
        if len(numbers) == 2:
            first = dt.date(numbers[0], numbers[1], 1)
            following = dt.date(numbers[0] + numbers[1] // 12, numbers[1] % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        if len(numbers) == 3:
            day = dt.date(*numbers)
            return day, day
    except (ValueError, OverflowError):
        return None
    return None


def _period_start(value: str) -> dt.date:
    span = period(value)
    return span[0] if span else dt.date.max


def _last_date(attrs: Mapping[str, Any]) -> dt.date | None:
    ends = [span[1] for key in ("date", "last_seen") if (span := period(attrs.get(key)))]
    return max(ends) if ends else None


def select(
    g: nx.Graph,
    *,
    focus: Any = None,
    depth: int = 2,
    types: Iterable[str] | None = None,
    since: str | None = None,
) -> nx.Graph:
    """A focused view: keep `types`, drop what ended before `since`, then take `depth` hops around `focus`.

    `since` (YYYY, YYYY-MM or YYYY-MM-DD) drops attacks and relations dated
    wholly before it and entities last seen before it; undated entities and
    relations stay. The focus node always stays, whatever its type.
    """
    keep_types = {t.strip().casefold() for t in types or () if t.strip()}
    start = period(since)[0] if since and period(since) else None
    if since and start is None:
        raise ValueError(f"--since {since!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")

    def node_ok(node: Any, attrs: Mapping[str, Any]) -> bool:
        if node == focus:
            return True
        if keep_types and str(attrs.get("type", "")).casefold() not in keep_types:
            return False
        if start is None:
            return True
        last = _last_date(attrs)
        if attrs.get("type") == "Attack":
            return last is not None and last >= start
        return last is None or last >= start

    nodes = [n for n, d in g.nodes(data=True) if node_ok(n, d)]
    sub = g.subgraph(nodes).copy()
    if start is not None:
        late = [
            (u, v, k)
            for u, v, k, d in _edges(sub)
            if (span := period(d.get("date"))) is not None and span[1] < start
        ]
        for u, v, k in late:
            if sub.is_multigraph():
                sub.remove_edge(u, v, key=k)
            else:
                sub.remove_edge(u, v)
    if focus is None:
        return sub
    return ego(sub, focus, depth)


# ---------------------------------------------------------------- attacks, timelines and genealogy


def _base(key: Any, attrs: Mapping[str, Any], multigraph: bool) -> str:
    """The base relation of an edge: its key in our multigraphs, else read from its `relation`."""
    if multigraph:
        return str(key)
    relation = str(attrs.get("relation") or "")
    return relation if relation in EDGE_BASES else ns.SUBPROPERTY_PARENT.get(relation, relation)


def _out(g: nx.Graph, node: Any) -> Iterator[tuple[Any, str, Mapping[str, Any]]]:
    """Yield (neighbour, base relation, attributes) for the edges leaving `node`."""
    if not g.is_directed():
        edges: Iterable = ((node, v, None, d) for v, d in g[node].items())
    elif g.is_multigraph():
        edges = g.out_edges(node, keys=True, data=True)
    else:
        edges = ((u, v, None, d) for u, v, d in g.out_edges(node, data=True))
    for _, other, key, d in edges:
        yield other, _base(key, d, g.is_multigraph()), d


def _countries(g: nx.Graph, place: Any) -> list[Any]:
    """The countries a place lies in, climbing `locatedIn` (the place itself if it is a country)."""
    found, seen, queue = [], {place}, deque([place])
    while queue:
        node = queue.popleft()
        if g.nodes[node].get("subtype") == "Country":
            found.append(node)
            continue
        for up, base, _ in _out(g, node):
            if base == "locatedIn" and up not in seen and g.is_directed():
                seen.add(up)
                queue.append(up)
    return sorted(found, key=str)


def attacks(g: nx.Graph) -> list[dict[str, Any]]:
    """Every attack with its date, casualties, perpetrators, suspects, deniers, places and countries."""
    rows = []
    for node, attrs in g.nodes(data=True):
        if attrs.get("type") != "Attack":
            continue
        roles: dict[str, list[Any]] = defaultdict(list)
        claims: dict[Any, str] = {}
        for other, base, d in _out(g, node):
            roles[base].append(other)
            if base == "perpetrator":
                claims[other] = str(d.get("relation") or base)
        places = sorted(roles["location"], key=str)
        countries = sorted({c for p in places for c in _countries(g, p)}, key=str)
        date = attrs.get("date")
        span = period(date)
        rows.append(
            {
                "id": node,
                "label": _label(g, node),
                "date": date,
                "year": span[0].year if span else None,
                "killed": attrs.get("killed"),
                "wounded": attrs.get("wounded"),
                "perpetrators": [
                    {"id": p, "label": _label(g, p), "relation": claims[p]}
                    for p in sorted(roles["perpetrator"], key=str)
                ],
                "suspected": [
                    {"id": p, "label": _label(g, p)} for p in sorted(roles["suspectedPerpetrator"], key=str)
                ],
                "denied": [{"id": p, "label": _label(g, p)} for p in sorted(roles["deniedBy"], key=str)],
                "locations": [{"id": p, "label": _label(g, p)} for p in places],
                "countries": [{"id": c, "label": _label(g, c)} for c in countries],
                "documents": attrs.get("documents"),
            }
        )
    return sorted(rows, key=_attack_order)


def _attack_order(row: Mapping[str, Any]) -> tuple:
    span = period(row["date"])
    return (span is None, span[0] if span else dt.date.max, row["label"], str(row["id"]))


def timelines(rows: Sequence[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Attacks by perpetrator group and by country: `{"groups": [...], "countries": [...]}`.

    Each entry has the group or country, its attacks in date order (undated last)
    and the number per year.
    """

    def build(key: str) -> list[dict[str, Any]]:
        table: dict[Any, dict[str, Any]] = {}
        for row in rows:
            for who in row[key]:
                entry = table.setdefault(who["id"], {"id": who["id"], "label": who["label"], "attacks": []})
                entry["attacks"].append(row)
        out = []
        for entry in table.values():
            entry["attacks"] = sorted(entry["attacks"], key=_attack_order)
            years = Counter(str(r["year"]) for r in entry["attacks"] if r["year"] is not None)
            entry["per_year"] = dict(sorted(years.items()))
            out.append(entry)
        return sorted(out, key=lambda e: (-len(e["attacks"]), e["label"], str(e["id"])))

    return {"groups": build("perpetrators"), "countries": build("countries")}


def most_active(rows: Sequence[Mapping[str, Any]], *, top: int = 15) -> list[dict[str, Any]]:
    """Groups ranked by attacks they claimed or were held responsible for, then by people killed."""
    table: dict[Any, dict[str, Any]] = {}
    for row in rows:
        for who in row["perpetrators"]:
            entry = table.setdefault(
                who["id"],
                {
                    "id": who["id"],
                    "label": who["label"],
                    "attacks": 0,
                    "claimed": 0,
                    "killed": 0,
                    "wounded": 0,
                },
            )
            entry["attacks"] += 1
            entry["claimed"] += who["relation"] == "claimedBy"
            entry["killed"] += row["killed"] or 0
            entry["wounded"] += row["wounded"] or 0
    ranked = sorted(table.values(), key=lambda e: (-e["attacks"], -e["killed"], e["label"], str(e["id"])))
    return ranked[:top]


_LINEAGE = {"affiliateOf": "affiliate", "formedFrom": "splinter"}


def genealogy(g: nx.Graph) -> list[dict[str, Any]]:
    """Groups as family trees: each parent with its affiliates (branches) and splinters as children.

    A group with two parents appears under both; a cycle is cut where it would repeat a group.
    """
    children: dict[Any, list[tuple[Any, str, str]]] = defaultdict(list)
    has_parent: set[Any] = set()
    for child, parent, key, d in _edges(g):
        if key in _LINEAGE and child != parent:
            children[parent].append((child, _LINEAGE[key], str(d.get("relation") or key)))
            has_parent.add(child)
    members = set(children) | has_parent
    roots = sorted(members - has_parent, key=lambda n: (_label(g, n).casefold(), str(n)))
    # Groups caught in a cycle have no root above them; start from the first of each such family.
    covered: set[Any] = set()

    def tree(node: Any, kind: str | None, relation: str | None, path: frozenset) -> dict[str, Any]:
        covered.add(node)
        kids = sorted(children.get(node, []), key=lambda c: (_label(g, c[0]).casefold(), str(c[0]), c[1]))
        return {
            "id": node,
            "label": _label(g, node),
            "kind": kind,
            "relation": relation,
            "children": [tree(c, k, r, path | {c}) for c, k, r in kids if c not in path],
        }

    forest = [tree(root, None, None, frozenset({root})) for root in roots]
    for node in sorted(members, key=lambda n: (_label(g, n).casefold(), str(n))):
        if node not in covered:
            forest.append(tree(node, None, None, frozenset({node})))
    return forest

"""Turn a resolved `KnowledgeGraph` into an rdflib graph with provenance; the only module that builds triples.

Every fact is written twice over: as the plain triple (`s ekg:p o`, what the
contract and the scorer read) and as an `ekg:Statement` node naming that triple
with `rdf:subject/predicate/object`, carrying its claim status and confidence and
pointing with `prov:wasDerivedFrom` to `ekg:Evidence` nodes (document, sentence,
character offsets, sentence text, extractor). All nodes are IRIs minted in
`kg.ns`, so the same input gives the same triples on every run.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg import ns
from kg.model import ClaimStatus, Document, Entity, Evidence, Fact, Incident, KnowledgeGraph
from kg.ns import DCTERMS, EKG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

__all__ = ["clean_text", "to_rdf", "write_turtle"]

SENTENCE_LIMIT = 2000
NAME_LIMIT = 300
URL_LIMIT = 2000

# C0 controls except \t and \n, DEL, bidi embeddings/overrides/isolates, and lone surrogates
# (which make every serializer fail with UnicodeEncodeError).
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_DATE_FORMS = {
    re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"): XSD.date,
    re.compile(r"[0-9]{4}-[0-9]{2}"): XSD.gYearMonth,
    re.compile(r"[0-9]{4}"): XSD.gYear,
}

# Subtype strings from extractors and gazetteers (compared lowercase, letters only) -> ontology class.
_SUBTYPE_ALIASES = {
    "nation": "Country",
    "state": "Country",
    "continent": "Region",
    "area": "Region",
    "governorate": "Province",
    "district": "Province",
    "adminarea": "Province",
    "town": "City",
    "village": "City",
    "venue": "Facility",
    "building": "Facility",
    "government": "GovernmentBody",
    "ministry": "GovernmentBody",
    "intelligence": "Agency",
    "governmentagency": "Agency",
    "military": "MilitaryUnit",
    "army": "MilitaryUnit",
    "armedforces": "MilitaryUnit",
    "researchinstitute": "ThinkTank",
    "media": "MediaOrganization",
    "news": "MediaOrganization",
    "newsagency": "MediaOrganization",
    "international": "InternationalOrganization",
    "intergovernmental": "InternationalOrganization",
    "igo": "InternationalOrganization",
    "police": "PoliceForce",
    "corporation": "Company",
    "business": "Company",
    "nongovernmentalorganization": "NGO",
    "charity": "NGO",
    "parliament": "Legislature",
    "party": "PoliticalParty",
    "college": "University",
}
_SUBTYPE_CLASS = {**{c.lower(): c for c in ns.CLASS_PARENT}, **_SUBTYPE_ALIASES}

_CLAIM_PROPERTY = {
    ClaimStatus.CLAIMED: "claimedBy",
    ClaimStatus.ATTRIBUTED: "attributedTo",
    ClaimStatus.SUSPECTED: "suspectedPerpetrator",
    ClaimStatus.DENIED: "deniedBy",
}
_CLAIM_STATUS_NODE = {
    ClaimStatus.CLAIMED: EKG.Claimed,
    ClaimStatus.ATTRIBUTED: EKG.Attributed,
    ClaimStatus.SUSPECTED: EKG.Suspected,
    ClaimStatus.DENIED: EKG.Denied,
}


def clean_text(text: str, limit: int | None = None) -> str:
    """Strip control, bidi and surrogate characters from text bound for a literal, and cap its length."""
    cleaned = _UNSAFE_CHARS.sub("", str(text))
    return cleaned[:limit] if limit is not None else cleaned


def _clean_name(text: str) -> str:
    # Names and titles are one line: newlines and runs of spaces in them are layout, not content.
    return " ".join(clean_text(text).split())[:NAME_LIMIT]


def _subtype_class(entity: Entity) -> str | None:
    key = re.sub(r"[^a-z]", "", (entity.subtype or "").lower())
    cls = _SUBTYPE_CLASS.get(key)
    # A subtype from another branch (a "City" organisation) would give the entity a second core type; a class
    # under two core types (ekg:ArmedOrganization) fits an entity of either.
    return cls if cls and str(entity.type) in (ns.CLASS_PARENT[cls], *ns.CLASS_ALSO.get(cls, ())) else None


def _clamped(confidence: float) -> float | None:
    if isinstance(confidence, bool) or not isinstance(confidence, int | float) or math.isnan(confidence):
        return None
    return min(1.0, max(0.0, float(confidence)))


def _decimal(confidence: float) -> Literal:
    # Always three places: Turtle writes a decimal without a point as "0.0", which would not round-trip.
    return Literal(Decimal(f"{confidence:.3f}"), datatype=XSD.decimal)


def _date_literal(value: str | None) -> Literal | None:
    """A partial ISO date typed by its precision, or None when it is not a real date."""
    if not value:
        return None
    for pattern, datatype in _DATE_FORMS.items():
        if pattern.fullmatch(value):
            year, month, day = (value.split("-") + ["01", "01"])[:3]
            try:
                dt.date(int(year), int(month), int(day))
            except ValueError:
                return None  # "2024-02-30" would be an ill-typed literal that SPARQL engines disagree on
            return Literal(value, datatype=datatype)
    return None


def _count(value: int | None) -> Literal | None:
    if value is None or isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return Literal(value, datatype=XSD.integer)


@dataclass
class _Names:
    label: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class _PendingStatement:
    subject: URIRef
    predicate: URIRef
    object: Node
    statuses: set[URIRef] = field(default_factory=set)
    evidence: dict[URIRef, float | None] = field(default_factory=dict)


class _Builder:
    """Accumulates the triples of one KnowledgeGraph; statements are merged before they are written."""

    def __init__(self, kg: KnowledgeGraph, base: str) -> None:
        self.kg = kg
        self.base = base
        self.g = Graph(bind_namespaces="core")
        self.entities: dict[str, Entity] = {}
        self.names: dict[URIRef, _Names] = {}
        self.statements: dict[URIRef, _PendingStatement] = {}
        self.evidence_done: set[URIRef] = set()
        self.evidence_nodes: dict[Evidence, URIRef] = {}
        self.entity_nodes: dict[str, URIRef] = {}
        self.extractors_done: set[URIRef] = set()

    # ------------------------------------------------------------ helpers

    def entity(self, key: str, where: str) -> URIRef:
        entity = self.entities.get(key)
        if entity is None:
            raise ValueError(f"{where} refers to entity key {key!r}, which is not in KnowledgeGraph.entities")
        node = self.entity_nodes.get(key)
        if node is None:
            node = self.entity_nodes[key] = ns.entity_iri(key, str(entity.type), base=self.base)
        return node

    def add_names(self, node: URIRef, label: str, aliases: Iterable[str], fallback: str) -> None:
        clean = _clean_name(label) or _clean_name(fallback) or "unnamed"
        names = self.names.get(node)
        if names is None:
            names = self.names[node] = _Names(clean)
        else:
            names.aliases.append(clean)  # a second record for the same node: its label is another name
        names.aliases.extend(_clean_name(a) for a in aliases)

    def evidence(self, ev: Evidence) -> URIRef:
        node = self.evidence_nodes.get(ev)
        if node is not None:
            return node
        node = self.evidence_nodes[ev] = ns.evidence_iri(ev, base=self.base)
        if node in self.evidence_done:
            return node  # an equal record with, say, another float repr of the same confidence
        self.evidence_done.add(node)
        add = self.g.add
        add((node, RDF.type, EKG.Evidence))
        add((node, EKG.inDocument, ns.document_iri(ev.doc_id, base=self.base)))
        add((node, EKG.sentenceIndex, Literal(int(ev.sentence_index), datatype=XSD.integer)))
        add((node, EKG.startOffset, Literal(int(ev.start), datatype=XSD.integer)))
        add((node, EKG.endOffset, Literal(int(ev.end), datatype=XSD.integer)))
        add((node, EKG.sentenceText, Literal(clean_text(ev.sentence, SENTENCE_LIMIT))))
        confidence = _clamped(ev.confidence)
        if confidence is not None:
            add((node, EKG.confidence, _decimal(confidence)))
        extractor = ns.extractor_iri(ev.extractor, ev.extractor_version, base=self.base)
        add((node, PROV.wasAttributedTo, extractor))
        if extractor not in self.extractors_done:
            self.extractors_done.add(extractor)
            add((extractor, RDF.type, EKG.Extractor))
            add((extractor, RDFS.label, Literal(_clean_name(ev.extractor) or "unknown")))
            add((extractor, EKG.extractorVersion, Literal(_clean_name(ev.extractor_version) or "unknown")))
        return node

    def statement(self, s: URIRef, p: URIRef, o: Node, status: URIRef, evidence: Iterable[Evidence]) -> None:
        """Record (or merge into) the qualified statement about the plain triple (s, p, o)."""
        o_key = f"{o}^^{o.datatype}" if isinstance(o, Literal) else str(o)
        node = ns.statement_iri(str(s), str(p), o_key, base=self.base)
        pending = self.statements.setdefault(node, _PendingStatement(s, p, o))
        pending.statuses.add(status)
        for ev in evidence:
            pending.evidence[self.evidence(ev)] = _clamped(ev.confidence)

    def fact_triple(
        self, s: URIRef, p: URIRef, o: Node, status: URIRef, evidence: Iterable[Evidence]
    ) -> None:
        self.g.add((s, p, o))
        self.statement(s, p, o, status, evidence)

    # ------------------------------------------------------------ records

    def add_entity(self, entity: Entity) -> None:
        node = self.entity(entity.key, "entity")
        self.add_names(node, entity.label, entity.aliases, fallback=entity.key)
        if entity.type != self.entities[entity.key].type:
            return  # a second record under one key: the first record's type wins, the names are kept
        self.g.add((node, RDF.type, EKG[str(entity.type)]))
        cls = _subtype_class(entity)
        if cls:
            self.g.add((node, RDF.type, EKG[cls]))
            # "the IRGC" (ekg:ArmedOrganization) is a Group and an Organization: both core types are explicit,
            # so that a reader without the ontology's subclass axioms sees it as either
            for core in (ns.CLASS_PARENT[cls], *ns.CLASS_ALSO.get(cls, ())):
                self.g.add((node, RDF.type, EKG[core]))
        if entity.subtype and (subtype := _clean_name(entity.subtype)):
            self.g.add((node, EKG.subtype, Literal(cls or subtype)))
        if entity.qid and (wd := ns.wikidata_iri(entity.qid)):
            self.g.add((node, EKG.wikidata, Literal(entity.qid)))
            self.g.add((node, SKOS.closeMatch, wd))

    def add_document(self, doc_index: dict[str, list[URIRef]], doc: Document) -> None:
        node = ns.document_iri(doc.id, base=self.base)
        add = self.g.add
        add((node, RDF.type, EKG.Document))
        add((node, RDF.type, SCHEMA.NewsArticle))
        title = _clean_name(doc.title)
        if title:
            add((node, DCTERMS.title, Literal(title)))
        add(
            (node, RDFS.label, Literal(title or _clean_name(doc.source) or _clean_name(doc.id) or "document"))
        )
        if isinstance(doc.date, dt.date):
            day = doc.date.date() if isinstance(doc.date, dt.datetime) else doc.date
            add((node, DCTERMS.date, Literal(day.isoformat(), datatype=XSD.date)))
        if doc.source and (source := clean_text(doc.source, URL_LIMIT).strip()):
            add((node, DCTERMS.source, Literal(source)))
        if doc.url and (url := clean_text(doc.url, URL_LIMIT).strip()):
            # A literal, never an IRI: the URL is untrusted text and may not even be a valid IRI.
            add((node, SCHEMA.url, Literal(url, datatype=XSD.anyURI)))
        for key in self.kg.mentions.get(doc.id, ()):
            add((node, EKG.mentions, self.entity(key, f"mentions of document {doc.id!r}")))
        for attack in doc_index.get(doc.id, ()):
            add((node, EKG.mentions, attack))

    def add_fact(self, fact: Fact) -> None:
        s = self.entity(fact.subject, f"fact {fact.predicate} subject")
        o = self.entity(fact.object, f"fact {fact.predicate} object")
        p = EKG[str(fact.predicate)]
        status = EKG.Background if fact.from_gazetteer else EKG.Asserted
        self.fact_triple(s, p, o, status, fact.evidence)
        sub = fact.subproperty
        # Only known sub-properties of this very predicate: anything else would mint a term from text.
        if sub and ns.SUBPROPERTY_PARENT.get(sub) == str(fact.predicate):
            self.g.add((s, EKG[sub], o))

    def add_incident(self, incident: Incident) -> None:
        node = ns.attack_iri(incident.key, base=self.base)
        self.g.add((node, RDF.type, EKG.Attack))
        self.add_names(node, incident.label, incident.names, fallback=incident.key)
        asserted = EKG.Asserted
        if (date := _date_literal(incident.date)) is not None:
            self.fact_triple(node, EKG.date, date, asserted, incident.evidence)
        for key in incident.locations:
            place = self.entity(key, f"location of attack {incident.key!r}")
            self.fact_triple(node, EKG.location, place, asserted, incident.evidence)
        for prop, value in ((EKG.killed, incident.killed), (EKG.wounded, incident.wounded)):
            if (count := _count(value)) is not None:
                self.fact_triple(node, prop, count, asserted, incident.evidence)
        if incident.attack_type and (kind := _clean_name(incident.attack_type)):
            self.g.add((node, EKG.attackType, Literal(kind)))
        for claim in incident.claims:
            group = self.entity(claim.group, f"claim on attack {incident.key!r}")
            status = ClaimStatus(claim.status)
            specific = EKG[_CLAIM_PROPERTY[status]]
            if status.is_perpetrator:
                self.g.add((node, EKG.perpetrator, group))
            # The statement names the specific property, so a claim and an attribution stay apart.
            self.fact_triple(node, specific, group, _CLAIM_STATUS_NODE[status], claim.evidence)

    # ------------------------------------------------------------ output

    def finish(self) -> Graph:
        add = self.g.add
        for node, names in self.names.items():
            add((node, RDFS.label, Literal(names.label)))
            for alias in dict.fromkeys(names.aliases):
                if alias and alias != names.label:
                    add((node, SKOS.altLabel, Literal(alias)))
        for node, st in self.statements.items():
            add((node, RDF.type, EKG.Statement))
            add((node, RDF.subject, st.subject))
            add((node, RDF.predicate, st.predicate))
            add((node, RDF.object, st.object))
            statuses = st.statuses - {EKG.Background} or st.statuses  # text evidence outranks the gazetteer
            for status in sorted(statuses)[:1]:
                add((node, EKG.claimStatus, status))
            for ev in st.evidence:
                add((node, PROV.wasDerivedFrom, ev))
            confidences = [c for c in st.evidence.values() if c is not None]
            if confidences:
                add((node, EKG.confidence, _decimal(max(confidences))))
            elif statuses == {EKG.Background}:
                add((node, EKG.confidence, _decimal(1.0)))  # a curated gazetteer entry, taken as certain
        return self.g


def to_rdf(kg: KnowledgeGraph, base: str | None = None) -> Graph:
    """Build the RDF graph of `kg`: plain triples, statements, evidence; instance IRIs under `base`."""
    base = str(base or ns.ID)
    builder = _Builder(kg, base)
    for prefix, namespace in ns.PREFIXES.items():
        builder.g.bind(prefix, namespace, override=True)
    for kind in sorted(ns.KINDS):
        builder.g.bind(kind, f"{base}{kind}/", override=True)
    for entity in kg.entities:
        builder.entities.setdefault(entity.key, entity)
    for entity in kg.entities:
        builder.add_entity(entity)
    attacks_by_doc: dict[str, list[URIRef]] = {}
    for incident in kg.incidents:
        for doc_id in incident.doc_ids:
            attacks_by_doc.setdefault(doc_id, []).append(ns.attack_iri(incident.key, base=base))
    for doc in kg.documents:
        builder.add_document(attacks_by_doc, doc)
    for fact in kg.facts:
        builder.add_fact(fact)
    for incident in kg.incidents:
        builder.add_incident(incident)
    return builder.finish()


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise ValueError(f"not an RDF term: {term!r}")


def _order(term: Node) -> tuple[bool, str, str, str]:
    """A total order on the objects of one subject and predicate: IRIs and blank nodes, then literals."""
    if isinstance(term, Literal):
        return (True, str(term), str(term.datatype or ""), term.language or "")
    return (False, str(term), "", "")


def sorted_triples(graph: Graph) -> Iterator[ox.Triple]:
    """The graph's triples as pyoxigraph triples, subject by subject in a fixed order."""
    for subject in sorted(set(graph.subjects()), key=_order):
        s = to_ox(subject)
        for p, o in sorted(graph.predicate_objects(subject), key=lambda po: (str(po[0]), _order(po[1]))):
            yield ox.Triple(s, to_ox(p), to_ox(o))


def write_turtle(graph: Graph, path: str | os.PathLike[str]) -> Path:
    """Write `graph` as Turtle to `path` atomically: a temporary file in the same folder, then rename.

    Oxigraph's serializer writes it (four to five times faster than rdflib's), fed subject by subject
    so that each subject is written once with its properties under it, and the same graph always
    gives the same file.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    # os.open with 0o666 lets the umask decide the mode, as for any ordinary file (mkstemp would force 0600).
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            ox.serialize(sorted_triples(graph), fh, format=ox.RdfFormat.TURTLE, prefixes=ns.file_prefixes())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target

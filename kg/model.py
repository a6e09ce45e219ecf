"""Frozen records passed between the stages of the pipeline.

A document flows one way: ingest -> extract -> resolve -> RDF. Each stage hands
the next one of these records and nothing else: no spaCy span, no rdflib term
crosses a stage boundary. This module imports nothing from outside the
standard library.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class EntityType(StrEnum):
    """The four entity classes of the contract (`ekg:Group` and friends)."""

    GROUP = "Group"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    LOCATION = "Location"


class Predicate(StrEnum):
    """The seven relations of the contract, named as in the ontology."""

    AFFILIATE_OF = "affiliateOf"
    FORMED_FROM = "formedFrom"
    ALLIED_WITH = "alliedWith"
    RIVAL_OF = "rivalOf"
    OPERATES_IN = "operatesIn"
    AFFILIATED_WITH = "affiliatedWith"
    LOCATED_IN = "locatedIn"


SYMMETRIC = frozenset({Predicate.ALLIED_WITH, Predicate.RIVAL_OF})


class ClaimStatus(StrEnum):
    """How the text ties a group to an attack.

    Only CLAIMED and ATTRIBUTED make the group a perpetrator; SUSPECTED and
    DENIED are recorded with their status but never as `ekg:perpetrator`.
    """

    CLAIMED = "claimed"
    ATTRIBUTED = "attributed"
    SUSPECTED = "suspected"
    DENIED = "denied"

    @property
    def is_perpetrator(self) -> bool:
        return self in (ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED)


@dataclass(frozen=True, slots=True)
class Document:
    """One input article: its text and what is known about it.

    `id` is a hash of the text, so the same article read from two files is one
    document, and `date` anchors relative dates ("last week").
    """

    id: str
    text: str
    title: str
    source: str
    date: dt.date | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: document, sentence, character span, and by what.

    `start`/`end` are character offsets of the supporting span in the
    document's text; `sentence` is the text of the sentence holding it.
    """

    doc_id: str
    sentence_index: int
    start: int
    end: int
    sentence: str
    extractor: str
    extractor_version: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in a document that refers to an entity.

    `name` is the name the mention stands for: the surface text for an
    ordinary mention, the antecedent's name for "the group" or a bare
    surname. `gazetteer_id` is set when a curated gazetteer recognised it.
    `subtype` is a finer class (Country, City, ThinkTank...) when known.
    """

    text: str
    name: str
    type: EntityType
    doc_id: str
    start: int
    end: int
    sentence_index: int
    confidence: float = 1.0
    gazetteer_id: str | None = None
    subtype: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """A directed relation between two mentions, with its evidence."""

    subject: Mention
    predicate: Predicate
    object: Mention
    evidence: Evidence
    subproperty: str | None = None  # finer property, e.g. "spokespersonOf"
    # From the gazetteer, about two things the text names (the evidence is where it names the first):
    # resolved as background knowledge unless some text states it too.
    background: bool = False


@dataclass(frozen=True, slots=True)
class Responsibility:
    """A group tied to an attack with a status (claimed, attributed, ...)."""

    group: Mention
    status: ClaimStatus
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Attack:
    """One attack as one document describes it.

    `date` is ISO 8601 to the precision the text gives: YYYY, YYYY-MM or
    YYYY-MM-DD. `killed`/`wounded` are victims only, the figure stated.
    `boasted` marks a count of the dead that is only the attackers' boast ("the group said its
    fighters had killed 70"), read where the toll was read; a merge of reports keeps an official
    count over it.
    """

    label: str
    doc_id: str
    evidence: tuple[Evidence, ...]
    date: str | None = None
    locations: tuple[Mention, ...] = ()  # most specific first
    responsibility: tuple[Responsibility, ...] = ()
    killed: int | None = None
    wounded: int | None = None
    attack_type: str | None = None
    names: tuple[str, ...] = ()
    boasted: bool = False


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything one extractor read in one document.

    `same_as` pairs two names the text declares to be one entity ("the
    Islamic State of Khorasan, or ISIS-K"; "Jaish-e-Mohammed (JeM)").
    """

    document: Document
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    attacks: tuple[Attack, ...] = ()
    same_as: tuple[tuple[Mention, Mention], ...] = ()


# ------------------------------------------------------------- resolved


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity over the whole corpus.

    `key` is the stable identity the IRI is minted from (type and normalised
    canonical name); `label` is the fullest name, `aliases` every other
    surface form seen and, for a body the organisation gazetteer knows,
    the other names it lists for it.
    """

    key: str
    type: EntityType
    label: str
    aliases: tuple[str, ...] = ()
    subtype: str | None = None
    qid: str | None = None
    doc_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """A resolved relation between two entities, with every piece of evidence."""

    subject: str  # Entity.key
    predicate: Predicate
    object: str  # Entity.key
    evidence: tuple[Evidence, ...]
    subproperty: str | None = None
    from_gazetteer: bool = False  # background knowledge, not read in a text


@dataclass(frozen=True, slots=True)
class Claim:
    """A resolved responsibility: a group, its status, the evidence."""

    group: str  # Entity.key
    status: ClaimStatus
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Incident:
    """A resolved attack: one per real attack over the corpus."""

    key: str
    label: str
    names: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    doc_ids: tuple[str, ...]
    date: str | None = None
    locations: tuple[str, ...] = ()  # Entity.key, most specific first
    claims: tuple[Claim, ...] = ()
    killed: int | None = None
    wounded: int | None = None
    attack_type: str | None = None


@dataclass(frozen=True, slots=True)
class KnowledgeGraph:
    """The output of resolution: what the RDF stage turns into triples.

    `mentions` maps a document id to the keys of the entities it mentions.
    """

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    incidents: tuple[Incident, ...]
    mentions: dict[str, tuple[str, ...]] = field(default_factory=dict)

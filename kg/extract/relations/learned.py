"""A learned reader for the ties between two names the pattern rules leave unread.

The rules read a tie when the words between two names match a phrasing they know ("X, the
Sahel branch of Y"). Many ties are written in phrasings no rule holds: "al-Shabaab, which
still controls much of Middle Juba", "the Amniyat, whose cells ...". This reader looks at
every pair of entities one document names in a sentence together and that the rules left
unrelated, describes the pair by what a reader would look at (the words between and around
the two names, their order and distance, how often the document names each, whether the group
struck the place, what the rules read of the two elsewhere) and scores each relation the two
types allow with a logistic model. The weights are learned from the annotated development
sets by `bench/train_pairs.py` and shipped as `kg/data/pair_model.json`; scoring is a sum of
weights, so nothing but this module runs at build time.

A pair scored above its relation's threshold becomes a relation with the sentence where the
two names stand closest as its evidence and the model's probability as its confidence. The
features never hold a name: a name the model saw in training counts for nothing on a new one.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from kg import gazetteer
from kg.extract import lexicon
from kg.extract.attacks import TRIGGER
from kg.extract.sentences import Sentence
from kg.model import SYMMETRIC, Attack, EntityType, Mention, Predicate, Relation

__all__ = [
    "PERPETRATOR",
    "AttackCandidate",
    "Candidate",
    "PairModel",
    "attack_candidates",
    "candidates",
    "entity_keys",
    "load_model",
    "read_pairs",
    "read_perpetrators",
]

G, ORG, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION

# The relations the reader scores and the types of their two ends (subject, object)
SLOTS: dict[Predicate, tuple[frozenset[EntityType], frozenset[EntityType]]] = {
    Predicate.OPERATES_IN: (frozenset({G}), frozenset({L})),
    Predicate.AFFILIATED_WITH: (frozenset({P}), frozenset({G, ORG})),
    Predicate.AFFILIATE_OF: (frozenset({G, ORG}), frozenset({G, ORG})),
    Predicate.FORMED_FROM: (frozenset({G}), frozenset({G})),
    Predicate.ALLIED_WITH: (frozenset({G}), frozenset({G})),
    Predicate.RIVAL_OF: (frozenset({G}), frozenset({G})),
}
# Two names further apart than this many characters are not read together
_WINDOW = 300
_WORD = re.compile(r"[a-z]+|[0-9]+|[^\w\s]")
_TYPE_MARK = {G: "<grp>", ORG: "<org>", P: "<per>", L: "<loc>"}


def entity_keys(
    mentions: Iterable[Mention], same_as: Iterable[tuple[Mention, Mention]] = ()
) -> dict[Mention, str]:
    """One key per entity of the document: a mention's gazetteer id or type and name, with the
    names the text declares to be one ("ISIS-K" and "Islamic State Khorasan") under one key."""
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    def own(m: Mention) -> str:
        return m.gazetteer_id or f"{m.type.value}:{lexicon.fold(m.name)}"

    for a, b in same_as:
        ka, kb = find(own(a)), find(own(b))
        if ka != kb:
            parent[max(ka, kb)] = min(ka, kb)
    return {m: find(own(m)) for m in mentions}


@dataclass
class Candidate:
    """Two entities of one document and one relation the reader could read between them."""

    subject: str
    predicate: Predicate
    object: str
    features: set[str] = field(default_factory=set)
    # the closest pair of mentions and the sentence that holds them: the evidence if read
    nearest: tuple[int, Sentence, Mention, Mention] | None = None
    sentences: set[int] = field(default_factory=set)

    @property
    def kind(self) -> str:
        return self.predicate.value


def _words(s: Sentence, lo: int, hi: int, skip: Iterable[Mention]) -> list[str]:
    """The words of the document's text from lo to hi, each other name inside as its type's mark."""
    out: list[str] = []
    at = lo
    for m in sorted((m for m in skip if lo <= m.start and m.end <= hi), key=lambda m: m.start):
        if m.start < at:
            continue
        out.extend(map(_generic, _WORD.findall(s.text[at - s.start : m.start - s.start].lower())))
        out.append(_TYPE_MARK[m.type])
        at = m.end
    out.extend(map(_generic, _WORD.findall(s.text[at - s.start : hi - s.start].lower())))
    return out


@cache
def _generic(word: str) -> str:
    """A nationality word as one mark: "Somali" and "Nigerian" say the same of a pair."""
    return "<nationality>" if len(word) > 3 and gazetteer.country_of_demonym(word) else word


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


def _between(order: str, between: list[str]) -> set[str]:
    """The words between two things in one sentence, in order: each word and pair of words, the whole run when
    short, its first and last words when long; `order` says which of the two comes first."""
    f = {f"order:{order}", f"dist:{_bucket(len(between), (0, 1, 2, 3, 5, 8, 12, 20))}"}
    if len(between) <= 12:
        f.update(f"{order}:w:{w}" for w in between)
        f.update(f"{order}:bi:{x} {y}" for x, y in zip(between, between[1:], strict=False))
        if len(between) <= 4:
            f.add(f"{order}:seq:{' '.join(between)}")
    else:
        f.update(f"{order}:head:{w}" for w in between[:3])
        f.update(f"{order}:tail:{w}" for w in between[-3:])
    return f


def _pair_features(s: Sentence, a: Mention, b: Mention) -> set[str]:
    """What one sentence says of a pair: the words between and around the two names, in order."""
    first, second = (a, b) if a.start < b.start else (b, a)
    order = "ab" if first is a else "ba"
    others = [m for m in s.mentions if m is not a and m is not b]
    between = _words(s, first.end, second.start, others)
    before = _words(s, max(s.start, first.start - 60), first.start, others)[-3:]
    after = _words(s, second.end, min(s.end, second.end + 60), others)[:3]
    f = _between(order, between)
    f.update(f"{order}:pre:{w}" for w in before)
    f.update(f"{order}:post:{w}" for w in after)
    f.update(f"mid:{_TYPE_MARK[m.type]}" for m in others if first.end <= m.start and m.end <= second.start)
    if s.index == 0:
        f.add("headline")
    return f


def _rank(count: Counter[str], key: str) -> str:
    above = sum(1 for n in count.values() if n > count[key])
    return _bucket(above + 1, (1, 2, 3))


@dataclass
class _Context:
    """What the reader knows of a document before it looks at a pair: every mention's entity key,
    each entity's type, how often the document names it, what the rules read and who struck where."""

    keyed: dict[Mention, str]
    types: dict[str, EntityType] = field(default_factory=dict)
    subtypes: dict[str, str] = field(default_factory=dict)
    count: dict[EntityType, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    lead: set[str] = field(default_factory=set)
    read: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    grounds: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    inside: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    struck: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    hit: set[str] = field(default_factory=set)

    def key_of(self, m: Mention) -> str:
        return self.keyed[m] if m in self.keyed else entity_keys([m])[m]


def _context(
    sentences: list[Sentence],
    relations: Iterable[Relation],
    attacks: Iterable[Attack],
    keys: dict[Mention, str],
) -> _Context:
    # every mention's key once: a name's from `keys`, an anaphor's from the name it stands for
    ctx = _Context(dict(keys))
    for s in sentences:
        for m in s.mentions:
            if m not in ctx.keyed:
                ctx.keyed[m] = entity_keys([m])[m]
    key_of = ctx.key_of
    for s in sentences:
        for m in s.mentions:
            k = key_of(m)
            ctx.types.setdefault(k, m.type)
            if m.subtype:
                ctx.subtypes.setdefault(k, m.subtype)
            ctx.count[m.type][k] += 1
    ctx.lead = {key_of(m) for s in sentences[:2] for m in s.mentions}
    for r in relations:
        ks, ko = key_of(r.subject), key_of(r.object)
        ctx.read[ks, ko].add(f"rule:{r.predicate.value}")
        ctx.read[ko, ks].add(f"rule_rev:{r.predicate.value}")
        if r.predicate is Predicate.OPERATES_IN:
            ctx.grounds[ks].add(ko)
        elif r.predicate is Predicate.LOCATED_IN:
            ctx.inside[ks].add(ko)
    for atk in attacks:
        places = {key_of(m) for m in atk.locations}
        ctx.hit |= places
        for resp in atk.responsibility:
            if resp.status.is_perpetrator:
                ctx.struck[key_of(resp.group)] |= places
    return ctx


def candidates(
    sentences: list[Sentence],
    relations: Iterable[Relation],
    attacks: Iterable[Attack],
    keys: dict[Mention, str],
) -> list[Candidate]:
    """Every pair of entities named together in a sentence, with each relation their types
    allow that the rules did not read, described by the pair's features."""
    ctx = _context(sentences, relations, attacks, keys)
    key_of, types, subtypes, count, lead = ctx.key_of, ctx.types, ctx.subtypes, ctx.count, ctx.lead
    read, grounds, inside, struck, hit = ctx.read, ctx.grounds, ctx.inside, ctx.struck, ctx.hit

    pairs: dict[tuple[str, str], Candidate] = {}
    for s in sentences:
        for a in s.mentions:
            for b in s.mentions:
                ka, kb = key_of(a), key_of(b)
                if ka == kb or a.end > b.start and b.end > a.start:
                    continue
                gap = b.start - a.end if a.start < b.start else a.start - b.end
                if gap > _WINDOW:
                    continue
                for pred, (subj, obj) in SLOTS.items():
                    if a.type not in subj or b.type not in obj:
                        continue
                    if pred in SYMMETRIC and ka > kb:
                        continue
                    c = pairs.setdefault((ka, pred.value, kb), Candidate(ka, pred, kb))
                    c.features |= _pair_features(s, a, b)
                    c.sentences.add(s.index)
                    if c.nearest is None or gap < c.nearest[0]:
                        c.nearest = (gap, s, a, b)
    out = []
    sentence_words: dict[int, set[str]] = {}  # each sentence's words, as features, read once
    for (ka, _, kb), c in pairs.items():
        done = f"rule:{c.predicate.value}"
        if done in read[ka, kb] or (c.predicate in SYMMETRIC and done in read[kb, ka]):
            continue
        f = c.features
        f.add(f"co:{_bucket(len(c.sentences), (1, 2, 3))}")
        f.add(f"types:{types[ka].value}-{types[kb].value}")
        a_rank, b_rank = _rank(count[types[ka]], ka), _rank(count[types[kb]], kb)
        f.add(f"a_rank:{a_rank}")
        f.add(f"b_rank:{b_rank}")
        f.add(f"a_kinds:{_bucket(len(count[types[ka]]), (1, 2, 3, 5, 8))}")
        f.add(f"b_sub:{subtypes.get(kb, 'none')}")
        f.add(f"a_sub:{subtypes.get(ka, 'none')}")
        f.add(f"top:{a_rank}|{subtypes.get(kb, 'none')}")
        f.add(f"ranks:{a_rank}|{b_rank}")
        f.add(f"near:{_bucket(c.nearest[0], (5, 20, 60, 150))}" if c.nearest else "near:none")
        if lead & {ka}:
            f.add("a_lead")
        if lead & {kb}:
            f.add("b_lead")
        if c.nearest is not None:
            s = c.nearest[1]
            # the sentence's other words, every name in it as its type's mark
            if s.index not in sentence_words:
                sentence_words[s.index] = {
                    f"sw:{w}" for w in _words(s, s.start, s.end, s.mentions) if w.isalpha() and len(w) > 2
                }
            f |= sentence_words[s.index]
        f |= read[ka, kb]
        if kb in struck[ka]:
            f.add("atk:struck_here")
        if kb in hit:
            f.add("atk:place_hit")
        if struck[ka]:
            f.add("atk:perpetrator")
        if any(kb in inside[g] for g in grounds[ka]):
            f.add("ground:holds_a_ground")
        if grounds[ka] & inside[kb]:
            f.add("ground:inside_a_ground")
        if grounds[ka]:
            f.add("ground:has_grounds")
        f |= _known(ka, kb, c.predicate)
        out.append(c)
    return out


def _known(ka: str, kb: str, predicate: Predicate) -> set[str]:
    """What the curated gazetteer knows of two groups, or of a person's group, as features: a prior, never a fact.

    The pair still has to be named together in a sentence; the model weighs the prior against the
    words ("al-Qaeda's affiliate" and "broke with al-Qaeda" both name a group with its gazetteer parent).
    The features name the kind of tie, never the groups. A group and a place get none: where a group is
    known to fight is outside knowledge a careful reader does not add to what the text says (trained with
    it, the model asserted "JeM operates in India" wherever both were named).
    """
    b = lexicon.groups().get(kb[len("group:") :]) if kb.startswith("group:") else None
    if not ka.startswith("group:"):
        # a person beside a group: what kind of group it is (a jihadist group's, a gang's, an army's man)
        return {f"kb:b_kind:{b.kind}"} if b is not None and predicate is Predicate.AFFILIATED_WITH else set()
    if predicate is Predicate.OPERATES_IN:
        return set()
    a = lexicon.groups().get(ka[len("group:") :])
    if a is None:
        return {"kb:unknown_group"}
    if not kb.startswith("group:"):
        return set()
    bid = kb[len("group:") :]
    # the families the two belong to: two Islamic State provinces share one, an Islamic State and an al-Qaeda
    # branch do not, whatever their kinds
    out = (
        {f"kb:kinds:{a.kind}|{b.kind}", "kb:family:same" if _root(a.id) == _root(bid) else "kb:family:other"}
        if b
        else set()
    )
    if a.parent == bid:
        out.add("kb:parent")
    if b is not None and b.parent == a.id:
        out.add("kb:child")
    if bid in a.formed_from:
        out.add("kb:formed_from")
    if b is not None and a.id in b.formed_from:
        out.add("kb:spawned")
    if b is not None and a.parent and a.parent == b.parent:
        out.add("kb:siblings")
    return out or {"kb:none"}


@cache
def _root(group_id: str) -> str:
    """The group at the top of a group's chain of parents in the gazetteer."""
    seen = {group_id}
    entry = lexicon.groups().get(group_id)
    while entry is not None and entry.parent and entry.parent not in seen:
        seen.add(entry.parent)
        group_id = entry.parent
        entry = lexicon.groups().get(group_id)
    return group_id


PERPETRATOR = "perpetrator"


@dataclass
class AttackCandidate:
    """A group the document names and one of its attacks the rules tied to no perpetrator."""

    attack: int  # the attack's place in the document's list
    group: str
    features: set[str] = field(default_factory=set)
    # the group's mention nearest the attack (sentences apart, its sentence, the mention): the evidence if read
    nearest: tuple[int, Sentence, Mention] | None = None
    kind: str = PERPETRATOR


def attack_candidates(
    sentences: list[Sentence],
    relations: Iterable[Relation],
    attacks: list[Attack],
    keys: dict[Mention, str],
) -> list[AttackCandidate]:
    """Every group the document names beside every attack the rules tied to no perpetrator, with
    what a reader would weigh: how far apart the two are told, the words between them, how much of
    the story the group holds, whether it operates where the attack was and struck elsewhere in it."""
    ctx = _context(sentences, relations, attacks, keys)
    by_group: dict[str, list[tuple[Sentence, Mention]]] = defaultdict(list)
    for s in sentences:
        for m in s.mentions:
            if m.type is G:
                by_group[ctx.key_of(m)].append((s, m))
    if not by_group:
        return []
    groups = ctx.count[G]
    out = []
    for i, atk in enumerate(attacks):
        tied = {ctx.key_of(r.group) for r in atk.responsibility}
        if any(r.status.is_perpetrator for r in atk.responsibility) or not atk.evidence:
            continue
        told = sorted({e.sentence_index for e in atk.evidence})
        first = atk.evidence[0]
        places = {ctx.key_of(m) for m in atk.locations}
        here = sentences[first.sentence_index]
        in_sentence = {ctx.key_of(m) for m in here.mentions if m.type is G}
        past = sum(1 for other in attacks[:i] if other.evidence)
        # the groups tied to other attacks told in or beside this attack's sentences
        beside = {
            ctx.key_of(r.group)
            for other in attacks
            if other is not atk and any(abs(e.sentence_index - j) <= 1 for e in other.evidence for j in told)
            for r in other.responsibility
            if r.status.is_perpetrator
        }
        # each group's mention nearest the attack: sentences apart, then before it over after
        near = {
            k: min(
                ((abs(s.index - j), s, m) for s, m in ms for j in told),
                key=lambda x: (x[0], x[1].index > first.sentence_index, x[2].start),
            )
            for k, ms in by_group.items()
        }
        closest = min(gap for gap, _, _ in near.values())
        around = {k for k, (gap, _, _) in near.items() if gap <= 2}
        attack_words = {
            f"asw:{w}"
            for w in _words(here, here.start, here.end, here.mentions)
            if w.isalpha() and len(w) > 2
        }
        for k, (gap, s_at, at) in near.items():
            if k in tied:  # suspected or denied: the text has said what it knows of the two
                continue
            c = AttackCandidate(i, k)
            f = c.features
            c.nearest = (gap, s_at, at)
            f |= attack_words
            f.add("closest_group" if gap == closest else "a_closer_group")
            if around == {k}:
                f.add("only_group_near")
            if s_at.mentions and s_at.mentions[0] is at and at.start - s_at.start < 25:
                f.add("opens_sentence")
            side = "same" if gap == 0 else ("before" if s_at.index < first.sentence_index else "after")
            f.add(f"gap:{side}:{_bucket(gap, (0, 1, 2, 3, 5, 10))}")
            if at not in keys:
                f.add("via_anaphor")
            if gap == 0:
                e = next(e for e in atk.evidence if e.sentence_index == s_at.index)
                f |= _attack_words(s_at, at, e.start, e.end)
            others = [m for m in s_at.mentions if m is not at]
            f.update(f"pre:{w}" for w in _words(s_at, max(s_at.start, at.start - 60), at.start, others)[-3:])
            f.update(f"post:{w}" for w in _words(s_at, at.end, min(s_at.end, at.end + 60), others)[:3])
            f.add(f"rank:{_rank(groups, k)}")
            f.add(f"groups:{_bucket(len(groups), (1, 2, 3, 5))}")
            f.add(f"in_sentence:{_bucket(len(in_sentence - {k}), (0, 1, 2))}")
            f.add(f"attack_no:{_bucket(past, (0, 1, 2, 4))}")
            f.add(f"told:{_bucket(len(told), (1, 2, 3))}")
            f.add(f"sub:{ctx.subtypes.get(k, 'none')}")
            if k in ctx.lead:
                f.add("lead")
            if ctx.struck[k]:
                f.add("struck_beside" if k in beside else "struck_elsewhere")
            if places & ctx.grounds[k]:
                f.add("operates_here")
            elif any(places & ctx.inside[p] for p in ctx.grounds[k]) or ctx.grounds[k] & {
                q for p in places for q in ctx.inside[p]
            }:
                f.add("operates_around")
            f.update(f"claimed_by_other:{r.status.value}" for r in atk.responsibility)
            if atk.date is None:
                f.add("undated")
            out.append(c)
    return out


def _attack_words(s: Sentence, group: Mention, lo: int, hi: int) -> set[str]:
    """The words between a group and the attack's word ("bombing", "stormed") in one sentence, in
    order; the attack's word is the first in its evidence span lo..hi, the span itself if none."""
    found = TRIGGER.search(s.text, lo - s.start, hi - s.start)
    if found is not None:
        lo, hi = s.start + found.start(), s.start + found.end()
    others = [m for m in s.mentions if m is not group]
    if group.end <= lo:
        order, between = "ga", _words(s, group.end, lo, others)
    elif group.start >= hi:
        order, between = "ag", _words(s, hi, group.start, others)
    else:
        return {"inside_attack"}
    f = _between(order, between)
    if found is not None:
        f.add(f"trigger:{found.group().lower()}")
    return f


@dataclass(frozen=True)
class PairModel:
    """Per relation: the weight of each feature, a bias, and the probability a pair needs."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    threshold: dict[str, float]

    def probability(self, c: Candidate | AttackCandidate) -> float:
        p = c.kind
        if p not in self.weights:
            return 0.0
        w = self.weights[p]
        # an exact sum, so the probability does not depend on the order a set of features is walked in
        z = self.bias[p] + math.fsum(w.get(f, 0.0) for f in c.features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def reads(self, c: Candidate | AttackCandidate) -> float | None:
        """The pair's probability if it clears its relation's threshold."""
        if c.kind not in self.threshold:
            return None
        p = self.probability(c)
        return p if p >= self.threshold[c.kind] else None


@cache
def load_model() -> PairModel | None:
    """The shipped model, or None where none has been trained."""
    ref = resources.files("kg.data").joinpath("pair_model.json")
    if not ref.is_file():
        return None
    data = json.loads(ref.read_text(encoding="utf-8"))
    return PairModel(data["weights"], data["bias"], data["threshold"])


def read_pairs(
    sentences: list[Sentence],
    relations: list[Relation],
    attacks: Iterable[Attack],
    keys: dict[Mention, str],
    model: PairModel | None = None,
) -> Iterator[tuple[Sentence, Mention, Predicate, Mention, float]]:
    """The relations the model reads among the pairs the rules left unrelated: the sentence,
    subject mention, relation, object mention and probability of each."""
    model = model or load_model()
    if model is None:
        return
    for c in candidates(sentences, relations, attacks, keys):
        if (p := model.reads(c)) is not None and c.nearest is not None:
            _, s, a, b = c.nearest
            yield s, a, c.predicate, b, p


def read_perpetrators(
    sentences: list[Sentence],
    relations: list[Relation],
    attacks: list[Attack],
    keys: dict[Mention, str],
    model: PairModel | None = None,
) -> Iterator[tuple[int, Sentence, Mention, float]]:
    """The perpetrators the model reads for attacks the rules tied to none: the attack's place in
    the list, the sentence that names the group nearest the attack, the group's mention there and
    the probability. At most one group per attack, the likeliest."""
    model = model or load_model()
    if model is None or PERPETRATOR not in model.threshold:
        return
    best: dict[int, tuple[float, AttackCandidate]] = {}
    for c in attack_candidates(sentences, relations, attacks, keys):
        p = model.reads(c)
        if p is not None and c.nearest is not None and (c.attack not in best or p > best[c.attack][0]):
            best[c.attack] = (p, c)
    for i, (p, c) in sorted(best.items()):
        _, s, m = c.nearest
        yield i, s, m, p

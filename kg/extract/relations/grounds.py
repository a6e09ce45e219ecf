"""Where a group is active (operatesIn), read from phrasings the pair rules leave: a heartland spelled out as a list,
a place used as the adjective of a group's fighters, both sides of a border, and the war a recruit went to join."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.relations.common import _POSS, Found, G, L, _place_run
from kg.extract.sentences import Sentence
from kg.model import EntityType, Mention, Predicate

# "ISSP's heartland is the tri-border zone known as Liptako-Gourma: ...": the ground named after a description of it
_HEARTLAND_IS = re.compile(
    rf"^{_POSS}\s+(?:(?:main|core|traditional|principal|chief|original)\s+)?(?:heartland|stronghold|home\s+base|base|"
    r"bastion|(?:centre|center)\s+of\s+gravity|(?:area|zone|theatre|theater)\s+of\s+operations?)\s+"
    r"(?:is|was|remains|has\s+long\s+been|has\s+been)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:zone|area|region|belt|triangle|corridor|borderlands?|frontier|basin|plateau|strip|stretch)\s*,?\s+"
    r"(?:(?:locally|widely|commonly|also)\s+)?(?:known\s+as|called|of|around)\s+(?:the\s+)?$",
    re.I,
)
# The joins of a list that a colon opens: "Liptako-Gourma: Mali's Ménaka region and the Ansongo area, Niger's ..."
_ITEM_JOIN = re.compile(
    r"^(?:\s+(?:region|area|province|district|zone|state|county|department|prefecture))?\s*(?::|,|;|,?\s+and)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_OWNER_JOIN = re.compile(rf"^{_POSS}\s+$")
_COLON = re.compile(r"^\s*:\s+(?:the\s+)?$")


def _next_mention(s: Sentence, m: Mention) -> Mention | None:
    """The first mention that starts after `m` ends."""
    return min((x for x in s.mentions if x.start >= m.end), key=lambda x: x.start, default=None)


def _framed_next(
    s: Sentence, m: Mention, kind: EntityType, between: re.Pattern[str], after: re.Pattern[str]
) -> Mention | None:
    """The mention right after `m` when it is of `kind`, the words between match `between` and the words after it
    match `after`."""
    q = _next_mention(s, m)
    if q is not None and q.type is kind and between.match(s.between(m, q)) and after.match(s.after(q, 40)):
        return q
    return None


def _heartland_list(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    """ "X's heartland is the zone known as A: B's C and the D area, E's F": A and each place of the list after the
    colon (the countries whose possessive says where a part lies as well)."""
    for g in groups:
        first = next((q for q in places if q.start >= g.end), None)
        if first is None or not _HEARTLAND_IS.match(s.between(g, first)):
            continue
        yield Found(g, Predicate.OPERATES_IN, first, 0.65)
        nxt = next((m for m in s.mentions if m.start >= first.end), None)
        if nxt is None or nxt.type is not L or not _COLON.match(s.between(first, nxt)):
            continue
        chain = [nxt]
        for q in (m for m in sorted(s.mentions, key=lambda m: m.start) if m.start >= nxt.end):
            join = s.between(chain[-1], q)
            if q.type is not L or not (_ITEM_JOIN.match(join) or _OWNER_JOIN.match(join)):
                break
            chain.append(q)
        yield from (Found(g, Predicate.OPERATES_IN, q, 0.6) for q in chain)


# "the Dawlah Islamiyah-Maute group, the Lanao del Sur militants who ...": a place used as the adjective of the
# group's own fighters says where they are
_APPOSED = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?(?:\s+(?:group|faction|movement|militia))?\s*,\s+(?:the|a|an)\s+$", re.I
)
_FIGHTERS_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:militants|rebels|insurgents|jihadists|separatists|guerrillas|militia|gang|outfit|faction|"
    r"fighters)\b(?!\s+(?:of|against|from)\b)",
    re.I,
)


def _place_adjective(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    for g in groups:
        if (q := _framed_next(s, g, L, _APPOSED, _FIGHTERS_AFTER)) is not None:
            yield Found(g, Predicate.OPERATES_IN, q, 0.65)


# "ISSP, which operates on both sides of the Niger-Mali border": each of the two countries
_BOTH_SIDES = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*(?:,\s+(?:which|that|who)\s+|\s+)"
    r"(?:(?:is|are|has|have|had|also|still|now|mainly|mostly|largely|reportedly|been)\s+)*"
    r"(?:operates?|operating|operated|active|present|roams?|roaming|moves?|moving|straddles|straddling)\s+"
    r"(?:(?:freely|mainly|mostly|largely)\s+)?(?:on\s+(?:both|either)\s+sides?\s+of|along|across|astride)\s+(?:the\s+)?$",
    re.I,
)
_DASH = re.compile(r"^\s*[-–—/]\s*$")
_BORDER_AFTER = re.compile(r"^\s+(?:border|frontier|borderlands?|boundary)\b", re.I)


def _border_sides(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    for g in groups:
        first = next((q for q in places if q.start >= g.end), None)
        if first is None or not _BOTH_SIDES.match(s.between(g, first)):
            continue
        second = next((q for q in places if q.start >= first.end), None)
        if (
            second is None
            or not _DASH.match(s.between(first, second))
            or not _BORDER_AFTER.match(s.after(second, 20))
        ):
            continue
        yield Found(g, Predicate.OPERATES_IN, first, 0.65)
        yield Found(g, Predicate.OPERATES_IN, second, 0.65)


# "travelled to Syria and Iraq after 2013 to fight for the Islamic State": the war a recruit went to join is there
_WENT_TO = re.compile(
    r"\b(?:travel+ed|travel+ing|travels?|went|gone|going|moved|headed|left\s+for|journeyed|"
    r"made\s+(?:his|her|their)\s+way)\s+to\s+(?:the\s+)?$",
    re.I,
)
_TO_JOIN = re.compile(
    r"^(?:\s+(?:in|after|before|since|around)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?\d{4})?\s+"
    r"(?:to|in\s+order\s+to)\s+(?:join|fight\s+(?:for|with|alongside|in\s+the\s+ranks\s+of)|serve\s+(?:with|in))\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "a Moroccan who had joined the Islamic State in Syria": the group a man joined in a place is there
_JOINED_BEFORE = re.compile(
    r"\b(?:joined|join|joining|joins|rejoined|fight\s+for|fought\s+for|fighting\s+for|fights\s+for)\s+(?:the\s+)?$",
    re.I,
)
_IN_PLACE = re.compile(
    r"^\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|"
    r"north-?western|south-?eastern|south-?western)\s+)?$",
    re.I,
)


def _recruits_war(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    ms = sorted(s.mentions, key=lambda m: m.start)
    for g in groups:
        q = next((m for m in ms if m.start >= g.end), None)
        if (
            q is not None
            and q.type is L
            and _JOINED_BEFORE.search(s.before(g, 30))
            and _IN_PLACE.match(s.between(g, q))
        ):
            yield from (
                Found(g, Predicate.OPERATES_IN, p, 0.6)
                for p in _place_run(s, [m for m in places if m.start >= q.start])
            )
    for i, q in enumerate(places):
        if not _WENT_TO.search(s.before(q, 40)):
            continue
        run = _place_run(s, places[i:])
        g = next((m for m in ms if m.start >= run[-1].end), None)
        if g is not None and g.type is G and _TO_JOIN.match(s.between(run[-1], g)):
            yield from (Found(g, Predicate.OPERATES_IN, p, 0.6) for p in run)


# "both have shared territory in Apure"; "the two share launch teams and logistics in northern Babil"; "fighters from
# the two groups have clashed in X"; "a collaboration between A and B, which he said shared camps in X": ground two
# groups hold together, or keep fighting over (the perfect: not one clash)
_PAIR_SUBJECT = (
    r"(?:(?:fighters|members|militants|men|units)\s+(?:from|of)\s+)?(?:both|the\s+two(?:\s+(?:groups|movements|factions|"
    r"organi[sz]ations|militias|outfits|networks|rivals))?)\s+"
)
_SHARED_GROUND = re.compile(
    rf"(?:\b{_PAIR_SUBJECT}(?P<two>)|(?P<which>\b(?:which|that)\s+(?:(?:he|she|they|officials|police|analysts)\s+"
    r"(?:said|say|says)\s+)?)|(?P<direct>\s))"
    r"(?:(?:have|had|also|long|still|now|reportedly|since)\s+)*"
    r"(?:(?:share|shared|shares|sharing)\s+(?:(?!(?:in|across|around|with)\b)[\w-]+\s+){1,5}?|"
    r"(?<=have\s)(?:(?:repeatedly|often|also)\s+)?(?:clashed|fought\s+(?:each\s+other|one\s+another))\s+"
    r"(?:(?:repeatedly|often|regularly|frequently)\s+)?|"
    r"(?:compete|competed|compete|competing|vie|vied)\s+for\s+(?:[\w-]+\s+){1,3}?)"
    r"(?:in|across|around|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:'s|’s)\s+)?$",
    re.I,
)
# "a collaboration between A and the so-called B", which ...": the two a "which" after the second stands for
_PAIR_JOIN = re.compile(r"^\s*(?:[\w-]+\s+)?(?:and|&)\s+(?:the\s+)?(?:so-called\s+)?$", re.I)
_PAIR_AND = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*(?:and|&)\s+(?:the\s+)?$", re.I)
_SUBJECT_CLOSES = re.compile(r"^\s*(?:\([^()]{1,25}\))?$")
_CLAUSE_AFTER = re.compile(r"^[\s\"”'’]*(?:[\w-]+)?[\"”'’]?\s*,\s*$")


def _shared_ground(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    first = next(
        (q for q in places if (m := _SHARED_GROUND.search(s.text[: q.start - s.start])) is not None), None
    )
    if first is None or (m := _SHARED_GROUND.search(s.text[: first.start - s.start])) is None:
        return
    before = [g for g in groups if g.end - s.start <= m.start()]
    # "A and B have clashed in X": the two named right before the verb
    if m.group("direct") is not None and (
        not before or not _SUBJECT_CLOSES.match(s.text[before[-1].end - s.start : m.start()])
    ):
        return
    if m.group("which") is not None or m.group("direct") is not None:
        # the two joined right before "which" or the verb
        before = before[::-1]
    named: list[Mention] = []
    for g in before:
        if not any(g.name == k.name for k in named):
            named.append(g)
    if len(named) < 2:
        return
    # "the two" and "both" stand for the first two groups the sentence names; "which" for the last two
    pair_last = m.group("which") is not None or m.group("direct") is not None
    a, b = (named[1], named[0]) if pair_last else (named[0], named[1])
    if m.group("direct") is not None and not (a.end <= b.start and _PAIR_AND.match(s.between(a, b))):
        return
    if m.group("which") is not None and not (
        a.end <= b.start
        and _PAIR_JOIN.match(s.between(a, b))
        and _CLAUSE_AFTER.match(s.text[b.end - s.start : m.start()])
    ):
        return
    run = _place_run(s, [q for q in places if q.start >= first.start])
    # ("have clashed in Afghanistan's Nangarhar province": the country's possessive only says where the province is)
    run = [
        q for i, q in enumerate(run) if i + 1 == len(run) or not _OWNER_JOIN.match(s.between(q, run[i + 1]))
    ]
    yield from (Found(g, Predicate.OPERATES_IN, q, 0.6) for g in (a, b) for q in run)


# "the Lake Chad shoreline, ISWAP's stronghold": the place, then the group's own word for it with no article
_COMMA_ONLY = re.compile(
    r"^(?:\s+(?:shoreline|shores?|coast|islands|basin|forest|mountains|hills|valley|region|province|district|area))?"
    r"\s*,\s+$",
    re.I,
)
_POSS_STRONGHOLD = re.compile(
    rf"^{_POSS}\s+(?:(?:main|key|last|traditional|former|longtime|long-time)\s+)?(?:stronghold|heartland|bastion|"
    r"hideout|sanctuary|safe\s+haven|base\s+of\s+operations)\b",
    re.I,
)


def _poss_stronghold(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    for q in places:
        if (g := _framed_next(s, q, G, _COMMA_ONLY, _POSS_STRONGHOLD)) is not None:
            yield Found(g, Predicate.OPERATES_IN, q, 0.65)


# "The AA controls fourteen of the state's seventeen townships, including Maungdaw and Buthidaung": the sentence's
# subject holds the places its ground is said to include
_HOLDS_INCLUDING = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:(?:now|still|already|effectively|has|have|had|also)\s+)*"
    r"(?:controls?|controlled|holds?|held|seized|captured|taken|took|overran|overrun|runs?)\s+"
    r"(?:(?:[\w-]+\s+){0,2}?of\s+(?:(?:the|its|their)\s+)?(?:[\w'’.-]+(?:'s|’s)\s+)?)?(?:[\w-]+\s+){0,2}?"
    r"(?:townships|districts|towns|villages|provinces|municipalities|counties|states|regions|cities|territories)\s*,\s+"
    r"(?:including|among\s+them|notably)\s+(?:the\s+)?$",
    re.I,
)
_OPENS = re.compile(r"^\W*(?:the\s+)?$", re.I)


def _holds_including(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    g = groups[0]
    if not _OPENS.match(s.text[: g.start - s.start]):
        return
    first = next((q for q in places if q.start >= g.end), None)
    if first is None or not _HOLDS_INCLUDING.match(s.between(g, first)):
        return
    yield from (
        Found(g, Predicate.OPERATES_IN, q, 0.65)
        for q in _place_run(s, [q for q in places if q.start >= first.start])
    )


def find_grounds(s: Sentence) -> Iterator[Found]:
    """The places these rules read a group to be active in."""
    groups = sorted((m for m in s.mentions if m.type is G), key=lambda m: m.start)
    if not groups:
        return
    places = sorted((m for m in s.mentions if m.type is L), key=lambda m: m.start)
    if not places:
        return
    for rule in (
        _heartland_list,
        _place_adjective,
        _border_sides,
        _recruits_war,
        _shared_ground,
        _poss_stronghold,
        _holds_including,
    ):
        yield from rule(s, groups, places)

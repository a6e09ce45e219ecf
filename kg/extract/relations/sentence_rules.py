"""Rules over a whole sentence: mergers, lists of places, "In Somalia, X ...", alliances, rolls."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.branches import name_holds, part_of
from kg.extract.relations.common import _MODIFIER_AFTER, _POSS, Found, G, L, _clause_owner, _place_run, _same
from kg.extract.relations.groups import _MERGER, _bloc, _ties
from kg.extract.relations.persons import _roll
from kg.extract.relations.places import _IN_LOC_COMMA, _OWN_WAR_IN, _WHOSE_MEN_IN, _place_list_after
from kg.extract.sentences import Sentence
from kg.model import Mention, Predicate


def _sentence_level(s: Sentence, ms: list[Mention]) -> Iterator[Found]:
    """Rules over lists and sentence openings: mergers, "across A, B and C", "In Somalia, X ..."."""
    groups = [m for m in ms if m.type is G]
    places = [m for m in ms if m.type is L]
    # "X was formed in 2017 by the merger of A, B and C"
    for i, m in enumerate(groups):
        if _MERGER.search(s.before(m, 60)):
            subject = next((g for g in reversed(groups[:i]) if not _MERGER.search(s.before(g, 60))), None)
            if subject is not None:
                for part in groups[i:]:
                    if re.match(rf"^{_POSS}", s.after(part, 3)):
                        continue
                    listed = _MERGER.search(s.before(part, 60)) or re.match(
                        r"^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$",
                        s.between(groups[groups.index(part) - 1], part) or " x",
                    )
                    if listed and not _same(part, subject):
                        yield Found(subject, Predicate.FORMED_FROM, part, 0.75)
                break
    yield from _parts(s, groups, places)
    # a list of places after an operating verb: "seeks to create a caliphate in A, B, C and D"
    for a in groups:
        listed = _place_list_after(s, a, places)
        for b in listed[1:]:
            yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    # "In Ituri province, ... the ADF ...", "Based on the islands of A and B, it ...": where the subject group is active
    if places and groups and _IN_LOC_COMMA.match(s.text[: places[0].start - s.start]):
        run = _place_run(s, places)
        subject = groups[0]
        if subject.start > run[-1].end and not re.match(rf"^{_POSS}", s.after(subject, 3)):
            for head in run:
                yield Found(subject, Predicate.OPERATES_IN, head, 0.6)
        elif len(groups) > 1 and re.match(rf"^{_POSS}", s.after(subject, 3)):
            for head in run:
                yield Found(groups[1], Predicate.OPERATES_IN, head, 0.55)
    yield from _bloc(s, groups)
    yield from _roll(s, ms)
    yield from _ties(s, ms)
    # "X, which ... and whose fighters hide in the mountains of Y"; "while waging its own war inside Y"
    for i, p in enumerate(places):
        before = s.text[: p.start - s.start]
        clause = _WHOSE_MEN_IN.search(before) or _OWN_WAR_IN.search(before)
        if clause is None:
            continue
        owner = _clause_owner(s, groups, s.start + clause.start(), own=clause.re is _OWN_WAR_IN)
        if owner is not None:
            for q in _place_run(s, places[i:]):
                yield Found(owner, Predicate.OPERATES_IN, q, 0.6)
    # "... across Mali, Burkina Faso and Niger": where the groups of the clause operate
    for i, p in enumerate(places):
        if re.search(r"\b(?:across|throughout)\s+(?:the\s+)?$", s.before(p, 20)):
            run = _place_run(s, places[i:])
            for g in groups:
                if (
                    g.end <= p.start
                    and not re.match(rf"^{_POSS}", s.after(g, 3))
                    and not _MODIFIER_AFTER.match(s.after(g, 20))
                ):
                    for q in run:
                        yield Found(g, Predicate.OPERATES_IN, q, 0.6)
            break


def _parts(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    """ "the Islamic State's affiliate in Somalia": the affiliate, when it can be told which, and where it is.

    The place belongs to the part, not to the parent. A part the text names itself ("..., ISIS-K") is
    tied to its parent by the pair rules; one known only from the gazetteer is tied here.
    """
    for g in groups:
        part = part_of(s, g)
        if part is None or part.group is None or _same(part.group, g):
            continue
        if part.group.start == g.start:
            predicate = (
                Predicate.FORMED_FROM if _OFFSHOOT_WORD.search(part.group.text) else Predicate.AFFILIATE_OF
            )
            yield Found(
                part.group, predicate, g, 0.6, "branchOf" if predicate is Predicate.AFFILIATE_OF else None
            )
        for p in places:
            if g.end <= p.start and p.end <= part.end and (part.locative or not name_holds(part.group, p)):
                yield Found(part.group, Predicate.OPERATES_IN, p, 0.6)


_OFFSHOOT_WORD = re.compile(r"\b(?:offshoot|splinter)\b", re.I)

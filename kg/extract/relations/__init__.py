"""Pattern rules for the seven relations, read within one sentence and from names.

Each rule looks at an ordered pair of mentions (or a mention and its
neighbourhood) and the words between them: "X, the Khorasan branch of Y",
"Y's affiliate X", "X grew out of Y", "X pledged allegiance to Y", "P of the
O", "O spokesman P". The words between two names say how they are related;
the types of the two names say which relations are possible at all. A few
rules read a whole sentence (lists, alliances, "whose fighters ..."), and
`find_document_relations` reads what a group's own name says
("Islamic State Libya Province") once the other end is named in the document.

One module per family of rules: `persons` (affiliatedWith), `groups` (affiliateOf, formedFrom,
alliedWith, rivalOf), `places` (operatesIn, locatedIn), `sentence_rules` (lists and sentence
openings), `names` (what a name says), `pronouns` ("its media arm X", "the rebels control Y",
"the two have been at war", read with the sentence before when the pronoun opens one); `common`
holds what they share.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from itertools import chain

from kg.extract.branches import Part, part_of
from kg.extract.relations.alliances import _alliance_pair, _alliance_sentence
from kg.extract.relations.common import Found, G, L, _between, _same, backed, contrasted, denied
from kg.extract.relations.grounds import find_grounds
from kg.extract.relations.groups import _group_pair
from kg.extract.relations.located import find_named_seats, located_pair
from kg.extract.relations.names import find_name_relations
from kg.extract.relations.persons import _person_pair, find_cross_sentence_affiliations
from kg.extract.relations.places import (
    _located_pair,
    _place_pair,
    branch_place,
    demonym_capital,
    demonym_ground,
    demonym_places,
    find_containment,
    implied_places,
    listed_places_in,
)
from kg.extract.relations.pronouns import find_pronoun_relations
from kg.extract.relations.sentence_rules import _sentence_level, find_table_relations
from kg.extract.sentences import Sentence
from kg.model import Mention, Predicate

__all__ = ["Found", "find_document_relations", "find_relations", "listed_grounds"]


def find_document_relations(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """Relations read across sentences: what a group's name says, what "its" and "the two" stand for,
    which body an official named by office (or by "he" or "she") belongs to, which named place the
    gazetteer puts in which, and what a table's columns say of the group in each row."""
    for s, found in chain(
        find_name_relations(sentences),
        find_pronoun_relations(sentences),
        find_cross_sentence_affiliations(sentences),
        find_containment(sentences),
        find_named_seats(sentences),
        find_table_relations(sentences),
    ):
        if not backed(s, found):
            yield s, found


def find_relations(sentence: Sentence) -> Iterator[Found]:
    """Every relation the rules read in one sentence."""
    for found in _find_relations(sentence):
        if denied(sentence, found) or contrasted(sentence, found) or backed(sentence, found):
            continue
        yield found
        # "AQAP, al-Qaeda's Yemeni branch": the branch's adjective says where it is
        if found.subproperty == "branchOf" and (where := branch_place(sentence, found)) is not None:
            yield where
        yield from implied_places(sentence, found)
        yield from listed_places_in(sentence, found)
        yield from listed_grounds(sentence, found)


_NARROWING = r"(?:particularly|especially|notably|mainly|mostly|chiefly|above\s+all|including)"
# "strongest in the Makran belt, particularly Kech and Awaran districts"; "in Sokoto and Kebbi, and also in Zamfara":
# a place, then the places a list or a narrowing word adds to it
_GROUND_JOIN = re.compile(
    # "who control Yemen's capital Sanaa": the country, then the city the possessive names in it
    r"^(?:'s|’s)\s+(?:capital|capital\s+city|largest\s+city|second\s+city|main\s+port)\s*,?\s*$|"
    # ("in the Makran coastal belt, in the Kech (also spelled Kej), Panjgur and Awaran districts")
    r"^(?:\s*\([^()]{1,40}\))?(?:\s+(?:[a-z]+\s+)?(?:belt|region|province|district|state|county|area|areas|territory|valley|"
    r"forest|mountains|hills|desert|basin|corridor))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
    rf"(?:{_NARROWING}\s+)?"
    r"(?:(?:also\s+)?(?:in|across|around)\s+)?(?:the\s+)?"
    # ("in Pendjari and in the neighbouring W National Park")
    r"(?:(?:neighbou?ring|nearby|adjacent|adjoining|northern|southern|eastern|western|central)\s+)?$",
    re.I,
)
# "and also in", "as well as in", "Yemen's capital": a join that says the next place is one more ground
_MARKED_JOIN = re.compile(
    r"\b(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:in|across|around)\b|^(?:'s|’s)|,\s*in\s", re.I
)
_OPEN_GLOSS = re.compile(r"^\s*\((?:also\s+)?(?:spelled|spelt|written|known\s+as|or)?\s*$", re.I)
_SPAN_BEFORE = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
# ", particularly" (or ", especially", ...) between the two: the second is a part of the first the group is in
_NARROWS = re.compile(rf"\b{_NARROWING}\b", re.I)


def listed_grounds(sentence: Sentence, found: Found) -> Iterator[Found]:
    """The places named right after the place a group was read to be active in, with a join that marks each as one
    more ground ("and also in", "particularly", "Yemen's capital"): it is active in each of them."""
    if found.predicate is not Predicate.OPERATES_IN or found.object.type is not L:
        return
    if _SPAN_BEFORE.search(sentence.before(found.object, 40)):
        # "along the boundary between Oromia and Amhara": the two ends of a line, not two grounds
        return
    places = sorted(
        (m for m in sentence.mentions if m.type is L and m.start >= found.object.end), key=lambda m: m.start
    )
    current, run = found.object, []
    for q in places:
        between = sentence.between(current, q)
        if _OPEN_GLOSS.match(between):
            continue  # "Kech (also spelled Kej)": the other spelling of the place just named
        if not _GROUND_JOIN.match(between) or any(
            m.start >= current.end
            and m.end <= q.start
            and m.type is not L
            and not _OPEN_GLOSS.match(sentence.between(current, m))
            for m in sentence.mentions
        ):
            break
        run.append((q, between))
        current = q
    # Only a run with a marked join: a plain list ("in A, B and C") is the pair rules' to read, and a run joined by
    # commas alone is a place and the place that holds it ("Bamako, Mali")
    if any(_MARKED_JOIN.search(b) or _NARROWS.search(b) for _, b in run):
        for q, _ in run:
            yield Found(found.subject, Predicate.OPERATES_IN, q, min(found.confidence, 0.65))
        return
    # "active along Nigeria's border with Niger, chiefly in the Tangaza, Gudu and Binji areas of Sokoto State": a
    # narrowing word further on names the places within the ground, a plain list after it
    for i, q in enumerate(places):
        if not _NARROWED_AFTER.match(sentence.between(found.object, q)) or any(
            m.type is G and found.object.end <= m.start and m.end <= q.start for m in sentence.mentions
        ):
            continue
        listed = [q]
        for r in places[i + 1 :]:
            if not _PLAIN_JOIN.match(sentence.between(listed[-1], r)):
                break
            listed.append(r)
        for r in listed:
            yield Found(found.subject, Predicate.OPERATES_IN, r, min(found.confidence, 0.6))
        return


_NARROWED_AFTER = re.compile(
    rf"^[^;.()]{{0,80}}?,\s*{_NARROWING}\s+(?:in|across|around)\s+(?:the\s+)?$", re.I
)
_PLAIN_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


# How far apart (in characters between them) two names may be for the pair rules to read them together
_WINDOW = 250


def _find_relations(sentence: Sentence) -> Iterator[Found]:
    """The relations the pair and sentence rules read, before what they imply is added."""
    ms = sorted(sentence.mentions, key=lambda m: m.start)
    # "the Islamic State's affiliate in Somalia": the part, not the parent that names it, is what the
    # words that follow are about
    parts = {(m.start, m.end): p for m in ms if m.type is G and (p := part_of(sentence, m)) is not None}
    for i, a in enumerate(ms):
        part = parts.get((a.start, a.end))
        minted = (
            part.group
            if part is not None and part.group is not None and part.group.start == a.start
            else None
        )
        for b in ms[i + 1 :]:
            if _same(a, b):
                continue
            between = _between(sentence, a, b)
            if len(between) > _WINDOW:
                break
            for found in _pair(sentence, a, b, between):
                if (found := _through_parts(found, parts)) is not None:
                    yield found
            if minted is not None and b.start >= minted.end and not _same(minted, b):
                for found in _pair(sentence, minted, b, _between(sentence, minted, b)):
                    if (found := _through_parts(found, parts)) is not None:
                        yield found
    yield from _sentence_level(sentence, ms)
    yield from _alliance_sentence(sentence, ms)
    yield from find_grounds(sentence)
    yield from demonym_capital(sentence)
    # "a presence in several Afghan provinces": a country named by its nationality word
    for place in demonym_places(sentence):
        for a in ms:
            if (
                a.type is G
                and a.end <= place.start
                and len(between := _between(sentence, a, place)) <= _WINDOW
            ):
                yield from demonym_ground(sentence, a, place, between, sentence.after(place, 60))


def _through_parts(found: Found, parts: dict[tuple[int, int], Part]) -> Found | None:
    """An ally or a rival named as "Y's affiliate in X" is that affiliate, or no one that can be told, not Y."""
    if found.predicate is Predicate.OPERATES_IN:
        # "X fought the Islamic State's affiliate in Somalia": the place is the affiliate's, not X's
        inside = next(
            (q for q in parts.values() if q.parent.end <= found.object.start and found.object.end <= q.end),
            None,
        )
        return (
            found
            if inside is None or (inside.group is not None and _same(inside.group, found.subject))
            else None
        )
    if found.predicate not in (Predicate.RIVAL_OF, Predicate.ALLIED_WITH):
        return found
    for role, other in (("subject", found.object), ("object", found.subject)):
        m = getattr(found, role)
        part = parts.get((m.start, m.end))
        if part is None or m.type is not G:
            continue
        if part.group is None:
            return None
        if not _same(part.group, other):
            found = dataclasses.replace(found, **{role: part.group})
    return found


def _pair(s: Sentence, a: Mention, b: Mention, between: str) -> Iterator[Found]:
    """Rules over an ordered pair: a comes before b, `between` is the text between them."""
    after_b = s.after(b, 60)
    yield from _person_pair(s, a, b, between, after_b)
    yield from _group_pair(s, a, b, between, after_b)
    yield from _place_pair(s, a, b, between, after_b)
    yield from _located_pair(s, a, b, between, after_b)
    yield from located_pair(s, a, b, between, after_b)
    yield from _alliance_pair(s, a, b, between, after_b)

"""A group named only as another's part: "the Islamic State's affiliate in Somalia", "IS's Khorasan branch".

The parent in such a phrase is a modifier. It did not claim the attack its affiliate claimed, and the
place names where the part is, not (on this evidence) where the parent is. The part itself has a
name when the text gives one ("..., ISIS-K,") or when the curated gazetteer lists exactly one part of
that parent for that place; otherwise it stays unnamed, and no fact is pinned on the parent instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.sentences import Sentence
from kg.model import EntityType, Mention

_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
# "'s Khorasan branch", "'s affiliate in Somalia", "'s local franchise", "'s armed wing"
_POSS_PART = re.compile(
    r"^(?:'s|’s|')\s+(?:(?:new|main|regional|local|official|powerful|deadly|armed|military|overseas)\s+)*"
    rf"(?:(?P<pre>{_NAME})\s+)?"
    r"(?P<part>branch|affiliate|province|franchise|chapter|wing|arm|offshoot|splinter(?:\s+group|\s+faction)?|"
    r"faction|cell)\b"
    rf"(?:\s+(?:in|for|of)\s+(?:the\s+)?(?P<place>{_NAME}))?"
)
# The part's own name right after the phrase: ", ISIS-K," / " (ISKP)" / " known as X"
_NAMED_NEXT = re.compile(r"^\s*(?:,|\(|,?\s+(?:known\s+as|called))?\s*(?:the\s+)?$", re.I)
_NAMED_BEFORE = re.compile(
    r"^\)?\s*(?:\([^()]{1,25}\))?\s*(?:,\s+|,?\s+(?:(?:is|was|became|remained|remains|has\s+become|had\s+become|as)\s+)"
    r"(?:(?:now|still|formally|effectively|officially)\s+)?)"
    # "Jabhat al-Nusra, then al-Qaeda's branch in Syria"; "X, which was then al-Qaeda's branch": a past apposition
    r"(?:(?:which|that)\s+(?:is|was)\s+)?(?:(?:then|at\s+the\s+time|once|formerly|until\s+\d{4})\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:former\s+)?$"
)
_SPLINTER = ("offshoot", "splinter")
_ORGANS = frozenset({"wing", "arm", "cell"})


@dataclass(frozen=True, slots=True)
class Part:
    """A part of `parent` named by a possessive phrase that ends at document offset `end`.

    `group` is the part as a mention (the name the text gives, or the gazetteer's), or None when
    it cannot be told which group the phrase means.
    """

    parent: Mention
    end: int
    place: str | None
    group: Mention | None
    # "'s affiliate in Somalia" says where the part is; "'s Khorasan branch" may only name it
    locative: bool = False


def part_of(sentence: Sentence, g: Mention) -> Part | None:
    """The part `g` owns in "g's X branch", "g's affiliate in X", or None when `g` is not such a modifier."""
    rest = sentence.text[g.end - sentence.start :]
    m = _POSS_PART.match(rest)
    if m is None:
        return None
    place = m.group("place") or m.group("pre")
    end = g.end + m.end()
    named = _named_part(sentence, g, end)
    locative = m.group("place") is not None
    if named is not None and not _same(named, g):
        return Part(g, end, place, named, locative)
    entry = _gazetteer_part(g.gazetteer_id, place, m.group("part").casefold().startswith(_SPLINTER))
    if entry is None:
        # "Hamas's armed wing claimed": an organ of the group that is not told apart from it is the group
        return None if m.group("part").casefold() in _ORGANS else Part(g, end, place, None, locative)
    group = Mention(
        sentence.text[g.start - sentence.start : end - sentence.start],
        entry.name,
        EntityType.GROUP,
        g.doc_id,
        g.start,
        end,
        g.sentence_index,
        0.6,
        f"group:{entry.id}",
    )
    return Part(g, end, place, group, locative)


# "the Khorasan branch of the Islamic State", "the Somali affiliate of al-Qaeda": the part named before its parent
_PART_OF_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:(?:new|main|regional|local|official|powerful|deadly|overseas)\s+)*"
    rf"(?P<place>{_NAME})\s+(?P<part>branch|affiliate|province|franchise|chapter|offshoot|"
    r"splinter(?:\s+group|\s+faction)?)\s+of\s+(?:the\s+)?$"
)


def gazetteer_part_around(text: str, g: Mention) -> Mention | None:
    """The gazetteer's part that "the X branch of g" or "g's X branch" names, as a mention of the phrase.

    Such a phrase is about the part, not its parent: "... the Khorasan branch of the Islamic State runs
    cells in Europe. The group was founded by defectors" goes on about the branch. None when the
    gazetteer does not list exactly one part of g for X.
    """
    before = _PART_OF_BEFORE.search(text, max(0, g.start - 80), g.start)
    after = _POSS_PART.match(text[g.end : g.end + 120])
    if before is not None:
        start, end, place, part = before.start(), g.end, before.group("place"), before.group("part")
    elif after is not None and after.group("part").casefold() not in _ORGANS:
        start, end, part = g.start, g.end + after.end(), after.group("part")
        place = after.group("place") or after.group("pre")
    else:
        return None
    entry = _gazetteer_part(g.gazetteer_id, place, part.casefold().startswith(_SPLINTER))
    if entry is None:
        return None
    return Mention(
        text[start:end],
        entry.name,
        EntityType.GROUP,
        g.doc_id,
        start,
        end,
        g.sentence_index,
        0.6,
        f"group:{entry.id}",
    )


def name_holds(group: Mention, place: Mention) -> bool:
    """Whether the group's gazetteer name holds the place: "Khorasan" in Islamic State Khorasan Province.

    In "the Islamic State's Khorasan branch" such a word names the branch (Khorasan is where its name
    comes from, not where it is known to be active); "al-Qaeda's Sahel affiliate", said of JNIM, can
    only say where JNIM is.
    """
    if not group.gazetteer_id or not group.gazetteer_id.startswith("group:"):
        return False
    gid = group.gazetteer_id.split(":", 1)[1]
    if gid not in lexicon.groups():
        return False
    word = re.compile(rf"\b{re.escape(lexicon.fold(place.text))}\b")
    return any(word.search(f) for f in _folded_names(gid))


def _same(a: Mention, b: Mention) -> bool:
    return (a.gazetteer_id is not None and a.gazetteer_id == b.gazetteer_id) or a.name == b.name


def _named_part(sentence: Sentence, g: Mention, end: int) -> Mention | None:
    """The part's own name: inside the phrase ("the TTP's Jamaat-ul-Ahrar faction"), right after it
    ("..., ISIS-K"), or right before it ("ISIS-K, the Islamic State's Khorasan branch"; "JNIM is al-Qaeda's
    branch in the Sahel").
    """
    mentions = sorted(sentence.mentions, key=lambda x: x.start)
    before = [x for x in mentions if x.type is EntityType.GROUP and x.end <= g.start and not _same(x, g)]
    if before and _NAMED_BEFORE.match(
        sentence.text[before[-1].end - sentence.start : g.start - sentence.start]
    ):
        return before[-1]
    for x in mentions:
        if x.type is not EntityType.GROUP or x.start < g.end:
            continue
        if x.end <= end:
            return x
        if x.start - end > 20:
            return None
        if _NAMED_NEXT.match(sentence.text[end - sentence.start : x.start - sentence.start]):
            return x
    return None


def _gazetteer_part(gazetteer_id: str | None, place: str | None, splinter: bool) -> lexicon.GroupEntry | None:
    """The one gazetteer group that is a part (or a splinter) of the parent and is named for, or active in, the place."""
    if not gazetteer_id or not gazetteer_id.startswith("group:") or not place:
        return None
    pid = gazetteer_id.split(":", 1)[1]
    kids = _splinters(pid) if splinter else _branches(pid)
    target = _place_id(place)
    parent = lexicon.groups().get(pid)
    # a part named for its parent and the place ("Islamic State Somalia Province", "al-Qaeda in the Arabian
    # Peninsula") beats one merely active there ("IS's branch in Pakistan" is not ISIS-K)
    stems = tuple(f + " " for f in _folded_names(parent.id)) if parent else ()
    word = re.compile(rf"\b{re.escape(lexicon.fold(place))}\b")
    by_name = [e for e in kids if any(f.startswith(stems) and word.search(f) for f in _folded_names(e.id))]
    if len(by_name) == 1:
        return by_name[0]
    if by_name or target is None:
        return None
    by_region = [e for e in kids if any(_place_id(r) == target for r in e.regions)]
    return by_region[0] if len(by_region) == 1 else None


@lru_cache(maxsize=1024)
def _folded_names(gid: str) -> tuple[str, ...]:
    entry = lexicon.groups()[gid]
    return tuple(lexicon.fold(n) for n in (entry.name, *entry.aliases))


@lru_cache(maxsize=1024)
def _branches(pid: str) -> tuple[lexicon.GroupEntry, ...]:
    return tuple(e for e in lexicon.groups().values() if e.parent == pid and e.id != pid)


@lru_cache(maxsize=1024)
def _splinters(pid: str) -> tuple[lexicon.GroupEntry, ...]:
    return tuple(e for e in lexicon.groups().values() if pid in e.formed_from and e.id != pid)


@lru_cache(maxsize=512)
def _place_id(text: str) -> str | None:
    entry = lexicon.lookup_place(text)
    return entry.id if entry is not None else None

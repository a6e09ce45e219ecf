"""Names inside hyphenated compounds ("a Hamas-linked journalist", "Iran-backed Houthis", "JNIM-held villages")."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kg import gazetteer
from kg.extract import lexicon
from kg.extract.mentions.text import is_demonym, place_mention
from kg.model import Document, EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span


# The words after a name's hyphen that say how something stands to it: ties, control, backing, place.
_TIE_SUFFIX = (
    r"(?:linked|affiliated|aligned|allied|inspired|led|backed|sponsored|controlled|held|run|ruled|based|"
    r"dominated|funded|financed|trained|armed|occupied|appointed|installed|owned|supported|loyal|leaning|"
    r"connected|administered|governed|organi[sz]ed)"
)
# "the al-Qaeda-linked", "Lashkar-e-Taiba-inspired", "Al-Qaeda in the Islamic Maghreb-affiliated": the words
# before the suffix, longest first; a suffix followed by another hyphen ("Hamas-led-government") is no tie.
_COMPOUND = re.compile(rf"(?<=[\w.’'])-(?P<tie>{_TIE_SUFFIX})(?![\w-])")
_WORDS_BEFORE = re.compile(r"(?:[^\s(\"“‘]+\s+){0,5}[^\s(\"“‘]+$")
# A word that may begin a name: a capital, or an Arabic article before one ("al-Shabaab").
_NAME_START = re.compile(r"^(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-ZÀ-Ý0-9]")
# Words that open a sentence or a phrase in capitals and never begin such a name.
_NOT_NAMES = frozenset(
    {"The", "A", "An", "Its", "Their", "His", "Her", "This", "That", "Some", "Many", "So", "Well"}
)


# "al-Qaeda-linked", "IS-inspired": ties to another body, the named one is not the thing described.
_TIES_TO_ANOTHER = frozenset({"linked", "affiliated", "aligned", "allied", "inspired", "connected"})


def compound_names(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """The group, organisation or place named as the first part of a hyphenated compound.

    The part must be a name the gazetteer knows (a group, an organisation, a place that is not a mere
    nationality word) or one the document names elsewhere ("the ABC-linked militia" after "the Alliance
    of ... (ABC)"). Only the name is the mention, never the suffix: "Hamas" in "Hamas-linked".
    """
    text = document.text
    taken = [(m.start, m.end) for m in found]
    elsewhere = {
        m.text: m for m in found if m.type in (EntityType.GROUP, EntityType.ORGANIZATION, EntityType.LOCATION)
    }
    starts = [s.start_char for s in sents]
    out: list[Mention] = []
    for match in _COMPOUND.finditer(text):
        end = match.start()
        line_start = text.rfind("\n", 0, end) + 1
        before = _WORDS_BEFORE.search(text, max(line_start, end - 80), end)
        if before is None:
            continue
        if any(s < end and end - 1 < e for s, e in taken):
            continue  # "Taliban-appointed": the name is a mention already
        words = before.group().split()
        for k in range(len(words)):
            part = " ".join(words[k:])
            start = end - len(part)
            if words[k] in _NOT_NAMES or not _NAME_START.match(part) or text[start:end] != part:
                continue
            # "a Mali-based, al-Qaeda-affiliated group": a name holds no comma, nor another mention
            if re.search(r"[,;:]", part) or any(s < end and start < e for s, e in taken):
                continue
            i = max(0, bisect.bisect_right(starts, start) - 1)
            mention = _known(document, part, start, i, elsewhere)
            if mention is None:
                continue
            out.append(mention)
            taken.append((start, end))
            break
    return out


def _known(
    document: Document, part: str, start: int, i: int, elsewhere: dict[str, Mention]
) -> Mention | None:
    """A mention of the name `part` at `start` (in sentence `i`), if the gazetteer or the document knows it."""
    end = start + len(part)
    gid = lexicon.lookup_group(part)
    if gid is not None:
        entry = lexicon.groups()[gid]
        return Mention(part, entry.name, EntityType.GROUP, document.id, start, end, i, 0.75, f"group:{gid}")
    if is_demonym(part) or gazetteer.country_of_demonym(part):
        # "Iranian-backed": a nationality word says whose, it does not name the state
        return None
    org = lexicon.lookup_org(part)
    if org is not None:
        return Mention(
            part,
            org.name,
            EntityType.ORGANIZATION,
            document.id,
            start,
            end,
            i,
            0.75,
            f"org:{org.id}",
            org.type,
        )
    place = lexicon.lookup_place(part, alternates=False)
    if place is not None and place.type in ("Country", "Region", "Province", "City"):
        return place_mention(part, place, document.id, start, end, i, 0.75)
    known = elsewhere.get(part)
    if known is not None and (known.gazetteer_id is not None or part.isupper() or " " in part):
        return Mention(
            part, known.name, known.type, document.id, start, end, i, 0.7, known.gazetteer_id, known.subtype
        )
    return None


def is_modifier(text: str, m: Mention, offset: int = 0) -> bool:
    """Whether mention `m` names the body another is tied to in a compound ("the al-Qaeda-linked group").

    Such a name says whom something else is tied to: it is not what "the group" or "it" stands for, nor
    the one responsible for what the tied men did. `offset` is where `text` starts in the document.
    """
    tie = _COMPOUND.match(text, m.end - offset)
    return tie is not None and tie.group("tie") in _ANOTHER_BODY


# "Hamas-backed", "IS-inspired": ties to another body (not "Taliban-run", "IS-held": the group's own).
_ANOTHER_BODY = _TIES_TO_ANOTHER | {
    "backed",
    "sponsored",
    "funded",
    "financed",
    "trained",
    "armed",
    "supported",
    "loyal",
    "leaning",
}


# "US-led strikes", "Iran-backed Houthis", "Turkish-funded": a state acting on something else.
_BACKER_TIES = _ANOTHER_BODY | {"led"}


def names_a_backer(text: str, m: Mention, offset: int = 0) -> bool:
    """Whether place mention `m` names a state that leads or backs something ("US-led strikes").

    Such a place is an actor in the sentence, not where a group operates or a place lies. `offset` is
    where `text` starts in the document.
    """
    tie = _COMPOUND.match(text, m.end - offset)
    return m.type is EntityType.LOCATION and tie is not None and tie.group("tie") in _BACKER_TIES

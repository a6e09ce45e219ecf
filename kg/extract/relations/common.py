"""What the relation rules share: the Found record, word patterns, and clause helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import TITLE_WORDS
from kg.extract.sentences import Sentence
from kg.model import EntityType, Mention, Predicate

# One-letter type names keep the tables readable.
G, O, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION  # noqa: E741
ORG_LIKE = (G, O)


@dataclass(frozen=True, slots=True)
class Found:
    """A relation a rule read: subject, predicate, object, how sure, finer property."""

    subject: Mention
    predicate: Predicate
    object: Mention
    confidence: float
    subproperty: str | None = None
    background: bool = False  # what the gazetteer knows of two things the text names, not what it says


_POSS = r"(?:'s|’s|')"
_W = r"[\w.'’-]+"  # one word, with internal dots, hyphens and apostrophes
# One or two parenthetical phrases after the subject: "X, led by P, also known as Q, has waged ...".
_APPOS = r"(?:\s*,[^,;]{0,100}?(?:,[^,;]{0,60}?)?,)?"
_TITLE = rf"(?:{TITLE_WORDS})"
_ABBR = r"(?:(?:Gen|Lt|Maj|Col|Capt|Sgt|Adm|Brig|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov)\.?\s+)"
_BRANCH = (
    r"(?:branch|branches|affiliate|affiliates|province|wing|arm|franchise|chapter|division|subsidiary|"
    r"unit|front\s+group|proxy|local\s+franchise|regional\s+affiliate|satellite|extension)"
)
# A splinter or offshoot is a new group formed from the old one (formedFrom), not a part of it (affiliateOf).
_OFFSHOOT = r"(?:offshoots?|splinter(?:\s+group|\s+faction)?|(?:breakaway|dissident|renegade)\s+(?:group|faction|wing))"


_MODIFIER_AFTER = re.compile(rf"^\s+(?:{_BRANCH}|{_OFFSHOOT})\b", re.I)
# Parts named by what they do rather than by "branch": "the Hizbul Mujahideen's suicide squad", "the EU's
# naval mission", "a project of the O". Read only where the parent is named as owner, never as a bare modifier.
_ORGAN = (
    r"(?:squad|squads|mission|agency|news\s+agency|outlet|mouthpiece|media\s+(?:arm|wing|outlet|office|foundation)|"
    r"propaganda\s+(?:arm|wing|outlet)|brigade|brigades|battalion|project|initiative|organ|faction)"
)
# A part word after one of these is a splinter, not a part: "the TTP's breakaway faction".
_NOT_SPLIT = r"(?!(?:and|or|dissident|breakaway|renegade|splinter|rival)\b)"
_PRONOUNS = frozenset({"its", "their", "it", "they"})
# "emerged in 2015 from", "was founded in late 2012 by": the year says when, not how two names relate.
_YEAR = re.compile(r"\b(?:in|since)\s+(?:early\s+|late\s+|mid-)?(?:\d{4}|the\s+\d{4}s)\s+(?=[a-z])")
_AGE_OR_ALIAS = re.compile(
    r"^\s*,\s*(?:\d{1,3}|(?:(?:also|better|widely|popularly|commonly|locally)\s+known\s+as|known\s+as|alias|aka|a\.k\.a\.|"
    r"known\s+by\s+(?:the|his|her)\s+(?:alias|nom\s+de\s+guerre|name|nickname|kunya))\s+[^,;]{1,40}?)(?=,)",
    re.I,
)
_PAREN = re.compile(r"^\s*\([^()]{1,25}\)")
_POSS_START = re.compile(rf"^{_POSS}")
_POSS_ONLY = re.compile(rf"^{_POSS}\s+$")  # "P, G's ...": only the possessive between


def _same(a: Mention, b: Mention) -> bool:
    return (a.gazetteer_id is not None and a.gazetteer_id == b.gazetteer_id) or a.name == b.name


_NOT_A_NAME = re.compile(r"^(?:the|this|that|these|those|its|their|it|they|he|she)\b", re.I)


_SAID_THAT = re.compile(
    r"\b(?:found|finds|said|says|ruled|heard|concluded|alleged|argued|believes?|believed|reported|added|stated|"
    r"noted|showed|shows|testified|confirmed)\s+that\s+$",
    re.I,
)


_OPEN_CLAUSE = re.compile(
    # (a list may stand in it: "X, which formed from the merger of A, B and C, is active in ...")
    r"\b(?:which|who|that|where)\b[^,;]*(?:,\s+(?:the\s+)?[A-Z][^,;]*)*$"
    # "X, formerly part of Y, has been fighting Z": Y is inside the apposition; but in "Its rival, the SDF,
    # holds ..." the SDF is the apposition's head, and the verb is its own
    r"|,\s+(?:(?:a|an|the)\s+[^,;]*?\S\s+|(?:formerly|once|originally|previously|itself)\s+[^,;]*)$"
)


def _in_clause(s: Sentence, a: Mention, between: str) -> bool:
    """Whether `a` closes a relative clause, so that the verb after the comma is not its own.

    In "Gulu, which lies near Kitgum, was once a stronghold of X" the stronghold is Gulu, not Kitgum.
    """
    if _SAID_THAT.search(s.before(a, 100)):
        return False  # "the court found that P, 26, had led X": "that" opens what was found, not a relative clause
    return bool(
        re.match(r"^\s*,\s+(?!which\b|that\b|who\b)", between)
        # a relative clause, or an apposition ("Q, a son of P, was ..."), still open before `a`
        and _OPEN_CLAUSE.search(s.before(a, 100))
    )


def _other_person_between(s: Sentence, a: Mention, b: Mention) -> bool:
    return any(m.type is P and a.end <= m.start and m.end <= b.start and m.name != a.name for m in s.mentions)


def _other_group_between(s: Sentence, a: Mention, b: Mention) -> bool:
    return any(m.type is G and a.end <= m.start and m.end <= b.start and not _same(m, a) for m in s.mentions)


def _clause_owner(s: Sentence, groups: list[Mention], at: int, own: bool) -> Mention | None:
    """The group a "whose ..." or "its own ..." clause at offset `at` is about.

    "its own war" is the subject's (the first group named, not as a possessive); "whose fighters"
    belong to the nearest group before it that is a noun of its own, not a modifier ("a former
    al-Shabaab preacher who defected ... and whose fighters": not al-Shabaab's).
    """
    before = [g for g in groups if g.end <= at]
    if own:
        plain = [g for g in before if not _POSS_START.match(s.after(g, 3))]
        return plain[0] if plain else None
    nouns = [
        g
        for g in before
        if re.match(r"^\s*(?:[,;()]|$|\s+(?:which|that|who|and|has|have|had|is|was)\b)", s.after(g, 12))
    ]
    return nouns[-1] if nouns else None


# "Kismayo and much of southern Somalia"; "Ituri, North Kivu and parts of Tshopo"
_LIST_JOIN = re.compile(
    # "Congo's North Kivu and Ituri provinces": the country, then its provinces
    r"^(?:(?:'s|’s)\s+"
    # "in the Sambisa Forest and in the Mandara mountains"
    # (but "Bahawalpur, in Pakistan's Punjab province" places the first in the second)
    r"|\s*(?:,|and|,\s*and|or)\s*(?:(?<=and|.or)\s*(?:also\s+)?(?:in|across|into)\s+)?"
    r"(?:(?:much|most|parts|large\s+parts|swathes|areas|stretches)\s+of\s+)?"
    # "the Menaka region of Mali": the place and the one that holds it
    r"|\s+(?:(?:region|province|state|district|area|department|governorate|county|territory|municipality)\s+)?of\s+)(?:the\s+)?"
    # "in the forests around Lake Lanao and in the mountains of Maguindanao"
    r"(?:(?:mountains|hills|forests?|jungles?|countryside|outskirts|hinterlands?)\s+(?:of|around|near)\s+(?:the\s+)?)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+)?$",
    re.I,
)


def _place_run(s: Sentence, places: list[Mention]) -> list[Mention]:
    """The first place and those listed right after it: "Mali, Burkina Faso and Niger"."""
    run = places[:1]
    for q in places[1:]:
        if not _LIST_JOIN.match(s.between(run[-1], q)):
            break
        run.append(q)
    return run


# "the Dawlah Islamiyah-Maute group, which ...": a head noun the name left out changes nothing.
_HEAD_NOUN = re.compile(
    r"^\s+(?:group|movement|militia|network|outfit|organi[sz]ation)\b(?=\s*[,;(]|\s+(?:which|that|who|was|is|has|had)\b)",
    re.I,
)


# A name that opens a line or a bullet and is followed by a colon or a dash is a label for what follows.
_LABEL = re.compile(r"^[*_]*\s*(?:[—–:]|\s-(?=\s))\s*(?=[A-Za-z])")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•+][ \t]+|\d+[.)][ \t]+)?[*_]*$")
# "**ISKP** maintains ...": Markdown emphasis around a name is not a word between it and the next
_EMPHASIS_CLOSE = re.compile(r"^([*_]{1,3})(?=[\s,;(])")


def _between(sentence: Sentence, a: Mention, b: Mention) -> str:
    """The words between two mentions, without what changes nothing about how they relate.

    "Tehrik-i-Taliban Pakistan (TTP) is allied with": the acronym in brackets changes nothing; nor do a
    person's age or other name: "P, 45, a commander of", "P, also known as Q, the leader of".
    """
    between = sentence.between(a, b)
    if (label := _LABEL.match(between)) is not None and _LINE_START.search(sentence.before(a, 20)):
        # "- **Lakurawa**: operates in Sokoto"; "Ansaru — a splinter of Boko Haram": a label, then what it says
        between = ", " + between[label.end() :]
    elif (mark := _EMPHASIS_CLOSE.match(between)) is not None and sentence.before(a, 3).endswith(
        mark.group(1)
    ):
        between = between[mark.end() :]
    between = _YEAR.sub("", _PAREN.sub("", between, count=1))
    if a.type is P:
        between = _AGE_OR_ALIAS.sub("", between, count=1)
    elif a.type is G:
        between = _HEAD_NOUN.sub("", between, count=1)
    return between

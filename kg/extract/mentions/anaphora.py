"""Mentions for "the group", "its fighters" and "It": the group the text has just discussed."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import TYPE_CHECKING

from kg.extract import lexicon
from kg.extract.branches import gazetteer_part_around
from kg.extract.mentions.compounds import is_modifier
from kg.extract.mentions.text import prefixed
from kg.model import Document, EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


_ITS = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir)\s+(?=(?:[\w-]+\s+){0,2}?(?:gunmen|fighters|militants|members|leader|founder|commanders?|affiliates?|"
    # ("its peshmerga clashed with the IRGC")
    r"guerrillas|peshmerga|"
    r"branch|suicide\s+bombers?|bombers|emir|spokesman|cells|factions|fronts|bases|hideouts|camps|ally|allies|rivals?|"
    r"wing|units?|militia|brigade|battalion|squad|"
    # "Its deadliest attack remains the 2015 killing of ...": the group's own attacks
    r"attacks?|bombings?|assaults?|ambush(?:es)?|raids?|massacres?|"
    # "Its secretary-general, P": any title of office
    rf"partners?|parent|enemy|(?:{lexicon.TITLE_WORDS})s?)\b)|"
    # The opening phrase is matched but is not part of the mention: only the pronoun is.
    # ('"It operates mostly in the port," she said': a quotation may open with it)
    r"(?:^[\"“‘]?|^(?:In|By|After|Since|Later|Then|Now|Based|At|Meanwhile|Still|Yet|But|And|Today|Elsewhere|During|"
    r"Despite|Although|Though|Until|Under|Once|Earlier|On|Within|Across|Around|Inside|"
    # "That month they seized ...", "Two days later it claimed ...": a time before the pronoun
    r"That|This|Last|Two|Three|Four|Five|Six|Several|Hours|Days|Weeks|Months|Years|Shortly|Soon)\b[^.;]{0,60}?,?\s|"
    # "According to P, a historian at the University of X, it was formed from ...": a source's long apposition
    r"^According\s+to\s[^.;\"“”]{0,120}?,\s|"
    # "Driven into Afghanistan by military offensives after 2014, it has regrouped": a participle's phrase
    r"^[A-Z][a-z]+(?:ed|en)\s+(?:into|by|out|from|back|underground|across|to)\b[^.;]{0,70}?,\s)"
    # ("The rebels also claimed ...": what a group's men are called, opening the sentence, stands for the group)
    r"(?P<pronoun>It|it|They|they|The\s+(?:rebels|insurgents|jihadists))\b(?=\s+(?:has|had|have|is|was|were|are|"
    r"also|later|then|claimed|named|identified|showed|pledged|formally|remains|seized|stormed|attacked|merged|split|joined|became|carried|conducted|staged|launched|mounted|killed|struck|operates|controls|was|is)\b)"
)


# "the firm's founder", "the institute's director": an organisation named by what it is, then an office in it
_ORG_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?:firm|company|agency|institute|think[\s-]+tank|newspaper|paper|broadcaster|ministry|court|"
    r"bank|charity|centre|center|commission|mission|department)(?=['’]s\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{lexicon.TITLE_WORDS})\b)"
)
# "a spokesman for the army's eastern operational zone": a part of the force, after its possessive
_ARMY_UNIT = (
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:zone|command|division|sector|region|brigade|battalion|headquarters|"
    r"operations)\b"
)
# "P, spokesman for the interior ministry", "the operation's spokesman, P": a body named by its head noun (and
# the words that set it apart), where the text has named it in full before; a force may be a police or an army
_BODY_HEADS = {
    "ministry": ("ministry",),
    "operation": ("operation",),
    "force": ("force", "police", "army", "gendarmerie", "guard"),
    "police": ("police",),
    # "Aicha Ndour, a spokesperson for the mission, said": the UN or AU mission the story named in full
    "mission": ("mission",),
    # "Colonel X, a spokesman for the army's eastern operational zone": the state's army the story named in full
    "army": ("army", "armed forces", "defen[cs]e forces?", "military"),
}
_DESCRIBED_BODY = re.compile(
    rf"(?P<title>\b(?:{lexicon.TITLE_WORDS})\s+(?:for|of|at)\s+)?(?<![\w'’-])(?P<body>[Tt]he\s+"
    r"(?P<mods>(?:(?:interior|foreign|defen[cs]e|justice|health|information|home|security|finance)\s+)?)"
    # ("P, the district police officer": the force's own officer, his post before his title)
    r"(?:(?:district|provincial|regional|city|local)\s+(?=police\s))?"
    r"(?P<head>ministry|operation|force|police|mission|army))"
    rf"(?:(?(title)(?=\s*[,.;]|\s+(?:said|says|told)\b|{_ARMY_UNIT})|(?=['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{lexicon.TITLE_WORDS})\b"
    r"|(?<=police)\s+(?:officer|chief|spokes(?:man|woman|person)|superintendent|commissioner|inspector)\b)))"
)


def _described_body(
    text: str, orgs: list[Mention], match: re.Match[str], sentence: int, start: int
) -> Mention | None:
    """The organisation lately named in full whose name holds the head noun and its modifier, if only one does."""
    heads = _BODY_HEADS[match.group("head").casefold()]
    mods = match.group("mods").split()
    fits = {
        o.name: o
        for o in orgs
        if o.end <= start
        and sentence - o.sentence_index <= 4
        and any(re.search(rf"\b{h}", o.name, re.I) for h in heads)
        and all(re.search(rf"\b{m[:5]}", o.name, re.I) for m in mods)
    }
    return next(iter(fits.values())) if len(fits) == 1 else None


# "The Office of the UN High Commissioner for Human Rights (OHCHR)": a name inside a longer one, which its
# acronym in brackets closes, is not the body the sentence is about
_LONGER_NAME_AFTER = re.compile(r"^(?:\s+(?:[A-Z][\w'’-]*|of|for|on|and|the|in|de|del|des))+\s*\(\s*$")


def _outer_names(text: str, bodies: list[Mention]) -> list[Mention]:
    """`bodies` less those named only inside a longer name whose bracketed acronym is another of them."""
    return [
        b
        for b in bodies
        if not any(
            o.sentence_index == b.sentence_index
            and 0 < o.start - b.end <= 120
            and o.name != b.name
            and _LONGER_NAME_AFTER.match(text[b.end : o.start])
            for o in bodies
        )
    ]


# "Its director", "its chief executive": an office an organisation has as well as a group
_OFFICE_AFTER = re.compile(
    r"(?:[Ii]ts)\s+(?:(?:deputy|executive|managing|former|acting|current|new)\s+)?"
    r"(?:director|director-general|chairman|chairwoman|chair|president|secretary-general)\b"
)


# Offices a force or an agency has as much as a group ("Its founder", "Its emir" are a group's)
_BODY_OFFICE = re.compile(
    r"[Ii]ts\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|director|chair(?:man|woman)?|president|"
    r"secretary|commissioner|coordinator|head)\b"
)
# "..., according to a statement from the Joint Operations Command. Its spokesman, P": the body the last
# sentence gave as its source, named after every group in it
_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|(?:statement|communiqu[eé]|briefing|report)\s+(?:from|by|issued\s+by)|said|says|"
    r"announced\s+by)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|spokes(?:man|woman|person)|official)\s+"
    r"(?:from|of|for|at|by)\s+)?(?:the\s+)?$"
)


def _named_source(text: str, groups: list[Mention], body: Mention, sentence: int, anchor: int) -> bool:
    """Whether `body` is the source the sentence before quotes, with no group named after it."""
    return (
        body.sentence_index == sentence - 1
        and bool(_SOURCE_BEFORE.search(text, max(0, body.start - 60), body.start))
        and not any(body.end <= g.start and g.end <= anchor for g in groups)
    )


_ARMED_MEN = re.compile(r"(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:fighters?|militants?|gunmen)\b")
_ITS_TITLE = re.compile(rf"(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?(?:{lexicon.TITLE_WORDS})s?\b")


# Nouns that end many group names ("al-Mulathamun Battalion", "the CODECO militia"), read as an anaphor only
# when such a group was just named ("the army" is left out: it is most often the state's).
_NAMED_HEAD = re.compile(r"\b[Tt]he\s+(?:battalion|brigade|brigades|front|militia)\b(?!\s+(?:line|of)\b)")
# "Fano, the Amhara nationalist militia, ... The militia controls": a group the text has called by that noun
_DESCRIBED_AS = (
    r"^\s*(?:\([^()]{{1,30}}\))?(?:\s*,\s+(?:the|a|an)|\s+(?:is|was|remains|became)\s+(?:the|a|an))\s+"
    r"(?:[\w-]+\s+){{0,3}}?{head}\b"
)


def _described_as(text: str, g: Mention, head: str) -> bool:
    """Whether the words right after `g` describe it with the noun `head` ("X, a Lendu militia")."""
    return re.match(_DESCRIBED_AS.format(head=head), text[g.end : g.end + 80], re.I) is not None


# "A spokesman for the militia, P", "the brigade's commander": an office in a body the text has not called by
# that noun is the one group the sentence before (or this one, before it) names, and none where it names two
_HEAD_OFFICE_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|commander|leader|chief|head)\s+(?:for|of)\s+$", re.I
)
_HEAD_OFFICE_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|commander|leader|chief)\b"
)


def _office_head_group(
    text: str, groups: list[Mention], sentence: int, anchor: int, end: int
) -> Mention | None:
    """The one group just named, where "the militia" stands in an office's phrase ("a spokesman for the militia")."""
    if not (
        _HEAD_OFFICE_BEFORE.search(text, max(0, anchor - 40), anchor)
        or _HEAD_OFFICE_AFTER.match(text[end : end + 40])
    ):
        return None
    near = [
        g
        for g in groups
        if sentence - 1 <= g.sentence_index <= sentence
        and g.end <= anchor
        and g.text.casefold() not in _PRONOUNS
    ]
    return near[-1] if len({g.name for g in near}) == 1 else None


_APPOSED_OWNER = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s*the\s+(?:[\w-]+\s+){0,2}?\w+(?:'s|’s)$")
_NAMING_HEADS = frozenset(
    {"battalion", "brigade", "brigades", "front", "militia", "network", "movement", "faction"}
)


# "the coalition", "the alliance": the group lately named with that noun ("the Viv Ansanm gang coalition",
# "X, an alliance of ...", "the Alliance Fleuve Congo"), not a coalition the words go on to name or qualify
_WHOLE_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?P<noun>coalition|alliance|umbrella|federation|confederation)\b"
    r"(?!\s+(?:of|between|with|against|led|forces|partners?|members?|government|troops|'s|’s)\b)(?!-)"
)
_WHOLE_AFTER = (
    r"^\s*(?:\([^()]{{1,30}}\))?(?:\s*,\s+(?:a|an)\s+|\s+(?:is|was|remains|became|has\s+become)\s+(?:a|an|the)\s+|\s+)?"
    r"(?:[\w-]+\s+){{0,3}}?{noun}\b"
    # ("X, the coalition of ...": the definite apposition only with what it holds)
    r"|^\s*(?:\([^()]{{1,30}}\))?\s*,\s+the\s+(?:[\w-]+\s+){{0,3}}?{noun}\s+(?:of|that|which|formed|founded|led)\b"
)


def _named_whole(text: str, bodies: list[Mention], noun: str, sentence: int, anchor: int) -> Mention | None:
    """The group the last sentences name with `noun` ("coalition"), the nearest; none when the nearest is no group."""
    after = re.compile(_WHOLE_AFTER.format(noun=noun), re.I)
    named = [
        b
        for b in bodies
        if sentence - 30 <= b.sentence_index <= sentence
        and b.end <= anchor
        and b.text.casefold() not in _PRONOUNS
        and not b.text.casefold().startswith("the " + noun)
        and (
            b.name.casefold().endswith(noun)
            # (the apposition is not the anaphor itself: "... who heads the G9, the coalition controls")
            or (m := after.match(text[b.end : b.end + 60])) is not None
            and b.end + m.end() <= anchor
        )
    ]
    if not named:
        return None
    nearest = max(named, key=lambda b: b.start)
    # two different bodies named with the noun in the same sentence: which one is meant is not told
    if any(b.name != nearest.name and b.sentence_index == nearest.sentence_index for b in named):
        return None
    return nearest if nearest.type is EntityType.GROUP else None


_DESCRIBED_GROUP = re.compile(
    r"\b[Tt]he\s+(?:(?:country|region|province|nation|area|state)(?:'s|’s)\s+)?"
    # "the new group", "a rival group": another group than the one named
    r"(?!(?:new|newly|another|other|rival|second|splinter|breakaway|same|parent|umbrella)\b)"
    r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+-(?:backed|based|linked|aligned|allied|affiliated|inspired|led|funded|sponsored))\s+){1,3}?"
    r"(?:group|organi[sz]ation|movement|outfit|faction|network|militia)\b(?!\s+of\b)"
)
# ("the armed wing of Musa al-Sadr's movement of the deprived": a body he founded, described by its aim)
_PERSONS_GROUP = re.compile(
    r"(?:'s|’s)\s+((?:group|organi[sz]ation|movement|faction|network|fighters|men|militants))\b"
    r"(?!\s+of\s+(?:the|a|an)\s)"
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


_ITS_PART = re.compile(r"[Ii]ts\s+(?:[\w-]+\s+){0,2}?(?:branch|affiliate|province|franchise)\b")
# "companies of the CRPF and its jungle-warfare unit, CoBRA": "its" is the body joined to it by "and"
_AND_ITS = re.compile(r"^\s*(?:\([^()]{1,25}\)\s*)?and\s+$")


def _parent_named(groups: list[Mention], child: Mention, sentence: int, start: int) -> Mention | None:
    """The gazetteer parent of `child`, where this sentence names it before `start`."""
    entry = lexicon.groups().get((child.gazetteer_id or "").removeprefix("group:"))
    if entry is None or not entry.parent:
        return None
    return next(
        (
            g
            for g in groups
            if g.sentence_index == sentence and g.end <= start and g.gazetteer_id == f"group:{entry.parent}"
        ),
        None,
    )


# "The group, which is al-Qaeda's branch in the Sahel": the apposition names the parent of the group meant
_PART_WORDS = r"(?:branch|affiliate|franchise|province|wing|arm|chapter|offshoot)"
_APPOSED_PARENT_BEFORE = re.compile(
    r"^\s*,\s+(?:(?:which|that)\s+(?:is|was|became|remains|has\s+become)\s+)?(?:(?:now|still|formally|officially)\s+)?"
    rf"(?:(?:the|a|an)\s+)?(?:(?:[\w-]+\s+){{0,2}}?{_PART_WORDS}\s+of\s+(?:the\s+)?)?$"
)
_APPOSED_PARENT_AFTER = re.compile(rf"^(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?{_PART_WORDS}\b")
_APPOSED_PARENT_OF = re.compile(rf"\b{_PART_WORDS}\s+of\s+(?:the\s+)?$")


def _parent_fits(
    text: str,
    mentions: list[Mention],
    groups: list[Mention],
    sentence: int,
    anchor: int,
    end: int,
    chosen: Mention,
) -> Mention:
    """The recent group whose gazetteer parent the anaphor's apposition names, where `chosen` is not its part.

    "JNIM stormed a base; four VDP militiamen died. The group, which is al-Qaeda's branch in the Sahel,
    claimed the raid": of the groups just named, the one the gazetteer lists as al-Qaeda's part.
    """
    parent = next(
        (
            m
            for m in mentions
            if m.type is EntityType.GROUP
            and end < m.start <= end + 60
            and m.gazetteer_id
            and _APPOSED_PARENT_BEFORE.match(text[end : m.start])
            and (
                _APPOSED_PARENT_AFTER.match(text[m.end : m.end + 40])
                or _APPOSED_PARENT_OF.search(text[end : m.start])
            )
        ),
        None,
    )
    if parent is None:
        return chosen
    parent_id = parent.gazetteer_id.removeprefix("group:")

    def part_of_parent(g: Mention) -> bool:
        entry = lexicon.groups().get((g.gazetteer_id or "").removeprefix("group:"))
        return entry is not None and entry.parent == parent_id

    if part_of_parent(chosen):
        return chosen
    parts = {
        g.name: g
        for g in groups
        if sentence - 3 <= g.sentence_index <= sentence and g.end <= anchor and part_of_parent(g)
    }
    return next(iter(parts.values())) if len(parts) == 1 else chosen


# "the regional branch of the Islamic State said one of its fighters ...": a name after "the ... branch of" only
# says whose part the subject is; the pronoun goes on about the part
_UNNAMED_PART_OF = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:branch|affiliate|franchise|province|wing|arm|chapter|offshoot)\s+of\s+(?:the\s+)?$"
)


def _unnamed_part(
    text: str, groups: list[Mention], sentence: int, anchor: int, chosen: Mention
) -> Mention | None:
    """The part of `chosen` that "the regional branch of `chosen`" stands for, else `chosen`; None if unknown.

    The part is the one group of the last sentences the gazetteer lists as a part of `chosen` ("ISKP claimed
    the bombing. ... the regional branch of the Islamic State said one of its fighters ..."); with none or
    several, what the pronoun stands for is not told.
    """
    if not _UNNAMED_PART_OF.search(text, max(0, chosen.start - 60), chosen.start):
        return chosen
    parent = (chosen.gazetteer_id or "").removeprefix("group:")

    def part_of_chosen(g: Mention) -> bool:
        entry = lexicon.groups().get((g.gazetteer_id or "").removeprefix("group:"))
        return bool(parent) and entry is not None and entry.parent == parent

    parts = {
        g.name: g
        for g in groups
        if sentence - 3 <= g.sentence_index <= sentence and g.end <= anchor and part_of_chosen(g)
    }
    return next(iter(parts.values())) if len(parts) == 1 else None


# "The group that now calls itself X", "the faction, calling itself X,": the name the clause gives the group meant
_CALLS_ITSELF = re.compile(
    r"^\s*,?\s+(?:(?:that|which)\s+)?(?:(?:now|today|still|later|simply|also)\s+)*"
    r"(?:(?:sign|style|call|brand|name|bill|present)(?:s|ed|d)?\s+(?:itself|themselves|(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:communiqu[eé]s?|statements?|claims?|messages?|videos?|posts?|leaflets?|letters?|publications?)\s+)|"
    # (not "the group known as X": news calls another group so as often as the one meant)
    r"calling\s+itself)"
    r"\s*(?:(?:simply|now|only|also)\s+)*(?:as\s+)?(?:the\s+)?$"
)


def _named_itself(text: str, groups: list[Mention], end: int) -> Mention | None:
    """The group the clause right after an anaphor names as what the group calls itself, if any."""
    return next(
        (
            g
            for g in groups
            if end < g.start <= end + 80
            and g.text.casefold() not in _PRONOUNS
            and _CALLS_ITSELF.match(text[end : g.start])
        ),
        None,
    )


# "X emerged from its Gaza branch": a group does not come out of its own part
_CAME_FROM = re.compile(
    r"\b(?:emerged|grew|sprang|sprung|broke\s+away|split|splintered|came|evolved)\s+(?:out\s+of|from)\s+$"
)
_ITS_OWN_PART = re.compile(
    r"^[Ii]ts\s+(?:[\w-]+\s+){0,2}?(?:branch|wing|affiliate|chapter|offshoot|cells?)\b"
)
# "described them as linked to ISSP, saying the group has also had contacts with JNIM": the group tied to X
# and to another "also" is not X
_TIED_TO = re.compile(
    r"\b(?:linked|tied|connected|allied|aligned|affiliated|loyal|close|ties|links|contacts?)\s+(?:to|with)\s+(?:the\s+)?$"
)
_ALSO_NEXT = re.compile(r"^\s+(?:(?:has|had|have|is|was|were|are)\s+)?also\b")


def _other_than_subject(
    text: str, groups: list[Mention], sentence: int, anchor: int, end: int, chosen: Mention, described: bool
) -> Mention | None:
    """The antecedent where this sentence's own candidate cannot be meant.

    "PIJ broke away from the Brotherhood, while Hamas emerged from its Gaza branch": the group the
    clause's subject came out of, the one named before it; "... linked to X, saying the group has also
    had contacts with Y": the group tied to X, which the sentences before name; "X surfaced in 2019, and
    officials say it was formed from Y cadres to give the outfit a local face": a sentence that already
    calls X "it" names another group by a description, the one named after that "it" (or none).
    """
    if (left := _left_group(text, groups, sentence, anchor, end)) is not None:
        return left
    if described and (it := _IT_AGAIN.search(text, chosen.end, anchor)) is not None:
        return next((g for g in groups if it.end() <= g.start and g.end <= anchor), None)
    if _CAME_FROM.search(text[max(0, anchor - 40) : anchor]) and _ITS_OWN_PART.match(text[anchor : end + 40]):
        before = [g for g in groups if g.sentence_index >= sentence - 1 and g.end <= anchor]
        subject = before[-1] if before else chosen
        return next(
            (g for g in reversed(before) if g.name != subject.name and g.text.casefold() not in _PRONOUNS),
            None,
        )
    if _TIED_TO.search(text[max(0, chosen.start - 30) : chosen.start]) and _ALSO_NEXT.match(
        text[end : end + 30]
    ):
        return _antecedent(text, groups, sentence - 1, anchor) if sentence > 0 else None
    return chosen


# "X broke away from Y after the group's pro-talks faction ...": what happened in the group X left
_SPLIT_FROM = re.compile(
    r"\b(?:broke\s+away|split|splintered|defected|seceded|separated)\s+(?:away\s+)?from\s+(?:the\s+)?$"
)
_WHEN_NEXT = re.compile(
    r"^\s*(?:\([^()]{1,25}\)\s*)?(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?(?:after|when|because|following|once)\s+$"
)
# "the NSCN-K, the faction founded by P": a description in apposition to the name before it
_APPOSED = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s*$")


# "X emerged as an offshoot of Y ... the parent group's soft line": the group X came from, never X itself
_PARENT_WORD = re.compile(r"\bparent\b", re.I)
_CAME_OUT_OF = re.compile(
    r"\b(?:(?:offshoot|splinter|breakaway|spin-?off|branch|wing|arm|affiliate|faction)(?:\s+group)?\s+(?:of|from)|"
    r"(?:broke\s+away|split|splintered|seceded|separated|emerged)\s+from)\s+(?:the\s+)?$",
    re.I,
)


def _parent_group(text: str, groups: list[Mention], sentence: int, anchor: int) -> Mention | None:
    """The group the last sentences name as the one another came out of, if any."""
    return next(
        (
            g
            for g in reversed(groups)
            if sentence - 2 <= g.sentence_index <= sentence
            and g.end <= anchor
            and g.text.casefold() not in _PRONOUNS
            and _CAME_OUT_OF.search(text[max(0, g.start - 40) : g.start])
        ),
        None,
    )


def _possessive(text: str, anchor: int, end: int) -> bool:
    return text[anchor:end].casefold() in _PRONOUNS or bool(re.match(r"^(?:'s|’s)", text[end : end + 2]))


def _left_group(text: str, groups: list[Mention], sentence: int, anchor: int, end: int) -> Mention | None:
    """The group the sentence's subject split from, where the group's own part or office follows the split."""
    if not _possessive(text, anchor, end):
        return None
    here = [g for g in groups if g.sentence_index == sentence and g.end <= anchor]
    if not here:
        return None
    g = here[-1]
    if _WHEN_NEXT.match(text[g.end : anchor]) and _SPLIT_FROM.search(text[max(0, g.start - 40) : g.start]):
        return g
    return None


# "After the Taliban seized power in 2021, its fighters were given the frontier": a group named in a fronted
# subordinate clause is background; the main clause goes on about the group the last sentences were about
_FRONTED = re.compile(
    r"^(?:After|When|Since|Before|Although|Though|While|Once|Until|Because|Even\s+though|Ever\s+since)\s(?!\d)"
    # (a clause, with a verb of its own: "Since 2021 ISIS-K, led by P, has waged" opens with no clause)
    r"[^,;]{0,80}?\b(?:[a-z]{2,}ed|was|were|is|are|has|had|took|won|fell|began|left|came|became|broke|split|made|"
    r"went|lost|saw|rose|grew|seized|overran|withdrew)\b[^,;]{0,80}?,\s"
)


def _past_fronted(
    text: str, groups: list[Mention], sent: _SentenceText, sentence: int, anchor: int, chosen: Mention
) -> Mention:
    """The group the sentences before are about, where `chosen` is named only in the fronted clause before "its"."""
    fronted = _FRONTED.match(sent.text)
    if fronted is None or sentence == 0:
        return chosen
    main = sent.start_char + fronted.end()
    if not chosen.end <= main <= anchor or any(main <= g.start and g.end <= anchor for g in groups):
        return chosen
    before = _antecedent(text, groups, sentence - 1, anchor)
    return before if before is not None and before.name != chosen.name else chosen


# "former members of Jundallah, a Baluch insurgent group that waged a campaign until Iran executed its leader":
# "its" inside a relative clause about the group just named, with the clause still open, is that group's
_RELATIVE_OPEN = re.compile(
    r"^\s*(?:\([^()]{1,30}\))?\s*,\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:group|organi[sz]ation|movement|"
    r"militia|faction|outfit|network|insurgency|coalition|alliance)\s+)?(?:that|which)\s+[^,;:()—–]*$"
)


def _relative_owner(text: str, groups: list[Mention], sentence: int, anchor: int) -> Mention | None:
    """The group a still-open relative clause before `anchor` is about, if any."""
    here = [g for g in groups if g.sentence_index == sentence and g.end <= anchor]
    if not here or here[-1].text.casefold() in _PRONOUNS:
        return None
    g = here[-1]
    return g if _RELATIVE_OPEN.match(text[g.end : anchor]) else None


_IT_AGAIN = re.compile(
    r"\b(?:that|and|but|while|as|because|when|since|says?|said|believes?|believed)\s+(?:it|they)\s+(?=[a-z])"
)
_PRONOUNS = frozenset({"it", "its", "they", "their"})
_SEES_IT_AS = re.compile(
    r"\b(?:describe[sd]?|call(?:s|ed)?|regard(?:s|ed)?|see|sees|saw|consider(?:s|ed)?|view(?:s|ed)?|"
    r"label(?:s|led)?|brand(?:s|ed)?|characteri[sz]e[sd]?|depict(?:s|ed)?)\s+(?:it|them)\s+as\b"
)
# a sentence opening with a possessive "Its" (never the empty "It was not clear whether ...")
_ITS_OPENS = re.compile(r"^[\"“‘]?Its\b")


# "two unrelated groups, the neo-Nazi X and the Y": groups listed by the way, after a count of them
_LISTED_OTHERS = re.compile(
    r"\b(?:two|three|four|several|other|unrelated|separate)\s+(?:[\w-]+\s+)?"
    r"(?:groups|organi[sz]ations|movements|factions|networks)\s*[,:]\s+[^.;:]*$"
)


def _antecedent(
    text: str, groups: list[Mention], sentence: int, start: int, carried: frozenset[int] = frozenset()
) -> Mention | None:
    """The group "it" or "the group" stands for: the subject of this sentence, else of the last ones.

    Subjects come first in English news sentences, so the first group named (and not as a
    possessive modifier, "al-Qaeda's affiliate X") is preferred over the most recent one.
    A sentence in `carried` opens with an "Its" left unread: it goes on about the group before it,
    and the groups it names later are not its subject.
    """
    for index in range(sentence, sentence - 4, -1):
        if index < sentence and index in carried:
            continue
        here = [
            g
            for g in groups
            if g.sentence_index == index
            and (index < sentence or g.end <= start)
            # ("son of the late anti-Taliban commander": a group in a word against or for it is none's subject)
            and not prefixed(text, g.start)
            # ("They said they acted in support of Hamas, their ally. That month they seized ...": the ally of
            # the subject is not the subject)
            and not (
                index < sentence
                and (
                    lexicon.KIN_APPOSED_AFTER.match(text, g.end, min(len(text), g.end + 40))
                    or lexicon.SUPPORTED_BEFORE.search(text, max(0, g.start - 60), g.start)
                    # ("Hamas, their ally": the "their" an apposition opens, read as Hamas itself)
                    or (
                        _KIN_WORD.match(text, g.start, min(len(text), g.start + 40))
                        and text[max(0, g.start - 3) : g.start].rstrip().endswith(",")
                    )
                )
            )
        ]
        if (
            index < sentence
            and here
            and all(_LISTED_OTHERS.search(text, max(0, g.start - 120), g.start) for g in here)
        ):
            continue  # "The same order proscribed two unrelated groups, X and Y": others, not what is discussed
        if here:
            plain = [g for g in here if not re.match(r"^(?:'s|’s)", text[g.end : g.end + 2])]
            if index < sentence:
                plain = _main_clause(text, plain)
            chosen = _apposed_name(text, groups, (plain or here)[0])
            return chosen if index == sentence else _paragraph_topic(text, groups, start, chosen)
    return None


_KIN_WORD = re.compile(rf"(?:[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+)?{lexicon.KIN_WORDS}\b")


# "The UN mission, MONUSCO, said ...", "A Fano faction, the Amhara Fano in Gojjam, claimed ...": a name that only
# modifies a noun for a body, which the name in apposition then names, is not the body the words go on about
_MODIFIED_BODY = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+){0,2}?(?:mission|faction|wing|branch|militia|group|movement|force|agency|service|"
    r"command|unit|office|coalition|alliance|front|cell|network)\s*,\s+(?:the\s+)?"
)
_APPOSITION_CLOSES = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?,")


def _apposed_name(text: str, bodies: list[Mention], chosen: Mention) -> Mention:
    """The body named in apposition to a noun `chosen` only modifies ("the UN mission, MONUSCO,"), else `chosen`."""
    if not re.search(r"\b(?:[Tt]he|[Aa]n?)\s+$", text[max(0, chosen.start - 5) : chosen.start]):
        return chosen
    if (m := _MODIFIED_BODY.match(text[chosen.end : chosen.end + 60])) is None:
        return chosen
    return next(
        (
            b
            for b in bodies
            if b.start == chosen.end + m.end()
            and b.name != chosen.name
            and b.text.casefold() not in _PRONOUNS
            and _APPOSITION_CLOSES.match(text[b.end : b.end + 40])
        ),
        chosen,
    )


def _main_clause(text: str, named: list[Mention]) -> list[Mention]:
    """The groups of a sentence past its fronted clause ("After X seized power, its fighters ..."), if it names any."""
    if not named:
        return named
    opening = max(text.rfind(". ", 0, named[0].start) + 2, text.rfind("\n", 0, named[0].start) + 1)
    while opening < named[0].start and text[opening].isspace():
        opening += 1
    fronted = _FRONTED.match(text[opening : opening + 200])
    if fronted is None or "." in fronted.group():
        return named
    main = [g for g in named if g.start >= opening + fronted.end()]
    return main or named


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


# "said that a separate faction, X, ...", "no armed group claimed it", "the attackers and no group": words after
# the determiner that make the phrase a new, a denied or a listed thing, not one already named
_NOT_ANAPHORIC = frozenset({"a", "an", "no", "and", "or", "nor", "any", "every", "each", "another"})


# "The two factions have traded accusations, and their fighters have clashed": "their" is both groups, not one
_PLURAL_SUBJECT = re.compile(
    r"\b(?:[Tt]he\s+(?:two|three|four|rival)|[Bb]oth(?:\s+the)?|[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+)?"
    r"(?:groups|factions|movements|organi[sz]ations|militias|outfits|networks|sides|camps|insurgencies)\b"
)


# '"The route is the EPP's," its commander, P, said': "its" right after a quotation is the speaker's body's
_QUOTE_CLOSES = re.compile(r"[\"”]\s*,?\s*$")


def _joined_body(text: str, named: list[Mention], sentence: int, anchor: int) -> Mention | None:
    """The body named just before "and its": "the CRPF and its jungle-warfare unit" is the CRPF's unit."""
    before = next((m for m in reversed(named) if m.sentence_index == sentence and m.end <= anchor), None)
    if before is None or not _AND_ITS.match(text[before.end : anchor]):
        return None
    return before


def _speakers_body(
    text: str, named: list[Mention], sent: _SentenceText, sentence: int, anchor: int, chosen: Mention
) -> Mention:
    """The body the sentence before opens with, where `chosen` is named only inside the quotation "its" follows.

    A quotation is someone's speech: the body it names is not the speaker's own, so "its" stands for the one
    the text was about before the quotation (none where that is `chosen` again).
    """
    before = text[sent.start_char : anchor]
    if (close := _QUOTE_CLOSES.search(before)) is None:
        return chosen
    opened = max(before.rfind("“", 0, close.start()), before.rfind('"', 0, close.start()))
    if opened < 0:
        return chosen
    inside = range(sent.start_char + opened, sent.start_char + close.start())
    if not any(b.name == chosen.name and b.start in inside for b in named):
        return chosen
    if any(b.name == chosen.name and sent.start_char <= b.start < inside.start for b in named):
        return chosen  # named before the quotation too: it may well be the speaker's
    opener = next(
        (
            b
            for b in named
            if b.sentence_index == sentence - 1
            and b.text.casefold() not in _PRONOUNS
            and not re.match(r"^(?:'s|’s)", text[b.end : b.end + 2])
        ),
        None,
    )
    return opener if opener is not None and opener.name != chosen.name else chosen


def _read_at(match: re.Match[str]) -> int:
    """Where an anaphor match stands in its sentence: the pronoun's offset, not its opening phrase's."""
    return match.start("pronoun") if match.re.groupindex and match.group("pronoun") else match.start()


def _not_anaphoric(phrase: str) -> bool:
    return any(w.casefold() in _NOT_ANAPHORIC for w in phrase.split()[1:])


@dataclasses.dataclass(frozen=True, slots=True)
class _SentenceText:
    """A sentence's offset and text, read once: spaCy's `Span.text` joins the tokens again at every call."""

    start_char: int
    text: str


def _sentence_texts(sdoc: Doc, text: str) -> list[_SentenceText]:
    # `text` is the document's, which `sdoc.text` would join from every token again
    return [_SentenceText(sent.start_char, text[sent.start_char : sent.end_char]) for sent in sdoc.sents]


def _standing_for(
    antecedent: Mention,
    surface: str,
    start: int,
    end: int,
    sentence: int,
    confidence: float,
    kind: EntityType | None = None,
) -> Mention:
    """A word or phrase ("the group", "its fighters") read as the entity it stands for."""
    return Mention(
        surface,
        antecedent.name,
        kind or antecedent.type,
        antecedent.doc_id,
        start,
        end,
        sentence,
        confidence,
        antecedent.gazetteer_id,
        antecedent.subtype,
    )


def _anaphora(document: Document, sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions for "the group", "its fighters" and sentence-initial "It": the group just discussed."""
    # "the al-Qaeda-linked group": the name in a compound is not the group the words go on about
    modifiers = {m for m in mentions if m.type is EntityType.GROUP and is_modifier(document.text, m)}
    # "the Khorasan branch of the Islamic State ... The group": what the words go on about is the branch
    groups = sorted(
        (
            gazetteer_part_around(document.text, m) or m
            for m in mentions
            if m.type is EntityType.GROUP and m not in modifiers
        ),
        key=lambda m: m.start,
    )
    orgs = sorted((m for m in mentions if m.type is EntityType.ORGANIZATION), key=lambda m: m.start)
    # the bodies the text names, before any anaphor is read as one
    named = sorted([*groups, *orgs], key=lambda m: m.start)
    people = [m for m in mentions if m.type is EntityType.PERSON]
    taken = [(m.start, m.end) for m in mentions]
    unmodified = [(m.start, m.end) for m in mentions if m not in modifiers]
    out: list[Mention] = []
    carried: set[int] = set()
    for i, sent in enumerate(_sentence_texts(sdoc, document.text)):
        # in the order the sentence reads them: "The brigade pledges obedience to X's leader, and its fighters
        # move ...": "its" may stand for an anaphor before it
        found = [m for p in (lexicon.ANAPHOR_GROUP, _ITS, _NAMED_HEAD) for m in p.finditer(sent.text)]
        for match in sorted(found, key=_read_at):
            pattern = match.re
            if pattern is lexicon.ANAPHOR_GROUP and _not_anaphoric(match.group()):
                continue
            if (
                pattern is _ITS
                and match.group().strip().casefold() == "their"
                and _PLURAL_SUBJECT.search(sent.text, 0, match.start())
            ):
                continue
            # "In 2012, after splitting from X, it ...": the antecedent is sought before the
            # opening phrase (X is not what "it" stands for), the mention is the pronoun alone.
            anchor = sent.start_char + match.start()
            pronoun = "pronoun" if match.re.groupindex and match.group("pronoun") else 0
            start = sent.start_char + match.start(pronoun)
            end = sent.start_char + match.end(pronoun)
            if any(s < end and start < e for s, e in unmodified):
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
                    and (
                        g.name.casefold().endswith(head)
                        or pattern is _NAMED_HEAD
                        and g.text.casefold() not in _PRONOUNS
                        and _described_as(document.text, g, head)
                    )
                ),
                None,
            )
            if antecedent is None and pattern is _NAMED_HEAD:
                antecedent = _office_head_group(document.text, groups, i, anchor, end)
            if pattern is lexicon.ANAPHOR_GROUP and _PARENT_WORD.search(match.group()):
                # "the parent group": only the group another was said to come out of, else none
                antecedent = _parent_group(document.text, groups, i, anchor)
                if antecedent is None:
                    continue
            elif antecedent is None and pattern is not _NAMED_HEAD:
                antecedent = _antecedent(document.text, groups, i, anchor, frozenset(carried))
                # "The National Counter Terrorism Centre said ... Its director, P": an office-holder
                # belongs to the organisation the last sentences name, unless a group was named since
                # (with no group in the last sentences, any office does: "The army said ... Its
                # spokesman, P")
                # ("its fighters", "its militants": what a group has, never a ministry or a think tank)
                if (
                    pattern is _ITS
                    and not pronoun
                    and _ITS_TITLE.match(sent.text, match.start())
                    and not _ARMED_MEN.match(sent.text, match.start())
                ):
                    body = _antecedent(document.text, _outer_names(document.text, orgs), i, anchor)
                    if body is not None and (
                        antecedent is None
                        or _OFFICE_AFTER.match(sent.text, match.start())
                        and body.sentence_index >= antecedent.sentence_index
                        # "The Interior Ministry sent units ..., its spokesman, P, said": the body this
                        # sentence names, where it names no group, over a group named before
                        or _BODY_OFFICE.match(sent.text, match.start())
                        and body.sentence_index == i > antecedent.sentence_index
                        # "X attacked ... The fighting drew in the task force. Its spokesman, P": a
                        # sentence opening with "Its" goes on about the body named after every group
                        or match.start() == 0
                        and _BODY_OFFICE.match(sent.text)
                        and (
                            body.sentence_index > max(g.sentence_index for g in groups if g.end <= anchor)
                            or _named_source(document.text, groups, body, i, anchor)
                        )
                    ):
                        antecedent = body
                # "ISWAP split ..., after the Islamic State named P head of its West African branch":
                # a group's branch is its parent's, when the sentence names the parent before "its"
                if antecedent is not None and _ITS_PART.match(sent.text, match.start()):
                    antecedent = _parent_named(groups, antecedent, i, anchor) or antecedent
                if antecedent is not None and antecedent.sentence_index == i and not pronoun:
                    antecedent = _past_fronted(document.text, groups, sent, i, anchor, antecedent)
                    if pattern is _ITS:
                        antecedent = _relative_owner(document.text, groups, i, anchor) or antecedent
                if antecedent is not None and antecedent.sentence_index == i:
                    antecedent = _other_than_subject(
                        document.text,
                        groups,
                        i,
                        anchor,
                        end,
                        antecedent,
                        pattern is lexicon.ANAPHOR_GROUP,
                    )
                apposed = next(
                    (g for g in reversed(groups) if g.sentence_index == i and g.end <= anchor), None
                )
                if (
                    pattern is lexicon.ANAPHOR_GROUP
                    and apposed is not None
                    and _APPOSED.match(document.text[apposed.end : anchor])
                    and not _possessive(document.text, anchor, end)
                ):
                    antecedent = apposed
                if antecedent is not None and pattern is lexicon.ANAPHOR_GROUP:
                    antecedent = _parent_fits(document.text, mentions, groups, i, anchor, end, antecedent)
                if pattern is lexicon.ANAPHOR_GROUP:
                    antecedent = _named_itself(document.text, groups, end) or antecedent
                # "ISKP, the group's regional affiliate": the group is another one than X
                if antecedent is not None and _APPOSED_OWNER.match(document.text[antecedent.end : end + 2]):
                    antecedent = _antecedent(document.text, groups, i, antecedent.start)
                if antecedent is not None and pattern is _ITS and not pronoun:
                    antecedent = _speakers_body(document.text, named, sent, i, anchor, antecedent)
                if pattern is _ITS and not pronoun:
                    antecedent = _joined_body(document.text, named, i, anchor) or antecedent
                if antecedent is not None:
                    antecedent = _unnamed_part(document.text, groups, i, anchor, antecedent)
            if antecedent is None:
                continue
            surface = document.text[start:end].strip()
            resolved = _standing_for(antecedent, surface, start, start + len(surface), i, 0.6)
            out.append(resolved)
            # A resolved "it" is the subject of its sentence for the next one's "It was behind ...".
            if resolved.type is EntityType.GROUP:
                groups.append(resolved)
                groups.sort(key=lambda m: m.start)
        # '"Its recruiters work online, and IS central takes the credit," she said. The group ...': a
        # sentence opening with an "Its" nothing read goes on about the group before it, not the one it
        # names later as a second clause's subject
        if (opens := _ITS_OPENS.match(sent.text)) is not None and not any(
            g.sentence_index == i and g.start < sent.start_char + opens.end() for g in groups
        ):
            carried.add(i)
        # "Analysts describe it as the local partner of Mexico's Sinaloa Cartel. Its leader, P, ...": a sentence
        # that calls an "it" something goes on about the group before it, not the one it compares it with
        if (seen := _SEES_IT_AS.search(sent.text)) is not None and not any(
            g.sentence_index == i and g.start < sent.start_char + seen.start() for g in groups
        ):
            carried.add(i)
        # "the coalition controls most of the capital": the group lately named a coalition
        for match in _WHOLE_ANAPHOR.finditer(sent.text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            if any(s < end and start < e for s, e in taken) or any(
                o.start < end and start < o.end for o in out
            ):
                continue
            bodies = sorted([*groups, *orgs], key=lambda m: m.start)
            g = _named_whole(document.text, bodies, match.group("noun").casefold(), i, start)
            if g is None:
                continue
            resolved = _standing_for(g, match.group(0), start, end, i, 0.55, EntityType.GROUP)
            out.append(resolved)
            groups.append(resolved)
            groups.sort(key=lambda m: m.start)
        # "The Iranian-backed group said", "the country's largest armed group": a described group is the
        # one group the last sentences name, and none where they name two.
        for match in _DESCRIBED_GROUP.finditer(sent.text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            if (
                _not_anaphoric(match.group())
                or any(s < end and start < e for s, e in unmodified)
                or any(o.start < end and start < o.end for o in out)
            ):
                continue
            recent = {g.name: g for g in groups if i - 3 <= g.sentence_index <= i and g.end <= start}
            if len(recent) != 1:
                continue
            (g,) = recent.values()
            out.append(_standing_for(g, match.group(0), start, end, i, 0.55, EntityType.GROUP))
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
                out.append(_standing_for(g, document.text[start:end], start, end, i, 0.5, EntityType.GROUP))
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
                out.append(_standing_for(g, match.group(0), start, end, i, 0.5, EntityType.GROUP))
        # "the firm's founder, P": the organisation the sentence, or the one before, is about.
        for match in _ORG_ANAPHOR.finditer(sent.text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            body = _antecedent(document.text, orgs, i, start)
            if body is not None and i - body.sentence_index <= 1:
                out.append(_standing_for(body, match.group(), start, end, i, 0.5, EntityType.ORGANIZATION))
        for match in _DESCRIBED_BODY.finditer(sent.text):
            start, end = sent.start_char + match.start("body"), sent.start_char + match.end("body")
            if (
                any(s < end and start < e for s, e in taken)
                or any(m.start < end and start < m.end for m in out if m.sentence_index == i)
                # ("the force's Abyan commander": a force the story named in full may be an armed group's, the
                # Security Belt Forces)
                or (
                    body := _described_body(
                        document.text,
                        orgs + groups if match.group("head").casefold() == "force" else orgs,
                        match,
                        i,
                        start,
                    )
                )
                is None
            ):
                continue
            taken.append((start, end))
            out.append(_standing_for(body, match.group("body"), start, end, i, 0.5, body.type))
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

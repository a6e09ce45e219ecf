"""Relations whose subject the sentence names only by a pronoun, a noun or not at all.

"its media arm X", "Its largest faction, X", "the rebels control Y", "and it has used Z as a rear base",
"The two have been at war ever since", and a fact sheet's entry ("- **ELN.** Strongest in A and B.").
The pronoun stands for the group the clause is about: the subject of the last verb before it, else the
first group the sentence names as a noun of its own (not "al-Qaeda's", not "a FARC dissident
coalition"), or, when the sentence opens with it, the first such group of the last few sentences.
Anaphors the tagger already made a mention of ("its ally X") are read by the pair rules; these rules read
the kinship words and phrasings it leaves out. A split from a leader's command ("split from P's
command") is a split from the group the document says P leads. An "it" the tagger left out is read as the group
the sentence before is about: "Police regard it as IS's main affiliate", "Yet it retains a presence in X" (then
read by the pair rules), and "His group is the armed wing of Y" as the group the sentence before ties him to. "it is also fighting a
much smaller rival, X" and "its fighters now move ... through the forests of X" are read of the group "it" stands for.
"The two" and "both" stand for the two groups the sentence before names or, when it names fewer, for the last pair the
document named as "A and B" if no other group was named since ("Both formations are based in X" is read of each);
"The rival X ..." opening a sentence is a rival of the group the sentence before is about, and "Y remains its main
rival" of the group "its" stands for; "X is a splinter: it split from Y" reads "it" as the group the clause before is about.
Persons named by the noun a neighbouring clause gives them belong to the group it names: "the gunmen belonged to G
... two suspects, A and B"; "Two men described as leaders of G" and the next sentence's "A, 31, and B"; the
killed and arrested men listed before "The cell belongs to G"; "the head of the cell" for the one identified so;
"his sons, A and B" of the man whose sons lead G; "the party's district chief, P" and "at the collective's direction
by a follower, P" of the body the document calls so.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from kg.extract.branches import part_of
from kg.extract.mentions.text import prefixed
from kg.extract.relations.alliances import _PAIR_ALLIED_AFTER, _PAIR_RIVAL_AFTER, _runs
from kg.extract.relations.common import (
    _BRANCH,
    _NOT_A_NAME,
    _ORGAN,
    _POSS,
    ALLIED,
    RIVAL,
    Found,
    G,
    L,
    O,
    P,
    _place_run,
    _same,
)
from kg.extract.relations.groups import _X_BRANCH_OF_Y, _X_FORMED_FROM_Y
from kg.extract.relations.places import (
    _AS_A_BASE_AFTER,
    _COMPETES_IN,
    _ONE_EVENT_AFTER,
    _USED_PLACE,
    _one_event,
    _operates,
    holding_places,
)
from kg.extract.sentences import Sentence
from kg.model import Mention, Predicate

_PART_WORD = (
    r"branch|branches|affiliate|franchise|wing|arm|unit|extension|division|province|chapter|cell|front\s+group|"
    # "Its most powerful component, Katiba X": a member group of a coalition
    r"components?|constituent\s+groups?|member\s+groups?|"
    r"magazine|channel|weekly|newspaper|" + _ORGAN[3:-1]
)
# "its much smaller rival, G"; "its media arm al-Kataib"; "their intelligence wing, known as X"; "its largest faction, X"
_ITS_KIN = re.compile(
    # ("The movement's most significant foreign partner is X": the group the text is about, named by its kind)
    r"\b(?P<its>[Ii]ts|[Tt]heir|[Tt]he\s+(?:group|movement|organi[sz]ation|militia|network|outfit)(?:'s|’s))\s+(?:own\s+)?(?P<mods>(?:(?!(?:and|or|the|a|an)\b)[\w-]+\s+){0,3}?)"
    rf"(?P<kin>{_PART_WORD}|offshoot|splinter(?:\s+group|\s+faction)?|allies|ally|partners?|patrons?|backers?|protectors?|"
    r"rivals?|enem(?:y|ies)|foes?|nemesis|adversar(?:y|ies))"
    # "Its main rival is Cárteles Unidos": the kin named after a copula
    r"(?:\s*,\s*|\s+)(?:(?:is|was|remains|are|were|remain|has\s+long\s+been|have\s+long\s+been)\s+)?"
    r"(?:(?:known|named|called|dubbed|styled)\s+(?:as\s+)?)?(?:the\s+)?$"
)
_GROUP_KIN = (
    "offshoot",
    "splinter",
    "all",
    "partner",
    "patron",
    "backer",
    "protector",
    "rival",
    "enem",
    "foe",
    "nemesis",
    "adversar",
)
_PAST_MODS = re.compile(r"\b(?:former|erstwhile|one-?time|onetime|ex)\b", re.I)
_SPLIT_MODS = re.compile(r"\b(?:breakaway|dissident|renegade|splinter)\b", re.I)
# "G, their ally in Yemen"; "G, its parent organisation"
_COMMA_ITS_KIN = re.compile(
    r"^\s*,\s+(?P<its>[Ii]ts|[Tt]heir)\s+(?:(?:close|closest|key|main|chief|long-?time|old|oldest|bitter|arch|sworn|"
    r"much\s+smaller|smaller|larger|main|principal|new|local|regional)\s+)*"
    r"(?P<kin>allies|ally|partners?|rivals?|enem(?:y|ies)|foes?)\b(?P<rest>\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?)?"
)
# "the rebels control the capital Kismayo": a group named by what its men are, as the subject of a clause
_CLAUSE_START = r"(?:^|[,;:—–]\s+|\b(?:and|but|while|as|where|since|although|though|when|after|because|yet|now|[Tt]oday)\s+)"
# "... and it has used the territory of Venezuela as a rear base": "it" in mid-sentence, as a clause's subject
_IT_SUBJECT = re.compile(
    rf"{_CLAUSE_START}(?P<det>it|they)(?P<men>)(?=\s+(?:has|have|had|is|are|was|were|also|still|now|remains?|operates?|"
    r"controls?|holds?|uses?|used|moved|runs?)\b)"
)
# "Once confined to Mali, ", "Weakened by years of air strikes, ": a participle or an adverb's phrase before the subject
_FRONTED_PHRASE = re.compile(
    r"^(?:Once|Long|Still|Now|Today|Since\s+then|Already|Largely|Initially|Originally|Weakened|Driven|Pushed|"
    r"Founded|Formed|Born|Based|Confined|Squeezed|Having)\b[^,;]{0,60},\s+$"
)
_THE_REBELS = re.compile(
    # "the forces", "the leaders" may be anyone's; "its forces", "the jihadists" are a group's
    rf"{_CLAUSE_START}(?:(?P<det>[Tt]he)\s+(?:(?:remaining|surviving|[a-z][\w-]*ist|Islamist)\s+)*"
    r"(?P<men>rebels|insurgents|militants|jihadists|extremists|guerrillas)|"
    r"(?P<its>[Ii]ts|[Tt]heir)\s+(?:(?:own|remaining|top|senior|core|main|surviving|armed|active)\s+)*"
    # "its several thousand fighters", "their estimated 2,000 members": a count of the men
    r"(?:(?:(?:an\s+)?estimated|some|about|around|roughly|nearly|perhaps|several|few|many)\s+)?"
    r"(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many)\s+)?"
    r"(?:(?:hundred|thousand)s?\s+)?"
    r"(?P<own_men>rebels|insurgents|militants|jihadists|extremists|guerrillas|leadership|leaders|fighters|cells|bases|camps|"
    # "its armed squads are concentrated in X": the men of an insurgency's units
    r"squads|cadres|battalions|detachments|columns|combatants|gunmen|"
    r"commanders|headquarters|remnants|units|men|members|forces|insurgency|operations|presence|strongholds?|hideouts?|"
    r"base|heartland|bastion|sanctuary|attacks))\b"
    r"(?!\s+(?:of|who|that|which)\b)"
    # "its fighters and their families are concentrated in X": the men with those who live with them
    r"(?:\s+and\s+(?:their|its)\s+(?:families|dependants|dependents|wives|relatives|supporters))?"
)
# "The two have been at war ever since"; "The two groups remain close allies"
_TWO_SAID = (
    r"(?:(?:have|had|has|are|were|remain|remained|became|have\s+since|had\s+since|since|long|been|also|often|repeatedly|"
    r"now|still)\s+)*"
    r"(?:(?P<rival>at\s+war|(?:bitter\s+|sworn\s+|arch-?)?(?:rivals|enemies|foes)|fought|fighting|clashed|clashing|"
    # "The two groups have since waged a bloody war for control of the prisons"
    r"(?:waged|waging|wage|fought)\s+(?:an?\s+)?(?:(?:bloody|bitter|brutal|long|deadly|vicious|violent|open|all-out|"
    r"turf|gang)\s+)*(?:war|feud|turf\s+war)|"
    # ("The two groups now compete for the same recruits")
    r"feuded|feuding|competed|competing|compete|fight|feud|clash|vie|vying)|(?P<ally>(?:close\s+)?(?:allies|partners)|"
    r"cooperated|cooperating|"
    r"worked\s+together|fought\s+together|fought\s+side\s+by\s+side|joined\s+forces))\b"
    # "the two groups have fought against the army" names a third party, not each other
    r"(?!\s+(?:against|with)\s+(?!each\s+other|one\s+another))"
    # ("the two groups fight the army in the north": a third party again)
    r"(?!\s+(?:the|its|their)\s+(?!same\b))"
)
_THE_TWO = re.compile(
    r"^(?:[-*•]\s+)?(?:(?:But|And|Since\s+then|Ever\s+since|Today|Now|Yet)\s*,?\s+)?[Tt]he\s+two(?:\s+(?:groups|movements|factions|"
    rf"organi[sz]ations|militias|outfits|sides|rivals|networks))?\s+{_TWO_SAID}"
)
# "Analysts describe the two as allies: A delegations have attended B conferences": the two the sentence goes on to
# name, else the two named before it
_THE_TWO_AS = re.compile(
    r"\b(?:describe[sd]?|call(?:s|ed)?|consider(?:s|ed)?|regard(?:s|ed)?|see|sees|saw|view(?:s|ed)?|label(?:s|led)?)\s+"
    r"the\s+two(?:\s+(?:groups|movements|factions|organi[sz]ations|militias|outfits|networks))?\s+as\s+"
    r"(?:(?:close|bitter|sworn|natural|long-standing|firm|strategic|de\s+facto)\s+)?"
    r"(?:(?P<ally>allies|partners)|(?P<rival>rivals|enemies|foes|competitors))\b"
)
# "X broke away from Y in 2016, ... and the two groups have fought ever since": the two named before it
_THE_TWO_INSIDE = re.compile(
    r"(?:[,;]\s+(?:and\s+|but\s+|while\s+|where\s+)?|\s+(?:and|but|while)\s+)the\s+two\s+"
    rf"(?:groups|movements|factions|organi[sz]ations|militias|outfits|rivals|networks)\s+{_TWO_SAID}"
)


def find_pronoun_relations(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """Relations read through a pronoun or "the two", with the sentence each was read from."""
    for s, found in _pronoun_relations(sentences):
        yield s, found
        if found.predicate is Predicate.OPERATES_IN:
            # "its fighters hold Djibo, in Burkina Faso's Soum province": the places that hold the place too
            for whole in holding_places(s, found.object):
                yield s, Found(found.subject, Predicate.OPERATES_IN, whole, found.confidence)


def _distinct(groups: Iterator[Mention]) -> list[Mention]:
    """The groups named, each once (the first mention of each)."""
    kept: list[Mention] = []
    for g in groups:
        if not any(_same(g, k) for k in kept):
            kept.append(g)
    return kept


def _pronoun_relations(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    previous: Sentence | None = None
    recent: tuple[Sentence, ...] = ()
    # "the umbrella" -> the group the document last described as one ("X, an umbrella of Iraqi militias")
    wholes: dict[str, Mention] = {}
    # the last pair of groups named together ("A and B"), and the groups named since
    pair: tuple[Sentence, list[Mention]] | None = None
    since: list[Mention] = []
    for s in sentences:
        groups = sorted((m for m in s.mentions if m.type is G), key=lambda m: m.start)
        for found in _its_kin(s, groups, recent):
            yield s, found
        for found in _men_of_owner(s, groups, recent):
            yield s, found
        for found in _men_against(s, groups, recent):
            yield s, found
        for found in _it_and_other(s, groups, recent):
            yield s, found
        for found in _it_sees_as(s, groups, recent):
            yield s, found
        for found in _comma_its_kin(s, groups, recent):
            yield s, found
        for found in _is_its_kin(s, groups, recent):
            yield s, found
        for found in _clause_it(s, groups):
            yield s, found
        for found in _place_its_base(s, groups, recent):
            yield s, found
        for found in _its_bases_in(s, groups, recent):
            yield s, found
        for found in _its_units_in(s, groups, recent):
            yield s, found
        for found in _its_site_struck(s, groups):
            yield s, found
        for found in _loyal_to_it(s, groups, recent):
            yield s, found
        for found in _units_operate_in(s, groups, recent):
            yield s, found
        for found in _its_deeds_in(s, groups, recent):
            yield s, found
        yield from _strongest_there(s, groups, previous)
        for found in _regarded_as(s, groups, previous):
            yield s, found
        for found in _opening_it(s, previous):
            yield s, found
        for found in _the_latter(s, groups):
            yield s, found
        for found in _his_group(s, previous):
            yield s, found
        for found in _fights_its_rival(s, groups):
            yield s, found
        for found in _opening_rival(s, groups, previous):
            yield s, found
        for found in _opening_tie(s, groups, previous):
            yield s, found
        if previous is not None and (label := _label(previous)) is not None:
            for found in _entry(s, label):
                yield s, found
        the_two = _the_two(previous, pair, since)
        if (t := _THE_TWO_AS.search(s.text)) is not None:
            after = _distinct(g for g in groups if g.start - s.start >= t.end())
            if len(after) == 2:
                the_two = (s, after)
        if the_two is not None and (t := _THE_TWO.match(s.text) or _THE_TWO_AS.search(s.text)) is not None:
            named, two = the_two
            predicate = Predicate.RIVAL_OF if t.group("rival") else Predicate.ALLIED_WITH
            # both ends are named in the sentence that names the two, which is the evidence that can hold them
            yield named, Found(two[0], predicate, two[1], 0.65)
        if the_two is not None:
            yield from ((s, found) for found in _both_read(s, the_two[1]))
        yield from _the_n_inside(s, groups, the_two, previous)
        yield from _two_inside(s, groups)
        yield from _member_of_the_whole(s, groups, wholes)
        wholes.update(_wholes_described(s, groups))
        if previous is not None:
            yield from _both_where(s, previous)
        if (joined := _coordinated(s, groups)) is not None:
            pair, since = (s, joined), [g for g in groups if not any(_same(g, h) for h in joined)]
        else:
            since += groups
        previous = s
        recent = (*recent[-(_LOOK_BACK - 1) :], s)
    yield from _split_from_leader(sentences)
    yield from _members_told_apart(sentences)
    yield from _bodys_officers(sentences)
    yield from _kin_listed(sentences)


# "the Russian Volunteer Corps (RVC) and the Freedom of Russia Legion": two groups named as a pair
_PAIR_AND = re.compile(r"^\s*\)?\s*(?:\([^()]{1,25}\)\s*)?,?\s*(?:and|&)\s+(?:the\s+)?$")
_PAIR_COMMA = re.compile(r"^\s*\)?\s*(?:\([^()]{1,25}\)\s*)?,\s*(?:the\s+)?$")


def _coordinated(s: Sentence, groups: list[Mention]) -> list[Mention] | None:
    """The last two groups a sentence names as a pair, "A and B" (not the end of a longer list "A, B and C")."""
    plain = [g for g in _plain(s, groups) if g.text.casefold() not in _ANAPHORS]
    for i in range(len(plain) - 1, 0, -1):
        a, b = plain[i - 1], plain[i]
        if _same(a, b) or not _PAIR_AND.match(s.between(a, b).replace("*", "")):
            continue
        earlier = [g for g in plain[: i - 1] if not _same(g, a)]
        if earlier and _PAIR_COMMA.match(s.between(earlier[-1], a).replace("*", "")):
            return None
        return [a, b]
    return None


# How many sentences back the pair "the two" stands for may have been named, when the sentence before names none
_PAIR_BACK = 25


# "trace their roots to the Muslim Brotherhood", "broke away from the Brotherhood", "an offshoot of X": a group
# named as where others came from
_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:roots|origins?)\s+(?:to|in)|(?:broke|breaking|split|splitting|splintered|emerged|sprang|grew)\s+"
    r"(?:away\s+|off\s+|out\s+)?(?:from|of)|(?:offshoot|splinter|outgrowth)\s+of)\s+(?:the\s+)?$",
    re.I,
)


_TWO_APPOSED = re.compile(r"^\s*(?:\([^()]{1,25}\)\s*)?,\s+(?:both|two|the\s+two)\s", re.I)


def _pair_named(previous: Sentence) -> list[Mention]:
    """The groups a sentence names, each once, for "both" or "the two" after it: when it names more than two, a group
    named only as the others' origin ("Both trace their roots to X: A broke away from X, while B ...") is not one."""
    named = _distinct(g for g in previous.mentions if g.type is G and g.text.casefold() not in _ANAPHORS)
    if len(named) <= 2:
        return named
    origins = [
        g
        for g in named
        if all(
            _ORIGIN_BEFORE.search(previous.before(m, 60))
            for m in previous.mentions
            if m.type is G and _same(m, g)
        )
    ]
    kept = [g for g in named if g not in origins]
    if len(kept) == 2:
        return kept
    # ("... belonging to A and B, two of the factions in the network called X. Both ...": the pair the aside counts,
    # not the whole the aside names)
    groups = sorted((m for m in previous.mentions if m.type is G), key=lambda m: m.start)
    if (
        (pair := _coordinated(previous, groups)) is not None
        and _TWO_APPOSED.match(previous.after(pair[1], 30))
        and all(any(_same(g, p) for p in pair) or g.start >= pair[1].end for g in groups)
    ):
        return pair
    return named


def _the_two(
    previous: Sentence | None, pair: tuple[Sentence, list[Mention]] | None, since: list[Mention]
) -> tuple[Sentence, list[Mention]] | None:
    """The two groups "the two" or "both" opening a sentence stands for, with the sentence that names them: the two
    the sentence before names, or, when it names fewer, the last pair the document named ("A and B") if every group
    named since is one of them."""
    if previous is None:
        return None
    two = _pair_named(previous)
    if len(two) == 2:
        return previous, two
    if len(two) > 2 or pair is None or previous.index - pair[0].index > _PAIR_BACK:
        return None
    named, joined = pair
    if all(any(_same(g, h) for h in joined) for g in since):
        return named, joined
    return None


# "Both formations are based in Ukraine"; "The two groups operate along the border": the pair as the subject
_BOTH_SUBJECT = re.compile(
    r"^(?:[-*•]\s+)?(?:(?:Today|Now|Still|Since\s+then|Meanwhile)\s*,?\s+)?(?P<both>(?:[Bb]oth|[Tt]he\s+two)"
    r"(?:\s+(?:(?:armed|rebel|jihadist|militant|insurgent|rival|Islamist)\s+)?"
    r"(?:groups|movements|factions|organi[sz]ations|militias|outfits|networks|formations|units|blocs|insurgencies))?)"
    # followed by what they do ("trace their roots to", "are based in"), not by "of" or "sides"
    r"(?=\s+(?!(?:of|and|or|in|on|at|to|for|with|who|which|that|sides?|countries|governments|states)\b)[a-z]+\b)"
)


def _both_read(s: Sentence, two: list[Mention]) -> Iterator[Found]:
    """ "Both formations are based in Ukraine": the pair rules, read with "both" standing for each of the two."""
    b = _BOTH_SUBJECT.match(s.text)
    if b is None:
        return
    start, end = s.start + b.start("both"), s.start + b.end("both")
    if any(x.start < end and start < x.end for x in s.mentions):
        return
    for g in two:
        for found in _read_as(s, g, start, end):
            if not any(_same(found.subject, h) and _same(found.object, k) for h in two for k in two):
                yield found


def _two_inside(s: Sentence, groups: list[Mention]) -> Iterator[tuple[Sentence, Found]]:
    """ "X broke away from Y ..., and the two groups have fought ever since": the first two groups the sentence names."""
    t = _THE_TWO_INSIDE.search(s.text)
    if t is None:
        return
    named = [
        g for g in _plain(s, groups) if g.end <= s.start + t.start() and g.text.casefold() not in _ANAPHORS
    ]
    two = _distinct(iter(named))
    if len(two) >= 2:
        predicate = Predicate.RIVAL_OF if t.group("rival") else Predicate.ALLIED_WITH
        yield s, Found(two[0], predicate, two[1], 0.6)


_WHOLE_NOUN = r"(?P<noun>umbrella|coalition|alliance|federation|confederation)"
# "The Islamic Resistance in Iraq, an umbrella of Iran-aligned Iraqi militias, said"; "JNIM is a coalition of ..."
_DESCRIBED_WHOLE = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*(?:,\s+|\s+(?:is|was|remains|became|has\s+become)\s+)(?:a|an|the)\s+"
    rf"(?:(?!(?:of|and|with)\b)[\w-]+\s+){{0,3}}?{_WHOLE_NOUN}\s+(?:group\s+|organi[sz]ation\s+)?"
    r"(?:of|that|which|including|comprising|bringing|uniting|grouping|made\s+up|composed)\b",
    re.I,
)
# "Another member of the umbrella, Harakat al-Nujaba, said"
_MEMBER_OF_THE = re.compile(
    r"\b(?:(?:[Aa]nother|[Aa]|[Oo]ne|[Tt]he)\s+(?:(?!(?:of|and|in)\b)[\w-]+\s+){0,2}?)"
    r"(?:member|component|constituent|faction|member\s+group|militia)\s+(?:of|in|within)\s+the\s+"
    rf"{_WHOLE_NOUN}\s*,\s+(?:the\s+)?$"
)
# "Kataib Hezbollah, the most powerful of the militias in the umbrella"
_ONE_OF_THE = re.compile(
    r"^[\"”’']?\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the|a|an|one|another)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:of\s+the\s+(?:[\w-]+\s+)?(?:militias|groups|factions|members|components)\s+|member\s+|militia\s+|faction\s+)"
    rf"(?:in|of|within)\s+the\s+{_WHOLE_NOUN}\b"
)


def _wholes_described(s: Sentence, groups: list[Mention]) -> dict[str, Mention]:
    """The groups this sentence describes as an umbrella, coalition or alliance, by that noun."""
    out: dict[str, Mention] = {}
    for g in _plain(s, groups):
        if g.text.casefold() in _ANAPHORS:
            continue
        m = _DESCRIBED_WHOLE.match(s.after(g, 120))
        if m is not None:
            out[m.group("noun").casefold()] = g
    return out


def _member_of_the_whole(
    s: Sentence, groups: list[Mention], wholes: dict[str, Mention]
) -> Iterator[tuple[Sentence, Found]]:
    """ "Another member of the umbrella, X" and "X, the most powerful of the militias in the umbrella": X belongs to
    the group the document described as that umbrella (or coalition, or alliance)."""
    if not wholes:
        return
    for g in groups:
        if g.text.casefold() in _ANAPHORS:
            continue
        m = _MEMBER_OF_THE.search(s.before(g, 80)) or _ONE_OF_THE.match(s.after(g, 120))
        if m is None:
            continue
        whole = wholes.get(m.group("noun").casefold())
        if whole is not None and not _same(whole, g):
            yield s, Found(g, Predicate.AFFILIATE_OF, whole, 0.6)


# "Today both fight in the Gaza Strip": the two groups the sentence before names, as the subject
_BOTH = re.compile(
    r"^(?:(?:Today|Now|Still|Since\s+then|Meanwhile)\s*,?\s+)?(?:[Bb]oth|[Tt]he\s+two)(?:\s+(?:groups|movements|"
    r"factions|organi[sz]ations|militias|outfits|networks))?(?=\s+[a-z])"
)


# "both fight in X": the present tense says where they are at war, not where one battle was
_FIGHT_NOW = re.compile(
    r"\s+(?:(?:still|now|also|mainly|mostly)\s+)*(?:fight|operate|remain\s+active|are\s+(?:still\s+)?active)\s+"
    r"(?:in|across|throughout)\s+(?:the\s+)?"
)


def _both_where(s: Sentence, previous: Sentence) -> Iterator[tuple[Sentence, Found]]:
    """ "PIJ broke away from X, while Hamas emerged from Y. Today both fight in Z": each of the two is active in Z."""
    b = _BOTH.match(s.text)
    if b is None or any(m.start < s.start + b.end() + 40 and m.type is not L for m in s.mentions):
        return
    two = _pair_named(previous)
    places = sorted((m for m in s.mentions if m.type is L), key=lambda m: m.start)
    if len(two) != 2 or not places:
        return
    between = s.text[b.end() : places[0].start - s.start]
    if any(m.type is not L and m.end <= places[0].start for m in s.mentions) or not (
        _operates(between) or _FIGHT_NOW.fullmatch(between)
    ):
        return
    if _ONE_EVENT_AFTER.match(s.after(places[0], 80)):
        return
    for g in two:
        for q in _place_run(s, places):
            yield s, Found(g, Predicate.OPERATES_IN, q, 0.6)


# "Mumin split from Diriye's command and formed X": a split from a leader is a split from the group he leads
_SPLIT_FROM = re.compile(
    r"\b(?:split|splintered|broke|broken|defected|walked\s+out|breaking|splitting|defecting)\s+(?:away\s+|off\s+)?(?:from|with)\s+$",
    re.I,
)
_LEADERS_OWN = re.compile(
    rf"^{_POSS}\s+(?:command|leadership|faction|group|movement|ranks|camp|authority|organi[sz]ation|network)\b",
    re.I,
)
_SET_UP = re.compile(
    r"\b(?:formed|founded|set\s+up|created|launched|established|started)\s+(?:(?:his|her|their|its)\s+own\s+|a\s+new\s+)?"
    r"(?:[\w-]+\s+)?(?:(?:group|faction|movement|outfit|militia|organi[sz]ation)\s*,?\s+)?(?:the\s+|called\s+(?:the\s+)?)?$",
    re.I,
)


def _split_from_leader(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "X was founded by commanders who split from P's command", with P the leader of Y: X formed from Y."""
    splits = [
        (s, m)
        for s in sentences
        for m in s.mentions
        if m.type is P and _SPLIT_FROM.search(s.before(m, 30)) and _LEADERS_OWN.match(s.after(m, 30))
    ]
    if not splits:
        return
    from kg.extract.relations import find_relations  # the pair rules, which import this module

    for s, leader in splits:
        led = _distinct(
            f.object
            for t in sentences
            if any(x.type is P and x.name == leader.name for x in t.mentions)
            for f in find_relations(t)
            if f.predicate is Predicate.AFFILIATED_WITH
            and f.subject.name == leader.name
            and f.object.type is G
        )
        if len(led) != 1:
            continue
        groups = [g for g in s.mentions if g.type is G and not _same(g, led[0])]
        new = next(
            (g for g in groups if g.start > leader.end and _SET_UP.search(s.text[: g.start - s.start][-60:])),
            None,
        ) or next((g for g in groups if g.end <= leader.start and not _POSS_START.match(s.after(g, 3))), None)
        if new is not None:
            yield s, Found(new, Predicate.FORMED_FROM, led[0], 0.65)


_ANAPHORS = frozenset({"its", "their", "it", "they"})
_POSS_START = re.compile(rf"^{_POSS}")
_HOSTILE_MODS = re.compile(r"\b(?:rival|enemy|hostile)\b", re.I)


_VERB_AFTER = re.compile(
    r"^\s+(?:(?:also|has|have|had|then|later|now|still|itself|reportedly)\s+)*"
    r"(?:said|says|claimed|built|runs|ran|publishes|published|uses|used|spreads|spread|relies|relied|announced|"
    r"(?!(?:is|was|has|its|this|as|us|yes|thus|plus|news|arms|ranks)\b)[a-z]+(?:es|s|ed))\b"
)


# How many sentences back "Its ..." opening a sentence may look for its group: a fact sheet's entry may
# name the group once, then say three things of it.
_LOOK_BACK = 3
# "A FARC dissident coalition": a name that only qualifies the noun after it is not what "its" stands for
_QUALIFIES = re.compile(
    r"^\s+(?:dissidents?|coalition|group|faction|splinter|offshoot|militia|alliance|fighters|militants|commanders|"
    r"members|leaders|cells|units|branch|affiliate|wing|insurgents|loyalists|defectors|veterans)\b",
    re.I,
)


def _plain(s: Sentence, groups: list[Mention]) -> list[Mention]:
    """The groups named as nouns of their own, not as a possessive or a qualifier of another noun."""
    return [
        g
        for g in groups
        if not _POSS_START.match(s.after(g, 3))
        # "Its fighters": an anaphor the tagger made stands for its group whatever noun follows it
        and (g.text.casefold() in _ANAPHORS or not _QUALIFIES.match(s.after(g, 20)))
        # "the late anti-Taliban commander": a name inside an adjective
        and not prefixed(s.text, g.start - s.start)
    ]


def _topics(t: Sentence) -> list[Mention]:
    """The groups a sentence is about, in order: "the Islamic State's Libya branch is ..." is about the branch
    (when the gazetteer can tell which), not about IS; "the anti-Taliban commander" is about no group."""
    out: list[Mention] = []
    for g in sorted((g for g in t.mentions if g.type is G), key=lambda m: m.start):
        part = part_of(t, g)
        if part is not None and part.group is not None and part.group.start == g.start:
            out.append(part.group)
        elif _plain(t, [g]):
            out.append(g)
    return out


def _owner(s: Sentence, groups: list[Mention], at: int, recent: tuple[Sentence, ...]) -> Mention | None:
    """The group "its" at offset `at` stands for: the sentence's subject group, else the last sentences'."""
    # a place may be what "its" stands for ("Kenya said its army, ..."), unless it is only where things happen
    here = [
        m
        for m in s.mentions
        if m.start < at and (m.type is not L or s.text[: m.start - s.start].strip() in ("", "The"))
    ]
    own = next((m for m in s.mentions if m.start == at and m.type in (G, O)), None)
    if own is not None:
        return own  # the tagger made an anaphor of it: its antecedent is already told
    plain = _plain(s, [g for g in groups if g.end <= at])
    if plain:
        # "X, the BLA's suicide squad, carried out the attack, the BLA said through its media arm": the
        # subject of the last verb before "its" owns it, else the sentence's subject
        subjects = [g for g in plain if _VERB_AFTER.match(s.after(g, 30))]
        return subjects[-1] if subjects else plain[0]
    if here:
        return None
    for t in reversed(recent):
        if topics := _topics(t):
            return topics[0]
    return None


def _its_kin(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    for b in s.mentions:
        if b.type not in (G, O):
            continue
        lo = max(0, b.start - s.start - 80)
        m = _ITS_KIN.search(s.text[lo : b.start - s.start])
        if m is None:
            continue
        at = s.start + lo + m.start("its")
        if any(x.start > at and x.end <= b.start and x.type in (G, O) for x in s.mentions):
            continue
        kin = m.group("kin").casefold()
        # a body's own part may belong to an organisation ("the SADC sent its own mission, SAMIM"); allies,
        # rivals and splinters are groups'
        kinship = kin.startswith(_GROUP_KIN) or bool(
            _SPLIT_MODS.search(m.group("mods")) or _HOSTILE_MODS.search(m.group("mods"))
        )
        owners = (
            groups if kinship else sorted((x for x in s.mentions if x.type in (G, O)), key=lambda x: x.start)
        )
        owner = _owner(s, owners, at, recent)
        if owner is None or _same(owner, b):
            continue
        if _PAST_MODS.search(m.group("mods")) and kin.startswith(_GROUP_KIN[2:]):
            # "its former ally, the Islamic State": an alliance or a rivalry that is over
            continue
        if kin.startswith(("offshoot", "splinter")) or (b.type is G and _SPLIT_MODS.search(m.group("mods"))):
            if b.type is G:
                yield Found(b, Predicate.FORMED_FROM, owner, 0.7)
        elif kin.startswith(("all", "partner", "patron", "backer", "protector")):
            if b.type is G:
                yield Found(owner, Predicate.ALLIED_WITH, b, 0.7)
        elif kin.startswith(("rival", "enem", "foe", "nemesis", "adversar")) or _HOSTILE_MODS.search(
            m.group("mods")
        ):
            if b.type is G:
                yield Found(owner, Predicate.RIVAL_OF, b, 0.7)
        elif b.type is G and _WALKED_AWAY.match(s.after(b, 80)):
            # "its largest faction, X, walked away in 2024": a part that left is a splinter
            yield Found(b, Predicate.FORMED_FROM, owner, 0.7)
        else:
            yield Found(b, Predicate.AFFILIATE_OF, owner, 0.7, "branchOf")


def _comma_its_kin(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    """ "the Houthis, their ally in Yemen": the apposed group is the subject's ally (and is where it is said to be)."""
    for g in groups:
        m = _COMMA_ITS_KIN.match(s.after(g, 60))
        if m is None:
            continue
        # the owner is named before the apposed group: in its sentence, or (when it opens the sentence) the one before
        owner = _owner(s, [h for h in groups if h.end <= g.start], g.start - 1, recent)
        if owner is None or _same(owner, g):
            continue
        kin = m.group("kin").casefold()
        predicate = Predicate.RIVAL_OF if kin.startswith(("rival", "enem", "foe")) else Predicate.ALLIED_WITH
        yield Found(owner, predicate, g, 0.65)
        if m.group("rest"):
            place = next((p for p in s.mentions if p.type is L and p.start == g.end + m.end()), None)
            if place is not None:
                yield Found(g, Predicate.OPERATES_IN, place, 0.6)


# "The Wazalendo remain its main armed rivals"; "Y, born of the same split, is regarded by police as its political ally":
# the group named before the copula is the kin of the group "its" stands for
_IS_ITS_KIN = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?(?:\s*,[^,;]{1,60},)?\s+(?:is|are|remains?|will\s+remain|has\s+(?:long\s+)?been|"
    r"have\s+(?:long\s+)?been)\s+(?:(?:regarded|seen|described|considered|viewed)\s+(?:by\s+[^,;]{1,30}?\s+)?as\s+)?"
    r"(?:its|their)\s+(?P<mods>(?:(?!(?:and|or|the|of)\b)[\w-]+\s+){0,3}?)"
    r"(?P<kin>allies|ally|partners?|rivals?|enem(?:y|ies)|foes?|nemesis|adversar(?:y|ies))\b"
)


def _is_its_kin(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    """ "KH takes the decisions; Nujaba is its closest partner": Nujaba is the ally of the group "its" stands for,
    named before it in the sentence or, when it opens the sentence, in the sentences before."""
    for g in groups:
        m = _IS_ITS_KIN.match(s.after(g, 140))
        if m is None or _PAST_MODS.search(m.group("mods")):
            continue
        owner = _owner(s, [h for h in groups if h.end <= g.start], g.start - 1, recent)
        if owner is None or _same(owner, g) or owner.text.casefold() in _ANAPHORS:
            continue
        kin = m.group("kin").casefold()
        predicate = (
            Predicate.RIVAL_OF
            if kin.startswith(("rival", "enem", "foe", "nemesis", "adversar"))
            else Predicate.ALLIED_WITH
        )
        yield Found(owner, predicate, g, 0.65)


# "The NSCN-K itself is a splinter: it split from the original NSCN in 1988": "it" opening a clause after a colon or a
# semicolon is the group the clause before is about
_CLAUSE_IT = re.compile(r"[:;]\s+(?P<it>it)\s+(?=[a-z])")
_GROUP_TIES = frozenset(
    {Predicate.AFFILIATE_OF, Predicate.FORMED_FROM, Predicate.ALLIED_WITH, Predicate.RIVAL_OF}
)


def _clause_it(s: Sentence, groups: list[Mention]) -> Iterator[Found]:
    """The pair rules' ties between groups, read with a clause's "it" standing for the group the clause before is
    about (named in the sentence: a mid-sentence "it" is not read across sentences)."""
    for m in _CLAUSE_IT.finditer(s.text):
        start, end = s.start + m.start("it"), s.start + m.end("it")
        owner = _owner(s, groups, start, ())
        if owner is None or owner.type is not G or any(x.start < end and start < x.end for x in s.mentions):
            continue
        for found in _read_as(s, owner, start, end):
            if (
                found.predicate in _GROUP_TIES
                and found.subject.start == start
                and found.object.start >= end
                and found.object.type is G
            ):
                yield found


# "Macomia, their last stronghold"; "Gao, its former capital"
_COMMA_ITS_BASE = re.compile(
    r"^\s*,\s+(?P<its>[Ii]ts|[Tt]heir)\s+(?:(?:main|last|key|chief|traditional|former|remaining|principal|new|de\s+facto)\s+)*"
    r"(?:stronghold|strongholds|base|bases|heartland|headquarters|bastion|capital|hideout|sanctuary|safe\s+haven|fiefdom)\b"
)


def _place_its_base(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    for p in s.mentions:
        if p.type is not L or _COMMA_ITS_BASE.match(s.after(p, 60)) is None:
            continue
        owner = _owner(s, [g for g in groups if g.end <= p.start], p.start - 1, recent)
        if owner is not None:
            yield Found(owner, Predicate.OPERATES_IN, p, 0.6)


def _men_of_owner(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    """ "its leadership is based in X", "the rebels control Y": where the owner's men are, said as a clause."""
    places = sorted((m for m in s.mentions if m.type is L), key=lambda m: m.start)
    for m in (*_THE_REBELS.finditer(s.text), *_IT_SUBJECT.finditer(s.text)):
        det = "its" if m.re is _THE_REBELS and m.group("its") else "det"
        men = m.group("own_men") if det == "its" else m.group("men")
        at, end = s.start + m.start(det), s.start + m.end()
        place = next((p for p in places if p.start >= end), None)
        if place is None:
            continue
        # "its fighters compete with the ELN for control of routes in X": the rival named on the way is no subject
        rivals = _COMPETES_IN.match(s.text[m.end() : place.start - s.start])
        if any(end <= x.start < place.start and not (rivals and x.type is G) for x in s.mentions):
            continue
        # a mid-sentence "it" is read only with its group in the same sentence ("troops said they had seized X"),
        # unless only a fronted phrase stands before it ("Once confined to Mali, it now operates across X")
        fronted = _FRONTED_PHRASE.match(s.text[: m.start(det)]) is not None and not any(
            g.start < at for g in groups
        )
        owner = _owner(s, groups, at, recent if m.re is _THE_REBELS or fronted else ())
        if owner is None:
            continue
        between = s.text[m.end() : place.start - s.start]
        used = _USED_PLACE.match(between) and _AS_A_BASE_AFTER.match(s.after(place, 60))
        # "Its stronghold is the Sambisa Forest"; "its heartland lies in northern Borno"
        base = _BASE_WORD.match(men or "") and _BASE_IS.match(between)
        # "its fighters now move in small units through the forests of X": where the men roam, as a habit
        roams = _MEN_WORD_ROAM.match(men or "") and _ROAM.match(between)
        if not (used or base or roams or _operates(between) or _operates(" " + men + between)):
            continue
        if _ONE_EVENT_AFTER.match(s.after(place, 80)) or (
            owner.sentence_index == s.index and _one_event(s, owner, " " + men + between, place)
        ):
            continue
        for q in _place_run(s, places[places.index(place) :]):
            yield Found(owner, Predicate.OPERATES_IN, q, 0.6)


_MEN_WORD_ROAM = re.compile(
    r"^(?:rebels|insurgents|militants|jihadists|extremists|guerrillas|fighters|cells|units|men|members|forces|squads|"
    r"cadres|combatants)$",
    re.I,
)
# the present tense of a verb of moving about: a habit, not one march ("the militants moved through X to attack Y")
_ROAM = re.compile(
    r"^\s+(?:(?:now|still|mostly|mainly|largely|freely|regularly|routinely|increasingly|also)\s+)*"
    r"(?:move|roam|circulate|travel|shuttle|wander|slip)\s+(?:[^;.()]{0,40}?\s+)?(?:through|across|around|between|about)\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+)?(?:forests?|bush|hills|mountains|villages|countryside|districts?|valleys?|"
    r"swamps|islands|border\s+areas|areas)\s+(?:of|around|near)\s+(?:the\s+)?)?$",
    re.I,
)
_BASE_WORD = re.compile(
    r"^(?:strongholds?|base|bases|heartland|bastion|sanctuary|headquarters|hideouts?|camps?)$", re.I
)
_BASE_IS = re.compile(
    r"^\s+(?:is|was|are|were|remains?|remained|lies|lay|sits|is\s+located|are\s+located)\s+(?:in\s+)?(?:the\s+)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+)?$",
    re.I,
)


def _men_against(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    """ "Its remaining members have coordinated with X", "its fighters have clashed with X": the owner's ally or rival."""
    for m in _THE_REBELS.finditer(s.text):
        # "its members", or "the jihadists" opening the sentence: the group of the sentences before
        if not m.group("its") and m.start() > 0:
            continue
        end = s.start + m.end()
        other = next((g for g in groups if g.start >= end), None)
        if other is None:
            continue
        between = " " + s.text[m.end() : other.start - s.start].strip() + " "
        # "Its men are officially integrated into Syria's National Defence Forces": the owner is part of the whole
        # (a place may own the whole)
        enrolled = m.group("its") and _MEN_ENROLLED.match(between) is not None
        if any(end <= x.start < other.start and not (enrolled and x.type is L) for x in s.mentions):
            continue
        owner = _owner(s, groups, s.start + m.start("its" if m.group("its") else "det"), recent)
        if owner is None or _same(owner, other):
            continue
        if enrolled:
            yield Found(owner, Predicate.AFFILIATE_OF, other, 0.6)
        elif RIVAL.match(between):
            yield Found(owner, Predicate.RIVAL_OF, other, 0.6)
        elif ALLIED.match(between):
            yield Found(owner, Predicate.ALLIED_WITH, other, 0.6)


# "last year it and the NSCN jointly carried out a raid": "it" paired with a group named after it
_IT_AND = re.compile(r"(?:^|[\s,;:])(?P<it>[Ii]t|[Tt]hey)\s+and\s+(?:the\s+)?$")


def _it_and_other(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    """ "it and the X jointly carried out a raid": the group "it" stands for and X, allies (or rivals) as a pair."""
    for g in groups:
        before = s.before(g, 40)
        if (m := _IT_AND.search(before)) is None:
            continue
        at = g.start - len(before) + m.start("it")
        owner = _owner(s, [h for h in groups if h.end <= at], at, recent)
        if owner is None or _same(owner, g):
            continue
        after = s.after(g, 90)
        if _PAIR_RIVAL_AFTER.match(after):
            yield Found(owner, Predicate.RIVAL_OF, g, 0.6)
        elif _PAIR_ALLIED_AFTER.match(after):
            yield Found(owner, Predicate.ALLIED_WITH, g, 0.6)


# "Its leaders say that it regards X, a younger cell, as a rival": what "it" takes X for
_IT_SEES = re.compile(
    r"(?:^[\"“]?|\bthat\s+)(?P<it>[Ii]t|[Tt]hey)\s+(?:(?:also|still|now|clearly|openly|increasingly)\s+)*"
    r"(?:sees|regards|considers|views|treats|saw|regarded|considered|viewed|treated|see|regard|consider|view|treat)\s+"
    r"(?:the\s+)?$"
)
_SEEN_AS = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s*,\s+(?:the|an?)\s+[^,;]{1,80},)?\s+as\s+(?:an?\s+|its\s+|their\s+)?"
    r"(?:(?:main|chief|bitter|dangerous|hostile|serious)\s+)?(?P<kind>competitor|rival|enemy|threat|foe|adversary|"
    r"ally|partner)\b"
)


def _it_sees_as(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    """ "it regards X, a younger cell, as a rival": a rival (or an ally) of the group "it" stands for."""
    for g in groups:
        before = s.before(g, 80)
        if (m := _IT_SEES.search(before)) is None or (seen := _SEEN_AS.match(s.after(g, 140))) is None:
            continue
        at = g.start - len(before) + m.start("it")
        owner = _owner(s, [h for h in groups if h.end <= at], at, recent)
        if owner is None or _same(owner, g):
            continue
        kind = seen.group("kind").casefold()
        yield Found(
            owner, Predicate.ALLIED_WITH if kind in ("ally", "partner") else Predicate.RIVAL_OF, g, 0.6
        )


_MEN_ENROLLED = re.compile(
    r"^\s+(?:(?:are|is|were|was|have\s+been|had\s+been|also|formally|officially|now|still|largely)\s+)*"
    r"(?:enrolled|integrated|incorporated|enlisted)\s+(?:in|into)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?$",
)


# A fact sheet's entry: "- **ELN.** Strongest in the departments of A, B and C. Emerged from a split within X."
# The label names the group; the sentences after it leave it out.
_MARKUP = re.compile(r"^[\s*\-–—•#>_:]*")
_ACRONYM_BETWEEN = re.compile(r"\s*\(\s*")
_LABEL_REST = re.compile(r"^(?:\s*\([^()]{1,30}\))?[\s*_]*[.:]?[\s*_]*$")
_ENTRY_QUALIFIED = re.compile(
    r"^(?:a|an|the)\s+(?:(?:former|small|radical|violent|hardline|new|rival)\s+)*$", re.I
)
_SPLIT_WORD_AFTER = re.compile(r"^\s+(?:splinter|breakaway|dissident|offshoot)\b", re.I)
_PART_WORD_AFTER = re.compile(rf"^\s+{_BRANCH}\b", re.I)


def _bracketed(s: Sentence, g: Mention, m: Mention) -> bool:
    """Whether `m` stands alone in brackets right after `g`: "X (ISS)"."""
    return bool(_ACRONYM_BETWEEN.fullmatch(s.text[g.end - s.start : m.start - s.start])) and s.text[
        m.end - s.start :
    ].lstrip().startswith(")")


def _label(s: Sentence) -> Mention | None:
    """The group a label sentence names, and nothing else: "- **Estado Mayor Central (EMC).**"."""
    if not s.mentions:
        return None
    first = min(s.mentions, key=lambda m: m.start)
    # "**Islamic State Somalia Province (ISS)**:": the acronym in brackets is its name, whatever it was tagged as
    named = [m for m in s.mentions if m is first or not _bracketed(s, first, m)]
    if any(m.type is not G or not _same(m, first) for m in named):
        return None
    g, last = first, max(named, key=lambda m: m.end)
    lead = s.text[: g.start - s.start]
    # "Estado Mayor Central (EMC)": the acronym in brackets is the same group
    if (
        _MARKUP.fullmatch(lead) is None
        or _LABEL_REST.match(s.text[g.end - s.start :]) is None
        and (
            _LABEL_REST.match(s.text[last.end - s.start :]) is None
            or not _ACRONYM_BETWEEN.fullmatch(s.text[g.end - s.start : last.start - s.start])
        )
    ):
        return None
    return g


def _entry(s: Sentence, owner: Mention) -> Iterator[Found]:
    """What a sentence without a subject says of the group its label names."""
    lead = _MARKUP.match(s.text)
    start = s.start + (lead.end() if lead else 0)
    first = min(s.mentions, key=lambda m: m.start, default=None)
    if first is None or _same(first, owner):
        return
    between = s.text[start - s.start : first.start - s.start]
    # "small but resilient; holed up in X": each clause says something of the label's group
    between = between[between.rfind(";") + 1 :].lstrip()
    after = s.after(first, 40)
    if first.type is L and _operates(" " + between):
        for q in _place_run(s, sorted((m for m in s.mentions if m.type is L), key=lambda m: m.start)):
            yield Found(owner, Predicate.OPERATES_IN, q, 0.6)
    elif first.type is G:
        if _X_FORMED_FROM_Y.match(" " + between) or (
            _ENTRY_QUALIFIED.match(between) and _SPLIT_WORD_AFTER.match(after)
        ):
            yield Found(owner, Predicate.FORMED_FROM, first, 0.65)
        elif _X_BRANCH_OF_Y.match(" " + between) or (
            _ENTRY_QUALIFIED.match(between) and _PART_WORD_AFTER.match(after)
        ):
            yield Found(owner, Predicate.AFFILIATE_OF, first, 0.65)
        elif ALLIED.match(" " + between):
            yield Found(owner, Predicate.ALLIED_WITH, first, 0.65)


# "its largest faction, X, walked away in 2024"
_WALKED_AWAY = re.compile(
    r"^\s*(?:\([^()]{1,40}\))?\s*,\s+(?:(?:later|then|has|had|have|since|also|eventually|subsequently|itself)\s+)*"
    r"(?:walked\s+(?:away|out)|broke\s+(?:away|off)|split\s+(?:away|off)|splintered|defected|left\s+(?:the|it|them)\b|"
    r"quit|seceded)\b",
    re.I,
)


# "it has pushed south from its strongholds in Mali and Burkina Faso": where the owner's bases are
_ITS_BASES_IN = re.compile(
    r"\b(?P<its>[Ii]ts|[Tt]heir)\s+(?:(?:main|key|chief|traditional|remaining|principal|rear|own|last|core|rural|"
    r"desert|forest|mountain|island)\s+)*"
    r"(?:strongholds?|bases?|heartlands?|bastions?|sanctuar(?:y|ies)|hideouts?|safe\s+havens?|fiefdoms?|redoubts?)\s+"
    r"(?:in|across|inside|throughout)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+)?$"
)
# "troops drove the militants from their bases in X", "ISWAP overran its bases in Y": bases lost, or another's
_LOST_BEFORE = re.compile(
    r"(?:\b(?:driven|drove|drive|expelled|ousted|forced|chased|routed|dislodged|evicted|flushed|cleared)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:out\s+of|from)|\bpushed\s+(?:[\w-]+\s+)?(?:out\s+of|back\s+from)|"
    r"\b(?:lost|losing|loses|lose|abandoned|abandoning|vacated|overran|overrun|attacked|raided|struck|stormed|bombed|"
    r"shelled|targeted|hit|captured|seized|destroyed|retook|recaptured|besieged|surrounded|withdrew\s+from|"
    r"withdrawn\s+from|fled|fleeing|flee|former|old|one-?time))\s+$",
    re.I,
)
_SAID_THAT = re.compile(r"\b(?:said|says|told|claimed|according|that|whose|which|who)\b", re.I)
_OPENING = re.compile(
    r"^(?:(?:Yet|But|Still|Now|Today|However|Meanwhile|Instead|Even\s+so|Since\s+then|Nonetheless|Nevertheless|"
    r"And|Since\s+\d{4}|In\s+\d{4})\s*,?\s+)?$"
)


def _its_bases_in(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    """ "it has pushed south from its strongholds in A and B": the owner of the strongholds is active in each."""
    places = sorted((m for m in s.mentions if m.type is L), key=lambda m: m.start)
    for p in places:
        lo = max(0, p.start - s.start - 90)
        m = _ITS_BASES_IN.search(s.text[lo : p.start - s.start])
        if m is None:
            continue
        at = s.start + lo + m.start("its")
        before = s.text[: at - s.start]
        if _LOST_BEFORE.search(before):
            continue
        # "Its strongholds in X" opening the sentence is the last sentences' group; in mid-sentence, this one's
        owner = _owner(s, groups, at, recent if _OPENING.match(before) else ())
        if owner is None or owner.type is not G:
            continue
        if owner.sentence_index == s.index and _SAID_THAT.search(s.text[owner.end - s.start : at - s.start]):
            continue
        for q in _place_run(s, places[places.index(p) :]):
            yield Found(owner, Predicate.OPERATES_IN, q, 0.6)


# "the PKK said Turkish jets struck its camps in the Qandil mountains": a blow on a site the reporting group calls
# its own says where the group keeps it (a former or old site is ground it has left)
_ITS_SITE_STRUCK = re.compile(
    r"\b(?:hit|struck|targeted|bombed|shelled|pounded|raided|rocketed)\s+(?P<its>its|their)\s+"
    r"(?:(?:main|political|military|regional|central|party|own|training|rear|mountain|forward)\s+)*"
    r"(?:headquarters(?:\s+(?:compound|building))?|compounds?|camps?|bases?|offices?|barracks|positions|bunkers?|"
    r"strongholds?|hideouts?)\s+(?:in|at|near|outside)\s+(?:the\s+)?$"
)
# "the PDKI said several missiles hit its ...": the group that reports it, as the sentence's subject
_GROUP_REPORTS = re.compile(
    r"^\s*(?:\([^()]{1,40}\))?(?:\s*,\s+[^,;]{1,80},)?\s+(?:(?:has|had|also)\s+)?"
    r"(?:said|says|reported|confirmed|announced|stated)\s+(?:(?:that|on\s+\w+)\s+)?(?=[a-zA-Z])"
)
_STRIKER_WORD = re.compile(r"\b(?:it|they|its|their|fighters|militants|rebels|members|men)\b", re.I)


def _its_site_struck(s: Sentence, groups: list[Mention]) -> Iterator[Found]:
    """ "the PDKI said several missiles hit its headquarters compound in Koya": the reporting group's own site."""
    places = sorted((m for m in s.mentions if m.type is L), key=lambda m: m.start)
    for p in places:
        lo = max(0, p.start - s.start - 90)
        m = _ITS_SITE_STRUCK.search(s.text[lo : p.start - s.start])
        if m is None:
            continue
        at = s.start + lo + m.start("its")
        before = [g for g in groups if g.end <= at]
        if not before or any(
            x.type in (G, O) and x.start >= before[0].end and x.end <= at and not _same(x, before[0])
            for x in s.mentions
        ):
            continue  # no reporting group, or another body named between it and "its"
        owner = before[0]
        said = _GROUP_REPORTS.match(s.text[owner.end - s.start : at - s.start])
        # ("the PKK said its fighters hit their positions in X": the group's own men strike another's site)
        if said is None or _STRIKER_WORD.search(s.text[owner.end - s.start + said.end() : at - s.start]):
            continue
        if not _plain(s, [owner]):
            continue
        for q in _place_run(s, places[places.index(p) :]):
            yield Found(owner, Predicate.OPERATES_IN, q, 0.6)


# "crews loyal to it have gained a foothold in X": the group's own men, named by their loyalty to the group the
# pronoun stands for
_LOYAL_TO_IT = re.compile(
    r"\b(?:factions|fighters|militias|militiamen|cells|units|men|gunmen|crews|gangs|commanders|remnants)\s+"
    r"(?:(?:still|fiercely|firmly)\s+)?loyal\s+to\s+(?P<it>it|them)\b"
)


def _loyal_to_it(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    """ "Over the past two years crews loyal to it have gained a foothold in A and B": the group "it" stands for."""
    m = _LOYAL_TO_IT.search(s.text)
    if m is None:
        return
    at = s.start + m.start("it")
    if any(g.start < at for g in groups if g.text.casefold() not in _ANAPHORS):
        return  # a group named earlier in the sentence: the pronoun may stand for it or for another
    places = sorted((p for p in s.mentions if p.type is L and p.start > at), key=lambda p: p.start)
    if not places or not _operates(s.text[m.end() : places[0].start - s.start]):
        return
    owner = _owner(s, groups, at, recent)
    if owner is None or owner.type is not G:
        return
    for q in _place_run(s, places):
        yield Found(owner, Predicate.OPERATES_IN, q, 0.6)


# "Its fronts in Cauca have carried out dozens of attacks": the group's standing units somewhere, as the subject
_ITS_UNITS_IN = re.compile(
    r"^(?:(?:Yet|But|Still|Now|Today|Meanwhile|Since\s+then|And)\s*,?\s+)?(?P<its>Its|Their)\s+"
    r"(?:(?:remaining|main|regional|local|rural|urban|armed|own|various|several|many)\s+)*"
    r"(?:fronts|cells|units|columns|battalions|brigades|detachments|networks|branches|factions|squads)\s+"
    r"(?:in|across|throughout|inside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$"
)
# what follows says what the units do as a habit, not one blow ("have carried out dozens of attacks")
_HABIT_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:dozens|scores|hundreds|numerous|repeated(?:ly)?|regular(?:ly)?|frequent(?:ly)?|routinely|"
    r"often|a\s+(?:string|series|wave|spate|campaign)\s+of|waves\s+of)\b|"
    r"^(?:\s*(?:,|and)\s*(?:the\s+)?[A-Z][\w'’-]*)*\s+(?:(?:still|now|also|largely|mostly)\s+)*"
    r"(?:are|remain|operate|control|hold|have\s+long|continue\s+to|number)\b"
)


def _its_units_in(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    """ "Its fronts in Cauca have carried out dozens of attacks": the owner of the units is active where they are."""
    places = sorted((m for m in s.mentions if m.type is L), key=lambda m: m.start)
    if not places:
        return
    p = places[0]
    m = _ITS_UNITS_IN.match(s.text[: p.start - s.start])
    if m is None:
        return
    owner = _owner(s, groups, s.start + m.start("its"), recent)
    if owner is None or owner.type is not G:
        return
    run = _place_run(s, places)
    if not _HABIT_AFTER.match(s.after(run[-1], 80)):
        return
    for q in run:
        yield Found(owner, Predicate.OPERATES_IN, q, 0.6)


# "Police regard it as IS's main affiliate in Indonesia"; "officials consider it a front for the PKK"
_REGARD_IT = (
    r"\b(?:regard|regards|regarded|consider|considers|considered|see|sees|saw|view|views|viewed|describe|describes|"
    r"described|treat|treats|treated|classify|classifies|classified|recogni[sz]e|recogni[sz]es|recogni[sz]ed)\s+"
    r"(?P<it>it)\s+(?:as\s+|to\s+be\s+)?(?:the\s+|a\s+|an\s+|one\s+of\s+)?"
)
_KIN_MODS = r"(?:(?!(?:and|or|of|in|for)\b)[\w-]+\s+){0,3}?"
_KIN_WORD = (
    rf"(?P<kin>{_BRANCH[3:-1]}|front|cells?|factions?|components?|offshoot|splinter(?:\s+group|\s+faction)?|"
    r"all(?:y|ies)|partners?|rivals?|enem(?:y|ies))s?"
)
_REGARD_POSS = re.compile(rf"{_REGARD_IT}$")
_REGARD_OF = re.compile(rf"{_REGARD_IT}{_KIN_MODS}{_KIN_WORD}\s+(?:of|for|to)\s+(?:the\s+)?$")
_POSS_KIN = re.compile(rf"^{_POSS}\s+{_KIN_MODS}{_KIN_WORD}\b")
_IN_AFTER = re.compile(r"^\s+in\s+(?:the\s+)?")
_NOT_BEFORE = re.compile(r"\b(?:not|no\s+longer|never|n['’]t|wrongly|falsely)\s+(?:[\w-]+\s+)?$", re.I)


def _regarded_as(s: Sentence, groups: list[Mention], previous: Sentence | None) -> Iterator[Found]:
    """ "Police regard it as IS's main affiliate in Indonesia": "it" is the group the sentence before is about."""
    for b in groups:
        lo = max(0, b.start - s.start - 100)
        head = s.text[lo : b.start - s.start]
        poss = _REGARD_POSS.search(head)
        m = poss if poss is not None and _POSS_KIN.match(s.after(b, 60)) else _REGARD_OF.search(head)
        if m is None:
            continue
        at = s.start + lo + m.start("it")
        if _NOT_BEFORE.search(s.text[: at - s.start][-40:].rsplit(" ", 2)[0] + " "):
            continue
        if any(x.start <= at < x.end for x in s.mentions):
            continue  # the tagger made a mention of it: the pair rules read it
        owner = _regarded(s, groups, at, previous)
        if owner is None or _same(owner, b):
            continue
        kin_match = _POSS_KIN.match(s.after(b, 60)) if m is poss else m
        kin = kin_match.group("kin").casefold()
        if kin.startswith(("offshoot", "splinter")):
            yield Found(owner, Predicate.FORMED_FROM, b, 0.6)
        elif kin.startswith(("all", "partner")):
            yield Found(owner, Predicate.ALLIED_WITH, b, 0.6)
        elif kin.startswith(("rival", "enem")):
            yield Found(owner, Predicate.RIVAL_OF, b, 0.6)
        else:
            yield Found(owner, Predicate.AFFILIATE_OF, b, 0.6, "branchOf")
            # "IS's main affiliate in Indonesia": where the part is
            end = b.end + kin_match.end() if m is poss else b.end
            rest = s.text[end - s.start :]
            if (i := _IN_AFTER.match(rest)) is not None:
                place = next((q for q in s.mentions if q.type is L and q.start == end + i.end()), None)
                if place is not None:
                    yield Found(owner, Predicate.OPERATES_IN, place, 0.6)


_CLAUSE_BREAK = re.compile(r"(?:;|,\s+(?:and|but|while|yet)\s|\s+and\s+(?:the\s+)?[a-z]+\s+(?!it\b))")


def _regarded(s: Sentence, groups: list[Mention], at: int, previous: Sentence | None) -> Mention | None:
    """What the object "it" of "regard it as" stands for: a group a clause before it is about, else the group the
    sentence before is about (the one who regards is the subject, never the one regarded)."""
    if any(x.start < at and x.type is not L for x in s.mentions):
        # "JAD was founded in 2015, and police regard it as ...": the subject of the clause before
        plain = [g for g in _plain(s, [g for g in groups if g.end <= at])]
        if plain and _CLAUSE_BREAK.search(s.text[plain[0].end - s.start : at - s.start]):
            return plain[0]
        return None
    return _subject_of(previous) if previous is not None else None


# "Yet it retains a presence in X": "it" opening a sentence with a verb the tagger does not read
# "According to P, it was set up by deserters from A": what a source says of the group
_ACCORDING_IT = re.compile(
    r"^According\s+to\s+[^;:]{1,120}?,\s+(?P<it>it)\s+(?:was|had\s+been)\s+(?:(?:originally|first)\s+)?"
    r"(?:formed|founded|set\s+up|created|established)\b"
)
_OPENING_IT = re.compile(
    r"^(?:(?:Yet|But|Still|Now|Today|However|Meanwhile|Instead|Even\s+so|Since\s+then|Nonetheless|Nevertheless)"
    r"\s*,?\s+)?(?P<it>[Ii]t)\s+(?:(?:also|still|now|only|already|reportedly|currently|largely|mostly|increasingly|"
    r"often|regularly|frequently|openly|sometimes)\s+)*"
    r"(?!(?:seems|appears|means|matters|takes|makes|follows|comes|goes|depends|helps|happens|remains|is|was|has|"
    r"says|adds|notes|warns|argues|states|reads|lies|sits|stands|marks|borders)\b)[a-z]{3,}s\b"
)

# "Security analysts say it has operated for years from X": "it" told by a reporter, with a perfect tense of its own
_SAY_IT = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,3}?(?:analysts|officials|experts|researchers|police|investigators|diplomats|observers|"
    r"residents|sources)\s+(?:say|said|believe|believed|note|noted|told\s+[^,;]{1,30}?)\s+(?:that\s+)?(?P<it>it)\s+"
    r"(?=(?:has|had)\s+(?:(?:long|also|since|repeatedly|often)\s+)?(?!been\b)[a-z]{3,}ed\b)"
)


def _subject_of(t: Sentence) -> Mention | None:
    """The group a sentence is about: its first name, a group standing as a noun of its own at the start."""
    named = sorted((m for m in t.mentions if m.type is not L), key=lambda m: m.start)
    if not named or named[0].type is not G or named[0].start - t.start > 60:
        return None
    first = named[0]
    return first if _plain(t, [first]) else None


def _opening_it(s: Sentence, previous: Sentence | None) -> Iterator[Found]:
    """ "The group ... was reduced to a few cells. Yet it retains a presence in X": the pair rules, read with "it"
    standing for the group the sentence before is about."""
    m = _OPENING_IT.match(s.text) or _ACCORDING_IT.match(s.text) or _SAY_IT.match(s.text)
    if m is None or previous is None:
        return
    start, end = s.start + m.start("it"), s.start + m.end("it")
    if any(x.start < end and start < x.end for x in s.mentions):
        return
    owner = _subject_of(previous)
    if owner is None:
        return
    yield from _read_as(s, owner, start, end)


# "A and B ..., and the latter is itself an offshoot of C": the last group named before it
_THE_LATTER = re.compile(
    r"(?:^|[,;]\s+|\s(?:and|but|while)\s+)(?P<it>the\s+latter)\s+(?=(?:was|is|had|has|itself)\b)"
)


def _the_latter(s: Sentence, groups: list[Mention]) -> Iterator[Found]:
    """ "..., and the latter is itself an offshoot of Y": what is said of the last group named before "the latter"."""
    for m in _THE_LATTER.finditer(s.text):
        start, end = s.start + m.start("it"), s.start + m.end("it")
        before = [g for g in groups if g.end <= start]
        if not before or any(x.start < end and start < x.end for x in s.mentions):
            continue
        for found in _read_as(s, before[-1], start, end):
            if found.subject.start == start and found.object.start >= end:
                yield found


def _read_as(s: Sentence, owner: Mention, start: int, end: int) -> Iterator[Found]:
    """The pair rules' relations of the words at start..end, read as a mention of `owner`."""
    it = Mention(
        s.text[start - s.start : end - s.start],
        owner.name,
        owner.type,
        owner.doc_id,
        start,
        end,
        s.index,
        0.6,
        owner.gazetteer_id,
        owner.subtype,
    )
    read = dataclasses.replace(s, mentions=tuple(sorted((*s.mentions, it), key=lambda x: (x.start, -x.end))))
    from kg.extract.relations import find_relations  # the pair rules, which import this module

    for found in find_relations(read):
        if found.subject is it or found.object is it:
            yield found


# "Khine Thu Kha, the AA's spokesman, told AFP ... His group is the armed wing of the ULA"
_HIS_GROUP = re.compile(
    r"^(?P<his>(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?:group|movement|organi[sz]ation|faction|outfit|militia|network))"
    r"(?=\s+(?:is|was|has|had|remains|became|operates|controls|holds)\b)"
)


def _his_group(s: Sentence, previous: Sentence | None) -> Iterator[Found]:
    """ "P, the AA's spokesman, said ... His group is the armed wing of Y": the group the sentence before ties P to."""
    m = _HIS_GROUP.match(s.text)
    if m is None or previous is None or any(x.start < s.start + m.end() for x in s.mentions):
        return
    person = max((x for x in previous.mentions if x.type is P), key=lambda x: x.start, default=None)
    if person is None:
        return
    from kg.extract.relations import find_relations  # the pair rules, which import this module

    led = _distinct(
        f.object
        for f in find_relations(previous)
        if f.predicate is Predicate.AFFILIATED_WITH and f.subject.name == person.name and f.object.type is G
    )
    if len(led) == 1:
        yield from _read_as(s, led[0], s.start + m.start("his"), s.start + m.end("his"))


# "In the north-east, it is also fighting a much smaller rival, the Islamic State Somalia Province"
_FIGHTS_RIVAL = re.compile(
    r"^\s+(?:(?:is|are|was|were|has|have|had|been|also|still|now|increasingly)\s+)*"
    r"(?:fighting|battling|fights|battles|fought|at\s+war\s+with|clashing\s+with|competing\s+with|competes\s+with)\s+"
    r"(?:a|an|its|their)\s+(?:(?!(?:and|or|of|in)\b)[\w-]+\s+){0,3}?(?:rival|enemy|foe|adversary|nemesis)\s*,\s*(?:the\s+)?$",
    re.I,
)


def _fights_its_rival(s: Sentence, groups: list[Mention]) -> Iterator[Found]:
    """ "it is also fighting a much smaller rival, X": the group "it" stands for and X are rivals."""
    for a in groups:
        if a.text.casefold() not in _ANAPHORS and not a.text.casefold().startswith("the "):
            continue  # a group named outright is the pair rules' to read
        b = next((g for g in groups if g.start > a.end), None)
        if b is not None and not _same(a, b) and _FIGHTS_RIVAL.match(s.between(a, b)):
            yield Found(a, Predicate.RIVAL_OF, b, 0.6)


# "The rival Islamic State Sahel Province (ISSP) is active further north": a rival of the group just written about
_OPENING_RIVAL = re.compile(
    r"^(?:[-*•]\s+)?(?:(?:But|Meanwhile|Elsewhere|Further\s+north|Further\s+south|Further\s+east|Further\s+west)\s*,?\s+)?"
    r"(?:The|A|Its|Their)\s+(?:(?:much\s+)?(?:main|chief|bitter|arch-?|sworn|smaller|larger|principal|jihadist|"
    r"militant|armed)\s+)*(?:rival|enemy)\s+(?:(?:group|faction|militia|movement|outfit|network)\s*,?\s+)?(?:the\s+)?$"
)


# "The PKK has lost most of its mountain camps. Its war with the Turkish-backed militias goes on": a sentence opening
# on the tie of "its"/"their" group with another is that tie of the group the sentence before is about; "offensive",
# "campaign" and "relationship" tell the tie only with "against" or a word that says which ("its joint offensive with",
# "their close relationship with")
_OPENING_TIE = re.compile(
    r"^(?:[-*•]\s+)?(?:(?:And|But|Yet|Meanwhile|Today|Now)\s*,?\s+)?(?:Its|Their)\s+"
    r"(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<tie>war|wars|rivalry|feud|fight|conflict|struggle|offensive|offensives|campaign|"
    r"alliance|partnership|relationship|relations|ties)\s+(?P<prep>with|against)\s+"
    r"(?:the\s+)?(?:[\w-]+['’]s?\s+)?$"
)
_TIE_HOSTILE = re.compile(r"\b(?:hostile|tense|bitter|bloody|violent)\b", re.I)
_TIE_FRIENDLY = re.compile(r"\b(?:close|joint|warm|long-?standing|strategic)\b", re.I)


def _opening_tie(s: Sentence, groups: list[Mention], previous: Sentence | None) -> Iterator[Found]:
    """ "X ... Its war with Y ...": X rivalOf Y; "Their alliance with Y": alliedWith, X being the one group the
    sentence before is about (not a pair "A and B", not a state or a person)."""
    if previous is None or not groups:
        return
    target = groups[0]
    if any(m.start < target.start and m.type in (G, O, P) for m in s.mentions):
        return
    m = _OPENING_TIE.match(s.text[: target.start - s.start].replace("*", ""))
    if m is None:
        return
    owner = _subject_of(previous)
    if owner is None or _same(owner, target):
        return
    pair = _coordinated(
        previous, sorted((g for g in previous.mentions if g.type is G), key=lambda g: g.start)
    )
    if pair is not None and any(_same(owner, g) for g in pair):
        return
    tie, mods, against = m.group("tie").casefold(), m.group("mods"), m.group("prep") == "against"
    if _PAST_MODS.search(mods):
        return  # "Its former alliance with Y": a tie that is over
    if tie.startswith(("war", "rivalry", "feud", "fight", "conflict", "struggle")) or (
        against and tie.startswith(("offensive", "campaign"))
    ):
        yield Found(owner, Predicate.RIVAL_OF, target, 0.6)
    elif against:
        return
    elif tie.startswith(("alliance", "partnership")) or _TIE_FRIENDLY.search(mods):
        yield Found(owner, Predicate.ALLIED_WITH, target, 0.6)
    elif tie.startswith(("relation", "ties")) and _TIE_HOSTILE.search(mods):
        yield Found(owner, Predicate.RIVAL_OF, target, 0.6)


def _opening_rival(s: Sentence, groups: list[Mention], previous: Sentence | None) -> Iterator[Found]:
    """ "X ... operates across Mali. The rival ISSP is active further north": ISSP is X's rival, X being the group
    the sentence before is about."""
    if previous is None or not groups:
        return
    first = min(s.mentions, key=lambda m: m.start)
    if first is not groups[0] or first.text.casefold() in _ANAPHORS:
        return
    if not _OPENING_RIVAL.match(s.text[: first.start - s.start].replace("*", "")):
        return
    owner = _subject_of(previous)
    if owner is not None and not _same(owner, first):
        yield Found(first, Predicate.RIVAL_OF, owner, 0.6)


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
# "Since May the three have fought under the banner of the Tigers' Front"; "The two are partners inside the
# coalition": each of the groups "the N" stands for is a member of the whole named after it
# "..., and all three field brigades within Y"; "...; the two are members of Y": a clause after the first
_LATER_CLAUSE = re.compile(r"(?:,\s+and|;)\s+(?=(?:the|all)\s+(?:two|three|four|five)\s)", re.I)
_THE_N_INSIDE = re.compile(
    r"^(?:(?:Since|By|In|From|Today|Now|Meanwhile)\b[^,;]{0,30}?,?\s+)?(?:the|all)\s+(?P<n>two|three|four|five)\s+"
    r"(?:(?:groups|factions|militias|movements|organi[sz]ations|outfits)\s+)?"
    r"(?:(?:have|had|now|all|also|since|long|together|jointly)\s+)*"
    r"(?:(?:operated|operate|fought|fight|acted|act|served|serve|worked|work)(?:\s+together|\s+jointly)?\s+"
    r"(?:under\s+the\s+(?:banner|umbrella|flag|name)\s+of|inside|within|as\s+part\s+of|as\s+members\s+of)|"
    r"(?:are|were|remain|have\s+been|are\s+both)\s+(?:(?:close|firm|key|long-?standing)\s+)?"
    r"(?:allies|partners|members)\s+(?:inside|within|in|of)|"
    r"(?:are|were|remain)\s+(?:both\s+|all\s+)?(?:part|members)\s+of|"
    # ("All three field brigades within the PMF": their units are the whole's)
    r"(?:field|fielded)\s+(?:their\s+own\s+)?(?:[\w-]+\s+){0,2}?(?:brigades|battalions|units|formations)\s+"
    r"(?:inside|within|in))\s+(?:the\s+)?$",
    re.I,
)


def _the_n_inside(
    s: Sentence,
    groups: list[Mention],
    the_two: tuple[Sentence, list[Mention]] | None,
    previous: Sentence | None,
) -> Iterator[tuple[Sentence, Found]]:
    """ "A remains allied with B and with C. Since May the three have fought under the banner of D": each of the
    groups the sentence before names (as many as the number says) is a member of D."""
    if previous is None or not groups:
        return
    whole, m = groups[0], _THE_N_INSIDE.match(s.text[: groups[0].start - s.start])
    if m is None:
        # "All three are armed by Iran, and all three field brigades within the PMF": the phrase opens a later clause
        for g in groups:
            before = s.text[: g.start - s.start]
            if (clause := _LATER_CLAUSE.search(before)) is not None and (
                m := _THE_N_INSIDE.match(before[clause.end() :])
            ) is not None:
                whole = g
                break
        else:
            return
    n = _COUNTS[m.group("n").casefold()]
    named = _distinct(
        g
        for g in previous.mentions
        if g.type is G
        and g.text.casefold() not in _ANAPHORS
        and not _same(g, whole)
        and _plain(previous, [g])
    )
    # ("X emerged as a banner under which A, B and C claim attacks. All three ...": the list the number counts)
    listed = [run for run in _runs(previous, [g for g in previous.mentions if g.type is G]) if len(run) == n]
    if len(named) == n:
        members = named
    elif n == 2 and the_two is not None:
        members = [g for g in the_two[1] if not _same(g, whole)]
    elif len(listed) == 1 and not any(_same(g, whole) for g in listed[0]):
        members = listed[0]
    else:
        return
    if len(members) != n:
        return
    for g in members:
        yield s, Found(g, Predicate.AFFILIATE_OF, whole, 0.6)


# "Both sides want the valley. The KLF is strongest there": "there" is the place the sentence before names
_STRONGEST_THERE = re.compile(
    r"^\s+(?:(?:is|are|remains?|was|were)\s+(?:(?:still|now|also|by\s+far)\s+)*(?:strongest|most\s+active|"
    r"(?:well|firmly|deeply)\s+(?:entrenched|established|rooted)|dominant|entrenched|based)|"
    r"(?:still\s+|also\s+|now\s+)?(?:operates|dominates|holds\s+sway|has\s+(?:its\s+)?(?:bases|camps|strongholds)))"
    r"\s+there\b"
)


def _strongest_there(
    s: Sentence, groups: list[Mention], previous: Sentence | None
) -> Iterator[tuple[Sentence, Found]]:
    """ "Both groups want the Kivu highlands. The KLF is strongest there": the group is active in the one place
    the sentence before names."""
    if previous is None:
        return
    places = _distinct(m for m in previous.mentions if m.type is L)
    if len(places) != 1:
        return
    for g in groups:
        if g.text.casefold() in _ANAPHORS or not _STRONGEST_THERE.match(s.after(g, 60)):
            continue
        yield s, Found(g, Predicate.OPERATES_IN, places[0], 0.6)


# "Smaller branches operate in Estonia and Latvia": the units of the group the last sentences are about
_UNITS_OPERATE_IN = re.compile(
    r"^(?:Smaller|Other|Regional|Local|Further|Sister|Affiliated|Its|Their)\s+"
    r"(?:(?:smaller|regional|local|national|affiliated|sister)\s+)?"
    r"(?:branches|chapters|cells|sections|affiliates|offshoots)\s+(?:(?:also|now|still)\s+)?"
    r"(?:operate|exist|are\s+active|are\s+based|have\s+been\s+set\s+up)\s+(?:in|across|throughout)\s+(?:the\s+)?$"
)


def _units_operate_in(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    """ "Smaller branches operate in Estonia and Latvia": the group the last sentences are about is active there."""
    places = sorted((m for m in s.mentions if m.type is L), key=lambda m: m.start)
    if not places or any(g.text.casefold() not in _ANAPHORS for g in groups):
        return
    if _UNITS_OPERATE_IN.match(s.text[: places[0].start - s.start]) is None:
        return
    owner = _owner(s, [], s.start, recent)
    if owner is None or owner.type is not G:
        return
    for q in _place_run(s, places):
        yield Found(owner, Predicate.OPERATES_IN, q, 0.6)


# "Its attacks in Anatolia have killed hundreds"; "the court listed it among the group's bombings in the capital":
# the deeds of the group "its" stands for, in the plural (a habit, not one blow)
_ITS_DEEDS_IN = re.compile(
    r"(?:^|\s)(?P<its>[Ii]ts|[Tt]heir|[Tt]he\s+(?:group|movement|organi[sz]ation|network|militia)(?:'s|’s))\s+"
    r"(?:(?:many|repeated|past|previous|earlier|recent|other|deadliest|biggest|main|armed)\s+)*"
    r"(?:attacks|operations|bombings|activities|campaigns|killings|kidnappings|raids)\s+(?:in|across|inside|throughout)\s+"
    r"(?:the\s+)?$"
)


def _its_deeds_in(s: Sentence, groups: list[Mention], recent: tuple[Sentence, ...]) -> Iterator[Found]:
    """ "The PKK was founded in 1978. Its attacks in Anatolia have killed hundreds": the owner is active there."""
    places = sorted((m for m in s.mentions if m.type is L), key=lambda m: m.start)
    for p in places:
        m = _ITS_DEEDS_IN.search(s.text[max(0, p.start - s.start - 90) : p.start - s.start])
        if m is None:
            continue
        at = p.start - len(m.string) + m.start("its")
        if any(at < x.start < p.start for x in s.mentions):
            continue
        owner = _owner(s, groups, at, recent)
        if owner is None or owner.type is not G:
            continue
        for q in _place_run(s, places[places.index(p) :]):
            yield Found(owner, Predicate.OPERATES_IN, q, 0.6)
        return


# Members of a group named by the noun an earlier or later clause gives them: "the gunmen belonged to G ... two
# suspects, A and B"; "Two men whom police describe as leaders of G ... A, 40, and B, 35, appeared";
# "The slain militants are A and B. Among those arrested is C. The cell belongs to G"; "the head of the cell" for
# the one an earlier sentence identified as its head.
_ARMED_MEN = r"(?:gunmen|attackers|assailants|killers|bombers|kidnappers|militants|shooters)"
# "the inquiry found that the gunmen belonged to G"
_MEN_BELONGED = re.compile(
    rf"\b(?:the\s+)?{_ARMED_MEN}\s+(?:had\s+)?(?:belonged|belong|were\s+members)\s+(?:to|of)\s+(?:[Tt]he\s+)?$"
)
# "..., and it asked that two suspects, A and B, be handed over"
_SUSPECTS_NAMED = re.compile(r"\b(?:(?:two|three|four|the)\s+)?(?:suspects|suspected\s+gunmen),\s+$")
# "Two people whom prosecutors describe as the new leadership of G"
_N_DESCRIBED = re.compile(
    r"(?:^|[—–]\s*)(?P<n>Two|Three|Four|The\s+two|The\s+three)\s+(?:people|men|women|suspects|defendants|brothers)\b"
    r"[^.;]{0,70}?\b(?:as|are|were)\s+(?:the\s+)?(?:(?:new|alleged|top|senior|current)\s+)?"
    r"(?:leadership|leaders|members|founders|commanders|heads|organisers|organizers)\s+of\s+(?:[Tt]he\s+)?$"
)
_N_WORD = {"two": 2, "three": 3, "four": 4}
# the names listed one after another: "A, 31, of Leeds, and B" / "A and B"
_LIST_GAP = re.compile(r"^(?:,\s*[^,;:.()]{1,30}?)*,?\s+and\s+$|^(?:,\s*[^,;:.()]{1,30}?)*,\s+$")
# "The cell belongs to the terrorist group so-called G"
_CELL_BELONGS = re.compile(
    r"^(?:The|This)\s+(?:(?:terrorist|militant|criminal|jihadist)\s+)?(?:cell|network|ring)\s+"
    r"(?:belongs|belonged|is\s+affiliated|was\s+affiliated|is\s+linked|was\s+linked|answers|answered)\s+(?:to|with)\b"
)
# "The neutralised terrorists are A and B"; "Among those arrested is C"
_MEMBERS_LISTED = re.compile(
    r"^(?:(?:The|Those)\s+(?:(?:neutrali[sz]ed|killed|slain|arrested|detained|captured)\s+)"
    r"(?:terrorists|militants|suspects|members|men|criminals|fighters)\s+(?:are|were|included|include)\b"
    r"|Among\s+(?:those|the\s+\w+)\s+(?:arrested|detained|captured|killed|neutrali[sz]ed)\s+(?:is|was|are|were)\b)"
)
_ALIAS_BEFORE = re.compile(r"\b(?:alias|a\.?k\.?a\.?|known\s+as|dubbed|nicknamed)\W{0,3}$", re.I)
# "the head of the cell had previously belonged to G"
_ROLE_BELONGED = re.compile(
    r"\b[Tt]he\s+(?P<role>head|leader|chief|commander|emir|ringleader)\s+of\s+the\s+(?P<unit>cell|network|gang|ring)\s+"
    r"(?:had\s+)?(?:previously\s+|earlier\s+|once\s+|also\s+|formerly\s+)?"
    r"(?:belonged\s+to|been\s+a\s+member\s+of|was\s+a\s+member\s+of|joined|fought\s+for)\s+"
)
_CELL_LOOK_BACK = 5


def _named_group_after(s: Sentence, at: int, width: int = 60) -> Mention | None:
    """The first group named (not "the terrorist group") within `width` characters of offset `at` of s."""
    return next(
        (
            g
            for g in sorted(s.mentions, key=lambda m: m.start)
            if g.type is G
            and g.start - s.start >= at
            and g.start - s.start - at <= width
            and not _NOT_A_NAME.match(g.text)
        ),
        None,
    )


def _listed(s: Sentence, first: Mention) -> list[Mention]:
    """`first` and the persons listed right after it ("A, 31, of Leeds, and B")."""
    persons = sorted((m for m in s.mentions if m.type is P and m.start >= first.start), key=lambda m: m.start)
    run = [first]
    for m in persons[1:]:
        gap = s.between(run[-1], m)
        if not _LIST_GAP.match(gap) or _ALIAS_BEFORE.search(gap):
            break
        run.append(m)
        if gap.rstrip().endswith("and"):
            break
    return run


def _members_told_apart(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """Persons tied to a group by the noun that names them in the clause or sentence that names the group."""
    for i, s in enumerate(sentences):
        text = s.text
        for g in (m for m in s.mentions if m.type is G):
            before = text[: g.start - s.start]
            # "the gunmen belonged to G, and it demanded that two suspects, A and B, be handed over"
            if _MEN_BELONGED.search(before[-60:]):
                for m in (m for m in s.mentions if m.type is P and m.start > g.end):
                    if _SUSPECTS_NAMED.search(text[: m.start - s.start][-40:]):
                        for person in _listed(s, m):
                            yield s, Found(person, Predicate.AFFILIATED_WITH, g, 0.6)
                        break
            # "Two people whom prosecutors describe as the leadership of G ... . A, 31, and B, 27, appeared"
            if (n := _N_DESCRIBED.search(before)) is not None and i + 1 < len(sentences):
                nxt = sentences[i + 1]
                first = min(nxt.mentions, key=lambda m: m.start, default=None)
                if first is not None and first.type is P and first.start - nxt.start <= 2:
                    run = _listed(nxt, first)
                    if len(run) == _N_WORD[n.group("n").split()[-1].lower()]:
                        for person in run:
                            yield s, Found(person, Predicate.AFFILIATED_WITH, g, 0.6)
        # "The neutralised terrorists are A and B. Among those arrested is C. ... The cell belongs to G"
        if (c := _CELL_BELONGS.match(text)) is not None and (g := _named_group_after(s, c.end())) is not None:
            for t in sentences[max(0, i - _CELL_LOOK_BACK) : i]:
                if not _MEMBERS_LISTED.match(t.text):
                    continue
                for m in t.mentions:
                    if m.type is P and not _ALIAS_BEFORE.search(t.before(m, 20)):
                        yield s, Found(m, Predicate.AFFILIATED_WITH, g, 0.6)
        # "... identified as the head of the cell. ... the head of the cell had previously belonged to G"
        for r in _ROLE_BELONGED.finditer(text):
            if (g := _named_group_after(s, r.end())) is None:
                continue
            phrase = re.compile(rf"\bthe\s+{r.group('role')}\s+of\s+the\s+{r.group('unit')}\b", re.I)
            heads = [
                m
                for t in sentences[:i]
                for h in phrase.finditer(t.text)
                for m in [_named_before(t, t.start + h.start())]
                if m is not None
            ]
            if len({m.name for m in heads}) == 1:
                yield s, Found(heads[0], Predicate.AFFILIATED_WITH, g, 0.6)


def _named_before(t: Sentence, at: int) -> Mention | None:
    """The person (not an alias) a sentence names last before offset `at`, when no other name stands between."""
    before = [m for m in t.mentions if m.end <= at]
    persons = [m for m in before if m.type is P and not _ALIAS_BEFORE.search(t.before(m, 20))]
    if not persons:
        return None
    person = max(persons, key=lambda m: m.start)
    if any(m.start > person.end and m.type is not P for m in before):
        return None
    return person


# "a rally of the Awami National Party in Mardan ... Among the dead was the party's district chief, P": the body the
# document last called a party (by its name or the word after it), so with "the movement's spokesman, P"
_BODY_NOUN = r"(?P<noun>party|movement|front|union|federation|collective|cartel)"
_OFFICER_MODS = (
    r"(?:(?:local|district|provincial|regional|state|national|deputy|senior|"
    r"former|acting|chief|general|official|top|main"
    # "the party's Sindh chief, P": the province or city his office is for
    r"|(?-i:[A-Z][a-z]+))\s+){0,3}"
)
_OFFICER_TITLE = (
    r"(?:chief|leader|head|spokesman|spokeswoman|spokesperson|secretary|president|chairman|chairwoman|treasurer|"
    r"organi[sz]er|coordinator|commander|founder|candidate|secretary[\s-]general|deputy\s+leader|"
    # "the party's emir, P": an Islamist party's head
    r"emir|amir)"
)
_THE_BODYS_OFFICER = re.compile(rf"\b[Tt]he\s+{_BODY_NOUN}(?:'s|’s)\s+{_OFFICER_MODS}{_OFFICER_TITLE},\s+$")
# "..., said P, the movement's deputy secretary-general": the office named after him
_THE_BODYS_OFFICER_AFTER = re.compile(
    rf"^\s*,\s+(?:the\s+{_BODY_NOUN}(?:'s|’s)\s+){_OFFICER_MODS}{_OFFICER_TITLE}\b"
)
# "In a statement, party spokesman P said": the bare noun before the office ("ruling party spokesman P" is another
# party's, so the noun must open the phrase)
_BODY_TITLE_P = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:said|says|told|by|from|and|to|as)\s+)(?-i:{_BODY_NOUN})\s+"
    r"(?:spokesman|spokeswoman|spokesperson|leader|chief|chairman|president|secretary[\s-]general)\s+$"
)

# "carried out at the collective's direction by a follower, P"
_BY_ITS_FOLLOWER = re.compile(
    rf"\b[Tt]he\s+{_BODY_NOUN}(?:'s|’s)\s+(?:direction|orders|instructions|behest|request)\s+by\s+(?:a|one)\s+"
    r"(?:(?:young|local|known|former)\s+)?(?:follower|member|supporter|recruit|militant),\s+$"
)


def _quoted(t: Sentence, b: Mention) -> bool:
    """'"We have nothing to do with G," the movement's spokesman said': a name inside a quotation is the speaker's."""
    before = t.text[: b.start - t.start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _bodys_officers(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "the party's district chief, P": P belongs to the one party (or movement) the last sentences named so."""
    for i, s in enumerate(sentences):
        for m in (m for m in s.mentions if m.type is P):
            x = (
                _THE_BODYS_OFFICER.search(s.before(m, 90))
                or _BY_ITS_FOLLOWER.search(s.before(m, 90))
                or _BODY_TITLE_P.search(s.before(m, 60))
                or _THE_BODYS_OFFICER_AFTER.match(s.after(m, 90))
            )
            if x is None:
                continue
            noun = x["noun"]
            after = re.compile(rf"^\s*(?:\([^()]{{1,20}}\)\s*)?{noun}\b", re.I)
            named = next(
                (
                    c
                    for t in reversed(sentences[: i + 1])
                    if (
                        c := _distinct(
                            b
                            for b in t.mentions
                            if b.type in (G, O)
                            and b.end <= m.start
                            and not _NOT_A_NAME.match(b.text)
                            and (b.text.casefold().endswith(noun) or after.match(t.after(b, 30)))
                        )
                    )
                ),
                [],
            )
            if not named:
                # "a column of TLP supporters ... the release of the party's Punjab chief, P": where no body is
                # named by the noun, the one armed group the nearest sentence names (this one before him, else
                # the one before) is the party
                named = next(
                    (
                        c
                        for t in (s, *reversed(sentences[max(0, i - 1) : i]))
                        if (
                            c := _distinct(
                                b
                                for b in t.mentions
                                if b.type is G
                                and (t is not s or b.end <= m.start)
                                and not _NOT_A_NAME.match(b.text)
                                and not _quoted(t, b)
                            )
                        )
                    ),
                    [],
                )
            if len(named) == 1:
                yield s, Found(m, Predicate.AFFILIATED_WITH, named[0], 0.6)


# "the Rojas brothers' gang, led by the sons of Pablo Rojas ... After Rojas's arrest his sons, A, B and C, took over":
# the kin a later sentence lists are the group's
_LED_BY_KIN = re.compile(
    r"^[*_)\s]*,\s+(?:who\s+are\s+|which\s+is\s+)?(?:now\s+)?(?:led|run|headed|controlled)\s+by\s+(?:the\s+)?"
    r"(?:(?:two|three|four|five)\s+)?(?P<kin>sons|brothers|nephews)\s+of\s+$"
)
_KIN_LISTED = re.compile(
    r"\b(?:[Hh]is|[Hh]er)\s+(?:(?:two|three|four|five)\s+)?(?P<kin>sons|brothers|nephews)\s*,\s+$"
)


def _words(m: Mention) -> set[str]:
    return {w.strip("\"'“”").casefold() for w in m.text.split()}


def _same_man(a: Mention, b: Mention) -> bool:
    """The same name, or one a part of the other ("Guzmán" of "Joaquín Guzmán Loera")."""
    return a.name == b.name or _words(a) <= _words(b) or _words(b) <= _words(a)


def _kin_listed(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "G, led by the sons of P ... his sons, A, B and C," (his = P, named before in that sentence): each is G's."""
    led: list[tuple[Mention, Mention, str]] = []
    for s in sentences:
        ordered = sorted(s.mentions, key=lambda m: m.start)
        for j, m in enumerate(ordered):
            if m.type is not P:
                continue
            g = next((x for x in reversed(ordered[:j]) if x.type is G or x.type is P), None)
            if g is not None and g.type is G and (k := _LED_BY_KIN.match(s.between(g, m))) is not None:
                led.append((g, m, k["kin"]))
                continue
            k = _KIN_LISTED.search(s.before(m, 40))
            if k is None:
                continue
            father = next((x for x in reversed(ordered[:j]) if x.type is P), None)
            if father is None:
                continue
            groups = _distinct(g for g, f, kin in led if kin == k["kin"] and _same_man(f, father))
            if len(groups) == 1:
                for person in _listed(s, m):
                    yield s, Found(person, Predicate.AFFILIATED_WITH, groups[0], 0.6)

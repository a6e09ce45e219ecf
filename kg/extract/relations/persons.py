"""Person -> organisation or group (affiliatedWith): "P of the O", "O spokesman P", "P, who heads O"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.lexicon import ROLE_TO_SUBPROPERTY, TITLE_WORDS
from kg.extract.relations.common import (
    _ABBR,
    _APPOS,
    _NOT_A_NAME,
    _PAREN,
    _POSS,
    _TITLE,
    _W,
    ORG_LIKE,
    Found,
    G,
    O,
    P,
    _in_clause,
    _other_person_between,
)
from kg.extract.relations.groups import _TO_FORM
from kg.extract.sentences import Sentence
from kg.model import Mention, Predicate

# Roles the shared title list leaves out: "P, al-Shabaab's second-in-command", "the group's chief ideologue P".
_TITLE = (
    rf"(?:{_TITLE}|second-in-command|number\s+two|ideologue|financier|recruiter|bomb-?maker|negotiator|strongman|"
    r"deputy\s+emir|(?:research\s+|programme\s+|program\s+|project\s+)?manager|consultant|specialist|historian)"
)

# ------------------------------------------------------------------ person -> organisation or group

# "Michael Kugelman of the Washington, D.C.-based Wilson Center"; "Kabir Taneja of India's leading think tank, the ORF"
# (no verb between: in "President P of Nigeria ordered the army to crush X" the words after "of" are a clause)
_P_OF_O = re.compile(
    r"^\s*,?\s+(?:of|from|at|with)\s+(?:the\s+)?(?:(?!(?:who|which|that|when|after|before|broke|split|fighters|men|to|and|or|"
    r"has|have|had|is|was|are|were|will|would|said|says|told|ordered|vowed|urged|called|warned|against|fight|fights|"
    r"fighting|fought|crush|defeat)\b)(?!(?!armed\b)[a-z]+ed\b)"
    rf"{_W},?\s+){{0,6}}?(?:the\s+)?$"
)
# "Nathan Sales, former counterterrorism coordinator at the State Department"; "X, the founder and leader of the Y"
_P_COMMA_TITLE_OF_O = re.compile(
    # "P is a senior research fellow at the O" (an author's footer) reads as "P, a senior research fellow at the O"
    rf"^(?:\s*,\s+(?:who\s+(?:is|was)\s+)?|\s+(?:is|was|has\s+been|remains)\s+(?=a\b|an\b|the\b|(?:senior\s+|deputy\s+|executive\s+)?(?:{_TITLE})s?\b))(?:a|an|the|its|his|her)?\s*(?:{_W}\s+){{0,5}}?(?P<title>{_TITLE})s?"
    # "P, head of the Sahel programme at the O": a unit's name may stand between the title and the body
    rf"(?:\s+and\s+(?:{_W}\s+){{0,2}}?{_TITLE})?\s+(?:{_W}\s+){{0,4}}?(?:of|at|for|with|in|to)\s+(?:the\s+)?(?:{_W}{_POSS}\s+)?"
    # "a senior commander of the Sudan-based group"
    r"(?:[\w.-]+-(?:based|linked|backed|led)\s+)?$",
    re.I,
)
# "said Rubio, vice president of the Senate Intelligence Committee" is the same pattern; so is the next, by position.
# "Pentagon press secretary Maj. Gen. Pat Ryder"; "IS leader Abu Bakr al-Baghdadi"; "ISIS spokesman Abu Huthaifa"
_O_TITLE_P = re.compile(
    rf"^{_POSS}?\s+(?:(?:former|then|senior|top|deputy|acting|chief|new|late|self-styled|purported)\s+)*"
    rf"(?:{_W}\s+){{0,2}}?(?P<title>{_TITLE})s?"
    # "the PKK commander for Dersim province, P"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,;]{0,40},)?"
    # "their leader, a Ugandan known as P"
    r"\s*,?\s+(?:(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?)?(?:known|identified)\s+(?:only\s+)?as\s+|"
    # "the front's commander, known by the alias P"
    r"(?:(?:better|widely|only)\s+)?known\s+by\s+(?:the|his|her)\s+(?:alias|nom\s+de\s+guerre|name|nickname|kunya)\s+)?"
    rf"{_ABBR}*(?:(?:Gen|General|Colonel|Major|Captain|Lt|Dr)\.?\s+)*$",
    re.I,
)
# "Hamas's leader in Gaza is P" (read only after a name: "the group's leader is" too often follows the wrong group)
_O_TITLE_IS_P = re.compile(
    rf"^{_POSS}\s+(?:(?:de\s+facto|current|new|overall|supreme|top|military|political)\s+)*(?P<title>{_TITLE})"
    r"(?:\s+in\s+[A-Z][\w-]*)?\s+(?:is|was|remains|has\s+been)\s+$",
    re.I,
)
# "Khalil Rahman Haqqani, the Taliban's minister for refugees" — the title comes after the organisation.
_P_COMMA_O = re.compile(
    r"^\s*,\s+(?:(?:who\s+)?(?:is|was|had\s+been|has\s+been|became|remains)\s+)?(?:a|an|the|its|his|her)?\s*"
    r"(?:(?:former|senior|top|veteran|longtime|then|local|leading|key|[\w]+-born|[\w]+-based)\s+)*"
    # "P, a Georgian Ahrar al-Sham commander"
    r"(?:[A-Z][a-z]+(?:-[a-z]+)?\s+)?$"
    # "replaced P, a former X commander, as the PKK's leader"
    r"|^\s*,[^,;]{0,50},\s+as\s+(?:the\s+)?$"
    # "P, the leader of Y, is a former X preacher"; "P is a senior X commander"
    r"|^(?:\s*,[^,;]{0,80},)?\s+(?:is|was|remains|became|has\s+been|had\s+been)\s+(?:a|an)\s+"
    r"(?:(?:former|senior|top|veteran|longtime|local|leading|key|mid-level|mid-ranking)\s+)*$",
)
_O_POSS_TITLE_AFTER = re.compile(
    rf"^\s*(?:{_POSS}\s+)?(?:(?:former|senior|top|deputy|chief|acting)\s+)*(?:{_W}\s+){{0,2}}?(?P<title>{_TITLE})s?\b",
    re.I,
)
# "P, who heads the O"; "P, who founded O"; "P joined O"; "P pledged allegiance to O"
_P_VERB_O = re.compile(
    # an apposition may stand first: "P, a young man from X who had joined", "P, a son of Q, was a figure in"
    r"^(?:\s*,\s+(?:a|an|the)\s+[^,;]{0,60}?(?:(?=\s+who\b)|,))?\s*,?\s+(?:who\s+|which\s+)?"
    r"(?:(?:had|has|have|later|then|also|once|now|reportedly|previously)\s+)*"
    r"(?P<title>leads|led|heads|headed|founded|co-founded|runs|ran|commands|commanded|joined|rejoined|works\s+for|"
    r"worked\s+for|serves\s+in|served\s+in|fought\s+for|speaks\s+for|spoke\s+for|speaks\s+on\s+behalf\s+of|spoke\s+on\s+behalf\s+of|pledged\s+(?:his\s+|her\s+)?allegiance\s+to|"
    r"swore\s+allegiance\s+to|defected\s+to|"
    # "was himself a senior figure in the Baloch Liberation Army"
    r"(?:was|is)\s+(?:(?:himself|herself|also|once|long|still)\s+)*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:member|leader|commander|founder|head|figure|official|operative|fighter|militant|ideologue|preacher|emir|spokesman)\s+"
    r"(?:of|in|within|with|for)|"
    r"(?:had\s+been\s+)?dispatched\s+by|was\s+sent\s+by|"
    # "P was appointed head of X"; "P, who directs the O"
    r"(?:was|has\s+been|had\s+been|is)\s+(?:appointed|named|elected|made|installed|chosen)\s+(?:as\s+)?(?:the\s+|its\s+)?"
    r"(?:new\s+|interim\s+|acting\s+)?(?:[\w-]+\s+)?(?:leader|head|chief|commander|emir|spokesman|deputy|director|president|"
    r"chairman|secretary-general)\s+(?:of|for)|directs|directed|chairs|chaired|manages|managed|oversees|oversaw|"
    # "declared himself a fighter for the Islamic State"
    r"(?:declared|described|called|proclaimed)\s+(?:himself|herself)\s+(?:to\s+be\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:fighter|soldier|member|militant|commander|emir|follower)\s+(?:for|of|with|in)|"
    r"(?:served|serves|worked|works|acted|acts)\s+as\s+(?:a|an|the|its)\s+(?:\w+\s+){0,2}?(?:"
    + TITLE_WORDS
    + r")\s+(?:for|of|with|in|to)|"
    r"declared\s+(?:his\s+|her\s+)?allegiance\s+to|(?:was|is)\s+loyal\s+to|stayed\s+loyal\s+to)\s+(?:the\s+)?(?:\w+\s+){0,1}?$",
    re.I,
)
# "the O, led by P"; "O leader, P"
_O_LED_BY_P = re.compile(
    rf"^{_APPOS}\s*,?\s+"
    # "Ansarul Islam, a local group founded by the preacher P"
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|movement|faction|network|militia|outfit|unit|"
    r"brigade|wing|offshoot|splinter)\s+)?(?:(?:which|that|who)\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been|now)\s+)?"
    r"(?:led|headed|founded|commanded|run|co-founded|formed|created|set\s+up|built|established)\s+(?:[\w-]+\s+){0,5}?by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)
# "the founder of O, P"
_TITLE_OF_O_P = re.compile(rf"\b(?P<title>{_TITLE})\s+of\s+(?:the\s+)?$", re.I)
# "a split P rejected, reaffirming his loyalty to Ansaru"; "told a TV channel that he had been sent by X"
_P_DECLARED_O = re.compile(
    r"^[^.;]{0,40}?\b(?:(?P<title>(?:re)?affirm\w*|declar\w*|pledg\w*|renew\w*|swe?ar\w*|swore|sworn)\s+(?:his|her)\s+"
    r"(?:loyalty|allegiance)\s+to|that\s+(?:he|she)\s+(?:had\s+been|was|has\s+been)\s+(?:dispatched|sent|trained|"
    r"financed|recruited|ordered)\s+by)\s+[\"“]?(?:the\s+)?$",
    re.I,
)
# "to become one of the BLA's commanders": the title follows the organisation
_P_BECAME_O = re.compile(
    r"\b(?:become|became|becoming|was\s+named|was\s+appointed|rose\s+to\s+become)\s+(?:one\s+of\s+)?(?:the\s+)?$",
    re.I,
)
# "the Islamic State named P leader of its Sinai branch"
_NAMED_P = re.compile(r"\b(?:named|appointed|made|installed|chose|picked)\s+$", re.I)
_P_TITLE_OF_O = re.compile(
    rf"^\s+(?:as\s+)?(?:the\s+|its\s+|their\s+)?(?:new\s+)?(?P<title>{_TITLE})\s+(?:of|for)\s+(?:(?:its|their|the)\s+)?$",
    re.I,
)
# "Ansaru, the group P founded in 2012"
_O_THE_GROUP_P = re.compile(
    r"^\s*,\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:group|organi[sz]ation|movement|faction|network|militia|outfit|unit)\s+(?:that\s+|which\s+)?$"
    # "Jabhat al-Nusra, which P founded in 2012"
    r"|^\s*,\s+(?:which|that)\s+$",
    re.I,
)
_P_FOUNDED_AFTER = re.compile(
    r"^\s+(?:had\s+|has\s+|later\s+|once\s+)?(?P<title>co-founded|founded|led|leads|heads|headed|created|set\s+up|formed|"
    r"established|commanded|commands|joined)\b",
    re.I,
)
# "the PKK's leadership under Cemil Bayik"
_O_UNDER_P = re.compile(
    rf"^{_POSS}\s+(?:leadership|fighters|forces|militants|movement|network)\s+under\s+$", re.I
)
# "At the Foreign Office in London, spokesman P said"
_AT_O = re.compile(r"\b(?:At|From|Inside)\s+(?:the\s+)?$")
_AT_O_TITLE_P = re.compile(
    rf"^(?:\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?\s*,\s+(?:[\w-]+\s+){{0,2}}?(?P<title>{_TITLE})\s+$",
    re.I,
)
# "Putin's office, the Kremlin"
_P_POSS_OFFICE_O = re.compile(
    rf"^{_POSS}\s+(?:office|party|government|administration|cabinet|ministry|campaign|company|firm|foundation|"
    r"charity|newspaper|magazine)\s*,\s+(?:the\s+)?$",
    re.I,
)
# "P, the founder of X, ... folded his fighters into Y"
_P_BROUGHT_MEN_INTO = re.compile(
    r"\b(?:folded|merged|led|took|brought|integrated|moved)\s+(?:his|her)\s+(?:fighters|men|group|faction|forces|"
    r"followers|movement|militants)\s+into\s+(?:the\s+)?$",
    re.I,
)
# "fighters loyal to P ... to form X"
_MEN_LOYAL_TO = re.compile(
    r"\b(?:fighters|men|forces|followers|loyalists|militants)\s+loyal\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)


def _subproperty(title: str | None) -> str | None:
    if not title:
        return None
    for pattern, prop in ROLE_TO_SUBPROPERTY:
        if pattern.search(title):
            return prop
    return "employeeOf" if title else None


def _person_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """A person and the organisation or group they belong to, in either order."""
    if a.type is P and b.type in ORG_LIKE:
        if (m := _P_COMMA_TITLE_OF_O.match(between)) is not None and not _in_clause(s, a, between):
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.85, _subproperty(m.group("title")))
        elif (m := _P_VERB_O.match(between)) is not None and _verb_is_persons(s, a, m, between, after_b):
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.8, _subproperty(m.group("title")))
        elif _P_OF_O.match(between):
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "employeeOf")
        elif _P_COMMA_O.match(between) and (m := _O_POSS_TITLE_AFTER.match(after_b)) is not None:
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.8, _subproperty(m.group("title")))
        elif b.type is G and re.match(rf"^{_POSS}\s+$", between) and not _NOT_A_NAME.match(b.text):
            # "Mokhtar Belmokhtar's al-Mourabitoun": the group is named as the man's own
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.65)
        elif not _other_person_between(s, a, b):
            yield from _person_then_org(s, a, b, between, after_b)
    if a.type in ORG_LIKE and b.type is P:
        if (m := _O_TITLE_P.match(between)) is not None or (
            not _NOT_A_NAME.match(a.text) and (m := _O_TITLE_IS_P.match(between)) is not None
        ):
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.85, _subproperty(m.group("title")))
        elif _O_LED_BY_P.match(between):
            yield Found(b, Predicate.AFFILIATED_WITH, _led_group(s, a), 0.8, "leaderOf")
        elif (m := _TITLE_OF_O_P.search(s.before(a, 40))) is not None and re.match(r"^\s*,\s*$", between):
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.8, _subproperty(m.group("title")))
        elif re.match(rf"^{_POSS}\s+$", between) and not _NOT_A_NAME.match(a.text):
            # "Human Rights Watch's P", "Hezbollah's P"
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "employeeOf" if a.type is O else "memberOf")
        elif _O_THE_GROUP_P.match(between) and (m := _P_FOUNDED_AFTER.match(s.after(b, 30))) is not None:
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
        elif _O_UNDER_P.match(between):
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, "leaderOf")
        elif _AT_O.search(s.before(a, 12)) and (m := _AT_O_TITLE_P.match(between)) is not None:
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))


_SPLINTER_OF = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:splinter|faction|offshoot|breakaway)\s+"
    r"(?:group\s+|faction\s+)?of\s+(?:the\s+)?$",
    re.I,
)


def _led_group(s: Sentence, o: Mention) -> Mention:
    """Who "led by P" is about: in "X, a splinter of Y led by P" it is X, the head of the phrase, not Y.

    A splinter is a new group with a leader of its own; in "X, a unit of Y led by P" the leader is Y's.
    """
    for x in s.mentions:
        if (
            x.type in ORG_LIKE
            and x.end <= o.start
            and _SPLINTER_OF.match(_PAREN.sub("", s.between(x, o), count=1))
        ):
            return x
    return o


def _verb_is_persons(s: Sentence, a: Mention, m: re.Match[str], between: str, after_b: str) -> bool:
    """Whether the verb read after a person is the person's own.

    Allegiance to "the Islamic State's leader" is allegiance to the Islamic State, but "joined the
    Taliban's rivals" is not joining the Taliban. In "JAD, which was founded by supporters of P, has
    pledged allegiance to IS" the person closes a relative clause and the verb is the group's.
    """
    if re.match(rf"^{_POSS}", after_b) and not re.search(r"allegiance|loyal", m.group("title"), re.I):
        return False
    return not _in_clause(s, a, between)


def _person_then_org(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """The looser person-to-organisation rules, read only when no other person stands between the two."""
    if (m := _P_DECLARED_O.match(between)) is not None:
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "memberOf" if m.group("title") else None)
    elif (
        _P_BECAME_O.search(between)
        and (m := _O_POSS_TITLE_AFTER.match(after_b)) is not None
        and after_b[:1] in "'’"
    ):
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, _subproperty(m.group("title")))
    elif _NAMED_P.search(s.before(a, 12)) and (m := _P_TITLE_OF_O.match(between)) is not None:
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
    elif _P_POSS_OFFICE_O.match(between):
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7)
    elif _P_BROUGHT_MEN_INTO.search(between):
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "leaderOf")
        # and the group he led before went into the new one: "the founder of X"
        for g in s.mentions:
            if (
                g.type is G
                and g.end <= b.start
                and re.search(
                    r"\b(?:founder|leader|head|chief|emir|commander)\s+of\s+(?:the\s+)?$", s.before(g, 30)
                )
            ):
                yield Found(b, Predicate.FORMED_FROM, g, 0.65)
                break
    elif (
        _MEN_LOYAL_TO.search(s.before(a, 60))
        and b.type is G
        and (
            _TO_FORM.match(between)
            # "fighters loyal to P regrouped under the BLA banner"
            or re.match(r"^\s+(?:[\w-]+\s+){0,3}?under\s+the\s+$", between)
            and re.match(r"^\s+(?:banner|flag|name)\b", after_b)
        )
    ):
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.65)


# "soldiers of the 82nd Airborne Division — Sergeant A, Specialist B and Private C"
_RANKS = (
    r"(?:(?:Staff|Master|First|Chief|Command|Sergeants?|Sgts?\.?|Corporals?|Cpls?\.?|Privates?|Pvts?\.?|Specialists?|"
    r"Spc\.?|Captains?|Capt\.?|Lieutenants?|Lt\.?|Majors?|Maj\.?|Colonels?|Col\.?|Officers?|Petty|Seaman|Airman|"
    r"Constables?|Inspectors?)\s+)*"
)
# A name the tagger missed may stand in the list: "Sergeants A, B and ...", with A not tagged
_ROLL_SKIP = rf"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}\s*(?:,|and|,\s*and)\s+{_RANKS})?"
_ROLL_START = re.compile(rf"^\s*[—–:]\s*{_RANKS}{_ROLL_SKIP}$")
_ROLL_NEXT = re.compile(rf"^\s*(?:,|and|,\s*and)\s+{_RANKS}{_ROLL_SKIP}$")


def _roll(s: Sentence, ms: list[Mention]) -> Iterator[Found]:
    """The people listed, with their ranks, right after the unit they served in."""
    for i, unit in enumerate(ms):
        if unit.type is not O:
            continue
        members: list[Mention] = []
        for m in ms[i + 1 :]:
            joint = s.between(members[-1] if members else unit, m)
            if m.type is not P or not (_ROLL_NEXT if members else _ROLL_START).match(joint):
                break
            members.append(m)
        for m in members:
            yield Found(m, Predicate.AFFILIATED_WITH, unit, 0.65, "memberOf")


# "Interior Minister P", "Minister of Interior P", "Defence Minister P": the ministry, when the text names it
_MINISTER_BEFORE = re.compile(
    r"(?:\b(?P<dept>[A-Z][a-z]+)\s+(?:Affairs\s+)?Minister|\bMinister\s+(?:of|for)\s+(?:the\s+)?(?P<dept2>[A-Z][a-z]+)"
    r"(?:\s+Affairs)?)\s*,?\s+$"
)
_SAME_DEPT = {"defense": "defence", "home": "interior", "foreign": "foreign"}


def find_minister_relations(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """A minister named by his portfolio belongs to the ministry the document names for it."""
    ministries: dict[str, list[Mention]] = {}
    for s in sentences:
        for m in s.mentions:
            if m.type is O and (d := _ministry_dept(m.name) or _ministry_dept(m.text)) is not None:
                ministries.setdefault(d, []).append(m)
    if not ministries:
        return
    for s in sentences:
        for p in s.mentions:
            if p.type is not P or (t := _MINISTER_BEFORE.search(s.before(p, 50))) is None:
                continue
            dept = (t.group("dept") or t.group("dept2")).casefold()
            named = ministries.get(_SAME_DEPT.get(dept, dept), [])
            if len({m.name for m in named}) == 1:
                yield s, Found(p, Predicate.AFFILIATED_WITH, named[0], 0.65, _subproperty("minister"))


_MINISTRY = re.compile(
    r"\b(?:(?P<dept>[A-Z][a-z]+)\s+(?:Affairs\s+)?Ministry|Ministry\s+(?:of|for)\s+(?:the\s+)?(?P<dept2>[A-Z][a-z]+))\b"
)


def _ministry_dept(name: str) -> str | None:
    m = _MINISTRY.search(name)
    if m is None:
        return None
    dept = (m.group("dept") or m.group("dept2")).casefold()
    return _SAME_DEPT.get(dept, dept)

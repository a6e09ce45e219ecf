"""Person -> organisation or group (affiliatedWith): "P of the O", "O spokesman P", "P, who heads O"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.lexicon import ROLE_TO_SUBPROPERTY, TITLE_WORDS, lookup_place
from kg.extract.relations.common import (
    _ABBR,
    _APPOS,
    _NOT_A_NAME,
    _PAREN,
    _POSS,
    _POSS_ONLY,
    _POSS_START,
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
    r"deputy\s+emir|(?:research\s+|programme\s+|program\s+|project\s+)?manager|consultant|specialist|historian|"
    # staff and media work: "an aid worker with MSF", "a columnist for the Mail & Guardian"
    r"worker|employee|staffer|volunteer|engineer|contractor|columnist|contributor|writer|producer|photographer|"
    r"cameraman|presenter|commentator|blogger|CEO|magistrate|commandant|registrar|diplomat|imam|wali|qadi)"
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
    rf"(?:\s+and\s+(?:{_W}\s+){{0,2}}?{_TITLE})?\s+(?:{_W}\s+){{0,6}}?(?:of|at|for|with|in|to)\s+(?:the\s+)?(?:{_W}{_POSS}\s+)?"
    # "a senior commander of the Sudan-based group"
    r"(?:[\w.-]+-(?:based|linked|backed|led)\s+)?"
    # "an analyst with the risk consultancy O", "a reporter for the daily O"
    r"(?:(?:[\w-]+\s+){0,2}?(?:consultancy|firm|company|think[\s-]+tank|newspaper|daily|weekly|magazine|broadcaster|"
    r"channel|news\s+agency|charity|monitoring\s+group|research\s+group)\s+)?$",
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
    r"^\s*,\s+(?:(?:who\s+)?(?:is|was|had\s+been|has\s+been|became|remains)\s+|"
    # "P, widely believed to be the ADF's leader"
    r"(?:(?:widely|long|now)\s+)?(?:believed|thought|said|reported|understood|presumed)\s+to\s+(?:be|have\s+been)\s+)?"
    r"(?:a|an|the|its|his|her)?\s*"
    r"(?:(?:former|senior|top|veteran|longtime|then|local|leading|key|[\w]+-born|[\w]+-based)\s+)*"
    # "P, a Georgian Ahrar al-Sham commander"
    r"(?:[A-Z][a-z]+(?:-[a-z]+)?\s+)?$"
    # "replaced P, a former X commander, as the PKK's leader"
    r"|^\s*,[^,;]{0,50},\s+as\s+(?:the\s+)?$"
    # "Iyad Ag Ghaly (JNIM's leader)"
    r"|^\s*\(\s*$"
    # "P, the leader of Y, is a former X preacher"; "P is a senior X commander"
    # "P has been al-Shabaab's spokesman since 2009" (the office follows the name)
    r"|^\s+(?:is|was|remains|became|has\s+been|had\s+been|served\s+as|serves\s+as)\s+$"
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
    # "P, Mali's interim president, chairs the O"; "P, his successor, leads the O"
    r"^(?:\s*,\s+(?:a|an|the|his|her|[A-Z][\w-]*['’]s)\s+[^,;]{0,60}?(?:(?=\s+who\b)|,))?\s*,?\s+(?:who\s+|which\s+)?"
    r"(?:(?:had|has|have|later|then|also|once|now|reportedly|previously)\s+)*"
    r"(?P<title>leads|led|heads|headed|founded|co-founded|runs|ran|commands|commanded|joined|rejoined|works\s+for|"
    r"worked\s+for|serves\s+in|served\s+in|fought\s+for|speaks\s+for|spoke\s+for|speaks\s+on\s+behalf\s+of|spoke\s+on\s+behalf\s+of|pledged\s+(?:his\s+|her\s+)?allegiance\s+to|"
    r"swore\s+allegiance\s+to|defected\s+to|"
    # "P, who took over the ADF in 2015"; "P took control of the ADF"
    r"took\s+over|takes\s+over|(?:took|takes|assumed|assumes|seized)\s+(?:control|command|charge|the\s+leadership)\s+of|"
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
    r"declared\s+(?:his\s+|her\s+)?allegiance\s+to|(?:was|is)\s+loyal\s+to|stayed\s+loyal\s+to|"
    # "P, who researches armed groups at the O"; "who covered the trial for the O"; "who writes for the O"
    r"(?:researches|researched|studies|teaches|taught|covers|covered|reports|reported|writes|wrote|"
    r"lectures|lectured|works|worked)\s+(?:(?!(?:at|for|with|and|but|said|says)\b)[\w'’-]+\s+){0,5}?(?:at|for))"
    r"\s+(?:the\s+)?(?:\w+\s+){0,1}?$",
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
# "the spokesman of the Nigerian Army, Brig. Gen. P"
_COMMA_RANKS = re.compile(
    rf"^\s*,\s*{_ABBR}*(?:(?:Gen|General|Colonel|Major|Captain|Lt|Brig|Brigadier|Col|Maj|Capt)\.?\s+)*$"
)
# "the founder of O, P"
_TITLE_OF_O_P = re.compile(rf"\b(?P<title>{_TITLE})\s+(?:of|for)\s+(?:the\s+)?$", re.I)
# "a split P rejected, reaffirming his loyalty to Ansaru"; "told a TV channel that he had been sent by X"
_P_DECLARED_O = re.compile(
    r"^[^.;]{0,40}?\b(?:(?P<title>(?:re)?affirm\w*|declar\w*|pledg\w*|renew\w*|swe?ar\w*|swore|sworn)\s+(?:his|her)\s+"
    r"(?:loyalty|allegiance)\s+to|that\s+(?:he|she)\s+(?:had\s+been|was|has\s+been)\s+(?:dispatched|sent|trained|"
    r"financed|recruited|ordered)\s+by)\s+[\"“]?(?:the\s+)?$",
    re.I,
)
# "to become one of the BLA's commanders": the title follows the organisation
_P_BECAME_O = re.compile(
    r"\b(?:become|became|becoming|was\s+(?:later\s+|then\s+|subsequently\s+|formally\s+)?(?:named|appointed)|"
    r"rose\s+to\s+become)\s+(?:one\s+of\s+)?(?:the\s+)?$",
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
_O_NAMED_P = re.compile(
    r"^\s+(?:(?:has|had|later|then|formally)\s+)*(?:named|appointed|chose|picked|elected|installed|announced)\s+$"
)
_AS_ITS_TITLE_AFTER = re.compile(
    rf"^\s*,?\s+as\s+(?:its|their)\s+(?:(?:new|next|first|interim|acting|official|chief)\s+)*(?P<title>{_TITLE})\b",
    re.I,
)
_UNDER_LEADERSHIP = re.compile(
    r"\b[Uu]nder\s+(?:the\s+)?(?:leadership|command|stewardship)\s+of\s+(?:the\s+)?$"
)
_AS_TITLE_OF = re.compile(
    rf"^\s+as\s+(?:the\s+|its\s+)?(?:(?:new|overall|supreme|top)\s+)?(?P<title>{_TITLE})\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)
_SUCCEEDED_AS_TITLE_OF = re.compile(
    r"^\s+(?:(?:later|then|eventually)\s+)?(?:succeeded|replaced)\s+(?:[A-Z][\w'’-]*\s+){1,4}?"
    rf"as\s+(?:the\s+|its\s+)?(?:(?:new|overall|supreme|top)\s+)?(?P<title>{_TITLE})\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)
_SUCCEEDED_BEFORE = re.compile(r"\b(?:succeeded|replaced|succeeding|replacing)\s+$")
# "P, a journalist at France 24 and a senior research fellow at the O"
_P_AND_TITLE_AT_O = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+[^,;]{0,60}?\s(?:at|of|for|with)\s+(?:the\s+)?[A-Z][^,;]{0,60}?\s+and\s+(?:a|an|the)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?P<title>{_TITLE})\s+(?:at|of|for|with)\s+(?:the\s+)?(?:same\s+)?$",
    re.I,
)
# "Boko Haram's faction led by P"; "the group's Lake Chad wing, headed by P"
_O_PART_LED_BY_P = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,3}}?(?:faction|wing|branch|unit|cell|brigade|battalion)\s*,?\s+"
    r"(?:(?:which\s+is|now|then|once)\s+)?(?:led|headed|commanded|run)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
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


_O_WHOSE_TITLE_P = re.compile(
    rf"^\s*,\s+whose\s+(?:(?:former|senior|chief|top|new|acting|military|official)\s+)*(?P<title>{_TITLE})s?\s*,?\s+"
    r"(?:is\s+|was\s+)?$",
    re.I,
)
_P_TITLE_OF_ITS_PART = re.compile(
    rf"^\s*,\s+(?:a|an|the)\s+(?:(?:former|senior|chief|top|military|official)\s+)*(?P<title>{_TITLE})\s+(?:of|for|in)\s+"
    r"(?:its|their|the\s+group['’]s|the\s+movement['’]s)\s+(?:[\w-]+\s+){0,2}?(?:wing|arm|branch|unit|brigades?)"
    r"\s*,\s+(?:the\s+)?$",
    re.I,
)
# "P runs the group's daily affairs": a verb of running and a part of the body's business
_P_RUNS = re.compile(
    r"^\s+(?:(?:now|also|still|effectively|reportedly)\s+)?(?:runs|ran|oversees|oversaw|manages|managed|handles|"
    r"handled|directs|directed|controls|controlled)\s+(?:the\s+)?$"
)
_OWN_AFFAIRS_AFTER = re.compile(
    rf"^{_POSS}\s+(?:(?:daily|day-to-day|military|political|internal|external|media|financial|foreign)\s+)?"
    r"(?:affairs|operations|finances|propaganda|recruitment|logistics|business|training)\b"
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
        if (
            (m := _P_COMMA_TITLE_OF_O.match(between)) is not None
            and not _in_clause(s, a, between)
            # "spokesman for the Western Mindanao Command of the AFP": the office is in the nearer body
            and not any(x.type in ORG_LIKE and a.end <= x.start and x.end <= b.start for x in s.mentions)
        ):
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.85, _subproperty(m.group("title")))
        elif (m := _P_VERB_O.match(between)) is not None and _verb_is_persons(s, a, m, between, after_b):
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.8, _subproperty(m.group("title")))
        elif _P_OF_O.match(between):
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "employeeOf")
        elif (m := _P_TITLE_OF_ITS_PART.match(between)) is not None:
            # "Abu Obeida, the spokesman of its armed wing, the Qassam Brigades": the wing named after it
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
        elif (m := _P_AND_TITLE_AT_O.match(between)) is not None:
            # "P, a journalist at France 24 and a senior research fellow at the Soufan Center"
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
        elif _P_RUNS.match(between) and (m := _OWN_AFFAIRS_AFTER.match(after_b)) is not None:
            # "P runs the group's daily affairs", "P oversees Hamas's finances"
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, "memberOf")
        elif _P_COMMA_O.match(between) and (m := _O_POSS_TITLE_AFTER.match(after_b)) is not None:
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.8, _subproperty(m.group("title")))
        elif b.type is G and _POSS_ONLY.match(between) and not _NOT_A_NAME.match(b.text):
            # "Mokhtar Belmokhtar's al-Mourabitoun": the group is named as the man's own
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.65)
        elif _UNDER_LEADERSHIP.search(s.before(a, 40)) and re.match(r"^\s*,\s+(?:the\s+)?$", between):
            # "Under the leadership of P, the TTP has regrouped"
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, "leaderOf")
        elif (m := _SUCCEEDED_AS_TITLE_OF.match(between)) is not None or (
            _SUCCEEDED_BEFORE.search(s.before(a, 30)) and (m := _AS_TITLE_OF.match(between)) is not None
        ):
            # "P succeeded Q as the leader of O": both led it
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
        elif not _other_person_between(s, a, b):
            yield from _person_then_org(s, a, b, between, after_b)
    if a.type in ORG_LIKE and b.type is P:
        if (m := _O_TITLE_P.match(between)) is not None or (
            not _NOT_A_NAME.match(a.text) and (m := _O_TITLE_IS_P.match(between)) is not None
        ):
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.85, _subproperty(m.group("title")))
        elif (m := _O_WHOSE_TITLE_P.match(between)) is not None:
            # "JNIM, whose spokesman, Mohamed Mahmoud, called it revenge"
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.8, _subproperty(m.group("title")))
        elif _O_LED_BY_P.match(between):
            yield Found(b, Predicate.AFFILIATED_WITH, _led_group(s, a), 0.8, "leaderOf")
        elif (m := _TITLE_OF_O_P.search(s.before(a, 40))) is not None and _COMMA_RANKS.match(between):
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.8, _subproperty(m.group("title")))
        elif _POSS_ONLY.match(between) and not _NOT_A_NAME.match(a.text):
            # "Human Rights Watch's P", "Hezbollah's P"
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "employeeOf" if a.type is O else "memberOf")
        elif _O_THE_GROUP_P.match(between) and (m := _P_FOUNDED_AFTER.match(s.after(b, 30))) is not None:
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
        elif _O_NAMED_P.match(between) and (m := _AS_ITS_TITLE_AFTER.match(after_b)) is not None:
            # "the Islamic State named P as its new leader"
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
        elif _O_PART_LED_BY_P.match(between):
            # "Boko Haram's faction led by Bakura Doro": he leads a part of the group, so belongs to it
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, "memberOf")
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


_OWN_PART_AFTER = re.compile(
    rf"^{_POSS}\s+(?:(?!(?:rivals?|enem(?:y|ies)|foes?|allies|ally|partners?)\b)[\w-]+\s+){{0,3}}?"
    r"(?:factions?|wings?|branch(?:es)?|units?|cells?|brigades?|battalions?|arm|fighters|forces|operations|"
    r"media\s+office)\b",
    re.I,
)


def _verb_is_persons(s: Sentence, a: Mention, m: re.Match[str], between: str, after_b: str) -> bool:
    """Whether the verb read after a person is the person's own.

    Allegiance to "the Islamic State's leader" is allegiance to the Islamic State, but "joined the
    Taliban's rivals" is not joining the Taliban. In "JAD, which was founded by supporters of P, has
    pledged allegiance to IS" the person closes a relative clause and the verb is the group's.
    """
    if (
        _POSS_START.match(after_b)
        and not re.search(r"allegiance|loyal", m.group("title"), re.I)
        # "who leads Boko Haram's Lake Chad faction": a part of the group is still the group
        and not _OWN_PART_AFTER.match(after_b)
    ):
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
_PORTFOLIO = r"(?:defen[cs]e|interior|foreign|finance|justice|home|security|information)"
_MINISTER_BEFORE = re.compile(
    r"(?:\b(?P<dept>[A-Z][a-z]+)\s+(?:Affairs\s+)?Minister|\bMinister\s+(?:of|for)\s+(?:the\s+)?(?P<dept2>[A-Z][a-z]+)"
    r"(?:\s+Affairs)?"
    # "Mozambique's defence minister, P"
    rf"|(?:\b[A-Z][\w-]*['’]s|\b[Tt]he)\s+(?P<dept3>{_PORTFOLIO})\s+(?:affairs\s+)?minister\s*,)\s*,?\s+$"
)
# "P, the defence minister"; "P, Mozambique's defence minister"
_MINISTER_AFTER = re.compile(
    rf"^\s*,\s+(?:the|[A-Z][\w-]*['’]s)\s+(?P<dept>{_PORTFOLIO})\s+(?:affairs\s+)?minister\b"
)
_SAME_DEPT = {"defense": "defence", "home": "interior", "foreign": "foreign"}


def find_minister_relations(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """Officials named by their office alone, with the body the document names for it.

    A minister named by his portfolio belongs to that ministry; "army spokesman P" to the one army the
    document names; "P, governor of Y province" to the government of Y, where the document names it.
    """
    yield from _ministers(sentences)
    yield from _service_officials(sentences)
    yield from _governors(sentences)


def _ministers(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
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
            if p.type is not P:
                continue
            if (t := _MINISTER_BEFORE.search(s.before(p, 50))) is not None:
                dept = (t.group("dept") or t.group("dept2") or t.group("dept3")).casefold()
            elif (t := _MINISTER_AFTER.match(s.after(p, 50))) is not None:
                dept = t.group("dept").casefold()
            else:
                continue
            named = ministries.get(_SAME_DEPT.get(dept, dept), [])
            if len({m.name for m in named}) == 1:
                yield s, Found(p, Predicate.AFFILIATED_WITH, named[0], 0.65, _subproperty("minister"))


_MINISTRY = re.compile(
    # "the Mozambican defence ministry", "Ministry of National Defence"
    r"\b(?:(?P<dept>[A-Za-z]+)\s+(?:[Aa]ffairs\s+)?[Mm]inistry|Ministry\s+(?:of|for)\s+(?:the\s+)?(?:National\s+)?"
    r"(?P<dept2>[A-Z][a-z]+))\b"
)


def _ministry_dept(name: str) -> str | None:
    m = _MINISTRY.search(name)
    if m is None:
        return None
    dept = (m.group("dept") or m.group("dept2")).casefold()
    return _SAME_DEPT.get(dept, dept)


# "Army spokesman Maj. P", "a police spokeswoman, P": the service is named by a common noun
_SERVICE_TITLE_BEFORE = re.compile(
    r"\b(?P<service>[Aa]rmy|ARMY|[Mm]ilitary|[Pp]olice)\s+(?:(?:deputy|chief|senior|regional|provincial|state)\s+)?"
    r"(?P<title>spokes(?:man|woman|person)|chief|commander|commissioner|official|officer)\s*,?\s+"
    rf"{_ABBR}*(?:(?:Gen|General|Colonel|Major|Captain|Lt|Brig|Brigadier|Superintendent|Inspector|Sergeant)\.?\s+)*$"
)
# "the army's spokesman, Gen. P"; "P, the army's spokesman"; "P, an army spokesman"
_SERVICE_POSS_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<service>army|military|police)['’]s\s+(?:(?:chief|senior|top|deputy|new)\s+)?"
    r"(?P<title>spokes(?:man|woman|person)|chief|commander|commissioner)\s*,\s+"
    rf"{_ABBR}*(?:(?:Gen|General|Colonel|Major|Captain|Lt|Brig|Brigadier|Superintendent|Inspector|Sergeant)\.?\s+)*$"
)
_SERVICE_TITLE_AFTER = re.compile(
    r"^\s*,\s+(?:the|an?)\s+(?P<service>army|military|police)(?:['’]s)?\s+(?:(?:chief|senior|top|deputy)\s+)?"
    r"(?P<title>spokes(?:man|woman|person)|chief|commander|commissioner)\b"
)
# "Judge P", "Mr Justice P", "P, the presiding judge": the court the document names
_JUDGE_BEFORE = re.compile(r"(?:\b(?:[Pp]residing|[Tt]rial)\s+[Jj]udge|\bJudge|\bMagistrate)\s+$")
_JUDGE_NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Lord|Lady)\s+)?Justice\s")
_JUDGE_AFTER = re.compile(r"^\s*,\s+the\s+(?:presiding\s+|trial\s+|sentencing\s+)?(?:judge|magistrate)\b")
# "Federal prosecutor P", "P, the lead prosecutor": the prosecution service the document names
_PROSECUTOR_BEFORE = re.compile(r"\b[Pp]rosecutor\s+$")
_PROSECUTOR_AFTER = re.compile(r"^\s*,\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?prosecutor\b")
_PROSECUTION_NAME = re.compile(
    r"\bProsecut|\bPublic\s+Prosecutions\b|\bAttorney[- ]General|\bDepartment\s+of\s+Justice\b|\bJustice\s+Department\b"
)
_COURT_NAME = re.compile(r"\b(?:Court|Tribunal|Old\s+Bailey)\b")
_MILITARY_NAME = re.compile(r"\b(?:Army|Armed\s+Forces|Defen[cs]e\s+Forces|Military)\b")
_POLICE_NAME = re.compile(r"\bPolice\b")


def _service_officials(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "Army spokesman P" belongs to the army the document names, where it names only one."""
    services: dict[str, set[str]] = {"army": set(), "police": set(), "court": set(), "prosecution": set()}
    first: dict[str, Mention] = {}
    named_in: dict[str, list[int]] = {}  # name -> the sentences that name it
    for s in sentences:
        for m in s.mentions:
            if m.type is not O or _NOT_A_NAME.match(m.text):
                continue
            kind = (
                "army"
                if m.subtype == "Military" or _MILITARY_NAME.search(m.name)
                else "police"
                if m.subtype == "Police" or _POLICE_NAME.search(m.name)
                else "prosecution"
                if _PROSECUTION_NAME.search(m.name)
                else "court"
                if m.subtype == "Court" or _COURT_NAME.search(m.name)
                else None
            )
            if kind is not None:
                services[kind].add(m.name)
                first.setdefault(m.name, m)
                named_in.setdefault(m.name, []).append(s.index)
    for s in sentences:
        for p in s.mentions:
            if p.type is not P:
                continue
            before = s.before(p, 60)
            t = _SERVICE_TITLE_BEFORE.search(before) or _SERVICE_POSS_BEFORE.search(before)
            if t is not None:
                # "the Nigerien army spokesman P": an organisation named in the phrase is read by the pair rules
                lo = p.start - len(before) + t.start()
                if any(m.type in ORG_LIKE and lo - 40 <= m.start and m.end <= p.start for m in s.mentions):
                    continue
            elif (t := _SERVICE_TITLE_AFTER.match(s.after(p, 60))) is None:
                if (
                    _JUDGE_NAME.match(p.text)
                    or _JUDGE_BEFORE.search(before)
                    or _JUDGE_AFTER.match(s.after(p, 40))
                ):
                    # a court named close by: in the sentence or the two before it
                    courts = {n for n in services["court"] if any(0 <= s.index - i <= 2 for i in named_in[n])}
                    yield from _only(courts, first, s, p, "employeeOf")
                elif _PROSECUTOR_BEFORE.search(before) or _PROSECUTOR_AFTER.match(s.after(p, 40)):
                    yield from _only(services["prosecution"], first, s, p, "employeeOf")
                continue
            kind = "police" if t.group("service").casefold() == "police" else "army"
            yield from _only(services[kind], first, s, p, _subproperty(t.group("title")))


def _only(
    names: set[str], first: dict[str, Mention], s: Sentence, p: Mention, role: str | None
) -> Iterator[tuple[Sentence, Found]]:
    """The one body of its kind the document names, before the official: "the army" looks back."""
    if len(names) == 1 and first[(name := next(iter(names)))].start < p.start:
        yield s, Found(p, Predicate.AFFILIATED_WITH, first[name], 0.6, role)


# "Government of Balochistan", "the Borno State Government"
_GOVERNMENT_OF = re.compile(
    r"^(?:Government\s+of\s+(?:the\s+)?(?P<a>.+?)|(?P<b>.+?)\s+(?:State\s+|Provincial\s+|Regional\s+)?Government)"
    r"(?:\s+\(.*\))?$"
)
_PLACE_WORD = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# "P, governor of Borno state"; "P, the governor of Balochistan province"
_GOVERNOR_AFTER = re.compile(
    rf"^\s*,\s+(?:the\s+)?(?:(?:former|acting|deputy)\s+)?[Gg]overnor\s+of\s+(?:the\s+)?(?P<place>{_PLACE_WORD})"
)
# "Borno Governor P", "Governor P of Borno"
_GOVERNOR_BEFORE = re.compile(
    rf"(?:\b(?P<place>{_PLACE_WORD})\s+(?:[Ss]tate\s+|[Pp]rovince\s+)?|^|[^\w\s]\s*|\b(?:said|says|and|by)\s+)"
    r"Governor\s+$"
)
_AREA_WORD = re.compile(r"\s+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Cc]ounty)$")
_OF_PLACE_WORD = re.compile(rf"^\s+of\s+(?:the\s+)?(?P<place>{_PLACE_WORD})")


def _governors(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """A governor belongs to the government of his province, where the document names that government."""
    governments: dict[str, Mention] = {}
    for s in sentences:
        for m in s.mentions:
            if m.type is O and (g := _GOVERNMENT_OF.match(m.name)) is not None:
                area = g.group("a") or g.group("b")
                # a governor governs a province: "the Federal Government of Somalia" is no governor's
                if getattr(lookup_place(_AREA_WORD.sub("", area)), "type", None) in ("Province", "Region"):
                    governments.setdefault(_area_key(area), m)
    if not governments:
        return
    for s in sentences:
        for p in s.mentions:
            if p.type is not P:
                continue
            place = None
            if (t := _GOVERNOR_AFTER.match(s.after(p, 80))) is not None:
                place = t.group("place")
            elif (t := _GOVERNOR_BEFORE.search(s.before(p, 40))) is not None:
                place = t.group("place") or (
                    t2.group("place") if (t2 := _OF_PLACE_WORD.match(s.after(p, 40))) else None
                )
                if place is None and len(governments) == 1:
                    # "Governor P said": the one provincial government the document names
                    (government,) = governments.values()
                    yield s, Found(p, Predicate.AFFILIATED_WITH, government, 0.55, "employeeOf")
                    continue
            if place is not None and (government := governments.get(_area_key(place))) is not None:
                yield s, Found(p, Predicate.AFFILIATED_WITH, government, 0.65, "employeeOf")


def _area_key(place: str) -> str:
    return _AREA_WORD.sub("", place.strip()).casefold()

"""Pattern rules for the seven relations, read within one sentence.

Each rule looks at an ordered pair of mentions (or a mention and its
neighbourhood) and the words between them: "X, the Khorasan branch of Y",
"Y's affiliate X", "X grew out of Y", "X pledged allegiance to Y", "P of the
O", "O spokesman P". The words between two names say how they are related;
the types of the two names say which relations are possible at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.lexicon import ROLE_TO_SUBPROPERTY, TITLE_WORDS
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


_POSS = r"(?:'s|’s|')"
_W = r"[\w.'’-]+"  # one word, with internal dots, hyphens and apostrophes
_TITLE = rf"(?:{TITLE_WORDS})"
_ABBR = r"(?:(?:Gen|Lt|Maj|Col|Capt|Sgt|Adm|Brig|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov)\.?\s+)"
_BRANCH = (
    r"(?:branch|branches|affiliate|affiliates|province|wing|arm|franchise|offshoot|chapter|division|subsidiary|"
    r"unit|front\s+group|proxy|local\s+franchise|regional\s+affiliate|satellite)"
)

# ------------------------------------------------------------------ person -> organisation or group

# "Michael Kugelman of the Washington, D.C.-based Wilson Center"; "Kabir Taneja of India's leading think tank, the ORF"
_P_OF_O = re.compile(
    rf"^\s*,?\s+(?:of|from|at|with)\s+(?:the\s+)?(?:(?!(?:who|which|that|when|after|before|broke|split|fighters|men)\b){_W},?\s+){{0,6}}?(?:the\s+)?$"
)
# "Nathan Sales, former counterterrorism coordinator at the State Department"; "X, the founder and leader of the Y"
_P_COMMA_TITLE_OF_O = re.compile(
    rf"^\s*,\s+(?:who\s+(?:is|was)\s+)?(?:a|an|the|its|his|her)?\s*(?:{_W}\s+){{0,5}}?(?P<title>{_TITLE})s?"
    rf"(?:\s+and\s+(?:{_W}\s+){{0,2}}?{_TITLE})?\s+(?:{_W}\s+){{0,3}}?(?:of|at|for|with|in|to)\s+(?:the\s+)?(?:{_W}{_POSS}\s+)?$",
    re.I,
)
# "said Rubio, vice president of the Senate Intelligence Committee" is the same pattern; so is the next, by position.
# "Pentagon press secretary Maj. Gen. Pat Ryder"; "IS leader Abu Bakr al-Baghdadi"; "ISIS spokesman Abu Huthaifa"
_O_TITLE_P = re.compile(
    rf"^{_POSS}?\s+(?:(?:former|then|senior|top|deputy|acting|chief|new|late|self-styled|purported)\s+)*"
    rf"(?:{_W}\s+){{0,2}}?(?P<title>{_TITLE})s?\s*,?\s+{_ABBR}*(?:(?:Gen|General|Colonel|Major|Captain|Lt|Dr)\.?\s+)*$",
    re.I,
)
# "Khalil Rahman Haqqani, the Taliban's minister for refugees" — the title comes after the organisation.
_P_COMMA_O = re.compile(
    r"^\s*,\s+(?:(?:who\s+)?(?:is|was|had\s+been|has\s+been|became|remains)\s+)?(?:a|an|the|its|his|her)?\s*"
    r"(?:(?:former|senior|top|veteran|longtime|then|local|leading|key|[\w]+-born|[\w]+-based)\s+)*$",
    re.I,
)
_O_POSS_TITLE_AFTER = re.compile(
    rf"^\s*(?:{_POSS}\s+)?(?:(?:former|senior|top|deputy|chief|acting)\s+)*(?:{_W}\s+){{0,2}}?(?P<title>{_TITLE})\b",
    re.I,
)
# "P, who heads the O"; "P, who founded O"; "P joined O"; "P pledged allegiance to O"
_P_VERB_O = re.compile(
    r"^\s*,?\s+(?:who\s+|which\s+)?(?:(?:had|has|have|later|then|also|once|now|reportedly|previously)\s+)*"
    r"(?P<title>leads|led|heads|headed|founded|co-founded|runs|ran|commands|commanded|joined|rejoined|works\s+for|"
    r"worked\s+for|serves\s+in|served\s+in|fought\s+for|pledged\s+(?:his\s+|her\s+)?allegiance\s+to|"
    r"swore\s+allegiance\s+to|defected\s+to|was\s+(?:a|the)\s+(?:\w+\s+){0,2}?(?:member|leader|commander|founder|head)\s+of|"
    r"is\s+(?:a|the)\s+(?:\w+\s+){0,2}?(?:member|leader|commander|founder|head)\s+of|"
    r"(?:had\s+been\s+)?dispatched\s+by|was\s+sent\s+by|"
    r"(?:served|serves|worked|works|acted|acts)\s+as\s+(?:a|an|the|its)\s+(?:\w+\s+){0,2}?(?:"
    + TITLE_WORDS
    + r")\s+(?:for|of|with|in|to)|"
    r"declared\s+(?:his\s+|her\s+)?allegiance\s+to|(?:was|is)\s+loyal\s+to|stayed\s+loyal\s+to)\s+(?:the\s+)?(?:\w+\s+){0,1}?$",
    re.I,
)
# "the O, led by P"; "O leader, P"
_O_LED_BY_P = re.compile(
    r"^\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been|now)\s+)?"
    r"(?:led|headed|founded|commanded|run|co-founded|formed|created|set\s+up)\s+(?:[\w-]+\s+){0,5}?by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# "the founder of O, P"
_TITLE_OF_O_P = re.compile(rf"\b(?P<title>{_TITLE})\s+of\s+(?:the\s+)?$", re.I)

# ------------------------------------------------------------------ group -> group

# "X, the Central Asian branch of the Islamic State"; "X is the most active regional affiliate of Y"
_X_BRANCH_OF_Y = re.compile(
    rf"^\s*,?\s+(?:(?:is|was|became|as|remains|has\s+been|had\s+become)\s+)?(?:probably\s+|now\s+|currently\s+|formally\s+)*"
    rf"(?:a|an|the|its)?\s*(?:{_W}\s+){{0,6}}?{_BRANCH}\s+(?:of|for|to)\s+(?:the\s+)?$",
    re.I,
)
# "Jabhat al-Nusra, al-Qaeda's Syrian branch": X, Y 's ... branch
_X_COMMA = re.compile(r"^\s*,\s+(?:the\s+|a\s+|an\s+)?(?:former\s+)?$", re.I)
_POSS_BRANCH_AFTER = re.compile(rf"^{_POSS}\s+(?:{_W}\s+){{0,3}}?{_BRANCH}\b", re.I)
# "al-Qaeda's affiliate JNIM", "the Islamic State's Khorasan branch, ISIS-K"
_Y_POSS_BRANCH_X = re.compile(
    rf"^{_POSS}\s+(?:{_W}\s+){{0,3}}?{_BRANCH}\s*,?\s+(?:the\s+)?(?:{_W}\s+){{0,2}}?$", re.I
)
# "X formally joined Y", "X merged into Y", "X rejoined its parent Y"
_X_JOINED_Y = re.compile(
    r"^\s+(?:(?:formally|later|officially|eventually|then|has|had|have)\s+)*(?:joined|rejoined|merged\s+into|"
    r"was\s+absorbed\s+into|became\s+part\s+of|folded\s+into|is\s+part\s+of|was\s+part\s+of|operates\s+under|"
    r"answers\s+to|reports\s+to)\s+(?:the\s+|its\s+(?:parent\s+)?)?$",
    re.I,
)

# "IS grew out of al-Qaeda in Iraq"; "X, a splinter of Y"; "X broke away from Y"
_APPOS = r"(?:\s*,[^,;]{0,60},)?"
_X_FORMED_FROM_Y = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who|itself)\s+)?(?:(?:had|has|have|was|were|is|been|itself|originally|first|later|eventually)\s+)*"
    rf"(?:grew\s+out\s+of|emerged\s+from|emerged\s+out\s+of|split\s+(?:off\s+)?from|splintered\s+(?:off\s+)?from|"
    rf"broke\s+away\s+from|broke\s+off\s+from|broken\s+away\s+from|evolved\s+(?:out\s+of|from)|spun\s+off\s+from|"
    rf"born\s+(?:out\s+)?of|an\s+offshoot\s+of|a\s+splinter(?:\s+group|\s+faction)?\s+of|the\s+successor\s+(?:to|of)|"
    rf"a\s+breakaway\s+(?:group|faction)\s+(?:of|from)|a\s+successor\s+(?:to|of)|descended\s+from|"
    rf"(?:formed|founded|created|set\s+up|established)\s+(?:\w+\s+){{0,3}}?by\s+(?:a\s+group\s+of\s+|former\s+|"
    rf"disaffected\s+|dissident\s+|breakaway\s+|defectors?\s+from\s+|members\s+of\s+|veterans\s+of\s+|fighters\s+from\s+)*"
    rf"|(?:formed|founded|created|set\s+up|established)\s+(?:[\w-]+\s+){{0,4}}?by\s+(?:[\w-]+\s+){{0,2}}?(?:members|fighters|militants|"
    rf"commanders|dissidents|veterans|defectors|hardliners)\s+(?:who\s+(?:had\s+)?(?:broke|broken|split|defected)\s+(?:away\s+)?from|of|from)"
    rf"|(?:formed|founded|created)\s+(?:\w+\s+){{0,3}}?(?:from|out\s+of)\s+(?:the\s+)?(?:remnants\s+of\s+|merger\s+of\s+)?"
    rf"|(?:founded|formed|created|set\s+up)\b[^.;]{{0,90}}?\b(?:fighters|members|militants|defectors|dissidents)\s+who\s+"
    rf"(?:had\s+)?(?:broke|broken|split|defected)\s+(?:away\s+)?from)"
    rf"\s*(?:the\s+)?(?:{_W}\s+)?$",
    re.I,
)
# "Y loyalists who objected set up X"; "former Y members founded X"
_Y_MEMBERS_SET_UP_X = re.compile(
    r"^\s+(?:members|defectors|veterans|fighters|commanders|dissidents|hardliners|militants)\s+"
    r"(?:who\s+\w+\s+)?(?:later\s+)?(?:set\s+up|formed|founded|created|launched|established)\s+(?:the\s+)?$",
    re.I,
)
_MERGER = re.compile(
    r"\b(?:merger|merging|amalgamation|union|coalition|alliance)\s+of\s*$|\bformed\s+by\s+(?:the\s+)?merg",
    re.I,
)

_ALLIED = re.compile(
    r"^\s*,?\s+(?:(?:factions|members|fighters|leaders|commanders|units|cells|wings|affiliates)\s+)?"
    r"(?:(?:which|that|who)\s+)?(?:(?:has|have|had|also|formally|publicly|reportedly|later|then|remains?|is|are|was|were|"
    r"long\s+been|been)\s+)*(?:pledged\s+(?:its\s+|their\s+)?(?:allegiance|loyalty|bay'?ah)\s+to|"
    r"swore\s+(?:allegiance|loyalty)\s+to|sworn\s+(?:allegiance|loyalty)\s+to|allied\s+(?:itself\s+)?with|"
    r"an\s+ally\s+of|a\s+close\s+ally\s+of|in\s+alliance\s+with|aligned\s+with|teamed\s+up\s+with|"
    r"joined\s+forces\s+with|cooperat(?:es|ed|ing)\s+with|collaborat(?:es|ed|ing)\s+with|fought\s+alongside|"
    r"fights\s+alongside|partnered\s+with|backs|backed|supports|supported|loyal\s+to|close\s+to)\s+(?:the\s+)?$",
    re.I,
)
# "accuses the Taliban of sheltering the TTP": a host and its guest are allies, whatever the host says.
_SHELTERS = re.compile(
    r"^\s+(?:of\s+)?(?:sheltering|harbou?ring|hosting|protecting|shielding|sheltered|harbou?red|hosted|protected|"
    r"shelters|harbou?rs|hosts|protects)\s+(?:the\s+)?$",
    re.I,
)
_PAIR_CLOSE_AFTER = re.compile(
    r"^\s+(?:as\s+)?(?:(?:very|so|extremely)\s+)?(?:close|symbiotic|strong|warm|deep|intimate|cooperative)\b",
    re.I,
)
_ALLY_AFTER = re.compile(
    rf"^{_POSS}\s+(?:(?:closest|close|key|main|chief|principal|long-?time|strongest|oldest)\s+)*(?:ally|allies|partner|partners|patron|backer)\b",
    re.I,
)
_RIVAL = re.compile(
    r"^\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|also|since|repeatedly|long|then|is|are|was|were|been|openly|now)\s+)*"
    r"(?:spent\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:waged\s+(?:a\s+)?(?:[\w-]+\s+){0,4}?against|(?:reasserting|asserting|defending)\s+itself\s+against|"
    r"fought|fights|fighting|clashed\s+with|clashes\s+with|battled|battles|battling|attacked|attacks|"
    r"at\s+war\s+with|rivals?\s+(?:of|to)?|competes?\s+with|competed\s+with|competing\s+with|feuded\s+with|"
    r"feuding\s+with|opposed|turned\s+on|waged\s+war\s+on|declared\s+war\s+on|hunting|hunted|hunts|"
    r"an\s+enemy\s+of|enemies\s+of|disowned|denounced|expelled|assassinated\s+(?:\w+\s+){0,5}?|"
    r"(?:fought|fights|fighting|waged|wages|waging)\s+(?:\w+\s+){0,2}?(?:battles?|wars?|clashes|turf\s+wars?)\s+(?:with|against)|"
    r"(?:fought|fights|fighting|battled|clashed)\s+against|(?:is|are|was|were)\s+at\s+war\s+with)\s+(?:the\s+)?"
    r"(?:(?:much\s+)?(?:smaller|larger|rival|local|IS|ISIS)\s+)*$",
    re.I,
)
_RIVAL_AFTER = re.compile(
    rf"^{_POSS}\s+(?:(?:chief|main|principal|bitter|arch|sworn|greatest)\s+)*(?:enemy|enemies|rival|rivals|foe|foes|nemesis)\b",
    re.I,
)
_X_AND_Y = re.compile(r"^\s+and\s+(?:the\s+)?$", re.I)
_PAIR_ALLIED_AFTER = re.compile(
    r"^\s+(?:are|were|have\s+been|remain|became)\s+(?:close\s+|long-?time\s+)?(?:allies|partners)\b", re.I
)
_PAIR_RIVAL_AFTER = re.compile(
    r"^\s+(?:are|were|have\s+been|remain|became)\s+(?:bitter\s+|arch-?)?(?:rivals|enemies|foes)\b|^\s+(?:have\s+)?(?:competed|clashed|fought)\b",
    re.I,
)
_PAIR_RIVAL_BEFORE = re.compile(
    r"\b(?:rivalry|feud|fighting|clashes|war|competition|schism|conflict)\s+between\s+(?:the\s+)?$", re.I
)
_PAIR_ALLIED_BEFORE = re.compile(
    r"\b(?:alliance|partnership|cooperation|ties|links|relationship|relations)\s+between\s+(?:the\s+)?$", re.I
)

# ------------------------------------------------------------------ group -> location

_OPERATES = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|mainly|mostly|largely|primarily|"
    r"still|now|also|most|currently|increasingly|long|once|eventually|began|begun|continues?\s+to|has|have|had|"
    r"been|reportedly)\s+)*"
    r"(?:active|based|operating|operates?|operated|operational|headquartered|entrenched|present|strongest|"
    r"fighting|fights|fought|waging|wages|waged|holds?|held|controls?|controlled|seized|seizing|seeks?|sought|"
    r"seeking|expanded|expanding|spread|spreading|hide|hides|hiding|focused|focuses|concentrated|recruiting|"
    r"recruits|recruited|thrives?|thrived|thriving|insurgency|established|entrenched|dominant|rules?|ruled|"
    r"carries\s+out|carried\s+out|stages?|staged|launched|launches|emerged|rose|grew|remains\s+strong)"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:in|across|throughout|into|inside|within|over|around|along)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|parts|much|most|areas|regions?|provinces?|mountains|border\s+areas|neighbouring|"
    r"neighboring|rural|remote)\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)
_GROUP_POSS_IN = re.compile(
    rf"^{_POSS}\s+(?:\w+\s+){{0,2}}?(?:insurgency|fighters|militants|stronghold|strongholds|base|bases|heartland|"
    rf"campaign|presence|territory|operations|cells|branch|affiliate|province)\s+(?:in|across)\s+(?:the\s+)?$",
    re.I,
)
_ITS_TERRITORY = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:its|their)\s+(?:[\w-]+\s+)?(?:caliphate|territory|territories|strongholds?|bases?|"
    r"heartland|presence|fighters|operations|insurgency|safe\s+havens?|sanctuary|sanctuaries|cells|camps?|"
    r"hideouts?|affiliates?|branch|province)\s+in\s+(?:the\s+)?$",
    re.I,
)


# "Al-Shabaab ... controls large parts of central and southern Somalia": holding ground needs no "in".
_CONTROLS = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:still|now|also|effectively|largely|once|has|had|have|long)\s+)*"
    r"(?:controls?|controlled|holds?|held|seized|captured|occupies|occupied|overran|rules?|ruled|dominates?|dominated)\s+"
    r"(?:(?:much|most|large|vast|parts?|swathes?|swaths?|areas?|stretches?|territory|of|the|central|southern|northern|"
    r"eastern|western|south-?eastern|south-?western|north-?eastern|north-?western|and|rural|a|big|remote)\s+)*$",
    re.I,
)


# "X, which pledged allegiance to the Islamic State, is active in ...": the group after "to" is not the subject.
_IS_OBJECT = re.compile(r"\b(?:to|of|with|by|from|against|for)\s+(?:the\s+)?$", re.I)


# "IS cells in Idlib", "Taliban fighters across the south": the group's own people somewhere.
_MEMBERS_IN = re.compile(
    r"^\s+(?:cells|fighters|militants|bases|camps|strongholds|positions|hideouts|units|commanders|insurgents)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:in|across|around|throughout)\s+(?:the\s+)?$",
    re.I,
)
# "Jaish-e-Mohammad, one of the main groups fighting Indian rule in Kashmir, ..."
_APPOS_OPERATES = re.compile(
    r"^\s*,\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:groups?|organi[sz]ations?|movements?|factions?|outfits?|"
    r"insurgents?|militias?)\s+(?:(?:fighting|active|operating|waging\s+(?:[\w-]+\s+){0,2}?|based)\s+)(?:[\w-]+\s+){0,3}?"
    r"(?:in|across|throughout)\s+(?:the\s+)?$",
    re.I,
)


def _operates(between: str) -> bool:
    """Whether the words after a group say it is active in the place that follows."""
    return any(
        p.match(between)
        for p in (_OPERATES, _GROUP_POSS_IN, _ITS_TERRITORY, _CONTROLS, _MEMBERS_IN, _APPOS_OPERATES)
    )


_LOC_BASED_G = re.compile(r"^\s*-?(?:based|controlled|held)\s+(?:\w+\s+){0,2}?$", re.I)
_IN_LOC_COMMA = re.compile(
    r"^(?:In|Across|Throughout|Inside|Based\s+(?:in|on)\s+(?:the\s+)?(?:islands?\s+of|provinces?\s+of|region\s+of)?\s*)\s*(?:the\s+)?$"
)

# ------------------------------------------------------------------ located in

_LOC_COMMA_LOC = re.compile(r"^\s*,\s*$")
_LOC_IN_LOC = re.compile(r"^\s+(?:in|near|outside|inside|of)\s+(?:the\s+)?(?:\w+\s+){0,1}?$", re.I)
_LOC_POSS_LOC = re.compile(rf"^{_POSS}\s+(?:\w+\s+){{0,3}}?$")
_BASED_IN = re.compile(
    r"^\s*,?\s+(?:is\s+|are\s+|was\s+)?(?:based|headquartered|located)\s+in\s+(?:the\s+)?$", re.I
)


_MODIFIER_AFTER = re.compile(rf"^\s+{_BRANCH}\b", re.I)
_PRONOUNS = frozenset({"its", "their", "it", "they"})
_PAREN = re.compile(r"^\s*\([^()]{1,25}\)")


def _subproperty(title: str | None) -> str | None:
    if not title:
        return None
    for pattern, prop in ROLE_TO_SUBPROPERTY:
        if pattern.search(title):
            return prop
    return "employeeOf" if title else None


def _same(a: Mention, b: Mention) -> bool:
    return (a.gazetteer_id is not None and a.gazetteer_id == b.gazetteer_id) or a.name == b.name


def find_relations(sentence: Sentence) -> Iterator[Found]:
    """Every relation the rules read in one sentence."""
    ms = sorted(sentence.mentions, key=lambda m: m.start)
    for i, a in enumerate(ms):
        for b in ms[i + 1 :]:
            if _same(a, b):
                continue
            # "Tehrik-i-Taliban Pakistan (TTP) is allied with": the acronym in brackets changes nothing.
            between = _PAREN.sub("", sentence.between(a, b), count=1)
            if len(between) > 140:
                break
            yield from _pair(sentence, a, b, between)
    yield from _sentence_level(sentence, ms)


def _pair(s: Sentence, a: Mention, b: Mention, between: str) -> Iterator[Found]:
    """Rules over an ordered pair: a comes before b, `between` is the text between them."""
    after_b = s.after(b, 60)
    # ---- person and organisation
    if a.type is P and b.type in ORG_LIKE:
        if (m := _P_COMMA_TITLE_OF_O.match(between)) is not None:
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.85, _subproperty(m.group("title")))
        elif (m := _P_VERB_O.match(between)) is not None and not re.match(rf"^{_POSS}", after_b):
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.8, _subproperty(m.group("title")))
        elif _P_OF_O.match(between):
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "employeeOf")
        elif _P_COMMA_O.match(between) and (m := _O_POSS_TITLE_AFTER.match(after_b)) is not None:
            yield Found(a, Predicate.AFFILIATED_WITH, b, 0.8, _subproperty(m.group("title")))
    if a.type in ORG_LIKE and b.type is P:
        if (m := _O_TITLE_P.match(between)) is not None:
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.85, _subproperty(m.group("title")))
        elif _O_LED_BY_P.match(between):
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.8, "leaderOf")
        elif (m := _TITLE_OF_O_P.search(s.before(a, 40))) is not None and re.match(r"^\s*,\s*$", between):
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.8, _subproperty(m.group("title")))
    # ---- group and group (organisations may be branches too: Quds Force of the IRGC)
    if a.type in ORG_LIKE and b.type in ORG_LIKE:
        if _X_BRANCH_OF_Y.match(between) or (_X_COMMA.match(between) and _POSS_BRANCH_AFTER.match(after_b)):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.85, "branchOf")
        elif _Y_POSS_BRANCH_X.match(between):
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.85, "branchOf")
        elif re.match(
            rf"^\s+(?:within|inside|under)\s+(?:the\s+)?(?:{_W}{_POSS}\s+)?(?:the\s+)?$", between, re.I
        ):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
        elif a.type is G and b.type is G and _X_JOINED_Y.match(between):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.75)
    # "X was accepted as an IS affiliate": the parent named as a modifier (never a pronoun: "its affiliates").
    if (
        a.type in ORG_LIKE
        and b.type is G
        and b.text.casefold() not in _PRONOUNS
        and re.match(
            r"^\s*,?\s+(?:[\w-]+\s+){0,3}?(?:as|is|was|became|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?$",
            between,
            re.I,
        )
        and re.match(rf"^\s+{_BRANCH}\b", after_b, re.I)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.75, "branchOf")
    # "IS named X leader of its West Africa Province"; "claimed both attacks through its Amaq news agency"
    if (
        a.type is G
        and b.type in ORG_LIKE
        and len(between) < 90
        and re.search(r"\b(?:its|their)\s+(?:own\s+)?$", between)
        and not _other_group_between(s, a, b)
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.6)
    if (
        a.type is G
        and b.type is G
        and re.match(
            r"^\s+(?:[\w-]+\s+){0,2}?merged\s+(?:[\w-]+\s+){0,8}?to\s+(?:form|create)\s+(?:what\s+(?:became|is)\s+known\s+as\s+)?(?:the\s+)?$",
            between,
            re.I,
        )
    ):
        yield Found(b, Predicate.FORMED_FROM, a, 0.75)
    if a.type is G and b.type is G and not _MODIFIER_AFTER.match(after_b):
        if _X_FORMED_FROM_Y.match(between):
            yield Found(a, Predicate.FORMED_FROM, b, 0.8)
        elif _Y_MEMBERS_SET_UP_X.match(between):
            yield Found(b, Predicate.FORMED_FROM, a, 0.75)
        if _ALLIED.match(between):
            sub = "pledgedAllegianceTo" if re.search(r"allegiance|loyalty|bay", between, re.I) else None
            yield Found(a, Predicate.ALLIED_WITH, b, 0.8, sub)
        elif (
            _ALLY_AFTER.match(after_b)
            and re.match(r"^\s+(?:remains?|is|are|was|were|became|has\s+been)\s+(?:\w+\s+){0,2}?$", between)
            or _X_AND_Y.match(between)
            and _PAIR_ALLIED_AFTER.match(after_b)
        ):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.75)
        elif _SHELTERS.match(between) or (
            _X_AND_Y.match(between) and _PAIR_ALLIED_BEFORE.search(s.before(a, 40))
        ):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
        if (
            _RIVAL.match(between)
            or re.match(r"^\s+(?:is|are|was|were|remains?)\s+(?:\w+\s+){0,2}?$", between)
            and _RIVAL_AFTER.match(after_b)
        ):
            yield Found(a, Predicate.RIVAL_OF, b, 0.75)
        elif _X_AND_Y.match(between) and (
            _PAIR_RIVAL_AFTER.match(after_b) or _PAIR_RIVAL_BEFORE.search(s.before(a, 40))
        ):
            yield Found(a, Predicate.RIVAL_OF, b, 0.7)
        elif re.match(
            rf"^{_POSS}\s+(?:(?:chief|main|principal|bitter|arch|sworn|greatest)\s+)*(?:enemy|rival|foe)\s+(?:is|was|remains)\s+(?:the\s+)?$",
            between,
            re.I,
        ):
            yield Found(a, Predicate.RIVAL_OF, b, 0.8)
        elif re.match(
            rf"^{_POSS}\s+(?:(?:closest|close|key|main|chief)\s+)*(?:ally|partner)\s+(?:is|was|remains)\s+(?:the\s+)?$",
            between,
            re.I,
        ):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.8)
    # ---- group and place
    if a.type is G and b.type is L and _operates(between) and not _IS_OBJECT.search(s.before(a, 25)):
        yield Found(a, Predicate.OPERATES_IN, b, 0.75)
    if a.type is L and b.type is G and _LOC_BASED_G.match(between):
        yield Found(b, Predicate.OPERATES_IN, a, 0.75)
    # ---- located in
    if (
        a.type is L
        and b.type is L
        and a.subtype != "Country"
        and (_LOC_COMMA_LOC.match(between) or _LOC_IN_LOC.match(between))
    ):
        yield Found(a, Predicate.LOCATED_IN, b, 0.7)
    if (
        a.type is L
        and b.type is L
        and _LOC_POSS_LOC.match(between)
        and a.subtype in ("Country", "Region", "Province")
    ):
        yield Found(b, Predicate.LOCATED_IN, a, 0.6)
    if a.type is L and b.type is O and (_LOC_POSS_LOC.match(between) or _LOC_BASED_G.match(between)):
        yield Found(b, Predicate.LOCATED_IN, a, 0.6)
    if a.type is O and b.type is L and _BASED_IN.match(between):
        yield Found(a, Predicate.LOCATED_IN, b, 0.75)


def _other_group_between(s: Sentence, a: Mention, b: Mention) -> bool:
    return any(m.type is G and a.end <= m.start and m.end <= b.start and not _same(m, a) for m in s.mentions)


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
    # a list of places after an operating verb: "seeks to create a caliphate in A, B, C and D"
    for a in groups:
        listed = _place_list_after(s, a, places)
        for b in listed[1:]:
            yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    # "In Somalia, al-Shabaab ..." at the head of a sentence: the place where the subject group is active
    if places and groups:
        head = places[0]
        if head.start - s.start < 20 and _IN_LOC_COMMA.match(s.before(head, 20)):
            subject = groups[0]
            if subject.start > head.end and not re.match(rf"^{_POSS}", s.after(subject, 3)):
                yield Found(subject, Predicate.OPERATES_IN, head, 0.6)
            elif len(groups) > 1 and re.match(rf"^{_POSS}", s.after(subject, 3)):
                yield Found(groups[1], Predicate.OPERATES_IN, head, 0.55)
    # "... across Mali, Burkina Faso and Niger": where the groups of the clause operate
    for i, p in enumerate(places):
        if re.search(r"\b(?:across|throughout)\s+(?:the\s+)?$", s.before(p, 20)):
            run = [p]
            for q in places[i + 1 :]:
                if re.match(r"^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$", s.between(run[-1], q)):
                    run.append(q)
                else:
                    break
            for g in groups:
                if (
                    g.end <= p.start
                    and not re.match(rf"^{_POSS}", s.after(g, 3))
                    and not _MODIFIER_AFTER.match(s.after(g, 20))
                ):
                    for q in run:
                        yield Found(g, Predicate.OPERATES_IN, q, 0.6)
            break


def _place_list_after(s: Sentence, group: Mention, places: list[Mention]) -> list[Mention]:
    """The places a group is said to operate in, when the first is matched by _OPERATES and others follow in a list."""
    run: list[Mention] = []
    for p in places:
        if p.start < group.end:
            continue
        if not run:
            if _operates(s.between(group, p)) and not _IS_OBJECT.search(s.before(group, 25)):
                run.append(p)
            continue
        if re.match(r"^\s*(?:,|and|,\s*and|or)\s*(?:the\s+)?$", s.between(run[-1], p)):
            run.append(p)
        else:
            break
    return run

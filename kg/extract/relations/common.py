"""What the relation rules share: the Found record, word patterns, and clause helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import TITLE_WORDS
from kg.extract.mentions.compounds import names_a_backer
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


_POSS = r"(?:'s|’s|'|’)"
_W = r"[\w.'’-]+"  # one word, with internal dots, hyphens and apostrophes
# One or two parenthetical phrases after the subject: "X, led by P, also known as Q, has waged ...".
_APPOS = r"(?:\s*,[^,;]{0,130}?(?:,[^,;]{0,60}?)?,)?"
_TITLE = rf"(?:{TITLE_WORDS})"
# A nationality before a word for a tie: "the Mexican rival of Y", "Hamas's Lebanese ally"
_NATIONALITY = r"(?-i:[A-Z][a-z]+(?:an|ese|ish|i))"
_ABBR = r"(?:(?:Gen|Lt|Maj|Col|Capt|Sgt|Adm|Brig|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov)\.?\s+)"
# "joined A and B, its partners in the alliance": the words that call a list the joiner's allies
_ITS_PARTNERS = r"(?:its|their)\s+(?:fellow\s+|two\s+|three\s+)?(?:partners|allies|comrades)"
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
    r"propaganda\s+(?:arm|wing|outlet)|brigade|brigades|battalion|project|initiative|organ|faction|"
    # "the Taliban's intelligence service, the GDI"
    r"(?:intelligence|security|secret|spy)\s+(?:service|agency))"
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
# ("Hurras al-Din (\"Guardians of the Religion\") was set up by ...": a quoted gloss of the name may run longer)
_PAREN = re.compile(r"^\s*\((?:[^()]{1,25}|[\"“'‘][^()\"“”]{1,60}[\"”'’])\)")
_POSS_START = re.compile(rf"^{_POSS}")
_POSS_ONLY = re.compile(rf"^{_POSS}\s+$")  # "P, G's ...": only the possessive between


# ------------------------------------------------------------------ shared by groups and alliances

# "X, now known as Y": a renaming after a part word
RENAMED = (
    r"\s*,\s+(?:(?:now|later|also|since|then|formally|officially)\s+)?(?:styled|called|known\s+as|renamed|"
    r"rebranded\s+as)\s+(?:the\s+)?"
)
# "X pledged allegiance to Y", "X is backed by Y": the words of an alliance between two names
ALLIED = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:factions|members|fighters|leaders|commanders|units|cells|wings|affiliates)\s+)?"
    # "X, a little-known group linked to Y": the apposition names what X is, the words after, its ties
    # ("X, the Uyghur jihadist group that fought alongside Y")
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:group|faction|militia|outfit|movement|network|gang|cartel)\s+(?:(?:based|active)\s+)?"
    # ("X, a loose network of cells that has pledged allegiance to Y")
    r"(?:of\s+(?:[\w-]+\s+)?(?:cells|militants|fighters|groups|factions|militias|gangs)\s+)?)?"
    # "a faction whose fighters have fought alongside Y": the fighters' side is the group's
    r"(?:(?:which|that|who)\s+|whose\s+(?:fighters|factions|members|men|militants|units|forces|cadres)\s+)?(?:(?:has|have|had|also|formally|publicly|reportedly|later|then|now|still|since|remains?|is|are|was|were|"
    # "X remains closely allied with Y"
    r"long\s+been|been|closely|firmly)\s+)*"
    # "Ansar al-Islam described itself as loyal to al-Qaeda": the group's own word for its tie
    r"(?:(?:describes|described|presents|presented|styles|styled|declares|declared)\s+(?:itself|themselves)\s+as\s+"
    r"(?=(?:loyal|close|allied|aligned)\b))?"
    r"(?:(?:pledged|declared|professed)\s+(?:its\s+|their\s+)?(?:allegiance|loyalty|bay'?ah)\s+to|"
    r"swore\s+(?:allegiance|loyalty)\s+to|sworn\s+(?:allegiance|loyalty)\s+to|allied\s+(?:itself\s+)?with|"
    # "is in a loose coalition with"
    r"an\s+ally\s+of|a\s+close\s+ally\s+of|in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:alliance|coalition|partnership|league|pact)\s+with|(?:(?:closely|ideologically|loosely|formally)\s+)?aligned\s+with|teamed\s+up\s+with|"
    r"joined\s+forces\s+with|"
    # "X set up a joint operations room called "Fa Ithbatu" with Y"
    r"(?:set\s+up|formed|created|launched|established)\s+an?\s+joint\s+(?:operations?\s+(?:room|centre|center)|command)"
    r"(?:\s+(?:called|named|known\s+as)\s+[\"“]?[^,;\"”]{1,30}[\"”]?)?\s+with|"
    r"(?:(?:closely|openly|increasingly|actively|tactically|secretly|reportedly)\s+)?"
    r"(?:cooperat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)|co-?ordinat(?:e|es|ed|ing)|work|works|worked|working)\s+"
    # "coordinates operations with", "coordinated its attacks closely with"
    r"(?:(?:its|their)\s+)?(?:(?:operations|attacks|activities|efforts|strategy)\s+)?"
    r"(?:(?:closely|directly|regularly|operationally)\s+)?with|(?:fought|fights|fight|fighting)\s+alongside|"
    # "X now works hand in glove with Y"
    r"(?:work|works|worked|working)\s+hand\s+in\s+glove\s+with|"
    r"partnered\s+with|backs|backed|supports|supported|loyal\s+to|close\s+to|"
    # "X receives weapons from Y"; "X has forged an alliance with Y" (a truce is no alliance)
    r"(?:receives?|received|receiving|gets|got)\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|funding|money|training|support|backing)\s+from|"
    r"(?:(?:has|have|had)\s+)?(?:formed|forged|struck|sealed|signed|entered\s+into)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:alliance|pact|partnership)\s+with|"
    # "X, armed and trained by Y"
    r"(?:backed|supported|armed|funded|financed|trained|sponsored)(?:\s+and\s+\w+)?\s+by|"
    # "X has an alliance with Y", "a working relationship with Y"; "a sister organisation of Y"
    r"(?:has|have|had|maintains?|maintained|enjoys?|enjoyed|built|developed)\s+(?:an?\s+)?(?:(?:long-?standing|close|strong|"
    r"deep|new|formal|informal|tactical|strategic|loose|growing|operational)\s+){0,2}(?:alliance|partnership|pact)\s+with|"
    r"(?:has|have|had|maintains?|maintained|enjoys?|enjoyed|built|developed)\s+(?:an?\s+)?(?:(?:working|close|cooperative|"
    r"strategic|symbiotic|operational|long-?standing|special|tactical)\s+)+relationship\s+with|"
    r"(?:an?|the)\s+sister\s+(?:organi[sz]ation|group|movement|outfit)\s+(?:of|to)|"
    # "X is believed to be linked to Y"; "X has close ties to Y"
    r"(?:believed\s+to\s+be\s+|said\s+to\s+be\s+)?(?:closely\s+)?linked\s+to|has\s+(?:close\s+)?ties\s+(?:to|with))\s+(?:the\s+)?"
    # "X has long been linked to the rival Sinaloa Cartel": the rival of some third group
    r"(?:rival\s+)?"
    # "X works with kindred movements overseas, among them Y": the partners named in a list after their kind
    r"(?:(?:[\w-]+\s+){0,2}?(?:groups|movements|organi[sz]ations|networks|militias|factions|outfits)"
    r"(?:\s+(?:abroad|overseas|elsewhere|worldwide|in\s+[\w-]+))?\s*,?\s+(?:including|such\s+as|notably|among\s+them)\s+"
    r"(?:the\s+)?)?$",
    re.I,
)
# "the PKK's leadership under P disowned TAK"; "X's way of asserting itself against Y"
_RIVAL_POSS = (
    rf"(?:{_POSS}\s+(?:(?:leadership|leaders|fighters|forces|militants|commanders|gunmen|men)"
    r"(?:\s+under\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?|(?:way|bid|attempt|effort)\s+of))?"
)
RIVAL = re.compile(
    rf"^{_RIVAL_POSS}{_APPOS}\s*,?\s+"
    # "X, a coastal gang that has fought Y for the port": the apposition names what X is, the clause what it did
    r"(?:(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:group|faction|militia|outfit|movement|network|gang|cartel)\s+(?=(?:which|that|who)\s))?"
    # "X, whose factions fought Y near the dam": the factions' war is X's
    r"(?:(?:which|that|who|after\s+it|after\s+they|as\s+it|when\s+it|while\s+it)\s+|"
    r"whose\s+(?:fighters|factions|members|men|militants|units|forces|cadres)\s+)?"
    # "X are a loose coalition of militias that took up arms against Y": what the coalition does, X does
    # ("the anti-balaka are loosely organised militias that took up arms against Y": the plural alone)
    r"(?:(?:is|are|was|were)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:coalition|alliance|umbrella|network|collection|"
    r"group)\s+of\s+(?:[\w-]+\s+){0,2}?)?(?:militias|groups|factions|gangs|fighters|brigades)\s+(?:that|which|who)\s+)?"
    # "the Houthis, who control Sanaa, are backed by Iran and are bitter enemies of AQAP"
    r"(?:(?:has|have|had|is|was|are|were)(?:\s+[^,;.]{0,50}?)?\s+and\s+)?"
    # ("... and has itself clashed with the PKK")
    r"(?:(?:has|have|had|also|since|repeatedly|long|then|is|are|was|were|been|openly|now|itself|themselves|remains?|"
    # "JNIM remains at war with ISSP"; "X still competes with Y"
    r"remained|still)\s+)*"
    r"(?:(?:refused\s+to\s+stop|continued\s+to|continues\s+to|continue\s+to|(?:began|begun|started)\s+to|kept|keeps|"
    r"began|begun|started)\s+)?"
    # "spent a decade fighting X"; "spent years arresting its commanders and hunting X"
    r"(?:spent\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+ing\s+(?:[\w'’-]+\s+){0,3}?and\s+)?)?"
    r"(?:waged\s+(?:a\s+)?(?:[\w-]+\s+){0,4}?against|(?:reasserting|asserting|defending)\s+itself\s+against|"
    # "continues to fight X": the bare verb only after a "to" that carries it
    r"(?<=\sto\s)(?:fight|battle|attack)|"
    r"fought|fights|fighting|(?:clashed|clashes|clashing)\s+(?:(?:repeatedly|often|frequently|regularly|sporadically|"
    r"openly|violently|again)\s+)?with|battled|battles|battling|attacked|attacks|attacking|"
    # "locked in a bitter rivalry with"; "are bitter enemies of"
    r"(?:(?:locked|engaged|embroiled)\s+in\s+)?(?:an?\s+)?(?:(?:bitter|fierce|deadly|long-?running|violent|bloody|open)\s+)*"
    r"(?:rivalry|feud|turf\s+war|power\s+struggle|(?<=locked\sin\s)(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:war|conflict|struggle|battle)|"
    r"(?<=engaged\sin\s)(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:war|conflict|struggle|battle))\s+with|"
    r"(?:(?:bitter|sworn|arch-?|old|long-?time|mortal)\s+)?(?:enemies|rivals|foes)\s+of|"
    r"at\s+war\s+with|rivals?\s+(?:of|to)?|(?:competes?|competed|competing|vies|vying|vied)\s+(?:for\s+(?:[\w-]+\s+){1,3}?)?with|"
    r"feuded\s+with|at\s+odds\s+with|turned\s+(?:its|their)\s+guns\s+on|"
    r"feuding\s+with|opposed|hostile\s+to|turned\s+on|waged\s+war\s+on|declared\s+war\s+on|hunting|hunted|hunts|"
    # "militias that took up arms against the M23"; "villagers who rose up against X"
    r"(?:took|take|takes|taken|taking)\s+up\s+arms\s+(?:in\s+\d{4}\s+)?against|(?:rose|rise|rises|risen|rising)\s+up\s+against|"
    # "X remains the more lethal threat to Y" (a group a threat to another group: the two are enemies)
    r"(?:an?|the)\s+(?:(?:more|most|main|chief|biggest|greatest|gravest|principal|deadliest|real|serious|existential|direct|"
    r"major)\s+)*(?:[a-z][\w-]*\s+)?threat\s+to|"
    # ("the CJNG, the Mexican rival of the Sinaloa Cartel": a nationality before the word)
    r"an\s+enemy\s+of|enemies\s+of|(?:a|an|the)\s+(?:(?:bitter|main|chief|fierce|sworn|arch|longtime|long-time)\s+)?"
    rf"(?:{_NATIONALITY}\s+)?(?:rival|enemy|foe)\s+(?:of|to)|"
    r"disowned|denounced|expelled|assassinated\s+(?:\w+\s+){0,5}?|"
    r"(?:fought|fights|fighting|waged|wages|waging)\s+(?:\w+\s+){0,2}?(?:battles?|wars?|clashes|turf\s+wars?)\s+(?:with|against)|"
    r"(?:fought|fights|fighting|battled|clashed)\s+(?:alongside\s+[^,;]{1,40}?\s+)?against|"
    # "X is also fighting on a second front, against Y"
    r"(?:fought|fights|fighting|battled|battles|battling)\s+on\s+(?:a|another|its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"front\s*,?\s+against|(?:is|are|was|were)\s+at\s+war\s+with)\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
    r"(?:(?:much\s+)?(?:smaller|larger|rival|local|IS|ISIS)\s+)*"
    # "fought a rival militia, the X"
    r"(?:(?:militia|group|faction|movement|outfit|network|insurgency)\s*,\s+(?:the\s+)?)?"
    # "has battled the IS affiliate, now known as Islamic State Pakistan Province"
    rf"(?:(?:[\w-]+\s+){{0,2}}?{_BRANCH}{RENAMED})?$",
    re.I,
)
# "the BLA has been fighting the BRA's rivals": the verb's object is the kin, not the group named
KIN_AFTER = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+)?(?:rivals|enemies|foes|allies|partners|opponents|backers|patrons|sponsors|critics)\b",
    re.I,
)
DESCRIBED = re.compile(
    r"\b(?:another|a|one|a\s+second|a\s+new|a\s+third)\s+(?:small\s+|rival\s+|new\s+)?(?:group|band|faction|cell|circle|"
    r"network|coalition|clique)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "the IS-linked (rebel group) X": the noun a compound may qualify before the group's name
TIE_NOUN = r"(?:\s+(?:[\w-]+\s+)?(?:group|faction|militia|network|movement|organi[sz]ation|outfit|militants|insurgents))?"
TIE_NOUN_THEN = re.compile(rf"^{TIE_NOUN}\s*,?\s+(?:the\s+)?$")


# "ISKP has lost ground to the Taliban in Kunar but retains cells in Kabul": one subject, two verb phrases. The
# first opens on a verb (not a preposition or a comma), the second on a verb after "and" or "but".
_VP_JOIN = re.compile(r"\s(?:and|but|yet)\s+(?=[a-z])")
_VP_HEAD = (
    r"(?:(?:also|still|now|since|then|later|long|has|have|had|is|are|was|were|been|remains?|reportedly)\s+)*"
    r"(?:has|have|had|is|are|was|were|remains?|(?!(?:its|this|his|as|thus|plus|various|numerous|news|arms|forces|fighters|"
    r"militants|members|leaders|commanders|others|groups|factions|rebels|insurgents|cells|units|men|troops)\b)[a-z]+(?:s|ed))\b"
)
_VP_THEN = re.compile(rf"^{_VP_HEAD}")
_IRREGULAR = (
    r"broke|fought|split|won|lost|took|held|began|left|led|rose|grew|ran|met|made|sent|set|kept|went|came|became|swore|"
    r"gave|drew|spent|built|found|fled|struck|sought|shot|hid|stood|brought|bought|sold|told|said|began|withdrew|overran"
)
_VP_OPENS = re.compile(
    rf"^\s+(?:{_VP_HEAD}|(?:(?:also|later|then|first|once|long|reportedly)\s+)*(?:{_IRREGULAR})\b)[^,;:()]{{0,100}}$"
)
# "pledged allegiance to IS in 2018, was acknowledged as an affiliate in 2019 and operates under ...": a series
# ("recruited online, and built cells in X": a verb of the irregular past may open the next phrase too)
_VP_NEXT = re.compile(rf"^\s+(?:and\s+)?(?:{_VP_HEAD}|(?:(?:also|later|then|since)\s+)*(?:{_IRREGULAR})\b)")


_LEAD_COMMA = re.compile(r"^\s*,(?=\s)")
_LEAD_AND = re.compile(r"^\s*(?:and\s+)?")


def second_verb_phrase(between: str) -> str | None:
    """The last verb phrase of a series ("V1 and V2", "V1, V2 and V3") when `between` opens on its subject's first
    verb phrase, else None."""
    if len(between) > 220:
        return None
    # "X (ASWJ), pledged allegiance ...": a comma after the name's brackets, then the verbs
    segments = _LEAD_COMMA.sub("", between).split(",")
    if _VP_OPENS.match(segments[0]) is None or not all(_VP_NEXT.match(seg) for seg in segments[1:]):
        return None
    last = segments[-1]
    for join in _VP_JOIN.finditer(last):
        rest = last[join.end() :]
        if _VP_THEN.match(rest):
            return " " + rest
    if len(segments) > 1:
        return " " + _LEAD_AND.sub("", last)
    return None


def _same(a: Mention, b: Mention) -> bool:
    return (a.gazetteer_id is not None and a.gazetteer_id == b.gazetteer_id) or a.name == b.name


_NOT_A_NAME = re.compile(r"^(?:the|this|that|these|those|its|their|it|they|he|she)\b", re.I)


_SAID_THAT = re.compile(
    r"\b(?:found|finds|said|says|ruled|heard|concluded|alleged|argued|believes?|believed|reported|added|stated|"
    r"noted|showed|shows|testified|confirmed)\s+that\s+$",
    re.I,
)


_SAID_THAT_INSIDE = re.compile(
    r"\b(?:found|finds|said|says|say|ruled|heard|concluded|alleged|argued|believes?|believed|reported|added|stated|"
    r"noted|showed|shows|testified|confirmed|suggested|suggests|indicated|indicates|warned|claimed|claims)\s+that\b",
    re.I,
)
_OPEN_CLAUSE = re.compile(
    # (a list may stand in it: "X, which formed from the merger of A, B and C, is active in ...")
    # ("attributed that assault to X, a faction ...": "that" before such a noun is a determiner, not a clause;
    # "the face was that of P, ...": a pronoun)
    r"\b(?:which|who|that(?!\s+(?:of|attack|assault|bombing|raid|ambush|strike|massacre|killing|incident|operation|"
    r"offensive|claim|year|month|week|day|time|group|area|region|town|city|country)s?\b)|where)\b"
    r"[^,;]*(?:,\s+(?:the\s+)?[A-Z][^,;]*)*$"
    # "X, formerly part of Y, has been fighting Z": Y is inside the apposition; but in "Its rival, the SDF,
    # holds ..." the SDF is the apposition's head, and the verb is its own
    r"|,\s+(?:(?:a|an|the)\s+[^,;]*?\S\s+|(?:formerly|once|originally|previously|itself)\s+[^,;]*)$"
)


def _in_clause(s: Sentence, a: Mention, between: str) -> bool:
    """Whether `a` closes a relative clause, so that the verb after the comma is not its own.

    In "Gulu, which lies near Kitgum, was once a stronghold of X" the stronghold is Gulu, not Kitgum.
    """
    before = s.before(a, 100)
    if _SAID_THAT.search(before):
        return False  # "the court found that P, 26, had led X": "that" opens what was found, not a relative clause
    return bool(
        re.match(r"^\s*,\s+(?!which\b|that\b|who\b)", between)
        # a relative clause, or an apposition ("Q, a son of P, was ..."), still open before `a`
        # ("officials said that some attackers belonged to X, a faction ...": "that" after a verb of saying
        # opens what was said, not a relative clause)
        and _OPEN_CLAUSE.search(_SAID_THAT_INSIDE.sub(" ", before))
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
    # ("in Beni territory and in the Irumu ...": the first place's kind word before the join)
    r"|(?:\s+(?:territory|province|region|district|state|county|department|governorate|municipality|mountains|hills|"
    r"forest|highlands|valley))?"
    r"\s*(?:,|and|,\s*and|or)\s*(?:(?<=and|.or)\s*(?:also\s+)?(?:in|across|into)\s+)?"
    r"(?:(?:much|most|parts|large\s+parts|swathes|areas|stretches)\s+of\s+)?"
    # "the Menaka region of Mali": the place and the one that holds it
    # ("the Irumu and Mambasa territories of Ituri": the kind may be plural after a list)
    r"|\s+(?:(?:regions?|provinces?|states?|districts?|(?:local\s+government\s+)?areas?|departments?|governorates?|count(?:y|ies)|territor(?:y|ies)|"
    r"municipalit(?:y|ies))\s+)?of\s+)(?:the\s+)?"
    # "in the forests around Lake Lanao and in the mountains of Maguindanao"
    r"(?:(?:mountains|hills|forests?|jungles?|countryside|outskirts|hinterlands?)\s+(?:of|around|near)\s+(?:the\s+)?)?"
    # ("in Karachi and interior Sindh": the province beyond its capital)
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|interior|rural)\s+)?$",
    re.I,
)


# "in Aden, Lahj and Abyan" when the middle name is one the gazetteer does not know: a name of one or two capitalised
# words (no mention, no weekday or month) between list commas keeps the list going
_UNKNOWN_LISTED = re.compile(
    r"^\s*,\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|The|But|And|While|Where|When|Since|After|Before)\b)"
    r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$"
)


def unknown_listed(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether `a` and `b` are two places of one list with a name the gazetteer left unread between them."""
    return bool(_UNKNOWN_LISTED.match(s.between(a, b))) and not any(
        m.start >= a.end and m.end <= b.start for m in s.mentions
    )


def _place_run(s: Sentence, places: list[Mention]) -> list[Mention]:
    """The first place and those listed right after it: "Mali, Burkina Faso and Niger"."""
    run = places[:1]
    for q in places[1:]:
        if not _LIST_JOIN.match(s.between(run[-1], q)) and not unknown_listed(s, run[-1], q):
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
_QUOTE_CLOSE = re.compile(r"^([\"”])(?=[\s,;(])")
_QUOTE_OPENS = {'"': '"', "”": "“"}
_QUOTE_OPEN_LAST = re.compile(r"(?<=\s)([\"“])$")
_QUOTE_CLOSES = {'"': '"', "“": "”"}


# 'pledged allegiance to the terrorist organisation "Daesh"': a descriptor right before a name is that name's
# kind, not a second mention of a group named earlier
_NAME_NEXT = re.compile(r"^\s*[\"“]?\s*(?:al-|el-)?[A-Z]")


def descriptor_before_name(sentence: Sentence, m: Mention) -> bool:
    """Whether `m` is a lower-case descriptor ("the terrorist organisation") that stands right before a name."""
    return (
        m.text[:1].islower()
        and m.text.casefold() != m.name.casefold()
        and bool(_NAME_NEXT.match(sentence.after(m, 8)))
    )


def _between(sentence: Sentence, a: Mention, b: Mention) -> str:
    """The words between two mentions, without what changes nothing about how they relate.

    "Tehrik-i-Taliban Pakistan (TTP) is allied with": the acronym in brackets changes nothing; nor do a
    person's age or other name: "P, 45, a commander of", "P, also known as Q, the leader of".
    """
    # ("- **Islamic State Somalia Province (ISS)**: ...": the acronym first, then the label or the emphasis)
    between = _PAREN.sub("", sentence.between(a, b), count=1)
    if (label := _LABEL.match(between)) is not None and _LINE_START.search(sentence.before(a, 20)):
        # "- **Lakurawa**: operates in Sokoto"; "Ansaru — a splinter of Boko Haram": a label, then what it says
        rest = between[label.end() :]
        # "- **ISS**: small but resilient; holed up in X": each clause after the label says something of it
        between = ", " + rest[rest.rfind(";") + 1 :].lstrip()
    elif (mark := _EMPHASIS_CLOSE.match(between)) is not None and sentence.before(a, 3).endswith(
        mark.group(1)
    ):
        between = between[mark.end() :]
    elif (
        a.type in (G, O)
        and (quote := _QUOTE_CLOSE.match(between)) is not None
        and sentence.before(a, 2).endswith(_QUOTE_OPENS[quote.group(1)])
    ):
        # 'the so-called "Jund al-Tawhid", which split from X': the quotes around a group's name are no word
        between = between[quote.end() :]
    if (
        b.type in (G, O)
        and (quote := _QUOTE_OPEN_LAST.search(between)) is not None
        and sentence.after(b, 2).startswith(_QUOTE_CLOSES[quote.group(1)])
    ):
        # 'pledged allegiance to "Daesh", before': nor are those around the second name
        between = between[: quote.start()] + " "
    between = _YEAR.sub("", between)
    if a.type is P:
        between = _AGE_OR_ALIAS.sub("", between, count=1)
    elif a.type is G:
        between = _HEAD_NOUN.sub("", between, count=1)
    return between


# "The Taliban deny that al-Qaeda fighters are based in Kabul", "there is no evidence that X works with Y":
# what a sentence says only to deny it (the clause from the denial on holds both ends).
DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+"
    r"(?:(?:the\s+)?(?:claims?|reports?|allegations?|suggestions?|accusations?)\s+)?that\b|"
    r"\bno\s+(?:evidence|sign|indication|proof)\s+(?:that|of)\b|\bit\s+is\s+not\s+true\s+that\b",
    re.I,
)


def denied(s: Sentence, found: Found) -> bool:
    """Whether both ends of a relation stand after a denial in the same clause of the sentence."""
    first = min(found.subject.start, found.object.start) - s.start
    if not 0 <= first <= len(s.text):
        return False
    for m in DENIAL.finditer(s.text, 0, first):
        if not re.search(r"[;:]|\bbut\b", s.text[m.end() : first]):
            return True
    return False


# "JNIM, unlike ISSP, operates in central Mali": a name set against the subject is not part of what is said.
_CONTRASTED = re.compile(
    r"(?:^|[,(—–])\s*(?:unlike|rather\s+than|in\s+contrast\s+to|as\s+opposed\s+to|instead\s+of|but\s+not|"
    r"and\s+not|not)\s+(?:the\s+)?$",
    re.I,
)


# "Unlike the TTP, which is active mainly in X": a relative clause says something of the contrasted name itself
_OWN_CLAUSE = re.compile(r"^\s*(?:\([^()]{1,40}\))?\s*,\s+(?:which|who|whose)\b[^,;:—–()]*$")


def contrasted(s: Sentence, found: Found) -> bool:
    """Whether either end of a relation is a name the sentence sets against another ("unlike ISSP").

    A relation read inside a relative clause about that name is spared: "Unlike the TTP, which is active
    mainly in Khyber Pakhtunkhwa, the BLA ..." still says where the TTP is active.
    """
    for m, other in ((found.subject, found.object), (found.object, found.subject)):
        if not (s.start <= m.start < s.end and _CONTRASTED.search(s.before(m, 30))):
            continue
        if m.end <= other.start < s.end and _OWN_CLAUSE.match(
            s.text[m.end - s.start : other.start - s.start]
        ):
            continue
        return True
    return False


def backed(s: Sentence, found: Found) -> bool:
    """Whether an end of a relation, in this sentence, is a state that leads or backs something ("US-led")."""
    return any(
        s.start <= m.start < s.end and names_a_backer(s.text, m, s.start)
        for m in (found.subject, found.object)
    )

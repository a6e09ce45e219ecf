"""Group -> group relations: branches (affiliateOf), splinters (formedFrom), allies and rivals."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Iterable, Iterator
from itertools import chain

from kg.extract import lexicon
from kg.extract.relations.common import (
    _APPOS,
    _BRANCH,
    _ITS_PARTNERS,
    _MODIFIER_AFTER,
    _NOT_A_NAME,
    _NOT_SPLIT,
    _OFFSHOOT,
    _ORGAN,
    _POSS,
    _POSS_START,
    _PRONOUNS,
    _TITLE,
    _W,
    ALLIED,
    DESCRIBED,
    KIN_AFTER,
    ORG_LIKE,
    RENAMED,
    RIVAL,
    TIE_NOUN,
    TIE_NOUN_THEN,
    Found,
    G,
    L,
    O,
    P,
    _between,
    _clause_owner,
    _in_clause,
    _other_group_between,
    _same,
    descriptor_before_name,
    second_verb_phrase,
)
from kg.extract.relations.names import _FORMATION_NAME
from kg.extract.sentences import Sentence
from kg.model import EntityType, Mention, Predicate

# ------------------------------------------------------------------ group -> group

# ("formed by a handful of Y members and regarded itself as a branch of Z": Y only names the members, whose group is
# the subject)
_AND_THEN_EARLY = (
    r"(?:(?!(?:and|or)\b|(?:members|fighters|militants|veterans|loyalists|defectors|commanders|cadres)\s+and\b)"
    r"[a-z][\w-]*(?:\s+[^,;.]{0,50}?)?\s+and\s+)?"
)
# "X, the Central Asian branch of the Islamic State"; "X is the most active regional affiliate of Y"
_BLOW = (
    r"fought|fights|fighting|attacked|attacks|attacking|clashed|clashes|battled|battles|targeted|targets|against|with|"
    r"from|by|defeated|ousted|expelled|denounced|rejected|left|quit|"
    # "Densus 88, announced it had broken up a cell of JAD": what was done to a part, not what the subject is
    r"broke|broken|busted|dismantled|raided|smashed|uncovered|destroyed|disrupted|arrested|captured|seized|killed|"
    r"discovered|detained|tracked|infiltrated|penetrated|"
    # "the SAF blamed the faction of the SPLM-N led by P": the part is blamed, the blamer is not the part
    r"blamed|blames|blaming|accused|accuses|accusing|suspected|suspects|named|names|shelled|bombed|hit|struck"
)
# A speaker's verb followed by a new subject: "said the attackers", "told reporters that the"
_SAID_OTHERS = r"(?:said|says|told|added|stated|announced|alleged)\s+(?:[\w-]+\s+)?(?:that\s+)?(?:the|a|an|his|her|their)\s"
_X_BRANCH_OF_Y = re.compile(
    # "X pledged allegiance to Y in 2019 and is now presented as the core of Z"
    # ("the PJAK grouplet, the Iranian branch of the PKK": the kind after the first name is its own)
    rf"^(?:\s+(?:group|grouplet|faction|militia|outfit|network|gang))?\s*[\"”’]?\s*,?\s+{_AND_THEN_EARLY}(?:(?:which|that)\s+(?:(?:until|till|from|in|since)\s+\d{{4}}\s+)?(?:(?:had|has|have)\s+)?"
    r"(?:(?:served|serves|acted|acts|functioned|functions)\s+as\s+)?)?"
    # ("al-Nusra was in effect ISI's Syrian arm")
    r"(?:(?:is|was|became|as|remains|has\s+been|had\s+become)\s+)?(?:probably\s+|now\s+|currently\s+|formally\s+|"
    r"in\s+effect\s+|effectively\s+|essentially\s+|de\s+facto\s+)*"
    # "Los Águilas, a Guayaquil gang, is widely described by police as an armed branch of Los Choneros"
    r"(?:(?:(?:widely|often|generally|commonly|increasingly|since)\s+)?(?:described|seen|regarded|considered|viewed|"
    r"identified|presented|portrayed)(?:\s+by(?:\s+[\w-]+){1,3}?)?\s+as\s+)?"
    # "Katiba Macina, a faction of JNIM" (but "a dissident faction of the FARC" is a splinter)
    # (but "which had fought the Syrian branch of Y" is about the branch)
    # ("the prosecutor said the gunmen belonged to a cell of X": the speaker reports on others, it is not the cell)
    # ("X grew out of the northern branch of Y": a new group that came from the branch, not the branch)
    rf"(?:(?:a|an|the|its)\b)?\s*(?:(?!(?:and|or|dissident|breakaway|renegade|splinter|{_BLOW})\b|"
    rf"(?:grew|emerged|evolved|spun)\s+(?:out|from|off)\b|{_SAID_OTHERS}){_W}\s+){{0,6}}?"
    # "a project of the O"; "presented as the core of X"
    # ("the Imbonerakure, the youth league of Burundi's ruling CNDD-FDD party")
    # ("X is the largest component of the SDF")
    # ("the CGP, one of the armed structures of the CNEB": the word Colombian reporting uses for a guerrilla's units)
    # ("a subgroup of Y"; "a shadow outfit of Y", "a cover name for Y": a name a parent hides behind)
    rf"(?:(?:{_BRANCH}|factions?|{_ORGAN}|core|backbone|nucleus|components?|cells?|structures?|sub-?groups?|"
    r"(?:shadow|front|proxy|cover)\s+(?:outfits?|organi[sz]ations?|names?)|(?:youth|women's|student)\s+league)"
    r"(?:\s+(?:once|formerly|previously|originally)\s+part)?\s+(?:of|for|to)"
    # "Ajang-Ajang, a group within the Abu Sayyaf"; "Kataib Hezbollah, the most powerful faction in the IRI"
    r"|(?:group|faction|cell|unit|wing|network)\s+(?:within|inside)|(?:factions?|militias?|member\s+groups?)\s+in"
    # "VDP, the civilian auxiliaries who fight alongside the national army": an auxiliary force is the army's
    r"|auxiliar(?:y|ies)(?:\s+(?:force|forces|militia|militias|unit|units))?\s+(?:of|to|(?:who|that)\s+(?:fight|fights|serve|serves)\s+"
    r"(?:alongside|with))"
    r")\s+(?:the\s+)?"
    # ("the suicide squad of the separate BLA": a word that sets the parent apart from a name just told)
    r"(?:(?-i:[A-Z][\w'’-]+)(?:'s|’s)\s+(?=ruling\b))?(?:(?:former|now-defunct|defunct|banned|outlawed|proscribed|separate|larger|"
    r"wider|parent|"
    # ("the Iranian branch of the terrorist PKK": a state's word for the parent)
    r"ruling|terrorist)\s+)?"
    # ("a component of the US-backed SDF": who backs the whole, said before its name)
    # ("a shadow outfit of the Pakistan-based JeM": where the parent sits, said before its name)
    r"(?:[\w'’]+-(?:backed|led|allied|aligned|based)\s+)?"
    # "the British arm of the Israeli arms maker Elbit Systems": what the parent is, said before its name
    r"(?:(?:[\w-]+\s+){0,2}?(?:maker|manufacturer|company|firm|giant|conglomerate|contractor|corporation)\s+)?$",
    re.I,
)
_QUALITIES = r"(?:(?:largest|biggest|oldest|deadliest|strongest|richest|best-known|most\s+[\w-]+)\s+and\s+)"
# "Jabhat al-Nusra, al-Qaeda's Syrian branch": X, Y 's ... branch
_X_COMMA = re.compile(r"^\s*,\s+(?:one\s+of\s+(?:the\s+)?|the\s+|a\s+|an\s+)?(?:former\s+)?$", re.I)
# ("JNIM, al-Qaeda's affiliate", "Jama'at Nusrat al-Islam (JNIM), al-Qaeda's affiliate": an acronym may come first)
_X_ACRONYM_COMMA = re.compile(
    r"^\s*(?:\([^()]{1,25}\)|\))?\s*,\s+(?:one\s+of\s+(?:the\s+)?|the\s+|a\s+|an\s+)?(?:former\s+)?$", re.I
)
# (plural for "one of the SNA's largest factions")
# ("al-Qaeda's largest and most lethal affiliate": two qualities, one part)
_POSS_BRANCH_AFTER = re.compile(
    rf"^{_POSS}\s+{_QUALITIES}?(?:{_NOT_SPLIT}{_W}\s+){{0,3}}?(?:{_BRANCH}|{_ORGAN})s?\b"
    # ("al-Shabaab's intelligence and suicide-operations wing": two tasks of one wing)
    rf"|^{_POSS}\s+(?-i:[a-z])[\w-]+\s+and\s+(?-i:[a-z])[\w-]+\s+(?:wing|arm|unit|division)\b",
    re.I,
)
# "al-Qaeda's affiliate JNIM", "the Islamic State's Khorasan branch, ISIS-K", "its branch, known as X" (but
# not "Boko Haram's Lake Chad faction, fought ISWAP": a verb after the part word is what the part did)
_Y_POSS_BRANCH_X = re.compile(
    rf"^{_POSS}\s+(?:{_NOT_SPLIT}{_W}\s+){{0,3}}?(?:{_BRANCH}|{_ORGAN})\s*,?\s+(?:the\s+)?"
    r"(?:(?:known\s+as|called|named|dubbed|now)\s+(?:the\s+)?)?$",
    re.I,
)
# "the UN peacekeeping mission, MONUSCO"; "the al-Qaeda affiliate, JNIM": the parent as a modifier, the part apposed
_Y_PART_COMMA_X = re.compile(
    rf"^\s+(?:{_NOT_SPLIT}[\w-]+\s+){{0,2}}?(?:{_BRANCH}|{_ORGAN})\s*,\s+(?:the\s+)?$", re.I
)
_NOUN_AND_ITS = re.compile(r"\b(?:the|an?)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+and\s+(?:its|their)\s+[^,;]*$")
_NAMED_PART_AFTER = re.compile(rf"^\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{_BRANCH}|{_OFFSHOOT})\b", re.I)
_POSS_BEFORE = re.compile(rf"{_POSS}\s+$")


def _names_its_kind(a: Mention, between: str) -> bool:
    """Whether the part word after `a` is in its own name: "Amaq news agency" is Amaq News Agency itself."""
    # (the part word is the last before the comma: " news agency, the " names Amaq's kind, not "the")
    words = re.findall(r"[a-z]+", between.split(",")[0].casefold())
    return bool(words) and words[-1] in a.name.casefold()


# "TRF, the Kashmir offshoot of LeT"; "TRF, LeT's offshoot"; "LeT's offshoot, the TRF"
_X_OFFSHOOT_OF_Y = re.compile(
    # "TAK emerged in 2004 as an urban offshoot of the PKK"
    rf"^\s*,?\s+(?:(?:emerged|appeared|surfaced|began|started|was\s+(?:formed|founded|created|set\s+up))\s+"
    # "Hamas was founded in Gaza in 1987 as an offshoot of the Brotherhood": a place and a year before "as"
    r"(?:(?:in|around|during)\s+(?:early\s+|late\s+|mid-)?(?:\d{4}|[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+){0,2}?(?=as\s))?"
    rf"(?:(?:is|was|became|as|remains|has\s+been|had\s+become)\s+)?(?:probably\s+|now\s+|widely\s+seen\s+as\s+)*"
    # ("FLEC-PM, another splinter of the FLEC")
    rf"(?:(?:a|an|the|its|another)\s+(?:(?!(?:and|or)\b){_W}\s+){{0,4}}?{_OFFSHOOT}|"
    # ("A and B, both splinters of Y": said of the list, and of the last of it here)
    rf"(?:both|all|two|three)\s+(?:(?!(?:and|or)\b){_W}\s+){{0,3}}?(?:{_OFFSHOOT}|splinters|(?:splinter|breakaway)\s+"
    r"(?:groups|factions)))\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
_POSS_OFFSHOOT_AFTER = re.compile(rf"^{_POSS}\s+(?:{_W}\s+){{0,3}}?{_OFFSHOOT}\b", re.I)
_Y_POSS_OFFSHOOT_X = re.compile(
    rf"^{_POSS}\s+(?:{_W}\s+){{0,3}}?{_OFFSHOOT}\s*,?\s+(?:the\s+)?(?:{_W}\s+){{0,2}}?$", re.I
)
# "the Union's armed offshoot": an armed (military) offshoot is a wing of its parent (affiliateOf), unlike a
# breakaway offshoot (formedFrom)
_ARMED_OFFSHOOT = re.compile(r"\b(?:armed|military|paramilitary)\s+offshoots?\b", re.I)
# The first of two verb phrases of one subject: "X emerged in 2019 and is ...", "X pledged allegiance to Z and remained ..."
_AND_THEN = r"(?:(?!(?:and|or)\b)[a-z][\w-]*(?:\s+[^,;.]{0,50}?)?\s+and\s+)?"
# "TRF emerged in 2019 and is widely seen as a front for LeT"
_X_FRONT_FOR_Y = re.compile(
    rf"^(?:\s*\([^()]{{1,25}}\))?\s*,?\s+(?:(?:which|that)\s+)?{_AND_THEN}(?:(?:is|was|are|were|became|remains|has\s+been|as)\s+)?"
    r"(?:(?:widely|long|often|now|probably|generally)\s+)*"
    # "X, a group that Indian officials describe as a front for Y", "X, an outfit police say is a front for Y": the
    # apposition's describer (but not what they once said, nor what X denies)
    r"(?:(?<=,\s)(?:a|an)\s+(?:[\w-]+\s+)?(?:group|outfit|faction|organi[sz]ation|militia|network)\s+(?:(?:that|which)\s+)?"
    r"(?:(?!(?:once|formerly|previously|originally|no|not|never|it|itself|denies|deny|denied)\b)[\w-]+\s+){1,4}?"
    r"(?:describe|describes|described|call|calls|called|regard|regards|consider|considers|see|sees|view|views)\s+"
    # ("an outfit that officials described at the time as a front for Y": a word of time after the describer's verb)
    r"(?:(?:at\s+the\s+time|then|later|repeatedly|publicly|in\s+(?:19|20)\d\d)\s+)?"
    r"(?:as\s+)?(?=(?:a|an)\s)"
    r"|(?<=,\s)(?:a|an)\s+(?:[\w-]+\s+)?(?:group|outfit|faction|organi[sz]ation|militia|network)\s+(?:(?:that|which)\s+)?"
    r"(?:(?!(?:once|formerly|previously|originally|no|not|never|it|itself)\b)[\w-]+\s+){1,4}?"
    r"(?:say|says|said|believe|believes|believed)\s+(?:is|was)\s+(?=(?:a|an)\s))?"
    r"(?:(?:seen|regarded|considered|described|viewed|known)\s+as\s+|(?:seen|regarded|considered|believed|thought)\s+to\s+be\s+)?"
    # "X, which police call a shadow outfit of Y": a describer of its own, then what X is
    r"(?:(?<=which\s)(?:[\w-]+\s+){1,3}?(?:describe|describes|described|call|calls|called|regard|regards|consider|considers|"
    r"see|sees|view|views)\s+(?:as\s+)?(?=(?:a|an)\s))?"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,1}?(?:shadow|proxy|cover|front)\s+(?:outfit|group|organi[sz]ation)\s+(?:of|for)|"
    # ('X was "nothing but a front" for Y')
    r"(?:(?:nothing\s+but|merely|simply|just|only|little\s+more\s+than|no\s+more\s+than)\s+)?"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?front\s+(?:group\s+|organi[sz]ation\s+)?for"
    # "TJP, which is a front of the TTP" (but not "the front of the convoy")
    r"|(?:a|an)\s+(?:[\w-]+\s+){0,2}?front\s+(?:group\s+|organi[sz]ation\s+)?of)\s+(?:the\s+)?"
    # ("a front for the Pakistan-based Y": where the parent sits, said before its name)
    r"(?:[\w'’]+-(?:based|backed|led)\s+)?$",
    re.I,
)
# "Y, which they say set up X in 2019 as its proxy"
_Y_SET_UP = re.compile(
    r"^\s*,?\s+(?:(?:which|that)\s+(?:(?:[\w-]+\s+){1,3}?(?:say|says|said|believe|believes)\s+)?)?(?:has\s+|had\s+)?"
    r"(?:set\s+up|created|founded|formed|established|launched|floated)\s+(?:the\s+)?$",
    re.I,
)
_AS_ITS_PROXY_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?\s+as\s+(?:its|their|a)\s+(?:[\w-]+\s+)?"
    r"(?:proxy|front|cover|wing|affiliate|branch|offshoot)\b",
    re.I,
)
# "X pledged allegiance to Z and remained Y's affiliate in Syria"; "X became Y's official branch"
_X_IS_POSS = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?{_AND_THEN}"
    r"(?:is|was|became|remained|remains|has\s+been|had\s+been|has\s+become|had\s+become|serves\s+as|served\s+as|"
    r"acts\s+as|acted\s+as|functions\s+as|operates\s+as|"
    # "Lakurawa now operates as ISSP's southern wing"
    r"(?:now|effectively|in\s+effect|essentially|increasingly)\s+(?:operates|functions|acts|serves)\s+as|"
    # "X, which is now known as the Islamic State's Central Africa Province"; "X was recognised as Y's province"
    r"(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:(?:now|since|later|also|formally|officially)\s+)?"
    r"(?:known|styled|called|rebranded|recogni[sz]ed|accepted|acknowledged|designated)\s+as|"
    # "X, which security analysts describe as Y's Kenya-focused wing": the part word after Y decides
    r"(?:(?<=which\s)|(?<=that\s))(?:[\w-]+\s+){1,3}?(?:describe|describes|described|regard|regards|regarded|consider|considers|"
    r"considered|view|views|viewed|see|sees)\s+as|"
    # "X was for years described by diplomats as Y's Gulf affiliate": a passive describer, then what X is
    r"(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:[\w-]+\s+){0,3}?(?:described|regarded|seen|"
    r"considered|viewed|portrayed|characteri[sz]ed)(?:\s+by\s+(?:[\w-]+\s+){1,4}?)?\s*as)\s+"
    # ("al-Nusra was in effect ISI's Syrian arm")
    r"(?:(?:now|still|formally|effectively|officially|long|once|formerly|previously|originally|in\s+effect|"
    r"essentially|de\s+facto)\s+)?(?:the\s+)?$",
    re.I,
)
# "X formally joined Y", "X merged into Y", "X rejoined its parent Y"
_X_JOINED_Y = re.compile(
    r"^\s*,\s+(?:now\s+|which\s+is\s+|itself\s+)?part\s+of\s+(?:the\s+)?$|"
    rf"^{_APPOS}(?:\s*,\s+(?:which|that))?\s+(?:(?:formally|later|officially|eventually|then|has|had|have|is|was|are|were|been)\s+)*(?:joined|rejoined|merged\s+into|"
    # "X was previously part of Y", "X was formerly a part of Y"
    r"(?:was|were|had\s+been)\s+(?:previously|formerly|once|originally|initially)\s+(?:a\s+)?part\s+of|"
    r"affiliated\s+(?:with|to)|"
    r"was\s+absorbed\s+into|became\s+part\s+of|folded\s+into|(?:is|are|was|were|remains?)\s+(?:(?:now|still|formally|officially|nominally)\s+)?part\s+of|"
    # ("a regional force that operates under the authority of the LCBC")
    r"(?:operates|operated|fights|fought)\s+under(?:\s+the\s+(?:banner|flag|umbrella|command|authority|auspices)\s+of)?|"
    r"answers\s+to|reports\s+to|belongs\s+to|belonged\s+to|(?<=\s)belong\s+to)\s+(?:the\s+|its\s+(?:parent\s+)?)?$",
    re.I,
)
_JOINED_IN_DOING_AFTER = re.compile(
    rf"^(?:\s*\([^()]{{1,20}}\))?(?:\s+and\s+[^,;.]{{1,80}}?)?(?:\s*,\s+{_ITS_PARTNERS}\b|"
    r"(?:\s*,[^,;.]{1,80},)?\s+in\s+(?:(?:launching|mounting|attacking|staging|waging|fighting|storming|"
    r"besieging|an?\s+(?:joint\s+)?(?:offensive|assault|attack|campaign))\b))",
    re.I,
)
_MEN_OF_BEFORE = re.compile(
    r"\b(?:fighters|members|militants|commanders|defectors|men|cadres|remnants|loyalists|deserters)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:[^,;.]{0,40}?\s+(?:and|or)\s+(?:the\s+)?)?$",
    re.I,
)
# "X is affiliated with the O": said outright, a group's tie to a political body or a state force
_AFFILIATED_WITH_BODY = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+)"
    r"(?:(?:formally|closely|officially|nominally|now|still|also|loosely)\s+)*affiliated\s+(?:with|to)\s+(?:the\s+)?$",
    re.I,
)

# "IS grew out of al-Qaeda in Iraq"; "X, a splinter of Y"; "X broke away from Y"
_X_FORMED_FROM_Y = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who|itself)\s+)?"
    # "X, which the police regard as an offshoot of Y": the describer's words are what X is
    r"(?:(?<=which\s)(?:[\w-]+\s+){1,3}?(?:described|describes|describe|regards?|regarded|considers?|considered|sees|"
    r"views?|viewed)\s+as\s+(?=(?:a|an|the)\s))?"
    # "X, which security officials say was formed by fighters who broke away from Y": who says it changes nothing
    r"(?:(?<=which\s)(?:[\w-]+\s+){1,3}?(?:say|says|said|believe|believed|think|thought)\s+(?=(?:was|is|had|has)\s))?"
    # "X, which claimed the raid, describes itself as a breakaway faction of Y": the group's own word on its origin
    r"(?:(?:(?:still|now|also|openly)\s+)?(?:describes|described|presents|presented|styles|styled)\s+"
    r"(?:itself|themselves)\s+as\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+)?(?:breakaway|splinter|offshoot|successor)\b))?"
    # "X, a splinter group formed by loyalists who left Y"
    # ("X is a coalition formed in 2015 from remnants of Y")
    r"(?:(?:(?<!which\s)(?<!that\s)(?:is|was|are|were)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:group|faction|outfit|movement|network|splinter|offshoot|militia|coalition|alliance)\s+"
    r"(?=(?:formed|founded|created|set\s+up)\b)"
    # "X, a faction that broke away from Y in 2014": the apposition's relative clause says where X came from
    # ("the EMBF, a dissident bloc that split in 2024 from the EMC")
    r"|(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:group|faction|outfit|movement|network|militia|wing|structure|bloc|gang|cell|"
    r"organi[sz]ation)\s+(?:that|which)\s+"
    r"(?=(?:had\s+|has\s+|later\s+)*(?:broke|split|splintered|seceded|emerged|grew|spun)\b))?"
    r"(?:(?:had|has|have|was|were|is|been|itself|originally|first|later|eventually)\s+)*"
    # ("grew out of the northern branch of Y": the new group came from a part of Y)
    rf"(?:grew\s+out\s+of(?:\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:branch|wing|section|chapter)\s+of)?|emerged\s+from|emerged\s+out\s+of|split\s+(?:off\s+)?from|splintered\s+(?:off\s+)?from|"
    rf"broke\s+away\s+from|broke\s+off\s+from|broken\s+away\s+from|broke\s+with|parted\s+ways\s+with|seceded\s+from|"
    # "X was formed when commanders defected from Y"; "X, a faction that left Y"
    rf"(?:formed|founded|created|set\s+up|emerged|born)\b[^.;]{{0,60}}?\bwhen\s+(?:[\w-]+\s+){{0,4}}?"
    rf"(?:broke|split|splintered|defected|walked\s+out|seceded)\s+(?:away\s+|off\s+)?(?:from|with|of)|"
    rf"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:faction|group|wing|splinter)\s+(?:that|which)\s+(?:had\s+)?(?:left|quit|abandoned|deserted)|evolved\s+(?:out\s+of|from)|spun\s+off\s+from|"
    # "emerged from a split within X", "born of a schism in X"
    # ("created in 2009 by P from a schism within Y": the founder named on the way)
    rf"(?:emerged|born|formed|created|founded|grew)\s+(?:by\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}?)?(?:out\s+)?"
    rf"(?:from|of|in|after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:split|schism|rift|rupture|break|mutiny|defection|walkout|revolt)\s+(?:within|in|inside|from|with|of|among)\s+|"
    rf"born\s+(?:out\s+)?of|an\s+offshoot\s+of|a\s+splinter(?:\s+group|\s+faction)?\s+of|the\s+(?:[\w-]+\s+)?successor\s+(?:to|of)|"
    rf"a\s+(?:breakaway|dissident)\s+(?:group|faction)\s+(?:of|from)|(?:a|an)\s+breakaway\s+(?:of|from)|a\s+(?:[\w-]+\s+)?successor\s+(?:to|of)|descended\s+from|"
    # "X emerged in the late 2000s from the ashes of Y": a time on the way, then what was left of Y
    rf"(?:emerged|arose|rose|grew|was\s+born|was\s+built)\s+(?:[^.;,]{{0,50}}?\s+)?(?:from|out\s+of)\s+(?:the\s+)?"
    rf"(?:remnants|remains|ashes|ruins|wreckage|rubble)\s+of|"
    # "X emerged in 2015 in Nangarhar, largely from disaffected commanders of Y": the men it came from
    rf"(?:emerged|arose|grew)\s+(?:[^.;]{{0,60}}?[\s,]\s*)?(?:(?:largely|mainly|mostly|partly|chiefly)\s+)?"
    rf"(?:from|out\s+of)\s+(?:the\s+ranks\s+of\s+)?(?:(?:disaffected|former|dissident|breakaway|defecting)\s+)*"
    rf"(?:commanders|members|fighters|defectors|cadres|militants|veterans|dissidents)\s+(?:of|from)|"
    # "X, formed with Turkish backing in 2017 from remnants of Y": a patron or a date on the way, then what was left
    # of Y (unlike "formed with support from Y", which names the patron)
    rf"(?:formed|founded|created|set\s+up|established)\s+(?:[^.;,]{{0,50}}?\s+)?(?:from|out\s+of)\s+(?:the\s+)?"
    rf"(?:remnants|remains|ashes|ruins)\s+of|"
    # "X has its origins in the 1997 split in Y": the split it came out of
    rf"(?:has|had|have)\s+(?:its|their)\s+(?:origins?|roots)\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:split|schism|rift|rupture|walkout|breakup|break-up)\s+(?:within|in|inside|from|with|of|among)\s+|"
    # "MEND, which drew many of its first fighters from the NDPVF": the men it began with
    rf"drew\s+(?:(?:many|most|much|some|the\s+bulk)\s+of\s+)?(?:its|their)\s+(?:first\s+|early\s+|original\s+|founding\s+)?"
    rf"(?:fighters|members|recruits|cadres|commanders|ranks)\s+from|"
    # "Hamas traces its roots to the Muslim Brotherhood"
    rf"trac(?:es|ed|e)\s+(?:its|their)\s+(?:roots|origins?)\s+(?:back\s+)?to|"
    # ("founded by cadres trained by the IRGC": a patron's training, not its members)
    # ("founded in January 2015 largely by former Y commanders": a month, a year and how much of it)
    rf"(?:formed|founded|created|set\s+up|established)\s+"
    rf"(?:(?!(?:trained|backed|armed|funded|financed|supported|sponsored|equipped)\b)\w+\s+){{0,5}}?by\s+(?:(?:a|another|one|a\s+new|a\s+second)\s+(?:small\s+)?group\s+of\s+|former\s+|"
    # ("set up in 2016 by a handful of Y members": how many came, then from where)
    rf"(?:a\s+handful|a\s+few\s+dozen|a\s+core|dozens|scores|hundreds)\s+of\s+|(?:a\s+few|several|some)\s+(?=former\s)|"
    # ("founded in 2000 by remnants of the Interahamwe who fled": what was left of Y)
    # ("formed in the summer of 2021 by followers of the Reichsbürger movement")
    rf"disaffected\s+|dissident\s+|breakaway\s+|defectors?\s+from\s+|members\s+of\s+|veterans\s+of\s+|fighters\s+from\s+|"
    rf"followers\s+of\s+|adherents\s+of\s+|"
    rf"remnants\s+of\s+|survivors\s+of\s+)*"
    # ("founded by P and other veterans of Y": the founder named first, then the men he came with)
    rf"|(?:formed|founded|created|set\s+up|established)\s+(?:[\w-]+\s+){{0,4}}?by\s+(?:(?:[A-Z][\w'’.-]*\s+){{1,4}}and\s+"
    rf"(?:other|several|fellow|some)\s+(?:[\w-]+\s+)?|(?:[\w-]+\s+){{0,2}}?)(?:members|fighters|militants|"
    # ("founded in November 2024 by the armed movements of the CSP-DPA")
    # ("set up by former activists of Y"; "created by prisoners who deserted Y")
    rf"commanders|dissidents|veterans|defectors|hardliners|mutineers|deserters|movements|factions|elements|cadres|"
    rf"activists|inmates|prisoners)\s+"
    # ("a militia founded by cadres trained in PKK camps")
    rf"(?:(?:trained|drawn|recruited|schooled)\s+(?:in|from)|who\s+(?:had\s+)?(?:broke|broken|split|defected)\s+(?:away\s+)?(?:from|with)|of|from)"
    # ("formed with weapons seized from Y", "formed with no help from Y": what it was made with, not of)
    rf"|(?:formed|founded|created)\s+(?:(?!(?:with|help|support|backing|weapons|arms|money|funds|funding)\b)\w+\s+){{0,3}}?"
    # ("created out of former fighters of both A and B")
    rf"(?:from|out\s+of)\s+(?:the\s+)?(?:remnants\s+of\s+|merger\s+of\s+|(?:former\s+)?(?:veterans|members|fighters|"
    # ("created in 2010 from units of Y": the new force took over the old one's men)
    rf"defectors|cadres|militants|commanders|units|battalions|brigades|elements)\s+of\s+(?:both\s+)?(?:the\s+)?)?"
    rf"|(?:founded|formed|created|set\s+up)\b[^.;]{{0,90}}?\b(?:fighters|members|militants|defectors|dissidents|loyalists|"
    rf"commanders|hardliners|students|activists|clerics|preachers|officers|cadres|veterans|inmates|prisoners)\s+"
    rf"who\s+(?:had\s+)?"
    # ("formed by commanders who came out of Y")
    rf"(?:(?:broke|broken|split|defected)\s+(?:away\s+)?from|left|quit|deserted|came\s+out\s+of|"
    rf"abandoned))"
    rf"\s*(?:the\s+)?(?:{_W}\s+)?$",
    re.I,
)
# "X, founded in 2015 by a former Y commander"; "X, led by P, a former Y preacher who defected"
_FOUNDED_BY_FORMER = re.compile(
    # ("The FLN (National Liberation Front) was founded in 2016 by P, a former Y commander": said outright)
    rf"^(?:\s*\([^()]{{1,25}}\))?{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|had\s+been)\s+)?"
    r"(?:(?P<led>led)|founded|formed|created|set\s+up|established)\s+"
    r"(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?by\s+(?:[^,;]{1,40}?,\s+)?(?:a|an|the|two|three|several)\s+former\s+$",
    re.I,
)
_FORMER_MEMBER_AFTER = re.compile(
    rf"^\s+(?:[\w-]+\s+)?(?:{_TITLE})s?\b(?P<defected>\s+who\s+(?:had\s+)?(?:defected|broke\s+away|split|left))?",
    re.I,
)
# "X was set up in 2016 by P, a commander who defected from Y": its founder brought it out of Y
_FOUNDED_BY_DEFECTOR = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:was\s+|had\s+been\s+)?(?:founded|formed|created|set\s+up|established)\s+"
    r"(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?by\s+[^,;]{1,40}?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_TITLE})s?\s+who\s+(?:had\s+)?(?:(?:earlier|previously|once|himself)\s+)?"
    r"(?:defected|broke\s+away|split|deserted)\s+from\s+(?:the\s+)?$",
    re.I,
)
# "Y loyalists who objected set up X"; "former Y members founded X"
_Y_MEMBERS_SET_UP_X = re.compile(
    r"^\s+(?:members|defectors|veterans|fighters|commanders|dissidents|hardliners|militants)\s+"
    r"(?:who\s+\w+\s+)?(?:later\s+)?(?:set\s+up|formed|founded|created|launched|established)\s+(?:the\s+)?$",
    re.I,
)
# "X, which merged in 2014 with fighters loyal to P to create Z"; "X merged with Y, a cell based in ..., to form Z"
_MERGED_TO_FORM = re.compile(
    r"^\s*,?\s+(?:(?:which|that)\s+)?(?:[\w-]+\s+){0,2}?merged\s+(?:[^.;]{0,140}?\s)?to\s+(?:form|create)\s+"
    r"(?:what\s+(?:became|is)\s+known\s+as\s+)?(?:the\s+)?$",
    re.I,
)
# "X joined Y and Z to form an alliance called W", "X joined forces with Y to create W": each member went into W
# (but "X joined Y to fight the army" says nothing of a new group)
_JOINED_TO_FORM = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,?\s+(?:(?:which|that)\s+)?(?:(?:later|formally|then|eventually|also)\s+)?"
    r"(?:joined|teamed\s+up\s+with|joined\s+(?:forces|hands)\s+with)\s+"
    r"(?P<members>[^.;]{1,120}?)\s+to\s+(?:form|create|found|launch|set\s+up)\s+"
    r"(?:(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+)?(?:alliance|coalition|umbrella|front|group|bloc|platform|grouping)\s*,?\s+"
    r"(?:called|named|known\s+as|dubbed)\s+)?(?:the\s+)?$",
    re.I,
)
# what follows a joined group when the sentence goes on to the new one: "... and Y to form W"
_TO_FORM_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s*,\s*(?:the\s+)?[^,;.]{1,60}?,?|\s+and\s+(?:the\s+)?[^,;.]{1,60}?)?\s+to\s+"
    r"(?:form|create|found|launch|set\s+up)\b",
    re.I,
)
_TO_FORM_WORDS = re.compile(r"\s+to\s+(?:form|create|found|launch|set\s+up)\b", re.I)
_MERGED_WITH_TO_FORM = re.compile(r"\bmerged\s+(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?$", re.I)
_TO_FORM = re.compile(
    r"^[^.;]{0,80}?\bto\s+(?:form|create)\s+(?:what\s+(?:became|is)\s+known\s+as\s+)?(?:the\s+)?$", re.I
)
# "The CPI (Maoist) was formed in 2004 through the merger of the PWG and the MCCI": each party to the merger
_FORMED_BY_MERGER = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:formed|created|founded|born|"
    r"established|set\s+up|emerged)\s+(?:(?:in|around)\s+(?:early\s+|late\s+|mid-)?\d{4}\s+)?(?:through|by|from|in|after|"
    r"following|out\s+of|via|with)\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:merger|amalgamation|fusion)\s+(?:of|between)\s+"
    r"(?:the\s+)?(?:[^.;]{0,160}?(?:,|\s+and)\s+(?:the\s+)?)?"
    # ("... Al-Mourabitoun and the Sahara branch of AQIM": a part of Y went into the merger, so X came from Y)
    r"(?:(?-i:[A-Z])[\w-]+\s+(?:branch|wing|faction|cell|unit)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "JNIM was formed in March 2017 when Ansar Dine, al-Mourabitoun and the Katiba Macina merged": each one that merged
_FORMED_WHEN_LIST = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:formed|founded|created|set\s+up|born|established|"
    r"launched)\b[^.;]{0,40}?\bwhen\s+(?:the\s+)?(?:[^.;]{0,120}?(?:,|\s+and)\s+(?:the\s+)?)?"
    r"(?:(?-i:[A-Z])[\w-]+\s+(?:branch|wing|faction|cell|unit)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_LIST_THEN_MERGED = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:(?!\b(?:was|were|is|are|had|has|have|said|says|who|which|that|when)\b)[^.;]){0,160}?"
    r"\s(?:merged|united|joined\s+forces|came\s+together|combined|amalgamated|fused)\b",
    re.I,
)
_LIST_GOES_ON = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?\s*(?:[,.;)]|$|\s+and\b|\s+(?:in|into|to|under)\b)", re.I
)
# "Neo-JMB emerged around 2015 when a group of JMB members led by P broke away"
_FORMED_WHEN_MEN = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:formed|founded|created|set\s+up|emerged|born|"
    r"established|appeared)\b[^.;]{0,40}?\bwhen\s+(?:(?:a|an|one)\s+(?:[\w-]+\s+)?(?:group|band|faction|number|handful|"
    r"cell|core|clique)\s+of\s+|(?:some|several|dozens\s+of|hundreds\s+of|many|hardline|disaffected|dissident|senior|"
    r"former|veteran)\s+)*(?:the\s+)?$",
    re.I,
)
# "... when a group of JMB members broke away and aligned themselves with the Islamic State": the new group's tie
_FORMED_WHEN_MEN_ALLIED = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:formed|founded|created|set\s+up|emerged|born|"
    r"established|appeared)\b[^.;]{0,40}?\bwhen\s+[^.;]{0,120}?\b(?:members|fighters|commanders|militants|leaders|cadres|"
    r"dissidents|hardliners)\b[^.;]{0,80}?\b(?:broke\s+away|split\s+(?:away|off)|splintered|defected|seceded)"
    r"(?:\s+from\s+[^.;,]{1,40}?)?\s+and\s+(?:(?:aligned|allied)\s+themselves\s+with|(?:pledged|swore)\s+(?:their\s+)?"
    r"(?:allegiance|loyalty)\s+to)\s+(?:the\s+)?$",
    re.I,
)
# "X began as a Y faction", "X started life as a wing of the Y": the part of Y that X was at first
_BEGAN_AS_PART = re.compile(
    r"^\s*,?\s+(?:(?:had|has|first|originally|initially)\s+)*(?:began|started|begun)\s+(?:life\s+|out\s+)?as\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+)?(?P<of>(?:faction|wing|cell|unit|branch|splinter\s+group|offshoot)\s+(?:of|within|inside)\s+"
    r"(?:the\s+)?)?$",
    re.I,
)
_BEGAN_PART_AFTER = re.compile(r"^(?:['’]s?)?\s+(?:faction|wing|cell|unit|branch|splinter\s+group)\b", re.I)
_MEN_BROKE_AWAY_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:members|fighters|commanders|militants|leaders|cadres|dissidents|hardliners|loyalists)\b"
    r"[^.;]{0,80}?\b(?:broke\s+(?:away|ranks|off)|split\s+(?:away|off)|splintered|defected|walked\s+out|seceded|quit)\b",
    re.I,
)
# "The MPCP is the last armed remnant of the Shining Path"
_REMNANT_OF = re.compile(
    rf"^{_APPOS}\s*(?:[—–]\s*)?,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|are|were|remains|became)\s+(?:now\s+)?)?"
    r"(?:the|a|an)\s+(?:(?:last|main|largest|surviving|armed|final|only|chief|remaining|active|most\s+active|"
    r"principal|biggest|militant)\s+)*remnants?\s+of\s+(?:the\s+)?$",
    re.I,
)
_ALONGSIDE_BEFORE = re.compile(
    r"\b(?:folded|merged|absorbed|integrated|incorporated)\s*,\s+(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+)?$",
    re.I,
)
_LOYAL_TO_BODY = re.compile(
    # ("PDF battalions loyal to the NUG": the militia's units)
    r"^\s*(?:\([^()]{1,25}\))?(?:\s+(?:battalions|units|brigades|companies|columns))?\s*,?\s+"
    r"(?:(?:which|that|who)\s+(?:is|are|was|were|remains?)\s+)?"
    r"(?:(?:still|nominally|formally|fiercely|officially)\s+)?loyal\s+to\s+(?:the\s+)?(?:(?:shadow|exiled|civilian|"
    # ("loyal to the opposition National Unity Government")
    r"parallel|interim|rival|opposition|ousted|deposed|elected)\s+)?$",
    re.I,
)
_INHERITED = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,?\s+"
    # "the Africa Corps, a force controlled by the Russian Defence Ministry that absorbed many of Wagner's men"
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:force|unit|corps|structure|formation|outfit|group|militia)\s+[^,;]{0,70}?\s+"
    r"(?=(?:which|that)\s))?"
    r"(?:(?:which|that)\s+)?(?:(?:has|had|largely|partly|effectively)\s+)*"
    r"(?:inherited|absorbed|took\s+over|taken\s+over)\s+(?:(?:much|most|many|some|part|the\s+bulk|thousands|hundreds)\s+of\s+)?"
    r"(?:the\s+)?$",
    re.I,
)
_MEN_INHERITED = re.compile(
    rf"^{_POSS}\s+(?:(?:former|remaining|surviving)\s+)?(?:personnel|fighters|contractors|members|commanders|cadres|"
    r"networks|men|ranks|structures)\b",
    re.I,
)
_QUIT = re.compile(
    r"\b(?:quit|left|leaving|quitting|abandoned|broke\s+(?:away\s+)?(?:with|from)|split\s+from|defected\s+from)\s+(?:the\s+)?$",
    re.I,
)
_QUIT_AND_SET_UP = re.compile(
    # "quit X in 2014 and formed Y"; "left X and set up his own faction, Y" (not "and formed an alliance with Y")
    r"^\s+(?:in\s+\d{4}\s+)?and\s+(?:later\s+|then\s+)?(?:set\s+up|formed|founded|created|launched|established|started)\s+"
    r"(?!(?:an?\s+)?(?:[\w-]+\s+)?(?:alliance|pact|coalition|partnership|front)\b)"
    r"(?:(?:(?:his|her|its|their)\s+own|a\s+new|a\s+rival)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:unit|group|faction|brigade|battalion|movement|organi[sz]ation|outfit|militia|network)?\s*,?\s+)?"
    r"(?:the\s+|called\s+(?:the\s+)?)?$",
    re.I,
)
_Y_LOYALISTS_SET_UP_X = re.compile(
    r"^\s+(?:loyalists|supporters)\s+(?:(?:who|that)\s+(?:\w+\s+){1,3}?)?(?:later\s+|then\s+)?"
    r"(?:set\s+up|formed|founded|created|launched|established)\s+(?:the\s+)?$",
    re.I,
)
_RENAMED_BRANCH = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?{_BRANCH}{RENAMED}$", re.I)
_TOGETHER_WITH = re.compile(
    r"^[^.;]{0,60}?\b(?:carried\s+out|conducted|staged|launched|mounted|planned|led|fought|waged)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:together|jointly|in\s+cooperation|in\s+concert)\s+with\s+(?:the\s+)?$",
    re.I,
)
_MERGER = re.compile(
    r"\b(?:merger|merging|amalgamation)\s+(?:of|between)\s+(?:the\s+)?$|\b(?:union|coalition|alliance)\s+of\s*$"
    r"|\bformed\s+by\s+(?:the\s+)?merg"
    # "was announced in 2017 as a merger of four outfits: A, B and C"
    r"|\b(?:merger|amalgamation)\s+of\s+(?:(?:two|three|four|five|six|seven|several)\s+)?(?:[\w-]+\s+)?(?:outfits|groups|"
    r"factions|movements|organi[sz]ations|militias|networks)\s*:\s*(?:the\s+)?$"
    # "JNIM, an umbrella group that brought together Ansar Dine, ..."
    r"|\bumbrella\s+(?:[\w-]+\s+)?(?:that|which)\s+(?:brought\s+together|merged|united|fused)\s+(?:the\s+)?$",
    re.I,
)

# "accuses the Taliban of sheltering the TTP": a host and its guest are allies, whatever the host says.
_SHELTERS = re.compile(
    r"^\s+(?:of\s+)?(?:sheltering|harbou?ring|hosting|protecting|shielding|sheltered|harbou?red|hosted|protected|"
    r"shelters|harbou?rs|hosts|protects)\s+(?:the\s+)?$",
    re.I,
)
# "P took X into an alliance with Y", "X entered into a partnership with Y"
_INTO_ALLIANCE = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:(?:entered|enters|entering)\s+)?into\s+(?:an?\s+|a\s+formal\s+)?(?:[\w-]+\s+)?"
    r"(?:alliance|partnership|pact|coalition)\s+with\s+(?:the\s+)?$",
    re.I,
)
_PAIR_CLOSE_AFTER = re.compile(
    r"^\s+(?:as\s+)?(?:(?:very|so|extremely)\s+)?(?:close|symbiotic|strong|warm|deep|intimate|cooperative)\b",
    re.I,
)
# "ISWAP is no longer Boko Haram's ally", "X is not Y's rival": a tie denied, not stated
# ("X was once Y's ally", "X had formerly been Y's rival": a past tie, not a present one)
_NO_LONGER = re.compile(
    r"\b(?:no\s+longer|not|never|hardly|formerly|previously|originally|(?:at\s+)?one\s+time|once(?!\s+again\b))\b|n['’]t\b",
    re.I,
)
# Up to two words between a copula and "Y's ally" (not "is allied with Y's rival", "is fighting Y's ally": there
# the kin is the object of a verb)
_COPULA_WORDS = r"(?:(?!(?:with|against|alongside|to|by|from|for|on|into|at)\b|[\w-]+ing\b)\w+\s+){0,2}?"
# "the old JMB, loyal to al-Qaeda's line": loyalty to a group's creed, not a tie to the group
_POSS_CREED_AFTER = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+)?(?:line|ideology|doctrine|creed|brand|teachings|worldview|methodology|vision)\b",
    re.I,
)
_ALLY_AFTER = re.compile(
    rf"^{_POSS}\s+(?:(?:closest|close|key|main|chief|principal|long-?time|long-?standing|strongest|oldest)\s+)*(?:ally|allies|partner|partners|patron|backer)\b",
    re.I,
)
_SEIZED_MEN = re.compile(
    r"^\s+(?:(?:has|have|had|since|also|repeatedly|then|later)\s+)*(?:jailed|arrested|detained|executed|killed|"
    r"assassinated|kidnapped|abducted|captured|hunted|hunting|arresting|killing)\s+"
    r"(?:(?:several|dozens\s+of|scores\s+of|hundreds\s+of|many|some|two|three|four|five|senior|top|its|their)\s+)*$",
    re.I,
)
_POSS_WAR = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:war|campaign|fight|feud|rivalry|offensive|battle|struggle|insurgency)\s+"
    r"(?:with|against)\s+(?:the\s+)?$",
    re.I,
)
_RIVAL_AFTER = re.compile(
    rf"^{_POSS}\s+(?:(?:chief|main|principal|bitter|arch|sworn|greatest)\s+)*(?:enemy|enemies|rival|rivals|foe|foes|nemesis)\b",
    re.I,
)
_X_AND_Y = re.compile(r"^\s+and\s+(?:the\s+)?$", re.I)
_PAIR_ALLIED_AFTER = re.compile(
    # (not "A and B are allies of C": the two are C's allies, not each other's)
    r"^\s+(?:are|were|have\s+been|remain|became)\s+(?:close\s+|long-?time\s+)?(?:allies|partners)\b"
    r"(?!\s+(?:of|to|with|against)\b)"
    r"|^\s+(?:have\s+|had\s+)?(?:formed|forged|announced|sealed|signed)\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:alliance|coalition)\b",
    re.I,
)
_PAIR_RIVAL_AFTER = re.compile(
    r"^\s+(?:are|were|have\s+been|remain|became)\s+(?:bitter\s+|arch-?)?(?:rivals|enemies|foes)\b|^\s+(?:have\s+)?(?:competed|clashed|fought)\b"
    # (not "X and Y have clashed with the army", nor "X and Y fought the army": a third party)
    r"(?!\s+(?:with|against)\s+(?!each\s+other|one\s+another))"
    r"(?:(?<!fought)|(?<=fought)(?=\s*(?:[,.;:]|$)|\s+(?:each\s+other|one\s+another|repeatedly|often|bitterly|fiercely|"
    r"sporadically|regularly|for|over|since|in|near|around|on|during|throughout|last|this|until)\b))"
    # "X and Y have been fighting each other"
    r"|^\s+(?:(?:have|had)\s+been\s+|are\s+|were\s+|have\s+)?(?:fighting|clashing|battling|feuding|fought|battled)\s+"
    r"(?:(?:each\s+other|one\s+another)\b|(?:[\w-]+\s+){0,3}?(?:for|over)\s+(?:control|territory|turf))"
    # "X and Y have been clashing since 2016" (a clash or a feud takes two; not "clashing with the army")
    r"|^\s+(?:(?:have|had)\s+been\s+|are\s+|were\s+)(?:(?:repeatedly|frequently|often|regularly)\s+)?"
    r"(?:clashing|feuding)(?=\s*[.;,]|\s+(?:since|for|over|in|near|around|across|repeatedly|intermittently|"
    r"sporadically|regularly|frequently|bitterly|fiercely|again)\b)",
    re.I,
)
# "the rivalry between X and Y"; "the bitter rift that now runs between X and Y"
_PAIR_RIVAL_BEFORE = re.compile(
    r"\b(?:rivalry|rivalries|feud|fighting|clashes|war|competition|schism|conflict|fault\s+line|rift|divide|"
    r"tensions?|hostility|enmity|animosity|struggle|infighting|battles?)\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?$",
    re.I,
)
_PAIR_ALLIED_BEFORE = re.compile(
    r"\b(?:alliance|partnership|cooperation|ties|links|relationship|relations)\s+between\s+(?:the\s+)?$", re.I
)


# Names of military and security units, which belong to a larger force: "82nd Airborne Division".
_UNIT_NAME = re.compile(
    r"\b(?:Group|Brigade|Division|Regiment|Battalion|Command|Corps|Squadron|Force|Forces|Unit|Wing|Fleet|Agency|"
    # ("the IRGC, whose Quds Base is responsible for the south-east")
    r"Directorate|Service|Network|Front|Team|Panel|Committee|Office|Bureau|Brigades|Battalions|Base|Headquarters)$"
)


# "the FAI's Nikos Cell": an underground group's named cells and columns (only where the owner is named with "'s");
# "Ansar Dine's Katiba Khalid ibn Walid", "the Muslim Brotherhood's Liwa al-Thawra": Arabic names open with the unit
# word ("battalion", "companies", "brigade")
_CELL_NAME = re.compile(r"\b(?:Cell|Cells|Column|Nucleus)$|^(?:Katiba|Katibat|Saraya|Liwa)\s")
# a group named "... Group", "... Network" or "... Front" is a group in its own right, not a unit of the next
_NOT_A_UNIT_OF = re.compile(r"\b(?:Group|Network|Front)$")
# "the 33rd Front of the EMC", "the Tariq Brigade of X": the part's name holds a unit word
_PART_NAMED = re.compile(
    r"\s(?:faction|wing|branch|cell|front|brigade|battalion|column|bloc|block|squadron)$", re.I
)
# "Russia's Africa Corps, a paramilitary force under the control of the Russian defence ministry"
# ("the Africa Corps, a structure under the Russian Ministry of Defence"; "a unit placed directly under Russia's ...")
_UNDER_CONTROL_OF = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:force|unit|militia|group|wing|corps|outfit|structure|formation|body|"
    # "CJTF-OIR, the coalition headquarters under CENTCOM"
    r"headquarters|command|task\s+force|component|office|directorate)\s+"
    r"(?:(?:(?:placed|brought|put|operating|that\s+operates|which\s+operates)\s+)?(?:directly\s+|formally\s+|now\s+)?under"
    r"(?:\s+the\s+(?:direct\s+|overall\s+)?(?:control|command|authority)\s+of)?|controlled\s+by|commanded\s+by|run\s+by)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*(?:'s|’s)\s+)?$",
    re.I,
)
# "The SDF, whose core is the Kurdish YPG": the part the whole is built around
# "X itself broke apart around 2005 into two factions, the"; "X split into two rival wings:" (but not "X's men
# split into two columns": a column is not a group)
_SPLIT_INTO_FACTIONS = re.compile(
    r"^\s+(?:itself\s+)?(?:(?:has|had|have|was|then|later|soon|eventually)\s+)*"
    r"(?:broke|broken|split|splintered|fractured|divided|fragmented)\s+(?:apart\s+|up\s+)?(?:[^,;.]{0,30}?\s+)?"
    r"into\s+(?:two|three|four|several|rival)\s+(?:(?:rival|main|armed|competing|separate)\s+)?"
    r"(?:factions|wings|groups|camps|branches)\s*(?:,|:|—|–|\s-)?\s+(?:namely\s+)?(?:the\s+)?$",
    re.I,
)
_FACTION_AND = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,?\s+and\s+(?:the\s+)?$", re.I)
# "X split in 2005 into the rival A and B factions": the factions named before the word "factions"
_SPLIT_INTO_NAMED = re.compile(
    r"^\s+(?:itself\s+)?(?:(?:has|had|have|was|then|later|soon|eventually)\s+)*"
    r"(?:broke|broken|split|splintered|fractured|divided|fragmented)\s+(?:apart\s+|up\s+)?(?:[^,;.]{0,30}?\s+)?"
    r"into\s+(?:the\s+)?(?:two\s+)?(?P<rival>(?:rival|competing|feuding|warring)\s+)?(?:separate\s+)?$",
    re.I,
)
_FACTIONS_WORD_AFTER = re.compile(r"^\s+(?:factions|wings|camps)\b", re.I)
_OPERATES_THROUGH = re.compile(
    # "X is said by police to operate through Y": a reported word on the same tie
    r"^\s+(?:(?:is|are|was|were)\s+(?:said|believed|thought|reported|understood|alleged|known)\s+"
    r"(?:by\s+(?:[\w'’.-]+\s+){1,3}?)?to\s+)?(?:(?:largely|mainly|mostly|partly|chiefly|primarily|often|now|increasingly)\s+)?"
    r"(?:operates|operate|operated|operating|acts|act|acted|works|work|worked|fights|fight|fought)\s+"
    r"(?:(?:largely|mainly|mostly|partly|chiefly|primarily|often|now|increasingly)\s+)?through\s+(?:the\s+)?$",
    re.I,
)
_GREW_OUT_OF_MEN = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:grew|emerged|developed|evolved|sprang)\s+(?:out\s+of|from)\s+"
    r"[^;.]{0,60}?\b(?:run|founded|set\s+up|created|led|started|formed)\s+by\s+(?:(?:former|ex-|disaffected|exiled)\s+)*$",
    re.I,
)
_MEN_WORD_AFTER = re.compile(
    r"^\s+(?:members|veterans|fighters|leaders|cadres|activists|militants|commanders|defectors)\b", re.I
)
_POSS_START_AFTER = re.compile(r"^(?:'s|’s)\b")
_SECOND_PARENT = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,?\s+and\s+(?:of|from)\s+(?:the\s+)?$", re.I)
_ALLIES_AFTER = re.compile(r"^\s+(?:allies|ally|partners|partner)\b", re.I)
_WHOSE_CORE_IS = re.compile(
    # ("the SDF, the Kurdish-led force whose backbone is the YPG": an apposition may name what the whole is first)
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:force|alliance|coalition|group|militia|"
    r"umbrella|front|movement|bloc|organi[sz]ation)\s+)?whose\s+(?:(?:main|largest|leading|dominant|armed|military|political|fighting)\s+)?"
    r"(?:core|backbone|nucleus|component|wing|arm)\s+(?:is|was|remains|has\s+long\s+been)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+)?$",
    re.I,
)
# "Dawlah Islamiyah, which the military regards as part of the Islamic State's East Asia Province"
_REGARDED_PART_OF = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:which|that|whom)\s+(?:the\s+)?[^,;]{1,40}?\s+(?:regards?|regarded|considers?|"
    r"considered|sees|saw|views?|viewed|treats?|treated|counts?|counted)\s+as|(?:which|that|who)\s+(?:is|was|are|were)\s+"
    r"(?:widely\s+|now\s+|officially\s+)?(?:regarded|considered|seen|viewed|treated|counted)(?:\s+by\s+[^,;]{1,30}?)?\s+as)\s+"
    r"(?:a\s+)?part\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:'s|’s)\s+)?$",
    re.I,
)


_ALLIANCE_NAME = re.compile(r"\b(?:Alliance|Coalition|Front)$")
_BLOC_WORD = re.compile(
    r"^\s+(?:alliance|coalition|umbrella|front|bloc|grouping|federation|confederation)\b", re.I
)
# "X, a BLA splinter, ...; A second Boko Haram splinter, the Lakurawa group": the parent before the word
_Y_OFFSHOOT_COMMA_X = re.compile(
    r"^\s+(?:group\s+)?(?:offshoot|splinter(?:\s+group|\s+faction)?|(?:breakaway|dissident|renegade)\s+(?:group|faction))"
    r"\s*,\s+(?:the\s+)?$",
    re.I,
)


# "Katiba Macina, a member of the JNIM alliance"; "X is one of the groups in the Y coalition"; "X, a founding
# member of Y"
_X_MEMBER_OF_Y = re.compile(
    rf"^{_APPOS}\s*(?:,\s+(?:which|that)\s+(?:is|was|remains|became)\s+|,\s+|\s+(?:is|was|are|were|remains|became|has\s+been)\s+)"
    r"(?:now\s+|still\s+|also\s+|formally\s+)*"
    r"(?:(?:a|an|the)\s+(?:(?:founding|key|leading|core|major|main|constituent|junior|senior|powerful|dominant|largest|"
    r"biggest|strongest)\s+)*"
    r"(?:member|component|constituent|member\s+group|member\s+faction|member\s+organi[sz]ation)"
    # "the dominant member of an umbrella body, the KCK": the kind of the whole, then its name apposed
    r"(?:\s+of\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:body|alliance|coalition|bloc|front|federation|network|platform|"
    r"organi[sz]ation|grouping)\s*,)?|"
    r"(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:members|components|constituents|(?:member\s+)?groups|factions|"
    r"(?:member\s+)?organi[sz]ations|militias)(?:\s+that\s+(?:make|made|makes)\s+up(?=\s+(?:the\s+)?$))?)"
    # "one of the groups that make up JNIM": the verb takes the whole without a preposition
    r"(?:\s+(?:of|in|within))?\s+(?:the\s+)?$",
    re.I,
)
# "the ADF falls under the Islamic State's umbrella"; "X operates under the Y umbrella"
_UNDER_UMBRELLA = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:now|also|formally|nominally|has|have|had|since)\s+)*"
    r"(?:falls?|fell|fallen|operates?|operated|operating|fights?|fought|fighting|sits?|sat|came|comes|come|brought|"
    r"is|was|are|were|been)\s+under\s+(?:the\s+)?$",
    re.I,
)
_UMBRELLA_AFTER = re.compile(rf"^(?:{_POSS})?\s+(?:[\w-]+\s+)?(?:umbrella|banner|command)\b", re.I)
# "Ansaru, made up of defectors from Boko Haram"; "X, composed largely of former Y fighters"
_MADE_UP_OF = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has\s+been)\s+)?(?:(?:largely|mostly|mainly|chiefly|"
    r"initially|originally)\s+)?(?:made\s+up|composed|comprised|consisting|consists|consisted)\s+"
    r"(?:(?:largely|mostly|mainly|chiefly|initially|originally)\s+)?of\s+(?:(?:former|ex-|disaffected|dissident)\s*)?"
    # ("made up of fighters who broke away from Boko Haram")
    r"(?P<men>(?:defectors|members|fighters|commanders|veterans|dissidents|deserters)\s+(?:(?:who|that)\s+(?:had\s+)?"
    r"(?:broke\s+away|split\s+(?:away\s+)?|defected|deserted|walked\s+out|broken\s+away)\s+)?(?:from|of)\s+(?:the\s+)?)?$",
    re.I,
)
_MEN_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:defectors|members|fighters|commanders|veterans|dissidents|deserters|militants)\b",
    re.I,
)


# "under its leader P": a person's title after the pronoun
_ITS_LEADER_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:leader|leaders|chief|commander|founder|head|emir|leadership)\b", re.I
)
# a name that is the object of a verb or a preposition: "pledged allegiance to X", "fought alongside X"
# the agent of a passive verb: "presented by X", "described by the X"
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?$")
# ... then "as" what it describes ("by IS propaganda as the branch of Z"), not an apposition of its own ("owned by
# X UK, the British arm of X")
_AS_AFTER_AGENT = re.compile(r"^\s+(?:[\w'’-]+\s+){0,3}?as\s", re.I)
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|with|from|against|alongside|by|under|joined|fought|attacked)\s+(?:the\s+)?$", re.I
)
# a body named as an office: "the al-Siddiq office", "the Media Bureau", "the General Directorate of Provinces"
_OFFICE_NAME = re.compile(r"\b(?:office|bureau|directorate)\b", re.I)
# "X, run from the mountains of A by Y"; "X, hosted by Y"
_RUN_BY = re.compile(
    r"^[*_]*\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:(?:now|still|largely|jointly)\s+)?"
    r"(?:run|hosted|overseen|managed|directed|operated|headed|controlled)(?:\s+(?:from|in|out\s+of)\s+[^,;()]{1,50}?)?"
    r"\s+by\s+(?:the\s+)?$",
    re.I,
)
_X_COMMA_THE = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the|an?)\s+$", re.I)
# "the Y Front belongs to the Z alliance"; "the unit, raised from local recruits, is part of the state police": said
# outright, a part of a larger group or body (a list before it shares the verb: "A and B both belong to C")
_BELONGS_TO = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:both|all|also|now|still|formally|officially|nominally)\s+)*"
    r"(?:(?:belongs?|belonged)\s+to|(?:is|was|are|were|remains|has\s+been|have\s+been)\s+"
    r"(?:(?:both|all|also|now|still|formally|officially|nominally|effectively)\s+)*(?:an?\s+)?(?:integral\s+|formal\s+)?"
    r"part\s+of)\s+(?:the\s+)?$",
    re.I,
)
# "A, led by P, and the B": the names that share the verb after the last of them
_LISTED_WITH = re.compile(r"^(?:\s*\([^()]{1,25}\))?(?:\s*,[^,;]{1,60},)?\s*,?\s+and\s+(?:the\s+)?$", re.I)
# "the alliance includes the Y, ..., and the Z"; "X brings together the Y and the Z": the whole names its members
_INCLUDES = re.compile(
    # (not "X, which includes the Y": an umbrella's relative clause, which the umbrella rule reads)
    r"^(?:\s*\([^()]{1,25}\))?\s*,?\s+(?:(?:now|also|still)\s+)?"
    r"(?:includes|included|comprises|comprised|brings\s+together|brought\s+together|unites|united)\s+(?:the\s+)?$"
    # "Its units in the north include the Y Brigade and the Z Division"; "X's member factions include the Y"
    r"|^(?:'s|’s)?\s+(?:(?:main|largest|leading|member|constituent|armed|fighting)\s+)*(?:units|factions|member\s+groups|"
    r"components|brigades|fronts|battalions)(?:\s+(?:on|in|along|around)\s+[^,;()]{1,40}?)?\s+(?:include|included)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# the next member of such a list, past a relative clause about the one before ("the Y, which runs the border, and the Z")
_NEXT_MEMBER = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s*,\s+(?:which|that|who)\s[^,;()]{1,140}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$",
    re.I,
)
# "the bombing was carried out by the group's X Brigade": the group the sentence names, told by its kind
_THE_GROUPS_UNIT = re.compile(
    r"\bthe\s+(?:group|movement|organi[sz]ation|outfit|militia|insurgents|rebels|militants)(?:'s|’s|')\s+"
    r"(?:(?:elite|special|own|armed|military|suicide)\s+)?$",
    re.I,
)
_PART_WORD_AFTER = re.compile(
    # ("the al-Qaeda loyalist faction": loyal to it, not part of it)
    rf"^\s+(?:(?!(?:and|or|of|rival|enemy|former|loyalist|allied|aligned|linked|inspired|friendly|backed)\b)[\w-]+\s+){{0,2}}?"
    # ("a TTP faction that split from the group": what the clause says decides, and the pair rules read it)
    rf"(?:{_BRANCH}|{_ORGAN}|task\s+force)\b(?!\s+(?:of|for|that|which|who)\b)",
    re.I,
)
# ("a UN office worker", "an office of the mayor": the office is someone else's, or not the name's kind)
_OFFICE_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:office|bureau)\b(?!\s+(?:of|worker|workers|staff|building)\b)", re.I
)
# "X, whose Y Brigade": only the bare possessive, not "whose fighters attacked the Y Brigade"
_WHOSE_UNIT = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+whose\s+(?:own\s+|elite\s+)?$", re.I)
# A military or peacekeeping operation is its commander's: "the army's counter-insurgency operation"
_POSS_OPERATION_AFTER = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:operation|task\s+force|mission)\b(?!\s+(?:of|for|to|against)\b)",
    re.I,
)
_OPERATION_NAME = re.compile(r"^Operation\s+[A-Z]")

# "X within the Y", "X under Y's": a part inside its whole
_WITHIN = re.compile(rf"^\s+(?:within|inside|under)\s+(?:the\s+)?(?:{_W}{_POSS}\s+)?(?:the\s+)?$", re.I)
_BRANCH_AFTER = re.compile(rf"^\s+{_BRANCH}\b", re.I)
_POSS_UNIT = re.compile(rf"^{_POSS}\s+(?:(?:elite|special|own|armed|military)\s+)?$")
# "IS announced it via its Amaq outlet": the subject's own verb, with no comma or other name before "its"
_OWN_VERB_TO_ITS = re.compile(
    r"^\s+(?:(?:also|later|then|quickly|swiftly|formally)\s+)?(?:claimed|announced|published|released|issued)\s+"
    r"(?:(?:it|them|the\s+\w+|responsibility)\s+)?(?:through|via|in\s+a\s+(?:[\w-]+\s+){0,2}?statement\s+(?:from|by|on))\s+"
    r"(?:its|their)\s+"
)
# "X and its Y": the name just before "and its" owns what follows
_NAME_AND_ITS = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s+and\s+(?:its|their)\s+(?:own\s+)?$", re.I)
_CLAUSE_OPENS = re.compile(r"(?:[,;]\s+(?:and|but|while|whereas)|^|\.)\s*(?:the\s+)?$", re.I)
# "deserters from Y who swore loyalty to Z": men named by where they came from, then their own clause
_MEN_WHO = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s+(?:who|that)\s", re.I)
# "set up by veterans of Y, the militia's old guard, who quit ...": the men's clause after an apposition of Y
_MEN_APPOS_WHO = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the|its|a|an)\s[^,;]{1,80},\s+who\s", re.I)
# "founded by members of Y, who broke with the movement": "who" after a group's name is its men
_MEN_COMMA_WHO = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+who\s", re.I)
# "members of Y, the armed wing of Z, who ...": Z ends an apposition that names what Y is
_APPOSED_PART_OF = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the|its|a|an)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:wing|arm|branch|faction|affiliate|cell|unit|offshoot|splinter|militia|youth\s+wing)\s+of\s+(?:the\s+)?$",
    re.I,
)
_MEN_FROM_BEFORE = re.compile(
    r"\b(?:defectors|deserters|members|fighters|militants|veterans|dissidents|commanders|loyalists|cadres|inmates|activists)\s+"
    r"(?:from|of)\s+(?:the\s+)?$",
    re.I,
)
# "X, a small faction founded in 2012 that has been allied with Y": when it was formed changes nothing
# (the year is already gone from `between`)
_BARE_FORMED = re.compile(
    r"\b(group|faction|militia|outfit|movement|network|gang)\s+(?:formed|founded|created|set\s+up|established|launched)"
    r"(?=\s+(?:that|which)\s)",
    re.I,
)
_RIVAL_OF_PARENT_AFTER = re.compile(
    r"^[^;.,]{0,40}?,\s+(?:is|was|has\s+become|became|remains)\s+(?:now\s+)?(?:a|an|the)\s+"
    r"(?:(?:sworn|bitter|fierce|main|chief|deadly|violent)\s+)*(?:rival|enemy|foe)\s+(?:of|to)\s+(?:its|their)\s+"
    r"(?:(?:former|old|one-?time|erstwhile)\s+)?(?:parent|mother)(?:\s+(?:group|organi[sz]ation|movement|gang))?\b",
    re.I,
)
_ON_BEHALF_OF = re.compile(
    # (a name in quotes: 'a leaflet from the "X" claimed the ambush on behalf of Y')
    r"^[\"”’']?\s*(?:\([^()]{1,25}\))?\s*,?\s+(?:(?:has|had|also|later|then)\s+)*claimed\s+(?:responsibility\s+for\s+)?"
    r"(?:the|an?|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+"
    r"(?:[\w-]+\s+){0,2}?on\s+behalf\s+of\s+(?:the\s+)?$",
    re.I,
)
_MEN_OF_THE_GROUPS = re.compile(
    r"^\s+(?:fighters|militants|members|gunmen|men|cadres)\s+(?:belonging\s+to|from|of)\s+(?:the\s+)?"
    r"(?:group|movement|militia|organi[sz]ation|network)(?:'s|’s)\s+$",
    re.I,
)
# A bracketed gloss after a name, too long to be an acronym: "(Soldiers of al-Aqsa; also rendered ...)"
_GLOSS = re.compile(r"^[*_]*\s*\([^()]{26,150}\)")
_SET_UP_BEFORE = re.compile(
    r"\b(?:set\s+up|founded|formed|launched|created|established)\s+(?:the\s+)?$", re.I
)
_AFTER_BREAKING = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:(?:around|in|about|circa|by)\s+\d{4}\s+)?(?:after|when|following)\s+"
    r"(?:(?:he|she|they)\s+(?:broke|split)|breaking|splitting|his\s+split|her\s+split|their\s+split)\s+"
    r"(?:away\s+|off\s+)?(?:with|from)\s+(?:the\s+)?$",
    re.I,
)
_BROKE_WITH = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:(?:later|then|eventually|finally|openly)\s+)?broke\s+with\s+(?:the\s+)?$",
    re.I,
)
# "Stanford University's Center for International Security": a body's own programme, centre or office
_SUB_BODY_NAME = re.compile(
    r"^(?:Program|Programme|Center|Centre|Institute|School|Faculty|Department|Laboratory|Initiative|Project|Office|"
    r"Bureau|Unit|Division|Directorate)\b"
)
# "the SDF's Raqqa Military Council", "the provincial police's Counter Terrorism Department", "the UN's Security
# Council": a body named with its owner and ending in a body word is the owner's part
# ("the National Security Division's Counterterrorism Section": a section of a division)
_OWNED_BODY_END = re.compile(r"\b(?:Council|Department|Mission|Section)$")
# ("the RCMP's Toronto-based Integrated National Security Enforcement Team": where the unit sits, on the way)
# ("HTS's General Security Service": a rank-like word NER left out of the unit's name)
_POSS_OWNED = re.compile(
    rf"^{_POSS}\s+(?:own\s+|official\s+|elite\s+|(?-i:[A-Z])[\w.'’]+-based\s+|(?-i:General|Central|Special)\s+)?$"
)
# the unit word after an owned name: "the EU's Atalanta naval mission", "the Guards' Hamza base", "the church's Kano
# diocese", "the army's Sokola operations sector" (not "the army's Kano office of ...": a place's office)
_UNIT_WORD_AFTER = re.compile(
    r"^\s+(?:(?:naval|military|training|peacekeeping|air|regional|operations|news|media|press)\s+)?"
    r"(?:mission|base|headquarters|command|sector|diocese|eparchy|agency|outlet|foundation|force|brigade|battalion|"
    r"unit|division|corps|office|"
    # "the State Department's Rewards for Justice programme", "the council's Yemen sanctions committee"
    r"programme|program|committee|panel|centre|center)\b(?!\s+(?:of|for|in|to)\b)",
    re.I,
)
# "the Rapid Support Unit, which answers nominally to the interior ministry": the body it is subordinate to (not
# "which answered the call of", "which reported to the UN that": a reply or a report, not a chain of command)
_ANSWERS_TO = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:which|that)\s+(?:(?:nominally|formally|officially|directly|now|still|ultimately|"
    r"in\s+theory)\s+)?(?:answers|reports)\s+(?:(?:nominally|formally|officially|directly|only|ultimately)\s+)?to\s+"
    rf"(?:the\s+)?(?:[A-Z][\w.-]+{_POSS}\s+)?$",
)
# "a fellow at the Centre for Peace Research at Makerere University": a university's own centre or institute
_RESEARCH_BODY = re.compile(
    r"\b(?:Centre|Center|Institute|Observatory|Programme|Program|Laboratory|Initiative|Project|School|Faculty)\b"
)
_UNIVERSITY = re.compile(r"\b(?:University|College|Universidad|Universit[eé]|Universit[aä]t)\b")
_AT_UNIVERSITY = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s+at\s+(?:the\s+)?$", re.I)
# the centre named as where a person works: "P, a fellow at the", "P of the" (not "a bomb outside the")
_WORKS_AT_BEFORE = re.compile(r"\b(?:at|of|with|from)\s+(?:the\s+)?$", re.I)
# "the army's 3rd Division", "the military's Lagos-based 81 Division": a force named by its kind, then its unit
_THE_ARMY_POSS = re.compile(
    rf"\bthe\s+(?:army|military|armed\s+forces){_POSS}\s+(?:[\w-]+-based\s+|elite\s+)?$", re.I
)
# "X's chief enemy is Y", "X's closest ally remains Y"
_POSS_ENEMY_IS = re.compile(
    rf"^{_POSS}\s+(?:(?:chief|main|principal|bitter|arch|sworn|greatest)\s+)*(?:enemy|rival|foe)"
    r"(?:\s+in\s+(?:the\s+)?[\w-]+)?\s+(?:is|was|remains)\s+(?:the\s+)?$",
    re.I,
)
_POSS_ALLY_IS = re.compile(
    rf"^{_POSS}\s+(?:(?:closest|close|key|main|chief)\s+)*(?:ally|partner)\s+(?:is|was|remains)\s+(?:the\s+)?$",
    re.I,
)
# "the militia regards the cartel as its deadliest enemy": X names Y its enemy (but not "regards Y as its
# enemy's ally", nor "regards Y as a partner")
_X_COUNTS_Y_AS = re.compile(
    # "the Taliban, who have ruled since 2021 and count Y as their most dangerous enemy"
    r"^(?:\s*,\s+(?:who|which|that)(?:\s+[^,;]{1,60}?\s+and|\s+[^,;]{1,60}?,)?)?\s+(?:(?:also|still|now|long|openly|have|has|had|always|increasingly)\s+)*(?:count|counts|counted|regard|regards|"
    r"regarded|see|sees|saw|consider|considers|considered|view|views|viewed|treat|treats|treated|name|names|named)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_AS_ITS_ENEMY_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?\s+as\s+(?:its|their|his|the\s+group's|an?)\s+(?:(?:most\s+[\w-]+|single|chief|main|principal|greatest|"
    r"biggest|bitterest|deadliest|fiercest|sworn|arch|real|true|primary|[\w-]+est)\s+){0,3}"
    r"(?:enemy|enemies|rival|rivals|foe|foes|adversary|adversaries|nemesis)\b(?![’']s|\s+of\b)",
    re.I,
)
# "the Lions are allied with the Front, as are the Eagles": the last named shares the first's ally
_ALIGNED_WITH_BEFORE = re.compile(
    r"\b(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:(?:also|closely|now|firmly|formally|loosely)\s+)?"
    r"(?:allied|aligned)\s+(?:with|to)\s+(?:the\s+)?$",
    re.I,
)
_AS_ARE = re.compile(r"^(?:\s*\([^()]{1,25}\))?\s*,\s+as\s+(?:is|are|was|were)\s+(?:the\s+)?$", re.I)


# "Cairo describes Hasm as the armed wing of the Brotherhood, which the Brotherhood denies": a claim disowned
_DISPUTED_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?\s*,\s+(?:(?:which|that)\s+|(?:a|an)\s+(?:claim|charge|link|label|allegation|accusation|"
    r"description|characteri[sz]ation)\s+(?:(?:which|that)\s+)?)(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:has|have|had|always|"
    r"strongly|flatly|repeatedly)\s+)*(?:denies|denied|deny|rejects|rejected|reject|disputes|disputed|dismisses|dismissed)\b",
    re.I,
)
# "the al-Quds Brigades ... described the Jenin Brigade as one of its battalions": the describer's own part
_DESCRIBED_AS = re.compile(
    r"\b(?:described|describes|describing|called|calls|named|names|listed|lists|counted|counts|considers|considered|"
    r"recogni[sz]ed|recogni[sz]es|acknowledged|presented|presents)\s+(?:the\s+)?$",
    re.I,
)
# "described X as having been allied with Y", "considers X as closely aligned with Y": the describer's word on the pair
# (not "as having broken with Y", nor "as once allied with Y")
_AS_ALLIED_WITH = re.compile(
    r"^\s+as\s+(?:having\s+been\s+|being\s+)?(?:(?:closely|firmly|tactically|long)\s+)?(?:allied|aligned)\s+with\s+"
    r"(?:the\s+)?$",
    re.I,
)
_AS_ITS_PART_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s*,\s+(?:also\s+|better\s+)?(?:known|called)\s+as\s+[^,;]{1,40},)?\s+as\s+"
    r"(?:(?:one|part)\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:battalions?|brigades?|units?|branch(?:es)?|"
    r"affiliates?|provinces?|wings?|factions?|cells?|divisions?|components?)\b",
    re.I,
)


# "Kataib Hezbollah's fighters are formally enrolled in the PMF"; "X was integrated into Y": a member of the whole
_ENROLLED_IN = re.compile(
    rf"^(?:{_POSS}\s+(?:fighters|members|units|brigades|men|cadres|battalions)\s*)?{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?"
    r"(?:(?:are|were|is|was|have\s+been|has\s+been|had\s+been|formally|officially|nominally|now|also|largely|since)\s+)+"
    r"(?:enrolled|registered|integrated|incorporated|enlisted)\s+(?:in|into|within)\s+(?:the\s+)?$"
    # "X fields brigades inside the PMF", "All three field their own battalions within Y": its units are the whole's
    rf"|^{_APPOS}\s*,?\s+(?:(?:also|now|still|each|all|both|formally|officially)\s+)*(?:field|fields|fielded)\s+"
    r"(?:(?:its|their)\s+own\s+)?(?:[\w-]+\s+){0,2}?(?:brigades|battalions|units|formations|regiments)\s+"
    r"(?:within|inside|in)\s+(?:the\s+)?$",
    re.I,
)
# "X fights as a unit of Ukraine's armed forces"; "X, made up of Russian citizens who fight as units of Y"
_FIGHTS_AS_UNIT_OF = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:(?:is|are|was|were)\s+(?:based|active|headquartered|stationed)\s+[^,;.]{{0,50}}?\s+and\s+)?"
    r"(?:(?:is|are|was|were)\s+)?(?:made\s+up|composed|formed)\s+of\s+(?:[\w-]+\s+){1,4}?"
    r"(?:who|that)\s+|(?:which|that|who)\s+)?(?:(?:now|formally|officially|nominally|also|still)\s+)*"
    r"(?:fight|fights|fought|serve|serves|served|operate|operates|operated)\s+as\s+(?:an?\s+)?(?:(?:regular|official|"
    r"formal|volunteer|separate|foreign)\s+)?(?:units?|part|battalions?|brigades?|formations?|components?|detachments?)\s+"
    r"(?:of|in|within)\s+(?:the\s+)?$",
    re.I,
)
# "the EMC, the largest of the dissident factions that rejected the 2016 peace deal with the FARC"
_DISSIDENTS_THAT_REJECTED = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:one|the\s+(?:largest|biggest|strongest|most\s+[\w-]+|main|best-known|oldest))\s+"
    r"of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+)?(?:dissident|breakaway|splinter|holdout)\s+(?:factions?|groups?|fronts?|units?)\s+"
    r"(?:that|which|who)\s+(?:(?:had|have|has)\s+)?(?:rejected|refused|spurned|repudiated|walked\s+away\s+from|broke\s+with|"
    r"abandoned)\s+(?:the\s+)?[^,;()]{0,60}?\s+(?:with|of|by)\s+(?:the\s+)?$",
    re.I,
)
# "the EMC, the largest of the factions that rejected the peace deal between the government and the FARC": a faction
# that refused its own side's accord (factions, not other groups: "one of the groups that rejected the truce with Y")
_FACTIONS_THAT_REJECTED = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:one|the\s+(?:largest|biggest|strongest|most\s+[\w-]+|main|best-known|oldest))\s+"
    r"of\s+the\s+(?:[\w-]+\s+)?(?:factions|fronts)\s+(?:that|which|who)\s+(?:(?:had|have|has)\s+)?(?:rejected|refused|spurned|"
    r"repudiated|walked\s+away\s+from|abandoned)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:peace\s+)?(?:agreement|deal|accord|"
    r"process)\s+(?:(?:signed\s+)?between\s+(?:the\s+)?(?:[\w-]+\s+)?(?:government|state)\s+and|with|of|by)\s+(?:the\s+)?$",
    re.I,
)
# "Wagner ...; its role has been taken over by the Africa Corps, a force ... that absorbed many of its former
# contractors": a successor built from the men of the group "its" stands for
_ABSORBED_ITS_MEN_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the)\s+[^,;]{0,80}?\s(?:which|that)\s+(?:(?:has|had|largely|partly)\s+)*"
    r"(?:absorbed|inherited|took\s+over|recruited)\s+(?:(?:much|most|many|some|part|the\s+bulk|thousands|hundreds)\s+of\s+)?"
    r"(?:its|their)\s+(?:(?:former|remaining|surviving)\s+)?(?:personnel|fighters|contractors|members|commanders|cadres|"
    r"men|ranks|mercenaries)\b",
    re.I,
)
_BREAKAWAY_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an)\s+(?:(?:small|smaller|violent|armed|radical|rival)\s+)?"
    r"(?:breakaway|splinter|dissident)\s+(?:outfit|group|faction|movement|wing|organi[sz]ation)\b(?!\s+(?:of|from)\b)",
    re.I,
)
# "most of its contractors in Libya have been absorbed into the Africa Corps": a successor built from the men of
# the group named before (or the group "its" stands for)
_MEN_ABSORBED_INTO = re.compile(
    rf"^(?:{_POSS}|[^;]{{0,100}}?\b(?:its|their))\s+(?:(?:former|remaining|surviving)\s+)?(?:personnel|fighters|contractors|"
    r"members|commanders|cadres|men|ranks|mercenaries)\b[^,;]{0,40}?\s(?:(?:have|has|had)\s+)?(?:been|were|was)\s+"
    r"(?:(?:largely|mostly|partly|quietly|since|later)\s+)*(?:absorbed|integrated|incorporated|folded|re-?hired)\s+"
    r"(?:in|into)\s+(?:the\s+)?$",
    re.I,
)
# "the KCK is the umbrella organisation of the PKK"
_UMBRELLA_OF = re.compile(
    rf"^{_APPOS}\s*(?:,\s+|\s+(?:is|was|remains|serves\s+as|acts\s+as)\s+)(?:the|an?)\s+(?:[\w-]+\s+)?"
    r"(?:umbrella|parent)\s+(?:organi[sz]ation|body|group|movement|structure|coalition)\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)
# "Viv Ansanm was formed in 2023 when the once-rival G9 and G-Pep federations joined forces": each party to the union
_FORMED_WHEN_UNION = re.compile(
    # ("Viv Ansanm — Creole for "Living Together" — was formed ...": an aside between dashes)
    # (which a name opening the sentence may leave as "X, Creole for ... — was formed")
    rf"^(?:\s*[—–][^—–;]{{1,60}}[—–]|\s*,\s+[^—–;,]{{1,60}}?\s*[—–])?{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:formed|founded|created|set\s+up|born|established|"
    r"launched)\b[^.;]{0,50}?\bwhen\s+(?:the\s+)?(?:[\w-]+\s+)?(?:[^.;]{0,60}?(?:,|\s+and)\s+(?:the\s+)?)?$",
    re.I,
)
# "X was formed in 2012 when Y merged with Z": the partner Y merged with went into X as well
_FORMED_WHEN_MERGED_WITH = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:formed|founded|created|set\s+up|born|established|"
    r"launched|emerged)\b[^.;]{0,50}?\bwhen\s+(?:the\s+)?[^.;]{1,80}?\s+(?:merged|amalgamated|united|joined\s+forces)\s+"
    r"with\s+(?:the\s+)?$",
    re.I,
)
_KIND_PLURAL = (
    r"(?:federations|groups|factions|gangs|coalitions|alliances|militias|movements|organi[sz]ations|networks)"
)
_JOINED_FORCES_AFTER = re.compile(
    rf"^\s*(?:\([^()]{{1,25}}\))?(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?[^,;.]{{1,40}}?){{0,4}}(?:\s+(?:[\w-]+\s+)?{_KIND_PLURAL})?\s+"
    r"(?:(?:formally|finally|officially)\s+)?(?:joined\s+forces|merged|united|came\s+together|combined\s+forces|"
    r"amalgamated)\b",
    re.I,
)
_PAIR_JOINED_FORCES_AFTER = re.compile(
    rf"^\s*(?:\([^()]{{1,25}}\))?(?:\s+(?:[\w-]+\s+)?(?:{_KIND_PLURAL}|fighters|forces|units|militants))?\s+"
    r"(?:(?:have|had|has)\s+)?(?:(?:formally|finally|"
    r"officially|since)\s+)?(?:joined\s+forces|combined\s+forces|(?:agreed|decided|pledged)\s+to\s+(?:join\s+forces|"
    r"cooperate|work\s+together|fight\s+together)|"
    # "A and B fighters have jointly tightened their siege of X"; "A and B announced a joint military council"
    r"(?:also\s+)?jointly\s+(?!(?:condemned|denied|rejected|called|urged|appealed|issued|signed|said|told|welcomed)\b)[a-z]+|"
    r"(?:announced|formed|set\s+up|created|established|launched|agreed\s+on)\s+(?:an?\s+|their\s+)?joint\s+"
    r"(?:[\w-]+\s+){0,2}?(?:council|command|operations\s+room|front|force|headquarters|committee)|"
    r"(?:carried\s+out|conducted|staged|launched|mounted)\s+(?:several\s+|many\s+|a\s+series\s+of\s+)?joint\s+"
    r"(?:[\w-]+\s+)?(?:operations|attacks|raids|offensives|ambushes))\b",
    re.I,
)
# "the coalition counts Kraze Barye among its members"
_COUNTS_BEFORE = re.compile(
    r"\b(?:(?:it|they)\s+)?(?:(?:now|also|still)\s+)?(?:counts|counted|lists|listed|numbers|numbered)\s+(?:the\s+)?$",
    re.I,
)
_AMONG_ITS_MEMBERS_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+among\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:members|factions|affiliates|components|"
    r"constituents|member\s+groups|branches)\b",
    re.I,
)
_DESCRIBES_OTHER = re.compile(
    r"\b(?:described|describes|describe|called|calls|call|considered|considers|consider|regarded|regards|regard|labell?ed|"
    r"labels|branded|brands|viewed|views|sees|saw|dubbed|dubs|designated|designates|listed|lists|named|names)\s+"
    r"(?:the|this|that|it|them|these|those)\b[^,;]{0,30}?\s+as\b"
    # ("Al-Shabaab, which the UN describes as the Somali branch of al-Qaeda": the UN is the describer, not the branch)
    r"|^\s+(?:(?:has|have|had|also|long|often|now|officially|formally)\s+)*(?:described|describes|describe|calls|called|"
    r"considers|considered|regards|regarded|sees|saw|views|viewed|labels|labell?ed|brands|branded|dubs|dubbed)\s+as\b",
    re.I,
)
# "the District Reserve Guard (DRG), a Chhattisgarh Police force made up of local recruits": a body's own force
_FORCE_AFTER = re.compile(
    r"^\s+(?:(?:special|elite|paramilitary|auxiliary|counter-?insurgency|reserve|local|rapid-?reaction)\s+)*force\b"
    r"(?!\s+(?:of|for|that|which|who|to)\b)",
    re.I,
)
# "In a statement broadcast on Radio Andalus, the group's radio station, al-Shabaab claimed ...": the outlet "the
# group's" names belongs to the group that is the clause's subject right after it
_THE_GROUPS_OUTLET = re.compile(
    rf"^\s*(?:\([^()]{{1,25}}\))?\s*,\s+the\s+(?:group|movement|militants|insurgents|jihadists|rebels|organi[sz]ation)"
    rf"{_POSS}\s+(?:own\s+|official\s+)?(?:[\w-]+\s+)?(?:radio\s+station|radio|television\s+channel|TV\s+channel|channel|"
    rf"website|magazine|newspaper|weekly|newsletter|news\s+agency|{_ORGAN})\s*,\s+(?:the\s+)?$",
    re.I,
)
_SUBJECT_VERB_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:(?:has|had|have|also|later)\s+)*(?:said|says|claimed|claims|announced|announces|"
    r"stated|states|published|posted|released|reported|boasted|warned|denied)\b",
    re.I,
)
# "the General Security Service of the transitional government's Interior Ministry": a unit of a body the text
# names through its government
_OF_GOVERNMENT_POSS = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:government|state|regime|authorities|administration)(?:'s|’s)\s+)$",
    re.I,
)


# the founded body described as a bloc: "the Z, an umbrella front set up in 2015", "the Z alliance"
_BLOC_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:umbrella|alliance|coalition|bloc|federation|confederation|platform)\b",
    re.I,
)
_BLOC_NAME = re.compile(r"\b(?:Alliance|Coalition|Federation|Confederation|Bloc)$")
_FOUNDING_PART_OF = re.compile(
    rf"^{_APPOS}\s*(?:\([^()]{{1,25}}\)\s*,?)?\s+(?:(?:which|that)\s+)?(?:[^;.]{{0,120}}?\s+and\s+)?"
    r"(?:(?:later|then|eventually|itself|also|in\s+\d{4})\s+)*(?:is|was|became|were|are|remains)\s+"
    r"(?:(?:one\s+of|among)\s+(?:the\s+)?|a\s+|the\s+)?(?:(?:two|three|four|five|several|original)\s+)?"
    r"(?:founding\s+(?:components?|members?|groups?|factions?|constituents?|pillars?)\s+of|"
    r"(?:groups|factions|movements|outfits|organi[sz]ations)\s+(?:that|which)\s+merged\s+(?:in\s+\d{4}\s+)?"
    r"to\s+(?:form|create)|co-?founders?\s+of)\s+(?:the\s+)?$",
    re.I,
)


_TOOK_OVER_FROM = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:a|an|the)\s+[^,;]{{0,80}}?\s(?:which|that)\s+)?"
    r"(?:(?:has|had|later|then|formally|effectively|largely)\s+)*(?:took\s+over\s+from|replaced|succeeded|supplanted)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_AND_ABSORBED_ITS_MEN_AFTER = re.compile(
    r"^[^.;]{0,80}?\s(?:and|,)\s+(?:(?:has|had|largely|partly|then|later)\s+)*(?:absorbed|inherited|took\s+in|"
    r"took\s+over|recruited|rehired)\s+(?:(?:much|most|many|some|part|the\s+bulk|thousands|hundreds)\s+of\s+)?"
    r"(?:its|their)\s+(?:(?:former|remaining|surviving)\s+)?(?:personnel|fighters|contractors|members|commanders|cadres|"
    r"men|ranks|mercenaries)\b",
    re.I,
)


def _two_groups_apart(s: Sentence, a: Mention, b: Mention, between: str) -> bool:
    """Two different groups with no other group and no clause about someone else between them."""
    return (
        a.type is G
        and b.type is G
        and not _same(a, b)
        and not _in_clause(s, a, between)
        and not _other_group_between(s, a, b)
    )


def _group_pair_extra(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """Enrolment in a whole, dissidents of a parent, a successor built from another's men."""
    # "X became one of the founding members of Y"; "X was among the factions that merged to form Y": Y was built
    # from X (a founder that stays in is a part as well, which other rules read)
    if _FOUNDING_PART_OF.match(between) and _two_groups_apart(s, a, b, between):
        # "X and Y were founding members of the Z, an umbrella front set up in 2015": a founder of a bloc stays in
        # it as a member, and the bloc is no new group built from it (not "among the factions that merged to form
        # Z": those are gone)
        if re.search(r"\bfounding\s+members?\b", between, re.I) and (
            _BLOC_AFTER.match(after_b) or _BLOC_NAME.search(b.name)
        ):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
        else:
            yield Found(b, Predicate.FORMED_FROM, a, 0.7)
    # "X took over from Y in 2024 and absorbed most of its fighters": built from the men it took over
    if (
        _TOOK_OVER_FROM.match(between)
        and _AND_ABSORBED_ITS_MEN_AFTER.match(s.after(b, 150))
        and _two_groups_apart(s, a, b, between)
    ):
        yield Found(a, Predicate.FORMED_FROM, b, 0.7)
    if (
        a.type is G
        and b.type in ORG_LIKE
        and b.text.casefold() not in _PRONOUNS
        and (_ENROLLED_IN.match(between) or _FIGHTS_AS_UNIT_OF.match(between))
        and not _in_clause(s, a, between)
        and not _other_group_between(s, a, b)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    if (
        a.type is G
        and b.type is G
        and (_DISSIDENTS_THAT_REJECTED.match(between) or _FACTIONS_THAT_REJECTED.match(between))
    ):
        yield Found(a, Predicate.FORMED_FROM, b, 0.7)
    if (
        a.type is G
        and b.type is G
        and (m := _BEGAN_AS_PART.match(between)) is not None
        and (m.group("of") or _BEGAN_PART_AFTER.match(after_b))
        and not _other_group_between(s, a, b)
    ):
        # "Los Lobos began as a Choneros faction and broke away": where a group began is what it was formed from
        yield Found(a, Predicate.FORMED_FROM, b, 0.7)
    if (
        a.type in ORG_LIKE
        and b.type is G
        and a.text.casefold() not in _PRONOUNS
        and not _same(a, b)
        and len(between) < 140
        and not any(m.type in ORG_LIKE and a.end <= m.start and m.end <= b.start for m in s.mentions)
        and re.search(r"\b(?:its|their)\b", between)
        and _ABSORBED_ITS_MEN_AFTER.match(s.after(b, 180))
    ):
        yield Found(b, Predicate.FORMED_FROM, a, 0.65)
    if (
        a.type in ORG_LIKE
        and b.type is O
        and not _NOT_A_NAME.match(b.text)
        and _X_COMMA_THE.match(between)
        and _FORCE_AFTER.match(after_b)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    if a.type is O and b.type is O and _UNIT_NAME.search(a.name) and _OF_GOVERNMENT_POSS.match(between):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    if (
        a.type in ORG_LIKE
        and b.type is G
        and not _same(a, b)
        and _MEN_ABSORBED_INTO.match(between)
        and not any(m.type in ORG_LIKE and a.end <= m.start and m.end <= b.start for m in s.mentions)
    ):
        yield Found(b, Predicate.FORMED_FROM, a, 0.65)
    if a.type is G and b.type is G and _UMBRELLA_OF.match(between) and not _in_clause(s, a, between):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.7)
    if (
        a.type is G
        and b.type is G
        and _FORMED_WHEN_UNION.match(between)
        and _JOINED_FORCES_AFTER.match(after_b)
    ):
        yield Found(a, Predicate.FORMED_FROM, b, 0.7)
    if (
        a.type is G
        and b.type is G
        and not _same(a, b)
        and _FORMED_WHEN_MERGED_WITH.match(between)
        and not _in_clause(s, a, between)
        and not _POSS_START_AFTER.match(after_b)
        # (no other group before "when": "X, which Y backed, was formed when ..." is X's own)
        and not any(
            m.type is G and a.end <= m.start and m.end <= a.end + between.lower().rfind(" when ")
            for m in s.mentions
        )
    ):
        yield Found(a, Predicate.FORMED_FROM, b, 0.7)
    if a.type is G and b.type is G and _X_AND_Y.match(between) and _PAIR_JOINED_FORCES_AFTER.match(after_b):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
    if (
        a.type is G
        and b.type is G
        and _COUNTS_BEFORE.search(s.before(b, 40))
        and _AMONG_ITS_MEMBERS_AFTER.match(after_b)
        and (
            re.match(r"^\s*(?:\([^()]{1,25}\))?\s+(?:(?:now|also|still)\s+)?\w+\s+(?:the\s+)?$", between)
            or (
                re.search(r"\b(?:it|they)\s+(?:(?:now|also|still)\s+)?\w+\s+(?:the\s+)?$", between)
                and a is _clause_owner(s, _heads(s), b.start, own=True)
            )
        )
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.7)
    if (
        a.type in ORG_LIKE
        and b.type is G
        and _THE_GROUPS_OUTLET.match(between)
        and _SUBJECT_VERB_AFTER.match(after_b)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    # "A and B dissolved themselves into a single organisation, the C"; "the D's member groups, among them A,
    # merged into a new front, the C": each of them, and the whole they belonged to
    if (
        a.type is G
        and b.type is G
        and not _same(a, b)
        and (tail := _DISSOLVED_INTO.search(between)) is not None
    ):
        raw = s.text[a.end - s.start : b.start - s.start]
        cut = _DISSOLVED_INTO.search(raw)
        if cut is not None:
            lead = raw[: cut.start()]
            for m in s.mentions:
                if m.type is G and a.end <= m.start and m.end <= b.start:
                    lead = lead.replace(m.text, "\x01", 1)
            if len(tail.group(0)) < 100 and _ONLY_MEMBERS.match(lead):
                yield Found(b, Predicate.FORMED_FROM, a, 0.65)
    # "X emerged in 2022, formed by young fighters from A's armed wing, the B, from C and from D": each "from"
    if (
        a.type is G
        and b.type is G
        and not _same(a, b)
        and not _POSS_START.match(after_b)
        and re.match(r"^[\W_]*(?:the\s+)?$", s.before(a, 200), re.I)
        and (by := _FORMED_BY_MEN_FROM.search(raw := s.text[a.end - s.start : b.start - s.start])) is not None
        and not any(m.type is G and a.end <= m.start and m.end <= a.end + by.start() for m in s.mentions)
    ):
        rest = raw[by.end() :]
        # (any name: "Fatah's armed wing" holds the owner's name, whatever type it was read as)
        for m in s.mentions:
            if a.end <= m.start and m.end <= b.start:
                rest = rest.replace(m.text, "\x01", 1)
        if _FROM_LIST.match(rest):
            yield Found(a, Predicate.FORMED_FROM, b, 0.65)
    # "the Maoists compete with the PLFI, a breakaway outfit whose cadres ...": the rival it broke away from
    if RIVAL.match(between) and _BREAKAWAY_AFTER.match(after_b) and _two_groups_apart(s, a, b, between):
        yield Found(b, Predicate.FORMED_FROM, a, 0.65)


# 'X "operates as an arm of Y"': a quotation that opens on the verb after the first name
_QUOTE_OPENS_VERB = re.compile(r"^\s+[\"“](?=[a-z])")
# 'Y", the IRGC's branch': a quotation that closes right after a name, before a comma or a stop
_QUOTE_CLOSES_NAME = re.compile(r"^[\"”](?=\s*[,.;:)]|\s*$)")


def _unquoted(between: str, after_b: str) -> tuple[str, str]:
    """The words between two names and after the second without the quotation marks of a quoted phrase that
    opens after the first name or closes after a name: a quote changes nothing of what the words say."""
    if _QUOTE_OPENS_VERB.match(between) and not re.search(r"[\"“”]", between.lstrip()[1:]):
        between = " " + between.lstrip()[1:]
    if _QUOTE_CLOSES_NAME.match(between):
        between = between[1:]
    if _QUOTE_CLOSES_NAME.match(after_b):
        after_b = after_b[1:]
    return between, after_b


def _group_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """Two groups or organisations: branches, splinters, allies and rivals (none where the tie is disowned)."""
    for found in kin_of_object(s, a, b, between, after_b, _group_pair_all(s, a, b, between, after_b)):
        yield _dissidents_parent(found)


# "Y's ally", "Y's main rivals", "Y's Iranian backers": a kin of Y the words name, who is someone else than Y
_OWNED_KIN_AFTER = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:ally|allies|partner|partners|patron|patrons|backer|backers|sponsor|sponsors|"
    r"proxy|proxies|client|clients|protégé|protege|rival|rivals|enemy|enemies|foe|foes|nemesis|adversary|adversaries)\b"
    # ("Y's ally, the PIJ" or "Y's ally PIJ": the kin named right after)
    r"(?:\s*,\s+|\s+)?(?:the\s+)?",
    re.I,
)
# What the last words between X and "Y's ally" may be for X to be that ally: a copula or an apposition ("X is Y's
# ally", "X, historically Y's enemy", "X, which was founded in 1982 and remains Y's ally"), not a verb or a
# preposition with Y's ally as its object ("X fought Y's ally")
_KIN_SEP = re.compile(r"[,;(]|\b(?:and|which|who|that)\b", re.I)
_KIN_COPULA = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|became|become|been|seen|regarded|considered|described)\b", re.I
)
_KIN_TAIL_WORDS = re.compile(
    r"^\s*(?:(?:is|are|was|were|remains?|remained|became|become|has|have|had|been|now|still|also|long|historically|"
    r"traditionally|arguably|effectively|increasingly|then|widely|seen|regarded|considered|described|as|the|a|an|one|"
    r"of|for|years|decades|perhaps|probably|likely|itself|themselves)\s+)*$",
    re.I,
)


# "X, Z's Sahel branch and the Y's main rival": the second of two apposed kinds is X's too
_APPOSED_BRANCH_AND = re.compile(
    rf"^\s*(?:\([^()]{{1,80}}\))?\s*,\s+(?:the\s+)?[\w'’-]+{_POSS}\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:branch|affiliate|franchise|wing|arm|offshoot)\s+and\s+(?:the\s+)?$",
    re.I,
)


def _kin_stated(between: str) -> bool:
    """Whether "Y's ally" right after `between` is said of the name before it (a copula or an apposition)."""
    if _APPOSED_BRANCH_AND.match(between):
        return True
    seps = list(_KIN_SEP.finditer(between))
    sep = seps[-1].group() if seps else ""
    tail = between[seps[-1].end() :] if seps else between
    if not _KIN_TAIL_WORDS.match(tail):
        return False
    return sep in (",", "(") or _KIN_COPULA.search(tail) is not None


def kin_of_object(
    s: Sentence, a: Mention, b: Mention, between: str, after_b: str, found: Iterable[Found]
) -> Iterator[Found]:
    """ "Hezbollah fought Hamas's ally, the PIJ": what a verb does to "Y's ally" it does to the ally, not to Y.

    An alliance or rivalry read between a and b is moved to the ally named right after the kin word, or dropped
    where none is named; a copula or an apposition ("X is Y's ally") keeps it, for there the kin is a itself.
    """
    kin = _OWNED_KIN_AFTER.match(after_b)
    named = None
    if kin is not None:
        named = next((m for m in s.mentions if m.start == b.end + kin.end() and m.type is G), None)
    for f in found:
        if (
            kin is None
            or f.predicate not in (Predicate.ALLIED_WITH, Predicate.RIVAL_OF)
            or not _same_pair(f, a, b)
            or _kin_stated(between)
        ):
            yield f
        elif named is not None and not _same(named, a):
            yield dataclasses.replace(f, **{"object" if f.object is b else "subject": named})


def _dissidents_parent(found: Found) -> Found:
    """ "the 12th Front, a FARC dissident faction", "another FARC dissident group": a unit of the gazetteer's
    collective "X dissidents" is a splinter of X itself, not a branch of the collective (the collective is no
    group of its own; "a faction of the ELN" stays a branch)."""
    whole = found.object
    # ("the FARC dissidents broke apart into two factions, A and B": the plural names the collective itself, which
    # A and B split from, and stays as read)
    splinter = found.predicate is Predicate.FORMED_FROM and re.search(r"\bdissident$", whole.text, re.I)
    if not (found.predicate is Predicate.AFFILIATE_OF or splinter):
        return found
    parent = lexicon.dissidents_parent(whole.gazetteer_id)
    if parent is None or found.subject.gazetteer_id == f"group:{parent.id}":
        return found
    origin = dataclasses.replace(whole, name=parent.name, gazetteer_id=f"group:{parent.id}")
    return dataclasses.replace(found, predicate=Predicate.FORMED_FROM, object=origin, subproperty=None)


# "A and B are close allies of C": each of the two named before the copula is C's ally
_ARE_ALLIES_OF = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:are|were|remain|remained|have\s+(?:long\s+)?been|became|had\s+been)\s+"
    r"(?:(?:all|both|now|still|also|long)\s+)*(?:(?:close|closest|long-?time|key|staunch|loyal|firm|main|old)\s+)?"
    r"(?:allies|partners)\s+(?:of|to)\s+(?:the\s+)?$",
    re.I,
)
_CONJUNCT_BEFORE = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,?\s+and\s+(?:the\s+)?$")


def _are_allies_of(s: Sentence, a: Mention, b: Mention, between: str) -> Iterator[Found]:
    """ "Hamas and Hezbollah are allies of the Houthis": the last conjunct and the one before it are b's allies."""
    if not _ARE_ALLIES_OF.match(between) or a.type is not G or b.type is not G or _same(a, b):
        return
    yield Found(a, Predicate.ALLIED_WITH, b, 0.75)
    before = [m for m in s.mentions if m.type is G and m.end <= a.start]
    if before:
        first = max(before, key=lambda m: m.end)
        if _CONJUNCT_BEFORE.match(s.text[first.end - s.start : a.start - s.start]) and not _same(first, b):
            yield Found(first, Predicate.ALLIED_WITH, b, 0.7)


def _group_pair_all(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    if _DISPUTED_AFTER.match(s.after(b, 90)) or descriptor_before_name(s, b):
        return
    between, after_b = _unquoted(between, after_b)
    yield from _are_allies_of(s, a, b, between)
    yield from _pair_past_asides(s, a, b, between, after_b)
    yield from _units_breakaways_and_blocs(s, a, b, between, after_b)
    yield from _parts_fronts_and_origins(s, a, b, between, after_b)
    # "IS-Somalia broke away from the al-Qaeda-linked group": the second name only qualifies the group meant
    if _COMPOUND_AFTER.match(after_b):
        return
    owned = _possessed_after(s, b)
    for found in chain(
        _group_pair_rules(s, a, b, between, after_b), _group_pair_extra(s, a, b, between, after_b)
    ):
        # "backed by the IRGC's Quds Force": the ally is the force the possessive names, not its owner
        if owned and found.predicate in (Predicate.ALLIED_WITH, Predicate.RIVAL_OF):
            continue
        yield found
    if (
        a.type is G
        and b.type in ORG_LIKE
        and (owner := _possessor_before(s, b)) is not None
        and owner.start >= a.end
        and not _same(owner, a)
        and (cut := re.search(re.escape(owner.text) + r"(?:'s|’s)\s+$", between)) is not None
    ):
        for found in _group_pair_rules(s, a, b, between[: cut.start()], after_b):
            if found.predicate in (Predicate.ALLIED_WITH, Predicate.RIVAL_OF):
                yield found
    # "the Quds Force, the external arm of Iran's IRGC"; "X broke away from Moqtada al-Sadr's Mahdi Army": a person
    # or a place named as the parent's owner only says whose it is
    if (
        a.type in ORG_LIKE
        and b.type in ORG_LIKE
        and (owner := _person_or_place_before(s, b)) is not None
        and owner.start >= a.end
        and (cut := re.search(re.escape(owner.text) + r"(?:'s|’s)\s+$", between)) is not None
    ):
        yield from _group_pair_rules(s, a, b, between[: cut.start()], after_b)
    # "X was formed from remnants of Y and of Z": the second parent joined to the first
    if (
        a.type is G
        and b.type is G
        and not _same(a, b)
        and not _POSS_START_AFTER.match(after_b)
        and not _MODIFIER_AFTER.match(after_b)
    ):
        y = next(
            (
                m
                for m in reversed(s.mentions)
                if m.type is G
                and a.end <= m.start
                and m.end <= b.start
                and not _same(m, a)
                and not _same(m, b)
            ),
            None,
        )
        if (
            y is not None
            and _SECOND_PARENT.match(s.text[y.end - s.start : b.start - s.start])
            and any(
                f.predicate is Predicate.FORMED_FROM and f.subject is a and f.object is y
                for f in _group_pair_rules(s, a, y, _between(s, a, y), s.after(y, 60))
            )
        ):
            yield Found(a, Predicate.FORMED_FROM, b, 0.65)
    # "In 2005 X broke apart into two factions, A and B": each faction is a splinter of X
    if a.type is G and b.type is G and not _same(a, b):
        if _SPLIT_INTO_FACTIONS.match(between):
            yield Found(b, Predicate.FORMED_FROM, a, 0.7)
        else:
            first = next(
                (
                    m
                    for m in s.mentions
                    if m.type is G
                    and a.end <= m.start
                    and m.end <= b.start
                    and _SPLIT_INTO_FACTIONS.match(_between(s, a, m))
                    and _FACTION_AND.match(s.text[m.end - s.start : b.start - s.start])
                ),
                None,
            )
            if first is not None and not _same(first, b):
                yield Found(b, Predicate.FORMED_FROM, a, 0.7)
        # "X split into the rival A and B factions" (not "X split into the A and B neighbourhoods")
        split = _SPLIT_INTO_NAMED.match(between)
        second = _and_next(s, b) if split else None
        if (
            split
            and second is not None
            and not _same(second, a)
            and _FACTIONS_WORD_AFTER.match(s.after(second, 20))
        ):
            yield Found(b, Predicate.FORMED_FROM, a, 0.7)
            yield Found(second, Predicate.FORMED_FROM, a, 0.7)
            if split.group("rival"):
                yield Found(b, Predicate.RIVAL_OF, second, 0.7)
    if a.type is G and b.type is G and not _same(a, b) and not _POSS_START_AFTER.match(after_b):
        # "X operates largely through Y in the north": the group it works through is its local arm
        if _OPERATES_THROUGH.match(between):
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.65)
        # "X grew out of chat groups run by former Y members": the new group came out of the old one's men
        if _GREW_OUT_OF_MEN.match(between) and _MEN_WORD_AFTER.match(after_b):
            yield Found(a, Predicate.FORMED_FROM, b, 0.65)
    # "the coalition's factions, X among them": a member of the whole named before
    if (
        a.type is G
        and b.type is G
        and not _same(a, b)
        and _FACTIONS_THEN.match(between)
        and _AMONG_THEM_AFTER.match(after_b)
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.65)
        # "C fought the coalition's factions, X among them": C fought X too
        for c in s.mentions:
            if c.type is G and c.end <= a.start and not _same(c, a) and not _same(c, b):
                for found in _group_pair_rules(s, c, a, _between(s, c, a), s.after(a, 60)):
                    if found.predicate in (Predicate.RIVAL_OF, Predicate.ALLIED_WITH) and found.subject is c:
                        yield Found(c, found.predicate, b, 0.6)
                        break
    # "X said it had taken the town after its fighters and allied Y units overran the base": the subject's ally
    if (
        a.type is G
        and b.type is G
        and not _same(a, b)
        and len(between) < 200
        and _ITS_MEN_AND_ALLIED.search(s.before(b, 50))
        and not _other_group_between(s, a, b)
        and a is _clause_owner(s, _heads(s), b.start, own=True)
    ):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.6)
    # "a faction split from Y to form its own cell, the so-called X": the new group the splitters formed
    if (
        a.type is G
        and b.type is G
        and not _same(a, b)
        and _TO_FORM_ITS_OWN.match(between)
        and _SPLIT_FROM_BEFORE.search(s.before(a, 40))
    ):
        yield Found(b, Predicate.FORMED_FROM, a, 0.65)
    # "The Islamic State counts X as part of its West Africa Province": the part of the counter's own
    if (
        a.type is G
        and b.type is G
        and not _same(a, b)
        and _COUNTS_BEFORE.search(s.before(a, 40))
        and _AS_PART_OF_ITS.match(between)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    # "The front was founded in 2001 as the X by P and other veterans of Y": the founding said before the name
    if (
        a.type is G
        and b.type is G
        and not _same(a, b)
        and _FOUNDED_AS_BEFORE.search(s.before(a, 80))
        and re.match(r"^\s+by\s", between)
        and _X_FORMED_FROM_Y.match(" founded" + between)
    ):
        yield Found(a, Predicate.FORMED_FROM, b, 0.65)
    # "**Jund al-Aqsa** (Soldiers of al-Aqsa; also rendered ...) was formed by defectors from Y": past a long
    # bracketed gloss of the first name (a short one is already gone)
    if a.type is G and b.type is G and (aside := _GLOSS.match(between)) is not None:
        rest = " " + between[aside.end() :].lstrip()
        if not any(m.type is G and a.end + aside.end() <= m.start and m.end <= b.start for m in s.mentions):
            yield from _group_pair_rules(s, a, b, rest, after_b)
    if (
        a.type is G
        and b.type is G
        and _DESCRIBED_AS.search(between)
        and _AS_ITS_PART_AFTER.match(s.after(b, 120))
        and a is _clause_owner(s, [g for g in s.mentions if g.type is G], b.start, own=True)
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.7)
    if (
        a.type is G
        # ("as having been allied with the Libyan National Army": a state-backed force may be the ally)
        and b.type in ORG_LIKE
        and _DESCRIBED_AS.search(s.before(a, 40))
        and _AS_ALLIED_WITH.match(between)
        and not _other_group_between(s, a, b)
    ):
        # "investigators have described the Front as having been allied with the Union since 2019"
        yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
    if a.type is G and b.type is G and _ALONGSIDE_Y.match(between):
        yield from _joined_alongside(s, a, b)
    if (
        a.type in ORG_LIKE
        and b.type in ORG_LIKE
        and _DESCRIBES_BEFORE.search(s.before(a, 20))
        and _AS_THE.match(between)
        and _POSS_BRANCH_AFTER.match(after_b)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.75, "branchOf")
    if (
        a.type is G
        # ("the KCK, the umbrella body that also includes the PKK and the PYD": a party may be a member too)
        and b.type in ORG_LIKE
        and (m := _WHICH_INCLUDES.match(between)) is not None
        # "the umbrella Islamic Resistance in Iraq, which includes X"; "the KCK, the umbrella body that includes X"
        and (m.group("umbrella") or _UMBRELLA_BEFORE.search(s.before(a, 30)))
        and _LIST_GOES_ON.match(after_b)
    ):
        # "the umbrella Islamic Resistance in Iraq, which includes Kata'ib Hezbollah"
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.7)
    if (
        a.type is G
        and b.type is G
        and _PARTS_OF_BEFORE.search(s.before(a, 40))
        and _INCLUDING.match(between)
        and _LIST_GOES_ON.match(after_b)
    ):
        # "fighters from the CPC, including the 3R"
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.65)
    if a.type in ORG_LIKE and b.type is O and _FORCE_SET_UP_BY.match(between):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    if (
        a.type is G
        and b.type in ORG_LIKE
        and b.text.casefold() not in _PRONOUNS
        and _ITS_ARM_AFTER.match(s.after(b, 40))
        and not _other_group_between(s, a, b)
        and a is _clause_owner(s, [g for g in s.mentions if g.type is G], b.start, own=True)
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.7)


# "Hurras al-Din, al-Qaeda's Syrian loyalists and a long-time rival of HTS": two descriptions of the first name,
# the second of which ties it to the next (a group in the first may only own what it names)
_TWO_DESCRIPTIONS = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:the|a|an)\s+|(?:al-|el-)?(?-i:[A-Z])[\w'’-]*(?:'s|’s)\s+)[^,;()\"“”]{1,60}?\s+and\s+"
    r"(?=(?:a|an|the|one)\s)",
    re.I,
)
# "M23, a movement that took up arms again in 2021, has become the armed wing of the AFC": an apposition (or a
# relative clause) closed by a comma, then the first name's own verb
_ASIDE_THEN_VERB = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the|which|who)\s[^,;()\"“”]{0,120}?,(?=\s+(?:(?:now|later|then|also|"
    r"still|since)\s+)?(?:has|have|had|is|are|was|were|remains|remained|became|becomes)\s)",
    re.I,
)
# "X has been folded, largely as a bloc, into Y": an adverbial aside inside the verb phrase
_ADVERB_ASIDE = re.compile(
    r",\s+(?:largely|mostly|partly|mainly|chiefly|reportedly|allegedly|apparently|effectively|formally|nominally|"
    r"in\s+effect|in\s+practice|on\s+paper|at\s+least\s+nominally)\b[^,;()\"“”]{0,30},(?=\s)",
    re.I,
)
# "Hezbollah, which was founded in 1982 and remains the IRGC's closest ally": the relative clause says what the
# first name is to the second
_WHICH_IS_POSS = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:which|who)\s+(?:[^,;()]{0,100}?\s+and\s+)?(?:(?:still|now|also)\s+)?"
    r"(?:remains?|is|are|was|were|became|has\s+(?:long\s+)?been|have\s+(?:long\s+)?been)\s+(?:\w+\s+){0,2}?$",
    re.I,
)


# "the DSN, the domestic intelligence service of the Interior Ministry": a body apposed as a service of another
_X_SERVICE_OF_Y = re.compile(
    # ("(Direktion ..., DSN), the service of": the name or the acronym may close a bracket)
    r"^\s*(?:\([^()]{1,60}\)|[^()]{0,60}\))?\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:service|directorate|department|bureau|"
    r"agency)\s+(?:of|within|under)\s+(?:the\s+)?$",
    re.I,
)


# "the Counter Terrorism Department of the Punjab Police": a body's unit named with "of" before the body
_UNIT_OF_NAME = re.compile(
    r"\s(?:Department|Directorate|Division|Brigade|Battalion|Regiment|Command|Unit|Squadron|Headquarters|Bureau|"
    r"Service)$"
)
_BARE_OF = re.compile(r"^\s+of\s+(?:the\s+)?$")


def _same_pair(found: Found, a: Mention, b: Mention) -> bool:
    return {id(found.subject), id(found.object)} == {id(a), id(b)}


# ------------------------------------------------------------------ round twenty-four

# "commanders broke away from X to form Y"; "a faction split from X in 2015 to form its own cell, the so-called Y"
# (not "left X to form an alliance with Y": a pact, not a new group)
_TO_FORM_NEW = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:in\s+\d{4}\s+)?(?:in\s+order\s+)?to\s+(?:form|set\s+up|found|create|launch|establish|start)\s+"
    r"(?!(?:an?\s+)?(?:[\w-]+\s+)?(?:alliance|pact|coalition|partnership|front|operations\s+room)\b)"
    r"(?:(?:(?:his|her|its|their)\s+own|a\s+new|a\s+rival)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:unit|group|faction|brigade|battalion|movement|organi[sz]ation|outfit|militia|network|cell|gang)?\s*,?\s+)?"
    r"(?:(?:the\s+)?so-called\s+|the\s+|called\s+(?:the\s+)?|what\s+(?:became|is\s+now)\s+known\s+as\s+(?:the\s+)?)?$",
    re.I,
)
# the words right before the group left: "broke away from the", "split off from", "defected from"
_LEFT_FROM_BEFORE = re.compile(
    r"\b(?:broke|broken|breaking)\s+(?:away|off)\s+from\s+(?:the\s+)?$|"
    r"\b(?:split|splitting|splintered|splintering)\s+(?:away\s+|off\s+)?from\s+(?:the\s+)?$|"
    r"\b(?:defected|seceded|walked\s+out)\s+(?:from|of)\s+(?:the\s+)?$",
    re.I,
)
# "X itself split in 2024, when fighters loyal to P broke away to form Y": the new group came out of X
_SPLIT_WHEN_LEFT_TO_FORM = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:itself\s+)?(?:split|splintered|fractured|broke\s+apart)\b[^.;()]{0,40}?,?\s+"
    r"when\s+[^.;()]{0,80}?\b(?:(?:broke\s+away|split\s+(?:away|off)|splintered\s+off|walked\s+out|defected|left)\s+"
    r"(?:in\s+\d{4}\s+)?to\s+(?:form|set\s+up|found|create|launch|establish)|"
    # ("Boko Haram split in 2016, when a faction that rejected its leadership formed ISWAP")
    r"(?:faction|wing|group|commanders|fighters)\s+(?:that|which|who)\s+[^.;()]{0,60}?\b(?:formed|founded|set\s+up|"
    r"created|launched|established))\s+(?:the\s+)?$",
    re.I,
)
# "X has fought troops in the east since splitting from Y": what the group has done since it left Y
# (not "X took in P, who rejoined after splitting from Y": a person's split)
_SINCE_SPLITTING = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?(?![^.;]*\bwho(?:m|se)?\b)[^.;()]{0,120}?\b(?:since|after|following)\s+"
    r"(?:(?:splitting|breaking\s+away|breaking\s+off|splintering|seceding)\s+(?:away\s+|off\s+)?from|breaking\s+with)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# the group is its clause's subject: the sentence opens with it, maybe after a time ("In 2019, the")
_OPENS_WITH = re.compile(
    r"^\s*[\"“]?\s*(?:(?:In|By|Since|Around|Until)\s+[^,;.]{1,30},\s+)?(?:the\s+)?$", re.I
)
# "X emerged in Belfast in 2017, founded by former members of Y": where and when, then who founded it
_EMERGED_FOUNDED_BY = re.compile(
    r"^\s*(?:\([^()]{1,40}\))?\s+(?:first\s+)?(?:emerged|appeared|surfaced|was\s+(?:formed|founded|created|set\s+up|launched))\b"
    r"[^.;,()]{0,50}?,\s+(?:(?:largely|mostly|mainly)\s+)?(?:founded|formed|created|set\s+up|established|launched)\s+"
    r"(?:[\w-]+\s+){0,3}?by\s+(?:(?:former|ex-|disaffected|dissident|breakaway)\s*)?"
    r"(?:members|fighters|militants|commanders|veterans|activists|cadres|defectors|dissidents)\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
# "..., founded by former members of Y and of Z": the second group the men came from
_AND_OF_THE = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s+and\s+(?:of\s+|from\s+)?(?:the\s+)?$", re.I)
# "X was set up in 2021 as the local battalion of Y"; "X was founded as a chapter of Y": made a part when founded
_FOUNDED_AS_PART = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:(?:originally|first|initially)\s+)?"
    r"(?:set\s+up|founded|formed|created|established|launched|started)\b[^.;,()]{0,50}?\s+as\s+(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:chapter|branch|battalion|brigade|wing|unit|affiliate|cell|franchise)\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)
# "X is part of an umbrella alliance of separatist factions known as Y": a member of the bloc named after its kind
_PART_OF_NAMED_BLOC = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|are|were|remains|became|has\s+been|have\s+been)\s+)?"
    r"(?:(?:now|still|also|formally)\s+)*(?:(?:a\s+)?part\s+of|(?:a|an)\s+(?:founding\s+)?member\s+of|joined)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:alliance|coalition|umbrella|bloc|grouping|federation|confederation|platform)"
    r"(?:\s+(?:of|for)\s+[^,;.()]{1,50}?)?,?\s+(?:(?:known|referred\s+to)\s+as|called|named|dubbed)\s+(?:the\s+)?$",
    re.I,
)
# "A and B were reported to have formed an alliance, C"; "A, B and others set up a new umbrella alliance, the C": the
# bloc a list of groups founded holds each of them
_FORMED_NAMED_BLOC = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?\s+(?:and\s+(?:several|other|some|a\s+few|two|three|four)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:groups|factions|outfits|militias|organi[sz]ations|movements)\s+)?"
    r"(?:(?:were|was|are|is)\s+(?:reported|said|believed|thought)\s+to\s+have\s+|(?:have|had|has)\s+)?"
    r"(?:(?:together|jointly|later|then|in\s+\d{4})\s+)*(?:formed|founded|set\s+up|created|launched|established)\s+"
    r"(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:alliance|coalition|umbrella|bloc|grouping|federation|"
    r"confederation|platform)(?:\s+(?:group|organi[sz]ation|alliance))?"
    r"(?:\s*,\s*|\s+(?:known\s+as|called|named|dubbed)\s+)(?:(?:known\s+as|called|named|dubbed)\s+)?(?:the\s+)?$",
    re.I,
)
_LIST_JOIN = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*(?:(?:faction|group|militia|movement)\s*)?(?:,|,?\s+and)\s+(?:the\s+)?$"
)
# "the Nusra Front announced itself in 2012 as a branch of Y": the group's own word on what it is
_DECLARED_ITSELF_PART = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:first|formally|publicly|openly)\s+)?"
    r"(?:announced|declared|proclaimed|presented|introduced|styled)\s+(?:itself|themselves)\s+"
    r"(?:(?:in|on)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?as\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:branch|affiliate|wing|arm|province|chapter|franchise|front)\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)
# "X, administered until 2022 as part of Y": counted within the whole for a time
_ADMINISTERED_AS_PART = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?"
    r"(?:administered|run|governed|managed|counted|treated|organi[sz]ed)\s+"
    r"(?:(?:until|till|since|from|in)\s+\d{4}\s+)?as\s+(?:a\s+)?part\s+of\s+(?:the\s+)?$",
    re.I,
)
# "the Special Operations Group (Grupo Especial de Operaciones, GEO) of the Policia Nacional": a unit, its gloss in
# brackets, then its owner ("the Recce Squad of the General Service Unit")
_GLOSSED_OF = re.compile(r"^\s*(?:\([^()]{1,60}\))?\s+of\s+(?:the\s+)?$")
_SMALL_UNIT = re.compile(r"\b(?:Squad|Section|Detachment|Commissariat|Task\s+Force)$")
# a name read without its "of the Y" tail: "the Quds Force of the Islamic Revolutionary Guard Corps (IRGC)"
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?P<tail>[A-Z][^()]{3,80})$")
# "Along with the BLF, the BLA is part of ...": the group named first shares the tie
_ALONG_WITH_OPENING = re.compile(r"^\s*(?:Along|Together)\s+with\s+(?:the\s+)?$", re.I)
_COMMA_ONLY = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the\s+)?$")


def _units_breakaways_and_blocs(
    s: Sentence, a: Mention, b: Mention, between: str, after_b: str
) -> Iterator[Found]:
    """A group formed by those who left another, a part made so when founded, a bloc named after its kind."""
    if a.type not in ORG_LIKE or b.type not in ORG_LIKE or _same(a, b):
        return
    # "the Quds Force of the Islamic Revolutionary Guard Corps (IRGC)": the unit's mention holds its owner's name,
    # which the acronym (or a later mention) names again
    if (
        (tail := _OF_TAIL.search(a.text)) is not None
        and a.name != a.text
        and lexicon.fold(tail.group("tail")) == lexicon.fold(b.name)
        and (_UNIT_NAME.search(a.name) or _SMALL_UNIT.search(a.name))
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    # (a gloss in brackets may name the unit again: "(Grupo Especial de Operaciones, GEO)")
    gloss = re.match(r"^\s*\([^()]{1,60}\)", between)
    skip = a.end + (gloss.end() if gloss else 0)
    others = [
        m for m in s.mentions if skip <= m.start and m.end <= b.start and not _same(m, a) and not _same(m, b)
    ]
    if any(m.type in ORG_LIKE for m in others):
        return
    if (
        (a.type is O or not _NOT_A_UNIT_OF.search(a.name))
        and (_UNIT_NAME.search(a.name) or _SMALL_UNIT.search(a.name))
        and _GLOSSED_OF.match(between)
        and not _POSS_START_AFTER.match(after_b)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    if a.type is G and (_DECLARED_ITSELF_PART.match(between) or _ADMINISTERED_AS_PART.match(between)):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    before = s.text[: a.start - s.start]
    if a.type is G and b.type is G:
        if _TO_FORM_NEW.match(between) and _LEFT_FROM_BEFORE.search(before[-40:]):
            yield Found(b, Predicate.FORMED_FROM, a, 0.75)
        if _SPLIT_WHEN_LEFT_TO_FORM.match(between):
            yield Found(b, Predicate.FORMED_FROM, a, 0.7)
        if (
            _SINCE_SPLITTING.match(between)
            and not any(m.type is P for m in others)
            and (_OPENS_WITH.match(before) or _SET_UP_BEFORE.search(before[-30:]))
        ):
            yield Found(a, Predicate.FORMED_FROM, b, 0.7)
        if _EMERGED_FOUNDED_BY.match(between):
            yield Found(a, Predicate.FORMED_FROM, b, 0.7)
            if (c := _next_after(s, b, _AND_OF_THE)) is not None and not _same(c, a):
                yield Found(a, Predicate.FORMED_FROM, c, 0.7)
        if _FOUNDED_AS_PART.match(between) and not _THEN_BROKE_AFTER.match(after_b):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    if a.type is G and b.type in ORG_LIKE and not others and _FORMED_NAMED_BLOC.match(between):
        for member in _listed_before(s, a):
            yield Found(member, Predicate.AFFILIATE_OF, b, 0.7)
    if a.type is G and b.type in ORG_LIKE and _PART_OF_NAMED_BLOC.match(between):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
        first = next((m for m in sorted(s.mentions, key=lambda m: m.start) if m.type in ORG_LIKE), None)
        if (
            first is not None
            and first.type is G
            and first.end <= a.start
            and not _same(first, a)
            and _ALONG_WITH_OPENING.match(s.text[: first.start - s.start])
            and _COMMA_ONLY.match(s.text[first.end - s.start : a.start - s.start])
        ):
            yield Found(first, Predicate.AFFILIATE_OF, b, 0.7)


def _listed_before(s: Sentence, last: Mention) -> list[Mention]:
    """`last` and the groups listed right before it ("A, the B and C"), first to last."""
    run = [last]
    for m in sorted((m for m in s.mentions if m.end <= last.start), key=lambda m: -m.start):
        if m.type is not G or not _LIST_JOIN.match(s.text[m.end - s.start : run[0].start - s.start]):
            break
        run.insert(0, m)
    return run


def _next_after(s: Sentence, b: Mention, joint: re.Pattern[str]) -> Mention | None:
    """The group right after `b` past `joint` ("and of the")."""
    return next(
        (
            c
            for c in sorted(s.mentions, key=lambda m: m.start)
            if c.type is G and c.start >= b.end and joint.match(s.text[b.end - s.start : c.start - s.start])
        ),
        None,
    )


def _pair_past_asides(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """A relation read past a second description, an aside or a relative clause."""
    if a.type not in ORG_LIKE or b.type not in ORG_LIKE or _same(a, b):
        return
    inside = [m for m in s.mentions if a.end <= m.start and m.end <= b.start and not _same(m, a)]
    others = [m for m in inside if not _same(m, b)]
    # (a name in the first description may only own what it names: "al-Qaeda's loyalists")
    if (two := _TWO_DESCRIPTIONS.match(between)) is not None and all(
        m.type is not G or _POSS_START_AFTER.match(s.after(m, 3)) for m in others
    ):
        for found in _group_pair_rules(s, a, b, ", " + between[two.end() :], after_b):
            if _same_pair(found, a, b):
                yield found
    # (the aside is the first name's own: no other group or body in it)
    if (aside := _ASIDE_THEN_VERB.match(between)) is not None and not any(m.type in ORG_LIKE for m in others):
        for found in _group_pair_rules(s, a, b, " " + between[aside.end() :].lstrip(), after_b):
            if _same_pair(found, a, b):
                yield found
    if (adverb := _ADVERB_ASIDE.search(between)) is not None:
        rest = between[: adverb.start()] + between[adverb.end() :]
        for found in _group_pair_rules(s, a, b, rest, after_b):
            if _same_pair(found, a, b):
                yield found
    if (
        a.type is O
        and b.type is O
        and _BARE_OF.match(s.between(a, b))
        and _UNIT_OF_NAME.search(a.text)
        and not _NOT_A_NAME.match(a.text)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    if a.type is O and b.type is O and _X_SERVICE_OF_Y.match(between) and not others:
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    if (
        a.type is G
        and b.type is G
        and _WHICH_IS_POSS.match(between)
        and not any(m.type in ORG_LIKE and not _same(m, b) for m in inside)
    ):
        if _ALLY_AFTER.match(after_b):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
        elif _RIVAL_AFTER.match(after_b):
            yield Found(a, Predicate.RIVAL_OF, b, 0.7)


# "the 3R joined the CPC, an alliance of rebel groups, alongside the UPC": the UPC joined too
_JOINED_THEN = re.compile(
    r"^\s+(?:(?:formally|later|also|then|has|had|have|officially|eventually)\s+)*(?:joined|rejoined)\s+(?:the\s+)?$",
    re.I,
)
_ALONGSIDE_Y = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s*,\s+(?:a|an|the)\s+[^;]{0,100}?,)?\s+(?:alongside|along\s+with|together\s+with)\s+"
    r"(?:the\s+)?$",
    re.I,
)


# "Police have long described Saoradh, a small party, as the New IRA's political wing"
_DESCRIBES_BEFORE = re.compile(
    r"\b(?:described|describe|describes|describing|regard|regards|regarded|consider|considers|considered|see|sees|"
    r"view|views|viewed|brand|branded|brands|call|calls|called|label|labels|labell?ed)\s+(?:the\s+)?$",
    re.I,
)
_AS_THE = re.compile(r"^(?:\s*\([^()]{1,25}\))?(?:\s*,\s+[^;]{1,80}?,)?\s+as\s+(?:the\s+|a\s+|an\s+)?$", re.I)
# "the MNJTF, a regional force set up by the Lake Chad Basin Commission": a body's own force
_FORCE_SET_UP_BY = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:force|unit|task\s+force|body|mission|command|agency|office|"
    r"directorate)\s+(?:that\s+was\s+|which\s+was\s+)?(?:set\s+up|created|established|formed|founded|raised|mandated)\s+"
    r"(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?$",
    re.I,
)
# "through az-Zallaqa, its media arm": the part "its" names is the subject's
_ITS_ARM_AFTER = re.compile(
    r"^\s*,\s+(?:its|their)\s+(?:own\s+)?(?:official\s+)?(?:(?:media|propaganda|news|armed|military|political|youth|"
    r"women's|student|external|intelligence|security)\s+)?(?:arm|wing|outlet|agency|mouthpiece|branch)\b",
    re.I,
)


_UMBRELLA_BEFORE = re.compile(
    r"\b(?:umbrella|coalition|alliance|federation|confederation|bloc)\s+(?:(?:group|organi[sz]ation|movement)\s+)?$",
    re.I,
)
_WHICH_INCLUDES = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?\s*,\s+(?P<umbrella>(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:umbrella|coalition|alliance|"
    r"federation|confederation|bloc)(?:\s+(?:body|group|organi[sz]ation|movement|platform))?\s+"
    # ("the BRAS, an umbrella alliance founded in 2018 that also includes X": when it was set up, said on the way)
    # (the year may already be left out of the words between: "an umbrella alliance founded that also includes")
    r"(?:(?:founded|formed|created|launched|established|set\s+up)(?:\s+in\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4}))?\s+)?)?"
    r"(?:which|that)\s+(?:(?:now|also|still)\s+)?(?:includes|included|comprises|"
    r"comprised|groups|grouped|brings\s+together|brought\s+together|unites|united)\s+(?:the\s+)?"
    r"(?:[^.;]{0,80}?(?:,|\s+and)\s+(?:the\s+)?)?$",
    re.I,
)
_PARTS_OF_BEFORE = re.compile(
    r"\b(?:factions|groups|member\s+groups|members|components|units|brigades|militias|fighters)\s+(?:of|from|within)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_INCLUDING = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?\s*,\s+(?:including|among\s+them|notably)\s+(?:the\s+)?"
    r"(?:[^.;]{0,80}?(?:,|\s+and)\s+(?:the\s+)?)?$",
    re.I,
)
_COMPOUND_AFTER = re.compile(
    r"^[-–](?:linked|affiliated|aligned|allied|backed|inspired|led|held|controlled)\b", re.I
)


def _heads(s: Sentence) -> list[Mention]:
    """The sentence's groups that are nouns of their own, not the first half of a compound ("al Qaeda-linked")."""
    return [g for g in s.mentions if g.type is G and not _COMPOUND_AFTER.match(s.after(g, 12))]


def _possessor_before(s: Sentence, b: Mention) -> Mention | None:
    """The group or body named as `b`'s owner right before it: the IRGC in "the IRGC's Quds Force"."""
    return next(
        (
            m
            for m in s.mentions
            if m.type in ORG_LIKE
            and m.end <= b.start
            and re.match(r"^(?:'s|’s)\s+$", s.text[m.end - s.start : b.start - s.start])
        ),
        None,
    )


def _person_or_place_before(s: Sentence, b: Mention) -> Mention | None:
    """A person or a place named as `b`'s owner right before it: Iran in "Iran's IRGC"."""
    return next(
        (
            m
            for m in s.mentions
            if m.type in (P, L)
            and m.end <= b.start
            and re.match(r"^(?:'s|’s)\s+$", s.text[m.end - s.start : b.start - s.start])
        ),
        None,
    )


_DISSOLVED_INTO = re.compile(
    r"\s*,?\s+(?:(?:all|both|formally|then|later)\s+)*(?:dissolved\s+(?:themselves|itself)\s+into|merged\s+into|"
    r"folded\s+(?:themselves|itself)\s+into)\s+(?:a|one)\s+(?:(?:single|new|joint|unified|common)\s+)?"
    r"(?:organi[sz]ation|group|movement|front|body|entity|structure|coalition)\s*,\s+(?:the\s+)?$",
    re.I,
)
# Between the first member and the verb: only names, a whole's "member movements, among them", and list words
_ONLY_MEMBERS = re.compile(
    r"^(?:\s+|[,()\x01]|\b(?:and|the|among\s+them|including|both)\b|(?:'s|’s)\s+(?:member\s+)?(?:movements|groups|"
    r"factions|organi[sz]ations|members|parties)\b)*$",
    re.I,
)
_FORMED_BY_MEN_FROM = re.compile(
    r",\s+(?:formed|founded|created|set\s+up|started)\s+by\s+(?:[\w-]+\s+){0,2}?(?:fighters|members|militants|defectors|"
    r"veterans|cadres|activists|commanders|deserters)\s+from\s+(?:the\s+)?",
    re.I,
)
# What stands between one "from" and the next: "A's armed wing, the B, from C and from D"
_FROM_LIST = re.compile(
    r"^(?:\x01(?:\s*\([^()]{1,25}\))?(?:(?:'s|’s)\s+(?:(?:armed|military)\s+)?(?:wing|arm|branch)\s*,\s+(?:the\s+)?|"
    r"\s*,?\s+(?:and\s+)?from\s+(?:the\s+)?|\s*,\s+(?:the\s+)?(?=\x01(?:'s|’s)?\s*,)))*$",
    re.I,
)
_TWO_FIGHTING_SINCE = re.compile(
    r"^[\W_]*(?:the\s+)?two(?:\s+(?:groups|factions|movements|militias|organi[sz]ations|gangs))?\s+(?:(?:have|has|had|"
    r"been|now|long)\s+)*(?:fighting|fought|feuding|clashing|clashed|at\s+war|rivals|enemies)\b[^.;]{0,40}?\bsince\s+"
    r"(?:the\s+)?$",
    re.I,
)
_ITS_MEN_AND_ALLIED = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:fighters|troops|forces|men|units|cadres)\s+and\s+(?:its\s+|their\s+)?allied\s+$",
    re.I,
)
_TO_FORM_ITS_OWN = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:in\s+order\s+)?to\s+(?:form|found|create|set\s+up|launch)\s+(?:its|their)\s+own\s+"
    r"(?:[\w-]+\s+){0,3}?(?:group|cell|faction|movement|militia|organi[sz]ation|outfit|network|front)\s*,\s+(?:the\s+)?"
    r"(?:so-called\s+)?$",
    re.I,
)
_SPLIT_FROM_BEFORE = re.compile(
    r"\b(?:split|splintered|broke\s+away|broken\s+away|seceded|defected|walked\s+out)\s+(?:off\s+)?from\s+(?:the\s+)?$",
    re.I,
)
_FACTIONS_THEN = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:factions|groups|militias|member\s+groups|components)\s*,\s+(?:the\s+)?$",
    re.I,
)
_AMONG_THEM_AFTER = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s+among\s+them\b", re.I)
_AS_PART_OF_ITS = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+as\s+(?:a\s+)?part\s+of\s+(?:its|their)\s+[\"“'‘]?$", re.I
)
_FOUNDED_AS_BEFORE = re.compile(
    r"\b(?:founded|formed|created|set\s+up|established)\b[^.;,]{0,40}?\bas\s+(?:the\s+)?$", re.I
)


def _possessed_after(s: Sentence, b: Mention) -> bool:
    """Whether `b` only names the owner of the group or body named right after it ("the IRGC's Quds Force")."""
    return any(m.type in ORG_LIKE and _possessor_before(s, m) is b for m in s.mentions if m.start > b.end)


def _joined_alongside(s: Sentence, whole: Mention, other: Mention) -> Iterator[Found]:
    """ "X joined Z, ..., alongside Y": Y is a member of Z too, and X's ally."""
    joiner = next(
        (
            g
            for g in reversed(s.mentions)
            if g.type is G
            and g.end <= whole.start
            and _JOINED_THEN.match(s.text[g.end - s.start : whole.start - s.start])
        ),
        None,
    )
    if joiner is None or _same(joiner, other) or _same(whole, other):
        return
    yield Found(other, Predicate.AFFILIATE_OF, whole, 0.65)
    yield Found(joiner, Predicate.ALLIED_WITH, other, 0.65)


# "X, which takes its name from ..., is the branch of Y": a relative clause between a name and its copula
_FORMED_WITH_LIST = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:formed|founded|created|set\s+up|launched)(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?"
    r"\s+(?:together\s+)?with\s+(?:the\s+)?(?:[^.;]{0,160}?(?:,|\s+and)\s+(?:the\s+)?)?$"
)
_BELONGS_TO_BLOC = re.compile(
    r"\s+(?:belongs?\s+to|leads?|led|heads?|headed|joined|founded|formed|set\s+up|(?:is|are)\s+part\s+of|"
    r"(?:is\s+a|are)\s+members?\s+of)\s+"
    r"(?:an?\s+(?:[\w-]+\s+)?(?:alliance|coalition|bloc)\s+(?:known\s+as|called|named)\s+)?(?:the\s+)?$"
)


def _bloc_subject(s: Sentence, bloc: Mention) -> Mention | None:
    """The group named right before "belongs to" or "leads" the bloc: "The AA belongs to the Three Brotherhood ..."."""
    before = [m for m in s.mentions if m.type is G and m.end <= bloc.start]
    if not before or not _BELONGS_TO_BLOC.fullmatch(s.text[before[-1].end - s.start : bloc.start - s.start]):
        return None
    return before[-1]


_ARMED_PART_ASSOCIATED = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the|an?)\s+(?:armed|military|militant|paramilitary)\s+"
    r"(?:network|wing|arm|branch|group|militia|faction)\s+(?:(?:closely|loosely|long)\s+)?(?:associated|affiliated|linked)\s+"
    r"(?:with|to)\s+(?:the\s+)?$"
)
_X_FRONT_THAT = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,?\s+(?:is|was|as|remains)\s+(?:(?:merely|just|only|simply)\s+)?(?:a|an|the)\s+"
    r"(?:[\w-]+\s+)?front\s+(?:group\s+|organi[sz]ation\s+|outfit\s+|name\s+)?(?:that|which)\s+(?:the\s+)?$"
)
_Y_USES_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:uses|used|runs|ran|controls|controlled|set\s+up|created)\b"
)
_APPOSED_NEXT = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the\s+)?$")
_LIST_ENDS_WITH_PART = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s+and\s+(?:the|a|an)\s")
_WHICH_ASIDE = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:which|who)\s+[^;:]{1,160}?,(?=\s+(?:is|was|remains|became|has\s+been)\s)",
    re.I,
)


# "In a statement carried late on Friday by its Amaq news agency, IS said": an outlet named before its owner
_ITS_OUTLET_BEFORE = re.compile(
    r"\b(?:by|through|via|on|in)\s+(?:its|their)\s+(?:own\s+|official\s+)?$", re.I
)
_OUTLET_THEN_SPEAKER = re.compile(
    r"^\s*(?:news\s+agency|agency|outlet|channel|media\s+(?:arm|wing|outlet)|website|magazine|weekly)?\s*,\s+"
    r"(?:the\s+)?(?:(?-i:[a-z])[\w-]+\s+){0,2}?$",
    re.I,
)
_SAID_AFTER = re.compile(
    r"^\s+(?:(?:also|later|then)\s+)?(?:said|says|claimed|claims|announced|stated|declared|boasted|warned|insisted)\b"
)


def _group_pair_rules(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """Two groups or organisations: branches, splinters, allies and rivals.

    Organisations may be branches too: the Quds Force of the IRGC, a unit of an army.
    """
    if a.type in ORG_LIKE and b.type in ORG_LIKE:
        if (
            (
                _X_BRANCH_OF_Y.match(between)
                # ("The Nigerian Army has described the group as an affiliate of ISSP": the army names another's tie)
                and not _DESCRIBES_OTHER.search(between)
                # ("the commander blamed the Karialan faction of the BIFF": the faction named between is the part)
                and not any(
                    m.type is G
                    and a.end <= m.start
                    and m.end <= b.start
                    and _PART_THEN_OF.match(s.text[m.end - s.start : b.start - s.start])
                    for m in s.mentions
                )
                # ("A, B and the Saharan branch of Y merged": the branch is the last of a list, not A)
                and not any(
                    m.type in ORG_LIKE
                    and a.end <= m.start
                    and m.end <= b.start
                    and _LIST_ENDS_WITH_PART.match(s.text[m.end - s.start : b.start - s.start])
                    for m in s.mentions
                )
            )
            or (_X_COMMA.match(between) and _POSS_BRANCH_AFTER.match(after_b))
            # "X, which takes its name from a general who conquered the region, is the Tunisian branch of Y": past the
            # relative clause, the copula is X's
            or (
                (aside := _WHICH_ASIDE.match(between)) is not None
                and _X_BRANCH_OF_Y.match(between[aside.end() :])
                and not any(m.type is G and a.end <= m.start and m.end <= b.start for m in s.mentions)
            )
            # "the Amaq news agency, the Islamic State's propaganda outlet": past the kind in the first name's own
            or (
                "," in between
                and _names_its_kind(a, between)
                and _X_COMMA.match(between[between.index(",") :])
                and _POSS_BRANCH_AFTER.match(after_b)
            )
        ):
            # ("The YPG, the armed wing of the PYD, is the backbone of the SDF": the verb is the apposition's head's)
            head = _closed_apposition_head(s, a, between)
            # "X began as a wing of Y and broke away in 2020": where X came from, no longer what it is
            if _BEGAN_AS.match(between) and _THEN_BROKE_AFTER.match(after_b):
                yield Found(a, Predicate.FORMED_FROM, b, 0.8)
                # "... before breaking away in 2010 and turning on its old bosses": the break became a war
                if _TURNED_ON_AFTER.match(s.after(b, 140)):
                    yield Found(a, Predicate.RIVAL_OF, b, 0.7)
            elif (
                head is None
                and _OBJECT_BEFORE.search(s.before(a, 30))
                and re.search(r"\s+and\s+", between)
                and (owner := _clause_owner(s, _heads(s), a.start, own=True)) is not None
            ):
                # "X pledged allegiance to IS in 2019 and now operates as the Congolese branch of Z": the second verb
                # is the clause subject's, not the object's before "and"
                if not _same(owner, a) and not _same(owner, b):
                    yield Found(owner, Predicate.AFFILIATE_OF, b, 0.8, "branchOf")
            elif head is None and _BY_AGENT.search(s.before(a, 12)) and _AS_AFTER_AGENT.match(between):
                # ("the group has been presented by IS propaganda as the branch of Z": the describer is no branch; what
                # it describes stands before the passive verb)
                pass
            elif head is None:
                yield Found(a, Predicate.AFFILIATE_OF, b, 0.85, "branchOf")
            elif not _same(head, b):
                yield Found(head, Predicate.AFFILIATE_OF, b, 0.8, "branchOf")
        elif _Y_POSS_BRANCH_X.match(between):
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.85, "branchOf")
        elif _Y_SET_UP.match(between) and _AS_ITS_PROXY_AFTER.match(after_b):
            # "LeT, which they say set up the TRF in 2019 as its proxy": the body set up to stand for Y is Y's
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.75)
        elif (
            _Y_PART_COMMA_X.match(between)
            and a.text.casefold() not in _PRONOUNS
            # "the Islamic State's Amaq news agency, ISWAP said": the part word is the first name's own
            and not _POSS_BEFORE.search(s.before(a, 4))
            # ("through its az-Zallaqa outlet, JNIM claimed": the first name is the second's outlet, not its owner)
            and not _ITS_OUTLET_BEFORE.search(s.before(a, 40))
            and not _names_its_kind(a, between)
        ):
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.75, "branchOf")
        elif (
            _X_IS_POSS.match(between) and _POSS_BRANCH_AFTER.match(after_b) and not _in_clause(s, a, between)
        ):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.8, "branchOf")
        elif _X_FRONT_FOR_Y.match(re.sub(r"[\"“”]", "", between)) and not _in_clause(s, a, between):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.75)
        elif _WITHIN.match(between) and not (
            # ("X pledged allegiance to IS under its leader P": who led the pledge, not a group under another)
            b.text.casefold() in _PRONOUNS and _ITS_LEADER_AFTER.match(after_b)
        ):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
        elif (
            a.type is G
            and b.type is G
            and _X_JOINED_Y.match(between)
            # ("Fighters from Ansaru joined JNIM": the men moved, not the group)
            and not _MEN_OF_BEFORE.search(s.before(a, 60))
            # ("X joined Y to form W": the two went into a third, neither is a part of the other)
            and not _TO_FORM_AFTER.match(after_b)
        ):
            if _JOINED_IN_DOING_AFTER.match(s.after(b, 120)):
                # "the AA joined the KIA in attacking the junta", "joined A and B, its partners in the alliance":
                # two groups in one fight
                yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
            else:
                yield Found(a, Predicate.AFFILIATE_OF, b, 0.75)
        elif (
            a.type is G
            and b.type is O
            and _AFFILIATED_WITH_BODY.match(between)
            and not _in_clause(s, a, between)
        ):
            # "the Security Belt is affiliated with the Southern Transitional Council": a group under a body
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
        elif (_PART_NAMED.search(a.text) and re.match(r"^\s+of\s+(?:the\s+)?$", between)) or re.match(
            r"^\s+(?:faction|wing|branch|cell)\s+of\s+(?:the\s+)?$", between
        ):
            # "the Hafiz Gul Bahadur faction of the Pakistani Taliban": the part's name holds the part word
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.75)
        elif _UNDER_CONTROL_OF.match(between) or _REGARDED_PART_OF.match(between):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
        elif _WHOSE_CORE_IS.match(between) and not re.match(r"^\s+[A-Z]", after_b):
            # ("whose core is the Kurdish People's Protection Units": not the adjective read as a name)
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.7)
        elif (
            a.type is G
            and b.type is G
            and (rest := second_verb_phrase(between)) is not None
            and (_X_JOINED_Y.match(rest) or _X_IS_POSS.match(rest) and _POSS_BRANCH_AFTER.match(after_b))
            and not _in_clause(s, a, between)
            and not any(
                m.type is G and m.text in rest for m in s.mentions if a.end <= m.start and m.end <= b.start
            )
        ):
            # "X pledged allegiance to IS in 2018 and operates under the banner of Y": the last of its verb phrases
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    if (
        a.type is G
        and b.type in ORG_LIKE
        and b.text.casefold() not in _PRONOUNS
        and not _in_clause(s, a, between)
        and not _other_group_between(s, a, b)
    ):
        member = _X_MEMBER_OF_Y.match(between) and (
            b.type is G or _ALLIANCE_NAME.search(b.name) or _BLOC_WORD.match(after_b)
        )
        if member or (_UNDER_UMBRELLA.match(between) and _UMBRELLA_AFTER.match(after_b)):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
        elif (
            b.type is G
            and (m := _MADE_UP_OF.match(between)) is not None
            and (
                m.group("men")
                or (re.search(r"\b(?:former|ex-)\s*$", between, re.I) and _MEN_AFTER.match(after_b))
            )
        ):
            yield Found(a, Predicate.FORMED_FROM, b, 0.7)
    # "the Y Front belongs to the Z alliance"; "the unit is part of the state police"; "A and B both belong to C"
    # (not "fighters of A belong to C": the men, not the group; nor "part of the Y's command": an owner's part)
    if (
        a.type in ORG_LIKE
        and b.type in ORG_LIKE
        and a.text.casefold() not in _PRONOUNS
        and b.text.casefold() not in _PRONOUNS
        and not _same(a, b)
        and _BELONGS_TO.match(between)
        and not _in_clause(s, a, between)
        and not _other_group_between(s, a, b)
        and not _POSS_START_AFTER.match(after_b)
        and not _MEN_OF_BEFORE.search(s.before(a, 60))
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
        first = a
        for c in sorted((m for m in s.mentions if m.end <= a.start), key=lambda m: -m.start):
            if c.type not in ORG_LIKE or c.text.casefold() in _PRONOUNS or _same(c, first) or _same(c, b):
                continue
            if not _LISTED_WITH.match(s.text[c.end - s.start : first.start - s.start]):
                break
            yield Found(c, Predicate.AFFILIATE_OF, b, 0.65)
            first = c
    # "the alliance includes the Y, which runs the border trade, and the Z": each member named is the whole's
    if (
        a.type in ORG_LIKE
        and b.type is G
        and not _same(a, b)
        and _INCLUDES.match(between)
        and not _in_clause(s, a, between)
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.65)
        last = b
        for c in sorted((m for m in s.mentions if m.start >= b.end), key=lambda m: m.start):
            if c.type is L:
                continue
            if (
                c.type is not G
                or _same(c, a)
                or not _NEXT_MEMBER.match(s.text[last.end - s.start : c.start - s.start])
            ):
                break
            if not _same(c, last):
                yield Found(c, Predicate.AFFILIATE_OF, a, 0.6)
            last = c
    # "the al-Karrar office, run from the mountains of Puntland by IS-Somalia"; "the media bureau, hosted by X": an
    # office a group runs is the group's (not "the office, hit by X": what was done to it)
    if (
        a.type in ORG_LIKE
        and b.type is G
        and not _same(a, b)
        and _OFFICE_NAME.search(a.name)
        and _RUN_BY.match(between)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    # "the group's Majeed Brigade": the group is the one the sentence names before (and only that one)
    if (
        a.type is G
        and b.type in ORG_LIKE
        and a.text.casefold() not in _PRONOUNS
        and (_UNIT_NAME.search(b.name) or _CELL_NAME.search(b.name))
        and not _NOT_A_UNIT_OF.search(b.name)
        and _THE_GROUPS_UNIT.search(s.before(b, 60))
        and all(_same(m, a) for m in s.mentions if m.type is G and m.end <= b.start)
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.6)
    # "MONUSCO, the UN stabilisation mission"; "Amaq, the IS news agency": the whole as a modifier of the part word;
    # "Bayt al-Mal, an Islamic State office that moves money to its provinces": an office is its owner's
    if (
        a.type in ORG_LIKE
        and b.type in ORG_LIKE
        and b.text.casefold() not in _PRONOUNS
        and _X_COMMA_THE.match(between)
    ):
        for part_after, confidence in ((_PART_WORD_AFTER, 0.7), (_OFFICE_AFTER, 0.65)):
            if part_after.match(after_b):
                yield Found(a, Predicate.AFFILIATE_OF, b, confidence)
    # "the 2nd Division, whose 5th Brigade is based in Y": the unit named after "whose" is the force's own
    if (
        a.type in ORG_LIKE
        and b.type in ORG_LIKE
        and _UNIT_NAME.search(b.name)
        and not _NOT_A_UNIT_OF.search(b.name)
        and _WHOSE_UNIT.match(between)
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.6)
    # "Operation Hadin Kai, the Nigerian army's counter-insurgency operation"; "the EU's Operation Aspides"
    if a.type in ORG_LIKE and b.type in ORG_LIKE and not _NOT_A_NAME.match(b.text):
        if _X_COMMA_THE.match(between) and _POSS_OPERATION_AFTER.match(after_b):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
        elif _POSS_OWNED.match(between) and _OPERATION_NAME.match(b.text) and not _NOT_A_NAME.match(a.text):
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.7)
    # "X was accepted as an IS affiliate": the parent named as a modifier (never a pronoun: "its affiliates").
    if (
        a.type in ORG_LIKE
        and b.type is G
        and b.text.casefold() not in _PRONOUNS
        and re.match(
            # "X was accepted as an IS affiliate"; "Katiba Macina, an al-Qaeda affiliate, ..."
            r"^\s*,?\s+(?:[\w-]+\s+){0,3}?(?:as|is|was|became|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?$"
            # ("Jamaat-ul-Ahrar, a Mohmand-based TTP faction")
            # ("the X front, another EMC unit")
            r"|^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the|another)\s+(?:(?:former|main|largest|regional|local|official)\s+)?"
            r"(?:[\w'’-]+-(?:based|born|led)\s+)?$",
            between,
            re.I,
        )
        and (
            _BRANCH_AFTER.match(after_b)
            # "Jamaat-ul-Ahrar, a TTP faction"
            or (
                between.lstrip().startswith(",")
                # ("a TTP faction that rejoined the group", not "a TTP faction that split from it")
                and re.match(
                    r"^\s+(?:faction|component)\b(?!\s+(?:of|from|(?:that|which)\s+(?!(?:re)?joined\b|remains\b|"
                    # ("the Gulf Cartel faction that has run the port for years": what the faction does, not whence)
                    r"(?:(?:has|have|had|now|long|still)\s+)*(?:run|runs|ran|controls?|controlled|holds?|held|"
                    r"dominates?|dominated|rules?|ruled|is\s+based|was\s+based)\b)))",
                    after_b,
                    re.I,
                )
            )
        )
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.75, "branchOf")
    # "Hezbollah's Radwan Force": a group's own unit, named as one (and "the FAI's Nikos Cell", "the Red Army
    # Faction's Tiger Column": a cell or a column is a unit too)
    if (
        a.type is G
        and b.type is G
        and _POSS_UNIT.match(between)
        # ("the FARC's Eastern Bloc", "the EMC's Western Bloc Jacobo Arenas": a bloc of fronts is the guerrilla's)
        and (
            _UNIT_NAME.search(b.name)
            or _CELL_NAME.search(b.name)
            or _OWNED_BODY_END.search(b.text)
            or re.search(r"\bBloc\b", b.text)
        )
        and not _NOT_A_NAME.match(a.text)
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.65, "branchOf")
    # "Katiba Serma, an Ansar Dine loyalist faction"
    if (
        a.type is G
        and b.type is G
        and re.match(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the)\s+$", between)
        and re.match(
            r"^\s+(?:loyalist|allied|aligned)\s+(?:faction|group|militia|outfit|movement)\b", after_b, re.I
        )
    ):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
    # "Ahrar al-Sham has since jailed several Jund al-Aqsa commanders": one group's hand on another's people
    if (
        a.type is G
        and b.type is G
        and _SEIZED_MEN.match(between)
        and re.match(
            r"^\s+(?:leaders|commanders|fighters|members|militants|officials|emirs)\b", after_b, re.I
        )
    ):
        yield Found(a, Predicate.RIVAL_OF, b, 0.7)
    # "the Kurdistan Freedom Falcons (TAK), a PKK splinter group"
    if (
        a.type is G
        and b.type is G
        and re.match(
            # ("the 33rd Front, another FARC dissident group")
            r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the|another)\s+(?:(?:former|small|smaller|radical|violent|second|third|"
            r"new|newer|another|latest|hardline|little-known|shadowy)\s+)*$"
            # "TRF is widely seen as a Lashkar-e-Taiba offshoot"
            r"|^\s*,?\s+(?:[\w-]+\s+){0,3}?(?:as|is|was|became|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?$",
            between,
        )
        and (
            re.match(r"^\s+(?:splinter|breakaway|dissident|offshoot)\b", after_b, re.I)
            # "a FARC dissident group": the gazetteer's name for the dissidents takes the word in
            or (
                re.search(r"\bdissidents?$", b.text, re.I)
                and re.match(
                    r"^\s+(?:group|faction|structure|front|bloc|unit|organi[sz]ation)\b", after_b, re.I
                )
            )
        )
    ):
        yield Found(a, Predicate.FORMED_FROM, b, 0.75)
    if (
        a.type is O
        and b.type is G
        and _ITS_OUTLET_BEFORE.search(s.before(a, 40))
        and _OUTLET_THEN_SPEAKER.match(between)
        and _SAID_AFTER.match(after_b)
        and not any(m.type in ORG_LIKE and m.end <= a.start for m in s.mentions)
    ):
        # "In a statement carried by its Amaq news agency, IS said ...": the outlet is the speaker's, named after it
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    # "IS named P leader of its Sinai branch"; "claimed the raid through its weekly al-Naba";
    # "counts the fighters as part of its Libya Province (ISLP)"; "the Interior Ministry sent units of its General
    # Security Service": a body's own unit, named by a unit word
    if (
        (a.type is G or (a.type is O and _UNIT_NAME.search(b.name) and not _NOT_A_UNIT_OF.search(b.name)))
        and b.type in ORG_LIKE
        # ("IS said on Friday that one of its men had carried out the raid on the barracks near Mosul, and named
        # him in a message published through its Amaq agency": a long adjunct between the subject and "its")
        and len(between) < 200
        and re.search(
            # ("along with most of the command of its elite Radwan Force")
            r"\b(?:its|their)\s+(?:(?:own|elite|special)\s+)?(?:(?:weekly|daily|official|news|propaganda|media)\s+)*"
            r"(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:Province|Branch|Wing|Division|Brigade)\s*\(\s*)?$",
            between,
        )
        # ("Al-Shabaab, the al-Qaeda affiliate that ..., claimed it through its Radio Andalus": al-Qaeda only describes;
        # so does the owner in "JNIM, al-Qaeda's affiliate in the Sahel, claimed it through its az-Zallaqa outlet")
        and not any(
            m.type is G
            and a.end <= m.start
            and m.end <= b.start
            and not _same(m, a)
            and not _MODIFIER_AFTER.match(s.after(m, 30))
            and not (
                _X_ACRONYM_COMMA.match(s.text[a.end - s.start : m.start - s.start])
                and _POSS_BRANCH_AFTER.match(s.after(m, 40))
            )
            for m in s.mentions
        )
        # "acting on the orders of the Iranian regime and its Revolutionary Guard": "its" is the regime's
        and not _NOUN_AND_ITS.search(between)
        # "its" is the subject's: in "IS counts them as its Libya Province (ISLP), and its al-Naba ..." it is not ISLP's
        # (nor a group named only in a compound: "the al Qaeda-linked group JNIM ... its az-Zallaqa media arm")
        and (
            (
                a
                is _clause_owner(
                    s,
                    _heads(s) if a.type is G else [m for m in s.mentions if m.type in ORG_LIKE],
                    b.start,
                    own=True,
                )
                # ("P of the Coast Police said officers from the National Police and its Rapid Unit": "its" is the
                # name's right before it, not the clause's subject's)
                and not any(
                    m.type in ORG_LIKE
                    and a.end <= m.start
                    and _NAME_AND_ITS.match(s.text[m.end - s.start : b.start - s.start])
                    for m in s.mentions
                )
            )
            # "the National Police Service and its General Service Unit": the name right before "and its"
            # (a unit or a body, not "the Taliban and its al-Qaeda guests")
            or (_NAME_AND_ITS.match(between) is not None and (b.type is O or _UNIT_NAME.search(b.name)))
            # "X kept silent, while IS announced it via its Amaq outlet": a later clause's own subject, whose verb
            # leads straight to "its"
            or (
                a.type is G
                and _OWN_VERB_TO_ITS.match(between) is not None
                and _CLAUSE_OPENS.search(s.before(a, 12))
            )
        )
    ):
        if a.type is G and b.type is G and _ALLIES_AFTER.match(after_b):
            # "X and its Y allies"; "X sent its Y partners in": a group's allies are not its parts
            yield Found(a, Predicate.ALLIED_WITH, b, 0.6)
        else:
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.6)
    # "the Islamic State's weekly al-Naba"; "the British Army's Special Air Service": what an organisation owns
    # (and "the EU's Atalanta naval mission", "the Guards' Hamza base": a name the unit word after it makes a unit)
    if (
        a.type in ORG_LIKE
        and b.type is O
        and _POSS_OWNED.match(between)
        and (
            a.type is G
            or _UNIT_NAME.search(b.name)
            or _SUB_BODY_NAME.match(b.text)
            or _OWNED_BODY_END.search(b.text)
            or _UNIT_WORD_AFTER.match(after_b)
        )
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.6)
    # "the Rapid Support Unit, which answers nominally to the interior ministry"; "the Africa Corps, which reports to
    # Russia's defence ministry" (not "the Corps, which answers to the ministry's rivals")
    if (
        a.type in ORG_LIKE
        and b.type in ORG_LIKE
        and not _NOT_A_NAME.match(a.text)
        and _ANSWERS_TO.match(between)
        and not _POSS_START_AFTER.match(after_b)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.6)
    # "Dr P, a fellow at the Centre for Peace Research at Makerere University": the centre where a person works
    # is the university's (not "a fellow at the Centre and at Makerere University", nor "a bomb outside the
    # Confucius Institute at the University of Lagos": a building there, not a body's part)
    if (
        a.type is O
        and b.type is O
        and _RESEARCH_BODY.search(a.name)
        and not _UNIVERSITY.search(a.name)
        and _UNIVERSITY.search(b.name)
        and _AT_UNIVERSITY.match(between)
        and _WORKS_AT_BEFORE.search(s.before(a, 20))
        and any(m.type is P and m.end <= a.start for m in s.mentions)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.6)
    # "the Kenya Defence Forces said troops of the army's 12th Brigade ...": "the army" is the one force the
    # sentence names before its unit (not when two forces are named: which army would be a guess)
    if (
        a.type is O
        and a.subtype == "Military"
        # ("the 3rd Division's officers and the army's 5th Brigade": a formation is not the army)
        and not _FORMATION_NAME.search(a.name)
        and b.type is O
        and _UNIT_NAME.search(b.name)
        and _THE_ARMY_POSS.search(between)
        and all(
            _same(m, a)
            for m in s.mentions
            if m.end <= b.start and m.type in ORG_LIKE and m.subtype == "Military"
        )
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.6)
    # "the Eastern Command of the Armed Forces", "the Quds Force of the IRGC": a unit of a larger body
    if (
        a.type in ORG_LIKE
        and b.type in ORG_LIKE
        and (a.type is O or not _NOT_A_UNIT_OF.search(a.name))
        and _UNIT_NAME.search(a.name)
        and re.match(r"^\s+of\s+(?:the\s+)?$", between)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    if (
        a.type is G
        and b.type is G
        and (
            _MERGED_TO_FORM.match(between)
            or _MERGED_WITH_TO_FORM.search(s.before(a, 40))
            and _TO_FORM.match(between)
        )
    ):
        yield Found(b, Predicate.FORMED_FROM, a, 0.75)
    # "X joined Y and Z to form an alliance called W": W was formed from each of them
    if a.type is G and b.type is G and _JOINED_TO_FORM.match(between):
        yield Found(b, Predicate.FORMED_FROM, a, 0.7)
        # (the members named between the verb and "to form", from the sentence's own text)
        hi = max((a.end + m.start() for m in _TO_FORM_WORDS.finditer(s.between(a, b))), default=a.end)
        for c in s.mentions:
            if c.type is G and a.end <= c.start and c.end <= hi and not _same(c, a) and not _same(c, b):
                yield Found(b, Predicate.FORMED_FROM, c, 0.7)
    # "It was folded, alongside the Congolese ADF, into ISCAP": the group named alongside went in too
    if (
        a.type is G
        and b.type is G
        and _ALONGSIDE_BEFORE.search(s.before(a, 80))
        and re.match(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+into\s+(?:the\s+)?$", between)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    # "units of the PDF loyal to the shadow National Unity Government": a militia loyal to a body is its force
    if a.type is G and b.type is O and _LOYAL_TO_BODY.match(between):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    # "The Africa Corps, which inherited much of Wagner's personnel": a successor built from another's men
    if a.type is G and b.type is G and _INHERITED.match(between) and _MEN_INHERITED.match(after_b):
        yield Found(a, Predicate.FORMED_FROM, b, 0.7)
    # "the commander quit the BLA and set up his own faction, the BRA"
    if a.type is G and b.type is G and _QUIT_AND_SET_UP.match(between) and _QUIT.search(s.before(a, 40)):
        yield Found(b, Predicate.FORMED_FROM, a, 0.75)
    # "the AA belongs to the Three Brotherhood Alliance": an alliance may be tagged as an organisation
    if a.type is G and b.type in ORG_LIKE and _ARMED_PART_ASSOCIATED.match(between):
        # "the al-Aqsa Martyrs' Brigades, the armed network associated with Fatah": the party's armed part
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    if a.type is G and b.type is O and _X_JOINED_Y.match(between) and _ALLIANCE_NAME.search(b.name):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    if a.type is G and b.type is G:
        # "a cleric founded X in 2009 after splitting from Y": a group founded on a split from another
        if _SET_UP_BEFORE.search(s.before(a, 30)) and _AFTER_BREAKING.match(between):
            yield Found(a, Predicate.FORMED_FROM, b, 0.7)
        # "a leaflet from X claimed the ambush on behalf of Y": X acts as Y's unit
        if _ON_BEHALF_OF.match(between) and not _other_group_between(s, a, b):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
        # "the ambush was blamed on X gunmen from the group's Y wing": a part of the group just named
        if _MEN_OF_THE_GROUPS.match(between) and _BRANCH_AFTER.match(after_b):
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.7, "branchOf")
        # "PKK loyalists who refused the truce set up TAK": a group founded by a group's loyalists stays its ally.
        if _Y_LOYALISTS_SET_UP_X.match(between):
            yield Found(b, Predicate.ALLIED_WITH, a, 0.7)
        # "the IS affiliate, now known as Islamic State Pakistan Province"
        if _RENAMED_BRANCH.match(between):
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.75, "branchOf")
        # "it had carried out the raid together with Lakurawa"
        if _TOGETHER_WITH.match(between) and not _other_group_between(s, a, b):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
    if (
        a.type is G
        and b.type is G
        and not _MODIFIER_AFTER.match(after_b)
        and not KIN_AFTER.match(after_b)
        # "Another group of FARC dissidents, the Comandos de la Frontera, broke away from X": not FARC's verb
        and not DESCRIBED.search(s.before(a, 40))
        # "Another offshoot of Boko Haram, Ansaru, which is aligned with al-Qaeda": nor Boko Haram's
        and _part_named_after(s, a) is None
        # "Hamas emerged from its Gaza branch": the object is the branch, not the owner "its" stands for
        and not (b.text.casefold() in _PRONOUNS and _NAMED_PART_AFTER.match(after_b))
    ):
        # "Hurras al-Din, a splinter of HTS, pledged allegiance to al-Qaeda": the verb is the head's, not HTS's
        own = not _in_clause(s, a, between)
        # "X was set up by deserters from Y who swore loyalty to Z": the clause is the deserters', who are X
        # ("X was founded by members of Y, the armed wing of Z, who broke with the movement": the members broke,
        # neither Y nor Z)
        # ("Y, the armed wing of Z, which broke with W": the clause is Y's, never Z's)
        part_head = (
            next(
                (
                    g
                    for g in s.mentions
                    if g.type is G
                    and g.end <= a.start
                    and not _same(g, a)
                    and _APPOSED_PART_OF.match(s.text[g.end - s.start : a.start - s.start])
                ),
                None,
            )
            if _RELATIVE_COMMA.match(between)
            else None
        )
        men_of_head = part_head is not None and bool(_MEN_FROM_BEFORE.search(s.before(part_head, 40)))
        if part_head is not None:
            own = False
        if (
            _MEN_WHO.match(between) or _MEN_APPOS_WHO.match(between) or _MEN_COMMA_WHO.match(between)
        ) and _MEN_FROM_BEFORE.search(s.before(a, 40)):
            own = False
            founded = next(
                (
                    x
                    for x in sorted(s.mentions, key=lambda m: -m.start)
                    if x.type is G
                    and x.end <= a.start
                    and not _same(x, a)
                    and _X_FORMED_FROM_Y.match(_untimed(_GLOSS.sub("", s.between(x, a), count=1)))
                ),
                None,
            )
            if founded is not None and not _same(founded, b) and ALLIED.match(between):
                yield Found(founded, Predicate.ALLIED_WITH, b, 0.7)
        # "Jund al-Khilafa, a splinter of AQIM that declared allegiance to IS": the clause is the head's too
        head = None if men_of_head else part_head or _apposition_head(s, a, between)
        if head is not None:
            own = False
            if _same(head, b):
                pass
            elif ALLIED.match(between):
                sub = "pledgedAllegianceTo" if re.search(r"allegiance|loyalty|bay", between, re.I) else None
                yield Found(head, Predicate.ALLIED_WITH, b, 0.75, sub)
            elif RIVAL.match(between):
                yield Found(head, Predicate.RIVAL_OF, b, 0.7)
        if (
            own
            and _BY_LOYALISTS.search(between)
            and _LOYALISTS_AFTER.match(after_b)
            and _X_FORMED_FROM_Y.match(between)
            and not _other_group_between(s, a, b)
        ):
            # "X was founded by Y loyalists": loyal to Y, not necessarily from its ranks
            yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
        elif _ARMED_OFFSHOOT.search(between) and (
            _X_OFFSHOOT_OF_Y.match(between)
            or _Y_POSS_OFFSHOOT_X.match(between)
            or _Y_OFFSHOOT_COMMA_X.match(between)
        ):
            # "the Eagles, the armed offshoot of the Union"; "the Union's armed offshoot, the Eagles": an armed
            # offshoot is the parent's fighting wing, a part of it, not a group that left it
            if _Y_POSS_OFFSHOOT_X.match(between) or _Y_OFFSHOOT_COMMA_X.match(between):
                yield Found(b, Predicate.AFFILIATE_OF, a, 0.75, "branchOf")
            else:
                yield Found(a, Predicate.AFFILIATE_OF, b, 0.75, "branchOf")
        elif (
            # ("..., where it competes with BIFF, itself a breakaway of the MILF": an apposition is the nearest name's)
            (own or _APPOSED_NOUN.match(between))
            and _X_FORMED_FROM_Y.match(_untimed(between))
            or _X_OFFSHOOT_OF_Y.match(between)
            or _X_COMMA.match(between)
            and _POSS_OFFSHOOT_AFTER.match(after_b)
        ):
            yield Found(a, Predicate.FORMED_FROM, b, 0.8)
            # "X later broke with Y and has fought it since": a break is a rivalry too; so is "the two have been
            # fighting each other since X broke away from Y"
            if _BROKE_WITH.match(_untimed(between)) or _TWO_FIGHTING_SINCE.search(s.before(a, 120)):
                yield Found(a, Predicate.RIVAL_OF, b, 0.65)
            # "X was created out of former fighters of both A and B": the second of the pair too
            if (
                re.search(r"\bboth\s+(?:the\s+)?$", between)
                and (c := _and_next(s, b)) is not None
                and not _same(a, c)
            ):
                yield Found(a, Predicate.FORMED_FROM, c, 0.75)
            # "X, set up by fighters who quit Y, is now a bitter enemy of its old parent group"
            if _RIVAL_OF_PARENT_AFTER.match(after_b):
                yield Found(a, Predicate.RIVAL_OF, b, 0.7)
        elif _Y_POSS_OFFSHOOT_X.match(between) or _Y_OFFSHOOT_COMMA_X.match(between):
            yield Found(b, Predicate.FORMED_FROM, a, 0.8)
        elif (
            (_FORMED_BY_MERGER.match(between) and _LIST_GOES_ON.match(after_b))
            or (_FORMED_WHEN_LIST.match(between) and _LIST_THEN_MERGED.match(s.after(b, 200)))
            or (_FORMED_WHEN_MEN.match(between) and _MEN_BROKE_AWAY_AFTER.match(s.after(b, 150)))
            or _REMNANT_OF.match(between)
        ):
            yield Found(a, Predicate.FORMED_FROM, b, 0.75)
        elif _FORMED_WHEN_MEN_ALLIED.match(between):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
        elif _Y_MEMBERS_SET_UP_X.match(between):
            yield Found(b, Predicate.FORMED_FROM, a, 0.75)
        elif (
            (m := _FOUNDED_BY_FORMER.match(between))
            and (t := _FORMER_MEMBER_AFTER.match(after_b))
            # led by a former member is a new group's origin only when he defected to it
            and (not m.group("led") or t.group("defected"))
        ) or (
            # ("founded by P, a cleric who defected from Y's rival Z": Y only owns the name after it)
            _FOUNDED_BY_DEFECTOR.match(between) and not re.match(rf"^{_POSS}", after_b)
        ):
            yield Found(a, Predicate.FORMED_FROM, b, 0.7)
        if (
            own
            and not _POSS_CREED_AFTER.match(after_b)
            and (ALLIED.match(between) or ALLIED.match(_BARE_FORMED.sub(r"\1", between)))
        ):
            sub = "pledgedAllegianceTo" if re.search(r"allegiance|loyalty|bay", between, re.I) else None
            yield Found(a, Predicate.ALLIED_WITH, b, 0.8, sub)
        elif _FORMED_WITH_LIST.match(between) and _LIST_GOES_ON.match(after_b):
            # "the Three Brotherhood Alliance, formed in 2019 with the MNDAA and the TNLA": the bloc's members, and
            # allies of the group the sentence says belongs to it or leads it
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.7)
            member = _bloc_subject(s, a)
            if member is not None and not _same(member, b):
                yield Found(member, Predicate.ALLIED_WITH, b, 0.65)
        elif _X_FRONT_THAT.match(between) and _Y_USES_AFTER.match(after_b):
            # "officials regard the TJP as a front that the TTP uses to claim its attacks": a front is the user's part
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.75)
        elif (
            b.type is G
            and lexicon.GROUP_CLOSE_TO_BEFORE.search(s.before(a, 80))
            and _APPOSED_NEXT.match(between)
            and re.match(r"\s*(?:\([^()]{1,25}\))?\s*,", after_b)
        ):
            # "A group close to al-Mourabitoun, Ansar al-Islam, claimed the ambush": the apposed name is the group
            yield Found(b, Predicate.ALLIED_WITH, a, 0.7)
        elif (
            _ALLY_AFTER.match(after_b)
            and re.match(rf"^\s+(?:remains?|is|are|was|were|became|has\s+been)\s+{_COPULA_WORDS}$", between)
            and not _NO_LONGER.search(between)
            or _X_AND_Y.match(between)
            and _PAIR_ALLIED_AFTER.match(after_b)
        ):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.75)
        elif (
            _SHELTERS.match(between)
            or _INTO_ALLIANCE.match(between)
            or (_X_AND_Y.match(between) and _PAIR_ALLIED_BEFORE.search(s.before(a, 40)))
        ):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
        if (
            own
            and RIVAL.match(between)
            or _POSS_WAR.match(between)
            or re.match(rf"^\s+(?:is|are|was|were|remains?)\s+{_COPULA_WORDS}$", between)
            and _RIVAL_AFTER.match(after_b)
            and not _NO_LONGER.search(between)
        ):
            yield Found(a, Predicate.RIVAL_OF, b, 0.75)
        elif _X_AND_Y.match(between) and (
            _PAIR_RIVAL_AFTER.match(after_b) or _PAIR_RIVAL_BEFORE.search(s.before(a, 60))
        ):
            yield Found(a, Predicate.RIVAL_OF, b, 0.7)
        elif _POSS_ENEMY_IS.match(between):
            yield Found(a, Predicate.RIVAL_OF, b, 0.8)
        elif (
            _X_COUNTS_Y_AS.match(between)
            and _AS_ITS_ENEMY_AFTER.match(after_b)
            and not any(m.type is G and a.end <= m.start and m.end <= b.start for m in s.mentions)
        ):
            yield Found(a, Predicate.RIVAL_OF, b, 0.75)
        elif _POSS_ALLY_IS.match(between):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.8)
        elif _AS_ARE.match(between) and _ALIGNED_WITH_BEFORE.search(s.before(a, 60)):
            yield Found(b, Predicate.ALLIED_WITH, a, 0.7)
    if a.type is G and b.type is G:
        yield from _kin(s, a, b, between)
        # "Another offshoot of Boko Haram, Ansaru, ...": the part is named right after its parent
        if _part_named_after(s, a) is b:
            kind = _PART_OF_LEAD.search(s.text[: a.start - s.start])
            if kind is not None and re.match(_OFFSHOOT, kind.group("kind"), re.I):
                yield Found(b, Predicate.FORMED_FROM, a, 0.75)
            else:
                yield Found(b, Predicate.AFFILIATE_OF, a, 0.75)
        yield from _described_pair(s, a, b, between, after_b)
        yield from _described_as_part(s, a, b, between, after_b)
        yield from _founders_pledge(s, a, b, between, after_b)
    if a.type is G:
        yield from _from_its_ranks(s, a, b)
        if b.type in ORG_LIKE:
            yield from _both_members(s, a, b, between)


# "A and B, both members of the Z coalition": every name of the list is in the whole
_BOTH_MEMBERS_OF = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:both|all)\s+(?:(?:founding|key|leading|core)\s+)?"
    r"(?:members|components|constituents|member\s+groups|member\s+factions|part)\s+of\s+(?:the\s+)?$",
    re.I,
)
_LIST_LINK = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*(?:,\s*)?(?:and\s+)?(?:of\s+)?(?:the\s+)?$", re.I)


def _both_members(s: Sentence, a: Mention, b: Mention, between: str) -> Iterator[Found]:
    """ "fighters of A and of B, both members of Z": A and B are parts of Z."""
    if not _BOTH_MEMBERS_OF.match(between):
        return
    yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    last = a
    for g in sorted((m for m in s.mentions if m.end <= a.start), key=lambda m: -m.start):
        if g.type is not G or not _LIST_LINK.match(s.text[g.end - s.start : last.start - s.start]):
            break
        if not _same(g, b) and not _same(g, last):
            yield Found(g, Predicate.AFFILIATE_OF, b, 0.7)
        last = g


# The noun phrase an apposition opens on: "X, a Dogon self-defence group that ...", "X, one of the factions ..."
_KIND_NOUN = (
    # ("the PMF, the umbrella of militias created to fight IS")
    r"(?:group|faction|militia|outfit|movement|network|force|brigade|unit|organi[sz]ation|coalition|alliance|umbrella)"
)
_KINDS_NOUN = (
    r"(?:groups|factions|militias|outfits|movements|networks|forces|brigades|units|organi[sz]ations)"
)
_APPOSED_KIND = (
    rf"(?:\s+(?:militia|group|movement|faction))?[*_]*\s*\)?[*_]*\s*(?:\([^()]{{1,25}}\))?[*_]*\s*,\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_KIND_NOUN}"
    # "a loose network of ethnic Amhara militias"
    rf"(?:\s+of\s+(?:[\w'’-]+\s+){{0,3}}?{_KINDS_NOUN})?|"
    rf"one\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_KINDS_NOUN})\s+"
)
# "Kata'ib Hezbollah, one of the Iran-backed factions grouped under the PMF umbrella"
_KIND_UNDER = re.compile(
    rf"^{_APPOSED_KIND}(?:(?:that|which)\s+(?:(?:is|are|was|were|now|still|formally)\s+)*)?"
    r"(?:grouped|gathered|organi[sz]ed|brought\s+together|united|operating|operate|operates|sitting|sit|sits|nested|"
    r"fall|falls|falling)\s+under\s+(?:the\s+)?$",
    re.I,
)
_UNDER_THE_UMBRELLA_OF = re.compile(
    rf"^{_APPOSED_KIND}(?:(?:that|which)\s+(?:(?:is|are|was|were|now|still|formally)\s+)*)?"
    r"(?:grouped|gathered|organi[sz]ed|brought\s+together|united|operating|operate|operates|sitting|sit|sits|nested|"
    r"fall|falls|falling)\s+under\s+the\s+umbrella\s+of\s+(?:the\s+)?$",
    re.I,
)
_UMBRELLA_WORD_AFTER = re.compile(r"^\s+umbrella\b", re.I)
# "The PMF was formed in 2014 to fight IS"; "X, a militia set up to counter Y": the enemy a group was made for
_FORMED_TO_FIGHT = re.compile(
    rf"^(?:{_APPOSED_KIND}|{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?)"
    r"(?:(?:originally|first|initially|largely|partly|specifically)\s+)?"
    r"(?:formed|created|founded|set\s+up|established|raised|mobili[sz]ed|launched)\s+"
    r"(?:(?:in|during)\s+(?:early\s+|late\s+|mid-)?\d{4}\s+)?(?:(?:specifically|expressly|largely|mainly|partly|"
    r"originally|initially|chiefly)\s+)?(?:to|in\s+order\s+to)\s+(?:fight|combat|counter|confront|battle|defeat|"
    r"resist|take\s+on|drive\s+out|push\s+back|repel)\s+(?:the\s+)?"
    # "a militia formed to resist the expansion of Y": the enemy is whose spread it resists
    r"(?:(?:expansion|advance|advances|spread|encroachment|incursions?|rise|influence)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "X, a militia formed with PKK help": the group that helped found another is its ally
_FORMED_WITH = re.compile(
    rf"^(?:{_APPOSED_KIND})?(?:(?:that|which)\s+(?:was|were)\s+)?(?:formed|founded|created|set\s+up|established|raised|"
    r"built)\s+(?:(?:in|during)\s+\d{4}\s+)?with\s+(?:(?:the|considerable|significant|direct)\s+)?"
    r"(?:(?:help|support|backing|assistance|aid)\s+(?:of|from)\s+(?:the\s+)?)?$",
    re.I,
)
_HELP_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:help|support|backing|assistance|aid)\b", re.I)
# "X, a Yazidi militia ... regarded by Ankara as a PKK branch": the parent as the modifier of the part word
_REGARDED_AS_A = re.compile(
    r"^\s*\)?\s*(?:\([^()]{1,25}\))?\s*,\s+(?:[^,;]{0,90}?\s+)?(?:regarded|seen|considered|viewed|described|treated)\s+"
    r"(?:by\s+(?:[\w'’.-]+\s+){1,3}?)?as\s+(?:a|an)\s+(?:[\w-]+\s+)?$",
    re.I,
)
# "a faction that broke away from the TTP in 2014 before returning to its fold": a splinter back in its parent
_REJOINED_AFTER = re.compile(
    r"^\s+(?:(?:in|during)\s+\d{4}\s+)?(?:,\s+)?(?:before|and(?:\s+(?:later|then|has\s+since|has|since))?|"
    r"but(?:\s+(?:later|then|has\s+since|since))?)\s+(?:returning|returned|rejoining|rejoined|re-joining|re-joined)\s+"
    r"(?:to\s+)?(?:its|their|the)\s+(?:parent(?:'s|’s)?\s+)?(?:fold|ranks|parent|group|movement|organi[sz]ation)\b",
    re.I,
)


# "The New IRA was formed in 2012 when the Real IRA merged with several smaller factions"
_FORMED_WHEN = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:was|were)\s+(?:formed|created|founded|born|established)\s+"
    r"(?:(?:in|during)\s+(?:early\s+|late\s+|mid-)?\d{4}\s+)?when\s+(?:the\s+)?$",
    re.I,
)
_EMERGED_WHEN = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:formed|created|founded|born|established|emerged)\s+"
    r"(?:(?:in|during)\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+\s+)?\d{4}\s*,?\s+)?when\s+(?:the\s+)?$",
    re.I,
)
# what the old group did that made the new one: renamed itself, pledged itself to a new parent
_REBRANDED_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s*,\s+(?:a|an|the)\s+[^,;]{1,60},)?\s+(?:(?:had|has|then|later|formally|"
    r"officially)\s+)*(?:rebranded|renamed\s+itself|renamed|reorgani[sz]ed|transformed\s+itself|"
    r"(?:pledged|swore|declared)\s+(?:its\s+)?(?:allegiance|loyalty|bay'?ah)\s+to\s+[^,;.]{1,60}?\s+and\s+"
    r"(?:rebranded|renamed|reorgani[sz]ed|became))\b",
    re.I,
)
_MERGED_AFTER = re.compile(r"^\s+(?:merged|joined\s+forces|combined|united|amalgamated|fused)\s+with\b", re.I)
# "The ADF ... absorbed remnants of another rebel movement, the NALU"
_ABSORBED_REMNANTS = re.compile(
    r"^[^;:]{0,160}?\b(?:absorbed|took\s+in|incorporated|swallowed)\s+(?:the\s+)?remnants\s+of\s+"
    r"(?:(?:another|a|an)\s+(?:[\w-]+\s+){0,2}?(?:movement|group|faction|militia|organi[sz]ation|outfit|insurgency)"
    r"\s*,\s+)?(?:the\s+)?$",
    re.I,
)


# "IS-Somalia was founded by P, a cleric who ... pledged allegiance to the Islamic State's leadership";
# "P, NTJ's founder and leader, who ... pledged allegiance to the Islamic State's then leader": the founder's or
# leader's pledge is his group's
_FOUNDED_BY_PERSON = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:was|were)\s+)?(?:founded|formed|created|set\s+up|established)\s+"
    r"(?:(?:in|around)\s+(?:early\s+|late\s+)?\d{4}\s+)?by\s+\x01\s*,\s+(?P<rest>[^;]*)$",
    re.I,
)
_POSS_FOUNDER = re.compile(
    rf"^{_POSS}\s+(?:(?:co-?)?founder|leader|chief|emir|head)(?:\s+and\s+(?:(?:co-?)?founder|leader|emir|chief|head))?"
    r"\s*,\s+(?P<rest>[^;]*)$",
    re.I,
)
# "Boko Haram's leader, Abubakar Shekau, pledged allegiance to IS"; "Since its leader, P, pledged allegiance to IS"
_LEADER_PLEDGED = re.compile(
    rf"^(?:{_POSS})?\s+(?:(?:current|then|long-?time|new|supreme|self-styled)\s+)?(?:leader|founder|chief|emir|head|"
    r"commander(?:-in-chief)?)\s*,?\s+\x01\s*,?\s+(?:(?:has|had|also|publicly|formally|later|then|reportedly)\s+)*"
    r"(?:pledged|swore|sworn|declared)\s+(?:his\s+|her\s+)?(?:allegiance|loyalty|bay'?ah)\s+to\s+(?:the\s+)?$",
    re.I,
)
_WHO_PLEDGED = re.compile(
    # (only the founder's own clause: "who met a man who had pledged ..." is the man's pledge)
    r"^(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?)?who\s+(?:(?:(?!\b(?:who|whom|whose|that|which)\b)[^;]){0,120}?\s)?"
    r"(?:and\s+)?(?:pledged|swore|sworn|declared|gave)\s+"
    r"(?:his\s+|her\s+|their\s+)?(?:allegiance|loyalty|bay'?ah)\s+to\s+(?:the\s+)?$",
    re.I,
)
_LEADER_AFTER = re.compile(
    rf"^(?:{_POSS}\s+(?:then\s+|late\s+|self-styled\s+)?(?:leader|leadership|chief|emir|caliph|commander)\b|\s*[,.;(]|\s+(?:in|and)\b)",
    re.I,
)


def _founders_pledge(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """The allegiance a group's founder or leader pledged, in the clause that names him as such, is the group's."""
    if not _LEADER_AFTER.match(after_b):
        return
    people = [m for m in s.mentions if m.type is P and a.end <= m.start and m.end <= b.start]
    if len(people) == 1 and _LEADER_PLEDGED.match(between.replace(people[0].text, "\x01", 1)):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.65, "pledgedAllegianceTo")
        return
    if (m := _POSS_FOUNDER.match(between)) is not None:
        # the founder is named right before the group: "Zahran Hashim, NTJ's founder and leader, who ..."
        if people or not any(
            p.type is P and re.match(r"^\s*,\s+$", s.between(p, a)) for p in s.mentions if p.end <= a.start
        ):
            return
        rest = m.group("rest")
    else:
        if len(people) != 1:
            return
        plain = between.replace(people[0].text, "\x01", 1)
        if (m := _FOUNDED_BY_PERSON.match(plain)) is None:
            return
        rest = m.group("rest")
    if _WHO_PLEDGED.match(rest):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.65, "pledgedAllegianceTo")


def _described_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """What an apposition or a passive says of two groups: the umbrella one sits under, the enemy it was formed to
    fight, the group that helped found it, what another calls it, and a splinter's return to its parent."""
    # (the other end named earlier in the same apposition is no third party: "formed with PKK help ... a PKK branch")
    if any(
        m.type is G and a.end <= m.start and m.end <= b.start and not _same(m, a) and not _same(m, b)
        for m in s.mentions
    ):
        return
    # an apposition that opens on a kind noun describes `a` whatever clause `a` itself closes
    apposed = re.match(rf"^{_APPOSED_KIND}", between, re.I) is not None
    if (_KIND_UNDER.match(between) and _UMBRELLA_WORD_AFTER.match(after_b)) or _UNDER_THE_UMBRELLA_OF.match(
        between
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    if _FORMED_TO_FIGHT.match(between) and (apposed or not _in_clause(s, a, between)):
        yield Found(a, Predicate.RIVAL_OF, b, 0.7)
    if (
        _FORMED_WITH.match(between)
        and (re.search(r"\b(?:of|from)\s+(?:the\s+)?$", between) or _HELP_AFTER.match(after_b))
        and (apposed or not _in_clause(s, a, between))
    ):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
    if (
        _REGARDED_AS_A.match(between)
        and _BRANCH_AFTER.match(after_b)
        and (apposed or not _in_clause(s, a, between))
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7, "branchOf")
    # "the Dan Na Ambassagou militia, a Dogon self-defence group that has fought Katiba Macina for years"
    if (
        kind := re.match(rf"^{_APPOSED_KIND}(?=(?:that|which|who)\s)", between, re.I)
    ) is not None and RIVAL.match(" " + between[kind.end() :]):
        yield Found(a, Predicate.RIVAL_OF, b, 0.7)
    if _FORMED_WHEN.match(between) and _MERGED_AFTER.match(after_b) and not _in_clause(s, a, between):
        yield Found(a, Predicate.FORMED_FROM, b, 0.7)
    elif (
        _EMERGED_WHEN.match(between)
        and _REBRANDED_AFTER.match(s.after(b, 120))
        and not _in_clause(s, a, between)
    ):
        # "Sinai Province emerged in 2014 when Ansar Bait al-Maqdis pledged allegiance to IS and rebranded"
        yield Found(a, Predicate.FORMED_FROM, b, 0.7)
    if (
        _ABSORBED_REMNANTS.match(between)
        and not _in_clause(s, a, between)
        # the absorber is `a`: no other group or body named in between
        and not any(
            m.type in ORG_LIKE and a.end <= m.start and m.end <= b.start and not _same(m, b)
            for m in s.mentions
        )
    ):
        yield Found(a, Predicate.FORMED_FROM, b, 0.7)
    if (
        _REJOINED_AFTER.match(after_b)
        and not _in_clause(s, a, between)
        and (_X_FORMED_FROM_Y.match(_untimed(between)) or _X_OFFSHOOT_OF_Y.match(between))
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)


# A describer's word that names a part: "X, a cell that police describe as an arm of Y", "X calls itself the
# youth wing of Y", "analysts described X as 'a front of Y'" (not "as a splinter of Y": _NOT_SPLIT)
_DESCRIBE_VERB = (
    r"(?:describes?|described|describing|regards?|regarded|regarding|considers?|considered|considering|sees?|saw|"
    r"views?|viewed|viewing|calls?|called|calling|labels?|labell?ed|brands?|branded|characteri[sz]es?|"
    r"characteri[sz]ed|presents?|presented|presenting|styles?|styled|styling|bills?|billed|billing)"
)
_AS_PART_OF = (
    rf"(?:as\s+)?[\"“‘']?\s*(?:(?:a|an|the|one)\s+(?:of\s+(?:the\s+)?)?(?:{_NOT_SPLIT}[\w'’-]+\s+){{0,3}}?{_BRANCH}e?s?|"
    r"(?:an?\s+)?(?:integral\s+)?part)\s+(?:of|for)\s+(?:the\s+)?[\"“‘']?\s*$"
)
# "X, a group that security officials describe as a wing of Y": the describer sits inside the relative clause
_KIND_DESCRIBED_AS_PART = re.compile(
    rf"^(?:{_APPOSED_KIND}|\s*\)?\s*(?:\([^()]{{1,25}}\))?\s*,\s+)(?:that|which|whom)\s+(?:the\s+)?"
    r"(?:[\w'’.-]+\s+){1,4}?(?:(?:has|have|had|also|long|often|now|officially|formally|widely|still)\s+)*"
    rf"{_DESCRIBE_VERB}\s+(?:it\s+)?{_AS_PART_OF}",
    re.I,
)
# "X ... and regarded itself as the British branch of Y": the group's word on itself
_SELF_DESCRIBED_AS_PART = re.compile(
    rf"^[^;.!?]{{0,150}}?\b{_DESCRIBE_VERB}\s+(?:itself|themselves)\s+{_AS_PART_OF}",
    re.I,
)
# another subject between the group and "itself", or a denial: "X attacked a cell that calls itself ...",
# "X no longer describes itself as ..."
_OTHER_SELF = re.compile(
    r"\b(?:(?:a|an|the|another)\s+(?:[\w'’-]+\s+){0,3}?(?:group|faction|cell|network|organi[sz]ation|movement|gang|"
    r"militia|outfit|band|unit|party)\s+(?:that|which|who)|who|whose|not|never|no\s+longer|denies|denied|deny|"
    r"rejects|rejected|stopped|ceased)\b",
    re.I,
)
_MEN_WORD = re.compile(
    r"^\s+(?:members|fighters|militants|veterans|loyalists|defectors|commanders|cadres|supporters|activists)\b",
    re.I,
)
_DENIED = re.compile(r"\b(?:not|never|no\s+longer|denies|denied|deny|rejects|rejected|once|formerly)\b", re.I)
# "He described X as 'an affiliate of Y'": the described name right after the verb
_DESCRIBED_BEFORE = re.compile(rf"\b{_DESCRIBE_VERB}\s+(?:the\s+)?$", re.I)
_AS_PART_BETWEEN = re.compile(rf"^\s*(?:\([^()]{{1,25}}\))?\s+{_AS_PART_OF}", re.I)


# "X also contends with Y for control of the routes"; "X competes for recruits with older parties such as Y"
_CONTENDS_WITH = re.compile(
    rf"^(?:{_APPOS})?\s*,?\s+(?:(?:also|still|now|long|has|have|had|increasingly|openly)\s+)*"
    r"(?:(?:contends?|contended|contending)\s+with|(?:competes?|competed|competing|vies|vied|vying)\s+"
    r"(?:for\s+(?:[\w-]+\s+){1,3}?)?with\s+(?:(?:older|other|rival|smaller|larger|bigger|established)\s+)*"
    r"(?:parties|groups|factions|militias|gangs|cartels|movements|outfits|organi[sz]ations)\s*,?\s+"
    r"(?:such\s+as|like|including))\s+(?:the\s+)?$",
    re.I,
)


def _described_as_part(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """What a describer or the group itself calls a group: a branch, wing or part of another."""
    # (a name that only says whose men they were is no third party: "formed by a handful of Z members and ...")
    if (
        any(
            m.type in ORG_LIKE
            and a.end <= m.start
            and m.end <= b.start
            and not _same(m, a)
            and not _same(m, b)
            and not _MEN_WORD.match(s.after(m, 20))
            for m in s.mentions
        )
        or a.text.casefold() in _PRONOUNS
    ):
        return
    # ("... a wing of Y, a claim Y denies": a tie disowned)
    if _DISPUTED_AFTER.match(after_b):
        return
    # the describer's word inside a relative clause
    kind_described = _KIND_DESCRIBED_AS_PART.match(between) is not None and not _DENIED.search(between)
    # the group's word on itself, the group opening its clause ("Z members and regarded itself as ..." is about
    # the group the men formed)
    gap = _SELF_DESCRIBED_AS_PART.match(between)
    self_described = (
        gap is not None
        and not _OTHER_SELF.search(between[: gap.end()])
        and not _in_clause(s, a, between)
        and _CLAUSE_OPENS.search(s.before(a, 40)) is not None
    )
    # a speaker's word on the name right after the verb
    speaker_described = _DESCRIBED_BEFORE.search(s.before(a, 30)) is not None and _AS_PART_BETWEEN.match(
        between
    )
    if kind_described or self_described or speaker_described:
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7, "branchOf")
    if _CONTENDS_WITH.match(between) and not _in_clause(s, a, between):
        yield Found(a, Predicate.RIVAL_OF, b, 0.7)


# "the UBA, founded by defectors from its ranks in 2017": "its" is the group the sentence is about
_FROM_ITS_RANKS = re.compile(
    # (Markdown emphasis may close the name: "**United Baloch Army (UBA)**, founded by ...")
    rf"^[*_]*\s*\)?[*_]*\s*(?:\([^()]{{1,25}}\))?[*_]*\s*,\s+(?:(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{_KIND_NOUN}\s+)?"
    r"(?:(?:which|that)\s+(?:was|were)\s+)?(?:founded|formed|created|set\s+up|established|started|"
    r"launched)\s+(?:(?:in|during)\s+\d{4}\s+)?by\s+(?:(?:disaffected|disgruntled|former|breakaway|dissident|senior|"
    r"mid-ranking)\s+)?(?:defectors|dissidents|deserters|commanders|fighters|members|militants|cadres|hardliners|"
    r"mutineers)\s+(?:(?:who\s+(?:had\s+)?(?:split|broke\s+away|defected))\s+)?(?:from|of)\s+(?:its|their)\s+"
    r"(?:own\s+)?ranks\b",
    re.I,
)
# "... and remains a rival of its parent": the parent is the group it came from
_RIVAL_OF_ITS_PARENT = re.compile(
    r"\b(?:remains?|remained|is|was|became|has\s+become|has\s+been|turned\s+into)\s+(?:a|an|the)\s+"
    r"(?:(?:bitter|fierce|sworn|violent|deadly|main|chief|open|staunch)\s+)?(?:rival|enemy|foe|adversary)\s+"
    r"(?:of|to)\s+(?:its|their)\s+(?:former\s+|old\s+)?parent\b",
    re.I,
)


def _from_its_ranks(s: Sentence, a: Mention, b: Mention) -> Iterator[Found]:
    """ "The BLA has fractured before: the UBA, founded by defectors from its ranks, remains a rival of its parent":
    the group founded from "its" ranks came from the one group named before it."""
    if a.text.casefold() in _PRONOUNS or b.type not in ORG_LIKE or b.text.casefold() in _PRONOUNS:
        return
    if any(m.type is G and m.end <= b.start and not _same(m, a) and not _same(m, b) for m in s.mentions):
        return
    rest = s.text[b.end - s.start :]
    # past the rest of b's own name ("United Baloch Army (UBA)")
    tail = next((m for m in s.mentions if _same(m, b) and m.start >= b.end and m.start - b.end <= 3), None)
    if tail is not None:
        rest = s.text[tail.end - s.start :]
    if _POSS_START.match(s.after(a, 3)) or not _FROM_ITS_RANKS.match(rest):
        return
    yield Found(b, Predicate.FORMED_FROM, a, 0.7)
    if _RIVAL_OF_ITS_PARENT.search(rest):
        yield Found(b, Predicate.RIVAL_OF, a, 0.7)


# "Another offshoot of Boko Haram, Ansaru, ..."; "One faction of the TTP, Jamaat-ul-Ahrar, ...": a clause that opens
# on the part word, then the parent, then the part's own name
_PART_OF_LEAD = re.compile(
    rf"(?:^|[;:]\s+|\b(?:and|but|while|whereas)\s+)(?:[\"“]\s*)?"
    # "In the 1990s a breakaway faction of the NPA, the RPA, ...": a year or decade may open the clause
    r"(?:(?:in|by|during|since)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?\d{4}s?\s*,?\s+)?"
    r"(?:(?:another|an?|one|the|a\s+second|a\s+third)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<kind>{_OFFSHOOT}|{_BRANCH}|faction)\s+of\s+(?:the\s+)?$",
    re.I,
)
# ("a breakaway faction of the NPA that rejected its leaders, the RPA": a short clause on the part may come first)
_COMMA_THEN = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?(?:\s+(?:that|which|who)\s+[^,;()]{1,60}?)?\s*,\s+(?:the\s+)?$", re.I
)


def _part_named_after(s: Sentence, a: Mention) -> Mention | None:
    """The group named right after `a` when `a` only names the whole a part belongs to: in "Another offshoot of
    Boko Haram, Ansaru, is active ..." Ansaru is the offshoot, and what follows is said of it."""
    if a.type is not G or _PART_OF_LEAD.search(s.text[: a.start - s.start]) is None:
        return None
    after = [m for m in s.mentions if m.type is G and m.start >= a.end and not _same(m, a)]
    nearest = min(after, key=lambda m: m.start, default=None)
    if nearest is None or not _COMMA_THEN.match(s.between(a, nearest)):
        return None
    return nearest


# ", itself a breakaway of", ", a faction that broke away from": a noun phrase in apposition to the name before it
_APPOSED_NOUN = re.compile(r"^\s*,\s+(?:itself\s+|themselves\s+)?(?:a|an)\s+", re.I)

# "broke away last year from": when says nothing about where a group came from
_WHEN = re.compile(
    r"\s+(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:year|month|week|spring|summer|autumn|fall|winter)"
    r"(?=\s)",
    re.I,
)


def _and_next(s: Sentence, b: Mention) -> Mention | None:
    """The group joined to `b` by "and" right after it: B in "both A and the B"."""
    return next(
        (
            c
            for c in sorted(s.mentions, key=lambda m: m.start)
            if c.type is G
            and c.start >= b.end
            and _AND_THE.match(s.text[b.end - s.start : c.start - s.start])
        ),
        None,
    )


_AND_THE = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s+and\s+(?:the\s+)?$")


def _untimed(between: str) -> str:
    return _WHEN.sub("", between)


_BY_LOYALISTS = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
_LOYALISTS_AFTER = re.compile(r"^\s+(?:loyalists|supporters|sympathi[sz]ers|admirers)\b", re.I)
_APPOSED_OF = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:of|from)\s+(?:the\s+)?$", re.I)
_RELATIVE_START = re.compile(r"^\s+(?:that|which|who)\b", re.I)
_RELATIVE_COMMA = re.compile(r"^\s*,\s+(?:that|which|who)\b", re.I)
_PART_THEN_OF = re.compile(
    r"^\s+(?:faction|wing|branch|cell|unit|brigade|battalion|column)\s+of\s+(?:the\s+)?$", re.I
)
_JUST_ACRONYM = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*$")


# ("X, which began as the armed wing of Y before breaking away in 2010": the relative clause is X's own)
_BEGAN_AS = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?(?:\s*,\s+(?:which|that))?\s+(?:originally\s+|first\s+)?(?:began|started)\s+"
    r"(?:life\s+|out\s+)?as\s",
    re.I,
)
_THEN_BROKE_AFTER = re.compile(
    r"^[^.;]{0,40}?\s(?:and|but|before)\s+(?:later\s+|then\s+|eventually\s+)?"
    r"(?:broke|split|splintered|parted|walked\s+out|seceded|breaking\s+away|splitting|splintering|seceding)\b",
    re.I,
)
_TURNED_ON_AFTER = re.compile(
    r"^[^.;]{0,80}?\s(?:broke|split|splintered|seceded|breaking|splitting|splintering|seceding)\b[^.;]{0,40}?\s(?:and|then)\s+"
    r"(?:later\s+|soon\s+|then\s+)?(?:turn(?:ed|ing)?\s+on|(?:went|going)\s+to\s+war\s+with|fought|fighting)\s+"
    r"(?:its|their|the)\s+(?:(?:former|old|one-?time|erstwhile)\s+)?(?:bosses|masters|patrons|parent|allies|leaders|mother)\b",
    re.I,
)
# ", is the", ", remains a": a verb right after the comma that closes an apposition
_CLOSED_APPOS_VERB = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:is|was|are|were|became|becomes|remains|remained|has\s+been|had\s+become)\s",
    re.I,
)


def _closed_apposition_head(s: Sentence, a: Mention, between: str) -> Mention | None:
    """The group whose verb follows `a` when `a` ends an apposition of that group: in "X, the armed wing of Y,
    is the backbone of Z" the backbone is X, not Y."""
    if not _CLOSED_APPOS_VERB.match(between):
        return None
    return _head_of_apposition(s, a, ORG_LIKE)


def _head_of_apposition(s: Sentence, a: Mention, kinds: Collection[EntityType]) -> Mention | None:
    """The name (of one of `kinds`) that an apposition ending with `a` describes: X in "X (XY), the armed wing of a"."""
    before = s.before(a, 80)
    if (m := _APPOSED_OF.search(before)) is None:
        return None
    comma = a.start - len(before) + m.start()
    heads = [
        g
        for g in s.mentions
        if g.type in kinds
        and g.end <= comma
        and _JUST_ACRONYM.match(s.text[g.end - s.start : comma - s.start])
    ]
    return heads[-1] if heads else None


def _apposition_head(s: Sentence, a: Mention, between: str) -> Mention | None:
    """The group a relative clause after `a` is about, when `a` ends an apposition of that group: in
    "X, an Algerian splinter of Y that declared allegiance to Z" the clause is X's."""
    if _RELATIVE_COMMA.match(between):
        # "the Karialan faction of the BIFF, which has pledged allegiance to IS": the clause is the faction's
        part = next(
            (
                g
                for g in s.mentions
                if g.type is G
                and g.end <= a.start
                and not _same(g, a)
                and _PART_THEN_OF.match(s.text[g.end - s.start : a.start - s.start])
            ),
            None,
        )
        if part is not None:
            return part
    if not _RELATIVE_START.match(between):
        return None
    return _head_of_apposition(s, a, (G,))


# "LeJ and its ally Jaish al-Adl", "the group and its Syrian affiliate, X", "Its rival Y" (with "its" standing for a group)
_KIN = (
    r"(?:(?P<past>former|erstwhile|one-?time|onetime|ex-)\s*)?"
    r"(?:(?:close|closest|key|main|chief|long-?time|old|oldest|bitter|arch|sworn|regional|local|armed|military|"
    r"political|intelligence|media|external|overseas|[A-Z][a-z]+)\s+)?"
    r"(?P<kin>ally|allies|partner|partners|rival|rivals|enemy|enemies|foe|foes|affiliate|affiliates|branch|franchise|wing|"
    r"offshoot|splinter(?:\s+group|\s+faction)?|parent(?:\s+group|\s+organi[sz]ation)?)\s*,?\s+(?:[Tt]he\s+)?$"
)
_AND_ITS_KIN = re.compile(rf"^\s+and\s+(?:its|their)\s+{_KIN}")
_PRONOUN_KIN = re.compile(rf"^\s+{_KIN}")


# "its allies Y, Z and W": the next name of a list the plural kin word opens
_KIN_LIST_NEXT = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


def _kin(s: Sentence, a: Mention, b: Mention, between: str) -> Iterator[Found]:
    """ "X and its ally Y", "its rival Y", "X and its allies Y and Z": the kinship word names the relation and its
    direction, and a plural one says it of every name of the list it opens."""
    found = list(_kin_first(a, b, between))
    yield from found
    kin = _AND_ITS_KIN.match(between) or (
        _PRONOUN_KIN.match(between) if a.text.casefold() in ("its", "their") else None
    )
    if not found or kin is None or not kin.group("kin").casefold().endswith(("ies", "s")):
        return
    last = b
    while (c := _next_after(s, last, _KIN_LIST_NEXT)) is not None and not _same(c, a):
        for f in found:
            yield dataclasses.replace(f, **{"object" if f.object is b else "subject": c})
        if re.search(r"\band\s+(?:the\s+)?$", s.text[last.end - s.start : c.start - s.start]):
            return
        last = c


def _kin_first(a: Mention, b: Mention, between: str) -> Iterator[Found]:
    m = _AND_ITS_KIN.match(between)
    if m is None and a.text.casefold() in ("its", "their"):
        m = _PRONOUN_KIN.match(between)
    if m is None:
        return
    kin = m.group("kin").casefold()
    if m.group("past") and kin.startswith(("ally", "allies", "partner", "rival", "enem", "foe")):
        # "its former ally, the Islamic State": what the two were is no longer what they are
        return
    if m.group("past") and kin.startswith("parent"):
        # "Los Lobos and its former parent, Los Choneros": a group that left its parent was formed from it
        yield Found(a, Predicate.FORMED_FROM, b, 0.75)
        return
    if kin.startswith(("ally", "allies", "partner")):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.75)
    elif kin.startswith(("rival", "enem", "foe")):
        yield Found(a, Predicate.RIVAL_OF, b, 0.75)
    elif kin.startswith(("affiliate", "branch", "franchise", "wing")):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.75, "branchOf")
    elif kin.startswith(("offshoot", "splinter")):
        yield Found(b, Predicate.FORMED_FROM, a, 0.75)
    else:
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.75)


# "X, which is funded by Tehran, belongs to a loose alliance alongside Y and the Palestinian group Z"
_BLOC = re.compile(
    r"\b(?:belongs?|belonged|belonging)\s+to|\bpart\s+of|\bmembers?\s+of|\bjoined",
    re.I,
)
_BLOC_ALONGSIDE = re.compile(
    r"^[^.;]{0,40}?\b(?:axis|alliance|coalition|bloc|front|camp)\b(?:\s+of\s+[\w-]+){0,2}[\"'”’]?\s+"
    r"(?:alongside|together\s+with|along\s+with)\s+"
    r"(?:[A-Z][\w'’-]+(?:'s|’s)\s+)?(?:the\s+)?$",
    re.I,
)
_BLOC_NEXT = re.compile(
    r"^\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:[A-Z][\w'’-]+(?:'s|’s)?\s+)?(?:(?:group|movement|militia|organi[sz]ation)\s+)?$"
)


def _bloc(s: Sentence, groups: list[Mention]) -> Iterator[Found]:
    """Members of one alliance or axis, named together, are allies of one another."""
    for i, g in enumerate(groups):
        before = s.before(g, 120)
        trigger = None
        for t in _BLOC.finditer(before):
            trigger = t
        if trigger is None or not _BLOC_ALONGSIDE.match(before[trigger.end() :]):
            continue
        members = [g]
        for h in groups[i + 1 :]:
            if not _BLOC_NEXT.match(s.between(members[-1], h)):
                break
            members.append(h)
        at = g.start - len(before) + trigger.start()
        owner = _clause_owner(s, groups[:i], at, own=False)
        # the owner must be the subject of this clause: no person or organisation named in between
        if owner is not None and not any(
            m.type in (P, O) and owner.end <= m.start and m.end <= at for m in s.mentions
        ):
            members.insert(0, owner)
        for j, x in enumerate(members):
            for y in members[j + 1 :]:
                if not _same(x, y):
                    yield Found(x, Predicate.ALLIED_WITH, y, 0.65)
        return


# "the IS-linked ADF", "Katiba Macina, an al-Qaeda-affiliated group", "IS-held Raqqa": a group named
# only as the first half of a compound, which the tagger leaves out of the mentions.
_TIED = re.compile(
    r"(?P<name>\b(?:al-|Al-)?[A-Z][\w'’.]*(?:[\s-][A-Z][\w'’.]*){0,3})-(?P<tie>linked|affiliated|aligned|allied|"
    r"controlled|held|run|ruled|dominated|occupied)\b"
)
_TIED_TO = {
    "linked": Predicate.ALLIED_WITH,
    "aligned": Predicate.ALLIED_WITH,
    "allied": Predicate.ALLIED_WITH,
}
# ("the Caucasus Emirate, the al-Qaeda-aligned insurgency")
_TIE_NOUN_START = re.compile(
    rf"^(?:{TIE_NOUN}|\s+(?:[\w-]+\s+)?(?:insurgency|insurgent\s+group|coalition|alliance|rebels|jihadists))\b"
)


def _known_tie(tie: str, group: Mention, gid: str) -> Predicate:
    """ "al Qaeda-linked al-Shabaab": a link to the parent the gazetteer knows for the group is its affiliation
    (but "al-Qaeda-aligned Ansaru" says an alignment, and so an alliance, whatever the gazetteer holds)."""
    predicate = _TIED_TO.get(tie, Predicate.AFFILIATE_OF)
    if tie != "linked" or not (group.gazetteer_id or "").startswith("group:"):
        return predicate
    entry = lexicon.groups().get(group.gazetteer_id.removeprefix("group:"))
    return Predicate.AFFILIATE_OF if entry is not None and entry.parent == gid else predicate


def _ties(s: Sentence, ms: list[Mention]) -> Iterator[Found]:
    """Relations stated by a compound: "the IS-linked ADF", "X, an al-Qaeda-affiliated group", "IS-held Raqqa"."""
    for t in _TIED.finditer(s.text) if ms else ():
        gid = lexicon.lookup_group(t.group("name"))
        if gid is None:
            continue
        at, end = s.start + t.start("name"), s.start + t.end()
        tied = Mention(
            t.group("name"),
            lexicon.groups()[gid].name,
            G,
            ms[0].doc_id,
            at,
            s.start + t.end("name"),
            s.index,
            0.7,
            f"group:{gid}",
        )
        if t.group("tie") not in _TIED_TO and t.group("tie") != "affiliated":
            # "IS-held Raqqa": the place right after the compound
            place = next((m for m in ms if m.type is L and m.start >= end), None)
            if place is not None and re.match(r"^\s*(?:the\s+)?$", s.text[t.end() : place.start - s.start]):
                yield Found(tied, Predicate.OPERATES_IN, place, 0.65)
            continue
        # "the IS-linked (rebel group) ADF"
        described = next((m for m in ms if m.type is G and m.start >= end), None)
        if described is not None and TIE_NOUN_THEN.match(s.text[t.end() : described.start - s.start]):
            yield Found(described, _known_tie(t.group("tie"), described, gid), tied, 0.65)
            continue
        # "Katiba Macina, an al-Qaeda-affiliated group"
        head = next((m for m in reversed(ms) if m.type is G and m.end <= at), None)
        if (
            head is not None
            and _TIE_NOUN_START.match(s.text[t.end() :])
            and re.match(
                r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$",
                s.text[head.end - s.start : t.start()],
            )
        ):
            yield Found(head, _known_tie(t.group("tie"), head, gid), tied, 0.65)


# ------------------------------------------------------------------ round 28: plain ties analysts state

# "Jabhat al-Nusra, then al-Qaeda's Syrian branch": a word of time before the apposed part changes nothing of whose
# part it was
_X_THEN_POSS_PART = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:then|at\s+the\s+time|once|formerly|previously|until\s+(?:19|20)\d\d)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "regarded Awliya al-Dam as a front used by Kataib Hezbollah": a describer's verb before X, "as a front" after it
_DESCRIBER_BEFORE = re.compile(
    r"\b(?:regard|regards|regarded|see|sees|saw|seen|view|views|viewed|consider|considers|considered|describe|"
    r"describes|described|label|labels|labelled|labeled|brand|brands|branded|treat|treats|treated)\s+(?:the\s+)?$",
    re.I,
)
_AS_FRONT_FOR_Y = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:front|proxy|cover)\s+"
    r"(?:group\s+|organi[sz]ation\s+|outfit\s+|name\s+)?"
    r"(?:for|of|used\s+by|run\s+by|controlled\s+by|set\s+up\s+by|created\s+by)\s+(?:the\s+)?$",
    re.I,
)
# "Ansarul Islam fighters operating under the JNIM banner": the group's men fight in the whole's name
_MEN_UNDER = re.compile(
    r"^\s+(?:fighters|militants|members|units|men|commanders|cells|combatants)\s+(?:(?:who|that)\s+(?:are|were)\s+)?"
    r"(?:(?:now|still|reportedly)\s+)?(?:operating|fighting|operate|operated|fight|fought)\s+under\s+(?:the\s+)?$",
    re.I,
)
# "the Congo River Alliance (AFC), the coalition that includes the M23": the whole, apposed, then its member
_COALITION_THAT_INCLUDES = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:coalition|alliance|umbrella(?:\s+group|\s+organi[sz]ation)?|bloc|federation|grouping|platform)\s+"
    r"(?:that|which)\s+(?:now\s+|also\s+)?(?:includes|included|comprises|comprised|brings\s+together|groups)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "X, by far the largest faction, claims to be CODECO's political wing": what X says it is, a part of Y
_CLAIMS_TO_BE = re.compile(
    rf"^\s*(?:\([^()]{{1,25}}\))?{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:still|now|also|openly)\s+)?"
    r"(?:claims\s+to\s+be|claimed\s+to\s+be|presents\s+itself\s+as|presented\s+itself\s+as|describes\s+itself\s+as|"
    r"described\s+itself\s+as|styles\s+itself\s+as|calls\s+itself)\s+(?:the\s+)?$",
    re.I,
)
# "X is among the factions that make up the core of Y"; "Alongside A and B, it is among the factions that analysts
# say make up Y": the subject is one of Y's parts
_AMONG_THAT_MAKE_UP = (
    r"(?:is|are|was|were|remains|remain)\s+(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:factions|groups|militias|members|components|organi[sz]ations|movements|brigades|units)\s+(?:that|which)\s+"
    r"(?:(?:[\w-]+\s+){1,3}?(?:say|says|said|believe|believes)\s+)?"
    r"(?:make|makes|made|form|forms|formed|constitute|constitutes|constituted)\s+(?:up\s+)?"
    r"(?:the\s+(?:core|bulk|backbone|heart|nucleus)\s+of\s+)?(?:the\s+)?$"
)
_X_AMONG_THAT_MAKE_UP = re.compile(rf"^\s*(?:\([^()]{{1,25}}\))?\s+{_AMONG_THAT_MAKE_UP}", re.I)
# ("Along with the BLF, it is part of an umbrella alliance of separatist factions known as the BRAS")
_IT_PART_OF = (
    r"(?:is|are|was|were|remains|remain)\s+(?:(?:now|also|still|formally)\s+)?(?:a\s+)?(?:part|member|members)\s+of\s+"
    r"(?:the\s+|(?:an?\s+|the\s+)(?:[\w-]+\s+){0,6}?(?:known\s+as|called|named)\s+(?:the\s+)?)?$"
)
_ALONGSIDE_IT_AMONG = re.compile(
    rf"^\s*(?:\([^()]{{1,25}}\))?(?:\s*,?\s+and\s+[^,;]{{1,60}}?)?\s*,\s+(?:it|they)\s+"
    rf"(?:{_AMONG_THAT_MAKE_UP}|{_IT_PART_OF})",
    re.I,
)
# "The AA is part of the Three Brotherhood Alliance, alongside the MNDAA and the TNLA": the ones named alongside the
# member are members too
_PART_OF_BEFORE = re.compile(
    r"\b(?:(?:is|are|was|were|remains|has\s+been)\s+(?:(?:now|also|still|formally)\s+)?(?:a\s+)?"
    r"(?:part|member|members|component|components)\s+of|belongs\s+to|belonged\s+to|joined)\s+(?:the\s+)?$",
    re.I,
)
_WHOLE_ALONGSIDE = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?"
    r"(?:[^;:]{1,80}?(?:,\s*|\s+and\s+)(?:the\s+)?)?$",
    re.I,
)
# "The UVF, along with the Red Hand Commando, is represented on the Loyalist Communities Council": a seat in the whole
_REPRESENTED_ON = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s*,[^;:]{1,120}?,)?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:(?:also|now|formally|still|both)\s+)*represented\s+(?:on|in)\s+(?:the\s+)?$",
    re.I,
)
_ALONG_WITH_ASIDE = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:along\s+with|alongside|together\s+with|like)\s", re.I
)
# "Los Lobos heads a loose bloc known as Nueva Generación that includes Los Tiguerones": the leading member and the
# members the bloc's clause names
_HEADS_BLOC_KNOWN_AS = re.compile(
    r"^\s+(?:(?:now|also)\s+)?(?:heads|leads|headed|led|anchors|dominates)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bloc|coalition|alliance|umbrella|federation|grouping)\s+(?:known\s+as|called|named|dubbed)\s+[\"“]?(?:the\s+)?$",
    re.I,
)
_BLOC_KNOWN_AS_BEFORE = re.compile(
    r"\b(?:bloc|coalition|alliance|umbrella|federation|grouping)\s+(?:known\s+as|called|named|dubbed)\s+[\"“]?(?:the\s+)?$",
    re.I,
)
_THAT_INCLUDES = re.compile(
    r"^[\"”]?\s*,?\s+(?:that|which)\s+(?:now\s+|also\s+)?(?:includes|included|comprises|brings\s+together|groups)\s+"
    r"[*_]*(?:the\s+)?$",
    re.I,
)
_ALONGSIDE_OPENS = re.compile(
    r"\b(?:Alongside|Along\s+with|Together\s+with|Like)\s+(?:the\s+)?(?:[^,;]{1,60}?\s+and\s+(?:the\s+)?)?$",
    re.I,
)
# "X was built from 2017 onwards by FARC fronts that had refused to demobilise"; "founded by Y veterans": X was
# made from Y's men
_FOUNDED_BY_MEN_OF = re.compile(
    rf"^\s*(?:\([^()]{{1,25}}\))?{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:group|faction|outfit|movement|network|militia|coalition|alliance)\s+)?"
    r"(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:formed|founded|created|set\s+up|established|built|launched)\s+"
    r"(?:(?!(?:trained|backed|armed|funded|financed|supported|sponsored|equipped|against|with)\b)[\w-]+\s+){0,4}?"
    r"by\s+(?:(?:former|dissident|disaffected|breakaway|renegade)\s+)?$",
    re.I,
)
_MEN_AFTER_FOUNDED = re.compile(
    r"^\s+(?:fronts|units|dissidents|defectors|veterans|remnants|commanders|fighters|members|cadres|deserters|"
    # ("founded by al-Qaeda loyalists who left HTS": the men came out of the group they left, not the one they follow)
    r"hardliners|blocs|columns)\b(?!\s+(?:and|or)\b)(?![^,;.]{0,30}?\b(?:left|quit|deserted|abandoned|broke|split|"
    r"defected)\b)",
    re.I,
)
# "Sipah-e-Sahaba Pakistan (SSP), the sectarian movement from which Lashkar-e-Jhangvi broke away": Y, then the
# relative clause that says X came out of it
_Y_FROM_WHICH = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:group|movement|organi[sz]ation|party|"
    r"faction|militia|network|outfit|insurgency|guerrilla|rebellion)\s+(?:from|out\s+of)\s+which\s+(?:the\s+)?$",
    re.I,
)
_CAME_OUT_AFTER = re.compile(
    r"^\s+(?:(?:had|later|eventually|itself)\s+)*(?:broke\s+away|broke\s+off|split(?:\s+off|\s+away)?|splintered|"
    r"emerged|grew|was\s+born|was\s+formed|was\s+founded|seceded|sprang|spun\s+off)\b",
    re.I,
)
# "a Lashkar-e-Jhangvi offshoot calling itself Lashkar-e-Jhangvi al-Alami": the splinter, then its name
_Y_OFFSHOOT_CALLED_X = re.compile(
    rf"^\s+(?:{_OFFSHOOT}|spin-?off)\s*,?\s+(?:(?:calling|styling)\s+itself|called|known\s+as|named|dubbed)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_INDEFINITE_OPENS = re.compile(r"\b(?:an?|another|one)\s+(?:[\w-]+\s+)?$", re.I)
# "X became a component of HTS when that coalition was formed from al-Nusra": the whole, then what it was made from
_WHEN_THAT_WHOLE_FORMED_FROM = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+when\s+(?:that|the|this)\s+(?:coalition|alliance|group|movement|organi[sz]ation|"
    r"umbrella|front)\s+was\s+(?:formed|created|founded|built|set\s+up|established)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:from|out\s+of)\s+(?:the\s+)?$",
    re.I,
)


def _parts_fronts_and_origins(
    s: Sentence, a: Mention, b: Mention, between: str, after_b: str
) -> Iterator[Found]:
    """A part named with a word of time ("X, then Y's Syrian branch"), a front used by a parent, men fighting under
    a banner, a coalition that includes a member, what a faction claims to be, a group built from another's men."""
    if (
        a.type is not G
        or b.type not in ORG_LIKE
        or _same(a, b)
        or _NOT_A_NAME.match(a.text)
        or _NOT_A_NAME.match(b.text)
    ):
        return
    # a seat on a council or a board may be in any body; the other ties are between groups
    if _REPRESENTED_ON.match(between) and (
        not _other_group_between(s, a, b) or _ALONG_WITH_ASIDE.match(between)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    if b.type is not G:
        return
    if _X_THEN_POSS_PART.match(between) and _POSS_BRANCH_AFTER.match(after_b):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7, "branchOf")
    if _AS_FRONT_FOR_Y.match(between) and _DESCRIBER_BEFORE.search(s.before(a, 20)):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    if _MEN_UNDER.match(between) and _UMBRELLA_AFTER.match(after_b):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    if _COALITION_THAT_INCLUDES.match(between) and not _POSS_START_AFTER.match(after_b):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.7)
    if _CLAIMS_TO_BE.match(between) and _POSS_BRANCH_AFTER.match(after_b):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    if _X_AMONG_THAT_MAKE_UP.match(between) or (
        _ALONGSIDE_IT_AMONG.match(between) and _ALONGSIDE_OPENS.search(s.before(a, 80))
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    if (
        (_FOUNDED_BY_MEN_OF.match(between) and _MEN_AFTER_FOUNDED.match(after_b))
        or _WHEN_THAT_WHOLE_FORMED_FROM.match(between)
    ) and not _other_group_between(s, a, b):
        yield Found(a, Predicate.FORMED_FROM, b, 0.65)
    if _HEADS_BLOC_KNOWN_AS.match(between):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.65)
    if _THAT_INCLUDES.match(between) and _BLOC_KNOWN_AS_BEFORE.search(s.before(a, 40)):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.65)
    if _WHOLE_ALONGSIDE.match(between) and _PART_OF_BEFORE.search(s.before(a, 40)):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.65)
    if _Y_FROM_WHICH.match(between) and _CAME_OUT_AFTER.match(after_b):
        yield Found(b, Predicate.FORMED_FROM, a, 0.7)
    if _Y_OFFSHOOT_CALLED_X.match(between) and _INDEFINITE_OPENS.search(s.before(a, 20)):
        yield Found(b, Predicate.FORMED_FROM, a, 0.7)

"""Place relations: where a group is active (operatesIn) and where a place or institution is (locatedIn)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import gazetteer
from kg.extract import lexicon
from kg.extract.branches import name_holds
from kg.extract.relations.common import (
    _APPOS,
    _BRANCH,
    _LEAD_COMMA,
    _LIST_JOIN,
    _MODIFIER_AFTER,
    _POSS,
    _POSS_START,
    _PRONOUNS,
    _VP_HEAD,
    _VP_JOIN,
    _VP_THEN,
    Found,
    G,
    L,
    O,
    P,
    _between,
    _in_clause,
    _other_group_between,
    _place_run,
    _same,
    second_verb_phrase,
    unknown_listed,
)
from kg.extract.sentences import Sentence
from kg.model import Mention, Predicate

# ------------------------------------------------------------------ group -> location

# "a presence in several Afghan provinces"
_SEVERAL = r"(?:several|many|some|numerous|various|multiple|two|three|four|five|six|a\s+dozen|dozens\s+of|a\s+number\s+of)"
# Which part of a place: "northern Mali", "far north-eastern Nigeria"
_SIDE = (
    r"(?:far\s+)?(?:north|south|east|west|northern|southern|eastern|western|central|north-?east(?:ern)?|"
    r"north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)"
)
# Verbs of a blow against someone: "the Taliban have crushed its cells in X" says where the cells were, not the Taliban
_HOSTILE = (
    r"(?:crushed|crush|destroyed|destroy|dismantled|dismantle|raided|raid|attacked|attack|targeted|target|hit|"
    r"bombed|bomb|struck|strike|overran|overrun|wiped|routed|rout|smashed|uprooted|cleared|clear|hunted|hunt|"
    r"besieged|shelled|stormed|seized|captured|disrupted|degraded|dislodged|expelled|ousted|evicted|fought|fighting|fights)"
)

# "the SDF is a Kurdish-led alliance backed by the US that holds much of Syria": the clause is the subject's
# (not when the noun phrase names another: "an ally of X that holds ...")
_IS_A_THAT = r"(?:is|was|are|were|remains?)\s+(?:a|an|the)\s+(?:(?!\b(?:of|with|to|for)\b)[^,;.]){0,60}?\s+(?:that|which)\s+"

# A compass word before a place: "northeast Nigeria", "the south of the country"
_COMPASS = (
    r"(?:north|south|east|west)-central|"
    r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|"
    r"north|south|east|west|northern|southern|eastern|western|central"
)

# "has waged an insurgency across **Balochistan**": Markdown emphasis around a name is not a word of the sentence
# (the text between two names may start or end inside the marks: "across **" before "Balochistan**")
_EMPHASIS = re.compile(r"(?<![\w*])[*_]{1,3}(?=[\w'’(]|$)|(?:(?<=[\w.'’)])|^)[*_]{1,3}(?![\w*])")


def _plain(text: str) -> str:
    """The text without the Markdown emphasis marks around its words."""
    return _EMPHASIS.sub("", text) if "*" in text or "_" in text else text


# 'IS cells were "active again in eastern Deir ez-Zor"': a quotation mark inside a clause is no word of it
_QUOTE_MARK = re.compile(r"[\"“”]")


def _unquoted(text: str) -> str:
    """The text without double quotation marks (so a quoted phrase reads as part of its clause)."""
    return _QUOTE_MARK.sub("", text) if '"' in text or "“" in text or "”" in text else text


_OPERATES = re.compile(
    # "JAD has pledged allegiance to IS and is active in Java": the second of two verb phrases of one subject
    # ("officials said G had been banned since 2019 and that it operates in X": the second said of it)
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+|{_IS_A_THAT})?(?:(?:has|have|had|is|was|are|were)\s+[^,;.]{{0,50}}?\s+and\s+(?:that\s+(?:it|they)\s+)?)?(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|mainly|mostly|largely|primarily|"
    r"still|now|also|most|currently|increasingly|long|once|eventually|began|begun|continues?\s+to|has|have|had|remained|"
    # "was founded in 2003 and today operates in A, B and C"
    r"today|nowadays|"
    # "has since expanded into X"
    r"since|"
    # "has for decades raised money in X"
    r"for\s+(?:decades|years|a\s+decade)|"
    r"been|reportedly|both|all|jointly|(?:believed|said|thought|reported|known|understood)\s+to\s+(?:be|have)|(?:largely|heavily)|"
    # "have in the past year become one of the deadliest armed groups in X"
    r"become|became|in\s+(?:the\s+)?(?:past|last)\s+(?:year|decade|(?:few|two|three)\s+years)|"
    # "has in recent years pushed south into X", "has over the past decade spread into Y"
    r"in\s+recent\s+(?:years|months)|over\s+the\s+(?:past|last)\s+(?:year|decade|(?:few|two|three)\s+(?:years|decades))|"
    # "is known to operate in X"
    # ("is believed to carry out most of the bombings in the provinces of X, Y and Z")
    r"(?:believed|said|thought|reported|known|understood)\s+to(?=\s+(?:operate|hold|control|hide|shelter|roam|recruit|wage|"
    r"carry\s+out)\b)|"
    # "has been able to regroup in X"
    r"(?:(?:been|is|are|was|were)\s+)?able\s+to|"
    # "the AFF says it operates in Baghlan and Kapisa": the group's own word for where it is
    # ("the KIA said on Wednesday that it had taken full control of X")
    r"(?:says?|said|claims?|claimed|insists?|insisted)\s+(?:(?:on|late\s+on|early\s+on)\s+\w+day\s+)?(?:that\s+)?(?:it|they)|"
    # "the group will remain in the Sanaag hills", "expects the militia to stay in Ituri": a modal before the staying
    r"(?:will|would|may|might|could|to)(?=\s+(?:remain|stay)\s+(?:in|inside|across|throughout)\s)|"
    r"first(?=\s+(?:appeared|surfaced|emerged)\s))\s+)*"
    # "the ADF remains in Ituri", "Ansar al-Sunna stayed in the Macomia forests": staying put is being there
    r"(?:(?:remain|remains|remained|stay|stays|stayed)(?=\s+(?:in|inside|across|throughout)\s)|"
    # "first appeared in Sokoto and neighbouring Kebbi", "first surfaced in the Lake Chad islands"
    r"(?<=first\s)(?:appeared|surfaced)|"
    r"active|based|operating|operates?|operated|operational|headquartered|entrenched|rooted|present|strongest|stronger|"
    # "the Rastrojos, strong in Cali and Tulua"
    r"strong(?=\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$)|"
    # "is weaker in Iraq than it has been for a decade": weaker where it still is
    r"weaker|weakest|"
    # "its fighters have since taken much of the territory in X" (ground, not hostages or prisoners)
    r"(?:taken|took|takes|won|wins|carved\s+up)\s+(?:over\s+)?(?:(?:most|much|all|parts?|large\s+parts)\s+of\s+)?"
    r"(?:its|their|the|rival)\s+(?:[\w-]+\s+)?(?:territory|turf|ground|areas?|strongholds?)|"
    r"fighting|fights|fought|waging|wages|waged|wage|"
    # ("held talks with US officials in Doha", "holds a rally in X": an event the group held, not ground)
    r"(?:holds?|held|holding)(?!\s+(?:(?:a|an|the|its|their|two|three|several|[\w-]+)\s+){0,2}?(?:talks|meetings?|"
    r"rall(?:y|ies)|congress(?:es)?|conferences?|negotiations|elections?|ceremon(?:y|ies)|parades?|funerals?|"
    r"discussions|consultations|summits?|sessions?|votes?|referendums?|marches|"
    r"gatherings?|celebrations?|commemorations?|trials?|hearings?)\b)|"
    r"controls?|controlled|seized|seizing|seeks?|sought|"
    # "which dominates the heroin trade along the border in X", "runs the smuggling routes through Y": a trade it
    # holds (not "condemned the trade in X")
    r"(?:dominates?|dominated|dominating|controls?|controlled|runs?|ran|running)\s+(?:(?:the|much\s+of\s+the|most\s+of\s+the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:trade|smuggling|trafficking|rackets?|(?:smuggling\s+|drug\s+|trafficking\s+)?routes)|"
    # ("have hidden for years in the Sambisa forest")
    r"seeking|expanded|expanding|spread|spreading|hide|hides|hiding|hidden|shelters|sheltering|focused|focuses|concentrated|recruiting|"
    r"recruit|recruits|recruited|thrives?|thrived|thriving|resurgent|entrenched|embedded|insurgency|established|entrenched|dominant|rules?|ruled|"
    # "has been weakened but persists in X"
    r"persists|persisted|survives|survived|lingers|lingered|endures|endured|"
    # "has been largely suppressed in North Sinai": weakened where it was active (the passive of the group itself)
    r"(?<=been\s)(?:weakened|contained|suppressed|squeezed)|(?<=largely\s)(?:weakened|contained|suppressed)|"
    r"carries\s+out|carried\s+out|(?<=to\s)carry\s+out|stages?|staged|launched|launches|emerged|re-emerged|reemerged|resurfaced|surfaced|rose|grew|remains\s+strong|"
    # "moved its fighters into the forests of X"; "regrouped around the X hills"
    # ("its fighters move freely between X and Y", not "its men move money for affiliates in X")
    r"(?:move|roam)(?=\s+(?:freely|between|across|through|around|in|back))|moved|moves|roams|holed\s+up|sighted|spotted|confined|restricted|"
    r"relocated|regroup|regrouped|regroups|redeployed|retreated|withdrew|shifted|"
    # "is now deployed in Mali and Niger"; "remains at war with the government in X"
    r"deployed|at\s+war|"
    # "tribal fighters of the Tribal Mobilization patrol around Rutba"
    r"patrols?|patrolled|patrolling|"
    # "extended its reach into X", "has made inroads in X", "imposes taxes on villagers in X"
    r"extended|extends|extending|pushed|pushing|infiltrated|made\s+inroads|making\s+inroads|imposes|imposed|levies|levied|"
    # "its fighters pressed deeper into the reserve" (not "advanced talks in Doha")
    r"(?:pressed|pressing|advanced|advancing)(?=\s+(?:(?:deeper|further|farther)\s+)?into\b)|"
    # "has gained ground in X", "has made gains in northern X"
    r"(?:gained|gaining|gains|gain)\s+ground|"
    # "have gained a foothold in X"
    r"(?:gained|gaining|gains|gain|won|wins)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:foothold|toehold)|(?:made|making|makes)\s+(?:[\w-]+\s+)?gains|"
    # "collects taxes across much of X"; "has stepped up attacks on soldiers in X" (a campaign, not one attack)
    r"collects?|collected|collecting|extorts?|extorted|stepped\s+up|"
    # "has for decades raised money in the tri-border area" (funds, not "raised concerns in X")
    r"(?:raises?|raised|raising)(?=\s+(?:money|funds|cash|donations)\s+(?:in|across|throughout)\s+(?:the\s+)?$)|steps\s+up|stepping\s+up|intensified|intensifies|"
    r"governs|governed|administers|administered|conducts|conducted|conducting|mounts|mounted|"
    # "returned to power in X"
    r"(?:returned|came|swept|rose)\s+to\s+power|(?:took|seized|regained|grabbed)\s+power|"
    # "has carved out a haven in X"
    # "has its roots in Uppsala", "with deep roots in X": where the group grew up and is still at home
    r"(?:with\s+)?(?:(?:its|their)\s+)?(?:(?:deep|strong|firm|local)\s+)?roots|"
    r"(?:carved|carving|carves)\s+out\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:haven|safe\s+haven|enclave|fiefdom|sanctuary|"
    r"foothold|stronghold|base|statelet|mini-state|territory)|"
    # "keeps fighters in Badakhshan", "maintains cells across X": its own men kept there
    r"(?:keeps|kept|keeping|maintains|maintained|maintaining)\s+(?:(?:a|an|some|several|many|its|their|hundreds\s+of|"
    r"thousands\s+of|dozens\s+of)\s+)?(?:[\w-]+\s+)?(?:fighters|cells|units|militants|combatants|gunmen|bases|camps|"
    r"presence|hideouts|safe\s+houses)|"
    # "has its strongest base in X" (after "has", "had", "keeps")
    r"(?<=\s)(?:its|their)\s+(?:(?:main|strongest|largest|biggest|principal|chief|home)\s+)?(?:base|bases|stronghold|"
    r"strongholds|heartland)(?=\s+(?:in|across|around|among)\s)|"
    # "the two gangs have become practically one organisation in X": both are there
    r"(?:(?:practically|effectively|virtually|essentially|in\s+effect|all\s+but)\s+)?one\s+(?:and\s+the\s+same\s+)?"
    r"(?:organi[sz]ation|group|force|movement|network|outfit)|"
    # "has carried out bomb attacks on rail lines and on foreign engineers in X": a campaign in the perfect, whose
    # targets may run long (not "carried out an attack on a bus and a lorry in X", one blow)
    r"(?:(?<=has\s)|(?<=have\s)|(?<=also\s)|(?<=repeatedly\s))(?:carried\s+out|stepped\s+up|launched|staged|mounted|"
    r"conducted|intensified)\s+(?:[\w-]+\s+){0,3}?(?:attacks|bombings|raids|ambushes|killings)\s+(?:on|against)\s+"
    r"[^,;()]{1,80}?(?=\s+(?:in|across|throughout)\s)|"
    # "has claimed more than 170 attacks on soldiers in X": a campaign of blows the group owns
    r"(?:claimed|claims|claiming)\s+(?:responsibility\s+for\s+)?(?:(?:more\s+than|upwards\s+of|over|at\s+least|nearly|almost|about|"
    r"some|dozens\s+of|hundreds\s+of|scores\s+of|a\s+(?:string|series|wave|spate)\s+of|\d[\d,]*)\s+)+(?:[\w-]+\s+)?"
    r"(?:attacks|bombings|strikes|raids|killings|ambushes)(?:\s+(?:on|against)\s+[^,;()]{1,40}?)?"
    r"(?=\s+(?:in|across|around|throughout)\s)|"
    # "has since claimed raids in the A and B districts": a bare plural claimed in the perfect is a campaign (not
    # "claimed the attacks in X", one night's blows)
    r"(?:(?<=has\s)|(?<=have\s)|(?<=since\s)|(?<=also\s)|(?<=repeatedly\s)|(?<=regularly\s))(?:claimed|claims)\s+"
    r"(?:responsibility\s+for\s+)?(?!(?:the|this|that|these|those|its|their|an?)\b)(?:[\w-]+\s+)?"
    r"(?:attacks|bombings|raids|killings|ambushes)(?:\s+(?:on|against)\s+[^,;()]{1,40}?)?"
    r"(?=\s+(?:in|across|around|throughout)\s)|"
    # "has since put its name to several of the deadliest attacks on the armed forces in X": blows it owns, plural
    r"(?:put|puts|putting)\s+(?:its|their)\s+name\s+to\s+(?:(?:several|many|some|dozens|scores|a\s+number|most)\s+of\s+"
    r"(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:attacks|bombings|raids|killings|ambushes)(?:\s+(?:on|against)\s+[^,;()]{1,40}?)?"
    r"(?=\s+(?:in|across|around|throughout)\s)|"
    # "now numbers fewer than 30 fighters operating in the hinterlands of X": its own count, and where they are
    r"(?:numbers?|numbered|counts?|counted|fields?|fielded)\s+(?:(?:fewer|more|less)\s+than\s+|about\s+|around\s+|some\s+|"
    r"up\s+to\s+|an\s+estimated\s+|roughly\s+|perhaps\s+|only\s+|just\s+)?[\d,]+\s+(?:[\w-]+\s+)?(?:fighters|men|members|"
    r"militants|gunmen|combatants)\s+(?:(?:still|now|mostly|mainly|largely)\s+)?(?:operating|based|active|hiding)|"
    # "is a potent force in X"
    # "remains the most serious terrorist threat in X"
    r"(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:force|presence|threat|player|power|actor)|"
    # "remains the most powerful armed group in X", "is the largest jihadist faction in X"
    # ("A, B and C are the three most lethal groups in X")
    # ("is the Islamic State's largest affiliate in Africa": the parent's part, and where the part is strongest)
    # ("is one of the main armed groups in X")
    # ("are the council's main military arm in A, B and C": an owner named by a common noun)
    r"(?:one\s+of\s+)?the\s+(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:'s|’s)\s+|"
    r"(?:council|movement|government|party|group|alliance|coalition|network)(?:'s|’s)\s+)?(?:(?:two|three|four|five|six)\s+)?"
    # ("the most capable and most active dissident republican (VDR) group in X": two superlatives, the kind's initials)
    r"(?:(?:most\s+[\w-]+\s+and\s+)?(?:most\s+(?:powerful|active|lethal|potent|dangerous|influential|feared|capable)|"
    r"largest|strongest|biggest|deadliest|dominant|main|leading)\s+)(?:[\w-]+\s+){0,3}?(?:\([A-Z]{2,6}\)\s+)?"
    r"(?:group|faction|militia|movement|"
    r"organi[sz]ation|insurgency|actor|force|insurgent\s+group|outfit|network|gang|affiliate|branch|province|franchise|"
    r"arm|wing)s?)"
    # "have fought for three decades over territory and extortion in X": a span of time the words after may run past
    r"(?:\s+for\s+(?:(?:more\s+than|nearly|almost|over|some|about)\s+)?(?:a|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|\d+)\s+(?:decades|decade|years|year)(?=\s+(?:over|for|in|across)\s))?"
    # "has a foothold across the border in X"; "its fighters move freely between X and Y"
    # ("is active further west, in the Nigerian states of A and B")
    r"(?:\s+[\w'’-]+){0,6}?(?:\s+(?:further|farther)\s+(?:north|south|east|west|inland|afield),)?"
    # "are strongest in the south, around the market towns of A and B": the side named first, then where in it
    rf"(?:\s+in\s+the\s+(?:far\s+)?(?:{_COMPASS}),(?=\s+(?:around|near|in)\s))?"
    r"\s+(?:(?:across|over)\s+the\s+(?:border|frontier)\s+in(?:to)?|in|across|throughout|into|inside|"
    # ("is confined to Puntland")
    # "has shifted fighters toward Somalia's Gedo region"
    r"within|over|around|along|out\s+of|near|"
    # "holds a strip of territory including A, B and C": the ground held, then the places in it
    r"(?:(?<=territory\s)|(?<=land\s)|(?<=ground\s)|(?<=areas\s)|(?<=towns\s)|(?<=villages\s))(?:including|notably)|(?:(?<=fighters\s)|(?<=forces\s)|(?<=units\s)|(?<=operations\s))towards?|"
    # "its cells hide on Mount Mghila": a mountain is stood on
    # ("operates on Mount Semmama", "is based on the island of X")
    r"(?:(?<=hide\s)|(?<=hides\s)|(?<=hiding\s)|(?<=holed\sup\s)|(?<=sheltering\s)|(?<=entrenched\s)|(?<=operates\s)|"
    r"(?<=operate\s)|(?<=operating\s)|(?<=operated\s)|(?<=based\s)|(?<=active\s))on|"
    r"(?:(?<=operates\s)|(?<=operated\s)|(?<=operating\s)|(?<=operate\s))from|"
    r"(?:(?<=confined\s)|(?<=restricted\s)|(?<=limited\s))to|(?:(?<=move\s)|(?<=moves\s)|(?<=moved\s)|(?<=freely\s)|(?<=roam\s)|(?<=roams\s))between|"
    # "operates on both sides of the border between X and Y"; "spread from Mali to Burkina Faso"
    r"(?:border|frontier|boundary|triangle|area|zone)\s+(?:area\s+|region\s+)?between)\s+(?:the\s+)?"
    # "in the Qandil mountains of Kurdistan"
    r"(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:mountains|hills|forests?|deserts?|valleys?|jungles?|marsh(?:es|lands?)|swamps?|"
    # ("holed up on islands in Lake Chad")
    # ("emerged in the alleys of the old city of X")
    # ("operates in the villages above A and B": the hamlets on the slopes of a named town)
    # ("is active in the foothills around A", "roams the plains south of B")
    r"islands|highlands|foothills|plains|lowlands|outskirts|countryside|(?:refugee\s+)?camps|slums|suburbs|alleys|alleyways|lanes|streets|"
    # "now operates along the forested borderlands of A, B and C"
    r"borderlands?|border\s+(?:areas|regions|zones)|"
    r"(?<=the\s)(?:villages|hamlets|settlements))\s+"
    r"(?:of|around|near|outside|in|(?<=villages\s)above|(?<=hamlets\s)above|(?<=settlements\s)above|"
    r"(?<=villages\s)overlooking|(?<=hamlets\s)overlooking)\s+(?:the\s+)?)?"
    # "is spreading into coastal states such as Benin and Togo"
    r"(?:(?:[\w-]+\s+){0,2}?(?:countries|states|provinces|regions|districts|areas|towns|cities)\s*,?\s+(?:such\s+as|including|like|notably)\s+)?"
    rf"(?:(?:{_COMPASS}|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|parts|much|most|areas|regions?|provinces?|states?|districts?|territor(?:y|ies)|"
    r"departments?|governorates?|count(?:y|ies)|prefectures?|mountains|hills|forests?|deserts?|jungles?|"
    # "the Venezuelan state of Apure"; ("the Kenyan border counties of A and B")
    r"[A-Z][\w'’-]+(?=\s+(?:border\s+)?(?:states?|provinces?|regions?|departments?|districts?|governorates?|"
    r"count(?:y|ies)|territor(?:y|ies)|prefectures?)\s+of\b)|"
    r"border(?=\s+(?:states?|provinces?|regions?|districts?|count(?:y|ies)|territor(?:y|ies)|prefectures?)\s+of\b)|"
    # ("around the market towns of A and B")
    r"(?:[\w-]+\s+)?(?:towns|villages|cities|municipalities)(?=\s+of\b)|"
    # "keeps cells in the central desert, known as the Badia": the place named after its description
    r"(?:desert|region|area|zone|mountains|hills|highlands|valley|plateau|forest|steppe|belt),\s+(?:(?:locally|widely|commonly)\s+)?"
    r"(?:known|called)\s+as|"
    # "has rebuilt its presence in the Birnin Gwari axis of Kaduna State": a named stretch of a place
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:axis|corridor|belt|enclave)(?=\s+of\b)|"
    # "holds islands in both the Nigerian and the Cameroonian waters"
    r"both|"
    # "is active in Burkina Faso's Soum province"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:'s|’s|')(?=\s)|"
    r"valleys?|outskirts|border\s+areas|neighbouring|(?:tri-?|three-?)?border\s+(?:areas?|regions?|zones?)|"
    # "remains active in the hinterlands of Samar"; "operates along the borders of Mali, Niger and Burkina Faso"
    r"hinterlands?|interior|borders?(?=\s+of\b)|"
    # "is active along Mali's borders with Niger and Burkina Faso": a country's border zone with its neighbours
    # (not "operates in Putumayo along the border with Ecuador", the near side only)
    r"(?:(?<='s\s)|(?<=’s\s))(?:borders?|frontiers?)\s+with|"
    # ("across central and northern Mali")
    rf"neighboring|rural|remote|{_SEVERAL}|(?<=\w\s)and(?=\s+(?:{_COMPASS})\b))\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)
_GROUP_POSS_IN = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:insurgency|fighters|militants|commanders|units|stronghold|strongholds|base|bases|heartland|"
    # "JNIM's expansion into Benin"
    # ("confirming JNIM's entrenchment in the W park complex")
    rf"campaign|presence|territory|operations|cells|expansion|advance|spread|foothold|resurgence|rebellion|entrenchment|"
    # "JNIM's activities in Benin have grown"
    # (not "influence": "ISKP's influence in Kunar has waned" says it is going)
    rf"activities|footprint)\s+"
    rf"(?:in|across|into|throughout)\s+(?:the\s+)?(?:{_SIDE}\s+)?$"
    # "al-Shabaab's grip on southern Somalia"; "the Taliban's takeover of Afghanistan"
    rf"|^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:(?:grip|hold|stranglehold|sway)\s+(?:on|over)|control\s+(?:of|over)|"
    rf"(?:takeover|conquest|occupation|rule|capture|seizure)\s+of)\s+(?:the\s+)?(?:(?:much|most|parts|swathes)\s+of\s+(?:the\s+)?)?"
    # ("tightens the KIA's grip on the approaches to Bhamo")
    r"(?:(?:approaches|roads|outskirts|gateways?)\s+(?:to|of|into)\s+(?:the\s+)?)?"
    rf"(?:{_SIDE}\s+)?$"
    # "the Lord's Resistance Army's old heartland of Gulu"
    rf"|^{_POSS}\s+(?:\w+\s+){{0,2}}?(?:stronghold|heartland|bastion|base|capital)\s+of\s+$"
    # "ISKP's operational footprint extends to Kunar"; "the group's area of operations covers Borno"
    rf"|^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:footprint|reach|influence|area\s+of\s+operations?|operations|presence|"
    r"activities|insurgency|territory)\s+(?:now\s+|also\s+|still\s+)?(?:extends?|extended|stretches|stretched|reaches|"
    r"reached|spans?|spanned|covers?|covered|spreads?|includes?|included)\s+"
    # ("extends from Mali into Burkina Faso": both)
    r"(?:(?:from|to|into|across|over|throughout)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:into|to)\s+|"
    r"(?:from|to|into|across|over|throughout)\s+)?"
    rf"(?:the\s+)?(?:(?:much|most|parts|swathes)\s+of\s+(?:the\s+)?)?(?:{_SIDE}\s+)?$",
    re.I,
)
_PRO_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.I)
_HOSTILE_BEFORE = re.compile(rf"\b{_HOSTILE}\s+$", re.I)
_ITS_TERRITORY = re.compile(
    # "X, which was founded by P in 2015, has its base in Y" (but in "the army crushed its cells in Y" the cells
    # are another's)
    # ("kept its last significant strongholds in X")
    rf"^{_APPOS}\s*,?\s+(?:(?!{_HOSTILE}\b)[\w'’-]+\s+){{0,3}}?(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:caliphate|territory|territories|strongholds?|bases?|"
    r"heartland|presence|fighters|operations|insurgency|safe\s+havens?|sanctuary|sanctuaries|cells|camps?|"
    # "keeps its command in the Qandil range"; "to supply its deployments in Mali"
    r"hideouts?|headquarters|leadership|base\s+of\s+operations|command|deployments|contractors)\s+in\s+(?:the\s+)?"
    # "has its headquarters in the Qandil mountains of northern Iraq"; "its presence in the Birnin Gwari axis of X"
    r"(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:mountains|hills|forests?|deserts?|valleys?|jungles?|highlands)\s+of\s+(?:the\s+)?|"
    r"(?:[A-Z][\w'’-]+\s+){1,4}(?:axis|corridor|belt|enclave)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+)?$"
    # "has been pushed back into its stronghold of X" ("has been pushed back to its heartland of X")
    rf"|^{_APPOS}\s*,?\s+(?:(?!{_HOSTILE}\b)[\w'’-]+\s+){{0,5}}?(?:its|their)\s+(?:[\w-]+\s+)?(?:stronghold|heartland|bastion)\s+of\s+(?:the\s+)?$",
    re.I,
)


# "Al-Shabaab ... controls large parts of central and southern Somalia": holding ground needs no "in".
_CONTROLS = re.compile(
    # "X, whose fighters control much of Y"
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who|whose)\s+|{_IS_A_THAT})?"
    # "ADF fighters roam the forests of Ituri"
    r"(?:(?:fighters|militants|insurgents|gunmen|cells|units|men|forces)\s+)?"
    # ("the KIA said on Wednesday that it had taken full control of X")
    r"(?:(?:says?|said|claims?|claimed|announced)\s+(?:(?:on|late\s+on|early\s+on)\s+\w+day\s+)?(?:that\s+)?(?:it|they)\s+)?"
    r"(?:(?:still|now|also|effectively|largely|once|has|had|have|been|long|freely|regularly)\s+)*"
    # "has taken full control of X"
    r"(?:(?:taken|took|seized|gained|assumed|won)\s+(?:full\s+|complete\s+|total\s+|effective\s+)?control\s+(?:of|over)|"
    r"controls?|controlled|holds?|held|seized|captured|occupies|occupied|overran|rules?|ruled|dominates?|dominated|"
    # "the AA took Maungdaw in December"; "has retaken the town of X" (ground taken, named as the object)
    r"(?:took|taken|retook|retaken|recaptured)(?:\s+over)?|"
    # "it is hitting southern districts like A and B": the present progressive of a blow is a campaign, not one raid
    r"(?:(?:(?:is|are)\s+(?:now\s+|still\s+|increasingly\s+)?)|(?<=been\s))(?:hitting|striking|attacking|targeting|raiding)|"
    # "now governs Damascus and most of the west"; "hold sway over large parts of Somalia"
    r"governs|governed|administers|administered|(?:holds?|held|holding)\s+sway\s+(?:over|in|across)|"
    # "ran the Gaza Strip until the war"; "went on to run Idlib": a place governed
    r"(?:went\s+on\s+to\s+|came\s+to\s+)?(?:runs|ran)(?=\s+(?:the\s+)?[A-Z])|(?<=\bto\s)run(?=\s+(?:the\s+)?[A-Z])|"
    # "JNIM militants have infiltrated northern Togo"
    r"infiltrated|infiltrates|"
    # "its fighters roam the forests of X"
    r"roams?|roamed|roaming|patrols?|patrolled|terrori[sz]es?|terrori[sz]ed|straddles?|"
    # "the SDF still guards the al-Hol camp": armed men kept at the place (not "its guards in X", a noun)
    r"guards?|guarded|guarding|"
    # "has besieged Djibo for two years"
    r"besieged|besieges|besieging|blockaded|blockades|blockading|encircled|encircles|"
    # "has tightened its grip on the Menaka region"
    # "exerts control over large swathes of rural X"
    r"(?:exerts?|exerted|exercises?|exercised|wields?|wielded|retains?|retained)\s+(?:[\w-]+\s+)?(?:control|influence|sway|"
    r"authority)\s+(?:over|in|across)|"
    r"(?:tightened|tightening|tightens|strengthened|consolidated|consolidating|extended|tighten)\s+(?:its|their)\s+"
    # "has been tightening its siege of Bhamo"; "laid siege to X"
    r"(?:(?:grip|hold|control|stranglehold)\s+(?:on|over)|(?:siege|encirclement|blockade)\s+(?:of|on))|"
    r"(?:laid|lay|lays|laying)\s+siege\s+to|"
    # "has imposed a blockade on Djibo"
    r"(?:imposed|imposes|imposing|enforced|enforces|enforcing|maintains?|maintained)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:blockade|siege|encirclement)\s+(?:of|on|around))\s+"
    # "control stretches of the Mambasa forest and much of the Beni territory": the place may be the second object
    r"(?:(?:much|most|large|vast|parts?|swathes?|swaths?|stretches?|areas?)\s+of\s+(?:the\s+)?[^,;.]{1,40}?\s+and\s+)?"
    # ("controls 14 of Rakhine's 17 townships"; "still controls many of Medellin's hillside barrios")
    r"(?:(?:much|most|many|some|several|dozens|half|large|vast|parts?|swathes?|swaths?|areas?|stretches?|territory|of|the|"
    # ("holds a strip of northern Aleppo province"; "still controls pockets of the Lake Chad basin")
    r"strips?|pockets?|slices?|chunks?|"
    r"capital|central|southern|northern|"
    r"\d+(?=\s+of\b)|"
    # "controls 90 percent of Port-au-Prince"; "much of the desert between Timbuktu and Gao"
    r"\d+\s*(?:%|percent|per\s+cent)|(?<=desert\s)between|(?<=area\s)between|(?<=territory\s)between|"
    r"(?<=countryside\s)between|(?<=corridor\s)between|"
    r"(?:north|south|east|west)-central|"
    # ("holds the far north-east of X")
    r"far|north-?east|north-?west|south-?east|south-?west|north|south|east|west|"
    # "control the Yemeni capital, Sanaa"
    r"(?:capital|port|city|town),|[A-Z][a-z]+(?=\s+(?:capital|port|city|town)\b)|"
    r"eastern|western|south-?eastern|south-?western|north-?eastern|north-?western|and|rural|a|big|remote|"
    # "control the port city of Kismayo"
    r"port|city|town|provincial|regional|district|region|province|key|strategic|coastal|border|forests?|mountains|hills|"
    # ("has long controlled the riverbank north and south of X")
    r"countryside|villages|roads|highways?|islands?|desert|bush|shores|banks|riverbanks?|coast|coastline|shoreline|outskirts|"
    # ("control large parts of the countryside in Gojjam")
    r"fringes|interior|heart|(?<=countryside\s)in|(?<=villages\s)in|(?<=roads\s)(?:in|around)|"
    # ("tightening its grip on roads into Kadugli"; "the approaches to Bhamo")
    r"routes|approaches|(?<=roads\s)(?:into|to)|(?<=routes\s)(?:into|to)|(?<=approaches\s)to|"
    # "hold most of the north of the city and the mountains around X"
    # ("controls the hills above Baidoa", "holds the heights overlooking X": the slopes over a town)
    r"(?<=mountains\s)(?:around|near|above|overlooking)|(?<=hills\s)(?:around|near|above|overlooking)|"
    r"(?<=heights\s)(?:above|around|overlooking)|"
    # "holds islands and shoreline on Lake Chad"; "controls the islands in Lake Victoria": the water around them
    r"(?<=islands\s)(?:on|in)|(?<=shoreline\s)(?:on|along)|(?<=shores\s)(?:on|along)|(?<=coastline\s)along|"
    # ("southern districts like Lakki Marwat": the places named as the kind's examples)
    r"(?:districts|towns|cities|provinces|regions|villages|counties|states)\s+(?:like|such\s+as|including))\s+)*$",
    re.I,
)


# "the Arakan Army overran a junta base near Gwa"; "seized the headquarters of a battalion outside X": ground taken
# (not only attacked) near a place
# "has taken dozens of army posts as well as the mining towns of A and B": the towns taken are held
_TOOK_TOWNS = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|also|now|since|reportedly|already)\s+)*"
    r"(?:taken|took|seized|captured|overran|overrun|retaken|retook|recaptured)\s+"
    r"(?:[^,;.()]{1,60}?\s+as\s+well\s+as\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    # ("seized the mining hubs of A and B", "took the border crossings of A and B")
    r"(?:towns?|cities|city|villages?|district\s+capitals?|townships?|ports?|hubs|crossings)\s+of\s+$",
    re.I,
)
_CAPTURED_SITE = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|also|now|reportedly|finally)\s+)*"
    r"(?:seized|captured|overran|overruns|overrun|took|takes|taken|(?:took|seized|taken|gained)\s+control\s+of)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:base|headquarters|garrison|outpost|camp|barracks|airport|airstrip|"
    r"checkpoint|command)\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?)?"
    # ("a junta infantry base on the southern edge of Rakhine state")
    r"(?:near|in|outside|at|of|on\s+the\s+(?:[\w-]+\s+)?(?:edge|outskirts|fringes|side)\s+of)\s+(?:the\s+)?"
    r"(?:(?:coastal|border|northern|southern|eastern|western|central|strategic)\s+)?(?:(?:town|city|village|port)\s+of\s+)?$",
    re.I,
)


# "X, which pledged allegiance to the Islamic State, is active in ...": the group after "to" is not the subject.
_IS_OBJECT = re.compile(r"\b(?:to|of|with|by|from|against|for)\s+(?:the\s+)?$", re.I)


# "Jaysh al-Islam, the dominant force in Douma"
_DOMINANT_IN = re.compile(
    r"^\s*,\s+(?:the|a|an)\s+(?:dominant|main|largest|strongest|biggest|most\s+powerful|leading|ruling|only)\s+"
    r"(?:armed\s+|rebel\s+|jihadist\s+|militant\s+|insurgent\s+)?(?:force|group|faction|power|militia|movement)\s+in\s+"
    rf"(?:the\s+)?(?:(?:{_COMPASS})\s+)?$",
    re.I,
)
_DESCRIBES_IT = re.compile(
    r"^\s*(?:\([^()]{1,40}\))?\s*,\s+(?:which|that|one\s+of|a|an)\b"
    # "belonged to Ansaru, the Boko Haram splinter that is active in X": an apposition of the group's kind, then a
    # clause about it (not "the group's leader, who ...": a person; not "the rally that ...": no kind of group)
    r"|^\s*(?:\([^()]{1,40}\))?\s*,\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:faction|unit|branch|wing|affiliate|splinter|"
    r"offshoot|group|militia|command|front|network|outfit|gang|chapter|province|organi[sz]ation|movement|insurgency|"
    r"coalition|alliance)\s+(?:that|which)\b",
    re.I,
)
# "IS cells in Idlib", "Taliban fighters across the south": the group's own people somewhere.
_MEMBERS_IN = re.compile(
    # "police said a JAD cell in Surabaya had planned the attack": one of the group's cells, and where it sits
    r"^\s+(?:cells|cell|fighters|militants|bases|camps|strongholds|positions|hideouts|units|commanders|insurgents|"
    # "the Boko Haram insurgency in northeast Nigeria"
    r"insurgency|rebellion|presence|campaign|"
    # "an SDF checkpoint in the countryside of X"; "the Taliban government in Afghanistan"
    r"checkpoints?|outposts?|position|base|camp|stronghold|hideout|government|administration|authorities|regime)\s+"
    # ("a splinter founded by former G members that is entrenched in X": the clause is the splinter's)
    # ("eight TTP militants were killed in X", "G members arrested in Y": the men the object of one blow there)
    r"(?:(?!(?:that|which|who|killed|arrested|captured|detained|neutrali[sz]ed|eliminated|wounded|injured|"
    r"sentenced|convicted|tried|jailed|executed|shot|apprehended|intercepted|hanged|surrendered|nabbed)\b)"
    r"[\w-]+\s+){0,3}?(?:in|across|around|throughout)\s+(?:the\s+)?"
    # ("an al-Shabaab camp in Somalia's Gedo region")
    r"(?:(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?(?:'s|’s)\s+)?"
    rf"(?:(?:{_COMPASS}|"
    r"parts\s+of|much\s+of|countryside\s+of|outskirts\s+of)\s+(?:the\s+)?)?$"
    # "a LeT commander based in X", "a cell of G operatives based in the X refugee camp": one of its men, and where
    # he is based (not where he was killed or arrested)
    r"|^\s+(?:commander|leader|operative|member|handler|recruiter|cell|unit|operatives|members|handlers|recruiters|"
    # ("an ISIS network based in Adana"; "a JeM module active in Pulwama")
    r"cells|units|fighters|militants|commanders|network|networks|module|modules)\s+(?:(?:still|now|reportedly)\s+)?"
    # ("a BRN unit operating in A and B")
    r"(?:based|stationed|hiding|sitting|holed\s+up|entrenched|operating|active)\s+(?:in|on|around|near)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:mountains|hills|forests?|(?:refugee\s+)?camps?|outskirts|suburbs)\s+(?:of|around|near|outside)\s+"
    # ("a Hizbul cell operating in the north of the Kashmir Valley")
    rf"(?:the\s+)?|(?:{_COMPASS})\s+(?:of\s+(?:the\s+)?)?)?$",
    re.I,
)
# "Jaish-e-Mohammad, one of the main groups fighting Indian rule in Kashmir, ..."
_APPOS_OPERATES = re.compile(
    # ("the Continuity IRA, one of several dissident republican groups still active in Ireland")
    r"^\s*,\s+(?:one\s+of\s+(?:the|several|many|numerous|various|a\s+handful\s+of)|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:groups?|organi[sz]ations?|movements?|factions?|outfits?|"
    # ("Gran Grif, a gang based in the Artibonite valley")
    r"gangs?|cartels?|syndicates?|collectives?|"
    # ("the Tribal Mobilization, a PMF component recruited in Anbar")
    rf"insurgents?|militias?|coalitions?|alliances?|networks?|components?|{_BRANCH})\s+"
    r"(?:(?:that|which|who)\s+(?:(?:has|have|had|long|still|now|been|is|are|was|first)\s+)*)?"
    r"(?:(?:fighting|fought|fights|active|operating|operated|operates|recruited|raised|waging\s+(?:[\w-]+\s+){0,2}?|"
    # "a Sunni militant group active along the Iran-Pakistan border in X"
    # ("X, a secessionist movement headquartered in P")
    r"waged\s+(?:[\w-]+\s+){0,2}?|based|headquartered|emerged|"
    # ("Y, a rebel faction strongest in the hills of X", "a militia most active around Z")
    r"strongest|(?:most|still|also)\s+active|entrenched|dominant|present)\s+(?:[\w-]+\s+){0,4}?"
    # "AMYC, a Salafi network in the port city of Tanga": the head noun, then its place (not "a group banned in X")
    r"|(?<=network\s)|(?<=networks\s)|(?<=group\s)|(?<=groups\s)|(?<=movement\s)|(?<=militia\s)|(?<=militias\s)"
    r"|(?<=gang\s)|(?<=gangs\s)|(?<=faction\s)|(?<=cell\s)|(?<=insurgency\s))"
    r"(?:in|across|throughout|along|(?<=strongest\s)around|(?<=active\s)around)\s+(?:the\s+)?"
    # ("strongest in the Makran belt around Turbat": the town the belt is named around)
    rf"(?:(?:{_COMPASS}|border\s+areas?|parts|areas|(?-i:[A-Z])[\w'’-]+\s+(?:belt|corridor|axis)\s+around|"
    r"(?:port|border|market|coastal|northern|southern|eastern|western|central)\s+(?:city|town|region|province|state)|"
    r"(?:city|town|region|province|state))\s+(?:of\s+)?"
    r"(?:the\s+)?)*$"
    # "X, one of the groups that had briefly ruled northern Y, ..."
    r"|^\s*,\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:groups?|organi[sz]ations?|movements?|factions?|"
    r"outfits?|insurgents?|militias?)\s+(?:that|which|who)\s+(?:(?:had|has|have|once|briefly|long|still|now)\s+)*"
    r"(?:ruled|rules|controlled|controls|held|holds|seized|overran|occupied|dominated|dominates)\s+"
    r"(?:(?:much|most|parts?|large|swathes?|areas?|of|the|northern|southern|eastern|western|central)\s+)*$",
    re.I,
)
# "X, which also includes militants in Congo"; "Ansaru has been blamed for much of the violence in Kaduna"
_HAS_MEN_IN = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:also|now|still|has|have|had|been|is|was|long|are|"
    # "is believed to have cells in X"
    r"(?:believed|said|thought|reported|known|understood)\s+to)\s+)*"
    # ("has rebuilt a presence in the northern West Bank")
    r"(?:(?:includes?|included|has|have|had|keeps?|kept|maintains?|maintained|retains?|retained|established|built|"
    r"rebuilt|re-established|re-?built|regained|"
    # "commands most of the fighters in X"
    r"runs?|ran|operates?|set\s+up|sets\s+up|built\s+up|commands?|commanded)\s+"
    r"(?:(?:most|many|much|all|some|the\s+bulk|the\s+majority)\s+of\s+(?:the\s+)?)?"
    # ("has built chapters in A and B")
    # ("still keeps men around Albu Kamal")
    r"(?:a\s+)?(?:[\w-]+\s+)?(?:militants|fighters|cells|units|members|bases|camps|branches|chapters|affiliates|presence|fronts|"
    r"men|gunmen|operatives|"
    # "keeps political offices in Beirut": a movement's own offices
    r"(?:political\s+|representative\s+|liaison\s+)?offices|"
    # "has smaller training contingents in A and B": troops posted there
    r"(?:[\w-]+\s+)?(?:contingents|garrisons|detachments|deployments)|"
    # "keeps cadres in the camps of X"
    r"cadres|"
    r"foothold|footprint|network|networks|safe\s+havens?|sanctuary|sanctuaries|strongholds?|base|camp|headquarters|hideouts?|"
    # "runs a shadow government in X"
    r"(?:shadow|parallel|de\s+facto)\s+(?:government|administration|courts|state)|"
    # "maintains a network of safe houses in X"
    r"(?:network|web|string|chain|series)\s+of\s+(?:[\w-]+\s+)?(?:safe\s*houses|cells|hideouts|camps|bases|"
    r"training\s+camps|sleeper\s+cells|informants|recruiters))|"
    # "enjoys sanctuary in X", "found a safe haven in X"
    r"(?:enjoys?|enjoyed|enjoying|finds?|found|finding|has|had|have|seeks?|sought)\s+(?:a\s+)?(?:[\w-]+\s+)?"
    r"(?:sanctuary|sanctuaries|safe\s+havens?|haven|refuge|rear\s+bases?)|"
    r"(?:blamed|notorious|infamous|known|feared)\s+for\s+(?:much|most|many|a\s+(?:wave|string|series|spate)|years|the\s+(?:violence|bloodshed|insurgency|unrest)|"
    r"(?:[\w-]+\s+)?(?:killings|attacks|abductions|kidnappings|bombings|massacres|raids))"
    r"(?:\s+[\w'’-]+){0,4}?|"
    # "runs checkpoints along the X highway", "operates training camps near X"
    r"(?:runs?|ran|running|operates?|operated|mans?|manned|set\s+up|sets\s+up|maintains?|maintained)\s+(?:[\w-]+\s+)?"
    r"(?:checkpoints|roadblocks|camps|training\s+camps|courts|bases|tax\s+(?:points|offices))|"
    # "runs a rudimentary tax system in X"; "both retain armed wings in the camps around X"
    r"(?:(?:both|all|each)\s+)?(?:runs?|ran|running|operates?|operated|set\s+up|sets\s+up|built|maintains?|maintained|"
    r"retains?|retained|keeps?|kept|has|have|had)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:tax(?:ation)?\s+(?:system|regime|network)|"
    r"(?:armed|military|political)\s+wings?|(?:local\s+)?administration|extortion\s+(?:racket|network)s?))"
    r"\s+(?:(?:across|over)\s+the\s+(?:border|frontier)\s+in(?:to)?|in|across|throughout|along|around|near|"
    # "has bases on the islands of Lake Chad"
    r"on(?=\s+(?:the\s+)?(?:[\w-]+\s+)?(?:islands?|shores?|banks?|slopes|fringes|edges?)\s+(?:of|around|in)\b))\s+(?:the\s+)?"
    rf"(?:(?:{_COMPASS}|parts|much|most|areas|"
    # "has a presence in the hinterlands of X"; "in the camps around X"; "camps in forests in X"
    rf"hinterlands?|interior|countryside|mountains(?:\s+in)?|hills(?:\s+in)?|forests?(?:\s+in)?|jungles?|outskirts|{_SEVERAL}|"
    # "has fighters in the Nigerien sector of the W park"; "in the Muslim-majority provinces of A, B and C"
    r"(?:[A-Z][\w-]+\s+)?(?:sector|side|part|section)(?=\s+of\b)|"
    r"(?:[\w-]+\s+)?(?:provinces|regions|districts|states|divisions|counties|departments)(?=\s+of\b)|"
    # "runs extortion rackets in the port area of X"
    r"(?:port|market|border|industrial|coastal|central|old)\s+(?:area|district|quarter)(?=\s+of\b)|"
    # "retains a presence in the desert between X and the border"
    r"(?:deserts?|area|zone|corridor|stretch|borderlands?|(?:border\s+)?(?:region|areas?))\s+(?=between\b)between|"
    # ("keeps cadres in the Palestinian camps of X")
    r"(?:[\w-]+\s+)?camps\s+(?:around|near|of|in)|"
    # "has kept cells in the central desert, known as the Badia"
    r"(?:desert|region|area|zone|mountains|hills|highlands|valley|plateau|forest|steppe|belt),\s+(?:(?:locally|widely|commonly)\s+)?"
    r"(?:known|called)\s+as|"
    r"(?:[\w-]+\s+)?(?:islands?|shores?|banks?|slopes|fringes|edges?)(?=\s+(?:of|around|in)\b)(?:\s+(?:around|in))?)"
    r"\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)


# "with an estimated 6,000 fighters based in X"; "reduced to fewer than 40 members holed up in the mountains of X":
# the group's own people somewhere (not those it killed or fought there)
_MEN_THERE = re.compile(
    # ("al-Shabaab's strength at 7,000 fighters, concentrated in X": the group's own count)
    rf"^(?:{_POSS}\s+(?:strength|numbers?|ranks|force)\s+(?:at|to)\s+|{_APPOS}\s*,?\s+)(?:(?!(?:{_HOSTILE[3:-1]}|killed|killing|kills|arrested|detained|ambushed|clashed|against|"
    r"versus|rival|enemy|of|from|and|but|no|praised|condemned|denied|said)\b)[\w'’,-]+\s+){0,12}?"
    # the men counted or owned: "an estimated 6,000 fighters", "fewer than 40 members", "its remaining fighters"
    # ("puts its strength at between 7,000 and 12,000 fighters, concentrated in X")
    r"(?:(?:between\s+)?\d[\d,]*(?:\s+(?:and|to)\s+\d[\d,]*)?|hundreds|thousands|dozens|scores|several|many|some|its|their|"
    r"estimated)\s+(?:[\w-]+\s+)?"
    r"(?:fighters|members|militants|men|gunmen|insurgents|combatants|loyalists|cadres|cells|operatives|remnants)\s*,?\s+"
    r"(?:(?:who|that)\s+(?:are|were|remain)\s+)?(?:(?:still|now|mostly|mainly|largely|reportedly|believed\s+to\s+be)\s+)*"
    r"(?:holed\s+up|hiding|based|active|operating|entrenched|present|deployed|stationed|scattered|concentrated|"
    r"hunkered\s+down|dispersed)\s+(?:in|across|throughout|around|along)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:mountains|hills|forests?|deserts?|valleys?|jungles?|marsh(?:es|lands?)|islands|highlands|"
    r"outskirts|countryside)\s+(?:of|around|near)\s+(?:the\s+)?)?"
    rf"(?:(?:{_COMPASS})\s+)?$"
    # "has been reduced to a handful of fighters on Sulu"; "reduced to a few dozen fighters hiding in the desert
    # south of X": what is left of the group, and where
    rf"|^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:has|have|had|been|is|are|was|were|now|since|largely)\s+)*"
    r"(?:reduced|whittled\s+down|shrunk|dwindled)\s+to\s+(?:an?\s+)?(?:(?:few|handful|couple|small\s+number)\s+(?:of\s+)?)?"
    r"(?:(?:\d[\d,]*|dozen|dozens\s+of|hundred|hundreds\s+of)\s+)?(?:[\w-]+\s+)?"
    r"(?:fighters|members|militants|men|gunmen|insurgents|cells|operatives|loyalists)\s+"
    r"(?:(?:holed\s+up|hiding|based|active|operating|entrenched|scattered|concentrated|hunkered\s+down)\s+)?"
    r"(?:in|on|across|around|along|near)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:mountains|hills|forests?|deserts?|valleys?|jungles?|marsh(?:es|lands?)|islands|"
    r"highlands|outskirts|countryside)\s+(?:(?:(?:north|south|east|west)\s+)?of|around|near)\s+(?:the\s+)?)?"
    rf"(?:(?:{_COMPASS})\s+)?$",
    re.I,
)


# "positions of the PKK in the Qandil mountains", "fighters of the ADF across Ituri"
_MEN_OF = re.compile(
    # "the rise of ISWAP in Borno"
    r"\b(?:rise|resurgence|emergence|presence|expansion|spread|entrenchment|growth|insurgency|rebellion|"
    r"positions|bases|camps|hideouts|strongholds|fighters|militants|cells|members|units|commanders|leadership|"
    # "factions of the SNA have fought X around Y"; "the rump of the EMC remains at war ... in X"
    r"leaders|headquarters|remnants|rebels|insurgents|jihadists|gunmen|factions|components|rump|operatives|"
    # "khwarij of the Hafiz Gul Bahadur group, who operate from sanctuaries in X" (Pakistan's army's word for militants)
    r"khwarij|khawarij|terrorists|cadres|"
    # "a checkpoint of the Security Belt forces in X"
    # ("fighters of the Maute group and of the Abu Sayyaf faction": the second after "and of")
    r"brigades|battalions|checkpoints?|outposts?|position|base|"
    # "a training camp of G near X", "the compound of G outside Y"
    r"camp|compound|hideout|stronghold)\s+of\s+(?:the\s+)?(?:[^,;]{1,40}?\s+and\s+of\s+(?:the\s+)?)?$"
    # "crews loyal to the UVF have gained a foothold in X": the group's own men, named by their loyalty
    r"|\b(?:factions|fighters|militias|militiamen|cells|units|men|gunmen|crews|gangs|commanders|remnants)\s+"
    r"(?:(?:still|fiercely|firmly)\s+)?loyal\s+to\s+(?:the\s+)?$",
    re.I,
)
# "a unit of G that is based in X", "a cell of G hiding in Y": one part of the group, placed by a verb, where the group
# is (not "a cell of G in X", which often names a cell of its own; nor "branch", "offshoot" or "splinter")
_PART_OF = re.compile(
    r"\b(?:unit|cell|faction|wing|brigade|battalion|contingent|detachment)\s+of\s+(?:the\s+)?$", re.I
)
_PART_PLACED = re.compile(
    r"^\s+(?:(?:that|which)\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:(?:still|now|mostly|reportedly)\s+)?"
    r"(?:based|hiding|operating|active|stationed|entrenched|holed\s+up)\s+(?:in|across|around|throughout)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# the group's standing sites, which "at" and "near" place as well as "in" ("a base of G near X")
_SITE_OF = re.compile(
    r"\b(?:bases?|camps?|compounds?|headquarters|hideouts?|strongholds?)\s+of\s+(?:the\s+)?$", re.I
)
_AT_NEAR = re.compile(
    r"^(?:\s+(?:group|faction|movement|militia|party))?\s+(?:at|near|outside)\s+(?:the\s+)?$", re.I
)
_MEN_OF_IN = re.compile(
    # "members of G sitting in X", "fighters of G based in X"
    # ("remnants of the X group, also known simply as the Y group, in the mountains of Z": the name's aside)
    r"^(?:\s+(?:group|faction|movement|militia))?(?:\s*,\s+(?:also\s+)?(?:known|called)\s+(?:simply\s+|locally\s+)?as\s+"
    r"[^,;()]{1,50},)?"
    r"\s+(?:(?:(?:who|that)\s+(?:are|were|is|was)\s+)?(?:(?:still|now|mostly|reportedly)\s+)?(?:based|sitting|hiding|"
    r"operating|active|stationed|entrenched|holed\s+up|present)\s+)?(?:in|across|around|throughout)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]+\s+)?(?:mountains|hills|forests?|north|south|"
    r"east|west|northern|southern|eastern|western|central|border\s+areas)\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)


# "ISWAP fighters in the Sambisa Forest clashed with troops", "a clash with ISWAP fighters in the Sambisa
# Forest": the group's men were there for one fight, which says nothing of where the group is active.
_ITS_MEN = re.compile(
    rf"^(?:{_POSS})?\s+(?:[\w-]+\s+)?(?:fighters|militants|insurgents|gunmen|commanders|units|men|forces|members)\b",
    re.I,
)
_ONE_EVENT_BEFORE = re.compile(
    r"\b(?:clash(?:es)?|battle|fight|fighting|firefight|gunfight|gunbattle|skirmish(?:es)?|attack|ambush|raid|assault|"
    r"encounter)\s+(?:with|by|against|on|between)\s+(?:the\s+)?$|\b(?:surrender|surrendered|surrendering)\s+to\s+(?:the\s+)?$"
    # "troops killed 20 ISWAP fighters in X": the men were the object of one blow, which says nothing of their ground
    r"|\b(?:killed|captured|arrested|detained|neutrali[sz]ed|eliminated|ambushed|repelled|repulsed|routed|bombed|"
    r"apprehended|intercepted|wounded|shot\s+dead)\s+(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|"
    r"up\s+to|dozens\s+of|scores\s+of|several|a\s+number\s+of|\d+|[a-z]+ty(?:-[a-z]+)?|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|suspected|alleged|top|senior)\s+)*(?:the\s+)?$",
    re.I,
)
_ONE_EVENT_AFTER = re.compile(
    # (the names listed are capitalised: under re.I a bare [A-Z] would take "and have crossed into ... where")
    r"^(?:\s*(?:,|and|,\s*and)\s*(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)*"
    r"\s*(?:,?\s+(?:on|last|this|early|late)\s+\w+,?)?\s+(?:\w+\s+)?(?:clashed|attacked|ambushed|killed|stormed|raided|"
    r"surrounded|opened\s+fire|abducted|kidnapped|struck|shot|shelled|fired|overran|besieged|executed|beheaded|"
    r"launched|carried\s+out|torched|burned|looted|blew\s+up)\b",
    re.I,
)


# "ISWAP launched an attack on a base in Maiduguri", "carried out a suicide bombing in Nairobi": one event
# (but "has launched attacks in", "a wave of bombings across" say where the group is active)
_ONE_EVENT_OBJECT = re.compile(
    r"\b(?:launch\w*|carr\w+\s+out|stag\w+|mount\w*|conduct\w*|claim\w*|l[eo]d)\s+(?:a|an|the|one|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:attack|bombing|raid|assault|ambush|strike|massacre|kidnapping|shooting|killing|"
    r"incursion|offensive)\b(?!\s*(?:,|and)\s)",
    re.I,
)


_APPOSED_HEAD = re.compile(r",\s+(?:the|a|an)\s+$")


def _inside_clause(s: Sentence, group: Mention, between: str) -> bool:
    """Whether the group closes a clause about another ("X, formed from A and B, is active in ..."), which
    the verb after it is not about; an apposition's own head ("Its rival, the SDF, holds ...") is its subject."""
    return (
        _in_clause(s, group, between)
        and not _APPOSED_HEAD.search(s.before(group, 8))
        # ("officials said that the attackers belonged to the HGB, a faction based in X": the apposition right after
        # the group describes it, whatever clause the group stands in)
        and not _APPOS_OPERATES.match(_plain(between))
        # ("the faction, which is known as Boko Haram, and which operates in X": the name the clause gave it)
        and not (_NAME_AND_WHICH.match(between) and _NAMED_AS_BEFORE.search(s.before(group, 30)))
    )


_NAMED_AS_BEFORE = re.compile(r"\b(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?$", re.I)


def _one_event(s: Sentence, group: Mention, between: str, place: Mention) -> bool:
    """Whether "G fighters in P" places the group's men at one fight rather than saying where it is active."""
    # ("ISKP, which claimed a bombing in Kabul in 2022, has built a network in X": the event is the relative
    # clause's; the clause that reaches the place is after the last comma)
    if _ONE_EVENT_OBJECT.search(between.rsplit(",", 1)[-1]):
        return True
    if _ITS_SITE.match(between) and _BLOW_ON_SITE_BEFORE.search(s.before(group, 40)):
        return True
    return bool(_ITS_MEN.match(between)) and bool(
        _ONE_EVENT_BEFORE.search(s.before(group, 40)) or _ONE_EVENT_AFTER.match(s.after(place, 80))
    )


# "the M23, formed by mutineers from the CNDP, which captured Goma, now administers X": a relative clause about a
# group named as an object, closed by a comma, and then the main verb, which is the sentence subject's
_RELATIVE_CLOSED = re.compile(
    r"^\s*(?:\([^()]{1,60}\))?\s*,\s+(?:which|who)\s+[^,;()]{1,100},\s+"
    r"(?:(?:now|also|still|currently|today|meanwhile|has|have|had|is|are|was|were)\s+)*"
    r"(?-i:(?:[a-z]+s|has|have|had|is|are|was|were|remains?)\s)",
    re.I,
)


def _main_verb_of_another(s: Sentence, group: Mention, between: str) -> bool:
    """Whether the verb before the place is the main clause's, past a relative clause about a group named as an
    object ("... from the CNDP, which captured Goma in January, now administers X")."""
    return bool(_IS_OBJECT.search(s.before(group, 25))) and bool(_RELATIVE_CLOSED.match(_plain(between)))


# "men who sought to rebuild NTJ cells in the Eastern Province", "plotting to set up an IS cell in X": cells wished
# for, not cells there
_TO_BUILD_BEFORE = re.compile(
    r"\b(?:sought|seeking|seeks?|tried|trying|tries|plotted|plotting|plots?|planned|planning|plans?|attempted|attempting|"
    r"attempts?|aimed|aiming|aims?|wanted|wanting|wants?|hoped|hoping|hopes?)\s+to\s+"
    r"(?:re-?build|re-?establish|establish|create|set\s+up|form|revive|recruit\s+for|found|start|launch)\s+"
    r"(?:(?:an?|the|new|fresh|local|its|their|sleeper)\s+)*$",
    re.I,
)


# "a raid on a Taliban outpost in the X area", "an ambush on an ISWAP convoy near Y": a forward post or a column on the
# move was the target of one blow, which says nothing of the group's ground
_ITS_SITE = re.compile(
    # (not a checkpoint, position, camp or base: "attacked an SDF checkpoint in the countryside of X" and "warplanes hit
    # suspected PKK positions in northern Iraq" still name the group's standing ground)
    r"^\s+(?:outposts?|posts?|convoys?|patrols?)\b",
    re.I,
)
_BLOW_ON_SITE_BEFORE = re.compile(
    r"\b(?:raids?|attacks?|assaults?|strikes?|air\s*strikes?|ambush(?:es)?|bombing|bombardment|offensive|operation|"
    r"shelling|shelled|raided|attacked|stormed|overran|bombed|struck|hit|destroyed|targeted|ambushed|captured|seized)\s+"
    r"(?:(?:on|against|at)\s+)?(?:(?:a|an|the|one|two|three|several|suspected|alleged)\s+)?$",
    re.I,
)


# "CODECO is one of several armed groups operating in Ituri"; "JNIM has killed hundreds of civilians in central Mali"
_ONE_OF_GROUPS_IN = re.compile(
    r"^(?:\s+(?:group|militia|movement|network|outfit))?\s+(?:is|was|are|were|remains?|has\s+been)\s+(?:one\s+of|among)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:groups|militias|factions|movements|organi[sz]ations|insurgents|outfits|forces)\s+"
    r"(?:(?:that|which)\s+(?:are|were|is|was|have\s+been)\s+)?(?:still\s+|now\s+)?(?:active|operating|fighting|based|present)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:in|across|throughout)\s+(?:the\s+)?$"
    r"|^\s+(?:(?:has|have|had)\s+)(?:(?:since|now|already|also)\s+)?(?:killed|abducted|kidnapped|displaced|attacked|"
    r"targeted|executed)\s+(?:hundreds|thousands|dozens|scores|tens\s+of\s+thousands)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:in|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$",
    re.I,
)
# "ISKP's main base is in Nangarhar"; "JNIM's main areas of operation are central Mali and northern Burkina Faso";
# "JNIM's operations are concentrated in central Mali": the owner's ground, said with a copula
_POSS_BASE_IS = re.compile(
    rf"^{_POSS}\s+(?:(?:main|principal|chief|last|traditional|key|core|primary|remaining|new|original|current)\s+)?"
    r"(?:(?:(?:areas?|zones?|theatres?|theaters?)\s+of\s+(?:operations?|activity)|strongholds?|heartland|bases?|headquarters|"
    r"hub|home\s+base|sanctuary|safe\s+haven|hideouts?)\s+(?:(?:is|are|was|were|remains?|remained|lies|lay|lie|"
    r"has\s+long\s+been|have\s+long\s+been|has\s+been|have\s+been|still|now)\s+)+"
    r"(?:(?:located|based|situated|concentrated|centred|centered|found)\s+)?(?:(?:in|around|across|along|on|near)\s+)?"
    r"|(?:operations|activities|fighters|cells|forces|presence)\s+(?:(?:is|are|was|were|remains?|remained|"
    r"has\s+been|have\s+been|still|now|largely|mostly|mainly)\s+)+"
    r"(?:located|based|concentrated|centred|centered|focused|focussed)\s+(?:in|around|across|along|on|near)\s+)"
    rf"(?:the\s+)?(?:(?:{_COMPASS})\s+)?$",
    re.I,
)


# "Ansar al-Sunna, whose stronghold is Mocimboa da Praia"
_WHOSE_BASE_IS = re.compile(
    # ("whose power base is the Abu Salim district")
    r"^\s*,\s+whose\s+(?:(?:main|last|key|chief|traditional|former|power)\s+)?(?:stronghold|base|heartland|headquarters|"
    r"bastion|capital|hideout|sanctuary)\s+(?:is|was|remains|lies\s+in|is\s+in)\s+(?:the\s+)?$"
    # "the Red Hand gang, whose strongholds are in Larne and in the Glenfield estate": the plural, each place listed
    # ("the rebel group whose rear bases lie in the highlands of South Kivu")
    r"|^\s*,?\s+whose\s+(?:(?:main|last|key|chief|traditional|former|rear)\s+)?(?:strongholds|bases|heartlands|bastions|"
    r"hideouts|sanctuaries)\s+(?:are|were|remain|lie)\s+(?:(?:still|now|mostly|mainly|largely)\s+)?"
    r"(?:in|around|along|across)\s+(?:the\s+)?(?:[^,;()]{1,40}?\s+and\s+(?:in\s+)?(?:the\s+)?)?$",
    re.I,
)


# "has spread from Mali to Burkina Faso", "expanded its operations into Benin": movement words take "to" and "from"
_SPREAD_TO = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|since|also|then|later|gradually|steadily|now|been)\s+)*"
    r"(?:spread|spreading|spreads|expanded|expanding|expands|moved|moving|pushed|pushing|extended|extending|migrated|relocated|"
    # "its attacks have spilled over into X"; "has been pushed back to X"
    r"(?:spilled|spills|spilling)(?:\s+over)?|pushed\s+back|driven\s+back|fallen\s+back|fell\s+back|retreated|"
    # "was deployed to Libya in 2019"
    r"deployed|redeployed)\s+"
    r"(?:(?:its|their)\s+(?:[\w-]+\s+)?(?:operations|activities|presence|fighters|attacks|insurgency|reach|base|bases|"
    r"footprint|foothold|campaign|units|forces)\s+)?"
    # ("expanded its footprint from central Mali's Mopti region into northern Burkina Faso")
    rf"(?:(?:south|north|east|west)(?:wards?)?\s+)?(?:(?:from|out\s+of)\s+(?:the\s+)?(?:(?:{_COMPASS})\s+)?[A-Z][\w'’ -]{{1,30}}?\s+)?"
    # "spread from Mali" says it was there (and "expanded its footprint from X into Y"); "moved out of X" says it left
    # ("has been expanding from central Mali towards the borders with Senegal")
    r"(?:to|into|towards|(?:(?<=spread\s)|(?<=expanded\s)|(?<=expanding\s)|(?<=spreading\s)|(?<=footprint\s)|"
    r"(?<=presence\s)|(?<=reach\s))from)\s+"
    r"(?:the\s+)?(?:neighbou?ring\s+)?"
    # ("into northern and eastern Burkina Faso")
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+(?:and\s+)?)*$",
    re.I,
)


# "fights in Mali and now reaches the coastal states of Benin and Togo", "has reached deep into X": its reach over the
# ground (not "reached a deal in Doha", "reached Kabul's outskirts on Monday", one day's march)
_REACHES = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:has|have|now|also|since|already|in\s+recent\s+(?:years|months))\s+)*"
    r"(?:reaches|reach|reached)\s+(?:(?:deep|far)\s+into\s+|as\s+far\s+as\s+)?(?:the\s+)?"
    rf"(?:(?:coastal|border|neighbou?ring|{_COMPASS})\s+)?"
    r"(?:(?:states|countries|provinces|regions|districts|counties|areas)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "was pushed out of Mogadishu", "driven from its strongholds in X": where the group no longer is
_DRIVEN_OUT = re.compile(
    r"\b(?:pushed|driven|forced|chased|expelled|ousted|routed|flushed|cleared|evicted|fled|withdrew|retreated|moved|"
    r"ejected|dislodged)\s+(?:[\w-]+\s+){0,2}?(?:out\s+of|from)\b",
    re.I,
)


# "X, backed by air strikes, have pushed them out of parts of Y": the subject drove another out (an object comes
# between the verb and "out of"; "was pushed out of Y" has none)
_PUSHED_OUT = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:has|have|had|since|also|now|recently|gradually|finally|largely)\s+)*"
    r"(?:pushed|drove|driven|forced|chased|expelled|ousted|flushed|cleared|evicted|dislodged)\s+"
    r"(?:them|it|the\s+(?:militants|insurgents|jihadists|rebels|fighters|group)|(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+"
    r"(?:out\s+of|from)\s+(?:the\s+)?(?:(?:parts|much|most|areas|swathes|large\s+parts)\s+of\s+(?:the\s+)?)?"
    rf"(?:(?:{_COMPASS})\s+)?$",
    re.I,
)


# ", but remains active in X" after where the group was driven out: its next verb phrase, set against the last
_BUT_STILL = re.compile(
    r"\b(?:but|yet)\s+(?=(?:(?:still|now|has|have|is|are)\s+)*(?:remains?|remained|retains?|retained|operates?|"
    r"active|controls?|holds?|regrouped|resurfaced|based|entrenched|present)\b)",
    re.I,
)


# "The ELN and the EMC have been fighting each other in Arauca": a second subject before the verb they share
_AND_CO_SUBJECT = re.compile(
    # ("fighters of the Maute group and of the Abu Sayyaf faction led by P laid siege to X")
    # ("its units, including the Badr Organization and Asa'ib Ahl al-Haq, hold large parts of X": a name's lower-case
    # particle, and the comma that closes the list)
    r"^\s+and\s+(?:of\s+)?(?:the\s+)?"
    # ("the M23 and its political ally, the Alliance Fleuve Congo (AFC), have held Goma": the ally named in apposition)
    r"(?:(?:its|their)\s+(?:[\w-]+\s+)?(?:ally|partner|allies|partners),\s+(?:the\s+)?)?"
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|(?:al|ul|wal|el|ad|ud)-[A-Z][\w'’-]*)){0,5}"
    r"(?:\s+(?:group|faction|militia|movement))?(?:\s*\([^()]{1,20}\))?"
    r"(?:\s*,(?=\s+(?:have|has|had|are|were)\b))?"
    # ("WAM and the RMM compete with the CAM for the same territory in X")
    r"(?=\s*,?\s+(?:are|were|have|had|remain|both|jointly|together|operate|control|hold|fight|fought|led\s+by|laid|lay|"
    r"compete|vie|contest|share)\b)"
)


_LED_BY_NAME = re.compile(
    r"^(?:\s+(?:group|faction|militia|movement))?\s+(?:led|headed|commanded|run)\s+by\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*(?=\s+(?:operates?|operated|is|are|was|"
    r"were|has|have|had|remains?|controls?|controlled|holds?|held|laid|lay)\b)"
)
# "Abu Sayyaf, a small outfit based on the island of Jolo": an island is a place one is "on"
_BASED_ON = re.compile(
    r"^\s*,?\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:group|outfit|faction|militia|network|movement|cell)\s+)?"
    r"(?:(?:which|that|who)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|remains?|still|mostly|mainly|largely|"
    r"(?:believed|thought|said|reported|understood)\s+to\s+be)\s+)*"
    r"(?:based|active|present|entrenched|holed\s+up|headquartered|operating)\s+on\s+(?:the\s+)?"
    r"(?:(?:southern|northern|eastern|western|central|remote)\s+)?(?:(?:islands?|island\s+province)\s+of\s+)?$",
    re.I,
)
_MEN_WORD = re.compile(
    # ("SNA factions fought the SDF for weeks around X")
    r"^\s+(?:fighters|militants|militiamen|insurgents|gunmen|cells|units|members|commanders|remnants|rebels|guerrillas|"
    r"factions|forces|loyalists|elements|detachments|"
    # ("a splinter founded by former G members that is entrenched in X": a singular verb is the splinter's)
    r"jihadists)(?=\s)(?!\s+(?:that|which|who)\s+(?:is|was|has|remains)\b)"
    # "the LeJ cell, which operates in Quetta and Mastung": one cell of the group, and where it works
    r"|^\s+(?:cell|module)(?=\s*,\s+(?:which|that)\s)"
    # "a Los Lobos cell that runs extortion rackets in X", "a Los Lobos cell operates in X"
    r"|^\s+(?:cell|module)(?=\s+(?:(?:which|that)\s+)?(?:runs|ran|operates|operated|is|was|has|had)\s)"
    # "a Boko Haram faction is still based in the Mandara hills": one faction of the group, where it sits
    r"|^\s+(?:faction)(?=\s+(?:(?:which|that)\s+)?(?:operates|operated|is|was|remains)\s)"
    # "Hamas political leaders are based in Doha": where its leadership sits
    r"|^\s+(?:(?:political|military|exiled|senior|top)\s+)?(?:leaders|leadership)(?=\s)(?!\s+(?:that|which|who)\b)",
    re.I,
)
# "has no presence in X", "is no longer active in X": the last clause before the place denies it
_NEGATED = re.compile(r"\b(?:no|not|never|nor|without|neither)\b|n't\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b", re.I)


# "HTS spent the following years arresting their commanders and hunting IS cells in Idlib province"
_SPENT_YEARS = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had)\s+)?spent\s+(?:the\s+(?:following|next|past|last)\s+|"
    r"(?:several|many|two|three|four|five|ten)\s+)?(?:years|months|decades?|a\s+decade)\s+[a-z]+ing\b[^,;.]{0,80}?\s+"
    r"(?:in|across|throughout)\s+(?:the\s+)?$",
    re.I,
)
# "the BLA, which seeks independence for Balochistan"; "is fighting for an independent Balochistan"
_SEEKS_FOR = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|is|are|was|were|been|long|still|now)\s+)*"
    r"(?:seeks?|sought|seeking|fights?|fighting|fought|campaigns?|campaigning|campaigned|struggles?|struggling|wants?|"
    r"wanted|demands?|demanding|demanded|pushes|pushing|pushed)\s+(?:for\s+)?(?:(?:the|an|a)\s+)?"
    r"(?:independen(?:ce|t)|autonomy|autonomous|self-determination|secession|separate|free|breakaway)"
    r"(?:\s+(?:state|homeland|nation))?(?:\s+(?:for|of|in))?\s+(?:the\s+)?$"
    # "the cell planned to seize territory in Thuringia"; "aims to set up an Islamic emirate in X": ground it means to take
    rf"|^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|is|are|was|were|been|long|still|now|allegedly|"
    r"reportedly)\s+)*(?:aims?|aimed|aiming|plans?|planned|planning|intends?|intended|intending|seeks?|sought|seeking|"
    r"wants?|wanted|hopes?|hoped|tried|tries|trying)\s+to\s+(?:use\s+[^,;.]{1,40}?\s+to\s+)?(?:seize|capture|conquer|carve\s+out|set\s+up|establish|"
    r"create|build|impose)\s+(?:(?:its|their)\s+own\s+|an?\s+|the\s+)?(?:[\w-]+\s+)?(?:territory|state|caliphate|"
    r"emirate|homeland|statelet|enclave)\s+(?:in|of|over|across)\s+(?:the\s+)?(?:(?:parts|much|most)\s+of\s+(?:the\s+)?)?"
    rf"(?:(?:{_COMPASS})\s+)?$",
    re.I,
)


# "JNIM and ISSP are fighting for control of the Menaka region": a fight for ground is a fight where the group is
# (the present or perfect tense, a campaign; "fought for control of X last year" is history)
_FIGHTS_FOR = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:is|are|has\s+been|have\s+been|now|still|also|increasingly|"
    # ("A and B vie for control of X": the bare present, a habit too; never the past "fought for")
    r"continues?\s+to|long)\s+)*"
    r"(?:fighting|battling|vying|competing|struggling|jostling|fights?|battles?|vies|vie|competes?|"
    # "G has been engaged in a bloody conflict with H for control of X" (with its auxiliary: a war going on)
    r"(?:(?<=is\s)|(?<=are\s)|(?<=been\s))engaged\s+in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:conflict|war|battle|struggle|fight|feud|contest))\s+"
    r"(?:(?:with|against)\s+)?(?:[^,;.]{1,50}?\s+)?(?:for|over)\s+(?:the\s+)?(?:control|dominance|supremacy|mastery)\s+"
    r"(?:of|over)\s+(?:the\s+)?(?:(?:much|most|parts|swathes)\s+of\s+(?:the\s+)?)?"
    rf"(?:(?:{_COMPASS})\s+)?$",
    re.I,
)


# "Atomwaffen Division, founded in the United States in 2015, ...": where a group was founded is its first ground
# (the place right after the verb: in "founded as an offshoot of Y in X" the place is Y's)
_FOUNDED_IN = re.compile(
    # ("JeM, led by P, who was born in X": a person's birthplace is not the group's ground)
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|had\s+been|has\s+been|first|originally)\s+)*"
    r"(?:founded|formed|established|created|set\s+up)\s+in\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|province|region|"
    rf"state|district)\s+of\s+(?:the\s+)?)?(?:(?:{_COMPASS})\s+)?$"
    # "The Base, a group set up in the United States in 2018"; "a smaller network founded in Estonia"
    r"|^\s*,\s+(?:a|an)\s+(?:(?!(?:of|by|with|from)\b)[\w-]+\s+){0,3}?(?:group|network|movement|organi[sz]ation|"
    r"outfit|militia|faction|gang|cartel|cell)\s+(?:founded|formed|established|created|set\s+up)\s+in\s+(?:the\s+)?$",
    re.I,
)


# "the BLF, headed by P, draws most of its support from X"; "recruits mainly from the border districts of X": where
# the group finds its people is ground it works
_DRAWS_FROM = re.compile(
    # ("an Islamic State recruit from Germany": one man's home, the noun after the name, not the group's verb)
    r"^(?!\s+recruit\s+from\b)"
    rf"{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|long|still|also|now|traditionally|historically|"
    r"largely|mainly|mostly|always)\s+)*"
    r"(?:(?:draws?|drew|drawn|drawing|derives?|derived|deriving|gets|got|finds?|found)\s+"
    r"(?:(?:most|much|many|some|part|the\s+bulk|the\s+majority|a\s+(?:large\s+|big\s+)?(?:share|part))\s+of\s+)?"
    r"(?:its|their)\s+(?:[\w-]+\s+)?(?:support|supporters|recruits|fighters|members|manpower|strength|backing|following|"
    r"popular\s+base|base)|"
    r"(?:recruits?|recruited|recruiting)(?:\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:fighters|members|cadres|recruits))?)\s+"
    r"(?:(?:mainly|mostly|largely|primarily|chiefly|heavily|overwhelmingly)\s+)?from\s+(?:the\s+)?"
    rf"(?:(?:{_COMPASS}|border|rural|remote|neighbou?ring)\s+)*"
    r"(?:(?:[\w-]+\s+)?(?:districts?|provinces?|regions?|states?|areas?|towns|villages|count(?:y|ies)|territor(?:y|ies)|"
    r"communities|camps|clans?|tribes?)\s+of\s+(?:the\s+)?)?$",
    re.I,
)


_PART_AFTER_GROUP = re.compile(
    rf"^\s+(?:{_BRANCH}|faction|splinter|offshoot|cell|commander|leader)s?\b", re.I
)


# "Dawlah Islamiyah, a pro-Islamic State group that still has a presence in X": the apposition's head, then its clause
_APPOS_THAT = re.compile(
    r"^\s*,\s+(?:one\s+of\s+)?(?:a|an|the)\s+(?:(?!(?:of|with|to|for|by|against|from)\b)[\w'’-]+\s+){0,5}?"
    # ("ISWAP, a Boko Haram splinter that operates around Lake Chad")
    r"(?:group|groups|faction|factions|organi[sz]ation|movement|outfit|militia|network|insurgency|coalition|alliance|"
    r"splinter|offshoot|affiliate|branch|wing|franchise|unit|cell|"
    # ("the Islamic Resistance in Iraq, a label that has claimed dozens of attacks in X": the name is the group's)
    r"rebels|insurgents|jihadists|label|banner|umbrella)(?=\s+(?:that|which|who)\s)"
    # "ADF, a movement founded by Ugandan rebels in the 1990s that has been based in X": the singular verb is the
    # head's, not the plural founders'
    r"|^\s*,\s+(?:a|an|the)\s+(?:(?!(?:of|with|to|for|by|against|from)\b)[\w'’-]+\s+){0,3}?"
    # ("Jaysh Ayman, a unit made up largely of Kenyan recruits that operates in Lamu": the singular verb is the unit's)
    r"(?:group|faction|organi[sz]ation|movement|outfit|militia|network|coalition|alliance|splinter|offshoot|unit|cell)\s+"
    r"(?:founded|formed|created|set\s+up|established|launched|started|made\s+up)\s+(?:(?:largely|mainly|mostly|chiefly)\s+)?"
    r"(?:by|from|of)\s+[^,;()]{1,60}?"
    r"(?=\s+(?:that|which)\s+(?:(?:still|now|also|largely|mainly|mostly)\s+)?(?:is|was|has|remains|operates|controls)\s)"
    # ("a cell of Kenyan recruits that operates in Lamu": the men are the cell's, the singular verb is the cell's)
    r"|^\s*,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:group|faction|outfit|militia|network|unit|cell|band)\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:fighters|recruits|militants|men|youths|veterans|defectors|gunmen|jihadists|exiles)"
    r"(?=\s+(?:that|which)\s+(?:(?:still|now|also|largely|mainly|mostly)\s+)?(?:is|has|remains|operates|controls)\s)"
    # "ISIS-K, an offshoot of the Islamic State that is active in Afghanistan": the clause is the offshoot's
    rf"|^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_BRANCH}|offshoot|splinter|faction)\s+of\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}(?:\s+group)?(?=\s+(?:that|which|who)\s)"
    # "ISSP, the branch of the jihadist group that operates in Mali": a parent named only by its kind is no place's
    # subject; the clause is the branch's
    rf"|^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_BRANCH}|offshoot|splinter|faction)\s+of\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|movement|network)(?=\s+(?:that|which)\s)"
    # "Carteles Unidos, a coalition of local criminal groups that controls X": the singular verb is the coalition's
    r"|^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:coalition|alliance|network|umbrella|federation|confederation)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}?(?:groups|factions|gangs|militias|cartels|clans|tribes|organi[sz]ations|movements)"
    r"(?=\s+(?:that|which)\s+(?:(?:still|now|also|largely)\s+)?(?:is|has|remains|controls|holds|operates|dominates|rules|runs)\s)",
    re.I,
)


_LONG_PAREN = re.compile(r"^\s*\([^()]{1,100}\)")
_DASH_ASIDE = re.compile(r"^\s+[—–]\s+[^—–]{1,120}?\s+[—–](?=\s)")
_REPORTING_ASIDE = re.compile(
    r",\s+(?:(?:some|many|several|local|western|senior|security|intelligence|military|police|government|UN|U\.S\.)\s+)*"
    r"(?:sources?|officials?|analysts?|police|residents?|diplomats?|experts?|observers?|he|she|they)\s+"
    r"(?:say|says|said|believe|believes|believed|added|noted|estimate|estimated)(?=\s*,)"
    # ("the cell, the prosecutor said, planned to ... and intended to seize territory in X": a court's or an
    # authority's word set off by commas is no clause either)
    r"|,\s+(?:the\s+)?(?:federal\s+|state\s+|public\s+|chief\s+|lead\s+)?(?:prosecutors?|prosecution|indictment|"
    r"charge\s+sheet|investigators|court|judges?|authorities|ministry|army|military|police)\s+"
    r"(?:say|says|said|alleges?|alleged|claims?|claimed|argues|argued|contends|contended|told\s+the\s+court)(?=\s*,)"
    r"|,\s+according\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:prosecutors?|prosecution|indictment|charge\s+sheet|"
    r"investigators|court|judges?|authorities|officials|police)(?=\s*,)",
    re.I,
)
_NOUN_APPOSITION = re.compile(
    r"^\s*,\s+(?:the|a|an|one\s+of\s+the)\s+(?![^,;:()]*\b(?:which|that|who|whose|where|in|across|near|around)\b)"
    r"[^,;:()\"“”]{1,60}?,(?=\s)",
    re.I,
)
_INNER_PAREN = re.compile(r"\s*\([^()]{1,60},[^()]{1,60}\)")
# "9,000 IS fighters are held in detention facilities across X": men held captive there, not the group's ground
_CAPTIVE = re.compile(
    r"\b(?:is|are|was|were|being|been|remain|remains|still)\s+(?:(?:still|now|currently|mostly|reportedly)\s+)*"
    r"(?:held|detained|imprisoned|jailed|incarcerated|interned|locked\s+up)\b",
    re.I,
)
# "has sought to exploit the transition in Damascus": a wish to use events there, not a wish for ground there
# ("seeks to establish a caliphate in X", "sought to expand into X" still say where it works)
_SEEKS_OTHER = re.compile(
    r"\b(?:seeks?|sought|seeking)\s+to\s+(?!(?:establish|build|rebuild|carve|expand|extend|control|seize|hold|take|retake|"
    r"regain|recapture|capture|impose|create|set|spread|entrench|regroup|recruit|operate|gain|win|topple|overthrow|"
    r"wage|fight|revive|re-?establish|consolidate|dominate|rule|govern|secure|establish)\b)[a-z]+\b",
    re.I,
)


def _operates(between: str) -> bool:
    """Whether the words after a group say it is active in the place that follows."""
    # ("The NRM (NRM; in Swedish, Nordiska motstandsrorelsen), a ... organisation ..., is active in X")
    between = _LONG_PAREN.sub("", _plain(between), count=1)
    # ("A and B — also called C or simply D — were formed in X": an aside between dashes)
    between = _DASH_ASIDE.sub("", between, count=1)
    # ("X, which operates under the umbrella of the AFC (Alliance Fleuve Congo, AFC), now holds Y": a comma inside
    # brackets is no clause break)
    between = _INNER_PAREN.sub("", between)
    # ("is most active in A, security sources say, and has a small presence in B": a reporting aside is no clause)
    between = _REPORTING_ASIDE.sub("", between)
    # ("ISWAP, the stronger of the two, dominates the shore and is also active in X": a noun phrase set off by commas
    # right after the name describes it; the verb after it is the name's)
    if (appos := _NOUN_APPOSITION.match(between)) is not None and _VP_THEN.match(
        between[appos.end() :].lstrip()
    ):
        between = " " + between[appos.end() :].lstrip()
    # ("is active across the province, from Quetta to the Makran belt": the span named after the region it spells out)
    between = _ACROSS_IT_FROM.sub(r" \1 ", between)
    if _PUSHED_OUT.match(between) and not _NEGATED.search(between):
        # "clan militias have pushed them out of parts of Hiraan": the side that drove the other out holds the ground
        return True
    if (out := _DRIVEN_OUT.search(between)) is not None:
        # ("was driven out of Mogadishu in 2011 but remains active in X": the contrast clause says where it is now)
        now = _BUT_STILL.search(between, out.end())
        return (
            now is not None
            and not _NEGATED.search(between[now.end() :])
            and _says_active(" " + between[now.end() :])
        )
    if _NEGATED.search(_CLAUSE_BREAK.split(between)[-1]):
        return False
    if _CAPTIVE.search(between) or _SEEKS_OTHER.search(_CLAUSE_BREAK.split(between)[-1]):
        return False
    if _says_active(between):
        return True
    # "X is designated a terrorist group by A and B, and officials say it recruits through a network in Z": what
    # others say "it" does, in the clause that follows the subject's own
    if (said := _OTHERS_SAY_IT.search(between)) is not None and (
        _says_active(rest := " " + between[said.end() :])
        or ((then := _last_verb_phrase(rest)) is not None and _says_active(then))
    ):
        return True
    # "X pledged allegiance to Y and operates in Z": the second of the subject's verb phrases
    if (rest := _last_verb_phrase(between)) is not None and _says_active(rest):
        return True
    appos = _APPOS_THAT.match(between)
    if appos is not None and "," not in between[appos.end() :] and _says_active(between[appos.end() :]):
        return True
    # "TJP, an outfit that surfaced in 2023 and has since put its name to attacks in X": the relative clause's
    # second verb phrase
    if (
        appos is not None
        and "," not in between[appos.end() :]
        and (then := _last_verb_phrase(_RELATIVE_WORD.sub(" ", between[appos.end() :], count=1))) is not None
        and _says_active(then)
    ):
        return True
    # "the Tulkarem Brigade is an armed group based in X": the predicate noun read like an apposition
    if (copula := _IS_A_GROUP.match(between)) is not None and _APPOS_OPERATES.match(
        ", " + between[copula.end() :]
    ):
        return True
    # "the BLA is a separatist group, led by P, that has been fighting for independence for X": the relative
    # clause describes the subject
    head = _IS_A_THAT_HEAD.match(between)
    return (
        head is not None
        and "," not in between[head.end() :]
        and _says_active(", which" + between[head.end() :])
    )


# ", and Turkish officials say it ...": the pronoun after a reporting verb is the sentence's subject
_OTHERS_SAY_IT = re.compile(
    r"(?:,\s+and|;)\s+(?:(?:[A-Z][\w-]*|security|intelligence|government|police|military|western|local|senior|some|many)\s+)*"
    r"(?:officials|authorities|analysts|prosecutors|investigators|police|sources|experts|researchers)\s+"
    r"(?:say|says|said|believe|believed|allege|alleged|claim|claimed)\s+(?:that\s+)?(?:it|they)(?=\s)(?!.*\b(?:it|they)\b)",
    re.I,
)


# "X, known in Arabic as Y, is an armed group based in Z": the copula before a group noun and its "based"/"active"
_IS_A_GROUP = re.compile(
    r"^(?:\s*\([^()]{1,40}\))?(?:\s*,\s+(?:known|also\s+known|called|also\s+called)\s+[^,;()]{1,50},)?"
    # ("The MAK, the Movement for the Self-Determination of Kabylie, is a separatist movement based in X")
    r"(?:\s*,\s+the\s+(?-i:[A-Z])[^,;()]{1,80},)?"
    r"\s+(?:is|are|was|were|remains?)\s+(?=(?:one\s+of\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:groups?|organi[sz]ations?|"
    r"movements?|factions?|outfits?|militias?|networks?|coalitions?|alliances?)\s+(?:based|active|operating)\s)",
    re.I,
)


_ACROSS_IT_FROM = re.compile(
    r"\s+(across|throughout|in|all\s+over)\s+(?:the|this|that)\s+(?:whole\s+|entire\s+)?(?:province|region|country|state|"
    r"district|county|department|territory|area|island|valley|north|south|east|west)\s*,?\s+(?:from\s+(?:the\s+)?)$",
    re.I,
)
# "the SDF, the Kurdish-led force whose backbone is the YPG and which still controls X": a second relative clause
# of the apposition's head
_AND_WHICH = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the|a|an)\s+[^,;()]{0,60}?\b(?:whose|which|that)\s+[^,;]{1,90}?\s+"
    r"and\s+(?:which|that)(?=\s)",
    re.I,
)
# "X, which its rivals call Y and which has fought in Z": the second of two relative clauses of the name
_WHICH_AND_WHICH = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+which\s+[^,;()]{1,80}?\s+and\s+which(?=\s)",
    re.I,
)
# "the BLA is a separatist group, led by P, that has been fighting for independence and is active across X": the
# second verb phrase of the relative clause that describes the subject
_IS_A_THAT_AND = re.compile(
    r"^\s+(?:is|was|are|were|remains?)\s+(?:a|an|the)\s+(?:(?!\b(?:of|with|to|for|by)\b)[^,;]){0,60}?"
    r"(?:,\s+(?:led|founded|headed|run)\s+by\s+[^,;]{1,40},)?\s+(?:that|which|who)\s+[^,;]{1,120}?\s+"
    r"and\s+(?=(?:is|are|was|were|has|have|had|remains?|still|also|now|operates?|controls?|holds?)\b)",
    re.I,
)
_IS_A_THAT_HEAD = re.compile(
    r"^\s+(?:is|was|are|were|remains?)\s+(?:a|an)\s+(?:(?!\b(?:of|with|to|for|by|from|against)\b)[^,;]){0,60}?"
    r"(?:group|faction|organi[sz]ation|movement|outfit|militia|network|insurgency|coalition|alliance|splinter|offshoot)"
    r"(?:,\s+(?:led|founded|headed|run)\s+by\s+[^,;]{1,40},)?\s+(?:that|which|who)(?=\s)",
    re.I,
)
# "the faction, which is known as Boko Haram, and which operates from camps in X": a second relative clause right
# after the name the first one gave
_NAME_AND_WHICH = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+and\s+which(?=\s)", re.I)
_RELATIVE_OPEN = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:which|that|who)(?=\s)", re.I)
_THOUSANDS = re.compile(r"(\d),(\d{3})\b")
_RELATIVE_WORD = re.compile(r"^\s+(?:that|which|who)\s+", re.I)
# "alongside the Malian Armed Forces (FAMa) in X": a bracketed short name is no clause break
_SHORT_NAME_PAREN = re.compile(r"\s*\((?-i:[A-Z])[\w.&-]{1,12}\)")


def _last_verb_phrase(between: str) -> str | None:
    """The last of the subject's verb phrases, in the main clause or in a relative clause about it: "X, which
    controls A and runs a tax system in Z"."""
    # ("which has 6,000 fighters and uses X as a base": a thousands separator is no clause break)
    between = _THOUSANDS.sub(r"\1\2", between)
    between = _SHORT_NAME_PAREN.sub("", between)
    if (rest := second_verb_phrase(between)) is not None:
        return rest
    if (rel := _WHICH_AND_WHICH.match(between)) is not None:
        return ", which" + between[rel.end() :]
    if (rel := _NAME_AND_WHICH.match(between)) is not None:
        return ", which" + between[rel.end() :]
    if (rel := _RELATIVE_OPEN.match(between)) is not None:
        return second_verb_phrase(between[rel.end() :])
    if (rel := _AND_WHICH.match(between)) is not None:
        return ", which" + between[rel.end() :]
    if (rel := _IS_A_THAT_AND.match(between)) is not None:
        return ", which " + between[rel.end() :]
    return _after_long_first_phrase(between)


# "is commanded by the preacher P and has expanded ...": a first verb phrase too long for `second_verb_phrase`
_LONG_FIRST_PHRASE = re.compile(rf"^\s+{_VP_HEAD}[^,;:()]{{0,200}}$")


def _after_long_first_phrase(between: str) -> str | None:
    """The verb phrase after "and" when the subject's first verb phrase, with no comma in it, runs long."""
    text = _LEAD_COMMA.sub("", between)
    if "," in text or len(text) > 300:
        return None
    for join in _VP_JOIN.finditer(text):
        if _VP_THEN.match(text[join.end() :]) and _LONG_FIRST_PHRASE.match(text[: join.start()]):
            return " " + text[join.end() :]
    return None


def _says_active(between: str) -> bool:
    """The patterns of `_operates`, without its guards."""
    if (co := _AND_CO_SUBJECT.match(between)) is not None:
        between = between[co.end() :]
    if (led := _LED_BY_NAME.match(between)) is not None:
        # "FARC dissidents led by P operate in X": the reduced clause names the leader, the verb is the group's
        between = between[led.end() :]
    if _BASED_ON.match(between):
        return True
    if (
        (men := _MEN_WORD.match(between) or _POSS_MEN.match(between)) is not None
        and (
            _OPERATES.match(between[men.end() :])
            or _CONTROLS.match(between[men.end() :])
            # "Lakurawa fighters have set up camps in Sokoto State"
            or _HAS_MEN_IN.match(between[men.end() :])
        )
    ):
        # "al-Shabaab militants are believed to be hiding in the Boni forest"; "al-Shabaab's leadership, headed
        # by P, has shifted fighters toward Gedo and Lower Juba"
        return True
    return any(
        p.match(between)
        for p in (
            _OPERATES,
            _GROUP_POSS_IN,
            _ITS_TERRITORY,
            _CONTROLS,
            _CAPTURED_SITE,
            _TOOK_TOWNS,
            _MEMBERS_IN,
            _APPOS_OPERATES,
            _HAS_MEN_IN,
            _DOMINANT_IN,
            _ONE_OF_GROUPS_IN,
            _SPREAD_TO,
            _REACHES,
            _WHOSE_BASE_IS,
            _POSS_BASE_IS,
            _SEEKS_FOR,
            _SPENT_YEARS,
            _MEN_THERE,
            _COMPETES_IN,
            _DRAWS_FROM,
            _FIGHTS_FOR,
            _FOUNDED_IN,
            _SURVIVED_IN,
            _FIGHTS_TO_RECLAIM,
            _STRIKES_FROM,
            _WITH_MEN_IN,
            _MOST_OF_THEM_IN,
            _MADE_UP_OF_MEN_IN,
            _TERRORISES,
        )
    )


# "the Mahmuda group, named after its leader, has terrorised villages around the Kainji park since 2022": the people of
# a place it has preyed on over time (one raid is an attack, read elsewhere)
_TERRORISES = re.compile(
    r"^(?:\s*,[^,;:()]{1,60},)?\s+(?:(?:has|have|had|long|for\s+years|repeatedly|regularly)\s+)*"
    r"(?:terrori[sz](?:ed|es|e|ing)|preyed\s+on|preys\s+on|prey\s+on|plagued|plagues|plague)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:villages|communities|towns|farmers|residents|people|population|civilians|travell?ers|"
    r"herders|fishermen|districts|areas|roads|highways)\s+(?:in|around|across|throughout|near|along)\s+(?:the\s+)?$",
    re.I,
)


# "the TIP, made up largely of Uyghur fighters based around Jisr al-Shughur": the men it is made of, and where they are
_MADE_UP_OF_MEN_IN = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:group|force|faction|militia|movement)\s+)?"
    r"(?:made\s+up|composed|consisting|formed)\s+(?:(?:largely|mostly|mainly|chiefly|entirely|primarily)\s+)?of\s+"
    r"(?:[\w-]+\s+){0,3}?(?:fighters|militants|men|members|recruits|volunteers|combatants)\s+(?:(?:who\s+are\s+)?(?:based|"
    r"stationed|entrenched|active|operating|concentrated)\s+)(?:in|around|near|on|across)\s+(?:the\s+)?$",
    re.I,
)


# "al-Shabaab, with cells in Kenya and Ethiopia, ..."; "operates mainly in Somalia, with fighters in X": the group's
# own men or bases, in a "with" phrase after its name or its first clause (not "with soldiers in X", another's men)
_WITH_MEN_IN = re.compile(
    r"^(?:\s+[^,;()]{0,160}?)?(?:\s*,\s+(?:weakened|hit|battered|depleted|reduced)\s+[^,;()]{1,60}?)?\s*,\s+with\s+(?:(?:its|their|active|sleeper|armed|several|many|some|hundreds\s+of|"
    r"thousands\s+of)\s+)?(?:cells|fighters|militants|bases|camps|hideouts|safe\s+houses|(?:a\s+)?(?:[\w-]+\s+)?presence|"
    # "the CIRA was now a fragmented organisation, with its remaining strength concentrated in the border counties of X"
    r"(?<=its\s)(?:(?:remaining|main|chief|core)\s+)?(?:strength|support|base|operations)\s+(?:now\s+)?"
    r"(?:concentrated|centred|centered|based))\s+"
    r"(?:in|across|throughout)\s+(?:the\s+)?(?:(?:border\s+)?(?:counties|districts|provinces|areas)\s+of\s+)?$",
    re.I,
)


# "Hezbollah has fired rockets at northern Israel from southern Lebanon"; "the cell fought the army from the hills of
# X for years": the ground a group strikes from is ground it holds (not "drove them from X", "came from X")
_STRIKES_FROM = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|long|repeatedly|regularly|often|also|still|been|"
    r"routinely)\s+)*(?:fired|fires|firing|launched|launches|launching|fought|fights|fighting|shelled|shells|shelling)\s+"
    r"(?:(?!\b(?:by|who|which|that|when|after|before|and|but)\b)[^,;.()]){0,60}?\s*\bfrom\s+(?:inside\s+)?(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|north|south|east|west|central|occupied)\s+)?$"
    # "the PKK, which waged its war on Ankara for decades from bases in the Qandil mountains"; "has pushed south from
    # its strongholds in X": the bases named after "from" are its own (any verb of a campaign; the base noun is needed)
    rf"|^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|long|repeatedly|regularly|often|also|still|been|"
    r"since\s+\d{4}|for\s+years)\s+|it\s+)*(?:waged|wages|waging|pushed|pushes|pushing|mounted|mounts|mounting|staged|stages|"
    r"staging|launched|launches|launching|fought|fights|fighting|operated|operates|operating|raided|raids|raiding|"
    r"struck|strikes|striking|attacked|attacks|attacking)\s+"
    r"(?:(?!\b(?:by|who|which|that|when|after|before|and|but|against\s+(?:its|their)\s+bases)\b)[^,;.()]){0,70}?\s*\bfrom\s+"
    r"(?:its\s+|their\s+)?(?:(?:rear|main|remote|mountain|forest|jungle|desert|cross-border|hidden|former)\s+)?"
    r"(?:bases|strongholds|camps|sanctuaries|hideouts|safe\s+havens)\s+(?:in|inside|across)\s+(?:the\s+)?"
    rf"(?:(?:{_COMPASS})\s+)?$",
    re.I,
)


# "ISWAP has carried out some 50 raids this year, most of them in Borno": a count of the group's own blows, and
# where most fell (a campaign, not one attack; the place is in the closing "most of them in" phrase)
_MOST_OF_THEM_IN = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|also|since|now|says?|said|(?:it|they)\s+(?:has|have))\s+)*"
    r"(?:carried\s+out|conducted|launched|staged|mounted|claimed|been\s+behind)\s+(?:responsibility\s+for\s+)?"
    r"(?:(?:more\s+than|over|at\s+least|nearly|almost|about|some|roughly|dozens\s+of|hundreds\s+of|scores\s+of|"
    r"\d[\d,]*)\s+)+(?:[\w-]+\s+)?(?:attacks|bombings|raids|ambushes|killings|kidnappings|abductions|assaults)"
    r"(?:\s+(?:on|against|in|across)\s+[^,;()]{1,50}?)?"
    r"(?:\s+(?:this|last)\s+(?:year|month)|\s+since\s+(?:[\w-]+\s+){0,2}?\d{4}|\s+since\s+[A-Z][a-z]+)?\s*,\s+"
    r"(?:most|many|nearly\s+all|almost\s+all|the\s+majority|half|all|two-thirds)\s+(?:of\s+(?:them|which|those)\s+)?"
    r"in\s+(?:the\s+)?$"
)


# "says it is fighting to recover ancestral land from forestry companies in X": the ground it fights to win back
_FIGHTS_TO_RECLAIM = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|is|are|been|long|still|now|also)\s+|"
    r"(?:says?|said|claims?|claimed)\s+(?:that\s+)?(?:it|they)\s+)*"
    r"(?:fighting|fights?|struggling|struggles?|campaigning|campaigns?)\s+(?:to|for\s+the\s+right\s+to)\s+"
    r"(?:recover|reclaim|retake|regain|liberate|win\s+back|take\s+back|free|restore)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:land|lands|territory|territories|homeland|ground|villages|farms)\s+(?:(?:from|of)\s+(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:in|across|throughout)\s+(?:the\s+)?(?:(?:much|most|parts)\s+of\s+(?:the\s+)?)?$",
    re.I,
)


# "has survived a decade of military operations in the forests where the departments of A, B and C meet": where a
# campaign against it failed to end it
_SURVIVED_IN = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|also|long|so\s+far|still)\s+)*"
    r"(?:survived|withstood|weathered|outlasted|outlived)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:operations|offensives?|campaigns?|crackdowns?|(?:air\s*)?strikes|raids|sweeps|pressure)\s+"
    r"(?:in|across|throughout)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:mountains|hills|forests?|jungles?|deserts?|valleys?|highlands|bush)\s+"
    r"(?:of|around|near|in|where)\s+(?:the\s+)?)?"
    rf"(?:(?:departments?|provinces?|regions?|states?|districts?|counties)\s+of\s+(?:the\s+)?)?(?:(?:{_COMPASS})\s+)?$",
    re.I,
)


# "Europe's Islamic State problem": the group is a topic of the place, not active there.
_TOPIC_AFTER = re.compile(
    r"^\s+(?:problem|threat|crisis|question|attacks?|strategy|policy|challenge|issue|menace|scourge|prisoners|"
    r"detainees|returnees|suspects|victims|hostages|sympathi[sz]ers|supporters|recruits)\b",
    re.I,
)
# "Iran's Revolutionary Guard Corps" is the state's own force, not a group active in the country.
_STATE_FORCE = re.compile(
    r"\b(?:Revolutionary\s+Guards?|Republican\s+Guard|Armed\s+Forces|Police|Ministry|Navy|Air\s+Force)\b"
)
_ONCE_A_STRONGHOLD_OF = re.compile(
    # "X, which was once a stronghold of G"; "the Boni forest, a known hideout of G"
    r"^(?:\s+(?:forest|forests|mountains|hills|valley|desert|jungle|swamps?|islands?|region|area|district))?"
    rf"{_APPOS}\s*,?\s+(?:(?:(?:which|that)\s+)?(?:was|is|(?:has|had)\s+(?:long\s+|also\s+)?been|remains|became)\s+)?"
    # ("Dagestan was for years the heartland of G")
    r"(?:(?:once|long|still|now|later|for\s+(?:years|decades|a\s+decade|a\s+generation))\s+)?(?:a|an|the)\s+"
    r"(?:(?:main|key|former|last|traditional|known|home)\s+)?"
    r"(?:stronghold|heartland|bastion|base|hub|hotbed|sanctuary|safe\s+haven|haven|hideout)\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)
# "A and B, traditional strongholds of G": the plural after a list of places
_STRONGHOLDS_OF = re.compile(
    r"^(?:\s+(?:neighbou?rhoods|districts|provinces|regions|towns|villages|quarters|suburbs|camps|valleys|mountains|"
    r"forests|areas))?\s*,\s+(?:(?:both|all)\s+)?(?:(?:long|once|still|now|former|key|main|traditional|known)\s+)?"
    r"(?:strongholds|heartlands|bastions|bases|hotbeds|sanctuaries|safe\s+havens|havens|hideouts)\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)
# "Lurgan and Portadown, areas long dominated by the LVF"; "Gao, a town controlled by JNIM": the ground the group holds
# (not "areas once held by G" nor "areas retaken from G": where it was)
_AREAS_HELD_BY = re.compile(
    r"^(?:\s+(?:neighbou?rhoods?|districts?|provinces?|regions?|towns?|villages?|quarters?|suburbs?|estates?|valleys?|"
    r"areas?))?\s*,\s+(?:(?:both|all|an?|the)\s+)?(?:(?:rural|remote|mostly|largely|poor|border|coastal|mountainous)\s+)?"
    r"(?:areas?|towns?|districts?|regions?|neighbou?rhoods?|estates?|territory|territories|zones?)\s+"
    r"(?:(?:long|still|now|largely|mostly|effectively|firmly|traditionally|heavily)\s+)?"
    r"(?:dominated|controlled|held|ruled|run)\s+by\s+(?:the\s+)?$",
    re.I,
)
_GOVERNMENT_AFTER = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:government|state|regime|authorities)\b", re.I
)
_WAGED_AGAINST = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|is|are|was|were|been|long|since|also|now|still)\s+)*"
    r"(?:waged|waging|wages|wage|led|leads|leading|mounted|mounting|pursued|pursuing)\s+(?:an?\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:war|insurgency|campaign|jihad|rebellion|offensive)(?:\s+of\s+[\w-]+)?\s+"
    r"(?:against\s+[^,;.]{1,50}?\s+and\s+)?against\s+(?:the\s+)?$",
    re.I,
)
_PEOPLE_AFTER = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:government|state|regime|authorities|army|military|security\s+forces|forces|"
    r"people|population|minority|minorities|civilians|police)\b",
    re.I,
)
# "X, which is fighting to overthrow Somalia's federal government"
_TO_OVERTHROW = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|long|still)\s+)*"
    r"(?:fighting|fought|fights|waging\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:war|insurgency|campaign)|seeking|seeks|sought|"
    r"trying|tried|vowed)\s+to\s+(?:overthrow|topple|unseat|bring\s+down|replace)\s+(?:the\s+)?$",
    re.I,
)
_WHERE_G_HOLDS = re.compile(
    # ("where both A and the B are based": the first of two subjects)
    # ("where AQIM (also written AQMI, after its French name) kept its strongholds": the name's aside)
    rf"^{_APPOS}(?:\s*\([^()]{{1,60}}\))?(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){{0,3}}"
    r"(?:\s*\([^()]{1,20}\))?)?"
    r"\s+(?:(?:fighters|militants|men|units|cells|forces|gunmen|remnants|elements|loyalists|insurgents|jihadists|"
    r"battalions|brigades|squads|columns|commanders)\s+)?"
    r"(?:(?:then|now|still|once|long|has|had|have|been|also|recently)\s+)*"
    # ("al-Qaim, where the militia's units guard the frontier")
    r"(?:roam|roams|patrol|patrols|guard|guards|guarded|hide|hides|operate|control|hold|rule|controlled|controls|held|holds|"
    r"ruled|rules|"
    r"occupied|occupies|operates|operated|is\s+based|was\s+based|is\s+active|was\s+active|remains\s+active|thrives|"
    r"are\s+based|were\s+based|are\s+active|were\s+active|remain\s+active|"
    # "the Jufra air base, where the Wagner Group was also deployed"; "where the militia is headquartered"
    r"(?:is|was|are|were)\s+(?:also\s+|still\s+|now\s+|once\s+)?(?:deployed|stationed|headquartered|garrisoned)|"
    # "where OLA and Fano fighters compete for territory"
    r"(?:compete|competes|competed|vie|vies|vied)\s+(?:with\s+[^,;.]{1,40}?\s+)?for\s+(?:territory|control|influence|recruits|ground)|"
    r"thrived|recruits|recruited|has\s+bases|had\s+bases|is\s+strongest|was\s+strongest|(?:first\s+)?emerged|"
    # "where the ADF has been active since 2014"; "where X has waged an insurgency"
    r"(?<=been\s)(?:active|present|based|entrenched|dominant|strong)|waged|waging|wages|governs|governed|"
    # "Oromia, where the OLA has been fighting the government since 2018" (a war going on, not one fight)
    r"(?<=been\s)(?:fighting|battling)|(?:is|are)\s+(?:still\s+)?(?:fighting|battling)|"
    # "Kirinyaga, where the rebels have fought the government since 2012": a war with the state over a span (not
    # "where it fought the army on Tuesday", one battle)
    r"(?:has|have|had)\s+(?:long\s+|also\s+)?(?:fought|battled)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:state|government|army|"
    r"military|security\s+forces|troops|police|authorities|junta)\s+(?:for|since)\b|"
    # "where the group is strong", "where it has a strong presence"
    r"(?:is|was|remains)\s+(?:still\s+)?(?:strong|present|entrenched|dominant)|(?:has|had)\s+(?:a\s+)?(?:strong\s+)?presence|"
    # "Honduras, where the gang remains a single structure": it is still there, as one body
    r"(?:remains|remained)\s+(?:a|one)\s+(?:single\s+|unified\s+|united\s+|potent\s+|powerful\s+)?(?:structure|force|"
    r"organi[sz]ation|presence)|"
    # "where the ELN had recently set up checkpoints"
    r"(?:set|sets)\s+up\s+(?:its\s+|their\s+)?(?:checkpoints|camps|bases|roadblocks|courts|positions)|"
    # "where PJAK and the PKK keep their main camps"
    # ("where G kept its last significant strongholds")
    r"(?:keeps?|kept|maintains?|maintained|has|have|had)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:camps|bases|headquarters|"
    r"hideouts|strongholds|training\s+grounds)|"
    # "a province where IS still has sleeper cells" (its own men there; not "where it has supporters abroad")
    r"(?:has|have|had)\s+(?:(?:sleeper|active|dormant|underground)\s+)?(?:cells|fighters|camps|hideouts|safe\s+houses)\b|"
    # "where the gang ran extortion and contract killings" (not "ran out of money", "ran into the army")
    r"(?:ran|runs)(?!\s+(?:out|away|into|across|through|off|from|for)\b))\b",
    re.I,
)
_WHOSE_MEN_IN = re.compile(
    # "the M23, whose fighters seized Goma"
    r"\bwhose\s+(?:own\s+)?(?:fighters|units|militants|forces|men|gunmen|insurgents)\s+(?:(?:still|now|also|have|had|briefly)\s+)*"
    r"(?:seized|captured|control|controlled|hold|held|took|overran|occupy|occupied|rule|ruled)\s+"
    r"(?:(?:the\s+)?(?:city|town|port|capital|provincial\s+capital|region|province)\s+of\s+)?(?:the\s+)?$|"
    r"\bwhose\s+(?:own\s+)?(?:fighters|units|militants|cells|forces|men|members|gunmen|insurgents|bases|camps|"
    # "the PKK, whose leadership is based in the Qandil mountains"
    r"contractors|mercenaries|troops|leadership|leaders|commanders|headquarters|command)\s+"
    r"(?:(?:still|now|also|continue\s+to|regularly|often|have|had|are|were|is|was|long|been)\s+)*"
    r"(?:hide|hid|hiding|operate|operated|roam|roamed|raid|raided|control|controlled|hold|held|patrol|patrolled|"
    r"based|active|shelter|sheltered|remain|remained|are\s+based|are\s+active|(?:are\s+|were\s+)?(?:concentrated|entrenched|"
    # "whose fighters first moved into the border communities of X"; "whose fighters launched waves of attacks around X"
    r"holed\s+up|hiding|stationed)|(?:first\s+)?(?:moved|crossed|spread|pushed)(?=\s+into)|launched|staged|mounted|"
    # "Wagner, whose contractors arrived in Mali in 2021"
    r"arrived|deployed|(?:first\s+)?(?:appeared|surfaced|emerged))"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:in|into|across|throughout|around)\s+(?:the\s+)?"
    r"(?:border\s+(?:communities|areas|towns|villages|districts)\s+of\s+(?:the\s+)?)?"
    # ("whose leadership is based in the Qandil mountains of northern Iraq")
    r"(?:(?:[A-Z][\w'’-]+\s+)?(?:mountains|hills|forests?|deserts?|border\s+areas|north|south|east|west|northern|southern|eastern|western|"
    r"central|parts|much|most|areas|regions?|villages)\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)
# "ISIS-K, whose recruiters in Central Asia have targeted young men": the group's own people there
_WHOSE_MEN_THERE = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+whose\s+(?:own\s+)?(?:fighters|units|militants|cells|members|recruiters|"
    r"networks|operatives|commanders|insurgents|bases|camps)\s+(?:in|across|throughout|inside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$",
    re.I,
)
# "Atomwaffen Division, the accelerationist group whose U.S. cells were broken up": the place named as the adjective of
# the group's own men (not its branch or affiliate there, which is another group)
_WHOSE_PLACE = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:group|movement|network|organi[sz]ation|"
    r"militia|gang|outfit)\s+)?whose\s+$",
    re.I,
)
_MEN_AFTER_PLACE = re.compile(
    r"^\.?\s+(?:cells|fighters|units|militants|members|recruiters|networks|operatives|commanders|chapters|camps|bases)\b",
    re.I,
)
_BASED_MAN_AFTER = re.compile(
    r"^-based\s+(?:[\w-]+\s+)?(?:operatives?|commanders?|leaders?|leadership|handlers?|cells?|units?|members|fighters|"
    r"militants|recruiters|chief)\b",
    re.I,
)
_OWN_WAR_IN = re.compile(
    r"(?:\bwhile|\bas|\band|,)\s+(?:also\s+)?(?:waging|wages|waged|fighting|fights|fought|pursuing|leading|leads|led)\s+"
    r"(?:its|their)\s+own\s+(?:war|insurgency|campaign|fight|jihad|operations)\s+(?:in|inside|across|within)\s+(?:the\s+)?$",
    re.I,
)
# "the Sudan-based group"; "the Washington, D.C.-based X Institute"
_LOC_BASED_G = re.compile(r"^(?:,\s*[A-Z][\w.]*)?\s*-?(?:based|controlled|held)\s+(?:\w+\s+){0,2}?$", re.I)
_IN_LOC_COMMA = re.compile(
    # "Further south, in Lamu county, ...", "Meanwhile, in Ituri, ...": an adverb of its own may come first
    r"^\s*(?:(?:Further|Farther|Meanwhile|Elsewhere|Separately|Nearby|Today|Now)(?:\s+(?:north|south|east|west|afield|away))?"
    # "Across the frontier, in Niger's Tillaberi region, ISSP holds sway"
    r",\s+(?=[a-z])|(?:Across|Over|Beyond)\s+the\s+(?:border|frontier|river|lake),\s+(?=[a-z])|"
    r"On\s+the\s+other\s+side\s+of\s+the\s+(?:border|frontier),\s+(?=[a-z]))?"
    r"(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ii]nside|[Aa]round|Based\s+(?:in|on)\s+(?:the\s+)?(?:islands?\s+of|provinces?\s+of|region\s+of)?\s*)"
    # ("In northern Nigeria, Boko Haram has killed thousands")
    r"\s*(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|"
    r"north-?western|south-?eastern|south-?western)\s+)?$"
)


# "al-Shabaab-held areas of Jubaland": the group names the ground it holds (not "government-held")
# ("villages along the Shabelle river that al-Shabaab has controlled since last year")
_WHICH_THE = re.compile(
    r"^(?:\s+(?:river|valley|region|province|district|area|forest|mountains|hills|town|city|port))?\s*,?\s+(?:which|that)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_G_HELD_IT = re.compile(
    r"^\s+(?:(?:has|had|have|still|once|long|briefly|now|effectively|largely)\s+)*(?:held|controlled|ruled|occupied|"
    r"controls|holds|rules|occupies|dominated|dominates|governs|governed|administers|administered|used\s+as\s+(?:a|its)\s+base)\b",
    re.I,
)
_G_HELD_AREAS_OF = re.compile(
    r"^\s*-?(?:held|controlled|dominated|occupied|run|ruled)\s+(?:(?:rural|remote|large|vast|northern|southern|eastern|"
    r"western|central)\s+)*(?:areas?|parts?|swathes?|swaths?|stretches|territory|territories|pockets|villages|districts|"
    r"towns|zones|regions|enclaves?)\s+(?:of|in|across)\s+(?:the\s+)?$"
    # "the Houthi-held port of Hodeidah"; "the M23-held town of Rubaya"; "Houthi-held Sanaa"
    r"|^-(?:held|controlled|occupied|ruled)\s+(?:(?:port\s+city|port|town|city|capital|village|province|district|region|"
    r"enclave|stronghold)\s+of\s+)?(?:the\s+)?$",
    re.I,
)
# ("Kindu, the rebel-held capital of Maniema": the "capital" held is the town before the comma)
_HELD_SEAT_OF = re.compile(
    r"^-(?:held|controlled|occupied|ruled)\s+(?:(?:provincial|regional|state|district)\s+)?capital\s+of\s+(?:the\s+)?$",
    re.I,
)
_APPOSED_THE = re.compile(r"^\s*,\s+(?:the\s+)?$", re.I)


def _apposed_place_before(s: Sentence, group: Mention) -> Mention | None:
    """The place whose apposition the group's "-held capital of" phrase opens ("Nyala, the RSF-held ...")."""
    before = [m for m in s.mentions if m.type is L and m.end <= group.start]
    if not before:
        return None
    place = max(before, key=lambda m: m.end)
    return place if _APPOSED_THE.match(s.between(place, group)) else None


_AREAS_UNDER = re.compile(
    r"\b(?:areas?|parts?|swathes?|swaths?|stretches|pockets|villages|districts|towns|territory|zones|much|most)\s+"
    r"(?:of|in|across)\s+(?:the\s+)?$",
    re.I,
)
_PLACE_UNDER = re.compile(
    r"^\s+(?:(?:that|which)\s+(?:are|were|is|was|remain|remains)\s+)?(?:still\s+|now\s+|firmly\s+|largely\s+)?"
    r"under\s+(?:the\s+)?(?:(?:de\s+facto\s+)?(?:control|rule|sway|grip)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "Kismayo remains under al-Shabaab control"; "the town fell under the control of G"
_UNDER_CONTROL = re.compile(
    r"^\s*(?:,\s+(?:which|that)\s+)?\s*(?:is|was|remains|remained|fell|has\s+been|had\s+been|came|stays|lies)\s+"
    r"(?:(?:largely|still|now|firmly|effectively|partly|back|once|long)\s+)*under\s+(?:the\s+|an?\s+)?"
    r"(?:(?:de\s+facto\s+)?(?:control|rule|sway|grip)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_CONTROL_AFTER = re.compile(
    rf"^(?:{_POSS})?\s+(?:[\w-]+\s+)?(?:control|rule|sway|grip|siege|blockade)\b", re.I
)


# ------------------------------------------------------------------ located in

_LOC_COMMA_LOC = re.compile(r"^\s*,\s*$")
_LOC_IN_LOC = re.compile(
    # ("the Rashidieh camp on the outskirts of Tyre")
    r"^\s+(?:in|near|outside|inside|of|on\s+the\s+(?:outskirts|edge|fringes)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}?$"
    # "Djibo in Burkina Faso's Soum province"
    rf"|^\s+in\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?{_POSS}\s+(?:[\w-]+\s+){{0,1}}?$"
    # "Rafah, in the North Sinai governorate"; "Turbat, in Pakistan's Balochistan province"
    rf"|^\s*,\s+in\s+(?:the\s+)?(?:[A-Z][\w-]+{_POSS}\s+)?(?:[\w-]+\s+){{0,1}}?$"
    # "Djibo, in Burkina Faso's Soum province"; "Alfakoara, in the commune of Kandi"
    rf"|^\s*,\s+in\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){{1,2}}[A-Z][\w-]+{_POSS}\s+(?:[\w-]+\s+){{0,1}}?$"
    r"|^\s*,\s+in\s+the\s+(?:commune|municipality|district|province|region|department|prefecture|county|territory|"
    r"governorate|state)\s+of\s+$",
    re.I,
)
# The kind of a place, or "also", between it and the place it is in
_LOC_KIND_IN = re.compile(
    # "Sehken village in Churachandpur district", "the Messejana neighbourhood of Fortaleza"
    r"^\s+(?:village|town|community|hamlet|settlement|neighbou?rhood|suburb|locality|township|quarter)\s+(?:in|of)\s+"
    r"(?:the\s+)?$"
    # "a village near Bichena, also in East Gojjam"; "Mount A and Mount B, both also in Kasserine governorate"
    r"|^\s*,\s+(?:also|(?P<all>both|all)(?:\s+also)?)\s+(?:in|inside|within)\s+(?:the\s+)?$"
    # "Mezam and Momo divisions of the Northwest region": each place of the list; "the Mopti region of Mali"
    r"|^\s+(?P<admin>(?P<kinds>districts|divisions|provinces|regions|states|counties|departments|municipalities|territories|"
    r"governorates|prefectures|townships|local\s+government\s+areas|LGAs)|district|division|province|region|state|county|"
    r"department|municipality|territory|governorate|prefecture|township)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$"
    # "the Qandil mountains of northern Iraq", "the Ghab plain of Hama province"
    r"|^\s+(?:mountains|hills|range|massif|plain|plains|valley|highlands)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$"
    # "Debre Markos is the capital of East Gojjam zone"
    r"|^\s*,?\s+(?:which\s+)?(?:is|was|remains)\s+(?:also\s+)?the\s+(?:(?:regional|provincial|administrative|district)\s+)?"
    r"(?:capital|seat|main\s+town|largest\s+(?:city|town))\s+of\s+(?:the\s+)?$",
    re.I,
)
# "| Menaka, Tillaberi |": places listed in a table's cell
_CELL_END = re.compile(r"^\s*\|")
_LOC_POSS_LOC = re.compile(rf"^{_POSS}\s+(?:\w+\s+){{0,3}}?$")
_POSS_ONLY = re.compile(rf"^{_POSS}\s+$")
# ", and Gao"; ", Garissa and Lamu": more places follow, so "Mandera, Wajir" was a list, not a place in a place
_LIST_GOES_ON = re.compile(
    r"^\s*(?:,\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*)?,?\s+(?:and|or)\s+(?:the\s+)?[A-Z]"
)
_BORDER = re.compile(r"\b(?:border|borders|frontier|boundary)\b", re.I)
# "the Pakistan Institute for Conflict and Security Studies, an Islamabad-based think tank"
_O_COMMA_PLACE_BASED = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$")
_POSS_PLACE_AFTER = re.compile(rf"^{_POSS}\s+(?:[\w-]+\s+)?[A-Z]")
# "Mutwanga, a farming town in Congo's North Kivu province"; "Quetta, the capital of Balochistan province"
_LOC_A_TOWN_IN = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|district|port|suburb|neighbou?rhood|capital|"
    r"municipality|commune|governorate|department|territory|locality|hamlet|settlement|enclave|township|prefecture|"
    # "a port town in northern Mozambique's Cabo Delgado province"
    # ("a town in Burkina Faso's Soum province")
    rf"island|county|province|region|state|area)\s+(?:in|of|on|within|inside)\s+(?:the\s+)?"
    rf"(?:(?:{_SIDE}\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}{_POSS}\s+)?(?:[\w-]+\s+){{0,1}}?$",
    re.I,
)
# "Isabela, on Basilan island"; "X, on the Sulawesi mainland"
_LOC_ON = re.compile(r"^\s*,\s+on\s+(?:the\s+)?$", re.I)
_COAST_AFTER = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+)?(?:coast|coastline|shores?|island|mainland|peninsula|interior|highlands)\b",
    re.I,
)
_ISLAND_AFTER = re.compile(r"^\s+(?:island|mainland|peninsula|coast|archipelago)\b", re.I)
# "the Peshawar district of Hayatabad" (Hayatabad in Peshawar); "the Gulbahar area of Peshawar" (Gulbahar in Peshawar)
_LOC_PART_OF = re.compile(
    # "the Mandera county town of Elwak"; "the Borno state capital of Maiduguri"
    r"^\s+(?:(?:county|district|state|provincial|province|regional|region|territory)\s+(?:town|capital|seat|headquarters)"
    r"|district|neighbou?rhood|suburb|area|quarter|borough|region|province|town|village|county|territory|department|"
    # ("the Birnin Gwari axis of Kaduna State")
    r"governorate|municipality|commune|axis|corridor|belt)\s+of\s+(?:the\s+)?$",
    re.I,
)
_LOC_KIND_COMMA = re.compile(
    r"^\s+(?:territory|district|county|sub-county|commune|municipality|town|village|locality|chiefdom|department|"
    r"prefecture|local\s+government\s+area|LGA|area|governorate|subdistrict|tehsil|woreda)\s*,\s+(?:in\s+)?(?:the\s+)?$",
    re.I,
)
_LOC_GROUP_IN = re.compile(
    r"^\s*,\s+(?:both|all|(?:two|three|four|five|several)\s+(?:[\w-]+\s+)?(?:towns|cities|villages|districts|"
    r"territories|provinces|regions|states|counties|departments|localities|communes|areas))\s+(?:located\s+)?in\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+)?$",
    re.I,
)
_LOC_COMMA_SIDE = re.compile(
    r"^\s*,\s+(?:(?:far\s+)?(?:north|south|east|west|northern|southern|eastern|western|central|north-?east(?:ern)?|"
    r"north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?))\s+$",
    re.I,
)
_KIND_TOWN_OF = re.compile(r"^\s+(?:town|capital|seat|headquarters)\s+of\s+(?:the\s+)?$", re.I)
_KIND_END = re.compile(r"\b(?:state|province|county|district|region|territory|governorate|department)$", re.I)
_THE_ONLY = re.compile(r"^\s*,\s+(?:the|a)\s+$", re.I)
_CAPITAL_AFTER = re.compile(
    r"^\s+(?:(?:state|provincial|province|regional|region|county|district)\s+)?(?:capital|seat)\b", re.I
)
_PLACE_RANK = {"Country": 4, "Region": 3, "Province": 3, "City": 2}
# "Karachi's Lyari district"
_PART_AFTER = re.compile(r"^\s+(?:district|neighbou?rhood|suburb|area|quarter|borough|township)\b", re.I)
# "the High Court in Lahore": an institution with a seat
_SEATED_ORG = re.compile(
    r"\b(?:Court|Department|Ministry|Embassy|Consulate|University|Institute|Center|Centre|Council|Parliament|"
    r"Assembly|Office|Tribunal|Commission|Headquarters|Foundation|Academy|School|College|Observatory)\b"
)
# "the London offices of the weekly X"
_OFFICES_OF = re.compile(
    r"^\s+(?:offices?|headquarters|studios|newsroom|embassy|consulate)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)
_BASED_IN = re.compile(
    r"^\s*,?\s+(?:(?:which|that)\s+)?(?:is\s+|are\s+|was\s+|has\s+been\s+)?(?:based|headquartered|located)\s+(?:in|out\s+of)\s+(?:the\s+)?$"
    # "the Syrian Observatory for Human Rights, a monitoring group based in Britain"; "X, a think tank in Washington"
    r"|^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:(?:group|organi[sz]ation|monitor|charity|agency|firm|company|"
    r"newspaper|broadcaster|watchdog|NGO|body)\s+(?:based|headquartered)|think[\s-]tanks?(?:\s+based)?|"
    r"(?:research\s+)?(?:institute|institution|centre|center)(?:\s+based)?)\s+in\s+(?:the\s+)?$",
    re.I,
)


# "used the territory of Cameroon as a rear base"; "has turned the forests of X into a sanctuary"
_USED_PLACE = re.compile(
    # ("Jaysh Ayman, which analysts describe as al-Shabaab's Kenyan wing, has used the dense Boni forest as a base")
    # ("JNIM fighters had been using parts of X as a rear base")
    # ("the Mayos (also called La Mayiza), loyal to P, have turned X into ...": the last alias inside the brackets)
    rf"^(?:\s*\))?{_APPOS}\s*,?\s+(?:(?:fighters|militants|members|insurgents|cells|units|commanders)\s+)?"
    r"(?:(?:has|had|have|long|also|still|once|now|increasingly|been)\s+)*"
    r"(?:(?:is|are|was|were)\s+(?:believed|said|thought|known|reported|accused)\s+(?:to|of)\s+)?"
    r"(?:used|uses|use|using|turned|turns|made)\s+"
    r"(?:(?:the|its|their)\s+)?(?:(?:territory|soil|forests?|mountains|hills|border\s+areas?|parts?|regions?|islands?|bush|"
    r"countryside)\s+(?:of|around|near|outside)\s+)?"
    r"(?:the\s+)?(?:(?:neighbou?ring|northern|southern|eastern|western|central|dense|remote|vast|lawless)\s+)?$",
    re.I,
)
_CLOSES_APPOSITION = re.compile(
    r"^\s*,\s+(?:has|had|have|is|are|was|were|long|also|still|once|now|increasingly|used|uses|turned|turns|made)\b",
    re.I,
)
_AS_A_BASE_AFTER = re.compile(
    r"^(?:\s+(?:[\w-]+\s+){0,2}?)?"
    # ("have turned Culiacán, the capital of Sinaloa state, into Mexico's most violent city": the place's aside)
    r"(?:\s*,\s+the\s+[^,;()]{1,40},)?"
    # ("have turned the Red Sea and the Bab el-Mandeb into a theatre for their attacks")
    r"(?:\s+(?:and|or)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,2}?)?"
    r"\s*(?:as|into)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:base|bases|sanctuary|"
    r"haven|safe\s+haven|refuge|launch\s*pad|launching\s+pad|staging\s+(?:ground|post|area)|hideout|corridor|"
    r"supply\s+route|training\s+ground|stronghold|headquarters|fiefdom|theatre|theater|battlefield|battleground|"
    r"war\s+zone|hunting\s+ground)\b"
    # ("into Mexico's most violent city")
    r"|^(?:\s*,\s+the\s+[^,;()]{1,40},)?\s*into\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+|the\s+)?(?:most\s+violent|deadliest|"
    r"most\s+dangerous|bloodiest)\s+(?:city|town|region|state|province|place|area)\b",
    re.I,
)


# "The group's leadership is based in the Rwenzori mountains": the owner's men, where they are
_POSS_MEN = re.compile(
    # ("KIB's Afghan fighters are believed to be based in X": a nationality word may name which of its men)
    rf"^{_POSS}\s+(?:(?:own|remaining|top|senior|surviving|main|armed|political|military|exiled|"
    r"(?-i:[A-Z])[a-z]+(?:an|ese|ish|i))\s+)?(?:leadership|leaders|fighters|militants|cells|commanders|"
    # ("its armed squads are concentrated in X")
    r"units|men|members|forces|remnants|headquarters|squads|cadres|battalions|columns)\b",
    re.I,
)


# "Uganda's Lord's Resistance Army": a country's own group
# ("Sudan's paramilitary Rapid Support Forces", "Nigeria's jihadist Boko Haram": the kind of group may come between)
_COUNTRY_POSS_GROUP = re.compile(
    rf"^{_POSS}\s+(?:(?:banned|outlawed|main|largest|biggest|local|homegrown|home-grown|militant|paramilitary|jihadist|"
    r"(?i:islamist)|separatist|secessionist|rebel|insurgent|armed|extremist|notorious|powerful|most\s+powerful|"
    r"shadowy|feared|most\s+feared|dominant|deadliest|most\s+active|oldest|"
    r"(?i:maoist|marxist|salafist|salafi-jihadist|sunni|shia|shiite|baloch|kurdish|pashtun|tuareg|fulani))\s+)*$"
)
# "Bangladesh's three main jihadist currents (A, the local network of B, and C)": the groups a country's own kind
# word lists, after a bracket, colon or comma
_COUNTRY_POSS_GROUPS_LIST = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,3}}?(?:groups|militias|movements|currents|factions|organi[sz]ations|networks|"
    r"insurgent\s+groups|outfits)\s*(?:\(|:|,)\s*(?:[^()\[\];:.]{1,80}?(?:,\s+(?:and\s+)?|\s+and\s+))?(?:the\s+)?"
    r"(?:(?:local\s+)?(?:network|factions?|branch|cells?|wing|remnants)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "Katiba Serma, JNIM's Mali branch"
_COMMA_OWNER_POSS = re.compile(rf"^\s*,\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,3}}?[\w'’.-]+{_POSS}\s+$")
# ", the" or ": one of" between a group and the country whose group it is said to be
_COMMA_THE = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*(?:,|:)\s+(?:one\s+of\s+)?(?:the\s+)?$", re.I)
_POSS_GROUP_NOUN_AFTER = re.compile(
    # ("Foxtrot: one of Sweden's most violent criminal networks")
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,3}}?(?:groups?|militias?|insurgency|insurgents|movements?|organi[sz]ations?|factions?|"
    # ("one of Ecuador's most feared gang leaders" is a man)
    r"guerrillas?|rebels?|jihadists?|networks?|gangs?|cartels?)\b"
    r"(?!\s+(?:leaders?|members?|bosses|boss|chiefs?|commanders?|founders?|figures?)\b)",
    re.I,
)
_STRONGHOLD_AFTER = re.compile(
    rf"^(?:{_POSS})?\s+(?:(?:former|main|last|key|traditional)\s+)?(?:stronghold|heartland|bastion|base|"
    r"capital|hideout|sanctuary|safe\s+haven|haven|hotbed)\b",
    re.I,
)
# "El Plateado, a hamlet in the municipality of Argelia that served for years as an EMC stronghold"
_SERVED_AS = re.compile(
    r"^(?:\s+(?:province|region|state|district|county|forest|mountains|hills|valley|area|town|village))?\s*,\s+"
    r"(?:(?:a|an|the)\s+[^,;()]{0,70}?\s+)?(?:which|that)\s+(?:(?:has|had|long|once|also|for\s+(?:years|decades|a\s+decade|"
    r"a\s+time|long))\s+)*(?:served|serves|acted|acts|functioned|been\s+used|was\s+used)\s+"
    r"(?:(?:for\s+(?:years|decades|a\s+decade|a\s+time|long)|long)\s+)?as\s+(?:a|an|the|its)\s+"
    r"(?:(?:former|main|key|traditional|known)\s+)?$",
    re.I,
)
# "Kandahar, the Taliban's heartland"; "the Sambisa Forest, long a Boko Haram hideout"; "Kunar province is an ISKP stronghold"
_IS_A_BEFORE_G = re.compile(
    # ("the Lake Chad shoreline, ISWAP's stronghold")
    r"^(?:\s+(?:province|region|state|district|county|forest|mountains|hills|valley|area|shoreline|shores?|coast|"
    r"islands|basin))?"
    # ("Kismayo, Jubaland's commercial hub, was an al-Shabaab stronghold": the place's own apposition first)
    r"(?:\s*,\s+|(?:\s*,\s+(?:the\s+|a\s+|an\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}\s*,)?"
    r"\s+(?:is|was|remains|remained|became|has\s+(?:long\s+)?been|had\s+(?:long\s+)?been)\s+)"
    r"(?:(?:long|once|still|now|formerly|also)\s+)?(?:a|an|the|its)\s+(?:(?:former|main|last|key|traditional|known|notorious)\s+)?$",
    re.I,
)


_RIVALRY_VERB = r"(?:compet(?:e|es|ed|ing)|vie|vies|vied|vying|jostl(?:e|es|ed|ing))"
_FOR_IN = re.compile(
    # ("compete with X for recruits and for the same territory in Y")
    r"^\s+(?:for|over)\s+(?:[\w-]+\s+and\s+(?:for\s+)?)?(?:(?:control|dominance|supremacy)\s+(?:of|over)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:in|across|around|throughout)\s+(?:the\s+)?$",
    re.I,
)
_COMPETES_IN = re.compile(
    rf"^\s+(?:(?:has|have|had|is|are|was|were|been|also|now|still|long|increasingly|openly|fiercely)\s+)*{_RIVALRY_VERB}\s+"
    r"with\s+(?:the\s+)?[^,;.]{1,60}?\s+(?:for|over)\s+(?:[\w-]+\s+and\s+(?:for\s+)?)?(?:(?:control|dominance|supremacy)\s+(?:of|over)\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:in|across|around|throughout)\s+(?:the\s+)?$",
    re.I,
)
_COMPETES_WITH_BEFORE = re.compile(rf"\b{_RIVALRY_VERB}\s+with\s+(?:the\s+)?$", re.I)


_RELATIVE_AFTER = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:which|that|who)\b", re.I)


# ("it has regrouped since the Taliban returned to power in Kabul": a subordinate clause has its own subject)
_NEW_SUBJECT_BEFORE = re.compile(
    r"\b(?:and|but|while|whereas|since|after|before|when|until|because|although|though|once)\s+(?:the\s+)?$",
    re.I,
)
_NEW_SUBJECT_VERB = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:(?:also|still|now|has|have|had|is|are|was|were|remains?)\s+)*"
    r"(?:is|are|was|were|has|have|had|remains?|(?!(?:its|this|his|as|thus|plus|news|arms)\b)[a-z]+(?:s|ed))\b"
)
_JUST_LISTED = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*(?:,|and|,\s*and|as\s+well\s+as)\s*(?:the\s+)?$", re.I)


def _clause_of_another(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether the verb before `b` is another group's: "fought A and B, which holds X" is B's; so is "the
    Taliban fought ISKP and al-Qaeda operates in X" (but in "A and B are active in X" B shares A's verb)."""
    return any(
        m.type is G
        and a.end <= m.start
        and m.end <= b.start
        and not _same(m, a)
        and (
            _RELATIVE_AFTER.match(s.after(m, 30))
            or _NEW_SUBJECT_BEFORE.search(s.before(m, 12))
            and _NEW_SUBJECT_VERB.match(s.after(m, 40))
            and not _JUST_LISTED.match(s.between(a, m))
        )
        for m in s.mentions
    )


# "the SNA have fought the SDF since December around the Tishrin Dam"; "Ansarul Islam fights alongside JNIM in X":
# the group fought, or fought beside, is at the place too, when the fighting is a campaign rather than one clash
_FOUGHT_BEFORE = re.compile(
    r"\b(?P<verb>(?:has|have|had)\s+(?:(?:long|repeatedly|also|since|in\s+turn|often|been|then)\s+)*"
    r"(?P<perfect>fought|clashed\s+(?:(?:repeatedly|regularly|frequently|often)\s+)?with|battled)|(?P<ongoing>(?:has|have|had)\s+been\s+(?:fighting|clashing\s+with|battling)|"
    r"(?:continues?|continued)\s+to\s+(?:fight|clash\s+with|battle)|(?:is|are|was|were)\s+(?:still\s+)?"
    r"(?:fighting|battling|at\s+war\s+with)|(?:fights?|fought|fighting|battles?|battling)\s+(?:side\s+by\s+side\s+with|alongside)|"
    # "has conducted several airstrikes against IS-Somalia in the Bari region": a campaign of blows
    r"(?:has|have|had)\s+(?:(?:also|repeatedly|since|now)\s+)*(?:conducted|carried\s+out|launched|mounted|staged)\s+"
    r"(?:several|many|repeated|numerous|multiple|dozens\s+of|scores\s+of|hundreds\s+of|a\s+series\s+of|\d+)\s+"
    r"(?:[\w-]+\s+)?(?:air\s*strikes|strikes|raids|operations|offensives)\s+(?:against|on)|"
    # "has led the offensive against G in X", "conducted 14 operations against G in X", "waging a war against G in X":
    # a campaign led or waged against the group (not "an operation against G in X", one blow)
    r"(?:waging|waged|wages?|leads?|leading|led|conducted|conducts|conducting|stepped\s+up|intensified)\s+"
    r"(?:(?:a|an|the|its|their|his|her|\d+|several|many|repeated|dozens\s+of|scores\s+of)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:offensive|campaign|crackdown|war|operations|air\s*strikes|strikes|raids)\s+against|"
    # "airstrikes hit G in X": blows in the plural
    r"(?:air\s*strikes|drone\s+strikes|strikes|raids)\s+(?:have\s+)?(?:hit|pounded|targeted|hammered))|"
    r"(?P<past>fought|clashed\s+with|battled))\s+"
    # ("is fighting both Niger's army and the rival JNIM for control of X": the second of the two fought)
    r"(?:both\s+(?:the\s+)?[^,;.]{1,40}?\s+and\s+)?"
    r"(?:(?:units|fighters|forces|factions|members|militants)\s+of\s+)?(?:the\s+)?(?:(?:rival|banned|outlawed|proscribed)\s+)?"
    r"(?:[\w]+-[\w-]+\s+)?$",
    re.I,
)
_FOUGHT_WHERE = re.compile(
    # ("have clashed repeatedly with the SNA, a militia that sides with the junta, in X": an aside about the foe)
    r"^(?:\s*\([^()]{1,25}\))?(?:\s*,\s+(?:a|an|the)\s+[^,;()]{1,80}?,(?=\s+(?:in|around|along|across|near|at)\s))?"
    r"(?:\s+(?:fighters|militants|forces|units|militias?|factions|insurgents))?"
    r"(?P<span>(?:\s*,?\s+(?:since\s+(?:[A-Z]\w+|\d{4})(?:\s+\d{4})?|for\s+(?:years|months|weeks|decades|days)|repeatedly|"
    r"again|each\s+other|one\s+another))*)"
    # ("is battling Boko Haram for control of the islands of Lake Chad")
    # ("fought alongside the KIA at Mansi")
    # ("has clashed with the RCSS over territory around Kyaukme": the ground fought over, then where it is)
    r"\s*,?\s+(?:(?:over|for)\s+(?:(?:the|its|their)\s+)?(?:territory|turf|ground|land|routes)\s+"
    r"(?=(?:in|around|along|across|near)\s))?"
    r"(?:in|around|along|across|throughout|near|at|for\s+(?:the\s+)?(?:control|dominance|supremacy)\s+(?:of|over)"
    # "has fought the EMC for control of cattle routes and gold pits in X": what was fought over, then where it is
    # (not "for control of the road to X": the place a road leads to is not where the fight is)
    r"(?:\s+(?:the\s+)?(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,4}?\s+(?:in|around|across|along|throughout|of))?)\s+"
    r"(?:the\s+)?"
    rf"(?:(?:{_COMPASS}|parts|much|most|areas|(?:several|many|some|dozens\s+of)\s+(?:villages|towns|districts|parts)|"
    r"villages|towns|districts|countryside|outskirts)\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)
# "... in Cesar on Sunday": a fight on a day is one event
_ON_A_DAY = re.compile(
    r"^\s*,?\s+(?:on|last|early\s+on|late\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|week|night)",
    re.I,
)


def _fought_there(s: Sentence, g: Mention, between: str, after_p: str) -> bool:
    """Whether `g` is the group a campaign of fighting at the place that follows is against (or beside)."""
    verb = _FOUGHT_BEFORE.search(s.before(g, 60))
    where = _FOUGHT_WHERE.match(between)
    if verb is None or where is None or _ON_A_DAY.match(after_p):
        return False
    # a simple past needs a span of time: "fought the SDF for weeks around X" or "fought IS in Idlib for years", not
    # "clashed with X in Y"
    return (
        verb.group("past") is None
        or bool(re.search(r"\b(?:since|for|repeatedly)\b", where.group("span")))
        or bool(_SPAN_AFTER.match(after_p))
    )


_SPAN_AFTER = re.compile(
    r"^\s*,?\s+(?:for\s+(?:(?:several|many|two|three|four|five|six|nearly|almost|more\s+than)\s+)*(?:years|months|decades)"
    r"|repeatedly|since\s+(?:[A-Z]\w+\s+)?\d{4})\b"
)


_APPOSED_KIND_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
_KIND_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,2}?\s+(?:faction|group|splinter|offshoot|militia|gang|unit|affiliate|branch|wing|cell)\s+"
    r"(?:that|which)\b",
    re.I,
)


# the first group opens the sentence ("The", or nothing, before it)
_OPENS_SENTENCE = re.compile(r"^\W*(?:the\s+)?$", re.I)
# ", and has fought" / ", and is fighting": a second predicate of the sentence's subject
_AND_THEN_VERB = re.compile(r",\s+and\s+$")


def _fights_beside(s: Sentence, g: Mention) -> Mention | None:
    """The sentence's subject, when it is said to fight `g` or alongside it: "X, the homegrown insurgency whose
    fighters ..., now fights alongside G in Y"; "the Yan Sakai have in turn fought G in several villages of Y"
    (the only other group named before the verb)."""
    verb = _FOUGHT_BEFORE.search(s.before(g, 60))
    if verb is None:
        return None
    at = g.start - len(s.before(g, 60)) + verb.start()
    before = [m for m in s.mentions if m.type is G and m.end <= at]
    # "the 10th Front, a FARC dissident faction that has fought the ELN for control of X": a group naming only the
    # kind of the apposition's head is not a second subject
    before = [
        m
        for m in before
        if not (_APPOSED_KIND_BEFORE.search(s.before(m, 40)) and _KIND_AFTER.match(s.after(m, 40)))
    ]
    if (
        len(before) > 1
        and _OPENS_SENTENCE.match(s.before(before[0], 12))
        and _AND_THEN_VERB.search(s.text[: at - s.start])
    ):
        # "The 9th Front belongs to the EMC, the umbrella of ex-FARC units, and has fought the ELN for control of
        # X": the verb joined by ", and" is the opening subject's, whatever groups its first predicate names
        before = before[:1]
    # "... includes A, and B, a gang that has fought G for control of X": the head of the relative clause the verb
    # opens is its subject, whatever other groups the sentence names first (or whether the head is an object there)
    if before and _RELATIVE_HEAD.match(s.text[before[-1].end - s.start : at - s.start]):
        return None if _POSS_START.match(s.after(before[-1], 3)) else before[-1]
    if (
        len(before) != 1
        or _POSS_START.match(s.after(before[0], 3))
        or _IS_OBJECT.search(s.before(before[0], 25))
    ):
        return None
    return before[0]


# ", a Manabí gang that " / " (ELN), which " between a group and the verb of the clause it heads
_RELATIVE_HEAD = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:a|an|the)\s+(?:(?!(?:of|with|to|for|by|against|and)\b)[\w'’-]+\s+){0,4}?"
    r"(?:faction|group|splinter|offshoot|militia|gang|unit|affiliate|branch|wing|cell|cartel|front|movement|outfit|"
    r"network|organi[sz]ation|insurgency|coalition|alliance)\s+)?(?:that|which|who)\s+$",
    re.I,
)


# "Knockout 51, a neo-Nazi martial-arts group from Eisenach": where the group comes from is where it is based
_GROUP_FROM = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the)\s+(?:(?!(?:of|with|to|for|by|against)\b)[\w'’-]+\s+){0,4}?"
    r"(?:group|militia|outfit|movement|network|gang|organi[sz]ation|faction|collective|cell)\s+(?:based\s+)?"
    r"(?:from|out\s+of)\s+(?:the\s+)?"
    rf"(?:(?:{_COMPASS})\s+)?$",
    re.I,
)


# "HTS is now the de facto government of Syria", "the Houthis, the de facto authorities in Sanaa": the group rules the
# place (not "called for the government of Syria to go")
_RULERS_OF = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?(?:\s*,\s+|\s+(?:(?:is|are|was|were|became|becomes|become|has\s+become|have\s+become|"
    r"remains?|remained|now|still|effectively|in\s+effect|since|then)\s+)+)(?:the\s+)?"
    r"(?:(?:de\s+facto|new|interim|self-declared|ruling|effective|sole)\s+)?"
    r"(?:government|rulers?|authorities|authority|administration|masters|governing\s+authority)\s+(?:of|in)\s+(?:the\s+)?$",
    re.I,
)


# "JeM, led by Masood Azhar from his base in Bahawalpur": the leader's base is the group's
_LED_FROM_BASE = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:led|run|directed|commanded|headed)\s+by\s+[^,;()]{1,40}?\s+from\s+"
    r"(?:his|her|its|their|a)\s+(?:[\w-]+\s+)?(?:base|headquarters|hideout|stronghold|sanctuary)\s+in\s+(?:the\s+)?$",
    re.I,
)

# "the cell, run from the hills of Kunar by the ISKP": a body run from a place, and the group that runs it from there
_RUN_FROM_BEFORE = re.compile(
    r"\b(?:run|directed|commanded|managed|controlled)\s+from\s+(?:the\s+)?(?:(?:mountains|hills|highlands|forests?|"
    r"jungles?|deserts?|bush|interior)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "the finance office, hosted by al-Shabaab in the Juba valley": the host keeps it on its own ground
_HOSTED_BY_BEFORE = re.compile(r"\b(?:hosted|sheltered|harbou?red)\s+by\s+(?:the\s+)?$", re.I)
_BY_ONLY = re.compile(r"^\s+by\s+(?:the\s+)?$", re.I)
# ", run from" / ", hosted by" right after the name of the body run or hosted
_RUN_OR_HOSTED_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:run|directed|commanded|managed|controlled|hosted|sheltered|harbou?red)\s+"
    r"(?:from|by)\s",
    re.I,
)

# "the alliance includes the A, which ..., and the B in X": the last member of a group's list
_LATER_MEMBER_BEFORE = re.compile(
    r"\b(?:includes?|included|comprises?|comprised)\s+(?:the\s+)?[^.;:()]{1,160}?,?\s+and\s+(?:the\s+)?$",
    re.I,
)


def _last_member_of_group(s: Sentence, member: Mention) -> bool:
    """Whether `member` ends a list of members that a group's "includes" opens."""
    before = s.before(member, 200)
    if (opens := _LATER_MEMBER_BEFORE.search(before)) is None:
        return False
    # ("the alliance includes the A, ..., and the B": the list's owner named by its kind)
    if _MEMBERS_LISTED_BEFORE.search(before[: opens.start()] + "includes "):
        return True
    at = member.start - len(before) + opens.start()
    return any(m.type is G and m.end <= at and at - m.end <= 12 and not _same(m, member) for m in s.mentions)


# "Hezbollah in Lebanon", "al-Shabaab in Kenya has ...": the name and its ground as one noun phrase, ended by a
# list, a clause break or the verb
_G_IN_PLACE = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s+(?:in|inside)\s+(?:the\s+)?$", re.I)
_G_IN_PLACE_END = re.compile(
    r"^\s*(?:[,;:.)—–]|(?:and|or|is|are|was|were|has|have|had|remains?|continues?|still|now)\b)", re.I
)
# Only a subject: "the defeat of ISWAP in Borno", "soldiers fighting al-Shabaab in Gedo", "talks with the Taliban in
# Qatar" say where something was done to the group, not its ground
# ('"MS-13 in Honduras is becoming a business partner," she said': a quotation that opens on the name)
_G_IN_SUBJECT_BEFORE = re.compile(
    r"(?:^\s*|[,;:(“—–]\s*|(?:^|\s)\"|\b(?:but|while|whereas|that)\s+)(?:the\s+)?$", re.I
)
_AND_NEXT = re.compile(r"^\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?$", re.I)


def _next_g_in_place(s: Sentence, group: Mention) -> bool:
    """Whether `group` ends a run of "G in P" pairs whose first stands as a subject: "its affiliates, AQAP in Yemen,
    JNIM in Mali and AQIS in South Asia" (not "fighting AQAP in Yemen and AQIS in India": what is done to them)."""
    while True:
        place = next(
            (
                m
                for m in s.mentions
                if m.type is L and m.end <= group.start and _AND_NEXT.match(s.between(m, group))
            ),
            None,
        )
        if place is None:
            return False
        prior = next(
            (
                m
                for m in s.mentions
                if m.type is G and m.end <= place.start and _G_IN_PLACE.match(s.between(m, place))
            ),
            None,
        )
        if prior is None:
            return False
        if _G_IN_SUBJECT_BEFORE.search(s.before(prior, 30)) or _MEMBERS_LISTED_BEFORE.search(
            s.before(prior, 70)
        ):
            return True
        group = prior


# "Tehran's proxies, including Hezbollah in Lebanon"; "the axis, which also includes the Houthis in Yemen": a member of
# a bloc of groups, named with its ground (not "talks that included the Taliban in Qatar": no bloc of groups)
_MEMBERS_LISTED_BEFORE = re.compile(
    r"\b(?:axis|alliance|coalition|network|bloc|umbrella|proxies|allies|partners|groups|affiliates|branches|"
    r"franchises|provinces|militias|movements|factions|members|organi[sz]ations|outfits)\b[^.;:()]{0,40}?"
    r"\b(?:includes?|included|including|such\s+as|notably|among\s+them)\s+(?:the\s+)?$",
    re.I,
)
# "the ISGS in the hills of Menaka": the name, then its ground's stretch of land
_G_IN_GROUND = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:in|inside)\s+(?:the\s+)?(?:(?:mountains|hills|forests?|countryside|deserts?|jungles?|"
    r"interior|hinterlands?)\s+(?:of|around)\s+(?:the\s+)?)?$",
    re.I,
)
# "He said the ADF in Beni answered to ...": the phrase opens what was said
_G_IN_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|added|adds|believes?|believed)\s+(?:that\s+)?(?:the\s+)?$", re.I
)
# "what remains of the Abu Sayyaf in Sulu", "dissidents who broke away from the Brotherhood in Egypt"
_G_IN_REMNANT_BEFORE = re.compile(
    r"\b(?:(?:what|all\s+that)\s+remains|remnants|the\s+rest|survivors)\s+of\s+(?:the\s+)?$"
    r"|\b(?:broke|broken|breaking|split|splintered|defected)\s+(?:away\s+)?from\s+(?:the\s+)?$",
    re.I,
)
# "the UVF in North Down regards ...": a verb of the phrase's own after the place
_G_IN_VERB_AFTER = re.compile(
    r"^\s+(?:(?:still|now|also|largely|mostly)\s+)?(?-i:[a-z]+(?:s|ed))\b(?!\s+(?:by|of)\b)"
    r"|^\s+(?:will|would|can|could|may|might|must|should|does|did)\b",
    re.I,
)
# "a deal with the M23 in Doha", "a meeting with Taliban envoys in Oslo", "routed by the Taliban in Zabul": what was
# done with or to the group in a place (a talk, a blow) says nothing of its ground
_G_IN_NOT_GROUND_BEFORE = re.compile(
    r"(?:\b(?:talks?|negotiations?|negotiators?|deal|agreements?|accords?|ceasefire|truce|meetings?|met|meet|envoys?|"
    r"delegations?|mediat\w*|signed|agreed|hosted|representatives?|offices?|embassy)\b[^.;:]{0,50}"
    r"|\b(?:by|between|replaced|replacing|succeeded|routed|destroyed|defeated|crushed|expelled|ousted)\s+(?:the\s+)?"
    r"|\b(?:arrested|detained|charged|jailed|convicted|sentenced|tried|raided|shot|killed|hit|struck|bombed|targeted|"
    r"attacked)\b[^.;:]{0,40})$",
    re.I,
)
# "a cell of Hezbollah in Argentina": the part is in the place, not the whole
_PART_OF_BEFORE = re.compile(
    r"\b(?:cells?|branch(?:es)?|chapters?|wings?|affiliates?)\s+of\s+(?:the\s+)?$", re.I
)
# "the NPA in Himamaylan on Sunday", "ISKP in Kabul in August 2021": the place of one dated event
_G_IN_NOT_GROUND_AFTER = re.compile(
    r"^(?:\s*,?\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+night|\w+\s+\d)|"
    r"(?:last|this|early|late|earlier|overnight)\s+\w+|(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December|\d{4}))|\s+hinterland|-(?:based|held|controlled))\b",
    re.I,
)
# ", fighting alongside units of the PDF": a second group named as fighting beside the first at its place
_ALLY_AFTER = re.compile(
    r"^\s*,\s+(?:fighting|fights|fought|operating|operates)\s+(?:alongside|beside|side\s+by\s+side\s+with)\s+"
    r"(?:(?:units|fighters|elements|members|militias|detachments)\s+(?:of|from)\s+)?(?:the\s+)?$",
    re.I,
)


def _ally_after(s: Sentence, place: Mention, after_place: str) -> Mention | None:
    """The group named just after ", fighting alongside" that follows `place`, if any."""
    for g in sorted((m for m in s.mentions if m.type is G and m.start >= place.end), key=lambda m: m.start):
        return g if _ALLY_AFTER.match(s.between(place, g)) else None
    return None


# "the Pashtun-majority districts", "Naga-inhabited hills": a people's name before a hyphen is no place of its own
# "known locally as IS-Somalia or simply Daesh": the name is another's alias
_ALIAS_BEFORE = re.compile(
    r"\b(?:known|referred\s+to|called|dubbed|nicknamed)\s+(?:(?:locally|widely|simply|also|commonly|in\s+Arabic)\s+)?as\s+"
    r"(?:[^,;.()]{1,40}?\s+or\s+(?:simply\s+|just\s+)?)?(?:the\s+)?$",
    re.I,
)
_PEOPLED_AFTER = re.compile(r"^-(?:inhabited|populated|dominated|majority|speaking)\b", re.I)


# "works hand in glove with ISKP in Balochistan"; "wants to be Hezbollah in Lebanon": the partner (or the model) named
# with its own ground
_PARTNER_OR_MODEL_BEFORE = re.compile(
    r"\b(?:(?:works?|worked|working|cooperates?|cooperated|cooperating|collaborates?|collaborated|collaborating)\s+"
    r"(?:hand\s+in\s+glove|closely|side\s+by\s+side|together)\s+with|(?:wants?|wanted|aims?|aspires?|hopes?)\s+to\s+"
    r"(?:be|become))\s+(?:the\s+)?$",
    re.I,
)
# ", where it has clashed repeatedly with the": a fight that goes on (the perfect), not one clash
_WHERE_FOUGHT = re.compile(
    r"^\s*,\s+where\s+(?:it|they|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s+(?:has|have)\s+"
    r"(?:(?:long|repeatedly|also|often|since|been)\s+)*(?:clashed|fought|battled|fighting|clashing|battling)"
    r"(?:\s+(?:repeatedly|regularly|often|frequently))?(?:\s+with)?\s+(?:the\s+)?(?:rival\s+)?$",
    re.I,
)
# "PKK targets in", "suspected RSF positions in": the group's name as the modifier of its sites
_G_SITES_IN = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s+(?:targets|positions|hideouts|camps|bases|strongholds|training\s+camps|safe\s+houses|"
    # (not "positions near X": what is near a town is not in it)
    r"redoubts|outposts)\s+(?:in|across|inside|around)\s+(?:the\s+)?"
    rf"(?:(?:{_COMPASS}|far)\s+)*$",
    re.I,
)
# ", created after 2019 to give the Pakistani group's operations in": the group named before, by a general noun
_THE_GROUPS_IN = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:[^;:()]{0,80}?\s)?(?:the|this|that)\s+(?!(?:rival|enemy|other|opposing)\b)"
    r"(?:[\w-]+\s+)?(?:group|movement|outfit|organi[sz]ation|militia|network)(?:'s|’s)\s+(?:[\w-]+\s+)?"
    r"(?:operations|presence|fighters|cells|bases|activities|insurgency|campaign|units|networks)\s+"
    rf"(?:in|across|inside|throughout)\s+(?:the\s+)?(?:(?:{_COMPASS})\s+)?$",
    re.I,
)
# " where it is strongest" after a place (the verbs are `_WHERE_G_HOLDS`'s)
_WHERE_IT = re.compile(r"^\s*,?\s+where\s+(?:it|they)(?=\s)", re.I)
# "groups based in X, in particular G": one of the groups said to be there
_GROUPS_THERE_BEFORE = re.compile(
    r"\b(?:groups|militias|factions|organi[sz]ations|outfits|gangs|movements|insurgents|rebels)\s+(?:(?:that\s+(?:are|were)|"
    r"still|now)\s+)?(?:based|active|operating|present|entrenched|hiding|sheltering)\s+(?:in|across|inside|throughout)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_AMONG_THEM = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?\s*,\s+(?:[^,;:()]{0,100}?,\s+)?(?:in\s+particular|particularly|notably|especially|among\s+them|"
    r"including|such\s+as)\s+(?:the\s+)?(?:so-called\s+)?$",
    re.I,
)
# "Nablus, where a new generation of armed groups has emerged since 2022, among them"
_WHERE_GROUPS_EMERGED = re.compile(
    r"^\s*,\s+where\s+[^,;:.()]{0,60}?\b(?:groups|militias|factions|gangs|cells|movements|brigades)\s+"
    r"(?:(?:has|have|had)\s+)?(?:(?:since|recently|also|now)\s+)?(?:emerged|sprung\s+up|sprang\s+up|formed|appeared|"
    r"taken\s+root|operate|are\s+active|thrive|thrived|mushroomed)\b[^,;:.()]{0,40},\s+",
    re.I,
)
# ", the Islamic State's branch further south around": a branch named with where it is
_BRANCH_AROUND = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}"
    rf"{_POSS}\s+(?:[\w-]+\s+)?{_BRANCH}\s+(?:(?:further|farther)\s+(?:north|south|east|west)\s+)?"
    r"(?:in|around|near)\s+(?:the\s+)?$",
    re.I,
)
# "... and the 36th Front both operate in the area": "the area" stands for the place named before
_THE_AREA_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s+(?:of|and)\s+(?:the\s+)?[^,;.()]{1,50}?)?\s+(?:(?:also|still|both|all|now)\s+)?"
    r"(?:operates?|(?:is|are)\s+(?:also\s+|still\s+)?(?:active|present|entrenched))\s+(?:in|around|across)\s+"
    r"(?:the|this|that)\s+(?:area|region|zone|province|department|district)\b",
    re.I,
)
_CO_SUBJECTS = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*(?:,|and|,\s*and)\s+(?:the\s+)?$", re.I)


def _groups_listed_from(s: Sentence, first: Mention) -> list[Mention]:
    """`first` and the groups joined to it in a list: "the A, the B and C"."""
    run = [first]
    for g in sorted((m for m in s.mentions if m.type is G and m.start >= first.end), key=lambda m: m.start):
        if not _CO_SUBJECTS.match(s.between(run[-1], g)):
            break
        run.append(g)
    return run


# "the Caribbean departments of A and B": a region's name before the plural of a unit, then the units named
_UNITS_OF_AFTER = re.compile(
    r"^\s+(?:departments|provinces|districts|governorates|counties|municipalities|prefectures)\s+of\s+(?:the\s+)?[A-Z]"
)
# "where it is fighting the Taliban government in Kabul": the place is where the other group's government sits
_SEAT_AFTER_GROUP = re.compile(
    r"^\s+(?:government|administration|authorities|regime)\s+in\s+(?:the\s+)?$", re.I
)
# "Bahati Mutabazi, who speaks for the M23 in Masisi": a spokesman named for the group's men in a place
_SPEAKS_FOR_BEFORE = re.compile(
    r"\b(?:speaks|speaking|spokes(?:man|woman|person)|spokes(?:men|women|people))\s+for\s+(?:the\s+)?$", re.I
)
_IN_ONLY = re.compile(r"^\s+in\s+(?:the\s+)?$", re.I)
# "a Hamas representative in Lebanon", "the ELN's senior commander in Arauca": the group has a man posted there (the
# role word right after the group; not an envoy or an ambassador, who is posted to another state)
_ROLE_IN = re.compile(
    rf"^(?:{_POSS})?\s+(?:(?:senior|top|local|regional|chief|main|new|former|deputy|military|field)\s+)*"
    # (not "leader" nor "spokesman": "IS's leader in the Philippines" heads a branch, "its spokesman in Lebanon" speaks
    # from a country where the gold names the camp)
    r"(?:representative|commander|emir|amir|governor|wali)\s+"
    r"(?:in|for)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$",
    re.I,
)


def _fights_elsewhere(group: Mention, place: Mention) -> bool:
    """Whether the gazetteer puts a group's war only in countries other than the country named."""
    gid = group.gazetteer_id or ""
    entry = lexicon.groups().get(gid.split(":", 1)[1]) if gid.startswith("group:") else None
    country = lexicon.lookup_place(place.name)
    if entry is None or not entry.regions or country is None or country.type != "Country":
        return False
    theatres = {found.country for found in map(lexicon.lookup_place, entry.regions) if found is not None}
    return bool(theatres) and country.country not in theatres


def _seat_of_another(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether another group named between is the one whose government sits at the place."""
    return any(
        m.type is G
        and a.end <= m.start
        and m.end <= b.start
        and not _same(m, a)
        and _SEAT_AFTER_GROUP.match(_plain(s.between(m, b)))
        for m in s.mentions
    )


# ", the mountainous Berber-speaking region east of" between a region and the city its description measures from
_REGION_SIDE_OF = re.compile(
    r"^\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:region|area|province|district|zone|belt|plateau|mountains|highlands)\s+"
    r"(?:(?:just|immediately|far)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$",
    re.I,
)


def _region_described(s: Sentence, place: Mention) -> Mention | None:
    """The region a place is named as the landmark of: "Kabylie, the region east of Algiers" (for Algiers)."""
    return next(
        (
            m
            for m in s.mentions
            if m.type is L and m.end <= place.start and _REGION_SIDE_OF.match(s.between(m, place))
        ),
        None,
    )


# "Since it seized the city in 2014, the group has ...": a pronoun in a fronted clause points forward
_FRONTED_PRONOUN = re.compile(
    r"^(?:After|When|Since|Before|Although|Though|While|Once|Until|Because|Even\s+though|Ever\s+since)\s+(?:it|they)\s"
)
_CLAUSE_CLOSES = re.compile(r"^[^,;:()]*,\s+(?:the\s+)?$")


def _cataphor_subject(s: Sentence, a: Mention, b: Mention) -> Mention | None:
    """The group named right after the fronted clause that holds the pronoun `a` and the place `b` (not a group named
    in the sentences before, which the pronoun may have been read as)."""
    if a.text.casefold() not in ("it", "they") or b.start < a.end:
        return None
    fronted = _FRONTED_PRONOUN.match(s.text)
    if fronted is None or s.start + fronted.end() - 1 - len(a.text) != a.start:
        return None
    main = next((m for m in s.mentions if m.start >= b.end and _CLAUSE_CLOSES.match(s.between(b, m))), None)
    if main is None or main.type is not G or main.text.casefold() in _PRONOUNS:
        return None
    return main


def _place_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """A group and the place it is active in, in either order."""
    between, after_b = _unquoted(_plain(between)), _plain(after_b)
    if (main := _cataphor_subject(s, a, b)) is not None:
        # "Since it seized Gaza in 2007, Hamas has ...": the pronoun is the main clause's subject, named after it
        a = main
    if b.type is L and _PEOPLED_AFTER.match(after_b):
        # "active in the Naga-inhabited hill districts": the name only says who lives in the ground named after it
        return
    if a.text.casefold() in _PRONOUNS and _HOSTILE_BEFORE.search(s.before(a, 30)):
        # "the Taliban have crushed its cells in Nangarhar": "its" is the victim's, whoever the pronoun was read as
        return
    if (
        a.type is G
        and _ALIAS_BEFORE.search(s.before(a, 80))
        and any(
            m.type is G and m.end <= a.start and a.start - m.end <= 80 and not _same(m, a) for m in s.mentions
        )
    ):
        # "The faction, formally ISSP and known locally as IS-Somalia or simply Daesh, has fighters in X": a name
        # the text gives another group (here one the gazetteer files under the parent) is not a second subject
        return
    if (
        a.type is G
        and b.type is L
        and _UNITS_OF_AFTER.match(after_b)
        and b.subtype != "Country"
        and not gazetteer.country_of_demonym(b.text)
    ):
        # "MS-13 cells in the Caribbean departments of A and B": a region's name before the units only says which; the
        # group is in the units named after it (but "the eastern Afghan provinces of A and B" are in the country)
        return
    if a.type is G and _PRO_BEFORE.search(s.before(a, 6)):
        # "a pro-Islamic State group that has a presence in X": the group named is what the other is for
        return
    if (
        a.type is G
        and b.type is L
        and (m := _POSS_MEN.match(between)) is not None
        and (_OPERATES.match(between[m.end() :]) or _CONTROLS.match(between[m.end() :]))
        and not _one_event(s, a, between, b)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    # "Hamas, which has kept a Lebanese branch, and PIJ, its ally, both retain armed wings around Tyre": the first of two
    # subjects that "both" says share the verb
    if a.type is G and b.type is L and (co := _co_subject(s, a, b)) is not None:
        places = sorted((m for m in s.mentions if m.type is L and m.start >= b.start), key=lambda m: m.start)
        yield from (Found(g, Predicate.OPERATES_IN, q, 0.65) for g in (a, co) for q in _place_run(s, places))
    # "the M23, formed by mutineers from the CNDP, which captured Goma, now administers X": the main verb is the M23's
    if a.type is G and b.type is L and (subject := _subject_past_relative(s, a, between)) is not None:
        places = sorted((m for m in s.mentions if m.type is L and m.start >= b.start), key=lambda m: m.start)
        yield from (Found(subject, Predicate.OPERATES_IN, q, 0.65) for q in _place_run(s, places))
    # "Jaysh Ayman, which analysts describe as al-Shabaab's Kenya-focused wing": the wing, and its parent, work there
    if a.type is G and b.type is L and _POSS_ONLY.match(between) and _FOCUSED_PART_AFTER.match(after_b):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
        if (part := _part_named(s, a)) is not None:
            yield Found(part, Predicate.OPERATES_IN, b, 0.65)
    # "the FDN, then the CV's main ally in the Amazon": the ally (or rival) named as one in a place is there
    if a.type is G and b.type is L and _ALLY_IN.match(between):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "X competes with Y for recruits in Z": the second rival is there too
    if (
        a.type is G
        and b.type is L
        and _FOR_IN.match(between)
        and _COMPETES_WITH_BEFORE.search(s.before(a, 40))
    ):
        # ("for the same territory in Malleco and the Arauco province": each place of the list)
        places = sorted((m for m in s.mentions if m.type is L and m.start >= b.start), key=lambda m: m.start)
        yield from (Found(a, Predicate.OPERATES_IN, q, 0.65) for q in _place_run(s, places))
    if (
        a.type is G
        and b.type is L
        and (_USED_PLACE.match(between) or _USED_PLACE.match(_last_verb_phrase(between) or "-"))
        # ("the Houthis, acting on the orders of Iran and its Revolutionary Guard, have turned X into ...": the verb
        # right after the comma is the apposition's head's)
        and not _CLOSES_APPOSITION.match(between)
        # (the place's aside may run past the usual reach: "turned X, the capital of Y state, into ...")
        and _AS_A_BASE_AFTER.match(s.after(b, 120))
    ):
        # "the ELN, which has 6,000 fighters and uses neighbouring Venezuela as a rear base"; "turned A and B into ..."
        places = sorted((m for m in s.mentions if m.type is L and m.start >= b.start), key=lambda m: m.start)
        yield from (Found(a, Predicate.OPERATES_IN, q, 0.7) for q in _place_run(s, places))
    if (
        a.type is G
        and b.type is L
        and _RULERS_OF.match(between)
        and not _NEGATED.search(between)
        and not _IS_OBJECT.search(s.before(a, 25))
    ):
        # "HTS is now the de facto government of Syria"; "the Taliban, the rulers of Afghanistan"
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    if a.type is G and b.type is L and _LED_FROM_BASE.match(between):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "the office, run from the hills of Kunar by the ISKP"; "the cell, hosted by al-Shabaab in the Juba valley": the
    # group that runs or hosts it is there, and so is the body it runs (not "attacked in X by G", one blow)
    if (
        a.type is L and b.type is G and _BY_ONLY.match(between) and _RUN_FROM_BEFORE.search(s.before(a, 80))
    ) or (
        a.type is G
        and b.type is L
        and _G_IN_PLACE.match(between)
        and _HOSTED_BY_BEFORE.search(s.before(a, 40))
    ):
        group = b if a.type is L else a
        place = a if a.type is L else b
        yield Found(group, Predicate.OPERATES_IN, place, 0.65)
        yield from (
            Found(m, Predicate.OPERATES_IN, place, 0.6)
            for m in s.mentions
            if m.type is G
            and m.end <= min(a.start, b.start)
            and _RUN_OR_HOSTED_AFTER.match(s.after(m, 60))
            and min(a.start, b.start) - m.end <= 60
        )
    if a.type is G and b.type is L and _GROUP_FROM.match(between):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    if a.type is G and b.type is L and _fought_there(s, a, between, after_b):
        # ("fought the SDF for weeks around the Tishreen Dam and Manbij": each place listed)
        places = sorted((m for m in s.mentions if m.type is L and m.start >= b.start), key=lambda m: m.start)
        run = _place_run(s, places)
        yield from (Found(a, Predicate.OPERATES_IN, q, 0.6) for q in run)
        if (ally := _fights_beside(s, a)) is not None:
            yield from (Found(ally, Predicate.OPERATES_IN, q, 0.6) for q in run)
    # "X, which pledged allegiance to Y, is active in Z" is about X; but "merged with Y, one of the groups
    # that ruled Z", "the banner of Y, which has cells in Z" and "one of Y's commanders in Z" are about Y.
    if (
        a.type is G
        and b.type is L
        and _operates(between)
        and not _clause_of_another(s, a, b)
        and (
            _DESCRIBES_IT.match(between)
            or _GROUP_POSS_IN.match(between)
            or _MEMBERS_IN.match(between)
            or not _IS_OBJECT.search(s.before(a, 25))
        )
        and not _one_event(s, a, between, b)
        and not _inside_clause(s, a, between)
        and not _main_verb_of_another(s, a, between)
        and not (_TO_BUILD_BEFORE.search(s.before(a, 60)) and _MEMBERS_IN.match(between))
        and not _seat_of_another(s, a, b)
    ):
        # ("ISSP, the Sahel branch of the Islamic State, which is strongest in Niger": the branch is)
        yield Found(_branch_apposed_to(s, a) or a, Predicate.OPERATES_IN, b, 0.75)
        # "X has been tightening its siege of Y, fighting alongside units of Z": Z is there too
        if (ally := _ally_after(s, b, after_b)) is not None:
            yield Found(ally, Predicate.OPERATES_IN, b, 0.65)
    elif (
        a.type is G
        and b.type is L
        and (men := _MEN_OF.search(s.before(a, 80))) is not None
        # "The leadership of the PKK is based in the Qandil mountains of northern Iraq"
        and (
            _MEN_OF_IN.match(between)
            or _operates(between)
            # "drones hit a camp of the PKK near Zakho": a standing site of the group is where it is
            or (_SITE_OF.search(men.group(0)) is not None and _AT_NEAR.match(between) is not None)
        )
        and not _one_event(s, a, " " + men.group(0), b)
        # "soldiers killed two militants of G in X", "police arrested five members of G in Y": the men were the
        # object of one blow
        and not _ONE_EVENT_BEFORE.search(s.before(a, 80)[: men.start()])
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    if (
        a.type is G
        and b.type is L
        and _PART_OF.search(s.before(a, 40))
        and _PART_PLACED.match(between)
        and not _is_state_force(a)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "Bahati Mutabazi, who speaks for the M23 in Masisi, said": the group has men (and a voice) there
    if (
        a.type is G
        and b.type is L
        and _IN_ONLY.match(between)
        and _SPEAKS_FOR_BEFORE.search(s.before(a, 40))
        and not _NEGATED.search(s.before(a, 40))
        # ("a spokesman for the Revolutionary Guards in Kerman province": a state's own force)
        and not _is_state_force(a)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "a Hamas representative in Lebanon, said": the group's man posted in a place (not a former one, not a state's own
    # force: "a Revolutionary Guards commander in Kerman")
    if (
        a.type is G
        and b.type is L
        and (role := _ROLE_IN.match(between)) is not None
        and "former" not in role.group(0).casefold()
        and not re.search(r"\b(?:former|ex-?)\s*$", s.before(a, 10), re.I)
        and not _is_state_force(a)
        and a.text.casefold() not in _PRONOUNS
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "the rhetoric of Hezbollah in Lebanon and Hamas": a group named with its country or region
    if (
        a.type is G
        and b.type is L
        and b.subtype in ("Country", "Region", "Province")
        and _G_IN_PLACE.match(between)
        and _G_IN_PLACE_END.match(after_b)
        and (
            _G_IN_SUBJECT_BEFORE.search(s.before(a, 30))
            or _PARTNER_OR_MODEL_BEFORE.search(s.before(a, 40))
            or _MEMBERS_LISTED_BEFORE.search(s.before(a, 70))
            or _last_member_of_group(s, a)
            # ("JNIM in the Sahel and AQIS in South Asia": the last of a run of such pairs)
            or _next_g_in_place(s, a)
        )
        and a.text.casefold() not in _PRONOUNS
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "He said the ADF in Beni answered to its Ugandan emir", "what remains of the Maute group in Butig is ...",
    # "the UVF in East Antrim regards ...": the name and its ground as one noun phrase, of any size of place; but not
    # one blow, talk or arrest ("a clash with the NPA in Kabankalan", "talks with the M23 in Doha in July"), nor a
    # state's own force
    if (
        a.type is G
        and b.type is L
        and _G_IN_GROUND.match(between)
        # only where the phrase is a subject, or what is left of the group, or the parent a group broke from (not "the
        # defeat of ISWAP in Borno", "fighting MS-13 in Honduras": what is done to the group)
        and (
            _G_IN_SUBJECT_BEFORE.search(s.before(a, 30))
            or _G_IN_SAID_BEFORE.search(s.before(a, 30))
            or _G_IN_REMNANT_BEFORE.search(s.before(a, 40))
        )
        and (_G_IN_PLACE_END.match(after_b) or _G_IN_VERB_AFTER.match(after_b))
        and a.text.casefold() not in _PRONOUNS
        # ("The group in Syria": a common noun read back to a name)
        and any(w[:1].isupper() or w[:1].isdigit() for w in a.text.split() if w.casefold() != "the")
        and not _is_state_force(a)
        # ("a cell of the FAI in Greece": the part is there)
        and not _PART_OF_BEFORE.search(s.before(a, 30))
        and not _ONE_EVENT_BEFORE.search(s.before(a, 40))
        and not _G_IN_NOT_GROUND_BEFORE.search(s.before(a, 60))
        and not _G_IN_NOT_GROUND_AFTER.match(after_b)
        and not _ONE_EVENT_AFTER.match(after_b)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.6)
    # ("a Mohmand-based TTP faction": the faction is based there, not the TTP)
    if a.type is L and b.type is G and _LOC_BASED_G.match(between) and not _PART_AFTER_GROUP.match(after_b):
        yield Found(b, Predicate.OPERATES_IN, a, 0.75)
    # "Jaish-e-Mohammed, a Pakistan-based militant group"
    if (
        a.type is G
        and b.type is L
        # ("the Bhullar gang, a Batala-based criminal network": the kind word after a name read without it)
        and re.match(
            # ("Lashkar-e-Taiba, the other large Pakistan-based group": adjectives, not "the ally of a X-based group")
            r"^(?:\s+(?:gang|group|militia|faction|network|cartel|outfit))?\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the)\s+"
            r"(?:(?!(?:of|and|with|to|for|from|by|in)\b)[\w-]+\s+){0,3}$",
            between,
        )
        and re.match(r"^-based\b", after_b)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    # "Uganda's Lord's Resistance Army" (not "Libya's IS branch", which is another group)
    if (
        a.type is L
        and b.type is G
        and a.subtype in ("Country", "Region", "Province")
        and _COUNTRY_POSS_GROUP.match(between)
        and not _MODIFIER_AFTER.match(after_b)
        and not _TOPIC_AFTER.match(after_b)
        and not _is_state_force(b)
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.65)
    if (
        a.type is L
        and b.type is G
        and a.subtype in ("Country", "Region", "Province")
        and _COUNTRY_POSS_GROUPS_LIST.match(between)
        and not _is_state_force(b)
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.65)
    # "has waged a campaign of bombings against the Taliban and against Afghanistan's Shia minority"
    if (
        a.type is G
        and b.type is L
        and b.subtype == "Country"
        and _WAGED_AGAINST.match(between)
        and _PEOPLE_AFTER.match(after_b)
        and not _inside_clause(s, a, between)
        and not _IS_OBJECT.search(s.before(a, 25))
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    if a.type is G and b.type is L and _TO_OVERTHROW.match(between) and _GOVERNMENT_AFTER.match(after_b):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    elif a.type is G and b.type is O and _TO_OVERTHROW.match(between) and (country := _whose_government(b)):
        # "Somalia's federal government" is one organisation mention; the country is named inside it
        yield Found(a, Predicate.OPERATES_IN, country, 0.7)
    # "Katiba Serma, JNIM's Mali branch": a branch named for its place (but in "ISIS-K, the Islamic State's
    # Khorasan branch" the word is the branch's own name, not evidence of where it is)
    if (
        a.type is G
        and b.type is L
        and _COMMA_OWNER_POSS.match(between)
        and _MODIFIER_AFTER.match(after_b)
        and not name_holds(a, b)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    # "The ELN, Colombia's largest remaining guerrilla group, ..."
    if a.type is G and b.type is L and _COMMA_THE.match(between) and _POSS_GROUP_NOUN_AFTER.match(after_b):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    if (
        a.type is L
        and b.type is G
        and (m := _UNDER_CONTROL.match(between)) is not None
        and (between.rstrip().endswith(("of", "of the")) or _CONTROL_AFTER.match(after_b))
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.7)
    # "al-Shabaab-held areas of Jubaland"; "the M23-controlled parts of North Kivu"
    if a.type is G and b.type is L and _G_HELD_AREAS_OF.match(between) and not _other_group_between(s, a, b):
        # "Goma, the M23-held capital of North Kivu": the place held is the one the phrase is apposed to
        if _HELD_SEAT_OF.match(between) and (seat := _apposed_place_before(s, a)) is not None:
            yield Found(a, Predicate.OPERATES_IN, seat, 0.7)
        else:
            yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    # "areas of Jubaland under al-Shabaab control"; "villages in Ituri under the control of the ADF"
    if (
        a.type is L
        and b.type is G
        and _AREAS_UNDER.search(s.before(a, 30))
        and (m := _PLACE_UNDER.match(between)) is not None
        and (
            between.rstrip().endswith("of")
            or between.rstrip().endswith("of the")
            or _CONTROL_AFTER.match(after_b)
        )
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.7)
    # "ISIS-K, whose recruiters in Central Asia have targeted young men"
    # ("whose" is the name's right before it, whatever governs that name)
    if a.type is G and b.type is L and _WHOSE_MEN_THERE.match(between):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "Babbar Khalsa's Pakistan-based operative P": the group's own man is based there
    if a.type is G and b.type is L and _POSS_ONLY.match(between) and _BASED_MAN_AFTER.match(after_b):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "X, the group whose U.S. cells were broken up in 2020"
    if a.type is G and b.type is L and _WHOSE_PLACE.match(between) and _MEN_AFTER_PLACE.match(after_b):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "El Plateado, a hamlet in the municipality of Argelia that served for years as an EMC stronghold"
    if a.type is L and b.type is G and _SERVED_AS.match(between) and _STRONGHOLD_AFTER.match(after_b):
        yield Found(b, Predicate.OPERATES_IN, a, 0.7)
    # "Gulu, which was once a stronghold of the LRA"
    if a.type is L and b.type is G and _ONCE_A_STRONGHOLD_OF.match(between) and not _in_clause(s, a, between):
        yield Found(b, Predicate.OPERATES_IN, a, 0.7)
    # "the Kunduz and Baghlan districts, long strongholds of the Taliban": every place of the list
    if a.type is L and b.type is G and _STRONGHOLDS_OF.match(between) and not _in_clause(s, a, between):
        yield from (Found(b, Predicate.OPERATES_IN, q, 0.65) for q in [a, *_listed_before(s, a)])
    # "Lurgan and Portadown, areas long dominated by the LVF": every place of the list
    if a.type is L and b.type is G and _AREAS_HELD_BY.match(between) and not _in_clause(s, a, between):
        yield from (Found(b, Predicate.OPERATES_IN, q, 0.65) for q in [a, *_listed_before(s, a)])
    # "Kandahar, the Taliban's heartland"; "Sirte, an IS stronghold"
    if a.type is L and b.type is G and _IS_A_BEFORE_G.match(between) and _STRONGHOLD_AFTER.match(after_b):
        yield Found(b, Predicate.OPERATES_IN, a, 0.7)
    # "Lake Chad has been the scene of an insurgency by Boko Haram since 2009": the group's war is waged there
    if a.type is L and b.type is G and _SCENE_OF.match(between) and not _other_group_between(s, a, b):
        yield Found(b, Predicate.OPERATES_IN, a, 0.7)
    # "she had recruited in the Rhineland for the Nordic Resistance Movement": a recruiter's ground is the group's (not
    # "recruited in Berlin for a rally with X": the group must follow "for" straight away)
    # ("recruiting young men in the Netherlands for HTS": a recruiter abroad for a group whose war is elsewhere)
    if (
        a.type is L
        and b.type is G
        and _RECRUITED_IN.search(s.before(a, 60))
        and _FOR_GROUP.match(between)
        and not _fights_elsewhere(b, a)
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.65)
    # "he was recruiting for the Nordic Resistance Movement in Sweden"
    if (
        a.type is G
        and b.type is L
        and _RECRUITED_FOR.search(s.before(a, 60))
        and _IN_PLACE.match(between)
        and not _fights_elsewhere(a, b)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "In the Amhara region, the government is battling an insurgency by Fano"
    if (
        a.type is L
        and b.type is G
        and _IN_PLACE_OPENS.search(s.before(a, 30))
        and _BATTLES_INSURGENCY_BY.match(between)
        and not _other_group_between(s, a, b)
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.65)
    # "In Idlib, the TIP fights alongside HTS": the ally fights there too
    if (
        a.type is L
        and b.type is G
        and _IN_PLACE_OPENS.search(s.before(a, 30))
        and (ally := _ALONGSIDE_IN.match(between)) is not None
        and [
            m for m in s.mentions if m.type is G and a.end <= m.start and m.end <= b.start and not _same(m, b)
        ]
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.65)
    # "the Urabá region, where it is strongest": "it" is the group named last before the place
    if (
        a.type is G
        and b.type is L
        and a.text.casefold() not in _PRONOUNS
        and (it := _WHERE_IT.match(after_b)) is not None
        and _WHERE_G_HOLDS.match(after_b[it.end() :])
        and len(between) <= 120
        and not any(m.type in (G, O, P) and a.end <= m.start and m.end <= b.start for m in s.mentions)
        and not any(m.type in (O, P) and m.end <= a.start for m in s.mentions)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "the terrorist groups based in X, in particular the PJAK"; "Nablus, where new armed groups have emerged, among
    # them the Lions' Den": each group named as one of those there
    if (
        a.type is L
        and b.type is G
        and _AMONG_THEM.match(between)
        and (_GROUPS_THERE_BEFORE.search(s.before(a, 60)) or _WHERE_GROUPS_EMERGED.match(between))
    ):
        yield from (Found(g, Predicate.OPERATES_IN, a, 0.65) for g in _groups_listed_from(s, b))
    # "the Islamic State Sahel Province, the Islamic State's branch further south around Ménaka"
    if a.type is G and b.type is L and _BRANCH_AROUND.match(between):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "the ELN is active in Bajo Cauca, where it has clashed with the Gaitanistas": the foe fought there is there too
    if a.type is L and b.type is G and _WHERE_FOUGHT.match(between) and not _ON_A_DAY.match(after_b):
        yield Found(b, Predicate.OPERATES_IN, a, 0.6)
    # "jets struck 32 PKK targets in the Gara and Hakurk regions": the group's own sites there, whoever struck them
    # (only the place named first: "PKK targets in northern Iraq and Syria" may be an ally's in the second)
    if a.type is G and b.type is L and _G_SITES_IN.match(between) and not _NEGATED.search(s.before(a, 30)):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
    # "TRF, a front for LeT, created to give the Pakistani group's operations in Kashmir a local name": "the group" is the
    # one named last
    if (
        a.type is G
        and b.type is L
        and _THE_GROUPS_IN.match(between)
        and not re.search(rf"\b{_HOSTILE}\b", between, re.I)
        and not any(
            m.type is G and a.end <= m.start and m.end <= b.start and not _same(m, a) for m in s.mentions
        )
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.6)
    # "Córdoba's secretary said both A and B operate in the area": the area is the place named before them
    if (
        a.type is L
        and b.type is G
        and _THE_AREA_AFTER.match(after_b)
        and not any(m.type in (L, G) and a.end <= m.start and m.end <= b.start for m in s.mentions)
        and len(between) <= 120
        and not _NEGATED.search(after_b[:40])
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.6)
        yield from (
            Found(g, Predicate.OPERATES_IN, a, 0.6)
            for g in s.mentions
            if g.type is G
            and b.end <= g.start
            and _THE_AREA_AFTER.match(s.after(g, 60))
            and _CO_SUBJECTS.match(s.between(b, g))
        )
    # "Mosul, which the Islamic State held from 2014 to 2017"
    if a.type is L and b.type is G and _WHICH_THE.match(between) and _G_HELD_IT.match(after_b):
        yield Found(b, Predicate.OPERATES_IN, a, 0.7)
    # "planned in the Central African Republic, where the group still controls stretches of the border"
    if (
        a.type is L
        and b.type is G
        and _WHERE.match(between)
        and _WHERE_G_HOLDS.match(s.after(b, 160))
        # ("the Qandil mountains in Iraq, where PJAK keeps its camps": "where" is the mountains', not Iraq's)
        and not any(
            m.type is L and m.end <= a.start and _IN_OR_OF_THE.match(s.between(m, a)) for m in s.mentions
        )
        # ("the boundary between Oromia and Amhara, where G fighters compete": "where" is the boundary, not Amhara)
        and not _BETWEEN_ENDS.search(s.before(a, 60))
    ):
        # ("Kabylie, the mountainous region east of Algiers, where G kept its strongholds": "where" is the region's,
        # the place named before its description, not the city it lies east of)
        yield Found(b, Predicate.OPERATES_IN, _region_described(s, a) or a, 0.7)


_ALLY_IN = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:then|now|long|once|still)\s+)?(?:the\s+)?"
    rf"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){{0,4}}{_POSS}\s+"
    r"(?:(?:main|chief|closest|key|principal|strongest|only|most\s+important|long-standing|bitter)\s+)?"
    rf"(?:ally|partner|proxy|rival)\s+in\s+(?:the\s+)?(?:(?:{_COMPASS})\s+)?$",
    re.I,
)
# "-focused wing" after "H's Kenya": a part of H named for the place it works in
_FOCUSED_PART_AFTER = re.compile(
    r"^-(?:focused|based|centred|centered)\s+(?:[\w-]+\s+)?(?:wing|branch|unit|cell|faction|affiliate|arm|division|chapter|"
    r"franchise|offshoot|network)\b",
    re.I,
)
# "X, which analysts describe as" / "X, the" / "X, known as" before "H's Kenya-focused wing"
_NAMED_AS_PART = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:which|who|that)\s+(?:[\w-]+\s+){0,3}?(?:describes?|described|calls?|called|"
    r"considers?|considered|regards?|regarded)\s+as\s+|(?:which|that)\s+(?:is|was)\s+|(?:also\s+)?known\s+as\s+)?(?:the\s+)?$",
    re.I,
)


def _group_before(s: Sentence, parent: Mention, link: re.Pattern[str]) -> Mention | None:
    """The last group named before `parent`, when the words between them match `link`."""
    before = [m for m in s.mentions if m.type is G and m.end <= parent.start and not _same(m, parent)]
    if not before:
        return None
    part = max(before, key=lambda m: m.start)
    return part if link.match(_between(s, part, parent)) else None


def _part_named(s: Sentence, parent: Mention) -> Mention | None:
    """The group named right before "`parent`'s ... wing" as that wing: "Jaysh Ayman, which analysts describe as"."""
    return _group_before(s, parent, _NAMED_AS_PART)


# "X, the Sahel branch of" before the parent: the apposition names X by the parent, and what follows is said of X
_BRANCH_APPOSITION = re.compile(
    r"^\)?\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the|its|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:branch|affiliate|wing|arm|franchise|"
    r"province|chapter|offshoot|faction)\s+of\s+(?:the\s+)?$",
    re.I,
)


def _branch_apposed_to(s: Sentence, parent: Mention) -> Mention | None:
    """The group named right before ", the ... branch of `parent`", which the apposition describes."""
    return _group_before(s, parent, _BRANCH_APPOSITION)


# ", which captured Goma in January and Bukavu, the capital of South Kivu, in February," after a group named inside a
# reduced clause, and then the main verb, in the last stretch after a comma
_RELATIVE_OF_OBJECT = re.compile(
    r"^\s*(?:\([^()]{1,60}\))?\s*,\s+(?:which|who)\s[^;:()]{1,200},\s+[^,;:()]+$", re.I
)
_MAIN_VERB_OPENS = re.compile(
    r"^\s+(?:(?:now|also|still|currently|today|meanwhile|effectively|largely)\s+)*(?-i:[a-z]+s)\s", re.I
)
# "X, formed in 2012 by mutineers from" before the group the relative clause follows
_REDUCED_CLAUSE = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:first|originally)\s+)?(?:formed|founded|created|set\s+up|established|launched|"
    r"made\s+up|built)\s+(?:in\s+\d{4}\s+)?(?:by|from|out\s+of)\s+[^,;:()]{0,60}$",
    re.I,
)


def _subject_past_relative(s: Sentence, obj: Mention, between: str) -> Mention | None:
    """The sentence's subject, when the verb after a relative clause about `obj` (a group named inside the subject's
    reduced clause) says where it is active: "the M23, formed by mutineers from the CNDP, which captured Goma,
    now administers X" (the relative clause itself is left to whichever group it reads as about)."""
    plain = _plain(between)
    if not _RELATIVE_OF_OBJECT.match(plain):
        return None
    tail = " " + plain.rsplit(",", 1)[-1].lstrip()
    if not _MAIN_VERB_OPENS.match(tail) or _NEGATED.search(tail) or not _says_active(tail):
        return None
    for m in sorted(s.mentions, key=lambda m: -m.start):
        # (an acronym in brackets after the name is the same group)
        if m.type is not G or m.end > obj.start or _same(m, obj) or s.before(m, 1) == "(":
            continue
        return (
            m
            if _REDUCED_CLAUSE.match(_between(s, m, obj)) and _G_IN_SUBJECT_BEFORE.search(s.before(m, 30))
            else None
        )
    return None


# "A, which has kept a branch there since 2000, and" before the second of two subjects ...
_CO_SUBJECT_JOIN = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?(?:\s*,\s+(?:which|who|that)\s+[^,;:()]{1,80},)?\s*,?\s+and\s+(?:the\s+)?$",
    re.I,
)
# ... and "(B), its ally, both" after it: the verb that follows is both subjects'
_CO_SUBJECT_BOTH = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?(?:\s*,\s+(?:its|their|the|a|an)\s+[^,;:()]{1,60},)?\s+(?:both|jointly|together)\s",
    re.I,
)


def _co_subject(s: Sentence, a: Mention, b: Mention) -> Mention | None:
    """The second of two subjects, joined to `a` by "and" and said with "both" to share the verb that puts it at
    `b`; None unless `a` opens the clause."""
    if not _G_IN_SUBJECT_BEFORE.search(s.before(a, 30)) or a.text.casefold() in _PRONOUNS:
        return None
    for m in sorted(s.mentions, key=lambda m: m.start):
        if m.type is not G or m.start < a.end or m.end > b.start or _same(m, a):
            continue
        between = _between(s, m, b)
        both = _CO_SUBJECT_BOTH.match(between)
        return (
            m
            if both is not None
            and _CO_SUBJECT_JOIN.match(_between(s, a, m))
            # (the verb phrase after "both", read as the second subject's own)
            and _operates(" " + between[both.end() :])
            and not _one_event(s, m, between, b)
            else None
        )
    return None


# "Casamance, wedged between The Gambia and Guinea-Bissau, has been the scene of a separatist insurgency by the MFDC"
# "recruited in the Pacific Northwest for The Base"; "recruiting young men for ISKP in Tajikistan"
_RECRUIT = r"\brecruit(?:s|ed|ing)?\s+(?:(?:young\s+)?(?:men|women|fighters|members|followers|teenagers)\s+)?"
_RECRUITED_IN = re.compile(rf"{_RECRUIT}(?:in|across|throughout)\s+(?:the\s+)?$", re.I)
_RECRUITED_FOR = re.compile(rf"{_RECRUIT}for\s+(?:the\s+)?$", re.I)
_FOR_GROUP = re.compile(r"^\s+for\s+(?:the\s+)?$", re.I)
_IN_PLACE = re.compile(r"^\s+(?:in|across|throughout)\s+(?:the\s+)?$", re.I)
_SCENE_OF = re.compile(
    r"^(?:\s*,[^;:.()]{1,80}?,)?\s+(?:has\s+(?:long\s+)?been|is|was|had\s+been|remains?|became|has\s+become)\s+"
    r"(?:the\s+)?(?:main\s+)?(?:scene|theat(?:re|er)|cent(?:re|er)|epicent(?:re|er)|heartland|cradle)\s+of\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:insurgency|rebellion|uprising|war|conflict|campaign|guerrilla\s+war)\s+"
    r"(?:(?:waged|led|fought)\s+)?by\s+(?:the\s+)?$",
    re.I,
)
# ", the government is battling a separate insurgency by" after the place a clause opens on
_BATTLES_INSURGENCY_BY = re.compile(
    r"^\s*,\s+(?:the\s+)?[^,;:.()]{1,60}?\s+(?:is|are|has\s+been|have\s+been)\s+(?:still\s+|also\s+)?"
    r"(?:battling|fighting|facing|confronting|struggling\s+with|grappling\s+with)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:insurgency|rebellion|uprising)\s+(?:(?:waged|led)\s+)?by\s+(?:the\s+)?$",
    re.I,
)
# "In Idlib, the TIP fights alongside HTS"; "In Djugu further north, CODECO, which claims to defend farmers, continues
# to fight the Zaire group": the place the clause opens on, then one group fighting beside (or against) another there
_IN_PLACE_OPENS = re.compile(
    r"(?:^|[.;:]\s+|\n)\s*(?:In|Inside|Across|Throughout)\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|nearby|adjacent|restive|northern|southern|eastern|western|central)\s+)?$"
)
_ALONGSIDE_IN = re.compile(
    r"^(?:\s+(?:further|farther)\s+(?:north|south|east|west|inland|afield))?\s*,\s+(?:the\s+)?[^,;:.()]{1,60}?"
    r"(?:\s*,\s+(?:which|who|that)\s+[^,;:.()]{1,60},)?\s+(?:(?:still|now|also|often|regularly|largely)\s+)?"
    r"(?:(?:fights?|fought|operates?|operated|serves?|works?)\s+(?:alongside|beside|side\s+by\s+side\s+with)|"
    r"(?:continues?\s+to\s+fight|(?:is|are)\s+(?:still\s+)?fighting|has\s+(?:long\s+)?been\s+fighting|fights?|battles?|"
    r"(?:is|are)\s+(?:still\s+)?battling))\s+(?:the\s+)?$",
    re.I,
)


# "between A and" before the place: the place is one end of a border or a zone
_BETWEEN_ENDS = re.compile(r"\bbetween\s+(?:the\s+)?[^,;.]{1,40}?\s+and\s+(?:the\s+)?$", re.I)
# "Tibu, where the ELN ..."; "El Tarra, a municipality where the ELN had set up checkpoints"
_WHERE = re.compile(
    # ("the Qandil mountains in Iraq, where PJAK keeps its camps": the place that holds the first one is its address)
    # ("Deir ez-Zor in eastern Syria, a province where ...": a side of the country first)
    # ("the Tirah valley of Khyber district, where ...": the valley, named with the district that holds it)
    rf"^(?:\s+(?:in|of)\s+(?:the\s+)?(?:(?:{_COMPASS})\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){{0,2}}"
    r"(?:\s+(?:district|province|region|state|county|governorate|department))?)?"
    r"\s*,?\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:municipality|town|city|village|district|county|region|province|"
    # ("the Badia, the central desert where IS remnants still hold ground")
    r"state|territory|area|zone|valley|forest|camp|desert|mountains|hills|highlands|jungle|bush|belt|corridor|"
    # ("Bastar, where its PLGA battalions still hold stretches of forest": the owner's unit named after "its")
    r"countryside|borderlands?|plateau|basin|coast|island|islands|reserve|park)\s+)?where\s+(?:both\s+)?(?:the\s+|its\s+|their\s+)?"
    # ("Bastar, where the outlawed CPI (Maoist) ...": the name's epithet)
    r"(?:(?:outlawed|banned|proscribed)\s+)?"
    # ("where both ULFA-I and the NSCN-K are based": the second of two subjects)
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:\s*\([^()]{1,20}\))?\s+and\s+(?:the\s+)?)?"
    # ("Arica, where a faction known as Los Gallegos ran extortion rackets")
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:faction|group|gang|cell|militia|network|band)\s+(?:known\s+as|called)\s+"
    r"(?:the\s+)?)?$",
    re.I,
)


# "Lashio, home of the junta's North-Eastern Command"; "Tyre, home to the Rashidieh camp": what the town houses
_HOME_OF_BODY = re.compile(
    r"^\s*,\s+(?:which\s+is\s+)?(?:also\s+)?(?:the\s+)?home\s+(?:to|of)\s+(?:the\s+)?"
    r"(?:[\w'’-]+(?:'s|’s)\s+)?(?:(?:main|largest|regional|central|national)\s+)?$",
    re.I,
)


def _located_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """A place or an organisation and the place it is in."""
    if a.type is L and a.subtype != "Country" and b.type in (L, O) and _HOME_OF_BODY.match(between):
        yield Found(b, Predicate.LOCATED_IN, a, 0.65)
    if (
        a.type is L
        and b.type is L
        and a.subtype != "Country"
        and (_LOC_COMMA_LOC.match(between) or _LOC_IN_LOC.match(between))
        # "raids in Saxony, Poland and Austria": a list of places, not a place and its country
        and not (_LOC_COMMA_LOC.match(between) and (_LIST_GOES_ON.match(after_b) or _CELL_END.match(after_b)))
    ):
        yield Found(a, Predicate.LOCATED_IN, b, 0.7)
        if _IN_WORD.match(between):
            # "Palma, Macomia and Muidumbe in northern Mozambique": the whole list is in the place
            yield from (Found(x, Predicate.LOCATED_IN, b, 0.65) for x in _listed_before(s, a))
    if (
        a.type is L
        and b.type is L
        and a.subtype != "Country"
        and b.subtype != "Facility"
        and (kind := _LOC_KIND_IN.match(between)) is not None
        and not _BORDER.search(between)
        # ("the Lagos district of Ikeja": a city holds districts, it is not one of a city's)
        and not (kind.group("admin") is not None and b.subtype == "City")
    ):
        # "Sehken village in Churachandpur district"; "Mount A and Mount B, both also in Kasserine governorate"; "the
        # Qandil mountains of northern Iraq"; "Debre Markos is the capital of East Gojjam zone"
        if _city_before_its_part(a, b, between):
            # "the Damascus suburb of Harasta": the city comes first, the part is named after "of"
            yield Found(b, Predicate.LOCATED_IN, a, 0.65)
            return
        yield Found(a, Predicate.LOCATED_IN, b, 0.65)
        if kind.group("all") is not None or kind.group("kinds") is not None:
            yield from (Found(x, Predicate.LOCATED_IN, b, 0.6) for x in _listed_before(s, a))
    if (
        a.type is L
        and b.type is L
        and _LOC_POSS_LOC.match(between)
        and a.subtype in ("Country", "Region", "Province")
        # "Mali's border with Burkina Faso": a country is in no other country
        and b.subtype != "Country"
        and not _BORDER.search(between)
    ):
        yield Found(b, Predicate.LOCATED_IN, a, 0.6)
    if (
        a.type is L
        and b.type is L
        and a.subtype != "Country"
        and a.subtype != b.subtype
        and (
            # "Bosaso, the commercial hub of Puntland, lies on ...": the verb is Bosaso's, not Puntland's
            (_LOC_LIES_IN.match(between) and not _in_clause(s, a, between))
            or (
                _LOC_PAREN.match(between)
                and _CLOSE_PAREN.match(after_b)
                and b.subtype in ("Country", "Region", "Province")
            )
        )
    ):
        yield Found(a, Predicate.LOCATED_IN, b, 0.7)
    if (
        a.type is L
        and b.type is L
        and a.subtype == "City"
        and b.subtype in _SITE_TYPES
        and _POSS_ONLY.match(between)
    ):
        yield Found(b, Predicate.LOCATED_IN, a, 0.6)
    if a.type is L and b.type is O and (_LOC_POSS_LOC.match(between) or _LOC_BASED_G.match(between)):
        yield Found(b, Predicate.LOCATED_IN, a, 0.6)
    if a.type is O and b.type is L and _BASED_IN.match(between):
        yield Found(a, Predicate.LOCATED_IN, b, 0.75)
    elif (
        a.type is O
        and b.type is L
        and _O_COMMA_PLACE_BASED.match(between)
        and re.match(r"^-(?:based|headquartered)\b", after_b)
    ):
        yield Found(a, Predicate.LOCATED_IN, b, 0.7)
    yield from _located(s, a, b, between, after_b)


_IN_WORD = re.compile(r"^\s+in\s")
# "Kismayo lies in the Lower Juba region"; "Bunia, which is located in Ituri province"
_LOC_LIES_IN = re.compile(
    r"^\s*,?\s+(?:(?:which|that)\s+)?(?:lies|lay|sits|is\s+located|is\s+situated|was\s+located|located|situated|is|"
    r"lies\s+deep|is\s+deep)\s+"
    r"(?:in|on|inside|within)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    # "Cotabato City is on the southern island of Mindanao"
    r"(?:(?:island|province|region|state|district|county|department|governorate)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "Mutwanga (North Kivu)"
_LOC_PAREN = re.compile(r"^\s*\(\s*$")
_CLOSE_PAREN = re.compile(r"^\s*\)")
# "Mogadishu's Lido Beach": a site in a city
_SITE_TYPES = ("Facility", None)
_LISTED = re.compile(r"^\s*(?:,|and|,\s*and)\s*$")


def _listed_before(s: Sentence, place: Mention) -> list[Mention]:
    """The places listed right before `place`: "Palma, Macomia and" before Muidumbe."""
    out: list[Mention] = []
    nearest = place
    for m in sorted((m for m in s.mentions if m.end <= place.start), key=lambda m: -m.start):
        if m.type is not L or not _LISTED.match(s.between(m, nearest)):
            break
        out.append(m)
        nearest = m
    return out


_COUNTRY_GOVERNMENT = re.compile(
    rf"^([A-Z][\w'’ -]*?){_POSS}(?=\s+(?:[\w-]+\s+){{0,2}}?(?:government|state|regime|authorities)\b)"
)
_DEMONYM_GOVERNMENT = re.compile(
    r"^([A-Z][a-z]+)(?=\s+(?:[\w-]+\s+){0,2}?(?:government|state|regime|authorities)\b)"
)
# "Pakistan's leading think tank, the X Institute"
_POSS_KIND_COMMA = re.compile(rf"^{_POSS}\s+(?:[\w-]+\s+){{0,3}}?[\w-]+,\s*(?:the\s+)?$")


def _whose_government(o: Mention) -> Mention | None:
    """The country an organisation mention such as "Mali's military government" names, as a place mention."""
    m = _COUNTRY_GOVERNMENT.match(o.text)
    place = lexicon.lookup_place(m.group(1)) if m else None
    if m is None:
        # "the Somali government": the nationality word names the country
        m = _DEMONYM_GOVERNMENT.match(o.text)
        pid = gazetteer.country_of_demonym(m.group(1)) if m else None
        place = gazetteer.places().get(pid) if pid else None
    if m is None or place is None or place.type != "Country":
        return None
    return Mention(
        m.group(1),
        place.name,
        L,
        o.doc_id,
        o.start,
        o.start + len(m.group(1)),
        o.sentence_index,
        0.7,
        f"place:{place.id}",
        place.type,
    )


def _is_state_force(m: Mention) -> bool:
    """A state's own armed corps, which the gazetteer may list among groups (designated as terrorist)."""
    entry = lexicon.groups().get(m.gazetteer_id.split(":", 1)[1]) if m.gazetteer_id else None
    return (entry is not None and entry.kind == "state-armed-force") or _STATE_FORCE.search(
        m.name
    ) is not None


def _rank(m: Mention) -> int:
    """How large a kind of place is: a country holds regions, which hold cities, which hold the rest."""
    return _PLACE_RANK.get(m.subtype or "", 1)


def _located(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """Where places and institutions are, read from appositions and "the X district of Y"."""
    if a.type is L and b.type is L:
        if (
            _LOC_A_TOWN_IN.match(between)
            # "a port town in northern Mozambique's Cabo Delgado province": the town is in the province
            and not (b.subtype == "Country" and _POSS_PLACE_AFTER.match(after_b))
            or _LOC_ON.match(between)
            and _ISLAND_AFTER.match(after_b)
        ):
            yield Found(a, Predicate.LOCATED_IN, b, 0.7)
        elif _LOC_ON.match(between) and _COAST_AFTER.match(after_b) and a.subtype != "Country":
            # "Lamu county, on Kenya's northern coast"
            yield Found(a, Predicate.LOCATED_IN, b, 0.65)
        elif _LOC_GROUP_IN.match(between):
            # "Kalehe and Masisi, two territories in South Kivu"; "Mueda and Macomia, both in Cabo Delgado"
            yield Found(a, Predicate.LOCATED_IN, b, 0.65)
            yield from (Found(x, Predicate.LOCATED_IN, b, 0.65) for x in _listed_before(s, a))
        elif (
            _LOC_COMMA_SIDE.match(between)
            and b.subtype in ("Country", "Region", "Province")
            and a.subtype != "Country"
            and _rank(a) < _rank(b)
            and not _LIST_GOES_ON.match(after_b)
        ):
            # "Gao, northern Mali"; "Tillaberi, western Niger"
            yield Found(a, Predicate.LOCATED_IN, b, 0.65)
        elif _KIND_TOWN_OF.match(between) and _KIND_END.search(a.text) and _rank(a) > _rank(b):
            # "the Borno state capital of Maiduguri" (the kind word is part of the first name)
            yield Found(b, Predicate.LOCATED_IN, a, 0.65)
        elif (
            _THE_ONLY.match(between)
            and a.subtype != "Country"
            and _CAPITAL_AFTER.match(after_b)
            and (_KIND_END.search(b.text) or b.subtype in ("Country", "Region", "Province"))
            and _rank(a) < _rank(b)
        ):
            # "Maiduguri, the Borno state capital"
            yield Found(a, Predicate.LOCATED_IN, b, 0.65)
        elif _LOC_KIND_COMMA.match(between) and not _LIST_GOES_ON.match(after_b) and _rank(a) <= _rank(b):
            # "Kalehe territory, South Kivu province": the place's kind, then the place that holds it
            yield Found(a, Predicate.LOCATED_IN, b, 0.65)
        elif _LOC_PART_OF.match(between) and _rank(a) != _rank(b):
            # the word order says nothing of which is the whole; the kinds of place do
            part, whole = (b, a) if _rank(a) > _rank(b) else (a, b)
            yield Found(part, Predicate.LOCATED_IN, whole, 0.65)
        elif _POSS_ONLY.match(between) and a.subtype == "City" and _PART_AFTER.match(after_b):
            yield Found(b, Predicate.LOCATED_IN, a, 0.65)
    if (
        a.type is L
        and b.type is L
        and a.subtype != "Country"
        and _rank(a) < _rank(b)
        and _NEAR_PREFIX.match(between)
    ):
        # "Lethpora, near Awantipora in the Pulwama district": the place near a town is in the town's district
        mid = [m for m in s.mentions if m.type is L and a.end <= m.start and m.end <= b.start]
        if len(mid) == 1 and _NEAR_PREFIX.match(s.between(a, mid[0])) and _IN_THE.match(s.between(mid[0], b)):
            yield Found(a, Predicate.LOCATED_IN, b, 0.6)
    if a.type is O and b.type is L and _SEATED_ORG.search(a.name) and re.match(r"^\s+in\s+$", between):
        yield Found(a, Predicate.LOCATED_IN, b, 0.65)
    if a.type is L and b.type is O and (_OFFICES_OF.match(between) or _POSS_KIND_COMMA.match(between)):
        # "Pakistan's leading think tank, the X Institute"
        yield Found(b, Predicate.LOCATED_IN, a, 0.6)


_NEAR_PREFIX = re.compile(
    r"^\s*,?\s+(?:(?:just|some|about|close)\s+)?(?:near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+",
    re.I,
)
_IN_THE = re.compile(r"^\s+in\s+(?:the\s+)?$", re.I)
_IN_OR_OF_THE = re.compile(r"^\s+(?:in|of)\s+(?:the\s+)?$", re.I)


# "from the Makran coast and the districts of A and B, as well as from C": a list goes on past a kind word, and
# past "as well as" with the preposition again
_MORE_LISTED = re.compile(
    # (the preposition again only after "and" or "as well as": "Marte, in Borno" is an address)
    # ("in Kunar and Nangarhar provinces and in the city of Kabul": the kind word of the list before)
    r"^(?:\s+(?:districts|provinces|regions|states|territories|counties|departments|governorates|municipalities|"
    # ("moving between the Ubari oases, Umm al-Aranib and ...")
    r"divisions|oases|valleys))?"
    r"\s*(?:,|and|,\s*and|,?\s+as\s+well\s+as)\s+(?:(?<=and\s)(?:also\s+)?(?:in|from|across|into|around)\s+|"
    r"(?<=as\s)(?:also\s+)?(?:in|from|across|into|around)\s+)?(?:the\s+)?"
    # ("Narathiwat, Pattani and Yala and parts of neighbouring Songkhla")
    # ("in the Taamir district and the adjoining Tawari neighbourhood")
    r"(?:(?:much|most|parts|large\s+parts)\s+of\s+(?:the\s+)?)?(?:(?:neighbou?ring|adjoining|adjacent|nearby)\s+)?"
    # ("in A and in the northern districts of B and C")
    rf"(?:(?:{_COMPASS})\s+(?=(?:districts|provinces|regions|states|counties|suburbs|neighbou?rhoods)\s+of\b))?"
    r"(?:(?:districts?|suburbs|neighbou?rhoods|provinces?|regions?|states?|count(?:y|ies)|territor(?:y|ies)|departments?|governorates?|"
    r"municipalit(?:y|ies)|divisions?|towns?|cities|city|villages?|islands?)\s+of\s+(?:the\s+)?)?"
    # ("in Kunar and Nangarhar as well as in northern Badakhshan")
    rf"(?:(?:{_COMPASS})\s+)?$",
    re.I,
)


# ", most of them in the hills of X": the part of the ground named before where most of the group's men are
_MOST_OF_THEM = re.compile(
    r"^\s*,\s+(?:most|many|nearly\s+all|almost\s+all|the\s+bulk|half)\s+of\s+them\s+in\s+(?:the\s+)?"
    r"(?:(?:interior|hinterlands?|mountains|hills|forests?|jungles?|outskirts|countryside)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "in Upper Nile state including Nasir and Ulang", "in Cabo Delgado, notably Macomia": the places a region takes in
_TAKES_IN = re.compile(
    r"^(?:\s+(?:province|region|state|district|county|governorate|department|territory|area|valley|forest|belt))?"
    r"\s*,?\s+(?:including|notably|such\s+as|among\s+them)\s+(?:the\s+)?"
    r"(?:(?:towns?|cities|villages|districts|provinces|regions|states|counties|areas)\s+of\s+(?:the\s+)?)?$",
    re.I,
)


# ", as well as in B" after a list that ran on past an unnamed place ("A and the Syrian border")
_AS_WELL_AS = re.compile(
    r"^(?:\s+(?:and|or)\s+(?:the\s+)?(?:(?!(?:which|that|who|where|whose|but|while|has|have|had|is|are|was|were)\b)"
    r"[\w'’-]+\s*){1,4})?,?\s+as\s+well\s+as\s+(?:also\s+)?(?:in|across|around|into|from|on|along|near)\s+(?:the\s+)?$",
    re.I,
)


# ", moving between A, B and C" after the place where the group is active: where its men go
_MOVING_ON = re.compile(
    r"^\s*,\s+(?:(?:often|freely|mostly|mainly|regularly)\s+)?(?:moving|roaming|shuttling|travelling|traveling|"
    r"circulating|hiding|operating)\s+(?:(?:freely|mostly|mainly|regularly)\s+)?(?:between|across|among|around|through|along)\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+)?(?:oases|oasis|forests?|mountains|hills|desert|islands)\s+(?:of\s+)?)?$",
    re.I,
)
# ", and has expanded into" after a list of places: the same subject's next verb phrase
_AND_THEN = re.compile(
    r"^\s*,?\s+and\s+(?=(?:has|have|had|is|are|was|were|now|also|still|later|then|since|recently|increasingly|"
    r"remains?|maintains?|keeps?|runs?|controls?|holds?|operates?)\b)",
    re.I,
)
# ", and in C" after a clause about the place before: the preposition again takes up the list
_AND_IN_AGAIN = re.compile(
    r"^[^;:.()]{0,120}?,\s+and\s+(?:also\s+)?(?:in|across|around|throughout)\s+(?:the\s+)?"
    r"(?:(?:much|most|parts|large\s+parts|areas|swathes)\s+of\s+(?:the\s+)?)?"
    rf"(?:(?:{_COMPASS})\s+)?$",
    re.I,
)


# ", in B and in the northern districts of" after A: the preposition again, twice
_IN_THRICE = re.compile(
    r"^\s*,\s+in\s+(?:the\s+)?[^,;:.()]{1,50}?\s+and\s+(?:also\s+)?in\s+(?:the\s+)?"
    rf"(?:(?:{_COMPASS})\s+)?(?:(?:districts|provinces|regions|states|suburbs|neighbou?rhoods|towns|cities|"
    r"municipalities|communes)\s+of\s+(?:the\s+)?)?$",
    re.I,
)


def _listed(between: str) -> bool:
    """Whether the words between two places join them in one list."""
    return bool(_LIST_JOIN.match(between) or _MORE_LISTED.match(between))


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHEN = rf"(?:in|on|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}})"
# "took A in March and B in May": a date after the first place, then "and" and the next (the next must have its own
# date after it, so "took A in March and B said ..." is no list)
_DATED_JOIN = re.compile(rf"^\s+{_WHEN}\s*,?\s+and\s+(?:then\s+|later\s+)?(?:the\s+)?$")
_DATED_AFTER = re.compile(rf"^(?:\s*,\s+[^,;:()]{{1,60}},)?\s+{_WHEN}\b")


# How far (in characters) a group may stand before the first place of a list it is said to be active in (the pair
# rules read as far: "X is designated ... by A, B and C, and officials say it recruits through a network in D and E")
_LIST_REACH = 250


def _place_list_after(s: Sentence, group: Mention, places: list[Mention]) -> list[Mention]:
    """The places a group is said to operate in, when the first is matched by _OPERATES and others follow in a list."""
    found: list[Mention] = []
    run: list[Mention] = []
    for p in places:
        if p.start < group.end:
            continue
        if run and (_listed(_plain(s.between(run[-1], p))) or unknown_listed(s, run[-1], p)):
            run.append(p)
            continue
        if run and _MOST_OF_THEM.match(_plain(s.between(run[-1], p))):
            # "has some 300 fighters in Sulu, most of them in the hills of Patikul": where most of its men are
            run.append(p)
            continue
        if run and _TAKES_IN.match(_plain(s.between(run[-1], p))):
            # "holds a swathe of southern Idlib province including A and B": the places the first one takes in
            run.append(p)
            continue
        if run and _KINDS_OF.match(_plain(s.between(run[-1], p))):
            # "has units in A and B divisions of the Northwest region as well as parts of the Southwest": the place
            # that holds the list, after which the list may go on
            run.append(p)
            continue
        if (run or found) and _AS_WELL_AS.match(_plain(s.between((run or found)[-1], p))):
            # "in the desert between A and the Syrian border, as well as in the Hamrin mountains"
            run.append(p)
            continue
        last = (run or found or [None])[-1]
        if (
            last is not None
            and _AND_IN_AGAIN.match(_plain(s.between(last, p)))
            and not _other_group_between(s, last, p)
        ):
            # "operates in the Badia, between A and B, where small cells attack soldiers, and in parts of C"
            run.append(p)
            continue
        if (
            last is not None
            and _IN_THRICE.match(_plain(s.between(last, p)))
            and not _other_group_between(s, last, p)
        ):
            # "have taken root in A, in B and in the northern districts of C and D": the preposition said a third
            # time makes "A, in B" a list, not an address
            run.extend(m for m in places if m.type is L and last.end <= m.start and m.end <= p.start)
            run.append(p)
            continue
        if (
            run
            and _DATED_JOIN.match(_plain(s.between(run[-1], p)))
            and _DATED_AFTER.match(_plain(s.after(p, 80)))
        ):
            # "seized A in January and B, the capital of C, in February": each place with its own date
            run.append(p)
            continue
        if run and _MOVING_ON.match(_plain(s.between(run[-1], p))):
            # "its cells remain active in the region of A, moving between B, C and the borders with D"
            run.append(p)
            continue
        if last is not None and not _other_group_between(s, last, p):
            # "has a presence in A, B and C and has expanded into D"; "is most active in A and B, security sources
            # say, and has a small presence in C": the subject's next verb phrase, after the list that ended the last
            tail = _REPORTING_ASIDE.sub("", _plain(s.between(last, p)))
            if (
                (then := _AND_THEN.match(tail)) is not None
                and not _NEGATED.search(tail)
                and _says_active(" " + tail[then.end() :])
            ):
                found.extend(run)
                run = [p]
                continue
        # "is active across central Mali and has expanded into Burkina Faso and Niger": a list may start again
        found.extend(run)
        run = []
        between = _plain(_between(s, group, p))
        if (
            len(between) <= _LIST_REACH
            and _operates(between)
            # ("sources point to Katiba Hanifa, a JNIM unit active in A and northern B": the apposition describes
            # the group, whatever governs its name)
            and (
                not _IS_OBJECT.search(s.before(group, 25))
                or _MEN_OF.search(s.before(group, 30))
                or _DESCRIBES_IT.match(between)
            )
            and not _one_event(s, group, between, p)
            and not _inside_clause(s, group, between)
            and not _main_verb_of_another(s, group, between)
        ):
            run.append(p)
    return found + run


# ------------------------------------------------------------------ where a branch's adjective puts it

# "ISIS-K, the Central Asian branch of the Islamic State"; "AQAP, al-Qaeda's Yemeni branch": the adjective before
# the part word says where the part is (a place named outright is read by the rules above)
_ADJECTIVE_PART = re.compile(
    r"(?<![\w'’-])(?P<adj>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:branch|affiliate|province|franchise|chapter|wing|arm|division)\b"
)
_POSS_NEXT = re.compile(rf"^{_POSS}\s")
# "between the Houthis and", "the Houthis or": two names joined, neither the other's verb's object
_LISTED_BESIDE = re.compile(r"^\s*(?:,\s*|\s+)(?:and|or|as\s+well\s+as)\s+(?:the\s+)?$", re.I)


_NAMED_PARENT = re.compile(r"^(?!(?:the|this|that|its|their|it|they)\b)", re.I)


def branch_place(s: Sentence, found: Found) -> Found | None:
    """Where a branch is, when the phrase that makes it one names the place by its adjective."""
    child, parent = found.subject, found.object
    if any(
        m.type is G
        and m.end <= child.start
        and not _same(m, child)
        # ("claimed by al-Qaeda's Syrian affiliate, the Nusra Front": the parent that names the branch is no other,
        # where it is named, not "the group's Afghan affiliate")
        and not ((m.start, m.end) == (parent.start, parent.end) and _NAMED_PARENT.match(parent.text))
        # ("coordination between the Houthis and AQAP, al-Qaeda's Yemeni branch": a group only listed beside it)
        and not _LISTED_BESIDE.match(s.between(m, child))
        for m in s.mentions
    ):
        # "IS grew out of al-Qaeda in Iraq, al-Qaeda's Iraqi branch": a branch named in passing, as another's
        # past or foe, is told of as it was, not where it is now
        return None
    first, last = (child, parent) if child.start < parent.start else (parent, child)
    spans = [(first.end, last.start)]
    if _POSS_NEXT.match(s.after(last, 4)):
        # "X, Y's Yemeni branch": the phrase follows the parent
        spans.append((last.end, min(s.end, last.end + 40)))
    for lo, hi in spans:
        text = s.text[lo - s.start : hi - s.start]
        for m in _ADJECTIVE_PART.finditer(text):
            start, end = lo + m.start("adj"), lo + m.end("adj")
            if any(x.start < end and start < x.end for x in s.mentions):
                continue
            place = _adjective_place(m.group("adj"))
            if place is None:
                continue
            where = Mention(
                m.group("adj"),
                place.name,
                L,
                child.doc_id,
                start,
                end,
                child.sentence_index,
                0.6,
                f"place:{place.id}",
                place.type,
            )
            return Found(child, Predicate.OPERATES_IN, where, 0.6)
    return None


def _adjective_place(word: str) -> gazetteer.PlaceEntry | None:
    """The country or region a nationality or regional adjective stands for: Yemeni, Central Asian, West African."""
    if (pid := gazetteer.country_of_demonym(word)) is not None:
        return gazetteer.places().get(pid)
    if word.endswith("an") and (place := lexicon.lookup_place(word[:-1], alternates=False)) is not None:
        return place if place.type in ("Region", "Country") else None
    return None


# ------------------------------------------------------------------ what the gazetteer says of places the text names


def find_containment(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """Places, and organisations with a known seat, that the gazetteer puts inside another place the document names.

    "Jalalabad ... Nangarhar province" in one article: the curated gazetteer knows the city is in the province,
    however far apart the text names them. The evidence is the sentence that first names the part; the fact is
    background knowledge (ekg:Background), not something the text says, unless a sentence says it too. Its
    confidence is below the resolver's curated 1.0 since the places were matched by name.
    """
    first: dict[str, tuple[Sentence, Mention]] = {}
    for s in sentences:
        for m in sorted(s.mentions, key=lambda x: x.start):
            if m.type in (L, O) and m.gazetteer_id and m.gazetteer_id not in first:
                first[m.gazetteer_id] = (s, m)
    for gid, (s, m) in first.items():
        kind, _, key = gid.partition(":")
        if kind == "place" and m.type is L and m.subtype != "Country":
            wholes = _containing(key)
        elif kind == "org" and m.type is O and (seat := gazetteer.org_place(key)) is not None:
            wholes = [seat]
        else:
            continue
        for whole in wholes:
            if (named := first.get(f"place:{whole}")) is not None and named[1].type is L:
                yield s, Found(m, Predicate.LOCATED_IN, named[1], 0.9, background=True)
    yield from _in_the_country_of_the_text(sentences, first)
    yield from _seat_in_name(sentences, first)


# A site or institution whose name says which town it is in: "the University of Tehran", "Bannu Cantonment",
# "the Tulkarem refugee camp", "Kabul airport"
_SITE_KIND = (
    r"(?:university|college|polytechnic|hospital|airport|airbase|air\s+base|museum|mosque|cathedral|stadium|"
    r"(?:refugee\s+)?camp|cantonment|port|prison|jail)"
)
_KIND_OF_PLACE = re.compile(
    rf"^(?:the\s+)?{_SITE_KIND}\s+of\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})$", re.I
)
_PLACE_KIND = re.compile(
    rf"^(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})\s+{_SITE_KIND}$", re.I
)


def _seat_in_name(
    sentences: list[Sentence], first: dict[str, tuple[Sentence, Mention]]
) -> Iterator[tuple[Sentence, Found]]:
    """A site or institution in the town its own name gives, when the document names that town too."""
    done: set[str] = set()
    for s in sentences:
        for m in s.mentions:
            if m.type not in (L, O) or m.name in done or m.subtype == "Country":
                continue
            named = _KIND_OF_PLACE.match(m.name) or _PLACE_KIND.match(m.name)
            if named is None:
                continue
            done.add(m.name)
            for pid in gazetteer.lookup_place(named.group("place"))[:1]:
                town = first.get(f"place:{pid}")
                if town is not None and town[1].type is L and not _same(town[1], m):
                    yield s, Found(m, Predicate.LOCATED_IN, town[1], 0.6, background=True)


_PART_OF_CITY = re.compile(r"^\s+(?:neighbou?rhood|suburb|quarter|township)\s+of\s+(?:the\s+)?$", re.I)


def _place_entry(m: Mention) -> gazetteer.PlaceEntry | None:
    """The gazetteer's entry for a place mention, a small town's included."""
    if not m.gazetteer_id or not m.gazetteer_id.startswith("place:"):
        return None
    key = m.gazetteer_id.split(":", 1)[1]
    return gazetteer.places().get(key) or gazetteer.small_towns().get(key)


def _population(m: Mention) -> int:
    """The population the gazetteer gives a place mention, 0 if it knows none."""
    entry = _place_entry(m)
    return (entry.population or 0) if entry is not None else 0


def _city_before_its_part(a: Mention, b: Mention, between: str) -> bool:
    """Whether "the A suburb of B" names a known city A and a part of it, B: "the Messejana neighbourhood of
    Fortaleza" names the part first, "the Damascus suburb of Harasta" the city first, and only the gazetteer tells
    them apart (the city is the one it knows as the larger)."""
    return (
        _PART_OF_CITY.match(between) is not None
        and a.subtype == "City"
        and (a_size := _population(a)) > 0
        and (b.gazetteer_id is None or _population(b) < a_size)
        and _country(b) in (None, _country(a))
    )


def _country(m: Mention) -> str | None:
    """The country id of a place mention the gazetteer knows."""
    entry = _place_entry(m)
    return entry.country if entry is not None else None


def _in_the_country_of_the_text(
    sentences: list[Sentence], first: dict[str, tuple[Sentence, Mention]]
) -> Iterator[tuple[Sentence, Found]]:
    """A village the gazetteer does not know, in a text whose places nearly all lie in one named country.

    "the brothers holed up in a printing works in Dammartin-en-Goële": in a report whose other places are
    Paris and its suburbs, the town is in France. The country named in the town's own sentence comes first.
    """
    places = [m for s in sentences for m in s.mentions if m.type is L]
    # the countries of the towns and provinces named (a country named in passing says less of where the text is)
    countries = [c for m in places if m.subtype != "Country" and (c := _country(m)) is not None]
    named = {m.gazetteer_id.split(":", 1)[1]: m for m in places if m.subtype == "Country" and m.gazetteer_id}
    if len(countries) < 3:
        return
    top = max(set(countries), key=countries.count)
    main = named.get(top) if countries.count(top) >= 0.75 * len(countries) else None
    done: set[str] = set()
    for s in sentences:
        for m in s.mentions:
            if m.type is not L or m.gazetteer_id or m.subtype not in (None, "City") or m.name in done:
                continue
            if _NOT_A_SETTLEMENT.search(m.name):
                continue
            done.add(m.name)
            here = {x.gazetteer_id for x in s.mentions if x.type is L and x.subtype == "Country"}
            country = first[next(iter(here))][1] if len(here) == 1 and next(iter(here)) in first else main
            if country is not None:
                yield s, Found(m, Predicate.LOCATED_IN, country, 0.4)


# Named places that are not towns or villages (sites have their own rules): "Manila Bay", "the Lido beach"
_NOT_A_SETTLEMENT = re.compile(
    r"\b(?:bay|sea|ocean|gulf|river|lake|beach|hotel|station|airport|cafe|café|restaurant|bar|hall|theatre|theater|"
    r"stadium|mosque|church|cathedral|temple|school|university|hospital|market|square|street|road|avenue|bridge|"
    r"base|camp|prison|office|offices|embassy|forest|mountains?|hills?|desert|valley|park|reserve|island|islands|"
    r"border|corridor|highway|canal|port|harbou?r|mall|club|arena|plaza|palace|court|building|tower|compound)\b",
    re.I,
)


def _containing(place_id: str) -> list[str]:
    """Ids of the places that hold a place, innermost first (small towns included)."""
    if place_id in gazetteer.places():
        return gazetteer.located_in_chain(place_id)
    town = gazetteer.small_towns().get(place_id)
    if town is None or town.located_in is None:
        return []
    return [town.located_in, *gazetteer.located_in_chain(town.located_in)]


# "al-Qaeda has kept a presence in several Afghan provinces"; "let al-Qaeda use Afghan soil": a nationality word
# before a word for ground stands for the country
_DEMONYM_GROUND = re.compile(
    # ("both the Nigerian and the Cameroonian waters of the lake": the first of two nationality words too)
    r"(?<![\w'’-])(?P<adj>[A-Z][a-z]+)\s+(?=(?:(?:and|or)\s+(?:the\s+)?[A-Z][a-z]+\s+)?"
    r"(?:soil|territory|territories|provinces?|regions?|states|districts|towns|cities|"
    r"villages|countryside|hinterland|borderlands?|border\s+(?:areas|regions|towns|districts)|side\s+of\s+the\s+border|"
    # "pushed into Chadian waters"; "on the Nigerian shores of the lake"
    r"coast|coastline|islands|mountains|forests|jungles?|desert|waters|shores|shoreline|side\s+of\s+the\s+lake)\b)"
)
# "Wagner's Libyan operations", "the Islamic State's Iraqi network": the group's own work in the country its
# nationality word names (not "ISKP's Tajik recruits" nor "Hezbollah's Syrian allies": people, not ground)
_DEMONYM_OWN = re.compile(
    r"(?<=['’]s\s)(?P<adj>[A-Z][a-z]+)\s+(?=(?:operations|network|networks|presence|activities)\b)"
)
_OWN_WORK_AFTER = re.compile(r"^\s+(?:operations|network|networks|presence|activities)\b")
# "is stronger on the Nigerian shores": a shore is a place one is "on"
_ON_SHORE = re.compile(r"\bon\s+(?=(?:both\s+)?(?:the\s+)?$)", re.I)
_SHORE_AFTER = re.compile(
    r"^\s+(?:(?:and|or)\s+(?:the\s+)?[A-Z][a-z]+\s+)?(?:shores?|shoreline|coast|coastline|banks?|side\s+of)\b"
)
# "in both the Nigerian and the Cameroonian waters": the second nationality word shares the first one's verb
_DEMONYM_JOINED = re.compile(r"(?<![\w'’-])(?P<adj>[A-Z][a-z]+)\s+(?:and|or)\s+(?:the\s+)?$")
_USES_SOIL = re.compile(r"^\s+(?:(?:to|not\s+to)\s+)?(?:use|used|uses|using)\s+$", re.I)
_SOIL_AFTER = re.compile(r"^\s+(?:soil|territory)\b", re.I)


# "separatist groups fighting the Pakistani state": the state a group fights is the country it is active in
_DEMONYM_STATE = re.compile(
    r"\b(?:against|fighting|fights|fought|battling|battles|(?:war|jihad|insurgency)\s+(?:on|with)|overthrow|topple)\s+"
    r"(?:the\s+)?(?P<adj>[A-Z][a-z]+)\s+(?=(?:state|government|regime)\b)"
)
_STATE_AFTER = re.compile(r"^\s+(?:state|government|regime)\b")
# ", separatist groups fighting the" / " is fighting the" before the state
_FIGHTS_VERB = (
    r"\s+(?:(?:is|are|has\s+been|have\s+been|long|still|now)\s+)*"
    r"(?:fighting|battling|fights|fight|waging\s+war\s+(?:on|against)|at\s+war\s+with)\s+(?:the\s+)?$"
)
_FIGHTS_THE = re.compile(rf"^(?:\s*\([^()]{{1,25}}\))?{_FIGHTS_VERB}", re.I)
_FIGHTS_APPOS = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s+and\s+(?:the\s+)?[^,;()]{1,60}?(?:\s*\([^()]{1,25}\))?)?\s*,\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:groups?|militias?|movements?|insurgents|rebels|factions?|organi[sz]ations?|insurgency|outfits?)"
    rf"(?:\s+(?:that|which|who))?{_FIGHTS_VERB}",
    re.I,
)


def demonym_places(s: Sentence) -> list[Mention]:
    """The countries a sentence names only by a nationality word before a word for ground, as place mentions."""
    found: list[Mention] = []
    if not any(m.type is G for m in s.mentions):
        return found
    for m in [
        *_DEMONYM_GROUND.finditer(s.text),
        *_DEMONYM_STATE.finditer(s.text),
        *_DEMONYM_OWN.finditer(s.text),
    ]:
        start, end = s.start + m.start("adj"), s.start + m.end("adj")
        if any(x.start < end and start < x.end for x in s.mentions):
            continue
        pid = gazetteer.country_of_demonym(m.group("adj"))
        place = gazetteer.places().get(pid) if pid else None
        if place is None or place.type != "Country":
            continue
        doc_id, index = s.mentions[0].doc_id, s.mentions[0].sentence_index
        found.append(
            Mention(
                m.group("adj"), place.name, L, doc_id, start, end, index, 0.6, f"place:{place.id}", place.type
            )
        )
    return found


def demonym_ground(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """Where a group is, when the place is a country named by its nationality word (`b`, from `demonym_places`)."""
    if re.search(r"['’]s\s$", s.before(b, 3)) and _OWN_WORK_AFTER.match(after_b):
        # "Wagner's Libyan operations": only the owner right before the word (`_DEMONYM_OWN`)
        if a.type is G and _POSS_ONLY.match(between):
            yield Found(a, Predicate.OPERATES_IN, b, 0.65)
        return
    if a.type is G and _USES_SOIL.match(between) and _SOIL_AFTER.match(after_b):
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
        return
    if (
        a.type is G
        and _STATE_AFTER.match(after_b)
        and (
            # ("hideouts of the BLA and the BLF, separatist groups fighting the Pakistani state": the apposition
            # describes the groups, whatever governs their names)
            _FIGHTS_APPOS.match(between)
            or (
                (_WAGED_AGAINST.match(between) or _TO_OVERTHROW.match(between) or _FIGHTS_THE.match(between))
                and not _IS_OBJECT.search(s.before(a, 25))
            )
        )
    ):
        # "the PKK, which has waged an insurgency against the Turkish state"
        yield Found(a, Predicate.OPERATES_IN, b, 0.65)
        return
    if (joined := _DEMONYM_JOINED.search(between)) is not None and gazetteer.country_of_demonym(
        joined.group("adj")
    ):
        between = between[: joined.start()]
    if _SHORE_AFTER.match(after_b):
        between = _ON_SHORE.sub("in ", between)
    for found in _place_pair(s, a, b, between, after_b):
        if found.predicate is Predicate.OPERATES_IN and found.object is b:
            yield found


# "Liptako-Gourma, the border zone where Mali, Niger and Burkina Faso meet": the zone lies in each of them
_ZONE_WHERE = re.compile(
    r"^\s*,\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:zone|area|region|triangle|frontier|borderlands?|junction)\s+where\s+"
    r"(?:the\s+(?:borders|frontiers)\s+of\s+)?(?:the\s+)?$",
    re.I,
)
_MEET_AFTER = re.compile(r"^\s+(?:meet|converge|intersect|join|come\s+together)\b", re.I)
# "the Badia, the central desert stretching from eastern Homs to the countryside of Deir ez-Zor": the zone reaches both
_ZONE_SPANS = re.compile(
    r"^\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:desert|zone|area|region|belt|corridor|triangle|strip|stretch|plain|"
    r"plateau|range|mountains|forest|valley|steppe|borderlands?)\s+(?:that\s+)?(?:stretching|stretches|stretched|extending|"
    r"extends|running|runs|spanning|spans)\s+from\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|"
    r"western|central)\s+)?$",
    re.I,
)
_SPAN_TO = re.compile(
    r"^\s+(?:to|into|as\s+far\s+as)\s+(?:the\s+)?(?:(?:countryside|outskirts|desert|borders?|edge)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$",
    re.I,
)


_INCLUDING = re.compile(
    r"^\s*,\s+(?:including|notably|especially|particularly|mainly|mostly|chiefly|above\s+all|such\s+as)\s+(?:(?:in|around|across|near)\s+)?(?:the\s+)?"
    # ("in Paraguay, especially in the border city of Pedro Juan Caballero")
    r"(?:(?:(?:border|frontier|port|coastal|northern|southern|eastern|western|capital)\s+)?"
    r"(?:districts?|provinces?|regions?|states?|count(?:y|ies)|territor(?:y|ies)|departments?|zones?|towns?|cities|"
    r"city|villages?)\s+of\s+(?:the\s+)?)?$",
    re.I,
)


_POSS_THE_ONLY = re.compile(rf"^{_POSS}\s+(?:the\s+)?$")


def implied_places(s: Sentence, found: Found) -> Iterator[Found]:
    """The further places a group's operatesIn implies: the places the sentence puts the place in (see
    `holding_places`), the places a zone is said to stretch between, and the countries whose borders meet in it."""
    if found.predicate is not Predicate.OPERATES_IN:
        return
    zone = found.object
    wholes = [
        q
        for q in holding_places(s, zone)
        # ("based in Myanmar's Sagaing Region": the country's possessive only says where the region lies)
        if not (q.end <= zone.start and _POSS_THE_ONLY.match(s.between(q, zone)))
    ]
    yield from (Found(found.subject, Predicate.OPERATES_IN, q, found.confidence) for q in wholes)
    if (country := _ruled_country(s, found)) is not None:
        yield Found(found.subject, Predicate.OPERATES_IN, country, found.confidence)
    if wholes and wholes[0].start >= zone.end:
        yield from (
            Found(found.subject, Predicate.OPERATES_IN, q, found.confidence)
            for q in _listed_wholes(s, wholes[0])
            if not any(_same(q, w) for w in wholes)
        )
    yield from _zone_spans(s, found)
    yield from _from_to(s, found)
    places = sorted((m for m in s.mentions if m.type is L and m.start >= zone.end), key=lambda m: m.start)
    if places and _INCLUDING.match(_plain(s.between(zone, places[0]))):
        # "active across much of Oromia, including the Wollega zones": the places named as part of it
        yield from (
            Found(found.subject, Predicate.OPERATES_IN, q, found.confidence) for q in _place_run(s, places)
        )
    if not places or not _ZONE_WHERE.match(s.between(zone, places[0])):
        return
    run = _place_run(s, places)
    if len(run) > 1 and _MEET_AFTER.match(s.after(run[-1], 20)):
        yield from (Found(found.subject, Predicate.OPERATES_IN, q, found.confidence) for q in run)


# "since the Taliban returned to power in Kabul", "the Taliban seized Kabul": a group that took the capital holds the
# country ("the Taliban government in Kabul" only names the government by its seat)
_RULES_FROM_BEFORE = re.compile(
    r"(?:\bpower\s+in|"
    r"\b(?:seized|took|captured|overran|took\s+over|marched\s+(?:in)?to|swept\s+into))\s+$",
    re.I,
)


def _ruled_country(s: Sentence, found: Found) -> Mention | None:
    """The country whose capital a group is said to have taken or come to power in, as a place mention."""
    city = found.object
    if city.type is not L or city.subtype != "City" or not (city.gazetteer_id or "").startswith("place:"):
        return None
    # (the words first: they rule out almost every city, and the capital's lookup is the dearer test)
    if not _RULES_FROM_BEFORE.search(s.before(city, 30)):
        return None
    key = city.gazetteer_id.split(":", 1)[1]
    entry = gazetteer.places().get(key)
    if entry is None or not entry.country or gazetteer.capital_of(entry.country) != key:
        return None
    # ("the TTP regrouped after the Taliban returned to power in Kabul": the ruler is the group named last)
    ruler = max(
        (m for m in s.mentions if m.type is G and m.end <= city.start), key=lambda m: m.start, default=None
    )
    if ruler is None or not _same(ruler, found.subject):
        return None
    named = next((m for m in s.mentions if m.type is L and m.gazetteer_id == f"place:{entry.country}"), None)
    if named is not None:
        return named
    country = gazetteer.places().get(entry.country)
    if country is None or country.type != "Country":
        return None
    # (the country is not named: the capital's words stand for it, as "Afghan" does in `demonym_places`)
    return Mention(
        city.text,
        country.name,
        L,
        city.doc_id,
        city.start,
        city.end,
        city.sentence_index,
        0.6,
        f"place:{country.id}",
        country.type,
    )


# "active across the province, from Quetta to the coastal Makran belt": both ends of the span
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_TO_NEXT = re.compile(
    r"^\s+(?:to|into|as\s+far\s+as)\s+(?:the\s+)?(?:(?:coastal|northern|southern|eastern|western|central|remote|far|"
    r"north|south|east|west)\s+)?$",
    re.I,
)


def _from_to(s: Sentence, found: Found) -> Iterator[Found]:
    """The far end of a span "from A to B" whose near end a group is active in."""
    near = found.object
    if not _FROM_BEFORE.search(s.before(near, 10)):
        return
    nxt = next(
        (m for m in sorted(s.mentions, key=lambda m: m.start) if m.type is L and m.start >= near.end), None
    )
    if nxt is not None and _TO_NEXT.match(s.between(near, nxt)):
        yield Found(found.subject, Predicate.OPERATES_IN, nxt, found.confidence)


# "in Baruten and Kaiama local government areas of Kwara State": the places of one kind listed, and what holds them
_IN_BEFORE = re.compile(r"\b(?:in|across|around)\s+(?:the\s+)?$", re.I)
_KINDS_OF = re.compile(
    r"^\s+(?:local\s+government\s+areas|LGAs|districts|provinces|regions|states|counties|departments|municipalities|"
    # ("in the Dalarna towns of A and B")
    r"territories|governorates|prefectures|townships|divisions|towns|cities|villages)\s+(?:of|in)\s+(?:the\s+)?$",
    re.I,
)


def _listed_wholes(s: Sentence, whole: Mention) -> list[Mention]:
    """The places listed with the one that holds a place ("in Baruten and Kaiama local government areas of Kwara
    State" holds the park named before it), and the place the list says holds them all."""
    if not _IN_BEFORE.search(s.before(whole, 12)):
        return []
    places = sorted((m for m in s.mentions if m.type is L and m.start >= whole.start), key=lambda m: m.start)
    run = places[:1]
    for q in places[1:]:
        # (a plain list: in "Bahawalpur, in Pakistan's Punjab province" the province is no list-mate of the country)
        if not _NAMES_JOINED.match(s.between(run[-1], q)):
            break
        run.append(q)
    if len(run) < 2:
        return []
    out = run[1:]
    rest = [m for m in places if m.start >= run[-1].end]
    if rest and _KINDS_OF.match(s.between(run[-1], rest[0])):
        out.append(rest[0])
    return out


def _zone_spans(s: Sentence, found: Found) -> Iterator[Found]:
    """The places a zone a group is active in is said to stretch between."""
    zone = found.object
    places = sorted((m for m in s.mentions if m.type is L and m.start >= zone.end), key=lambda m: m.start)
    if (
        len(places) > 1
        and _ZONE_SPANS.match(s.between(zone, places[0]))
        and _SPAN_TO.match(s.between(*places[:2]))
    ):
        yield from (Found(found.subject, Predicate.OPERATES_IN, q, found.confidence) for q in places[:2])


def holding_places(s: Sentence, place: Mention) -> list[Mention]:
    """The places the sentence itself says hold `place`, nearest first.

    "active around Marte, in the Lake Chad area of Borno state": a group active in a town is active in the
    area and the state the text puts the town in. Only what the sentence says counts (the rules of
    `_located_pair`), not what the gazetteer knows. A province named only as the middle of an address,
    after its country's possessive ("Bahawalpur, in Pakistan's Punjab province"), locates the town in the
    country; the country is told, the province passed through.
    """
    if place.type is not L or place.subtype == "Country":
        return []
    spots = sorted((m for m in s.mentions if m.type is L), key=lambda m: m.start)
    inside: dict[tuple[int, int], list[tuple[Mention, bool]]] = {}
    for i, x in enumerate(spots):
        for y in spots[i + 1 :]:
            between = _between(s, x, y)
            if len(between) > 80:
                break
            for found in _located_pair(s, x, y, between, s.after(y, 60)):
                if found.object.type is L and not _same(found.subject, found.object):
                    told = not (found.subject is x and _POSS_MIDDLE.search(between))
                    inside.setdefault((found.subject.start, found.subject.end), []).append(
                        (found.object, told)
                    )
    # "Kirta Wulgo, in the Marte area of Borno state": the area's state holds the island too
    out: list[Mention] = []
    seen: list[Mention] = [place]
    todo = [place]
    while todo:
        part = todo.pop(0)
        for whole, told in inside.get((part.start, part.end), []):
            if not any(_same(whole, q) for q in seen):
                seen.append(whole)
                todo.append(whole)
                if told:
                    out.append(whole)
    return out


# "in Pakistan's Punjab province": the country's possessive right before the place
_POSS_MIDDLE = re.compile(rf"[A-Z][\w-]+{_POSS}\s+$")


# "Bamako, the Malian capital": a city and the country its nationality word names
_DEMONYM_CAPITAL_AFTER = re.compile(
    r"^\s*,\s+the\s+(?P<adj>[A-Z][a-z]+)\s+(?:capital|commercial\s+capital|port\s+city)\b"
)


def demonym_capital(s: Sentence) -> Iterator[Found]:
    """A city said to be a country's capital, the country named by its nationality word."""
    for m in s.mentions:
        if (
            m.type is not L
            or m.subtype == "Country"
            or (c := _DEMONYM_CAPITAL_AFTER.match(s.after(m, 40))) is None
        ):
            continue
        pid = gazetteer.country_of_demonym(c.group("adj"))
        place = gazetteer.places().get(pid) if pid else None
        if place is None or place.type != "Country":
            continue
        start = m.end + c.start("adj")
        country = Mention(
            c.group("adj"),
            place.name,
            L,
            m.doc_id,
            start,
            start + len(c.group("adj")),
            m.sentence_index,
            0.6,
            f"place:{place.id}",
            place.type,
        )
        yield Found(m, Predicate.LOCATED_IN, country, 0.6)


# "the islands of A and B, in the Marte area of Borno": a list of places put in a place after a comma
_COMMA_IN = re.compile(r"^\s*,\s+(?:both\s+|all\s+)?in\s+", re.I)
_NAMES_JOINED = re.compile(r"^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$")


def listed_places_in(s: Sentence, found: Found) -> Iterator[Found]:
    """The places listed before a place that ", in X" locates: each of them is in X too."""
    if found.predicate is not Predicate.LOCATED_IN or found.subject.type is not L:
        return
    if found.subject.end > found.object.start or not _COMMA_IN.match(s.between(found.subject, found.object)):
        return
    places = sorted(
        (m for m in s.mentions if m.type is L and m.end <= found.subject.start), key=lambda m: m.start
    )
    current = found.subject
    for q in reversed(places):
        if not _NAMES_JOINED.match(s.between(q, current)):
            break
        yield Found(q, Predicate.LOCATED_IN, found.object, found.confidence)
        current = q

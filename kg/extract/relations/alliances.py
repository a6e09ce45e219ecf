"""Group <-> group alliances and rivalries in the words news reports use for them.

`groups` reads the plainest phrasings ("X pledged allegiance to Y", "X has been fighting Y"); this module
reads the rest: who killed whose fighters ("ISWAP killed 30 Boko Haram fighters"), who lost ground to
whom, "Boko Haram's rival ISWAP", "an alliance of X and Y", "X and Y are locked in a turf war",
"X is in league with Y", and lists ("X and Y have both fought Z", "a coalition of A, B and C").

The words between two names are read after dropping what does not change how they relate: the
fighters a group is named by ("X militants clashed with Y"), a time ("last year", "on Sunday") and a
place ("clashed in Idlib with Y").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from kg.extract import lexicon
from kg.extract.relations.common import (
    _APPOS,
    _ITS_PARTNERS,
    _MODIFIER_AFTER,
    _NATIONALITY,
    _NOT_A_NAME,
    _PAREN,
    _POSS,
    _POSS_START,
    ALLIED,
    DESCRIBED,
    KIN_AFTER,
    RIVAL,
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
from kg.extract.relations.groups import (
    _ALLIANCE_NAME,
    _APPOSED_KIND,
    _BLOC_WORD,
    _POSS_CREED_AFTER,
    _group_pair,
    _unquoted,
    kin_of_object,
)
from kg.extract.sentences import Sentence
from kg.model import EntityType, Mention, Predicate

# The people a group is named by: "ISWAP fighters killed ...", "HTS's militants clashed with ..."
_MEN = (
    r"(?:fighters|militants|members|gunmen|insurgents|forces|commanders|loyalists|jihadists|rebels|units|cells|"
    # ("Hamas militias fought alongside Egyptian troops against IS": a movement named by its militias)
    # ("its peshmerga clashed with the IRGC", "PKK guerrillas")
    # ("a collaboration between Ansaru terrorists and the so-called Mahmuda group": an official's word for them)
    r"factions|leaders|operatives|men|troops|cadres|combatants|militias|militiamen|guerrillas|peshmerga|terrorists)"
)
_AND_THEIR_ALLIES_IN = re.compile(
    rf"^\s+(?:{_MEN}\s+)?and\s+(?:their|its)\s+(?:(?-i:[A-Z])[a-z]+\s+|local\s+|foreign\s+)?(?:allies|partners)\s+"
    r"(?:in|from|of)\s+(?:the\s+)?$",
    re.I,
)
_ADV = (
    r"(?:also|reportedly|allegedly|recently|frequently|often|previously|increasingly|regularly|occasionally|"
    r"sometimes|still|even|now|since|then|later|subsequently|again|once|long|openly|actively|repeatedly|"
    r"first|initially|briefly|effectively|quietly|secretly|closely|formally|publicly|already|itself|themselves|"
    r"at\s+times|at\s+least\s+once|periodically|sporadically|intermittently|"
    # "the Taliban continue to shelter the TTP": the verb after "continue to" is the one said
    r"(?:continues?|continued|continuing)\s+to)"
)
_AUX = r"(?:has|have|had|is|are|was|were|been|being|will|would|could|did|does|do)"
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "clashed last year with", "on Sunday killed": when says nothing about who did what to whom
_TIME = re.compile(
    rf"\s+(?:(?:in\s+)?recent\s+(?:years|months|weeks|days)|(?:last|this|earlier\s+this|late\s+last|early\s+last|"
    rf"late\s+this|early\s+this)\s+(?:year|month|week|weekend|spring|summer|autumn|fall|winter|{_DAYS})|"
    rf"on\s+{_DAYS}|(?:in|since|until|by|during|on)\s+(?:early\s+|late\s+|mid-)?{_MONTHS}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|"
    r"for\s+(?:years|decades|months|weeks|a\s+decade|(?:[\w-]+\s+)?(?:years|months))|"
    r"over\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years|months|weeks|days|decade)|since\s+(?:then|\d{4})|"
    r"(?:in|since|by)\s+(?:early\s+|late\s+|mid-)?\d{4})(?=\s|,)",
    re.I,
)
# "clashed in Idlib with": the place where two groups met, read as a token so the rules can skip it
_PLACE = "\x00"
_IN_PLACE = re.compile(
    r"\s+(?:in|near|around|across|outside|at|inside|throughout|on)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?\x00(?:\s*(?:,|and|,\s*and)\s*(?:the\s+)?\x00)*|"
    r"(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+\x00|"
    # "waged an offensive in the region against"
    r"(?<=the\s)(?:region|area|north|south|east|west|north-?east|north-?west|south-?east|south-?west|countryside|"
    r"border\s+(?:area|region|zone)))"
    r"(?:\s+(?:province|region|state|district|area|county|governorate))?(?=\s|,)",
    re.I,
)
# "have both fought", "have all pledged": a quantifier of the subject, not part of the verb
_BOTH = re.compile(
    r"(?<=\s)(?:both|all|each(?!\s+other\b)|also|in\s+turn|reportedly|allegedly|since|long|often|repeatedly|increasingly|openly|quietly|"
    r"secretly|at\s+times|sometimes|occasionally|still|regularly|frequently|actively|even|largely|mostly|mainly|"
    r"usually|routinely|typically|generally|primarily|chiefly|formally|officially)\s+(?=[a-z]|$)"
)
_LEAD_MEN = re.compile(rf"^(?:{_POSS})?\s+{_MEN}\b(?=\s*,?\s+(?!and\b|or\b|of\b|in\b|from\b))", re.I)

# Quantities before the men a group killed: "killed at least 30", "captured dozens of"
_HOW_MANY = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to|dozens\s+of|scores\s+of|"
    r"hundreds\s+of|several|many|a\s+number\s+of|a\s+dozen|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|\d[\d,]*|a|an|the|its|their|senior|top|key|local|rival)\s+)*"
)
_HOSTILE_VERB = (
    r"(?:killed|assassinated|executed|beheaded|ambushed|attacked|captured|abducted|kidnapped|arrested|detained|"
    r"routed|overran|overrun|raided|shelled|massacred|slaughtered|targeted|struck|besieged|surrounded|"
    r"hunted\s+down|defeated|repelled|repulsed|crushed|killing|attacking|targeting|ambushing|executing|"
    r"capturing|kidnapping|abducting|raiding|overrunning|besieging|kills|attacks|targets|executes|ambushes)"
)
# "X claimed to have killed", "X said it had ambushed"
_CLAIMED = (
    # ("said its fighters ambushed": the auxiliary may be left out)
    r"(?:(?:claimed|claims|said|says|boasted|announced)\s+(?:(?:to\s+have|(?:that\s+)?(?:it|they|(?:its|their)\s+"
    rf"{_MEN})(?:\s+(?:had|has|have))?)\s+)?"
    # "X is accused of colluding with Y", "X is believed to have pledged allegiance to Y"
    r"|(?:accused|suspected|believed|thought|said|reported|known|alleged|widely\s+believed)\s+"
    r"(?:of|to\s+have|to\s+be)\s+"
    # "investigators describe X as having been allied with Y", "analysts see X as being at war with Y"
    r"|as\s+(?:having\s+been|being)\s+)?"
)
# "X is Iran's main proxy and a key backer of Y": the first of two things said of one subject
_AND_ALSO = (
    r"(?:(?:is|was|are|were|has|have|had|remains)\s+"
    r"(?:(?!(?:not|never|no|denied|longer|and|or)\b)[^,;.\s]+\s+){1,8}?and\s+|"
    # "who operate from sanctuaries in Afghanistan and have been working with"
    r"(?!(?:and|or|not|never|denied|denies|deny)\b)[a-z][\w-]*\s+"
    r"(?:(?!(?:not|never|no|denied|longer|and|or|but)\b)[^,;.\s]+\s+){0,6}?and\s+(?=(?:has|have|had|is|are|was|were)\b))?"
)
# ("X, a North Waziristan-based faction that operates alongside Y": the apposition's clause is X's)
_VERB_LEAD = rf"^\s*,?\s+(?:(?:(?:the|an?)\s+(?:[\w\x00'’-]+\s+){{0,3}}?(?:group|faction|militia|outfit|movement|network|insurgency|coalition|affiliate|branch|offshoot|splinter|franchise)(?:e?s)?\s+)?(?:which|who|that)\s+)?{_AND_ALSO}(?:(?:{_AUX}|{_ADV})\s+){{0,6}}{_CLAIMED}(?:(?:{_AUX}|{_ADV})\s+){{0,6}}"
# "ISWAP killed 30 Boko Haram fighters", "JNIM attacked an ISSP base"
_KILLED_MEN = re.compile(
    rf"{_VERB_LEAD}(?:{_HOSTILE_VERB}|(?:claimed|claims|claiming)\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:the\s+)?"
    r"(?:killing|killings|assassination|execution|executions|beheading|murder|ambush|kidnapping|abduction|capture)\s+of|"
    # "X claimed an overnight raid on a Taliban outpost"
    r"(?:claimed|claims|carried\s+out|launched|staged|mounted|conducted)\s+(?:responsibility\s+for\s+)?"
    r"(?:(?:an?|the|two|three|several|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:attack|raid|ambush|assault|bombing)s?\s+"
    r"(?:on|against|targeting))"
    rf"\s+{_HOW_MANY}$",
    re.I,
)
# "Al-Shabaab executed four members of ISS": the men killed named before their group
_KILLED_MEN_OF = re.compile(
    rf"{_VERB_LEAD}{_HOSTILE_VERB}\s+{_HOW_MANY}(?:(?:suspected|alleged|senior|rival)\s+)?"
    r"(?:fighters|militants|members|commanders|leaders|jihadists|insurgents|gunmen|operatives|cadres|combatants|"
    r"loyalists|men|spies)\s+(?:of|from|belonging\s+to|loyal\s+to)\s+(?:the\s+)?(?:rival\s+)?$",
    re.I,
)
_MEN_AFTER = re.compile(
    rf"^(?:{_POSS})?\s+(?:(?:senior|top|local|rival|former|key|leading|regional)\s+)?"
    r"(?:fighters|militants|members|commanders?|leaders?|chief|emir|positions|bases?|camps?|strongholds?|"
    r"outposts?|convoys?|checkpoints?|men|gunmen|cells?|spokesman|officials?|jihadists|insurgents|units?|"
    r"hideouts?|defectors|recruits|operatives|cadres|combatants|loyalists|patrols?|vehicles?|pick-?ups?|trucks?|"
    r"posts?|guards?)\b(?!['’]s\b)",
    re.I,
)
# "JNIM routed ISSP", "HTS drove Hurras al-Din out of Idlib": a verb that is hostile whatever its object
_BEAT = re.compile(
    rf"{_VERB_LEAD}(?:defeated|routed|expelled|ousted|dislodged|evicted|crushed|repelled|repulsed|purged|"
    r"overpowered|vanquished|besieged|ambushed|eliminated|opposes|opposing|wiped\s+out|decimated|drove\s+out|pushed\s+out|"
    r"defeating|routing|expelling|ousting|dislodging|crushing|purging|eclipsed|supplanted|overtook|overtaken|displaced|"
    r"outcompeted|out-competed|outmanoeuvred|outmaneuvered|outflanked|usurped|"
    # "JNIM dismantled the ISGS cells of the Gourma": a group broken up by another, whose rival it was
    r"broke\s+up|broken\s+up|dismantled|dismantling|"
    # "the militia is trapped in a cycle of revenge attacks with X"
    r"(?:locked|caught|trapped|engaged|embroiled)\s+in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?cycle\s+of\s+"
    r"(?:reprisals|revenge(?:\s+attacks)?|retaliation|retaliatory\s+(?:attacks|killings)|tit-for-tat\s+(?:attacks|killings))\s+with|"
    r"turned\s+(?:(?:its|their)\s+(?:guns|weapons|fire)\s+)?(?:against|on)|"
    # "X units advanced separately against Y"
    r"(?:advanced|advances|advancing|marched|marches|marching)\s+(?:(?:separately|jointly|swiftly|rapidly|quickly)\s+)?"
    r"against|"
    # "X has vowed to crush Y"
    r"(?:vowed|vows|vowing|pledged|pledges|promised|promises|threatened|threatens)\s+to\s+(?:crush|destroy|eliminate|"
    r"wipe\s+out|defeat|annihilate|eradicate|root\s+out|exterminate|avenge\s+itself\s+on|take\s+revenge\s+on)|"
    # "The Taliban have been at loggerheads with ISIS-K"
    r"at\s+(?:loggerheads|daggers\s+drawn)\s+with|in\s+open\s+(?:conflict|warfare|confrontation)\s+with|"
    r"(?:engaged|embroiled|locked)\s+in\s+(?:[\w-]+\s+){0,2}?hostilities\s+with|"
    r"(?:cracked|cracks|cracking)\s+down\s+(?:hard\s+)?on|"
    r"(?:leads?|led|leading|spearheads?|spearheaded|spearheading|joined|joins)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:fight|war|battle|campaign|offensive|struggle)\s+against|"
    r"(?:(?:a|an|the)\s+)?(?:[\w\x00-]+\s+){0,3}?(?:partner|ally|allies|partners|bulwark|proxy)\s+(?:against|"
    r"in\s+the\s+(?:fight|war|battle|campaign)\s+against)|"
    r"(?:fought|fights|fighting|attacked|attacks|attacking|clashed\s+with|clashes\s+with|clashing\s+with|battled|"
    r"battling|killed|targeted|targeting|hunted|hunting)\s+(?:(?:the|its|other)\s+)?(?:rival\s+)?(?:[\w-]+\s+)?"
    r"(?:groups|factions|militias|gangs|cartels|organi[sz]ations|jihadists|insurgents|movements)\s*,?\s+"
    r"(?:including|such\s+as|like|notably|among\s+them)|"
    # "X competes for recruits with older parties such as Y"
    r"(?:competes?|competed|competing|vies|vied|vying)\s+(?:for\s+(?:[\w-]+\s+){1,2}?)?with\s+"
    r"(?:(?:the|its|other|older|newer|smaller|larger|several)\s+)*(?:rival\s+)?(?:[\w-]+\s+)?"
    r"(?:groups|factions|militias|gangs|cartels|parties|organi[sz]ations|movements|outfits)\s*,?\s+"
    r"(?:including|such\s+as|like|notably|among\s+them)|"
    r"(?:launched|mounted|began|started|stepped\s+up|led|intensified|pressed|renewed|opened|waged|waging|wages|"
    r"conducted|conducting|carried\s+out|carrying\s+out|launching|mounting)\s+"
    r"(?:(?:a|an|its|their|the|new|fresh|major|large-scale|sweeping|brutal|bloody|deadly|months-long|"
    r"year-long|ground|military|joint)\s+)*(?:offensive|assault|attacks?|campaign|crackdown|raids?|operations?|"
    r"war|counter-?offensive|purge|onslaught|strikes)\s+(?:against|on|targeting))\s+(?:the\s+)?(?:rival\s+)?$",
    re.I,
)
# "X buys weapons through Y smuggling networks"; "X bought arms through networks along the border run by Y": a
# supplier and its client
_BUYS_ARMS = re.compile(
    rf"{_VERB_LEAD}(?:(?:they|officials|investigators|police|prosecutors|analysts)\s+(?:say|said|believe|allege)\s+)?"
    r"(?:buys|bought|buy|buying|purchases|purchased|sources|sourced|obtains|obtained|acquires|acquired)\s+"
    r"(?:(?:its|their|most\s+of\s+its|most\s+of\s+their)\s+)?(?:weapons|arms|guns|rifles|ammunition|explosives)"
    r"(?:\s+and\s+(?:ammunition|explosives|arms|weapons|guns))?\s+(?:from|through|via)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:networks?|channels|routes|smugglers|traffickers)(?:\s+[^,;.]{0,50}?)?\s+"
    r"(?:run|operated|controlled)\s+by\s+(?:the\s+)?)?$",
    re.I,
)
_DRIVE = re.compile(
    rf"{_VERB_LEAD}(?:drove|pushed|forced|chased|kicked|hounded)\s+(?:the\s+)?(?:rival\s+)?$", re.I
)
# ("HTS drove the Zenki Movement and the Salafist group Ahrar al-Sham out of Aleppo": others driven out beside it)
_DRIVE_AFTER = re.compile(
    rf"^(?:\s+{_MEN})?(?:\s*,?\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)?"
    r"\s+(?:out|from|back|away|to\s+(?:withdraw|retreat|flee))\b",
    re.I,
)
# "JNIM launched an offensive in Menaka, driving ISSP out of the town": the clause's subject drove the group out
_DRIVING = re.compile(
    rf"{_VERB_LEAD}(?:launched|mounted|began|staged|waged|pressed|stepped\s+up|swept|advanced|attacked|stormed|"
    r"captured|seized|retook|recaptured|took|overran)\b[^;.]{0,70}?,\s+(?:(?P<drive>driving|pushing|forcing|chasing)|"
    r"expelling|ousting|dislodging|routing|evicting)\s+(?:the\s+)?(?:rival\s+)?$",
    re.I,
)
# "Y fighters were killed by X", "Y was driven out of Idlib by X", "Y men died in clashes with X"
_KILLED_BY = re.compile(
    rf"^(?:{_POSS})?(?:\s+(?:leader|commander|chief|founder|emir|spokesman)(?:\s+\x01)?)?(?:\s+{_MEN})?\s*,?\s+"
    rf"(?:(?:{_AUX}|{_ADV})\s+)+"
    r"(?:(?:killed|executed|beheaded|ambushed|attacked|captured|abducted|kidnapped|routed|defeated|expelled|"
    r"squeezed|hammered|battered|decimated|weakened|encircled|surrounded|besieged|pressured|outgunned|"
    r"ousted|dislodged|overrun|targeted|massacred|hunted\s+down|driven\s+(?:out|back|away)|pushed\s+(?:out|back)|"
    # ("X was largely destroyed by Y in Zabul")
    r"forced\s+out|crushed|wiped\s+out|assassinated|destroyed|dismantled|eliminated|smashed|annihilated|"
    r"broken\s+up)\s+(?:(?:of|from)\s+\x00\s+)?by\s+(?:the\s+)?(?:rival\s+)?"
    r"|(?:(?:badly|seriously|fatally|mortally)\s+)?(?:killed|wounded|injured|died|lost|wounded\s+or\s+killed|"
    r"killed\s+or\s+wounded)\s+(?:in|during)\s+(?:(?:heavy|fierce|deadly|renewed|recent)\s+)?"
    r"(?:clashes|fighting|battles?|infighting|skirmishes|gunfights?|firefights?)\s+with\s+(?:the\s+)?(?:rival\s+)?"
    rf"(?:{_MEN}\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?)?)$",
    re.I,
)
# "ISSP has lost ground to JNIM", "X seized Menaka from Y", "X wrested control of the town from Y"
_LOST_TO = re.compile(
    rf"{_VERB_LEAD}(?:lost|ceded|surrendered|conceded)\s+(?:(?:much|more|most|some|considerable|significant)\s+)?"
    r"(?:ground|territory|control|positions|towns|villages|\x00|the\s+(?:town|city|village|area|base)(?:\s+of\s+\x00)?)\s+to\s+(?:the\s+)?(?:rival\s+)?$",
    re.I,
)
_TOOK_FROM = re.compile(
    rf"{_VERB_LEAD}(?:seized|captured|wrested|retook|recaptured|won\s+back|grabbed|snatched|took\s+control\s+of)\s+"
    r"(?:(?:control|ground|territory|positions|towns|villages|the\s+(?:town|city|village|area|base|district))\s+)?"
    r"(?:(?:of|in)\s+)?(?:\x00\s+)?from\s+(?:the\s+)?(?:rival\s+)?$"
    # "the SNA took the city from the SDF": a plain "took" only with the ground it took
    rf"|{_VERB_LEAD}(?:took|taken|takes|take|taking)\s+(?:(?:control\s+of|back)\s+)?"
    r"(?:the\s+(?:town|city|village|area|base|district|province|port|airport|capital)(?:\s+of\s+\x00)?|\x00|"
    r"(?:much|most|some|large\s+parts)\s+of\s+(?:the\s+)?\x00)\s+(?:back\s+)?from\s+(?:the\s+)?(?:rival\s+)?$"
    rf"|{_VERB_LEAD}(?:(?:trying|tried|seeking|sought|attempting|attempted|working|worked)\s+to\s+)?"
    r"(?:poached|poaching|poaches|poach|lured|luring|lures|lure|stole|stolen|steals|steal|drawing|drew|draw)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:fighters|members|commanders|recruits|cadres|militants|young\s+men|youths|followers)\s+"
    r"(?:away\s+)?from\s+(?:the\s+)?(?:rival\s+)?$",
    re.I,
)
# "Chadian rebels fought for the LNA", "the militia has fought for Hezbollah since 2013": a group that fights in
# another's war is its ally (not "fought for control", nor "fought for Y's territory": the object is the group)
_FOUGHT_FOR = re.compile(rf"{_VERB_LEAD}(?:fought|fights|fight|fighting|battled)\s+for\s+(?:the\s+)?$", re.I)
# "CDN pushed into Gulf Cartel turf", "X has made inroads into Y territory": a group that takes another's ground
_INTO_TURF = re.compile(
    rf"{_VERB_LEAD}(?:pushed|pushes|pushing|push|moved|moves|moving|expanded|expands|expanding|encroached|"
    r"encroaches|encroaching|muscled|muscles|muscling|(?:made|makes|making)\s+inroads)\s+(?:into|on|onto)\s+"
    r"(?:the\s+)?(?:rival\s+)?$",
    re.I,
)
_TURF_AFTER = re.compile(
    r"^(?:\s*(?:'s|’s|'))?\s+(?:home\s+)?(?:turf|territory|territories|strongholds?|heartlands?|fiefdoms?|"
    r"plazas?|areas|zones?)\b",
    re.I,
)
# "X heads a loose bloc known as N that includes Y": the head of a bloc and each of its members
_HEADS_BLOC = re.compile(
    rf"{_VERB_LEAD}(?:heads|headed|leads|led|leading|heading|anchors|anchored|dominates|dominated)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:bloc|coalition|alliance|federation|confederation|umbrella|grouping|axis)\b[^;.]{0,60}?"
    r"\s+(?:that|which)\s+(?:also\s+)?(?:includes|included|comprises|comprised|brings\s+together|unites|groups)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "ISIS-K considers the Taliban apostates"
_BRANDS = re.compile(
    rf"{_VERB_LEAD}(?:considers?|considered|regards?|regarded|views?|viewed|sees|saw|brands?|branded|labels?|"
    r"labell?ed|denounces?|denounced|declared|declares|calls?|called|deems?|deemed|condemned|condemns|treats?|treated)\s+(?:the\s+)?$",
    re.I,
)
_BRANDED_AFTER = re.compile(
    # ("considers the TTP and the Afghan Taliban apostates": the brand after the rest of the list)
    r"^(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)?\s+(?:as\s+)?(?:(?:an?|its|their)\s+)?(?:(?:bitter|sworn|mortal|chief|main)\s+)?(?:apostates?|infidels?|"
    r"heretics?|traitors?|enem(?:y|ies)|khawarij|kharijites?|khawarij|murtaddin|takfiris|rivals?|foes?|"
    r"unbelievers|renegades|hypocrites|deviants|(?:existential\s+|greatest\s+|main\s+|chief\s+)?threat|"
    # "has long treated Sinai Province as a hostile competitor"
    r"(?:hostile|dangerous)\s+(?:competitor|rival|force|presence)|adversar(?:y|ies))\b",
    re.I,
)
# The relation a possessive names: "Boko Haram's rival ISWAP", "Hamas's closest ally, Hezbollah"
_KIN_QUALITY = (
    r"(?:(?:closest|close|key|main|chief|principal|long-?time|long-?standing|bitter|sworn|arch|fiercest|biggest|"
    r"greatest|old|oldest|staunchest|strongest|staunch|traditional|historic|local|regional|jihadist|Islamist|"
    r"militant|armed|main|most\s+important|most\s+powerful|deadliest|chief|new|newest|latest|foreign|"
    # "the CJNG, the Mexican rival of the Sinaloa Cartel": a nationality before the word for the tie
    rf"{_NATIONALITY})\s+)*"
)
_KIN_WORD = (
    r"(?P<kin>ally|allies|partner|partners|backer|backers|patron|patrons|protector|sponsor|"
    r"rival|rivals|enemy|enemies|foe|foes|nemesis|arch-?rival|arch-?enemy|arch-?foe|archrival|archenemy|adversary|adversaries)"
)
_POSS_KIN_X = re.compile(
    # ("Al-Shabaab's rivals in Puntland, ISS")
    rf"^{_POSS}\s+{_KIN_QUALITY}{_KIN_WORD}(?:\s+in\s+(?:the\s+)?\x00)?\s*(?:,\s+|\s+)"
    r"(?:(?:including|such\s+as|among\s+them|notably|in)\s+)?(?:the\s+)?$",
    re.I,
)
# "the Taliban's closest ally remains al-Qaeda", "Hamas's backers include Hezbollah"
_POSS_KIN_IS = re.compile(
    rf"^{_POSS}\s+{_KIN_QUALITY}{_KIN_WORD}\s+(?:in\s+\x00\s+)?(?:is|was|are|were|remains|remained|include|includes|"
    r"included|has\s+long\s+been|has\s+been)\s+(?:the\s+)?$",
    re.I,
)
# "LeJ and its allies, including Jaish al-Adl"; "JNIM and allied groups such as Ansarul Islam"
_AND_ITS_KIN_SUCH_AS = re.compile(
    rf"^\s+and\s+(?:(?:its|their)\s+{_KIN_QUALITY}{_KIN_WORD}|(?P<allied>(?:allied|aligned|partner|friendly)\s+"
    r"(?:groups|factions|militias|organi[sz]ations|movements|outfits)))\s*,?\s+"
    r"(?:including|such\s+as|like|notably|among\s+them)\s+(?:the\s+)?$",
    re.I,
)
_AND_WHICH = re.compile(r"\s(?:and|but)\s+(?:which|whom)\s+(?:the\s+)?$", re.I)
_PARTICIPLE_ALONGSIDE = re.compile(
    r",\s+(?:(?:often|now|largely|mostly|again)\s+)?(?:fighting|operating|working)\s+(?:alongside|together\s+with|"
    r"side\s+by\s+side\s+with|in\s+tandem\s+with)\s+(?:(?:units|fighters|forces|members|elements|troops|militants)\s+"
    r"(?:of|from)\s+)?(?:the\s+)?$",
    re.I,
)
_X_AND = re.compile(
    r"^(?:\s*(?:\([^()]{1,25}\))?\s*,\s+(?:which|who)\s+[^,;()]{1,80},)?\s+and\s+(?:the\s+)?$", re.I
)
_THEN_ITS_KIN = re.compile(
    rf"^\s*(?:\([^()]{{1,25}}\))?\s*,\s+(?:its|their)\s+(?:(?!(?:former|erstwhile|one-?time|ex)\b)[\w-]+\s+){{0,5}}?"
    rf"{_KIN_WORD}\b(?!\s+(?:of|to|in)\b)",
    re.I,
)
# "the al-Qaeda-IS rivalry", "the Hamas-Hezbollah alliance"
_DASH = re.compile(r"^\s*[-–—/]\s*$")
_DASH_RIVAL = re.compile(
    r"^\s+(?:rivalry|feud|war|conflict|split|clashes|fighting|infighting|competition|schism|enmity|hostility|"
    r"turf\s+war|power\s+struggle)\b",
    re.I,
)
_DASH_ALLIED = re.compile(
    r"^\s+(?:alliance|partnership|pact|axis|cooperation|nexus|coalition|entente|collaboration)\b", re.I
)
# "The Arakan Army is one of three groups in the Three Brotherhood Alliance, along with the MNDAA"
_ONE_OF_BLOC = re.compile(
    r"^\s+(?:is|was|are|were|remains|became|has\s+been)\s+(?:now\s+|also\s+)?(?:one\s+of\s+[^;.]{0,60}?\b"
    r"(?:in|of|within|inside|from|making\s+up|that\s+make\s+up|that\s+form)|(?:a\s+(?:founding\s+|key\s+|leading\s+)?member|"
    # ("the Houthis are members of the axis, which includes Hezbollah")
    r"(?:founding\s+)?members|part)\s+of|among)\s+(?:the\s+)?(?:[^;.,]{0,40}?[\s\"“'‘])?(?:alliance|coalition|bloc|front|axis|umbrella|"
    # ("part of an Iranian-backed alliance that includes Hezbollah")
    r"grouping)\b[^;.]{0,30}?,?\s+(?:along\s+with|alongside|together\s+with|as\s+well\s+as|including|"
    r"(?:that|which)\s+(?:also\s+)?(?:includes|included|comprises|comprised|counts|counted))\s+(?:the\s+)?$",
    re.I,
)
# "With the help of Hezbollah, the Houthis seized ..."
_HELP_OF = re.compile(
    r"(?:^|[.;:]\s+)(?:[\"“]\s*)?(?:(?:with|thanks\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:help|support|backing|aid|assistance|"
    r"weapons|money|fighters)\s+(?:of|from)|backed\s+by|supported\s+by|armed\s+by|helped\s+by|aided\s+by|"
    r"trained\s+by|funded\s+by)\s+(?:the\s+)?$",
    re.I,
)
# ("Ansar Dine, then al-Qaeda's main ally": a time word before the apposition; "once", "formerly" tell of a past tie)
# ("X (its Spanish name, XY), for years the Y's fiercest rival": a long gloss, or the close of the acronym's
# brackets, and how long the tie has lasted)
_X_COMMA_POSS = re.compile(
    # ("AQAP, historically the Houthis' enemy")
    r"^\s*(?:\([^()]{1,80}\)|\))?\s*,\s+(?:(?:then|now|still|long|historically|traditionally|for\s+(?:years|decades|"
    r"(?:so\s+)?long))\s+)?"
    # ("JNIM, al-Qaeda's Sahel branch and the Islamic State's main rival": the second of two apposed kinds)
    rf"(?:(?:the\s+)?[\w'’-]+{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:branch|affiliate|franchise|wing|arm|offshoot)"
    r"\s+and\s+)?"
    r"(?:the\s+|a\s+|an\s+|one\s+of\s+)?$",
    re.I,
)
# "X remains Y's closest ally", "X has become Y's main rival" (not "was once", "is no longer")
_IS_POSS_KIN = re.compile(
    r"^\s+(?:(?:is|are|remains?|remained|has\s+been|have\s+been|has\s+become|have\s+become|became|still|now|also|"
    r"long|arguably|effectively|increasingly)\s+)+(?=$)",
    re.I,
)
_POSS_KIN_AFTER = re.compile(rf"^{_POSS}\s+{_KIN_QUALITY}{_KIN_WORD}\b(?!\s+(?:of|to|and)\b)", re.I)
# "Hamas's alliance with Hezbollah", "ISWAP's turf war with Boko Haram"
_POSS_TIES = re.compile(
    rf"^{_POSS}\s+(?:(?!(?:former|past|broken|severed|short-lived|failed|erstwhile|abandoned|ended|alleged)\b)[\w-]+\s+){{0,2}}?"
    r"(?:alliance|partnership|cooperation|collaboration|pact|ties|links|bond|coordination|allegiance|loyalty|"
    r"pledge(?:\s+of\s+allegiance)?|marriage\s+of\s+convenience)\s+(?:with|to)\s+(?:the\s+)?$",
    re.I,
)
_TIES_ENDED = re.compile(
    r"^\s+(?:\w+\s+)?(?:soured|deteriorated|collapsed|broke\s+down|ended|frayed|unravelled|unraveled|were\s+severed|"
    r"was\s+severed|came\s+to\s+an\s+end|fell\s+apart)\b",
    re.I,
)
# "Hezbollah's support for the Houthis"
_POSS_SUPPORT = re.compile(
    rf"^{_POSS}\s+(?:(?!(?:former|past|alleged|ended)\b)[\w-]+\s+){{0,2}}?(?:support|backing|sponsorship|patronage|funding|"
    r"arming|sheltering|protection|training)\s+(?:for|of|to)\s+(?:the\s+)?$",
    re.I,
)
# "Hezbollah provides the Houthis with weapons"
_PROVIDES = re.compile(
    rf"{_VERB_LEAD}(?:provides?|provided|providing|supplies|supplied|supplying|equips|equipped|equipping|furnished|"
    r"furnishes|helped|helps|helping|assisted|assists)\s+(?:the\s+)?$",
    re.I,
)
_WITH_ARMS = re.compile(
    r"^\s+(?:with|(?:to\s+)?(?:build|acquire|obtain|develop|make))\s+(?:[\w-]+\s+){0,3}?(?:weapons|arms|funds|funding|money|"
    r"training|drones|missiles|rockets|explosives|ammunition|fighters|shelter|support|intelligence|cash|"
    r"components|technology|expertise)\b",
    re.I,
)
_POSS_FIGHT = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:clashes|conflict|competition|turf\s+war|hostility|enmity|confrontation|"
    r"showdown|infighting|fighting|battles|war|feud|rivalry|struggle|vendetta|skirmishes|assault|attacks?|offensive|"
    r"raids?|onslaught|crackdown|purge|campaign|ambush)\s+(?:with|against|on)\s+(?:the\s+)?(?:rival\s+)?$",
    re.I,
)
# "X is in league with Y", "X maintains close ties to Y", "X renewed its allegiance to Y"
_STRENGTH = (
    r"(?:(?:close|closer|strong|stronger|long-?standing|longstanding|deep|deepening|historic|historical|operational|"
    r"organi[sz]ational|extensive|direct|enduring|known|growing|tight|old|ideological|financial|logistical)\s+"
    r"(?:and\s+[\w-]+\s+)?)*"
)
_LEAGUE = re.compile(
    rf"{_VERB_LEAD}(?:(?:closely\s+|tightly\s+)?(?:allied|aligned)\s+(?:itself\s+|themselves\s+)?(?:to|with)|"
    r"in\s+league\s+with|in\s+cahoots\s+with|in\s+collusion\s+with|hand\s+in\s+glove\s+with|"
    # "have been working in collusion with"
    r"(?:work|works|worked|working|act|acts|acted|acting|operate|operates|operated|operating)\s+"
    # ("acted in close coordination with", "works in partnership with")
    r"in\s+(?:(?:close|closer|full|direct|tight)\s+)?(?:collusion|cahoots|league|concert|tandem|coordination|"
    r"co-ordination|cooperation|partnership)\s+with|"
    # "made a pact with", "has made common cause with" (a peace deal or a truce is no alliance)
    # ("announced a military alliance with", "sealed a pact with")
    r"(?:made|makes|making|make|announced|announces|sealed|seals|signed|signs|struck|strikes|forged|forges|entered|"
    r"enters|entered\s+into|enters\s+into)\s+(?:(?:common\s+cause)|(?:an?\s+)?(?:(?:secret|formal|informal|tactical|"
    r"strategic|new|loose|military|political|mutual-defen[cs]e|defen[cs]e)\s+)?(?:pact|alliance|partnership))\s+with|"
    # "coordinates operations with"
    r"(?:co-?ordinat(?:es|ed|ing)|collud(?:es|ed|ing)|liais(?:es|ed|ing))\s+(?:closely\s+)?"
    r"(?:(?:its|their)\s+)?(?:(?:operations|attacks|strikes|activities|offensives)\s+(?:closely\s+)?)?with|"
    rf"(?:has|have|had|maintains?|maintained|maintaining|retains?|retained|enjoys?|enjoyed|keeps?|kept|built|forged|"
    # ("has also kept its long-standing ties to Y")
    rf"developed|established|deepened|strengthened)\s+(?:(?:its|their)\s+)?{_STRENGTH}"
    r"(?:ties|links|connections|relations|contacts|bonds)\s+(?:to|with)|"
    r"(?:sided|siding|sides)\s+with|threw\s+(?:its|their)\s+(?:lot|weight)\s+(?:in\s+)?(?:with|behind)|"
    r"(?:swore|sworn|swears|pledged|pledges|pledging|renewed|renews|reaffirmed|reaffirms|declared|declares|"
    r"announced|announces|gave|gives|offered|proclaimed|transferred|switched)\s+"
    r"(?:its\s+|their\s+|an\s+oath\s+of\s+)?(?:allegiance|loyalty|bay'?ah|fealty)\s+to|"
    r"(?:declared|declares|announced|announces|expressed|expresses|voiced|pledged|pledges|offered|offers|threw|gave)\s+"
    r"(?:its\s+|their\s+)?(?:full\s+|strong\s+|unconditional\s+)?(?:support|backing|solidarity)\s+(?:for|to|with|behind)|"
    r"(?:shares?|shared|sharing)\s+(?:fighters|resources|weapons|intelligence|bases|safe\s+havens|training\s+camps|"
    r"personnel|supply\s+lines)\s+with|"
    r"(?:fights?|fought|fighting|operates?|operated|operating|works?|worked|working)\s+(?:alongside|together\s+with|"
    r"side\s+by\s+side\s+with|in\s+tandem\s+with|jointly\s+with|hand\s+in\s+hand\s+with|on\s+behalf\s+of|"
    r"on\s+the\s+side\s+of|shoulder\s+to\s+shoulder\s+with)|"
    r"(?:enjoys?|enjoyed|has|had|received|receives|won|secured|gained|relies\s+on|relied\s+on)\s+the\s+"
    r"(?:[\w-]+\s+)?(?:support|backing|protection|patronage|blessing|help|sponsorship)\s+of|"
    r"(?:with|under)\s+the\s+(?:[\w-]+\s+)?(?:support|backing|protection|patronage|help|blessing|sponsorship)\s+of|"
    r"(?:provides?|provided|providing|supplies|supplied|supplying|gave|gives|sends?|sent|sending|offered|offers|"
    # ("funnelled money, weapons and training to": a list of goods)
    r"extended|extends|funnel(?:l?ed|s)?|smuggled|smuggles|channell?ed)\s+(?:[\w-]+,?\s+){0,4}?"
    r"(?:weapons|arms|funds|funding|money|cash|fighters|training|support|shelter|sanctuary|safe\s+havens?|"
    r"explosives|drones|missiles|rockets|backing|logistics|expertise|protection|cover|reinforcements|ammunition|"
    r"foot\s+soldiers|recruits|manpower|suicide\s+bombers|bomb-?makers|safe\s+houses|instructors|advisers|advisors|"
    r"trainers)\s+"
    r"(?:to|for)(?:\s+(?:help|support|back|aid|assist|reinforce|bolster|fight\s+alongside))?|"
    r"(?:launched|carried\s+out|conducted|staged|mounted|planned)\s+(?:a\s+|the\s+)?joint\s+(?:[\w-]+\s+)?(?:attacks?|"
    r"operations?|offensives?|assaults?|raids?|ambush(?:es)?)\s+with|"
    r"(?:fought|fights|fighting)\s+on\s+the\s+same\s+side\s+as|"
    # "has maintained what diplomats describe as tactical coordination with"
    r"(?:maintains?|maintained|maintaining|keeps?|kept|established|establishes)\s+(?:what\s+[^,;.]{1,40}?\s+"
    r"(?:describe|describes|described|call|calls|called)\s+as\s+)?(?:(?:close|tactical|operational|regular|direct|"
    r"loose|informal)\s+)*(?:coordination|co-ordination|cooperation|collaboration)\s+with|"
    r"(?:deepened|expanded|strengthened|increased|stepped\s+up|intensified|formalised|formalized|renewed)\s+(?:its|their)\s+"
    r"(?:cooperation|coordination|ties|links|collaboration|partnership|alliance)\s+with|"
    # "has trained fighters from X"
    r"(?:trains|trained|training|armed|arming|funded|funding|sheltered|sheltering|hosted|hosting)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fighters|members|militants|commanders|recruits|cadres)\s+(?:from|of|belonging\s+to)|"
    r"(?:trains|trained|training|arms|armed|arming|funds|funded|funding|finances|financed|financing|equips|"
    r"equipped|equipping|bankrolls|bankrolled|sponsors|sponsored|sponsoring|reinforced|reinforces|"
    # "the Taliban have long sheltered the TTP", "continue to harbour X" (a group's object: never a place)
    r"shelter|shelters|sheltered|sheltering|harbou?r|harbou?rs|harbou?red|harbou?ring)|"
    # "X has become a junior partner of Y", "X remains a key ally of Y"
    r"(?:(?:become|became|becomes|remains?|remained)\s+)?"
    r"(?:(?:a|an|the)\s+(?:(?:long-?time|long-?standing|staunch|key|close|loyal|major|main|principal|chief|junior|"
    r"trusted|important|natural)\s+)*(?:ally|partner|backer|patron|sponsor|supporter|protector)\s+(?:of|to))|"
    r"one\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:allies|partners|backers)\s+of|"
    r"(?:closely\s+|tightly\s+|deeply\s+|intimately\s+)?(?:tied|bound)\s+(?:up\s+)?(?:to|with)|"
    r"(?:receives?|received|receiving|gets|got|obtained|obtains|acquired|acquires|sourced|sources)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:weapons|arms|funding|funds|money|cash|training|support|backing|drones|missiles|rockets|explosives|ammunition|"
    r"fighters|instructors|advisers|advisors|guns|rifles|equipment|supplies|components|technology|help|aid|"
    r"sanctuary|shelter|refuge|protection|safe\s+havens?|haven|cover|instructions|orders|"
    # ("receives logistical support and safe houses from")
    r"safe\s+houses|hideouts|trainers)\s+from)"
    # ("with the smaller Baloch Liberation Front"; "hand in hand with Burundian rebels of the FNL")
    r"\s+(?:the\s+)?(?:(?:much\s+)?(?:smaller|larger|bigger|newer|older)\s+)?(?-i:[A-Z][a-z]+\s+)?"
    r"(?:(?:rebels|fighters|militants|elements|members|units|gunmen|cadres|insurgents)\s+(?:of|from)\s+(?:the\s+)?)?$",
    re.I,
)
# "the Taliban have sheltered al-Qaeda leaders", "Hezbollah trained Houthi fighters"
_HOSTS_MEN = re.compile(
    rf"{_VERB_LEAD}(?:sheltered|sheltering|shelters|harbou?red|harbou?ring|harbou?rs|hosted|hosting|hosts|protected|"
    r"protecting|protects|shielded|shielding|housed|housing|trained|training|trains|armed|arming|funded|funding|"
    r"(?:gave|given|offered|provided)\s+(?:refuge|sanctuary|shelter|safe\s+haven)\s+to)\s+"
    rf"{_HOW_MANY}$",
    re.I,
)
# "pledged allegiance to P, the leader of Y": the oath is to the group its leader stands for
_OATH_TO_LEADER = re.compile(
    rf"{_VERB_LEAD}(?:pledged|swore|sworn|renewed|reaffirmed|declared|gave|pledging|swearing)\s+"
    r"(?:its\s+|their\s+|his\s+)?(?:allegiance|loyalty|bay'?ah|fealty)\s+to\s+(?:the\s+)?(?:new\s+)?"
    r"(?:(?:leader|emir|caliph|chief|head)\s+of|\x01\s*,\s+(?:the\s+)?(?:new\s+|then\s+|self-(?:styled|proclaimed)\s+)?"
    r"(?:[\w-]+\s+)?(?:leader|emir|caliph|chief|head|founder)\s+of)\s+(?:the\s+)?$",
    re.I,
)
# "The brigade still pledges obedience to AQIM"; "X swore obedience to the emir of Y": a vow of obedience is an oath
_OBEDIENCE = re.compile(
    rf"{_VERB_LEAD}(?:pledged|pledges|pledging|swore|swears|swearing|sworn|owes|owed|vowed|vows)\s+"
    r"(?:its\s+|their\s+|his\s+|full\s+)?obedience\s+to\s+(?:the\s+)?(?:(?:new\s+)?(?:leader|emir|chief|head)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "IS accepted the pledge of allegiance from X"; "IS accepted X's pledge"
_ACCEPTED_PLEDGE = re.compile(
    rf"{_VERB_LEAD}(?:accepted|welcomed|acknowledged|recogni[sz]ed|received)\s+(?:(?:the|a)\s+)?"
    r"(?:pledge|oath|bay'?ah)(?:\s+of\s+(?:allegiance|loyalty))?\s+(?:from|of|by)\s+(?:the\s+)?$",
    re.I,
)
_PLEDGE_AFTER = re.compile(rf"^{_POSS}\s+(?:[\w-]+\s+)?(?:pledge|oath|bay'?ah)\b", re.I)
_ACCEPTED = re.compile(rf"{_VERB_LEAD}(?:accepted|welcomed|acknowledged|recogni[sz]ed|received)\s+$", re.I)

# Two groups named together, and what the sentence says of the pair: "CODECO and the Zaire militia, once
# partners, have fought over gold mines"
_HEAD = (
    rf"(?:\s+(?:{_MEN}|militia|militias|group|groups|faction|movement|network|gang|gangs|cartel|cartels|"
    r"organi[sz]ation|organi[sz]ations))?"
)
_ASIDE = r"(?:\s*,\s+(?!which\b|who\b|and\b|(?:the\s+)?two\b)[^,;]{1,50},)?"
# "X and Y, two groups that have fought each other": the pair's apposition, then its verb
_TWO_THAT = (
    r"(?:the\s+)?two\s+(?:[\w-]+\s+)?(?:groups|factions|movements|militias|organi[sz]ations|rivals|outfits|insurgencies)\s+"
    r"(?:that|which|who)\s+"
)
_PAIR_JOIN = re.compile(
    rf"^(?:{_POSS}\s+(?:[\w'’-]+\s+){{0,2}}?(?:faction|wing|fighters|loyalists|men|militants))?(?:\s+{_MEN})?"
    # ("JeM, led by Masood Azhar from his base in Bahawalpur, and LeT")
    # ("X, the faction led by the sons of a jailed drug lord known as "El Viejo", and Y")
    # ("X (XA), known before 2016 as Z, and Y"; "the old X, loyal to Z's line, and Y": a name's gloss)
    r"(?:\s*\([^()]{1,25}\))?"
    rf"(?:\s*,\s+(?:an?|the|led\s+by|headed\s+by|founded\s+by|based\s+in|known\s+(?:[\w-]+\s+){{0,3}}?as|"
    rf"loyal\s+to)\s+[^,;]{{1,70}},)?\s+and\s+"
    r"(?:(?:the|its|their|rival|those\s+of|fighters\s+(?:from|of|loyal\s+to)|"
    r"militants\s+(?:from|of|loyal\s+to)|[\w-]+-(?:backed|led|based|aligned|allied|supported|sponsored)|local|armed|"
    r"jihadist|Islamist|militant|insurgent|so-called)\s+)*$",
    re.I,
)
_PAIR_RIVAL_AFTER = re.compile(
    # ("X and Y (YA) are rivals": the second's acronym first)
    rf"^(?:\s*\([^()]{{1,25}}\))?{_HEAD}{_ASIDE}\s*(?:,\s+(?:(?:which|who)\s+|{_TWO_THAT})?)?\s*(?:(?:{_AUX}|{_ADV}|both|remain|remained)\s+){{0,6}}(?:"
    r"(?:locked|engaged|embroiled|caught|mired|entangled)\s+in\s+(?:an?\s+|their\s+)?(?:(?:bitter|fierce|deadly|long-?running|violent|bloody|"
    r"open|protracted|intense|brutal|years-long|decade-long|escalating|vicious|ongoing)\s+)*"
    r"(?:rivalry|feud|turf\s+war|power\s+struggle|war|conflict|struggle|battle|competition|fight|standoff|"
    r"confrontation|vendetta)\b|"
    r"at\s+(?:war|loggerheads|daggers\s+drawn|odds)\b|"
    r"(?:vied|competed|jostled|jockeyed|vying|competing|jostling|jockeying|compete|vie|jostle|contend|contending|"
    r"contended)\s+(?:(?:fiercely|bitterly|violently|openly|directly)\s+)?(?:for|over|with\s+each\s+other|with\s+one\s+another)\b|"
    r"(?:turned|turn|turning)\s+(?:their\s+guns\s+)?on\s+(?:each\s+other|one\s+another)|"
    # "have engaged in deadly clashes around Lake Chad"
    r"(?:engaged|engage|engaging)\s+in\s+(?:[\w-]+\s+){0,2}?(?:clashes|fighting|battles|skirmishes|infighting|hostilities|"
    r"gunfights|firefights|turf\s+wars?)\b(?!\s+(?:with|against)\s+(?!each\s+other|one\s+another))|"
    r"(?:went|go|gone|going)\s+to\s+war\b|"
    r"(?:traded|trade|trading|exchanged)\s+(?:fire|attacks|blows|accusations\s+and\s+attacks)\b|"
    # "have fought a bitter feud", "have waged a turf war"
    r"(?:fought|fight|fighting|waged|wage|waging)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:feud|turf\s+war|war|rivalry|"
    r"power\s+struggle|vendetta)\b(?!\s+(?:against|on)\b)|"
    r"(?:clash|clashed|clashing|fight|fought|battle|battled|battling|fighting|feud|feuded|feuding)\s+"
    r"(?:(?:repeatedly|regularly|frequently|often|sporadically|fiercely|bitterly|intermittently|openly|again)\s+)?"
    r"(?:(?:(?:with|against)\s+)?(?:each\s+other|one\s+another)|over\s+(?:territory|turf|control|resources|recruits|"
    r"smuggling|mining|gold|routes|the\s+\w+)|for\s+(?:control|supremacy|dominance|territory|influence|turf|"
    r"the\s+upper\s+hand|leadership))|"
    r"(?:bitter|sworn|arch-?|mortal|long-?time|fierce|deadly|implacable|natural|ideological|fierce)\s*"
    r"(?:rivals|enemies|foes|adversaries)\b|"
    r"(?:has|have|had|share)\s+(?:a\s+)?(?:long\s+|bloody\s+|violent\s+)?history\s+of\s+(?:fighting|clashes|conflict|"
    r"rivalry|violence|infighting|feuding|enmity)\b|"
    r"(?:rivals|enemies|foes|adversaries)\b(?!\s+(?:of|to)\b))",
    re.I,
)
# "A and B both claimed the raid, and each accused the other of lying"; "A and B blamed each other": two groups
# that charge one another are at odds (not when the charge is denied); read past a short clause on the pair
_EACH_BLAMES_OTHER = re.compile(
    rf"^{_HEAD}\s*,?\s+(?:(?:(?!(?:not|never|denied|deny|denies|refused|stopped|no)\b)[^;.\s]+,?\s+){{0,6}}?(?:and\s+)?)?"
    r"(?:(?:each|each\s+(?:group|faction|side|movement))\s+(?:(?:has|had|have)\s+)?(?:(?:since|then|later)\s+)?"
    r"(?:accused|blamed|accuses|blames|accusing|blaming)\s+the\s+other|"
    r"(?:accused|blamed|accuse|blame|accusing|blaming)\s+(?:each\s+other|one\s+another))\b",
    re.I,
)
_PAIR_ALLIED_AFTER = re.compile(
    rf"^(?:\s*\([^()]{{1,25}}\))?{_HEAD}{_ASIDE}\s*(?:,\s+(?:(?:which|who)\s+|{_TWO_THAT})?)?\s*(?:(?:{_AUX}|{_ADV}|both|remain|remained|became|become)\s+){{0,6}}"
    # "are accused by India of working in tandem"
    r"(?:(?:accused|suspected|believed|said|reported|known)\s+(?:by\s+[^,;.]{1,30}?\s+)?(?:of|to\s+be)\s+)?(?:"
    r"(?:working|operating|acting|work|operate|act)\s+(?:in\s+tandem|in\s+concert|hand\s+in\s+glove)\b|"
    r"(?:(?:closely|formally|tightly|deeply|inextricably|loosely|firmly|ideologically|increasingly)\s+){0,3}"
    # "A and B have fought as allies for a decade"
    r"(?:(?:operated|operate|operating|acted|act|acting|worked|work|working|fought|fight|fighting|served|serve)\s+as\s+)?"
    r"(?:allied|aligned|intertwined|interlinked|enmeshed|(?:(?:close|natural|long-?time|old|staunch|key|strategic|"
    r"tactical|firm|trusted)\s+)?(?:allies|partners)|"
    r"brothers[- ]in[- ]arms)\b(?!\s+(?:to|with|of|against)\b)|"
    r"(?:cooperate|cooperated|cooperating|collaborate|collaborated|collaborating|coordinate|coordinated|coordinating|"
    r"work\s+together|worked\s+together|working\s+together|fight\s+together|fought\s+together|fighting\s+together|"
    # "members of A and B trained together at a shooting range": shared training is a tie of allies
    r"(?:train|trained|training)\s+(?:together|jointly)|"
    r"fought\s+side\s+by\s+side|fight\s+side\s+by\s+side|operate\s+jointly|operated\s+jointly|joined\s+forces|join\s+forces|"
    r"joining\s+forces|teamed\s+up|team\s+up|united|unite|joined\s+hands|closed\s+ranks)\b(?!\s+(?:with|against)\b)|"
    rf"(?:have|had|maintain|maintained|share|shared|enjoy|enjoyed|built|forged|developed|established)\s+{_STRENGTH}"
    r"(?:ties|links|connections|relations|bonds)\b(?!\s+(?:to|with)\b)|"
    # ("A and B exchange trainers and weapons across the border": goods or men that pass between the two)
    r"(?:share|shared|sharing|exchange|exchanged|exchanging|swap|swapped|swapping|pool|pooled|pooling)\s+"
    r"(?:fighters|resources|weapons|intelligence|bases|safe\s+havens|safe\s+houses|training\s+camps|"
    r"personnel|supply\s+lines|commanders|trainers|instructors|bomb-?makers|explosives\s+experts|expertise|"
    r"arms|recruits)\b|"
    r"(?:formed|forged|announced|sealed|signed|struck|entered\s+into|agreed)\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:alliance|coalition|pact\s+of\s+(?:cooperation|mutual\s+support|mutual\s+defence|mutual\s+defense)|"
    r"cooperation\s+(?:pact|agreement|accord)|partnership|joint\s+command|joint\s+operations\s+room)\b|"
    r"(?:jointly\s+(?:claimed|carried\s+out|conducted|staged|launched|mounted|planned)|"
    r"(?:claimed|carried\s+out|conducted|staged|launched|mounted|planned|run|ran|operate|operated)\s+(?:a\s+|the\s+)?joint\s+"
    r"(?:attacks?|operations?|raids?|offensives?|assaults?|ambush(?:es)?|patrols?|command|camps?|training\s+camps?)))",
    re.I,
)
# "Boko Haram, ISWAP clash near Lake Chad" (a headline); "JNIM and ISSP clash in Mali"
_HEADLINE_JOIN = re.compile(r"^\s*,\s+$")
_CLASH_NOW = re.compile(
    # ("ISGS and JNIM fighters clashed near Menaka": the fighters are the groups)
    rf"^(?:\s+{_MEN})?(?:\s+(?:{_AUX}|{_ADV})){{0,4}}\s+(?:clash|clashed|clashing|feud|feuded|feuding|trade\s+fire|traded\s+fire|vie|compete)"
    # ("Mahmuda and JNIM fighters clashed twice in March")
    r"(?:\s+(?:repeatedly|again|often|regularly|sporadically|frequently|fiercely|violently|twice|"
    r"(?:several|many|multiple|numerous|three|four|five)\s+times))?\b(?!\s+(?:with|against)\b)"
    r"(?=\s+(?:in|near|at|over|around|across|again|anew|for|as|on|outside|inside)\b|\s*[,.;:]|\s*$)",
    re.I,
)
_ALLY_NOW = re.compile(
    r"^\s+(?:ally|join\s+forces|team\s+up|unite|sign\s+(?:an?\s+)?(?:pact|alliance))\b(?!\s+(?:with|against)\b)",
    re.I,
)
# "attacks by ISWAP on Boko Haram", "an offensive by JNIM against ISSP"
_BY_X = re.compile(
    r"\b(?:attacks?|assaults?|offensives?|raids?|ambush(?:es)?|killings?|crackdown|campaign|onslaught|incursions?)\s+by\s+(?:the\s+)?$",
    re.I,
)
_ON_Y = re.compile(rf"^(?:\s+{_MEN})?\s+(?:on|against|targeting)\s+(?:the\s+)?(?:rival\s+)?$", re.I)
# "the turf war between X and Y", "clashes pitting X against Y"
_RIVAL_BEFORE = re.compile(
    r"\b(?:rivalry|rivalries|feud|feuding|fighting|clashes|war|wars|competition|conflict|hostilities|hostility|"
    r"enmity|animosity|struggle|infighting|in-fighting|battles?|skirmishes|bloodletting|violence|"
    r"tit-for-tat\s+(?:killings|attacks)|turf\s+wars?|power\s+struggle|gunfights?|firefights?|confrontations?|showdown|"
    r"front\s*lines?|frontlines?)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    # ("fighting broke out in Kidal city between X and Y": where the fighting began, on the way)
    r"(?:(?:broke\s+out|erupted|flared(?:\s+up)?)\s+(?:in|near|around|across|inside)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,3}?)?"
    r"between\s+(?:the\s+)?(?:rival\s+)?(?:(?:militants|fighters|factions|groups|jihadists|members)\s+"
    r"(?:of|from|loyal\s+to)\s+(?:the\s+)?)?$",
    re.I,
)
# "Two rival cartels, the A and the B, claimed the town": the pair named as rivals before it is named
_TWO_RIVALS_BEFORE = re.compile(
    r"\b(?:two|the\s+two|both)\s+(?:(?:bitterly|fiercely)\s+)?(?:rival|competing|warring|feuding)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:groups|factions|militias|movements|gangs|cartels|organi[sz]ations|outfits|insurgencies|networks)\s*[,:]\s+"
    r"(?:the\s+)?$",
    re.I,
)
_POSSESSOR_LAST = re.compile(r"(?:al-|Al-)?[A-Z][\w'’-]*(?:\s+(?:al-)?[A-Z][\w'’-]*){0,3}(?:'s|’s)\s+$")
_AND_POSSESSED = re.compile(
    r"^\s+and\s+(?:the\s+)?(?:al-|Al-)?[A-Z][\w'’-]*(?:\s+(?:al-)?[A-Z][\w'’-]*){0,3}(?:'s|’s)\s+$"
)
_HELPED = re.compile(r"\b(?:helped|helping|helps|help|assisted|assisting|aided|aiding)\s+(?:the\s+)?$", re.I)
_HUNT = re.compile(
    r"^\s+(?:to\s+)?(?:hunt(?:\s+down)?|fight|attack|battle|drive\s+out|push\s+back|root\s+out|track\s+down|"
    r"target|defeat|crush|expel|dismantle|destroy)\s+(?:the\s+)?(?:rival\s+)?$",
    re.I,
)
_PITTING = re.compile(r"\b(?:pitting|pitted|pits|pitches|pitching)\s+(?:the\s+)?(?:rival\s+)?$", re.I)
_AGAINST = re.compile(rf"^(?:\s+{_MEN})?\s+against\s+(?:the\s+)?(?:rival\s+)?$", re.I)
_ALLIED_BEFORE = re.compile(
    r"\b(?:alliance|coalition|partnership|cooperation|collaboration|co-?ordination|axis|pact|bloc|collusion|"
    r"nexus|rapprochement|marriage\s+of\s+convenience|joint\s+(?:operations?|attacks?|statement|command|"
    r"operations\s+room|offensive|campaign|claim|raids?))\s+(?:[\w-]+\s+){0,2}?(?:between|of|by|comprising|including|"
    r"grouping|uniting|bringing\s+together|made\s+up\s+of|involving|formed\s+by|linking)\s+(?:the\s+)?$"
    # "The attack was carried out jointly by X and Y"
    r"|\b(?:carried\s+out|claimed|staged|launched|mounted|conducted|planned|led|waged|fought)\s+jointly\s+by\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "X and Y's turf war", "X and Y's alliance"
_PAIR_POSS_RIVAL = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:rivalry|feud|turf\s+war|war|conflict|fighting|clashes|enmity|competition|"
    r"infighting|hostility)\b",
    re.I,
)
_PAIR_POSS_ALLIED = re.compile(
    rf"^{_POSS}\s+(?:(?!(?:former|past|broken|short-lived|failed|erstwhile|alleged)\b)[\w-]+\s+){{0,2}}?"
    r"(?:alliance|partnership|cooperation|collaboration|pact|coalition)\b",
    re.I,
)


# "the Islamic State, which the Taliban have fought since 2015": the verb after the second name is its own
_WHICH_OBJECT = re.compile(r"^\s*,?\s+(?:which|whom|that)\s+(?:the\s+)?$", re.I)
_OBJECT_VERB = re.compile(
    rf"^(?:\s+{_MEN})?\s+(?:(?:{_AUX}|{_ADV}|both)\s+){{0,6}}(?:"
    r"(?P<rival>fought|fights|battled|battles|attacked|attacks|targeted|targets|hunted|hunts|opposed|opposes|"
    r"defeated|crushed|routed|expelled|ousted|(?:been\s+)?(?:fighting|battling|hunting|targeting)|"
    # ("which al-Shabaab regards as a bitter rival", "which the group calls its main enemy")
    r"(?:considers?|considered|regards?|regarded|sees|views?|viewed|brands?|branded|calls?|called)\s+(?:as\s+)?"
    r"(?:an?\s+|its\s+|their\s+)?(?:(?:bitter|main|chief|principal|sworn|mortal|greatest|biggest|fiercest|deadliest|"
    r"most\s+dangerous|arch-?)\s*)?(?:enemy|enemies|rival|rivals|foe|adversary|apostates?|heretics?|infidels?)|"
    r"(?:was|is|has\s+been)\s+at\s+war\s+with|clashed\s+with|competes\s+with|vies\s+with)"
    r"|(?P<ally>backs|backed|supports|supported|armed|arms|funds|funded|trained|trains|shelters|sheltered|"
    r"harbou?rs|harbou?red|protects|protected|sponsors|sponsored|fought\s+alongside|pledged\s+allegiance\s+to|"
    r"swore\s+allegiance\s+to|allied\s+(?:itself|themselves)\s+with|works\s+with|worked\s+with|"
    r"cooperates\s+with|cooperated\s+with|"
    # "Hamas, which the Houthis describe as partners in an axis of resistance"
    r"(?:describes?|described|considers?|considered|regards?|regarded|sees|views?|viewed|calls?|called|hails?|hailed)\s+"
    r"(?:as\s+)?(?:an?\s+|its\s+|their\s+)?(?:(?:close|closest|key|main|strategic|natural|trusted|staunchest|"
    r"most\s+important|most\s+reliable)\s+)?"
    # ("... described as a partner but now calls an enemy": what it was called once is not what it is)
    r"(?:ally|allies|partner|partners|comrades|brothers)(?!\s+(?:of|to)\b)(?![^.;]{0,40}\bbut\b)))\b",
    re.I,
)


_FORMER_KIN = re.compile(
    r"\s(?:its|their)\s+(?:former|erstwhile|one-?time|onetime|ex-)\s*(?:ally|allies|partners?|patrons?|comrades?|rivals?|enem(?:y|ies)|foes?)"
    r"\s*,?\s+(?:the\s+)?$",
    re.I,
)


# "Al-Shabaab is based in Puntland, where it competes with ISS": the pronoun is the first name's
_IT_THEN = re.compile(
    r"^[^;:()]{0,100}?(?:,\s+|\s+)(?:where\s+(?:it|they)|(?:and|but|while|whereas)\s+it)\s+"
    r"(?=(?:has|have|had|is|are|was|were|also|still|now|long|often|regularly|repeatedly|\w+(?:s|ed|es)\b))",
    re.I,
)


_RELATIVE = re.compile(r"^\s*,?\s+(?:that|which|who|whose)\b", re.I)
_ACCUSED_BEFORE = re.compile(
    r"\baccus(?:ed|es|ing|e)\s+(?:the\s+)?(?:(?:[^;.]{0,80}?)\s+and\s+(?:the\s+)?(?:[\w-]+\s+)?)?$", re.I
)
_OF_DOING = re.compile(r"^(?:\s*\([^()]{1,25}\))?\s+of\s+(?=[a-z]+ing\b)")
_COUNTS = re.compile(
    # ("X, a coalition of local gangs that controls the area, counts Y among its allies": past the apposition;
    # "X, a coalition that controls the area and counts Y among its allies": the apposition's second verb)
    rf"^(?:{_APPOS}|\s*,\s+(?:a|an|the)\s+[^,;]{{0,150}}?\s+and(?=\s+counts?\b))?"
    rf"\s*,?\s+(?:(?:{_AUX}|{_ADV})\s+)*(?:counts?|counted|counting|lists?|listed|numbers?|numbered|includes?|included)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_AMONG_ITS_KIN = re.compile(
    r"^\s+(?:as\s+)?(?:one\s+of\s+|among\s+)(?:its|their)\s+(?:(?:closest|close|main|key|chief|most\s+important|"
    r"staunchest|bitterest|fiercest|main|principal|sworn)\s+)?(?P<kin>allies|partners|backers|rivals|enemies|foes|"
    r"adversaries)\b",
    re.I,
)
# One group charging another with harm done to it: "X (has) accused Y of killing ...", "X blamed Y for the attack"
_ACCUSES = re.compile(
    rf"^\s*,?\s+(?:(?:{_AUX}|{_ADV}|publicly|swiftly|quickly|immediately|angrily)\s+)*"
    r"(?:accus(?:ed|es|ing)|blamed|blames|blaming)\s+(?:the\s+)?(?:rival\s+)?$",
    re.I,
)
_OF_HARM = re.compile(
    rf"^(?:\s+{_MEN})?\s+(?:of\s+(?:(?:repeatedly|deliberately|secretly|systematically)\s+)?(?:killing|attacking|"
    r"murdering|assassinating|kidnapping|abducting|ambushing|targeting|executing|beheading|betraying|massacring|"
    r"treachery|treason|apostasy|heresy|waging\s+war)|for\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:killing|killings|murder|murders|assassination|attack|attacks|bombing|ambush|kidnapping|massacre|"
    r"beheading|execution)s?)\b",
    re.I,
)
_MEN_OF = re.compile(rf"\b(?:{_MEN}|khwarij|khawarij|elements|remnants)\s+of\s+(?:the\s+)?$", re.I)
# A name a preposition governs ("a member of the alliance", "a clash with the rival X"): no clause's subject
_GOVERNED = re.compile(
    r"\b(?:of|from|by|with|to|for|against|than|within|among|during|after|before|since)\s+(?:the\s+)?(?:rival\s+)?$",
    re.I,
)
_HEAD_OF = re.compile(r"\b(?:of|from|by|with|to|for|against|than|within|among)\s+(?:the\s+)?$", re.I)


_APPOSED_MODIFIER = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?$", re.I)


def _only_apposed_modifiers(s: Sentence, a: Mention, b: Mention, between: str) -> bool:
    """Whether the only groups between two names describe the first in an apposition: in "ISKP, the Islamic State
    affiliate which considers the TTP apostates" the clause is ISKP's, and IS only says what ISKP is."""
    others = [
        m for m in s.mentions if m.type is G and a.end <= m.start and m.end <= b.start and not _same(m, a)
    ]
    return bool(others) and all(
        _MODIFIER_AFTER.match(s.after(m, 30))
        and _APPOSED_MODIFIER.match(s.text[a.end - s.start : m.start - s.start])
        for m in others
    )


def _only_tags(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether the only group between two names is the patron a compound names before the second: "seized the town
    from the HTS-backed Y"."""
    others = [
        m for m in s.mentions if m.type is G and a.end <= m.start and m.end <= b.start and not _same(m, a)
    ]
    return (
        len(others) == 1 and _TAGGED_BY.match(s.text[others[0].end - s.start : b.start - s.start]) is not None
    )


def _plain(s: Sentence, a: Mention, b: Mention, between: str) -> str:
    """`between` without what changes nothing: places (as a token), people (as a token) and times."""
    for m in s.mentions:
        if a.end <= m.start and m.end <= b.start and m.type in (L, P) and m.text:
            between = between.replace(m.text, _PLACE if m.type is L else "\x01", 1)
        # "seized the town from the HTS-backed Y": the group a compound names before the second only describes it
        elif (
            a.end <= m.start
            and m.end <= b.start
            and m.type is G
            and (tag := _TAGGED_BY.match(s.text[m.end - s.start : b.start - s.start])) is not None
        ):
            between = between.replace(m.text + tag.group(), "", 1)
    # "JNIM — which is aligned with al-Qaeda —", "X (allied with Y)": a dash or a bracket opens an aside
    between = re.sub(r"^\s*(?:[—–(]|\s-)\s*", ", ", between)
    # "X's main rival, however, is Y"; "X, in turn, has armed Y": a word on how the sentence follows the last
    between = _DISCOURSE_ASIDE.sub("", between)
    # "has been the Kurdish-led SDF": who leads or backs the second says nothing of how the two relate
    between = _COMPOUND_LAST.sub(" ", between)
    # "has trained and supplied Y": two verbs of one kind share their object, read as the first the rules know
    between = _TWO_VERBS.sub(_one_verb, between)
    between = _TIME.sub("", between)
    between = _BOTH.sub("", between)
    between = _IN_PLACE.sub("", between)
    # "X, an older group active in Kashmir that has competed with Y": the kind's place gone, its clause is X's
    between = _KIND_ACTIVE.sub(r"\1", between)
    # "works with Mexico's Jalisco New Generation Cartel": the place that owns the second name is no verb's object
    between = _PLACE_POSS_LAST.sub(" ", between)
    # "is fighting both Niger's army and the rival JNIM": "both" opens the list the next name heads
    between = _BOTH_LAST.sub(" ", between)
    # "receives weapons from Iran and Hezbollah": the places listed first leave the preposition to the group
    between = _PLACES_FIRST.sub("", between)
    # "has clashed with bandits and with Boko Haram": others named first, in plain words
    between = _OTHERS_FIRST.sub("", between)
    # "has denounced the Central Asian factions and the TIP as apostates": others a brand names first
    return _BRANDED_OTHERS_FIRST.sub("", between)


_KIND_ACTIVE = re.compile(
    r"\b((?:group|movement|militia|faction|outfit|network|organi[sz]ation)\s+)(?:active|based|operating)\s+(?=(?:that|which)\s)",
    re.I,
)
_COMPOUND_LAST = re.compile(
    r"(?<=\s)(?-i:[A-Z])\w*-(?:led|backed|aligned|allied|based|linked|funded|dominated|supported|controlled)\s+$"
)
_DISCOURSE_ASIDE = re.compile(
    r"\s*,\s+(?:however|though|meanwhile|moreover|in\s+turn|in\s+fact|by\s+contrast|for\s+(?:its|their)\s+part|"
    r"(?:analysts|officials|experts|observers|diplomats|residents)\s+(?:say|said|believe|note|noted))\s*,(?=\s)",
    re.I,
)
# "armed and funded", "trained and supplied": verbs of backing, the first of which `_LEAGUE` may not know
_BACKING_VERBS = (
    "trained", "armed", "funded", "financed", "equipped", "bankrolled", "sponsored", "sheltered", "harboured",
    "harbored", "supplied", "backed", "supported", "protected", "hosted", "reinforced",
)  # fmt: skip
_TWO_VERBS = re.compile(
    rf"(?<=\s)(?P<one>{'|'.join(_BACKING_VERBS)})\s+and\s+(?P<two>{'|'.join(_BACKING_VERBS)})(?=\s)", re.I
)
# (the first of these `_LEAGUE` reads bare, before any object)
_BARE_BACKING = frozenset(
    {"trained", "armed", "funded", "financed", "equipped", "bankrolled", "sponsored", "reinforced"}
)


def _one_verb(m: re.Match[str]) -> str:
    """Of two verbs of backing joined by "and", the one the rules read without an object after it."""
    return m.group("one") if m.group("one").casefold() in _BARE_BACKING else m.group("two")


# "the ISKP-linked X", "the SDF-affiliated Y": a patron named as the first half of a compound
_TAGGED_BY = re.compile(
    r"-(?:affiliated|backed|aligned|allied|linked|led|dominated|controlled|supported)\s+$", re.I
)
_BRANDED_OTHERS_FIRST = re.compile(
    r"(?:(?<=considers\s)|(?<=considered\s)|(?<=regards\s)|(?<=regarded\s)|(?<=branded\s)|(?<=brands\s)|"
    r"(?<=labelled\s)|(?<=labeled\s)|(?<=denounced\s)|(?<=denounces\s)|(?<=declared\s)|(?<=condemned\s))"
    r"(?:both\s+)?the\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*s\s*(?:,\s*and|and)\s+(?=(?:the\s+)?$)"
)


_ADJUNCT_BACKING = re.compile(r"^\s*,?\s*(?:with|under)\s+the\s", re.I)
_BOTH_LAST = re.compile(r"(?<=[a-z])\s+both\s+$", re.I)
_PLACE_POSS_LAST = re.compile(r"\s\x00\s*(?:'s|’s|')\s+$")
_PLACES_FIRST = re.compile(
    r"(?:(?<=\bfrom\s)|(?<=\bwith\s)|(?<=\bto\s)|(?<=\bby\s))(?:the\s+)?\x00(?:\s*,\s*(?:the\s+)?\x00)*\s*(?:,\s*and|,|and)\s+(?=(?:the\s+)?$)",
    re.I,
)


_OTHERS_FIRST = re.compile(
    # ("is fighting both the army and the rival JNIM": the others named first after a verb of fighting)
    r"(?:(?<=\bwith\s)|(?<=\bagainst\s)|(?<=\balongside\s)|(?<=\bfighting\s)|(?<=\bfought\s)|(?<=\bfights\s)|"
    # (not "have fought each other for years, and the Y": the two fought one another, and a comma opens a new
    # clause; but "clashed with each other and with the Y" is a list)
    r"(?<=\bbattling\s)|(?<=\bbattled\s))(?!(?:each\s+other|one\s+another)\b[^,;]*,\s*and\s+(?!with\b|against\b))"
    r"(?:both\s+)?(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s*"
    r"(?:,\s*and|,|and)\s+(?:with\s+|against\s+|alongside\s+)?(?=(?:the\s+)?(?:rival\s+)?$)"
)


# ", which was founded ... and is fighting": a relative clause on the subject, read as its verb phrases
_BRACKETED = re.compile(r"\s*\([^()]{1,25}\)")
_WHICH_OPENS = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:which|who)\s+(?=[a-z])")
# "X, also spelled Q, has ...": the subject's other spelling, set off by commas
_SPELLED_ASIDE = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:(?:also|alternatively|sometimes|often)\s+)?(?:written|spelled|spelt|transliterated|rendered)"
    r"\s+(?:as\s+)?[^,;()]{1,80},(?=\s)",
    re.I,
)
# "X, which severed ties with Y in 2016, has ...": an aside between a subject and its verb
_ASIDE_CLAUSE = re.compile(
    r"^\s*,\s+(?:(?:which|who|that)\s+|(?:a|an|the|once|formerly)\s+)[^,;]{0,100}?,(?=\s)", re.I
)


def _verbs(
    s: Sentence, a: Mention, b: Mention, plain: str, after_b: str, own: bool, changed: bool
) -> Iterator[Found]:
    """What a's verb does to b: `plain` is the text between them with places, times and asides gone."""
    # "ISWAP fighters clashed with Boko Haram": the fighters are the group
    men = _LEAD_MEN.match(plain)
    core = " " + plain[men.end() :].lstrip() if men else plain
    # "X has clashed with its former ally Y": what the two were is past, what X does now is not
    unkind = _FORMER_KIN.sub(" ", core)
    if own and (changed or men or unkind != core):
        # what `groups` reads in the plain words, once the place, the time or the fighters are gone
        if RIVAL.match(unkind):
            yield Found(a, Predicate.RIVAL_OF, b, 0.7)
        elif unkind == core and ALLIED.match(core) and not _POSS_CREED_AFTER.match(after_b):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
    if own and (
        (_KILLED_MEN.match(core) and _MEN_AFTER.match(after_b))
        or _KILLED_MEN_OF.match(core)
        or _BEAT.match(core)
        or (_DRIVE.match(core) and _DRIVE_AFTER.match(after_b))
        or (
            (driving := _DRIVING.match(core)) is not None
            and (driving.group("drive") is None or _DRIVE_AFTER.match(after_b) is not None)
        )
        or _LOST_TO.match(core)
        or _TOOK_FROM.match(core)
        or (_BRANDS.match(core) and _BRANDED_AFTER.match(after_b))
        or (_INTO_TURF.match(core) and _TURF_AFTER.match(after_b))
    ):
        yield Found(a, Predicate.RIVAL_OF, b, 0.7)
    # "ISWAP broke away from Boko Haram with the backing of IS": a bare "with the backing of" after a
    # preposition's object is said of the clause's subject, not of that object
    adjunct = _ADJUNCT_BACKING.match(core) is not None and _HEAD_OF.search(s.before(a, 20)) is not None
    if own and (
        (_LEAGUE.match(core) and not adjunct)
        or (_HOSTS_MEN.match(core) and _MEN_AFTER.match(after_b))
        or (_PROVIDES.match(core) and _WITH_ARMS.match(after_b))
        or _OATH_TO_LEADER.match(core)
        or _OBEDIENCE.match(core)
        or _BUYS_ARMS.match(core)
        or (_FOUGHT_FOR.match(core) and not re.match(r"^(?:'s|’s|')", after_b))
        or _ACCEPTED_PLEDGE.match(core)
        or (_ACCEPTED.match(core) and _PLEDGE_AFTER.match(after_b))
    ):
        sub = "pledgedAllegianceTo" if re.search(r"allegiance|loyalty|bay'?ah|fealty", core, re.I) else None
        yield Found(a, Predicate.ALLIED_WITH, b, 0.7, sub)


def _listed_after(s: Sentence, a: Mention, b: Mention, own: bool) -> Iterator[Found]:
    """ "The Houthis have fought the Saudi-led coalition and AQAP": what a does to the first of a list, it does to b.

    Lists of groups alone are read by `_alliance_sentence`; this reads those an organisation opens.
    """
    items = [m for m in s.mentions if m.type in (O, G) and a.end <= m.start and m.end <= b.start]
    if not items or not _LIST_SEP.match(s.between(items[-1], b)) or not _LIST_END.match(s.after(b, 30)):
        return
    first = items[-1]
    for m in reversed(items[:-1]):
        if not _LIST_SEP.match(s.between(m, first)):
            break
        first = m
    if first.type is G or any(m.type is G for m in items if m.start >= first.start):
        return
    plain = _plain(s, a, first, s.between(a, first))
    yield from _verbs(s, a, b, plain, s.after(first, 60), own, True)


def _key(found: Found) -> tuple[Predicate, frozenset[tuple[int, int]]]:
    """Alliances and rivalries go both ways: one key for either direction."""
    return found.predicate, frozenset(
        {(found.subject.start, found.subject.end), (found.object.start, found.object.end)}
    )


def _read(
    s: Sentence, a: Mention, b: Mention, between: str, after_b: str
) -> set[tuple[Predicate, frozenset[tuple[int, int]]]]:
    """What `groups` and this module read of the pair a, b (a first)."""
    return {
        _key(f) for f in (*_group_pair(s, a, b, between, after_b), *_pair_rules(s, a, b, between, after_b))
    }


# "X, the armed wing of Y, has been ...": a group inside an apposition of the subject
_IN_APPOSITION = re.compile(r",\s+(?:the|a|an|its)\s+[^,;]{0,50}\b(?:of|to|for)\s+(?:the\s+)?$", re.I)


def _unapposed_group_between(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether a group other than `a` stands between the two, outside an apposition of `a`'s."""
    return any(
        m.type is G
        and a.end <= m.start
        and m.end <= b.start
        and not _same(m, a)
        and not _IN_APPOSITION.search(s.before(m, 80))
        # ("the armed wing of the Kachin Independence Organisation (KIO)": the acronym goes with its name)
        and not s.before(m, 2).rstrip().endswith("(")
        for m in s.mentions
    )


# ("the army's police", "army spokesman": a force named only as a modifier is not the force)
_NOT_A_FORCE = re.compile(
    r"\b(?:police|gendarmerie|ministry|government|council|court|agency|intelligence)\b", re.I
)


def _armed_force(m: Mention) -> bool:
    """A state's army or a military force (the Tatmadaw, the Rwanda Defence Force), which may be a group's ally."""
    return (
        m.type is O
        and m.subtype == "Military"
        and not _NOT_A_FORCE.search(m.name)
        and not _NOT_A_NAME.match(m.text)
    )


def _as_group(m: Mention) -> Mention:
    """The force read as a group by the rules that join two groups."""
    return dataclasses.replace(m, type=G)


def _back(found: Found, stand_in: Mention, force: Mention) -> Found:
    """The finding with the force's own mention in place of its stand-in."""
    if found.subject is stand_in:
        return dataclasses.replace(found, subject=force)
    if found.object is stand_in:
        return dataclasses.replace(found, object=force)
    return found


def _force_ally(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """ "M23 is supported by the Rwanda Defence Force"; "accused ARSA of fighting alongside the Tatmadaw": a group
    and a state's force are allies when the words say so (only alliances: a group fighting an army is its war,
    not a rivalry of two groups)."""
    if a.type is G and _armed_force(b):
        force, x, y = b, a, _as_group(b)
        stand_in = y
    elif b.type is G and _armed_force(a):
        force, x, y = a, _as_group(a), b
        stand_in = x
    else:
        return
    seen: set[tuple[Predicate, frozenset[tuple[int, int]]]] = set()
    for found in (*_group_pair(s, x, y, between, after_b), *_pair_rules(s, x, y, between, after_b)):
        if found.predicate is Predicate.ALLIED_WITH and _key(found) not in seen:
            seen.add(_key(found))
            yield _back(found, stand_in, force)


# "X fighters, loyal to P, have since fought alongside Y gunmen against Z": the subject, then its companion
_FOUGHT_ALONGSIDE = re.compile(
    rf"^(?:\s*\([^()]{{1,25}}\))?(?:\s+{_MEN}\b(?:\s+(?!(?:which|who|that)\b)[^;.]{{0,70}}?)?)?\s+"
    r"(?:(?:has|have|had|will|would|could)\s+)?(?:(?:since|also|often|at\s+times|repeatedly|reportedly|then|now)\s+)*"
    r"(?:fought|fight|fights|fighting|battled|battles)\s+(?:alongside|side\s+by\s+side\s+with|together\s+with)\s+(?:the\s+)?$",
    re.I,
)
# "X has fought the army, the Tatmadaw, side by side with Y": the companion named after the foe
_FOUGHT_FOE_ALONGSIDE = re.compile(
    r"^\s+(?:(?:has|have|had)\s+)?(?:(?:since|also|often|at\s+times|repeatedly)\s+)*(?:fought|battled)\s+"
    r"(?:the\s+)?(?!(?:which|who|that|and|but|as)\b)[^;.]{1,60}?(?<!\bwhich)(?<!\bwho)"
    r"\s+(?:side\s+by\s+side\s+with|alongside|together\s+with)\s+(?:the\s+)?$",
    re.I,
)


_AFTER_FIGHTING_WITH = re.compile(
    rf"^(?:\s*\([^()]{{1,25}}\))?(?:\s+{_MEN}\b)?\s+(?!(?:which|who|that|and|but)\b)[^;]{{0,120}}?\b"
    r"(?:after|following|amid|during)\s+(?:(?:a|an|two|three|four|five|several|many|\d+)\s+)?"
    r"(?:(?:days?|weeks?|hours?|months?|nights?)\s+of\s+)?(?:(?:heavy|fierce|intense|renewed|bitter)\s+)?"
    r"(?:fighting|clashes|battles)\s+with\s+(?:the\s+)?$",
    re.I,
)
# "X fired rockets at Y from October 2023, in coordination with Z": what the subject did, it did with Z
_IN_COORDINATION_WITH = re.compile(
    rf"^(?:\s*\([^()]{{1,25}}\))?(?:\s+{_MEN}\b)?\s+(?!(?:which|who|that|and|but|said|says)\b)[^;]{{0,120}}?,?\s+"
    r"in\s+(?:(?:close|direct|full)\s+)?(?:coordination|co-ordination|cooperation|concert)\s+with\s+(?:the\s+)?$",
    re.I,
)
_MEN_WHO_RIVALS_FROM = re.compile(
    rf"^\s+{_MEN}\s+(?:who|that)\s+[^;.]{{0,60}}?\b(?:rivals|enemies|foes)\s+(?:from|of|belonging\s+to)\s+(?:the\s+)?$",
    re.I,
)
_TRAFFICS_FOR = re.compile(
    rf"^(?:\s+{_MEN}\b)?(?:\s+(?:in|from|based\s+in)\s+[^;.]{{0,60}}?)?\s+"
    r"(?:(?:now|also|still|reportedly|allegedly|have|has|had|long)\s+)*"
    r"(?:move|moves|moved|moving|smuggle|smuggles|smuggled|smuggling|traffic|traffics|trafficked|trafficking|"
    r"ship|ships|shipped|shipping|distribute|distributes|distributed|distributing|sell|sells|sold|selling|"
    r"launder|launders|laundered|laundering)\s+(?:[\w-]+\s+)?"
    r"(?:cocaine|heroin|fentanyl|methamphetamine|meth|drugs|narcotics|marijuana|weapons|arms|guns|migrants|money|cash)"
    r"\s+(?:[\w-]+\s+){0,3}?for\s+(?:the\s+)?$",
    re.I,
)


def _alongside(s: Sentence, a: Mention, b: Mention, between: str) -> Iterator[Found]:
    """ "X has fought alongside Y against Z": X and Y are allies, both Z's rivals; "X fought Z alongside Y": allies."""
    if _FOUGHT_FOE_ALONGSIDE.match(between) and not re.search(
        r",\s+(?:which|who|that|whose)\s", between, re.I
    ):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
    companions = [
        m
        for m in s.mentions
        if m.type is G
        and a.end <= m.start
        and m.end <= b.start
        and not _same(m, a)
        and not _same(m, b)
        and _FOUGHT_ALONGSIDE.match(_between(s, a, m))
        and _AGAINST.match(s.text[m.end - s.start : b.start - s.start])
    ]
    if len(companions) != 1 or any(
        m.type is G and a.end <= m.start and m.end <= companions[0].start for m in s.mentions
    ):
        return
    y = companions[0]
    yield Found(a, Predicate.ALLIED_WITH, y, 0.65)
    yield Found(a, Predicate.RIVAL_OF, b, 0.65)
    yield Found(y, Predicate.RIVAL_OF, b, 0.65)


# "FDLR fighters, including its CRAP special forces unit, fought alongside Y": an aside naming the subject's own parts
_INCLUDING_ITS = re.compile(
    r",\s+(?:including|among\s+them|notably)\s+(?:its|their)\s+[^,;()]{1,60},(?=\s)",
    re.I,
)


def _past_own_parts(s: Sentence, a: Mention, b: Mention) -> Sentence | None:
    """The sentence with an aside right after `a` (or its men) that names a's own parts blanked out, and the
    names inside it dropped: the verb after the aside is a's, the part named in it is no third party."""
    raw = s.between(a, b)
    if (aside := _INCLUDING_ITS.search(raw)) is None or not re.match(
        rf"^(?:\s+{_MEN})?$", raw[: aside.start()], re.I
    ):
        return None
    lo, hi = a.end + aside.start(), a.end + aside.end()
    text = s.text[: lo - s.start] + " " * (hi - lo) + s.text[hi - s.start :]
    kept = tuple(m for m in s.mentions if not (lo <= m.start and m.end <= hi))
    return dataclasses.replace(s, text=text, mentions=kept)


def _sole_subject(s: Sentence, a: Mention, b: Mention, between: tuple[EntityType, ...]) -> bool:
    """Whether `a` is the first body the sentence names and no other of the `between` kinds stands before `b`."""
    return not any(m.type in (G, O) and m.end <= a.start and not _same(m, a) for m in s.mentions) and not any(
        m.type in between and a.end <= m.start and m.end <= b.start and not _same(m, a) for m in s.mentions
    )


def _alliance_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """Two groups, a before b: the alliances and rivalries `groups` leaves unread (each once)."""
    if descriptor_before_name(s, b):
        return
    if (masked := _past_own_parts(s, a, b)) is not None:
        yield from _alliance_pair(masked, a, b, _between(masked, a, b), masked.after(b, 60))
    # ('X "works hand in hand with Y"': the quotation marks of a quoted verb phrase are no words)
    between, after_b = _unquoted(between, after_b)
    yield from _force_ally(s, a, b, between, after_b)
    if a.type is G and b.type is G and not _same(a, b):
        yield from _alongside(s, a, b, between)
        # "X overran the town on Monday after two days of fighting with Y militiamen": the subject fought Y
        if _AFTER_FIGHTING_WITH.match(between) and _sole_subject(s, a, b, (G,)):
            yield Found(a, Predicate.RIVAL_OF, b, 0.65)
        # "X fired rockets, in coordination with Y": the subject's own deed, done with another group
        if (
            _IN_COORDINATION_WITH.match(between)
            # ("JNIM attacked the base, and the army replied in coordination with Y": another subject's clause)
            and not re.search(
                r",\s+(?:which|who|that|whose)\s|,\s*(?:and|but|while)\s|"
                r"\b(?:accused|blamed|said|says|claimed|denied|denies|deny|rejected|rejects|not|never|no)\b",
                between,
                re.I,
            )
            and _sole_subject(s, a, b, (G, O))
        ):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
        # "X members who stormed a wing holding rivals from Y": the men's rivals are the group's
        if _MEN_WHO_RIVALS_FROM.match(between):
            yield Found(a, Predicate.RIVAL_OF, b, 0.65)
        # "MS-13 cells now move cocaine for the Sinaloa Cartel": one group's men work the other's trade
        if _TRAFFICS_FOR.match(between) and not re.match(r"^(?:'s|’s)", after_b):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
    if a.type is O and b.type is G:
        yield from _body_kin(s, a, b, between, after_b)
    if a.type is not G or b.type is not G:
        return
    seen = {_key(f) for f in _group_pair(s, a, b, between, after_b)}
    for found in kin_of_object(s, a, b, between, after_b, _pair_rules(s, a, b, between, after_b)):
        if _key(found) not in seen:
            seen.add(_key(found))
            yield found


# ("Fatah, Hamas's long-standing rival": only the plain kin nouns, never a backer or a patron)
_BODY_KIN_WORD = re.compile(
    r"^(?:ally|allies|partner|partners|rival|rivals|enemy|enemies|foe|foes|arch-?rival|archrival)$"
)


def _body_kin(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """ "Fatah, Hamas's long-standing rival": a movement the tagger took for an organisation, named in apposition
    as a group's rival or ally, is that group's rival or ally."""
    if _NOT_A_NAME.match(a.text) or not _X_COMMA_POSS.match(between) or DESCRIBED.search(s.before(a, 40)):
        return
    if (kin := _POSS_KIN_AFTER.match(after_b)) is None or not _BODY_KIN_WORD.match(
        kin.group("kin").casefold()
    ):
        return
    rival = kin.group("kin").casefold().startswith(("rival", "enem", "foe", "arch"))
    yield Found(a, Predicate.RIVAL_OF if rival else Predicate.ALLIED_WITH, b, 0.65)


# "al-Qaeda's Syrian loyalists in Hurras al-Din", "al-Qaeda loyalists in X": the men of X are loyal to Y
_LOYALISTS_IN = re.compile(
    # (one word may say which of them: "Syrian", "remaining"; but not "Hamas and loyalists in Fatah")
    rf"^(?:{_POSS})?\s+(?:(?!(?:and|or|the|but)\b)[\w-]+\s+)?loyalists\s+(?:in|within|inside|of)\s+(?:the\s+)?$",
    re.I,
)
# "Hurras al-Din, al-Qaeda's Syrian loyalists and a rival of HTS": apposed, the loyalists are the group
_LOYALISTS_AFTER = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+)?loyalists\b(?!\s+(?:in|within|inside|of)\b)",
    re.I,
)


def _pair_rules(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """Two groups, a before b: every alliance and rivalry this module's rules read."""
    if a.type is not G or b.type is not G or _same(a, b):
        return
    # "the Taliban, for their part, remain al-Qaeda's most important ally": the copula's subject is the kin named
    if (
        _IS_POSS_KIN.match(_DISCOURSE_ASIDE.sub("", between))
        and (kin := _POSS_KIN_AFTER.match(after_b)) is not None
    ):
        rival = kin.group("kin").casefold().startswith(("rival", "enem", "foe", "nemesis", "arch", "advers"))
        yield Found(a, Predicate.RIVAL_OF if rival else Predicate.ALLIED_WITH, b, 0.7)
    if _LOYALISTS_IN.match(between) and not _other_group_between(s, a, b):
        yield Found(b, Predicate.ALLIED_WITH, a, 0.65)
    if _AND_THEIR_ALLIES_IN.match(between):
        # "PKK guerrillas and their Syrian allies in the YPG": the allies are named after "in"
        yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
    if _X_COMMA_POSS.match(between) and _LOYALISTS_AFTER.match(after_b):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
    # "fought the IS branch", "fought the BRA's rivals", "another group of FARC dissidents": not the group named
    # (but in "Hamas, one of Hezbollah's allies" the kin word is what the pair says)
    if (
        _MODIFIER_AFTER.match(after_b) or KIN_AFTER.match(after_b) or DESCRIBED.search(s.before(a, 40))
    ) and not _X_COMMA_POSS.match(between):
        return
    plain = _plain(s, a, b, between)
    # "Jamaat-ul-Ahrar, also spelled Jamat ul Ahrar, left the TTP in 2014 and later pledged loyalty to IS": another
    # spelling of the subject's own name says nothing of what it did
    if (spelled := _SPELLED_ASIDE.match(plain)) is not None:
        plain = " " + plain[spelled.end() :].lstrip()
    # "Two rival factions, al-Qaeda's Hurras al-Din and the Islamic State's Jund al-Aqsa": each named with its parent
    if (
        _AND_POSSESSED.match(between)
        and _TWO_RIVALS_BEFORE.search(_POSSESSOR_LAST.sub("", s.before(a, 90)))
        and _LIST_END.match(after_b)
    ):
        yield Found(a, Predicate.RIVAL_OF, b, 0.65)
    if (kin := _POSS_KIN_IS.match(plain)) is not None:
        rival = kin.group("kin").casefold().startswith(("rival", "enem", "foe", "nemesis", "arch", "advers"))
        yield Found(a, Predicate.RIVAL_OF if rival else Predicate.ALLIED_WITH, b, 0.7)
    if (kin := _AND_ITS_KIN_SUCH_AS.match(between)) is not None:
        word = "ally" if kin.group("allied") else kin.group("kin").casefold()
        rival = word.startswith(("rival", "enem", "foe", "nemesis", "arch", "advers"))
        yield Found(a, Predicate.RIVAL_OF if rival else Predicate.ALLIED_WITH, b, 0.7)
    if _DASH.match(between):
        if _DASH_RIVAL.match(after_b):
            yield Found(a, Predicate.RIVAL_OF, b, 0.65)
        elif _DASH_ALLIED.match(after_b):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
    if _ONE_OF_BLOC.match(between) or _HEADS_BLOC.match(between):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
    if _HELP_OF.search(s.before(a, 60)) and re.match(r"^\s*,\s+(?:the\s+)?$", between):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
    # "Al-Shabaab is based in Puntland, where it competes with ISS"
    # (the subject's short name in brackets, "X (KIA) ... where it", is no other antecedent)
    # (nor a person, whom neither "it" nor "they" stands for; in "X is not a member of the alliance, but it has
    # armed Y" the pronoun is the subject's, not that of the name a preposition governs)
    if (
        (then := _IT_THEN.match(plain)) is not None
        and not _GOVERNED.search(s.before(a, 30))
        # ("the army is fighting X, but it has armed Y": the pronoun is the subject's, named before X)
        and not any(
            m.type in (G, O)
            and m.end <= a.start
            and not _same(m, a)
            and not _GOVERNED.search(s.before(m, 30))
            # ("a clash with the rival Y (ISWAP)": the acronym goes with the name before it)
            and not s.before(m, 2).rstrip().endswith("(")
            for m in s.mentions
        )
        and not any(
            m.type not in (L, P)
            and a.end <= m.start
            and m.end <= b.start
            and not _same(m, a)
            and not _GOVERNED.search(s.before(m, 30))
            for m in s.mentions
        )
    ):
        rest = " " + plain[then.end() :]
        if RIVAL.match(rest) or _BEAT.match(rest):
            yield Found(a, Predicate.RIVAL_OF, b, 0.65)
        elif ALLIED.match(rest) or _LEAGUE.match(rest):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
    # "accused the ARSA of fighting alongside the junta": what the accusation says the group did
    if _ACCUSED_BEFORE.search(s.before(a, 100)) and (of := _OF_DOING.match(between)) is not None:
        rest = " " + between[of.end() :]
        if _LEAGUE.match(rest):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
        elif RIVAL.match(rest) or _BEAT.match(rest):
            yield Found(a, Predicate.RIVAL_OF, b, 0.65)
    # "Hamas counts Hezbollah among its allies"
    if _COUNTS.match(plain) and (among := _AMONG_ITS_KIN.match(after_b)) is not None:
        rival = among.group("kin").casefold().startswith(("rival", "enem", "foe", "advers"))
        yield Found(a, Predicate.RIVAL_OF if rival else Predicate.ALLIED_WITH, b, 0.65)
    # "Al-Shabaab accused ISS of killing its commanders"; "HTS blamed Hurras al-Din for the assassination"
    if _ACCUSES.match(plain) and _OF_HARM.match(after_b):
        yield Found(a, Predicate.RIVAL_OF, b, 0.65)
    # "members of the pro-Islamic State Dawlah Islamiyah"
    if re.match(
        r"^\s+(?:(?:group|faction|militia|militants|insurgents|jihadists)\s+)?$", between
    ) and re.search(r"\bpro-\s*$", s.before(a, 6)):
        yield Found(b, Predicate.ALLIED_WITH, a, 0.65)
    # "a splinter of AQIM that declared allegiance to IS": the clause may be the splinter's, not AQIM's
    # (but in "fighters of the X, who have been working with Y" the clause is the men's, and so the group's)
    attached = (
        _RELATIVE.match(between) is not None
        and _HEAD_OF.search(s.before(a, 20)) is not None
        and not _MEN_OF.search(s.before(a, 30))
    )
    # ("found that X fighters worked with Y, a militia that has itself allied with Z": the apposition's clause is Y's)
    own = not attached and (
        not _in_clause(s, a, plain)
        or re.match(rf"^{_APPOSED_KIND}(?=(?:that|which|who)\s)", between, re.I) is not None
    )
    # ("X was founded as an offshoot of Y, keeps cadres in Lebanon and has worked alongside Z": a name a preposition
    # governs is no subject of the verb phrases that follow it, which are the clause's own subject's)
    governed = _GOVERNED.search(s.before(a, 30)) is not None and not _MEN_OF.search(s.before(a, 30))
    second = second_verb_phrase(plain) if own and not governed else None
    # "X, which was founded by defectors from Z and is fighting Y": the relative clause's verbs are X's own
    if second is None and own and (which := _WHICH_OPENS.match(plain)) is not None:
        # (a bracketed short name on the way, "defectors from the Pakistani Taliban (TTP)", says nothing more)
        second = second_verb_phrase(" " + _BRACKETED.sub("", plain[which.end() :]))
    if not _other_group_between(s, a, b) or _only_apposed_modifiers(s, a, b, between) or _only_tags(s, a, b):
        yield from _verbs(s, a, b, plain, after_b, own, plain != between)
        if (aside := _ASIDE_CLAUSE.match(plain)) is not None:
            # "X, a coalition dominated by former rebels from Kidal, has since maintained ... with Y": past the aside
            yield from _verbs(s, a, b, " " + plain[aside.end() :].lstrip(), after_b, own, True)
        if second is not None:
            yield from _verbs(s, a, b, second, after_b, True, True)
        if _KILLED_BY.match(plain) and not _in_clause(s, a, plain):
            yield Found(b, Predicate.RIVAL_OF, a, 0.7)
        yield from _listed_after(s, a, b, own)
    elif (aside := _ASIDE_CLAUSE.match(between)) is not None and not any(
        m.type is G and a.end + aside.end() <= m.start and m.end <= b.start for m in s.mentions
    ):
        # "HTS, which severed ties with al-Qaeda in 2016, has cracked down on Hurras al-Din": past the aside
        yield from _verbs(
            s, a, b, " " + _plain(s, a, b, between[aside.end() :]).lstrip(), after_b, True, True
        )
    elif second is not None and not any(
        m.type is G and m.text in second for m in s.mentions if a.end <= m.start and m.end <= b.start
    ):
        # "HTS broke with al-Qaeda in 2016 and has since feuded with Hurras al-Din": the second verb phrase's object
        yield from _verbs(s, a, b, second, after_b, True, True)
    if (
        _WHICH_OBJECT.match(between)
        and not _HEAD_OF.search(s.before(a, 20))
        and (verb := _OBJECT_VERB.match(after_b)) is not None
    ):
        rival = verb.group("rival") is not None
        yield Found(b, Predicate.RIVAL_OF if rival else Predicate.ALLIED_WITH, a, 0.7)
    # "Boko Haram's rival ISWAP"; "Hezbollah, Hamas's closest ally, ..."
    kin = _POSS_KIN_X.match(between) or _POSS_KIN_X.match(plain)
    if kin is None and _X_COMMA_POSS.match(between):
        kin = _POSS_KIN_AFTER.match(after_b)
    if kin is not None and a.text.casefold() not in ("its", "their"):
        word = kin.group("kin").casefold()
        rival = word.startswith(("rival", "enem", "foe", "nemesis", "arch", "advers"))
        yield Found(a, Predicate.RIVAL_OF if rival else Predicate.ALLIED_WITH, b, 0.7)
    # "Hurras al-Din, the faction that split from HTS in 2018 and which HTS had crushed": a second relative clause
    # whose own subject is the second name; what it did, it did to the head the clauses describe
    if (
        _AND_WHICH.search(between)
        and re.match(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+", between)
        and (verb := _OBJECT_VERB.match(after_b)) is not None
        and a is _clause_owner(s, [m for m in s.mentions if m.type is G], b.start, own=True)
    ):
        yield Found(b, Predicate.RIVAL_OF if verb.group("rival") else Predicate.ALLIED_WITH, a, 0.65)
    # "X has been tightening its siege of Bhamo, fighting alongside units of the PDF": the participle is the subject's
    if (
        _PARTICIPLE_ALONGSIDE.search(plain)
        and not _unapposed_group_between(s, a, b)
        and a is _clause_owner(s, [m for m in s.mentions if m.type is G], b.start, own=True)
    ):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
    # "Hamas, which ..., and PIJ, its smaller ally": the kin word of the second is said of the first
    if _X_AND.match(between) and (kin := _THEN_ITS_KIN.match(after_b)) is not None:
        word = kin.group("kin").casefold()
        rival = word.startswith(("rival", "enem", "foe", "nemesis", "arch", "advers"))
        yield Found(a, Predicate.RIVAL_OF if rival else Predicate.ALLIED_WITH, b, 0.65)
    if (_POSS_TIES.match(between) or _POSS_SUPPORT.match(between)) and not _TIES_ENDED.match(after_b):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
    elif _POSS_FIGHT.match(between):
        yield Found(a, Predicate.RIVAL_OF, b, 0.7)
    # "X and Y are locked in a turf war"; "the alliance between X and Y"
    if _PAIR_JOIN.match(between):
        before = s.before(a, 80)
        if (
            _PAIR_RIVAL_AFTER.match(after_b)
            or _EACH_BLAMES_OTHER.match(s.after(b, 100))
            or _CLASH_NOW.match(after_b)
            or _RIVAL_BEFORE.search(before)
            or _TWO_RIVALS_BEFORE.search(before)
            or _PAIR_POSS_RIVAL.match(after_b)
        ):
            yield Found(a, Predicate.RIVAL_OF, b, 0.7)
        elif (
            _PAIR_ALLIED_AFTER.match(after_b)
            or _ALLIED_BEFORE.search(before)
            or _PAIR_POSS_ALLIED.match(after_b)
        ):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
    elif _HEADLINE_JOIN.match(between) and "\n" not in s.text.strip() and not s.text.rstrip().endswith("."):
        if _CLASH_NOW.match(after_b):
            yield Found(a, Predicate.RIVAL_OF, b, 0.65)
        elif _ALLY_NOW.match(after_b):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
    elif _BY_X.search(s.before(a, 30)) and _ON_Y.match(between):
        yield Found(a, Predicate.RIVAL_OF, b, 0.65)
    elif _PITTING.search(s.before(a, 30)) and _AGAINST.match(between):
        yield Found(a, Predicate.RIVAL_OF, b, 0.7)
    # "Ansarullah has helped the Taliban hunt ISKP cells": the helped group's quarry is its rival
    if (
        _HELPED.search(s.before(a, 30))
        and _HUNT.match(between)
        and (_MEN_AFTER.match(after_b) or _LIST_END.match(after_b))
    ):
        yield Found(a, Predicate.RIVAL_OF, b, 0.65)


# Names in a list: "A, B and C"
# ("the FDLR and the pro-government Wazalendo militias": a compound qualifier before the next name)
_LIST_SEP = re.compile(
    # ("Hezbollah in Lebanon and the Palestinian group Hamas", "Hamas and Lebanon's Hezbollah": where each member is,
    # or the people it is of, said on the way)
    r"^(?:\s+in\s+(?-i:[A-Z][\w'’-]+))?\s*(?:,|,?\s+and|,?\s+as\s+well\s+as|,?\s+or)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w-]+)(?:'s|’s)\s+|(?-i:[A-Z][a-z]+)\s+(?:group|movement|militia|faction)\s+)?"
    r"(?:(?:pro|anti)-[\w-]+\s+|[\w-]+-(?:backed|led|aligned|allied|based|linked|funded)\s+)?"
    # ("ARSA and the smaller RSO": a word of size or age, not a kind of its own)
    r"(?:(?:smaller|larger|bigger|little-known|lesser-known|newer|older|rival)\s+)?$",
    re.I,
)
_BLOC_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?\s*,?\s+(?:(?:were|was)\s+(?:reported|said|believed|thought)\s+to\s+have\s+(?=formed|founded|created|set\s+up))?"
    r"(?:(?:are|were|is|remain|have\s+been|had\s+been|became)\s+)?(?:(?:all|both)\s+(?:(?:founding\s+)?members\s+of|part\s+of|belong(?:ing)?\s+to|in)|"
    # "joined A and B, its partners in the Three Brotherhood Alliance"
    rf"{_ITS_PARTNERS}\s+in|"
    # "A and B belong to C, an umbrella alliance"
    r"(?:both\s+|all\s+)?(?:belong|belonged)\s+to|"
    r"(?:which|who|that)\s+(?:together\s+)?(?:make\s+up|form|formed|comprise|constitute)|"
    r"(?:together\s+)?(?:make\s+up|made\s+up|form|formed|comprise|constitute|founded|created|launched|set\s+up)|"
    # "A and B are the most prominent of the militias that make up the Islamic Resistance in Iraq, an umbrella group"
    r"(?:are|were)\s+(?:among\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:militias|groups|"
    r"factions|members|organi[sz]ations|movements)\s+(?:that|which|who)\s+(?:make\s+up|form|comprise|constitute|"
    r"belong\s+to|founded|formed))\s+"
    r"(?:the\s+|an?\s+|a\s+new\s+)?(?:[^.;]{0,40}?[\s,])?(?:alliance|coalition|bloc|front|axis|umbrella|grouping|"
    r"federation|confederation|joint\s+command|operations\s+room)\b",
    re.I,
)
_BLOC_BEFORE = re.compile(
    # ("front" is left out: "in front of X and Y", "the front line between X and Y")
    r"\b(?:alliance|coalition|bloc|axis|umbrella|grouping|federation|confederation|joint\s+command|"
    # ("an umbrella group including A, B and C")
    r"operations\s+room)\b(?:\s+(?:group|organi[sz]ation|movement))?"
    # ("Iran's axis of resistance, which also includes A and B": the bloc's name runs on in one lower-case word)
    r"(?:\s+of\s+(?-i:[a-z][\w-]*))?[\"'”’)]?\s*(?:\([^()]{1,20}\)\s*)?,?\s+"
    r"(?:(?:which|that)\s+)?(?:also\s+)?(?:is\s+|was\s+)?"
    r"(?:of|between|comprising|comprises|comprised\s+of|including|includes|grouping|groups|uniting|unites|bringing\s+together|"
    # ("an axis that groups them with A and B": the bloc puts its members side by side)
    r"(?:groups|grouped|puts|put|places|placed)\s+(?:them|it)\s+(?:with|alongside)|"
    r"along\s+with|alongside|together\s+with|"
    r"brings\s+together|brought\s+together|made\s+up\s+of|composed\s+of|formed\s+by|linking|(?:that\s+)?includes)\s+"
    r"(?:the\s+)?(?:(?:armed\s+)?groups?\s+|factions?\s+|militias?\s+)?(?:such\s+as\s+)?$",
    re.I,
)

# "the Northern Alliance – the Tajik, Uzbek and Hazara factions – ...", "the Brotherhood Alliance (A, B and C)": a list set
# between dashes or brackets right after an alliance's name spells out its members
_BLOC_DASH_BEFORE = re.compile(
    r"\b(?:alliance|coalition|bloc|axis|federation|confederation|joint\s+command|operations\s+room)[\"'”’]?\s*"
    r"(?:[–—]|--|\s-|\()\s*(?:the\s+)?$",
    re.I,
)
_BLOC_DASH_AFTER = re.compile(r"^\s*(?:\([^()]{1,25}\)\s*)?(?:[–—]|--|-\s|\))", re.I)

# "the Front emerged as a banner under which A, B and C claim attacks", "X, under whose umbrella A and B fight":
# the list is of X's member factions
_UNDER_WHICH = re.compile(
    r"\b(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:banner|umbrella|label|flag)\s+under\s+which\s+(?:the\s+)?$|"
    r"\bunder\s+whose\s+(?:banner|umbrella|flag)\s+(?:the\s+)?$",
    re.I,
)


def _banner_members(s: Sentence, run: list[Mention], groups: list[Mention]) -> Iterator[Found]:
    """ "X emerged as a banner under which A, B and C claim attacks": A, B and C are parts of X."""
    before = s.before(run[0], 160)
    if not (cue := _UNDER_WHICH.search(before)):
        return
    cue_start = run[0].start - len(before) + cue.start()
    owners = [g for g in groups if g.end <= cue_start]
    if not owners:
        return
    owner = owners[-1]
    if cue_start - owner.end > 120 or any(_same(owner, m) for m in run):
        return
    for member in run:
        yield Found(member, Predicate.AFFILIATE_OF, owner, 0.65)


# "A, B and C have clashed repeatedly since 2020": with one another, when no one else is named
_LIST_CLASHED = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,?\s+(?:(?:have|had|all|also|repeatedly|often|long|since)\s+)*"
    r"(?:(?:clashed|feuded|competed|battled)(?=\s*(?:[,.;]|$)|\s+(?:each\s+other|one\s+another|among|repeatedly|often|"
    r"frequently|regularly|sporadically|for|over|since|in|near|around)\b)"
    r"|fought(?=\s*(?:[,.;]|$)|\s+(?:each\s+other|one\s+another|among|repeatedly|for|over|since)\b))",
    re.I,
)


def _runs(s: Sentence, groups: list[Mention]) -> list[list[Mention]]:
    """Lists of two or more groups: "A and B", "A, B and C" (a comma alone is an apposition, not a list)."""
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    joined_by_and = False
    for g in groups:
        # ("A (X) and B (Y)": the acronym in brackets is the name before it again, not the next of the list)
        joint = _PAREN.sub("", s.between(run[-1], g), count=1) if run else ""
        if run and _same(run[-1], g) and re.match(r"^\s*\($", s.between(run[-1], g)):
            continue
        if (
            run
            and _LIST_SEP.match(joint)
            and not _same(run[-1], g)
            and not _POSS_START.match(s.after(run[-1], 3))
        ):
            run.append(g)
            joined_by_and = joined_by_and or bool(re.search(r"\b(?:and|or|as\s+well\s+as)\b", joint))
            continue
        if len(run) > 1 and joined_by_and:
            runs.append(run)
        run, joined_by_and = [g], False
    if len(run) > 1 and joined_by_and:
        runs.append(run)
    return runs


def _alliance_sentence(s: Sentence, ms: list[Mention]) -> Iterator[Found]:
    """Lists: "a coalition of A, B and C"; "A and B have both fought C"; "C has fought A and B".

    A fact the pair rules already read from the two names is not read again.
    """

    # (the head's name is a person's: no pair rule reads it, so nothing here was read twice)
    yield from _pledged_to_leader(s, ms)
    seen: set[tuple[Predicate, frozenset[tuple[int, int]]]] = set()
    for found in _list_rules(s, ms):
        key = _key(found)
        if key in seen:
            continue
        seen.add(key)
        x, y = sorted((found.subject, found.object), key=lambda m: m.start)
        if key not in _read(s, x, y, _between(s, x, y), s.after(y, 60)):
            yield found
    yield from _and_with(s, ms)
    yield from _pronoun_object(s, ms)
    yield from _apposed_pronoun(s, ms)


# "X is not part of Y but has cooperated with it"; "X broke away from Y and has fought it since": a verb of war
# or of cooperation whose object is a pronoun for the other of the sentence's two groups
_PRONOUN_OBJECT = re.compile(
    r"[^;:.]{0,100}?\s(?:and|but|yet)\s+(?:(?:has|have|had|since|also|still|now|repeatedly|long|often|even|openly|"
    r"been|increasingly|reportedly|occasionally|sometimes|at\s+times)\s+){0,4}"
    r"(?P<vp>(?:fought|fights|fighting|battled|battles|battling|clashed\s+with|clashes\s+with|clashing\s+with|"
    r"cooperated\s+with|cooperates\s+with|cooperating\s+with|co-operated\s+with|collaborated\s+with|"
    r"worked\s+(?:closely\s+)?with|works\s+(?:closely\s+)?with|coordinated\s+with|coordinates\s+with|"
    r"fought\s+alongside|fights\s+alongside|fighting\s+alongside|competed\s+with|competes\s+with))\s+"
    rf"(?:it|them|(?:its|their)\s+(?:{_MEN}|squads|cells|units))\b(?!\s+(?:of|to|from)\b)",
    re.I,
)


def _two_groups(ms: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The group mentions of a sentence (names, not "the group"), and the distinct groups they name in order."""
    groups = [m for m in ms if m.type is G and not _NOT_A_NAME.match(m.text)]
    named: list[Mention] = []
    for m in groups:
        if not any(_same(m, n) for n in named):
            named.append(m)
    return groups, named


def _pronoun_object(s: Sentence, ms: list[Mention]) -> Iterator[Found]:
    """ "X is not formally part of Y but has cooperated with it": with two groups in the sentence, the pronoun is
    the one the verb's subject is not."""
    groups, named = _two_groups(ms)
    # ("a Fatah splinter that has become a partner of Hamas and fought alongside it": a group named only as what
    # another came from is neither end)
    named = [m for m in named if not _MODIFIER_AFTER.match(s.after(m, 30))] if len(named) == 3 else named
    if len(named) != 2:
        return
    last = max(groups, key=lambda m: m.end)
    if (vp := _PRONOUN_OBJECT.match(s.after(last, 200))) is None:
        return
    a, b = named
    if RIVAL.match(f" {vp.group('vp')} "):
        yield Found(a, Predicate.RIVAL_OF, b, 0.6)
    elif ALLIED.match(f" {vp.group('vp')} "):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.6)


# "Hamas also faces Jund Ansar Allah, a splinter that broke away from it"; "the Maoists compete with the PLFI, a
# breakaway outfit whose cadres have clashed with them": the pronoun in the aside about the second group is the first
_ASIDE_KIND = (
    r"^(?:\s*\([^()]{1,25}\))?\s*,\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:splinter|breakaway|offshoot|faction|"
    r"group|outfit|movement|organi[sz]ation|militia|gang)(?:\s+(?:group|faction|outfit|cell|movement))?\s+"
)
_APPOSED_SPLIT_FROM_IT = re.compile(
    _ASIDE_KIND + r"(?:that|which)\s+(?:(?:had|has|have|later|first|itself|once|also)\s+)*"
    r"(?:broke\s+away|broken\s+away|split(?:\s+away)?|splintered|seceded)\s+from\s+(?:it|them)\b",
    re.I,
)
_APPOSED_FOUGHT_IT = re.compile(
    _ASIDE_KIND + r"(?:(?:that|which)|whose\s+(?:cadres|fighters|members|militants|gunmen|men|units))\s+"
    r"(?:[^,;:.()]{0,60}?\s(?:and|but)\s+)?(?:(?:had|has|have|also|repeatedly|often|since|long|itself)\s+)*"
    r"(?:clashed\s+with|fought|battled|fought\s+against)\s+(?:it|them|(?:its|their)\s+(?:squads|cadres|fighters|men|units))\b",
    re.I,
)


def _apposed_pronoun(s: Sentence, ms: list[Mention]) -> Iterator[Found]:
    """ "X faces Y, a splinter group that broke away from it": with two groups named, "it" is the first."""
    groups, named = _two_groups(ms)
    if len(named) != 2:
        return
    x, y = named
    # (the aside follows the second group's last name: "the TSPC (Tritiya ...), a splinter group")
    last = max((m for m in groups if _same(m, y)), key=lambda m: m.end)
    if any(_same(m, x) for m in groups if m.start > y.start):
        return
    after = s.after(last, 200)
    if _APPOSED_SPLIT_FROM_IT.match(after):
        yield Found(y, Predicate.FORMED_FROM, x, 0.6)
    if _APPOSED_FOUGHT_IT.match(after):
        yield Found(x, Predicate.RIVAL_OF, y, 0.6)


# "X is allied with A, the group it split from, and with B": the second object of the same preposition
_AND_WITH = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s*,\s+(?:the|a|an|its)\s+[^,;()]{1,60})?\s*,?\s+and\s+(?:also\s+)?"
    # ("wary of the army, hostile to X and to Y": the same preposition again)
    r"(?:with|against|to)\s+(?:the\s+)?$",
    re.I,
)


def _and_with(s: Sentence, ms: list[Mention]) -> Iterator[Found]:
    """ "X fights A, ..., and against B": what X is to A, it is to B."""
    # (a name only: "the group" in the apposition is not the next of the list)
    groups = [
        m for m in ms if m.type is G and not re.match(r"(?:the|this|that|its|their|it|they)\b", m.text, re.I)
    ]
    for i, b in enumerate(groups):
        if i < 2:
            continue
        c = groups[i - 1]
        if _same(c, b) or not _AND_WITH.match(s.between(c, b)):
            continue
        word = re.search(r"\b(with|against|to)\s+(?:the\s+)?$", s.between(c, b), re.I)
        for a in groups[: i - 1]:
            if _same(a, c) or _same(a, b):
                continue
            # the same preposition before A: "allied with A ... and with B"
            if not re.search(rf"\b{word.group(1)}\s+(?:the\s+)?$", s.before(c, 12), re.I):
                continue
            between = _between(s, a, c)
            for found in (
                *_group_pair(s, a, c, between, s.after(c, 60)),
                *_pair_rules(s, a, c, between, s.after(c, 60)),
            ):
                if found.predicate in (Predicate.ALLIED_WITH, Predicate.RIVAL_OF) and found.subject is a:
                    yield Found(a, found.predicate, b, 0.6)
                    break


# "the Hezbollah-backed Kataib Hezbollah": a group named only as the first half of a compound
_BACKED = re.compile(
    r"(?P<name>\b(?:al-|Al-)?[A-Z][\w'’.]*(?:[\s-][A-Z][\w'’.]*){0,3})-(?:backed|supported|sponsored|funded|trained|armed)\b"
)


def _backed(s: Sentence, ms: list[Mention]) -> Iterator[Found]:
    """ "the Hezbollah-backed Houthis": the backer named in a compound is the group's ally."""
    for t in _BACKED.finditer(s.text) if ms else ():
        gid = lexicon.lookup_group(t.group("name"))
        if gid is None:
            continue
        end = s.start + t.end()
        backed = next((m for m in ms if m.type is G and m.start >= end), None)
        if backed is None or not TIE_NOUN_THEN.match(s.text[t.end() : backed.start - s.start]):
            continue
        backer = Mention(
            t.group("name"),
            lexicon.groups()[gid].name,
            G,
            ms[0].doc_id,
            s.start + t.start("name"),
            s.start + t.end("name"),
            s.index,
            0.7,
            f"group:{gid}",
        )
        if not _same(backer, backed):
            yield Found(backed, Predicate.ALLIED_WITH, backer, 0.65)


# The late or current heads of the best-known movements, whose person a pledge names in place of the movement:
# "Ansar Bait al-Maqdis pledged allegiance to Abu Bakr al-Baghdadi" (real-world facts, as a gazetteer holds them)
_LEADER_OF = {
    lexicon.fold(name): gid
    for gid, names in (
        (
            "islamic_state",
            (
                "Abu Bakr al-Baghdadi",
                "Abu Bakr al Baghdadi",
                "al-Baghdadi",
                "Baghdadi",
                "Abu Ibrahim al-Hashimi al-Qurashi",
                "Abu al-Hasan al-Hashimi al-Qurashi",
                "Abu al-Hussein al-Husseini al-Qurashi",
                "Abu Hafs al-Hashimi al-Qurashi",
            ),
        ),
        (
            "al_qaeda",
            (
                "Osama bin Laden",
                "Usama bin Laden",
                "bin Laden",
                "Ayman al-Zawahiri",
                "al-Zawahiri",
                "Zawahiri",
            ),
        ),
        (
            "taliban",
            (
                "Mullah Omar",
                "Mullah Mohammad Omar",
                "Mullah Mohammed Omar",
                "Hibatullah Akhundzada",
                "Haibatullah Akhundzada",
                "Akhtar Mansour",
                "Akhtar Mohammad Mansour",
            ),
        ),
    )
    for name in names
}
_PLEDGED_TO_PERSON = re.compile(
    # ("Ansar Bait al-Maqdis, a Sinai-based jihadist group, pledged allegiance to ...": past the apposition)
    r"^(?:\s*,\s+(?:an?|the)\s+[^,;()]{1,60},|\s*,(?=\s+pledged|\s+swore))?\s+(?:(?:has|have|had|also|formally|publicly|later|then|reportedly|"
    r"officially|quickly|soon|itself)\s+)*(?:pledged|swore|sworn|declared|renewed|reaffirmed|gave|offered)\s+"
    r"(?:its\s+|their\s+|an\s+oath\s+of\s+)?(?:allegiance|loyalty|bay'?ah|fealty)\s+to\s+(?:the\s+)?"
    r"(?:(?:then|late|new|self-styled|self-proclaimed)\s+)?(?:(?:leader|chief|caliph|emir)\s*,?\s+)?$",
    re.I,
)
# "Boko Haram's leader, Abubakar Shekau, pledged allegiance to ...": the leader's pledge is his group's
_ITS_LEADER = re.compile(
    rf"^{_POSS}\s+(?:(?:then|late|long-?time|former)\s+)?(?:leader|founder|chief|emir|head|commander)\s*,?\s+\x01\s*,?"
    r"(?=\s)",
    re.I,
)


def _pledged_to_leader(s: Sentence, ms: list[Mention]) -> Iterator[Found]:
    """ "X pledged allegiance to Abu Bakr al-Baghdadi": a pledge to a movement's known head is a pledge to it."""
    for p in ms:
        gid = _LEADER_OF.get(lexicon.fold(p.name)) if p.type is P else None
        if gid is None:
            continue
        pledger = next(
            (
                a
                for a in reversed([m for m in ms if m.type is G and m.end <= p.start])
                if _PLEDGED_TO_PERSON.match(_past_its_leader(s, a, p)) and not _other_group_between(s, a, p)
            ),
            None,
        )
        if pledger is None or lexicon.lookup_group(pledger.name) == gid:
            continue
        head = Mention(
            p.text, lexicon.groups()[gid].name, G, p.doc_id, p.start, p.end, s.index, 0.65, f"group:{gid}"
        )
        yield Found(pledger, Predicate.ALLIED_WITH, head, 0.65, "pledgedAllegianceTo")


def _past_its_leader(s: Sentence, a: Mention, p: Mention) -> str:
    """The words between a group and a person, past the group's leader named in between ("X's leader, P, ...")."""
    between = _between(s, a, p)
    people = [m for m in s.mentions if m.type is P and a.end <= m.start and m.end <= p.start]
    if len(people) != 1:
        return between if not people else ""
    plain = between.replace(people[0].text, "\x01", 1)
    return plain[lead.end() :] if (lead := _ITS_LEADER.match(plain)) is not None else ""


def _one_of_bloc_list(s: Sentence, run: list[Mention], groups: list[Mention]) -> Iterator[Found]:
    """ "X is one of three members of the Alliance, together with A and B": X is allied with every one of the list."""
    for x in groups:
        if x.end <= run[0].start and _ONE_OF_BLOC.match(_between(s, x, run[0])):
            for member in run[1:]:
                if not _same(x, member):
                    yield Found(x, Predicate.ALLIED_WITH, member, 0.65)


# "A and B are members of the BRAS, an umbrella alliance that also includes C"; "the Houthis, the most autonomous
# member of Iran's axis of resistance, which also includes Hezbollah and Hamas": X is one member of a bloc, and the
# groups the bloc "also includes" are the others (an umbrella "body" alone is a hierarchy, not an alliance)
_MEMBER_OF_BLOC_INCLUDES = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?"
    # ("the Houthis, who have held Sanaa since 2014, as the most autonomous member of": an aside on the way)
    r"(?:\s*,\s+(?:who|which)\s+[^,;:()]{1,100},)?"
    r"\s*(?:,?\s+(?:the|a|an|one)\s+|,?\s+(?:(?:is|are|was|were|remains?|remained|as)\s+)+"
    r"(?:(?:both|all|also|now|still|formally)\s+)*(?:the\s+|a\s+|an\s+|one\s+of\s+the\s+)?)"
    r"(?:[\w-]+\s+){0,3}?(?:founding\s+)?(?:members?|part)\s+of\s+(?:the\s+|an?\s+)?[^.;:]{0,90}?\b"
    r"(?:alliance|coalition|axis|bloc)\b[\"'”’]?(?:\s*\([^()]{1,20}\))?[^.;:]{0,50}?,?\s+(?:which|that)\s+"
    r"(?:(?:also|now|still)\s+)?(?:includes|included|comprises|comprised|counts|counted)\s+(?:the\s+)?"
    # ("which also includes Hezbollah in Lebanon and the Palestinian group Hamas": a kind of group before a name)
    r"(?:(?-i:[A-Z][\w-]+)\s+(?:group|movement|militia|faction)\s+)?$",
    re.I,
)
# "A and B are members of the Northern Alliance"; "... of the BRAS, an umbrella alliance": a bloc of equals
_ARE_MEMBERS_OF = re.compile(
    r"^\s*,?\s+(?:(?:are|were|remain|remained|have\s+been|had\s+been|became|both|all|also|now|still|formally)\s+)+"
    r"(?:(?:founding|fellow)\s+)?(?:members|part)\s+of\s+(?:the\s+)?$",
    re.I,
)
_IS_ALLIANCE_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:alliance|coalition|axis|bloc)\b",
    re.I,
)


def _fellow_members(s: Sentence, groups: list[Mention], runs: list[list[Mention]]) -> Iterator[Found]:
    """Members of one alliance are allies: those named as its members and those it is said to "also include"."""

    def run_of(m: Mention) -> list[Mention]:
        return next((run for run in runs if any(r is m for r in run)), [m])

    for i, x in enumerate(groups):
        xs = run_of(x)
        if x is not xs[-1]:
            continue
        # "A and B are members of the Northern Alliance": the members named together
        for other in groups[i + 1 :]:
            if len(xs) > 1 and _ARE_MEMBERS_OF.match(_between(s, x, other)):
                if (
                    _ALLIANCE_NAME.search(other.name) or _IS_ALLIANCE_AFTER.match(s.after(other, 60))
                ) and not _LIST_GOVERNED.search(s.before(xs[0], 40)):
                    for j, a in enumerate(xs):
                        for b in xs[j + 1 :]:
                            if not _same(a, b):
                                yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
                break
        # "... members of the BRAS, an umbrella alliance that also includes C (and D)"
        for y in groups[i + 1 :]:
            if y.start - x.end > 220:
                break
            if not _MEMBER_OF_BLOC_INCLUDES.match(s.between(x, y)):
                continue
            # ("the Houthis" is the one named a member; a list before it the subject of a plural verb)
            if len(xs) > 1 and _LIST_GOVERNED.search(s.before(xs[0], 40)):
                break
            for a in xs:
                for b in run_of(y):
                    if b.start >= y.start and not _same(a, b):
                        yield Found(a, Predicate.ALLIED_WITH, b, 0.65)
            break


# "claimed by Katiba Macina and Ansar Dine, both affiliates of JNIM"; "A and B, two of the most powerful factions in
# Y": an aside after a list that a plural word opens is said of every group of the list
_PLURAL_APPOSITION = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?\s*,\s+(?:both|all|each|(?:all\s+|the\s+)?(?:two|three|four|five)(?:\s+of)?)\s",
    re.I,
)


def _listed_apposition(s: Sentence, run: list[Mention], groups: list[Mention]) -> Iterator[Found]:
    """ "A and B, both affiliates of C": what the aside ties the last of the list to, it ties the others to."""
    last = run[-1]
    if not _PLURAL_APPOSITION.match(s.after(last, 40)):
        return
    for other in groups:
        if other.start < last.end or any(_same(other, r) for r in run):
            continue
        between = _between(s, last, other)
        if len(between) > 120 or re.search(r"[;:]", between):
            return
        ties = [
            found
            for found in _group_pair(s, last, other, between, s.after(other, 60))
            if found.predicate in (Predicate.AFFILIATE_OF, Predicate.FORMED_FROM)
            and _same(found.subject, last)
            and _same(found.object, other)
        ]
        for found in ties:
            for member in run[:-1]:
                if not _same(member, other):
                    yield Found(member, found.predicate, found.object, 0.6, found.subproperty)
        if ties:
            return


def _list_rules(s: Sentence, ms: list[Mention]) -> Iterator[Found]:
    yield from _backed(s, ms)
    groups = [m for m in ms if m.type is G and m.text.casefold() not in ("its", "their", "it", "they")]
    if len(groups) < 2:
        return
    yield from _fellow_members(s, groups, _runs(s, groups))

    for run in _runs(s, groups):
        yield from _listed_apposition(s, run, groups)
        yield from _one_of_bloc_list(s, run, groups)
        yield from _banner_members(s, run, groups)
        # members of one alliance named together
        if (
            _BLOC_BEFORE.search(s.before(run[0], 90))
            or _BLOC_AFTER.match(s.after(run[-1], 140))
            or (
                _BLOC_DASH_BEFORE.search(s.before(run[0], 60))
                and _BLOC_DASH_AFTER.match(s.after(run[-1], 40))
            )
        ):
            for i, x in enumerate(run):
                for y in run[i + 1 :]:
                    if not _same(x, y):
                        yield Found(x, Predicate.ALLIED_WITH, y, 0.65)
        elif len(run) > 2 and (
            _PAIR_RIVAL_AFTER.match(s.after(run[-1], 90))
            or _RIVAL_BEFORE.search(s.before(run[0], 80))
            or _LIST_CLASHED.match(s.after(run[-1], 90))
        ):
            for i, x in enumerate(run):
                for y in run[i + 1 :]:
                    if not _same(x, y):
                        yield Found(x, Predicate.RIVAL_OF, y, 0.65)
        elif len(run) > 2 and (
            _PAIR_ALLIED_AFTER.match(s.after(run[-1], 90)) or _ALLIED_BEFORE.search(s.before(run[0], 80))
        ):
            for i, x in enumerate(run):
                for y in run[i + 1 :]:
                    if not _same(x, y):
                        yield Found(x, Predicate.ALLIED_WITH, y, 0.65)
        # "X joined A and B, its partners in the alliance, in launching ...": X is their ally too
        if _ITS_PARTNERS_AFTER.match(s.after(run[-1], 60)):
            for x in groups:
                if x.end <= run[0].start and _JOINED_BEFORE.match(s.between(x, run[0])):
                    for y in run:
                        yield Found(x, Predicate.ALLIED_WITH, y, 0.65)
        # "A and B have both fought C": what the last of the list does, the others do too
        last, first = run[-1], run[0]
        for other in groups:
            if other.start >= last.end and not any(_same(other, r) for r in run):
                yield from _spread(s, run, last, other, _between(s, last, other), subject=True)
                yield from _members_of(s, run, last, other)
            elif other.end <= first.start and not any(_same(other, r) for r in run):
                yield from _spread(s, run, first, other, _between(s, other, first), subject=False)
        # "accused A and B of fighting alongside the Tatmadaw": a state's force the list allied with
        for other in ms:
            if _armed_force(other) and other.start >= last.end:
                stand_in = _as_group(other)
                for found in _spread(s, run, last, stand_in, _between(s, last, other), subject=True):
                    if found.predicate is Predicate.ALLIED_WITH:
                        yield _back(found, stand_in, other)
        # ("belong to the Three Brotherhood Alliance": an alliance may be tagged as an organisation)
        for other in ms:
            if (
                other.type is O
                and other.start >= last.end
                and (_ALLIANCE_NAME.search(other.name) or _BLOC_WORD.match(s.after(other, 20)))
            ):
                yield from _members_of(s, run, last, other)


_ITS_PARTNERS_AFTER = re.compile(rf"^\s*(?:\([^()]{{1,20}}\))?\s*,\s+{_ITS_PARTNERS}\b")
# "X joined A and B", "X (ABBR) joined the A": the group whose partners the list names
_JOINED_BEFORE = re.compile(
    r"^\s*(?:\([^()]{1,20}\))?\s+(?:(?:had|has|have|then|also|later)\s+)*joined\s+(?:forces\s+with\s+)?(?:the\s+)?$"
)


# "Both the BLA and the BLF belong to BRAS": a plural verb of membership after a list
_PLURAL_MEMBERSHIP = re.compile(
    r"^\s*,?\s+(?:(?:both|all|each|also|now|still|formally|later|since|have|had)\s+)*"
    r"(?:belong\s+to|(?:are|were|remain)\s+(?:(?:both|all|now|still|formally)\s+)*(?:part|members|components|constituents)\s+of|"
    r"joined|rejoined|operate\s+under\s+the\s+(?:banner|umbrella|command)\s+of)\s+(?:the\s+)?$",
    re.I,
)


_LIST_GOVERNED = re.compile(
    r"\b(?:of|from|by|with|against|between|among|and|to|for|on|than)\s+(?:the\s+)?(?:both\s+)?$", re.I
)


def _members_of(s: Sentence, run: list[Mention], last: Mention, other: Mention) -> Iterator[Found]:
    """ "A and B belong to C": every group of the list is part of C."""
    if not _PLURAL_MEMBERSHIP.match(_between(s, last, other)) or _POSS_START.match(s.after(last, 3)):
        return
    # "Fighters from ISWAP and Ansaru joined JNIM": the list is not the subject
    if _LIST_GOVERNED.search(s.before(run[0], 40)):
        return
    for member in run:
        if not _same(member, other):
            yield Found(member, Predicate.AFFILIATE_OF, other, 0.65)


_LIST_END = re.compile(
    # ("allied with A and B through the Northern Alliance")
    rf"^(?:\s*\([^()]{{1,25}}\))?(?:\s*[,.;:)]|\s*$|\s+(?:{_MEN}|in|across|for|over|since|during|near|around|at|from|on|after|before|until|through|"
    r"with|along|as|to|which|who|that|while|whose|but|alike|both|each|respectively)\b)",
    re.I,
)


def _spread(
    s: Sentence, run: list[Mention], end: Mention, other: Mention, between: str, subject: bool
) -> Iterator[Found]:
    """An alliance or rivalry read between one end of a list and `other`, given to the rest of the list."""
    if len(between) > 170:
        return
    if subject:
        # "A and B's rival C": the rival is B's alone
        if _POSS_START.match(s.after(end, 3)):
            return
        pair = (end, other)
    else:
        pair = (other, end)
        # "C has fought A and B": B ends the list, and no verb of its own follows it
        # ("considers both A and B apostates": the brand after the list is the verb's too)
        # ("drove A and B out of Aleppo": the list driven out ends where "out of" begins)
        if (
            not _LIST_END.match(s.after(run[-1], 30))
            and not _BRANDED_AFTER.match(s.after(run[-1], 60))
            and not re.match(r"^\s+out\s+of\b", s.after(run[-1], 30))
        ):
            return
    after = s.after(pair[1], 60)
    for found in (*_group_pair(s, *pair, between, after), *_pair_rules(s, *pair, between, after)):
        if found.predicate not in (Predicate.ALLIED_WITH, Predicate.RIVAL_OF):
            continue
        if {id(found.subject), id(found.object)} != {id(end), id(other)}:
            continue
        for member in run:
            if member is end or _same(member, other):
                continue
            if found.subject is end:
                yield Found(member, found.predicate, found.object, 0.6)
            else:
                yield Found(found.subject, found.predicate, member, 0.6)

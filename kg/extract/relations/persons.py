"""Person -> organisation or group (affiliatedWith): "P of the O", "O spokesman P", "P, who heads O".

Also lists ("A and B, both commanders of G", "G leaders A, B and C", "P (G)"), and what is read across
sentences: officials named by their office alone, and "he" for the one person the sentence before names.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from kg import gazetteer
from kg.extract.lexicon import (
    MALAY_HONOURS,
    ROLE_TO_SUBPROPERTY,
    TITLE_WORDS,
    fold,
    lookup_group,
    lookup_place,
)
from kg.extract.relations.alliances import _LEADER_OF
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
    _YEAR,
    ORG_LIKE,
    Found,
    G,
    O,
    P,
    _between,
    _in_clause,
    _other_person_between,
    _same,
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
    r"cameraman|presenter|commentator|blogger|CEO|magistrate|commandant|registrar|diplomat|imam|wali|qadi|"
    # an embassy's officer: "the cultural attaché at Iran's embassy"
    r"attach[eé]|"
    # the trades of an armed group's rank and file: "a onetime al-Qaeda courier", "a Hamas activist"
    # "a Hamas guard, P"; "a BJP functionary, P" (Indian English for a party's office-bearer)
    r"guard|functionary|"
    r"courier|bodyguard|aide|liaison|facilitator|smuggler|trainer|instructor|sniper|cadre|confidant|organi[sz]er|"
    # one who runs agents or attackers from afar: "an LeT handler based in Dubai"
    r"handler|"
    r"mastermind|planner|theologian|jurist|activist|fundraiser|accountant|spymaster|enforcer|executioner|"
    r"gunman|guerrilla|insurgent|jihadist|combatant|chief\s+of\s+staff|lieutenant|loyalist|delegate|"
    r"defector|deserter|caliph|commander-in-chief|hardliner|insider|stalwart|heavyweight|"
    # the quartermasters of an armed group: "the ADF's chief logistician", "the cell's armourer"
    r"logistician|armou?rer|paymaster|treasurer|propagandist|"
    # scholars who study a field at a university or an institute: "a criminologist at Panteion University"
    r"criminologist|sociologist|anthropologist|political\s+scientist|psychologist|academic|"
    # an office shared by two: "P, co-chair of the KCK"
    r"co-?chair(?:man|woman|person)?|co-?leader|"
    # police ranks that are offices: "Garda Chief Constable P"
    r"(?:chief\s+|deputy\s+chief\s+|assistant\s+chief\s+)?constable|"
    # a rescue service's crew: "a paramedic with Magen David Adom"
    r"paramedic|medic|rescuer|firefighter|"
    # clergy and doctors of a body: "a priest of the Russian Orthodox Church", "a psychiatrist at the O"
    r"priest|pastor|bishop|archbishop|deacon|chaplain|psychiatrist|physician|surgeon|doctor|nurse|"
    # "Roberto Adinolfi, chief executive of Ansaldo Nucleare"
    r"(?:chief\s+)?executive|"
    # "a prominent figure in Profetens Ummah", "a senior figure in the Haqqani network"
    r"figure|"
    # "P, a female suicide bomber of the Majeed Brigade"
    r"(?:suicide\s+)?bomber)"
)
# Words that may stand before a title without changing whose the office is: "a onetime al-Qaeda courier",
# "an alleged Islamic State recruiter", "the so-called ISIS emir". "Former" is kept on purpose: a careful
# analyst records that the man was affiliated with the group, whatever he is now.
_MODS = (
    r"(?:former|senior|top|veteran|longtime|long-time|then|local|leading|key|mid-level|mid-ranking|onetime|one-time|"
    r"erstwhile|alleged|suspected|self-styled|self-proclaimed|so-called|purported|reputed|notorious|feared|"
    r"influential|powerful|prominent|hardline|high-ranking|top-ranking|low-level|regional|field|military|political|"
    r"media|religious|spiritual|young|deputy|acting|chief|new|late|[\w]+-born|[\w]+-based|\d+-year-old)"
)

# ------------------------------------------------------------------ person -> organisation or group

# Ranks and titles of address that may stand between an office and the name: "the spokesman of the Army,
# Lieutenant Colonel P"; "the police spokesman, ASP P" (police ranks of Nigeria and South Asia);
# "the chairman of the council, Alhaji P"
_RANK = (
    # "Lieutenant-Colonel P", "Lt-Gen P": a compound rank written with a hyphen
    r"(?:(?:Lieutenant|Lt|Major|Maj|Brigadier|Brig)-(?:Colonel|Col|General|Gen|Commander)|"
    r"Gen|General|Lieutenant|Colonel|Major|Captain|Lt|Brig|Brigadier|Col|Maj|Capt|Field\s+Marshal|Marshal|"
    r"Rear(?=\s+Admiral)|Vice(?=\s+Admiral)|Admiral|Commodore|Sergeant|Sgt|Corporal|Superintendent|Supt|Inspector|Insp|ASP|DSP|SSP|CSP|ACP|DCP|AIG|DIG|IGP|"
    r"Havildar|Naik|Sepoy|Subedar|Alhaji|Hajiya|Hon|"
    # "the command's spokesman, SP P" (a Superintendent of Police); "Senior Commissioner P", "Detective Inspector P"
    r"SP|CP|Commissioner|Detective|Senior(?=\s+(?:Commissioner|Superintendent|Inspector|General))|"
    # Malaysia's honours after a rank: "Penang police chief Commissioner Datuk P", "the minister, Tan Sri P"
    rf"{MALAY_HONOURS})"
)

# A cleric's or a pilgrim's title of address: "Mawlawi P", "Sheikh P", "Qari P"
_CLERIC = (
    r"(?:Mawlawi|Maulvi|Mawlana|Maulana|Mullah|Sheikh|Shaykh|Qari|Mufti|Imam|Ustaz|Ustadh|Hafiz|Haji|Hajji)"
)

# "Michael Kugelman of the Washington, D.C.-based Wilson Center"; "Kabir Taneja of India's leading think tank, the ORF"
# (no verb between: in "President P of Nigeria ordered the army to crush X" the words after "of" are a clause)
_P_OF_O = re.compile(
    r"^\s*,?\s+(?:of|from|at|with)\s+(?:the\s+)?(?:(?!(?:who|which|that|when|after|before|broke|split|fighters|men|to|and|or|"
    r"has|have|had|is|was|are|were|will|would|said|says|told|ordered|vowed|urged|called|warned|against|fight|fights|"
    r"fighting|fought|crush|defeat)\b)(?!(?!armed\b)[a-z]+ed\b)"
    # "convicted P of attacking the army": a gerund opens a clause (but "of the ruling party", and "accused P of
    # forming the X", "of joining the X" name the body he is in)
    r"(?!(?!(?:leading|ruling|governing|founding|existing|remaining|surviving|forming|joining|belonging|heading|"
    r"running|commanding)\b)[a-z]+ing\b)"
    rf"{_W},?\s+){{0,6}}?(?:the\s+)?$"
)
# "Nathan Sales, former counterterrorism coordinator at the State Department"; "X, the founder and leader of the Y"
_P_COMMA_TITLE_OF_O = re.compile(
    # "P is a senior research fellow at the O" (an author's footer) reads as "P, a senior research fellow at the O"
    # "P, who is in charge of its finances, is a senior member of G": an aside may stand before the verb
    # ("P was earlier an activist in G", "P was for years a figure in G": a word of time may stand before the office)
    # ("President P, whose negotiators hold talks with the O": the office is his aides', not his)
    # ("P, whom investigators from the O identified as ...": the investigators are the body's, not he)
    rf"^(?!\s*,\s+whose\b)(?!\s*,\s+whom\s+[^,;]{{0,40}}?\b(?:from|at|with)\s+(?:the\s+)?$)(?:\s*,\s+(?:who\s+(?:is|was)\s+)?|(?P<aside>\s*,[^,;]{{0,80}},)?\s+(?:is|was|has\s+been|remains)\s+(?:(?:earlier|once|previously|formerly|also|long|for\s+(?:years|decades|a\s+decade))\s+)?(?=a\b|an\b|the\b|one\s+of\b|(?:senior\s+|deputy\s+|executive\s+)?(?:{_TITLE})s?\b))"
    # "Abdullah Azzam was one of the founders of al-Qaeda"
    # "P, an ex-commander with al-Shabaab"
    # ("P, said officers of the O": what he said, not his office)
    rf"(?:one\s+of\s+)?(?:a|an|the|its|his|her)?\s*(?:(?!(?:said|says|told|tells|added|adds|stated|warned)\b){_W}\s+){{0,5}}?"
    rf"(?:ex-)?(?P<title>{_TITLE})s?"
    # "P, head of the Sahel programme at the O": a unit's name may stand between the title and the body
    rf"(?:\s+and\s+(?:{_W}\s+){{0,2}}?{_TITLE})?\s+(?:{_W}\s+){{0,6}}?(?:of|at|for|with|in|to|from|within|inside)\s+"
    # "a leader of an Islamic State cell" (read only where a part of the body follows its name)
    # "the leader of a local Hasm cell"
    rf"(?:the\s+|(?P<indef>an?\s+(?:(?:local|small|clandestine|secret|new|regional|provincial|district|[\w]+-(?:man|member|strong))\s+)?))?"
    # "spokesman for the ruling Justice and Development Party", "a member of the banned O": the body's standing
    # ("the member of the so-called Hofstad Network": a name the writer distances himself from)
    r"(?:(?:ruling|governing|main\s+opposition|opposition|banned|outlawed|proscribed|now-defunct|defunct|so-called|"
    r"self-styled|self-proclaimed)\s+)?"
    # ("the leader of a three-man Base cell"; "a fellow at George Washington University's Program on Extremism")
    rf"(?:(?:[A-Z][\w.&-]*\s+){{0,3}}{_W}{_POSS}\s+)?"
    # "a senior commander of the Sudan-based group"; "an analyst with the Dar es Salaam-based O"
    r"(?:(?:[A-Z][\w.]*\s+){0,2}[\w.-]+-(?:based|linked|backed|led)\s+)?"
    # "an analyst with the risk consultancy O", "a reporter for the daily O", "the anti-racist foundation O"
    # ("the British maritime security firm O")
    # "a spokesman for the ship's Athens-based manager, O": the body named after a comma closes the apposition
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:consultancy|firm|company|think[\s-]+tank|newspaper|daily|weekly|magazine|broadcaster|"
    r"channel|news\s+agency|charity|monitoring\s+group|research\s+group|foundation|watchdog|NGO|operator|manager|"
    r"owner|shipowner|insurer|employer)(?P<apposed>\s*,)?\s+)?"
    # "a researcher at the Somali Institute for Security Studies": a nationality that opens the body's name
    r"(?-i:[A-Z][a-z]+(?:i|an|ese|ish)\s+)?"
    # "P, commander of the 3rd Infantry Brigade": the unit's number before its name
    r"(?:\d{1,3}(?:st|nd|rd|th)\s+)?$",
    re.I,
)
# "a member of an al-Qaeda cell": after "a" or "an" the body's own part must follow its name
_CELL_AFTER = re.compile(
    r"^\s+(?:cell|unit|faction|wing|branch|network|brigade|battalion|squad|team|delegation|council|committee|"
    r"camp|militia|group)\b",
    re.I,
)
_APPOSITION_CLOSES = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:[,.;:)]|$)")
_FOUGHT_WITH = re.compile(r"\b(?:fought|fights|fight)\s+(?:with|alongside)", re.I)
# "the Taliban-appointed governor, P", "an al-Qaeda-linked cleric": the office is held in or for the body
_APPOINTED = r"(?:-(?:appointed|installed|named|linked|affiliated|aligned))"
# What a body's men do to someone: "its members took prosecutor P hostage", "Hamas gunmen shot officer P"
_DEED = (
    r"(?:took|seized|kidnapped|abducted|killed|shot|murdered|assassinated|attacked|captured|held|detained|"
    r"arrested|freed|released|executed|beheaded|targeted|ambushed|threatened|wounded|injured|hit|stabbed)"
)
# "said Rubio, vice president of the Senate Intelligence Committee" is the same pattern; so is the next, by position.
# "Pentagon press secretary Maj. Gen. Pat Ryder"; "IS leader Abu Bakr al-Baghdadi"; "ISIS spokesman Abu Huthaifa"
_O_TITLE_P = re.compile(
    # "the Alternative for Germany (AfD) member of parliament P": the body's short name in brackets
    rf"^\)?(?:{_POSS}|{_APPOINTED})?\s+(?:(?:former|then|senior|top|deputy|acting|chief|new|late|self-styled|purported)\s+)*"
    # "a Dawlah Islamiyah sub-leader, P"; "the PFLP's information and media secretary, P"
    # ("two of its members took prosecutor P hostage": a verb between makes the office the man's, not the body's)
    rf"(?:[\w-]+\s+and\s+[\w-]+\s+|(?:(?!{_DEED}\b){_W}\s+){{0,2}}?)(?:(?:sub|vice|deputy|assistant)-)?(?P<title>{_TITLE})s?(?:\s+of\s+parliament)?"
    # "the PKK commander for Dersim province, P"; "a Hamas official in Lebanon, P"
    r"(?:\s+(?:of|for|in)\s+(?:the\s+)?[A-Z][^,;]{0,40},"
    # "a Ma'awisley commander at the base, P": where the story found him
    r"|\s+(?:at|in)\s+the\s+(?:base|camp|scene|site|post|checkpoint|garrison|outpost|town|village|prison|hospital)\s*,)?"
    # "an ISKP recruiter based in Afghanistan who used the name P"; "a JNIM courier in Mali known as P"
    r"(?:\s+(?:based|operating|living|hiding)\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=\s+who\s)"
    r"|\s+(?:(?:based|operating|living|hiding)\s+)?in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=\s+known\s+as\s))?"
    # "their leader, a Ugandan known as P"; "the Taliban's spokesman — P"; "a Hamas official named P"
    r"\s*[,—–]?\s+(?:(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?)?(?:known|identified)\s+(?:only\s+)?as\s+|(?P<named>named|called)\s+|"
    # "the front's commander, known by the alias P"
    r"(?:(?:better|widely|only)\s+)?known\s+by\s+(?:the|his|her)\s+(?:alias|nom\s+de\s+guerre|name|nickname|kunya)\s+|"
    r"who\s+(?:used|uses|went\s+by|goes\s+by)\s+the\s+(?:alias|nom\s+de\s+guerre|name|nickname|kunya)\s+|"
    # "an ISIS spokesman who calls himself P"; "a Houthi commander who called himself Abu Q"
    r"who\s+(?:calls|called|styles|styled)\s+(?:himself|herself)\s+|"
    # "a PKK commander who gave his name as P"; "a Legion fighter who gave his call sign as 'Wolf'"
    r"who\s+(?:gave|identified|introduced)\s+(?:his|her|himself|herself)\s+(?:(?:name|call\s+sign|callsign|"
    r"nom\s+de\s+guerre|alias)\s+)?as\s+[\"“]?|"
    # "IS's senior commander in Libya, the Iraqi P": his nationality before the name
    r"(?:the|an?)\s+[A-Z][a-z]+(?:-born)?\s+)?"
    # "Kabul police spokesman Mawlawi P": a cleric's title of address before the name
    rf"{_ABBR}*(?:(?:{_RANK}|Dr|{_CLERIC})\.?\s+)*$",
    re.I,
)
# "Hamas's leader in Gaza is P" (read only after a name: "the group's leader is" too often follows the wrong group)
_O_TITLE_IS_P = re.compile(
    rf"^{_POSS}\s+(?:(?:de\s+facto|current|new|overall|supreme|top|military|political)\s+)*(?P<title>{_TITLE})"
    r"(?:\s+in\s+[A-Z][\w-]*)?\s+(?:is|was|remains|has\s+been)\s+$",
    re.I,
)
# "Its leader is P", "Its senior sharia official is the Jordanian cleric P": the possessive pronoun (the group the
# tagger took it back to) needs no "'s"; a nationality and a calling may stand before the name
_ITS_TITLE_IS_P = re.compile(
    r"^\s+(?:(?:de\s+facto|current|new|overall|supreme|top|military|political|senior|deputy|chief)\s+)*"
    rf"(?:[\w-]+\s+)?(?P<title>{_TITLE})(?:\s+in\s+[A-Z][\w-]*)?\s+(?:is|was|remains|has\s+been)\s+"
    r"(?:(?:the|an?)\s+(?-i:[A-Z][a-z]+(?:an|ese|ish|i)\s+)?(?:(?:cleric|preacher|veteran|commander|militant)\s+)?)?$",
    re.I,
)
_ITS = re.compile(r"^(?:its|their)$", re.I)
# "Khalil Rahman Haqqani, the Taliban's minister for refugees" — the title comes after the organisation.
_P_COMMA_O = re.compile(
    r"^\s*,\s+(?:(?:who\s+)?(?:is|was|had\s+been|has\s+been|became|remains)\s+|"
    # "P, widely believed to be the ADF's leader"
    r"(?:(?:widely|long|now)\s+)?(?:believed|thought|said|reported|understood|presumed)\s+to\s+(?:be|have\s+been)\s+|"
    # "Jafar Said, whom the army described as a senior Hamas commander"
    # "P, whom Malian officials describe as JNIM's senior commander"
    # "P, whom the Justice Department then charged in Ohio as the Base's leader": a charge that names his office
    # "P, a Lebanese-Colombian whom prosecutors identify as the Hezbollah operative": a short apposition first
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?=whom\b))?"
    # ("whom investigators from the General Intelligence and Security Service (AIVD) identified as ...": whose
    # investigators changes nothing of whose man he is)
    r"whom\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?:\s+(?:from|at|of|with)\s+(?:the\s+)?(?-i:[A-Z])[^,;()]{1,60}?"
    r"(?:\s*\([^()]{1,15}\))?)?\s+(?:(?:has|have|had|now|often|widely|then|later|also)\s+)?(?:described|describes?|"
    r"identified|identif(?:y|ies)|named|names?|called|calls?|regards?|regarded|considers?|considered|charged|indicted|"
    # ("whom Washington had sanctioned in 2004 as a leading Hezbollah fundraiser")
    r"sanctioned|designated|listed)"
    r"(?:\s+in\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|\d{4}))?\s+as\s+|"
    # "P, who describes himself as the FLA's secretary for information": his own word for his office
    r"(?:who\s+)?(?:describes|described|calls|called|styles|styled|presents|presented|introduces|introduced)\s+"
    r"(?:himself|herself)\s+as\s+|"
    # "P, described by prosecutors as an IS recruiter"
    # "P, a Kenyan national described by prosecutors as the ADF's chief financier": a short apposition first
    # "P, a Pakistani national known to police as an LeT commander": known to someone as his office
    # "P, the cleric widely regarded as JI's spiritual leader": the apposition may be definite
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?=(?:(?:widely|long|often|generally)\s+)?(?:described|identified|named|listed|regarded|known\s+to)\s))?"
    r"(?:(?:who\s+)?(?:is|was|has\s+been)\s+)?(?:(?:widely|long|often|generally)\s+)?(?:described|identified|named|listed|designated|labelled|labeled|"
    r"branded|regarded|considered|seen|known)\s+(?:(?:by|to|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?as\s+)?"
    # "P, one of the Islamic State's top commanders"
    # "P, once al-Shabaab's deputy leader", "P, formerly a Hamas commander", "P, until 2019 the ADF's spokesman":
    # a word of time before the office changes nothing of whose it was
    r"(?:(?:once|formerly|previously|earlier|until\s+(?:recently|last\s+year|(?:19|20)\d\d))\s+)?"
    r"(?:one\s+of\s+)?(?:a|an|the|its|his|her)?\s*"
    rf"(?:{_MODS}\s+)*"
    # "P, a Georgian Ahrar al-Sham commander"; "P, an ex-Taliban fighter"
    r"(?:[A-Z][a-z]+(?:-[a-z]+)?\s+)?(?:ex-|former\s+)?$"
    # "replaced P, a former X commander, as the PKK's leader"
    r"|^\s*,[^,;]{0,50},\s+as\s+(?:the\s+)?$"
    # "Iyad Ag Ghaly (JNIM's leader)"; "P (an ISWAP commander)"
    r"|^\s*\(\s*(?:(?:a|an|the)\s+)?" + rf"(?:{_MODS}\s+)*$"
    # "P, the leader of Y, is a former X preacher"; "P is a senior X commander"
    # "P has been al-Shabaab's spokesman since 2009" (the office follows the name)
    r"|^(?:\s*,[^,;]{0,80},)?\s+(?:is|was|remains|became|has\s+been|had\s+been)\s+(?:one\s+of\s+)?(?:a|an)\s+"
    rf"(?:{_MODS}\s+)*(?:ex-)?$",
)
# "P took over as head of al-Shabaab"; "stepped down as leader of"; "was identified by police as a member of":
# a verb with no object of its own, then "as" and the office
_P_AS_TITLE_OF_O = re.compile(
    r"^\s*,?\s+(?:who\s+)?(?:(?:has|had|have|was|is|were|been|later|then|also|briefly|formally|officially|once|"
    r"eventually|first|subsequently)\s+)*"
    r"(?:took\s+over|takes\s+over|stepped\s+down|steps\s+down|stood\s+down|sworn\s+in|re-?elected|elected|"
    r"appointed|named|chosen|confirmed|installed|reinstated|identified|described|listed|designated|removed|"
    r"sacked|dismissed|ousted|resigned|retired|served|serves|worked|works|returned|remained|remains|began|rose|"
    r"jailed|convicted|sentenced|imprisoned)"
    r"(?:\s+by\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+as\s+(?:the\s+|its\s+|a\s+|an\s+)?"
    rf"(?:(?:{_MODS}|new|interim|overall|supreme)\s+)*(?:[\w-]+\s+)?(?P<title>{_TITLE})s?\s+"
    r"(?:of|for|in|at|with|within)\s+(?:the\s+)?$",
    re.I,
)
# "P has long served as al-Shabaab's chief ideologue"; "Another council member, P, has long served as ..."
_P_VERB_AS_O = re.compile(
    # "P, a former police officer known as "Barbecue" who acts as G's spokesman": an apposition, then "who"
    r"^(?:\s*,\s+(?:a|an|the)\s+[^,;]{0,60}?(?=\s+who\s))?"
    # ("a man who gave his name as P and described himself as G's spokesman": his second verb)
    r"\s*,?\s+(?:who\s+|and\s+(?=described|introduced|presented|identified|styled))?(?:(?:has|had|have)\s+)?"
    r"(?:(?:long|since|later|then|also|once|briefly|previously|now)\s+)*"
    r"(?:is|was|remains|became|been|served\s+as|serves\s+as|acts\s+as|acted\s+as|"
    # "P was appointed al-Shabaab's emir in 2014"
    r"(?:was|has\s+been|had\s+been)\s+(?:appointed|named|elected|made|installed|chosen)(?:\s+as)?|"
    # "P ... described himself as the ADF's spokesman": his own word for his office
    r"(?:described|introduced|presented|identified|styled)\s+(?:himself|herself)\s+as)\s+(?:one\s+of\s+)?(?:the\s+)?$"
)
_O_POSS_TITLE_AFTER = re.compile(
    # ("the Kenya Defence Forces’ press officer": a curly apostrophe alone after a plural name)
    # "P, the Islamic Revolutionary Guard Corps (IRGC) commander": the body's short name in brackets first
    rf"^(?:\s*\([A-Z][\w./&-]{{1,12}}\))?\s*(?:{_POSS}\s+|’\s+|{_APPOINTED}\s+)?(?:(?:former|senior|top|deputy|chief|acting)\s+)*(?:{_W}\s+){{0,2}}?(?P<title>{_TITLE})s?\b",
    re.I,
)
_LEFT = (
    r"defected\s+from|deserted|quit|resigned\s+from|broke\s+(?:away\s+)?(?:from|with)|split\s+(?:from|with)|"
    r"walked\s+away\s+from|(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:expelled|thrown\s+out|kicked\s+out|"
    r"dismissed|ousted|purged)\s+(?:from|of)"
)
# "long reported to", "widely believed to": a hedge with no verb of its own before the office's verb
_HEDGED_TO = (
    r"(?:(?:widely|long|still|now|generally|reportedly)\s+)*(?:believed|thought|said|reported|understood|presumed)"
    r"\s+to\s+(?:have\s+)?"
)
_HEDGE_OPENS = re.compile(_HEDGED_TO)
# "P, who heads the O"; "P, who founded O"; "P joined O"; "P pledged allegiance to O"
_P_VERB_O = re.compile(
    # an apposition may stand first: "P, a young man from X who had joined", "P, a son of Q, was a figure in"
    # "P, Mali's interim president, chairs the O"; "P, his successor, leads the O"
    # "P, the Kenyan-born preacher long reported to lead the ADF": a hedge may follow the apposition itself
    r"^(?:\s*,\s+(?:a|an|the|his|her|[A-Z][\w-]*['’]s)\s+[^,;]{0,60}?(?:(?=\s+who\b)|,|(?=\s+"
    + _HEDGED_TO
    + r"))"
    # "P is a veteran rebel from Kidal who founded G": the predicate noun's own relative clause is his
    r"|\s*,?\s+(?:is|was)\s+(?:a|an)\s+[^,;]{0,60}?(?=\s+who\b))?\s*,?\s+(?:who\s+|which\s+)?"
    # "a man who gave his name as P and said he spoke for the FDLR": the second verb is his too
    r"(?:and\s+(?=(?:said|says|claimed|claims|told)\s))?"
    # "P, a dismissed army major who police say heads G's armed wing": who says it changes nothing
    r"(?:(?<=who\s)(?:police|officials|investigators|prosecutors|analysts|authorities|(?:security|intelligence)\s+"
    r"(?:officials|sources))\s+(?:say|said|believe|believed|allege|alleged)\s+)?"
    # "P, who said he spoke for the FLA's general staff": his own word for whom he speaks or fights
    # "P admitted in court that he had sworn allegiance to IS": his own word, in court or to the police
    r"(?:(?:said|says|claimed|claims|admitted|admits|confessed|testified|acknowledged|told\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:(?:in|at|to)\s+(?:the\s+)?(?:court|trial|investigators|police|interrogators)\s+)?"
    r"(?:that\s+)?(?:he|she)\s+(?=(?:spoke|speaks|"
    r"fought|fights|worked|works|was|is|had|has)\b))?"
    # "P and a few dozen followers pledged allegiance to": he and the men he brought
    r"(?:and\s+(?:a\s+few\s+dozen|dozens\s+of|scores\s+of|hundreds\s+of|some|several|a\s+handful\s+of|his|her)\s+"
    r"(?:[\w-]+\s+)?(?:followers|fighters|supporters|men|loyalists|commanders)\s+)?"
    r"(?:(?:had|has|have|later|then|also|once|now|reportedly|previously|earlier|formerly|long)\s+)*"
    # "who in a recorded message pledged allegiance to": where he said it changes nothing
    r"(?:(?:in|on|through)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:video|statement|message|recording|audio|"
    r"post|interview|speech|letter)\s+)?"
    r"(?P<title>leads|led|heads|headed|founded|co-founded|runs|ran|commands|commanded|joined|rejoined|works\s+for|"
    # "Khaled Haftar is closely associated with the 106th Brigade"
    r"(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:closely|also|long|formally)\s+)?(?:associated|affiliated)\s+with|"
    # "told the court he had created the O": a verb of founding ("created ties with O" puts a noun between)
    r"created|co-created|set\s+up|"
    # "P later broke away to form the O": he founded it
    r"(?:broke|split)\s+away\s+to\s+form|"
    r"worked\s+for|fights\s+for|serves\s+in|served\s+in|fought\s+for|"
    # "P, who had earlier spoken for the TTP"
    r"(?:speaks|spoke|spoken)\s+(?:on\s+behalf\s+of|for)|"
    r"pledged\s+(?:his\s+|her\s+)?allegiance\s+to|"
    # "P pledges allegiance to the leader of the Islamic State": the oath to its head is to the group
    r"(?:pledged|pledges|pledging|swore|swears|swearing)\s+(?:his\s+|her\s+)?allegiance\s+to\s+(?:the\s+)?"
    r"(?:then\s+|late\s+|new\s+|self-proclaimed\s+)?(?:leader|emir|caliph|chief)\s+of|"
    # "P, representing the National Anti-Terrorism Prosecutor's Office"
    # "P, who represents Shiraz in the Majlis": a member for a constituency, in the assembly named after it
    r"(?:representing|represents|represented)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+in|"
    r"representing|represents|represented|"
    r"(?:swore|sworn)\s+allegiance\s+to|defected\s+to|"
    # "he had been 'sworn in' to Atomwaffen over a video call": an oath of membership
    r"(?:been\s+)?[\"“‘']?sworn\s+in[\"”’']?\s+(?:to|into)|"
    # "had himself sworn an oath of loyalty to IS", "took an oath of allegiance to the group"
    r"(?:(?:himself|herself)\s+)?(?:swore|sworn|took|taken|swearing|taking)\s+(?:an?\s+|the\s+|his\s+|her\s+)?"
    r"oath\s+of\s+(?:allegiance|loyalty|fealty)\s+to|"
    # "P sits on the Presidential Leadership Council": a seat on a council or board is membership
    # "P, who sat on the Leipzig city council for the AfD": the party a councillor or member of parliament sits for
    r"(?:at\s+the\s+time\s+)?(?:sits|sat|served|serves|has\s+a\s+seat|had\s+a\s+seat)\s+(?:on|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}?"
    r"(?:(?:town|city|municipal|district|county|regional|state|provincial|local|national|federal)\s+)?"
    r"(?:council|parliament|assembly|legislature|senate|Bundestag|Landtag|Knesset|Majlis)\s+for|"
    # "P also sits as a vice-president on the O": the seat's office may stand between
    r"(?:sits|sat|serves|served|has\s+a\s+seat|had\s+a\s+seat)"
    rf"(?:\s+as\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:vice-|deputy\s+)?(?:{_TITLE}))?\s+on|"
    # "P, who took over the ADF in 2015"; "P took control of the ADF"
    r"took\s+over|takes\s+over|(?:took|takes|assumed|assumes|seized)\s+(?:control|command|charge|the\s+leadership)\s+of|"
    # "P seized power in September 2022 at the head of the O"; "P, at the head of the O since 2019"
    r"(?:(?:seized|took|came\s+to|rose\s+to)\s+power\s+(?:in\s+(?:[\w-]+\s+){1,2}?)?)?at\s+the\s+head\s+of|"
    # "was himself a senior figure in the Baloch Liberation Army"
    r"(?:was|is|been)\s+(?:(?:himself|herself|also|once|long|still)\s+)*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:member|leader|commander|founder|head|figure|official|operative|fighter|militant|ideologue|preacher|emir|spokesman|"
    # "P is also a vice-president of the O"; "P was the chairman of the O"
    r"(?:vice-|deputy\s+)?(?:president|chairman|chairwoman|director)|secretary-general)\s+"
    r"(?:of|in|within|with|for)|"
    r"(?:had\s+been\s+)?dispatched\s+by|was\s+sent\s+by|"
    # "P was appointed head of X"; "P, who directs the O"
    r"(?:was|has\s+been|had\s+been|is)\s+(?:appointed|named|elected|made|installed|chosen)\s+(?:as\s+)?(?:the\s+|its\s+)?"
    r"(?:new\s+|interim\s+|acting\s+)?(?:[\w-]+\s+)?(?:leader|head|chief|commander|emir|spokesman|deputy|director|president|"
    r"chairman|secretary-general)\s+(?:of|for)|directs|directed|chairs|chaired|manages|managed|oversees|oversaw|"
    # "declared himself a fighter for the Islamic State"; "presented himself as a soldier of the caliphate's
    # army" (his own word; "presented himself as a victim of the X" names no office)
    r"(?:declared|described|called|proclaimed|named|presented|styled|portrayed)\s+(?:himself|herself)\s+"
    r"(?:to\s+be\s+|as\s+)?(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+)?(?:fighter|soldier|member|militant|commander|emir|follower|caliph|leader)\s+(?:for|of|with|in)|"
    # "P, writing for Foreign Policy"; "reporting for the BBC"; "speaking on behalf of the Taliban"
    r"(?:writing|reporting|speaking)\s+(?:for|on\s+behalf\s+of)|"
    r"(?:served|serves|worked|works|acted|acts)\s+as\s+(?:a|an|the|its)\s+(?:\w+\s+){0,2}?(?:"
    + TITLE_WORDS
    + r")\s+(?:for|of|with|in|to)|"
    # "who had declared support for the Islamic State"; "had filmed himself pledging allegiance to IS"
    r"declared\s+(?:his\s+|her\s+)?(?:allegiance|support|loyalty)\s+(?:to|for)|(?:was|is)\s+loyal\s+to|stayed\s+loyal\s+to|"
    r"(?:filmed|recorded|videotaped)\s+(?:himself|herself)\s+(?:pledging|swearing|declaring)\s+(?:his\s+|her\s+)?"
    r"(?:allegiance|loyalty)\s+to|"
    # "had posted a video pledging allegiance to IS"; "left a recorded message swearing loyalty to the group" (but
    # "shared videos of fighters pledging allegiance to IS" shows others pledging)
    r"(?:posted|released|published|uploaded|shared|recorded|made|left)\s+(?:a\s+|an\s+|several\s+|two\s+)?"
    r"(?:(?:recorded|short|online|handwritten)\s+)?(?:videos?|messages?|statements?|posts?|recordings?|clips?|notes?)\s+"
    # ("had recorded a video of himself pledging loyalty to the leader of the Islamic State": his own oath)
    r"(?:(?:online|on\s+social\s+media)\s+)?(?:of\s+(?:himself|herself)\s+)?(?:pledging|swearing|declaring)\s+"
    r"(?:his\s+|her\s+)?(?:allegiance|loyalty)\s+to(?:\s+(?:the\s+)?(?:self-proclaimed\s+)?(?:leader|emir|caliph|chief)\s+of)?|"
    # "P, who researches armed groups at the O"; "who covered the trial for the O"; "who writes for the O"
    # "P, who tracks settlement growth for the O"; "who monitors the conflict for the O"
    r"(?:researches|researched|studies|teaches|taught|covers|covered|reports|reported|writes|wrote|"
    r"tracks|tracked|monitors|monitored|"
    # "P, who follows the scene for the O"
    r"follows|followed|"
    r"lectures|lectured|works|worked)\s+(?:(?!(?:at|for|with|and|but|said|says)\b)[\w'’-]+\s+){0,5}?(?:at|for)|"
    # "P is believed to command the Qassam Brigades"; "P rose to lead ISWAP"; "went on to found"
    r"(?:(?:is|was|are|were)\s+(?:(?:widely|also|long|still|now|generally)\s+)*(?:believed|thought|said|reported|"
    r"understood|presumed)\s+to\s+(?:have\s+)?|(?:rose|went\s+on|came|returned|moved\s+up)\s+to\s+|"
    + _HEDGED_TO
    + r")"
    r"(?:lead|led|head|headed|command|commanded|run|found|founded|co-found|co-founded|join|joined|direct|directed|"
    # "P is said to have fought with the Qassam Brigades" (a group only, as "fought with" below)
    r"fought\s+(?:with|alongside|for)|fight\s+(?:with|alongside|for))|"
    # "P belonged to al-Shabaab"; "P trained with Lashkar-e-Taiba"; "fought with the Islamic State" (a group only)
    r"belongs\s+to|belonged\s+to|trained\s+(?:with|alongside)|fought\s+(?:with|alongside)|fights\s+(?:with|alongside)|"
    r"(?:fought|served|serves|rose|spent\s+(?:[\w-]+\s+){1,3}?)\s*(?:in|through|within)\s+the\s+ranks\s+of|"
    # "P, who was recruited by al-Shabaab at 15"
    r"(?:was|were|had\s+been)\s+recruited\s+(?:by|into)|"
    # "P had recruited in the Midwest for The Base": recruiting for a body, with no recruit named between
    r"recruited\s+(?:(?:in|across|throughout|among)\s+(?:the\s+)?[^,;]{1,40}?\s+)?for|"
    # "P was vetted into The Base in 2022"; "was inducted into the group"
    r"(?:was|were|had\s+been)\s+(?:vetted|inducted|initiated|admitted|sworn)\s+into|"
    # leaving a body records that one was in it: "defected from al-Shabaab", "was expelled from the party"
    rf"{_LEFT}|"
    # "was convicted of being a member of the Islamic State" (an accusation alone is not enough)
    r"(?:(?:was|has\s+been|had\s+been|were)\s+)?(?:convicted|found\s+guilty|jailed|imprisoned|sentenced)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:of|for)\s+(?:being\s+(?:a\s+)?members?\s+of|(?:his\s+|her\s+)?membership\s+(?:of|in))|"
    r"(?:pleaded\s+guilty\s+to|admitted|confessed\s+to)\s+(?:being\s+(?:a\s+)?members?\s+of|"
    r"(?:his\s+|her\s+)?membership\s+(?:of|in))|"
    # "P, who was in charge of al-Shabaab's finances"; "in charge of logistics for Hezbollah"
    r"(?:(?:was|is|had\s+been)\s+)?in\s+charge\s+of(?:\s+(?:[\w-]+\s+){1,3}?(?:for|at|in|of|within))?)"
    # "who headed the political bureau of Hamas"; "joined the ranks of the Taliban"
    r"\s+(?:(?:the|its|a|an)\s+(?:(?!(?:rival|rivals|breakaway|splinter|dissident|enemy|enemies)\b)[\w-]+\s+){0,3}?"
    r"(?:wing|bureau|office|council|unit|branch|faction|cell|committee|department|division|section|brigade|"
    r"battalion|network|operations|affairs|ranks|arm|shura|leadership)\s+(?:of|in|within|for)\s+(?:the\s+)?|"
    # "who leads the Sahel programme at the International Crisis Group": a programme or a desk of the body
    r"(?:the|its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:programme|program|project|desk|team|initiative|department|unit)\s+"
    r"at\s+(?:the\s+)?|"
    # "who leads a splinter group, the FLN": the body is named after a noun for its kind
    r"(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:faction|group|movement|wing|militia|party|organi[sz]ation|"
    r"network|outfit|splinter(?:\s+group)?|offshoot|coalition|alliance)\s*,\s+(?:the\s+)?|"
    # "swore allegiance to the leader of ISIS": a pledge to the body's head is a pledge to the body
    r"(?<=allegiance\sto\s)(?:the\s+)?(?:(?:self-styled|self-proclaimed|supreme|overall)\s+)?"
    r"(?:leader|emir|amir|caliph)\s+of\s+(?:the\s+)?|"
    # "who leads Yemen's Houthi movement": a country may own the body
    # ("who tracks outposts for the Israeli group Peace Now": a nationality and the body's kind before its name)
    r"(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:(?-i:[A-Z][a-z]+(?:i|an|ese|ish))\s+(?:group|organi[sz]ation|NGO|watchdog|"
    r"charity|monitor|movement)\s+|(?:[\w-]+\s+){0,1}?))$",
    re.I,
)
# "The PKK, which is banned in Turkey and was listed as a terrorist group by the EU in 2002, is led by P": a
# relative clause too long for an apposition, closed by a comma before the body's own "is led by"
_LONG_WHICH = (
    r"(?:\s*,\s+(?:which|that)\s+(?:(?!(?:said|says|told|who|whom|which|that)\b)[^;()\"“”]){60,180}?,"
    r"(?=\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:now|currently|still|long)\s+)?(?:led|headed|commanded|run)\s+by\s))"
)
# "the O, led by P"; "O leader, P"
_O_LED_BY_P = re.compile(
    # "the Abu Sayyaf faction led by P": the head noun the name left out changes nothing
    # "the Congo River Alliance (AFC) led by P": the bracket the short name closes; "ISSP (led by P)"
    # ("the Grand Ravine gang led by P", "the Jalisco cartel's cell headed by P")
    rf"^\)?(?:\s+(?:group|faction|movement|militia|network|outfit|coalition|alliance|gang|cartel|cell|band))?(?:{_LONG_WHICH}|{_APPOS})(?:\s*,?\s+|\s+\(\s*)"
    # "Ansarul Islam, a local group founded by the preacher P"; "X, a coalition of militias headed by P"
    # "The BLA is a secular separatist group, led by P, that ...": what the body is, then who leads it
    # "a mostly Fulani (Peul) armed group led by P": a short bracket among the words that say what it is
    # ("the ADF began in the 1990s as a Ugandan Islamist rebellion founded by P": what the body began as)
    r"(?:(?:(?:is|was|remains|(?:began|started|emerged)\s+(?:in\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?\d{4}s?\s+)?as)\s+)?"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:\([^()]{1,25}\)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:group|organi[sz]ation|movement|faction|network|"
    r"militias?|outfit|unit|brigade|wing|offshoot|splinter|coalition|alliance|umbrella|front|party|force|insurgency|"
    r"rebellion|uprising)(?:\s*,)?\s+)?"
    r"(?:(?:which|that|who)\s+)?"
    # "JNIM, whose Burkina operations are led by P": a part of the body's own (not its rivals) led by P
    r"(?:whose\s+(?:(?!(?:rivals?|enemies|enemy|opponents?|foes?|adversaries|victims?|targets?)\b)[\w-]+\s+){1,4}?"
    r"(?=(?:is|was|are|were)\s))?"
    # "X, which joined the coalition and is now led by P": a first verb of the body's, then "and"
    # ("X, which counts 6,000 members and is led by P": a figure's thousands comma does not close the clause)
    r"(?:(?<=which\s)(?:(?!(?:said|says|told|that|which|who|whom)\b)(?:[^,;()]|(?<=\d),(?=\d{3}))){1,50}?\s+and\s+"
    r"(?=is\s|was\s|has\s))?"
    # "the ADF is now commanded by P"; "the faction once led by P"
    r"(?:(?:is|was|are|were|has\s+been|had\s+been|now|currently|still|reportedly|once|formerly|previously|"
    r"originally|long)\s+)*"
    # ("the Caucasus Emirate, proclaimed by Doku Umarov in 2007": an emirate is founded by proclaiming it)
    # ("the PMF Commission is chaired by P", "the court, presided over by Judge P")
    r"(?:led|headed|founded|commanded|run|co-founded|formed|created|set\s+up|built|established|launched|proclaimed|"
    r"chaired|presided\s+over)\s+"
    # ("led by P and opposed by President Q": the words before "by" hold no "by" of their own)
    r"(?:(?!by\b)[\w-]+\s+){0,5}?by\s+"
    # "founded by former FARC peace negotiator P" (but "led by supporters of P", "by the son of P" are not P's)
    # ("the movement led by P that toppled Q": a relative clause after P names no one of the body)
    r"(?:the\s+)?(?:(?!(?:of|and|with|from|supporters|followers|loyalists|allies|that|which|who|whom)\b)[\w-]+\s+){0,4}?"
    # "headed by former Afghan army chief of staff General P": an office whose name holds "of"
    r"(?:chief\s+of\s+(?:the\s+)?(?:general\s+|defen[cs]e\s+|army\s+|joint\s+)?staff\s+)?"
    # "... is now led by his brother, P": a kinsman named in apposition
    r"(?:(?:his|her|their)\s+(?:younger\s+|elder\s+|older\s+)?(?:brother|son|nephew|cousin|widow|daughter)\s*,\s+)?"
    # "headed by Dr. P", "commanded by Brig. Gen. P": a title of address or a rank before the name
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*$",
    re.I,
)
# "was founded in 1997 as the O (its own-language name) by P": a verb of founding, then "as" and the name
_FOUNDED_AS_BEFORE = re.compile(
    r"\b(?P<title>founded|co-founded|formed|created|set\s+up|established|launched)\s+"
    r"(?:(?!(?:by|and|but|which|who|after)\b)[^,;.]){0,40}?\bas\s+(?:the\s+)?$",
    re.I,
)
_NAME_THEN_BY = re.compile(
    r"^(?:\s*\([^()]{1,60}\))?\s+by\s+(?:the\s+)?"
    r"(?:(?!(?:of|and|with|from|supporters|followers|loyalists|allies|sons?|daughters?|relatives)\b)[a-z][\w-]*\s+){0,2}?$"
)
# "the spokesman of the Nigerian Army, Brig. Gen. P"
_COMMA_RANKS = re.compile(rf"^\s*,\s*{_ABBR}*(?:{_RANK}\.?\s+)*$")
# "the founder of O, P"; "Commander of the IRGC's Quds Force, P" (the part named is the body)
_TITLE_OF_O_P = re.compile(rf"\b(?P<title>{_TITLE})\s+(?:of|for)\s+(?:the\s+)?(?:{_W}{_POSS}\s+)?$", re.I)
_TITLE_OF_UNIT_OF_O_P = re.compile(
    rf"\b(?P<title>{_TITLE})\s+(?:of|for)\s+(?:the|its)\s+(?:[A-Z][\w'’-]*\s+){{1,3}}"
    r"(?:command|unit|wing|branch|brigade|battalion|front|sector|division|faction|cell|office|chapter)\s+"
    r"(?:of|in)\s+(?:the\s+)?$"
)
# "a spokesman for the O (ABBR), who gave his name as P"; "a spokeswoman of the O who signed herself P": the
# officer who names himself only after the body
_WHO_GAVE_NAME_AS = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?\s*,?\s+who\s+(?:(?:gave|identified|introduced)\s+(?:his|her|himself|herself)\s+"
    r"(?:(?:name|nom\s+de\s+guerre|alias)\s+)?as|signed\s+(?:himself|herself|(?:his|her)\s+(?:name|statement)\s+as)|"
    r"(?:called|calls|named|names)\s+(?:himself|herself))\s+[\"“]?$",
    re.I,
)
# "a split P rejected, reaffirming his loyalty to Ansaru"; "told a TV channel that he had been sent by X"
_P_DECLARED_O = re.compile(
    r"^(?:[^.;]{0,40}?\b(?:(?P<title>(?:re)?affirm\w*|declar\w*|pledg\w*|renew\w*|swe?ar\w*|swore|sworn)\s+(?:his|her)\s+"
    r"(?:loyalty|allegiance)\s+to|that\s+(?:he|she)\s+(?:had\s+been|was|has\s+been)\s+(?:dispatched|sent|trained|"
    r"financed|recruited|ordered)\s+by)|"
    # "read a statement declaring himself "an anarchist and a member of the X"": his own word that he belongs
    r"[^.;]{0,90}?\b(?P<member>(?:declar|call|proclaim|describ)\w*\s+(?:himself|herself|themselves)\s+(?:as\s+)?[\"“]?"
    r"(?:[^\"”.;,]{0,40}?\s+and\s+)?(?:a|an)\s+(?:proud\s+|loyal\s+|full\s+)?members?\s+of))\s+[\"“]?(?:the\s+)?$",
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
    r"^\s*,\s+(?:(?:the|a)\s+(?:[\w-]+\s+)?(?:group|organi[sz]ation|movement|faction|network|militia|outfit|unit)\s+"
    r"(?:that\s+|which\s+)?"
    # "Jabhat al-Nusra, which P founded in 2012"
    r"|(?:which|that)\s+)"
    # "the party, which the late P founded in 1969"; "the network, which the jailed Egyptian cleric P set up": how
    # the founder is described before his name
    r"(?:the\s+(?:(?:late|jailed|imprisoned|slain|exiled|veteran|former)\s+)?"
    r"(?-i:[A-Z][a-z]+(?:an|i|ese|ish)\s+)?(?:(?:cleric|preacher|ideologue|militant|commander|warlord|businessman)\s+)?"
    # "the group that former FARC commander P founded": a former office over another body, with no article
    r"|(?:former|ex-)\s*(?-i:[A-Z][\w-]*\s+){0,2}(?:commander|leader|chief|guerrilla|rebel|militant|emir)\s+)?$",
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
    rf"^\s*,?\s+as\s+(?:(?P<its>its|their)\s+|the\s+|an?\s+)?(?:(?:new|next|first|interim|acting|official|chief|"
    rf"top|senior|deputy)\s+)*(?:[\w-]+\s+)?(?P<title>{_TITLE})\b",
    re.I,
)
# "G split from H in November 2017, led by P"; "G broke away from the H in 2014 under P"
_SPLIT_FROM_UNDER_P = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?\s+(?:(?:had|has|later|then|first)\s+)*(?:split|splintered|broke\s+away|broken\s+away|"
    r"seceded|defected)\s+(?:off\s+)?from\s+(?:the\s+)?"
    # ("split from Boko Haram in 2016 and still fights the faction once led by P": a clause of its own between)
    r"(?:(?!\b(?:and|but|which|who|that|once|after|when|whose|while)\b)[^,;()]){1,60}?"
    # ("broke away from the Komala Party, led by P": the party the splinter left is the one he leads; a date
    # between closes its name)
    r"(?:(?<=\d{4}),\s+led\s+by|,?\s+under(?:\s+the\s+(?:leadership|command)\s+of)?)\s+(?:the\s+)?"
    r"(?:(?-i:[a-z])[\w-]*\s+){0,3}?$",
    re.I,
)
# "the province, Wilayat Qawqaz (Caucasus Province), with P as its governor"
_O_WITH_P = re.compile(r"^(?:\s*\([^()]{1,120}\))?\s*,\s+with\s+$")
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
# "replaced Shekau with P as head of O": the new man takes the office
_SUCCEEDED_BEFORE = re.compile(
    r"\b(?:succeeded|replaced|succeeding|replacing)\s+(?:(?:[A-Z][\w'’-]*\s+){1,4}?with\s+)?$"
    # "who took over from P as JNIM leader": the man taken over from held the office before
    r"|\b(?:took|takes|taking|take)\s+over\s+from\s+$"
)
# "succeeded P as JNIM leader", "took over from P as the group's emir": the office after the body
_AS_THE = re.compile(r"^\s+as\s+(?:the\s+)?$")
# "P succeeded Q as al-Shabaab leader", "P, who took over from Q as the group's emir": the successor too
_SUCCEEDED_AS_THE = re.compile(
    r"^\s*,?\s+(?:who\s+)?(?:(?:later|then|eventually|had|has)\s+)*(?:succeeded|replaced|took\s+over\s+from)\s+"
    r"(?:(?:[A-Z][\w'’-]*|al-[\w'’-]+|bin|ibn|Ag|ould)\s+){1,5}?as\s+(?:the\s+)?$"
)
# (one office, then a break: in "took over from P as Hamas negotiators pulled out" the "as" opens a clause)
_O_TITLE_THEN_BREAK = re.compile(
    rf"^\s*(?:{_POSS}\s+)?(?:(?:former|senior|top|deputy|chief|acting|overall|supreme|military|political|new)\s+)*"
    rf"(?P<title>{_TITLE})(?:\s*[,.;)]|\s+(?:in|of|for|at|on|after|before|since|until|when|and)\b|\s*$)",
    re.I,
)
# "P, a journalist at France 24 and a senior research fellow at the O"
_P_AND_TITLE_AT_O = re.compile(
    # ("P, the leader of the X gang and one of the most powerful figures in Y")
    r"^\s*,\s+(?:a|an|the)\s+[^,;]{0,60}?\s(?:at|of|for|with)\s+(?:the\s+)?[A-Z][^,;]{0,60}?\s+and\s+"
    rf"(?:(?:a|an|the)\s+|one\s+of\s+(?:the|its)\s+)(?:[\w-]+\s+){{0,3}}?(?P<title>{_TITLE})s?\s+"
    r"(?:at|of|for|with|in)\s+(?:the\s+)?(?:same\s+)?$",
    re.I,
)
# "Boko Haram's faction led by P"; "the group's Lake Chad wing, headed by P"
_O_PART_LED_BY_P = re.compile(
    # "al-Shabaab's leadership, headed by P": the body's own leadership is led by its leader
    # ("al-Qaeda's core, led de facto by P": the core of a network is the network)
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,3}}?(?:faction|wing|branch|unit|cell|brigade|battalion|leadership|shura|"
    r"council|command|core)\s*,?\s+"
    r"(?:(?:which\s+is|now|then|once)\s+)?(?:(?:led|headed|commanded|run)\s+(?:de\s+facto\s+)?by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?|"
    # "the Islamic State's Sahel branch, under P": the name right after "under"
    rf"under\s+(?:the\s+(?:command|leadership)\s+of\s+)?{_ABBR}*(?:{_RANK}\.?\s+)*)$",
    re.I,
)
# "the group was formed in 2017 by the merger of A, B and C under P"; "X was founded under the leadership of P":
# the body was made under him (not "formed in 2012 under President P", a ruler's time, nor "under a deal with P")
_O_FORMED_UNDER_P = re.compile(
    # "X, also spelled Y, was formed in 2014 by volunteers under P": an alias the name is spelled by between
    r"^[*_]*\s*(?:\([^()]{1,40}\))?(?:\s*,\s+(?:(?:also|sometimes|often|formerly)\s+)?(?:known\s+as|called|spelled|spelt|"
    r"written|transliterated|rendered)\s+[^,;()]{1,60},)?\s*,?\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:first|originally|formally|later)\s+)?"
    # ("... when A, B and the Saharan branch of AQIM (AQIM) merged under P": letters in brackets on the way)
    r"(?:formed|founded|created|established|set\s+up|launched|re-?formed|re-?organi[sz]ed)\b"
    r"(?:[^;:()\"“”]|\([^()]{1,20}\)){0,160}?\s+"
    rf"under\s+(?:the\s+(?:command|leadership|direction)\s+of\s+)?{_ABBR}*(?:{_RANK}\.?\s+)*$",
    re.I,
)
# "The TTP, an alliance of militant factions set up in 2007 under P": an apposition says the body was made under him
_O_APPOSED_FORMED_UNDER_P = re.compile(
    r"^\s*(?:\([^()]{1,40}\))?\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,5}?"
    r"(?:formed|founded|created|established|set\s+up|launched)(?:\s+(?:in|around)\s+(?:[A-Z][a-z]+\s+)?\d{4})?\s+"
    rf"under\s+(?:the\s+(?:command|leadership|direction)\s+of\s+)?{_ABBR}*(?:{_RANK}\.?\s+)*$",
    re.I,
)
# "G emerged in 2014 when a group of H commanders led by P broke away": the group born of his splinter is his (not
# "G grew when a group led by P joined it", nor "G emerged after a faction led by P was crushed")
_O_BORN_WHEN_SPLINTER_LED_BY_P = re.compile(
    r"^\s*(?:\([^()]{1,40}\))?\s*,?\s+(?:emerged|was\s+(?:formed|founded|created|born|set\s+up)|came\s+into\s+being)\b"
    r"[^;:()\"“”]{0,40}?\s+(?:when|after)\s+an?\s+(?:(?:breakaway|splinter|dissident|small)\s+)?"
    r"(?:faction|group|band|circle)\s+(?:of\s+[^,;()]{1,60}?\s+)?(?:led|headed)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*$",
    re.I,
)
_BROKE_AWAY_AFTER = re.compile(r"^\s+(?:broke\s+away|split\s+(?:away|off)|walked\s+out|defected)\b")
# "a field commander of the G in Idlib known by the nom de guerre P": the office is in the group, the name is his
# (not "a critic of the G known as P", nor "a rival of the G known as P")
_TITLE_OF_G_BEFORE = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:{_MODS}\s+){{0,2}}(?P<title>{_TITLE})\s+(?:of|in|from|with|for)\s+(?:the\s+)?$"
)
_G_PLACE_KNOWN_AS_P = re.compile(
    r"^(?:\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*,?\s+(?:who\s+(?:is|was|goes)\s+)?"
    r"(?:known|identified|referred\s+to)\s+(?:only\s+)?(?:as|under\s+the\s+(?:nick)?name|"
    r"by\s+the\s+(?:nick)?name|by\s+the\s+(?:nom\s+de\s+guerre|alias|kunya))\s*[\"“'‘]?\s*$"
)
# "the PKK's leadership under Cemil Bayik"; "the military seized power in February 2021 under Senior General P"
_O_UNDER_P = re.compile(
    rf"^{_POSS}\s+(?:leadership|fighters|forces|militants|movement|network)\s+under\s+$"
    rf"|^(?:\s*\([^()]{{1,20}}\))?\s*,?\s+(?:seized|took|came\s+to)\s+power\s+(?:in\s+(?:[\w-]+\s+){{1,2}}?)?"
    rf"under\s+{_ABBR}*(?:{_RANK}\.?\s+)*$",
    re.I,
)
# "al-Shabaab under Ahmed Diriye"; "the Presidential Leadership Council (PLC) under Rashad al-Alimi": a group, or a
# body given with its short name, right before its leader
_O_NEXT_UNDER_P = re.compile(
    rf"^(?P<abbr>\)|\s*\([^()]{{1,20}}\))?\s+under\s+(?:the\s+(?:leadership|command)\s+of\s+)?{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
_LIST_LAST_BEFORE = re.compile(r"(?:\band|,)\s+(?:the\s+)?$")
# "At the Foreign Office in London, spokesman P said"
_AT_O = re.compile(r"\b(?:At|From|Inside)\s+(?:the\s+)?$")
_AT_O_TITLE_P = re.compile(
    rf"^(?:\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?"
    # "At the State Department on Tuesday, spokesman Col. P said": the day, and his rank after the office
    r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    rf"\s*,\s+(?:[\w-]+\s+){{0,2}}?(?P<title>{_TITLE})\s+{_ABBR}*(?:{_RANK}\.?\s+)*$",
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
    # "the STC, the separatist body whose leader, P, ...": an apposition may say what the body is first
    # ("G (its name in Greek), whose leader, P": the bracket the short name closes)
    r"^\)?\s*,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:body|group|movement|organi[sz]ation|party|coalition|alliance|"
    r"militia|force|faction|council|agency|institute|network|structure|umbrella|front|wing)\s+)?"
    # "the armed cell that bombed a ministry in 2009 and whose founder, P, ...": a relative clause first, joined to
    # the "whose" by "and" (after a comma the "whose" may be the clause's)
    r"(?:(?<=\s)(?:that|which)\s+[^,;:()\"“”]{1,80}?\s+and\s+)?"
    # "the Provisional Council, whose first chairman, P, ..."
    # ("whose leading member, P"; "whose best-known member, P")
    r"whose\s+(?:(?:former|senior|chief|top|new|acting|military|official|first|founding|current|late|leading|best-known|"
    rf"self-styled|self-declared|overall|supreme|spiritual|political|executive)\s+)*(?P<title>{_TITLE})s?\s*,?\s+"
    # "the KCK, an umbrella whose executive leaders, among them P and Q, ...": the first of those listed
    r"(?:(?:among\s+them|including)\s+)?"
    # "LeJ-A, whose spokesman, using the name P, claimed it": the name he goes by
    r"(?:(?<=,\s)(?:using|under|giving|who\s+gave|who\s+uses|who\s+used)\s+(?:the\s+|his\s+)?"
    r"(?:(?:nom\s+de\s+guerre|alias|name|pseudonym)\s+)(?:of\s+)?[\"“]?)?"
    # "JNIM, whose overall leader is the Malian P": his nationality may stand before the name
    r"(?:(?:is|was)\s+(?:the\s+(?-i:[A-Z][a-z]+(?:an|ese|ish|i)\s+))?)?$",
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


# The titles and verbs of a member rather than an employee: "a Hamas courier", "fought for", "defected from"
_MEMBER_WORDS = re.compile(
    # ("recruited in Texas for The Base": a recruiter is one of the group's men)
    rf"^(?:{_LEFT})$|\bmember|\bbelong|\btrained\b|\bfought\b|\bfights\b|\branks\b|\bsits\b|\bsat\b|\bseat\b|\brecruited\b|"
    r"\b(?:courier|bodyguard|sniper|cadre|activist|gunman|guerrilla|insurgent|jihadist|combatant|defector|deserter)\b",
    re.I,
)
_LEADING_WORDS = re.compile(r"found|lead|led\b|head|command", re.I)


# ("told the court he had created AFO": he founded it)
_TO_FORM_WORDS = re.compile(r"\baway\s+to\s+form$|^(?:co-)?created$|^set\s+up$")


# ("is closely associated with O": a tie of no named kind)
_LOOSE_TIE_WORDS = re.compile(r"\b(?:associated|affiliated)\s+with$")


def _subproperty(title: str | None) -> str | None:
    if not title or _LOOSE_TIE_WORDS.search(title):
        return None
    if _MEMBER_WORDS.search(title) and not _LEADING_WORDS.search(title):
        return "memberOf"
    if _TO_FORM_WORDS.search(title):
        return "founderOf"
    for pattern, prop in ROLE_TO_SUBPROPERTY:
        if pattern.search(title):
            return prop
    return "employeeOf" if title else None


# "P, whose X party governs ...", "P, whose militia controls ...": the body is the person's own (not "whose
# brother joined X", nor "whose X-run ministry")
_WHOSE_BODY = re.compile(r"^\s*,\s+whose\s+(?:own\s+)?(?:the\s+)?$", re.I)
_WHOSE_BODY_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,25}\)\s*)?(?:(?:party|movement|group|faction|militia|organi[sz]ation|army|forces?|coalition|"
    r"alliance|bloc)\s+)?(?:\([^()]{1,25}\)\s+)?(?:(?:has|had|have|is|was|now|still|also|long)\s+)*"
    r"(?:governs|governed|controls|controlled|runs|ran|rules|ruled|leads|led|holds|held|won|dominates|dominated|"
    r"fought|fights|seized|took|swept|joined|backs|backed|supports|supported|formed|became|"
    # "P, whose Katiba Serma forms the coalition's second pillar": the unit he leads is a part of a larger body
    r"forms|makes\s+up|made\s+up|operates|operated|claimed|expanded|grew)\b",
    re.I,
)


# "the Prime Minister ... his military spokesman, Maj. Gen. P": an aide the head of government calls his own
_HEAD_OF_GOVERNMENT_AIDE = re.compile(
    r"\b[Tt]he\s+(?:Prime\s+Minister|President|Premier|Chancellor)\b[^.;:()]{0,80}?\b[Hh]is\s+(?:[\w-]+\s+){0,2}?"
    r"(?:spokes(?:man|woman|person)|adviser|advisor|envoy|chief\s+of\s+staff)\s*,\s+"
    rf"(?:{_ABBR}|{_RANK}\.?\s+)*$"
)
_ONE_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:Government\s+of\b|[\w-]+\s+[Gg]overnment$)")


def _head_of_government_aide(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether `a` is the aide of the head of government this sentence names, and `b` that government, after him."""
    return (
        a.end <= b.start
        and bool(_ONE_GOVERNMENT.match(b.name))
        and bool(_HEAD_OF_GOVERNMENT_AIDE.search(s.before(a, 160)))
        and not _other_person_between(s, a, b)
        and not any(x.type in ORG_LIKE and a.end <= x.start and x.end <= b.start for x in s.mentions)
    )


# "P's Fatah movement", "P's Likud party": the body is the man's own party
_PARTY_AFTER = re.compile(r"^\s+(?:party|movement)\b", re.I)

_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,2}(?=\w)|(?<=\w)_{1,2}(?!\w)")

# "George Washington University's Program on Extremism": a university's own research centre or programme
_UNIVERSITY = re.compile(r"\b(?:University|College)\b")
_UNIVERSITYS = re.compile(r"^['’]s\s+(?:own\s+)?$")
_RESEARCH_UNIT = re.compile(
    r"\b(?:Program|Programme|Cent(?:er|re)|Institute|Observatory|Initiative|Project|Lab|Laboratory|Unit)\b"
)


def _research_unit(s: Sentence, b: Mention) -> Mention | None:
    """The research centre or programme a university's name owns just after it, where one is named."""
    if not _UNIVERSITY.search(b.text):
        return None
    return next(
        (
            c
            for c in s.mentions
            if c.type in ORG_LIKE
            and c.start >= b.end
            and _RESEARCH_UNIT.search(c.text)
            and _UNIVERSITYS.match(s.text[b.end - s.start : c.start - s.start])
        ),
        None,
    )


def _person_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """A person and the organisation or group they belong to, in either order.

    A person listed with others ("A and B, both commanders of G"; "G leaders A, B and C") belongs
    where the list as a whole is said to belong.
    """
    # a list closes with "and" ("A, B and C, all members of G"), and opens after a comma or an "and" for
    # the names after the first ("G leaders A, B and C"): without them no list stands between the two
    listed = " and " in between
    # "a senior analyst at the **Nile Institute**": Markdown's emphasis marks change nothing
    between, after_b = _EMPHASIS.sub("", between), _EMPHASIS.sub("", after_b)
    if a.type is P and b.type in ORG_LIKE and _WHOSE_BODY.match(between) and _WHOSE_BODY_AFTER.match(after_b):
        # "Chief Minister P, whose Justice Party governs the province": the party is his
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.65)
    if a.type is P and b.type is O and _head_of_government_aide(s, a, b):
        # "thanked the Prime Minister for the statement of his spokesman, P, and for the Government of X's
        # inquiry": the head of government's own aide works for that government
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "employeeOf")
    if a.type is P and b.type in ORG_LIKE:
        found = list(_person_then_body(s, a, b, between, after_b)) or list(
            _person_named_to_office(b, a, between, after_b)
        )
        if found and (unit := _research_unit(s, b)) is not None:
            # "a fellow at George Washington University's Program on Extremism": he works for the programme
            found = [dataclasses.replace(f, object=unit) if f.object is b else f for f in found]
        yield from found or (_listed_person_then_body(s, a, b, after_b) if listed else ())
        # "P commands Operation Hadin Kai, the Nigerian army's counter-insurgency operation": the body is a
        # part of the one apposed to it, and he is in both
        if found and (owner := _apposed_owner(s, b)) is not None and not _same(owner, a):
            yield dataclasses.replace(found[0], object=owner, confidence=found[0].confidence - 0.1)
    if a.type in ORG_LIKE and b.type is P and not _quoted_antecedent(s, a):
        found = list(_body_then_person(s, a, b, between, after_b))
        yield from found or (_body_then_listed_person(s, a, b) if listed or "," in between else ())
        # "Its most powerful component, Katiba Macina, is commanded by P": he is in the whole as in the part
        if found and (whole := _owner_before(s, a)) is not None and not _same(whole, b):
            yield dataclasses.replace(found[0], object=whole, confidence=found[0].confidence - 0.1)


# '"The route is the EPP's," its commander, P, said': "its" after the quote is the speaker's body's
_QUOTE_CLOSES = re.compile(r"[\"”]\s*,?\s*$")
# '"We have no ties to the X," the movement's spokesman, P, said': a body's common noun stands for it as "its" does
_SPEAKERS_BODY = re.compile(
    r"^(?:its|their|the\s+(?:group|movement|organi[sz]ation|party|militia|faction|network|outfit|front))$",
    re.I,
)


def _quoted_antecedent(s: Sentence, a: Mention) -> bool:
    """Whether `a` is "its", "their" or "the movement" just after a quotation that names the body it was read to
    stand for.

    A quotation is someone's speech: "its" after it belongs to the speaker's body, not to one the speaker named.
    """
    if not _SPEAKERS_BODY.match(a.text):
        return False
    before = s.text[: a.start - s.start]
    if (close := _QUOTE_CLOSES.search(before)) is None:
        return False
    opened = max(before.rfind("“", 0, close.start()), before.rfind('"', 0, close.start()))
    return opened >= 0 and any(
        m is not a and _same(m, a) and s.start + opened <= m.start and m.end <= s.start + close.start()
        for m in s.mentions
    )


# "Its armed wing, the Qassam Brigades, ...", "JNIM's strongest component, Katiba Macina, ..."
_OWNER_THEN_PART = re.compile(
    rf"^(?:{_POSS})?\s+(?:[\w-]+\s+){{0,3}}?(?:component|faction|wing|branch|unit|affiliate|arm|battalion|"
    r"brigade|cell|division|franchise|offshoot)\s*,\s+(?:the\s+)?$",
    re.I,
)


def _owner_before(s: Sentence, part: Mention) -> Mention | None:
    """The body that "Its armed wing, the X Brigades" or "G's strongest component, X" names as X's owner."""
    for c in s.mentions:
        if (
            c.type in ORG_LIKE
            and c.end <= part.start
            and _OWNER_THEN_PART.match(s.between(c, part))
            and (c.text.casefold() in ("its", "their") or not _NOT_A_NAME.match(c.text))
            and not _same(c, part)
        ):
            return c
    return None


_APPOSED_OWNER_JOINT = re.compile(r"^\s*,\s+(?:the|an?)\s+$")
_OWNED_PART_AFTER = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,3}}?(?:operation|campaign|unit|wing|branch|division|brigade|battalion|"
    r"regiment|task\s+force|mission|cell|faction|arm|command|sector|component|contingent|programme|program|"
    r"project|office|department|directorate|agency)s?\b",
    re.I,
)


def _apposed_owner(s: Sentence, b: Mention) -> Mention | None:
    """The body that "b, the Y's counter-insurgency operation" names as b's owner: Y."""
    for c in s.mentions:
        if (
            c.type in ORG_LIKE
            and c.start > b.end
            and _APPOSED_OWNER_JOINT.match(s.between(b, c))
            and _OWNED_PART_AFTER.match(s.after(c, 60))
            and not _NOT_A_NAME.match(c.text)
            and not _same(b, c)
        ):
            return c
    return None


# Counsel named by the body they appear for: "P, for the O, told the court"; "P, for the O's X Division, said"
# "P KC, for the Crown Prosecution Service, said": a silk's letters after the name change nothing
_COUNSEL_FOR = re.compile(
    r"^(?:\s+(?:KC|QC|SC|SAN))?\s*,\s+(?:appearing\s+|acting\s+|prosecuting\s+)?for\s+the\s+$"
)
_COUNSEL_PART = re.compile(
    r"^(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){1,4}(?:Division|Unit|Department|Section|Branch)\b"
    # "P, for the Federal Prosecutor's Office (Bundesanwaltschaft) in Karlsruhe, said": its name in the home tongue,
    # and the seat of the office
    r"|^\s*\([^()]{1,40}\)(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?(?=\s*,)|^\s+in\s+[A-Z][\w-]*(?=\s*,)"
)
# ("P, appearing for the NIA, opposed bail": what counsel does in court besides speaking)
# ("P, for the O, completed the reading of the indictment", "opened the prosecution case")
_COUNSEL_SAID = re.compile(
    r"^\s*,\s+(?:told|said|says|argued|asked|submitted|added|described|opposed|sought|urged|objected|contended|"
    r"pressed|requested|informed|read|opened|completed|presented|outlined|concluded|closed)\b|"
    r"^\s*,\s+(?:[\w-]+\s+){0,6}?(?:told|said)\b"
)
# "P, the Refugee Relief and Repatriation Commissioner (RRRC), said": the body is an office one person holds
_P_THE_OFFICE = re.compile(r"^\s*,\s+(?:the\s+)?(?:(?:former|acting|interim|current)\s+)?$")
_ONE_MANS_OFFICE = re.compile(
    r"\b(?:Commissioner|Ombudsman|Ombudsperson|Prosecutor(?:\s+General)?|Attorney[\s-]General|Inspector[\s-]General|"
    r"Auditor[\s-]General|Public\s+Protector)$"
)
_OFFICE_CLOSES = re.compile(r"^\s*(?:\([^()]{1,20}\))?\s*,")
# An author's line, with no verb: "Jane Roe, senior analyst, the Sahel Research Centre (Dakar)" (the body ends the line)
_P_BARE_TITLE = re.compile(
    rf"^\s*,\s+(?:(?:senior|chief|principal|lead|associate|visiting|research|non-resident|nonresident)\s+){{0,2}}"
    rf"(?P<title>{_TITLE})\s*,\s+(?:the\s+)?$",
    re.I,
)
_LINE_ENDS = re.compile(r"^\s*(?:\([^()]{1,40}\))?\s*[*_]*\s*$")
# "prosecutors accuse P of being a member of the O": what he is charged with, where the charge is membership
_ACCUSED_BEFORE = re.compile(
    r"\b(?:accuse|accuses|accused|charged|charge|charges|indicted|suspected|suspect|suspects)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?"
    r"[^;:()]{0,100}$"
)
_OF_BEING_MEMBER = re.compile(
    r"^\s*,?\s+of\s+(?:being|having\s+been)\s+(?:a\s+|an\s+)?(?:(?:senior|leading|founding|active)\s+)?"
    r"(?P<title>members?|leaders?|commanders?|founders?|operatives?|fighters?)\s+(?:of|in)\s+(?:the\s+)?$",
    re.I,
)
# "P, 29, of Kenosha, received 12 years": a defendant's age, then his home town (the tagger may take the town for a body)
_AGE_OF_HOMETOWN = re.compile(r"^\s*,\s*\d{1,3}\s*,\s+(?:of|from)\s+$")
# What a person may be to a body without being in it: "a victim of", "a critic of", "ties to", "a hostage of"
_SUFFERS_OR_OPPOSES = re.compile(
    r"\b(?:victims?|critics?|targets?|enem(?:y|ies)|opponents?|foes?|ties|links?|hostages?|captives?|survivors?|"
    r"abductees?|prisoners?|captors?|kidnappers?|killers?|assassins?|hunters?)\b",
    re.I,
)


_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
_POSS_OFFICE_AFTER = re.compile(rf"^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:{_TITLE})\b", re.I)


# "spokesman for the army's Lightning Strike operations": a name between a service's possessive and "operations"
# names an operation, not a body (but "head of FARDC operations in Beni" is the FARDC's man)
_SERVICE_POSS = re.compile(r"\b(?:army|military|police|navy|air\s+force)['’]s\s+$", re.I)
# ("the army's Sokola 2 operations sector": a sector is a command of its own, and the pair rules read it)
_OPERATION_AFTER = re.compile(
    r"^\s+(?:operations?|offensive|campaign)\b(?!\s+(?:sector|zone|command|cent(?:re|er)|headquarters|area)\b)"
)


# "the Grand Ravine gang led by P, known as "T", both members of G": a plural apposition after a man who only
# closes a phrase about a body is said of the bodies, not of him
_PLURAL_APPOSED = re.compile(
    r"^[\"”]?\s*,(?:[^,;]{0,80},)?\s+(?:both|all|each|(?:all\s+)?(?:two|three|four))\s+(?:of\s+them\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:members|parts|components|affiliates|factions|allies|units|wings)\s+(?:of|in)\b",
    re.I,
)
_BY_OR_OF_BEFORE = re.compile(r"\b(?:by|of|under)\s+(?:[\w.-]+\s+){0,3}?$", re.I)


# "P, senior fellow, O": a writer's or a speaker's post and employer set apart by commas, without "of" or "at", as
# bylines and panel lists give them (the posts of analysts and reporters only, never a fighter's)
_BYLINE_TITLE = re.compile(
    r"^\s*,\s+(?:(?:senior|chief|principal|lead|deputy|associate|assistant|visiting|non-?resident|research|executive|"
    r"managing|political|security|regional|programme|program)\s+){0,3}"
    r"(?:fellow|analyst|researcher|director|editor|correspondent|reporter|adviser|advisor|professor|lecturer|"
    r"economist|consultant|scholar|associate)\s*,\s+(?:the\s+)?$",
    re.I,
)


# "P, a gunrunner, was regarded by Nigerian and foreign officials as MEND's leader": whom others take him for
_P_REGARDED_AS = re.compile(
    r"^(?:\s*,[^,;]{0,60},)?\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:widely|long|often|generally)\s+)?"
    r"(?:regarded|seen|considered|viewed)(?:\s+by(?:\s+[\w-]+){1,4}?)?\s+as\s+$"
)
_P_VIDEO_PRESENTED_AS = re.compile(
    r"^\s*,?\s+(?:had\s+|has\s+|then\s+|later\s+)?(?:posted|released|published|recorded|made|uploaded)\s+an?\s+"
    r"(?:[\w-]+\s+)?(?:video|statement|message|recording|post)\s+(?:[^,;.]{0,40}?\s+)?in\s+which\s+(?:he|she)\s+"
    r"(?:presented|described|called|introduced|declared|styled)\s+(?:himself|herself)\s+(?:as\s+)?(?:a|an|the)\s+"
    rf"(?:[\w-]+\s+)?(?P<title>{_TITLE}|fighter|soldier|member|supporter)\s+(?:of|for|in)\s+(?:the\s+)?$",
    re.I,
)
# "Zahran Hashim, the Sri Lankan preacher whose National Thowheeth Jama'ath carried out the bombings": his group
_P_WHOSE_G = re.compile(
    r"^\s*,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?whose\s+(?:own\s+)?"
    r"(?:(?:armed\s+|militant\s+|jihadist\s+)?(?:group|movement|faction|militia|network|cell)\s*,?\s+)?(?:the\s+)?$"
)
_POSS_TITLE_AFTER = re.compile(
    rf"^{_POSS}\s+(?:(?:top|chief|overall|de\s+facto|real)\s+)?(?P<title>{_TITLE})\b", re.I
)


def _person_then_body(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """A person named first, then the organisation or group they belong to."""
    if _OPERATION_AFTER.match(after_b) and _SERVICE_POSS.search(between):
        return
    if (
        _P_REGARDED_AS.match(between)
        and (m := _POSS_TITLE_AFTER.match(after_b)) is not None
        and not _other_person_between(s, a, b)
    ):
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, _subproperty(m.group("title")))
        return
    if (m := _P_VIDEO_PRESENTED_AS.match(between)) is not None and not _other_person_between(s, a, b):
        # "P posted a video on social media in which he presented himself as a fighter of the Islamic State"
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, _subproperty(m.group("title")))
        return
    if b.type is G and _P_WHOSE_G.match(between) and not re.match(r"\s*(?:\([^()]{1,15}\)\s*)?['’]", after_b):
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "leaderOf")
        return
    if _PLURAL_APPOSED.match(between) and _BY_OR_OF_BEFORE.search(s.before(a, 40)):
        return
    # "known as "P", a handler who, they believe, works for O": the quote and the hedge change nothing
    between = _HEDGE.sub("", _CLOSE_QUOTE.sub("", between, count=1))
    # "P — Hamas's chief negotiator — arrived": a dash opens the aside as a comma does
    between = _DASH_OPENS.sub(", ", between, count=1)
    if (
        (m := _P_COMMA_TITLE_OF_O.match(between)) is not None
        and (m.group("indef") is None or _CELL_AFTER.match(after_b))
        # ("a spokesman for the operator, O said": the name after the comma must close the apposition)
        and (m.group("apposed") is None or _APPOSITION_CLOSES.match(after_b))
        # "P, whose killer Q, is a member of G": the verb after the aside is Q's
        and not (m.group("aside") and _other_person_between(s, a, b))
        # "P, a Somali national described by prosecutors as a victim of al-Shabaab": the title is another's
        and not _SUFFERS_OR_OPPOSES.search(between)
        # "P, who served as secretary to al-Qaeda's founder": he served a man, whose office the body's name opens
        and not (_TO_BEFORE.search(between) and _POSS_OFFICE_AFTER.match(after_b))
        # ("who was killed alongside P, commander of Iran's Quds Force": an apposition to a name that closes a
        # relative clause is still his)
        and not (
            _in_clause(s, a, between)
            and not (_BARE_TITLE_OF.match(between) and _RELATIVE_OPEN.search(s.before(a, 100)))
        )
        # "spokesman for the Western Mindanao Command of the AFP": the office is in the nearer body (but in
        # "a commander of the group's Amniyat wing" the nearer body owns the farther, and he is in both)
        and not any(
            x.type in ORG_LIKE
            and a.end <= x.start
            and x.end <= b.start
            and not _POSS_ONLY.match(s.between(x, b))
            for x in s.mentions
        )
    ):
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.85, _subproperty(m.group("title")))
    elif (
        (m := _P_VERB_O.match(between)) is not None
        and _verb_is_persons(s, a, m, between, after_b)
        # "P, long reported to lead the ADF" (but in "P said to lead it" the hedge is no aside)
        and (between.lstrip().startswith(",") or not _HEDGE_OPENS.match(m.group("title")))
        # "fought with the army" may be a fight against it: only a group is fought with as a member
        and (b.type is G or not _FOUGHT_WITH.search(m.group("title")))
    ) or ((m := _P_AS_TITLE_OF_O.match(between)) is not None and not _in_clause(s, a, between)):
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.8, _subproperty(m.group("title")))
    elif b.type is O and _BYLINE_TITLE.match(between) and not _SAID_AFTER.match(after_b):
        # a byline or a panel's list: "by Lina Haddad, senior fellow, Levant Policy Forum (Beirut)"
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75)
    elif (
        (m := _P_A_NOUN_WHO_WAS_TITLE_OF.match(between)) is not None
        and not _SUFFERS_OR_OPPOSES.search(between)
        and not any(x.type in ORG_LIKE and a.end <= x.start and x.end <= b.start for x in s.mentions)
    ):
        # "P, a businessman who until the raid was vice-president of the O": the apposition is his, even where he
        # closes a clause ("the man who led it: P, a ...")
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
    elif (m := _P_AND_OTHER_MEMBERS_OF.match(between)) is not None and not _SUFFERS_OR_OPPOSES.search(
        between
    ):
        # "founded by P and other veterans of the G": he is a veteran of G too
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
    elif b.type is G and (
        (_P_LEFT_G.match(between) and _LEFT_G_ENDS.match(after_b)) or _P_LEFT_AND_SET_UP_G.match(between)
    ):
        # "P and two other commanders left the G in 2019 and set up the H": he was in G, and founded H
        m = _P_LEFT_AND_SET_UP_G.match(between)
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, _subproperty(m.group("title")) if m else "memberOf")
    elif (
        not _NOT_A_NAME.match(b.text)
        and _SPLINTER_LED_BY_BEFORE.search(s.before(a, 120))
        and (m := _P_BROKE_AWAY_TO_FORM_G.match(between)) is not None
        and not _other_person_between(s, a, b)
    ):
        # "a faction led by cleric P broke away and kept the name G": he leads the splinter, and the splinter is G
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "leaderOf")
    elif (
        b.type is G
        and not _NOT_A_NAME.match(b.text)
        and not _AGAINST_BEFORE.search(s.before(b, 10))
        and _P_JAILED_FOR_ROLE_IN.match(between)
        and not _other_person_between(s, a, b)
    ):
        # "P had been detained under the Internal Security Act for his role in JI's network"
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "memberOf")
    elif (
        b.type is G
        and not _NOT_A_NAME.match(b.text)
        and _P_THEN_HE_JOINED_G.match(between)
        and not _SAID_BETWEEN.search(between)
        and not _other_person_between(s, a, b)
    ):
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "memberOf")
    elif b.type is G and _P_SET_UP_AFTER_BREAKING.match(between) and not _other_person_between(s, a, b):
        # "P set up the NTJ in 2014 after breaking with the SLTJ": he was in the group he broke with
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "memberOf")
    elif (
        _COUNSEL_FOR.match(between)
        and b.type is O
        and _COUNSEL_SAID.match(_COUNSEL_PART.sub("", after_b, count=1))
    ):
        # "P, for the Crown Prosecution Service's Counter Terrorism Division, told the court": counsel for a body
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, "employeeOf")
    elif (
        (m := _P_BARE_TITLE.match(between)) is not None
        and b.type is O
        and _LINE_ENDS.match(s.after(b, 60).split("\n", 1)[0])
    ):
        # "*By Jane Roe, senior analyst, Sahel Research Centre (Dakar)*": an author's line names her post alone
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, _subproperty(m.group("title")))
    elif (
        b.type is O
        and _P_THE_OFFICE.match(between)
        and _ONE_MANS_OFFICE.search(b.text)
        and _OFFICE_CLOSES.match(after_b)
    ):
        # "P, the Refugee Relief and Repatriation Commissioner (RRRC), said": he holds the office the body is
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "employeeOf")
    elif (m := _OF_BEING_MEMBER.match(between)) is not None and _ACCUSED_BEFORE.search(s.before(a, 120)):
        # "prosecutors accuse the ringleader, P, of being a member of ISKP": a trial names the body he is charged as in
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, _subproperty(m.group("title")))
    elif (m := _GAPPED_TITLE_AT_O.match(between)) is not None and _GAPPED_BEFORE.search(s.before(a, 80)):
        # "Q is a senior fellow and P a research associate at the O": the verb is left out before the second
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
    elif (
        _P_OF_O.match(between)
        and not _other_person_between(s, a, b)
        and not _AGE_OF_HOMETOWN.match(s.between(a, b))
    ):
        # ("replaced P with Q as head of O": the office is Q's, and "with" only pairs the two men)
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "employeeOf")
    elif (m := _P_TITLE_OF_ITS_PART.match(between)) is not None:
        # "Abu Obeida, the spokesman of its armed wing, the Qassam Brigades": the wing named after it
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
    elif (m := _P_AND_TITLE_AT_O.match(between)) is not None:
        # "P, a journalist at France 24 and a senior research fellow at the Soufan Center"
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
    elif _P_WHOM.match(between) and (m := _CALLS_HIM_ITS_AFTER.match(after_b)) is not None:
        # "P, whom ISIS propaganda has described as its wali": the body calls him its own officer
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
    elif _P_RUNS.match(between) and (m := _OWN_AFFAIRS_AFTER.match(after_b)) is not None:
        # "P runs the group's daily affairs", "P oversees Hamas's finances"
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, "memberOf")
    elif (
        _P_COMMA_O.match(between)
        or _P_VERB_AS_O.match(between)
        # "Q, the brother of P, has been al-Shabaab's spokesman": the verb is Q's
        and not (between.lstrip().startswith(",") and _in_clause(s, a, between))
        # ("P, the brother of Q who acts as G's spokesman": the office is Q's)
        and not _other_person_between(s, a, b)
    ) and (m := _O_POSS_TITLE_AFTER.match(after_b)) is not None:
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.8, _subproperty(m.group("title")))
    elif (
        # ("Khalifa Haftar's Libyan National Army": a named army is a warlord's own as a group is)
        (b.type is G or _PARTY_AFTER.match(after_b) or _MILITARY_NAME.search(b.name))
        and _POSS_ONLY.match(between)
        and not _NOT_A_NAME.match(b.text)
    ):
        # "Mokhtar Belmokhtar's al-Mourabitoun": the group is named as the man's own; so is a party or a
        # movement, "President Mahmoud Abbas's Fatah movement"
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.65)
    elif _UNDER_LEADERSHIP.search(s.before(a, 40)) and re.match(r"^\s*,\s+(?:the\s+)?$", between):
        # "Under the leadership of P, the TTP has regrouped"
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, "leaderOf")
    elif (
        (m := _SUCCEEDED_AS_TITLE_OF.match(between)) is not None
        or (
            _SUCCEEDED_BEFORE.search(s.before(a, 30))
            and (
                (m := _AS_TITLE_OF.match(between)) is not None
                or (_AS_THE.match(between) and (m := _O_TITLE_THEN_BREAK.match(after_b)) is not None)
            )
        )
        or (_SUCCEEDED_AS_THE.match(between) and (m := _O_TITLE_THEN_BREAK.match(after_b)) is not None)
    ):
        # "P succeeded Q as the leader of O": both led it
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
    elif _OPEN_PAREN.match(between) and _CLOSE_PAREN.match(after_b) and not _NOT_A_NAME.match(b.text):
        # "Ziad al-Nakhalah (Palestinian Islamic Jihad), Talal Naji (PFLP-GC)": the body in brackets
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "memberOf" if b.type is G else "employeeOf")
    elif _BYLINE_FOR.match(between) and _BYLINE_OPENS.match(_line_before(s, a)):
        # "Written by P for the Bamako Security Review": a brief's author and the outlet it was written for
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, "employeeOf")
    elif (m := _LED_BY_OPENS.match(s.text[: a.start - s.start])) is not None and _led_subject(s, a, b):
        # "Led by P, son of Q, the NRF emerged in 2021": the participle that opens the sentence is the subject's
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))
    elif (m := _where_they_lead(s, a, b)) is not None:
        # "P is a senior fellow at the O, where he leads its Conflict Data Programme"
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.7, _subproperty(m.group("title")))
    elif not _other_person_between(s, a, b):
        if (m := _SECOND_VERB.match(between)) is not None and not (
            # ("P, a cleric who left the G and swore allegiance to the H's leadership": the pledge is to its head)
            m.group("noun") and _POSS_START.match(after_b)
        ):
            # "P, who was recruited by Boko Haram at 15 and later rose through the ranks of ISWAP"
            yield from _person_then_body(s, a, b, m.group("rest"), after_b)
        else:
            yield from _person_then_org(s, a, b, between, after_b)


# "P, a lawyer who until his arrest was vice-president of the O": what he is, then a relative clause with his office
# (a time phrase may stand before the verb)
_P_A_NOUN_WHO_WAS_TITLE_OF = re.compile(
    r"^\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+who\s+"
    r"(?:(?:until|since|before|after|from|in|for)\s+[^,;]{1,30}?\s+)?"
    r"(?:is|was|had\s+been|has\s+been)\s+(?:(?:also|once|long|briefly)\s+)?(?:(?:a|an|the)\s+)?"
    rf"(?:{_MODS}\s+)*(?:vice-|co-|deputy\s+)?(?P<title>{_TITLE})\s+(?:of|at|for|with|in)\s+(?:the\s+)?$",
    re.I,
)
# "P and other veterans of the G", "P and several other senior commanders of G": "other" makes him one of them
# (not "P and members of G", who may be others)
_P_AND_OTHER_MEMBERS_OF = re.compile(
    r"^\s+and\s+(?:(?:several|many|two|three|four|five|a\s+few|some|a\s+dozen|dozens\s+of)\s+)?other\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<title>veterans|members|leaders|commanders|fighters|militants|cadres|founders|officials|"
    r"officers|figures|activists)\s+(?:of|from|in)\s+(?:the\s+)?$",
    re.I,
)
# "P and several other senior figures left the G": one leaves only a group one was in; "... left the G and set up
# the H": the group they set up is theirs too (a group only: a visitor leaves a ministry or a palace)
_AND_OTHERS = (
    r"(?:\s+and\s+(?:(?:several|many|two|three|four|five|a\s+few|some|a\s+dozen|dozens\s+of)\s+)?other\s+"
    r"(?:[\w-]+\s+){0,2}?(?:figures|members|leaders|commanders|fighters|militants|cadres|activists|officials))?"
)
_P_LEFT_G = re.compile(
    rf"^{_AND_OTHERS}\s+(?:(?:later|then|eventually|abruptly)\s+)?left\s+(?:the\s+)?$", re.I
)
_LEFT_G_ENDS = re.compile(
    r"^(?:\s*\([^()]{1,60}\))?(?:\s*[,.;]|\s+(?:and|in|to|after|over|because|when|for)\b)"
)
_P_LEFT_AND_SET_UP_G = re.compile(
    rf"^{_AND_OTHERS}\s+(?:(?:later|then|eventually|abruptly)\s+)?left\s+(?:the\s+)?[^,;]{{1,60}}?\s+and\s+"
    r"(?:(?:later|then|soon|together)\s+)?(?P<title>set\s+up|founded|formed|launched|created|established)\s+"
    r"(?:the\s+|a\s+new\s+(?:group|movement|organi[sz]ation|party)\s*,?\s+)?$",
    re.I,
)
# "P founded his own network in 2014 after breaking with the G": the group he broke with was his (not "after
# it broke with G", nor "after Q broke with G")
_P_SET_UP_AFTER_BREAKING = re.compile(
    r"^\s+(?:(?:later|then|eventually)\s+)?(?:set\s+up|founded|formed|launched|created|established|started)\s+"
    r"[^;:\"“”]{1,100}?\s+after\s+(?:breaking|splitting|falling\s+out)\s+(?:away\s+)?(?:from|with)\s+(?:the\s+)?$",
    re.I,
)
# "a faction led by the cleric P broke away in 2019 and formed the G": the splinter he led is the group it became
# (not "a faction led by P broke away and attacked the G", nor "a faction led by P stayed in the G")
_SPLINTER_LED_BY_BEFORE = re.compile(
    r"\b[Aa]n?\s+(?:(?:breakaway|splinter|rival|dissident|hardline|small)\s+)?(?:faction|group|wing|band|circle)\s+"
    r"(?:of\s+[^,;()]{1,60}?\s+)?(?:led|headed)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
_P_BROKE_AWAY_TO_FORM_G = re.compile(
    r"^\s+(?:broke\s+away|split\s+(?:away|off)|walked\s+out|defected)(?:\s+from\s+(?:the\s+)?[^,;]{1,60}?)?"
    r"(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?\s*,?\s+"
    r"(?:and\s+(?:(?:later|then|soon)\s+)?(?P<title>formed|founded|created|set\s+up|launched|established|kept\s+the\s+name|"
    r"took\s+the\s+name|called\s+itself|named\s+itself)|to\s+(?:form|found|create|set\s+up|launch|establish)|"
    r"forming|founding)\s+(?:the\s+|a\s+new\s+group\s*,?\s*)?$"
)
# "P, 58, was jailed in 2004 for his role in JI's network": the group he was convicted of serving is his (not "P
# was praised for his role in the fight against al-Shabaab", nor "for his role in talks with the Taliban")
_P_JAILED_FOR_ROLE_IN = re.compile(
    r"^(?:\s*,[^;()]{1,60}?,|\s*,)?\s+(?:(?:had|has|have)\s+been\s+|(?:had|has|have)\s+(?=served\s)|was\s+|were\s+|"
    r"is\s+)?"
    # ("had served a prison term for activity in Hamas": time served for what he did in the group)
    r"(?:jailed|convicted|sentenced|detained|imprisoned|arrested|charged|indicted|tried|prosecuted|"
    r"served\s+(?:a\s+)?(?:prison\s+term|(?:jail|prison)\s+(?:term|sentence|time)|(?:\w+\s+)?years?\s+in\s+(?:jail|prison)))\b"
    r"[^;:\"“”]{0,100}?\s+(?:for|over)\s+(?:(?:his|her)\s+(?:(?:alleged|suspected|key|leading|senior)\s+)?role\s+in|"
    r"(?:(?:his|her)\s+)?(?:activity|activities|membership)\s+(?:in|of|with))\s+(?:the\s+)?$",
    re.I,
)
# "P was arrested in Marawi in 2023, where he had joined a cell of G"; "P was detained in 2019, after she joined G":
# the man named as the sentence's subject is the "he" of the clause after ("P said the suspect was held after he
# joined G": the "he" of what P says may be another's; "where he had fought G": no membership)
_P_THEN_HE_JOINED_G = re.compile(
    r"^(?!\s*,?\s+(?:said|says|told|tells|added|stated|testified|claimed|alleged)\b)"
    r"\s+(?:was|were|had\s+been|has\s+been|is)\s+[^;:\"“”]{1,100}?,?\s+(?:where|after|when|once|since)\s+(?:he|she)\s+"
    r"(?:had\s+|has\s+)?(?:(?:secretly|allegedly|already)\s+)?(?:joined|rejoined)\s+"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:cell|unit|faction|wing|branch|network)\s+of\s+)?(?:the\s+)?$",
    re.I,
)
_SAID_BETWEEN = re.compile(r"\b(?:said|says|told|tells|according|testified|claimed|alleged)\b")
# "P, commander of Iran's Quds Force": a bare apposition, no verb; "who was killed alongside P": a relative clause
_BARE_TITLE_OF = re.compile(
    rf"^\s*,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_TITLE})\s+(?:of|for|at|with)\s", re.I
)
_RELATIVE_OPEN = re.compile(r"\b(?:who|which)\b[^,;]*$")


# "Q is a senior fellow and P a research associate at the O": a second name and office with the verb left out
_GAPPED_TITLE_AT_O = re.compile(
    rf"^\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?P<title>{_TITLE})\s+(?:at|with|of|for)\s+(?:the\s+)?$", re.I
)
_GAPPED_BEFORE = re.compile(rf"\b(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{_TITLE})\s+and\s+$", re.I)


# "Led by P, ...": a participle opens the sentence, and the subject after it is what P leads; "Formed in 2022 and
# led by General P, ..."
_LED_BY_OPENS = re.compile(
    r"^[\W_]*(?:(?:Formed|Founded|Created|Set\s+up|Launched|Established)\s+[^,;]{0,40}?\s+and\s+)?"
    # ("Led publicly by P")
    r"(?P<title>[Ll]ed|[Hh]eaded|[Cc]ommanded|[Ff]ounded|[Cc]o-founded|[Rr]un)\s+"
    r"(?:(?:publicly|jointly|nominally|formally|effectively|officially|now|still|long)\s+)?"
    # ("Founded in 2013 by the cleric P, the O became ...")
    r"(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?by\s+"
    # ("Led by the Malian Tuareg P": his nationality and his people before the name)
    r"(?:the\s+)?(?:[A-Z][a-z]+(?:an|ese|ish|i)\s+)?(?:Tuareg\s+|Fulani\s+|Pashtun\s+|Kurdish\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,3}}?{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
# "P, alias Q, son of R, ISKP is": the asides after the name, then the subject ("the" at most before it)
# ("Founded by P in 1987, Hamas ...": the aside may open without a comma; "Founded by P, a former commander of
# the MILF (MILF) who ..., the BIFF": a short name in brackets inside it)
# the asides after a name, up to the comma that ends them (a short bracket inside is no clause break)
_ASIDES = r"^(?:\s*,?(?:[^;()]|\([^;()]{1,20}\)){0,150}?)?\s*,\s+"
_THEN_SUBJECT = re.compile(_ASIDES + r"(?:the\s+)?$")


def _led_subject(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether `b` is the subject that follows the opening "Led by a, ...": the first body after the asides."""
    return bool(_THEN_SUBJECT.match(s.between(a, b))) and not any(
        x.type in ORG_LIKE and a.end <= x.start and x.end <= b.start and _THEN_SUBJECT.match(s.between(a, x))
        for x in s.mentions
    )


_DASH_OPENS = re.compile(r"^\s*[—–]\s*|^\s+-{1,2}\s+")


# A credit line that opens its line: "Compiled by P for the O", "Written by Dr. P for O" (but not a wire's
# "Reporting by P; Editing by Q", which names no outlet, nor "a report compiled by P for the UN" inside a sentence)
_BYLINE_OPENS = re.compile(
    r"^[\s>*_#-]*(?:By|(?:Compiled|Written|Prepared|Produced|Researched|Reported|Edited)\s+by)\s+"
    rf"{_ABBR}*$"
)
_BYLINE_FOR = re.compile(r"^\s*,?\s+(?:for|of)\s+(?:the\s+)?$")


def _line_before(s: Sentence, m: Mention) -> str:
    """The text of m's line before it, within its sentence."""
    before = s.text[: m.start - s.start]
    return before[before.rfind("\n") + 1 :]


# "P is a senior fellow at the O1, where she leads its O2": the second body is a part of the first he works at
_WHERE_THEY_LEAD = re.compile(
    r"^\s*,\s+where\s+(?:he|she)\s+(?:(?:also|now|currently)\s+)?(?P<title>leads|heads|directs|runs|manages|"
    r"edits|coordinates|oversees|chairs)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)


def _where_they_lead(s: Sentence, a: Mention, b: Mention) -> re.Match[str] | None:
    for x in s.mentions:
        if (
            x.type is O
            and a.end <= x.start
            and x.end <= b.start
            and (m := _WHERE_THEY_LEAD.match(_EMPHASIS.sub("", s.between(x, b)))) is not None
            and any(_person_then_body(s, a, x, _EMPHASIS.sub("", _between(s, a, x)), s.after(x, 60)))
        ):
            return m
    return None


_BODIES_JOINT = re.compile(r"^\s+and\s+(?:of\s+)?(?:the\s+)?$")


def _joint_title_of(s: Sentence, a: Mention, b: Mention, between: str) -> re.Match[str] | None:
    """The office in "the director of the FBI and the CIA, P" when `a` is either body and `b` the name after."""
    if a.type not in ORG_LIKE or b.type is not P:
        return None
    for c in s.mentions:
        if c.type not in ORG_LIKE or _same(c, a):
            continue
        if c.end <= a.start and _BODIES_JOINT.match(s.between(c, a)) and _COMMA_RANKS.match(between):
            # a is the second body: "director of the FBI and the CIA, P"
            first, joint = c, between
        elif a.end <= c.start and c.end <= b.start and _BODIES_JOINT.match(s.between(a, c)):
            # a is the first body: the name follows the second
            first, joint = a, s.between(c, b)
        else:
            continue
        if _COMMA_RANKS.match(joint) and (m := _TITLE_OF_O_P.search(s.before(first, 40))) is not None:
            return m
    return None


def _own_word_between(s: Sentence, a: Mention, b: Mention) -> bool:
    """Whether "its" or "their" between body `a` and person `b` stands for another body than `a`."""
    return any(
        c.type in ORG_LIKE
        and a.end <= c.start
        and c.end <= b.start
        and c.text.casefold() in ("its", "their")
        and not _same(c, a)
        for c in s.mentions
    )


# "led by Escobar's two sons"; "run by the warlord's loyalists" (the possessive's owner is not the one named)
_KIN_POSS_AFTER = re.compile(
    r"^['’]s?\s+(?:(?:two|three|four|eldest|youngest|elder|older|younger|surviving|former)\s+)?"
    r"(?:sons?|brothers?|nephews?|cousins?|widow|wife|daughters?|family|clan|kinsmen|relatives|men|followers|"
    r"loyalists|supporters|heirs?|children)\b",
    re.I,
)


_AND_OPENS = re.compile(r"^\)?\s+and\s")
_FIGHTS_BEFORE = re.compile(
    r"\b(?:fights|fought|fighting|battles|battled|battling|attacks|attacked|against|rivals?|clashed\s+with|"
    r"clashes\s+with|at\s+war\s+with)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)


# "X broke away from G in 2016 and still fights the rump faction once led by P": the faction it fights is what
# is left of the group it left, and P led it
_BROKE_FROM_BEFORE = re.compile(
    r"\b(?:broke\s+away|split(?:\s+away|\s+off)?|splintered|defected|walked\s+out)\s+from\s+(?:the\s+)?$",
    re.I,
)
_AND_FIGHTS_ITS_REST_LED_BY = re.compile(
    r"^(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?\s+and\s+(?:(?:still|now|has\s+since|have\s+since|since)\s+)?"
    r"(?:fights|fought|battles|battled|clashes\s+with|clashed\s+with)\s+(?:the|its)\s+"
    r"(?:(?:rump|remaining|rival|old|original|loyalist)\s+)?(?:faction|wing|group|movement)\s+"
    r"(?:(?:once|formerly|previously|still|long)\s+)?(?:led|headed|commanded)\s+by\s+(?:the\s+late\s+)?$"
)


_G_SYMPATHISER_P = re.compile(
    rf"^\s+(?:sympathi[sz]er|supporter|loyalist|adherent)\s*,\s+(?:a\s+[\w-]+\s+)?{_ABBR}*$", re.I
)


_TO_WHICH = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+to\s+which\s+$")
_HAD_SWORN_AFTER = re.compile(
    r"^\s+(?:had\s+|has\s+|have\s+)?(?:(?:publicly|secretly|later|already)\s+)?(?:sworn|swore|pledged|pledges|declared)\s+"
    r"(?:his\s+|her\s+)?(?:allegiance|loyalty)\b"
)


def _body_then_person(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """An organisation or group named first, then a person who belongs to it."""
    if _AGAINST_BEFORE.search(s.before(a, 10)) or _SIDING_BEFORE.search(s.before(a, 10)):
        # "the late anti-Taliban commander P": he fought the body, he was not in it
        return
    if a.type is G and _TO_WHICH.match(between) and _HAD_SWORN_AFTER.match(after_b):
        # "the Islamic State, to which Zahran had sworn allegiance on video": his oath to the group
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "memberOf")
        return
    if (
        (m := _O_TITLE_P.match(between)) is not None
        # "Hamas fighters in Gaza, P said, were hiding": the name opens an aside that cites him
        and not (between.rstrip().endswith(",") and _SAID_AFTER.match(after_b))
        # "the Taliban leader named P as governor": the leader named him; he is named to an office
        and not (m.group("named") and _AS_AFTER.match(after_b))
        # "G, formed from the H in 1990 by its founder, P": "its" is the nearer body's, and he is its founder
        and not _own_word_between(s, a, b)
        # "lawyers A and B of the O and senior counsel P of the Q": the last of a list with a body of his own
        and not (_AND_OPENS.match(between) and _OF_BODY_AFTER.match(after_b))
    ) or (
        (m := _O_TITLE_IS_P.match(between) if not _NOT_A_NAME.match(a.text) else None) is not None
        or (_ITS.match(a.text) and (m := _ITS_TITLE_IS_P.match(between)) is not None)
    ):
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.85, _subproperty(m.group("title")))
    elif (m := _O_OF_TITLE_P.match(between)) is not None:
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
    elif a.type is G and _G_SYMPATHISER_P.match(between) and not _NOT_A_NAME.match(a.text):
        # "a gunman and Islamic State sympathiser, P": the one sympathiser named is the group's man
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7)
    elif (
        _NAME_THEN_BY.match(between)
        and (m := _FOUNDED_AS_BEFORE.search(s.before(a, 80))) is not None
        and not _NOT_A_NAME.match(a.text)
    ):
        # "The party was founded in 1997 as the Swedish Democratic Front by P": the name it was founded under
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
    elif (m := _O_WHOSE_TITLE_P.match(between)) is not None:
        # "JNIM, whose spokesman, Mohamed Mahmoud, called it revenge"
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.8, _subproperty(m.group("title")))
    elif (
        _led_by(s, a, between)
        # "the faction led by Escobar's sons": the sons lead it, not the man the possessive names
        and not _KIN_POSS_AFTER.match(after_b)
        # "G broke away and still fights the rump faction once led by P": a body the clause's group fights, named
        # by a common noun, is another than the one the noun was taken back to
        and not (_NOT_A_NAME.match(a.text) and _FIGHTS_BEFORE.search(s.before(a, 30)))
    ) and not any(
        # "X controls the airport, while Y, led by P, ...": the nearer body is the one led
        c.type in ORG_LIKE
        and a.end <= c.start
        and c.end <= b.start
        and not _same(c, a)
        and _led_by(s, c, _between(s, c, b))
        for c in s.mentions
    ):
        led = _led_group(s, a)
        yield Found(b, Predicate.AFFILIATED_WITH, led, 0.8, "leaderOf")
        if led is not a and _PART_NOT_SPLIT.match(_PAREN.sub("", s.between(led, a), count=1)):
            # "Jaysh al-Adl, the faction of Jundallah once led by P": a faction's leader is in the whole group too
            yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "memberOf")
    elif _AND_FIGHTS_ITS_REST_LED_BY.match(between) and _BROKE_FROM_BEFORE.search(s.before(a, 40)):
        # "ISWAP broke away from Boko Haram in 2016 and still fights the rump faction once led by P"
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "leaderOf")
    elif _O_LOYAL_TO_P.match(between) and not _KIN_POSS_AFTER.match(after_b):
        # "the Mayos, the faction loyal to P": the faction is his (but "loyal to P's sons" is theirs)
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "leaderOf")
    elif (m := _joint_title_of(s, a, b, between)) is not None:
        # "the director of the FBI and the CIA, P": one office over two bodies named together, and he is in both
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
    elif (m := _TITLE_OF_O_P.search(s.before(a, 40))) is not None and _COMMA_RANKS.match(between):
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.8, _subproperty(m.group("title")))
    elif (
        m := _TITLE_OF_O_P.search(s.before(a, 40)) or _TITLE_OF_UNIT_OF_O_P.search(s.before(a, 80))
    ) is not None and _WHO_GAVE_NAME_AS.match(between):
        # "A spokesman for the O (ABBR), who gave his name as P, denied it": the office is the body's
        # ("a spokesman for the Gondar command of the O, who gave his name as P": its unit's office is the body's too)
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
    elif _POSS_ONLY.match(between) and not _NOT_A_NAME.match(a.text):
        # "Human Rights Watch's P", "Hezbollah's P"
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "employeeOf" if a.type is O else "memberOf")
    elif _O_THE_GROUP_P.match(between) and (m := _P_FOUNDED_AFTER.match(s.after(b, 30))) is not None:
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
    elif (
        _O_NAMED_P.match(between)
        and (m := _AS_ITS_TITLE_AFTER.match(after_b)) is not None
        # "the Taliban appointed P as governor of Kandahar"; but in "the army named P as the commander of
        # the rebels" the office is in the body named after it
        and (
            m.group("its") or not any(x.type in ORG_LIKE and b.end < x.start < b.end + 60 for x in s.mentions)
        )
    ):
        # "the Islamic State named P as its new leader"
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
    elif a.type is G and _SPLIT_FROM_UNDER_P.match(between):
        # "Hizb-ul-Ahrar split from JuA in 2017, led by P"; "JuA broke away from the TTP in 2014 under P": he led
        # the splinter, not the body it left
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "memberOf")
    elif (
        _O_WITH_P.match(between) and (m := _AS_ITS_TITLE_AFTER.match(after_b)) is not None and m.group("its")
    ):
        # "announced a new province, Wilayat Qawqaz, with P as its governor": the body's own office
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
    elif _O_PART_LED_BY_P.match(between):
        # "Boko Haram's faction led by Bakura Doro": he leads a part of the group, so belongs to it
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, "memberOf")
    elif _O_UNDER_P.match(between) or (
        (m := _O_NEXT_UNDER_P.match(between)) is not None
        and (a.type is G or m.group("abbr"))
        # ("the merger of A, B and C under P": he leads what the merger made, not C)
        and not _LIST_LAST_BEFORE.search(s.before(a, 12))
    ):
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, "leaderOf")
    elif (
        a.type is G
        and not _NOT_A_NAME.match(a.text)
        and _O_BORN_WHEN_SPLINTER_LED_BY_P.match(between)
        and _BROKE_AWAY_AFTER.match(after_b)
    ):
        # "Neo-JMB emerged when a group of JMB members led by P broke away": he led the splinter that became it
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "leaderOf")
    elif (
        not _NOT_A_NAME.match(a.text)
        and (m := _TITLE_OF_G_BEFORE.search(s.before(a, 60))) is not None
        and _G_PLACE_KNOWN_AS_P.match(between)
    ):
        # "a senior commander of al-Shabaab known as P": he holds the office in the group named
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, _subproperty(m.group("title")))
    elif (
        a.type is G
        and not _NOT_A_NAME.match(a.text)
        and (_O_FORMED_UNDER_P.match(between) or _O_APPOSED_FORMED_UNDER_P.match(between))
        and not _other_person_between(s, a, b)
    ):
        # "JNIM was formed in 2017 by the merger of three groups under P": he led it from its start
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "leaderOf")
    elif not _NOT_A_NAME.match(a.text) and _O_CIRCLE_AROUND_P.match(between):
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "memberOf")
    elif _AT_O.search(s.before(a, 12)) and (m := _AT_O_TITLE_P.match(between)) is not None:
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
    elif (m := _TITLE_OF_O_P.search(s.before(a, 40))) is not None and (
        _BARE_RANKS.match(between) or _PART_THEN_RANKS.match(between)
    ):
        # "Leader of Hamas Ismail Haniyeh was killed": no comma between the body and the name; "the head of
        # Hamas's political bureau, Ismail Haniyeh": the office is in a part of the body
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
    elif _O_MEMBERS_INCLUDING.match(between) or (
        _MEMBERS_OF.search(s.before(a, 40)) and _INCLUDING_AFTER.match(between)
    ):
        # "Abu Sayyaf members, including a suspect known only as Kamah"; "members of G, including P"
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "memberOf" if a.type is G else "employeeOf")
    elif a.type is G and not _NOT_A_NAME.match(a.text) and _G_MEN_LOYAL_TO_P.match(between):
        # "al-Shabaab remnants loyal to their new emir P": the group's men follow him, so he is in the group
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "memberOf")
    elif (
        a.type is G
        and not _NOT_A_NAME.match(a.text)
        and _G_LOYAL_TO_P.match(between)
        # ("the faction loyal to P's sons": loyal to others, his kin)
        and not re.match(r"^['’]s?\s", after_b)
    ):
        # "La Mayiza, which is loyal to P": the group follows him, so he leads it
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "leaderOf")
    elif (
        a.type is G
        and not _NOT_A_NAME.match(a.text)
        and (_G_MEN_UNDER_P.match(between) or _G_HAS_MEN_UNDER_P.match(between))
    ):
        # "Abu Sayyaf fighters under Isnilon Hapilon": he commands the group's men
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "leaderOf")
    elif (
        a.type is G
        and not _NOT_A_NAME.match(a.text)
        and _G_OF_P.match(between)
        and not _BY_BEFORE.search(s.before(a, 20))
    ):
        # "the Union for Peace (UPC) of Ali Darassa": the group named as its leader's (not "the release by
        # Hamas of P")
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "leaderOf")
    elif (
        _INDEFINITE_BEFORE.search(s.before(a, 8))
        and _NAMED_JOINT.match(between)
        and not _NOT_A_NAME.match(a.text)
    ):
        # "a Reichsbürger named Wolfgang P.": the body's name stands for one of its members
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "memberOf")
    elif (m := _O_ITS_TITLE_AS_P.match(between)) is not None:
        # "the NPA's provincial command, which identified its spokesperson as P"
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
    elif (
        (m := _O_DID_AND_LED_BY_P.match(between)) is not None
        and _OPENS_SENTENCE.match(s.text[: a.start - s.start])
        # ("grew out of the Dughmush clan and is led by Mumtaz Dughmush": his family's name is no other person)
        and not any(
            x.type is P and a.end <= x.start and x.end <= b.start and not _same(x, b) for x in s.mentions
        )
    ):
        # "The PCC was founded in 1993 by inmates of a prison and is led by P": the subject that opens the
        # sentence is what the second verb says is led
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, _subproperty(m.group("title")))
    elif (m := _HIS_DEPUTY_BEFORE.search(s.before(b, 60))) is not None and _chief_is_in(s, a, b):
        # "the ISWAP leader, P, and his deputy Q were killed": the deputy is in the body his chief is in
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, _subproperty(m.group("title")))
    elif (
        a.type is G
        and (m := _COMMAND_OF_BEFORE.search(s.before(a, 30))) is not None
        and _PASSED_TO_P.match(between)
    ):
        # "command of the Mayos has passed to his son, P": he now leads the group
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "leaderOf")
    else:
        yield from _offices_founders_and_staff(s, a, b, between)


# "command of G in the field has passed to his son, P"; "the leadership of G fell to P"
_COMMAND_OF_BEFORE = re.compile(r"\b(?:command|leadership|control)\s+of\s+(?:the\s+)?$", re.I)
_PASSED_TO_P = re.compile(
    r"^(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:has|had|have)\s+)?(?:now\s+)?"
    r"(?:passed|fallen|fell|gone|went|been\s+handed|handed|been\s+given|given)\s+(?:over\s+)?to\s+"
    r"(?:(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:son|brother|nephew|deputy|cousin|lieutenant|heir|"
    r"successor|daughter)\s*,\s+)?"
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*$"
)


# "X, the "First Command", was founded in 1993 by inmates and is led by P": a second verb of the same subject
_O_DID_AND_LED_BY_P = re.compile(
    # ("The Army of Islam (Jaysh al-Islam, sometimes spelled Jaish al-Islam) grew out of ...": its other names first)
    r"^(?:\s*\([^()]{1,60}\))?(?:\s*,[^,;]{0,60},)?\s+(?:was|is|has\s+been|had\s+been|grew|emerged|began)\s+"
    r"[^;:()]{0,120}?\s+and\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:(?:now|still|currently|long)\s+)?"
    rf"(?P<title>led|headed|commanded|run)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_ABBR}*(?:{_RANK}\.?\s+)*$"
)


# "P and his deputy Q", "P, with his deputy, Q"
_HIS_DEPUTY_BEFORE = re.compile(
    r",?\s+(?:and|with|along\s+with|alongside)\s+(?:his|her)\s+(?P<title>deputy|lieutenant|second-in-command|"
    r"number\s+two|spokes(?:man|woman|person)|aide|bodyguard)\s*,?\s+"
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*$"
)

# "P, the ISWAP leader, and his deputy Q": the chief's own aside may stand before the deputy
_CHIEF_THEN_DEPUTY = re.compile(rf"^(?:\s*,[^;]{{0,80}}?)?{_HIS_DEPUTY_BEFORE.pattern}")


def _chief_is_in(s: Sentence, o: Mention, q: Mention) -> bool:
    """Whether the person right before "and his deputy q" is read into body `o` in this sentence."""
    people = [m for m in s.mentions if m.type is P and m.end <= q.start and not _same(m, q)]
    if not people:
        return False
    p = max(people, key=lambda m: m.end)
    if not _CHIEF_THEN_DEPUTY.match(s.between(p, q)):
        return False
    if p.end <= o.start:
        found = _person_then_body(s, p, o, _between(s, p, o), s.after(o, 60))
    else:
        found = _body_then_person(s, o, p, _between(s, o, p), s.after(p, 60))
    return any(f.object is o or f.subject is o for f in found)


# "the Patriotic Union, the Reichsbürger network around P"; "the Hofstad group, a cell gathered around P": the man
# a circle is named by as formed around is one of it (not "a network around the home of P", nor "around Frankfurt")
_O_CIRCLE_AROUND_P = re.compile(
    r"^[*_]*\s*(?:\([^()]{1,40}\))?\s*,\s+(?:the|a|an)\s+(?:(?:so-called|self-styled|[\w’'-]+)\s+){0,2}?"
    r"(?:network|group|circle|cell|movement|clique|ring|coterie)\s+(?:(?:formed|gathered|built|centred|centered)\s+)?"
    rf"around\s+(?:the\s+(?:self-styled|self-proclaimed)\s+)?{_ABBR}*(?:{_RANK}\.?\s+)*$",
    re.I,
)
_G_MEN_UNDER_P = re.compile(
    # "a group of JMB members led by P broke away": the members' leader is one of them
    # "a group of FACT officers led by P walked out"; "Taliban commanders under P"
    # "the Abu Sayyaf, which had a faction under P, ...": the group's faction is his
    # ('"active members of the G" operating under the command of P': a quotation closed after the name)
    r"^(?:\s*,\s+which\s+(?:has|had)\s+(?:a|one)\s+(?=faction|wing|cell|unit)|[\"”]?\s+)"
    r"(?:(?:fighters|militants|men|forces|units?|cells?|faction|wing|loyalists|gunmen|guerrillas|members|cadres|"
    r"commanders|officers)\s+"
    # "members of the G operating under the Sulu-based command of P": a body that acts under his command
    r"|(?:operating|fighting|serving)\s+(?=under\s+(?:the\s+)?(?:[\w-]+\s+)?command\b))"
    # "the Boko Haram cell that moved into the forests in 2021 under a commander called P"
    r"(?:(?:that|which|who)\s+[^,;()]{0,60}?\s+)?"
    r"(?:under|(?:led|commanded)\s+by)\s+(?:the\s+(?:[\w-]+\s+)?command\s+of\s+)?"
    r"(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:commander|leader|emir|amir|chief)\s+"
    r"(?:called|named|known\s+as|identified\s+as)\s+)?"
    # "led by Bangladeshi-Canadian P": his nationality before the name
    r"(?:the\s+)?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:an|i|ese|ish)\s+)?"
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
# "the Ogaden front, which has some 2,000 fighters in the lowlands under P": the group counts its men as his
# command (not "has fighters under Turkish protection", where no man is named, nor "G's men fought P's troops")
_G_HAS_MEN_UNDER_P = re.compile(
    r"^\s*(?:\([^()]{1,40}\))?\s*,?\s+(?:(?:still|now|reportedly|currently)\s+)?(?:has|had|have|keeps|kept|fields|fielded)\s+"
    r"(?:(?:an?\s+estimated|estimated|about|around|roughly|some|up\s+to|at\s+least|more\s+than|several|a\s+few|"
    r"(?:hundreds|thousands|dozens)\s+of|[\d,]+|\w+\s+hundred|\w+\s+thousand|few|many)\s+){0,3}"
    r"(?:fighters|militants|men|members|gunmen|loyalists|cadres|guerrillas|recruits)"
    r"(?:\s+(?:in|across|inside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+"
    rf"under\s+(?:the\s+(?:command|leadership)\s+of\s+)?{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
# "the Union for Peace (UPC) of Ali Darassa"; "the Kasiwa gang of Peter Onyango": the group, or its gang or
# faction, named as its leader's
_G_OF_P = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:\s+(?:gang|faction|militia|clan|crew|band))?"
    rf"\s+of\s+{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)[Aa]n?\s+$")
_NAMED_JOINT = re.compile(r"^\s+(?:named|called)\s+$")
_O_ITS_TITLE_AS_P = re.compile(
    rf"^(?:{_POSS}\s+[^,;]{{0,60}}?)?\s*,\s+(?:which|that|who)\s+(?:(?:has|had|later|then)\s+)?"
    r"(?:identified|named|introduced|described|gave)\s+(?:its|their)\s+"
    rf"(?:(?:{_MODS}|official|new)\s+)*(?P<title>{_TITLE})\s+(?:only\s+)?as\s+[\"“]?{_ABBR}*$",
    re.I,
)


# "G fighters loyal to P", "G remnants loyal to his successor P" (but not "loyal to former president P", whose
# office is elsewhere)
_G_MEN_LOYAL_TO_P = re.compile(
    r"^\s+(?:fighters|remnants|militants|men|loyalists|members|commanders|units|cells|elements)\s+"
    r"(?:(?:still|who\s+(?:are|were|remain|remained)|that\s+(?:are|were|remain|remained))\s+)?loyal\s+to\s+"
    r"(?:(?:his|her|its|their|the\s+group['’]s|the\s+movement['’]s)\s+)?(?:(?:late|new|jailed|slain|own)\s+)?"
    rf"(?:(?:successor|leader|founder|commander|emir|amir|chief|deputy)\s*,?\s+)?{_ABBR}*$",
    re.I,
)
# "the Mayos (also called La Mayiza), loyal to P"; "a rival faction, Los Rojos, which is loyal to P": the group
# named, then whom it follows (but not "loyal to former president P", whose office is elsewhere, nor "G, a rival
# of the faction loyal to P", where the faction is another body)
_G_LOYAL_TO_P = re.compile(
    r"^[\s*_)\"”]*,\s+(?:(?:which|that|who)\s+(?:(?:is|are|was|were|has\s+been|have\s+been|remains?|remained)\s+)?|"
    # "Saraya al-Salam, the armed faction loyal to the Shia cleric P": an apposition that names whom it follows
    r"(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:faction|militia|group|wing|movement|force|brigade|outfit)\s+)?"
    r"(?:(?:still|largely|fiercely|firmly|now|also)\s+)?(?:loyal|answerable)\s+to\s+"
    r"(?:(?:its|their|the\s+group['’]s|the\s+cartel['’]s)\s+)?(?:(?:jailed|late|ageing|aging|veteran|founding|own)\s+)?"
    rf"(?:(?:leader|founder|boss|chief|commander|kingpin|capo|patriarch|co-founder)\s*,?\s+)?"
    r"(?:the\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:cleric|preacher|imam|sheikh|warlord)\s+)?"
    rf"{_ABBR}*$",
    re.I,
)
_FINITE_AFTER_ASIDE = re.compile(
    r"^\s*,[^,;]*,\s+(?:is|was|are|were|has|had|now)\b|^\s*,\s+(?:is|was|are|were|has|had|now)\b"
)


def _led_by(s: Sentence, a: Mention, between: str) -> bool:
    """Whether the words after body `a` say it is led by the person they end on ("X, led by ")."""
    # "JNIM, which formed from the merger of A, B and C, is led by P": C closes the clause; JNIM is led
    return bool(_O_LED_BY_P.match(between) or _O_EMERGED_UNDER_P.match(between)) and not (
        _FINITE_AFTER_ASIDE.match(between) and _in_clause(s, a, between)
    )


# "The AFF, which emerged in early 2022 under P"; "the Giants Brigades, or al-Amaliqa, are Salafi-leaning units
# commanded by P": a body born under its leader, or plural units their commander leads
_O_EMERGED_UNDER_P = re.compile(
    r"^\)?\s*,\s+(?:which|that)\s+(?:(?:first|later|was|were)\s+)*(?:emerged|formed|founded|created|began|rose|"
    r"regrouped|reorgani[sz]ed)\s+(?:(?:in|during)\s+(?:early\s+|late\s+|mid-)?\d{4}\s+)?under\s+"
    r"(?:the\s+(?:leadership|command)\s+of\s+)?"
    rf"(?:[a-z]+\s+){{0,3}}?{_ABBR}*(?:{_RANK}\.?\s+)*$"
    rf"|^\)?{_APPOS}\s+(?:are|were)\s+(?:[\w-]+\s+){{0,3}}?(?:units|militias|forces|brigades|battalions|factions)\s+"
    rf"(?:(?:now|still|long)\s+)?(?:led|commanded|headed)\s+by\s+{_ABBR}*(?:{_RANK}\.?\s+)*$"
    # "LeJ was formed in 1996 by SSP militants, led by P, Q and R": the founders' leaders lead what they formed
    r"|^(?:\s*\([^()]{1,20}\))?\s+(?:was|were)\s+(?:founded|formed|set\s+up|created|established)\s+"
    r"(?:in\s+\d{4}\s+)?by\s+(?:(?!(?:of|and|with|from|the)\b)[^,;()\s]+\s+){0,3}?(?:militants|members|fighters|"
    r"commanders|veterans|defectors|cadres|clerics|activists|dissidents)\s*,\s+(?:who\s+were\s+)?led\s+by\s+$",
    re.I,
)


# "X, the faction loyal to P", "the Y faction still loyal to General P": a faction named for the man it follows
_O_LOYAL_TO_P = re.compile(
    r"^\)?(?:\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?|\s+)"
    r"(?:faction|wing|splinter|camp|militia|gang)\s+(?:(?:that|which)\s+(?:is|was|remains|remained)\s+)?"
    r"(?:(?:still|fiercely|firmly|personally)\s+)?loyal\s+to\s+(?:the\s+(?:jailed|late|former|exiled|veteran)\s+)?"
    rf"(?:[a-z]+\s+){{0,2}}?{_ABBR}*(?:{_RANK}\.?\s+)*[\"“]?$"
)
_AGAINST_BEFORE = re.compile(r"\b(?:anti|counter|non)-$", re.I)
# "a pro-Taliban cleric, P": he sides with the body the word names, he is not said to be in it
_SIDING_BEFORE = re.compile(r"\bpro-$", re.I)
_AS_AFTER = re.compile(r"^\s+(?:as|to)\b")
_CLOSE_QUOTE = re.compile(r"^[\"”](?=\s*,)")
_HEDGE = re.compile(
    r"(?<=\bwho),\s+(?:he|she|they|we|police|officials|investigators|prosecutors|sources)\s+"
    r"(?:believe|believed|say|said|allege|alleged|suspect|suspected|think|thought|claim|claimed),(?=\s)"
)
_P_WHOM = re.compile(r"^[\"”]?\s*,\s+whom\s+(?:the\s+)?$")
_CALLS_HIM_ITS_AFTER = re.compile(
    r"^(?:\s+(?:propaganda|media|statements?|channels?|outlets?|supporters))?\s+"
    r"(?:(?:has|had|have|once|later|repeatedly|publicly|itself)\s+)*"
    r"(?:described|describes|called|calls|named|names|hailed|hails|identified|identifies|introduced|eulogi[sz]ed|"
    r"mourned|praised)\s+as\s+(?:its|their)\s+[\"“]?"
    rf"(?:(?:{_MODS})\s+)*(?P<title>{_TITLE})\b",
    re.I,
)
# "the GNU of Prime Minister P", "the LNA of Field Marshal P": the body named as its head's
# "the Future Movement of parliament speaker P", "the militia of veteran warlord P": the office may be a common noun
# after an office's field or standing, in lower case ("the fall of parliament speaker P" is no body's, and the pair
# is read only where a body stands before "of")
_O_OF_TITLE_P = re.compile(
    r"^\)?\s+of\s+(?:(?:[Ff]ormer|[Ll]ate|[Ii]nterim|[Aa]cting)\s+)?(?:(?:[a-z][\w-]+\s+){0,2}?(?=[a-z]))?"
    r"(?P<title>President|Prime\s+Minister|Premier|"
    r"Chairman|Field\s+Marshal|Marshal|General|Gen\.|Emir|leader|commander|founder|"
    r"(?-i:[Ss]peaker|[Ss]ecretary-[Gg]eneral|warlord|strongman|chief|chairman))\s+"
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
_SAID_AFTER = re.compile(r"^\s+(?:said|says|told|added|noted|argued|claimed|reported|believes|thinks)\b")
# The person's own verb phrase, then "and" and a second verb of his: what follows "and" is read as if
# it followed the name ("P joined X as a teenager and rose to lead G"). No clause may open before the
# "and" ("P said the army attacked and joined G": the second verb is the army's). A comma may stand for "and"
# where the auxiliary comes again: "P had run the chat, had sworn an oath to G" (not "..., who had sworn").
_SECOND_VERB = re.compile(
    # "P, a preacher who quit the mosque in 2015 and swore allegiance to G": his own relative clause may follow an
    # apposition that says what he is ("a" or "an" and a few words)
    r"^(?:\s*,\s+(?P<noun>an?\s+(?:[\w'’-]+\s+){1,4}?)who\s+|\s*,?\s+(?:who\s+)?)"
    # ("a former Maoist who surrendered and joined the DRG": the first verb may stand alone)
    r"(?!(?:said|says|told|tells|and|or|but|a|an|the|his|her|its)\b)[a-z][\w-]*(?:\s+"
    # ("P, who sat on the town council for the Alternative for Germany (AfD), had been a member of the G": a
    # body's acronym in brackets stays inside the first clause)
    r"(?:(?!(?:said|says|told|that|which|who|when|after|while|because|but|whose|where|and)\b)(?:[^,;()]|"
    r"\([A-Z][\w&-]{1,12}\))){1,80}?)?"
    r"(?:\s+and|,(?=\s+(?:had|has|was)\s))(?P<rest>\s+(?:(?:later|then|also|eventually|subsequently|soon|finally)\s+)?(?!(?:his|her|the|a|an)\b)"
    r"[a-z][^,;]*)$"
)
_PART_THEN_RANKS = re.compile(
    rf"^(?:{_POSS})?\s+(?:[\w-]+\s+){{0,3}}?(?:bureau|wing|office|council|unit|branch|faction|cell|committee|brigade|"
    r"battalion|forces|operations|sector|division|arm|network|shura|delegation)\s*,\s*"
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*$",
    re.I,
)
_OPEN_PAREN = re.compile(r"^\s*\(\s*$")
_CLOSE_PAREN = re.compile(r"^\s*\)")
_BARE_RANKS = re.compile(rf"^\s+{_ABBR}*(?:(?:{_RANK}|Sheikh|Mullah)\.?\s+)*$")
_PLURAL_ROLE = (
    r"(?:members|leaders|commanders|fighters|militants|officials|operatives|figures|founders|co-founders|spokesmen|"
    r"activists|cadres|loyalists|chiefs|emirs|officers|deputies|lieutenants|veterans|recruiters|financiers|"
    r"ideologues|preachers|clerics|negotiators|delegates|envoys|ministers|analysts|researchers|reporters|"
    r"journalists|correspondents|employees|staff|soldiers|agents|"
    # "Queensland Police constables P and Q": the plural of a police rank
    r"constables|detectives|sergeants|inspectors)"
)
_INCLUDING = (
    r"(?:including|among\s+them|such\s+as|notably|like)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:known\s+(?:only\s+)?as\s+|named\s+|called\s+)?)?{_ABBR}*"
)
_O_MEMBERS_INCLUDING = re.compile(
    rf"^{_POSS}?\s+(?:(?:{_MODS}|other|several|many|some|two|three|four|five|dozens\s+of)\s+)*(?:{_W}\s+)?"
    rf"{_PLURAL_ROLE}\s*,?\s+{_INCLUDING}$",
    re.I,
)
_MEMBERS_OF = re.compile(rf"\b{_PLURAL_ROLE}\s+(?:of|in|from)\s+(?:the\s+)?$", re.I)
_INCLUDING_AFTER = re.compile(rf"^\s*,?\s+{_INCLUDING}$", re.I)
_AND = re.compile(r"\band\b")
# "P, Q and R": names joined as a list (a rank or title of address may stand before each); "Sergeant P, 46,
# Specialist Q, 24, and Specialist R, 23": an age after each name, and a rank before it
_LIST_JOINT = re.compile(
    r"^\s*(?:,\s*\(?\d{1,3}\)?\s*)?(?:,|and|,\s*and)\s+"
    rf"{_ABBR}*(?:(?:{_RANK}|Specialist|Spc|Private|Pvt|Sergeant|Staff\s+Sergeant|Corporal|Cpl|Airman|Seaman)\.?\s+)*$"
)
# what says a list is meant as a whole: "A and B, both commanders of G"; "G leaders A, B and C"
_PLURAL_CUE = re.compile(
    rf"\b(?:both|all|each|two|three|four|five|together|jointly)\b|\b{_PLURAL_ROLE}\b|"
    r"\b(?:including|among\s+them|such\s+as)\b",
    re.I,
)
# "A and B founded G", "A and B, who joined G": a verb that is not a singular present ("leads", "is", "has")
_PLURAL_VERB = re.compile(
    r"^(?:\s*,\s+who)?\s+(?:(?:had|have|later|then|also|once|jointly|together)\s+)*"
    r"(?!(?:is|was|has|the|a|an|his|her|its)\b)[a-z-]+(?<!s)\b"
)


def _listed_after(s: Sentence, first: Mention) -> list[Mention]:
    """The people listed right after `first`, in a list that closes with "and": "first, Q and R"."""
    run: list[Mention] = []
    last = first
    for q in sorted((m for m in s.mentions if m.type is P and m.start >= first.end), key=lambda m: m.start):
        if not _LIST_JOINT.match(s.between(last, q)):
            break
        run.append(q)
        last = q
    while run and not _AND.search(s.between(run[-2] if len(run) > 1 else first, run[-1])):
        run.pop()
    return run


_P_WHOM_LIST = re.compile(r"^\s*,\s+whom\b")
_PLURAL_TITLE_AFTER = re.compile(
    rf"^\s*{_POSS}\s+(?:(?:top|senior|chief|joint|main|two)\s+)*{_PLURAL_ROLE}\b", re.I
)


def _listed_person_then_body(s: Sentence, a: Mention, b: Mention, after_b: str) -> Iterator[Found]:
    """ "A and B, both commanders of G": what is read of the last name listed holds for every name."""
    run = [m for m in _listed_after(s, a) if m.end <= b.start]
    if not run:
        return
    last = run[-1]
    joint = _between(s, last, b)
    # "A and B, whom prosecutors charged as the Base's leaders": the office after the body is plural
    if not (
        _PLURAL_CUE.search(joint)
        or _PLURAL_VERB.match(joint)
        or (_P_WHOM_LIST.match(joint) and _PLURAL_TITLE_AFTER.match(after_b))
    ):
        return
    founds = list(_person_then_body(s, last, b, joint, after_b))
    if not founds and (c := _LIST_COUNT.match(joint)) is not None:
        # "A and B, both senior Hamas commanders": the count word is the list's; the rest reads as "B, a senior
        # Hamas commander" does, for B too (a plural office after the body: not "A and B, both held by Hamas")
        founds = list(_person_then_body(s, last, b, ", " + joint[c.end() :], after_b))
        yield from founds
    for found in founds:
        yield Found(a, found.predicate, found.object, found.confidence - 0.05, found.subproperty)


# "A and B, both ...", "A, B and C, all ...", "A and B, the two ...": a count word that opens the list's apposition
_LIST_COUNT = re.compile(r"^\s*,\s+(?:both|all|each|(?:the\s+)?(?:two|three|four|five))\s+", re.I)


def _body_then_listed_person(s: Sentence, a: Mention, b: Mention) -> Iterator[Found]:
    """ "G leaders A, B and C": what is read of the first name listed holds for every name."""
    people = sorted(
        (m for m in s.mentions if m.type is P and a.end <= m.start < b.start), key=lambda m: m.start
    )
    if not people or b not in (run := _listed_after(s, people[0])):
        return
    first = people[0]
    if len(run) == 1 and "," in s.between(first, b):
        # "founded by P, and General Q has vowed to crush it": two names need no comma to be listed; one before
        # "and" opens a new clause
        return
    joint = _between(s, a, first)
    # "the council founded by the brothers Khalid Rahman and Tariq Rahman": what leads is each name listed
    # "Two senior members of Hamas, A and B, arrived": the plural office stands before the body
    if not (
        _PLURAL_CUE.search(joint)
        or _led_by(s, a, joint)
        or (_MEMBERS_OF.search(s.before(a, 40)) and _COMMA_RANKS.match(joint))
    ):
        return
    for found in _body_then_person(s, a, first, joint, s.after(first, 60)):
        yield Found(b, found.predicate, found.object, found.confidence - 0.05, found.subproperty)


_SPLINTER_OF = re.compile(
    # "JNIM, the Sahel affiliate of al-Qaeda led by P": an affiliate, like a splinter, is led by its own
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:splinter|faction|offshoot|breakaway|affiliate|franchise)\s+"
    r"(?:group\s+|faction\s+)?of\s+(?:the\s+)?$",
    re.I,
)


# "X, the faction of Y": a part that stayed in Y, unlike "a splinter", "a breakaway faction" or "an offshoot"
_PART_NOT_SPLIT = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:(?!(?:splinter|offshoot|breakaway|dissident|rival|former|renegade)\b)[\w-]+\s+)"
    r"{0,3}?faction\s+of\s+(?:the\s+)?$",
    re.I,
)


def _led_group(s: Sentence, o: Mention) -> Mention:
    """Who "led by P" is about: in "X, a splinter of Y led by P" it is X, the head of the phrase, not Y.

    A splinter is a new group with a leader of its own; in "X, a unit of Y led by P" the leader is Y's.
    """
    for y in s.mentions:
        # "X, a splinter of the Revolutionary Armed Forces of Colombia (FARC) led by P": the name in brackets
        # stands for the full name before it
        if y.type in ORG_LIKE and y.end <= o.start and _OPEN_PAREN.match(s.between(y, o)):
            o = y
            break
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
    r"media\s+office|camps?|council|bureau|office|finances|affairs|networks?|intelligence|logistics|propaganda|"
    r"recruitment|training|shura|ranks|delegation|team|committee|department|leadership|divisions?|regiments?|corps|"
    # "who commands AUSSOM's Sector One": a mission's sectors and contingents are its own
    r"command|forces|sectors?|zones?|contingents?|detachments?|garrisons?|operations\s+centre|"
    # "who leads the Crisis Group's Sahel programme": a programme or a desk of a research body is its own
    r"programmes?|programs?|projects?|desks?|initiatives?|"
    # "who researches the conflict at X University's Pattani campus": a university's campus or faculty is its own
    r"campus(?:es)?|faculty|faculties|school|laboratory|lab)\b",
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
    if (
        re.search(r"allegiance|loyal", m.group("title"), re.I)
        and _GROUPS_LEADER_BEFORE.search(s.before(a, 40))
        # ("its leader, P, a cleric who left the G and swore allegiance to IS": his own relative clause tells his
        # own pledge)
        and not _NOUN_WHO.match(s.after(a, 80))
    ):
        # "its leader, P, pledged allegiance to IS": the leader pledges his group, which is read as an alliance
        return False
    if _LED_BY_BEFORE.search(s.before(a, 60)) and between.lstrip().startswith(","):
        # "The group, led by P, has pledged allegiance to the Taliban": the verb after the aside is the group's
        return False
    if _WHOSE_TITLE_BEFORE.search(s.before(a, 60)):
        # "the STC, whose leader, P, sits on the council": P is the subject of the "whose" clause
        return True
    if _NOUN_WHO.match(between):
        # "a man identified as P, a Moroccan who had joined the Islamic State": the apposition's own relative clause
        # is his, even where his name closes another clause
        return True
    return not _in_clause(s, a, between)


# "P, a Somali-born cleric who ...": an apposition that opens his own relative clause
_NOUN_WHO = re.compile(r"^\s*,\s+an?\s+(?:[\w'’-]+\s+){1,4}?who\s")
_GROUPS_LEADER_BEFORE = re.compile(
    rf"\b(?:[Ii]ts|[Tt]heir|[\w-]+{_POSS})\s+(?:(?:new|top|overall|supreme)\s+)?(?:leader|emir|amir|chief|head)\s*,\s+$"
)
_WHOSE_TITLE_BEFORE = re.compile(rf"\bwhose\s+(?:[\w-]+\s+){{0,2}}?{_TITLE}\s*,\s+$", re.I)
# "X, led by P, ...": the person closes an aside about X
# ("Boko Haram, founded in Maiduguri in 2002 by the preacher P, pledged allegiance to IS": where and when first)
_LED_BY_BEFORE = re.compile(
    r",\s+(?:(?:now|currently|then|once|still)\s+)?(?:led|headed|founded|formed|commanded|run|co-founded)"
    r"(?:\s+(?:in|at)\s+(?:[\w-]+\s+){0,2}?[\w-]+){0,2}\s+by\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)


def _person_then_org(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """The looser person-to-organisation rules, read only when no other person stands between the two."""
    if (m := _P_DECLARED_O.match(between)) is not None:
        yield Found(
            a,
            Predicate.AFFILIATED_WITH,
            b,
            0.7,
            "memberOf" if m.group("title") or m.group("member") else None,
        )
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
_PORTFOLIO = r"(?:defen[cs]e|interior|foreign|finance|justice|home|security|information|intelligence)"
_MINISTER_BEFORE = re.compile(
    r"(?:\b(?P<dept>[A-Z][a-z]+)\s+(?:Affairs\s+)?Minister|\bMinister\s+(?:of|for)\s+(?:the\s+)?(?P<dept2>[A-Z][a-z]+)"
    r"(?:\s+Affairs)?"
    # "Mozambique's defence minister, P"
    rf"|(?:\b(?P<owner>[A-Z][\w-]*)['’]s|\b[Tt]he)\s+(?P<dept3>{_PORTFOLIO})\s+(?:affairs\s+)?minister\s*,)\s*,?\s+$"
)
# "P, the defence minister"; "P, Mozambique's defence minister"
# ("P, who was Iran's minister of intelligence at the time": the portfolio after "minister of", after "who was")
_MINISTER_AFTER = re.compile(
    r"^\s*,\s+(?:who\s+(?:is|was|had\s+been|has\s+been)\s+)?(?:(?:then|later|also)\s+)?"
    rf"(?:the|(?P<owner>(?-i:[A-Z])[\w-]*)['’]s)\s+(?:(?P<dept>{_PORTFOLIO})\s+(?:affairs\s+)?minister\b|"
    rf"minister\s+(?:of|for)\s+(?:the\s+)?(?P<dept4>{_PORTFOLIO})\b)",
    re.I,
)
_SAME_DEPT = {"defense": "defence", "home": "interior", "foreign": "foreign"}


def find_cross_sentence_affiliations(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """Affiliations whose two ends the document names in different sentences.

    Officials named by their office alone belong to the body the document names for it: a minister named
    by his portfolio to that ministry, "Secretary of State P" to the State Department, "army spokesman P"
    (or "Sepoy P") to the one army the document names before him, "P, governor of Y province" to the
    government of Y; "ministry official P" and "P, commander of the division" to the one ministry or
    division the last sentences name; a masthead's authors to its publisher; "P, Jubaland's minister of security"
    to the government of Jubaland; "one of its fighters, whom it named as P" to the group that opens the
    sentence (a reading inside one sentence, kept here with the other readings of a name and an office). And
    "He joined Boko Haram",
    opening a sentence, is said of the one person the sentence before names. The defendants a court names
    ("found A, 31, and B, 27, guilty") belong to the one group the document says the accused are members of.
    A president or prime minister named by his place sits in its government; "who leads our programme" works for
    the publisher a masthead names, a wire's byline and credits for the agency its dateline names; "the attackers
    belonged to G ... named them as A and B" and "a commander who gave his name as P" in G's video are G's; and
    "its" just after a quotation is the body that opens the sentence before. "P heads the new front" is in the group
    whose founding the sentences before told; "the accused swore allegiance to G" speaks of the one man charged; a
    group named after a man's family name ("the Sadrists", "the Maute group") is his.
    """
    yield from _ministers(sentences)
    yield from _ministry_staff(sentences)
    yield from _unit_officials(sentences)
    yield from _masthead_authors(sentences)
    yield from _secretaries(sentences)
    yield from _service_officials(sentences)
    yield from _governors(sentences)
    yield from _place_ministers(sentences)
    yield from _heads_of_government(sentences)
    yield from _our_staff(sentences)
    yield from _he_pledged(sentences)
    yield from _named_members(sentences)
    yield from _wire_credits(sentences)
    yield from _pledged_heads(sentences)
    yield from _staff_among_the_dead(sentences)
    yield from _men_in_its_video(sentences)
    yield from _its_after_quote(sentences)
    yield from _its_own_men(sentences)
    yield from _statement_spokespersons(sentences)
    yield from _footer_colleagues(sentences)
    yield from _he_or_she(sentences)
    yield from _defendants(sentences)
    yield from _heads_the_new(sentences)
    yield from _the_accused_pledged(sentences)
    yield from _named_after_him(sentences)
    yield from _under_him(sentences)
    yield from _successors(sentences)
    yield from _named_bomber(sentences)
    yield from _led_by_it(sentences)
    yield from _the_groups_leader(sentences)
    yield from _described_him_as(sentences)


# "Prosecutors describe him as an ISKP supporter": what others call the man the sentences are about
_DESCRIBE_HIM_AS = re.compile(
    r"\b(?:describes?|described|describing|calls?|called|identif(?:y|ies|ied)|regards?|regarded|labels?|labell?ed)\s+"
    r"(?:him|her)\s+as\s+(?:a|an|the)\s+(?:(?:senior|former|top|key|local|self-described|committed)\s+)?$"
)
_SUPPORTER_AFTER = re.compile(
    r"^\s*(?P<title>supporter|member|recruiter|commander|operative|fighter|financier|leader|facilitator|militant|"
    r"sympathi[sz]er|propagandist)\b"
)


def _described_him_as(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "they describe him as an ISKP supporter": the one man this sentence or the one before names."""
    people: list[Mention] = []
    for s in sentences:
        named = [m for m in s.mentions if m.type is P]
        for g in s.mentions:
            if g.type is not G or not _DESCRIBE_HIM_AS.search(s.before(g, 80)):
                continue
            if (m := _SUPPORTER_AFTER.match(s.after(g, 30))) is None:
                continue
            before = {x.name: x for x in named if x.end <= g.start}
            candidates = before or ({} if named else {x.name: x for x in people})
            if len(candidates) == 1:
                (person,) = candidates.values()
                yield s, Found(person, Predicate.AFFILIATED_WITH, g, 0.65, _subproperty(m.group("title")))
        people = named


# "The team believes the group's de facto leader is P"; "The monitors name P as its current leader": the group the
# sentence before is about, where this one names no body before him
_THE_GROUPS_TITLE_IS = re.compile(
    r"\b(?:[Tt]he\s+(?:group|movement|organi[sz]ation|network|militia|faction)['’]s|[Ii]ts)\s+"
    r"(?:(?:de\s+facto|current|new|overall|supreme|top|acting)\s+)*"
    r"(?P<title>leader|emir|amir|chief|head|commander|founder)\s+(?:is|was|remains|has\s+been)\s+"
    r"(?:(?:believed|thought|said)\s+to\s+be\s+)?$"
)
_NAMED_BEFORE = re.compile(r"\b(?:name|names|named|identify|identifies|identified)\s+$")
_AS_ITS_LEADER_AFTER = re.compile(
    r"^\s+as\s+(?:its|the\s+group['’]s)\s+(?:(?:de\s+facto|current|new|overall|supreme|top|acting)\s+)*"
    r"(?P<title>leader|emir|amir|chief|head|commander)\b"
)


def _the_groups_leader(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "G is weaker. The team believes the group's de facto leader is P": the group is the one the sentence before
    is about; so in "The monitors name P as its current leader"."""
    for previous, s in _adjacent(sentences):
        for p in s.mentions:
            # (the tagger's own reading of "the group's" is set aside for the sentence before's subject)
            if p.type is not P or any(
                x.type in ORG_LIKE and x.start < p.start and not _NOT_A_NAME.match(x.text) for x in s.mentions
            ):
                continue
            m = _THE_GROUPS_TITLE_IS.search(s.before(p, 80))
            if m is None and _NAMED_BEFORE.search(s.before(p, 20)):
                m = _AS_ITS_LEADER_AFTER.match(s.after(p, 60))
            if m is None:
                continue
            if (g := _group_subject(previous)) is not None:
                yield s, Found(p, Predicate.AFFILIATED_WITH, g, 0.6, _subproperty(m.group("title")))
            break


# "Led by P, a veteran commander, it has expanded into Benin": the asides after the name, then "it" as the subject
_THEN_IT = re.compile(_ASIDES + r"it\s+(?=[a-z])")


def _led_by_it(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "JNIM is the largest coalition. Led by P, it has expanded.": "it" is the group the sentence before is about."""
    for previous, s in _adjacent(sentences):
        people = [m for m in s.mentions if m.type is P]
        if not people:
            continue
        p = people[0]
        if (
            (m := _LED_BY_OPENS.match(s.text[: p.start - s.start])) is None
            or (it := _THEN_IT.match(s.after(p, 200))) is None
            or any(x.type in ORG_LIKE and p.end <= x.start < p.end + it.end() for x in s.mentions)
        ):
            continue
        if (g := _group_subject(previous)) is not None:
            yield s, Found(p, Predicate.AFFILIATED_WITH, g, 0.6, _subproperty(m.group("title")))


def _adjacent(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Sentence]]:
    """Each sentence with the one right before it (none across a gap the caller left out)."""
    for previous, s in zip(sentences, sentences[1:], strict=False):
        if s.index == previous.index + 1:
            yield previous, s


def _group_subject(previous: Sentence) -> Mention | None:
    """The group the sentence is about, if what it is about is a group."""
    from kg.extract.relations.pronouns import _subject_of  # a late import: pronouns reads persons' neighbours

    g = _subject_of(previous)
    return g if g is not None and g.type is G else None


# "ISKP claimed the bombing and named the bomber as P"; "gave the bomber's nom de guerre as P"
_NAMED_BOMBER_BEFORE = re.compile(
    r"\b(?:named|identified|gave)\s+(?:the|its)\s+(?:suicide\s+)?(?:bomber|attacker|assailant|gunman|fighter)"
    r"(?:['’]s\s+(?:nom\s+de\s+guerre|name|alias|kunya))?\s+as\s+[\"“]?$"
)
_IT_OPENS = re.compile(r"^[\W_]*(?:It|The\s+group)\s+")
# the group's own word: a claim or a statement in its name (not "G was suspected, and a report named the bomber")
_ITS_CLAIM = re.compile(r"\bclaim(?:ed|ing|s)?\b|\bstatement\b|\bin\s+the\s+name\s+of\b", re.I)


def _named_bomber(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "G claimed the bombing and named the bomber as P": the man a group's claim names as its attacker is its own.

    The group is the first one the sentence names before him, where no person is named before him (in "Police
    named the attacker as P" the namer is not his group); "It named the bomber as P" is the group the sentence
    before is about.
    """
    from kg.extract.relations.pronouns import _subject_of  # a late import: pronouns reads persons' neighbours

    for i, s in enumerate(sentences):
        for p in s.mentions:
            if p.type is not P or not _NAMED_BOMBER_BEFORE.search(s.before(p, 80)):
                continue
            if any(m.type is P and m.end <= p.start for m in s.mentions):
                continue
            groups = sorted(
                (g for g in s.mentions if g.type is G and g.end <= p.start and not _NOT_A_NAME.match(g.text)),
                key=lambda g: g.start,
            )
            g = (
                groups[0]
                if groups and _ITS_CLAIM.search(s.text[groups[0].start - s.start : p.start - s.start])
                else None
            )
            if not groups and i > 0 and _IT_OPENS.match(s.text) and _ITS_CLAIM.search(sentences[i - 1].text):
                g = _subject_of(sentences[i - 1])
            if g is not None and g.type is G:
                yield s, Found(p, Predicate.AFFILIATED_WITH, g, 0.55, "memberOf")


# "His successor, P"; "P, who succeeded him": the man the sentence before names led the group P now leads
_HIS_SUCCESSOR_BEFORE = re.compile(r"(?:^|\s)[Hh](?:is|er)\s+(?:eventual\s+|chosen\s+)?successor\s*,\s+$")
_SUCCEEDED_HIM_AFTER = re.compile(r"^\s*,\s+who\s+(?:has\s+|had\s+)?succeeded\s+(?:him|her)\b")
# "P1, who took over after P2 died"; "P1 took over in March after the death of P2"; "P1 succeeded P2"
_TOOK_OVER_AFTER_BEFORE = re.compile(
    r"\b(?:took|taking|has\s+taken|had\s+taken)\s+over\b[^,;.()]{0,40}?\s+after\s+"
    r"(?:the\s+(?:death|killing)\s+of\s+)?(?:(?:the\s+)?(?:late|slain)\s+)?$"
    r"|\b(?:succeeded|succeeding)\s+(?:(?:the\s+)?(?:late|slain)\s+)?$"
)


def _pair_affiliations(s: Sentence) -> list[Found]:
    """Every person -> group the pair rules read in one sentence."""
    ms = sorted(s.mentions, key=lambda m: m.start)
    found: list[Found] = []
    for i, a in enumerate(ms):
        for b in ms[i + 1 :]:
            if _same(a, b):
                continue
            between = _between(s, a, b)
            if len(between) > 250:
                break
            found.extend(
                f
                for f in _person_pair(s, a, b, between, s.after(b, 60))
                if f.predicate is Predicate.AFFILIATED_WITH and f.object.type is G
            )
    return found


def _successors(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """A leader's successor or predecessor belongs to the group the leader is said to lead.

    "G lost its secretary-general P1. His successor, P2, ..." and "G is led by P1, who took over after P2 died":
    the one man named as leader hands the office on to, or took it from, the other.
    """
    for i, s in enumerate(sentences):
        for p2 in s.mentions:
            if p2.type is not P:
                continue
            if (
                _HIS_SUCCESSOR_BEFORE.search(s.before(p2, 40)) or _SUCCEEDED_HIM_AFTER.match(s.after(p2, 40))
            ) and i > 0:
                led = _pair_affiliations(sentences[i - 1])
                leaders = {f.subject.name for f in led}
                if len(leaders) == 1 and not any(_same(f.subject, p2) for f in led):
                    for g in {f.object.name: f.object for f in led}.values():
                        yield s, Found(p2, Predicate.AFFILIATED_WITH, g, 0.55, "leaderOf")
            if _TOOK_OVER_AFTER_BEFORE.search(s.before(p2, 80)):
                led = [
                    f for f in _pair_affiliations(s) if f.subject.end <= p2.start and not _same(f.subject, p2)
                ]
                if len({f.subject.name for f in led}) == 1:
                    for g in {f.object.name: f.object for f in led}.values():
                        yield s, Found(p2, Predicate.AFFILIATED_WITH, g, 0.55, "leaderOf")


# An author's footer: "Q is a senior fellow at the O." then "P is a research associate." (at the same O)
_IS_A_TITLE = rf"\s+is\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{_TITLE})"
_FOOTER_AT_O = re.compile(rf"^{_IS_A_TITLE}\s+(?:at|with|of)\s+(?:the\s+)?$", re.I)
# (a research post only: "P is a former army officer" says nothing of where he works now)
_FOOTER_BARE = re.compile(
    r"^\s+is\s+(?:a|an)\s+(?:(?:senior|junior|visiting|non-?resident|research|associate|principal|lead|deputy|"
    r"assistant)\s+){0,2}(?:fellow|researcher|associate|analyst|assistant|editor|director|coordinator)[\s.*_]*$",
    re.I,
)


def _footer_colleagues(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "Q is a senior fellow at the O. P is a research associate.": the second author works where the first does."""
    for prev, s in _adjacent(sentences):
        if len(s.mentions) != 1 or s.mentions[0].type is not P:
            continue
        p = s.mentions[0]
        if not re.match(r"^[\W_]*$", s.text[: p.start - s.start]) or not _FOOTER_BARE.match(s.after(p, 80)):
            continue
        people = [m for m in prev.mentions if m.type is P]
        bodies = [m for m in prev.mentions if m.type is O]
        if len(people) != 1 or len(bodies) != 1 or _same(people[0], p):
            continue
        q, o = people[0], bodies[0]
        if (
            q.end <= o.start
            and re.match(r"^[\W_]*$", prev.text[: q.start - prev.start])
            and _FOOTER_AT_O.match(prev.between(q, o))
            and re.match(r"^[\s.*_]*$", prev.after(o, 20))
        ):
            yield s, Found(p, Predicate.AFFILIATED_WITH, o, 0.6, "employeeOf")


# "Born in Borno state in 1979, he joined Boko Haram": "he" or "she" as the subject that opens a sentence
_HE_OPENS = re.compile(
    r"^(?:[^,;]{0,60},\s+)?"
    # "Police said he had joined al-Shabaab": what others say opens the sentence, and "he" is its subject
    r"(?:(?:[Pp]rosecutors|[Pp]olice|[Oo]fficials|[Ii]nvestigators|[Aa]uthorities|[Tt]he\s+(?:court|indictment|"
    r"prosecution|charge\s+sheet))\s+(?:said|say|says|alleged|allege|alleges|believe|believed|found|"
    r"told\s+the\s+court)\s+(?:that\s+)?(?=(?:he|she)\s))?"
    r"(?P<pron>[Hh]e|[Ss]he|[Tt]he\s+\d+-year-old(?:\s+(?:man|woman|cleric|commander|militant))?)"
    r"\s+(?=[a-z])"
)


def _he_or_she(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "He joined Boko Haram" is said of the one person named in the sentence before.

    Where that sentence names no one but itself opens with "he", the person carries on; where it names
    two people, or none and no "he", no one is meant that can be told.
    """
    person: Mention | None = None
    previous = -2
    for s in sentences:
        people = {m.name: m for m in s.mentions if m.type is P}
        opens = _HE_OPENS.match(s.text)
        if s.index != previous + 1:
            person = None
        if person is not None and opens is not None:
            at = s.start + opens.end("pron")
            if not any(m.type is P and m.start < at for m in s.mentions):
                yield from _pronoun_pairs(s, person, at)
        previous = s.index
        if len(people) == 1:
            (person,) = people.values()
        elif people or opens is None:
            person = None


def _pronoun_pairs(s: Sentence, person: Mention, at: int) -> Iterator[tuple[Sentence, Found]]:
    """The bodies a sentence opening "he ..." at offset `at` says the person belongs to."""
    for b in s.mentions:
        if b.type not in ORG_LIKE or b.start < at:
            continue
        if any(m.type is P and at <= m.start and m.end <= b.start for m in s.mentions):
            break
        between = _YEAR.sub("", s.text[at - s.start : b.start - s.start])
        after_b = s.after(b, 60)
        if (
            (
                (m := _P_VERB_O.match(between)) is not None
                and (not _POSS_START.match(after_b) or _OWN_PART_AFTER.match(after_b))
                and (b.type is G or not _FOUGHT_WITH.search(m.group("title")))
            )
            or (
                (m := _P_COMMA_TITLE_OF_O.match(between)) is not None
                and between[:1].isspace()
                and (m.group("indef") is None or _CELL_AFTER.match(after_b))
                and (m.group("apposed") is None or _APPOSITION_CLOSES.match(after_b))
            )
            or (_P_VERB_AS_O.match(between) or _P_BECAME_O.search(between) and between[:1].isspace())
            and (m := _O_POSS_TITLE_AFTER.match(after_b)) is not None
        ):
            yield s, Found(person, Predicate.AFFILIATED_WITH, b, 0.65, _subproperty(m.group("title")))


# "Secretary of State P", "Homeland Security Secretary P", "P, the US secretary of state": the department
_DEPT = r"(?P<dept>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
_SECRETARY_BEFORE = re.compile(
    rf"(?:\b{_DEPT}\s+Secretary|\bSecretary\s+of\s+(?:State\s+for\s+)?(?:the\s+)?(?P<dept2>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))"
    r"\s*,?\s+$"
)
_SECRETARY_AFTER = re.compile(
    r"^\s*,\s+(?:the\s+)?(?:U\.?S\.?\s+|[A-Z][a-z]+\s+)?(?:[Ss]ecretary\s+of\s+(?:[Ss]tate\s+for\s+)?(?:the\s+)?"
    r"(?P<dept>[A-Za-z]+(?:\s+[A-Z][a-z]+)?)|(?P<dept2>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+[Ss]ecretary)\b"
)
_DEPARTMENT_OF = re.compile(rf"\bDepartment\s+of\s+(?:the\s+)?{_DEPT}")
_X_DEPARTMENT = re.compile(rf"\b{_DEPT}\s+Department\b")
# "the Home Office" of a Home Secretary, "the Foreign Office" of a Foreign Secretary (the British departments)
_X_OFFICE = re.compile(
    r"^(?:the\s+)?(?P<dept>Home|Foreign|Cabinet|Northern\s+Ireland|Scotland|Wales)\s+Office$"
)


def _dept_key(words: str) -> str:
    key = words.casefold()
    return "defense" if key == "defence" else key


def _secretaries(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """A secretary named by his department belongs to the department the document names for it."""
    departments: dict[str, dict[str, Mention]] = {}
    for s in sentences:
        for m in s.mentions:
            # "United States Department of State": the department's own word, not the country's
            if m.type is O and (
                d := _DEPARTMENT_OF.search(m.name) or _X_DEPARTMENT.search(m.name) or _X_OFFICE.match(m.name)
            ):
                departments.setdefault(_dept_key(d.group("dept")), {}).setdefault(m.name, m)
    if not departments:
        return
    for s in sentences:
        for p in s.mentions:
            if p.type is not P:
                continue
            t = _SECRETARY_BEFORE.search(s.before(p, 60)) or _SECRETARY_AFTER.match(s.after(p, 60))
            if t is None:
                continue
            named = departments.get(_dept_key(t.group("dept") or t.group("dept2")), {})
            if len(named) == 1:
                (department,) = named.values()
                yield s, Found(p, Predicate.AFFILIATED_WITH, department, 0.65, "employeeOf")


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
            elif (t := _MINISTER_AFTER.match(s.after(p, 70))) is not None:
                dept = (t.group("dept") or t.group("dept4")).casefold()
            else:
                continue
            named = ministries.get(_SAME_DEPT.get(dept, dept), [])
            owner = t.groupdict().get("owner")
            if (
                owner
                and getattr(lookup_place(owner), "type", None) in ("Province", "Region")
                and not any(owner in m.name for m in named)
            ):
                # "Bavaria's interior minister" sits in Bavaria's government, not in the federal ministry
                continue
            if len({m.name for m in named}) != 1:
                continue
            foreign = _COUNTRYS_MINISTRY.match(named[0].text) or _COUNTRYS_MINISTRY.match(named[0].name)
            if (
                not owner
                and foreign
                and getattr(lookup_place(foreign["country"]), "type", None) == "Country"
                and foreign["country"] not in s.text
            ):
                # "Singapore's Ministry of Home Affairs said ... Home Minister P told parliament": the only ministry
                # named is another country's, and nothing puts the bare minister in that country
                continue
            yield s, Found(p, Predicate.AFFILIATED_WITH, named[0], 0.65, _subproperty("minister"))


# "Singapore's Ministry of Home Affairs": a ministry its own name gives to a country
_COUNTRYS_MINISTRY = re.compile(r"^(?:the\s+)?(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s")


_MINISTRY = re.compile(
    # "the Mozambican defence ministry", "Ministry of National Defence"
    # ("Union Ministry of Home Affairs": the portfolio is the word after "of", not the one before "Ministry")
    r"\b(?:(?P<dept>[A-Za-z]+)\s+(?:[Aa]ffairs\s+)?[Mm]inistry(?!\s+(?:of|for)\b)|Ministry\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:National\s+)?(?P<dept2>[A-Z][a-z]+))\b"
)


# "ministry official P", "a ministry spokeswoman, P", "P, a ministry official": the ministry the text has just named
# "the ministry's spokesman, Colonel P": a rank may stand before the name
_MINISTRY_STAFF_BEFORE = re.compile(
    r"\b(?P<the>[Tt]he\s+)?[Mm]inistry(?:['’]s)?\s+(?:(?:senior|deputy|chief)\s+)?(?P<title>official|"
    rf"spokes(?:man|woman|person)|adviser|advisor|officer|director)\s*,?\s+{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
_MINISTRY_STAFF_AFTER = re.compile(
    r"^\s*,\s+(?:a|an|(?P<the>the))\s+(?:(?:senior|deputy|chief)\s+)?[Mm]inistry(?:['’]s)?\s+"
    r"(?P<title>official|spokes(?:man|woman|person)|adviser|advisor|officer|director)\b"
)
# How many sentences back "the ministry" may look for the one it stands for
_MINISTRY_LOOK_BACK = 3


def _ministry_staff(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "ministry official P" works at the one ministry named in his sentence or the three before it."""
    named: list[list[Mention]] = [
        [m for m in s.mentions if m.type is O and _ministry_dept(m.name) is not None] for s in sentences
    ]
    for i, s in enumerate(sentences):
        for p in s.mentions:
            if p.type is not P:
                continue
            t = _MINISTRY_STAFF_BEFORE.search(s.before(p, 40)) or _MINISTRY_STAFF_AFTER.match(s.after(p, 40))
            if t is None:
                continue
            # ("the ministry's spokesman": the one ministry the story has named, however far back)
            lo = 0 if t.group("the") else max(0, i - _MINISTRY_LOOK_BACK)
            recent = [m for ms in named[lo : i + 1] for m in ms if m.start < p.start]
            if len({m.name for m in recent}) == 1:
                yield s, Found(p, Predicate.AFFILIATED_WITH, recent[-1], 0.6, _subproperty(t.group("title")))


# "P, commander of the division": a body named again by the noun its name ends in ("the Second Division")
_UNIT_NOUN = (
    r"division|brigade|battalion|regiment|corps|command|institute|centre|center|observatory|foundation|"
    r"commission|mission|agency|task\s+force|unit"
)
_TITLE_OF_THE_UNIT_AFTER = re.compile(
    rf"^\s*,\s+(?:the\s+|its\s+|an?\s+)?(?:(?:{_MODS})\s+)*(?P<title>{_TITLE})\s+(?:of|at|for)\s+the\s+(?P<noun>{_UNIT_NOUN})"
    # "commander of the division in Cauca" is fine; "of the division of X" names another body
    r"(?!\s+(?:of|for)\b|\s*['’]s|-)\b",
    re.I,
)
_THE_UNIT_TITLE_BEFORE = re.compile(
    rf"\b[Tt]he\s+(?P<noun>{_UNIT_NOUN})['’]s\s+(?:(?:{_MODS})\s+)*(?P<title>{_TITLE})\s*,?\s+{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
# "..., mission spokesperson P said": the noun alone before the office (lower case: a capital is part of a name)
_UNIT_TITLE_BEFORE = re.compile(
    # ("Government spokesman P said": the one government the last sentences name)
    r"(?:(?<![\w'’-])|^)(?P<noun>mission|division|brigade|battalion|regiment|command|task\s+force|[Gg]overnment)\s+"
    r"(?:(?:deputy|chief|senior)\s+)?(?P<title>spokes(?:man|woman|person)|commander|chief|head|director)\s*,?\s+"
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
# "P, the unit's spokesman"
_THE_UNIT_TITLE_AFTER = re.compile(
    rf"^\s*,\s+the\s+(?P<noun>{_UNIT_NOUN})['’]s\s+(?:(?:{_MODS})\s+)*(?P<title>{_TITLE})\b(?!\s+(?:of|for|at)\b)"
)
# "Densus 88, the elite unit of the national police": the body's apposition says which noun stands for it
_APPOSED_NOUN = re.compile(rf"^\s*,\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_UNIT_NOUN})\b", re.I)
_UNIT_LOOK_BACK = 2


def _unit_officials(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "P, commander of the division" belongs to the one division named in his sentence or the two before."""
    for i, s in enumerate(sentences):
        for p in s.mentions:
            if p.type is not P:
                continue
            t = (
                _TITLE_OF_THE_UNIT_AFTER.match(s.after(p, 80))
                or _THE_UNIT_TITLE_BEFORE.search(s.before(p, 60))
                or _THE_UNIT_TITLE_AFTER.match(s.after(p, 80))
                or _UNIT_TITLE_BEFORE.search(s.before(p, 60))
            )
            if t is None:
                continue
            noun = " ".join(t.group("noun").casefold().split())
            # "mission spokesperson P": the body's name may hold the noun inside it ("the ... Mission in the
            # Central African Republic")
            inside = re.compile(rf"\b{noun}\b") if t.re is _UNIT_TITLE_BEFORE else None
            # ("Government spokesman P", "a spokesman for the mission": a story tells of one government or one
            # mission, however far back it names it)
            lo = 0 if noun in ("government", "mission") else max(0, i - _UNIT_LOOK_BACK)
            recent = [
                m
                for q in sentences[lo : i + 1]
                for m in q.mentions
                if m.type in ORG_LIKE
                and m.start < p.start
                and not _NOT_A_NAME.match(m.text)
                and (
                    " ".join(m.name.casefold().split()).endswith(noun)
                    or (inside is not None and inside.search(" ".join(m.name.casefold().split())) is not None)
                    or (
                        (a := _APPOSED_NOUN.match(q.after(m, 60))) is not None
                        and a.group("noun").casefold() == noun
                    )
                    # "the Multinational Security Support (MSS) mission": the noun right after the name and its
                    # short form (but "the UN mission" is the UN's, not the UN)
                    or re.match(rf"^(?:\)|\s*\([^()]{{1,15}}\))\s+{noun}\b", q.after(m, 40), re.I) is not None
                )
            ]
            if len({m.name for m in recent}) == 1:
                yield s, Found(p, Predicate.AFFILIATED_WITH, recent[-1], 0.6, _subproperty(t.group("title")))


# "Mediterranean Security Observatory, Rome | 15 April 2025 | Authors: A and B": a report's masthead
# ("Centre for Maritime Conflict Studies, London · by Tobias Wren": a lower-case "by" opening a masthead's part)
_AUTHORS_CUE = re.compile(r"\b(?:Authors?|Written\s+by|Prepared\s+by)\s*:?\s+|(?<=[|•·]\s)by\s+")


def _masthead_authors(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """The authors a masthead line lists write for the one organisation that line names before them (or, in a
    part of the line between its dots, right after them: "A and B, Gulf of Aden Policy Lab, Amman")."""
    for s in sentences:
        yield from _masthead_part_authors(s)
        for line in re.finditer(r"[^\n]+", s.text):
            cue = _AUTHORS_CUE.search(line.group())
            if cue is None:
                continue
            at = s.start + line.start() + cue.start()
            end = s.start + line.end()
            bodies = {
                m.name: m
                for m in s.mentions
                if m.type is O and s.start + line.start() <= m.start and m.end <= at
            }
            # a masthead names its publisher first, and only it: "A and B" after the cue are its authors
            if len(bodies) != 1 or not re.search(r"[|•·]", line.group()[: cue.start()]):
                continue
            (body,) = bodies.values()
            for p in s.mentions:
                if p.type is P and at < p.start and p.end <= end:
                    yield s, Found(p, Predicate.AFFILIATED_WITH, body, 0.6, "employeeOf")


def _masthead_part_authors(s: Sentence) -> Iterator[tuple[Sentence, Found]]:
    """ "14 · A and B, O, Amman · 20 August 2025": the people a dotted part of a short line opens with, then O."""
    for line in re.finditer(r"[^\n]+", s.text):
        # ("*By A and B, Meridian Conflict Research, Dakar*": a byline with the authors' body after them)
        if len(line.group()) > 200 or not (
            re.search(r"\s[|•·]\s", line.group()) or re.match(r"[\s*_]*By\s", line.group())
        ):
            continue
        for part in re.finditer(r"[^|•·]+", line.group()):
            lo, hi = s.start + line.start() + part.start(), s.start + line.start() + part.end()
            inside = sorted((m for m in s.mentions if lo <= m.start and m.end <= hi), key=lambda m: m.start)
            people = [m for m in inside if m.type is P]
            bodies = [m for m in inside if m.type is O]
            if not people or len(bodies) != 1 or bodies[0].start < people[-1].end:
                continue
            chain = [*people, bodies[0]]
            gaps = [
                s.text[x.end - s.start : y.start - s.start] for x, y in zip(chain, chain[1:], strict=False)
            ]
            opening = s.text[lo - s.start : people[0].start - s.start]
            if (
                re.fullmatch(r"[\s*_\d.:—-]*(?:By\s+)?", opening)
                and all(_AND_OR_COMMA.fullmatch(g) for g in gaps[:-1])
                and re.fullmatch(r"\s*,\s*", gaps[-1])
            ):
                for p in people:
                    yield s, Found(p, Predicate.AFFILIATED_WITH, bodies[0], 0.6, "employeeOf")


_AND_OR_COMMA = re.compile(r"\s*(?:,\s*)?(?:and\s+)?|\s*,\s*")


def _ministry_dept(name: str) -> str | None:
    m = _MINISTRY.search(name)
    if m is None:
        return None
    dept = (m.groupdict().get("dept") or m.group("dept2")).casefold()
    return _SAME_DEPT.get(dept, dept)


# "Army spokesman Maj. P", "a police spokeswoman, P": the service is named by a common noun
_SERVICE_TITLE_BEFORE = re.compile(
    # ("the prime minister ... his military spokesman, P": a man's own spokesman, not the army's)
    r"(?<!\b[Hh]is\s)(?<!\b[Hh]er\s)\b(?P<service>[Aa]rmy|ARMY|[Mm]ilitary|[Pp]olice|[Aa]ir\s+[Ff]orce|[Nn]avy|[Nn]aval|"
    # "junta chief P", "a junta spokesman, Maj. Gen. P": a military government's men are the army's
    # "a defence spokesman in Srinagar, Col. P": the forces' press officer speaks for the army (not "Ministry of
    # Defence spokesman P", whose ministry the pair rules read)
    r"[Jj]unta|(?<!\bof\s)[Dd]efen[cs]e(?=\s+spokes))\s+"
    r"(?:(?:deputy|chief|senior|regional|provincial|state)\s+)?"
    # ("Columbus Police Chief P": the title capitalised as part of the name)
    r"(?P<title>spokes(?:man|woman|person)|chief|commander|commissioner|official|officer|Chief|Commander|"
    r"Commissioner)"
    # ("a defence spokesman in Udhampur, Lt Col P": the town he speaks from may stand before his name)
    r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?=\s*,))?\s*,?\s+"
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
# "the army's spokesman, Gen. P"; "P, the army's spokesman"; "P, an army spokesman"
_SERVICE_POSS_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<service>army|military|police|air\s+force|navy|junta)['’]s\s+(?:(?:chief|senior|top|deputy|new)\s+)?"
    r"(?P<title>spokes(?:man|woman|person)|chief|commander|commissioner)\s*,\s+"
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
# "at war with the army of General P": the army is named as his, he leads it
_SERVICE_OF_RANK_BEFORE = re.compile(
    rf"\b[Tt]he\s+(?P<service>army|military)\s+of\s+(?:(?P<title>General|Field\s+Marshal|Marshal)\.?\s+)"
    rf"(?:{_RANK}\.?\s+)*$"
)
# "the Acting Deputy Director, Army Public Relations, 2 Division, Lieutenant Colonel P": an army's press office
_ARMY_PR_BEFORE = re.compile(
    r"\b(?P<title>(?:Acting\s+)?(?:(?:Deputy|Assistant)\s+)?Director),?\s+(?P<service>Army)\s+Public\s+Relations\s*,?\s+"
    rf"(?:(?:\d+|[A-Z][a-z]+)\s+Division\s*,?\s+)?{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
_DIVISION_NAME = re.compile(r"\b(?:\d+|[A-Z][a-z]+)\s+Division\b")
_SERVICE_TITLE_AFTER = re.compile(
    # "P, the regional police commander for the north": a command's reach may stand before the service
    r"^\s*,\s+(?:the|an?)\s+(?:(?:regional|provincial|district|local|state|city|county)\s+)?"
    # "P, a Srinagar-based defence spokesman"; "P, the junta's chief spokesman" (a military government's voice)
    r"(?:[A-Z][\w-]*-based\s+)?"
    r"(?P<service>army|military|police|air\s+force|navy|naval|junta|defen[cs]e(?=\s+spokes))(?:['’]s)?\s+"
    r"(?:(?:chief|senior|top|deputy)\s+)?(?P<title>spokes(?:man|woman|person)|chief|commander|commissioner)\b"
    # "P, the Chief of Army Staff"
    r"|^\s*,\s+(?:the\s+)?(?P<title2>[Cc]hief)\s+of\s+(?:the\s+)?(?P<service2>[Aa]rmy|[Nn]aval|[Aa]ir|[Dd]efen[cs]e)\s+"
    r"[Ss]taff\b"
    # "P, a spokesman for the army, told reporters"
    # ("P, spokesman for the army's operations in the east": the article may go, and an operation the army runs
    # is no body of its own; but "the police's anti-riot unit" is a unit's, read by the pair rules)
    r"|^\s*,\s+(?:(?:the|an?)\s+)?(?:(?:chief|senior|top|deputy)\s+)?(?P<title3>spokes(?:man|woman|person)|commander)\s+"
    r"(?:for|of)\s+the\s+(?P<service3>army|military|police|air\s+force|navy)\b"
    r"(?![\w-]|['’]s(?!\s+(?:[\w-]+\s+){0,3}?(?:operations?|offensive|campaign)\b))"
)
# "Chief of Army Staff, Lt. Gen. P"; "Chief of the Air Staff P"
_CHIEF_OF_STAFF_BEFORE = re.compile(
    r"\b(?P<title>Chief)\s+of\s+(?:the\s+)?(?P<service>Army|Naval|Air|Defen[cs]e)\s+Staff\s*,?\s+"
    rf"{_ABBR}*(?:(?:Gen|General|Colonel|Major|Captain|Lt|Brig|Brigadier|Air\s+Marshal|Vice\s+Admiral|Admiral|"
    r"Marshal)\.?\s+)*$"
)
# "Inspector General of Police (Zone-II) Kh. P": a police force's senior ranks, the range or zone in brackets
_POLICE_RANK_BEFORE = re.compile(
    r"\b(?P<title>(?:(?:Deputy|Additional|Assistant)\s+)?(?:Inspector|Director)[- ]General|"
    r"(?:(?:Senior|Deputy|Additional|Assistant)\s+)?Superintendent|Commissioner)\s+of\s+(?P<service>Police)\s*"
    r"(?:\([^()]{1,30}\)\s*)?,?\s+"
    rf"{_ABBR}*(?:{_RANK}\.?\s+)*(?:[A-Z][a-z]?\.\s*)*$"
)
# "P, Inspector General of Police for the Jammu zone, said"; "P, Senior Superintendent of Police (Sopore)": the same
# ranks after the name
_POLICE_RANK_AFTER = re.compile(
    r"^\s*,\s+(?:the\s+)?(?:(?:acting|officiating)\s+)?"
    r"(?P<title>(?:(?:Deputy|Additional|Assistant)\s+)?(?:Inspector|Director)[- ]General|"
    r"(?:(?:Senior|Deputy|Additional|Assistant)\s+)?Superintendent|Commissioner)\s+of\s+(?P<service>Police)\b"
)
# ("Punjab Police (Pakistan)": a gazetteer's label may close on the country in brackets)
# ("Police Service of Northern Ireland", "National Police of Colombia": a force named for the land it serves)
_POLICE_FORCE_NAME = re.compile(
    r"\bPolice(?:\s+Service)?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s+\([^()]{1,30}\))?$"
)
# ("Before: Hon. | P": the splitter took a title's stop for an end too)
_CUT_AT_INITIAL = re.compile(r"\s(?:[A-Z][a-z]?|Hon|Mrs|Prof)\.$")
_SERVICE_KIND = {
    "police": "police",
    "air": "air force",
    "air force": "air force",
    "navy": "navy",
    "naval": "navy",
}
# "Before: Hon. P" opening a judgment's line (the case's heading names its court above it)
_BENCH_HEADING = r"(?:^|\n)\s*Before\s*:"
# "Judge P", "Mr Justice P", "P, the presiding judge": the court the document names
_JUDGE_BEFORE = re.compile(
    # "Presiding judge Colonel P": a military court's judge bears a rank
    # "The presiding judge, P": the court's judge named in apposition
    # "Coroner P", "Deputy State Coroner P": an inquest's coroner sits in the coroner's court
    # "Presiding Judge Dr. P": a form of address after the office
    # "Before: Hon. P, Chief Magistrate": a judgment's heading names the bench it was heard before
    # "Justice P said the boy had planned it", "Chief Justice P": a judge of a superior court ("Minister of Justice P",
    # "the Ministry for Justice" are no judges)
    rf"(?:\b(?:[Pp]residing|[Tt]rial)\s+[Jj]udge\s*,?|\bJudge|\bMagistrate|\bCoroner|{_BENCH_HEADING}|"
    # ("Mr Justice P" is an English High Court judge, who sits in a Crown Court without being of it)
    r"(?<!\bof\s)(?<!\bfor\s)(?<!\bto\s)(?<!\bMr\s)(?<!\bMrs\s)(?<!\bMs\s)(?<!\bLord\s)(?<!\bLady\s)\bJustice)\s+"
    rf"(?:{_ABBR}|{_RANK}\.?\s+)*$"
)
_TRIAL_WORDS = re.compile(
    r"\b(?:sentenc\w*|convict\w*|acquitt\w*|verdict|jury|jurors|adjourn\w*|trial|ruled|ruling|remand\w*|inquest)\b"
)
_JUDGE_NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Lord|Lady)\s+)?Justice\s")
_JUDGE_AFTER = re.compile(r"^\s*,\s+the\s+(?:presiding\s+|trial\s+|sentencing\s+)?(?:judge|magistrate)\b")
# "The presiding judge, P, said the evidence was clear": he presides over the trial the story tells
_PRESIDING_BEFORE = re.compile(
    rf"(?:\b(?:[Pp]residing|[Tt]rial)\s+[Jj]udge\s*,?|{_BENCH_HEADING})\s+(?:{_ABBR}|{_RANK}\.?\s+)*$"
)
# "Judge P sent the case to the Crown Court", "remanded them to appear at the High Court": the court a case goes on
# to is not the judge's
_ONWARD_COURT_BEFORE = re.compile(
    r"\b(?:appear|stand\s+trial|be\s+tried|sent|send|sending|transferred|committed|referred)\b[^.;]{0,60}?"
    r"\b(?:at|before|to|in)\s+(?:the\s+)?$"
)
# "Federal prosecutor P", "P, the lead prosecutor": the prosecution service the document names
# ("gunmen took prosecutor P hostage": a prosecutor the story tells was attacked may be from another time and office)
_PROSECUTOR_BEFORE = re.compile(r"\b[Pp]rosecutor\s+$")
_DEED_TO_PROSECUTOR = re.compile(rf"\b{_DEED}\s+(?:the\s+)?[Pp]rosecutor\s+$")
# what ends a man's own phrase: a verb of saying, a semicolon, a quotation
_SAID_OR_BREAK = re.compile(r"\b(?:said|says|say|told|tells|added|warned|according)\b|[;\"“”]")
_PROSECUTOR_AFTER = re.compile(r"^\s*,\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?prosecutor\b")
_PROSECUTION_NAME = re.compile(
    r"\bProsecut|\bPublic\s+Prosecutions\b|\bAttorney[- ]General|\bDepartment\s+of\s+Justice\b|\bJustice\s+Department\b"
)
_COURT_NAME = re.compile(r"\b(?:Court|Tribunal|Old\s+Bailey)\b")
# "Assistant U.S. Attorney P told the jury", "said Acting United States Attorney P": a federal prosecutor is in the
# U.S. Attorney's Office the document names, or else in the Justice Department it names; "Assistant Attorney General
# for National Security P" heads a division of the Justice Department ("defense attorney P", "Attorney General of
# Texas P" are no federal prosecutors)
_US_ATTORNEY_BEFORE = re.compile(
    r"\b(?P<assistant>(?:First\s+|Special\s+)?Assistant\s+)?(?:Acting\s+)?(?:U\.\s?S\.|US|United\s+States)\s+"
    r"Attorney\s+$"
)
_DOJ_DIVISION_HEAD_BEFORE = re.compile(
    r"\b(?:Acting\s+)?Assistant\s+Attorney\s+General\s+for\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}$"
)
# a sentence cut after "U.S." leaves "Assistant U.S." at the end of the one before
_CUT_AT_US = re.compile(
    r"\b(?P<assistant>(?:First\s+)?Assistant\s+)?(?:Acting\s+)?(?:U\.\s?S\.|United\s+States)$"
)
_US_ATTORNEYS_OFFICE = re.compile(r"\b(?:U\.?\s?S\.?|United\s+States)\s+Attorney['’]?s\s+Office\b", re.I)
_US_JUSTICE_DEPARTMENT = re.compile(
    r"^(?:(?:the\s+)?(?:U\.?\s?S\.?|United\s+States)\s+)?(?:Department\s+of\s+Justice|Justice\s+Department)$",
    re.I,
)
_MILITARY_NAME = re.compile(r"\b(?:Army|Armed\s+Forces|Defen[cs]e\s+Forces|Military)\b")
_AIR_FORCE_NAME = re.compile(r"\bAir\s+Force\b")
_NAVY_NAME = re.compile(r"\b(?:Navy|Naval\s+Forces?)\b")
_POLICE_NAME = re.compile(r"\bPolice\b")


def _service_officials(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "Army spokesman P" belongs to the army the document names, where it names only one."""
    services: dict[str, set[str]] = {
        "army": set(),
        "air force": set(),
        "navy": set(),
        "police": set(),
        "court": set(),
        "prosecution": set(),
    }
    first: dict[str, Mention] = {}
    named_in: dict[str, list[int]] = {}  # name -> the sentences that name it
    us_offices: dict[str, Mention] = {}  # the U.S. Attorney's Offices the document names
    justice_department: dict[str, Mention] = {}
    by_kind_only: set[str] = set()  # military bodies whose names do not say "Army" or "Armed Forces"
    for s in sentences:
        for m in s.mentions:
            if m.type is not O or _NOT_A_NAME.match(m.text):
                continue
            if _US_ATTORNEYS_OFFICE.search(m.name) or _US_ATTORNEYS_OFFICE.search(m.text):
                us_offices.setdefault(m.name, m)
            elif _US_JUSTICE_DEPARTMENT.match(m.name) or _US_JUSTICE_DEPARTMENT.match(m.text):
                justice_department.setdefault(m.name, m)
            kind = (
                # "the Bamenda Military Tribunal" is a court, whatever else its name says
                "court"
                if _COURT_NAME.search(m.name)
                else "air force"
                if _AIR_FORCE_NAME.search(m.name)
                else "navy"
                if _NAVY_NAME.search(m.name)
                else "army"
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
                if kind == "army" and not _MILITARY_NAME.search(m.name):
                    # the military's media wing or a joint task force is military, but not "the army"
                    by_kind_only.add(m.name)
                services[kind].add(m.name)
                first.setdefault(m.name, m)
                named_in.setdefault(m.name, []).append(s.index)
    by_index = {s.index: s for s in sentences}
    for s in sentences:
        for p in s.mentions:
            if p.type is not P:
                continue
            before = s.before(p, 60)
            if (
                not before.strip()
                and (q := by_index.get(s.index - 1)) is not None
                and _CUT_AT_INITIAL.search(q.text)
            ):
                # "Inspector General of Police (Zone-II) Kh. | P": the splitter took an initial's stop for an end
                before = q.text[-60:] + " "
            elif _ARMY_PR_BEFORE.search(wide := s.before(p, 100)):
                before = wide  # (an army press office's title is long)
            t = (
                _SERVICE_TITLE_BEFORE.search(before)
                or _SERVICE_POSS_BEFORE.search(before)
                or _SERVICE_OF_RANK_BEFORE.search(before)
                or _ARMY_PR_BEFORE.search(before)
                or _CHIEF_OF_STAFF_BEFORE.search(before)
                or _POLICE_RANK_BEFORE.search(before)
            )
            if t is not None:
                # "the Nigerien army spokesman P": an organisation named in the phrase is read by the pair rules
                lo = p.start - len(before) + t.start()
                # ("the RSF has been at war with the army of General P": only a body inside the phrase counts)
                # ("Director, Army Public Relations, Colonel P": the press office's name is part of his title)
                reach = 0 if t.re is _SERVICE_OF_RANK_BEFORE else 40
                # ('"... the Radoičić group," police spokesman P said': a body cut off by a quote or a comma is not)
                if t.re is not _ARMY_PR_BEFORE and any(
                    m.type in ORG_LIKE
                    and lo - reach <= m.start
                    and m.end <= p.start
                    and not _PHRASE_BREAK.search(s.text[m.end - s.start : max(m.end, lo) - s.start])
                    for m in s.mentions
                ):
                    continue
                # "the Chadian army spokesman P" (the Chadian army not named as such): only an army whose name
                # says "Chadian" is his
                nation = _NATION_BEFORE.search(before[: t.start()])
            elif (
                t := _SERVICE_TITLE_AFTER.match(s.after(p, 60)) or _POLICE_RANK_AFTER.match(s.after(p, 60))
            ) is None:
                cut = (
                    _CUT_AT_US.search(q.text.rstrip())
                    if before.strip() == "Attorney" and (q := by_index.get(s.index - 1)) is not None
                    else None
                )
                if (u := _US_ATTORNEY_BEFORE.search(before) or cut) is not None:
                    # "Assistant U.S. Attorney P": the one U.S. Attorney's Office named, else (for a line prosecutor,
                    # not the U.S. Attorney who heads a district's office) the Justice Department
                    offices = us_offices if us_offices or not u.group("assistant") else justice_department
                    if len(offices) == 1:
                        yield (
                            s,
                            Found(
                                p, Predicate.AFFILIATED_WITH, next(iter(offices.values())), 0.6, "employeeOf"
                            ),
                        )
                elif _DOJ_DIVISION_HEAD_BEFORE.search(before):
                    # "Assistant Attorney General for National Security P": the Justice Department's
                    if len(justice_department) == 1:
                        yield (
                            s,
                            Found(
                                p,
                                Predicate.AFFILIATED_WITH,
                                next(iter(justice_department.values())),
                                0.6,
                                "employeeOf",
                            ),
                        )
                elif (
                    _JUDGE_NAME.match(p.text)
                    or _JUDGE_BEFORE.search(before)
                    or _JUDGE_AFTER.match(s.after(p, 40))
                ):
                    # a court named close by: in the sentence or the two before it
                    courts = {n for n in services["court"] if any(0 <= s.index - i <= 2 for i in named_in[n])}
                    onward = {
                        m.name
                        for m in s.mentions
                        if m.name in courts
                        and m.start > p.end
                        and _ONWARD_COURT_BEFORE.search(s.text[p.end - s.start : m.start - s.start])
                    }
                    courts -= onward
                    if not courts and (
                        _TRIAL_WORDS.search(s.text)
                        or _PRESIDING_BEFORE.search(before)
                        # "... was sentenced in the Supreme Court. [...] Justice P said the boy had planned it": a
                        # judge by title, in a story that has told of the trial before him
                        or (
                            not _JUDGE_AFTER.match(s.after(p, 40))
                            and any(_TRIAL_WORDS.search(q.text) for q in sentences if q.index < s.index)
                        )
                    ):
                        # "Judge P adjourned sentencing": the trial's one court, named further back
                        courts = {n for n in services["court"] if first[n].start < p.start} - onward
                    yield from _only(courts, first, s, p, "employeeOf")
                elif (
                    _PROSECUTOR_BEFORE.search(before) and not _DEED_TO_PROSECUTOR.search(before)
                ) or _PROSECUTOR_AFTER.match(s.after(p, 40)):
                    # "P, the prosecutor who heads the homicide team of the Public Prosecutor's Office, said": the one
                    # prosecution service his own phrase names after him (not one named in what he said)
                    own = {
                        m.name: m
                        for m in s.mentions
                        if m.name in services["prosecution"]
                        and m.start > p.end
                        and _PROSECUTOR_AFTER.match(s.after(p, 40))
                        and not _SAID_OR_BREAK.search(s.text[p.end - s.start : m.start - s.start])
                    }
                    if len(own) == 1:
                        yield (
                            s,
                            Found(p, Predicate.AFFILIATED_WITH, next(iter(own.values())), 0.6, "employeeOf"),
                        )
                    else:
                        yield from _only(services["prosecution"], first, s, p, "employeeOf")
                elif (
                    (r := _POLICE_RANK_NAME_BEFORE.search(before)) is not None
                    # ("the group claimed responsibility for shooting Detective Inspector P": a claim names him)
                    and not _DEED_ON_RANK.search(before)
                    and not any(
                        m.type in ORG_LIKE and m.start > p.end and _OF_THE.match(s.between(p, m))
                        for m in s.mentions
                    )
                ):
                    # "Senior Constable P", "Corporal P, 27, ... named by the police": the one police force the
                    # document names, before or after him (a rank an army gives too only where police are said)
                    # ("When a Kosovo Police patrol arrived, the gunmen killed Sergeant P": the force named in
                    # his sentence speaks of the police as "said the police" does)
                    if r.group("only") or (
                        (_POLICE_WORD.search(s.text) or any(m.name in services["police"] for m in s.mentions))
                        and not any(m.name in services["army"] for m in s.mentions)
                    ):
                        forces = {n for n in services["police"] if _POLICE_FORCE_NAME.search(n)}
                        if len(forces) == 1:
                            yield s, Found(p, Predicate.AFFILIATED_WITH, first[min(forces)], 0.6, "memberOf")
                elif (_SOLDIER_RANK_BEFORE.search(before) or _SOLDIER_RANK_NAME.match(p.text)) and not any(
                    m.type in ORG_LIKE and m.start > p.end and _OF_THE.match(s.between(p, m))
                    for m in s.mentions
                ):
                    # "Havildar P and Sepoy Q were martyred": ranks only an army gives, to the army named
                    yield from _only(services["army"] - by_kind_only, first, s, p, "memberOf")
                continue
            service = (t.group("service") or t.group("service2") or t.group("service3")).casefold()
            kind = _SERVICE_KIND.get(" ".join(service.split()), "army")
            if t.re is _SERVICE_TITLE_AFTER:
                nation = (
                    _NATION_BEFORE.search(s.after(p, 60)[: t.start("service")])
                    if t.group("service")
                    else None
                )
            elif t.re is _POLICE_RANK_AFTER:
                nation = None
            if t.re is _SERVICE_TITLE_AFTER and _OF_BODY_AFTER.match(s.after(p, 80)[t.end() :]) is not None:
                continue  # "P, the military spokesman of the Houthis": the pair rules read the body named
            names = services[kind]
            if t.re is _POLICE_RANK_BEFORE or t.re is _POLICE_RANK_AFTER:
                # an "Inspector General of Police" is in a state's police, not in a "Central Reserve Police Force"
                names = {n for n in names if _POLICE_FORCE_NAME.search(n)}
            if kind == "army":
                # a body named "Army" or "Armed Forces" is "the army"; a military body named otherwise only
                # where the document names no other (and never for the Chief of Army Staff, who heads the army
                # itself, not its media wing)
                strong = names - by_kind_only
                chief_of_staff = t.re is _CHIEF_OF_STAFF_BEFORE or bool(t.groupdict().get("title2"))
                names = strong or (names if len(names) == 1 and not chief_of_staff else set())
            if nation is not None:
                names = {n for n in names if nation.group(1) in n.split()}
            title = t.group("title") or t.group("title2") or t.group("title3")
            if t.re is _ARMY_PR_BEFORE:
                # the press office named in his title is not the army he serves
                names = names - {m.name for m in s.mentions if lo <= m.start and m.end <= p.start}
                # but the division it names is his: "Director, Army Public Relations, 7 Division, Colonel P" (where
                # the document names that division, here or before)
                if (div := _DIVISION_NAME.search(before[t.start() :])) is not None and (
                    unit := next(
                        (m for q in sentences for m in q.mentions if m.type is O and m.text == div.group()),
                        None,
                    )
                ):
                    yield s, Found(p, Predicate.AFFILIATED_WITH, unit, 0.6, _subproperty(title))
            # "A police spokesman, P, said ... the Hellenic Police laboratory": the one body of his kind his own
            # sentence names, before or after him, is his
            here = [m for m in s.mentions if m.name in names and m.start != p.start]
            if len({m.name for m in here}) == 1:
                yield s, Found(p, Predicate.AFFILIATED_WITH, here[0], 0.6, _subproperty(title))
                continue
            if (
                t.re is _SERVICE_TITLE_BEFORE
                and (w := _CITY_BEFORE.search(before[: t.start()])) is not None
                and len(own := {n for n in names if w.group(1) in n.split()}) == 1
            ):
                # "Columbus Police Chief P": the one force whose name holds the city's, wherever the story names it
                yield s, Found(p, Predicate.AFFILIATED_WITH, first[own.pop()], 0.6, _subproperty(title))
                continue
            if (t.re is _POLICE_RANK_BEFORE or t.re is _POLICE_RANK_AFTER or service == "junta") and len(
                names
            ) == 1:
                # "Inspector General of Police (Bastar range) P ... the Chhattisgarh Police": a state force's senior
                # rank is in the one such force the document names, before or after him; "junta chief P ... the
                # Tatmadaw": a junta is the army itself, named before or after its chief
                yield s, Found(p, Predicate.AFFILIATED_WITH, first[min(names)], 0.6, _subproperty(title))
                continue
            yield from _only(names, first, s, p, _subproperty(title))


_PHRASE_BREAK = re.compile(r"[,;:\"“”]")
# "Columbus Police Chief P": the city's or the country's word before the service, even as a sentence's first word
_CITY_BEFORE = re.compile(r"(?:^|\s)([A-Z][a-z]+)\s+$")
# "the Chadian army spokesman": a nation's word before the service, other than a sentence's first word
# ("Coast Regional Police Commander P": a command's reach or a rank's word is no nation's)
_NATION_BEFORE = re.compile(
    r"(?<=[a-z,]\s)(?!(?:Regional|Provincial|District|County|Divisional|Zonal|State|City|Deputy|Senior|Chief|"
    r"Assistant|Acting)\s)([A-Z][a-z]+)\s+$"
)
_OF_BODY_AFTER = re.compile(r"^\s+(?:of|for|at|with)\s+(?:the\s+)?[A-Z]")
# A police officer's rank before the name: "Senior Constable P", "Acting Deputy Commissioner Q", "Detective
# Sergeant R"; ranks an army gives as well ("Sergeant", "Corporal", "Inspector") only in a sentence that speaks of
# the police ("named by the police as Corporal P")
_POLICE_RANK_NAME_BEFORE = re.compile(
    r"(?:^\s*|[^\w\s]\s*|\b[a-z]+\s+)(?:(?:Acting|Senior|Leading)\s+)*"
    # "Patrolman P": a rank only a police force gives ("Head Constable P": South Asian police)
    r"(?:(?P<only>(?:(?:Senior|Leading|Chief|Deputy|Assistant|Head)\s+)*Constable|(?:Deputy|Assistant)\s+Commissioner|"
    r"Patrol(?:man|woman)|"
    r"Detective(?:\s+(?:Senior\s+|Chief\s+)?(?:Constable|Sergeant|Inspector|Superintendent))?|"
    r"(?:Chief\s+)?Superintendent)|(?:Chief\s+)?Inspector|Sergeant|Corporal|Commissioner)\s+$"
)
# "claimed responsibility for shooting Sergeant P", "charged with murdering Constable P": the officer named as the
# object of a claim or a charge, not as one serving now (but "gunmen opened fire, killing Sergeant P" is read)
_DEED_ON_RANK = re.compile(
    r"\b(?:for|with|of|over)\s+(?:shooting|killing|murdering|wounding|attacking|stabbing|kidnapping|abducting|"
    r"targeting)\s+(?:[A-Z][\w-]*\s+)+$"
)
_POLICE_WORD = re.compile(r"\b(?:the|by|said|say|told)\s+police\b")
# The ranks of an army's rank and file, which no police force or armed group gives: "Sepoy P", "Havildar Q"
_SOLDIER_RANK = (
    r"(?:Sepoy|Havildar|Lance\s+Havildar|Naik|Lance\s+Naik|Subedar|Naib\s+Subedar|Rifleman|Sapper|Gunner)"
)
_SOLDIER_RANK_BEFORE = re.compile(rf"\b{_SOLDIER_RANK}\s+$")
_SOLDIER_RANK_NAME = re.compile(rf"^{_SOLDIER_RANK}\s")
# "Sepoy P of the Frontier Corps": the body is named with him, and the pair rules read it
_OF_THE = re.compile(r"^(?:\s*,\s*\d{1,3}\s*,)?\s+(?:of|from|with|in)\s+(?:the\s+)?$")


def _only(
    names: set[str], first: dict[str, Mention], s: Sentence, p: Mention, role: str | None
) -> Iterator[tuple[Sentence, Found]]:
    """The one body of its kind the document names before the official: "the army" looks back."""
    before = [name for name in names if first[name].start < p.start]
    if len(before) == 1:
        yield s, Found(p, Predicate.AFFILIATED_WITH, first[before[0]], 0.6, role)


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


# "P, Puntland's minister of security"; "Puntland's security minister, P"; "Borno State Information Minister P"
_PLACE_MINISTER_AFTER = re.compile(
    rf"^\s*,\s+(?:the\s+)?(?P<place>{_PLACE_WORD})['’]s\s+(?:(?:former|acting|deputy|interim)\s+)?"
    r"(?:[\w-]+\s+){0,2}?minister\b"
)
_PLACE_MINISTER_BEFORE = re.compile(
    r"\b(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)??)(?:['’]s\s+(?:[\w-]+\s+){0,2}?minister\s*,|(?:\s+[Ss]tate)?\s+"
    r"(?:[A-Z][a-z]+\s+){0,2}?Minister)\s*,?\s+$"
)


def _place_ministers(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """A minister of a place ("Puntland's minister of security") sits in the government the document names for it."""
    governments: dict[str, Mention] = {}
    for s in sentences:
        for m in s.mentions:
            if m.type is O and (g := _GOVERNMENT_OF.match(m.name)) is not None:
                governments.setdefault(_area_key(g.group("a") or g.group("b")), m)
            elif (
                m.type is O
                and (g := _GOVERNMENT_NAME.match(m.name) or _GOVERNMENT_NAME.match(m.text)) is not None
            ):
                # "Benin's government", "the Kenyan government": the country's key, however the name spells it
                governments.setdefault(_place_key(g.group("a") or g.group("b")), m)
    if not governments:
        return
    for s in sentences:
        for p in s.mentions:
            if p.type is not P:
                continue
            t = _PLACE_MINISTER_AFTER.match(s.after(p, 80)) or _PLACE_MINISTER_BEFORE.search(s.before(p, 60))
            if t is None:
                continue
            government = governments.get(_area_key(t.group("place"))) or governments.get(
                _place_key(t.group("place"))
            )
            if government is not None:
                yield s, Found(p, Predicate.AFFILIATED_WITH, government, 0.6, _subproperty("minister"))


# A head of government named by his country or region: "Iraqi Prime Minister P", "Puntland's president, P",
# "P, the Kenyan president", "P, prime minister of Ethiopia" (the place word capitalised, the title any case)
_HEAD_PLACE = r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)??)"
_HEAD_TITLE = r"(?i:president|prime\s+minister|premier)"
_HEAD_BEFORE = re.compile(
    rf"\b{_HEAD_PLACE}(?:['’]s)?\s+(?:(?:President|Prime\s+Minister|Premier)\s+|{_HEAD_TITLE}\s*,\s+){_ABBR}*$"
)
_HEAD_AFTER = re.compile(
    rf"^\s*,\s+(?:the\s+)?(?:(?:former|interim|acting)\s+)?(?:{_HEAD_PLACE}(?:['’]s)?\s+{_HEAD_TITLE}|"
    rf"{_HEAD_TITLE}\s+of\s+(?:the\s+)?(?P<place2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))\b"
)
# "the government of Prime Minister P" (no place named: the story's one government is his)
_GOVERNMENT_OF_HEAD_BEFORE = re.compile(
    r"\b[Gg]overnment\s+of\s+(?:the\s+)?(?:(?:late|former|then-)\s*)?(?:President|Prime\s+Minister|Premier)\s+$"
)
# "the Iraqi government", "Government of Iraq", "the Puntland government"
_GOVERNMENT_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:[Gg]overnment\s+of\s+(?:the\s+)?(?P<a>.+?)|(?P<b>.+?)\s+(?:[Ss]tate\s+|[Pp]rovincial\s+|"
    r"[Rr]egional\s+|[Ff]ederal\s+)?[Gg]overnment)(?:\s+\(.*\))?$"
)


def _place_key(words: str) -> str:
    """One key for a place however named: "Iraqi" and "Iraq" are both the country IQ."""
    words = _AREA_WORD.sub("", re.sub(r"['’]s$", "", words.strip()))
    if (country := gazetteer.country_of_demonym(words)) is not None:
        return country
    place = lookup_place(words)
    return place.id if place is not None and place.type == "Country" else words.casefold()


def _heads_of_government(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """A president or prime minister named by his place belongs to the one government the document names for it."""
    governments: dict[str, dict[str, Mention]] = {}
    for s in sentences:
        for m in s.mentions:
            if m.type is O and (g := _GOVERNMENT_NAME.match(m.name) or _GOVERNMENT_NAME.match(m.text)):
                governments.setdefault(_place_key(g.group("a") or g.group("b")), {}).setdefault(m.name, m)
    if not governments:
        return
    for s in sentences:
        for p in s.mentions:
            if p.type is not P:
                continue
            t = _HEAD_BEFORE.search(s.before(p, 60)) or _HEAD_AFTER.match(s.after(p, 60))
            if t is None:
                if _GOVERNMENT_OF_HEAD_BEFORE.search(s.before(p, 60)):
                    # "a ministry in the government of Prime Minister P": the one government the document names
                    every = {n: m for named in governments.values() for n, m in named.items()}
                    if len(every) == 1:
                        (government,) = every.values()
                        yield s, Found(p, Predicate.AFFILIATED_WITH, government, 0.55, "leaderOf")
                continue
            named = governments.get(_place_key(t.group("place") or t.groupdict().get("place2") or ""), {})
            if len(named) == 1:
                (government,) = named.values()
                yield s, Found(p, Predicate.AFFILIATED_WITH, government, 0.6, "leaderOf")


# A publisher's masthead: "Nile Security Institute · Briefing No. 7 · Cairo" (the body opens its line)
_MASTHEAD_AFTER = re.compile(r"^[\s*_]*[·|•]")
# The publisher's own staff: "said Dr P, who leads our Sahel programme"; "our senior analyst, P"
_OUR_AFTER = re.compile(
    r"^\s*,\s+(?:who\s+(?:(?:also|now|currently)\s+)?(?P<title>leads|heads|runs|directs|manages|coordinates|"
    r"oversees|edits)\s+our\b|(?:one\s+of\s+)?our\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?P<title2>{_TITLE})\b)",
    re.I,
)
_OUR_BEFORE = re.compile(
    rf"\b[Oo]ur\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?(?P<title>{_TITLE})\s*,?\s+{_ABBR}*$", re.I
)


def _our_staff(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "P, who leads our programme on armed groups" works for the one body a masthead names as the publisher."""
    publishers = {
        m.name: m
        for s in sentences
        for m in s.mentions
        if m.type is O
        and not _line_before(s, m).strip(" \t*_#>")
        and _MASTHEAD_AFTER.match(s.text[m.end - s.start : m.end - s.start + 6])
    }
    if len(publishers) != 1:
        return
    (publisher,) = publishers.values()
    for s in sentences:
        for p in s.mentions:
            if p.type is P and (
                (t := _OUR_AFTER.match(s.after(p, 80))) is not None
                or (t := _OUR_BEFORE.search(s.before(p, 50))) is not None
            ):
                title = t.groupdict().get("title") or t.groupdict().get("title2")
                yield s, Found(p, Predicate.AFFILIATED_WITH, publisher, 0.6, _subproperty(title))


# "P posted videos in which he declared his allegiance to ISIS": "he" in a clause of the sentence that names P
_HE_PLEDGED_BEFORE = re.compile(
    r"\b(?:in\s+which|where|after|when|and|as|because|saying|said|that)\s+(?P<pron>he|she)\s+"
    r"(?:(?:had|has|also|publicly|openly|repeatedly|allegedly)\s+)*(?:declared|pledged|swore|sworn|professed)\s+"
    # "admitted that he swore an oath of allegiance to IS": the oath named (not "that he swore an oath of office")
    r"(?:(?:an?|the|his|her)\s+oath\s+of\s+)?"
    r"(?:his\s+|her\s+)?(?:allegiance|loyalty|bay['’]?ah)\s+to\s+(?:the\s+)?$"
)


_DENIED_BETWEEN = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|disputed|disputes|refuted|refutes|dismissed|dismisses)\b"
)
# "Judge P said the youth had filmed himself, in which he swore allegiance to G": a judge or a prosecutor tells of
# another, the accused named by a common noun after the verb, and "he" is that one (not "P said he had pledged")
_TELLS_OF_ANOTHER = re.compile(
    r"\b(?:said|says|told|tells|found|heard|accepted|noted|ruled|argued|alleged|alleges)\s+"
    r"(?:(?:the\s+)?(?:court|jury|magistrate|judge|hearing)\s+)?(?:that\s+)?(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:boy|girl|man|woman|teenager|teen|youth|juvenile|accused|defendant|suspect|offender|student|son|daughter|"
    r"brother|husband|attacker|convert)\b"
)


def _he_pledged(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "P ... in which he declared his allegiance to G": the one person the sentence names before "he" is G's."""
    for s in sentences:
        for g in s.mentions:
            if g.type is not G or _NOT_A_NAME.match(g.text):
                continue
            if (t := _HE_PLEDGED_BEFORE.search(s.before(g, 160))) is None:
                continue
            at = g.start - len(s.before(g, 160)) + t.start("pron")
            people = {m.name: m for m in s.mentions if m.type is P and m.end <= at}
            if len(people) == 1 and not any(m.type is P and at <= m.start < g.start for m in s.mentions):
                (p,) = people.values()
                # ("P denied in court that he had sworn allegiance to IS")
                gap = s.text[p.end - s.start : at - s.start]
                if not _DENIED_BETWEEN.search(gap) and not _TELLS_OF_ANOTHER.search(gap):
                    yield s, Found(p, Predicate.AFFILIATED_WITH, g, 0.6, "memberOf")


# "... merged into a single organisation, the G. ... P, the X's former spokesman, heads the new front": "the new"
# group is the one whose founding the last sentences told (not "heads the front", which may be any)
_HEADS_THE_NEW_AFTER = re.compile(
    r"^(?:\s*,[^;]{0,160}?,)?\s+(?:(?:now|currently|jointly)\s+)?(?P<title>heads|leads|led|headed|chairs|chaired|"
    r"commands|commanded|runs|ran)\s+the\s+new(?:ly\s+formed)?\s+(?:[\w-]+\s+)?(?:front|group|movement|alliance|"
    r"coalition|organi[sz]ation|faction|party|bloc|outfit|force)\b"
)
_FOUNDING_WORDS = re.compile(
    r"\b(?:formed|founded|created|launched|set\s+up|established|merged|merger|united|unified|dissolved|"
    r"announced\s+the\s+creation)\b",
    re.I,
)


def _heads_the_new(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "P heads the new front": the group last named in the two sentences before, where they tell its founding."""
    for i, s in enumerate(sentences):
        for p in s.mentions:
            if p.type is not P or (t := _HEADS_THE_NEW_AFTER.match(s.after(p, 220))) is None:
                continue
            told = [q for q in sentences[max(0, i - 2) : i] if _FOUNDING_WORDS.search(q.text)]
            if not told:
                continue
            groups = [
                m
                for q in sentences[sentences.index(told[0]) : i]
                for m in q.mentions
                if m.type is G and not _NOT_A_NAME.match(m.text)
            ]
            if groups:
                g = max(groups, key=lambda m: m.start)
                yield s, Found(p, Predicate.AFFILIATED_WITH, g, 0.55, _subproperty(t.group("title")))


# A body named after a man the story names: "the Maute group" and Omar Maute, "the Sadrist movement" and Muqtada
# al-Sadr, "the Haqqani network" and Sirajuddin Haqqani (his family name, an "-ist" or "-ite" after it, then the
# body's kind; not "the Wagner Group" where no Wagner is named, nor a person whose whole name is the body's)
_NAMED_AFTER_KIND = re.compile(
    r"^(?:group|movement|network|faction|militia|brigades?|gang|clan|family)$", re.I
)
_NAME_PARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash|ath|ad-)-", re.I)


def _named_after_him(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "the Sadrists" and "Muqtada al-Sadr": a group named after a man the document names is his."""
    people: dict[str, tuple[Sentence, Mention]] = {}
    for s in sentences:
        for m in s.mentions:
            if m.type is P and len(m.name.split()) >= 2:
                key = _NAME_PARTICLE.sub("", m.name.split()[-1]).casefold()
                if len(key) >= 4:
                    people.setdefault(key, (s, m))
    if not people:
        return
    seen: set[tuple[str, str]] = set()
    for s in sentences:
        for b in s.mentions:
            if b.type not in ORG_LIKE or _NOT_A_NAME.match(b.text):
                continue
            words = b.name.split()
            first = words[0].casefold()
            if len(words) == 2 and _NAMED_AFTER_KIND.match(words[1]):
                stems = (first, re.sub(r"(?:ist|ite)$", "", first))
            elif len(words) == 1 and re.search(r"(?:ists|ites)$", first):
                stems = (re.sub(r"(?:ists|ites)$", "", first),)
            else:
                continue
            for stem in stems:
                if stem in people and (stem, b.name) not in seen:
                    seen.add((stem, b.name))
                    ps, p = people[stem]
                    yield ps, Found(p, Predicate.AFFILIATED_WITH, b, 0.55, None)
                    break


# "Under P, a veteran of the Afghan jihad, the group grew into ...", "Under P it expanded into the north": a sentence
# opened by the man the group acted under is about the group he led; "it" is the group the sentence before is about.
# Only ranks may stand before his name (not "Under President P, the army ...", nor "Under pressure from P, G ...").
_UNDER_OPENS = re.compile(
    r"^[\W_]*Under\s+(?:the\s+(?:command|leadership)\s+of\s+)?"
    r"(?:(?:its|their)\s+(?:(?:new|late|first)\s+)?(?:founder|leader|emir|amir|chief|commander)\s*,?\s+)?"
    rf"(?:{_CLERIC}\s+)?{_ABBR}*(?:{_RANK}\.?\s+)*$"
)
_UNDER_CLOSES = re.compile(
    r"^(?:['’]s\s+(?:leadership|command|rule)\b)?(?:\s*\([^()]{1,40}\))?\s*,?\s+(?:the\s+)?"
    r"(?=(?P<it>it|group|movement|organi[sz]ation|network|militia|faction|outfit)\b)?"
)
# "Under P, a preacher from Mombasa, it grew": an apposition about him before the clause
_UNDER_APPOSED_CLOSES = re.compile(
    r"^(?:\s*\([^()]{1,40}\))?\s*,[^,;:()]{1,120},\s+(?:the\s+)?"
    r"(?=(?P<it>it|group|movement|organi[sz]ation|network|militia|faction|outfit)\b)?"
)
# "Under P, G was designated ...": the group suffered what the clause tells; he was not its leader
_SUFFERED_AFTER = re.compile(
    r"^\s+(?:was|were|has\s+been|had\s+been|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
)


def _under_him(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "Under P, G grew": the group a sentence opened by "Under P" is about is the one he led."""
    from kg.extract.relations.pronouns import _subject_of  # a late import: pronouns reads persons' neighbours

    for i, s in enumerate(sentences):
        people = [m for m in s.mentions if m.type is P]
        if not people or _UNDER_OPENS.match(s.text[: people[0].start - s.start]) is None:
            continue
        p = people[0]
        for closes in (_UNDER_CLOSES, _UNDER_APPOSED_CLOSES):
            if (m := closes.match(s.after(p, 200))) is None:
                continue
            at = p.end + m.end()
            g = next((x for x in s.mentions if x.start == at and x.type is G), None)
            if m.group("it") and (g is None or g.text.casefold() == "it") and i > 0:
                # "it" (whether the tagger made a mention of it or not) is the group the sentence before is about
                at += len(m.group("it"))
                g = _subject_of(sentences[i - 1])
            elif g is not None:
                at = g.end
            if g is None or (_NOT_A_NAME.match(g.text) and not m.group("it")):
                continue
            if not _SUFFERED_AFTER.match(s.text[at - s.start :]):
                yield s, Found(p, Predicate.AFFILIATED_WITH, g, 0.65, "leaderOf")
            break


# "The indictment accuses P of ... The accused swore allegiance to the G": "the accused" is the one man charged
_ACCUSES_P_BEFORE = re.compile(r"\b(?:accuses|accused|charged|charges|indicted|indicts)\s+$")
_THE_ACCUSED_PLEDGED_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:accused|defendant)\s+(?:(?:had|has|allegedly|also)\s+)*(?:swore|sworn|pledged)\s+"
    r"(?:his\s+|her\s+)?(?:allegiance|loyalty|bay['’]?ah)\s+to\s+(?:the\s+)?$"
)


def _the_accused_pledged(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "accuses P of murder ... the accused swore allegiance to G": P is G's, where he is the one man charged."""
    accused = {
        m.name: m
        for s in sentences
        for m in s.mentions
        if m.type is P and _ACCUSES_P_BEFORE.search(s.before(m, 20))
    }
    if len(accused) != 1:
        return
    (p,) = accused.values()
    for s in sentences:
        for g in s.mentions:
            if (
                g.type is G
                and not _NOT_A_NAME.match(g.text)
                and _THE_ACCUSED_PLEDGED_BEFORE.search(s.before(g, 80))
            ):
                yield s, Found(p, Predicate.AFFILIATED_WITH, g, 0.55, "memberOf")


# "the attackers belonged to G ... and named them as A, 27, and B, 31": the men named are the group's
_MEN_BELONGED_BEFORE = re.compile(
    r"\b(?:attackers|assailants|gunmen|suspects|bombers|militants|men|pair|two|three|four)\s+"
    r"(?:(?:all|both)\s+)?(?:belonged\s+to|were\s+(?:(?:all|both)\s+)?(?:members|fighters|militants|operatives)\s+of)\s+"
    r"(?:the\s+)?$"
)
_NAMED_THEM_AS = re.compile(
    r"\b(?:named|identified)\s+(?:them|the\s+(?:two|three|four|men|pair|attackers))\s+as\s+$"
)
_NAME_LIST_JOINT = re.compile(r"^\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*)?(?:,|,?\s+and)\s+$")


def _named_members(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "Police said the attackers belonged to G and named them as A and B": A and B are G's members."""
    for s in sentences:
        for g in s.mentions:
            if (
                g.type is not G
                or _NOT_A_NAME.match(g.text)
                or not _MEN_BELONGED_BEFORE.search(s.before(g, 60))
            ):
                continue
            people = sorted((m for m in s.mentions if m.type is P and m.start > g.end), key=lambda m: m.start)
            listed: list[Mention] = []
            for m in people:
                if not listed:
                    if _NAMED_THEM_AS.search(s.before(m, 40)):
                        listed.append(m)
                elif _NAME_LIST_JOINT.match(s.between(listed[-1], m)):
                    listed.append(m)
                else:
                    break
            for m in listed:
                yield s, Found(m, Predicate.AFFILIATED_WITH, g, 0.6, "memberOf")


# A wire's dateline names the agency: "ERBIL, Iraq, March 6 (Reuters) -"; its byline and closing credits name the
# staff: "By P"; "(Reporting by P in Erbil; Additional reporting by Q; Editing by R)"
_DATELINE_AGENCY = re.compile(
    r"^[A-Z][A-Z .'’-]+,[^\n()]{0,60}\((?P<agency>[A-Z][\w&.’' -]{1,30})\)\s*[-—–]", re.M
)
_CREDITS_LINE = re.compile(
    r"^[\s(]*(?:(?:(?:Additional|Further)\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\s+by|By)\s"
)


def _wire_credits(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """The reporters and editors a wire's byline and credits name work for the agency its dateline names."""
    agency_name = next(
        (d.group("agency") for s in sentences[:4] if (d := _DATELINE_AGENCY.search(s.text)) is not None), None
    )
    if agency_name is None:
        return
    agencies = {
        m.name: m for s in sentences for m in s.mentions if m.type is O and agency_name in (m.text, m.name)
    }
    if len(agencies) != 1:
        return
    (agency,) = agencies.values()
    for s in sentences:
        for p in s.mentions:
            if p.type is P and _CREDITS_LINE.match(_credits_line(s, p)):
                yield s, Found(p, Predicate.AFFILIATED_WITH, agency, 0.6, "employeeOf")


def _credits_line(s: Sentence, m: Mention) -> str:
    """m's line up to m, from the bracket or the line's start (a credit line may hold several names)."""
    line = _line_before(s, m)
    return line[line.rfind("(") :] if "(" in line else line


# The body whose offices an attack struck: "gunmen stormed the offices of the satirical weekly O", "the raid on
# O's headquarters" (a newspaper, a magazine or a broadcaster where a media noun names it so)
_MEDIA_NOUN = r"(?:newspaper|weekly|daily|magazine|broadcaster|radio\s+station|television\s+station|TV\s+station|channel)"
_OFFICES_OF_BEFORE = re.compile(
    r"\b(?:offices?|headquarters|newsroom|premises|studios?|compound)\s+of\s+(?:the\s+|an?\s+)?"
    rf"(?P<kind>(?:[\w-]+\s+){{0,2}}?{_MEDIA_NOUN}\s+)?$",
    re.I,
)
_OFFICES_AFTER = re.compile(
    r"^['’]s?\s+(?:[\w-]+\s+)?(?:offices?|headquarters|newsroom|premises|studios?|compound)\b"
)
_ATTACK_WORDS = re.compile(
    r"\b(?:attack\w*|stormed|storming|raid\w*|massacre|shooting|bomb\w*|gunmen|gunman|killed|killing|opened\s+fire)\b",
    re.I,
)
# "Among the dead were the editor, P; the cartoonists A, B and C": the staff the victims' list names by their trade
_DEAD_OPENS = re.compile(
    r"\b(?:[Aa]mong\s+(?:the\s+)?(?:dead|killed|victims|those\s+killed)\s+(?:were|was)|"
    r"(?:[Tt]he\s+)?(?:dead|victims|those\s+killed)\s+(?:included|include))\b"
)
_MEDIA_TRADE = r"(?:editors?|editor-in-chief|cartoonists?|journalists?|reporters?|columnists?|photographers?|presenters?)"
_ANY_TRADE = r"(?:staff\s+members?|employees?|staffers?|(?:managing\s+)?director)"
_TRADE_BEFORE = re.compile(
    r"(?:\b(?:were|was|included|include)|[;:])\s+(?:the|its|their|two|three|four|five)?\s*(?:[\w-]+\s+){0,2}?"
    rf"(?:(?P<media>{_MEDIA_TRADE})|{_ANY_TRADE})\s*,?\s+$",
    re.I,
)
# between two of the staff listed: an alias in brackets, then a comma or "and" ("A (Cabu), B and C")
_STAFF_JOINT = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*|\)\s*)?(?:,|,?\s+and)\s+$|^\s*\(\s*$")


def _staff_among_the_dead(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "gunmen stormed the offices of the weekly O ... Among the dead were the editor, P; the cartoonists A and B":
    the staff named by their trade among the dead of an attack on a body's offices worked for it (the one body the
    document says was struck so; a reporter or an editor only where that body is a newspaper or a broadcaster)."""
    struck: dict[str, tuple[Mention, bool]] = {}
    for s in sentences:
        if not _ATTACK_WORDS.search(s.text):
            continue
        for m in s.mentions:
            if m.type is O and not _NOT_A_NAME.match(m.text):
                if (o := _OFFICES_OF_BEFORE.search(s.before(m, 80))) is not None:
                    struck.setdefault(m.name, (m, bool(o.group("kind"))))
                elif _OFFICES_AFTER.match(s.after(m, 40)):
                    struck.setdefault(m.name, (m, False))
    if len(struck) != 1:
        return
    ((body, media),) = struck.values()
    for s in sentences:
        if (cue := _DEAD_OPENS.search(s.text)) is None:
            continue
        people = sorted(
            (m for m in s.mentions if m.type is P and m.start >= s.start + cue.end()), key=lambda m: m.start
        )
        i = 0
        while i < len(people):
            t = _TRADE_BEFORE.search(s.text[cue.start() : people[i].start - s.start])
            if t is None or (t.group("media") and not media):
                i += 1
                continue
            run = [people[i]]
            while i + len(run) < len(people) and _STAFF_JOINT.match(s.between(run[-1], people[i + len(run)])):
                run.append(people[i + len(run)])
            for p in run:
                yield s, Found(p, Predicate.AFFILIATED_WITH, body, 0.55, "employeeOf")
            i += len(run)


# "X pledged allegiance to Abu Bakr al-Baghdadi and became an IS province": the known head a pledge names leads
# the movement the document names for him
_PLEDGED_TO_BEFORE = re.compile(
    r"\b(?:pledged|pledging|pledges|swore|swearing|sworn|renewed|reaffirmed)\s+(?:its\s+|their\s+|his\s+|"
    r"an\s+oath\s+of\s+)?(?:allegiance|loyalty|bay['’]?ah|fealty)\s+to\s+(?:the\s+)?$",
    re.I,
)


def _pledged_heads(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "pledged allegiance to Abu Bakr al-Baghdadi": a movement's known head, named in a pledge, is in the one
    movement he heads, where the document names it."""
    for s in sentences:
        for p in s.mentions:
            if p.type is not P or (gid := _LEADER_OF.get(fold(p.name))) is None:
                continue
            if not _PLEDGED_TO_BEFORE.search(s.before(p, 80)):
                continue
            named = [m for q in sentences for m in q.mentions if m.type is G and lookup_group(m.name) == gid]
            if named:
                here = [m for m in named if m.sentence_index == s.index]
                yield s, Found(p, Predicate.AFFILIATED_WITH, (here or named)[0], 0.6, "leaderOf")


# A man in a group's own video or statement: "A commander who gave his name as P said ..." after "G claimed the
# raid in a video"
_GAVE_HIS_NAME_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?:masked|armed|senior|local|young|veteran)\s+)*"
    r"(?P<title>commander|fighter|militant|spokesman|member|emir|leader|gunman|jihadist)\s+"
    r"(?:who\s+(?:gave|identified|introduced)\s+(?:his|her|himself|herself)\s+(?:name\s+)?as|"
    rf"(?:identified|introduced)\s+(?:only\s+)?as|calling\s+himself)\s+[\"“]?{_ABBR}*$"
)
_CLAIM_WORDS = re.compile(r"\b(?:claimed|video|footage|statement|recording)\b")


def _men_in_its_video(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "G claimed the raid in a video. ... A commander who gave his name as P said": P is G's."""
    for i, s in enumerate(sentences):
        for p in s.mentions:
            if p.type is not P or (t := _GAVE_HIS_NAME_BEFORE.search(s.before(p, 80))) is None:
                continue
            if any(m.type in ORG_LIKE and m.start < p.start for m in s.mentions):
                continue  # a body named before him in his own sentence is read by the pair rules
            for q in reversed(sentences[max(0, i - 2) : i]):
                if q.index < s.index - 2 or not _CLAIM_WORDS.search(q.text):
                    continue
                groups = [m for m in q.mentions if m.type is G and not _NOT_A_NAME.match(m.text)]
                if groups:
                    yield (
                        s,
                        Found(p, Predicate.AFFILIATED_WITH, groups[0], 0.55, _subproperty(t.group("title"))),
                    )
                    break


def _its_after_quote(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """'The task force said ... "It is the EPP's work," its commander, P, said': "its" is the body that opens the
    sentence before, not the one the quotation names."""
    by_index = {s.index: s for s in sentences}
    for s in sentences:
        for a in s.mentions:
            if not _quoted_antecedent(s, a) or (q := by_index.get(s.index - 1)) is None:
                continue
            opening = [
                m
                for m in q.mentions
                if m.type in ORG_LIKE and _OPENS_SENTENCE.match(q.text[: m.start - q.start])
            ]
            if len(opening) != 1 or _NOT_A_NAME.match(opening[0].text):
                continue
            for p in s.mentions:
                if p.type is P and p.start > a.end:
                    for found in _body_then_person(s, a, p, _between(s, a, p), s.after(p, 60)):
                        yield (
                            s,
                            dataclasses.replace(found, object=opening[0], confidence=found.confidence - 0.15),
                        )
                    break


# "ISKP claimed the attack, saying one of its fighters, whom it named as P, had ...": the group names its own man
_ITS_MAN_NAMED = re.compile(
    r"\b(?:(?:one\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?|an?\s+)(?:fighters?|members?|militants?|"
    r"soldiers?|commanders?|operatives?|men|martyrs?|(?:suicide\s+)?bombers?|attackers?|gunmen|gunman)\s*,?\s+"
    r"(?:(?:whom|who|that)\s+)?(?:it|they)\s+(?:named|identified|called|described)\s+as\s+[\"“]?$"
    # "IS claimed the attack through its Amaq outlet, naming the bomber as P": a participle of the subject's
    # ("... in a statement that named the bomber as P": the statement is the subject's claim)
    r"|\b(?:naming|identifying|(?:that|which)\s+(?:named|identified))\s+(?:the|its|their)\s+(?:(?:suicide|lone)\s+)?"
    r"(?:bomber|attacker|gunman|assailant|"
    r"fighter|martyr|perpetrator)s?\s+as\s+[\"“]?$"
    # "It named the bombers by their noms de guerre, A and B": the names it gives its own men
    r"|\b(?:naming|identifying|named|identified)\s+(?:the|its|their)\s+(?:(?:suicide|lone|two|three)\s+)?"
    r"(?:bomber|attacker|gunman|gunmen|assailant|fighter|martyr|perpetrator)s?\s+by\s+(?:their|his|her)\s+"
    r"(?:noms?\s+de\s+guerre|kunyas?|aliases|alias|call\s+signs?)\s*,?\s+[\"“]?$"
)
_OPENS_SENTENCE = re.compile(r"^[\W_]*(?:[Tt]he\s+)?$")
# A wire's dateline before the subject: "KABUL, May 3 — ", "BEIRUT (Reuters) - "
_DATELINE = re.compile(
    r"^[\W_]*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2})?)?(?:\s+\([^()]{1,30}\))?"
    r"\s*[—–-]+\s+"
)


# "G issued a statement claiming P as one of its fighters", "G mourned P as its senior commander": the group
# claims the man as its own (not "the police named P as one of its most wanted", where "its" is no group's)
_AS_ONE_OF_ITS_AFTER = re.compile(
    rf"^\s*,?\s+as\s+(?:one\s+of\s+)?(?P<its>its|their)\s+(?:own\s+)?(?:(?:{_MODS})\s+)*"
    r"(?:fighters?|members?|militants?|commanders?|operatives?|men|martyrs?|mujahid(?:een|in)?|"
    r"cadres?|leaders?)\b",
    re.I,
)
_CLAIMS_HIM_BEFORE = re.compile(
    r"\b(?:claiming|claimed|claims|claim|mourned|mourns|mourning|hailed|hails|hailing|eulogi[sz](?:ed|es|ing)|"
    r"praised|praises|praising|named|names|naming|identified|identifies|identifying|presented|presenting)\s+"
    rf"(?:the\s+(?:[\w-]+\s+)?)?(?:{_CLERIC}\s+)?{_ABBR}*(?:{_RANK}\.?\s+)*$"
)


def _its_own_men(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "G claimed the attack, saying one of its fighters, whom it named as P, ...": P is the group's, where a
    group opens the sentence ("its" and "it" are the subject's), or where the tagger told whose "its" is
    ("..., the branch said one of its fighters, whom it named as P"; "G ... claiming P as one of its fighters")."""
    for s in sentences:
        if not s.mentions:
            continue
        for p in s.mentions:
            if p.type is not P:
                continue
            told = None
            if (m := _ITS_MAN_NAMED.search(before := s.before(p, 80))) is not None:
                lo, hi = p.start - len(before) + m.start(), p.start - len(before) + m.end()
                told = next((g for g in s.mentions if g.type is G and lo <= g.start < hi), None)
            elif _CLAIMS_HIM_BEFORE.search(s.before(p, 60)) and (
                m := _AS_ONE_OF_ITS_AFTER.match(s.after(p, 80))
            ):
                told = next(
                    (g for g in s.mentions if g.type is G and g.start == p.end + m.start("its")), None
                )
            if told is not None and told.text.casefold() in ("its", "their"):
                yield s, Found(p, Predicate.AFFILIATED_WITH, told, 0.65, "memberOf")
        # ("KABUL, May 3 — ISKP claimed ...": the dateline's place is no subject)
        dateline = _DATELINE.match(s.text)
        opens = s.start + (dateline.end() if dateline else 0)
        after_dateline = [m for m in s.mentions if m.start >= opens]
        if not after_dateline:
            continue
        first = min(after_dateline, key=lambda m: m.start)
        if (
            first.type is not G
            # ("It named the bombers ...": a resolved "It" that opens the sentence is its subject too)
            or _NOT_A_NAME.match(first.text)
            and first.text not in ("It", "They")
            or not _OPENS_SENTENCE.match(s.text[opens - s.start : first.start - s.start])
        ):
            continue
        for p in s.mentions:
            if p.type is P and p.start > first.end and _ITS_MAN_NAMED.search(s.before(p, 80)):
                yield s, Found(p, Predicate.AFFILIATED_WITH, first, 0.65, "memberOf")
                # "..., A and B": each name the group gives
                for q in _listed_after(s, p):
                    yield s, Found(q, Predicate.AFFILIATED_WITH, first, 0.6, "memberOf")


# '"We are working to bring them home," said spokeswoman P': an office that names no body, after a sentence
# that opens on a body's statement ("The Department of Migrant Workers in Manila confirmed the deaths.")
_BARE_SPOKES_BEFORE = re.compile(
    r"\b(?:said|says|added|told\s+[\w ]{1,30}?)\s+(?:a\s+|the\s+)?spokes(?:man|woman|person)\s*,?\s+$", re.I
)
_STATEMENT_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:(?:has|had|also)\s+)?"
    r"(?:said|says|confirmed|confirms|announced|announces|stated|warned|denied|denies|added)\b"
)


def _statement_spokespersons(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "said spokeswoman P", where her sentence names no body, speaks for the body whose statement opens the
    sentence before."""
    for i, s in enumerate(sentences[1:], start=1):
        if any(m.type in ORG_LIKE for m in s.mentions):
            continue  # the sentence names a body: the pair rules read it
        for p in s.mentions:
            if p.type is not P or not _BARE_SPOKES_BEFORE.search(s.before(p, 60)):
                continue
            prev = sentences[i - 1]
            if not prev.mentions:
                continue
            first = min(prev.mentions, key=lambda m: m.start)
            if (
                first.type in ORG_LIKE
                and not _NOT_A_NAME.match(first.text)
                and _OPENS_SENTENCE.match(prev.before(first, 200))
                and _STATEMENT_AFTER.match(prev.after(first, 60))
            ):
                yield s, Found(p, Predicate.AFFILIATED_WITH, first, 0.55, _subproperty("spokesperson"))


# A trial's group: "the accused were proven to be members of the G", "the accused were fighters of the G",
# "sentenced four members of the G", "convicts three G members", "sentenced three men linked to the G"
_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_COURT = r"(?:sentenced|convicted|convicts|convict|jailed|acquitted|charged|indicted)"
_MEMBERS = r"(?:members|fighters|militants|operatives)"
_ACCUSED_ARE_OF = re.compile(
    # "the defendants, aged between 30 and 60, are members of the G": a short aside may stand before the verb
    rf"\b(?:accused|convicts|defendants)(?:\s*,[^,;()]{{1,40}},)?\s+(?:were|are|acted\s+as)\s+"
    rf"(?:(?:proven|proved|found|shown)\s+to\s+be\s+|all\s+)?"
    rf"{_MEMBERS}\s+of\s+(?:the\s+)?(?:so-called\s+)?[\"“]?$",
    re.I,
)
# "the trial of six men accused of belonging to the neo-Nazi group "G"" (not "a man accused of attacking the G")
_ACCUSED_OF_BELONGING = re.compile(
    r"\b(?:trial|prosecution|case)\s+(?:of|against)\s+(?:[\w-]+\s+){1,3}?accused\s+of\s+"
    r"(?:belonging\s+to|being\s+(?:members|part)\s+of|membership\s+(?:of|in))\s+"
    r"(?:(?:the|an?)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:group|militia|network|cell|organi[sz]ation|movement)\s+)?"
    r"(?:so-called\s+)?[\"“]?$",
    re.I,
)
# ("sentenced two foreign members of the G": a word may say what members)
_COURT_MEMBERS_OF = re.compile(
    rf"\b{_COURT}\s+{_NUMBER}\s+(?:(?:alleged\s+|suspected\s+|[a-z]+\s+)?{_MEMBERS}\s+of|men\s+(?:linked|tied)\s+to)\s+"
    r"(?:the\s+)?(?:so-called\s+)?[\"“]?$",
    re.I,
)
# "were convicted on Thursday of belonging to G", "found guilty of being members of the G" (not "convicted of
# attacking G"; nor "charged with belonging to G": the gold holds the merely accused to be no members)
# "convicted 14 men of forming, financing and joining a terrorist cell of G": the cell's deeds make them its members
_CELL_DEED = r"(?:forming|founding|financing|funding|joining|leading)"
_CONVICTED_OF_BELONGING = re.compile(
    rf"\b(?:convicted|found\s+guilty|jailed|sentenced)(?:\s+{_NUMBER}\s+(?:men|people|defendants))?"
    r"(?:\s+(?:on|last|this)\s+\w+|\s+today)?\s+(?:of|with|for)\s+"
    r"(?:(?:belonging\s+to|being\s+(?:a\s+)?(?:members?|part)\s+of|membership\s+(?:of|in))\s+"
    rf"|(?:{_CELL_DEED}(?:\s*,\s*|\s+and\s+))*{_CELL_DEED}\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:cell|network)\s+of\s+)"
    r"(?:the\s+)?(?:banned\s+|proscribed\s+|outlawed\s+)?(?:so-called\s+)?[\"“]?$",
    re.I,
)
_COURT_NUMBER = re.compile(rf"\b{_COURT}\s+{_NUMBER}\s+$", re.I)
# A police raid's group: "police dismantled a module of the G", "busted a G cell" (the men it arrested are its own)
_BUSTED = r"(?:dismantled|dismantling|busted|bust|busts|broke\s+up|broken\s+up|smashed|neutrali[sz]ed)"
_UNIT_WORD = r"(?:module|cell|terror\s+cell|network)"
_BUSTED_UNIT_OF = re.compile(
    rf"\b{_BUSTED}\s+(?:a|an|the|one|another)\s+(?:[\w-]+\s+){{0,2}}?{_UNIT_WORD}\s+(?:of|belonging\s+to)\s+(?:the\s+)?$",
    re.I,
)
_BUSTED_BEFORE = re.compile(rf"\b{_BUSTED}\s+(?:a|an|the|one|another)\s+(?:[\w-]+\s+)?$", re.I)
_UNIT_AFTER = re.compile(rf"^(?:\s*\([^()]{{1,12}}\))?\s+{_UNIT_WORD}\b", re.I)
_MEMBERS_AFTER = re.compile(rf"^[\"”]?\s+{_MEMBERS}\b", re.I)
# The sentence that names the defendants speaks of a court or an arrest
_COURT_OR_ARREST = re.compile(
    r"\b(?:accused|convict(?:s|ed)?|defendants?|sentenced|guilty|arrested|detained|charged|indicted|tried)\b",
    re.I,
)
# What opens the list of defendants: "found A, 31, and B guilty", "the accused were identified as A, B",
# "the others sentenced to death are A; B", "The four, A, B, C and D, were arrested"
_DEFENDANTS_OPEN = re.compile(
    r"(?:\b(?:found|convicted|sentenced|jailed|identified\s+as|named\s+as)"
    r"|\b(?:accused|defendants|convicts|suspects|death|life)\s+(?:are|were)"
    rf"|^[\W_]*(?:the\s+)?{_NUMBER}\s*[,:])\s+$",
    re.I,
)
# Between two defendants: an alias, an age, a few words of description, then a comma, a semicolon or "and"
# ("A, 24, of Walsall, and B"; "A, a 29-year-old Tajik national, and B": a home town or a few words of who he is)
_DEFENDANTS_JOINT = re.compile(
    r'^["”]?(?:\s*,?\s*(?:alias|aka)\s+["“]?[^,;"”]{1,40}["”]?)?(?:\s*,\s*\d{1,3})?'
    r"(?:\s*,\s*(?:of|from)\s+(?:the\s+(?:village|town|city)\s+of\s+)?[A-Z][^,;]{1,40})?"
    r"(?:\s*,\s*an?\s+\d{1,2}-year-old\b[^,;()]{0,50})?"
    r"(?:\s*,\s*(?:described|identified|named)\b[^;]{0,80}?)?"
    # "A, who police say threw the grenade, B and C": a short clause of what one of them did
    r"(?:\s*,\s*who\s+[^,;()]{1,60})?\s*(?:,|;|,?\s+and|;\s+and)\s+$",
    re.I,
)
_ALIAS_JOINT = re.compile(rf'^\s*,?\s*(?:alias|aka)\s+["“]?(?:{_RANK}\.?\s+)?$', re.I)
# "Another defendant, P, 52, said"; "Two further defendants, A and B, are accused"; "the defendant P pointed a gun";
# "The alleged ringleader, P, 25," (not "the defendant's brother, P", nor "a witness, P")
_DEFENDANT_BEFORE = re.compile(
    rf"(?:\b(?:[Aa]nother|[Tt]he|[Aa]|[Oo]ne|{_NUMBER})\s+(?:(?:further|other|first|second|third|fourth|fifth)\s+)?"
    r"(?:co-)?defendants?|\b[Tt]he\s+alleged\s+ringleader)\s*,?\s+$",
    re.I,
)
# "one of those sentenced to death, Sohel Rana, has been absconding"
_ONE_OF_THE_ACCUSED = re.compile(
    rf"\b(?:one|{_NUMBER})\s+of\s+(?:those|the)\s+(?:sentenced|convicted|accused|convicts|defendants)\b[^,;]{{0,40}},\s+$",
    re.I,
)


def _trial_groups(sentences: list[Sentence]) -> list[tuple[int, Mention]]:
    """The groups the document says its defendants are members of, each with the index of its sentence.

    A name that holds an earlier one ("the Dawlah Islamiyah-Maute group" after "Dawlah Islamiyah") is that
    group again.
    """
    found: list[tuple[int, Mention]] = []
    for s in sentences:
        for g in s.mentions:
            if g.type is not G or _NOT_A_NAME.match(g.text):
                continue
            before = s.before(g, 100)
            if (
                _ACCUSED_ARE_OF.search(before)
                or _ACCUSED_OF_BELONGING.search(before)
                or _COURT_MEMBERS_OF.search(before)
                or _CONVICTED_OF_BELONGING.search(before)
                or (_COURT_NUMBER.search(before) and _MEMBERS_AFTER.match(s.after(g, 30)))
                or _BUSTED_UNIT_OF.search(before)
                or (_BUSTED_BEFORE.search(before) and _UNIT_AFTER.match(s.after(g, 30)))
            ):
                earlier = next(
                    (e for _, e in found if _same(e, g) or e.text in g.text or g.text in e.text), None
                )
                found.append((s.index, earlier or g))
    return found


def _defendant_lists(s: Sentence) -> Iterator[Mention]:
    """The persons a sentence names as defendants: a list of two or more opened by "found", "identified as",
    "the accused are" or "The four,"; or one named as "one of those sentenced"."""
    people = sorted((m for m in s.mentions if m.type is P), key=lambda m: m.start)
    i = 0
    while i < len(people):
        run = [people[i]]
        while i + len(run) < len(people):
            joint = s.between(run[-1], people[i + len(run)])
            if not (_DEFENDANTS_JOINT.match(joint) or _ALIAS_JOINT.match(joint)):
                break
            run.append(people[i + len(run)])
        if _ONE_OF_THE_ACCUSED.search(s.before(run[0], 80)):
            yield run[0]
        if len({m.name for m in run}) >= 2 and _DEFENDANTS_OPEN.search(s.before(run[0], 60)):
            yield from run
        i += len(run)


def _named_defendants(s: Sentence) -> Iterator[Mention]:
    """ "Two further defendants, A and B, are accused": the one or the few a defendant's phrase names."""
    people = sorted((m for m in s.mentions if m.type is P), key=lambda m: m.start)
    for i, p in enumerate(people):
        if not _DEFENDANT_BEFORE.search(s.before(p, 60)):
            continue
        yield p
        for q in people[i + 1 :]:
            if not _DEFENDANTS_JOINT.match(s.between(p, q)):
                break
            yield q
            p = q


# "A third defendant, P, 22, who told the jury he had attended a barbecue, was cleared of membership": acquitted
_CLEARED_AFTER = re.compile(
    r"^(?:(?!\b(?:was|were)\b)[^;.])*?\b(?:was|were)\s+(?:(?:also|later)\s+)?"
    r"(?:cleared|acquitted|found\s+not\s+guilty)\b"
)


def _defendants(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """ "found A, 31, and B, 27, guilty" where the accused are "members of the G": each defendant is in G (not one
    the court cleared)."""
    for s, found in _court_defendants(sentences):
        if not _CLEARED_AFTER.match(s.after(found.subject, 200)):
            yield s, found


def _court_defendants(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    groups = _trial_groups(sentences)
    if not groups:
        return
    for s in sentences:
        # the trial told of last (or, where the group is named only after the defendants, the next one)
        before = [g for i, g in groups if i <= s.index]
        group = before[-1] if before else groups[0][1]
        if _COURT_OR_ARREST.search(s.text):
            for p in _defendant_lists(s):
                yield s, Found(p, Predicate.AFFILIATED_WITH, group, 0.6, "memberOf")
        for p in _named_defendants(s):
            yield s, Found(p, Predicate.AFFILIATED_WITH, group, 0.55, "memberOf")
        people = sorted((m for m in s.mentions if m.type is P), key=lambda m: m.start)
        for i, p in enumerate(people):
            if _SENTENCED_AFTER.match(s.after(p, 160)):
                # "A, 24, of Walsall, and B, 31, of Wolverhampton, were found guilty": the ones listed before him too
                j = i
                while j > 0 and _DEFENDANTS_JOINT.match(s.between(people[j - 1], people[j])):
                    j -= 1
                    yield s, Found(people[j], Predicate.AFFILIATED_WITH, group, 0.55, "memberOf")
                yield s, Found(p, Predicate.AFFILIATED_WITH, group, 0.55, "memberOf")
            elif _SENTENCE_TO_BEFORE.search(s.before(p, 80)) and _AGE_AFTER.match(s.after(p, 10)):
                yield s, Found(p, Predicate.AFFILIATED_WITH, group, 0.55, "memberOf")


# One defendant at a time: "Tanner J. Oakes, 23, of Hagerstown, Md., was sentenced to twelve years" (his age
# and home town, then the sentence); "gave the longest sentence, seventeen years, to P, 27"
_AGE_AFTER = re.compile(r"^\s*,\s*\d{1,2}\s*,")
# ("P, 34, from the village of Foussana, was sentenced to death"; "A, 24, of Walsall, and B, 31, were found guilty")
_SENTENCED_AFTER = re.compile(
    r"^\s*,\s*\d{1,2}\s*,(?:\s*(?:of|from)\s+(?:the\s+(?:village|town|city)\s+of\s+)?[A-Z][^,;]{1,40}"
    r"(?:,\s*[A-Z][\w.]{1,12})?\s*,)?"
    r"(?:\s*who\s+[^,;]{1,60},)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:sentenced|jailed|convicted|found\s+guilty)\b"
)
_SENTENCE_TO_BEFORE = re.compile(r"\b(?:sentence|sentences|jail\s+term|prison\s+term)\b[^.;]{0,60}\bto\s+$")


# ------------------------------------------------------------------ round 28: body, then its person

_RANKS_END = rf"{_ABBR}*(?:{_RANK}\.?\s+)*$"
# "The commander of the Security Belt in Abyan, Brigadier P": the office of the body where it serves
_IN_PLACE_COMMA_RANKS = re.compile(
    r"^\s*(?:\([^()]{1,20}\))?\s+(?:in|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+(?:province|region|state|district|governorate|county))?\s*,\s*" + _RANKS_END
)
# "a detective from the Anti-Terrorism Police Unit (ATPU), Inspector P": one of the body's staff, then his name
_TITLE_FROM_O_P = re.compile(
    rf"\b(?:a|an)\s+(?:{_MODS}\s+)*(?P<title>{_TITLE})\s+(?:from|with|at)\s+(?:the\s+)?$", re.I
)
_PAREN_COMMA_RANKS = re.compile(r"^\s*(?:\([^()]{1,20}\))?\s*,\s*" + _RANKS_END)
# "founded in 1998 by P, a preacher from Namangan, and Q": the next name of the founders' list
_AND_NEXT_FOUNDER = re.compile(
    r"^(?:\s*\([^()]{1,40}\))?(?:\s*,\s+(?:a|an|the)\s+(?:(?!(?:who|whom|which|that|said|says|told)\b)[^,;()\"“”]){1,80}?\s*,)?"
    r"\s+and\s+(?:(?:his|her)\s+(?:deputy|brother|son|successor)\s*,?\s+)?" + _RANKS_END
)
# "the ELN, led by P and represented at the negotiating table by Q": a second verb of the body's, then the name
_AND_ALSO_BY = re.compile(
    r"^(?:\s*\([^()]{1,40}\))?\s*,?\s+and\s+(?:(?:is|was|now|later|since)\s+)*"
    r"(?:led|headed|commanded|run|represented|co-founded|founded|directed)\s+(?:(?!(?:by|of)\b)[\w-]+\s+){0,5}?by\s+"
    + _RANKS_END
)
# "X, represented at the negotiating table by P": the body's delegate at talks
_O_REPRESENTED_BY_P = re.compile(
    r"^\s*(?:\([^()]{1,20}\))?\s*,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has\s+been)\s+)?(?:(?:now|often)\s+)?"
    r"represented\s+(?:at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|table|negotiations|meetings?|conference|"
    r"summit|peace\s+process|dialogue)\s+by\s+" + _RANKS_END,
    re.I,
)
# "The Segunda Marquetalia was announced in August 2019 by P": the group, the subject, made known by its founder
_G_ANNOUNCED_BY_P = re.compile(
    r"^\s*(?:\([^()]{1,60}\))?\s+(?:was|had\s+been)\s+(?:(?:first|formally|officially|publicly)\s+)?"
    r"(?:announced|unveiled|proclaimed)\s+(?:(?!(?:by|against|with|for)\b)[\w-]+\s+){0,4}?by\s+" + _RANKS_END
)
_FOUNDING_VERB = re.compile(r"\b(?:founded|co-founded|formed|created|set\s+up|established|launched)\b")
# a name that is no subject: the object of a preposition or one of a list
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:with|against|on|by|of|for|to|from|between|among|at|in|into|over|and|or|than|about|after|before|under|"
    r"including|between|fight|fighting|fought|join|joined)\s+(?:the\s+)?$",
    re.I,
)


def _offices_founders_and_staff(s: Sentence, a: Mention, b: Mention, between: str) -> Iterator[Found]:
    """A body, then a person in it: an office held in a place ("the commander of X in Abyan, Brigadier P"), a staff member
    "from" the body, the next of its founders, its delegate at talks, the man who announced it."""
    if (
        (m := _TITLE_OF_O_P.search(s.before(a, 40))) is not None and _IN_PLACE_COMMA_RANKS.match(between)
    ) or ((m := _TITLE_FROM_O_P.search(s.before(a, 60))) is not None and _PAREN_COMMA_RANKS.match(between)):
        # "The commander of the Security Belt in Abyan, Brigadier P"; "a detective from the O (ABBR), Inspector P"
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.75, _subproperty(m.group("title")))
    elif _O_REPRESENTED_BY_P.match(between):
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "memberOf")
    elif (
        a.type is G
        and not _NOT_A_NAME.match(a.text)
        and _G_ANNOUNCED_BY_P.match(between)
        and not _NOT_SUBJECT_BEFORE.search(s.before(a, 30))
    ):
        yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "founderOf")
    else:
        for c in s.mentions:
            if not (c.type is P and a.end <= c.start and c.end <= b.start and not _same(c, b)):
                continue
            joint = s.between(c, b)
            if (
                (_AND_NEXT_FOUNDER.match(joint) or _AND_ALSO_BY.match(joint))
                and _led_by(s, a, _between(s, a, c))
                and not any(x.type in ORG_LIKE and c.end <= x.start and x.end <= b.start for x in s.mentions)
            ):
                # "founded by P and Q", "led by P and represented by Q": both are the body's
                founding = _FOUNDING_VERB.search(between)
                yield Found(b, Predicate.AFFILIATED_WITH, a, 0.7, "founderOf" if founding else "memberOf")
                return


# "P, whom IS had named its emir in South-east Asia": the body that gave him its office
_WHOM_JOINT = re.compile(r"^\s*,\s+whom\s+(?:the\s+)?$", re.I)
_NAMED_HIM_ITS_AFTER = re.compile(
    r"^\s+(?:(?:had|has|have|later|then|also|once|formally)\s+)*(?:named|appointed|made|chose|installed|declared|"
    r"proclaimed|elected)\s+(?:as\s+)?(?:its|their)\s+(?:(?:new|first|top|overall|supreme|deputy|acting)\s+)*"
    rf"(?:[\w-]+\s+)?(?P<title>{_TITLE})\b",
    re.I,
)


def _person_named_to_office(b: Mention, a: Mention, between: str, after_b: str) -> Iterator[Found]:
    """A person, then a body that gave him its office ("P, whom IS had named its emir")."""
    if _WHOM_JOINT.match(between) and (m := _NAMED_HIM_ITS_AFTER.match(after_b)) is not None:
        yield Found(a, Predicate.AFFILIATED_WITH, b, 0.75, _subproperty(m.group("title")))

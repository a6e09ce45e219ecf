"""Pattern rules for the seven relations, read within one sentence and from names.

Each rule looks at an ordered pair of mentions (or a mention and its
neighbourhood) and the words between them: "X, the Khorasan branch of Y",
"Y's affiliate X", "X grew out of Y", "X pledged allegiance to Y", "P of the
O", "O spokesman P". The words between two names say how they are related;
the types of the two names say which relations are possible at all. A few
rules read a whole sentence (lists, alliances, "whose fighters ..."), and
`find_document_relations` reads what a group's own name says
("Islamic State Libya Province") once the other end is named in the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract import lexicon
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
# One or two parenthetical phrases after the subject: "X, led by P, also known as Q, has waged ...".
_APPOS = r"(?:\s*,[^,;]{0,100}?(?:,[^,;]{0,60}?)?,)?"
_TITLE = rf"(?:{TITLE_WORDS})"
_ABBR = r"(?:(?:Gen|Lt|Maj|Col|Capt|Sgt|Adm|Brig|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov)\.?\s+)"
_BRANCH = (
    r"(?:branch|branches|affiliate|affiliates|province|wing|arm|franchise|offshoot|chapter|division|subsidiary|"
    r"unit|front\s+group|proxy|local\s+franchise|regional\s+affiliate|satellite|extension)"
)

# ------------------------------------------------------------------ person -> organisation or group

# "Michael Kugelman of the Washington, D.C.-based Wilson Center"; "Kabir Taneja of India's leading think tank, the ORF"
_P_OF_O = re.compile(
    rf"^\s*,?\s+(?:of|from|at|with)\s+(?:the\s+)?(?:(?!(?:who|which|that|when|after|before|broke|split|fighters|men)\b){_W},?\s+){{0,6}}?(?:the\s+)?$"
)
# "Nathan Sales, former counterterrorism coordinator at the State Department"; "X, the founder and leader of the Y"
_P_COMMA_TITLE_OF_O = re.compile(
    rf"^\s*,\s+(?:who\s+(?:is|was)\s+)?(?:a|an|the|its|his|her)?\s*(?:{_W}\s+){{0,5}}?(?P<title>{_TITLE})s?"
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
    r"\s*,?\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:known|identified)\s+(?:only\s+)?as\s+)?"
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
    r"|^\s*,[^,;]{0,50},\s+as\s+(?:the\s+)?$",
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
    r"worked\s+for|serves\s+in|served\s+in|fought\s+for|pledged\s+(?:his\s+|her\s+)?allegiance\s+to|"
    r"swore\s+allegiance\s+to|defected\s+to|"
    # "was himself a senior figure in the Baloch Liberation Army"
    r"(?:was|is)\s+(?:(?:himself|herself|also|once|long|still)\s+)*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:member|leader|commander|founder|head|figure|official|operative|fighter|militant|ideologue|preacher|emir|spokesman)\s+"
    r"(?:of|in|within|with)|"
    r"(?:had\s+been\s+)?dispatched\s+by|was\s+sent\s+by|"
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
    r"^\s*,\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:group|organi[sz]ation|movement|faction|network|militia|outfit|unit)\s+(?:that\s+|which\s+)?$",
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

# ------------------------------------------------------------------ group -> group

# "X, the Central Asian branch of the Islamic State"; "X is the most active regional affiliate of Y"
_X_BRANCH_OF_Y = re.compile(
    rf"^\s*,?\s+(?:(?:is|was|became|as|remains|has\s+been|had\s+become)\s+)?(?:probably\s+|now\s+|currently\s+|formally\s+)*"
    rf"(?:(?:a|an|the|its)\b)?\s*(?:(?!(?:and|or)\b){_W}\s+){{0,6}}?{_BRANCH}\s+(?:of|for|to)\s+(?:the\s+)?$",
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
    r"^\s*,\s+(?:now\s+|which\s+is\s+|itself\s+)?part\s+of\s+(?:the\s+)?$|"
    r"^\s+(?:(?:formally|later|officially|eventually|then|has|had|have|is|was|are|were|been)\s+)*(?:joined|rejoined|merged\s+into|"
    r"affiliated\s+(?:with|to)|"
    r"was\s+absorbed\s+into|became\s+part\s+of|folded\s+into|is\s+part\s+of|was\s+part\s+of|"
    r"(?:operates|operated|fights|fought)\s+under(?:\s+the\s+(?:banner|flag|umbrella|command)\s+of)?|"
    r"answers\s+to|reports\s+to|belongs\s+to|belonged\s+to)\s+(?:the\s+|its\s+(?:parent\s+)?)?$",
    re.I,
)

# "IS grew out of al-Qaeda in Iraq"; "X, a splinter of Y"; "X broke away from Y"
_X_FORMED_FROM_Y = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who|itself)\s+)?(?:(?:had|has|have|was|were|is|been|itself|originally|first|later|eventually)\s+)*"
    rf"(?:grew\s+out\s+of|emerged\s+from|emerged\s+out\s+of|split\s+(?:off\s+)?from|splintered\s+(?:off\s+)?from|"
    rf"broke\s+away\s+from|broke\s+off\s+from|broken\s+away\s+from|evolved\s+(?:out\s+of|from)|spun\s+off\s+from|"
    rf"born\s+(?:out\s+)?of|an\s+offshoot\s+of|a\s+splinter(?:\s+group|\s+faction)?\s+of|the\s+successor\s+(?:to|of)|"
    rf"a\s+(?:breakaway|dissident)\s+(?:group|faction)\s+(?:of|from)|a\s+successor\s+(?:to|of)|descended\s+from|"
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
# "X, founded in 2015 by a former Y commander"; "X, led by P, a former Y preacher who defected"
_FOUNDED_BY_FORMER = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that)\s+(?:was\s+)?)?(?:(?P<led>led)|founded|formed|created|set\s+up|established)\s+"
    r"(?:in\s+\d{4}\s+)?by\s+(?:[^,;]{1,40}?,\s+)?(?:a|an|the|two|three|several)\s+former\s+$",
    re.I,
)
_FORMER_MEMBER_AFTER = re.compile(
    rf"^\s+(?:[\w-]+\s+)?(?:{_TITLE})s?\b(?P<defected>\s+who\s+(?:had\s+)?(?:defected|broke\s+away|split|left))?",
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
_MERGED_WITH_TO_FORM = re.compile(r"\bmerged\s+(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?$", re.I)
_TO_FORM = re.compile(
    r"^[^.;]{0,80}?\bto\s+(?:form|create)\s+(?:what\s+(?:became|is)\s+known\s+as\s+)?(?:the\s+)?$", re.I
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
_RENAMED = (
    r"\s*,\s+(?:(?:now|later|also|since|then|formally|officially)\s+)?(?:styled|called|known\s+as|renamed|"
    r"rebranded\s+as)\s+(?:the\s+)?"
)
_RENAMED_BRANCH = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?{_BRANCH}{_RENAMED}$", re.I)
_TOGETHER_WITH = re.compile(
    r"^[^.;]{0,60}?\b(?:carried\s+out|conducted|staged|launched|mounted|planned)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:together|jointly|in\s+cooperation|in\s+concert)\s+with\s+(?:the\s+)?$",
    re.I,
)
_MERGER = re.compile(
    r"\b(?:merger|merging|amalgamation|union|coalition|alliance)\s+of\s*$|\bformed\s+by\s+(?:the\s+)?merg",
    re.I,
)

_ALLIED = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:factions|members|fighters|leaders|commanders|units|cells|wings|affiliates)\s+)?"
    # "X, a little-known group linked to Y": the apposition names what X is, the words after, its ties
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:group|faction|militia|outfit|movement|network)\s+)?"
    r"(?:(?:which|that|who)\s+)?(?:(?:has|have|had|also|formally|publicly|reportedly|later|then|remains?|is|are|was|were|"
    r"long\s+been|been)\s+)*(?:pledged\s+(?:its\s+|their\s+)?(?:allegiance|loyalty|bay'?ah)\s+to|"
    r"swore\s+(?:allegiance|loyalty)\s+to|sworn\s+(?:allegiance|loyalty)\s+to|allied\s+(?:itself\s+)?with|"
    r"an\s+ally\s+of|a\s+close\s+ally\s+of|in\s+alliance\s+with|aligned\s+with|teamed\s+up\s+with|"
    r"joined\s+forces\s+with|cooperat(?:es|ed|ing)\s+with|collaborat(?:es|ed|ing)\s+with|fought\s+alongside|"
    r"fights\s+alongside|partnered\s+with|backs|backed|supports|supported|loyal\s+to|close\s+to|"
    # "X, armed and trained by Y"
    r"(?:backed|supported|armed|funded|financed|trained|sponsored)(?:\s+and\s+\w+)?\s+by|"
    # "X is believed to be linked to Y"; "X has close ties to Y"
    r"(?:believed\s+to\s+be\s+|said\s+to\s+be\s+)?(?:closely\s+)?linked\s+to|has\s+(?:close\s+)?ties\s+(?:to|with))\s+(?:the\s+)?$",
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
# "the PKK's leadership under P disowned TAK"; "X's way of asserting itself against Y"
_RIVAL_POSS = (
    rf"(?:{_POSS}\s+(?:(?:leadership|leaders|fighters|forces|militants|commanders|gunmen|men)"
    r"(?:\s+under\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?|(?:way|bid|attempt|effort)\s+of))?"
)
_RIVAL = re.compile(
    rf"^{_RIVAL_POSS}{_APPOS}\s*,?\s+(?:(?:which|that|who|after\s+it|after\s+they|as\s+it|when\s+it|while\s+it)\s+)?"
    r"(?:(?:has|have|had|also|since|repeatedly|long|then|is|are|was|were|been|openly|now)\s+)*"
    r"(?:(?:refused\s+to\s+stop|continued\s+to|continues\s+to|kept|keeps|began|begun|started)\s+)?"
    # "spent a decade fighting X"; "spent years arresting its commanders and hunting X"
    r"(?:spent\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+ing\s+(?:[\w'’-]+\s+){0,3}?and\s+)?)?"
    r"(?:waged\s+(?:a\s+)?(?:[\w-]+\s+){0,4}?against|(?:reasserting|asserting|defending)\s+itself\s+against|"
    r"fought|fights|fighting|clashed\s+with|clashes\s+with|battled|battles|battling|attacked|attacks|attacking|"
    r"at\s+war\s+with|rivals?\s+(?:of|to)?|competes?\s+with|competed\s+with|competing\s+with|feuded\s+with|"
    r"feuding\s+with|opposed|hostile\s+to|turned\s+on|waged\s+war\s+on|declared\s+war\s+on|hunting|hunted|hunts|"
    r"an\s+enemy\s+of|enemies\s+of|(?:a|an|the)\s+(?:(?:bitter|main|chief|fierce|sworn|arch|longtime|long-time)\s+)?"
    r"(?:rival|enemy|foe)\s+(?:of|to)|disowned|denounced|expelled|assassinated\s+(?:\w+\s+){0,5}?|"
    r"(?:fought|fights|fighting|waged|wages|waging)\s+(?:\w+\s+){0,2}?(?:battles?|wars?|clashes|turf\s+wars?)\s+(?:with|against)|"
    r"(?:fought|fights|fighting|battled|clashed)\s+(?:alongside\s+[^,;]{1,40}?\s+)?against|(?:is|are|was|were)\s+at\s+war\s+with)\s+(?:the\s+)?"
    r"(?:(?:much\s+)?(?:smaller|larger|rival|local|IS|ISIS)\s+)*"
    # "has battled the IS affiliate, now known as Islamic State Pakistan Province"
    rf"(?:(?:[\w-]+\s+){{0,2}}?{_BRANCH}{_RENAMED})?$",
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
    r"^\s+(?:are|were|have\s+been|remain|became)\s+(?:close\s+|long-?time\s+)?(?:allies|partners)\b"
    r"|^\s+(?:have\s+|had\s+)?(?:formed|forged|announced|sealed|signed)\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:alliance|coalition)\b",
    re.I,
)
_PAIR_RIVAL_AFTER = re.compile(
    r"^\s+(?:are|were|have\s+been|remain|became)\s+(?:bitter\s+|arch-?)?(?:rivals|enemies|foes)\b|^\s+(?:have\s+)?(?:competed|clashed|fought)\b",
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

# ------------------------------------------------------------------ group -> location

_OPERATES = re.compile(
    # "JAD has pledged allegiance to IS and is active in Java": the second of two verb phrases of one subject
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|is|was|are|were)\s+[^,;.]{{0,50}}?\s+and\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|mainly|mostly|largely|primarily|"
    r"still|now|also|most|currently|increasingly|long|once|eventually|began|begun|continues?\s+to|has|have|had|"
    r"been|reportedly)\s+)*"
    r"(?:active|based|operating|operates?|operated|operational|headquartered|entrenched|present|strongest|"
    r"fighting|fights|fought|waging|wages|waged|holds?|held|controls?|controlled|seized|seizing|seeks?|sought|"
    r"seeking|expanded|expanding|spread|spreading|hide|hides|hiding|shelters|sheltering|focused|focuses|concentrated|recruiting|"
    r"recruits|recruited|thrives?|thrived|thriving|insurgency|established|entrenched|dominant|rules?|ruled|"
    r"carries\s+out|carried\s+out|stages?|staged|launched|launches|emerged|rose|grew|remains\s+strong)"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:in|across|throughout|into|inside|within|over|around|along)\s+(?:the\s+)?"
    # "in the Qandil mountains of Kurdistan"
    r"(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:mountains|hills|forests?|deserts?|valleys?)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|parts|much|most|areas|regions?|provinces?|mountains|hills|forests?|deserts?|jungles?|"
    r"valleys?|outskirts|border\s+areas|neighbouring|"
    r"neighboring|rural|remote)\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)
_GROUP_POSS_IN = re.compile(
    rf"^{_POSS}\s+(?:\w+\s+){{0,2}}?(?:insurgency|fighters|militants|commanders|units|stronghold|strongholds|base|bases|heartland|"
    rf"campaign|presence|territory|operations|cells|branch|affiliate|province)\s+(?:in|across)\s+(?:the\s+)?$"
    # "the Lord's Resistance Army's old heartland of Gulu"
    rf"|^{_POSS}\s+(?:\w+\s+){{0,2}}?(?:stronghold|heartland|bastion|base|capital)\s+of\s+$",
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
    r"(?:(?:much|most|large|vast|parts?|swathes?|swaths?|areas?|stretches?|territory|of|the|capital|central|southern|northern|"
    r"eastern|western|south-?eastern|south-?western|north-?eastern|north-?western|and|rural|a|big|remote)\s+)*$",
    re.I,
)


# "X, which pledged allegiance to the Islamic State, is active in ...": the group after "to" is not the subject.
_IS_OBJECT = re.compile(r"\b(?:to|of|with|by|from|against|for)\s+(?:the\s+)?$", re.I)


# "Jaysh al-Islam, the dominant force in Douma"
_DOMINANT_IN = re.compile(
    r"^\s*,\s+(?:the|a|an)\s+(?:dominant|main|largest|strongest|biggest|most\s+powerful|leading|ruling|only)\s+"
    r"(?:armed\s+|rebel\s+|jihadist\s+|militant\s+|insurgent\s+)?(?:force|group|faction|power|militia|movement)\s+in\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$",
    re.I,
)
_DESCRIBES_IT = re.compile(r"^\s*,\s+(?:which|that|one\s+of|a|an)\b", re.I)
# "IS cells in Idlib", "Taliban fighters across the south": the group's own people somewhere.
_MEMBERS_IN = re.compile(
    r"^\s+(?:cells|fighters|militants|bases|camps|strongholds|positions|hideouts|units|commanders|insurgents)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:in|across|around|throughout)\s+(?:the\s+)?$",
    re.I,
)
# "Jaish-e-Mohammad, one of the main groups fighting Indian rule in Kashmir, ..."
_APPOS_OPERATES = re.compile(
    r"^\s*,\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:groups?|organi[sz]ations?|movements?|factions?|outfits?|"
    rf"insurgents?|militias?|{_BRANCH})\s+(?:(?:that|which|who)\s+(?:(?:has|have|had|long|still|now|been|is|are|was|first)\s+)*)?"
    r"(?:(?:fighting|fought|fights|active|operating|operated|operates|waging\s+(?:[\w-]+\s+){0,2}?|"
    r"waged\s+(?:[\w-]+\s+){0,2}?|based|emerged)\s+)(?:[\w-]+\s+){0,3}?(?:in|across|throughout)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|border\s+areas?|parts|areas)\s+(?:of\s+)?"
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
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:also|now|still|has|have|had|been|is|was|long)\s+)*"
    r"(?:(?:includes?|included|has|have|had|keeps?|kept|maintains?|maintained|retains?|retained|established|built|"
    r"built\s+up)\s+"
    r"(?:a\s+)?(?:[\w-]+\s+)?(?:militants|fighters|cells|units|members|bases|camps|branches|affiliates|presence|"
    r"foothold|network|networks|safe\s+havens?|sanctuary|sanctuaries|strongholds?)|"
    r"blamed\s+for\s+(?:much|most|many|a\s+(?:wave|string|series|spate)|years|the\s+(?:violence|bloodshed|insurgency|unrest))"
    r"(?:\s+[\w'’-]+){0,4}?)\s+(?:in|across|throughout)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|parts|much|most|areas)\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)


# "positions of the PKK in the Qandil mountains", "fighters of the ADF across Ituri"
_MEN_OF = re.compile(
    r"\b(?:positions|bases|camps|hideouts|strongholds|fighters|militants|cells|members|units|commanders)\s+of\s+(?:the\s+)?$",
    re.I,
)
_MEN_OF_IN = re.compile(
    r"^\s+(?:in|across|around|throughout)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]+\s+)?(?:mountains|hills|forests?|north|south|"
    r"east|west|northern|southern|eastern|western|central|border\s+areas)\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)


def _operates(between: str) -> bool:
    """Whether the words after a group say it is active in the place that follows."""
    return any(
        p.match(between)
        for p in (
            _OPERATES,
            _GROUP_POSS_IN,
            _ITS_TERRITORY,
            _CONTROLS,
            _MEMBERS_IN,
            _APPOS_OPERATES,
            _HAS_MEN_IN,
            _DOMINANT_IN,
        )
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
    rf"{_APPOS}\s*,?\s+(?:(?:(?:which|that)\s+)?(?:was|is|has\s+been|had\s+been|remains|became)\s+)?"
    r"(?:(?:once|long|still|now|later)\s+)?(?:a|an|the)\s+(?:(?:main|key|former|last|traditional|known)\s+)?"
    r"(?:stronghold|heartland|bastion|base|hub|hotbed|sanctuary|safe\s+haven|haven|hideout)\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)
_GOVERNMENT_AFTER = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:government|state|regime|authorities)\b", re.I
)
# "X, which is fighting to overthrow Somalia's federal government"
_TO_OVERTHROW = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|long|still)\s+)*"
    r"(?:fighting|fought|fights|waging\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:war|insurgency|campaign)|seeking|seeks|sought|"
    r"trying|tried|vowed)\s+to\s+(?:overthrow|topple|unseat|bring\s+down|replace)\s+(?:the\s+)?$",
    re.I,
)
_WHERE_G_HOLDS = re.compile(
    rf"^{_APPOS}\s+(?:(?:then|now|still|once|long|has|had|have|been|also)\s+)*(?:controlled|controls|held|holds|ruled|rules|"
    r"occupied|occupies|operates|operated|is\s+based|was\s+based|is\s+active|was\s+active|remains\s+active|thrives|"
    r"thrived|recruits|recruited|has\s+bases|had\s+bases|is\s+strongest|was\s+strongest|(?:first\s+)?emerged)\b",
    re.I,
)
_WHOSE_MEN_IN = re.compile(
    r"\bwhose\s+(?:own\s+)?(?:fighters|units|militants|cells|forces|men|members|gunmen|insurgents|bases|camps)\s+"
    r"(?:(?:still|now|also|continue\s+to|regularly|often|have|had|are|were)\s+)*"
    r"(?:hide|hid|hiding|operate|operated|roam|roamed|raid|raided|control|controlled|hold|held|patrol|patrolled|"
    r"based|active|shelter|sheltered|remain|remained|are\s+based|are\s+active)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:in|across|throughout|around)\s+(?:the\s+)?"
    r"(?:(?:mountains|hills|forests?|deserts?|border\s+areas|north|south|east|west|northern|southern|eastern|western|"
    r"central|parts|much|most|areas|regions?|villages)\s+(?:of\s+)?(?:the\s+)?)*$",
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
    r"^\s*(?:In|Across|Throughout|Inside|Around|Based\s+(?:in|on)\s+(?:the\s+)?(?:islands?\s+of|provinces?\s+of|region\s+of)?\s*)"
    r"\s*(?:the\s+)?$"
)

# ------------------------------------------------------------------ located in

_LOC_COMMA_LOC = re.compile(r"^\s*,\s*$")
_LOC_IN_LOC = re.compile(
    r"^\s+(?:in|near|outside|inside|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}?$"
    # "Rafah, in the North Sinai governorate"; "Turbat, in Pakistan's Balochistan province"
    rf"|^\s*,\s+in\s+(?:the\s+)?(?:[A-Z][\w-]+{_POSS}\s+)?(?:[\w-]+\s+){{0,1}}?$",
    re.I,
)
_LOC_POSS_LOC = re.compile(rf"^{_POSS}\s+(?:\w+\s+){{0,3}}?$")
_LIST_GOES_ON = re.compile(r"^\s*,?\s+(?:and|or)\s+(?:the\s+)?[A-Z]")
_BORDER = re.compile(r"\b(?:border|borders|frontier|boundary)\b", re.I)
# "the Pakistan Institute for Conflict and Security Studies, an Islamabad-based think tank"
_O_COMMA_PLACE_BASED = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$")
# "Mutwanga, a farming town in Congo's North Kivu province"; "Quetta, the capital of Balochistan province"
_LOC_A_TOWN_IN = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|district|port|suburb|neighbou?rhood|capital|"
    rf"island|county|province|region|state|area)\s+(?:in|of|on)\s+(?:the\s+)?(?:[A-Z][\w-]+{_POSS}\s+)?(?:[\w-]+\s+){{0,1}}?$",
    re.I,
)
# "Isabela, on Basilan island"; "X, on the Sulawesi mainland"
_LOC_ON = re.compile(r"^\s*,\s+on\s+(?:the\s+)?$", re.I)
_ISLAND_AFTER = re.compile(r"^\s+(?:island|mainland|peninsula|coast|archipelago)\b", re.I)
# "the Peshawar district of Hayatabad" (Hayatabad in Peshawar); "the Gulbahar area of Peshawar" (Gulbahar in Peshawar)
_LOC_PART_OF = re.compile(
    r"^\s+(?:district|neighbou?rhood|suburb|area|quarter|borough|region|province|town|village|county)\s+of\s+(?:the\s+)?$",
    re.I,
)
_PLACE_RANK = {"Country": 4, "Region": 3, "Province": 3, "City": 2}
# "Karachi's Lyari district"
_PART_AFTER = re.compile(r"^\s+(?:district|neighbou?rhood|suburb|area|quarter|borough|township)\b", re.I)
# "the High Court in Lahore": an institution with a seat
_SEATED_ORG = re.compile(
    r"\b(?:Court|Department|Ministry|Embassy|Consulate|University|Institute|Center|Centre|Council|Parliament|"
    r"Assembly|Office|Tribunal|Commission|Headquarters|Foundation|Academy)\b"
)
# "the London offices of the weekly X"
_OFFICES_OF = re.compile(
    r"^\s+(?:offices?|headquarters|studios|newsroom|embassy|consulate)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)
_BASED_IN = re.compile(
    r"^\s*,?\s+(?:is\s+|are\s+|was\s+)?(?:based|headquartered|located)\s+in\s+(?:the\s+)?$", re.I
)


# Names of military and security units, which belong to a larger force: "82nd Airborne Division".
_UNIT_NAME = re.compile(
    r"\b(?:Group|Brigade|Division|Regiment|Battalion|Command|Corps|Squadron|Force|Forces|Unit|Wing|Fleet|Agency|"
    r"Directorate|Service)$"
)
_MODIFIER_AFTER = re.compile(rf"^\s+{_BRANCH}\b", re.I)
_PRONOUNS = frozenset({"its", "their", "it", "they"})
# "emerged in 2015 from", "was founded in late 2012 by": the year says when, not how two names relate.
_YEAR = re.compile(r"\b(?:in|since)\s+(?:early\s+|late\s+|mid-)?(?:\d{4}|the\s+\d{4}s)\s+(?=[a-z])")
_AGE_OR_ALIAS = re.compile(
    r"^\s*,\s*(?:\d{1,3}|(?:also\s+known\s+as|known\s+as|alias|aka|a\.k\.a\.)\s+[^,;]{1,40}?)(?=,)", re.I
)
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
            # "Tehrik-i-Taliban Pakistan (TTP) is allied with": the acronym in brackets changes nothing;
            # nor do a person's age or other name: "P, 45, a commander of", "P, also known as Q, the leader of".
            between = _YEAR.sub("", _PAREN.sub("", sentence.between(a, b), count=1))
            if a.type is P:
                between = _AGE_OR_ALIAS.sub("", between, count=1)
            if len(between) > 170:
                break
            yield from _pair(sentence, a, b, between)
    yield from _sentence_level(sentence, ms)


def _pair(s: Sentence, a: Mention, b: Mention, between: str) -> Iterator[Found]:
    """Rules over an ordered pair: a comes before b, `between` is the text between them."""
    after_b = s.after(b, 60)
    yield from _person_pair(s, a, b, between, after_b)
    yield from _group_pair(s, a, b, between, after_b)
    yield from _place_pair(s, a, b, between, after_b)
    yield from _located_pair(s, a, b, between, after_b)


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


_PART_NAMED = re.compile(r"\s(?:faction|wing|branch|cell)$", re.I)
# "Russia's Africa Corps, a paramilitary force under the control of the Russian defence ministry"
_UNDER_CONTROL_OF = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:force|unit|militia|group|wing|corps|outfit)\s+"
    r"(?:under\s+the\s+(?:control|command|authority)\s+of|controlled\s+by|commanded\s+by|run\s+by)\s+(?:the\s+)?$",
    re.I,
)


def _group_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """Two groups or organisations: branches, splinters, allies and rivals.

    Organisations may be branches too: the Quds Force of the IRGC, a unit of an army.
    """
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
        elif (_PART_NAMED.search(a.text) and re.match(r"^\s+of\s+(?:the\s+)?$", between)) or re.match(
            r"^\s+(?:faction|wing|branch|cell)\s+of\s+(?:the\s+)?$", between
        ):
            # "the Hafiz Gul Bahadur faction of the Pakistani Taliban": the part's name holds the part word
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.75)
        elif _UNDER_CONTROL_OF.match(between):
            yield Found(a, Predicate.AFFILIATE_OF, b, 0.7)
    # "X was accepted as an IS affiliate": the parent named as a modifier (never a pronoun: "its affiliates").
    if (
        a.type in ORG_LIKE
        and b.type is G
        and b.text.casefold() not in _PRONOUNS
        and re.match(
            # "X was accepted as an IS affiliate"; "Katiba Macina, an al-Qaeda affiliate, ..."
            r"^\s*,?\s+(?:[\w-]+\s+){0,3}?(?:as|is|was|became|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?$"
            r"|^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the)\s+(?:(?:former|main|largest|regional|local|official)\s+)?$",
            between,
            re.I,
        )
        and re.match(rf"^\s+{_BRANCH}\b", after_b, re.I)
    ):
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.75, "branchOf")
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
            r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the)\s+(?:(?:former|small|radical|violent)\s+)?$",
            between,
        )
        and re.match(r"^\s+(?:splinter|breakaway|dissident)\b", after_b, re.I)
    ):
        yield Found(a, Predicate.FORMED_FROM, b, 0.75)
    # "IS named P leader of its Sinai branch"; "claimed the raid through its weekly al-Naba";
    # "counts the fighters as part of its Libya Province (ISLP)"
    if (
        a.type is G
        and b.type in ORG_LIKE
        and len(between) < 130
        and re.search(
            r"\b(?:its|their)\s+(?:own\s+)?(?:(?:weekly|daily|official|news|propaganda|media)\s+)*"
            r"(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:Province|Branch|Wing|Division|Brigade)\s*\(\s*)?$",
            between,
        )
        and not _other_group_between(s, a, b)
        # "its" is the subject's: in "IS counts them as its Libya Province (ISLP), and its al-Naba ..." it is not ISLP's
        and a is _clause_owner(s, [g for g in s.mentions if g.type is G], b.start, own=True)
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.6)
    # "the Islamic State's weekly al-Naba"; "the British Army's Special Air Service": what an organisation owns
    if (
        a.type in ORG_LIKE
        and b.type is O
        and re.match(rf"^{_POSS}\s+(?:own\s+|official\s+|elite\s+)?$", between)
        and (a.type is G or _UNIT_NAME.search(b.name))
    ):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.6)
    # "the Eastern Command of the Armed Forces", "the Quds Force of the IRGC": a unit of a larger body
    if (
        a.type is O
        and b.type is O
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
    # "the commander quit the BLA and set up his own faction, the BRA"
    if a.type is G and b.type is G and _QUIT_AND_SET_UP.match(between) and _QUIT.search(s.before(a, 40)):
        yield Found(b, Predicate.FORMED_FROM, a, 0.75)
    if a.type is G and b.type is G:
        # "PKK loyalists who refused the truce set up TAK": a group founded by a group's loyalists stays its ally.
        if _Y_LOYALISTS_SET_UP_X.match(between):
            yield Found(b, Predicate.ALLIED_WITH, a, 0.7)
        # "the IS affiliate, now known as Islamic State Pakistan Province"
        if _RENAMED_BRANCH.match(between):
            yield Found(b, Predicate.AFFILIATE_OF, a, 0.75, "branchOf")
        # "it had carried out the raid together with Lakurawa"
        if _TOGETHER_WITH.match(between) and not _other_group_between(s, a, b):
            yield Found(a, Predicate.ALLIED_WITH, b, 0.7)
    if a.type is G and b.type is G and not _MODIFIER_AFTER.match(after_b):
        if _X_FORMED_FROM_Y.match(between):
            yield Found(a, Predicate.FORMED_FROM, b, 0.8)
        elif _Y_MEMBERS_SET_UP_X.match(between):
            yield Found(b, Predicate.FORMED_FROM, a, 0.75)
        elif (
            (m := _FOUNDED_BY_FORMER.match(between))
            and (t := _FORMER_MEMBER_AFTER.match(after_b))
            # led by a former member is a new group's origin only when he defected to it
            and (not m.group("led") or t.group("defected"))
        ):
            yield Found(a, Predicate.FORMED_FROM, b, 0.7)
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
            or _POSS_WAR.match(between)
            or re.match(r"^\s+(?:is|are|was|were|remains?)\s+(?:\w+\s+){0,2}?$", between)
            and _RIVAL_AFTER.match(after_b)
        ):
            yield Found(a, Predicate.RIVAL_OF, b, 0.75)
        elif _X_AND_Y.match(between) and (
            _PAIR_RIVAL_AFTER.match(after_b) or _PAIR_RIVAL_BEFORE.search(s.before(a, 60))
        ):
            yield Found(a, Predicate.RIVAL_OF, b, 0.7)
        elif re.match(
            rf"^{_POSS}\s+(?:(?:chief|main|principal|bitter|arch|sworn|greatest)\s+)*(?:enemy|rival|foe)"
            r"(?:\s+in\s+(?:the\s+)?[\w-]+)?\s+(?:is|was|remains)\s+(?:the\s+)?$",
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
    if a.type is G and b.type is G:
        yield from _kin(a, b, between)


def _place_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """A group and the place it is active in, in either order."""
    # "X, which pledged allegiance to Y, is active in Z" is about X; but "merged with Y, one of the groups
    # that ruled Z", "the banner of Y, which has cells in Z" and "one of Y's commanders in Z" are about Y.
    if (
        a.type is G
        and b.type is L
        and _operates(between)
        and (
            _DESCRIBES_IT.match(between)
            or _GROUP_POSS_IN.match(between)
            or _MEMBERS_IN.match(between)
            or not _IS_OBJECT.search(s.before(a, 25))
        )
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.75)
    elif a.type is G and b.type is L and _MEN_OF.search(s.before(a, 30)) and _MEN_OF_IN.match(between):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    if a.type is L and b.type is G and _LOC_BASED_G.match(between):
        yield Found(b, Predicate.OPERATES_IN, a, 0.75)
    # "Uganda's Lord's Resistance Army" (not "Libya's IS branch", which is another group)
    if (
        a.type is L
        and b.type is G
        and a.subtype in ("Country", "Region", "Province")
        and re.match(
            rf"^{_POSS}\s+(?:(?:banned|outlawed|main|largest|local|homegrown|home-grown|militant)\s+)*$",
            between,
        )
        and not _MODIFIER_AFTER.match(after_b)
        and not _TOPIC_AFTER.match(after_b)
        and not _is_state_force(b)
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.65)
    if a.type is G and b.type is L and _TO_OVERTHROW.match(between) and _GOVERNMENT_AFTER.match(after_b):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    elif a.type is G and b.type is O and _TO_OVERTHROW.match(between) and (country := _whose_government(b)):
        # "Somalia's federal government" is one organisation mention; the country is named inside it
        yield Found(a, Predicate.OPERATES_IN, country, 0.7)
    # "Katiba Serma, JNIM's Mali branch": a branch named for its place
    if (
        a.type is G
        and b.type is L
        and re.match(rf"^\s*,\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,3}}?[\w'’.-]+{_POSS}\s+$", between)
        and _MODIFIER_AFTER.match(after_b)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    # "The ELN, Colombia's largest remaining guerrilla group, ..."
    if (
        a.type is G
        and b.type is L
        and re.match(r"^\s*,\s+(?:the\s+)?$", between)
        and re.match(
            rf"^{_POSS}\s+(?:[\w-]+\s+){{0,3}}?(?:group|militia|insurgency|insurgents|movement|organi[sz]ation|faction|"
            r"guerrillas?|rebels?|jihadists?|network)\b",
            after_b,
            re.I,
        )
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    # "Gulu, which was once a stronghold of the LRA"
    if a.type is L and b.type is G and _ONCE_A_STRONGHOLD_OF.match(between) and not _in_clause(s, a, between):
        yield Found(b, Predicate.OPERATES_IN, a, 0.7)
    # "Kandahar, the Taliban's heartland"; "Sirte, an IS stronghold"
    if (
        a.type is L
        and b.type is G
        and re.match(r"^\s*,\s+(?:a|an|the|its)\s+(?:(?:former|main|last|key|traditional)\s+)?$", between)
        and re.match(
            rf"^(?:{_POSS})?\s+(?:(?:former|main|last|key|traditional)\s+)?(?:stronghold|heartland|bastion|base|"
            r"capital|hideout|sanctuary)\b",
            after_b,
            re.I,
        )
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.7)
    # "planned in the Central African Republic, where the group still controls stretches of the border"
    if (
        a.type is L
        and b.type is G
        and re.match(r"^\s*,\s+where\s+(?:the\s+)?$", between)
        and _WHERE_G_HOLDS.match(s.after(b, 160))
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.7)


def _located_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """A place or an organisation and the place it is in."""
    if (
        a.type is L
        and b.type is L
        and a.subtype != "Country"
        and (_LOC_COMMA_LOC.match(between) or _LOC_IN_LOC.match(between))
        # "raids in Saxony, Poland and Austria": a list of places, not a place and its country
        and not (_LOC_COMMA_LOC.match(between) and _LIST_GOES_ON.match(after_b))
    ):
        yield Found(a, Predicate.LOCATED_IN, b, 0.7)
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


def _whose_government(o: Mention) -> Mention | None:
    """The country an organisation mention such as "Mali's military government" names, as a place mention."""
    m = re.match(
        rf"^([A-Z][\w'’ -]*?){_POSS}(?=\s+(?:[\w-]+\s+){{0,2}}?(?:government|state|regime|authorities)\b)",
        o.text,
    )
    place = lexicon.lookup_place(m.group(1)) if m else None
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
        if _LOC_A_TOWN_IN.match(between) or _LOC_ON.match(between) and _ISLAND_AFTER.match(after_b):
            yield Found(a, Predicate.LOCATED_IN, b, 0.7)
        elif _LOC_PART_OF.match(between) and _rank(a) != _rank(b):
            # the word order says nothing of which is the whole; the kinds of place do
            part, whole = (b, a) if _rank(a) > _rank(b) else (a, b)
            yield Found(part, Predicate.LOCATED_IN, whole, 0.65)
        elif re.match(rf"^{_POSS}\s+$", between) and a.subtype == "City" and _PART_AFTER.match(after_b):
            yield Found(b, Predicate.LOCATED_IN, a, 0.65)
    if a.type is O and b.type is L and _SEATED_ORG.search(a.name) and re.match(r"^\s+in\s+$", between):
        yield Found(a, Predicate.LOCATED_IN, b, 0.65)
    if (
        a.type is L
        and b.type is O
        and (
            _OFFICES_OF.match(between)
            or re.match(rf"^{_POSS}\s+(?:[\w-]+\s+){{0,3}}?[\w-]+,\s*(?:the\s+)?$", between)
        )
    ):
        # "Pakistan's leading think tank, the X Institute"
        yield Found(b, Predicate.LOCATED_IN, a, 0.6)


# "LeJ and its ally Jaish al-Adl", "the group and its Syrian affiliate, X", "Its rival Y" (with "its" standing for a group)
_KIN = (
    r"(?:(?:close|closest|key|main|chief|long-?time|old|oldest|bitter|arch|sworn|former|regional|local|[A-Z][a-z]+)\s+)?"
    r"(?P<kin>ally|allies|partner|partners|rival|rivals|enemy|enemies|foe|foes|affiliate|affiliates|branch|franchise|"
    r"offshoot|splinter(?:\s+group|\s+faction)?|parent(?:\s+group|\s+organi[sz]ation)?)\s*,?\s+(?:the\s+)?$"
)
_AND_ITS_KIN = re.compile(rf"^\s+and\s+(?:its|their)\s+{_KIN}")
_PRONOUN_KIN = re.compile(rf"^\s+{_KIN}")


def _kin(a: Mention, b: Mention, between: str) -> Iterator[Found]:
    """ "X and its ally Y", "its rival Y": the kinship word names the relation and its direction."""
    m = _AND_ITS_KIN.match(between)
    if m is None and a.text.casefold() in ("its", "their"):
        m = _PRONOUN_KIN.match(between)
    if m is None:
        return
    kin = m.group("kin").casefold()
    if kin.startswith(("ally", "allies", "partner")):
        yield Found(a, Predicate.ALLIED_WITH, b, 0.75)
    elif kin.startswith(("rival", "enem", "foe")):
        yield Found(a, Predicate.RIVAL_OF, b, 0.75)
    elif kin.startswith(("affiliate", "branch", "franchise")):
        yield Found(b, Predicate.AFFILIATE_OF, a, 0.75, "branchOf")
    elif kin.startswith(("offshoot", "splinter")):
        yield Found(b, Predicate.FORMED_FROM, a, 0.75)
    else:
        yield Found(a, Predicate.AFFILIATE_OF, b, 0.75)


# ------------------------------------------------------------------ what a group's own name says

# The rest of a branch's name after its parent's: "al-Qaeda| in the Indian Subcontinent", "Islamic State| Libya
# Province", "ISIS|-Mozambique". Other endings ("Islamic Jihad| Union") name a different group, not a branch.
_BRANCH_NAME_REST = re.compile(
    # "in Iraq and the Levant" names the whole state, not a branch of it
    r"^(?:\s+in\s+(?:the\s+)?[A-Z]\S*(?:\s+(?!and\b)\S+){0,3}|\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Province|Wilayat|Wilayah|Branch)|-[A-Z]\w*)$"
)
_NOT_A_NAME = re.compile(r"^(?:the|this|that|these|those|its|their|it|they|he|she)\b", re.I)


def find_document_relations(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """Relations a group's own name states, once the parent or the place is also named in the document.

    "Islamic State Somalia Province" is a province of the Islamic State and active in Somalia; "ISIS-K" is
    a branch of ISIS; "Tehrik-i-Taliban Pakistan" is active in Pakistan. The other end must be a
    mention of its own elsewhere in the document, so that the fact joins two things the text names.
    """
    names = [(s, m) for s in sentences for m in s.mentions if not _NOT_A_NAME.match(m.text)]
    groups = [(s, m) for s, m in names if m.type is G]
    # "its Libya Province", "the Sinai branch": a place that only qualifies a branch is not named on its own.
    places = [m for s, m in names if m.type is L and not _MODIFIER_AFTER.match(s.after(m, 20))]
    seen: set[tuple[str, Predicate, str]] = set()
    for s, branch in groups:
        branch_names = {branch.text, branch.name}
        for _, parent in groups:
            if _same(branch, parent):
                continue
            if any(
                b.casefold().startswith(p.casefold()) and _BRANCH_NAME_REST.match(b[len(p) :])
                for b in branch_names
                for p in {parent.text, parent.name}
                if len(p) > 1
            ):
                key = (branch.name, Predicate.AFFILIATE_OF, parent.name)
                if key not in seen:
                    seen.add(key)
                    yield s, Found(branch, Predicate.AFFILIATE_OF, parent, 0.7, "branchOf")
        for place in places:
            if any(_named_after(b, p) for b in branch_names for p in {place.text, place.name} if len(p) > 2):
                key = (branch.name, Predicate.OPERATES_IN, place.name)
                if key not in seen:
                    seen.add(key)
                    yield s, Found(branch, Predicate.OPERATES_IN, place, 0.65)


_NOT_A_PLACE_NAME_LINK = frozenset({"in", "of", "the", "al", "el", "fi", "fil"})


def _named_after(name: str, place: str) -> bool:
    """Whether a group's name ends with the place, alone or before "Province": "ISIS-Mozambique".

    "X in Iraq" and "X of Y" (in Arabic too, "fi al-Iraq") are left out: such names often keep the place a
    group was founded in after it has moved on. The place must be the whole place named ("West Africa",
    not "Africa").
    """
    m = re.search(rf"(?:^|(?P<prev>\S+)[\s-]){re.escape(place)}(?:\s+(?:Province|Wilayat|Wilayah))?$", name)
    if m is None or m.group("prev") is None or m.group("prev").casefold() in _NOT_A_PLACE_NAME_LINK:
        return False
    return lexicon.lookup_place(f"{m.group('prev')} {place}") is None


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


_SAID_THAT = re.compile(
    r"\b(?:found|finds|said|says|ruled|heard|concluded|alleged|argued|believes?|believed|reported|added|stated|"
    r"noted|showed|shows|testified|confirmed)\s+that\s+$",
    re.I,
)


def _in_clause(s: Sentence, a: Mention, between: str) -> bool:
    """Whether `a` closes a relative clause, so that the verb after the comma is not its own.

    In "Gulu, which lies near Kitgum, was once a stronghold of X" the stronghold is Gulu, not Kitgum.
    """
    if _SAID_THAT.search(s.before(a, 100)):
        return False  # "the court found that P, 26, had led X": "that" opens what was found, not a relative clause
    return bool(
        re.match(r"^\s*,\s+(?!which\b|that\b|who\b)", between)
        # a relative clause, or an apposition ("Q, a son of P, was ..."), still open before `a`
        and re.search(r"\b(?:which|who|that|where)\b[^,;]*$|,\s+(?:a|an|the)\s+[^,;]*$", s.before(a, 100))
    )


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


def _other_person_between(s: Sentence, a: Mention, b: Mention) -> bool:
    return any(m.type is P and a.end <= m.start and m.end <= b.start and m.name != a.name for m in s.mentions)


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
    # "In Ituri province, ... the ADF ...", "Based on the islands of A and B, it ...": where the subject group is active
    if places and groups and _IN_LOC_COMMA.match(s.text[: places[0].start - s.start]):
        run = _place_run(s, places)
        subject = groups[0]
        if subject.start > run[-1].end and not re.match(rf"^{_POSS}", s.after(subject, 3)):
            for head in run:
                yield Found(subject, Predicate.OPERATES_IN, head, 0.6)
        elif len(groups) > 1 and re.match(rf"^{_POSS}", s.after(subject, 3)):
            for head in run:
                yield Found(groups[1], Predicate.OPERATES_IN, head, 0.55)
    yield from _bloc(s, groups)
    yield from _roll(s, ms)
    yield from _ties(s, ms)
    # "X, which ... and whose fighters hide in the mountains of Y"; "while waging its own war inside Y"
    for i, p in enumerate(places):
        before = s.text[: p.start - s.start]
        clause = _WHOSE_MEN_IN.search(before) or _OWN_WAR_IN.search(before)
        if clause is None:
            continue
        owner = _clause_owner(s, groups, s.start + clause.start(), own=clause.re is _OWN_WAR_IN)
        if owner is not None:
            for q in _place_run(s, places[i:]):
                yield Found(owner, Predicate.OPERATES_IN, q, 0.6)
    # "... across Mali, Burkina Faso and Niger": where the groups of the clause operate
    for i, p in enumerate(places):
        if re.search(r"\b(?:across|throughout)\s+(?:the\s+)?$", s.before(p, 20)):
            run = _place_run(s, places[i:])
            for g in groups:
                if (
                    g.end <= p.start
                    and not re.match(rf"^{_POSS}", s.after(g, 3))
                    and not _MODIFIER_AFTER.match(s.after(g, 20))
                ):
                    for q in run:
                        yield Found(g, Predicate.OPERATES_IN, q, 0.6)
            break


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
_TIE_NOUN = r"(?:\s+(?:[\w-]+\s+)?(?:group|faction|militia|network|movement|organi[sz]ation|outfit|militants|insurgents))?"


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
        predicate = _TIED_TO.get(t.group("tie"), Predicate.AFFILIATE_OF)
        # "the IS-linked (rebel group) ADF"
        described = next((m for m in ms if m.type is G and m.start >= end), None)
        if described is not None and re.match(
            rf"^{_TIE_NOUN}\s*,?\s+(?:the\s+)?$", s.text[t.end() : described.start - s.start]
        ):
            yield Found(described, predicate, tied, 0.65)
            continue
        # "Katiba Macina, an al-Qaeda-affiliated group"
        head = next((m for m in reversed(ms) if m.type is G and m.end <= at), None)
        if (
            head is not None
            and re.match(rf"^{_TIE_NOUN}\b", s.text[t.end() :])
            and re.match(
                r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$",
                s.text[head.end - s.start : t.start()],
            )
        ):
            yield Found(head, predicate, tied, 0.65)


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


def _clause_owner(s: Sentence, groups: list[Mention], at: int, own: bool) -> Mention | None:
    """The group a "whose ..." or "its own ..." clause at offset `at` is about.

    "its own war" is the subject's (the first group named, not as a possessive); "whose fighters"
    belong to the nearest group before it that is a noun of its own, not a modifier ("a former
    al-Shabaab preacher who defected ... and whose fighters": not al-Shabaab's).
    """
    before = [g for g in groups if g.end <= at]
    if own:
        plain = [g for g in before if not re.match(rf"^{_POSS}", s.after(g, 3))]
        return plain[0] if plain else None
    nouns = [
        g
        for g in before
        if re.match(r"^\s*(?:[,;()]|$|\s+(?:which|that|who|and|has|have|had|is|was)\b)", s.after(g, 12))
    ]
    return nouns[-1] if nouns else None


def _place_run(s: Sentence, places: list[Mention]) -> list[Mention]:
    """The first place and those listed right after it: "Mali, Burkina Faso and Niger"."""
    run = places[:1]
    for q in places[1:]:
        if not re.match(r"^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$", s.between(run[-1], q)):
            break
        run.append(q)
    return run


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

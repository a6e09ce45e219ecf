"""Read casualty figures (killed, wounded) out of a sentence.

The figure stated is kept: "at least 143" gives 143, "nearly 100" gives 100,
"more than 100" gives 100. Numbers in words are read too ("Twenty-nine",
"twelve", "a dozen"). Only victims count: attackers killed ("along with all
five gunmen", "29 of the militants") are left out, and where a sentence lists
victims in parts ("four U.S. soldiers and four Nigerien soldiers", "a priest
and five worshippers", "six aid workers, together with their guide and
driver") the parts are summed; one victim named by a singular noun ("shot
dead a policewoman") counts one. Vague amounts ("dozens", "scores") give no
number, nor does "no casualties were reported". A count the attackers boast of
("the group claimed to have killed 50") is read only where no other is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from text_to_num import alpha2digit

_QUAL = (
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|roughly|approximately|"
    r"an\s+estimated|as\s+many\s+as|at\s+most|fewer\s+than|less\s+than|close\s+to|well\s+over)\s+)?"
)
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)"
_MONTH_NAME = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
# Words that may stand between a number and its noun: "4 U.S. soldiers", "40 paramilitary police".
# ("5 Border Security Force (BSF) jawans": a body's name with its acronym after it)
_MODS = r"(?:(?:[A-Z][\w.'-]*|[a-z][\w-]*)\s+){0,3}?(?:(?<=[A-Za-z]\s)\((?-i:[A-Z]{2,8})\)\s+)?"
VICTIMS = (
    r"people|persons|person|civilians|civilian|soldiers|soldier|troops|servicemen|service\s+members|police|"
    r"policemen|policewomen|officers|officer|personnel|guards|worshippers|pilgrims|students|children|women|men|"
    r"villagers|residents|passengers|tourists|workers|employees|hostages|victims|members|staff|journalists|"
    r"cartoonists|shoppers|spectators|fans|concertgoers|guests|customers|patients|recruits|cadets|nationals|"
    r"citizens|Christians|Muslims|Shiites|Sunnis|Jews|farmers|herders|fishermen|miners|teachers|doctors|nurses|"
    r"aid\s+workers|peacekeepers|gendarmes|paramilitaries|militiamen|auxiliaries|volunteers|vigilantes|militia\s+members|preachers|priests|clerics|imams|monks|"
    r"worshipers|diplomats|contractors|mercenaries|engineers|guides|drivers|(?-i:[A-Z][a-z]+(?:ans|ians|ens|ese|is|ers))|"
    r"crew\s+members?|crewmen|sailors?|seafarers?|seamen|mariners?|"
    r"porters|labou?rers|vendors|traders|carers|mourners|parishioners|churchgoers|congregants|instructors|advisers|advisors|trainers|"
    r"rangers|wardens|watchmen|officials|chiefs|elders|delegates|visitors|commuters|bystanders|"
    # (security forces' men in the words of South Asian and other reports: "three CoBRA commandos", "jawans")
    r"commandos|jawans|constables|conscripts|marines|airmen|reservists|"
    # ("two riflemen were wounded"; "four brave sons of soil embraced shahadat": soldiers in an army's own words)
    r"riflemen|sons\s+of\s+(?:the\s+)?soil|"
    # ("two patrolmen were killed", "three state troopers were wounded", "four sentries were shot dead")
    r"patrolmen|troopers|sentries|bodyguards|watchmen|"
    # ("killing four soldiers and two Guardsmen": members of a national guard)
    r"guardsmen|"
    # ("two other agents were wounded": police and security agents, in Latin American and African reports)
    r"agents|passers-?by|hikers|trekkers|backpackers|climbers|campers|"
    # ("four foreign cyclists were killed when a car rammed them"; "beheaded two woodcutters")
    r"cyclists|motorists|truckers|pupils|schoolchildren|schoolboys|schoolgirls|boys|girls|infants|babies|teenagers|"
    r"families|relatives|woodcutters|loggers|herdsmen|shepherds|hunters|nomads|refugees|migrants|prisoners|inmates|"
    r"detainees|lawmakers|politicians|candidates|councillors|judges|lawyers|prosecutors|businessmen|merchants|"
    r"shopkeepers|pilots|firefighters|rescuers|paramedics|medics|protesters|demonstrators|activists|voters|"
    r"musicians|footballers|players|athletes|"
    r"others|dead|lives"
)
ATTACKERS = (
    r"militants?|gunmen|gunman|attackers?|assailants?|insurgents?|jihadists?|terrorists?|fighters?|bombers?|"
    r"hostage-takers|kidnappers|rebels?|perpetrators|suspects|extremists|jihadis|Islamists"
)
_KILL_VERB = (
    r"(?:killing|killed|kill|kills|massacring|massacred|slaughtering|slaughtered|murdering|murdered|"
    r"leaving|left|claiming\s+the\s+lives\s+of|claimed\s+the\s+lives\s+of|shot\s+dead|shooting\s+dead|"
    r"executing|executed|beheading|beheaded|hacked\s+to\s+death|hacking\s+to\s+death|martyring|martyred|"
    # ("hacked and shot to death at least nineteen farmers", "shot to death four traders")
    r"(?:hacked|shot|stabbed|beaten|clubbed)\s+(?:(?:and|or)\s+(?:hacked|shot|stabbed|beaten|clubbed)\s+)?to\s+death|"
    # "behind the killing of three park rangers and a farmer"
    # ("the killing last Thursday of six labourers": the day told between the noun and its victims)
    r"(?:killings?|murders?|deaths|massacre|slaughter)(?:\s+(?:(?:last|on|early\s+on|late\s+on)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening))?|"
    r"\s+(?:yesterday|overnight|last\s+week))?\s+of)"
)
# (a headline's present tense too: "Kabul blast kills 13, injures 40"; not "died of his wounds")
_WOUND_VERB = (
    r"(?:wounding|wounded|injuring|injured|injures|(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bof\s)wounds|"
    r"hurting|hurt|maiming|maimed)"
)
# "four soldiers embraced martyrdom", "two more succumbed to their injuries": deaths in officials' words.
_DEATH_STATE = (
    r"(?:killed|dead|died|slain|murdered|massacred|perished|martyred|lost\s+their\s+lives|executed|shot\s+dead|"
    r"embraced\s+(?:martyrdom|shahadat|shahadah)|succumbed\s+to\s+(?:their|his|her)\s+(?:injuries|wounds)|"
    # "two of our soldiers fell as martyrs of duty", "attained the rank of martyrdom"
    r"fell\s+(?:as\s+)?martyrs?|attained\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:rank\s+of\s+)?martyrdom|"
    # "Seven villagers were hacked or shot to death"
    r"(?:hacked|shot|stabbed|beaten|burned|burnt|clubbed)(?:\s+(?:or|and)\s+(?:hacked|shot|stabbed|beaten|burned|burnt|"
    r"clubbed))?\s+to\s+death)"
)
_WOUND_STATE = r"(?:wounded|injured|hurt|maimed|hospitali[sz]ed|(?:sustained|suffered)\s+(?:[\w-]+\s+)?(?:injuries|wounds))"
_BE = r"(?:(?:were|was|have\s+been|had\s+been|are|is|being|got)\s+)?(?:(?:reportedly|also|all|later)\s+)?"

# verb-first: "killing at least 143 people", "wounding more than 100 others"
# "which killed six, was claimed": the count may close the clause.
# (not "the massacre of 3 October", "the killings of 2019": a day or a year, no count)
_KILLED_AFTER = re.compile(
    rf"\b{_KILL_VERB}\s+{_QUAL}(?!(?:19|20)\d\d\b(?!\s+(?:{VICTIMS})\b)){_NUM}(?!\s+{_MONTH_NAME}\b)"
    rf"(?:\s+|(?=[,.;]|$))(?P<rest>[^;:]{{0,300}})",
    re.I,
)
_WOUNDED_AFTER = re.compile(rf"\b{_WOUND_VERB}\s+{_QUAL}{_NUM}\b(?P<rest>[^;:]{{0,300}})", re.I)
# number-first: "Twenty-nine people were killed", "40 paramilitary police died", "30 people dead"; the words
# between a count and its verb hold no other count ("21 people dead and 117 wounded").
# "149 people, most of them children, were killed": an aside between the count and its verb.
# "42 people, 37 of them students, were killed": a subset of the count, not more victims.
_SUBSET = rf"{_QUAL}\d[\d,]*\s+of\s+(?:them|whom)\b"
# "12 people, including 5 children, were killed": the children are among the 12, not more.
_INCLUDING = (
    rf"\s*(?:including|among\s+them|among\s+whom)\s+(?:{_QUAL}\d[\d,]*\s+[^,;\d]{{1,40}}|"
    # ("three civilians, including a 12-year-old girl, were wounded")
    # ("five others, among them a second guard, were hurt": an ordinal, in digits once numbers are normalised)
    r"(?:a|an|one|the)\s+(?:\d{1,2}-year-old\s+|\d{1,2}(?:st|nd|rd|th)\s+)?[^,;\d]{1,40})"
    # "including 10 soldiers of the army and 2 men of the Frontier Corps": the parts of the count, listed
    # ("among them three soldiers and a member of the regional parliament": the last part a single one)
    r"(?:\band\s+(?:\d[\d,]*|a|an|one)\s+[^,;\d]{1,60})?"
)
# ("Two men, aged 60 and 70, were killed", "Two men, a 31-year-old bartender and a 45-year-old guest, were killed":
# ages in the aside are no count of victims)
# ("four other men, aged between 15 and 32, were wounded", "aged 15 to 32")
_AGES_ASIDE = (
    r"(?:[^,;\d]|\b\d{1,3}-year-olds?\b|(?:(?<=\baged\s)|(?<=\baged\sbetween\s)|(?<=\bages\sof\s))\d{1,3}\b"
    r"(?:\s+(?:and|to|-)\s+\d{1,3}\b)?)"
)
_ASIDE_COMMAS = rf"(?:,(?:{_AGES_ASIDE}{{1,70}}|\s*{_SUBSET}[^,;\d]{{0,40}}|{_INCLUDING}),\s+)?"
# ("Three commandos of India's elite CoBRA jungle-warfare unit were killed": whose they were, between)
# ("Two marines of the U.S. Navy were killed": an abbreviation's full stops in the name)
_KILLED_BEFORE = re.compile(
    rf"(?<![\w,]){_QUAL}{_NUM}\s+(?P<noun>{_MODS}(?:{VICTIMS})\b)"
    rf"(?:\s+of\s+(?:[^,;.\d]|(?<=\b[A-Z])\.){{1,60}}?(?=\s+{_BE}{_DEATH_STATE}\b))?"
    # ("two women hiking near the village of Imlil were murdered": what the victims were doing, between)
    rf"(?:\s+(?-i:[a-z]+ing)\b[^,;.\d]{{1,60}}?(?=\s+(?:were|was|had\s+been|have\s+been)\s+{_DEATH_STATE}\b))?"
    rf"{_ASIDE_COMMAS}\s*(?:(?!\d)\w+\s+){{0,2}}?{_BE}{_DEATH_STATE}\b"
    # (not "Two men shot dead a teacher": the count names the killers of one, not the dead; "were killed a day
    # later" is still a count of the dead)
    r"(?!\s+(?:a|an)\s+(?!(?:day|week|month|year|few|couple|short|hour|fortnight)s?\b)\w)",
    re.I,
)
# "7 dead and dozens injured": the count of the dead is no count of the wounded.
_WOUNDED_BEFORE = re.compile(
    rf"(?<![\w,]){_QUAL}{_NUM}\s+(?P<noun>(?:(?!dead\b|and\b)(?:[A-Z][\w.'-]*|[a-z][\w-]*)\s+){{0,3}}?(?!dead\b|lives\b)(?:{VICTIMS})\b)"
    # ("six security personnel, including two Assam Rifles jawans, were injured": an aside between)
    # ("two guards manning the gate were also wounded": where they were)
    r"(?:\s+(?:guarding|manning|waiting|travelling|traveling|standing|sitting|working|on\s+duty)\b[^,;.\d]{1,40}?"
    rf"(?=\s+{_BE}{_WOUND_STATE}))?"
    rf"{_ASIDE_COMMAS}\s*(?:(?!\d|and\b)\w+\s+){{0,2}}?{_BE}"
    rf"{_WOUND_STATE}(?!\w)",
    re.I,
)
# "The death toll from Monday's suicide bombing at a mosque in Peshawar rose to 100".
_TOLL = re.compile(
    rf"\b(?:death\s+toll|toll(?!\s+of\s+(?:the\s+)?(?:injured|wounded))|number\s+of\s+(?:dead|deaths|people\s+killed|victims))\s+(?:[\w'’-]+\s+){{0,20}}?"
    # ("... as toll reaches 12", "toll hits 40": a headline's present tense)
    # ("put the final toll at three people injured": a toll of the hurt alone)
    rf"(?:to|of|at|is|was|reached|reaches|hit|hits|stands\s+at)\s+{_QUAL}{_NUM}\b(?!\s*(?:%|per\s*cent|percent|"
    r"(?:(?!(?:dead|killed|and|or|deaths)\b)[\w-]+\s+){0,2}?(?:injured|wounded|hurt))\b)",
    re.I,
)
# "14 bodies were recovered", "rescuers pulled out the bodies of 14 villagers", "the bombing claimed 17 lives".
_BODIES = re.compile(
    rf"(?<![\w,]){_QUAL}{_NUM}\s+(?:more\s+)?bodies\s+(?:(?:have|had)\s+)?(?:were\s+|been\s+)?"
    r"(?:recovered|found|pulled|retrieved|discovered|taken|brought|counted)\b",
    re.I,
)
_BODIES_OF = re.compile(
    rf"\b(?:recovered|found|retrieved|discovered|pulled\s+out|counted)\s+(?:the\s+)?bodies\s+of\s+{_QUAL}{_NUM}\s+"
    rf"(?P<noun>{_MODS}(?:{VICTIMS}|{ATTACKERS})\b)",
    re.I,
)
# "Two policemen were among the 17 killed": the whole count the part is among.
_AMONG_THE = re.compile(
    rf"\bamong\s+(?:the\s+){_QUAL}{_NUM}\s+(?:(?:people|persons|victims)\s+)?(?:killed|dead|who\s+(?:died|were\s+killed))\b",
    re.I,
)
# "at least 50 soldiers and members of the VDP (...), the auxiliary force raised by the junta, were killed": a
# count and uncounted others, with an aside, before the state (the count is what the text gives).
_COUNT_AND_OTHERS = re.compile(
    rf"(?<![\w,]){_QUAL}{_NUM}\s+(?P<noun>{_MODS}(?:{VICTIMS}))\s+and\s+(?:(?:other|several|some)\s+)?"
    rf"(?:members|relatives|families|auxiliaries|volunteers|militiamen|officials)\b[^,;.\d]{{0,80}}"
    rf"(?:,[^,;.\d]{{1,100}},)?\s+{_BE}{_DEATH_STATE}\b",
    re.I,
)
# "stabbed three people to death", "shot five villagers dead", "burned seven people alive": the manner
# of killing after the count.
_MANNER_DEATH = re.compile(
    rf"\b(?:stabbed|stabbing|hacked|hacking|beat|beaten|beating|bludgeoned|clubbed|stoned|burned|burnt|"
    rf"burning|shot|shooting|strangled|tortured|lynched)\s+{_QUAL}{_NUM}\s+(?P<noun>(?:[\w-]+\s+){{0,2}}?(?:{VICTIMS}))"
    rf"\s+(?:to\s+death|dead|alive)\b",
    re.I,
)
_LIVES = re.compile(rf"\bclaim(?:ed|ing|s)?\s+{_QUAL}{_NUM}\s+(?:\w+\s+)?lives\b", re.I)
# "12 killed, 20 wounded": a bare count before the state, as in headlines.
_N_KILLED_BARE = re.compile(
    rf"(?<![\w,])(?<!\bin\s)(?<!\bsince\s){_QUAL}(?!(?:19|20)\d\d\b){_NUM}\s+(?:killed|dead)\s*(?=[,;]|\s+and\b|\s+in\b)",
    re.I,
)
# One victim named by a singular noun: "shot dead a municipal policewoman", "killing the journalist X".
ONE_VICTIM = (
    r"person|civilian|soldier|serviceman|policeman|policewoman|police\s+officer|officer|guard|journalist|"
    r"reporter|photographer|man|woman|child|boy|girl|teacher|schoolteacher|schoolgirl|schoolboy|colleague|"
    # ("murdered the film-maker Theo van Gogh", "hacked to death a secular blogger": writers and artists, the targets
    # of a killing for what they said)
    r"film-?maker|blogger|writer|author|publisher|cartoonist|poet|novelist|artist|singer|comedian|"
    r"priest|imam|pastor|worker|tourist|student|"
    r"farmer|driver|guide|resident|villager|passenger|judge|official|politician|lawmaker|diplomat|"
    r"contractor|engineer|doctor|nurse|cleric|governor|minister|mayor|hostage|shopkeeper|trader|"
    r"businessman|bodyguard|gendarme|peacekeeper|worshipper|pilgrim|interpreter|translator|"
    r"porter|labou?rer|vendor|conductor|reservist|neighbou?r|bystander|passer-?by|customer|patient|"
    # "shot dead a former village head", "a tribal elder", "a crew member"
    r"village\s+(?:head|chief|elder)|headman|tribal\s+elder|councill?or|activist|lawyer|sailor|seafarer|"
    # "shot dead a district commissioner", "a police chief", "a local administrator"
    r"crew\s+member|crewman|seaman|deckhand|teenager|militiaman|commissioner|administrator|"
    r"(?:police|district|local|tribal|village)\s+chief|headmaster|"
    r"prosecutor|magistrate|senator|legislator|candidate|chairman|"
    # "shot dead community leader Aurelio Quintero", "a local chief"
    r"(?:community|religious|traditional|opposition|youth|party|local|social)\s+leader|chief|elder|ranger|agent|"
    # ("killing two rangers and a local tracker": wildlife staff)
    r"tracker|warden|game\s+scout|"
    # "a military police sergeant was killed outside a base"
    r"sergeant|corporal|lieutenant|captain|inspector|constable|firefighter|fireman|caretaker|paramedic|"
    # ("killing four officers and a night watchman")
    r"watchman|sentry|patrolman|trooper|rifleman|"
    # ("five soldiers and a Russian instructor were killed": foreign trainers with an army)
    r"instructor|adviser|advisor|trainer|"
    # ("three guards and a shepherd killed", "a fisherman was wounded": people at work in the countryside)
    r"shepherd|herder|herdsman|fisherman|hunter|woodcutter|"
    # ("injuring an employee", "a hotel receptionist was hurt": staff at work where the attack struck)
    r"employee|clerk|staff\s+member|staffer|receptionist|cashier|waiter|waitress|cook|janitor|cleaner"
)
_ONE_KILLED = re.compile(
    # ("the killing of a community leader and his two sons")
    r"\b(?:killing|killed|murdering|murdered|(?:killing|murder)\s+of|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|"
    r"stabbed\s+to\s+death|hacked\s+to\s+death|hacking\s+to\s+death|beheaded|beheading|executed|executing|assassinated|assassinating)\s+"
    # ("shot dead community leader Aurelio Quintero": a title and a name, without an article)
    # ("shot dead a senior commander of the movement": a commander named by whose he was, not "a militant commander")
    rf"(?:(?:a|an|one|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{ONE_VICTIM})\b|(?:a|the)\s+(?:senior\s+|local\s+)?commander(?=\s+of\b)|"
    rf"(?:[a-z][\w-]+\s+)?(?:{ONE_VICTIM})"
    r"(?=\s+(?-i:[A-Z][\w'’-]+\s+[A-Z])))"
    rf"(?!-)(?!\s+(?:of\s+)?(?:the\s+)?(?:{ATTACKERS})\b)",
    re.I,
)
# "stabbed a 14-year-old boy to death", "beat a shopkeeper to death": one victim, the manner of killing round it.
_MANNER_ONE = re.compile(
    r"\b(?:stabbed|stabbing|hacked|hacking|beat|beaten|beating|bludgeoned|clubbed|stoned|strangled|kicked|burned|burnt)\s+"
    rf"(?:a|an|one)\s+(?:\d+-year-old\s+)?(?:[\w-]+\s+){{0,2}}?(?:{ONE_VICTIM})\s+to\s+death\b",
    re.I,
)
# "An elderly woman who had been badly hurt in the bombing died in hospital": one of the wounded, who died.
_ONE_HURT_DIED = re.compile(
    rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{ONE_VICTIM})\s*,?\s+(?:who\s+(?:had\s+been|was)\s+)?"
    r"(?:(?:critically|seriously|badly|gravely|severely|fatally)\s+)?(?:hurt|wounded|injured)\b[^,;.]{0,60}?\s+"
    r"(?:later\s+|subsequently\s+|has\s+|had\s+)?(?:died|succumbed)\b",
    re.I,
)
# "died of his wounds", "succumbed to her injuries": a death the attack caused.
_DIED_OF_WOUNDS = (
    r"(?:later\s+|subsequently\s+|also\s+)?(?:died\s+(?:of|from)|succumbed\s+to)\s+(?:his|her)\s+"
    r"(?:wounds|injuries)\b"
)
# "a teacher was stabbed to death at a school": one victim, told in the passive.
_ONE_DIED = re.compile(
    # ("a Central Reserve Police Force (CRPF) constable was killed": a force's name before the rank)
    rf"\b(?:a|an|one|1)\s+(?:(?!(?:no|not|never)\b)[\w-]+\s+){{0,2}}?(?:(?-i:[A-Z][\w-]*\s+){{2,5}}"
    r"(?:\((?-i:[A-Z][\w-]{1,9})\)\s+)?)?"
    rf"(?:{ONE_VICTIM})(?:\s+|(?=,))"
    # ("One Iraqi soldier assigned to the base's perimeter security was killed")
    r"(?:(?:assigned|posted|stationed|deployed|guarding|manning|working|serving|on\s+duty)\b[^,;.]{0,50}?\s+)?"
    # ("A driver was also killed": one more victim, told after the count)
    r"(?:(?:was\s+)(?:also\s+)?(?:killed|shot\s+dead|"
    # ("a police officer was fatally stabbed and five other people were wounded")
    r"fatally\s+(?:shot|stabbed|wounded|injured)|"
    r"stabbed\s+to\s+death|hacked\s+to\s+death|hacking\s+to\s+death|beheaded|murdered|gunned\s+down|assassinated)\b|"
    # ("a policeman later died of his wounds": not "a policeman died of a heart attack")
    rf"{_DIED_OF_WOUNDS}|"
    # ("a 24-year-old man, Omar Haddad, was shot in the chest and died on the way to hospital")
    r"(?:,(?:\s+(?-i:[A-Z])[\w'’.-]+){1,4},\s+)?was\s+(?:shot|stabbed|hit|struck)(?:\s+(?:several|many)\s+times)?"
    r"(?:\s+(?:in|through)\s+the\s+(?:chest|head|neck|face|heart|back))?\s+and\s+(?:later\s+)?died\b)",
    re.I,
)
# "Sub-officer Néstor Ayala, 31, was killed": one victim, named with his age.
# ("Liam Carson, a 41-year-old taxi driver, was shot dead": his age told in an apposition)
_NAMED_ONE_DIED = re.compile(
    r"(?-i:[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+),\s+(?:(?:aged\s+)?\d{1,2}|(?:a|an)\s+\d{1,2}-year-old\s+[^,;()]{1,40}),\s+"
    r"(?:(?:was\s+)(?:killed|shot\s+dead|stabbed\s+to\s+death|"
    # ("Sergeant Ali Hassan, 31, died of his wounds the next day")
    rf"beheaded|murdered|gunned\s+down|assassinated)\b|{_DIED_OF_WOUNDS})",
    re.I,
)
# "gunmen shot dead Rahim Gul, a 40-year-old shopkeeper, in the bazaar": one victim, named, then told who he was.
# ("opened fire, killing Omer Celik, a 40-year-old baker, and ...": the one victim named, then who he was)
# ("a bomb killed Brigadier Nasser al-Hadi, a brigade commander, and three of his guards": a name with "al-", and a
# commander of a state's forces, the victim)
_NAMED_ONE_KILLED = re.compile(
    r"\b(?:shot\s+dead|gunned\s+down|stabbed\s+to\s+death|beheaded|murdered|assassinated|hacked\s+to\s+death|"
    r"killing|killed)\s+"
    r"(?-i:[A-Z][\w'’-]+(?:\s+(?:[A-Z]|al-|el-|bin\s|ibn\s)[\w'’-]+){1,3})\s*,\s+(?:(?:a|an)\s+(?:\d{1,3}-year-old|"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{ONE_VICTIM}|(?:brigade|battalion|regiment|police|army|district|regional)\s+commander))\b"
    r"|(?:aged\s+)?\d{1,2}\s*,)"
)
# "a man posing as a visitor detonated a suicide belt at his guesthouse, killing him and wounding three guards": the one
# victim told before, named again by a pronoun (not "killing himself")
_PRONOUN_KILLED = re.compile(
    r"\b(?:killing|killed|shot\s+dead|shooting\s+dead|stabbing\s+to\s+death|stabbed\s+to\s+death)\s+(?:him|her)\b"
    r"(?!self)(?!\s+(?:and|along\s+with)\s+(?:\d|several|many|dozens))",
    re.I,
)
# "Police shot the gunman in the chest, killing him": the attacker, killed by the forces that answered him.
_FORCES_FIRED_BEFORE = re.compile(
    r"\b(?:police|policemen|troops|soldiers|security\s+forces|officers|commandos|guards|gendarmes)\s+(?:\w+\s+){0,3}?"
    r"(?:shot|fired|opened\s+fire|returned\s+fire|killed|neutrali[sz]ed|stormed)\b[^.;]*$",
    re.I,
)
# "stabbed a police officer who later died of his wounds": one victim, who died of the attack.
_ONE_WHO_DIED = re.compile(
    r"\b(?:stabbed|shot|attacked|wounded|injured|knifed|hit|struck)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{ONE_VICTIM})\s*,?\s+(?:who|which)\s+(?:later\s+|subsequently\s+|then\s+|eventually\s+)?died\b",
    re.I,
)
# "... and a guard of the Asayish, the force that secures the camp, was wounded": the part has a verb of its own
_OWN_VERB = re.compile(
    r"[^;.]{0,90}?\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:wounded|injured|hurt|"
    r"killed|shot|abducted|kidnapped|taken)\b"
)
# "the kidnapping and murder of Ronald Ojeda": one victim, named.
# ("the assassination of the French national Hervé Gourdel": who he was, before his name)
_NAMED_MURDER = re.compile(
    r"\b(?:murder|assassination|killing)\s+of\s+"
    rf"(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:national|citizen|{ONE_VICTIM})\s+)?"
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)(?!\s+and\b)(?![\w'’-])"
)
# "wounding a civilian": one victim wounded, named by a singular noun; "a firefighter was slightly injured".
_ONE_WOUNDED = re.compile(
    r"\b(?:wounding|wounded|injuring|injured)\s+"
    rf"(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{ONE_VICTIM})\b(?!-)(?!\s+(?:of\s+)?(?:the\s+)?(?:{ATTACKERS})\b)|"
    # ("A 60-year-old farmer, caught in the crossfire, was also wounded"; "a nurse of the district clinic was hurt":
    # whose the victim was, not "a fighter of the gang")
    # ("and one caretaker was wounded", "one" as numbers are normalised; not "no one was hurt")
    rf"(?:\b(?:a|an|one)|(?<![\w,])(?<!\bno\s)1)\s+(?:(?!(?:no|not|never)\b)[\w-]+\s+){{0,2}}?(?:{ONE_VICTIM})"
    rf"(?:\s+of\s+(?!(?:the\s+|their\s+)?(?:{ATTACKERS})\b)[^,;.]{{1,60}}?)?(?:\s*,[^,;.]{{1,80}},)?\s+was\s+"
    r"(?:also\s+)?(?:(?:slightly|seriously|badly|lightly|critically|severely)\s+)?(?:wounded|injured|hurt)\b|"
    # ("a caretaker who was asleep upstairs was treated in hospital for burns")
    rf"\b(?:a|an|one)\s+(?:(?!(?:no|not|never)\b)[\w-]+\s+){{0,2}}?(?:{ONE_VICTIM})(?:\s+who\s+[^,;.]{{1,60}}?)?\s+was\s+"
    r"(?:also\s+)?(?:treated\s+in\s+hospital|hospitali[sz]ed|(?:rushed|admitted)\s+to\s+(?:a\s+)?hospital)\b|"
    # ("a 40-year-old man was shot in both legs", "a guard working next door was cut by flying glass": a wound named
    # by where it struck or what struck it)
    rf"\b(?:a|an|one)\s+(?:(?!(?:no|not|never)\b)[\w-]+\s+){{0,2}}?(?:{ONE_VICTIM})"
    r"(?:\s+(?:working|living|sitting|standing|walking|sleeping|passing|waiting|guarding|manning|on\s+duty)\b[^,;.]{0,50}?)?"
    r"\s+was\s+(?:also\s+)?(?:(?:slightly|seriously|badly|lightly|critically|severely)\s+)?"
    r"(?:shot|stabbed)\s+(?:in|through)\s+(?:the|both|his|her|one)\s+(?:[\w-]+\s+)?"
    r"(?:legs?|arms?|knees?|feet|foot|hands?|shoulders?|stomach|back|abdomen|thighs?)\b"
    # (not "a man was shot in the leg by police": a suspect the police stopped)
    r"(?![^,;.]{0,40}\bby\s+(?:the\s+)?(?:police|officers?|troops|soldiers|security\s+forces|guards?)\b)|"
    rf"\b(?:a|an|one)\s+(?:(?!(?:no|not|never)\b)[\w-]+\s+){{0,2}}?(?:{ONE_VICTIM})"
    r"(?:\s+(?:working|living|sitting|standing|walking|sleeping|passing|waiting|guarding|manning|on\s+duty|who)\b[^,;.]{0,50}?)?"
    r"\s+was\s+(?:also\s+)?(?:cut|hit|struck|injured|wounded|hurt)\s+by\s+(?:a\s+|an\s+)?(?:flying\s+)?(?:[\w-]+\s+)?"
    # ("a farmer tending his field nearby was also hit by a stray bullet")
    r"(?:glass|shrapnel|debris|splinters|fragments|bullets?)\b"
    r"(?![^,;.]{0,40}\bby\s+(?:the\s+)?(?:police|officers?|troops|soldiers|security\s+forces|guards?)\b)|"
    # ("Corporal Ali Musa, who was wounded in the exchange, ...", "Carla Neri, a judge, who was shot in the leg"): one
    # victim named, wounded in a relative clause (not "who was shot dead", nor "who was hurt in a 2019 bombing")
    r"(?-i:[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+)(?:\s*,[^,;.]{1,80})?,\s+who\s+was\s+(?:also\s+)?"
    r"(?:(?:slightly|seriously|badly|lightly|critically|severely)\s+)?(?:wounded|injured|hurt|shot\s+(?:in|through)\s+"
    r"(?:the|both|his|her|one)\s+(?:[\w-]+\s+)?(?:legs?|arms?|knees?|feet|foot|hands?|shoulders?|stomach|back|abdomen|"
    r"thighs?|chest|neck|head))\b(?![^,;.]{0,40}\b(?:19|20)\d\d\b)",
    re.I,
)
# "killing one man and wounding another", "a soldier was killed and another injured": a second victim, wounded,
# named by "another" alone or with his noun (not "another 12 were hurt", a count; not "one attacker died and another
# was wounded", the attackers' own).
_ANOTHER_WOUNDED = re.compile(
    rf"\b(?:(?:wounding|injuring|wounded|injured|hurting)\s+another(?:\s+(?:{ONE_VICTIM}))?\b(?!\s*\d)(?!-)|"
    rf"another(?:\s+(?:{ONE_VICTIM}))?\s+(?:was\s+)?(?:also\s+)?"
    r"(?:(?:slightly|seriously|badly|lightly|critically|severely)\s+)?(?:wounded|injured|hurt)\b)",
    re.I,
)
_ATTACKER_BEFORE = re.compile(rf"\b(?:{ATTACKERS}|bomber)\b[^.;]*$", re.I)
# "six aid workers ..., together with their guide and driver": victims named one by one after a count.
# ("shot dead a police officer and his driver", "a commander and one of his bodyguards")
_SINGLE_PARTS = re.compile(
    rf"^\s*,?\s+(?:(?:together|along)\s+with\s+(?:their|his|her|its|a|an|the)|and\s+(?:a|an|one|his|her))\s+"
    # ("and a local tracker", "and a young girl": one plain word for whom)
    r"(?:[A-Z][\w-]*\s+|\d+-year-old\s+|(?:local|young|elderly|retired|off-duty|female|male|senior|junior)\s+)?"
    rf"(?P<nouns>(?:{ONE_VICTIM})(?:\s*(?:,|and)\s+(?:(?:a|an|their|his|her)\s+)?(?:{ONE_VICTIM}))*)\b(?!s)",
    re.I,
)
_ONE_OF_HIS = re.compile(
    rf"^\s*,?\s+and\s+(?:one|1)\s+of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{ONE_VICTIM})s\b(?!\s+{_BE}(?:wounded|injured|hurt))",
    re.I,
)
# "commander Abu Ashraf al-Armoushi and four of his companions were shot dead": a named victim and a count
_NAMED_AND_N_DIED = re.compile(
    rf"(?-i:[A-Z][\w'’.-]+)(?:\s+(?:(?-i:[A-Z])|al-|el-|bin\s|ibn\s)[\w'’.-]+)*\s+and\s+{_QUAL}{_NUM}\s+"
    r"(?:of\s+(?:his|her|their)\s+|other\s+)?(?:companions|comrades|bodyguards|guards|relatives|sons|brothers|"
    r"aides|colleagues|escorts|family\s+members|associates)\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:killed|shot\s+dead|gunned\s+down|murdered|executed|assassinated)\b",
    re.I,
)
# "Head Constable Balwinder Singh and Constable Jagdeep Kumar, who were on night duty, suffered splinter injuries":
# two victims named in full (two capitalised words each at least), then what befell them
_TWO_NAMED = r"(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+)\s+and\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+)(?:\s*,\s*[^,;.]{1,60},)?\s+"
_TWO_NAMED_HURT = re.compile(
    _TWO_NAMED
    + r"(?:(?:suffered|sustained)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)|were\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b)"
)
# "A cook and a waiter who ran to help were wounded", "a constable, Sunil Rao, and a passer-by were also stabbed":
# two victims told one by one, wounded by one verb (not "a soldier was killed and a guard was wounded", two clauses;
# not "were stabbed to death")
_ONE_ASIDE = r"(?:(?!\b(?:and|was|were|is|are|had|has|killed|died|dead)\b)[^.;:]){0,60}?"
_TWO_SINGLES_HURT = re.compile(
    rf"\b(?:a|an)\s+(?:(?!(?:no|not|never)\b)[\w-]+\s+){{0,2}}?(?:{ONE_VICTIM})\b(?!-){_ONE_ASIDE}\s+and\s+"
    rf"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{ONE_VICTIM})\b(?!-){_ONE_ASIDE}\s+were\s+(?:also\s+|both\s+)?"
    r"(?:(?:slightly|seriously|badly|lightly|critically|severely)\s+)?(?:wounded|injured|hurt|stabbed)\b"
    r"(?!\s+to\s+death)",
    re.I,
)
# "killing constables Ravi Teja and Anil Kumar and injuring ...": a plural noun, then the two victims by name
_KILLING_TWO_NAMED = re.compile(
    r"\b(?:killing|killed|murdering|murdered|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down)\s+"
    rf"(?!(?:{ATTACKERS})\b)(?-i:[a-z][\w-]*s)\s+"
    r"(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+)\s+and\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+)(?![\w'’-])"
    r"(?!\s*,\s*(?-i:[A-Z]))"
)
_TWO_NAMED_DIED = re.compile(
    _TWO_NAMED + r"(?:were|had\s+been)\s+(?:killed|shot\s+dead|gunned\s+down|murdered|stabbed\s+to\s+death)\b"
)
# "a senior commander of the Fatah movement and ...": whose the victim was, before the next victim
_OF_WHOSE = re.compile(r"^\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?=and\s)")
_N_DEAD = re.compile(rf"(?<![\w,]){_QUAL}{_NUM}\s+(?:people\s+)?dead\b", re.I)
# "the massacre at Kaya in 2022, when 130 died": a bare count closing the clause of a death.
_N_DIED = re.compile(
    rf"(?<![\w,])(?<!\bin\s){_QUAL}{_NUM}\s+(?:(?:have|had)\s+)?(?:died|perished|were\s+killed|lost\s+their\s+lives)\b",
    re.I,
)
# "a teenager who stabbed five people outside a mosque": the stabbed, where none is said to have died
_STABBED_N = re.compile(
    rf"\b(?:stabbed|knifed|slashed)\s+{_QUAL}{_NUM}\s+(?:{VICTIMS})\b(?!\s+(?:to\s+death|dead)\b)",
    re.I,
)
# "shot dead two people ... and wounded a third": one more wounded, counted by an ordinal
_WOUNDED_ORDINAL = re.compile(
    r"\b(?:wounding|wounded|injuring|injured)\s+(?:a|one|1)\s+(?:second|third|fourth|fifth|sixth|[2-6](?:nd|rd|th))\b"
    r"(?!\s+of\b)(?!-)|"
    # "Two men were killed and a third, a taxi driver, was seriously wounded"
    r"\band\s+a\s+(?:second|third|fourth|fifth|[2-5](?:nd|rd|th))(?:\s+(?!was\b)[a-z]+)?(?:\s*,[^,;\d]{1,40},)?\s+"
    r"was\s+(?:also\s+)?(?:(?:slightly|seriously|badly|lightly|critically|severely)\s+)?(?:wounded|injured|hurt)\b",
    re.I,
)
_WITH_WOUNDS = r"(?:with\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries|burns)\s+)?"
# "83 people were still being treated in hospitals in Khar", "14 were hospitalised": the wounded, by their care
# ("25 others were rushed to two city hospitals with burns": taken to hospital, not to its morgue)
_N_TREATED = re.compile(
    # ("7 people with machete wounds were being treated", "11 others were taken with gunshot wounds to hospital")
    rf"(?<![\w,])(?<!\bno\s){_QUAL}{_NUM}\s+(?:other\s+)?(?:(?:people|others|more|victims|survivors)"
    # ("five people, two of them civilians, were being treated": a part of them set apart in commas)
    rf"(?:,\s*{_SUBSET}[^,;.]{{0,40}},)?\s+)?{_WITH_WOUNDS}"
    # ("the health office said 17 people had been treated")
    r"(?:were|are|remain(?:ed)?|(?:had|have|has)(?=\s+been\s+(?:treated|hospitali[sz]ed)\b))\s+"
    r"(?:still\s+)?(?:(?:being\s+|been\s+)?(?:treated|hospitali[sz]ed)\b|in\s+hospitals?\b|"
    rf"(?:taken|rushed|admitted|evacuated|brought|airlifted)\s+{_WITH_WOUNDS}to\s+(?:[\w'’-]+\s+){{0,5}}?hospitals?\b"
    r"(?!\s+morgue))",
    re.I,
)
# "the rescue service revised the number of people it had treated to 22": the wounded, counted again
_N_TREATED_REVISED = re.compile(
    r"\b(?:revis\w*|rais\w*|updat\w*|lower\w*|correct\w*)\s+the\s+(?:number|count|tally)\s+of\s+"
    r"(?:people|patients|those|victims|casualties)\s+(?:(?:it|they)\s+)?(?:had\s+|has\s+|have\s+)?(?:been\s+)?"
    rf"(?:treated|wounded|injured|hurt|hospitali[sz]ed)\s+to\s+{_QUAL}{_NUM}\b",
    re.I,
)
# "Officials first put the number of wounded at 11": the count of the wounded, put by someone
_PUT_WOUNDED_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|gave|gives)\s+the\s+(?:number|count|figure|tally)\s+of\s+(?:the\s+)?"
    rf"(?:wounded|injured|hurt|people\s+(?:wounded|injured|hurt))\s+at\s+{_QUAL}{_NUM}\b",
    re.I,
)
# "the number of wounded was revised to 50", "the number of injured rose to 31": the count of the wounded, revised.
_WOUNDED_NUMBER_ROSE = re.compile(
    r"\bnumber\s+of\s+(?:the\s+)?(?:wounded|injured|hurt|people\s+(?:wounded|injured))\s+"
    r"(?:(?:was|were|has\s+been|had\s+been)\s+(?:revised|raised|updated|put)|rose|has\s+risen|had\s+risen|climbed|"
    rf"increased|jumped)\s+(?:up\s+)?to\s+{_QUAL}{_NUM}\b",
    re.I,
)
# "13 killed, 40 injured in Kabul blast": a headline's bare count of the wounded after that of the dead.
_N_WOUNDED_AFTER_DEAD = re.compile(
    rf"\b\d[\d,]*\s+(?:killed|dead)\s*(?:,|\band\b)\s*(?:and\s+)?{_QUAL}{_NUM}\s+(?:injured|wounded|hurt)\b",
    re.I,
)
_N_WOUNDED_NOUN = re.compile(
    # not "No one was hurt" (read as "No 1 was hurt")
    rf"(?<![\w,])(?<!\bno\s){_QUAL}{_NUM}\s+(?:(?:people|others|more)\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    r"(?:wounded|injured|hurt|(?:sustained|suffered)\s+(?:[\w-]+\s+)?(?:injuries|wounds))\b(?!\s+(?:by|in))"
    # ("after two wounded soldiers died in hospital": the dead, not the wounded)
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:later\s+)?(?:died|succumbed)\b)",
    re.I,
)

# (The words before the noun stop at "and": "3 soldiers and a militant" names soldiers first.)
# ("killed 30 fighters of the rival faction", "40 rival militants": a rival group's men, the victims here)
# ("killed 12 people besides the bombers": the attackers set apart from the victims, not counted as them)
_ATTACKER_NOUN = re.compile(
    rf"^\s*(?:(?!(?:and|or|rival|besides|except|excluding|including|apart|beyond|not)\b)(?:[A-Z][\w.'-]*|[a-z][\w-]*)\s+){{0,3}}?(?:{ATTACKERS})\b"
    r"(?!\s+(?:from|of|belonging\s+to)\s+(?:the\s+|a\s+)?rival\b)",
    re.I,
)
_VICTIM_NOUN = re.compile(rf"^\s*(?P<noun>{_MODS}(?:{VICTIMS})(?:\s+(?:{VICTIMS}))*)\b", re.I)
# "... 4 U.S. soldiers and 4 Nigerien soldiers": a further part of the same list of victims.
_LIST_PART = re.compile(
    rf"^\s*(?:,\s*|\s+and\s+|,\s+and\s+|,?\s+as\s+well\s+as\s+|,?\s+plus\s+|,?\s+together\s+with\s+)"
    # ("a community leader and his two sons")
    rf"(?:(?:his|her|their)\s+)?{_QUAL}{_NUM}(?!\s+of\s+(?:them|whom)\b)\s+(?:of\s+(?:his|her|their)\s+)?(?P<noun>{_MODS}(?:{VICTIMS}|sons|"
    r"daughters|brothers|sisters|wives|relatives|bodyguards|nephews|cousins))\b"
    # "A soldier was killed and six others were wounded": the next count has a state of its own
    rf"(?!\s+{_BE}{_WOUND_STATE})",
    re.I,
)
# "killed three soldiers, a civilian and two police officers": one victim named in the list of counted ones.
_ONE_PART = re.compile(
    # (not "killing three passengers, a county commissioner, Charles Kipng'etich, said": the speaker)
    # ("killing three passengers and the driver": after "and", the one who had that role)
    # ("killing four officers and a police reservist, officials said": after "and" the part is no speaker)
    # ("killing eight soldiers as well as their civilian driver", "seven guards plus a porter")
    rf"^\s*(?:(?P<and>\s+and\s+|,\s+and\s+|,?\s+as\s+well\s+as\s+|,?\s+plus\s+)|,\s*)"
    rf"(?:a|an|one|(?:(?<=and\s)|(?<=\sas\s)|(?<=plus\s))(?:the|their|its))\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{ONE_VICTIM})\b(?![s-])"
    r"(?(and)|(?!\s*,\s+(?-i:[A-Z])))"
    rf"(?=\s*(?:,|and\b|$|[.;]|{_QUAL}\d))",
    re.I,
)
# What may stand between the parts of a list of victims: "of the U.S. Army's 3rd Special Forces Group — names —".
# ("killed 20 hostages, most of them foreigners, and two police officers": who they were, said between)
_ASIDE = re.compile(
    r"^(?:\s+(?:of|from|with|in)\s+[^,;—–]{1,80}?)?(?:\s*[—–]\s*[^—–]{1,200}?\s*[—–])?"
    r"(?:\s*,\s+(?:most|many|some|all|several|half|both|[a-z]+)\s+of\s+(?:them|whom)\s+[^,;\d]{1,40}(?=\s*,))?"
    r"(?=\s*(?:,|and\b|as\s+well|plus\b|together))"
)
# "Two more Americans and eight Nigeriens were wounded", "three police officers and a 12-year-old boy were
# killed": a subject listing victims in parts, counted or one by one.
_AGE = r"(?:\d+-year-old\s+)?"
# "Four soldiers and five militants were killed": a part naming attackers is listed but not counted.
# Each part is an atomic group: once read, a part is not re-split, which keeps the list linear to match.
# ("Six members of the security service and three civilians": whose men they were, after the noun)
# ("six members of the Volunteers for the Defence of the Homeland (VDP)": a body's name, its acronym after it)
_WHOSE = (
    r"(?:\s+of\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:service|forces?|army|police|unit|brigade|battalion|regiment|"
    r"guard|militia|agency|ministry|directorate|gendarmerie|navy|crew)|"
    r"(?-i:[A-Z][\w'’-]*)(?:\s+(?:(?:for|of|the|and)\s+){0,2}(?-i:[A-Z][\w'’-]*)){0,6}(?:\s*\((?-i:[A-Z]{2,8})\))?))?"
)
# (not "revised it to 12 dead and 7 soldiers wounded": "12 dead" is the count of the dead, no part of the wounded)
_COUNTED_PART = (
    rf"(?>{_QUAL}\d+\s+{_MODS}(?!(?:dead|lives)\b)(?:{VICTIMS}|{ATTACKERS})\b(?:\s+(?:{VICTIMS})\b)*{_WHOSE})"
)
# ("a foreign engineer, his local driver and a guard were killed": a victim named by whose he was)
_SINGLE_PART = rf"(?>(?:a|an|one|1|his|her|their)\s+{_AGE}(?:[\w.-]+\s+)??(?:{ONE_VICTIM})\b)"
_PART = re.compile(
    rf"{_QUAL}(?P<num>\d+)\s+(?P<noun>{_MODS}(?:{VICTIMS}|{ATTACKERS})\b)|{_SINGLE_PART}", re.I
)
# "killing 12 people, including three attackers": the attackers counted among the dead are taken out.
# "killing 20 people, including 3 of the assailants", "20 were killed, three of them attackers",
# "the 20 dead included three gunmen"
_AMONG_ATTACKERS = re.compile(
    rf"^[^.;]{{0,40}}?\b(?:(?:including|included|among\s+them|among\s+whom)\s+(?:(?:the\s+|all\s+)?(?P<num>\d+)\s+"
    rf"(?:of\s+(?:the|them)\s+)?(?:[\w-]+\s+)?(?:{ATTACKERS})\b|(?:the|a|an|one)\s+(?:suicide\s+)?(?:bomber|attacker|"
    rf"gunman|assailant)\b(?!s))|(?P<num2>\d+)\s+of\s+(?:them|whom)\s+(?:were\s+)?(?:[\w-]+\s+)?(?:{ATTACKERS})\b)",
    re.I,
)
# ("a nurse from Hama and a driver from Homs were killed": each victim with the town they came from)
_FROM_TOWN = r"(?:\s+from\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?:an|am|der|de|del|la|le|al|el|upon|on)\s+)*(?-i:[A-Z][\w'’.-]*)){0,3})?"
_SINGLE_FROM = rf"(?>(?:a|an|one|1|his|her|their)\s+{_AGE}(?:[\w.-]+\s+)??(?:{ONE_VICTIM})\b{_FROM_TOWN})"
_PARTS_BEFORE = re.compile(
    rf"(?<![\w,])(?P<first>{_COUNTED_PART}|{_SINGLE_FROM})"
    # ("Nine soldiers, who had fought gallantly, and two policemen were killed": what the first did, between)
    r"(?:,\s+(?:who|having)\b[^,;.\d]{1,60}(?=,))?"
    # ("eight soldiers plus a driver were killed")
    rf"(?P<more>(?:\s*(?:,|and|,\s*and|,?\s+plus)\s*(?:{_COUNTED_PART}|{_SINGLE_FROM}))+)"
    # ("three civilians waiting in a minibus queue were killed": where the last of them were)
    r"(?:\s+(?:waiting|queuing|queueing|travelling|traveling|praying|standing|sitting|working|riding|shopping|"
    r"gathered|inside|aboard|on\s+board)\b[^,;.\d]{1,40}?)?"
    # ("six soldiers and two civilians of a nearby house were injured": whose or where from)
    r"(?:\s+(?:of|from)\s+(?:a|an|the)\s+[^,;.\d]{1,40}?(?=\s+(?:were|was|had|have)\b))?"
    rf"\s+{_BE}(?P<state>{_DEATH_STATE}|{_WOUND_STATE})\b",
    re.I,
)


# "The dead included five soldiers and three civilians": the victims listed in parts after the dead.
_DEAD_INCLUDED = re.compile(
    rf"\b(?:the\s+dead|those\s+killed|the\s+people\s+killed|the\s+fatalities)\s+(?:included|were)\s+"
    rf"(?P<parts>(?:{_COUNTED_PART}|{_SINGLE_PART})(?:\s*(?:,|and|,\s*and)\s*(?:{_COUNTED_PART}|{_SINGLE_PART}))*)",
    re.I,
)


# "the group claimed to have killed 50 soldiers", "it said it had killed 50": the attackers' own count.
_BOAST = re.compile(
    r"\b(?:claim(?:ed|s|ing)?\s+to\s+have|(?:said|saying)\s+(?:that\s+)?(?:it|they)\s+(?:had|have)|boasted\s+of|"
    # "the movement said its fighters had killed 30", "saying its 'lions' had killed 12": the group's own men
    r"(?:said|saying|claimed|claiming)\s+(?:that\s+)?its\s+(?:fighters|militants|mujahideen|men|gunmen|members|"
    r"\"[^\"]{1,40}\"|'[^']{1,40}')\s+(?:had|have)|"
    r"boasted\s+(?:that\s+)?(?:it|they)\s+(?:had|have)|"
    # "the statement said "the mujahideen" had killed "more than 30"": the fighters' own word for themselves, quoted
    r"(?:said|saying|claimed|claiming)\s+(?:that\s+)?(?:the\s+)?[\"“](?:the\s+)?(?:mujahideen|mujahidin|lions|"
    r"soldiers\s+of\s+the\s+caliphate|knights|martyrdom\s+seekers|fighters)[\"”]\s+(?:had|have)|"
    # ("saying in a statement carried by its news agency that fighters of its Sahel Province had killed 30",
    # "said on Telegram that its West Africa Province had killed 12"): the group's own men, after words between
    r"(?:said|saying|claimed|claiming)\s[^.;]{0,100}?\bthat\s+(?:(?:its|their)\s+(?:[\w'’-]+\s+){0,3}?|"
    r"(?:fighters|militants|mujahideen|men|members|soldiers)\s+of\s+(?:its|their)\s+(?:[\w'’-]+\s+){0,3}?)(?:had|have))"
    r"\s+$",
    re.I,
)


def _parts_total(text: str) -> int:
    """The victims a list of parts names: "3 soldiers and a boy" -> 4."""
    return sum(
        (int(p.group("num")) if p.group("num") else 1)
        for p in _PART.finditer(text)
        if not (p.group("noun") and _ATTACKER_NOUN.match(p.group("noun")))
    )


# "militants attacked a checkpoint, killing four SDF fighters", "a car bomb killed two YPG fighters": fighters named
# by their side (a capitalised name or acronym before the noun) whom an attack killed are its victims; not "troops
# repelled the raid, killing 20 Shabaab fighters", where a force killed the attackers, nor "gunmen killed 12 IS
# fighters", no attack told.
_SIDE_FIGHTERS = re.compile(
    r"^\s*(?P<side>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?)\s+fighters\b", re.I
)
_ATTACK_BEFORE = re.compile(
    r"\b(?:attack(?:ed|s)?|ambush(?:ed)?|raid(?:ed)?|storm(?:ed)?|overr[au]n|(?:car|truck|motorcycle|roadside|suicide)\s+"
    r"bomb(?:er|ing)?|bombing|blast|explosion|IED)\b",
    re.I,
)
_FORCE_BEFORE = re.compile(
    r"\b(?:troops|soldiers|army|armed\s+forces|security\s+forces|police|military|(?:air|drone)\s*strikes?|jets|"
    r"warplanes|helicopters?|operation|counter-?attack\w*|repell?(?:ed|ing)?|repuls\w+|retaliat\w+)\b",
    re.I,
)


def _side_fighters_killed(before: str, rest: str) -> bool:
    """Whether "killing N X fighters" counts the victims of an attack, told before the verb, on X's men."""
    side = _SIDE_FIGHTERS.match(rest)
    if side is None or not _ATTACK_BEFORE.search(before) or _FORCE_BEFORE.search(before):
        return False
    # (not "IS fighters stormed the town, ... killing 12 IS fighters": the attackers' own dead)
    return re.search(rf"\b{re.escape(side.group('side'))}\s+(?:militants|fighters|gunmen)\b", before) is None


@dataclass(frozen=True, slots=True)
class Casualties:
    """Victims killed and wounded that one sentence states; None where it states none."""

    killed: int | None = None
    wounded: int | None = None
    # the count of the dead is only the attackers' boast ("the group said it had killed 50")
    boasted: bool = field(default=False, compare=False)


_UNCOUNTED = re.compile(
    r"(\b(?:hundreds|thousands|millions|tens|scores)\b|\b(?:several|a\s+few|some|many)\s+(?:hundred|thousand)\b)",
    re.I,
)
_DOZEN = re.compile(r"\b(?P<n>a|one|two|three|four)\s+dozen\b(?!s)", re.I)


# Cached: an attack's sentences are read again and again (its count, its toll, the one before it), and
# text2num is slow; the answer depends on the text alone.
@lru_cache(maxsize=4096)
def normalise_numbers(text: str) -> str:
    """Spell numbers as digits ("Twenty-nine" -> "29", "a dozen" -> "12") so one set of patterns reads both."""
    dozens = _DOZEN.sub(
        lambda m: str(12 * {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}[m.group("n").lower()]), text
    )
    # text2num reads "hundreds" as 100 and "tens of thousands" as "10 of 1000": an uncounted many is no count.
    parts = _UNCOUNTED.split(dozens)
    digits = "".join(part if i % 2 else alpha2digit(part, "en", threshold=0) for i, part in enumerate(parts))
    # ('killed "about twenty" soldiers': a figure quoted from a claim is still the figure)
    # ("two (02) of our soldiers": an official statement's figure, written again in digits)
    return _REPEATED_FIGURE.sub(r"\1", _QUOTED_FIGURE.sub(r"\1", digits))


_QUOTED_FIGURE = re.compile(r"[\"“]\s*((?:[a-z]+\s+){0,2}\d[\d,]*)\s*[\"”]")
_REPEATED_FIGURE = re.compile(r"\b(\d+)\s+\(0*\1\)")


def _to_int(num: str) -> int | None:
    value = int(num.replace(",", ""))
    # Years and absurd figures are not casualty counts.
    return value if value < 100_000 else None


def _victim_total(num: str, rest: str) -> int | None:
    """The number after a kill verb, plus any further list parts of victims; None for attackers."""
    if _ATTACKER_NOUN.match(rest):
        return None
    total = _to_int(num)
    if total is None:
        return None
    victim = _VICTIM_NOUN.match(rest)
    if victim is None:
        return total
    aside = _ASIDE.match(rest[victim.end() :])
    if aside is not None and _OWN_ATTACK.search(aside.group(0)):
        # "killed five policemen in a raid on a police post and four soldiers in an ambush": each part told with
        # an attack of its own is the toll of another attack, not more of the first
        return total
    tail = _ASIDE.sub("", rest[victim.end() :], count=1)
    while (part := _LIST_PART.match(tail) or _ONE_PART.match(tail)) is not None:
        value = _to_int(part.group("num")) if part.re is _LIST_PART else 1
        if value is None:
            break
        total += value
        tail = tail[part.end() :]
    singles = _SINGLE_PARTS.match(tail)
    if singles is not None:
        total += len(re.findall(ONE_VICTIM, singles.group("nouns"), re.I))
    return total


# "in an overnight raid on a post", "during an ambush": an attack of its own told with a part of a list of victims
_OWN_ATTACK = re.compile(
    r"\b(?:in|during)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|ambush|raid|bombing|blast|explosion|shooting)\b",
    re.I,
)
_APPOSED_NAME = re.compile(r"^\s*,(?:\s+(?:(?-i:[A-Z])|al-|el-|bin\s|ibn\s)[\w'’.-]+){1,5}(?=\s*,\s+and\b)")
_VICTIM_NAME = re.compile(r"^(?:\s+(?-i:[A-Z][\w'’.-]+)){1,4}(?=\s*(?:,|and\b))")
_AND_KIN = re.compile(
    r"\s+and\s+(?:his|her|their)\s+(?:[\w]+-year-old\s+|young\s+|infant\s+|teenage\s+)?(?:son|daughter|child|baby|"
    r"wife|husband|brother|sister|mother|father|grandson|granddaughter|nephew|niece)\b(?!\s+(?:was|were)\b)",
    re.I,
)
# "blew himself up, killing himself and 12 others": the bomber is no victim, the others are.
_SELF_AND = re.compile(
    rf"\b(?P<verb>{_KILL_VERB})\s+(?:himself|herself|themselves)\s+(?:and|along\s+with|as\s+well\s+as)\s+",
    re.I,
)
# "All six attackers were killed, along with four soldiers": the victims named after the attackers.
_ALONG_WITH = re.compile(
    rf"\b{_DEATH_STATE}\s*,?\s+(?:along|together)\s+with\s+{_QUAL}{_NUM}\s+(?P<noun>{_MODS}(?:{VICTIMS}))\b",
    re.I,
)


# "left seven people injured", "leaving 12 wounded": "left" counts the dead only when they are dead.
_LEFT_HURT = re.compile(rf"(?:left|leaving)\s+{_QUAL}{_NUM}\s+(?:[\w-]+\s+){{0,3}}?{_WOUND_STATE}\b", re.I)


_LEFT = re.compile(r"(?:left|leaving)\b", re.I)
# "left 12 dead", "leaving 30 people dead or missing": what "left" counts when it counts the dead.
_LEFT_DEAD = re.compile(rf"^(?:[\w-]+\s+){{0,3}}?(?:dead|killed|{_DEATH_STATE})\b", re.I)


# "first put the death toll at more than 350 before revising it down to 269", "raised it to 19": the
# figure a toll was revised to is the toll.
REVISED_TOLL = re.compile(
    # ("..., bringing the death toll to six", "taking the toll to 31": a death that adds to it)
    r"\b(?:revis\w*|rais\w*|lower\w*|updat\w*|correct\w*|brought|bring(?:s|ing)?|tak(?:es|ing)|took|push\w*|"
    r"increas\w*)\s+"
    r"(?:it|the\s+(?:death\s+)?toll|the\s+(?:figure|number|count)(?:\s+of\s+(?:the\s+)?(?:dead|deaths))?)\s+"
    # ("bringing the toll from Sunday's ambush to three")
    # (not "raising the death toll from attacks this month to 48": many attacks' toll)
    r"(?:(?:from|in|of)\s+(?:the\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){0,2}?(?:attack|ambush|bombing|blast|raid|"
    r"assault|explosion|massacre|shooting|stabbing|strike)\s+)?"
    rf"(?:(?:sharply\s+)?(?:down|up|upward|downward)\s+)?to\s+{_QUAL}{_NUM}\b(?!\s*(?:wounded|injured|hurt)\b)",
    re.I,
)


# The clause a toll's figure opens: up to the next comma, semicolon or full stop.
# (a toll's parts end where a new verb of saying opens: "put the toll at four and said 11 people were being treated")
_TOLL_CLAUSE = re.compile(r"(?:(?!\s+and\s+(?:said|says|added|told|reported|announced)\b)[^,;.])*")
# A word of death or injury before a toll: "killed five soldiers, bringing the toll to 40" counts the attack first.
_COUNT_BEFORE = re.compile(r"\b(?:kill\w*|dead|died|die|wounded|injured|hurt)\b", re.I)


_ROSE_TO = re.compile(
    rf"\b(?:rose|risen|climbed|increased|jumped|grew|went\s+up|was\s+raised)\s+to\s+{_QUAL}{_NUM}\b"
    r"(?!\s*(?:%|per\s*cent|percent|injured|wounded|hurt)\b)",
    re.I,
)


_PARTS_STATE = re.compile(rf"\b(?:{_DEATH_STATE}|{_WOUND_STATE})\b", re.I)


def _toll_total(text: str, num: re.Match[str]) -> int | None:
    """A toll's figure, or the sum of the parts it opens: "rose to 4 soldiers and a civilian guide" -> 5."""
    value = _to_int(num.group("num"))
    clause = text[num.start("num") :]
    clause = clause[: _TOLL_CLAUSE.match(clause).end()]
    # ("raised the toll to 30 guards killed and said 12 people were hurt": the toll's parts end at its state)
    if (state := _PARTS_STATE.search(clause)) is not None:
        clause = clause[: state.start()]
    parts = _parts_total(clause)
    return parts if value is not None and parts > value else value


# "Initial reports of eight injured personnel have since been revised": a figure withdrawn, not a count.
WITHDRAWN_FIGURE = re.compile(
    r"^\W*(?:initial|first|earlier|early|preliminary)\s+(?:reports?|figures?|counts?|tolls?)\s+of\b[^.;]*\b"
    r"(?:have|has|had)\s+(?:since\s+|now\s+|later\s+)?been\s+(?:revised|corrected|updated|withdrawn)\b",
    re.I,
)


# "the raid sparked a wave of reprisals in which 80 villagers died": the dead of what the attack set off, told
# after it; the attack's own count is what comes before
_SET_OFF = re.compile(
    r"\b(?:triggered|sparked|provoked|prompted|unleashed|set\s+off|led\s+to)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:counter-?offensive|offensive|crackdown|reprisals?|retaliation|(?:military\s+)?operation|campaign|war|"
    r"clashes|fighting|riots|violence|massacres?|wave\s+of\s+[\w-]+)\s+(?:in\s+which|during\s+which|that\s+killed)\b",
    re.I,
)


# "the region has been torn since 2023 by ethnic violence, in which more than 250 people have died", "an insurgency
# that has killed 40,000 people since 2009": the dead of a whole conflict, told beside an attack, are not its count
_STANDING_TOLL = re.compile(
    r"\b(?:violence|conflict|insurgency|war|unrest|rebellion|uprising|crisis)\b[^.;,]{0,60}?\s*,?\s+(?:(?:in\s+which|during\s+which)|"
    r"(?:which|that)\s+(?:has|have)\s+(?:so\s+far\s+|since\s+)?(?:killed|claimed|left))\b",
    re.I,
)


# "the bomb could easily have killed a child", "might have wounded dozens": a death or wound that did not happen
_COULD_HAVE = re.compile(
    r"\b(?:could|would|might|may)\s+(?:(?:easily|well|so\s+easily)\s+)?have\s+(?:killed|wounded|injured|"
    r"maimed|hurt)\b[^.;,]*",
    re.I,
)


# Cached: a sentence is read once per candidate attack in it and again for the toll; the answer is the text's alone.
@lru_cache(maxsize=4096)
def read_casualties(sentence: str) -> Casualties:
    """The victims killed and wounded in one sentence, if it states them."""
    if WITHDRAWN_FIGURE.search(sentence):
        return Casualties(None, None)
    sentence = _COULD_HAVE.sub(lambda m: " " * len(m.group(0)), sentence)
    if (set_off := _SET_OFF.search(sentence)) is not None:
        sentence = sentence[: set_off.start()]
    if (standing := _STANDING_TOLL.search(sentence)) is not None:
        sentence = sentence[: standing.start()]
    found = _read_casualties(sentence)
    text = normalise_numbers(sentence)
    revised = REVISED_TOLL.search(text)
    if revised is not None and (settled := _SETTLED_FIGURE.search(text, revised.end())) is not None:
        # "... before revising it to 120; the figure of 131 was later confirmed": the figure the account settled on
        value = _to_int(settled.group("num"))
        if value is not None:
            return Casualties(value, found.wounded)
    if (put := _NOW_PUT.search(text)) is not None and (value := _to_int(put.group("num"))) is not None:
        # "Police first reported four people hurt; doctors now put the number at nine": the later figure, for
        # whichever count the sentence gave first
        of = (put.group("of") or "").lower()
        if re.search(r"injured|wounded|hurt", of) or (
            not of and found.wounded is not None and found.killed is None
        ):
            return Casualties(found.killed, value)
        if of or (found.killed is not None and found.wounded is None):
            return Casualties(value, found.wounded)
    if revised is not None and (value := _toll_total(text, revised)) is not None:
        if revised.group(0).split()[1].lower() == "it" and _NUMBER_OF_HURT.search(text, 0, revised.start()):
            # "Officials put the number of injured at 33; the administration later revised it to 41": the wounded
            return Casualties(None, value)
        return Casualties(value, found.wounded)
    return found


_NOW_PUT = re.compile(
    r"\b(?:(?:now|later|since|subsequently|have\s+since|has\s+since)\s+(?:\w+\s+)?|"
    # ("... initially said 34 were hurt; by early March it put the number at 41": a later day, then who put it)
    r"(?<=[;,]\s)by\s+(?:(?:early|mid|late)[\s-]+|the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+"
    r"(?:next|following)\s+(?:day|morning|week))(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+"
    r"(?:it|they|officials|authorities|the\s+[\w-]+)\s+(?:had\s+)?)puts?\s+(?:the\s+)?"
    r"(?:number|figure|count|tally|toll)(?P<of>\s+of\s+(?:the\s+)?(?:injured|wounded|hurt|dead|deaths|killed))?\s+"
    rf"at\s+{_QUAL}{_NUM}\b",
    re.I,
)


# "the figure of 131 was later confirmed by the inquiry", "a final toll of 131 was accepted": the toll settled on
_SETTLED_FIGURE = re.compile(
    rf"\b(?:the|a)\s+(?:(?:final|official|accepted|agreed)\s+)?(?:figure|toll|count)\s+of\s+{_NUM}\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:later\s+|eventually\s+|finally\s+|since\s+|officially\s+)?"
    r"(?:accepted|adopted|confirmed|established|agreed|settled)\b",
    re.I,
)


_NUMBER_OF_HURT = re.compile(
    r"\b(?:number|count|figure|tally)\s+of\s+(?:the\s+)?(?:injured|wounded|hurt)\b|\b(?:injured|wounded)\s+(?:at|to)\s+\d",
    re.I,
)


_DIGIT = re.compile(r"\d")


def _read_casualties(sentence: str) -> Casualties:
    text = _SELF_AND.sub(lambda m: m.group("verb") + " ", normalise_numbers(sentence))
    # Every pattern searched only `if counted` holds a figure: in a text without a digit none can match.
    counted = _DIGIT.search(text) is not None
    killed = wounded = None
    rest = ""  # the words after the count of the dead, which may take attackers out of it
    toll = _TOLL.search(text) if counted else None
    if toll is not None and not _COUNT_BEFORE.search(text[: toll.start()]):
        # "The death toll has risen to 4 soldiers and a civilian, the army said, after 2 wounded soldiers died":
        # a toll the sentence opens on is its count of the dead, in parts or whole ("an initial toll of 18 dead
        # rose to 23": the figure it rose to)
        killed = _toll_total(text, _ROSE_TO.search(text, toll.end()) or toll)
    for m in _PARTS_BEFORE.finditer(text):
        total = _parts_total(m.group("first")) + _parts_total(m.group("more"))
        if not total:
            continue
        if re.match(_WOUND_STATE, m.group("state"), re.I):
            wounded = wounded if wounded is not None else total
        elif killed is None:
            killed, rest = total, text[m.end() :]
    claimed: tuple[int, str] | None = None
    for m in _KILLED_AFTER.finditer(text):
        if _LEFT_HURT.match(m.group(0)) or (
            _LEFT.match(m.group(0)) and not _LEFT_DEAD.match(m.group("rest"))
        ):
            # "which left seven people injured": the count of the wounded; "leaving some 45,000
            # customers without power": no count of victims at all
            continue
        value = _victim_total(m.group("num"), m.group("rest"))
        if value is None and _side_fighters_killed(text[: m.start()], m.group("rest")):
            value = _to_int(m.group("num"))
        if value is not None and _BOAST.search(text[max(0, m.start() - 160) : m.start()]):
            # "officials put the toll at 17, while the group claimed to have killed 50": a boast is read last
            claimed = claimed or (value, text[m.end("num") :])
            continue
        if value is not None and killed is None:
            killed, rest = value, text[m.end("num") :]
            break
    if killed is None and counted:
        for pattern in (
            _AMONG_THE,
            _KILLED_BEFORE,
            _TOLL,
            _N_DEAD,
            _N_DIED,
            _BODIES,
            _BODIES_OF,
            _LIVES,
            _N_KILLED_BARE,
            _MANNER_DEATH,
            _COUNT_AND_OTHERS,
        ):
            m = pattern.search(text)
            if m and not _ATTACKER_NOUN.match(m.groupdict().get("noun") or ""):
                killed, rest = _to_int(m.group("num")), text[m.end() :]
                if killed is not None:
                    break
    boasted = killed is None and claimed is not None
    if boasted:
        killed, rest = claimed
    if killed is None and counted and (along := _ALONG_WITH.search(text)) is not None:
        killed = _to_int(along.group("num"))
    if killed is None and (included := _DEAD_INCLUDED.search(text)) is not None:
        killed = _parts_total(included.group("parts")) or None
    among = _AMONG_ATTACKERS.match(rest) if killed is not None else None
    if among is not None:
        attackers = int(among.group("num") or among.group("num2") or 1)
        killed = killed - attackers if killed is not None and killed > attackers else killed
    if killed is None and (named := _NAMED_AND_N_DIED.search(text)) is not None:
        killed = (_to_int(named.group("num")) or 0) + 1
    if killed is None and (_TWO_NAMED_DIED.search(text) or _KILLING_TWO_NAMED.search(text)):
        killed = 2
    one = _ONE_KILLED.search(text) if killed is None else None
    if one is None and killed is None:
        one = (
            _ONE_DIED.search(text)
            or _NAMED_ONE_DIED.search(text)
            or _NAMED_ONE_KILLED.search(text)
            or _ONE_WHO_DIED.search(text)
            or _ONE_HURT_DIED.search(text)
            or _NAMED_MURDER.search(text)
            or _MANNER_ONE.search(text)
        )
    if (
        one is None
        and killed is None
        and (pronoun := _PRONOUN_KILLED.search(text)) is not None
        and not _FORCES_FIRED_BEFORE.search(text[max(0, pronoun.start() - 120) : pronoun.start()])
    ):
        one = pronoun
    if one is not None:
        # "killing a priest and five worshippers": the one victim, then any further counted parts
        # ("shot dead community leader Aurelio Quintero and two of his sons": past the victim's name).
        killed, tail = 1, _VICTIM_NAME.sub("", text[one.end() :], count=1)
        # ("shot dead a cleric, Mawlawi Abdul Rahim, and two of his students": the victim's name, apposed)
        tail = _APPOSED_NAME.sub("", tail, count=1)
        while (part := _LIST_PART.match(tail)) is not None and (
            value := _to_int(part.group("num"))
        ) is not None:
            killed += value
            tail = tail[part.end() :]
        # ("killing a police officer and a soldier of the army's 11th Brigade"; not "A woman was killed and a guard
        # of the camp's police was wounded": a clause of its own)
        if one.re is _ONE_KILLED and (whose := _OF_WHOSE.match(tail)) is not None:
            tail = " " + tail[whose.end() :]
        if (
            one.re is _ONE_KILLED
            and (singles := _SINGLE_PARTS.match(tail)) is not None
            and not _OWN_VERB.match(tail, singles.end())
        ):
            killed += len(re.findall(ONE_VICTIM, singles.group("nouns"), re.I))
        elif one.re is _ONE_KILLED and _ONE_OF_HIS.match(tail):
            killed += 1  # "shot dead a commander and one of his bodyguards"
    for m in _WOUNDED_AFTER.finditer(text):
        value = _victim_total(m.group("num"), m.group("rest"))
        if value is not None and wounded is None:
            wounded = value
            break
    if wounded is None and counted:
        for pattern in (
            _WOUNDED_BEFORE,
            _N_WOUNDED_NOUN,
            _N_WOUNDED_AFTER_DEAD,
            _N_TREATED,
            _N_TREATED_REVISED,
            _WOUNDED_NUMBER_ROSE,
            _PUT_WOUNDED_AT,
        ):
            m = pattern.search(text)
            if m and not _ATTACKER_NOUN.match(m.groupdict().get("noun") or ""):
                wounded = _to_int(m.group("num"))
                if wounded is not None:
                    break
    if wounded is None and (_TWO_NAMED_HURT.search(text) or _TWO_SINGLES_HURT.search(text)):
        wounded = 2
    if wounded is None and killed is None and counted and (stabbed := _STABBED_N.search(text)) is not None:
        wounded = _to_int(stabbed.group("num"))
    if wounded is None and _WOUNDED_ORDINAL.search(text):
        wounded = 1
    if wounded is None and (hurt := _ONE_WOUNDED.search(text)) is not None:
        # ("wounding a woman and her 10-year-old son": the one wounded and a relative of hers)
        wounded = 2 if _AND_KIN.match(text, hurt.end()) else 1
    if (
        wounded is None
        and (another := _ANOTHER_WOUNDED.search(text)) is not None
        and not _ATTACKER_BEFORE.search(text[max(0, another.start() - 60) : another.start()])
    ):
        wounded = 1
    return Casualties(killed, wounded, boasted=boasted and killed == claimed[0])

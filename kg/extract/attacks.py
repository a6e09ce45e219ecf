"""Attack rules: find attacks in a document and fill in who, where, when and how many.

A sentence is cut into segments at each attack word ("bombing", "ambush",
"stormed"); each segment gives a candidate with the places, date and
casualty figures inside it, and the groups the sentence names as
responsible. Candidates that refer to an attack already seen ("the bombing",
"Thursday's attack", the same place in the same month) are merged into it.
Strikes by states (drone strikes, airstrikes, police raids) and threats of
future attacks are not attacks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg import gazetteer
from kg.extract import lexicon
from kg.extract.branches import part_of
from kg.extract.dates import COUNTED_FROM_EVENT, DATELINE, DateMention, find_dates
from kg.extract.mentions.compounds import is_modifier
from kg.extract.numbers import REVISED_TOLL, WITHDRAWN_FIGURE, Casualties, normalise_numbers, read_casualties
from kg.extract.sentences import Sentence, Source
from kg.model import Attack, ClaimStatus, EntityType, Evidence, Mention, Responsibility

_NOUNS = (
    r"suicide\s+bombings?|car\s+bombings?|truck\s+bombings?|bombings?|bomb\s+attacks?|grenade\s+attacks?|"
    r"rocket\s+attacks?|mortar\s+attacks?|gun\s+attacks?|knife\s+attacks?|terror(?:ist)?\s+attacks?|attacks?|"
    r"blasts?|explosions?|massacres?|ambush(?:es)?|shootings?|assaults?|sieges?|hostage-taking|hostage\s+crisis|"
    r"kidnappings?|abductions?|assassinations?|rampages?|stabbings?|hijackings?|atrocit(?:y|ies)|"
    r"killings|killing(?=\s+of\b)|raids?|onslaught|incursion|car\s+bombs?|truck\s+bombs?|bombs?|IEDs?|"
    # "explosive charges damaged or destroyed eleven holiday homes"
    r"explosive\s+charges?|"
    # "G claimed the drone strike on the port": a strike is a group's attack only when claimed (see find_attacks)
    r"(?:drone|missile|rocket)\s+strikes?(?=\s+(?:on|at|against)\b)"
)
# "a bombing campaign", "attack plots", "bomb-maker": the word names something other than one attack.
_NOT_AN_EVENT_AFTER = r"(?![\s-]+(?:campaigns?|spree|plots?|threats?|capabilit\w*|networks?|cells?|experts?|suspects?|squads?|training|factor(?:y|ies)|makers?|making|helicopters?|aircraft|drones?|rifles?|dogs?|disposal|squad|alerts?|warnings?|scares?|hoax(?:es)?)\b)"
# Ships and trains: an attack on one is sited at it ("struck the bulk carrier Sea Lark").
_VESSEL = (
    r"(?:tankers?|carriers?|(?:cargo|container|merchant|supply|fishing|naval|research|patrol|passenger|commercial)\s+"
    r"(?:ships?|vessels?|boats?)|vessels?|ships?|freighters?|ferry|ferries|warships?|destroyers?|frigates?|corvettes?|"
    r"yachts?|dhows?|trawlers?|tugs?|tugboats?|barges?|(?:passenger|freight|express|commuter|night)\s+trains?|trains?)"
)
# "set off a bomb", "set off an improvised explosive device": a blast set off (not a journey begun)
_SET_OFF_BOMB = (
    r"set\s+off\s+(?:(?:a|an|the|two|three|several|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:bombs?|IEDs?|explosives?|"
    r"devices?|mines?|charges?|vests?|belts?)"
)
_VERBS = (
    r"stormed|attacked|bombed|ambushed|overran|overrun|opened\s+fire|blew\s+(?:himself|herself|themselves)\s+up|"
    # "a cell drove a van into crowds on Las Ramblas": a vehicle ramming
    r"(?:drove|ploughed|plowed|smashed)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+)?(?:van|truck|lorry|car|vehicle)\s+"
    r"into\s+(?:a\s+|the\s+)?(?:crowds?|pedestrians|shoppers|worshippers|revell?ers|people|a\s+market)|"
    r"detonated|massacred|shot\s+dead|gunned\s+down|seized|kidnapped|abducted|rammed|"
    # "Maoists set off an improvised explosive device under their vehicle" (not "set off for Kabul")
    rf"{_SET_OFF_BOMB}|"
    # "attackers set fire to fourteen logging trucks", "torched a police station": arson; "burned" only when the
    # arsonists are named ("arsonists burned two houses and a chapel")
    r"set\s+fire\s+to|set\s+ablaze|torched|firebombed|fire-bombed|(?<=\barsonists\s)(?:burned|burnt)|"
    # "two of its members took prosecutor P hostage inside the courthouse"
    r"took\s+(?:[\w'’.-]+\s+){1,5}?hostage|"
    # "a merchant vessel was struck by two missiles"
    r"(?:(?<=\bwas\s)|(?<=\bwere\s))(?:struck|hit)\s+by\s+(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|rockets?|mortars?|shells?|"
    r"projectiles?|explosives?|bombs?)\b|struck|hijacked|"
    r"raided|besieged|launched\s+(?:a|an)\s+(?:\w+\s+){0,3}?(?:attack|assault|offensive)|"
    # indirect phrasings: "a drone dropped explosives on a base", "the post came under mortar fire",
    # "fighters shelled the camp", "militants fired rockets at the airport"
    r"dropped\s+(?:\w+\s+)?(?:explosives|bombs|grenades|munitions|mortar\s+rounds)|blew\s+up|"
    # "a drone hit the tanker X": "hit" names an attack only with a vessel or a train as its object
    rf"hit\s+(?=(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{_VESSEL}\b)|"
    # "a limpet mine tore a hole in the tanker X": a mine set on a ship, told by the damage it did
    rf"(?<=\s)(?:limpet\s+|sea\s+|naval\s+)?mines?\s+(?:tore|ripped|blew|blasted)\s+(?:a\s+)?(?:hole|holes|gash)\s+"
    rf"(?=in\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{_VESSEL}\b)|"
    r"came\s+under\s+(?:(?:heavy|sustained|intense|\w+-\w+|rocket|mortar|sniper|gun|machine-gun|artillery|drone|"
    r"small-arms|militant|insurgent|jihadist)\s+){0,2}(?:fire|attack|shelling|bombardment)"
    # not "came under fire from lawmakers", "came under attack over the budget": figurative unless from armed men
    r"(?!\s+(?:from|over|for)\s+(?!(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:militants|gunmen|insurgents|fighters|"
    r"jihadists|attackers|rebels|snipers|assailants|terrorists|extremists)))|shelled|"
    r"fired\s+(?:\w+\s+){0,3}?(?:rockets|mortars?|mortar\s+rounds|missiles|shells|rocket-propelled\s+grenades|"
    r"(?:rifle\s+|machine-gun\s+)?rounds|bullets)\s+"
    r"(?=(?:at|on|into)\b)|"
    # killing verbs name an attack only with a count of victims (checked in _is_event)
    r"killed|killing|murdered|exploded|went\s+off|stabbed(?:\s+to\s+death)?|stabbing|hacked\s+to\s+death|slaughtered|"
    # "fighters hacked and shot to death nineteen farmers", "gunmen shot to death four traders"
    r"(?:hacked|shot|stabbed|beaten|clubbed)\s+(?:(?:and|or)\s+(?:hacked|shot|stabbed|beaten|clubbed)\s+)?to\s+death|"
    r"beheaded|"
    # "two rockets landed on the airport": the weapon names the attack
    r"(?<=\s)(?:rockets?|mortars?|mortar\s+(?:rounds?|shells?|bombs?)|shells?|missiles?|projectiles?)\s+(?:\w+\s+)?"
    r"(?:landed|fell|slammed|crashed|rained\s+down)\s+(?=(?:on|in|into|near|inside)\b)|"
    # "a drone launched from the south slammed into a hotel": a one-way drone that hit its target
    r"(?<=\s)drones?\s+(?:[\w-]+\s+){0,4}?(?:slammed|crashed|smashed|ploughed|plowed)\s+(?=into\b)|"
    # "mortar rounds fired toward the airport wounded three people"
    r"(?<=\s)(?:rockets|mortars|mortar\s+(?:rounds|shells|bombs)|shells|missiles|projectiles)\s+(?:\w+\s+)?"
    r"fired\s+(?=(?:toward|towards|at|into|on)\b)|"
    # "three explosive-laden drones were launched at an air base": one-way drones sent at a target
    r"(?<=\s)(?:drones|missiles|rockets)\s+(?:were|had\s+been)\s+(?:launched|fired)\s+(?=(?:toward|towards|at)\b)|"
    # "militants fired on the vehicle", "gunmen fired upon worshippers"
    r"fired\s+(?:on|upon)(?=\s+(?:the|a|an|their|its|\w+ing)\b)|"
    # "fired at least seven shots through the door", "fired several rounds at the car"
    r"fired\s+(?:at\s+least\s+|more\s+than\s+)?(?:[\w-]+\s+)?(?:shots|rounds|bullets)\s+(?=(?:at|into|through|on)\b)|"
    # "a grenade was thrown at a checkpoint", "men on a motorbike hurled two grenades into the market"
    r"(?:grenades?|(?:petrol\s+|pipe\s+)?bombs?|explosive\s+devices?)\s+(?:was|were)\s+(?:thrown|hurled|lobbed)|"
    r"(?:threw|hurled|lobbed)\s+(?:a|an|two|three|several|\d+)\s+(?:\w+\s+)?(?:grenades?|bombs?|explosive\s+devices?)|"
    # "a 30-year-old man was shot in both legs in an alleyway": a shooting told by its wound (not one by the police:
    # "was shot in the leg by officers after he drew a knife")
    r"(?:(?<=\bwas\s)|(?<=\bwere\s))shot\s+(?=(?:several\s+times\s+)?in\s+(?:both\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"(?:legs?|knees?|arms?|ankles?|thighs?|head|chest|stomach|back|neck)\b(?![^.;]{0,30}\bby\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:police|officers?|troops|soldiers|army|security\s+forces|gendarmes|guards)\b))|"
    # "a lorry packed with explosives was driven into the gate", "a car laden with explosives blew up outside a hotel"
    # (not "police seized a car packed with explosives": the vehicle must go off or be driven in)
    r"(?:packed|loaded|laden|rigged|filled)\s+with\s+explosives\s+(?:was\s+|were\s+)?(?:driven|rammed|crashed|"
    r"smashed|ploughed|plowed|detonated|exploded|blew\s+up|went\s+off)"
)
# ("killed in the counter-attack": the army's answer to an attack is no attack of its own)
TRIGGER = re.compile(
    rf"\b(?<!counter-)(?<!Counter-)(?:(?P<noun>{_NOUNS}){_NOT_AN_EVENT_AFTER}|(?P<verb>{_VERBS}))\b", re.I
)

# ", and " or "; " just before: a clause of its own ("..., and Israeli jets hit the port")
_NEW_CLAUSE_OPENS = re.compile(r"(?:,\s*(?:and|while|as)|;)\s+(?:the\s+)?$")


def _group_just_before(sentence: Sentence, pos: int) -> bool:
    """Whether a group's name ends right before offset `pos` of the sentence text ("a Houthi drone strike")."""
    return any(
        re.fullmatch(r"(?:['’]s)?\s+", sentence.text[m.end - sentence.start : pos])
        for m in sentence.of_type(EntityType.GROUP)
        if m.end - sentence.start <= pos
    )


_STRIKE = re.compile(r"(?:drone|missile|rocket)\s+strikes?", re.I)

# State or security-force action is not a terrorist attack (dev README: strikes by states are not attacks).
_STATE_ACTION = re.compile(
    r"\b(?:drone|air|missile|surgical|retaliatory|precision|counter-?terror(?:ism)?)[\s-]*(?:strikes?|raids?|operations?)|"
    # "an air force bombing raid on a dissident camp", "army shelling"
    r"\b(?:air\s+force|army|military|navy)\s+(?:bombing\s+|helicopter\s+|artillery\s+)?(?:raids?|strikes?|bombings?|"
    r"bombardments?|shelling)\b|"
    # "three Palestinians were killed by Israeli fire during the raid", "killed by army gunfire"
    r"\b(?:killed|wounded|shot)\s+by\s+(?:[A-Z][a-z]+(?:i|an|ian|ese|ish)\s+|(?:the\s+)?(?:army|military|police|"
    r"security\s+forces['’]?|troops['’]?|soldiers['’]?)\s+)(?:(?:army|military|police|security|troops['’]?)\s+)?"
    r"(?:gun)?fire\b|"
    # "an intelligence-based operation in Mastung in which two terrorists were killed", "a clearance operation"
    r"\b(?:intelligence-based|intelligence-led|search|clearance|sanitisation|sanitization|combing|cordon-and-search|"
    r"counter-?insurgency|mop-up)\s+operations?\b|"
    r"\bairstrikes?\b|\bpolice\s+raids?\b|\bsecurity\s+forces\s+(?:killed|raided|stormed)|\b(?:troops|forces|army|police|"
    r"soldiers|commandos)\s+(?:have\s+|had\s+)?(?:killed|stormed|raided|shelled|fired|dropped|opened\s+fire)\b|"
    # "U.S. forces struck radar sites around the port", "American forces hit rebel positions"
    r"\b(?:U\.S\.|US|American|(?-i:[A-Z][a-z]+(?:ian|an|i|ese|ish)))\s+(?:forces|troops|warplanes|jets)\s+"
    r"(?:have\s+|had\s+)?(?:struck|hit|bombed|pounded)\b|"
    # "similar Turkish strikes on the camps killed 13", "Israeli shelling of the border villages": a state's strikes,
    # told by its nationality (the match opens on it, so that a group's name there is seen: "Houthi strikes")
    r"(?:(?<=^)|(?<=[\s(]))(?:U\.S\.|US|American|(?-i:[A-Z][a-z]+(?:ian|an|i|ese|ish)))\s+"
    r"(?:(?:missile|drone|air|artillery|rocket)\s+(?:and\s+(?:missile|drone|air|artillery|rocket)\s+)?)?"
    r"(?:strikes|airstrikes|air\s+strikes|shelling|bombardments?|bombing\s+raids)\b(?!\s+(?:on|against)\s+(?:the\s+)?"
    r"(?:U\.S\.|US|American|(?-i:[A-Z][a-z]+(?:ian|an|i|ese|ish)))\s+(?:forces|troops|bases|soldiers)\b)|"
    # "a Russian drone slammed into a block of flats": a state's weapon
    # (the match opens on the nationality, so that a group's name there is seen: "a Houthi drone struck")
    r"(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s))(?:U\.S\.|US|American|(?-i:[A-Z][a-z]+(?:ian|an|i|ese|ish)))\s+"
    r"(?:military\s+|army\s+|attack\s+)?"
    r"(?:drones?|missiles?)\s+(?:[\w-]+\s+){0,3}?(?:slammed|crashed|smashed|struck|hit)\b|"
    r"\b(?:warplanes?|(?:fighter\s+)?jets|aircraft|helicopters?|gunships?|(?:army|military|government|air\s+force|navy)\s+"
    r"drones?)\s*(?:,\s*[\w\s]{1,20},\s*|\s(?:\w+\s+)?)(?:dropped|fired|bombed|struck)\b|\boffensive\s+that\s+toppled\b|"
    r"\b(?:was|were)\s+killed\s+in\s+(?:a|an)\s+(?:\w+\s+)?(?:strike|raid|operation)\b|"
    # "Abaaoud was killed five days later when police stormed a flat": a death in the security forces' raid.
    r"\b(?:was|were)\s+(?:shot\s+dead|killed)\b(?=[^.;]{0,40}?\bwhen\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|troops|"
    r"soldiers|security\s+forces|army|commandos|special\s+forces|gendarmes)\b)|"
    r"\b(?:shot\s+dead|killed|gunned\s+down)\s+by\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)?\s+){0,3}?(?:police|troops|"
    r"soldiers|security\s+forces|army|gendarmes|gendarmerie|commandos|special\s+forces|"
    # ("was killed by Tunisian forces near Gafsa")
    r"(?-i:[A-Z][a-z]+(?:ian|an|i|ese|ish))\s+forces)\b|"
    # "blew himself up ... rather than surrender": a cornered fighter's death, not an attack.
    r"\brather\s+than\s+(?:surrender|be\s+captured|being\s+captured)\b|"
    # "a police squad stormed a hideout", "a counter-terrorism unit raided": a security-force unit's operation.
    r"\b(?:police|army|military|security|special|elite|SWAT|counter-?terror\w*|anti-?terror\w*|intervention|"
    r"commando|paramilitary|navy|naval)\s+(?:[\w-]+\s+)?(?:squads?|units?|teams?|detachments?|commandos?)\s+"
    r"(?:have\s+|had\s+)?(?:killed|stormed|raided|shelled|bombed|attacked|ambushed|fired|struck)\b|"
    # "the air force bombed a camp", "Rwandan troops, deployed since 2021, launched an offensive"
    r"\b(?:air\s+force|navy|marines|gendarmes|paratroopers|(?:government|state|security|allied|coalition|"
    r"peacekeeping)\s+(?:troops|forces))\s+(?:have\s+|had\s+)?(?:killed|stormed|raided|shelled|fired|dropped|bombed|"
    r"struck|attacked)\b|"
    # "Kenyan police shot dead 12 suspected militants", "the military said it struck Hamas targets"
    r"\b(?:troops|forces|army|police|soldiers|commandos)\s+(?:shot\s+dead|gunned\s+down|bombed)\b|"
    r"\b(?:military|army|air\s+force|navy|forces|IDF)\s+said\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|have\s+)?"
    r"(?:struck|hit|bombed|targeted|killed|raided|shelled|attacked)\b|"
    # ("CENTCOM forces, in coordination with the SDF, conducted a helicopter raid")
    r"\b(?:troops|forces|army|soldiers|commandos|air\s+force|military|peacekeepers)\s*(?:,[^,;]{1,80},\s*)?"
    r"(?:have\s+|had\s+)?(?:launched|conducted|carried\s+out)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:offensive|"
    r"operation|assault|raid|strike|counter-?attack|counter-?offensive)\b|"
    # "killed two suspected accomplices in a shootout": the men killed were suspects, so the killers were the state's
    r"\b(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed|eliminated)\s+(?:\w+\s+)?(?:suspected|alleged)\s+"
    r"(?:[\w-]+\s+)?(?:accomplices|militants|gunmen|insurgents|terrorists|jihadists|fighters|attackers|kidnappers|"
    r"bandits|members|facilitators|plotters)\b|"
    # "A U.S. raid near al-Bab", "an Israeli strike on Jenin": a state's raid named by its nationality
    r"\b(?:a|an|the)\s+(?:U\.S\.|US|American|(?-i:[A-Z][a-z]+(?:ian|an|i|ese|ish)))\s+(?:(?:special|military|"
    r"commando|drone|air|night|helicopter|ground|forces)\s+)?(?:raid|strike|operation|assault)\b|"
    # "arrested six men and one woman in simultaneous raids on Sunday in Sidoarjo": arrests, not an attack
    r"\b(?:arrested|detained|apprehended|rounded\s+up|picked\s+up)\b[^.;]{0,60}?\bin\s+(?:a\s+|several\s+)?"
    r"(?:[\w-]+\s+)?(?:raids?|operations?|sweeps?|swoops?)\b|"
    # "The cell was dismantled on 14 May by the BCIJ, ..., in simultaneous dawn raids in Tangier": a cell broken up
    r"\b(?:dismantled|broken\s+up|broke\s+up|busted|neutrali[sz]ed)\b[^.;]{0,160}?\bin\s+(?:a\s+|several\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:raids?|operations?|sweeps?|swoops?)\b",
    re.I,
)
# Talk of threats, plots and capabilities, not of an attack that happened.
_HYPOTHETICAL = re.compile(
    # ("may" the verb, not the month: "on 14 May 2025", "in May")
    # (not "an attack the agency says was planned and financed by G": who prepared what was done)
    r"\b(?:could|would|might|(?-i:may)|will|(?:plan(?:s|ned|ning)?|plot(?:s|ted|ting)?|prepar(?:e|es|ed|ing))(?!\s+(?:and\s+\w+\s+)?by\b)|"
    r"threat(?:s|en|ens)?|likely|"
    r"capabilit(?:y|ies)|ability|warn(?:s|ed|ing)?|fear(?:s|ed)?|risk|prevent(?:ed)?|foil(?:ed)?|thwart(?:ed)?|"
    r"intent|vow(?:s|ed)?|call(?:s|ed)?\s+(?:on|for))\b",
    re.I,
)
_DEFINITE = re.compile(
    r"\b(?:the|that|this|last\s+week's|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's|yesterday's|its|their)\s+"
    r"(?:(?:deadly|latest|suicide|double|twin|coordinated|[\w-]+)\s+){0,2}$",  # "the four-day siege"
    re.I,
)

_CLAIM = re.compile(
    r"\b(?:claimed|claims|claiming|has\s+claimed|admitted|accepted|took|takes|taken)\s+(?:\w+\s+){0,2}?"
    r"(?:responsibility|credit|the\s+(?:attack|bombing|assault|killings?))|\bclaim(?:ed)?\s+of\s+responsibility|"
    r"\bsaid\s+(?:[\w\s]{0,25}?\s)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+)?(?:carried\s+out|staged|mounted)|\bclaimed\b|"
    r"\bsaid\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had\s+been)\s+(?:behind|responsible\s+for)\b|"
    # "G acknowledged on Tuesday that its fighters had carried out the attack on police in X"
    # ("said on its Telegram channel that its fighters had targeted the base")
    r"\b(?:acknowledged|admitted|conceded|confirmed|said|stated)\s+(?:[\w,]+\s+){0,5}?that\s+(?:its|their)\s+"
    r"(?:fighters|men|members|militants|units?|commandos?|cadres|combatants)\s+(?:had\s+|have\s+)?(?:carried\s+out|"
    r"staged|mounted|conducted|launched|executed|targeted|attacked|struck|hit|shelled|bombed|ambushed|stormed)\b|"
    # "an attack RED-Tabara did claim"
    r"\b(?:did|does)\s+(?:later\s+|also\s+)?claim\b(?!\s+(?:to\s+be|that|it\s+was))",
    re.I,
)
_CLAIMED_BY = re.compile(
    # "claimed by G", "a claim of responsibility issued by G", "a claim of responsibility from G"
    # ("a claim of responsibility was subsequently issued on social media by G")
    # ("Amaq later published a short claim in the name of G": the group the claim speaks for)
    r"\b(?:claimed\s+by|claims?\s+of\s+responsibility\s+(?:[\w-]+\s+){0,6}?(?:by|from)|"
    r"claims?\s+(?:of\s+responsibility\s+)?in\s+the\s+name\s+of|"
    # ("a post purportedly claimed the attack on behalf of G")
    r"claimed\s+(?:responsibility\s+for\s+)?(?:the|this|that|it)\s+(?:[\w-]+\s+){0,2}?on\s+behalf\s+of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}?$",
    re.I,
)
# "The claim by G for Sunday's bombing ...", "a claim by G of the raid": the noun, with the attack claimed right
# after the group (not "the claim by the army that G ...", nor "the claim by G that it shot down a drone")
_CLAIM_BY_NOUN = re.compile(r"\b(?:the|a|its|their|this|that)\s+claim\s+by\s+(?:the\s+)?$", re.I)
_CLAIM_FOR_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:for|of)\s+(?:the|that|this|[A-Z]\w+day['’]s|last\s+\w+['’]s|its|an?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|assaults?|raids?|ambush(?:es)?|massacres?|killings?|shootings?)\b",
    re.I,
)
# "police said the attackers belonged to G", "the gunmen were members of G"
_MEMBERS_OF = (
    # ("a team of armed terrorists belonging to the so-called G")
    r"(?:attackers|gunmen|gunman|assailants?|bombers?|perpetrators|killers|raiders|hijackers|terrorists)\s+"
    r"(?:(?:were|was)\s+(?:all\s+)?)?"
    # ("the attackers were thought to belong to G"): a hedge on whose they were is still the blame
    r"(?:(?:(?:were|was|are|is)\s+)?(?:thought|believed|said|suspected|understood|reported)\s+to\s+(?:belong\s+to|"
    r"be\s+(?:members?\s+of|from))|"
    r"belonged\s+to|belonging\s+to|belongs?\s+to|members\s+of|(?:a\s+)?member\s+of|"
    r"part\s+of|from|fighters\s+(?:of|from))"
    # ("The attackers belong to the group known as G")
    r"(?:\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:group|movement|organi[sz]ation|faction|network)\s+(?:known|calling\s+itself)\s+as)?|"
    # "armed men among a crowd of G supporters opened fire": the shooters came out of the group's ranks
    r"(?:armed\s+men|gunmen|gunman|attackers|assailants?|shooters?)\s+(?:among|within|from|in)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+)?(?:column|crowd|convoy|procession|march|mob|rally|contingent)\s+of|"
    # "authorities identified the attackers as members of G"
    r"identified\s+(?:the\s+|all\s+)?(?:\w+\s+){0,2}?as\s+(?:(?:members|fighters|militants)\s+(?:of|from)|belonging\s+to)"
)
_ATTRIBUTED_BEFORE = re.compile(
    r"\b(?:carried\s+out\s+by|"
    # "intelligence showed that the cell behind the shooting belonged to G"
    r"(?:cell|unit|squad|team|men|gunmen)\s+behind\s+(?:the|this|that|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:belonged\s+to|(?:was|were)\s+(?:part\s+of|members?\s+of|from))|"
    # "the ministry said the bomber belonged to a cell of G"
    r"(?:suicide\s+)?(?:bomber|bombers|attacker|attackers|gunman|gunmen|assailants?|killers?)\s+(?:had\s+)?"
    r"(?:belonged|belongs|belong)\s+to\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:cell|unit|faction|branch|network|module|squad)\s+"
    r"(?:of|from)\s+)?|perpetrated\s+by|committed\s+by|blamed\s+on|attributed\s+to|launched\s+by|"
    # "the group behind the attack, G,"
    r"(?:group|organi[sz]ation|faction|militants|movement)\s+behind\s+(?:it|the\s+\w+)\s*,|"
    # "police said the bomb was planted by G", "..., police said, blaming G"
    r"(?:planted|placed|detonated|set\s+off|fired|sent|dispatched)\s+by|blaming|"
    # "a female suicide bomber of the Majeed Brigade blew herself up", "gunmen from G opened fire": the attackers named
    # as the group's own (not fighters or members, who are as often the victims: "killed 20 fighters of G")
    r"(?:suicide\s+)?(?:bombers?|gunm[ae]n|hijackers|hostage-takers)\s+(?:of|from)|"
    r"staged\s+by|mounted\s+by|orchestrated\s+by|masterminded\s+by|attack\s+by|bombing\s+by|assault\s+by|"
    # "the attack was planned and executed by khwarij of the G"
    r"(?:planned\s+and\s+)?executed\s+by|"
    # "the attack was planned and financed by handlers of G", "an attack planned and financed by the banned G"
    r"(?:planned|financed|funded|directed|ordered|organi[sz]ed|coordinated)(?:\s+and\s+(?:planned|financed|funded|"
    r"directed|ordered|organi[sz]ed|coordinated))?\s+by(?:\s+(?:the\s+)?(?:handlers|leaders|commanders|operatives|members|"
    r"facilitators)\s+of)?|"
    r"(?:attack|bombing|assault|raid|operation)s?\s+(?:together|jointly)\s+with|" + _MEMBERS_OF + r"|"
    r"blamed|blames|accused|accuses|held\s+responsible|pinned\s+(?:the\s+)?(?:\w+\s+)?on|"
    # "officials pointed the finger at G", "the attack was the work of G", "bore the hallmarks of G" (hedged)
    r"pointed\s+(?:the\s+|a\s+)?finger\s+at|(?:was|is|were|as)\s+the\s+work\s+of|hallmarks\s+of|"
    # "fragments recovered at the scene pointed to the CJNG"; "prosecutors point to Jalisco cartel"
    r"(?:pointed|point|points|pointing)\s+(?:(?:directly|clearly|squarely)\s+)?to|"
    # "blamed the attack on fighters of G", "blamed Friday's bombing on G"
    r"blamed\s+(?:the\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){0,3}?on(?:\s+(?:the\s+)?(?:fighters|militants|members|gunmen|insurgents)\s+(?:of|from|loyal\s+to))?|attributed\s+(?:the|this|that|these|those|its)\s+(?:[\w-]+\s+){0,3}?to(?:\s+(?:the\s+)?(?:[\w-]+\s+)?(?:fighters|militants|members|gunmen|insurgents|rebels|guerrillas|jihadists)\s+(?:of|from|loyal\s+to))?|attributed\s+(?:it|them)\s+to|tied\s+the\s+(?:plot|attack)\s+to|linked\s+the\s+\w+\s+to|"
    # (not "Al-Shabaab, which is linked to al-Qaeda, said ...": a group's ties, told in a relative clause)
    r"(?<!\bwhich\s)(?<!\bwho\s)(?<!\bwhich\shas\s)(?<!\bwhich\shave\s)(?:was|were|been|is|are)\s+linked\s+to)\s+(?:the\s+)?"
    # ('blaming "terrorist remnants" of the MPCP': the quoted words are the blamer's, the group follows)
    # ('carried out by "the Boko Haram terrorist group"': the blamer's words, quoted)
    r"(?:[\"“]\s*)?(?:(?:\w+\s+){0,2}?(?:the\s+)?(?:so-called\s+)?|[\"“][^\"”]{1,40}[\"”]\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?|"
    # "investigators believed the bombing was carried out by a cell of G"
    # ("police said the arson was carried out by a group of G activists": the men of the group)
    r"(?:a|an)\s+(?:[\w-]+\s+)?(?:cell|unit|faction|branch|wing|network|module|squad|group|band|gang)\s+"
    r"(?:of|from|loyal\s+to)\s+"
    r"(?:the\s+)?)$",
    re.I,
)
# "Its deadliest attack remains the 2015 killing of ...": the group's own attack, told through "its" (not "its
# attacks on villages", a campaign, which names no one attack)
_OWN_ATTACK = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|assault|massacre|ambush|raid|siege)\b", re.I
)
_ATTRIBUTED_AFTER = re.compile(
    r"^\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:suspected|believed|thought)\s+(?:of|to\s+have)\b|"
    # "investigators said they had identified G as the group behind Sunday's attack"
    r"^(?:\s*\([^()]{1,20}\))?\s+as\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|movement|network|faction|"
    r"militia|outfit|cell)\s+(?:behind|responsible\s+for)\b|"
    # "Al-Shabaab-linked gunmen", "ISWAP-allied fighters": the attackers' group named as a compound
    r"^-(?:linked|affiliated|allied|aligned|backed|led)\s+(?:[\w-]+\s+)?(?:militants|fighters|gunmen|insurgents|"
    r"jihadists|attackers|bombers?|suicide\s+bombers?|assailants|rebels)\b|"
    # "a module of The Resistance Front (TRF) responsible for last Wednesday's grenade attack"
    # ("the CIRA had been responsible for the murder of P")
    r"^(?:\s*\([^()]{1,20}\))?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?responsible\b|"
    # ("Jemaah Islamiyah (JI), the al-Qaeda-linked network behind the 2002 Bali bombings")
    # ("G, the South Asian militant network blamed for the 2008 Mumbai attacks")
    r"^\s*\)?\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|movement|network|"
    r"faction|militia)\s+(?:behind|responsible\s+for|(?:widely\s+|long\s+)?blamed\s+for)\b|"
    # ("the Kashmir Tigers (KT) was blamed for an ambush": the group's short name between)
    # ("G was blamed by US officials for the assault": who blamed it between)
    r"^(?:\s*\([^()]{1,20}\))?\s+(?:has\s+been|had\s+been|have\s+been|was|were|is|are)\s+(?:\w+\s+)?blamed\s+"
    r"(?:by\s+(?!(?:the\s+)?(?:group|militants|insurgents|rebels)\b)(?:[\w'’.-]+\s+){1,4}?)?for\b|^(?:\s*\([^()]{1,20}\))?\s*(?:'s|’s)?\s+(?:\w+\s+){0,2}?(?:militants?|fighters?|gunm[ae]n|insurgents?|jihadists?|suicide\s+bombers?|bombers?|"
    # ("G inmates stormed the rival wing": a prison gang's men)
    r"commandos?|cell|operatives|attackers|members|inmates|prisoners)\b|^\s*(?:'s|’s)\s+"
    # ("ISKP's March 2020 assault on a gurdwara": a month and a year before the attack word)
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s+|"
    r"deadly\s+|latest\s+|\w+\s+)?(?:attack|bombing|"
    r"assault|massacre|ambush|raid|siege)|^\s+(?:was|were|is|are)\s+(?:also\s+|allegedly\s+|reportedly\s+)?(?:responsible|behind)\b|"
    # "a JNIM attack on the base": the group named as the attack's modifier.
    r"^\s+(?:suicide\s+|car\s+|truck\s+)?(?:attack|bombing|assault|ambush|raid|siege|massacre|shelling|"
    r"bombardment|rocket\s+fire|mortar\s+fire|drone\s+attack|drone\s+strike|missile\s+strike)\s+(?:on|in|at|against|"
    # ("killed in a JNIM ambush near Karimama")
    r"near|outside)\b|"
    # "Al-Shabaab, which often attacks hotels, was blamed" (not "was blamed for a bombing last year")
    r"^\s*,\s*(?:which|who)\b[^,;]{0,80},\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:\w+\s+)?blamed\b(?!\s+for\s+(?!(?:the|this|that|it)\b))|"
    # a headline's "Al-Shabaab blamed for deadly Kenya bus attack"
    r"^\s+blamed\s+for\s+(?:[\w'’-]+\s+){0,4}?(?:attacks?|bombings?|assault|raid|ambush|massacre|killings?|blasts?)\b|"
    # "Al-Shabaab, which has long worked with al-Qaeda, bombed a market": the clause is about the group
    # ("the National Liberation Army (Ejército de Liberación Nacional, ELN) launched": the name in its own tongue)
    # ("A later group, Revolutionary Struggle (Epanastatikos Agonas), set off a car bomb": the comma that closes the
    # apposition opened before the name)
    r"^(?:\s*\([^()]{1,60}\)(?:\s*,(?=\s+(?:set\s+off|detonated|bombed|stormed|attacked|ambushed)\b))?)?"
    r"(?:\s*,\s*(?:which|who|that|a|an|the)\b[^,;]{0,80},)?"
    # ("the Ansaru group, working with elements of the Mahmuda faction, carried out Sunday's attack")
    r"(?:\s+(?:group|faction|movement))?(?:\s*,\s*(?:working|acting|operating)\s+(?:together\s+)?(?:with|alongside)\s+"
    r"[^,;]{1,80},)?"
    # ("its fighters and allied People's Defence Force (PDF) units overran the base")
    # ("the CODECO militia killed seven", "the Lakurawa armed group stormed the village": the group's kind named after it)
    r"(?:\s+(?:units|fighters|forces|battalions|militants|men|columns|rebels|guerrillas|militiamen|"
    r"(?:armed\s+|militant\s+|jihadist\s+|islamist\s+|rebel\s+|insurgent\s+|separatist\s+|criminal\s+|terrorist\s+)?"
    r"(?:group|militia|movement|faction|gang|outfit|cartel)))?"
    # ("the Islamic State group on Monday attacked a checkpoint", "G fighters late on Sunday stormed the camp")
    r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|evening|"
    r"afternoon))?|\s+overnight|\s+yesterday|\s+last\s+(?:night|week))?"
    r"\s+(?:had\s+|has\s+|have\s+)?(?:personally\s+)?(?:ordered|directed|masterminded|orchestrated|stormed|attacked|bombed|ambushed|overran|carried\s+out|"
    # "NPA guerrillas opened fire on a patrol", "G militants blew up a bridge", "G gunmen set fire to the market"
    r"opened\s+fire\s+(?:on|at)|blew\s+up|set\s+(?:fire\s+to|ablaze)|shelled|"
    # ("U.S. officials later said G had carried it out")
    r"carried\s+(?:it|them)\s+out|killed|massacred|"
    r"seized|struck|launched|detonated|kidnapped|abducted|raided|besieged|shot|gunned\s+down|targeted|rammed|"
    rf"laid\s+siege\s+to|beheaded|torched|{_SET_OFF_BOMB})\b|"
    # "a Houthi missile struck the bulk carrier": the group names whose weapon it was
    r"^\s+(?:ballistic\s+|cruise\s+|suicide\s+)?(?:missile|drone|rocket|mortar|shell|bomb)s?\s+(?:\w+\s+)?"
    r"(?:struck|hit|slammed|exploded|killed|landed|dropped|targeted|wounded|injured)\b",
    re.I,
)
# "The Resistance Front (TRF), which India calls a proxy of LeT, was blamed by officials for the massacre at X": the
# attack the same clause names, after a long relative clause (not "G, which ..., was blamed for years of unrest")
_BLAMED_THROUGH_CLAUSE = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?\s*,\s*(?:which|who)\b[^;]{0,120}?,\s+(?:was|were|has\s+been|have\s+been|"
    r"had\s+been)\s+(?:\w+\s+)?blamed\s+(?:by\s+[^,;]{1,40}?\s+)?for\s+(?:(?:the|this|that|[\w'’-]+['’]s)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?(?:{_NOUNS})\b|"
    # ("... was blamed for an ambush on an army truck": an indefinite attack told with its target or place, not "was
    # blamed for a bombing last year")
    rf"an?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUNS})\s+(?:on|in|at|near|against|outside)\b)",
    re.I,
)
_BLAMED_BEFORE = re.compile(
    r"\b(?:blamed|blames|blaming|accused|accuses|held\s+responsible|blamed\s+on|attributed\s+to|"
    # (a headline's present tense: "police blame BKI module")
    r"(?:police|officials|authorities|investigators|army|military|government|ministry|officers)\s+blame|"
    r"pointed\s+(?:the\s+|a\s+)?finger\s+at|(?:was|is|were|as)\s+the\s+work\s+of|hallmarks\s+of|"
    r"blamed\s+(?:the\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){0,3}?on(?:\s+(?:the\s+)?(?:fighters|militants|members|gunmen|insurgents)\s+(?:of|from|loyal\s+to))?|"
    # "the group behind the attack, G,"
    r"(?:group|organi[sz]ation|faction|militants|movement)\s+behind\s+(?:it|the\s+\w+)\s*,|"
    r"carried\s+out\s+by|(?:planted|placed|detonated|set\s+off|fired|sent|dispatched|launched)\s+by|"
    r"pinned\s+(?:the\s+)?(?:\w+\s+)?on|attributed\s+(?:it|them)\s+to|attributed\s+(?:the|this|that|these|those|its)\s+(?:[\w-]+\s+){0,3}?to(?:\s+(?:the\s+)?(?:[\w-]+\s+)?(?:fighters|militants|members|gunmen|insurgents|rebels|guerrillas|jihadists)\s+(?:of|from|loyal\s+to))?|"
    + _MEMBERS_OF
    + r")\s+(?:the\s+)?(?:\w+\s+){0,2}?$",
    re.I,
)
# ('The ministry blamed "a criminal cell of the G"', "police blamed a local faction of G"): the blamed men named as a
# cell of the group, in the sentence after the attack
_BLAMED_CELL = re.compile(
    r"\b(?:blamed|blames|blaming|accused|accuses)\s+[\"“]?(?:a|an)\s+(?:[\w-]+\s+)?(?:cell|unit|faction|branch|"
    r"network|module|squad|band|gang)\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?$",
    re.I,
)
# "accuses the Afghan Taliban of sheltering TTP commanders": blame for something other than the attack.
_ACCUSED_OF_OTHER = re.compile(
    r"^\s+of\s+(?:sheltering|harbou?ring|hosting|supporting|backing|funding|financing|arming|aiding|protecting|"
    r"training|sponsoring|helping|having\s+(?:links|ties))\b",
    re.I,
)
# "The governor blamed the ELN for the displacement of 50,000 people": blame for something else.
_BLAMED_FOR_OTHER = re.compile(
    rf"^(?:\s*\([^()]{{1,20}}\))?\s+(?:for|over)\s+(?!it\b|them\b)(?!(?:the\s+|this\s+|that\s+|its\s+|their\s+|"
    rf"[A-Z]\w+day['’]s\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_NOUNS}|shelling|shellfire|fire|strikes?|incidents?)\b)",
    re.I,
)
_NOT_YET = re.compile(r"\b(?:not|never|yet\s+to|no\s+longer)\b", re.I)
_BLAMED_AFTER = re.compile(
    # "Officials said Al-Shabaab militants were responsible", "... said the attackers were Al-Shabaab fighters"
    r"^\s+(?:(?:militants|fighters|gunmen|insurgents|members|jihadists|operatives)\s+)?"
    r"(?:was\s+|were\s+|is\s+|are\s+|had\s+been\s+)?(?:responsible|behind)\b|"
    # "G claimed it; U.S. officials later said H had carried it out"
    r"^\s+(?:had|has|have)\s+(?:actually\s+|in\s+fact\s+)?carried\s+(?:it|them)\s+out\b|"
    # "Boko Haram, which often uses female bombers, was blamed."
    r"^(?:\s*,\s*(?:which|who)\b[^,;]{0,80},)?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:\w+\s+)?blamed\b(?!\s+for\s+(?!(?:the|this|that|it)\b))",
    re.I,
)
# "Officials said the attackers were Al-Shabaab fighters": the attackers named as the group's men.
_ATTACKERS_WERE = re.compile(
    r"\b(?:attackers|gunmen|gunman|assailants?|bombers?|perpetrators|killers|raiders|hijackers|"
    # "Police said the eight men detained were G members"
    r"(?:men|suspects|people|youths)\s+(?:(?:who\s+were|they)\s+)?(?:detained|arrested|held|caught)|"
    # ('"These were G elements who came down from the hills," the chief said': the attackers just told, named)
    r"(?<![\w\s])\s*(?:these|those))\s+(?:were|was)\s+"
    r"(?:all\s+)?(?:the\s+|an?\s+)?$",
    re.I,
)
_MEN_AFTER = re.compile(
    r"^\s+(?:militants?|fighters?|members?|gunm[ae]n|insurgents?|jihadists?|operatives?|commanders?|terrorists?|"
    r"rebels?|elements|cadres?)\b",
    re.I,
)
_TAKES_BACK = (
    r"(?:withdr[eao]w[ns]?|withdrawing|retract(?:ed|s|ing)?|rescind(?:ed|s|ing)?|t(?:ook|akes?|aking)\s+back|"
    r"walk(?:ed|s|ing)?\s+back)"
)
# "withdrew its claim for the bombing": the claim noun after a verb that takes it back is no claim
_CLAIM_TAKEN_BACK = re.compile(
    rf"\b{_TAKES_BACK}\s+(?:its|their|the|an?|that)\s+(?:own\s+|earlier\s+|initial\s+|first\s+)?$", re.I
)
# ("G, which claimed several attacks on the army a decade ago, denied any role": the clause between tells its past)
_DENIED = re.compile(
    r"^\s*(?:,\s*\w+\s*,\s*|,\s*(?:which|who)\b[^,;()]{1,120},\s*)?(?:has\s+|had\s+)?(?:denied|denies|disclaimed|disclaims|disowned|disowns|disavowed|disavows|rejected|"
    # (a headline's present tense: "TTP disowns attack claimed by little-known TJP")
    r"distanced|distances)\b|^\s+said\s+it\s+(?:had\s+)?(?:nothing|no\s+role)|"
    # "G on Sunday withdrew its claim for the bombing", "G retracted its claim of responsibility": a claim taken back
    rf"^\s*(?:,\s*(?:which|who)\b[^,;()]{{1,120}},\s*)?(?:on\s+\w+\s+|later\s+|has\s+|had\s+)?{_TAKES_BACK}\s+"
    r"(?:its|their|the|an?|that)\s+(?:own\s+|earlier\s+|initial\s+|first\s+)?claim",
    re.I,
)
# "said that its fighters had played no part in Tuesday's raid", "G had nothing to do with it": a disavowal
_DISAVOWED = re.compile(
    r"^\s*(?:['’]s)?\s+(?:(?:own\s+)?(?:fighters|men|members|militants|cadres|units?|commanders|operatives)\s+)?"
    r"(?:had\s+|has\s+|have\s+)?(?:(?:played|plays|play)\s+no\s+(?:part|role)|(?:had|has|have)\s+(?:nothing\s+to\s+do|"
    r"no\s+(?:part|role|hand|involvement|link))|(?:(?:was|were|is|are)\s+not|(?:had|has|have)\s+(?:not|never)\s+been)\s+"
    r"(?:involved|responsible|behind))\b",
    re.I,
)
_SUSPECTED = re.compile(
    # (not the noun: "citing a hit list found on a suspect's phone")
    r"\b(?:suspected|(?<!\ba\s)(?<!\bthe\s)suspect(?![\w'’-])|believed|thought|may\s+have|might\s+have|possibly|probably|unconfirmed|alleged(?:ly)?|"
    r"hallmarks)\b",
    re.I,
)
# "Police blamed G, but the judge said the identity of the perpetrators remains unknown", "Israel blamed G; the group
# denied firing it, and no independent investigation has settled the question": blame told and left open in the same
# breath (a denial alone leaves the blame standing: "blamed G, which denied involvement")
_BLAME_DISPUTED = re.compile(
    r"\bidentity\s+of\s+the\s+(?:attackers|perpetrators|gunmen|killers|assailants|bombers?)\s+(?:has\s+not\s+been\s+"
    r"(?:established|determined)|(?:remains|is|was)\s*,?\s*(?:[^,;.]{0,30},\s*)?(?:unknown|unclear|not\s+known))|"
    r"\bno\s+(?:independent\s+|official\s+|formal\s+)?(?:investigation|inquiry|probe)\s+(?:has\s+|had\s+)?"
    r"(?:yet\s+)?(?:settled|established|determined|confirmed)\b",
    re.I,
)
_NO_CLAIM = re.compile(
    r"\bno\s+(?:group|one|organi[sz]ation)\s+(?:has\s+|had\s+)?(?:yet\s+)?claimed|\bhas\s+not\s+been\s+claimed|\bunclaimed\b|"
    # "Both X and Y have carried out similar attacks, but neither claimed this one"
    r"\b(?:neither|none\s+of\s+them|nobody)\s+(?:has\s+|had\s+)?(?:yet\s+)?claimed",
    re.I,
)
# Dates just after a reporting verb are when it was said, not when the attack happened.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|(?:claimed|admitted|accepted)\s+responsibility|claimed|confirmed|reported|stated|added|declared|"
    # "The EGC acknowledged on Tuesday that its fighters had carried out the attack"
    r"acknowledged|admitted|conceded|denied|"
    r"wrote|published|released|sentenced|ruled|announced\s+late)\s+(?:late\s+|early\s+)?(?:on\s+)?$|"
    # "told our correspondent on Monday that", "told reporters in Ilorin on Wednesday"
    # ("told the state news agency ANA on Friday": the agency named after its kind)
    r"\btold\s+(?:[\w'’-]+\s+){1,6}?(?:late\s+|early\s+)?on\s+$|"
    # "the group Belmokhtar co-founded in 2013", "sworn in last month": the date of something else.
    r"\b(?:founded|co-founded|formed|created|established|set\s+up|born|elected|appointed|sworn\s+in|"
    r"arrested|jailed|convicted|acquitted|freed)\s+(?:(?:on|in|early|late|last|since)\s+)*$|"
    # "confirmed the attack in a statement on Thursday": the day of the statement
    r"\b(?:in|through|via)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|announcement|message|video|"
    r"post|communiqu[eé]|interview|briefing|press\s+release|press\s+conference)\s+(?:late\s+|early\s+)?on\s+$|"
    # "according to a statement issued on Wednesday evening"
    r"\b(?:statement|announcement|message|communiqu[eé]|press\s+release|video)\s+(?:was\s+)?(?:issued|released|"
    r"published|posted|sent|broadcast)\s+(?:late\s+|early\s+)?on\s+$",
    re.I,
)
# "MAPUTO, March 28 —": the dateline says when the report was filed, not when the attack was.
_ATTACKER_NOUN = re.compile(r"^(?:gunmen|militants|attackers|fighters|insurgents|bombers)$", re.I)

_PLACE_RANK = {"Facility": 0, "City": 1, "Province": 2, "Region": 3, "Country": 4}


# "The cell belongs to the terrorist group so-called G", "the cell was linked to G"
_CELL_OF = re.compile(
    r"\bcell\s+(?:belongs|belonged|is\s+linked|was\s+linked|is\s+affiliated|was\s+affiliated|is\s+tied|was\s+tied)\s+"
    r"(?:with|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:so-called\s+)?[\"“]?$",
    re.I,
)
# "the members of this cell carried out the cowardly attack"
_THIS_CELL_DID = re.compile(
    r"\b(?:members\s+of\s+)?(?:this|the)\s+cell\s+(?:had\s+)?(?:carried\s+out|perpetrated|committed|staged|executed|"
    r"(?:was|were)\s+behind)\b",
    re.I,
)


def _place_order(m: Mention) -> tuple[int, int]:
    """Most specific first: a ship or train (whatever type its name got), then facilities, towns, regions."""
    if m.type is not EntityType.LOCATION or m.subtype in ("Vessel", "Ship", "Train"):
        return (-1, m.start)
    return (_PLACE_RANK.get(m.subtype or "", 1), m.start)


@dataclass(slots=True)
class _Candidate:
    """An attack being assembled from one or more segments."""

    trigger: str
    sentence: Sentence
    span: tuple[int, int]
    locations: list[Mention] = field(default_factory=list)
    date: DateMention | None = None
    killed: int | None = None
    wounded: int | None = None
    claims: dict[str, tuple[Mention, ClaimStatus, Sentence, tuple[int, int]]] = field(default_factory=dict)
    evidence: list[tuple[Sentence, tuple[int, int], float]] = field(default_factory=list)
    definite: bool = False
    verb: str | None = None
    same_place: bool = False  # "in the same square": sited where the attack told before it was
    boasted: bool = False  # the count of the dead is only the attackers' ("the group said it had killed 40")


def find_attacks(sentences: Iterable[Sentence], source: Source) -> list[Attack]:
    """The attacks one document reports, each with its evidence."""
    anchor = source.document.date
    text = source.document.text
    attacks: list[_Candidate] = []
    previous_date: str | None = None
    topic = _Topic()
    headline: _Candidate | None = None  # a claim in an unanchored headline, for the lede's attack
    unanchored: _Candidate | None = None  # an attack told with no place or day, for the next sentence's
    lead: DateMention | None = None  # "21 March, Kandahar." opening a paragraph: the day of what it tells
    lead_places: list[Mention] = []
    last_day: str | None = None  # the last day told, for "The verdict came a day after ..."
    state_before = -2  # the index of the last sentence that told of security forces acting
    strike_only = (
        -2
    )  # the index of the last sentence that told of security forces acting, and of nothing else
    strike_new_day = False  # whether that sentence gave a day of its own
    sentences = list(sentences)
    dateline = _dateline_place(sentences)
    numbering = frozenset(s.index for s in sentences if _NUMBERING.fullmatch(s.text.strip()))
    cell_owner: tuple[Mention, int] | None = None  # "The cell belongs to G": the group, and where it was said
    for sentence in sentences:
        if _opens_paragraph(text, sentence):
            lead = None  # (a sentence's span keeps the line breaks after it: the new line says it)
        topic.advance(text, sentence)
        owner = next(
            (g for g in sentence.of_type(EntityType.GROUP) if _CELL_OF.search(sentence.before(g, 80))), None
        )
        cell_owner = (owner, sentence.index) if owner is not None else cell_owner
        _described_attackers(sentence, attacks)
        dates = find_dates(sentence.text, anchor, _counted_from(sentence, attacks, previous_date, last_day))
        # ("Revolutionary Organisation 17 November": a date inside a body's name is no date)
        dates = [d for d in dates if not _inside_a_name(sentence, d)]
        if dates:
            previous_date = dates[-1].value
        last_day = next((d.value for d in reversed(dates) if d.precision == "day"), last_day)
        if _opens_paragraph(text, sentence) and (
            heading := _lead_date(sentence, dates, anchor, previous_date)
        ):
            # (its place is lent too: "3 May, Pul-i-Khumri (Baghlan). ... ambushed a pickup on the highway")
            lead, lead_places = heading, list(sentence.of_type(EntityType.LOCATION))
            previous_date = heading.value
            continue
        whole, whole_dates = sentence, dates
        claimed = bool(_CLAIM.search(sentence.text) and sentence.of_type(EntityType.GROUP))
        state = _state_action(sentence, claimed)
        if state is not None and state.group().lower().startswith("rather"):
            # "Shekau blew himself up rather than surrender": a cornered man's death, nothing before it stands
            sentence = _cut(sentence, 0)
            dates = []
        elif state is not None and (
            not _CLAIM.search(sentence.text)
            or (
                all(c.end() <= state.start() for c in _CLAIM.finditer(sentence.text))
                and _NEW_CLAUSE_OPENS.search(sentence.text[: state.start()])
            )
        ):
            # ("G claimed the drone strike on X late on Tuesday, and Israeli jets hit Y on Wednesday": the claim
            # told before the state's strike stands, the strike does not)
            # "He seized the supermarket and killed four hostages before police stormed it": the
            # attack told before the security forces' action still stands; the action itself does not.
            sentence = _cut(sentence, state.start())
            dates = [d for d in dates if d.end <= state.start()]
        segments = _segments(sentence, claimed)
        if state_before == sentence.index - 1:
            # "Army drones struck vehicles near a well." "The FLA said the strikes killed five civilians.": the
            # state's strikes just told, and their toll, are no attack
            toll = _STATE_TOLL.search(sentence.text) is not None
            segments = [
                (seg, trig)
                for seg, trig in segments
                if not (
                    _STATE_WORD.fullmatch(trig.group(0)) and _THE_BEFORE.search(sentence.text[: trig.start()])
                )
                and not (toll and _KILLING_ONLY.fullmatch(trig.group(0)))
            ]
            if not segments and toll:
                topic.note(sentence)
                continue
        if (
            strike_only == sentence.index - 1
            and strike_new_day
            and state is None
            and not claimed
            and not dates
        ):
            # "Navy jets shelled the harbour's cranes." "Local officials said four dockers were killed.": the dead
            # of the state's strike told alone just before, on a day of its own, no attack (nor more dead of the
            # attack told earlier)
            # (not "In June gunmen killed nine fishermen near X": an attack told with its attackers; nor "In 2018 two
            # hikers were murdered near X": an event with a day of its own)
            segments = [
                (seg, trig)
                for seg, trig in segments
                if not (
                    _KILLING_ONLY.fullmatch(trig.group(0))
                    and re.search(r"\b(?:was|were|been)\s+$", sentence.text[: trig.start()])
                )
            ]
            if not segments:
                topic.note(sentence)
                continue
        after_state = state_before == sentence.index - 1
        if state is not None:
            state_before = sentence.index
        if segments and _groups_fight(sentence) and not _CLAIM.search(sentence.text):
            # "clashes between JNIM and the Islamic State killed dozens": the deaths of a fight, not an attack
            # (an attack word of its own still stands: "X, which has fought Y, bombed a market")
            segments = [(seg, trig) for seg, trig in segments if not _KILLING_ONLY.fullmatch(trig.group(0))]
        field = _RESPONSIBILITY_FIELD.match(sentence.text)
        if field is not None and attacks and sentence.index - attacks[-1].evidence[-1][0].index <= 3:
            # "Attribution: ISM, per the army." in a brief's list of incidents: the incident just listed
            status = (
                ClaimStatus.CLAIMED if field.group(1).lower().startswith("claim") else ClaimStatus.ATTRIBUTED
            )
            if not _NO_CLAIM.search(sentence.text):
                for g in sentence.of_type(EntityType.GROUP):
                    if g.start - sentence.start < field.end() + 60:
                        _add_claim(attacks[-1], g, status, sentence)
            topic.note(sentence)
            continue
        if not segments and sentence.index == 0 and headline is None and not attacks:
            # "Grenade hurled at X police station; police blame BKI module": a headline's blame with no attack word,
            # waiting for the lede's attack
            blamed = [
                g
                for g in filter(None, (_responsible(sentence, m) for m in sentence.of_type(EntityType.GROUP)))
                if _BLAMED_BEFORE.search(sentence.before(g, 60)) and not _SUSPECTED.search(sentence.text)
            ]
            if blamed:
                headline = _Candidate("attack", sentence, (0, len(sentence.text)))
                for g in blamed:
                    _add_claim(headline, g, ClaimStatus.ATTRIBUTED, sentence)
        if not segments:
            # (after a security forces' action, only a toll told before it: "revised the toll to 13 soldiers
            # killed, adding that several dozen terrorists were neutralised")
            # ("Israeli jets struck fuel depots at the port." "The ministry said three workers were killed": the
            # toll of the strike the sentence before told alone, not of the attack told earlier)
            if (
                (state is None and strike_only != sentence.index - 1)
                or _toll_rose(sentence.text)
                # "Three guards were killed and five wounded, and troops killed four of the raiders": the toll
                # told before the forces' reply, in a clause of its own, is the attack's
                or (state is not None and _REPLY_JOINED.search(sentence.text) is not None)
            ):
                _fill_casualties(sentence, dates, attacks, numbering)
            if state is not None and all(
                trig.start() >= state.start() for _, trig in _segments(whole, claimed)
            ):
                strike_only = sentence.index
                # ("... on Wednesday": a day other than the attack's, the strike is an event of its own)
                strike_new_day = any(
                    d.precision == "day"
                    and not (attacks and attacks[-1].date and attacks[-1].date.value == d.value)
                    for d in whole_dates
                )
            topic.note(sentence)
            continue
        candidates = [_candidate(sentence, seg, trig, dates, len(segments) == 1) for seg, trig in segments]
        background = 0
        kept = _toll_joined(candidates, segments)
        candidates, segments = [candidates[i] for i in kept], [segments[i] for i in kept]
        for i in range(1, len(candidates)):
            before, cand = candidates[i - 1], candidates[i]
            (_, first), (_, second) = segments[i - 1], segments[i]
            if (
                cand.date is None
                and before.date is not None
                and before.date.end <= first.start()
                and _SHARED_DAY.fullmatch(sentence.text, first.end(), second.start())
            ):
                # "claimed this week's suicide bombing of a checkpoint in X and a roadside blast in Y": the day told
                # before the first attack word is the second's too
                cand.date = before.date
        if len(candidates) > 1 and _LIKE_ASIDE.match(sentence.text) and candidates[-1].claims:
            # "That attack, like the 2013 siege of X and the 2015 massacre at Y, was claimed by G": the attacks
            # compared in the aside share the claim of the sentence's subject
            for cand in candidates[:-1]:
                for g, status, s, _ in candidates[-1].claims.values():
                    _add_claim(cand, g, status, s)
        for cand, (_, trig) in zip(candidates, segments, strict=True):
            if _OTHER_AGENT.match(sentence.text, trig.end()):
                # "..., prompting a rampage by settlers in the town": the next act is another's, no group's attack
                cand.claims.clear()
        for cand in candidates:
            _reaction_only(cand)
        if (
            cell_owner is not None
            and sentence.index - cell_owner[1] <= 6
            and _THIS_CELL_DID.search(sentence.text)
        ):
            # "The cell belongs to G." ... "the members of this cell carried out the attack on a patrol": G's
            for cand in candidates:
                if not cand.claims:
                    _add_claim(cand, cell_owner[0], ClaimStatus.ATTRIBUTED, sentence)
        _inherit_responsibility(sentence, candidates, attacks)
        topic.lend(sentence, candidates, state is not None)
        for cand in candidates:
            if _attackers_died(cand):
                # (no more of the attack just told either: its day may be the next morning's)
                continue
            if _SAME_ATTACKERS.search(stretch_before(cand)):
                # "blamed the same gunmen who raided X": an earlier attack named to say who did this one, not
                # this one's place
                continue
            if (
                attacks
                and cand.killed is not None
                and not cand.locations
                and (_revised(sentence.text) or _REVISED_TOLL_OF.search(sentence.text) is not None)
                and sentence.index - attacks[-1].evidence[-1][0].index <= 2
            ):
                # "Two days later, the spokesman revised the toll to 13 soldiers killed": the attack just told
                _merge(attacks[-1], cand)
                continue
            if _time_reference(cand) and cand.claims and attacks and not cand.locations and cand.date is None:
                # "Hours after the blast, G claimed responsibility": the claim is for the attack just told
                for g, status, _, _ in cand.claims.values():
                    _add_claim(attacks[-1], g, status, sentence)
                attacks[-1].evidence.append((sentence, (sentence.start, sentence.end), 0.6))
                continue
            if _tally(cand) or _generic(cand) or _habitual(cand) or _time_reference(cand):
                background += not _time_reference(cand)
                continue
            if lead is not None:
                cand.date = cand.date or lead
                cand.locations = cand.locations or list(lead_places)
            if (
                not cand.locations
                and not attacks
                and dateline is not None
                and 0 <= sentence.index - dateline[0] <= 8
                and (cand.killed is not None or cand.claims)
                # ("PRISTINA — prosecutors filed charges over the attack at the X monastery, a year after the gun
                # battle that killed a sergeant": the sentence places its events elsewhere)
                and not any(other.locations for other in candidates)
                # ("JENIN — Troops raided the camp overnight." "Medics said five Palestinians were killed": the dead
                # of the security forces' action just told, no attack in the town)
                and not (after_state and not cand.claims)
            ):
                # "BANNU — The first truck came through the wall ...", then "nine soldiers and six civilians
                # were dead": the first attack a report filed from a town tells, with no place of its own,
                # happened there
                cand.locations = [dateline[1]]
            if (
                attacks
                and not cand.claims
                and _tells_again(sentence, attacks[-1])
                and not _other_countries(cand.locations, attacks[-1].locations)
                # (its places and its day, if in the same month, refine the attack's)
                and _same_month(cand, attacks[-1])
            ):
                # "The attackers entered the camp late on Tuesday, shooting residents": the sentence right after an
                # attack that opens on its attackers goes on telling it, whatever attack word it holds
                _merge(attacks[-1], cand)
                continue
            if (
                attacks
                and (not cand.locations or _FIRST_TOLD.match(sentence.text))
                and sentence.index - attacks[-1].evidence[-1][0].index == 1
                and (_PRONOUN_UNDER_ATTACK.match(sentence.text) or _FIRST_TOLD.match(sentence.text))
                and _same_month(cand, attacks[-1])
                and not _other_countries(cand.locations, attacks[-1].locations)
            ):
                # "... ambushed a convoy near X." "It came under fire on Monday afternoon, when a bomb disabled the
                # lead vehicle": what was attacked, told again by its pronoun, with the day of the attack
                # ("Police first said four guards had been shot dead when gunmen stormed their post near Y": the
                # first account of the attack just told, and where it was)
                _merge(attacks[-1], cand)
                continue
            target = _coreferent(cand, attacks)
            if target is not None:
                _merge(target, cand)
                # The attack just told is the latest, whenever it was first named: "the attack" in the
                # next sentence is this one, not the one appended last (a headline's attack merges late).
                attacks.remove(target)
                attacks.append(target)
            elif (
                headline is None
                and not attacks
                and sentence.index == 0
                and cand.claims
                and cand.date is None
                and cand.killed is None
                and cand.wounded is None
            ):
                # A headline that only names who claimed an attack: the claim waits for the lede's attack.
                headline = cand
            elif cand.same_place and attacks and not cand.locations:
                # "In January 2018, a double suicide bombing in the same square left 38 people dead."
                cand.locations = list(attacks[-1].locations)
                if _SAME_AREA.search(sentence.text, *cand.span):
                    # ("the attack of 20 April 2023 at Bhimber Gali, in the same district": the district and what
                    # holds it, not the village the first attack was in)
                    cand.locations = [
                        m for m in cand.locations if m.subtype in ("Region", "Province", "Country")
                    ]
                if _is_event(cand):
                    attacks.append(cand)
            elif _is_event(cand):
                if (
                    unanchored is not None
                    and cand.definite
                    and sentence.index - unanchored.sentence.index == 1
                    and _head(unanchored.trigger) == _head(cand.trigger)
                ):
                    # "The army blamed the BRN for a roadside bomb that killed two." "The bomb was
                    # detonated in Rueso on Monday.": the bomb with no place or day is the one placed next.
                    _merge(cand, unanchored)
                    unanchored = None
                if headline is not None and _same_story(headline, cand, first=not attacks):
                    # "Al-Shabaab claims attack on Kenyan police camp", then the lede: the headline's claim
                    # ("...; ADF massacre in Ituri": a second story's claim waits for the attack in Ituri).
                    for g, status, s, _ in headline.claims.values():
                        _add_claim(cand, g, status, s)
                    if cand.killed is None and cand.wounded is None and cand.definite:
                        # "... blamed the BRN for a bomb that killed two." "The bomb ...": its figures too
                        cand.killed, cand.wounded = headline.killed, headline.wounded
                    headline = None
                attacks.append(cand)
            elif headline is None and not attacks and sentence.index == 0 and cand.claims:
                headline = cand
            elif cand.claims and (both := _BOTH.search(sentence.text)) is not None:
                # "The Islamic State claimed both attacks": the claim goes to the attacks just told.
                count = {"both": 2, "two": 2, "three": 3}.get(both.group(1).lower(), 2)
                for earlier in attacks[-count:]:
                    for g, status, s, _ in cand.claims.values():
                        _add_claim(earlier, g, status, s)
            elif attacks and _continues(cand, attacks[-1]):
                # "Up to 100 militants attacked a patrol, killing four soldiers": no place or date of
                # its own, but figures for the attack just described.
                _merge(attacks[-1], cand)
            elif not cand.locations and cand.date is None and (cand.killed is not None or cand.claims):
                unanchored = cand
        if candidates and background == len(candidates):
            # "Washington blamed G, which announced days later that it was suspending attacks on US troops": the
            # only attack words speak of the group's attacks in general; the blame is for the attack just told
            _fill_casualties(sentence, dates, attacks, numbering, blame_only=True)
        topic.note(sentence)
    # An attack no text places is no event an analyst can code (GTD and ACLED need a place too): dropped.
    return [_to_attack(c, source) for c in _fold_undated(attacks) if c.locations]


_LIKE_ASIDE = re.compile(
    rf"^\W*(?:The|That|This|Its|Their|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\s*,\s*(?:like|as\s+with|as\s+did)\s+"
    r"[^;]+,\s+(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?(?:claimed\s+by|blamed\s+on|carried\s+out\s+by|attributed\s+to)\b"
)
# " of a checkpoint in X and a roadside ": a second attack named in the same breath as the first
_SHARED_DAY = re.compile(
    r"(?:\s+(?:of|on|at|in|near|against)\s+[^,;.:]{1,80}?)?\s+and\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
)
# " and one was wounded on Thursday when ...": a clause that goes on with the toll of the clause before it
_AND_GOES_ON = re.compile(r"\s*(?:,\s*)?and\s+(?!(?:in|on|at|near)\b)", re.I)


def _toll_joined(
    candidates: list[_Candidate], segments: list[tuple[tuple[int, int], re.Match[str]]]
) -> list[int]:
    """The indices of the candidates that stand once a bare count of the dead told first, joined by "and" to the
    clause that tells the attack, is given to that attack.

    "Two reservists were killed and one was wounded on Thursday when their vehicle struck a roadside bomb on the X
    road": the dead, with no place or day of their own, are the bomb's.
    """
    out: list[int] = []
    for i, cand in enumerate(candidates):
        after = candidates[i + 1] if i + 1 < len(candidates) else None
        if (
            after is not None
            and _KILLING_ONLY.fullmatch(segments[i][1].group(0))
            and cand.killed is not None
            and not cand.locations
            and cand.date is None
            and not cand.claims
            and after.killed is None
            and (after.locations or after.date is not None)
            and _AND_GOES_ON.match(cand.sentence.text, segments[i + 1][0][0])
        ):
            after.killed, after.boasted = cand.killed, cand.boasted
            after.wounded = after.wounded if after.wounded is not None else cand.wounded
            continue
        out.append(i)
    return out


# "BANNU — The first truck came through the wall ...": the town a report was filed from, in capitals
_DATELINE_PLACE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ’'-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ’'-]+){0,2})(?:,[^\n—–]{1,40})?\s+[—–-]{1,2}\s",
    re.M,
)


# "Police first said ...", "Officials had initially reported ...": the first account of the attack just told.
_FIRST_TOLD = re.compile(
    r"^\W*(?!The\s+(?:first|initially)\b)(?:The\s+)?(?:[A-Z][\w-]*\s+|(?:police|officials|authorities|army|military)\s+){1,3}?(?:had\s+)?"
    r"(?:first|initially)\s+(?:said|reported|told|put)\b"
)
# "It came under fire on Monday", "They were ambushed near the river": the target just told, attacked.
_PRONOUN_UNDER_ATTACK = re.compile(
    r"^\W*(?:It|They)\s+(?:came|had\s+come|was|were|had\s+been)\s+(?:under\s+(?:fire|attack)|attacked|ambushed|"
    r"hit|struck|targeted|shelled)\b"
)


def _same_month(cand: _Candidate, latest: _Candidate) -> bool:
    """Whether a candidate may go on telling the latest attack by its date: undated, or in the same month."""
    return cand.date is None or latest.date is None or cand.date.value[:7] == latest.date.value[:7]


def _dateline_place(sentences: list[Sentence]) -> tuple[int, Mention] | None:
    """The town a report was filed from ("BANNU — The first truck ..."), and the index of its sentence."""
    for sentence in sentences[:6]:
        line = _DATELINE_PLACE.search(sentence.text)
        if line is None:
            continue
        # The headline must name the town too, in its own words: a wire filed from a capital ("BEIRUT, Nov 12 -
        # Fighting in Syria's Suwayda province ...", "NAIROBI (Reuters) - ... in Mandera county") tells of somewhere
        # else. (NER rarely reads a name in capitals: the place is the mention written the usual way.)
        written = line.group("place").upper()
        place = next(
            (
                m
                for other in sentences[: sentence.index + 1]
                for m in other.of_type(EntityType.LOCATION)
                if m.subtype != "Country"
                and not m.text.isupper()
                and written in (m.text.upper(), m.name.upper())
            ),
            None,
        )
        return (sentence.index, place) if place is not None else None
    return None


_STATE_WORD = re.compile(r"(?:air\s*|drone\s+)?(?:strikes?|raids?|bombardments?|shelling|bombing)", re.I)
_THE_BEFORE = re.compile(r"\b(?:the|those|these)\s+(?:(?:air|drone|army|military)\s+)?$", re.I)
_STATE_TOLL = re.compile(
    r"\b(?:the|those|these)\s+(?:(?:air|drone|army|military)\s+)?(?:strikes?|air\s*strikes?|raids?|bombardments?|"
    r"shelling|operations?)\s+(?:had\s+|have\s+)?(?:killed|wounded|injured|left)\b",
    re.I,
)


# What may follow a date that opens a paragraph as its heading: the place, its region in brackets, a stop.
# "21 March, Kandahar.", "3 May, Pul-i-Khumri (Baghlan).", "Mid-September, Kabul:", "12 June 2024 -"
_LEAD_DATE = re.compile(
    r"(?:\s*,\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s+(?:district|province|region|state|county|city))?"
    r"(?:\s*\([^()]{1,40}\))?)?\s*[.:—–-]?\s*"
)


_LEAD_BEFORE = re.compile(
    r"(?:(?:[Mm]id|[Ee]arly|[Ll]ate)[- ])?"
    # ("Mudiyah, 9 August.": the place first, then the day)
    r"|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s+(?:district|province|region|state|county|city))?\s*,\s*"
)
_LEAD_END = re.compile(r"\s*[.:—–-]?\s*")
_LEAD_MONTH = re.compile(
    r"(?:(?:[Mm]id|[Ee]arly|[Ll]ate)[- ])?(?P<month>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
)


def _lead_date(
    sentence: Sentence, dates: list[DateMention], anchor: dt.date | None, previous: str | None
) -> DateMention | None:
    """The date a paragraph opens with as its heading ("21 March, Kandahar.", "November, Andarab."), if it is one."""
    if dates and (lead := _LEAD_BEFORE.fullmatch(sentence.text[: dates[0].start])):
        if (_LEAD_END if "," in lead.group() else _LEAD_DATE).fullmatch(sentence.text, dates[0].end):
            return dates[0]
        return None
    month = _LEAD_MONTH.match(sentence.text)
    if dates or month is None or not _LEAD_DATE.fullmatch(sentence.text, month.end()):
        return None
    # a month alone is read as "in November" is: the latest such month up to the document's date
    found = find_dates(f"in {month.group('month')}", anchor, previous)
    return replace(found[0], start=month.start("month"), end=month.end()) if found else None


def _inside_a_name(sentence: Sentence, date: DateMention) -> bool:
    """Whether a date lies inside the name of a group or an organisation the sentence names."""
    return any(
        m.start - sentence.start <= date.start and date.end <= m.end - sentence.start
        for m in sentence.mentions
        if m.type in (EntityType.GROUP, EntityType.ORGANIZATION)
    )


def _opens_paragraph(text: str, sentence: Sentence) -> bool:
    """Whether the sentence is the first of its paragraph or list item."""
    return not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip()


# A labelled field of an incident list: "Attribution: ISM, per the army", "Claimed by: JNIM (az-Zallaqa)".
_RESPONSIBILITY_FIELD = re.compile(
    r"\s*(?:[-*•]\s*)?(Attribution|Attributed\s+to|Perpetrators?|Responsibility|Claimed\s+by|Claim)\s*:\s*",
    re.I,
)


def _fold_undated(attacks: list[_Candidate]) -> list[_Candidate]:
    """Undated attacks that are a later dated one told first, in summary.

    "condemned a Houthi missile strike on a ship in the Red Sea that killed two crew members", then "the
    carrier Aegean Meridian was hit by a missile on Sunday ... Two sailors were killed": the attack told
    first with no day, by the same group with the same toll, is the one dated later.
    """
    kept = list(attacks)
    for u in attacks:
        if u.date is not None or u.killed is None or not u.claims:
            continue
        same = [
            d
            for d in kept
            if d is not u
            and d.date is not None
            and d.killed == u.killed
            and set(d.claims) & set(u.claims)
            and d.evidence[0][0].index > u.evidence[0][0].index
            and not _other_countries(d.locations, u.locations)
        ]
        if len(same) == 1:
            _merge(same[0], u)
            kept.remove(u)
    for u in list(kept):
        if u.date is not None or u.killed is not None or u.wounded is not None or not u.claims:
            continue
        # "G was blamed for an ambush on an army vehicle in X." "Four soldiers died when militants fired on the vehicle
        # near Y on 26 September.": the undated attack told in summary, then told with its day and toll
        told = [
            d
            for d in kept
            if d is not u
            and d.date is not None
            and d.killed is not None
            and not d.claims
            and d.evidence[0][0].index - u.evidence[0][0].index == 1
            and _retold(u, d)
            and not _other_countries(d.locations, u.locations)
        ]
        if len(told) == 1:
            _merge(told[0], u)
            kept.remove(u)
    return kept


_INTRODUCED = re.compile(r"\b(?:a|an)\s+((?:[\w-]+\s+){0,2}?[a-z]{4,})\b")
_REFERRED = re.compile(r"\bthe\s+([a-z]{4,})\b")


def _retold(u: _Candidate, d: _Candidate) -> bool:
    """Whether `d`'s sentence names again, with "the", a thing `u`'s attack introduced with "a" ("an army vehicle")."""
    lo, hi = u.evidence[0][1]
    span = u.sentence.text[lo - u.sentence.start : hi - u.sentence.start]
    introduced = {m.group(1).split()[-1] for m in _INTRODUCED.finditer(span)}
    return any(m.group(1) in introduced for m in _REFERRED.finditer(d.sentence.text))


def _same_story(headline: _Candidate, told: _Candidate, first: bool) -> bool:
    """Whether a headline's attack is this one: the first told, or a later one at the headline's own town.

    The first attack, told soon after, must not lie in another country than the headline's.
    """
    theirs = set().union(*(_names(m) for m in headline.locations)) if headline.locations else set()
    mine = set().union(*(_names(m) for m in told.locations)) if told.locations else set()
    if theirs & mine:
        return told.sentence.index - headline.sentence.index <= 8
    if not first or told.sentence.index - headline.sentence.index > 3:
        return False
    return not _other_countries(headline.locations, told.locations)


def _counted_from(
    sentence: Sentence, attacks: list[_Candidate], previous: str | None, last_day: str | None = None
) -> str | None:
    """The day that "two days later", "the next day" or "a week after" counts from: the attack just told.

    "It came a week after militants bombed a convoy" follows the attack, not the day it was claimed;
    "The verdict came a day after ..." follows the verdict, the last day the text told.
    """
    if not COUNTED_FROM_EVENT.search(sentence.text):
        return previous
    if last_day is not None and _OTHER_EVENT_CAME.match(sentence.text):
        return last_day
    named = _NAMED_ATTACK.search(sentence.text)
    if named is not None:
        # "Two days after the Reasi attack": counted from the attack at the place named, wherever it was told.
        for a in reversed(attacks):
            if (
                a.date is not None
                and a.date.precision == "day"
                and any(m.name in named.group(1) for m in a.locations)
            ):
                return a.date.value
    # "It also came a week after gunmen stormed a police station", after a month-only attack told in passing:
    # "it" is the last attack dated to the day.
    for a in reversed(attacks):
        if a.date is not None and a.date.precision == "day":
            return a.date.value
    return previous


# "The verdict came a day after ...": an event that is no attack, told just before, is what is counted from.
_OTHER_EVENT_CAME = re.compile(
    r"\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?(?:verdict|ruling|sentence|sentencing|judg(?:e)?ment|arrests?|"
    r"announcement|statement|decision|visit|meeting|election|vote|deal|agreement|ban|warning|summit|talks)\s+"
    r"came\b"
)
_NAMED_ATTACK = re.compile(
    r"\b(?:after|before)\s+the\s+((?:[\w'’-]+\s+){1,3}?)(?:attack|bombing|ambush|assault|massacre|raid|blast|shooting)\b",
    re.I,
)


# "a five-man squad stormed the hotel", "a cell of fighters": an unnamed unit, whose group is the one the
# paragraph is about.
_UNIT_SUBJECT = re.compile(
    r"\b(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?:squad|cell|unit|team|commando|detachment|column|group\s+of\s+"
    r"(?:fighters|militants|gunmen|attackers|insurgents))s?\b(?![\s-]+of\b)",
    re.I,
)
# "Al-Shabaab has stepped up attacks. On Friday, the militants stormed a hotel": the group just named.
_THE_MILITANTS = re.compile(
    r"(?:^|[,;]\s*|\b(?:when|as|after)\s+|"
    # "In December the militants beheaded eleven villagers", "Last week the group stormed a base"
    r"^(?:in|on|last|early|late|earlier|later|that|by|within)\s+(?:[\w-]+\s+){1,3}?)"
    r"the\s+(?:militants|jihadists|insurgents|extremists|rebels|group|fighters|coalition|faction|movement|gangs?)\s+$",
    re.I,
)
# "the army's special unit", "a police team": a unit of the security forces, not of a group.
_STATE_UNIT = re.compile(
    r"\b(?:police|army|military|security|rescue|bomb|special|elite|counter-?terror\w*|intervention|medical|"
    r"forensic|investigat\w+|government|joint|UN|U\.N\.)\s+(?:[\w-]+\s+)?(?:squad|cell|unit|team|commando|detachment|column)",
    re.I,
)


# "the army has fought ISWAP for a decade": the group is the one fought, not the one the story follows.
_FOUGHT = re.compile(
    r"\b(?:fought|fighting|fights|battling|battled|combat(?:ing|ed)?|pursuing|pursued|hunting|hunted|"
    r"crackdown\s+on|offensive\s+on|operations?\s+on|war\s+on|defeat(?:ed)?|dislodge[ds]?|rout(?:ed)?)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$",
    re.I,
)


@dataclass(slots=True)
class _Topic:
    """The groups the current paragraph (or, at its start, the one before) is about."""

    end: int = 0
    here: dict[str, Mention] = field(default_factory=dict)
    before: dict[str, Mention] = field(default_factory=dict)

    def advance(self, text: str, sentence: Sentence) -> None:
        if "\n" in text[self.end : sentence.start]:
            self.before, self.here = self.here or self.before, {}
        self.end = sentence.end

    def note(self, sentence: Sentence) -> None:
        for m in sentence.of_type(EntityType.GROUP):
            before = sentence.before(m, 60)
            if (
                _TARGET_BEFORE.search(before)
                or _FOUGHT.search(before)
                or _DENIED.match(sentence.after(m, 80))
            ):
                continue
            if (r := _responsible(sentence, m)) is not None:
                self.here.setdefault(r.gazetteer_id or r.name, r)

    def lend(self, sentence: Sentence, candidates: list[_Candidate], state: bool) -> None:
        """Give an attack by an unnamed unit the one group its paragraph is about, if there is exactly one."""
        groups = self.here or self.before
        if state or len(groups) != 1 or sentence.of_type(EntityType.GROUP) or _NO_CLAIM.search(sentence.text):
            return
        (group,) = groups.values()
        for cand in candidates:
            words = stretch_before(cand)
            if (
                not cand.claims
                and (_UNIT_SUBJECT.search(words) or _THE_MILITANTS.search(words))
                and not _STATE_UNIT.search(words)
            ):
                _add_claim(cand, group, ClaimStatus.ATTRIBUTED, sentence)


# "GSS units raided houses", "officers of the Federal Security Service (FSB) killed two": a state body's men acting.
_BODY_MEN_BEFORE = re.compile(
    r"\b(?:officers|agents|troops|units|forces|soldiers|personnel|operatives|commandos|men)\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
_BODY_ACTS = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?(?:\s+(?P<men>units?|forces|troops|officers|agents|personnel|soldiers|commandos|"
    r"operatives|teams?|squads?))?\s+(?:have\s+|had\s+|then\s+|later\s+)?(?:raided|killed|stormed|shot\s+dead|"
    r"gunned\s+down|shelled|bombed|arrested|detained)\b",
    re.I,
)


_COUNTRY_STRUCK = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|repeatedly\s+|again\s+|then\s+)?(?:struck|bombed|shelled|pounded)\b"
)
# (not a year: "In 2021 similar Turkish strikes on the camp ...")
_COUNTED_BEFORE = re.compile(
    r"\b(?:(?!(?:19|20)\d\d\b)\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|scores\s+of)\s+"
    r"(?:(?:more|other|[a-z]+-?\w*)\s+)?$",
    re.I,
)


_NO_OBJECT = re.compile(r"\s*(?:[,.;:)]|$|(?:with|and|in|on|during|when|after)\b)")


# "allied units raided hideouts in two districts", "stormed a safe house": a sweep for militants, not an attack
_SWEEP = re.compile(
    r"\b(?:raided|stormed|swept)\s+(?:(?:a|an|the|their|several|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+)?"
    r"(?:hideouts?|hide-outs?|safe\s*houses?|hiding\s+places)\b",
    re.I,
)


def _state_action(sentence: Sentence, claimed: bool = False) -> re.Match[str] | None:
    """The first words telling of security forces acting, not counting a group's name ("Allied Democratic Forces")
    (nor, in a sentence telling a group's claim, the drone strike it claimed)."""
    for match in _STATE_ACTION.finditer(sentence.text):
        if claimed and _STRIKE.fullmatch(match.group()):
            continue
        if (
            _STRIKE.fullmatch(match.group())
            and _HELD_FOR.search(sentence.text[: match.start()])
            and any(g.start - sentence.start < match.start() for g in sentence.of_type(EntityType.GROUP))
        ):
            continue  # ("Washington holds KH responsible for the drone strike on Tower 22": the group's strike)
        if _COUNTED_BEFORE.search(
            sentence.text[max(0, match.start() - 30) : match.start()]
        ) and _NO_OBJECT.match(sentence.text, match.end()):
            # "put the toll at 58 civilians and six soldiers killed": soldiers counted among the dead
            continue
        # (only its first word may not be a group's: "forces, with the Syrian Democratic Forces, conducted a raid")
        lo = sentence.start + match.start()
        hi = lo + len(match.group().split()[0])
        if not any(m.type is EntityType.GROUP and m.start < hi and lo < m.end for m in sentence.mentions):
            return match
    if (sweep := _SWEEP.search(sentence.text)) is not None:
        # (whoever's units they are: a unit's name may be read as a group's)
        return sweep
    for country in sentence.of_type(EntityType.LOCATION):
        # "Israel has struck the port repeatedly since July": a state striking, told by its name
        if country.subtype == "Country" and (acts := _COUNTRY_STRUCK.match(sentence.after(country, 40))):
            return acts
    for body in sentence.of_type(EntityType.ORGANIZATION):
        # (its men must be named: "the FSB killed" alone may be a headline's shorthand for anything)
        acts = _BODY_ACTS.match(sentence.after(body, 60))
        if acts is not None and (acts.group("men") or _BODY_MEN_BEFORE.search(sentence.before(body, 30))):
            return acts
    return None


# Fights between militant groups are not attacks (dev README): "clashes between X and Y", "X clashed with Y".
_FIGHT_WORD = re.compile(
    r"\b(?:clash(?:es|ed)?|fighting|fought|battles?|battled|infighting|gunfights?|firefights?|skirmish(?:es|ed)?|"
    r"feud(?:ing|ed)?)\s+(?:(?:repeatedly|again|fiercely|heavily)\s+)?(?P<how>between|with|against)\s+(?:the\s+)?$",
    re.I,
)


_KILLING_ONLY = re.compile(
    r"killed|killing|killings|murdered|exploded|went\s+off|hacked\s+to\s+death|slaughtered|beheaded|"
    r"(?:hacked|shot|stabbed|beaten|clubbed)\s+(?:(?:and|or)\s+(?:hacked|shot|stabbed|beaten|clubbed)\s+)?to\s+death",
    re.I,
)


# "the Taliban all but wiped out the movement in Zabul, killing its emir": one group crushing another
_WIPED_OUT = re.compile(
    r"^[^.;]{0,80}?\b(?:wiped\s+out|crushed|routed|purged|decimated|annihilated)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:movement|group|faction|militia|organi[sz]ation|rivals?|splinter\s+group|breakaway\s+faction)\b",
    re.I,
)


def _groups_fight(sentence: Sentence) -> bool:
    """Whether the sentence tells of two groups fighting each other."""
    groups = sorted(sentence.of_type(EntityType.GROUP), key=lambda m: m.start)
    if any(_WIPED_OUT.match(sentence.after(g, 140)) for g in groups):
        return True
    for i, g in enumerate(groups):
        fight = _FIGHT_WORD.search(sentence.before(g, 50))
        if fight is None:
            continue
        if fight.group("how").lower() == "between":
            after = groups[i + 1] if i + 1 < len(groups) else None
            if after is not None and re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence.between(g, after)):
                return True
        elif i > 0 and groups[i - 1].name != g.name:
            return True
    return False


def _cut(sentence: Sentence, end: int) -> Sentence:
    """The sentence up to `end` (an offset in its text), with the mentions inside that stretch."""
    stop = sentence.start + end
    return replace(
        sentence,
        end=stop,
        text=sentence.text[:end],
        mentions=tuple(m for m in sentence.mentions if m.end <= stop),
    )


# "X has focused its attacks on ..., including the 2021 bombing": X is behind the attacks listed.
_ITS_ATTACKS = re.compile(
    # ("..., but its deadliest attack, on the al-Rawda mosque in November 2017, ...")
    r"\b(?:its|their)\s+(?:\w+\s+){0,2}?(?:attacks?|operations|bombings?|strikes|massacres?)\b|"
    r"\b(?:carried\s+out|staged|launched|mounted|conducted|claimed)\s+(?:\w+\s+){0,2}?(?:attacks|bombings|raids|assaults)\b",
    re.I,
)
# "Other notable attacks include ...": the same perpetrator as the attacks just discussed.
_OTHER_ATTACKS = re.compile(
    r"\b(?:other|earlier|previous|similar|further)\s+(?:\w+\s+)?(?:attacks|bombings|operations)\s+(?:include|included|were|such\s+as)\b",
    re.I,
)


def _inherit_responsibility(
    sentence: Sentence, candidates: list[_Candidate], attacks: list[_Candidate]
) -> None:
    """Give the attacks of a sentence the group it says they belong to, when their own words name none."""
    owner: list[tuple[Mention, ClaimStatus]] = []
    its = _ITS_ATTACKS.search(sentence.text)
    if _NO_CLAIM.search(sentence.text):
        return
    if its is not None:
        # (not a group named as another's owner: "IS's Sinai Province ..., but its deadliest attack")
        subject = [
            r
            for m in sentence.mentions
            if m.type is EntityType.GROUP
            and m.start - sentence.start < its.start()
            and not sentence.after(m, 3).startswith(("'s", "’s"))
            if (r := _responsible(sentence, m)) is not None
        ]
        if subject:
            owner = [(subject[0], ClaimStatus.ATTRIBUTED)]
    elif _OTHER_ATTACKS.search(sentence.text):
        previous = next((a for a in reversed(attacks) if a.claims), None)
        if previous is not None:
            owner = [(g, status) for g, status, _, _ in previous.claims.values() if status.is_perpetrator]
    if not owner:
        return
    for cand in candidates:
        if not cand.claims:
            for g, status in owner:
                _add_claim(cand, g, status, sentence)


# The attack a verb names, for labels and attack types: "kidnapped" -> kidnapping.
_VERB_NOUN = {
    "stabbed": "stabbing",
    "stabbing": "stabbing",
    "kidnapped": "kidnapping",
    "abducted": "kidnapping",
    "bombed": "bombing",
    "detonated": "bombing",
    "exploded": "bombing",
    "went": "bombing",
    "blew": "bombing",
    "ambushed": "ambush",
    "opened": "shooting",
    "shot": "shooting",
    "gunned": "shooting",
    "hijacked": "hijacking",
    "besieged": "siege",
    "massacred": "massacre",
    "dropped": "bombing",
    "came": "attack",
    "shelled": "shelling",
    "fired": "rocket attack",
    "rockets": "rocket attack",
    "drone": "drone attack",
    "drones": "drone attack",
    "mortars": "mortar attack",
    "mortar": "mortar attack",
    "shells": "shelling",
    "missiles": "missile attack",
    "projectiles": "rocket attack",
    "hacked": "massacre",
    "slaughtered": "massacre",
    "beheaded": "killing",
    "murdered": "killing",
    "took": "hostage-taking",
    "set": "arson attack",
    "torched": "arson attack",
    "firebombed": "arson attack",
    "fire-bombed": "arson attack",
    "burned": "arson attack",
    "burnt": "arson attack",
}


def _verb_noun(verb: str) -> str:
    """The attack a verb names: "kidnapped" -> kidnapping; "set fire to" is arson, "set off a bomb" a bombing."""
    if re.match(r"set\s+off\b", verb, re.I):
        return "bombing"
    return _VERB_NOUN.get(verb.split()[0].lower(), "attack")


# "killed three of the attackers, whom it described as 'members of the terrorist organisation G'", "police
# identified the gunmen as G fighters": who the attackers of the attack just told were.
_ATTACKERS_DESCRIBED = re.compile(
    r"\b(?:attackers|gunmen|assailants|bombers?|raiders|perpetrators|killers)\b[^.;]{0,40}?\b(?:described|identified|"
    r"named|described\s+them)\s+as\s+[\"“'‘]?\s*(?:(?:members?|fighters?|militants?|operatives?)\s+of\s+)?"
    r"(?:the\s+)?(?:(?:terrorist|militant|jihadist|extremist|armed|banned|outlawed)\s+)?"
    r"(?:(?:organi[sz]ation|group|movement)\s+)?$|"
    r"\b(?:described|identified)\s+the\s+(?:attackers|gunmen|assailants|bombers?|raiders)\s+as\s+[\"“'‘]?\s*"
    r"(?:(?:members?|fighters?|militants?|operatives?)\s+of\s+)?(?:the\s+)?$",
    re.I,
)


# "the spokesman said the attackers were fighters of the G faction loyal to ...": "the attackers" are the
# attack just told, whatever other event the sentence goes on to tell ("... whose bases were overrun in 2022")
_THE_ATTACKERS_WERE = re.compile(
    r"\bthe\s+(?:attackers|gunmen|assailants|bombers|raiders|perpetrators|killers|ambushers)\s+(?:were|was)\s+"
    r"(?:all\s+|probably\s+|likely\s+)?(?:members|fighters|militants|operatives|men|cadres)\s+(?:of|from|loyal\s+to)\s+"
    r"(?:the\s+|a\s+)?$|"
    # "the spokesman said the bomber belonged to a cell of G"
    r"\bthe\s+(?:suicide\s+)?(?:attackers?|gunm[ae]n|assailants?|bombers?|raiders|perpetrators?|killers?)\s+(?:had\s+)?"
    r"(?:belonged|belongs|belong)\s+to\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:cell|unit|faction|branch|network|module|squad)\s+"
    r"(?:of|from)\s+)?(?:the\s+)?$",
    re.I,
)


def _described_attackers(sentence: Sentence, attacks: list[_Candidate]) -> None:
    """The group officials say the attackers of the attack just told belonged to."""
    if not attacks or sentence.index - attacks[-1].evidence[-1][0].index > 2:
        return
    for g in sentence.of_type(EntityType.GROUP):
        if (
            _ATTACKERS_DESCRIBED.search(sentence.before(g, 120))
            or (
                (were := _THE_ATTACKERS_WERE.search(before := sentence.before(g, 160))) is not None
                # ("would not say whether the attackers were fighters of G")
                and not _BLAME_WITHHELD.search(before[: were.start()])
            )
        ):
            # ("said the assailants were probably fighters of G": a guess, hedged)
            hedged = _SUSPECTED.search(sentence.before(g, 60)) is not None
            _add_claim(attacks[-1], g, ClaimStatus.SUSPECTED if hedged else ClaimStatus.ATTRIBUTED, sentence)
            attacks[-1].evidence.append((sentence, (sentence.start, sentence.end), 0.6))
            return


# "after a claim of responsibility by G was withdrawn"; "a second message on the same channel disowned it"
_CLAIM_WITHDRAWN = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?\s+(?:was|were|had\s+been|has\s+been)\s+(?:later\s+|quickly\s+|swiftly\s+)?"
    r"(?:withdrawn|retracted|deleted|disowned|rescinded)\b",
    re.I,
)
# "G, which had claimed the attack hours after it took place, withdrew the claim on Friday", "G first claimed that
# attack too before disowning it": the claimant takes back, in the same clause, the claim just told
_WITHDREW_AFTER = re.compile(
    r"[^.;:]{0,80}?(?:,\s*|\s+before\s+|\s+but\s+(?:later\s+|then\s+)?|\s+and\s+(?:later\s+|then\s+)?)"
    r"(?:(?:later|then|quickly|swiftly)\s+)?(?:disowned|disowning|retracted|retracting|withdrew|withdrawing|"
    r"rescinded|rescinding|deleted|deleting)\s+(?:it|the\s+claim|its\s+claim|that\s+claim)\b",
    re.I,
)
_RETRACTED = re.compile(
    r"\b(?:disowned|retracted|withdrew|rescinded|deleted)\s+(?:it|the\s+claim|its\s+claim|that\s+claim|the\s+(?:first\s+|earlier\s+)?"
    r"(?:message|statement|post))\b",
    re.I,
)


def _retract_claim(sentence: Sentence, attacks: list[_Candidate]) -> None:
    """A claim taken back right after it was made: the claimant no longer claims the attack.

    "On Sunday night a message posted by G said the group had carried out the attack." "Before dawn a second
    message on the same channel disowned it."
    """
    if not attacks or sentence.index - attacks[-1].evidence[-1][0].index > 2:
        return
    if _RETRACTED.search(sentence.text) is None:
        return
    latest = attacks[-1]
    named = {g.gazetteer_id or g.name for g in sentence.of_type(EntityType.GROUP)}
    # (the claim just told: "a message posted by G said the group had carried out the attack")
    claimed = [
        k
        for k, (_, status, told, _) in latest.claims.items()
        if status in (ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED) and told.index == sentence.index - 1
    ]
    for key in [k for k in claimed if k in named] or (claimed if len(claimed) == 1 else []):
        g, _, _, _ = latest.claims[key]
        latest.claims[key] = (g, ClaimStatus.DENIED, sentence, (sentence.start, sentence.end))


_ALSO_HIT = re.compile(
    r"\b(?:was|were)\s+also\s+(?:(?P<dead>killed|shot\s+dead)|(?:(?:slightly|seriously|badly|lightly|critically|"
    r"severely)\s+)?(?:wounded|injured|hurt)|hit\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|shrapnel))\b",
    re.I,
)


_BLAME_WORD = re.compile(r"\b(?:blamed|blames|blaming|held\s+responsible|attributed)\b", re.I)
# "Four more soldiers were wounded", "another 12 people were injured": more victims of the attack told
_MORE_HURT = re.compile(
    r"\b(?:\w+\s+more|another\s+\w+|\w+\s+others?)\s+(?:[\w-]+\s+)?(?:were|was|had\s+been)\s+(?:also\s+)?"
    r"(?:(?:slightly|seriously|badly|lightly|critically|severely)\s+)?(?:wounded|injured|hurt)\b",
    re.I,
)


def _more_wounded(sentence: Sentence, latest: _Candidate) -> bool:
    """Add the wounded a sentence says were "also wounded" to the attack told last; whether it did."""
    also = _ALSO_HIT.search(sentence.text)
    if also is None or also.group("dead") or latest.wounded is None or _toll_rose(sentence.text):
        return False
    found = read_casualties(sentence.text)
    if found.killed is not None or found.wounded is None:
        return False
    latest.wounded += found.wounded
    latest.evidence.append((sentence, (sentence.start, sentence.end), 0.5))
    return True


# "Nobody was killed." "No one was hurt in that attack." "... a car bomb that caused heavy damage but no injuries":
# the text says the toll was nought. (Not "no one else was hurt": others were; nor "no casualties were reported": a
# first report that a later one may correct.)
_NO_ONE_DIED = re.compile(
    r"\b(?:no\s*-?\s*one|nobody)\s+(?:was|were|had\s+been)\s+(?:reported\s+)?(?:killed|(?P<hurt>hurt|injured|wounded|"
    r"harmed))\b|\b(?:but|and|with|caused|causing|there\s+were)\s+no\s+(?:(?P<injuries>injuries|casualties)|deaths)\b",
    re.I,
)


def _no_victims(text: str, attack: _Candidate) -> bool:
    """Set the attack's unknown figures to nought where the text says nobody was killed or hurt; whether it did."""
    said = _NO_ONE_DIED.search(text)
    if said is None:
        return False
    unhurt = said.group("hurt") is not None or said.group("injuries") is not None
    if attack.killed is None:
        attack.killed = 0
    if unhurt and attack.wounded is None:
        attack.wounded = 0
    return True


_RECOVERED_AT = re.compile(
    r"\b(?:recovered|found|collected|gathered|seized)\s+(?:at|from|inside|outside|near)\s+the\s+([a-z]+)\b",
    re.I,
)


def _scene_of(sentence: Sentence, attacks: list[_Candidate], latest: _Candidate) -> _Candidate:
    """The attack whose scene the sentence's evidence came from: "casings recovered at the party" after a shooting
    at a party and a later ambush on a highway go to the shooting."""
    found = _RECOVERED_AT.search(sentence.text)
    if found is None or found.group(1).lower() in ("scene", "site", "spot", "area", "attack"):
        return latest
    word = re.compile(rf"\b{re.escape(found.group(1))}\b", re.I)
    if word.search(latest.sentence.text):
        return latest
    for a in reversed(attacks[:-1]):
        if sentence.index - a.evidence[-1][0].index > 3:
            break
        if word.search(a.sentence.text):
            return a
    return latest


# "pointed to G", "pointed to a cell of the G": what the evidence showed, said in a sentence of its own.
_POINTED_TO = re.compile(
    r"\b(?:pointed|point|points|pointing)\s+(?:(?:directly|clearly|squarely|firmly)\s+)?to\s+(?:the\s+)?"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:cell|unit|faction|branch|wing|network|module|squad)\s+(?:of|from|loyal\s+to)\s+"
    r"(?:the\s+)?)?$",
    re.I,
)
_EVIDENCE = re.compile(
    r"\b(?:evidence|clues?|(?:shell\s+)?casings|fragments|forensics?|findings|traces|intelligence|the\s+investigation)\b",
    re.I,
)


# "On Friday", "In a statement on Saturday": a day that opens the sentence ...
_ON_DAY_OPENS = re.compile(
    r"^\W*(?:in\s+a\s+(?:[\w-]+\s+)?(?:statement|briefing|post|interview|communiqu[eé])\s+)?(?:(?:late|early)\s+)?on\s+$",
    re.I,
)
# ... then who told what: "the army's spokesman, Colonel X, told state radio that", "he said that"
_TOLD_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:[^;.]{0,100}?\s)?(?:said|told|announced|reported|stated|"
    r"confirmed)\b(?:\s+(?:[\w-]+\s+){0,3}?)?\s*(?:that\b|,)",
    re.I,
)


# "..., and troops killed", "... while security forces killed": the forces' reply joined to the clause before it
_REPLY_JOINED = re.compile(
    r"\b(?:killed|dead|died|martyred|wounded|injured|hurt)\b[^;:]*,\s+(?:and|while)\s+(?:the\s+)?$"
)
# "... on Monday put the death toll at 19", "on Friday revised the number of dead to 12": the day a toll was given
_PUT_TOLL_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:put|puts|revised|raised|gave)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:final|official|death)\s+)?(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed))\b",
    re.I,
)


# "2.", "(iii)", "b)": a paragraph's number read as a sentence of its own in a numbered statement
_NUMBERING = re.compile(r"\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]", re.I)


def _fill_casualties(
    sentence: Sentence,
    dates: list[DateMention],
    attacks: list[_Candidate],
    numbering: frozenset[int] = frozenset(),
    blame_only: bool = False,
) -> None:
    """Figures, a claim or blame in a sentence right after an attack belong to it.

    With `blame_only`, only a claim or blame: the sentence's figures are of attacks in general.

    "More than 400 people were wounded that night." "Al-Shabaab claimed responsibility."
    "Officials blamed Boko Haram." "The death toll later rose to 17."
    `numbering` holds the indices of sentences that only number a paragraph: they put no distance between two.
    """
    _retract_claim(sentence, attacks)
    own = [
        d
        for d in dates
        if not _SAID_BEFORE.search(sentence.text[max(0, d.start - 40) : d.start])
        # "On Friday the army's spokesman told state radio that two soldiers had been killed": the day it was told
        and not (_ON_DAY_OPENS.search(sentence.text[: d.start]) and _TOLD_AFTER.match(sentence.text, d.end))
        # "Hospital officials on Monday put the toll at 19": the day the toll was put, not a new event's
        and not _PUT_TOLL_AFTER.match(sentence.text, d.end)
        # "The army blamed the ELN, which has waged an offensive since January": a span, not a new day
        # ("... since mid-October")
        and not re.search(
            r"\bsince\s+(?:(?:mid|early|late)[\s-]+)?$", sentence.text[max(0, d.start - 14) : d.start], re.I
        )
    ]
    claim = _CLAIM_VERB.search(sentence.text)
    if claim is not None:
        # "The Houthis claimed responsibility for the strike in a statement on Thursday": the day of the claim.
        own = [d for d in own if d.start < claim.start()]
    if (
        attacks
        and (latest := attacks[-1]).date is not None
        and any(
            d.precision == "day"
            and (d.text.endswith(("'s", "’s")) or re.match(r"['’]s\b", sentence.text[d.end : d.end + 2]))
            and not d.value.startswith(latest.date.value)
            for d in own
        )
    ):
        # "since 2011, when they set fire to cable ducts." "Police put the final toll of Tuesday's fire at three
        # injured": the toll of the attack another day names, not of the one just told
        return
    if attacks and _tells_again(sentence, attacks[-1]):
        _fill_day_and_place(sentence, own, attacks[-1])
        own = []  # the day it gives is the attack's, not a new event's: read on for figures and blame
    elif attacks and own and _no_new_place(sentence, attacks[-1]):
        # "One man died at the scene and a second died in hospital on Tuesday, while three others were
        # wounded": right after the attack, with no place of its own, a day is when its victims died.
        own = [d for d in own if d.value < (attacks[-1].date.value if attacks[-1].date else "")]
    if not attacks or (
        any(d.precision != "year" for d in own)
        and not (_toll_rose(sentence.text) or _BODIES_FOUND.search(sentence.text))
    ):
        # "The death toll rose to 23 on Sunday": the day the toll rose, not a new attack's.
        return
    latest = attacks[-1]
    if len(attacks) > 1 and attacks[-2].sentence is latest.sentence and _compared_since(latest):
        # "... killing four, in the heaviest attack on the city since the RSF first hit it in May 2025." "By Sunday it
        # put the toll at four": the toll of the attack the sentence tells, not of the one it is measured against
        latest = attacks[-2]
    told = latest.evidence[-1][0].index
    gap = sentence.index - told - sum(1 for i in numbering if told < i < sentence.index)
    if gap > 2 and gap <= 5 and _more_wounded(sentence, latest):
        # "23 inmates were killed and 11 wounded." (the toll's rise and the bodies told) "Two guards manning the
        # wing were also wounded.": more wounded of the same attack, added a few sentences on
        return
    if (
        gap > 2
        and len(attacks) == 1
        and gap <= 6
        and (
            _toll_rose(sentence.text) or _MORE_HURT.search(sentence.text) or _BLAME_WORD.search(sentence.text)
        )
    ):
        # "A later update from the military put the toll at eight ...", "Four more soldiers were wounded and taken
        # to hospital", "Police and the army have blamed G": a story that has told one attack only goes on giving
        # its toll and who did it a few sentences on
        gap = 2
    if gap > 2:
        # "Witnesses described panic. Police sealed off the area. Hours later, G claimed responsibility.": a claim
        # with no attack word of its own still goes to the attack told last, a few sentences on.
        if gap <= 4 and claim is not None and (later := _claimants(sentence)):
            for g in later:
                _add_claim(latest, g, ClaimStatus.CLAIMED, sentence)
            latest.evidence.append((sentence, (sentence.start, sentence.end), 0.5))
        return
    claimants = _claimants(sentence)
    # "Responsibility was later claimed by G."
    claimants += [
        g
        for g in filter(None, (_responsible(sentence, m) for m in sentence.of_type(EntityType.GROUP)))
        if g not in claimants and _CLAIMED_BY.search(sentence.before(g, 60))
    ]
    if blame_only and all(
        TRIGGER.search(re.split(r"[,;.]", sentence.text[verb.end() :], maxsplit=1)[0])
        for verb in _CLAIM_VERB.finditer(sentence.text)
    ):
        # "ISKP has claimed a smaller number of attacks in Bajaur this year": the claim is of those attacks
        # (not "G, which has claimed most of the attacks on US bases, said that its fighters had targeted the base":
        # a claim of its own beside them)
        claimants = []
    for g in claimants:
        _add_claim(latest, g, ClaimStatus.CLAIMED, sentence)
    # "Officials blamed Boko Haram.": an attribution with no attack word of its own.
    for g in filter(None, (_responsible(sentence, m) for m in sentence.of_type(EntityType.GROUP))):
        if (
            g not in claimants
            and not _MUTUAL_BLAME.search(sentence.text)
            and (
                _BLAMED_BEFORE.search(sentence.before(g, 60))
                or _BLAMED_CELL.search(sentence.before(g, 60))
                # "Police said evidence recovered at the house pointed to a cell of G."
                or (
                    _POINTED_TO.search(sentence.before(g, 60))
                    and _EVIDENCE.search(sentence.text[: g.start - sentence.start])
                )
                or _BLAMED_AFTER.match(sentence.after(g, 120))
                or (
                    _ATTACKERS_WERE.search(sentence.before(g, 60)) and _MEN_AFTER.match(sentence.after(g, 40))
                )
            )
            and not _ACCUSED_OF_OTHER.match(sentence.after(g, 40))
            and not _BLAMED_FOR_OTHER.match(sentence.after(g, 120))
            and not _BLAME_WITHHELD_AFTER.search(sentence.after(g, 160))
            and not _BLAME_WITHHELD.search(sentence.before(g, 60))
            and not _BLAME_DISPUTED.search(sentence.after(g, 200))
        ):
            status = ClaimStatus.SUSPECTED if _SUSPECTED.search(sentence.text) else ClaimStatus.ATTRIBUTED
            _add_claim(_scene_of(sentence, attacks, latest), g, status, sentence)
            claimants.append(g)
    if blame_only:
        if claimants:
            latest.evidence.append((sentence, (sentence.start, sentence.end), 0.6))
        return
    found = read_casualties(sentence.text)
    if found.killed is None and found.wounded is None and _no_victims(sentence.text, latest):
        latest.evidence.append((sentence, (sentence.start, sentence.end), 0.6))
        return
    if found.killed is None and found.wounded is None:
        if claimants or WITHDRAWN_FIGURE.search(sentence.text):
            # ("Initial reports of eight injured have since been revised.": the story goes on, its figure next)
            latest.evidence.append((sentence, (sentence.start, sentence.end), 0.6))
        return
    also = _ALSO_HIT.search(sentence.text)
    if also is not None and not _toll_rose(sentence.text):
        # "Two soldiers were killed and three wounded." "A farmer caught in the crossfire was also wounded.": one
        # more victim, added to the count just told
        if also.group("dead") and found.killed is not None and latest.killed is not None:
            latest.killed, found = latest.killed + found.killed, Casualties(None, found.wounded)
        elif not also.group("dead") and found.wounded is not None and latest.wounded is not None:
            latest.wounded, found = latest.wounded + found.wounded, Casualties(found.killed, None)
    if _fuller_count(latest.killed, found.killed) or (
        found.killed is not None
        and (
            # "The group said it had killed 40 soldiers. The army put its losses at 11.": the official count
            (latest.boasted and not found.boasted)
            or _toll_rose(sentence.text)
            or (
                _BODIES_FOUND.search(sentence.text)
                and latest.killed is not None
                and found.killed > latest.killed
            )
        )
    ):
        latest.killed, latest.boasted = found.killed, found.boasted
    if not latest.wounded and found.wounded is not None:
        latest.wounded = found.wounded
    elif found.wounded is not None and found.killed is not None and found.killed == latest.killed:
        # ("By the evening, the prosecutor's office put the toll at two dead and seven wounded": the later count, told
        # after the words that revise it, not "initial reports spoke of six wounded")
        text = normalise_numbers(sentence.text)
        rose = _TOLL_ROSE.search(text)
        later = read_casualties(text[rose.start() :]).wounded if rose is not None else None
        if later is not None:
            latest.wounded = later
    latest.evidence.append((sentence, (sentence.start, sentence.end), 0.6))


# "The bus ... was flagged down on Tuesday afternoon near the town of Gida Ayana": the sentence right after an
# attack that opens on what was attacked, or on the attack itself, tells when and where it happened.
_OPENS_ON = re.compile(r"^\W*The\s+(?P<noun>[a-z]{3,})\b")
_ATTACK_NOUNS = frozenset(
    {
        "attack",
        "assault",
        "ambush",
        "raid",
        "bombing",
        "blast",
        "explosion",
        "bomb",
        "attackers",
        "gunmen",
        "assailants",
        "bomber",
        # "The attacker shot dead a constable at the gate, then detonated a vest": one attacker, told again
        "attacker",
        "gunman",
        "assailant",
        "bombers",
        "massacre",
        "shooting",
        "killings",
        "incident",
    }
)
_TELLERS = frozenset(
    {
        "statement",
        "message",
        "claim",
        "video",
        "report",
        "post",
        "communique",
        "announcement",
        "spokesman",
        "spokeswoman",
        "ministry",
        "government",
        "military",
        "army",
        "police",
        "group",
        "court",
        "council",
    }
)
_LOCATIVE_JUST_BEFORE = re.compile(
    r"\b(?:near|in|at|outside|inside|on\s+the\s+outskirts\s+of)\s+(?:the\s+(?:town|village|city|district|area)\s+of\s+)?"
    r"(?:the\s+)?$"
)


# "The EPP has kidnapped a ranch manager." "Rodrigo F., 54, was taken late on Friday by six armed men": the captive
_CAPTIVE_TAKEN = re.compile(r"\b(?:was|were)\s+(?:taken|seized|snatched|grabbed|led\s+away|dragged\s+away)\b")


def _tells_again(sentence: Sentence, latest: _Candidate) -> bool:
    """Whether a sentence with no attack word of its own, right after an attack, goes on telling it."""
    if sentence.index - latest.evidence[-1][0].index != 1:
        return False
    if latest.trigger in ("kidnapping", "abduction") and _CAPTIVE_TAKEN.search(sentence.text):
        return True
    opens = _OPENS_ON.match(sentence.text)
    if opens is None:
        return False
    noun = opens.group("noun")
    told = latest.sentence.text
    if noun in _TELLERS:
        return False  # ("... said in a statement." "The statement said the bomber was a Yemeni": who told it)
    return (
        noun in _ATTACK_NOUNS
        or re.search(rf"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?{noun}\b", told) is not None
    )


def _no_new_place(sentence: Sentence, latest: _Candidate) -> bool:
    """Whether a sentence right after the attack just told names no place that attack does not have."""
    if sentence.index - latest.evidence[-1][0].index != 1:
        return False
    known = {m.gazetteer_id or m.name for m in latest.locations}
    return all((m.gazetteer_id or m.name) in known for m in sentence.of_type(EntityType.LOCATION))


# "The bus had left Garissa early on Monday, bound for Nairobi": the day it set out, not the day of the attack.
_HAD_SET_OUT = re.compile(
    r"\bhad\s+(?:left|departed|set\s+(?:out|off)|driven\s+out)\b[^,;.]{0,60}?\b(?:late\s+|early\s+)?(?:on\s+)?$",
    re.I,
)


def _fill_day_and_place(sentence: Sentence, own: list[DateMention], latest: _Candidate) -> None:
    """The day and the places a sentence that goes on telling an attack gives it, where it lacked them."""
    # ("The convoy had left the base on Sunday to resupply troops": the day it set out, before the attack)
    days = [
        d
        for d in own
        if d.precision == "day" and not _HAD_SET_OUT.search(sentence.text[max(0, d.start - 80) : d.start])
    ]
    changed = False
    if days and (latest.date is None or latest.date.precision != "day"):
        latest.date = days[0]
        changed = True
    known = {m.gazetteer_id or m.name for m in latest.locations}
    for m in sentence.of_type(EntityType.LOCATION):
        if (
            (m.gazetteer_id or m.name) not in known
            and _LOCATIVE_JUST_BEFORE.search(sentence.before(m, 50))
            and not _IN_RESPONSE_TO.search(sentence.text[: m.start - sentence.start])
        ):
            latest.locations.append(m)
            known.add(m.gazetteer_id or m.name)
            changed = True
    if changed:
        latest.locations.sort(key=_place_order)
        latest.evidence.append((sentence, (sentence.start, sentence.end), 0.6))


# "Rescuers said 19 bodies were recovered": a later, higher count of the dead replaces the first one.
_BODIES_FOUND = re.compile(r"\bbodies\b", re.I)
# "The death toll later rose to 17": a later, fuller count replaces the first one.
# "the army spokesman gave a revised toll of 17 dead and 21 wounded"
_REVISED_TOLL_OF = re.compile(
    r"\b(?:gave|gives|issued|issues|released|releases|announced|announces|published|publishes)\s+(?:a|an|the)\s+"
    r"(?:new|updated|revised|latest|final|corrected)\s+(?:death\s+)?toll\s+of\b",
    re.I,
)
_TOLL_ROSE = re.compile(
    # ("... as toll reaches 34", "toll rises to 12": a headline's present tense)
    # ("By Wednesday the number of dead had risen to four")
    r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|those\s+killed|people\s+killed))\b"
    r"[^.;]{0,80}?\b(?:rose|has\s+risen|had\s+risen|climbed|increased|jumped|reached|rises|"
    + r"reaches|climbs)\b|"
    # "Officials had put the toll at 29 late on Friday. By Saturday afternoon it stood at 41": the later count
    + r"\b(?:toll|it|the\s+(?:figure|count|number))\s+(?:had\s+)?(?:stood|stands|was\s+standing)\s+at\b|"
    # "A later update from the military put the toll at eight"
    + r"\b(?:later|new|updated|revised|latest|fresh)\s+(?:[\w-]+\s+){0,4}?(?:put|puts|gave|placed)\s+the\s+(?:death\s+)?"
    + r"toll\s+at\b|"
    # "On 6 November the army spokesman gave a revised toll of 17 dead": a later count, named as one
    + _REVISED_TOLL_OF.pattern
    + "|"
    # "By the evening, the prosecutor's office put the toll at two dead": a later count, told by its hour
    + r"^\W*by\s+(?:the\s+)?(?:evening|afternoon|nightfall|night|morning|midday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    + r"[^.;]{0,80}?\b(?:put|puts|gave|placed)\s+the\s+(?:death\s+)?toll\s+at\b|"
    # "revised the toll to 13", "raised it to 19", "before revising it down to 269"
    + REVISED_TOLL.pattern,
    re.I,
)


def _toll_rose(text: str) -> bool:
    """Whether a sentence says a toll rose or was revised, its figures in words or digits ("bringing the death
    toll to six")."""
    return _TOLL_ROSE.search(normalise_numbers(text)) is not None


def _revised(text: str) -> bool:
    """Whether a sentence revises a toll to a figure, in words or digits."""
    return REVISED_TOLL.search(normalise_numbers(text)) is not None


# "shooting residents", "bombing the villagers": an attack word used as a verb, its victims after it
_GERUND_OBJECT = re.compile(
    r"(?<=ing)\s+(?:the\s+|their\s+)?(?:residents|people|civilians|villagers|worshippers|passengers|soldiers|officers|"
    r"guards|students|farmers|women|children|men|families|bystanders)\b",
    re.I,
)


_HELD_FOR = re.compile(
    r"\b(?:responsible\s+for|blam\w*\s+(?:[\w-]+\s+){1,4}?for|accus\w*\s+(?:[\w-]+\s+){1,4}?of)\s+(?:the|a|an|[A-Z]\w+day['’]s)\s+"
    r"(?:[\w-]+\s+)?$"
)


def _segments(sentence: Sentence, claimed: bool = False) -> list[tuple[tuple[int, int], re.Match[str]]]:
    """Cut a sentence into one stretch per attack word: (start, end) offsets within the sentence text."""
    triggers = [
        m
        for m in TRIGGER.finditer(sentence.text)
        if not _inside_name(sentence, m)
        # "Houthis claimed the drone strike on Eilat", "a Houthi drone strike on a ship": a group's attack; "a drone
        # strike on a convoy" is a state's
        and (
            claimed
            or not _STRIKE.fullmatch(m.group(0))
            or _group_just_before(sentence, m.start())
            # "Washington holds KH responsible for the drone strike on Tower 22": a group held to account for it
            or (
                _HELD_FOR.search(sentence.text[: m.start()]) is not None
                and any(g.start - sentence.start < m.start() for g in sentence.of_type(EntityType.GROUP))
            )
        )
    ]
    if not triggers:
        return []
    # "Two days after the Reasi attack, militants attacked a village": the first attack only dates the second.
    triggers = [
        t
        for i, t in enumerate(triggers)
        if not (
            t.group("noun")
            and i + 1 < len(triggers)
            and _TIME_REFERENCE.search(sentence.text[: t.start()])
            and sentence.text[t.end() :].lstrip().startswith(",")
        )
    ] or triggers
    # "X died of his wounds, bringing the death toll in the attack to three": the attack whose toll is told is the
    # one just told, not a second
    triggers = [
        t for t in triggers if not (t.group("noun") and _TOLL_OF_THE.search(sentence.text[: t.start()]))
    ] or triggers
    # "the attack was approved at a meeting in X in August": where and when it was decided, not the attack
    triggers = [t for t in triggers if not (t.group("noun") and _PLANNED_AT.match(sentence.text, t.end()))]
    if not triggers:
        return []
    # Words of one event ("bombing ... killed", "stormed ... attack") must not split it: keep only
    # triggers separated from the previous one by a coordinating boundary.
    kept = [triggers[0]]
    for t in triggers[1:]:
        gap = sentence.text[kept[-1].end() : t.start()]
        if t.group("noun") and _GERUND_OBJECT.match(sentence.text, t.end()):
            # "stormed the village, setting homes on fire and shooting residents as they fled": a verb of the
            # attack told, with its object, no second attack
            continue
        # "The suicide bombing that killed X ... was the most senior assassination": one event named twice.
        predicate = re.search(
            # (also "The blast killed 85, making it the deadliest terrorist attack in the country's history")
            r"\b(?:was|is|were|are|became|remains?|making\s+it)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}$",
            gap,
        ) or (
            # "killed five officers and wounded three others in an overnight assault on a post": the
            # assault is the killing's, named after it (not "..., and in an attack in Y")
            _IN_AN_ATTACK.search(gap)
            # "The deadliest attack on the community came on 10 January 2013, when twin bombings ... killed 90":
            # the clause on "when" tells the attack the sentence opened on
            or _CAME_WHEN.search(gap)
            # "the abduction and cowardly assassination of P": two words for one event
            or (kept[-1].group("noun") and re.fullmatch(r"\s+and\s+(?:[a-z][\w-]*\s+){0,2}", gap))
        )
        if (
            _SINCE_WHEN.search(gap)
            # "the most serious attack since the trial of men who helped X, a supporter of G who shot dead four people in
            # Y in 2020": the past attack told by the man who made it
            or (t.group("verb") and _SINCE_WHO_DID.search(gap))
            # "the massacre at X, in which 145 died; in January, two bombers killed 95 in Y": a
            # semicolon opens a clause that may tell another attack (one with nothing of its own rejoins)
            or ";" in gap
            # "... in which 11 were killed, and in December 2023 its fighters stormed a police station in X": a clause
            # of its own, opened on a time of its own
            or _OWN_TIME_CLAUSE.search(gap)
            # "The Anbar assault came less than two weeks after an IED struck a patrol near Badush": a second
            # attack, counted from the first
            or _TIME_APART.search(gap)
            or t.group("noun")
            and (
                _SINCE_PAST.search(gap)
                or (
                    not predicate
                    and re.search(
                        r"(?:,|;|\band\b|\bwhile\b|\bafter\b|\bbefore\b|\bincluding\b|\binclude\b|"
                        # ("The March bombings follow an unclaimed series of attacks in X in October": two events)
                        r"\bfollow(?:s|ed)?\b)",
                        gap,
                    )
                )
            )
        ):
            kept.append(t)
    spans = []
    for i, t in enumerate(kept):
        lo = 0 if i == 0 else _boundary(sentence.text, kept[i - 1].end(), t.start())
        hi = (
            len(sentence.text)
            if i == len(kept) - 1
            else _boundary(sentence.text, t.end(), kept[i + 1].start())
        )
        spans.append(((lo, hi), t))
    return spans


_OWN_TIME_CLAUSE = re.compile(
    r",\s+and\s+(?:then\s+)?(?:in|on|last)\s+(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|(?:19|20)\d\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^,;]*$"
)
_PLANNED_AT = re.compile(
    r"\s+(?:was|were|had\s+been)\s+(?:(?:allegedly|reportedly|first|already)\s+)?(?:approved|planned|ordered|plotted|"
    r"prepared|authori[sz]ed|sanctioned|decided|masterminded|hatched)\s+(?:at|during)\b",
    re.I,
)
_TOLL_OF_THE = re.compile(
    r"\b(?:death\s+)?toll\s+(?:in|from|of|for)\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}$", re.I
)


_CAME_WHEN = re.compile(
    r"^\s+(?:on\s+(?:the|a|this|that)\s+[\w-]+\s+)?(?:came|happened|occurred|took\s+place|was\s+carried\s+out)\s+"
    r"(?:on|in)\s+[^,;]{3,40},\s+when\s+(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
# (also "one soldier was killed and two civilians wounded when a roadside bomb went off": the bomb is the killing's)
_IN_AN_ATTACK = re.compile(
    r"(?<!\band\s)(?<!,\s)\b(?:in|during)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$|"
    r"(?<!\band\s)\bwhen\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$"
)
# "The Garoua assault is the deadliest since the massacre at Kaya in 2022": a comparison with a past
# attack names a second attack, with its own place, date and toll.
_SINCE_PAST = re.compile(
    r"\b(?:since|than|surpassing|eclipsing|exceeding|recalling|echoing)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


_TIME_APART = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|earlier|later)\b", re.I)
_TIME_REFERENCE = re.compile(
    r"\b(?:days?|weeks?|months?|hours?)\s+(?:after|before)\s+(?:the|that|this|[A-Z]\w+day['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)


# "the deadliest since April, when ADF fighters killed 22 people in Mamove": the past attack told in full.
_SINCE_WHEN = re.compile(
    r"\b(?:since|than)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*when\s+(?:[\w'’-]+\s+){0,4}$|"
    # ("... since January 1, when J, a Texas man who had declared support for G, drove a truck into revellers in X,
    # killing 14": the clause that opens on "when" tells the earlier attack, however long the subject)
    r"\b(?:since|than)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*when\s+[^;]*,\s+$|"
    # "Wednesday's attack revived memories of January 6, when Maoists blew up a vehicle": another day's attack
    r"\b(?:memories|memory|echoes|reminder|anniversary|repeat)\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"[\w'’-]+\s*,\s*when\s+(?:[\w'’-]+\s+){0,4}$|"
    # "The stabbing revived the debate that followed Hanau, where a gunman shot nine people": another place's attack
    r"\b(?:followed|recalled|recalling|echoed|echoing|evoked|evoking)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}?"
    r"[A-Z][\w'’-]+\s*,\s*where\s+(?:[\w'’-]+\s+){0,4}$",
    re.I,
)


_SINCE_WHO_DID = re.compile(
    r"\b(?:since|than)\s[^;]{0,160}?,\s+(?:a|an|the)\s+[^,;]{0,80}?\s(?:who|that)\s+(?:had\s+)?$", re.I
)
_RECALLED_DAY = re.compile(
    r"\b(?:memories|memory|echoes|reminder|anniversary|repeat)\s+of\s+"
    r"(?=(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*when\s+(?:[\w'’-]+\s+){0,4}$)",
    re.I,
)


def _boundary(text: str, lo: int, hi: int) -> int:
    """Where one event's stretch ends and the next begins: the last " and "/","/";" between two triggers."""
    gap = text[lo:hi]
    # ("revived memories of January 6, when Maoists blew up ...": the day belongs to the attack told after it)
    recalled = _RECALLED_DAY.search(gap)
    if recalled is not None:
        return lo + recalled.end()
    cuts = [
        m.start()
        for m in re.finditer(
            # ("That attack, like the 2013 siege of X, ...": the day before the second attack word is its own)
            r"\s+and\s+|;|,\s+(?:and\s+|including\s+|such\s+as\s+|like\s+|unlike\s+)?(?:a|an|the)\b|\bincluding\b|"
            r"\s(?:since|than)\s(?=(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$)|"
            r"\s(?:since|than)\s(?=[^.;,]{0,40},\s+when\b)|\s(?=follow(?:s|ed)?\s)|"
            # "The attack came six months after two militants attacked ...": the time apart opens the second
            r"\s(?=(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)\s+"
            r"(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|earlier|later)\b)",
            gap,
        )
    ]
    # ("killed 23 people between 1975 and 2000, but its attacks ...": the "and" of a period parts nothing)
    periods = [m.span() for m in _PERIOD_SPAN.finditer(gap)]
    cuts = [c for c in cuts if not any(a < c < b for a, b in periods)]
    # ("overran a post at Sabiid; nine soldiers and two civilians died in that raid": a semicolon
    # parts the clauses, an "and" after it is inside the second)
    semicolons = [c for c in cuts if gap[c] == ";"]
    if semicolons:
        return lo + semicolons[-1]
    # ("since January 1, when J, a Texas man, drove a truck into ...": the day and all the clause after "when" are
    # the second attack's, whatever commas its subject holds)
    recalled_when = [m.start() for m in re.finditer(r"\s(?:since|than)\s(?=[^.;,]{0,40},\s+when\b)", gap)]
    if recalled_when:
        return lo + recalled_when[-1]
    return lo + (cuts[-1] if cuts else len(gap))


def _inside_name(sentence: Sentence, m: re.Match[str]) -> bool:
    start, end = sentence.start + m.start(), sentence.start + m.end()
    return any(x.start <= start and end <= x.end for x in sentence.mentions)


def _is_anaphoric(prefix: str) -> bool:
    return bool(_DEFINITE.search(prefix[-40:]))


# "spared violence since 2011, when a bomb tore through a café on 28 April": the year the clause opens on
_YEAR_WHEN = re.compile(
    r"\b(?:in|since|of|until|before)\s+(?P<year>(?:19|20)\d\d)\s*,\s*when\b(?P<rest>[^;]*)$", re.I
)


def _in_year_when(text: str, trig: re.Match[str], d: DateMention | None) -> DateMention | None:
    """A day told without its year, in a "when" clause after a year, is a day of that year."""
    if d is None or not d.relative or d.precision == "year" or d.start < trig.start():
        return d
    when = _YEAR_WHEN.search(text, 0, trig.start())
    if when is None or re.search(r"\b(?:19|20)\d\d\b", text[when.end("year") : d.start]):
        return d
    return replace(d, value=when.group("year") + d.value[4:])


def _clause_after_colon(text: str, lo: int, trig: re.Match[str]) -> int | None:
    """Where a clause opened by a colon before the attack word starts, when it opens before the stretch does and no
    other attack word stands between (not "9:30")."""
    colon = text.rfind(": ", 0, trig.start())
    if colon < 0 or colon + 2 >= lo or TRIGGER.search(text, colon, trig.start()):
        return None
    return colon + 2


def _candidate(
    sentence: Sentence, span: tuple[int, int], trig: re.Match[str], dates: list[DateMention], whole: bool
) -> _Candidate:
    lo, hi = span
    text = sentence.text
    verb = trig.group("verb")
    noun = trig.group("noun") or (
        "shooting"
        if re.match(r"fired\s+(?:on|upon|(?:\S+\s+){0,3}?(?:shots|rounds|bullets))\b", verb or "", re.I)
        else _verb_noun(verb)
    )
    if re.match(r"explosive\s+charges?$", noun, re.I):
        noun = "bombing"  # ("explosive charges damaged eleven homes")
    cand = _Candidate(trigger=noun.lower(), sentence=sentence, span=(lo, hi))
    cand.definite = trig.group("noun") is not None and _is_anaphoric(text[: trig.start()])
    cand.verb = trig.group("verb").lower() if trig.group("verb") else None
    in_span = [m for m in sentence.mentions if lo <= m.start - sentence.start < hi]
    places: dict[str, Mention] = {}
    for m in _attached_places(sentence, trig, [m for m in in_span if m.type is EntityType.LOCATION]):
        places.setdefault(m.gazetteer_id or m.name, m)
    for m in _vessels(sentence, trig, in_span):
        places.setdefault(m.gazetteer_id or m.name, m)
    if not places:
        # "the debate that followed Hanau, where a gunman shot nine people": the place the "where" clause opens on
        for m in sentence.of_type(EntityType.LOCATION):
            if re.fullmatch(
                r"\s*,\s*where\s+(?:[\w'’-]+\s+){0,4}", text[m.end - sentence.start : trig.start()]
            ) and _SINCE_WHEN.search(text[: trig.start()]):
                places.setdefault(m.gazetteer_id or m.name, m)
    cand.locations = sorted(places.values(), key=_place_order)
    cand.same_place = not cand.locations and _SAME_PLACE.search(text, lo, hi) is not None
    # ("Another attack was claimed outright: in May, G said it was behind a grenade attack on a camp": the clause a
    # colon opens before the attack word tells its day and its claimant, whatever the lead-in's own attack word took)
    colon = _clause_after_colon(text, lo, trig)
    own = [
        d
        for d in dates
        if (lo <= d.start < hi or (colon is not None and colon <= d.start < trig.start()))
        and _own_date(sentence, trig, d)
    ]
    cand.date = _began(text, trig, _pick_date(text, trig, own))
    cand.date = _in_year_when(text, trig, cand.date)
    casualties = read_casualties(text[lo:hi])
    cand.killed, cand.wounded = casualties.killed, casualties.wounded
    cand.boasted = casualties.boasted
    if cand.killed is None and cand.wounded is None:
        _no_victims(text[lo:hi], cand)
    first_trigger = TRIGGER.search(text)
    head = first_trigger.start() if first_trigger else len(text)
    groups = [
        r
        for m in sentence.mentions
        if m.type is EntityType.GROUP
        and (
            whole
            or m in in_span
            or m.start - sentence.start < head
            or (
                colon is not None
                and colon <= m.start - sentence.start
                and m.end - sentence.start <= trig.start()
            )
            or _BEHIND_THIS.fullmatch(text[m.end - sentence.start : trig.start()])
        )
        and (
            not _behind_other(text, m.end - sentence.start, trig)
            # "the attack was planned by G, the group behind the 2008 Mumbai attacks": named as this attack's
            # agent first, the apposition only recalls its past
            or (
                trig.end() <= m.start - sentence.start
                and _AGENT_BY.search(sentence.before(m, 60)) is not None
            )
        )
        and not _counted_dead(sentence, m)
        # ("saying they were acting in support of the Palestinians and of Hamas, their ally": whom they back)
        and not lexicon.SUPPORTED_BEFORE.search(sentence.before(m, 60))
        and not lexicon.KIN_APPOSED_AFTER.match(sentence.after(m, 40))
        if (r := _responsible(sentence, m)) is not None
    ]
    found: list[tuple[Mention, ClaimStatus]] = []
    for g in groups:
        status = _status(sentence, g)
        if (
            status is None
            and found
            and _COORDINATED.match(text[found[-1][0].end - sentence.start : g.start - sentence.start])
        ):
            # "accused JeM and its ally Lashkar-e-Taiba of the assault": the second shares the first's role.
            status = found[-1][1]
        if status is not None:
            found.append((g, status))
            _add_claim(cand, g, status, sentence)
    for g, status in list(found):
        # "Fighters of the Arambai Tenggol and the UNLF-P attacked": the first of two groups the verb's subject
        # joins shares the second's role (the rule that read it took only the name nearest the verb)
        earlier = [h for h in groups if h.end <= g.start and not any(h is f for f, _ in found)]
        if earlier and _COORDINATED.match(text[earlier[-1].end - sentence.start : g.start - sentence.start]):
            found.append((earlier[-1], status))
            _add_claim(cand, earlier[-1], status, sentence)
    acts = next(
        (
            t
            for t in TRIGGER.finditer(text, lo, hi)
            if t.group("verb") and _PRONOUN_ACTS.search(text[: t.start()])
        ),
        None,
    )
    if not found and acts is not None:
        # "Al-Shabaab, which controls much of Somalia, has struck inside Kenya, most notoriously in 2020, when it
        # attacked Camp Simba": the pronoun is the sentence's subject, a group named first and alone
        before = {(g.gazetteer_id or g.name): g for g in groups if g.start - sentence.start < acts.start()}
        if len(before) == 1 and (subject := next(iter(before.values()))).start - sentence.start <= 25:
            _add_claim(cand, subject, ClaimStatus.ATTRIBUTED, sentence)
    for g in _claimants(sentence):
        if (
            whole
            or g in in_span
            or lo <= g.start - sentence.start < hi + 200
            # "G claimed responsibility for the raid on the barracks and for a bombing in the market": both claimed
            or (g.start - sentence.start < lo and _AND_FOR.match(text, lo) is not None)
        ):
            _add_claim(cand, g, ClaimStatus.CLAIMED, sentence)
    cand.evidence.append((sentence, (sentence.start + lo, sentence.start + hi), 0.7))
    return cand


# "..., and for a car bomb in the port two days later": a second attack the claim before it is for
_AND_FOR = re.compile(
    r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:also\s+)?for\s+(?!years\b|decades\b|months\b|now\b)", re.I
)


# "... was a member of G, the network blamed for the 2005 Amman hotel bombings that killed 60": a group whose
# apposition names this very attack, though an earlier attack word opened the sentence
_BEHIND_THIS = re.compile(
    r"\s*\)?\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|movement|network|"
    r"faction|militia)\s+(?:behind|responsible\s+for|(?:widely\s+|long\s+)?blamed\s+for)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?",
    re.I,
)


_AGENT_BY = re.compile(
    r"\b(?:carried\s+out|planned|perpetrated|committed|staged|mounted|orchestrated|masterminded|executed|"
    r"ordered|directed|organi[sz]ed)\s+by\s+(?:the\s+)?$",
    re.I,
)


def _behind_other(text: str, end: int, trig: re.Match[str]) -> bool:
    """Whether the apposition after a group (ending at `end`) names an attack other than `trig`'s."""
    behind = _BEHIND_THIS.match(text, end)
    named = TRIGGER.search(text, behind.end()) if behind is not None else None
    return named is not None and named.start() != trig.start()


# "the toll at 58 civilians and six members of the VDP killed": the group's men among the dead, not the killers
_GROUP_MEN_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:more|other)\s+)?"
    r"(?:members|fighters|militiamen|volunteers|men|auxiliaries|recruits)\s+of\s+(?:the\s+)?$",
    re.I,
)
_DIED_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:killed|wounded|injured|dead)"
    r"\s*(?:[,.;:)]|$|(?:with|and|in|on|during|when|after)\b)",
    re.I,
)


def _counted_dead(sentence: Sentence, m: Mention) -> bool:
    """Whether a group is named only as whose men were among the dead or wounded."""
    return bool(
        _GROUP_MEN_COUNTED.search(sentence.before(m, 40)) and _DIED_AFTER.match(sentence.after(m, 60))
    )


_SAME_AREA = re.compile(
    r"\b(?:in|near)\s+the\s+same\s+(?:district|province|region|state|county|governorate|department|prefecture)\b",
    re.I,
)
_SAME_PLACE = re.compile(
    # ("in the same two cities", "at the same three churches")
    # ("at the same security checkpoint")
    r"\b(?:in|at|on|near|outside)\s+the\s+same\s+(?:(?:two|three|four|five|\d+)\s+)?(?:security\s+|main\s+|police\s+)?"
    r"(?:square|city|cities|towns|villages|"
    r"churches|mosques|markets|districts|provinces|places|sites|town|village|area|district|market|mosque|church|"
    r"street|road|spot|place|location|site|camp|base|checkpoint|neighbou?rhood|province|region|hotel|school|"
    # "the attack at the same commemoration exactly a year earlier"
    r"commemoration|ceremony|gathering|festival|rally|procession|shrine|cemetery|tomb|stadium|hall|bridge)\b|"
    # "The market has been attacked before. In April 2019 a suicide bombing there killed 20 people."
    rf"\b(?:{_NOUNS})\s+there\b(?!\s+(?:is|are|was|were|have|has|had)\b)|"
    # ("The courthouse has been targeted before. In 2015 militants took a prosecutor hostage in his office there")
    r"\b(?:in|at|inside|outside)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:office|room|chambers|home|house|shop|"
    r"store|flat|apartment|classroom|quarters)\s+there\b",
    re.I,
)
_PRONOUN_ACTS = re.compile(
    r"\b(?:when|where|after|as|and|then)\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+|then\s+|also\s+)?$", re.I
)


_COORDINATED = re.compile(
    r"^\s*(?:,|and|or|as\s+well\s+as)\s+(?:(?:its|their)\s+(?:\w+\s+)?(?:ally|allies|partners?|affiliates?)\s*,?\s+)?(?:the\s+)?$|"
    # ("fighters of the Ansaru group, working with elements of the Mahmuda faction, carried out the attack")
    r"^(?:\s+(?:group|faction|movement))?\s*,\s*(?:working|acting|operating)\s+(?:together\s+)?(?:with|alongside)\s+"
    r"(?:(?:elements|fighters|members|militants|men|a\s+cell|cells)\s+(?:of|from)\s+)?(?:the\s+)?$",
    re.I,
)
_LOCATIVE = re.compile(
    r"\b(?:in|at|on|near|off|outside|inside|into|of|across|through|around|from|targeting|targeted|hit|"
    r"struck|stormed|attacked|bombed|ambushed|overran|seized|besieged|raided|entered|infiltrated|invaded|"
    # ("at the northern entrance to Sayyida Zaynab", "on the road to Kidal")
    r"swept\s+into|siege\s+to|toward|towards|(?:entrance|gates?|approach(?:es)?|road|highway|route)\s+to|"
    # ("on the road between Kousseri and Maltam", "the highway linking Kandahar with Herat"): a road by its two ends
    r"(?:road|highway|route|stretch|motorway|axis)\s+(?:between|linking|connecting|joining))\s+"
    r"(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!during|after|before|from|with|and)[\w'’-]+\s+)?$|"
    # "twin suicide bombings in the capital, Kampala,": the place in apposition to a word for its kind
    r"\b(?:in|at|near|outside|on)\s+the\s+(?:[\w-]+\s+)?(?:capital|city|town|port|village|province|region|"
    r"district|state|county|island)\s*,\s+$",
    re.I,
)
# "fighters from Mali", "the evacuation from Afghanistan": where people came from, not where the attack was.
# "the highway linking Kandahar with Herat", "the road from Gao to Ansongo": the other end of a road whose first
# end was kept
_ROAD_OTHER_END = re.compile(
    r".*\b(?:road|highway|route|stretch|motorway|axis)\s+(?:linking|connecting|joining|from)\s+(?:the\s+)?"
    r"[^,;.]{1,40}?\s+(?:with|to)\s+(?:the\s+)?",
    re.I | re.S,
)
_FROM_ORIGIN = re.compile(
    r"\b(?:fighters|militants|troops|forces|evacuation|withdrawal|travelled|traveled|travell?ing|heading|bound|fled|"
    r"returned|came|defectors?|"
    # "a handler operating from Portugal": where a plotter works from, not where the attack was
    r"operating|operates|operated|handlers?|"
    r"members|recruits|volunteers|visitors|boys|girls|men|women|people|nationals|refugees|migrants|"
    # "the killing of a migrant labourer from Bihar in Shopian": where the victim came from
    r"labou?rers?|workers?|natives?|man|woman|youth|teenager|tourists?|pilgrims?|traders?|"
    # "a militia that receives training, funding and weapons from Iran's Revolutionary Guards": its backers
    r"weapons|arms|funding|funds|money|training|support|orders|instructions|backing)\s+from\s+(?:the\s+)?(?:\S+\s+)?$|"
    # "a group made up largely of Uyghurs from China's Xinjiang region": where its people come from
    r"(?-i:\b[A-Z][a-z]+s)\s+from\s+(?:the\s+)?(?:\S+\s+)?$|"
    # "the assault had been planned and directed from Afghanistan": where it was run from
    r"\b(?:planned|directed|orchestrated|masterminded|coordinated|controlled|ordered|launched)\s+"
    r"(?:and\s+(?:planned|directed|orchestrated|masterminded|coordinated|controlled|ordered|launched)\s+)?from\s+"
    r"(?:the\s+)?(?:\S+\s+)?$|"
    # "rockets fired from the Gaza Strip hit Ashkelon", "a drone lobbed across from Syria": the launch site, not
    # where the attack landed
    r"\b(?:rockets?|missiles?|mortars?|mortar\s+(?:rounds|shells|bombs)|shells|projectiles|drones?)\s+"
    r"(?:(?:were|was|had\s+been|being)\s+)?(?:fired|launched|lobbed|shot)\s+(?:across\s+)?from\s+(?:the\s+)?(?:\S+\s+)?$|"
    # "armed men who had crossed the Panj river from Afghanistan opened fire on a post in Tajikistan"
    r"\bcrossed\s+(?:[\w'’-]+\s+){0,4}?from\s+(?:the\s+)?(?:\S+\s+)?$|"
    # "forced hundreds of thousands to flee towards Tawila": where the survivors went
    # ("killed as he tried to organise a withdrawal towards the Sobat River")
    r"\b(?:flee|fled|fleeing|escape[ds]?|escaping|evacuated|displaced|withdrawal|withdr[ae]w|withdrawing|retreat(?:ed|ing)?)"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:to|towards?|into)\s+"
    r"(?:the\s+)?(?:\S+\s+)?$|"
    # "a cell based in Ripoll drove a van into crowds in Barcelona": where the attackers were based
    r"\b(?:cell|group|network|militants|men|attackers|gunmen|bombers?|faction)\s+(?:\w+\s+)?based\s+in\s+(?:the\s+)?(?:\S+\s+)?$",
    re.I,
)
# "A court in Nairobi sentenced two men for the attack on X": the place of another event.
_VERB_IN_GAP = re.compile(
    r"\b(?:is|was|were|are|has|have|had|be|been|known|said|says|became|remains?|sentenced|convicted|"
    r"jailed|acquitted|charged|tried|ruled|arrested|met|visited|announced|told)\b",
    re.I,
)
# "60 kilometres south-east of Niamey": a reference point, not the place of the attack.
# ("roughly 100 km (60 miles) south of Bosaso": a conversion in brackets)
_DISTANCE = re.compile(
    r"\b(?:kilometres|kilometers|km|miles|metres|meters)\)?\s+(?:\([^()]{1,20}\)\s+)?(?:[\w-]+\s+){0,2}?(?:of|from)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_FUNCTION_WORDS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "the",
        "a",
        "an",
        "for",
        "of",
        "by",
        "to",
        "that",
        "which",
        "and",
        "or",
        "in",
        "on",
        "at",
        "has",
        "had",
        "have",
        "known",
        "best",
        "who",
        "whom",
        "whose",
        "with",
        "from",
        "as",
        "it",
        "its",
        "their",
        "his",
        "her",
        "after",
        "before",
        "since",
        "during",
        "while",
        "when",
        "where",
        "than",
    ]
)
_CLAUSE_BREAK = re.compile(
    # not a bare "that": "the bombing that killed X inside his compound in Kabul" is still the event
    # ("may" the verb: not the month in "on 14 May in Waldsassen")
    r"\b(?:could|would|might|(?-i:may)|will|fears?\s+that|warn\w*|threat\w*|plots?|limited\s+to|according|said|says)\b|"
    # "attributed it to a cell led by P, a former emir of the group in the town of Rutba": P's place
    r"\bled\s+by\s+[^,;]{1,40},\s+(?:a|an|the)\s+|"
    # "Car bomb kills three at police station as ELN and FARC dissidents fight on in Catatumbo": another story
    r"\bas\s+(?:[\w-]+\s+){0,4}?(?:fight|fighting|battle|battling|clash|clashing|vie|vying|compete|competing|"
    # "Toll from hotel siege rises to 30 as troops push into Gedo": the troops' offensive, not the siege
    r"push|pushes|pushing|advance|advances|advancing)\b|"
    # "The bombing came weeks after a string of army defeats in Lower Juba": the place of what went before
    r"\b(?:came|comes|follows|followed)\s+(?:(?:just|only|a|an|two|three|few|several|days?|weeks?|months?|"
    r"hours?)\s+){0,3}(?:after|amid)\b|"
    # "storm X, killing 18; separatists kill six in Kalat": a semicolon opens another clause.
    r";",
    re.I,
)


# "vowed to continue the attacks as long as the war in Gaza goes on": the place of the war, not of an attack.
# "attacked a school in western Uganda near the border with Congo": the other side of the border is where the
# attack was not.
_BORDER_WITH = re.compile(r"\b(?:border|frontier|boundary)\s+with\s+(?:the\s+)?$", re.I)
_BORDER_AFTER = re.compile(
    r"[\s-]+(?:border|frontier)\b(?!\s+(?:town|city|village|post|crossing|district|region|area)\b)", re.I
)
_WAR_IN = re.compile(
    r"\b(?:war|conflict|insurgency|fighting|crisis|civil\s+war)\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I
)


# "the bulk carrier Sea Lark", "the MV Sea Lark", "the Sea Lark, a Liberian-flagged tanker", "the Jaffar Express".
_VESSEL_BEFORE = re.compile(
    rf"\b{_VESSEL}\s+(?:(?:MV|M/V|MT|M/T|SS)\s+)?[\"“]?$|\b(?:MV|M/V|MT|M/T|SS)\s+$", re.I
)
_VESSEL_AFTER = re.compile(
    rf"^[\"”]?(?:\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_VESSEL}\b|\s+(?:passenger\s+|express\s+)?trains?\b)",
    re.I,
)
_TRAIN_NAME = re.compile(r"\b(?:Express|Mail)$")


def _vessels(sentence: Sentence, trig: re.Match[str], in_span: list[Mention]) -> list[Mention]:
    """Ships and trains the stretch names as the attack's target, whatever type their names were given."""
    text = sentence.text
    found = []
    for m in in_span:
        if m.type in (EntityType.GROUP, EntityType.PERSON):
            continue
        start, end = m.start - sentence.start, m.end - sentence.start
        if not (
            _VESSEL_BEFORE.search(text[max(0, start - 40) : start])
            or _VESSEL_AFTER.match(text[end : end + 60])
            or (m.type is EntityType.LOCATION and _TRAIN_NAME.search(m.text))
        ):
            continue
        if start >= trig.end() and _CLAUSE_BREAK.search(text[trig.end() : start]):
            continue
        found.append(m)
    return found


# "receiving treatment at the General Hospital", "were rushed to Kenyatta hospital": where the wounded went.
_TREATED_AT = re.compile(
    r"\b(?:treatment|treated|taken|rushed|evacuated|airlifted|flown|admitted|hospitali[sz]ed|transferred|moved)\s+"
    r"(?:\w+\s+){0,2}?(?:at|to|in)\s+(?:the\s+)?(?:[\w-]+\s+)?$|"
    # "rose to 14 after two of the injured died at the Civil Hospital"
    r"\b(?:injured|wounded)\s+(?:\w+\s+){0,2}?(?:died|succumbed)\s+(?:\w+\s+){0,2}?(?:at|in)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# "An inquest into the death of P, who was shot dead near Goomeri, opened in Brisbane": where a hearing sat
# "the toll rose to 11, medical sources in Aden said", "the wounded remained in hospital in Aden": where the
# teller or the wounded were, not where the attack was
_SOURCE_IN = re.compile(
    r"\b(?:sources|officials?|officers?|doctors|medics|police|residents|witnesses|spokes(?:man|woman|person)|"
    r"journalists|reporters|correspondents?|authorities)\s+in\s+(?:the\s+)?$",
    re.I,
)
_SAID_AFTER = re.compile(r"(?:\s*,[^,;]{0,40},)?\s+(?:said|say|says|told|reported|confirmed|added)\b")
_HOSPITAL_IN = re.compile(
    r"\b(?:remained|remain|remains|died|dying|recovering|lay|lying|treated|admitted|kept)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:hospitals?|clinics?)\s+in\s+(?:the\s+)?$",
    re.I,
)
_AVENGED = re.compile(
    r"\b(?:revenge|retaliation|reprisal|response|answer|vengeance)\s+(?:for|to|against)\b", re.I
)
_SERIES_OF = re.compile(
    r"\b(?:string|series|wave|spate|campaign|number|dozens|hundreds|scores|spree|surge|rise)\s+of\s+(?:[\w-]+\s+)?$",
    re.I,
)
_PLURAL_ATTACKS = re.compile(
    r"(?:[\w-]+\s+)?(?:attacks|bombings|assaults|raids|ambushes|killings|massacres)", re.I
)
_WEAPON_AFTER = re.compile(r"\s+(?:rockets?|missiles?|drones?|launchers?)\b", re.I)
_HEARING_IN = re.compile(
    r"\b(?:opened|convened|sat|adjourned|resumed|reconvened|(?:was|were|is|are)\s+held)\s+(?:[\w-]+\s+){0,2}?(?:in|at)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "hours after officials had pointed the finger at Israel": who was blamed, not where
# ("called on Kabul to stop allowing its soil to be used": a government addressed by its capital)
_BLAMED_AT = re.compile(
    r"\b(?:pointed|pointing|points|point)\s+(?:the|a|an\s+accusing)\s+finger\s+at\s+$|"
    r"\b(?:called|calls|calling|call)\s+on\s+$|"
    # "carried out the attack on behalf of Iran": who it was done for
    r"\bon\s+behalf\s+of\s+$|\bat\s+the\s+(?:behest|request|orders?|bidding)\s+of\s+$|\bon\s+(?:the\s+)?orders?\s+(?:of|from)\s+$",
    re.I,
)
_BURIED_THERE = re.compile(
    r"^['’]s\s+(?:tomb|grave|mausoleum|burial\s+(?:place|site)|resting\s+place)\b", re.I
)
_DAMAGED_IN = re.compile(
    r"\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?(?:damaged|destroyed|gutted|wrecked|burned|burnt|"
    r"torched|razed)\s+(?:in|by)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}",
    re.I,
)
_PASSIVE_END = re.compile(r"\s(?:was|were|(?:has|have|had)\s+been)\s+$")
_PLACE_COMPOUND = re.compile(
    r"^-(?:based|backed|born|led|linked|funded|trained|sponsored|flagged|registered|owned|operated|aligned|allied|"
    r"affiliated|inspired|controlled|supported|armed)\b",
    re.I,
)


# "planned by handlers of G, the group's branch in Afghanistan and Central Asia": where the group is, not the attack
_BRANCH_IN = re.compile(
    r"(?:(?:'s|’s)|\b(?:its|their))\s+(?:[\w-]+\s+)?(?:branch|affiliate|wing|franchise|offshoot|chapter|province)\s+"
    r"(?:in|for)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]+\s+(?:and|or)\s+)?$",
    re.I,
)
# "..., prompting a rampage by settlers in the town": an act someone other than the group's men did
_OTHER_AGENT = re.compile(
    r"\s+by\s+(?:(?:armed|angry|Israeli|Jewish|local|hundreds\s+of|dozens\s+of)\s+)?(?:settlers|villagers|residents|"
    r"soldiers|troops|police|mobs?|crowds?|protesters|rioters|vigilantes)\b",
    re.I,
)
# ", which had infiltrated the territory of X from across the border, ...": a relative clause still open
_IN_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:had\s+|has\s+|have\s+)?[a-z]\w+[^,;]*$")
# "the Montelíbano attack": a place right before another attack word names that attack's place
_NAMES_NEXT = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:in|on|at|a|an|the|of|by|for|from|with|and|or|near|during|after|before|that|which)\b)"
    rf"[\w'’-]+){{0,2}}?\s+(?:{_NOUNS})\b",
    re.I,
)


# "G, the network behind the 2002 Bali bombings, ...": an apposition naming the group by its attack.
_BEHIND_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:behind|responsible\s+for|blamed\s+for|that\s+carried\s+out|"
    r"which\s+carried\s+out)\s+(?:the\s+|a\s+|an\s+)?[^,;()]*$",
    re.I,
)


_IN_RESPONSE_TO = re.compile(
    r"\b(?:in\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)|to\s+avenge|as\s+(?:revenge|retaliation|a\s+response)\s+"
    r"(?:for|to))\b[^;.()]*$",
    re.I,
)
# "told reporters in Popayán", "speaking in Kabul", "said at a news conference in Bamako": where words were said
_TOLD_IN = re.compile(
    r"\b(?:(?:told|briefed|addressed)\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers|parliament|"
    r"diplomats|a\s+(?:news|press)\s+conference)|(?:speaking|spoke|said|talking)(?:\s+to\s+(?:reporters|journalists))?|"
    r"(?:said|spoke|speaking)\s+at\s+a\s+(?:news|press)\s+conference)\s+in\s+(?:the\s+)?$",
    re.I,
)


_HIT_WHEN = re.compile(
    r"\s+(?:was|were)\s+(?:(?:also|last|first)\s+)?(?:hit|attacked|struck|targeted|bombed|raided|stormed)\b"
    r"[^.;:]{0,40}?,?\s+when\s+[^.;:]{0,80}",
    re.I,
)


def _attached_places(sentence: Sentence, trig: re.Match[str], places: list[Mention]) -> list[Mention]:
    """The places that say where this attack happened, not every place in its stretch.

    A place counts when it modifies the attack word ("the Moscow concert hall attack"),
    follows a locative word after it ("stormed into ... Crocus City Hall in Moscow"), or
    extends such a place in a list or apposition ("in Kerman, Iran").
    """
    text = sentence.text
    kept: list[Mention] = []
    for m in places:
        start, end = m.start - sentence.start, m.end - sentence.start
        if _PLACE_COMPOUND.match(text[end:]):
            continue  # "the Pakistan-based Lashkar-e-Taiba": the place is the group's, not the attack's
        if _BURIED_THERE.match(text[end:]):
            continue  # "near Soleimani's tomb": a man's grave, named after him, not a town
        if _WEAPON_AFTER.match(text[end:]):
            continue  # "two Katyusha rockets landed": the weapon's name, not a place
        if _TOLD_IN.search(text[max(0, start - 60) : start]):
            continue  # "the commander told reporters in Popayán that the assault began ...": where it was told
        if start > trig.end() and (
            _IN_RESPONSE_TO.search(text[trig.end() : start])
            or (
                (trig.group("noun") or "").lower().endswith("s")
                and _IN_RESPONSE_TO.search(text[max(0, trig.start() - 80) : trig.start()])
            )
        ):
            # "targeted the base ... in response to the massacres in Gaza and Lebanon": what the attack answered
            # (not "a response to an ambush last month near Piranshahr", one attack named as what it answered)
            continue
        if end <= trig.start():
            gap = text[end : trig.start()]
            words = gap.split()
            if _HIT_WHEN.fullmatch(gap):
                # "Konduga was hit in June 2019, when three suicide bombers killed 30 people": the town the
                # passive names is where the "when" clause's attack fell
                kept.append(m)
                continue
            if (
                len(words) <= 3
                and re.fullmatch(r"[\s\w'’-]*", gap)
                and not any(w.lower() in _FUNCTION_WORDS for w in words)
                # ("rockets fired from southern Lebanon struck Metula": where they came from, not where they hit)
                and not _FROM_ORIGIN.search(text[max(0, start - 40) : start])
            ):
                kept.append(m)
                continue
            if (
                _LOCATIVE.search(text[max(0, start - 40) : start])
                and trig.start() - end < 120
                # "a health centre in Byambwe, in Lubero territory, was attacked": the passive's own verb
                and (
                    not _VERB_IN_GAP.search(_PASSIVE_END.sub(" ", gap))
                    # "the bar on Main Street in X was badly damaged in an arson attack": the damage the attack did
                    or _DAMAGED_IN.fullmatch(gap) is not None
                )
                # "the deal was signed in Havana, and the ELN attacked ...": a place of the clause before
                and not _NEW_CLAUSE.search(gap)
                and not _DISTANCE.search(text[max(0, start - 40) : start])
                # ("Fighters of G, a group made up largely of Uyghurs from China's Xinjiang region, stormed ...")
                and not _FROM_ORIGIN.search(text[max(0, start - 40) : start])
                # ("terrorists of G, which had infiltrated the territory of X from across the border, ambushed a
                # patrol on the heights of Y": a place of the relative clause, closed before the attack word)
                and not (_IN_RELATIVE.search(text[:start]) and "," in gap)
            ):
                kept.append(m)
            continue
        # "The worst atrocity ... took place on the night of 23 May, when gunmen killed 16 people in a bar
        # in X": the place is counted from the attack word nearest before it
        between = [t for t in TRIGGER.finditer(text, trig.end(), start)]
        nearest = max((t.end() for t in between), default=trig.end())
        gap = text[nearest:start]
        if (
            between
            and between[-1].group("noun")
            and _PLURAL_ATTACKS.fullmatch(between[-1].group("noun"))
            and _SERIES_OF.search(text[max(0, between[-1].start() - 40) : between[-1].start()])
        ):
            # ("..., wounding two contractors, in the latest in a string of attacks on American forces in Iraq": the
            # place of the attacks in general named after it)
            continue
        if _BEHIND_APPOSITION.search(text[: trig.start()]) and "," in text[trig.end() : start]:
            # ("G, the network behind the 2002 Bali bombings that killed 202 people, met in X": the group's doings
            # after the apposition that names its attack)
            continue
        if (
            _DESCRIBING.search(text[trig.end() : start])
            or (
                _NAMES_NEXT.match(text, end)
                # (not "13 soldiers had been killed in the Abyan attack": the dead of the attack the place names)
                and not (
                    trig.group("verb")
                    and _KILLING_ONLY.fullmatch(trig.group(0))
                    and re.fullmatch(r"\s+(?:in|during)\s+(?:the|that|this)\s+", text[trig.end() : start])
                )
            )
        ):
            # ("G admitted the attack in X, calling it a response to a police raid near Y, but denied any part in the
            # Z attack": the places of what it was called a response to, and of the next attack word)
            continue
        if _AVENGED.search(gap):
            # ("the attacks were revenge for the arrest of its members by the agents of the Emirates": the place of
            # what was avenged)
            continue
        if len(gap) > 160 or _CLAUSE_BREAK.search(gap) or _QUOTE_OPEN.search(gap):
            # ("claimed the attack, describing it as the work of soldiers of the caliphate in Bengal"; "calling the
            # shooting "a first response to the crime in the Tulkarem camp"": a place inside the words quoted)
            continue
        before = text[max(0, start - 40) : start]
        if (
            _DISTANCE.search(before)
            or _FROM_ORIGIN.search(before)
            or _BRANCH_IN.search(before)
            or _TREATED_AT.search(before)
            or _BLAMED_AT.search(before)
            or _HEARING_IN.search(before)
            or (_SOURCE_IN.search(before) and _SAID_AFTER.match(text, end))
            or _HOSPITAL_IN.search(text[max(0, start - 90) : start])
        ):
            continue
        if _WAR_IN.search(before) or _BORDER_WITH.search(before) or _BORDER_AFTER.match(text, end):
            # ("an attack on a Ugandan school near Congo border": the country across it is no place of it)
            continue
        if (
            _LOCATIVE.search(before)
            or (
                kept
                and re.fullmatch(
                    # "in Nigeria's northeastern Borno state": the province of the country just kept
                    # ("on the Lamu-Witu road": the second place of a road named by its two ends)
                    r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?|(?:'s|’s)\s+(?:[a-z][\w-]*\s+)?|-",
                    text[kept[-1].end - sentence.start : start],
                )
            )
            or (
                kept and _ROAD_OTHER_END.fullmatch(text[max(0, kept[-1].start - sentence.start - 40) : start])
            )
        ):
            kept.append(m)
    return kept


# "..., said the governor, who visited the town on Saturday"; "the Wagner Group, which announced its
# withdrawal on Friday": a relative clause on a person or a group tells of its own doings, on its own day.
# "attributed that assault to G, a faction that broke away from the TTP in 2014": an apposition's clause too.
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?P<that>that|which|who)|(?P<pronoun>which|who))\b[^,;—–]*$"
)
# "Operation Shujaa, the joint offensive launched in 2021": an apposition dated by what founded it.
_FOUNDED_IN = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:launched|founded|formed|created|established|set\s+up|signed|"
    r"begun|started|deployed|designated|banned|proscribed)\s+(?:in|on)\s+$",
    re.I,
)
# "suspended talks on Friday after the group launched an offensive": the day of what followed the attack.
_DATE_THEN_AFTER = re.compile(r"^\s*,?\s*after\b", re.I)


# "the 2015 peace agreement", "the 2021 coup": a year that dates another kind of event.
_OTHER_EVENT_AFTER = re.compile(
    rf"^\s*(?:(?!(?:{_NOUNS})\b)[A-Za-z][\w-]*\s+){{0,2}}?(?:agreements?|accords?|deals?|ceasefires?|cease-fires?|"
    r"truces?|elections?|polls|coups?|referendums?|constitution|treat(?:y|ies)|talks|negotiations|withdrawal|"
    r"pullout|summit|census|uprising|revolution|invasion|wars?|law|amnesty|protests?)\b",
    re.I,
)
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\b|;")


def _quoted_name(text: str, start: int, end: int) -> bool:
    """Whether the quotation marks around a name hold only the name ("signed by the “Leftraru Organ”"), not speech."""
    opened = max(text.rfind('"', 0, start), text.rfind("“", 0, start))
    closes = [i for i in (text.find('"', end), text.find("”", end)) if i >= 0]
    if opened < 0 or not closes:
        return False
    return not text[opened + 1 : start].strip() and not text[end : min(closes)].strip(" .,")


def _quoted(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation of the sentence (straight or curly double quotes)."""
    before = text[:pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# "... rose to 14 on Thursday", "had climbed to nine by Monday": a count's new figure, then the day it was given
_COUNT_ROSE_BEFORE = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|grew|reached)\s+to\s+(?:at\s+least\s+)?[\w-]+\s+"
    r"(?:(?:people|dead|victims|deaths)\s+)?(?:on|by|as\s+of)?\s*$",
    re.I,
)


def _own_date(sentence: Sentence, trig: re.Match[str], d: DateMention) -> bool:
    """Whether a date may be the attack's, not the day of a relative clause or of what followed it."""
    text = sentence.text
    if _quoted(text, d.start) != _quoted(text, trig.start()):
        # '"... at least today the truth was told," said a widow whose husband died in the explosion':
        # a day inside a quotation is the speaker's, not the day of an attack told outside it
        return False
    if _OTHER_EVENT_AFTER.match(text[d.end : d.end + 60]):
        return False  # ("named after a March 23, 2009 peace deal": the deal's day)
    if d.end <= trig.start():
        # "gathered on Sunday to mark the anniversary of the Westgate attack": the day of the remembrance.
        return not (
            _DATE_THEN_AFTER.match(text[d.end : trig.start()])
            # ("The minister, who flew to Montería on Monday for a security council, said G was behind the killings")
            or (_IN_RELATIVE.search(text[: d.start]) is not None and "," in text[d.end : trig.start()])
            or _REMEMBRANCE.search(text[d.end : trig.start()])
            or _PUBLISHED_ON.search(text[max(0, d.start - 80) : d.start])
            # ("On Friday the army's spokesman told state radio that two soldiers had been killed": the day told)
            or (
                _ON_DAY_OPENS.search(text[: d.start]) is not None
                and _TOLD_AFTER.match(text, d.end) is not None
            )
        )
    if re.search(r"\bafter$", d.text, re.I):
        # "The attack came two days after G bombed ...": the day of the event told after it, not this one's.
        return False
    if _CLAIMED_THE_DAYS.search(text[: trig.start()]) and _DAY_RIGHT_AFTER_TRIGGER.fullmatch(
        text[trig.end() : d.start]
    ):
        # "G claimed the Niassa raid on Tuesday in a statement": the attack told already, the day is the claim's
        return False
    if _FOUNDED_IN.search(text[trig.end() : d.start]):
        return False
    if _COUNT_ROSE_BEFORE.search(text[trig.end() : d.start]):
        # "The death toll from the bombing in the market rose to 14 on Thursday": the day of the count
        return False
    if _SAYING_CLAUSE.search(text[trig.end() : d.start]):
        # "blamed the massacre on G, citing leaflets against a candidate in the run-off two weeks later"
        return False
    clause = _RELATIVE_CLAUSE.search(text[trig.end() : d.start])
    if clause is None:
        return True
    if clause.group("that") is not None:
        return False  # "G, a faction that broke away in 2014": the apposition tells of the name before it
    if clause.group("pronoun") == "who":
        # ("the kidnapping and murder of P, a former officer, who was taken from his flat on 21 February by men
        # dressed as police": the clause tells the attack on its victim)
        return _VICTIM_CLAUSE.match(clause.group(0)) is not None
    # "which" stands for the name right before the comma: a group or an organisation, not the attack.
    comma = sentence.start + trig.end() + clause.start()
    return not any(
        m.end == comma and m.type in (EntityType.GROUP, EntityType.ORGANIZATION) for m in sentence.mentions
    )


_CLAIMED_THE_DAYS = re.compile(
    r"\b(?:claimed|claims)\s+(?:responsibility\s+for\s+)?the\s+(?:[\w'’-]+\s+){0,2}?$", re.I
)
_DAY_RIGHT_AFTER_TRIGGER = re.compile(r"\s+(?:(?:late|early)\s+)?on\s+", re.I)
# "In a communiqué read on state television late on Tuesday, the army said six soldiers had been killed": the
# day the statement came out.
_PUBLISHED_ON = re.compile(
    r"\b(?:communiqu[ée]s?|statements?|press\s+releases?|briefings?|address|video|message|bulletin|interview)\s+"
    r"(?:[\w-]+\s+)?(?:read|issued|released|published|posted|broadcast|given|delivered|aired|sent)\b[^,;.]{0,50}$",
    re.I,
)
_VICTIM_CLAUSE = re.compile(
    r",\s+who\s+(?:was|were)\s+(?:\w+\s+)?(?:taken|kidnapped|abducted|seized|snatched|shot|killed|stabbed|murdered|"
    r"gunned\s+down|ambushed|attacked)\b",
    re.I,
)
_SAYING_CLAUSE = re.compile(r",\s+(?:citing|saying|adding|noting|urging|quoting|referring\s+to)\b", re.I)
_QUOTE_OPEN = re.compile(r"^\s*[\"“][^\"”]*$")
_DESCRIBING = re.compile(r",\s+(?:describing|calling)\s+(?:it|the\s+\w+)\s+(?:as\s+)?", re.I)
_REMEMBRANCE = re.compile(
    r"\b(?:anniversary|commemorat\w*|memorial|remember\w*|mourn\w*|vigil|trial|verdict|sentenc\w*|convict\w*|"
    # "prosecutors on Monday filed an amended indictment against 45 people accused of taking part in the attack"
    # ("A jury on Wednesday found a man guilty of murder for a knife rampage in X": the day of the verdict)
    r"indict\w*|charge\s+sheet|charged|arrested|detained|extradit\w*|guilty)\b",
    re.I,
)


_RANGE_END_BEFORE = re.compile(
    r"\b(?:until|till|through|to)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?:(?:hours|morning|night|evening)\s+of\s+)?$",
    re.I,
)
_COUNTED_DAY = re.compile(r"\b(?:after|before|later|earlier)\b", re.I)


_SUPERLATIVE = (
    r"(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+(?:serious|lethal|deadly|violent))"
)


def _compared_since(c: _Candidate) -> bool:
    """Whether the attack is the one another is measured against: "the heaviest attack on the city since the RSF first
    hit it in May 2025"."""
    text = c.sentence.text
    found = TRIGGER.search(text, c.span[0])
    if found is None:
        return False
    # ("in the heaviest attack on the Red Sea city since the RSF first hit it": the superlative's own attack word,
    # dated by what follows "since")
    return _SINCE_BEFORE_TRIGGER.search(text[max(0, found.start() - 120) : found.start()]) is not None or (
        _SUPERLATIVE_BEFORE.search(text[max(0, found.start() - 30) : found.start()]) is not None
        and _SINCE_AFTER.match(text, found.end()) is not None
    )


_SUPERLATIVE_BEFORE = re.compile(rf"\b{_SUPERLATIVE}\s+(?:[\w-]+\s+)?$")
_SINCE_AFTER = re.compile(r"[^.;]{0,80}?\bsince\b")
_SINCE_BEFORE_TRIGGER = re.compile(
    rf"\b(?:{_SUPERLATIVE}|first)\b[^.;:]{{0,80}}?\bsince\s+(?:(?:the|a|an|its|their|[A-Z][\w'’-]*)\s+)?"
    r"(?:[\w'’-]+\s+){0,5}$"
)
# "the deadliest attack on the army since last year", "the worst in the region since 2019": the time a
# comparison reaches back to, not the attack's date.
_SINCE_COMPARED = re.compile(
    rf"\b{_SUPERLATIVE}\b[^.;:]{{0,80}}?\bsince\s+(?:early\s+|late\s+|mid-?)?$",
    re.I,
)


def _since_word(date_text: str) -> str:
    """The "since" a date's own text opens with ("the worst raid on the town since 2019": the date read is
    "since 2019"), so a comparison reaching back is seen whether or not the date took the word in."""
    m = re.match(r"since\s+(?:early\s+|late\s+|mid-?)?", date_text, re.I)
    return m.group() if m else ""


# "Sunday mass", "Friday prayers", "the Saturday market": a weekday naming what is held on it
_WEEKLY_SERVICE = re.compile(
    r"\s+(?:morning\s+|evening\s+|night\s+)?(?:mass|masses|prayers?|services?|worship|sermons?|market|bazaar)\b",
    re.I,
)


def _pick_date(text: str, trig: re.Match[str], dates: list[DateMention]) -> DateMention | None:
    """The attack's own date: a possessive right before the trigger, else the nearest not after a reporting verb."""
    for d in dates:
        # "Al-Shabaab claimed Friday's attack": the possessive dates the attack, whatever verb comes before.
        if 0 <= trig.start() - d.end <= 3 and re.search(r"(?:'s|’s)$", text[d.start : trig.start()].rstrip()):
            return d
        # "the network behind the 2002 Bali bombings", in a sentence dated by what the network did later: the year
        # that names the attack
        if (
            d.precision == "year"
            and re.fullmatch(r"\d{4}", d.text.strip())
            and re.fullmatch(r"(?:\s+[A-Z][\w'’-]*){0,3}\s+", text[d.end : trig.start()])
            and re.search(r"\b(?:the|its|their)\s+$", text[max(0, d.start - 6) : d.start], re.I)
        ):
            return d
        # "the Easter Sunday bombings of 2019", said on a trial's opening day: the year the attack is named by
        if (
            d.precision == "year"
            and d.text.lower().startswith("of ")
            and not text[trig.end() : d.start].strip()
        ):
            return d
    said = [
        d
        for d in dates
        if not _SAID_BEFORE.search(text[max(0, d.start - 40) : d.start])
        and not _STATEMENT_VERB_AFTER.match(text, d.end)
        # (but "the deadliest since October, when fighters stormed a base": the day of the attack told next)
        and not (
            _SINCE_COMPARED.search(text[max(0, d.start - 120) : d.start] + _since_word(d.text))
            and not re.match(r"\s*,?\s*when\b", text[d.end :])
        )
    ]
    usable = [d for d in said if not DATELINE.match(text[: d.start])]
    if not usable and said:
        # Only the dateline: a report tells of recent events, so its month is the best guess.
        return replace(said[0], value=said[0].value[:7])
    # Months and days beat bare years ("the 1998 bombing" aside, a bare year is often background); a day named
    # inside the clause a counted day opens beats it ("It came three weeks after arsonists burned a farm on March
    # 24"; but "laid flowers this morning, seven years to the day after bombers attacked": the counted day).
    pool = list(usable)  # (a list being sorted reads as empty)

    def named_after(d: DateMention) -> bool:
        return _COUNTED_DAY.search(d.text) is not None and any(
            e.start >= d.end and e.precision != "year" and not _COUNTED_DAY.search(e.text) for e in pool
        )

    # ("Beginning on the night of 2 June and continuing until the early hours of 4 June, gunmen set fire to ...": a
    # wave is dated by its first day, not the day it ended)
    # ("opened fire during Sunday mass at the church on 4 May 2025", said a year on: the weekday names the service,
    # the day written in full is the attack's)
    full_day = any(d.precision == "day" and not d.relative for d in pool)
    usable.sort(
        key=lambda d: (
            d.precision == "year",
            full_day and d.relative and _WEEKLY_SERVICE.match(text, d.end) is not None,
            named_after(d),
            _RANGE_END_BEFORE.search(text[max(0, d.start - 40) : d.start]) is not None,
            # ("Last month the carrier was struck off Hodeidah on 12 June": the day in that month says more)
            len(d.value) == 7 and any(len(e.value) == 10 and e.value.startswith(d.value) for e in pool),
            abs(d.start - trig.start()),
        )
    )
    return usable[0] if usable else None


# "troops on Tuesday night ended a 30-hour siege": the day told is the end; the attack began before it
# ("forces on Sunday ended an overnight siege": it began the evening before)
_ENDED_SIEGE = re.compile(
    r"\b(?:ended|broke|lifted|ending|breaking)\s+(?:a|an|the)\s+(?:(?P<n>\d{1,3}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)-(?P<unit>hour|day)|(?P<overnight>overnight|all-night|night-long))\s+"
    r"(?:siege|stand-?off|hostage\s+crisis|occupation)\b",
    re.I,
)
_SMALL_NUMBERS = {
    w: i
    for i, w in enumerate(
        (
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        )
    )
}


def _began(text: str, trig: re.Match[str], d: DateMention | None) -> DateMention | None:
    """The day an attack began, where the sentence dates the end of a siege of a told length."""
    m = _ENDED_SIEGE.search(text)
    if d is None or m is None or d.precision != "day" or not m.start() <= trig.start() < m.end():
        return d
    if m.group("overnight"):
        days = 1
    else:
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _SMALL_NUMBERS[n]
        days = count - 1 if m.group("unit").lower() == "day" else round(count / 24)
    if days <= 0:
        return d
    return replace(d, value=(dt.date.fromisoformat(d.value) - dt.timedelta(days=days)).isoformat())


# "the military on Wednesday blamed the BRN for a bomb that killed two": the day of the statement.
_STATEMENT_VERB_AFTER = re.compile(
    r"\s*(?:blamed|accused|said|announced|confirmed|reported|denied|attributed|claimed\s+responsibility|"
    # "Residents on Wednesday buried 23 people killed when gunmen stormed the village late on Tuesday": the day of
    # what followed the attack
    r"buried|mourned|laid\s+to\s+rest|held\s+(?:a\s+)?(?:funerals?|vigil)|protested|marched)\b"
)
_INSPIRED_BY = re.compile(
    r"\b(?:inspired|influenced|radicali[sz]ed|motivated|encouraged)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$|\b(?:supporters?|sympathi[sz]ers?|admirers?|fans?)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "said", "said on Saturday", "said in a statement on Telegram that": the group's own words follow.
_SAID = r"\b(?:said|says|acknowledged|admitted|conceded|confirmed|stated)\s+(?:(?:on|in|through|via|late\s+on|early\s+on)\s+[^,;.]{0,60}?\s+)?(?:that\s+)?"
_ITS_MEN = (
    # "a soldier of the caliphate": the Islamic State's name for its own attacker
    r"(?:(?:a|an|one|two|three|four|five)\s+[\"“']?soldiers?\s+of\s+the\s+caliphate[\"”']?|"
    # ("its 'Pir Panjal unit'", 'its "soldiers of the caliphate"': the group's own name for its men, quoted)
    r"it|they|(?:one\s+of\s+|a\s+)?(?:its|their)\s+[\"“'‘]?(?:[A-Z][\w-]*\s+){0,3}?(?:suicide\s+)?(?:fighters|militants|"
    r"members|men|bombers?|soldiers|units?|fronts?|cells?|brigades?|battalions?|squads?|wings?|commandos?|"
    r"operatives|katibas?|detachments?|branch|factions?|guerrillas|rebels|combatants|mujahideen|jihadists)"
    r"(?:\s+of\s+the\s+caliphate)?[\"”'’]?)"
)
_CLAIM_VERB = re.compile(
    r"\b(?:claimed|claims|has\s+claimed|admitted|accepted|took|takes)\s+(?:\w+\s+){0,2}?(?:responsibility|credit)\b|"
    r"\bclaimed\s+(?:the|that|it|a|an|last|this|both|two|three|its)\b|"
    # "G emailed a statement claiming an IED attack on a patrol": the attack named after the participle, told there
    # for the first time or by its day (the definite "claiming the attack" is left to the claim rules above)
    rf"\bclaiming\s+(?:an?|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b|"
    # "Islamic State claims Kabul hospital attack" (a headline's present tense)
    # "ISWAP claimed on Sunday to have killed seven soldiers"
    r"\bclaimed\s+(?:(?:on|late\s+on|in)\s+\w+\s+)?to\s+have\s+(?:carried\s+out|killed|attacked|staged|"
    r"bombed|struck|stormed|ambushed|targeted|shot\s+down|kidnapped|abducted|seized)\b|"
    r"\badmitted\s+(?:killing|carrying\s+out|planting|bombing|shooting|to\s+(?:killing|carrying\s+out))\b|"
    # "Al-Shabaab said it was responsible", "the group said its fighters were behind the attack"
    rf"{_SAID}{_ITS_MEN}\s+(?:was|were|had\s+been)\s+(?:behind|responsible)\b|"
    # "The Islamic State said its fighters had planted the device."
    # "JNIM said one of its fronts had attacked the post", "the BLA said its Majeed Brigade carried out the attack"
    # "Al-Shabaab said on Saturday that it had attacked the hotel"
    rf"{_SAID}{_ITS_MEN}\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:carried\s+out|planted|detonated|staged|mounted|launched|attacked|stormed|"
    r"ambushed|bombed|targeted|struck|raided|seized|hijacked|kidnapped|abducted|killed|executed|shot\s+down|"
    r"rammed|overran|(?:blew|blown)\s+(?:himself|herself|themselves)\s+up|destroyed|"
    # "JNIM said its fighters had taken part in the battle"
    r"(?:taken|took)\s+part\s+in|participated\s+in)\b|"
    # "JNIM issued its own claim for the same ambush"
    r"\b(?:issued|published|released|made|put\s+out)\s+(?:its|their|a)\s+(?:own\s+)?claim\s+(?:of\s+responsibility\s+)?"
    # ("... issued a claim of its own")
    r"(?:for\b|of\s+(?:its|their)\s+own\b)|"
    # "Al-Shabaab said the attack was in retaliation for army raids": the group gives its reasons for it.
    rf"{_SAID}the\s+(?:attack|bombing|assault|raid|operation|ambush)\s+was\s+(?:carried\s+out\s+)?(?:in\s+|a\s+|an\s+)?"
    r"(?:revenge|retaliation|reprisal|response|punishment|vengeance)\b",
    re.I,
)
# "Islamic State claims Kabul hospital attack": a headline's present tense.
_HEADLINE_CLAIM = re.compile(
    r"\bclaims\s+(?:[\w'’-]+\s+){0,3}?(?:attack|bombing|assault|raid|ambush|massacre|killings?|blast|"
    r"kidnapping|abduction|siege)\b",
    re.I,
)
# ("neither JNIM nor ISSP has claimed it": the names between the two words claimed nothing)
_NEGATED_CLAIM = re.compile(r"\b(?:no|not|never|nobody|none|neither|nor)\b[^.;]{0,30}$|\bwithout\s+$", re.I)


def _claimants(sentence: Sentence) -> list[Mention]:
    """Groups that claim an attack: the subject of "claimed responsibility", skipping appositions.

    In "The Islamic State of Khorasan, or ISIS-K, the Central Asian branch of the Islamic
    State, claimed responsibility", the claimant is the first group of the clause, not the
    parent named inside the apposition.
    """
    found = []
    verbs = list(_CLAIM_VERB.finditer(sentence.text))
    if sentence.index == 0:
        verbs += _HEADLINE_CLAIM.finditer(sentence.text)
    for verb in verbs:
        if _NEGATED_CLAIM.search(sentence.text[max(0, verb.start() - 40) : verb.start()]):
            continue
        if _CLAIM_TAKEN_BACK.search(sentence.text[max(0, verb.start() - 40) : verb.start()]):
            continue  # "G withdrew its claim for the bombing": a claim taken back is no claim
        if _WITHDREW_AFTER.match(sentence.text, verb.end()):
            continue  # "G first claimed the attack before disowning it": a claim taken back is no claim
        clause_start = max(
            sentence.text.rfind(";", 0, verb.start()), sentence.text.rfind(" but ", 0, verb.start()), 0
        )
        before = [
            m
            for m in sentence.mentions
            if m.type is EntityType.GROUP
            and clause_start <= m.start - sentence.start < verb.start()
            and not is_modifier(sentence.text, m, sentence.start)
            and not _PREFIXED.search(sentence.before(m, 12))
            # ("“Our forces and the Ma'awisley inflicted heavy losses,” the governor said, and claimed that more than
            # 60 attackers had died": a group named in the speaker's quotation is not the one who claims)
            and not (
                _quoted(sentence.text, m.start - sentence.start)
                and not _quoted(sentence.text, verb.start())
                and not _quoted_name(sentence.text, m.start - sentence.start, m.end - sentence.start)
            )
        ]
        # "The Islamic State's regional branch, ISIS-K, claimed": a possessive names the parent, not the claimant;
        # "the Islamic State's affiliate in Somalia claimed": the affiliate, if it can be told which, else no one.
        plain = [m for m in before if not re.match(r"^(?:'s|’s)", sentence.text[m.end - sentence.start :])]
        owners = [m for m in before if m not in plain]
        parts = [_responsible(sentence, m) for m in owners]
        plain = sorted(
            plain + [r for r, m in zip(parts, owners, strict=True) if r is not None and r is not m],
            key=_start,
        )
        owners = [m for r, m in zip(parts, owners, strict=True) if r is m]
        if plain or owners:
            subject = _subject((plain or owners), sentence, verb.start())
            found.append(subject)
            # "the FLA and the al-Qaeda-linked JNIM both said that their fighters had ambushed": both claim it
            # ("the Tubas Battalion of the al-Quds Brigades and the Qassam Brigades said": the unit's parent named
            # on the way)
            for other in plain:
                if other.start > subject.start and (
                    _AND_ANOTHER.fullmatch(sentence.between(subject, other))
                    or any(
                        subject.end <= m.start
                        and m.end <= other.start
                        and _OF_PARENT.fullmatch(sentence.between(subject, m))
                        and _AND_ANOTHER.fullmatch(sentence.between(m, other))
                        for m in plain
                    )
                ):
                    found.append(other)
                    subject = other
    return found


_FIRST_BLAMED = re.compile(
    r"\b(?:had\s+)?(?:initially|first|earlier|originally|at\s+first)\s+(?:pointed\s+(?:the\s+finger\s+at|to)|blamed|"
    r"suspected|accused|named)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# "A second anti-Taliban group, the AFF, also claimed": a name inside "anti-G" or "pro-G" is not the group itself
_PREFIXED = re.compile(r"\b(?:anti|pro|counter|non|ex)-$", re.I)
_OF_PARENT = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_AND_ANOTHER = re.compile(r"\)?\s*(?:\([^()]{1,15}\))?\s*,?\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?")


# "... the New IRA, which in 2019 admitted killing ...": the relative pronoun stands for the name before it.
_RELATIVE_TO_VERB = re.compile(r"^\s*,\s*(?:which|who)\b[^,;]*$")
# "A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, claimed ...": the part, not the whole, claims.
_PART_OF_BEFORE = re.compile(
    r"\b(?:faction|branch|wing|splinter(?:\s+group)?|offshoot|affiliate|cell|unit)\s+of\s+(?:the\s+)?$", re.I
)


def _start(m: Mention) -> int:
    return m.start


_KNOWN_AS_AFTER = re.compile(r"^\s*,\s*as\s+(?:the\s+)?", re.I)
_IS_KNOWN = re.compile(r"^(?:\s*\([^()]{1,20}\))?\s+(?:is|are)\s+(?:\w+\s+)?(?:known|called)\b", re.I)


def _responsible(sentence: Sentence, g: Mention) -> Mention | None:
    """Who a group mention stands for as the one responsible: itself, or the part it owns.

    In "the Islamic State's affiliate in Somalia claimed" the parent only names the owner of the
    claimant. The claimant is the part, under the name the text or the gazetteer gives it, spanning the
    whole phrase; when it cannot be told which group the part is, no one (not the parent) is responsible.
    """
    if is_modifier(sentence.text, g, sentence.start):
        return None  # "al-Qaeda-linked gunmen": men tied to the group, not the group's own
    if _KNOWN_AS_AFTER.match(sentence.after(g, 12)):
        # "pointed to Daesh, as the Islamic State's Khorasan branch is known locally": the local name of the group
        # named next
        for h in sentence.of_type(EntityType.GROUP):
            if h.start >= g.end and _KNOWN_AS_AFTER.match(sentence.between(g, h)):
                named = _responsible(sentence, h)
                if named is not None and _IS_KNOWN.match(sentence.after(named, 30)):
                    return replace(named, start=g.start)
                break
    part = part_of(sentence, g)
    if part is None:
        return g
    if part.group is None:
        return None
    return replace(part.group, start=min(g.start, part.group.start), end=max(part.end, part.group.end))


def _subject(groups: list[Mention], sentence: Sentence, verb: int) -> Mention:
    """Which of the groups named before a claim verb makes the claim: the first, unless the words say otherwise."""
    text = sentence.text
    last = groups[-1]
    if _RELATIVE_TO_VERB.match(text[last.end - sentence.start : verb]):
        return last
    first = groups[0]
    if len(groups) > 1 and (
        _PART_OF_BEFORE.search(sentence.before(first, 40))
        # "A group close to al-Mourabitoun, Ansar al-Islam, claimed": the group apposed is the one close to the first
        or lexicon.GROUP_CLOSE_TO_BEFORE.search(sentence.before(first, 40))
    ):
        second = groups[1]
        if re.fullmatch(r"\s*,\s*(?:the\s+)?", sentence.between(first, second)):
            return second
    if len(groups) > 1 and _PART_NAMED_AFTER.fullmatch(sentence.between(first, groups[1])):
        # "a G offshoot calling itself H claimed": the offshoot, by the name it gave itself
        return groups[1]
    return first


_PART_NAMED_AFTER = re.compile(
    r"\s*(?:['’]s\s+)?(?:[\w-]+\s+)?(?:faction|branch|wing|splinter(?:\s+group)?|offshoot|affiliate|cell|unit|"
    r"breakaway\s+group)\s*,?\s+(?:calling\s+itself|styling\s+itself|called|known\s+as|named)\s+(?:the\s+)?",
    re.I,
)


_TARGET_BEFORE = re.compile(
    r"\b(?:against|targeting|targeted)\s+(?:the\s+)?(?:(?:former|rival|suspected|alleged)\s+)?$", re.I
)
# "struck a mosque used by G fighters", "a checkpoint manned by G", "a camp held by forces loyal to G": the group
# named as who held or used the place attacked (not "carried out by G", who acted)
_TARGET_OWNER_BEFORE = re.compile(
    r"\b(?:used|frequented|run|held|manned|controlled|occupied|guarded|owned|operated|staffed)\s+by\s+(?:the\s+)?"
    r"(?:(?:forces|fighters|men|units|militias?)\s+(?:loyal\s+to|of|from)\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_NOT_OBJECT_WORD = (
    r"(?!(?:by|and|or|in|at|for|with|from|after|before|which|that|who|was|were|is|claimed|blamed)\b)"
)
# "an attack on G positions", "gunmen ambushed G fighters", "killing 12 people, including three G defectors":
# the group's men are the target or the victims. (Not "blamed the attack on G": that is checked first.)
_TARGET_OBJECT = re.compile(
    r"\b(?:(?:attacks?|assaults?|raids?|ambush(?:es)?|strikes?|bombings?|offensive)\s+(?:on|against)|"
    r"attacked|ambushed|stormed|struck|bombed|raided|shelled|overran|hit|killing|killed)\s+"
    rf"(?:the\s+|a\s+|an\s+)?(?:{_NOT_OBJECT_WORD}[\w-]+\s+){{0,2}}?(?:of\s+(?:the\s+)?)?$|"
    # "the victims included relatives of G fighters"
    r"\b(?:relatives|families|family\s+members|wives|widows|children|sons|daughters|parents)\s+of\s+(?:the\s+)?"
    r"(?:former\s+)?$|\bvictims\s+(?:[\w-]+\s+){0,6}?(?:included|were)\s+(?:[\w-]+\s+){0,3}?$|"
    r"\b(?:including|among\s+them|among\s+whom|among\s+the\s+(?:dead|victims|killed))\s+"
    r"(?:the\s+|a\s+|an\s+|\d+\s+|two\s+|three\s+|several\s+)?(?:former\s+)?$",
    re.I,
)
# "G fighters were killed", "G positions came under fire": the group's men on the receiving end.
_VICTIM_AFTER = re.compile(
    r"^\s*(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:militants|fighters|members|commanders?|positions|bases?|camps?|hideouts?|"
    r"defectors|men|convoy|inmates|prisoners)\s+(?:(?:were|was|had\s+been|have\s+been|are|is)\s+(?:\w+\s+)?(?:killed|wounded|"
    # ("a column of soldiers and G fighters was trapped in a sandstorm and overrun")
    r"injured|targeted|attacked|ambushed|hit|struck|among|trapped|overrun|routed|encircled|surrounded|besieged|"
    r"captured)|came\s+under|died)\b",
    re.I,
)


# "Authorities have linked the Santa Rosa de Lima cartel to a July 2020 attack on a clinic": the group tied to the attack
_LINKED_BEFORE = re.compile(
    r"\b(?:linked|links|tied|ties|connected|connects)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I
)
_TO_AN_ATTACK_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?(?:\s+(?:group|cartel|gang|militia|faction|network|movement))?\s+to\s+"
    r"(?:the|a|an|[A-Z]\w+day['’]s|last\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|assaults?|raids?|"
    r"ambush(?:es)?|massacres?|killings?|shootings?|murders?|assassinations?)\b",
    re.I,
)
# "the gunmen who attacked a synagogue ... on Sunday were members of a local cell of G": who the attackers were,
# said after the attack they made.
_ATTACKERS_WERE_OF = re.compile(
    r"\b(?:gunmen|attackers|assailants|bombers?|perpetrators|hijackers|raiders)\b[^.;]{0,180}?\b(?:were|was)\s+"
    r"(?:all\s+)?(?:members?\s+of|part\s+of|belonged\s+to)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:cell|unit|branch|"
    r"faction|wing|network|module|brigade)\s+(?:of|loyal\s+to)\s+(?:the\s+)?$",
    re.I,
)


_WITHHELD = (
    r"(?:\b(?:stopped\s+short\s+of|declined\s+to|refused\s+to|did\s+not|didn['’]t|would\s+not|without|never)\s+"
    r"(?:(?:publicly|formally|directly|explicitly|yet|officially)\s+)?(?:blam\w*|accus\w*|nam\w*|attribut\w*|"
    r"point\w*\s+(?:the\s+|a\s+)?finger)\b|"
    # "Investigators have not said whether they believe G was behind that series"
    r"\b(?:(?:have|has|had)\s+not\s+(?:yet\s+)?said|(?:did\s+not|didn['’]t|would\s+not|declined\s+to|refused\s+to)\s+say|"
    r"(?:is|was|remains|remained)\s+(?:unclear|not\s+clear|not\s+known))\s+whether\b)"
)
_BLAME_WITHHELD = re.compile(_WITHHELD + r"[^.;]{0,30}$", re.I)
# "the two sides were blaming each other: G1 accused G2 of the killings, while G2 said G1 staged them": blame traded
# between rivals names no one responsible.
_MUTUAL_BLAME = re.compile(
    r"\b(?:blam\w*|accus\w*|point\w*\s+(?:the\s+)?fingers?\s+at)\s+(?:each\s+other|one\s+another)\b|"
    r"\btrad\w+\s+(?:blame|accusations)\b",
    re.I,
)
# ("... were of a type used by G, the most powerful faction, but stopped short of blaming the group")
_BLAME_WITHHELD_AFTER = re.compile(_WITHHELD + r"\s+(?:the|that|this|it|them)\b", re.I)


_FIGHT_BETWEEN = re.compile(
    r"\b(?:clash(?:es)?|fighting|battles?|gun\s*fights?|firefights?|skirmish(?:es)?)\s+(?:\w+\s+){0,2}?"
    r"(?:between|pitting)\s+(?:[^,;.]{0,60}?\s+(?:and|against)\s+)?(?:the\s+)?$",
    re.I,
)


# "Courts have attributed the July 1994 bombing of the community centre, which killed 85 people, to G": the attack, told
# at length, between the verb and the group (not "attributed the rise in attacks to poverty": the group must close the
# clause)
_ATTRIBUTED_ACROSS = re.compile(
    # (one attack only: "attributed both the 1994 bombing and the 1992 attack to G" is left to other rules)
    r"\b(?:(?P<attributed>attributed|attribute|attributes)|blamed|blame|blames)\s+"
    r"(?:the|this|that|these|those|its|their|a|an|[\w'’-]+['’]s)\s+"
    rf"(?:(?!\bto\b)[^;:]){{0,160}}?\b(?:{_NOUNS})\b(?:(?!\bto\b)[^;:]){{0,160}}?"
    # (not "attributed the rise in attacks to poverty, and not to G")
    r"(?<!\bnot)(?:\s(?(attributed)to|on))\s+(?:the\s+)?(?:so-called\s+)?$",
    re.I,
)


def _status(sentence: Sentence, g: Mention) -> ClaimStatus | None:
    """How the sentence ties group `g` to the attack, if it does."""
    before = sentence.before(g, 60)
    # ('"Jund al-Khilafa" was responsible for ...': a name the statement quotes)
    after = sentence.after(g, 80)
    if re.search(r"[\"“‘]$", before):
        after = re.sub(r"^[\"”’]", "", after)
    if _PREFIXED.search(before):
        return None  # ("an anti-Taliban group attacked"; "pro-G militias")
    if _FIRST_BLAMED.search(before):
        # "Security sources who had initially pointed to G said the raid had been carried out by H": blame taken back
        return None
    if _INSPIRED_BY.search(before):
        # "a man inspired by the network attacked": admiration is not membership, let alone responsibility.
        return None
    if _BLAME_WITHHELD.search(before):
        # "said the drones were of a type used by G, but stopped short of blaming the group"
        return None
    if _MUTUAL_BLAME.search(sentence.text) and not _CLAIM.search(sentence.text):
        # "the two sides blamed each other: G1 accused G2 of the ambush"
        return None
    if _DENIED.match(after) or _DISAVOWED.match(after):
        return ClaimStatus.DENIED
    claim = re.match(
        # ("G, a little-known group whose name translates as ..., claimed responsibility": a long apposition)
        r"^\s*(?:,\s*(?:\w+\s+){0,6}?,\s*|,\s*(?:a|an|the)\s+[^,;()\"“”]{10,140}?,\s*)?(?:\w+\s+){0,3}?"
        r"(?:has\s+|had\s+|have\s+)?(?:also\s+)?" + "(?:" + _CLAIM.pattern + ")",
        (longer := sentence.after(g, 220)),
        re.I,
    )
    if claim is not None and _NOT_YET.search(longer[: claim.end()]):
        return None  # "the group has not claimed the attack": no claim, and no denial either
    if (
        _CLAIMED_BY.search(sentence.before(g, 100))
        or claim is not None
        or (_CLAIM_BY_NOUN.search(before) and _CLAIM_FOR_AFTER.match(after))
    ):
        if _CLAIM_WITHDRAWN.match(after) or (
            claim is not None and _WITHDREW_AFTER.match(longer, claim.end()) is not None
        ):
            # "after a claim of responsibility by G was withdrawn within hours"; "G first claimed the attack before
            # disowning it"
            return ClaimStatus.DENIED
        return ClaimStatus.SUSPECTED if _SUSPECTED.search(after[:30]) else ClaimStatus.CLAIMED
    if _TARGET_BEFORE.search(before) or _TARGET_OWNER_BEFORE.search(before):
        # "an offensive against former FARC fighters": the group's men were the target; "a bomber struck a mosque
        # used by G fighters": the group only owned or used what was struck
        return None
    if _FIGHT_BETWEEN.search(before):
        # "setting off clashes between Fatah fighters and Islamist militants": one side of the fighting that
        # followed, not the attackers
        return None
    if (_TARGET_OBJECT.search(before) and not _ATTRIBUTED_BEFORE.search(before)) or _VICTIM_AFTER.match(
        after
    ):
        return None
    if (
        _ATTRIBUTED_BEFORE.search(before)
        or _ATTRIBUTED_AFTER.match(after)
        or (g.text.lower() in ("its", "their") and _OWN_ATTACK.match(after))
        or _BLAMED_THROUGH_CLAUSE.match(longer)
        or (_LINKED_BEFORE.search(before) and _TO_AN_ATTACK_AFTER.match(after))
        or _ATTACKERS_WERE_OF.search(sentence.before(g, 240))
        or _ATTRIBUTED_ACROSS.search(sentence.before(g, 320))
    ):
        if _BLAMED_BEFORE.search(before) and _BLAME_DISPUTED.search(sentence.after(g, 200)):
            # "Officials blamed G for the ambush, but the identity of the attackers remains unknown"
            return None
        window = before[-60:] + after[:40]
        return ClaimStatus.SUSPECTED if _SUSPECTED.search(window) else ClaimStatus.ATTRIBUTED
    return None


def _add_claim(cand: _Candidate, g: Mention, status: ClaimStatus, sentence: Sentence) -> None:
    key = g.gazetteer_id or g.name
    order = [ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED, ClaimStatus.SUSPECTED, ClaimStatus.DENIED]
    held = cand.claims.get(key)
    if held is None or order.index(status) < order.index(held[1]):
        # The evidence span must lie in the evidence sentence: a group inherited from an earlier
        # sentence is supported by the sentence that ties it to this attack, not by its own name.
        inside = sentence.start <= g.start and g.end <= sentence.end
        cand.claims[key] = (
            g,
            status,
            sentence,
            (g.start, g.end) if inside else (sentence.start, sentence.end),
        )


_BOTH = re.compile(
    r"\b(?:(both)|the\s+(two|three))\s+(?:\w+\s+)?(?:attacks|bombings|assaults|raids|massacres)\b", re.I
)


def stretch_before(c: _Candidate) -> str:
    """The words of the candidate's stretch up to its attack word."""
    return _stretch_before(c.sentence.text, c.span[0])


# Cached: a dozen rules ask for the same candidate's stretch, and TRIGGER is a long alternation.
@lru_cache(maxsize=1024)
def _stretch_before(text: str, start: int) -> str:
    found = TRIGGER.search(text, start)
    return text[start : found.start()] if found else ""


def _continues(c: _Candidate, latest: _Candidate) -> bool:
    """Whether an unanchored candidate carries on the story of the latest attack."""
    if c.locations or c.date is not None or _at_large(c):
        return False
    if c.sentence.index - latest.evidence[-1][0].index > 2:
        return False
    if _ANOTHER_TIME.match(c.sentence.text):
        # "Days earlier, G attacked a village": another attack, if an undated one.
        return False
    if _ANSWERED.search(stretch_before(c)):
        # "calling the shooting a response to Monday's raid, in which three Palestinians were killed": the
        # event answered came before, and its dead are not this attack's
        return False
    own = {k for k, (_, status, _, _) in c.claims.items() if status.is_perpetrator}
    if own and latest.claims and not own & set(latest.claims):
        # "... gunmen ambushed a truck (hallmarks of G)." "H attacked a village, wounding six": H's attack is another.
        return False
    return c.killed is not None or c.wounded is not None or bool(c.claims)


_ANSWERED = re.compile(
    r"\b(?:reference|response|retaliation|revenge|reprisal|answer)\s+(?:to|for)\s+(?:the\s+|an?\s+|last\s+\w+'s\s+|"
    r"\w+(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "A rival wing, which signed the accord in Guinea-Bissau, condemned the attack on Friday": a reaction to an attack
# already told; its day and the places before it are the reaction's.
_REACTED = re.compile(
    r"\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|decr(?:ied|ies|ying)|mourn(?:ed|s|ing)|"
    r"hail(?:ed|s|ing)|prais(?:ed|es|ing)|celebrat(?:ed|es|ing))\s+(?:the|this|that|these|those|its|their|"
    r"[\w-]+(?:'s|’s))\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "The government on Wednesday condemned a drone attack on a base": an attack first told through the reaction to it
_REACTED_TO_AN = re.compile(
    r"\b(?:condemn(?:ed|s)|denounc(?:ed|es)|deplor(?:ed|es))\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_DAY_RIGHT_AFTER = re.compile(r"\s+(?:late\s+|early\s+)?on\s+$", re.I)


def _reaction_only(c: _Candidate) -> None:
    """Take from a reaction to an attack ("condemned the attack on Friday") the day and places that are not the
    attack's: the day right after the attack word, and every place named before it."""
    if not c.definite or not _REACTED.search(stretch_before(c)):
        return
    found = TRIGGER.search(c.sentence.text, c.span[0])
    if found is None:
        return
    end = found.end()
    c.locations = [m for m in c.locations if m.start - c.sentence.start >= end]
    if c.date is not None and (
        c.date.start < end or _DAY_RIGHT_AFTER.fullmatch(c.sentence.text[end : c.date.start] or "-")
    ):
        c.date = None


# "Days earlier", "Earlier this year", "Last year", "In a separate attack": the sentence turns to another event.
_ANOTHER_TIME = re.compile(
    r"^\W*(?:(?:days|weeks|months|years|hours)\s+(?:earlier|before)|earlier\s+(?:this|that|in\s+the)\s+\w+|"
    r"(?:last|the\s+previous|the\s+preceding)\s+(?:week|month|year)|previously|in\s+(?:a|another)\s+separate\b|"
    r"separately|elsewhere)\b",
    re.I,
)


# "The conflict has killed more than 40,000 people since 2009"; "Since November the group has attacked
# 100 ships": a running total over years, not one attack.
_TOTAL_VERB = (
    r"(?:killed|attacked|carried\s+out|staged|launched|claimed|mounted|conducted|kidnapped|abducted|bombed|left|"
    r"cost|displaced|died|perished|been\s+killed|lost\s+their\s+lives)"
)
# The stretch of time a running total covers: "since 2014", "over the past decade", "this year".
_TOTAL_SPAN = (
    # not "its deadliest since 2022", "the first since the truce": a comparison, not a span
    r"(?:(?<!est\s)(?<!worst\s)(?<!first\s)since|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|in\s+recent|during\s+the\s+(?:past|last)|"
    r"so\s+far\s+this|this\s+year|since\s+the\s+start)"
)
# ", a town that has been attacked several times since 2015,": what the place has seen, not this attack's toll
_PLACE_DESCRIBED = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|area|district|region|camp|market|base)\s+"
    r"(?:that|which|where)\b[^,;.]*",
    re.I,
)
_SINCE_TOTAL = re.compile(
    rf"\b(?:has|have)\s+(?:\w+\s+){{0,2}}?{_TOTAL_VERB}\b[^.;]*\b{_TOTAL_SPAN}\b|"
    rf"\b{_TOTAL_SPAN}\b[^.;]*\b(?:has|have)\s+(?:\w+\s+){{0,2}}?{_TOTAL_VERB}\b",
    re.I,
)
# "the third attack on an army position in the region since January": which one in a series, not a new attack.
_ORDINAL_IN_SERIES = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|umpteenth)\s+"
    r"(?:(?:such|major|deadly|large|big|\w+-scale)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_SERIES_SPAN = re.compile(
    rf"\b(?:{_TOTAL_SPAN}|this\s+(?:month|week|year)|in\s+(?:as\s+many\s+)?(?:\w+\s+)?(?:days|weeks|months))\b",
    re.I,
)
# "more than 170 drone and rocket attacks", "dozens of raids": a count of attacks, not one of them.
# (not a year: "the 2002 Bali bombings" are one event's, not 2,002 of them)
_COUNTED = re.compile(
    r"(?:\b(?!(?:19|20)\d\d\b)\d[\d,]*|\b(?:dozens|hundreds|scores|thousands)\s+of)\s+"
    # ("searched the internet dozens of times for the attacks of 13 November": how often, not how many attacks)
    r"(?!times\b)(?:(?!(?:in|on|at|of|from|by)\b)[\w-]+\s+){0,3}$",
    re.I,
)


# "The insurgency, which began in 2009, has killed more than 40,000 people": a war's toll, not an attack's.
_CONFLICT_SUBJECT = re.compile(
    r"\b(?:insurgency|insurgencies|conflict|war|violence|fighting|unrest|crisis|rebellion|uprising|jihad)"
    r"(?:\s*,[^,;]{1,80},)?\s+(?:has|have|had)\s+(?:\w+\s+){0,2}?$",
    re.I,
)


# "twin bombings", "three coordinated attacks": a plural that names the parts of one attack.
_SEVERAL_OF_ONE = re.compile(
    r"\b(?:twin|double|triple|two|three|coordinated|simultaneous)\s+(?:\w+\s+)?$", re.I
)


def _plural(c: _Candidate) -> bool:
    return c.trigger.endswith("s") and not c.trigger.endswith(("ss", "us", "is"))


# "have carried out similar attacks", "dozens of such raids": attacks of a kind, whoever is named with them
# ("is believed to carry out most of the bombings and shootings in the provinces of A and B": a share of them all)
_OF_A_KIND_BEFORE = re.compile(
    r"\b(?:similar|such|other|previous|earlier|past|many|numerous|countless|(?:dozens|hundreds|scores)\s+of|"
    r"(?:most|many|much|all|the\s+bulk|the\s+majority)\s+of\s+(?:the|its|their))\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)


def _generic(c: _Candidate) -> bool:
    """ "killings have continued", "attacks in the region": a plural with no toll, claim or day of its own."""
    if (
        _plural(c)
        and c.killed is None
        and c.wounded is None
        and c.date is None
        and _OF_A_KIND_BEFORE.search(stretch_before(c))
    ):
        return True
    return (
        _plural(c)
        and c.verb is None
        and c.killed is None
        and c.wounded is None
        and not c.claims
        and not c.definite
        and not (c.date is not None and c.date.precision == "day")
        and not _SEVERAL_OF_ONE.search(stretch_before(c))
    )


# "has frequently attacked across the frontier, targeting police in Mandera, Wajir and Garissa counties":
# what a group does again and again is no one attack.
_HABITUALLY = re.compile(
    r"\b(?:frequently|often|repeatedly|regularly|routinely|habitually|usually|typically|increasingly|"
    r"long|sometimes|occasionally)\s+(?:\w+\s+)?$",
    re.I,
)


# "banned the group on 13 May, the day before the shooting": the attack marks another event's time,
# it is told elsewhere.
_TIME_BEFORE_THE = re.compile(
    r"\b(?:the\s+)?(?:day|days|week|weeks|month|months|hours|night|morning|eve)\s+(?:before|after|of)\s+the\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)


def _time_reference(c: _Candidate) -> bool:
    return c.definite and c.killed is None and bool(_TIME_BEFORE_THE.search(stretch_before(c)))


# "the two groups regularly attack each other online": a feud told, no attack.
_EACH_OTHER = re.compile(r"\s+(?:each\s+other|one\s+another)\b|\s+(?:\w+\s+){0,2}?online\b", re.I)


def _habitual(c: _Candidate) -> bool:
    if c.killed is not None or c.wounded is not None:
        return False
    found = TRIGGER.search(c.sentence.text, c.span[0])
    if found is not None and _EACH_OTHER.match(c.sentence.text, found.end()):
        return True
    if (
        c.verb is not None
        and c.date is None
        and found is not None
        and _HAS_DONE.search(stretch_before(c))
        and (
            _BARE_PLURAL.match(c.sentence.text, found.end())
            or _DONE_BEFORE.match(c.sentence.text, found.end())
        )
    ):
        # "where it has attacked Chinese-run projects around the port", "The rebels have struck inside Uganda
        # before": what the group has done, again and again or at some time, is no one attack
        return True
    return (
        c.verb is not None
        and bool(_HABITUALLY.search(stretch_before(c)))
        and not (c.date is not None and c.date.precision == "day")
    )


_HAS_DONE = re.compile(r"\b(?:has|have)\s+(?:also\s+|since\s+)?$", re.I)
_DONE_BEFORE = re.compile(
    r"[^.;]{0,60}?\s(?:before|in\s+the\s+past|many\s+times|several\s+times|more\s+than\s+once)\s*[.!]?\s*$",
    re.I,
)
# ("... convoys", "Chinese-run projects": a bare plural, no one target)
_BARE_PLURAL = re.compile(
    r"\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)(?:[\w-]+\s+){0,2}?(?-i:[a-z][\w-]*[a-rt-z]s)\b",
    re.I,
)


# "at least 300 people were killed in the province between March and August", "from 2019 to 2022": a
# period's summed toll, not one attack's (not "between 10 pm and midnight": the hours of one night)
_MONTH_OR_YEAR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)"
)
_PERIOD_SPAN = re.compile(
    rf"\b(?:between\s+(?:early\s+|late\s+|mid-?)?{_MONTH_OR_YEAR}\s+and|from\s+(?:early\s+|late\s+|mid-?)?"
    rf"{_MONTH_OR_YEAR}\s+(?:to|until|through))\s+(?:early\s+|late\s+|mid-?)?{_MONTH_OR_YEAR}\b"
)


def _tally(c: _Candidate) -> bool:
    """Whether the candidate counts many attacks or sums a long campaign's toll."""
    stretch = c.sentence.text[c.span[0] : c.span[1]]
    if c.verb is not None and _CONFLICT_SUBJECT.search(stretch_before(c)):
        return True
    if (
        c.killed is not None
        and _PERIOD_SPAN.search(stretch)
        and not (c.date is not None and c.date.precision == "day")
    ):
        return True
    if _SINCE_TOTAL.search(_PLACE_DESCRIBED.sub("", stretch)) and not (
        c.date is not None and c.date.precision == "day"
    ):
        return True
    if _ORDINAL_IN_SERIES.search(stretch_before(c)[-40:]) and _SERIES_SPAN.search(stretch):
        return True
    # "The bombing was the fourth attack on a church since January": the series, with nothing new to tell.
    if (
        c.killed is None
        and c.wounded is None
        and _SERIES_SPAN.search(stretch)
        and any(_ORDINAL_IN_SERIES.search(stretch[: t.start()][-40:]) for t in TRIGGER.finditer(stretch))
    ):
        return True
    # ("a label that has claimed more than 170 attacks on U.S. forces between 17 October and February")
    plural = c.trigger.endswith(("s", "es")) and not c.trigger.endswith(("ss", "us", "is"))
    return plural and bool(_COUNTED.search(stretch_before(c)))


# "since the Taliban seized Kabul in August 2021", "M23 seized the city of Goma": taking a town or a country is a
# takeover, not an attack, unless the text counts its victims.
_TAKEN_PLACE = re.compile(
    r"^\s+(?:(?:the\s+)?(?:town|city|capital|province|region|district)\s+of\s+|"
    # ("The Houthis seized the capital, Sanaa, in September 2014")
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:capital|city|town|port)\s*,\s+|"
    # ("seized the rare-earth mining hubs of X and Y", "captured the border towns of X")
    r"(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:hubs?|towns|cities|centres|centers|crossings?)\s+of\s+|"
    # ("seized swathes of Rutshuru and Masisi territories", "seized control of much of X")
    r"(?:(?:large|vast|huge|wide)\s+)?(?:swathes|swaths|parts|areas|tracts|much|most|control)\s+of\s+(?:much\s+of\s+)?"
    r"(?:the\s+)?)?$",
    re.I,
)


def _takeover(c: _Candidate) -> bool:
    if c.verb != "seized" or c.killed is not None or c.wounded is not None:
        return False
    text, start = c.sentence.text, c.sentence.start
    trig_end = c.span[0] + len(stretch_before(c)) + len(c.verb)
    if _POWER_AFTER.match(text, trig_end):
        return True  # "After the Taliban seized power in 2021": a takeover of a state, no attack
    return any(
        m.type is EntityType.LOCATION
        and m.subtype in ("City", "Country", "Region", "Province")
        and _TAKEN_PLACE.match(text[trig_end : m.start - start])
        for m in c.sentence.mentions
        if m.start - start >= trig_end
    )


_POWER_AFTER = re.compile(r"\s+(?:power|control\s+of\s+the\s+(?:country|state|government))\b", re.I)


_YEAR_NAMED = re.compile(r"\bthe\s+(?:19|20)\d\d\s+(?:[\w-]+\s+)?$", re.I)


_ATTACKERS_DIED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|all|both|the)\s+(?:(?:other|more|of\s+the)\s+)?"
    r"(?:attackers|gunmen|militants|assailants|insurgents|jihadists|terrorists|fighters|bombers|raiders)\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:(?:later|also|all|reportedly)\s+)?$",
    re.I,
)
_KILLED_WORDS = re.compile(r"(?:killed|shot\s+dead|gunned\s+down|slain|neutrali[sz]ed)\b", re.I)


def _attackers_died(c: _Candidate) -> bool:
    """Whether the candidate tells only of attackers' deaths: "Four gunmen were shot dead in a firefight on Monday"."""
    before = stretch_before(c)
    return (
        c.killed is None
        and c.wounded is None
        and not c.claims
        and _ATTACKERS_DIED.search(before) is not None
        and _KILLED_WORDS.match(c.sentence.text, c.span[0] + len(before)) is not None
    )


def _is_event(c: _Candidate) -> bool:
    """A new candidate stands as an attack of its own only if it is anchored and real, not talk of threats."""
    if _takeover(c):
        return False
    anchored = bool(c.locations) or c.date is not None
    facts = (
        c.killed is not None
        or c.wounded is not None
        or bool(c.claims)
        or (c.date is not None and c.date.precision != "year")
        # "the 2016 assault in Jakarta's Thamrin district": an attack named by its year and its place
        or (c.definite and bool(c.locations) and _YEAR_NAMED.search(stretch_before(c)) is not None)
    )
    if not (anchored and facts):
        return False
    # "its attacks", "bombings in the region": a plural names many attacks, not one, unless it counts victims.
    if (
        _plural(c)
        and c.killed is None
        and not _SEVERAL_OF_ONE.search(stretch_before(c))
        and not (c.date and c.date.precision == "day" and c.locations)
        # "the December 2022 shootings that disabled two substations in Moore County": one event, named
        and not (c.definite and c.date and c.date.precision == "month" and c.locations)
    ):
        return False
    if _KILLING_ONLY.fullmatch(c.verb or "") and c.killed is None and not c.locations:
        return False

    stretch = c.sentence.text[c.span[0] : c.span[1]]
    if c.killed is None and c.wounded is None and _HYPOTHETICAL.search(stretch) and not c.claims:
        return False
    if _NOT_AN_ATTACK.search(stretch) and not c.claims:
        # "Police defused a bomb", "a bomb exploded prematurely", "officials said it was an accident"
        return False
    found = TRIGGER.search(c.sentence.text, c.span[0])
    if found is not None and not c.claims and _OWN_MEN_KILLED.match(c.sentence.text, found.start()):
        # "the cell acted in revenge for the killing of its members in X last week": the group's men were the
        # dead, killed by troops
        return False
    if _NO_CLAIM.search(stretch) and not c.locations:
        return False
    # "on Thursday the post came under mortar fire": a verb that can only tell of an attack, on a given day.
    told = (
        c.verb is not None
        and bool(_ATTACK_VERB.match(c.verb))
        and c.date is not None
        and c.date.precision == "day"
    )
    return told or not (
        c.trigger in ("raid", "raids", "killing", "killings", "attack", "attacks")
        and not (c.killed or c.claims or c.locations)
    )


_OWN_MEN_KILLED = re.compile(
    r"(?:killings?|deaths?|slaying)\s+of\s+(?:its|their|the\s+group['’]s|the\s+cell['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:members|fighters|militants|commanders?|leaders?|chiefs?|men|comrades|founder)\b",
    re.I,
)
_NOT_AN_ATTACK = re.compile(
    r"\b(?:defused|defusing|disarmed|disarming|dismantled|defuse|found|discovered|intercepted)\s+(?:a|an|the|two|three|"
    r"several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:bombs?|IEDs?|explosives?|devices?|mines?|grenades?)\b|"
    r"\b(?:exploded|went\s+off|detonated)\s+(?:prematurely|accidentally|by\s+accident)\b|"
    r"\b(?:was|were)\s+(?:an?\s+)?(?:accident|accidental|industrial\s+accident)\b",
    re.I,
)
_ATTACK_VERB = re.compile(
    r"came\s+under|stormed|ambushed|shelled|dropped|blew|overran|besieged|struck\s+by", re.I
)


def _names(m: Mention) -> set[str]:
    # Sharing a country or a region says little about being the same attack; sharing a town does.
    if m.subtype in ("Country", "Region"):
        return set()
    return {m.gazetteer_id or m.name}


def _place_entry(m: Mention) -> tuple[str, gazetteer.PlaceEntry] | None:
    pid = (m.gazetteer_id or "").removeprefix("place:")
    entry = gazetteer.places().get(pid) if pid else None
    return (pid, entry) if entry is not None and entry.country else None


def _apart(these: list[Mention], those: list[Mention]) -> bool:
    """Whether the gazetteer puts a town of one attack outside every region of the other, in one country.

    "Gunmen shot four in Bajaur" and "a bombing in Quetta": a region alone says little, but a town of the
    same country that lies outside it is another place. Where the countries differ (or a name is a
    namesake the gazetteer cannot tell apart), nothing is known.
    """
    for towns, regions in ((these, those), (those, these)):
        town_ids = [e for m in towns if m.subtype in ("City", "Facility") and (e := _place_entry(m))]
        region_ids = [e for m in regions if m.subtype in ("Region", "Province") and (e := _place_entry(m))]
        if (
            not town_ids
            or not region_ids
            or any(m.subtype not in ("Region", "Province", "Country") for m in regions)
        ):
            continue
        if all(
            t.country == r.country and r_id not in gazetteer.located_in_chain(t_id)
            for t_id, t in town_ids
            for r_id, r in region_ids
        ):
            return True
    return False


def _around(these: list[Mention], those: list[Mention]) -> bool:
    """Whether the gazetteer puts a place of `those` inside every place of `these` ("Niassa" around the Niassa
    reserve)."""
    wide = [e[0] for m in these if (e := _place_entry(m))]
    if not wide or len(wide) < len(these):
        return False
    return any(
        all(w == pid or w in gazetteer.located_in_chain(pid) for w in wide)
        for m in those
        if (found := _place_entry(m))
        for pid in (found[0],)
    )


def _other_countries(these: list[Mention], those: list[Mention]) -> bool:
    """Whether the gazetteer puts every place of one attack in another country than every place of the other.

    "A suicide bomber struck a checkpoint in Bannu on Sunday" and "ISKP said its fighters had targeted
    officials in Kandahar" the same day: two attacks, in Pakistan and in Afghanistan.
    """
    mine = {e.country for m in these if (found := _place_entry(m)) for e in (found[1],)}
    theirs = {e.country for m in those if (found := _place_entry(m)) for e in (found[1],)}
    return bool(mine) and bool(theirs) and not mine & theirs


_WEEKDAY_NAMED = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)


def _day_apart(one: str, other: str) -> bool:
    """Whether two dates are days no more than one day apart."""
    if len(one) != 10 or len(other) != 10:
        return False
    return abs((dt.date.fromisoformat(one) - dt.date.fromisoformat(other)).days) <= 1


def _told_in_the_headline(c: _Candidate, headline: _Candidate) -> bool:
    """Whether the lede tells the attack of the headline: the same toll, in the same country, the same day or
    one the headline leaves open.

    "Suicide car bomb kills seven at Puntland base" (a region, no day), then "... drove a pickup into a base in
    the Cal Miskaad mountains on Thursday, killing seven soldiers". (The headline's day may be a day off:
    "after overnight assault" in a standfirst.)
    """
    return (
        c.sentence.index <= 3
        and c.date is not None
        and (headline.date is None or _day_apart(headline.date.value, c.date.value))
        and headline.killed is not None
        # ("Jihadists kill four gendarmes in raid on border post", then "... killing four gendarmes and a
        # driver": the headline counts one kind of victim, the lede all of them, a few more)
        and c.killed is not None
        and headline.killed <= c.killed <= headline.killed + 3
        and not _other_countries(c.locations, headline.locations)
        # (not "shells hit the camp on Monday, killing 11", then "the toll from Tuesday's ambush near X to nine
        # soldiers and two drivers": two weekdays named, two attacks, whatever their tolls)
        and not (
            headline.date is not None
            and headline.date.value != c.date.value
            and _WEEKDAY_NAMED.search(headline.date.text)
            and _WEEKDAY_NAMED.search(c.date.text)
        )
    )


def _details_of_the_lede(c: _Candidate, lede: _Candidate) -> bool:
    """Whether the sentence after a lede tells the lede's attack in detail.

    "G claimed responsibility on Saturday for twin suicide bombings in the city of Kerman" (no day: the
    dateline's month), then "At least 41 people were killed when two bombers detonated explosive vests on
    Friday afternoon near the Saheb al-Zaman Mosque": the day, the site and the toll of the same attack.
    """
    apart = c.sentence.index - lede.evidence[-1][0].index
    return (
        lede.evidence[0][0].index <= 2
        # ("charged the man over the knife attack at the fair in May", two sentences on the charges, then "On 4 May
        # he stabbed visitors at a stall in X": the attack the lede names by "the", told in full a little later)
        and (apart == 1 or (lede.definite and bool(lede.locations) and 1 <= apart <= 3))
        and lede.date is not None
        and lede.date.precision == "month"
        and c.date is not None
        and c.date.precision == "day"
        and c.date.value[:7] == lede.date.value[:7]
        and not c.claims
        # ("sentenced for supplying the rifle used to kill two fans in the city in October 2023", then "The case
        # arose from the evening of 16 October 2023, when L opened fire on ...": the lede's toll, the day told next)
        # ("Two men were killed and a third was wounded" on the day told: figures that agree with the lede's)
        and (
            (lede.killed is None and lede.wounded is None)
            or (bool(lede.locations) and _agree(lede.killed, c.killed) and _agree(lede.wounded, c.wounded))
        )
        and not _other_countries(c.locations, lede.locations)
    )


def _agree(one: int | None, other: int | None) -> bool:
    """Whether two counts of the same victims agree where both are given."""
    return one is None or other is None or one == other


def _toll_of_the_last(c: _Candidate, latest: _Candidate) -> bool:
    """Whether a killing told right after an attack with no toll, with no day or claim of its own, is its toll.

    "Beginning on the night of 2 June, gunmen set fire to 14 buses and fired on two police bases in X." "A police
    sergeant was killed outside a base in the Y neighbourhood, three passers-by were wounded": the wave's dead.
    """
    return (
        c.sentence.index - latest.evidence[-1][0].index == 1
        and c.date is None
        and not c.claims
        and c.verb is not None
        and _KILLING_ONLY.fullmatch(c.verb) is not None
        and (c.killed is not None or c.wounded is not None)
        and latest.killed is None
        and latest.wounded is None
        and not _ANOTHER_TIME.match(c.sentence.text)
        and not _other_countries(c.locations, latest.locations)
    )


_BLAME_FOR_THE = re.compile(r"\b(?:blam\w+|accus\w+|responsib\w+)\b[^.;]{0,60}\bfor\s+the\s+$", re.I)


def _month_named(c: _Candidate, a: _Candidate) -> bool:
    """Whether "the May bombing" names the month of an attack told earlier in another year, not this year's May.

    ("Gunmen stormed a hotel in X on 4 May 2023 ... The May attack was the deadliest there since 2019": a bare
    month read against the publication day, with the earlier attack's month)
    """
    return (
        c.date is not None
        and a.date is not None
        and c.date.relative
        and c.date.precision == "month"
        and len(a.date.value) >= 7
        and c.date.value[5:7] == a.date.value[5:7]
        and re.search(r"\b(?i:the|that|this|last)\s+[A-Z][a-z]+\s+$", stretch_before(c)) is not None
    )


_ITS_OWN = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$", re.I)


def _at_large(c: _Candidate) -> bool:
    """Whether the candidate names a group's attacks at large, with nothing of one attack: "... but that its
    attacks had so far been designed to avoid casualties"."""
    return (
        _plural(c)
        and _ITS_OWN.search((c.sentence.text[: c.span[0]] + stretch_before(c))[-30:]) is not None
        and not c.locations
        and c.date is None
        and c.killed is None
        and c.wounded is None
    )


def _day_of_its_own(c: _Candidate) -> bool:
    """Whether the candidate's day is a possessive right before its attack word: "Tuesday's ambush"."""
    found = TRIGGER.search(c.sentence.text, c.span[0])
    return (
        c.date is not None
        and found is not None
        and re.search(r"['’]s$", c.date.text) is not None
        and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", c.sentence.text[c.date.end : found.start()]) is not None
    )


def _coreferent(c: _Candidate, attacks: list[_Candidate]) -> _Candidate | None:
    """The earlier attack this candidate talks about, if any."""
    if not attacks or _ANSWERED.search(stretch_before(c)):
        # ("a response to Monday's raid, in which three Palestinians were killed": the event answered)
        return None
    if _at_large(c):
        return None
    places = set().union(*(_names(m) for m in c.locations)) if c.locations else set()
    # "Al-Sahrawi's group claimed the ambush in January 2018": "the ambush" is the ambush already told.
    if c.definite:
        head = _head(c.trigger)
        for a in reversed(attacks):
            a_places = set().union(*(_names(m) for m in a.locations)) if a.locations else set()
            if (
                head in _heads(a)
                and head != "attack"
                and (
                    not places
                    or places & a_places
                    # ("The October shooting was the worst in the capital since 2016": the shooting told before)
                    or (_month_named(c, a) and not _other_countries(c.locations, a.locations))
                    # ("... ambushed a bus near X three years ago", then "The ambush took place on January 4, 2022, on
                    # the Y road": the day within the year told first, the road's town another name of the place)
                    or (
                        c.date is not None
                        and a.date is not None
                        and a.date.precision == "year"
                        and c.date.value.startswith(a.date.value)
                        and len(c.date.value) > len(a.date.value)
                        and not _other_countries(c.locations, a.locations)
                    )
                    # ("The next morning a banner in the city blamed G for the massacre": the massacre just told,
                    # the day and the place the blame's)
                    or (
                        c.claims
                        and _BLAME_FOR_THE.search(stretch_before(c))
                        and c.date is not None
                        and a.date is not None
                        and c.date.value >= a.date.value
                        and _day_apart(c.date.value, a.date.value)
                        and not _other_countries(c.locations, a.locations)
                    )
                )
                # "the bombing of a bus stop the following month": another month is another bombing
                and not (
                    # (not "... ambushed a bus three years ago" then "The ambush took place on January 4, 2022":
                    # a year told first, the day within it later)
                    c.date
                    and a.date
                    and c.date.value[: min(7, len(a.date.value))] != a.date.value[:7]
                    and not _month_named(c, a)
                )
            ):
                if not (
                    c.date
                    and (
                        (a.date is None and _day_of_its_own(c))
                        or (a.date is not None and len(c.date.value) > len(a.date.value))
                    )
                ):
                    # (but "The bomb was detonated in Rueso on Monday" names the day of a bomb told only by its
                    # month; "Ambush toll rises to four", then "The toll from Tuesday's ambush ...": the day of an
                    # attack a headline told with none)
                    c.date = None
                if places and not places & a_places:
                    c.locations = []  # (where the blame was laid)
                return a
    latest = attacks[-1]
    if (
        c.definite
        and c.claims
        # ("G claimed the Niassa raid on Tuesday" after a raid inside the Niassa reserve: the area it lies in)
        and (not places or (c.date is None and _around(c.locations, latest.locations)))
        and (
            # "G claimed responsibility for the attack in a statement late on Saturday": no day of its own
            c.date is None
            or (
                latest.date is not None
                and c.date.value >= latest.date.value
                and c.sentence.index - latest.evidence[-1][0].index <= 2
            )
        )
        and _CLAIMED_THE.search(stretch_before(c))
    ):
        # "G claimed the attack on Monday" after Sunday's attack (even across a month's end): the day of the claim.
        c.date = None
        if places:
            c.locations = []  # (the wider area the attack's place lies in)
        return latest
    latest_places = set().union(*(_names(m) for m in latest.locations)) if latest.locations else set()
    # ("claimed the bombing in X and a blast in Y." "13 soldiers were killed in the X attack": the place names the
    # attack told before the latest)
    told_before = bool(
        places
        and not places & latest_places
        and any(places & set().union(set(), *(_names(m) for m in a.locations)) for a in attacks[:-1])
    )
    if not told_before and _details_of_the_lede(c, latest):
        if latest.trigger == "attack":
            latest.trigger = (
                c.trigger
            )  # ("the attack", told in full as a shooting: "the shooting" later is it)
        return latest
    if not told_before and _toll_of_the_last(c, latest):
        return latest
    if (
        c.date is None
        and c.killed is not None
        and latest.killed == c.killed
        and c.sentence.index - latest.evidence[-1][0].index <= 3
        and not _other_countries(c.locations, latest.locations)
    ):
        # "... struck a bulk carrier in the Red Sea late on Tuesday, killing three crew members", then "The
        # Aegean Meridian ... was hit 60 nautical miles south-west of Hodeidah. Two seafarers and an engineer
        # were killed": no day of its own and the same toll, told right after: the ship named
        return latest
    headline = next((a for a in attacks if a.evidence[0][0].index == 0), None)
    if headline is not None and _told_in_the_headline(c, headline):
        headline.date = c.date  # (the lede's day, not the standfirst's "overnight")
        headline.killed = c.killed  # (the lede's full toll, not the headline's count of one kind of victim)
        return headline
    for a in reversed(attacks):
        a_places = set().union(*(_names(m) for m in a.locations)) if a.locations else set()
        same_place = bool(places & a_places)
        if places and a_places and not same_place and not c.definite and _HOURS_LATER.match(c.sentence.text):
            # "Hours later, gunmen stormed a police post in Y" after a bombing in X: another attack the same day
            continue
        if c.date and a.date:
            same_time = c.date.value[:7] == a.date.value[:7] or (
                c.date.precision == "year" and a.date.value[:4] == c.date.value
            )
            same_day = len(c.date.value) == 10 and c.date.value == a.date.value
            # ("FLNC claims overnight bombing of holiday homes in X", then "In the early hours of Sunday 16 March,
            # explosive charges damaged eleven homes in Y, in X": the headline's night is a day off)
            headline_night = (
                a.evidence[0][0].index == 0
                and same_place
                and len(c.date.value) == len(a.date.value) == 10
                and _day_apart(a.date.value, c.date.value)
                # (not "shells hit the camp on Monday" then "On Tuesday, soldiers were ambushed near X": two days
                # named, two attacks)
                and not (_WEEKDAY_NAMED.search(a.date.text) and _WEEKDAY_NAMED.search(c.date.text))
            )
            if headline_night:
                a.date = c.date
                return a
            if (
                len(c.date.value) == len(a.date.value) == 10
                and not same_day
                and (not c.definite or (places and not same_place))
            ):
                # "On Friday he seized a supermarket in Paris" after Wednesday's shooting in Paris:
                # a new attack on another day, not more of the first ("the attack on a mosque in
                # Banibangou on Friday" is new too, when a place of its own says so).
                continue
            if (
                same_time
                and not c.definite
                and places
                and c.date.precision == "year"
                and a.date.precision != "year"
                and _head(c.trigger) not in _heads(a)
            ):
                # "In March 2015 two militants took a prosecutor hostage in his office there ... and a 2015 shooting
                # at the U.S. Consulate": another kind of attack, told by its year and a place of its own
                continue
            if same_time and (
                same_place
                or ((not places or not a_places) and not _apart(c.locations, a.locations))
                or (same_day and (c.definite or not _other_countries(c.locations, a.locations)))
            ):
                return a
            if not same_time:
                continue
        # "Twin bombings in Baghdad market kill 32" (the headline, undated), then "... in central
        # Baghdad on Thursday": the dated report completes the undated one.
        if (
            same_place
            and (c.date is None or a.date is None)
            and (c.definite or c.date is None or a.date is None)
        ):
            return a
        # "Islamic State kills 9 in Syria desert ambush" (the headline: a country, no day), then "... ambushed a
        # bus near Palmyra on Sunday, killing nine": the lede tells the headline's attack, if the toll agrees.
        if (
            a.date is None
            and a.evidence[0][0].index == 0
            and c.sentence.index <= 2
            and a.locations
            and not a_places
            and c.date is not None
            and (a.killed == c.killed or c.killed is None or (a.killed is None and len(attacks) == 1))
            and not _other_countries(c.locations, a.locations)
        ):
            return a
    latest = attacks[-1]
    recent = c.sentence.index - latest.evidence[-1][0].index <= 2
    # "... launched an offensive in Catatumbo, killing at least 80." "The ELN attacked communities near Tibu
    # on Thursday": the next sentence gives the day of the undated attack just told, by the same group.
    if (
        latest.date is None
        and c.date is not None
        and c.sentence.index - latest.evidence[-1][0].index == 1
        and c.claims
        and set(c.claims) <= set(latest.claims)
        and c.killed in (None, latest.killed)
    ):
        return latest
    # "IS claimed responsibility on Wednesday, saying its fighters had attacked 'a Christian school' in Uganda":
    # what a claim says was done, with no day, toll or town of its own, is the attack just told.
    # (further on too while the story has told no other attack: "... the military said." ... "But within hours, G
    # claimed responsibility in a message to journalists, saying its fighters had overrun the post")
    if (
        (c.sentence.index - latest.evidence[-1][0].index <= 4 or len(attacks) == 1)
        and c.claims
        and c.date is None
        and c.killed is None
        and not places
        and (claim := _CLAIM_VERB.search(c.sentence.text)) is not None
        and _SAYING.search(c.sentence.text, claim.end(), c.span[0] + len(stretch_before(c))) is not None
        and not _other_countries(c.locations, latest.locations)
    ):
        return latest
    # "... condemned a drone attack on an air base hosting US troops in Erbil." "Three drones were launched at the base
    # at Erbil airport late on Tuesday": what the attack just told struck, named again with "the", told in full
    if (
        1 <= c.sentence.index - latest.evidence[-1][0].index <= 2
        and not c.definite
        and not c.claims
        and (latest.date is None or c.date is None or c.date.value[:7] == latest.date.value[:7])
        and (latest.killed is None or c.killed is None or latest.killed == c.killed)
        and not _other_countries(c.locations, latest.locations)
        and _retold(latest, c)
    ):
        if c.date is not None and c.date.precision == "day" and _REACTED_TO_AN.search(stretch_before(latest)):
            # ("The government on Wednesday condemned a drone attack ...": the day of the reaction, not the attack's)
            latest.date = c.date
        return latest
    # "Three suicide bombers blew themselves up outside the Stade de France": the story goes on.
    if (
        recent
        and c.date is None
        and c.killed is None
        and not c.claims
        and not c.definite
        and c.verb not in (None, "killed", "killing")
        and not _ANOTHER_TIME.match(c.sentence.text)
        # "... after the attack in Moscow." "A month earlier a man stabbed three at a festival in Solingen":
        # a place in another country is another attack
        and not _other_countries(c.locations, latest.locations)
    ):
        return latest
    # "The bombing — which killed at least 183 people": a definite mention with nothing new goes to the latest attack.
    other_day = (
        c.date is not None
        and latest.date is not None
        and (
            c.date.value[:7] != latest.date.value[:7]
            or (len(c.date.value) == len(latest.date.value) == 10 and c.date.value != latest.date.value)
        )
    )
    # "... stormed a position in the Cal Miskaad mountains on Sunday, killing 11." "Another six troops were
    # wounded in the dawn assault near Balidhidin": the attack named again in the next sentence, with a
    # place that narrows it, no day and no toll of its own.
    if (
        c.definite
        and c.date is None
        and c.killed is None
        and c.sentence.index - latest.evidence[-1][0].index == 1
        and latest.date is not None
        and not _other_countries(c.locations, latest.locations)
        and not _apart(c.locations, latest.locations)
    ):
        return latest
    if c.definite and not other_day:
        new_place = (
            places and latest.locations and not places & set().union(*(_names(m) for m in latest.locations))
        )
        if not new_place and c.sentence.index - latest.evidence[-1][0].index <= 6:
            return latest
    return None


# "the same militants who attacked", "the same group that bombed": who did an earlier attack, named again
_SAME_ATTACKERS = re.compile(r"\bthe\s+same\s+(?:[\w-]+\s+){1,2}?(?:who|that|which)\s+(?:had\s+)?$", re.I)
# "Hours later, ...", "Later that night, ...": the sentence opens on a later time of the same day
_HOURS_LATER = re.compile(
    r"^\W*(?:(?:a\s+few|several|two|three|some)\s+)?hours\s+later\b|^\W*later\s+(?:that|the\s+same)\s+"
    r"(?:day|night|evening|afternoon|morning)\b",
    re.I,
)
_SAYING = re.compile(r"\b(?:saying|said|says|stating|adding)\b")
_CLAIMED_THE = re.compile(
    r"\b(?:claimed|claiming)\s+(?:responsibility\s+for\s+)?(?:the|that|this|its)\s+(?:[\w-]+\s+)?$", re.I
)


def _heads(a: _Candidate) -> set[str]:
    """The head nouns of every attack word told of an attack: "opened fire and detonated a vest" is a
    shooting and a bombing, so "the bombing" later may be it."""
    heads = {_head(a.trigger)}
    for sentence, (lo, hi), _ in a.evidence[:1]:  # (the words it was first told in, not later mentions)
        heads |= _span_heads(sentence.text, lo - sentence.start, hi - sentence.start)
    return heads


# Cached: every later candidate told as "the attack" asks again for the heads of each attack before it.
@lru_cache(maxsize=1024)
def _span_heads(text: str, lo: int, hi: int) -> frozenset[str]:
    """The head nouns of the attack words in text[lo:hi]."""
    heads = set()
    for t in TRIGGER.finditer(text, lo, hi):
        noun = t.group("noun") or _verb_noun(t.group("verb"))
        heads.add(_head(noun.lower()))
    return frozenset(heads)


def _head(trigger: str) -> str:
    """The head noun of an attack word, singular: "suicide bombings" -> "bombing"."""
    word = trigger.split()[-1] if trigger else "attack"
    return (
        re.sub(r"(?<=[^s])s$|es$", "", word)
        if word.endswith(("ings", "ushes", "acks", "ages", "ges"))
        else word
    )


def _fuller_count(held: int | None, new: int | None) -> bool:
    """Whether a newly read death count should replace the one held.

    The first count stands, but for a lone victim: "a guard was killed", then "the assault left
    four people dead, including the guard" gives four.
    """
    # (a nought read from "nobody was killed" gives way to any count told of the attack after it)
    return new is not None and (held is None or held == 0 or (held == 1 and new > 1))


_FIRST_ACCOUNT = re.compile(
    r"\b(?:first|initially|earlier|originally|at\s+first)\s+(?:said|put|reported|gave|told|counted)\b", re.I
)


def _merge(into: _Candidate, c: _Candidate) -> None:
    known = {m.gazetteer_id or m.name for m in into.locations}
    for m in c.locations:
        if (m.gazetteer_id or m.name) not in known:
            into.locations.append(m)
    into.locations.sort(key=_place_order)
    if c.date is not None and (into.date is None or len(c.date.value) > len(into.date.value)):
        into.date = c.date
    rose = (
        c.killed is not None
        and into.killed is not None
        and (
            (c.killed > into.killed and _toll_rose(c.sentence.text))
            # "revised the toll to 13", "before revising it down to 269": the revised figure, up or down
            or _revised(c.sentence.text)
        )
    )
    # "The death toll from Friday's attack rose to 42": a later, fuller count replaces the first one.
    # ("The group said it had killed 30 soldiers." "The army said five soldiers were killed": a count told by
    # others replaces the attackers' boast)
    if (
        rose
        or _fuller_count(into.killed, c.killed)
        or (
            into.boasted
            and c.killed is not None
            and not c.boasted
            # ("Police first said five workers had been shot dead": an earlier account, not a later count)
            and not _FIRST_ACCOUNT.search(c.sentence.text)
        )
    ):
        into.killed, into.boasted = c.killed, c.boasted
    into.wounded = into.wounded if into.wounded is not None else c.wounded
    for g, status, sentence, _ in c.claims.values():
        _add_claim(into, g, status, sentence)
    into.evidence.extend(c.evidence)


def _label(c: _Candidate) -> tuple[str, tuple[str, ...]]:
    noun = re.sub(r"s$", "", c.trigger.split()[-1]) if c.trigger else "attack"
    if noun in ("assault", "raid", "killing", "onslaught", "incursion", "explosion", "blast"):
        noun = "attack"
    kind = (
        re.sub(r"(?:es|s)$", "", c.trigger)
        if c.trigger.endswith(("bombings", "ambushes", "attacks"))
        else c.trigger
    )
    if not c.locations:
        label = f"{kind} of {c.date.value}" if c.date else kind
        return label, ()
    place = c.locations[0].name
    names = {f"{place} {kind}", f"{place} {noun}", f"{place} attack", f"attack on {place}"}
    for m in c.locations[1:3]:
        names.add(f"{m.name} {noun}")
        names.add(f"{m.name} attack")
    label = f"{place} {kind}"
    return label, tuple(sorted(names - {label}))


def _to_attack(c: _Candidate, source: Source) -> Attack:
    label, names = _label(c)
    evidence = tuple(source.evidence(s, lo, hi, conf) for s, (lo, hi), conf in c.evidence)
    claims = tuple(
        Responsibility(
            g, status, source.evidence(s, span[0], span[1], 0.8 if status is ClaimStatus.CLAIMED else 0.7)
        )
        for g, status, s, span in c.claims.values()
    )
    attack = Attack(
        label=label,
        doc_id=source.document.id,
        evidence=evidence,
        date=c.date.value if c.date else None,
        locations=tuple(c.locations),
        responsibility=claims,
        killed=c.killed,
        wounded=c.wounded,
        attack_type=_attack_type(c.trigger),
        names=names,
        boasted=_boast_only(c.killed, {s.text for s, _, _ in c.evidence}),
    )
    return replace(attack)


def _boast_only(killed: int | None, sentences: Iterable[str]) -> bool:
    """Whether a count of the dead is only its attackers' boast: a sentence that told the attack reads that
    count as the group's claim ("the group said its fighters had killed 70") and none reads it otherwise."""
    if killed is None:
        return False
    read = [read_casualties(s) for s in sentences]
    return any(c.boasted and c.killed == killed for c in read) and not any(
        not c.boasted and c.killed == killed for c in read
    )


def _attack_type(trigger: str) -> str:
    """A GTD-style attack type from the word that named the attack."""
    t = trigger.lower()
    if (
        "bomb" in t
        or "shell" in t
        or "blast" in t
        or "explosion" in t
        or "grenade" in t
        or "rocket" in t
        or "mortar" in t
    ):
        return "Bombing/Explosion"
    if "arson" in t:
        return "Facility/Infrastructure Attack"
    if "kidnap" in t or "abduct" in t or "hostage" in t:
        return "Hostage Taking"
    if "hijack" in t:
        return "Hijacking"
    if "assassination" in t:
        return "Assassination"
    if "siege" in t:
        return "Hostage Taking (Barricade Incident)"
    return "Armed Assault"


def evidence_of(attack: Attack) -> tuple[Evidence, ...]:
    """Every piece of evidence an attack holds, its own and its claims'."""
    return attack.evidence + tuple(r.evidence for r in attack.responsibility)

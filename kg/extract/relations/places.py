"""Place relations: where a group is active (operatesIn) and where a place or institution is (locatedIn)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract import lexicon
from kg.extract.branches import name_holds
from kg.extract.relations.common import (
    _APPOS,
    _BRANCH,
    _LIST_JOIN,
    _MODIFIER_AFTER,
    _PAREN,
    _POSS,
    Found,
    G,
    L,
    O,
    _in_clause,
    _other_group_between,
)
from kg.extract.sentences import Sentence
from kg.model import Mention, Predicate

# ------------------------------------------------------------------ group -> location

# "the SDF is a Kurdish-led alliance backed by the US that holds much of Syria": the clause is the subject's
# (not when the noun phrase names another: "an ally of X that holds ...")
_IS_A_THAT = r"(?:is|was|are|were|remains?)\s+(?:a|an|the)\s+(?:(?!\b(?:of|with|to|for)\b)[^,;.]){0,60}?\s+(?:that|which)\s+"
_OPERATES = re.compile(
    # "JAD has pledged allegiance to IS and is active in Java": the second of two verb phrases of one subject
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+|{_IS_A_THAT})?(?:(?:has|have|had|is|was|are|were)\s+[^,;.]{{0,50}}?\s+and\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|mainly|mostly|largely|primarily|"
    r"still|now|also|most|currently|increasingly|long|once|eventually|began|begun|continues?\s+to|has|have|had|"
    r"been|reportedly|both|all|jointly|(?:believed|said|thought|reported|known|understood)\s+to\s+(?:be|have)|(?:largely|heavily))\s+)*"
    r"(?:active|based|operating|operates?|operated|operational|headquartered|entrenched|present|strongest|"
    r"fighting|fights|fought|waging|wages|waged|holds?|held|controls?|controlled|seized|seizing|seeks?|sought|"
    r"seeking|expanded|expanding|spread|spreading|hide|hides|hiding|shelters|sheltering|focused|focuses|concentrated|recruiting|"
    r"recruits|recruited|thrives?|thrived|thriving|resurgent|entrenched|embedded|insurgency|established|entrenched|dominant|rules?|ruled|"
    r"carries\s+out|carried\s+out|stages?|staged|launched|launches|emerged|rose|grew|remains\s+strong|"
    # "moved its fighters into the forests of X"; "regrouped around the X hills"
    r"moved|moves|relocated|regrouped|regroups|redeployed|retreated|withdrew|shifted|"
    # "extended its reach into X", "has made inroads in X", "imposes taxes on villagers in X"
    r"extended|extends|extending|pushed|pushing|infiltrated|made\s+inroads|making\s+inroads|imposes|imposed|levies|levied|"
    r"governs|governed|administers|administered|conducts|conducted|conducting|mounts|mounted|"
    # "is a potent force in X"
    r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:force|presence|threat|player|power|actor))"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:in|across|throughout|into|inside|within|over|around|along|out\s+of|"
    # "operates on both sides of the border between X and Y"; "spread from Mali to Burkina Faso"
    r"(?:border|frontier|boundary|triangle|area|zone)\s+(?:area\s+|region\s+)?between)\s+(?:the\s+)?"
    # "in the Qandil mountains of Kurdistan"
    r"(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:mountains|hills|forests?|deserts?|valleys?|jungles?|marsh(?:es|lands?)|swamps?|"
    r"islands|highlands|outskirts|countryside|(?:refugee\s+)?camps|slums|suburbs)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|parts|much|most|areas|regions?|provinces?|states?|districts?|territor(?:y|ies)|"
    r"departments?|governorates?|count(?:y|ies)|prefectures?|mountains|hills|forests?|deserts?|jungles?|"
    # "the Venezuelan state of Apure"
    r"[A-Z][\w'’-]+(?=\s+(?:states?|provinces?|regions?|departments?|districts?|governorates?)\s+of\b)|"
    # "is active in Burkina Faso's Soum province"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:'s|’s|')(?=\s)|"
    r"valleys?|outskirts|border\s+areas|neighbouring|(?:tri-?|three-?)?border\s+(?:areas?|regions?|zones?)|"
    r"neighboring|rural|remote)\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)
_GROUP_POSS_IN = re.compile(
    rf"^{_POSS}\s+(?:\w+\s+){{0,2}}?(?:insurgency|fighters|militants|commanders|units|stronghold|strongholds|base|bases|heartland|"
    rf"campaign|presence|territory|operations|cells)\s+(?:in|across)\s+(?:the\s+)?$"
    # "the Lord's Resistance Army's old heartland of Gulu"
    rf"|^{_POSS}\s+(?:\w+\s+){{0,2}}?(?:stronghold|heartland|bastion|base|capital)\s+of\s+$",
    re.I,
)
_ITS_TERRITORY = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:its|their)\s+(?:[\w-]+\s+)?(?:caliphate|territory|territories|strongholds?|bases?|"
    r"heartland|presence|fighters|operations|insurgency|safe\s+havens?|sanctuary|sanctuaries|cells|camps?|"
    r"hideouts?)\s+in\s+(?:the\s+)?$",
    re.I,
)


# "Al-Shabaab ... controls large parts of central and southern Somalia": holding ground needs no "in".
_CONTROLS = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+|{_IS_A_THAT})?"
    # "ADF fighters roam the forests of Ituri"
    r"(?:(?:fighters|militants|insurgents|gunmen|cells|units|men|forces)\s+)?"
    r"(?:(?:still|now|also|effectively|largely|once|has|had|have|long|freely|regularly)\s+)*"
    r"(?:controls?|controlled|holds?|held|seized|captured|occupies|occupied|overran|rules?|ruled|dominates?|dominated|"
    # "its fighters roam the forests of X"
    r"roams?|roamed|roaming|patrols?|patrolled|terrori[sz]es?|terrori[sz]ed|straddles?|"
    # "has besieged Djibo for two years"
    r"besieged|besieges|besieging|blockaded|blockades|blockading|encircled|encircles|"
    # "has tightened its grip on the Menaka region"
    r"(?:tightened|tightening|tightens|strengthened|consolidated|consolidating|extended|tighten)\s+(?:its|their)\s+"
    r"(?:grip|hold|control|stranglehold)\s+(?:on|over))\s+"
    # "control stretches of the Mambasa forest and much of the Beni territory": the place may be the second object
    r"(?:(?:much|most|large|vast|parts?|swathes?|swaths?|stretches?|areas?)\s+of\s+(?:the\s+)?[^,;.]{1,40}?\s+and\s+)?"
    r"(?:(?:much|most|large|vast|parts?|swathes?|swaths?|areas?|stretches?|territory|of|the|capital|central|southern|northern|"
    r"north-?east|north-?west|south-?east|south-?west|north|south|east|west|"
    # "control the Yemeni capital, Sanaa"
    r"(?:capital|port|city|town),|[A-Z][a-z]+(?=\s+(?:capital|port|city|town)\b)|"
    r"eastern|western|south-?eastern|south-?western|north-?eastern|north-?western|and|rural|a|big|remote|"
    # "control the port city of Kismayo"
    r"port|city|town|provincial|regional|district|region|province|key|strategic|coastal|border|forests?|mountains|hills|"
    r"countryside|villages|roads|highways?|islands?|desert|bush|shores|banks|coast|coastline|shoreline|outskirts|"
    r"fringes|interior|heart)\s+)*$",
    re.I,
)


# "X, which pledged allegiance to the Islamic State, is active in ...": the group after "to" is not the subject.
_IS_OBJECT = re.compile(r"\b(?:to|of|with|by|from|against|for)\s+(?:the\s+)?$", re.I)


# "Jaysh al-Islam, the dominant force in Douma"
_DOMINANT_IN = re.compile(
    r"^\s*,\s+(?:the|a|an)\s+(?:dominant|main|largest|strongest|biggest|most\s+powerful|leading|ruling|only)\s+"
    r"(?:armed\s+|rebel\s+|jihadist\s+|militant\s+|insurgent\s+)?(?:force|group|faction|power|militia|movement)\s+in\s+"
    r"(?:the\s+)?(?:(?:north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|north|south|east|west|northern|southern|eastern|western|central)\s+)?$",
    re.I,
)
_DESCRIBES_IT = re.compile(r"^\s*,\s+(?:which|that|one\s+of|a|an)\b", re.I)
# "IS cells in Idlib", "Taliban fighters across the south": the group's own people somewhere.
_MEMBERS_IN = re.compile(
    r"^\s+(?:cells|fighters|militants|bases|camps|strongholds|positions|hideouts|units|commanders|insurgents|"
    # "the Boko Haram insurgency in northeast Nigeria"
    r"insurgency|rebellion|presence|campaign)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in|across|around|throughout)\s+(?:the\s+)?"
    r"(?:(?:north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|north|south|east|west|"
    r"northern|southern|eastern|western|central|parts\s+of|much\s+of)\s+(?:the\s+)?)?$",
    re.I,
)
# "Jaish-e-Mohammad, one of the main groups fighting Indian rule in Kashmir, ..."
_APPOS_OPERATES = re.compile(
    r"^\s*,\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:groups?|organi[sz]ations?|movements?|factions?|outfits?|"
    rf"insurgents?|militias?|{_BRANCH})\s+(?:(?:that|which|who)\s+(?:(?:has|have|had|long|still|now|been|is|are|was|first)\s+)*)?"
    r"(?:(?:fighting|fought|fights|active|operating|operated|operates|waging\s+(?:[\w-]+\s+){0,2}?|"
    r"waged\s+(?:[\w-]+\s+){0,2}?|based|emerged)\s+)(?:[\w-]+\s+){0,3}?(?:in|across|throughout)\s+(?:the\s+)?"
    r"(?:(?:north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|north|south|east|west|northern|southern|eastern|western|central|border\s+areas?|parts|areas)\s+(?:of\s+)?"
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
    r"runs?|ran|operates?|set\s+up|sets\s+up|built\s+up)\s+"
    r"(?:a\s+)?(?:[\w-]+\s+)?(?:militants|fighters|cells|units|members|bases|camps|branches|affiliates|presence|"
    r"foothold|network|networks|safe\s+havens?|sanctuary|sanctuaries|strongholds?|base|camp|headquarters|hideouts?|"
    # "runs a shadow government in X"
    r"(?:shadow|parallel)\s+(?:government|administration|courts|state))|"
    r"blamed\s+for\s+(?:much|most|many|a\s+(?:wave|string|series|spate)|years|the\s+(?:violence|bloodshed|insurgency|unrest)|"
    r"(?:[\w-]+\s+)?(?:killings|attacks|abductions|kidnappings|bombings|massacres|raids))"
    r"(?:\s+[\w'’-]+){0,4}?|"
    # "runs checkpoints along the X highway", "operates training camps near X"
    r"(?:runs?|ran|running|operates?|operated|mans?|manned|set\s+up|sets\s+up|maintains?|maintained)\s+(?:[\w-]+\s+)?"
    r"(?:checkpoints|roadblocks|camps|training\s+camps|courts|bases|tax\s+(?:points|offices)))"
    r"\s+(?:in|across|throughout|along|around|near)\s+(?:the\s+)?"
    r"(?:(?:north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|north|south|east|west|northern|southern|eastern|western|central|parts|much|most|areas)\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)


# "positions of the PKK in the Qandil mountains", "fighters of the ADF across Ituri"
_MEN_OF = re.compile(
    r"\b(?:positions|bases|camps|hideouts|strongholds|fighters|militants|cells|members|units|commanders|leadership|"
    r"leaders|headquarters|remnants|rebels|insurgents|jihadists|gunmen)\s+of\s+(?:the\s+)?$",
    re.I,
)
_MEN_OF_IN = re.compile(
    r"^\s+(?:in|across|around|throughout)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]+\s+)?(?:mountains|hills|forests?|north|south|"
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
    r"encounter)\s+(?:with|by|against|on|between)\s+(?:the\s+)?$|\b(?:surrender|surrendered|surrendering)\s+to\s+(?:the\s+)?$",
    re.I,
)
_ONE_EVENT_AFTER = re.compile(
    r"^(?:\s*(?:,|and|,\s*and)\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*"
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
    return _in_clause(s, group, between) and not _APPOSED_HEAD.search(s.before(group, 8))


def _one_event(s: Sentence, group: Mention, between: str, place: Mention) -> bool:
    """Whether "G fighters in P" places the group's men at one fight rather than saying where it is active."""
    if _ONE_EVENT_OBJECT.search(between):
        return True
    return bool(_ITS_MEN.match(between)) and bool(
        _ONE_EVENT_BEFORE.search(s.before(group, 40)) or _ONE_EVENT_AFTER.match(s.after(place, 80))
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
# "Ansar al-Sunna, whose stronghold is Mocimboa da Praia"
_WHOSE_BASE_IS = re.compile(
    r"^\s*,\s+whose\s+(?:(?:main|last|key|chief|traditional|former)\s+)?(?:stronghold|base|heartland|headquarters|"
    r"bastion|capital|hideout|sanctuary)\s+(?:is|was|remains|lies\s+in|is\s+in)\s+(?:the\s+)?$",
    re.I,
)


# "has spread from Mali to Burkina Faso", "expanded its operations into Benin": movement words take "to" and "from"
_SPREAD_TO = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|since|also|then|later|gradually|steadily|now)\s+)*"
    r"(?:spread|spreading|spreads|expanded|expanding|expands|moved|moving|pushed|pushing|extended|extending|migrated|relocated)\s+"
    r"(?:(?:its|their)\s+(?:[\w-]+\s+)?(?:operations|activities|presence|fighters|attacks|insurgency|reach|base|bases)\s+)?"
    r"(?:(?:south|north|east|west)(?:wards?)?\s+)?(?:(?:from|out\s+of)\s+(?:the\s+)?[A-Z][\w'’ -]{1,30}?\s+)?"
    # "spread from Mali" says it was there; "moved out of X" says it left
    r"(?:to|into|towards|(?<=spread\s)from|(?<=expanded\s)from)\s+(?:the\s+)?(?:neighbou?ring\s+)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$",
    re.I,
)


# "was pushed out of Mogadishu", "driven from its strongholds in X": where the group no longer is
_DRIVEN_OUT = re.compile(
    r"\b(?:pushed|driven|forced|chased|expelled|ousted|routed|flushed|cleared|evicted|fled|withdrew|retreated|moved|"
    r"ejected|dislodged)\s+(?:[\w-]+\s+){0,2}?(?:out\s+of|from)\b",
    re.I,
)


# "The ELN and the EMC have been fighting each other in Arauca": a second subject before the verb they share
_AND_CO_SUBJECT = re.compile(
    r"^\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}(?:\s*\([^()]{1,20}\))?"
    r"(?=\s+(?:are|were|have|had|remain|both|jointly|together|operate|control|hold|fight|fought)\b)"
)


_LED_BY_NAME = re.compile(
    r"^\s+(?:led|headed|commanded|run)\s+by\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*(?=\s+(?:operates?|operated|is|are|was|"
    r"were|has|have|had|remains?|controls?|controlled|holds?|held)\b)"
)
# "Abu Sayyaf, a small outfit based on the island of Jolo": an island is a place one is "on"
_BASED_ON = re.compile(
    r"^\s*,?\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:group|outfit|faction|militia|network|movement|cell)\s+)?"
    r"(?:(?:which|that|who)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|remains?|still|mostly|mainly|largely)\s+)*"
    r"(?:based|active|present|entrenched|holed\s+up|headquartered|operating)\s+on\s+(?:the\s+)?"
    r"(?:(?:southern|northern|eastern|western|central|remote)\s+)?(?:(?:islands?|island\s+province)\s+of\s+)?$",
    re.I,
)
_MEN_WORD = re.compile(
    r"^\s+(?:fighters|militants|insurgents|gunmen|cells|units|members|commanders|remnants|rebels)(?=\s)", re.I
)


# "the BLA, which seeks independence for Balochistan"; "is fighting for an independent Balochistan"
_SEEKS_FOR = re.compile(
    rf"^{_APPOS}\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:has|have|had|is|are|was|were|been|long|still|now)\s+)*"
    r"(?:seeks?|sought|seeking|fights?|fighting|fought|campaigns?|campaigning|campaigned|struggles?|struggling|wants?|"
    r"wanted|demands?|demanding|demanded|pushes|pushing|pushed)\s+(?:for\s+)?(?:(?:the|an|a)\s+)?"
    r"(?:independen(?:ce|t)|autonomy|autonomous|self-determination|secession|separate|free|breakaway)"
    r"(?:\s+(?:state|homeland|nation))?(?:\s+(?:for|of|in))?\s+(?:the\s+)?$",
    re.I,
)


def _operates(between: str) -> bool:
    """Whether the words after a group say it is active in the place that follows."""
    if _DRIVEN_OUT.search(between):
        return False
    if (co := _AND_CO_SUBJECT.match(between)) is not None:
        between = between[co.end() :]
    if (led := _LED_BY_NAME.match(between)) is not None:
        # "FARC dissidents led by P operate in X": the reduced clause names the leader, the verb is the group's
        between = between[led.end() :]
    if _BASED_ON.match(between):
        return True
    if (men := _MEN_WORD.match(between)) is not None and (
        _OPERATES.match(between[men.end() :]) or _CONTROLS.match(between[men.end() :])
    ):
        # "al-Shabaab militants are believed to be hiding in the Boni forest"
        return True
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
            _ONE_OF_GROUPS_IN,
            _SPREAD_TO,
            _WHOSE_BASE_IS,
            _SEEKS_FOR,
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
    rf"{_APPOS}\s*,?\s+(?:(?:(?:which|that)\s+)?(?:was|is|(?:has|had)\s+(?:long\s+|also\s+)?been|remains|became)\s+)?"
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
    rf"^{_APPOS}\s+(?:(?:fighters|militants|men|units|cells|forces|gunmen)\s+)?(?:(?:then|now|still|once|long|has|had|have|been|also)\s+)*"
    r"(?:roam|roams|patrol|patrols|hide|hides|operate|control|hold|rule|controlled|controls|held|holds|ruled|rules|"
    r"occupied|occupies|operates|operated|is\s+based|was\s+based|is\s+active|was\s+active|remains\s+active|thrives|"
    r"thrived|recruits|recruited|has\s+bases|had\s+bases|is\s+strongest|was\s+strongest|(?:first\s+)?emerged|"
    # "where the group is strong", "where it has a strong presence"
    r"(?:is|was|remains)\s+(?:still\s+)?(?:strong|present|entrenched|dominant)|(?:has|had)\s+(?:a\s+)?(?:strong\s+)?presence)\b",
    re.I,
)
_WHOSE_MEN_IN = re.compile(
    # "the M23, whose fighters seized Goma"
    r"\bwhose\s+(?:own\s+)?(?:fighters|units|militants|forces|men|gunmen|insurgents)\s+(?:(?:still|now|also|have|had|briefly)\s+)*"
    r"(?:seized|captured|control|controlled|hold|held|took|overran|occupy|occupied|rule|ruled)\s+"
    r"(?:(?:the\s+)?(?:city|town|port|capital|provincial\s+capital|region|province)\s+of\s+)?(?:the\s+)?$|"
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


# "al-Shabaab-held areas of Jubaland": the group names the ground it holds (not "government-held")
_G_HELD_AREAS_OF = re.compile(
    r"^\s*-?(?:held|controlled|dominated|occupied|run|ruled)\s+(?:(?:rural|remote|large|vast|northern|southern|eastern|"
    r"western|central)\s+)*(?:areas?|parts?|swathes?|swaths?|stretches|territory|territories|pockets|villages|districts|"
    r"towns|zones|regions|enclaves?)\s+(?:of|in|across)\s+(?:the\s+)?$",
    re.I,
)
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
    r"^\s+(?:in|near|outside|inside|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}?$"
    # "Djibo in Burkina Faso's Soum province"
    rf"|^\s+in\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?{_POSS}\s+(?:[\w-]+\s+){{0,1}}?$"
    # "Rafah, in the North Sinai governorate"; "Turbat, in Pakistan's Balochistan province"
    rf"|^\s*,\s+in\s+(?:the\s+)?(?:[A-Z][\w-]+{_POSS}\s+)?(?:[\w-]+\s+){{0,1}}?$",
    re.I,
)
# "| Menaka, Tillaberi |": places listed in a table's cell
_CELL_END = re.compile(r"^\s*\|")
_LOC_POSS_LOC = re.compile(rf"^{_POSS}\s+(?:\w+\s+){{0,3}}?$")
_POSS_ONLY = re.compile(rf"^{_POSS}\s+$")
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
_COAST_AFTER = re.compile(
    rf"^{_POSS}\s+(?:[\w-]+\s+)?(?:coast|coastline|shores?|island|mainland|peninsula|interior|highlands)\b",
    re.I,
)
_ISLAND_AFTER = re.compile(r"^\s+(?:island|mainland|peninsula|coast|archipelago)\b", re.I)
# "the Peshawar district of Hayatabad" (Hayatabad in Peshawar); "the Gulbahar area of Peshawar" (Gulbahar in Peshawar)
_LOC_PART_OF = re.compile(
    # "the Mandera county town of Elwak"; "the Borno state capital of Maiduguri"
    r"^\s+(?:(?:county|district|state|provincial|province|regional|region|territory)\s+(?:town|capital|seat|headquarters)"
    r"|district|neighbou?rhood|suburb|area|quarter|borough|region|province|town|village|county)\s+of\s+(?:the\s+)?$",
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
    r"^\s*,?\s+(?:is\s+|are\s+|was\s+)?(?:based|headquartered|located)\s+(?:in|out\s+of)\s+(?:the\s+)?$"
    # "the Syrian Observatory for Human Rights, a monitoring group based in Britain"; "X, a think tank in Washington"
    r"|^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:(?:group|organi[sz]ation|monitor|charity|agency|firm|company|"
    r"newspaper|broadcaster|watchdog|NGO|body)\s+(?:based|headquartered)|think[\s-]tanks?(?:\s+based)?|"
    r"(?:research\s+)?(?:institute|institution|centre|center)(?:\s+based)?)\s+in\s+(?:the\s+)?$",
    re.I,
)


# "used the territory of Cameroon as a rear base"; "has turned the forests of X into a sanctuary"
_USED_PLACE = re.compile(
    r"^\s+(?:(?:has|had|have|long|also|still|once|now|increasingly)\s+)*"
    r"(?:(?:is|are|was|were)\s+(?:believed|said|thought|known|reported|accused)\s+(?:to|of)\s+)?"
    r"(?:used|uses|use|using|turned|turns|made)\s+"
    r"(?:(?:the|its|their)\s+)?(?:(?:territory|soil|forests?|mountains|hills|border\s+areas?|parts?|regions?|islands?|bush|"
    r"countryside)\s+(?:of|around|near|outside)\s+)?"
    r"(?:the\s+)?(?:(?:neighbou?ring|northern|southern|eastern|western|central)\s+)?$",
    re.I,
)
_AS_A_BASE_AFTER = re.compile(
    r"^(?:\s+(?:[\w-]+\s+){0,2}?)?\s*(?:as|into)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:base|bases|sanctuary|"
    r"haven|safe\s+haven|refuge|launch\s*pad|launching\s+pad|staging\s+(?:ground|post|area)|hideout|corridor|"
    r"supply\s+route|training\s+ground|stronghold|headquarters|fiefdom)\b",
    re.I,
)


# "The group's leadership is based in the Rwenzori mountains": the owner's men, where they are
_POSS_MEN = re.compile(
    rf"^{_POSS}\s+(?:(?:own|remaining|top|senior|surviving|main)\s+)?(?:leadership|leaders|fighters|militants|cells|commanders|"
    r"units|men|members|forces|remnants|headquarters)\b",
    re.I,
)


def _place_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """A group and the place it is active in, in either order."""
    if (
        a.type is G
        and b.type is L
        and (m := _POSS_MEN.match(between)) is not None
        and (_OPERATES.match(between[m.end() :]) or _CONTROLS.match(between[m.end() :]))
        and not _one_event(s, a, between, b)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    if a.type is G and b.type is L and _USED_PLACE.match(between) and _AS_A_BASE_AFTER.match(after_b):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
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
        and not _one_event(s, a, between, b)
        and not _inside_clause(s, a, between)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.75)
    elif (
        a.type is G
        and b.type is L
        and (men := _MEN_OF.search(s.before(a, 30))) is not None
        # "The leadership of the PKK is based in the Qandil mountains of northern Iraq"
        and (_MEN_OF_IN.match(between) or _operates(between))
        and not _one_event(s, a, " " + men.group(0), b)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    if a.type is L and b.type is G and _LOC_BASED_G.match(between):
        yield Found(b, Predicate.OPERATES_IN, a, 0.75)
    # "Jaish-e-Mohammed, a Pakistan-based militant group"
    if (
        a.type is G
        and b.type is L
        and re.match(r"^\s*(?:\([^()]{1,25}\))?\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", between)
        and re.match(r"^-based\b", after_b)
    ):
        yield Found(a, Predicate.OPERATES_IN, b, 0.7)
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
    # "Katiba Serma, JNIM's Mali branch": a branch named for its place (but in "ISIS-K, the Islamic State's
    # Khorasan branch" the word is the branch's own name, not evidence of where it is)
    if (
        a.type is G
        and b.type is L
        and re.match(rf"^\s*,\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,3}}?[\w'’.-]+{_POSS}\s+$", between)
        and _MODIFIER_AFTER.match(after_b)
        and not name_holds(a, b)
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
    if (
        a.type is L
        and b.type is G
        and (m := _UNDER_CONTROL.match(between)) is not None
        and (between.rstrip().endswith(("of", "of the")) or _CONTROL_AFTER.match(after_b))
    ):
        yield Found(b, Predicate.OPERATES_IN, a, 0.7)
    # "al-Shabaab-held areas of Jubaland"; "the M23-controlled parts of North Kivu"
    if a.type is G and b.type is L and _G_HELD_AREAS_OF.match(between) and not _other_group_between(s, a, b):
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
        and not (_LOC_COMMA_LOC.match(between) and (_LIST_GOES_ON.match(after_b) or _CELL_END.match(after_b)))
    ):
        yield Found(a, Predicate.LOCATED_IN, b, 0.7)
        if _IN_WORD.match(between):
            # "Palma, Macomia and Muidumbe in northern Mozambique": the whole list is in the place
            yield from (Found(x, Predicate.LOCATED_IN, b, 0.65) for x in _listed_before(s, a))
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
            _LOC_LIES_IN.match(between)
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


def _place_list_after(s: Sentence, group: Mention, places: list[Mention]) -> list[Mention]:
    """The places a group is said to operate in, when the first is matched by _OPERATES and others follow in a list."""
    run: list[Mention] = []
    for p in places:
        if p.start < group.end:
            continue
        if not run:
            between = _PAREN.sub("", s.between(group, p), count=1)
            if (
                _operates(between)
                and (not _IS_OBJECT.search(s.before(group, 25)) or _MEN_OF.search(s.before(group, 30)))
                and not _one_event(s, group, between, p)
                and not _inside_clause(s, group, between)
            ):
                run.append(p)
            continue
        if _LIST_JOIN.match(s.between(run[-1], p)):
            run.append(p)
        else:
            break
    return run

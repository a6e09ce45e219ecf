"""More ways a text says where a place or an institution is (locatedIn), beside the rules in `places`.

`located_pair` reads an ordered pair of mentions in one sentence ("Tarnow, a town of about 100,000 people in
Lesser Poland"; "the Upland towns of A and B"; "a researcher at the X Institute in Lyon"); `find_named_seats`
reads a site or body whose own name gives its town ("the Kandy bus stand", "the Regional Court of Linz"),
when the document names that town too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.relations.common import Found, L, O, _same
from kg.extract.sentences import Sentence
from kg.model import Mention, Predicate

_SIDE = (
    r"(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|far\s+north|far\s+south)"
)
_ADMIN = (
    r"(?:municipality|commune|district|province|region|department|prefecture|county|territory|governorate|state|"
    r"local\s+government\s+area|township|division|sub-?county|tehsil)"
)
_BIG = ("Country", "Region", "Province")

# "Tarnow, a town of about 100,000 people in Lesser Poland"; "Ferla, a hilltop hamlet in the municipality of Noto";
# "Wadi Qasr, a dry valley in Jordan's southern Maan governorate"
_A_KIND_IN = re.compile(
    r"^\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|hamlet|community|settlement|valley|forest|"
    r"township|locality|suburb|district|port)\s+"
    r"(?:of\s+(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|more\s+than\s+)?[\d,.]+\s+(?:people|residents|"
    r"inhabitants)\s+)?(?:in|of)\s+(?:the\s+)?"
    rf"(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:'s|’s)\s+)?(?:{_SIDE}\s+)?(?:{_ADMIN}\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "Kolofata, in the north of neighbouring Mayo-Sava"; "Kemmern, in the Upper Franconia district of Bamberg"
_IN_PART_OF = re.compile(
    rf"^\s*,\s+in\s+the\s+(?:(?:{_SIDE}|north|south|east|west)\s+of\s+(?:the\s+)?(?:neighbou?ring\s+)?"
    rf"|(?:[A-Z][\w-]+\s+){{1,2}}{_ADMIN}\s+of\s+(?:the\s+)?)$",
    re.I,
)
# "the Upland towns of A and B": each town of the list is in the region named first
_KIND_OF_LISTED = re.compile(
    r"^\s+(?:towns|cities|villages|districts|townships|municipalities|communes|neighbou?rhoods|suburbs)\s+of\s+$",
    re.I,
)
_AND_NEXT = re.compile(r"^\s*(?:,|,?\s+and)\s+$")
# "the Shigal area of neighbouring Kunar province"; "the Yarkhun valleys of Chitral": an area is never the whole
_AREA_OF = re.compile(
    r"^\s+(?:area|areas|valley|valleys|neighbou?rhood|quarter|locality)\s+of\s+(?:the\s+)?"
    r"(?:neighbou?ring\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$",
    re.I,
)
# "the Kebbe district of neighbouring Sokoto State": a part word before a place one of its neighbours
_PART_OF_NEIGHBOUR = re.compile(
    rf"^\s+(?:district|town|village|county|{_ADMIN})\s+of\s+(?:the\s+)?neighbou?ring\s+$", re.I
)
# "Mayo-Sava, the department that includes Kolofata": the second is inside the first
_THAT_INCLUDES = re.compile(
    rf"^\s*,\s+(?:the|a)\s+(?:{_ADMIN}|town|city)\s+(?:that|which)\s+(?:includes|contains|covers|takes\s+in)\s+$",
    re.I,
)
# "Cabo Delgado province, of which Pemba is the capital"
_OF_WHICH = re.compile(r"^\s*,\s+of\s+which\s+$", re.I)
_IS_ITS_CAPITAL = re.compile(r"^\s+is\s+(?:the|its)\s+(?:(?:provincial|regional|state)\s+)?capital\b", re.I)
# "a fellow at the X Institute in Lyon"; "the headquarters of the X Corporation (XC) in Accra"
_WORKS_AT = re.compile(
    r"\b(?:(?:researcher|fellow|analyst|director|professor|lecturer|scholar|expert|specialist|scientist|head|"
    r"economist|spokesman|spokeswoman|spokesperson)\s+at|headquarters\s+of|offices?\s+of)\s+(?:the\s+)?$",
    re.I,
)
_ORG_IN = re.compile(r"^\s*(?:\([^()]{1,15}\))?\s+in\s+$")
# "The Oslo-based rights group X", "a Geneva-based monitoring organisation, X"
_PLACE_BASED_KIND = re.compile(
    r"^-based\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|monitor|watchdog|NGO|charity|institute|centre|center|"
    r"think[\s-]tank|consultancy|firm|network)\s*,?\s+(?:the\s+)?$",
    re.I,
)
# a header line that names the body and its town: "Centre for Sahel Studies, Niamey | 3 March 2025"
_HEADER_BEFORE = re.compile(r"(?:^|\n)[\s*#_>]*$")
_HEADER_BETWEEN = re.compile(r"^\s*(?:\([^()]{1,12}\))?\s*,\s+$")
_HEADER_AFTER = re.compile(r"^(?:\s*,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s*(?:[|·*]|\.?\s*(?:\n|$))")
# "the Koro fuel market on the outskirts of Mopti": a named site, then the town it is in
_SITE = (
    r"(?:market|bazaar|checkpoint|mosque|church|temple|shrine|camp|displacement\s+camp|refugee\s+camp|station|"
    r"bus\s+(?:stand|station|terminal)|hospital|hotel|school|stadium|prison|barracks|base|airport|square|"
    # "the Palm Court guesthouse in Negombo"; "the Blue Note nightclub in Antalya"
    r"guest\s*house|restaurant|caf[eé]|nightclub|shopping\s+(?:mall|centre|center)|mall|synagogue|cathedral)"
)
_SITE_NEAR = re.compile(
    rf"^\s+(?:[\w-]+\s+){{0,4}}?{_SITE}\s+(?:in|at|near|outside|on\s+the\s+(?:(?:{_SIDE})\s+)?"
    r"(?:outskirts|edge|fringes)\s+of)\s+(?:the\s+)?$",
    re.I,
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "a military base at Kilwa Bay"; "stormed the X camp on the northern edge of Y" (a facility's own name)
_FACILITY_AT = re.compile(
    rf"^(?:\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:base|camp|post|outpost)\s+at\s+"
    rf"|\s+(?:at|on\s+the\s+(?:(?:{_SIDE})\s+)?(?:outskirts|edge|fringes)\s+of)\s+)(?:the\s+)?$",
    re.I,
)


# "the Ministry of Health in central Lima"; "the Supreme Court (SC) in Dhaka": a seated body in its town
_SEATED_NAME = re.compile(
    r"\b(?:Ministry|Court|Tribunal|University|Institute|Embassy|Consulate|Parliament|Academy|Corporation|Centre|Center)\b"
)
_SEATED_IN = re.compile(
    r"^\s*(?:\([^()]{1,15}\))?\s+in\s+(?:(?:central|downtown)\s+)?$|^\s*\([^()]{1,15}\)\s+in\s+$", re.I
)
# "X (XF), a non-profit based in Porto"; "X, the UN mission stationed in Goma" (not "X, a group whose
# leader is based in Y": the words between name what X is, not someone of it)
_A_BODY_BASED = re.compile(
    r"^\s*(?:\([^()]{1,15}\))?\s*,\s+(?:a|an|the)\s+"
    r"(?:(?!(?:whose|which|that|who|its|their|leaders?|founders?|chiefs?|heads?|members?|officials?)\b)[\w-]+\s+){0,4}?"
    r"(?:based|headquartered|stationed)\s+in\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "X (XF), a Lima think tank"
_A_PLACE_KIND = re.compile(r"^\s*(?:\([^()]{1,15}\))?\s*,\s+(?:a|an)\s+$", re.I)
_KIND_AFTER_PLACE = re.compile(
    r"^(?:-based)?\s+(?:[\w-]+\s+)?(?:think[\s-]tanks?|institute|university|non-?profit|NGO|charity|monitoring\s+group|"
    r"research\s+(?:group|centre|center))\b",
    re.I,
)
# "Red Crescent, Ruritania's emergency service": a national body of the country named as its owner
_A_COUNTRY_BODY = re.compile(r"^\s*,\s+$")
_NATIONAL_BODY_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:(?:national|main|state|official|largest|leading)\s+)?(?:emergency|ambulance|rescue|news|"
    r"oil|energy|broadcasting|meteorological)\s+(?:service|agency|company|corporation|broadcaster)\b",
)
# "Zion Church in the eastern city of Batticaloa": a site in the town the words name
_IN_THE_TOWN_OF = re.compile(
    rf"^\s+in\s+the\s+(?:(?:{_SIDE}|coastal|northern|southern|eastern|western)\s+)?(?:city|town|village|port(?:\s+city)?)"
    r"\s+of\s+$",
    re.I,
)


def _rank(m: Mention) -> int:
    return {"Country": 4, "Region": 3, "Province": 3, "City": 2}.get(m.subtype or "", 1)


def _listed_after(s: Sentence, first: Mention) -> list[Mention]:
    """The places listed right after `first`: ", B and C" after A."""
    out: list[Mention] = []
    nearest = first
    for m in sorted((m for m in s.mentions if m.start >= first.end), key=lambda m: m.start):
        if m.type is not L or not _AND_NEXT.match(s.between(nearest, m)):
            break
        out.append(m)
        nearest = m
    return out


def located_pair(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    """A place or an organisation and the place it is in, read from the words between them (a comes first)."""
    if a.type is L and b.type is L:
        yield from _place_in_place(s, a, b, between, after_b)
    elif a.type is O and b.type is L and b.subtype in ("City", "Country", None):
        if _ORG_IN.match(between) and _WORKS_AT.search(s.before(a, 40)):
            # "a researcher at the X Institute in Lyon"
            yield Found(a, Predicate.LOCATED_IN, b, 0.65)
        elif b.subtype != "Country" and _SEATED_IN.match(between) and _SEATED_NAME.search(a.name):
            # "the Ministry of Health in central Lima"
            yield Found(a, Predicate.LOCATED_IN, b, 0.65)
        elif _A_BODY_BASED.match(between) or (
            b.subtype != "Country" and _A_PLACE_KIND.match(between) and _KIND_AFTER_PLACE.match(after_b)
        ):
            # "X (XF), a non-profit based in Porto"; "X (XF), a Lima think tank"
            yield Found(a, Predicate.LOCATED_IN, b, 0.65)
        elif (
            b.subtype == "Country" and _A_COUNTRY_BODY.match(between) and _NATIONAL_BODY_AFTER.match(after_b)
        ):
            # "Red Crescent, Ruritania's emergency service"
            yield Found(a, Predicate.LOCATED_IN, b, 0.6)
        elif (
            b.subtype != "Country"
            and _HEADER_BETWEEN.match(between)
            and _HEADER_BEFORE.search(s.before(a, 40))
            and _HEADER_AFTER.match(after_b)
        ):
            # "Centre for Sahel Studies, Niamey | 3 March 2025"
            yield Found(a, Predicate.LOCATED_IN, b, 0.6)
    elif a.type is L and b.type is O and a.end < b.start and _PLACE_BASED_KIND.match(between):
        # "The Oslo-based rights group X"
        yield Found(b, Predicate.LOCATED_IN, a, 0.65)


def _place_in_place(s: Sentence, a: Mention, b: Mention, between: str, after_b: str) -> Iterator[Found]:
    if (
        a.subtype in ("Facility", None)
        and b.subtype not in ("Country", "Facility")
        and _rank(a) < _rank(b)
        and _IN_THE_TOWN_OF.match(between)
    ):
        # "Zion Church in the eastern city of Batticaloa"
        yield Found(a, Predicate.LOCATED_IN, b, 0.65)
    elif a.subtype != "Country" and (_A_KIND_IN.match(between) or _IN_PART_OF.match(between)):
        # "Tarnow, a town of about 100,000 people in Lesser Poland"; "Kolofata, in the north of neighbouring Mayo-Sava"
        yield Found(a, Predicate.LOCATED_IN, b, 0.65)
    elif a.subtype != "Country" and b.subtype != "Country" and _KIND_OF_LISTED.match(between):
        # "the Upland towns of A and B" (not "the Tarn and Aude districts of Occitania": a list of parts)
        if _rank(b) <= _rank(a) and _THE_BEFORE.search(s.before(a, 10)):
            yield Found(b, Predicate.LOCATED_IN, a, 0.6)
            yield from (Found(x, Predicate.LOCATED_IN, a, 0.6) for x in _listed_after(s, b))
    elif (
        a.subtype not in _BIG and b.subtype != "Facility" and _rank(a) <= _rank(b) and _AREA_OF.match(between)
    ):
        # "the Shigal area of neighbouring Kunar province"
        yield Found(a, Predicate.LOCATED_IN, b, 0.6)
    elif a.subtype not in _BIG and _rank(a) <= _rank(b) and _PART_OF_NEIGHBOUR.match(between):
        # "the Kebbe district of neighbouring Sokoto State"
        yield Found(a, Predicate.LOCATED_IN, b, 0.6)
    elif b.subtype != "Country" and _THAT_INCLUDES.match(between) and _rank(b) <= _rank(a):
        # "Mayo-Sava, the department that includes Kolofata"
        yield Found(b, Predicate.LOCATED_IN, a, 0.65)
    elif b.subtype != "Country" and _OF_WHICH.match(between) and _IS_ITS_CAPITAL.match(after_b):
        # "Cabo Delgado province, of which Pemba is the capital"
        yield Found(b, Predicate.LOCATED_IN, a, 0.65)
    elif (
        a.subtype not in _BIG
        and b.subtype not in ("Country", "Facility")
        and _rank(a) <= _rank(b)
        and _SITE_NEAR.match(between)
        and _THE_BEFORE.search(s.before(a, 10))
    ):
        # "the Koro fuel market on the outskirts of Mopti"
        yield Found(a, Predicate.LOCATED_IN, b, 0.6)
    elif a.subtype == "Facility" and b.subtype not in ("Country", "Facility") and _FACILITY_AT.match(between):
        # "a military base at Kilwa Bay"
        yield Found(a, Predicate.LOCATED_IN, b, 0.6)


# ------------------------------------------------------------------ a site or body named after its town

_SEAT_KIND = (
    r"(?:(?:railway|train|bus|metro)\s+station|bus\s+(?:stand|station|terminal)|station|(?:police\s+)?headquarters|"
    r"police\s+(?:command|station|post|lines)|court|courthouse|tribunal|hospital|airport|airfield|"
    r"market|bazaar|mosque|church|cathedral|synagogue|temple|prison|jail|correctional\s+(?:centre|center|facility)|"
    r"university|stadium|cemetery|old\s+city|city\s+hall|town\s+hall)"
)
_TOWN_FIRST = re.compile(
    rf"^(?:the\s+)?(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})\s+(?:[\w'’-]+\s+){{0,3}}?{_SEAT_KIND}"
    r"(?:\s+branch\s+\d+)?$",
    re.I,
)
_TOWN_LAST = re.compile(
    rf"^(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_SEAT_KIND}\s+(?:(?:of|in)\s+|(?:central\s+)?)"
    r"(?P<town>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})$",
    re.I,
)


def find_named_seats(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """A site or body whose name gives the town it is in ("the Kandy bus stand", "the Regional Court of Linz",
    "the Sub-District Hospital Tral"), when the document names that town as a place too."""
    towns: dict[str, Mention] = {}
    for s in sentences:
        for m in s.mentions:
            if m.type is L and m.subtype not in ("Country", "Facility"):
                for key in (m.text, m.name):
                    towns.setdefault(_key(key), m)
    done: set[str] = set()
    for s in sentences:
        for m in s.mentions:
            if m.type not in (L, O) or m.subtype in _BIG or m.subtype == "City" or m.name in done:
                continue
            named = _TOWN_FIRST.match(m.name) or _TOWN_LAST.match(m.name)
            if named is None:
                continue
            words = named.group("town")
            town = towns.get(_key(words))
            if town is None:
                # "the Kano State Police Command", "the Regional Court of Bad Tolz in Bavaria": the longest
                # run of first words that names a place
                town = next(
                    (
                        t
                        for n in range(len(words.split()) - 1, 0, -1)
                        if (t := towns.get(_key(" ".join(words.split()[:n])))) is not None
                    ),
                    None,
                )
            if town is None or _same(town, m):
                continue
            done.add(m.name)
            yield s, Found(m, Predicate.LOCATED_IN, town, 0.6)


def _key(text: str) -> str:
    return re.sub(r"^the\s+", "", text.strip(), flags=re.I).casefold()

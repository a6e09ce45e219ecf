"""Places NER missed, merged or left ambiguous: listed places, sites, capitals, settlements."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract import lexicon
from kg.extract.mentions.text import (
    CAPITALISED_FUNCTION_WORDS,
    DEMONYM,
    DESCRIBED_AFTER,
    GOV_ORG_HEAD,
    KNOWN_BY_TITLE,
    MONTHS_AND_DAYS,
    NER_TYPES,
    ORG_WORD,
    PERSON_CONTEXT_AFTER,
    PERSON_CONTEXT_BEFORE,
    clean,
    is_demonym,
    place_mention,
)
from kg.model import Document, EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from kg.gazetteer import PlaceEntry


# "northeast Syria", "Cameroon's Far North": a region the gazetteer names with its country's name in it.
_COUNTRY_INSIDE = re.compile(
    r"^(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)"
    r"(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$"
    r"|^(?P<b>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:'s|’s)\s+\S",
    re.I,
)


_SEAT_INSIDE = re.compile(r"\s(?:in|to)\s+(?:the\s+)?(?P<c>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$")


_IN_A_LIST_AFTER = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")
_IN_A_LIST_BEFORE = re.compile(r"[A-Za-z](?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")


def countries_inside(mentions: list[Mention], text: str) -> list[Mention]:
    """The country named inside a gazetteer region's name ("northeast Syria"), as a mention of its own.

    Not inside a list of places ("southern Lebanon and the Bekaa Valley"), which one name more would break.
    """
    out: list[Mention] = []
    for m in mentions:
        # "the UN Verification Mission in Colombia": a body's name says the country it works in
        seat = _SEAT_INSIDE.search(m.text) if m.type is EntityType.ORGANIZATION else None
        if seat is not None:
            place = lexicon.lookup_place(seat.group("c"), alternates=False)
            start = m.start + seat.start("c")
            if place is not None and place.type == "Country" and not any(o.start == start for o in mentions):
                out.append(
                    Mention(
                        seat.group("c"),
                        place.name,
                        EntityType.LOCATION,
                        m.doc_id,
                        start,
                        start + len(seat.group("c")),
                        m.sentence_index,
                        0.8,
                        f"place:{place.id}",
                        place.type,
                    )
                )
            continue
        if m.type is not EntityType.LOCATION or m.subtype == "Country":
            continue
        if _IN_A_LIST_AFTER.match(text[m.end : m.end + 40]) or _IN_A_LIST_BEFORE.search(
            text[max(0, m.start - 40) : m.start]
        ):
            continue
        match = _COUNTRY_INSIDE.match(m.text)
        if match is None:
            continue
        group = "a" if match.group("a") else "b"
        word = match.group(group)
        if not word[0].isupper():
            continue
        place = lexicon.lookup_place(word)
        if place is None or place.type != "Country":
            continue
        # "South America", "Central America": a region of its own name holds no "America" of the country's
        whole = lexicon.lookup_place(m.text, alternates=False)
        if whole is not None and whole.type != "Country" and whole.country != place.id:
            continue
        start = m.start + match.start(group)
        if any(o.start <= start < o.end and o is not m for o in mentions):
            continue
        out.append(
            Mention(
                word,
                place.name,
                EntityType.LOCATION,
                m.doc_id,
                start,
                start + len(word),
                m.sentence_index,
                0.85,
                f"place:{place.id}",
                place.type,
            )
        )
    return out


def listed_places(document: Document, mentions: list[Mention]) -> list[Mention]:
    """ "raided Palma and Macomia": a known place listed after a place NER found, which NER left out."""
    taken = {(m.start) for m in mentions}
    spans = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for m in mentions:
        if m.type is not EntityType.LOCATION:
            continue
        window = document.text[m.end : m.end + 120]
        rest = PLACE_LIST_REST.match(window)
        if rest is None or "\n" in rest.group():
            continue
        for item in PLACE_LIST_ITEM.finditer(window, 0, rest.end()):
            # "Geidam and Buni Yadi", but "Kolofata and Mora Monday": the second word only if the place has it
            name = item.group()
            place = lexicon.lookup_place(name, alternates=False) or lexicon.lookup_town(name, document.text)
            if place is None and " " in name:
                name = name.split()[0]
                place = lexicon.lookup_place(name, alternates=False) or lexicon.lookup_town(
                    name, document.text
                )
            lo = m.end + item.start()
            hi = lo + len(name)
            if lo in taken or any(s < hi and lo < e for s, e in spans):
                continue
            if place is None:
                continue
            taken.add(lo)
            out.append(place_mention(name, place, document.id, lo, hi, m.sentence_index, 0.7))
    return out


def short_place_names(mentions: list[Mention]) -> list[Mention]:
    """ "The Republic" after "the Republic of Ireland", "the Strip" after "the Gaza Strip": the place named in full."""
    heads: dict[str, set[tuple[str, str | None, str | None]]] = {}
    for m in mentions:
        words = m.text.split()
        if m.type is EntityType.LOCATION and len(words) > 1:
            head = words[0] if len(words) > 2 and words[1] == "of" else words[-1]
            heads.setdefault(head, set()).add((m.name, m.gazetteer_id, m.subtype))
    # "the Sobat" after "the Sobat River": a river or a forest by its own name without the kind word
    by_kind = {
        m.text.rsplit(" ", 1)[0]: (m.name, m.gazetteer_id, m.subtype)
        for m in mentions
        if m.type is EntityType.LOCATION and len(m.text.split()) == 2 and _RIVER_OR_FOREST.search(m.text)
    }
    out = []
    for m in mentions:
        full = heads.get(m.text, set())
        if m.type is EntityType.LOCATION and m.gazetteer_id is None and " " not in m.text and len(full) == 1:
            name, gid, subtype = next(iter(full))
            m = dataclasses.replace(m, name=name, gazetteer_id=gid, subtype=subtype)
        elif (
            m.type is EntityType.LOCATION
            and m.gazetteer_id is None  # ("Kaduna" after "the Kaduna River" is still the city)
            and " " not in m.text
            and m.text in by_kind
            and m.name == m.text
        ):
            name, gid, subtype = by_kind[m.text]
            m = dataclasses.replace(m, name=name, gazetteer_id=gid, subtype=subtype)
        out.append(m)
    return out


# "troops went to Barangay Malinao ... the team reached Malinao": the Philippine word for a village or ward
# before the name is dropped the next time; the bare name is that village, whatever else NER or the
# gazetteer took it for.
_VILLAGE_WORD = re.compile(
    r"^(?:Barangay|Brgy\.?|Sitio|Purok)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})$"
)


def villages_named_short(mentions: list[Mention], text: str) -> list[Mention]:
    """A name said once after "Barangay" or "Sitio" and then alone is that village again, not a person or a namesake.

    A person of the story who bears the word ("Maria Malinao") or a person's cue before it keeps it a person.
    """
    villages: dict[str, Mention] = {}
    for m in mentions:
        match = _VILLAGE_WORD.match(m.text) if m.type is EntityType.LOCATION else None
        if match is not None:
            villages.setdefault(match.group("name"), m)
    if not villages:
        return mentions
    borne = {
        word
        for m in mentions
        if m.type is EntityType.PERSON and len(m.name.split()) > 1
        for word in m.name.split()
    }
    out = []
    for m in mentions:
        village = villages.get(m.text)
        if (
            village is not None
            and m.name == m.text
            and m.type in (EntityType.LOCATION, EntityType.PERSON)
            and not (
                m.type is EntityType.PERSON
                and (m.text in borne or PERSON_CONTEXT_BEFORE.search(text[max(0, m.start - 60) : m.start]))
            )
        ):
            m = dataclasses.replace(
                m,
                type=EntityType.LOCATION,
                name=village.name,
                gazetteer_id=village.gazetteer_id,
                subtype=village.subtype,
            )
        out.append(m)
    return out


_RIVER_OR_FOREST = re.compile(r"\s(?:River|river|Forest|forest)$")


def places_of_the_story(mentions: list[Mention], text: str) -> list[Mention]:
    """A place name several countries share means the one in a country the document names.

    The gazetteer ranks namesakes by kind and size, so "Palma" alone is Palma de Mallorca; in a
    story that names Mozambique (or a province of it, or Mozambicans) and not Spain, it is the
    town in Cabo Delgado. Countries themselves are never switched, and a namesake is only taken
    when the first choice's country goes unnamed and exactly one other's is named. Namesakes in one
    country are told apart the same way by their provinces (see `_namesake_of_the_province`). Either way, the
    switch needs the namesake's country to hold at least as many of the story's other places: a story of Lahore
    that names India and not Pakistan keeps Pakistan's Punjab.
    """
    table = lexicon.gazetteer.places()
    named_here: dict[tuple[str, str], bool] = {}  # (country, name) -> whether the document names it

    def story_names(country: str, name: str) -> bool:
        # ("Bali" itself, a province of Indonesia by one of its namesakes, does not name Indonesia)
        if (country, name) not in named_here:
            named_here[country, name] = lexicon.names_country(country, text, besides=frozenset({name}))
        return named_here[country, name]

    held_here: dict[
        str, Counter[str]
    ] = {}  # folded name -> the story's places each country holds, besides it

    def held(name: str) -> Counter[str]:
        key = lexicon.fold(name)
        if key not in held_here:
            held_here[key] = places_held(mentions, key)
        return held_here[key]

    out = []
    for m in mentions:
        pid = (
            m.gazetteer_id[len("place:") :]
            if m.gazetteer_id and m.gazetteer_id.startswith("place:")
            else None
        )
        first = table.get(pid) if pid and m.type is EntityType.LOCATION else None
        if first is not None and first.type != "Country" and first.country:
            ids = lexicon.gazetteer.lookup_place(m.text)
            if len(ids) > 1 and not story_names(first.country, m.text):
                named = [
                    other
                    for other in (table.get(i) for i in ids if i != pid)
                    if other is not None
                    and other.type != "Country"
                    and other.country
                    and story_names(other.country, m.text)
                ]
                held_by = held(m.text) if named else Counter()
                if (
                    len({o.country for o in named}) == 1
                    and held_by[named[0].country] >= held_by[first.country]
                ):
                    other = named[0]
                    m = dataclasses.replace(
                        m, gazetteer_id=f"place:{other.id}", name=other.name, subtype=other.type
                    )
            elif len(ids) > 1:
                m = _namesake_among_the_places(m, first, ids, held(m.text))
            if len(ids) > 1 and m.gazetteer_id == f"place:{first.id}":
                m = _namesake_of_the_province(m, first, ids, text)
        out.append(m)
    return _spellings_far_away(out, text)


def places_held(mentions: list[Mention], key: str) -> Counter[str]:
    """How many of the story's place mentions (countries and the namesakes whose folded name is `key` left out) each
    country holds, by the gazetteer."""
    table = lexicon.gazetteer.places()
    held: Counter[str] = Counter()
    for other in mentions:
        pid = (other.gazetteer_id or "").removeprefix("place:")
        place = table.get(pid) if other.type is EntityType.LOCATION and other.gazetteer_id else None
        if (
            place is not None
            and place.type != "Country"
            and place.country
            and lexicon.fold(other.text) != key
        ):
            held[place.country] += 1
    return held


def _namesake_among_the_places(
    m: Mention, first: PlaceEntry, ids: tuple[str, ...], held: Counter[str]
) -> Mention:
    """Where the story names the countries of two namesakes, the one whose country holds more of its other places.

    "a police station in Gurdaspur district of Punjab" in a story that also says the attackers came from
    Pakistan: India and Pakistan are both named, but Gurdaspur and Amritsar are Indian, so Punjab is India's.
    The first choice stays unless another namesake's country holds strictly more of the story's places (`held`,
    from `places_held`).
    """
    table = lexicon.gazetteer.places()
    namesakes = [
        o
        for o in (table.get(i) for i in ids if i != first.id)
        if o is not None and o.type != "Country" and o.country and o.country != first.country
    ]
    best = max(namesakes, key=lambda o: held[o.country], default=None)
    if best is None or held[best.country] <= held[first.country]:
        return m
    if sum(held[o.country] == held[best.country] for o in namesakes if o.country != best.country):
        return m
    return dataclasses.replace(m, gazetteer_id=f"place:{best.id}", name=best.name, subtype=best.type)


def _spellings_far_away(mentions: list[Mention], text: str) -> list[Mention]:
    """A town known only by another spelling of a city abroad, in a story plainly about another country.

    "the village of Kasan" in a story of northern Afghanistan is no Kazan, the Russian city geonames also
    spells so, nor "the clinic in Banu" Bannu in Pakistan, nor "Córdoba" in a story of Colombia the city
    in Argentina (a name cities of several countries share): where the city's country goes unnamed and the
    document's other known places mostly lie in one other country, the name stays a place of the story, with
    no gazetteer id. A city's own name that no other country's city shares ("Moscow", "Kiev") keeps its
    city, whatever the story.
    """
    table = lexicon.gazetteer.places()

    def country(m: Mention) -> str | None:
        entry = table.get(m.gazetteer_id[len("place:") :]) if m.gazetteer_id else None
        return (entry.id if entry.type == "Country" else entry.country) if entry is not None else None

    def by_spelling(m: Mention) -> bool:
        entry = table.get(m.gazetteer_id[len("place:") :]) if m.gazetteer_id else None
        if (
            m.type is not EntityType.LOCATION
            or entry is None
            or entry.type != "City"
            or entry.country is None
        ):
            return False
        own = lexicon.gazetteer.lookup_place(m.text, alternates=False)
        if not own and lexicon.fold(m.text) != lexicon.fold(entry.name):
            return True
        # "Córdoba" in a story of Colombia: a name cities of several countries share, none of them named
        # (a capital is known by itself: "Colombo", whatever town of Brazil shares the name)
        namesakes = {table[i].country for i in own if i in table and table[i].type != "Country"}
        return len(namesakes) > 1 and lexicon.gazetteer.capital_of(entry.country) != entry.id

    foreign = [m for m in mentions if by_spelling(m)]
    if not foreign:
        return mentions
    story = Counter(
        c
        for m in mentions
        if m.type is EntityType.LOCATION
        and m.gazetteer_id
        and m.gazetteer_id.startswith("place:")
        and not by_spelling(m)
        and (c := country(m)) is not None
    ).most_common(2)
    # (the country most of the story's places lie in, by a clear lead: "Tajikistan", named once in passing
    # in a story of Baghlan, Panjshir and Kabul, leaves it about Afghanistan)
    if not story or story[0][1] < 2 or (len(story) > 1 and story[1][1] * 2 > story[0][1]):
        return mentions
    out = []
    for m in mentions:
        abroad = country(m) if m in foreign else None
        if abroad is not None and abroad != story[0][0] and not lexicon.names_country(abroad, text):
            # ("Hyderabad" in a story of Karachi and Quetta: the namesake in the story's country, if there is one)
            home = [
                table[i]
                for i in lexicon.gazetteer.lookup_place(m.text)
                if i in table and table[i].type != "Country" and table[i].country == story[0][0]
            ]
            m = (
                dataclasses.replace(
                    m, gazetteer_id=f"place:{home[0].id}", name=home[0].name, subtype=home[0].type
                )
                if len(home) == 1
                else dataclasses.replace(m, gazetteer_id=None, name=m.text, subtype=None)
            )
        out.append(m)
    return out


def _namesake_of_the_province(m: Mention, first: PlaceEntry, ids: tuple[str, ...], text: str) -> Mention:
    """A namesake in the first choice's country whose province the story names, where the first's goes unnamed.

    "Bijapur" alone is the Karnataka city of that old name; in a story that names Chhattisgarh, or
    Bastar or Sukma within it, and not Karnataka, it is the district in Chhattisgarh.
    """
    table = lexicon.gazetteer.places()
    if _province_named(first.id, first.country, m.text, text):
        return m
    named = [
        other
        for other in (table.get(i) for i in ids if i != first.id)
        if other is not None
        and other.type != "Country"
        and other.country == first.country
        and _province_named(other.id, other.country, m.text, text)
    ]
    if len(named) != 1:
        return m
    other = named[0]
    return dataclasses.replace(m, gazetteer_id=f"place:{other.id}", name=other.name, subtype=other.type)


def _province_named(pid: str, country: str | None, name: str, text: str) -> bool:
    """Whether `text` names a place (below its country) that contains `pid`, or a place lying in one."""
    provinces = [p for p in lexicon.gazetteer.located_in_chain(pid) if p != country]
    return any(_province_words(p, name).search(text) for p in provinces)


@lru_cache(maxsize=256)
def _province_words(province: str, besides: str) -> re.Pattern[str]:
    """The names of a province and of the curated places inside it, save those holding `besides`, as written."""
    table = lexicon.gazetteer.places()
    inside = [
        entry["id"]
        for entry in lexicon.gazetteer.curated_places()
        if province in lexicon.gazetteer.located_in_chain(entry["id"])
    ]
    names = {n for pid in (province, *inside) for n in (table[pid].name, *table[pid].aliases)}
    names = {n for n in names if besides.casefold() not in n.casefold() and len(n) > 2}
    if not names:
        return re.compile(r"(?!)")
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b")


_TWO_NAMES = re.compile(
    r"^(?P<a>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s+(?:and|near|or)\s+(?P<b>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)$"
)


# "the Lamu-Witu road", "the Sokoto–Zamfara boundary": two places joined by a hyphen name the ends of a
# route or the sides of a border; the word after says so.
_ROUTE_PAIR = re.compile(
    r"^(?P<a>[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+)?)[-–](?P<b>[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+)?)$"
)
_ROUTE_AFTER = re.compile(
    r"^\s+(?:road|highway|route|axis|corridor|border|boundary|frontier|railway|pipeline|stretch)\b"
)


def two_places(document: Document, ent: Span, i: int) -> list[Mention]:
    """ "Lahij and Abyan", "Muridke near Lahore": one span NER made of two known places is the two."""
    if ent.label_ not in ("ORG", "GPE", "LOC", "FAC", "PERSON"):
        return []
    match = _TWO_NAMES.match(ent.text)
    route = None
    if match is None:
        route = _ROUTE_PAIR.match(ent.text)
        if route is None or not _ROUTE_AFTER.match(document.text[ent.end_char : ent.end_char + 20]):
            return []
        match = route
    found = {
        key: lexicon.lookup_place(match.group(key), alternates=False)
        or lexicon.lookup_town(match.group(key), document.text)
        for key in ("a", "b")
    }
    # one end known is enough where the words say route; an unknown name beside it is a place all the same
    if (route is None and None in found.values()) or all(p is None for p in found.values()):
        return []
    out = []
    for key in ("a", "b"):
        name = match.group(key)
        place = found[key]
        start = ent.start_char + match.start(key)
        if place is None:
            out.append(
                Mention(name, name, EntityType.LOCATION, document.id, start, start + len(name), i, 0.6)
            )
            continue
        out.append(
            Mention(
                name,
                place.name,
                EntityType.LOCATION,
                document.id,
                start,
                start + len(name),
                i,
                0.7,
                f"place:{place.id}",
                place.type,
            )
        )
    return out


def titled_places(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Sheikh Jarrah" shown a place once ("in Sheikh Jarrah") is that place wherever else it is named."""
    places = {m.name: m for m in mentions if m.type is EntityType.LOCATION and KNOWN_BY_TITLE.match(m.name)}
    return [
        dataclasses.replace(m, type=EntityType.LOCATION, gazetteer_id=places[m.name].gazetteer_id)
        if m.type is EntityType.PERSON
        and m.name in places
        and not PERSON_CONTEXT_AFTER.match(text[m.end : m.end + 80])
        else m
        for m in mentions
    ]


# "Chad's Lac region", "the Lac province": the words that say whose and what kind, around a region's own name
_REGION_WORDS = re.compile(r"^(?:.+?['’]s\s+)?(?P<own>.+?)\s+(?:region|province|state|department|district)$")


def regions_named_short(mentions: list[Mention]) -> list[Mention]:
    """ "Cameroon's Far North region ... the Far North has suffered": a known region by its own name alone,
    which NER takes for a body or a person, is that region."""
    short = {}
    for m in mentions:
        own = _REGION_WORDS.match(m.text) if m.type is EntityType.LOCATION and m.gazetteer_id else None
        if own is not None and m.subtype in ("Province", "Region") and own.group("own")[:1].isupper():
            short[own.group("own")] = m
    return [
        dataclasses.replace(
            m,
            type=EntityType.LOCATION,
            name=short[m.text].name,
            gazetteer_id=short[m.text].gazetteer_id,
            subtype=short[m.text].subtype,
        )
        if m.type in (EntityType.ORGANIZATION, EntityType.PERSON)
        and m.gazetteer_id is None
        and m.text in short
        else m
        for m in mentions
    ]


# "in Mandera county", "Idlib province", "the Tillaberi region": a region named with the word for its kind after
# its own name (not "territory": a Congolese territory and its town are told apart)
_AREA_OWN_NAME = re.compile(
    r"^(?:.+?['’]s\s+)?(?P<own>(?:(?:al|el|as|ash|ad|ar|az|an)-)?[A-ZÀ-Ý].*?)\s+(?i:region|province|state|department|district|county|governorate|"
    r"prefecture)$"
)
# "the city of Hasakah", "Suwayda city", "the town of Kidal", "Hodeidah port": the writer says the town is meant
_TOWN_SAID = (
    r"(?i:\b(?:city|town|port)\s+of\s+{0}(?![\w'’-])|(?<![\w'’-]){0}\s+(?:city|town|port)\b|"
    # "Bhamo, the largest town in the north", "Kerman, the provincial capital"
    r"(?<![\w'’-]){0},\s+(?:[^,.]{{0,30}},\s+)?(?:the|a)\s+(?:[\w-]+\s+){{0,2}}(?:town|city|capital)\b|"
    # "14 km from the state capital, Sokoto", "the provincial capital Kerman": the capital named after its kind
    r"\bcapital,?\s+{0}(?![\w'’-])|"
    # "on the border west of Kayes", "south of central Tel Aviv": a point to measure from is the town
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:central\s+|downtown\s+)?{0}(?![\w'’-])|"
    r"\bdowntown\s+{0}(?![\w'’-])|"
    # "troops retook Gao", "the road between Anefis and Gao", "the roads into Gao": a town taken or reached
    r"\b(?:retook|recaptured|captured|seized|overran|besieged)\s+{0}(?![\w'’-])|"
    r"\bbetween\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s+and\s+{0}(?![\w'’-])|"
    r"\broads?\s+(?:into|to|from)\s+{0}(?![\w'’-]))"
)
# "the regional hospital in Kasserine", "a think tank based in Concepción": a building or a body sits in the town
_IN_TOWN_BEFORE = re.compile(
    r"\b(?:hospital|hospitals|church|mosque|hotel|market|airport|university|prison|court|reporters|based|"
    r"headquartered)\s+in\s+$",
    re.I,
)
# "Mandera, Kenya — ", "Mandera (Reuters) -", "Mandera, March 3 —": the town a report was filed from
_DATELINE_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,2})?\s*(?:\((?:AP|AFP|Reuters)\)\s*)?[—–-]\s"
)


def _is_dateline(m: Mention, text: str) -> bool:
    """ "Mandera, Kenya — Gunmen ...": the name opens a line and says where the report was filed from."""
    before = text[: m.start].rstrip(" \t\"'“")
    return (not before or before.endswith("\n")) and _DATELINE_AFTER.match(text, m.end) is not None


_LISTED_WITH_KIND_AFTER = re.compile(
    r"(?:\s*,\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)*,?\s+and\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s+"
    r"(?:regions|provinces|states|departments|districts|counties|governorates|prefectures)\b"
)
# A city this large is known by itself, whatever province shares its name ("Baghdad ... Baghdad province").
_KNOWN_CITY_POPULATION = 1_500_000


def towns_named_for_their_region(mentions: list[Mention], text: str) -> list[Mention]:
    """ "a roadside bomb in Mandera county ... the attack in Mandera": where the story names a region with the
    word for its kind and later by its bare name, the bare name is the region, not the town of the same name
    the gazetteer knows, unless the writer says the town is meant ("the city of Hasakah") or the town is a
    large city known by itself. A bare name before the region is first named is the region too ("gunmen in
    Mandera ... a police post in Mandera county"), but not a dateline ("MANDERA, Kenya —", "Mandera (Reuters)").
    """
    regions: dict[str, Mention] = {}
    for m in mentions:
        own = _AREA_OWN_NAME.match(m.text) if m.type is EntityType.LOCATION else None
        if own is None or m.subtype in ("Country", "City"):
            continue
        if m.gazetteer_id is not None and m.subtype not in ("Province", "Region"):
            continue
        regions.setdefault(own.group("own"), m)
    if not regions:
        return mentions
    # A story that names the town by itself far more often than the region with its kind word is about the
    # town: "Idlib province" once and "Idlib" throughout
    said = {own: len(re.findall(rf"(?<![\w'’-]){re.escape(own)}(?![\w'’-])", text)) for own in regions}
    kinds = {
        own: len(
            re.findall(
                rf"(?<![\w'’-]){re.escape(own)}\s+(?i:region|province|state|department|district|county|governorate|prefecture)\b",
                text,
            )
        )
        for own in regions
    }
    out = []
    for m in mentions:
        region = regions.get(m.text) if m.type is EntityType.LOCATION else None
        if (
            region is not None
            and m.subtype not in ("Country", "Province", "Region")
            and m.name != region.name
            and (
                # "the border districts of Sokoto and Kebbi states": the plural kind word after the list
                _LISTED_WITH_KIND_AFTER.match(text, m.end)
                or (
                    said[m.text] - kinds[m.text] <= 2 * kinds[m.text]
                    and not _is_dateline(m, text)
                    and not re.search(_TOWN_SAID.format(re.escape(m.text)), text)
                    and not _IN_TOWN_BEFORE.search(text, max(0, m.start - 40), m.start)
                )
            )
        ):
            town = lexicon.lookup_place(m.text) if m.gazetteer_id is not None else None
            # ("Córdoba department ... Córdoba" in a story of Colombia: not the great city of Argentina)
            home = lexicon.gazetteer.places().get((region.gazetteer_id or "")[len("place:") :])
            if (
                town is None
                or (town.population or 0) < _KNOWN_CITY_POPULATION
                or (
                    town.country != (home.country if home is not None else None)
                    and town.country is not None
                    and not lexicon.names_country(town.country, text)
                )
            ):
                m = dataclasses.replace(
                    m, name=region.name, gazetteer_id=region.gazetteer_id, subtype=region.subtype
                )
        out.append(m)
    return out


# "the Tulkarem refugee camp", "Tulkarem camp": a camp named with and without the word for who lives there
_CAMP_NAME = re.compile(
    r"^(?:the\s+)?(?P<own>[A-ZÀ-Ý].*?)\s+(?:(?:refugee|displacement|displaced[- ]persons?|IDPs?|paramilitary|training|"
    r"detention)\s+)?(?P<kind>camp|site)$",
    re.I,
)


def camps_named_two_ways(mentions: list[Mention]) -> list[Mention]:
    """ "raids on the Tulkarem refugee camp ... residents of Tulkarem camp": one camp, named as first written."""
    first: dict[tuple[str, str], str] = {}
    for m in mentions:
        camp = _CAMP_NAME.match(m.text) if m.type is EntityType.LOCATION and m.gazetteer_id is None else None
        if camp is not None:
            first.setdefault((camp.group("own").casefold(), camp.group("kind").casefold()), m.name)
    out = []
    for m in mentions:
        camp = _CAMP_NAME.match(m.text) if m.type is EntityType.LOCATION and m.gazetteer_id is None else None
        name = first.get((camp.group("own").casefold(), camp.group("kind").casefold())) if camp else None
        out.append(dataclasses.replace(m, name=name) if name is not None and name != m.name else m)
    return out


# "a car bomb outside the", "blew herself up at the side entrance of the", "gunmen killed 46 inmates at the":
# an attack and where it struck, with no comma or speaker between (not "the attack, said an analyst at the")
_STRUCK_AT_BEFORE = re.compile(
    r"\b(?:bomb\w*|blasts?|explosions?|exploded|blew\s+\w+\s+up|attack(?:s|ed)?|stormed|killed|killing|"
    r"wounded|wounding|opened\s+fire|shot|shooting|raided)\b"
    r"(?:(?!\b(?:said|says|told|analyst|researcher|fellow|director|professor|expert|lecturer|student|staff|"
    r"official|worker|teacher|who|which)\b)[^.,;:!?\n]){0,60}?"
    r"\b(?:outside|inside|at|near|on)\s+the\s+(?:(?:main|side|back|front)\s+)?"
    r"(?:(?:entrance|gates?|walls?|doors?|compound|grounds)\s+of\s+the\s+)?$",
    re.I,
)
# The capitalised word that makes a body's name also a building's: "the Confucius Institute", "the University of
# Karachi", "the U.S. Embassy", "the National Women's Centre for Social Adaptation"
_BUILDING_OF_A_BODY = re.compile(
    r"\b(?:Institute|University|Embassy|Consulate|Centre|Center|College|School|Academy)\b"
)


# "at the Mindanao State University gymnasium": a lower-case word after the name says which building of the
# body was struck, and the body keeps its name
_PART_OF_A_BUILDING_AFTER = re.compile(
    r"[ \t]+(?!(?:in|on|at|near|of|and|or|for|to|the|was|were|which|where|when|while|killing|wounding|that|"
    r"after|before|during|last|this)\b)[a-z]"
)


def sites_struck(mentions: list[Mention], text: str) -> list[Mention]:
    """ "a car bomb outside the Helwan Institute": a body named where an attack struck is the building, a place,
    wherever the story names it; "the attack, said an analyst at the Helwan Institute" leaves the body.
    """
    struck = {
        m.name
        for m in mentions
        if m.type is EntityType.ORGANIZATION
        and _BUILDING_OF_A_BODY.search(m.text)
        and _STRUCK_AT_BEFORE.search(text, max(0, m.start - 120), m.start)
        and not _PART_OF_A_BUILDING_AFTER.match(text, m.end)
    }
    if not struck:
        return mentions
    return [
        dataclasses.replace(m, type=EntityType.LOCATION, subtype="Facility")
        if m.type is EntityType.ORGANIZATION and m.name in struck
        else m
        for m in mentions
    ]


# "three luxury hotels in the capital, the Palm Court, the Riverside and the": a list of sites after the plural
# word for their kind, up to a name in it
_SITES_LISTED_BEFORE = re.compile(
    r"\b(?:hotels|churches|mosques|temples|shrines|synagogues|restaurants|cafés|cafes|bars|nightclubs|malls)"
    r"(?:\s+(?:in|at|of|near)\s+[^,.;:!?()\n]{1,40})?\s*(?:,|:|—|–|-)\s*"
    r"(?:(?:the\s+)?[A-ZÀ-Ý][^,.;:!?()\n]{0,40}?(?:,\s*|\s+and\s+))*(?:the\s+)?$"
)


def sites_listed_by_kind(mentions: list[Mention], text: str) -> list[Mention]:
    """ "three hotels in the capital, the Palm Court, the Riverside and the Kingsway": the names listed after the
    plural word for a kind of site are those sites, where NER took one for a body; "three hotels and the
    Tourism Board" or a name with a word for a body ("the Hotel Workers Union") stays.
    """
    listed = {
        m.name
        for m in mentions
        if m.type is EntityType.ORGANIZATION
        and m.gazetteer_id is None
        and len(m.text.split()) <= 3
        and not ORG_WORD.search(m.text)
        and _SITES_LISTED_BEFORE.search(text, max(0, m.start - 160), m.start)
    }
    if not listed:
        return mentions
    return [
        dataclasses.replace(m, type=EntityType.LOCATION, subtype="Facility")
        if m.type is EntityType.ORGANIZATION and m.gazetteer_id is None and m.name in listed
        else m
        for m in mentions
    ]


def places_named_again(mentions: list[Mention], text: str) -> list[Mention]:
    """ "a village near Mbanga ... the district that includes Mbanga, said": one word (or a known place's name)
    shown a place once, which NER later takes for a person, is that place again where no person of the story
    bears the word.
    """
    # (several words too, where the gazetteer knew the place: "near Umm al-Aranib ... the road between
    # Umm al-Aranib and Murzuq")
    places = {
        m.text: m
        for m in mentions
        if m.type is EntityType.LOCATION
        and m.text[:1].isupper()
        and (" " not in m.text.strip() or m.gazetteer_id is not None)
    }
    borne = {
        word
        for m in mentions
        if m.type is EntityType.PERSON and len(m.name.split()) > 1
        for word in m.name.split()
    }
    return [
        dataclasses.replace(
            m, type=EntityType.LOCATION, name=places[m.text].name, gazetteer_id=places[m.text].gazetteer_id
        )
        if m.type is EntityType.PERSON
        and m.text in places
        and m.name == m.text
        and m.text not in borne
        and not PERSON_CONTEXT_BEFORE.search(text[max(0, m.start - 60) : m.start])
        else m
        for m in mentions
    ]


# "units in the Bab Tajoura district", "the Hala Kingi enclave": a lower-case word for a part of a country or
# town after the name (not "the Amir Khan district commissioner": an office named for the district)
_PART_OF_A_LAND_AFTER = re.compile(
    r"[ \t]+(?:district|enclave|neighbou?rhood|suburb|quarter|township|municipality|sub-?district)\b"
    r"(?![ \t]+(?:commissioner|officer|chief|head|council|court|judge|administrator|governor|official|police)\b)"
)
_THE_OR_OWNER_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)[ \t]+$")


def places_taken_for_people(mentions: list[Mention], text: str) -> list[Mention]:
    """An unknown name NER took for a person, which a word for a district after it makes a place: "the Bab
    Tajoura district". Its other mentions too.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    people_words = {
        word
        for m in mentions
        if m.type is EntityType.PERSON and m.gazetteer_id is None and len(m.name.split()) > 1
        for word in m.name.split()
    }
    found: set[str] = set()
    for m in ordered:
        # (a surname standing for a person named in full, "Indanan" for "Nurhaida Indanan", is that person)
        if (
            m.type is not EntityType.PERSON
            or m.gazetteer_id is not None
            or m.name != m.text
            or not m.text[:1].isupper()
            or m.text in people_words
        ):
            continue
        if PERSON_CONTEXT_AFTER.match(text[m.end : m.end + 80]) or PERSON_CONTEXT_BEFORE.search(
            text[max(0, m.start - 60) : m.start]
        ):
            continue
        if _PART_OF_A_LAND_AFTER.match(text, m.end) and _THE_OR_OWNER_BEFORE.search(
            text, max(0, m.start - 6), m.start
        ):
            found.add(m.name)
    if not found:
        return mentions
    return [
        dataclasses.replace(m, type=EntityType.LOCATION, subtype=None)
        if m.type is EntityType.PERSON and m.gazetteer_id is None and m.name in found
        else m
        for m in mentions
    ]


# "villagers in Kiyombo and Nsenyi", "in Kasese and Ntoroko": the rest of a list of places.
PLACE_LIST_REST = re.compile(
    r"(?:\s*,\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)*,?\s+(?:and|or)\s+(?P<name>[A-ZÀ-Ý][\w'’-]+"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?)\b"
)
PLACE_LIST_ITEM = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?")


# "the Pathankot air force station", "the Cappuccino café": a name written before a lower-case word for
# a building or site names that site, whatever NER made of the name (a person, an ORG, nothing).
_NAMED_SITE = re.compile(
    # ("the al-Rawda mosque": an Arabic article joined to the first word is part of the name)
    r"(?<![\w-])((?:(?:al|el|as|ash|ad|ar|az|an)-)?(?:[A-Z][\w’'.-]*(?<!['’]s)\s+){1,3}(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:hotel|café|cafe|restaurant|nightclub|supermarket|market|mall|mosque|church|cathedral|synagogue|"
    r"temple|shrine|airport|air\s+base|airbase|air\s+force\s+station|army\s+base|military\s+base|naval\s+base|"
    r"police\s+station|police\s+(?:headquarters|post)|barracks|prison|jail|gas\s+plant|plant|refinery|stadium|"
    r"checkpoint|junction|caves?|"
    # "Teófilo Dávila hospital", "the Martyrs' cemetery", "the Israeli embassy"
    r"hospital|clinic|cemetery|graveyard|embassy|consulate|"
    # "the Beth Israel Synagogue", "the Faisal Mosque": a house of worship whose kind word is part of its name
    r"Synagogue|Mosque|Cathedral|Temple|Shrine|"
    r"camp|reserve))\b"
)
_TEACHING_HOSPITAL = re.compile(r"\s(?:College|University|Institute)\s+hospital$")
_PLAIN_SITE = re.compile(
    r"\b(?:airport|air\s+base|airbase|mosque|church|hotel|prison|police\s+(?:station|headquarters|post))$"
)
_SITE_STOP = frozenset(w.lower() for w in CAPITALISED_FUNCTION_WORDS) | frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "see",
        "sees",
        "saw",
        "say",
        "says",
        "said",
        "call",
        "calls",
        "called",
        "hit",
        "hits",
        "struck",
        "attacked",
        "stormed",
        "bombed",
        "targeted",
        # a headline's present tense: "Gunmen storm hotel in Mogadishu" names no hotel
        "storm",
        "storms",
        "attack",
        "raid",
        "raids",
        "bomb",
        "bombs",
        "target",
        "targets",
        "strike",
        "strikes",
        "torch",
        "torches",
        "besiege",
        "besieges",
        "seize",
        "seizes",
        "near",
        "into",
        "onto",
        "as",
        "which",
        "who",
        "that",
    ]
)
# NER labels a site's name may carry: a place NER knows (a city, a country) names the place, not a site.
_SITE_NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "NORP", "GPE", "LOC", lexicon.ORG_LABEL})


def named_sites(document: Document, sdoc: Doc, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Facilities named by a proper name and a common noun: "the Amarula Palma hotel"."""
    out: list[Mention] = []
    ents = list(sdoc.ents)
    for i, sent in enumerate(sents):
        stext = document.text[sent.start_char : sent.end_char]
        for match in _NAMED_SITE.finditer(stext):
            words = match.group(1).split()
            while words and words[0] in CAPITALISED_FUNCTION_WORDS:
                words = words[1:]
            if (
                not words
                or not re.sub(r"^(?:al|el|as|ash|ad|ar|az|an)-", "", words[0])[:1].isupper()
                or any(w.lower() in _SITE_STOP or w in MONTHS_AND_DAYS for w in words)
            ):
                continue  # "Analysts see the hotel attacks": a sentence, not a name
            name = " ".join(words)
            # "riot at Honduran jail", "a Nigerian hospital": a nationality before a common word for a site
            # describes some site of that country and names none (an embassy is the country's own: kept)
            if len(words) == 2 and is_demonym(words[0]) and words[1].lower() not in ("embassy", "consulate"):
                continue
            start = sent.start_char + match.end(1) - len(name)
            end = sent.start_char + match.end(1)
            if document.text[start:end] != name or any(m.start < end and start < m.end for m in found):
                continue
            proper_end = start + len(name) - len(re.sub(r"^(?:[A-Z]\S*\s+)+", "", name))
            # "the Nur Shams camp": a site the gazetteer knows by that name is that site, whatever NER
            # guessed of its name (a product, say)
            known = lexicon.lookup_place(name, alternates=False)
            inside = [e for e in ents if e.start_char < proper_end and start < e.end_char]
            # (NER's "product" before "airport" or "mosque" is a name it did not know: "Mitiga airport")
            product_ok = known is not None or _PLAIN_SITE.search(name) is not None
            # ("the Surabaya police headquarters": a town's police building is named by the town)
            police = name.endswith(("police station", "police headquarters", "police post"))
            # ("the Nishtar Medical College hospital": a teaching hospital is named after its college)
            teaching = _TEACHING_HOSPITAL.search(name) is not None
            inside = [e for e in inside if not (teaching and e.label_ == "ORG")]
            if not _site_name_ok([e for e in inside if not product_ok or e.label_ != "PRODUCT"], police):
                continue
            gid, canonical, kind = (
                (f"place:{known.id}", known.name, known.type)
                if known is not None
                else (None, name, "Facility")
            )
            out.append(
                Mention(name, canonical, EntityType.LOCATION, document.id, start, end, i, 0.7, gid, kind)
            )
    return out


# "Kabul police spokesman P", "Mogadishu police said": a town's police, named by the town, speaking or
# speaking through an official (not "Kabul police officers were wounded", where it is no body that acts).
_POLICE_AFTER = re.compile(
    r"\s+police\s+(?:spokes(?:man|woman|person)|chief|commander|commissioner|officials?|department|"
    r"said|says|told|confirmed|reported|announced|arrested|have\s+(?:said|arrested|confirmed))\b"
)


# "a spokeswoman for the Brandenburg police, said": "the", a place and "police" closing a phrase
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_POLICE_CLOSES = re.compile(r"\s+police(?=\s*[,.;:)]|\s+(?:and|said|says|told|have|has|had|were|are)\b)")


def town_police(mentions: list[Mention], text: str) -> list[Mention]:
    """The force a place's name and "police" name, where a word for its officials or its speech follows,
    or where "the" comes before and the phrase ends after it.

    The place stays named too, as in "Libya's government".
    """
    out = []
    for m in mentions:
        after = (
            _POLICE_AFTER.match(text, m.end)
            or (
                _POLICE_CLOSES.match(text, m.end)
                if _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
                else None
            )
            if m.type is EntityType.LOCATION
            else None
        )
        if after is None or m.subtype == "Country":
            continue
        end = text.index("police", m.end) + len("police")
        out.append(
            dataclasses.replace(
                m,
                text=text[m.start : end],
                name=f"{m.text} police",
                type=EntityType.ORGANIZATION,
                end=end,
                gazetteer_id=None,
                subtype="Police",
            )
        )
    return out


# "in and around the French capital", "in the centre of Burkina Faso's capital": the capital city, unless
# the text names it straight after ("the Afghan capital, Kabul"), where NER finds it anyway.
_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?P<demonym>[A-Z][\w’'-]+)\s+capital\b|"
    r"\b(?P<country>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)(?:'s|’s)\s+(?P<word>capital)\b"
)


def capitals(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Mentions of a capital city named by its country: "the Somali capital" is Mogadishu."""
    out: list[Mention] = []
    for i, sent in enumerate(sents):
        stext = document.text[sent.start_char : sent.end_char]
        for match in _CAPITAL.finditer(stext):
            if re.match(r"^\s*(?:city\s+)?,?\s*[A-Z]", stext[match.end() :]):
                continue
            if match.group("demonym"):
                country = lexicon.gazetteer.country_of_demonym(match.group("demonym"))
                lo, hi = match.start("demonym"), match.end()
            else:
                place = lexicon.lookup_place(match.group("country"))
                country = place.id if place is not None and place.type == "Country" else None
                lo, hi = match.start("word"), match.end()
            capital = lexicon.gazetteer.capital_of(country) if country else None
            start, end = sent.start_char + lo, sent.start_char + hi
            if capital is None or any(m.start < end and start < m.end for m in found):
                continue
            city = lexicon.gazetteer.places()[capital]
            out.append(
                Mention(
                    document.text[start:end],
                    city.name,
                    EntityType.LOCATION,
                    document.id,
                    start,
                    end,
                    i,
                    0.7,
                    f"place:{capital}",
                    city.type,
                )
            )
    return out


# "the Yemeni capital Sanaa", "the Syrian city Idlib", "the Lebanese port city of Tyre": a place named
# after a nationality word and a word for the kind of place it is.
_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|ath|az|an|ed|es|ez|en|er|et)-"
# "the Brazilian city of Foz do Iguaçu", "the Colombian town of San José del Guaviare": a lower-case particle
# of a Romance or Germanic place name joins the words around it into one name
_PARTICLE = r"(?:(?:de|del|do|da|dos|das|di|du|des|della|de\s+la|de\s+los|am|an\s+der|sur)\s+)"
_PARTICLE_WORD = re.compile(r"\s(?:de|del|do|da|dos|das|di|du|des|della|la|los|am|an|der|sur)\s")
_DESCRIBED_PLACE = re.compile(
    r"\b[Tt]he\s+(?P<demonym>[A-Z][a-z]+)\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|border|coastal|garrison|market|oil|desert|mountain|"
    r"frontier|river|port|provincial|regional|ancient|holy|besieged)\s+)?"
    r"(?P<kind>capital|city|town|village|port|port\s+city|provincial\s+capital|province|region|district|"
    r"governorate|county|state|enclave|island|oasis)(?:\s+of)?\s+"
    rf"(?P<name>[A-Z][\w'’-]+(?:\s+{_PARTICLE}?(?:{_ARTICLE})?[A-Z][\w'’-]+){{0,2}})"
)


def described_places(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Places named after a nationality and a kind of place: "the Yemeni capital Sanaa".

    The gazetteer's place of that name in the nationality's country is meant; a city, town,
    village or port the gazetteer does not know is a place all the same (the words say so).
    """
    out: list[Mention] = []
    for i, sent in enumerate(sents):
        stext = document.text[sent.start_char : sent.end_char]
        for match in _DESCRIBED_PLACE.finditer(stext):
            country = lexicon.gazetteer.country_of_demonym(match.group("demonym"))
            if country is None:
                continue  # "the Nineveh province": not a nationality
            # "the Afghan capital Kabul's airport": the name without its possessive
            words = re.sub(r"['’]s?$", "", re.split(r"['’]s\b", match.group("name"))[0]).split()
            while words and (words[-1] in MONTHS_AND_DAYS or words[-1] in CAPITALISED_FUNCTION_WORDS):
                words.pop()
            place = None
            whole = " ".join(words)
            while words:
                name = " ".join(words)
                place = _in_country(name, country)
                if place is not None or len(words) == 1:
                    break
                words.pop()
            if place is None and _PARTICLE_WORD.search(whole):
                # "the Peruvian town of Puerto Ocopa del Ene": a particle binds the words of one unknown name
                name, words = whole, whole.split()
            if not words or words[0] in MONTHS_AND_DAYS or lexicon.lookup_group(name) is not None:
                continue
            if place is None and match.group("kind").split()[-1] not in _SETTLEMENT_KINDS:
                continue
            if place is not None and place.type == "Country":
                continue  # "the Syrian state Syria" is no phrasing; "the Somali region Somaliland" is
            start = sent.start_char + match.start("name")
            end = start + len(name)
            if any(m.start < end and start < m.end for m in found):
                continue
            gid, canonical, subtype = (
                (f"place:{place.id}", place.name, place.type) if place is not None else (None, name, None)
            )
            out.append(
                Mention(name, canonical, EntityType.LOCATION, document.id, start, end, i, 0.75, gid, subtype)
            )
    return out


_SETTLEMENT_KINDS = frozenset({"city", "town", "village", "port", "capital", "oasis"})


def _in_country(name: str, country: str) -> PlaceEntry | None:
    """The place called `name` in `country`, else the likeliest of that name, else a small town there."""
    table = lexicon.gazetteer.places()
    ids = lexicon.gazetteer.lookup_place(name)
    for pid in (*ids, *lexicon.gazetteer.lookup_town(name)):
        entry = table.get(pid)
        if entry is not None and entry.country == country:
            return entry
    return table.get(ids[0]) if ids else None


# "the village of Dablo", "in Jolo": a place NER passed over, known by the words before it or by the
# gazetteer. Months and days are never places.
# Words for a settlement, a port or a landform that "of" and a place's name follow: "the islands of Lake Chad".
_KIND_OF = (
    r"village|town|city|district|hamlet|commune|municipality|port|islands?|outskirts|shores|coast|banks|hills|"
    r"mountains|foothills|valley|plains|forests?|desert|oasis|"
    # "the Damascus suburb of Harasta": a part of a city
    r"suburb|neighbou?rhood|quarter|township"
)
# Prepositions before a place's name ("the meadow above Pahalgam", "the road through Kalat")
_LOCATIVE = r"in|at|near|outside|off|between|above|below|beyond|across|through|into|towards?"
_SETTLEMENT = re.compile(
    rf"\b(?:(?P<kind>{_KIND_OF})\s+of|{_LOCATIVE}|"
    # "attacked Gwoza in Borno State": a verb whose object is a place (a known one: the kind is not told)
    r"(?:attacked|stormed|overran|overrun|raided|besieged|shelled|recaptured|retook|retaken|invaded|occupied|"
    r"seized|captured|controls?|controlled|holds|"
    r"entered|seized\s+control\s+of|took\s+control\s+of|swept\s+into|marched\s+on)|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\s+"
    rf"(?P<name>[A-Z][\w’'-]+(?:\s+{_PARTICLE}?(?:{_ARTICLE})?[A-Z][\w’'-]+)?)\b(?!['’])"
)
# the verbs of _SETTLEMENT: whatever is not a preposition or a "town of"
_VERB_OBJECT = re.compile(rf"^(?!(?:{_LOCATIVE}|(?:north|south|east|west)\S*\s+of|(?:{_KIND_OF})\s+of)\b)")
# "the February 11 blast in Balo-i town": a name between a locative word and a word for a settlement.
_TOWN_AFTER_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|from)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?P<kind>town|village)\b"
)
# "Kabul's Sherpur district", "the Creggan area of Derry": a name before a word for part of a town.
_DISTRICT = re.compile(
    r"(?:\bthe|['’]s)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?P<kind>district|neighbou?rhood|suburb|quarter|area|township|village|town)\b"
)


def settlements(document: Document, sdoc: Doc, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Places NER left untagged: a name after "the village of", or a gazetteer town after "in"."""
    out: list[Mention] = []
    # NER's guesses that give no mention ("Jolo" as a PRODUCT, "Sherpur" as a nationality, "Manbij" as a
    # date) do not block a place.
    tagged = [
        (e.start_char, e.end_char)
        for e in sdoc.ents
        if (e.label_ in NER_TYPES and e.label_ != "NORP")
        or (e.label_ == "DATE" and lexicon.lookup_place(e.text, alternates=False) is None)
    ]
    tagged += [(m.start, m.end) for m in found]
    for i, sent in enumerate(sents):
        stext = document.text[sent.start_char : sent.end_char]
        for match in [
            *_SETTLEMENT.finditer(stext),
            *_DISTRICT.finditer(stext),
            *_TOWN_AFTER_LOCATIVE.finditer(stext),
        ]:
            name = match.group("name")
            start = sent.start_char + match.start("name")
            end = start + len(name)
            if name.split()[0] in MONTHS_AND_DAYS:
                continue
            overlapping = [(s, e) for s, e in tagged if s < end and start < e]
            # "the town of Gida Ayana", NER's "Gida" (a place) and "Ayana" (a person): after "town of", the
            # two names NER cut apart are one place's name.
            cut_apart = (
                match.group("kind") in ("village", "town", "city", "hamlet", "commune", "municipality")
                and len(overlapping) > 1
                and all(start <= s and e <= end for s, e in overlapping)
                and not any(m.start < end and start < m.end for m in found)
            )
            if overlapping and not cut_apart:
                continue
            # "the Iraqi town of Tal Afar": a nationality word before a kind of place names no place
            if " " not in name and is_demonym(name):
                continue
            # "attacked Hassan, a shopkeeper": a verb's object may be a person who shares a town's name
            if (
                match.re is _SETTLEMENT
                and _VERB_OBJECT.match(match.group())
                and (
                    PERSON_CONTEXT_AFTER.match(document.text[end : end + 80])
                    or DESCRIBED_AFTER.match(document.text[end : end + 60])
                )
            ):
                continue
            # a place's own name only: "in Amani" is not Amman, whatever geonames lists in Georgian
            place = lexicon.lookup_place(name, alternates=False)
            if place is None:
                place = lexicon.lookup_town(name, document.text)
            if place is not None and place.type in ("City", "Province", "Country", "Region"):
                gid, canonical, subtype = f"place:{place.id}", place.name, place.type
            elif match.group("kind"):
                gid, canonical, subtype = None, name, None
            else:
                continue
            out.append(
                Mention(name, canonical, EntityType.LOCATION, document.id, start, end, i, 0.6, gid, subtype)
            )
    return out


# A run of capitalised words, up to three, that may be a place's whole name.
_NAME_RUN = re.compile(
    r"(?<![\w'’.-])[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|as|ash|ar|az|an)-)?[A-Z][\w'’-]*){0,2}(?![\w'’-])"
)
_KNOWN_KINDS = frozenset({"City", "Province", "Region"})
_NAME_PARTICLE_AFTER = re.compile(r"^\s+(?:van|von|der|den|de|da|di|du|la|le|bin|ibn|bint|ben)\s", re.I)
_NAME_PARTICLE_BEFORE = re.compile(
    r"\b(?:van|von|der|den|de|da|di|du|la|le|bin|ibn|bint|ben|abu|umm)\s+$", re.I
)


def known_cities(document: Document, sdoc: Doc, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Cities and regions of conflict zones NER passed over: "Airstrikes hit Raqqa again".

    Only a whole run of proper nouns that is a gazetteer place's own name (not a geonames
    alternate), in a country of the conflicts the gazetteer covers town by town, where no
    entity was found and the words around do not make it a person's name.
    """
    out: list[Mention] = []
    taken = [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ in NER_TYPES or e.label_ == "DATE"]
    taken += [(m.start, m.end) for m in found]
    text = document.text
    for i, sent in enumerate(sents):
        stext = document.text[sent.start_char : sent.end_char]
        for match in _NAME_RUN.finditer(stext):
            start = sent.start_char + match.start()
            end = sent.start_char + match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            name = match.group()
            place = lexicon.lookup_place(name, alternates=False)
            if (
                place is None
                or place.type not in _KNOWN_KINDS
                or place.country not in lexicon.gazetteer.SMALL_TOWN_COUNTRIES
                or lexicon.lookup_group(name) is not None
                or lexicon.gazetteer.lookup_org(name)
            ):
                continue
            span = sdoc.char_span(start, end)
            before, after = text[max(0, start - 40) : start], text[end : end + 80]
            if (
                span is None
                # a word opening a sentence may be any word capitalised ("Tame", "Van")
                or (span[0].is_sent_start and not after.startswith(","))
                # "Van der Berg", "Ahmed bin Batman": a particle of a person's name beside it
                or _NAME_PARTICLE_AFTER.match(after)
                or _NAME_PARTICLE_BEFORE.search(before)
                or PERSON_CONTEXT_BEFORE.search(before)
                or PERSON_CONTEXT_AFTER.match(after)
            ):
                continue
            out.append(
                Mention(
                    name,
                    place.name,
                    EntityType.LOCATION,
                    document.id,
                    start,
                    end,
                    i,
                    0.7,
                    f"place:{place.id}",
                    place.type,
                )
            )
    return out


def _site_name_ok(overlapping: list[Span], town_ok: bool = False) -> bool:
    """Whether the names NER found inside a site's name leave it free to name the site.

    `town_ok`: a known place inside the name is the town the site is named after.
    """
    for ent in overlapping:
        if ent.label_ not in _SITE_NAME_LABELS:
            return False
        if ent.label_ == lexicon.ORG_LABEL:
            org = lexicon.gazetteer.organizations().get(ent.ent_id_.partition(":")[2])
            if org is None or org.type != "Company":  # "the Radisson Blu hotel" is a hotel, not the chain
                return False
        elif (
            ent.label_ in ("GPE", "LOC") and not town_ok and lexicon.lookup_place(clean(ent.text)) is not None
        ):
            return False  # "the Kabul airport": the city is named, and the gazetteer knows its sites
        elif ent.label_ == "NORP" and DEMONYM.match(clean(ent.text)):
            return False  # "a Somali army camp"
        elif ent.label_ == "ORG" and (GOV_ORG_HEAD.search(ent.text) or lexicon.lookup_group(clean(ent.text))):
            return False
    return True


# "North and South Waziristan", "Upper and Lower Dir": two places that share the last words of their names.
_SIDE = r"(?:North|South|East|West|Upper|Lower|Middle|Central|Northern|Southern|Eastern|Western|Greater|Inner|Outer)"
_SHARED_HEAD = re.compile(
    rf"\b(?P<a>{_SIDE})\s*(?:,\s*(?P<m>{_SIDE})\s*,?\s*)?(?:and|&|or)\s+(?P<b>{_SIDE})\s+"
    r"(?P<head>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)"
)


def coordinated_places(document: Document, sents: list[Span], mentions: list[Mention]) -> list[Mention]:
    """ "North and South Kivu", "East and West Darfur": each side a place under its full name.

    Only where the gazetteer knows both full names, or knows the shared head as a place ("Darfur"); a
    bare compass word NER took for a place is dropped, and no mention of a side is left without its head.
    """
    text = document.text
    starts = [s.start_char for s in sents]
    found: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for match in _SHARED_HEAD.finditer(text):
        head = match.group("head")
        # "North and South Waziristan": try the two-word head first, then its first word
        for words in (head, head.split()[0]):
            sides = [k for k in ("a", "m", "b") if match.group(k)]
            places = [lexicon.lookup_place(f"{match.group(k)} {words}", alternates=False) for k in sides]
            known_head = lexicon.lookup_place(words, alternates=False)
            if not all(places) and (
                known_head is None or known_head.type not in ("Region", "Province", "Country")
            ):
                continue
            i = max(0, bisect.bisect_right(starts, match.start()) - 1)
            stop = match.start("head") + len(words)
            for k, place in zip(sides, places, strict=True):
                start = match.start(k)
                end = stop if k == "b" else match.end(k)
                name = f"{match.group(k)} {words}"
                # "North" stands for "North Waziristan": the mention says so, its evidence is the word
                found.append(
                    Mention(
                        name,
                        place.name if place else name,
                        EntityType.LOCATION,
                        document.id,
                        start,
                        end,
                        i,
                        0.75,
                        f"place:{place.id}" if place else None,
                        place.type if place else "Region",
                    )
                )
            spans.append((match.start(), stop))
            break
    # "Upper, Middle and Lower Dir" with no "Middle Dir" known: a compass word alone is still no place
    kept = [
        m
        for m in mentions
        if not any(lo < m.end and m.start < hi for lo, hi in spans)
        and not (m.type is EntityType.LOCATION and m.gazetteer_id is None and _BARE_SIDE.match(m.name))
    ]
    return sorted(kept + found, key=lambda m: m.start) if found else kept


_BARE_SIDE = re.compile(rf"^{_SIDE}$")


# "Niger's Tillabéri and Dosso regions", "the Juba and Shabelle valleys": names that share one word for
# their kind, written once, in the plural, after the last
_PLACE_WORD = r"[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)?"
_SHARED_KIND = re.compile(
    # ("the Centre-Nord, the Nord and the Est regions": each name with its own article)
    rf"(?<![\w'’-])(?P<names>{_PLACE_WORD}(?:\s*,\s*(?:the\s+)?{_PLACE_WORD})*"
    rf"\s*,?\s+and\s+(?:the\s+)?{_PLACE_WORD})\s+"
    r"(?P<kind>regions|provinces|districts|counties|territories|valleys|rivers|governorates)\b"
)
_SINGULAR_KIND = {"counties": "county", "territories": "territory", "valleys": "valley", "rivers": "river"}


def places_of_a_shared_kind(document: Document, sents: list[Span], mentions: list[Mention]) -> list[Mention]:
    """Each of "X and Y regions" is the place the gazetteer knows as "X region", named or not by NER.

    Only where the gazetteer knows the name with the kind word; else the names are left as found.
    """
    text = document.text
    starts = [s.start_char for s in sents]
    at = {(m.start, m.end): m for m in mentions}
    replaced: dict[tuple[int, int], Mention] = {}
    added: list[Mention] = []
    for match in _SHARED_KIND.finditer(text):
        kind = match.group("kind")
        kind = _SINGULAR_KIND.get(kind, kind[:-1])
        base = match.start("names")
        for part in re.finditer(rf"{_PLACE_WORD}", match.group("names")):
            name = part.group()
            # "The Nord and Est regions": the article that opens a sentence is no part of the name
            skip = 4 if name.startswith("The ") else 0
            name = name[skip:]
            place = lexicon.lookup_place(f"{name} {kind}", alternates=False)
            # "the Juba and Shabelle valleys": a river or its valley, named by its bare name as "the Jubba
            # valley" is, whatever town shares the name
            if place is None and kind not in ("valley", "river"):
                continue
            lo, hi = base + part.start() + skip, base + part.end()
            mention = Mention(
                name,
                place.name if place else name,
                EntityType.LOCATION,
                document.id,
                lo,
                hi,
                max(0, bisect.bisect_right(starts, lo) - 1),
                0.75,
                f"place:{place.id}" if place else None,
                place.type if place else "Region",
            )
            if (lo, hi) in at:
                # (a region or a province NER's name already stands for is kept: "Sokoto and Kebbi states")
                known = at[(lo, hi)].gazetteer_id
                found = lexicon.gazetteer.places().get(known.partition(":")[2]) if known else None
                if (known is None and place is not None) or (
                    found is not None and found.type == "City" and known != mention.gazetteer_id
                ):
                    replaced[(lo, hi)] = mention
            elif not any(m.start < hi and lo < m.end for m in mentions):
                added.append(mention)
    if not replaced and not added:
        return mentions
    kept = [replaced.get((m.start, m.end), m) for m in mentions]
    return sorted(kept + added, key=lambda m: m.start)

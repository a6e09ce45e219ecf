"""Word lists and gazetteer patterns the rule-based extractor reads with.

The curated gazetteers live in `kg/data/` (groups) and `kg.gazetteer`
(places, organisations). This module lists the names the gazetteer tagger
matches and answers the look-ups the rules need: is this name a known group,
what kind of place is this, which words are titles of office.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from kg import gazetteer

GROUP_LABEL = "KG_GROUP"
ORG_LABEL = "KG_ORG"
PLACE_LABEL = "KG_PLACE"


@dataclass(frozen=True, slots=True)
class GroupEntry:
    """One armed or extremist group of the curated gazetteer."""

    id: str
    name: str
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    parent: str | None
    formed_from: tuple[str, ...]
    regions: tuple[str, ...]
    qid: str | None
    kind: str | None


# "Lashkar-e-Jhangvi al-Alami", "X International", "X - Abu Abbas Faction": a group's name with a word
# that sets a wing apart is another group, not one more name of the parent.
_DISTINCT_TAIL = re.compile(r"^(?:al alami|alami|international|global|(?:\w+ ){0,3}faction)$")


def _distinct(name: str, shorter: set[str]) -> bool:
    folded = fold(name)
    return any(folded.startswith(b + " ") and _DISTINCT_TAIL.match(folded[len(b) + 1 :]) for b in shorter)


@lru_cache(maxsize=1)
def _raw_groups() -> list[dict[str, Any]]:
    return json.loads((files("kg") / "data" / "groups.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def distinct_group_names() -> tuple[str, ...]:
    """Longer names listed as aliases that name another group (a wing of the one they are listed under)."""
    out: list[str] = []
    for g in _raw_groups():
        forms = {fold(n) for n in (g["name"], *(g.get("aliases") or ()))}
        out += [a for a in g.get("aliases") or () if _distinct(a, forms)]
    return tuple(out)


@lru_cache(maxsize=1)
def groups() -> dict[str, GroupEntry]:
    """The curated gazetteer of armed and extremist groups, by id."""
    raw = _raw_groups()
    split = set(distinct_group_names())
    return {
        g["id"]: GroupEntry(
            id=g["id"],
            name=g["name"],
            aliases=tuple(a for a in g.get("aliases") or () if a not in split),
            acronyms=tuple(g.get("acronyms") or ()),
            parent=g.get("parent"),
            formed_from=tuple(g.get("formed_from") or ()),
            regions=tuple(g.get("regions") or ()),
            qid=g.get("qid"),
            kind=g.get("kind"),
        )
        for g in raw
    }


def dissidents_parent(gazetteer_id: str | None) -> GroupEntry | None:
    """The parent of a gazetteer collective that names one group's dissidents ("FARC dissidents" -> the FARC):
    such an entry describes splinters of the parent and is no group of its own. None for any other id."""
    if not gazetteer_id or not gazetteer_id.startswith("group:"):
        return None
    entry = groups().get(gazetteer_id.removeprefix("group:"))
    if entry is None or len(entry.formed_from) != 1 or not re.search(r"\bdissidents$", entry.name, re.I):
        return None
    return groups().get(entry.formed_from[0])


@lru_cache(maxsize=1)
def _identities() -> dict[str, str]:
    """Group id -> the id of the entry it is one organisation with (kg/data/group_identities.json)."""
    raw = json.loads((files("kg") / "data" / "group_identities.json").read_text(encoding="utf-8"))
    known = groups()
    table = {}
    for entry in raw:
        if entry["id"] not in known or entry["same_as"] not in known:
            raise ValueError(f"group_identities.json: unknown group in {entry}")
        table[entry["id"]] = entry["same_as"]
    return table


def canonical_id(gazetteer_id: str) -> str:
    """The gazetteer id a graph uses for `gazetteer_id`: one group known by two entries is one node.

    "group:ansar_al_sunna_mozambique" is "group:islamic_state_mozambique_province"; any other id is itself.
    """
    kind, _, ident = gazetteer_id.partition(":")
    if kind != "group":
        return gazetteer_id
    return f"group:{_identities().get(ident, ident)}"


# Cached: the same names are folded over and over, by every lookup in every sentence.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe-free, single-spaced: the key names are compared by."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[’'`ʼ‘]", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return re.sub(r"^the ", "", s.strip())


@lru_cache(maxsize=1)
def group_index() -> dict[str, str]:
    """Folded group name or alias -> group id (acronyms excluded: they are case-sensitive)."""
    index: dict[str, str] = {}
    for g in groups().values():
        for name in (g.name, *g.aliases):
            index.setdefault(fold(name), g.id)
    return index


@lru_cache(maxsize=1)
def group_acronyms() -> dict[str, str]:
    """Exact acronym -> group id."""
    index: dict[str, str] = {}
    for g in groups().values():
        for acr in g.acronyms:
            index.setdefault(acr, g.id)
    return index


_QUALIFIED = re.compile(r"^(.+?)\s+\([^()]+\)$")


@lru_cache(maxsize=1)
def _shared_names() -> dict[str, tuple[str, ...]]:
    """Folded name or exact acronym -> every group id that uses it, where more than one does."""
    users: dict[str, list[str]] = {}
    for g in groups().values():
        names = {fold(n) for n in (g.name, *g.aliases)} | set(g.acronyms)
        # "al-Shabaab (Mozambique)": the bare "al-Shabaab" may mean this group where its region is the subject
        # (only a name another group goes by: a bare name no entry claims stays unclaimed)
        names |= {
            base
            for n in g.aliases
            if (m := _QUALIFIED.match(n)) and (base := fold(m.group(1))) in group_index()
        }
        for name in names:
            users.setdefault(name, []).append(g.id)
    return {name: tuple(ids) for name, ids in users.items() if len(ids) > 1}


def group_candidates(text: str) -> tuple[str, ...]:
    """Every known group a name may stand for ("Ansar al-Sunna": the Iraqi group or the Mozambican one)."""
    shared = _shared_names()
    return shared.get(text.strip()) or shared.get(fold(text)) or ()


def lookup_group(text: str) -> str | None:
    """The gazetteer id of a group named `text`, if it is a known one."""
    return group_acronyms().get(text.strip()) or group_index().get(fold(text))


def lookup_place(text: str, alternates: bool = True) -> gazetteer.PlaceEntry | None:
    """The gazetteer place named `text` (the likeliest if several), if any.

    `alternates` False leaves out geonames' alternate names, for spans NER took for a person.
    """
    ids = gazetteer.lookup_place(text, alternates)
    return gazetteer.places().get(ids[0]) if ids else None


def lookup_town(text: str, document_text: str) -> gazetteer.PlaceEntry | None:
    """The small town named `text` whose country or province `document_text` names, if any.

    Only for a span the words around already mark as a place (NER's GPE or LOC, "the village of",
    "residents of"): a small town's name is often a word or someone's name elsewhere, so it never
    stands in for a known place, group or organisation, and its country must be in the text.
    """
    text = " ".join(text.split())
    if lookup_group(text) or gazetteer.lookup_org(text) or gazetteer.country_of_demonym(text):
        return None
    towns = gazetteer.small_towns()
    for pid in gazetteer.lookup_town(text):
        town = towns[pid]
        if town.country is not None and names_country(town.country, document_text):
            return town
    return None


@lru_cache(maxsize=64)
def names_country(country: str, document_text: str, besides: frozenset[str] = frozenset()) -> bool:
    """Whether `document_text` names `country`, a province of it, or its people, by words not in `besides`."""
    if not besides:
        return _country_words(country).search(document_text) is not None
    return any(m.group() not in besides for m in _country_words(country).finditer(document_text))


@cache
def _country_words(country: str) -> re.Pattern[str]:
    """A country's names, its curated provinces' names and its nationality words, as written."""
    table = gazetteer.places()
    names = {n for p in (table[country],) for n in (p.name, *p.aliases)}
    names |= {
        n
        for p in table.values()
        if p.type in ("Province", "Region") and p.country == country
        for n in (p.name, *p.aliases)
    }
    names |= {w.capitalize() for w in gazetteer.demonyms_of(country)}
    names = {n for n in names if len(n) > 2 and n[0].isupper()}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")


def lookup_org(text: str) -> gazetteer.OrgEntry | None:
    """The gazetteer organisation named `text`, if any (acronyms match case-sensitively)."""
    ids = gazetteer.lookup_org(text)
    return gazetteer.organizations().get(ids[0]) if ids else None


# Place types the ruler may tag on sight. Cities are left to the statistical
# NER: many city names are also English words or surnames ("Mobile", "Reading").
_RULER_PLACE_TYPES = frozenset({"Country", "Region", "Province", "Facility"})
# Acronyms of organisations that are everyday words or collide with groups' short forms.
_SKIP_ORG_ACRONYMS = frozenset({"IS", "IT", "US", "UK", "AP"})


@dataclass(frozen=True, slots=True)
class GazetteerName:
    """One name to tag before NER: its entity label, gazetteer id, text, and whether case must match."""

    label: str
    id: str
    text: str
    exact: bool


def _capitals(name: str) -> bool:
    """Whether a name is one word in capitals ("RAID", "GIGN"): a name that matches only as written."""
    return name.isupper() and " " not in name.strip()


def gazetteer_names() -> list[GazetteerName]:
    """Every gazetteer name to tag: groups, organisations, places, in that order of precedence.

    Names match on lower-cased tokens; exact ones (acronyms, titles with "The", short
    capitals like "US") match the text as written. Each carries its gazetteer id so
    the mention keeps it.
    """
    patterns: list[GazetteerName] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, ident: str, text: str, exact: bool) -> None:
        # A name with an apostrophe is matched with either apostrophe: news pages mostly print the curly one
        # ("Jama’at Nusrat al-Islam wal-Muslimin"), the gazetteer writes the straight one.
        for variant in dict.fromkeys((text, text.replace("'", "’"), text.replace("’", "'"))):
            key = (variant if exact else variant.lower(), label)
            if not variant.strip() or key in seen:
                continue
            seen.add(key)
            patterns.append(GazetteerName(label, ident, variant, exact))

    for g in groups().values():
        for name in (g.name, *g.aliases):
            add(GROUP_LABEL, f"group:{g.id}", name, exact=_capitals(name))
        for acr in g.acronyms:
            add(GROUP_LABEL, f"group:{g.id}", acr, exact=True)
    # A wing's own name ("X al-Alami") is tagged whole, so that the parent's name inside it is not;
    # with no id, it is typed by its words like any other name NER finds.
    for name in distinct_group_names():
        add("ORG", "", name, exact=False)
    for o in gazetteer.organizations().values():
        for name in (o.name, *o.aliases):
            # "The Atlantic" must not swallow "the Atlantic Council": titles with "The" match exact case.
            # ("RAID", the French police unit, is not the lower-case raid of a story)
            add(ORG_LABEL, f"org:{o.id}", name, exact=name.startswith("The ") or _capitals(name))
        for acr in o.acronyms:
            if acr not in _SKIP_ORG_ACRONYMS and acr not in group_acronyms():
                add(ORG_LABEL, f"org:{o.id}", acr, exact=True)
    for p in gazetteer.places().values():
        if p.type not in _RULER_PLACE_TYPES:
            continue
        for name in (p.name, *p.aliases):
            # Short all-caps aliases ("US", "UK") must match exactly, or "us" would be a country.
            exact = len(name) <= 4 and name.upper() == name
            add(PLACE_LABEL, f"place:{p.id}", name, exact=exact)
    return patterns


# ------------------------------------------------------------------ word lists

TITLE_WORDS = (
    "spokesman|spokeswoman|spokesperson|spokesmen|leader|leaders|chief|head|commander|founder|co-founder|emir|"
    "amir|director|secretary|minister|president|vice\\s+president|chairman|chairwoman|chair|official|officials|"
    "analyst|fellow|researcher|expert|coordinator|ambassador|envoy|senator|member|members|deputy|general|colonel|"
    "officer|soldier|sergeant|captain|staff|adviser|advisor|professor|preacher|ideologue|militant|fighter|"
    "commissioner|prosecutor|judge|governor|mayor|premier|prime\\s+minister|king|prince|head|strategist|"
    "scholar|lecturer|correspondent|reporter|editor|journalist|representative|lawmaker|congressman|"
    "congresswoman|MP|legislator|negotiator|operative|recruiter|propagandist|financier|bomb-maker|cleric|"
    "mufti|sheikh|mullah|lieutenant|major|admiral|marshal|inspector|superintendent|detective|agent|"
    "investigator|counsel|attorney|lawyer|economist|director-general|secretary-general|undersecretary|"
    "quartermaster|treasurer|figure|commissioner|ambassador|associate|affiliate|loyalist|veteran|deputy"
)
TITLE_RE = re.compile(rf"\b(?:{TITLE_WORDS})\b", re.I)

# Malaysia's honours, which stand before a name and are no part of it ("Tan Sri P", "Datuk Seri P")
MALAY_HONOURS = (
    r"Tan\s+Sri|Puan\s+Sri|Datuk\s+Seri|Dato['’]?\s+Seri|Dato['’]?\s+Sri|Datuk|Datin|Dato['’]?(?=\s)"
)

# Titles of address that precede a name and are not part of it.
HONORIFICS = re.compile(
    r"^(?:(?:Gen|Lt|Maj|Col|Capt|Sgt|Cpl|Pvt|Spc|Adm|Brig|Cmdr|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Rev|Sheikh|Mullah|Imam|"
    r"(?:Staff|Master|First|Command|Gunnery)\s+Sergeants?|Sergeants?|Corporal|Lance\s+Corporal|"
    # "Private First Class P": the rank whole, or its last words where NER left "Private" out of the name
    r"(?:(?:Private|Patrolman|Airman|Seaman)\s+)?First\s+Class|Private|"
    r"Specialist|Warrant\s+Officer|Constable|Inspector|Superintendent|Detective|Brigadier|Marshal|Admiral|"
    r"Governor|Mayor|Bishop|Archbishop|Cardinal|Rabbi|"
    # "Special Public Prosecutor Manoj Varghese Kurian": a prosecutor's office before his name
    r"(?:(?:Special|Senior|Chief|Additional|Assistant|Deputy|State|Federal|Public|Crown)\s+){0,2}Prosecutor|"
    r"President|Prime\s+Minister|Minister|Chancellor|Senator|General|Colonel|Major|Captain|Lieutenant|Judge|Justice|"
    r"Ambassador|Secretary|Commander|Chief|King|Queen|Prince|Emir|Ayatollah|Pope|Father|Pastor|Maulana|"
    r"Mawlana|Mufti|Mawlawi|Maulvi|"
    # "Tan Sri Khalid Abu Bakar", "Datuk Seri Ayob Khan": Malaysia's honours before a name are no part of it
    rf"{MALAY_HONOURS}|"
    # "Det Ch Supt Jane Hall", "Det Insp Bell": British police ranks as the papers shorten them
    r"Det|Ch(?=\s+(?:Supt|Insp))|Supt|Insp|"
    r"Interior|Defence|Defense|Foreign|Finance|Home|Armed\s+Forces|Deputy)\.?\s+)+"
)

ROLE_TO_SUBPROPERTY = [
    (re.compile(r"spokes(?:man|woman|person|men)", re.I), "spokespersonOf"),
    (re.compile(r"co-?founder|founder|founded", re.I), "founderOf"),
    # whole words: "pledged" holds "led", and a pledge makes a member, not a leader
    (
        re.compile(
            r"\b(?:leader|chief|head|emir|amir|command|led|leads|heads|took|takes|assumed|seized)", re.I
        ),
        "leaderOf",
    ),
    (
        re.compile(
            r"\b(?:member|fighter|militant|preacher|operative|ideologue|recruiter|figure|joined|loyal|allegiance)",
            re.I,
        ),
        "memberOf",
    ),
]

# Words inside an ORG name that mark an armed group rather than an ordinary organisation.
GROUP_NAME_CUE = re.compile(
    r"\b(?:Brigades?|Battalions?|Jihad|Jihadi|Mujahideen|Mujahidin|Mujahedeen|Lashkar|Jaish|Jaysh|Harakat|Harkat|"
    r"Ansar|Ansaru|Jama'?at|Jamaat|Tehrik|Tehreek|Katiba|Katibat|Kata'?ib|Liberation\s+Army|Liberation\s+Front|"
    r"Liberation\s+Tigers|Islamic\s+State|Caliphate|Emirate|Hezbollah|Hizbullah|Hizb|Ahrar|Jund|Shabaab|Shabab|"
    r"Taliban|Qaeda|Qaida|Martyrs|Militia|Guerrillas?|Insurgents?|Rebels?|Resistance\s+Front|Revolutionary\s+Armed|"
    r"Red\s+Army|Death\s+Squad|Self-Defen[cs]e\s+Forces|Atomwaffen|Wilayat|Wilayah|Province\s+of\s+the\s+Islamic)\b",
    re.I,
)

# Context right after a name that marks it as an armed group: "X militants", "X claimed responsibility".
GROUP_AFTER_CUE = re.compile(
    r"^\s*(?:'s\s+|’s\s+)?(?:militants?|fighters?|gunmen|insurgents?|jihadists?|jihadis|rebels?|guerrillas?|"
    r"militia(?:men)?|mercenar(?:y|ies)|terrorists?|suicide\s+bombers?|bombers?|commanders?|emir|cells?|"
    r"(?:group|faction|militia|outfit|movement|organi[sz]ation)\s+(?:claimed|said|has|had|was|is|which|that|,)|"
    r"claimed\s+(?:responsibility|the\s+attack|credit)|pledged\s+allegiance|has\s+claimed|"
    # "X, a little-known group linked to Y"; "X, a group of about 20 men who trained with weapons"
    r",\s+(?:a|an)\s+(?:(?:little-known|shadowy|clandestine|secretive|small|new|banned|outlawed|violent|"
    r"militant|armed|terrorist|extremist|jihadist|far-right|neo-Nazi|rebel|insurgent|separatist|Islamist)\s+)*"
    r"(?:group|faction|militia|outfit|cell)\s+(?:of\s+(?:about\s+|some\s+|around\s+|at\s+least\s+)?\d+\s+"
    r"(?:men|members|militants|fighters|people)|linked|tied|allied|loyal|affiliated|behind|responsible)|"
    # "X, a smaller group based in the east": a group compared with another the story is about
    r",\s+(?:a|an)\s+(?:smaller|rival|breakaway|splinter)\s+(?:group|faction|outfit)\s+"
    r"(?:based|active|operating|linked|formed))\b",
    re.I,
)
# Context right before a name: "militants of X", "the jihadist group X", "members of the armed group X".
GROUP_BEFORE_CUE = re.compile(
    r"(?:(?:militants?|fighters?|gunmen|insurgents?|jihadists?|rebels?|members)\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?|"
    r"(?:jihadist|militant|terrorist|extremist|armed|insurgent|rebel|separatist|Islamist|paramilitary|"
    r"neo-Nazi|far-right|white\s+supremacist)\s+(?:group|organi[sz]ation|movement|network|faction|outfit|militia)\s*,?\s*"
    r"(?:known\s+as\s+|called\s+)?(?:the\s+)?)$",
    re.I,
)

# "Hamas, their ally": a group apposed as the kin of the subject ("its", "their") is not the subject
KIN_WORDS = r"(?:ally|allies|partner|partners|patron|backer|backers|sponsor)"
KIN_APPOSED_AFTER = re.compile(rf"\s*,\s+(?:their|its)\s+(?:[\w-]+\s+)?{KIN_WORDS}\b", re.I)
# "A group close to al-Mourabitoun, Ansar al-Islam, claimed": the name apposed next is the group close to the first
GROUP_CLOSE_TO_BEFORE = re.compile(
    r"\b(?:an?|one|another)\s+(?:[\w-]+\s+)?(?:group|faction|outfit|cell|militia|movement)\s+"
    r"(?:close|linked|tied|allied|loyal|aligned|affiliated|related)\s+to\s+(?:[^,;]{0,40}?\s+(?:and\s+)?to\s+)?(?:the\s+)?$",
    re.I,
)
# "acting in support of the Palestinians and of Hamas": the group backed, not the one acting
SUPPORTED_BEFORE = re.compile(
    # (not "claimed the attack on behalf of G": the group claims it)
    r"\b(?:in\s+(?:support|solidarity)\s+(?:of|with))\s+(?:the\s+[\w-]+\s+and\s+(?:of\s+)?)?(?:the\s+)?$",
    re.I,
)

ANAPHOR_GROUP = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:[a-z][\w-]*|[A-Z][\w]*-[\w-]+)\s+){0,2}?"
    r"(?:group|organi[sz]ation|movement|outfit|faction|network)\b(?!\s+of\b)(?!\s+(?:said|says)\b)",
)
# "He served as a spokesman for ...": a person named in the sentence before.
ANAPHOR_PERSON = re.compile(
    r"^(?:He|She)\b(?=\s+(?:\w+\s+){0,2}?(?:served|serves|was|is|had|has|became|joined|led|leads|founded|headed|heads|pledged|defected|worked|works)\b)"
)

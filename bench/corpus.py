"""A seeded generator of news-like wire copy about armed groups, for benchmarks.

Names come from kg's own gazetteers (groups, organisations, countries,
provinces and cities) plus generated people and invented local outfits; the
text is built from many sentence templates (attacks with places, dates and
casualty figures, claims and denials, officials and analysts quoted with their
affiliations, alliances, rivalries, splinters, background paragraphs) so the
tokenizer and the NER see varied, realistic input. The same seed always gives
the same files, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg import gazetteer
from kg.extract import lexicon
from kg.extract.dates import MONTH_NAMES, WEEKDAY_NAMES

DEFAULT_SEED = 20240323
ARTICLE_WORDS = 700

# ------------------------------------------------------------------ word pools


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    "Ahmed Mohammed Abdullah Omar Ali Hassan Hussein Ibrahim Yusuf Khalid Tariq Bilal Hamza Zubair "
    "Imran Farid Nasser Walid Karim Samir Rashid Jamal Faisal Hamid Aziz Mustafa Salim Idris Moussa "
    "Amadou Boubacar Ousmane Mamadou Ibrahima Abdoulaye Souleymane Aliyu Musa Babagana Garba Bukar "
    "Abdirahman Abdiweli Hodan Faduma Amina Fatima Aisha Zainab Mariam Layla Nadia Samira Hana Rania "
    "Noor Yasmin Ayesha Shireen Farah Malalai Gulalai Rahimullah Zabihullah Sirajuddin Haqqani Wahid "
    "Asadullah Rohan Priya Arjun Kavita Rajiv Sunil Anjali Michael Sarah David Emily James Rebecca "
    "Thomas Laura Daniel Katherine Robert Helen Peter Claire Andrew Jonathan Elizabeth Matthew Rachel "
    "Christopher Joanna Stephen Olivia Patrick Siobhan Sean Declan Aoife Pierre Camille Jean Sophie "
    "Marc Isabelle Luc Amelie Olivier Nathalie Carlos Maria Jose Lucia Juan Gabriela Diego Valentina "
    "Alejandro Camila Miguel Sofia Dmitry Olga Sergei Natalia Alexei Irina Mikhail Yulia Ivan Anna "
    "Mehmet Ayse Mustafa Elif Emre Zeynep Kemal Selin Bashir Leila Abu Rodrigo Ramon Nur Siti Agus "
    "Dewi Rizal Maria Ferdinand Rodel Jovito Hashim Kojo Ama Chinedu Ngozi Emeka Thabo Lindiwe Kwame "
    "Tunde"
)
SURNAMES = _words(
    "Khan Ahmadi Rahimi Karimi Haidari Sultani Yousufzai Afridi Mehsud Wazir Qureshi Siddiqui "
    "Chaudhry Malik Hussaini Jaber Haddad Khoury Nasrallah Mansour Saleh Hamdan Darwish Barakat "
    "Abboud Said Toure Traore Diallo Keita Coulibaly Sangare Maiga Cisse Diarra Ouedraogo Sawadogo "
    "Kabore Zongo Abubakar Mohammed Shekau Yusuf Adamu Bello Okonkwo Adeyemi Okafor Mwangi Otieno "
    "Kamau Hassan Farah Warsame Abdi Omar Ali Jama Osman Mahamat Deby Idriss Smith Johnson Williams "
    "Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White "
    "Harris Clarke Lewis Walker Hall Allen Young Wright Scott Green Baker Adams Nelson Carter "
    "Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Murphy Kelly "
    "O'Brien O'Neill Gallagher Doherty McGuinness Byrne Dubois Laurent Bernard Moreau Lefebvre Girard "
    "Rousseau Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores "
    "Rivera Gomez Diaz Ivanov Petrov Smirnov Volkov Sokolov Kuznetsov Popov Morozov Yilmaz Demir Kaya "
    "Celik Sahin Ozturk Aydin Santos Reyes Cruz Bautista Dela Cruz Mendoza Villanueva Hapilon Sharma "
    "Gupta Singh Patel Reddy Nair Iyer Das Bose Mukherjee Rahman Hossain Chowdhury Islam Uddin Sarkar "
    "Wijaya Santoso Hidayat Nasution Siregar Zawahiri Mughniyeh Kassem Hamadi Jumaili Dulaimi Obeidi "
    "Tamimi Shammari Zubaidi Juburi Kurdi Barzani Talabani Ocalan Karayilan Bayik Kalkan Aslan Kilic "
    "Arslan Koc Kurt Ozdemir Lakhvi Saeed Azhar Kashmiri"
)
NISBAS = _words(
    "al-Masri al-Iraqi al-Shami al-Libi al-Somali al-Muhajir al-Ansari al-Tunisi al-Maqdisi al- "
    "Baghdadi al-Hashimi al-Qurashi al-Mauritani al-Sudani al-Yemeni al-Khorasani al-Afghani al- "
    "Jazairi al-Maghribi al-Urduni al-Halabi al-Hindi al-Pakistani al-Najdi al-Kuwaiti al-Adnani al- "
    "Turkistani al-Shishani"
)

# An attack and who or what struck, as the lead sentence names them.
ATTACKS = (
    ("suicide bombing", "a suicide bomber"),
    ("car bombing", "a car bomb"),
    ("truck bomb attack", "a truck packed with explosives"),
    ("roadside bomb attack", "a roadside bomb"),
    ("ambush", "gunmen"),
    ("gun attack", "gunmen on motorcycles"),
    ("coordinated assault", "heavily armed attackers"),
    ("mortar attack", "mortar shells"),
    ("rocket attack", "rockets"),
    ("drone attack", "explosive-laden drones"),
    ("raid", "hundreds of fighters"),
    ("kidnapping", "armed men"),
    ("grenade attack", "assailants"),
    ("arson attack", "attackers"),
    ("knife attack", "an assailant"),
    ("massacre", "gunmen"),
)
TARGETS = (
    "a military checkpoint",
    "a crowded market",
    "a mosque during Friday prayers",
    "a police station",
    "a convoy carrying soldiers",
    "a wedding party",
    "a church during Sunday Mass",
    "a hotel popular with foreign visitors",
    "a girls' school",
    "a village",
    "an army base",
    "a bus station",
    "a gold mine",
    "a camp for displaced families",
    "a government compound",
    "a polling station",
    "a hospital",
    "a refugee settlement",
    "a border post",
    "a cattle market",
    "a university campus",
    "a shrine",
    "a concert hall",
    "a fuel depot",
    "an oil pipeline",
    "a passenger train",
    "a courthouse",
    "a prison",
    "a customs office",
    "a mobile phone mast",
    "a ferry terminal",
    "a gathering of tribal elders",
    "an aid convoy",
    "the offices of a local radio station",
)
VICTIMS = (
    "people",
    "civilians",
    "soldiers",
    "police officers",
    "worshippers",
    "villagers",
    "passengers",
    "students",
    "miners",
    "shoppers",
    "militiamen",
    "aid workers",
    "border guards",
    "pro-government fighters",
    "farmers",
    "herders",
)
WOUND_VERBS = ("wounding", "injuring", "leaving wounded")
KILL_VERBS = ("killing", "leaving dead", "claiming the lives of")
SAY_VERBS = (
    "said",
    "told reporters",
    "said in a statement",
    "told local media",
    "said on Thursday",
    "said by telephone",
    "told a news conference",
    "wrote on social media",
    "said late on Monday",
)
SMALL = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
OFFICIAL_TITLES = (
    "spokesman",
    "spokeswoman",
    "official",
    "senior official",
    "deputy minister",
    "regional commander",
    "security adviser",
    "press officer",
    "director",
)
EXPERT_TITLES = (
    "analyst",
    "senior fellow",
    "researcher",
    "director",
    "professor",
    "security consultant",
    "programme director",
    "research associate",
)
LEADER_TITLES = (
    "leader",
    "commander",
    "emir",
    "spokesman",
    "founder",
    "deputy leader",
    "chief of staff",
    "senior commander",
    "military chief",
)
OUTFIT_HEADS = (
    "Martyrs Brigade",
    "Liberation Front",
    "Defence Forces",
    "Resistance Movement",
    "Revolutionary Brigades",
    "Popular Mobilisation Battalion",
    "Mujahideen Council",
    "Self-Defence Militia",
    "Lions Battalion",
    "Islamic Army",
)
OUTFIT_PREFIXES = ("Ansar al-", "Jaish al-", "Katibat al-", "Harakat al-", "Liwa al-", "Saraya al-")
OUTFIT_WORDS = (
    "Haqq",
    "Furqan",
    "Tawhid",
    "Nasr",
    "Islam",
    "Sunna",
    "Fath",
    "Qassam",
    "Mahdi",
    "Umma",
    "Jihad",
    "Khilafa",
    "Shariah",
    "Rahman",
    "Bayan",
)
TOPICS = (
    "the price of bread has nearly doubled since the fighting began",
    "schools in the district have been closed for most of the year",
    "aid agencies say access to the worst-hit areas is limited",
    "farmers have abandoned their fields for fear of attack",
    "the local economy depends on remittances and smuggling",
    "elections scheduled for next year may be postponed",
    "peace talks brokered by regional governments stalled in the spring",
    "drought has pushed herders into land held by settled farmers",
    "mobile networks are often cut for days at a time",
    "thousands of families have fled to camps near the provincial capital",
    "human rights groups have accused the security forces of abuses",
    "the army has relied increasingly on local militias",
    "foreign troops withdrew from the area two years ago",
    "sanctions have frozen the assets of several alleged financiers",
    "a cholera outbreak has spread through the displacement camps",
    "gold mining has become a key source of revenue for armed groups",
    "kidnapping for ransom has become a lucrative business",
    "roads to the border are mined and rarely travelled",
    "local officials complain that the capital has forgotten them",
    "the government has offered an amnesty to fighters who surrender",
)
ADJECTIVES = ("deadliest", "most brazen", "worst", "bloodiest", "most serious", "latest", "most audacious")
REPORTING = ("Reporting by", "Additional reporting by", "Writing by", "Editing by")


# Country names written with "the" in running text.
_THE_COUNTRY = re.compile(
    r"^(?:United |Democratic Republic|Central African|Philippines|Netherlands|Gambia|Bahamas|Czech|Dominican|"
    r"Maldives|Comoros|Solomon|Marshall|Republic|Gaza|West Bank|Sahel|Ivory)"
)


@dataclass(frozen=True, slots=True)
class Group:
    """A gazetteer group as the generator writes about it."""

    name: str
    short: str
    aliases: tuple[str, ...]
    parent: str | None
    formed_from: tuple[str, ...]
    countries: tuple[str, ...]
    provinces: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Country:
    """A country with the provinces, cities, organisations and groups the generator may name."""

    id: str
    name: str
    ref: str
    cities: tuple[str, ...]
    provinces: tuple[str, ...]
    security: tuple[str, ...]
    government: tuple[str, ...]
    media: tuple[str, ...]
    groups: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Names drawn from kg's gazetteers, grouped the way the templates use them."""

    groups: tuple[Group, ...]
    countries: dict[str, Country]
    country_list: tuple[Country, ...]
    security: tuple[str, ...]
    government: tuple[str, ...]
    think_tanks: tuple[str, ...]
    media: tuple[str, ...]
    internationals: tuple[str, ...]
    ngos: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CorpusInfo:
    """What `write_corpus` wrote: the folder, its files and their words (as `kg build` counts them)."""

    folder: Path
    files: tuple[Path, ...]
    words: int


def _plain(name: str) -> bool:
    """Whether a name is plain text a wire story would use as written (no qualifiers in brackets)."""
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9 .,'&-]*", name)) and len(name) < 60


# Last words of media names that take "the" ("the Daily Trust", but "Reuters", "Al Jazeera").
_MEDIA_WITH_THE = re.compile(
    r" (?:News|Times|Post|Agency|Journal|Guardian|Tribune|Herald|Telegraph|Trust|Express|Standard|Review|"
    r"Monitor|Independent|Network|Service|Observer|Gazette|Mail|Chronicle|Star|Dawn|Nation|Press)$"
)


def _the(name: str) -> str:
    return name if name.startswith("The ") else f"the {name}"


def _media_ref(name: str) -> str:
    return _the(name) if _MEDIA_WITH_THE.search(name) else name


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The gazetteer names the generator draws on, in a fixed order."""
    places = gazetteer.places()
    cities: dict[str, list[tuple[int, str]]] = {}
    provinces: dict[str, list[str]] = {}
    for pid in sorted(places):
        p = places[pid]
        if p.country and _plain(p.name):
            if p.type == "City":
                cities.setdefault(p.country, []).append((-(p.population or 0), p.name))
            elif p.type == "Province":
                provinces.setdefault(p.country, []).append(p.name)
    orgs = [o for o in gazetteer.organizations().values() if _plain(o.name) and not o.name.startswith("The ")]

    def org_refs(
        kinds: tuple[str, ...], country: str | None = None, everywhere: bool = False
    ) -> tuple[str, ...]:
        return tuple(_the(o.name) for o in orgs if o.type in kinds and (everywhere or o.country == country))

    security_kinds = ("Military", "Police", "Agency")
    government_kinds = ("Government", "Legislature", "Court")
    groups: list[Group] = []
    for g in lexicon.groups().values():
        cids: list[str] = []
        provs: list[str] = []
        for region in g.regions:
            ids = gazetteer.lookup_place(region)
            entry = places.get(ids[0]) if ids else None
            if entry is None or entry.country not in cities:
                continue
            cids.append(entry.country)
            if entry.type in ("Province", "Region") and entry.id != entry.country and _plain(entry.name):
                provs.append(entry.name)
        if not cids:
            continue
        parent = lexicon.groups().get(g.parent) if g.parent else None
        formed = tuple(lexicon.groups()[f].name for f in g.formed_from if f in lexicon.groups())
        short = next((a for a in g.acronyms if len(a) <= 8), "")
        aliases = tuple(a for a in g.aliases if _plain(a))[:4]
        groups.append(
            Group(g.name, short, aliases, parent.name if parent else None, formed, tuple(cids), tuple(provs))
        )
    countries: dict[str, Country] = {}
    for pid in sorted(places):
        p = places[pid]
        if p.type != "Country" or pid not in cities:
            continue
        ref = f"the {p.name}" if _THE_COUNTRY.match(p.name) else p.name
        countries[pid] = Country(
            id=pid,
            name=p.name,
            ref=ref,
            cities=tuple(name for _, name in sorted(cities[pid])[:40]),
            provinces=tuple(provinces.get(pid, ())),
            security=org_refs(security_kinds, pid)
            or (f"{ref}'s army", f"{ref}'s police", f"{ref}'s interior ministry"),
            government=org_refs(government_kinds, pid)
            or (f"{ref}'s government", f"{ref}'s foreign ministry", f"{ref}'s presidency"),
            media=tuple(_media_ref(o.name) for o in orgs if o.type == "Media" and o.country == pid),
            groups=tuple(g.name for g in groups if pid in g.countries),
        )
    return Vocabulary(
        groups=tuple(groups),
        countries=countries,
        country_list=tuple(countries.values()),
        security=org_refs(security_kinds, everywhere=True),
        government=org_refs(government_kinds, everywhere=True),
        think_tanks=org_refs(("ThinkTank", "University"), everywhere=True),
        media=tuple(_media_ref(o.name) for o in orgs if o.type == "Media"),
        internationals=org_refs(("International",), everywhere=True),
        ngos=org_refs(("NGO",), everywhere=True),
    )


# ------------------------------------------------------------------ one article


def _an(word: str) -> str:
    return f"{'an' if word[:1].lower() in 'aeio' else 'a'} {word}"


def _capitalised(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


class _Article:
    """The running state of one article: its subject, place, date and the people it has quoted."""

    def __init__(self, rng: random.Random, vocab: Vocabulary, date: dt.date) -> None:
        self.rng = rng
        self.vocab = vocab
        self.date = date
        self.group = rng.choice(vocab.groups)
        self.country = vocab.countries[rng.choice(self.group.countries)]
        self.city = rng.choice(self.country.cities)
        self.province = rng.choice(self.group.provinces or self.country.provinces or (self.country.ref,))
        self.attack, self.attacker = rng.choice(ATTACKS)
        self.target = rng.choice(TARGETS)
        self.killed = _casualties(rng, 2, 90)
        self.wounded = _casualties(rng, 2, 160)
        self.named = False
        self.people: list[str] = []
        self.used: dict[str, set[int]] = {}

    def pick(self, seq: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(seq)

    def fresh(self, role: str, count: int) -> int:
        """An index in range(count) not yet used for `role` in this article, while any are left."""
        used = self.used.setdefault(role, set())
        if len(used) >= count:
            used.clear()
        while (i := self.rng.randrange(count)) in used:
            pass
        used.add(i)
        return i

    def group_ref(self, modifier: bool = False) -> str:
        """The main group, named in full the first time and by its short form or an alias afterwards.

        A `modifier` ("ABT fighters", "an ABT member") is never "the group".
        """
        g = self.group
        if not self.named:
            self.named = True
            return f"{g.name} ({g.short})" if g.short and self.rng.random() < 0.6 else g.name
        r = self.rng.random()
        if g.short and r < 0.5:
            return g.short
        if g.aliases and r < 0.6:
            return self.pick(g.aliases)
        return g.name if r < 0.8 or modifier else "the group"

    def other_group(self) -> str:
        """Another group, usually one active in the same country."""
        local = [n for n in self.country.groups if n != self.group.name]
        if local and self.rng.random() < 0.8:
            return self.pick(local)
        return self.pick(self.vocab.groups).name

    def outfit(self) -> str:
        """An invented local armed group, named as the NER must discover it."""
        rng = self.rng
        if rng.random() < 0.5:
            return f"{rng.choice(OUTFIT_PREFIXES)}{rng.choice(OUTFIT_WORDS)}"
        return f"the {rng.choice(self.country.cities)} {rng.choice(OUTFIT_HEADS)}"

    def person(self, new: bool = False) -> str:
        """A generated name, or now and then the surname of someone already named."""
        rng = self.rng
        if not new and self.people and rng.random() < 0.15:
            return self.pick(self.people).split()[-1]
        if rng.random() < 0.12:
            name = f"Abu {rng.choice(FIRST_NAMES)} {rng.choice(NISBAS)}"
        else:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        self.people.append(name)
        return name

    def security(self) -> str:
        local = self.country.security
        return self.pick(local if self.rng.random() < 0.9 else self.vocab.security)

    def government(self) -> str:
        return self.pick(self.country.government)

    def media(self) -> str:
        local = self.country.media
        return self.pick(local if local and self.rng.random() < 0.5 else self.vocab.media)

    def when(self) -> str:
        """A date phrase relative to the article's date, as wire copy writes them."""
        rng = self.rng
        past = self.date - dt.timedelta(days=rng.randint(1, 6))
        choice = rng.randrange(7)
        if choice == 0:
            return f"on {WEEKDAY_NAMES[past.weekday()]}"
        if choice == 1:
            return f"late on {WEEKDAY_NAMES[past.weekday()]}"
        if choice == 2:
            return f"on {MONTH_NAMES[past.month - 1]} {past.day}"
        if choice == 3:
            return f"on {past.day} {MONTH_NAMES[past.month - 1]}"
        if choice == 4:
            return "last week"
        if choice == 5:
            return f"early on {WEEKDAY_NAMES[past.weekday()]} morning"
        return "overnight"

    def weekday(self) -> str:
        return WEEKDAY_NAMES[(self.date - dt.timedelta(days=self.rng.randint(1, 6))).weekday()]

    def hour(self) -> str:
        h = self.rng.randint(1, 14)
        return {13: "midnight", 14: "dawn"}.get(h, f"{h} {self.pick(('a.m.', 'p.m.'))}")

    def year(self, back: int = 25) -> str:
        return str(self.date.year - self.rng.randint(2, back))

    def number(self, lo: int, hi: int) -> str:
        n = self.rng.randint(lo, hi)
        return SMALL[n - 2] if 2 <= n < len(SMALL) + 2 and self.rng.random() < 0.5 else f"{n:,}"

    def count(self, n: int) -> str:
        """A casualty figure as reporters write it."""
        if 2 <= n < len(SMALL) + 2 and self.rng.random() < 0.6:
            return SMALL[n - 2]
        return f"{'at least ' if self.rng.random() < 0.5 else ''}{n}"

    def official(self) -> str:
        """A named official with title and affiliation, ending with a comma when it is an apposition."""
        if self.rng.random() < 0.7:
            return f"{self.person(new=True)}, {_an(self.pick(OFFICIAL_TITLES))} for {self.security()},"
        title = self.pick(
            ("police chief", "district governor", "mayor", "provincial governor", "deputy governor")
        )
        return f"{self.city} {title} {self.person(new=True)}"

    def expert(self) -> str:
        """A named analyst with the institution they work for, as an apposition."""
        title = self.pick(EXPERT_TITLES)
        return f"{self.person(new=True)}, {_an(title)} at {self.pick(self.vocab.think_tanks)},"

    def quote(self) -> str:
        a = self
        lines = (
            f"This is a clear attempt to show that {a.group.short or 'the group'} can still strike "
            "where it wants",
            "We are dealing with an enemy that adapts faster than our institutions",
            f"The security situation in {a.province} has deteriorated sharply over the past "
            f"{a.number(2, 18)} months",
            "They want to humiliate the state and frighten anyone who cooperates with it",
            f"Nobody in {a.city} feels safe any more, not in the market and not at home",
            "Our forces responded quickly and the situation is now under control",
            "The attackers knew exactly when the guards would change shifts",
            f"There is a real risk that the violence spills over into {a.pick(a.vocab.country_list).ref}",
            "What we are seeing is a competition between jihadist brands for recruits and money",
            "The government has promised reinforcements many times, and none have come",
            "It was a massacre. They went from house to house",
            "We will hunt down those responsible and bring them to justice",
            f"Without a political settlement in {a.country.ref}, the military campaign will not succeed",
            "My brother went to buy bread and never came back",
        )
        return lines[self.fresh("quote", len(lines))]


def _casualties(rng: random.Random, lo: int, hi: int) -> int:
    """A casualty count, small numbers far more likely than large ones."""
    return min(hi, lo + int(rng.expovariate(6 / (hi - lo))))


Template = Callable[[_Article], str]


def _templates() -> dict[str, tuple[Template, ...]]:
    """Sentence templates by paragraph role."""
    lead: tuple[Template, ...] = (
        lambda a: (
            f"{_capitalised(a.attacker)} {a.pick(('struck', 'targeted', 'hit', 'attacked'))} {a.target} "
            f"in {a.city} {a.when()}, {a.pick(KILL_VERBS)} {a.count(a.killed)} {a.pick(VICTIMS)} and "
            f"{a.pick(WOUND_VERBS)} {a.count(a.wounded)} others, officials said."
        ),
        lambda a: (
            f"At least {a.killed} {a.pick(VICTIMS)} were killed and {a.wounded} wounded when "
            f"{a.pick(('a', 'an apparent', 'a suspected'))} {a.attack} hit {a.target} in {a.province} "
            f"{a.when()}, {a.pick(('local officials', 'security sources', 'witnesses', 'hospital staff'))} "
            "said."
        ),
        lambda a: (
            f"{a.group_ref()} claimed responsibility for {_an(a.attack)} on {a.target} near {a.city} "
            f"{a.when()} that killed {a.count(a.killed)} {a.pick(VICTIMS)}."
        ),
        lambda a: (
            f"The death toll from {a.weekday()}'s {a.attack} in {a.city} rose to {a.killed}, with "
            f"{a.count(a.wounded)} more people being treated for their injuries, "
            f"{a.pick(('the health ministry', 'the local Red Crescent', 'police'))} said."
        ),
    )
    claim: tuple[Template, ...] = (
        lambda a: (
            f"{a.group_ref()} claimed responsibility in a statement posted on "
            f"{a.pick(('Telegram', 'its Amaq news agency', 'a jihadist website', 'social media'))}, "
            "saying its "
            f'fighters had targeted "{a.pick(("apostate", "crusader", "enemy", "occupation"))} forces".'
        ),
        lambda a: (
            f"No group immediately claimed the attack, but {a.pick(('officials', 'the army', 'analysts'))} "
            f"blamed {a.group_ref()}, which has been active in {a.province} for years."
        ),
        lambda a: f"{a.group_ref()} denied any involvement and accused {a.security()} of staging the attack.",
        lambda a: (
            f"Suspicion fell on {a.group_ref()}, although {a.other_group()} has also carried out "
            f"similar attacks in the area."
        ),
        lambda a: (
            f"A previously unknown outfit calling itself {a.outfit()} said it had carried out the "
            f"{a.attack}, a claim that could not be independently verified."
        ),
        lambda a: (
            f"In an audio message, {a.group_ref(True)} {a.pick(LEADER_TITLES)} {a.person()} said the "
            f"attack was revenge for the killing of {a.number(2, 40)} of its members."
        ),
        lambda a: (
            f"Officials attributed the {a.attack} to {a.group_ref()}, citing intercepted communications "
            f"and the testimony of a captured attacker."
        ),
    )
    officials: tuple[Template, ...] = (
        lambda a: f'"{a.quote()}," {a.official()} {a.pick(SAY_VERBS)}.',
        lambda a: (
            f"{a.official()} said {a.count(a.rng.randint(2, 14))} suspects had been arrested "
            f"and that {a.pick(('a curfew', 'a state of emergency', 'a ban on motorcycles'))} "
            "had been imposed in "
            f"{a.city}."
        ),
        lambda a: (
            f"{_capitalised(a.government())} condemned the attack and declared {a.number(2, 7)} days of "
            f"national mourning."
        ),
        lambda a: (
            f"{_capitalised(a.pick(a.vocab.internationals))} "
            f"{a.pick(('Secretary-General', 'envoy', 'spokesperson'))} {a.person()} called the attack "
            f'"{a.pick(("abhorrent", "cowardly", "a grave violation", "senseless"))}" '
            "and urged authorities to "
            f"protect civilians."
        ),
        lambda a: (
            f"Witnesses told {a.media()} that the attackers arrived on "
            f"{a.pick(('motorcycles', 'pick-up trucks', 'foot', 'a stolen ambulance'))} "
            f"shortly after {a.hour()} and "
            f"opened fire."
        ),
        lambda a: (
            f"Security forces sealed off {a.city} and launched a search for the surviving "
            f"{a.pick(('attackers', 'suspects', 'gunmen', 'militants'))}, {a.security()} said."
        ),
        lambda a: f"{a.official()} said the victims included {a.number(2, 9)} children and a local imam.",
    )
    analysis: tuple[Template, ...] = (
        lambda a: f'"{a.quote()}," said {a.expert()[:-1]}.',
        lambda a: (
            f"{a.expert()} said the attack showed {a.group_ref()} had regained the ability to operate "
            f"in {a.pick(a.country.cities)} despite years of military pressure."
        ),
        lambda a: (
            f"According to data compiled by {a.pick(a.vocab.think_tanks)}, attacks in "
            f"{a.country.ref} rose by {a.rng.randint(5, 80)} percent in {a.year(4)}."
        ),
        lambda a: (
            f"Analysts say {a.group_ref()} is competing with {a.other_group()} for recruits, money "
            f"and territory along the border with {a.pick(a.vocab.country_list).ref}."
        ),
        lambda a: (
            f"{_capitalised(a.security())} estimates that the group has between "
            f"{a.rng.randint(2, 9) * 100} and {a.rng.randint(10, 40) * 100} fighters."
        ),
        lambda a: (
            f'"{a.quote()}," {a.expert()} wrote in a report published '
            f"{a.pick(('this month', 'in May', 'last year'))}."
        ),
    )
    background: tuple[Template, ...] = (
        lambda a: (
            f"{a.group.name} was founded in {a.year()} and has operated mainly in "
            f"{a.pick(a.country.provinces or (a.country.ref,))}."
        ),
        lambda a: (
            f"{a.group.name} is an affiliate of {a.group.parent}."
            if a.group.parent
            else f"{a.group_ref()} pledged allegiance to {a.other_group()} in {a.year(12)}."
        ),
        lambda a: (
            f"The group broke away from {a.pick(a.group.formed_from)} in {a.year()} after a dispute over "
            f"{a.pick(('leadership', 'strategy', 'money', 'negotiations with the government'))}."
            if a.group.formed_from
            else f"A faction led by {a.person()} split from {a.group_ref()} in {a.year(10)} and formed "
            f"{a.outfit()}."
        ),
        lambda a: (
            f"{a.group_ref()} has fought {a.other_group()} for control of smuggling routes in "
            f"{a.province}, and the two groups are bitter rivals."
        ),
        lambda a: (
            f"{a.group_ref()} is allied with {a.other_group()}, and fighters from both have been "
            f"seen operating together near {a.pick(a.country.cities)}."
        ),
        lambda a: (
            f"{a.group_ref()} is designated a terrorist organisation by {a.government()} and "
            f"{a.pick(a.vocab.internationals)}."
        ),
        lambda a: (
            f"Its {a.pick(LEADER_TITLES)}, {a.person()}, was killed in "
            f"{a.pick(('a drone strike', 'a raid', 'an air strike', 'a clash with rivals'))} in {a.year(8)}."
        ),
        lambda a: (
            f"In {MONTH_NAMES[a.rng.randrange(12)]} {a.year(10)}, {a.group_ref(True)} fighters attacked "
            f"{a.pick(TARGETS)} in {a.pick(a.country.cities)}, killing {a.rng.randint(3, 120)} people."
        ),
        lambda a: (
            f"{a.person()}, who leads {a.group_ref()}, has a bounty of ${a.rng.randint(1, 10)} million on "
            f"his head."
        ),
    )
    operations: tuple[Template, ...] = (
        lambda a: (
            f"{_capitalised(a.security())} said it had killed {a.number(2, 60)} militants in air strikes "
            f"on {a.group_ref(True)} hideouts in {a.province} {a.when()}."
        ),
        lambda a: (
            f"A court in {a.pick(a.country.cities)} sentenced {a.person()}, {_an(a.group_ref(True))} member, "
            f"to {a.number(5, 30)} years in prison for a role in {_an(a.pick(ATTACKS)[0])} in {a.year(6)}."
        ),
        lambda a: (
            f"{_capitalised(a.government())} added {a.person()}, whom it described as a financier of "
            f"{a.group_ref()}, to its sanctions list."
        ),
        lambda a: (
            f"{a.number(2, 30)} hostages seized by {a.group_ref()} in {a.pick(a.country.cities)} were "
            "released after negotiations led by "
            f"{a.pick(('tribal elders', 'religious leaders', 'Qatari mediators'))}."
        ),
        lambda a: (
            f"Thousands of mourners attended funerals in {a.city} for the victims, many of whom were "
            f"buried in a single cemetery on the edge of town."
        ),
    )
    context: tuple[Template, ...] = (
        lambda a: f"In {a.province}, {a.pick(TOPICS)}.",
        lambda a: f"Residents of {a.city} say {a.pick(TOPICS)}.",
        lambda a: (
            f"{_capitalised(a.pick(a.vocab.ngos or a.vocab.internationals))} warned that {a.pick(TOPICS)}, "
            f"and that {a.rng.randint(2, 900):,},000 people need humanitarian assistance in {a.country.ref}."
        ),
        lambda a: (
            f"The attack was the {a.pick(ADJECTIVES)} in {a.country.ref} since {a.year(6)}, when "
            f"{a.other_group()} killed {a.rng.randint(10, 200)} people in {a.pick(a.country.cities)}."
        ),
        lambda a: (
            f"{_capitalised(a.country.ref)}'s government has struggled to contain the insurgency, and "
            f"{a.pick(TOPICS)}."
        ),
        lambda a: (
            f"Diplomats in {a.pick(a.country.cities)} said {a.pick(TOPICS)}, while monitors from "
            f"{a.pick(a.vocab.internationals)} reported new clashes."
        ),
    )
    return {
        "lead": lead,
        "claim": claim,
        "officials": officials,
        "analysis": analysis,
        "background": background,
        "operations": operations,
        "context": context,
    }


_TEMPLATES = _templates()
# The order of a typical wire story; after that, paragraphs of any role.
_PLAN = (
    "claim",
    "officials",
    "analysis",
    "background",
    "operations",
    "officials",
    "context",
    "background",
    "analysis",
    "context",
)


def _sentence(a: _Article, role: str) -> str:
    options = _TEMPLATES[role]
    return _capitalised(options[a.fresh(role, len(options))](a))


def article(rng: random.Random, vocab: Vocabulary, date: dt.date, budget: int) -> str:
    """One article of about `budget` words, headline and dateline included, without its date line."""
    a = _Article(rng, vocab, date)
    area = a.province if a.province != a.country.ref else a.city
    headline = rng.choice(
        (
            f"{a.killed} killed in {a.attack} in {a.city}",
            f"{a.group.short or a.group.name} claims {a.attack} on {a.target.removeprefix('a ')}",
            f"{a.country.name}: {a.attack} kills {a.killed} in {a.province}",
            f"Gunmen kill {a.killed} in {a.country.ref}'s {area}",
            f"{a.city} reels after {a.attack} blamed on {a.group.short or a.group.name}",
        )
    )
    dateline = f"{a.city.upper()}, {a.country.name} ({a.media().removeprefix('the ')}) - "
    paragraphs = [_capitalised(headline), dateline + _sentence(a, "lead")]
    words = sum(len(p.split()) for p in paragraphs)
    step = 0
    while words < budget:
        role = _PLAN[step] if step < len(_PLAN) else rng.choice(_PLAN)
        step += 1
        para = " ".join(_sentence(a, role) for _ in range(rng.randint(1, 4)))
        paragraphs.append(para)
        words += len(para.split())
    if rng.random() < 0.4:
        paragraphs.append(f"({rng.choice(REPORTING)} {a.person()}; {rng.choice(REPORTING)} {a.person()})")
    return "\n\n".join(paragraphs) + "\n"


def articles(words: int, seed: int = DEFAULT_SEED) -> Iterator[tuple[dt.date, str]]:
    """Dated articles of about 700 words each, totalling about `words` words, always the same for a seed."""
    rng = random.Random(seed)
    vocab = vocabulary()
    start = dt.date(2008, 1, 1)
    left = words
    while left > 0:
        budget = min(left, max(150, int(rng.gauss(ARTICLE_WORDS, 120))))
        date = start + dt.timedelta(days=rng.randrange(17 * 365))
        text = article(rng, vocab, date, budget)
        left -= len(text.split())
        yield date, text


def write_corpus(folder: str | Path, words: int, seed: int = DEFAULT_SEED) -> CorpusInfo:
    """Write `articles(words, seed)` into `folder` as `.txt` files with a ` date YYYY-MM-DD` first line."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    files = []
    total = 0
    for i, (date, text) in enumerate(articles(words, seed)):
        path = out / f"article_{i:05d}.txt"
        path.write_text(f" date {date.isoformat()}\n{text}", encoding="utf-8")
        files.append(path)
        total += len(text.split())
    return CorpusInfo(out, tuple(files), total)

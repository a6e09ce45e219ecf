"""Text helpers and patterns several mention finders share: cleaning a name, words that are no names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from kg import gazetteer
from kg.extract import dates, lexicon
from kg.model import EntityType, Mention

# Patterns built from a document's names ("the names NER found, as whole words"): compiled once per name
# across documents, and kept out of `re`'s own small cache, where they pushed out the rules' patterns.
name_pattern = lru_cache(maxsize=4096)(re.compile)


def place_mention(
    text: str,
    place: gazetteer.PlaceEntry,
    doc_id: str,
    start: int,
    end: int,
    sentence_index: int,
    confidence: float,
) -> Mention:
    """A mention of a gazetteer place, under the place's own name and kind."""
    return Mention(
        text,
        place.name,
        EntityType.LOCATION,
        doc_id,
        start,
        end,
        sentence_index,
        confidence,
        f"place:{place.id}",
        place.type,
    )


NER_TYPES = {
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.LOCATION,
    "LOC": EntityType.LOCATION,
    "FAC": EntityType.LOCATION,
    "NORP": None,
    lexicon.GROUP_LABEL: EntityType.GROUP,
    lexicon.ORG_LABEL: EntityType.ORGANIZATION,
    lexicon.PLACE_LABEL: EntityType.LOCATION,
}
FACILITY_HEAD = re.compile(
    r"\b(?:Hall|Airport|Embassy|Consulate|Hotel|Mall|Cathedral|Church|Mosque|Synagogue|Temple|Shrine|Stadium|"
    r"Arena|Square|Market|Bazaar|Street|Road|Avenue|Bridge|Station|Base|Camp|Barracks|Prison|Jail|Palace|Castle|Fortress|Citadel|"
    r"Theatre|Theater|Club|Cafe|Café|Restaurant|Bakery|Supermarket|Nightclub|Cinema|Hospital|School|Academy|"
    r"Medical\s+Cent(?:re|er)|Clinic|Infirmary|"
    r"Compound|Checkpoint|Port|Harbour|"
    r"Harbor|Terminal|Plaza|Gate|Park|Reserve|Forest|Dam|Refinery|Plant|Field|Mountains?|Valley|River|Lake|"
    r"Highway|Motorway|Expressway|Cantonment|Garrison|Cemetery|Graveyard|"
    # "the Ankara Western Courthouse": the building where a court sits, a target as a hotel is
    r"Courthouse|Courthouses|"
    # "the Litoral Penitentiary", "the Lakeview Guesthouse": a prison or a guesthouse by name
    r"Penitentiary|Guesthouse|"
    # natural features and sites are often written in lower case: "the Kouré giraffe reserve"
    r"reserve|forest|park|camp|base|market|mosque|church|hotel|airport|prison|checkpoint)\b(?<!Federal Reserve)"
)
# "Thalassa Bulk Carriers", "Meridian Logistics Ltd": the last word of a firm's name
COMPANY_SUFFIX = re.compile(
    r"\s(?:Ltd|Limited|Inc|LLC|PLC|plc|Corp|Corporation|Co|GmbH|S\.A|SA|AG|NV|BV|SpA|Holdings|Shipping|"
    r"Tankers|Carriers|Maritime|Logistics|Navigation|Consulting|Advisory|Airlines|Airways|Petroleum|Mining|Security|"
    r"Management|Partners|Resources)\.?$"
)
GOV_ORG_HEAD = re.compile(
    r"\b(?:Army|Police|Ministry|Department|Court|Council|Agency|Command|Forces|Service|Office|Parliament|Senate|Committee|Commission|Government|Bureau)\b"
)
# Not a name: no letters, a lower-case start (but for Arabic and other particles: al-Qaeda, bin Laden), long digit runs,
# too long, or a last word that cannot end one.
JUNK = re.compile(
    r"^(?:[^A-Za-zÀ-ÿ]*|(?!(?:al|el|ad|ar|as|ash|at|az|an|ath|bin|ibn|abu|de|van|von|da|di|du|la|le|ul)[-\s’'])[a-z].*|"
    r".*(?<!\d)\d{3,}(?!\d|st\b|nd\b|rd\b|th\b).*|.{80,}|.*-(?:based|backed|linked|born|led|style|held|controlled|inspired)|"
    # "Fighters of": a name does not end on a preposition or an article (NER cut off the rest)
    r".*\s(?:of|for|and|the|in|on|at|to|with|by|from)|"
    # "Oct 14", "Sept. 3": a dateline's day, written short, is no name
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2})$",
    re.S,
)
LEADING = re.compile(r"^(?:the|The|THE|a|an|Our|our|Their|Its|His|Her|My|Your)\s+")
# "Centre for Democracy and Development (CDD": an acronym NER cut in two belongs to no name
# The start of a line, past Markdown's heading and list marks: what opens a heading or a brief's list item
LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t#*]*$")
_TRAILING = re.compile(r"(?:'s|’s|'|’|\s*[-–—,.:;*_]+|\s*\([^()]*)$")
_QUOTES = "\"'“”‘’«»"


# Cached: a document names the same few people and bodies again and again, and each is cleaned each time.
@lru_cache(maxsize=1 << 14)
def clean(text: str, titles: bool = True) -> str:
    """A name without its article, quotes, trailing punctuation and (unless `titles` is False) titles.

    An organisation keeps the words a title would lose: "Foreign Office" is not "Office".
    """
    text = text.strip().strip(_QUOTES).strip()
    # "Later the Court of Appeal agreed": a sentence adverb NER took into the name
    text = _OPENING_ADVERB.sub("", text)
    text = LEADING.sub("", text)
    # "identified only as Thomas K. under German privacy rules": NER ran on past a surname's initial
    text = _AFTER_INITIAL.sub("", text)
    # "the Martyrs' Cemetery where Qassem Soleimani is buried": NER ran on into the clause that follows
    text = _RELATIVE_CLAUSE.sub("", text)
    prev = None
    # "Jörg S.": a surname cut to its initial keeps its full stop (German courts name defendants so)
    while prev != text and not re.search(r"\s[A-Z]\.$", text):
        prev = text
        text = _TRAILING.sub("", text).strip().strip(_QUOTES).strip()
    if not titles:
        return text
    # "Anne Whitfield KC", "Tunde Bello SAN": the letters of a senior barrister's rank after the name are no part of it
    text = POST_NOMINAL.sub("", text)
    stripped, prev = text, None
    while stripped != prev:
        prev = stripped
        stripped = lexicon.HONORIFICS.sub("", RANK.sub("", stripped, count=1))
    # "Mullah Sahib", "Sheikh Dardar": a religious title before a single name is part of how he is known
    if stripped != text and " " not in stripped and KNOWN_BY_TITLE.match(text):
        return text
    # "Emir K.", "Prince T.": a name the press cut to one initial keeps the word before it, title-shaped or
    # not (a given name such as Emir or Prince); an initial alone names no one
    if (
        stripped != text
        and re.fullmatch(r"[A-Z]\.", stripped)
        and re.fullmatch(r"[A-Z][a-z]+\s+[A-Z]\.", text)
    ):
        return text
    # "General Hospital", "Chief Court": a title-shaped word before a building's or a body's head is its name
    if (
        stripped != text
        and " " not in stripped
        and (FACILITY_HEAD.fullmatch(stripped) or GOV_ORG_HEAD.fullmatch(stripped))
    ):
        return text
    # "the King Fahd Stadium", "Queen Alia Airport": a royal title before a named building is its name's
    if stripped != text and _ROYAL_FIRST.match(text) and _BUILDING_LAST.search(stripped):
        return text
    return stripped


_ROYAL_FIRST = re.compile(r"^(?:King|Queen|Prince|Princess|Lady|Sultan|Emir)\s+[A-Z]")
_BUILDING_LAST = re.compile(
    r"\s(?:Stadium|Bridge|Airport|Hospital|University|Hall|Palace|Mosque|Park|Square|Road|Street|Avenue|Highway|"
    r"Port|Dam|Crossing|Air\s+Base|Base|Cent(?:re|er)|Medical\s+City)$"
)
# ("Crown prosecutor Liam Hart SC": Senior Counsel, as Australian and Sri Lankan bars call the rank)
POST_NOMINAL = re.compile(r"(?<=[a-z])\s+(?:KC|QC|SAN|SC)$")
_RELATIVE_CLAUSE = re.compile(r"\s+(?:where|which|whose|when)\s+.*$", re.S)
_AFTER_INITIAL = re.compile(r"(?<=\s[A-Z]\.)\s+[a-z][\w'’-]*$")
_OPENING_ADVERB = re.compile(
    r"^(?:Later|Then|Now|Meanwhile|Earlier|Also|Today|Yesterday|Separately|Still|Instead|Afterwards)\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
# Titles that, before one name, make the name ("Mullah Sahib"); before a full name they are dropped.
KNOWN_BY_TITLE = re.compile(
    r"^(?:Sheikh|Shaykh|Mullah|Mawlawi|Maulvi|Maulana|Mawlana|Mufti|Hajji|Haji|Alhaji|Alhaja|Hajiya|Malam|Mallam)"
    r"\s+[A-Z][\w'’-]+$"
)
# "Rear Admiral", "Air Vice Marshal", "Squadron Leader", "Senior Superintendent", "Inspector-General": a
# military or police rank of several words, each of which alone may be no title ("Group", "Wing", "Leader").
RANK = re.compile(
    r"^(?:(?:Senior|Junior|Deputy|Assistant|Additional|Acting|Chief|Lance|Staff|Master|First|Second|Sub|Vice|"
    r"Rear|Air|Field|Fleet|Wing|Squadron|Group|Flight|Pilot|Flying|Lieutenant|Major|Brigadier|Police|Naib|"
    r"Provincial|Regional|Divisional|District|Station|Warrant|Supreme|State|Crown|"
    # "Lt Col Ibrahim Sani", "Maj. Gen. Ali Musa", "Brig-Gen Amina Bello": a rank's first word abbreviated
    r"Lt|Lieut|Maj|Brig)\.?[\s-]+)*"
    r"(?:Commodore|Admiral|Marshal|Commander|Leader|Captain|Lieutenant|Officer|General|Colonel|Brigadier|"
    r"Inspector[\s-]+General|Inspector|Superintendent|Commissioner|Constable|Sergeant|Commandant|"
    # "Patrolman Andrés Rojas", "Corporal Ana Díaz": the lowest ranks of a police force or an army
    r"Patrolman|Patrolwoman|Corporal|"
    # "Coroner Helen Bradshaw", "Magistrate Paul Goldspring": the officers of a court before a name
    # ("Advocate Rajinder Kaur Gill": how South Asian courts and papers name counsel)
    r"Coroner|Magistrate|Sheriff|Prosecutor|Advocate|"
    # "Maître Anne Roux", "Assistant U.S. Attorneys Paul Lee and Ana Ruiz": counsel titled the French way,
    # and the plural title before the first of two names
    r"Ma[iî]tre|Attorneys|Prosecutors|"
    # "President's Counsel Ravi Perera", "State Counsel Mary Wanjiru": counsel as Commonwealth courts title them
    r"Counsel|"
    # "Havildar Muhammad Ilyas", "Naib Subedar": the ranks of the armies of South Asia
    r"Havildar|Sepoy|Naik|Subedar|Sowar|Jemadar|Risaldar|"
    # "ASP Ahmed Rufa'i", "SSP Shabir Wani": police ranks as Nigeria, India and Pakistan abbreviate them
    r"ASP|DSP|SSP|SP|ACP|DCP|AIG|DIG|IGP|CSP|"
    # "Alhaji Isa Salihu", "Hon. Aminu Bello": the courtesy titles of West African public life
    r"Alhaji|Alhaja|Hajiya|Malam|Mallam|Hon|Honourable|Honorable|"
    # "Capt Emeka Obi", "Sgt. Ana Ruiz", "Gov. Musa Bello", "Rabbi Dov Levin": a rank or a title cut short, and a
    # rabbi's title, where NER finds no name after it
    r"Capt|Sgt|Cpl|Pte|Pvt|Col|Gen|Cdr|Cmdr|Supt|Insp|Gov|Rabbi)\.?\s+(?=[A-Z])"
)
RANK_AT = re.compile(
    RANK.pattern[1:]
)  # for `match(text, pos)`, where "^" would hold only at the text's start
RANK_ABBREVIATION = re.compile(r"Brig|Gen|Col|Maj|Lt|Capt|Sgt|Cpl|Pvt|Adm|Cmdr|Supt|Insp|Lieut")
# A document about armed conflict: only there is "the Leopard Squad" an armed unit rather than a team.
ARMED_CONTEXT = re.compile(
    r"\b(?:militants?|militias?|militiamen|rebels?|insurgen(?:ts?|cy)|jihadis(?:ts?|m)?|guerrillas?|gunmen|"
    r"fighters|armed\s+groups?|terroris[mt]s?|ambush(?:ed|es)?|claimed\s+responsibility|dissidents?|"
    r"paramilitar(?:y|ies)|mercenar(?:y|ies)|suicide\s+bomb\w*|attack(?:s|ed|ers)?|faction|bombings?|kidnapp\w*|"
    r"extortion|raid(?:s|ed)?)\b",
    re.I,
)
# "the Sabre Battalion of the Ugandan army", "the army's Sabre Battalion": a unit of a state's forces.
STATE_OWNER_AFTER = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:army|military|armed\s+forces|police|navy|air\s+force|"
    r"forces|Army|Armed\s+Forces|Police|Navy|Air\s+Force|Defen[cs]e\s+Forces?)\b"
)
STATE_OWNER_BEFORE = re.compile(
    r"(?:\b(?:army|military|police|navy|forces|Army|Police|Navy|Forces|government)['’]s\s+(?:[a-z][\w-]*\s+){0,2}|"
    r"\b(?:army|military|police|navy)\s+(?:unit|battalion|brigade|squad)\s*,?\s*(?:the\s+)?)$"
)
CAPITALISED_FUNCTION_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "Their",
        "His",
        "Her",
        "In",
        "On",
        "At",
        "Near",
        "Outside",
        "Inside",
        "From",
        "After",
        "Before",
        "During",
        "When",
        "While",
        "And",
        "But",
        "Or",
        "Of",
        "For",
        "To",
        "By",
        "With",
    ]
)
# ", a shopkeeper", but not ", a town in Borno" or ", the district capital"
DESCRIBED_AFTER = re.compile(
    r"^\s*,\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:shopkeeper|farmer|trader|merchant|teacher|"
    r"student|driver|fisherman|herder|worker|labourer|laborer|doctor|nurse|businessman|businesswoman|imam|pastor|"
    r"priest|cleric|villager|resident|civilian|man|woman|boy|girl|child|father|mother|son|daughter|brother|"
    r"sister|wife|husband|uncle|cousin|nephew|widow|survivor|witness|victim|hostage|journalist|official)s?\b"
)


MONTHS_AND_DAYS = frozenset((*dates.MONTH_NAMES, *dates.WEEKDAY_NAMES))
HONORIFIC_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|inside|outside|around|into|(?:neighbou?rhood|district|quarter|town|village|streets|"
    r"residents|homes|families|outskirts)\s+(?:of|in))\s+(?:the\s+)?$"
)
HONORIFIC_PLACE_AFTER = re.compile(
    r"^(?:\s+(?:residents|neighbou?rhood|district|quarter|area|families|homes|settlers|evictions?)\b|"
    r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:neighbou?rhood|district|quarter|suburb|town|village|city|"
    r"area)\b)"
)


# "the late anti-Taliban commander", "pro-Hamas", "ex-ISIS": a name inside a word for or against it names no actor
_PREFIXED = re.compile(r"\b(?:anti|pro|non|counter|post|ex)-$", re.I)


def prefixed(text: str, start: int) -> bool:
    """Whether the name at offset `start` of `text` is the second half of "anti-X", "pro-X", "ex-X"..."""
    return _PREFIXED.search(text[max(0, start - 9) : start]) is not None


def is_demonym(word: str) -> bool:
    """Whether a single word is a nationality ("Ugandan") rather than the name of the country."""
    return lexicon.gazetteer.country_of_demonym(word) is not None and lexicon.lookup_place(word) is None


DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ians?|iens?|ans|ese|ish|ic|is|(?:wo)?m[ae]n)$")
PERSON_CONTEXT_BEFORE = re.compile(
    # ("the Reverend Jean-Wilner Dorvil", "Pastor X": a cleric's title)
    rf"\b(?:Mr|Mrs|Ms|Dr|Justice|Reverend|Rev|Pastor|Bishop|Archbishop|Rabbi|Imam|Priest|"
    rf"{lexicon.TITLE_WORDS}|brothers?|sisters?|sons?|daughters?|wife|husband|father|mother|"
    r"policewoman|policeman|gunman|bomber|named|called|identified\s+as)\.?\s*,?\s*$",
    re.I,
)
# "Yesenia Carrascal, the Ombudsman's regional delegate", "Musa Bello, a local councillor": roles no title list holds
ROLES = (
    r"delegate|ombudsman|prefect|sub-prefect|administrator|councillor|councilor|activist|witness|survivor|resident|elder|teacher|doctor|nurse|imam|"
    r"pastor|priest|defendant|businessman|businesswoman|farmer|trader|herder|fisherman|"
    # "Ana Ruiz, a sociologist at the University of Seville": an academic's or a lawyer's field
    r"scientist|historian|sociologist|criminologist|anthropologist|academic|lawyer|journalist|"
    # "Giorgos Vlachos, a security guard employed by the ministry": the trades of a story's witnesses
    r"guard|clerk|driver|cleaner|shopkeeper|vendor|student|pensioner|labourer|laborer|waiter|cook|mechanic"
)
PERSON_CONTEXT_AFTER = re.compile(
    rf"^\s*(?:,\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{lexicon.TITLE_WORDS}|{ROLES}|figure|man|woman|"
    r"brother|sister|son|daughter|cousin|citizen|national|veteran|suspect|convict|bomber|gunman|"
    # "Tomas Reyna, the notorious kingpin", "Abdi Warsame, a feared warlord": a criminal boss
    r"kingpin|warlord|drug\s+lord|druglord|capo)\b|"
    # "said Ulf Laessing, head of the Sahel programme at ...": a title with no article before it
    # ("said Ravi Menon, Kottayam's superintendent of police": the place whose officer he is may come first)
    # ("Lena Ortiz, then head of the city police", "now director of": a post held then or now is still a post)
    # ("Jane Roe, Treasury's Under Secretary for ...", "John Doe, senior researcher, Harbour Policy Institute":
    # a title of several words, and the body after a comma where no preposition leads to it)
    rf",\s+(?:[A-Z][\w-]*['’]s\s+)?(?:(?:then|now|later|senior|deputy|chief|former|acting|executive|managing|regional|country|programme|program|"
    rf"research|project|under|assistant|principal|special)\s+)*(?:{lexicon.TITLE_WORDS})\s*(?:\s(?:of|at|for|with)\b|,\s+(?:the\s+)?(?-i:[A-Z]))|"
    # "Tomás Herrera Vidal, better known as El Lince", "Juma Odhiambo, alias Mzee": a nom de guerre is a person's
    r",\s+(?:better\s+known\s+as|alias|a\.k\.a\.?)\s+[\"“']?[A-Z]|"
    # "Bakura Doro, who leads Boko Haram's faction"
    r",\s+who\s+(?:leads|led|heads|headed|commands|commanded|founded|researches|studies|teaches|covers|covered)\b|"
    rf",\s+who\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{lexicon.TITLE_WORDS})\b|"
    # "A spokesman for the army, Sani Usman, said"
    r",\s+(?:said|says|told|added)\b|"
    # "Jamil Usman, 27, and ...", "Omar Bakri (45)": a person's age in apposition
    r",\s+(?:1[6-9]|[2-9]\d)\s*,|\s+\((?:1[6-9]|[2-9]\d)\)|"
    r"\s+(?:said|says|told|added|wrote|argued|warned|was\s+(?:killed|born|arrested|sentenced|convicted))\b)",
    re.I,
)
ORG_WORD = re.compile(
    r"\b(?:Council|Ministry|Department|Group|Front|Army|Force|Forces|Agency|Office|Institute|Center|Centre|"
    r"Foundation|Committee|Commission|Court|Party|Movement|Union|Association|Company|Corporation|Bank|News|"
    r"Times|Post|Press|Radio|Television|Televisión|Televisão|Télévision|TV|University|College|School|Police|Policing|Service|Bureau|Authority|"
    r"Organi[sz]ation|International|Network|Brigades?|Battalion|Command|Government|Parliament|Assembly|"
    r"Administration|Secretariat|Headquarters|Directorate|"
    # "the Archdiocese of Lagos", "the Kazan Diocese": a church's see is a body, not a person or a building
    r"Archdiocese|Diocese|Eparchy|Patriarchate)\b"
)


def sentence_at(sentence_starts: list[int], offset: int) -> int:
    """The index of the sentence an offset of the document falls in, given where each sentence starts."""
    return max(0, bisect.bisect_right(sentence_starts, offset) - 1)


def join_neighbours(
    mentions: list[Mention], joined: Callable[[Mention, Mention], Mention | None]
) -> list[Mention]:
    """Mentions in text order, where `joined(m, next)` makes one of two neighbours, the one it gives in their place."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        whole = joined(m, mentions[i + 1]) if i + 1 < len(mentions) else None
        out.append(whole if whole is not None else m)
        i += 2 if whole is not None else 1
    return out

"""The entity type of a NER or ruler span, read from its words and the words around it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon
from kg.extract.mentions.people import surname_key
from kg.extract.mentions.text import (
    ARMED_CONTEXT,
    CAPITALISED_FUNCTION_WORDS,
    COMPANY_SUFFIX,
    DEMONYM,
    DESCRIBED_AFTER,
    FACILITY_HEAD,
    GOV_ORG_HEAD,
    HONORIFIC_PLACE_AFTER,
    HONORIFIC_PLACE_BEFORE,
    KNOWN_BY_TITLE,
    LINE_START_BEFORE,
    MONTHS_AND_DAYS,
    NER_TYPES,
    ORG_WORD,
    PERSON_CONTEXT_AFTER,
    PERSON_CONTEXT_BEFORE,
    POST_NOMINAL,
    RANK,
    RANK_ABBREVIATION,
    ROLES,
    STATE_OWNER_AFTER,
    STATE_OWNER_BEFORE,
    clean,
    is_demonym,
)
from kg.model import EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.gazetteer import OrgEntry, PlaceEntry


_LAW_NAME = re.compile(
    r"\s(?:Act|Bill|Law|Convention|Treaty|Accords?|Agreement|Resolution|Charter|Protocol|Code|Amendment|Ordinance)"
    r"(?:\s+(?:of\s+)?\d{4})?$"
)


_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|")


def _table_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] fills a cell of a Markdown table's heading row."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or not text[line_start:line_end].lstrip().startswith("|"):
        return False
    if not re.search(r"\|[ \t]*$", text[line_start:start]) or not re.match(r"[ \t]*\|", text[end:line_end]):
        return False
    return _TABLE_RULE.match(text, line_end + 1) is not None


def _cued_place(
    name: str, text: str, confidence: float
) -> tuple[EntityType, str | None, str | None, str | None, float]:
    """A place the words before a name make of it ("the village of X"), the small town if one fits."""
    town = lexicon.lookup_town(name, text)
    if town is None:
        # "the port of Kismayo": the words already say place, so a place known by another spelling
        # geonames lists is that place (NER's guess of a person is why the alternates were left out)
        town = lexicon.lookup_place(name)
    if town is None:
        return EntityType.LOCATION, None, None, None, confidence
    return EntityType.LOCATION, f"place:{town.id}", town.type, town.name, confidence


# The wire services' short forms of US states that are not common words when capitalised ("Wash.", "Calif.")
_AP_STATES = {
    "Ala": "US-AL", "Ariz": "US-AZ", "Ark": "US-AR", "Calif": "US-CA", "Colo": "US-CO", "Conn": "US-CT",
    "Fla": "US-FL", "Ga": "US-GA", "Kan": "US-KS", "Ky": "US-KY", "Md": "US-MD", "Mich": "US-MI",
    "Minn": "US-MN", "Mont": "US-MT", "Neb": "US-NE", "Nev": "US-NV", "Okla": "US-OK", "Ore": "US-OR",
    "Pa": "US-PA", "Tenn": "US-TN", "Vt": "US-VT", "Va": "US-VA", "Wash": "US-WA", "Wis": "US-WI",
    "Wyo": "US-WY",
}  # fmt: skip
# ... and of Mexican states ("Culiacán, Sin.", "Aguililla, Mich.")
_MX_STATES = {
    "Mich": "mx-michoacan", "Gro": "mx-guerrero", "Tamps": "mx-tamaulipas", "Zac": "mx-zacatecas",
    "Gto": "mx-guanajuato", "Son": "mx-sonora", "Chih": "mx-chihuahua", "Jal": "mx-jalisco",
    "Ver": "mx-veracruz", "Mor": "mx-morelos", "Oax": "mx-oaxaca", "Chis": "mx-chiapas", "Sin": "mx-sinaloa",
}  # fmt: skip
# "Tacoma, " / "near Moses Lake, ": a capitalised town name and a comma just before the state
_AFTER_TOWN = re.compile(r"(?P<town>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),\s*$")


def _short_state(word: str, before: str, text: str) -> PlaceEntry | None:
    """The state a wire service's short form after "Town, " names: Mexican where the town is Mexican
    (or, for a town the gazetteer lacks, where the story names Mexico and not the United States)."""
    town = _AFTER_TOWN.search(before)
    if town is None or (word not in _AP_STATES and word not in _MX_STATES):
        return None
    name = town.group("town")
    name = name.title() if name.isupper() else name
    # (any namesake in the US or Mexico counts; a country is no town: "Lebanon, Pa." is a town in Pennsylvania)
    table = lexicon.gazetteer.places()
    ids = (*lexicon.gazetteer.lookup_place(name), *lexicon.gazetteer.lookup_town(name))
    countries = {
        entry.country
        for entry in (table.get(i) or lexicon.gazetteer.small_towns().get(i) for i in ids)
        if entry is not None and entry.type != "Country"
    }
    if "US" in countries:
        country = "US"
    elif "MX" in countries or (
        not countries and lexicon.names_country("MX", text) and not lexicon.names_country("US", text)
    ):
        country = "MX"
    else:
        country = None if not countries else "elsewhere"
    states = _MX_STATES if country == "MX" else _AP_STATES if country in (None, "US") else {}
    return table.get(states.get(word, ""))


# The ranks of the rank and file that stand before a name: "Constable P", "Head Constable P", "Lance Naik P"
_MANS_RANK = re.compile(
    r"(?:Head\s+|Chief\s+|Police\s+)?Constable\s+|(?:Assistant\s+)?Sub-Inspector\s+|(?:Lance\s+)?(?:Naik|Havildar|"
    r"Corporal)\s+|Sepoy\s+|Rifleman\s+|Trooper\s+|Gendarme\s+|Patrolman\s+"
)


def _type(
    ent: Span, text: str, people: dict[str, Mention]
) -> tuple[EntityType, str | None, str | None, str | None, float] | None:
    """The entity type of a NER or ruler span, its gazetteer id, subtype, name and confidence."""
    label = ent.label_
    if label not in NER_TYPES:
        return None
    # An organisation's name keeps the words a person's title would lose ("Foreign Office").
    cleaned = clean(ent.text, titles=label not in ("ORG", lexicon.ORG_LABEL))
    if not cleaned:
        return None
    # '"If Maungdaw falls,"', "Special Agent in Charge Arturo Deleon": the word opening a clause, or the last
    # word of a title, that NER took into a name is no part of it; the name is what follows
    lead = _CLAUSE_OPENER.match(ent.text)
    charge = _IN_CHARGE.match(ent.text)
    if charge and _AGENT_IN_BEFORE.search(text[max(0, ent.start_char - 30) : ent.start_char]):
        lead, label = charge, "PERSON"
    elif charge:
        lead = None
    if lead is not None and label in ("PERSON", "GPE", "LOC", "ORG", "NORP"):
        rest = ent.doc.char_span(ent.start_char + lead.end(), ent.end_char, label=label)
        typed = _type(rest, text, people) if rest is not None else None
        if rest is None or typed is None:
            return None
        etype, gid, subtype, name, conf = typed
        return etype, gid, subtype, name or clean(rest.text, titles=label != "ORG"), conf
    # "a Holey Artisan-scale attack", "a Mumbai-style siege": a name made into an adjective describes another
    # thing by the event it recalls, and names nothing here
    if label in ("ORG", "PERSON", "NORP", "FAC") and _LIKENESS_AFTER.match(text, ent.end_char):
        return None
    # "wrote on X. He said": the social network at a sentence's end, run on into the next sentence, is the medium
    # a message went out on, no party to the story (as "posted on Telegram" below)
    if (
        label in ("PERSON", "ORG", "GPE")
        and _NETWORK_X.fullmatch(ent.text)
        and _ON_BEFORE.search(text[max(0, ent.start_char - 12) : ent.start_char])
    ):
        return None
    # "11:52 GMT", "Staff Correspondent | Dhaka", "the 210th battalion": a clock, a byline's role or an
    # ordinal is no name; nor is a name in a wire story's credits ("(Reporting by the Islamabad bureau)")
    # ("the 210th battalion": an ordinal before a lower-case word for a unit; "the 10th arrondissement" is a place)
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", cleaned) and _UNIT_AFTER.match(text, ent.end_char):
        return None
    # "said Anne Whitfield KC": the rank of senior counsel after a name of two words or more makes it a
    # person's, whatever NER took it for
    if (
        label in ("GPE", "LOC", "FAC", "ORG", "PERSON")
        and POST_NOMINAL.search(ent.text.rstrip(" ,.;:"))
        and len(clean(ent.text).split()) >= 2
        and lexicon.lookup_place(clean(ent.text)) is None
    ):
        return EntityType.PERSON, None, None, clean(ent.text), 0.75
    # "Constable Budhram Oyami", "Havildar Ram Singh": a rank of the ranks before a name of two or three words
    # makes the span a man's, whatever NER took it for (the rank is no part of the name)
    rank = _MANS_RANK.match(ent.text)
    if (
        rank is not None
        and label in ("ORG", "GPE", "LOC", "FAC", "NORP")
        and re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}", ent.text[rank.end() :].strip())
        and not ORG_WORD.search(ent.text[rank.end() :])
        and not FACILITY_HEAD.search(ent.text[rank.end() :])
        and lexicon.lookup_place(ent.text[rank.end() :].strip()) is None
    ):
        return EntityType.PERSON, None, None, ent.text[rank.end() :].strip(), 0.75
    # "the Serbian Orthodox Church", "the Syro-Malabar Catholic Church": a denomination named as a church is a
    # body ("St Mark's Coptic Orthodox Church", "an Orthodox church" are buildings)
    if label in ("ORG", "FAC", "GPE", "LOC", "PERSON", "NORP") and _DENOMINATION.fullmatch(cleaned):
        return EntityType.ORGANIZATION, None, None, None, 0.7
    if _NO_NAME.fullmatch(cleaned) or _CREDITS_BEFORE.search(
        text[max(0, ent.start_char - 200) : ent.start_char]
    ):
        return None
    # "Lt Col (retd) Imran Qureshi", "the Rabbi's house": a title or a rank with no name after it names no one
    if (
        label in ("PERSON", "NORP") or (label in ("ORG", "GPE", "LOC") and " " not in ent.text.strip())
    ) and _title_only(ent.text):
        return None
    # "the former Grand Mufti of Egypt", "the Archbishop of Colombo", "a former National Guardsman": an office
    # or the word for a member of a body is no body and no place
    if label in ("ORG", "GPE", "LOC", "FAC", "NORP") and _OFFICE.fullmatch(cleaned):
        return None
    # "a junior commissioned officer (JCO)": initials the text spells out in lower-case words stand for a
    # common noun, not a name
    if label in ("ORG", "PERSON", "GPE", "LOC", "NORP") and _initials_of_common_noun(cleaned, text):
        return None
    # "COURT REPORT | Kammergericht Berlin": a German court is named by its word for a court, never a person
    if label == "PERSON" and _GERMAN_COURT.search(cleaned):
        return EntityType.ORGANIZATION, None, None, None, 0.65
    # "the security operation known as Linda Boni": the name of an operation is an event's, no one's
    if label in ("PERSON", "GPE", "LOC") and _OPERATION_NAMED_BEFORE.search(
        text[max(0, ent.start_char - 60) : ent.start_char]
    ):
        return None
    # "ELN bombs Cano Limon-Covenas pipeline": a name before the lower-case word for a pipeline is the pipeline's
    if label in ("PERSON", "ORG", "GPE", "LOC") and re.match(
        r"\s+pipeline\b", text[ent.end_char : ent.end_char + 12]
    ):
        return EntityType.LOCATION, None, "Facility", f"{cleaned} pipeline", 0.6
    # "walked into St Ephrem's Assyrian Church": a saint's name before a possessive names the building
    # after it, not a person of the story
    if (
        label in ("PERSON", "ORG", "GPE", "LOC")
        and _SAINT.fullmatch(re.sub(r"['’]s$", "", cleaned))
        and (re.search(r"['’]s$", ent.text) or re.match(r"['’]s\b", text[ent.end_char : ent.end_char + 3]))
    ):
        return None
    # "a man from Tacoma, Wash., was charged", "APATZINGÁN, Mich. —": a US or Mexican state in the wire
    # services' short form after a town, told apart by the town's country
    if label in ("GPE", "LOC", "ORG", "PERSON", "NORP", lexicon.PLACE_LABEL) and (
        ent.text.endswith(".") or text.startswith(".", ent.end_char)
    ):
        state = _short_state(cleaned.rstrip("."), text[max(0, ent.start_char - 40) : ent.start_char], text)
        if state is not None:
            return EntityType.LOCATION, f"place:{state.id}", state.type, state.name, 0.85
    # "fighting for the Caliphate", "the Khilafah they proclaimed": the state a group seeks, named alone, is no group
    if _POLITY.fullmatch(cleaned) and re.search(
        r"\bthe\s+$", text[max(0, ent.start_char - 5) : ent.start_char]
    ):
        return None
    if label in ("ORG", "GPE", "LOC", "PERSON", "FAC", "NORP") and _initials_of_no_name(ent):
        return None
    # "carried by the state news agency Saba", "the daily Punch": a name after a word for an outlet is the outlet's
    if label in (lexicon.PLACE_LABEL, "GPE", "LOC", "ORG", "PERSON", "FAC") and _OUTLET_BEFORE.search(
        text[max(0, ent.start_char - 40) : ent.start_char]
    ):
        return EntityType.ORGANIZATION, None, "Media", None, 0.65
    if label in (lexicon.GROUP_LABEL, lexicon.ORG_LABEL, lexicon.PLACE_LABEL):
        kind, _, ident = ent.ent_id_.partition(":")
        if kind == "group":
            return EntityType.GROUP, f"group:{ident}", None, lexicon.groups()[ident].name, 0.95
        if kind == "org" and _BODY_MODIFIER_BEFORE.search(text[max(0, ent.start_char - 12) : ent.start_char]):
            # "the General Security Service" is not the "Security Service" (MI5) the gazetteer knows
            modifier = _BODY_MODIFIER_BEFORE.search(text[max(0, ent.start_char - 12) : ent.start_char])
            return EntityType.ORGANIZATION, None, None, f"{modifier.group(1)} {cleaned}", 0.6
        owner = (
            _NATION_BEFORE.search(text[max(0, ent.start_char - 20) : ent.start_char])
            if kind == "org"
            else None
        )
        if (
            owner is not None
            and _GENERIC_BODY.match(cleaned)
            and (DEMONYM.match(owner.group(1)) or is_demonym(owner.group(1)))
        ):
            # "the Somali Institute for Security Studies" is not the "Institute for Security Studies" the
            # gazetteer knows: a nationality before a body named by a generic head names another body
            return EntityType.ORGANIZATION, None, None, f"{owner.group(1)} {cleaned}", 0.6
        if kind == "org":
            # "Kenyan troops" describes a force; "Puntland security forces" is the one the gazetteer names
            org = lexicon.gazetteer.organizations()[ident]
            # "said in a statement posted on Telegram", "its Telegram channel": the platform a message went
            # out on is where it was read, not a party to the story
            if org.type == "Company" and (
                _MEDIUM_BEFORE.search(text[max(0, ent.start_char - 60) : ent.start_char])
                or _MEDIUM_AFTER.match(text[ent.end_char : ent.end_char + 30])
            ):
                return None
            # ("Danab special forces": a force the gazetteer knows by its first word alone is named, not described)
            if (
                _FORCE_DESCRIPTION.match(cleaned)
                and _is_demonym_led(cleaned)
                and not _named_force(cleaned, org)
            ):
                return None
            return EntityType.ORGANIZATION, f"org:{ident}", org.type, org.name, 0.9
        place = lexicon.gazetteer.places()[ident]
        # "two Naga villages", "Kachin forces": a people's name before a lower-case noun describes the noun,
        # whatever town the gazetteer spells alike
        if cleaned in _ETHNONYMS and re.match(r"\s+[a-z]", text[ent.end_char : ent.end_char + 3]):
            return None
        return EntityType.LOCATION, f"place:{ident}", place.type, place.name, 0.9
    # "the Kurdish" + "People's Protection Units", "the General" + "Security Service": a word NER's span
    # kept when the gazetteer's name took the rest is a description or a title, no name of its own
    if (
        " " not in cleaned
        and label in ("ORG", "PERSON", "NORP", "GPE")
        and ent.end < len(ent.doc)
        and ent.doc[ent.end].ent_type_ in (lexicon.GROUP_LABEL, lexicon.ORG_LABEL)
        and ent.doc[ent.end].ent_iob_ == "B"
        and (DEMONYM.match(cleaned) or lexicon.HONORIFICS.match(cleaned + " "))
    ):
        return None
    # "known by its French acronym EI": a language or nationality and a lower-case noun are no name
    if (
        label in ("ORG", "PERSON", "GPE", "NORP")
        and re.fullmatch(
            r"[A-Z][a-z]+ (?:acronym|name|word|term|spelling|translation|transliteration|abbreviation|initials)",
            cleaned,
        )
        and (DEMONYM.match(cleaned.split()[0]) or is_demonym(cleaned.split()[0]))
    ):
        return None
    # "El Mansouri's home" after "Karim El Mansouri": a surname with its particle stands for the person too
    particle = _PARTICLE_SURNAME.fullmatch(cleaned)
    if (
        particle is not None
        and label in ("PERSON", "ORG", "GPE", "LOC")
        and surname_key(particle.group(1)) in people
        and people[surname_key(particle.group(1))].name.endswith(cleaned)
    ):
        return EntityType.PERSON, None, None, people[surname_key(particle.group(1))].name, 0.8
    # A surname standing for a person named earlier ("Kugelman", which NER may call an ORG).
    surname = surname_key(cleaned)
    # (Not "Kwallajiya village": a man may be named after his village, and the word after says which is meant.)
    if (
        label in ("PERSON", "ORG", "GPE", "NORP")
        and surname in people
        and " " not in cleaned
        and not _AREA_AFTER.match(text[ent.end_char : ent.end_char + 60])
        # "Gen. Peter Goma ... fighting near Goma": after a locative word, a town the gazetteer knows
        and not (
            _LOCATIVE_BEFORE.search(text[max(0, ent.start_char - 40) : ent.start_char])
            and lexicon.lookup_place(cleaned) is not None
        )
    ):
        return EntityType.PERSON, None, None, people[surname].name, 0.8
    # "the preacher Hamadou Dicko (also spelled Diko)": another spelling of the name before the bracket is
    # that name's, a person's where a person is named there; never a town of its own
    spelt = _ALSO_SPELLED_BEFORE.search(text[max(0, ent.start_char - 80) : ent.start_char])
    if spelt is not None and label in ("GPE", "LOC", "ORG") and lexicon.lookup_place(cleaned) is None:
        if surname_key(spelt.group(1)) in people:
            return EntityType.PERSON, None, None, cleaned, 0.6
        if lexicon.lookup_place(spelt.group(1)) is None:
            return None
    gid = lexicon.lookup_group(cleaned)
    after = text[ent.end_char : ent.end_char + 60]
    if gid is None and label in ("ORG", "PERSON") and lexicon.GROUP_AFTER_CUE.match(after):
        # "Wagner mercenaries": the group the gazetteer names with "Group"
        gid = lexicon.lookup_group(f"{cleaned} Group")
    if gid is not None:
        return EntityType.GROUP, f"group:{gid}", None, lexicon.groups()[gid].name, 0.9
    if label in ("PERSON", "GPE", "LOC", "NORP") and _ARABIC_BAND_NAME.fullmatch(cleaned):
        return EntityType.GROUP, None, None, cleaned, 0.65
    if label == "NORP" and _known_settlement(cleaned):
        # "former rebels from Kidal", "Kigali denies": a town the gazetteer knows, NER's guess of a people aside
        place = lexicon.lookup_place(cleaned, alternates=False)
        return EntityType.LOCATION, f"place:{place.id}", place.type, place.name, 0.75
    # "his home in Carrickfergus.", "strongholds in Ballymena and Larne": a word NER took for a people's
    # name, shaped like none (no -an, -ese, -ish, -i ending), after "in" and before a stop or "and", is a town
    if (
        label == "NORP"
        and " " not in cleaned
        and re.fullmatch(r"[A-Z][a-z]{4,}", cleaned)
        and not re.search(r"(?:an|ans|ese|ish|ic|ics|i|is|ite|ites|ist|ists|ian|ians|en|o|u|a)$", cleaned)
        and re.search(
            r"\b(?:in|at|near|outside|around|from)\s+$", text[max(0, ent.start_char - 12) : ent.start_char]
        )
        and re.match(r"\s*(?:[,.;:)]|and\b|on\b|where\b|$)", text[ent.end_char : ent.end_char + 8])
        and not is_demonym(cleaned)
        and cleaned not in _ETHNONYMS
        and lexicon.lookup_group(cleaned) is None
    ):
        return _cued_place(cleaned, text, 0.55)
    # "recruited among ethnic Karen", "an ethnic Chin militia": a people's name after "ethnic" names no one
    if (
        label == "NORP"
        or cleaned in _ETHNONYMS
        or (" " not in cleaned and _ETHNIC_BEFORE.search(text[max(0, ent.start_char - 8) : ent.start_char]))
    ):
        return None
    # "the fall of the Assad regime", "the Assad government": a ruling family's name before the word for its rule
    # names no person the story speaks of (a person it names in full is read by the surname rule above)
    if (
        label == "PERSON"
        and " " not in cleaned
        and re.search(r"\bthe\s+$", text[max(0, ent.start_char - 5) : ent.start_char])
        and _REGIME_AFTER.match(text, ent.end_char)
        # ("the Kyiv regime": a capital stands for the state it rules)
        and lexicon.lookup_place(cleaned) is None
    ):
        return None
    # "a 29-year-old Tajik national", "a Somali citizen": a nationality and a word for a person describe one
    if label in ("ORG", "PERSON", "GPE") and _NATIONAL_OF.match(cleaned):
        return None
    # "taken to Tengku Ampuan Hospital", "held at Wandsworth Prison": a name NER took for a person's that
    # ends in a capitalised word for a building is the building's
    if label == "PERSON" and " " in cleaned and _BUILDING_TAIL.search(cleaned):
        return EntityType.LOCATION, None, "Facility", None, 0.65
    # "flown to the Command Hospital in Udhampur", "the Base Hospital": a name NER took for a body's that ends
    # in the word for a hospital is the hospital, a place, even where its first word is a military one
    if (
        label == "ORG"
        and " " in cleaned
        and _HOSPITAL_TAIL.search(cleaned)
        and lexicon.lookup_org(cleaned) is None
        and lexicon.lookup_group(cleaned) is None
    ):
        return EntityType.LOCATION, None, "Facility", None, 0.65
    # "moved to Los Olivos, the maximum-security prison outside the capital": a name described as a
    # prison, a hospital or a camp is that site's
    if (
        label in ("ORG", "PERSON", "GPE", "LOC", "NORP")
        and _SITE_DESCRIBED_AFTER.match(text, ent.end_char)
        and lexicon.lookup_org(cleaned) is None
        and lexicon.lookup_group(cleaned) is None
    ):
        return EntityType.LOCATION, None, "Facility", None, 0.6
    # 'known under the nickname "Abu Hafs al-Masri"': a name given as someone's nickname is a person's
    if label in ("ORG", "GPE", "LOC", "FAC") and _NICKNAME_BEFORE.search(
        text[max(0, ent.start_char - 40) : ent.start_char]
    ):
        return EntityType.PERSON, None, None, None, 0.6
    # "Kampung" (a village), "Module 3 of the prison", "Pavilion 2": the Malay word for a village alone, or a
    # numbered part of a prison, names no place of its own
    if cleaned in ("Kampung", "Kampong") or re.fullmatch(
        r"(?:Module|Pavilion|Cellblock)\s+\d{1,2}[A-Z]?", cleaned
    ):
        return None
    # "the Valley", "the Hospital": a word for a kind of place alone names none the gazetteer does not know
    if (
        " " not in cleaned
        and FACILITY_HEAD.fullmatch(cleaned)
        and label in ("ORG", "GPE", "LOC", "FAC", "PERSON")
    ):
        return None
    before = text[max(0, ent.start_char - 40) : ent.start_char]
    # "the Oriente Cartel", "the Gulf Clan": a name ending in Cartel or Clan where the story is armed
    if (
        label in ("ORG", "PERSON", "GPE", "LOC", "FAC")
        and re.fullmatch(r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,3}(?:Clan|Cartel)", cleaned)
        and ARMED_CONTEXT.search(text[max(0, ent.start_char - 200) : ent.end_char + 200])
    ):
        return EntityType.GROUP, None, None, None, 0.7
    # "Los Tigrillos hold the port", "the Tropa de Choque": a Spanish plural nickname after "Los", or a name
    # opened by a Spanish word for an armed troop, is a gang where the story is about cartels or gangs
    # (a town such as "Los Mochis" is a place the gazetteer knows first)
    if (
        label in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP")
        and _SPANISH_BAND.fullmatch(cleaned)
        and not re.search(r"\b(?:in|at|near|outside|into|across|towards?)\s+$", before)
        and _GANG_STORY.search(text)
        and lexicon.lookup_place(cleaned) is None
        and lexicon.lookup_town(cleaned, text) is None
    ):
        return EntityType.GROUP, None, None, None, 0.65
    single = " " not in cleaned
    # "the Revolutionary Solidarity Cell", "Nucleo Olga": a named cell is a militant band (a state's "Special
    # Cell" or "Counter-Terrorism Cell" is a unit of its police, and says so in its words)
    if (
        label in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP")
        and _NAMED_CELL.match(cleaned)
        and not _STATE_CELL.search(cleaned)
        and not STATE_OWNER_BEFORE.search(before)
        and not STATE_OWNER_AFTER.match(after)
    ):
        return EntityType.GROUP, None, None, None, 0.65
    # "the Prevention of Terrorism Act", "the Algiers Accord": a law or a treaty is none of the four types
    if label in ("ORG", "PERSON", "FAC", "GPE", "LOC") and _LAW_NAME.search(cleaned):
        return None
    # "led by Special Public Prosecutor P": a title NER took for a body or a name apart from the man is neither
    if (
        label in ("ORG", "PERSON")
        and " " in cleaned
        and lexicon.HONORIFICS.fullmatch(cleaned + " ")
        and lexicon.lookup_org(cleaned) is None
        # (only before the name it titles: "the Federal Prosecutor General's office" is a body)
        and re.match(r"\s+[A-ZÀ-Ý]", text[ent.end_char : ent.end_char + 3]) is not None
    ):
        return None
    # "Brig. Gen. P": an abbreviated rank NER took for a place or a name is neither
    if single and RANK_ABBREVIATION.fullmatch(cleaned) and text[ent.end_char : ent.end_char + 1] == ".":
        return None
    # "Briefing", "Analysis" alone on a line: a heading, not a name (a known place there is a dateline's)
    if (
        single
        and label in ("GPE", "LOC", "ORG", "PERSON")
        and _HEADING_BEFORE.search(
            text[max(0, ent.start_char - 8) : ent.start_char]
            if ent.start_char >= 8
            else "\n" + text[: ent.start_char]
        )
        and (
            _HEADING_AFTER.match(text, ent.start_char + len(ent.text.rstrip()))
            # "EXPLAINER: The Bolan Mail hijacking", "Background: a network": a heading's word and a colon
            or _HEADING_COLON_AFTER.match(text, ent.start_char + len(ent.text.rstrip()))
            or cleaned in _GENRES
            and _GENRE_DOT_AFTER.match(text, ent.start_char + len(ent.text.rstrip())) is not None
        )
        and lexicon.lookup_place(cleaned) is None
        and lexicon.lookup_town(cleaned, text) is None
    ):
        return None
    # "| Group | Area of operation |" over "|---|---|": a table's column heading, not a name
    if label in ("GPE", "LOC", "ORG", "PERSON", "NORP") and _table_heading(
        text, ent.start_char, ent.end_char
    ):
        return None
    # "Tangaza Local Government Area", "the Chairman of Tangaza Local Government": Nigeria's districts are
    # places, whatever "Government" says, and the area is known by its town's name.
    lga = _LOCAL_GOVERNMENT.match(cleaned)
    if lga is not None and label in ("ORG", "GPE", "LOC", "FAC", "PERSON"):
        return EntityType.LOCATION, None, None, lga.group("place"), 0.7
    # "N50 million", "Sh2 billion": a sum of money in a currency's letter is no name
    if _AMOUNT.match(cleaned) and _MILLIONS_AFTER.match(after):
        return None
    # "The Police Public Relations Officer": the first words of a title, not a body
    if label == "ORG" and _OFFICER_AFTER.match(after):
        return None
    # "the Acting Deputy Director, Army Public Relations, 2 Division": the office in a title, not a body
    if label == "ORG" and _TITLE_OFFICE_BEFORE.search(before):
        return None
    # "attackers who spoke Kimwani and Swahili", "its Kimwani-language preaching": a language is no name
    if label in ("PERSON", "ORG", "GPE", "LOC", "NORP") and (
        _SPOKE_BEFORE.search(before) or _LANGUAGE_AFTER.match(after) or _LANGUAGE_WORD.search(cleaned)
    ):
        return None
    # "during the Vesak holiday", "Ugandan Muslims", "a police Land Cruiser": a feast, the faithful of a
    # people or a make of vehicle are no names
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and (
        cleaned in _FEASTS
        or _VEHICLE.fullmatch(cleaned)
        or _FEAST_AFTER.match(after)
        or _FAITHFUL.match(cleaned)
        or _CREED_FAITHFUL.fullmatch(cleaned)
    ):
        return None
    # "in Rafin Gora, a farming community in Arewa": a name described as a settlement is one
    if label in ("PERSON", "ORG") and _SETTLEMENT_AFTER.match(after) and lexicon.lookup_org(cleaned) is None:
        return _cued_place(cleaned, text, 0.65)
    # "the so-called SPMS Box, the area covering Shariff Aguak": a name described as an area is one
    if (
        label in ("PERSON", "ORG")
        and _AREA_DESCRIBED_AFTER.match(after)
        and lexicon.lookup_org(cleaned) is None
    ):
        return EntityType.LOCATION, None, None, None, 0.6
    # "Die Heimat, the far-right party formerly known as the NPD": a name described as a party is the party's
    if label == "PERSON" and _PARTY_AFTER.match(after):
        return EntityType.ORGANIZATION, None, None, None, 0.65
    # "Somali Dispatch | Mogadishu | 19 March 2025": the name a masthead line opens with is the paper's
    if (
        label in ("ORG", "PERSON", "GPE", "LOC", "FAC")
        and LINE_START_BEFORE.search(before)
        and _MASTHEAD_AFTER.match(after)
        and lexicon.lookup_place(cleaned) is None
    ):
        return EntityType.ORGANIZATION, None, "Media", None, 0.6
    # "from Gidan Bawa", "Birnin Gwari axis": a Hausa place name opens with a word for a house, town or ward
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and _HAUSA_PLACE.match(cleaned):
        return _cued_place(cleaned, text, 0.6)
    # "| From Abdullahi Garba Bodinga, Sokoto": a byline names the writer, and a place may follow
    if (
        label in ("ORG", "PERSON", "GPE", "LOC", "FAC")
        and not single
        and _BYLINE_BEFORE.search(before)
        and _BYLINE_AFTER.match(after)
        and lexicon.lookup_place(cleaned) is None
        and not ORG_WORD.search(cleaned)
        and not FACILITY_HEAD.search(cleaned)
    ):
        return EntityType.PERSON, None, None, None, 0.65
    # "Operation Desert Shield": a military operation is an event, none of the four types, unless the
    # words around make it a standing force ("troops of Operation X", "Operation X, the joint offensive
    # launched by the army"), which an analyst lists with the armies as Barkhane is
    if cleaned.startswith(("Operation ", "Opération ", "Operación ")) or before.endswith(
        ("Operation ", "Operation “")
    ):
        return _operation_as_force(cleaned, text[max(0, ent.start_char - 100) : ent.start_char], after)
    # "the camp of Field Marshal Khalifa Haftar": a rank NER kept in an organisation's span makes a person of
    # the name after it ("Field" is no field, "Marshal" no body)
    ranked = RANK.match(ent.text) if label in ("ORG", "FAC", "GPE", "LOC") else None
    if (
        ranked is not None
        # (one word that is also a common one, "General Electric Aviation", is no rank)
        and (len(ranked.group().split()) > 1 or not _AMBIGUOUS_RANK.match(ranked.group()))
        and _plain_name(ent.text[ranked.end() :].strip())
    ):
        return EntityType.PERSON, None, None, ent.text[ranked.end() :].strip(), 0.65
    # "a unit known as Jaysh Ayman": a name after a word for a band of fighters and "known as" is the band's
    if label in ("ORG", "PERSON", "GPE", "LOC") and _BAND_KNOWN_AS_BEFORE.search(before):
        return EntityType.GROUP, None, None, None, 0.65
    # "the Zaïre group, a Hema self-defence militia": a name, "group", and the armed band it is
    band = _BAND_WORD_AFTER.match(after)
    if (
        band is not None
        and label in ("ORG", "PERSON", "GPE", "LOC", "NORP")
        and lexicon.lookup_org(cleaned) is None
    ):
        return EntityType.GROUP, None, None, f"{cleaned} {band.group('word')}", 0.65
    # "the apple belt of Baramulla district": a name that ends in a word for an administrative area is the area
    if label in ("ORG", "PERSON") and not single and _AREA_TAIL.search(cleaned):
        return _cued_place(cleaned, text, 0.65)
    # "Ugandan", "Congolese": a nationality word, whatever label NER gave it, is not a place or a person.
    if single and label in ("GPE", "LOC", "PERSON", "ORG") and _nationality(cleaned):
        return None
    # "an Iraqi-American contractor", "the Syrian-Jordanian border", "a Bangladeshi-Canadian Tamim": two
    # nationalities joined describe a person or a border, and name neither a place nor (with a given name) him
    if label in ("GPE", "LOC", "PERSON", "ORG", "NORP", "FAC") and (
        _joined_demonyms(cleaned) or _two_word_demonym(cleaned)
    ):
        return None
    # "a Rwandan Hutu rebel group", "Afghan Hazara refugees": a nationality before a people's name describes
    # the people, and names neither a man nor a place
    if label in ("GPE", "LOC", "PERSON", "ORG", "NORP") and _demonym_then_people(cleaned):
        return None
    # "Die Linke said", "members of Der Dritte Weg": a name led by a German article is a party, a paper or a
    # movement, never a man
    if (
        label == "PERSON"
        and re.match(r"(?:Die|Der)\s+[A-ZÄÖÜ]", cleaned)
        and lexicon.lookup_place(cleaned) is None
    ):
        return EntityType.ORGANIZATION, None, None, cleaned, 0.6
    # "East of the Euphrates": a name after a compass point and "of the" is a river or a region
    if label in ("ORG", "PERSON") and _COMPASS_OF_THE.search(before) and lexicon.lookup_org(cleaned) is None:
        return _cued_place(cleaned, text, 0.6)
    # "in Sheikh Jarrah", "Sheikh Jarrah residents": a religious title before one name, where the words
    # around say place, names the quarter or town called after a saint, not a man
    if (
        label == "PERSON"
        and KNOWN_BY_TITLE.match(cleaned)
        and (HONORIFIC_PLACE_BEFORE.search(before) or HONORIFIC_PLACE_AFTER.match(after))
        and not PERSON_CONTEXT_BEFORE.search(before)
    ):
        return _cued_place(cleaned, text, 0.65)
    if label in ("PERSON", "GPE", "LOC", "FAC") and COMPANY_SUFFIX.search(cleaned) and not single:
        return EntityType.ORGANIZATION, None, "Company", None, 0.65
    if label in ("ORG", "PERSON") and not single and _ALIAS_AFTER.match(after):
        # "led by Julius Bwambale, better known as Kamanda": a person with a nom de guerre
        return EntityType.PERSON, None, None, None, 0.7
    if (
        label in ("ORG", "PERSON")
        and (_STRONG_PLACE_BEFORE.search(before) or re.search(r"[A-Z][\w'’]*-(?:to|via)-$", before))
        and not PERSON_CONTEXT_BEFORE.search(before)
        and lexicon.lookup_org(cleaned) is None
    ):
        return _cued_place(cleaned, text, 0.65)
    # "the area covering Shariff Aguak, Pagatin, Mamasapano and ...": a name listed with a known place
    # after a word for where is one more place
    if (
        label in ("ORG", "PERSON")
        and len(cleaned.split()) <= 3
        and not _looks_like_person(before, after)
        and lexicon.lookup_org(cleaned) is None
        and _listed_with_places(text, ent.start_char, ent.end_char, people)
    ):
        return _cued_place(cleaned, text, 0.6)
    if label in ("ORG", "PERSON", "GPE") and not _is_a_name(cleaned, before):
        return None
    # "wounded Detective Chief Inspector Mark Doyle", "Inspector Ruth Kerr": a rank before a name is no body
    if (
        label == "ORG"
        and " " not in cleaned
        and cleaned[1:].islower()
        and lexicon.TITLE_RE.fullmatch(cleaned)
        and re.match(r"\s+[A-Z]", after)
        and lexicon.lookup_org(cleaned) is None
    ):
        return None
    # "took Tarvola, the capital of the Orvan region", "Dabra, the provincial capital of Tessit": a capital
    # is a place, whatever NER took the name for
    if (
        label in ("ORG", "PERSON")
        and len(cleaned.split()) <= 3
        and _CAPITAL_OF_AFTER.match(after)
        and not ORG_WORD.search(cleaned)
        and lexicon.lookup_org(cleaned) is None
        and lexicon.lookup_group(cleaned) is None
    ):
        return _cued_place(cleaned, text, 0.6)
    if label in ("ORG", "PERSON") and _ROMANCE_PLACE.match(cleaned):
        return EntityType.LOCATION, None, "Facility", None, 0.7
    if label in ("GPE", "LOC", "FAC", "ORG") and _REGNAL_NAME.match(cleaned):
        # "Heinrich XIII Prince Reuss": a given name and a regnal number name a person, not a place
        return EntityType.PERSON, None, None, None, 0.7
    # "near Soleimani's tomb", "the death of Soleimani": only a person has a tomb, a funeral or a death
    if (
        label in ("GPE", "LOC", "ORG", "FAC")
        and len(cleaned.split()) <= 3
        and (_DEATH_OF_BEFORE.search(before) or _TOMB_AFTER.match(after))
        and lexicon.lookup_place(cleaned) is None
        and lexicon.lookup_org(cleaned) is None
        and not ORG_WORD.search(cleaned)
    ):
        return EntityType.PERSON, None, None, None, 0.6
    # "said Jean-Baptiste Orsini, a historian at ...": a name of a person's shape NER took
    # for a body, described as a person
    if (
        label == "ORG"
        and _PERSON_SHAPED.fullmatch(cleaned)
        and not ORG_WORD.search(cleaned)
        and not _BODY_WORD.search(cleaned)
        # ("the Guwahati Peace and Conflict Forum, said": the end of a body's name NER cut at "and")
        and not re.search(r"[A-Z][\w'’-]*\s+and\s+$", before)
        and not FACILITY_HEAD.search(cleaned)
        and _DESCRIBED_AS_A_PERSON_AFTER.match(after)
        and lexicon.lookup_org(cleaned) is None
        and lexicon.lookup_place(cleaned) is None
    ):
        return EntityType.PERSON, None, None, None, 0.65
    org = lexicon.lookup_org(cleaned)
    if org is not None and label in ("ORG", "PERSON", "FAC"):
        return EntityType.ORGANIZATION, f"org:{org.id}", org.type, org.name, 0.85
    # "a lecturer at the National University of Tucumán (UNA)": capitals in brackets after a name are its initials, not
    # a place geonames spells alike in lower case ("Una"); a place's own capitals ("(DRC)") stay the place
    if (
        label in ("GPE", "LOC", "ORG")
        and _BRACKETED_INITIALS.fullmatch(cleaned)
        and before.endswith("(")
        and after.startswith(")")
        and (place := lexicon.lookup_place(cleaned)) is not None
        and cleaned not in (place.name, *place.aliases)
    ):
        return None
    if label in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
        # Datelines shout: "MAPUTO, March 26 —".
        probe = cleaned.title() if cleaned.isupper() and len(cleaned) > 4 else cleaned
        # A name NER took for a person or an organisation is a place by its own name, not by one of
        # the foreign forms geonames lists ("Amani", a given name, is also Georgian for Amman).
        place = lexicon.lookup_place(probe, alternates=label not in ("PERSON", "ORG"))
        if place is None and label == "ORG" and single:
            # "Rio's favelas" after "Rio de Janeiro": the short form of a place the story names in full
            short = lexicon.lookup_place(probe)
            place = (
                short
                if short is not None and short.name.startswith(f"{probe} ") and short.name in text
                else None
            )
        if place is not None and (
            label in ("GPE", "LOC", "FAC")
            or place.type in ("Country", "Region", "Province")
            or (
                single
                and not PERSON_CONTEXT_BEFORE.search(before)
                # "attacked Hassan, a shopkeeper": NER's person, described as one
                and not (label == "PERSON" and DESCRIBED_AFTER.match(after))
            )
            # "the bombing in Dera Ismail Khan", "parts of Mocímboa da Praia": a town's own name of
            # several words is no one's name, unless the words around say it is a person's
            or (not single and not _looks_like_person(before, after))
        ):
            return EntityType.LOCATION, f"place:{place.id}", place.type, place.name, 0.85
        # A small town only where NER itself saw a place: under a person's or a group's name it is
        # far likelier the name than the town.
        town = (
            lexicon.lookup_town(probe, text)
            if place is None
            and (
                label in ("GPE", "LOC", "FAC")
                # "attacked Mueda", "Mueda, in Cabo Delgado": a known town where the words say place
                or (
                    (single or label == "ORG")
                    and (_TOWN_CONTEXT_BEFORE.search(before) or _TOWN_CONTEXT_AFTER.match(after))
                    and not _looks_like_person(before, after)
                )
            )
            else None
        )
        if town is not None and not (label == "FAC" and _looks_like_person(before, after)):
            return EntityType.LOCATION, f"place:{town.id}", town.type, town.name, 0.8
    if (
        label in ("GPE", "LOC", "FAC")
        and not single
        and re.search(
            r"\b(?:Group|Council|Committee|Association|Foundation|Society|Party|Union|Agency|Ministry)\b",
            cleaned,
        )
    ):
        return EntityType.ORGANIZATION, None, None, None, 0.6
    # "the Kathua and Doda districts": a name before a word for an administrative area is that area.
    if label in ("ORG", "PERSON") and (
        _AREA_AFTER.match(after)
        or _PAIRED_AREA_AFTER.match(after)
        or (_THE_AREA_AFTER.match(after) and re.search(r"\b[Tt]he\s+$", before))
    ):
        return EntityType.LOCATION, None, None, None, 0.6
    if (
        label in ("ORG", "PERSON", "NORP")
        and _THE_VENUE_AFTER.match(after)
        and _THE_VENUE_BEFORE.search(before)
        and not _looks_like_person(before, after)
    ):
        return EntityType.LOCATION, None, "Facility", None, 0.6
    # "it joined the Wa Harid al-Muminin operations room": a joint command of armed bands is a group
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and _OPERATIONS_ROOM_AFTER.match(after):
        return EntityType.GROUP, None, None, None, 0.65
    # "from the Black Country", "the West Country": a name ending in "Country" is a region of a country
    if label in ("ORG", "PERSON", "NORP") and _REGION_COUNTRY.fullmatch(cleaned):
        return EntityType.LOCATION, None, "Region", None, 0.6
    # "units of the New People's Army's Leoncio Pacaña Command": a named command or unit of an armed group is one
    if (
        label in ("ORG", "PERSON", "FAC")
        and not single
        and _COMMAND_TAIL.search(cleaned)
        and (owner := _POSSESSOR_BEFORE.search(before)) is not None
        and lexicon.lookup_group(owner.group(1)) is not None
    ):
        return EntityType.GROUP, None, None, None, 0.65
    # "pinned the attack on the Ajang-Ajang, a faction of the ASG": a part of a group is a group.
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and _PART_OF_GROUP_AFTER.match(after):
        return EntityType.GROUP, None, None, None, 0.65
    # "a fellow at Century International": a place of work named after a title is an organisation.
    if label in ("FAC", "LOC") and _WORKS_AT_BEFORE.search(before) and not FACILITY_HEAD.search(cleaned):
        return EntityType.ORGANIZATION, None, None, None, 0.6
    if label == "FAC" or (
        label == "ORG"
        and (
            # ("the District Reserve Guard": a name ending in a word for a force names the force)
            (
                FACILITY_HEAD.search(cleaned)
                and not GOV_ORG_HEAD.search(cleaned)
                and not _FORCE_TAIL.search(cleaned)
                # ("the Lake Chad Research Network", "the Camp Bastion Veterans Foundation": a site's name that
                # begins a body's)
                and not _site_led_body(cleaned)
            )
            or _FORCE_SITE_TAIL.search(cleaned)
        )
    ):
        if label == "FAC" and (
            _looks_like_person(before, after)
            or (_AGE_BEFORE.search(before) and not FACILITY_HEAD.search(cleaned))
        ):
            return EntityType.PERSON, None, None, None, 0.6
        return EntityType.LOCATION, None, "Facility", None, 0.7
    # "on Avenida Las Palmeras", "Calle 50": a street by its Spanish or Portuguese name, whatever NER made of it
    if label in ("ORG", "PERSON", "GPE", "LOC", "NORP") and _STREET_FIRST.match(cleaned):
        return EntityType.LOCATION, None, "Facility", None, 0.7
    # "Yossi Ben-Harush, 52, from Bat Hefer in Israel": a name between "from" and "in <country>" is a home town
    if label in ("ORG", "PERSON") and _FROM_BEFORE.search(before) and not _looks_like_person(before, after):
        within = _IN_REGION_AFTER.match(after)
        if within is not None:
            place = lexicon.lookup_place(within.group(1))
            if place is not None and place.type in ("Country", "Province", "Region"):
                return _cued_place(cleaned, text, 0.6)
    # "the road between Halfaya and Mhardeh": an unknown name paired by "between" with a known town is a
    # town ("talks between Ruto and Museveni" pairs no place)
    if label in ("ORG", "PERSON") and not _looks_like_person(before, after):
        paired = _BETWEEN_AND_AFTER.match(after) if _BETWEEN_BEFORE.search(before) else None
        paired = paired or _BETWEEN_PLACE_BEFORE.search(before)
        if paired is not None and _known_town(paired.group(1)):
            return _cued_place(cleaned, text, 0.6)
    # "militants retook Bulo Burde in Hiraan", "in Beledweyne and Qoryooley in Lower Shabelle": an unknown
    # name taken or listed like a town and placed inside a known province or region is a town
    if (
        label in ("ORG", "PERSON")
        and (_TAKEN_BEFORE.search(before) or _PARALLEL_TOWN_BEFORE.search(before))
        and not _looks_like_person(before, after)
    ):
        within = _IN_REGION_AFTER.match(after)
        parallel = _PARALLEL_TOWN_BEFORE.search(before)
        if within is not None and (parallel is None or lexicon.lookup_place(parallel.group(1)) is not None):
            place = lexicon.lookup_place(within.group(1))
            if place is not None and place.type in ("Province", "Region"):
                return _cued_place(cleaned, text, 0.6)
    # "shelling near Kfar Hamam", "sirens in Kiryat Gat": a name opened by an Arabic or Hebrew word for a
    # village, a house or a town is a place's ("Kiryat Gat"), never a person's
    if (
        label in ("ORG", "PERSON")
        and _SETTLEMENT_OPENER.match(cleaned)
        and lexicon.lookup_org(cleaned) is None
    ):
        return _cued_place(cleaned, text, 0.6)
    # "attack on Chinégodar", "in Lethpora": an unknown single name after a locative word is a place;
    # "a PDF position at Laag Dheer, in the eastern Cal Miskaad": a post's site, placed in turn, is a place
    if (
        label in ("ORG", "PERSON")
        and not single
        and len(cleaned.split()) <= 3
        and _POST_AT_BEFORE.search(before)
        and _PLACED_AFTER.match(after)
        and not ORG_WORD.search(cleaned)
        and not lexicon.GROUP_NAME_CUE.search(cleaned)
    ):
        return _cued_place(cleaned, text, 0.6)
    # "the port of Mocímboa da Praia" whatever its length.
    if (
        label in ("ORG", "PERSON")
        and ((single and _LOCATIVE_BEFORE.search(before)) or _SETTLEMENT_OF_BEFORE.search(before))
        and not _looks_like_person(before, after)
        # ("fighters from Fatah's armed wing": a movement with fighters of its own, not a town)
        and not _ARMED_WING_AFTER.match(after)
        # ("a research fellow at TEPAV, a think tank": where someone works is a body, not a town)
        and not (label == "ORG" and _WORKS_AT_BEFORE.search(before) and re.match(r"\s*[,;.]", after))
    ):
        return _cued_place(cleaned, text, 0.6)
    # "The assault on Balidhidin", "gunmen overran Balidhidin": an unknown single name NER calls an
    # organisation, where an attack falls, is a place (a person attacked is NER's PERSON, left alone).
    if (
        label == "ORG"
        and single
        and _ATTACKED_BEFORE.search(before)
        and not _looks_like_person(before, after)
    ):
        return _cued_place(cleaned, text, 0.55)
    # "the Wieambilla shootings", "the Utoya massacre": an event named by one word is named by its place
    if (
        label == "ORG"
        and single
        and _PLACE_NAMED_EVENT_AFTER.match(after)
        and re.search(r"\b[Tt]he\s+$", before)
        and not lexicon.GROUP_NAME_CUE.search(cleaned)
        and not ORG_WORD.search(cleaned)
        and not cleaned.isupper()
    ):
        return _cued_place(cleaned, text, 0.55)
    # "a suspect known only as Kamah", "spokesman Mujahid": a lone name after words for a person.
    if label == "ORG" and single and _NAMED_PERSON_BEFORE.search(before):
        return EntityType.PERSON, None, None, None, 0.6
    # "a man who gave his name as Erasto Habimana": a name a man gives for himself is his own
    if (
        label == "ORG"
        and _GAVE_HIS_NAME_BEFORE.search(before)
        and not lexicon.GROUP_NAME_CUE.search(cleaned)
        and not ORG_WORD.search(cleaned)
        and not cleaned.isupper()
    ):
        return EntityType.PERSON, None, None, None, 0.6
    # "police spokesman Arben Krasniqi said" where NER kept only "Krasniqi": the given name it left
    # out, between a word for someone's role and the surname, belongs to the person's name
    given = _ROLE_AND_GIVEN_NAME_BEFORE.search(before) if label == "ORG" and single else None
    if (
        given is not None
        and given.group("given") not in CAPITALISED_FUNCTION_WORDS
        and given.group("given") not in MONTHS_AND_DAYS
        and not is_demonym(given.group("given"))
        # ("police commander Colonel Dube", "the director Sheikh Ali": a rank or a title, not a given name)
        and not RANK.match(f"{given.group('given')} {cleaned}")
        and not lexicon.HONORIFICS.match(f"{given.group('given')} ")
        and lexicon.lookup_place(given.group("given")) is None
        and lexicon.lookup_org(cleaned) is None
        and lexicon.lookup_place(cleaned) is None
    ):
        return EntityType.PERSON, None, None, f"{given.group('given')} {cleaned}", 0.6
    if single and label in ("ORG", "PERSON", "GPE", "LOC") and cleaned.casefold() in _COMMON_NOUNS:
        return None
    # "Deportations rose", "Negotiations stalled": a plural abstract noun opening a sentence is no one's name
    if single and label in ("ORG", "PERSON", "GPE", "LOC") and _ABSTRACT_PLURAL.fullmatch(cleaned):
        return None
    # "Security Forces killed 10": the forces of whoever the story is about, named by no name
    if label == "ORG" and cleaned.casefold() in ("security forces", "armed forces", "government forces"):
        return None
    # "Chief of Army Staff": a title that names a service, not the service
    if (
        label == "ORG"
        and re.search(r"\bChief\s+of\s+(?:the\s+)?$", before)
        and re.match(r"^\s+Staff\b", after)
    ):
        return None
    # "the State Commissioner for Information and Culture, Mr X": the portfolio of an office held,
    # not a body ("the Ministry of ..." names one and keeps its head word)
    if label in ("ORG", "PERSON") and _PORTFOLIO_BEFORE.search(before) and not GOV_ORG_HEAD.match(cleaned):
        return None
    # "the National Coordinator for Security and Counterterrorism": NER cut the body's name at the "and"
    # joining its two portfolios
    second = _SECOND_PORTFOLIO_AFTER.match(after) if label == "ORG" else None
    if (
        second is not None
        and _FIRST_PORTFOLIO.search(cleaned)
        and not any(
            lexicon.lookup_place(w)
            or lexicon.lookup_org(w)
            or lexicon.lookup_group(w)
            or surname_key(w) in people
            for w in second.group(1).split()
        )
    ):
        return EntityType.ORGANIZATION, None, None, f"{cleaned} and {second.group(1)}", 0.65
    # "Finance Minister Arun Jaitley": the portfolio of a title, not an organisation.
    if (
        single
        and label == "ORG"
        and re.match(r"^\s+(?:Minister|Ministry|Secretary|Department|Committee)\b", after)
    ):
        return None
    # "Union Home Minister Amit Shah", "Deputy Foreign Minister X": the words of a title before "Minister"
    if label == "ORG" and len(cleaned.split()) <= 3 and re.match(r"^\s+Minister\b", after):
        return None
    # "their Nigerien guide", "a Frenchman": a nationality word NER took for a person.
    if (
        single
        and label == "PERSON"
        and DEMONYM.match(cleaned)
        and not re.match(r"^\s*(?:said|says|told|added|,)", after)
    ):
        return None
    if label == "ORG":
        if _is_group(ent, text, cleaned):
            return EntityType.GROUP, None, None, None, 0.7
        # "the navy's Blue Lotus Corps said", "led by the Tiger Squad": a name ending in a word for a military
        # unit is the unit's, whatever the words around say of a person
        if not single and _UNIT_TAIL.search(cleaned):
            return EntityType.ORGANIZATION, None, None, None, 0.7
        # "a statement signed by Kamla, spokesperson of the zonal committee": one name, then a title with no
        # article and the body it serves, is a person's (a body is described with an article: "X, the agency")
        if (
            single
            and _BARE_TITLE_AFTER.match(after)
            and not ORG_WORD.search(cleaned)
            and not cleaned.isupper()
            and lexicon.lookup_org(cleaned) is None
        ):
            return EntityType.PERSON, None, None, None, 0.6
        if (
            not single
            and not ORG_WORD.search(cleaned)
            and not _BODY_TAIL.search(cleaned)
            and (
                _looks_like_person(before, after)
                or (_AGE_BEFORE.search(before) and not FACILITY_HEAD.search(cleaned))
            )
        ):
            return EntityType.PERSON, None, None, None, 0.6
        # "Dana Levin, who tracks arms sales for a watchdog", "founded by Ari Stone, then a 17-year-old", "a
        # farmer named by relatives as Jose Pardo": a plain name of two or three words with a clause or a
        # naming only a person takes ("the Hope Trust, which tracks ..." and "the Hope Trust, who ..." keep the
        # body by its word)
        if (
            2 <= len(cleaned.split()) <= 3
            and all(w[:1].isupper() and w[1:].islower() for w in cleaned.split())
            and not ORG_WORD.search(cleaned)
            and not _BODY_TAIL.search(cleaned)
            and not _BODY_WORD.search(cleaned)
            and not lexicon.GROUP_NAME_CUE.search(cleaned)
            and lexicon.lookup_org(cleaned) is None
            and lexicon.lookup_place(cleaned) is None
            and (_PERSON_CLAUSE_AFTER.match(after) or _NAMED_AS_BEFORE.search(before))
        ):
            return EntityType.PERSON, None, None, None, 0.6
        # "Aung San Suu Kyi's elected government": whose government a leader's name says is a person's
        if (
            not single
            and len(cleaned.split()) <= 4
            and (
                _LEADERS_GOVERNMENT_AFTER.match(after)
                or (
                    _LEADERS_GOVERNMENT_BEFORE.search(before)
                    and all(w[1:].islower() for w in cleaned.split())
                    and not lexicon.gazetteer.is_nationality(cleaned.split()[0])
                    and lexicon.lookup_org(cleaned) is None
                )
            )
            and not ORG_WORD.search(cleaned)
            and not lexicon.GROUP_NAME_CUE.search(cleaned)
            and lexicon.lookup_place(cleaned) is None
            and all(w[0].isupper() for w in cleaned.split())
        ):
            return EntityType.PERSON, None, None, None, 0.6
        # "the brothers Omar Maute and Abdullah Maute": a second name with the surname of the person just named
        last = cleaned.split()[-1]
        if (
            not single
            and surname_key(last) in people
            and not ORG_WORD.search(cleaned)
            and re.search(rf"\b{re.escape(last)}\s+and\s+$", before)
        ):
            return EntityType.PERSON, None, None, None, 0.6
        # "takes its name from Maria Soledad Rosas and Edoardo Massari": a plain name paired with a person's
        if (
            _name_of_words(cleaned, single, 4)
            and lexicon.lookup_place(cleaned) is None
            and all(w[:1].isupper() and w[1:].islower() for w in cleaned.split())
            and _paired_with_a_person(ent)
        ):
            return EntityType.PERSON, None, None, None, 0.6
        # "a faction loyal to Bakura Doro", "now led by Bakura Doro": a leader is a person
        if _name_of_words(cleaned, single, 3) and _LED_BY_BEFORE.search(before):
            return EntityType.PERSON, None, None, None, 0.6
        # "Murat Karayilan and two other founding-generation cadres": one of the men counted after him
        if (
            _name_of_words(cleaned, single, 3)
            and lexicon.lookup_place(cleaned) is None
            and all(w[:1].isupper() for w in cleaned.split())
            and _AND_OTHER_MEN_AFTER.match(after)
        ):
            return EntityType.PERSON, None, None, None, 0.6
        return EntityType.ORGANIZATION, None, None, None, 0.7
    # "the ruling Frelimo party": a name before "party" is the party's
    if label in ("ORG", "PERSON") and re.match(r"^\s+party\b", after):
        return EntityType.ORGANIZATION, None, None, None, 0.65
    if label == "PERSON":
        if single and not cleaned[0].isupper():
            return None
        # "Jaish al-Fursan, a little-known group linked to ...": a group's name, and the words around say so.
        if lexicon.GROUP_NAME_CUE.search(cleaned) and (
            lexicon.GROUP_AFTER_CUE.match(after)
            or lexicon.GROUP_BEFORE_CUE.search(before)
            # "al-Shabaab's Jaysh Ayman, its local branch in Lamu"
            or re.match(
                r"^\s*,\s+(?:its|their|the\s+group['’]s)\s+(?:[\w-]+\s+){0,2}?(?:branch|wing|unit|cell|faction|"
                r"affiliate|arm|offshoot)\b",
                after,
            )
            # "Jund al-Sahil, an Islamic State unit in the delta": a unit of a named group
            or _NAMED_GROUPS_UNIT_AFTER.match(after)
        ):
            return EntityType.GROUP, None, None, None, 0.65
        # "the navy's Blue Lotus Corps said", "led by the Tiger Squad": no one's name ends in a word for a
        # military unit, whatever verb follows ("Corps Jones" or "Ada Division-Smith" are not cut so)
        if not single and _UNIT_TAIL.search(cleaned):
            return EntityType.ORGANIZATION, None, None, None, 0.6
        # "the Yaoundé Military Tribunal", "the Terrorism Investigation Unit": no one's name ends in a
        # word for a body
        if not single and _ends_as_a_body(cleaned) and not _looks_like_person(before, after):
            return EntityType.ORGANIZATION, None, None, None, 0.6
        # ("Dr. Ada Obi of the Delta Peace Forum, said": whatever the words around, no one is called "Forum")
        if not single and _FORUM_TAIL.search(cleaned):
            return EntityType.ORGANIZATION, None, None, None, 0.6
        # "Harakat Nour al-Sham (HNS), a small group": a name of several words spelt out by its initials in
        # brackets is a body's (people are not abbreviated so); a group where the words after say so
        bracket = _INITIALS_AFTER.match(after)
        if (
            bracket is not None
            and not single
            and "".join(w[0] for w in cleaned.split()).upper() == bracket.group(1)
        ):
            if lexicon.GROUP_AFTER_CUE.match(after[bracket.end() :]) or lexicon.GROUP_BEFORE_CUE.search(
                before
            ):
                return EntityType.GROUP, None, None, None, 0.6
            return EntityType.ORGANIZATION, None, None, None, 0.6
        # "the commune of Mont Tala" once, "Mont Tala" alone later: a name the story has called a place
        # is that place wherever the words around say nothing of a person
        if not _looks_like_person(before, after) and _called_a_place(cleaned, text):
            return _cued_place(cleaned, text, 0.6)
        # "walking on La Rambla", "a market in El Carmen": a Spanish article opens a place's name, where a
        # word of place stands before it ("orders from El Mencho", "El Mencho's men" are a person's)
        if (
            _SPANISH_ARTICLE_NAME.fullmatch(cleaned)
            and _ON_PLACE_BEFORE.search(before)
            and not re.match(r"^['’]s\b", after)
            and not _looks_like_person(before, after)
        ):
            return _cued_place(cleaned, text, 0.6)
        # "the army's operations in the Grand Nord, told": a name after "in the" that nothing follows but a stop
        # is a region's (a person after "in the" comes with a noun: "in the Biden administration")
        if (
            _IN_THE_BEFORE.search(before)
            and re.match(r"\s*(?:[,.;:)]|$)", after)
            and surname_key(cleaned.split()[-1]) not in people
            and not ORG_WORD.search(cleaned)
        ):
            return _cued_place(cleaned, text, 0.6)
        # "the bomb went off in Ban Nong Chik", "killed in Umuaka": a name NER took for a person's, right after
        # "in", "near" or "outside", is where something happened ("trust in Abiy Ahmed", "in Ali's words" and a
        # name the story gives a person elsewhere keep the person)
        if (
            _IN_PLACE_BEFORE.search(before)
            and not re.match(r"^['’]s\b", after)
            and not _looks_like_person(before, after)
            and surname_key(cleaned.split()[-1]) not in people
            and not ORG_WORD.search(cleaned)
        ):
            return _cued_place(cleaned, text, 0.6)
        return EntityType.PERSON, None, None, None, 0.75
    # "Amara Okafor, a senior fellow at ...": an unknown name NER took for a place, described as a person
    if (
        label in ("GPE", "LOC")
        and not single
        and not ORG_WORD.search(cleaned)
        and not FACILITY_HEAD.search(cleaned)
        and not _AREA_TAIL.search(cleaned)
        # ("in the Capital Region, said the governor": a region's name, whatever follows it)
        and not _AREA_TITLE_TAIL.search(cleaned)
        and not _FORUM_TAIL.search(cleaned)
        and (PERSON_CONTEXT_AFTER.match(after) or _TRADE_BEFORE.search(before))
    ):
        return EntityType.PERSON, None, None, None, 0.6
    # "the North-West Peace Forum": a name NER took for a region, ending in a word for a body, is the body
    if label in ("GPE", "LOC") and not single and _FORUM_TAIL.search(cleaned):
        return EntityType.ORGANIZATION, None, None, None, 0.6
    return EntityType.LOCATION, None, None, None, 0.75


_REGIME_AFTER = re.compile(r"\s+(?:regime|government|administration|dynasty)\b")
_CLAUSE_OPENER = re.compile(r"(?:If|Unless|Although|Though|Whether|Once|Until|Because)\s+(?=[A-ZÀ-Ý])")
_IN_CHARGE = re.compile(r"Charge\s+(?=[A-ZÀ-Ý])")
_AGENT_IN_BEFORE = re.compile(r"\b(?:Agents?|Officers?|Inspectors?)\s+in\s+$")
_LIKENESS_AFTER = re.compile(r"-(?:scale|style|type|like|esque)\b")
_NETWORK_X = re.compile(r"X\.\s+[A-Z][a-z]*")
_ON_BEFORE = re.compile(r"\b(?:on|via)\s+$")
# "the then government of Iván Duque": a leader's name after the word for whose government it is
_LEADERS_GOVERNMENT_BEFORE = re.compile(r"\b(?:government|administration|cabinet|regime|presidency)\s+of\s+$")
# Titles of a cleric, a judge or a member of a body, alone or with the see or the country they hold
_OFFICE = re.compile(
    r"(?:(?:Grand|Chief|Deputy|Senior|Former|Acting|Auxiliary|National|Coast)\s+)?"
    r"(?:Mufti|Archbishop|Bishop|Cardinal|Patriarch|Rabbi|Imam|Ayatollah|Magistrate|Guardsman|Guardsmen)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
)
_GERMAN_COURT = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]*(?:gericht|gerichtshof)\b")
_OPERATION_NAMED_BEFORE = re.compile(
    r"\b(?:[Oo]peration|[Oo]ffensive|[Cc]ampaign|[Ee]xercise)\s+(?:known\s+as|called|named|dubbed|code-?named)\s+$"
)
_SAINT = re.compile(r"(?:St|Saint|Ste|Sainte|San|Santa|São)\.?\s+[A-ZÀ-Ý][\w'’-]+")
# "a 16-year-old Protestant Christian", "the Zaydi Shia movement": a creed and its faith name a believer, no one
_CREED_FAITHFUL = re.compile(
    r"(?:Protestant|Catholic|Orthodox|Evangelical|Coptic|Maronite|Chaldean|Assyrian|Sunni|Shia|Shi['’]?ite|"
    r"Zaydi|Ismaili|Salafi|Sufi|Ahmadi)\s+(?:Christians?|Muslims?|Shias?|Shi['’]?ites?|Catholics?|Jihadists?)"
)


def _nationality(word: str) -> bool:
    """Whether one word is a nationality ("Ugandan", "Argentine", "Cypriots") and no place's name."""
    return lexicon.gazetteer.is_nationality(word) and lexicon.lookup_place(word) is None


def _title_only(text: str) -> bool:
    """Whether a span is titles and ranks with no name ("Lt Col", "the Rabbi's")."""
    words = re.sub(r"^(?:the|The)\s+", "", re.sub(r"['’]s$", "", text.strip().strip(".,;:")).strip())
    if not words:
        return False
    title = lexicon.HONORIFICS.match(words + " ")
    return title is not None and title.end() >= len(words) + 1


def _initials_of_common_noun(acronym: str, text: str) -> bool:
    """Whether capitals the text spells out in lower-case words ("junior commissioned officer (JCO)") stand for
    a common noun, which no gazetteer knows as a name."""
    if (
        not re.fullmatch(r"[A-Z]{2,6}", acronym)
        or lexicon.lookup_org(acronym)
        or lexicon.lookup_group(acronym)
    ):
        return False
    at = text.find(f"({acronym})")
    if at < 0:
        return False
    words = re.findall(r"[\w'’-]+", text[max(0, at - 100) : at])[-len(acronym) :]
    return (
        len(words) == len(acronym)
        and all(w[0].islower() for w in words)
        and "".join(w[0] for w in words).upper() == acronym
    )


_CAPITAL_OF_AFTER = re.compile(
    r"^\s*,\s+(?:the\s+)?(?:(?:provincial|regional|district|state|former)\s+)?capital\s+of\b"
)
# ("Rashid Kanuwa, whom the army calls a commander": "whom" is said only of a person)
_PERSON_CLAUSE_AFTER = re.compile(
    r"^\s*,\s+(?:who\s+|whom\s+|then\s+(?:a|an)\s+(?:\d+-year-old|(?:[\w-]+\s+){0,2}?(?:student|teenager|boy|girl)\b))"
)
_NAMED_AS_BEFORE = re.compile(r"\b(?:named|identified)\s+(?:by\s+(?:[\w-]+\s+){1,3}?)?as\s+$")
_UNIT_TAIL = re.compile(r"\s(?:Corps|Squad|Squadron|Regiment|Platoon|Division)$")
_NAMED_GROUPS_UNIT_AFTER = re.compile(
    r"^\s*,\s+an?\s+(?:al-[\w'’-]+|[A-Z][\w'’-]*)\s+(?:[\w-]+\s+)?(?:branch|wing|unit|faction|affiliate|offshoot)\b"
    r"(?!\s+(?:commander|chief|leader|head|member|officer|manager))"
)
_SPANISH_ARTICLE_NAME = re.compile(r"(?:El|La)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?")
_ON_PLACE_BEFORE = re.compile(r"\b(?:in|on|along|near|at|into)\s+$")
# ("the South Asia Security Observatory", "the Great Lakes Civilian Protection Monitor": no person or place is
# named for watching)
_FORUM_TAIL = re.compile(r"\s(?:Forum|Initiative|Society|Coalition|Panel|Observatory|Monitor)$")
# "Ihiagwa Divisional Police Headquarters", "Owerri Correctional Centre": a force's or a prison
# service's building, named by its place, is the building (an attack's target), not the body.
_FORCE_TAIL = re.compile(
    r"\s(?:Guards?|Force|Forces|Police|Battalion|Regiment|Corps|Unit|Squad|Rangers|Commandos?)$"
)
_FORCE_SITE_TAIL = re.compile(
    r"\s(?:Police\s+(?:Headquarters|Station|Post|Barracks)|Correctional\s+(?:Centre|Center|Facility)|"
    r"Custodial\s+(?:Centre|Center)|Prison|Barracks)$"
)
# Words for a body that `ORG_WORD` does not hold, ending a name: "the Yaoundé Military Tribunal".
_BODY_TAIL = re.compile(
    r"\s(?:Tribunal|Unit|Cell|Division|Forum|Panel|Initiative|Coalition|Society|Inspectorate)$"
)


# "the Cessation of Hostilities (CoH) deal": short initials in brackets that keep a small "of" or "and"
_MIXED_INITIALS = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,4}")


def _initials_of_no_name(ent: Span) -> bool:
    """Whether mixed-case initials ("CoH", "SoO") stand for a phrase that names no body or place.

    The document spells them out once, "the Cessation of Hostilities (CoH)"; where NER read that phrase
    as a law or an event, or as nothing, the initials are no name either: "the CoH monitors".
    """
    acronym = ent.text
    if not _MIXED_INITIALS.fullmatch(acronym) or acronym.isupper():
        return False
    sdoc = ent.doc
    at = sdoc.text.find(f"({acronym})")
    if at < 0:
        return False
    words = re.findall(r"[\w'’-]+", sdoc.text[max(0, at - 120) : at])[-len(acronym) :]
    if len(words) != len(acronym) or "".join(w[0] for w in words).casefold() != acronym.casefold():
        return False
    lo = at - len(" ".join(words)) - 1
    return not any(
        e.start_char < at and lo < e.end_char and e.label_ not in ("LAW", "EVENT", "WORK_OF_ART")
        for e in sdoc.ents
    )


def _name_of_words(cleaned: str, single: bool, most: int) -> bool:
    """Whether a name of two to `most` words holds no word for a body, a site or an armed group."""
    return (
        not single
        and len(cleaned.split()) <= most
        and not ORG_WORD.search(cleaned)
        and not FACILITY_HEAD.search(cleaned)
        and not lexicon.GROUP_NAME_CUE.search(cleaned)
    )


def _site_led_body(cleaned: str) -> bool:
    """Whether a name that holds a word for a site ends in a word for a body, not in a site's.

    ("the Lake Chad Policy Centre", "the Centre for Strategic Studies": a centre of study is a body, not a building)
    """
    last = cleaned.split()[-1]
    return bool(
        (_BODY_WORD.fullmatch(last) or _SITE_LED_BODY_LAST.fullmatch(last))
        and not FACILITY_HEAD.fullmatch(last)
    ) or bool(_STUDY_CENTRE.search(cleaned))


_STUDY_CENTRE = re.compile(
    r"\b(?:Policy|Research|Studies|Strategic|Analysis|Analyses|Security\s+Studies|Conflict|Peace|Dialogue|"
    r"Monitoring|Documentation)\s+(?:Centre|Center)$|^(?:Centre|Center)\s+for\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){0,3}?"
    r"(?:Policy|Research|Studies|Analysis|Security|Dialogue|Documentation)\b"
)


_SITE_LED_BODY_LAST = re.compile(r"Institute|Foundation|Council|Commission|Committee|Association")


def _ends_as_a_body(cleaned: str) -> bool:
    """Whether a name of several words ends in a word for a body: "Terrorism Investigation Unit"."""
    return bool(ORG_WORD.fullmatch(cleaned.split()[-1]) or _BODY_TAIL.search(cleaned))


# "Liwa al-Tahrir claimed it", "Saraya Awliya al-Dam said": a name led by an Arabic word for a band of
# fighters (supporters, army, brigade, movement, front...) followed by its own words is a group's, whatever NER
# guessed; "Ansar" and "Ahrar" are also given names ("a spokesman, Ahrar Khan, said"), so the name must hold
# an Arabic article ("al-", "ul-") or "-e-"
_ARABIC_BAND_NAME = re.compile(
    r"(?:Jaish|Jaysh|Liwa|Liwaa|Harakat|Harakah|Katibat|Katiba|Kata'?ib|Kataib|Saraya|Jabhat|Jamaat|Jama'?at|"
    r"Hurras|Tanzim|Ahrar|Ansar|Harkat|Lashkar|Jund)"
    r"(?:(?:-e-|\s+)(?=.*(?:\b(?:al|ul|ad|as|ash|at|ar|az|an|el)-|-e-))[\w' -]+"
    # "Jaish-ul-Fursan", "Harkat-e-Inqilab": the band's word joined by hyphens to a particle and a name
    r"|-(?:e|ul|al|ud|ur|us|un|ut|ush|ash)-[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
)


_BAND_KNOWN_AS_BEFORE = re.compile(
    r"\b(?:unit|faction|cell|wing|branch|splinter\s+group|offshoot|militia|armed\s+group|outfit|brigade|"
    # ("It leads an alliance known as Nueva Generación": an alliance of armed bands is a band too)
    r"battalion|gang|(?<=an\s)alliance|(?<=a\s)coalition)\s+(?:known\s+as|named|called)\s+(?:the\s+)?$"
)
_BAND_WORD_AFTER = re.compile(
    r"^\s+(?P<word>group|faction)\s*,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:militia|armed\s+group|"
    r"rebel\s+group|faction|self-defen[cs]e\s+group|jihadist\s+group|insurgent\s+group|gang)\b"
)
_AREA_TAIL = re.compile(
    r"\s(?:district|county|province|territory|region|governorate|municipality|prefecture|township|groupement|"
    r"sub-district|department|(?i:district|county|governorate|prefecture|township)|"
    # "the Apurímac, Ene and Mantaro Rivers", "the Upper Huallaga Valley": a river, a valley or a plain
    r"(?i:rivers?|valley|plain|plateau|oasis|oases|mountains|hills|desert|forests?|marshes|marshlands))$"
)
# "ethnic Karen recruits": the word that makes the name after it a people's
_ETHNIC_BEFORE = re.compile(r"\bethnic\s+$")
# "the Capital Region", "Khyber District": a capitalised word for an administrative area ends no person's name
_AREA_TITLE_TAIL = re.compile(
    r"\s(?:Region|Province|District|Governorate|Department|Municipality|Prefecture)$"
)
_PERSON_SHAPED = re.compile(
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?){1,2}"
)
_DESCRIBED_AS_A_PERSON_AFTER = re.compile(
    rf"^\s*,\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{lexicon.TITLE_WORDS}|{ROLES})\b(?!\s+(?:body|group|unit|office))",
    re.I,
)
_PARTICLE_SURNAME = re.compile(
    r"(?:El|Al|Ben|Bin|Abu|Ould|De|Da|Van|Von|Le|La|Del|Dos|Das)\s+([A-Z][\w'’-]+)"
)
_BODY_WORD = re.compile(
    r"\b(?:Forum|Network|Initiative|Project|Observatory|Studies|Research|Programme|Program|Affairs|Watch|Trust|"
    r"Monitor|Tracker|Media|Society|Alliance|Coalition|Club|Fund)\b"
)
_BRACKETED_INITIALS = re.compile(r"[A-Z]{2,5}")
# ("Under Secretary for Terrorism and Financial Intelligence": the second of two portfolios)
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Commissioner|Minister|Secretary|Coordinator)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+and\s+(?:the\s+)?)?$"
)
_FIRST_PORTFOLIO = re.compile(
    r"\b(?:Commissioner|Minister|Secretary|Coordinator|Ministry|Office|Commission|Directorate)\s+(?:for|of)\s+"
    r"[A-Z][a-z][\w'’-]*$"
)
_SECOND_PORTFOLIO_AFTER = re.compile(
    r"\s+and\s+([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)(?=\s*[(,.;]|\s+[a-z])"
)
_NO_NAME = re.compile(
    r"(?:GMT|UTC|Excerpt|Verdict|(?:Staff|Special|Senior|Our|Chief)\s+(?:Correspondent|Reporter|Writer)|"
    r"Correspondent|Fact-check\s+desk|"
    # "offences under Sections 16, 18 and 20": a numbered part of a law
    r"(?:Sections?|Articles?|Clauses?|Paragraphs?|Chapters?|Schedules?)\s+\d+[A-Za-z]?)"
)
_DENOMINATION = re.compile(
    r"(?!St\b|Saint\b|San\b|Santa\b)(?:[A-Z][\w-]+\s+){0,2}(?:Orthodox|Catholic|Anglican|Coptic|Lutheran|Evangelical|Methodist|Presbyterian|"
    r"Protestant|Apostolic|Baptist|Pentecostal|Reformed)\s+Church"
)
_POLITY = re.compile(r"(?:Caliphate|Khilafa|Khilafah)")
_UNIT_AFTER = re.compile(r"\s+(?:battalion|brigade|division|regiment|company|squadron|corps|wing|platoon)\b")
_CREDITS_BEFORE = re.compile(
    r"\((?:[^()\n]*;\s*)?(?:(?:additional\s+)?reporting|writing|editing|compiled|produced)\s+by\b[^()\n]*$",
    re.I,
)
_MEDIUM_BEFORE = re.compile(
    r"(?:\b(?:posted|published|shared|said|wrote|announced|claimed|released|circulated|distributed|broadcast|"
    r"uploaded|statement|message|post|video|audio|claim|communicates|contact)\b[^.\n]{0,40}\b(?:on|via|through|to)|"
    r"\bvia)\s+(?:its\s+|their\s+|his\s+|her\s+|the\s+|an?\s+)?(?:official\s+|own\s+|closed\s+)?$",
    re.I,
)
_MEDIUM_AFTER = re.compile(r"^\s+(?:channels?|accounts?|posts?|pages?|handles?|feeds?|messaging\s+app)\b")
_AMBIGUOUS_RANK = re.compile(
    r"^(?:General|Major|Captain|Commander|Leader|Officer|Marshal|Admiral|Inspector|Constable|Hon|Honourable|"
    r"Honorable|Pilot|Chief|Flight|Field|Station|District)\b"
)


def _plain_name(rest: str) -> bool:
    """Whether words after a rank are a person's name: two to four capitalised words no gazetteer knows."""
    words = rest.split()
    return (
        2 <= len(words) <= 4
        and all(w[0].isupper() for w in words)
        and not ORG_WORD.search(rest)
        and not FACILITY_HEAD.search(rest)
        and not lexicon.GROUP_NAME_CUE.search(rest)
        and lexicon.lookup_place(rest) is None
        and lexicon.lookup_org(rest) is None
        and lexicon.lookup_group(rest) is None
    )


_LEADERS_GOVERNMENT_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:(?:elected|civilian|ousted|deposed|overthrown|former|late|first|second|new|caretaker|interim)\s+)?"
    r"(?:government|administration|cabinet|regime)\b"
)
# "which leads the multinational Operation X", "a new phase of Operation X", "troops of Operation X"
_OPERATION_FORCE_BEFORE = re.compile(
    r"\b(?:leads?|led|commands?|commanded|heads?|headed|joined|joins|(?:troops|forces|soldiers|personnel|"
    r"commanders?|spokes(?:man|woman|person)|phase|part|units?)\s+(?:of|for|with))\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+)?(?:Operation\s+[“\"]?)?$|"
    # "a joint offensive against the ADF known as Operation Shujaa", "the border is covered by Operation X"
    r"\b(?:offensive|campaign|deployment|mission|task\s+force)\b[^.;\n]{0,60}?\b(?:known\s+as|called|named|dubbed)\s+"
    r"(?:Operation\s+[“\"]?)?$|"
    r"\b(?:covered|secured|patrolled|guarded)\s+by\s+(?:Operation\s+[“\"]?)?$|"
    # "intensified air operations against the camps under Operation X": the standing operation strikes run under
    r"\b(?:operations|strikes|raids|troops|forces|soldiers|deployed)\b[^.;\n]{0,60}?\bunder\s+(?:the\s+)?"
    r"(?:Operation\s+[“\"]?)?$"
)
# "Operation X, the army's counter-insurgency operation", "Operation X troops"
_OPERATION_FORCE_AFTER = re.compile(
    r"^\s*(?:,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:offensive|operation|force|mission|task\s+force|"
    r"deployment)\b|[”\"]?\s+(?:troops|forces|soldiers|commanders?|personnel|spokes(?:man|woman|person))\b|"
    # "Operation X, under which several thousand troops have been deployed"
    r",\s+under\s+which\b[^.;\n]{0,40}\b(?:troops|soldiers|forces|personnel)\b)"
)


def _operation_as_force(
    cleaned: str, before: str, after: str
) -> tuple[EntityType, str | None, str | None, str | None, float] | None:
    """A named military operation the words around make a force, with "Operation" in its name; else none."""
    if not (_OPERATION_FORCE_BEFORE.search(before) or _OPERATION_FORCE_AFTER.match(after)):
        return None
    name = (
        cleaned if cleaned.startswith(("Operation ", "Opération ", "Operación ")) else f"Operation {cleaned}"
    )
    return EntityType.ORGANIZATION, None, "Military", name, 0.65


_NATIONAL_OF = re.compile(r"^[A-Z][\w'’-]+\s+(?:nationals?|citizens?|residents?|native)$")
_OUTLET_BEFORE = re.compile(
    r"\b(?:news\s+agency|news\s+service|newspaper|daily|broadcaster|news\s+channel|news\s+website)\s+$"
)
_NATION_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s+$")
_GENERIC_BODY = re.compile(
    r"(?:Institute|Centre|Center|Foundation|Forum|Observatory|Initiative|Council)\s+(?:for|of|on)\b"
)
_BODY_MODIFIER_BEFORE = re.compile(r"(?<![\w.])(General|National|Federal|Central|Internal|Public)\s+$")
_LOCAL_GOVERNMENT = re.compile(
    r"^(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+Local\s+Government(?:\s+Area)?$"
)
_AMOUNT = re.compile(r"^[A-Z][a-z]?\d[\d,.]*$")
_MILLIONS_AFTER = re.compile(r"^\s*(?:million|billion|trillion|thousand|bn|m)\b")
_OFFICER_AFTER = re.compile(r"^\s+Officers?\b")
_MASTHEAD_AFTER = re.compile(r"^[ \t]*\|[^\n|]{1,40}\|[^\n]*\b(?:19|20)\d\d\b")
_HAUSA_PLACE = re.compile(
    r"^(?:Gidan|Birnin|Unguwan|Anguwan|Ungwan|Tudun|Kauyen|Dutsin|Rijiyar)\s+[A-Z][\w'’-]+$|"
    # "in Barangay Kitango": a Philippine village or ward is named with the word for it
    r"^(?:Barangay|Brgy\.?|Sitio|Purok)\s+(?:[A-Z][\w'’-]+\s*){1,3}$|"
    # "a clash at Henchir Saboun", "Oued Zitoun": a Maghreb place named with the word for an estate,
    # a wadi or a village
    r"^(?:Henchir|Oued|Douar|Ksar)\s+(?:[A-Z][\w'’-]+\s*){1,2}$"
)
_BYLINE_BEFORE = re.compile(r"(?:^|\n|\|)[ \t]*(?:By|From)\s+$")
_BYLINE_AFTER = re.compile(r"^[ \t]*(?:,[^\n|.;]{0,60})?[ \t]*(?:\n|$|\|)")


# "French troops", "the Mozambican police", "Nigerien soldiers": a nationality and a lower-case word for
# a force describe who fought; they do not name an organisation the way "the U.S. Army" or "the Armed
# Forces of the Philippines" do, and an analyst does not list them.
_FORCE_DESCRIPTION = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s+){1,2}(?:(?:security|special|armed|government|regime|federal|regular)\s+)?"
    r"(?:forces|troops|soldiers|military|army|police|policemen|navy|gendarmerie|gendarmes|paramilitaries)$"
)
# "the Porte de Vincennes", "the Palais de Justice", "the Île de la Cité": French, Spanish and Italian
# names of streets, squares, gates, palaces and islands, which NER takes for organisations.
_ROMANCE_PLACE = re.compile(
    r"^(?:Porte|Place|Rue|Palais|Île|Ile|Gare|Pont|Quai|Boulevard|Plaza|Piazza|Calle|Parc|Jardin|Cité)\s+"
    r"(?:de|des|du|d’|d'|de\s+la|del|della|di|la|le|Saint|Sainte)\b"
)
_REGNAL_NAME = re.compile(r"^[A-Z][a-z]+\s+(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:\s+[A-Z][a-z]+){0,2}$")
# Words NER takes for the name of an organisation: religions, eras and the like ("mocking Islam's
# prophet", "the deadliest atrocity of the Troubles").
_NOT_ORGANIZATIONS = frozenset(
    [
        "islam",
        "christianity",
        "judaism",
        "hinduism",
        "buddhism",
        "sharia",
        "troubles",
        "holocaust",
        "intifada",
    ]
)
# Peoples and faiths NER takes for a person or a place ("the veteran Tuareg jihadist", "Baloch separatists",
# "on Yom Kippur"); the demonym pattern misses them because they do not end like one.
_ETHNONYMS = frozenset(
    [
        "Tuareg",
        "Tuaregs",
        "Fulani",
        "Peul",
        "Baloch",
        "Baluch",
        "Pashtun",
        "Pashtuns",
        "Hausa",
        "Kanuri",
        "Berber",
        "Berbers",
        "Kurd",
        "Kurds",
        "Yazidi",
        "Yazidis",
        "Rohingya",
        "Uyghur",
        "Uyghurs",
        "Hazara",
        "Hazaras",
        "Tamil",
        "Tamils",
        "Druze",
        "Alawite",
        "Alawites",
        "Shia",
        "Sunni",
        # faiths' followers in the plural ("an attack on Shias in Kurram", "Sunnis and Shiites")
        "Shias",
        "Shiites",
        "Shiite",
        "Sunnis",
        "Ahmadis",
        "Ismailis",
        # Manipur's, Chile's and Ethiopia's peoples, named before the armed groups that claim to defend them
        # ("Naga and Kuki militias", "Mapuche activists", "Tigrayan forces")
        "Mapuche",
        "Kuki",
        "Kuki-Zo",
        "Meitei",
        "Meiteis",
        "Naga",
        "Nagas",
        "Tigrayan",
        "Tigrayans",
        "Nuer",
        "Dinka",
        "Masalit",
        "Zaghawa",
        # Ituri's and the Sahel's communities, named before the militias they arm
        "Lendu",
        "Hema",
        "Dogon",
        "Bambara",
        "Mossi",
        "Hutu",
        "Tutsi",
        "Bedouin",
        "Bedouins",
        "Pashto",
        # languages: "the attackers spoke Kiswahili and Luganda"
        "Kiswahili",
        "Swahili",
        "Luganda",
        "Lingala",
        "Kinyarwanda",
        "Amharic",
        "Tigrinya",
        "Urdu",
        "Dari",
        "Farsi",
        "Tamazight",
        "Wolof",
        "Bamanankan",
        # "calls itself X in Afaan Oromo"; India's forest peoples ("young Adivasi men") ("Hindi" is also a town in
        # Kenya's Lamu county)
        "Afaan Oromo",
        "Oromiffa",
        "Gondi",
        "Telugu",
        "Odia",
        "Hausa",
        "Kanuri",
        "Sindhi",
        "Balochi",
        "Brahui",
        "Kurmanji",
        "Sorani",
        "Adivasi",
        "Adivasis",
        # "known in Arabic as Daesh"
        "Arabic",
        "Hebrew",
        "Fulfulde",
        # Ethiopia's, the Kivus' and northern Ghana's communities; creeds and language communities
        "Oromo",
        # Myanmar's peoples that name no state ("the TNLA, a Palaung (Ta'ang) force")
        "Palaung",
        "Ta'ang",
        "Ta’ang",
        "Banyamulenge",
        "Kusasi",
        "Mamprusi",
        "Anglophone",
        "Anglophones",
        "Francophone",
        "Salafi",
        "Salafist",
        # "a Marxist-Leninist faction": a doctrine, not a body
        "Marxist-Leninist",
        "Marxist",
        "Maoist",
        "Wahhabi",
        "Sufi",
        "Yom Kippur",
        "Ramadan",
        "Eid",
        "Passover",
        "Hanukkah",
        # Myanmar's peoples, named before their armed groups ("Karen armed groups", "a rival Shan armed group")
        "Kachin",
        "Karen",
        "Karenni",
        "Shan",
        # creeds and movements, named before their followers ("the Zaydi movement", "Salafi-jihadist cells")
        "Zaydi",
        "Salafi-jihadist",
        "Salafi-jihadists",
        "Neo-Nazi",
        "Neo-Nazis",
        "Takfiri",
        "Takfiris",
        "Khawarij",
        "Khwarij",
        "Kharijites",
        "Anarchist",
        "Anarchists",
        "Indigenous",
        "Nordic",
        "Arab",
        "Arabs",
        "Muslims",
        "Christians",
        "Jews",
        "Hindus",
        "Sikhs",
    ]
)
# "Deportations", "Assessments", "Confessions": a capitalised plural of an abstract noun
_ABSTRACT_PLURAL = re.compile(r"[A-Z][a-z]{3,}(?:tions|sions|ments)")
# Words NER sometimes takes for a name at the start of a sentence ("Detectives said ...").
_COMMON_NOUNS = frozenset(
    [
        # "Cartel ties" over a paragraph: the word for a kind of group, capitalised, without a name
        "cartel",
        "cartels",
        "detectives",
        "investigators",
        "officials",
        "authorities",
        "police",
        # "The Council condemned it", "the Agency agreed": a body named again by its head noun alone
        "council",
        "commission",
        "agency",
        "directorate",
        "committee",
        "department",
        "ministry",
        # "Barangay chairman Juan Santos": the Philippine word for a village, without its name
        "barangay",
        "bureau",
        "authority",
        "coalition",
        "secretariat",
        "cabinet",
        # "Army spokesman Maj. P" opening a sentence: the service, not a name
        "army",
        "military",
        "navy",
        "gendarmerie",
        "residents",
        "witnesses",
        "analysts",
        "sources",
        # "Background:" over a note, "Attack on Patrol" in a headline, "the Observatory reported": a
        # heading's word or a body's head noun alone, capitalised
        "background",
        "attack",
        "observatory",
        # "the Centre has sent more troops": India's central government, not a place
        "centre",
        "militants",
        "officers",
        "troops",
        "soldiers",
        "prosecutors",
        "judges",
        "lawmakers",
        "diplomats",
        "insurgents",
        "jihadists",
        "rebels",
        "gunmen",
        "attackers",
        "survivors",
        "victims",
        "families",
        "relatives",
        "villagers",
        "experts",
        "researchers",
        "journalists",
        "reporters",
        "spokesman",
        "spokeswoman",
        "officials",
        "critics",
        "activists",
        "protesters",
        "demonstrators",
        "mourners",
        # "Pilgrim traffic resumed", "a patrol of this Headquarters": people or a head noun capitalised alone
        "pilgrim",
        "pilgrims",
        "worshippers",
        "headquarters",
        "worshippers",
        # "Pirates seized a dhow": people named by what they do, opening a sentence
        "pirates",
        "smugglers",
        "traffickers",
        "bandits",
        "kidnappers",
        "fighters",
        "settlers",
        "hostages",
        "refugees",
        "migrants",
        "herders",
        "farmers",
        "fishermen",
        "medics",
        "doctors",
        "rescuers",
        # a headline's first word, a weapon or a blast ("Grenade hurled at police station in Gurdaspur")
        "grenade",
        "grenades",
        "bomb",
        "bombs",
        "rocket",
        "rockets",
        "missile",
        "missiles",
        "mortar",
        "mortars",
        "blast",
        "blasts",
        "explosion",
        "explosions",
        "shelling",
        "gunfire",
        "ambush",
        # words of a section heading ("Drones over Qamishli")
        "drones",
        "talks",
        "clashes",
        "strikes",
        "airstrikes",
        "attacks",
        "bombings",
        "killings",
        "raids",
        # "Media contact:", "Press enquiries": a release's footer
        "media",
        "press",
        # "the threat level stays at SEVERE": a threat level, in capitals, is a word of the scale, no name
        "moderate",
        "substantial",
        "severe",
        "critical",
        # "In the name of God, the Compassionate, the Merciful", "[Unofficial translation]": a statement's
        # opening formula or a translator's note
        "compassionate",
        "merciful",
        "unofficial",
        # "Crown prosecutor Ann Hale", "the Crown will oppose bail": the prosecuting side in a Commonwealth court
        "crown",
    ]
)
_NAMED_CELL = re.compile(
    r"^(?:(?:[A-ZÀ-Ý][\w'’-]*|e|di|de|del|della|of|the|and)\s+){0,4}[A-ZÀ-Ý][\w'’-]*\s+Cells?$"
    r"|^(?:Nucleo|Núcleo|Nucleus|Cellula|Célula|Cellule)\s+(?:[\w'’-]+\s+){0,4}?[A-ZÀ-Ý][\w'’-]*$"
)
_STATE_CELL = re.compile(
    r"\b(?:Special|Counter|Anti|Intelligence|Terrorism|Terror|Police|Investigation|Investigative|Crime|Cyber|"
    r"Coordination|Fusion|Crisis|Monitoring|Operations|Security|Media|Planning|Research|Task|Grievance|Help|Nodal|"
    r"Stem|Fuel|Solar|Sickle)\b"
)
_COMMANDER_AFTER = re.compile(r"^\s*(?:['’]s\s+)?(?:commanders?|emir|chief)\b")
_COALITION_OF_BANDS_AFTER = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:coalition|alliance|umbrella|federation|grouping|union)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:rebel|armed|militant|jihadist|insurgent|militia|guerrilla|separatist|"
    r"self-defen[cs]e)\b"
)
_VEHICLE = re.compile(
    r"(?:Toyota\s+)?(?:Land\s+Cruiser|Hilux|Prado|Pajero|Humvee|Casspir|Land\s+Rover|Range\s+Rover|Hummer|"
    r"Pick-?up|Buffel)s?"
)
_LANGUAGE_WORD = re.compile(r"\w-language\b")
_FEASTS = frozenset(
    {
        "Vesak",
        "Wesak",
        "Diwali",
        "Deepavali",
        "Holi",
        "Nowruz",
        "Navroz",
        "Ashura",
        "Muharram",
        "Ramadan",
        "Ramzan",
        "Eid",
        "Eid al-Fitr",
        "Eid al-Adha",
        "Eid ul-Fitr",
        "Eid ul-Adha",
        "Mawlid",
        "Hanukkah",
        "Passover",
        "Purim",
        "Yom Kippur",
        "Rosh Hashanah",
        "Sukkot",
        "Easter",
        "Christmas",
        "Pentecost",
        "Durga Puja",
        "Navratri",
        "Dussehra",
        "Chhath",
        "Thaipusam",
        "Songkran",
        "Nyepi",
        "Galungan",
    }
)
_FEAST_AFTER = re.compile(
    r"^\s+(?:holidays?|festival|festivities|celebrations?|feast|prayers|vigil|services?)\b"
)
_FAITHFUL = re.compile(
    r"^[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic)\s+(?:Muslims|Christians|Catholics|Protestants|Jews|Hindus|Sikhs|Buddhists|"
    r"Sunnis|Shias|Shiites|Shi'ites|Alawites|Druze|Yazidis|Copts)$"
)
_SETTLEMENT_AFTER = re.compile(
    r"^\s*,\s+(?:a|an)\s+(?:(?:small|remote|rural|farming|fishing|mining|herding|border|hilltop|riverside|"
    r"lakeside|coastal|agrarian|predominantly\s+[\w-]+|largely\s+[\w-]+|mainly\s+[\w-]+|[A-Z][\w-]+)\s+){0,2}"
    r"(?:community|village|town|settlement|hamlet|suburb|locality|trading\s+post|"
    # "Rinkeby, a district of Stockholm", "Molenbeek, a municipality in Brussels": a part of a named town
    r"(?:district|neighbou?rhood|quarter|municipality|commune|borough)(?=\s+(?:of|in)\s+[A-Z]))\b"
    r"(?!\s+(?:elders?|chiefs?|heads?|leaders?|headm[ae]n|councillors?|officials?|residents?|head\b))"
)
_AREA_DESCRIBED_AFTER = re.compile(
    r"^\s*,\s+the\s+(?:[\w-]+\s+)?(?:area|region|zone|territory|triangle|corridor)\s+"
    r"(?:covering|around|spanning|between|straddling|along|where)\b"
)
_PARTY_AFTER = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:(?:far-right|far-left|right-wing|left-wing|ruling|opposition|nationalist|"
    r"neo-Nazi|populist|Islamist|communist|socialist|conservative|liberal|banned|main|former)\s+){0,2}"
    r"(?:political\s+)?party\b"
)
_TITLE_OFFICE_BEFORE = re.compile(r"\b(?:Director|Director-General|Director\s+General|Commandant),\s+$")
# ("fighters speaking Tamasheq, Fulfulde and Arabic": every language of the list)
_SPOKE_BEFORE = re.compile(
    r"\b(?:spoke|speak|speaks|speaking|spoken|translated\s+(?:from|into))\s+(?:in\s+)?"
    r"(?:[A-Z][\w'’-]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$"
)
_LANGUAGE_AFTER = re.compile(r"^(?:-|\s+)(?:language|speaking|speakers?)\b")
_HEADING_BEFORE = re.compile(r"\n[ \t#*]*$")
_HEADING_AFTER = re.compile(r"[ \t*:]*(?:\n|$)")
_HEADING_COLON_AFTER = re.compile(r"\*{0,2}:[ \t]")
# ("*Explainer · Levant Security Observatory · by Yara Haddad*": a genre word opening a masthead line before its dot)
_GENRE_DOT_AFTER = re.compile(r"[ \t]+[·•|][ \t]")
_GENRES = frozenset(
    {
        "Explainer",
        "Analysis",
        "Brief",
        "Briefing",
        "Commentary",
        "Report",
        "Opinion",
        "Feature",
        "Backgrounder",
    }
    | {"Update", "Insight", "Profile", "Dispatch", "Primer", "Factsheet", "Q&A", "Interview", "Review"}
)
_ALIAS_AFTER = re.compile(
    r"^\s*,?\s*(?:alias|a\.k\.a\.?|aka|better\s+known\s+as|known\s+by\s+(?:the|his|her)\s+(?:nom\s+de\s+guerre|"
    r"alias|nickname|kunya|code\s*name))\b"
)
# "the town of X", "residents of X", "villagers in X": the name is a place whatever follows it.
_COMPASS_OF_THE = re.compile(r"\b(?:[Ee]ast|[Ww]est|[Nn]orth|[Ss]outh)(?:ern)?\s+of\s+(?:the\s+)?$")
_STRONG_PLACE_BEFORE = re.compile(
    # ("outside the community of San Miguel", "the province of Herat": a word for an area of a country too)
    r"\b(?:(?:town|city|village|hamlet|port|district|municipality|commune|settlement|suburb|neighbou?rhood|"
    r"community|locality|province|county|region)\s+of|"
    # "border communes such as Karimama and Malanville"
    r"(?:towns|villages|communes|districts|localities|municipalities|settlements|cities)\s+(?:such\s+as|including|like)|"
    # "in the neighbourhoods of Tabla and Ruiseñor": either of the quarters a plural word for them names
    # ("in the states of Sonora and Sinaloa", "the provinces of Cabo Delgado and Niassa")
    r"(?:neighbou?rhoods|quarters|suburbs|townships|states|provinces|regions|districts|counties|communities)\s+of(?:\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s*(?:,\s*)?(?:and|,))?|"
    r"(?i:residents|villagers|"
    r"inhabitants|elders|shopkeepers|traders|locals|fishermen)\s+(?:of|in|from)|"
    # "on the heights of Kuh-e Sorkh", "the slopes of Mount Elgon": a name after a word for high ground
    r"(?:heights|slopes|foothills)\s+of|"
    # "the road between the district centre, Banu, and the pass": the seat of an area, named after it
    r"(?:district|provincial|regional|administrative|municipal)\s+(?:centre|center|headquarters|seat)\s*,|"
    r"\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:(?:north|south|east|west)\w*\s+)?(?:of|from|outside))\s+(?:the\s+)?$"
)


def _named_force(name: str, org: OrgEntry) -> bool:
    """Whether the first word of "X special forces" is a name the gazetteer gives the body itself."""
    first = name.split()[0]
    return not is_demonym(first) and first in (org.name, *org.aliases, *org.acronyms)


def _is_demonym_led(name: str) -> bool:
    """Whether a force's name starts with a nationality word ("Kenyan troops"), not a place ("Puntland forces")."""
    first = name.split()[0]
    return lexicon.lookup_place(first) is None or is_demonym(first)


_STREET_FIRST = re.compile(
    r"^(?:Avenida|Calle|Carrera|Rua|Avenue\s+de|Boulevard\s+de|Jalan|Jl\.|"
    # "near Place Flagey", "the Rue Royale", "Piazza Navona": a French or Italian square or street
    r"Place(?=\s+(?:de|du|des)\s|\s+[A-Z][a-zà-ÿ]+$)|Rue|Piazza|Praça|Plaza\s+de)\s+\S"
)
_COMMAND_TAIL = re.compile(r"\s(?:Command|Brigade|Battalion|Regiment|Front|Squadron|Company|Column)$")
_POSSESSOR_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)(?:'s|’s|’)\s+$")
_AND_OTHER_MEN_AFTER = re.compile(
    r"^\s*,?\s+and\s+(?:(?:two|three|four|several|a\s+few|a\s+handful\s+of)\s+)?other\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cadres|commanders|leaders|officials|members|figures|founders|veterans|men|militants|fighters|officers|"
    r"clerics|defendants|suspects)\b"
)
_FROM_BEFORE = re.compile(r"\b(?:from|near|outside)\s+$")
_POST_AT_BEFORE = re.compile(
    r"\b(?:position|positions|base|post|outpost|camp|checkpoint|garrison|barracks)\s+(?:at|in|near|outside)\s+$",
    re.I,
)
_PLACED_AFTER = re.compile(
    r"^\s*,\s+(?:in|near|outside|some\s+\d|\d+\s*(?:km|kilomet|mile)|(?:north|south|east|west)\w*\s+of)\b"
)
_IN_REGION_AFTER = re.compile(r"^,?\s+in\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s?){1,3})(?<!\s)")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|nearby|neighbou?ring|outside|inside|around|into|from|towards?|attack\s+on|attacks\s+on|raid\s+on|"
    r"town\s+of|village\s+of|"
    # "the gang that fought Los Choneros for control of Durán": the turf two gangs fight over
    r"(?:for|over)\s+control\s+of|"
    r"city\s+of|district\s+of|region\s+of|province\s+of|camp\s+at|base\s+at|"
    # "families have fled to Qardho"
    r"(?:fled|fleeing|flee|returned|retreated|withdrew|travelled|traveled|relocated|evacuated)\s+to)\s+(?:the\s+)?$",
    re.I,
)
_SPANISH_BAND = re.compile(
    r"Los\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:es|s)|(?:Tropa|Comando|Escuadrón|Escuadron)\s+del?\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
)
_GANG_STORY = re.compile(r"\b(?:cartels?|cárteles|gangs?|narco\w*|sicarios?|drug\s+traffick\w*)\b", re.I)
_ALSO_SPELLED_BEFORE = re.compile(
    r"([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*)\s+\((?:also\s+)?(?:spelled|spelt|written|transliterated(?:\s+as)?)\s+$"
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$")
_BETWEEN_AND_AFTER = re.compile(r"^\s+and\s+([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\b")
_BETWEEN_PLACE_BEFORE = re.compile(r"\bbetween\s+([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s+and\s+$")
_TAKEN_BEFORE = re.compile(r"\b(?:retook|recaptured|overran)\s+$")
_PARALLEL_TOWN_BEFORE = re.compile(
    r"\b(?:retook|recaptured|overran|in)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?"
    r"\s+in\s+([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s+and\s+$"
)
_SETTLEMENT_OPENER = re.compile(
    r"(?:Kfar|Kafr|Kiryat|Qiryat|Khirbet|Khirbat|"
    # "Kampung Baru", "Sungai Petani", "Bukit Mertajam": Malay words for a village, a river, a hill, a cape
    r"Kampung|Kampong|Sungai|Bukit|Tanjung|Teluk)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?"
)


def _known_town(name: str) -> bool:
    """Whether a name is a known place smaller than a country ("Jableh", "Homs")."""
    place = lexicon.lookup_place(name, alternates=False)
    return place is not None and place.type not in ("Country",)


_PLACE_NAMED_EVENT_AFTER = re.compile(r"^\s+(?:shootings?|massacre|stabbings?|siege|tragedy|killings)\b")
_ATTACKED_BEFORE = re.compile(
    r"\b(?:(?:assaults?|ambush(?:es)?|raids|siege|offensive)\s+on|attacked|stormed|overran|raided|besieged|shelled)\s+$",
    re.I,
)
# "attacked Mueda", "in Mueda": words before a small town's name that make it the place, not a person.
_TOWN_CONTEXT_BEFORE = re.compile(
    # ("hiding between Lamitan and Maluso": the second of two places the words set apart)
    r"(?:\b(?:in|at|near|outside|around|into|from|on|between|attacked|stormed|overran|raided|seized|captured|"
    r"besieged|shelled)\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+)?"
    # "near Tibu and El Tarra": the last of a list of places after the word
    r"(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+))?)$",
    re.I,
)
# "the Kalay and Tamu townships": the first of two names before a plural word for administrative areas
_PAIRED_AREA_AFTER = re.compile(
    r"^\s+and\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s+(?:districts|townships|provinces|governorates|counties|"
    r"departments|regions|municipalities|prefectures|tehsils|woredas|local\s+government\s+areas)\b"
)
# "Mueda, in Cabo Delgado", "Mueda in Mozambique's": a name placed inside another place.
_TOWN_CONTEXT_AFTER = re.compile(r"^\s*,?\s+(?:in|near)\s+(?:the\s+)?[A-Z]")
_AREA_AFTER = re.compile(
    r"^\s+(?:districts?|sub-?districts?|provinces?|governorates?|counties|county|departments?|regions?|"
    r"municipality|territory|territories|townships?|tehsils?|woredas?|prefectures?|chiefdoms?|"
    r"local\s+government\s+areas?|LGAs?|islands?|peninsula|archipelago|villages?|neighbou?rhoods?|oasis|oases|"
    # "on Ngagel Madya street": a street named in lower case after its name
    r"street|avenue)\b"
    r"(?!\s+(?:government|governor|police|council|assembly|chief|commissioner|administration|office|court|"
    r"head|elders?|chairman|leaders?|hall))"
)
# "the Maungdaw area", "the Kech region's": after "the", a name and "area" name a place (a person has no area).
_THE_AREA_AFTER = re.compile(
    r"^\s+(?:area|areas|border\s+area|hills|countryside|outskirts|river|lake|valley|mountains|forest|plateau|islands?)\b"
)
# "the Palmyra guesthouse", "the nearby Ras Tanura oil terminal", "the Arly and Comoé parks": after "the", a name
# and a lower-case word for a venue or a site name that place (a person has no guesthouse of that name)
_THE_VENUE_AFTER = re.compile(
    r"^\s+(?:hotels?|guesthouses?|guest\s+houses?|(?:oil\s+|fuel\s+|container\s+)?terminals?|national\s+parks?|"
    r"parks|game\s+reserves?|prisons?|penitentiary|jail|refinery|oil\s+field|gas\s+field|airbase|air\s+base|"
    r"refugee\s+camp|displacement\s+camp|mosque|church|synagogue|shrine|stadium)\b"
    r"(?!['’]s?\s+(?:owners?|managers?|staff|chain|group))"
)
_THE_VENUE_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:(?:nearby|adjacent|neighbouring|neighboring|former|main|central|old|new|sprawling)\s+)?"
    r"(?:[A-ZÀ-Ý][\w'’-]*\s+and\s+)?$"
)
_WORKS_AT_BEFORE = re.compile(
    r"\b(?:fellow|analyst|researcher|director|professor|scholar|expert|economist|lecturer|editor|"
    r"correspondent|head|chairman|president)\s+(?:at|with|of)\s+(?:the\s+)?$",
    re.I,
)
_PART_OF_GROUP_AFTER = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:faction|splinter\s+group|offshoot|wing|cell|sub-?group)\s+of\b|"
    # "the Nyatura, a Hutu militia", "X, an armed group active in Y"
    r"^\s*,\s+(?:a|an)\s+(?:(?!(?:town|village|city|region|area|district|province|country|state|held|controlled|"
    r"base|by|of|in|for)\b)[\w-]+\s+){0,2}?(?:militia|(?:armed|rebel|jihadist|militant|insurgent|guerrilla)\s+group|"
    # "Ebubeagu, a regional security outfit", "X, a vigilante group set up by the governors"
    r"(?:security|vigilante|armed|militant|rebel|paramilitary)\s+outfit|vigilante\s+(?:group|force|network))\b"
    r"(?!['’]s|\s+(?:leader|commander|member|chief|founder|head|spokes\w+|boss|fighter)s?\b)"
)
_SETTLEMENT_OF_BEFORE = re.compile(
    r"\b(?:town|city|village|port|district|region|province|island|capital|settlement|suburb|neighbou?rhood|"
    # "in the department of Chalatenango", "the governorate of Dhamar": a country's first division, in lower case
    r"(?-i:department|governorate|prefecture|municipality))\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "Tengku Ampuan Hospital", "Wandsworth Prison": the capitalised last word of a building's name
_BUILDING_TAIL = re.compile(
    r"\s(?:Hospital|Prison|Penitentiary|Jail|Airport|Stadium|Mosque|Cathedral|Church|Synagogue|Highway|"
    r"Motorway|Expressway|Barracks|Infirmary|Courthouse|Cemetery)$"
)
_HOSPITAL_TAIL = re.compile(r"\s(?:Hospital|Infirmary|Clinic)$")
# ", the maximum-security prison outside the capital", ", a field hospital in": a site described after its name
_SITE_DESCRIBED_AFTER = re.compile(
    r"\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:prison|jail|penitentiary|detention\s+cent(?:re|er)|"
    r"hospital|hotel|stadium|mosque|church|airport|air\s+base|military\s+base|refugee\s+camp|"
    r"displacement\s+camp|shopping\s+(?:mall|centre|center))"
    r"(?=\s*[,.;]|\s+(?:in|on|at|near|outside|where|which|that|north|south|east|west|of)\b)"
)
# 'known under the nickname "Abu Hafs"', "his nom de guerre, Kamanda": the word for a nickname before a name
_NICKNAME_BEFORE = re.compile(
    r"\b(?:nickname|nom\s+de\s+guerre|kunya|pseudonym|alias(?:es)?)\s*[,:]?\s*[\"“‘']?$", re.I
)
_NAMED_PERSON_BEFORE = re.compile(
    r"\b(?:suspect|man|woman|bomber|gunman|militant|commander|spokesman|spokeswoman|known\s+(?:only\s+)?as|"
    r"identified\s+as|alias)\s*,?\s*$",
    re.I,
)
_GAVE_HIS_NAME_BEFORE = re.compile(
    r"\b(?:(?:gave|giving|gives)\s+(?:his|her)\s+(?:name|nom\s+de\s+guerre)|(?:identified|introduced)\s+(?:himself|herself))"
    r"\s+(?:only\s+)?as\s+$",
    re.I,
)


_ROLE_AND_GIVEN_NAME_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|commander|prosecutor|researcher|analyst|official|director|mayor|governor)"
    r"\s+(?P<given>[A-ZÀ-Ý][a-zà-ÿ]+)\s+$"
)


_LISTED_NAME = (
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:al-|el-|(?:de|del|du|des|da|do|dos|di|la|le)\s+)?[A-ZÀ-Ý][\w'’-]+){0,3}"
)
_LIST_ITEM_BEFORE = re.compile(rf"({_LISTED_NAME})(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_LIST_ITEM_AFTER = re.compile(rf"^(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)({_LISTED_NAME})")
# The words before a list of places; not at a sentence's start ("In Kabul, Ahmad and Karim said").
_PLACE_LIST_CUE = re.compile(
    r"(?<![.\n]\s)(?<!^)(?<![.\n])\b(?:in|near|around|across|between|covering|including|spanning|"
    r"villages\s+of|towns\s+of|districts\s+of|areas\s+of)\s+(?:the\s+)?$",
    re.I,
)


def _listed_with_places(text: str, start: int, end: int, people: dict[str, Mention]) -> bool:
    """Whether text[start:end] is one of three or more names listed after a word for where, one a known place."""
    others: list[str] = []
    seps: list[str] = []
    left = start
    while (m := _LIST_ITEM_BEFORE.search(text[max(0, left - 80) : left])) is not None:
        others.append(m.group(1))
        seps.append(m.group(2))
        left -= len(m.group(0))
    right = end
    while (m := _LIST_ITEM_AFTER.match(text[right : right + 80])) is not None:
        others.append(m.group(2))
        seps.append(m.group(1))
        right += len(m.group(0))
    if len(others) < 2 or not any(re.search(r"\b(?:and|or)\b", sep) for sep in seps):
        return False
    if not _PLACE_LIST_CUE.search(text[max(0, left - 40) : left]):
        return False
    if any(surname_key(o) in people for o in others):
        return False
    return any(lexicon.lookup_place(o, alternates=False) is not None for o in others)


def _two_word_demonym(cleaned: str) -> bool:
    """Whether a name of two or three words is the nationality of a country so named ("Sri Lankan", "South Sudanese")."""
    if not 1 < len(cleaned.split()) < 4:
        return False
    for suffix in ("ns", "n", "ese", "is", "i"):
        if cleaned.endswith(suffix):
            place = lexicon.lookup_place(cleaned[: -len(suffix)], alternates=False)
            if place is not None and place.type == "Country" and place.name != cleaned:
                return True
    return False


def _demonym_then_people(cleaned: str) -> bool:
    """Whether a name of two words is a nationality then a people ("Rwandan Hutu", "Malian Tuareg")."""
    words = cleaned.split()
    return (
        len(words) == 2
        and words[1] in _ETHNONYMS
        and (DEMONYM.match(words[0]) is not None or is_demonym(words[0]))
        and lexicon.lookup_group(cleaned) is None
    )


def _joined_demonyms(cleaned: str) -> bool:
    """Whether a name opens with two or more nationalities joined by hyphens ("Iraqi-American"), one word at most after."""
    words = cleaned.split()
    if len(words) > 2:
        return False
    parts = re.split(r"[-‐–]", words[0])
    return len(parts) > 1 and all(DEMONYM.match(w) or is_demonym(w) for w in parts)


def _known_settlement(cleaned: str) -> bool:
    """Whether a single word NER called a people is a city or a country the gazetteer knows by that name."""
    if " " in cleaned or DEMONYM.match(cleaned) or is_demonym(cleaned) or cleaned in _ETHNONYMS:
        return False
    place = lexicon.lookup_place(cleaned, alternates=False)
    return (
        place is not None
        and place.type in ("City", "Country")
        and place.name == cleaned
        or (place is not None and place.type in ("City", "Country") and cleaned in place.aliases)
    )


def _is_a_name(cleaned: str, before: str) -> bool:
    """Whether NER's span names something, rather than describing a force, a faith or a nationality."""
    if _FORCE_DESCRIPTION.match(cleaned) or cleaned.casefold() in _NOT_ORGANIZATIONS:
        return False
    # "Secretary of State Antony Blinken": "State" belongs to the title.
    if " " not in cleaned and re.search(r"\bSecretary\s+of\s+$", before):
        return False
    # "a 32-year-old Frenchman": a nationality, whatever label NER gave it.
    return not re.fullmatch(r"[A-Z][a-z]+(?:man|men|woman|women)", cleaned) or not re.search(
        r"\b(?:a|an|the|\d+-year-old|young|fellow)\s+$", before
    )


_LED_BY_BEFORE = re.compile(
    # ("a faction under Omari Belawan", "fighters under Abu Ayman": men under a name are under a person)
    r"\b(?:(?:led|headed|commanded|run)\s+by|loyal\s+to|[Uu]nder\s+the\s+(?:command|leadership)\s+of|"
    r"(?:faction|wing|fighters|men|militants|unit)\s+under)\s+(?:(?:the\s+)?(?:late|former|veteran|jihadist|militant|warlord|commander)\s+)?$"
)


def _paired_with_a_person(ent: Span) -> bool:
    """Whether NER's next or last name, across one "and", is a person's ("X and Edoardo Massari")."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "and" and doc[ent.end + 1].ent_type_ == "PERSON":
        return doc[ent.end + 1].ent_iob_ == "B"
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "and" and doc[ent.start - 2].ent_type_ == "PERSON"


_DEATH_OF_BEFORE = re.compile(
    r"\b(?:death|killing|assassination|funeral|burial|murder|widow|grave|tomb|mausoleum)\s+of\s+$", re.I
)
_TOMB_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:tomb|grave|gravesite|burial|funeral|mausoleum|assassination|killing|death|widow)\b"
)


# "the 40-year-old truck driver Felipe Amaya", "a crane operator Ramil Dugay": a trade in lower case just before
# a name is the person's ("the Driver Training Centre" is capitalised; "operator" of a mine names no one after it)
_TRADE_BEFORE = re.compile(
    r"(?:\d+-year-old|\ba|\ban|\bthe)\s+(?:[a-z-]+\s+){0,2}?(?:driver|operator|farmer|trader|shopkeeper|herder|"
    r"fisherman|teacher|mechanic|labourer|laborer|vendor|tailor|engineer|nurse|student|businessman|businesswoman|"
    r"miner|carpenter|plumber|electrician|guard|cook|welder)\s+$"
)


_IN_THE_BEFORE = re.compile(r"\b(?:in|into|across|throughout)\s+the\s+$")
_IN_PLACE_BEFORE = re.compile(
    r"(?<!\btrust )(?<!\bfaith )(?<!\bconfidence )(?<!\binterest )(?<!\bbelief )(?<!\brole )(?<!\bpart )"
    r"\b(?:in|near|outside)\s+$"
)
# "when 17-year-old Tom Baker opened fire": a name right after a person's age in years is the person's
# ("the 300-year-old Grand Mosque": a building's age runs longer, and its name ends in a word for a building)
_AGE_BEFORE = re.compile(r"(?<![\w-])(?:[1-9]|[1-9]\d)-year-old\s+$")


def _looks_like_person(before: str, after: str) -> bool:
    """Whether the words around a name say it is a person ("a senior figure", "Abdeslam's brother, X")."""
    return bool(
        PERSON_CONTEXT_BEFORE.search(before)
        or PERSON_CONTEXT_AFTER.match(after)
        or _TRADE_BEFORE.search(before)
    )


# "the Karen Liberation Army", "the Revolutionary Armed Forces": an army by name that no state owns
# ("the People's Liberation Army" is China's, and the gazetteer knows it).
_INSURGENT_ARMY = re.compile(
    r"(?<!People's )(?<!People’s )\b(?:Liberation\s+Army|Revolutionary\s+Armed\s+Forces|Self-Defen[cs]e\s+Forces)\b"
)


def _is_group(ent: Span, text: str, cleaned: str) -> bool:
    """Whether an unknown ORG is an armed group: by its name, or by the words around it."""
    # "the Karama Brigade of the Lord's Resistance Army": a unit of a group the gazetteer knows is a group,
    # though the owner's name ends in "Army" as a state's does
    owner = _OWNER_AFTER.match(text, ent.end_char)
    if (
        owner is not None
        and lexicon.GROUP_NAME_CUE.search(cleaned)
        and lexicon.lookup_group(owner.group(1)) is not None
    ):
        return True
    # "the Bicol Regional Command, the NPA unit in the south": described as a unit of a group the gazetteer knows
    unit = _GROUP_UNIT_AFTER.match(text[ent.end_char : ent.end_char + 80])
    if unit is not None and lexicon.lookup_group(unit.group(1)) is not None:
        return True
    if STATE_OWNER_BEFORE.search(
        text[max(0, ent.start_char - 50) : ent.start_char]
    ) or STATE_OWNER_AFTER.match(text[ent.end_char : ent.end_char + 60]):
        return False  # "the army's 5th Brigade", "the Sabre Battalion of the Ugandan army": a state's unit
    # "the army's Second Division ... the Second Division's commander": a unit the story once names as a state's
    # is the state's wherever else it is named
    if _UNIT_TAIL.search(cleaned) and re.search(
        rf"\b(?:army|military|police|navy|Army|Police|Navy)['’]s\s+{re.escape(cleaned)}\b", text
    ):
        return False
    if _ARMY_ARM.search(cleaned):
        return (
            False  # "Light Infantry Battalion 344", "the 103rd Infantry Brigade": an army's order of battle
        )
    if _body_of_a_state(cleaned):
        return False  # "members of the Katsina State Community Watch Service": a state's or a province's own body
    if lexicon.GROUP_NAME_CUE.search(cleaned) and (
        not GOV_ORG_HEAD.search(cleaned) or _INSURGENT_ARMY.search(cleaned)
    ):
        return True
    after = text[ent.end_char : ent.end_char + 60]
    before = text[max(0, ent.start_char - 60) : ent.start_char]
    if GOV_ORG_HEAD.search(cleaned) and _COMMANDER_AFTER.match(after):
        return False  # "the National Police commander in Cauca": a state's force has commanders too
    if lexicon.GROUP_AFTER_CUE.match(after) or lexicon.GROUP_BEFORE_CUE.search(before):
        return True
    # "the Joint Forces, a coalition of former Darfur rebel movements": a band of armed bands, whatever
    # its name ("Forces") shares with a state's
    if _COALITION_OF_BANDS_AFTER.match(text[ent.end_char : ent.end_char + 100]):
        return True
    # "the brigade is the armed wing of the Military Command for Free Idlib": a military council or command
    # with an armed wing of its own is an armed movement (a state's has none; a party or a brotherhood
    # named so, "the armed wing of the Muslim Brotherhood", is a movement the words leave as it is)
    if (
        _ARMED_WING_OF_BEFORE.search(before)
        and _MILITARY_BODY.search(cleaned)
        and not _STATE_BODY_WORD.search(cleaned)
    ):
        return True
    # A movement that is also a party ("Fatah") is an armed group where the words around say it
    # fights: its armed wing, its clashes, its ceasefire. A state's body fights too, and stays one.
    if GOV_ORG_HEAD.search(cleaned):
        return False
    if _ARMED_WING_AFTER.match(after):
        return True
    # "clashed with", "a ceasefire with": a party clashes with its rivals in words too, so only where the
    # story around is one of arms (fighters, the dead, an armed group named)
    return bool(_FIGHTING_BEFORE.search(before) or _TRUCE_AFTER.match(after)) and _armed_nearby(
        text, ent.start_char, ent.end_char, cleaned
    )


_GROUP_UNIT_AFTER = re.compile(
    r"^\s*,\s+(?:the|a|an)\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*?)(?:['’]s)?\s+(?:[a-z]+\s+)?"
    r"(?:unit|command|front|wing|faction|cell|battalion|brigade|company|platoon|branch|chapter)\b"
)
_REGION_COUNTRY = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,2}Country")
_INITIALS_AFTER = re.compile(r"^\s*\(([A-Z]{2,6})\)")
_OPERATIONS_ROOM_AFTER = re.compile(r"^\s+(?:joint\s+)?operations?\s+room\b")


def _called_a_place(name: str, text: str) -> bool:
    """Whether the text names `name` somewhere after a word for a settlement ("the town of", "residents of")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        before = text[max(0, m.start() - 60) : m.start()]
        if _STRONG_PLACE_BEFORE.search(before) and not PERSON_CONTEXT_BEFORE.search(before):
            return True
    return False


_BARE_TITLE_AFTER = re.compile(
    r"^\s*,\s+(?:(?:senior|deputy|chief|former|acting)\s+)?(?:spokes(?:man|woman|person)|commander|leader|"
    r"secretary|superintendent|chief|head|director|founder)\s+(?:of|for)\b"
)
_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)")
_GOVERNMENT_TAIL = re.compile(r"\s(?:Service|Agency|Police|Command|Corps|Ministry|Department|Office|Bureau)$")


def _body_of_a_state(cleaned: str) -> bool:
    """Whether a name opens with a country, state or province the gazetteer knows and ends in a word for a
    government body ("Katsina State Community Watch Service", "Borno State Police Command")."""
    if _GOVERNMENT_TAIL.search(cleaned) is None:
        return False
    words = cleaned.split()
    for k in (3, 2, 1):
        if k < len(words) - 1:
            place = lexicon.lookup_place(" ".join(words[:k]), alternates=False)
            if place is not None and place.type in ("Country", "Province"):
                return True
    return False


# The arms of a regular army: militias name their units after places, martyrs and battles, not these.
_ARMY_ARM = re.compile(
    r"\b(?:Infantry|Mechani[sz]ed|Armou?red|Airborne|Artillery|Marines?|Parachute|Engineers?|Signals|"
    r"Reconnaissance)\s+(?:\w+\s+)?(?:Battalion|Brigade|Division|Regiment|Corps|Company|Group)s?\b"
)
_HURT = re.compile(r"\b(?:killed|dead|wounded|injured|gunfire|shot|troops|soldiers|armed)\b", re.I)
_ARMED_WINDOW = 150


def _armed_nearby(text: str, start: int, end: int, name: str) -> bool:
    """Whether the words around a name tell of arms: fighters, the dead, or an armed group by name."""
    window = text[max(0, start - _ARMED_WINDOW) : end + _ARMED_WINDOW]
    if ARMED_CONTEXT.search(window) or _HURT.search(window):
        return True
    return any(
        w != name and lexicon.lookup_group(w) is not None for w in re.findall(r"[A-Z][\w'’-]{2,}", window)
    )


# "Fatah's armed wing", "the KNU and its armed wing": a movement that has an army of its own.
# "the Fatah movement's Tanzim militia", "Fatah's al-Aqsa Martyrs' Brigades": its own fighters, named.
_ARMED_WING_AFTER = re.compile(
    r"^(?:\s+(?i:movement|party|organi[sz]ation))?(?:['’]s|\s*,?\s+and\s+its)\s+(?i:own\s+)?"
    r"(?:(?i:armed|military|militant|paramilitary)\s+(?i:wing|arm|branch)\b|"
    r"(?:(?:al-|the\s+)?[A-Z][\w'’-]*\s+){1,4}(?i:militia|brigades?|battalions?|fighters|gunmen)\b)"
)
_ARMED_WING_OF_BEFORE = re.compile(
    r"\b(?:armed|military|militant|paramilitary)\s+(?:wing|arm)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_MILITARY_BODY = re.compile(r"\bMilitary\s+(?:Council|Command|Committee|Coalition)\b")
_STATE_BODY_WORD = re.compile(r"\b(?:Ministry|Department|Government|Parliament|Senate|Police|Court|Army)\b")
# "clashes between Fatah and Hamas", "fighting with the KNU", "a ceasefire with the KNU"
_FIGHTING_BEFORE = re.compile(
    r"\b(?:clash(?:es|ed)?|fighting|skirmish(?:es)?|ceasefire|truce)\s+"
    r"(?:between|with|against|involving)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and|or)\s+(?:the\s+)?)?$",
    re.I,
)
# "the KNU signed a ceasefire", "Fatah fighters clashed", "Fatah clashed with Hamas"
_TRUCE_AFTER = re.compile(
    r"^\s+(?:(?:has|had|have)\s+)?(?:signed|agreed|declared|announced|broke|violated|accepted|rejected)\s+"
    r"(?:an?\s+|the\s+)?(?:nationwide\s+|temporary\s+|new\s+)?(?:ceasefire|truce)\b|"
    r"^\s+(?:clashed|skirmished)\s+with\b",
    re.I,
)

"""A document's typed, cleaned mentions: runs the finders and reconciles what they find."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from kg.extract import dates, lexicon
from kg.extract.mentions.aliases import (
    acronym_links,
    acronyms_of,
    defined_names,
    groups_by_acronym,
    retype_aliases,
)
from kg.extract.mentions.classify import _type
from kg.extract.mentions.compounds import compound_names
from kg.extract.mentions.groups import (
    disambiguate_groups,
    first_words_of_named_groups,
    governments,
    group_heads,
    group_provinces,
    one_type_per_group_name,
    org_names_joined,
    short_group_names,
    unknown_groups,
)
from kg.extract.mentions.people import (
    SAYS_AFTER,
    bare_surnames,
    capitals_bylines,
    framed_people,
    given_names_before,
    middle_names_dropped,
    named_people,
    people_named_after_places,
    person_name,
    quoted_people,
    ranked_people,
    short_given_names,
    surname_key,
    surnames_named_later,
    trailing_names,
)
from kg.extract.mentions.places import (
    camps_named_two_ways,
    capitals,
    coordinated_places,
    countries_inside,
    described_places,
    known_cities,
    listed_places,
    named_sites,
    places_held,
    places_named_again,
    places_of_a_shared_kind,
    places_of_the_story,
    places_taken_for_people,
    regions_named_short,
    settlements,
    short_place_names,
    sites_listed_by_kind,
    sites_struck,
    titled_places,
    town_police,
    towns_named_for_their_region,
    two_places,
    villages_named_short,
)
from kg.extract.mentions.shaped import one_type_per_shaped_name, shaped_names
from kg.extract.mentions.spans import joined_ents
from kg.extract.mentions.text import (
    JUNK,
    MONTHS_AND_DAYS,
    ORG_WORD,
    RANK_AT,
    clean,
    is_demonym,
    place_mention,
    sentence_at,
)
from kg.model import Document, EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# "southern Lebanon": a gazetteer region named by a compass word, lower-case but a name all the same.
_COMPASS_PLACE = re.compile(
    r"^(?:north|south|east|west|central|northern|southern|eastern|western|(?:north|south)-?(?:east|west)(?:ern)?)"
    r"\s+[A-Z]"
)
# "the department of Caaguazú": a gazetteer province named by the word for its kind and "of", as Paraguay's
# and Colombia's departments are (the department, not its capital city of the same name)
_AREA_OF_PLACE = re.compile(r"^(?:department|province|state|region|governorate)\s+of\s+[A-ZÀ-Ý]")

# "an Orthodox church in Kizlyar", "a Syriac Catholic church": a denomination before the lower-case word for a
# house of worship describes some church of that faith and names none ("the Mar Elias church" is named)
_DENOMINATION_SITE = re.compile(
    r"(?:(?:Russian|Greek|Roman|Eastern|Syriac|Syrian|Assyrian|Chaldean|Armenian|Coptic|Maronite|Orthodox|Catholic|"
    r"Protestant|Anglican|Evangelical|Pentecostal|Baptist|Methodist|Lutheran|Presbyterian|Adventist)\s+){1,3}"
    r"(?:church|cathedral|chapel|parish)"
)

# "a Dushanbe hospital", "a General Security checkpoint in Sarmada": an indefinite article before a name and the
# lower-case word for a kind of site describes some site of that town or body and names none ("the Dushanbe
# hospital" may be one)
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:a|an|A|An)\s+$")


def _some_site(m: Mention, text: str) -> bool:
    """Whether a site read from a name and a kind word is only described: by a faith, or after "a"."""
    if _DENOMINATION_SITE.fullmatch(m.name):
        return True
    kind = m.text.split()[-1]
    return (
        m.gazetteer_id is None
        and kind[:1].islower()
        and _INDEFINITE_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
    )


def _mentions(document: Document, sdoc: Doc) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Typed, cleaned mentions of the document's names, and the pairs it declares the same."""
    text = document.text
    sents = list(sdoc.sents)
    sent_index = {sent.start: i for i, sent in enumerate(sents)}
    mentions: list[Mention] = unknown_groups(document, sents)
    mentions += group_provinces(document, sents, mentions)
    shaped = shaped_names(document, sdoc, sents, mentions)
    mentions += shaped
    mentions += [m for m in named_sites(document, sdoc, sents, mentions) if not _some_site(m, document.text)]
    mentions += described_places(document, sents, mentions)
    mentions += capitals(document, sents, mentions)
    mentions += governments(document, sents, mentions)
    mentions += settlements(document, sdoc, sents, mentions)
    mentions += known_cities(document, sdoc, sents, mentions)
    named = named_people(document, sdoc, sents, mentions)
    named += ranked_people(document, sdoc, sents, mentions + named)
    named += quoted_people(document, sents, mentions + named)
    mentions += named
    claimed = [(m.start, m.end) for m in mentions]
    trains = _TRAIN_WORD.search(text) is not None
    people: dict[str, Mention] = {}  # surname -> fullest person mention so far
    for m in named:
        if " " in m.name:
            people[surname_key(m.name.split()[-1])] = m
    for ent in joined_ents(sdoc, text):
        if any(s < ent.end_char and ent.start_char < e for s, e in claimed):
            continue
        rank = RANK_AT.match(text, ent.start_char)
        if rank is not None and rank.end() >= ent.end_char:
            # "Rear Admiral", "Squadron" (of "Squadron Leader"): a rank before a name is no body of its own
            continue
        pair = two_places(document, ent, sent_index[ent.sent.start])
        # "the Afghan-Pakistan border": a nationality on a border's one side stands for its country, and
        # names no place of its own
        pair = [m for m in pair if not (m.gazetteer_id is None and is_demonym(m.text))]
        if pair:
            mentions += pair
            continue
        typed = _type(ent, text, people)
        if typed is None:
            continue
        etype, gid, subtype, name, conf = typed
        suffix = _GROUP_SUFFIX.match(text, ent.end_char) if etype is EntityType.GROUP and gid else None
        longer = lexicon.lookup_group(ent.text + suffix.group(1)) if suffix else None
        if longer is not None and f"group:{longer}" != gid:
            # "ISIS-K." at a sentence's end: the tokenizer kept "K." apart, the name is the longer one
            extended = ent.text + suffix.group(1)
            m = Mention(
                extended,
                lexicon.groups()[longer].name,
                etype,
                document.id,
                ent.start_char,
                ent.start_char + len(extended),
                sent_index[ent.sent.start],
                conf,
                f"group:{longer}",
            )
            mentions.append(m)
            continue
        if gid is None and (
            _VESSEL_BEFORE.search(text[max(0, ent.start_char - 40) : ent.start_char])
            or (trains and _TRAIN_NAME.match(clean(ent.text, titles=False)))
        ):
            # a ship is a venue, as a hotel is: where an attack happened, not who did it
            etype, subtype, name, conf = EntityType.LOCATION, "Facility", None, 0.7
        cleaned = clean(ent.text, titles=etype is not EntityType.ORGANIZATION)
        # (a gazetteer name as long as a run-on span is still that name: the UN mission in the Central
        # African Republic is called so in full)
        # and a group whose own name is written in lower case ("anti-balaka militias") is still the group
        known_in_full = (
            gid is not None
            and name is not None
            and cleaned.casefold() == name.casefold()
            and (
                (len(cleaned) >= 80 and cleaned[:1].isupper())
                or etype is EntityType.GROUP
                # ("Rescue 1122", "Task Force 2010": a body whose name holds a number is still the body)
                or (etype is EntityType.ORGANIZATION and cleaned[:1].isupper() and re.search(r"\d", cleaned))
            )
        )
        if not cleaned or (
            JUNK.match(cleaned)
            and not (
                gid
                and (
                    _COMPASS_PLACE.match(cleaned)
                    or _AREA_OF_PLACE.match(cleaned)
                    or known_in_full
                    # "the 444 Brigade": a number that is a known group's own name, under any of its names
                    or (
                        etype is EntityType.GROUP
                        and re.match(r"\d", cleaned)
                        and gid == f"group:{lexicon.lookup_group(cleaned)}"
                    )
                )
            )
        ):
            continue
        # "the al-Qaeda-linked group" is another group, described by its ties.
        if etype is EntityType.GROUP and _TIES_AFTER.match(text[ent.end_char : ent.end_char + 20]):
            continue
        # "armed Nuer youths", "Fulani herders": a people's name before a word for its members is no body
        if (
            etype in (EntityType.ORGANIZATION, EntityType.GROUP)
            and gid is None
            and " " not in cleaned
            and _PEOPLE_AFTER.match(text, ent.end_char)
        ):
            continue
        if etype is EntityType.ORGANIZATION and gid is None:
            # "the Houthi-run Saba news agency": who runs it describes the body, it is no part of the name
            cleaned = _RUN_BY.sub("", cleaned)
        if etype is EntityType.ORGANIZATION:
            # "Pakistan's Foreign Office", "Norway's Statoil": the country says whose, the name follows.
            owned = re.match(r"^(.+?)(?:'s|’s)\s+([A-Z].*)$", cleaned)
            if owned is not None and lexicon.lookup_place(owned.group(1)) is not None:
                cleaned = owned.group(2)
        if etype is EntityType.ORGANIZATION and gid is not None:
            cleaned = _without_described_kind(cleaned, gid)
        if etype is EntityType.LOCATION and gid is None:
            # "in Tangaza village": the lower-case word says what kind of place, it is no part of the name
            cleaned = _KIND_AFTER_NAME.sub("", cleaned)
        offset = ent.text.find(cleaned)
        start = ent.start_char + max(offset, 0)
        if (
            etype in (EntityType.ORGANIZATION, EntityType.GROUP)
            and gid is None
            and _NUMBERED_HEAD.search(cleaned)
        ):
            # "Light Infantry Battalion 344", "Regional Trial Court Branch 21": the number NER left out is the name
            number = (_COURT_BRANCH if cleaned.endswith("Court") else _UNIT_NUMBER).match(
                text, start + len(cleaned)
            )
            if number is not None:
                cleaned += number.group()
        si = sent_index[ent.sent.start]
        if etype is EntityType.PERSON and gid is None:
            # "the Chadian Mahamat Idriss Kone": a nationality before a full name says where he is from
            nationality = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z][\w'’-]*\s+[A-Z])", cleaned)
            if nationality is not None and is_demonym(nationality.group(1)):
                cleaned = cleaned[nationality.end() :]
                start += nationality.end()
            # "Director General of Police Nalin Prabhat": the institution belongs to the title
            inst = _INSTITUTION_WORD.match(cleaned)
            if inst is not None and " " in cleaned[inst.end() :].strip():
                cleaned = cleaned[inst.end() :]
                start += inst.end()
                # ("Commissioner of Police Datuk Seri Ali Hamid": the honour after the institution goes too)
                honour = lexicon.HONORIFICS.match(cleaned)
                if honour is not None and " " in cleaned[honour.end() :].strip():
                    cleaned = cleaned[honour.end() :]
                    start += honour.end()
            # "Mr Justice Horner": an English judge is known by the title and his surname
            judge = _JUDGE_BEFORE.search(text, max(0, start - 25), start)
            # (unless the judge was named in full before: "Justice Diana Kavedza ... Justice Kavedza")
            if judge is not None and " " not in cleaned and surname_key(cleaned) not in people:
                cleaned, start = judge.group() + cleaned, judge.start()
            # "spokesman Arben Krasniqi" where NER kept the surname: the name reaches back to the given name
            if name and name.endswith(f" {cleaned}") and text[:start].endswith(name[: -len(cleaned)]):
                start, cleaned = start - (len(name) - len(cleaned)), name
            cleaned, name = person_name(cleaned, people)
        m = Mention(
            cleaned, name or cleaned, etype, document.id, start, start + len(cleaned), si, conf, gid, subtype
        )
        mentions.append(m)
        if etype is EntityType.PERSON and len(name.split()) > 1:
            people[surname_key(name.split()[-1])] = m
    mentions += compound_names(document, sents, mentions)
    mentions = places_of_a_shared_kind(document, sents, coordinated_places(document, sents, mentions))
    mentions += listed_places(document, mentions)
    mentions += town_police(mentions, text)
    mentions += framed_people(document, sdoc, sent_index, mentions)
    mentions = capitals_bylines(document, sents, mentions)
    mentions += bare_surnames(document, sents, mentions)
    mentions = group_heads(document, sents, mentions)
    mentions += countries_inside(mentions, text)
    # "Somali", "Somalis": a nationality word by itself names no group, whatever rule took it for one; "a Hmar
    # hamlet", "Meitei miscreants": a people's name by itself is no person, group or body
    mentions = [
        m
        for m in mentions
        if not (
            m.gazetteer_id is None
            and " " not in m.text.strip()
            and (
                (m.type is EntityType.GROUP and is_demonym(m.text.strip()))
                or (m.type is not EntityType.LOCATION and lexicon.gazetteer.is_people(m.text.strip()))
            )
        )
    ]
    mentions += _mastheads(document, sents, mentions)
    mentions = _ships_and_trains(mentions, document, [sent.start_char for sent in sents])
    mentions = _call_signs(mentions, document, [sent.start_char for sent in sents])
    mentions = _numbered_roads(mentions, document, [sent.start_char for sent in sents])
    mentions = _cities_named_after_places(mentions, text)
    mentions.sort(key=lambda m: m.start)
    mentions = _halves_of_one_place(_joined_place_names(_joined_acronyms(mentions, text), text), text)
    mentions = _factions_after_acronyms(mentions, text, [sent.start_char for sent in sents])
    mentions = _factions_in_brackets(mentions, text)
    mentions = _stations_of_towns(_izafe_places(_bodies_named_after_a_town(mentions, text), text), text)
    mentions = _places_in_a_province(mentions)
    mentions = _one_type_per_outlet(mentions)
    credited = _credited_names(document, [sent.start_char for sent in sents])
    mentions = _without_credit_lines(_without_dateline_agency(mentions, text, credited), text)
    mentions = org_names_joined(sorted(mentions + credited, key=lambda m: m.start), text)
    mentions = one_type_per_shaped_name(mentions, shaped, text)
    mentions = places_named_again(titled_places(mentions, text), text)
    mentions = given_names_before(people_named_after_places(mentions, text), text)
    mentions = surnames_named_later(short_given_names(mentions, text))
    mentions = disambiguate_groups(middle_names_dropped(trailing_names(mentions), text), text)
    mentions = short_group_names(one_type_per_group_name(mentions), text, sents)
    mentions = first_words_of_named_groups(mentions, text)
    mentions = places_of_the_story(villages_named_short(short_place_names(mentions), text), text)
    mentions = _sites_by_their_name(_people_by_one_name(_groups_by_cue(mentions, text), text), text)
    mentions = _groups_by_one_name(mentions, text)
    mentions = _with_area_word(mentions, text)
    mentions = _courts_of_a_town(_county_offices(_offices_of_a_force(mentions, text), text), text)
    mentions = _courts_named_before_a_town(mentions, text)
    mentions = _people_by_description(_bylines_given_name(mentions, text), document, sents)
    mentions = _two_places_joined(
        _spellings_of_people(mentions, text, [sent.start_char for sent in sents]), text
    )
    mentions = _monitors_named_after_places(_gulf_words(_retyped_by_frame(mentions, text), text), text)
    starts = [sent.start_char for sent in sents]
    mentions = _estates(
        _gangs_and_courts_by_name(
            _prison_gangs(
                _bodies_cut_before_their_field(
                    _bodies_cut_at_and(_ministries_cut_at_their_seat(mentions), text), text
                ),
                text,
            ),
            text,
        ),
        document,
        starts,
    )
    mentions = _republics_in_full(_landforms(_papers(mentions, document, starts), text), text)
    mentions = sorted(mentions + _cities_in_brackets(mentions, text), key=lambda m: m.start)
    mentions = defined_names(mentions, text, [sent.start_char for sent in sents])
    same_as = acronym_links(text, mentions)
    mentions = retype_aliases(groups_by_acronym(mentions, same_as), same_as)
    mentions = _acronyms_everywhere(mentions, text, [sent.start_char for sent in sents])
    mentions = _places_named_as_bodies(mentions, text)
    mentions = _places_by_their_cue(_surnames_of_one_person(mentions, text), text)
    before = sites_struck(towns_named_for_their_region(regions_named_short(mentions), text), text)
    before = camps_named_two_ways(before)
    # (people NER made of places are retyped before the listed sites, the last step that reads the words around a name)
    before = sites_listed_by_kind(places_taken_for_people(before, text), text)
    mentions = _branches_not_places(
        _states_by_their_forces_only(_without_titles_alone(before, text), text), text
    )
    mentions = _bodies_of_the_story(_without_court_panels(_without_feasts(mentions), text), text)
    mentions = _without_clans(mentions, text)
    mentions = _acronyms_one_type(_numbered_courts(_without_doctrines(mentions), text))
    mentions = _federal_court_districts(_road_ends(_without_rank_acronyms(mentions), text), text)
    mentions = _without_office_words(mentions, text)
    dropped = {(m.start, m.end) for m in before} - {(m.start, m.end) for m in mentions}
    same_as = [
        (a, b) for a, b in same_as if (a.start, a.end) not in dropped and (b.start, b.end) not in dropped
    ]
    same_as += _people_once_known_as(mentions, text)
    # An acronym taken from another body ("AFP" for the army, not the news agency) is paired as it now
    # is, or the pair would bring the other body into the graph.
    now = {(m.start, m.end): m for m in mentions}

    def current(m: Mention) -> Mention:
        new = now.get((m.start, m.end), m)
        return new if new.gazetteer_id != m.gazetteer_id else m

    return mentions, [(current(a), current(b)) for a, b in same_as]


# "the Kalanaur-Dera Baba Nanak road", "the Zhob-Dera Ismail Khan highway": the two towns a road joins
_ROAD_WORD_AFTER = re.compile(
    r"[ \t]+(?:road|highway|motorway|expressway|railway|rail[ \t]+line|route|corridor)\b"
)
_ROAD_END = re.compile(r"[A-Z][\w'’.]{2,}(?:[ \t]+[A-Z][\w'’.]*){0,3}")
# ("the Trans-Sahara route", "the North-South corridor": one name)
_NOT_A_ROAD_END = frozenset({"Trans", "Pan", "Inter", "Anglo", "North", "South", "East", "West", "Central"})


def _road_ends(mentions: list[Mention], text: str) -> list[Mention]:
    """A name of two towns joined by a hyphen before "road" or "highway" is the two towns, not one body or place."""
    out = []
    for m in mentions:
        parts = re.split(r"[-‐‑–]", m.text)
        if (
            len(parts) != 2
            or m.gazetteer_id is not None
            or m.text != text[m.start : m.end]
            or not _ROAD_WORD_AFTER.match(text, m.end)
            or not all(_ROAD_END.fullmatch(p) for p in parts)
            or any(p.split()[0] in _NOT_A_ROAD_END for p in parts)
            or ORG_WORD.search(m.text)
        ):
            out.append(m)
            continue
        cut = m.start + len(parts[0])
        out.append(_as_place(m, parts[0], m.start, cut))
        out.append(_as_place(m, parts[1], cut + 1, m.end))
    return out


# "Leader of the Opposition Partap Singh Bajwa", "Speaker of the House Mike Johnson": the last word of the office
# NER ran into the name
_OFFICE_OF_THE_BEFORE = re.compile(
    r"\b(?:Leader|Speaker|Chief|Minister|Secretary|Chairman|Chairwoman|Chair|Head|President|Clerk|Whip)"
    r"[ \t]+of[ \t]+the[ \t]+$"
)
_OFFICE_WORDS = frozenset(
    {
        "Opposition",
        "House",
        "Senate",
        "Assembly",
        "Council",
        "Parliament",
        "Majority",
        "Minority",
        "Interior",
        "Treasury",
        "Cabinet",
        "Army",
        "Staff",
    }
)


def _without_office_words(mentions: list[Mention], text: str) -> list[Mention]:
    """A person's name without the end of the office before it ("Opposition Partap Singh Bajwa" -> the man)."""
    out = []
    for m in mentions:
        words = m.text.split()
        cut = 0
        while cut < len(words) - 2 and words[cut] in _OFFICE_WORDS:
            cut += 1
        if (
            cut == 0
            or m.type not in (EntityType.PERSON, EntityType.ORGANIZATION)
            or m.gazetteer_id is not None
            or ORG_WORD.search(" ".join(words[cut:]))
            or m.text != text[m.start : m.end]
            or not _OFFICE_OF_THE_BEFORE.search(text, max(0, m.start - 30), m.start)
        ):
            out.append(m)
            continue
        lo = m.start + m.text.index(words[cut], len(" ".join(words[:cut])))
        rest = text[lo : m.end]
        name = rest if m.name == m.text or m.type is EntityType.ORGANIZATION else m.name
        out.append(
            dataclasses.replace(m, text=rest, name=name, start=lo, type=EntityType.PERSON, subtype=None)
        )
    return out


# Police ranks of South Asia, read as bodies by NER: "According to the DGP", "the SSP said"
_RANK_ACRONYM = re.compile(r"(?:A?DGP|IGP|AIG|DIG|S?SP|ASP|DSP|SHO|SDPO|[AD]CP)")


def _without_rank_acronyms(mentions: list[Mention]) -> list[Mention]:
    """A police rank's acronym names an officer's post, never a body or a place of its own."""
    return [m for m in mentions if m.gazetteer_id is not None or not _RANK_ACRONYM.fullmatch(m.text.strip())]


# "sitting in the Eastern District of Michigan", "the U.S. District Court for the Northern District of Ohio":
# a federal court named by its district (a part of a US state is never a place a story calls that)
_US = r"(?:U\.[ \t]?S\.|US|United[ \t]+States)"
_SIDE_OF_STATE = r"(?:Northern|Southern|Eastern|Western|Middle|Central)[ \t]+"
_OF_STATE = r"District[ \t]+of[ \t]+(?P<state>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
_COURT_DISTRICT = re.compile(
    rf"(?:(?:(?:{_US}|federal)[ \t]+)?District[ \t]+Court(?:[ \t]+for[ \t]+the|,)[ \t]+)?"
    rf"(?P<district>{_SIDE_OF_STATE}{_OF_STATE})"
)
# "the U.S. District Court for the District of Minnesota": a state that is one district names it without a side
# (only after the court's own name: "the District of Columbia" alone is a place)
_COURT_SOLE_DISTRICT = re.compile(
    rf"(?:(?:{_US}|federal)[ \t]+)?District[ \t]+Court[ \t]+for[ \t]+the[ \t]+(?P<district>{_OF_STATE})"
)
# "the U.S. Attorney's Office for the District of Minnesota": the federal prosecutors of a district
_ATTORNEY_DISTRICT = re.compile(
    rf"{_US}[ \t]+Attorney['’]s[ \t]+Office[ \t]+(?:for|in)[ \t]+the[ \t]+(?P<district>(?:{_SIDE_OF_STATE})?{_OF_STATE})"
)


def _federal_court_districts(mentions: list[Mention], text: str) -> list[Mention]:
    """A US federal court named by its district ("the Eastern District of Michigan") is one body, a Court,
    not "Eastern District" and the state read as two places; so is a district's US Attorney's Office."""
    out = list(mentions)
    matches = [
        *((m, "Court") for m in _COURT_DISTRICT.finditer(text)),
        *((m, "Court") for m in _COURT_SOLE_DISTRICT.finditer(text)),
        *((m, "Government") for m in _ATTORNEY_DISTRICT.finditer(text)),
    ]
    for match, subtype in matches:
        state = match.group("state")
        if not any(
            (p := lexicon.gazetteer.places().get(pid)) is not None
            and p.country == "US"
            and p.type == "Province"
            for pid in lexicon.gazetteer.lookup_place(state)
        ):
            if " " not in state or not any(
                (p := lexicon.gazetteer.places().get(pid)) is not None and p.country == "US"
                for pid in lexicon.gazetteer.lookup_place(state.split()[0])
            ):
                continue
            state = state.split()[0]  # "the Western District of Texas Tuesday": the state's name, no more
        lo, hi = match.start(), match.start("state") + len(state)
        if any(
            m.start <= lo
            and hi <= m.end
            and (m.start, m.end) != (lo, hi)
            and m.type is EntityType.ORGANIZATION
            for m in out
        ):
            continue  # "the U.S. Attorney's Office for the Eastern District of Wisconsin": a longer body's name
        if any(m.start == lo and m.end == hi and m.type is EntityType.ORGANIZATION for m in out):
            continue
        whole = text[lo:hi]
        si = next((m.sentence_index for m in out if m.start <= lo < m.end or lo <= m.start < hi), None)
        if si is None:
            continue
        inside = [m for m in out if m.start < hi and lo < m.end]
        if any(
            m.start < lo or m.end > hi or m.type is EntityType.ORGANIZATION and m.gazetteer_id for m in inside
        ):
            continue  # (a court the gazetteer knows keeps its entry)
        name = " ".join(whole.split())
        doc_id = inside[0].doc_id
        out = [m for m in out if not (m.start < hi and lo < m.end)]
        out.append(Mention(whole, name, EntityType.ORGANIZATION, doc_id, lo, hi, si, 0.8, None, subtype))
    return sorted(out, key=lambda m: m.start)


_POST_NOMINAL = re.compile(r"SC|QC|KC|KBE|OBE|MBE|CBE")

# "Ahmed Qasim, the former commander once known as Abu Hafs", "Ahmed Qasim (formerly known as Abu Hafs)":
# the name a person went by before is his too
_ONCE_KNOWN_AS = re.compile(
    r"(?:\s*,\s*(?:the|a|an)\s+[^,;()\n]{1,60}?|\s*\(?)\s*"
    r"(?:once|formerly|previously|earlier|long)\s+known\s+as\s+"
)
# "al-Jolani, now governing under his real name, Ahmed al-Sharaa": his own name given later
_REAL_NAME = re.compile(r",\s+(?:[a-z][\w-]*\s+){0,4}(?:his|her)\s+real\s+name,?\s+")


def _people_once_known_as(mentions: list[Mention], text: str) -> list[tuple[Mention, Mention]]:
    """Pairs of one person's names: the one used now and the one he was known by before."""
    people = {m.start: m for m in mentions if m.type is EntityType.PERSON}
    pairs: list[tuple[Mention, Mention]] = []
    for m in people.values():
        for cue in (_ONCE_KNOWN_AS, _REAL_NAME):
            found = cue.match(text, m.end)
            other = people.get(found.end()) if found is not None else None
            if other is not None and other.name != m.name:
                pairs.append((m, other))
    return pairs


def _without_titles_alone(mentions: list[Mention], text: str) -> list[Mention]:
    """No person is called by a title alone ("Editor's note"), and "SC" after a barrister's name is no body."""
    people_ends = {m.end for m in mentions if m.type is EntityType.PERSON}
    return [
        m
        for m in mentions
        if not (
            m.gazetteer_id is None
            and (
                # "Crown prosecutor Anna Lee SC told the court": Senior Counsel, a rank of the bar
                (_POST_NOMINAL.fullmatch(m.text) and m.start - 1 in people_ends and text[m.start - 1] == " ")
                or (m.type is EntityType.PERSON and lexicon.TITLE_RE.fullmatch(m.text.strip()))
                # "identified the pair only by their initials, E.K. and S.A.": initials alone name no one
                # the story can be held to (a country's, "U.S.", is the gazetteer's)
                or (
                    m.type in (EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION)
                    and _INITIALS_ALONE.fullmatch(m.text.strip())
                )
                # "loyalty to Iran's Supreme Leader, Ali Khamenei": an office, whoever holds it, is no body
                or (m.type is EntityType.ORGANIZATION and _OFFICE_ALONE.fullmatch(m.text.strip()))
            )
        )
    ]


_OFFICE_ALONE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:Supreme|Grand|Deputy|Vice|Prime|Chief)\s+)*"
    r"(?:Leader|Minister|President|Justice|Mufti|Ayatollah|Emir|Caliph)"
)
_INITIALS_ALONE = re.compile(r"(?:[A-Z]\.[ \t]?){1,2}[A-Z]\.?")


# "the Easter Sunday bombings", "attacks on Christmas Day", "during Eid al-Adha": a feast day is a date,
# whatever NER or a headline's capitals made of it, never a place, body or person.
_FEAST = re.compile(
    r"(?:(?:Easter|Christmas|Palm|Good|Holy|Ash|Boxing|New\s+Year['’]s)\s+"
    r"(?:Sunday|Monday|Friday|Saturday|Thursday|Wednesday|Day|Eve|Week)|Eid(?:\s+al-(?:Fitr|Adha))?|"
    # "to mark Brexit day", "a bomb on Polling Day", "before Quds Day": a civic or political day, a date as well
    r"(?:Brexit|Election|Polling|Independence|Remembrance|Armistice|Victory|Nakba|Bastille|Quds|Martyrs['’]?)"
    r"\s+[Dd]ay)"
)


def _without_feasts(mentions: list[Mention]) -> list[Mention]:
    """No mention of a feast day that no gazetteer lists."""
    return [m for m in mentions if m.gazetteer_id is not None or not _FEAST.fullmatch(m.text.strip())]


# "a state modelled on National Socialism", "the ideas of Marxism-Leninism": a doctrine is no body, place or person
_DOCTRINE = re.compile(
    r"National[\s-]+Socialism|(?:(?:Marx|Lenin|Mao|Naz|Fasc|Commun|Salaf|Wahhab|Jihad|Islam|Anarch|Trotsk|Stalin)ism-?)+"
)


def _without_doctrines(mentions: list[Mention]) -> list[Mention]:
    """No mention of a doctrine that no gazetteer lists."""
    return [m for m in mentions if m.gazetteer_id is not None or not _DOCTRINE.fullmatch(m.text.strip())]


# "Federal Oral Criminal Court No. 2", "Anti-Terrorism Special Tribunal-1": a court's number is part of its name
_COURT_NUMBER = re.compile(r"(?:[ \t]+(?:No\.?|Number)[ \t]*|-)\d{1,2}(?![\w-])")


def _numbered_courts(mentions: list[Mention], text: str) -> list[Mention]:
    """An unknown court or tribunal's mention stretched over the number after it."""
    out = []
    for m in mentions:
        if m.type is not EntityType.ORGANIZATION or m.gazetteer_id is not None or not m.text[:1].isupper():
            out.append(m)
            continue
        # ("the Anti-Terrorism Special Tribunal-1": NER may leave out the head word with the number)
        head = (
            None
            if re.search(r"\b(?:Court|Tribunal)$", m.text)
            else re.match(r"[ \t]+(?:Court|Tribunal)", text[m.end :])
        )
        end = m.end + head.end() if head else m.end
        number = _COURT_NUMBER.match(text, end)
        if number is not None and (head or re.search(r"\b(?:Court|Tribunal)$", m.text)):
            name = text[m.start : number.end()]
            m = dataclasses.replace(m, text=name, name=name, end=number.end())
        out.append(m)
    return out


def _acronyms_one_type(mentions: list[Mention]) -> list[Mention]:
    """An unknown name in capitals ("UFI-AMIA") that is a body in one place is no place in another."""
    bodies = {m.text for m in mentions if m.type is EntityType.ORGANIZATION and m.gazetteer_id is None}
    return [
        dataclasses.replace(m, type=EntityType.ORGANIZATION, subtype=None)
        if m.type is EntityType.LOCATION
        and m.gazetteer_id is None
        and m.text in bodies
        and re.fullmatch(r"[A-Z][A-Z0-9]+(?:-[A-Z][A-Z0-9]+)*", m.text)
        else m
        for m in mentions
    ]


def _bodies_of_the_story(mentions: list[Mention], text: str) -> list[Mention]:
    """A body's name or acronym several states' bodies share means the one of a country the story names.

    "the GKNB" is Tajikistan's State Committee for National Security first; in a story that names
    Kyrgyzstan and not Tajikistan, it is Kyrgyzstan's ("the NIA" likewise: India's or Nigeria's).
    Where the story names the countries of both, the body is the other country's only when that country
    holds two or more of the story's places and the first choice's none: "the Punjab Police" in a story
    of Gurdaspur and Amritsar that says the attackers trained in Pakistan is India's.
    """
    table = lexicon.gazetteer.organizations()
    out = []
    for m in mentions:
        kind, _, oid = (m.gazetteer_id or "").partition(":")
        first = table.get(oid) if kind == "org" and m.type is EntityType.ORGANIZATION else None
        ids = lexicon.gazetteer.lookup_org(m.text) if first is not None and first.country else ()
        named = [
            other
            for other in (table.get(i) for i in ids if i != oid)
            if other is not None
            and other.country
            and other.country != first.country
            and lexicon.names_country(other.country, text)
        ]
        if not named:
            out.append(m)
            continue
        if lexicon.names_country(first.country, text):
            held = places_held(mentions, lexicon.fold(m.text))
            most = max(held[o.country] for o in named)
            # only where none of the story's places is in the first choice's country and two or more are in the
            # other's: a Canadian statement that lists groups abroad keeps Canada's CSIS
            named = (
                [o for o in named if held[o.country] == most] if most >= 2 and not held[first.country] else []
            )
        if len({o.country for o in named}) == 1:
            m = dataclasses.replace(m, gazetteer_id=f"org:{named[0].id}", name=named[0].name)
        out.append(m)
    return out


# "the 2nd Criminal Senate of the Federal Court of Justice", "before the State Protection Senate": a German
# court's panel (a senate), no body of its own; where a story names one, the bare "Senate" is the panel too,
# never the US Senate
_COURT_PANEL = re.compile(
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth)\s+)?"
    r"(?:Criminal|Civil|Penal|State\s+Protection|Security)\s+Senate"
)


def _without_court_panels(mentions: list[Mention], text: str) -> list[Mention]:
    """No mention of a court's panel, nor of a bare "Senate" in a story that names such a panel."""
    if not _COURT_PANEL.search(text):
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.type is EntityType.ORGANIZATION
            and (
                _COURT_PANEL.fullmatch(m.text.strip()) or m.text.strip() in ("Senate", "senate", "the Senate")
            )
        )
    ]


# "the Islamic State's Khorasan branch", "the Sahel branch of IS": the region names the branch (the
# relation rules read it as the group's province), it is not a place the story is about.
_IS_NAMES = r"(?:Islamic\s+State|ISIS|ISIL|IS|Daesh)"
# ("the group's Sahel branch" where the group is the Islamic State the story names: its branch too)
_IS_OWNER_BEFORE = re.compile(rf"\b(?:{_IS_NAMES}|[Tt]he\s+group)['’]s\s+$")
_BRANCH_AFTER = re.compile(r"\s+(?:branch|affiliate|chapter)\b")
_OF_IS_AFTER = re.compile(rf"\s+(?:branch|affiliate|chapter)\s+of\s+(?:the\s+)?{_IS_NAMES}\b")


# "the Khorasan branch, also known as ISKP, said": with the Islamic State named in the document, "the
# X branch" is its province, a group (not "the Khorasan branch of the bank" in a text that never names it)
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def _branches_not_places(mentions: list[Mention], text: str) -> list[Mention]:
    """No place for the region that only names a branch of the Islamic State the gazetteer knows."""
    names_is = any(
        m.type is EntityType.GROUP and m.gazetteer_id == f"group:{lexicon.lookup_group('Islamic State')}"
        for m in mentions
    )

    def province(m: Mention) -> str | None:
        if m.type is not EntityType.LOCATION:
            return None
        return lexicon.lookup_group(f"Islamic State {m.name} Province")

    def branch_word(m: Mention) -> bool:
        if not province(m):
            return False
        if _OF_IS_AFTER.match(text, m.end):
            return True
        owner = _IS_OWNER_BEFORE.search(text[max(0, m.start - 30) : m.start])
        if owner is not None and not names_is and not owner.group().startswith(("I", "D")):
            return False
        return bool(_BRANCH_AFTER.match(text, m.end) and owner)

    def the_branch(m: Mention) -> Mention | None:
        gid = province(m)
        if gid is None or not names_is or not _THE_BEFORE.search(text, max(0, m.start - 5), m.start):
            return None
        if (after := re.compile(r"\s+branch\b(?!\s+of\b)").match(text, m.end)) is None:
            return None
        surface = text[m.start : after.end()]
        name = lexicon.groups()[gid].name
        return dataclasses.replace(
            m,
            text=surface,
            name=name,
            type=EntityType.GROUP,
            end=after.end(),
            gazetteer_id=f"group:{gid}",
            subtype=None,
        )

    out: list[Mention] = []
    for m in mentions:
        if (branch := the_branch(m)) is not None:
            out.append(branch)
        elif not branch_word(m):
            out.append(m)
    return out


# "U.S. forces", "a U.S. drone strike": a state written only as the abbreviated adjective of its forces
# or its strikes describes who fought; the story is not about the country. Where the document names it
# otherwise too ("the United States", "U.S. officials said", "U.S.-backed", read by the compound rule),
# it is kept.
_FORCES_AFTER = re.compile(
    r"\s+(?:(?:air|drone|retaliatory|military|special)\s+)?"
    r"(?:forces|troops|soldiers?|service\s+members?|servicemen|personnel|military|raids?|strikes?|"
    r"airstrikes?|air\s+strikes|sanctions|occupation|(?:Central|Africa)\s+Command|"
    # ("U.S. advisers", "with US backing", "the U.S. Treasury", "a U.S. Army veteran", "U.S. District Judge X",
    # "Assistant U.S. Attorney Y": the adjective of a state's agents, its courts and its services)
    r"advisers|advisors|backing|Army|Navy|Air\s+Force|Treasury|State\s+Department|District|Attorneys?)\b"
)

# "U.S.", "US", "U.K.": the short form English writes as the adjective of a state
_ABBREVIATED_STATE = re.compile(r"[A-Z](?:\.?[A-Z]){1,2}\.?")


def _states_by_their_forces_only(mentions: list[Mention], text: str) -> list[Mention]:
    """No country whose every mention is the adjective of its forces, strikes or sanctions."""
    uses: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type is EntityType.LOCATION and m.subtype == "Country" and m.gazetteer_id:
            if not _ABBREVIATED_STATE.fullmatch(m.text.strip()):
                # "Iran forces shelled": a state's full name is a noun, the story names the state itself
                uses.setdefault(m.gazetteer_id, []).append(dataclasses.replace(m, end=-1))
                continue
            uses.setdefault(m.gazetteer_id, []).append(m)
    gone = {
        gid
        for gid, ms in uses.items()
        if all(m.end >= 0 and _FORCES_AFTER.match(text, m.end + (text[m.end : m.end + 1] == ".")) for m in ms)
    }
    return [m for m in mentions if m.gazetteer_id not in gone or m.type is not EntityType.LOCATION]


_PEOPLE_AFTER = re.compile(
    r"\s+(?:youths?|herders?|herdsmen|pastoralists|villagers|tribesmen|clansmen|elders|civilians|farmers|"
    r"women|children|families|communit(?:y|ies)|chiefs|kings?)\b"
)
_INTO_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|near|from|into|outside|around)\s+$")


def _places_named_as_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """A name the document makes a place elsewhere is a place after "in", "to", "near" ("the priest in Aguililla").

    NER calls a small town an organisation in one sentence and a place in the next; a name no gazetteer
    knows, read as a place somewhere in the story, is that place where a locative word stands before it.
    """
    places = {
        m.name: m
        for m in mentions
        if m.type is EntityType.LOCATION and m.gazetteer_id is None and m.name == m.text
    }
    if not places:
        return mentions
    out = []
    for m in mentions:
        place = places.get(m.name)
        if (
            place is not None
            and m.type is EntityType.ORGANIZATION
            and m.gazetteer_id is None
            and m.name == m.text
            and _INTO_PLACE_BEFORE.search(text[max(0, m.start - 12) : m.start])
        ):
            m = dataclasses.replace(
                m, type=EntityType.LOCATION, subtype=place.subtype, confidence=place.confidence
            )
        out.append(m)
    return out


_GENERATION = frozenset({"Jr", "Sr", "II", "III", "IV"})
_NAME_PARTICLE = frozenset(
    {"al", "el", "bin", "ibn", "abu", "abou", "de", "del", "da", "dos", "van", "von", "la"}
)
# "fighting near Goma" after "Gen. Peter Goma": a town's name after a word of place is the town
_PLACE_CUE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|around|into|from|to|towards?|town\s+of|village\s+of|residents\s+of|people\s+of)\s+$",
    re.I,
)
_KIND_OF_PLACE_AFTER = re.compile(
    r"\s+(?:district|province|region|county|state|department|municipality|town|city|village|community|area|"
    r"valley|river|axis|road|market)\b"
)


def _surnames_of_one_person(mentions: list[Mention], text: str) -> list[Mention]:
    """A surname alone that a rule or a gazetteer took for a body, a group or a place, where one person of
    the story bears it ("the faction loyal to Ochoa" after "Ramiro Ochoa Beltrán"; "Kessler, hit in the arm,"
    after "Constable Anna Kessler" when a town is also called Kessler).

    The surname is the last word of the full name, or the first of two surnames ("Ochoa" of "Ramiro Ochoa
    Beltrán") where that word is nobody's given name in the story. A name the group or body gazetteers know
    is left alone; a town's name is left alone after a word of place ("in Kessler") or before a word for an
    area, and wherever else the story sets it after such a word.
    """
    bearers: dict[str, set[str]] = {}
    given: set[str] = set()
    first_at: dict[str, int] = {}
    for m in mentions:
        words = [w for w in m.name.split() if w.rstrip(".") not in _GENERATION]
        if m.type is not EntityType.PERSON or m.gazetteer_id is not None or len(words) < 2:
            continue
        if not m.name[:1].isupper():
            continue
        given.add(words[0].casefold())
        first_at[m.name] = min(first_at.get(m.name, m.start), m.start)
        bearers.setdefault(surname_key(words[-1]), set()).add(m.name)
        if (
            len(words) >= 3
            and words[-2][:1].isupper()
            and words[-1][:1].isupper()
            and words[-2][-1:] not in (".", '"', "'", "”", "’")
            and words[0] not in ("Abu", "Al", "Umm")
            and words[-2].casefold() not in _NAME_PARTICLE
        ):
            # 'Ramiro "El Flaco" Ochoa Beltrán': the first of two surnames is the one a story repeats
            bearers.setdefault(surname_key(words[-2]), set()).add(m.name)
    if not bearers:
        return mentions
    # a town's name the story sets after a word of place is that town wherever it stands
    towns = {
        m.text.strip()
        for m in mentions
        if m.type is EntityType.LOCATION
        and not _POSSESSIVE_AFTER.match(text, m.end)
        and (
            _PLACE_CUE_BEFORE.search(text, max(0, m.start - 20), m.start)
            or _KIND_OF_PLACE_AFTER.match(text, m.end)
        )
    }
    out = []
    for m in mentions:
        bare = m.text.strip()
        names = bearers.get(surname_key(bare), set())
        if (
            len(names) == 1
            and m.type in (EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.GROUP)
            and " " not in bare
            and len(surname_key(bare)) >= 4
            and bare[:1].isupper()
            and not bare.isupper()
            and m.name == bare
            and (m.gazetteer_id is None or m.gazetteer_id.startswith("place:"))
            and lexicon.lookup_group(bare) is None
            and lexicon.lookup_org(bare) is None
            and not _KIND_OF_PLACE_AFTER.match(text, m.end)
            and not re.match(r"[ \t]+[A-Z]", text[m.end : m.end + 2])
        ):
            full = next(iter(names))
            possessive = _POSSESSIVE_AFTER.match(text, m.end) is not None
            placed = _PLACE_CUE_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
            second = surname_key(bare) != surname_key(full.split()[-1])
            if m.start < first_at[full]:
                # a headline's bare name before the person is named is left to the headline rules
                out.append(m)
                continue
            # a place never after a word of place nor as a town the story names elsewhere;
            # "at Haddad's course" is the man's all the same
            if (m.gazetteer_id is not None or m.type is EntityType.LOCATION) and (
                (placed and not possessive) or bare in towns
            ):
                out.append(m)
                continue
            if second and bare.casefold() in given:
                # "Mohammed Ali Hassan ... Ali Rahman": a word that is someone's given name stands for nobody
                out.append(m)
                continue
            m = dataclasses.replace(m, type=EntityType.PERSON, subtype=None, name=full, gazetteer_id=None)
        out.append(m)
    return out


# "fighting around Kouri Bougoudi", "the village of Tambon Batong": after these words a name is a place
_STRONG_PLACE_BEFORE = re.compile(
    # ("the canton of Ticino", "the county of Kerry": a division named by its kind)
    r"\b(?:near|around|outside|(?:the\s+)?outskirts\s+of|(?:town|village|city|settlement|hamlet|locality|canton|county|"
    r"province|governorate|prefecture|voivodeship|oblast)\s+of|"
    # "a hamlet on the ridge above Chotobekra": a lie of the land set against the place
    r"(?:ridge|hills?|heights|slopes?|road|track|valley|forest|village|hamlet|plateau|mountains?)\s+"
    r"(?:above|below|overlooking|beyond))"
    r"[ \t]+$"
)


# "a Co Louth man", "in County Kerry": a name that carries its kind is a place wherever it stands
_COUNTY_NAMED = re.compile(r"(?:Co\.?|County)\s+[A-Z][a-z]+$")


# "the movement around Heinrich XIII", "the circle around the preacher": a man's following, not a place
_CIRCLE_AROUND_BEFORE = re.compile(
    r"\b(?:movement|network|circle|group|cell|clique|faction|plotters|people|those|men|loyalists|supporters|"
    r"followers|entourage)\s+around[ \t]+$"
)


def _places_by_their_cue(mentions: list[Mention], text: str) -> list[Mention]:
    """A name no gazetteer knows that NER took for a person or a body, set after "near", "around", "outside" or
    "the village of" ("an army post near Kouri Bougoudi"), is a place, there and wherever the story repeats it.

    Not a possessive ("near Karim's house"), an acronym, or a name with a word of a body.
    """
    placed: set[str] = set()
    for m in mentions:
        bare = m.text.strip()
        if (
            m.type in (EntityType.PERSON, EntityType.ORGANIZATION)
            and m.gazetteer_id is None
            and m.name == bare
            and 1 <= len(bare.split()) <= 3
            and all(w[:1].isupper() for w in bare.split())
            and not bare.isupper()
            and not ORG_WORD.search(bare)
            and not lexicon.HONORIFICS.match(bare + " ")
            and (
                _STRONG_PLACE_BEFORE.search(text, max(0, m.start - 40), m.start) or _COUNTY_NAMED.match(bare)
            )
            and not _CIRCLE_AROUND_BEFORE.search(text, max(0, m.start - 40), m.start)
            and not _POSSESSIVE_AFTER.match(text, m.end)
        ):
            placed.add(bare)
    if not placed:
        return mentions
    return [
        dataclasses.replace(m, type=EntityType.LOCATION, subtype=None)
        if m.name in placed
        and m.text.strip() == m.name
        and m.gazetteer_id is None
        and m.type in (EntityType.PERSON, EntityType.ORGANIZATION)
        else m
        for m in mentions
    ]


# "the Warsame clan", "the Marri and Bugti tribes": a clan's or a tribe's name is no person, place or body
_CLAN_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:sub-?)?(?:clans?|tribes?|tribesmen|clansmen)\b")


def _without_clans(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions less the name of a clan or a tribe NER took for a person, a place or a body ("Warsame and Abgal
    clan fighters"); the gold names the clan militias, not the clans.
    """
    return [
        m
        for m in mentions
        if not (
            m.type in (EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION)
            and (m.gazetteer_id is None or m.gazetteer_id.startswith("place:"))
            and m.name == m.text.strip()
            and len(m.name.split()) <= 2
            and _CLAN_AFTER.match(text, m.end)
        )
    ]


_HYPHENED_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,4})?")


def _acronyms_everywhere(mentions: list[Mention], text: str, sentence_starts: list[int]) -> list[Mention]:
    """A group's or a body's acronym, once read, wherever else it stands alone ("Attribution: ISM, per the army").

    NER finds a short capitals-only name in some sentences and not in others; every whole-word use of an
    acronym that names one group or body in the document is that group or body.
    """
    owners: dict[str, set[tuple[str, str | None]]] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.type in (EntityType.GROUP, EntityType.ORGANIZATION) and _HYPHENED_ACRONYM.fullmatch(m.text):
            owners.setdefault(m.text, set()).add((m.name, m.gazetteer_id))
            first.setdefault(m.text, m)
    if not owners:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for acronym, names in owners.items():
        if len(names) != 1:
            continue
        model = first[acronym]
        for found in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w])", text):
            lo, hi = found.span()
            if any(a < hi and lo < b for a, b in taken):
                continue
            added.append(
                dataclasses.replace(model, start=lo, end=hi, sentence_index=sentence_at(sentence_starts, lo))
            )
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# Words around an unknown name that make it an armed group's, whatever NER took it for.
# "The group, which called itself Sturmbrigade Ost"; "banned NTJ along with Jamathei Millathu Ibrahim";
# "... which Britain proscribed".
_GROUP_BEFORE = re.compile(
    r"\b(?:called|calls|calling|named|styling|styled|styles)\s+(?:itself|themselves)\s+(?:the\s+)?$|"
    r"\b(?:banned|proscribed|outlawed|blacklisted)\s+(?:[\w'’-]+\s+){0,4}?(?:along\s+with|together\s+with|"
    r"as\s+well\s+as|and)\s+(?:the\s+)?$|"
    r"\b(?:banned|proscribed|outlawed|blacklisted)\s+(?:the\s+)?$|"
    # "forming a terrorist organisation, the so-called Patriotic Union"
    r"\b(?:terrorist|terror|extremist|militant|armed|jihadist|neo-Nazi)\s+(?:organi[sz]ation|group|network|cell)\s*,"
    r"\s*(?:the\s+)?(?:so-called\s+)?$"
)
_GROUP_DESCRIBED_BEFORE = re.compile(
    r"\b(?:called|calls|calling|named|styling|styled|styles)\s+(?:itself|themselves)\s+(?:the\s+)?$|"
    r"\b(?:terrorist|terror|extremist|militant|armed|jihadist|neo-Nazi)\s+(?:organi[sz]ation|group|network|cell)\s*,"
    r"\s*(?:the\s+)?(?:so-called\s+)?$"
)
_GROUP_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s*which\s+(?:[\w'’.-]+\s+){0,3}?(?:proscribed|banned|outlawed|blacklisted)\b"
)
_GROUP_APPOSED = re.compile(
    # "the Patriot Circle, the neo-Nazi network around a former soldier", "X, a Shia militia": an apposition
    # naming the kind of band (not "the Kurdish television network", "the Shia militia's base")
    r"\s*,\s*(?:the|a|an)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:news|television|TV|media|broadcast\w*|satellite|radio|"
    r"social|phone|mobile|rail|road|banking|distribution|charity|aid|rights)\b)"
    r"(?:[\w'’-]+\s+){1,2}?(?:network|militia|faction|cell)(?![\w'’-])"
)
# Only where NER took the name for a person's: "a smaller group, Willayath As Seylani"; "members left to
# found Nordic Strength". (A body may be "a rights group, X" or be founded; a person is neither.)
_GROUP_BEFORE_PERSON = re.compile(
    r"\b(?:a|an|another)\s+(?!(?:rights|aid|advocacy|lobby|research|monitoring|campaign|pressure|media|civil)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:group|faction|outfit|network|militia|cell)\s*,\s*(?:the\s+)?$|"
    r"\b(?:left|broke\s+away|split\s+(?:off|away))\s+to\s+(?:found|form|set\s+up|launch|create)\s+(?:the\s+)?$",
    re.I,
)


def _groups_by_cue(mentions: list[Mention], text: str) -> list[Mention]:
    """Unknown names the words around them show to be an armed group's, at every mention of the name."""
    named = set()
    for m in mentions:
        if m.gazetteer_id is not None or m.type not in (
            EntityType.PERSON,
            EntityType.ORGANIZATION,
            EntityType.LOCATION,
        ):
            continue
        before = text[max(0, m.start - 60) : m.start]
        if m.type is EntityType.LOCATION:
            # "a terrorist organisation, the so-called Northern Shield": an unknown name NER took for a place
            # (only where the words say what it is, not after "banned ... and")
            if _GROUP_DESCRIBED_BEFORE.search(before) or _GROUP_APPOSED.match(text, m.end):
                named.add(m.name)
            continue
        if (
            _GROUP_BEFORE.search(before)
            or _GROUP_AFTER.match(text, m.end)
            or _GROUP_APPOSED.match(text, m.end)
            or (m.type is EntityType.PERSON and _GROUP_BEFORE_PERSON.search(before))
        ):
            named.add(m.name)
    if not named:
        return mentions
    return [
        dataclasses.replace(m, type=EntityType.GROUP, subtype=None)
        if m.name in named
        and m.gazetteer_id is None
        and m.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)
        else m
        for m in mentions
    ]


# "Dabagi village", "near Dabagi": the words around a one-word name that make it the place after all.
_PLACE_WORD_AFTER = re.compile(
    r"\s+(?:village|town|city|district|county|province|region|area|state|territory|hills?|river|valley|camp|"
    # "gunmen attacked Dogonyaro community": a Nigerian village is a community
    r"community)\b"
)
_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|into|from|to|around|village|town|city|residents\s+of|people\s+of)\s+(?:the\s+)?$",
    re.I,
)


def _people_by_one_name(mentions: list[Mention], text: str) -> list[Mention]:
    """One word NER took for a body or a place, that is the surname or first name of one person named in full.

    "Four others were wounded, Tumusiime said" after "Col. Moses Tumusiime"; "the ideology of Zahran" after
    "Zahran Hashim". A name the gazetteer knows, or one several people of the text share, is left alone.
    """
    bearers: dict[str, set[str]] = {}
    for m in mentions:
        words = m.name.split()
        if m.type is EntityType.PERSON and m.gazetteer_id is None and len(words) > 1:
            for word in (words[0], words[-1]):
                if word[:1].isupper() and len(word) >= 4:
                    bearers.setdefault(word, set()).add(m.name)
    out = []
    for m in mentions:
        named = bearers.get(m.text.strip())
        if (
            named is not None
            and len(named) == 1
            and m.type in (EntityType.ORGANIZATION, EntityType.LOCATION)
            and m.gazetteer_id is None
            and lexicon.lookup_place(m.text.strip()) is None
            and lexicon.lookup_org(m.text.strip()) is None
            and not (
                m.type is EntityType.LOCATION
                and (
                    _PLACE_WORD_AFTER.match(text, m.end)
                    or _PLACE_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
                )
            )
        ):
            m = dataclasses.replace(m, name=next(iter(named)), type=EntityType.PERSON, subtype=None)
        out.append(m)
    return out


# the words that say what kind of body a group is, which name none alone ("Brigades", "Army")
_GROUP_KIND_WORDS = frozenset(
    {
        "army", "battalion", "battalions", "brigade", "brigades", "corps", "council", "emirate", "force",
        "forces", "front", "group", "islam", "islamic", "jihad", "liberation", "martyrs", "mobilization",
        "mobilisation", "movement", "national", "organisation", "organization", "party", "people", "peoples",
        "popular", "province", "resistance", "revolutionary", "state", "union", "units",
    }
)  # fmt: skip
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|as|ash|ad|ar|az|an)-")
_THE_BEFORE_WORD = re.compile(r"\bthe\s+$", re.I)
_NAMES_JOINED = re.compile(r"\s(?:and|e|y|et|und|&)\s")


def _groups_by_one_name(mentions: list[Mention], text: str) -> list[Mention]:
    """One word NER took for a person, that is the distinctive word of one armed group named in full.

    "Badr's leader, Hadi al-Amiri" after "the Badr Organization"; "Qassam spokesman Abu Obeida" after
    "the Izz ad-Din al-Qassam Brigades". A word that is part of a person's full name in the story, or
    that several groups share, is left alone, and so is one after "the" ("accused the Lobos traitors"),
    where the word describes people rather than naming the group as an actor. A group named after two
    people ("Sole e Baleno") gives no word: each is still the person.
    """
    bearers: dict[str, dict[str, Mention]] = {}
    people: set[str] = set()
    for m in mentions:
        words = m.name.split()
        if m.type is EntityType.PERSON and len(words) > 1:
            people.update(_ARTICLE_PREFIX.sub("", w) for w in words)
        # A group named after two people ("Sole e Baleno", "Sacco and Vanzetti") leaves their names to them.
        if m.type is not EntityType.GROUP or len(words) < 2 or _NAMES_JOINED.search(m.name):
            continue
        for word in words:
            word = _ARTICLE_PREFIX.sub("", word)
            if word[:1].isupper() and len(word) >= 4 and word.casefold() not in _GROUP_KIND_WORDS:
                bearers.setdefault(word, {}).setdefault(m.gazetteer_id or m.name, m)
    out = []
    for m in mentions:
        word = m.text.strip()
        groups = bearers.get(word)
        if (
            groups is not None
            and len(groups) == 1
            and m.type is EntityType.PERSON
            and m.gazetteer_id is None
            and m.name == word
            and word not in people
            and not _THE_BEFORE_WORD.search(text, max(0, m.start - 4), m.start)
        ):
            group = next(iter(groups.values()))
            m = dataclasses.replace(
                m,
                name=group.name,
                type=EntityType.GROUP,
                gazetteer_id=group.gazetteer_id,
                subtype=group.subtype,
                confidence=min(m.confidence, group.confidence),
            )
        out.append(m)
    return out


# "the Abu Shouk displacement camp", "the Mar Elias church": a site named by a proper name and the
# lower-case words for its kind; the proper part alone later in the story ("Abu Shouk has been hit")
# is that site, not a person.
_SITE_PROPER_PART = re.compile(r"^(?:(?:al|el|as|ash|ad|ar|az|an)-)?(?:[A-Z][\w’'.-]*\s+){1,3}(?=[a-z])")


_TOWN_BEFORE = re.compile(r"\b(?:through|in|near|outside|around|town\s+of|village\s+of)\s+$")


def _sites_by_their_name(mentions: list[Mention], text: str) -> list[Mention]:
    """A person or a body named as the proper part of a site named in full in the same story is the site."""
    sites: dict[str, set[str]] = {}
    for m in mentions:
        # ("the Sousse Archaeological Museum ... the siege of Sousse": a site the gazetteer knows as well)
        if m.type is EntityType.LOCATION and m.subtype == "Facility":
            proper = _SITE_PROPER_PART.match(m.text)
            if proper is not None:
                sites.setdefault(proper.group().strip(), set()).add(m.name)
    if not sites:
        return mentions
    out = []
    for m in mentions:
        named = sites.get(m.text.strip())
        if (
            named is not None
            and len(named) == 1
            and m.type in (EntityType.PERSON, EntityType.ORGANIZATION)
            and m.gazetteer_id is None
        ):
            if _TOWN_BEFORE.search(text, max(0, m.start - 30), m.start):
                # "the Huwara checkpoint ... drove through Huwara": the town the site is named after
                m = dataclasses.replace(m, name=m.text.strip(), type=EntityType.LOCATION, subtype=None)
            else:
                m = dataclasses.replace(
                    m, name=next(iter(named)), type=EntityType.LOCATION, subtype="Facility"
                )
        out.append(m)
    return out


# "Mtwara region", "Beni territory", "Borno state": the word for the kind of area after a place's name.
_AREA_WORD_AFTER = re.compile(
    # ("Garut regency": an Indonesian kabupaten)
    r" (?:region|province|district|county|territory|state|governorate|prefecture|department|municipality|regency|"
    # ("the Bapende chiefdom", "the Kamuli groupement": the customary areas of a Congolese territory)
    r"chiefdom|groupement)"
    # not "Somalia state media", "the Mali department of defence"
    r"(?![\w'’-]|\s+(?:media|television|TV|radio|news|broadcaster|agency|newspapers?|of)\b)"
)
_AREA_WORD_END = re.compile(
    r"\s(?:[Rr]egion|[Pp]rovince|[Dd]istrict|[Cc]ounty|[Tt]erritory|[Ss]tate|[Gg]overnorate|[Pp]refecture|"
    r"[Dd]epartment|[Mm]unicipality|[Rr]egency|[Cc]hiefdom|[Gg]roupement)$"
)


def _with_area_word(mentions: list[Mention], text: str) -> list[Mention]:
    """Place mentions that take in the lower-case word for their kind of area after them.

    The place keeps its name; the longer surface becomes one of its aliases, as a reader would also
    call it "Mtwara region" and a list of places may name it only so.
    """
    out = []
    for m in mentions:
        area = m.type is EntityType.LOCATION and m.subtype != "Country"
        kind = _AREA_WORD_AFTER.match(text, m.end) if area else None
        if kind is not None and m.text == text[m.start : m.end] and not _AREA_WORD_END.search(m.text):
            m = dataclasses.replace(m, text=m.text + kind.group(), end=kind.end())
        elif (
            area
            and m.gazetteer_id is None
            and m.name == m.text
            and (bare := _UNKNOWN_AREA.match(m.text))
            and (city := _OF_A_CITY_AFTER.match(text, m.end))
            and (place := lexicon.lookup_place(city.group("city"))) is not None
            and place.type == "City"
        ):
            # "in the Qadam district of Damascus": a city's quarter, NER took the lower-case word in; the
            # quarter is "Qadam" (not "the Qadam district" of a province, an area of its own)
            m = dataclasses.replace(m, name=bare.group("name"))
        out.append(m)
    return out


# An unknown place NER named with the lower-case word for its kind of area ("Qadam district").
_UNKNOWN_AREA = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s(?:district|quarter|neighbou?rhood)$"
)
_OF_A_CITY_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:capital,?\s+)?(?P<city>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)"
)


# "the Falgore forest", "the Jos valley", "the Rwenzori mountains": a name and the lower-case word for a landform
# or a square name the landform, which is not the town or the people it is named after.
_LANDFORM_AFTER = re.compile(
    # ("the Kalash valleys", "the Nuba hills": a landform's plural is its name too)
    r" (?P<kind>forest|valley|valleys|plain|plains|mountains|hills|river|delta|desert|plateau|square|"
    # "the Khawak pass into Panjshir": a mountain pass (not "let the convoy pass", held apart below)
    r"pass(?=\s+(?:into|to|from|between|on|in|near)\b|[,.;])|"
    # "the Mono River", "the Sava River": the capitalised word of a river's name after a known place's name
    # (not "the Nile River Authority", a body named after the river)
    r"River(?![ \t]+[A-Z])|"
    # "the Sultanahmet courthouse", "the Lala displacement site": a site named by an unknown name and its kind
    r"courthouse|displacement\s+(?:site|camp)|prison\s+annex|"
    # "the Schiphol judicial complex", "the Herods hotel complex": a compound named by its kind
    r"(?:judicial|court|hotel|prison|penitentiary)\s+complex)(?![\w'’-])"
    r"(?!\s+(?:region|province|district|state|area|town|village|camp|massacre|attack|bombing|ambush|belt|reserve|"
    r"corridor|zone|complex|road|highway|route|base)\b)"
)


_LANDFORM_WORDS = frozenset(
    {
        "forest",
        "valley",
        "valleys",
        "plain",
        "plains",
        "mountains",
        "hills",
        "river",
        "River",
        "delta",
        "desert",
        "plateau",
        "square",
        "pass",
    }
)


_RIVER_PART_BEFORE = re.compile(r"(?<![\w'’-])(?:inner|upper|lower)[ \t]+$")


def _landforms(mentions: list[Mention], text: str) -> list[Mention]:
    """Names before a lower-case landform word, made the landform: a place of its own, named in full.

    A region the gazetteer knows by that name ("the Bekaa valley") or an unknown place ("the Rwenzori
    mountains", "the Boni forest") keeps its name and takes the longer surface as an alias, as
    `_with_area_word` does; a known town's valley or plain, a site ("the Lala displacement site"), or a
    name NER took for a person or a body, becomes the landform named in full.
    """
    out = []
    for m in mentions:
        kind = _LANDFORM_AFTER.match(text, m.end)
        river = kind is not None and kind.group("kind") in ("river", "River")
        if (
            river
            and m.type in (EntityType.ORGANIZATION, EntityType.PERSON)
            and not m.text.isupper()
            and len(m.text.split()) == 1
        ):
            # "the Mono river": a one-word name the gazetteer read as a body's acronym ("MONO") is the river's
            m = dataclasses.replace(m, type=EntityType.LOCATION, gazetteer_id=None, subtype=None)
        if (
            kind is None
            or m.text != text[m.start : m.end]
            or (m.type is EntityType.GROUP and m.gazetteer_id is not None)
            # ("the Salang pass", never the verb: "let the Taliban pass into the city")
            or (kind.group("kind") == "pass" and not _THE_BEFORE.search(text, max(0, m.start - 5), m.start))
            # ("the Congo river", "the Niger delta": a country named after its river is the river there)
            or (
                m.type is EntityType.LOCATION
                and m.subtype == "Country"
                and kind.group("kind") not in ("river", "River", "delta")
            )
            or m.type is EntityType.ORGANIZATION
            and m.gazetteer_id is not None
            or len(m.text.split()) > 4
        ):
            out.append(m)
            continue
        whole = text[m.start : kind.end()]
        site = kind.group("kind") not in _LANDFORM_WORDS
        if m.type is EntityType.LOCATION and m.subtype == "Country":
            # "the inner Niger delta", "the upper Congo river": the part of the river named with it
            part = _RIVER_PART_BEFORE.search(text, max(0, m.start - 8), m.start)
            start = part.start() if part else m.start
            whole = text[start : kind.end()]
            out.append(
                dataclasses.replace(
                    m,
                    text=whole,
                    name=whole,
                    start=start,
                    end=kind.end(),
                    gazetteer_id=None,
                    subtype="Region",
                )
            )
            continue
        if site and m.gazetteer_id is not None:
            # "the Bunia courthouse": a known town's courthouse is the town's, not a site to name apart
            out.append(m)
            continue
        if (
            not site
            and m.type is EntityType.LOCATION
            and (
                m.gazetteer_id is None
                or m.subtype != "City"
                or kind.group("kind") not in ("valley", "plain", "pass")
            )
        ):
            # ("the Rwenzori mountains": an unknown range keeps its own name, the longer one an alias)
            out.append(dataclasses.replace(m, text=whole, end=kind.end()))
            continue
        subtype = "Facility" if site or kind.group("kind") == "square" else "Region"
        out.append(
            dataclasses.replace(
                m,
                text=whole,
                name=whole,
                type=EntityType.LOCATION,
                end=kind.end(),
                gazetteer_id=None,
                subtype=subtype,
            )
        )
    return out


# "the Directorate of Public Information of the Armed Forces (DPIAF)": an office of a force
# whose name NER ended before "of the Armed Forces"; the force is part of the office's name.
_OFFICE_HEAD = re.compile(r"^(?:Directorate|Department|Office|Bureau|Division|Service|Command)\s+of\s")
_OF_A_FORCE = re.compile(
    r" of (?:the )?(?:[A-Z][\w'’-]+ ){0,3}(?:Armed Forces|Army|Navy|Air Force|National Police|Police|Gendarmerie)"
    r"(?![\w'’-])"
)


def _offices_of_a_force(mentions: list[Mention], text: str) -> list[Mention]:
    """An unknown office's name extended over the force it belongs to, where nothing else was found there."""
    out = []
    for i, m in enumerate(mentions):
        tail = _OF_A_FORCE.match(text, m.end)
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            tail is not None
            and m.type is EntityType.ORGANIZATION
            and m.gazetteer_id is None
            and _OFFICE_HEAD.match(m.text)
            and (nxt is None or nxt.start >= tail.end())
        ):
            whole = text[m.start : tail.end()]
            m = dataclasses.replace(m, text=whole, name=whole, end=tail.end())
        out.append(m)
    return out


# "the Dallas County medical examiner's office", "the Tulsa police department", "the Ankara governor's office": a
# county's, city's or province's office,
# written in lower case after the place, is a body of its own, and the place is part of its name
_COUNTY_OFFICE_AFTER = re.compile(
    r" (?:(?:coroner|sheriff|prosecutor|medical\s+examiner|district\s+attorney|governor)['’]s\s+(?:office|department)|"
    r"police\s+department|fire\s+department)\b",
    re.I,
)


def _county_offices(mentions: list[Mention], text: str) -> list[Mention]:
    """A place followed by a lower-case word for a local office, made that office."""
    out = []
    for m in mentions:
        office = _COUNTY_OFFICE_AFTER.match(text, m.end) if m.type is EntityType.LOCATION else None
        if office is not None and m.subtype != "Country":
            whole = text[m.start : office.end()]
            m = dataclasses.replace(
                m,
                text=whole,
                name=whole,
                type=EntityType.ORGANIZATION,
                end=office.end(),
                gazetteer_id=None,
                subtype=None,
            )
        out.append(m)
    return out


# "the Court of Appeal in Tangier", "the District Court in Graz": a court is named by the town it sits in,
# which NER leaves out of the name
# (a court of a kind every town has: "the High Court" and "the Supreme Court" are named alone)
_COURT_END = re.compile(
    r"\b(?:Court\s+of\s+Appeals?|Appeals?\s+Court|Court\s+of\s+Cassation|Regional\s+Court|District\s+Court)$"
)


def _courts_of_a_town(mentions: list[Mention], text: str) -> list[Mention]:
    """An unknown court's mention extended over " in <town>"; the town keeps its own mention too."""
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.type is EntityType.ORGANIZATION
            and m.gazetteer_id is None
            and _COURT_END.search(m.text)
            and text[m.end : nxt.start] == " in "
            and nxt.type is EntityType.LOCATION
            and nxt.subtype == "City"
        ):
            whole = text[m.start : nxt.end]
            m = dataclasses.replace(m, text=whole, name=whole, end=nxt.end)
        out.append(m)
    return out


# "the Higher Regional Court Dresden", "the Oberlandesgericht Celle": a German court named by its kind, then
# its town (no "in"), is a body; the town keeps its own mention
_COURT_BEFORE_TOWN = re.compile(
    r"\b(?:(?:Higher\s+)?Regional\s+Court|Oberlandesgericht|Landgericht|Amtsgericht|Verwaltungsgericht)"
    r"\s+(?P<town>[A-ZÄÖÜ][\w-]+)(?![\w-])"
)


def _courts_named_before_a_town(mentions: list[Mention], text: str) -> list[Mention]:
    """A court named by its kind and then its town ("Higher Regional Court Dresden") is an organisation."""
    out = list(mentions)
    changed = False
    for match in _COURT_BEFORE_TOWN.finditer(text):
        place = lexicon.lookup_place(match.group("town"))
        if place is None or place.type == "Country":
            continue
        lo, hi = match.start(), match.end()
        whole = [m for m in out if m.start == lo and m.end == hi]
        inside = [m for m in out if lo <= m.start and m.end <= hi and not (m.start == lo and m.end == hi)]
        town = [m for m in inside if m.start == match.start("town") and m.type is EntityType.LOCATION]
        if any(m.type is EntityType.ORGANIZATION for m in whole) or not (whole or town):
            continue
        name = text[lo:hi]
        # "the Oberlandesgericht Dresden" after "the Higher Regional Court Dresden": one court, by its English name
        english = {"Oberlandesgericht": "Higher Regional Court", "Landgericht": "Regional Court"}.get(
            name.split()[0]
        )
        if english and f"{english} {match.group('town')}" in text:
            name = f"{english} {match.group('town')}"
        court = dataclasses.replace(
            (whole or town)[0],
            text=text[lo:hi],
            name=name,
            type=EntityType.ORGANIZATION,
            start=lo,
            end=hi,
            gazetteer_id=None,
            subtype=None,
        )
        out = [m for m in out if m not in whole and (m in town or not (lo <= m.start and m.end <= hi))]
        out.append(court)
        changed = True
    return sorted(out, key=lambda m: m.start) if changed else out


# "From Aminu Bello Sani, Gusau": a byline's first name NER left out of the writer's name
_BYLINE_GIVEN_NAME = re.compile(r"(?:^|\n|\|)[ \t]*(?:By|From)[ \t]+(?P<given>[A-Z][a-z]+)[ \t]+$")


def _bylines_given_name(mentions: list[Mention], text: str) -> list[Mention]:
    """A byline's person mention extended back over the given name NER cut off."""
    out = []
    for m in mentions:
        cut = (
            _BYLINE_GIVEN_NAME.search(text, max(0, m.start - 40), m.start)
            if m.type is EntityType.PERSON
            else None
        )
        if cut is not None and not any(o.start <= cut.start("given") < o.end for o in mentions):
            whole = text[cut.start("given") : m.end]
            m = dataclasses.replace(m, text=whole, name=whole, start=cut.start("given"))
        out.append(m)
    return out


# "a commander called Bakoura", "after Abdul-Karim Haddad, a Michigan man, fled": a name NER passed over that the
# words around make a person's
_PERSON_NOUN = (
    r"(?:commander|leader|chief|emir|cleric|preacher|militant|fighter|man|woman|suspect|bomber|gunman)"
)
_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
_CALLED_PERSON = re.compile(
    rf"\b{_PERSON_NOUN}\s+(?:called|named|known\s+as)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?![\w-])"
)
_DESCRIBED_PERSON = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME_WORD}(?:\s+(?:al-|el-|bin\s+|ibn\s+)?{_NAME_WORD}){{1,2}}),\s+(?:a|an)\s+"
    r"(?:\d+-year-old\s+)?(?:[A-Z][\w-]+\s+)?(?:man|woman|resident|national|citizen|father|mother)\b"
)
# "the National Resistance Forces of Tareq Saleh hold Mokha": a force known by its commander's name, which NER
# drops with the force's
_FORCE_OF_PERSON = re.compile(
    r"\b(?:Forces|Army|Brigades?|Battalions?|Militias?|Guards?)\s+of\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:al-|el-|bin\s+|ibn\s+)?{_NAME_WORD}){{1,2}})(?=\s+[a-z]|\s*[,.;])"
)
_NOT_NAME_START = frozenset(
    {"The", "When", "While", "After", "Before", "But", "And", "In", "On", "At", "As", "If"}
)


def _people_by_description(mentions: list[Mention], document: Document, sents: list[Span]) -> list[Mention]:
    """Names NER passed over, after "a commander called" or before ", a Texas man", added as persons."""
    text = document.text
    out = list(mentions)
    for regex in (_CALLED_PERSON, _DESCRIBED_PERSON, _FORCE_OF_PERSON):
        if regex is _CALLED_PERSON and not re.search(r"\b(?:called|named|known\s+as)\s+[A-Z]", text):
            continue
        for match in regex.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            same = [
                k
                for k, m in enumerate(out)
                if (m.start, m.end) == (start, end)
                and m.gazetteer_id is None
                and m.type in (EntityType.ORGANIZATION, EntityType.LOCATION)
            ]
            if same and regex is _CALLED_PERSON:
                # "a commander called Bakoura": NER's body or place of that name is the man
                out[same[0]] = dataclasses.replace(out[same[0]], type=EntityType.PERSON, subtype=None)
                continue
            if (
                name.split()[0] in _NOT_NAME_START
                # ("the Movement of Democratic Forces": the words of a body's name, not a man's)
                or any(w.casefold() in _GROUP_KIND_WORDS for w in name.split())
                or ORG_WORD.search(name)
                or any(m.start < end and start < m.end for m in out)
                or lexicon.lookup_place(name) is not None
                or lexicon.lookup_org(name) is not None
                or lexicon.lookup_group(name) is not None
            ):
                continue
            si = sentence_at([sent.start_char for sent in sents], start)
            out.append(Mention(name, name, EntityType.PERSON, document.id, start, end, si, 0.6))
    out.sort(key=lambda m: m.start)
    return out


# "Idris Bako (also spelled Bakko)", "Musa Tanko (often written Tanku in the local press)": the bracket gives
# another spelling of the name just before it
_SPELLED_AFTER = re.compile(
    r"[ \t]*\((?:(?:also|often|sometimes|usually|commonly)\s+)?(?:spelled|spelt|written|transliterated)(?:\s+as)?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=[\s),;])"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _spellings_of_people(mentions: list[Mention], text: str, sentence_starts: list[int]) -> list[Mention]:
    """Another spelling of a person's name, and the person's surname before "'s", made that person.

    "the preacher Idris Bako (also spelled Bakko)": "Bakko" is Idris Bako, not a town or a second man;
    "Bako's followers" after him is the man, not a group of that name.
    """
    people = [m for m in mentions if m.type is EntityType.PERSON and " " in m.name and m.gazetteer_id is None]
    if not people:
        return mentions
    out = list(mentions)
    for p in people:
        spelt = _SPELLED_AFTER.match(text, p.end)
        if spelt is None:
            continue
        lo, hi = spelt.span("name")
        same = [k for k, m in enumerate(out) if m.start < hi and lo < m.end]
        if any(out[k].gazetteer_id is not None for k in same):
            continue
        for k in same:
            out[k] = dataclasses.replace(out[k], type=EntityType.PERSON, subtype=None, name=p.name)
        if not same:
            si = sentence_at(sentence_starts, lo)
            out.append(Mention(spelt.group("name"), p.name, EntityType.PERSON, p.doc_id, lo, hi, si, 0.6))
    # "Bako's fighters": a bare surname of one person of the document that a rule took for a group
    surnames: dict[str, set[str]] = {}
    for p in people:
        surnames.setdefault(surname_key(p.name.split()[-1]), set()).add(p.name)
    first = min(p.start for p in people)
    for k, m in enumerate(out):
        names = surnames.get(surname_key(m.text.strip()), set())
        if (
            m.type is EntityType.GROUP
            and m.gazetteer_id is None
            and " " not in m.text.strip()
            and len(names) == 1
            and m.start > first
            and _POSSESSIVE_AFTER.match(text, m.end)
        ):
            out[k] = dataclasses.replace(m, type=EntityType.PERSON, subtype=None, name=next(iter(names)))
    out.sort(key=lambda m: m.start)
    return out


# "said Omar al-Rifai, the movement's deputy leader": an office after the name says a person was named
_OFFICE_AFTER_NAME = re.compile(
    r",\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:spokes(?:man|woman|person)|secretary|leader|chairman|chairwoman|commander|deputy|official|founder|head|"
    r"director|minister|analyst|lawyer|prosecutor)\b"
)
_SAID_BEFORE = re.compile(r"\bsaid[ \t]+$")
_LED_BY_BEFORE = re.compile(r"\b(?:led|headed|commanded|chaired|founded)[ \t]+by[ \t]+$")
# "Dale K. Rowe, 41, of Wausau,": a person's age, then the home town
_AGE_OF_BEFORE = re.compile(r"[A-Z][\w.'’-]*,[ \t]+\d{1,3},[ \t]+(?:of|from)[ \t]+$")
# "the villages of Deir Qanun and Tell al-Hawa": an Arabic name's article and second word, NER cut off
# ("the villages of Deir ez-Zor", "Jisr esh-Shughur": the article as some spellings write it, with an e)
_ARTICLE_WORD_AFTER = re.compile(
    r"[ \t](?:al|el|ad|ar|as|ash|at|az|an|ez|es|esh|ed|er|et|en)-[A-Z][\w'’]+(?![\w-])"
)


def _retyped_by_frame(mentions: list[Mention], text: str) -> list[Mention]:
    """Names whose frame says what they are, whatever type NER or an earlier rule gave them.

    - "Rojas said", where "Ana Rojas Vega" (or "Ana Rojas") is named: the person, by either surname;
    - "said Omar al-Rifai, the movement's deputy leader": a person, not a body;
    - "Dale K. Rowe, 41, of Wausau,": the home town after an age is a place;
    - "Tell" before "al-Hawa": the place's name runs on over the Arabic article.
    """
    full: dict[str, set[str]] = {}
    for m in mentions:
        words = m.name.split()
        if m.type is EntityType.PERSON and m.gazetteer_id is None and len(words) > 1:
            full.setdefault(surname_key(words[-1]), set()).add(m.name)
            if (
                len(words) >= 3
                and words[-2][:1].isupper()
                and words[-2][-1:] != "."
                and words[0] not in ("Abu", "Al")
            ):
                # "Ana Rojas Vega": a Spanish name's first surname is the one a story repeats
                full.setdefault(surname_key(words[-2]), set()).add(m.name)
    first_person = min((m.start for m in mentions if m.type is EntityType.PERSON), default=len(text))
    out = []
    for m in mentions:
        bare = m.text.strip()
        if m.type is EntityType.PERSON and m.gazetteer_id is None and m.name == bare and " " not in bare:
            names = full.get(surname_key(bare), set())
            if len(names) == 1 and m.start > first_person:
                # "Rojas added" after "Ana Rojas Vega": the person named in full
                m = dataclasses.replace(m, name=next(iter(names)))
        elif m.gazetteer_id is None and m.type in (EntityType.ORGANIZATION, EntityType.GROUP):
            names = full.get(surname_key(bare), set())
            if (
                " " not in bare
                and len(names) == 1
                and m.start > first_person
                and SAYS_AFTER.match(text, m.end)
            ):
                m = dataclasses.replace(m, type=EntityType.PERSON, subtype=None, name=next(iter(names)))
            elif (
                m.type is EntityType.ORGANIZATION
                and 2 <= len(bare.split()) <= 4
                and not ORG_WORD.search(bare)
                and _SAID_BEFORE.search(text, max(0, m.start - 8), m.start)
                and _OFFICE_AFTER_NAME.match(text, m.end)
            ):
                m = dataclasses.replace(m, type=EntityType.PERSON, subtype=None)
        if (
            m.gazetteer_id is None
            and m.type is EntityType.LOCATION
            and 2 <= len(bare.split()) <= 4
            and not ORG_WORD.search(bare)
            and _LED_BY_BEFORE.search(text, max(0, m.start - 20), m.start)
        ):
            # "an independent party, led by Hadi al-Amiri": a name no gazetteer knows as a place, after "led
            # by", is the leader's
            m = dataclasses.replace(m, type=EntityType.PERSON, subtype=None)
        if (
            m.gazetteer_id is None
            and m.type in (EntityType.ORGANIZATION, EntityType.PERSON)
            and not ORG_WORD.search(m.text)
            and _AGE_OF_BEFORE.search(text, max(0, m.start - 60), m.start)
        ):
            m = dataclasses.replace(m, type=EntityType.LOCATION, subtype=None)
        if m.type is EntityType.LOCATION and m.subtype != "Country" and m.text == text[m.start : m.end]:
            article = _ARTICLE_WORD_AFTER.match(text, m.end)
            if article is not None and not any(o.start == article.start() + 1 for o in mentions):
                whole = text[m.start : article.end()]
                # (a name the gazetteer knows in full is that place: "Deir ez-Zor" the city)
                known = lexicon.lookup_place(whole)
                m = dataclasses.replace(
                    m,
                    text=whole,
                    name=known.name if known is not None else whole,
                    end=article.end(),
                    gazetteer_id=f"place:{known.id}" if known is not None else None,
                    subtype=known.type if known is not None else m.subtype,
                )
        out.append(m)
    return out


# "the Gulf of Oman", "the Bay of Bengal": a sea's name that NER or the gazetteer cut at its first word
_OF_SEA_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+")
# "Gulf donors", "a Gulf-based official", "one Gulf commander": "Gulf" as a word qualifying a noun
_QUALIFIED_AFTER = re.compile(
    r"(?:-[a-z]|[ \t]+(?!(?:and|or|of|in|on|at|to|for|is|are|was|were|has|have|had|will|would|could|said)\b)[a-z])"
)


def _gulf_words(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Gulf", "Bay" or "Sea" alone before "of X" is that sea, named in full; "Gulf" before a noun is no place.

    "Gulf donors", "the Gulf states": the word qualifies the noun and names no place the story is about;
    in a story about the Gulf Cartel, "one Gulf commander" is the cartel's.
    """
    cartel = next(
        (m for m in mentions if m.type is EntityType.GROUP and m.name.casefold() == "gulf cartel"), None
    )
    out = []
    for m in mentions:
        word = m.text.strip()
        if m.type is EntityType.LOCATION and word in ("Gulf", "Bay", "Sea", "Strait"):
            sea = _OF_SEA_AFTER.match(text, m.end)
            if sea is not None:
                whole = text[m.start : sea.end()]
                place = lexicon.lookup_place(whole)
                m = dataclasses.replace(
                    m,
                    text=whole,
                    name=place.name if place else whole,
                    end=sea.end(),
                    gazetteer_id=f"place:{place.id}" if place else None,
                    subtype=place.type if place else "Region",
                )
            elif (
                word == "Gulf"
                and (qualified := _QUALIFIED_AFTER.match(text, m.end)) is not None
                # ("ships in the Gulf were hit": after "the", only "the Gulf-based")
                and (
                    qualified.group().startswith("-")
                    or not _THE_BEFORE.search(text, max(0, m.start - 6), m.start)
                )
            ):
                if cartel is None:
                    continue
                m = dataclasses.replace(
                    m,
                    type=cartel.type,
                    name=cartel.name,
                    gazetteer_id=cartel.gazetteer_id,
                    subtype=cartel.subtype,
                )
        out.append(m)
    return out


# The words a newspaper's name ends in (besides "Post", "Times" and "Journal", which end other names too)
_PAPER_HEAD = r"(?:Courier|Observer|Ledger|Chronicle|Gazette|Herald|Tribune|Dispatch)"
# "the Sahel Conflict Monitor", "the Caucasus Security Observatory": a place's name, then the words of a body
# that watches it; "The Sahel Courier", "the Tigris Post": a paper named for the place it covers
_MONITOR_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]+(?:Monitor|Observatory|Tracker)(?![\w'’-])|"
    # (not "the Mali Times Square protest": a paper's name ends the name)
    rf"(?:(?:[ \t]+[A-Z][\w'’-]+){{0,2}}[ \t]+{_PAPER_HEAD}|"
    r"[ \t]+(?:Post|Times|Journal))(?![\w'’-])(?![ \t]+[A-Z])"
)
_WATCHER_NAME = re.compile(
    r"(?:[A-Z][\w'’-]+\s+){1,5}(?:Monitor|Observatory|Courier|Observer|Ledger|Chronicle|Gazette|Herald|Tribune)"
)


def _monitors_named_after_places(mentions: list[Mention], text: str) -> list[Mention]:
    """A place's name that opens a monitor's or an observatory's is the body, named in full; so is any name
    of several words that ends in "Monitor" or "Observatory", whatever NER took it for."""
    out: list[Mention] = []
    absorbed: set[tuple[int, int]] = set()
    for m in mentions:
        after = _MONITOR_AFTER.match(text, m.end) if m.type is EntityType.LOCATION else None
        # ("Levant" + "Security Observatory": the tail NER read apart is part of the name)
        inside = [o for o in mentions if m.end < o.start < after.end()] if after is not None else []
        if after is not None and all(o.end <= after.end() and o.gazetteer_id is None for o in inside):
            absorbed.update((o.start, o.end) for o in inside)
            whole = text[m.start : after.end()]
            m = dataclasses.replace(
                m,
                text=whole,
                name=whole,
                type=EntityType.ORGANIZATION,
                end=after.end(),
                gazetteer_id=None,
                subtype=None,
            )
        elif (
            m.type in (EntityType.PERSON, EntityType.LOCATION)
            and m.gazetteer_id is None
            and _WATCHER_NAME.fullmatch(m.name)
        ):
            m = dataclasses.replace(m, type=EntityType.ORGANIZATION, subtype=None)
        out.append(m)
    return [m for m in out if (m.start, m.end) not in absorbed]


# "raids in Poso and Parigi Moutong", "KABUL/ISLAMABAD, May 2": two places NER joined in one span
_TWO_PLACES = re.compile(
    r"(?P<a>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?:[ \t]+and[ \t]+|/)(?P<b>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)


def _two_places_joined(mentions: list[Mention], text: str) -> list[Mention]:
    """A span of two places joined by "and" or a slash, split into the two: the first must be a place known.

    Only a span no gazetteer knows whole ("Trinidad and Tobago" stays), with no word of a body's name in it
    ("the Bosaso Port and Customs Authority" stays).
    """
    out: list[Mention] = []
    for m in mentions:
        joined = _TWO_PLACES.fullmatch(m.text)
        if (
            joined is None
            or m.gazetteer_id is not None
            or m.type not in (EntityType.ORGANIZATION, EntityType.LOCATION)
            or lexicon.lookup_place(m.text) is not None
            or ORG_WORD.search(m.text.title())
            or lexicon.lookup_place(joined.group("a"), alternates=False) is None
            or lexicon.lookup_org(joined.group("b")) is not None
            or lexicon.lookup_group(joined.group("b")) is not None
        ):
            out.append(m)
            continue
        for part in ("a", "b"):
            lo, hi = joined.span(part)
            words = joined.group(part)
            name = words.title() if words.isupper() else words
            place = _as_place(m, name, m.start + lo, m.start + hi)
            out.append(dataclasses.replace(place, text=words))
    return out


# "told the Horn Ledger by phone": a newspaper by the word its name ends in, which NER left untagged
_PAPER_NAME = re.compile(
    rf"(?<=\b[Tt]he\s)(?:[A-Z][\w'’-]+\s+){{1,2}}{_PAPER_HEAD}"
    r"(?![\w'’-])(?!\s+[A-Z])"
)


def _papers(mentions: list[Mention], document: Document, sentence_starts: list[int]) -> list[Mention]:
    """A newspaper named "the X Ledger" or "the X Chronicle" that no mention covers, added as an organisation."""
    text = document.text
    added = []
    for match in _PAPER_NAME.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        name = match.group()
        si = sentence_at(sentence_starts, match.start())
        added.append(
            Mention(name, name, EntityType.ORGANIZATION, document.id, match.start(), match.end(), si, 0.6)
        )
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# "the Estancia San Roque", "a Fazenda Boa Vista": a ranch or farm is named by the Spanish or Portuguese word
# for one and a name that is often also a town's or a saint's
_ESTATE_BEFORE = re.compile(r"(?<![\w-])(?:Estancia|Hacienda|Fazenda|Finca|Rancho|Quinta|Granja)\s+$")


_ESTATE_NAME = re.compile(
    r"(?<![\w-])(?:Estancia|Hacienda|Fazenda|Finca|Rancho)\s+(?:(?:de|del|la|los|las|do|da|dos|das)\s+)?"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}"
)


def _estates(mentions: list[Mention], document: Document, sentence_starts: list[int]) -> list[Mention]:
    """A name after "Estancia", "Fazenda" and the like, made the estate: a site, not the town so named."""
    text = document.text
    for match in _ESTATE_NAME.finditer(text):
        if not any(m.start < match.end() and match.start() < m.end for m in mentions):
            si = sentence_at(sentence_starts, match.start())
            mentions = [
                *mentions,
                Mention(
                    match.group(),
                    match.group(),
                    EntityType.LOCATION,
                    document.id,
                    match.start(),
                    match.end(),
                    si,
                    0.6,
                ),
            ]
    out = []
    for m in mentions:
        head = _ESTATE_BEFORE.search(text, max(0, m.start - 12), m.start)
        if head is not None and m.type in (EntityType.LOCATION, EntityType.PERSON, EntityType.ORGANIZATION):
            whole = text[head.start() : m.end]
            m = dataclasses.replace(
                m,
                text=whole,
                name=whole,
                type=EntityType.LOCATION,
                start=head.start(),
                gazetteer_id=None,
                subtype="Facility",
            )
        out.append(m)
    return out


# "the Manaus prison gang": the gang was born in the prisons of the place, which is what is named
_PRISON_GANG = re.compile(r" (?:prison|jail|penitentiary)$")


def _prison_gangs(mentions: list[Mention], text: str) -> list[Mention]:
    """A prison NER read in "the X prison gang", made the place X the gang is named after."""
    out = []
    for m in mentions:
        head = (
            _PRISON_GANG.search(m.text) if m.type is EntityType.LOCATION and m.gazetteer_id is None else None
        )
        if head is not None and re.match(r"\s+gangs?\b", text[m.end : m.end + 8]):
            name = m.text[: head.start()]
            place = lexicon.lookup_place(name)
            if place is not None:
                m = dataclasses.replace(
                    m,
                    text=name,
                    name=place.name,
                    end=m.start + len(name),
                    gazetteer_id=f"place:{place.id}",
                    subtype=place.type,
                )
        out.append(m)
    return out


def _gangs_and_courts_by_name(mentions: list[Mention], text: str) -> list[Mention]:
    """ "the Kaler gang": a gang known by its boss's name is called so with "gang"; a court cut before "Court"."""
    out = []
    for m in mentions:
        gang = re.match(r"[ \t]+gang\b", text[m.end : m.end + 8])
        if m.type is EntityType.GROUP and m.gazetteer_id is None and " " not in m.text.strip() and gang:
            name = text[m.start : m.end + gang.end()]
            m = dataclasses.replace(m, text=name, name=name, end=m.end + gang.end())
        # "the Special Anti-Terror Court": NER left the head word of a court it cut out of the name
        court = re.match(r"[ \t]+Court\b", text[m.end : m.end + 10])
        if m.type is EntityType.ORGANIZATION and m.gazetteer_id is None and court and m.text[:1].isupper():
            name = text[m.start : m.end + court.end()]
            m = dataclasses.replace(m, text=name, name=name, end=m.end + court.end())
        out.append(m)
    return out


# "the Guwahati Peace and Conflict Forum": NER cuts a body's name at "and" when the words before it end in none
# of a body's heads; the part after it does.
_BODY_HEAD_END = re.compile(
    r"\s(?:Forum|Institute|Centre|Center|Council|Network|Foundation|Initiative|Project|Observatory|Commission|"
    r"Committee|Association|Society|Studies|Research|Programme|Program|Affairs)$"
)


_CUT_AT_AND = re.compile(r"\b[Tt]he\s+(?P<first>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+and\s+$")


def _bodies_cut_at_and(mentions: list[Mention], text: str) -> list[Mention]:
    """An unknown body's name extended back over "the X and" where the words before "and" end as no body.

    NER may have tagged those words apart ("Guwahati Peace", an organisation or a town) or not at all; either
    way they are the start of the one name.
    """
    drop: set[int] = set()
    grown: dict[int, Mention] = {}
    for i, m in enumerate(mentions):
        if (
            m.type is not EntityType.ORGANIZATION
            or m.gazetteer_id is not None
            or not _BODY_HEAD_END.search(m.text)
        ):
            continue
        cut = _CUT_AT_AND.search(text, max(0, m.start - 60), m.start)
        if (
            cut is None
            or ORG_WORD.search(cut.group("first"))
            or _BODY_HEAD_END.search(" " + cut.group("first"))
        ):
            continue
        inside = [k for k, o in enumerate(mentions) if cut.start("first") <= o.start and o.end <= m.start]
        if any(
            mentions[k].gazetteer_id is not None and mentions[k].type is not EntityType.LOCATION
            for k in inside
        ) or any(o.start < cut.start("first") < o.end for o in mentions):
            continue
        drop.update(inside)
        whole = text[cut.start("first") : m.end]
        grown[i] = dataclasses.replace(m, text=whole, name=whole, start=cut.start("first"), subtype=None)
    return [grown.get(i, m) for i, m in enumerate(mentions) if i not in drop]


# "the Lagos Centre" + "for Peace Studies", "the Muslim Community" + "in Norway", "Harbour Risk" + "and
# Intelligence": NER cuts an unknown body's name where its field, its country or a second field begins.
_BODY_FIELD_AFTER = re.compile(
    r"\s+(?:for|on)\s+(?P<tail>[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4})(?![\w'’-])"
)
_BODY_COUNTRY_AFTER = re.compile(r"\s+in\s+(?P<tail>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?![\w'’-])")
_SECOND_FIELD_AFTER = re.compile(
    r"\s+and\s+(?P<tail>Intelligence|Security|Research|Analysis|Strategy|Strategies|Development|Governance|"
    r"Consulting|Advisory|Investigations|Risk)(?![\w'’-])"
)
_FIELD_HEAD = re.compile(
    r"\s(?:Centre|Center|Institute|Foundation|Forum|Observatory|Academy|Council|Initiative)$"
)
_COMMUNITY_HEAD = re.compile(r"\s(?:Community|Council|Federation|Union|Association|Society|Conference)$")
_FIELD_END = re.compile(
    r"\s(?:Intelligence|Security|Research|Analysis|Strategy|Strategies|Development|Governance|Consulting|Risk)$"
)


def _bodies_cut_before_their_field(mentions: list[Mention], text: str) -> list[Mention]:
    """An unknown body's name run on over the field, the country or the second field NER cut it before.

    Only after a head word that such names end in ("Centre for ...", "Community in <country>", "Security and
    Intelligence"), and only where nothing capitalised follows the run-on words.
    """
    drop: set[int] = set()
    grown: dict[int, Mention] = {}
    for i, m in enumerate(mentions):
        if m.type is not EntityType.ORGANIZATION or m.gazetteer_id is not None or " " not in m.text.strip():
            continue
        tail = None
        if _FIELD_HEAD.search(m.text):
            tail = _BODY_FIELD_AFTER.match(text, m.end)
        if tail is None and _COMMUNITY_HEAD.search(m.text):
            tail = _BODY_COUNTRY_AFTER.match(text, m.end)
            place = lexicon.lookup_place(tail.group("tail")) if tail is not None else None
            if place is None or place.type != "Country":
                tail = None
        if tail is None and _FIELD_END.search(m.text):
            tail = _SECOND_FIELD_AFTER.match(text, m.end)
        if tail is None or re.match(r"\s+[A-Z]", text[tail.end() : tail.end() + 3]):
            continue
        # ("the Security Council on Sunday", "a Centre for Monday's talks": a day or a month is no field)
        if tail.group("tail").split()[0].rstrip("'’s") in MONTHS_AND_DAYS:
            continue
        inside = [k for k, o in enumerate(mentions) if m.end <= o.start and o.end <= tail.end()]
        if any(
            mentions[k].type is not EntityType.LOCATION and mentions[k].gazetteer_id is not None
            for k in inside
        ) or any(o.start < tail.end() < o.end for o in mentions):
            continue
        # (the country stays named where it is: "in Norway" still names Norway)
        drop.update(k for k in inside if mentions[k].type is not EntityType.LOCATION)
        whole = text[m.start : tail.end()]
        grown[i] = dataclasses.replace(m, text=whole, name=whole, end=tail.end(), subtype=None)
    return [grown.get(i, m) for i, m in enumerate(mentions) if i not in drop]


_LOWER_CASE_TAIL = re.compile(r"^(?P<name>.*[A-Z][\w'’-]*)(?:\s+[a-z][\w-]*)+$")


def _without_described_kind(cleaned: str, gid: str) -> str:
    """ "its Amaq agency" is "Amaq": lower-case words after a known body's own name say what it is."""
    tail = _LOWER_CASE_TAIL.match(cleaned)
    if tail is None:
        return cleaned
    org = lexicon.lookup_org(tail.group("name"))
    return tail.group("name") if org is not None and f"org:{org.id}" == gid else cleaned


_NUMBERED_HEAD = re.compile(
    r"\b(?:Court|Branch|Battalion|Brigade|Regiment|Division|Unit|Squadron|Platoon|Sector)$"
)
_UNIT_NUMBER = re.compile(r" (?:No\.? ?)?(?!19\d\d\b|20\d\d\b)\d{1,4}(?![\w.,:/-]?\d)(?![\w%-])")
_COURT_BRANCH = re.compile(r" Branch \d{1,3}(?![\d.,]\d)(?![\w%-])")
# ("the Kokorou area of Tillabéri": an area is named by its place, "area" is the kind)
_KIND_AFTER_NAME = re.compile(r"(?<=[\w'’])\s+(?:village|town|city|hamlet|area)$")
# "Somali Dispatch | Mogadishu | Wednesday, 19 March 2025": a line that opens with a name, then the place
# and the date between bars, is a masthead, and the name is the paper's.
_MASTHEAD = re.compile(
    r"(?m)^[ \t]*(?P<name>(?:[A-Z][\w'’.&-]*[ \t]+){0,3}[A-Z][\w'’.&-]*)[ \t]*\|[^\n|]{1,40}\|[^\n]*\b(?:19|20)\d\d\b"
)


# "near Tongi railway station", "at the Sopore bus stand": a town's station is a place of its own, where
# attacks happen, and the town stays named.
_STATION_AFTER = re.compile(
    # ("Brussels Central railway station": the station's own word for which of the town's stations)
    r"(?:\s+(?:Central|Main|Grand|Union|North|South|East|West))?"
    r"\s+(?:railway|train|rail|bus|metro|coach)\s+(?:station|stand|terminal|depot|stop)\b"
)


def _as_place(m: Mention, name: str, start: int, end: int) -> Mention:
    """`m` cut or stretched to the words `name` at `start`-`end`, as a place: the gazetteer's, if it knows it."""
    place = lexicon.lookup_place(name)
    return dataclasses.replace(
        m,
        text=name,
        name=place.name if place else name,
        type=EntityType.LOCATION,
        start=start,
        end=end,
        gazetteer_id=f"place:{place.id}" if place else None,
        subtype=place.type if place else None,
    )


_NAME_WORDS_AFTER = re.compile(r"[ \t]+([A-Z][\w'’-]*)(?:[ \t]+([A-Z][\w'’-]*))?")


# "an analyst at the Baltic Defence Forum (Riga)": a city in brackets after a body's name is where it sits
_CITY_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z][a-zà-ÿ]+(?:[ \t][A-Z][a-zà-ÿ]+)?)\)")


_RESEARCH_BODY_WORD = re.compile(
    r"\b(?:Monitor|Forum|Observatory|Project|Initiative|Tracker|Trust|Society)\b"
)


def _cities_in_brackets(mentions: list[Mention], text: str) -> list[Mention]:
    """Known cities NER left untagged in brackets right after an organisation's name."""
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for m in mentions:
        # (a body's name of two words or more with a word for a body: not "November, Andarab (Baghlan)", a
        # town NER took for a body, with its province in brackets)
        if (
            m.type is not EntityType.ORGANIZATION
            or " " not in m.text.strip()
            or not (ORG_WORD.search(m.text) or _RESEARCH_BODY_WORD.search(m.text))
        ):
            continue
        bracket = _CITY_IN_BRACKETS.match(text, m.end)
        if bracket is None:
            continue
        lo, hi = bracket.span(1)
        place = lexicon.lookup_place(bracket.group(1), alternates=False)
        if place is None or place.type != "City" or any(s < hi and lo < e for s, e in taken):
            continue
        out.append(place_mention(bracket.group(1), place, m.doc_id, lo, hi, m.sentence_index, 0.7))
        taken.append((lo, hi))
    return out


# "a spokesman for the Ministry of National Defence in Maputo": NER runs a ministry's name on over the city it sits in;
# no ministry is named after its seat
_MINISTRY_IN_CITY = re.compile(
    r"^(?P<body>.*\bMinistry\b.*?)\s+in\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$"
)


def _ministries_cut_at_their_seat(mentions: list[Mention]) -> list[Mention]:
    """A ministry's name without the city NER ran it on over, and the city as a place."""
    out: list[Mention] = []
    for m in mentions:
        cut = (
            _MINISTRY_IN_CITY.match(m.text)
            if m.type is EntityType.ORGANIZATION and m.gazetteer_id is None
            else None
        )
        place = lexicon.lookup_place(cut.group("place"), alternates=False) if cut is not None else None
        if cut is None or place is None:
            out.append(m)
            continue
        body = cut.group("body")
        out.append(dataclasses.replace(m, text=body, name=body, end=m.start + len(body)))
        out.append(_as_place(m, cut.group("place"), m.start + cut.start("place"), m.end))
    return out


def _cities_named_after_places(mentions: list[Mention], text: str) -> list[Mention]:
    """A city whose name opens with a country's or a province's ("Panama City", "San Pedro Sula") is the city."""
    out = list(mentions)
    swallowed: list[tuple[int, int]] = []  # the words each city took after the place's name
    for i, m in enumerate(out):
        if m.type is not EntityType.LOCATION or not m.gazetteer_id or m.subtype == "City":
            continue
        after = _NAME_WORDS_AFTER.match(text, m.end)
        if after is None:
            continue
        for end in sorted({after.end(1), after.end()}, reverse=True):
            place = lexicon.lookup_place(text[m.start : end])
            # (the city's own name, not an alias: "Mastung District" is the district, whatever geonames says)
            if (
                place is not None
                and place.type == "City"
                and lexicon.fold(place.name) == lexicon.fold(text[m.start : end])
            ):
                out[i] = _as_place(m, text[m.start : end], m.start, end)
                swallowed.append((m.end, end))
                break
    return [o for o in out if not any(lo <= o.start < hi for lo, hi in swallowed)]


_OWNER_PLACE = re.compile(r"(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s (?P<place>[A-Z].*)")


def _places_in_a_province(mentions: list[Mention]) -> list[Mention]:
    """ "Nineveh's Sinjar district": a place NER took with the province it lies in is two places."""
    out: list[Mention] = []
    for m in mentions:
        split = (
            _OWNER_PLACE.fullmatch(m.text)
            if m.type is EntityType.LOCATION and m.gazetteer_id is None
            else None
        )
        owner = lexicon.lookup_place(split.group("owner")) if split else None
        if split is None or owner is None:
            out.append(m)
            continue
        start = m.start + split.start("place")
        out.append(
            dataclasses.replace(
                m,
                text=split.group("owner"),
                name=owner.name,
                end=m.start + split.end("owner"),
                gazetteer_id=f"place:{owner.id}",
                subtype=owner.type,
            )
        )
        out.append(_as_place(m, split.group("place"), start, m.end))
    return out


_THINK_TANK_TAIL = re.compile(
    r"\b(?:Center|Centre|Institute|Foundation|Endowment|Forum|Observatory|Initiative)$"
)


def _bodies_named_after_a_town(mentions: list[Mention], text: str) -> list[Mention]:
    """ "the Carnegie Russia Eurasia Center": a town's name NER kept apart from the body named after it is the
    body's first word."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type is EntityType.LOCATION
            and prev.subtype not in ("Country", "Region", "Province")
            and " " not in prev.text
            and m.type is EntityType.ORGANIZATION
            and m.gazetteer_id is None
            and text[prev.end : m.start] == " "
            and _THINK_TANK_TAIL.search(m.text)
        ):
            name = text[prev.start : m.end]
            out[-1] = dataclasses.replace(m, text=name, name=name, start=prev.start)
            continue
        # "the Inland Northwest Joint Terrorism Task Force": each FBI field office runs its own task force, named
        # for the city or region it covers, a body of its own
        if (
            prev is not None
            and prev.type is EntityType.LOCATION
            and prev.subtype != "Country"
            and m.gazetteer_id == "org:us-jttf"
            and text[prev.end : m.start] == " "
            and m.text == "Joint Terrorism Task Force"
        ):
            name = text[prev.start : m.end]
            out[-1] = dataclasses.replace(m, text=name, name=name, start=prev.start, gazetteer_id=None)
            continue
        out.append(m)
    return out


# "the Shahr-e Naw district", "Pul-e Alam", "Qala-i-Naw": Persian place names joined by the izafe, which
# NER cuts after the hyphen or takes for a body (men's names join with "-ul-", not "-e-").
_IZAFE_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+-(?:e|i|ye)[ -]$")
_IZAFE_NAME = re.compile(r"[A-Z][a-z]+-(?:e|i|ye)-[A-Z][a-z]+")


def _izafe_places(mentions: list[Mention], text: str) -> list[Mention]:
    """A Persian place name joined by the izafe is one place, whatever part of it NER saw."""
    out = []
    for m in mentions:
        head = _IZAFE_BEFORE.search(text, max(0, m.start - 20), m.start)
        whole = _IZAFE_NAME.fullmatch(m.text) is not None and m.gazetteer_id is None
        if m.type is EntityType.GROUP or (head is None and not whole):
            out.append(m)
            continue
        start = head.start() if head is not None else m.start
        if out and out[-1].end > start:
            out.pop()  # "Shahr": the first word NER kept apart
        out.append(_as_place(m, text[start : m.end], start, m.end))
    return out


_ROAD_AFTER = re.compile(r"\s+(?:road|highway|axis|route|corridor|motorway|railway)\b")
_TWO_TOWNS = re.compile(r"([A-Z][\w'’]+)[-–]([A-Z][\w'’]+)")


def _stations_of_towns(mentions: list[Mention], text: str) -> list[Mention]:
    """A town's railway or bus station named after it, as a facility beside the town; the two towns a road
    joins ("the Awapalli-Basaguda road"), as two places."""
    out = []
    for m in mentions:
        towns = _TWO_TOWNS.fullmatch(m.text) if m.gazetteer_id is None else None
        if (
            towns is not None
            and _ROAD_AFTER.match(text, m.end)
            and any(lexicon.lookup_place(t) is not None for t in towns.groups())
        ):
            for i in (1, 2):
                out.append(_as_place(m, towns.group(i), m.start + towns.start(i), m.start + towns.end(i)))
            # a railway between two towns is a place too ("the Lagos-Ibadan railway"), a target of its own; a
            # road is named by the towns it joins
            road = text[m.start : _ROAD_AFTER.match(text, m.end).end()]
            if road.endswith("railway"):
                out.append(
                    dataclasses.replace(
                        m,
                        text=road,
                        name=road,
                        type=EntityType.LOCATION,
                        end=m.start + len(road),
                        gazetteer_id=None,
                        subtype="Facility",
                    )
                )
            continue
        out.append(m)
    mentions = list(out)
    for m in mentions:
        station = _STATION_AFTER.match(text, m.end)
        if station is None or m.type not in (EntityType.LOCATION, EntityType.PERSON, EntityType.ORGANIZATION):
            continue
        if m.type is not EntityType.LOCATION and lexicon.lookup_place(m.text) is None:
            continue
        name = text[m.start : station.end()]
        out.append(
            dataclasses.replace(
                m,
                text=name,
                name=name,
                type=EntityType.LOCATION,
                end=station.end(),
                gazetteer_id=None,
                subtype="Facility",
            )
        )
    out.sort(key=lambda m: m.start)
    return out


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")  # (fullmatch only)
_ACRONYM_AFTER = re.compile(r"-([A-Z][A-Z0-9]{1,7})(?![\w-])")
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,7})-$")


def _joined_acronyms(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Burundi's ruling CNDD-FDD party": two acronyms joined by a hyphen are one body's name, not two."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.start < m.start
            and m.end <= prev.end
            and _ACRONYM.fullmatch(m.text)
            and text[m.start - 1] == "-"
            and _ACRONYM_BEFORE.search(text, prev.start, m.start)
        ):
            continue  # the second half of a pair already joined
        # (a group's acronym keeps its group: "the FDLR-FOCA" is the FDLR's armed wing, named by both)
        if not _ACRONYM.fullmatch(m.text) or m.type is EntityType.GROUP:
            out.append(m)
            continue
        if (
            prev is not None
            and prev.end == m.start - 1
            and text[prev.end] == "-"
            and _ACRONYM.fullmatch(prev.text)
        ):
            if prev.type is EntityType.GROUP or (
                prev.type is EntityType.LOCATION and m.type is EntityType.LOCATION  # "US-UK talks"
            ):
                out.append(m)
                continue
            joined = _compound(prev, prev.start, m.end, text)
            if joined is prev:
                out.append(m)
            else:
                out[-1] = joined
            continue
        before = _ACRONYM_BEFORE.search(text, max(0, m.start - 9), m.start)
        after = _ACRONYM_AFTER.match(text, m.end)
        if m.type is EntityType.LOCATION or (before is None and after is None):
            out.append(m)
            continue
        out.append(
            _compound(m, before.start(1) if before else m.start, after.end(1) if after else m.end, text)
        )
    return out


# "the FLNC-Canal historique", "the ULFA-Independent": a known group's acronym after "the", a hyphen and a capitalised
# name (with up to two words of its own language after it) name one of its factions, a group of its own (not "STC-Giants
# friction": two groups and what is between them)
_FACTION_AFTER_ACRONYM = re.compile(
    r"-(?P<tail>[A-Z][a-zà-ÿ]+(?:\s+(?!(?:and|or|of|the|in|on|at|to|for|by|with|from|has|had|have|is|was|were|are|"
    r"which|who|that|whose|said|says|later|also|now|then|since|until|after|before|its|their|friction|clashes|"
    r"fighting|talks|rivalry|truce|deal|pact|agreement|alliance|feud|war|split|merger|ties|relations|tensions|"
    r"ceasefire|cooperation|accord|conflict|dispute|axis|front|border|standoff)\b)[a-zà-ÿ]+){0,2})"
    r"(?![\w-])"
)


def _factions_after_acronyms(mentions: list[Mention], text: str, sentence_starts: list[int]) -> list[Mention]:
    """A faction named by its parent's acronym and a name of its own, as one group; the name alone elsewhere is it."""
    taken = [(m.start, m.end) for m in mentions]
    # ("the STC-Giants friction", where the story names the Giants Brigades: another group, short)
    first_words = {m.text.split()[0] for m in mentions if m.type is EntityType.GROUP and " " in m.text}
    found: dict[int, Mention] = {}
    for i, m in enumerate(mentions):
        if m.type is not EntityType.GROUP or m.gazetteer_id is None or not _ACRONYM.fullmatch(m.text):
            continue
        if not _THE_BEFORE_WORD.search(text, max(0, m.start - 5), m.start):
            continue
        after = _FACTION_AFTER_ACRONYM.match(text, m.end)
        if (
            after is None
            or after.group("tail").split()[0] in first_words
            or any(s < after.end() and m.end < e for s, e in taken)
        ):
            continue
        whole = text[m.start : after.end()]
        found[i] = dataclasses.replace(
            m, text=whole, name=whole, end=after.end(), gazetteer_id=None, subtype=None
        )
    if not found:
        return mentions
    out = [found.get(i, m) for i, m in enumerate(mentions)]
    taken = [(m.start, m.end) for m in out]
    for faction in {(f.name, text[f.start : f.end].split("-", 1)[1]) for f in found.values()}:
        name, tail = faction
        for hit in re.finditer(rf"(?<![\w-]){re.escape(tail)}(?![\w-])", text):
            lo, hi = hit.span()
            if any(s < hi and lo < e for s, e in taken):
                continue
            si = sentence_at(sentence_starts, lo)
            out.append(Mention(tail, name, EntityType.GROUP, out[0].doc_id, lo, hi, si, 0.7, None, None))
            taken.append((lo, hi))
    out.sort(key=lambda m: m.start)
    return out


# "the ULFA (I)", "the NSCN (K-YA)", "ULFA (Independent)": a group's acronym with a short capitalised tag in
# brackets after it names one of its factions, a group of its own (a full name's bracket is its acronym: "Union for
# Peace in the Central African Republic (UPC)"); not a tag some rule already read as another name ("Hezbollah
# (Lebanon)"), nor one the gazetteer lists for the group ("ISIS (IS)")
_FACTION_TAG_AFTER = re.compile(r"\s?\((?P<tag>[A-Z]{1,3}(?:-[A-Z]{1,3})?|Independent)\)(?![\w-])")


def _factions_in_brackets(mentions: list[Mention], text: str) -> list[Mention]:
    """A faction named by its parent's acronym and a tag in brackets ("the ULFA (I)"), as one group.

    (A faction the gazetteer knows, "ULFA (I)" however it is spaced, is matched whole before this.)
    """
    out: list[Mention] = []
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        after = (
            _FACTION_TAG_AFTER.match(text, m.end)
            if m.type is EntityType.GROUP and _ACRONYM.fullmatch(m.text)
            else None
        )
        if after is None or after.group("tag") in acronyms_of(m):
            out.append(m)
            continue
        inside = [n for n in mentions[i + 1 :] if n.start < after.end()]
        # (only a rule that read the tag as a name of its own, or as the group's alias, may have taken it)
        if any(n.text != after.group("tag") or n.gazetteer_id not in (None, m.gazetteer_id) for n in inside):
            out.append(m)
            continue
        whole = text[m.start : after.end()]
        out.append(
            dataclasses.replace(m, text=whole, name=whole, end=after.end(), gazetteer_id=None, subtype=None)
        )
        dropped.update(id(n) for n in inside)
    return [m for m in out if id(m) not in dropped]


# "contacts in the Republic of Moldova": a country named with its form of state, which the ruler found
# without it ("the Democratic Republic of", a longer name, is another country's and stays unread)
_FORM_OF_STATE_BEFORE = re.compile(r"(?<![\w’'-])(?:Republic|Kingdom|Sultanate)\s+of\s+$")


def _republics_in_full(mentions: list[Mention], text: str) -> list[Mention]:
    """A country's mention grown over "Republic of" before it, so the state's full form is one of its names."""
    out: list[Mention] = []
    for m in mentions:
        form = (
            _FORM_OF_STATE_BEFORE.search(text, max(0, m.start - 20), m.start)
            if m.type is EntityType.LOCATION and m.subtype == "Country"
            else None
        )
        if form is not None and re.search(
            r"(?:^|[^\w’'\s-]\s*|\b(?:the|The|of|in|to|and)\s+)$",
            text[max(0, form.start() - 6) : form.start()],
        ):
            start = form.start()
            if not any(o is not m and o.start < m.start and start < o.end for o in mentions):
                m = dataclasses.replace(m, text=text[start : m.end], start=start)
        out.append(m)
    return out


def _compound(m: Mention, start: int, end: int, text: str) -> Mention:
    """The mention `m` stretched over text[start:end], typed by the gazetteer where it knows the whole name.

    Where the gazetteer knows each half ("the AFP-PNP task force"), two bodies act together: `m` is kept.
    """
    name = text[start:end]
    if all(
        lexicon.lookup_org(h) or lexicon.lookup_place(h) or lexicon.lookup_group(h) for h in name.split("-")
    ):
        return m
    gid = lexicon.lookup_group(name)
    org = None if gid else lexicon.lookup_org(name)
    if gid:
        etype, ident, canonical = EntityType.GROUP, f"group:{gid}", lexicon.groups()[gid].name
    elif org is not None:
        etype, ident, canonical = EntityType.ORGANIZATION, f"org:{org.id}", org.name
    else:
        etype = m.type if m.type is EntityType.GROUP and m.gazetteer_id is None else EntityType.ORGANIZATION
        ident, canonical = None, name
    return dataclasses.replace(
        m, text=name, name=canonical, type=etype, start=start, end=end, gazetteer_id=ident, subtype=None
    )


# "Reuth bei Erbendorf", "Weiden in der Oberpfalz", "Frankfurt am Main": a German town named by the place it
# lies near or in, which NER cuts in two.
_PLACE_JOINER_BEFORE = re.compile(r"(?<![\w-])(?P<head>[A-ZÄÖÜ][\w-]+) (?:bei|am|an der|in der|im|ob der) $")


_PLACE_JOINER_AFTER = re.compile(r" (?:bei|am|an der|in der|im|ob der) [A-ZÄÖÜ][\w-]+(?![\w-])")


def _place_id(name: str) -> str | None:
    """The gazetteer id a name has as a place, if any."""
    place = lexicon.lookup_place(name)
    return f"place:{place.id}" if place is not None else None


def _halves_of_one_place(mentions: list[Mention], text: str) -> list[Mention]:
    """ "in Port Moresby" read as "Port" and "Moresby", each the same gazetteer town: the two halves are one name."""
    by_start = sorted(mentions, key=lambda m: m.start)
    joined: dict[int, Mention] = {}  # id of a first half -> the whole
    gone: set[int] = set()  # ids of second halves
    for a, b in zip(by_start, by_start[1:], strict=False):
        if (
            id(a) not in gone
            and a.gazetteer_id is not None
            and a.type is EntityType.LOCATION
            and text[a.end : b.start] == " "
            and (
                (a.gazetteer_id == b.gazetteer_id and b.type is EntityType.LOCATION)
                # ("in Tuxtla" + the person "Gutiérrez": the second half NER took for a surname, where the
                # gazetteer knows the two words together as the same town)
                or (
                    b.gazetteer_id is None
                    and b.type is EntityType.PERSON
                    and " " not in b.text.strip()
                    and _place_id(text[a.start : b.end]) == a.gazetteer_id
                )
            )
        ):
            first = joined.get(id(a), a)
            joined[id(a)] = dataclasses.replace(first, text=text[first.start : b.end], end=b.end)
            gone.add(id(b))
    if not joined:
        return mentions
    return [joined.get(id(m), m) for m in mentions if id(m) not in gone]


def _joined_place_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A town's name joined to the place it lies by ("bei", "am", "in der") is one name, and the town's."""
    out: list[Mention] = []
    mentions = list(mentions)
    starts = {m.start for m in mentions}
    for i, m in enumerate(mentions):
        # "in Reuth bei Erbendorf", where NER saw only the first town
        tail = _PLACE_JOINER_AFTER.match(text, m.end)
        if (
            tail is not None
            and m.type is EntityType.LOCATION
            and " " not in m.text.strip()
            and not any(s in starts for s in range(m.end, tail.end()))
        ):
            name = text[m.start : tail.end()]
            mentions[i] = dataclasses.replace(
                m, text=name, name=name, end=tail.end(), gazetteer_id=None, subtype=None
            )
    for m in mentions:
        joined = _PLACE_JOINER_BEFORE.search(text, max(0, m.start - 40), m.start)
        if joined is None or " " in m.text.strip() or not m.text[:1].isupper():
            out.append(m)
            continue
        head = joined.start("head")
        prev = out[-1] if out and out[-1].end > head else None
        if prev is not None and prev.start < head:
            # "the Regional Court of Weiden in der Oberpfalz": a body named after the town takes its full name
            if prev.type is EntityType.LOCATION:
                out.append(m)
                continue
            name = text[prev.start : m.end]
            out[-1] = dataclasses.replace(
                prev, text=name, name=name if prev.name == prev.text else prev.name, end=m.end
            )
            continue
        if prev is not None:
            out.pop()
        out.append(_as_place(m, text[head : m.end], head, m.end))
    return out


_BYLINE_ROLE = re.compile(r"\b(?:Correspondent|Reporter|Writer|Desk|Bureau)$", re.I)


def _mastheads(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """The outlet a masthead line names, which NER rarely tags (a line of bars is no sentence to it)."""
    starts = [sent.start_char for sent in sents]
    out = []
    for match in _MASTHEAD.finditer(document.text):
        lo, hi = match.span("name")
        name = match.group("name")
        if (
            any(m.start < hi and lo < m.end for m in found)
            or name.split()[0] in ("Published", "Updated", "Posted", "By", "From")
            # "Staff Correspondent | Dhaka | 13 May 2025": the byline's writer, unnamed, not the paper
            or _BYLINE_ROLE.search(name)
            or lexicon.lookup_place(name) is not None
            or name.split()[-1] in dates.MONTH_NAMES
        ):
            continue
        si = sentence_at(starts, lo)
        out.append(Mention(name, name, EntityType.ORGANIZATION, document.id, lo, hi, si, 0.6, None, "Media"))
    return out


def _one_type_per_outlet(mentions: list[Mention]) -> list[Mention]:
    """A name the text once shows to be an outlet's ("the news agency Saba") is the outlet's wherever else it is
    named ("according to Saba"), rather than a small town of the same name."""
    outlets = {
        m.text: m
        for m in mentions
        if m.subtype == "Media" and m.gazetteer_id is None and m.type is EntityType.ORGANIZATION
    }
    return [
        dataclasses.replace(
            m, name=outlets[m.text].name, type=EntityType.ORGANIZATION, gazetteer_id=None, subtype="Media"
        )
        if m.text in outlets
        and (
            (m.type is EntityType.PERSON and m.gazetteer_id is None)
            # (a small town's name is given way; a country's or a province's is not)
            or (m.type is EntityType.LOCATION and m.subtype in (None, "City", "Facility"))
        )
        else m
        for m in mentions
    ]


_RUN_BY = re.compile(
    r"^[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?-(?:run|backed|led|controlled|owned|funded|sponsored|aligned|allied|"
    r"affiliated|linked|held)\s+(?=[A-Z])"
)
_JUDGE_BEFORE = re.compile(r"(?<![\w-])(?:(?:Mr|Mrs|Ms|Lord|Lady)\s+)?Justice\s+$")
_GROUP_SUFFIX = re.compile(r"(-[A-Z0-9]{1,3})\.?(?![\w-])")


# "the Jaffar Express" in a story about a train: a named train ("Daily Mail", a paper, is not one).
_TRAIN_WORD = re.compile(r"\b(?:trains?|railway|railroad|rail\s+line|locomotive|carriages|coaches)\b", re.I)
_TRAIN_NAME = re.compile(
    r"^(?!(?:Daily|Sunday|Evening|Morning|Financial|Indian|Business|Weekly|Federal|American|Royal|Irish|Scottish|"
    r"Tribune|National|Guardian)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:Express|Mail)$"
)
_INSTITUTION_WORD = re.compile(
    r"^(?:Police|Staff|Customs|Prisons|Intelligence|Operations|Immigration|Investigations?|Defen[cs]e|Army|Navy|"
    r"Justice|Interior|Security)\s+(?=[A-Z])"
)


# "NIAMEY, March 12 (Reuters) -": the agency that filed the story, in brackets in the dateline
_DATELINE_AGENCY = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}(?:[ \t]*,[^\n()—–]{1,40}?)?[ \t]*"
    r"\((?P<agency>[^()\n]{2,30})\)[ \t]*[-—–]"
)


def _without_dateline_agency(mentions: list[Mention], text: str, credited: list[Mention]) -> list[Mention]:
    """Mentions without the news agency of the dateline, unless the story names it as a source too.

    The agency that filed a wire story is not one of the things the story is about.
    """
    match = _DATELINE_AGENCY.search(text, 0, 600)
    # "(Reporting by Jane Doe; Editing by John Roe)": the staff a wire credits work for it, so it stays
    if match is None or any(m.type is EntityType.PERSON for m in credited):
        return mentions
    lo, hi = match.span("agency")
    inside = [m for m in mentions if m.type is EntityType.ORGANIZATION and lo <= m.start and m.end <= hi]
    named = {m.name for m in mentions if not lo <= m.start < hi}
    return [m for m in mentions if m not in inside or m.name in named]


# "(Reporting by A in Maiduguri; Editing by B)", "Photo: AFP", "Copyright 2024 Reuters": who made the story
_CREDIT_LINE = re.compile(
    # a by-line names a person right after "by" ("Reporting by the BBC showed ..." is a sentence)
    r"(?im)^[ \t]*\(?[ \t]*(?:(?:additional[ \t]+)?(?:reporting|writing|editing)[ \t]+by"
    r"[ \t]+(?-i:[A-Z][\w'’-]+[ \t]+[A-Z])[^\n]*|"
    # ("Compiled by Farah Jamali for the Indus Conflict Monitor" names the author of a brief and its publisher)
    r"(?:compiled|produced|research)[ \t]+by[ \t]+(?-i:[A-Z][\w'’-]+[ \t]+[A-Z])"
    r"(?![^\n]*\b(?:for|of)[ \t]+(?:the[ \t]+)?[*_]*(?-i:[A-Z]))[^\n]*|"
    # a caption or a notice is a short line
    r"(?:(?:photo|photograph|image|picture|graphic|video|credit)s?[ \t]*:|copyright\b|©|our[ \t]+standards[ \t]*:)"
    r"[^\n]{0,200}$)"
)


# "(Reporting by Jane Doe in Lagos and Tom Roe; Additional reporting by Ann Lee; Editing by Sam Fox)": the
# segments of a wire's closing credits, each a list of two- or three-word names, each maybe with the town
# filed from ("Reporting by the Cairo newsroom", "Reporting by phone from Gaza", "Editing by hand" name no one)
_CREDIT_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}"
_CREDIT_TOWN = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
_CREDITED = rf"{_CREDIT_NAME}(?:[ \t]+in[ \t]+{_CREDIT_TOWN})?"
_CREDIT_SEGMENT = re.compile(
    r"(?i:(?:additional|further)[ \t]+)?(?i:reporting|writing|editing|compiled|produced)[ \t]+by[ \t]+"
    rf"(?P<list>{_CREDITED}(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_CREDITED})*)"
    r"[ \t]*(?=[;)]|$)",
    re.M,
)
_CREDIT_ENTRY = re.compile(rf"(?P<name>{_CREDIT_NAME})(?:[ \t]+in[ \t]+(?P<town>{_CREDIT_TOWN}))?")
_CREDIT_LINE_START = re.compile(r"[ \t]*\(?[ \t]*")
_DESK_WORD = re.compile(
    r"\b(?:Staff|Newsroom|Desk|Bureau|Team|Service|Agency|Correspondents?|Reporters|Editors?)\b"
)


def _credited_names(document: Document, sentence_starts: list[int]) -> list[Mention]:
    """The reporters and editors (persons) and the towns they filed from that a wire's closing credits name."""
    text = document.text
    out: list[Mention] = []
    # only a wire's: the dateline names the agency the staff work for ("LAGOS, May 2 (Reuters) -")
    if _DATELINE_AGENCY.search(text, 0, 600) is None:
        return out
    last_end = -1
    for seg in _CREDIT_SEGMENT.finditer(text):
        line_start = text.rfind("\n", 0, seg.start()) + 1
        # the segment opens the line or its bracket, or follows another credit on the line ("...; Editing by")
        if not (
            _CREDIT_LINE_START.fullmatch(text, line_start, seg.start())
            or re.fullmatch(r"[ \t]*;[ \t]*", text[last_end : seg.start()]) is not None
        ):
            continue
        last_end = seg.end()
        for entry in _CREDIT_ENTRY.finditer(seg.group("list")):
            name = entry.group("name")
            lo = seg.start("list") + entry.start("name")
            if (
                _DESK_WORD.search(name)
                or lexicon.lookup_org(name) is not None
                or lexicon.lookup_group(name) is not None
                or lexicon.lookup_place(name) is not None
            ):
                continue
            si = sentence_at(sentence_starts, lo)
            out.append(Mention(name, name, EntityType.PERSON, document.id, lo, lo + len(name), si, 0.6))
            town = entry.group("town")
            place = lexicon.lookup_place(town) if town else None
            if place is not None:
                lo = seg.start("list") + entry.start("town")
                si = sentence_at(sentence_starts, lo)
                out.append(
                    Mention(
                        town,
                        place.name,
                        EntityType.LOCATION,
                        document.id,
                        lo,
                        lo + len(town),
                        si,
                        0.6,
                        f"place:{place.id}",
                        place.type,
                    )
                )
    return out


def _without_credit_lines(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions without those in the lines that credit the story's reporters, editors and photographers."""
    lines = [m.span() for m in _CREDIT_LINE.finditer(text)]
    if not lines:
        return mentions
    return [m for m in mentions if not any(lo <= m.start and m.end <= hi for lo, hi in lines)]


# "the tanker True Confidence", "the bulk carrier Magic Seas": a ship's name, which NER takes for an
# organisation or a person. An analyst lists a ship that was attacked as the site of the attack, as
# a hotel or a ferry bombed in port would be: a place, not an organisation.
_VESSEL_BEFORE = re.compile(
    r"\b(?:tankers?|carriers?|(?:cargo|container|merchant|supply|fishing|naval|research|patrol|passenger|"
    r"commercial)\s+(?:ships?|vessels?|boats?)|vessels?|ships?|freighters?|ferry|ferries|warships?|destroyers?|"
    r"frigates?|corvettes?|yachts?|dhows?|trawlers?|tugs?|tugboats?|barges?|"
    # "the passenger train Bolan Mail": a train, attacked where it ran, is a venue as a ship is
    r"(?:(?:passenger|express|goods|freight|night|mail)\s+)?trains?|"
    r"(?:ships?|vessels?|boats?)\s+"
    # "the Liberia-flagged Hellas Meridian": only a ship flies a flag
    # ("identified the vessel as the Aurora Meridian": what the ship is called)
    r"(?:named|called|as\s+the)|[A-Z][a-z]+-flagged|MV|M/V|MT|M/T|SS)\s*[\"“]?$"
)
_TIES_AFTER = re.compile(
    r"^-(?:linked|affiliated|aligned|inspired|backed|allied|loyal|connected|sponsored|style|type)\b", re.I
)


# "The Aegean Meridian, a Greek-owned vessel", "two bulkers: the Magic Seas and the Eternity C": a ship
# named before the word that says it is one, which NER takes for a company or a person.
_SHIP_WORD = (
    r"(?:vessels?|ships?|tankers?|bulkers?|bulk\s+carriers?|car\s+carriers?|freighters?|ferry|ferries|"
    r"trawlers?|dhows?|cargo\s+ships?|container\s+ships?|merchant\s+ships?)"
)
# (not "Kallistos Maritime, a ship manager based in Piraeus": a firm that runs ships)
_SHIP_AFTER = re.compile(
    rf"[\"”]?\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_SHIP_WORD}(?![\w-])"
    r"(?!\s+(?:managers?|management|owners?|operators?|compan(?:y|ies)|firms?|brokers?|agents?|agency|insurers?|"
    r"charterers?|builders?|yards?|registry)\b)",
    re.I,
)
_SHIPS_LISTED_BEFORE = re.compile(
    r"\b(?:vessels|ships|tankers|bulkers|bulk\s+carriers|freighters)\b[^.;:\n]{0,40}:\s+[^.;:\n]{0,60}\bthe\s+$"
)
# "seized the Jaffar Express": a named train that NER did not see, in a story about a train
_NAMED_TRAIN = re.compile(r"\bthe\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:Express|Mail))\b")


def _ships_and_trains(
    mentions: list[Mention], document: Document, sentence_starts: list[int]
) -> list[Mention]:
    """Ships named before the word that says so, and named trains, as places (venues), with every other
    mention of the same name."""
    text = document.text
    ships = {
        m.name
        for m in mentions
        if m.gazetteer_id is None
        and (
            m.type in (EntityType.ORGANIZATION, EntityType.PERSON)
            and (
                _SHIP_AFTER.match(text, m.end, m.end + 60)
                or _SHIPS_LISTED_BEFORE.search(text, max(0, m.start - 120), m.start)
            )
            # "the Liberia-flagged Hellas Meridian ... Smoke rises from the Hellas Meridian": a name once said to be
            # a ship is one wherever the story names it
            # ("identified the vessel as the Aurora Meridian": NER's person or firm right after the ship's word)
            or (m.subtype == "Facility" or m.type in (EntityType.ORGANIZATION, EntityType.PERSON))
            and _VESSEL_BEFORE.search(text[max(0, m.start - 40) : m.start]) is not None
        )
    }
    out = [
        dataclasses.replace(m, type=EntityType.LOCATION, subtype="Facility")
        if m.name in ships and m.gazetteer_id is None and m.type is not EntityType.LOCATION
        else m
        for m in mentions
    ]
    if _TRAIN_WORD.search(text) is None:
        return out
    taken = [(m.start, m.end) for m in out]
    for match in _NAMED_TRAIN.finditer(text):
        name = match.group("name")
        lo, hi = match.span("name")
        if not _TRAIN_NAME.match(name) or any(s < hi and lo < e for s, e in taken):
            continue
        si = sentence_at(sentence_starts, lo)
        out.append(Mention(name, name, EntityType.LOCATION, document.id, lo, hi, si, 0.7, None, "Facility"))
    return out


# 'gave his call sign as "Graf"', 'known by the nom de guerre "Abu Hamza"': the name a fighter goes by,
# in quotes
_CALL_SIGN = re.compile(
    r"\b(?:call[\s-]?sign|nom\s+de\s+guerre|code[\s-]?name|radio\s+name)\s+(?:(?:was|is|as|of)\s+)?"
    r"[\"“‘']([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})[\"”’']"
)


_CALL_SIGN_OF = re.compile(
    r",?\s+(?:(?:a|an|the)\s+[^,;.\"“]{0,60}?\s+)?(?:who\s+)?(?:also\s+)?"
    r"(?:goes\s+by|went\s+by|known\s+by|uses|used|gave|gives)\s+(?:the|his|her)\s+$"
)


def _overlapping(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    """The mentions that share a character with the span from lo to hi."""
    return [m for m in mentions if m.start < hi and lo < m.end]


def _call_signs(mentions: list[Mention], document: Document, sentence_starts: list[int]) -> list[Mention]:
    """A call sign or nom de guerre in quotes as a person, whatever NER made of it (or missed)."""
    text = document.text
    out = list(mentions)
    for match in _CALL_SIGN.finditer(text):
        name = match.group(1)
        lo, hi = match.span(1)
        same = _overlapping(out, lo, hi)
        if any(m.gazetteer_id is not None or m.type is EntityType.PERSON for m in same):
            continue
        out = [m for m in out if m not in same]
        si = sentence_at(sentence_starts, lo)
        # "led by Denis Kapustin, a nationalist who also goes by the call sign "White Rex"": his other name
        bearer = next(
            (
                m
                for m in reversed(out)
                if m.end <= match.start()
                and m.type is EntityType.PERSON
                and _CALL_SIGN_OF.match(text, m.end, match.start())
            ),
            None,
        )
        full = bearer.name if bearer is not None else name
        out.append(Mention(name, full, EntityType.PERSON, document.id, lo, hi, si, 0.6))
    return sorted(out, key=lambda m: m.start)


# "on Route 557", "Highway 1", "the N380 road", "the N-25 highway": a road by its number is a place
_NUMBERED_ROAD = re.compile(
    r"(?<![\w-])(?:(?:Route|Highway)\s+\d{1,4}[A-Z]?|"
    r"[A-Z]{1,2}-?\d{1,4}\s+(?:road|highway|motorway|expressway))"
    r"(?![\w-])"
)


def _numbered_roads(mentions: list[Mention], document: Document, sentence_starts: list[int]) -> list[Mention]:
    """A numbered road as a place (a venue), in place of whatever NER made of its letters or number."""
    text = document.text
    out = list(mentions)
    for match in _NUMBERED_ROAD.finditer(text):
        lo, hi = match.span()
        same = _overlapping(out, lo, hi)
        if any(m.start < lo or m.end > hi or m.gazetteer_id is not None for m in same):
            continue  # inside a longer name ("the Route 9 Bridge Authority") or a known one
        out = [m for m in out if m not in same]
        si = sentence_at(sentence_starts, lo)
        name = match.group()
        out.append(Mention(name, name, EntityType.LOCATION, document.id, lo, hi, si, 0.7, None, "Facility"))
    return sorted(out, key=lambda m: m.start)

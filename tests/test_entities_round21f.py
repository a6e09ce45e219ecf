"""Round twenty-one (f): gazetteer breadth, third pass, for state bodies, districts and conflict towns.

Every sentence here was written for these tests.

- "Agents of Colombia's DIJIN ...", "the Honduran National Police" (kept under its full name), "Peru's DIRCOTE", "the Guardia di Finanza",
  "the Eastern Mindanao Command", "the Royal Thai Navy": police directorates, armies, financial police and
  regional commands of Latin America, Europe and South-East Asia are organisations, by full name or acronym.
- "Gunmen shot a ranger in Sungai Kolok", "a bomb in Datu Piang", "drones over El Tarra", "an ambush near
  Spinwam": districts and towns of Thailand's deep south, Mindanao, Catatumbo, Michoacán and Guerrero,
  Deir ez-Zor, Abyan/Shabwa/Marib and Pakistan's borderlands are places, and lie in their provinces.
- Near misses: the same words in lower-case prose ("the national police of several countries", "a
  financial police unit") name no organisation; a district town that is a common word or given name
  ("Raman", "Mayo", "Tame", "Parang") is left out of the curated list.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import typed

from kg import gazetteer
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
LOCATION = EntityType.LOCATION
ORGANIZATION = EntityType.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers of the Honduran National Police searched the prison after the riot, a spokesman said.",
            "National Police of Honduras",
        ),
        (
            "The Guardia di Finanza seized the accounts of two men accused of funding the cell.",
            "Guardia di Finanza",
        ),
        (
            "The Eastern Mindanao Command said soldiers had overrun a rebel camp in the hills.",
            "Eastern Mindanao Command",
        ),
        ("The Royal Thai Navy sent a patrol boat after the fishing trawler.", "Royal Thai Navy"),
        (
            "The Brazilian Intelligence Agency warned the ministry about the online group in March.",
            "Brazilian Intelligence Agency",
        ),
        (
            "Prosecutors of the National Anti-Mafia and Anti-Terrorism Directorate opened an inquiry.",
            "National Anti-Mafia and Anti-Terrorism Directorate",
        ),
    ],
)
def test_a_state_body_is_an_organisation(extract_text: Extract, text: str, name: str) -> None:
    assert (name, ORGANIZATION) in typed(extract_text(text))


def test_police_directorates_are_found_by_their_acronyms() -> None:
    assert gazetteer.lookup_org("DIJIN") == ("co-dijin",)
    assert gazetteer.lookup_org("DIRCOTE") == ("pe-dircote",)
    assert gazetteer.lookup_org("ABIN") == ("br-abin",)
    # acronyms need their capitals: a word in lower case is not the agency
    assert not gazetteer.lookup_org("abin")


def test_the_common_phrase_is_no_organisation(extract_text: Extract) -> None:
    prose = extract_text(
        "The national police of several countries shared records with a financial police unit last year."
    )
    assert not {name for name, kind in typed(prose) if kind is ORGANIZATION}


def test_new_aliases_reach_the_existing_bodies() -> None:
    assert gazetteer.lookup_org("Colombian National Police") == ("co-police",)
    assert gazetteer.lookup_org("Colombian Attorney General's Office") == ("co-fiscalia",)
    assert gazetteer.lookup_org("Thai Rangers") == ("th-rangers",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Gunmen on a motorcycle shot a ranger in Sungai Kolok and a bomb went off in Tak Bai.",
            ("Sungai Kolok", "Tak Bai"),
        ),
        (
            "Soldiers clashed with militants near Datu Piang and Pikit on Tuesday, the army said.",
            ("Datu Piang", "Pikit"),
        ),
        ("Armed drones were flown over Hacarí and El Tarra during the fighting.", ("Hacarí", "El Tarra")),
        ("Cartel roadblocks cut the highway between Zitácuaro and Taxco.", ("Zitácuaro", "Taxco")),
        ("Tribal fighters pushed the militants out of Busayrah and Sabikhan.", ("Busayrah", "Sabikhan")),
        ("Government troops entered Nisab and Habban after the truce collapsed.", ("Nisab", "Habban")),
        ("Insurgents attacked a levies post in Hoshab and another in Chagai.", ("Hoshab", "Chagai")),
        (
            "Militants ambushed a convoy near Spinwam and fired on a fort at Sararogha.",
            ("Spinwam", "Sararogha"),
        ),
    ],
)
def test_districts_and_towns_of_conflict_countries_are_places(
    extract_text: Extract, text: str, names: tuple[str, ...]
) -> None:
    found = typed(extract_text(text))
    for name in names:
        assert (name, LOCATION) in found


def test_towns_lie_in_their_provinces() -> None:
    assert gazetteer.located_in_chain(gazetteer.lookup_place("Sungai Kolok")[0])[0] == "deep-south-thailand"
    assert gazetteer.located_in_chain(gazetteer.lookup_place("Hoshab")[0])[0] == "pk-balochistan"
    assert gazetteer.located_in_chain(gazetteer.lookup_place("El Tarra")[0])[0] == "catatumbo"
    assert gazetteer.located_in_chain(gazetteer.lookup_place("Nisab")[0])[0] == "ye-shabwa"


@pytest.mark.parametrize("word", ["Raman", "Tame", "Parang", "Makin"])
def test_a_district_town_named_like_a_word_or_a_given_name_is_left_out(word: str) -> None:
    assert not gazetteer.lookup_place(word, alternates=False)

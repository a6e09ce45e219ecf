"""Entities found, ninth round (second pass): operations as forces, bands named by a word for them, short forms.

Every sentence was written for these tests. A named military operation is an organisation where the words
around make it a force ("who leads the Operation X", "Operation X, the army's offensive"), as the analysts'
gold lists Barkhane, and its bare name later is the same force; an operation told only as an event names
nothing. "A unit known as X" and "the X group, a ... militia" name armed groups; "bandit kingpin P",
"P, the group's commander-in-chief," and a rank NER kept in a body's span name people, as does "P's
elected government". A name ending in a word for an administrative area is that area, never a person. A
word that a locative made a place but is the last word of a body named before ("the Brotherhood") is that
body, and a plural of one word of one body's name ("the Guards") is that body. "X and Y regions" gives each
the region the gazetteer knows, and a river is a place. A body's name NER cut before the place it is about
("the Centre for" + "Levant") runs on. Each phrasing stands beside a near miss.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
G, ORG, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION


# ------------------------------------------------------------------ operations


@pytest.mark.parametrize(
    "text",
    [
        "The rebels retreated under pressure from Operation Tembo, the joint offensive launched in 2022 by the "
        "Kenyan army and its allies.",
        "The Navy, which leads the multinational Operation Blue Shield, said two drones were downed.",
        "Villagers welcomed troops of Operation Safe Haven, who arrived on Monday.",
        "The attack prompted the army to begin a new phase of Operation Kogin Daji against the bandits.",
    ],
)
def test_an_operation_the_words_make_a_force_is_an_organisation(extract_text: Extract, text: str) -> None:
    x = extract_text(text)
    operations = [(n, t) for n, t in typed(x) if n.startswith("Operation ")]
    assert len(operations) == 1 and operations[0][1] is ORG, typed(x)


def test_an_operation_told_as_an_event_names_nothing(extract_text: Extract) -> None:
    x = extract_text("Operation Sea Breeze began in August and ended in October, the ministry said.")
    assert not [m for m in x.mentions if "Sea Breeze" in m.text], typed(x)


def test_the_bare_name_of_an_operation_is_that_operation(extract_text: Extract) -> None:
    x = extract_text(
        "The militia fled under pressure from Operation Tembo, the joint offensive launched in 2022 by the "
        'Kenyan army. "Tembo has pushed them north," an officer said.'
    )
    bare = [m for m in x.mentions if m.text == "Tembo"]
    assert bare and all((m.name, m.type) == ("Operation Tembo", ORG) for m in bare), typed(x)


# ------------------------------------------------------------------ armed bands and people


def test_a_band_known_by_a_name_is_a_group(extract_text: Extract) -> None:
    x = extract_text(
        "In the hills, a unit known as Saif Ayub, which officials call the group's wing, laid mines."
    )
    assert ("Saif Ayub", G) in typed(x)
    # near miss: a man known by a name is a person
    x = extract_text("An Egyptian known as Abu Hamza al-Masri leads the cells.")
    assert ("Abu Hamza al-Masri", P) in typed(x)


def test_a_name_before_group_and_a_militia_description_is_that_group(extract_text: Extract) -> None:
    x = extract_text("The CODECO militia continues to fight the Kilima group, a Nande self-defence militia.")
    assert ("Kilima group", G) in typed(x)
    # near miss: a body before "group" with no armed description is left alone
    x = extract_text("Officials met the Kilima group of investors in Goma.")
    assert ("Kilima group", G) not in typed(x)


def test_a_word_for_an_outlaw_boss_names_a_person(extract_text: Extract) -> None:
    x = extract_text(
        "The faction struck a deal with bandit kingpin Bello Turji Kachalla for access to camps."
    )
    assert ("Bello Turji Kachalla", P) in typed(x)
    # near miss: a body after the word is no person
    x = extract_text("The warlord Kano Emirate Council met. Police hunted the kingpin in Zamfara.")
    assert ("Kano Emirate Council", P) not in typed(x)


def test_a_name_opening_a_paragraph_with_a_bodys_office_is_a_person(extract_text: Extract) -> None:
    x = extract_text(
        "The KNU took the base.\n\nSaw Tin Maung Htoo, the KNU's commander-in-chief, said the fight would go on."
    )
    assert ("Saw Tin Maung Htoo", P) in typed(x)


def test_a_rank_in_a_bodys_span_makes_a_person(extract_text: Extract) -> None:
    x = extract_text(
        "The country is split between the capital and the eastern camp of Field Marshal Omar Bashir Kalil, "
        "whose National Army holds the ports."
    )
    assert ("Omar Bashir Kalil", P) in typed(x), typed(x)
    # near miss: one word that is also a common one is no rank
    x = extract_text("General Electric Aviation signed the contract on Monday.")
    assert not [n for n, t in typed(x) if t is P], typed(x)


def test_a_leaders_government_names_the_leader(extract_text: Extract) -> None:
    x = extract_text("The general seized power from Daw Khin Mar Lwin's elected government in 2021.")
    assert any(t is P and n.endswith("Khin Mar Lwin") for n, t in typed(x)), typed(x)
    # near miss: a body's government stays a body
    x = extract_text("The Palestinian Authority's government resigned on Monday.")
    assert ("Palestinian Authority", ORG) in typed(x)


def test_a_force_the_gazetteer_knows_by_its_first_word_is_named(extract_text: Extract) -> None:
    x = extract_text("Troops, backed by the U.S.-trained Danab special forces brigade, retook the town.")
    assert ("Danab Brigade", ORG) in typed(x), typed(x)
    # near miss: a nationality before "troops" describes a force, naming none
    x = extract_text("Kenyan troops retook the town on Monday.")
    assert not [m for m in x.mentions if m.text == "Kenyan troops"], typed(x)


def test_the_political_body_and_its_armed_wing_are_two(extract_text: Extract) -> None:
    x = extract_text(
        "The Kachin Independence Army (KIA), the armed wing of the Kachin Independence Organisation (KIO), "
        "besieged the town."
    )
    assert {("Kachin Independence Army", G), ("Kachin Independence Organisation", G)} <= typed(x), typed(x)


# ------------------------------------------------------------------ places


def test_a_name_ending_in_an_area_word_is_no_person(extract_text: Extract) -> None:
    x = extract_text(
        "Residents of Pattan, once a stronghold of militancy in the orchards of Kupwara district, said the "
        "market had reopened."
    )
    assert ("Kupwara district", P) not in typed(x)
    assert any(t is L and n.startswith("Kupwara") for n, t in typed(x)), typed(x)


def test_each_of_two_places_before_a_plural_kind_is_that_kind(extract_text: Extract) -> None:
    x = extract_text("The fighters crossed from Niger's Tillabéri and Dosso regions in 2019.")
    assert {("Tillabéri Region", L), ("Dosso Region", L)} <= typed(x), typed(x)
    x = extract_text("The militants tax farmers across the Juba and Shabelle valleys.")
    assert {("Juba", L), ("Shabelle", L)} <= typed(x), typed(x)
    assert not [m for m in x.mentions if m.text == "Juba" and m.gazetteer_id], typed(x)
    # near miss: the bare city is the city
    x = extract_text("Delegates flew to Juba on Monday.")
    assert [m.gazetteer_id for m in x.mentions if m.text == "Juba"] != [None], typed(x)


def test_a_river_is_a_place(extract_text: Extract) -> None:
    x = extract_text("The rebels fought around the dam on the Euphrates, where dozens were killed.")
    assert ("Euphrates", L) in typed(x)
    assert ("Euphrates", ORG) not in typed(x)


# ------------------------------------------------------------------ bodies


def test_a_bodys_name_cut_before_its_place_runs_on(extract_text: Extract) -> None:
    x = extract_text(
        "Dr Rana Aziz is a senior fellow at the Centre for Levant Policy Research, a think tank."
    )
    assert ("Centre for Levant Policy Research", ORG) in typed(x), typed(x)
    assert ("Levant", L) not in typed(x)


def test_a_short_form_after_the_full_name_is_that_body(extract_text: Extract) -> None:
    x = extract_text(
        "Both trace their roots to the Muslim Brotherhood. Its founders broke away from the Brotherhood in Egypt."
    )
    assert ("Brotherhood", L) not in typed(x)
    assert [m.name for m in x.mentions if m.text == "Brotherhood"] == ["Muslim Brotherhood"]
    x = extract_text(
        "The Quds Force, the arm of the Islamic Revolutionary Guard Corps (IRGC), moved money. An official said "
        "the Guards had shifted their logistics."
    )
    assert [m.name for m in x.mentions if m.text == "Guards"] == ["Islamic Revolutionary Guard Corps"]


def test_a_plural_short_form_of_no_body_in_the_story_is_left_alone(extract_text: Extract) -> None:
    x = extract_text("The Kenya Defence Forces said the Guards had left the palace.")
    assert "Kenya Defence Forces" not in [m.name for m in x.mentions if m.text == "Guards"]

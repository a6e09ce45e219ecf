"""Entities found, tenth round: a place named with the word for its kind of area after it; "town of X Y".

Every sentence was written for these tests. "Mtwara region", "Kech district" and "Tana River county" are
how readers and lists name an area, so the longer form is kept as one of the place's names; the place
itself keeps its own name. A country's "state" is its government, and "state media" or "the department
of" is no area. Each phrasing stands beside a near miss.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
L = EntityType.LOCATION


def _surfaces(x: Extraction, name: str) -> set[str]:
    return {m.text for m in x.mentions if m.name == name and m.type is L}


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        (
            "Gunmen crossed the river into Tanzania's Mtwara region on Sunday night.",
            "Mtwara",
            "Mtwara region",
        ),
        ("The rebels have held villages in Lubero territory since March.", "Lubero", "Lubero territory"),
        ("Police said the BLF draws recruits from Kech district and the coast.", "Kech", "Kech district"),
    ],
)
def test_the_word_for_an_area_after_a_place_is_kept_as_a_name_of_it(
    extract_text: Extract, sentence: str, name: str, surface: str
) -> None:
    assert surface in _surfaces(extract_text(sentence), name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Somalia state media said the attackers were killed.", "Somalia"),
        ("Villagers in Garissa regional capital fled on Monday.", "Garissa"),
        ("Pakistan state officials blamed the TTP for the attack.", "Pakistan"),
    ],
)
def test_state_media_a_longer_word_or_a_country_take_no_area_word(
    extract_text: Extract, sentence: str, name: str
) -> None:
    assert all(" " not in surface for surface in _surfaces(extract_text(sentence), name))


def test_after_town_of_two_names_ner_cut_apart_are_one_place(extract_text: Extract) -> None:
    x = extract_text("The bus was stopped on Monday near the town of Gida Ayana, residents said.")
    assert "Gida Ayana" in {m.name for m in x.mentions if m.type is L}
    assert "Ayana" not in {m.name for m in x.mentions}


def test_a_surname_ner_took_for_a_body_is_the_person_named_in_full(extract_text: Extract) -> None:
    x = extract_text(
        "The attackers fled, said Col. Moses Kagimu, a spokesman for the army. Four other people were "
        "wounded, Kagimu said."
    )
    assert {m.name for m in x.mentions if m.text == "Kagimu"} == {"Moses Kagimu"}
    assert all(m.type is EntityType.PERSON for m in x.mentions if m.name == "Moses Kagimu")


def test_a_one_word_name_the_gazetteer_knows_as_a_place_stays_a_place(extract_text: Extract) -> None:
    x = extract_text(
        "Gen. Peter Goma commands the brigade. Fighting resumed near Goma on Sunday, officials said."
    )
    assert any(m.type is L and m.name == "Goma" for m in x.mentions)


def test_a_saints_name_with_its_building_is_one_place(extract_text: Extract) -> None:
    x = extract_text("The bells of St Anthony's Shrine in Kochchikade rang out on Sunday.")
    assert "St Anthony's Shrine" in {m.name for m in x.mentions if m.type is L}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "After the attacks the government banned NTJ along with Jamathei Millathu Ibrahim and a smaller "
            "group, Willayath As Seylani.",
            "Willayath As Seylani",
        ),
        (
            "After the attacks the government banned NTJ along with Jamathei Millathu Ibrahim.",
            "Jamathei Millathu Ibrahim",
        ),
        (
            "Police said the cell, which called itself Sturmbrigade Nord, had bought rifles.",
            "Sturmbrigade Nord",
        ),
        ("In 2019 several senior members left to found Nordic Strength, a rival outfit.", "Nordic Strength"),
        ("Its leaders relaunched it as the National Socialist Order (NSO), which Britain proscribed.", "NSO"),
    ],
)
def test_words_around_an_unknown_name_make_it_a_group(extract_text: Extract, text: str, name: str) -> None:
    x = extract_text(text)
    assert any(m.type is EntityType.GROUP for m in x.mentions if name in (m.name, m.text))


def test_a_rights_group_in_apposition_and_a_founder_stay_as_they_were(extract_text: Extract) -> None:
    x = extract_text("A rights group, Amnesty International, said Ahmed Musa founded the school in 2010.")
    assert not any(m.type is EntityType.GROUP for m in x.mentions)


def test_a_brief_compiled_by_a_person_for_an_outlet_names_both(extract_text: Extract) -> None:
    x = extract_text(
        "Compiled by Farah Jamali for the Indus Conflict Monitor.\n\nThe BLA attacked a convoy near Kalat."
    )
    names = {m.name for m in x.mentions}
    assert {"Farah Jamali", "Indus Conflict Monitor"} <= names


def test_a_credit_line_with_no_outlet_still_names_nobody(extract_text: Extract) -> None:
    x = extract_text("The BLA attacked a convoy near Kalat.\nCompiled by Farah Jamali and Omar Baig\n")
    assert "Farah Jamali" not in {m.name for m in x.mentions}


def test_a_name_between_a_locative_and_town_is_a_place(extract_text: Extract) -> None:
    x = extract_text("The court heard how the February 11 blast in Balo-i town killed seven passengers.")
    assert "Balo-i" in {m.name for m in x.mentions if m.type is L}


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Java", "ID"),
        ("West Java", "ID"),
        ("Sulawesi", "ID"),
        ("Khatlon region", "TJ"),
        ("Alibori department", "BJ"),
        ("County Donegal", "IE"),
        ("East Wollega zone", "ET"),
        ("Northwest Region", "CM"),
        ("Qandil mountains", "IQ"),
    ],
)
def test_regions_of_conflict_countries_are_known(name: str, country: str) -> None:
    from kg.extract import lexicon

    place = lexicon.lookup_place(name)
    assert place is not None and place.country == country


def test_islands_listed_after_a_group_are_places(extract_text: Extract) -> None:
    x = extract_text("Police said the group has cells across Java, Sulawesi and Sumatra.")
    assert {"Java", "Sulawesi", "Sumatra"} <= {m.name for m in x.mentions if m.type is L}


def test_a_namesake_does_not_name_its_own_country(extract_text: Extract) -> None:
    # "Bali" is an Indonesian province and a town in Cameroon's Northwest Region: the province's own name
    # is no sign that the story is about Indonesia.
    x = extract_text("A military tribunal in Cameroon jailed four men over the attack on a school in Bali.")
    assert {m.gazetteer_id for m in x.mentions if m.text == "Bali"} == {"place:bali-cameroon"}
    y = extract_text("Jemaah Islamiyah was behind the 2002 Bali bombings in Indonesia.")
    assert {m.gazetteer_id for m in y.mentions if m.text == "Bali"} == {"place:bali"}

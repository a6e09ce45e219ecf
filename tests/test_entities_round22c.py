"""Round twenty-two (c): surnames alone, places after "near", aliases after a description, clans.

Every sentence here was written for these tests.

- "Medina, hit in the leg," after "Sergeant Luis Medina": a surname alone after the full name is the man, even
  where a city bears it; "pilgrims bound for Medina" keeps the city.
- "the faction loyal to Ochoa" after 'Ramiro "El Flaco" Ochoa Beltrán': the first of two surnames is the man;
  a word that is someone's given name in the story is not.
- "an army post near Tambo Koussa": a name no gazetteer knows after "near" or "around" is a place; "near
  Karim's house" is no place of that name.
- 'Karl Brenner, a former soldier who has used the aliases "Wolf Adler" and "Ares Stein"', "Yusuf Demir, 29,
  alias Abu Talut": the aliases are the man's, not other people.
- "Warsame and Abgal clan fighters" names no person; "Abdi Warsame, a clan elder," is one.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PERSON = EntityType.PERSON
ORGANIZATION = EntityType.ORGANIZATION
LOCATION = EntityType.LOCATION
GROUP = EntityType.GROUP


def _written(ex: Extraction, text: str) -> set[tuple[str, EntityType]]:
    return {(m.name, m.type) for m in ex.mentions if m.text == text}


def test_a_surname_alone_is_the_man_where_a_city_bears_it(extract_text: Extract) -> None:
    ex = extract_text(
        "Sergeant Luis Medina, 31, and a colleague were shot at a roadblock outside Tucson on Sunday night. "
        "Medina, hit in the leg, radioed for help while his colleague returned fire."
    )
    assert _written(ex, "Medina") == {("Luis Medina", PERSON)}


def test_the_city_after_a_word_of_place_stays_a_city(extract_text: Extract) -> None:
    ex = extract_text(
        "Sergeant Luis Medina, 31, escorted the convoy on Sunday. The pilgrims were stopped in Medina, "
        "officials said."
    )
    assert ("Luis Medina", PERSON) not in _written(ex, "Medina")


def test_the_first_of_two_surnames_is_the_man(extract_text: Extract) -> None:
    ex = extract_text(
        'Prosecutors charged Ramiro "El Flaco" Ochoa Beltrán with trafficking on Monday. The killings were '
        "blamed on the faction loyal to Ochoa, which controls the port."
    )
    assert {name for name, kind in _written(ex, "Ochoa")} <= {'Ramiro "El Flaco" Ochoa Beltrán'}
    assert not any(kind in (ORGANIZATION, GROUP, LOCATION) for _, kind in _written(ex, "Ochoa"))


def test_a_given_name_is_not_the_first_of_two_surnames(extract_text: Extract) -> None:
    ex = extract_text(
        "Police arrested Juan Tomas Ortega Ruiz in Cali on Monday. His brother Tomas Ortega was not charged. "
        "Officers said Tomas had fled to Ecuador."
    )
    assert ("Juan Tomas Ortega Ruiz", PERSON) not in _written(ex, "Tomas")


def test_a_possessive_after_a_word_of_place_is_the_man(extract_text: Extract) -> None:
    ex = extract_text(
        "The movement was led for a decade by Walid Haddad, a former army officer. Several commanders left "
        "in protest at Haddad's course, analysts said."
    )
    assert LOCATION not in {kind for _, kind in _written(ex, "Haddad")}


def test_a_name_after_near_is_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked an army post near Tambo Koussa on Tuesday night, killing four soldiers. "
        "The fighting around Tambo Koussa has displaced thousands, officials said."
    )
    assert ("Tambo Koussa", LOCATION) in typed(ex)
    assert ("Tambo Koussa", PERSON) not in typed(ex)


def test_a_possessive_after_near_is_no_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Police said Karim Touré was arrested on Monday. The rifle was found near Karim Touré's house in "
        "the capital."
    )
    assert ("Karim Touré", LOCATION) not in typed(ex)


def test_aliases_after_a_description_are_the_mans(extract_text: Extract) -> None:
    ex = extract_text(
        'The network was founded in 2019 by Karl Brenner, a former soldier who has used the aliases "Wolf Adler" '
        'and "Ares Stein" and is believed to live abroad.'
    )
    assert _written(ex, "Wolf Adler") == {("Karl Brenner", PERSON)}
    assert _written(ex, "Ares Stein") == {("Karl Brenner", PERSON)}


def test_a_second_man_after_a_description_is_no_alias(extract_text: Extract) -> None:
    ex = extract_text(
        "The network was founded in 2019 by Karl Brenner, a former soldier, and by Ares Stein, a teacher "
        "from Graz."
    )
    assert ("Karl Brenner", PERSON) not in _written(ex, "Ares Stein")


def test_an_alias_after_the_age_is_the_mans(extract_text: Extract) -> None:
    ex = extract_text(
        "The court found that the main defendant, Yusuf Demir, 29, alias Abu Talut, had led the cell in "
        "Bursa since 2021."
    )
    assert _written(ex, "Abu Talut") == {("Yusuf Demir", PERSON)}


def test_a_second_defendant_after_the_age_is_no_alias(extract_text: Extract) -> None:
    ex = extract_text(
        "The court found that the main defendant, Yusuf Demir, 29, and Abu Talut had led the cell in "
        "Bursa since 2021."
    )
    assert ("Yusuf Demir", PERSON) not in _written(ex, "Abu Talut")


def test_a_clan_is_no_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The militia emerged in 2022 when Warsame and Abgal clan fighters in Hiraan rose against the "
        "insurgents, elders said."
    )
    assert PERSON not in {kind for _, kind in _written(ex, "Warsame")}


def test_a_clan_elder_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Abdi Warsame, a clan elder in Beledweyne, said the insurgents had withdrawn overnight."
    )
    assert ("Abdi Warsame", PERSON) in typed(ex)


def test_a_following_around_a_man_is_no_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors charged members of the network around Konrad Albers with planning to storm the town hall."
    )
    assert ("Konrad Albers", LOCATION) not in typed(ex)

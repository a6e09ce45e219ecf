"""Round sixteen: entity faults read as general rules.

Every sentence here was written for these tests.

- "near Umm al-Aranib ... the road between Umm al-Aranib and Murzuq": a place the gazetteer knows, named
  again where NER took it for a person, is that place (as one-word places already were).
- "South America", "Central America": a region of its own name holds no mention of the United States,
  as "northeast Syria" holds one of Syria.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
LOC = EntityType.LOCATION


def _places(ex: Extraction) -> set[tuple[str, str]]:
    return {(m.text, m.name) for m in ex.mentions if m.type is LOC}


def test_continent_named_with_a_compass_word_holds_no_country(extract_text: Extract) -> None:
    ex = extract_text("The gang has spread across South America and Central America since 2017.")
    places = _places(ex)
    assert ("South America", "South America") in places
    assert not any(name == "United States" for _, name in places)


def test_region_of_a_country_still_names_the_country(extract_text: Extract) -> None:
    ex = extract_text("The militia has fought for years in northeast Syria.")
    assert any(name == "Syria" for _, name in _places(ex))


def test_known_place_named_again_is_that_place_not_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The August attack near Umm al-Aranib, in Libya's Fezzan region, was the group's deadliest this year. "
        "Troops later closed the road between Umm al-Aranib and Murzuq, officials said."
    )
    kinds = {m.type for m in ex.mentions if m.text == "Umm al-Aranib"}
    assert kinds == {LOC}


def test_a_person_is_not_made_a_place_by_a_one_word_namesake(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighters fled toward Kidal on Monday. Kidal Ag Mohamed, a local elder, said the town was calm."
    )
    assert any(m.type is EntityType.PERSON and m.text.startswith("Kidal Ag") for m in ex.mentions)

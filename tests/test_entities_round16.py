"""Round sixteen: entity faults read as general rules.

Every sentence here was written for these tests.

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

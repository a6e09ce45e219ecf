"""Round twenty-five: which places inside a group's name say where it operates.

Every sentence here was written for these tests.

- A country that ends a movement's name bare ("Tehrik-i-Taliban Pakistan") is its national designation,
  not a statement of where it fights; a franchise's branch named so ("Islamic State Mozambique") still
  operates there, and so does a group named after a town ("Katibat Jenin") or one the text also calls by
  its nationality word ("the Pakistani Taliban").
- A province the Islamic State names after a historical land ("Khorasan") is no place it operates in.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.extract.relations.names import _named_after
from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_country_ending_a_movements_name_does_not_place_it(extract_text: Extract) -> None:
    ex = extract_text(
        "A statement signed by Tehreek-e-Labbaik Pakistan was read out at the rally. "
        "Thousands of refugees have left Pakistan this year."
    )
    assert not has_fact(ex, "Tehreek-e-Labbaik Pakistan", "operatesIn", "Pakistan")


def test_a_franchise_branch_named_after_a_country_is_placed_there(extract_text: Extract) -> None:
    ex = extract_text(
        "A statement signed by Islamic State Mozambique was read out in the video. "
        "Thousands of refugees have left Mozambique this year."
    )
    assert any(
        r.predicate.value == "operatesIn"
        and r.object.name == "Mozambique"
        and "Islamic State" in r.subject.name
        for r in ex.relations
    )


def test_the_text_still_places_a_movement_named_after_its_country(extract_text: Extract) -> None:
    ex = extract_text("Tehrik-i-Taliban Pakistan fighters have stepped up attacks across Pakistan.")
    assert has_fact(ex, "Tehrik-i-Taliban Pakistan", "operatesIn", "Pakistan")


def test_a_movement_also_called_by_its_nationality_word_is_placed_in_its_country(
    extract_text: Extract,
) -> None:
    ex = extract_text(
        "A statement signed by Tehrik-i-Taliban Pakistan, often called the Pakistani Taliban, was read out. "
        "Thousands of refugees have left Pakistan this year."
    )
    assert has_fact(ex, "Tehrik-i-Taliban Pakistan", "operatesIn", "Pakistan")


def test_shapes_of_names_that_end_with_a_place() -> None:
    # a national designation, bare or after a hyphen
    assert not _named_after("Harkat-ul-Ansar Bangladesh", "Bangladesh")
    assert not _named_after("Cartel Sonora-Guatemala", "Guatemala")
    assert _named_after("Harkat-ul-Ansar Bangladesh", "Bangladesh", frozenset({"BD"}))
    # a franchise's branch, a province, a town, or a country joined by a preposition
    assert _named_after("ISIS-Somalia", "Somalia")
    assert _named_after("Islamic State Libya Province", "Libya")
    assert _named_after("Katibat Tubas", "Tubas")
    assert _named_after("Fuerzas Unidas de Colombia", "Colombia")


def test_a_province_named_after_a_historical_land_does_not_place_it() -> None:
    assert not _named_after("Islamic State Khorasan Province", "Khorasan")
    assert not _named_after("Islamic State Khurasan", "Khurasan")
    assert _named_after("Islamic State Sahel Province", "Sahel")

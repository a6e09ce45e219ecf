"""Attack rules, round seventeen (fourth wave): the places of what came before or beside an attack.

Every sentence here was written for these tests.

- "The siege came weeks after a string of army defeats in X": X is the place of the defeats, not the siege's.
- "Car bomb kills eight in X as troops push into Y": Y is the troops' offensive, not the bombing's.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack, places

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_the_place_of_what_came_before_is_not_the_attacks(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen stormed a hotel in Kismayo on Friday, killing 12 people. The siege came weeks after a string of "
        "army defeats in Gedo.",
        "2025-06-09",
    )
    assert places(only_attack(ex)) == ["Kismayo"]


def test_a_troops_push_beside_a_headline_attack_is_not_its_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Car bomb kills eight at a market in Beledweyne as troops push into Hiraan", "2025-06-09"
    )
    assert places(only_attack(ex)) == ["Beledweyne"]


def test_a_region_in_apposition_is_still_the_attacks(extract_text: Extract) -> None:
    # near miss: the region extends the town, with no other event in between
    ex = extract_text("Car bomb kills eight at a market in Beledweyne, in Hiraan", "2025-06-09")
    assert len(places(only_attack(ex))) == 2

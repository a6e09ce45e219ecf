"""Round sixteen, second wave: group relations left on the read sets, read as general rules.

Every sentence here was written for these tests.

- "the Informal Anarchist Federation's Nikos Cell": a group's named cell or column is its unit.
- "recruited in the Pacific Northwest for The Base", "recruiting teenagers for the NRM in Finland": the
  recruiter's ground is the group's.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]
FAI = "Informal Anarchist Federation"
NRM = "Nordic Resistance Movement"


def test_possessive_named_cell_is_a_unit_of_the_owner(extract_text: Extract) -> None:
    ex = extract_text(
        "A communique from the Informal Anarchist Federation's Nikos Cell claimed the arson in Milan."
    )
    assert has_fact(ex, "Nikos Cell", "affiliateOf", FAI)


def test_cell_listed_beside_a_group_is_no_unit_of_it(extract_text: Extract) -> None:
    ex = extract_text(
        "A communique from the Informal Anarchist Federation and the Nikos Cell was found in Milan."
    )
    assert not has_fact(ex, "Nikos Cell", "affiliateOf", FAI)


def test_recruited_in_a_place_for_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Investigators believe the teacher had recruited in the Pacific Northwest for The Base."
    )
    assert has_fact(ex, "The Base (neo-Nazi group)", "operatesIn", "Pacific Northwest")


def test_recruited_in_a_place_for_an_event_the_group_attended(extract_text: Extract) -> None:
    ex = extract_text(
        "Investigators believe the teacher had recruited in the Pacific Northwest for a rally that The Base attended."
    )
    assert not has_fact(ex, "The Base (neo-Nazi group)", "operatesIn", "Pacific Northwest")


def test_recruiting_for_a_group_in_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors said she had been recruiting teenagers for the Nordic Resistance Movement in Finland."
    )
    assert has_fact(ex, NRM, "operatesIn", "Finland")


def test_recruiting_for_a_group_before_moving_to_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors said she had been recruiting teenagers for the Nordic Resistance Movement before moving to Finland."
    )
    assert not has_fact(ex, NRM, "operatesIn", "Finland")

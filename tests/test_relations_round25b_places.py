"""Round twenty-five: more sentence shapes that say where a group operates.

Every sentence here was written for these tests.

- Armed men that guard a place are kept there ("the militia guards the camp", "where its units guard X").
- A group operates on a mountain as it hides on one.
- "along Mali's border with Niger": the border zone lies in both countries.
- "the faction, which is known as G, and which operates in X": the second relative clause is about the name.
- "Kenya's two main militant groups (A and B)": the groups a country's own kind word lists.
- "Segunda Marquetalia": a name that revives an older group recalls a place, it does not place the new one.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.extract.relations.names import _named_after
from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_group_that_guards_a_camp_operates_there(extract_text: Extract) -> None:
    ex = extract_text("The Syrian Democratic Forces still guard the al-Hol camp in the north-east.")
    assert has_fact(ex, "Syrian Democratic Forces", "operatesIn", "al-Hol camp")


def test_guards_as_a_noun_does_not_place_the_group(extract_text: Extract) -> None:
    ex = extract_text("Hamas guards in Gaza were seen at the crossing on Monday.")
    assert not has_fact(ex, "Hamas", "operatesIn", "Gaza Strip")


def test_where_the_groups_units_guard_the_frontier(extract_text: Extract) -> None:
    ex = extract_text("Two men were killed at al-Qaim, where Kataib Hezbollah units guard the frontier.")
    assert any(
        r.predicate.value == "operatesIn" and r.object.name == "Al-Qaim" and "Hezbollah" in r.subject.name
        for r in ex.relations
    )


def test_a_group_operates_on_a_mountain(extract_text: Extract) -> None:
    ex = extract_text("Court papers say the Okba Ibn Nafaa Brigade operates on Mount Chaambi.")
    assert has_fact(ex, "Okba Ibn Nafaa Brigade", "operatesIn", "Mount Chaambi")


def test_a_border_with_a_country_places_the_group_in_it(extract_text: Extract) -> None:
    ex = extract_text("The Islamic State Sahel Province is active along Mali's border with Niger.")
    assert has_fact(ex, "Islamic State Sahel Province", "operatesIn", "Niger")


def test_the_second_relative_clause_after_a_given_name_is_about_it(extract_text: Extract) -> None:
    ex = extract_text(
        "The raiders came from a faction, which is widely known as Boko Haram, and which operates from camps "
        "in the Sambisa Forest."
    )
    assert has_fact(ex, "Boko Haram", "operatesIn", "Sambisa Forest")


def test_the_second_relative_clause_after_an_object_is_not_about_it(extract_text: Extract) -> None:
    ex = extract_text(
        "The army fought a faction that split from Boko Haram, and which operates in the Sambisa Forest."
    )
    assert not has_fact(ex, "Boko Haram", "operatesIn", "Sambisa Forest")


def test_the_groups_a_countrys_kind_word_lists_operate_there(extract_text: Extract) -> None:
    ex = extract_text(
        "Analysts say Bangladesh's two main jihadist networks (Ansarullah Bangla Team and the local cells of "
        "al-Qaeda in the Indian Subcontinent) are recruiting again."
    )
    assert has_fact(ex, "Ansarullah Bangla Team", "operatesIn", "Bangladesh")
    assert has_fact(ex, "al-Qaeda in the Indian Subcontinent", "operatesIn", "Bangladesh")


def test_an_ordinal_name_recalls_a_place_without_placing_the_group() -> None:
    assert not _named_after("Segunda Marquetalia", "Marquetalia")
    assert not _named_after("Second Marquetalia", "Marquetalia")
    assert _named_after("Katibat Jenin", "Jenin")


def test_the_border_with_a_neighbour_is_the_near_side_only(extract_text: Extract) -> None:
    ex = extract_text("The Comandos de la Frontera operate in Putumayo along the border with Ecuador.")
    assert not has_fact(ex, "Comandos de la Frontera", "operatesIn", "Ecuador")

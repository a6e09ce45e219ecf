"""Round twenty-two: person affiliations, read as general rules.

Every sentence here was written for these tests.

- "P, a preacher who quit the mosque in 2016 and swore allegiance to G": an apposition that opens his own
  relative clause, whose second verb is his (not "... and denounced G"; not "... to G's leadership", a pledge to
  its head; and "its leader, P, a cleric who ..." tells his own pledge, not his group's).
- "A and B, both senior G commanders": a count word opens the list's apposition, and the office after the body
  holds for each name (not "A and B, both held by G", nor "A and B, two G hostages").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_apposition_then_who_and_second_verb(extract_text: Extract) -> None:
    ex = extract_text(
        "The cell was built by Omar Said Farah, a former teacher who quit his school in Garissa in 2016 and swore "
        "allegiance to the Islamic State."
    )
    assert among("Islamic State", bodies_of(ex, "Omar Said Farah"))


def test_apposition_then_who_and_second_verb_against(extract_text: Extract) -> None:
    ex = extract_text(
        "The cell was built by Omar Said Farah, a former teacher who quit his school in Garissa in 2016 and "
        "denounced the Islamic State."
    )
    assert not among("Islamic State", bodies_of(ex, "Omar Said Farah"))


def test_apposition_then_who_and_joined(extract_text: Extract) -> None:
    ex = extract_text(
        "Hussein Abdi Nur, a mechanic who left Eastleigh in 2012 and joined al-Shabaab, was named as the driver."
    )
    assert among("al-Shabaab", bodies_of(ex, "Hussein Abdi Nur"))


def test_apposition_then_who_pledge_to_its_leadership_is_not_read(extract_text: Extract) -> None:
    ex = extract_text(
        "The faction was set up by Omar Said Farah, a cleric who walked out of a Nairobi mosque with twenty men and "
        "swore allegiance to the Islamic State's leadership."
    )
    assert not among("Islamic State", bodies_of(ex, "Omar Said Farah"))


def test_leader_with_own_relative_clause_pledges_himself(extract_text: Extract) -> None:
    ex = extract_text(
        "Troops are hunting the faction's leader, Omar Said Farah, a Kenyan-born cleric who preached in Mombasa "
        "for years and swore allegiance to the Islamic State in 2016."
    )
    assert among("Islamic State", bodies_of(ex, "Omar Said Farah"))


def test_leader_without_relative_clause_pledges_his_group(extract_text: Extract) -> None:
    ex = extract_text("The faction's leader, Omar Said Farah, swore allegiance to the Islamic State in 2016.")
    # with no clause of his own the leader pledges his faction (read as the faction's alliance)
    assert not among("Islamic State", bodies_of(ex, "Omar Said Farah"))


def test_both_senior_commanders_of_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Ahmed Warsame and Yusuf Dahir, both senior al-Shabaab commanders, were killed in the strike."
    )
    assert among("al-Shabaab", bodies_of(ex, "Ahmed Warsame"))
    assert among("al-Shabaab", bodies_of(ex, "Yusuf Dahir"))


def test_two_group_members_listed(extract_text: Extract) -> None:
    ex = extract_text("Ahmed Warsame and Yusuf Dahir, two Hamas members, were detained at the crossing.")
    assert among("Hamas", bodies_of(ex, "Ahmed Warsame"))
    assert among("Hamas", bodies_of(ex, "Yusuf Dahir"))


def test_both_held_by_group_is_not_membership(extract_text: Extract) -> None:
    ex = extract_text(
        "Ahmed Warsame and Yusuf Dahir, both held by al-Shabaab for a year, were freed on Monday."
    )
    assert not among("al-Shabaab", bodies_of(ex, "Ahmed Warsame"))
    assert not among("al-Shabaab", bodies_of(ex, "Yusuf Dahir"))


def test_two_group_hostages_are_not_members(extract_text: Extract) -> None:
    ex = extract_text("Ahmed Warsame and Yusuf Dahir, two al-Shabaab hostages, were freed on Monday.")
    assert not among("al-Shabaab", bodies_of(ex, "Ahmed Warsame"))
    assert not among("al-Shabaab", bodies_of(ex, "Yusuf Dahir"))

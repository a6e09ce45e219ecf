"""Attack rules, round twenty: fighters of the side attacked, a second victim wounded, weeks named.

Every sentence here was written for these tests.

- "militants stormed a post, killing three YPG fighters": fighters named by their side, the attack's victims.
- "troops repelled the raid, killing 15 Shabaab fighters": the attackers' dead, not victims.
- "killing one guard and wounding another", "a soldier died and another was hurt": one more, wounded.
- "injuring an employee": a worker at the place struck.
- "Sergeant Ana Ruiz, who was wounded in the firefight, ...": one victim, named, wounded in a relative clause.
- "first said 20 were hurt; by early May it put the number at 26": the later figure.
- "on Thursday last week": the Thursday of the week before the story's.
"""

from __future__ import annotations

import datetime as dt

from kg.extract.dates import find_dates
from kg.extract.numbers import read_casualties


def test_fighters_of_the_side_attacked_are_the_victims() -> None:
    found = read_casualties(
        "Jihadist gunmen stormed a border post near Tal Tamr at dawn, killing three YPG fighters and wounding one."
    )
    assert found.killed == 3


def test_a_bomb_killing_fighters_of_a_side_counts_them() -> None:
    found = read_casualties(
        "A roadside bomb killed two Peshmerga fighters on the road to Makhmour on Friday."
    )
    assert found.killed == 2


def test_fighters_killed_by_troops_repelling_the_attack_are_not_victims() -> None:
    # near miss: the force that was attacked killed the attackers' men
    found = read_casualties(
        "Insurgents attacked a base near Jowhar, but troops repelled the assault, killing 15 Shabaab fighters."
    )
    assert found.killed is None


def test_the_attackers_own_fighters_are_not_victims() -> None:
    # near miss: the side that attacked lost its own fighters
    found = read_casualties(
        "Houthi fighters attacked the town at night, an assault that killed six Houthi fighters."
    )
    assert found.killed is None


def test_fighters_killed_with_no_attack_told_are_not_counted() -> None:
    # near miss: who killed whom, with no attack on the fighters' side told
    found = read_casualties("Gunmen killed six Wagner fighters in the desert north of the town.")
    assert found.killed is None


def test_another_wounded_after_one_killed() -> None:
    found = read_casualties(
        "Gunmen fired on a fuel depot outside Kano, killing one guard and wounding another."
    )
    assert (found.killed, found.wounded) == (1, 1)


def test_another_soldier_hurt_after_one_died() -> None:
    found = read_casualties(
        "A soldier died and another was badly hurt when the mine exploded under their truck."
    )
    assert found.wounded == 1


def test_another_count_is_a_count_not_one() -> None:
    # near miss: "another" before a figure adds that figure
    found = read_casualties("Two soldiers died and another 9 were hurt when the mine exploded.")
    assert found.wounded == 9


def test_another_attacker_wounded_is_not_a_victim() -> None:
    # near miss: the second man hurt was one of the attackers
    found = read_casualties("Police shot one gunman dead and wounded another after the raid on the bank.")
    assert found.wounded is None


def test_an_employee_injured_at_the_place_struck() -> None:
    found = read_casualties("The parcel exploded in the post room of a logistics firm, injuring an employee.")
    assert found.wounded == 1


def test_no_employee_injured_is_no_victim() -> None:
    # near miss: nobody was hurt
    found = read_casualties(
        "The parcel exploded in the post room of a logistics firm; no employee was injured."
    )
    assert found.wounded is None


def test_a_named_victim_wounded_in_a_relative_clause() -> None:
    found = read_casualties(
        "Sergeant Ana Ruiz, who was wounded in the firefight, returned fire until the gunmen fled into the hills."
    )
    assert found.wounded == 1


def test_a_named_person_shot_in_the_arm_after_an_apposition() -> None:
    found = read_casualties(
        "The cell targeted Marco Bellini, a notary, who was shot in the arm as he left his office."
    )
    assert found.wounded == 1


def test_a_named_person_hurt_in_an_old_attack_is_not_counted() -> None:
    # near miss: a wound from an attack of an earlier year, told about a speaker
    found = read_casualties("The mayor, Lidia Perez, who was injured in a 2016 bombing, opened the memorial.")
    assert found.wounded is None


def test_a_named_person_shot_dead_is_not_wounded() -> None:
    # near miss: shot, not in a part of the body: no wound to count
    found = read_casualties("Among the dead was a teacher, Paul Mensah, who was shot outside the school.")
    assert found.wounded is None


def test_a_later_day_puts_the_number_higher() -> None:
    found = read_casualties(
        "The ministry first said 20 recruits were hurt; by early May it put the number at 26, most of them lightly."
    )
    assert found.wounded == 26


def test_by_a_day_without_a_new_figure_keeps_the_first() -> None:
    # near miss: "by Friday" tells when, but no one put the number anew
    found = read_casualties(
        "The ministry said 20 recruits were hurt; by Friday it had put the blame on the rebels."
    )
    assert found.wounded == 20


def test_a_weekday_of_last_week() -> None:
    # 2025-03-20 is a Thursday
    found = find_dates("The raid on the village took place on Monday last week.", dt.date(2025, 3, 20))
    assert [d.value for d in found] == ["2025-03-10"]


def test_a_weekday_then_last_week_said_is_this_weeks() -> None:
    # near miss: "last week" belongs to when it was said, not to the Monday
    found = find_dates("The raid took place on Monday, officials said last week.", dt.date(2025, 3, 20))
    assert found[0].value == "2025-03-17"

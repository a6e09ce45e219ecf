"""Attack rules, round seventeen (second wave): state strikes, claimed drone strikes, days told again.

Every sentence here was written for these tests.

- "A drone launched from the coast slammed into a hotel in Aqaba": a one-way drone's attack; "a Russian drone
  slammed into ...": a state's weapon, no attack.
- "G claimed the drone strike on X": a strike is a group's attack when claimed; "a drone strike on X" alone is not.
- "Israel has struck the port repeatedly", "U.S. forces struck radar sites": states striking, no attacks.
- "... recalled the events of 3 May 2019. That morning bombers struck ...": dated by the day told before.
- "the Harbour Day bombings of 2019", told at a trial in 2025: the year of the bombings.
- "the 2022 assaults ... in the same two towns": sited where the attack told before was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from readings import only_attack, places

from kg.extract.dates import find_dates
from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_drone_that_slammed_into_a_hotel_is_an_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "A drone launched from the coast slammed into a hotel in Aqaba early on Monday, wounding at least nine "
        "people, officials said.",
        "2025-06-03",
    )
    attack = only_attack(ex)
    assert (attack.date, attack.wounded, places(attack)) == ("2025-06-02", 9, ["Aqaba"])


def test_a_states_drone_is_no_attack(extract_text: Extract) -> None:
    # near miss: the drone is named as a state's
    ex = extract_text(
        "A Russian drone slammed into a block of flats in Kharkiv early on Monday, wounding at least nine "
        "people, officials said.",
        "2025-06-03",
    )
    assert not ex.attacks


def test_a_claimed_drone_strike_is_the_groups_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Sirens sounded across the south.\n\n"
        "The Houthis claimed responsibility on Monday for the drone strike on Aqaba, and Israeli jets hit the "
        "port of Hodeidah on Tuesday.",
        "2025-06-04",
    )
    attack = only_attack(ex)
    assert places(attack) == ["Aqaba"] and attack.responsibility


def test_an_unclaimed_drone_strike_is_no_attack(extract_text: Extract) -> None:
    # near miss: nobody claims it
    ex = extract_text(
        "Sirens sounded across the south.\n\nA drone strike on a convoy near Marib on Monday killed four people.",
        "2025-06-04",
    )
    assert not ex.attacks


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel has struck Hodeidah, the rebels' main port, repeatedly since July 2024.",
        "U.S. forces struck radar sites around Hodeidah on Thursday, killing four people.",
    ],
)
def test_a_state_striking_is_no_attack(extract_text: Extract, sentence: str) -> None:
    assert not extract_text(sentence, "2025-06-04").attacks


def test_a_group_that_struck_is_an_attack(extract_text: Extract) -> None:
    # near miss: the subject is a group, not a state
    ex = extract_text(
        "Al-Shabaab fighters struck a base near Baidoa on Thursday, killing four soldiers.", "2025-06-04"
    )
    assert only_attack(ex).killed == 4


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "The judge recalled the events of 3 May 2019. That morning bombers struck two hotels.",
            ["2019-05-03"] * 2,
        ),
        # near misses: "that morning" inside a sentence; no day told before
        ("He recalled 3 May 2019 and what he saw that morning.", ["2019-05-03"]),
        ("That morning bombers struck two hotels.", []),
    ],
)
def test_that_morning_opening_a_sentence_is_the_day_just_told(text: str, values: list[str]) -> None:
    found: list[str] = []
    previous = None
    for sentence in text.split(". "):
        dates = find_dates(sentence, dt.date(2025, 10, 14), previous)
        found += [d.value for d in dates]
        previous = dates[-1].value if dates else previous
    assert found == values


def test_a_trial_opening_day_does_not_date_the_bombings_of_a_year(extract_text: Extract) -> None:
    ex = extract_text(
        "The prosecution yesterday (13 October) opened its case over the Christmas bombings of 2019 in Colombo, "
        "in which 40 people were killed.",
        "2025-10-14",
    )
    assert only_attack(ex).date == "2019"


def test_a_trial_day_dates_nothing_with_no_year_after(extract_text: Extract) -> None:
    # near miss: "in 2019" is no name of the bombings; the nearest date wins as before
    ex = extract_text(
        "Bombers struck two hotels in Colombo yesterday (13 October), killing 40 people, police said in a report "
        "on 2019.",
        "2025-10-14",
    )
    assert only_attack(ex).date == "2025-10-13"


def test_attacks_in_the_same_two_towns_are_sited_there(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked a church in Derbent and a police post in Makhachkala on Sunday, killing eight officers.\n\n"
        "The attacks came a year after the June 2024 assaults on churches and police posts in the same two towns, "
        "in which at least 20 people were killed.",
        "2025-08-18",
    )
    assert [(a.date, a.killed) for a in ex.attacks] == [("2025-08-17", 8), ("2024-06", 20)]
    assert "Derbent" in places(ex.attacks[1])


def test_a_group_named_before_an_ambush_near_a_town_is_blamed(extract_text: Extract) -> None:
    ex = extract_text("Three rangers were killed in a JNIM ambush near Tanguieta last year.", "2025-10-20")
    assert only_attack(ex).responsibility


def test_a_group_fought_near_a_town_is_not_blamed(extract_text: Extract) -> None:
    # near miss: the group is what the soldiers fought, no modifier of the ambush
    ex = extract_text(
        "Three rangers were killed in an ambush near Tanguieta last year while pursuing JNIM.", "2025-10-20"
    )
    assert not only_attack(ex).responsibility


def test_shooting_residents_is_the_raid_told_not_a_second_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen stormed the hillside district of Laboule in Kenscoff late on Sunday, setting homes on fire and "
        "shooting residents as they fled, and killed at least 12 people.",
        "2025-08-19",
    )
    assert only_attack(ex).killed == 12


def test_a_shooting_in_another_town_is_a_second_attack(extract_text: Extract) -> None:
    # near miss: "shooting" names an event of its own, no victims after it
    ex = extract_text(
        "Gunmen stormed the hillside district of Laboule in Kenscoff on Sunday, killing 12 people, and a shooting "
        "in Jacmel on Monday left three dead.",
        "2025-08-19",
    )
    assert len(ex.attacks) == 2


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Gunmen shot dead a village elder and his two sons near the river.", 3),
        ("Nobody has claimed last week's killing of a teacher and her three daughters.", 4),
        ("The killing of a farmer shocked the town.", 1),
        # near misses: the sons wounded, not killed; the killing of an attacker
        ("Gunmen shot dead a village elder, and his two sons were wounded.", 1),
        ("The killing of the gunman ended the siege.", None),
    ],
)
def test_a_victim_and_his_sons(sentence: str, killed: int | None) -> None:
    assert read_casualties(sentence).killed == killed


def test_a_groups_missile_that_struck_a_ship_is_its_attack(extract_text: Extract) -> None:
    # near miss to the state's drone: the word before the weapon is a group's name, not a nationality
    ex = extract_text(
        "A Houthi missile struck the bulk carrier Sea Lark in the Gulf of Aden on 6 March, killing two sailors.",
        "2025-03-10",
    )
    assert only_attack(ex).killed == 2


@pytest.mark.parametrize(
    ("sentence", "wounded"),
    [
        (
            "The rescue service revised the number of people it had treated to 31, most of them lightly hurt.",
            31,
        ),
        # near miss: people arrested are no wounded
        ("The ministry revised the number of people it had arrested to 31.", None),
    ],
)
def test_the_number_treated_revised(sentence: str, wounded: int | None) -> None:
    assert read_casualties(sentence).wounded == wounded


def test_the_toll_of_a_state_strike_told_alone_is_not_the_attacks(extract_text: Extract) -> None:
    ex = extract_text(
        "Sirens sounded across the south.\n\n"
        "The Houthis claimed responsibility on Monday for the drone strike on Aqaba.\n\n"
        "On Tuesday Israeli jets struck fuel depots at Hodeidah port, the army said.\n\n"
        "The health ministry in Sanaa said the dead included three port workers and 17 were wounded.",
        "2025-06-04",
    )
    assert (only_attack(ex).killed, only_attack(ex).wounded) == (None, None)


def test_a_toll_after_the_attack_itself_is_the_attacks(extract_text: Extract) -> None:
    # near miss: no state's strike told just before the toll
    ex = extract_text(
        "Sirens sounded across the south.\n\n"
        "The Houthis claimed responsibility on Monday for the drone strike on Aqaba.\n\n"
        "The health ministry said the dead included three port workers and 17 were wounded.",
        "2025-06-04",
    )
    assert (only_attack(ex).killed, only_attack(ex).wounded) == (3, 17)

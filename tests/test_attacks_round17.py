"""Attack rules, round seventeen: faults in the attack fields of the read sets, as general rules.

Every sentence here was written for these tests.

- "on the night of 4 to 5 May", "the night of 4-5 May", "on 4-5 May": a span of days, dated by its first.
- "raised the toll to 30 guards killed and said 12 people were hurt": the toll's parts end at its state;
  "eight soldiers plus a driver were killed": parts joined by "plus".
- "NABLUS — Troops raided the old city." "Medics said six were killed": the dead of the security forces' action
  told just before, no attack placed in the dateline's town.
- "On the morning of 4 May a banner in Peshawar blamed G for the massacre": the massacre just told (a day
  before), blamed somewhere else.
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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fighters overran two posts on the night of 4 to 5 May, the army said.", "2025-05-04"),
        ("The killings on the night of 4-5 May were the worst in years.", "2025-05-04"),
        ("The shooting on the night between 4 and 5 May 2024 left three dead.", "2024-05-04"),
        ("Talks were held on 4-5 May in Doha.", "2025-05-04"),
        # near misses: one night, one day
        ("Fighters overran two posts on the night of 5 May, the army said.", "2025-05-05"),
        ("Fighters overran two posts on 5 May, the army said.", "2025-05-05"),
    ],
)
def test_a_night_or_a_span_of_days_is_dated_by_its_first(text: str, value: str) -> None:
    found = find_dates(text, dt.date(2025, 6, 1))
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        (
            "By 9 June prosecutors had raised the toll to at least 30 guards killed and said 12 people were hurt.",
            30,
            12,
        ),
        # near miss: a toll listed in parts, with no state after it
        ("The army raised the toll to four soldiers and a civilian guide.", 5, None),
        ("Eight soldiers plus a driver were killed when the bomb went off.", 9, None),
        # near miss: attackers listed after "plus" are not counted
        ("Eight soldiers plus two militants were killed when the bomb went off.", 8, None),
    ],
)
def test_figures_round17(sentence: str, killed: int | None, wounded: int | None) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_the_toll_of_a_raid_is_no_attack_in_the_dateline_town(extract_text: Extract) -> None:
    ex = extract_text(
        "Israeli troops kill two gunmen in Nablus raid\n\n"
        "NABLUS, West Bank — Israeli troops killed two gunmen during a raid on the Old City of Nablus late on "
        "Wednesday.\n\n"
        "The health ministry said six Palestinians were killed in the city and at least 31 wounded.\n\n"
        "Officials said one of the dead had planned Sunday's shooting at a bus stop near Huwara, in which a soldier "
        "was killed.",
        "2023-05-11",
    )
    attack = only_attack(ex)
    assert (places(attack), attack.killed) == (["Huwara"], 1)


def test_a_toll_with_no_raid_before_it_is_placed_in_the_dateline_town(extract_text: Extract) -> None:
    # near miss: no security forces' action told before the toll
    ex = extract_text(
        "Six killed in Nablus\n\n"
        "NABLUS, West Bank — Shops and schools were shut across the city on Thursday.\n\n"
        "The health ministry said six Palestinians were killed in the city and at least 31 wounded.",
        "2023-05-11",
    )
    attack = only_attack(ex)
    assert (places(attack), attack.killed) == (["Nablus"], 6)


def test_a_blame_laid_the_next_day_elsewhere_is_for_the_massacre_just_told(extract_text: Extract) -> None:
    ex = extract_text(
        "Twelve inmates were killed in a massacre at the Central Prison in Mardan shortly before midnight on 3 May.\n\n"
        "On the morning of 4 May a banner in Peshawar blamed the Tehreek-e-Taliban Pakistan for the massacre.",
        "2025-05-10",
    )
    attack = only_attack(ex)
    assert attack.date == "2025-05-03" and "Peshawar" not in places(attack) and attack.responsibility


def test_a_blame_laid_days_later_elsewhere_is_not_merged(extract_text: Extract) -> None:
    # near miss: a week later, in another city: not the day after the massacre
    ex = extract_text(
        "Twelve inmates were killed in a massacre at the Central Prison in Mardan shortly before midnight on 3 May.\n\n"
        "On 9 May a banner in Peshawar blamed the Tehreek-e-Taliban Pakistan for the massacre.",
        "2025-05-10",
    )
    assert len(ex.attacks) == 2


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Two patrolmen were killed and five people were wounded at the checkpoint.", 2, 5),
        ("Three state troopers were wounded when the bomb went off.", None, 3),
        # near miss: patrols are no victims
        ("Two patrols were attacked and five people were wounded at the checkpoint.", None, 5),
    ],
)
def test_more_words_for_victims(sentence: str, killed: int | None, wounded: int | None) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_one_more_victim_also_wounded_adds_to_the_count(extract_text: Extract) -> None:
    ex = extract_text(
        "Two soldiers were killed and three others wounded when guerrillas opened fire on a patrol near Kabankalan "
        "on Sunday.\n\nA 60-year-old farmer, caught in the crossfire on his way to the fields, was also wounded.",
        "2025-05-10",
    )
    attack = only_attack(ex)
    assert (attack.killed, attack.wounded) == (2, 4)


def test_a_victim_wounded_without_also_does_not_add(extract_text: Extract) -> None:
    # near miss: no "also": the one told may be among the three
    ex = extract_text(
        "Two soldiers were killed and three others wounded when guerrillas opened fire on a patrol near Kabankalan "
        "on Sunday.\n\nA 60-year-old farmer, caught in the crossfire on his way to the fields, was wounded.",
        "2025-05-10",
    )
    attack = only_attack(ex)
    assert (attack.killed, attack.wounded) == (2, 3)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Raiders stormed the depot at dawn, killing four guards, a night watchman and a driver.", 6),
        # near miss: without the watchman
        ("Raiders stormed the depot at dawn, killing four guards and a driver.", 5),
    ],
)
def test_a_watchman_among_the_victims(sentence: str, killed: int) -> None:
    assert read_casualties(sentence).killed == killed


def test_attackers_shot_dead_is_no_attack_of_its_own(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked a police post in Khasavyurt on Sunday evening, killing three officers.\n\n"
        "Four gunmen were shot dead in a firefight near Kizlyar early on Monday, the ministry said.",
        "2025-08-19",
    )
    attack = only_attack(ex)
    assert (attack.date, attack.killed, places(attack)) == ("2025-08-17", 3, ["Khasavyurt"])


def test_soldiers_shot_dead_is_an_attack(extract_text: Extract) -> None:
    # near miss: the dead are soldiers, not attackers
    ex = extract_text(
        "Four soldiers were shot dead near Kizlyar early on Monday, the ministry said.", "2025-08-19"
    )
    assert only_attack(ex).killed == 4


@pytest.mark.parametrize(
    ("sentence", "wounded"),
    [
        ("A 70-year-old caretaker who was asleep upstairs was treated in hospital for burns.", 1),
        # near misses: unhurt; taken to hospital for questioning
        ("A 70-year-old caretaker who was asleep upstairs escaped unhurt.", None),
        ("A man was taken to hospital for questioning.", None),
    ],
)
def test_one_victim_treated_in_hospital(sentence: str, wounded: int | None) -> None:
    assert read_casualties(sentence).wounded == wounded

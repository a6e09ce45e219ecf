"""Attack rules, round eighteen: tallies over a period, launch sites, figures of what followed, later counts.

Every sentence here was written for these tests.

- "600 villagers were killed in X between March and September": a period's toll, no attack.
- "rockets fired from X struck Y": X is where they came from, Y where the attack was.
- "the ambush ... sparked reprisals in which 80 villagers died": the 80 are not the ambush's dead.
- "armed men among a crowd of G supporters opened fire": G's men.
- "On 4 March, a Friday, ...": the day named, not the Friday of the week of publication.
- "a teacher from X and a student from Y were killed": two victims, each with a home town.
- "Police first reported five hurt; doctors now put the number at nine": the later figure.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack, perpetrator_keys, places

from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_toll_between_two_months_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "More than 600 villagers were killed around Djibo between March and September, a rights group said.",
        "2025-10-20",
    )
    assert not ex.attacks


def test_a_toll_between_two_days_is_an_attack(extract_text: Extract) -> None:
    # near miss: the span of a night's raid, not of months
    ex = extract_text(
        "Gunmen killed 12 villagers around Djibo between Saturday and Sunday, officials said.", "2025-10-20"
    )
    assert only_attack(ex).killed == 12


def test_rockets_fired_from_a_place_hit_elsewhere(extract_text: Extract) -> None:
    ex = extract_text(
        "Rockets fired from southern Lebanon struck the town of Metula on Tuesday, wounding four people, and Israel "
        "answered with air strikes on villages.",
        "2026-11-03",
    )
    assert places(only_attack(ex)) == ["Metula"]


def test_rockets_that_struck_a_place_are_placed_there(extract_text: Extract) -> None:
    # near miss: the place is where the rockets landed
    ex = extract_text(
        "Mortar rounds struck a market in southern Lebanon on Monday, wounding three people.", "2025-10-20"
    )
    assert "South Lebanon" in places(only_attack(ex))


def test_the_dead_of_the_reprisals_are_not_the_ambushs() -> None:
    found = read_casualties(
        "The ambush near Tal Afar killed several soldiers and sparked a wave of reprisals in which 80 villagers died."
    )
    assert found.killed is None


def test_the_ambushs_own_dead_stay_beside_the_reprisals() -> None:
    # near miss: the ambush's count comes first and stays; a stampede is no one's reprisal
    assert (
        read_casualties(
            "The ambush near Tal Afar killed six soldiers and sparked a wave of reprisals in which 80 villagers died."
        ).killed
        == 6
    )
    assert (
        read_casualties("A grenade at a market in Goma set off a stampede in which 9 people died.").killed
        == 9
    )


def test_armed_men_among_a_crowd_of_supporters_are_the_groups(extract_text: Extract) -> None:
    ex = extract_text(
        "Two officers were killed when armed men among a crowd of Tehreek-e-Labbaik Pakistan supporters opened "
        "fire on a checkpoint in Lahore on Friday.",
        "2025-10-20",
    )
    assert perpetrator_keys(only_attack(ex))


def test_police_firing_on_a_crowd_of_supporters_blames_no_group(extract_text: Extract) -> None:
    # near miss: the group's supporters were fired on
    ex = extract_text(
        "Two marchers were killed when police opened fire on a crowd of Tehreek-e-Labbaik Pakistan supporters "
        "in Lahore on Friday.",
        "2025-10-20",
    )
    assert all(not perpetrator_keys(a) for a in ex.attacks)


def test_a_weekday_after_a_named_day_is_that_day(extract_text: Extract) -> None:
    ex = extract_text(
        "On 4 March, a Friday, gunmen attacked a church in Kaduna, killing five people.", "2025-05-20"
    )
    assert only_attack(ex).date == "2025-03-04"


def test_a_weekday_of_its_own_is_this_weeks(extract_text: Extract) -> None:
    # near miss: the day named belongs to another sentence
    ex = extract_text(
        "Talks ended on 4 March. On Friday, gunmen attacked a church in Kaduna, killing five people.",
        "2025-05-20",
    )
    assert only_attack(ex).date == "2025-05-16"


def test_victims_with_their_home_towns_are_counted() -> None:
    found = read_casualties(
        "A 40-year-old teacher from Mosul and a 22-year-old student from Erbil were killed when a bomb exploded."
    )
    assert found.killed == 2


def test_one_victim_with_a_home_town_and_one_hurt() -> None:
    # near miss: the second victim was wounded, not killed
    found = read_casualties(
        "A teacher from Mosul and a student from Erbil were wounded when a bomb exploded."
    )
    assert found.killed is None and found.wounded == 2


def test_the_number_now_put_is_the_later_count() -> None:
    found = read_casualties("Police first reported five people hurt; doctors now put the number at nine.")
    assert found.wounded == 9


def test_a_number_of_fighters_now_put_is_no_count() -> None:
    # near miss: the figure put is of the group's fighters, not of the hurt
    found = read_casualties(
        "Five people were hurt, and the group now puts the number of its fighters at 300."
    )
    assert found.wounded == 5


_COURT_LEDE = (
    "ANTWERP — The criminal court of Antwerp on Friday sentenced a man to ten years in prison for supplying the "
    "pistol used to kill two dock workers in the city centre in March 2022, and jailed a second defendant for hiding "
    "the gunman in the days before the attack. A third man was acquitted. "
)


def test_a_lede_with_its_toll_is_told_in_full_two_sentences_on(extract_text: Extract) -> None:
    ex = extract_text(
        _COURT_LEDE
        + "The case arose from the night of 8 March 2022, when a gunman opened fire on a group of "
        "workers near the Kattendijkdok.",
        "2025-11-20",
    )
    attack = only_attack(ex)
    assert attack.date == "2022-03-08" and attack.killed == 2


def test_a_killing_with_its_own_toll_after_a_lede_is_another(extract_text: Extract) -> None:
    # near miss: the sentence after the lede counts its own dead
    ex = extract_text(
        _COURT_LEDE
        + "On the night of 8 March 2022, a gunman killed three people at a bar near the Kattendijkdok.",
        "2025-11-20",
    )
    assert sorted(a.killed for a in ex.attacks) == [2, 3]


def test_the_month_shooting_is_the_shooting_told_in_that_month(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen opened fire on a cafe in Kabul on 16 October 2023, killing two people. The October shooting was the "
        "deadliest attack in the Afghan capital since 2021.",
        "2025-11-20",
    )
    assert only_attack(ex).date == "2023-10-16"


def test_another_months_shooting_is_another(extract_text: Extract) -> None:
    # near miss: the month named is not the month of the shooting told
    ex = extract_text(
        "Gunmen opened fire on a cafe in Kabul on 16 October 2023, killing two people. The March shooting at a "
        "mosque in Kabul killed five people.",
        "2025-11-20",
    )
    assert len(ex.attacks) == 2

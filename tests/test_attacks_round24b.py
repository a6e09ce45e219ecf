"""Round twenty-four (b): casualty figures and dates in the shapes reporters use for them.

Figures (kg/extract/numbers.py): a victim named in an apposition before "and N of his guards"; a named victim
killed in a state's brigade command; a count told after "the killing last Friday of"; "N others were taken with
gunshot wounds to hospital"; a man "shot in the chest" who "died"; "one caretaker was wounded" (as numbers are
normalised); "12 dead and 7 soldiers wounded" (the dead are no part of the wounded); riflemen, herders, foreign
instructors and an army's "sons of soil" as victims, with an aside after the first part of a list; attackers set
apart by "besides". Dates (kg/extract/dates.py): "the night of 19/20 May", a weekday named before its day, a feast
day with its year, a dateline with the day in brackets. Every sentence was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from kg.extract.dates import find_dates
from kg.extract.numbers import read_casualties


def _dates(text: str, anchor: dt.date = dt.date(2025, 6, 4)) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, anchor)]


# --- figures -------------------------------------------------------------------------------------------------


def test_a_victim_named_in_an_apposition_then_his_companions() -> None:
    found = read_casualties(
        "Gunmen shot dead a village elder, Haji Karim Zadran, and three of his nephews outside a mosque in Khost."
    )
    assert found.killed == 4


def test_a_victim_named_without_companions_is_one() -> None:
    # near miss: the apposed name closes the list; nobody else was killed
    found = read_casualties("Gunmen shot dead a village elder, Haji Karim Zadran, outside a mosque in Khost.")
    assert found.killed == 1


def test_a_brigade_commander_named_then_his_guards() -> None:
    found = read_casualties(
        "A roadside bomb killed Colonel Faisal al-Harbi, a border brigade commander, and two of his guards near Marib."
    )
    assert found.killed == 3


def test_a_militant_commander_named_is_not_read_as_a_victim() -> None:
    # near miss: a commander of no state's brigade, killed by a strike; nothing here is a victim's count
    found = read_casualties(
        "A drone strike killed Abu Yasir al-Tamimi, a senior militant commander, near Idlib."
    )
    assert found.killed is None


def test_a_count_after_the_killing_on_a_day() -> None:
    found = read_casualties(
        "Police blamed the group for the killing last Friday of five miners near the border."
    )
    assert found.killed == 5


def test_a_killing_of_a_year_is_no_count() -> None:
    # near miss: "the killings of 2019" names a year, not a toll
    found = read_casualties("Relatives still demand justice for the killings of 2019 in the valley.")
    assert found.killed is None


def test_a_massacre_of_a_day_is_no_count() -> None:
    found = read_casualties(
        "The massacre of 9 April 2023, when gunmen killed at least 40 people in Kapa, is unsolved."
    )
    assert found.killed == 40
    # near miss: a count after "the massacre of" is still a count
    assert read_casualties("The massacre of 40 villagers in Kapa is unsolved.").killed == 40


def test_the_wounded_taken_to_hospital_with_their_wounds() -> None:
    found = read_casualties("Nine others were taken with gunshot wounds to the district hospital in Gao.")
    assert found.wounded == 9
    found = read_casualties("Six people with burn wounds were being treated at a clinic in Mopti.")
    assert found.wounded == 6


def test_the_dead_taken_to_a_morgue_are_not_wounded() -> None:
    # near miss: taken to the hospital's morgue are the dead
    found = read_casualties("Nine others were taken with gunshot wounds to the hospital morgue in Gao.")
    assert found.wounded is None


def test_one_shot_in_the_chest_who_died() -> None:
    found = read_casualties(
        "A 30-year-old farmer, Musa Bello, was shot in the chest and died before help came."
    )
    assert found.killed == 1
    assert found.wounded is None


def test_one_shot_in_the_leg_is_only_wounded() -> None:
    # near miss: shot in the leg, and nothing says he died
    found = read_casualties("A 30-year-old farmer was shot in the leg and taken to a clinic.")
    assert found.killed is None
    assert found.wounded == 1


def test_one_caretaker_wounded_in_a_clause() -> None:
    found = read_casualties("Three chalets were burned down, and one caretaker was wounded.")
    assert found.wounded == 1


def test_no_one_wounded_is_no_count() -> None:
    # near miss: "no one" is read "no 1" once numbers are normalised, and is no victim
    found = read_casualties("Three chalets were burned down, and no one was wounded.")
    assert found.wounded is None


def test_the_dead_of_a_revised_toll_are_not_among_the_wounded() -> None:
    found = read_casualties("The ministry later revised it to ten dead and four soldiers wounded.")
    assert found.killed == 10
    assert found.wounded == 4


def test_parts_of_a_list_of_the_wounded_are_still_summed() -> None:
    # near miss: two counted parts of the wounded, no count of the dead among them
    found = read_casualties("Four soldiers and two civilians were wounded in the blast.")
    assert found.wounded == 6


def test_riflemen_herders_and_instructors_are_victims() -> None:
    assert read_casualties("Two riflemen were wounded when the patrol hit a mine.").wounded == 2
    assert read_casualties("Four soldiers and a herder were killed in the raid.").killed == 5
    assert read_casualties("Three soldiers and a Belarusian instructor were killed.").killed == 4


def test_an_armys_sons_of_soil_with_an_aside_then_more_dead() -> None:
    found = read_casualties(
        "Six brave sons of soil, having fought gallantly, and one policeman embraced shahadat during the assault."
    )
    assert found.killed == 7


def test_attackers_named_among_a_list_are_not_counted() -> None:
    # near miss: the second part of the list is the attackers' own dead
    found = read_casualties("Six soldiers, who had fought for hours, and four militants were killed.")
    assert found.killed == 6


def test_victims_besides_the_bombers() -> None:
    found = read_casualties("The twin blasts killed 14 people besides the bombers.")
    assert found.killed == 14


def test_a_toll_including_the_bomber_leaves_him_out() -> None:
    # near miss: the bomber counted among the dead is taken out, as before
    found = read_casualties("The twin blasts killed 14 people including the bomber.")
    assert found.killed == 13


# --- dates ---------------------------------------------------------------------------------------------------


def test_a_day_and_month_without_a_slash_stay_one_day() -> None:
    # one day, no span
    assert _dates("On 13 March 2024, militants attacked a post.") == [("13 March 2024", "2024-03-13")]


def test_a_weekday_named_before_its_day() -> None:
    assert _dates("On the evening of Saturday, 14 September 2024, a man attacked a fair.") == [
        ("14 September 2024", "2024-09-14")
    ]


def test_a_weekday_before_a_count_is_still_a_weekday() -> None:
    # near miss: "Sunday 3 dead" is no day of a month
    assert ("Sunday", "2025-06-01") in _dates("The raid on Sunday left 3 dead in the village.")


def test_a_feast_day_with_its_year() -> None:
    assert _dates("Gunmen attacked a church on Christmas Eve 2019.") == [("Christmas Eve 2019", "2019-12-24")]
    assert _dates("A bomber struck a club on New Year's Day 2020.") == [("New Year's Day 2020", "2020-01-01")]


def test_a_feast_without_a_year_is_not_dated() -> None:
    # near miss: which Christmas is not told
    assert _dates("Gunmen attacked a church at Christmas.") == []


def test_a_dateline_with_the_day_in_brackets_is_not_the_attacks_day() -> None:
    from kg.extract.dates import DATELINE

    text = "MOPTI, Mali (June 4, 2025) — Gunmen killed four herders on Sunday."
    found = find_dates(text, dt.date(2025, 6, 4))
    assert [d.value for d in found] == ["2025-06-04", "2025-06-01"]
    assert DATELINE.match(text[: found[0].start])
    # near miss: a day in brackets inside the story is no dateline
    inside = "Gunmen killed four herders (June 1, 2025) near Mopti."
    found = find_dates(inside, dt.date(2025, 6, 4))
    assert not DATELINE.match(inside[: found[0].start])

"""Round twenty-six: counts of the dead and wounded with ages in an aside (kg/extract/numbers.py, attacks.py).

"Two men, aged 60 and 70, were killed": the ages in the aside between a count and its verb are no count of victims.
"... and a third, a taxi driver, was seriously wounded": one more victim, wounded, after a count of the dead.
"A police officer was fatally stabbed": one dead. A lede's toll (month only) joins the attack told next to the day
when their figures agree.
Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack

from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_count_with_the_victims_ages_apposed_is_the_dead() -> None:
    assert read_casualties("Two men, aged 41 and 58, were killed.").killed == 2
    assert read_casualties("Three pilgrims, a 19-year-old student among them, were killed.").killed == 3


def test_a_count_with_each_victim_described_by_age_is_the_dead() -> None:
    found = read_casualties("Two women, a 27-year-old nurse and a 64-year-old shopkeeper, were shot dead.")
    assert found.killed == 2


def test_ages_in_an_aside_about_arrests_count_no_victims() -> None:
    found = read_casualties("Four men, aged between 20 and 30, were arrested after the raid.")
    assert found.killed is None and found.wounded is None


def test_a_third_victim_wounded_after_a_count_of_the_dead() -> None:
    found = read_casualties("Two farmers were killed and a third, a herder, was badly wounded.")
    assert (found.killed, found.wounded) == (2, 1)


def test_an_officer_fatally_stabbed_is_one_dead() -> None:
    found = read_casualties(
        "In the stabbing, a police officer was fatally stabbed and four other people were wounded."
    )
    assert (found.killed, found.wounded) == (1, 4)


def test_a_third_man_arrested_is_no_victim() -> None:
    found = read_casualties("Two gunmen were killed and a third was arrested.")
    assert found.wounded is None


def test_an_attack_whose_dead_are_described_by_age_keeps_its_toll(extract_text: Extract) -> None:
    text = (
        "Gunmen opened fire on a tea house in Kandahar on Friday evening. Two men, aged 33 and 47, were killed "
        "and a third, a waiter, was seriously wounded."
    )
    attack = only_attack(extract_text(text, "2026-05-20"))
    assert (attack.killed, attack.wounded) == (2, 1)


def test_a_lede_toll_joins_the_day_told_next_when_the_figures_agree(extract_text: Extract) -> None:
    text = (
        "ANTWERP — A court in Antwerp on Monday jailed a man for supplying the pistol used to kill two Dutch "
        "cyclists in the city in May 2025. The case arose from the evening of 12 May 2025, when a gunman opened fire "
        "on a group of cyclists near Antwerp Central Station. Two men, aged 52 and 61, were killed and a third, a "
        "student, was slightly wounded."
    )
    extraction = extract_text(text, "2026-03-02")
    may = [a for a in extraction.attacks if (a.date or "").startswith("2025-05")]
    assert len(may) == 1, extraction.attacks
    assert (may[0].date, may[0].killed, may[0].wounded) == ("2025-05-12", 2, 1)

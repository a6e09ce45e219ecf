"""Attack rules, round twenty (b): who claimed, and the day, read from the usual wire phrasings.

Every sentence here was written for these tests.

- "the worst attack on the police since 2021": the year a comparison reaches back to is not the attack's.
- "Militants kill three soldiers in raid ...", then a lede with three soldiers and a driver: one attack.
- "G claimed responsibility for the raid on X and for a bombing in Y": both attacks claimed.
- "The claim by G for Friday's bombing in X ...": the noun claim names the claimant.
- "Last Tuesday, ..." at the head of a sentence: the Tuesday of last week, as "last Tuesday" is.
- "The death toll from the bombing in X rose to nine on Thursday": Thursday is the count's day.
- "carried out by a group of G activists": the men of the group did it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from readings import only_attack, perpetrator_keys, places

from kg.extract.dates import find_dates
from kg.model import Extraction

Extract = Callable[..., Extraction]
NIGER_HEADLINE = "Militants kill three soldiers in raid on army post in Niger\n\n"
NIGER_LEDE = (
    "NIAMEY, Tuesday — Gunmen on motorbikes stormed an army post at Tillia, in western Niger, late on Sunday, "
    "killing three soldiers and a driver and wounding five others, in the worst attack on the army in the region "
    "since 2021.\n\n"
)


def test_a_year_a_comparison_reaches_back_to_is_not_the_attacks() -> None:
    lede = "Gunmen stormed a post late on Sunday, in the worst attack on the police in the region since 2021."
    (date,) = [d for d in find_dates(lede, dt.date(2025, 3, 4)) if "since" in d.text]
    assert date.value == "2021"  # the date is read; the attack rule must not take it


def test_the_lede_tells_the_headlines_attack_with_a_fuller_toll(extract_text: Extract) -> None:
    ex = extract_text(NIGER_HEADLINE + NIGER_LEDE, date="2025-03-04")
    attack = only_attack(ex)
    assert attack.date == "2025-03-02"
    assert attack.killed == 4
    assert "Tillia" in places(attack)


def test_a_lede_with_a_much_larger_toll_is_another_attack(extract_text: Extract) -> None:
    # near miss: the headline's three soldiers are not the lede's forty villagers
    lede = NIGER_LEDE.replace("killing three soldiers and a driver", "killing forty villagers")
    ex = extract_text(NIGER_HEADLINE + lede, date="2025-03-04")
    assert len(ex.attacks) == 2


def test_a_claim_for_a_second_attack_joined_by_and_for(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State West Africa Province claimed responsibility on Thursday for Monday's raid on an army "
        "base near Monguno and for a second attack on Tuesday on a convoy near Dikwa.",
        date="2025-06-05",
    )
    assert len(ex.attacks) == 2
    for attack in ex.attacks:
        assert perpetrator_keys(attack), attack


def test_and_for_years_opens_no_second_claimed_attack(extract_text: Extract) -> None:
    # near miss: "and for years" tells the group's past, not a second attack it claimed
    ex = extract_text(
        "The Islamic State West Africa Province claimed responsibility on Thursday for Monday's raid on an army "
        "base near Monguno, and for years militants have ambushed convoys near Dikwa.",
        date="2025-06-05",
    )
    assert len(ex.attacks) == 1


def test_the_claim_by_a_group_for_an_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "The claim by al-Shabaab for Friday's bombing in Baidoa surprised few analysts in Mogadishu.",
        date="2025-06-09",
    )
    assert perpetrator_keys(only_attack(ex))


def test_the_claim_by_officials_that_a_group_attacked_is_no_claim(extract_text: Extract) -> None:
    # near miss: the claim is the army's, about the group, not the group's own
    ex = extract_text(
        "The claim by the army that al-Shabaab carried out Friday's bombing in Baidoa was disputed by elders.",
        date="2025-06-09",
    )
    for attack in ex.attacks:
        assert all(r.status.value != "claimed" for r in attack.responsibility), attack.responsibility


def test_last_weekday_capitalised_at_the_head_of_a_sentence() -> None:
    # on a Wednesday, "Last Tuesday" is the Tuesday of the week before, not yesterday
    (date,) = find_dates("Last Tuesday, suicide bombers rammed a truck into a wall.", dt.date(2025, 3, 12))
    assert date.value == "2025-03-04"


def test_a_bare_weekday_at_the_head_of_a_sentence_is_this_weeks() -> None:
    # near miss: no "last", the most recent Tuesday
    (date,) = find_dates("Tuesday's bombing killed six people.", dt.date(2025, 3, 12))
    assert date.value == "2025-03-11"


def test_the_day_a_toll_rose_is_not_the_attacks(extract_text: Extract) -> None:
    ex = extract_text(
        "The death toll from the bombing at a market in Baidoa rose to nine on Thursday, officials said.",
        date="2025-06-05",
    )
    assert only_attack(ex).date != "2025-06-05"


def test_the_day_of_an_attack_told_after_it_is_kept(extract_text: Extract) -> None:
    # near miss: the day follows the attack itself, not a count that rose
    ex = extract_text(
        "A bombing at a market in Baidoa on Thursday killed nine people, officials said.", date="2025-06-06"
    )
    assert only_attack(ex).date == "2025-06-05"


def test_carried_out_by_a_group_of_the_groups_activists(extract_text: Extract) -> None:
    ex = extract_text(
        "Masked men attacked the village of Burin on Sunday, wounding six people. Police said on Monday that "
        'the attack had been carried out by "a group of Hilltop Youth activists" from nearby outposts.',
        date="2025-06-10",
    )
    assert perpetrator_keys(only_attack(ex))


def test_a_group_of_the_groups_activists_attacked_is_no_perpetrator(extract_text: Extract) -> None:
    # near miss: the group's activists were the ones attacked
    ex = extract_text(
        "Gunmen opened fire on a group of Hilltop Youth activists near the village of Burin on Sunday, wounding six.",
        date="2025-06-10",
    )
    assert not perpetrator_keys(only_attack(ex))

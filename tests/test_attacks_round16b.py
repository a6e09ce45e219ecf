"""Attack rules, round sixteen (second wave): faults in the attack fields of the read sets, as general rules.

Every sentence here was written for these tests.

- "killed 30 fighters of the rival faction", "Two marines of the U.S. Navy were killed", "killing guards Omar
  Said and Ali Hamid", "killing three officers and a police reservist, officials said", "25 others were rushed
  to two city hospitals with burns": the counts they give.
- "the deadliest attack on the army since last year": the time a comparison reaches back to is no date of the
  attack (but "since May, when gunmen stormed a base" dates the attack told after it).
- "The convoy had left the base on Sunday": the day it set out; "It came under fire on Monday": the day of the
  attack, told by a pronoun for the target; "Police first said four guards had been shot dead when gunmen stormed
  their post near Y": the first account of the attack just told.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import only_attack, places

from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        # a rival group's men are the victims; fighters alone are the attackers
        (
            "Insurgents killed at least 30 fighters from the rival faction in a dawn raid on its camp.",
            30,
            None,
        ),
        ("Insurgents killed at least 30 fighters in a dawn raid on the camp.", None, None),
        ("The jihadists killed 25 rival militants on the island.", 25, None),
        # an abbreviation's full stops inside whose the victims were
        ("Two marines of the U.S. Navy were killed when a rocket hit the base.", 2, None),
        ("Two marines of the navy were killed when a rocket hit the base.", 2, None),
        # two victims named after a plural noun
        (
            "Gunmen fired on the post, killing guards Omar Said Hassan and Ali Hamid Noor and wounding three others.",
            2,
            3,
        ),
        ("Gunmen fired on the post, killing guard Omar Said Hassan and wounding three others.", 1, 3),
        ("Police said the attack killed militants Abu Omar Khalid and Abu Bakr Yusuf.", None, None),
        # after "and", a single victim is no speaker
        (
            "Raiders stormed the camp, killing three officers and a National Police Reservist, Kenyan officials said.",
            4,
            None,
        ),
        ("Raiders killed three passengers, a county commissioner, Peter Otieno, said.", 3, None),
        # taken to hospital: the wounded
        ("Twenty-five others were rushed to two city hospitals with burns.", None, 25),
        ("The bodies of 12 people were taken to the hospital morgue.", None, None),
    ],
)
def test_figures_round16b(sentence: str, killed: int | None, wounded: int | None) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_the_time_a_comparison_reaches_back_to_is_no_date(extract_text: Extract) -> None:
    ex = extract_text(
        "Rebels ambushed an army patrol near Kidal, killing six soldiers, the deadliest attack on the army in the "
        "north since last year.",
        "2025-06-12",
    )
    attack = only_attack(ex)
    assert attack.killed == 6 and attack.date != "2024"


def test_a_comparison_s_when_clause_dates_the_attack_it_tells(extract_text: Extract) -> None:
    ex = extract_text(
        "Rebels ambushed an army patrol near Kidal on Tuesday. It was the deadliest attack in the region since May, "
        "when gunmen stormed a base at Aguelhok.",
        "2025-06-12",
    )
    dates = {a.date for a in ex.attacks}
    assert "2025-05" in dates


def test_the_day_the_convoy_set_out_and_the_day_it_came_under_fire(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighting has spread across northern Mali. The Azawad Liberation Front said on Thursday that its fighters had "
        "ambushed a supply convoy near Kidal. "
        "The convoy had left the base at Anefis on Sunday to resupply troops in the north. "
        "It came under fire on Monday afternoon when a roadside bomb hit the lead vehicle.",
        "2025-06-13",
    )
    assert only_attack(ex).date == "2025-06-09"


def test_a_convoy_that_left_on_a_day_with_no_more_told_keeps_it(extract_text: Extract) -> None:
    # near miss: the convoy "left" (not "had left") on the day it was attacked
    ex = extract_text(
        "Fighting has spread across northern Mali. The Azawad Liberation Front said on Thursday that its fighters had "
        "ambushed a supply convoy near Kidal. "
        "The convoy left the base at Anefis on Monday and was hit by a roadside bomb.",
        "2025-06-13",
    )
    assert only_attack(ex).date == "2025-06-09"


def test_the_first_account_of_the_attack_just_told_is_merged_into_it(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighting has spread across northern Mali. The Azawad Liberation Front said its fighters had killed nine "
        "road workers near Kidal on Monday. Police first said five workers had been shot dead when gunmen stormed "
        "their camp near Anefis.",
        "2025-06-13",
    )
    attack = only_attack(ex)
    assert (attack.killed, sorted(places(attack))) == (9, ["Anefis", "Kidal"])


def test_a_later_attack_told_right_after_is_its_own(extract_text: Extract) -> None:
    # near miss: no "first" account, a new attack elsewhere
    ex = extract_text(
        "Fighting has spread across northern Mali. The Azawad Liberation Front said its fighters had killed nine "
        "road workers near Kidal on Monday. Police said five workers had been shot dead when gunmen stormed "
        "their camp near Anefis on Tuesday.",
        "2025-06-13",
    )
    assert len(ex.attacks) == 2

"""Round twenty-five: attack tolls in the shapes reporters use for them.

Figures (kg/extract/numbers.py): a part of the wounded set apart in commas before "were being treated"; one more victim "hit by a stray bullet".
Attacks (kg/extract/attacks.py): a bare count of the dead joined by "and" to the clause that tells the attack; the
paragraph numbers of a numbered statement put no distance between an attack and its toll. Every sentence was written
for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack

from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]


# --- figures -------------------------------------------------------------------------------------------------


def test_the_treated_with_a_part_set_apart_in_commas() -> None:
    found = read_casualties("Seven people, three of them children, were being treated for burns in Gao.")
    assert found.wounded == 7


def test_the_treated_without_an_aside_still_count() -> None:
    assert read_casualties("Seven people were being treated for burns in Gao.").wounded == 7


def test_a_victim_hit_by_a_stray_bullet_is_wounded() -> None:
    found = read_casualties(
        "A shepherd who was grazing his flock nearby was hit by a stray bullet and taken to a clinic."
    )
    assert found.wounded == 1


def test_a_man_hit_by_a_bullet_fired_by_police_is_no_victim() -> None:
    # near miss: the bullet was the police's
    assert read_casualties("A man was hit by a bullet fired by police at the roadblock.").wounded is None


# --- attacks -------------------------------------------------------------------------------------------------


def test_a_count_of_the_dead_joined_to_the_bombing_is_its_toll(extract_text: Extract) -> None:
    text = (
        "Three border guards were killed and two were wounded on Monday when their vehicle struck a roadside bomb "
        "near Kidal, officials said."
    )
    attack = only_attack(extract_text(text, "2026-03-04"))
    assert (attack.killed, attack.wounded) == (3, 2)


def test_a_toll_after_a_numbered_paragraph_is_the_attack_s(extract_text: Extract) -> None:
    text = (
        "1. On 2 March 2026, militants attacked a police station in Tank.\n\n"
        "The guards held their ground for an hour.\n\n"
        "2.\n\n"
        "Four policemen embraced martyrdom and seven were injured.\n\n"
    )
    attack = only_attack(extract_text(text, "2026-03-04"))
    assert (attack.killed, attack.wounded) == (4, 7)

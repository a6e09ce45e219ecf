"""Attack rules, round seventeen (third wave): a state strike's dead, a wounded victim who died, a settled toll.

Every sentence here was written for these tests.

- "Gunmen attacked a checkpoint in X." "Jets struck cranes at the port of Y." "The ministry said three workers
  were killed.": the dead of the state's strike told just before, not the attack's.
- "A woman who had been badly hurt in the bombing died in hospital": one dead.
- "... before revising it to 120; the figure of 131 was later confirmed": the figure settled on.
- "killing six guards as well as their driver", "six guards plus a porter": one more dead.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack

from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_state_strikes_dead_are_not_the_attacks(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked a police checkpoint in Aqaba on Tuesday, wounding six people. Israeli jets struck fuel "
        "tanks and cranes at the port of Hodeidah on Wednesday, the army said. The health ministry said three port "
        "workers were killed and 17 wounded.",
        "2025-06-05",
    )
    attack = only_attack(ex)
    assert (attack.killed, attack.wounded) == (None, 6)


def test_the_dead_told_right_after_the_attack_are_its(extract_text: Extract) -> None:
    # near miss: no state's strike in between, the dead are the attack's
    ex = extract_text(
        "Gunmen attacked a police checkpoint in Aqaba on Tuesday, wounding six people. The health ministry said "
        "four policemen were killed.",
        "2025-06-05",
    )
    attack = only_attack(ex)
    assert attack.killed == 4


def test_a_wounded_victim_who_died_is_one_dead() -> None:
    assert (
        read_casualties("A woman who had been badly hurt in the bombing died in hospital on Monday.").killed
        == 1
    )
    assert read_casualties("An elderly man injured in the blast died overnight, doctors said.").killed == 1


def test_a_wounded_victim_who_spoke_is_no_dead() -> None:
    # near miss: hurt, but not said to have died
    assert (
        read_casualties("A woman who had been badly hurt in the bombing said she saw the car.").killed is None
    )


def test_the_toll_settled_on_after_a_revision() -> None:
    text = "Officials first put the toll at 140 before revising it to 120; the figure of 131 was later confirmed."
    assert read_casualties(text).killed == 131


def test_a_disputed_figure_after_a_revision_is_not_the_toll() -> None:
    # near miss: a figure questioned, not settled on
    text = (
        "Officials first put the toll at 140 before revising it to 120; the figure of 131 was later disputed."
    )
    assert read_casualties(text).killed == 120


def test_one_more_victim_after_as_well_as_or_plus() -> None:
    assert read_casualties("Rebels ambushed a truck, killing six guards as well as their driver.").killed == 7
    assert read_casualties("Rebels ambushed a truck, killing six guards plus a porter.").killed == 7


def test_as_well_as_wounding_adds_no_dead() -> None:
    # near miss: the one after "as well as" was wounded, not killed
    found = read_casualties("Rebels ambushed a truck, killing six guards as well as wounding a driver.")
    assert (found.killed, found.wounded) == (6, 1)


def test_a_dated_killing_after_a_state_raid_is_an_attack(extract_text: Extract) -> None:
    # near miss: after the state's action, a killing with a day of its own is an attack told on
    ex = extract_text(
        "Jets struck fuel tanks at the port of Hodeidah on Wednesday, the army said. In March 2019, three "
        "tourists were killed near the town of Aqaba.",
        "2025-06-05",
    )
    attack = only_attack(ex)
    assert (attack.date, attack.killed) == ("2019-03", 3)

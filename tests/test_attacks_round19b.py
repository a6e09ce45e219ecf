"""Attack rules, round nineteen (second pass): two days named, vehicle bombs, plans, sweeps, wounds, periods.

Every sentence here was written for these tests.

- "shells hit the camp on Monday" ... "the toll from Tuesday's ambush near X": two weekdays, two attacks.
- "a lorry packed with explosives was driven into the gate": a vehicle bomb told by its load.
- "the attack was approved at a meeting in X in May": where it was decided, not where it happened.
- "units raided hideouts in two districts": a sweep for militants, no attack.
- "the bar in X was badly damaged in an arson attack": the damaged place is the attack's.
- "a 30-year-old man was shot in both legs": a shooting told by its wound.
- "came 36 hours after": the time apart opens a second attack.
- "could easily have killed a child": no death.
- "Liam Carson, a 41-year-old taxi driver, was shot dead": one dead, named.
- "killed 30 people between 1980 and 1999": a period's toll, whatever "and" it holds.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack, perpetrator_keys, places

from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_toll_for_another_weekdays_attack_is_that_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Eleven villagers were killed and 20 wounded when shells hit a market at Bunagana on Monday. "
        "Officials also raised the toll from Tuesday's ambush near Ishasha to nine soldiers and two drivers.",
        "2024-05-16",
    )
    by_place = {places(a)[0]: a for a in ex.attacks if a.locations}
    assert by_place["Bunagana"].date == "2024-05-13"
    assert "Ishasha" not in places(by_place["Bunagana"])
    assert by_place["Ishasha"].date == "2024-05-14"


def test_the_same_weekdays_toll_stays_with_the_attack(extract_text: Extract) -> None:
    # near miss: the same day named twice, one attack
    ex = extract_text(
        "Eleven villagers were killed and 20 wounded when shells hit a market at Bunagana on Monday. "
        "Officials later raised the toll from Monday's shelling of the market at Bunagana to 14.",
        "2024-05-16",
    )
    assert len(ex.attacks) == 1


def test_a_vehicle_packed_with_explosives_driven_into_a_building_is_an_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "On 3 April 2009 a lorry packed with explosives was driven into the gate of the police academy in Kirkuk.",
        "2025-10-20",
    )
    attack = only_attack(ex)
    assert attack.date == "2009-04-03"
    assert "Kirkuk" in places(attack)


def test_a_vehicle_packed_with_explosives_seized_is_no_attack(extract_text: Extract) -> None:
    # near miss: the vehicle was found, not driven in
    ex = extract_text(
        "On 3 April 2009 police found a lorry packed with explosives at a checkpoint outside Kirkuk.",
        "2025-10-20",
    )
    assert not ex.attacks


def test_where_an_attack_was_approved_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors say the attack was approved at a meeting in Qom in May 2001 and handed to a local cell.",
        "2025-10-20",
    )
    assert not ex.attacks


def test_an_attack_carried_out_in_a_town_is_an_attack(extract_text: Extract) -> None:
    # near miss: the attack itself, where it took place
    ex = extract_text(
        "Prosecutors say the attack was carried out in Qom in May 2001 by a local cell, killing four people.",
        "2025-10-20",
    )
    assert len(ex.attacks) == 1


def test_an_attack_ordered_by_leaders_keeps_its_blame(extract_text: Extract) -> None:
    # near miss: "ordered by" names who is behind it, it is no meeting's place
    ex = extract_text(
        "On 2 June gunmen set fire to 14 buses in Recife, killing a driver. Police said the attacks had been "
        "ordered by Comando Vermelho leaders.",
        "2025-10-20",
    )
    assert perpetrator_keys(only_attack(ex))


def test_allied_units_raiding_hideouts_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Between 3 and 6 May, Security Belt units raided hideouts in the Lawdar district of Abyan.",
        "2025-06-01",
    )
    assert not ex.attacks


def test_militants_raiding_a_village_is_an_attack(extract_text: Extract) -> None:
    # near miss: a village raided, not a hideout
    ex = extract_text(
        "On 3 May, AQAP fighters raided a village in the Lawdar district of Abyan, killing four farmers.",
        "2025-06-01",
    )
    assert len(ex.attacks) == 1


def test_the_place_damaged_in_an_arson_attack_is_its_place(extract_text: Extract) -> None:
    ex = extract_text(
        "In the early hours of 12 June, the Crown bar on Main Street in Larne was badly damaged in an arson attack.",
        "2025-07-08",
    )
    assert "Larne" in places(only_attack(ex))


def test_a_place_where_someone_was_arrested_after_an_attack_is_not_its_place(extract_text: Extract) -> None:
    # near miss: a verb other than the damage sits between the place and the attack
    ex = extract_text(
        "On 12 June a man from Larne was arrested over an arson attack on a bar in Antrim.",
        "2025-07-08",
    )
    assert "Larne" not in {name for a in ex.attacks for name in places(a)}


def test_a_man_shot_in_both_legs_is_a_shooting(extract_text: Extract) -> None:
    ex = extract_text(
        "On Friday night a 30-year-old man was shot in both legs in an alleyway off the Shankill Road in Belfast.",
        "2025-07-08",
    )
    attack = only_attack(ex)
    assert attack.wounded == 1
    assert attack.date == "2025-07-04"


def test_a_man_shot_in_the_leg_by_police_is_no_attack(extract_text: Extract) -> None:
    # near miss: the police fired
    ex = extract_text(
        "On Friday night a 30-year-old man was shot in the leg by police officers in an alleyway in Belfast.",
        "2025-07-08",
    )
    assert not ex.attacks


def test_hours_apart_open_a_second_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "A pipe bomb exploded at the door of a house in Larne on Monday. Monday's bombing came 36 hours after a "
        "30-year-old man was shot in both legs in an alleyway off the Shankill Road in Belfast on Saturday night.",
        "2025-07-08",
    )
    dates = sorted(a.date for a in ex.attacks)
    assert dates == ["2025-07-05", "2025-07-07"]


def test_one_attack_told_again_hours_later_is_one_attack(extract_text: Extract) -> None:
    # near miss: no second attack word after the hours
    ex = extract_text(
        "A pipe bomb exploded at the door of a house in Larne on Monday. Monday's bombing came 36 hours after "
        "police had warned residents of threats.",
        "2025-07-08",
    )
    assert len(ex.attacks) == 1


def test_what_could_have_killed_is_no_death() -> None:
    assert (
        read_casualties('Police said the bomb was "reckless and could easily have killed a child".').killed
        is None
    )


def test_what_killed_is_a_death() -> None:
    # near miss: the bomb did kill
    assert read_casualties("Police said the reckless bomb killed a child.").killed == 1


def test_a_named_victim_with_his_age_in_an_apposition_is_one_dead() -> None:
    found = read_casualties("Liam Carson, a 41-year-old taxi driver, was shot dead at his front door.")
    assert found.killed == 1


def test_a_named_man_with_his_age_who_was_arrested_is_no_dead() -> None:
    # near miss: arrested, not killed
    found = read_casualties("Liam Carson, a 41-year-old taxi driver, was arrested at his front door.")
    assert found.killed is None


def test_a_groups_toll_over_two_decades_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Analysts compare its texts to those of the Red Army Faction, the group that killed 30 people in Germany "
        "between 1970 and 1991 before it disbanded, but its attacks have spared lives.",
        "2025-11-13",
    )
    assert not ex.attacks


def test_a_groups_toll_on_one_day_is_an_attack(extract_text: Extract) -> None:
    # near miss: one day, not a period
    ex = extract_text(
        "Analysts recall the Red Army Faction, the group that killed 3 people in Frankfurt on 11 May 1972 "
        "before it was hunted down.",
        "2025-11-13",
    )
    assert len(ex.attacks) == 1


def test_a_groups_attacks_at_large_take_no_claim_to_the_last_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "In March a bomb damaged the front of a bank in Piraeus. Nobody has claimed it. Analysts said the "
        "Red Army Faction had been ruthless, but that its attacks had so far spared passers-by.",
        "2025-11-13",
    )
    assert not perpetrator_keys(only_attack(ex))


def test_the_attacks_claimed_after_the_last_attack_take_the_claim(extract_text: Extract) -> None:
    # near miss: the group claimed the bombing just told
    ex = extract_text(
        "In March a bomb damaged the front of a bank in Piraeus. The Red Army Faction claimed the bombing.",
        "2025-11-13",
    )
    assert perpetrator_keys(only_attack(ex))

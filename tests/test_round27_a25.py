"""Round twenty-seven (a25): attributions told at length, a claim after a colon, and tolls that are not the attack's.

Perpetrators: "courts attributed the 1998 bombing of X, which killed 20, to G" (the attack told between the verb and
the group), "a suicide bomber of G blew herself up", a claim told in the clause a colon opens ("One attack stood out:
in May, G said it was behind ..."), and a group that only used the place struck ("a mosque used by G fighters") is no
perpetrator. Figures: "killing him" counts the one victim told before (not when police killed the attacker), and the
dead of a whole conflict told beside an attack ("ethnic violence, in which 300 people have died") are not its toll.
Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack

from kg.extract.numbers import read_casualties
from kg.model import Attack, ClaimStatus, Extraction

Extract = Callable[..., Extraction]


def statuses(attack: Attack) -> dict[str, ClaimStatus]:
    return {r.group.name: r.status for r in attack.responsibility}


# --- perpetrators --------------------------------------------------------------------------------------------


def test_attributed_with_the_attack_told_at_length_between(extract_text: Extract) -> None:
    text = (
        "Kenyan courts have attributed the August 1998 bombing of the market in Garissa, which killed 20 people "
        "and wounded more than 60, to al-Shabaab; the group has never commented."
    )
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert statuses(attack) == {"al-Shabaab": ClaimStatus.ATTRIBUTED}


def test_attributed_a_rise_in_attacks_to_poverty_names_no_group(extract_text: Extract) -> None:
    # near miss: the group is not what the attacks are put down to
    text = (
        "A bomb killed four people at a bus stop in Garissa on Sunday. Analysts have attributed the rise in "
        "attacks to poverty, and not to al-Shabaab alone."
    )
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert ClaimStatus.ATTRIBUTED not in statuses(attack).values()


def test_a_bomber_of_the_group_is_its_attacker(extract_text: Extract) -> None:
    text = (
        "In June 2021 a female suicide bomber of the Baloch Liberation Army blew herself up outside a bank in "
        "Quetta, killing four guards."
    )
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert list(statuses(attack).values()) == [ClaimStatus.ATTRIBUTED]


def test_a_claim_in_the_clause_after_a_colon(extract_text: Extract) -> None:
    text = (
        "One raid stood out: in May, al-Shabaab said it was behind a grenade attack on a police post at Mandera "
        "that wounded three officers."
    )
    attack = only_attack(extract_text(text, "2026-11-24"))
    assert statuses(attack) == {"al-Shabaab": ClaimStatus.CLAIMED}
    assert attack.date == "2026-05"


def test_the_group_that_used_the_place_struck_is_no_perpetrator(extract_text: Extract) -> None:
    text = (
        "On 12 March a suicide bomber struck a mosque used by Taliban fighters in Kunduz during Friday prayers, "
        "killing nine people."
    )
    attack = only_attack(extract_text(text, "2026-03-20"))
    assert "Taliban" not in statuses(attack)


# --- figures --------------------------------------------------------------------------------------------------


def test_killing_him_counts_the_one_victim() -> None:
    found = read_casualties(
        "Last week a man posing as a courier detonated a suicide vest at the judge's home, killing him and wounding "
        "two guards."
    )
    assert (found.killed, found.wounded) == (1, 2)


def test_police_killing_the_attacker_is_no_victim() -> None:
    # near miss: "him" is the attacker, shot by the police
    found = read_casualties("Police shot the attacker outside the station, killing him.")
    assert found.killed is None


def test_the_dead_of_a_whole_conflict_are_not_the_toll() -> None:
    found = read_casualties(
        "The state has been torn since 2023 by ethnic violence between two communities, in which more than 300 "
        "people have died."
    )
    assert found.killed is None


def test_a_standing_toll_after_an_attack_keeps_the_attack_count(extract_text: Extract) -> None:
    text = (
        "Gunmen killed five people in an attack on a bus near Jos on Monday. The insurgency, which began in 2009, "
        "has killed more than 40,000 people."
    )
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert attack.killed == 5


def test_hacked_and_shot_to_death_tells_an_attack_and_its_dead(extract_text: Extract) -> None:
    text = (
        "Gunmen hacked and shot to death at least fourteen herders at a camp outside Gwoza on Monday evening, "
        "officials said."
    )
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert attack.killed == 14
    assert attack.date == "2026-03-02"


def test_shot_to_death_counts_the_dead() -> None:
    assert read_casualties("Gunmen shot to death six traders at a cattle market.").killed == 6

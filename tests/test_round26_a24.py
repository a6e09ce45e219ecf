"""Round twenty-six (a24): a toll of nought, and two more ways a claim is told (kg/extract/attacks.py).

Figures: "Nobody was killed", "No one was hurt in that attack", "caused heavy damage but no injuries" give a
nought, kept as 0 rather than left unknown, and a count told later still replaces it; "no one else was hurt" and
"no casualties were reported" stay unknown. Claims: "a claim in the name of G", and "G emailed a statement
claiming an IED attack". Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack

from kg.model import Attack, ClaimStatus, Extraction

Extract = Callable[..., Extraction]


def statuses(attack: Attack) -> dict[str, ClaimStatus]:
    return {r.group.name: r.status for r in attack.responsibility}


# --- tolls of nought -----------------------------------------------------------------------------------------


def test_nobody_killed_after_the_attack_is_a_nought(extract_text: Extract) -> None:
    text = "A grenade was thrown at a police post in Gurdaspur on Sunday, wounding two constables. Nobody was killed."
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert (attack.killed, attack.wounded) == (0, 2)


def test_no_one_hurt_is_nought_killed_and_nought_wounded(extract_text: Extract) -> None:
    text = "Rebels set fire to two dump trucks near Himamaylan on Sunday. No one was hurt in that attack."
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert (attack.killed, attack.wounded) == (0, 0)


def test_damage_but_no_injuries_in_the_attack_sentence(extract_text: Extract) -> None:
    text = "In April 2014 a car bomb outside a bank in central Athens caused heavy damage but no injuries."
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert (attack.killed, attack.wounded) == (0, 0)


def test_a_count_told_after_the_nought_replaces_it(extract_text: Extract) -> None:
    text = (
        "Gunmen attacked a checkpoint near Kidal on Sunday. Nobody was killed, the army said at first. "
        "The death toll later rose to three soldiers."
    )
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert attack.killed == 3


def test_no_one_else_hurt_is_no_nought(extract_text: Extract) -> None:
    # near miss: one man was hurt, so the figure is his, not nought
    text = (
        "A bomb exploded outside a bank in Athens on Tuesday. A security guard was cut by flying glass; no one "
        "else was hurt."
    )
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert attack.wounded != 0


def test_no_casualties_reported_stays_unknown(extract_text: Extract) -> None:
    # near miss: a first report of no casualties, which a later one may correct
    text = "Militants fired mortar rounds at an army base in Dikwa on Sunday. No casualties were reported."
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert (attack.killed, attack.wounded) == (None, None)


# --- claims --------------------------------------------------------------------------------------------------


def test_a_claim_in_the_name_of_a_group(extract_text: Extract) -> None:
    text = (
        "On 27 February a roadside bomb struck an army vehicle west of Bir al-Abd, killing three conscripts. "
        "Amaq later published a short claim in the name of Sinai Province."
    )
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert statuses(attack).get("Islamic State Sinai Province") is ClaimStatus.CLAIMED


def test_a_statement_claiming_an_attack(extract_text: Extract) -> None:
    text = (
        "On Tuesday night the Revolutionary People's Front (RPF) emailed a statement claiming an IED attack on "
        "an army patrol in Chandel district on Sunday, in which two soldiers were wounded."
    )
    attack = only_attack(extract_text(text, "2026-03-05"))
    assert statuses(attack).get("Revolutionary People's Front") is ClaimStatus.CLAIMED


def test_a_statement_claiming_a_victory_is_no_claim(extract_text: Extract) -> None:
    # near miss: the group claims something other than the attack
    text = (
        "Gunmen attacked an army patrol in Chandel district on Sunday, wounding two soldiers. The Revolutionary "
        "People's Front (RPF) emailed a statement claiming a moral victory over the state."
    )
    extraction = extract_text(text, "2026-03-05")
    assert all(
        statuses(a).get("Revolutionary People's Front") is not ClaimStatus.CLAIMED for a in extraction.attacks
    )

"""Round twenty-four, second wave: alliances and rivalries in the prose of briefs and monitoring reports.

"X continues to shelter Y" and "X has long harboured Y" (a group's object); "Y receives weapons and safe houses
from X"; "X remains Y's most important ally" (the copula's subject is the kin named, also past "for their part");
"Z, which X regards as a bitter rival"; "X, historically Y's enemy"; "A and B exchange trainers and weapons";
"A and B fighters clashed twice". Each beside a near miss of the same shape. Every sentence was written for
these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

TALIBAN, AQ, TTP = "Taliban", "al-Qaeda", "Tehrik-i-Taliban Pakistan"
ISWAP, BH = "Islamic State West Africa Province", "Boko Haram"
SHABAAB, AQAP = "al-Shabaab", "al-Qaeda in the Arabian Peninsula"
ISS = "Islamic State Somalia Province"


def test_a_group_that_continues_to_shelter_another_is_its_ally(extract_text: Extract) -> None:
    got = extract_text("The Taliban continue to shelter the TTP in the eastern provinces, the monitors say.")
    assert has_fact(got, TALIBAN, "alliedWith", TTP)


def test_sheltering_from_a_group_is_no_alliance(extract_text: Extract) -> None:
    got = extract_text("The Taliban continue to shelter from TTP drone strikes in the eastern provinces.")
    assert not has_fact(got, TALIBAN, "alliedWith", TTP)


def test_a_group_that_has_long_harboured_another(extract_text: Extract) -> None:
    got = extract_text(
        "Analysts say the Taliban have long harboured al-Qaeda, whatever Kabul tells its neighbours."
    )
    assert has_fact(got, TALIBAN, "alliedWith", AQ)


def test_a_denied_sheltering_is_no_alliance(extract_text: Extract) -> None:
    got = extract_text("The Taliban denied sheltering al-Qaeda, whatever Kabul tells its neighbours.")
    assert not has_fact(got, TALIBAN, "alliedWith", AQ)


def test_safe_houses_received_from_a_group(extract_text: Extract) -> None:
    got = extract_text("Boko Haram continues to receive weapons and safe houses from ISWAP, a report says.")
    assert has_fact(got, BH, "alliedWith", ISWAP)


def test_threats_received_from_a_group_are_no_alliance(extract_text: Extract) -> None:
    got = extract_text("Boko Haram continues to receive threats and ultimatums from ISWAP, a report says.")
    assert not has_fact(got, BH, "alliedWith", ISWAP)


def test_remains_the_possessors_most_important_ally(extract_text: Extract) -> None:
    got = extract_text("The Taliban, for their part, remain al-Qaeda's most important ally in the region.")
    assert has_fact(got, TALIBAN, "alliedWith", AQ)


def test_has_become_the_possessors_main_rival(extract_text: Extract) -> None:
    got = extract_text("Over the past decade ISWAP has become Boko Haram's main rival around the lake.")
    assert has_fact(got, ISWAP, "rivalOf", BH)


def test_an_ally_of_the_possessors_rival_is_not_the_subjects_kin(extract_text: Extract) -> None:
    got = extract_text("The Taliban hunted al-Qaeda's most important ally in the region.")
    assert not has_fact(got, TALIBAN, "alliedWith", AQ)


def test_which_the_group_regards_as_a_bitter_rival(extract_text: Extract) -> None:
    got = extract_text(
        "Smugglers also supply the Islamic State Somalia Province, which al-Shabaab regards as a bitter rival."
    )
    assert has_fact(got, SHABAAB, "rivalOf", ISS)


def test_which_the_group_regards_as_a_bitter_rival_of_another(extract_text: Extract) -> None:
    got = extract_text(
        "Smugglers also supply the Islamic State Somalia Province, which al-Shabaab regards as a buyer of arms."
    )
    assert not has_fact(got, SHABAAB, "rivalOf", ISS)


def test_historically_the_possessors_enemy(extract_text: Extract) -> None:
    got = extract_text(
        "ISWAP, historically Boko Haram's enemy, has left the islands to its fighters this year."
    )
    assert has_fact(got, ISWAP, "rivalOf", BH)


def test_historically_the_possessors_base_is_no_kin(extract_text: Extract) -> None:
    got = extract_text("ISWAP, historically Boko Haram's base of recruits, has left the islands this year.")
    assert not has_fact(got, ISWAP, "rivalOf", BH)


def test_a_pair_that_exchanges_trainers_and_weapons(extract_text: Extract) -> None:
    got = extract_text("Al-Shabaab and AQAP exchange trainers and weapons by boat, the panel found.")
    assert has_fact(got, SHABAAB, "alliedWith", AQAP)


def test_a_pair_that_exchanges_fire_is_no_alliance(extract_text: Extract) -> None:
    got = extract_text("Al-Shabaab and AQAP exchange fire by boat, the panel found.")
    assert not has_fact(got, SHABAAB, "alliedWith", AQAP)


def test_a_pair_whose_fighters_clashed_twice(extract_text: Extract) -> None:
    got = extract_text("Villagers say ISWAP and Boko Haram fighters clashed twice near the lake in June.")
    assert has_fact(got, ISWAP, "rivalOf", BH)


def test_a_pair_whose_fighters_clashed_twice_with_the_army(extract_text: Extract) -> None:
    got = extract_text("Villagers say ISWAP and Boko Haram fighters clashed twice with the army in June.")
    assert not has_fact(got, ISWAP, "rivalOf", BH)

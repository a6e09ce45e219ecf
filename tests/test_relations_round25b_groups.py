"""Round twenty-five: rivalries and alliances between groups, second pass.

A pair of rivals each glossed ("X (XA), known locally as Z, and Y (YA) have long been bitter rivals"), a kin word
after the second of two apposed kinds ("X, Y's Sahel branch and Z's main rival"), "a long-standing ally of Y", and
loyalty to a group's line (its creed) rather than to the group, a copula past a relative clause ("X, which ...,
is the branch of Y"), and a kind's clause past the place it is active in ("a group active in Kashmir that has
competed with Y"). Each beside a near miss of the same shape. Every
sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

BOKO, ISWAP = "Boko Haram", "Islamic State West Africa Province"
SHABAAB, AQ, IS = "al-Shabaab", "al-Qaeda", "Islamic State"
HAMAS, HEZBOLLAH, TALIBAN = "Hamas", "Hezbollah", "Taliban"


def test_a_glossed_pair_of_rivals_is_a_rivalry(extract_text: Extract) -> None:
    got = extract_text(
        "Boko Haram, known locally as Jama'atu Ahlis Sunna, and the Islamic State West Africa Province (ISWAP) "
        "have long been bitter rivals in the Lake Chad basin."
    )
    assert has_fact(got, BOKO, "rivalOf", ISWAP)


def test_a_glossed_pair_that_shares_a_foe_is_no_rivalry(extract_text: Extract) -> None:
    got = extract_text(
        "Boko Haram, known locally as Jama'atu Ahlis Sunna, and the Islamic State West Africa Province (ISWAP) "
        "have long been targets of the army in the Lake Chad basin."
    )
    assert not has_fact(got, BOKO, "rivalOf", ISWAP)


def test_a_rival_named_after_the_acronym_of_the_second_is_a_rivalry(extract_text: Extract) -> None:
    got = extract_text("Boko Haram and the Islamic State West Africa Province (ISWAP) are bitter rivals.")
    assert has_fact(got, BOKO, "rivalOf", ISWAP)


def test_the_second_of_two_apposed_kinds_is_the_groups_own(extract_text: Extract) -> None:
    got = extract_text(
        "Soldiers pursued al-Shabaab, al-Qaeda's East African branch and the Islamic State's chief rival in "
        "Somalia, for weeks."
    )
    assert has_fact(got, SHABAAB, "affiliateOf", AQ)
    assert has_fact(got, SHABAAB, "rivalOf", IS)


def test_a_rival_of_a_group_fought_alongside_another_is_not_the_first_groups(extract_text: Extract) -> None:
    got = extract_text(
        "Soldiers pursued al-Shabaab and the Islamic State's chief rival in Somalia for weeks."
    )
    assert not has_fact(got, SHABAAB, "rivalOf", IS)


def test_a_long_standing_ally_is_an_ally(extract_text: Extract) -> None:
    got = extract_text("Hezbollah is a long-standing ally of Hamas in the region.")
    assert has_fact(got, HEZBOLLAH, "alliedWith", HAMAS)


def test_a_long_standing_critic_is_no_ally(extract_text: Extract) -> None:
    got = extract_text("Hezbollah is a long-standing critic of Hamas in the region.")
    assert not has_fact(got, HEZBOLLAH, "alliedWith", HAMAS)


def test_loyalty_to_a_groups_line_is_no_alliance(extract_text: Extract) -> None:
    got = extract_text(
        "The Taliban, loyal to al-Qaeda's ideology, and Hezbollah have competed bitterly for recruits."
    )
    assert not has_fact(got, TALIBAN, "alliedWith", AQ)
    assert has_fact(got, TALIBAN, "rivalOf", HEZBOLLAH)


def test_loyalty_to_a_group_is_an_alliance(extract_text: Extract) -> None:
    got = extract_text("The Taliban, loyal to al-Qaeda, have sheltered its leaders for years.")
    assert has_fact(got, TALIBAN, "alliedWith", AQ)


def test_a_branch_named_past_a_relative_clause_is_a_branch(extract_text: Extract) -> None:
    got = extract_text(
        "Al-Shabaab, which takes its name from the youth wing of an older Islamist movement, is the East African "
        "branch of al-Qaeda."
    )
    assert has_fact(got, SHABAAB, "affiliateOf", AQ)


def test_a_kind_active_in_a_place_keeps_its_clause(extract_text: Extract) -> None:
    got = extract_text(
        "Hizbul Mujahideen, an older group active in Kashmir since 1989 that has often competed with "
        "Lashkar-e-Taiba for recruits, condemned the attack."
    )
    assert has_fact(got, "Hizbul Mujahideen", "rivalOf", "Lashkar-e-Taiba")

"""Round fifteen (X1): facts whose subject an earlier sentence names, as general rules.

Every sentence here was written for these tests.

- "Since May the three have fought under the banner of D": each of the groups the sentence before names (as many
  as the number says) is a member of D; "The two are allies inside D" likewise.
- "Both groups want the forest. B is strongest there": "there" is the one place the sentence before names.
- "Smaller branches operate in A and B": the group the last sentences are about is active there.
- "Analysts say it has cooperated with B": "it" is the group the sentence before is about.
- "Its attacks in P", "the group's bombings in P": the owner is active in P (plural deeds, "in").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

_THREE = "Kataib Hezbollah remains closely allied with Harakat Hezbollah al-Nujaba and with Kataib Sayyid al-Shuhada. "


def test_the_three_under_the_banner_of(extract_text: Extract) -> None:
    ex = extract_text(
        _THREE + "Since October the three have operated under the banner of the Islamic Resistance in Iraq."
    )
    for g in ("Kata'ib Hezbollah", "Harakat Hezbollah al-Nujaba", "Kata'ib Sayyid al-Shuhada"):
        assert has_fact(ex, g, "affiliateOf", "Islamic Resistance in Iraq")


def test_the_three_against_is_no_membership(extract_text: Extract) -> None:
    # a number that does not match the groups named, or a verb that is no membership, says nothing of D
    ex = extract_text(
        _THREE + "Since October the two have operated under the banner of the Islamic Resistance in Iraq."
    )
    assert not has_fact(ex, "Kata'ib Hezbollah", "affiliateOf", "Islamic Resistance in Iraq")
    ex = extract_text(_THREE + "Since October the three have fought against the Islamic State.")
    assert not has_fact(ex, "Kata'ib Hezbollah", "affiliateOf", "Islamic State")


def test_the_two_allies_inside(extract_text: Extract) -> None:
    ex = extract_text(
        "Between Jaysh al-Islam and Faylaq al-Sham relations are cordial. "
        "The two are allies inside the Syrian National Army."
    )
    assert has_fact(ex, "Jaysh al-Islam", "affiliateOf", "Syrian National Army")
    assert has_fact(ex, "Faylaq al-Sham", "affiliateOf", "Syrian National Army")


def test_the_two_allies_against_is_no_membership(extract_text: Extract) -> None:
    ex = extract_text(
        "Between Jaysh al-Islam and Faylaq al-Sham relations are cordial. "
        "The two are allies against the Syrian Democratic Forces."
    )
    assert not has_fact(ex, "Jaysh al-Islam", "affiliateOf", "Syrian Democratic Forces")


def test_strongest_there(extract_text: Extract) -> None:
    ex = extract_text('"Both groups want the Sambisa Forest. Boko Haram is strongest there," she said.')
    assert has_fact(ex, "Boko Haram", "operatesIn", "Sambisa Forest")


def test_there_with_two_places_is_unclear(extract_text: Extract) -> None:
    # two places before "there": which one is meant is not said
    ex = extract_text(
        '"Both groups want the Sambisa Forest and Lake Chad. Boko Haram is strongest there," she said.'
    )
    assert not has_fact(ex, "Boko Haram", "operatesIn", "Sambisa Forest")
    ex = extract_text('"Both groups want the Sambisa Forest. Boko Haram was beaten there," she said.')
    assert not has_fact(ex, "Boko Haram", "operatesIn", "Sambisa Forest")


_COMBAT = (
    "Combat 18 was founded in London in 1992 by stewards of the British National Party. "
    "It later drew recruits from football firms. "
)


def test_smaller_branches_operate_in(extract_text: Extract) -> None:
    ex = extract_text(_COMBAT + "Smaller branches operate in Germany and Denmark.")
    assert has_fact(ex, "Combat 18", "operatesIn", "Germany")
    assert has_fact(ex, "Combat 18", "operatesIn", "Denmark")


def test_smaller_groups_or_named_branches_are_not_read(extract_text: Extract) -> None:
    # "smaller groups" are not its own; a branch of a named group belongs to that group
    ex = extract_text(_COMBAT + "Smaller groups operate in Germany and Denmark.")
    assert not has_fact(ex, "Combat 18", "operatesIn", "Germany")
    ex = extract_text(_COMBAT + "Smaller branches of Blood & Honour operate in Germany and Denmark.")
    assert not has_fact(ex, "Combat 18", "operatesIn", "Germany")


def test_analysts_say_it_has(extract_text: Extract) -> None:
    ex = extract_text(
        "Lashkar-e-Jhangvi was founded in 1996 by militants of an anti-Shia party. "
        "Security analysts say it has cooperated with the Tehrik-i-Taliban Pakistan."
    )
    assert has_fact(ex, "Lashkar-e-Jhangvi", "alliedWith", "Tehrik-i-Taliban Pakistan")


def test_analysts_say_it_without_a_group_subject(extract_text: Extract) -> None:
    # the sentence before is about an office, not a group: "it" is not read
    ex = extract_text(
        "The Counter Terrorism Department was set up to fight Lashkar-e-Jhangvi. "
        "Security analysts say it has cooperated with the Tehrik-i-Taliban Pakistan."
    )
    assert not has_fact(ex, "Lashkar-e-Jhangvi", "alliedWith", "Tehrik-i-Taliban Pakistan")


_PKK = "The Kurdistan Workers' Party was founded in 1978. "


def test_its_attacks_in(extract_text: Extract) -> None:
    ex = extract_text(_PKK + "Its attacks in Turkey have killed thousands.")
    assert has_fact(ex, "Kurdistan Workers' Party", "operatesIn", "Turkey")
    ex = extract_text(_PKK + "A court in Ankara listed the bombing among the group's attacks in Turkey.")
    assert has_fact(ex, "Kurdistan Workers' Party", "operatesIn", "Turkey")


def test_its_one_attack_or_attacks_on(extract_text: Extract) -> None:
    # one blow, or a target, is not where the group is active
    ex = extract_text(_PKK + "Its attack in Ankara killed ten.")
    assert not has_fact(ex, "Kurdistan Workers' Party", "operatesIn", "Ankara")
    ex = extract_text(_PKK + "Its attacks on Turkey have killed thousands.")
    assert not has_fact(ex, "Kurdistan Workers' Party", "operatesIn", "Turkey")

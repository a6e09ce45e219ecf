"""Round twenty-six (q24): defendants whose group a court report names in another sentence or phrasing.

"were convicted on Thursday of belonging to G" names the trial's group; "A, 24, of Walsall, and B, 31, were found
guilty" names its defendants; "sentenced two foreign members of G" and "found A, a 29-year-old Tajik national, and
B guilty" too. Each beside a near miss of the same shape. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

ACTION = "Combat 18"
ASHTAR = "al-Ashtar Brigades"  # the gazetteer's name for Saraya al-Ashtar


def test_convicted_of_belonging_names_the_group_of_the_listed_defendants(extract_text: Extract) -> None:
    got = extract_text(
        "Two men were convicted on Thursday of belonging to Combat 18, the neo-Nazi group. "
        "Mark Tolley, 24, of Walsall, and Gary Penrose, 31, of Wolverhampton, were found guilty of membership of "
        "a proscribed organisation."
    )
    assert has_fact(got, "Mark Tolley", "affiliatedWith", ACTION)
    assert has_fact(got, "Gary Penrose", "affiliatedWith", ACTION)


def test_convicted_of_attacking_a_group_names_no_group_of_the_defendants(extract_text: Extract) -> None:
    got = extract_text(
        "Two men were convicted on Thursday of attacking Combat 18, the neo-Nazi group. "
        "Mark Tolley, 24, of Walsall, and Gary Penrose, 31, of Wolverhampton, were found guilty of assault."
    )
    assert not has_fact(got, "Mark Tolley", "affiliatedWith", ACTION)
    assert not has_fact(got, "Gary Penrose", "affiliatedWith", ACTION)


def test_a_defendant_from_the_village_of_a_place_was_sentenced(extract_text: Extract) -> None:
    got = extract_text(
        "The court ended the trial of fourteen people accused of belonging to the Okba Ibn Nafaa Brigade. "
        "Karim Abidi, 34, from the village of Foussana, was sentenced to death."
    )
    assert has_fact(got, "Karim Abidi", "affiliatedWith", "Okba Ibn Nafaa Brigade")


def test_foreign_members_sentenced_are_the_group_of_defendants_found_guilty(extract_text: Extract) -> None:
    got = extract_text(
        "A Turkish court on Wednesday sentenced two foreign members of the Islamic State to life imprisonment. "
        "The court found Rustam Karimov, a 29-year-old Tajik national, and Ilyas Gadzhiev, 31, guilty of murder."
    )
    assert has_fact(got, "Rustam Karimov", "affiliatedWith", "Islamic State")
    assert has_fact(got, "Ilyas Gadzhiev", "affiliatedWith", "Islamic State")


def test_a_witness_named_beside_a_defendant_is_not_listed_with_him(extract_text: Extract) -> None:
    got = extract_text(
        "A Turkish court on Wednesday sentenced two foreign members of the Islamic State to life imprisonment. "
        "Rustam Karimov, 29, was found guilty after Ilyas Gadzhiev testified against him."
    )
    assert has_fact(got, "Rustam Karimov", "affiliatedWith", "Islamic State")
    assert not has_fact(got, "Ilyas Gadzhiev", "affiliatedWith", "Islamic State")


def test_a_defendant_the_court_cleared_is_no_member(extract_text: Extract) -> None:
    got = extract_text(
        "Two men were convicted on Thursday of belonging to Combat 18, the neo-Nazi group. "
        "A third defendant, Dean Harper, 22, of Stoke, who told the jury he had gone on a hike with the men, "
        "was cleared of membership."
    )
    assert not has_fact(got, "Dean Harper", "affiliatedWith", "Combat 18")


def test_a_defendant_the_court_convicted_is_a_member(extract_text: Extract) -> None:
    got = extract_text(
        "Two men were convicted on Thursday of belonging to Combat 18, the neo-Nazi group. "
        "A third defendant, Dean Harper, 22, of Stoke, who told the jury he had gone on a hike with the men, "
        "was convicted of arson."
    )
    assert has_fact(got, "Dean Harper", "affiliatedWith", "Combat 18")


def test_men_convicted_of_forming_a_cell_of_a_group_are_its_members(extract_text: Extract) -> None:
    got = extract_text(
        "The High Criminal Court on Tuesday convicted 14 men of forming, financing and joining a terrorist cell of "
        "Saraya al-Ashtar. The court held the first defendant, Jassim Ali Hasan, 26, to have planted the device."
    )
    assert has_fact(got, "Jassim Ali Hasan", "affiliatedWith", ASHTAR)


def test_men_convicted_of_attacking_a_cell_of_a_group_are_not_its_members(extract_text: Extract) -> None:
    got = extract_text(
        "The High Criminal Court on Tuesday convicted 14 men of attacking a terrorist cell of Saraya al-Ashtar. "
        "The court held the first defendant, Jassim Ali Hasan, 26, to have planted the device."
    )
    assert not has_fact(got, "Jassim Ali Hasan", "affiliatedWith", ASHTAR)


def test_a_police_spokesman_after_a_quote_naming_a_group_is_in_the_police(extract_text: Extract) -> None:
    got = extract_text(
        "The Kosovo Police arrested two men in Mitrovica on Friday. "
        '"Both are suspected of logistical support to the Radoicic group," police spokesman Arben Kelmendi said.'
    )
    assert has_fact(got, "Arben Kelmendi", "affiliatedWith", "Kosovo Police")


def test_a_police_spokesman_after_a_quote_names_no_group_of_his(extract_text: Extract) -> None:
    got = extract_text(
        "The Kosovo Police arrested two men in Mitrovica on Friday. "
        '"Both are suspected of logistical support to the Radoicic group," police spokesman Arben Kelmendi said.'
    )
    assert not has_fact(got, "Arben Kelmendi", "affiliatedWith", "Radoicic group")


def test_men_merely_charged_with_belonging_to_a_group_are_not_its_members(extract_text: Extract) -> None:
    got = extract_text(
        "Five people appeared in court on Friday charged with belonging to Combat 18, the neo-Nazi group. "
        "The defendants, Mark Tolley, 22, and Gary Penrose, 29, were remanded in custody."
    )
    assert not has_fact(got, "Mark Tolley", "affiliatedWith", ACTION)

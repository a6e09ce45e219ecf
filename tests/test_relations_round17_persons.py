"""Round seventeen: person affiliations, read as general rules.

Every sentence here was written for these tests.

- "the Boko Haram faction of P": a group's gang or faction named as its leader's (not "the release by the G gang
  of P").
- "A and B, whom prosecutors charged as G's recruiters": a plural office after the body holds for every name
  listed before "whom" (not for a name outside the list).
- "G, which the late P founded": how the founder is described may stand before his name (not "which the late P
  criticised").
- "P set up H in 2014 after breaking with G": he was in G (not "after Q broke with G").
- "the director of the FBI and the CIA, P": one office over two bodies named together (not "the head of the FBI
  and the CIA director, P", where the first office is another's).
"""

from __future__ import annotations

from collections.abc import Callable

from readings import bodies_of, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_gang_named_as_its_leaders(extract_text: Extract) -> None:
    ex = extract_text(
        "Residents of Bama said the roadblock belonged to the Boko Haram faction of Abubakar Shekau "
        "until Tuesday."
    )
    assert has_fact(ex, "Abubakar Shekau", "affiliatedWith", "Boko Haram")


def test_release_by_a_gang_of_a_hostage_is_no_affiliation(extract_text: Extract) -> None:
    ex = extract_text(
        "Relatives in Bama welcomed the release by the Boko Haram faction of Abubakar Shekau on Tuesday."
    )
    assert not has_fact(ex, "Abubakar Shekau", "affiliatedWith", "Boko Haram")


def test_listed_names_charged_as_plural_officers(extract_text: Extract) -> None:
    ex = extract_text(
        "The case followed the arrest in May of Yusuf Adan and Omar Farah, whom prosecutors then charged in "
        "Virginia as al-Shabaab's chief recruiters."
    )
    assert has_fact(ex, "Omar Farah", "affiliatedWith", "al-Shabaab")
    assert has_fact(ex, "Yusuf Adan", "affiliatedWith", "al-Shabaab")


def test_name_outside_the_list_is_not_charged(extract_text: Extract) -> None:
    ex = extract_text(
        "The case followed a tip from Yusuf Adan about Omar Farah, whom prosecutors then charged in "
        "Virginia as al-Shabaab's chief recruiters."
    )
    assert has_fact(ex, "Omar Farah", "affiliatedWith", "al-Shabaab")
    assert "al-Shabaab" not in bodies_of(ex, "Yusuf Adan")


def test_founder_described_before_his_name(extract_text: Extract) -> None:
    ex = extract_text(
        "The Muslim Brotherhood, which the late Hassan al-Banna founded in Ismailia, was banned again."
    )
    assert has_fact(ex, "Hassan al-Banna", "affiliatedWith", "Muslim Brotherhood")


def test_described_man_who_only_criticised_the_body(extract_text: Extract) -> None:
    ex = extract_text(
        "The Muslim Brotherhood, which the late Hassan al-Banna criticised in Ismailia, was banned again."
    )
    assert "Muslim Brotherhood" not in bodies_of(ex, "Hassan al-Banna")


def test_founder_broke_with_his_old_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Abdul Karim set up his own network in Gaza in 2014 after breaking with Hamas over money."
    )
    assert has_fact(ex, "Abdul Karim", "affiliatedWith", "Hamas")


def test_founder_after_another_man_broke_with_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Abdul Karim set up his own network in Gaza in 2014 after the cell broke with Hamas over money."
    )
    assert "Hamas" not in bodies_of(ex, "Abdul Karim")


def test_one_office_over_two_bodies(extract_text: Extract) -> None:
    ex = extract_text(
        "The senator thanked the director of the FBI and the CIA, John Brennan, for his testimony."
    )
    assert has_fact(ex, "John Brennan", "affiliatedWith", "Federal Bureau of Investigation")
    assert has_fact(ex, "John Brennan", "affiliatedWith", "Central Intelligence Agency")


def test_second_body_with_its_own_office(extract_text: Extract) -> None:
    ex = extract_text(
        "The senator thanked the head of the FBI and the CIA director, John Brennan, for his testimony."
    )
    assert has_fact(ex, "John Brennan", "affiliatedWith", "Central Intelligence Agency")
    assert "Federal Bureau of Investigation" not in bodies_of(ex, "John Brennan")

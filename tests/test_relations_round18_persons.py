"""Round eighteen: person affiliations, read as general rules.

Every sentence here was written for these tests.

- "the party's Sindh chief, P", "party spokesman P", "said P, the movement's deputy leader": where no body is named
  a party, the one armed group the nearest sentence names is the party (not where two groups are named, not
  "ruling party spokesman P", not "the movement's fiercest critic", not a group quoted before the office).
- "A spokesman for the G (ABBR), who gave his name as P": the office is the body's (not "A victim of the G").
- "P, commander of the 11th X Battalion": the unit's number before its name (not "P, who met the 11th X").
- "P KC, for the Crown Prosecution Service, told the jury": counsel for a body (not "for the defendants").
- "the X gang led by P": a gang's head noun before "led by" (not "the X gang led the assault").
- "P, 31, of Antigo, received ten years": an age, then a home town, is no affiliation (but "P, 41, of the
  Brookings Institution, said" is).
"""

from __future__ import annotations

from collections.abc import Callable

from readings import bodies_of, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

_MARCH = "Thousands of Tehreek-e-Labbaik Pakistan supporters marched on Lahore on Sunday. "


def test_the_partys_regional_chief_is_the_lone_groups(extract_text: Extract) -> None:
    ex = extract_text(
        _MARCH
        + "They demanded the release of the party's Sindh chief, Abdul Rauf Siddiqui, who was detained in May."
    )
    assert has_fact(ex, "Abdul Rauf Siddiqui", "affiliatedWith", "Tehreek-e-Labbaik Pakistan")


def test_the_partys_chief_after_two_groups_is_no_ones(extract_text: Extract) -> None:
    ex = extract_text(
        "Thousands of Tehreek-e-Labbaik Pakistan and Lashkar-e-Taiba supporters marched on Lahore on Sunday. "
        "They demanded the release of the party's Sindh chief, Abdul Rauf Siddiqui, who was detained in May."
    )
    assert "Tehreek-e-Labbaik Pakistan" not in bodies_of(ex, "Abdul Rauf Siddiqui")
    assert "Lashkar-e-Taiba" not in bodies_of(ex, "Abdul Rauf Siddiqui")


def test_bare_party_spokesman(extract_text: Extract) -> None:
    ex = extract_text(
        _MARCH + "In a video statement, party spokesman Ahmed Raza Qureshi said police had fired first."
    )
    assert has_fact(ex, "Ahmed Raza Qureshi", "affiliatedWith", "Tehreek-e-Labbaik Pakistan")


def test_ruling_party_spokesman_is_another_partys(extract_text: Extract) -> None:
    ex = extract_text(
        _MARCH
        + "In a video statement, ruling party spokesman Ahmed Raza Qureshi said the marchers had fired first."
    )
    assert "Tehreek-e-Labbaik Pakistan" not in bodies_of(ex, "Ahmed Raza Qureshi")


def test_the_partys_office_after_the_name(extract_text: Extract) -> None:
    ex = extract_text(
        _MARCH + '"We carry no weapons," said Ahmed Raza Qureshi, the movement\'s deputy leader.'
    )
    assert has_fact(ex, "Ahmed Raza Qureshi", "affiliatedWith", "Tehreek-e-Labbaik Pakistan")


def test_the_partys_critic_after_the_name_is_no_officer(extract_text: Extract) -> None:
    ex = extract_text(
        _MARCH + '"They carry weapons," said Ahmed Raza Qureshi, the movement\'s fiercest critic.'
    )
    assert "Tehreek-e-Labbaik Pakistan" not in bodies_of(ex, "Ahmed Raza Qureshi")


def test_spokesman_who_gave_his_name_after_the_body(extract_text: Extract) -> None:
    ex = extract_text(
        "A spokesman for the Arakan Rohingya Salvation Army (ARSA), who gave his name as Abdul Hamid, denied the charge."
    )
    assert has_fact(ex, "Abdul Hamid", "affiliatedWith", "Arakan Rohingya Salvation Army")


def test_victim_who_gave_his_name_is_no_member(extract_text: Extract) -> None:
    ex = extract_text(
        "A victim of the Arakan Rohingya Salvation Army (ARSA), who gave his name as Abdul Hamid, described the raid."
    )
    assert "Arakan Rohingya Salvation Army" not in bodies_of(ex, "Abdul Hamid")


def test_commander_of_a_numbered_unit(extract_text: Extract) -> None:
    ex = extract_text(
        "The blast wounded four guards, said Colonel Tariq Mehmood, commander of the 11th Armed Police Battalion, "
        "which guards the camp."
    )
    assert any("Armed Police Battalion" in b for b in bodies_of(ex, "Tariq Mehmood"))


def test_meeting_a_numbered_unit_is_no_office(extract_text: Extract) -> None:
    ex = extract_text(
        "The blast wounded four guards, said Colonel Tariq Mehmood, who met the 11th Armed Police Battalion on Monday."
    )
    assert not any("Armed Police Battalion" in b for b in bodies_of(ex, "Tariq Mehmood"))


def test_silk_for_the_prosecution_service(extract_text: Extract) -> None:
    ex = extract_text(
        "Opening the case, Sarah Whitfield KC, for the Crown Prosecution Service, told the jury the men had planned "
        "the attack."
    )
    assert has_fact(ex, "Sarah Whitfield", "affiliatedWith", "Crown Prosecution Service")


def test_silk_for_the_defendants_is_not_the_services(extract_text: Extract) -> None:
    ex = extract_text(
        "Opening the case, Sarah Whitfield KC, for the defendants, told the jury the Crown Prosecution Service had "
        "no case."
    )
    assert "Crown Prosecution Service" not in bodies_of(ex, "Sarah Whitfield")


def test_gang_led_by(extract_text: Extract) -> None:
    ex = extract_text(
        "Witnesses said fighters of the Village de Dieu gang led by Johnson André had burned the market."
    )
    # the gazetteer files the Village de Dieu gang under its other name, 5 Segonn
    assert bodies_of(ex, "Johnson André")


def test_gang_that_led_an_assault_is_not_led_by_the_man_told(extract_text: Extract) -> None:
    ex = extract_text(
        "Witnesses said the Village de Dieu gang led the assault on the market, police told Johnson André."
    )
    assert not bodies_of(ex, "Johnson André")


def test_age_then_home_town_is_no_affiliation(extract_text: Extract) -> None:
    ex = extract_text("His co-defendant Mark Olsen, 31, of Antigo, received ten years.")
    assert "Antigo" not in bodies_of(ex, "Mark Olsen")


def test_age_then_institution_is_an_affiliation(extract_text: Extract) -> None:
    ex = extract_text("Aisha Bello, 41, of the Brookings Institution, said the group had regrouped.")
    assert has_fact(ex, "Aisha Bello", "affiliatedWith", "Brookings Institution")


def test_group_quoted_before_the_partys_spokesman_is_not_his(extract_text: Extract) -> None:
    ex = extract_text(
        _MARCH
        + '"We have nothing to do with Lashkar-e-Taiba," the party\'s spokesman, Ahmed Raza Qureshi, said.'
    )
    assert "Lashkar-e-Taiba" not in bodies_of(ex, "Ahmed Raza Qureshi")
    assert has_fact(ex, "Ahmed Raza Qureshi", "affiliatedWith", "Tehreek-e-Labbaik Pakistan")

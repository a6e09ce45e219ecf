"""What "the coalition", "Its fronts" and "where its fighters are active" stand for, twelfth round, and a relative
clause about a contrasted name. Each phrasing sits beside a near miss it must leave alone. Every sentence was
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

SHABAAB, TTP, BLA = "al-Shabaab", "Tehrik-i-Taliban Pakistan", "Balochistan Liberation Army"


def test_the_coalition_is_the_group_named_a_coalition(extract_text: Extract) -> None:
    text = (
        "Gunmen from the Viv Ansanm gang coalition attacked a police post in Kenscoff on Monday.\n\n"
        "Led by Jimmy Cherizier, who also heads the G9, the coalition overran the town of Mirebalais in March."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Viv Ansanm", "operatesIn", "Mirebalais")
    # the G9 stands right before "the coalition" but is not named one
    assert not has_fact(extraction, "G9 an Fanmi e Alye", "operatesIn", "Mirebalais")


def test_the_coalition_with_no_group_named_one_stands_for_none(extract_text: Extract) -> None:
    text = (
        "Al-Shabaab fighters attacked a police post in Mandera on Monday.\n\n"
        "The coalition overran the town of Baidoa in March."
    )
    assert not has_fact(extract_text(text), SHABAAB, "operatesIn", "Baidoa")


def test_its_fronts_in_a_place_that_attack_often_are_active_there(extract_text: Extract) -> None:
    text = (
        "The ELN did not respond to the accusation. Its fronts in Arauca have carried out dozens of bomb attacks "
        "on soldiers since last year."
    )
    assert has_fact(extract_text(text), "National Liberation Army (Colombia)", "operatesIn", "Arauca")


def test_its_fronts_in_a_place_for_one_blow_say_nothing(extract_text: Extract) -> None:
    text = "The ELN did not respond to the accusation. Its fronts in Arauca attacked an army base on Monday."
    assert not has_fact(extract_text(text), "National Liberation Army (Colombia)", "operatesIn", "Arauca")


def test_a_list_closed_by_where_its_fighters_are_active(extract_text: Extract) -> None:
    text = (
        "Al-Shabaab frequently targets Kenyan security forces in the border counties of Mandera, Wajir, Garissa "
        "and Lamu, where its fighters are active."
    )
    extraction = extract_text(text)
    for county in ("Mandera", "Garissa", "Lamu"):
        assert any(
            has_fact(extraction, SHABAAB, "operatesIn", name) for name in (county, f"{county} County")
        ), county


def test_a_place_that_holds_the_where_place_is_no_item_of_the_list(extract_text: Extract) -> None:
    text = "The attackers came from camps across the border in Myanmar's Sagaing Region, where the ULFA-I is based."
    extraction = extract_text(text)
    assert not has_fact(extraction, "United Liberation Front of Asom (Independent)", "operatesIn", "Myanmar")


def test_a_relative_clause_about_the_contrasted_name_is_still_read(extract_text: Extract) -> None:
    text = (
        "Unlike the Tehrik-i-Taliban Pakistan (TTP), which is active mainly in Khyber Pakhtunkhwa, the BLA does "
        "not claim a religious agenda."
    )
    assert has_fact(extract_text(text), TTP, "operatesIn", "Khyber Pakhtunkhwa")


def test_the_contrasted_name_stays_out_of_the_main_clause(extract_text: Extract) -> None:
    text = "Unlike the TTP, the BLA operates mainly in Balochistan."
    extraction = extract_text(text)
    assert has_fact(extraction, BLA, "operatesIn", "Balochistan")
    assert not has_fact(extraction, TTP, "operatesIn", "Balochistan")


def test_its_after_a_fronted_clause_is_the_topics_not_the_clauses(extract_text: Extract) -> None:
    text = (
        "Jamaat Ansarullah was founded in 2010 by Amriddin Tabarov. Banned in Tajikistan, the group is based in "
        "northern Afghanistan and has fought alongside the Taliban for a decade. After the Taliban seized power in "
        "2021, its fighters were given responsibility for stretches of the frontier. United Nations monitors say the "
        "group, now led by Mahdi Arsalon, is also aligned with al-Qaeda."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Mahdi Arsalon", "affiliatedWith", "Jamaat Ansarullah")
    assert not has_fact(extraction, "Mahdi Arsalon", "affiliatedWith", "Taliban")


def test_a_year_after_since_opens_no_clause(extract_text: Extract) -> None:
    text = (
        "The Taliban took Kabul in 2021. Since 2021 ISIS-K, led by Sanaullah Ghafari, has waged a campaign of "
        "bombings against the Taliban. Its fighters are active in Kunar."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Islamic State Khorasan Province", "operatesIn", "Kunar")
    assert not has_fact(extraction, "Taliban", "operatesIn", "Kunar")


def test_its_inside_an_open_relative_clause_is_the_clauses_group(extract_text: Extract) -> None:
    text = (
        "Jaish al-Adl was founded in 2012 by former members of Jundallah, a Baluch insurgent group that waged a "
        "campaign in the province until Iran captured and executed its leader, Abdolmalek Rigi, in 2010."
    )
    extraction = extract_text(text)
    assert not has_fact(extraction, "Abdolmalek Rigi", "affiliatedWith", "Jaish al-Adl")


def test_its_after_a_closed_relative_clause_is_the_subjects(extract_text: Extract) -> None:
    text = (
        "Al-Shabaab, a group that has fought the government since 2006, said its fighters are active in Gedo."
    )
    assert has_fact(extract_text(text), SHABAAB, "operatesIn", "Gedo")


def test_the_group_holds_ground_in_local_government_areas_and_more(extract_text: Extract) -> None:
    text = (
        "Lakurawa fighters first appeared in Sokoto around 2018. The group holds ground in parts of Tangaza and "
        "Binji local government areas of Sokoto State and in Arewa and Augie in Kebbi."
    )
    extraction = extract_text(text)
    for place in ("Tangaza", "Arewa", "Augie"):
        assert has_fact(extraction, "Lakurawa", "operatesIn", place), place

"""Round thirty-six (lead): the agent of a passive is not the branch it describes; "neither X nor Y has claimed it" is
no claim; "That month they seized ..." and "The rebels also claimed ..." stand for the group just told; what a group
"has struck before" is no attack; a ship "identified as the X" is a place and "X Maritime, a ship manager" a firm; a
ministry's name ends before the city it sits in; "the FLNC-Canal historique" is a faction of its own. Every sentence
was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact, only_attack, typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


# ---------------------------------------------------------------- the agent of a passive


def test_the_agent_of_a_passive_is_not_the_branch_it_describes(extract_text: Extract) -> None:
    ex = extract_text(
        "The Allied Democratic Forces (ADF) raided a village in Congo on Monday. The group has since been presented "
        "by IS propaganda as the Congolese branch of the Islamic State Central Africa Province (ISCAP)."
    )
    assert not has_fact(ex, "Islamic State", "affiliateOf", "Islamic State Central Africa Province")


def test_the_subject_before_as_the_branch_of_is_still_read(extract_text: Extract) -> None:
    ex = extract_text(
        "Katiba Macina, which has long been presented as the central Malian branch of JNIM, attacked a post in Mali."
    )
    assert has_fact(ex, "Katiba Macina", "affiliateOf", "Jama'at Nusrat al-Islam wal-Muslimin")


# ---------------------------------------------------------------- claims denied by "neither ... nor"


def test_neither_nor_has_claimed_is_no_claim(extract_text: Extract) -> None:
    ex = extract_text(
        "On 19 November an ambush on a supply convoy near Dori, Burkina Faso, killed at least 12 soldiers. "
        "Officials named no group, and neither JNIM nor ISSP has claimed it."
    )
    assert not only_attack(ex).responsibility


def test_a_claim_after_neither_nor_elsewhere_still_counts(extract_text: Extract) -> None:
    ex = extract_text(
        "Neither the army nor the police commented. JNIM claimed the ambush near Dori, Burkina Faso, which killed "
        "12 soldiers on 19 November."
    )
    assert [r.group.name for r in only_attack(ex).responsibility] == ["Jama'at Nusrat al-Islam wal-Muslimin"]


# ---------------------------------------------------------------- pronouns after a time, the group's men by name


def test_they_after_a_time_stands_for_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The Houthis began attacking ships in November 2023. That month they seized the car carrier Galaxy Leader "
        "in the Red Sea and took its crew hostage."
    )
    assert [r.group.name for r in only_attack(ex).responsibility] == ["Houthis"]


def test_the_rebels_opening_a_sentence_stand_for_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The Allied Democratic Forces (ADF) raided Mabuku in Congo's North Kivu province in October. The rebels "
        "also claimed the January 2023 bombing of a church in Kasindi, which killed at least 14 worshippers."
    )
    kasindi = next(a for a in ex.attacks if "Kasindi" in a.label)
    assert [r.group.name for r in kasindi.responsibility] == ["Allied Democratic Forces"]


def test_an_agent_with_its_own_apposition_is_still_the_branch(extract_text: Extract) -> None:
    ex = extract_text(
        "The factory in Leicester, England, is owned by Elbit Systems UK, the British arm of the Israeli arms maker "
        "Elbit Systems."
    )
    assert has_fact(ex, "Elbit Systems UK", "affiliateOf", "Elbit Systems")


def test_what_the_group_has_done_before_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "The Allied Democratic Forces (ADF) killed 12 pupils at a school in Mpondwe, Uganda, on Friday. "
        "The rebels have struck inside Uganda before."
    )
    assert len(ex.attacks) == 1


# ---------------------------------------------------------------- ships and the firms that run them


def test_a_ship_identified_as_the_x_is_a_place_and_its_manager_a_firm(extract_text: Extract) -> None:
    ex = extract_text(
        "Missiles struck a ship in the Gulf of Aden on Monday. Nereid Maritime, a ship manager based in Piraeus, "
        "identified the vessel as the Coral Meridian, which was carrying grain from Ukraine."
    )
    found = typed(ex)
    assert ("Coral Meridian", EntityType.LOCATION) in found
    assert ("Nereid Maritime", EntityType.ORGANIZATION) in found
    assert ("Nereid Maritime", EntityType.LOCATION) not in found


# ---------------------------------------------------------------- a ministry and its seat


def test_a_ministrys_name_ends_before_its_city(extract_text: Extract) -> None:
    ex = extract_text(
        "Colonel Ruben Macuacua, a spokesman for the Ministry of National Defence in Maputo, said the raiders had "
        "been driven out of Macomia, Mozambique."
    )
    found = typed(ex)
    assert ("Ministry of National Defence", EntityType.ORGANIZATION) in found
    assert ("Ministry of National Defence in Maputo", EntityType.ORGANIZATION) not in found
    assert has_fact(ex, "Ruben Macuacua", "affiliatedWith", "Ministry of National Defence")


def test_a_mission_named_for_its_country_keeps_its_name(extract_text: Extract) -> None:
    ex = extract_text("The UN Mission in South Sudan said two peacekeepers were wounded near Bor on Friday.")
    assert any(m.text == "UN Mission in South Sudan" for m in ex.mentions)


# ---------------------------------------------------------------- factions named by the parent's acronym


def test_a_faction_named_after_its_parents_acronym_is_a_group_of_its_own(extract_text: Extract) -> None:
    ex = extract_text(
        "The National Liberation Front of Corsica (FLNC) was founded in 1976. In 1990 the movement split into two "
        "rival factions, the FLNC-Canal historique and the FLNC-Canal habituel, whose feud left twenty dead. Canal "
        "historique later joined smaller groups."
    )
    assert has_fact(ex, "FLNC-Canal historique", "formedFrom", "National Liberation Front of Corsica")
    assert has_fact(ex, "FLNC-Canal historique", "rivalOf", "FLNC-Canal habituel")
    # the faction's own name, said alone, is the faction
    assert any(m.text == "Canal historique" and m.name == "FLNC-Canal historique" for m in ex.mentions)


def test_an_acronym_hyphened_to_another_name_or_a_word_is_no_faction(extract_text: Extract) -> None:
    ex = extract_text("The PKK-affiliated TAK claimed the bombing, and the SDF-Turkey truce held in Syria.")
    names = {m.name for m in ex.mentions if m.type is EntityType.GROUP}
    assert {"Kurdistan Workers' Party", "Syrian Democratic Forces"} <= names
    assert not any("-" in n and n.startswith(("PKK", "SDF")) for n in names)


def test_an_acronym_hyphened_to_another_groups_short_name_is_no_faction(extract_text: Extract) -> None:
    ex = extract_text(
        "The Southern Transitional Council (STC) and the Giants Brigades clashed near Aden, Yemen. The STC-Giants "
        "friction grew through the spring."
    )
    assert not any(m.name.startswith("STC-") for m in ex.mentions)

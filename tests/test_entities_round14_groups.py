"""Round fourteen: armed groups' names, acronyms and foreign-language long forms (eval/dev8 faults, read generally).

Every sentence here was written for these tests; the groups in the gazetteer tests are real, the
others invented.

- A state's body and a regional group that share a name: "the People's Liberation Army" in a story from
  Manipur is the Manipuri rebels, in a story about China the Chinese army.
- "X (ACR), known as the Y,": the short name after the brackets is one more name of X.
- "the Meitei militia Arambai Tenggol": the people's word describes the group named after it.
- "Órgano de Resistencia Territorial Leftraru": one named unit of a known group is a group too.
- 'The cell called itself "N" (Translation)': the quoted name and its translation name one band.
- "X (ACR), a local faction formed in ...": an apposition says an unknown foreign name is a band's.
- A known group's last word alone is the group only where its name writes the word capitalised.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
GROUP = EntityType.GROUP
ORG = EntityType.ORGANIZATION


def _names_of(ex: Extraction, text: str) -> set[tuple[str, EntityType]]:
    return {(m.name, m.type) for m in ex.mentions if m.text == text}


def test_state_army_name_is_the_regional_group_in_its_region(extract_text: Extract) -> None:
    ex = extract_text(
        "IMPHAL: Gunmen ambushed a police convoy in Manipur's Chandel district on Friday. Officials blamed "
        "the People's Liberation Army (PLA), a Meitei insurgent group, which has camps in Myanmar. The PLA "
        "did not comment."
    )
    assert {m.name for m in ex.mentions if m.text == "PLA"} == {"People's Liberation Army of Manipur"}
    assert ("People's Liberation Army of Manipur", GROUP) in typed(ex)


def test_state_army_name_stays_the_army_where_its_country_is_named(extract_text: Extract) -> None:
    ex = extract_text(
        "China's People's Liberation Army (PLA) held drills near Taiwan on Friday, a week after a visit "
        "to Manipur by Indian officials. The PLA said the drills were routine."
    )
    assert ("People's Liberation Army", ORG) in typed(ex)
    assert ("People's Liberation Army of Manipur", GROUP) not in typed(ex)


def test_short_name_known_as_after_the_brackets(extract_text: Extract) -> None:
    ex = extract_text(
        "The Agrupación Campesina Armada – Ejército del Pueblo (ACA-EP), known as the ACA, broke away "
        "from the EPP in 2014. The ACA later lost most of its fighters."
    )
    assert _names_of(ex, "ACA") == {("Agrupación Campesina Armada-Ejército del Pueblo", GROUP)}


def test_short_name_after_the_brackets_needs_the_cue(extract_text: Extract) -> None:
    ex = extract_text(
        "The Agrupación Campesina Armada – Ejército del Pueblo (ACA-EP), not the UNA, was blamed. "
        "The UNA is a university in Asunción."
    )
    assert all(name != "Agrupación Campesina Armada-Ejército del Pueblo" for name, _ in _names_of(ex, "UNA"))


def test_people_word_before_a_named_militia_is_no_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Residents said the Meitei militia Arambai Tenggol had set up checkpoints on the road to Imphal."
    )
    groups = {m.name for m in ex.mentions if m.type is GROUP}
    assert "Arambai Tenggol" in groups
    assert not any(name.startswith("Meitei") for name in groups)


def test_named_militia_without_a_name_after_it_is_kept(extract_text: Extract) -> None:
    ex = extract_text("Police said the Karialan faction had fought the army near Datu Piang on Monday.")
    assert any(m.type is GROUP and m.name.startswith("Karialan") for m in ex.mentions)


def test_named_unit_of_a_known_group_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "A communiqué signed by the Órgano de Resistencia Territorial Pelantaro claimed the arson attack "
        "on behalf of the Coordinadora Arauco-Malleco (CAM). The CAM's Órganos de Resistencia Territorial "
        "are its armed cells."
    )
    assert ("Órgano de Resistencia Territorial Pelantaro", GROUP) in typed(ex)
    assert ("Coordinadora Arauco-Malleco", GROUP) in typed(ex)


def test_body_of_a_known_group_is_not_a_unit(extract_text: Extract) -> None:
    ex = extract_text(
        "The statement was released by the Coordinadora Arauco-Malleco Press Office on Tuesday, and the "
        "CAM said its fighters had left the area."
    )
    assert ("Coordinadora Arauco-Malleco Press Office", GROUP) not in typed(ex)


def test_quoted_name_a_cell_called_itself_and_its_translation(extract_text: Extract) -> None:
    ex = extract_text(
        'The court heard that the cell called itself "Jund al-Tawhid fi Bilad al-Atlas" (Soldiers of '
        "Monotheism in the Land of the Atlas) and planned attacks on tourists in Marrakech."
    )
    names = _names_of(ex, "Jund al-Tawhid fi Bilad al-Atlas") | _names_of(
        ex, "Soldiers of Monotheism in the Land of the Atlas"
    )
    assert names == {("Jund al-Tawhid fi Bilad al-Atlas", GROUP)}


def test_quoted_name_a_person_called_himself_is_no_group(extract_text: Extract) -> None:
    ex = extract_text(
        'The court heard that the defendant called himself "Abu Talha al-Atlasi" online and sent money '
        "to contacts in Syria."
    )
    assert ("Abu Talha al-Atlasi", GROUP) not in typed(ex)


def test_apposition_makes_an_unknown_foreign_name_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "FORTALEZA, Brazil - Gunmen burned four buses on Monday. Police blamed the Irmandade do Sertão "
        "(IDS), a local faction formed in 2016 that controls parts of the city. The IDS did not comment."
    )
    assert ("Irmandade do Sertão", GROUP) in typed(ex)
    assert _names_of(ex, "IDS") == {("Irmandade do Sertão", GROUP)}


def test_apposition_of_a_body_or_a_role_makes_no_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Maria Quispe, of the Sertão Peace Network (SPN), a rights group that monitors armed groups, said "
        "civilians were afraid. Police also questioned Rawa Hassan Majid, a gang boss, and Tadesse Worku "
        "Alemu, the faction's leader."
    )
    assert ("Sertão Peace Network", GROUP) not in typed(ex)
    assert ("Rawa Hassan Majid", GROUP) not in typed(ex)
    assert ("Tadesse Worku Alemu", GROUP) not in typed(ex)


def test_lower_case_word_of_a_group_name_is_not_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The National Liberation Front of Corsica (Front de libération nationale corse, FLNC) sent its "
        "claim to the daily Corse-Matin on Monday."
    )
    assert all(
        m.gazetteer_id != "group:national_liberation_front_of_corsica"
        for m in ex.mentions
        if m.text == "Corse"
    )


def test_capitalised_last_word_of_a_known_group_is_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighters of the Freedom of Russia Legion crossed into Belgorod on Monday. A Legion spokesman "
        "said two villages were taken."
    )
    assert ("Freedom of Russia Legion", GROUP) in _names_of(ex, "Legion")


def test_real_groups_and_their_foreign_names_are_known(extract_text: Extract) -> None:
    ex = extract_text(
        "Analysts list the Família do Norte (FDN), the Guardiões do Estado (GDE) and the Sindicato do Crime "
        "do RN among the allies of Brazil's big factions. In Corsica, the FLNC-UC and the FLNC du 22 octobre "
        "laid down their arms, and Ghjuventù Clandestina Corsa (GCC) emerged in 2022. In Manipur, the Kuki "
        "National Organisation (KNO) and Arambai Tenggol trade blame. The DHKP-C split from Devrimci Sol."
    )
    names = {m.name for m in ex.mentions if m.type is GROUP}
    assert {
        "Família do Norte",
        "Guardiões do Estado",
        "Sindicato do Crime do RN",
        "FLNC Union des Combattants",
        "FLNC du 22 octobre",
        "Ghjuventù Clandestina Corsa",
        "Kuki National Organisation",
        "Arambai Tenggol",
        "Devrimci Sol",
    } <= names
    assert _names_of(ex, "GCC") == {("Ghjuventù Clandestina Corsa", GROUP)}


def test_gulf_cooperation_council_keeps_its_acronym(extract_text: Extract) -> None:
    ex = extract_text(
        "Ministers of the Gulf Cooperation Council (GCC) met in Riyadh. The GCC condemned the attack."
    )
    assert _names_of(ex, "GCC") == {("Gulf Cooperation Council", ORG)}


def test_codeco_faction_is_its_own_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Army spokesmen blamed CODECO fighters of the URDPC wing for the raid near Bunia. The URDPC, or "
        "Union of Revolutionaries for the Defence of the Congolese People, is the largest CODECO faction."
    )
    assert {m.name for m in ex.mentions if m.text == "URDPC"} == {
        "Union of Revolutionaries for the Defence of the Congolese People"
    }
    assert ("CODECO", GROUP) in typed(ex)


def test_tunisian_jund_al_khilafa_where_tunisia_is_the_story(extract_text: Extract) -> None:
    ex = extract_text(
        "Jund al-Khilafa claimed the bombing of an army vehicle near Kasserine, in western Tunisia. The "
        "group pledged allegiance to the Islamic State in 2014."
    )
    assert {m.name for m in ex.mentions if m.text == "Jund al-Khilafa"} == {"Jund al-Khilafa in Tunisia"}


def test_algerian_jund_al_khilafa_where_algeria_is_the_story(extract_text: Extract) -> None:
    ex = extract_text(
        "Jund al-Khilafa kidnapped a French hiker in the Djurdjura mountains of Algeria in 2014, days after "
        "it pledged allegiance to the Islamic State."
    )
    assert {m.name for m in ex.mentions if m.text == "Jund al-Khilafa"} == {"Jund al-Khilafah in Algeria"}


def test_known_acronym_with_a_faction_mark_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Officials said the NSCN-KK had denied the ambush, and a communiqué of the FLNC du 5 mai was found "
        "near Bastia."
    )
    assert ("NSCN-KK", GROUP) in typed(ex)
    assert ("FLNC du 5 mai", GROUP) in typed(ex)


def test_known_acronym_before_a_lower_case_word_or_a_body_is_no_faction(extract_text: Extract) -> None:
    ex = extract_text(
        "A PKK-linked website said officials of UN-Habitat had left the town near the Syrian border, and "
        "the PFLP-General Command denied it."
    )
    assert not any(m.type is GROUP and "-" in m.name for m in ex.mentions)

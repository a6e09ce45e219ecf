"""Round thirty-nine (lead): a group's acronym with a short tag in brackets ("the ULFA (I)", "the NSCN (K-YA)") is
a faction of its own, or the gazetteer's entry however it is spaced, while a full name's bracket stays its acronym;
"who had earlier spoken for G" ties a man to the group; "the province, G, with P as its governor"; "A and B formed
an alliance, C" makes each a part of C; "a group set up in X in 2018" places it; a table's "Allies", "Rivals" and
"Leader" columns, and a "splinter of" under its parent column. Every sentence was written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from readings import facts, has_fact, only_attack, perpetrators, statuses, typed

from kg.model import ClaimStatus, EntityType, Extraction

Extract = Callable[..., Extraction]


# ---------------------------------------------------------------- factions named by a tag in brackets


def test_a_tag_in_brackets_after_a_known_acronym_is_a_faction_of_its_own(extract_text: Extract) -> None:
    ex = extract_text(
        "The NSCN (K-YA) said its cadres had struck the convoy. The statement was signed by Wangsu Yanlam, the "
        "NSCN (K-YA)'s deputy information secretary."
    )
    assert ("NSCN (K-YA)", EntityType.GROUP) in typed(ex)
    assert has_fact(ex, "Wangsu Yanlam", "affiliatedWith", "NSCN (K-YA)")
    assert not any("National Socialist Council of Nagaland" in o for _, _, o in facts(ex))


def test_a_bracketed_faction_the_gazetteer_knows_unspaced_is_that_entry(extract_text: Extract) -> None:
    ex = extract_text("The ULFA (I), headed by Paresh Baruah, rejected the talks.")
    assert has_fact(ex, "Paresh Baruah", "affiliatedWith", "United Liberation Front of Asom (Independent)")


def test_a_bracketed_acronym_place_or_alias_is_no_faction(extract_text: Extract) -> None:
    ex = extract_text(
        "Ansar al-Islam (AAI), Boko Haram (JAS), the Union for Peace in the Central African Republic (UPC) and "
        "the ISIS (IS) were named in the report on Monday."
    )
    names = {n for n, _ in typed(ex)}
    assert {"Ansar al-Islam", "Boko Haram", "Islamic State"} <= names
    assert not any("(" in n for n in names)


# ---------------------------------------------------------------- men and their groups


def test_a_man_who_had_earlier_spoken_for_a_group(extract_text: Extract) -> None:
    ex = extract_text("Its spokesman was Ehsanullah Ehsan, who had earlier spoken for the TTP itself.")
    assert has_fact(ex, "Ehsanullah Ehsan", "affiliatedWith", "Tehrik-i-Taliban Pakistan")


def test_a_man_who_speaks_for_the_members_of_a_group(extract_text: Extract) -> None:
    ex = extract_text("Omar Hamid, who had long spoken for members of the Continuity IRA, denied the charge.")
    assert has_fact(ex, "Omar Hamid", "affiliatedWith", "Continuity IRA")


def test_a_new_province_with_him_as_its_governor(extract_text: Extract) -> None:
    ex = extract_text(
        "The spokesman accepted the pledges and announced a new province, Wilayat Qawqaz (Caucasus Province, "
        "often rendered as Vilayat Kavkaz), with Rustam Asildarov as its governor."
    )
    assert has_fact(ex, "Rustam Asildarov", "affiliatedWith", "Islamic State Caucasus Province")


def test_with_him_as_their_interpreter_is_no_office_of_the_group(extract_text: Extract) -> None:
    ex = extract_text("Taliban envoys met Hamas officials in Doha, with Ahmed Saleh as their interpreter.")
    assert not any(s == "Ahmed Saleh" for s, _, _ in facts(ex))


def test_a_scholar_who_studies_a_subject_at_a_centre(extract_text: Extract) -> None:
    ex = extract_text(
        '"It was a warning," said Leila Farahani, who studies Iranian security at the Gulf Research Centre.'
    )
    assert has_fact(ex, "Leila Farahani", "affiliatedWith", "Gulf Research Centre")


def test_one_who_teaches_children_at_a_school_in_a_town_names_no_body(extract_text: Extract) -> None:
    ex = extract_text("Mr Khan, who teaches children at a school in Kabul, said the Taliban had closed it.")
    assert not any(s == "Khan" or s.endswith(" Khan") for s, _, _ in facts(ex))


# ---------------------------------------------------------------- blocs and grounds


def test_groups_that_formed_a_named_alliance_are_its_parts(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2023 the Hafiz Gul Bahadur group and Lashkar-e-Islam were reported to have formed an alliance, "
        "Ittehad-ul-Mujahideen Pakistan (IMP), which has since claimed attacks."
    )
    assert has_fact(ex, "Hafiz Gul Bahadur group", "affiliateOf", "Ittehad-ul-Mujahideen Pakistan")
    assert has_fact(ex, "Lashkar-e-Islam", "affiliateOf", "Ittehad-ul-Mujahideen Pakistan")


def test_groups_that_formed_a_coalition_called_by_name(extract_text: Extract) -> None:
    ex = extract_text(
        "JNIM, Ansarul Islam and the Katiba Macina formed a new coalition called the Sahel Front."
    )
    for member in ("Jama'at Nusrat al-Islam wal-Muslimin", "Ansarul Islam", "Katiba Macina"):
        assert has_fact(ex, member, "affiliateOf", "Sahel Front")


def test_a_group_set_up_in_a_country_operates_there(extract_text: Extract) -> None:
    ex = extract_text(
        "He shared videos by The Base, a group set up in the United States in 2018, and by the Feuerkrieg "
        "Division, a smaller network founded in Estonia."
    )
    assert has_fact(ex, "The Base (neo-Nazi group)", "operatesIn", "United States")
    assert has_fact(ex, "Feuerkrieg Division", "operatesIn", "Estonia")


# ---------------------------------------------------------------- tables


TABLE = (
    "Sectarian groups\n\nThe main actors are Sipah-e-Sahaba Pakistan (SSP), Lashkar-e-Jhangvi (LeJ), Lashkar-e-Jhangvi "
    "al-Alami (LeJ-A), the Shia Tehrik-e-Jafaria Pakistan (TJP) and Sipah-e-Muhammad Pakistan (SMP).\n\n"
    "| Group | Parent or origin | Allies | Rivals | Leader |\n|---|---|---|---|---|\n"
    "| SSP | - | LeJ (covertly) | TJP, SMP | - |\n"
    "| LeJ | splinter of SSP | al-Qaeda, TTP | SMP | Malik Ishaq |\n"
    "| TTP | wing of al-Qaeda | - | - | - |\n"
)


def test_a_tables_allies_rivals_and_leader_columns(extract_text: Extract) -> None:
    ex = extract_text(TABLE)
    assert has_fact(ex, "Lashkar-e-Jhangvi", "alliedWith", "al-Qaeda")
    assert has_fact(ex, "Sipah-e-Sahaba Pakistan", "rivalOf", "Tehrik-e-Jafaria Pakistan")
    assert has_fact(ex, "Malik Ishaq", "affiliatedWith", "Lashkar-e-Jhangvi")


def test_a_splinter_of_under_a_parent_column_is_where_the_group_came_from(extract_text: Extract) -> None:
    ex = extract_text(TABLE)
    assert has_fact(ex, "Lashkar-e-Jhangvi", "formedFrom", "Sipah-e-Sahaba Pakistan")
    assert not has_fact(ex, "Lashkar-e-Jhangvi", "affiliateOf", "Sipah-e-Sahaba Pakistan")
    assert has_fact(ex, "Tehrik-i-Taliban Pakistan", "affiliateOf", "al-Qaeda")


def test_a_table_of_attacks_has_no_allies(extract_text: Extract) -> None:
    ex = extract_text(
        "Attacks\n\n| Date | Place | Group | Killed |\n|---|---|---|---|\n"
        "| 2025-03-05 | Panjgur | BLF | 4 |\n| 2025-03-16 | Kalat | BLA | 9 |\n"
    )
    assert not any(p in ("alliedWith", "rivalOf") for _, p, _ in facts(ex))


# ---------------------------------------------------------------- more men, outlets and grounds


def test_whose_spokesman_using_the_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Officials blamed Lashkar-e-Jhangvi, whose spokesman, using the name Ali bin Sufyan, claimed the assault."
    )
    assert has_fact(ex, "Ali bin Sufyan", "affiliatedWith", "Lashkar-e-Jhangvi")


def test_the_leader_of_a_split_leads_the_splinter(extract_text: Extract) -> None:
    ex = extract_text(
        "Hizb-ul-Ahrar split from Jamaat-ul-Ahrar in November 2017, led by Mukarram Khan, a commander who objected "
        "to the leadership. Jamaat-ul-Ahrar broke away from the TTP in August 2014 under Omar Khalid Khorasani."
    )
    assert has_fact(ex, "Mukarram Khan", "affiliatedWith", "Hizb-ul-Ahrar")
    assert not has_fact(ex, "Mukarram Khan", "affiliatedWith", "Jamaat-ul-Ahrar")
    assert has_fact(ex, "Omar Khalid Khorasani", "affiliatedWith", "Jamaat-ul-Ahrar")


def test_a_split_under_pressure_names_no_leader(extract_text: Extract) -> None:
    ex = extract_text(
        "Jamaat-ul-Ahrar split from the TTP in 2014 under pressure from the army chief, General Raheel Sharif."
    )
    assert not has_fact(ex, "Raheel Sharif", "affiliatedWith", "Jamaat-ul-Ahrar")


def test_the_leaders_of_the_founding_militants_lead_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Lashkar-e-Jhangvi was formed in 1996 by Sipah-e-Sahaba militants, led by Riaz Basra, Malik Ishaq and "
        "Akram Lahori, who accused the parent movement of going soft."
    )
    for man in ("Riaz Basra", "Malik Ishaq", "Akram Lahori"):
        assert has_fact(ex, man, "affiliatedWith", "Lashkar-e-Jhangvi")


def test_an_outlet_named_before_its_owner_speaks(extract_text: Extract) -> None:
    ex = extract_text(
        "In a statement carried late on Friday by its Amaq news agency, the Islamic State said two of its men had "
        "opened fire."
    )
    assert has_fact(ex, "Amaq News Agency", "affiliateOf", "Islamic State")


def test_a_group_is_not_a_part_of_the_outlet_named_as_its_own(extract_text: Extract) -> None:
    ex = extract_text("In a video released through its az-Zallaqa outlet, JNIM claimed the raid.")
    assert not has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "affiliateOf", "al-Zallaqa Media")


def test_a_report_by_a_broadcaster_is_not_the_speakers_outlet(extract_text: Extract) -> None:
    ex = extract_text("In a report by its correspondent on the BBC, Hamas said it was ready to talk.")
    assert not any(p == "affiliateOf" for _, p, _ in facts(ex))


def test_the_provisionals_are_the_provisional_ira(extract_text: Extract) -> None:
    ex = extract_text("The Real IRA had itself broken away from the Provisionals in 1997.")
    assert has_fact(ex, "Real IRA", "formedFrom", "Provisional IRA")


def test_one_of_several_groups_still_active_in_a_country(extract_text: Extract) -> None:
    ex = extract_text(
        "He believed the men were members of the Continuity IRA, one of several dissident republican groups still "
        "active in Ireland, on the date in question."
    )
    assert has_fact(ex, "Continuity IRA", "operatesIn", "Ireland")


def test_its_remaining_strength_concentrated_in_counties(extract_text: Extract) -> None:
    ex = extract_text(
        "He said the CIRA was now a fragmented organisation, weakened by arrests and feuds, with its remaining "
        "strength concentrated in the border counties of Louth and Monaghan."
    )
    assert has_fact(ex, "Continuity IRA", "operatesIn", "Louth")
    assert has_fact(ex, "Continuity IRA", "operatesIn", "Monaghan")


def test_fighters_alongside_rebels_of_another_group(extract_text: Extract) -> None:
    ex = extract_text("Mai-Mai Yakutumba fighters operate hand in hand with Burundian rebels of the FNL.")
    assert has_fact(ex, "Mai-Mai Yakutumba", "alliedWith", "National Forces of Liberation")


def test_led_by_right_after_the_body_left_is_that_bodys_leader(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2007 a faction calling itself the Komala of the Toilers of Kurdistan broke away from the Komala Party "
        "of Iranian Kurdistan, led by Abdullah Mohtadi."
    )
    assert not has_fact(ex, "Abdullah Mohtadi", "affiliatedWith", "Komala of the Toilers of Kurdistan")


# ---------------------------------------------------------------- attacks and their attackers


def test_attackers_thought_to_belong_to_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen ambushed a patrol near Khethong on Friday, killing two soldiers. He said the attackers were "
        "thought to belong to the NSCN (K-YA)."
    )
    assert statuses(only_attack(ex)) == {"NSCN (K-YA)": ClaimStatus.SUSPECTED}


def test_a_group_that_had_been_responsible_for_a_murder(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors said the CIRA had been responsible for the murder of a constable who was shot dead in "
        "Craigavon in March 2009."
    )
    assert perpetrators(only_attack(ex)) == {"Continuity IRA"}


def test_a_group_linked_to_an_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Authorities have previously linked the Santa Rosa de Lima cartel to a July 2020 attack on a drug "
        "rehabilitation centre in Irapuato, in which gunmen killed at least 24 people."
    )
    assert perpetrators(only_attack(ex)) == {"Cartel Santa Rosa de Lima"}


def test_a_group_linked_to_a_state_is_not_its_attacks_author(extract_text: Extract) -> None:
    ex = extract_text(
        "The police said Hamas, which is linked to Iran, had nothing to do with the attack on a clinic in "
        "Irapuato on Monday, in which gunmen killed 24 people."
    )
    assert "Hamas" not in perpetrators(only_attack(ex))


def test_the_first_of_two_groups_whose_fighters_attacked(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighters of the Arambai Tenggol and the UNLF-P attacked a hamlet near Chotobekra on Monday, killing three "
        "people."
    )
    assert perpetrators(only_attack(ex)) == {"Arambai Tenggol", "UNLF-P"}


def test_the_group_attacked_beside_the_army_is_no_attacker(extract_text: Extract) -> None:
    ex = extract_text(
        "JNIM fighters attacked a base of ISSP and the army near Menaka on Monday, killing three soldiers."
    )
    assert perpetrators(only_attack(ex)) == {"Jama'at Nusrat al-Islam wal-Muslimin"}


def test_a_peoples_name_is_no_person_and_a_ridge_above_a_name_is_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Armed Meitei men attacked a Hmar hamlet on the ridge above Chotobekra on Monday, the Hmar Inpui said."
    )
    found = typed(ex)
    assert ("Chotobekra", EntityType.LOCATION) in found
    assert not any(n in ("Meitei", "Hmar") for n, _ in found)


def test_a_castle_is_a_place_not_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2016 gunmen killed ten people at Karak Castle, a Crusader fortress in southern Jordan."
    )
    assert ("Karak Castle", EntityType.LOCATION) in typed(ex)


def test_a_member_for_a_constituency_sits_in_the_assembly(extract_text: Extract) -> None:
    ex = extract_text(
        "Ali Asghar Pakdel, who represents Shiraz in the Majlis, the Iranian parliament, blamed the MEK."
    )
    assert has_fact(ex, "Ali Asghar Pakdel", "affiliatedWith", "Islamic Consultative Assembly")


def test_one_who_represents_a_city_in_talks_joins_no_body(extract_text: Extract) -> None:
    ex = extract_text("Ali Khan, who represents Kabul in talks with the Taliban, said the road was open.")
    assert not has_fact(ex, "Ali Khan", "affiliatedWith", "Taliban")


def test_a_canton_or_an_irish_county_named_by_its_kind_is_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "A Co Louth man was found guilty of keeping explosives at a farm in Co Monaghan. His cousin lived in the "
        "canton of Ticino until Ticino police arrested him."
    )
    found = typed(ex)
    for place in ("Co Louth", "Co Monaghan", "Ticino"):
        assert (place, EntityType.LOCATION) in found


def test_a_prefect_named_before_his_post_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Koffi Ambroise Tanoh, the prefect of the Bounkani region, told reporters the attackers had fled."
    )
    assert ("Koffi Ambroise Tanoh", EntityType.PERSON) in typed(ex)


def test_letters_defined_after_a_hyphenated_name_beat_the_gazetteers(extract_text: Extract) -> None:
    ex = extract_text("Hizb-ul-Ahrar (HuA) split from Jamaat-ul-Ahrar in 2017. HuA claimed the bombing.")
    assert not any("Harkat" in n for n, _ in typed(ex))
    assert has_fact(ex, "Hizb-ul-Ahrar", "formedFrom", "Jamaat-ul-Ahrar")


def test_letters_defined_longer_than_a_known_acronym_name_the_new_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Lashkar-e-Jhangvi al-Alami (LeJ-A) is a wing of Lashkar-e-Jhangvi. Officials blamed LeJ-A for the "
        "assault on the academy in Quetta, which killed 61 cadets."
    )
    assert has_fact(ex, "Lashkar-e-Jhangvi al-Alami", "affiliateOf", "Lashkar-e-Jhangvi")
    assert perpetrators(only_attack(ex)) == {"Lashkar-e-Jhangvi al-Alami"}

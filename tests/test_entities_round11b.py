"""Entities, eleventh round (b): places named by the words around them, names that are no one's, new groups.

Every sentence was written for these tests. A Philippine barangay, a settlement, a neighbourhood, a place
a convoy heads towards, a name listed with known places, a district or a river named with its head word
are places. Two nationalities joined, a clock, a byline's role, a wire story's credits, the platform a
statement went out on and the words of a minister's title name nothing. A creed before "militant group"
describes the group. Real groups the gazetteer lacked, and armed wings and successors it had folded into
their parents, are their own groups. Each phrasing stands beside a near miss.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
G, ORG, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION


def names(extraction: Extraction) -> set[str]:
    return {m.name for m in extraction.mentions}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Troops were checking reports of extortion in Barangay Hinagonoyan when rebels opened fire.",
            "Barangay Hinagonoyan",
        ),
        (
            "The shooting killed a soldier near the settlement of Shavei Shomron in October 2022.",
            "Shavei Shomron",
        ),
        ("The bomb went off as troops entered the camp's Hawashin neighbourhood.", "Hawashin"),
        (
            "Two peacekeepers were killed as they escorted a convoy towards Bocaranga, mission spokesperson "
            "Florence Ndiaye said.",
            "Bocaranga",
        ),
        (
            "Havildar Sher Zaman (resident of Lakki Marwat District) was killed in the attack.",
            "Lakki Marwat District",
        ),
        (
            "The group's territory is the Valley of the Apurímac, Ene and Mantaro Rivers, a region of steep ridges.",
            "Valley of the Apurímac, Ene and Mantaro Rivers",
        ),
    ],
)
def test_a_name_the_words_around_make_a_place_is_a_place(
    extract_text: Extract, sentence: str, place: str
) -> None:
    found = typed(extract_text(sentence))
    assert (place, L) in found
    assert (place, P) not in found
    assert (place, ORG) not in found


def test_barangay_alone_before_a_title_names_no_body_and_the_official_stays_a_person(
    extract_text: Extract,
) -> None:
    found = typed(extract_text("Barangay chairman Juan Santos said the rebels had fled."))
    assert ("Juan Santos", P) in found
    assert not any(name == "Barangay" for name, _ in found)


def test_a_state_body_ending_in_department_stays_an_organisation(extract_text: Extract) -> None:
    found = typed(extract_text("The State Department condemned the attack on Monday."))
    assert not any(t is L for _, t in found)


def test_names_listed_with_a_known_place_after_a_word_for_where_are_places(extract_text: Extract) -> None:
    found = typed(
        extract_text(
            "The faction is based in the marshes, the area covering Shariff Aguak, Pagatin, Mamasapano and "
            "Shariff Saydona Mustapha, he said."
        )
    )
    for place in ("Pagatin", "Mamasapano", "Shariff Saydona Mustapha"):
        assert (place, L) in found
        assert (place, P) not in found


def test_people_named_after_a_place_that_opens_the_sentence_stay_people(extract_text: Extract) -> None:
    found = typed(extract_text("In Kabul, Ahmad Wali and Karim Sadiq said the talks had failed."))
    assert ("Ahmad Wali", P) in found
    assert ("Karim Sadiq", P) in found


@pytest.mark.parametrize(
    ("sentence", "not_a_name"),
    [
        (
            "An Iraqi-American contractor was killed near the Syrian-Jordanian border, officials said.",
            "Iraqi-American",
        ),
        (
            "An Iraqi-American contractor was killed near the Syrian-Jordanian border, officials said.",
            "Syrian-Jordanian",
        ),
        (
            "Staff Correspondent | Dhaka | Published: 13 May 2025, 18:25\n\nA court jailed four men.",
            "Staff Correspondent",
        ),
        ("By Gulf Wire staff | November 4, 2025 | 11:52 GMT\n\nGunmen killed five police.", "GMT"),
        (
            "Gunmen killed five police.\n\n(Reporting by the Tehran newsroom; additional reporting by the Islamabad "
            "bureau; editing by the Dubai desk)",
            "Dubai",
        ),
        ("The commandos, from the 210th battalion, were returning from a search operation.", "210th"),
        ("Union Home Minister Amit Shah has set a deadline of March 31 to end the insurgency.", "Union Home"),
        (
            "Jaish al-Adl said in a statement posted on its Telegram channel on Monday that it carried out the raid.",
            "Telegram",
        ),
        ("Mujahid said in a post on X in July that no armed group was active in the country.", "X"),
    ],
)
def test_words_that_name_nothing_are_no_entity(extract_text: Extract, sentence: str, not_a_name: str) -> None:
    extraction = extract_text(sentence)
    assert not any(m.text == not_a_name for m in extraction.mentions)


def test_a_country_with_a_hyphen_in_its_name_stays_a_place(extract_text: Extract) -> None:
    found = typed(extract_text("Guinea-Bissau and Timor-Leste signed the accord in Lisbon."))
    assert ("Guinea-Bissau", L) in found


def test_a_place_outside_a_wire_storys_credits_stays_a_place(extract_text: Extract) -> None:
    assert ("Dubai", L) in typed(extract_text("Police in Dubai said the suspect was held overnight."))


def test_a_masthead_that_names_a_paper_stays_the_paper(extract_text: Extract) -> None:
    found = typed(extract_text("Somali Dispatch | Mogadishu | 19 March 2025\n\nGunmen attacked a hotel."))
    assert ("Somali Dispatch", ORG) in found


def test_a_platform_the_story_is_about_stays_named(extract_text: Extract) -> None:
    extraction = extract_text(
        "Recruiters look for lonely young men on Telegram and TikTok, the prosecutor said."
    )
    assert "Telegram" in {m.text for m in extraction.mentions}


def test_a_surname_cut_to_its_initial_ends_at_its_full_stop(extract_text: Extract) -> None:
    found = typed(
        extract_text("The defendant, identified only as Thomas K. under German privacy rules, fired.")
    )
    assert ("Thomas K.", P) in found
    assert not any(name.endswith("under") for name, _ in found)


def test_a_surname_cut_to_its_initial_before_a_verb_keeps_its_full_stop(extract_text: Extract) -> None:
    assert ("Jörg S.", P) in typed(extract_text("Jörg S. told the court he had no regrets."))


def test_a_creed_before_militant_group_is_no_group(extract_text: Extract) -> None:
    found = typed(
        extract_text("Five police were killed in an attack claimed by the Sunni militant group Jaish al-Adl.")
    )
    assert ("Sunni", G) not in found
    assert ("Jaish al-Adl", G) in found


def test_a_named_faction_the_gazetteer_knows_is_that_faction(extract_text: Extract) -> None:
    extraction = extract_text(
        "The general blamed the Karialan faction of the Bangsamoro Islamic Freedom Fighters (BIFF) for the blast."
    )
    ids = {m.gazetteer_id for m in extraction.mentions if m.type is G}
    assert "group:karialan_faction" in ids
    assert "group:bangsamoro_islamic_freedom_fighters" in ids


@pytest.mark.parametrize(
    ("sentence", "surface", "gid"),
    [
        (
            "The Maoists' armed wing, the People's Liberation Guerrilla Army (PLGA), claimed the blast.",
            "People's Liberation Guerrilla Army",
            "group:peoples_liberation_guerrilla_army",
        ),
        (
            "Troops destroyed camps of the Militarized Communist Party of Peru, a remnant of the Shining Path.",
            "Militarized Communist Party of Peru",
            "group:militarized_communist_party_of_peru",
        ),
        (
            "Saraya Ansar al-Sunna claimed the church bombing in Damascus.",
            "Saraya Ansar al-Sunna",
            "group:saraya_ansar_al_sunna",
        ),
        (
            "Fighters loyal to Hamas or the Aqsa Brigades clashed with police.",
            "Aqsa Brigades",
            "group:al_aqsa_martyrs_brigades",
        ),
        (
            "Officials blamed fighters of the 3R rebel group for the ambush.",
            "3R",
            "group:retour_reclamation_et_rehabilitation",
        ),
        (
            "Raids targeted the Reichsbürger movement across Bavaria.",
            "Reichsbürger movement",
            "group:reichsburger_movement",
        ),
        (
            "The CPI (Maoist) was formed from the People's War Group and the Maoist Communist Centre of India.",
            "People's War Group",
            "group:peoples_war_group",
        ),
        (
            "Islamic Emirate spokesman Zabihullah Mujahid denied the report.",
            "Islamic Emirate",
            "group:taliban",
        ),
    ],
)
def test_a_real_group_is_known_by_its_own_entry(
    extract_text: Extract, sentence: str, surface: str, gid: str
) -> None:
    extraction = extract_text(sentence)
    assert any(m.text == surface and m.gazetteer_id == gid for m in extraction.mentions)


@pytest.mark.parametrize(
    ("sentence", "surface", "gid"),
    [
        (
            "The Communist Party of India (Maoist) was formed in 2004.",
            "Communist Party of India (Maoist)",
            "group:communist_party_of_india_maoist",
        ),
        (
            "The Shining Path waged war on the Peruvian state in the 1980s.",
            "Shining Path",
            "group:shining_path",
        ),
        (
            "Ansar al-Sunna fighters attacked a checkpoint near Mosul in 2005.",
            "Ansar al-Sunna",
            "group:ansar_al_islam",
        ),
    ],
)
def test_a_parent_group_keeps_its_own_entry(
    extract_text: Extract, sentence: str, surface: str, gid: str
) -> None:
    extraction = extract_text(sentence)
    assert any(m.text == surface and m.gazetteer_id == gid for m in extraction.mentions)


def test_a_son_named_beside_his_father_is_his_own_person(extract_text: Extract) -> None:
    extraction = extract_text(
        "Ahmad Massoud, the son of the late commander Ahmad Shah Massoud, leads the front from exile."
    )
    assert any(m.text == "Ahmad Massoud" and m.name == "Ahmad Massoud" for m in extraction.mentions)


def test_a_shorter_form_of_a_name_is_still_the_same_person(extract_text: Extract) -> None:
    extraction = extract_text(
        "Khalil Haqqani, a senior minister, was killed. Khalil Rahman Haqqani had been in charge of refugees."
    )
    assert any(m.text == "Khalil Haqqani" and m.name == "Khalil Rahman Haqqani" for m in extraction.mentions)


def test_two_acronyms_joined_by_a_hyphen_are_one_name(extract_text: Extract) -> None:
    extraction = extract_text(
        "Members of the Imbonerakure, the youth league of Burundi's ruling CNDD-FDD party, were seen in Uvira."
    )
    assert ("CNDD-FDD", ORG) in typed(extraction)
    assert not any(m.text == "FDD" for m in extraction.mentions)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The AFP-PNP task force arrested him in Cotabato.", {"AFP", "PNP"}),
        ("The FDLR-FOCA fought the M23 near Rutshuru.", {"FDLR"}),
        ("US-UK talks resumed in London on Monday.", {"US", "UK"}),
    ],
)
def test_acronyms_the_gazetteer_knows_apart_stay_apart(
    extract_text: Extract, sentence: str, kept: set[str]
) -> None:
    assert kept <= {m.text for m in extract_text(sentence).mentions}


def test_a_name_called_a_terrorist_organisation_is_a_group(extract_text: Extract) -> None:
    found = typed(
        extract_text(
            "Prosecutors charged nine people with forming a terrorist organisation, the so-called Patriotic "
            "Union, that planned to storm the Bundestag."
        )
    )
    assert ("Patriotic Union", G) in found


def test_a_name_called_a_charity_organisation_is_no_group(extract_text: Extract) -> None:
    found = typed(extract_text("He donated to a charity organisation, the Patriotic Union, last year."))
    assert ("Patriotic Union", G) not in found


def test_a_name_ending_in_a_word_for_a_force_is_no_facility(extract_text: Extract) -> None:
    found = typed(
        extract_text(
            "Maoists blew up a vehicle, killing eight personnel of the District Reserve Guard (DRG)."
        )
    )
    assert ("District Reserve Guard", ORG) in found
    assert ("District Reserve Guard", L) not in found


def test_a_facility_named_as_one_stays_a_place(extract_text: Extract) -> None:
    found = typed(extract_text("Gunmen stormed the Sahafi Hotel in Mogadishu on Sunday."))
    assert ("Sahafi Hotel", L) in found


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A suspect in Reuth bei Erbendorf shot and wounded a police officer.", "Reuth bei Erbendorf"),
        ("The court in Weiden in der Oberpfalz sat for nine days.", "Weiden in der Oberpfalz"),
        ("The attack happened near Pul-i-Khumri, the capital of Baghlan province.", "Pul-i-Khumri"),
    ],
)
def test_a_town_named_with_the_place_it_lies_by_is_one_place(
    extract_text: Extract, sentence: str, place: str
) -> None:
    found = {(m.text, m.type) for m in extract_text(sentence).mentions}
    assert (place, L) in found


def test_a_court_named_after_such_a_town_takes_the_whole_name(extract_text: Extract) -> None:
    found = typed(extract_text("The Regional Court of Weiden in der Oberpfalz found him guilty on Friday."))
    assert ("Regional Court of Weiden in der Oberpfalz", ORG) in found
    assert not any(t is P for _, t in found)


def test_a_quoted_alias_is_the_same_person(extract_text: Extract) -> None:
    extraction = extract_text(
        'In August 2013 troops killed Alejandro Borda Casafranca, alias "Comrade Alipio", the chief military '
        "commander, near Llochegua."
    )
    assert any(
        m.text == "Comrade Alipio" and m.name == "Alejandro Borda Casafranca" for m in extraction.mentions
    )


def test_a_quoted_phrase_after_a_name_without_an_alias_word_is_not_his_name(extract_text: Extract) -> None:
    extraction = extract_text(
        'Alejandro Borda Casafranca called the raid "a Comrade Alipio operation" in a statement from Lima.'
    )
    assert not any(m.text == "Alejandro Borda Casafranca" and m.name != m.text for m in extraction.mentions)


def test_a_bakery_named_as_the_site_of_a_siege_is_a_place(extract_text: Extract) -> None:
    found = typed(
        extract_text("Police say it was behind the siege of the Holey Artisan Bakery in Dhaka in 2016.")
    )
    assert ("Holey Artisan Bakery", L) in found


@pytest.mark.parametrize(
    ("sentence", "station", "town"),
    [
        (
            "The cell threw grenades at a police van near Tongi railway station in Gazipur.",
            "Tongi railway station",
            "Tongi",
        ),
        ("A grenade exploded at the Sopore bus stand on Monday.", "Sopore bus stand", "Sopore"),
    ],
)
def test_a_towns_station_is_a_place_and_the_town_stays_named(
    extract_text: Extract, sentence: str, station: str, town: str
) -> None:
    found = {(m.text, m.type) for m in extract_text(sentence).mentions}
    assert (station, L) in found
    assert (town, L) in found


def test_a_town_without_a_station_after_it_is_only_the_town(extract_text: Extract) -> None:
    found = {m.text for m in extract_text("A grenade exploded at a bus stop in Sopore on Monday.").mentions}
    assert "Sopore" in found
    assert not any("bus" in name for name in found)


def test_the_two_towns_a_road_joins_are_two_places(extract_text: Extract) -> None:
    found = typed(
        extract_text("The device exploded on the Awapalli-Basaguda road near the village of Murdanda.")
    )
    assert ("Awapalli", L) in found
    assert ("Basaguda", L) in found
    assert not any("-" in name for name, _ in found)


@pytest.mark.parametrize(
    ("sentence", "operation"),
    [
        (
            "The north is covered by Operation Koundjoaré, under which several thousand troops have been deployed.",
            "Operation Koundjoaré",
        ),
        (
            "Uganda joined a joint offensive against the ADF in eastern Congo known as Operation Shujaa.",
            "Operation Shujaa",
        ),
    ],
)
def test_an_operation_the_words_make_a_standing_force_is_an_organisation(
    extract_text: Extract, sentence: str, operation: str
) -> None:
    assert (operation, ORG) in typed(extract_text(sentence))


def test_an_operation_named_as_a_time_is_no_organisation(extract_text: Extract) -> None:
    assert ("Operation Desert Storm", ORG) not in typed(
        extract_text("During Operation Desert Storm, the city was bombed.")
    )


def test_a_two_word_nationality_is_no_name_and_the_country_stays_a_place(extract_text: Extract) -> None:
    extraction = extract_text("A Sri Lankan court jailed him. Police in Sri Lanka said he had fled.")
    assert not any(m.text == "Sri Lankan" for m in extraction.mentions)
    assert ("Sri Lanka", L) in {(m.text, m.type) for m in extraction.mentions}


@pytest.mark.parametrize(
    ("sentence", "community"),
    [
        ("Twirwaneho is a Banyamulenge self-defence militia in the high plateaux.", "Banyamulenge"),
        ("The area is torn by a chieftaincy dispute between Kusasi and Mamprusi factions.", "Kusasi"),
    ],
)
def test_a_community_is_no_organisation(extract_text: Extract, sentence: str, community: str) -> None:
    assert not any(m.text == community for m in extract_text(sentence).mentions)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The bomber struck a checkpoint in the Shahr-e Naw district of Kabul on Monday.", "Shahr-e Naw"),
        ("Fighting spread to Pul-e Alam and Qala-i-Naw.", "Pul-e Alam"),
        ("Fighting spread to Qala-i-Naw on Tuesday.", "Qala-i-Naw"),
    ],
)
def test_a_persian_place_name_joined_by_the_izafe_is_one_place(
    extract_text: Extract, sentence: str, place: str
) -> None:
    assert (place, L) in {(m.text, m.type) for m in extract_text(sentence).mentions}


def test_a_mans_name_joined_by_ul_stays_a_person(extract_text: Extract) -> None:
    assert ("Zia-ul-Haq", P) in typed(extract_text("Former president Zia-ul-Haq ruled Pakistan until 1988."))


def test_sri_lanka_thowheed_jamath_is_a_known_group(extract_text: Extract) -> None:
    extraction = extract_text("The Sri Lanka Thowheed Jamath (SLTJ) denied any link to the bombers.")
    assert "group:sri_lanka_thowheed_jamath" in {m.gazetteer_id for m in extraction.mentions}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Hundreds of worshippers laid flowers outside the church on Ngagel Madya street this morning.",
            "Ngagel Madya",
        ),
        (
            "Channel funding to border communes such as Karimama and Malanville, where the state is weak.",
            "Karimama",
        ),
        ("Police arrested five men in Kattankudy and nearby Eravur who had links to the bombers.", "Eravur"),
    ],
)
def test_a_name_before_street_in_a_list_of_communes_or_nearby_is_a_place(
    extract_text: Extract, sentence: str, place: str
) -> None:
    found = typed(extract_text(sentence))
    assert (place, L) in found
    assert (place, P) not in found


def test_a_body_named_after_a_town_keeps_the_towns_name(extract_text: Extract) -> None:
    found = typed(
        extract_text("Anna Kovalenko, a researcher at the Carnegie Russia Eurasia Center in Berlin, said so.")
    )
    assert ("Carnegie Russia Eurasia Center", ORG) in found
    assert ("Berlin", L) in found


def test_a_town_before_a_body_not_named_after_it_stays_the_town(extract_text: Extract) -> None:
    found = typed(extract_text("A researcher in Kabul Afghanistan Analysts Network said so."))
    assert ("Afghanistan Analysts Network", ORG) in found


def test_a_nationality_before_a_generic_body_names_another_body(extract_text: Extract) -> None:
    extraction = extract_text(
        "said Hodan Ali Yusuf, a researcher at the Mogadishu-based Somali Institute for Security Studies."
    )
    assert any(
        m.name == "Somali Institute for Security Studies" and m.type is ORG for m in extraction.mentions
    )


def test_the_generic_body_without_a_nationality_is_the_one_the_gazetteer_knows(extract_text: Extract) -> None:
    extraction = extract_text("said a researcher at the Institute for Security Studies in Pretoria.")
    assert "org:iss-africa" in {m.gazetteer_id for m in extraction.mentions}


def test_a_place_taken_with_its_province_is_two_places(extract_text: Extract) -> None:
    found = {
        (m.text, m.type)
        for m in extract_text("Its units hold large parts of Nineveh's Sinjar district.").mentions
    }
    assert ("Nineveh", L) in found
    assert ("Sinjar district", L) in found


def test_daesh_khorasan_is_the_khorasan_province(extract_text: Extract) -> None:
    extraction = extract_text(
        "Troops raided a hideout of khwarij of Daesh Khorasan (ISKP), the regional affiliate of Daesh."
    )
    assert any(
        m.text == "Daesh Khorasan" and m.gazetteer_id == "group:islamic_state_khorasan_province"
        for m in extraction.mentions
    )

"""Round twenty (e): a second breadth pass over the gazetteer's real groups.

Groups the first pass (round twenty b) did not reach: Syrian factions of every side, the Islamic State's
Gulf and Turkish provinces, Bahraini and Iraqi Shia cells, Libyan and Somali militias, the North Caucasus
jamaats, India's and Pakistan's listed outfits, South-East Asian cells, the Latin American guerrillas of
the 1960s-1990s and the armed groups of the Mandate. Each is found and typed as a group under its real
other names. A name that is also ordinary prose or another thing's name is left out or kept to its
written case ("Rada" is also Ukraine's parliament, "NFL" a football league); each reading sits beside a
near miss. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import groups_read, read_as_group

from kg.extract import lexicon
from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "surface", "gid"),
    [
        # Syria
        (
            "Jaysh Khalid ibn al-Walid held a pocket of villages in the Yarmouk valley.",
            "Jaysh Khalid ibn al-Walid",
            "jaysh_khalid_ibn_al_walid",
        ),
        ("Faylaq al-Rahman withdrew its fighters from Jobar.", "Faylaq al-Rahman", "faylaq_al_rahman"),
        (
            "Maghawir al-Thawra patrols the desert around the garrison.",
            "Maghawir al-Thawra",
            "maghawir_al_thawra",
        ),
        (
            "The Mutasim Division took over a checkpoint north of Azaz.",
            "Mutasim Division",
            "mutasim_division",
        ),
        ("Quwat al-Ridha recruited young men around Homs.", "Quwat al-Ridha", "quwat_al_ridha"),
        # the Gulf, Iraq, Palestine, Libya and Somalia
        (
            "Wilayat Najd claimed the bombing of a mosque in the Eastern Province.",
            "Wilayat Najd",
            "islamic_state_najd_province",
        ),
        (
            "Saraya al-Muqawama al-Shabiya claimed a bomb near Manama.",
            "Saraya al-Muqawama al-Shabiya",
            "saraya_al_muqawama_al_shabiya",
        ),
        ("Jaish al-Mukhtar threatened Saudi border posts.", "Jaish al-Mukhtar", "jaish_al_mukhtar"),
        ("Jund Ansar Allah fighters clashed with police in Rafah.", "Jund Ansar Allah", "jund_ansar_allah"),
        (
            "The Tripoli Revolutionaries Brigade deployed armoured cars in the capital.",
            "Tripoli Revolutionaries Brigade",
            "tripoli_revolutionaries_brigade",
        ),
        (
            "The Rada Special Deterrence Force detained the suspects at Mitiga.",
            "Rada Special Deterrence Force",
            "special_deterrence_force",
        ),
        ("The Ras Kamboni Brigade entered Kismayo in 2012.", "Ras Kamboni Brigade", "ras_kamboni_brigade"),
        # the North Caucasus
        ("Shariat Jamaat claimed the shooting of a police officer.", "Shariat Jamaat", "shariat_jamaat"),
        ("Yarmuk Jamaat members attacked a police post in Nalchik.", "Yarmuk Jamaat", "yarmuk_jamaat"),
        # South Asia
        ("Sikhs for Justice called for a referendum abroad.", "Sikhs for Justice", "sikhs_for_justice"),
        (
            "Police arrested a Lashkar-e-Mustafa commander in Anantnag.",
            "Lashkar-e-Mustafa",
            "lashkar_e_mustafa",
        ),
        ("The DHD laid down arms in Haflong.", "DHD", "dima_halao_daoga"),
        ("Ranvir Sena gunmen massacred villagers in Jehanabad.", "Ranvir Sena", "ranvir_sena"),
        # South-East Asia
        ("Laskar Jihad fighters sailed to Ambon.", "Laskar Jihad", "laskar_jihad"),
        (
            "Khilafah Islamiyah Mindanao pledged allegiance to the caliph.",
            "Khilafah Islamiyah Mindanao",
            "khilafah_islamiyah_mindanao",
        ),
        # the Americas
        ("The Tupamaros robbed a casino in Punta del Este.", "Tupamaros", "tupamaros"),
        ("The Montoneros kidnapped a businessman in Buenos Aires.", "Montoneros", "montoneros"),
        ("The Macheteros robbed a depot in Connecticut.", "Macheteros", "macheteros"),
        # the Mandate
        ("The Haganah smuggled rifles into Haifa.", "Haganah", "haganah"),
        # second batch: Europe, Africa, Asia, Ukraine
        ("The Angry Brigade bombed a minister's house in Hertfordshire.", "Angry Brigade", "angry_brigade"),
        (
            "The Fighting Communist Cells bombed a pipeline depot near Brussels.",
            "Fighting Communist Cells",
            "fighting_communist_cells",
        ),
        (
            "Police in Owerri detained MASSOB members after a rally.",
            "MASSOB",
            "movement_for_the_actualization_of_the_sovereign_state_of_biafra",
        ),
        ("The Bakassi Boys paraded suspects through Aba.", "Bakassi Boys", "bakassi_boys"),
        (
            "The Tihama Resistance pushed north along the coast road.",
            "Tihama Resistance",
            "tihama_resistance",
        ),
        (
            "Gunmen of the Promised Day Brigades fired mortars at the airbase.",
            "Promised Day Brigades",
            "promised_day_brigades",
        ),
        ("TELO leaders met the envoy in Jaffna.", "TELO", "tamil_eelam_liberation_organization"),
        (
            "The Joint Force of Armed Struggle Movements defended El Fasher.",
            "Joint Force of Armed Struggle Movements",
            "joint_force_of_armed_struggle_movements",
        ),
        ("Kamajors manned roadblocks outside Bo.", "Kamajors", "kamajors"),
        ("Harakat Hazm received anti-tank missiles.", "Harakat Hazm", "harakat_hazm"),
        ("A Somalia Battalion commander was killed near Donetsk.", "Somalia Battalion", "somalia_battalion"),
    ],
)
def test_real_groups_resolve_to_their_entry(extract_text: Extract, text: str, surface: str, gid: str) -> None:
    x = extract_text(text)
    assert read_as_group(x, surface, gid), [(m.text, m.gazetteer_id, m.type) for m in x.mentions]


@pytest.mark.parametrize(
    ("surface", "gid"),
    [
        ("Jaish Khalid bin al-Waleed", "jaysh_khalid_ibn_al_walid"),
        ("Revolutionary Commando Army", "maghawir_al_thawra"),
        ("Failaq al-Rahman", "faylaq_al_rahman"),
        ("Firqat al-Mu'tasim", "mutasim_division"),
        ("Wilayat Turkiya", "islamic_state_turkey_province"),
        ("Sons of Iraq", "awakening_councils"),
        ("YDG-H", "patriotic_revolutionary_youth_movement"),
        ("LURD", "liberians_united_for_reconciliation_and_democracy"),
        ("Jabhat Thuwar Suriya", "syrian_revolutionaries_front"),
        ("Kataib Thuwar Tarablus", "tripoli_revolutionaries_brigade"),
        ("Uqba bin Nafi Battalion", "okba_ibn_nafaa_brigade"),
        ("Jamaat Mujahideen Bangladesh", "jamaat_ul_mujahideen_bangladesh"),
        ("Jannat Oshiklari", "katibat_al_tawhid_wal_jihad"),
        ("CPN (Maoist)", "communist_party_of_nepal_maoist"),
        ("Ejército Revolucionario del Pueblo", "peoples_revolutionary_army"),
        ("Boricua Popular Army", "macheteros"),
        ("FALN", "armed_forces_of_national_liberation"),
        ("KMM", "kumpulan_mujahidin_malaysia"),
        ("TELO", "tamil_eelam_liberation_organization"),
        ("MASSOB", "movement_for_the_actualization_of_the_sovereign_state_of_biafra"),
        ("Tawhid Brigade", "liwa_al_tawhid"),
        ("Karuna faction", "tamil_makkal_viduthalai_pulikal"),
        ("Hmar People's Convention-Democracy", "hmar_peoples_convention_democracy"),
    ],
)
def test_other_names_find_their_group(surface: str, gid: str) -> None:
    assert lexicon.lookup_group(surface) == gid


@pytest.mark.parametrize(
    "surface",
    [
        "Rada",  # Ukraine's parliament, not the Libyan force
        "NFL",  # a football league, not Syria's National Front for Liberation
        "Najd Province",  # a bare province name, as "Sinai Province" is left out
        "Army of the Free",  # prose
        "Lehi",  # also a town in Utah
        "Army of God",  # prose, and more than one group's name
        "The Order",
        "al-Saiqa",  # also the Libyan army's special forces: the Palestinian faction is left out
        "Civil Protection Units",  # prose: the Turkish YPS answers to its acronym only
        "KIM",  # a surname in capitals, not Khilafah Islamiyah Mindanao
        "Islamic Front",  # bare: Syria's, Afghanistan's and others
    ],
)
def test_ambiguous_or_common_forms_are_left_out(surface: str) -> None:
    assert lexicon.lookup_group(surface) is None


@pytest.mark.parametrize(
    "text",
    [
        # lower-case prose with the words of a new group's name
        "The desert hawks circled above the convoy.",
        "Members of the verkhovna rada voted on the budget.",
        "A salwa of dates was shared at the checkpoint.",
        # names of the second batch kept to their written case
        "An angry brigade commander shouted at the crowd.",
        "Troops spent the decade fighting communist cells in the hills.",
    ],
)
def test_plain_words_are_no_group(extract_text: Extract, text: str) -> None:
    x = extract_text(text)
    assert not groups_read(x), x.mentions


def test_somalia_battalion_of_peacekeepers_is_no_group(extract_text: Extract) -> None:
    x = extract_text("The Somalia battalion of the peacekeeping force returned home.")
    assert not groups_read(x), x.mentions


def test_kmm_only_in_capitals(extract_text: Extract) -> None:
    x = extract_text("Police said the kmm readings at the border post were normal.")
    assert not groups_read(x), x.mentions

"""Round twenty (b): the gazetteer's coverage of the field's real groups.

Groups on the public lists (the US State Department's, the UK's proscribed organisations, the UN 1267 list,
Australia's and Canada's listed entities) and the best-known armed groups, cartels and militias of current
conflicts that the gazetteer lacked are found and typed as groups, with their real other names. A name that
is ordinary prose in lower case ("right sector", "white army", "white flags") or an acronym another body
uses ("CJTF" is also the Combined Joint Task Force) is matched only as written, or not at all. Each reading
sits beside a near miss. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import gazetteer_ids, groups_read, read_as_group

from kg.extract import lexicon
from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "surface", "gid"),
    [
        # Europe's far left and far right
        ("Antifa Ost members were convicted in Dresden of assaults.", "Antifa Ost", "antifa_ost"),
        ("The Vulkangruppe claimed the arson on a power pylon.", "Vulkangruppe", "vulkangruppe"),
        (
            "Police raided homes of Letzte Verteidigungswelle suspects.",
            "Letzte Verteidigungswelle",
            "letzte_verteidigungswelle",
        ),
        ("The EDL marched through Luton on Saturday.", "EDL", "english_defence_league"),
        ("Rusich fighters posted photos from the front.", "Rusich", "rusich"),
        # Ireland and Northern Ireland
        ("Saor Éire robbed banks across the border in the 1970s.", "Saor Éire", "saor_eire"),
        ("A man was charged with membership of the IPLO.", "IPLO", "irish_peoples_liberation_organisation"),
        # the Middle East
        ("Fatah Tanzim gunmen fired at an army post near Nablus.", "Fatah Tanzim", "fatah_tanzim"),
        (
            "Harakat al-Sabireen was founded by former members of the PIJ.",
            "Harakat al-Sabireen",
            "harakat_al_sabireen",
        ),
        (
            "Ahrar al-Sharqiya fighters manned the checkpoint near Tal Abyad.",
            "Ahrar al-Sharqiya",
            "ahrar_al_sharqiya",
        ),
        ("The YPJ lost three fighters near Raqqa.", "YPJ", "womens_protection_units"),
        ("The Giants Brigades pushed into Shabwa in January.", "Giants Brigades", "giants_brigades"),
        ("The STC seized government buildings in Aden.", "STC", "southern_transitional_council"),
        # Africa
        (
            "GATIA fighters escorted the convoy to Menaka.",
            "GATIA",
            "imghad_tuareg_self_defense_group_and_allies",
        ),
        (
            "The Tigray People's Liberation Front signed the Pretoria agreement.",
            "Tigray People's Liberation Front",
            "tigray_peoples_liberation_front",
        ),
        ("The ONLF laid down its arms in 2018.", "ONLF", "ogaden_national_liberation_front"),
        ("FRPI fighters attacked a village in Irumu.", "FRPI", "ituri_patriotic_resistance_front"),
        ("Raia Mutomboki fighters burned a school in Shabunda.", "Raia Mutomboki", "raia_mutomboki"),
        # South Asia
        ("The JKLF called a strike in Srinagar.", "JKLF", "jammu_kashmir_liberation_front"),
        ("The PLFI extorted contractors in Khunti.", "PLFI", "peoples_liberation_front_of_india"),
        (
            "The Baloch Republican Guards blew up a gas pipeline.",
            "Baloch Republican Guards",
            "baloch_republican_guards",
        ),
        # Myanmar and South-East Asia
        (
            "The RCSS clashed with the TNLA in northern Shan State.",
            "RCSS",
            "restoration_council_of_shan_state",
        ),
        ("The KNDF shelled a junta base in Loikaw.", "KNDF", "karenni_nationalities_defence_force"),
        ("The GMIP was blamed for the bombing in Yala.", "GMIP", "gerakan_mujahidin_islam_patani"),
        # Latin America and the Caribbean
        (
            "Guerreros Unidos gunmen ambushed a police patrol in Iguala.",
            "Guerreros Unidos",
            "guerreros_unidos",
        ),
        ("The Tijuana Cartel lost a plaza to rivals.", "Tijuana Cartel", "arellano_felix_organization"),
        ("Los Shottas and Los Espartanos fight over Buenaventura.", "Los Shottas", "los_shottas"),
        ("Kokorat San Ras gunmen attacked a bus in the Artibonite.", "Kokorat San Ras", "kokorat_san_ras"),
        ("The Medellín Cartel bombed an airliner in 1989.", "Medellín Cartel", "medellin_cartel"),
        ("Members of the Hofstad Network were tried in Amsterdam.", "Hofstad Network", "hofstad_network"),
        # other names of groups the gazetteer had
        ("Khuddam ul-Islam was banned in Pakistan in 2003.", "Khuddam ul-Islam", "jaish_e_mohammed"),
    ],
)
def test_real_groups_resolve_to_their_entry(extract_text: Extract, text: str, surface: str, gid: str) -> None:
    x = extract_text(text)
    assert read_as_group(x, surface, gid), [(m.text, m.gazetteer_id, m.type) for m in x.mentions]


@pytest.mark.parametrize(
    "text",
    [
        # lower-case prose with the words of a group's name
        "The right sector of the front held for another week.",
        "Soldiers of the white army of volunteers crossed the river.",
        "Protesters waved white flags as the convoy passed.",
        "The tanzim of the local council met on Monday.",
    ],
)
def test_plain_words_are_no_group(extract_text: Extract, text: str) -> None:
    x = extract_text(text)
    assert not groups_read(x), x.mentions


@pytest.mark.parametrize(
    ("surface", "gid"),
    [
        ("Right Sector", "right_sector"),
        ("White Army", "white_army"),
        ("White Flags", "rayat_al_bayda"),
        ("Tijuana Cartel", "arellano_felix_organization"),
        ("Hells Angels", "hells_angels"),
        ("Three Brotherhood Alliance", "three_brotherhood_alliance"),
    ],
)
def test_names_as_written_find_their_group(surface: str, gid: str) -> None:
    assert lexicon.lookup_group(surface) == gid


@pytest.mark.parametrize(
    "surface",
    [
        "right sector",  # prose, not the Ukrainian group
        "white army",
        "CJTF",  # also the Combined Joint Task Force: no group acronym
        "AFO",  # already Action des forces opérationnelles: the Tijuana cartel does not take it
        "Fateh",  # also an Iranian missile
        "Tanzim",  # Arabic for "organisation", in many groups' names
        "Ansar al-Tawhid",  # bare: the Syrian or the Indian group
    ],
)
def test_ambiguous_or_common_forms_are_left_out(surface: str) -> None:
    gid = lexicon.lookup_group(surface)
    assert gid in (None, "action_des_forces_operationnelles"), gid


def test_combined_joint_task_force_stays_an_organisation(extract_text: Extract) -> None:
    x = extract_text("The Combined Joint Task Force said its aircraft struck a cave complex in Iraq.")
    assert not groups_read(x), x.mentions


def test_civilian_joint_task_force_is_a_group(extract_text: Extract) -> None:
    x = extract_text("Members of the Civilian Joint Task Force repelled the raid on Konduga.")
    assert gazetteer_ids(x, "Civilian Joint Task Force") == {"group:civilian_joint_task_force"}

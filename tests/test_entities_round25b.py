"""Round twenty-five: gazetteer breadth, armed groups the curated list lacked.

New groups from the conflict regions and the designation lists: Myanmar's Mon armed wing, Syria's Shammar Sanadid Forces and Liwa al-Umma, Iraq's 2020 front names and the 2014
revolutionaries' council, Crimea's Atesh partisans, a Taliban splinter, al-Qaeda's Lashkar al-Zil, Kashmir's
Jamiat-ul-Mujahideen, India's north-east and Tamil groups, Patani's BIPP, East Timor's Falintil, Welsh and
Scottish separatists, US far-right and sovereign networks, a FARC dissident column, Sudan's rebel front and an
FDLR splinter; and names the news writes for groups already known (Pyusawhti, the UAPA fronts of
Lashkar-e-Taiba and Jaish-e-Mohammed, Hezbollah's 1980s cover names).

A name that is a common word or another country's body is kept to a qualified name or a case-sensitive form
("Atesh", "The Order (white supremacist group)"); "as-Sa'iqa", "National Defence Forces", bare "Ansar
al-Tawhid" and Syria's "Tiger Forces" (an army unit) are left out, as earlier rounds decided for the last two.
Burkina Faso's VDP auxiliaries stay out: their name is read by its shape, and a listed "VDP" made the accused
auxiliaries ("accused the VDP of killing civilians") a perpetrator of the attack the story is about.
Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import read_as_group

from kg.extract import lexicon
from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "surface", "gid"),
    [
        ("Pyusawhti men burned the monastery after the resistance withdrew.", "Pyusawhti", "pyu_saw_htee"),
        ("Atesh said its agents had mapped the air-defence batteries near Feodosia.", "Atesh", "atesh"),
        ("Usbat al-Thaireen posted a video of the drone launch.", "Usbat al-Thaireen", "usbat_al_thaireen"),
        (
            "Sanadid Forces fighters guarded the grain silos outside Qamishli.",
            "Sanadid Forces",
            "sanadid_forces",
        ),
        ("Meibion Glyndwr sent incendiary devices to estate agents.", "Meibion Glyndwr", "meibion_glyndwr"),
        ("Prosecutors said the Zizians had stockpiled weapons in a van.", "Zizians", "zizians"),
    ],
)
def test_new_group_names_are_read_as_their_group(
    extract_text: Extract, text: str, surface: str, gid: str
) -> None:
    assert read_as_group(extract_text(text), surface, gid)


@pytest.mark.parametrize(
    ("surface", "gid"),
    [
        ("Qassem al-Jabbarin", "saraya_qasim_al_jabbarin"),
        ("GMCIR", "general_military_council_for_iraqi_revolutionaries"),
        ("Army of the Victorious Sect", "jaysh_al_taifa_al_mansura"),
        ("Liwa al-Ummah", "liwa_al_umma"),
        ("PPSF", "palestinian_popular_struggle_front"),
        ("Mullah Dadullah Mahaz", "mullah_dadullah_front"),
        ("Lashkar-e-Zil", "lashkar_al_zil"),
        ("Jamiatul Mujahideen", "jamiat_ul_mujahideen"),
        ("ANVC", "achik_national_volunteer_council"),
        ("Ranbir Sena", "ranvir_sena"),
        ("Mon National Liberation Army", "mon_national_liberation_army"),
        ("BIPP", "barisan_islam_pembebasan_patani"),
        ("Falintil", "falintil"),
        ("SNLA", "scottish_national_liberation_army"),
        ("Silent Brotherhood", "the_order"),
        ("SRF", "sudan_revolutionary_front"),
        ("Rally for Unity and Democracy-Urunana", "rud_urunana"),
        ("Pasban-e-Ahle Hadis", "lashkar_e_taiba"),
        ("Tahrik-e-Furqan", "jaish_e_mohammed"),
        ("Revolutionary Justice Organization", "hezbollah"),
        ("Sonnenkrieg", "sonnenkrieg_division"),
    ],
)
def test_names_and_acronyms_resolve_to_their_group(surface: str, gid: str) -> None:
    assert lexicon.lookup_group(surface) == gid


def test_a_common_word_name_is_matched_only_as_written() -> None:
    # "Atesh" is the partisans' name only capitalised; "The Order" is a phrase of prose without its qualifier
    assert lexicon.lookup_group("atesh") is None
    assert lexicon.lookup_group("the order") is None
    assert lexicon.lookup_group("Atesh") == "atesh"


def test_a_longer_name_keeps_its_own_group(extract_text: Extract) -> None:
    found = extract_text("Ansar al-Tawhid fi Bilad al-Hind posted a pledge on a messaging channel.")
    assert read_as_group(found, "Ansar al-Tawhid fi Bilad al-Hind", "ansar_al_tawhid_fi_bilad_al_hind")

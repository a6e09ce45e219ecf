"""Round twenty-four: units, offices and splinters (affiliateOf and formedFrom), each beside a near miss.

A group formed by men who "broke away from X to form Y", or when "X split, when commanders broke away to form Y";
a group that has done things "since splitting from X"; one that "emerged in 2017, founded by former members of X
and of Z"; one "set up as the local battalion of X", "announced itself as a branch of X" or "administered as part
of X"; a member of "an umbrella alliance known as X"; a unit "of the X" with a gloss in brackets, or whose mention
holds its owner's name. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.extract.relations.names import _FORMATION_NAME
from kg.model import Extraction

Extract = Callable[..., Extraction]

OLA, OLF = "Oromo Liberation Army", "Oromo Liberation Front"
EMC, EMBF = "Estado Mayor Central", "Estado Mayor de Bloques y Frentes"
BLA, BLF, BRAS = "Balochistan Liberation Army", "Balochistan Liberation Front", "Baloch Raaji Aajoi Sangar"


def test_broke_away_to_form_a_new_group(extract_text: Extract) -> None:
    got = extract_text(
        "In 2018 several commanders broke away from the Oromo Liberation Front to form the Oromo Liberation Army."
    )
    assert has_fact(got, OLA, "formedFrom", OLF)


def test_broke_away_to_form_an_alliance_is_no_origin(extract_text: Extract) -> None:
    got = extract_text(
        "In 2018 several commanders broke away from the Oromo Liberation Front to form an alliance with the "
        "Oromo Liberation Army."
    )
    assert not has_fact(got, OLA, "formedFrom", OLF)


def test_split_when_fighters_broke_away_to_form(extract_text: Extract) -> None:
    got = extract_text(
        "The Estado Mayor Central split last year, when fighters loyal to a regional commander broke away to form "
        "the Estado Mayor de Bloques y Frentes."
    )
    assert has_fact(got, EMBF, "formedFrom", EMC)


def test_split_when_fighters_left_to_join_is_no_origin(extract_text: Extract) -> None:
    got = extract_text(
        "The Estado Mayor Central split last year, when fighters loyal to a regional commander left to join "
        "the Estado Mayor de Bloques y Frentes."
    )
    assert not has_fact(got, EMBF, "formedFrom", EMC)


def test_since_splitting_from(extract_text: Extract) -> None:
    got = extract_text(
        "The Oromo Liberation Army has attacked federal convoys across western Oromia since splitting from the "
        "Oromo Liberation Front."
    )
    assert has_fact(got, OLA, "formedFrom", OLF)


def test_a_person_who_split_is_no_origin_of_the_group(extract_text: Extract) -> None:
    got = extract_text(
        "The Oromo Liberation Army welcomed a veteran commander who returned to the field after splitting from "
        "the Oromo Liberation Front."
    )
    assert not has_fact(got, OLA, "formedFrom", OLF)


def test_emerged_then_founded_by_former_members_of_two(extract_text: Extract) -> None:
    got = extract_text(
        "Arm na Poblachta emerged in Derry in 2019, founded by former members of the New IRA and of the "
        "Continuity IRA."
    )
    assert has_fact(got, "Arm na Poblachta", "formedFrom", "New IRA")
    assert has_fact(got, "Arm na Poblachta", "formedFrom", "Continuity IRA")


def test_emerged_then_praised_by_supporters_is_no_origin(extract_text: Extract) -> None:
    got = extract_text("Arm na Poblachta emerged in Derry in 2019, praised by supporters of the New IRA.")
    assert not has_fact(got, "Arm na Poblachta", "formedFrom", "New IRA")


def test_set_up_as_the_local_battalion_of(extract_text: Extract) -> None:
    got = extract_text(
        "The Tulkarem Brigade was set up in the camp in 2022 as the local battalion of the al-Quds Brigades."
    )
    assert has_fact(got, "Tulkarem Brigade", "affiliateOf", "al-Quds Brigades")


def test_set_up_as_a_rival_of_is_no_part(extract_text: Extract) -> None:
    got = extract_text(
        "The Tulkarem Brigade was set up in the camp in 2022 as a rival of the al-Quds Brigades."
    )
    assert not has_fact(got, "Tulkarem Brigade", "affiliateOf", "al-Quds Brigades")


def test_part_of_an_umbrella_alliance_known_as(extract_text: Extract) -> None:
    got = extract_text(
        "Along with the Balochistan Liberation Front, the Balochistan Liberation Army is part of an umbrella "
        "alliance of separatist factions known as the Baloch Raaji Aajoi Sangar."
    )
    assert has_fact(got, BLA, "affiliateOf", BRAS)
    assert has_fact(got, BLF, "affiliateOf", BRAS)


def test_wary_of_an_alliance_is_no_membership(extract_text: Extract) -> None:
    got = extract_text(
        "The Balochistan Liberation Army is wary of an umbrella alliance of separatist factions known as the "
        "Baloch Raaji Aajoi Sangar."
    )
    assert not has_fact(got, BLA, "affiliateOf", BRAS)


def test_announced_itself_as_a_branch_of(extract_text: Extract) -> None:
    got = extract_text("The Nusra Front announced itself in 2012 as a branch of the Islamic State of Iraq.")
    assert has_fact(got, "al-Nusra Front", "affiliateOf", "Islamic State of Iraq")


def test_announced_itself_as_an_enemy_is_no_branch(extract_text: Extract) -> None:
    got = extract_text("The Nusra Front announced itself in 2014 as an enemy of the Islamic State of Iraq.")
    assert not has_fact(got, "al-Nusra Front", "affiliateOf", "Islamic State of Iraq")


def test_administered_as_part_of(extract_text: Extract) -> None:
    got = extract_text(
        "Islamic State Mozambique, administered until 2022 as part of the Islamic State Central Africa Province, "
        "raided two villages."
    )
    assert has_fact(
        got, "Islamic State Mozambique Province", "affiliateOf", "Islamic State Central Africa Province"
    )


def test_administered_with_a_third_group_between_is_no_part(extract_text: Extract) -> None:
    got = extract_text(
        "Islamic State Mozambique, which fought al-Shabaab and was administered until 2022 as part of the Islamic "
        "State Central Africa Province, raided two villages."
    )
    assert not has_fact(got, "al-Shabaab", "affiliateOf", "Islamic State Central Africa Province")


def test_a_squad_of_a_police_unit(extract_text: Extract) -> None:
    got = extract_text(
        "Officers of the Recce Squad of the General Service Unit stormed the hotel on Tuesday."
    )
    assert has_fact(got, "Recce Squad", "affiliateOf", "General Service Unit")


def test_a_squad_beside_a_police_unit_is_no_part(extract_text: Extract) -> None:
    got = extract_text(
        "The Recce Squad and officers of the General Service Unit stormed the hotel on Tuesday."
    )
    assert not has_fact(got, "Recce Squad", "affiliateOf", "General Service Unit")


def test_unit_with_a_gloss_of_its_owner(extract_text: Extract) -> None:
    got = extract_text(
        "The raid was led by the Special Operations Group (Grupo Especial de Operaciones, GEO) of the Policía "
        "Nacional in Madrid."
    )
    assert has_fact(got, "Special Operations Group", "affiliateOf", "National Police Corps (Spain)")


def test_unit_whose_mention_holds_its_owner(extract_text: Extract) -> None:
    got = extract_text(
        "Officials said the general commanded the Quds Force of the Islamic Revolutionary Guard Corps (IRGC) "
        "until last year."
    )
    assert has_fact(got, "Quds Force", "affiliateOf", "Islamic Revolutionary Guard Corps")


def test_a_dissident_bloc_that_split_from(extract_text: Extract) -> None:
    got = extract_text(
        "The 10th Front belongs to the Estado Mayor de Bloques y Frentes (EMBF), a dissident bloc that split in "
        "2024 from the Estado Mayor Central."
    )
    assert has_fact(got, EMBF, "formedFrom", EMC)


def test_a_dissident_bloc_that_fought_is_no_splinter(extract_text: Extract) -> None:
    got = extract_text(
        "The 10th Front belongs to the Estado Mayor de Bloques y Frentes (EMBF), a dissident bloc that fought "
        "the Estado Mayor Central in 2024."
    )
    assert not has_fact(got, EMBF, "formedFrom", EMC)


def test_one_list_of_formation_words() -> None:
    # the list names.py and groups.py share: both of the old lists' words
    for name in (
        "Fourth Military Region",
        "64th Engineer Company",
        "Special Tasks Unit",
        "Light Infantry Battalion 101",
        "Omega Joint Task Force",
    ):
        assert _FORMATION_NAME.search(name)
    assert not _FORMATION_NAME.search("Company Commander")


def test_the_armys_joint_task_force_is_the_one_armys(extract_text: Extract) -> None:
    got = extract_text(
        "The Colombian Army said on Monday that a patrol from the army's Omega Joint Task Force had been ambushed "
        "near La Macarena."
    )
    assert has_fact(got, "Omega Joint Task Force", "affiliateOf", "National Army of Colombia")


def test_a_joint_task_force_with_two_armies_named_is_nobodys(extract_text: Extract) -> None:
    got = extract_text(
        "The Colombian Army and the Venezuelan Army said on Monday that a patrol from the army's Omega Joint Task "
        "Force had been ambushed near the border."
    )
    assert not has_fact(got, "Omega Joint Task Force", "affiliateOf", "National Army of Colombia")

"""Group relations, round twenty-three (b): parts and members of a group or body, said in the shapes reporters use
("its elite X Force", "carried out by the group's X Brigade", "A and B both belong to C", "the unit is part of the
state police", "the alliance includes the X, ..., and the Y", "X's brigades around A include the Y", "the X front,
another Y unit", "the Y's Western Bloc", "the al-Furqan office, run from A by Y", "the Division's Counterterrorism
Section"), and a wrong subject: in "X pledged allegiance to Y in 2019 under its
leader P and now operates as the branch of Z" the branch is X's, not Y's, and "under its leader" puts no group
under another.

Every sentence was written for these tests, and each phrasing sits beside a near miss of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import facts, has_fact, mention_names

from kg.model import Extraction

Extract = Callable[..., Extraction]

AFF = "affiliateOf"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
CNEB = "Coordinadora Nacional Ejército Bolivariano"


def _parts_of(extraction: Extraction, whole: str) -> set[str]:
    return {s for s, p, o in facts(extraction) if p == AFF and o == whole}


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        # a unit named after "its elite"
        (
            "Hezbollah said an Israeli drone had killed two officers of its elite Radwan Force near Tyre.",
            "Radwan Force",
            "Hezbollah",
        ),
        # a unit named after "the group's": the one group the sentence names
        (
            "A spokesman for the BLA said the ambush had been staged by the group's Majeed Brigade.",
            "Majeed Brigade",
            "Balochistan Liberation Army",
        ),
        # "belongs to", said outright
        ("Katiba Macina belongs to JNIM, the Sahel alliance linked to al-Qaeda.", "Katiba Macina", JNIM),
        # a body that is part of another, past an aside
        (
            "The District Reserve Guard, recruited mostly from former rebels, is part of the Chhattisgarh Police.",
            "District Reserve Guard",
            "Chhattisgarh Police",
        ),
        # "another Y unit"
        (
            "The army blamed the Carlos Patiño front, another EMC unit, for the ambush.",
            "Carlos Patiño Front",
            "Estado Mayor Central",
        ),
        # a bloc the guerrilla owns
        (
            "The EMC's Western Bloc Jacobo Arenas has recruited hundreds of minors in Cauca.",
            "Jacobo Arenas Western Bloc",
            "Estado Mayor Central",
        ),
    ],
)
def test_part_of_a_group_or_body(extract_text: Extract, text: str, part: str, whole: str) -> None:
    assert has_fact(extract_text(text), part, AFF, whole)


def test_both_belong_to_reads_each_member(extract_text: Extract) -> None:
    got = extract_text("Ansar Dine, led by Iyad Ag Ghaly, and Katiba Macina both belong to JNIM.")
    assert has_fact(got, "Katiba Macina", AFF, JNIM)
    assert has_fact(got, "Ansar Dine", AFF, JNIM)


def test_includes_reads_each_member_past_a_relative_clause(extract_text: Extract) -> None:
    got = extract_text(
        "The Coordinadora Nacional Ejército Bolivariano includes the Comandos de la Frontera, which runs smuggling "
        "routes near the border, and the Coordinadora Guerrillera del Pacífico."
    )
    assert has_fact(got, "Comandos de la Frontera", AFF, CNEB)
    assert has_fact(got, "Coordinadora Guerrillera del Pacífico", AFF, CNEB)


def test_units_include(extract_text: Extract) -> None:
    got = extract_text(
        "The SNA's brigades around Afrin include the Hamza Division and the Sultan Murad Division."
    )
    assert {"Hamza Division", "Sultan Murad Division"} <= _parts_of(got, "SNA")


def test_the_pledge_is_the_subjects_and_so_is_the_branch(extract_text: Extract) -> None:
    got = extract_text(
        "The ADF pledged allegiance to Islamic State in 2019 under its leader Musa Baluku and now operates as the "
        "Congolese branch of the Islamic State Central Africa Province."
    )
    assert has_fact(got, "Allied Democratic Forces", AFF, "Islamic State Central Africa Province")
    assert not has_fact(got, "Islamic State", AFF, "Islamic State Central Africa Province")
    assert not has_fact(got, "Islamic State", AFF, "Allied Democratic Forces")


def test_office_run_by_a_group(extract_text: Extract) -> None:
    got = extract_text(
        "The al-Furqan office, run from the islands of Lake Chad by the Islamic State West Africa Province, moves "
        "money to the Sahel."
    )
    assert has_fact(got, "al-Furqan office", AFF, "Islamic State West Africa Province")


def test_section_of_a_division(extract_text: Extract) -> None:
    got = extract_text(
        "Trial attorney Maria Lopez of the National Security Division's Counterterrorism Section argued."
    )
    if "Counterterrorism Section" not in mention_names(got):
        pytest.skip("the section is not read as a body here (it needs a gazetteer entry of its own)")
    assert has_fact(got, "Counterterrorism Section", AFF, "National Security Division")


# ---- near misses


def test_office_hit_by_a_group_is_not_its(extract_text: Extract) -> None:
    got = extract_text(
        "The al-Furqan office, hit last year by rival Islamic State West Africa Province fighters, moves money."
    )
    assert not has_fact(got, "al-Furqan office", AFF, "Islamic State West Africa Province")


def test_another_forces_elite_unit_is_not_the_groups(extract_text: Extract) -> None:
    got = extract_text("Israel said its elite Golani Brigade had killed three Hezbollah fighters near Tyre.")
    assert not _parts_of(got, "Hezbollah")


def test_the_groups_unit_when_two_groups_are_named_is_a_guess(extract_text: Extract) -> None:
    got = extract_text(
        "Police said the BLA and the BLF had both sent men, and that the group's Majeed Brigade led the raid."
    )
    assert not has_fact(got, "Majeed Brigade", AFF, "Balochistan Liberation Front")
    assert not has_fact(got, "Majeed Brigade", AFF, "Balochistan Liberation Army")


def test_gunmen_who_belonged_to_a_group_make_no_part(extract_text: Extract) -> None:
    got = extract_text("The prosecutor said the gunmen belonged to JNIM, and Katiba Macina denied any role.")
    assert not has_fact(got, "Katiba Macina", AFF, JNIM)


def test_targets_included_are_no_members(extract_text: Extract) -> None:
    got = extract_text("JNIM's targets included the Wagner Group and the Islamic State Sahel Province.")
    assert not _parts_of(got, JNIM)


def test_another_rival_is_no_unit(extract_text: Extract) -> None:
    got = extract_text("The army blamed the Carlos Patiño front, another EMC rival, for the ambush.")
    assert not has_fact(got, "Carlos Patiño Front", AFF, "Estado Mayor Central")


def test_under_its_leader_puts_no_group_under_another(extract_text: Extract) -> None:
    got = extract_text("The ADF pledged allegiance to Islamic State in 2019 under its leader Musa Baluku.")
    assert not has_fact(got, "Islamic State", AFF, "Allied Democratic Forces")

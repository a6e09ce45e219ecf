"""Round twenty-three: units and outlets of a parent (affiliateOf).

A formation named after "the army's", or told by its number, belongs to the one national force the article
names ("The army's Rising Star Corps said ..." after "the Indian Army"); where two armies are named, or where
the only force named is a joint command and the text speaks of "the Army's" division, nothing is read. A name
the possessive owns with a unit word after it ("the EU's Aspides naval mission") is the owner's; "X and its Y
unit" gives Y to X, not to the clause's subject. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import facts, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

AFF = "affiliateOf"


def _parents(extraction: Extraction, unit: str) -> set[str]:
    return {o for s, p, o in facts(extraction) if s == unit and p == AFF}


def test_the_armys_formation_is_the_one_force_named(extract_text: Extract) -> None:
    got = extract_text(
        "The Indian Army moved more troops into Rajouri district on Monday. "
        "The army's Rising Star Corps said two soldiers were wounded in a gunfight."
    )
    assert has_fact(got, "Rising Star Corps", AFF, "Indian Army")


def test_two_armies_named_leave_the_formation_unowned(extract_text: Extract) -> None:
    got = extract_text(
        "The Indian Army and the Pakistan Army traded fire along the Line of Control on Monday. "
        "The army's Rising Star Corps said two soldiers were wounded."
    )
    assert _parents(got, "Rising Star Corps") == set()


def test_numbered_battalion_is_the_national_militarys(extract_text: Extract) -> None:
    got = extract_text(
        "The Myanmar military lost another base on Friday. "
        "Rebels said they had overrun the headquarters of Light Infantry Battalion 101 near the town."
    )
    assert _parents(got, "Light Infantry Battalion 101") == {"Tatmadaw"}


def test_the_armys_division_is_not_the_joint_commands(extract_text: Extract) -> None:
    got = extract_text(
        "The Armed Forces of the Philippines said the operation would go on. "
        "The Army's 5th Infantry Division said three rebels surrendered in Isabela."
    )
    assert not has_fact(got, "5th Infantry Division", AFF, "Armed Forces of the Philippines")


def test_lowercase_army_command_under_armed_forces(extract_text: Extract) -> None:
    got = extract_text(
        "The Ghana Armed Forces sent more troops north on Sunday. "
        "A general who commands the army's Northern Command said patrols would be stepped up."
    )
    assert has_fact(got, "Northern Command", AFF, "Ghana Armed Forces")


def test_owned_name_with_a_unit_word_after(extract_text: Extract) -> None:
    got = extract_text(
        "A Greek warship assigned to the European Union's Aspides naval mission shot down two drones."
    )
    assert has_fact(got, "EUNAVFOR Aspides", AFF, "European Union")


def test_owned_name_without_a_unit_word_after(extract_text: Extract) -> None:
    got = extract_text(
        "A Greek officer said the European Union's Aspides commander had asked for more ships."
    )
    assert not has_fact(got, "EUNAVFOR Aspides", AFF, "European Union")


def test_and_its_unit_is_the_name_before(extract_text: Extract) -> None:
    got = extract_text(
        "Coast Regional Police Commander Peter Otieno said officers from the National Police Service and "
        "its General Service Unit had been sent to Garissa."
    )
    assert _parents(got, "General Service Unit") == {"National Police Service"}


def test_and_its_counterpart_is_no_unit(extract_text: Extract) -> None:
    got = extract_text(
        "Police chief Peter Otieno said the National Police Service and its Ugandan counterpart, the Uganda "
        "Police Force, shared intelligence."
    )
    assert not has_fact(got, "Uganda Police Force", AFF, "National Police Service")


def test_formation_whose_owner_the_text_names_is_left_to_the_sentence(extract_text: Extract) -> None:
    got = extract_text(
        "The Myanmar military lost another base on Friday. "
        "Rebels said Light Infantry Battalion 101, a unit of the regional command, had surrendered."
    )
    assert not has_fact(got, "Light Infantry Battalion 101", AFF, "Tatmadaw")

"""Round twenty-five: an office-holder of a body the text names again by its head noun or inside a longer name.

"P, spokesman for the interior ministry", "a spokesman for the force, P" and "the operation's spokesman, P" stand
for the one body named in full before whose name holds that noun (and its modifier); "The Office of the UN High
Commissioner for Human Rights (OHCHR) said ... Its spokeswoman, P" is the office the acronym closes, not the UN
named inside it. Each beside a near miss. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_spokesman_for_the_interior_ministry_is_the_ministry_named_before(extract_text: Extract) -> None:
    got = extract_text(
        "The Afghan Ministry of Interior said the blast killed five. Ahmad Zia, spokesman for the interior "
        "ministry, said an investigation was under way."
    )
    assert has_fact(got, "Ahmad Zia", "affiliatedWith", "Ministry of Interior Affairs (Afghanistan)")


def test_spokesman_for_another_ministry_is_not_the_one_named(extract_text: Extract) -> None:
    got = extract_text(
        "The Afghan Ministry of Interior said the blast killed five. Ahmad Zia, spokesman for the health "
        "ministry, said the wounded were in hospital."
    )
    assert not has_fact(got, "Ahmad Zia", "affiliatedWith", "Ministry of Interior Affairs (Afghanistan)")


def test_a_spokesman_for_the_force_is_the_police_named_before(extract_text: Extract) -> None:
    got = extract_text(
        "The Kenya Police Service said the attackers fled. A spokesman for the force, John Otieno, said three "
        "suspects were held."
    )
    assert has_fact(got, "John Otieno", "affiliatedWith", "Kenya Police Service")


def test_the_operations_spokesman_is_the_operation_named_before(extract_text: Extract) -> None:
    got = extract_text(
        "Troops of Operation Hadin Kai repelled the raid near Monguno. A statement signed by the operation's "
        "spokesman, Colonel Musa Bello, said nine attackers were killed."
    )
    assert has_fact(got, "Musa Bello", "affiliatedWith", "Operation Hadin Kai")


def test_its_spokeswoman_is_the_office_not_the_un_inside_its_name(extract_text: Extract) -> None:
    got = extract_text(
        "The Office of the UN High Commissioner for Human Rights (OHCHR) said on Friday the fighting had to "
        "stop. Its spokeswoman, Anna Berg, urged calm."
    )
    office = "Office of the United Nations High Commissioner for Human Rights"
    assert has_fact(got, "Anna Berg", "affiliatedWith", office)
    assert not has_fact(got, "Anna Berg", "affiliatedWith", "United Nations")


def test_its_spokeswoman_after_the_un_alone_is_the_un(extract_text: Extract) -> None:
    got = extract_text(
        "The UN said on Friday the fighting had to stop. Its spokeswoman, Anna Berg, urged calm."
    )
    assert has_fact(got, "Anna Berg", "affiliatedWith", "United Nations")

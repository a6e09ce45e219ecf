"""Round twenty-one: group-to-group ties in stated shapes.

Every sentence was written for these tests.

- "X was founded by members of Y, the armed wing of Z, who broke with the movement": X formedFrom Y and Y affiliateOf
  Z; the "who" clause is the members', so neither Y nor Z is formed from anything (nor is Z after "Y, the armed wing
  of Z, which broke with W": the clause is Y's).
- "X (ACRONYM) was set up in 2016 by P, a former Y officer": the founder brought X out of Y (not "was led by P, a former
  Y officer").
- "X joined Y and Z to form a coalition called W": W formedFrom X, Y and Z, and X is no part of Y (but "X joined Y to
  fight the army" stays a part of Y).
"""

from __future__ import annotations

from collections.abc import Callable

from readings import facts, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

JB = "Jenin Brigade"
QB = "al-Quds Brigades"


def _formed(extraction: Extraction, subject: str) -> set[str]:
    return {o for s, p, o in facts(extraction) if s == subject and p == "formedFrom"}


def test_founded_by_members_of_an_apposed_wing(extract_text: Extract) -> None:
    got = extract_text(
        "The Jenin Brigade was founded in 2021 by members of the al-Quds Brigades, the armed wing of Islamic Jihad, "
        "who broke with the movement over its truce with Israel."
    )
    assert has_fact(got, JB, "formedFrom", QB)
    assert has_fact(got, QB, "affiliateOf", "Palestinian Islamic Jihad")
    assert _formed(got, QB) == set()
    assert _formed(got, "Palestinian Islamic Jihad") == set()


def test_founded_by_members_comma_who(extract_text: Extract) -> None:
    got = extract_text(
        "The Jenin Brigade was founded in 2021 by members of the al-Quds Brigades, who broke with the movement "
        "over its truce with Israel."
    )
    assert has_fact(got, JB, "formedFrom", QB)
    assert _formed(got, QB) == set()


def test_apposed_wing_clause_is_the_heads(extract_text: Extract) -> None:
    # near miss: no members, so the clause is the wing's own, and the wing's parent is formed from nothing
    got = extract_text(
        "The al-Quds Brigades, the armed wing of Islamic Jihad, which broke with Hamas in 2021, claimed the attack."
    )
    assert has_fact(got, QB, "affiliateOf", "Palestinian Islamic Jihad")
    assert _formed(got, "Palestinian Islamic Jihad") == set()


def test_founded_by_a_former_officer(extract_text: Extract) -> None:
    got = extract_text(
        "The Front for Change and Concord in Chad (FACT) was set up in 2016 by Mahamat Mahdi Ali, a former UFDD officer."
    )
    assert has_fact(
        got,
        "Front for Change and Concord in Chad",
        "formedFrom",
        "Union of Forces for Democracy and Development",
    )


def test_led_by_a_former_officer_is_no_origin(extract_text: Extract) -> None:
    got = extract_text(
        "The Front for Change and Concord in Chad (FACT) was led in 2016 by Mahamat Mahdi Ali, a former UFDD officer."
    )
    assert _formed(got, "Front for Change and Concord in Chad") == set()


def test_joined_to_form(extract_text: Extract) -> None:
    got = extract_text(
        "In 2017 Ansar Dine joined al-Mourabitoun and Katiba Macina to form a coalition called JNIM."
    )
    jnim = "Jama'at Nusrat al-Islam wal-Muslimin"
    for member in ("Ansar Dine", "al-Mourabitoun", "Katiba Macina"):
        assert has_fact(got, jnim, "formedFrom", member)
    assert not has_fact(got, "Ansar Dine", "affiliateOf", "al-Mourabitoun")


def test_joined_to_fight_forms_nothing(extract_text: Extract) -> None:
    got = extract_text("In 2017 Ansar Dine joined al-Mourabitoun to fight the French army.")
    assert has_fact(got, "Ansar Dine", "affiliateOf", "al-Mourabitoun")
    assert not any(p == "formedFrom" for _, p, _ in facts(got))

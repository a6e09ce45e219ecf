"""Round fifteen: ties between groups and between a force and its units, read as general rules.

Every sentence here was written for these tests; each reading sits beside a near miss of the same shape.

- "X, also spelled Q, split from Y and later declared allegiance to Z": another spelling of the subject's name
  is no part of what it did.
- "The Kenya Defence Forces said soldiers of the army's 15th Infantry Battalion ...": "the army" is the one
  force the sentence names before the unit (not when it names two).
- "X was founded in 2009 by P, a cleric who defected from Y": the founder brought X out of Y.
- "X, which was founded by defectors from W and is fighting Y": the relative clause's second verb is X's.
- "the Norwegian Refugee Council, a UN office that coordinates aid": an office is its owner's.
- "the 6th Infantry Division, whose 601st Infantry Brigade is based in ...": the unit after "whose" is the
  force's own.
- "X still pledges obedience to Y": a vow of obedience is an oath of allegiance.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

AQIM = "al-Qaeda in the Islamic Maghreb"
ISWAP = "Islamic State West Africa Province"
KDF = "Kenya Defence Forces"


@pytest.mark.parametrize(
    ("verb", "allied"),
    [("declared allegiance to", True), ("lost fighters to", False)],
)
def test_another_spelling_of_the_subject_is_an_aside(extract_text: Extract, verb: str, allied: bool) -> None:
    ex = extract_text(
        f"Ansaru, also spelled Ansarul Muslimina, split from Boko Haram in 2012 and later {verb} {AQIM}."
    )
    assert has_fact(ex, "Ansaru", "alliedWith", AQIM) is allied
    assert has_fact(ex, "Ansaru", "formedFrom", "Boko Haram")


@pytest.mark.parametrize(
    ("forces", "unit"),
    [(f"The {KDF}", True), (f"The {KDF} and the Somali National Army", False)],
)
def test_the_armys_unit_is_the_one_force_named_before_it(
    extract_text: Extract, forces: str, unit: bool
) -> None:
    ex = extract_text(
        f"{forces} said soldiers of the army's 15th Infantry Battalion repelled the raid near Lamu."
    )
    assert has_fact(ex, "15th Infantry Battalion", "affiliateOf", KDF) is unit


@pytest.mark.parametrize(
    ("who", "formed"),
    [("a cleric who defected from", True), ("a cleric who later fought", False)],
)
def test_founded_by_a_defector(extract_text: Extract, who: str, formed: bool) -> None:
    ex = extract_text(f"Hizbul Islam was founded in 2009 by Abdi Warsame, {who} al-Shabaab.")
    assert has_fact(ex, "Hizbul Islam", "formedFrom", "al-Shabaab") is formed


@pytest.mark.parametrize(
    ("rest", "rival"),
    [
        (f"and is fighting the {ISWAP}, has grown in Kaduna", True),
        (f"says the {ISWAP} is weakening", False),
    ],
)
def test_the_second_verb_of_a_relative_clause_is_the_subjects(
    extract_text: Extract, rest: str, rival: bool
) -> None:
    ex = extract_text(f"Ansaru, which was founded in 2012 by defectors from Boko Haram {rest}.")
    assert has_fact(ex, "Ansaru", "rivalOf", ISWAP) is rival


# (a body whose own name says it is the UN's, as OCHA's does, is the UN's wherever the UN is named: round 33)
@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        (
            "The Norwegian Refugee Council, a UN office that coordinates aid, said the convoy was stopped.",
            True,
        ),
        ("The Norwegian Refugee Council, a UN office worker said, had stopped the convoy.", False),
    ],
)
def test_an_office_is_its_owners(extract_text: Extract, sentence: str, owned: bool) -> None:
    ex = extract_text(sentence)
    assert has_fact(ex, "Norwegian Refugee Council", "affiliateOf", "United Nations") is owned


@pytest.mark.parametrize(
    ("clause", "unit"),
    [
        ("whose 601st Infantry Brigade is based in Cotabato", True),
        ("whose commander praised the 601st Infantry Brigade in Cotabato", False),
    ],
)
def test_whose_unit_is_the_forces_own(extract_text: Extract, clause: str, unit: bool) -> None:
    ex = extract_text(f"Brigadier General Ramon Cruz leads the army's 6th Infantry Division, {clause}.")
    assert has_fact(ex, "601st Infantry Brigade", "affiliateOf", "6th Infantry Division") is unit


@pytest.mark.parametrize(
    ("verb", "allied"),
    [("still pledges obedience to", True), ("demanded obedience to", False)],
)
def test_a_vow_of_obedience_is_an_oath(extract_text: Extract, verb: str, allied: bool) -> None:
    ex = extract_text(f"The Okba Ibn Nafaa Brigade {verb} {AQIM} and its emir in the Kasserine hills.")
    assert has_fact(ex, "Okba Ibn Nafaa Brigade", "alliedWith", AQIM) is allied

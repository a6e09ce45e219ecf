"""Round twenty-two, second wave: person affiliations, read as general rules.

Every sentence here was written for these tests.

- A compound rank written with a hyphen ("Lieutenant-Colonel P", "Major-General P") is a rank like any other
  between an office of a body and the name ("The spokesman for the O, Lieutenant-Colonel P").
- "a pro-Taliban cleric, P": he sides with the body, he is not said to be in it (as "an anti-Taliban commander").
- "X, the faction loyal to P", "the X faction loyal to P": the faction follows him (but not "loyal to P's sons").
- A police rank alone ties a man to the one police force the document names; a force named for its land ("Police
  Service of Northern Ireland") counts as a force, so two forces named leave the rank unread; and an officer the
  claim names ("claimed responsibility for shooting Sergeant P") is not read by his rank alone (but "the gunmen
  opened fire, killing Sergeant P" is).
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_hyphenated_rank_after_office_of_body(extract_text: Extract) -> None:
    ex = extract_text(
        "The spokesman for the Malian Armed Forces, Lieutenant-Colonel Oumar Sidibe, said the convoy had been "
        "escorted back to Kayes."
    )
    assert among("Malian Armed Forces", bodies_of(ex, "Oumar Sidibe"))


def test_hyphenated_rank_after_office_of_body_near_miss(extract_text: Extract) -> None:
    # the office is the ministry's, named after the body the convoy belongs to
    ex = extract_text(
        "A convoy of the Malian Armed Forces was hit near Kayes, Lieutenant-Colonel Oumar Sidibe of the town's "
        "hospital told reporters."
    )
    assert not among("Malian Armed Forces", bodies_of(ex, "Oumar Sidibe"))


def test_pro_body_cleric_is_not_a_member(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen shot dead a pro-Taliban cleric, Mawlawi Rahmatullah Haqqani, outside his home in Herat."
    )
    assert not among("Taliban", bodies_of(ex, "Rahmatullah Haqqani"))


def test_body_cleric_is_a_member(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen shot dead a Taliban cleric, Mawlawi Rahmatullah Haqqani, outside his home in Herat."
    )
    assert among("Taliban", bodies_of(ex, "Rahmatullah Haqqani"))


def test_faction_loyal_to_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The clashes pitted the army against the Casamance Movement, the faction loyal to Ousmane Niantang "
        "Diatta, near Ziguinchor."
    )
    assert among("Casamance Movement", bodies_of(ex, "Ousmane Niantang Diatta"))


def test_faction_loyal_to_persons_sons_near_miss(extract_text: Extract) -> None:
    ex = extract_text(
        "The clashes pitted the army against the Casamance Movement, the faction loyal to Ousmane Niantang "
        "Diatta's sons, near Ziguinchor."
    )
    assert not among("Casamance Movement", bodies_of(ex, "Ousmane Niantang Diatta"))


def test_rank_alone_with_one_force_named(extract_text: Extract) -> None:
    ex = extract_text(
        'The Police Service of Northern Ireland published its figures on Monday. "The threat is real," '
        "Assistant Chief Constable Moira Quinlan told the board."
    )
    assert among("Police Service of Northern Ireland", bodies_of(ex, "Moira Quinlan"))


def test_rank_alone_with_two_forces_named(extract_text: Extract) -> None:
    ex = extract_text(
        "The Police Service of Northern Ireland and the Metropolitan Police published joint figures on Monday. "
        '"The threat is real," Assistant Chief Constable Moira Quinlan told the board.'
    )
    assert not among("Police Service of Northern Ireland", bodies_of(ex, "Moira Quinlan"))
    assert not among("Metropolitan Police", bodies_of(ex, "Moira Quinlan"))


def test_ranked_officer_named_in_a_claim_is_not_read_by_rank(extract_text: Extract) -> None:
    ex = extract_text(
        "The Police Service of Northern Ireland published its figures on Monday. In 2021 the group claimed "
        "responsibility for shooting Detective Inspector Moira Quinlan near Newry."
    )
    assert not among("Police Service of Northern Ireland", bodies_of(ex, "Moira Quinlan"))


def test_ranked_officer_killed_in_the_attack_is_read_by_rank(extract_text: Extract) -> None:
    ex = extract_text(
        "The Police Service of Northern Ireland published its figures on Monday. When a patrol arrived, the "
        "gunmen opened fire, killing Sergeant Moira Quinlan near Newry, the police said."
    )
    assert among("Police Service of Northern Ireland", bodies_of(ex, "Moira Quinlan"))

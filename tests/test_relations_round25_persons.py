"""Round twenty-five: whose man a pronoun or an apposition makes a person, read as general rules.

Every sentence here was written for these tests.

- "the regional branch of the Islamic State said one of its fighters, whom it named as P": "its" is the branch's,
  the one part of the Islamic State the last sentences name (and no one's where they name none), not the parent's.
- "Analysts describe it as the local partner of the Sinaloa Cartel. Its leader, P": a sentence that calls an "it"
  something goes on about the group before it, so "Its" is that group's, not the one it is compared with.
- "the Grand Ravine gang led by P, known as "T", both members of G": a plural apposition after a man who closes a
  phrase about a body speaks of the bodies, not of him (but "A and B, both members of G" are both G's).
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_its_fighter_of_an_unnamed_branch_is_the_branch_named_before(extract_text: Extract) -> None:
    ex = extract_text(
        "Islamic State Khorasan Province claimed the bombing in Kabul on Tuesday. In a statement, the regional "
        "branch of the Islamic State said one of its fighters, whom it named as Abu Talha al-Kabuli, had "
        "detonated a vest."
    )
    bodies = bodies_of(ex, "Abu Talha al-Kabuli")
    assert among("Islamic State Khorasan Province", bodies)
    assert "Islamic State" not in bodies


def test_its_fighter_of_a_branch_never_named_is_not_the_parents(extract_text: Extract) -> None:
    ex = extract_text(
        "The regional branch of the Islamic State said one of its fighters, whom it named as Abu Talha "
        "al-Kabuli, had detonated a vest."
    )
    assert "Islamic State" not in bodies_of(ex, "Abu Talha al-Kabuli")


def test_its_spokesman_after_the_armed_wing_of_a_group_is_the_wings(extract_text: Extract) -> None:
    ex = extract_text(
        "The Qassam Brigades fired rockets at Ashkelon. The armed wing of Hamas said on Monday that the raid had "
        "failed. Its spokesman, Abu Hamza al-Gazzawi, said the fighters were safe."
    )
    bodies = bodies_of(ex, "Abu Hamza al-Gazzawi")
    assert among("Qassam Brigades", bodies)
    assert "Hamas" not in bodies


def test_its_leader_after_it_is_described_as_a_partner(extract_text: Extract) -> None:
    ex = extract_text(
        "Los Choneros grew from a street gang in Manta. Analysts describe it as the local partner of Mexico's "
        "Sinaloa Cartel. Its leader, Julio Cesar Andrade, escaped from prison in January."
    )
    bodies = bodies_of(ex, "Julio Cesar Andrade")
    assert among("Los Choneros", bodies)
    assert not among("Sinaloa", bodies)


def test_both_members_after_a_leader_of_a_gang_are_the_gangs(extract_text: Extract) -> None:
    ex = extract_text(
        "Police said the gunmen were fighters of the Village de Dieu gang and of the Grand Ravine gang led by "
        "Pierre Lacroix, known as “Ti Lapli”, both members of Viv Ansanm."
    )
    assert not among("Viv Ansanm", bodies_of(ex, "Pierre Lacroix"))


def test_two_men_both_members_of_a_group(extract_text: Extract) -> None:
    ex = extract_text("Police arrested Ali Warsame and Omar Gedi, both members of al-Shabaab, in Garissa.")
    assert among("al-Shabaab", bodies_of(ex, "Ali Warsame"))
    assert among("al-Shabaab", bodies_of(ex, "Omar Gedi"))

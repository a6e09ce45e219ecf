"""Round eighteen (second wave): person affiliations, read as general rules.

Every sentence here was written for these tests.

- "G, which is loyal to P"; "the X (also called G), loyal to P": the group follows him (not "loyal to former
  president P", not a body that is no group, not "a rival of the faction loyal to P").
- "P presented himself as a fighter of G", "described himself as a member of G": his own word for his place (not
  "presented himself as a victim of G").
- "P is said to have fought with G", "was believed to have fought for G": a hedge before the fight (not "fought
  with" a body that is no group, which may be a fight against it).
- "G was founded in 2014 under the leadership of P": he led it from its start (not "under President P").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import bodies_of, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_group_which_is_loyal_to(extract_text: Extract) -> None:
    ex = extract_text(
        "Since March the Chapitos have fought a rival faction, La Mayiza, which is loyal to Ismael Zambada, "
        "for the streets of Culiacan."
    )
    assert has_fact(ex, "Ismael Zambada", "affiliatedWith", "La Mayiza")


def test_group_after_its_other_name_loyal_to(extract_text: Extract) -> None:
    ex = extract_text(
        "The Mayos (also called La Mayiza), loyal to Ismael Zambada, now hold most of the southern valleys."
    )
    assert has_fact(ex, "Ismael Zambada", "affiliatedWith", "La Mayiza")


def test_group_loyal_to_a_former_president_is_not_his(extract_text: Extract) -> None:
    ex = extract_text(
        "Al-Shabaab, loyal to former president Hassan Sheikh, surrounded the palace in the night."
    )
    assert "Al-Shabaab" not in bodies_of(ex, "Hassan Sheikh")


def test_a_faction_loyal_to_him_is_not_the_rival_named_first(extract_text: Extract) -> None:
    ex = extract_text(
        "The Jalisco cartel attacked the Sinaloa Cartel, a rival of the faction loyal to Rafael Caro Quintero."
    )
    assert "Sinaloa Cartel" not in bodies_of(ex, "Rafael Caro Quintero")


def test_presented_himself_as_a_fighter_of(extract_text: Extract) -> None:
    ex = extract_text(
        "In a video posted after the shooting, Ahmed Khalil presented himself as a fighter of the Islamic State."
    )
    assert has_fact(ex, "Ahmed Khalil", "affiliatedWith", "Islamic State")


def test_described_himself_as_a_member_of(extract_text: Extract) -> None:
    ex = extract_text("Ahmed Khalil described himself as a member of al-Shabaab in a recorded message.")
    assert has_fact(ex, "Ahmed Khalil", "affiliatedWith", "al-Shabaab")


def test_presented_himself_as_a_victim_is_no_member(extract_text: Extract) -> None:
    ex = extract_text(
        "Ahmed Khalil presented himself as a victim of the Islamic State in a recorded message."
    )
    assert "Islamic State" not in bodies_of(ex, "Ahmed Khalil")


def test_said_to_have_fought_with_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The cell's leader, Ahmed Khalil, was said to have fought with the Izz ad-Din al-Qassam Brigades "
        "before returning to Amman."
    )
    assert has_fact(ex, "Ahmed Khalil", "affiliatedWith", "Izz ad-Din al-Qassam Brigades")


def test_believed_to_have_fought_for_a_group(extract_text: Extract) -> None:
    ex = extract_text("Ahmed Khalil was believed to have fought for al-Shabaab in the Lower Juba region.")
    assert has_fact(ex, "Ahmed Khalil", "affiliatedWith", "al-Shabaab")


def test_said_to_have_fought_with_an_army_is_no_membership(extract_text: Extract) -> None:
    ex = extract_text("Ahmed Khalil was said to have fought with the Somali National Army near Kismayo.")
    assert not any("Army" in b for b in bodies_of(ex, "Ahmed Khalil"))


def test_group_formed_under_its_leader(extract_text: Extract) -> None:
    ex = extract_text(
        "The Union for Peace in the Central African Republic was founded in 2014 under the leadership of "
        "Ali Darassa."
    )
    assert has_fact(ex, "Ali Darassa", "affiliatedWith", "Union for Peace in the Central African Republic")


def test_group_formed_under_a_ruler_is_not_his(extract_text: Extract) -> None:
    ex = extract_text("Hezbollah was founded in 1982 under President Amin Gemayel, a time of occupation.")
    assert "Hezbollah" not in bodies_of(ex, "Amin Gemayel")

"""Round twenty: person affiliations, read as general rules.

Every sentence here was written for these tests.

- A splinter "led by P" that "broke away and formed the G" (or "broke away to form", "kept the name") is led by
  him; so is the group that "emerged when a group of H members led by P broke away" (not a faction that broke away
  and attacked G, nor a group that grew when a faction led by P joined it).
- "P was jailed for his role in the G('s network)": he is in the group (not "praised for his role in the fight
  against G", nor "jailed for his role in talks with G").
- "a senior commander of G (in Place) known as "P"": the office is in the group (not "a critic of G known as P").
- "P, who sat on the town council for the Alternative for Germany (AfD), had been a member of the G": a bracketed
  acronym inside the first clause does not hide the second verb (not "had been a critic of the G").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_splinter_led_by_p_broke_away_to_form_g(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2016 a splinter group led by Ahmed Noor broke away from al-Shabaab to form Ansar al-Sahil."
    )
    assert among("Ansar al-Sahil", bodies_of(ex, "Ahmed Noor"))


def test_splinter_led_by_p_broke_away_and_formed_g(extract_text: Extract) -> None:
    ex = extract_text("In 2019 a faction led by cleric Abdul Rauf broke away and formed Tehreek-e-Labbaik.")
    assert among("Tehreek-e-Labbaik", bodies_of(ex, "Abdul Rauf"))


def test_splinter_that_attacked_g_is_not_g(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2016 a faction led by Ahmed Noor broke away from al-Shabaab and attacked Ansar al-Sahil."
    )
    assert not among("Ansar al-Sahil", bodies_of(ex, "Ahmed Noor"))


def test_group_emerged_when_splinter_led_by_p_broke_away(extract_text: Extract) -> None:
    ex = extract_text(
        "Jamaat-ul-Ahrar emerged in 2014 when a group of TTP commanders led by Omar Khalid Khorasani broke away."
    )
    assert among("Jamaat-ul-Ahrar", bodies_of(ex, "Omar Khalid Khorasani"))


def test_group_that_grew_when_faction_joined_is_not_his(extract_text: Extract) -> None:
    ex = extract_text(
        "Jamaat-ul-Ahrar grew in 2014 when a group of TTP commanders led by Omar Khalid Khorasani joined it."
    )
    assert not among("Jamaat-ul-Ahrar", bodies_of(ex, "Omar Khalid Khorasani"))


def test_jailed_for_his_role_in_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Hassan Noor, 48, was jailed in 2011 for his role in al-Shabaab's finance network, the court heard."
    )
    assert among("al-Shabaab", bodies_of(ex, "Hassan Noor"))


def test_praised_for_his_role_against_the_group_is_no_member(extract_text: Extract) -> None:
    ex = extract_text("Hassan Noor was praised for his role in the fight against al-Shabaab in Gedo.")
    assert not among("al-Shabaab", bodies_of(ex, "Hassan Noor"))


def test_jailed_for_his_role_in_talks_with_the_group_is_no_member(extract_text: Extract) -> None:
    ex = extract_text("Hassan Noor was jailed in 2011 for his role in talks with al-Shabaab.")
    assert not among("al-Shabaab", bodies_of(ex, "Hassan Noor"))


def test_commander_of_group_known_under_nickname(extract_text: Extract) -> None:
    ex = extract_text(
        'Police arrested a senior commander of al-Shabaab known under the nickname "Abu Khalid al-Somali" '
        "near Kismayo."
    )
    assert among("al-Shabaab", bodies_of(ex, "Abu Khalid al-Somali"))


def test_commander_of_group_in_place_known_as(extract_text: Extract) -> None:
    ex = extract_text(
        "He kept in touch with a field commander of Hayat Tahrir al-Sham in Idlib known as Abu Hamza."
    )
    assert among("Hayat Tahrir al-Sham", bodies_of(ex, "Abu Hamza"))


def test_critic_of_group_known_as_is_no_member(extract_text: Extract) -> None:
    ex = extract_text(
        'Police arrested a fierce critic of al-Shabaab known under the nickname "Abu Khalid al-Somali" '
        "near Kismayo."
    )
    assert not among("al-Shabaab", bodies_of(ex, "Abu Khalid al-Somali"))


def test_clause_with_bracketed_acronym_then_member_of(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors say that Stefan B., who at the time sat on a town council for the Alternative for "
        "Germany (AfD), had been a member of Der Dritte Weg."
    )
    assert among("Der Dritte Weg", bodies_of(ex, "Stefan B."))


def test_clause_with_bracketed_acronym_then_critic_of(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors say that Stefan B., who at the time sat on a town council for the Alternative for "
        "Germany (AfD), had been a critic of Der Dritte Weg."
    )
    assert not among("Der Dritte Weg", bodies_of(ex, "Stefan B."))

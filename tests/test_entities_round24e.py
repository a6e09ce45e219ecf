"""Round twenty-four (e): people named after a rank or a title cut short.

"Capt", "Sgt", "Gov.", "Rabbi" and the abbreviated first words of a rank ("Lt Col", "Maj. Gen.") before a
full name NER left unread. Each positive sits beside a near miss of the same shape. Every sentence was
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def test_abbreviated_rank_before_a_full_name_is_a_person(extract_text: Extract) -> None:
    got = typed(extract_text("Capt Emeka Obi was killed near Maiduguri on Sunday."))
    assert ("Emeka Obi", EntityType.PERSON) in got


def test_abbreviated_rank_with_a_dot_before_a_full_name_is_a_person(extract_text: Extract) -> None:
    got = typed(extract_text("Sgt. Emeka Obi was wounded near Maiduguri on Sunday."))
    assert ("Emeka Obi", EntityType.PERSON) in got


def test_abbreviated_rank_of_two_words_stays_out_of_the_name(extract_text: Extract) -> None:
    got = typed(extract_text("Lt. Col. Ibrahim Sani led the troops into Gwoza."))
    assert ("Ibrahim Sani", EntityType.PERSON) in got
    assert not any("Col" in name for name, _ in got)


def test_governor_before_a_place_names_no_person(extract_text: Extract) -> None:
    got = typed(extract_text("The Gov. of Sokoto visited the camp on Monday."))
    assert not any(kind == EntityType.PERSON for _, kind in got)


def test_rabbi_before_a_full_name_is_a_person(extract_text: Extract) -> None:
    got = typed(extract_text("Rabbi Dov Levin condemned the attack in Djerba."))
    assert ("Dov Levin", EntityType.PERSON) in got


def test_generation_after_gen_names_no_person(extract_text: Extract) -> None:
    got = typed(extract_text("Gen Z Protesters marched through Nairobi on Tuesday."))
    assert not any(kind == EntityType.PERSON for _, kind in got)


def test_rabbi_in_a_possessive_before_a_full_name_keeps_the_name(extract_text: Extract) -> None:
    got = typed(extract_text("Gunmen fired at Rabbi Dov Levin's house in Djerba."))
    assert ("Dov Levin", EntityType.PERSON) in got

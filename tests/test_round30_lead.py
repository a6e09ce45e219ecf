"""Round thirty (lead): a headline's first word is a weapon or a blast, not a person; a headline's verb is not part
of a site's name. Every sentence was written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from readings import types_written

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def test_a_weapon_opening_a_headline_is_no_one(extract_text: Extract) -> None:
    ex = extract_text(
        "Grenade hurled at police station in Gurdaspur\n\n"
        "GURDASPUR — Two men hurled a grenade at a police station late on Tuesday, officials said."
    )
    assert not [m for m in ex.mentions if m.text.lower() == "grenade"]
    assert types_written(ex, "Gurdaspur") == {EntityType.LOCATION}


def test_a_blast_opening_a_sentence_is_no_one(extract_text: Extract) -> None:
    ex = extract_text("Blast kills four in Quetta. Rocket fire hit Sderot on Monday, the army said.")
    assert not [m for m in ex.mentions if m.text in ("Blast", "Rocket")]


def test_a_headline_verb_before_a_site_word_names_no_site(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen storm hotel in Mogadishu\n\nMOGADISHU — Gunmen stormed the Sahafi Hotel on Monday, police said."
    )
    assert not [m for m in ex.mentions if "storm" in m.text.lower()]
    # the hotel the story names is still a place
    assert types_written(ex, "Sahafi Hotel") == {EntityType.LOCATION}


def test_a_person_whose_name_is_no_common_word_is_still_read(extract_text: Extract) -> None:
    ex = extract_text("Rocket attacks resumed on Monday, said Ahmed Barre, a police commander in Kismayo.")
    assert types_written(ex, "Ahmed Barre") == {EntityType.PERSON}
    assert not [m for m in ex.mentions if m.text == "Rocket"]

"""Round thirty (lead): a headline's first word is a weapon or a blast, not a person; a headline's verb is not part
of a site's name; a claim taken back is a denial. Every sentence was written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
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


# A claim taken back in a later report ("withdrew its claim for the bombing") is a denial, not a claim; the
# resolver then lets that later denial undo the earlier claim (tests/test_resolve.py).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Islamic State on Sunday retracted its claim of responsibility for the March 3 bombing of a market "
            "in Kabul.",
            ("Islamic State", "denied"),
        ),
        (
            "The Baloch Liberation Army withdrew its claim for the bombing of a bus in Quetta last week, saying its "
            "fighters had not been involved.",
            ("Balochistan Liberation Army", "denied"),
        ),
        # near misses: a claim not taken back stays a claim; others' blame stands beside the group's denial
        (
            "The Islamic State claimed responsibility for the March 3 bombing of a market in Kabul.",
            ("Islamic State", "claimed"),
        ),
        (
            "Police blamed the Baloch Liberation Army for the bombing of a bus in Quetta last week; the group said "
            "its fighters had not been involved.",
            ("Balochistan Liberation Army", "attributed"),
        ),
    ],
)
def test_a_claim_taken_back_is_a_denial(extract_text: Extract, text: str, expected: tuple[str, str]) -> None:
    ex = extract_text(text, date="2025-03-10")
    assert {(r.group.name, r.status.value) for a in ex.attacks for r in a.responsibility} == {expected}

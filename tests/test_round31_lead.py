"""Round thirty-one (lead): "its deadliest attack" is the group's; "was also behind"; a plural possessive with a curly
apostrophe; "whose ... operations are led by P"; two places NER took for one name; "Private First Class" before a
name. Every sentence was written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import facts, has_fact, statuses, types_written

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def _ties(ex: Extraction) -> set[tuple[str, str]]:
    """(group, status) of every group the text ties to any of its attacks."""
    return {(g, status.value) for a in ex.attacks for g, status in statuses(a).items()}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The Foo Liberation Front is rooted in the coastal belt. Its deadliest attack remains the April 2015 "
            "killing of 20 construction workers at a camp near Turbat.",
            "Foo Liberation Front",
        ),
        (
            "The Sinai Province group has been weakened. Its last major attack was the May 2022 assault on a water "
            "pumping station near Qantara, which killed 11 soldiers.",
            "Islamic State Sinai Province",
        ),
        (
            "The ADF was also behind the June 2023 attack on a secondary school in Mpondwe, which killed 42 people.",
            "Allied Democratic Forces",
        ),
    ],
)
def test_a_groups_own_attack_told_through_its_or_also_behind_is_attributed(
    extract_text: Extract, text: str, group: str
) -> None:
    ex = extract_text(text, date="2026-02-20")
    assert _ties(ex) == {(group, "attributed")}


def test_the_army_telling_of_its_raid_is_no_attack_of_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The Foo Front holds the hills. The army said its raid on the camp killed 12 militants.",
        date="2025-03-10",
    )
    assert not _ties(ex)


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_plural_possessive_before_a_title_reads_either_apostrophe(
    extract_text: Extract, apostrophe: str
) -> None:
    ex = extract_text(
        f"Late on Tuesday the Houthis{apostrophe} military spokesman, Yahya Saree, said the group had targeted the "
        "ship."
    )
    assert has_fact(ex, "Yahya Saree", "affiliatedWith", "Houthis")


def test_the_leader_of_a_part_of_the_body_named_by_whose_is_its_member(extract_text: Extract) -> None:
    ex = extract_text(
        "JNIM, whose Burkina operations are led by Jafar Dicko, has fought for control of the countryside around "
        "Djibo."
    )
    assert has_fact(ex, "Jafar Dicko", "affiliatedWith", "Jama'at Nusrat al-Islam wal-Muslimin")
    # the body's rivals led by a man make him no member
    rivals = extract_text(
        "JNIM, whose rivals are led by Jafar Dicko, has fought for the countryside around Djibo."
    )
    assert not [f for f in facts(rivals) if f[1] == "affiliatedWith"]


def test_two_places_ner_took_for_one_name_are_two_places(extract_text: Extract) -> None:
    ex = extract_text(
        "Turkey and its allies hold the areas they seized in successive incursions: Afrin, Azaz, al-Bab and "
        "Jarablus west of the Euphrates. The SDF controls Raqqa and most of Hasakah province including Qamishli, "
        "Kobani, and the Deir ez-Zor countryside."
    )
    for place in ("al-Bab", "Jarablus", "Qamishli", "Kobani"):
        assert types_written(ex, place) == {EntityType.LOCATION}, place
    assert not [m for m in ex.mentions if " and " in m.text or "," in m.text]
    # a country whose name holds "and" is one place
    whole = extract_text("Fighting spread to Trinidad and Tobago and to Jammu and Kashmir.")
    assert {"Trinidad and Tobago", "Jammu and Kashmir"} <= {m.text for m in whole.mentions}


def test_a_rank_of_several_words_is_no_part_of_the_name(extract_text: Extract) -> None:
    ex = extract_text(
        "A fourth soldier, Private First Class Rodel Abayon, died of his wounds, the army said."
    )
    assert [m.name for m in ex.mentions if m.type is EntityType.PERSON] == ["Rodel Abayon"]


def test_a_name_after_a_flag_is_a_ship(extract_text: Extract) -> None:
    ex = extract_text(
        "Smoke rose from the Hellas Meridian on Tuesday evening. The Liberia-flagged Hellas Meridian, carrying steel "
        "coils, was hit by a missile west of Hodeidah, officials said."
    )
    # every mention of the ship, the one before the flag too
    assert [m.type for m in ex.mentions if m.text == "Hellas Meridian"] == [EntityType.LOCATION] * 2

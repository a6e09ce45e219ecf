"""A sentence opening on "Its war with Y" / "Their alliance with Y", round twenty-three (c): the tie of the one group
the sentence before is about with Y; none when the sentence before names a pair or opens on a state. Every sentence
was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_its_war_with_opening_a_sentence_is_a_rivalry_of_the_group_before(extract_text: Extract) -> None:
    text = (
        "The Kurdistan Workers' Party has moved most of its fighters into the Qandil mountains. "
        "Its war with Hezbollah has never been more than a rumour in the Beirut press."
    )
    assert has_fact(extract_text(text), "Kurdistan Workers' Party", "rivalOf", "Hezbollah")


def test_its_war_with_after_a_state_is_read_of_no_group(extract_text: Extract) -> None:
    # near miss: the sentence before is about a state, not a group
    text = (
        "Turkey has moved most of its troops into the Qandil mountains. "
        "Its war with Hezbollah has never been more than a rumour in the Beirut press."
    )
    ex = extract_text(text)
    assert not any(
        r.predicate.value == "rivalOf" and "Hezbollah" in (r.subject.name, r.object.name)
        for r in ex.relations
    )


def test_its_offensive_against_is_a_rivalry_of_the_group_before(extract_text: Extract) -> None:
    text = (
        "Al-Shabaab, which has held the Jubba valley for a decade, lost two towns in March. "
        "Its offensive against Hizbul Islam in Afgooye was beaten back within a week."
    )
    assert has_fact(extract_text(text), "al-Shabaab", "rivalOf", "Hizbul Islam")


def test_its_offensive_against_after_a_pair_is_read_of_neither(extract_text: Extract) -> None:
    # near miss: the sentence before names two groups as a pair, which one "its" stands for is not told
    text = (
        "Al-Shabaab and the Islamic State lost two towns in March. "
        "Its offensive against Hizbul Islam in Afgooye was beaten back within a week."
    )
    ex = extract_text(text)
    assert not any(
        r.predicate.value == "rivalOf" and "Hizbul Islam" in (r.subject.name, r.object.name)
        for r in ex.relations
    )


def test_their_alliance_with_is_an_alliance_of_the_group_before(extract_text: Extract) -> None:
    text = (
        "The Houthis have fired missiles at shipping in the Red Sea since late 2023. "
        "Their alliance with Hezbollah is older than the war in Gaza."
    )
    assert has_fact(extract_text(text), "Houthis", "alliedWith", "Hezbollah")


def test_their_former_alliance_with_is_no_alliance(extract_text: Extract) -> None:
    # near miss: an alliance that is over
    text = (
        "The Houthis have fired missiles at shipping in the Red Sea since late 2023. "
        "Their former alliance with Hezbollah ended in a quarrel over money."
    )
    assert not has_fact(extract_text(text), "Houthis", "alliedWith", "Hezbollah")


def test_its_relationship_with_says_nothing_without_a_word_for_it(extract_text: Extract) -> None:
    # near miss: "relationship" alone tells neither an alliance nor a rivalry
    text = (
        "Hamas has run the Gaza Strip since 2007. "
        "Its relationship with Hezbollah has been studied by many scholars."
    )
    ex = extract_text(text)
    assert not has_fact(ex, "Hamas", "alliedWith", "Hezbollah")
    assert not has_fact(ex, "Hamas", "rivalOf", "Hezbollah")

"""What "the militia" stands for in an office's phrase ("a spokesman for the militia, P"), round twenty-two (c):
the one group the sentence before names, and none where it names two. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_spokesman_for_the_militia_belongs_to_the_group_just_named(extract_text: Extract) -> None:
    text = (
        "Villagers near Bankass said hunters of Dan Na Ambassagou had burned their granaries on Sunday. "
        "A spokesman for the militia, Amadou Kassogue, rejected the accusation."
    )
    assert among("Dan Na Ambassagou", bodies_of(extract_text(text), "Amadou Kassogue"))


def test_the_militias_commander_belongs_to_the_group_just_named(extract_text: Extract) -> None:
    text = (
        "Fighters of the Twirwaneho group clashed with soldiers near Minembwe on Friday. "
        "The militia's commander, Jean Muhoza, said his men had only defended their cattle."
    )
    assert among("Twirwaneho", bodies_of(extract_text(text), "Jean Muhoza"))


def test_a_spokesman_for_the_militia_with_two_groups_named_before_belongs_to_neither(
    extract_text: Extract,
) -> None:
    # near miss: two groups named in the sentence before, which militia is meant is not told
    text = (
        "Villagers said hunters of Dan Na Ambassagou and fighters of JNIM had clashed near Bankass on Sunday. "
        "A spokesman for the militia, Amadou Kassogue, rejected the accusation."
    )
    bodies = bodies_of(extract_text(text), "Amadou Kassogue")
    assert not among("Dan Na Ambassagou", bodies)
    assert not among("Jama", bodies)


def test_a_spokesman_for_a_group_named_long_before_is_not_read(extract_text: Extract) -> None:
    # near miss: the group is named three sentences before, not in the sentence before
    text = (
        "Hunters of Dan Na Ambassagou burned granaries near Bankass on Sunday. "
        "The army sent two companies to the area. "
        "Aid groups said hundreds of families had fled towards Mopti. "
        "A spokesman for the militia, Amadou Kassogue, rejected the accusation."
    )
    assert not among("Dan Na Ambassagou", bodies_of(extract_text(text), "Amadou Kassogue"))

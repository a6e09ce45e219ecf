"""Entity rules, round twenty-five: a place inside a longer capitalised name of a body.

"the East Kurdistan Defence Units", "the Free Papua Liberation Front": when a word before the place and a body's
head word after it ("Units", "Front", "Army") close the name, the place is part of that name. The gazetteer tagger
leaves it to the named-entity reader, which reads the whole name; the place alone is no entity of the story.

Every sentence was written for these tests, beside near misses where the place stands alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact, mention_names

from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "whole", "place"),
    [
        (
            "Fighters of the Greater Idlib Salvation Front shelled a village on Monday.",
            "Greater Idlib Salvation Front",
            "Idlib",
        ),
        (
            "The Free Kurdistan Defence Front said it had shelled a border post.",
            "Free Kurdistan Defence Front",
            "Kurdistan",
        ),
    ],
)
def test_a_place_inside_a_body_name_is_part_of_the_name(
    extract_text: Extract, text: str, whole: str, place: str
) -> None:
    names = mention_names(extract_text(text))
    assert whole in names, names
    assert place not in names, names


def test_the_whole_name_then_takes_the_relation(extract_text: Extract) -> None:
    got = extract_text(
        "The party's armed wing, the East Kurdistan Defence Units (YRK), operates from the Qandil mountains."
    )
    assert "East" not in mention_names(got)
    assert has_fact(got, "East Kurdistan Units", "operatesIn", "Qandil Mountains"), got.relations


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the place begins the sentence's name-less run: no word before it
        ("Kurdistan Regional Government officials met in Erbil on Monday.", "Erbil"),
        # an article before the place, and a place after a title-case verb-less heading word
        ("Troops of the army moved into Kurdistan on Monday.", "Kurdistan"),
        # a capitalised word before, but no body's head word after
        ("Analysts in Northern Kurdistan Province said the roads were closed.", "Kurdistan"),
    ],
)
def test_a_place_not_inside_a_body_name_stays(extract_text: Extract, text: str, place: str) -> None:
    assert any(place in n for n in mention_names(extract_text(text)))

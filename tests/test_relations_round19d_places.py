"""Place relations, nineteenth round (fourth pass): ground taken place by place, each place with its own date
("seized A in March and B, the capital of C, in May"), and one part of a group placed by a relative clause or a
participle ("a unit of G that is based in X").

Every sentence was written for these tests, and each phrasing sits beside a near miss of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import facts

from kg.model import Extraction

Extract = Callable[..., Extraction]


def _operates_in(extraction: Extraction) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(extraction) if p == "operatesIn"}


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # the second place with an apposition, then its own date
        (
            "The M23 rebels took Goma in January and Bukavu, the capital of South Kivu, in February.",
            "Bukavu",
            True,
        ),
        # plain: a month each
        ("The Taliban overran Kunduz in early August and Herat in mid-August 2021.", "Herat", True),
        # near miss: the name after "and" opens a new clause (no date of its own after it)
        ("The Taliban overran Kunduz in August and Herat residents fled the next week.", "Herat", False),
        # near miss: a state's army takes the ground
        ("The Congolese army retook Goma in January and Bukavu in February.", "Bukavu", False),
    ],
)
def test_places_taken_each_with_a_date(extract_text: Extract, text: str, place: str, expected: bool) -> None:
    found = {o for _, o in _operates_in(extract_text(text))}
    assert (place in found) is expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the group, then a relative clause that places it
        ("A unit of Hayat Tahrir al-Sham that is based in Idlib has been shelling the front.", True),
        # the participle alone
        ("A cell of Hayat Tahrir al-Sham hiding in Idlib was broken up, officials said.", True),
        # near miss: the part did one thing there
        ("A unit of Hayat Tahrir al-Sham claimed the attack in Idlib on Monday.", False),
    ],
)
def test_part_of_group_placed(extract_text: Extract, text: str, expected: bool) -> None:
    found = _operates_in(extract_text(text))
    assert (("Hayat Tahrir al-Sham", "Idlib") in found) is expected, found

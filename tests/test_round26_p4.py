"""Round twenty-six: one more way a text says where a group is.

Every sentence here was written for these tests.

- "the most capable and most active dissident (VDR) group in X": two superlatives, and the kind's initials.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_two_superlatives_and_initials_place_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The New IRA remains the most capable and most active violent dissident republican (VDR) group in "
        "Northern Ireland, but it is small."
    )
    assert has_fact(ex, "New IRA", "operatesIn", "Northern Ireland")


def test_the_kinds_initials_before_the_group_word(extract_text: Extract) -> None:
    ex = extract_text("Ansaru remains the deadliest jihadist (JAS) faction in Kaduna State.")
    assert has_fact(ex, "Ansaru", "operatesIn", "Kaduna State")


def test_a_superlative_of_a_rival_does_not_place_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The New IRA has clashed with the most capable and most active criminal (OCG) gang in Dublin, police said."
    )
    assert not has_fact(ex, "New IRA", "operatesIn", "Dublin")

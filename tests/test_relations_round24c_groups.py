"""Round 24: "X is no longer Y's ally" denies the tie that "X remains Y's ally" states."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Extraction
from tests.readings import has_fact

Extract = Callable[..., Extraction]


def test_a_group_that_remains_an_ally(extract_text: Extract) -> None:
    got = extract_text("Ansaru remains al-Qaeda's closest ally in Nigeria.")
    assert has_fact(got, "Ansaru", "alliedWith", "al-Qaeda")


def test_a_group_no_longer_an_ally(extract_text: Extract) -> None:
    got = extract_text("Ansaru is no longer al-Qaeda's closest ally in Nigeria.")
    assert not has_fact(got, "Ansaru", "alliedWith", "al-Qaeda")


def test_a_group_that_is_a_rival(extract_text: Extract) -> None:
    got = extract_text("Ansaru is al-Qaeda's main rival in Nigeria.")
    assert has_fact(got, "Ansaru", "rivalOf", "al-Qaeda")


def test_a_group_that_is_not_a_rival(extract_text: Extract) -> None:
    got = extract_text("Ansaru is not al-Qaeda's main rival in Nigeria.")
    assert not has_fact(got, "Ansaru", "rivalOf", "al-Qaeda")

"""Round fifteen: "the two" in more shapes (eval/dev9), as general rules.

Every sentence here was written for these tests.

- "Analysts describe the two as allies: A delegations have attended B conferences": the two the sentence goes on
  to name (else the two named before it).
- "The two groups now compete for the same recruits": a rivalry in the present tense; but "the two groups fight
  the army" names a third party.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_the_two_described_as_allies_named_after(extract_text: Extract) -> None:
    ex = extract_text(
        "The movement's main foreign partner is the Russian Imperial Movement (RIM), based in St Petersburg. "
        "Researchers describe the two as allies: Nordic Resistance Movement delegations have attended RIM camps.",
        "2025-06-12",
    )
    assert has_fact(ex, "Nordic Resistance Movement", "alliedWith", "Russian Imperial Movement")


def test_the_two_described_as_rivals_named_before(extract_text: Extract) -> None:
    ex = extract_text(
        "Lashkar-e-Taiba and Jaish-e-Mohammed both recruit in Kashmir. Officials regard the two as rivals.",
        "2025-06-12",
    )
    assert has_fact(ex, "Lashkar-e-Taiba", "rivalOf", "Jaish-e-Mohammed")


@pytest.mark.parametrize(
    ("second", "rivals"),
    [
        ("The two groups now compete for the same small pool of recruits.", True),
        ("The two groups now fight the army in the north.", False),
    ],
)
def test_the_two_compete(extract_text: Extract, second: str, rivals: bool) -> None:
    ex = extract_text(
        "In 2018 hardline commanders left Hayat Tahrir al-Sham and set up Hurras al-Din. " + second,
        "2025-06-12",
    )
    found = has_fact(ex, "Hayat Tahrir al-Sham", "rivalOf", "Hurras al-Din")
    assert found is rivals

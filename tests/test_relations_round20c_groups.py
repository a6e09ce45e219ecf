"""Round twenty (c): alliances and offshoots in stated shapes.

Every sentence was written for these tests.

- "X has become a junior partner of Y", "X remains a key ally of Y": a partner word after "become"/"remain" is an
  alliance (not "has become a rival of Y", nor "is no longer a partner of Y").
- "investigators have described X as having been allied with Y": the describer's word on the pair (not "as having
  broken with Y").
- "Y's armed offshoot, the X", "X, the armed offshoot of Y": an armed offshoot is a wing of its parent (affiliateOf),
  where a bare offshoot is a group that left it (formedFrom).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

MB = "Mujahideen Brigades"


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        ("The Mujahideen Brigades have become a junior partner of Hamas.", MB, "alliedWith", "Hamas"),
        ("The Mujahideen Brigades remain a key ally of Hamas.", MB, "alliedWith", "Hamas"),
        (
            "UN investigators have described the Mujahideen Brigades as having been allied with Hamas since 2019.",
            MB,
            "alliedWith",
            "Hamas",
        ),
        ("Hamas's armed offshoot, the Mujahideen Brigades, claimed the attack.", MB, "affiliateOf", "Hamas"),
        (
            "The Mujahideen Brigades, the armed offshoot of Hamas, claimed the attack.",
            MB,
            "affiliateOf",
            "Hamas",
        ),
        # a bare offshoot left its parent
        ("Hamas's offshoot, the Mujahideen Brigades, claimed the attack.", MB, "formedFrom", "Hamas"),
        ("The Mujahideen Brigades, an offshoot of Hamas, claimed the attack.", MB, "formedFrom", "Hamas"),
    ],
)
def test_stated_tie(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    assert has_fact(extract_text(text), s, p, o)


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        ("The Mujahideen Brigades have become a rival of Hamas.", MB, "alliedWith", "Hamas"),
        ("The Mujahideen Brigades are no longer a partner of Hamas.", MB, "alliedWith", "Hamas"),
        (
            "UN investigators have described the Mujahideen Brigades as having broken with Hamas in 2019.",
            MB,
            "alliedWith",
            "Hamas",
        ),
        # an armed offshoot is a part, not a breakaway
        ("Hamas's armed offshoot, the Mujahideen Brigades, claimed the attack.", MB, "formedFrom", "Hamas"),
        (
            "The Mujahideen Brigades, the armed offshoot of Hamas, claimed the attack.",
            MB,
            "formedFrom",
            "Hamas",
        ),
        ("The Mujahideen Brigades, an offshoot of Hamas, claimed the attack.", MB, "affiliateOf", "Hamas"),
    ],
)
def test_no_tie(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, p, o)

"""Place relations, nineteenth round (third pass): a campaign told in the perfect whose targets run long before the
place ("has carried out bomb attacks on rail lines and on foreign engineers in X"), beside the one blow of the same
shape told in the simple past; and a list whose second place is the hinterland of a province ("in Karachi and
interior Sindh", "in Idlib and rural Hama").

Every sentence was written for these tests, and each phrasing sits beside a near miss of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # two targets joined by "and on", then the place
        (
            "The BLA has carried out attacks on gas pipelines and on police posts in Quetta for years.",
            "Balochistan Liberation Army",
            "Quetta",
        ),
        # a relative clause first, then the campaign with a long object
        (
            "The Baloch Liberation Army, which wants an independent state, has staged repeated bombings against "
            "rail lines and against foreign engineers in Turbat since 2019.",
            "Balochistan Liberation Army",
            "Turbat",
        ),
        # stepped up, after "also"
        (
            "Al-Shabaab has also stepped up raids on army outposts and on aid convoys in Gedo.",
            "al-Shabaab",
            "Gedo",
        ),
    ],
)
def test_campaign_with_long_targets(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # one blow in the simple past, singular
        (
            "The BLA carried out an attack on a gas pipeline and on a police post in Quetta on Monday.",
            "Balochistan Liberation Army",
            "Quetta",
        ),
        # plural, but the simple past of one day
        (
            "The BLA carried out attacks on a gas pipeline and on a police post in Quetta on Monday.",
            "Balochistan Liberation Army",
            "Quetta",
        ),
    ],
)
def test_one_blow_with_long_targets(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o", "expected"),
    [
        # the province beyond its capital, listed after the city
        (
            "The BLA has carried out attacks in Karachi and interior Sindh.",
            "Balochistan Liberation Army",
            "Sindh",
            True,
        ),
        ("HTS remains active in Idlib and rural Hama.", "Hayat Tahrir al-Sham", "Hama", True),
        # "interior" that heads another phrase, not a place of the list
        (
            "The BLA has carried out attacks in Karachi and interior ministry officials in Sindh condemned them.",
            "Balochistan Liberation Army",
            "Sindh",
            False,
        ),
    ],
)
def test_list_into_interior_of_province(
    extract_text: Extract, text: str, s: str, o: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o) is expected

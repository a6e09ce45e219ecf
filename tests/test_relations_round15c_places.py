"""Place relations, fifteenth round (third pass): what two groups fight "for control of" before the place it lies
in, a group's sites "around" a town, and the sentence's opening group as the subject of ", and has fought".

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
        # what was fought over, then where it lies: the group fought is there
        (
            "Since 2021 ISWAP has fought Boko Haram for control of fishing grounds and islands in Lake Chad.",
            "Boko Haram",
            "Lake Chad Basin",
        ),
        # ... and so is the group that fights it
        (
            "Since 2021 ISWAP has fought Boko Haram for control of fishing grounds and islands in Lake Chad.",
            "Islamic State West Africa Province",
            "Lake Chad Basin",
        ),
        # "of" after what was fought over
        (
            "Al-Shabaab has been battling the Islamic State for control of the valleys of Puntland for years.",
            "al-Shabaab",
            "Puntland",
        ),
        # a group's sites around a town
        (
            "Jets carried out strikes on al-Shabaab positions around Jilib overnight.",
            "al-Shabaab",
            "Jilib",
        ),
        # the opening subject's second predicate, after an aside naming other groups
        (
            "The 9th Front belongs to the EMC, the umbrella of former FARC units, and has fought the ELN for control "
            "of coca routes in Catatumbo since 2022.",
            "9th Front",
            "Catatumbo",
        ),
    ],
)
def test_reads_where_the_group_is(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # the place a road leads to is not where the fight is
        (
            "Since 2021 ISWAP has fought Boko Haram for control of the roads to Maiduguri.",
            "Boko Haram",
            "Maiduguri",
        ),
        # near a place is not in it
        (
            "Since 2021 ISWAP has fought Boko Haram for control of fishing grounds near Maiduguri.",
            "Boko Haram",
            "Maiduguri",
        ),
        # a branch named as another group's foe is told of as it was
        (
            "The Houthis have fought AQAP, al-Qaeda's Yemeni branch, since 2015.",
            "al-Qaeda in the Arabian Peninsula",
            "Yemen",
        ),
        # a branch named as another group's origin, too
        (
            "The Islamic State grew out of AQI, al-Qaeda's Iraqi branch.",
            "al-Qaeda in Iraq",
            "Iraq",
        ),
        # sites near a town are not in it
        (
            "Jets carried out strikes on al-Shabaab positions near Jilib overnight.",
            "al-Shabaab",
            "Jilib",
        ),
        # the group does not open the sentence: someone else's verb
        (
            "The army says the 9th Front attacked the EMC, and has fought the ELN for control of coca routes in "
            "Catatumbo since 2022.",
            "9th Front",
            "Catatumbo",
        ),
    ],
)
def test_leaves_a_near_miss(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)

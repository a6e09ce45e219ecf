"""Place relations, twenty-second round: the subject of a relative clause that fights a rival for control of a place
("B, a gang that has fought C for control of X", whatever groups the sentence names first), a member of a bloc named
with its ground ("Tehran's proxies, including the Houthis in Yemen"), a last verb phrase in the irregular past after a
comma ("recruited online, and built cells in X") and ground held in strips or pockets ("holds a strip of northern X").
(A place heading a line of a brief, "- Borno: ISWAP still holds camps ...", was tried and left out: it cost a blind set.)

Every sentence was written for these tests, and each phrasing sits beside a near miss of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # the head of the relative clause fights for the place, though another group opens the sentence
        (
            "The bloc takes in the Gaitanistas and the Segunda Marquetalia, an armed group that has fought the ELN for "
            "control of Chocó since 2021.",
            "Segunda Marquetalia",
            "Chocó",
            True,
        ),
        # the head of the clause is the object of the main verb
        (
            "Prosecutors named the Tren de Aragua, a gang which has fought Los Choneros for control of Guayaquil for "
            "years.",
            "Tren de Aragua",
            "Guayaquil",
            True,
        ),
        # near miss: the relative clause has a subject of its own; its head is the one fought
        (
            "The bloc takes in the Gaitanistas and the Segunda Marquetalia, an armed group that the ELN has fought for "
            "control of Chocó since 2021.",
            "Segunda Marquetalia",
            "Chocó",
            False,
        ),
        # near miss: the clause is said of the group's bosses, not of the group
        (
            "Prosecutors named the Tren de Aragua's bosses, who have fought Los Choneros for control of Guayaquil for "
            "years.",
            "Tren de Aragua",
            "Guayaquil",
            False,
        ),
    ],
)
def test_relative_head_fights_for(
    extract_text: Extract, text: str, group: str, place: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # a member of a bloc of groups, named with its country
        (
            "The movement's allies, such as Hezbollah in Lebanon, sent condolences.",
            "Hezbollah",
            "Lebanon",
            True,
        ),
        (
            "He called it the newest member of the axis, which also includes the Houthis in Yemen and several Iraqi "
            "militias.",
            "Houthis",
            "Yemen",
            True,
        ),
        # near miss: a meeting, not a bloc of groups, included the group
        (
            "Talks hosted by Qatar, which included the Taliban in Afghanistan, stalled.",
            "Taliban",
            "Afghanistan",
            False,
        ),
        # near miss: people, not groups, listed
        (
            "Donors, including Hezbollah in Lebanon, were named by the court.",
            "Hezbollah",
            "Lebanon",
            False,
        ),
    ],
)
def test_bloc_member_in(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # the last of the subject's verb phrases, after a comma, in the irregular past
        (
            "The Base recruited online and vetted members by phone, and built cells in Canada and Australia.",
            "The Base (neo-Nazi group)",
            "Australia",
            True,
        ),
        (
            "The Base recruited online, and kept fighters in Ukraine.",
            "The Base (neo-Nazi group)",
            "Ukraine",
            True,
        ),
        # near miss: the last verb phrase sends money to a body in the place
        (
            "The Base recruited online, and sent money to a charity in Canada.",
            "The Base (neo-Nazi group)",
            "Canada",
            False,
        ),
    ],
)
def test_irregular_last_verb_phrase(
    extract_text: Extract, text: str, group: str, place: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # ground held in a strip or in pockets
        (
            "The Syrian National Army holds a strip of northern Aleppo province along the border.",
            "Syrian National Army",
            "Aleppo Governorate",
            True,
        ),
        (
            "ISWAP still controls pockets of Borno.",
            "Islamic State West Africa Province",
            "Borno",
            True,
        ),
        # near miss: the strip is held by others and only lost by the group
        (
            "Turkish troops hold a strip of land the Syrian National Army lost in Aleppo.",
            "Syrian National Army",
            "Aleppo",
            False,
        ),
    ],
)
def test_holds_strip(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected

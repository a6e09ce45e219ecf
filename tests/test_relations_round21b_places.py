"""Place relations, twenty-first round (second wave): "today operates in", a movement "headquartered in" a place,
one cell of a group in a place, a splinter named by its kind that "has fought" another group for control of a place,
and a river or a "from" after "across" (a bank facing another, no ground held).

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
        # an adverb of time before the verb
        (
            "Mara Salvatrucha was formed in the 1980s and today operates in Honduras and Guatemala.",
            "Mara Salvatrucha",
            "Guatemala",
            True,
        ),
        # near miss: "today" before another verb (an event of the day, not ground)
        (
            "Mara Salvatrucha today denied a role in the killings, a spokesman for the police in Honduras said.",
            "Mara Salvatrucha",
            "Honduras",
            False,
        ),
        # a movement headquartered somewhere, in an apposition
        (
            "The Southern Transitional Council, a separatist movement headquartered in Aden, rejected the deal.",
            "Southern Transitional Council",
            "Aden",
            True,
        ),
        # near miss: a body headquartered somewhere is a neighbour of the group, not the group
        (
            "Hezbollah was condemned by the Arab League, a regional body headquartered in Cairo.",
            "Hezbollah",
            "Cairo",
            False,
        ),
    ],
)
def test_today_and_headquartered(
    extract_text: Extract, text: str, group: str, place: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # one cell of the group in a place
        (
            "Prosecutors said the men belonged to an Islamic State cell in Surabaya that had stockpiled explosives.",
            "Islamic State",
            "Surabaya",
            True,
        ),
        (
            "The engineer ran a Jamaah Ansharut Daulah cell in Medan until his arrest.",
            "Jamaah Ansharut Daulah",
            "Medan",
            True,
        ),
        # near miss: the cell's men arrested in the place (one blow, the existing guard)
        (
            "Nine members of an Islamic State cell were arrested in Surabaya on Monday.",
            "Islamic State",
            "Surabaya",
            False,
        ),
        # near miss: a prison cell holds a captive, not the group's men at large
        (
            "The Islamic State recruiter was held in a cell in Surabaya for two years.",
            "Islamic State",
            "Surabaya",
            False,
        ),
    ],
)
def test_cell_in(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # a splinter named by its kind in an apposition, then its long fight for a place
        (
            "The 18th Front, a FARC dissident faction that has fought the Clan del Golfo for control of Antioquia "
            "since 2021, denied the charge.",
            "18th Front",
            "Antioquia",
            True,
        ),
        (
            "The Jaysh al-Izza, a Free Syrian Army faction that has fought Hayat Tahrir al-Sham for control of "
            "Hama since 2019, denied the report.",
            "Jaysh al-Izza",
            "Hama",
            True,
        ),
        # near miss: one clash on a day is no ground held
        (
            "The Jaysh al-Izza, a Free Syrian Army faction, clashed with Hayat Tahrir al-Sham in Hama on Monday.",
            "Jaysh al-Izza",
            "Hama",
            False,
        ),
    ],
)
def test_splinter_fought_for_control(
    extract_text: Extract, text: str, group: str, place: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # a river crossed, and a place faced from across it
        (
            "Los Lobos recruits in the port of Manta, across the Guayas River from Guayaquil.",
            "Los Lobos",
            "Guayas River",
            False,
        ),
        (
            "The Gulf Clan runs boats out of Turbo, across the gulf from Necocli.",
            "Clan del Golfo",
            "Necocli",
            False,
        ),
        # near miss: ground held across a region still counts
        (
            "Los Choneros are active across Manabi and Guayas.",
            "Los Choneros",
            "Manabí",
            True,
        ),
        (
            "Boko Haram remains active across the Lake Chad basin.",
            "Boko Haram",
            "Lake Chad Basin",
            True,
        ),
    ],
)
def test_across_water_and_from(
    extract_text: Extract, text: str, group: str, place: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected

"""Place relations, round twenty-four: a group named with its ground as one noun phrase wherever the phrase stands
("He said the ADF in Beni answered to ...", "what remains of the Abu Sayyaf in Sulu", "an offensive against the
ISGS in the hills of Menaka"), and a heading that names the ground and then the group its line is about
("Cauca: ELN drones hit an army base").

Every sentence was written for these tests, and each phrasing sits beside a near miss of the same shape: a talk,
a blow or an arrest in a place, a dated event, a state's own force, a cell of the group, a common noun read back
to a name, a dateline in capitals and a heading line about the group's rival.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

OP = "operatesIn"


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        # the name and its ground, after a reporting verb, a quantity or a preposition
        ("He said the ADF in Beni answered to a new emir.", "Allied Democratic Forces", "Beni"),
        ("What remains of the Abu Sayyaf in Sulu is a handful of fighters.", "Abu Sayyaf Group", "Sulu"),
        ("Analysts believe Hezbollah in Lebanon will rebuild slowly.", "Hezbollah", "Lebanon"),
        (
            "They were dissidents who broke away from the Muslim Brotherhood in Jordan.",
            "Muslim Brotherhood",
            "Jordan",
        ),
        (
            "The UVF in Northern Ireland regards the ceasefire as over.",
            "Ulster Volunteer Force",
            "Northern Ireland",
        ),
        # the stretch of land named before the place
        (
            "What remains of the ISGS in the hills of Menaka is a few dozen men.",
            "Islamic State Sahel Province",
            "Ménaka",
        ),
    ],
)
def test_group_named_with_its_ground(extract_text: Extract, text: str, group: str, place: str) -> None:
    got = extract_text(text)
    assert has_fact(got, group, OP, place), got.relations


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        # a talk, a blow or an arrest in a place
        ("Kinshasa signed a deal with the M23 in Doha.", "March 23 Movement", "Doha"),
        ("Soldiers were wounded in a clash with the NPA in Kabankalan.", "New People's Army", "Kabankalan"),
        ("Police arrested two men of the ADF in Kampala.", "Allied Democratic Forces", "Kampala"),
        ("The Islamic State fighters were routed by the Taliban in Zabul.", "Taliban", "Zabul"),
        # a dated event
        ("Envoys met the Taliban in Oslo on Monday.", "Taliban", "Oslo"),
        ("The M23 in Doha in July promised to withdraw.", "March 23 Movement", "Doha"),
        # what is done to the group in a place
        ("The speech praised the rout of Hezbollah in Syria.", "Hezbollah", "Syria"),
        # a cell of the group is there, not the whole
        ("They called themselves a cell of Hezbollah in Argentina.", "Hezbollah", "Argentina"),
        # a state's own force
        (
            "A spokesman for the Revolutionary Guards in Kerman said the men were arrested.",
            "Islamic Revolutionary Guard Corps",
            "Kerman",
        ),
    ],
)
def test_near_misses_stay_unread(extract_text: Extract, text: str, group: str, place: str) -> None:
    assert not has_fact(extract_text(text), group, OP, place)

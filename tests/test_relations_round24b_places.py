"""Place relations, round twenty-four (second pass): a group's reach and spread in brief prose ("has in recent years
pushed west into A", "now reaches the coastal counties of B"), an apposition that names the group's kind and then its
ground ("a militant network in the northern state of X", "a cell of local fighters that operates in Y"), and the last
of a run of "G in P" pairs ("AQAP in Yemen, al-Shabaab in Somalia and AQIS in Bangladesh").

Every sentence was written for these tests, and each phrasing sits beside a near miss of the same shape: ground lost,
a deal reached, the object of a hunt, a ban in a place and pairs that are the object of a verb.
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
        # a time span between the auxiliary and the verb of spread
        (
            "ISWAP has in recent years pushed west into Yobe and Adamawa.",
            "Islamic State West Africa Province",
            "Yobe",
        ),
        (
            "ISWAP has in recent years pushed west into Yobe and Adamawa.",
            "Islamic State West Africa Province",
            "Adamawa",
        ),
        # its reach, in the second verb phrase
        (
            "Al-Shabaab fights in Somalia and now reaches the coastal counties of Lamu and Mandera.",
            "al-Shabaab",
            "Lamu",
        ),
        (
            "Al-Shabaab fights in Somalia and now reaches the coastal counties of Lamu and Mandera.",
            "al-Shabaab",
            "Mandera",
        ),
        # an apposition: the kind of group and its ground
        ("Ansaru, a militant network in the northern state of Kaduna, claimed the raid.", "Ansaru", "Kaduna"),
        (
            "Ansaru, a cell of Nigerian fighters that operates in Kaduna, claimed the raid.",
            "Ansaru",
            "Kaduna",
        ),
        # the last of a run of "G in P" pairs
        (
            "Its franchises — AQAP in Yemen, al-Shabaab in Somalia and AQIS in Bangladesh — act alone.",
            "al-Qaeda in the Indian Subcontinent",
            "Bangladesh",
        ),
        (
            "Its franchises — AQAP in Yemen, al-Shabaab in Somalia and AQIS in Bangladesh — act alone.",
            "al-Qaeda in the Arabian Peninsula",
            "Yemen",
        ),
    ],
)
def test_reach_apposition_and_pairs(extract_text: Extract, text: str, group: str, place: str) -> None:
    got = extract_text(text)
    assert has_fact(got, group, OP, place), got.relations


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        # ground lost, not gained
        ("ISWAP has in recent years lost ground in Yobe.", "Islamic State West Africa Province", "Yobe"),
        # a deal reached in a place
        ("Al-Shabaab reached a deal in Mogadishu.", "al-Shabaab", "Mogadishu"),
        # the place is where others hunt the cell, and a ban in a place
        (
            "Ansaru, a cell of Nigerian fighters that soldiers hunt in Kaduna, claimed the raid.",
            "Ansaru",
            "Kaduna",
        ),
        ("Ansaru, a group banned in Kaduna, claimed the raid.", "Ansaru", "Kaduna"),
        # pairs that are the object of a verb
        (
            "Drones are hunting AQAP in Yemen and AQIS in Bangladesh.",
            "al-Qaeda in the Indian Subcontinent",
            "Bangladesh",
        ),
    ],
)
def test_near_misses_stay_unread(extract_text: Extract, text: str, group: str, place: str) -> None:
    assert not has_fact(extract_text(text), group, OP, place)

"""Place relations, nineteenth round: a group "whose strongholds are in" a list of places, places named as "areas
long dominated by" a group, a camp or base "of" a group "near" or "at" a place, a group "strong in" a place, a group
that is an owner's "main armed wing in" a place, a group that "plans to seize territory in" a place, a group's
"representative" or "commander in" a place, and money a group "has for decades raised in" a place.

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
        # the plural "strongholds are in", each place of the list
        (
            "The Ulster Volunteer Force, whose strongholds are in Larne and in Ballymena, denied the claim.",
            "Ulster Volunteer Force",
            "Ballymena",
        ),
        # a list of places, then "areas long dominated by" the group
        (
            "New crews have moved into Larne and Ballymena, areas long dominated by the Ulster Volunteer Force.",
            "Ulster Volunteer Force",
            "Larne",
        ),
        # one place, "a town controlled by" the group
        (
            "Gao, a town controlled by JNIM, was quiet on Friday.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            "Gao",
        ),
        # a camp of the group "near" a place
        (
            "Warplanes struck a camp of the Kurdistan Workers' Party near Zakho on Monday.",
            "Kurdistan Workers' Party",
            "Zakho",
        ),
        # a base of the group "at" a place
        (
            "Rockets hit a base of Hezbollah at Tyre overnight.",
            "Hezbollah",
            "Tyre",
        ),
        # "strong in" after a comma, each place of the list
        (
            "The bloc includes al-Shabaab, strong in Somalia and Kenya, and two smaller factions.",
            "al-Shabaab",
            "Kenya",
        ),
        # an owner's "main military arm in" a list of places
        (
            "The Popular Mobilization Forces are the government's main military arm in Nineveh and Anbar.",
            "Popular Mobilization Forces",
            "Anbar",
        ),
        # ground the group means to seize
        (
            "Hezbollah intended to seize territory in Syria by force.",
            "Hezbollah",
            "Syria",
        ),
        # the group's man posted in a place
        (
            "Osama Hamdan, a Hamas representative in Lebanon, dismissed the report.",
            "Hamas",
            "Lebanon",
        ),
        (
            "Abu Omar, a senior al-Shabaab commander in Gedo, was killed in a drone strike.",
            "al-Shabaab",
            "Gedo",
        ),
        # money raised in a place, over the years
        (
            "Hezbollah has for decades raised money in Paraguay.",
            "Hezbollah",
            "Paraguay",
        ),
    ],
)
def test_group_operates_in_place(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # leaders, not strongholds, are somewhere
        (
            "The Ulster Volunteer Force, whose leaders are in Larne, denied the claim.",
            "Ulster Volunteer Force",
            "Larne",
        ),
        # "once controlled by": ground it has lost
        (
            "Gao, a town once controlled by JNIM, was quiet on Friday.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            "Gao",
        ),
        # "attacked by": one blow, not ground held
        (
            "Gao, a town attacked by JNIM, was quiet on Friday.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            "Gao",
        ),
        # fighters near a place, not a standing site
        (
            "Warplanes struck fighters of the Kurdistan Workers' Party near Zakho on Monday.",
            "Kurdistan Workers' Party",
            "Zakho",
        ),
        # a delegation that arrived at a place
        (
            "A delegation of Hezbollah arrived at Tyre overnight.",
            "Hezbollah",
            "Tyre",
        ),
        # "strong in" something that is no place
        (
            "The bloc includes al-Shabaab, strong in its belief in Somalia, and two smaller factions.",
            "al-Shabaab",
            "Somalia",
        ),
        # another side seizes the ground
        (
            "Hezbollah accused Israel of trying to seize territory in Syria.",
            "Hezbollah",
            "Syria",
        ),
        # a former commander, and a man who only spoke somewhere
        (
            "A former Hamas commander in Lebanon said the movement had no plans for a new front.",
            "Hamas",
            "Lebanon",
        ),
        (
            "Osama Hamdan, a Hamas representative, spoke in Lebanon on Friday.",
            "Hamas",
            "Lebanon",
        ),
        # money raised for the dead of a war fought elsewhere
        (
            "Hezbollah raised money for the families of fighters killed in Syria.",
            "Hezbollah",
            "Syria",
        ),
    ],
)
def test_near_miss_is_no_ground(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)

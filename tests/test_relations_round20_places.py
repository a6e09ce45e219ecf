"""Place relations, twentieth round: a campaign waged or led against a group at a place ("has led the offensive
against G in X", "conducted 12 operations against G in X", "airstrikes hit G in X"), and a branch placed by its
adjective when another group is only listed beside it ("between the Houthis and AQAP, al-Qaeda's Yemeni branch").

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
        # a campaign led against the group at the place
        (
            "The provincial governor has led the offensive against Boko Haram in Borno state since 2019.",
            "Boko Haram",
            "Borno",
            True,
        ),
        # a count of operations in the plural
        (
            "Coalition partners conducted 12 operations against ISIS in Iraq in May, officials said.",
            "Islamic State",
            "Iraq",
            True,
        ),
        # a war waged against the group, a banned group named with its adjective
        (
            "Delhi has been waging a long campaign against the banned Communist Party of India (Maoist) in "
            "Chhattisgarh.",
            "Communist Party of India (Maoist)",
            "Chhattisgarh",
            True,
        ),
        # blows in the plural hitting the group at the place
        ("Kenyan airstrikes hit al-Shabaab in Lower Juba after the raid.", "al-Shabaab", "Lower Juba", True),
        # near miss: one operation against the group, not a campaign
        (
            "Coalition partners conducted an operation against ISIS in Iraq in May, officials said.",
            "Islamic State",
            "Iraq",
            False,
        ),
        # near miss: one strike on a day
        ("A Kenyan airstrike hit al-Shabaab in Lower Juba on Monday.", "al-Shabaab", "Lower Juba", False),
        # near miss: the campaign is the group's own voice about another place
        (
            "The provincial governor has led the offensive against Boko Haram, he told reporters in Abuja.",
            "Boko Haram",
            "Abuja",
            False,
        ),
    ],
)
def test_campaign_against_group_at_place(
    extract_text: Extract, text: str, group: str, place: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another group only listed beside the branch
        ("Officials alleged contacts between the Houthis and AQAP, al-Qaeda's Yemeni branch.", True),
        ("Diplomats spoke of ties between the Houthis or AQAP, al-Qaeda's Yemeni branch.", True),
        # near miss: the branch is another group's past
        ("The Houthis grew out of talks with AQAP, al-Qaeda's Yemeni branch.", False),
    ],
)
def test_branch_adjective_after_a_listed_group(extract_text: Extract, text: str, expected: bool) -> None:
    assert (
        has_fact(extract_text(text), "al-Qaeda in the Arabian Peninsula", "operatesIn", "Yemen") is expected
    )


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # an apposition naming the group's kind, after the object of a verb, then a clause that places it
        (
            "Two police sources said the gunmen belonged to Ansaru, the Boko Haram splinter that is active in Kaduna.",
            "Ansaru",
            "Kaduna",
            True,
        ),
        (
            "The talks are complicated by al-Shabaab, the al-Qaeda affiliate that controls much of southern Somalia.",
            "al-Shabaab",
            "Somalia",
            True,
        ),
        (
            "He was trying to join the Islamic State Sahel Province, the branch of the organisation that operates "
            "in Mali and Niger.",
            "Islamic State Sahel Province",
            "Niger",
            True,
        ),
        # near miss: the clause tells one blow, not where the group works
        (
            "Police said the men were linked to Ansaru, the Boko Haram splinter that bombed a church in Kaduna.",
            "Ansaru",
            "Kaduna",
            False,
        ),
        # near miss: the apposition names a person, not a kind of group
        (
            "Police said the men were linked to Ansaru, the Boko Haram leader who lives in Kaduna.",
            "Ansaru",
            "Kaduna",
            False,
        ),
    ],
)
def test_apposition_of_the_groups_kind_after_an_object(
    extract_text: Extract, text: str, group: str, place: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected

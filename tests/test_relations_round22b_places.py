"""Place relations, twenty-second round, second wave: a campaign waged "from bases in X" (the base noun needed), islands
or shoreline held on a lake, a group's network or module "operating in the south of X", a count of the group's own
attacks closed by "most of them in X", and "P, the G-held capital of R" (the capital held is P).

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
        # a campaign waged from bases named after "from"
        (
            "The PKK waged a guerrilla war on Ankara for decades from bases in the Qandil mountains of Iraq.",
            "Kurdistan Workers' Party",
            "Iraq",
            True,
        ),
        (
            "JNIM has pushed south from its strongholds in Mali over the past five years.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            "Mali",
            True,
        ),
        # near miss: the verb is a campaign's but "from" names where its men came from, not bases
        (
            "JNIM has pushed south from Mali over the past five years.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            "Mali",
            False,
        ),
    ],
)
def test_from_bases_in(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # islands and shoreline held on a lake
        (
            "Boko Haram still controls islands and shoreline on Lake Chad, officials say.",
            "Boko Haram",
            "Lake Chad Basin",
            True,
        ),
        # near miss: another force holds the islands; the group only lost men there
        (
            "The navy controls islands on Lake Chad, where Boko Haram fighters were killed.",
            "Boko Haram",
            "Lake Chad Basin",
            False,
        ),
    ],
)
def test_islands_on_lake(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # a network or module of the group operating in a part of the place
        (
            "Police said a Jaish-e-Mohammed network operating in the north of Pulwama had been broken up.",
            "Jaish-e-Mohammed",
            "Pulwama",
            True,
        ),
        (
            "Officers traced a Jaish-e-Mohammed module active in Pulwama.",
            "Jaish-e-Mohammed",
            "Pulwama",
            True,
        ),
        # near miss: the network is only caught in the place
        (
            "A Jaish-e-Mohammed network was busted in Pulwama on Monday.",
            "Jaish-e-Mohammed",
            "Pulwama",
            False,
        ),
    ],
)
def test_network_operating_in(
    extract_text: Extract, text: str, group: str, place: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # the group's own count of attacks, and where most fell
        (
            "Al-Shabaab has carried out some 70 raids since January, most of them in Lower Shabelle.",
            "al-Shabaab",
            "Lower Shabelle",
            True,
        ),
        # near miss: the raids are the army's, against the group
        (
            "The army has carried out some 70 raids on al-Shabaab since January, most of them in Lower Shabelle.",
            "al-Shabaab",
            "Lower Shabelle",
            False,
        ),
        # near miss: a count of the dead, not of its attacks
        (
            "Al-Shabaab said it killed 40 soldiers this year, most of them in Lower Shabelle.",
            "al-Shabaab",
            "Lower Shabelle",
            False,
        ),
    ],
)
def test_most_of_them_in(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # the capital held is the town the phrase is apposed to
        (
            "Shelling hit Goma, the M23-held capital of North Kivu, on Sunday.",
            "March 23 Movement",
            "Goma",
            True,
        ),
        # near miss: with no town before it the held capital is not named; the town of another sentence is not it
        (
            "Shelling hit Goma on Sunday. The M23-held capital of North Kivu was calm.",
            "March 23 Movement",
            "Goma",
            False,
        ),
    ],
)
def test_held_capital_apposed(
    extract_text: Extract, text: str, group: str, place: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected

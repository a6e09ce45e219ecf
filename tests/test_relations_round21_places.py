"""Place relations, twenty-first round: the ground a group strikes from ("fired rockets at Israel from Gaza"), a
"where" clause that stations the group ("the air base where the Wagner Group was deployed"), the group's own work
named by a nationality word ("the Islamic State's Iraqi network"), control of "many of" a place's parts, and the
group's men in a "with" phrase ("al-Shabaab, with cells in Kenya").

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
        # the ground a group fires from
        (
            "Hamas fired rockets at Israel from Gaza for years before the truce.",
            "Hamas",
            "Gaza Strip",
            True,
        ),
        (
            "The Houthis have repeatedly fired missiles at merchant ships from Yemen.",
            "Houthis",
            "Yemen",
            True,
        ),
        # a war waged from a place for years
        (
            "Palestinian Islamic Jihad has fought Israel from Gaza for two decades.",
            "Palestinian Islamic Jihad",
            "Gaza Strip",
            True,
        ),
        # near miss: the group is the target of a state's fire from the place
        (
            "Israel fired rockets at Hamas from the Golan Heights.",
            "Hamas",
            "Golan Heights",
            False,
        ),
        # near miss: a group driven from a place is no longer there
        (
            "The army drove Hamas fighters from Gaza City after a week of fighting.",
            "Hamas",
            "Gaza City",
            False,
        ),
        # near miss: men withdrawn from a place
        (
            "Hezbollah withdrew its fighters from southern Lebanon under the deal.",
            "Hezbollah",
            "Lebanon",
            False,
        ),
    ],
)
def test_strikes_from(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # a "where" clause that stations the group
        (
            "Envoys met near Sirte, where the Wagner Group was also deployed.",
            "Wagner Group",
            "Sirte",
            True,
        ),
        (
            "The talks were held in Sirte, where the Wagner Group is headquartered.",
            "Wagner Group",
            "Sirte",
            True,
        ),
        # near miss: the group was only struck there
        (
            "Envoys met near Sirte, where the Wagner Group was attacked.",
            "Wagner Group",
            "Sirte",
            False,
        ),
    ],
)
def test_where_stationed(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # the group's own network named by a nationality word
        (
            "The Islamic State's Iraqi network has shrunk since 2019.",
            "Islamic State",
            "Iraq",
            True,
        ),
        (
            "Investigators said the courier was a member of Jemaah Islamiyah's Malaysian network.",
            "Jemaah Islamiyah",
            "Malaysia",
            True,
        ),
        # near miss: people of that nationality, not ground
        (
            "Hezbollah's Syrian allies lost ground near the border.",
            "Hezbollah",
            "Syria",
            False,
        ),
        # near miss: another's operations, which the group attacks
        (
            "JNIM stepped up attacks on the army's Malian operations.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            "Mali",
            False,
        ),
    ],
)
def test_demonym_own_work(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # control of many of a place's parts
        (
            "The Comando Vermelho still controls many of Rio de Janeiro's favelas.",
            "Comando Vermelho",
            "Rio de Janeiro",
            True,
        ),
        (
            "Al-Shabaab controls some of Somalia's richest farmland.",
            "al-Shabaab",
            "Somalia",
            True,
        ),
        # near miss: a blow against many of its parts
        (
            "Al-Shabaab has attacked many of Somalia's bases this year.",
            "al-Shabaab",
            "Somalia",
            False,
        ),
    ],
)
def test_controls_many_of(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # the group's own cells in a "with" phrase after its name
        (
            "Al-Shabaab, with cells in Kenya and Ethiopia, denied any role.",
            "al-Shabaab",
            "Ethiopia",
            True,
        ),
        # ... or after its first clause
        (
            "Al-Shabaab operates mainly in Somalia, with fighters in Kenya's north-eastern counties.",
            "al-Shabaab",
            "Kenya",
            True,
        ),
        # near miss: another's men in the "with" phrase
        (
            "The army, with soldiers in Kenya, attacked al-Shabaab.",
            "al-Shabaab",
            "Kenya",
            False,
        ),
        (
            "Al-Shabaab fought the army, with soldiers in Kenya watching.",
            "al-Shabaab",
            "Kenya",
            False,
        ),
    ],
)
def test_with_men_in(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected

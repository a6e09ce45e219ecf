"""Place relations, twentieth round (second wave): a second clause said of a group in reported speech ("said G had
been banned and that it operates in X"), a "where" clause that keeps the group's men there ("a province where G
still has sleeper cells"), a "-based" apposition with adjectives ("G, the other big Pakistan-based group"), a
pronoun in a fronted clause that points to the main clause's subject ("Since it seized X, G has ..."), and the
"across X" clause read only for the group it is said of ("the al-Qaeda-aligned network that fought across X").

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
        # the second thing reported of the group: where it operates
        (
            "Prosecutors said Boko Haram had been banned for years and that it operates mainly in Borno state.",
            "Boko Haram",
            "Borno",
            True,
        ),
        # near miss: the second thing reported is an event the group held there
        (
            "Prosecutors said Boko Haram had been banned for years and that it held talks in Abuja.",
            "Boko Haram",
            "Abuja",
            False,
        ),
        # a "where" clause that keeps the group's own men in the place
        (
            "The suspect came from Diyala in eastern Iraq, a province where the Islamic State still has sleeper "
            "cells.",
            "Islamic State",
            "Diyala",
            True,
        ),
        # near miss: the clause says what the group has there, not its men
        (
            "The suspect came from Diyala in eastern Iraq, a province where the Islamic State still has a bad "
            "name.",
            "Islamic State",
            "Diyala",
            False,
        ),
        # a "-based" apposition with more than one adjective
        (
            "Police blamed Jaish-e-Mohammed, the other big Pakistan-based group, for the raid.",
            "Jaish-e-Mohammed",
            "Pakistan",
            True,
        ),
        # near miss: the apposition is the group's ally, which is the one based there
        (
            "Police blamed Jaish-e-Mohammed, the ally of a Pakistan-based group, for the raid.",
            "Jaish-e-Mohammed",
            "Pakistan",
            False,
        ),
    ],
)
def test_stated_shapes(extract_text: Extract, text: str, group: str, place: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "place", "expected"),
    [
        # the pronoun of a fronted clause is the subject named after it
        (
            "Hezbollah fired rockets from Lebanon. Since it seized the Gaza Strip in 2007, Hamas has ruled alone.",
            "Hamas",
            "Gaza Strip",
            True,
        ),
        # near miss: not the group of the sentence before
        (
            "Hezbollah fired rockets from Lebanon. Since it seized the Gaza Strip in 2007, Hamas has ruled alone.",
            "Hezbollah",
            "Gaza Strip",
            False,
        ),
    ],
)
def test_pronoun_of_a_fronted_clause(
    extract_text: Extract, text: str, group: str, place: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place) is expected


@pytest.mark.parametrize(
    ("text", "group", "expected"),
    [
        # the relative clause is the apposed network's
        (
            "The Islamic State praised the Caucasus Emirate, the network that had fought Russian troops across "
            "Dagestan for a decade.",
            "Caucasus Emirate",
            True,
        ),
        (
            "The Islamic State praised the Caucasus Emirate, the network that had fought Russian troops across "
            "Dagestan for a decade.",
            "Islamic State",
            False,
        ),
        # the parent named only as the network's adjective
        (
            "Officials described the al-Qaeda-aligned network that had fought Russian troops across Dagestan.",
            "al-Qaeda",
            False,
        ),
        # near miss: two groups listed before the clause both fought there
        (
            "The Islamic State and the Caucasus Emirate, which have fought Russian troops across Dagestan, are rivals.",
            "Islamic State",
            True,
        ),
    ],
)
def test_across_clause_of_one_group(extract_text: Extract, text: str, group: str, expected: bool) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", "Dagestan") is expected

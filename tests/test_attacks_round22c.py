"""Round twenty-two (c): a group's boasted toll does not replace an official one across wire items.

A later wire item usually carries the newest official figure, so the latest report's toll wins; but a count the
attackers boast of ("the group said its fighters had killed 80") is the group's word, read only where no official
count exists. The mark is read in one sentence (kg/extract/numbers.py) and carried to the merge of reports
(kg/resolve.py). Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.numbers import read_casualties
from kg.model import Extraction
from kg.resolve import resolve

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("sentence", "killed", "boasted"),
    [
        # the group's own men, then its count
        ("The movement said its fighters had killed 80 soldiers and seized two trucks.", 80, True),
        ("In a statement, the rebels said they had killed 35 troops at the outpost.", 35, True),
        ("The insurgents claimed the raid, saying it had killed 22 policemen.", 22, True),
        # near misses: the same count told by officials, or an official count beside the boast
        ("Officials said gunmen had killed 80 soldiers and seized two trucks.", 80, False),
        ("The army said 19 soldiers died, while the movement said its fighters had killed 80.", 19, False),
    ],
)
def test_a_boasted_count_is_marked(sentence: str, killed: int, boasted: bool) -> None:
    found = read_casualties(sentence)
    assert found.killed == killed
    assert found.boasted is boasted


_FIRST = (
    "Gunmen attacked an army camp near the town of Koro in central Mali on Sunday, killing at least 12 soldiers, "
    "security sources said on Monday."
)
_RISEN = (
    "The death toll from Sunday's attack on the army camp near Koro in central Mali has risen to 31 soldiers, "
    "officials said on Tuesday."
)
_BOAST = (
    "Jama'at Nusrat al-Islam wal-Muslimin claimed Sunday's attack on the army camp near Koro in central Mali on "
    "Wednesday. The group said its fighters had killed 90 soldiers."
)
_RISEN_AGAIN = (
    "The death toll from Sunday's attack on the army camp near Koro in central Mali has risen to 47 soldiers, "
    "officials said on Thursday."
)


def _killed(extract_text: Extract, *items: tuple[str, str]) -> list[int | None]:
    docs = [extract_text(text, date) for text, date in items]
    return [i.killed for i in resolve(docs, background=False).incidents if "2025-03" in (i.date or "")]


def test_a_later_boast_does_not_replace_the_official_toll(extract_text: Extract) -> None:
    items = [(_FIRST, "2025-03-10"), (_RISEN, "2025-03-11"), (_BOAST, "2025-03-12")]
    assert _killed(extract_text, *items) == [31]
    assert _killed(extract_text, *reversed(items)) == [31]


def test_a_boast_stands_where_no_official_count_was_given(extract_text: Extract) -> None:
    first = _FIRST.replace(", killing at least 12 soldiers", "")
    assert _killed(extract_text, (first, "2025-03-10"), (_BOAST, "2025-03-12")) == [90]


def test_an_official_revision_after_a_boast_still_wins(extract_text: Extract) -> None:
    # near miss: an official count that rises in a later item is taken as before
    items = [(_FIRST, "2025-03-10"), (_BOAST, "2025-03-12"), (_RISEN_AGAIN, "2025-03-13")]
    assert _killed(extract_text, *items) == [47]
    assert _killed(extract_text, *reversed(items)) == [47]


def test_an_official_count_after_a_boast_in_one_report_wins(extract_text: Extract) -> None:
    text = (
        "Gunmen attacked an army camp near the town of Koro in central Mali on Sunday. "
        "The group said its fighters had killed 90 soldiers. "
        "The army said 14 soldiers died."
    )
    (attack,) = extract_text(text, "2025-03-10").attacks
    assert attack.killed == 14


def test_a_count_after_an_official_one_in_one_report_does_not_replace_it(extract_text: Extract) -> None:
    # near miss: the first official count stands against a later boast
    text = (
        "Gunmen attacked an army camp near the town of Koro in central Mali on Sunday, killing 14 soldiers. "
        "The group said its fighters had killed 90 soldiers."
    )
    (attack,) = extract_text(text, "2025-03-10").attacks
    assert attack.killed == 14

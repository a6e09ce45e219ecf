"""Round twenty-three: an attack carries its boast mark, and reports of one district days apart stay apart.

Lone victims wounded, told by whose they were ("a nurse of the clinic was wounded") or two by two ("a cook and
a waiter were wounded"), are counted (kg/extract/numbers.py). The mark that a count of the dead is only the attackers' boast is set where the toll is read
(kg/extract/attacks.py) and carried on the attack (kg/model.py); the merge of reports (kg/resolve.py) reads the
field instead of reading the evidence again. Two wire items placing attacks in one district of the same month, dated
days apart, tell two attacks. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.numbers import read_casualties
from kg.model import Extraction
from kg.resolve import resolve

Extract = Callable[..., Extraction]


def test_a_boasted_toll_is_marked_on_the_attack(extract_text: Extract) -> None:
    text = (
        "Gunmen attacked an army post near the town of Djenne in central Mali on Sunday. "
        "The movement said its fighters had killed 60 soldiers."
    )
    (attack,) = extract_text(text, "2025-05-06").attacks
    assert attack.killed == 60
    assert attack.boasted is True


def test_an_official_toll_is_not_marked(extract_text: Extract) -> None:
    # near miss: the same count told by officials
    text = (
        "Gunmen attacked an army post near the town of Djenne in central Mali on Sunday. "
        "Officials said the gunmen had killed 60 soldiers."
    )
    (attack,) = extract_text(text, "2025-05-06").attacks
    assert attack.killed == 60
    assert attack.boasted is False


def test_an_attack_with_no_toll_is_not_marked(extract_text: Extract) -> None:
    text = "Gunmen attacked an army post near the town of Djenne in central Mali on Sunday."
    (attack,) = extract_text(text, "2025-05-06").attacks
    assert attack.boasted is False


_RAID = (
    "PEMBA, May 6 - Insurgents raided the village of Nangade in Cabo Delgado province of Mozambique on Saturday, "
    "killing six civilians, the district administrator said on Tuesday."
)
_LATER = (
    "PEMBA, May 9 - Insurgents attacked the village of Nangade in Cabo Delgado province of Mozambique on Thursday, "
    "burning a school and a clinic, officials said."
)
_AGAIN = (
    "PEMBA, May 5 - Insurgents raided the village of Nangade in Cabo Delgado province of Mozambique on Sunday, "
    "killing six civilians, the district administrator said on Monday."
)


def _days(extract_text: Extract, *items: tuple[str, str]) -> list[str | None]:
    docs = [extract_text(text, date) for text, date in items]
    return sorted(i.date or "" for i in resolve(docs, background=False).incidents)


def test_two_items_dated_days_apart_tell_two_attacks(extract_text: Extract) -> None:
    items = [(_RAID, "2025-05-06"), (_LATER, "2025-05-09")]
    assert _days(extract_text, *items) == ["2025-05-03", "2025-05-08"]
    assert _days(extract_text, *reversed(items)) == ["2025-05-03", "2025-05-08"]


def test_two_items_a_night_apart_tell_one_attack(extract_text: Extract) -> None:
    # near miss: "Saturday night" in one item, "Sunday" in the next, of one raid: a day apart, one attack
    items = [(_RAID, "2025-05-06"), (_AGAIN, "2025-05-05")]
    assert len(_days(extract_text, *items)) == 1


@pytest.mark.parametrize(
    ("sentence", "wounded"),
    [
        # one victim named by whose he was, then wounded
        ("A villager was killed and a nurse of the district clinic was wounded.", 1),
        ("A driver of the aid convoy, a father of four, was seriously injured.", 1),
        # two victims told one by one, wounded by one verb
        ("A cook and a waiter who ran to help were wounded.", 2),
        ("A shopkeeper, Omar Haddad, and a passer-by were also stabbed.", 2),
        # near misses: the attackers' own man; two clauses; two victims stabbed to death
        ("A fighter of the militants was wounded.", None),
        ("A soldier was killed and a guard was wounded.", 1),
        ("A soldier and a guard were stabbed to death.", None),
    ],
)
def test_lone_victims_wounded_are_counted(sentence: str, wounded: int | None) -> None:
    assert read_casualties(sentence).wounded == wounded

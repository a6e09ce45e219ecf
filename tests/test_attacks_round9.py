"""Attack rules, round nine: faults shown by eval/dev2, read as general rules.

Every sentence here was written for these tests. Documents are dated Thursday 26 September 2024 unless
a test says otherwise.

- A day named against the article's year ("on 22 March this year", "on March 22 last year") is a day.
- A semicolon opens a clause that may tell another attack: "the massacre at X, in which 145 died; in
  January, two bombers killed 95 in Y" is two attacks. A clause with nothing of its own still rejoins.
- An undated attack told soon after another, at a place in another country, is another attack.
- The manner of killing after the count ("stabbed three people to death", "burned seven villagers
  alive") counts the dead.
- "the four-day siege": a hyphenated word between the article and the attack word keeps it definite,
  so the toll that follows goes to the siege already told.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from readings import only_attack

from kg.extract.dates import find_dates
from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]
DATE = "2024-09-26"
ANCHOR = dt.date(2024, 9, 26)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on 22 March this year", "2024-03-22"),
        ("on March 22 last year", "2023-03-22"),
        ("on 3 January, this year", "2024-01-03"),
        ("on 5 May next year", "2025-05-05"),
        # a month alone, and an impossible day, keep the month
        ("in March this year", "2024-03"),
        ("on 31 February this year", "2024-02"),
    ],
)
def test_a_day_named_against_the_articles_year(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, ANCHOR, None)] == [value]


def test_a_semicolon_opens_a_second_attack(extract_text: Callable[..., Extraction]) -> None:
    ex = extract_text(
        "Its gunmen carried out the massacre at a wedding hall in Herat on 14 March this year, in which 61 "
        "people died; in January, two suicide bombers killed about 40 people at a shrine in Mazar-i-Sharif.",
        DATE,
    )
    found = {a.date: ({m.name for m in a.locations}, a.killed) for a in ex.attacks}
    assert found == {"2024-03-14": ({"Herat"}, 61), "2024-01": ({"Mazar-i-Sharif"}, 40)}


def test_a_clause_after_a_semicolon_with_nothing_of_its_own_stays_with_the_attack(
    extract_text: Callable[..., Extraction],
) -> None:
    ex = extract_text(
        "Gunmen stormed a hotel in Mogadishu on Monday night; they killed 21 guests before soldiers arrived.",
        DATE,
    )
    attack = only_attack(ex)
    assert attack.killed == 21
    assert [m.name for m in attack.locations] == ["Mogadishu"]


def test_an_undated_attack_in_another_country_is_not_more_of_the_last(
    extract_text: Callable[..., Extraction],
) -> None:
    ex = extract_text(
        "Gunmen attacked a concert in Vienna on 2 March, killing 12 people. Prosecutors said the men had "
        "been radicalised online. The trial comes after a man stabbed shoppers and wounded six at a market in "
        "Kraków, an attack the Islamic State claimed.",
        DATE,
    )
    found = {frozenset(m.name for m in a.locations): (a.killed, a.wounded) for a in ex.attacks}
    assert found == {frozenset({"Vienna"}): (12, None), frozenset({"Kraków"}): (None, 6)}


def test_an_undated_clause_in_the_same_country_still_goes_on_with_the_attack(
    extract_text: Callable[..., Extraction],
) -> None:
    ex = extract_text(
        "Gunmen attacked a bar in Paris on 13 November, killing 19 people. Three suicide bombers blew "
        "themselves up outside the stadium in Saint-Denis.",
        DATE,
    )
    assert len(ex.attacks) == 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("the attacker stabbed three people to death and wounded eight", 3),
        ("gunmen shot five villagers dead near the well", 5),
        ("the militants hacked 12 farmers to death", 12),
        ("they burned seven people alive in a church", 7),
        # attackers shot dead are not victims
        ("police shot three attackers dead", None),
        # shot, not killed
        ("the gunmen shot two soldiers and fled", None),
    ],
)
def test_the_manner_of_killing_after_the_count(text: str, killed: int | None) -> None:
    assert read_casualties(text).killed == killed


def test_a_hyphenated_word_keeps_the_siege_definite(extract_text: Callable[..., Extraction]) -> None:
    ex = extract_text(
        "On January 16, 2013, fighters stormed a gas plant near In Amenas in eastern Algeria. The plant was "
        "run by a state company. The attackers took hundreds of workers hostage. When special forces ended "
        "the four-day siege, 40 hostages were dead.",
        "2013-01-25",
    )
    attack = only_attack(ex)
    assert attack.killed == 40
    assert attack.date == "2013-01-16"

"""Relative dates and casualty figures, read off hand-written sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import find_dates
from kg.extract.numbers import read_casualties

THURSDAY = dt.date(2015, 1, 15)
MONDAY = dt.date(2024, 4, 1)


def values(text: str, anchor: dt.date | None, previous: str | None = None) -> list[str]:
    return [d.value for d in find_dates(text, anchor, previous)]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("gunmen attacked on Wednesday", THURSDAY, ["2015-01-14"]),
        ("late last Wednesday morning", THURSDAY, ["2015-01-07"]),
        ("in Montrouge last Thursday", THURSDAY, ["2015-01-08"]),
        ("On Friday, a gunman took hostages", THURSDAY, ["2015-01-09"]),
        ("Thursday's suicide bombing", dt.date(2019, 2, 16), ["2019-02-14"]),
        ("the cathedral bombing last Sunday", dt.date(2019, 2, 1), ["2019-01-27"]),
        ("on Wednesday", dt.date(2024, 12, 13), ["2024-12-11"]),
        ("a double suicide bombing on January 3 in Kerman", MONDAY, ["2024-01-03"]),
        ("warning lawmakers last March", MONDAY, ["2023-03"]),
        ("an attack last week", MONDAY, ["2024-03"]),
        ("just before a concert on March 23", MONDAY, ["2024-03-23"]),
        ("in September 2022", MONDAY, ["2022-09"]),
        ("On 9 August 2020, gunmen", MONDAY, ["2020-08-09"]),
        ("on 13 November 2015", MONDAY, ["2015-11-13"]),
        ("March 26, 2021", MONDAY, ["2021-03-26"]),
        ("Created in 2014, the group", MONDAY, ["2014"]),
        ("August last year", dt.date(2021, 3, 29), ["2020-08"]),
        (
            "In December 2019 they struck; the following month they struck again",
            MONDAY,
            ["2019-12", "2020-01"],
        ),
        ("three days ago", MONDAY, ["2024-03-29"]),
        ("yesterday", MONDAY, ["2024-03-31"]),
    ],
)
def test_dates_resolve_against_the_document_date(text: str, anchor: dt.date, expected: list[str]) -> None:
    assert values(text, anchor) == expected


def test_relative_dates_need_an_anchor_but_absolute_ones_do_not() -> None:
    assert values("on Thursday, in September 2022", None) == ["2022-09"]


def test_following_month_uses_the_date_before_it() -> None:
    assert values("the following month", MONDAY, previous="2019-12") == ["2020-01"]


def test_impossible_dates_are_not_dates() -> None:
    assert values("on 2024-02-30", MONDAY) == []


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        (
            "claimed responsibility for killing at least 143 people and wounding more than 100 others",
            143,
            100,
        ),
        ("a double suicide bombing which killed nearly 100 people", 100, None),
        ("opened fire, killing twelve people and wounding eleven.", 12, 11),
        ("Twenty-nine people were killed and about 220 injured", 29, 220),
        ("The assault that left 30 people dead", 30, None),
        ("which killed 40 paramilitary police", 40, None),
        (
            "killing four U.S. soldiers and four Nigerien soldiers and wounding two Americans and eight Nigeriens",
            8,
            10,
        ),
        ("which killed nine people at the hotel along with all five gunmen", 9, None),
        ("Forty hostages were killed, along with 29 of the militants", 40, None),
        ("killed at least 183 people, including 170 Afghan civilians and 13 U.S. service members", 183, None),
        ("two Muslim preachers were killed and four others wounded", 2, 4),
        ("the death toll rose to 57", 57, None),
    ],
)
def test_casualties_count_victims_as_stated(sentence: str, killed: int | None, wounded: int | None) -> None:
    c = read_casualties(sentence)
    assert (c.killed, c.wounded) == (killed, wounded)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mozambique says dozens killed in Palma attack",
        "security forces killed 29 militants",
        "the attack in 2019 shocked the country",
    ],
)
def test_vague_amounts_attackers_and_years_give_no_figure(sentence: str) -> None:
    assert read_casualties(sentence).killed is None


def test_a_day_without_a_year_takes_the_year_of_a_date_earlier_in_the_sentence() -> None:
    text = "He was arrested in April 2016, weeks after he fled the airport on 22 March."
    assert values(text, dt.date(2022, 6, 30)) == ["2016-04", "2016-03-22"]

"""Find dates in a sentence and resolve relative ones against the document date.

News gives dates at every precision: "on 9 August 2020", "in September 2022",
"January 3", "last March", "the November raid", "on Thursday", "last week",
"two days later", "the next morning", "in 2014". Each is
resolved to ISO 8601 at the precision the text gives (YYYY, YYYY-MM or
YYYY-MM-DD). Weekdays follow newsroom usage: "on Thursday" and "Thursday's"
are the most recent Thursday up to the article's date; "last Thursday" is the
Thursday of the previous calendar week.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_ABBREVIATIONS = {"september": ("sep", "sept"), "may": ()}
MONTHS = {
    name: i
    for i, month in enumerate(MONTH_NAMES, start=1)
    for name in (month.lower(), *_MONTH_ABBREVIATIONS.get(month.lower(), (month[:3].lower(),)))
}
WEEKDAYS = {day.lower(): i for i, day in enumerate(WEEKDAY_NAMES)}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# What opens a span of days: "between 2 and 9 October", "from 16 to 18 August", "on the night of 4 to 5 May"
# (a night is dated by the day it began, as "Saturday night" is); "on 4-5 May" needs no opener.
_SPAN_OPENS = r"(?i:between|from|(?:the\s+)?night\s+(?:of|from|between))"

# Order matters: the fuller forms are tried first and claim their span.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "on New Year's night 2017", "on Christmas Day 2011": a feast of a fixed day, in the year told
    (
        "feast_year",
        re.compile(
            rf"\b(?P<feast>New\s+Year['’]?s['’]?\s+(?:Eve|Day|night)|Christmas\s+(?:Eve|Day))\s*,?\s+(?:of\s+)?{_YEAR}\b"
        ),
    ),
    # "between 2 and 9 October 2024", "from 16 to 18 August": a span of days, dated by its first
    (
        "day_month_year",
        re.compile(
            rf"\b(?:(?P<opens>{_SPAN_OPENS})\s+)?{_DAY}\s*(?(opens)(?:and|to|until|-|–)|[-–])\s*[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s+{_YEAR}\b"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"\b(?:(?P<opens>{_SPAN_OPENS})\s+)?{_DAY}\s*(?(opens)(?:and|to|until|-|–)|[-–])\s*[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH}\b"
            r"(?!\s*,?\s*(?:19|20)\d\d)"
        ),
    ),
    ("day_month_year", re.compile(rf"\b{_DAY}\s+{_MONTH}\s*,?\s+{_YEAR}\b")),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    # "on the 3rd of March 2024", "the 3rd of March"
    ("day_of_month_year", re.compile(rf"\b(?i:the\s+){_DAY}\s+(?i:of)\s+{_MONTH},?\s+{_YEAR}\b")),
    ("day_of_month", re.compile(rf"\b(?i:the\s+){_DAY}\s+(?i:of)\s+{_MONTH}\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("month_year", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    # "on 22 March this year", "on March 22 last year": a day in the year named against the article's
    ("day_month_last_year", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+(?P<rel>last|this|next)\s+year\b")),
    ("month_day_last_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(?P<rel>last|this|next)\s+year\b")),
    ("month_last_year", re.compile(rf"\b{_MONTH}\s+(?P<rel>last|this|next)\s+year\b")),
    # "Last September," at a sentence's start as well as inside one.
    ("last_month_name", re.compile(rf"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+{_MONTH}\b")),
    ("day_month", re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)(?!\s*(?:%|per\b))")),
    # "on the night of Saturday to Sunday": the night is dated by the day it began (as "Saturday night" is).
    (
        "night_of",
        re.compile(
            rf"\b(?i:(?:the\s+)?night\s+(?:of|from|between)\s+){_WEEKDAY}\s+(?i:to|into|and)\s+"
            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    # "on Tuesday last week", "on Friday of next week": the weekday of the week named, as "last Tuesday" is.
    (
        "last_weekday",
        re.compile(rf"\b{_WEEKDAY}\s+(?:of\s+)?(?P<rel>last|next)\s+week\b(?!['’]s)"),
    ),
    # ("Last Tuesday, gunmen stormed ...": capitalised at the head of a sentence too)
    ("last_weekday", re.compile(rf"\b(?P<rel>[Ll]ast|this|next)\s+{_WEEKDAY}\b")),
    # "that Friday" points back into the story, not to the week of publication.
    # "Good Friday" and "Bloody Sunday" are names, not days of this week.
    (
        "weekday",
        re.compile(
            rf"(?<!that )(?<!same )(?<!Good )(?<!Black )(?<!Bloody )(?<!Holy )(?<!Easter )(?<!Palm )(?<!Ash )\b{_WEEKDAY}(?:'s|’s)?\b(?!\s+(?:Agreement|Accord|prayers?|sermon)\b)"
        ),
    ),
    (
        "relative_day",
        re.compile(
            r"\b(?P<rel>yesterday|today|tonight|(?:the\s+)?day\s+before\s+yesterday|(?<!the\s)last\s+night(?!\s+of\b)|"
            r"this\s+(?:morning|afternoon|evening))\b",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+ago\b",
            re.I,
        ),
    ),
    # "overnight" alone, in a story: the night before the story's date (taken only if no other day is told).
    (
        "overnight",
        re.compile(
            r"\b(?i:overnight)\b(?!\s*(?:on\s+|into\s+|to\s+|between\s+|of\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
            r"Friday|Saturday|Sunday|\d))(?!\s+(?i:curfews?|stays?|shifts?|flights?|trains?|bus|journeys?|trips?|visits?|"
            r"sessions?|talks|stops?|camps?|vigils?)\b)"
        ),
    ),
    # "at the weekend", "last weekend": the weekend just gone, of which only the month is sure.
    (
        "weekend",
        re.compile(r"\b(?:(?:at|over|during|on)\s+the|last|this\s+past|this)\s+weekend\b", re.I),
    ),
    (
        "last_period",
        re.compile(
            r"\b(?P<rel>last|this|next|earlier\s+this|later\s+this)\s+(?P<unit>week|month|year)\b", re.I
        ),
    ),
    # "in March", "the November raid": a month without a year is the latest such month.
    (
        "month_alone",
        re.compile(
            rf"(?:\b(?i:in|since|by|until|early|late|mid-|the|of)\s+|\b(?i:mid|early|late)-){_MONTH}(?!\s*,?\s*(?:19|20)\d\d)\b"
            r"(?!\s+(?:\d|of\b|(?i:that|the\s+same)\s+year\b))"
            # ("the Mar Elias church", "since Jan Smuts": a short month before a capital is a name)
            r"(?!(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\s+[A-Z])"
        ),
    ),
    # "Two days later", "a week later": counted from the date told just before.
    (
        "later",
        re.compile(
            r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+later\b",
            re.I,
        ),
    ),
    # "The verdict comes a month after a man stabbed three people": the present tense counts back from the
    # story's own day, as "a month ago" does.
    (
        "comes_after",
        re.compile(
            r"\b(?:comes|come)\s+(?:just\s+|only\s+|barely\s+|some\s+|nearly\s+|almost\s+|about\s+)?"
            r"(?P<rel>(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|months?)"
            r"\s+after)\b",
            re.I,
        ),
    ),
    # "It came a week after militants bombed a convoy", "Three days earlier, gunmen struck": counted back
    # from the day told just before (the attack just reported, when the attack reader passes its day).
    (
        "counted_back",
        re.compile(
            r"\b(?:(?:came|comes|occurred|happened)\s+(?:just\s+|only\s+|barely\s+|some\s+)?"
            r"(?P<rel>(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+after)|"
            r"(?P<rel2>(?P<n2>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit2>days?|weeks?)\s+"
            r"(?:earlier|before)(?=\s*,))|(?P<rel3>the\s+day\s+before(?!\s+yesterday)(?=\s*,)|"
            # ("said on 30 June that it had set off a bomb the previous evening": the day before the one told)
            r"the\s+(?:previous|preceding)\s+(?:day|evening|night|afternoon|morning)|"
            r"the\s+(?:night|evening)\s+before(?=\s*[,.;]|\s+(?:and|when|but)\b)))\b",
            re.I,
        ),
    ),
    # "came six months after two PKK militants attacked the ministry": the earlier event's month, counted back
    # from the attack just told ("comes": from the story's own day).
    (
        "months_after",
        re.compile(
            r"\b(?P<verb>came|comes|come|occurred|happened)\s+(?:just\s+|only\s+|barely\s+|some\s+|nearly\s+|"
            r"almost\s+|about\s+|more\s+than\s+|less\s+than\s+)?(?P<rel>(?P<n>\d+|a|one|two|three|four|five|six|"
            r"seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>months?|years?)\s+after)\b",
            re.I,
        ),
    ),
    # "seven years to the day after bombers attacked three churches": the anniversary of the story's own day.
    (
        "to_the_day",
        re.compile(
            r"\b(?P<rel>(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>years?|months?)\s+to\s+the\s+day\s+(?:after|since))\b",
            re.I,
        ),
    ),
    # "Two days after the Reasi attack, militants struck again": counted on from the attack just told.
    (
        "counted_on",
        re.compile(
            r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+after\b"
            r"(?=\s+(?:the|that|this|[A-Z]\w+day['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|ambush|assault|"
            r"massacre|raid|blast|killings?|shooting)\s*,)",
            re.I,
        ),
    ),
    # "the next morning", "the following night": the day after the one told just before.
    (
        "next_part_of_day",
        re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?:morning|afternoon|evening|night)\b", re.I),
    ),
    # "... recalled the events of 21 April 2019. That morning bombers struck three churches": a sentence that
    # opens on the part of the day told just before is dated to it (not "later that day", "said that day")
    (
        "that_part_of_day",
        re.compile(r"^\W*(?:(?:On|In)\s+)?(?:That|The\s+same)\s+(?:morning|afternoon|evening|night|day)\b"),
    ),
    (
        "in_year",
        re.compile(
            rf"\b(?:(?:in|since|of|during|by|from|until|throughout|early|late|mid-?)\s+|(?:mid|early|late)-){_YEAR}\b(?!-)",
            re.I,
        ),
    ),
    ("year_bare", re.compile(rf"(?<![\w-]){_YEAR}(?![\w-])")),
    (
        "following",
        re.compile(
            r"\b(?:the\s+)?(?P<rel>following|next|previous|preceding)\s+(?P<unit>day|week|month|year)\b", re.I
        ),
    ),
    # (after the years above, which they are counted from)
    # "A year later, gunmen struck again", "six months earlier": counted from the date told just before.
    (
        "months_later",
        re.compile(
            # ("exactly a year earlier": to the day)
            r"\b(?P<exact>(?:exactly|precisely)\s+)?(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"(?P<unit>months?|years?)\s+(?P<dir>later|earlier)\b",
            re.I,
        ),
    ),
    # "the year before", "the year after": the year next to the one told just before.
    (
        "year_before",
        re.compile(
            r"\bthe\s+year\s+(?P<dir>before|after)\b(?!\s+(?:the|that|this|last|its|his|her)\b)", re.I
        ),
    ),
    # "a bombing in Gothenburg that January", "in March that year": the month of the year told just before.
    ("month_that_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(?i:that|the\s+same)\s+year\b")),
    (
        "that_month",
        re.compile(
            rf"\b(?i:that(?:\s+same)?|the\s+same)\s+{_MONTH}\b(?!\s*,?\s*(?:19|20)\d\d)(?!\s+[0-3]?\d\b)"
        ),
    ),
    # "Since November 2023 the group has attacked ships. Its fighters hijacked the Galaxy Leader that month":
    # the month told just before.
    (
        "the_same_month",
        re.compile(r"\b(?:that(?:\s+same)?|the\s+same|later\s+that|earlier\s+that)\s+month\b", re.I),
    ),
]

# A pattern that names a month or a weekday, written capitalised, cannot match a text without the
# month's first three letters or "day": most sentences are skipped without running it.
_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NEEDS_MONTH = {
    "day_month_year",
    "month_day_year",
    "day_of_month_year",
    "day_of_month",
    "month_year",
    "day_month_last_year",
    "month_day_last_year",
    "month_last_year",
    "last_month_name",
    "month_that_year",
    "that_month",
    "day_month",
    "month_day",
    "month_alone",
}
_NEEDS_WEEKDAY = {"night_of", "last_weekday", "weekday"}

# Expressions counted from the day told before them, which a month or a year cannot anchor.
# "Hours later" and "later that day" are left unread: the attack reader takes two attacks told on one
# day for one (whatever their places), so dating the second to the first's day would merge them.
_COUNTED_FROM_A_DAY = frozenset(
    {"later", "next_part_of_day", "counted_back", "counted_on", "that_part_of_day"}
)

# Expressions counted from another event's day ("two days later", "the next day", "a week after"): a
# reader that knows which event was told last may pass its day as `previous`.
# ("Two days later" keeps counting from the last day told, whatever it was: earlier rounds chose so.)
COUNTED_FROM_EVENT = re.compile(
    r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?)\s+(?:earlier|after|before)|"
    r"(?:came|occurred|happened)\s+(?:[a-z]+\s+){0,2}?(?:months?|years?)\s+after|"
    r"(?:the\s+)?(?:next|following|previous|preceding)\s+day|the\s+day\s+before)\b",
    re.I,
)

_NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text and what it resolves to."""

    start: int
    end: int
    text: str
    value: str  # ISO 8601 at its precision: YYYY, YYYY-MM or YYYY-MM-DD
    relative: bool  # resolved against the anchor rather than read off the text

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month"}.get(len(self.value), "day")


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _iso(value: dt.date | tuple[int, int] | int) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return f"{value[0]:04d}-{value[1]:02d}"
    return f"{value:04d}"


def _resolve(
    kind: str, m: re.Match[str], anchor: dt.date | None, previous: str | None
) -> tuple[str, bool] | None:
    """Resolve one match to (ISO value, relative?) or None when it can't be."""
    g = m.groupdict()
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["m"]), int(g["d"]))
        return (_iso(d), False) if d else None
    if kind in ("day_month_year", "month_day_year", "day_of_month_year"):
        d = _safe_date(int(g["year"]), _month(g["month"]), int(g["day"]))
        return (_iso(d), False) if d else None
    if kind == "month_year":
        return _iso((int(g["year"]), _month(g["month"]))), False
    if kind == "feast_year":
        feast = " ".join(g["feast"].lower().replace("’", "'").split())
        month, day = (
            (12, 24)
            if feast == "christmas eve"
            else (12, 25)
            if feast.startswith("christmas")
            else ((12, 31) if feast.endswith("eve") else (1, 1))
        )
        return _iso(dt.date(int(g["year"]), month, day)), False
    if kind in ("month_that_year", "that_month"):
        if previous is None:
            return None
        return _iso((int(previous[:4]), _month(g["month"]))), True
    if kind == "the_same_month":
        if previous is None or len(previous) < 7:
            return None
        return previous[:7], True
    if kind in ("in_year", "year_bare"):
        return g["year"], False
    if anchor is None:
        return None
    if kind in ("day_month_last_year", "month_day_last_year"):
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        d = _safe_date(year, _month(g["month"]), int(g["day"]))
        return (_iso(d), True) if d else None
    if kind == "month_last_year":
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        return _iso((year, _month(g["month"]))), True
    if kind == "last_month_name":
        month = _month(g["month"])
        rel = g["rel"].lower()
        if rel == "last":
            # "last March" written in April is a year back: the March just gone would be "last month".
            year = anchor.year if month < anchor.month - 1 else anchor.year - 1
        elif rel == "next":
            year = anchor.year if month > anchor.month else anchor.year + 1
        else:
            year = anchor.year
        return _iso((year, month)), True
    if kind in ("day_month", "month_day", "day_of_month"):
        month, day = _month(g["month"]), int(g["day"])
        d = _safe_date(anchor.year, month, day)
        if d is None:
            return None
        # An undated day in a news story is the most recent one: "January 3" in April is this year's.
        if d > anchor + dt.timedelta(days=7):
            d = _safe_date(anchor.year - 1, month, day)
        return (_iso(d), True) if d else None
    if kind == "month_alone":
        month = _month(g["month"])
        # The latest such month up to the article: "in November" written in January is last year's.
        return _iso((anchor.year if month <= anchor.month else anchor.year - 1, month)), True
    if kind == "to_the_day":
        if anchor is None:
            return None
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
        if g["unit"].lower().startswith("year"):
            day = _safe_date(anchor.year - n, anchor.month, anchor.day)
        else:
            year, month = _shift_month(anchor.year, anchor.month, -n)
            day = _safe_date(year, month, anchor.day)
        return (_iso(day), True) if day else None
    if kind == "months_after":
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
        # "came ... after": counted back from the event told before; "comes ... after": from the story's day.
        if g["verb"].lower() in ("comes", "come") or previous is None:
            if anchor is None:
                return None
            year, month = anchor.year, anchor.month
        else:
            year, month = int(previous[:4]), int(previous[5:7]) if len(previous) >= 7 else 0
        if g["unit"].lower().startswith("year"):
            return _iso(year - n), True
        if not month:
            return None
        return _iso(_shift_month(year, month, -n)), True
    if kind == "months_later":
        if previous is None:
            return None
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
        n = n if g["dir"].lower() == "later" else -n
        months = 12 * n if g["unit"].lower().startswith("year") else n
        if g["exact"] and len(previous) == 10:
            year, month = _shift_month(int(previous[:4]), int(previous[5:7]), months)
            day = _safe_date(year, month, int(previous[8:10]))
            return (_iso(day), True) if day else None
        if g["unit"].lower().startswith("year"):
            if abs(n) == 1 and len(previous) >= 7:
                # "A year earlier" than October 2024: October 2023, as an analyst reads it; further back, the year
                return _iso((int(previous[:4]) + n, int(previous[5:7]))), True
            return _iso(int(previous[:4]) + n), True
        if len(previous) < 7:
            return None
        return _iso(_shift_month(int(previous[:4]), int(previous[5:7]), n)), True
    if kind == "year_before":
        if previous is None:
            return None
        return _iso(int(previous[:4]) + (1 if g["dir"].lower() == "after" else -1)), True
    if kind == "later":
        if previous is None or len(previous) < 10:
            return None
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
        days = n * (7 if g["unit"].lower().startswith("week") else 1)
        return _iso(dt.date.fromisoformat(previous) + dt.timedelta(days=days)), True
    if kind == "counted_on":
        if previous is None or len(previous) < 10:
            return None
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
        days = n * (7 if g["unit"].lower().startswith("week") else 1)
        return _iso(dt.date.fromisoformat(previous) + dt.timedelta(days=days)), True
    if kind == "counted_back":
        if previous is None or len(previous) < 10:
            return None
        n_text = g["n"] or g["n2"] or "one"
        unit = g["unit"] or g["unit2"] or "day"
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text.lower()]
        days = n * (7 if unit.lower().startswith("week") else 1)
        return _iso(dt.date.fromisoformat(previous) - dt.timedelta(days=days)), True
    if kind == "that_part_of_day":
        if previous is None or len(previous) < 10:
            return None
        return previous, True
    if kind == "next_part_of_day":
        # Only a day counts: "in March 2021 ... the next morning" says nothing more precise.
        if previous is None or len(previous) < 10:
            return None
        return _iso(dt.date.fromisoformat(previous) + dt.timedelta(days=1)), True
    if kind == "last_weekday":
        wd, rel = WEEKDAYS[g["weekday"].lower()], g["rel"].lower()
        week_start = anchor - dt.timedelta(days=anchor.weekday())
        offset = {"last": -7, "this": 0, "next": 7}[rel]
        return _iso(week_start + dt.timedelta(days=offset + wd)), True
    if kind == "night_of":
        wd = WEEKDAYS[g["weekday"].lower()]
        return _iso(anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)), True
    if kind == "overnight":
        # Only in the lede, before any other date: later in a story "overnight" follows the day just told.
        return (_iso(anchor - dt.timedelta(days=1)), True) if previous is None else None
    if kind == "weekday":
        wd = WEEKDAYS[g["weekday"].lower()]
        back = (anchor.weekday() - wd) % 7
        return _iso(anchor - dt.timedelta(days=back)), True
    if kind == "relative_day":
        rel = g["rel"].lower()
        days = 2 if "before" in rel else 1 if rel == "yesterday" or rel.startswith("last") else 0
        return _iso(anchor - dt.timedelta(days=days)), True
    if kind in ("ago", "comes_after"):
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            return _iso(anchor - dt.timedelta(days=n)), True
        if unit == "fortnight":
            return _iso(anchor - dt.timedelta(weeks=2 * n)), True
        if unit == "week":
            # "two weeks ago" counts whole weeks back from the story's day: a day, like "ten days ago".
            return _iso(anchor - dt.timedelta(weeks=n)), True
        if unit == "month":
            return _iso(_shift_month(anchor.year, anchor.month, -n)), True
        return _iso(anchor.year - n), True
    if kind == "weekend":
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        return _iso(_ym(saturday)), True
    if kind == "last_period":
        rel, unit = " ".join(g["rel"].lower().split()), g["unit"].lower()
        delta = -1 if rel == "last" else 1 if rel == "next" else 0
        if unit == "week":
            return _iso(_ym(anchor + dt.timedelta(weeks=delta))), True
        if unit == "month":
            return _iso(_shift_month(anchor.year, anchor.month, delta)), True
        return _iso(anchor.year + delta), True
    if kind == "following":
        if previous is None:
            return None
        rel, unit = g["rel"].lower(), g["unit"].lower()
        delta = 1 if rel in ("following", "next") else -1
        year = int(previous[:4])
        if unit == "year":
            return _iso(year + delta), True
        if len(previous) < 7:
            return None
        month = int(previous[5:7])
        if unit == "month":
            return _iso(_shift_month(year, month, delta)), True
        if len(previous) < 10:
            return None
        base = dt.date.fromisoformat(previous)
        step = dt.timedelta(days=1 if unit == "day" else 7)
        return _iso(base + step * delta), True
    return None


def _ym(d: dt.date) -> tuple[int, int]:
    return d.year, d.month


def _year_anchor(year: str) -> dt.date:
    """An anchor at the end of `year`, so a day in it resolves to that year."""
    return dt.date(int(year), 12, 31)


def _same_event(between: str) -> bool:
    """Whether a dated phrase still governs a later day: not when a new event is coordinated in between.

    "in April 2016, weeks after he fled on 22 March" ties the day to 2016; "a bombing in September
    2022 and a double bombing on January 3" tells two events, and the day keeps the article's year.
    """
    if re.search(
        r"\b(?:after|before|later|earlier|until|when|weeks|days|months|following|previous)\b", between, re.I
    ):
        return True
    return not re.search(r"\band\s+(?:a|an|another)\b|;", between, re.I)


# "MAPUTO, March 28 —": a dateline before a date says when the report was filed.
# ("LOMÉ, April 16 —", "LOMÉ/DAKAR, April 17 —": capitals with accents, two cities of filing)
# ("KABUL/ISLAMABAD (Jan 12) —": the day in brackets after the city)
# ("POPAYÁN, Colombia (August 5, 2026) —": the story's day in brackets after the country)
DATELINE = re.compile(r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ .’'/-]+(?:,(?:\s+[A-ZÀ-Þ][\w .’'-]+(?:,|\s*\())?|\s*\()\s*$")

# "..., security sources said on Monday": the day it was said, not a day the story tells of.
_SAID_ON = re.compile(
    r"\b(?:said|says|told|reported|announced|stated|added|confirmed)\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.I
)


# "the March 23 Movement", "the April 6 Youth Movement", "the 17 February Revolution coalition": a date that
# names a body, a street or an event is no day the story tells of.
_NAMED_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]+\s+)?(?:Movement|Brigades?|Front|Organi[sz]ation|Coalition|Alliance|Group|Revolution|"
    r"Uprising|Bridge|Street|Avenue|Square|Stadium|Road)\b"
)

# "the slogans of April 19, the Colombian guerrilla movement that...": a date that names a body, told by the
# apposition after it (not "on April 19, the armed group that..." nor "April 19, the day the group ...")
_NAMED_BY_APPOSITION = re.compile(
    r",\s+the\s+(?:[\w-]+\s+){1,3}?(?:group|organi[sz]ation|movement|guerrillas?|faction|militia|cell|network)"
    r"\s+(?:that|which|whose|who|behind|responsible)\b",
    re.I,
)
_DAY_INTRODUCED = re.compile(r"\b(?:on|since|until|till|by|before|after|from|in|of\s+the\s+night)\s+$", re.I)


# "on the night of 4 March, a Friday,", "May 3 (a Sunday)": the weekday of a day just named
_DAY_THEN_WEEKDAY = re.compile(
    rf"(?:\b[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH}|\b{_MONTH.replace('(?P<month>', '(?:')}\s+[0-3]?\d(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?:19|20)\d\d)?"
    r"\s*(?:,\s*|\(\s*)(?i:a\s+|which\s+was\s+a\s+)?$"
)


# "on Friday, 23 August 2024", "on Tuesday, March 5": a weekday and the day it was, named just after
_WEEKDAY_THEN_DAY = re.compile(
    rf"\s*,?\s*(?:(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH.replace('(?P<month>', '(?:')}\s+"
    r"[0-3]?\d(?:st|nd|rd|th)?)\b"
)


def find_dates(text: str, anchor: dt.date | None, previous: str | None = None) -> list[DateMention]:
    """All date expressions in `text`, resolved against `anchor`, in text order.

    `previous` is the last date resolved before this text, for "the following
    month". Spans never overlap: the fullest reading of a span wins.
    """
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    has_month = any(p in text for p in _MONTH_PREFIXES)
    has_weekday = "day" in text
    for kind, pattern in _PATTERNS:
        if (kind in _NEEDS_MONTH and not has_month) or (kind in _NEEDS_WEEKDAY and not has_weekday):
            continue
        for m in pattern.finditer(text):
            if kind == "month_alone":
                start, end = m.span("month")
            elif kind in ("comes_after", "months_after", "to_the_day"):
                start, end = m.span("rel")
            elif kind == "counted_back":
                # "came a week after": the date is the earlier event's, which the words after "after" tell.
                start, end = m.span(next(k for k in ("rel", "rel2", "rel3") if m.group(k)))
            else:
                start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if kind in ("day_month", "month_day") and _NAMED_AFTER.match(text, end):
                continue
            if (
                kind in ("day_month", "month_day")
                and _NAMED_BY_APPOSITION.match(text, end)
                and not _DAY_INTRODUCED.search(text[max(0, start - 20) : start])
            ):
                continue
            if kind == "weekday" and _DAY_THEN_WEEKDAY.search(text, 0, start):
                continue  # "on 4 March, a Friday,": the day already named, not the Friday of this week
            if kind == "weekday" and _WEEKDAY_THEN_DAY.match(text, end):
                continue  # "on Friday, 23 August 2024": the weekday of the day named next
            before = [d for d in found if d.end <= start]
            if kind == "overnight":
                # "OUAGADOUGOU, May 13 - ... overnight": the dateline is not a day told in the story.
                before = [d for d in before if not DATELINE.match(text[: d.start])]
            if kind in ("counted_back", "months_after", "comes_after"):
                # "Monday's raid was the worst since February and came three months after ...": counted from
                # the event the sentence is about, not from where a span of time began
                before = [
                    d
                    for d in before
                    if not re.search(r"\bsince\s+$", text[max(0, d.start - 8) : d.start], re.I)
                ]
            if kind in _COUNTED_FROM_A_DAY:
                # "On 5 March, the worst since 2017, ...; hours later": counted from the day, not the year.
                before = [d for d in before if len(d.value) == 10]
            context = max(before, key=lambda d: d.end).value if before else previous
            if kind in ("day_month", "month_day", "day_of_month"):
                # "arrested in April 2016, weeks after he fled the airport on 22 March": a day
                # without a year takes the year of a dated event earlier in the same sentence.
                dated = [d for d in before if not d.relative and _same_event(text[d.end : start])]
                year = max(dated, key=lambda d: d.end).value[:4] if dated else None
                resolved = _resolve(kind, m, _year_anchor(year) if year else anchor, context)
            else:
                resolved = _resolve(kind, m, anchor, context)
            if resolved is None:
                continue
            value, relative = resolved
            taken.append((start, end))
            found.append(DateMention(start, end, text[start:end], value, relative))
    if any(
        d.precision == "day"
        and d.text.lower() != "overnight"
        and not DATELINE.match(text[: d.start])
        and not _SAID_ON.search(text[max(0, d.start - 40) : d.start])
        for d in found
    ):
        # "on Friday ... overnight": the night of the day told, not the night before the story
        # ("OUAGADOUGOU, May 13 - ... overnight": a dateline's day is the story's, which "overnight" follows).
        found = [d for d in found if d.text.lower() != "overnight"]
    found.sort(key=lambda d: d.start)
    return found

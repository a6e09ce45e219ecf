"""Round nineteen (second pass): person affiliations, read as general rules.

Every sentence here was written for these tests.

- "Penang police chief Commissioner Datuk P told reporters": Malaysia's honours (Datuk, Tan Sri, Datuk Seri)
  stand between the office and the name as a rank does (not "Penang police arrested businessman Datuk P").
- "P, who leads the Crisis Group's Sahel programme": a programme or a desk of a body is the body's own (not
  "P, who leads the Crisis Group's critics").
- At the trial of men "accused of belonging to the G" (or where "the defendants, aged ..., are members of the G"),
  "The alleged ringleader, P", "Two further defendants, A and B", "Another defendant, P" are G's (not "the
  defendant's brother, P", nor "a witness, P", nor defendants where no trial of the group's members is told).
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_police_chief_with_malaysian_honour(extract_text: Extract) -> None:
    ex = extract_text(
        "The attacker fled on a motorcycle, Penang police chief Commissioner Datuk Hamzah Yusof told reporters."
    )
    assert among("Penang police", bodies_of(ex, "Hamzah Yusof"))


def test_two_word_honour_after_office(extract_text: Extract) -> None:
    ex = extract_text(
        "The suspect had trained abroad, Royal Malaysia Police deputy chief Tan Sri Hamzah Yusof said on Monday."
    )
    assert among("Royal Malaysia Police", bodies_of(ex, "Hamzah Yusof"))


def test_honoured_man_arrested_by_police_is_no_officer(extract_text: Extract) -> None:
    ex = extract_text("Penang police arrested businessman Datuk Hamzah Yusof over the bribes on Monday.")
    assert not among("Penang police", bodies_of(ex, "Hamzah Yusof"))


def test_who_leads_the_bodys_programme(extract_text: Extract) -> None:
    ex = extract_text(
        "Nadia Farouk, who leads the International Crisis Group's Sahel programme, said the juntas were isolated."
    )
    assert among("International Crisis Group", bodies_of(ex, "Nadia Farouk"))


def test_who_heads_the_groups_media_desk(extract_text: Extract) -> None:
    ex = extract_text(
        "Nadia Farouk, who heads the Islamic State's media desk in Raqqa, was captured on Friday."
    )
    assert among("Islamic State", bodies_of(ex, "Nadia Farouk"))


def test_who_leads_the_bodys_critics_is_no_member(extract_text: Extract) -> None:
    ex = extract_text(
        "Nadia Farouk, who leads the International Crisis Group's critics, said the juntas were isolated."
    )
    assert not among("International Crisis Group", bodies_of(ex, "Nadia Farouk"))


_TRIAL = (
    'The trial of six men accused of belonging to the neo-Nazi group "Nordic Resistance Movement" opened in '
    "Stockholm on Monday. The alleged ringleader, Johan Berg, 31, is said to have bought the rifles. "
    "Two further defendants, Erik Lund and Nils Holm, are accused of acting as his deputies. "
)


def test_ringleader_and_further_defendants_of_a_groups_trial(extract_text: Extract) -> None:
    ex = extract_text(_TRIAL)
    for name in ("Johan Berg", "Erik Lund", "Nils Holm"):
        assert among("Nordic Resistance Movement", bodies_of(ex, name)), name


def test_defendants_brother_at_a_groups_trial_is_no_member(extract_text: Extract) -> None:
    ex = extract_text(
        _TRIAL + "The defendant's brother, Olof Lindgren, told reporters the case was political."
    )
    assert not among("Nordic Resistance Movement", bodies_of(ex, "Olof Lindgren"))


def test_another_defendant_after_defendants_are_members(extract_text: Extract) -> None:
    ex = extract_text(
        "The defendants, aged between 30 and 60, are members of the Nordic Resistance Movement, prosecutors said. "
        "Another defendant, Anders Karlsson, 45, said he had only driven the car. "
        "A witness, Lars Dahl, said the men trained in a forest."
    )
    assert among("Nordic Resistance Movement", bodies_of(ex, "Anders Karlsson"))
    assert not among("Nordic Resistance Movement", bodies_of(ex, "Lars Dahl"))


def test_defendant_where_no_members_trial_is_told(extract_text: Extract) -> None:
    ex = extract_text(
        "Two men went on trial in Stockholm accused of attacking an office of the Nordic Resistance Movement. "
        "Another defendant, Anders Karlsson, 45, said he had only driven the car."
    )
    assert not among("Nordic Resistance Movement", bodies_of(ex, "Anders Karlsson"))

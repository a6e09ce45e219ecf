"""Round twenty-three: alliances and rivalries in a few more of the words reporters use, each beside a near miss.

Members of a named bloc ("the axis of resistance, which also includes A and B") are allied with one another;
"X acts in close coordination with Y" and "X made a pact with Y" are alliances; two groups that "each accused
the other" (or "blamed each other") are rivals, and so are a group and those it drove out ("X drove A and B out of",
"X launched an offensive, driving Y out of"). Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

HOUTHIS, KH = "Houthis", "Kata'ib Hezbollah"
CJNG, TTP, ISKP = (
    "Jalisco New Generation Cartel",
    "Tehrik-i-Taliban Pakistan",
    "Islamic State Khorasan Province",
)
ISS = "Islamic State Somalia Province"
JNIM, ISSP = "Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State Sahel Province"


def test_members_listed_in_a_bloc_are_allied(extract_text: Extract) -> None:
    got = extract_text(
        "Iran's axis of resistance, which also includes Hezbollah and Hamas, has lost ground since 2024."
    )
    assert has_fact(got, "Hezbollah", "alliedWith", "Hamas")


def test_a_ceasefire_that_includes_two_groups_is_no_bloc(extract_text: Extract) -> None:
    got = extract_text("The ceasefire of Doha, which includes Hamas and Hezbollah, held for a week.")
    assert not has_fact(got, "Hezbollah", "alliedWith", "Hamas")


def test_members_of_a_bloc_and_the_list_it_includes(extract_text: Extract) -> None:
    got = extract_text(
        'The Houthis are members of the "axis of resistance", which includes Hezbollah in Lebanon and the '
        "Palestinian group Hamas."
    )
    assert has_fact(got, HOUTHIS, "alliedWith", "Hezbollah")
    assert has_fact(got, HOUTHIS, "alliedWith", "Hamas")
    assert has_fact(got, "Hezbollah", "alliedWith", "Hamas")


def test_members_of_parliament_are_no_bloc(extract_text: Extract) -> None:
    got = extract_text("The Houthis are members of parliament, which includes Hezbollah.")
    assert not has_fact(got, HOUTHIS, "alliedWith", "Hezbollah")


def test_a_bloc_that_groups_them_with_a_list(extract_text: Extract) -> None:
    got = extract_text("Kataib Hezbollah joined an axis that groups them with Hamas and Lebanon's Hezbollah.")
    assert has_fact(got, "Hamas", "alliedWith", "Hezbollah")


def test_acting_in_coordination_with(extract_text: Extract) -> None:
    got = extract_text("Kataib Hezbollah acts in close coordination with the Houthis in the Red Sea.")
    assert has_fact(got, KH, "alliedWith", HOUTHIS)


def test_denied_acting_in_coordination(extract_text: Extract) -> None:
    got = extract_text("Kataib Hezbollah denied that it acts in coordination with the Houthis.")
    assert not has_fact(got, KH, "alliedWith", HOUTHIS)


def test_made_a_pact_or_common_cause(extract_text: Extract) -> None:
    assert has_fact(
        extract_text("In Jalisco, Los Chapitos have made a pact with the Jalisco New Generation Cartel."),
        "Los Chapitos",
        "alliedWith",
        CJNG,
    )
    assert has_fact(
        extract_text("Los Chapitos made common cause with the Jalisco New Generation Cartel last year."),
        "Los Chapitos",
        "alliedWith",
        CJNG,
    )


def test_a_truce_or_a_peace_pact_is_no_alliance(extract_text: Extract) -> None:
    for text in (
        "Los Chapitos made a truce with the Jalisco New Generation Cartel last year.",
        "Los Chapitos made a peace pact with the Jalisco New Generation Cartel last year.",
        "Los Chapitos made no pact with the Jalisco New Generation Cartel last year.",
    ):
        assert not has_fact(extract_text(text), "Los Chapitos", "alliedWith", CJNG), text


def test_each_accused_the_other(extract_text: Extract) -> None:
    got = extract_text("Both the TTP and ISIS-K claimed the bombing, and each accused the other of lying.")
    assert has_fact(got, TTP, "rivalOf", ISKP)
    got = extract_text(
        "Al-Shabaab and the Islamic State Somalia Province issued statements claiming the raid, each accusing "
        "the other of inflating its role."
    )
    assert has_fact(got, "al-Shabaab", "rivalOf", ISS)


def test_blamed_each_other(extract_text: Extract) -> None:
    got = extract_text(
        "The Sinaloa Cartel and the Jalisco New Generation Cartel blamed each other for the massacre."
    )
    assert has_fact(got, "Sinaloa Cartel", "rivalOf", CJNG)


def test_denied_or_never_blamed_each_other(extract_text: Extract) -> None:
    for text in (
        "The Sinaloa Cartel and the Jalisco New Generation Cartel denied that they accused each other.",
        "The Sinaloa Cartel and the Jalisco New Generation Cartel never blamed each other.",
    ):
        assert not has_fact(extract_text(text), "Sinaloa Cartel", "rivalOf", CJNG), text


def test_a_pair_that_blamed_a_third(extract_text: Extract) -> None:
    got = extract_text("Hamas and Hezbollah accused Israel of the strike on the camp.")
    assert not has_fact(got, "Hamas", "rivalOf", "Hezbollah")


def test_drove_a_list_of_groups_out(extract_text: Extract) -> None:
    got = extract_text(
        "HTS drove the Nour al-Din al-Zenki Movement and the Salafist group Ahrar al-Sham out of western Aleppo."
    )
    assert has_fact(got, "Hayat Tahrir al-Sham", "rivalOf", "Nour al-Din al-Zenki Movement")
    assert has_fact(got, "Hayat Tahrir al-Sham", "rivalOf", "Ahrar al-Sham")


def test_drove_a_group_to_talks_is_no_list_driven_out(extract_text: Extract) -> None:
    got = extract_text("JNIM drove Ansarul Islam to the negotiating table in 2019.")
    assert not has_fact(got, JNIM, "rivalOf", "Ansarul Islam")


def test_an_offensive_driving_a_group_out(extract_text: Extract) -> None:
    got = extract_text(
        "JNIM launched an offensive in Menaka, driving the Islamic State Sahel Province out of the town."
    )
    assert has_fact(got, JNIM, "rivalOf", ISSP)
    got = extract_text("JNIM seized the town last week, expelling the Islamic State Sahel Province.")
    assert has_fact(got, JNIM, "rivalOf", ISSP)


def test_an_offensive_forcing_a_group_to_talk(extract_text: Extract) -> None:
    got = extract_text(
        "JNIM launched an offensive in Menaka, forcing the Islamic State Sahel Province to negotiate."
    )
    assert not has_fact(got, JNIM, "rivalOf", ISSP)


def test_an_army_offensive_gives_no_group_pair(extract_text: Extract) -> None:
    got = extract_text(
        "The army launched an offensive in Menaka with JNIM nearby, driving the Islamic State Sahel Province out."
    )
    assert not has_fact(got, JNIM, "rivalOf", ISSP)

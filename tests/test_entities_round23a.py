"""Round twenty-three (a): spurious places and bodies read from words that name none.

A threat level or a statement's opening formula in capitals, "the Crown" of a court report, a hospital NER
took for a body, a church described by its faith or a site after "a", a nationality on one side of a
border, a civic day, and a town NER cut in two. Each positive sits beside a near miss of the same shape.
Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def _names(got: set[tuple[str, EntityType]]) -> set[str]:
    return {name for name, _ in got}


def test_threat_level_in_capitals_is_no_place(extract_text: Extract) -> None:
    got = typed(extract_text("The national threat level was raised to SEVERE on Friday, officials said."))
    assert not any(name == "SEVERE" for name, _ in got)


def test_capitalised_place_in_a_threat_story_stays(extract_text: Extract) -> None:
    got = typed(extract_text("The threat level was raised after a raid in SEVERODVINSK on Friday."))
    assert not any(name.casefold() == "severe" for name, _ in got)


def test_opening_formula_of_a_statement_is_no_body(extract_text: Extract) -> None:
    got = typed(
        extract_text("In the name of God, the Compassionate, the Merciful. The front claims the raid.")
    )
    assert not ({"Compassionate", "Merciful"} & _names(got))


def test_the_crown_of_a_court_report_is_no_body(extract_text: Extract) -> None:
    got = typed(extract_text("Crown prosecutor Helen Marsh told the court the Crown would oppose bail."))
    assert ("Helen Marsh", EntityType.PERSON) in got
    assert "Crown" not in _names(got)


def test_crown_prosecution_service_stays_a_body(extract_text: Extract) -> None:
    got = typed(extract_text("The Crown Prosecution Service said it had authorised two charges."))
    assert any(name.startswith("Crown Prosecution") for name, _ in got)


def test_military_hospital_is_a_place(extract_text: Extract) -> None:
    got = typed(extract_text("Two wounded soldiers were flown to the army's Command Hospital in Udhampur."))
    assert ("Command Hospital", EntityType.LOCATION) in got
    assert ("Command Hospital", EntityType.ORGANIZATION) not in got


def test_military_command_stays_a_body(extract_text: Extract) -> None:
    got = typed(extract_text("The army's Northern Command said two soldiers were wounded near Udhampur."))
    assert ("Northern Command", EntityType.LOCATION) not in got


def test_church_described_by_its_faith_is_no_site(extract_text: Extract) -> None:
    got = typed(
        extract_text("Gunmen attacked an Orthodox church in Kizlyar and a Protestant church in Sisli.")
    )
    assert not any("church" in name for name, _ in got)
    assert ("Kizlyar", EntityType.LOCATION) in got


def test_church_named_by_a_proper_name_stays_a_site(extract_text: Extract) -> None:
    got = typed(extract_text("Gunmen attacked the Mar Yousef church in Kizlyar on Sunday."))
    assert ("Mar Yousef church", EntityType.LOCATION) in got


def test_site_after_an_indefinite_article_is_the_town(extract_text: Extract) -> None:
    got = typed(
        extract_text("A guard wounded in the raid died on Thursday in a Khujand hospital, police said.")
    )
    assert ("Khujand", EntityType.LOCATION) in got
    assert not any("hospital" in name for name, _ in got)


def test_site_after_the_article_stays_named(extract_text: Extract) -> None:
    got = typed(extract_text("The gunmen stormed the Amarula Palma hotel on Thursday, police said."))
    assert ("Amarula Palma hotel", EntityType.LOCATION) in got


def test_nationality_on_a_border_is_no_place(extract_text: Extract) -> None:
    got = typed(extract_text("Several of the men had trained on the Afghan-Pakistan frontier before 2001."))
    assert ("Pakistan", EntityType.LOCATION) in got
    assert "Afghan" not in _names(got)


def test_two_towns_on_a_border_are_both_places(extract_text: Extract) -> None:
    got = typed(extract_text("Several of the men had trained near the Kabul-Jalalabad highway before 2001."))
    assert {("Kabul", EntityType.LOCATION), ("Jalalabad", EntityType.LOCATION)} <= got


def test_people_of_myanmar_is_no_place(extract_text: Extract) -> None:
    got = typed(extract_text("The TNLA, a Palaung force, seized two towns in northern Shan State."))
    assert "Palaung" not in _names(got)


def test_civic_day_is_no_place(extract_text: Extract) -> None:
    got = typed(extract_text("The group planted a device on a lorry in Lurgan to mark Brexit day."))
    assert ("Lurgan", EntityType.LOCATION) in got
    assert not any("Brexit" in name for name, _ in got)


def test_town_cut_in_two_is_one_name(extract_text: Extract) -> None:
    extraction = extract_text(
        '"We will not yield," the governor told reporters in Tuxtla Gutiérrez on Monday.'
    )
    written = {m.text for m in extraction.mentions if m.type is EntityType.LOCATION}
    assert "Tuxtla Gutiérrez" in written
    assert "Gutiérrez" not in written


def test_two_towns_side_by_side_stay_two(extract_text: Extract) -> None:
    extraction = extract_text("Troops moved from Gao to Menaka, Mali, on Tuesday.")
    written = {m.text for m in extraction.mentions if m.type is EntityType.LOCATION}
    assert {"Gao", "Menaka"} <= written


def test_second_half_read_as_a_surname_joins_the_town(extract_text: Extract) -> None:
    extraction = extract_text("In Tuxtla Gutiérrez, the governor spoke to reporters after the ambush.")
    assert ("Tuxtla Gutiérrez", EntityType.LOCATION) in {(m.text, m.type) for m in extraction.mentions}
    assert not any(m.type is EntityType.PERSON for m in extraction.mentions)


def test_person_named_after_a_town_stays_a_person(extract_text: Extract) -> None:
    got = typed(extract_text("Officials in Mosul Ahmed Khalil and Omar Said were named by the court."))
    assert ("Mosul", EntityType.LOCATION) in got
    assert ("Ahmed Khalil", EntityType.PERSON) in got

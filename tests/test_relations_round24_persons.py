"""Round twenty-four: who belongs to which body, read from shapes a reporter uses often.

An office after a word of time ("once", "formerly"), a federal prosecutor by title, a judge styled "Justice",
a spokesman for a body named in apposition, an embassy's attaché, a group acting under a man's command, and a
man who "had joined" a group in the clause after his arrest. Each positive sits beside a near miss of the same
shape. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_office_after_once_is_his(extract_text: Extract) -> None:
    got = extract_text("Ahmed Yusuf, once al-Shabaab's deputy leader, defected to the government in 2022.")
    assert among("Shabaab", bodies_of(got, "Ahmed Yusuf"))


def test_office_after_formerly_is_his(extract_text: Extract) -> None:
    got = extract_text("Omar Haji, formerly a senior Hamas commander, now lives in Doha.")
    assert among("Hamas", bodies_of(got, "Omar Haji"))


def test_no_office_after_once_is_nobodys(extract_text: Extract) -> None:
    got = extract_text("Ahmed Yusuf, once al-Shabaab's hostage, now teaches at a school in Nairobi.")
    assert not among("Shabaab", bodies_of(got, "Ahmed Yusuf"))


def test_assistant_us_attorney_is_in_the_justice_department(extract_text: Extract) -> None:
    got = extract_text(
        'The Justice Department charged the man in March. "He wanted to kill," Assistant U.S. Attorney '
        "Tom Baker told the jury."
    )
    assert among("Justice", bodies_of(got, "Tom Baker"))


def test_defense_attorney_is_not_in_the_justice_department(extract_text: Extract) -> None:
    got = extract_text(
        'The Justice Department charged the man in March. "He wanted to help," defense attorney '
        "Tom Baker told the jury."
    )
    assert not among("Justice", bodies_of(got, "Tom Baker"))


def test_judge_styled_justice_sits_in_the_court_named_before(extract_text: Extract) -> None:
    got = extract_text(
        "A man was sentenced in the High Court of Kenya on Monday. He had pleaded guilty. "
        "Justice Helen Ward said the man had planned the attack for months."
    )
    assert among("High Court", bodies_of(got, "Helen Ward"))


def test_minister_of_justice_is_no_judge(extract_text: Extract) -> None:
    got = extract_text(
        "A man was sentenced in the High Court of Kenya on Monday. He had pleaded guilty. "
        "Minister of Justice Helen Ward said the man had planned the attack for months."
    )
    assert not among("High Court", bodies_of(got, "Helen Ward"))


def test_spokesman_for_a_body_named_in_apposition(extract_text: Extract) -> None:
    got = extract_text(
        '"The crew are safe," said Nikos Andreou, a spokesman for the operator, Eastmed Shipping.'
    )
    assert among("Eastmed", bodies_of(got, "Nikos Andreou"))


def test_body_after_the_comma_that_opens_a_clause_is_not_his(extract_text: Extract) -> None:
    got = extract_text(
        "Nikos Andreou, a spokesman for the operator, Eastmed Shipping said the crew were safe."
    )
    assert not among("Eastmed", bodies_of(got, "Nikos Andreou"))


def test_attache_at_an_embassy(extract_text: Extract) -> None:
    got = extract_text(
        "Reza Amini, the cultural attaché at Iran's embassy in Buenos Aires, left the country in 1994."
    )
    assert among("Embassy", bodies_of(got, "Reza Amini"))


def test_man_who_met_an_attache_is_not_of_the_embassy(extract_text: Extract) -> None:
    got = extract_text("Reza Amini met the cultural attaché at Iran's embassy in Buenos Aires in 1994.")
    assert not among("Embassy", bodies_of(got, "Reza Amini"))


def test_group_operating_under_his_command(extract_text: Extract) -> None:
    got = extract_text(
        "The three were members of the Abu Sayyaf operating under the Jolo-based command of Tom Reyes."
    )
    assert among("Abu Sayyaf", bodies_of(got, "Tom Reyes"))


def test_group_operating_under_pressure_from_him(extract_text: Extract) -> None:
    got = extract_text("The three were members of the Abu Sayyaf operating under pressure from Tom Reyes.")
    assert not among("Abu Sayyaf", bodies_of(got, "Tom Reyes"))


def test_group_which_had_a_faction_under_him(extract_text: Extract) -> None:
    got = extract_text("He said the Abu Sayyaf, which had a faction under Tom Reyes, had few fighters left.")
    assert among("Abu Sayyaf", bodies_of(got, "Tom Reyes"))


def test_group_which_had_a_truce_with_him(extract_text: Extract) -> None:
    got = extract_text("The Abu Sayyaf, which had a truce with Tom Reyes, freed the hostages on Monday.")
    assert not among("Abu Sayyaf", bodies_of(got, "Tom Reyes"))


def test_arrested_where_he_had_joined_a_cell(extract_text: Extract) -> None:
    got = extract_text(
        "Ali Musa was arrested in Marawi in 2023, where he had joined a cell of the Islamic State."
    )
    assert among("Islamic State", bodies_of(got, "Ali Musa"))


def test_speaker_is_not_the_he_who_joined(extract_text: Extract) -> None:
    got = extract_text(
        "Ali Musa said the suspect was arrested in 2023, after he had joined the Islamic State."
    )
    assert not among("Islamic State", bodies_of(got, "Ali Musa"))


def test_arrested_where_he_had_fought_a_group(extract_text: Extract) -> None:
    got = extract_text("Ali Musa was arrested in Marawi in 2023, where he had fought the Islamic State.")
    assert not among("Islamic State", bodies_of(got, "Ali Musa"))


def test_spokesman_for_a_groups_command_who_gave_his_name(extract_text: Extract) -> None:
    got = extract_text(
        "A spokesman for the Gojjam command of the Amhara Fano National Movement, who gave his name as "
        "Dawit Bekele, said its fighters had taken the town."
    )
    assert among("Fano", bodies_of(got, "Dawit Bekele"))


def test_victim_of_a_groups_command_who_gave_his_name(extract_text: Extract) -> None:
    got = extract_text(
        "A victim of the Gojjam command of the Amhara Fano National Movement, who gave his name as "
        "Dawit Bekele, said fighters had beaten him."
    )
    assert not among("Fano", bodies_of(got, "Dawit Bekele"))

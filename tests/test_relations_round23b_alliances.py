"""Round twenty-three (second wave): alliances and rivalries in a few more shapes, each beside a near miss.

"Hostile to A and to B" says the same of both; with two groups in a sentence, "but has cooperated with it" is a tie between them; and
"seized the town from the Z-backed Y" is a fight with Y, not only with Z. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

JNIM, ISSP = "Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State Sahel Province"
TTP, ISKP = "Tehrik-i-Taliban Pakistan", "Islamic State Khorasan Province"
HTS = "Hayat Tahrir al-Sham"


def test_hostile_to_one_and_to_another(extract_text: Extract) -> None:
    got = extract_text(
        "ISKP, which is openly hostile to the TTP and to the Afghan Taliban, claimed the bombing."
    )
    assert has_fact(got, ISKP, "rivalOf", TTP)
    assert has_fact(got, ISKP, "rivalOf", "Taliban")


def test_envoys_sent_to_one_and_to_another_are_no_rivalry(extract_text: Extract) -> None:
    got = extract_text("ISKP, which sent envoys to the TTP and to the Afghan Taliban, claimed the bombing.")
    assert not has_fact(got, ISKP, "rivalOf", "Taliban")


def test_cooperated_with_it_names_the_other_group(extract_text: Extract) -> None:
    got = extract_text(
        "Jamaat-ul-Ahrar is not formally part of the TTP but has cooperated with it since 2022."
    )
    assert has_fact(got, "Jamaat-ul-Ahrar", "alliedWith", TTP)


def test_not_cooperated_with_it_is_no_tie(extract_text: Extract) -> None:
    got = extract_text(
        "Jamaat-ul-Ahrar is not formally part of the TTP and has not cooperated with it since 2022."
    )
    assert not has_fact(got, "Jamaat-ul-Ahrar", "alliedWith", TTP)


def test_broke_away_and_fought_it(extract_text: Extract) -> None:
    got = extract_text("Hurras al-Din broke away from HTS in 2018 and has fought it in the hills ever since.")
    assert has_fact(got, "Hurras al-Din", "rivalOf", HTS)


def test_broke_away_and_held_it_is_no_fight(extract_text: Extract) -> None:
    got = extract_text("Hurras al-Din broke away from HTS in 2018 and has held the hills ever since.")
    assert not has_fact(got, "Hurras al-Din", "rivalOf", HTS)


def test_seized_from_a_group_a_compound_tags_with_its_patron(extract_text: Extract) -> None:
    got = extract_text("The Taliban seized Asadabad from the ISKP-linked Jamaat-ul-Ahrar in May.")
    assert has_fact(got, "Taliban", "rivalOf", "Jamaat-ul-Ahrar")


def test_bought_from_a_tagged_group_is_no_fight(extract_text: Extract) -> None:
    got = extract_text("The Taliban bought crops in Asadabad from the ISKP-linked Jamaat-ul-Ahrar in May.")
    assert not has_fact(got, "Taliban", "rivalOf", "Jamaat-ul-Ahrar")

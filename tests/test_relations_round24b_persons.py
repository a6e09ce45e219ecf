"""Round twenty-four (b): leaders named in analysis, read as general rules.

Every sentence here was written for these tests.

- "Under P, G turned to ..." and "Under P, a cleric from X, it pledged ...": a sentence opened by the man the group
  acted under is about the group he led, "it" being the group the sentence before is about (not "Under pressure
  from P, G ...", nor "Under P, G was pushed out of ...", where the group suffered what the clause tells).
- "G has about 300 fighters in X under P": the group counts its men as his command (not "G has about 300
  fighters under attack from forces of P").
- "P, whose G forms the largest part of H": the unit he leads is his (not "P, whose G captors released him").
- "G issued a statement claiming P as one of its fighters": the group claims the man as its own, "its" told by the
  tagger (not "the police named P as one of its most wanted men").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_sentence_opened_under_a_leader_names_his_group(extract_text: Extract) -> None:
    ex = extract_text("Under Abubakar Shekau, Boko Haram turned to mass abductions of schoolchildren.")
    assert among("Boko Haram", bodies_of(ex, "Abubakar Shekau"))


def test_under_a_leader_then_the_group_suffered_is_not_his(extract_text: Extract) -> None:
    ex = extract_text("Under Muhammadu Buhari, Boko Haram was pushed out of most towns it had held.")
    assert not among("Boko Haram", bodies_of(ex, "Muhammadu Buhari"))


def test_under_pressure_from_a_man_is_not_his_command(extract_text: Extract) -> None:
    ex = extract_text("Under pressure from Abubakar Shekau, Ansaru moved its camps north.")
    assert not among("Ansaru", bodies_of(ex, "Abubakar Shekau"))


def test_under_a_leader_it_stands_for_the_group_before(extract_text: Extract) -> None:
    ex = extract_text(
        "The Allied Democratic Forces began as a Ugandan rebellion in the 1990s. Under Musa Baluku, a hardline "
        "cleric, it pledged allegiance to the Islamic State."
    )
    assert among("Allied Democratic Forces", bodies_of(ex, "Musa Baluku"))


def test_group_has_fighters_under_a_commander(extract_text: Extract) -> None:
    ex = extract_text(
        "Ansar al-Sunna has about 300 fighters in Cabo Delgado under Abu Yasir Hassan, officials say."
    )
    assert among("Ansar al-Sunna", bodies_of(ex, "Abu Yasir Hassan"))


def test_group_has_fighters_under_attack_is_not_his(extract_text: Extract) -> None:
    ex = extract_text(
        "Ansar al-Sunna has about 300 fighters in Cabo Delgado under attack from troops of Abu Yasir Hassan."
    )
    assert not among("Ansar al-Sunna", bodies_of(ex, "Abu Yasir Hassan"))


def test_whose_unit_forms_part_of_a_coalition(extract_text: Extract) -> None:
    ex = extract_text(
        "The pledge was renewed by Amadou Koufa, whose Katiba Macina forms the largest part of JNIM, last month."
    )
    assert among("Katiba Macina", bodies_of(ex, "Amadou Koufa"))


def test_whose_captors_are_not_his_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The aid worker Ali Hassan, whose Hamas captors released him on Friday, flew home to Cairo."
    )
    assert not among("Hamas", bodies_of(ex, "Ali Hassan"))


def test_group_claims_the_man_as_one_of_its_fighters(extract_text: Extract) -> None:
    ex = extract_text(
        "Late on Sunday Islamic Jihad issued a statement claiming Khaled Mansour as one of its fighters."
    )
    assert among("Islamic Jihad", bodies_of(ex, "Khaled Mansour"))


def test_police_naming_a_man_as_one_of_its_wanted_is_no_group(extract_text: Extract) -> None:
    ex = extract_text("Late on Sunday the Kenyan police named Khaled Mansour as one of its most wanted men.")
    assert not bodies_of(ex, "Khaled Mansour")

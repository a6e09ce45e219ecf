"""Round twenty-two (d): ranks before names, capitals, names cut at "de", trades before names.

Every sentence here was written for these tests.

- "wounded Detective Chief Inspector Mark Doyle": the rank is no body; "the Detective Training Unit" may be one.
- "Tarvola, the capital of the Orvan region": a capital is a place; "Tarvola, the parent of ..." says nothing.
- "the newspaper El Diario de Sonora": a name cut after "de" runs on into its place; "El Diario said in
  Sonora" is two names.
- "the 45-year-old heavy-equipment operator Ramil Dugay", "a truck driver Felipe Amaya": a trade before a name
  is the person's; "the mine operator Kibali Goldmines" stays a firm.
- "a faction under Omari Belawan", "Hatib Rajan Kanuwa, whom the army calls": a person's.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import mention_names, typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PERSON = EntityType.PERSON
ORGANIZATION = EntityType.ORGANIZATION
LOCATION = EntityType.LOCATION


def test_a_rank_before_a_name_is_no_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Dissidents shot and wounded Detective Chief Inspector Mark Doyle at a leisure centre in Omagh in 2023."
    )
    assert "Detective" not in mention_names(ex)
    assert ("Mark Doyle", PERSON) in typed(ex)


def test_a_body_named_with_a_rank_word_stays(extract_text: Extract) -> None:
    ex = extract_text(
        "The Detective Training Unit in Belfast said on Monday that forty officers had graduated."
    )
    assert "Detective" not in mention_names(ex)


def test_a_capital_is_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Rebels captured Tarvola, the capital of the Orvan region, in March after weeks of fighting."
    )
    assert ("Tarvola", LOCATION) in typed(ex)
    assert ("Tarvola", ORGANIZATION) not in typed(ex)


def test_a_name_with_no_capital_after_it_is_not_made_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "The Orvan Relief Trust, the charity that feeds the camps, said it had run out of flour."
    )
    assert ("Orvan Relief Trust", LOCATION) not in typed(ex)


def test_a_newspaper_cut_at_de_runs_on_into_its_place(extract_text: Extract) -> None:
    ex = extract_text(
        "The figures came from a tally kept by the newspaper El Diario de Sonora since January."
    )
    assert ("El Diario de Sonora", ORGANIZATION) in typed(ex)
    assert "El Diario de" not in mention_names(ex)


def test_a_name_then_a_place_with_no_de_stays_two(extract_text: Extract) -> None:
    ex = extract_text("The newspaper El Diario said in Sonora on Friday that the toll had risen to nine.")
    assert "El Diario de Sonora" not in mention_names(ex)


def test_a_trade_before_a_name_is_the_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The kidnapped man, the 45-year-old heavy-equipment operator Ramil Dugay, was freed in May after his "
        "family paid a ransom."
    )
    assert ("Ramil Dugay", PERSON) in typed(ex)


def test_a_firm_after_operator_stays_a_firm(extract_text: Extract) -> None:
    ex = extract_text("The mine operator Kibali Goldmines said output fell after the attack on the convoy.")
    assert ("Kibali Goldmines", PERSON) not in typed(ex)


def test_a_driver_named_after_his_trade_is_no_place(extract_text: Extract) -> None:
    ex = extract_text(
        "The victim, a 40-year-old truck driver Felipe Amaya, was found dead beside the highway."
    )
    assert ("Felipe Amaya", LOCATION) not in typed(ex)


def test_a_faction_under_a_name_is_under_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The group, which saw a faction under Omari Belawan pledge allegiance to the Islamic State, split in 2016."
    )
    assert ("Omari Belawan", PERSON) in typed(ex)


def test_whom_is_said_of_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The raid was ordered by Hatib Rajan Kanuwa, whom the army has described as a senior commander."
    )
    assert ("Hatib Rajan Kanuwa", PERSON) in typed(ex)

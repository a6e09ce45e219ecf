"""Round twenty-five: entities, second pass.

Mentions (kg/extract/mentions/classify.py, people.py, groups.py): a clause's opening word or a title's last word
NER took into a name; the second portfolio of a body's name cut at its "and"; a list of languages after "speaking";
a name made an adjective ("-scale", "-style"); a leader's name after "the government of"; the social network X at a
sentence's end. Gazetteer (kg/gazetteer.py): nationality words of more countries, and of peoples without a state.
Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import mention_names as names_of
from readings import typed

from kg import gazetteer
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


# --- gazetteer -----------------------------------------------------------------------------------------------


def test_more_nationality_words_name_their_country() -> None:
    assert gazetteer.country_of_demonym("Argentine") == "AR"
    assert gazetteer.country_of_demonym("Burmese") == "MM"
    assert gazetteer.country_of_demonym("Togolese") == "TG"
    assert gazetteer.country_of_demonym("Cypriots") == "CY"


def test_a_people_without_a_state_is_a_nationality_of_no_country() -> None:
    assert gazetteer.country_of_demonym("Kurdish") is None
    assert gazetteer.is_nationality("Kurdish")
    assert gazetteer.is_people("Uyghurs")
    assert not gazetteer.is_nationality("Kandahar")


# --- mentions ------------------------------------------------------------------------------------------------


def test_a_people_s_word_before_militant_group_is_no_group(extract_text: Extract) -> None:
    ex = extract_text("The Uyghur militant group claimed the bombing of a bus depot in Kashgar.")
    assert "Uyghur" not in names_of(ex)


def test_a_nationality_before_militant_group_is_no_group(extract_text: Extract) -> None:
    ex = extract_text("The Burmese militant group denied any role in the ambush near Lashio.")
    assert "Burmese" not in names_of(ex)


def test_a_clause_s_opening_if_is_no_part_of_a_town_s_name(extract_text: Extract) -> None:
    ex = extract_text('"If Kidal falls, the rebels will lose their last stronghold," a diplomat said.')
    assert "If Kidal" not in names_of(ex)
    assert ("Kidal", EntityType.LOCATION) in typed(ex)


def test_special_agent_in_charge_is_a_title(extract_text: Extract) -> None:
    ex = extract_text(
        "Special Agent in Charge Marisol Quintero of the FBI's Denver field office said the arrest was timely."
    )
    assert ("Marisol Quintero", EntityType.PERSON) in typed(ex)
    assert "Charge Marisol Quintero" not in names_of(ex)


def test_a_body_s_name_goes_on_past_the_and_of_its_portfolios(extract_text: Extract) -> None:
    ex = extract_text(
        "The Federal Commission for Safety and Resilience warned on Monday that threats had grown."
    )
    assert ("Federal Commission for Safety and Resilience", EntityType.ORGANIZATION) in typed(ex)
    assert "Resilience" not in names_of(ex)


def test_a_list_of_languages_spoken_names_no_one(extract_text: Extract) -> None:
    ex = extract_text(
        "Witnesses said the raiders were speaking Tamasheq, Fulfulde and Hausa as they left Gao."
    )
    assert not {"Tamasheq", "Fulfulde", "Hausa"} & names_of(ex)


def test_a_name_made_an_adjective_names_nothing(extract_text: Extract) -> None:
    ex = extract_text("Analysts warned of a Westgate-style siege on a shopping centre in Nairobi.")
    assert "Westgate" not in names_of(ex)


def test_the_government_of_a_leader_names_a_person(extract_text: Extract) -> None:
    ex = extract_text("Talks collapsed in 2019, and the then government of Rodrigo Salcedo ended them.")
    assert ("Rodrigo Salcedo", EntityType.PERSON) in typed(ex)


def test_x_at_a_sentence_s_end_is_the_medium_not_a_name(extract_text: Extract) -> None:
    # like "posted on Telegram": the network a message went out on is no party, and "X. He" is no one
    ex = extract_text("The militia's spokesman wrote on X. He said four fighters had been killed.")
    assert not any(name.startswith("X") for name in names_of(ex)), names_of(ex)


def test_a_unit_once_named_as_the_army_s_stays_the_army_s(extract_text: Extract) -> None:
    text = (
        "Rebels ambushed a convoy near Tame, and the army's Ninth Division blamed the fighters of the front. "
        "General Ruiz, the Ninth Division's commander, said the rebels had fled."
    )
    assert ("Ninth Division", EntityType.GROUP) not in typed(extract_text(text))

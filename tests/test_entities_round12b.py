"""Entities, twelfth round (second pass): names NER takes for people that the words around say are not.

Every sentence was written for these tests. A site's proper name used alone is the site; a heading's
word before a colon is no one; a rank inside a longer title does not open a name; a named cell is a
militant band; a name glossed by a known group's letters, or by its own name in another language, is
that body; a settlement, an area or a party described as one is one; a language, a feast, a make of
vehicle or a people's faithful is no name. Each phrasing stands beside a near miss.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
G, ORG, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION


def types_of(extraction: Extraction, name: str) -> set[EntityType]:
    return {t for n, t in typed(extraction) if n == name}


def mention_types(extraction: Extraction, text: str) -> set[EntityType]:
    return {m.type for m in extraction.mentions if m.text == text}


def test_a_site_named_in_full_is_the_site_when_named_alone(extract_text: Extract) -> None:
    found = extract_text(
        "Fighters stormed the Tawila Gedid displacement camp near El Fasher on Tuesday. "
        '"Tawila Gedid has now been hit three times," a nurse said.'
    )
    assert mention_types(found, "Tawila Gedid") == {L}
    assert types_of(found, "Tawila Gedid displacement camp") == {L}


def test_a_town_named_like_its_checkpoint_stays_the_town(extract_text: Extract) -> None:
    found = extract_text(
        "Two soldiers were hurt near the Qarawa checkpoint on Sunday. In 2023 a gunman shot two men as they "
        "drove through Qarawa."
    )
    assert types_of(found, "Qarawa") == {L}


def test_a_cave_named_before_the_word_is_a_place(extract_text: Extract) -> None:
    found = extract_text("The ceremony took place at the mouth of the Zerdani cave near Dukan.")
    assert types_of(found, "Zerdani cave") == {L}


@pytest.mark.parametrize(
    "text",
    [
        "EXPLAINER: The Quetta train siege - what we know so far\nGunmen seized a train in Balochistan.",
        "Background: a network and a 'collective'\nThe group was founded in 2018.",
    ],
)
def test_a_heading_word_before_a_colon_is_no_person(extract_text: Extract, text: str) -> None:
    heading = text.split(":")[0]
    assert not mention_types(extract_text(text), heading)


def test_a_rank_inside_a_title_does_not_open_the_name(extract_text: Extract) -> None:
    found = extract_text(
        "ISPR Director General Lieutenant General Tariq Hamid Qureshi called the attackers terrorists."
    )
    assert types_of(found, "Tariq Hamid Qureshi") == {P}
    assert not any(m.name.startswith("Lieutenant") for m in found.mentions)


def test_a_reverend_is_a_person(extract_text: Extract) -> None:
    found = extract_text("Among the dead was a Baptist pastor, the Reverend Jean-Rony Estimé, who was shot.")
    assert types_of(found, "Jean-Rony Estimé") == {P}


def test_an_arabic_article_carries_a_name_on(extract_text: Extract) -> None:
    found = extract_text("He went by the nom de guerre Abu Hamza ad-Dagestani and was among those killed.")
    assert types_of(found, "Abu Hamza ad-Dagestani") == {P}


def test_named_cells_are_groups(extract_text: Extract) -> None:
    found = extract_text(
        'A group calling itself the "Luna Nera" Cell of the Informal Anarchist Federation said it mailed the '
        "device. Hours later a text signed by the Insurgent Solidarity Cell claimed the arson, acting "
        '"with the comrades of Luna Nera". An earlier attack was claimed by the Alba Cell (Nucleo Alba).'
    )
    assert mention_types(found, "Luna Nera") == {G}
    assert types_of(found, "Luna Nera Cell") == {G}
    assert types_of(found, "Insurgent Solidarity Cell") == {G}
    assert mention_types(found, "Nucleo Alba") == {G}


def test_a_police_cell_is_no_band(extract_text: Extract) -> None:
    found = extract_text("The Counter-Terrorism Cell of the state police arrested him on Monday.")
    assert G not in mention_types(found, "Counter-Terrorism Cell")


def test_divisions_are_bodies(extract_text: Extract) -> None:
    found = extract_text(
        "Three soldiers were wounded near the base, the Colombian army's Fourth Division said. The case was "
        "handled by the Justice Department's Counterintelligence Division. Troops of 8 Division repelled the "
        "militants."
    )
    assert types_of(found, "Fourth Division") == {ORG}
    assert types_of(found, "Counterintelligence Division") == {ORG}
    assert types_of(found, "8 Division") == {ORG}


def test_an_office_in_a_title_is_no_body(extract_text: Extract) -> None:
    found = extract_text(
        "The Deputy Director, Army Public Relations, 3 Division, Major Musa Ali, said the militants fled."
    )
    assert not mention_types(found, "Army Public Relations")


def test_a_name_glossed_by_a_known_groups_letters_is_the_group(extract_text: Extract) -> None:
    found = extract_text(
        "The armed wing, the People's Defence Forces (HPG), still holds positions in Qandil."
    )
    assert {m.gazetteer_id for m in found.mentions if m.text == "People's Defence Forces"} == {
        "group:hezen_parastina_gel"
    }


def test_a_name_in_another_language_is_the_same_body(extract_text: Extract) -> None:
    found = extract_text(
        "Fighting between the ELN and the EMC's 36th Front, known in Spanish as Frente 36, has raged since May."
    )
    assert mention_types(found, "Frente 36") == {G}


def test_a_bodys_own_name_after_its_letters_is_the_body(extract_text: Extract) -> None:
    found = extract_text(
        "The checkpoint, manned by the General Security Service (GSS, *al-Amn al-Amm*) of the Interior "
        "Ministry, was hit."
    )
    assert mention_types(found, "al-Amn al-Amm") == {ORG}


def test_a_byline_town_in_brackets_is_not_the_writers_alias(extract_text: Extract) -> None:
    found = extract_text("From Musa Danladi (Birnin Kebbi)\n\nGunmen killed ten farmers in Kebbi State.")
    assert types_of(found, "Musa Danladi") == {P}
    assert types_of(found, "Birnin Kebbi") == {L}


def test_a_company_goes_by_its_first_word(extract_text: Extract) -> None:
    found = extract_text(
        "The owner, Athens-based Meridia Bulk Carriers, had violated the ban. Meridia said in a statement that none of "
        "its ships had called at Israeli ports."
    )
    assert types_of(found, "Meridia Bulk Carriers") == {ORG}
    assert {m.name for m in found.mentions if m.text == "Meridia"} == {"Meridia Bulk Carriers"}


def test_a_coalition_of_rebel_movements_is_a_group(extract_text: Extract) -> None:
    found = extract_text(
        "The RSF said it had cleared the camp of fighters belonging to the Allied Forces, a coalition of "
        "former Darfur rebel movements that fights alongside the army."
    )
    assert types_of(found, "Allied Forces") == {G}


def test_a_medical_centre_is_a_place(extract_text: Extract) -> None:
    found = extract_text("Six people are receiving treatment at the Federal Medical Centre in Gusau.")
    assert types_of(found, "Federal Medical Centre") == {L}


def test_a_settlement_described_as_one_is_a_place(extract_text: Extract) -> None:
    found = extract_text(
        "Gunmen killed nine villagers in Dan Kade, a farming community in Zurmi Local Government Area."
    )
    assert types_of(found, "Dan Kade") == {L}


def test_a_village_elder_stays_a_person(extract_text: Extract) -> None:
    found = extract_text("Ahmed Musa, a village elder, said the militants came at night.")
    assert types_of(found, "Ahmed Musa") == {P}


def test_an_area_described_as_one_is_a_place(extract_text: Extract) -> None:
    found = extract_text(
        "The faction is based in the so-called SKB Box, the area covering Shariff Aguak and Mamasapano."
    )
    assert types_of(found, "SKB Box") == {L}


def test_a_party_described_as_one_is_a_body(extract_text: Extract) -> None:
    found = extract_text(
        "The cell kept close ties with Die Heimat, the far-right party formerly called the NPD."
    )
    assert P not in mention_types(found, "Die Heimat")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The attackers, who spoke Kimwani and Swahili, burnt the rangers' post.", "Kimwani"),
        ("The network relied on Tajik-language propaganda and preachers.", "Tajik-language propaganda"),
        ("The cell planned to attack a police post during the Vesak holiday.", "Vesak"),
        ("The ADF was founded in the 1990s by Ugandan Muslims opposed to the government.", "Ugandan Muslims"),
        ("Gunmen set fire to a police Land Cruiser before withdrawing.", "Land Cruiser"),
    ],
)
def test_languages_feasts_vehicles_and_the_faithful_are_no_names(
    extract_text: Extract, sentence: str, word: str
) -> None:
    assert not mention_types(extract_text(sentence), word)


def test_a_plain_name_paired_with_a_persons_is_a_person(extract_text: Extract) -> None:
    found = extract_text(
        "The cell takes its name from Maria Soledad Rosas and Edoardo Massari, two anarchists."
    )
    assert types_of(found, "Maria Soledad Rosas") == {P}


def test_a_state_forces_commander_does_not_make_it_a_band(extract_text: Extract) -> None:
    found = extract_text("Colonel Luis Ardila, the National Police commander in Nariño, told reporters.")
    assert types_of(found, "National Police") == {ORG}


def test_tanzanias_army_is_known_by_its_name_and_letters(extract_text: Extract) -> None:
    found = extract_text("The Tanzania People's Defence Force (TPDF) has reinforced positions on the border.")
    assert {m.gazetteer_id for m in found.mentions if m.text == "TPDF"} == {"org:tz-tpdf"}


def test_strikes_run_under_a_standing_operation_make_it_a_body(extract_text: Extract) -> None:
    found = extract_text(
        "Troops deployed under Operation Fansan Yamma killed 30 bandits in Zamfara, the army said."
    )
    assert types_of(found, "Operation Fansan Yamma") == {ORG}


def test_an_operation_by_itself_stays_an_event(extract_text: Extract) -> None:
    found = extract_text("Operation Fansan Yamma began in 2023 after a string of kidnappings.")
    assert not mention_types(found, "Operation Fansan Yamma")

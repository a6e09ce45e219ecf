"""Entities, thirteenth round: groups and places the gazetteer lacked, and names cut or typed wrongly.

Every sentence was written for these tests. Russian anti-Kremlin units, Druze factions, Latin American
gangs, Nordic gang networks, Australian neo-Nazis and South Sudanese rebels are groups by their real names
and acronyms; a known group's last word alone is that group; a state's army named only before a noun it
describes is still named when the story attacks it; a court officer's title is no part of the name; a
dateline's short date is no one; a street, a cantonment, a hospital, a cemetery and an embassy are places.
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


def names_of(extraction: Extraction, kind: EntityType) -> set[str]:
    return {n for n, t in typed(extraction) if t is kind}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Fighters of the RDK crossed the border near Kursk overnight.", "Russian Volunteer Corps"),
        ("The Freedom of Russia Legion said it had shelled a Russian post.", "Freedom of Russia Legion"),
        ("Rijal al-Karama fighters manned checkpoints around the city.", "Men of Dignity"),
        ("The Sheikh al-Karama Forces said two of their men were killed.", "Sheikh al-Karama Forces"),
        ("Los Viagras gunmen blocked the road with burning trucks.", "Los Viagras"),
        ("Prosecutors said the Foxtrot network recruited teenagers for the shooting.", "Foxtrot network"),
        ("Police said members of the Rumba network carried out the bombing.", "Rumba network"),
        (
            "Members of the National Socialist Network rallied in the city on Saturday.",
            "National Socialist Network",
        ),
        (
            "Fighters of the SPLM-IO withdrew from the town on Monday.",
            "Sudan People's Liberation Movement-in-Opposition",
        ),
        ("The al-Karrar office sends money to Islamic State branches across Africa.", "al-Karrar office"),
        ("Los Tiguerones gunmen opened fire on the prison guards.", "Los Tiguerones"),
    ],
)
def test_groups_the_gazetteer_now_knows(extract_text: Extract, text: str, group: str) -> None:
    assert group in names_of(extract_text(text), G)


def test_a_known_groups_last_word_alone_is_the_group(extract_text: Extract) -> None:
    found = extract_text(
        "The Russian Volunteer Corps and the Freedom of Russia Legion crossed the border on Tuesday. "
        "A Legion spokesman said the raid had gone to plan."
    )
    assert {m.name for m in found.mentions if m.text == "Legion"} == {"Freedom of Russia Legion"}
    assert G in types_of(found, "Freedom of Russia Legion")


def test_a_states_army_word_stays_the_state_army(extract_text: Extract) -> None:
    found = extract_text("The Arakan Army took the town. The Army said it would respond.")
    assert "Arakan Army" in names_of(found, G)
    assert all(m.name != "Arakan Army" for m in found.mentions if m.text == "Army")


def test_an_army_attacked_by_name_before_a_noun_is_named(extract_text: Extract) -> None:
    found = extract_text("Gunmen on motorcycles ambushed a Nigerien army patrol near Bankilaré on Tuesday.")
    assert "Nigerien army" in {m.text for m in found.mentions if m.type is ORG}


def test_an_army_word_describing_a_noun_alone_is_not_named(extract_text: Extract) -> None:
    found = extract_text("A Chadian army convoy reached the town on Sunday, and residents came out to watch.")
    assert "Chadian army" not in {m.text for m in found.mentions}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighters entered the Krasnaya Yaruga district on Wednesday.", "Krasnaya Yaruga district"),
        ("The NSN has built chapters in Victoria and New South Wales.", "New South Wales"),
        ("Drones struck two hamlets in Michoacán's Tierra Caliente on Monday.", "Tierra Caliente"),
        ("The government sent 600 soldiers to El Oro province last week.", "El Oro province"),
        ("Activists broke into RAF Brize Norton and sprayed paint on two planes.", "RAF Brize Norton"),
    ],
)
def test_regions_districts_and_bases_the_gazetteer_now_knows(
    extract_text: Extract, text: str, place: str
) -> None:
    assert L in types_of(extract_text(text), place)


def test_new_south_wales_is_not_cut_to_wales(extract_text: Extract) -> None:
    found = extract_text("The group has chapters in New South Wales and Tasmania.")
    assert "Wales" not in {m.name for m in found.mentions}


def test_a_coroners_title_is_no_part_of_her_name(extract_text: Extract) -> None:
    found = extract_text("Coroner Helen Bradshaw said the inquest would examine how the risk was assessed.")
    assert P in types_of(found, "Helen Bradshaw")
    assert "Coroner Helen Bradshaw" not in {m.name for m in found.mentions}


def test_a_datelines_short_date_is_no_one(extract_text: Extract) -> None:
    found = extract_text("TULKAREM, West Bank, Oct 14 - Israeli forces killed three Palestinians in a raid.")
    assert not any(m.text.startswith("Oct") for m in found.mentions)


def test_a_home_town_between_from_and_a_country_is_a_place(extract_text: Extract) -> None:
    found = extract_text("Paramedics pronounced Yossi Levi, 52, from Bat Hefer in Israel, dead at the scene.")
    assert {m.type for m in found.mentions if m.text == "Bat Hefer"} == {L}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The truck was parked beside the police command on Avenida Las Palmeras, police said.",
            "Avenida Las Palmeras",
        ),
        ("Seven militants stormed the Kohat Cantonment on Friday.", "Kohat Cantonment"),
        (
            "Four of the wounded were in serious condition at Teófilo Dávila hospital.",
            "Teófilo Dávila hospital",
        ),
        ("Two men fired at the gate of the Israeli embassy on Sunday night.", "Israeli embassy"),
    ],
)
def test_streets_cantonments_hospitals_and_embassies_are_places(
    extract_text: Extract, text: str, place: str
) -> None:
    assert types_of(extract_text(text), place) == {L}


def test_a_site_name_stops_before_a_relative_clause(extract_text: Extract) -> None:
    found = extract_text(
        "The blast went off on the road to the Martyrs' Cemetery where the general is buried."
    )
    assert L in types_of(found, "Martyrs' Cemetery")
    assert not any("where" in m.name for m in found.mentions)


def test_an_area_is_named_by_its_place(extract_text: Extract) -> None:
    found = extract_text(
        "Gunmen killed 44 worshippers at a mosque in Fambita, in the Kokorou area of Tillabéri."
    )
    assert L in types_of(found, "Kokorou")


def test_a_peoples_name_before_its_members_is_no_body(extract_text: Extract) -> None:
    found = extract_text(
        "The White Army is a loose network of armed Nuer youths. Fulani herders clashed with them."
    )
    assert not {m.text for m in found.mentions} & {"Nuer", "Fulani"}


def test_a_town_ner_calls_a_body_is_the_place_the_story_names(extract_text: Extract) -> None:
    found = extract_text(
        "Drones dropped bombs on the hamlet of El Aguaje, in the municipality of Aguililla, on Monday. "
        "Father Gilberto Magaña, the parish priest in Aguililla, said the church had taken in 40 people. "
        "The army sent 300 soldiers to Aguililla and neighbouring Coalcomán."
    )
    assert {m.type for m in found.mentions if m.text == "Aguililla"} == {L}


def test_a_curly_apostrophe_does_not_hide_a_known_group(extract_text: Extract) -> None:
    found = extract_text(
        "They fought alongside Riek Machar’s Sudan People’s Liberation Movement-in-Opposition."
    )
    assert "Sudan People's Liberation Movement-in-Opposition" in names_of(found, G)
    assert "Sudan People’s Liberation Movement" not in {m.name for m in found.mentions}


def test_an_army_base_attacked_is_still_a_site(extract_text: Extract) -> None:
    found = extract_text("Militants overran a Nigerian army base near the border.")
    assert not any(m.type is ORG for m in found.mentions)

"""Round twenty-two (e): gazetteer breadth for the second wave's regions, their bodies and their groups.

Every sentence here was written for these tests.

- "Insurgents torched houses in Mueda and Negomano", "a convoy between Kutum and Um Kadada", "troops
  searched forests in Doda and Ganderbal", "soldiers killed near Abala and Tillia", "refugees from
  Amchidé and Mozogo", "fighting around Chipwi, Pangwa and Putao", "gangs moved on Fonds-Parisien and
  Cornillon", "gunmen in Motozintla and Ocosingo", "a march in Ardoyne and Coalisland", "a ferry on the
  Bosphorus near Sarıyer": districts, communes, townships and towns of the conflicts in the news are
  places, under their usual spellings too ("Laukkai" for Laukkaing, "Chiure", "Filingue").
- "Counter Terrorism Policing South East (CTPSE)", "officers of Bedfordshire Police", "Télé Sahel
  reported": a regional counter-terrorism unit is its own body, not the national network; county police
  forces and state broadcasters are organisations.
- "Óglaigh na hÉireann (ONH) declared a ceasefire", "Republican Sinn Féin", "the Cártel
  Chiapas-Guatemala": dissident republican and cartel groups are groups.
- Near misses: the bare national network stays itself ("Counter Terrorism Policing said"); an English
  word or a surname sharing a township's name ("Muse", "Cabaret", "Ampatuan", "Bara") is left out;
  "north Belfast" is no district of its own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import gazetteer_ids, typed

from kg import gazetteer
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
LOCATION = EntityType.LOCATION
ORGANIZATION = EntityType.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Insurgents torched houses in Mueda and Negomano last month.", ("Mueda", "Negomano")),
        ("A convoy was stopped between Kutum and Um Kadada on Sunday.", ("Kutum", "Um Kadada")),
        ("Troops searched the forests of Doda and Ganderbal for two days.", ("Doda", "Ganderbal")),
        ("Soldiers were killed near Abala and Tillia, the ministry said.", ("Abala", "Tillia")),
        ("Refugees from Amchidé and Mozogo reached the camp overnight.", ("Amchidé", "Mozogo")),
        ("Fighting spread around Chipwi and Pangwa in the spring.", ("Chipwi", "Pangwa")),
        ("Gangs moved on Fonds-Parisien and Cornillon before the rains.", ("Fonds-Parisien", "Cornillon")),
        ("Gunmen blocked the roads of Motozintla and Ocosingo for a week.", ("Motozintla", "Ocosingo")),
        ("Police watched marches in Ardoyne and Coalisland that summer.", ("Ardoyne", "Coalisland")),
        ("A ferry crossed the Bosphorus near Sarıyer at dawn.", ("Bosphorus", "Sarıyer")),
    ],
)
def test_towns_and_districts_of_the_regions_are_places(
    extract_text: Extract, text: str, names: tuple[str, ...]
) -> None:
    found = typed(extract_text(text))
    for name in names:
        assert (name, LOCATION) in found


def test_usual_spellings_find_the_same_place() -> None:
    assert gazetteer.lookup_place("Laukkai") == gazetteer.lookup_place("Laukkaing")
    assert gazetteer.lookup_place("Chiure") == gazetteer.lookup_place("Chiúre")
    assert gazetteer.lookup_place("Filingue") == gazetteer.lookup_place("Filingué")


def test_new_places_lie_in_their_provinces() -> None:
    assert gazetteer.located_in_chain(gazetteer.lookup_place("Fonds-Parisien")[0])[:2] == [
        "ht-ganthier",
        "ht-ouest",
    ]
    assert gazetteer.located_in_chain(gazetteer.lookup_place("Chipwi")[0])[:2] == ["mm-kachin", "MM"]
    assert gazetteer.located_in_chain(gazetteer.lookup_place("La Concordia")[0])[:2] == ["mx-chiapas", "MX"]


def test_a_regional_counter_terrorism_unit_is_its_own_body(extract_text: Extract) -> None:
    ex = extract_text(
        "The head of Counter Terrorism Policing South East (CTPSE) thanked officers of Bedfordshire Police."
    )
    assert ("Counter Terrorism Policing South East", ORGANIZATION) in typed(ex)
    assert ("Bedfordshire Police", ORGANIZATION) in typed(ex)
    assert gazetteer_ids(ex, "Counter Terrorism Policing South East") == {"org:gb-ctp-south-east"}
    national = extract_text("Counter Terrorism Policing said the network had made forty arrests this year.")
    assert gazetteer_ids(national, "Counter Terrorism Policing") == {"org:gb-ctp"}


def test_a_state_broadcaster_is_an_organisation(extract_text: Extract) -> None:
    ex = extract_text("The toll was announced on Télé Sahel late on Friday.")
    assert ("Télé Sahel", ORGANIZATION) in typed(ex)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Óglaigh na hÉireann declared a ceasefire after years of attacks.", "Óglaigh na hÉireann"),
        ("Republican Sinn Féin refused to recognise the assembly.", "Republican Sinn Féin"),
        ("Soldiers clashed with the Cártel Chiapas-Guatemala near the border.", "Cártel Chiapas-Guatemala"),
    ],
)
def test_dissident_and_cartel_groups_are_groups(extract_text: Extract, text: str, name: str) -> None:
    assert (name, EntityType.GROUP) in typed(extract_text(text))


def test_a_word_or_surname_sharing_a_town_name_is_left_out(extract_text: Extract) -> None:
    # "Muse", "Cabaret", "Ampatuan", "Bara": a Shan border town, a Haitian commune, a Maguindanao town and a
    # Kordofan town whose names are English words, a clan's surname or a Khyber tehsil; left to context.
    for bare in ("Muse", "Cabaret", "Ampatuan", "Bara", "North Belfast"):
        assert not gazetteer.lookup_place(bare, alternates=False)
    prose = extract_text("Her muse was the sea, and the cabaret closed at midnight.")
    assert not {name for name, kind in typed(prose) if kind is LOCATION}

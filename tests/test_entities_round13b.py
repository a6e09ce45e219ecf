"""Entities, thirteenth round, second pass: names cut or typed wrongly by the words around them.

Every sentence was written for these tests. An office's title before "General" is part of its name; a
name with a tomb or a death is a person's, and a clause NER ran on into leaves the person after "where";
an event named by one word is named by its place; a nickname in brackets after a quoted one is the
person's, as is a call sign; each of "the X, the Y and the Z regions" is a region; a numbered road is a place.
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
    ("text", "office"),
    [
        (
            "According to the Attorney General's Office, the gang controls the port.",
            "Attorney General's Office",
        ),
        ("The Solicitor General's Office appealed the ruling on Monday.", "Solicitor General's Office"),
    ],
)
def test_an_offices_title_before_general_stays_in_its_name(
    extract_text: Extract, text: str, office: str
) -> None:
    found = extract_text(text)
    assert ORG in types_of(found, office)
    assert "General's Office" not in {n for n, _ in typed(found)}


@pytest.mark.parametrize(
    "text",
    [
        "Two explosions near Soleimani's tomb killed at least 95 people in Kerman.",
        "Mourners marked the fifth anniversary of the death of Soleimani in Kerman.",
    ],
)
def test_a_name_with_a_tomb_or_a_death_is_a_person(extract_text: Extract, text: str) -> None:
    assert types_of(extract_text(text), "Soleimani") == {P}


def test_a_person_after_where_in_a_clause_ner_ran_on_into(extract_text: Extract) -> None:
    found = extract_text("Pilgrims walked to the Martyrs' Cemetery where Qassem Soleimani is buried.")
    assert P in types_of(found, "Qassem Soleimani")
    assert L in types_of(found, "Martyrs' Cemetery")


def test_an_event_named_by_one_word_is_named_by_its_place(extract_text: Extract) -> None:
    found = extract_text(
        "The ambush revived memories of the Wieambilla shootings in December 2022, when two officers were killed."
    )
    assert types_of(found, "Wieambilla") == {L}


def test_a_known_group_before_an_event_word_stays_the_group(extract_text: Extract) -> None:
    assert types_of(extract_text("The Hamas massacre shocked Israel."), "Hamas") == {G}


def test_a_nickname_in_brackets_after_a_quoted_one_is_the_persons(extract_text: Extract) -> None:
    found = extract_text(
        'The gang is led by Ismail Abdo, known as "the Strawberry" (Jordgubben), who lives in Turkey.'
    )
    assert {m.name for m in found.mentions if m.text == "Jordgubben"} == {"Ismail Abdo"}


def test_a_nickname_in_brackets_after_a_description_is_the_persons(extract_text: Extract) -> None:
    found = extract_text(
        'The network was founded by Rawa Majid, a Swedish-Kurdish gang boss nicknamed "the Kurdish Fox" '
        "(Kurdiska räven), who fled Sweden in 2018."
    )
    assert {m.name for m in found.mentions if m.text == "Kurdiska"} == {"Rawa Majid"}


def test_a_call_sign_in_quotes_is_a_person(extract_text: Extract) -> None:
    found = extract_text(
        'A Legion spokesman who gave his call sign as "Graf" told reporters the raid succeeded.'
    )
    assert types_of(found, "Graf") == {P}


def test_a_persons_call_sign_is_his_other_name(extract_text: Extract) -> None:
    found = extract_text(
        'The unit is led by Denis Kapustin, a nationalist who also goes by the call sign "White Rex".'
    )
    assert {(m.name, m.type) for m in found.mentions if m.text == "White Rex"} == {("Denis Kapustin", P)}


@pytest.mark.parametrize(
    "text",
    [
        "JNIM is active in the Centre-Nord, the Nord and the Est regions of Burkina Faso.",
        "The Nord and Est regions have been under blockade since 2023.",
    ],
)
def test_each_of_several_regions_named_with_their_own_article(extract_text: Extract, text: str) -> None:
    found = extract_text(text)
    assert {"Nord Region", "Est Region"} <= names_of(found, L)


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("Gunmen opened fire on cars on Route 557 near Tulkarem.", "Route 557"),
        ("Insurgents ambushed a patrol on the N380 road near Chai.", "N380 road"),
        ("Traffic on the N-25 highway stopped after the blast.", "N-25 highway"),
    ],
)
def test_a_numbered_road_is_a_place(extract_text: Extract, text: str, road: str) -> None:
    assert types_of(extract_text(text), road) == {L}


def test_a_river_by_its_bare_name_is_the_river_named_in_full(extract_text: Extract) -> None:
    found = extract_text(
        "The commander was killed on the way towards the Sobat River. Nasir is a garrison town on the Sobat."
    )
    assert {m.name for m in found.mentions if m.text == "Sobat"} == {"Sobat River"}


def test_a_known_city_named_like_a_river_stays_the_city(extract_text: Extract) -> None:
    found = extract_text("Militants crossed the Kaduna River at night. Kaduna is the state capital.")
    assert {m.name for m in found.mentions if m.text == "Kaduna"} == {"Kaduna"}

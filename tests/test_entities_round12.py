"""Entities, twelfth round: Haitian gangs and other gazetteer groups, ships named before the word that
says so, named trains, and places and bodies added to the gazetteer.

Every sentence was written for these tests. A ship named with an apposition ("the X, a Greek-owned
vessel") or listed after a plural ship word ("two bulkers: the A and the B") is a place (a venue), as a
ship named after "the tanker" already is; a named train in a story about a train is one too. Each
phrasing stands beside a near miss.
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


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Gunmen from the Viv Ansanm coalition stormed the town of Mirebalais on Monday.", "Viv Ansanm"),
        ("The attack was blamed on Gran Grif, a gang based in the Artibonite valley.", "Gran Grif"),
        ("Police said the Mahmuda group had attacked a village near Kaiama in Kwara State.", "Mahmuda"),
    ],
)
def test_gang_names_are_groups(extract_text: Extract, sentence: str, name: str) -> None:
    assert G in types_of(extract_text(sentence), name)


def test_hpg_is_its_own_group_not_the_pkk(extract_text: Extract) -> None:
    found = extract_text("Fighters of the HPG clashed with Turkish troops in the Zap area of Duhok province.")
    hpg = [m for m in found.mentions if m.text == "HPG"]
    assert hpg and all(m.type is G and m.gazetteer_id == "group:hezen_parastina_gel" for m in hpg)


def test_ship_named_before_an_apposition_is_a_place(extract_text: Extract) -> None:
    found = extract_text(
        "The Aegean Star, a Maltese-flagged vessel carrying grain to Jeddah, was struck by a missile on Monday."
    )
    assert types_of(found, "Aegean Star") == {L}


def test_company_named_before_an_apposition_stays_a_body(extract_text: Extract) -> None:
    found = extract_text(
        "Meridian Logistics, a shipping company based in Piraeus, said its offices were closed."
    )
    assert L not in types_of(found, "Meridian Logistics")


def test_named_train_in_a_train_story_is_a_place(extract_text: Extract) -> None:
    found = extract_text("Gunmen seized the Khyber Express near Quetta and held the train for a day.")
    assert types_of(found, "Khyber Express") == {L}


def test_newspaper_named_mail_is_no_train(extract_text: Extract) -> None:
    found = extract_text("The Daily Mail said the train was late, quoting a railway official.")
    assert L not in types_of(found, "Daily Mail")


@pytest.mark.parametrize(
    ("sentence", "name", "etype"),
    [
        ("Troops were deployed to the Bolan Pass after the attack.", "Bolan Pass", L),
        ("The drone struck Tower 22, an outpost in north-eastern Jordan.", "Tower 22", L),
        ("Two employees of Pakistan Railways were among the dead.", "Pakistan Railways", ORG),
    ],
)
def test_gazetteer_places_and_bodies(
    extract_text: Extract, sentence: str, name: str, etype: EntityType
) -> None:
    assert etype in types_of(extract_text(sentence), name)

"""Entities typed, eleventh round: bodies NER took for people, a town's police, police and prison buildings.

Every sentence was written for these tests. A name that ends in a word for a body ("the Kisumu Military
Tribunal", "the Counter-Narcotics Unit") is no one's name, whatever NER made of it. A town's name and
"police", where an official of it or its speech follows ("Kandahar police spokesman P", "Garissa police
said"), names the force, and the town stays named. A police station, a police headquarters or a
correctional centre named by its town is a building, where an attack happens. Each phrasing stands beside
a near miss.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
ORG, P, L = EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Kisumu Military Tribunal on Monday jailed three men for the raid.", "Kisumu Military Tribunal"),
        (
            "Inspector Grace Wanjiru, who heads the Counter-Narcotics Unit, told reporters the cell was small.",
            "Counter-Narcotics Unit",
        ),
    ],
)
def test_a_name_ending_in_a_word_for_a_body_is_an_organisation(
    extract_text: Extract, sentence: str, name: str
) -> None:
    found = typed(extract_text(sentence))
    assert (name, ORG) in found
    assert (name, P) not in found


def test_a_person_whose_name_does_not_end_in_such_a_word_stays_a_person(extract_text: Extract) -> None:
    found = typed(
        extract_text("Inspector Grace Wanjiru, who heads the unit, told reporters the cell was small.")
    )
    assert ("Grace Wanjiru", P) in found


@pytest.mark.parametrize(
    ("sentence", "force", "town"),
    [
        (
            "Kandahar police spokesman Abdul Ahad Walizada said the attacker was killed.",
            "Kandahar police",
            "Kandahar",
        ),
        ("Garissa police said two officers were wounded in the blast.", "Garissa police", "Garissa"),
        ("Mosul police officials confirmed the toll on Sunday.", "Mosul police", "Mosul"),
    ],
)
def test_a_towns_police_speaking_is_the_force_and_the_town_stays_named(
    extract_text: Extract, sentence: str, force: str, town: str
) -> None:
    found = typed(extract_text(sentence))
    assert (force, ORG) in found
    assert (town, L) in found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # officers of it are wounded: no body acts
        ("Two Garissa police officers were wounded in the blast.", "Garissa police"),
        # a country's police is its national force, named otherwise
        ("Kenya police said two officers were wounded.", "Kenya police"),
    ],
)
def test_police_after_a_place_without_an_official_or_speech_is_no_force(
    extract_text: Extract, sentence: str, name: str
) -> None:
    assert name not in {n for n, _ in typed(extract_text(sentence))}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Gunmen stormed the Kakamega Divisional Police Headquarters before dawn.",
            "Kakamega Divisional Police Headquarters",
        ),
        ("Inmates fled when gunmen attacked the Kuje Correctional Centre.", "Kuje Correctional Centre"),
        (
            "A suicide bomber struck the Peshawar police headquarters on Monday.",
            "Peshawar police headquarters",
        ),
    ],
)
def test_a_police_or_prison_building_named_by_its_town_is_a_place(
    extract_text: Extract, sentence: str, name: str
) -> None:
    assert (name, L) in typed(extract_text(sentence))


def test_a_police_command_named_by_its_state_stays_the_body(extract_text: Extract) -> None:
    found = typed(extract_text("The Kano State Police Command said 12 suspects were arrested."))
    assert ("Kano State Police Command", ORG) in found

"""Round twenty-one (b): gazetteer breadth for state bodies, monitors, first-level regions and conflict towns.

Every sentence here was written for these tests.

- "The Sudanese Armed Forces said ...", "Officers of the Edmonton Police Service ...", "the Special Criminal
  Court in Dublin", "Myanmar's National Unity Government": armies, city police services, special courts and
  governments in exile are organisations, found by their full names.
- "an analyst at the Center on Terrorism, Extremism, and Counterterrorism", "the United Nations Mine Action
  Service", "InSight Crime", "the SOVA Center": monitors and UN services are organisations, a name with
  commas kept whole.
- "Clashes were reported in Gezira State and North Kordofan", "a checkpoint in Tank District", "Security
  forces in the State of Mexico and Nuevo León": states, districts and provinces of conflict countries are
  places; "Aguililla", "Mongbwalu", "Miangalewa", "Reasi", "Ceel Dheer", "Zurmi": towns where attacks are
  reported are places too.
- Near misses: a common phrase in lower case that shares a body's or a district's words ("agreed to form a
  national unity government", "guard the tank district near the depot") is neither; a district named after
  an English word ("Tank") is found only with "District".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import typed

from kg import gazetteer
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
LOCATION = EntityType.LOCATION
ORGANIZATION = EntityType.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Sudanese Armed Forces said they had retaken a bridge on the river on Friday.",
            "Sudanese Armed Forces",
        ),
        (
            "Officers of the Edmonton Police Service arrested a teenager at his home, a spokesperson said.",
            "Edmonton Police Service",
        ),
        (
            "The Special Criminal Court in Dublin convicted two men of membership of an unlawful organisation.",
            "Special Criminal Court",
        ),
        (
            "An analyst at the Center on Terrorism, Extremism, and Counterterrorism said the network was small.",
            "Center on Terrorism, Extremism, and Counterterrorism",
        ),
        (
            "The United Nations Mine Action Service cleared explosives near the school.",
            "United Nations Mine Action Service",
        ),
        ("A researcher at InSight Crime said the cartel had split in two.", "InSight Crime"),
        ("The SOVA Center counted more than forty such attacks last year.", "SOVA Center"),
    ],
)
def test_a_state_or_international_body_is_an_organisation(
    extract_text: Extract, text: str, name: str
) -> None:
    assert (name, ORGANIZATION) in typed(extract_text(text))


def test_a_government_in_exile_is_an_organisation_and_the_common_phrase_is_not(extract_text: Extract) -> None:
    named = extract_text(
        "Myanmar's National Unity Government said its fighters had captured a town in the north."
    )
    assert any(kind is ORGANIZATION and "National Unity Government" in name for name, kind in typed(named))
    prose = extract_text(
        "The two rival parties agreed to form a national unity government after the election."
    )
    assert not {name for name, kind in typed(prose) if kind is ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Clashes were reported in Gezira State and North Kordofan, according to local monitors.",
            ("Gezira State", "North Kordofan"),
        ),
        (
            "Security forces in the State of Mexico and Nuevo León arrested six suspects.",
            ("State of Mexico", "Nuevo León"),
        ),
        (
            "Troops were sent to Ouaka and Nana-Mambéré after the raid, the prefect said.",
            ("Ouaka", "Nana-Mambéré"),
        ),
        (
            "Cartel gunmen blocked roads around Aguililla and Tepalcatepec in Michoacán.",
            ("Aguililla", "Tepalcatepec"),
        ),
        (
            "Militants raided a village near Mongbwalu in Ituri and fighting also reached Minova.",
            ("Mongbwalu", "Minova"),
        ),
        ("Insurgents attacked Diaca and Miangalewa in Cabo Delgado last month.", ("Diaca", "Miangalewa")),
        ("A convoy was ambushed in Reasi in the Jammu region on Sunday.", ("Reasi", "Jammu region")),
        ("Fighters overran a base at Ceel Dheer and then moved on Bardhere.", ("Ceel Dheer", "Bardhere")),
        ("Bandits abducted farmers near Zurmi and Faskari, residents said.", ("Zurmi", "Faskari")),
    ],
)
def test_regions_and_towns_of_conflict_countries_are_places(
    extract_text: Extract, text: str, names: tuple[str, ...]
) -> None:
    found = typed(extract_text(text))
    for name in names:
        assert (name, LOCATION) in found


def test_a_district_named_after_a_word_needs_its_title(extract_text: Extract) -> None:
    named = extract_text("Gunmen attacked a checkpoint in Tank District and another in Kech, police said.")
    assert ("Tank District", LOCATION) in typed(named)
    prose = extract_text("The army was told to guard the tank district near the depot.")
    assert not {name for name, kind in typed(prose) if kind is LOCATION}
    assert not gazetteer.lookup_place("Tank")


def test_places_lie_in_their_provinces() -> None:
    assert gazetteer.located_in_chain(gazetteer.lookup_place("Aguililla")[0])[:2] == ["mx-michoacan", "MX"]
    assert gazetteer.located_in_chain(gazetteer.lookup_place("Miangalewa")[0])[0] == "cabo-delgado"
    assert gazetteer.lookup_place("Gezira State") == gazetteer.lookup_place("Al Jazirah State")

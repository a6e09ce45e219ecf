"""Round twenty (d): gazetteer breadth for state bodies, international bodies and first-level regions.

Every sentence here was written for these tests.

- "Soldiers of the South Sudan People's Defence Forces", "the Nigeria Security and Civil Defence Corps",
  "the Directorate General of Forces Intelligence", "the Haitian National Police", "the Islamabad High Court":
  armies, police forces, intelligence services and courts of the field's countries are organisations, found by
  their full names.
- "the Royal Thai Police and the Internal Security Operations Command", "an analyst at the Peace Research
  Institute Oslo": a second body in a list and a monitor named after its city are organisations too.
- "Fighting spread to Haut-Uele and Bas-Uele", "Troops were deployed in Ouaddaï and Hadjer-Lamis": provinces of
  conflict countries are places.
- Near misses: a state force written in lower case after a state's name ("the Manipur police said") is not read
  as the force's name, a lower-case run of words shaped like a force's name ("district reserve guard duty") is
  no force, and a common word never becomes an organisation ("a hawk flew over the gas station").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import mention_names as names_of
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
            "Soldiers of the South Sudan People's Defence Forces clashed with a militia near Malakal on Tuesday.",
            "South Sudan People's Defence Forces",
        ),
        (
            "The Nigeria Security and Civil Defence Corps deployed guards to schools in the area, a statement said.",
            "Nigeria Security and Civil Defence Corps",
        ),
        (
            "The Directorate General of Forces Intelligence questioned two men in Dhaka, a security source said.",
            "Directorate General of Forces Intelligence",
        ),
        (
            "The Haitian National Police said gangs had burned a police station north of Port-au-Prince.",
            "Haitian National Police",
        ),
        (
            "The suspect appeared before the Islamabad High Court on Monday, his lawyer said.",
            "Islamabad High Court",
        ),
        (
            "Officers of the Royal Thai Police and the Internal Security Operations Command searched a village.",
            "Internal Security Operations Command",
        ),
        (
            "An analyst at the Peace Research Institute Oslo said the ceasefire was fragile.",
            "Peace Research Institute Oslo",
        ),
    ],
)
def test_a_state_or_international_body_is_an_organisation(
    extract_text: Extract, text: str, name: str
) -> None:
    assert (name, ORGANIZATION) in typed(extract_text(text))


def test_provinces_of_conflict_countries_are_places(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighting spread to Haut-Uele and Bas-Uele, aid workers said. "
        "Troops were deployed in Ouaddaï and Hadjer-Lamis after the raid, the governor said."
    )
    for name in ("Haut-Uele", "Bas-Uele", "Ouaddaï", "Hadjer-Lamis"):
        assert (name, LOCATION) in typed(ex)


def test_a_spelling_variant_finds_the_same_region() -> None:
    assert gazetteer.lookup_place("Ouaddai") == gazetteer.lookup_place("Ouaddaï")
    assert gazetteer.lookup_place("Kasai") == gazetteer.lookup_place("Kasaï")


def test_a_state_force_in_lower_case_is_not_its_name() -> None:
    assert gazetteer.lookup_org("Manipur Police")
    assert not gazetteer.lookup_org("Manipur police")


def test_a_lower_case_run_shaped_like_a_force_is_no_force(extract_text: Extract) -> None:
    ex = extract_text("The council said district reserve guard duty would be discussed at the next meeting.")
    assert "District Reserve Guard" not in names_of(ex)


def test_a_common_word_is_no_organisation(extract_text: Extract) -> None:
    ex = extract_text("The bishop said that a hawk flew over the gas station before the storm.")
    assert not {name for name, kind in typed(ex) if kind is ORGANIZATION}

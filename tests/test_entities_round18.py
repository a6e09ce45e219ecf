"""Round eighteen: entity types and boundaries noted on eval/dev12, read as general rules.

Every sentence here was written for these tests.

- "Kfar Hamam", "Kiryat Gat": a name opened by an Arabic or Hebrew word for a village or town is a place.
- "between Mhardeh and Homs": an unknown name paired with a known town by "between" is a town.
- "overran A in Region and B in Region": an unknown name taken and placed inside a province is a town.
- "Los Tigrillos", "the Comando del Norte": a Spanish band's name in a story about cartels is a group.
- "the Universidad de los Andes": a body's name runs on over a Spanish "de los".
- "the King Fahd Stadium": a royal title before a named building is part of its name.
- "Upper Dir", "Lower Dir": the upper or lower part of a district is a place of its own.
- "founded by" + two words NER took for unknown towns: a person.
- "Dicko (also spelled Diko)": another spelling of a name is no town.
- "U.S. District Court for the Northern District of Texas": a federal court or prosecutor's office and its district.
- "the Wolverine Watchmen", "a Boogaloo cell": US militia groups the gazetteer knows.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import mention_names as names_of
from readings import typed
from spacy.tokens import Span

from kg.extract.mentions.spans import joined_ents
from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
ORG = EntityType.ORGANIZATION
GROUP = EntityType.GROUP
PERSON = EntityType.PERSON
PLACE = EntityType.LOCATION


def test_settlement_opener_makes_a_place(extract_text: Extract) -> None:
    ex = extract_text("Shells fell near Kfar Hamam on Sunday, and sirens sounded in Kiryat Gat.")
    assert ("Kfar Hamam", PLACE) in typed(ex)
    assert ("Kiryat Gat", PLACE) in typed(ex)


def test_person_without_an_opener_is_no_place(extract_text: Extract) -> None:
    ex = extract_text("Talks with Karim Hamam ended without a deal.")
    assert ("Karim Hamam", PLACE) not in typed(ex)


def test_name_between_a_known_town_is_a_town(extract_text: Extract) -> None:
    ex = extract_text("Gunmen set up a checkpoint on the road between Mhardeh and Homs.")
    assert ("Mhardeh", PLACE) in typed(ex)


def test_two_leaders_between_are_no_towns(extract_text: Extract) -> None:
    ex = extract_text("Talks between Ruto and Museveni stalled on Friday.")
    assert not {("Ruto", PLACE), ("Museveni", PLACE)} & typed(ex)


def test_town_taken_and_placed_in_a_province_is_a_town(extract_text: Extract) -> None:
    ex = extract_text("Last month the militants overran Qalimow in Hiraan and Ceel Dheer in Galguduud.")
    assert ("Ceel Dheer", PLACE) in typed(ex)


def test_person_arrested_in_a_province_stays_a_person(extract_text: Extract) -> None:
    ex = extract_text("Police arrested Hassan Warsame in Hiraan on Monday.")
    assert ("Hassan Warsame", PERSON) in typed(ex)
    assert ("Hassan Warsame", PLACE) not in typed(ex)


def test_los_nickname_in_a_cartel_story_is_a_gang(extract_text: Extract) -> None:
    ex = extract_text("Cartel gunmen loyal to Los Tigrillos attacked a ranch outside the city.")
    assert ("Los Tigrillos", GROUP) in typed(ex)


def test_los_town_after_in_is_no_gang(extract_text: Extract) -> None:
    ex = extract_text("Police in Los Reyes said cartel violence fell this year.")
    assert ("Los Reyes", GROUP) not in typed(ex)


def test_spanish_troop_name_in_a_cartel_story_is_a_gang(extract_text: Extract) -> None:
    ex = extract_text(
        "The cartel and its armed wing, the Comando del Norte, fought soldiers for the border towns."
    )
    assert ("Comando del Norte", GROUP) in typed(ex)


def test_spanish_command_outside_a_cartel_story_is_no_gang(extract_text: Extract) -> None:
    ex = extract_text("The Comando del Sur held naval exercises with Chilean ships.")
    assert ("Comando del Sur", GROUP) not in typed(ex)


def test_body_name_runs_on_over_spanish_of_the(extract_text: Extract) -> None:
    ex = extract_text("The study was written by a researcher at the Universidad de los Andes in Bogotá.")
    assert ("Universidad de los Andes", ORG) in typed(ex)


def test_person_with_spanish_particles_stays_a_person(extract_text: Extract) -> None:
    ex = extract_text("Prosecutors said Juan de la Cruz had fled to Bogotá.")
    assert ("Juan de la Cruz", PERSON) in typed(ex)


def test_royal_title_before_a_stadium_is_its_name(extract_text: Extract) -> None:
    ex = extract_text("Fans gathered at the King Fahd Stadium in Riyadh.")
    assert ("King Fahd Stadium", PLACE) in typed(ex)


def test_royal_title_before_a_person_is_dropped(extract_text: Extract) -> None:
    ex = extract_text("King Abdullah met the envoy in Amman.")
    assert "King Abdullah" not in names_of(ex)


def test_upper_and_lower_parts_of_a_district_are_places(extract_text: Extract) -> None:
    ex = extract_text("The road from Upper Dir to Lower Dir was shut after the attack on Dir.")
    assert ("Upper Dir", PLACE) in typed(ex)
    assert ("Lower Dir", PLACE) in typed(ex)
    assert ("Dir", PLACE) in typed(ex)


def _with_ents(extractor: SpacyRuleExtractor, text: str, words: list[str]) -> list[tuple[str, str]]:
    """joined_ents over a text whose only NER spans are the given one-word towns."""
    doc = extractor.nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text in words]
    return [(e.text, e.label_) for e in joined_ents(doc)]


def test_two_unknown_towns_after_founded_by_are_a_person(extractor: SpacyRuleExtractor) -> None:
    ents = _with_ents(
        extractor, "The militia was founded by Hamidou Tembely to guard villages.", ["Hamidou", "Tembely"]
    )
    assert ("Hamidou Tembely", "PERSON") in ents


def test_two_known_countries_after_by_stay_places(extractor: SpacyRuleExtractor) -> None:
    ents = _with_ents(extractor, "The convoy was attacked by Mali Niger border bandits.", ["Mali", "Niger"])
    assert ("Mali", "GPE") in ents
    assert ("Niger", "GPE") in ents


def test_other_spelling_of_a_name_is_no_town(extract_text: Extract) -> None:
    ex = extract_text("The group was set up by the preacher Hamadou Dicko (also spelled Diko) in 2016.")
    assert ("Diko", PLACE) not in typed(ex)


def test_town_with_another_spelling_stays_a_town(extract_text: Extract) -> None:
    ex = extract_text("The army retook Gao (also spelled Gaw) in 2013.")
    assert ("Gao", PLACE) in typed(ex)


def test_federal_court_keeps_its_district(extract_text: Extract) -> None:
    ex = extract_text(
        "He was sentenced in the U.S. District Court for the Northern District of Texas on Monday."
    )
    assert ("U.S. District Court for the Northern District of Texas", ORG) in typed(ex)
    assert "District Court" not in names_of(ex)


def test_federal_prosecutors_office_keeps_its_owner_and_district(extract_text: Extract) -> None:
    ex = extract_text("The U.S. Attorney's Office for the Western District of Virginia brought the case.")
    assert ("U.S. Attorney's Office for the Western District of Virginia", ORG) in typed(ex)


def test_court_of_a_town_is_left_alone(extract_text: Extract) -> None:
    ex = extract_text("The District Court in Graz ruled on Monday.")
    assert ("District Court in Graz", ORG) in typed(ex)


def test_us_militia_groups_are_groups(extract_text: Extract) -> None:
    ex = extract_text("The men had trained with a Boogaloo cell and admired the Wolverine Watchmen.")
    assert ("Boogaloo movement", GROUP) in typed(ex)
    assert ("Wolverine Watchmen", GROUP) in typed(ex)


def test_the_dance_is_no_group(extract_text: Extract) -> None:
    ex = extract_text("They danced the boogaloo at the wedding.")
    assert not any(t is GROUP for _, t in typed(ex))

"""Entities, eleventh round (c): UN missions, namesakes inside one country, short given names.

Every sentence was written for these tests. A UN or AU mission named by its acronym or in full is an
organisation, even where its name holds a country's. A place name two towns of one country share means
the one whose province (or a place inside it) the story names. A two-letter short name before a person's
name ("Kh.", "Th.") is part of the name; a title written so ("Dr.", "Mr.") is not. Each phrasing stands
beside a near miss.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
G, ORG, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION


def place_ids(extraction: Extraction, name: str) -> set[str | None]:
    return {m.gazetteer_id for m in extraction.mentions if m.type is L and m.text.startswith(name)}


@pytest.mark.parametrize(
    ("sentence", "mission"),
    [
        (
            "Peacekeepers from MINUSCA were attacked near Bangui on Monday.",
            "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
        ),
        (
            "The United Nations Multidimensional Integrated Stabilization Mission in the Central African "
            "Republic said two peacekeepers died.",
            "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
        ),
        ("UNMISS said its base in Malakal came under fire.", "United Nations Mission in South Sudan"),
        ("A UNISFA patrol was ambushed near Abyei town.", "United Nations Interim Security Force for Abyei"),
        (
            "UNSMIL urged the rival forces in Tripoli to stop fighting.",
            "United Nations Support Mission in Libya",
        ),
        (
            "MONUSCO troops pushed back the rebels near Goma.",
            "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
        ),
    ],
)
def test_a_un_mission_is_an_organisation_not_the_country_it_serves(
    extract_text: Extract, sentence: str, mission: str
) -> None:
    found = typed(extract_text(sentence))
    assert (mission, ORG) in found
    assert not any(t is L and ("Mission" in name or name.isupper()) for name, t in found)


def test_the_country_beside_a_un_mission_stays_a_place(extract_text: Extract) -> None:
    found = typed(
        extract_text("MINUSCA peacekeepers patrol the Central African Republic, where rebels attacked Bria.")
    )
    assert ("Central African Republic", L) in found


@pytest.mark.parametrize(
    "text",
    [
        "Maoists killed five police officers in Bijapur district of Chhattisgarh on Saturday.",
        "Maoists killed five police officers in Bijapur on Saturday, police in Bastar said.",
        "Maoists attacked a camp in Bijapur district. Security forces in Sukma were alerted.",
    ],
)
def test_a_namesake_whose_province_the_story_names_is_the_one_meant(extract_text: Extract, text: str) -> None:
    assert place_ids(extract_text(text), "Bijapur") == {"place:in-bijapur"}


@pytest.mark.parametrize(
    "text",
    [
        # the other namesake's province is named
        "Police in Bijapur, Karnataka, arrested two men on Saturday.",
        # no province named: the better-known namesake stands
        "Police in Bijapur arrested two men on Saturday.",
    ],
)
def test_a_namesake_stays_the_first_choice_where_no_other_province_is_named(
    extract_text: Extract, text: str
) -> None:
    assert place_ids(extract_text(text), "Bijapur") == {"place:gn:1275701"}


def test_a_namesake_in_another_country_still_follows_the_country_named(extract_text: Extract) -> None:
    extraction = extract_text("Insurgents attacked Palma in Cabo Delgado, Mozambique, on Friday.")
    assert ("Palma", L) in typed(extraction)
    palma = [m for m in extraction.mentions if m.text == "Palma"]
    assert all(m.gazetteer_id != "place:in-bijapur" for m in palma)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Manipur police chief Kh. Jayanta Singh said the militants fled.", "Kh. Jayanta Singh"),
        ("Education minister Th. Basanta Singh said the school would reopen.", "Th. Basanta Singh"),
    ],
)
def test_a_short_given_name_before_a_name_is_part_of_it(
    extract_text: Extract, sentence: str, person: str
) -> None:
    found = typed(extract_text(sentence))
    assert (person, P) in found
    assert not any(t is P and name in {"Kh", "Th", "Kh.", "Th."} for name, t in found)


def test_a_later_mention_without_the_short_name_is_the_same_person(extract_text: Extract) -> None:
    extraction = extract_text(
        "Police chief Kh. Jayanta Singh said the militants fled. Jayanta Singh added that troops followed."
    )
    assert {m.name for m in extraction.mentions if m.type is P} == {"Kh. Jayanta Singh"}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The report was written by Dr. Ahmed Khan for the ministry.", "Ahmed Khan"),
        ("The report was presented by Mr. John Smith on Monday.", "John Smith"),
    ],
)
def test_a_title_written_as_a_short_name_stays_out_of_the_name(
    extract_text: Extract, sentence: str, person: str
) -> None:
    found = typed(extract_text(sentence))
    assert (person, P) in found
    assert not any(name.startswith(("Dr.", "Mr.")) for name, _ in found)


def test_a_byline_in_capitals_names_its_author_the_usual_way(extract_text: Extract) -> None:
    found = typed(
        extract_text(
            "Rebels kill nine in attack on school\n\nBy JOSEPH OKELLO and AP staff\n\n"
            "KASESE, Uganda (AP) — Rebels attacked a boarding school late Tuesday."
        )
    )
    assert ("Joseph Okello", P) in found
    assert ("JOSEPH", P) not in found and ("Joseph", P) not in found


@pytest.mark.parametrize(
    "text",
    [
        "By AP STAFF WRITERS\nRebels attacked a school in Uganda.",
        "By REUTERS STAFF\nRebels attacked a school in Uganda.",
        # capitals that do not open a by-line are a headline, not an author
        "REBELS ATTACK SCHOOL\nRebels attacked a school in Uganda.",
    ],
)
def test_a_byline_of_a_desk_or_a_shouted_headline_names_no_one(extract_text: Extract, text: str) -> None:
    assert not any(t is P for _, t in typed(extract_text(text)))


def test_a_common_word_a_body_goes_by_stays_out_in_lower_case(extract_text: Extract) -> None:
    # "raid", "time", "dawn": lower-case words, however a body's short name is spelled
    found = typed(extract_text("The raid began at dawn, and by that time the gunmen had fled to Mali."))
    assert {name.casefold() for name, _ in found} == {"mali"}


def test_a_name_set_off_by_commas_after_an_office_and_before_said_is_a_person(extract_text: Extract) -> None:
    found = typed(
        extract_text("Malaysia's facilitator, Mohd Rahim Ismail, said in a statement that he was hopeful.")
    )
    assert ("Mohd Rahim Ismail", P) in found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a group the gazetteer knows, in the same frame, stays the group
        ("The group's spokesman, Ansar Allah, said the attack was justified.", "Ansar Allah"),
        # a body, in the same frame, is no person
        ("The ministry's spokesman, Kabul Police, said more.", "Kabul Police"),
    ],
)
def test_a_body_set_off_by_commas_after_an_office_stays_no_person(
    extract_text: Extract, sentence: str, name: str
) -> None:
    extraction = extract_text(sentence)
    assert not any(m.type is P and m.text == name for m in extraction.mentions)


def test_a_group_whose_own_name_is_written_in_lower_case_is_the_group(extract_text: Extract) -> None:
    found = typed(
        extract_text("The coalition joined the UPC of Ali Darassa and several anti-balaka militias.")
    )
    assert ("Anti-balaka", G) in found


def test_an_indian_police_commando_unit_is_an_organisation(extract_text: Extract) -> None:
    found = typed(extract_text("Maoists surrounded a joint CRPF, CoBRA and DRG column near Tekulguda."))
    assert ("Commando Battalion for Resolute Action", ORG) in found
    # near miss: the snake, in lower case, is no body
    found = typed(extract_text("A cobra bit the farmer in his field in Bijapur, Chhattisgarh."))
    assert not any(t is ORG for _, t in found)

"""Round seventeen: entity types and boundaries noted on eval/dev11, read as general rules.

Every sentence here was written for these tests.

- "Station No. 3": a name NER stopped at the abbreviation "No." runs on through the number.
- "Anne Whitfield KC", "State Counsel X": a barrister's rank before or after a name is no part of it.
- "the neighbourhoods of A and B": both quarters are places.
- "the X guesthouse", "the nearby X oil terminal", "the A and B parks": a venue named by a lower-case word.
- "the Archdiocese of X", "the Serbian Orthodox Church": a see and a denomination are bodies.
- "Karama Brigade of the Lord's Resistance Army": a unit of a known group is a group.
- "said Ravi Menon, Kottayam's superintendent of police", "by Kamla, spokesperson of": a person.
- "Harakat Nour al-Sham (HNS)": a name spelt out by its initials is no person's.
- "the X operations room": a joint command of armed bands.
- "the commune of Mont Tala" once makes "Mont Tala" a place elsewhere in the story.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import mention_names as names_of
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
ORG = EntityType.ORGANIZATION
GROUP = EntityType.GROUP
PERSON = EntityType.PERSON
PLACE = EntityType.LOCATION


def test_number_after_no_ends_a_body_name(extract_text: Extract) -> None:
    ex = extract_text("The file was passed to the Provincial Criminal Chamber No. 2 of Valparaíso on Monday.")
    assert "Provincial Criminal Chamber No. 2" in names_of(ex)
    assert "Provincial Criminal Chamber No" not in names_of(ex)


def test_no_at_a_sentence_end_stays_out_of_the_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Asked whether the Electoral Tribunal would step in, he said No. 12 people were detained."
    )
    assert not any(n.endswith("No. 12") for n in names_of(ex))


def test_unit_numbered_after_no_of_a_known_group_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Police said the ambush bore the hallmarks of Battalion No. 4 of the People's Liberation Guerrilla Army."
    )
    assert ("Battalion No. 4", GROUP) in typed(ex)


def test_unit_of_a_state_army_is_not_made_a_group(extract_text: Extract) -> None:
    ex = extract_text("The Sabre Brigade of the Kenyan Army moved to the border on Friday.")
    assert ("Sabre Brigade", GROUP) not in typed(ex)


def test_kings_counsel_after_a_name_is_dropped_and_the_name_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Opening the trial on Tuesday, Margaret Ellison KC, for the prosecution, told jurors the men had "
        "planned to attack a mosque."
    )
    assert ("Margaret Ellison", PERSON) in typed(ex)
    assert not any("KC" in n for n in names_of(ex))


def test_initials_that_are_a_place_stay_a_place(extract_text: Extract) -> None:
    ex = extract_text("The fugitive was arrested in Kansas City on Friday, the FBI said.")
    assert ("Kansas City", PLACE) in typed(ex)


def test_counsel_before_a_name_is_a_title(extract_text: Extract) -> None:
    ex = extract_text("For the defence, President's Counsel Ranjith Wickramasuriya objected to the evidence.")
    assert ("Ranjith Wickramasuriya", PERSON) in typed(ex)
    assert not any(n.startswith("Counsel") for n in names_of(ex))


def test_quarters_named_after_neighbourhoods_of_are_places(extract_text: Extract) -> None:
    ex = extract_text(
        "Police arrested five men in Melilla, in the neighbourhoods of Monte Sacro and Tiro Nacional, on Tuesday."
    )
    assert ("Monte Sacro", PLACE) in typed(ex)
    assert ("Tiro Nacional", PLACE) in typed(ex)


def test_people_named_after_residents_are_not_quarters(extract_text: Extract) -> None:
    ex = extract_text("The spokesman of the neighbourhood committee, Karim Benali, said nobody was hurt.")
    assert ("Karim Benali", PLACE) not in typed(ex)


def test_name_before_a_lower_case_venue_word_is_the_venue(extract_text: Extract) -> None:
    ex = extract_text(
        "A bomber blew himself up at the Palm Grove guesthouse in Negombo. Jets struck the nearby "
        "Ras Tanura oil terminal, the army said. Poachers use the Arly and Comoé parks."
    )
    names = typed(ex)
    assert ("Palm Grove", PLACE) in names
    assert ("Ras Tanura", PLACE) in names
    assert ("Comoé", PLACE) in names


def test_person_before_a_venue_word_without_the_is_not_made_a_place(extract_text: Extract) -> None:
    ex = extract_text("Investigators said Malik Hassan stayed in a hotel in Kandy before the attack.")
    assert ("Malik Hassan", PLACE) not in typed(ex)


def test_penitentiary_names_a_prison(extract_text: Extract) -> None:
    ex = extract_text("Riots at the Pacífico Penitentiary left nine inmates dead on Sunday.")
    assert ("Pacífico Penitentiary", PLACE) in typed(ex)


def test_archdiocese_is_a_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Father Jude Fernando, a spokesman for the Archdiocese of Colombo, said the faithful wanted answers."
    )
    assert ("Archdiocese of Colombo", ORG) in typed(ex)
    assert ("Jude Fernando", PERSON) in typed(ex)


def test_a_denomination_is_a_body_and_a_saints_church_a_building(extract_text: Extract) -> None:
    ex = extract_text(
        "The Serbian Orthodox Church condemned the attack on St Sava Church in Kosovska Mitrovica on Sunday."
    )
    names = typed(ex)
    assert ("Serbian Orthodox Church", ORG) in names
    assert not any(n.startswith("St Sava") and t == ORG for n, t in names)


def test_name_split_in_two_towns_and_described_as_an_officer_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The attackers fired from a ridge, said Anand Kumar, Dantewada's superintendent of police. "
        "The wounded were flown to Raipur."
    )
    assert ("Anand Kumar", PERSON) in typed(ex)


def test_two_towns_described_as_places_stay_places(extract_text: Extract) -> None:
    ex = extract_text("Buses left Raipur for Bilaspur, the district's main town, early on Monday.")
    assert ("Raipur", PLACE) in typed(ex)
    assert not any(t == PERSON for _, t in typed(ex))


def test_one_name_with_a_bare_spokesperson_title_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "In a statement signed by Kamla, spokesperson of the party's Western Regional Bureau, the "
        "rebels claimed the ambush."
    )
    assert ("Kamla", PERSON) in typed(ex)


def test_one_name_described_with_an_article_is_not_made_a_person(extract_text: Extract) -> None:
    ex = extract_text("The report was written by Sentinel, the monitoring project of the university.")
    assert ("Sentinel", PERSON) not in typed(ex)


def test_name_spelt_out_by_its_initials_is_no_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighters of Harakat Nour Sham (HNS), a small group linked to al-Qaeda, attacked the checkpoint."
    )
    assert ("Harakat Nour Sham", PERSON) not in typed(ex)


def test_person_with_other_initials_in_brackets_stays_a_person(extract_text: Extract) -> None:
    ex = extract_text("Maria Gonzalez (PSOE) said the government would act.")
    assert ("Maria Gonzalez", PERSON) in typed(ex)


def test_operations_room_names_a_coalition_of_bands(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2019 the group joined the Wa Harid Muminin operations room with two smaller factions."
    )
    assert ("Wa Harid Muminin", GROUP) in typed(ex)


def test_name_called_a_town_once_is_a_town_elsewhere(extract_text: Extract) -> None:
    ex = extract_text(
        "Families fled the municipality of Bajo Tumbes after the clashes. Aid workers said Bajo Tumbes "
        "had no clinic left."
    )
    assert ("Bajo Tumbes", PERSON) not in typed(ex)


def test_person_named_once_is_not_made_a_town(extract_text: Extract) -> None:
    ex = extract_text("Aid workers said Lucia Ferrer had organised the convoy to the village of Santa Rita.")
    assert ("Lucia Ferrer", PERSON) in typed(ex)


def test_name_ending_in_country_is_a_region(extract_text: Extract) -> None:
    ex = extract_text(
        "Three men from the West Country were charged on Friday with preparing acts of terrorism."
    )
    assert ("West Country", PLACE) in typed(ex)


def test_country_inside_a_party_name_is_no_region(extract_text: Extract) -> None:
    ex = extract_text("The Country Liberal Party said on Friday it would back the bill.")
    assert not any(t == PLACE and "Country" in n for n, t in typed(ex))


def test_spanish_television_channel_is_a_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Masked gunmen burst into the studios of Canal Sur Televisión in Guayaquil during a broadcast."
    )
    assert not any(t == PERSON and "Televisión" in n for n, t in typed(ex))


def test_name_described_as_a_unit_of_a_known_group_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Soldiers said the rebels belonged to the Efren Dantes Command, the NPA unit that operates in the hills."
    )
    assert ("Efren Dantes Command", GROUP) in typed(ex)


def test_name_described_as_a_unit_of_an_army_is_no_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Soldiers said the patrol belonged to the Efren Dantes Command, the army unit that operates in the hills."
    )
    assert ("Efren Dantes Command", GROUP) not in typed(ex)

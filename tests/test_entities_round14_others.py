"""Round fourteen: places, organisations and persons (eval/dev8 faults), read as general rules.

Every sentence here was written for these tests; each positive has a near miss of the same shape.

- A dateline with nothing between the city and the dash ("TUNIS —") names the city.
- A landform or a site named by a name and its lower-case kind ("the Sambisa forest", "the Jos
  valley", "the Lala displacement site") is a place, under that longer name too; a known town's
  valley and a site are places of their own, not the town.
- "the department of X" names the province X, not its capital.
- A ranch ("the Estancia San Roque") is a site, not the town of the same name.
- A people's name ("Kuki groups", "Mapuche land") is no entity.
- A body's name cut at "and" or before "of the Armed Forces", a court "in <town>", a county's coroner's
  office are one organisation; a portfolio after "Commissioner for" is none.
- Capitals in brackets after a body's name are its initials, not a place spelled alike.
- A name of a person's shape described as an academic is a person; a surname with its particle too.
- A state's own service is no armed group.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
ORG = EntityType.ORGANIZATION
LOC = EntityType.LOCATION
PER = EntityType.PERSON


def names_of(ex: Extraction, etype: EntityType) -> set[str]:
    return {m.name for m in ex.mentions if m.type is etype}


def test_a_bare_dateline_names_a_known_city(extract_text: Extract) -> None:
    ex = extract_text("TUNIS — Two soldiers were killed by a mine near the border on Monday, officials said.")
    assert ("Tunis", LOC) in typed(ex)


def test_a_bare_dateline_word_that_is_no_place_makes_no_place(extract_text: Extract) -> None:
    ex = extract_text(
        "ANALYSIS — Two soldiers were killed by a mine near the border on Monday, officials said."
    )
    assert not any(m.text == "ANALYSIS" and m.type is LOC for m in ex.mentions)


def test_a_forest_named_with_its_kind_is_its_own_place(extract_text: Extract) -> None:
    ex = extract_text("The bandits have their camps in the Falgore forest, officials in Kano said.")
    assert any(m.text == "Falgore forest" and m.type is LOC for m in ex.mentions)


def test_a_forest_belt_leaves_the_name_alone(extract_text: Extract) -> None:
    ex = extract_text("The Falgore forest belt has become a corridor for bandits, officials in Kano said.")
    assert not any(m.text == "Falgore forest" for m in ex.mentions)


def test_a_known_towns_valley_is_not_the_town(extract_text: Extract) -> None:
    ex = extract_text("Troops patrolled the Jos valley and the hills around Jos on Sunday.")
    assert ("Jos valley", LOC) in typed(ex)
    assert ("Jos", LOC) in typed(ex)


def test_a_camp_for_the_displaced_is_a_site(extract_text: Extract) -> None:
    ex = extract_text("Gunmen attacked the Lala displacement site near Bunia on Sunday night.")
    assert ("Lala displacement site", LOC) in typed(ex)


def test_a_courthouse_of_a_known_town_stays_the_town(extract_text: Extract) -> None:
    ex = extract_text("Police sealed off the Bunia courthouse on Sunday night.")
    assert ("Bunia courthouse", LOC) not in typed(ex)


def test_the_department_of_a_name_is_the_province(extract_text: Extract) -> None:
    ex = extract_text("The rebels operate in the department of Amambay, near the border with Brazil.")
    assert ("Amambay Department", LOC) in typed(ex)


def test_a_ranch_is_a_site_not_the_town_of_its_name(extract_text: Extract) -> None:
    ex = extract_text("Gunmen seized the foreman of the Estancia San Roque near Horqueta on Friday.")
    assert ("Estancia San Roque", LOC) in typed(ex)
    assert ("San Roque", LOC) not in typed(ex)


def test_a_ranch_word_is_needed(extract_text: Extract) -> None:
    ex = extract_text("Gunmen seized the foreman of a farm near Horqueta on Friday.")
    assert ("Horqueta", LOC) in typed(ex)


def test_peoples_named_before_their_armed_groups_are_no_entities(extract_text: Extract) -> None:
    ex = extract_text(
        "Kuki and Meitei groups traded blame for the ambush, while leaders of Mapuche communities "
        "said the Naga groups were not involved."
    )
    names = {m.name for m in ex.mentions}
    assert not names & {"Kuki", "Meitei", "Mapuche", "Naga"}


def test_a_body_cut_at_and_is_made_whole(extract_text: Extract) -> None:
    ex = extract_text(
        "Rahul Sen, a researcher at the Guwahati Peace and Conflict Forum, said the talks had failed."
    )
    assert ("Guwahati Peace and Conflict Forum", ORG) in typed(ex)


def test_two_bodies_joined_by_and_stay_two(extract_text: Extract) -> None:
    ex = extract_text("The Crisis Group and the Small Arms Survey both said the talks had failed.")
    assert not any(" and " in m.name for m in ex.mentions if m.type is ORG)


def test_an_office_of_the_armed_forces_keeps_the_force_in_its_name(extract_text: Extract) -> None:
    ex = extract_text(
        "According to the Directorate of Public Information of the Armed Forces (DPIAF), four soldiers died."
    )
    assert "Directorate of Public Information of the Armed Forces" in names_of(ex, ORG)


def test_a_court_is_named_by_its_town(extract_text: Extract) -> None:
    ex = extract_text("The Court of Appeal in Tangier on Monday jailed four men for plotting attacks.")
    assert "Court of Appeal in Tangier" in names_of(ex, ORG)
    assert ("Tangier", LOC) in typed(ex)


def test_a_county_coroners_office_is_a_body(extract_text: Extract) -> None:
    ex = extract_text("The Dallas County medical examiner's office said the victim died on Monday.")
    assert any(n.startswith("Dallas County medical examiner") for n in names_of(ex, ORG))


def test_a_county_alone_stays_a_place(extract_text: Extract) -> None:
    ex = extract_text("The victim lived in Dallas County, police said on Monday.")
    assert not names_of(ex, ORG) & {"Dallas County"}


def test_a_portfolio_after_commissioner_for_is_no_body(extract_text: Extract) -> None:
    ex = extract_text(
        "The Plateau State Commissioner for Information and Communication, Mr Dan Manjang, said the curfew stood."
    )
    assert "Information and Communication" not in {m.name for m in ex.mentions}


def test_capitals_in_brackets_after_a_body_are_its_initials(extract_text: Extract) -> None:
    ex = extract_text("Maria Ortiz, a lecturer at the National University of Tucumán (UNA), said so.")
    assert {m.name for m in ex.mentions if m.text == "UNA"} == {"National University of Tucumán"}


def test_a_place_written_in_its_own_capitals_stays_the_place(extract_text: Extract) -> None:
    ex = extract_text("The fighting in the Democratic Republic of Congo (DRC) displaced thousands.")
    assert all(m.type is LOC for m in ex.mentions if m.text == "DRC")


def test_a_person_described_as_an_academic_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "According to Jean-Baptiste Orsini, a political scientist at the University of Corsica, the group "
        "is small. Orsini said it was active across the island."
    )
    assert "Jean-Baptiste Orsini" in names_of(ex, PER)
    assert "Jean-Baptiste Orsini" not in names_of(ex, ORG)


def test_a_surname_with_its_particle_is_the_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The leader, Karim El Mansouri, was arrested. Police searched El Mansouri's home in Fez."
    )
    assert {m.name for m in ex.mentions if m.text == "El Mansouri"} == {"Karim El Mansouri"}


def test_a_states_own_service_is_no_armed_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Six members of the Katsina State Community Watch Service were killed when bandits attacked the village."
    )
    assert ("Katsina State Community Watch Service", EntityType.GROUP) not in typed(ex)


def test_a_commander_called_by_one_name_is_a_person(extract_text: Extract) -> None:
    ex = extract_text("The cell moved into the forest under a commander called Bakoura last year.")
    assert ("Bakoura", PER) in typed(ex)


def test_a_byline_keeps_the_given_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Bandits kill six in Zamfara\n\nFrom Aminu Bello Sani, Gusau\n\nBandits killed six people."
    )
    assert "Aminu Bello Sani" in names_of(ex, PER)


def test_a_court_every_town_has_keeps_its_own_name(extract_text: Extract) -> None:
    ex = extract_text("The High Court in Nairobi on Monday jailed four men for plotting attacks.")
    assert "High Court in Nairobi" not in names_of(ex, ORG)


def test_a_language_and_the_word_acronym_is_no_name(extract_text: Extract) -> None:
    ex = extract_text("The group is known in Tunisia by its Arabic acronym Daesh, officials said.")
    assert "Arabic acronym" not in {m.name for m in ex.mentions}


def test_a_province_after_a_name_ending_like_a_nationality_stays(extract_text: Extract) -> None:
    ex = extract_text("A spokesman for the police in Kerman province told reporters the attack was planned.")
    assert any(m.name.startswith("Kerman") and m.type is LOC for m in ex.mentions)


def test_a_provinces_governors_office_is_a_body(extract_text: Extract) -> None:
    ex = extract_text("The Ankara governor's office said the suspects had been detained.")
    assert any(n.startswith("Ankara governor") for n in names_of(ex, ORG))


def test_a_courthouse_is_a_place(extract_text: Extract) -> None:
    ex = extract_text("Two gunmen opened fire outside the Ankara Western Courthouse on Monday, police said.")
    assert ("Ankara Western Courthouse", LOC) in typed(ex)
    assert ("Ankara Western Courthouse", ORG) not in typed(ex)


def test_a_railway_between_two_towns_is_a_place_beside_them(extract_text: Extract) -> None:
    ex = extract_text("In 2022 gunmen blew up the track on the Abuja-Kaduna railway and attacked a train.")
    names = typed(ex)
    assert ("Abuja-Kaduna railway", LOC) in names
    assert ("Abuja", LOC) in names and ("Kaduna", LOC) in names


def test_a_state_named_like_its_capital_is_the_state(extract_text: Extract) -> None:
    ex = extract_text(
        "The gang was born in a prison in São Paulo state and is now run from the city of São Paulo."
    )
    assert ("São Paulo State", LOC) in typed(ex)
    assert ("São Paulo", LOC) in typed(ex)

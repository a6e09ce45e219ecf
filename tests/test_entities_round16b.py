"""Round sixteen (b): entity faults noted in eval/dev10, read as general rules.

Every sentence here was written for these tests.

- Real groups, bodies and places the gazetteers lacked: Jund al-Sham and al-Shabab al-Muslim in
  Lebanon's camps, Barrio 18's two factions, the KNLA apart from the KNU, the DKBA under both its
  names, the French ultra-right (AFO, Volontaires pour la France, Barjols), Myanmar's junta (SAC).
- A title of address after a rank ("Magistrate Judge X"), "Advocate X", or a nationality before a
  full name ("the Malian X Ag Y") is no part of the name; a police rank before a name NER cut keeps
  the given name ("DSP X Y").
- Names in quotes after a word for a person ('the criminal named "X Y"', alias "Z"), after "the
  French national", or around a nickname ('X "El Z" Y') are people.
- "X, the notorious kingpin" is a person.
- A city whose name opens with a country's or a province's ("Panama City", "San Pedro Sula") is the city.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
G = EntityType.GROUP
ORG = EntityType.ORGANIZATION
P = EntityType.PERSON
L = EntityType.LOCATION


def _ids(ex: Extraction) -> set[str]:
    return {m.gazetteer_id for m in ex.mentions if m.gazetteer_id}


# ------------------------------------------------------------------ gazetteer


def test_camp_groups_of_lebanon_are_their_own(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighting in the camp pitted Fatah against Jund al-Sham and al-Shabab al-Muslim, "
        "residents said on Sunday."
    )
    ids = _ids(ex)
    assert {"group:jund_al_sham", "group:al_shabab_al_muslim"} <= ids
    # near miss: the Lebanese coalition is not Somalia's al-Shabaab
    assert "group:al_shabaab" not in ids


def test_somali_al_shabab_is_still_somali(extract_text: Extract) -> None:
    ex = extract_text("Al-Shabab fighters attacked a base near Mogadishu on Monday.")
    assert "group:al_shabab_al_muslim" not in _ids(ex)


def test_barrio_18_factions_are_groups(extract_text: Extract) -> None:
    ex = extract_text(
        "Police in San Salvador said the Sureños and the Revolucionarios of Barrio 18 still "
        "extort bus drivers in the capital."
    )
    ids = _ids(ex)
    assert {"group:barrio_18_surenos", "group:barrio_18_revolucionarios", "group:barrio_18"} <= ids


def test_lower_case_spanish_word_is_no_faction(extract_text: Extract) -> None:
    ex = extract_text(
        "The mural read 'revolucionarios del pueblo' in red paint, police in San Salvador said."
    )
    assert "group:barrio_18_revolucionarios" not in _ids(ex)


def test_knla_is_apart_from_the_knu(extract_text: Extract) -> None:
    ex = extract_text(
        "The Karen National Liberation Army (KNLA) shelled a junta outpost, the Karen National Union said."
    )
    ids = _ids(ex)
    assert {"group:karen_national_liberation_army", "group:karen_national_union"} <= ids


def test_dkba_under_both_names(extract_text: Extract) -> None:
    ex = extract_text(
        "The Democratic Karen Benevolent Army, once the Democratic Karen Buddhist Army, holds the hills "
        "south of Myawaddy."
    )
    assert {m.gazetteer_id for m in ex.mentions if "Karen" in m.text} == {
        "group:democratic_karen_buddhist_army"
    }


def test_french_ultra_right_groups(extract_text: Extract) -> None:
    ex = extract_text(
        "Several members of Volontaires pour la France (VPF) later joined Action des forces opérationnelles, "
        "prosecutors said, while others came from the Barjols."
    )
    ids = _ids(ex)
    assert {
        "group:volontaires_pour_la_france",
        "group:action_des_forces_operationnelles",
        "group:barjols",
    } <= ids


def test_myanmar_junta_and_border_towns(extract_text: Extract) -> None:
    ex = extract_text(
        "The State Administration Council (SAC) lost ground near Kawkareik. Thousands fled Shwe Kokko on "
        "Monday and reached the Thai town of Mae Sot by evening."
    )
    names = typed(ex)
    assert {
        ("Shwe Kokko", L),
        ("Mae Sot", L),
        ("Kawkareik", L),
        ("State Administration Council", ORG),
    } <= names
    assert {m.name for m in ex.mentions if m.text == "SAC"} == {"State Administration Council"}


# ------------------------------------------------------------------ titles before names


def test_title_of_address_after_a_rank_is_no_part_of_the_name(extract_text: Extract) -> None:
    ex = extract_text("The defendants appeared before Magistrate Judge Corinne Abara in Spokane on Monday.")
    assert ("Corinne Abara", P) in typed(ex)
    assert not any(m.name.startswith("Judge") for m in ex.mentions)


def test_police_rank_keeps_the_given_name_ner_left_out(extract_text: Extract) -> None:
    ex = extract_text(
        '"We are still investigating," the spokesman of the state police, DSP Musa Garba Idris, said.'
    )
    assert ("Musa Garba Idris", P) in typed(ex)


def test_a_company_named_after_a_rank_is_no_person(extract_text: Extract) -> None:
    ex = extract_text("Shares of General Electric Aviation rose on Tuesday.")
    assert not any(m.type is P for m in ex.mentions)


def test_advocate_before_a_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Counsel for the accused, Advocate Harjinder Kaur Sandhu, told the court her client was innocent."
    )
    assert ("Harjinder Kaur Sandhu", P) in typed(ex)
    assert not any("Advocate" in m.name for m in ex.mentions)


def test_nationality_before_a_particle_name(extract_text: Extract) -> None:
    ex = extract_text(
        "The alliance, whose leader is the Nigerien Mohamed Ag Alher, is active across the border."
    )
    assert ("Mohamed Ag Alher", P) in typed(ex)


def test_given_names_before_a_particle_stay(extract_text: Extract) -> None:
    # near miss: a second given name is no nationality
    ex = extract_text("Mohamed Ali Ag Wadoussene escaped from prison in 2022.")
    assert ("Mohamed Ali Ag Wadoussene", P) in typed(ex)


# ------------------------------------------------------------------ names in quotes and nicknames


def test_names_in_quotes_in_a_communique(extract_text: Extract) -> None:
    ex = extract_text(
        'Among those arrested is the criminal named "Rachid Bensaid", alias "Abou Talha", who had joined '
        "the terrorist groups in 2009."
    )
    people = [m for m in ex.mentions if m.type is P]
    assert {m.name for m in people} == {"Rachid Bensaid"}
    assert {m.text for m in people} == {"Rachid Bensaid", "Abou Talha"}


def test_a_group_named_in_quotes_is_no_person(extract_text: Extract) -> None:
    ex = extract_text('A group named "Sons of Liberty" claimed the fire in a statement.')
    assert not any(m.type is P for m in ex.mentions)


def test_a_foreign_national_before_a_name(extract_text: Extract) -> None:
    ex = extract_text("The kidnapping of the French national Marc Olivier in 2014 shocked the region.")
    assert ("Marc Olivier", P) in typed(ex)


def test_national_assembly_is_no_national(extract_text: Extract) -> None:
    ex = extract_text("The French national Assembly voted on the bill on Tuesday.")
    assert not any(m.type is P for m in ex.mentions)


def test_nickname_inside_a_name(extract_text: Extract) -> None:
    ex = extract_text('Gunmen loyal to Rafael "El Gordo" Mendoza attacked the ranch. Mendoza denied it.')
    assert ('Rafael "El Gordo" Mendoza', P) in typed(ex)


def test_nickname_inside_a_units_name_is_no_person(extract_text: Extract) -> None:
    ex = extract_text('Gen. Arturo Dizon, commander of the 5th Infantry "Star" Division, blamed the rebels.')
    assert ("Infantry Division", P) not in typed(ex)
    assert ("Arturo Dizon", P) in typed(ex)


def test_a_kingpin_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Survivors said the attackers shouted the name of Dauda Kachalla, the notorious kingpin whose men "
        "control the forest."
    )
    assert ("Dauda Kachalla", P) in typed(ex)


# ------------------------------------------------------------------ cities named after a place


def test_city_named_after_a_country_or_province(extract_text: Extract) -> None:
    ex = extract_text(
        "Buses were torched in San Pedro Sula and in Panama City on Friday, and Panama closed a border post."
    )
    names = typed(ex)
    assert {("San Pedro Sula", L), ("Panama City", L), ("Panama", L)} <= names
    assert ("San Pedro", L) not in names


def test_a_district_is_no_city(extract_text: Extract) -> None:
    ex = extract_text("Troops entered Baghlan Province on Monday.")
    assert ("Baghlan Province", L) in typed(ex)


# ------------------------------------------------------------------ bodies and clutter


def test_a_body_whose_name_holds_a_number(extract_text: Extract) -> None:
    ex = extract_text("Rescue 1122 officials said 14 of the wounded were in critical condition.")
    assert ("Rescue 1122", ORG) in typed(ex)


def test_a_number_alone_is_still_no_body(extract_text: Extract) -> None:
    # near miss: a three-digit number NER put in a name that no gazetteer knows stays out
    ex = extract_text("Officers from Station 4471 Command arrived later, residents said.")
    assert not any(m.name.endswith("4471") for m in ex.mentions)


def test_senior_counsel_after_a_name_is_no_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutor Alan Whitcombe SC told the court the three men were a danger to the public."
    )
    assert ("Alan Whitcombe", P) in typed(ex)
    assert not any(m.text == "SC" for m in ex.mentions)


def test_a_title_alone_is_no_person(extract_text: Extract) -> None:
    ex = extract_text(
        "[Editor's note: the statement was translated from Arabic.] Troops killed two men near Bouira."
    )
    assert not any(m.type is P for m in ex.mentions)

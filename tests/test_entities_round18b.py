"""Round eighteen, second wave: entity leftovers on eval/dev12, read as general rules.

Every sentence here was written for these tests.

- "the Hausa preacher Idris Bako": a religious or founding role before a full name NER passed over.
- "Idris Bako (also spelled Bakko)": another spelling of a person's name is that person.
- "Bako's followers": the surname of a person named in full, before "'s", is the person, not a group.
- "in Garut and Tasik Malaya", "KABUL/ISLAMABAD": two places NER joined in one span are two places.
- "Garut regency": the Indonesian word for a district is part of the place's surface.
- "the Congo river", "the inner Niger delta": a country's name before its river or delta is the landform.
- "near Place Flagey", "the Rue Royale": a French square or street is a place.
- "Rojas said" after "Ana Rojas Vega": a Spanish name's first surname is the person.
- "said Omar al-Rifai, the movement's deputy leader": an office after the name makes a person.
- "Dale K. Rowe, 41, of Wausau": the home town after a person's age is a place.
- "Burj al-Muluk": a place's name runs on over the Arabic article.
- "the Sahel Conflict Monitor": a place's name opening a monitor's or an observatory's is the body's.
- "the Gulf of Oman": "Gulf" before "of X" is that sea; "Gulf donors": "Gulf" qualifying a noun is no place.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
GROUP = EntityType.GROUP
PERSON = EntityType.PERSON
PLACE = EntityType.LOCATION


def _names(ex: Extraction, kind: EntityType) -> set[str]:
    return {m.name for m in ex.mentions if m.type is kind}


def _surfaces(ex: Extraction, name: str) -> set[str]:
    return {ex.document.text[m.start : m.end] for m in ex.mentions if m.name == name}


def test_preacher_before_a_full_name_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The movement was started in 2012 by the Hausa preacher Idris Bako (also spelled Bakko)."
    )
    assert "Idris Bako" in _names(ex, PERSON)
    # the other spelling is the same man, no town and no second person
    assert _surfaces(ex, "Idris Bako") >= {"Idris Bako", "Bakko"}
    assert "Bakko" not in _names(ex, PERSON) | _names(ex, PLACE)


def test_role_word_needs_a_name_after_it(extract_text: Extract) -> None:
    # near miss: a role word followed by a building's name, not a person's
    ex = extract_text("Worshippers said the sermon of the imam Kaduna Central Mosque, was cut short.")
    assert not any("Mosque" in n for n in _names(ex, PERSON))


def test_surname_before_possessive_is_the_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The sect was founded by the cleric Idris Bako and spread across the north. "
        "Bako's followers later burned two police stations."
    )
    assert "Idris Bako" in _names(ex, PERSON)
    assert ("Bako", GROUP) not in typed(ex)
    assert "Bako" in _surfaces(ex, "Idris Bako")


def test_unknown_word_before_possessive_stays(extract_text: Extract) -> None:
    # near miss: no one of that surname is named, so the rule has nothing to resolve
    ex = extract_text("The cleric Idris Bako spoke. Ansaru's fighters later burned two police stations.")
    assert "Ansaru" not in _names(ex, PERSON)


def test_two_places_joined_by_and_are_split(extract_text: Extract) -> None:
    ex = extract_text("Police arrested seven men in Poso and Tojo Una-Una in early March.")
    places = _names(ex, PLACE)
    assert "Poso" in places
    assert "Poso and Tojo Una-Una" not in places | _names(ex, EntityType.ORGANIZATION)


def test_dateline_of_two_cities_is_split(extract_text: Extract) -> None:
    ex = extract_text("KABUL/ISLAMABAD, May 2 — Border crossings were closed after a clash at Torkham.")
    assert {"Kabul", "Islamabad"} <= _names(ex, PLACE)


def test_country_of_two_names_stays_whole(extract_text: Extract) -> None:
    # near miss: a country the gazetteer knows by both names joined
    ex = extract_text("Officials from Trinidad and Tobago said two men had been charged.")
    assert "Trinidad and Tobago" in _names(ex, PLACE)
    assert "Tobago" not in _names(ex, PLACE)


def test_regency_is_part_of_the_surface(extract_text: Extract) -> None:
    ex = extract_text("Gunmen killed three farmers near Talise, in Morowali regency, on Friday.")
    assert any(s == "Morowali regency" for n in _names(ex, PLACE) for s in _surfaces(ex, n))


def test_country_before_river_is_the_river(extract_text: Extract) -> None:
    ex = extract_text("Fighters crossed the Niger river near Ansongo and raided the inner Niger delta.")
    places = _names(ex, PLACE)
    assert "Niger river" in places
    assert "inner Niger delta" in places


def test_country_alone_stays_the_country(extract_text: Extract) -> None:
    # near miss: the country named without a landform word after it
    ex = extract_text("Niger and Mali signed a border pact near the river on Monday.")
    assert {"Niger", "Mali"} <= _names(ex, PLACE)


def test_french_square_is_a_place(extract_text: Extract) -> None:
    ex = extract_text("Two men were shot near Place Flagey, shortly after 7 p.m., police said.")
    assert ("Place Flagey", PLACE) in typed(ex)


def test_word_place_opening_a_company_stays(extract_text: Extract) -> None:
    # near miss: "Place" opening a company's name, with more than one word after it
    ex = extract_text("Place Holdings Group said its profits fell by a third.")
    assert not any(n.startswith("Place") for n in _names(ex, PLACE))


def test_first_of_two_surnames_is_the_person(extract_text: Extract) -> None:
    ex = extract_text(
        'Deputy prosecutor Ana Rojas Vega said the cell had moved south. "This was planned," Rojas said.'
    )
    assert "Rojas" in _surfaces(ex, "Ana Rojas Vega")
    assert ("Rojas", EntityType.ORGANIZATION) not in typed(ex)


def test_surname_of_no_one_named_stays(extract_text: Extract) -> None:
    # near miss: the full name has no "Rojas" in it
    ex = extract_text(
        'Deputy prosecutor Ana Vega said the cell had moved south. "This was planned," Rojas said.'
    )
    assert "Rojas" not in _surfaces(ex, "Ana Vega")


def test_office_after_said_name_is_a_person(extract_text: Extract) -> None:
    ex = extract_text('"We will not be silent," said Omar al-Rifai, the movement’s deputy leader.')
    assert ("Omar al-Rifai", PERSON) in typed(ex)


def test_body_after_said_stays_a_body(extract_text: Extract) -> None:
    # near miss: the name after "said" is a body's, with a word for one in it
    ex = extract_text('"Nothing was found," said the Interior Ministry, the government’s main security body.')
    assert not any("Ministry" in n for n in _names(ex, PERSON))


def test_home_town_after_age_is_a_place(extract_text: Extract) -> None:
    ex = extract_text("His co-defendant Dale K. Rowe, 41, of Wausau, received ten years in prison.")
    assert ("Wausau", PLACE) in typed(ex)
    assert ("Dale K. Rowe", PERSON) in typed(ex)


def test_employer_after_age_is_no_place(extract_text: Extract) -> None:
    # near miss: a body after the age, with a word for one in its name
    ex = extract_text("Dale K. Rowe, 41, of the Wausau Police Department, testified on Monday.")
    assert not any("Department" in n for n in _names(ex, PLACE))


def test_arabic_article_runs_on_in_a_place_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Shells hit an orchard between the villages of Qlayaa and Burj al-Muluk, near Marjayoun."
    )
    assert "Burj al-Muluk" in _names(ex, PLACE)
    assert "Burj" not in _names(ex, PLACE)


def test_gulf_of_a_name_is_that_sea(extract_text: Extract) -> None:
    ex = extract_text("Two drones were shot down over the Gulf of Oman on Monday.")
    assert any(n.startswith("Gulf of Oman") for n in _names(ex, PLACE))
    assert "Gulf region" not in _names(ex, PLACE)


def test_gulf_qualifying_a_noun_is_no_place(extract_text: Extract) -> None:
    ex = extract_text("The minister wants to reassure Gulf donors before the summit in Amman.")
    assert not any(n.startswith("Gulf") for n in _names(ex, PLACE))


def test_the_gulf_as_a_region_stays(extract_text: Extract) -> None:
    # near miss: "the Gulf" naming the region, no noun after it
    ex = extract_text("Tensions rose across the Gulf and in Iraq last week.")
    assert any(n.startswith("Gulf") for n in _names(ex, PLACE))


def test_gulf_before_a_noun_in_a_cartel_story_is_the_cartel(extract_text: Extract) -> None:
    ex = extract_text("The Gulf Cartel lost ground. Every time one Gulf commander falls, its rivals advance.")
    assert "Gulf" in _surfaces(ex, "Gulf Cartel")


def test_monitor_named_after_a_region_is_a_body(extract_text: Extract) -> None:
    ex = extract_text("Sara Haddad is a senior analyst at the Caucasus Conflict Monitor in Tbilisi.")
    assert ("Caucasus Conflict Monitor", EntityType.ORGANIZATION) in typed(ex)
    assert "Caucasus" not in _names(ex, PLACE)


def test_region_before_a_lower_case_monitor_stays(extract_text: Extract) -> None:
    # near miss: "monitors" in lower case are people, not a body's name
    ex = extract_text("Caucasus monitors said the ceasefire held on Sunday.")
    assert not any("monitor" in n.lower() for n in _names(ex, EntityType.ORGANIZATION))

"""Round nineteen (b): entity shapes, types and spans noted on eval/dev13, read as general rules.

Every sentence here was written for these tests.

- "Jonas B. and Felix H.": two people cut to an initial, joined by "and", are two people.
- "Prince T.": a name the press cut to one initial keeps the word before it.
- "Zh. B. Toktogulov": a two-letter Cyrillic initial opens the name.
- "Tan Sri", "Datuk Seri", "Det Ch Supt": Malaysian honours and British police ranks are no part of a name.
- "Tengku Ampuan Hospital": a name NER took for a person's that ends in a word for a building is a place.
- "Los Olivos, the maximum-security prison ...": a name described as a prison is a site.
- 'known under the nickname "Abu Hafs al-Masri"': a nickname is a person's, and the same person's.
- "the department of Chalatenango": a name after a lower-case word for a first division is a place.
- "Kampung Bukit Tinggi": the Malay word for a village opens a village's name; "Module 3" names nothing.
- "riot at Honduran jail": a nationality and a word for a site name no site.
- "the Republic of Moldova": a country named with its form of state keeps that name as an alias.
- "the Ulster Hospital": a place's name and a capitalised building word are the building.
- "his home in Carrickfergus.": a word NER took for a people's name, shaped like no nationality, is a town.
- "Baltic Defence Forum (Berlin)": a known city in brackets after a body's name is a place.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import mention_names as names_of
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PERSON = EntityType.PERSON
PLACE = EntityType.LOCATION


def _texts(ex: Extraction) -> set[str]:
    return {m.text for m in ex.mentions}


def test_two_initialled_people_joined_by_and_are_two(extract_text: Extract) -> None:
    ex = extract_text("The judges heard that Jonas B. and Felix H. had bought rifles in Poland.")
    assert {("Jonas B.", PERSON), ("Felix H.", PERSON)} <= typed(ex)


def test_one_person_with_two_given_names_stays_one(extract_text: Extract) -> None:
    ex = extract_text("The court heard that the accused Jonas Hartmann had bought rifles.")
    assert ("Jonas Hartmann", PERSON) in typed(ex)


def test_given_name_before_one_initial_is_kept(extract_text: Extract) -> None:
    ex = extract_text("Investigators arrested Prince T., 21, in his flat in Graz early on Tuesday.")
    assert ("Prince T.", PERSON) in typed(ex)
    assert "T." not in names_of(ex)


def test_title_before_a_full_name_is_still_dropped(extract_text: Extract) -> None:
    ex = extract_text("Investigators said Emir Tamim Hassouna had left for Doha on Tuesday.")
    assert "Emir Tamim Hassouna" not in names_of(ex)


def test_cyrillic_two_letter_initial_opens_the_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Officers detained a citizen of the Kyrgyz Republic, Zh. B. Toktogulov, born 1990, in Naryn."
    )
    assert ("Zh. B. Toktogulov", PERSON) in typed(ex)


def test_shilling_before_a_sum_is_no_initial(extract_text: Extract) -> None:
    ex = extract_text("The county paid Sh. 40 million to B. Otieno for the road near Garissa.")
    assert not any(n.startswith("Sh.") for n in names_of(ex))


def test_malaysian_honours_are_no_part_of_the_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Inspector-General of Police Tan Sri Khalid Rahman Yusof said on Sunday the cell was broken. "
        "Khalid said four men were held."
    )
    assert ("Khalid Rahman Yusof", PERSON) in typed(ex)
    assert not any(n.startswith("Tan Sri") for n in names_of(ex))
    assert "Khalid" not in names_of(ex)


def test_a_given_name_like_an_honour_is_kept(extract_text: Extract) -> None:
    ex = extract_text("The lawyer Tanvir Sridharan said on Sunday the case was closed.")
    assert ("Tanvir Sridharan", PERSON) in typed(ex)


def test_british_police_ranks_shortened_are_dropped(extract_text: Extract) -> None:
    ex = extract_text(
        "Detective Chief Inspector Helen Corrigan leads the inquiry. "
        "Det Ch Insp Corrigan said on Monday that two men had been arrested."
    )
    assert ("Helen Corrigan", PERSON) in typed(ex)
    assert not any(n.startswith("Det") for n in names_of(ex))


def test_person_shaped_name_of_a_hospital_is_a_place(extract_text: Extract) -> None:
    ex = extract_text("The wounded officer was taken to Tengku Ampuan Hospital in Klang, where he died.")
    assert ("Tengku Ampuan Hospital", PLACE) in typed(ex)


def test_person_with_a_surname_like_a_building_word_stays_a_person(extract_text: Extract) -> None:
    ex = extract_text("The wounded officer was visited by Maria Hall in Klang on Friday.")
    assert ("Maria Hall", PLACE) not in typed(ex)


def test_name_described_as_a_prison_is_a_site(extract_text: Extract) -> None:
    ex = extract_text(
        "Guards moved 200 inmates from Puerto Alto to Los Olivos, the maximum-security prison outside the capital."
    )
    assert ("Los Olivos", PLACE) in typed(ex)


def test_name_described_as_a_person_is_no_site(extract_text: Extract) -> None:
    ex = extract_text("Guards were briefed by Ramon Olivos, the prison director, on Sunday.")
    assert ("Ramon Olivos", PLACE) not in typed(ex)


def test_nickname_is_a_person_and_the_same_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Officers detained Zh. B. Toktogulov, born 1990, known under the nickname "
        '"Abu Hafs al-Naryni". He is suspected of recruiting fighters.'
    )
    nickname = [m for m in ex.mentions if m.text == "Abu Hafs al-Naryni"]
    assert nickname and all(m.type is PERSON and m.name == "Zh. B. Toktogulov" for m in nickname)


def test_quoted_name_without_nickname_word_is_not_made_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        'Officers detained Zh. B. Toktogulov, born 1990, in the quarter called "Abu Hafs" on Monday.'
    )
    assert not any(m.text == "Abu Hafs" and m.name == "Zh. B. Toktogulov" for m in ex.mentions)


def test_name_after_department_of_is_a_place(extract_text: Extract) -> None:
    ex = extract_text("The prison lies outside the town of Ilobasco in the department of El Carmen.")
    assert ("El Carmen", PLACE) in typed(ex)


def test_capitalised_department_of_is_no_place_cue(extract_text: Extract) -> None:
    ex = extract_text("A spokesman for the Department of Justice Reform said on Monday the law would change.")
    assert ("Justice Reform", PLACE) not in typed(ex)


def test_kampung_opens_a_village_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Police raided a house in Kampung Bukit Tinggi, about five kilometres from the station."
    )
    assert ("Kampung Bukit Tinggi", PLACE) in typed(ex)
    assert "Kampung" not in names_of(ex)


def test_numbered_module_of_a_prison_is_no_name(extract_text: Extract) -> None:
    ex = extract_text("Firefighters recovered nine bodies from Module 5 of the prison on Sunday.")
    assert "Module 5" not in names_of(ex)


def test_nationality_and_a_jail_name_no_site(extract_text: Extract) -> None:
    ex = extract_text("Inmates riot at Guatemalan jail as gangs fight for control")
    assert "Guatemalan jail" not in names_of(ex)


def test_nationality_and_an_embassy_still_name_one(extract_text: Extract) -> None:
    ex = extract_text("Two men threw a petrol bomb at the gate of the Israeli embassy on Sunday night.")
    assert ("Israeli embassy", PLACE) in typed(ex)


def test_republic_of_is_kept_in_the_country_name(extract_text: Extract) -> None:
    ex = extract_text("The suspects kept in touch with recruiters in the Republic of Moldova and in Romania.")
    assert "Republic of Moldova" in _texts(ex)
    assert ("Moldova", PLACE) in typed(ex)


def test_democratic_republic_is_not_cut(extract_text: Extract) -> None:
    ex = extract_text("Rebels crossed from Uganda into the Democratic Republic of Congo on Monday.")
    assert "Republic of Congo" not in _texts(ex)


def test_place_and_hospital_word_name_the_hospital(extract_text: Extract) -> None:
    ex = extract_text("The wounded man was taken to the Ulster Hospital in Dundonald on Saturday.")
    assert ("Ulster Hospital", PLACE) in typed(ex)


def test_place_before_hospital_road_is_not_grown(extract_text: Extract) -> None:
    ex = extract_text("The wounded man lived on Ulster Hospital Road in Dundonald.")
    assert "Ulster Hospital" not in names_of(ex)


def test_town_ner_took_for_a_people_is_a_town(extract_text: Extract) -> None:
    ex = extract_text("The father of two was shot dead at the door of his home in Carrickfergus.")
    assert ("Carrickfergus", PLACE) in typed(ex)


def test_language_after_in_is_no_town(extract_text: Extract) -> None:
    ex = extract_text("The statement was written in Pashto and posted online on Sunday.")
    assert ("Pashto", PLACE) not in typed(ex)


def test_city_in_brackets_after_a_body_is_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Author: Ilse Marten, senior fellow, Baltic Defence Forum (Berlin)\n\nKey points\n\nThree units survived."
    )
    assert ("Berlin", PLACE) in typed(ex)


def test_initials_in_brackets_after_a_body_are_no_place(extract_text: Extract) -> None:
    ex = extract_text("Author: Ilse Marten, senior fellow, Baltic Defence Forum (BDF)\n\nKey points")
    assert not any(m.type is PLACE and m.text == "BDF" for m in ex.mentions)


def test_province_in_brackets_after_a_town_is_not_added(extract_text: Extract) -> None:
    ex = extract_text(
        "November, Andarab (Baghlan). The two fronts jointly claimed an attack on a checkpoint."
    )
    assert "Baghlan" not in {m.text for m in ex.mentions}

"""Round seventeen, second wave: entity leftovers (bodies, people with place names, groups typed as bodies).

Every sentence here was written for these tests.

- "the Sahel Policy Forum": a body named after the region it studies is the body, not the region.
- "a fellow at TEPAV, a think tank": where someone works is a body, not a town.
- "Universitas Gadjah Mada", "the Observatoire malien de la sécurité": foreign names of institutions.
- "the leader, Kirkuk Haddadi, said": a one-word place that is a person's given name.
- "Maria dela Cruz": a lower-case particle inside a person's name; "Dela Cruz" opening a sentence is her.
- "the FBI Counterterrorism Division", "Counter Terrorism Policing North East": a unit of a known body.
- "X (ABC), a smaller group based in ...": a group compared with another.
- "on La Rambla", "for control of Durán": places by their Spanish article or as the turf fought over.
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


def test_forum_named_after_a_region_is_a_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Aziz Karimi, director of the Kurdistan Policy Forum in Erbil, said the talks would fail."
    )
    assert ("Kurdistan Policy Forum", ORG) in typed(ex)
    assert ("Kurdistan", PLACE) not in typed(ex)


def test_region_before_a_plain_word_stays_a_region(extract_text: Extract) -> None:
    ex = extract_text("Fighters crossed into Kurdistan Monday and the Forum met in Geneva.")
    assert not any(n.startswith("Kurdistan") and t == ORG for n, t in typed(ex))


def test_region_shaped_name_ending_in_forum_is_a_body(extract_text: Extract) -> None:
    ex = extract_text(
        "A researcher based in Owerri, Dr. Chidi Okafor of the North-West Peace Forum, said violence would grow."
    )
    assert ("North-West Peace Forum", ORG) in typed(ex)
    assert ("North-West Peace Forum", PLACE) not in typed(ex)


def test_acronym_where_someone_works_is_a_body(extract_text: Extract) -> None:
    ex = extract_text(
        '"Nothing has changed," said Deniz Arslan, a senior fellow at TEPAV, an Ankara think tank.'
    )
    assert ("TEPAV", PLACE) not in typed(ex)


def test_single_name_after_a_plain_at_is_still_a_place(extract_text: Extract) -> None:
    ex = extract_text("Gunmen opened fire at Wajir market on Friday, killing three traders.")
    assert not any(n == "Wajir" and t == ORG for n, t in typed(ex))


def test_indonesian_university_is_a_body(extract_text: Extract) -> None:
    ex = extract_text("Rina Wulandari, a lecturer at Universitas Gadjah Mada, said the cells recruit online.")
    assert ("Universitas Gadjah Mada", ORG) in typed(ex)


def test_french_body_in_sentence_case_is_one_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Awa Traoré, a researcher at the Observatoire malien de la sécurité, a think tank in Bamako, said so."
    )
    assert ("Observatoire malien de la sécurité", ORG) in typed(ex)


def test_english_institute_is_not_read_as_french(extract_text: Extract) -> None:
    ex = extract_text("The Institute said on Monday that de facto rulers had closed the border.")
    assert not any("de facto" in n for n in names_of(ex))


def test_province_name_as_a_given_name_is_a_person(extract_text: Extract) -> None:
    ex = extract_text("The group's leader, Salahuddin Qadiri, has rarely appeared in public since 2019.")
    assert ("Salahuddin Qadiri", PERSON) in typed(ex)
    assert ("Salahuddin", PLACE) not in typed(ex)


def test_province_before_a_kind_word_stays_a_province(extract_text: Extract) -> None:
    ex = extract_text("Fighting spread to Salahuddin Province, the governor said.")
    assert not any(t == PERSON and "Salahuddin" in n for n, t in typed(ex))


def test_lower_case_particle_inside_a_persons_name(extract_text: Extract) -> None:
    ex = extract_text("Maj. Teodoro dela Cruz, spokesman of the 4th Infantry Division, said the rebels fled.")
    assert ("Teodoro dela Cruz", PERSON) in typed(ex)


def test_surname_with_its_particle_opening_a_sentence_is_the_same_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Maj. Teodoro dela Cruz, spokesman of the 4th Infantry Division, said the rebels fled. "
        "Dela Cruz said two rifles were found."
    )
    assert {m.name for m in ex.mentions if m.type is PERSON} == {"Teodoro dela Cruz"}


def test_other_person_with_the_same_last_word_stays_apart(extract_text: Extract) -> None:
    ex = extract_text(
        "Maj. Teodoro dela Cruz, spokesman of the 4th Infantry Division, said the rebels fled. "
        "Ana Cruz, a farmer, said two rifles were found."
    )
    assert ("Ana Cruz", PERSON) in typed(ex)


def test_particle_before_a_place_is_no_part_of_a_name(extract_text: Extract) -> None:
    ex = extract_text("The envoy Teodoro met officials in Manila on Monday.")
    assert not any("de" in n.split() for n, t in typed(ex) if t == PERSON)


def test_unit_after_a_known_bodys_acronym_is_one_body(extract_text: Extract) -> None:
    ex = extract_text("Sara Whitley, head of the CPS Special Crime Division, said the charges were approved.")
    assert ("CPS Special Crime Division", ORG) in typed(ex)


def test_known_acronym_before_a_title_stays_alone(extract_text: Extract) -> None:
    ex = extract_text("A CPS spokesman said the charges were approved on Monday.")
    assert not any(n.startswith("CPS ") for n in names_of(ex))


def test_regional_unit_of_counter_terrorism_policing(extract_text: Extract) -> None:
    ex = extract_text(
        "Mark Dalton, head of Counter Terrorism Policing South West, said the arrests followed a long inquiry."
    )
    assert ("Counter Terrorism Policing South West", ORG) in typed(ex)


def test_counter_terrorism_policing_before_a_town_and_verb_is_unchanged(extract_text: Extract) -> None:
    ex = extract_text("Counter Terrorism Policing officers searched a house in Leeds on Tuesday.")
    assert not any("Leeds" in n and t == ORG for n, t in typed(ex))


def test_moroccan_police_acronym_is_known(extract_text: Extract) -> None:
    ex = extract_text("The head of the DGSN thanked Spanish police for their help with the arrests.")
    assert any(t == ORG for n, t in typed(ex) if "National Security" in n)


def test_arabic_name_of_eilat_is_the_city(extract_text: Extract) -> None:
    ex = extract_text(
        'The rebels said their drone had hit "a vital target in occupied Umm al-Rashrash" on Sunday.'
    )
    assert ("Eilat", PLACE) in typed(ex)
    assert not any(t == PERSON for n, t in typed(ex) if "Rashrash" in n)


def test_smaller_group_based_somewhere_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The NTJ worked closely with Sahwat Millat Tawhid (SMT), a smaller group based in the eastern hills."
    )
    assert ("Sahwat Millat Tawhid", GROUP) in typed(ex)


def test_local_group_based_somewhere_is_not_made_armed(extract_text: Extract) -> None:
    ex = extract_text("A rights body, Lanka Rights Watch, a local group based in Kandy, said so.")
    assert ("Lanka Rights Watch", GROUP) not in typed(ex)


def test_spanish_article_street_is_a_place(extract_text: Extract) -> None:
    ex = extract_text("A van was driven into tourists on La Concha in San Sebastián in the attack.")
    assert ("La Concha", PLACE) in typed(ex)


def test_spanish_article_surname_after_with_is_no_place(extract_text: Extract) -> None:
    ex = extract_text("The deputies met with La Torre at noon, aides said.")
    assert ("La Torre", PLACE) not in typed(ex)


def test_turf_fought_over_is_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Los Lobos has fought Los Choneros for control of Pascuales, a suburb across the river from Guayaquil."
    )
    assert ("Pascuales", ORG) not in typed(ex)


def test_maoist_zonal_committee_is_a_group(extract_text: Extract) -> None:
    ex = extract_text("A note from the Maoists' Dandakaranya Special Zonal Committee admitted the killing.")
    assert ("Dandakaranya Special Zonal Committee", GROUP) in typed(ex)


def test_other_zonal_committee_is_no_known_group(extract_text: Extract) -> None:
    ex = extract_text("The party's Lagos Zonal Committee met on Monday to pick candidates.")
    assert not any(t == GROUP for n, t in typed(ex))

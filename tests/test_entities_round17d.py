"""Round seventeen, fourth wave: one village under two names, and groups the gazetteer folded or missed.

Every sentence here was written for these tests.

- "Barangay Malinao ... Malinao": the Philippine word for a village is dropped the second time; the bare
  name is the same village, not a person or a namesake. A person who bears the word stays a person.
- The Revolutionary Proletarian Army-Alex Boncayao Brigade (RPA-ABB), the NPA's 1990s breakaway, is a group.
- System Resistance Network and NS131 are groups of their own, named beside National Action, not
  other names of it ("Scottish Dawn" still leads to National Action, as tests/test_gazetteer_groups.py wants).
- "the Dweilaa district of Aleppo": an unknown quarter of a known city is named without the lower-case
  area word NER took in; a district of a province ("... of Niassa province") keeps the word.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PLACE = EntityType.LOCATION
PERSON = EntityType.PERSON
GROUP = EntityType.GROUP
ORG = EntityType.ORGANIZATION


def test_village_named_again_without_its_word_is_the_village(extract_text: Extract) -> None:
    ex = extract_text(
        "Soldiers were sent to Sitio Lumbia, Barangay Malinao, after reports of extortion. "
        "A medical team went to Malinao on Monday."
    )
    assert ("Barangay Malinao", PLACE) in typed(ex)
    assert not any(name == "Malinao" for name, _ in typed(ex))


def test_person_bearing_the_village_name_stays_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Soldiers were sent to Barangay Malinao after reports of extortion. Ms Teresa Malinao, a teacher, "
        "told reporters the patrol arrived on Monday. Malinao said the soldiers left at noon."
    )
    assert ("Barangay Malinao", PLACE) in typed(ex)
    assert ("Teresa Malinao", PERSON) in typed(ex)
    assert not any(m.text == "Malinao" and m.type is PLACE for m in ex.mentions)


def test_rpa_abb_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "In 1997 a faction that broke with the NPA, the Revolutionary Proletarian Army-Alex Boncayao Brigade "
        "(RPA-ABB), took up arms on Negros. The RPA-ABB later made peace with Manila."
    )
    assert ("Revolutionary Proletarian Army-Alex Boncayao Brigade", GROUP) in typed(ex)
    assert ("Revolutionary Proletarian Army-Alex Boncayao Brigade", ORG) not in typed(ex)


def test_an_army_of_the_state_is_not_that_group(extract_text: Extract) -> None:
    ex = extract_text("The Philippine Army said its troops had cleared the road near Kabankalan.")
    assert not any(name.startswith("Revolutionary Proletarian") for name, _ in typed(ex))


def test_srn_and_the_regional_wings_are_groups_of_their_own(extract_text: Extract) -> None:
    ex = extract_text(
        "A jury in Birmingham heard that the banned neo-Nazi group National Action carried on under the name "
        "System Resistance Network. Prosecutors said NS131 had been banned in 2017."
    )
    names = typed(ex)
    assert ("System Resistance Network", GROUP) in names
    assert ("NS131", GROUP) in names


def test_a_network_that_is_no_group(extract_text: Extract) -> None:
    ex = extract_text("The Scottish Resistance Network of food banks met in Glasgow, an SRN spokesman said.")
    assert not any(name == "System Resistance Network" for name, _ in typed(ex))


def test_quarter_of_a_city_is_named_without_the_area_word(extract_text: Extract) -> None:
    ex = extract_text("A gunman opened fire inside a church in the Dweilaa district of Aleppo on Sunday.")
    assert ("Dweilaa", PLACE) in typed(ex)
    assert ("Dweilaa district", PLACE) not in typed(ex)


def test_district_of_a_province_keeps_its_name(extract_text: Extract) -> None:
    ex = extract_text("Insurgents raided villages in the Dweilaa district of Niassa province on Sunday.")
    assert ("Dweilaa district", PLACE) in typed(ex)

"""Round twenty-four (c): place names cut at a particle, and places typed by the word that ends their name.

"the Brazilian city of Foz do Iguaçu" is one name across its lower-case particle; a name ending in the word
for a street or road, a Germanic or Nordic one-word street, square or market, and a zone a state sets apart
are places whatever NER took them for, and so is a name NER took for a person before a word for a
district. Each positive sits beside a near miss of the same shape. Every
sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]

L, ORG = EntityType.LOCATION, EntityType.ORGANIZATION


def _names(got: set[tuple[str, EntityType]]) -> set[str]:
    return {name for name, _ in got}


def test_city_named_across_a_particle_is_whole(extract_text: Extract) -> None:
    got = typed(extract_text("Police held a money changer in the Brazilian city of Foz do Iguaçu on Friday."))
    assert ("Foz do Iguaçu", L) in got
    assert "Foz" not in _names(got)


def test_word_like_a_particle_before_lower_case_ends_the_name(extract_text: Extract) -> None:
    got = typed(extract_text("Shopkeepers in the Brazilian city of Manaus do not trust the police, he said."))
    assert ("Manaus", L) in got
    assert not any(name.startswith("Manaus do") for name in _names(got))


def test_unknown_town_named_across_a_particle_is_whole(extract_text: Extract) -> None:
    got = typed(
        extract_text("Troops searched farms near the Bolivian town of Villa Rosa del Monte on Sunday.")
    )
    assert ("Villa Rosa del Monte", L) in got
    assert "Villa" not in _names(got)


def test_person_named_with_a_particle_is_no_town(extract_text: Extract) -> None:
    got = typed(extract_text("The Brazilian lawyer Paulo da Costa said his client was innocent."))
    assert ("Paulo da Costa", L) not in got


def test_name_ending_in_a_street_word_is_a_place(extract_text: Extract) -> None:
    got = typed(
        extract_text("A man stabbed three passers-by on Harbour Boulevard in Haifa on Monday evening.")
    )
    assert ("Harbour Boulevard", L) in got
    assert ("Harbour Boulevard", ORG) not in got


def test_street_word_inside_a_longer_name_is_no_place(extract_text: Extract) -> None:
    got = typed(extract_text("The Wall Street Journal reported the raid, citing two officials."))
    assert ("Wall Street", L) not in got


def test_nordic_street_in_one_word_is_a_place(extract_text: Extract) -> None:
    got = typed(
        extract_text("The gunman fired at drinkers outside a bar on Storgata shortly after midnight.")
    )
    assert ("Storgata", L) in got


def test_word_ending_like_a_street_is_no_place(extract_text: Extract) -> None:
    got = typed(extract_text("The Brigade said it fired rockets at the base shortly after midnight."))
    assert ("Brigade", L) not in got


def test_self_administered_zone_is_a_region(extract_text: Extract) -> None:
    got = typed(extract_text("Drones struck two rebel camps in the Kachin Self-Administered Zone on Sunday."))
    assert ("Kachin Self-Administered Zone", L) in got


def test_name_before_a_word_for_a_district_is_a_place(extract_text: Extract) -> None:
    got = typed(
        extract_text(
            "The commander of the brigade's units in the Bab Tajoura district was killed on Monday. "
            "The brigade was later driven out of Bab Tajoura."
        )
    )
    assert ("Bab Tajoura", L) in got
    assert ("Bab Tajoura", EntityType.PERSON) not in got


def test_office_named_for_a_district_leaves_the_person(extract_text: Extract) -> None:
    got = typed(extract_text("The blast was confirmed by the Amir Khan district commissioner on Monday."))
    assert ("Amir Khan", L) not in got

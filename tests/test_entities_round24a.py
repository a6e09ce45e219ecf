"""Round twenty-four (a): people NER took for bodies or places, places it took for people, and a state
named only as the adjective of its agents.

A name before a title of several words or a title set off by commas, a name after a person's age, a
name after "in" or after a word for an area, and "U.S." before the words for a state's courts, services
and backing. Each positive sits beside a near miss of the same shape. Every sentence was written for
these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def _names(got: set[tuple[str, EntityType]]) -> set[str]:
    return {name for name, _ in got}


def test_name_before_an_under_secretary_title_is_a_person(extract_text: Extract) -> None:
    got = typed(
        extract_text(
            "The sanctions hit a cell in Somalia. Marcus Ellery, Treasury's Under Secretary for Terrorism and "
            "Financial Intelligence, said the network was broken."
        )
    )
    assert ("Marcus Ellery", EntityType.PERSON) in got


def test_name_before_a_title_set_off_by_commas_is_a_person(extract_text: Extract) -> None:
    got = typed(
        extract_text("Brief No. 12 — Rania Qudsi Bamatref, senior analyst, Horn Policy Forum\n\nSummary")
    )
    assert ("Horn Policy Forum", EntityType.ORGANIZATION) in got
    assert ("Rania Qudsi Bamatref", EntityType.ORGANIZATION) not in got


def test_name_before_a_plain_word_and_a_comma_is_no_person(extract_text: Extract) -> None:
    got = typed(
        extract_text("Fighting spread to Kestrel Ridge, northern district, Lowland Province, on Monday.")
    )
    assert ("Kestrel Ridge", EntityType.PERSON) not in got


def test_name_after_an_age_is_a_person(extract_text: Extract) -> None:
    got = typed(extract_text("In Parramatta, 15-year-old Karim Jaber shot dead a police accountant."))
    assert ("Karim Jaber", EntityType.PERSON) in got


def test_building_after_its_age_is_no_person(extract_text: Extract) -> None:
    got = typed(extract_text("Engineers inspected the 60-year-old Marwa Stadium in Kano after the blast."))
    assert ("Marwa Stadium", EntityType.PERSON) not in got


def test_name_after_in_is_a_place(extract_text: Extract) -> None:
    got = typed(
        extract_text(
            "The rangers were escorting teachers to a school in Ban Klong Dee when the bomb exploded on Monday."
        )
    )
    assert ("Ban Klong Dee", EntityType.PERSON) not in got
    assert ("Ban Klong Dee", EntityType.LOCATION) in got


def test_name_after_trust_in_stays_a_person(extract_text: Extract) -> None:
    got = typed(
        extract_text("Many voters placed their trust in Ahmed Bakari Sule after the flood last year.")
    )
    assert ("Ahmed Bakari Sule", EntityType.LOCATION) not in got


def test_name_after_the_community_of_is_a_place(extract_text: Extract) -> None:
    got = typed(
        extract_text(
            "Soldiers came under fire on a dirt road outside the community of Nueva Esperanza, the army said."
        )
    )
    assert ("Nueva Esperanza", EntityType.PERSON) not in got


def test_places_after_the_states_of_are_places(extract_text: Extract) -> None:
    got = typed(extract_text("The cartel is active in the states of Guerrero and Michoacan."))
    assert ("Guerrero", EntityType.PERSON) not in got


def test_name_after_the_son_of_stays_a_person(extract_text: Extract) -> None:
    got = typed(extract_text("Gunmen seized the son of Carlos Ibarra Ruiz outside his house, the army said."))
    assert ("Carlos Ibarra Ruiz", EntityType.LOCATION) not in got


def test_us_as_adjective_of_courts_and_advisers_is_no_place(extract_text: Extract) -> None:
    got = typed(
        extract_text(
            "Fighters retook the dam with U.S. backing. Assistant U.S. Attorney Dana Reyes told the court the "
            "man had trained with U.S. advisers."
        )
    )
    assert ("United States", EntityType.LOCATION) not in got


def test_us_officials_keep_the_state(extract_text: Extract) -> None:
    got = typed(
        extract_text("US-backed fighters retook the dam, and U.S. officials said the fighting had ended.")
    )
    assert ("United States", EntityType.LOCATION) in got

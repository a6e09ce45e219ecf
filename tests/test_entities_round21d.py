"""Round twenty-one (d): people NER took for sites, and bodies cut before their field or country.

Every sentence here was written for these tests.

- "the convoy of Lena Ortiz Baca, then head of the city police", "the faction of Tomás Herrera Vidal, better
  known as El Lince": a name in apposition with a post held then or now, or with a nom de guerre, is a
  person's, whatever NER took it for; "the Santa Rosa bridge, then the main crossing" is no post.
- "the Lagos Centre for Peace Studies", "the Muslim Community in Norway", "Harbour Risk and Intelligence": an
  unknown body's name runs on over its field, its country or a second field; "the Lagos Centre for two days",
  "the Muslim Community in Oslo" (a town, not a country) and "Harbour Risk and Reuters" do not.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PERSON = EntityType.PERSON
ORGANIZATION = EntityType.ORGANIZATION
LOCATION = EntityType.LOCATION


def test_a_name_with_a_post_held_then_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2021 gunmen ambushed the convoy of Lena Ortiz Baca, then head of the city police, in the capital."
    )
    assert ("Lena Ortiz Baca", PERSON) in typed(ex)
    assert ("Lena Ortiz Baca", LOCATION) not in typed(ex)


def test_a_name_with_a_nom_de_guerre_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The splinter broke from the faction of Tomás Herrera Vidal, better known as El Lince, in March."
    )
    assert ("Tomás Herrera Vidal", PERSON) in typed(ex)
    assert ("Tomás Herrera Vidal", LOCATION) not in typed(ex)


def test_a_place_then_described_is_no_person(extract_text: Extract) -> None:
    ex = extract_text("Troops crossed at Puerto Carreño, then the main crossing into Venezuela, on Monday.")
    assert ("Puerto Carreño", PERSON) not in typed(ex)


def test_a_centre_named_with_its_field_is_named_whole(extract_text: Extract) -> None:
    ex = extract_text(
        '"The raids will go on," said Amina Yusuf, a researcher at the Lagos Centre for Peace Studies.'
    )
    assert ("Lagos Centre for Peace Studies", ORGANIZATION) in typed(ex)
    assert ("Lagos Centre", ORGANIZATION) not in typed(ex)


def test_a_centre_before_a_lower_case_phrase_keeps_its_name(extract_text: Extract) -> None:
    ex = extract_text("Staff of the Lagos Peace Centre for two days refused to talk to reporters.")
    assert not any(kind is ORGANIZATION and "two" in name for name, kind in typed(ex))


def test_a_community_named_with_its_country_is_named_whole(extract_text: Extract) -> None:
    ex = extract_text(
        "The Muslim Community in Norway condemned the plot in a statement on Thursday, its spokesman said."
    )
    assert ("Muslim Community in Norway", ORGANIZATION) in typed(ex)
    assert ("Norway", LOCATION) in typed(ex)


def test_a_community_in_a_town_is_not_run_on(extract_text: Extract) -> None:
    ex = extract_text(
        "The Muslim Community in Oslo condemned the plot in a statement on Thursday, its spokesman said."
    )
    assert ("Muslim Community in Oslo", ORGANIZATION) not in typed(ex)


def test_a_consultancy_with_two_fields_is_named_whole(extract_text: Extract) -> None:
    ex = extract_text(
        "Musa Garba, an analyst with the Kano-based consultancy Harbour Risk and Intelligence, said raids rose."
    )
    assert ("Harbour Risk and Intelligence", ORGANIZATION) in typed(ex)


def test_a_consultancy_listed_with_an_agency_is_not_run_on(extract_text: Extract) -> None:
    ex = extract_text("Figures compiled by Harbour Risk and Reuters showed the raids rose in October.")
    assert not any(
        kind is ORGANIZATION and name.endswith("Reuters") and " and " in name for name, kind in typed(ex)
    )

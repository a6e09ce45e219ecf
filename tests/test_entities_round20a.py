"""Round twenty (a): entity typing and spans read across the read sets.

Every sentence here was written for these tests.

- "a bomb in Garissa county ... residents of Garissa": a region named with the word for its kind and later by
  its bare name is one place, the region, not the town of the same name; "the town of Garissa" keeps the town,
  and so does a large city known by itself ("Baghdad province ... officials in Baghdad") or a town retaken.
- "a car bomb outside the Helwan Heart Institute": a body named where an attack struck is the building, a place;
  "the attack, said an analyst at the Helwan Institute" leaves the body.
- "a terrorist organisation, the so-called Northern Shield": a group, also where NER took the name for a place;
  "a forest camp, the so-called Northern Shield" is no group; so is "the Patriot Circle, the neo-Nazi network
  around a former soldier", not "the Patriot Circle, the regional television network".
- "three luxury hotels in the capital, the Palm Court, the Cinnamon Grand and the Kingsway": the names listed
  after the plural word for a kind of site are those sites; "three hotels ... and the Kingsway Trust" stays.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import mention_names as names_of
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
LOCATION = EntityType.LOCATION
ORGANIZATION = EntityType.ORGANIZATION
GROUP = EntityType.GROUP


def _names_of_text(ex: Extraction, text: str) -> set[str]:
    return {m.name for m in ex.mentions if m.text == text and m.type is LOCATION}


def test_a_region_named_again_by_its_bare_name_is_the_region(extract_text: Extract) -> None:
    ex = extract_text(
        "A roadside bomb exploded in Garissa county on Monday, killing two police officers. "
        "Attacks in Garissa have risen since January, officials said."
    )
    region = _names_of_text(ex, "Garissa county")
    assert region
    assert _names_of_text(ex, "Garissa") == region


def test_the_town_said_to_be_meant_stays_the_town(extract_text: Extract) -> None:
    ex = extract_text(
        "A roadside bomb exploded in Garissa county on Monday, killing two police officers. "
        "Traders in the town of Garissa closed their shops, officials said."
    )
    assert _names_of_text(ex, "Garissa") != _names_of_text(ex, "Garissa county")


def test_a_large_city_keeps_its_name_beside_its_province(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked a checkpoint in Baghdad province on Sunday. Officials in Baghdad condemned the attack."
    )
    assert "Baghdad" in names_of(ex)


def test_a_region_with_an_arabic_article_is_named_again_short(extract_text: Extract) -> None:
    ex = extract_text(
        "Tribal fighters clashed with the rebels in al-Bayda province on Friday. "
        "The fighting in al-Bayda has displaced hundreds of families, aid workers said."
    )
    region = _names_of_text(ex, "al-Bayda province")
    assert region
    assert _names_of_text(ex, "al-Bayda") == region


def test_a_town_retaken_stays_the_town(extract_text: Extract) -> None:
    ex = extract_text(
        "Rebels ambushed a convoy in Garissa county on Monday. Troops retook Garissa last year and the "
        "attacks in Garissa have not stopped since."
    )
    assert _names_of_text(ex, "Garissa") != _names_of_text(ex, "Garissa county")


def test_a_body_where_a_bomb_struck_is_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "A car bomb outside the Helwan Heart Institute in central Cairo killed 12 people on Sunday. "
        "The Helwan Heart Institute said it would reopen next week."
    )
    assert ("Helwan Heart Institute", LOCATION) in typed(ex)
    assert ("Helwan Heart Institute", ORGANIZATION) not in typed(ex)


def test_a_bomber_outside_one_building_at_another(extract_text: Extract) -> None:
    ex = extract_text(
        "A woman blew herself up outside the Confucius Institute at the University of Lahore, killing three "
        "teachers."
    )
    assert ("Confucius Institute", LOCATION) in typed(ex)
    assert ("University of Lahore", LOCATION) in typed(ex)


def test_an_analyst_at_an_institute_after_an_attack_leaves_the_body(extract_text: Extract) -> None:
    ex = extract_text(
        "After the attack, said Sara Lee, an analyst at the Helwan Institute, the army closed the road."
    )
    assert ("Helwan Institute", ORGANIZATION) in typed(ex)
    assert ("Helwan Institute", LOCATION) not in typed(ex)


def test_a_terrorist_organisation_so_called_is_a_group_not_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors charged nine people with forming a terrorist organisation, the so-called Northern Shield, "
        "that planned to storm the parliament."
    )
    assert ("Northern Shield", GROUP) in typed(ex)
    assert ("Northern Shield", LOCATION) not in typed(ex)


def test_a_training_camp_so_called_stays_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors said the nine had trained at a forest camp, the so-called Northern Shield, near the border."
    )
    assert ("Northern Shield", GROUP) not in typed(ex)


def test_names_listed_after_a_kind_of_site_are_the_sites(extract_text: Extract) -> None:
    ex = extract_text(
        "Bombers struck three luxury hotels in the capital, the Palm Court, the Cinnamon Grand and the Kingsway, "
        "killing dozens of guests."
    )
    assert ("Kingsway", LOCATION) in typed(ex)
    assert ("Kingsway", ORGANIZATION) not in typed(ex)


def test_a_body_named_after_hotels_without_a_list_stays(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked three hotels in the capital and the Kingsway Trust condemned the attack."
    )
    assert ("Kingsway Trust", LOCATION) not in typed(ex)


def test_a_name_set_beside_the_kind_of_band_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Police found no organisational link to the Patriot Circle, the neo-Nazi network around a former soldier."
    )
    assert ("Patriot Circle", GROUP) in typed(ex)


def test_a_name_set_beside_a_television_network_is_no_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Police found no link to the Patriot Circle, the regional television network based in Leipzig."
    )
    assert ("Patriot Circle", GROUP) not in typed(ex)

"""Round twenty-one (c): rivers named after a known place, and bands named after a man.

Every sentence here was written for these tests.

- "the Niger River", "the Congo River": a river named after a country, with its capitalised kind word, is a
  place of its own, named in full, as "the Niger river" already was; "the Niger River Authority" (a body
  named after the river) is not the river.
- "the Radoičić group", "the Abdullahi Kofi group": a man's following, a lower-case "group" after the name
  NER reads as a person's, is a group named in full; "the Adani group said" (a firm) and "Radoičić said"
  (the man himself) are no such group; nor is "the Sindhi group", a people's word before "group".
- "the Ministry of Agriculture, Livestock and Fisheries": a body's name that lists its subjects runs on over
  the comma; "the Institute for Economics and Peace, Reuters and AFP" lists three bodies.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PERSON = EntityType.PERSON
ORGANIZATION = EntityType.ORGANIZATION
LOCATION = EntityType.LOCATION
GROUP = EntityType.GROUP


def test_a_river_named_after_a_country_is_the_river(extract_text: Extract) -> None:
    ex = extract_text("Three boats capsized on the Niger River near Gao on Monday, local officials said.")
    assert ("Niger River", LOCATION) in typed(ex)


def test_a_body_named_after_a_river_is_not_the_river(extract_text: Extract) -> None:
    ex = extract_text("The Niger River Authority said on Monday that the water level had fallen near Gao.")
    assert ("Niger River", LOCATION) not in typed(ex)


def test_a_band_named_after_a_man_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Members of the Radoičić group opened fire on a police patrol near the monastery, prosecutors said."
    )
    assert ("Radoičić group", GROUP) in typed(ex)
    assert ("Radoičić", PERSON) not in typed(ex)


def test_the_man_himself_is_no_group(extract_text: Extract) -> None:
    ex = extract_text('"We did not order the attack," Milan Radoičić told reporters in Belgrade on Tuesday.')
    assert ("Milan Radoičić", PERSON) in typed(ex)
    assert not any(kind is GROUP and "Radoičić" in name for name, kind in typed(ex))


def test_a_people_word_before_group_is_no_band_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Analysts say the two fronts have fought side by side since 2019, when the Sindhi group joined the "
        "alliance of separatist bands."
    )
    assert not any(kind is GROUP and name.startswith("Sindhi") for name, kind in typed(ex))


def test_a_body_named_by_a_list_of_subjects_is_named_whole(extract_text: Extract) -> None:
    ex = extract_text(
        "The Ministry of Agriculture, Livestock and Fisheries said on Friday that the raid destroyed grain stores."
    )
    assert ("Ministry of Agriculture, Livestock and Fisheries", ORGANIZATION) in typed(ex)


def test_a_list_of_bodies_after_a_body_is_not_its_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Figures from the Institute for Economics and Peace, Reuters and AFP showed the toll rose."
    )
    assert ("Institute for Economics and Peace", ORGANIZATION) in typed(ex)
    assert not any(kind is ORGANIZATION and name.endswith("AFP") and "," in name for name, kind in typed(ex))


def test_a_capitalised_river_after_a_country_is_the_river(extract_text: Extract) -> None:
    ex = extract_text(
        "Fishermen found the boat on the Congo River near Mbandaka, the provincial governor said."
    )
    assert ("Congo River", LOCATION) in typed(ex)


def test_a_country_before_a_river_named_body_is_still_no_river(extract_text: Extract) -> None:
    ex = extract_text("The Congo River Basin Commission met in Kinshasa on Monday to discuss the floods.")
    assert ("Congo River", LOCATION) not in typed(ex)

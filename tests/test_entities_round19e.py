"""Round nineteen (e): entity leftovers read across the read sets.

Every sentence here was written for these tests.

- "operates under the name Liwa al-Tahrir", "Police said Jaish al-Umma had...": a name led by an Arabic word for
  a band of fighters (Jaish, Liwa, Saraya, Ansar...) and holding an Arabic article is a group's, even where NER
  took it for a person; "a spokesman, Ahrar Khan, said" stays a person.
- "AQAP, which in the south operates under the name Ansar al-Din": the name a group uses somewhere is its own;
  "which operates under the banner of the Islamic State" names its owner, not another name.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import mention_names as names_of
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PERSON = EntityType.PERSON
GROUP = EntityType.GROUP


def test_an_arabic_band_name_after_said_is_a_group(extract_text: Extract) -> None:
    ex = extract_text("Police said Liwa al-Tahrir had claimed the killing of two guards in Daraa.")
    assert ("Liwa al-Tahrir", GROUP) in typed(ex)
    assert ("Liwa al-Tahrir", PERSON) not in typed(ex)


def test_an_arabic_band_name_under_another_name_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The movement, which in the east still sometimes operates under the name Ansar al-Haqq, denied the report."
    )
    assert ("Ansar al-Haqq", GROUP) in typed(ex)


def test_a_man_whose_given_name_is_a_band_word_stays(extract_text: Extract) -> None:
    ex = extract_text("A spokesman, Ahrar Khan, said the talks in Peshawar had failed.")
    assert ("Ahrar Khan", PERSON) in typed(ex)


def test_a_name_a_group_operates_under_is_its_own(extract_text: Extract) -> None:
    ex = extract_text(
        "Al-Shabaab, which in the north still operates under the name Jaysh al-Usra, denied the report on Monday."
    )
    assert "Jaysh al-Usra" not in names_of(ex)
    assert ("al-Shabaab", "al-Shabaab") in {(a.name, b.name) for a, b in ex.same_as}


def test_a_group_under_the_banner_of_another_keeps_its_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Wilayat Sinai, which operates under the banner of the Islamic State, denied the claim."
    )
    assert not ex.same_as

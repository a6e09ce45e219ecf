"""Round twenty-two (f): a given name NER does not know, straight before the surname it kept.

NER reads "Nurcan Yilmaz, a lawyer for the family, said" as the place "Yilmaz" (or the person "Yilmaz"
alone); the untagged capitalised word before it is the given name when an office or a verb of saying
follows the pair. A one-word place with a place's description after it, or after a preposition, stays a
place. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def test_given_name_before_a_surname_read_as_a_place(extract_text: Extract) -> None:
    got = typed(extract_text("Nurcan Yilmaz, a lawyer for the family, said the family would appeal."))
    assert ("Nurcan Yilmaz", EntityType.PERSON) in got
    assert ("Yilmaz", EntityType.LOCATION) not in got


def test_village_with_a_place_description_stays_a_place(extract_text: Extract) -> None:
    got = typed(extract_text("Gunmen reached Yilmaz, a hamlet near the border, at dawn."))
    assert ("Yilmaz", EntityType.LOCATION) in got
    assert not any(t is EntityType.PERSON for _, t in got)


def test_place_after_a_preposition_is_not_joined(extract_text: Extract) -> None:
    got = typed(extract_text("Residents of Yilmaz, a village near the border, said the road was mined."))
    assert ("Yilmaz", EntityType.LOCATION) in got
    assert not any(t is EntityType.PERSON for _, t in got)


def test_given_name_before_a_surname_kept_alone(extract_text: Extract) -> None:
    got = typed(extract_text("A lawyer for the victims, Nurcan Ozturk, said the ruling would be appealed."))
    assert ("Nurcan Ozturk", EntityType.PERSON) in got
    assert ("Ozturk", EntityType.PERSON) not in got

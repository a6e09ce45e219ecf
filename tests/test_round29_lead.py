"""Round twenty-nine (lead): a region name two countries share, in a story that names both countries.

"Punjab" is a province of Pakistan and a state of India. Where the story names only one of the two countries, the
older rule already picks that one's; where it names both, the namesake whose country holds more of the story's
other places is meant. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import gazetteer_ids

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_indian_towns_make_punjab_indias(extract_text: Extract) -> None:
    text = (
        "Two policemen were wounded when a grenade was thrown at a police post in Gurdaspur, in Punjab, on Friday. "
        "Officers in Amritsar said the men who threw it had crossed from Pakistan."
    )
    assert gazetteer_ids(extract_text(text), "Punjab") == {"place:in-punjab"}


def test_pakistani_towns_keep_punjab_pakistans(extract_text: Extract) -> None:
    text = (
        "Two policemen were wounded when a grenade was thrown at a police post in Lahore, in Punjab, on Friday. "
        "Officers in Faisalabad said the attackers had trained in camps that India funds, a charge Delhi denies."
    )
    assert gazetteer_ids(extract_text(text), "Punjab") == {"place:pk-punjab"}


def test_without_other_places_the_first_choice_stays(extract_text: Extract) -> None:
    text = "India and Pakistan both call Punjab theirs in part, a diplomat said on Friday."
    assert gazetteer_ids(extract_text(text), "Punjab") <= {"place:pk-punjab", None}

"""Round twenty-nine (lead): a region name two countries share, in a story that names both countries; and
(round thirty) a body's name two countries' bodies share, the same way.

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


# The same for a body two states' bodies share a name with: "the Punjab Police" of India or of Pakistan.


def test_indian_towns_make_the_punjab_police_indias(extract_text: Extract) -> None:
    text = (
        "A grenade was hurled at a police post in Gurdaspur district on Tuesday, the Punjab Police said. "
        "Officers in Amritsar said the attackers had trained in Pakistan."
    )
    assert gazetteer_ids(extract_text(text), "Punjab Police") == {"org:in-punjab-police"}


def test_pakistani_towns_keep_the_punjab_police_pakistans(extract_text: Extract) -> None:
    text = (
        "The Punjab Police said on Monday that officers in Faisalabad and Multan had arrested three men. "
        "Officials in Lahore said the men took orders from handlers in India."
    )
    assert gazetteer_ids(extract_text(text), "Punjab Police") == {"org:pk-punjab-police"}


def test_the_punjab_police_needs_two_places_of_one_country_and_none_of_the_other(
    extract_text: Extract,
) -> None:
    # ("Punjab" in the body's name is a province of both countries, so both count as named)
    only_india = (
        "The Punjab Police arrested two men in Ludhiana and Jalandhar on Monday, officials in India said."
    )
    assert gazetteer_ids(extract_text(only_india), "Punjab Police") == {"org:in-punjab-police"}
    # no country, no other place: the gazetteer's first choice stays
    assert gazetteer_ids(extract_text("The Punjab Police arrested two men."), "Punjab Police") == {
        "org:pk-punjab-police"
    }
    # both countries named and as many places in each: the first choice stays
    tie = "The Punjab Police said men from Amritsar, India, and Lahore, Pakistan, had met."
    assert gazetteer_ids(extract_text(tie), "Punjab Police") == {"org:pk-punjab-police"}

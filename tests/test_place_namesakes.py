"""A place name several countries share is read as the one in the country the story is about."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import lexicon
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def country_of(x: Extraction, text: str) -> str | None:
    (m,) = [m for m in x.mentions if m.text == text and m.type is EntityType.LOCATION]
    assert m.gazetteer_id is not None and m.gazetteer_id.startswith("place:")
    place = lexicon.gazetteer.places().get(m.gazetteer_id[len("place:") :])
    return place.country if place else None


def test_the_namesakes_exist_and_the_bigger_one_is_ranked_first() -> None:
    # The premise of the rule: alone, the name goes to the Spanish city.
    assert lexicon.lookup_place("Palma").country == "ES"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Insurgents attacked Palma in Cabo Delgado province on Wednesday, Mozambican officials said.", "MZ"),
        ("Insurgents attacked the town of Palma on Wednesday, the government of Mozambique said.", "MZ"),
        ("Tourists crowded the old town of Palma on Wednesday, Spanish officials said.", "ES"),
        # Neither country named: the gazetteer's first choice stands.
        ("Thousands marched through Palma on Wednesday.", "ES"),
    ],
)
def test_a_shared_place_name_follows_the_country_the_story_names(
    extract_text: Extract, text: str, country: str
) -> None:
    assert country_of(extract_text(text), "Palma") == country


def test_a_country_is_never_switched_for_a_namesake(extract_text: Extract) -> None:
    # Georgia the country stays the country in a story that names only an American state's city.
    x = extract_text("Georgia's government condemned the attack, a spokesman in Atlanta said.")
    (m,) = [m for m in x.mentions if m.text == "Georgia" and m.type is EntityType.LOCATION]
    place = lexicon.gazetteer.places().get(m.gazetteer_id[len("place:") :])
    assert place is not None and place.type == "Country"


def test_the_rest_of_a_place_list_after_a_cue_is_read(extract_text: Extract) -> None:
    # The list continuation is matched from the end of the first name, not from the sentence start.
    x = extract_text("Gunmen killed 12 villagers in Kiyombo, Mabiki and Nsenyi on Tuesday, officials said.")
    places = {m.text for m in x.mentions if m.type is EntityType.LOCATION}
    assert {"Kiyombo", "Mabiki", "Nsenyi"} <= places


def test_the_place_list_pattern_matches_where_it_is_asked_to() -> None:
    # It is matched from the end of the first name: a leading "^" had made it never match there.
    from kg.extract.spacy_rules import _PLACE_LIST_REST

    text = "villagers in Kiyombo, Mabiki and Nsenyi said"
    rest = _PLACE_LIST_REST.match(text, text.index(","))
    assert rest is not None and rest.group("name") == "Nsenyi"

"""Round fourteen (second pass): how far apart two names may be, and what a group's own name says.

Every sentence here was written for these tests.

- A long sentence may put more than 170 characters between a group and the place it works in.
- A place inside a group's name after "fi Ard", "fi Biladis" ("in the land of") or French "du" is the
  homeland the name claims, not the country or city of that name.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_long_sentence_still_joins_a_group_and_its_network_abroad(extract_text: Extract) -> None:
    ex = extract_text(
        "The DHKP-C is banned as a terrorist group by Türkiye, the United States and the European Union, "
        "and Turkish prosecutors say it raises funds and recruits new members through a support network "
        "in Germany."
    )
    assert has_fact(ex, "Revolutionary People's Liberation Party-Front", "operatesIn", "Germany")


def test_a_long_sentence_does_not_place_a_group_where_a_magazine_is_printed(extract_text: Extract) -> None:
    ex = extract_text(
        "The DHKP-C is banned as a terrorist group by Türkiye, the United States and the European Union, "
        "and Turkish prosecutors say a magazine that praises its attacks and its leaders is printed in Germany."
    )
    assert not has_fact(ex, "Revolutionary People's Liberation Party-Front", "operatesIn", "Germany")


def test_the_land_of_the_blacks_in_a_name_is_not_the_country_sudan(extract_text: Extract) -> None:
    ex = extract_text(
        "A statement signed by Jama'atu Ansarul Muslimina fi Biladis Sudan was read out in the video. "
        "Thousands of refugees have crossed into Sudan this year."
    )
    assert not has_fact(ex, "Ansaru", "operatesIn", "Sudan")


def test_the_land_of_tunis_in_a_name_is_not_the_city(extract_text: Extract) -> None:
    ex = extract_text(
        "A video released by Jund al-Khilafa fi Ard Tunis showed the weapons. The ministry in Tunis denied the claim."
    )
    assert not any(r.object.name == "Tunis" for r in ex.relations)


def test_a_french_name_after_du_does_not_place_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Militiamen of the Coopérative pour le développement du Congo attacked the camp. "
        "Aid agencies say the Congo needs more funding."
    )
    assert not any(r.predicate.value == "operatesIn" for r in ex.relations)


def test_a_place_that_ends_a_name_by_itself_still_places_the_group(extract_text: Extract) -> None:
    # (a country ending a national movement's name bare, "Tehrik-i-Taliban Pakistan", is its designation
    # and no longer places it: see test_round25_N1; a franchise's branch named so still does)
    ex = extract_text(
        "A statement signed by Islamic State Mozambique was read out in the video. "
        "Thousands of refugees have left Mozambique this year."
    )
    assert any(
        r.predicate.value == "operatesIn"
        and r.object.name == "Mozambique"
        and "Islamic State" in r.subject.name
        for r in ex.relations
    )


def test_a_french_front_named_after_its_region_is_placed_there(extract_text: Extract) -> None:
    ex = extract_text(
        "A statement signed by the Mouvement des forces démocratiques de Casamance was read on local radio. "
        "Soldiers were sent to the Casamance region."
    )
    assert any(
        r.predicate.value == "operatesIn" and r.object.name.startswith("Casamance") for r in ex.relations
    )

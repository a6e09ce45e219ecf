"""Round nineteen (d): entity typing read across all the read sets.

Every sentence here was written for these tests.

- "a Rwandan Hutu rebel group", "Syrian Kurd fighters": a nationality before a people's name describes the
  people and names no one; a man whose surname is a people's name ("Karim Hazara") stays a person.
- "Die Linke said", "members of Der Dritte Weg": a name led by a German article is a party, a paper or a
  movement, not a man; "Dieter Linke" stays a person.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import mention_names as names_of
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PERSON = EntityType.PERSON
ORG = EntityType.ORGANIZATION


def test_nationality_before_a_people_names_no_one(extract_text: Extract) -> None:
    ex = extract_text(
        "Officials in Goma blamed the Democratic Forces for the Liberation of Rwanda (FDLR), a Rwandan Hutu "
        "militia that has roamed the hills of North Kivu for three decades."
    )
    assert "Rwandan Hutu" not in names_of(ex)


def test_nationality_before_a_people_after_a_verb(extract_text: Extract) -> None:
    ex = extract_text("A spokesman in Qamishli said Syrian Kurd fighters had retaken the village on Sunday.")
    assert "Syrian Kurd" not in names_of(ex)


def test_a_man_surnamed_after_a_people_stays(extract_text: Extract) -> None:
    ex = extract_text("Police in Quetta said Karim Hazara, a shopkeeper, had been wounded in the blast.")
    assert ("Karim Hazara", PERSON) in typed(ex)


def test_a_name_led_by_a_german_article_is_a_body(extract_text: Extract) -> None:
    ex = extract_text("Members of Der Dritte Weg marched through Plauen on Saturday, police said.")
    assert ("Der Dritte Weg", ORG) in typed(ex)
    assert ("Der Dritte Weg", PERSON) not in typed(ex)


def test_a_party_led_by_die_is_a_body(extract_text: Extract) -> None:
    ex = extract_text("Die Linke called the ban overdue, a spokesman in Berlin said.")
    assert ("Die Linke", ORG) in typed(ex)


def test_a_man_whose_name_opens_like_the_article_stays(extract_text: Extract) -> None:
    ex = extract_text("Dieter Linke called the ban overdue, a spokesman in Berlin said.")
    assert ("Dieter Linke", PERSON) in typed(ex)

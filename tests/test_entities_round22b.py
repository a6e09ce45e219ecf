"""Round twenty-two (b): gazetteer breadth for provinces, districts, townships and the bodies quoted about them.

Every sentence here was written for these tests.

- "Soldiers were deployed to Yatenga and Kossi", "a market in Logone-et-Chari", "displaced families in
  North Wollo and West Guji", "shelling around Zalingei and Tawila", "troops in Nad Ali and Panjwai",
  "fighting near Hpakant and Kalay", "gangs in Martissant and Pétion-Ville",
  "villages in Shiroro and Kauru": provinces, zones, LGAs, districts, townships and communes of conflict
  countries are places, under their real alternative spellings too ("Char Dara", "Pa-an").
- "according to Radio Okapi", "a report by the Ethiopia Peace Observatory", "the National Human Rights
  Defense Network (RNDDH)", "the Nepal Army", "Daily Monitor": media, monitors and armies are
  organisations (a named military operation is not listed: by itself it is an event).
- Near misses: a unit whose bare name is an English word, a common name or a surname ("Meme", "Momo", "Bui",
  "Chandel", "Ziro") is left out, as its titled form would split from the bare one; a lower-case
  phrase sharing a body's words ("an army of volunteers from Nepal") is no organisation.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import typed

from kg import gazetteer
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
LOCATION = EntityType.LOCATION
ORGANIZATION = EntityType.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Soldiers were deployed to Yatenga and Kossi after the raids, the governor said.",
            ("Yatenga", "Kossi"),
        ),
        ("Gunmen burned a market in Logone-et-Chari on Tuesday night.", ("Logone-et-Chari",)),
        (
            "Aid groups counted thousands of displaced families in North Wollo and West Guji.",
            ("North Wollo", "West Guji"),
        ),
        ("Residents fled the shelling around Zalingei and Tawila last week.", ("Zalingei", "Tawila")),
        ("The insurgents once held Nad Ali and Panjwai for months.", ("Nad Ali", "Panjwai")),
        ("Resistance fighters clashed with troops near Hpakant and Kalay.", ("Hpakant", "Kalay")),
        ("Gangs fought for control of Martissant and Pétion-Ville.", ("Martissant", "Pétion-Ville")),
        ("Bandits kidnapped worshippers from villages in Shiroro and Kauru.", ("Shiroro", "Kauru")),
        ("Cartel gunmen ambushed soldiers between Navolato and Badiraguato.", ("Navolato", "Badiraguato")),
        ("Militants fired mortars at a base in Warsheikh and then at Runirgod.", ("Warsheikh", "Runirgod")),
    ],
)
def test_districts_zones_and_townships_are_places(
    extract_text: Extract, text: str, names: tuple[str, ...]
) -> None:
    found = typed(extract_text(text))
    for name in names:
        assert (name, LOCATION) in found


def test_alternative_spellings_find_the_same_place() -> None:
    assert gazetteer.lookup_place("Char Dara") == gazetteer.lookup_place("Chahar Dara")
    assert gazetteer.lookup_place("Pa-an") == gazetteer.lookup_place("Hpa-an")
    assert gazetteer.lookup_place("Jabal Marra") == gazetteer.lookup_place("Jebel Marra")
    assert gazetteer.lookup_place("Kalemyo") == gazetteer.lookup_place("Kalay")


def test_new_places_lie_in_their_provinces() -> None:
    assert gazetteer.located_in_chain(gazetteer.lookup_place("Djibasso")[0])[:2] == [
        "bf-kossi",
        "bf-boucle-du-mouhoun",
    ]
    assert gazetteer.located_in_chain(gazetteer.lookup_place("Kala-Balge")[0])[:2] == ["ng-borno", "NG"]
    assert gazetteer.located_in_chain(gazetteer.lookup_place("Mirebalais")[0])[:1] == ["HT"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting resumed near the town, according to Radio Okapi.", "Radio Okapi"),
        (
            "A report by the Ethiopia Peace Observatory counted dozens of clashes in the zone.",
            "Ethiopia Peace Observatory",
        ),
        ("The Nepal Army sent two helicopters to the district.", "Nepal Army"),
        ("The clashes were first reported by Uganda's Daily Monitor.", "Daily Monitor"),
    ],
)
def test_media_monitors_and_forces_are_organisations(extract_text: Extract, text: str, name: str) -> None:
    assert (name, ORGANIZATION) in typed(extract_text(text))


def test_a_unit_whose_bare_name_is_a_word_or_a_surname_is_left_out(extract_text: Extract) -> None:
    # "Momo", "Meme", "Bui", "Chandel", "Ziro", "Kech", "Bakura": a division, district or LGA named so would
    # be a second entity beside its bare name, or the bare name is a word, a surname or a faction leader's
    # name elsewhere ("Amina Kech", "the Bakura faction"); left to the context rules.
    for bare in ("Momo", "Meme", "Bui", "Chandel", "Ziro", "Kech", "Bakura"):
        assert not gazetteer.lookup_place(bare, alternates=False)
    prose = extract_text("The meme spread quickly among the students of the school.")
    assert not {name for name, kind in typed(prose) if kind is LOCATION}
    named = extract_text("Armed men burned a clinic in Kamashi Zone, and more fled Kamashi the next day.")
    assert ("Kamashi", LOCATION) in typed(named)


def test_a_lower_case_phrase_is_no_organisation(extract_text: Extract) -> None:
    prose = extract_text("He raised an army of volunteers from Nepal to guard the monastery.")
    assert not {name for name, kind in typed(prose) if kind is ORGANIZATION}

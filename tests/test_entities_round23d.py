"""Round twenty-three (d): gazetteer entries for places, bodies and groups the read sets named but kg lacked.

Congolese territories and chiefdoms (a territory is not its town: "Beni territory" and the city of Beni are two
places), Golan and Lebanese sites, Amhara and Baloch places, Sydney suburbs and New South Wales bodies, the Justice
Department's sections, state media, Maoist divisional committees and Islamic State offices. Each
entry is read whole, and a longer name does not swallow the body or group named beside it. Every sentence was
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import gazetteer_ids, typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "surface", "gazetteer_id"),
    [
        (
            "Gunmen burned huts in Beni territory overnight, a local chief said.",
            "Beni territory",
            "place:cd-beni-territory",
        ),
        (
            "Militiamen looted a clinic in the Bwito chiefdom, residents said.",
            "Bwito chiefdom",
            "place:cd-bwito",
        ),
        (
            "A drone struck a house in Majdal Shams, in the Golan Heights.",
            "Majdal Shams",
            "place:majdal-shams",
        ),
        (
            "Customs officers seized cash at Beirut airport on Tuesday.",
            "Beirut airport",
            "place:lb-beirut-airport",
        ),
        ("Fano fighters ambushed a bus near Gashena, a local official said.", "Gashena", "place:et-gashena"),
        (
            "A bomb hit a truck on the Makran Coastal Highway on Friday.",
            "Makran Coastal Highway",
            "place:pk-makran-coastal-highway",
        ),
        (
            "A youth stabbed a guard at Westfield Parramatta, police said.",
            "Westfield Parramatta",
            "place:au-westfield-parramatta",
        ),
        (
            "He was detained at Washington Dulles International Airport last year.",
            "Washington Dulles International Airport",
            "place:us-dulles-airport",
        ),
        ("Troops raided the Jenin refugee camp overnight.", "Jenin refugee camp", "place:ps-jenin-camp"),
        ("Police in Queensland charged a teenager on Friday.", "Queensland", "place:au-qld"),
        ("Officers of Corrective Services NSW searched his cell.", "Corrective Services NSW", "org:au-csnsw"),
        ("The state broadcaster SNTV said the toll had risen.", "SNTV", "org:so-sntv"),
        (
            "The Zaire self-defence militia raided a CODECO camp.",
            "Zaire self-defence militia",
            "group:zaire_militia",
        ),
    ],
)
def test_a_named_place_body_or_group_is_read_from_the_gazetteer(
    extract_text: Extract, text: str, surface: str, gazetteer_id: str
) -> None:
    assert gazetteer_id in gazetteer_ids(extract_text(text), surface)


def test_the_town_of_beni_is_not_its_territory(extract_text: Extract) -> None:
    x = extract_text("Traders in the town of Beni shut their shops after raids in Beni territory.")
    assert "place:gn:219057" in gazetteer_ids(x, "Beni")
    assert "place:cd-beni-territory" in gazetteer_ids(x, "Beni territory")


def test_the_camp_is_not_the_city_that_holds_it(extract_text: Extract) -> None:
    x = extract_text("The governor of Jenin said troops had left the Jenin refugee camp.")
    assert gazetteer_ids(x, "Jenin") == {"place:ps-jenin"}


def test_an_air_force_acronym_is_not_a_river(extract_text: Extract) -> None:
    x = extract_text("NAF jets bombed a bandit camp in Zamfara on Sunday, the air force said.")
    assert "place:naf-river" not in {m.gazetteer_id for m in x.mentions}


def test_a_section_does_not_swallow_the_division_named_before_it(extract_text: Extract) -> None:
    x = extract_text("Lawyers of the National Security Division's Counterterrorism Section argued the case.")
    assert "org:us-nsd-cts" in gazetteer_ids(x, "Counterterrorism Section")
    assert "org:us-nsd" in gazetteer_ids(x, "National Security Division")


def test_a_committee_does_not_swallow_the_party_named_after_it(extract_text: Extract) -> None:
    x = extract_text("The South Bastar Divisional Committee of the CPI (Maoist) claimed the blast.")
    got = typed(x)
    assert ("South Bastar Divisional Committee", EntityType.GROUP) in got
    assert ("Communist Party of India (Maoist)", EntityType.GROUP) in got


def test_the_amhara_fano_national_movement_is_not_fano_itself(extract_text: Extract) -> None:
    x = extract_text("Fano militias and the Amhara Fano National Movement attacked the town.")
    assert "group:amhara_fano_national_movement" in gazetteer_ids(x, "Amhara Fano National Movement")
    assert "group:fano" in gazetteer_ids(x, "Fano")


def test_the_old_name_of_the_country_is_not_the_militia(extract_text: Extract) -> None:
    x = extract_text("Mobutu renamed the country Zaire in 1971.")
    assert "group:zaire_militia" not in {m.gazetteer_id for m in x.mentions}

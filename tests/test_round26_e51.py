"""Entity rules, round twenty-six (e51): watchers, courts named by their town, local task forces, regions.

"the South Asia Security Observatory", "the Great Lakes Civilian Protection Monitor": no person or place is named
for watching, so a name of several words ending in "Observatory" or "Monitor" is a body's, whatever NER took it
for. "the Rabat Court of Appeal": the town a court of appeal sits in opens its name. "the Inland Northwest Joint
Terrorism Task Force": each FBI field office runs a task force named for the area it covers. Regions of the UK,
Greece and Germany that the gazetteer lacked are read as places.

Every sentence was written for these tests, beside near misses.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "*By Farida Noor, research fellow, Caspian Security Observatory (Baku)*\n\nCells operate in Dagestan.",
            "Caspian Security Observatory",
        ),
        (
            "Published 2025-04-02 - Briefing note by the Great Lakes Civilian Protection Monitor (GLCPM)\n\n"
            "The rebels took Goma.",
            "Great Lakes Civilian Protection Monitor",
        ),
        (
            "*Briefing No. 12 · Levant Security Observatory, Beirut · 3 May 2025*\n\nThe group remained in Idlib.",
            "Levant Security Observatory",
        ),
    ],
)
def test_a_name_ending_in_observatory_or_monitor_is_a_body(
    extract_text: Extract, text: str, name: str
) -> None:
    read = typed(extract_text(text))
    assert (name, EntityType.ORGANIZATION) in read
    assert all(t is EntityType.ORGANIZATION for n, t in read if n == name)


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "The suspects will appear before the public prosecutor at the Rabat Court of Appeal next week.",
            "Rabat Court of Appeal",
        ),
        ("The verdict was upheld by the Casablanca Court of Appeal on Monday.", "Casablanca Court of Appeal"),
    ],
)
def test_a_court_of_appeal_is_named_with_its_town(extract_text: Extract, text: str, court: str) -> None:
    read = typed(extract_text(text))
    assert (court, EntityType.ORGANIZATION) in read
    assert ("Court of Appeal", EntityType.ORGANIZATION) not in read


def test_a_court_of_appeal_opening_a_sentence_keeps_its_bare_name(extract_text: Extract) -> None:
    read = typed(extract_text("The Court of Appeal upheld the sentence on Monday."))
    assert ("Court of Appeal", EntityType.ORGANIZATION) in read


def test_a_joint_terrorism_task_force_is_named_for_its_area(extract_text: Extract) -> None:
    read = typed(
        extract_text("The case was investigated by the Seattle Joint Terrorism Task Force, prosecutors said.")
    )
    assert ("Seattle Joint Terrorism Task Force", EntityType.ORGANIZATION) in read
    assert ("Joint Terrorism Task Force", EntityType.ORGANIZATION) not in read


def test_the_task_force_alone_stays_the_national_one(extract_text: Extract) -> None:
    read = typed(extract_text("The FBI's Joint Terrorism Task Force arrested him on Friday."))
    assert ("Joint Terrorism Task Force", EntityType.ORGANIZATION) in read


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cells were active across the Midlands, the prosecutor told the jury.", "Midlands"),
        ("The men lived in North West England, the court heard.", "North West England"),
        ("He plotted to black out the Inland Northwest, prosecutors said.", "Inland Northwest"),
        ("The group threatened reception centres for migrants on the Aegean islands.", "Aegean Islands"),
        ("Police raided homes in Hesse and Thuringia on Tuesday.", "Thuringia"),
    ],
)
def test_regions_of_europe_and_the_us_are_places(extract_text: Extract, text: str, place: str) -> None:
    assert (place, EntityType.LOCATION) in typed(extract_text(text))

"""Where a group is active (operatesIn), twelfth round: ground named before "where", a group's name glued to
"-held", a quoted phrase inside the clause, a second relative clause of the apposition, a span "from A to B",
the men "in" a place after "whose", where the men first appeared, what the group has become there, a place that served
as a stronghold, the places listed with the one that holds the place, a fight over a span of years named after the
place, and a group's camp after a country's possessive.

Every sentence was written for these tests, and each phrasing sits beside a near miss of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

IS, SHABAAB, HOUTHIS = "Islamic State", "al-Shabaab", "Houthis"


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # a kind of ground before "where", and the group's remnants holding it
        (
            "The cell had crossed into the city from the Badia, the central desert where IS remnants still hold "
            "ground.",
            IS,
            "Syrian Desert",
        ),
        # a quoted phrase inside the clause, with "again"
        (
            'A spokesman said IS cells were "active again in eastern Deir ez-Zor" this month.',
            IS,
            "Deir ez-Zor",
        ),
        # the group's name glued to "-held" before the kind of place
        ("The ship was hit west of the Houthi-held port of Hodeidah on Tuesday.", HOUTHIS, "Hodeidah"),
        # a second relative clause of the apposition's head
        (
            "The talks turn on the Syrian Democratic Forces (SDF), the Kurdish-led force whose backbone is the "
            "People's Protection Units (YPG) and which still controls much of Hasakah province.",
            "Syrian Democratic Forces",
            "Hasakah Governorate",
        ),
        # the second verb phrase of the relative clause describing the subject, and a span "from A to B"
        (
            "The BLA is a separatist group, led by Bashir Zeb, that has been fighting the state since 2000 and is "
            "active across the province, from Quetta to the coastal Makran belt.",
            "Balochistan Liberation Army",
            "Quetta",
        ),
        (
            "The BLA is a separatist group, led by Bashir Zeb, that has been fighting the state since 2000 and is "
            "active across the province, from Quetta to the coastal Makran belt.",
            "Balochistan Liberation Army",
            "Makran",
        ),
        # where its men first appeared
        (
            "Lakurawa, whose fighters first appeared in the border areas of Sokoto State around 2018, has grown.",
            "Lakurawa",
            "Sokoto State",
        ),
        # what it has become there
        (
            "Lakurawa has in the past year become one of the deadliest armed groups in Sokoto State.",
            "Lakurawa",
            "Sokoto State",
        ),
        # the places listed with the one that holds the park, and the state that holds them all
        (
            "Mahmuda operates in and around the Kainji Lake National Park in Baruten and Kaiama local government "
            "areas of Kwara State.",
            "Mahmuda",
            "Kaiama",
        ),
        (
            "Mahmuda operates in and around the Kainji Lake National Park in Baruten and Kaiama local government "
            "areas of Kwara State.",
            "Mahmuda",
            "Kwara",
        ),
        # the group fought, over a span of years named after the place
        (
            "The government is built on the cadres of Hayat Tahrir al-Sham, which fought IS in Idlib for years.",
            IS,
            "Idlib",
        ),
        # the relative clause of "is a ... group, led by P, that ..." describes the subject
        (
            "The BLA is a separatist group, led by Bashir Zeb, that has been fighting for independence for "
            "Balochistan since 2000.",
            "Balochistan Liberation Army",
            "Balochistan",
        ),
        # the group's camp in a place named after a country's possessive
        (
            "Troops raided an ISWAP camp in Nigeria's Borno State.",
            "Islamic State West Africa Province",
            "Borno",
        ),
        # its own people in a place, after "whose"
        (
            "Police are checking links to ISIS-K, whose recruiters in Central Asia have targeted young men.",
            "Islamic State Khorasan Province",
            "Central Asia",
        ),
        # a place that served as the group's stronghold
        (
            "Troops have occupied El Plateado, a hamlet in the municipality of Argelia that served for years as an "
            "EMC stronghold.",
            "Estado Mayor Central",
            "El Plateado",
        ),
    ],
)
def test_reads_where_the_group_is(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # a desert named before "where" one attack happened: no ground held
        (
            "The convoy crossed the Badia, the central desert where IS fighters ambushed a bus last year.",
            IS,
            "Syrian Desert",
        ),
        # a government-held port is nobody's group ground; the group's strike there says nothing of its ground
        ("The Houthis struck the government-held port of Mokha on Tuesday.", HOUTHIS, "Mokha"),
        # a span "from A to B" the group travelled once, not where it is active
        (
            "Al-Shabaab fighters drove a truck bomb from Baidoa to Mogadishu last year.",
            SHABAAB,
            "Mogadishu",
        ),
        # the stronghold is the other group's, named after "of"
        (
            "El Plateado, a hamlet that served for years as a base for the army, was shelled by the EMC.",
            "Estado Mayor Central",
            "El Plateado",
        ),
        # a province named only as the middle of an address is no list-mate of the country before it
        ("JeM is headquartered in Bahawalpur, in Pakistan's Punjab province.", "Jaish-e-Mohammed", "Punjab"),
        # a fight on one day, however long ago the groups were at war
        ("HTS fought IS in Idlib on Monday.", IS, "Idlib"),
        # the relative clause of the object of "an ally of"
        (
            "The BLA is an ally of the BLF, a group that has been fighting for independence for Balochistan.",
            "Balochistan Liberation Army",
            "Balochistan",
        ),
        # what it has become to a place is not ground there
        ("Lakurawa has in the past year become a threat to Sokoto State.", "Lakurawa", "Sokoto State"),
        # "whose" about the place's people, not the group's
        (
            "The ADF attacked Beni, whose residents in Ituri have fled.",
            "Allied Democratic Forces",
            "Ituri",
        ),
    ],
)
def test_leaves_alone(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)

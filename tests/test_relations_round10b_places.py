"""Where a group is active (operatesIn), round 10b: places the rules must leave alone.

Every sentence was written for these tests. A sentence opened by "In X," whose subject group then strikes one
blow in the simple past ("In Kandahar, Taliban gunmen stormed a checkpoint on Sunday") tells of one event, not
of ground; a group's men who are the object of a blow ("soldiers killed 14 al-Shabaab militants in Baidoa") were
there for that blow; a country's possessive before a region ("in Niger's Tahoua region, where G is based") only
says where the region lies; and a people's name before "-inhabited" or "-majority" is no place of its own. Each
near miss sits beside a sentence of the same shape that must still be read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

ISWAP, ADF = "Islamic State West Africa Province", "Allied Democratic Forces"


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # a sentence opener followed by one blow in the simple past
        (
            "In Kandahar, Taliban gunmen stormed a police checkpoint on Sunday, killing four officers.",
            "Taliban",
            "Kandahar",
        ),
        ("In Damasak, ISWAP fighters attacked an army base on Monday.", ISWAP, "Damasak"),
        ("In Beni, the ADF on Friday massacred 30 villagers.", ADF, "Beni"),
        ("In Niamey, the junta said ISWAP fighters had killed 20 soldiers near the border.", ISWAP, "Niamey"),
        (
            "In Herat, ISKP gunmen on Tuesday night attacked a Shia mosque.",
            "Islamic State Khorasan Province",
            "Herat",
        ),
        ("In Kismayo, an al-Shabaab car bomb killed 10 people at a hotel.", "al-Shabaab", "Kismayo"),
        ("In Kismayo, al-Qaeda's affiliate al-Shabaab stormed a hotel on Friday.", "al-Shabaab", "Kismayo"),
        # the group's men as the object of one blow
        ("Soldiers killed 14 al-Shabaab militants in Baidoa on Thursday.", "al-Shabaab", "Baidoa"),
        ("The army said it had captured several ISWAP fighters in Monguno.", ISWAP, "Monguno"),
        ("Police arrested suspected ADF members in Kasese last week.", ADF, "Kasese"),
        # a country's possessive before the region the group is based in
        (
            "Officials said the gunmen came from camps in Niger's Tahoua region, where both ISWAP and Ansaru are based.",
            ISWAP,
            "Niger",
        ),
        # a people's name before a hyphen
        ("The ADF is active in the Nande-inhabited hills of North Kivu.", ADF, "Nande"),
    ],
)
def test_one_blow_or_a_passing_place_gives_no_operates_in(
    extract_text: Extract, text: str, s: str, o: str
) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # the opener still reads what a group holds or keeps doing there
        ("In Ituri province, the ADF remains the deadliest armed group.", ADF, "Ituri"),
        ("In Ituri province, the ADF has killed hundreds of civilians this year.", ADF, "Ituri"),
        ("In Ituri, officials say the ADF controls dozens of villages.", ADF, "Ituri"),
        ("In Menaka, ISWAP seized a military camp in 2019 and still holds nearby villages.", ISWAP, "Ménaka"),
        ("In Somalia, al-Qaeda's affiliate al-Shabaab controls large rural areas.", "al-Shabaab", "Somalia"),
        # the group's own men somewhere, not struck there
        ("ISWAP fighters in Marte control several villages.", ISWAP, "Marte"),
        # the region itself, after the possessive
        (
            "Officials said the gunmen came from camps in Niger's Tahoua region, where both ISWAP and Ansaru are based.",
            ISWAP,
            "Tahoua Region",
        ),
        ("Jaish-e-Mohammed, a Pakistan-based militant group, denied it.", "Jaish-e-Mohammed", "Pakistan"),
    ],
)
def test_near_misses_are_still_read(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)

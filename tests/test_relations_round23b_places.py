"""Place relations, round twenty-three (second wave): where a group is, said by a group noun strongest somewhere
("a separatist group strongest in X", "strongest in the Makran belt around X"), by a trade it dominates ("which
dominates the cocaine trade along the coast in X"), by the hills above a town it holds, by a war with the state
over a span after "where" ("where G has fought the government since 2004"), by the second of two relative clauses
("which its foes call Y and which has fought the army in X"), by the body a group runs or hosts somewhere ("run from
the hills of X by G", "hosted by G in the X valley"), by "where" after a place named with the one that holds it
("the Swat valley of Khyber Pakhtunkhwa, where ..."), and by the last member of a list an alliance includes ("the
alliance includes the A, which ..., and the B in X").

Every sentence was written for these tests, and each phrasing sits beside a near miss of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

OP = "operatesIn"


@pytest.mark.parametrize(
    ("text", "group", "places"),
    [
        # a group noun, then where it is strongest
        (
            "The Balochistan Liberation Front, a separatist group strongest in Turbat, killed two men in Quetta.",
            "Balochistan Liberation Front",
            ["Turbat"],
        ),
        # the belt named, and the town it is named around
        (
            "The BLF, an armed faction strongest in the Makran belt around Turbat, denied the report.",
            "Balochistan Liberation Front",
            ["Makran", "Turbat"],
        ),
        # a trade the group holds, then where
        (
            "The Gulf Clan, which dominates the cocaine trade along the Pacific coast in Choco, denied it.",
            "Clan del Golfo",
            ["Chocó"],
        ),
        (
            "Los Choneros, which runs the smuggling routes around Guayaquil, denied it.",
            "Los Choneros",
            ["Guayaquil"],
        ),
        # the hills above a town
        ("Al-Shabaab controls the hills above Baidoa.", "al-Shabaab", ["Baidoa"]),
        # a war with the state over a span, after "where"
        (
            "The blast struck Gadchiroli, where the CPI (Maoist) has fought the government since 2004.",
            "Communist Party of India (Maoist)",
            ["Gadchiroli"],
        ),
        # the same, with the name's epithet after "where the"
        (
            "A mine exploded near Sukma, where the banned CPI (Maoist) has battled security forces for years.",
            "Communist Party of India (Maoist)",
            ["Sukma"],
        ),
        # the second of two relative clauses of the name
        (
            "The Oromo Liberation Army, which Addis Ababa calls Shene and which has fought the army in Oromia since "
            "2018, rejected the claim.",
            "Oromo Liberation Army",
            ["Oromia"],
        ),
        # a body run from a place by the group
        (
            "The finance office, run from the hills of Kunar by ISKP, moved the money.",
            "Islamic State Khorasan Province",
            ["Kunar"],
        ),
        # a body the group hosts in a place
        (
            "The media cell, hosted by al-Shabaab in the Juba valley, released the video.",
            "al-Shabaab",
            ["Juba valley"],
        ),
        # "where" after a valley named with the province that holds it
        (
            "Police searched the Swat valley of Khyber Pakhtunkhwa, where the TTP still has a presence.",
            "Tehrik-i-Taliban Pakistan",
            ["Swat"],
        ),
        # the last member of a list an alliance includes, named with its ground
        (
            "The alliance includes the Arakan Army, which controls most of Rakhine, and the Ta'ang National "
            "Liberation Army in Shan State.",
            "Ta'ang National Liberation Army",
            ["Shan State"],
        ),
    ],
)
def test_where_a_group_is_strongest_trades_or_runs_a_body(
    extract_text: Extract, text: str, group: str, places: list[str]
) -> None:
    got = extract_text(text)
    for place in places:
        assert has_fact(got, group, OP, place), (place, got.relations)


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        # the place of one killing after the apposition
        (
            "The Balochistan Liberation Front, a separatist group strongest in Turbat, killed two men in Quetta.",
            "Balochistan Liberation Front",
            "Quetta",
        ),
        # a trade the group condemned
        ("The Gulf Clan, which denounced the cocaine trade in Choco, denied it.", "Clan del Golfo", "Chocó"),
        # hills shelled, not held
        ("Al-Shabaab shelled the hills above Baidoa.", "al-Shabaab", "Baidoa"),
        # one fight on a day
        (
            "The blast struck Gadchiroli, where the CPI (Maoist) fought the police on Tuesday.",
            "Communist Party of India (Maoist)",
            "Gadchiroli",
        ),
        # talks held, not ground
        (
            "The Oromo Liberation Army, which Addis Ababa calls Shene and which held talks in Nairobi, rejected the "
            "claim.",
            "Oromo Liberation Army",
            "Nairobi",
        ),
        # one raid carried out from a place
        (
            "The raid was carried out from the hills of Kunar by ISKP.",
            "Islamic State Khorasan Province",
            "Kunar",
        ),
        # captives freed by the group, not a body it hosts
        (
            "The prisoners, freed by al-Shabaab in the Juba valley, returned home.",
            "al-Shabaab",
            "Juba valley",
        ),
        # a list in a report, not an alliance's members
        (
            "The report includes interviews with the Arakan Army, which controls most of Rakhine, and the Ta'ang "
            "National Liberation Army in Shan State.",
            "Ta'ang National Liberation Army",
            "Shan State",
        ),
    ],
)
def test_near_misses_stay_unread(extract_text: Extract, text: str, group: str, place: str) -> None:
    assert not has_fact(extract_text(text), group, OP, place)

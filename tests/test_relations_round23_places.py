"""Place relations, round twenty-three: where a group is, said with verbs of staying and first showing up
("will remain in X", "first appeared in A and neighbouring B", "has hidden for years in the X forest"), a campaign
of bare plural blows it claimed ("has since claimed raids in the A, B and C districts"), the ground it holds and the
places it takes in ("holds a strip of territory including A, B and C", "a strip of X province including A and B"),
one faction of a group placed ("a G faction is still based in X"), "most of them in X" after the ground its men
hold, towns taken under another kind word ("seized the mining hubs of A and B"), ground fought over ("has clashed
with Y over territory around X"), and foothills named as ground ("in the foothills around X").

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
        # staying put, with a modal or an infinitive before it
        (
            "Diplomats expect Boko Haram to remain in the Sambisa forest through the rainy season.",
            "Boko Haram",
            ["Sambisa Forest"],
        ),
        ("The Taliban will remain in the Panjshir valley, a commander said.", "Taliban", ["Panjshir Valley"]),
        ("After the truce the ADF stayed in Ituri.", "Allied Democratic Forces", ["Ituri"]),
        # where the group first showed up, and the neighbour named after "and"
        (
            "The Allied Democratic Forces first appeared in Uganda and neighbouring Congo.",
            "Allied Democratic Forces",
            ["Uganda", "Democratic Republic of the Congo"],
        ),
        # hiding for a span of time
        (
            "The Lord's Resistance Army has hidden for years in the Garamba forest.",
            "Lord's Resistance Army",
            ["Garamba"],
        ),
        # a campaign of bare plural blows claimed in the perfect, over a list before its kind word
        (
            "ISWAP has since claimed raids in the Gwoza, Bama and Konduga districts.",
            "Islamic State West Africa Province",
            ["Gwoza", "Bama", "Konduga"],
        ),
        # ground held, then the places it takes in
        (
            "Al-Shabaab holds a strip of territory including Jilib, Bardhere and Buale.",
            "al-Shabaab",
            ["Jilib", "Bardhere", "Bu'ale"],
        ),
        (
            "The Syrian National Army holds a strip of northern Aleppo province including Afrin and Azaz.",
            "Syrian National Army",
            ["Aleppo Governorate", "Afrin", "Azaz"],
        ),
        # one faction of the group, and where it sits
        ("A Boko Haram faction is still based in the Mandara hills.", "Boko Haram", ["Mandara Mountains"]),
        # towns taken under another kind word
        (
            "In October the KIA seized the jade mining hubs of Hpakant and Lonekin.",
            "Kachin Independence Army",
            ["Hpakant", "Lonekin"],
        ),
        # where most of its men are, after the ground named first
        (
            "Abu Sayyaf still has fighters in Sulu, most of them in the interior of Patikul and Indanan.",
            "Abu Sayyaf Group",
            ["Sulu", "Patikul", "Indanan"],
        ),
        # the ground two groups have fought over, and where it is
        (
            "The TNLA has clashed with the KIA over territory around Kyaukme.",
            "Kachin Independence Army",
            ["Kyaukme"],
        ),
        # foothills are ground like hills
        (
            "The ELN is active along the Pacific coast and in the foothills around Tame.",
            "National Liberation Army (Colombia)",
            ["Tame"],
        ),
    ],
)
def test_where_a_group_stays_shows_up_or_holds(
    extract_text: Extract, text: str, group: str, places: list[str]
) -> None:
    got = extract_text(text)
    for place in places:
        assert has_fact(got, group, OP, place), (place, got.relations)


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        # a group that left a place
        ("Al-Shabaab withdrew from Jilib and Buale last year.", "al-Shabaab", "Jilib"),
        # a negated stay
        ("Al-Shabaab did not remain in Jilib after the offensive.", "al-Shabaab", "Jilib"),
        # the group is the agent of a passive before the subject that stays
        ("Hostages seized by Al-Shabaab remain in Jilib, relatives said.", "al-Shabaab", "Jilib"),
        # the state's troops stay, no group named
        ("The army said troops would remain in Jilib and Buale.", "al-Shabaab", "Jilib"),
        # "appeared" without "first": a video, not ground
        ("The ADF appeared in a video released on Monday in Kampala.", "Allied Democratic Forces", "Kampala"),
        # one claimed night of blows, with its article
        ("Boko Haram has claimed the attacks in Maiduguri and Konduga.", "Boko Haram", "Konduga"),
        # "including" after a verb of the state's army
        (
            "The army deployed troops to Aleppo province including Afrin and Azaz.",
            "Syrian National Army",
            "Afrin",
        ),
        # a faction beaten in a place, not based there
        ("A Boko Haram faction was defeated in the Sambisa forest.", "Boko Haram", "Sambisa Forest"),
        # "most of them" are the victims of one raid, not the group's men
        ("Abu Sayyaf kidnapped 12 people in Sulu, most of them in Patikul.", "Abu Sayyaf Group", "Patikul"),
        # one clash on a day
        (
            "The TNLA clashed with the KIA over territory around Kyaukme on Monday.",
            "Kachin Independence Army",
            "Kyaukme",
        ),
        # a strip the group attacked, not held
        ("Al-Shabaab attacked villages including Jilib and Buale.", "al-Shabaab", "Jilib"),
    ],
)
def test_near_misses_stay_unread(extract_text: Extract, text: str, group: str, place: str) -> None:
    assert not has_fact(extract_text(text), group, OP, place)

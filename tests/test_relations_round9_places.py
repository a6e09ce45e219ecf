"""Where a group is active (operatesIn), ninth round: more of the ways a text says it.

Every sentence was written for these tests. A group active in a town is active in the province and the country
the sentence puts the town in ("around Oicha, a town in North Kivu province"); a wider lexicon ("spilled into",
"is deployed in", "has been able to regroup in", "remains at war ... in", "operates from", "cells near",
"tightening its siege of", "runs a tax system in", "retain armed wings in", "collects taxes across", "has
stepped up attacks ... in", "reduced to a handful of fighters on"); the group's men ("factions of G", "members
of G based in", "a G commander based in", "whose fighters are concentrated in", "whose fighters moved into");
the verb phrases of a relative clause ("X, which controls A and runs courts in B", "X, a movement founded by
rebels that has been based in Y"); the group fought or fought beside in a campaign ("has fought the SDF for
months around X", "fights alongside JNIM in X"); the leader's base ("led by P from his base in X"); and "a
municipality where G has set up checkpoints". Each phrasing sits beside a near miss it must leave alone: a
denial ("has no presence in"), one clash on one day, a member killed or arrested somewhere, a clause that is
another group's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

ADF, ISWAP, JNIM, ELN = (
    "Allied Democratic Forces",
    "Islamic State West Africa Province",
    "Jama'at Nusrat al-Islam wal-Muslimin",
    "National Liberation Army (Colombia)",
)
SNA, SDF, ISS = "Syrian National Army", "Syrian Democratic Forces", "Islamic State Somalia Province"
LET, JEM, ASG = "Lashkar-e-Taiba", "Jaish-e-Mohammed", "Abu Sayyaf Group"
AQAP, KIA = "al-Qaeda in the Arabian Peninsula", "Kachin Independence Army"


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # the places the sentence puts the place in
        ("The ADF operates around Oicha, a town in North Kivu province.", ADF, "North Kivu"),
        ("ISWAP holds several islands near Baga, in the Kukawa area of Borno state.", ISWAP, "Borno"),
        ("ISWAP holds several islands near Baga, in Nigeria's Borno state.", ISWAP, "Nigeria"),
        # a wider lexicon
        ("JNIM has spilled into northern Benin.", JNIM, "Benin"),
        (
            "The Wagner Group is now deployed in Mali and the Central African Republic.",
            "Wagner Group",
            "Mali",
        ),
        (
            "Katiba Macina has expanded its footprint from Mali's Segou region into northern Burkina Faso.",
            "Katiba Macina",
            "Ségou Region",
        ),
        (
            "Katiba Macina has expanded its footprint from Mali's Segou region into northern Burkina Faso.",
            "Katiba Macina",
            "Burkina Faso",
        ),
        ("Al-Qaeda has been able to regroup in Kunar province since 2021.", "al-Qaeda", "Kunar"),
        ("The ELN remains at war with the army in Arauca.", ELN, "Arauca"),
        ("ISWAP survives in small cells near Monguno.", ISWAP, "Monguno"),
        ("The Houthis still operate from Hodeidah.", "Houthis", "Hodeidah"),
        ("The Kachin Independence Army has been tightening its siege of Bhamo.", KIA, "Bhamo"),
        ("ISWAP runs a rudimentary tax system in northern Borno.", ISWAP, "Borno"),
        ("Al-Shabaab collects taxes across much of Lower Shabelle.", "al-Shabaab", "Lower Shabelle"),
        ("AQAP has stepped up attacks on southern forces in Shabwa.", AQAP, "Shabwa"),
        ("The Abu Sayyaf Group has been reduced to a handful of fighters on Jolo.", ASG, "Jolo"),
        (
            "ISWAP has been reduced to a few dozen fighters hiding in the forests south of Damboa.",
            ISWAP,
            "Damboa",
        ),
        ("Abu Sayyaf was once the most feared kidnapping gang in Sulu.", ASG, "Sulu"),
        # a place used as a base or a theatre, after an apposition, and the places listed with it
        (
            "Al-Shabaab, which analysts call a resilient insurgency, has used the remote Boni forest as a base.",
            "al-Shabaab",
            "Boni",
        ),
        (
            "The Houthis have turned the Red Sea and the Gulf of Aden into a theatre of war.",
            "Houthis",
            "Gulf of Aden",
        ),
        # the group's men
        ("Factions of the Syrian National Army control Afrin.", SNA, "Afrin"),
        ("Police said members of Lashkar-e-Taiba based in Muzaffarabad ran the cell.", LET, "Muzaffarabad"),
        ("The plot was run by a Lashkar-e-Taiba commander based in Muzaffarabad.", LET, "Muzaffarabad"),
        (
            "Al-Shabaab fights the Islamic State Somalia Province, whose fighters are concentrated in Puntland.",
            ISS,
            "Puntland",
        ),
        (
            "ISWAP, a group whose fighters first moved into the border communities of Borno in 2016, grew fast.",
            ISWAP,
            "Borno",
        ),
        # a relative clause's verb phrases and heads
        (
            "ISWAP, which controls the lakeshore and runs courts in northern Borno, is growing.",
            ISWAP,
            "Borno",
        ),
        (
            "The ELN, which has 5,000 fighters and uses Venezuela as a rear base, is growing.",
            ELN,
            "Venezuela",
        ),
        (
            "The ADF, a movement founded by Ugandan rebels that has been based in Ituri for years, is growing.",
            ADF,
            "Ituri",
        ),
        (
            "The Islamic State Somalia Province, a splinter founded by former al-Shabaab members that is entrenched in Puntland, is growing.",
            ISS,
            "Puntland",
        ),
        # the group fought, or fought beside, in a campaign
        ("The Syrian National Army has fought the SDF for months around Manbij and Kobani.", SDF, "Kobani"),
        ("The Syrian National Army has fought the SDF for months around Manbij and Kobani.", SNA, "Manbij"),
        (
            "Ansarul Islam, a homegrown insurgency, now fights alongside JNIM in northern Burkina Faso.",
            JNIM,
            "Burkina Faso",
        ),
        (
            "Ansarul Islam, a homegrown insurgency, now fights alongside JNIM in northern Burkina Faso.",
            "Ansarul Islam",
            "Burkina Faso",
        ),
        # the group's own: its command, its leadership moving fighters, the places a zone stretches between
        ("The PKK keeps its command in northern Iraq.", "Kurdistan Workers' Party", "Iraq"),
        (
            "ISWAP's leadership, headed by a new wali, has shifted fighters toward Borno and Yobe.",
            ISWAP,
            "Yobe",
        ),
        (
            "ISIS has regrouped in the Badia, the central desert stretching from eastern Homs to the countryside of Raqqa.",
            "Islamic State",
            "Raqqa",
        ),
        (
            "Villages along the Shabelle river that al-Shabaab has controlled for years were shelled.",
            "al-Shabaab",
            "Shabelle",
        ),
        # the group's own post or rule somewhere
        ("Gunmen attacked an SDF checkpoint in the countryside of Raqqa on Monday.", SDF, "Raqqa"),
        ("A bomb hit a checkpoint of the Security Belt forces in Lawdar.", "Security Belt Forces", "Lawdar"),
        ("ISKP is fighting the Taliban government in Afghanistan.", "Taliban", "Afghanistan"),
        # ground taken near a place, or held in part
        (
            "The Arakan Army overran a junta base on the southern edge of Chin state.",
            "Arakan Army",
            "Chin State",
        ),
        ("The Arakan Army now controls 14 of Rakhine's 17 townships.", "Arakan Army", "Rakhine State"),
        # ground taken near a place
        ("The Kachin Independence Army overran a junta base near Myitkyina.", KIA, "Myitkyina"),
        # the leader's base; a place where the group set up checkpoints
        ("JeM, led by Masood Azhar from his base in Bahawalpur, is banned.", JEM, "Bahawalpur"),
        ("They fled Tibu, a municipality where the ELN has set up checkpoints.", ELN, "Tibu"),
    ],
)
def test_reads_where_the_group_is_active(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # a place near another is not in it
        ("The ADF operates around Oicha, 30 km from Beni.", ADF, "Beni"),
        # a province named as the middle of an address places the town in the country
        ("ISWAP holds several islands near Baga, in Nigeria's Borno state.", ISWAP, "Borno"),
        # a denial in the last clause
        ("The ELN has no presence in Antioquia.", ELN, "Antioquia"),
        ("The ELN is active in Arauca and has no presence in Antioquia.", ELN, "Antioquia"),
        ("ISWAP is no longer active in Baga.", ISWAP, "Baga"),
        ("Al-Qaeda has been unable to regroup in Kunar province.", "al-Qaeda", "Kunar"),
        # one clash, on one day
        ("The SNA clashed with the SDF in Manbij on Sunday.", SDF, "Manbij"),
        # the member was killed or arrested there, not based there
        ("A Lashkar-e-Taiba commander killed in Srinagar was buried on Monday.", LET, "Srinagar"),
        ("Police said members of Lashkar-e-Taiba arrested in Delhi had planned the attack.", LET, "Delhi"),
        # the clause after the founders is the splinter's, not theirs
        (
            "The Islamic State Somalia Province, a splinter founded by former al-Shabaab members that is entrenched in Puntland, is growing.",
            "al-Shabaab",
            "Puntland",
        ),
        # the leader was born there; that is not the group's base
        ("JeM, led by Masood Azhar, who was born in Bahawalpur, is banned.", JEM, "Bahawalpur"),
        # a zone named without saying where it stretches
        ("ISIS has regrouped in the Badia, far from Homs and Raqqa.", "Islamic State", "Raqqa"),
        # a place the group attacked, not one it held
        (
            "Villages along the Shabelle river that al-Shabaab attacked last year were shelled.",
            "al-Shabaab",
            "Shabelle",
        ),
        # the checkpoint is the army's; the group only attacked it
        ("ISWAP attacked an army checkpoint in Monguno on Monday.", ISWAP, "Monguno"),
        # a base attacked is not a base taken
        ("The Kachin Independence Army attacked a junta base near Myitkyina on Saturday.", KIA, "Myitkyina"),
        # a group named inside another's apposition is not the subject of the verb after it
        (
            "The Houthis, acting on the orders of Iran and Hezbollah, have turned the Red Sea into a theatre of war.",
            "Hezbollah",
            "Red Sea",
        ),
        # a single attack is not a campaign
        ("AQAP launched an attack on southern forces in Shabwa.", AQAP, "Shabwa"),
    ],
)
def test_leaves_the_near_miss_alone(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)


def test_a_pronoun_group_is_active_in_the_places_that_hold_the_place(extract_text: Extract) -> None:
    reading = extract_text(
        "JNIM has grown fast in the past year. Its fighters now hold Arbinda, a town in Burkina Faso's Soum province."
    )
    assert has_fact(reading, JNIM, "operatesIn", "Arbinda")
    assert has_fact(reading, JNIM, "operatesIn", "Burkina Faso")

"""Where a group is active (operatesIn), eleventh round: more of the ways a text says it, and some it must not read.

Every sentence was written for these tests. Read: one cell of a group "which operates in" a place; the group's
own word for its ground ("says it operates in"); "along the borders of A and B"; "in the hinterlands of X"; its
fighters "using parts of X as a rear base", who "patrol around" a place or "have set up camps in X"; its "armed
squads" concentrated somewhere; "remained active in"; "A as well as in northern B"; "its entrenchment in X"; a
list taken up again by ", and in C" after a clause about the place before; "has been largely suppressed in X";
"one of the main armed groups in X"; "has gained ground" or "made gains in X"; "has infiltrated X"; "a de facto
government in X"; "a growing footprint in X"; "its activities in X"; "bases on the islands of X"; "khwarij of
G, who operate from sanctuaries in X"; "is active in A, security officials say, and has bases in B"; "is now the
de facto government of X"; "the rulers of X"; "G's main base is in X", "G's main areas of operation are A and
B"; "has a presence in A, B and C and has expanded into D"; "is active in A, moving between B and C".

Left alone: the group's men held captive there ("are held in detention facilities in X"); a wish to use events
somewhere ("has sought to exploit the transition in X"), unlike a wish for ground there; a forward post or a
column struck once ("a raid on a Taliban outpost in X", "ambushed an ISWAP convoy near Y"), unlike the standing
positions and checkpoints a blow still shows the group holds; the men of G the object of one blow ("killed two
militants of G in X"); cells wished for ("sought to rebuild G cells in X"). Each phrasing sits beside a near
miss of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

LEJ, AFF, ISSP = "Lashkar-e-Jhangvi", "Afghanistan Freedom Front", "Islamic State Sahel Province"
JNIM, NPA, IS = "Jama'at Nusrat al-Islam wal-Muslimin", "New People's Army", "Islamic State"


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # one cell of the group, and where it works
        (
            "According to police, the Lashkar-e-Jhangvi cell, which operates in Quetta and Mastung, was behind the "
            "shooting.",
            LEJ,
            "Mastung",
        ),
        # the group's own word for its ground
        ("The Afghanistan Freedom Front says it operates in Parwan, Kapisa and Kabul.", AFF, "Kapisa"),
        ("The Taliban say they are active in Parwan.", "Taliban", "Parwan"),
        # along the borders of the places listed
        (
            "The Islamic State Sahel Province operates mainly further north, along the borders of Mali and Niger.",
            ISSP,
            "Niger",
        ),
        # the hinterlands of a place
        (
            "The NPA has waged a rural insurgency since 1969 and remains active in the hinterlands of Samar.",
            NPA,
            "Samar",
        ),
        # its fighters use the place as a base
        (
            "JNIM fighters had been using parts of the Savanes region as a rear base for rest and supplies.",
            JNIM,
            "Savanes Region",
        ),
        # its fighters patrol around the place
        (
            "Fighters of the Tribal Mobilization patrol around Rutba and al-Qaim.",
            "Tribal Mobilization Forces",
            "Rutba",
        ),
        # its armed squads
        (
            "The CPI (Maoist)'s armed squads are concentrated in Jharkhand.",
            "Communist Party of India (Maoist)",
            "Jharkhand",
        ),
        # "remained active", and a list that goes on past "as well as in" and a compass word
        (
            "The UN said ISKP remained active in the eastern provinces of Kunar and Nangarhar as well as in northern "
            "Badakhshan, despite heavy losses.",
            "Islamic State Khorasan Province",
            "Badakhshan",
        ),
        ("JNIM is active in eastern Burkina Faso and northern Benin.", JNIM, "Benin"),
        # the group's entrenchment somewhere
        ("The claim confirmed JNIM's entrenchment in northern Benin.", JNIM, "Benin"),
        # the list taken up again by ", and in" after a clause about the place before
        (
            "ISIS continues to operate in the Badia, where small cells attack security forces, and in parts of Homs.",
            IS,
            "Homs",
        ),
        # weakened where it was active
        (
            "Islamic State Sinai Province has been largely suppressed in North Sinai since 2022.",
            "Islamic State Sinai Province",
            "North Sinai",
        ),
        ("Hasm has been contained in Cairo since 2019.", "Hasm Movement", "Cairo"),
        # one of the main groups there; ground gained; a de facto government; a footprint; its activities
        ("Al-Shabaab is one of the main armed groups in Somalia.", "al-Shabaab", "Somalia"),
        ("JNIM has gained ground in Benin.", JNIM, "Benin"),
        ("JNIM has made gains in northern Benin.", JNIM, "Benin"),
        ("JNIM militants have infiltrated northern Togo.", JNIM, "Togo"),
        ("The Houthis run a de facto government in Sanaa.", "Houthis", "Sanaa"),
        ("JNIM has a growing footprint in Benin.", JNIM, "Benin"),
        ("JNIM's activities in Benin have grown.", JNIM, "Benin"),
        # bases on the islands or shores of a place
        (
            "ISWAP has bases on the islands of Lake Chad.",
            "Islamic State West Africa Province",
            "Lake Chad Basin",
        ),
        ("Al-Shabaab fighters have set up camps in Lower Juba.", "al-Shabaab", "Lower Juba"),
        # Pakistan's army's word for a group's militants
        (
            "The attack was executed by khwarij of the Hafiz Gul Bahadur group, who operate from sanctuaries in "
            "Afghanistan.",
            "Hafiz Gul Bahadur group",
            "Afghanistan",
        ),
        ("Fighters of the Lashkar-e-Jhangvi are based in Quetta.", LEJ, "Quetta"),
        # a reporting aside between two verb phrases of the group
        (
            "ISWAP is active in Borno, security officials say, and has bases on the islands of Lake Chad.",
            "Islamic State West Africa Province",
            "Lake Chad Basin",
        ),
        # the group rules the place
        ("HTS is now the de facto government of Syria.", "Hayat Tahrir al-Sham", "Syria"),
        ("The Taliban, the rulers of Afghanistan, denied it.", "Taliban", "Afghanistan"),
        ("The Houthis, the de facto authorities in Sanaa, denied it.", "Houthis", "Sanaa"),
        # the owner's ground said with a copula
        ("JNIM's main areas of operation are central Mali and northern Burkina Faso.", JNIM, "Burkina Faso"),
        ("ISKP's main base is in Nangarhar.", "Islamic State Khorasan Province", "Nangarhar"),
        ("JNIM's operations are concentrated in central Mali.", JNIM, "Mali"),
        # the subject's next verb phrase after a list of places
        (
            "JNIM has a presence in Mali, Burkina Faso and Niger and has expanded into Benin and Togo.",
            JNIM,
            "Togo",
        ),
        (
            "The New IRA is most active in Derry, Strabane and parts of north Belfast, security sources say, and has a "
            "small presence in County Donegal across the border.",
            "New IRA",
            "County Donegal",
        ),
        # where its men move, after the place where it is active
        ("Al-Shabaab is active in Lower Juba, moving between Jilib and Jamaame.", "al-Shabaab", "Jamaame"),
        # the near misses of the guards below, still read
        (
            "NTJ cells in the Eastern Province remain active.",
            "National Thowheeth Jama'ath",
            "Eastern Province",
        ),
        ("More than 9,000 Islamic State fighters are hiding in the deserts of Hasakah.", IS, "Hasakah"),
        ("The Islamic State has sought to establish a caliphate in Syria.", IS, "Syria"),
        ("Taliban outposts in Khinj control the road.", "Taliban", "Khinj"),
        ("Turkish jets hit suspected PKK positions in northern Iraq.", "Kurdistan Workers' Party", "Iraq"),
        (
            "Gunmen attacked an SDF checkpoint in the countryside of Raqqa on Monday.",
            "Syrian Democratic Forces",
            "Raqqa",
        ),
    ],
)
def test_reads_where_the_group_is_active(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # a cell's one blow, not its ground
        (
            "Police said a Lashkar-e-Jhangvi cell, which attacked a bus in Quetta, had been dismantled.",
            LEJ,
            "Quetta",
        ),
        # the group's word for one attack
        ("The Afghanistan Freedom Front says it attacked a Taliban convoy in Parwan.", AFF, "Parwan"),
        # a meeting on the borders, not the group's ground
        (
            "Officials discussed the Islamic State Sahel Province at a meeting on the borders of Mali and Niger.",
            ISSP,
            "Mali",
        ),
        # a former member's life, not the group's
        ("The NPA's former spokesman now sells rice in the hinterlands of Samar.", NPA, "Samar"),
        # what its fighters used, bought elsewhere
        ("JNIM fighters had been using motorbikes bought in the Savanes region.", JNIM, "Savanes Region"),
        # another force patrols
        (
            "Iraqi army units patrol around Rutba, where the Tribal Mobilization was defeated.",
            "Tribal Mobilization Forces",
            "Rutba",
        ),
        # silent, not active
        (
            "The UN said ISKP remained silent about the bombing in Kunar.",
            "Islamic State Khorasan Province",
            "Kunar",
        ),
        # a place after "while", another clause
        ("JNIM is active in Burkina Faso, while northern Benin has seen no attacks.", JNIM, "Benin"),
        # a second clause without the preposition again
        (
            "ISIS is active in the Badia, where soldiers are based, and a convoy was attacked in Homs.",
            IS,
            "Homs",
        ),
        # another body is based there
        ("Hasm was suppressed by the army, which is based in Cairo.", "Hasm Movement", "Cairo"),
        # the same words about something else
        ("Al-Shabaab is one of the main subjects of a report published in Nairobi.", "al-Shabaab", "Nairobi"),
        ("The army has gained ground against JNIM in Benin.", JNIM, "Benin"),
        ("JNIM militants had infiltrated from Burkina Faso, officials in Togo said.", JNIM, "Togo"),
        ("The Houthis oppose the de facto government in Aden.", "Houthis", "Aden"),
        ("JNIM has a growing footprint, officials in Benin said.", JNIM, "Benin"),
        ("JNIM's activities worry officials in Benin.", JNIM, "Benin"),
        (
            "ISWAP attacked bases on the islands of Lake Chad.",
            "Islamic State West Africa Province",
            "Lake Chad Basin",
        ),
        # "<men> of G" as the object of one blow
        ("Soldiers killed two militants of the Lashkar-e-Jhangvi in Mastung district.", LEJ, "Mastung"),
        ("Police arrested five members of the Lashkar-e-Jhangvi in Quetta on Monday.", LEJ, "Quetta"),
        # after the aside, another subject
        (
            "ISWAP is active in Borno, officials say, and a convoy was attacked near Lake Chad.",
            "Islamic State West Africa Province",
            "Lake Chad Basin",
        ),
        # cells wished for, not cells there
        (
            "Police arrested five men who had sought to rebuild NTJ cells in the Eastern Province.",
            "National Thowheeth Jama'ath",
            "Eastern Province",
        ),
        # another's government, or a denial
        ("HTS called for the government of Syria to resign.", "Hayat Tahrir al-Sham", "Syria"),
        ("The Taliban is not the government of Afghanistan, the UN said.", "Taliban", "Afghanistan"),
        ("The Taliban met the rulers of Qatar in Doha.", "Taliban", "Qatar"),
        # the base named, but not where it is
        ("ISWAP's base is a target for the army in Borno.", "Islamic State West Africa Province", "Borno"),
        ("ISKP's base was destroyed in Nangarhar.", "Islamic State Khorasan Province", "Nangarhar"),
        # the next verb phrase is not about ground, or is another group's
        ("JNIM has a presence in Mali and Niger and has condemned the coup in Benin.", JNIM, "Benin"),
        ("JNIM has a presence in Mali and Niger and ISWAP has expanded into Benin.", JNIM, "Benin"),
        # moving on after one blow
        (
            "Al-Shabaab attacked a base in Lower Juba, moving between Jilib and Jamaame.",
            "al-Shabaab",
            "Jilib",
        ),
        # its men held captive
        (
            "More than 9,000 Islamic State fighters are held in detention facilities in Hasakah.",
            IS,
            "Hasakah",
        ),
        ("Hundreds of Islamic State members remain jailed in prisons in Hasakah.", IS, "Hasakah"),
        # a wish to use events there
        ("The Islamic State has sought to exploit the transition in Damascus.", IS, "Damascus"),
        # a forward post or a column struck once
        ("The NRF claimed a raid on a Taliban outpost in Khinj.", "Taliban", "Khinj"),
        ("Soldiers ambushed an ISWAP convoy near Monguno.", "Islamic State West Africa Province", "Monguno"),
    ],
)
def test_near_misses_are_left_alone(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)

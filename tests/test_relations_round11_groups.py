"""Relations between groups, eleventh round: parts, origins, ties and enmities in the phrasings a new blind set used.

A group "formally part of" another; a headquarters "under" its command; "a front of" a parent; a faction of a
"banned" parent; the relative clause after "the X faction of Y" being the faction's; a group's men "working in
collusion with" another, and a militia that "has itself allied with" one; a body's own "Team"; a group formed
"through the merger of" others, or "when a group of Y members broke away" (and what they then pledged); the "last
remnant" of a group; a siege led "together with" another; a group that "said its fighters ambushed" another's
patrol, or "claimed a raid on" its outpost; a group that joined a coalition "alongside" another; a force "that
absorbed" another's men inside an apposition; a group "described as one of its battalions"; a coalition "that
fought" a group; a "component" or a "political wing" named by its parent; a force a body "set up"; "Y, its media
arm", and "its" media arm after a subject a compound opens; a group that "emerged when" another pledged itself and
rebranded; "the umbrella X, which includes Y", "fighters from X, including Y" and "X's Y Brigades"; the ally "the
IRGC's Quds Force" names (the force, not its owner); "X and Y fighters clashed"; what an accusation says a group did
("accused X of fighting alongside Y"); and a tie the other side denies. Each phrasing sits beside a near miss it
must leave alone. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

TTP, KSS = "Tehrik-i-Taliban Pakistan", "Kata'ib Sayyid al-Shuhada"
PMF, JNIM = "Popular Mobilization Forces", "Jama'at Nusrat al-Islam wal-Muslimin"
CJTF, CENTCOM = "Combined Joint Task Force – Operation Inherent Resolve", "United States Central Command"
BIFF, IS = "Bangsamoro Islamic Freedom Fighters", "Islamic State"
MPCP, CPC = "Militarized Communist Party of Peru", "Coalition of Patriots for Change"
UPC, R3 = "Union for Peace in the Central African Republic", "Retour, Réclamation et Réhabilitation"
AFRICA_CORPS, ISS = "Africa Corps (Russia)", "Islamic State Somalia Province"
MONITORS, UNSC = "Analytical Support and Sanctions Monitoring Team", "United Nations Security Council"


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        # an adverb before "part of"
        (f"{KSS} is formally part of the {PMF}.", KSS, "affiliateOf", PMF),
        # a headquarters under its command
        (
            "Combined Joint Task Force - Operation Inherent Resolve, the coalition headquarters under CENTCOM, "
            "reported 20 raids.",
            CJTF,
            "affiliateOf",
            CENTCOM,
        ),
        # "a front of" a parent, in a relative clause
        (
            "Tehreek-e-Jihad Pakistan, which is a front of the Tehrik-i-Taliban Pakistan, claimed the attack.",
            "Tehreek-e-Jihad Pakistan",
            "affiliateOf",
            TTP,
        ),
        # a faction of a banned parent
        (
            "Jamaat-ul-Ahrar, a faction of the banned Tehrik-i-Taliban Pakistan, claimed the blast.",
            "Jamaat-ul-Ahrar",
            "affiliateOf",
            TTP,
        ),
        # the relative clause after "the X faction of Y" is the faction's
        (
            f"The general blamed the Karialan faction of the {BIFF}, which has pledged allegiance to the Islamic "
            "State.",
            "Karialan faction",
            "alliedWith",
            IS,
        ),
        # a group's men "who ... and have been working in collusion with" another
        (
            "Fighters of the Hafiz Gul Bahadur group, who hide in Afghanistan and have been working in collusion "
            "with the TTP, attacked the post.",
            "Hafiz Gul Bahadur group",
            "alliedWith",
            TTP,
        ),
        # a militia in apposition that "has itself allied with" another
        (
            "The Wazalendo, a militia that has itself allied with the FDLR, holds the hills.",
            "Wazalendo",
            "alliedWith",
            "Democratic Forces for the Liberation of Rwanda",
        ),
        (
            "Investigators found that the army had operated with the Wazalendo, a loose coalition of militias "
            "that has itself allied with the FDLR.",
            "Wazalendo",
            "alliedWith",
            "Democratic Forces for the Liberation of Rwanda",
        ),
        # a body's own team
        (
            "The UN Security Council's Analytical Support and Sanctions Monitoring Team published a report.",
            MONITORS,
            "affiliateOf",
            UNSC,
        ),
        # formed through a merger: every party to it
        (
            f"{JNIM} was formed in 2017 through the merger of Ansar Dine (AD) and al-Mourabitoun.",
            JNIM,
            "formedFrom",
            "Ansar Dine",
        ),
        (
            f"{JNIM} was formed in 2017 through the merger of Ansar Dine (AD) and al-Mourabitoun.",
            JNIM,
            "formedFrom",
            "al-Mourabitoun",
        ),
        # formed when a group of another's members broke away, and what they pledged
        (
            "Jamaat-ul-Ahrar emerged in 2014 when a group of TTP commanders led by Omar Khalid Khorasani broke away.",
            "Jamaat-ul-Ahrar",
            "formedFrom",
            TTP,
        ),
        (
            "Jamaat-ul-Ahrar emerged in 2014 when a group of TTP commanders broke away and pledged allegiance to "
            "the Islamic State.",
            "Jamaat-ul-Ahrar",
            "alliedWith",
            IS,
        ),
        # the last remnant of a group came from it
        ("The MPCP is the last armed remnant of the Shining Path.", MPCP, "formedFrom", "Shining Path"),
        # a siege led together with another
        (
            "The Maute group led the siege of Marawi in 2017 together with Abu Sayyaf fighters.",
            "Maute group",
            "alliedWith",
            "Abu Sayyaf Group",
        ),
        # what a group says its fighters did to another's patrol, or the raid it claimed on another's outpost
        (
            "Al-Shabaab said its fighters ambushed an ISIS-Somalia patrol near Bosaso.",
            "al-Shabaab",
            "rivalOf",
            ISS,
        ),
        (
            "Hayat Tahrir al-Sham claimed an overnight raid on a Hurras al-Din outpost in Idlib.",
            "Hayat Tahrir al-Sham",
            "rivalOf",
            "Hurras al-Din",
        ),
        # joined a coalition alongside another: both are members, and allies
        (
            f"In 2020 the 3R joined the {CPC}, an alliance of rebel groups, alongside the {UPC}.",
            UPC,
            "affiliateOf",
            CPC,
        ),
        (
            f"In 2020 the 3R joined the {CPC}, an alliance of rebel groups, alongside the {UPC}.",
            R3,
            "alliedWith",
            UPC,
        ),
        # a force in apposition "that absorbed" another's men
        (
            "The Africa Corps, a force controlled by the Russian Defence Ministry that absorbed many of the Wagner "
            "Group's men, is in Mali.",
            AFRICA_CORPS,
            "formedFrom",
            "Wagner Group",
        ),
        # described by the subject as one of its own battalions
        (
            "The al-Quds Brigades later described the Jenin Brigade, also known as Katibat Jenin, as one of its "
            "battalions.",
            "Jenin Brigade",
            "affiliateOf",
            "al-Quds Brigades",
        ),
        # a coalition "that fought" a group, in apposition
        (
            f"Kataib Hezbollah is part of the {PMF} (PMF), the state-sanctioned coalition of mostly Shi'ite armed "
            "groups that fought Islamic State.",
            PMF,
            "rivalOf",
            IS,
        ),
        # a tie stated and not disowned
        (
            "Cairo describes Hasm as the armed wing of the Muslim Brotherhood, which Egypt outlawed in 2013.",
            "Hasm Movement",
            "affiliateOf",
            "Muslim Brotherhood",
        ),
        # a component named by its parent
        (
            "Sunni fighters of the Tribal Mobilization, a PMF component recruited in Anbar, patrol around Rutba.",
            "Tribal Mobilization Forces",
            "affiliateOf",
            PMF,
        ),
        # described by someone as a parent's wing
        (
            "Police have long described Saoradh, a small republican party, as the New IRA's political wing.",
            "Saoradh",
            "affiliateOf",
            "New IRA",
        ),
        # three words before the kind noun of a force "under" its ministry
        (
            "The Assam Rifles, a central armed police force under the Union Ministry of Home Affairs, guards the "
            "border.",
            "Assam Rifles",
            "affiliateOf",
            "Union Ministry of Home Affairs",
        ),
        # a successor with an adjective
        (
            "The National Socialist Order, the American successor to Atomwaffen Division, grew.",
            "National Socialist Order",
            "formedFrom",
            "Atomwaffen Division",
        ),
        # a force a body set up
        (
            "Chad hosts the Multinational Joint Task Force (MNJTF), a regional force set up by the Lake Chad Basin "
            "Commission.",
            "Multinational Joint Task Force",
            "affiliateOf",
            "Lake Chad Basin Commission",
        ),
        # "Y, its media arm": the subject's own
        (
            "JNIM claimed the attack the same evening through az-Zallaqa, its media arm, publishing photographs.",
            "al-Zallaqa Media",
            "affiliateOf",
            JNIM,
        ),
        # a group formed when another pledged itself to a new parent and renamed itself
        (
            "Islamic State Sinai Province emerged in November 2014, when Ansar Bait al-Maqdis, a Sinai-based "
            "jihadist group, pledged allegiance to Abu Bakr al-Baghdadi and rebranded as a province.",
            "Islamic State Sinai Province",
            "formedFrom",
            "Ansar Bait al-Maqdis",
        ),
        # what an accusation says a group did
        (
            "Kabul has accused the TTP of fighting alongside the Afghan Taliban.",
            TTP,
            "alliedWith",
            "Taliban",
        ),
        (
            "Rights groups have accused the Arakan Rohingya Salvation Army (ARSA) of fighting the Arakan Army.",
            "Arakan Rohingya Salvation Army",
            "rivalOf",
            "Arakan Army",
        ),
        # "its" after a subject that a compound opens ("the al Qaeda-linked group X") is the subject's
        (
            "The al Qaeda-linked group JNIM claimed the raid, saying in a statement released by its az-Zallaqa media "
            "arm that its fighters had killed dozens.",
            "al-Zallaqa Media",
            "affiliateOf",
            JNIM,
        ),
        # "the umbrella X, which includes Y"; "fighters from X, including Y"
        (
            "The umbrella Islamic Resistance in Iraq, which includes Kata'ib Hezbollah, claimed the drone attack.",
            "Kata'ib Hezbollah",
            "affiliateOf",
            "Islamic Resistance in Iraq",
        ),
        (
            f"Fighters from the {CPC}, including the 3R, attacked the town.",
            R3,
            "affiliateOf",
            CPC,
        ),
        # a group's own brigades
        (
            "Hamas's Izz ad-Din al-Qassam Brigades fired rockets.",
            "Izz ad-Din al-Qassam Brigades",
            "affiliateOf",
            "Hamas",
        ),
        # the ally a possessive names is the possessed force, not its owner
        (
            "Kata'ib Hezbollah is backed by the IRGC's Quds Force.",
            "Kata'ib Hezbollah",
            "alliedWith",
            "Quds Force",
        ),
        # two groups' fighters that clashed
        (
            "ISGS and JNIM fighters clashed near Menaka on Sunday.",
            "Islamic State Sahel Province",
            "rivalOf",
            JNIM,
        ),
    ],
)
def test_reads_the_relation(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    assert has_fact(extract_text(text), s, p, o)


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        (f"{KSS} formally left the {PMF} in 2019.", KSS, "affiliateOf", PMF),
        (
            "Combined Joint Task Force - Operation Inherent Resolve, the coalition headquarters, briefed CENTCOM on "
            "Monday.",
            CJTF,
            "affiliateOf",
            CENTCOM,
        ),
        # the front of a column is no front group
        (
            "Tehreek-e-Jihad Pakistan gunmen rode at the front of the Tehrik-i-Taliban Pakistan column.",
            "Tehreek-e-Jihad Pakistan",
            "affiliateOf",
            TTP,
        ),
        (
            "Jamaat-ul-Ahrar fought a faction of the banned Tehrik-i-Taliban Pakistan.",
            "Jamaat-ul-Ahrar",
            "affiliateOf",
            TTP,
        ),
        # the pledge is the faction's, not the parent's
        (
            f"The general blamed the Karialan faction of the {BIFF}, which has pledged allegiance to the Islamic "
            "State.",
            BIFF,
            "alliedWith",
            IS,
        ),
        # the one who blamed a faction is not part of its parent
        (
            f"Antonio Nafarrete, commander of the 6th Infantry Division, blamed the Karialan faction of the {BIFF}.",
            "6th Infantry Division",
            "affiliateOf",
            BIFF,
        ),
        (
            "Fighters of the Hafiz Gul Bahadur group, who hide in Afghanistan and have denied working in collusion "
            "with the TTP, attacked the post.",
            "Hafiz Gul Bahadur group",
            "alliedWith",
            TTP,
        ),
        (
            "The UN Security Council chair met the Analytical Support and Sanctions Monitoring Team.",
            MONITORS,
            "affiliateOf",
            UNSC,
        ),
        (
            f"{JNIM} was formed in 2017, and talks on a merger with Ansar Dine failed.",
            JNIM,
            "formedFrom",
            "Ansar Dine",
        ),
        (
            "Jamaat-ul-Ahrar emerged in 2014 when a group of TTP commanders met in Kunar.",
            "Jamaat-ul-Ahrar",
            "formedFrom",
            TTP,
        ),
        # the pledge is the new group's, not the old one's
        (
            "Jamaat-ul-Ahrar emerged in 2014 when a group of TTP commanders broke away and pledged allegiance to "
            "the Islamic State.",
            TTP,
            "alliedWith",
            IS,
        ),
        ("The MPCP hunted the last armed remnants of the Shining Path.", MPCP, "formedFrom", "Shining Path"),
        (
            "The Maute group led the siege of Marawi in 2017, and Abu Sayyaf fighters later fled.",
            "Maute group",
            "alliedWith",
            "Abu Sayyaf Group",
        ),
        (
            "Al-Shabaab said its fighters ambushed an army patrol near Bosaso, where ISIS-Somalia is active.",
            "al-Shabaab",
            "rivalOf",
            ISS,
        ),
        (
            "Hayat Tahrir al-Sham claimed an overnight raid on a police outpost in Idlib, where Hurras al-Din is "
            "active.",
            "Hayat Tahrir al-Sham",
            "rivalOf",
            "Hurras al-Din",
        ),
        (
            f"In 2020 the 3R joined the {CPC}, and the {UPC} stayed out.",
            UPC,
            "affiliateOf",
            CPC,
        ),
        (
            "The Africa Corps, a force controlled by the Russian Defence Ministry that fought the Wagner Group's "
            "men, is in Mali.",
            AFRICA_CORPS,
            "formedFrom",
            "Wagner Group",
        ),
        (
            "The al-Quds Brigades later described the Jenin Brigade as one of its rivals.",
            "Jenin Brigade",
            "affiliateOf",
            "al-Quds Brigades",
        ),
        # a tie the other side denies is not stated as fact
        (
            "Cairo describes Hasm as the armed wing of the Muslim Brotherhood, which the Brotherhood denies.",
            "Hasm Movement",
            "affiliateOf",
            "Muslim Brotherhood",
        ),
        (
            "Sunni fighters of the Tribal Mobilization, a rival of a PMF component, patrol around Rutba.",
            "Tribal Mobilization Forces",
            "affiliateOf",
            PMF,
        ),
        (
            "Police have long described Saoradh, a small republican party, as the New IRA's fiercest critic.",
            "Saoradh",
            "affiliateOf",
            "New IRA",
        ),
        (
            "The Assam Rifles, a central armed police force, met officials of the Union Ministry of Home Affairs.",
            "Assam Rifles",
            "affiliateOf",
            "Union Ministry of Home Affairs",
        ),
        (
            "The National Socialist Order, the American rival to Atomwaffen Division, grew.",
            "National Socialist Order",
            "formedFrom",
            "Atomwaffen Division",
        ),
        (
            "Chad hosts the Multinational Joint Task Force (MNJTF), a regional force set up to fight Boko Haram, "
            "with help from the Lake Chad Basin Commission.",
            "Multinational Joint Task Force",
            "affiliateOf",
            "Lake Chad Basin Commission",
        ),
        # "its" is the nearer subject's, not the first group's
        (
            "JNIM attacked a post after Ansar Dine released a video through az-Zallaqa, its media arm.",
            "al-Zallaqa Media",
            "affiliateOf",
            JNIM,
        ),
        (
            "Islamic State Sinai Province emerged in November 2014, when Ansar Bait al-Maqdis, a Sinai-based "
            "jihadist group, attacked a checkpoint.",
            "Islamic State Sinai Province",
            "formedFrom",
            "Ansar Bait al-Maqdis",
        ),
        (
            "The army accused the Arakan Army of killing civilians while the Arakan Rohingya Salvation Army "
            "watched.",
            "Arakan Army",
            "rivalOf",
            "Arakan Rohingya Salvation Army",
        ),
        (
            "The army accused the Arakan Army of killing civilians while the Arakan Rohingya Salvation Army "
            "watched.",
            "Arakan Army",
            "alliedWith",
            "Arakan Rohingya Salvation Army",
        ),
        (
            "The al Qaeda-linked group JNIM claimed the raid, and Ansar Dine said in a statement released by its "
            "az-Zallaqa media arm that its fighters had killed dozens.",
            "al-Zallaqa Media",
            "affiliateOf",
            JNIM,
        ),
        (
            "The umbrella Islamic Resistance in Iraq, which attacked Kata'ib Hezbollah, claimed the drone attack.",
            "Kata'ib Hezbollah",
            "affiliateOf",
            "Islamic Resistance in Iraq",
        ),
        (
            f"Fighters from the {CPC} attacked the town, including a 3R base.",
            R3,
            "affiliateOf",
            CPC,
        ),
        (
            f"Armed groups, including the 3R and the {CPC}, attacked the town.",
            R3,
            "affiliateOf",
            CPC,
        ),
        (
            "Kata'ib Hezbollah is backed by the IRGC's Quds Force.",
            "Kata'ib Hezbollah",
            "alliedWith",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "ISGS and JNIM fighters clashed with the army near Menaka on Sunday.",
            "Islamic State Sahel Province",
            "rivalOf",
            JNIM,
        ),
    ],
)
def test_leaves_the_near_miss_alone(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, p, o)

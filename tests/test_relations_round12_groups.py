"""Relations between groups, twelfth round: umbrellas and their members, unions, successors, splinters and outlets.

"Y, the umbrella body that includes X" and "Y is the umbrella organisation of X"; "Y, the force whose backbone is
X"; "X's fighters are formally enrolled in Y"; "X, the most powerful faction in Y"; "Y counts X among its members";
"X was formed when A and B joined forces" (and A and B are allies); "founded by the armed movements of Y" and "a
militia founded by cadres trained in Y camps"; "the largest of the dissident factions that rejected the peace deal
with Y"; "the rival Y, a breakaway outfit"; a force "that absorbed many of its former contractors" and "most of its
contractors have been absorbed into X"; "the Y-aligned insurgency"; "the youth league of Burundi's ruling Y"; "the
group's radio station" named before the group that speaks; a unit "of the transitional government's" ministry;
"coordinates operations with the smaller Y"; "a Y police force"; "made up of fighters who broke away from Y". Each
phrasing sits beside a near miss it must leave alone: a body that describes a group as another's affiliate is not
that affiliate, and a group a compound names ("the al-Qaeda-linked group") is not the group meant. Every sentence was
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import facts, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

PKK, KCK = "Kurdistan Workers' Party", "Kurdistan Communities Union"
JNIM, KH = "Jama'at Nusrat al-Islam wal-Muslimin", "Kata'ib Hezbollah"
PMF, IRI = "Popular Mobilization Forces", "Islamic Resistance in Iraq"
YPG, SDF = "People's Protection Units", "Syrian Democratic Forces"
AFRICA_CORPS, CPI_MAOIST = "Africa Corps (Russia)", "Communist Party of India (Maoist)"
PLFI = "People's Liberation Front of India"


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        # an umbrella named in the apposition, then what it includes
        (
            f"Fighters led by a co-chair of the {KCK} (KCK), the umbrella body that includes the PKK, laid down "
            "their weapons.",
            PKK,
            "affiliateOf",
            KCK,
        ),
        # "is the umbrella organisation of"
        (f"The {KCK} is the umbrella organisation of the PKK.", PKK, "affiliateOf", KCK),
        # "whose backbone is" after an apposition
        (
            f"The debate is over the {SDF} (SDF), the Kurdish-led force whose backbone is the {YPG} (YPG) and "
            "which holds Raqqa.",
            YPG,
            "affiliateOf",
            SDF,
        ),
        # a group's fighters enrolled in a whole
        (
            f"{KH}'s fighters are formally enrolled in the {PMF}, the state-funded umbrella.",
            KH,
            "affiliateOf",
            PMF,
        ),
        # a faction "in" an umbrella
        (f"{KH}, the most powerful faction in the {IRI}, did not comment.", KH, "affiliateOf", IRI),
        # "counts X among its members", with "it" the sentence's subject
        (
            "Viv Ansanm was formed in 2023 by gang leaders, and it now counts Kraze Baryè among its members.",
            "Kraze Baryè",
            "affiliateOf",
            "Viv Ansanm",
        ),
        (f"{JNIM} now counts Ansar Dine among its members.", "Ansar Dine", "affiliateOf", JNIM),
        # a union of several groups: each is a source
        (
            f"{JNIM} was formed in 2017 when Ansar Dine, al-Mourabitoun and Katiba Macina merged.",
            JNIM,
            "formedFrom",
            "al-Mourabitoun",
        ),
        (
            f"{JNIM} was formed in 2017 when Ansar Dine, al-Mourabitoun and Katiba Macina merged.",
            JNIM,
            "formedFrom",
            "Katiba Macina",
        ),
        # two groups that joined forces are allies
        (
            "Ansar Dine and al-Mourabitoun joined forces in 2017.",
            "Ansar Dine",
            "alliedWith",
            "al-Mourabitoun",
        ),
        # founded by another's armed movements
        (
            "The Azawad Liberation Front was founded in November 2024 by the armed movements of the Strategic "
            "Framework for the Defence of the People of Azawad.",
            "Azawad Liberation Front",
            "formedFrom",
            "Strategic Framework for the Defence of the People of Azawad",
        ),
        # founded by cadres trained in another's camps
        (
            f"The alliance is spearheaded by the {YPG} (YPG), a militia founded by cadres trained in PKK camps.",
            YPG,
            "formedFrom",
            PKK,
        ),
        # the dissidents that rejected a deal with their parent
        (
            "The attack was carried out by the Estado Mayor Central (EMC), the largest of the dissident factions "
            "that rejected the 2016 peace deal with the Revolutionary Armed Forces of Colombia (FARC).",
            "Estado Mayor Central",
            "formedFrom",
            "Revolutionary Armed Forces of Colombia",
        ),
        # a rival named as "a breakaway outfit" broke away from the group it rivals
        (
            f"In Jharkhand the CPI (Maoist) also competes with the {PLFI} (PLFI), a breakaway outfit whose cadres "
            "extort traders.",
            PLFI,
            "formedFrom",
            CPI_MAOIST,
        ),
        # a successor that absorbed the men of the group "its" stands for
        (
            "Wagner announced its withdrawal from Mali in June; its role has been taken over by the Africa Corps, "
            "a force controlled by Russia's Ministry of Defence that absorbed many of its former contractors.",
            AFRICA_CORPS,
            "formedFrom",
            "Wagner",
        ),
        (
            "Many of Wagner's fighters were absorbed into the Africa Corps.",
            AFRICA_CORPS,
            "formedFrom",
            "Wagner Group",
        ),
        # a compound tie before an "insurgency"
        (
            "Dagestan was the heartland of the Caucasus Emirate, the al-Qaeda-aligned insurgency whose commanders "
            "defected.",
            "Caucasus Emirate",
            "alliedWith",
            "al-Qaeda",
        ),
        # a youth league of a country's ruling party
        (
            "Members of the Imbonerakure, the youth league of Burundi's ruling CNDD-FDD party, were seen.",
            "Imbonerakure",
            "affiliateOf",
            "CNDD-FDD",
        ),
        # "the group's radio station" named before the group that speaks
        (
            "In a statement broadcast on Radio Andalus, the group's radio station, al-Shabaab claimed the attack.",
            "Radio Andalus",
            "affiliateOf",
            "al-Shabaab",
        ),
        # a service of a ministry named through its government
        (
            "The checkpoint, manned by the General Security Service (GSS) of the transitional government's Interior "
            "Ministry, guards the road.",
            "General Security Service",
            "affiliateOf",
            "Interior Ministry",
        ),
        # made up of fighters who broke away from a parent
        (
            "The Mahmuda group is made up of fighters who broke away from Boko Haram, and it kidnaps travellers.",
            "Mahmuda",
            "formedFrom",
            "Boko Haram",
        ),
        # a body's own force named as "a Y force"
        (
            "Maoists killed eight personnel of the District Reserve Guard (DRG), a Chhattisgarh Police force made "
            "up largely of local recruits.",
            "District Reserve Guard",
            "affiliateOf",
            "Chhattisgarh Police",
        ),
        # a compound only qualifies the group meant: "the al-Qaeda-linked group" is not al-Qaeda
        (
            "Islamic State Somalia Province broke away from the al-Qaeda-linked al-Shabaab in 2015.",
            "Islamic State Somalia Province",
            "formedFrom",
            "al-Shabaab",
        ),
        # coordinated operations with a smaller group
        (
            "The BLA increasingly coordinates operations with the smaller Baloch Liberation Front (BLF).",
            "Balochistan Liberation Army",
            "alliedWith",
            "Balochistan Liberation Front",
        ),
    ],
)
def test_round12_group_relations(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    extraction = extract_text(text)
    assert has_fact(extraction, s, p, o), sorted(facts(extraction))


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        # a body that describes a group as an affiliate is not the affiliate
        (
            "The Nigerian Army has described the group as an affiliate of the Islamic State Sahel Province.",
            "Nigerian Army",
            "affiliateOf",
            "Islamic State Sahel Province",
        ),
        (
            "Al-Shabaab, which the UN describes as the Somali branch of al-Qaeda, claimed the attack.",
            "United Nations",
            "affiliateOf",
            "al-Qaeda",
        ),
        # the group a compound names only qualifies the one meant
        (
            "The feud has simmered since Islamic State Somalia Province broke away from the al-Qaeda-linked group.",
            "Islamic State Somalia Province",
            "formedFrom",
            "al-Qaeda",
        ),
        # men who only admire a group did not come from it
        ("Ansaru is made up of fighters who admire Boko Haram.", "Ansaru", "formedFrom", "Boko Haram"),
        # a breakaway faction "of" a third group did not break from the rival
        (
            "Hamas fights the Palestinian Islamic Jihad, a breakaway faction of the Muslim Brotherhood.",
            "Palestinian Islamic Jihad",
            "formedFrom",
            "Hamas",
        ),
        # trained by a patron is not formed from it
        (
            f"The {YPG}, a militia founded by cadres trained by the Islamic Revolutionary Guard Corps, fought on.",
            YPG,
            "formedFrom",
            "Islamic Revolutionary Guard Corps",
        ),
        # merged groups are not allies of one another by "joined forces" with a third party named after them
        (
            "Ansar Dine and al-Mourabitoun fought the army in 2016.",
            "Ansar Dine",
            "alliedWith",
            "al-Mourabitoun",
        ),
    ],
)
def test_round12_group_relations_left_alone(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    extraction = extract_text(text)
    assert not has_fact(extraction, s, p, o), sorted(facts(extraction))

"""Where a group is active (operatesIn), tenth round: more of the ways a text says it.

Every sentence was written for these tests. Markdown emphasis around a place ("across **Bannu**") is not a
word between the group and it; "draws most of its support from A and the districts of B and C, as well as from
D" (support drawn from places, a list that goes on past a kind word and past "as well as"); "recruits mainly
from"; a named stretch of a place ("the Birnin Gwari axis of Kaduna State"); a country named by its
nationality word before "waters" or "shores", two such words joined ("both the Nigerian and the Cameroonian
waters"); a sentence opened by "Across the border, in X,"; "retains a presence in the desert between A and
B, as well as in C"; the subject of a campaign of fighting ("have in turn fought G in several villages of
X"); "a group from X"; "is the Islamic State's largest affiliate in X"; "are fighting for control of X";
"has imposed a blockade on X"; "is known to operate in X"; "is believed to have cells in X"; "whose
leadership is based in X"; "a G unit operating in X"; "controls large parts of the countryside in X"; "commands
most of the fighters in the provinces of A and B"; "X, where both A and B are based"; "where A and B fighters
compete for territory"; ", including the towns of A and B"; "formed in X". Each phrasing sits beside a near
miss it must leave alone.
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
TTP, BLF, ISSP = "Tehrik-i-Taliban Pakistan", "Balochistan Liberation Front", "Islamic State Sahel Province"
ANSARUL, AWD, ISKP = "Ansarul Islam", "Atomwaffen Division", "Islamic State Khorasan Province"
NRM, KIA = "Nordic Resistance Movement", "Kachin Independence Army"


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # Markdown emphasis around the place
        (
            "- The TTP, which is led by Noor Wali Mehsud, has waged an insurgency across **Bannu**.",
            TTP,
            "Bannu",
        ),
        ("The ADF has long operated in **Ituri** and *Beni*.", ADF, "Beni"),
        # support drawn from places, and the list that follows
        (
            "The BLF draws most of its support from Turbat and the districts of Gwadar and Lasbela.",
            BLF,
            "Turbat",
        ),
        (
            "The BLF draws most of its support from Turbat and the districts of Gwadar and Lasbela.",
            BLF,
            "Gwadar",
        ),
        (
            "The BLF draws most of its support from Turbat and the districts of Gwadar and Lasbela.",
            BLF,
            "Lasbela",
        ),
        (
            "The ADF, headed by Seka Musa Baluku, draws much of its support from Beni, as well as from Lubero.",
            ADF,
            "Lubero",
        ),
        ("ISKP has cells in Kunar and Nangarhar provinces and in the city of Kabul.", ISKP, "Kabul"),
        ("ISKP is active in the provinces of Kunar and Nangarhar, as well as in Kabul.", ISKP, "Kabul"),
        ("JNIM holds ground in the Mopti region, as well as around Timbuktu and Gao.", JNIM, "Gao"),
        ("Al-Shabaab recruits heavily from the Kenyan border towns.", "al-Shabaab", "Kenya"),
        ("ISWAP recruits mainly from the fishing communities of Borno.", ISWAP, "Borno"),
        # a named stretch of a place
        (
            "Ansaru has rebuilt its presence in the Funtua axis of Katsina State and the Kauru area of Kaduna State.",
            "Ansaru",
            "Katsina State",
        ),
        (
            "Ansaru has rebuilt its presence in the Funtua axis of Katsina State and the Kauru area of Kaduna State.",
            "Ansaru",
            "Kaduna State",
        ),
        ("JNIM is active in the Gourma corridor of Mali.", JNIM, "Mali"),
        # a country named by its nationality word before waters or shores
        ("ISWAP has pushed further west, into Nigerien waters.", ISWAP, "Niger"),
        ("ISWAP holds islands in both the Chadian and the Cameroonian waters of the lake.", ISWAP, "Chad"),
        (
            "ISWAP holds islands in both the Chadian and the Cameroonian waters of the lake.",
            ISWAP,
            "Cameroon",
        ),
        ("JNIM is stronger on the Malian and Burkinabe side of the border.", JNIM, "Burkina Faso"),
        ("ISWAP is stronger on the Nigerian and Cameroonian shores.", ISWAP, "Cameroon"),
        # the parent's largest part in a place
        ("ISKP is the Islamic State's deadliest affiliate in Afghanistan.", ISKP, "Afghanistan"),
        # a sentence opened by "Across the border, in X,"
        ("Across the border, in Mali's Menaka region, the ISSP holds sway.", ISSP, "Mali"),
        # "a presence in the desert between A and B, as well as in C"
        (
            "The Islamic State retains a presence in the desert between Palmyra and the Iraqi border, as well as in Deir ez-Zor.",
            "Islamic State",
            "Palmyra",
        ),
        (
            "The Islamic State retains a presence in the desert between Palmyra and the Iraqi border, as well as in Deir ez-Zor.",
            "Islamic State",
            "Deir ez-Zor",
        ),
        # the subject of a campaign of fighting
        (
            "Ansarul Islam has in turn fought ISSP fighters in several villages of Djibo and Arbinda.",
            ANSARUL,
            "Djibo",
        ),
        (
            "Ansarul Islam has in turn fought ISSP fighters in several villages of Djibo and Arbinda.",
            ANSARUL,
            "Arbinda",
        ),
        (
            "Ansarul Islam has in turn fought ISSP fighters in several villages of Djibo and Arbinda.",
            ISSP,
            "Arbinda",
        ),
        # a fight for control of ground, by the group and against it
        ("JNIM and ISSP are fighting for control of the Menaka region.", ISSP, "Ménaka Region"),
        ("JNIM and ISSP are fighting for control of the Menaka region.", JNIM, "Ménaka Region"),
        (
            "ISWAP is battling Boko Haram for control of the Lake Chad islands.",
            "Boko Haram",
            "Lake Chad Basin",
        ),
        # a blockade imposed; "is known to operate"; "continues to wage"; "is believed to have cells"
        ("JNIM has imposed a blockade on Djibo for two years.", JNIM, "Djibo"),
        ("The ADF is known to operate in the Rwenzori mountains.", ADF, "Rwenzori"),
        ("Al-Shabaab continues to wage an insurgency in southern Somalia.", "al-Shabaab", "Somalia"),
        ("ISWAP is believed to have cells in Kano and Kaduna.", ISWAP, "Kaduna"),
        # one event in a relative clause does not stop the clause that reaches the place
        (
            "ISWAP, which claimed a bombing in Maiduguri in 2022, has built a recruitment network in Niger.",
            ISWAP,
            "Niger",
        ),
        # the group's leadership, its units, its command of fighters, its camps
        ("Hamas, whose leadership is based in Doha, rejected the offer.", "Hamas", "Doha"),
        ("The bombing was carried out by an ISWAP unit operating in Bama and Konduga.", ISWAP, "Konduga"),
        ("JNIM units control large parts of the countryside in Mopti and Segou.", JNIM, "Ségou"),
        (
            "The ELN, which commands most of the fighters in the border departments of Arauca and Norte de Santander, is growing.",
            ELN,
            "Norte de Santander",
        ),
        ("ISWAP maintains camps in forests in Borno and Yobe states.", ISWAP, "Yobe"),
        ("ISSP has fighters in the Nigerien sector of the Tillaberi region.", ISSP, "Tillabéri Region"),
        # "X, where both A and B are based"; "where A and B compete for territory"
        (
            "They came from camps in Sagaing, where both the Arakan Army and the KIA are based.",
            "Arakan Army",
            "Sagaing",
        ),
        (
            "They came from camps in Sagaing, where both the Arakan Army and the KIA are based.",
            KIA,
            "Sagaing",
        ),
        ("Civilians fled Menaka, where JNIM and ISSP fighters compete for territory.", JNIM, "Ménaka"),
        ("Civilians fled Menaka, where JNIM and ISSP fighters compete for territory.", ISSP, "Ménaka"),
        # ", including the towns of A and B" after the place
        ("ISWAP is active across Borno, including the towns of Monguno and Marte.", ISWAP, "Marte"),
        (
            "JNIM fighters now operate across Mali's Mopti region, including around Djenne and Sevare.",
            JNIM,
            "Sévaré",
        ),
        # a long parenthesis after the name; where the group was founded
        (
            "The Atomwaffen Division (AWD; in German, Atomwaffen-Division), a neo-Nazi network that recruits online, is active in Germany and Austria.",
            AWD,
            "Austria",
        ),
        ("The Nordic Resistance Movement, formed in Sweden in 1997, is banned in Finland.", NRM, "Sweden"),
        # a group from a place, and the place the sentence puts it in
        (
            "Police raided supporters of the Atomwaffen Division, a neo-Nazi group from Houston in Texas.",
            AWD,
            "Houston",
        ),
        (
            "Police raided supporters of the Atomwaffen Division, a neo-Nazi group from Houston in Texas.",
            AWD,
            "Texas",
        ),
    ],
)
def test_reads_where_the_group_is_active(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # emphasis changes nothing about a place the group only attacked once
        ("The TTP attacked a police post in **Bannu** on Sunday.", TTP, "Bannu"),
        # support from a state or a group is not ground
        ("The BLF draws most of its support from abroad, officials in Turbat said.", BLF, "Turbat"),
        ("The ADF receives funding from donors, according to a report published in Kampala.", ADF, "Kampala"),
        # "as well as" after a place the group only attacked
        (
            "ISWAP attacked a base in Monguno on Sunday, as well as in Marte, the army said.",
            ISWAP,
            "Marte",
        ),
        # an address after a comma is not a list ("Monguno, in Borno" is where Monguno is); a hostile verb
        ("The army drove ISWAP out of Monguno, in Borno, on Sunday.", ISWAP, "Monguno"),
        # a fight for control that is history, or denied
        ("JNIM fought for control of Menaka in 2019.", JNIM, "Ménaka"),
        ("ISSP is not fighting for control of Menaka.", ISSP, "Ménaka"),
        # a blockade lifted by the army
        ("The army lifted the blockade JNIM had imposed on Djibo.", JNIM, "Djibo"),
        # a scene set by "In the neighbouring X," for one ambush
        (
            "In the neighbouring Diffa region, a unit of ISWAP ambushed a convoy near Bosso on Monday.",
            ISWAP,
            "Diffa Region",
        ),
        # one event, said of the group itself
        ("ISWAP claimed a bombing in Maiduguri.", ISWAP, "Maiduguri"),
        # "where" after "the border between A and B" is the border, not B
        (
            "Fighting flared along the border between Mali and Niger, where JNIM and ISSP fighters compete for territory.",
            ISSP,
            "Niger",
        ),
        # where a group was founded is read only right after the verb, not after the parent it split from
        (
            "Hamas, which was founded in 1987 as an offshoot of the Muslim Brotherhood in Egypt, rules Gaza.",
            "Hamas",
            "Egypt",
        ),
        # the leader's birthplace is not where the group was founded
        ("The ADF, led by Seka Musa Baluku, who was born in Kasese, is growing.", ADF, "Kasese"),
        # banned somewhere is not active there
        ("The Nordic Resistance Movement, formed in Sweden in 1997, is banned in Finland.", NRM, "Finland"),
        # a list ends where another subject's clause begins
        (
            "ISKP has cells in Kunar and Nangarhar provinces, and the army in Kabul is on alert.",
            ISKP,
            "Kabul",
        ),
        (
            "JNIM holds ground in the Mopti region, as well as the support of herders who fled Gao.",
            JNIM,
            "Gao",
        ),
        # nationality words that name people, not ground
        ("ISWAP killed Nigerian and Chadian soldiers near the lake.", ISWAP, "Chad"),
        # a fight on one day, fronted or not
        ("Across the border, in Menaka, soldiers killed ISSP fighters on Sunday.", ISSP, "Menaka"),
        ("Ansarul Islam clashed with ISSP fighters in Djibo on Sunday.", ANSARUL, "Djibo"),
        # the parent's part is named in passing, not said of the subject
        (
            "The Taliban said the Islamic State's largest affiliate in Africa was not their concern.",
            "Taliban",
            "Africa",
        ),
        # the group that backs the soldiers who fought is not a fighter there
        ("Soldiers backed by Ansarul Islam have fought ISSP for months around Djibo.", ANSARUL, "Djibo"),
        # the group a splinter came from is not where the splinter is
        (
            "Police raided supporters of the Nordic Resistance Movement, a splinter group from Atomwaffen Division in Dortmund.",
            AWD,
            "Dortmund",
        ),
    ],
)
def test_leaves_the_near_miss_alone(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)

"""Place relations, fifteenth round (second pass): a group's own "said on Monday that it" before what it holds, full
control taken, two groups become one organisation in a place, a count of attacks claimed, a long predicate noun, the
alleys a group emerged in, the far part of a country held, a label that claims attacks, "where" after a place in a
place, a faction known as a name, fighting alongside a group at a place, an aside about a foe fought repeatedly, the
towns of a region, the preposition said a third time, a partner or a model named with its ground, "where it is
strongest", groups based in a place "in particular" one, groups that emerged "among them" one, a branch named around
a place, "the area" after a place, towns taken after other posts, a grip on the approaches to a town, "its strongest
base", the state a group fights named by its nationality word, a group's sites named with its name, a component
recruited in a place, "the group" named again by a general noun, men kept around a place, and the foe a
group "has clashed with" where it is active.

Every sentence was written for these tests, and each phrasing sits beside a near miss of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # the group's own word, dated, and full control taken
        (
            "The Arakan Army said on Monday that it had taken full control of Paletwa.",
            "Arakan Army",
            "Paletwa",
        ),
        # two groups become one organisation in a place: both are there
        (
            "Analysts say Jamaat-ul-Ahrar and the TTP have become practically one organisation in Mohmand.",
            "Tehrik-i-Taliban Pakistan",
            "Mohmand",
        ),
        (
            "Analysts say Jamaat-ul-Ahrar and the TTP have become practically one organisation in Mohmand.",
            "Jamaat-ul-Ahrar",
            "Mohmand",
        ),
        # a count of attacks claimed in a place
        (
            "Ansar al-Islam has claimed more than 40 attacks on soldiers in Kirkuk since March.",
            "Ansar al-Islam",
            "Kirkuk",
        ),
        # the largest group in a place, with three words before the group noun
        (
            "The Base remains the largest openly accelerationist neo-Nazi network in the United States.",
            "The Base (neo-Nazi group)",
            "United States",
        ),
        # the alleys a group emerged in
        ("Hamas emerged in the alleys of Gaza in 1987.", "Hamas", "Gaza Strip"),
        # the far part of a country held
        ("The FLA holds the far north-east of Mali.", "Azawad Liberation Front", "Mali"),
        # a label that claims attacks
        (
            "Since May the militias have fought under the banner of the Islamic Resistance in Iraq, a label that has "
            "claimed more than 100 attacks on U.S. forces in Syria.",
            "Islamic Resistance in Iraq",
            "Syria",
        ),
        # "where" after a place in a place is the first place's
        (
            "Turkish jets again bombed the Qandil mountains in Iraq, where the PKK keeps its main camps.",
            "Kurdistan Workers' Party",
            "Qandil Mountains",
        ),
        # a faction known as a name, where it ran its rackets
        (
            "Prosecutors mapped the network in Guayaquil, where a faction known as Los Choneros ran extortion rackets.",
            "Los Choneros",
            "Guayaquil",
        ),
        # fighting alongside a group at a place
        ("Volunteers from Sagaing fought alongside the KIA at Bhamo.", "Kachin Independence Army", "Bhamo"),
        # an aside about the foe fought repeatedly, and both sides
        (
            "The Arakan Army has clashed repeatedly with the Arakan Rohingya Salvation Army, a Rohingya militia that "
            "sides with the junta, in Maungdaw.",
            "Arakan Rohingya Salvation Army",
            "Maungdaw",
        ),
        (
            "The Arakan Army has clashed repeatedly with the Arakan Rohingya Salvation Army, a Rohingya militia that "
            "sides with the junta, in Maungdaw.",
            "Arakan Army",
            "Maungdaw",
        ),
        # its strongest base, and the towns of a region
        (
            "The Nordic Resistance Movement has its strongest base in the Dalarna towns of Ludvika and Borlänge.",
            "Nordic Resistance Movement",
            "Borlänge",
        ),
        # the preposition said a third time
        (
            "Tren de Aragua cells have taken root in Santiago, in Antofagasta and in the northern districts of Arica "
            "and Iquique.",
            "Tren de Aragua",
            "Iquique",
        ),
        # a partner named with its ground
        (
            "The faction now works hand in glove with ISKP in Balochistan.",
            "Islamic State Khorasan Province",
            "Balochistan",
        ),
        # a model named with its ground
        ("Khazali wants to be Hezbollah in Lebanon.", "Hezbollah", "Lebanon"),
        # "where it is strongest" after a place
        (
            "Police also call it the Urabeños, after the Urabá region where it is strongest.",
            "Clan del Golfo",
            "Urabá",
        ),
        # groups based in a place, in particular two named
        (
            "Tehran says the armed groups based in the Kurdistan Region of Iraq, in particular PJAK and Komala, will be "
            "punished.",
            "Komala",
            "Kurdistan Region",
        ),
        # groups that emerged in a place, among them one named
        (
            "Attacks have risen around Nablus, where a new generation of armed groups has emerged since 2021, among "
            "them the Lions' Den.",
            "Lions' Den (Nablus)",
            "Nablus",
        ),
        # a branch named around a place
        (
            "JNIM is at war with the ISSP, the Islamic State's branch further south around Ménaka.",
            "Islamic State Sahel Province",
            "Ménaka",
        ),
        # "the area" after the place named before
        (
            "Officials in Cauca said both the ELN and the Segunda Marquetalia operate in the area.",
            "Segunda Marquetalia",
            "Cauca Department",
        ),
        # towns taken after other posts
        (
            "Since March the KIA has taken dozens of army posts as well as the jade-mining towns of Hpakant and Lonkin.",
            "Kachin Independence Army",
            "Lonkin",
        ),
        # a grip on the approaches to a town
        (
            "The fall of Mansi tightens the KIA's grip on the approaches to Bhamo.",
            "Kachin Independence Army",
            "Bhamo",
        ),
        # the state a group fights, named by its nationality word; and groups named before an apposition that says so
        ("The BLA is fighting the Pakistani state.", "Balochistan Liberation Army", "Pakistan"),
        (
            "The BLA and the BLF, separatist groups fighting the Pakistani state, denied it.",
            "Balochistan Liberation Army",
            "Pakistan",
        ),
        (
            "The PKK, which has waged an insurgency against the Turkish state since 1984, denied it.",
            "Kurdistan Workers' Party",
            "Turkey",
        ),
        # the group's sites, whoever struck them
        (
            "Turkish jets struck PKK hideouts in the Qandil mountains.",
            "Kurdistan Workers' Party",
            "Qandil Mountains",
        ),
        # a component recruited in a place
        (
            "Sunni fighters of the Tribal Mobilization, a PMF component recruited in Anbar, guard the roads.",
            "Tribal Mobilization Forces",
            "Anbar",
        ),
        # the narrow lanes a group emerged in
        ("The Lions' Den emerged in 2022 in the narrow lanes of Nablus.", "Lions' Den (Nablus)", "Nablus"),
        # "the group" named again by a general noun
        (
            "Officials say Jaish-e-Mohammed, created in 2000 to give the Pakistani group's operations in Kashmir a "
            "local face, is small.",
            "Jaish-e-Mohammed",
            "Kashmir",
        ),
        # men kept around a place
        ("KSS still keeps men around Albu Kamal.", "Kata'ib Sayyid al-Shuhada", "Abu Kamal"),
        # the foe fought there, in the perfect
        (
            "The ELN is also active in Bajo Cauca, where it has clashed with the Gaitanistas.",
            "Clan del Golfo",
            "Bajo Cauca",
        ),
    ],
)
def test_reads_where_the_group_is(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # control lost
        ("The Arakan Army said on Monday that it had lost control of Paletwa.", "Arakan Army", "Paletwa"),
        # not one organisation
        (
            "Analysts say Jamaat-ul-Ahrar and the TTP are not one organisation in Mohmand.",
            "Tehrik-i-Taliban Pakistan",
            "Mohmand",
        ),
        # one attack claimed
        ("Ansar al-Islam has claimed an attack on soldiers in Kirkuk.", "Ansar al-Islam", "Kirkuk"),
        # denied
        (
            "The Base is not the largest openly accelerationist neo-Nazi network in the United States.",
            "The Base (neo-Nazi group)",
            "United States",
        ),
        # hunted in the alleys
        ("Israeli troops hunted Hamas in the alleys of Gaza in 1987.", "Hamas", "Gaza Strip"),
        # the far part lost
        ("The FLA lost the far north-east of Mali.", "Azawad Liberation Front", "Mali"),
        # one attack claimed by the label
        (
            "Since May the militias have fought under the banner of the Islamic Resistance in Iraq, a label that has "
            "claimed one attack on U.S. forces in Syria.",
            "Islamic Resistance in Iraq",
            "Syria",
        ),
        # camps lost
        (
            "Turkish jets again bombed the Qandil mountains in Iraq, where the PKK lost its main camps.",
            "Kurdistan Workers' Party",
            "Qandil Mountains",
        ),
        # "ran out"
        (
            "Prosecutors mapped the network in Guayaquil, where a faction known as Los Choneros ran out of money.",
            "Los Choneros",
            "Guayaquil",
        ),
        # one battle on a day
        (
            "Volunteers from Sagaing fought alongside the KIA at Bhamo on Monday.",
            "Kachin Independence Army",
            "Bhamo",
        ),
        # one clash, in the simple past
        (
            "The Arakan Army clashed with the Arakan Rohingya Salvation Army, a Rohingya militia that sides with the "
            "junta, in Maungdaw.",
            "Arakan Rohingya Salvation Army",
            "Maungdaw",
        ),
        # a base attacked, a rally held
        (
            "The Nordic Resistance Movement attacked its strongest base in the Dalarna towns of Ludvika and Borlänge.",
            "Nordic Resistance Movement",
            "Borlänge",
        ),
        (
            "The Nordic Resistance Movement held a rally in the Dalarna towns of Ludvika and Borlänge.",
            "Nordic Resistance Movement",
            "Borlänge",
        ),
        # no third preposition: the police's place
        (
            "Tren de Aragua cells have taken root in Santiago, in Chile, while police in Iquique hunt them.",
            "Tren de Aragua",
            "Iquique",
        ),
        # talks held with a group
        (
            "The faction now holds talks with ISKP in Balochistan.",
            "Islamic State Khorasan Province",
            "Balochistan",
        ),
        # a foe, not a model
        ("Khazali wants to fight Hezbollah in Lebanon.", "Hezbollah", "Lebanon"),
        # "where it was banned"
        (
            "Police also call it the Urabeños, after the Urabá region where it was banned.",
            "Clan del Golfo",
            "Urabá",
        ),
        # groups that attacked the place
        (
            "Tehran says the armed groups that attacked the Kurdistan Region of Iraq, in particular PJAK and Komala, "
            "will be punished.",
            "Komala",
            "Kurdistan Region",
        ),
        # groups crushed there
        (
            "Attacks have risen around Nablus, where a new generation of armed groups has been crushed since 2021, "
            "among them the Lions' Den.",
            "Lions' Den (Nablus)",
            "Nablus",
        ),
        # men lost there
        (
            "JNIM is at war with the ISSP, the Islamic State's branch, and lost men around Ménaka.",
            "Islamic State Sahel Province",
            "Ménaka",
        ),
        # the area left
        (
            "Officials in Cauca said both the ELN and the Segunda Marquetalia left the area.",
            "Segunda Marquetalia",
            "Cauca Department",
        ),
        # towns shelled, not taken
        (
            "Since March the KIA has shelled dozens of army posts as well as the jade-mining towns of Hpakant and "
            "Lonkin.",
            "Kachin Independence Army",
            "Lonkin",
        ),
        # an attack on the approaches
        ("The KIA's attack on the approaches to Bhamo failed.", "Kachin Independence Army", "Bhamo"),
        # the state's army, or a state that backs the groups
        ("The BLA is fighting the Pakistani army.", "Balochistan Liberation Army", "Pakistan"),
        (
            "The BLA and the BLF, separatist groups backed by the Pakistani state, denied it.",
            "Balochistan Liberation Army",
            "Pakistan",
        ),
        ("The BLA is not fighting the Pakistani state.", "Balochistan Liberation Army", "Pakistan"),
        # the sites named first only: the second place may be another's
        (
            "Turkish jets struck PKK targets in northern Iraq and Syria.",
            "Kurdistan Workers' Party",
            "Syria",
        ),
        # sites near a place, not in it
        ("Iranian drones hit Jaish al-Adl positions near Panjgur.", "Jaish al-Adl", "Panjgur"),
        # a component sent away from a place
        (
            "Sunni fighters of the Tribal Mobilization, a PMF component withdrawn from Anbar, guard the roads.",
            "Tribal Mobilization Forces",
            "Anbar",
        ),
        # hunted in the lanes
        ("Soldiers hunted the Lions' Den in the narrow lanes of Nablus.", "Lions' Den (Nablus)", "Nablus"),
        # the group raided by the one named
        (
            "Officials say Jaish-e-Mohammed, created in 2000, raided the Pakistani group's bases in Kashmir.",
            "Jaish-e-Mohammed",
            "Kashmir",
        ),
        # money kept there, not men
        ("KSS still keeps money around Albu Kamal.", "Kata'ib Sayyid al-Shuhada", "Abu Kamal"),
        # one clash on a day, and peace made
        (
            "The ELN is also active in Arauca, where it clashed with the Gaitanistas on Monday.",
            "Clan del Golfo",
            "Arauca",
        ),
        (
            "The ELN is also active in Arauca, where it has made peace with the Gaitanistas.",
            "Clan del Golfo",
            "Arauca",
        ),
    ],
)
def test_leaves_a_near_miss(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)

"""Relations between groups and places, second pass of the ninth round.

Every sentence was written for these tests. Where a group is active: "Meanwhile, in X, G ..." (an adverb before
the opening place), "whose fighters moved into A from B" (where they came from too), "is active further west,
in X", "Hezbollah in Lebanon" (a group named with its country), and the ally a group fights alongside at its
place. Between groups: "continues to fight X", an ally named past an apposition that holds another group, and
"Islamic State <place>" as a branch of the Islamic State. Each sits beside a near miss it must leave alone: the
places after "across" that belong to a noun of a new clause, a group met "with" someone in a place, talks held
with a group in a country, an intention to fight, a place that only names a group's ground "from" without a move.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

ADF, ISWAP, KIA = "Allied Democratic Forces", "Islamic State West Africa Province", "Kachin Independence Army"
PDF, JNIM = "People's Defence Force", "Jama'at Nusrat al-Islam wal-Muslimin"


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        # an adverb before the opening place
        (
            "Further south, in Garissa, al-Shabaab cells have stockpiled explosives.",
            "al-Shabaab",
            "operatesIn",
            "Garissa",
        ),
        ("Meanwhile, in Ituri, the ADF has burned three villages.", ADF, "operatesIn", "Ituri"),
        # where the fighters came from
        (
            "The ADF, whose fighters moved into Ituri from North Kivu in 2019, has grown.",
            ADF,
            "operatesIn",
            "North Kivu",
        ),
        (
            "JNIM, whose fighters first moved into northern Benin from Burkina Faso's Est and Sahel regions, is growing.",
            JNIM,
            "operatesIn",
            "Burkina Faso",
        ),
        # a compass aside before the place
        (
            "ISWAP, which is loyal to the Islamic State, is active further east, in Yobe.",
            ISWAP,
            "operatesIn",
            "Yobe",
        ),
        # a group named with its country
        (
            "Analysts said that Hezbollah in Lebanon has rebuilt its arsenal.",
            "Hezbollah",
            "operatesIn",
            "Lebanon",
        ),
        ("Al-Shabaab in Kenya has recruited hundreds of young men.", "al-Shabaab", "operatesIn", "Kenya"),
        # the ally fighting alongside at the group's place
        (
            "The Kachin Independence Army has been tightening its siege of Myitkyina, fighting alongside units of the "
            "People's Defence Force.",
            PDF,
            "operatesIn",
            "Myitkyina",
        ),
        # an ally named past an apposition that holds a third group
        (
            "The Kachin Independence Army (KIA), the armed wing of the Kachin Independence Organisation (KIO), has been "
            "shelling Bhamo, fighting alongside units of the People's Defence Force.",
            KIA,
            "alliedWith",
            PDF,
        ),
        # a fight that carries on
        ("ISWAP continues to fight Boko Haram on the islands.", ISWAP, "rivalOf", "Boko Haram"),
        (
            "Al-Shabaab has continued to battle the Islamic State in Puntland.",
            "al-Shabaab",
            "rivalOf",
            "Islamic State Somalia Province",
        ),
        # two groups' fighters, the second after "and of", the second led by someone
        (
            "Fighters of the Maute group and of the Abu Sayyaf faction led by Khalid Umpa laid siege to Jolo in 2019.",
            "Abu Sayyaf Group",
            "operatesIn",
            "Jolo",
        ),
        (
            "Fighters of the Maute group and of the Abu Sayyaf faction led by Khalid Umpa laid siege to Jolo in 2019.",
            "Maute group",
            "operatesIn",
            "Jolo",
        ),
        # the group's factions in a campaign
        (
            "Last winter, Syrian National Army factions fought the SDF for weeks around Kobani.",
            "Syrian National Army",
            "operatesIn",
            "Kobani",
        ),
        # a second verb phrase with "itself"
        (
            "Hamas has close ties with Qatar and has itself fought the Islamic State.",
            "Hamas",
            "rivalOf",
            "Islamic State",
        ),
        # the body a person's "whose" clause owns
        (
            "Libya is split, and Khalifa Haftar, whose Libyan National Army controls Benghazi, holds the east.",
            "Khalifa Haftar",
            "affiliatedWith",
            "Libyan National Army",
        ),
        # a list of places put in a place after a comma
        (
            "Gunmen raided the villages of Kirta Wulgo and Dumba, in the Marte area of Borno state, on Sunday.",
            "Kirta Wulgo",
            "locatedIn",
            "Marte",
        ),
        # what a town is home to
        (
            "Rebels seized Kalemie, home of the army's Eastern Command, last week.",
            "Eastern Command",
            "locatedIn",
            "Kalemie",
        ),
        # a branch named by its parent and a place
        (
            "Police watch Islamic State Jammu and Kashmir, which posts online, and the Islamic State.",
            "Islamic State Jammu and Kashmir",
            "affiliateOf",
            "Islamic State",
        ),
    ],
)
def test_reads_the_relation(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    assert has_fact(extract_text(text), s, p, o)


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        # the places after "across" belong to the noun of a new clause
        (
            "Months after the Wagner Group began handing its bases to a new force, the security picture across Niger "
            "and Chad has worsened.",
            "Wagner Group",
            "operatesIn",
            "Chad",
        ),
        # a group met with someone in a place
        (
            "The coalition should share intelligence with both Baghdad and the SDF in the Badia.",
            "Syrian Democratic Forces",
            "operatesIn",
            "Syrian Desert",
        ),
        # a group as the object of a verb or a noun
        (
            "Troops fighting al-Qaeda and the Taliban in Pakistan were killed.",
            "Taliban",
            "operatesIn",
            "Pakistan",
        ),
        ("The speech praised the rout of Hezbollah in Syria.", "Hezbollah", "operatesIn", "Syria"),
        # talks held with a group in a country
        ("Envoys held talks with the Taliban in Qatar.", "Taliban", "operatesIn", "Qatar"),
        ("Germany banned Hezbollah in 2020 and Austria followed.", "Hezbollah", "operatesIn", "Austria"),
        # an intention to fight is no fight
        ("ISWAP has vowed to fight Boko Haram.", ISWAP, "rivalOf", "Boko Haram"),
        # a "from" with no move: the fighters were driven out of the first place
        (
            "The ADF, whose fighters were driven out of Beni by the army, lost men.",
            ADF,
            "operatesIn",
            "Beni",
        ),
        # a determiner "that" opens no relative clause
        (
            "Officials attributed that assault to the Haqqani Network, a faction allied with the Taliban.",
            "Haqqani Network",
            "alliedWith",
            "Islamic State",
        ),
        # the nationality of the people, not the group's ground
        (
            "Police arrested the French Islamic State recruits in Raqqa.",
            "Islamic State",
            "operatesIn",
            "France",
        ),
        # the nationality of a mercenary force is where it comes from
        (
            "The Wagner Group, the Russian mercenary group, arrived in Bangui.",
            "Wagner Group",
            "operatesIn",
            "Russia",
        ),
        # a "whose" clause about someone else
        (
            "The minister, Omar Haddad, whose brother joined the Islamic State, resigned.",
            "Omar Haddad",
            "affiliatedWith",
            "Islamic State",
        ),
        # fighters of the second group, after "and of", who only watched
        (
            "Fighters of the Maute group and of the Abu Sayyaf faction watched as the army shelled Jolo.",
            "Abu Sayyaf Group",
            "operatesIn",
            "Jolo",
        ),
        # an apposition says something of the last place of a list only
        ("JNIM raided Kidal and Gao, the capital of the Gao region of Mali.", "Kidal", "locatedIn", "Gao"),
        # what a town is home to is the head noun, not a body listed after it
        (
            "Goma, home to many aid groups including the International Committee of the Red Cross, was calm.",
            "International Committee of the Red Cross",
            "locatedIn",
            "Goma",
        ),
        # a parent that does not name its branches by place
        ("Hezbollah Lebanon and Hezbollah were named.", "Hezbollah", "affiliateOf", "Hezbollah"),
    ],
)
def test_leaves_the_near_miss_alone(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, p, o)


def test_a_determiner_that_leaves_the_apposition_to_its_head(extract_text: Extract) -> None:
    text = (
        "Police attributed that assault to Jamaat-ul-Ahrar, a faction that broke away from the Pakistani Taliban "
        "in 2014."
    )
    assert has_fact(extract_text(text), "Jamaat-ul-Ahrar", "formedFrom", "Tehrik-i-Taliban Pakistan")

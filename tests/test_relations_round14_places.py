"""Place relations, fourteenth round: a group weaker somewhere, ground it has taken, a place that is the scene of its
insurgency, the place a clause opens on where one group fights beside or against another, the ground it survived
offensives in, "especially in" after a place, what officials say "it" does after the subject's own clause, a war going
on "where" a group has been fighting, its heartland after a longer verb phrase; and places named with their kind
("X village in Y"), with "also in" or "both in", as "the X mountains of Y" or as "the capital of Y".

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
        # weaker where it still is
        ("The Islamic State is weaker in Iraq than at any point since 2014.", "Islamic State", "Iraq"),
        # ground taken, not hostages
        ("Al-Shabaab fighters have since taken most of the territory in Hiraan.", "al-Shabaab", "Hiran"),
        # the scene of the group's insurgency
        (
            "The Lake Chad basin, shared by four states, has been the scene of an insurgency by Boko Haram since 2009.",
            "Boko Haram",
            "Lake Chad Basin",
        ),
        # the place the clause opens on, and the group fought beside there
        (
            "In Idlib, the Turkistan Islamic Party fights alongside Hayat Tahrir al-Sham.",
            "Hayat Tahrir al-Sham",
            "Idlib",
        ),
        # ... or against there, past a relative clause about the first
        (
            "In Ituri further north, CODECO, which says it defends Lendu farmers, continues to fight the ADF.",
            "Allied Democratic Forces",
            "Ituri",
        ),
        # the ground it survived a campaign in, and the places that meet there
        (
            "Al-Shabaab has survived years of military offensives in the forests where the regions of Bay and Gedo "
            "meet.",
            "al-Shabaab",
            "Gedo",
        ),
        # "especially in" the town of the country it is in
        (
            "Al-Shabaab has built a large presence in Kenya, especially in the border town of Mandera.",
            "al-Shabaab",
            "Mandera",
        ),
        # what officials say "it" does, in the clause after the subject's own
        (
            "The DHKP-C is banned in Turkey, and German officials say it recruits through a network in Germany.",
            "Revolutionary People's Liberation Party-Front",
            "Germany",
        ),
        # a war going on where the group has been fighting
        (
            "Troops were sent to Oromia, where the Oromo Liberation Army has been fighting the government since 2018.",
            "Oromo Liberation Army",
            "Oromia",
        ),
        # its heartland, after a longer verb phrase
        (
            "Al-Shabaab has been pushed back to its heartland of Middle Shabelle.",
            "al-Shabaab",
            "Middle Shabelle",
        ),
        # "strongholds of" after a list of places: every one of them
        (
            "Police searched homes in Kunduz and Kandahar, long strongholds of the Taliban, on Friday.",
            "Taliban",
            "Kunduz",
        ),
        # the heartland "for years"
        ("Dagestan was for years the heartland of the Caucasus Emirate.", "Caucasus Emirate", "Dagestan"),
        # a gang based somewhere, named after "with"
        (
            "Police named Viv Ansanm, together with Gran Grif, a gang based in the Artibonite valley.",
            "Gran Grif",
            "Artibonite",
        ),
        # "where its" units hold ground
        (
            "The Maoists retreated to Chhattisgarh's Bastar region, where its PLGA battalions still hold forest.",
            "People's Liberation Guerrilla Army",
            "Bastar",
        ),
        # the group's strength counted in fighters, and where they are
        (
            "Analysts put al-Shabaab's strength at between 7,000 and 12,000 fighters, concentrated in Middle "
            "Shabelle.",
            "al-Shabaab",
            "Middle Shabelle",
        ),
        # the land it says it fights to win back
        (
            "The ELN, which was founded in 1964, says it is fighting to recover ancestral farm land from mining "
            "companies in Arauca.",
            "National Liberation Army (Colombia)",
            "Arauca",
        ),
        # the group competed with, for two things, the second of them ground
        (
            "The FARC dissidents compete with the ELN for recruits and for the same territory in Arauca.",
            "National Liberation Army (Colombia)",
            "Arauca",
        ),
        # the first of two subjects that compete, and the second place of the list
        (
            "Al-Shabaab and the Islamic State compete with the ELN for recruits and for the same ground in Arauca and "
            "the Norte de Santander department.",
            "al-Shabaab",
            "Arauca",
        ),
        (
            "Al-Shabaab and the Islamic State compete with the ELN for recruits and for the same ground in Arauca and "
            "the Norte de Santander department.",
            "National Liberation Army (Colombia)",
            "Norte de Santander",
        ),
        # hiding on a mountain
        ("Al-Shabaab cells hide on Mount Kenya and Mount Elgon.", "al-Shabaab", "Mount Elgon"),
        # the insurgency the government battles in the place the clause opens on
        (
            "In the neighbouring Amhara region, the government is fighting a stubborn insurgency by Fano.",
            "Fano",
            "Amhara Region",
        ),
        # the region that holds the divisions listed
        (
            "The Ambazonia Defence Forces keep units in Mezam and Momo divisions of the Northwest region.",
            "Ambazonia Defence Forces",
            "Northwest Region",
        ),
    ],
)
def test_reads_where_the_group_is(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # weaker than another group, in a place the sentence names for something else
        ("Officials in Iraq say the Islamic State is weaker than al-Qaeda.", "Islamic State", "Iraq"),
        # hostages are not ground
        ("Al-Shabaab fighters have since taken hostages in Hiraan.", "al-Shabaab", "Hiran"),
        # the scene of something else than the group's war
        (
            "The Lake Chad basin, shared by four states, has been the scene of a summit on Boko Haram since 2009.",
            "Boko Haram",
            "Lake Chad Basin",
        ),
        # the other group is only praised from there
        (
            "In Kabul, the Turkistan Islamic Party praised Hayat Tahrir al-Sham.",
            "Hayat Tahrir al-Sham",
            "Kabul",
        ),
        # what it survived was not a campaign in the place
        ("Al-Shabaab has survived years of infighting, officials in Gedo say.", "al-Shabaab", "Gedo"),
        # "especially since" is a time, not a place
        (
            "Al-Shabaab has built a large presence in Kenya, especially since the election in Mandera.",
            "al-Shabaab",
            "Mandera",
        ),
        # what officials say it has never done
        (
            "The DHKP-C is banned in Turkey, and German officials say it was never active in Germany.",
            "Revolutionary People's Liberation Party-Front",
            "Germany",
        ),
        # the victim "for years"
        ("Dagestan was for years the victim of the Caucasus Emirate.", "Caucasus Emirate", "Dagestan"),
        # a gang only feared there
        (
            "Police named Viv Ansanm, together with Gran Grif, a gang feared in the Artibonite valley.",
            "Gran Grif",
            "Artibonite",
        ),
        # "where its" units were destroyed
        (
            "The Maoists retreated to Chhattisgarh's Bastar region, where its PLGA battalions were destroyed.",
            "People's Liberation Guerrilla Army",
            "Bastar",
        ),
        # its losses counted, and where they died
        (
            "Analysts put al-Shabaab's losses at between 70 and 120 fighters, killed in Middle Shabelle.",
            "al-Shabaab",
            "Middle Shabelle",
        ),
        # remains are not land
        (
            "The ELN, which was founded in 1964, says it is fighting to recover the remains of fighters buried by "
            "the army in Arauca.",
            "National Liberation Army (Colombia)",
            "Arauca",
        ),
        # where the officials are, not where the groups compete
        (
            "Al-Shabaab and the Islamic State compete with the ELN for recruits, officials in Arauca say.",
            "al-Shabaab",
            "Arauca",
        ),
        # an attack on a mountain, not a hiding place
        ("Al-Shabaab claimed an attack on Mount Elgon.", "al-Shabaab", "Mount Elgon"),
        # targets are not strongholds
        (
            "Police searched homes in Kunduz and Kandahar, long targets of the Taliban, on Friday.",
            "Taliban",
            "Kunduz",
        ),
        # the insurgency is only cited, not said to be waged there
        (
            "In the neighbouring Amhara region, the government is fighting a stubborn drought, unlike Fano.",
            "Fano",
            "Amhara Region",
        ),
        # one battle there, long ago
        (
            "Troops were sent to Oromia, where the Oromo Liberation Army was defeated in 2018.",
            "Oromo Liberation Army",
            "Oromia",
        ),
    ],
)
def test_leaves_alone(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # the place's kind, then the place it is in
        ("Gunmen burned houses in Kanyabayonga town in Lubero territory.", "Kanyabayonga", "Lubero"),
        # "also in"
        ("A drone hit a market near Kirumba, also in Lubero territory.", "Kirumba", "Lubero"),
        # "both in": every place of the list
        ("Troops searched Kirumba and Kanyabayonga, both in Lubero territory.", "Kirumba", "Lubero"),
        # a two-word country's possessive before the province
        ("Gunmen stormed the garrison at Djibo, in Burkina Faso's Soum province.", "Djibo", "Soum"),
        # "in the commune of"
        ("Gunmen hit a post near Alfakoara, in the commune of Kandi, at dawn.", "Alfakoara", "Kandi"),
        # the divisions of a region, every one of the list
        (
            "Troops patrol in Mezam, Ngoketunjia and Momo divisions of the Northwest region.",
            "Mezam",
            "Northwest Region",
        ),
        # "the X mountains of Y"
        ("Its leaders hide in the Rwenzori mountains of western Uganda.", "Rwenzori", "Uganda"),
        # the capital of a province
        (
            "Officials said Bahir Dar, which is the capital of the Amhara region, was calm.",
            "Bahir Dar",
            "Amhara Region",
        ),
    ],
)
def test_reads_which_place_is_in_which(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "locatedIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # from one to the other
        ("The convoy drove from Kanyabayonga town to Lubero territory.", "Kanyabayonga", "Lubero"),
        # "and another in"
        ("A drone hit a market near Kirumba, and another in Lubero territory.", "Kirumba", "Lubero"),
        # "both" without "in"
        ("Troops searched Kirumba and Kanyabayonga, both close to Lubero territory.", "Kirumba", "Lubero"),
        # the country's army, not a province
        ("Gunmen from Djibo, in Burkina Faso's army, deserted.", "Djibo", "Soum"),
        # from the commune to another place
        ("Gunmen drove from Alfakoara to the commune of Kandi at dawn.", "Alfakoara", "Kandi"),
        # divisions named beside a region, not in it
        (
            "Troops moved from Mezam, Ngoketunjia and Momo divisions into the Northwest region.",
            "Mezam",
            "Northwest Region",
        ),
        # the mountains on a border are on both sides of it
        ("Its leaders hide in the Rwenzori mountains on the border of Uganda.", "Rwenzori", "Uganda"),
        # the road to a province, not its capital
        (
            "Officials said Bahir Dar, which is the road to the Amhara region, was calm.",
            "Bahir Dar",
            "Amhara Region",
        ),
    ],
)
def test_leaves_places_apart(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "locatedIn", o)

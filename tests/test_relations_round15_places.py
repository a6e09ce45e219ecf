"""Place relations, fifteenth round: ground a group took, a campaign told in the present progressive, a spread from a
place named with a compass word, a second verb phrase after a long first one, a list read further from its group, the
province that holds a list and the list that goes on after it, chapters, two subjects that "both" share a verb, the
main verb after a relative clause about a group named in the subject's reduced clause, the second of two groups fought
for ground, an alias aside after a group's men, the side that drove another out, and a part named for its place.

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
        # ground taken, named as the object
        ("The Arakan Army took Maungdaw in December.", "Arakan Army", "Maungdaw"),
        # a campaign in the present progressive, and the places named as the examples of a kind
        (
            "Officials say the TTP is now hitting towns such as Bannu and Lakki Marwat.",
            "Tehrik-i-Taliban Pakistan",
            "Lakki Marwat",
        ),
        # a spread from a place named with a compass word and a possessive
        (
            "Katiba Macina has spread from central Mali's Mopti region into northern Burkina Faso.",
            "Katiba Macina",
            "Burkina Faso",
        ),
        # the second verb phrase after a first one too long for the shared reader
        (
            "Katiba Macina is commanded by the veteran preacher Amadou Koufa of the Fulani community and has "
            "extended its reach into northern Burkina Faso.",
            "Katiba Macina",
            "Burkina Faso",
        ),
        # a list whose first place stands far from the group
        (
            "The DHKP-C is banned by Turkey, the United States, Canada and the European Union, and Turkish officials "
            "say it recruits members through a network of supporters in Germany, Belgium and Greece.",
            "Revolutionary People's Liberation Party-Front",
            "Greece",
        ),
        # the place that holds a list, and the list going on after it
        (
            "The ADF has fighters in Mezam and Momo divisions of the Northwest region as well as parts of the "
            "Southwest region.",
            "Allied Democratic Forces",
            "Southwest Region",
        ),
        # chapters
        ("The Base has built chapters in Sweden and Poland.", "The Base (neo-Nazi group)", "Poland"),
        # two subjects that "both" say share the verb
        (
            "Hamas, which has kept offices in Beirut since 2000, and Palestinian Islamic Jihad, its smaller ally, "
            "both run armed cells in the camps around Sidon and Tyre.",
            "Hamas",
            "Tyre",
        ),
        # the main verb after a relative clause about a group named inside the subject's reduced clause
        (
            "The M23, formed in 2012 by mutineers from the CNDP, which signed a peace deal in 2009, now controls "
            "much of North Kivu's Rutshuru and Masisi territories.",
            "March 23 Movement",
            "Masisi",
        ),
        # the second of two sides fought for ground
        (
            "ISSP is fighting both Niger's army and the rival JNIM for control of the Tillabéri region.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            "Tillabéri Region",
        ),
        # an alias aside between a group's men and where they are
        (
            "Troops are still hunting remnants of the Abu Sayyaf group, also known simply as the ASG, in the "
            "mountains of Sulu.",
            "Abu Sayyaf Group",
            "Sulu",
        ),
        # the side that drove another out holds the ground
        ("The Taliban pushed ISKP out of Nangarhar in 2020.", "Taliban", "Nangarhar"),
        # a part named for the place it works in, and its parent
        (
            "The Jaysh Ayman group, al-Shabaab's Kenya-based unit, has raided villages near Lamu.",
            "Jaysh al-Ayman",
            "Kenya",
        ),
        (
            "The Jaysh Ayman group, al-Shabaab's Kenya-based unit, has raided villages near Lamu.",
            "al-Shabaab",
            "Kenya",
        ),
        # "one of" a country's groups, after a comma or a colon
        (
            "Los Choneros, one of Ecuador's most feared gangs, is led by a former police officer.",
            "Los Choneros",
            "Ecuador",
        ),
        # an ally named as one in a place
        (
            "In 2019 the Familia do Norte, then the Comando Vermelho's main ally in the Amazon, broke away.",
            "Família do Norte",
            "Amazon",
        ),
        # fighters pressing deeper into a place
        ("Al-Shabaab fighters pressed deeper into Lower Juba last month.", "al-Shabaab", "Lower Juba"),
        # a campaign of strikes against the group at a place
        (
            "The U.S. military, which has conducted dozens of airstrikes against al-Shabaab in the Gedo region this "
            "year, declined to comment.",
            "al-Shabaab",
            "Gedo",
        ),
        # the first of two names listed as the subject, the second with a lower-case particle
        (
            "Its member militias, including the Badr Organization and Asa'ib Ahl al-Haq, hold much of Diyala.",
            "Badr Organization",
            "Diyala",
        ),
    ],
)
def test_reads_where_the_group_is(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # a place named after "took" but not taken
        ("The Arakan Army took part in talks held in Kunming.", "Arakan Army", "Kunming"),
        # one blow in the simple past
        ("The TTP hit Bannu on Monday.", "Tehrik-i-Taliban Pakistan", "Bannu"),
        # a second verb phrase that denies
        (
            "Katiba Macina is commanded by the veteran preacher Amadou Koufa of the Fulani community and has "
            "denied any presence in northern Burkina Faso.",
            "Katiba Macina",
            "Burkina Faso",
        ),
        # a place that is no part of the list
        (
            "The DHKP-C is banned by Turkey, the United States, Canada and the European Union, and Turkish officials "
            "say it recruits members in Germany, while its lawyers were tried in Greece.",
            "Revolutionary People's Liberation Party-Front",
            "Greece",
        ),
        # the list does not go on past another clause
        (
            "The ADF has fighters in Mezam and Momo divisions of the Northwest region, while the army holds the "
            "Southwest region.",
            "Allied Democratic Forces",
            "Southwest Region",
        ),
        # chapters denied
        ("The Base has no chapters in Sweden.", "The Base (neo-Nazi group)", "Sweden"),
        # without "both", the verb is the nearer subject's
        (
            "Hamas, which has kept offices in Beirut since 2000, and Palestinian Islamic Jihad, its smaller ally, "
            "runs armed cells in the camps around Sidon.",
            "Hamas",
            "Sidon",
        ),
        # nor when what "both" do says nothing of where they are
        (
            "Hamas, which has kept offices in Beirut since 2000, and Palestinian Islamic Jihad, its smaller ally, "
            "both deny running armed cells in the camps around Sidon.",
            "Hamas",
            "Sidon",
        ),
        # the main verb denies
        (
            "The M23, formed in 2012 by mutineers from the CNDP, which signed a peace deal in 2009, no longer "
            "controls any of North Kivu's Masisi territory.",
            "March 23 Movement",
            "Masisi",
        ),
        # one clash on a day
        (
            "ISSP fought both Niger's army and the rival JNIM near Tillabéri on Monday.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            "Tillabéri",
        ),
        # the men were the object of one blow
        (
            "Troops killed remnants of the Abu Sayyaf group, also known simply as the ASG, in the mountains of Sulu.",
            "Abu Sayyaf Group",
            "Sulu",
        ),
        # the side driven out
        ("The Taliban pushed ISKP out of Nangarhar in 2020.", "Islamic State Khorasan Province", "Nangarhar"),
        ("The Taliban were pushed out of Nangarhar.", "Taliban", "Nangarhar"),
        # a place named before "-focused" that is no part's
        ("Analysts say al-Shabaab's Kenya-focused strategy has failed.", "al-Shabaab", "Kenya"),
        # a man of the group
        ("Los Choneros, one of Ecuador's most feared gang leaders, was arrested.", "Los Choneros", "Ecuador"),
        # the ally named without a place; the place is the blow's
        (
            "In 2017 the Familia do Norte, then the Comando Vermelho's main ally, massacred prisoners in the Amazon.",
            "Família do Norte",
            "Amazon",
        ),
        # "advanced" talks, not ground
        ("Al-Shabaab has advanced talks with elders in Lower Juba.", "al-Shabaab", "Lower Juba"),
        # one strike on a day
        (
            "The U.S. military conducted an airstrike against al-Shabaab in the Gedo region on Monday.",
            "al-Shabaab",
            "Gedo",
        ),
        # the verb is the relative clause's, after the second name only
        (
            "The army fought the Badr Organization and Asa'ib Ahl al-Haq, which hold much of Diyala.",
            "Badr Organization",
            "Diyala",
        ),
    ],
)
def test_leaves_a_near_miss(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)


def test_a_camp_on_the_outskirts_of_a_town_is_in_it(extract_text: Extract) -> None:
    assert has_fact(
        extract_text("Police say the cell was based in the Shatila camp on the outskirts of Beirut."),
        "Shatila camp",
        "locatedIn",
        "Beirut",
    )
    assert not has_fact(
        extract_text("Police say the cell was based in the Shatila camp on the road to Beirut."),
        "Shatila camp",
        "locatedIn",
        "Beirut",
    )

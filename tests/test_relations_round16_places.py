"""Place relations, sixteenth round: a group "strongest in the south, around" towns, the hills "around" a town a group
holds, a spokesman "for" a group in a place, a place named "known as" after the ground it describes, a group "whose"
local cells are named by their place, and a list that goes on with "the adjoining" quarter. A region's name before
"departments of" and a government's seat named after another group are no ground of the subject.

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
        # the hills around a town, as the second thing a group holds
        (
            "In Kandahar the Taliban hold most of the city and the hills around Spin Boldak.",
            "Taliban",
            "Spin Boldak",
        ),
        # the side of the country named first, then where in it
        (
            "The ELN is strongest in the east, around the farming towns of Tame and Saravena.",
            "National Liberation Army (Colombia)",
            "Saravena",
        ),
        # a spokesman for the group in a place
        (
            "Amani Kasereka, who speaks for the M23 in Rutshuru, denied the report.",
            "March 23 Movement",
            "Rutshuru",
        ),
        # the ground described, then its name
        (
            "Islamic State has kept cells in the central desert, known as the Badia.",
            "Islamic State",
            "Syrian Desert",
        ),
        # the group's cells named by their place
        (
            "He had joined the Atomwaffen Division, the neo-Nazi group whose U.S. cells were broken up in 2020.",
            "Atomwaffen Division",
            "United States",
        ),
        # the kind word after the name, then the place the group is based in
        (
            "Police named the Lawrence Bishnoi gang, a Delhi-based criminal network, in the chargesheet.",
            "Lawrence Bishnoi",
            "Delhi",
        ),
        # the group's own man based in a country
        (
            "Police say Babbar Khalsa's Pakistan-based operative Harvinder Singh Rinda sent the grenades.",
            "Babbar Khalsa International",
            "Pakistan",
        ),
        # the region's units are the group's ground
        (
            "Police say MS-13 cells in the Caribbean departments of Cortés and Colón move cocaine.",
            "Mara Salvatrucha",
            "Cortés",
        ),
    ],
)
def test_reads_where_the_group_is(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # another subject holds the hills
        (
            "In Kandahar the Taliban hold most of the city, and the army holds the hills around Spin Boldak.",
            "Taliban",
            "Spin Boldak",
        ),
        # another subject guards the towns
        (
            "The ELN is strongest in the east, and the army guards the farming towns of Tame and Saravena.",
            "National Liberation Army (Colombia)",
            "Saravena",
        ),
        # a voice for the group's victims
        (
            "Amani Kasereka, who speaks for the victims of the M23 in Rutshuru, denied the report.",
            "March 23 Movement",
            "Rutshuru",
        ),
        # a spokesman for a state's own force
        (
            "Brigadier General Ali Rezaei, a spokesman for the Revolutionary Guards in Kerman province, told reporters.",
            "Islamic Revolutionary Guard Corps",
            "Kerman province",
        ),
        # cells lost there
        (
            "Islamic State has lost its last cells in the central desert, known as the Badia.",
            "Islamic State",
            "Syrian Desert",
        ),
        # critics there are not the group's men
        (
            "He had joined the Atomwaffen Division, the neo-Nazi group whose U.S. critics were pleased in 2020.",
            "Atomwaffen Division",
            "United States",
        ),
        # another network is the one based there
        (
            "Police named the Lawrence Bishnoi gang, a rival of a Delhi-based criminal network, in the chargesheet.",
            "Lawrence Bishnoi",
            "Delhi",
        ),
        # critics based there are not the group's men
        (
            "Police say Babbar Khalsa's Pakistan-based critics have condemned the attack.",
            "Babbar Khalsa International",
            "Pakistan",
        ),
        # the region's name only says which departments
        (
            "Police say MS-13 cells in the Caribbean departments of Cortés and Colón move cocaine.",
            "Mara Salvatrucha",
            "Caribbean",
        ),
        # the seat of another group's government
        (
            "ISKP is also fighting the Taliban government in Kabul.",
            "Islamic State Khorasan Province",
            "Kabul",
        ),
    ],
)
def test_leaves_a_near_miss(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)


def test_reads_the_adjoining_quarter(extract_text: Extract) -> None:
    # a list that goes on with "the adjoining" quarter; a near miss: a quarter the group is driven from
    found = extract_text("Al-Shabaab is based in the Jilib district and the adjoining Saakow district.")
    assert has_fact(found, "al-Shabaab", "operatesIn", "Saakow")
    missed = extract_text(
        "Al-Shabaab is based in the Jilib district, and the army holds the adjoining Saakow district."
    )
    assert not has_fact(missed, "al-Shabaab", "operatesIn", "Saakow")


def test_the_eastern_provinces_named_by_a_nationality_word(extract_text: Extract) -> None:
    # the nationality word before "provinces of" stands for the country, which is kept
    found = extract_text("The TTP has regrouped in the eastern Afghan provinces of Kunar and Khost.")
    assert has_fact(found, "Tehrik-i-Taliban Pakistan", "operatesIn", "Afghanistan")


@pytest.mark.parametrize(
    ("text", "s", "o", "read"),
    [
        # "where" after a region described by the city it lies east of: the region's, not the city's
        (
            "Kabylie, the mountainous region east of Algiers, where AQIM kept its last strongholds, has been quiet.",
            "al-Qaeda in the Islamic Maghreb",
            "Kabylie",
            True,
        ),
        (
            "Kabylie, the mountainous region east of Algiers, where AQIM kept its last strongholds, has been quiet.",
            "al-Qaeda in the Islamic Maghreb",
            "Algiers",
            False,
        ),
        # "where" the group remains one body; not where it remains a byword
        (
            "The army says the town lies in Honduras, where Barrio 18 remains a single structure.",
            "Barrio 18",
            "Honduras",
            True,
        ),
        (
            "The army says the town lies in Honduras, where Barrio 18 remains a byword for extortion.",
            "Barrio 18",
            "Honduras",
            False,
        ),
        # the name spelled out between commas, then the copula and where the group is based; not where it is banned
        (
            "The ELN, the National Liberation Army, is a guerrilla group based in Arauca.",
            "National Liberation Army (Colombia)",
            "Arauca",
            True,
        ),
        (
            "The ELN, the National Liberation Army, is a guerrilla group banned in Arauca.",
            "National Liberation Army (Colombia)",
            "Arauca",
            False,
        ),
        # a city turned into the country's most violent, past the city's aside; not into its busiest market
        (
            "The Chapitos have turned Culiacán, the capital of Sinaloa state, into Mexico's most violent city.",
            "Los Chapitos",
            "Culiacán",
            True,
        ),
        (
            "The Chapitos have turned Culiacán, the capital of Sinaloa state, into Mexico's busiest market.",
            "Los Chapitos",
            "Culiacán",
            False,
        ),
        # the last alias inside brackets before the verb
        (
            "The Chapitos (also called Los Chapitos), loyal to the sons of El Chapo, have turned Culiacán into a "
            "battleground.",
            "Los Chapitos",
            "Culiacán",
            True,
        ),
        (
            "The Chapitos (also called Los Chapitos), loyal to the sons of El Chapo, have turned Culiacán over to the "
            "army.",
            "Los Chapitos",
            "Culiacán",
            False,
        ),
        # the riverbank either side of a town, held; not only watched
        (
            "The Arakan Army has long controlled the riverbank north and south of Maungdaw.",
            "Arakan Army",
            "Maungdaw",
            True,
        ),
        (
            "The Arakan Army has long watched the riverbank north and south of Maungdaw.",
            "Arakan Army",
            "Maungdaw",
            False,
        ),
        # a quotation that opens on the group and its country; not on a blow against it
        (
            '"MS-13 in Honduras is becoming a partner of traffickers," she said.',
            "Mara Salvatrucha",
            "Honduras",
            True,
        ),
        ('"Fighting MS-13 in Honduras is becoming harder," she said.', "Mara Salvatrucha", "Honduras", False),
        # an aside between dashes before where the group was formed; not before where it was banned
        (
            "The Atomwaffen Division — a neo-Nazi network — was formed in Texas in 2015.",
            "Atomwaffen Division",
            "Texas",
            True,
        ),
        (
            "The Atomwaffen Division — a neo-Nazi network — was banned in Canada in 2021.",
            "Atomwaffen Division",
            "Canada",
            False,
        ),
    ],
)
def test_where_clauses_quotes_and_asides(
    extract_text: Extract, text: str, s: str, o: str, read: bool
) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o) is read

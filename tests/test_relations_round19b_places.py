"""Place relations, nineteenth round (second pass): a blow on a site the reporting group calls "its" own ("the PKK
said jets struck its camps in X"), a court's or an authority's word set off by commas inside the sentence that says
where a group means to act ("X, the prosecutor said, planned ... and intended to seize territory in Y"), and a list
of places that goes on past a name the gazetteer does not know ("in Aden, Lahj and Abyan"), a span of time
after the verb ("have fought for three decades over territory in X"), and men named by their loyalty to a group or
to the group a pronoun stands for ("crews loyal to it have gained a foothold in X").

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
        # the reporting group's own camp, struck by another
        (
            "The Kurdistan Workers' Party said Turkish jets struck its camps in Zakho overnight.",
            "Kurdistan Workers' Party",
            "Zakho",
        ),
        # its headquarters compound, with the group's acronym in brackets
        (
            "The Komala Party of Iranian Kurdistan (Komala) said two drones hit its headquarters compound in Koya.",
            "Komala",
            "Koya",
        ),
        # a prosecutor's word between commas, then the group's second verb phrase
        (
            "The Saxon Separatists, the prosecutor said, awaited the fall of the republic and intended to use the "
            "chaos to seize territory in Thuringia by force.",
            "Saxon Separatists",
            "Thuringia",
        ),
        # "according to the indictment" between commas
        (
            "Hezbollah, according to the indictment, planned to seize territory in Syria.",
            "Hezbollah",
            "Syria",
        ),
        # a span of time after the verb, then what the fight is over
        (
            "Barrio 18 and MS-13 have fought for two decades over territory and extortion in Choloma and Tela.",
            "Mara Salvatrucha",
            "Tela",
        ),
        # men named by their loyalty to the group
        (
            "Over the past year crews loyal to the Ulster Defence Association have gained a foothold in Larne.",
            "Ulster Defence Association",
            "Larne",
        ),
        # ... and to the group a pronoun stands for
        (
            "The Ulster Volunteer Force denied any role. Since 2023 crews loyal to it have gained a foothold in "
            "Holywood and Comber.",
            "Ulster Volunteer Force",
            "Comber",
        ),
        # a list that goes on past an unknown town
        (
            "Hezbollah is active in Tyre, Qlayaa and Sidon.",
            "Hezbollah",
            "Sidon",
        ),
    ],
)
def test_group_operates_in_place(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # a former camp: ground the group has left
        (
            "The Kurdistan Workers' Party said Turkish jets struck its former camps in Zakho overnight.",
            "Kurdistan Workers' Party",
            "Zakho",
        ),
        # another body named between the group and "its"
        (
            "The Komala Party of Iranian Kurdistan said the Iraqi army hit its headquarters compound in Koya.",
            "Komala",
            "Koya",
        ),
        # the group only reports a strike on a site that is not its own
        (
            "The Kurdistan Workers' Party said Turkish jets struck a hospital in Zakho overnight.",
            "Kurdistan Workers' Party",
            "Zakho",
        ),
        # the prosecutor's word, but another side means to seize the ground
        (
            "The Saxon Separatists, the prosecutor said, accused the republic of trying to seize territory in "
            "Thuringia.",
            "Saxon Separatists",
            "Thuringia",
        ),
        # the span of time does not stretch the reach to the far end of a long clause
        (
            "Barrio 18 has fought for two decades with the police and the army over the prisons in Tela.",
            "Barrio 18",
            "Tela",
        ),
        # men loyal to the group, held somewhere once
        (
            "The Ulster Volunteer Force denied any role. Two gunmen loyal to it were arrested in Holywood.",
            "Ulster Volunteer Force",
            "Holywood",
        ),
        # men loyal to the named group, jailed somewhere: one event, no ground
        (
            "Last year two crews loyal to the Ulster Defence Association were jailed in Larne.",
            "Ulster Defence Association",
            "Larne",
        ),
        # a weekday, not a town, between the commas
        (
            "Hezbollah is active in Tyre, Monday and Sidon.",
            "Hezbollah",
            "Sidon",
        ),
    ],
)
def test_group_not_operating_in_place(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)

"""Place relations, thirteenth round: a predicate noun read like an apposition ("is an armed group based in X"),
the clause of a coalition of groups, a group's roots, the country of a capital a group took or came to power in,
one cell of a group and the rackets it runs, the apposition right after a group inside a reported clause, a name
given as another group's alias, and a site or institution whose own name gives its town.

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
        # the copula before a group noun and "based"/"active"
        ("The Tulkarem Brigade is an armed group based in Balata.", "Tulkarem Brigade", "Balata"),
        ("The Tulkarem Brigade is a militant group active in Balata.", "Tulkarem Brigade", "Balata"),
        # an aside with the group's other name before the copula
        (
            "The Tulkarem Brigade, known in Arabic as Katibat Tulkarem, is an armed group based in the Balata and "
            "Nur Shams camps.",
            "Tulkarem Brigade",
            "Nur Shams",
        ),
        # the singular verb after "a coalition of ... groups that" is the coalition's
        (
            "Its main rival is Carteles Unidos, a coalition of local criminal groups that controls much of the area "
            "around Apatzingan and Buenavista.",
            "Carteles Unidos",
            "Apatzingán",
        ),
        # a group's roots
        (
            "The Foxtrot network has roots in Uppsala and a strong presence in Stockholm.",
            "Foxtrot network",
            "Uppsala",
        ),
        (
            "The Foxtrot network, with deep roots in Uppsala, is feared by rivals.",
            "Foxtrot network",
            "Uppsala",
        ),
        # the country of a capital the group took or came to power in
        (
            "The TTP has regrouped since the Taliban returned to power in Kabul in 2021.",
            "Taliban",
            "Afghanistan",
        ),
        ("Aid fell sharply after the Taliban seized Kabul in August 2021.", "Taliban", "Afghanistan"),
        # one cell of the group, and the rackets it runs in a part of a town
        (
            "Both suspects belonged to a Los Lobos cell that runs extortion rackets in the port area of Puerto "
            "Bolívar.",
            "Los Lobos",
            "Puerto Bolívar",
        ),
        ("A Los Lobos cell operates in Puerto Bolívar.", "Los Lobos", "Puerto Bolívar"),
        # the apposition right after the group, inside what officials said
        (
            "Officials said that some of the attackers belonged to the Hafiz Gul Bahadur group, a faction based in "
            "North Waziristan whose fighters have fought alongside the TTP.",
            "Hafiz Gul Bahadur group",
            "North Waziristan",
        ),
    ],
)
def test_reads_where_the_group_is(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # the group noun is not followed by "based" or "active": founders from a place
        ("The Tulkarem Brigade is an armed group founded by men from Balata.", "Tulkarem Brigade", "Balata"),
        # the government named by its seat is not said to have taken the country
        ("The Taliban government in Kabul condemned the bombing.", "Taliban", "Afghanistan"),
        # the group that came to power is the one named last, not the subject of the sentence
        (
            "The TTP has regrouped since the Taliban returned to power in Kabul in 2021.",
            "Tehrik-i-Taliban Pakistan",
            "Afghanistan",
        ),
        # a capital that is not the group's conquest
        ("The Taliban seized Kandahar in August 2021.", "Taliban", "Afghanistan"),
        # a cell taken in one place is not where the group works
        ("A Los Lobos cell was arrested in Puerto Bolívar.", "Los Lobos", "Puerto Bolívar"),
        # roots denied
        ("Police say the Foxtrot network has no roots in Uppsala.", "Foxtrot network", "Uppsala"),
        # a plural verb after "a coalition of ... groups that" is the groups'
        (
            "Carteles Unidos, a coalition of local criminal groups that control much of Apatzingan, was formed in 2014.",
            "Carteles Unidos",
            "Apatzingán",
        ),
    ],
)
def test_leaves_alone(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)


def test_an_alias_given_to_another_group_is_not_a_second_subject(extract_text: Extract) -> None:
    text = "The faction, known locally as IS-Somalia or simply Daesh, is active in Puntland."
    assert not has_fact(extract_text(text), "Islamic State", "operatesIn", "Puntland")


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # "the University of X", when the document names X too
        (
            "Officials in Tehran blamed Israel. Reza Moradi-Kia, a researcher at the University of Tehran, said the "
            "group was weak.",
            "University of Tehran",
            "Tehran",
        ),
    ],
)
def test_a_site_is_in_the_town_its_name_gives(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "locatedIn", o)


def test_a_site_named_for_a_town_the_text_does_not_name_is_left_alone(extract_text: Extract) -> None:
    text = "Reza Moradi-Kia, a researcher at the University of Tehran, said the group was weak."
    assert not any(
        r.predicate.value == "locatedIn" and r.subject.name == "University of Tehran"
        for r in extract_text(text).relations
    )

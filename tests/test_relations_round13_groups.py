"""Relations between groups, thirteenth round: outlets, former parents, owners' places, arms of companies.

"X works with Mexico's Y" (the place that owns the second name is not the verb's object); "X and its former
parent, Y" (a group that left its parent was formed from it, not a part of it); "the Amaq news agency, the
Islamic State's propaganda outlet" (the outlet is the part, whatever kind its own name says); "X, the British
arm of the Israeli arms maker Y". Each phrasing sits beside a near miss it must leave alone: "broke away from
Y with the backing of Z" says Z backed the splinter, not Y. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import facts, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        # a place's possessive before the ally
        (
            "Investigators say Los Lobos works with Mexico's Jalisco New Generation Cartel on cocaine shipments.",
            "Los Lobos",
            "alliedWith",
            "Jalisco New Generation Cartel",
        ),
        # a former parent is where the group came from
        (
            "The court listed Los Lobos and its former parent, Los Choneros, among the banned gangs.",
            "Los Lobos",
            "formedFrom",
            "Los Choneros",
        ),
        # an outlet whose own name says its kind, apposed to its owner
        (
            "The Amaq news agency, the Islamic State's propaganda outlet, carried the claim on Friday.",
            "Amaq News Agency",
            "affiliateOf",
            "Islamic State",
        ),
        # a company's arm, with what the parent is said before its name
        (
            "The factory belongs to Elbit Systems UK, the British arm of the Israeli arms maker Elbit Systems.",
            "Elbit Systems UK",
            "affiliateOf",
            "Elbit Systems",
        ),
        # an auxiliary force is part of the army it fights alongside
        (
            "A unit of VDP, the civilian auxiliaries who fight alongside the Forces Armées Nationales (FAN), guarded "
            "the road.",
            "VDP",
            "affiliateOf",
            "Armed Forces of Burkina Faso",
        ),
        # a body's own unit, named by "its"
        (
            "The Home Office said its Border Force had detained two men.",
            "Border Force",
            "affiliateOf",
            "Home Office",
        ),
        # a relative clause on the fighters of the apposed faction
        (
            "Officials said that some of the gunmen belonged to the Hafiz Gul Bahadur group, a faction based in "
            "North Waziristan whose fighters have fought alongside the TTP for years.",
            "Hafiz Gul Bahadur group",
            "alliedWith",
            "Tehrik-i-Taliban Pakistan",
        ),
        # "counts Y among its allies" past an apposition's clause
        (
            "Ansar Dine, a coalition of local factions that holds the area around Kidal and counts al-Mourabitoun "
            "among its allies, refused the deal.",
            "Ansar Dine",
            "alliedWith",
            "al-Mourabitoun",
        ),
        # an outlet "its" names, past an apposition naming the subject's own parent
        (
            "Al-Shabaab, al-Qaeda's branch in Somalia, claimed the raid through its Radio Andalus.",
            "Radio Andalus",
            "affiliateOf",
            "al-Shabaab",
        ),
        # "linked to the rival Y": rival of a third party, ally of the subject
        (
            "Los Choneros has long been linked to the rival Sinaloa Cartel.",
            "Los Choneros",
            "alliedWith",
            "Sinaloa Cartel",
        ),
        # others fought first, then "the rival" group
        (
            "ISSP is fighting both the army and the rival JNIM for control of the border.",
            "Islamic State Sahel Province",
            "rivalOf",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        # "both" before the first of the groups fought
        (
            "ISSP has fought both JNIM and the army near the border.",
            "Islamic State Sahel Province",
            "rivalOf",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
    ],
)
def test_round13_group_relations(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    extraction = extract_text(text)
    assert has_fact(extraction, s, p, o), sorted(facts(extraction))


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        # the splinter had the backing, not the group it left
        (
            "Ansaru broke away from Boko Haram in 2012 with the backing of al-Qaeda.",
            "Boko Haram",
            "alliedWith",
            "al-Qaeda",
        ),
        # the owner is not the outlet's part
        (
            "The Amaq news agency, the Islamic State's propaganda outlet, carried the claim on Friday.",
            "Islamic State",
            "affiliateOf",
            "Amaq News Agency",
        ),
        # a former parent is no longer the group's whole
        (
            "The court listed Los Lobos and its former parent, Los Choneros, among the banned gangs.",
            "Los Lobos",
            "affiliateOf",
            "Los Choneros",
        ),
    ],
)
def test_round13_group_relations_left_alone(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    extraction = extract_text(text)
    assert not has_fact(extraction, s, p, o), sorted(facts(extraction))

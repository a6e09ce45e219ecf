"""Round twenty-four (b): gazetteer breadth for articles nobody here has seen.

New groups (Syria's old pro-government militia, Europe's identitarians, Patagonia's Mapuche militants, an
Iraqi front name, a Manipur militia, a banned Hamburg Islamist group), the acronyms the news writes for groups
already known (FSA, OPM, PFI, AFF); new bodies: Libya's eastern army (a body, as the news treats it), Peru's
VRAEM command, Yemen's Houthi ruling council, Darfur's old hybrid mission, Belgium's judicial police,
Germany's small neo-Nazi parties, an Israeli NGO whose name is prose in lower case; and places the conflict
reporting names (the Darién Gap, Rio's favelas, the W-Arly-Pendjari parks, PKK mountains in Iraq, the Garo
Hills, departments and valleys of the Americas).

A name that is also a surname ("Chandel", left out), prose in lower case ("peace now") or more than one
country's body ("National Defence Forces") is kept to a qualified or capitalised form. Each reading sits
beside a near miss. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import gazetteer_ids, read_as_group, typed

from kg.extract import lexicon
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "surface", "gid"),
    [
        ("FSA units withdrew from the hills above Jisr al-Shughur.", "FSA", "free_syrian_army"),
        ("The OPM said its fighters burned an airstrip in Nduga.", "OPM", "free_papua_movement"),
        ("Police banned the PFI and eight of its fronts in 2022.", "PFI", "popular_front_of_india"),
        (
            "Members of Generation Identity hung a banner from a mosque roof in Graz.",
            "Generation Identity",
            "generation_identity",
        ),
        (
            "Resistencia Ancestral Mapuche claimed the arson of two lorries in Río Negro.",
            "Resistencia Ancestral Mapuche",
            "resistencia_ancestral_mapuche",
        ),
        (
            "Saraya Qasim al-Jabbarin said it had bombed a supply convoy south of Baghdad.",
            "Saraya Qasim al-Jabbarin",
            "saraya_qasim_al_jabbarin",
        ),
        (
            "Harakat Ahrar al-Sham fighters manned a checkpoint near Saraqib.",
            "Harakat Ahrar al-Sham",
            "ahrar_al_sham",
        ),
    ],
)
def test_new_group_names_are_read_as_their_group(
    extract_text: Extract, text: str, surface: str, gid: str
) -> None:
    assert read_as_group(extract_text(text), surface, gid)


@pytest.mark.parametrize(
    "surface",
    [
        "National Defence Forces",  # several countries' armies go by it; the Syrian militia is qualified
        "Identitarian",  # an adjective of the movement, not its name
        "Mapuche",  # a people, not a group
        "Peace Brigades",  # an NGO's name before Sadr's militia
    ],
)
def test_colliding_or_common_forms_are_no_group(surface: str) -> None:
    assert lexicon.lookup_group(surface) is None


def test_qualified_syrian_militia_is_a_group_but_the_bare_name_is_not(extract_text: Extract) -> None:
    got = typed(
        extract_text("National Defence Forces (Syria) militiamen were killed in an ambush near Hama.")
    )
    assert ("National Defence Forces (Syria)", EntityType.GROUP) in got
    near = extract_text("The general thanked the National Defence Forces for their service.")
    assert "group:national_defence_forces" not in gazetteer_ids(near, "National Defence Forces")


@pytest.mark.parametrize(
    ("text", "surface", "oid"),
    [
        ("UNAMID peacekeepers left their base in 2020.", "UNAMID", "org:unamid"),
        # Haftar's army: the armed body of the eastern authorities, typed as a body as the news treats it
        (
            "Fighters of the Libyan National Army shelled a militia camp south of Sirte on Monday.",
            "Libyan National Army",
            "org:ly-lna",
        ),
        ("The LNA said its aircraft had struck a convoy near Ubari.", "LNA", "org:ly-lna"),
        (
            "A spokesman for the Libyan Arab Armed Forces denied the report.",
            "Libyan Arab Armed Forces",
            "org:ly-lna",
        ),
        (
            "A patrol of the Special Command of the VRAEM was ambushed above the Ene river.",
            "Special Command of the VRAEM",
            "org:pe-ce-vraem",
        ),
        (
            "The Supreme Political Council in Sanaa rejected the truce.",
            "Supreme Political Council",
            "org:ye-supreme-political-council",
        ),
        ("Peace Now said the outpost had been built without a permit.", "Peace Now", "org:il-peace-now"),
        (
            "The Federal Judicial Police searched three flats in Molenbeek.",
            "Federal Judicial Police",
            "org:be-federal-judicial-police",
        ),
    ],
)
def test_new_bodies_are_organisations(extract_text: Extract, text: str, surface: str, oid: str) -> None:
    ex = extract_text(text)
    assert gazetteer_ids(ex, surface) == {oid}
    assert all(m.type is EntityType.ORGANIZATION for m in ex.mentions if m.text == surface)


def test_peace_now_in_lower_case_prose_is_no_body(extract_text: Extract) -> None:
    ex = extract_text("The marchers chanted for peace now outside the parliament building.")
    assert not any(m.type is EntityType.ORGANIZATION for m in ex.mentions)


@pytest.mark.parametrize(
    ("text", "surface", "pid"),
    [
        ("Migrants crossed the Darién Gap into Panama last month.", "Darién Gap", "place:pa-darien-gap"),
        ("Police raided Rocinha before dawn on Tuesday.", "Rocinha", "place:br-rocinha"),
        (
            "The militants have camps in the W National Park along the border.",
            "W National Park",
            "place:w-national-park",
        ),
        ("Two rangers were killed in Pendjari National Park.", "Pendjari National Park", "place:bj-pendjari"),
        ("Turkish jets bombed the Gara mountain overnight.", "Gara mountain", "place:iq-gara-mountain"),
        ("The ELN blew up a pipeline in La Guajira.", "La Guajira", "place:co-la-guajira"),
        ("Shining Path remnants ambushed a patrol in the VRAEM.", "VRAEM", "place:pe-vraem"),
        ("Residents fled Shujaiya after the evacuation order.", "Shujaiya", "place:ps-shujaiya"),
    ],
)
def test_new_places_are_read(extract_text: Extract, text: str, surface: str, pid: str) -> None:
    ex = extract_text(text)
    assert gazetteer_ids(ex, surface) == {pid}
    assert all(m.type is EntityType.LOCATION for m in ex.mentions if m.text == surface)


def test_a_surname_shared_with_a_district_stays_a_person(extract_text: Extract) -> None:
    got = typed(extract_text("Police said Ravi Chandel, 34, was arrested in Imphal on Monday."))
    assert ("Ravi Chandel", EntityType.PERSON) in got
    assert lexicon.lookup_place("Chandel") is None


def test_vraem_matches_only_in_capitals() -> None:
    assert lexicon.lookup_place("VRAEM").id == "pe-vraem"
    assert lexicon.lookup_place("vraem") is None

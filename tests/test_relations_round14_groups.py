"""Round fourteen: how analysts state splits, alliances, rivalries, wings and umbrellas, read as general rules
between groups.

Every sentence here was written for these tests; each reading sits beside a near miss of the same shape.

- "IS said that one of its men ..., and named him in a message published through its Amaq agency": a long
  adjunct between the owner and "its"; "X kept silent, while IS announced it via its Amaq agency": a later clause.
- "Y is an umbrella for Sahelian factions that includes A and B": the members belong to the umbrella.
- "A and B have fought as close allies"; "it and the X jointly carried out a raid".
- "X militias fought alongside troops against Y"; "X dismantled Y"; "caught in a cycle of retaliatory killings
  with Y"; "Two competing groups, A's X and B's Y, ...".
- "X, then Y's closest partner"; "X, a faction founded in 2012 that is allied with Y"; "X sourced its rifles via
  channels controlled by Y".
- "X was set up by deserters from Y who swore loyalty to Z": X, not Y, is Z's ally.
- "X, set up by fighters who quit Y, is now a bitter enemy of its old parent group"; "X, which the police regard
  as an offshoot of Y"; "created out of former fighters of both A and B"; "..., and the latter is itself an
  offshoot of C"; "According to P, it was set up by deserters from Y".
- "created in 2014 by P from a schism within Y"; "a cleric founded X after splitting from Y".
- "Its men are officially integrated into Iraq's PMF"; "a leaflet from X claimed the ambush on behalf of Y"; "X
  gunmen from the group's Y wing"; "X later broke with Y"; "Stanford University's Center for International
  Security"; "it regards X, a younger cell, as a rival".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import facts, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

IS = "Islamic State"
AMAQ = "Amaq News Agency"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
TTP = "Tehrik-i-Taliban Pakistan"
AQIM = "al-Qaeda in the Islamic Maghreb"


def test_its_agency_after_a_long_adjunct(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State said on Friday that one of its men had carried out the raid on the barracks near "
        "Mosul, and named him in a message published through its Amaq news agency."
    )
    assert has_fact(ex, AMAQ, "affiliateOf", IS)


def test_its_agency_in_a_later_clause_is_that_clauses_subjects(extract_text: Extract) -> None:
    ex = extract_text(
        "Boko Haram kept silent, while the Islamic State announced the killings via its Amaq news agency."
    )
    assert has_fact(ex, AMAQ, "affiliateOf", IS)
    assert not has_fact(ex, AMAQ, "affiliateOf", "Boko Haram")


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        (f"{JNIM} is an umbrella for Sahelian factions that includes Ansar Dine and al-Mourabitoun.", True),
        (f"{JNIM} has been an umbrella for Sahelian factions since 2017; Ansar Dine denied any role.", False),
    ],
)
def test_an_umbrella_for_factions_that_includes_its_members(
    extract_text: Extract, sentence: str, members: bool
) -> None:
    assert has_fact(extract_text(sentence), "Ansar Dine", "affiliateOf", JNIM) is members


@pytest.mark.parametrize(
    ("sentence", "allied"),
    [
        ("Hamas and Palestinian Islamic Jihad have fought as close allies for a decade.", True),
        ("Hamas and Palestinian Islamic Jihad have fought as allies of the Syrian army.", False),
    ],
)
def test_fighting_as_allies(extract_text: Extract, sentence: str, allied: bool) -> None:
    assert has_fact(extract_text(sentence), "Hamas", "alliedWith", "Palestinian Islamic Jihad") is allied


@pytest.mark.parametrize(
    ("how", "allied"), [("jointly carried out a raid", True), ("carried out separate raids", False)]
)
def test_it_and_a_group_acting_jointly(extract_text: Extract, how: str, allied: bool) -> None:
    ex = extract_text(
        "The United National Liberation Front is small. Last year it and the National Socialist Council of "
        f"Nagaland {how} on border posts."
    )
    assert (
        has_fact(
            ex, "United National Liberation Front", "alliedWith", "National Socialist Council of Nagaland"
        )
        is allied
    )


def test_militias_fighting_alongside_troops_against_a_group(extract_text: Extract) -> None:
    ex = extract_text("Hamas militias fought alongside Egyptian troops against the Islamic State in 2017.")
    assert has_fact(ex, "Hamas", "rivalOf", IS)


def test_militias_fighting_alongside_a_group_are_not_its_rivals(extract_text: Extract) -> None:
    ex = extract_text("Hamas militias fought alongside Palestinian Islamic Jihad against Israeli troops.")
    assert not has_fact(ex, "Hamas", "rivalOf", "Palestinian Islamic Jihad")


@pytest.mark.parametrize(
    ("sentence", "rival"),
    [
        ("In 2019 Hayat Tahrir al-Sham dismantled Hurras al-Din in Idlib.", True),
        ("Hayat Tahrir al-Sham dismantled a checkpoint in Idlib, Hurras al-Din said.", False),
    ],
)
def test_a_group_dismantled_by_another(extract_text: Extract, sentence: str, rival: bool) -> None:
    assert has_fact(extract_text(sentence), "Hayat Tahrir al-Sham", "rivalOf", "Hurras al-Din") is rival


@pytest.mark.parametrize(
    ("sentence", "rival"),
    [
        ("CODECO is caught in a cycle of retaliatory killings with the Zaire militia.", True),
        ("CODECO is caught in a cycle of retaliatory killings, the Zaire militia said.", False),
    ],
)
def test_a_cycle_of_reprisals(extract_text: Extract, sentence: str, rival: bool) -> None:
    assert has_fact(extract_text(sentence), "CODECO", "rivalOf", "Zaire") is rival


@pytest.mark.parametrize(
    ("opening", "rival"), [("Two competing insurgent groups", True), ("Two insurgent groups", False)]
)
def test_two_rival_groups_named_then(extract_text: Extract, opening: str, rival: bool) -> None:
    ex = extract_text(
        f"{opening}, {JNIM} and the Islamic State Sahel Province, said they had shelled the town."
    )
    assert has_fact(ex, JNIM, "rivalOf", "Islamic State Sahel Province") is rival


@pytest.mark.parametrize(
    ("opening", "rival"), [("Two competing insurgent groups", True), ("Two insurgent groups", False)]
)
def test_two_rival_groups_each_named_with_its_parent(
    extract_text: Extract, opening: str, rival: bool
) -> None:
    ex = extract_text(
        f"{opening}, al-Qaeda's Hurras al-Din and the Islamic State's Jund al-Aqsa, said they had shelled the town."
    )
    assert has_fact(ex, "Hurras al-Din", "rivalOf", "Jund al-Aqsa") is rival


@pytest.mark.parametrize(("when", "allied"), [("then", True), ("once", False)])
def test_then_a_groups_closest_partner(extract_text: Extract, when: str, allied: bool) -> None:
    ex = extract_text(f"In 2012 Ansar Dine, {when} al-Qaeda's closest partner in Mali, took Timbuktu.")
    assert has_fact(ex, "Ansar Dine", "alliedWith", "al-Qaeda") is allied


@pytest.mark.parametrize(("verb", "allied"), [("is allied with", True), ("is fighting", False)])
def test_a_faction_founded_in_a_year_that_is_allied(extract_text: Extract, verb: str, allied: bool) -> None:
    ex = extract_text(
        f"Ansaru, a little-known faction founded in 2012 that {verb} {AQIM}, kidnapped foreigners."
    )
    assert has_fact(ex, "Ansaru", "alliedWith", AQIM) is allied


@pytest.mark.parametrize(
    ("sentence", "allied"),
    [
        (
            "Los Zetas sourced its rifles via trafficking channels in Texas controlled by the Gulf Cartel.",
            True,
        ),
        ("Los Zetas bought weapons after a raid on the Gulf Cartel.", False),
    ],
)
def test_buying_weapons_through_a_groups_channels(extract_text: Extract, sentence: str, allied: bool) -> None:
    assert has_fact(extract_text(sentence), "Los Zetas", "alliedWith", "Gulf Cartel") is allied


def test_buying_weapons_from_a_group_as_investigators_believe(extract_text: Extract) -> None:
    ex = extract_text(
        "The Shining Path, which investigators believe obtains explosives from the Sinaloa Cartel, still holds "
        "out in the valley."
    )
    assert has_fact(ex, "Shining Path", "alliedWith", "Sinaloa Cartel")


def test_deserters_who_swore_loyalty_make_the_new_group_the_ally(extract_text: Extract) -> None:
    ex = extract_text(
        "Jund al-Aqsa was set up by deserters from the Nusra Front who swore loyalty to the Islamic State."
    )
    assert has_fact(ex, "Jund al-Aqsa", "formedFrom", "al-Nusra Front")
    assert has_fact(ex, "Jund al-Aqsa", "alliedWith", IS)
    assert not has_fact(ex, "al-Nusra Front", "alliedWith", IS)


def test_a_long_gloss_after_the_name_is_passed_over(extract_text: Extract) -> None:
    ex = extract_text(
        "**Jund al-Aqsa** (Soldiers of al-Aqsa; sometimes rendered in full with its Levant suffix) was created "
        "by deserters from the Nusra Front."
    )
    assert has_fact(ex, "Jund al-Aqsa", "formedFrom", "al-Nusra Front")


@pytest.mark.parametrize(("what", "formed"), [("deserted", True), ("visited", False)])
def test_created_by_prisoners_who_deserted(extract_text: Extract, what: str, formed: bool) -> None:
    ex = extract_text(
        f"Barrio 18, created by prisoners who {what} Mara Salvatrucha, runs rackets in San Salvador."
    )
    assert has_fact(ex, "Barrio 18", "formedFrom", "Mara Salvatrucha") is formed


@pytest.mark.parametrize(("enemy_of", "rival"), [("its old parent group", True), ("the army", False)])
def test_an_enemy_of_its_old_parent(extract_text: Extract, enemy_of: str, rival: bool) -> None:
    ex = extract_text(
        f"Jamaat-ul-Ahrar, set up by fighters who quit the {TTP}, is now a bitter enemy of {enemy_of}."
    )
    assert has_fact(ex, "Jamaat-ul-Ahrar", "formedFrom", TTP)
    assert has_fact(ex, "Jamaat-ul-Ahrar", "rivalOf", TTP) is rival


@pytest.mark.parametrize(("kind", "formed"), [("an offshoot", True), ("a rival", False)])
def test_what_a_describer_regards_a_group_as(extract_text: Extract, kind: str, formed: bool) -> None:
    ex = extract_text(f"Officers named Jamaat-ul-Ahrar, which the police regard as {kind} of the {TTP}.")
    assert has_fact(ex, "Jamaat-ul-Ahrar", "formedFrom", TTP) is formed


@pytest.mark.parametrize(
    ("made", "formed"), [("out of former fighters of", True), ("with weapons taken from", False)]
)
def test_created_out_of_fighters_of_both(extract_text: Extract, made: str, formed: bool) -> None:
    ex = extract_text(
        f"The Real IRA was created {made} both the Provisional IRA and the Irish National Liberation Army."
    )
    assert has_fact(ex, "Real IRA", "formedFrom", "Provisional IRA") is formed
    assert has_fact(ex, "Real IRA", "formedFrom", "Irish National Liberation Army") is formed


@pytest.mark.parametrize(("kind", "formed"), [("an offshoot", True), ("a rival", False)])
def test_the_latter_is_the_last_group_named(extract_text: Extract, kind: str, formed: bool) -> None:
    ex = extract_text(
        "The Real IRA and the Irish National Liberation Army both operated in Armagh, and the latter is "
        f"itself {kind} of the Official IRA."
    )
    assert has_fact(ex, "Irish National Liberation Army", "formedFrom", "Official IRA") is formed
    assert not has_fact(ex, "Real IRA", "formedFrom", "Official IRA")


@pytest.mark.parametrize(
    ("said", "formed"),
    [
        ("it was set up by deserters from the Provisional IRA", True),
        ("it was a quiet year for the Provisional IRA", False),
    ],
)
def test_according_to_a_source_it_was_set_up(extract_text: Extract, said: str, formed: bool) -> None:
    ex = extract_text(f"The Real IRA emerged in 1997. According to one historian, {said}.")
    assert has_fact(ex, "Real IRA", "formedFrom", "Provisional IRA") is formed


@pytest.mark.parametrize(
    ("tie", "part"), [("officially integrated into", True), ("openly hostile to", False)]
)
def test_its_men_integrated_into_a_whole(extract_text: Extract, tie: str, part: bool) -> None:
    ex = extract_text(
        "Kata'ib Sayyid al-Shuhada has claimed dozens of rocket attacks. "
        f"Its men are {tie} Iraq's Popular Mobilization Forces."
    )
    assert has_fact(ex, "Kata'ib Sayyid al-Shuhada", "affiliateOf", "Popular Mobilization Forces") is part


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        (f"A leaflet left by the Okba Ibn Nafaa Brigade claimed the ambush on behalf of {AQIM}.", True),
        (f'A leaflet from the "Okba Ibn Nafaa Brigade" claimed the ambush on behalf of {AQIM}.', True),
        (
            f"A leaflet from the Okba Ibn Nafaa Brigade claimed the ambush and denied acting on behalf of {AQIM}.",
            False,
        ),
    ],
)
def test_claimed_on_behalf_of(extract_text: Extract, sentence: str, part: bool) -> None:
    assert has_fact(extract_text(sentence), "Okba Ibn Nafaa Brigade", "affiliateOf", AQIM) is part


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Officials blamed the ambush on al-Shabaab gunmen from the group's Amniyat wing.", True),
        ("Officials blamed the ambush on al-Shabaab gunmen from the group, not on Amniyat.", False),
    ],
)
def test_gunmen_from_the_groups_wing(extract_text: Extract, sentence: str, part: bool) -> None:
    assert has_fact(extract_text(sentence), "Amniyat", "affiliateOf", "al-Shabaab") is part


@pytest.mark.parametrize(
    ("sentence", "formed"),
    [
        (
            f"Jamaat-ul-Ahrar was created in 2014 by Omar Khalid Khorasani from a schism within the {TTP}.",
            True,
        ),
        (
            f"Jamaat-ul-Ahrar was created in 2014 by Omar Khalid Khorasani from a base within the {TTP} belt.",
            False,
        ),
    ],
)
def test_created_by_a_person_from_a_schism(extract_text: Extract, sentence: str, formed: bool) -> None:
    assert has_fact(extract_text(sentence), "Jamaat-ul-Ahrar", "formedFrom", TTP) is formed


@pytest.mark.parametrize(("how", "formed"), [("splitting from", True), ("meeting with", False)])
def test_founded_after_splitting_from(extract_text: Extract, how: str, formed: bool) -> None:
    ex = extract_text(f"A hardline cleric founded Jamaat-ul-Ahrar in 2014 after {how} the {TTP} leadership.")
    assert has_fact(ex, "Jamaat-ul-Ahrar", "formedFrom", TTP) is formed


@pytest.mark.parametrize(("verb", "rival"), [("later broke with", True), ("traded with", False)])
def test_a_group_that_broke_with_another(extract_text: Extract, verb: str, rival: bool) -> None:
    ex = extract_text(f"Los Zetas {verb} the Gulf Cartel in 2010 and has fought for Nuevo Laredo since.")
    assert has_fact(ex, "Los Zetas", "rivalOf", "Gulf Cartel") is rival


@pytest.mark.parametrize(
    ("body", "part"),
    [("Stanford University's Center for International Security", True), ("Stanford University", False)],
)
def test_a_universitys_own_centre(extract_text: Extract, body: str, part: bool) -> None:
    ex = extract_text(f"A senior fellow at {body} said the group had adopted the attack.")
    parts = {(s, o) for s, p, o in facts(ex) if p == "affiliateOf"}
    assert (("Center for International Security", "Stanford University") in parts) is part


@pytest.mark.parametrize(("taken_for", "rival"), [("a rival", True), ("a model", False)])
def test_what_it_regards_another_group_as(extract_text: Extract, taken_for: str, rival: bool) -> None:
    ex = extract_text(
        "The Real IRA is small but active in Armagh, a historian said. "
        f'"Its leaders say that it regards the Continuity IRA, a younger cell, as {taken_for}."'
    )
    assert has_fact(ex, "Real IRA", "rivalOf", "Continuity IRA") is rival

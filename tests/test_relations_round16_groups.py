"""Round sixteen: ties between groups, read as general rules.

Every sentence here was written for these tests; each reading sits beside a near miss of the same shape.

- "the prosecutor said the gunmen belonged to a cell of Y": the speaker reports on others, it is not the cell.
- "X was created from units of Y": the new force took over the old one's men.
- "X and its Y allies": a group's allies are not its parts.
- "X broke apart into two factions, A and B": each faction is a splinter of X.
- "X (a long gloss), for years Y's fiercest rival": the gloss and the time say nothing of the tie.
- "X fighters have fought alongside Y gunmen against Z": allies, and both Z's rivals; "X has fought Z side by
  side with Y": X's companion is its ally.
- 'the so-called "X", which split from Y and pledged allegiance to the terrorist organisation "Z"': quotes are
  no words, and the descriptor before a name is that name's kind.
- "X cells move cocaine for Y": one group works the other's trade.
- "X operates largely through Y": the group it works through is its arm.
- "X grew out of channels run by former Y members": a new group out of the old one's men.
- "X are a coalition of militias that took up arms against Y"; "X took the town after days of fighting with Y";
  "X members who stormed a block holding rivals from Y": rivals.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

AQIM = "al-Qaeda in the Islamic Maghreb"
JAK = "Jund al-Khilafah in Algeria"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
ISS = "Islamic State Somalia Province"
CJNG = "Jalisco New Generation Cartel"


@pytest.mark.parametrize(
    ("clause", "branch"),
    [
        (", which analysts say is the strongest branch of the", True),
        (" said on Monday that the gunmen belonged to a cell of the", False),
    ],
)
def test_a_speaker_is_not_the_cell_it_names(extract_text: Extract, clause: str, branch: bool) -> None:
    ex = extract_text(f"Al-Shabaab{clause} Islamic State in the Sahel region.")
    assert has_fact(ex, "al-Shabaab", "affiliateOf", "Islamic State Sahel Province") is branch


@pytest.mark.parametrize(("made", "formed"), [("from units of", True), ("with weapons of", False)])
def test_a_force_created_from_anothers_units(extract_text: Extract, made: str, formed: bool) -> None:
    ex = extract_text(f"Ansar Dine was created in 2012 {made} {AQIM}, a source said.")
    assert has_fact(ex, "Ansar Dine", "formedFrom", AQIM) is formed


@pytest.mark.parametrize(("men", "allied"), [("allies", True), ("fighters", False)])
def test_its_allies_are_not_its_parts(extract_text: Extract, men: str, allied: bool) -> None:
    ex = extract_text(
        f"Expect the Karen National Union and its Arakan Army {men} to keep the highway under fire."
    )
    assert has_fact(ex, "Karen National Union", "alliedWith", "Arakan Army") is allied
    if allied:
        assert not has_fact(ex, "Arakan Army", "affiliateOf", "Karen National Union")


@pytest.mark.parametrize(("parts", "split"), [("factions", True), ("columns", False)])
def test_the_factions_a_group_broke_into(extract_text: Extract, parts: str, split: bool) -> None:
    ex = extract_text(
        f"After 2016 the FARC dissidents broke apart into two {parts}, the Segunda Marquetalia and the "
        "Estado Mayor Central, which have fought each other since."
    )
    assert has_fact(ex, "Segunda Marquetalia", "formedFrom", "FARC dissidents") is split
    assert has_fact(ex, "Estado Mayor Central", "formedFrom", "FARC dissidents") is split


@pytest.mark.parametrize(("kin", "rival"), [("fiercest rival", True), ("main supplier", False)])
def test_a_rival_named_past_a_long_gloss(extract_text: Extract, kin: str, rival: bool) -> None:
    ex = extract_text(
        "The Chapitos struck a deal with the Jalisco New Generation Cartel (Cártel de Jalisco Nueva Generación, "
        f"CJNG), for years the Sinaloa Cartel's {kin}."
    )
    assert has_fact(ex, CJNG, "rivalOf", "Sinaloa Cartel") is rival


@pytest.mark.parametrize(("then", "rivals"), [("against the", True), (", and then attacked the", False)])
def test_alongside_one_against_another(extract_text: Extract, then: str, rivals: bool) -> None:
    ex = extract_text(
        f"Ansar al-Sharia fighters have fought alongside al-Shabaab gunmen {then} Islamic State in Puntland."
    )
    assert has_fact(ex, "Ansar al-Sharia", "alliedWith", "al-Shabaab")
    assert has_fact(ex, "al-Shabaab", "rivalOf", ISS) is rivals


@pytest.mark.parametrize(
    ("middle", "allied"),
    [
        ("the Tatmadaw, the junta's army, side by side with", True),
        ("the Tatmadaw, which fought alongside", False),
    ],
)
def test_the_companion_named_after_the_foe(extract_text: Extract, middle: str, allied: bool) -> None:
    ex = extract_text(f"Since 2021 the Karen National Union has fought {middle} the Arakan Army.")
    assert has_fact(ex, "Karen National Union", "alliedWith", "Arakan Army") is allied


@pytest.mark.parametrize(("verb", "formed"), [("split from", True), ("attacked", False)])
def test_quotes_around_a_name_are_no_words(extract_text: Extract, verb: str, formed: bool) -> None:
    ex = extract_text(
        f'The cell\'s head had belonged to the so-called "Jund al-Khilafa", which {verb} AQIM in 2014 and '
        'pledged allegiance to "Daesh", officials said.'
    )
    assert has_fact(ex, JAK, "formedFrom", AQIM) is formed
    assert has_fact(ex, JAK, "alliedWith", "Islamic State")


@pytest.mark.parametrize("kind", ["the terrorist organisation ", ""])
def test_a_descriptor_before_a_name_is_not_the_group_named_before(extract_text: Extract, kind: str) -> None:
    ex = extract_text(
        'The cell\'s head had belonged to the so-called "Jund al-Khilafa", which split from AQIM in 2014 and '
        f'pledged allegiance to {kind}"Daesh", officials said.'
    )
    assert not has_fact(ex, JAK, "alliedWith", AQIM)


@pytest.mark.parametrize(("verb", "allied"), [("now move cocaine for", True), ("stole cocaine from", False)])
def test_moving_drugs_for_another_group(extract_text: Extract, verb: str, allied: bool) -> None:
    ex = extract_text(
        f"Prosecutors say MS-13 cells in the port towns {verb} the Sinaloa Cartel, officials said."
    )
    assert has_fact(ex, "Mara Salvatrucha", "alliedWith", "Sinaloa Cartel") is allied


@pytest.mark.parametrize(("whose", "arm"), [("", True), ("'s old networks", False)])
def test_the_group_another_operates_through(extract_text: Extract, whose: str, arm: bool) -> None:
    ex = extract_text(
        f"In the north, an analyst said, JNIM operates largely through Ansarul Islam{whose} these days."
    )
    assert has_fact(ex, "Ansarul Islam", "affiliateOf", JNIM) is arm


@pytest.mark.parametrize(
    ("men", "formed"), [("by former Atomwaffen members", True), ("by admirers of Atomwaffen", False)]
)
def test_grew_out_of_channels_run_by_former_members(extract_text: Extract, men: str, formed: bool) -> None:
    ex = extract_text(f"Terrorgram, a researcher said, grew out of chat channels run {men} around 2019.")
    assert has_fact(ex, "Terrorgram Collective", "formedFrom", "Atomwaffen Division") is formed


@pytest.mark.parametrize(
    ("clause", "rival"), [("took up arms against", True), ("were armed in 2023 by", False)]
)
def test_a_coalition_of_militias_that_took_up_arms(extract_text: Extract, clause: str, rival: bool) -> None:
    ex = extract_text(
        f"The Wazalendo are a loose coalition of village militias that {clause} the M23, locals say."
    )
    assert has_fact(ex, "Wazalendo", "rivalOf", "March 23 Movement") is rival


@pytest.mark.parametrize(("what", "rival"), [("fighting", True), ("talks", False)])
def test_a_town_taken_after_days_of_fighting(extract_text: Extract, what: str, rival: bool) -> None:
    ex = extract_text(
        f"The March 23 Movement took the hill town of Kitchanga on Friday after three days of {what} with "
        "Wazalendo militiamen."
    )
    assert has_fact(ex, "March 23 Movement", "rivalOf", "Wazalendo") is rival


@pytest.mark.parametrize(("men", "rival"), [("rivals", True), ("recruits", False)])
def test_the_mens_rivals_from_another_gang(extract_text: Extract, men: str, rival: bool) -> None:
    ex = extract_text(f"Guards blamed Barrio 18 members who stormed a cell block holding {men} from MS-13.")
    assert has_fact(ex, "Barrio 18", "rivalOf", "Mara Salvatrucha") is rival


@pytest.mark.parametrize(("made", "formed"), [("from remnants of", True), ("with help from", False)])
def test_a_coalition_formed_from_two_parents(extract_text: Extract, made: str, formed: bool) -> None:
    ex = extract_text(
        f"Officials say Hurras al-Din is a coalition formed in 2018 {made} Jund al-Aqsa and from Jabhat al-Nusra."
    )
    assert has_fact(ex, "Hurras al-Din", "formedFrom", "Jund al-Aqsa") is formed
    assert has_fact(ex, "Hurras al-Din", "formedFrom", "al-Nusra Front") is formed


@pytest.mark.parametrize(("tie", "loyal"), [("loyal to", True), ("at odds with", False)])
def test_battalions_loyal_to_the_opposition_government(extract_text: Extract, tie: str, loyal: bool) -> None:
    ex = extract_text(
        f"The rebels trained People's Defence Force (PDF) battalions {tie} the opposition National Unity Government."
    )
    assert has_fact(ex, "People's Defence Force", "affiliateOf", "National Unity Government") is loyal

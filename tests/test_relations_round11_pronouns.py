"""Relations read through pronouns, names and sentence openers, eleventh round.

Every sentence was written for these tests. "its" opening a sentence stands for the group the sentence before
is about, not for a group named inside an adjective ("the anti-Taliban commander"); "today its armed squads are
concentrated in X"; "Another member of the umbrella, X" (the group the document described as an umbrella); a
panel a body appoints ("the UN Group of Experts") belongs to it. Each phrasing sits beside a near miss it must
leave alone: squads ambushed somewhere, an umbrella never described, the UN Security Council, fighters held in
prisons across a region, "the last heirs of" a group in an "In X, ..." opener, a merger that was opposed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import facts, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

NRF, IRI, KH = "National Resistance Front", "Islamic Resistance in Iraq", "Kata'ib Hezbollah"
CPI = "Communist Party of India (Maoist)"


def test_its_after_an_adjective_naming_a_group_is_the_sentences_subject(extract_text: Extract) -> None:
    text = (
        "Led by Ahmad Massoud, son of the late anti-Taliban commander, the National Resistance Front emerged in "
        "2021. Its strongholds in Panjshir have held out since."
    )
    read = extract_text(text)
    assert has_fact(read, NRF, "operatesIn", "Panjshir")
    assert not has_fact(read, "Taliban", "operatesIn", "Panjshir")


def test_its_armed_squads_concentrated_in_a_place(extract_text: Extract) -> None:
    text = "The CPI (Maoist) was formed in 2004. Today its armed squads are concentrated in Bastar."
    assert has_fact(extract_text(text), CPI, "operatesIn", "Bastar")


def test_its_armed_squads_ambushed_in_a_place_give_nothing(extract_text: Extract) -> None:
    text = "The CPI (Maoist) was formed in 2004. Today its armed squads were ambushed in Bastar."
    assert not has_fact(extract_text(text), CPI, "operatesIn", "Bastar")


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic Resistance in Iraq, an umbrella of Iran-aligned Iraqi militias, claimed the attack. "
        "Another member of the umbrella, Kataib Hezbollah, denied any role.",
        "The Islamic Resistance in Iraq, an umbrella of Iran-aligned Iraqi militias, claimed the attack. "
        'Officials said it bore "the footprints of Kataib Hezbollah", the most powerful of the militias in the '
        "umbrella.",
    ],
)
def test_a_member_of_the_umbrella_belongs_to_the_group_described_as_one(
    extract_text: Extract, text: str
) -> None:
    assert has_fact(extract_text(text), KH, "affiliateOf", IRI)


@pytest.mark.parametrize(
    "text",
    [
        # nothing in the document was described as an umbrella
        "The Islamic Resistance in Iraq claimed the attack. Another member of the umbrella, Kataib Hezbollah, "
        "denied any role.",
        # a rival of the coalition is no member of it
        "The Islamic Resistance in Iraq, a coalition of Iran-aligned Iraqi militias, claimed the attack. "
        "Kataib Hezbollah, a rival of the coalition, denied any role.",
    ],
)
def test_the_umbrella_without_an_umbrella_or_a_member_gives_nothing(extract_text: Extract, text: str) -> None:
    assert not has_fact(extract_text(text), KH, "affiliateOf", IRI)


def test_a_panel_named_after_a_body_by_its_initials_belongs_to_it(extract_text: Extract) -> None:
    text = (
        "The United Nations said on Monday that the M23 had seized Goma. A report by the UN Group of Experts on "
        "the DRC said Rwandan troops fought beside the rebels."
    )
    read = extract_text(text)
    assert any(
        r.predicate.value == "affiliateOf"
        and r.subject.name.startswith("UN Group of Experts")
        and r.object.name == "United Nations"
        for r in read.relations
    )


def test_a_bodys_council_is_not_read_as_its_panel(extract_text: Extract) -> None:
    text = "The United Nations said on Monday that the M23 had seized Goma. The UN Security Council met on Tuesday."
    read = extract_text(text)
    assert not any(r.predicate.value == "affiliateOf" for r in read.relations)


def test_fighters_held_in_prisons_across_a_region_are_not_active_there(extract_text: Extract) -> None:
    text = "More than 9,000 ISIS fighters are held in SDF-run detention facilities across northeast Syria."
    read = extract_text(text)
    assert not any(
        r.predicate.value == "operatesIn" and r.subject.name == "Islamic State" for r in read.relations
    )
    # the group that runs the facilities is there
    assert any(
        r.predicate.value == "operatesIn" and r.subject.name == "Syrian Democratic Forces"
        for r in read.relations
    )


def test_fighters_active_across_a_region_are_active_there(extract_text: Extract) -> None:
    text = "More than 9,000 ISIS fighters are active across northeast Syria."
    read = extract_text(text)
    assert any(
        r.predicate.value == "operatesIn" and r.subject.name == "Islamic State" for r in read.relations
    )


def test_in_a_place_the_heirs_of_a_group_are_not_the_group(extract_text: Extract) -> None:
    text = "In Peru's VRAEM, the last heirs of the Shining Path fight for coca, not revolution."
    assert not has_fact(extract_text(text), "Shining Path", "operatesIn", "Peru")


def test_in_a_place_the_group_itself_is_active_there(extract_text: Extract) -> None:
    text = "In Peru's VRAEM, the Shining Path still fights for coca."
    assert has_fact(extract_text(text), "Shining Path", "operatesIn", "Peru")


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban opposed a merger of the TTP with the Islamic State Khorasan Province.",
        "Hamas rejected a merger of Islamic Jihad with Fatah.",
    ],
)
def test_an_opposed_merger_forms_nothing(extract_text: Extract, text: str) -> None:
    read = extract_text(text)
    assert not any(r.predicate.value in ("formedFrom", "affiliateOf") for r in read.relations)


def test_a_merger_that_happened_still_forms_the_group(extract_text: Extract) -> None:
    text = "JNIM was formed in 2017 through the merger of Ansar Dine with al-Mourabitoun."
    assert has_fact(extract_text(text), "Jama'at Nusrat al-Islam wal-Muslimin", "formedFrom", "Ansar Dine")


def test_a_faction_named_after_its_leader_is_no_branch(extract_text: Extract) -> None:
    text = (
        "The original National Socialist Council of Nagaland split in 1988. The National Socialist Council of "
        "Nagaland-Khaplang denied the claim."
    )
    read = extract_text(text)
    assert not any(r.predicate.value == "affiliateOf" for r in read.relations)


def test_a_branch_named_after_its_place_is_a_branch(extract_text: Extract) -> None:
    text = "ISIS-Mozambique claimed the attack. The Islamic State said its fighters killed 20 soldiers."
    assert has_fact(extract_text(text), "Islamic State Mozambique Province", "affiliateOf", "Islamic State")


def test_a_gazetteer_name_the_text_never_uses_says_nothing(extract_text: Extract) -> None:
    text = (
        "A Dhaka court sentenced four members of the Neo-JMB, a faction of the banned Jamaat-ul-Mujahideen "
        "Bangladesh, to death. The Islamic State claimed the attack in Bangladesh."
    )
    read = extract_text(text)
    assert not any(
        r.subject.text == "Neo-JMB" and r.object.name in ("Islamic State", "Bangladesh")
        for r in read.relations
    )


def test_a_short_form_of_the_gazetteer_name_still_says_it(extract_text: Extract) -> None:
    text = "ISIS-K claimed the attack. The Islamic State said its fighters killed 20 soldiers."
    assert has_fact(extract_text(text), "Islamic State Khorasan Province", "affiliateOf", "Islamic State")


def test_a_group_inside_an_anti_word_is_no_antecedent(extract_text: Extract) -> None:
    ex = extract_text(
        "Led by Ahmad Massoud, son of the late anti-Taliban commander Ahmad Shah Massoud, the National Resistance "
        "Front (NRF) emerged in the Panjshir valley in 2021. Its fighters remain active in Panjshir and in the "
        "Andarab valleys of Baghlan province."
    )
    found = facts(ex)
    assert ("Taliban", "operatesIn", "Andarab") not in found
    assert any(
        s.startswith("National Resistance Front") and o == "Andarab" for s, p, o in found if p == "operatesIn"
    )

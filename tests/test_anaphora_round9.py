"""What "the group", "its" and "the two groups" stand for, ninth round: parts named before their parent,
offices of the body the last sentence named, hyphenated words before a title, a branch owned by its parent,
and "the two groups" in the middle of a sentence. Each phrasing sits beside a near miss it must leave alone.
Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

ISKP, IS, TTP = "Islamic State Khorasan Province", "Islamic State", "Tehrik-i-Taliban Pakistan"
ISWAP, MNJTF = "Islamic State West Africa Province", "Multinational Joint Task Force"


def test_the_group_after_a_branch_named_before_its_parent_is_the_branch(extract_text: Extract) -> None:
    text = (
        "Investigators believe the Khorasan branch of the Islamic State now recruits among migrant workers in "
        "Poland. The group, which was set up in 2015 by defectors from the Pakistani Taliban (TTP), has grown fast."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, ISKP, "formedFrom", TTP)
    assert not has_fact(extraction, IS, "formedFrom", TTP)


def test_the_group_after_the_parent_alone_stays_the_parent(extract_text: Extract) -> None:
    text = (
        "Investigators believe the Islamic State now recruits among migrant workers in Poland. The group, which "
        "was set up in 2014 by defectors from the Pakistani Taliban (TTP), has grown fast."
    )
    assert not has_fact(extract_text(text), ISKP, "formedFrom", TTP)


def test_its_spokesman_opening_a_sentence_belongs_to_the_body_just_named(extract_text: Extract) -> None:
    text = (
        "ISWAP fighters raided a police post in Monguno on Friday. The raid has drawn in the Multinational Joint "
        "Task Force (MNJTF), which draws troops from Chad and Niger. Its spokesman, Major Ibrahim Garba, said "
        "jets had struck two camps."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Ibrahim Garba", "affiliatedWith", MNJTF)
    assert not has_fact(extraction, "Ibrahim Garba", "affiliatedWith", ISWAP)


def test_its_spokesman_after_the_group_named_last_stays_the_groups(extract_text: Extract) -> None:
    text = (
        "The Multinational Joint Task Force (MNJTF) draws troops from Chad and Niger. ISWAP fighters raided a "
        "police post in Monguno on Friday. Its spokesman, Abu Musa al-Wali, said the raid was revenge."
    )
    extraction = extract_text(text)
    assert not has_fact(extraction, "Abu Musa al-Wali", "affiliatedWith", MNJTF)


def test_a_hyphenated_word_before_a_title_still_reads_its(extract_text: Extract) -> None:
    text = (
        "Hezbollah has struggled since the war, having lost its long-serving secretary-general Imad Haddad."
    )
    assert has_fact(extract_text(text), "Imad Haddad", "affiliatedWith", "Hezbollah")


def test_its_branch_after_a_branch_and_its_parent_is_the_parents(extract_text: Extract) -> None:
    text = (
        "ISWAP split from Boko Haram after the Islamic State chose Abu Yusuf al-Kanemi as head of its West "
        "African branch."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Abu Yusuf al-Kanemi", "affiliatedWith", IS)


def test_the_two_groups_inside_a_sentence_are_the_first_two_it_names(extract_text: Extract) -> None:
    text = (
        "ISWAP broke away from Boko Haram a decade ago, after a quarrel over the killing of Muslim civilians, and "
        "the two groups have fought ever since over the islands of the lake."
    )
    assert has_fact(extract_text(text), ISWAP, "rivalOf", "Boko Haram")


def test_the_two_groups_allied_inside_a_sentence(extract_text: Extract) -> None:
    text = "Ansaru was long close to al-Qaeda, and the two groups have cooperated on kidnappings in Kaduna."
    assert has_fact(extract_text(text), "Ansaru", "alliedWith", "al-Qaeda")


def test_the_two_groups_with_one_group_named_reads_nothing(extract_text: Extract) -> None:
    text = "The Houthis deny any such link, and the two groups have fought each other in Marib for years."
    extraction = extract_text(text)
    assert not any(r.predicate.value == "rivalOf" for r in extraction.relations)


def test_the_two_groups_fighting_a_third_is_no_rivalry_between_them(extract_text: Extract) -> None:
    text = "ISWAP and Boko Haram hold islands in the lake, and the two groups have fought against the army there."
    assert not has_fact(extract_text(text), ISWAP, "rivalOf", "Boko Haram")


def test_its_part_after_a_verb_of_origin_is_not_the_subjects_own(extract_text: Extract) -> None:
    text = (
        "The Mahdi Army was the root of many militias: Asaib Ahl al-Haq broke away from the Mahdi Army in "
        "2006, while Kataib Hezbollah emerged from its Basra wing a year later."
    )
    extraction = extract_text(text)
    assert not has_fact(extraction, "Kataib Hezbollah", "formedFrom", "Asaib Ahl al-Haq")
    assert not has_fact(extraction, "Kataib Hezbollah", "formedFrom", "Kataib Hezbollah")


def test_the_group_tied_to_another_and_also_to_a_third_is_the_one_named_before(extract_text: Extract) -> None:
    text = (
        "The Lakurawa crossed into Kebbi from Niger in 2018. The army has described them as linked to the "
        "Islamic State Sahel Province, saying the group has also had contacts with Ansaru."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Lakurawa", "alliedWith", "Ansaru")
    assert not has_fact(extraction, "Islamic State Sahel Province", "alliedWith", "Ansaru")


def test_the_group_after_a_named_group_without_also_stays_that_group(extract_text: Extract) -> None:
    text = (
        "Police said the gunmen were linked to the Islamic State Sahel Province, and the group claimed the "
        "raid on Tuesday."
    )
    extraction = extract_text(text)
    (attack,) = extraction.attacks or (None,)
    assert attack is None or all(r.group.name != "Lakurawa" for r in attack.responsibility)


def test_a_description_after_it_in_the_same_sentence_is_another_group(extract_text: Extract) -> None:
    text = (
        "TRF appeared in 2019, and officials have long said that it was formed from LeT cadres to give the "
        "Pakistan-based outfit a local face."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Lashkar-e-Taiba", "operatesIn", "Pakistan")
    assert not has_fact(extraction, "The Resistance Front", "operatesIn", "Pakistan")


def test_a_description_with_no_it_before_stays_the_subject(extract_text: Extract) -> None:
    text = "TRF appeared in 2019 as the Pakistan-based outfit's local face in the valley."
    assert not has_fact(extract_text(text), "Lashkar-e-Taiba", "operatesIn", "Pakistan")


def test_its_founder_after_a_body_is_still_the_groups(extract_text: Extract) -> None:
    text = (
        "ISWAP fighters raided a police post in Monguno on Friday. The raid has drawn in the Multinational Joint "
        "Task Force (MNJTF), which draws troops from Chad and Niger. Its founder, Mamman Nur, was killed in 2018."
    )
    assert not has_fact(extract_text(text), "Mamman Nur", "affiliatedWith", MNJTF)


def test_both_opening_a_sentence_are_the_two_groups_named_before(extract_text: Extract) -> None:
    text = (
        "ISWAP was set up in 2016, while Ansaru was founded years earlier. Today both operate in Kogi State, "
        "police say."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, ISWAP, "operatesIn", "Kogi")
    assert has_fact(extraction, "Ansaru", "operatesIn", "Kogi")


def test_both_after_three_groups_reads_nothing(extract_text: Extract) -> None:
    text = (
        "ISWAP clashed with Boko Haram, while Ansaru courted al-Qaeda years earlier. Today both operate in "
        "Kogi State, police say."
    )
    extraction = extract_text(text)
    assert not has_fact(extraction, ISWAP, "operatesIn", "Kogi")
    assert not has_fact(extraction, "Ansaru", "operatesIn", "Kogi")


def test_both_after_two_groups_and_their_origins_is_the_two(extract_text: Extract) -> None:
    # (round eighteen: the groups named only as where the others came from are not "both"; this text read
    # nothing before, as four groups)
    text = (
        "ISWAP grew out of Boko Haram, while Ansaru split from al-Qaeda years earlier. Today both operate in "
        "Kogi State, police say."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, ISWAP, "operatesIn", "Kogi")
    assert has_fact(extraction, "Ansaru", "operatesIn", "Kogi")
    assert not has_fact(extraction, "Boko Haram", "operatesIn", "Kogi")


def test_both_with_a_verb_of_no_presence_reads_nothing(extract_text: Extract) -> None:
    text = "ISWAP grew out of Boko Haram in 2016. Both condemned the arrests in Kogi State."
    extraction = extract_text(text)
    assert not has_fact(extraction, ISWAP, "operatesIn", "Kogi")


def test_the_two_groups_fighting_each_other_are_rivals(extract_text: Extract) -> None:
    text = "ISWAP and Boko Haram hold islands in the lake, and the two groups have clashed with each other there."
    assert has_fact(extract_text(text), ISWAP, "rivalOf", "Boko Haram")

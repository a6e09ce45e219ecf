"""What "the group", "its" and "their" stand for, tenth round: a group whose apposition names its parent, an
office of the body the sentence before quoted, phrases that name no group already named ("a separate
faction", "no armed group"), fighters that belong to no ministry or charity, and "that of P, who ...".
Each phrasing sits beside a near miss it must leave alone. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

ISWAP, IS, AQ = "Islamic State West Africa Province", "Islamic State", "al-Qaeda"
CJTF, SHABAAB = "Civilian Joint Task Force", "al-Shabaab"
CTS, BADR = "Iraqi Counter-Terrorism Service", "Badr Organization"


def test_the_group_whose_apposition_names_a_parent_is_that_parents_part(extract_text: Extract) -> None:
    text = (
        "ISWAP fighters overran a camp near Monguno on Monday. Seven soldiers and five members of the Civilian "
        "Joint Task Force (CJTF), a vigilante militia, were killed, officials said.\n\n"
        "The group, which is the Islamic State's branch in West Africa, claimed the raid on Tuesday."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, ISWAP, "affiliateOf", IS)
    assert not has_fact(extraction, CJTF, "affiliateOf", IS)


def test_a_parent_named_in_the_apposition_picks_past_a_victim_militia(extract_text: Extract) -> None:
    text = (
        "Al-Shabaab fighters overran a base near Beledweyne on Monday. Seven soldiers and five members of the "
        "Ma'awisley, a clan militia, were killed, officials said.\n\n"
        "The group, which is al-Qaeda's affiliate in East Africa, claimed the raid on Tuesday."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, SHABAAB, "affiliateOf", AQ)
    assert not has_fact(extraction, "Ma'awisley", "affiliateOf", AQ)


def test_an_apposed_parent_no_recent_group_belongs_to_moves_nothing(extract_text: Extract) -> None:
    text = (
        "ISWAP fighters overran a camp near Monguno on Monday. Seven soldiers and five members of the Civilian "
        "Joint Task Force (CJTF), a vigilante militia, were killed, officials said.\n\n"
        "The group, which is al-Qaeda's branch in the region, claimed the raid on Tuesday."
    )
    # no group just named is a part of al-Qaeda: the apposition gives no reason to pick another one
    assert not has_fact(extract_text(text), ISWAP, "affiliateOf", AQ)


def test_its_spokesman_after_a_statement_from_a_body_is_the_bodys(extract_text: Extract) -> None:
    text = (
        "Three fighters of the Badr Organization were killed on Monday when gunmen ambushed their patrol near Tuz "
        "Khurmatu, according to a statement from the Iraqi Counter-Terrorism Service. Its spokesman, Brigadier "
        "General Sabah al-Numan, blamed Islamic State cells."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Sabah al-Numan", "affiliatedWith", CTS)
    assert not has_fact(extraction, "Sabah al-Numan", "affiliatedWith", BADR)


def test_its_spokesman_after_the_groups_own_agency_stays_the_groups(extract_text: Extract) -> None:
    text = (
        "The Islamic State claimed the ambush near Tuz Khurmatu, according to a statement from its Amaq news "
        "agency. Its spokesman, Abu Hudhayfa al-Ansari, called the dead apostates."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Abu Hudhayfa al-Ansari", "affiliatedWith", IS)
    assert not has_fact(extraction, "Abu Hudhayfa al-Ansari", "affiliatedWith", "Amaq News Agency")


def test_that_a_separate_faction_is_not_the_group_just_named(extract_text: Extract) -> None:
    text = (
        "The Abu Sayyaf Group has been reduced to a few fighters on Basilan. Army officers said on Monday that a "
        "separate faction, the Maute group, remains active in the marshes of Lanao del Sur."
    )
    extraction = extract_text(text)
    assert not has_fact(extraction, "Abu Sayyaf Group", "operatesIn", "Lanao del Sur")


def test_that_the_group_still_stands_for_the_group_just_named(extract_text: Extract) -> None:
    text = (
        "The Abu Sayyaf Group has been reduced to a few fighters on Basilan. Army officers said on Monday that the "
        "group remains active in the marshes of Sulu."
    )
    assert has_fact(extract_text(text), "Abu Sayyaf Group", "operatesIn", "Sulu")


def test_no_armed_group_is_no_group_just_named(extract_text: Extract) -> None:
    text = (
        "The Karen National Union holds the hills around Hpapun. A KNU spokesman told reporters that no armed "
        "group is active in Myawaddy."
    )
    assert not has_fact(extract_text(text), "Karen National Union", "operatesIn", "Myawaddy")


def test_that_the_group_after_a_spokesman_is_still_his_group(extract_text: Extract) -> None:
    text = (
        "The Karen National Union holds the hills around Hpapun. A KNU spokesman told reporters that the group "
        "is active in Myawaddy."
    )
    assert has_fact(extract_text(text), "Karen National Union", "operatesIn", "Myawaddy")


def test_its_fighters_are_no_charitys(extract_text: Extract) -> None:
    text = (
        "The Norwegian Refugee Council estimates that 6,000 people have been killed.\n\n"
        "The separatist camp is badly divided, and its fighters have occasionally clashed in Bui and Momo."
    )
    extraction = extract_text(text)
    assert not has_fact(extraction, "Norwegian Refugee Council", "operatesIn", "Bui")
    assert not has_fact(extraction, "Norwegian Refugee Council", "operatesIn", "Momo")


def test_its_soldiers_after_an_army_are_still_the_armys(extract_text: Extract) -> None:
    text = (
        "Boko Haram fighters attacked Gwoza overnight. The Nigerian Army said on Monday that the raid had been "
        "repelled. Its spokesman, Brigadier General Onyema Nwachukwu, said two soldiers were wounded."
    )
    assert has_fact(extract_text(text), "Onyema Nwachukwu", "affiliatedWith", "Nigerian Army")


def test_that_of_a_person_opens_no_clause_before_his_pledge(extract_text: Extract) -> None:
    text = (
        "Police released a photograph of the bomber. The face was that of Ahmed Sulayman, a 32-year-old teacher, "
        "who in a video pledged allegiance to the Islamic State."
    )
    assert has_fact(extract_text(text), "Ahmed Sulayman", "affiliatedWith", IS)


def test_a_that_clause_closed_by_a_person_still_keeps_the_verb_from_him(extract_text: Extract) -> None:
    text = (
        "The bomb was built by a cell that sheltered Ahmed Sulayman, a 32-year-old teacher, and pledged "
        "allegiance to the Islamic State."
    )
    assert not has_fact(extract_text(text), "Ahmed Sulayman", "affiliatedWith", IS)


JUA, TTP = "Jamaat-ul-Ahrar", "Tehrik-i-Taliban Pakistan"


def test_a_description_in_apposition_is_the_name_before_it(extract_text: Extract) -> None:
    text = "Jamaat-ul-Ahrar is a breakaway from the Tehrik-i-Taliban Pakistan, the faction founded by Baitullah Mehsud."
    extraction = extract_text(text)
    assert has_fact(extraction, "Baitullah Mehsud", "affiliatedWith", TTP)
    assert not has_fact(extraction, "Baitullah Mehsud", "affiliatedWith", JUA)


def test_the_faction_opening_the_next_sentence_stays_the_subject(extract_text: Extract) -> None:
    text = (
        "Jamaat-ul-Ahrar is a breakaway from the Tehrik-i-Taliban Pakistan. The faction was founded by Omar Khalid "
        "Khorasani in 2014."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Omar Khalid Khorasani", "affiliatedWith", JUA)
    assert not has_fact(extraction, "Omar Khalid Khorasani", "affiliatedWith", TTP)


def test_the_groups_leader_after_a_split_is_the_leader_of_the_group_left(extract_text: Extract) -> None:
    text = (
        "Jamaat-ul-Ahrar, headed by its emir Omar Khalid Khorasani, split from the Tehrik-i-Taliban Pakistan after "
        "the group's leader, Mullah Fazlullah, rejected its demands."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Mullah Fazlullah", "affiliatedWith", TTP)
    assert not has_fact(extraction, "Mullah Fazlullah", "affiliatedWith", JUA)
    assert has_fact(extraction, "Omar Khalid Khorasani", "affiliatedWith", JUA)


def test_the_groups_leader_in_the_sentence_after_a_split_stays_the_subjects(extract_text: Extract) -> None:
    text = (
        "Jamaat-ul-Ahrar split from the Tehrik-i-Taliban Pakistan in 2014. The group's leader, Omar Khalid "
        "Khorasani, later rejoined it."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Omar Khalid Khorasani", "affiliatedWith", JUA)
    assert not has_fact(extraction, "Omar Khalid Khorasani", "affiliatedWith", TTP)


KNU = "Karen National Union"


def test_their_after_the_two_factions_is_no_single_group(extract_text: Extract) -> None:
    text = (
        "The Karen National Union holds the hills around Hpapun. The Democratic Karen Buddhist Army controls the "
        "border crossings. The two factions have traded accusations over timber revenue, and their joint "
        "spokesman, Saw Taw Nee, denied any clash."
    )
    assert not has_fact(extract_text(text), "Saw Taw Nee", "affiliatedWith", KNU)


def test_their_after_one_movement_is_still_that_movement(extract_text: Extract) -> None:
    text = (
        "The Karen National Union holds the hills around Hpapun. The movement has traded accusations with the junta "
        "over timber revenue, and their spokesman, Saw Taw Nee, denied any clash."
    )
    assert has_fact(extract_text(text), "Saw Taw Nee", "affiliatedWith", KNU)


def test_the_parent_group_is_the_group_the_offshoot_came_from(extract_text: Extract) -> None:
    text = (
        "Jamaat-ul-Ahrar emerged in 2014 as an offshoot of the Tehrik-i-Taliban Pakistan. The parent group, whose "
        "leader is Mullah Fazlullah, has said nothing."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Mullah Fazlullah", "affiliatedWith", TTP)
    assert not has_fact(extraction, "Mullah Fazlullah", "affiliatedWith", JUA)


def test_the_parent_group_with_no_parent_named_is_no_group(extract_text: Extract) -> None:
    text = (
        "Jamaat-ul-Ahrar has recruited heavily in Mohmand. The parent group, whose leader is Mullah Fazlullah, has "
        "said nothing."
    )
    assert not has_fact(extract_text(text), "Mullah Fazlullah", "affiliatedWith", JUA)

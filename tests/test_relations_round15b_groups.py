"""Round fifteen (b): group-to-group phrasings missed on eval/dev9, read as general rules.

Every sentence here was written for these tests; each rule has a near miss of the same shape.

- "X, which officials call a shadow outfit of Y": an active describer, then what X is.
- "the external arm of Iran's IRGC", "broke away from P's Y": a person or a place as the parent's owner.
- "founded ... as X by P and other veterans of Y": the founding said before the name.
- "remains closely allied with A, the group ..., and with B": the second object of the same preposition.
- "allied with A and B (B2) through the C": a list that ends on an acronym and "through".
- "remains at war with Y"; "the umbrella of militias formed to fight Y".
- "Y factions, X among them"; "IS counts X as part of its Y".
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_an_active_describer_before_a_shadow_outfit(extract_text: Extract) -> None:
    ex = extract_text(
        "The Resistance Front, which Indian officials call a shadow outfit of Lashkar-e-Taiba, claimed the ambush."
    )
    assert has_fact(ex, "The Resistance Front", "affiliateOf", "Lashkar-e-Taiba")
    near = extract_text(
        "The Resistance Front, which Indian officials say is a shadow of Lashkar-e-Taiba's former self, "
        "claimed the ambush."
    )
    assert not has_fact(near, "The Resistance Front", "affiliateOf", "Lashkar-e-Taiba")


def test_a_place_named_as_the_parents_owner(extract_text: Extract) -> None:
    ex = extract_text(
        "Kataib Hezbollah trains with the Quds Force, the foreign operations arm of Iran's Islamic "
        "Revolutionary Guard Corps."
    )
    assert has_fact(ex, "Quds Force", "affiliateOf", "Islamic Revolutionary Guard Corps")
    near = extract_text(
        "Kataib Hezbollah trains with the Quds Force, whose officers have hunted Iran's Jaish al-Adl."
    )
    assert not has_fact(near, "Quds Force", "affiliateOf", "Jaish al-Adl")


def test_a_person_named_as_the_parents_owner(extract_text: Extract) -> None:
    ex = extract_text(
        "Hurras al-Din was set up in 2018 by Sami al-Oraydi and other veterans who broke away from "
        "Abu Mohammad al-Julani's Hayat Tahrir al-Sham."
    )
    assert has_fact(ex, "Hurras al-Din", "formedFrom", "Hayat Tahrir al-Sham")
    near = extract_text(
        "Hurras al-Din was set up in 2018 by Sami al-Oraydi and other veterans who admired "
        "Abu Mohammad al-Julani's Hayat Tahrir al-Sham."
    )
    assert not has_fact(near, "Hurras al-Din", "formedFrom", "Hayat Tahrir al-Sham")


def test_founded_as_a_name_by_veterans_of_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The group was founded in 2011 as Jabhat al-Nusra by Abu Mohammad al-Julani and other veterans "
        "of the Islamic State of Iraq."
    )
    assert has_fact(ex, "al-Nusra Front", "formedFrom", "Islamic State of Iraq")
    near = extract_text(
        "The group was founded in 2011 as Jabhat al-Nusra by Abu Mohammad al-Julani and other admirers "
        "of the Islamic State of Iraq."
    )
    assert not has_fact(near, "al-Nusra Front", "formedFrom", "Islamic State of Iraq")


def test_allied_with_a_then_with_b_past_an_apposition(extract_text: Extract) -> None:
    ex = extract_text(
        "Ansaru, however, remains closely allied with al-Qaeda in the Islamic Maghreb, the group that trained "
        "its men, and with Jama'at Nusrat al-Islam wal-Muslimin."
    )
    assert has_fact(ex, "Ansaru", "alliedWith", "al-Qaeda in the Islamic Maghreb")
    assert has_fact(ex, "Ansaru", "alliedWith", "Jama'at Nusrat al-Islam wal-Muslimin")
    near = extract_text(
        "Ansaru, however, remains closely allied with al-Qaeda in the Islamic Maghreb, the group that trained "
        "its men, and Boko Haram remains at war with Jama'at Nusrat al-Islam wal-Muslimin."
    )
    assert not has_fact(near, "Ansaru", "alliedWith", "Jama'at Nusrat al-Islam wal-Muslimin")


def test_a_list_of_allies_ending_on_an_acronym_and_through(extract_text: Extract) -> None:
    ex = extract_text(
        "The Arakan Army is allied with the Kachin Independence Army and the Ta'ang National Liberation Army "
        "(TNLA) through the Brotherhood Alliance."
    )
    assert has_fact(ex, "Arakan Army", "alliedWith", "Ta'ang National Liberation Army")
    near = extract_text(
        "The Arakan Army is allied with the Kachin Independence Army and the Ta'ang National Liberation Army "
        "(TNLA) told reporters it had no comment."
    )
    assert not has_fact(near, "Arakan Army", "alliedWith", "Ta'ang National Liberation Army")


def test_remains_at_war_with(extract_text: Extract) -> None:
    ex = extract_text("Hezbollah still remains at war with the Islamic State in Syria.")
    assert has_fact(ex, "Hezbollah", "rivalOf", "Islamic State")
    near = extract_text("Hezbollah remains at peace with the Islamic State in Syria.")
    assert not has_fact(near, "Hezbollah", "rivalOf", "Islamic State")


def test_an_umbrella_of_militias_formed_to_fight(extract_text: Extract) -> None:
    ex = extract_text(
        "The Syrian Democratic Forces, the Kurdish-led umbrella of militias formed in 2015 to fight the "
        "Islamic State, hold the north-east."
    )
    assert has_fact(ex, "Syrian Democratic Forces", "rivalOf", "Islamic State")
    near = extract_text(
        "The Syrian Democratic Forces, the Kurdish-led umbrella of militias formed in 2015 in the wake of the "
        "Islamic State, hold the north-east."
    )
    assert not has_fact(near, "Syrian Democratic Forces", "rivalOf", "Islamic State")


def test_factions_of_a_whole_one_among_them(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2022 Hayat Tahrir al-Sham fought Syrian National Army factions, Ahrar al-Sham among them, near Afrin."
    )
    assert has_fact(ex, "Ahrar al-Sham", "affiliateOf", "Syrian National Army")
    near = extract_text(
        "In 2022 Hayat Tahrir al-Sham fought Syrian National Army factions, Ahrar al-Sham among others, near Afrin."
    )
    assert not has_fact(near, "Ahrar al-Sham", "affiliateOf", "Syrian National Army")


def test_counted_as_part_of_its_province(extract_text: Extract) -> None:
    ex = extract_text('The Islamic State counts Boko Haram as part of its "West Africa Province".')
    assert has_fact(ex, "Boko Haram", "affiliateOf", "Islamic State West Africa Province")
    near = extract_text("The Islamic State counts Boko Haram as one of its enemies in West Africa Province.")
    assert not has_fact(near, "Boko Haram", "affiliateOf", "Islamic State West Africa Province")


def test_a_militias_battalions_loyal_to_a_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Troops clashed with People's Defence Force battalions loyal to the National Unity Government near Sagaing."
    )
    assert has_fact(ex, "People's Defence Force", "affiliateOf", "National Unity Government")
    near = extract_text(
        "Troops clashed with People's Defence Force battalions hostile to the National Unity Government near Sagaing."
    )
    assert not has_fact(near, "People's Defence Force", "affiliateOf", "National Unity Government")


def test_a_kind_word_after_the_part_and_a_states_word_for_the_parent(extract_text: Extract) -> None:
    ex = extract_text(
        "Ankara says the Democratic Union Party grouplet, the Syrian branch of the terrorist PKK, controls the town."
    )
    assert has_fact(ex, "Democratic Union Party", "affiliateOf", "Kurdistan Workers' Party")
    near = extract_text(
        "Ankara says the Democratic Union Party grouplet, which fought the terrorist PKK, controls the town."
    )
    assert not has_fact(near, "Democratic Union Party", "affiliateOf", "Kurdistan Workers' Party")


def test_members_dissolved_into_a_single_organisation(extract_text: Extract) -> None:
    ex = extract_text(
        "In March 2017 the Sahel coalition's member groups, among them Ansar Dine and al-Mourabitoun, dissolved "
        "themselves into a single organisation, Jama'at Nusrat al-Islam wal-Muslimin."
    )
    jnim = "Jama'at Nusrat al-Islam wal-Muslimin"
    assert has_fact(ex, jnim, "formedFrom", "Ansar Dine")
    assert has_fact(ex, jnim, "formedFrom", "al-Mourabitoun")
    near = extract_text(
        "In March 2017 Ansar Dine, which had fought al-Mourabitoun for years, merged into a new coalition, "
        "Jama'at Nusrat al-Islam wal-Muslimin."
    )
    assert not has_fact(near, jnim, "formedFrom", "al-Mourabitoun")


def test_formed_by_fighters_from_a_list_of_groups(extract_text: Extract) -> None:
    ex = extract_text(
        "The Jenin Brigade emerged in the camp in 2021, formed by young fighters from Hamas's armed wing, the "
        "Qassam Brigades, from Islamic Jihad and from the Popular Front for the Liberation of Palestine."
    )
    assert has_fact(ex, "Jenin Brigade", "formedFrom", "Izz ad-Din al-Qassam Brigades")
    assert has_fact(ex, "Jenin Brigade", "formedFrom", "Popular Front for the Liberation of Palestine")
    assert not has_fact(ex, "Jenin Brigade", "formedFrom", "Hamas")
    near = extract_text(
        "The Jenin Brigade emerged in the camp in 2021, formed by young fighters from Islamic Jihad, and Hamas "
        "praised it."
    )
    assert not has_fact(near, "Jenin Brigade", "formedFrom", "Hamas")


def test_the_fighter_of_a_wholes_factions_fights_the_one_named_among_them(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2022 Hayat Tahrir al-Sham fought Syrian National Army factions, Ahrar al-Sham among them, near Afrin."
    )
    assert has_fact(ex, "Hayat Tahrir al-Sham", "rivalOf", "Ahrar al-Sham")
    near = extract_text(
        "In 2022 Hayat Tahrir al-Sham fought Syrian National Army factions, Ahrar al-Sham among others, near Afrin."
    )
    assert not has_fact(near, "Hayat Tahrir al-Sham", "rivalOf", "Ahrar al-Sham")


def test_the_two_fighting_since_one_broke_away(extract_text: Extract) -> None:
    ex = extract_text(
        "The two factions have been fighting each other since ISWAP broke away from Boko Haram in 2016."
    )
    assert has_fact(ex, "Islamic State West Africa Province", "rivalOf", "Boko Haram")
    near = extract_text(
        "The two factions have been trading prisoners since ISWAP broke away from Boko Haram in 2016."
    )
    assert not has_fact(near, "Islamic State West Africa Province", "rivalOf", "Boko Haram")


def test_works_hand_in_glove_with(extract_text: Extract) -> None:
    ex = extract_text(
        "Lashkar-e-Jhangvi now works hand in glove with the Islamic State Khorasan Province in Balochistan."
    )
    assert has_fact(ex, "Lashkar-e-Jhangvi", "alliedWith", "Islamic State Khorasan Province")
    near = extract_text(
        "Lashkar-e-Jhangvi now works hand to mouth, unlike the Islamic State Khorasan Province in Balochistan."
    )
    assert not has_fact(near, "Lashkar-e-Jhangvi", "alliedWith", "Islamic State Khorasan Province")


def test_a_network_of_cells_that_pledged_allegiance(extract_text: Extract) -> None:
    ex = extract_text(
        "The holdouts fight alongside the Dawlah Islamiyah (DI), a loose network of cells that has pledged "
        "allegiance to the Islamic State."
    )
    assert has_fact(ex, "Dawlah Islamiyah", "alliedWith", "Islamic State")
    near = extract_text(
        "The holdouts fight alongside the Dawlah Islamiyah (DI), a loose network of cells that has hunted "
        "fighters of the Islamic State."
    )
    assert not has_fact(near, "Dawlah Islamiyah", "alliedWith", "Islamic State")


def test_its_fighters_and_allied_units(extract_text: Extract) -> None:
    ex = extract_text(
        "The Kachin Independence Army (KIA) said on Wednesday that it had taken full control of Bhamo after its "
        "fighters and allied People's Defence Force (PDF) units overran the last army base there."
    )
    assert has_fact(ex, "Kachin Independence Army", "alliedWith", "People's Defence Force")
    near = extract_text(
        "The Kachin Independence Army (KIA) said on Wednesday that it had taken full control of Bhamo after its "
        "fighters and hostile People's Defence Force (PDF) units clashed near the last army base there."
    )
    assert not has_fact(near, "Kachin Independence Army", "alliedWith", "People's Defence Force")


def test_one_of_the_factions_that_rejected_a_peace_deal(extract_text: Extract) -> None:
    ex = extract_text(
        "Clashes were reported with the Segunda Marquetalia, one of the factions that rejected the 2016 peace "
        "agreement between the government and the Revolutionary Armed Forces of Colombia (FARC), near the border."
    )
    assert has_fact(ex, "Segunda Marquetalia", "formedFrom", "Revolutionary Armed Forces of Colombia")
    near = extract_text(
        "Clashes were reported with the National Liberation Army, one of the groups that rejected the 2016 peace "
        "agreement between the government and the Revolutionary Armed Forces of Colombia (FARC), near the border."
    )
    assert not has_fact(
        near, "National Liberation Army", "formedFrom", "Revolutionary Armed Forces of Colombia"
    )


def test_split_from_a_group_to_form_its_own(extract_text: Extract) -> None:
    ex = extract_text(
        "Analysts said a hardline faction had split from the Moro Islamic Liberation Front to form its own armed "
        "group, the so-called Bangsamoro Islamic Freedom Fighters, in 2010."
    )
    assert has_fact(ex, "Bangsamoro Islamic Freedom Fighters", "formedFrom", "Moro Islamic Liberation Front")
    near = extract_text(
        "Analysts said a hardline faction had fought the Moro Islamic Liberation Front to form its own armed "
        "group, the so-called Bangsamoro Islamic Freedom Fighters, in 2010."
    )
    assert not has_fact(
        near, "Bangsamoro Islamic Freedom Fighters", "formedFrom", "Moro Islamic Liberation Front"
    )

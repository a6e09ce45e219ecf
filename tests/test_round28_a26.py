"""Round twenty-eight (a26): attack fields on unseen text (kg/extract/attacks.py).

Perpetrators: a disavowal ("its fighters had played no part"), a group inside "anti-G", an offshoot "calling
itself H", a claim told far into a story of one attack, a claim beside a tally of the group's past attacks,
"launched by G". Tolls: "it stood at 41" and "a later update put the toll at eight" as later counts, more wounded a
few sentences on. Places: a weapon's name ("Katyusha rockets"), where the sources or the wounded were ("sources in
X said"), the place of attacks in general or of what was avenged. Splits: "The attacker ..." goes on telling the
attack; "The statement ..." does not; "killed in the X attack" names the attack told before the latest. Every
sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack, perpetrators, statuses

from kg.model import Attack, ClaimStatus, Extraction

Extract = Callable[..., Extraction]


def places(attack: Attack) -> set[str]:
    return {m.name for m in attack.locations}


# --- perpetrators --------------------------------------------------------------------------------------------


def test_its_fighters_played_no_part_is_a_denial(extract_text: Extract) -> None:
    text = (
        "Six policemen were killed when gunmen stormed a police station in Tank on Monday, officials said. "
        "The Tehreek-e-Taliban Pakistan (TTP), the largest militant group in the region, said in a statement that "
        "its fighters had played no part in Monday's raid."
    )
    attack = only_attack(extract_text(text, "2025-03-05"))
    assert "Tehrik-i-Taliban Pakistan" not in perpetrators(attack)


def test_a_group_inside_anti_is_not_the_claimant(extract_text: Extract) -> None:
    text = (
        "A little-known anti-Taliban group on Monday claimed responsibility for an overnight assault on a "
        "checkpoint in Andarab, killing three guards."
    )
    attack = only_attack(extract_text(text, "2025-03-05"))
    assert "Taliban" not in perpetrators(attack)


def test_an_offshoot_calling_itself_by_a_name_claims_alone(extract_text: Extract) -> None:
    text = (
        "In March 2019 a Lashkar-e-Jhangvi offshoot calling itself Lashkar-e-Jhangvi al-Alami claimed a bombing "
        "at a bus stand in Quetta that killed 14 people."
    )
    attack = only_attack(extract_text(text, "2025-03-05"))
    assert perpetrators(attack) == {"Lashkar-e-Jhangvi al-Alami"}


def test_a_claim_far_into_a_story_of_one_attack(extract_text: Extract) -> None:
    text = (
        "Five soldiers were killed when militants raided an army post near Miranshah on Tuesday, the military said. "
        "The army said its troops had repulsed the raiders. "
        "A search of the nearby hills was ordered. "
        "Officials declined to give further details. "
        "The army statement did not name any organisation. "
        "But within hours, the Islamic State claimed responsibility in a message sent to journalists, saying its "
        "fighters had overrun the post."
    )
    attack = only_attack(extract_text(text, "2025-03-05"))
    assert "Islamic State" in perpetrators(attack)


def test_a_claim_beside_a_tally_of_past_attacks(extract_text: Extract) -> None:
    text = (
        "Three drones were launched at an air base near Erbil late on Wednesday, wounding two contractors, "
        "officials said. "
        "The Islamic Resistance in Iraq, which has claimed dozens of attacks on bases in the region since "
        "mid-October, said on its Telegram channel that its fighters had targeted the base."
    )
    attack = only_attack(extract_text(text, "2025-03-06"))
    assert "Islamic Resistance in Iraq" in perpetrators(attack)


def test_drones_launched_by_a_group_are_its_attack(extract_text: Extract) -> None:
    text = (
        "Three drones were launched at an air base near Erbil late on Wednesday, wounding two contractors. "
        "Officials said the drones were launched by Kataib Hezbollah."
    )
    attack = only_attack(extract_text(text, "2025-03-06"))
    assert attack.wounded == 2
    assert "Erbil" in places(attack)
    assert "Kata'ib Hezbollah" in perpetrators(attack)


# --- tolls ---------------------------------------------------------------------------------------------------


def test_it_stood_at_is_the_later_toll(extract_text: Extract) -> None:
    text = (
        "The toll from Friday's suicide bombing at a Shia mosque in Peshawar rose to 27 on Saturday, police said. "
        "Officials had put the toll at 19 late on Friday. "
        "By Saturday afternoon it stood at 27, with more than ninety people wounded, fourteen of them critically, "
        "according to a spokesman for Khyber Teaching Hospital, the city's main trauma centre."
    )
    attack = only_attack(extract_text(text, "2025-03-08"))
    assert (attack.killed, attack.wounded) == (27, 90)


def test_more_wounded_a_few_sentences_on_in_a_story_of_one_attack(extract_text: Extract) -> None:
    text = (
        "Seven soldiers were killed when militants stormed a post near Wana on Tuesday, the military said. "
        "The army said a clearance operation was under way in the area. "
        '"Our brave men fought to the last," a spokesman said. '
        "A later update from the army put the toll at nine. "
        "Among the dead was a captain from Quetta. "
        "Three more soldiers were wounded and taken to hospital, a security official said."
    )
    attack = only_attack(extract_text(text, "2025-03-05"))
    assert attack.killed == 9
    assert attack.wounded == 3


# --- places --------------------------------------------------------------------------------------------------


def test_the_name_of_a_rocket_is_no_place(extract_text: Extract) -> None:
    text = "Two Katyusha rockets landed near a base in Baghdad on Tuesday, causing no casualties."
    for attack in extract_text(text, "2025-03-06").attacks:
        assert "Katyusha" not in places(attack)


def test_where_the_sources_were_is_no_place_of_the_attack(extract_text: Extract) -> None:
    text = (
        "The death toll from Monday's suicide attack on a checkpoint in Abyan rose to 11, medical sources in Aden "
        "said on Tuesday."
    )
    attack = only_attack(extract_text(text, "2025-03-05"))
    assert "Aden" not in places(attack)
    assert "Abyan" in places(attack)
    # near miss: the police were what was attacked, in the town
    text = "On Saturday gunmen carried out an attack on police in Taraza, killing two officers."
    attack = only_attack(extract_text(text, "2025-04-21"))
    assert places(attack) & {"Tarazá", "Taraza"}


def test_the_place_of_attacks_in_general_is_no_place_of_this_one(extract_text: Extract) -> None:
    text = (
        "Three drones were launched at an air base near Erbil late on Wednesday, wounding two contractors, "
        "officials said, in the latest in a string of attacks on American forces in Syria."
    )
    attack = only_attack(extract_text(text, "2025-03-06"))
    assert "Syria" not in places(attack)


def test_two_attacks_claimed_under_one_day(extract_text: Extract) -> None:
    text = (
        "Al-Qaeda in the Arabian Peninsula claimed responsibility on Wednesday for this week's suicide bombing of "
        "a checkpoint in Abyan and a roadside blast in Shabwa, saying the attacks were revenge for the arrest of "
        "its members in Aden."
    )
    attacks = extract_text(text, "2025-03-05").attacks
    shabwa = [a for a in attacks if "Shabwa" in places(a)]
    assert shabwa and all(a.date is not None for a in shabwa)
    assert all("Aden" not in places(a) for a in attacks)


# --- one attack, or two ----------------------------------------------------------------------------------------


def test_the_attacker_goes_on_telling_the_attack(extract_text: Extract) -> None:
    text = (
        "A suicide bomber killed 12 worshippers at a mosque in Peshawar on Friday, police said. "
        "The attacker shot dead a guard at the gate of the mosque in the Qissa Khwani neighbourhood, then "
        "detonated his vest inside the hall."
    )
    assert len(extract_text(text, "2025-03-09").attacks) == 1


def test_the_statement_does_not_go_on_telling_the_attack(extract_text: Extract) -> None:
    text = (
        "Al-Qaeda in the Arabian Peninsula claimed responsibility on Wednesday for a roadside blast that killed "
        "three soldiers in Azzan, saying in a statement that the attack was revenge for the arrest of its members. "
        "The statement said the bomber in Abyan was a local man."
    )
    attack = only_attack(extract_text(text, "2025-03-05"))
    assert "Abyan" not in places(attack)


def test_killed_in_the_attack_named_by_its_place(extract_text: Extract) -> None:
    text = (
        "Al-Qaeda in the Arabian Peninsula claimed a suicide bombing of a checkpoint in Abyan on Monday. "
        "On Tuesday a roadside bomb struck a patrol in Shabwa. "
        "Officials said that 13 soldiers had been killed in the Abyan attack."
    )
    attacks = extract_text(text, "2025-03-05").attacks
    abyan = [a for a in attacks if "Abyan" in places(a)]
    shabwa = [a for a in attacks if "Shabwa" in places(a)]
    assert [a.killed for a in abyan] == [13]
    assert all(a.killed is None for a in shabwa)


def test_blame_far_into_a_story_of_one_attack(extract_text: Extract) -> None:
    text = (
        "Gunmen stormed a bank branch in Thanchi on Wednesday, injuring two customers. "
        "The bank manager was freed on Thursday. "
        "Local leaders said elders had intervened. "
        "It could not be confirmed whether a ransom was paid. "
        "Police and the army have blamed the Kuki-Chin National Front."
    )
    attack = only_attack(extract_text(text, "2024-04-05"))
    assert perpetrators(attack)


def test_first_pointed_to_is_blame_taken_back(extract_text: Extract) -> None:
    text = (
        "Gunmen killed 41 soldiers and volunteers in an attack on a base in Tongomayel on Saturday. "
        "Security sources who had initially pointed to the Islamic State Sahel Province said on Monday that the raid "
        "had been carried out by Ansarul Islam fighters."
    )
    attack = only_attack(extract_text(text, "2024-10-07"))
    assert "Islamic State Sahel Province" not in perpetrators(attack)
    assert "Ansarul Islam" in perpetrators(attack)


def test_attackers_probably_of_a_group_is_a_guess(extract_text: Extract) -> None:
    text = (
        "Gunmen killed 12 volunteers in an attack on a base in Tongomayel on Saturday. "
        "A security source said the assailants were probably fighters of the Islamic State Sahel Province."
    )
    attack = only_attack(extract_text(text, "2024-10-07"))
    assert statuses(attack).get("Islamic State Sahel Province") == ClaimStatus.SUSPECTED


# --- dates and tolls of attacks told again ---------------------------------------------------------------------


def test_a_year_told_first_then_the_day(extract_text: Extract) -> None:
    text = (
        "A court convicted two people of financing the al-Shabaab fighters who ambushed a bus near Milihoi three "
        "years ago. The magistrate will pass sentence next month. Defence lawyers said they would appeal. "
        "The ambush took place on the morning of January 4, 2022, on the Lamu road. Eight passengers were killed."
    )
    attack = only_attack(extract_text(text, "2025-02-13"))
    assert attack.date == "2022-01-04"
    assert attack.killed == 8


def test_attacks_compared_in_an_aside_share_the_claim(extract_text: Extract) -> None:
    text = (
        "Two men were convicted of helping plan the January 2019 assault on the DusitD2 complex in Nairobi, in which "
        "21 people died. That attack, like the 2013 siege of the Westgate shopping mall, in which 67 people were "
        "killed, was claimed by al-Shabaab."
    )
    attacks = extract_text(text, "2025-02-13").attacks
    westgate = [a for a in attacks if a.killed == 67]
    assert westgate and westgate[0].date == "2013"
    assert all("al-Shabaab" in perpetrators(a) for a in attacks)


def test_a_past_attack_told_by_the_man_who_made_it(extract_text: Extract) -> None:
    text = (
        "The case was the most serious jihadist attack to come before an Austrian court since the trial of men "
        "accused of helping Kujtim Fejzulai, an Islamic State supporter who shot dead four people and wounded 23 in "
        "central Vienna on November 2, 2020."
    )
    attack = only_attack(extract_text(text, "2026-01-28"))
    assert attack.date == "2020-11-02"
    assert (attack.killed, attack.wounded) == (4, 23)


def test_the_day_a_jury_found_him_guilty_is_not_the_attack_s(extract_text: Extract) -> None:
    text = (
        "A jury on Wednesday found a 24-year-old man guilty of murder for a knife rampage in Villach in which a boy "
        "was killed. He had stabbed passers-by in the centre of Villach on the afternoon of February 15 last year."
    )
    attacks = extract_text(text, "2026-01-28").attacks
    assert [a.date for a in attacks] == ["2025-02-15"]


def test_wounded_with_an_age_range_aside() -> None:
    from kg.extract.numbers import read_casualties

    found = read_casualties(
        "The boy died at the scene; four other men, aged between 15 and 32, were wounded."
    )
    assert found.wounded == 4


def test_an_attack_first_told_through_its_condemnation(extract_text: Extract) -> None:
    text = (
        "The government on Wednesday condemned a drone attack on an air base hosting US troops in Erbil. "
        "Three explosive-laden drones were launched at the base at Erbil International Airport late on Tuesday, "
        "wounding two American service members."
    )
    attack = only_attack(extract_text(text, "2026-02-18"))
    assert attack.date == "2026-02-17"
    assert attack.wounded == 2


def test_seizing_swathes_of_territory_is_no_attack(extract_text: Extract) -> None:
    text = (
        "The M23 — named after a March 23, 2009 peace deal it accuses Kinshasa of betraying — seized swathes of "
        "Rutshuru and Masisi territories after taking up arms again in late 2021."
    )
    assert extract_text(text, "2024-02-10").attacks == ()

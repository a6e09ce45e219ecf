"""Attack rules, round eleven: faults shown by eval/dev5, read as general rules.

Every sentence here was written for these tests. Documents are dated Friday 10 January 2025 unless a
test says otherwise.

- A paragraph or list item that opens on a date and a place ("12 March, Herat.", "October, Khost
  (Paktia).") dates and places what it goes on to tell.
- "a grenade was thrown at a checkpoint", "hurled two grenades into the market": an attack.
- "Both X and Y have carried out similar attacks, but neither claimed this one": attacks of a kind and a
  claim denied are no claim of this attack.
- The place of an attack is counted from the attack word nearest before it ("The worst atrocity ...
  took place on ..., when gunmen killed 16 people in a bar in X").
- A date in a clause after ", citing ..." is not the attack's.
- 'blaming "terrorist remnants" of G', "planned and executed by fighters of G", "a claim of
  responsibility was later issued on social media by G": responsibility.
- "an intelligence-based operation in which two militants were killed" is the state's, no attack.
- "martyred 63 people" counts the dead; "killed 20 hostages, most of them foreigners, and two police
  officers" is 22.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import only_attack, perpetrator_keys, places

from kg.ingest import dateline_date
from kg.model import Extraction

Extract = Callable[..., Extraction]
DATE = "2025-01-10"


def test_a_paragraph_opening_on_a_date_and_a_place_dates_and_places_its_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Incidents of the year\n\n"
        "12 March, Herat. Gunmen opened fire on worshippers leaving a mosque, killing seven people. "
        "ISKP claimed the attack.\n\n"
        "October, Khost (Paktia). Fighters ambushed a convoy on the main road, killing four guards.",
        DATE,
    )
    attacks = sorted(ex.attacks, key=lambda a: a.date or "")
    assert [a.date for a in attacks] == ["2024-03-12", "2024-10"]
    assert "Herat" in places(attacks[0])
    assert "Khost" in places(attacks[1])
    assert perpetrator_keys(attacks[0]) == {"group:islamic_state_khorasan_province"}


def test_a_date_inside_a_paragraphs_first_sentence_is_no_heading(extract_text: Extract) -> None:
    ex = extract_text(
        "On 12 March, the council met in Herat.\n\n"
        "Gunmen later opened fire on worshippers in Kandahar, killing seven people.",
        DATE,
    )
    assert only_attack(ex).date != "2024-03-12"


@pytest.mark.parametrize(
    "sentence",
    [
        "A grenade was thrown at a checkpoint in the Karte Char neighbourhood of Kabul on Tuesday, wounding two guards.",
        "Two men on a motorbike hurled two grenades into the market in Kunduz on Tuesday, wounding six people.",
    ],
)
def test_a_grenade_thrown_is_an_attack(extract_text: Extract, sentence: str) -> None:
    attack = only_attack(extract_text(sentence, DATE))
    assert attack.date == "2025-01-07"


def test_the_ball_thrown_at_a_match_is_no_attack(extract_text: Extract) -> None:
    assert not extract_text("A ball was thrown at the goalkeeper in Kabul on Tuesday.", DATE).attacks


def test_groups_that_did_similar_attacks_but_claimed_none_are_not_its_perpetrators(
    extract_text: Extract,
) -> None:
    ex = extract_text(
        "A grenade was thrown at a checkpoint in Kabul on Tuesday, wounding two guards, residents said. "
        "Both the NRF and the AFF have carried out similar attacks in the capital, but neither claimed this one.",
        DATE,
    )
    assert perpetrator_keys(only_attack(ex)) == set()


def test_the_place_after_the_nearest_attack_word_is_the_attacks(extract_text: Extract) -> None:
    ex = extract_text(
        "The worst atrocity of recent years took place on the night of 23 May 2021, when gunmen killed 16 "
        "people, among them two children, in a pair of bars in Pichari, in Cusco region.",
        DATE,
    )
    assert "Pichari" in places(only_attack(ex))


def test_a_date_in_a_clause_citing_something_else_is_not_the_attacks(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen killed 16 people in a bar in Pichari on 23 May 2021. The army blamed the massacre on the "
        "Shining Path, citing leaflets against a candidate in the run-off two weeks later.",
        DATE,
    )
    attack = only_attack(ex)
    assert attack.date == "2021-05-23"
    assert perpetrator_keys(attack) == {"group:shining_path"}


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        (
            "Three soldiers were killed in an ambush near Pichari on 28 December, the army said, blaming "
            '"terrorist remnants" of the Shining Path.',
            "group:shining_path",
        ),
        (
            "Militants rammed a truck into a check post at Mir Ali on Tuesday, killing 11 soldiers. The attack was "
            "planned and executed by fighters of the Hafiz Gul Bahadur group, the army said.",
            "group:hafiz_gul_bahadur_group",
        ),
        (
            "Militants rammed a truck into a check post at Mir Ali on Tuesday, killing 11 soldiers, and a claim "
            "of responsibility was later issued on social media by the TTP.",
            "group:tehrik_i_taliban_pakistan",
        ),
    ],
)
def test_blame_and_claims_in_wordier_forms(extract_text: Extract, sentence: str, group: str) -> None:
    assert group in perpetrator_keys(extract_text(sentence, DATE).attacks[0])


def test_an_intelligence_based_operation_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "In an intelligence-based operation in Mastung District on 7 January, two terrorists were killed.",
        DATE,
    )
    assert not ex.attacks


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A suicide bomber struck a rally in Khar on 30 July 2023 that martyred 63 people.", 63),
        (
            "Gunmen stormed a cafe in Dhaka on 1 July 2016 and killed 20 hostages, most of them foreigners, "
            "and two police officers.",
            22,
        ),
        (
            "Gunmen stormed a cafe in Dhaka on 1 July 2016 and killed 20 people, most of them women, inside.",
            20,
        ),
    ],
)
def test_the_dead_in_other_words(extract_text: Extract, sentence: str, killed: int) -> None:
    assert only_attack(extract_text(sentence, DATE)).killed == killed


def test_a_published_field_with_a_clock_time_dates_the_text() -> None:
    text = "Staff Correspondent | Dhaka | Published: 13 May 2025, 18:25\n\nA Dhaka court on Tuesday ..."
    assert str(dateline_date(text)) == "2025-05-13"
    assert dateline_date("Staff | Dhaka | Published: 13 May 2025, and more\n\nText") is None


def test_people_killed_by_a_states_fire_are_no_attacks_toll(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked a checkpoint in Jenin on Tuesday, wounding two soldiers. The health ministry said "
        "three Palestinians were killed by Israeli fire during the raid that followed.",
        DATE,
    )
    assert only_attack(ex).killed is None


def test_an_accented_dateline_is_the_filing_day_not_the_attacks(extract_text: Extract) -> None:
    ex = extract_text(
        "LOMÉ, January 9 — Gunmen killed nine soldiers and wounded 12 others in an attack on Tuesday on a "
        "military post near Borgou, in northern Togo, the army said.",
        DATE,
    )
    attack = only_attack(ex)
    assert attack.date == "2025-01-07"
    assert attack.killed == 9


def test_shots_fired_through_a_door_on_a_day_in_may_are_an_attack(extract_text: Extract) -> None:
    # ("May" is the month here, not the verb of something that may happen)
    ex = extract_text(
        "The court found that the defendant fired at least seven shots through the door of his farmhouse "
        "near Waldsassen on 14 May 2024.",
        DATE,
    )
    attack = only_attack(ex)
    assert attack.date == "2024-05-14"
    assert "Waldsassen" in places(attack)


def test_an_attack_that_may_happen_is_none(extract_text: Extract) -> None:
    assert not extract_text(
        "Police said the cell may attack a checkpoint near Waldsassen in May.", DATE
    ).attacks


def test_the_day_before_the_shooting_dates_something_else(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen opened fire on a police post in Waldsassen on 14 May 2024, wounding two officers. The ministry "
        "had banned the sect, which was run from the city of Wittenberg, on 13 May 2024, the day before the shooting.",
        DATE,
    )
    attack = only_attack(ex)
    assert attack.date == "2024-05-14"
    assert "Wittenberg" not in places(attack)


def test_a_leader_who_blew_himself_up_rather_than_surrender_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "The feud turned deadly in May 2021, when Shekau blew himself up in the Sambisa Forest rather than "
        "surrender to ISWAP fighters.",
        DATE,
    )
    assert not ex.attacks


def test_a_place_in_how_a_claim_describes_the_attack_is_not_its_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants threw two grenades at a police van near Tongi railway station on 9 March 2022, killing two "
        "constables. The Islamic State claimed the attack the next day, describing it as an operation by "
        '"soldiers of the caliphate in Bengal".',
        DATE,
    )
    attack = only_attack(ex)
    assert "Bengal" not in places(attack)
    assert perpetrator_keys(attack) == {"group:islamic_state"}


def test_killed_and_wounded_in_an_assault_is_one_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen killed five police officers and wounded three others in an overnight assault on a border post "
        "near Saravan on Sunday, state media said.",
        DATE,
    )
    attack = only_attack(ex)
    assert (attack.killed, attack.wounded) == (5, 3)


def test_a_second_attack_after_and_in_stays_apart(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen killed five police officers in Saravan on Sunday, and in an ambush near Khash on Monday "
        "militants killed two guards.",
        DATE,
    )
    assert len(ex.attacks) == 2


def test_security_forces_opening_fire_on_protesters_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "The province has seen unrest since September 2022, when security forces opened fire on protesters in "
        "Zahedan, killing at least 66 people.",
        DATE,
    )
    assert not ex.attacks


def test_the_verdict_came_a_day_after_counts_from_the_verdicts_day(extract_text: Extract) -> None:
    ex = extract_text(
        "A military tribunal on Tuesday jailed four men over the attack on a school in Bali in March, in which a "
        "teacher was killed. The verdict came a day after separatist fighters ambushed a patrol near the market "
        "in Ndop, killing two gendarmes.",
        "2023-11-23",
    )
    ndop = next(a for a in ex.attacks if "Ndop" in places(a))
    assert ndop.date == "2023-11-20"


def test_a_date_line_at_the_top_dates_nothing_told_in_later_paragraphs(extract_text: Extract) -> None:
    ex = extract_text(
        "PRESS RELEASE\n\nJuly 15, 2024\nRelease No. 11\n\nThe army gave its weekly figures.\n\n"
        "On June 22, a suicide bomber opened fire and detonated an explosive vest inside a church in Damascus, "
        "killing 25 worshippers. The Interior Ministry attributed the bombing to an ISIS cell.",
        DATE,
    )
    attack = only_attack(ex)
    assert attack.date == "2024-06-22"
    assert perpetrator_keys(attack) == {"group:islamic_state"}


def test_a_raid_by_forces_working_with_a_group_is_the_states(extract_text: Extract) -> None:
    ex = extract_text(
        "On July 13, U.S. forces, in coordination with the Syrian Democratic Forces (SDF), conducted a helicopter "
        "raid near the village of al-Busayrah in Deir ez-Zor province, killing an ISIS official.",
        DATE,
    )
    assert not ex.attacks


def test_its_deadliest_attack_is_the_subject_groups_not_its_owners(extract_text: Extract) -> None:
    ex = extract_text(
        "Egypt's other threat, IS's Sinai Province, has been largely suppressed since 2022, but its deadliest "
        "attack, on the al-Rawda mosque in Bir al-Abd in November 2017, killed 305 worshippers.",
        DATE,
    )
    assert perpetrator_keys(only_attack(ex)) == {"group:islamic_state_sinai_province"}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Sinai Province emerged in November 2014.", "islamic_state_sinai_province"),
        ("West Africa Province fighters overran the base.", "islamic_state_west_africa_province"),
    ],
)
def test_an_islamic_state_province_named_alone_is_the_group(
    extract_text: Extract, text: str, group: str
) -> None:
    assert group in {
        m.gazetteer_id.removeprefix("group:") for m in extract_text(text, DATE).mentions if m.gazetteer_id
    }


def test_a_countrys_province_in_lower_case_is_no_group(extract_text: Extract) -> None:
    ex = extract_text("Troops patrolled Egypt's North Sinai province on Monday.", DATE)
    assert "group:islamic_state_sinai_province" not in {m.gazetteer_id for m in ex.mentions}


def test_a_briefs_attribution_field_names_the_perpetrator_of_the_incident_listed(
    extract_text: Extract,
) -> None:
    ex = extract_text(
        "Islamic State Mozambique (ISM) has stepped up its raids.\n\n"
        "Negomano ambush\n\n"
        "Last week, insurgents ambushed an army convoy near Negomano, killing 12 soldiers.\n\n"
        "Attribution: ISM, per the army and local militia commanders.",
        DATE,
    )
    assert perpetrator_keys(only_attack(ex)) == {"group:islamic_state_mozambique_province"}


def test_an_attribution_field_that_says_nobody_claimed_names_no_one(extract_text: Extract) -> None:
    ex = extract_text(
        "Islamic State Mozambique (ISM) has stepped up its raids.\n\n"
        "Last week, insurgents ambushed an army convoy near Negomano, killing 12 soldiers.\n\n"
        "Claim: none; no group has claimed the ambush, though ISM is active nearby.",
        DATE,
    )
    assert perpetrator_keys(only_attack(ex)) == set()


def test_an_acronym_read_once_is_the_group_wherever_it_stands_alone(extract_text: Extract) -> None:
    ex = extract_text(
        "Islamic State Mozambique (ISM) has stepped up its raids. Attribution: ISM, per the army.",
        DATE,
    )
    assert sum(1 for m in ex.mentions if m.text == "ISM") == 2


def test_the_toll_after_a_semicolon_is_counted_whole(extract_text: Extract) -> None:
    ex = extract_text(
        "Last week, militants overran an army outpost at Sabiid; nine soldiers and two civilians died in that "
        "raid, according to local elders.",
        DATE,
    )
    assert only_attack(ex).killed == 11


def test_an_attack_recalled_with_when_is_another_with_its_own_day(extract_text: Extract) -> None:
    ex = extract_text(
        "Wednesday's attack revived memories of January 6, when Maoists blew up a vehicle near Kutru, killing "
        "eight personnel.",
        "2025-03-06",
    )
    assert "2025-01-06" in {a.date for a in ex.attacks}


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        (
            "Three commandos of India's elite CoBRA jungle-warfare unit were killed when a bomb ripped through their "
            "vehicle in Bijapur on Wednesday.",
            3,
        ),
        ("Four jawans were killed when Maoists blew up their vehicle in Sukma on Wednesday.", 4),
    ],
)
def test_security_men_named_in_other_words_are_counted(
    extract_text: Extract, sentence: str, killed: int
) -> None:
    assert only_attack(extract_text(sentence, DATE)).killed == killed


def test_the_country_across_a_border_after_near_is_no_place_of_the_attack(extract_text: Extract) -> None:
    ex = extract_text("Rebels kill 9 in attack on Ugandan school near Congo border on Tuesday", DATE)
    assert "Democratic Republic of the Congo" not in {p for a in ex.attacks for p in places(a)}


def test_a_border_town_is_a_place_of_the_attack(extract_text: Extract) -> None:
    ex = extract_text("Gunmen attacked a market in Mpondwe border town on Tuesday, killing six.", DATE)
    assert "Mpondwe" in places(only_attack(ex))


def test_the_capital_named_in_apposition_is_the_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Police blamed the ADF for twin suicide bombings in the capital, Kampala, in November 2021.", DATE
    )
    assert "Kampala" in places(only_attack(ex))


def test_a_year_before_attacks_is_no_count_of_them(extract_text: Extract) -> None:
    ex = extract_text(
        "Jemaah Islamiyah (JI), the al-Qaeda-linked network behind the 2002 Bali bombings that killed 202 people, "
        "announced that the group was disbanding.",
        DATE,
    )
    attack = only_attack(ex)
    assert (attack.date, attack.killed) == ("2002", 202)
    assert perpetrator_keys(attack) == {"group:jemaah_islamiyah"}


def test_a_count_of_attacks_stays_a_count(extract_text: Extract) -> None:
    assert not extract_text("Militants carried out 200 attacks in the region last year.", DATE).attacks


def test_an_attack_named_by_its_year_and_place_is_one(extract_text: Extract) -> None:
    ex = extract_text(
        "Aman was jailed in 2018 for inspiring a string of attacks, including the 2016 assault in Jakarta's "
        "Thamrin district.",
        DATE,
    )
    attack = only_attack(ex)
    assert attack.date == "2016"
    assert "Jakarta" in places(attack)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        (
            "Gunmen attacked a village near Mueda on Monday night. Seven villagers were hacked or shot to death.",
            7,
        ),
        ("Militants raided a village near Kalau on Sunday; three men were beaten to death.", 3),
    ],
)
def test_deaths_told_by_how_they_died(extract_text: Extract, sentence: str, killed: int) -> None:
    assert only_attack(extract_text(sentence, DATE)).killed == killed


def test_a_place_after_a_may_date_is_the_attacks(extract_text: Extract) -> None:
    ex = extract_text("Gunmen ambushed a patrol on 14 May in Waldsassen, wounding two officers.", DATE)
    assert "Waldsassen" in places(only_attack(ex))


def test_the_home_town_of_a_cells_leader_is_no_place_of_its_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen ambushed an army patrol in Wadi Horan on Sunday, killing five soldiers. No group has claimed "
        "the ambush, but officials attributed it to an IS cell led by Abu Abdullah al-Rawi, a former emir of "
        "the group in the town of Rutba.",
        DATE,
    )
    attack = only_attack(ex)
    assert "Rutba" not in places(attack)


def test_what_a_town_has_seen_is_no_toll_of_the_attack_told(extract_text: Extract) -> None:
    ex = extract_text(
        "In January, JAS gunmen killed six fishermen near Ngouboua, a town that has been attacked several times "
        "since 2015, humanitarian workers said.",
        DATE,
    )
    assert only_attack(ex).killed == 6


def test_a_toll_since_a_year_is_still_no_attack(extract_text: Extract) -> None:
    assert not extract_text(
        "Militants have killed more than 300 people in the district since 2015.", DATE
    ).attacks


def test_a_killing_and_the_bomb_that_did_it_are_one_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "In Mindanao, one soldier was killed and two civilians were wounded on Sunday when a roadside bomb went "
        "off as a military truck passed through Datu Saudi Ampatuan.",
        DATE,
    )
    attack = only_attack(ex)
    assert (attack.killed, attack.wounded) == (1, 2)


def test_where_the_victim_came_from_is_no_place_of_the_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Police linked the module to the killing of a migrant labourer from Bihar in Shopian district on "
        "October 18, when gunmen opened fire on workers at an orchard, killing one man.",
        DATE,
    )
    attack = only_attack(ex)
    assert "Shopian" in places(attack)
    assert not any(p.startswith("Bihar") for p in places(attack))

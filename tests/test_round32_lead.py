"""Round thirty-two (lead): a research body named after a site, "the <place> police", a campus of a university,
"who follows ... for", a commander "at the base", "in coordination with", a front "nothing but" one, "set up X as
its proxy", a past apposition "then Y's branch in Z", "formed by followers of", a place "run" or held by "a presence",
a revised toll given on a later day, the official toll after a boast, the wounded "put at" or "treated", recruiters
abroad, a counter-attack, a person's movement "of" something, languages. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import bodies_of, has_fact, only_attack, perpetrators, typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


# ---------------------------------------------------------------- entities


def test_a_research_body_named_after_a_lake_is_an_organisation(extract_text: Extract) -> None:
    ex = extract_text(
        '"It will get worse," said Amina Bello, a researcher with the Lake Tana Research Network.'
    )
    assert ("Lake Tana Research Network", EntityType.ORGANIZATION) in typed(ex)
    assert "Lake Tana Research Network" in bodies_of(ex, "Amina Bello")


def test_a_site_named_before_a_site_word_stays_a_site(extract_text: Extract) -> None:
    ex = extract_text("Two guards were held at Camp Bucca Detention Centre for a week.")
    assert ("Camp Bucca Detention Centre", EntityType.LOCATION) in typed(ex)


def test_the_police_of_a_place_unknown_to_the_gazetteer_is_a_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Karin Lutz, a spokeswoman for the Brandenburg police, told reporters that two men were held."
    )
    assert ("Brandenburg police", EntityType.ORGANIZATION) in typed(ex)
    assert "Brandenburg police" in bodies_of(ex, "Karin Lutz")


def test_the_police_station_of_a_place_is_no_body(extract_text: Extract) -> None:
    ex = extract_text("Gunmen fired on the Brandenburg police station at night.")
    assert not any(name.endswith("police") for name, _ in typed(ex))


def test_a_language_is_no_place(extract_text: Extract) -> None:
    ex = extract_text("The group, known in Arabic as Daesh, held Raqqa for three years.")
    assert not any(name == "Arabic" for name, _ in typed(ex))


def test_the_full_name_of_the_islamic_state_in_iraq_and_al_sham_is_the_group(extract_text: Extract) -> None:
    ex = extract_text("In 2014 he joined the Islamic State in Iraq and al-Sham and moved to Raqqa.")
    assert typed(ex) == {("Islamic State", EntityType.GROUP), ("Raqqa", EntityType.LOCATION)}


def test_an_armed_wing_named_apart_from_its_movement_is_its_affiliate(extract_text: Extract) -> None:
    ex = extract_text("The Fajr Forces are the armed wing of al-Jamaa al-Islamiya in Lebanon.")
    assert has_fact(ex, "Fajr Forces", "affiliateOf", "al-Jamaa al-Islamiya (Lebanon)")


# ---------------------------------------------------------------- people


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Somchai Rattana, who researches the insurgency at Thaksin University's Songkhla campus, said attacks rose.",
            "Somchai Rattana",
            "Thaksin University",
        ),
        (
            "Lena Vogt, who follows the far-right scene for the Amadeu Antonio Foundation, said it would not end.",
            "Lena Vogt",
            "Amadeu Antonio Foundation",
        ),
        (
            "An al-Shabaab commander at the checkpoint, Ali Warsame, told reporters the fighters would return.",
            "Ali Warsame",
            "al-Shabaab",
        ),
    ],
)
def test_a_person_placed_in_a_body_by_his_work_or_post(
    extract_text: Extract, text: str, person: str, body: str
) -> None:
    assert body in bodies_of(extract_text(text), person)


# ---------------------------------------------------------------- groups


def test_a_deed_done_in_coordination_with_another_group_is_an_alliance(extract_text: Extract) -> None:
    ex = extract_text("The Fajr Forces fired rockets at northern Israel in 2023, in coordination with Hamas.")
    assert has_fact(ex, "Fajr Forces", "alliedWith", "Hamas")


def test_a_deed_done_in_coordination_with_the_army_is_no_alliance(extract_text: Extract) -> None:
    ex = extract_text("JNIM attacked the base in Djibo, and the army replied in coordination with Hamas.")
    assert not has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "alliedWith", "Hamas")


def test_nothing_but_a_front_in_quotation_marks_is_a_front(extract_text: Extract) -> None:
    ex = extract_text(
        'Police said the PAFF was "nothing but a front" for the Pakistan-based Jaish-e-Mohammad.'
    )
    assert has_fact(ex, "People's Anti-Fascist Front", "affiliateOf", "Jaish-e-Mohammed")


@pytest.mark.parametrize("kind", ["its proxy", "a front"])
def test_a_group_set_up_by_another_as_its_proxy_is_its_affiliate(extract_text: Extract, kind: str) -> None:
    ex = extract_text(
        f"Investigators blamed Lashkar-e-Taiba, which they say set up the TRF in 2019 as {kind}."
    )
    assert has_fact(ex, "The Resistance Front", "affiliateOf", "Lashkar-e-Taiba")


def test_a_group_set_up_by_another_as_its_rival_is_no_affiliate(extract_text: Extract) -> None:
    ex = extract_text("Lashkar-e-Taiba set up the TRF as its rival.")
    assert not has_fact(ex, "The Resistance Front", "affiliateOf", "Lashkar-e-Taiba")


def test_a_past_apposition_names_the_branch_and_where_it_was(extract_text: Extract) -> None:
    ex = extract_text("He lived under the protection of Jabhat al-Nusra, then al-Qaeda's branch in Syria.")
    assert has_fact(ex, "al-Nusra Front", "affiliateOf", "al-Qaeda")
    assert has_fact(ex, "al-Nusra Front", "operatesIn", "Syria")


def test_a_group_formed_by_followers_of_a_movement_came_out_of_it(extract_text: Extract) -> None:
    ex = extract_text(
        "The Kivu Liberation Front was formed in the summer of 2021 by followers of the Reichsburger movement."
    )
    assert has_fact(ex, "Kivu Liberation Front", "formedFrom", "Reichsbürger movement")


def test_a_group_formed_with_weapons_of_another_did_not_come_out_of_it(extract_text: Extract) -> None:
    ex = extract_text("The Kivu Liberation Front was formed in 2021 with weapons seized from the ADF.")
    assert not has_fact(ex, "Kivu Liberation Front", "formedFrom", "Allied Democratic Forces")


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Hamas ran the Gaza Strip until the war.", "Hamas", "Gaza Strip"),
        ("The Qassam Brigades has rebuilt a presence in Jenin.", "Izz ad-Din al-Qassam Brigades", "Jenin"),
        ("Hamas keeps political offices in Beirut.", "Hamas", "Beirut"),
    ],
)
def test_a_place_a_group_runs_or_keeps_a_presence_or_offices_in(
    extract_text: Extract, text: str, group: str, place: str
) -> None:
    assert has_fact(extract_text(text), group, "operatesIn", place)


def test_a_group_that_ran_a_bakery_runs_no_place(extract_text: Extract) -> None:
    ex = extract_text("Hamas ran a bakery in Gaza for years.")
    assert not has_fact(ex, "Hamas", "operatesIn", "Gaza")


def test_recruiting_abroad_for_a_group_whose_war_is_elsewhere_places_it_nowhere(
    extract_text: Extract,
) -> None:
    ex = extract_text(
        "The court jailed a man for recruiting young men in the Netherlands for Hayat Tahrir al-Sham."
    )
    assert not has_fact(ex, "Hayat Tahrir al-Sham", "operatesIn", "Netherlands")


def test_recruiting_at_home_for_a_group_of_that_country_places_it_there(extract_text: Extract) -> None:
    ex = extract_text("She had recruited in Sweden for the Nordic Resistance Movement.")
    assert has_fact(ex, "Nordic Resistance Movement", "operatesIn", "Sweden")


def test_a_persons_movement_described_by_its_aim_is_no_group_named_before(extract_text: Extract) -> None:
    ex = extract_text(
        "Hezbollah opened a support front in 2023. The Amal Movement, founded in the 1970s as the armed wing of "
        "Musa al-Sadr's movement of the deprived, remains Hezbollah's closest partner."
    )
    assert not has_fact(ex, "Musa al-Sadr", "affiliatedWith", "Hezbollah")


# ---------------------------------------------------------------- attacks

KAIGA = (
    "Before dawn on 3 November 2026, several hundred fighters in canoes attacked an army position on the island of "
    "Kaiga Kindjiria, in Chad's Lac province. The government first said twelve soldiers had been killed. On 6 "
    "November the army spokesman gave a revised toll of 17 dead and 21 wounded, and said more than 60 terrorists "
    "had been killed in the counter-attack. Chadian officials blamed Boko Haram fighters loyal to Bakura; no group "
    "has claimed the attack."
)


def test_a_revised_toll_given_on_a_later_day_is_the_attacks(extract_text: Extract) -> None:
    attack = only_attack(extract_text(KAIGA, date="2026-11-30"))
    assert (attack.killed, attack.wounded) == (17, 21)
    assert perpetrators(attack) == {"Boko Haram"}


def test_the_official_toll_after_the_attackers_boast_is_the_attacks(extract_text: Extract) -> None:
    attack = only_attack(
        extract_text(
            "On 21 Nov., ISWAP fighters overran part of an army base at Malam Fatori, in Borno State. The Islamic "
            "State claimed the assault, saying it had killed 30 soldiers. The army said five soldiers were killed.",
            date="2026-11-30",
        )
    )
    assert attack.killed == 5


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "A bomb went off at the market in Yaring on Wednesday, killing two people. Officials first put the "
            "number of wounded at 11, but on Thursday the health office said 17 people had been treated.",
            17,
        ),
        (
            "A bomb went off at the market in Yaring on Wednesday. Officials put the number of wounded at 11.",
            11,
        ),
    ],
)
def test_the_wounded_put_at_a_figure_or_counted_as_treated(
    extract_text: Extract, text: str, wounded: int
) -> None:
    assert only_attack(extract_text(text, date="2026-11-27")).wounded == wounded


def test_a_groups_higher_toll_is_its_boast_not_a_revision(extract_text: Extract) -> None:
    attack = only_attack(
        extract_text(
            "Five police officers were killed when their vehicle struck a roadside bomb in Mandera county on Monday, "
            "police said. Al-Shabaab said its fighters had destroyed the vehicle, but gave a higher death toll of eight.",
            date="2025-08-12",
        )
    )
    assert attack.killed == 5


def test_a_unit_named_with_its_parent_and_a_partner_both_claim(extract_text: Extract) -> None:
    attack = only_attack(
        extract_text(
            "A roadside bomb exploded under an army jeep in Tammun on Tuesday, wounding three soldiers. In a joint "
            "statement, the Tubas Battalion of the al-Quds Brigades and the Izz ad-Din al-Qassam Brigades, Hamas's "
            "military wing, said their fighters had planted and detonated the device.",
            date="2026-11-19",
        )
    )
    assert {"Tubas Brigade", "Izz ad-Din al-Qassam Brigades"} <= perpetrators(attack)


def test_a_group_believed_to_carry_out_the_bombings_of_provinces_operates_there(
    extract_text: Extract,
) -> None:
    ex = extract_text(
        "The RKK is believed to carry out most of the bombings and shootings in the provinces of Pattani, Yala and "
        "Narathiwat."
    )
    for place in ("Pattani", "Yala", "Narathiwat"):
        assert has_fact(ex, "Runda Kumpulan Kecil", "operatesIn", place)


def test_a_list_after_a_plural_word_for_places_is_split_known_or_not(extract_text: Extract) -> None:
    ex = extract_text("The army hit two camps near the border townships of Lahe and Nanyun on Friday.")
    assert {("Lahe", EntityType.LOCATION), ("Nanyun", EntityType.LOCATION)} <= typed(ex)


def test_a_country_of_two_names_stays_one(extract_text: Extract) -> None:
    ex = extract_text("Two suspects were held in Trinidad and Tobago on Friday.")
    assert ("Trinidad and Tobago", EntityType.LOCATION) in typed(ex)


def test_a_newspaper_ner_left_untagged_is_a_body(extract_text: Extract) -> None:
    ex = extract_text(
        "A commander, Abdi Hassan, told the Horn Ledger by phone that the attackers came in two waves."
    )
    assert ("Horn Ledger", EntityType.ORGANIZATION) in typed(ex)


# ---------------------------------------------------------------- a body named by its head noun


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "The UN peacekeeping mission, MINUSCA, sent a patrol from its base in Paoua. Aicha Ndour, a "
            "spokesperson for the mission, said its human rights division would investigate.",
            "Aicha Ndour",
            "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
        ),
        (
            "The Malian Armed Forces (FAMa) said troops repelled the attack. Colonel Mamadou Keita, a spokesman "
            "for the army's eastern operational zone, said five soldiers died.",
            "Mamadou Keita",
            "Malian Armed Forces",
        ),
        (
            "The Khyber Pakhtunkhwa Police said four men died. The attackers hit the post shortly before "
            "midnight, said Faisal Marwat, the district police officer.",
            "Faisal Marwat",
            "Khyber Pakhtunkhwa Police",
        ),
    ],
)
def test_a_body_named_by_its_head_noun_is_the_one_named_in_full_before(
    extract_text: Extract, text: str, person: str, body: str
) -> None:
    assert body in bodies_of(extract_text(text), person)


def test_the_army_with_two_armies_named_is_neither(extract_text: Extract) -> None:
    ex = extract_text(
        "The Malian Armed Forces and the Burkinabe Armed Forces held talks. Colonel Ali Keita, a spokesman for "
        "the army's eastern operational zone, said five soldiers died."
    )
    assert not bodies_of(ex, "Ali Keita")

"""Round thirty-three (lead): a UN office or agency is the UN's, "the previous evening" counted back from the day
told, a heading that names the place then the day, places listed after "in X, in the A, B and C districts", places
after a narrowing word further on, "jointly" and "a joint council", "into an alliance with", "the suicide squad of
the separate Y", "now operates as Y's wing", a coalition "of former rebel movements that includes", "formed by
commanders who came out of Y", "grew out of the northern branch of Y", "the more lethal threat to Y", "Y's capture
of X"; a body "which emerged under P", "units commanded by P", "at the head of" a body, "the force's commander";
a federal court and prosecutors of a state that is one district, a saint's town in a dateline. Every sentence was
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact, only_attack, perpetrators, typed

from kg.extract.dates import find_dates
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


# ---------------------------------------------------------------- bodies


@pytest.mark.parametrize(
    "body",
    ["UN Office for the Coordination of Humanitarian Affairs", "UN refugee agency"],
)
def test_an_office_or_agency_named_after_the_un_is_the_uns(extract_text: Extract, body: str) -> None:
    ex = extract_text(f"The {body} said 9,000 people had fled. The United Nations appealed for funds.")
    assert any(s.startswith("UN ") and o == "United Nations" for s, p, o in _facts(ex, "affiliateOf"))


def test_the_security_council_is_not_read_as_a_un_office(extract_text: Extract) -> None:
    ex = extract_text("The UN Security Council met on Friday. The United Nations said aid was blocked.")
    assert not _facts(ex, "affiliateOf")


@pytest.mark.parametrize(
    "body",
    [
        "U.S. District Court for the District of Colorado",
        "U.S. Attorney's Office for the District of Colorado",
        "U.S. Attorney's Office for the Western District of Texas",
    ],
)
def test_a_federal_body_named_by_its_district_is_one_name(extract_text: Extract, body: str) -> None:
    ex = extract_text(f"Dana Whitlock, a lawyer at the {body}, said the case would go to trial.")
    assert (body, EntityType.ORGANIZATION) in typed(ex)
    assert has_fact(ex, "Dana Whitlock", "affiliatedWith", body)


def test_the_district_of_columbia_alone_stays_a_place(extract_text: Extract) -> None:
    ex = extract_text("He was held in the District of Columbia for a week.")
    assert ("District of Columbia", EntityType.LOCATION) in typed(ex)


def test_a_saints_town_in_a_dateline_is_one_place(extract_text: Extract) -> None:
    ex = extract_text("ST. LOUIS, Mo. — A man who tried to join the Islamic State was sentenced on Tuesday.")
    assert any(name.casefold() == "st. louis" for name, _ in typed(ex))
    assert len({m.sentence_index for m in ex.mentions}) == 1


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The militia said on 14 May that it had ambushed the convoy the previous evening.", "2026-05-13"),
        ("On 3 April police said the post had been attacked the night before.", "2026-04-02"),
    ],
)
def test_the_previous_evening_is_the_day_before_the_one_told(text: str, day: str) -> None:
    import datetime as dt

    found = find_dates(text, dt.date(2026, 6, 1))
    assert found[-1].value == day


def test_the_night_before_a_named_event_is_left_unread() -> None:
    import datetime as dt

    assert find_dates("Crowds gathered on the night before the vote.", dt.date(2026, 6, 1)) == []


def test_a_heading_that_names_the_place_then_the_day_dates_the_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Recent incidents:\n\nGarissa, 12 March. Gunmen stormed a police post outside Garissa, killing three "
        "officers.\n",
        date="2026-06-01",
    )
    assert only_attack(ex).date == "2026-03-12"


def test_where_the_commander_told_reporters_is_not_where_the_attack_was(extract_text: Extract) -> None:
    ex = extract_text(
        "Rebels attacked the police station in the town of Toribio overnight into Tuesday, killing two officers. "
        "The police commander told reporters in Popayan that the assault began shortly before midnight on Monday "
        "with explosives dropped from drones.",
        date="2025-06-11",
    )
    assert len(ex.attacks) == 1


def test_a_day_in_the_month_told_dates_the_attack_and_a_crewman_is_a_victim(extract_text: Extract) -> None:
    ex = extract_text(
        "Last month the bulk carrier Sea Lark was struck by a drone boat off Hodeidah on 9 June, killing a Filipino "
        "crewman.",
        date="2024-07-16",
    )
    attack = only_attack(ex)
    assert (attack.date, attack.killed) == ("2024-06-09", 1)


def test_an_officials_claim_of_attackers_killed_is_no_groups_claim(extract_text: Extract) -> None:
    ex = extract_text(
        'Al-Shabaab fighters stormed an army base in Hiran on Sunday, killing 14 soldiers. "Our forces and the '
        'Ma\'awisley inflicted heavy losses," the governor said, and claimed that "more than 60" attackers had died.',
        date="2026-11-24",
    )
    assert perpetrators(only_attack(ex)) == {"al-Shabaab"}


def test_most_of_the_bombings_in_a_region_are_no_part_of_the_attack_told(extract_text: Extract) -> None:
    ex = extract_text(
        "A bomb exploded at a market in Yaring district on Wednesday, killing three. The group's armed wing is "
        "believed to carry out most of the bombings in the provinces of Yala, Narathiwat and Songkhla.",
        date="2026-11-26",
    )
    assert [m.name for m in only_attack(ex).locations] == ["Yaring"]


def test_an_attack_in_the_same_district_takes_the_district_not_the_village(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants ambushed an army truck near Mendhar village in Poonch district on Thursday, killing three "
        "soldiers. The ambush recalled the attack of 20 April 2023 at a bend of the same road, in the same "
        "district, when militants fired on an army truck, killing five soldiers.",
        date="2026-11-21",
    )
    earlier = next(a for a in ex.attacks if a.date == "2023-04-20")
    assert "Poonch" in [m.name for m in earlier.locations]
    assert "Mendhar" not in [m.name for m in earlier.locations]


def test_places_of_what_an_attack_answered_are_not_its_own(extract_text: Extract) -> None:
    ex = extract_text(
        "The militia said its fighters had targeted the Qayyarah airbase in Nineveh province on Tuesday, in response "
        "to the American partnership in the massacres in Gaza and Lebanon.",
        date="2024-10-23",
    )
    names = [m.name for a in ex.attacks for m in a.locations]
    assert "Nineveh" in names
    assert "Lebanon" not in names and "Gaza Strip" not in names


def test_a_later_toll_goes_to_the_attack_told_not_the_one_it_is_measured_against(
    extract_text: Extract,
) -> None:
    ex = extract_text(
        "KOSTI — Drones launched by Sudan's paramilitary Rapid Support Forces (RSF) struck a fuel depot and a "
        "substation in Kosti before dawn on Saturday, killing four civilians and wounding 11, the army said, in the "
        "heaviest attack on the White Nile city since the RSF first hit it with drones in May 2025. The health "
        "ministry of White Nile state had initially reported two dead. By Sunday evening it put the toll at four, "
        "including a night watchman, and said 11 people were being treated for burns.",
        date="2026-01-26",
    )
    tolls = {a.date: (a.killed, a.wounded) for a in ex.attacks}
    assert tolls["2026-01-24"] == (4, 11)
    assert tolls.get("2025-05", (None, None)) == (None, None)


def test_a_tolls_parts_end_where_a_new_saying_opens() -> None:
    from kg.extract.numbers import read_casualties

    found = read_casualties("By Sunday it put the toll at four and said 11 people were being treated.")
    assert (found.killed, found.wounded) == (4, 11)


def test_a_toll_of_people_injured_counts_no_dead() -> None:
    from kg.extract.numbers import read_casualties

    found = read_casualties("Police put the final toll at three people injured, all slightly.")
    assert (found.killed, found.wounded) == (None, 3)


def test_the_toll_of_another_days_attack_is_not_the_one_just_told(extract_text: Extract) -> None:
    ex = extract_text(
        "HAMBURG, Nov 19 — The agency warned on Thursday that extremists could strike again at power lines. It "
        "said cells using the Vulkangruppe name had been active in and around Hamburg since 2011, when they set "
        "fire to cable ducts on the railway network. Police put the final toll of Tuesday's fire at three people "
        "injured, all slightly.",
        date="2026-11-19",
    )
    attack = only_attack(ex)
    assert attack.date == "2011" and (attack.killed, attack.wounded) == (None, None)


def test_the_toll_of_the_same_days_attack_is_taken(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked a checkpoint in Kandahar on Friday, killing four. Police raised the toll of Friday's "
        "attack to nine dead.",
        date="2026-03-10",
    )
    assert only_attack(ex).killed == 9


# ---------------------------------------------------------------- where groups are


def test_places_listed_after_a_second_in_are_grounds_too(extract_text: Extract) -> None:
    ex = extract_text(
        "The Baloch Liberation Front is strongest in the Makran coastal belt, in the Kech (also spelled Kej), "
        "Panjgur and Awaran districts."
    )
    for place in ("Makran", "Kech", "Panjgur", "Awaran"):
        assert has_fact(ex, "Balochistan Liberation Front", "operatesIn", place), place


def test_a_place_across_a_river_from_another_is_no_second_ground(extract_text: Extract) -> None:
    ex = extract_text(
        "Los Lobos has fought Los Choneros for control of Duran, across the Guayas River from Guayaquil."
    )
    assert not any(o == "Guayas River" for _, _, o in _facts(ex, "operatesIn"))


def test_places_after_a_narrowing_word_further_on_are_grounds(extract_text: Extract) -> None:
    ex = extract_text(
        "Lakurawa is active along Nigeria's border with the Republic of Niger, mainly in the Tangaza, Gudu and "
        "Binji local government areas of Sokoto State."
    )
    for place in ("Tangaza", "Gudu", "Binji"):
        assert has_fact(ex, "Lakurawa", "operatesIn", place), place


def test_a_groups_capture_of_a_town_puts_it_there(extract_text: Extract) -> None:
    ex = extract_text("The RSF's capture of Nyala in 2023 gave it the second city of Sudan.")
    assert has_fact(ex, "Rapid Support Forces", "operatesIn", "Nyala")


# ---------------------------------------------------------------- allies


@pytest.mark.parametrize(
    "text",
    [
        "In May the Afghanistan Freedom Front and the National Resistance Front set up a joint military council.",
        "In June Afghanistan Freedom Front and National Resistance Front fighters jointly attacked Taliban posts.",
    ],
)
def test_a_joint_council_or_a_joint_blow_makes_allies(extract_text: Extract, text: str) -> None:
    assert has_fact(
        extract_text(text), "Afghanistan Freedom Front", "alliedWith", "National Resistance Front"
    )


def test_jointly_condemning_is_no_alliance(extract_text: Extract) -> None:
    ex = extract_text("Hamas and Fatah jointly condemned the killing of the two journalists.")
    assert not _facts(ex, "alliedWith")


def test_taking_a_group_into_an_alliance_makes_allies(extract_text: Extract) -> None:
    ex = extract_text("In 2018 his successor took Ansarul Islam into a loose alliance with JNIM.")
    assert has_fact(ex, "Ansarul Islam", "alliedWith", "Jama'at Nusrat al-Islam wal-Muslimin")


# ---------------------------------------------------------------- parts and origins


def test_the_suicide_squad_of_the_separate_group_is_its_part(extract_text: Extract) -> None:
    ex = extract_text(
        "Investigators first named the Majeed Brigade, the suicide squad of the separate Baloch Liberation Army."
    )
    assert has_fact(ex, "Majeed Brigade", "affiliateOf", "Balochistan Liberation Army")


def test_a_group_that_now_operates_as_anothers_wing_is_its_part(extract_text: Extract) -> None:
    ex = extract_text("Officials say Lakurawa now operates as ISSP's southern wing.")
    assert has_fact(ex, "Lakurawa", "affiliateOf", "Islamic State Sahel Province")


def test_a_coalition_of_former_rebel_movements_that_includes_a_group_owns_it(extract_text: Extract) -> None:
    ex = extract_text(
        "The Joint Forces, a coalition of former Darfur rebel movements that includes the Justice and Equality "
        "Movement (JEM), hold El Fasher's outskirts."
    )
    assert has_fact(ex, "Justice and Equality Movement", "affiliateOf", "Joint Forces")


def test_formed_by_commanders_who_came_out_of_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Analysts say Lakurawa was formed by commanders who came out of Islamic State Sahel Province."
    )
    assert has_fact(ex, "Lakurawa", "formedFrom", "Islamic State Sahel Province")


def test_a_group_grown_out_of_anothers_branch_was_formed_from_it(extract_text: Extract) -> None:
    ex = extract_text("Ansar Dine grew out of the northern branch of the MNLA in 2012.")
    assert has_fact(ex, "Ansar Dine", "formedFrom", "National Movement for the Liberation of Azawad")
    assert not has_fact(ex, "Ansar Dine", "affiliateOf", "National Movement for the Liberation of Azawad")


def test_a_group_that_emerged_as_an_armed_wing_is_still_the_wing(extract_text: Extract) -> None:
    ex = extract_text("Lashkar-e-Jhangvi emerged in 1996 as the armed wing of Sipah-e-Sahaba Pakistan.")
    assert has_fact(ex, "Lashkar-e-Jhangvi", "affiliateOf", "Sipah-e-Sahaba Pakistan")


def test_the_splm_north_split_from_the_splm(extract_text: Extract) -> None:
    ex = extract_text("The SPLM-N fights in South Kordofan; the SPLM governs Juba.")
    assert has_fact(
        ex, "Sudan People's Liberation Movement-North", "formedFrom", "Sudan People's Liberation Movement"
    )
    assert not has_fact(
        ex, "Sudan People's Liberation Movement-North", "affiliateOf", "Sudan People's Liberation Movement"
    )


# ---------------------------------------------------------------- people


def test_a_body_that_emerged_under_a_man_is_led_by_him(extract_text: Extract) -> None:
    ex = extract_text(
        "The Afghanistan Freedom Front, which emerged in 2022 under Mohammad Yasin Zia, a former army chief, "
        "claimed the bombing."
    )
    assert has_fact(ex, "Mohammad Yasin Zia", "affiliatedWith", "Afghanistan Freedom Front")


def test_units_commanded_by_a_man_are_his(extract_text: Extract) -> None:
    ex = extract_text("The Giants Brigades are Salafi-leaning units commanded by Abdulrahman al-Muharrami.")
    assert has_fact(ex, "Abdulrahman al-Muharrami", "affiliatedWith", "Giants Brigades")


def test_seizing_power_at_the_head_of_a_body_is_leading_it(extract_text: Extract) -> None:
    ex = extract_text(
        "Captain Ibrahim Traore seized power in 2022 at the head of the Patriotic Movement for Safeguard and "
        "Restoration (MPSR)."
    )
    assert has_fact(
        ex, "Ibrahim Traore", "affiliatedWith", "Patriotic Movement for Safeguard and Restoration"
    )


def test_the_forces_commander_is_the_armed_forces_named_before(extract_text: Extract) -> None:
    ex = extract_text(
        "A car bomb hit a Security Belt Forces checkpoint in Zinjibar. Four guards died, according to the force's "
        "local commander, Colonel Saleh al-Amri."
    )
    assert has_fact(ex, "Saleh al-Amri", "affiliatedWith", "Security Belt Forces")


# ---------------------------------------------------------------- rivals


def test_the_more_lethal_threat_to_a_group_is_its_rival(extract_text: Extract) -> None:
    ex = extract_text("ISKP remains the more lethal threat to the Taliban in the east.")
    assert has_fact(ex, "Islamic State Khorasan Province", "rivalOf", "Taliban")


def test_a_threat_to_stability_is_no_rival(extract_text: Extract) -> None:
    ex = extract_text("Al-Shabaab is a threat to the region's stability, the African Union said.")
    assert not _facts(ex, "rivalOf")


def _facts(ex: Extraction, predicate: str) -> set[tuple[str, str, str]]:
    return {
        (r.subject.name, r.predicate.value, r.object.name)
        for r in ex.relations
        if r.predicate.value == predicate
    }

"""Round thirty-four (lead): "took the city from Y", allies who "joined A and B, its partners in the alliance, in
launching" an offensive, a split "when a faction ... formed Y", a group that "emerged largely from disaffected
commanders of Y", "described himself as G's spokesman", an oath "to the leader of G", "P and a few dozen followers
pledged allegiance", "representing the O", "the O (ABBR) under P", "seized power under Senior
General P", "G's fighters under P", "a G sympathiser, P"; names: a lower-case "abu" inside a name, a surname that is
also a metonym, centres of study, a post's site, a man counted with "two other cadres", a group's named command; a
blamer is not the blamed faction's parent; "roads into X", "re-emerged in X", a fronted phrase before "it"; a
takeover of a capital, "dozens of times" and a group's own quoted count. Every sentence was written for these
tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact, only_attack, typed

from kg.extract.numbers import read_casualties
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def _facts(ex: Extraction, predicate: str) -> set[tuple[str, str, str]]:
    return {
        (r.subject.name, r.predicate.value, r.object.name)
        for r in ex.relations
        if r.predicate.value == predicate
    }


def _pair(ex: Extraction, predicate: str, x: str, y: str) -> bool:
    return has_fact(ex, x, predicate, y) or has_fact(ex, y, predicate, x)


# ---------------------------------------------------------------- groups and groups


def test_taking_a_city_from_a_group_makes_them_rivals(extract_text: Extract) -> None:
    ex = extract_text(
        "Units of the Syrian National Army (SNA) took the town from the Syrian Democratic Forces (SDF)."
    )
    assert _pair(ex, "rivalOf", "Syrian National Army", "Syrian Democratic Forces")


def test_taking_fighters_from_a_group_is_no_rivalry(extract_text: Extract) -> None:
    ex = extract_text("The Syrian National Army took fighters from the Syrian Democratic Forces.")
    assert not _facts(ex, "rivalOf")


def test_partners_joined_in_an_offensive_are_allies_not_parts(extract_text: Extract) -> None:
    ex = extract_text(
        "Last spring the Arakan Army (AA) joined the Kachin Independence Army (KIA) and the Ta'ang National "
        "Liberation Army (TNLA), its partners in a northern alliance, in launching a push on the border towns."
    )
    for x, y in (
        ("Arakan Army", "Kachin Independence Army"),
        ("Arakan Army", "Ta'ang National Liberation Army"),
        ("Kachin Independence Army", "Ta'ang National Liberation Army"),
    ):
        assert _pair(ex, "alliedWith", x, y)
    assert not _facts(ex, "affiliateOf")


def test_joining_a_group_in_attacking_is_an_alliance(extract_text: Extract) -> None:
    ex = extract_text("The Arakan Army joined the Kachin Independence Army in storming the hill base.")
    assert _pair(ex, "alliedWith", "Arakan Army", "Kachin Independence Army")
    assert not _facts(ex, "affiliateOf")


def test_joining_a_group_outright_is_still_membership(extract_text: Extract) -> None:
    ex = extract_text("Ansar Dine joined JNIM in 2017.")
    assert has_fact(ex, "Ansar Dine", "affiliateOf", "Jama'at Nusrat al-Islam wal-Muslimin")


def test_a_split_when_a_faction_formed_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Boko Haram split in 2016, when a faction that rejected its leader formed the Islamic State West Africa "
        "Province (ISWAP)."
    )
    assert has_fact(ex, "Islamic State West Africa Province", "formedFrom", "Boko Haram")


def test_a_group_that_emerged_from_another_groups_commanders(extract_text: Extract) -> None:
    ex = extract_text(
        "ISKP emerged in 2015 in the province of Nangarhar, largely from disaffected commanders of the Pakistani "
        "Taliban, or Tehrik-i-Taliban Pakistan (TTP)."
    )
    assert has_fact(ex, "Islamic State Khorasan Province", "formedFrom", "Tehrik-i-Taliban Pakistan")


def test_a_blamer_is_not_the_parent_of_the_faction_it_blames(extract_text: Extract) -> None:
    ex = extract_text("The Sudanese Armed Forces (SAF) blamed the faction of the SPLM-N led by Yousif Kuku.")
    assert not any(s == "Sudanese Armed Forces" for s, _, _ in _facts(ex, "affiliateOf"))


# ---------------------------------------------------------------- people


@pytest.mark.parametrize(
    "text",
    [
        "Tobias Ekwe described himself as the Ambazonia Defence Forces' spokesman.",
        "A caller who gave his name as Tobias Ekwe and described himself as the Ambazonia Defence Forces' spokesman "
        "said the post had fallen.",
    ],
)
def test_his_own_word_for_his_office(extract_text: Extract, text: str) -> None:
    assert has_fact(extract_text(text), "Tobias Ekwe", "affiliatedWith", "Ambazonia Defence Forces")


def test_an_oath_to_the_groups_leader_is_to_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "In the clip, a hooded Rayan Belkacem pledges allegiance to the leader of the Islamic State."
    )
    assert has_fact(ex, "Rayan Belkacem", "affiliatedWith", "Islamic State")


def test_a_man_and_his_followers_pledged_allegiance(extract_text: Extract) -> None:
    ex = extract_text("Yusuf Gaal and a few dozen followers pledged allegiance to the Islamic State in 2016.")
    assert has_fact(ex, "Yusuf Gaal", "affiliatedWith", "Islamic State")


def test_a_prosecutor_representing_his_office(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutor Claire Dumont, representing the National Anti-Terrorism Prosecutor's Office (PNAT), asked for "
        "twelve years."
    )
    assert has_fact(ex, "Claire Dumont", "affiliatedWith", "National Anti-Terrorism Prosecutor's Office")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Power passed to the Transitional Governing Council (TGC) under Hamid Sabri, which sits in Aden.",
            "Hamid Sabri",
            "Transitional Governing Council",
        ),
        ("Al-Shabaab under Ahmed Diriye has grown bolder.", "Ahmed Diriye", "al-Shabaab"),
        (
            "The army, known as the Tatmadaw, seized power in 2021 under Senior General Min Aung Hlaing.",
            "Min Aung Hlaing",
            "Tatmadaw",
        ),
        (
            "Ankara struck the PKK's fighters under Cemil Bayik near the border.",
            "Cemil Bayik",
            "Kurdistan Workers' Party",
        ),
    ],
)
def test_a_body_under_its_leader(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert has_fact(extract_text(text), person, "affiliatedWith", body)


def test_the_last_of_a_merger_is_not_under_the_new_leader(extract_text: Extract) -> None:
    ex = extract_text(
        "JNIM was formed in 2017 by the merger of Ansar Dine, the Macina Liberation Front and al-Mourabitoun under "
        "Iyad Ag Ghaly."
    )
    assert not has_fact(ex, "Iyad Ag Ghaly", "affiliatedWith", "al-Mourabitoun")


def test_a_body_named_bare_before_a_leader_is_not_his(extract_text: Extract) -> None:
    ex = extract_text(
        "Both factions would fold into the new Syrian army under al-Sharaa, who became president."
    )
    assert not _facts(ex, "affiliatedWith")


def test_a_named_sympathiser_of_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2020 a 20-year-old gunman and Islamic State sympathiser, Arben Kastrati, opened fire in Graz."
    )
    assert has_fact(ex, "Arben Kastrati", "affiliatedWith", "Islamic State")


# ---------------------------------------------------------------- names


def test_a_lower_case_abu_inside_a_name(extract_text: Extract) -> None:
    ex = extract_text("ARSA's leader, Ataullah abu Ammar Jununi, was detained near Dhaka.")
    assert ("Ataullah abu Ammar Jununi", EntityType.PERSON) in typed(ex)
    assert has_fact(ex, "Ataullah abu Ammar Jununi", "affiliatedWith", "Arakan Rohingya Salvation Army")


def test_a_generals_surname_is_not_an_agencys_metonym(extract_text: Extract) -> None:
    ex = extract_text("AFRICOM's then commander, General Michael Langley, said the strikes had worked.")
    assert ("Michael Langley", EntityType.PERSON) in typed(ex)
    assert has_fact(ex, "Michael Langley", "affiliatedWith", "United States Africa Command")


@pytest.mark.parametrize("name", ["Lake Chad Research Centre", "Niger Delta Policy Centre"])
def test_a_centre_of_study_is_a_body(extract_text: Extract, name: str) -> None:
    ex = extract_text(f"Analyst Grace Okafor of the {name} said the claim fitted a pattern.")
    assert (name, EntityType.ORGANIZATION) in typed(ex)
    assert has_fact(ex, "Grace Okafor", "affiliatedWith", name)


def test_a_posts_site_placed_in_a_region_is_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighters drove a car bomb into an army position at Buur Dheer, in the eastern Cal Miskaad."
    )
    assert ("Buur Dheer", EntityType.LOCATION) in typed(ex)


def test_a_man_counted_with_other_cadres_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Leadership rests with veteran commanders in the mountains: Murat Karayilan and two other founding cadres."
    )
    assert ("Murat Karayilan", EntityType.PERSON) in typed(ex)


def test_a_groups_named_command_is_a_group(extract_text: Extract) -> None:
    ex = extract_text("Fighters of the New People's Army's Jose Rizal Command ambushed the patrol.")
    assert ("Jose Rizal Command", EntityType.GROUP) in typed(ex)
    assert has_fact(ex, "Jose Rizal Command", "affiliateOf", "New People's Army")


def test_an_armys_regional_command_stays_a_body(extract_text: Extract) -> None:
    ex = extract_text("The military's Western Regional Command fell in December.")
    assert ("Western Regional Command", EntityType.ORGANIZATION) in typed(ex)


# ---------------------------------------------------------------- grounds


def test_a_grip_on_the_roads_into_a_town(extract_text: Extract) -> None:
    ex = extract_text("The SPLM-N has tightened its grip on roads into Dilling.")
    assert has_fact(ex, "Sudan People's Liberation Movement-North", "operatesIn", "Dilling")


def test_a_group_that_re_emerged_somewhere(extract_text: Extract) -> None:
    ex = extract_text(
        "The Rohingya Solidarity Organisation (RSO) re-emerged in the camps around Cox's Bazar."
    )
    assert any(s == "Rohingya Solidarity Organisation" for s, _, _ in _facts(ex, "operatesIn"))


def test_it_after_a_fronted_phrase_is_the_group_before(extract_text: Extract) -> None:
    ex = extract_text(
        "JNIM was formed in 2017. Once confined to Mali, it now operates across Burkina Faso and Niger."
    )
    assert has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "operatesIn", "Burkina Faso")
    assert has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "operatesIn", "Niger")


# ---------------------------------------------------------------- attacks


def test_seizing_a_capital_with_no_victims_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "The Houthis seized the capital, Sanaa, in September 2014 and today control most of north-western Yemen."
    )
    assert not ex.attacks


def test_how_often_someone_searched_counts_no_attacks(extract_text: Extract) -> None:
    ex = extract_text(
        "The accused had searched the internet dozens of times for the attacks of 13 November 2015, when gunmen "
        "struck the Bataclan concert hall in Paris, killing 130 people."
    )
    attack = only_attack(ex)
    assert attack.date == "2015-11-13" and attack.killed == 130


def test_a_groups_own_quoted_count_gives_way_to_the_official_toll() -> None:
    told = read_casualties(
        'The statement said "the mujahideen" had killed "more than 30" soldiers, far above the government\'s toll '
        "of 12."
    )
    assert told.killed == 12
    boast = read_casualties('The statement said "the mujahideen" had killed "more than 30" soldiers.')
    assert boast.boasted


def test_a_force_known_by_its_commanders_name(extract_text: Extract) -> None:
    ex = extract_text(
        "On the coast, the National Resistance Forces of Tareq Saleh hold the port and the strip south of it."
    )
    assert ("Tareq Saleh", EntityType.PERSON) in typed(ex)
    assert has_fact(ex, "Tareq Saleh", "affiliatedWith", "National Resistance Forces (Yemen)")


def test_a_forces_name_of_body_words_is_no_person(extract_text: Extract) -> None:
    ex = extract_text("The Union of Democratic Forces of Guinea called a strike.")
    assert not any(t is EntityType.PERSON for _, t in typed(ex))


def test_a_town_that_was_hit_when_bombers_killed(extract_text: Extract) -> None:
    ex = extract_text("Maiduguri was hit in May 2018, when two suicide bombers killed 14 people at a mosque.")
    attack = only_attack(ex)
    assert attack.date == "2018-05" and attack.killed == 14
    assert "Maiduguri" in [m.name for m in attack.locations]


def test_a_limpet_mine_on_a_tanker(extract_text: Extract) -> None:
    ex = extract_text(
        "On 3 May a limpet mine tore a hole in the tanker Blue Heron off Aden, injuring two sailors."
    )
    attack = only_attack(ex)
    assert attack.wounded == 2 and "Blue Heron" in [m.name for m in attack.locations]

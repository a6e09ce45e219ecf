"""Rules found by a held-out robustness pass, on six articles no rule was tuned on before.

The articles in `tests/data/heldout/` were written for this pass in six styles (a wire report,
a long analysis in Markdown, a court report, a web page with boilerplate, an officials-quoted
attack report, a JSON feed); none comes from the dev set. Each rule is checked on a sentence
from them and, where it could overreach, on a near miss it must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from readings import has_fact, perpetrators, places, typed

from kg.extract.numbers import read_casualties
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
G, ORG, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION
HELDOUT = Path(__file__).parent / "data" / "heldout"


@pytest.fixture(scope="module")
def article(read_article: Callable[[Path], list[Extraction]]) -> Callable[[str], list[Extraction]]:
    return lambda name: read_article(HELDOUT / name)


# ------------------------------------------------------------------ whole articles


def test_borno_wire_gives_one_raid_with_the_updated_toll(article: Callable[[str], list[Extraction]]) -> None:
    (x,) = article("borno_wire.txt")
    raids = [a for a in x.attacks if "Darul Jamal" in places(a)]
    assert len(raids) == 1
    raid = raids[0]
    assert raid.date == "2025-09-05"
    assert "Borno" in places(raid)
    assert (raid.killed, raid.wounded) == (63, 12)
    assert perpetrators(raid) == {"Islamic State West Africa Province"}
    # the 40,000 dead since 2009 are the whole conflict's, not an attack's
    assert not any(a.killed and a.killed > 1000 for a in x.attacks)
    assert len(x.attacks) == 3


def test_pakistan_report_gives_each_claim_to_its_own_attack(
    article: Callable[[str], list[Extraction]],
) -> None:
    (x,) = article("pakistan_bannu.txt")
    by_place = {places(a)[0]: a for a in x.attacks}
    assert set(by_place) == {"Bannu", "Kalat", "Quetta"}
    bannu, kalat = by_place["Bannu"], by_place["Kalat"]
    assert (bannu.date, bannu.killed, bannu.wounded) == ("2025-03-04", 18, 32)
    assert perpetrators(bannu) == {"Jaish al-Fursan"}
    assert (kalat.killed, kalat.wounded) == (6, 9)
    assert perpetrators(kalat) == {"Balochistan Liberation Army"}
    assert ("Jaish al-Fursan", G) in typed(x)
    assert has_fact(x, "Hafiz Gul Bahadur", "affiliateOf", "Tehrik-i-Taliban Pakistan")
    assert has_fact(x, "Pakistan Institute for Conflict and Security Studies", "locatedIn", "Islamabad")


def test_sahel_page_reads_the_body_not_the_boilerplate(article: Callable[[str], list[Extraction]]) -> None:
    (x,) = article("sahel_jnim.html")
    assert len(x.attacks) == 3  # Boulkessi, Tinzaouaten, Bamako: "The assault was the deadliest" is Boulkessi
    tinzaouaten = next(a for a in x.attacks if "Tinzaouaten" in places(a))
    assert tinzaouaten.killed == 131  # 47 soldiers and 84 Wagner mercenaries
    assert places(tinzaouaten)[0] == "Tinzaouaten"
    names = {m.name for m in x.mentions}
    assert "Strategic Framework for the Defence of the People of Azawad" in names
    assert {"Ansaroul Islam", "Tillaberi", "al-Shabaab"}.isdisjoint(names)
    assert not any(t == P for n, t in typed(x) if n in ("Tuareg", "Az-Zallaqa"))
    assert has_fact(x, "Iyad Ag Ghaly", "affiliatedWith", "Jama'at Nusrat al-Islam wal-Muslimin")
    assert has_fact(x, "Ulf Laessing", "affiliatedWith", "Konrad Adenauer Foundation")
    assert has_fact(x, "Africa Corps (Russia)", "affiliateOf", "Ministry of Defence (Russia)")
    assert not has_fact(x, "Burkina Faso", "locatedIn", "Mali")
    assert not has_fact(x, "al-Mourabitoun", "affiliateOf", "al-Qaeda in the Islamic Maghreb")
    assert ("Wagner Group", G) in typed(x) and ("Wagner", ORG) not in typed(x)


def test_axis_analysis_tallies_are_not_attacks(article: Callable[[str], list[Extraction]]) -> None:
    (x,) = article("axis_analysis.md")
    assert {a.date for a in x.attacks} == {"2023-10-07", "2024-03-06", "2024-01-28"}
    ship = next(a for a in x.attacks if a.date == "2024-03-06")
    # The ship is the most specific place of an attack on it, then the sea it was in.
    assert places(ship) == ["True Confidence", "Gulf of Aden"]
    assert perpetrators(ship) == {"Houthis"}
    assert ("Abdul-Malik al-Houthi", P) in typed(x)
    assert has_fact(x, "Abdul-Malik al-Houthi", "affiliatedWith", "Houthis")
    assert has_fact(x, "Hezbollah", "operatesIn", "South Lebanon")
    assert has_fact(x, "Houthis", "operatesIn", "Sanaa")
    assert has_fact(x, "Hayat Tahrir al-Sham", "rivalOf", "Hezbollah")


def test_court_report_finds_the_far_right_group_and_no_attack_in_the_plot(
    article: Callable[[str], list[Extraction]],
) -> None:
    (x,) = article("court_germany.txt")
    assert ("Saxon Separatists", G) in typed(x)
    assert ("Alternative for Germany", ORG) in typed(x)
    assert not any(m.text == "AfD" and m.type is L for m in x.mentions)
    assert ("Yom Kippur", P) not in typed(x)
    assert has_fact(x, "Jörg S.", "affiliatedWith", "Saxon Separatists")
    assert has_fact(x, "Junge Alternative", "affiliateOf", "Alternative for Germany")
    assert not has_fact(x, "Saxony", "locatedIn", "Poland")
    assert sorted((a.date, a.killed) for a in x.attacks) == [("2019-10", 2), ("2020-02", 9)]


def test_colombia_feed_dates_the_offensive_and_spares_its_targets(
    article: Callable[[str], list[Extraction]],
) -> None:
    catatumbo, cauca = article("colombia_dissidents.json")
    (offensive,) = catatumbo.attacks
    assert (offensive.date, offensive.killed) == ("2025-01-16", 80)
    assert perpetrators(offensive) == {"National Liberation Army (Colombia)"}
    assert has_fact(catatumbo, "33rd Front", "formedFrom", "Revolutionary Armed Forces of Colombia")
    assert has_fact(catatumbo, "33rd Front", "affiliateOf", "Estado Mayor de Bloques y Frentes")
    (bomb,) = cauca.attacks
    assert (bomb.date, bomb.killed, bomb.wounded) == ("2025-01-21", None, 7)
    assert perpetrators(bomb) == {"Jaime Martinez front"}
    assert has_fact(cauca, "Jaime Martinez front", "affiliateOf", "Estado Mayor Central")
    assert has_fact(cauca, "Ivan Mordisco", "affiliatedWith", "Estado Mayor Central")


# ------------------------------------------------------------------ attack dates


def test_date_in_a_relative_clause_on_a_person_is_not_the_attacks(extract_text: Extract) -> None:
    x = extract_text(
        "Gunmen stormed the town of Darul Jamal in Borno late Friday, killing at least 37 people. "
        "The attackers opened fire on residents, said Babagana Zulum, the governor, who visited the town on Saturday.",
        date="2025-09-07",
    )
    assert [a.date for a in x.attacks] == ["2025-09-05"]


def test_date_in_a_relative_clause_on_the_attack_stays(extract_text: Extract) -> None:
    x = extract_text(
        "Gunmen attacked a market in Konduga, which killed 12 people on Sunday.", date="2025-09-07"
    )
    assert [a.date for a in x.attacks] == ["2025-09-07"]


def test_date_of_what_followed_the_attack_is_not_its_date(extract_text: Extract) -> None:
    x = extract_text(
        "Colombia suspended talks with the ELN on Friday after the guerrilla group launched an offensive "
        "in the Catatumbo region, killing at least 80 people.",
        date="2025-01-20",
    )
    assert [a.date for a in x.attacks] == [None]


# ------------------------------------------------------------------ tallies, targets and blame


@pytest.mark.parametrize(
    "sentence",
    [
        "The conflict in Nigeria's northeast has killed more than 40,000 people in Borno since 2009.",
        "Since November 2023 the Houthis have attacked more than 100 merchant ships in the Red Sea.",
        "The militias have claimed more than 170 drone and rocket attacks on bases in Iraq in 2024.",
    ],
)
def test_running_totals_are_not_attacks(extract_text: Extract, sentence: str) -> None:
    assert extract_text(sentence).attacks == ()


def test_an_attack_with_a_count_of_victims_is_still_an_attack(extract_text: Extract) -> None:
    x = extract_text("Gunmen killed 12 people at a market in Konduga on Sunday.", date="2025-09-07")
    assert [(a.date, a.killed) for a in x.attacks] == [("2025-09-07", 12)]


def test_group_whose_fighters_were_targeted_is_not_the_perpetrator(extract_text: Extract) -> None:
    x = extract_text(
        "The ELN launched an offensive against former FARC fighters in the Catatumbo region on Thursday, "
        "killing at least 80 people.",
        date="2025-01-20",
    )
    (attack,) = x.attacks
    assert perpetrators(attack) == {"National Liberation Army (Colombia)"}


def test_group_fighters_who_attack_are_still_perpetrators(extract_text: Extract) -> None:
    x = extract_text("FARC fighters attacked a police post in Tibu on Thursday, killing four officers.")
    (attack,) = x.attacks
    assert perpetrators(attack) == {"Revolutionary Armed Forces of Colombia"}


def test_accused_of_sheltering_is_not_blame_for_the_attack(extract_text: Extract) -> None:
    x = extract_text(
        "A suicide bomber killed 18 people at the Bannu cantonment on Tuesday. "
        "Pakistan accuses the Afghan Taliban of sheltering TTP commanders in Afghanistan.",
        date="2025-03-05",
    )
    (attack,) = x.attacks
    assert perpetrators(attack) == set()


def test_blame_in_the_next_sentence_still_counts(extract_text: Extract) -> None:
    x = extract_text(
        "A suicide bomber killed 12 people at a fish market in Konduga on Sunday. Officials blamed Boko Haram.",
        date="2025-06-10",
    )
    (attack,) = x.attacks
    assert perpetrators(attack) == {"Boko Haram"}


def test_group_named_on_its_weapon_is_behind_the_attack(extract_text: Extract) -> None:
    x = extract_text(
        "A Houthi missile struck the bulk carrier True Confidence in the Gulf of Aden on March 6, 2024, "
        "killing three crew members."
    )
    (attack,) = x.attacks
    assert perpetrators(attack) == {"Houthis"}
    assert places(attack) == ["True Confidence", "Gulf of Aden"]  # the ship first: most specific


def test_a_group_linked_to_another_does_not_blame_the_other(extract_text: Extract) -> None:
    x = extract_text(
        "Suicide bombers stormed the Bannu cantonment on Tuesday, killing 18 people. Jaish al-Fursan, a "
        "little-known group linked to the Hafiz Gul Bahadur faction, claimed responsibility for the attack.",
        date="2025-03-05",
    )
    (attack,) = x.attacks
    assert perpetrators(attack) == {"Jaish al-Fursan"}
    assert has_fact(x, "Jaish al-Fursan", "alliedWith", "Hafiz Gul Bahadur")


# ------------------------------------------------------------------ attack places


def test_province_after_a_possessive_country_is_a_place_of_the_attack(extract_text: Extract) -> None:
    x = extract_text(
        "Fighters stormed the town of Darul Jamal in Nigeria's northeastern Borno state late Friday, "
        "killing at least 37 people.",
        date="2025-09-07",
    )
    (attack,) = x.attacks
    assert {"Darul Jamal", "Borno", "Nigeria"} <= set(places(attack))


def test_place_of_a_war_is_not_the_place_of_an_attack(extract_text: Extract) -> None:
    x = extract_text(
        "A missile struck a ship in the Red Sea on March 6, 2024, killing three crew members. "
        "The group vowed to continue the attacks as long as the war in Gaza goes on."
    )
    (attack,) = x.attacks
    assert "Gaza Strip" not in places(attack)


def test_place_past_a_semicolon_belongs_to_the_other_clause(extract_text: Extract) -> None:
    x = extract_text(
        "Suicide bombers storm army compound, killing 18; separatists kill six in Kalat\n\n"
        "Gunmen ambushed a bus near Kalat on Tuesday, killing six passengers and wounding nine.",
        date="2025-03-05",
    )
    (attack,) = x.attacks
    assert (attack.killed, attack.wounded) == (6, 9)


def test_the_attack_just_told_takes_the_next_claim(extract_text: Extract) -> None:
    x = extract_text(
        "Gunmen kill six in Kalat; bombers kill 18 in Bannu\n\n"
        "Two suicide bombers attacked the army compound in Bannu on Tuesday, killing 18 people.\n\n"
        "Hours later, gunmen ambushed a bus near Kalat, killing six passengers.\n\n"
        "The Balochistan Liberation Army said its fighters had carried out the attack.",
        date="2025-03-05",
    )
    kalat = next(a for a in x.attacks if "Kalat" in places(a))
    bannu = next(a for a in x.attacks if "Bannu" in places(a))
    assert perpetrators(kalat) == {"Balochistan Liberation Army"}
    assert perpetrators(bannu) == set()


def test_next_sentence_dates_the_undated_attack_of_the_same_group(extract_text: Extract) -> None:
    x = extract_text(
        "The ELN launched an offensive in the Catatumbo region, killing at least 80 people. "
        "The ELN attacked communities near Tibu on Thursday.",
        date="2025-01-20",
    )
    (attack,) = x.attacks
    assert (attack.date, attack.killed) == ("2025-01-16", 80)


# ------------------------------------------------------------------ casualty figures


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ('"It was a miracle no child was killed," he said.', None),
        ("A teacher was killed when the bomb went off.", 1),
        ("They ambushed a convoy, killing at least 47 Malian soldiers and 84 Wagner mercenaries.", 131),
    ],
)
def test_casualties_negated_and_mercenaries(sentence: str, killed: int | None) -> None:
    assert read_casualties(sentence).killed == killed


# ------------------------------------------------------------------ entity types


def test_arabic_surname_is_not_the_group_it_names(extract_text: Extract) -> None:
    x = extract_text(
        "The group's leader, Abdul-Malik al-Houthi, has vowed to go on. The Houthis control Sanaa."
    )
    assert ("Abdul-Malik al-Houthi", P) in typed(x)
    assert ("Houthis", G) in typed(x)


def test_organisation_name_cut_at_a_preposition_is_joined(extract_text: Extract) -> None:
    x = extract_text(
        "Three of them were officials of the Junge Alternative, the youth wing of the Alternative for Germany (AfD) party."
    )
    assert ("Alternative for Germany", ORG) in typed(x)
    assert not any(m.type is L and m.text == "AfD" for m in x.mentions)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("JNIM, led by the veteran Tuareg jihadist Iyad Ag Ghaly, was formed in 2017.", "Tuareg"),
        ("In October 2019, a gunman tried to storm a synagogue in Halle on Yom Kippur.", "Yom Kippur"),
    ],
)
def test_peoples_and_holy_days_are_not_names(extract_text: Extract, sentence: str, word: str) -> None:
    assert word not in {m.name for m in extract_text(sentence).mentions}


def test_name_with_a_regnal_number_is_a_person(extract_text: Extract) -> None:
    x = extract_text(
        "Prosecutors charged members of the Reichsbürger movement around Heinrich XIII Prince Reuss "
        "with planning to storm the Bundestag in Berlin."
    )
    assert ("Heinrich XIII", P) in typed(x)
    assert ("Berlin", L) in typed(x)


def test_leader_described_by_his_people_is_still_linked(extract_text: Extract) -> None:
    x = extract_text("JNIM, led by the veteran Tuareg jihadist Iyad Ag Ghaly, was formed in 2017.")
    assert has_fact(x, "Iyad Ag Ghaly", "affiliatedWith", "Jama'at Nusrat al-Islam wal-Muslimin")


def test_person_typed_name_with_a_group_word_and_a_group_apposition_is_a_group(extract_text: Extract) -> None:
    x = extract_text("Jaish al-Fursan, a little-known group linked to the TTP, claimed responsibility.")
    assert ("Jaish al-Fursan", G) in typed(x)


def test_apposition_of_a_rights_group_does_not_make_an_armed_group(extract_text: Extract) -> None:
    x = extract_text("Amnesty International, a rights group based in London, condemned the killings.")
    assert ("Amnesty International", G) not in typed(x)


def test_separatists_named_and_described_as_a_group(extract_text: Extract) -> None:
    x = extract_text(
        "The court found that Jörg S., 26, had led the Saxon Separatists, a group of about 20 men "
        "who trained with weapons in Saxony.",
        date="2025-06-18",
    )
    assert ("Saxon Separatists", G) in typed(x)
    assert ("Jörg S.", P) in typed(x)
    assert has_fact(x, "Jörg S.", "affiliatedWith", "Saxon Separatists")


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        (
            "Police blamed the Jaime Martinez front, a unit of the EMC, for the bombing.",
            "Jaime Martinez front",
        ),
        ("Fighting raged along the Western front for a week.", None),
    ],
)
def test_named_front_is_a_group_but_a_battle_line_is_not(
    extract_text: Extract, sentence: str, group: str | None
) -> None:
    groups = {m.name for m in extract_text(sentence).mentions if m.type is G} - {"Estado Mayor Central"}
    assert groups == ({group} if group else set())


def test_bare_name_of_a_group_named_in_full_is_that_group(extract_text: Extract) -> None:
    x = extract_text(
        "Russia's Africa Corps takes over from the Wagner Group this week. "
        "Wagner suffered heavy losses in Mali in July 2024."
    )
    assert ("Wagner Group", G) in typed(x)
    assert ("Wagner", ORG) not in typed(x)


def test_said_name_with_a_title_of_is_a_person(extract_text: Extract) -> None:
    x = extract_text(
        '"Nothing changes," said Ulf Laessing, head of the Sahel programme at the Konrad Adenauer Foundation.'
    )
    assert ("Ulf Laessing", P) in typed(x)
    assert has_fact(x, "Ulf Laessing", "affiliatedWith", "Konrad Adenauer Foundation")


def test_compass_region_of_the_gazetteer_is_kept(extract_text: Extract) -> None:
    x = extract_text("Hezbollah remains strong. It is based in southern Lebanon and the Bekaa Valley.")
    assert has_fact(x, "Hezbollah", "operatesIn", "South Lebanon")
    assert has_fact(x, "Hezbollah", "operatesIn", "Bekaa Valley")


# ------------------------------------------------------------------ relations


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Hayat Tahrir al-Sham is hostile to Hezbollah and Iran.",
            ("Hayat Tahrir al-Sham", "rivalOf", "Hezbollah"),
        ),
        (
            "In Yemen, the Houthis control the capital Sanaa and much of the north.",
            ("Houthis", "operatesIn", "Sanaa"),
        ),
        (
            "The 33rd Front, a dissident faction of the FARC, rejected the accord.",
            ("33rd Front", "formedFrom", "Revolutionary Armed Forces of Colombia"),
        ),
        (
            "Members of the 33rd Front fled. The 33rd Front belongs to the EMBF.",
            ("33rd Front", "affiliateOf", "Estado Mayor de Bloques y Frentes"),
        ),
        (
            "Jaish al-Fursan is linked to the Hafiz Gul Bahadur faction of the Pakistani Taliban.",
            ("Hafiz Gul Bahadur", "affiliateOf", "Tehrik-i-Taliban Pakistan"),
        ),
        (
            "Russia's Africa Corps, a paramilitary force under the control of the Russian defence ministry, "
            "arrived in Mali.",
            ("Africa Corps (Russia)", "affiliateOf", "Ministry of Defence (Russia)"),
        ),
        (
            "The Pakistan Institute for Conflict and Security Studies, an Islamabad-based think tank, said so.",
            ("Pakistan Institute for Conflict and Security Studies", "locatedIn", "Islamabad"),
        ),
        (
            "Police blamed the Jaime Martinez front, a unit of the Central General Staff led by Ivan Mordisco.",
            ("Ivan Mordisco", "affiliatedWith", "Estado Mayor Central"),
        ),
        ("Gunmen attacked a bus in Quetta, Pakistan, on Friday.", ("Quetta", "locatedIn", "Pakistan")),
    ],
)
def test_relation_is_read(extract_text: Extract, sentence: str, fact: tuple[str, str, str]) -> None:
    assert has_fact(extract_text(sentence), *fact)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Police seized rifles during raids in Saxony, Poland and Austria.",
            ("Saxony", "locatedIn", "Poland"),
        ),
        (
            "They overran a camp in Boulkessi, near Mali's border with Burkina Faso.",
            ("Burkina Faso", "locatedIn", "Mali"),
        ),
        (
            "JNIM was formed from a merger of Ansar Dine, al-Mourabitoun and the Saharan branch of "
            "al-Qaeda in the Islamic Maghreb.",
            ("al-Mourabitoun", "affiliateOf", "al-Qaeda in the Islamic Maghreb"),
        ),
        (
            "Police blamed the Jaime Martinez front, a unit of the Central General Staff led by Ivan Mordisco.",
            ("Ivan Mordisco", "affiliatedWith", "Jaime Martinez front"),
        ),
    ],
)
def test_relation_is_not_read(extract_text: Extract, sentence: str, fact: tuple[str, str, str]) -> None:
    assert not has_fact(extract_text(sentence), *fact)

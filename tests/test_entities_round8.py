"""Entities found, eighth round: names inside hyphenated compounds, places sharing a head, ranks.

Every sentence was written for these tests. A group, organisation or country named as the first part of a
compound ("a Hamas-linked journalist", "Iran-backed Houthis", "JNIM-held villages") is a mention of its own,
spanning the name and not the suffix, where the gazetteer knows the name or the document names it
elsewhere; a lower-case word or a nationality before the hyphen ("state-backed", "Saudi-led") names
nothing. Two places that share the last words of their names ("North and South Waziristan", "Upper and
Lower Dir") are read as two places under their full names, never as a bare compass word. A military or
police rank of several words ("Rear Admiral", "Air Vice Marshal", "Squadron Leader", "Inspector-General")
is no part of a person's name, and no organisation of its own. Each phrasing stands beside a near miss it
must leave alone; the articles in `tests/data/entities8/` put them together and are checked whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from readings import facts, has_fact, only_attack, perpetrator_keys, typed

from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.ingest import read_file
from kg.model import EntityType, Extraction, Mention

Extract = Callable[..., Extraction]
ARTICLES = Path(__file__).parent / "data" / "entities8"
G, ORG, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION


def _at(x: Extraction, surface: str) -> list[Mention]:
    """The mentions whose evidence is exactly `surface` in the text."""
    return [m for m in x.mentions if x.document.text[m.start : m.end] == surface]


# ------------------------------------------------------------------ names inside compounds


@pytest.mark.parametrize(
    ("text", "surface", "name", "etype"),
    [
        ("Police arrested a Hamas-linked journalist in Gaza on Monday.", "Hamas", "Hamas", G),
        ("Al-Qaeda-linked militants were seen near the border.", "Al-Qaeda", "al-Qaeda", G),
        ("IS-affiliated fighters were seen near Palma.", "IS", "Islamic State", G),
        ("An al-Shabaab-aligned clan militia seized the town.", "al-Shabaab", "al-Shabaab", G),
        ("Iran-backed Houthis fired missiles at a tanker.", "Iran", "Iran", L),
        ("Airstrikes hit Houthi-controlled Hodeidah on Friday.", "Houthi", "Houthis", G),
        ("The Taliban-led government banned girls from school.", "Taliban", "Taliban", G),
        ("An ISIS-inspired teenager was arrested in Vienna.", "ISIS", "Islamic State", G),
        ("Soldiers retook JNIM-held villages near Djibo.", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", G),
        ("Pakistan-based Lashkar-e-Taiba was banned again.", "Pakistan", "Pakistan", L),
        ("Fighters joined the Hezbollah-allied Amal movement.", "Hezbollah", "Hezbollah", G),
        ("Traders left the Hamas-dominated council.", "Hamas", "Hamas", G),
        ("The Turkey-funded brigade fought in Idlib.", "Turkey", "Turkey", L),
        ("The Kremlin-backed group sent advisers.", "Kremlin", "Kremlin", ORG),
        ("Officers of the NATO-led mission patrolled the north.", "NATO", "NATO", ORG),
        ("US-led strikes hit the port overnight.", "US", "United States", L),
        ("U.S.-backed forces entered the town.", "U.S.", "United States", L),
        ("A Moscow-based analyst disagreed.", "Moscow", "Moscow", L),
        ("The Boko Haram-controlled forest was bombed.", "Boko Haram", "Boko Haram", G),
        # the name follows a comma and another compound
        ("A Mali-based, al-Qaeda-affiliated group took the town.", "al-Qaeda", "al-Qaeda", G),
        # a group's name of several words, and a Sahel branch named by its short form
        ("A Lashkar-e-Taiba-trained cell was broken up.", "Lashkar-e-Taiba", "Lashkar-e-Taiba", G),
        ("The mine was attacked by an IS Sahel-linked cell.", "IS Sahel", "Islamic State Sahel Province", G),
        # an acronym the document names elsewhere
        (
            "The Patriotic Front for Liberation (PFL) denied any role. Police blamed PFL-linked gunmen.",
            "PFL",
            "Patriotic Front for Liberation",
            ORG,
        ),
    ],
)
def test_the_name_inside_a_compound_is_a_mention(
    extract_text: Extract, text: str, surface: str, name: str, etype: EntityType
) -> None:
    x = extract_text(text)
    found = {(m.name, m.type) for m in _at(x, surface)}
    assert (name, etype) in found, [(m.text, m.name, m.type) for m in x.mentions]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # lower-case words and idioms before a hyphen name nothing
        ("A well-known cleric and a so-called emir argued over long-held land.", "well"),
        ("A well-known cleric and a so-called emir argued over long-held land.", "so"),
        ("A well-known cleric and a so-called emir argued over long-held land.", "long"),
        ("A state-backed militia clashed with rebels near the border.", "state"),
        # a nationality word says whose, it names no country
        ("Russian-backed fighters and Kurdish-led forces moved in.", "Russian"),
        ("Russian-backed fighters and Kurdish-led forces moved in.", "Kurdish"),
        ("Iranian-trained gunmen were seen near Basra.", "Iranian"),
        # a capitalised word before the hyphen that names nothing known
        ("The Monday-held talks ended without a deal.", "Monday"),
    ],
)
def test_a_word_before_a_hyphen_that_names_nothing_is_no_mention(
    extract_text: Extract, text: str, word: str
) -> None:
    x = extract_text(text)
    assert not [m for m in x.mentions if m.text.casefold().startswith(word.casefold())], x.mentions


def test_the_compounds_mention_spans_the_name_not_the_suffix(extract_text: Extract) -> None:
    text = "Police arrested a Hamas-linked journalist in Gaza on Monday."
    (m,) = [m for m in extract_text(text).mentions if m.type is G]
    assert (m.start, m.end) == (text.index("Hamas"), text.index("Hamas") + len("Hamas"))


def test_an_unknown_acronym_before_a_hyphen_is_no_known_group(extract_text: Extract) -> None:
    x = extract_text("Police blamed XYZ-linked gunmen for the raid.")
    assert not [m for m in x.mentions if m.type is G]


def test_a_group_named_in_a_compound_is_not_the_group_that_claims(extract_text: Extract) -> None:
    x = extract_text(
        "Al-Shabaab gunmen stormed a hotel in Kismayo on Friday, killing nine people. "
        "The al-Qaeda-linked group claimed responsibility."
    )
    assert perpetrator_keys(only_attack(x)) == {"group:al_shabaab"}


def test_the_group_a_compound_ties_attackers_to_does_not_displace_the_claimant(extract_text: Extract) -> None:
    x = extract_text(
        "Al-Qaeda-linked militants attacked an army base near Gao on Tuesday, killing 12 soldiers. "
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said its fighters had carried out the attack."
    )
    assert perpetrator_keys(only_attack(x)) == {"group:jamaat_nusrat_al_islam_wal_muslimin"}
    # the compound's group is mentioned all the same: it is only not the one responsible
    assert any(m.text == "Al-Qaeda" and m.type is G for m in x.mentions), sorted(typed(x))


@pytest.mark.parametrize(
    "text",
    [
        "Police blamed Islamic State-linked militants for the bombing of a market in Maiduguri on Friday, which "
        "killed 14 people.",
        "A bomb killed 14 people at a market in Maiduguri on Friday. Officials blamed al-Shabaab-aligned gunmen.",
    ],
)
def test_men_tied_to_a_group_are_not_the_group_itself(extract_text: Extract, text: str) -> None:
    x = extract_text(text)
    assert [m for m in x.mentions if m.type is G]  # the group is mentioned ...
    assert perpetrator_keys(only_attack(x)) == set()  # ... but not named as responsible


def test_a_group_blamed_by_its_own_name_still_is(extract_text: Extract) -> None:
    x = extract_text(
        "A bomb killed 14 people at a market in Maiduguri on Friday. Officials blamed Boko Haram."
    )
    assert perpetrator_keys(only_attack(x)) == {"group:boko_haram"}


@pytest.mark.parametrize(
    ("text", "group", "backer", "place"),
    [
        (
            "In Yemen, US-led strikes hit Houthi-controlled Hodeidah on Monday.",
            "Houthis",
            "United States",
            "Hodeidah",
        ),
        (
            "In Somalia, Turkey-backed troops fought al-Shabaab near Afgoye.",
            "al-Shabaab",
            "Turkey",
            "Somalia",
        ),
    ],
)
def test_a_state_that_leads_or_backs_is_no_place_a_group_operates_in(
    extract_text: Extract, text: str, group: str, backer: str, place: str
) -> None:
    x = extract_text(text)
    assert has_fact(x, group, "operatesIn", place), sorted(facts(x))
    assert not has_fact(x, group, "operatesIn", backer), sorted(facts(x))


def test_a_group_based_in_a_country_still_operates_there(extract_text: Extract) -> None:
    x = extract_text("Pakistan-based Lashkar-e-Taiba has long operated in Kashmir.")
    assert has_fact(x, "Lashkar-e-Taiba", "operatesIn", "Pakistan"), sorted(facts(x))


def test_a_name_already_read_in_a_compound_is_read_once(extract_text: Extract) -> None:
    x = extract_text("The Taliban-appointed governor of Kandahar spoke on Monday.")
    assert len([m for m in x.mentions if m.name == "Taliban"]) == 1


# ------------------------------------------------------------------ places sharing a head


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The TTP operates in North and South Waziristan.", "North Waziristan", "South Waziristan"),
        ("The ADF is active in North and South Kivu.", "North Kivu", "South Kivu"),
        ("Militants attacked police in Upper and Lower Dir.", "Upper Dir", "Lower Dir"),
        ("The RSF took East and West Darfur last year.", "East Darfur", "West Darfur"),
        ("Floods hit Lower and Middle Juba in April.", "Lower Juba", "Middle Juba"),
        ("Troops moved into North and South Sinai.", "North Sinai", "South Sinai"),
        ("Talks between North and South Korea stalled.", "North Korea", "South Korea"),
        # the full names unknown, the shared head a known region
        ("Drought hit East and West Africa this year.", "East Africa", "West Africa"),
    ],
)
def test_two_places_sharing_a_head_are_both_read_whole(
    extract_text: Extract, text: str, first: str, second: str
) -> None:
    x = extract_text(text)
    places = {m.name for m in x.mentions if m.type is L}
    assert {first, second} <= places, places
    bare = {"North", "South", "East", "West", "Upper", "Lower", "Middle"}
    assert not {m.name for m in x.mentions} & bare


def test_a_group_operating_in_two_places_sharing_a_head_operates_in_both(extract_text: Extract) -> None:
    x = extract_text("The TTP operates in North and South Waziristan.")
    found = {(r.subject.name, r.predicate.value, r.object.name) for r in x.relations}
    assert ("Tehrik-i-Taliban Pakistan", "operatesIn", "North Waziristan") in found
    assert not [r for r in x.relations if r.object.name in ("North", "South")]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # two compass words before a name that is no known place, nor one of its sides
        ("He drove north and south Street by street.", "North Street"),
        ("Fans of North and South Park filled the hall.", "North Park"),
        # compass words before a person's name
        ("Upper and Lower House members met John Smith.", "Upper House"),
    ],
)
def test_compass_words_before_an_unknown_head_make_no_places(
    extract_text: Extract, text: str, absent: str
) -> None:
    x = extract_text(text)
    assert absent not in {m.name for m in x.mentions}


def test_a_side_with_no_known_place_leaves_no_bare_compass_word(extract_text: Extract) -> None:
    x = extract_text("Militants attacked police in Upper, Middle and Lower Dir.")
    names = {m.name for m in x.mentions}
    assert "Lower Dir" in names
    assert not names & {"Upper", "Middle", "Middle Dir"}


def test_one_place_with_a_compass_word_is_left_as_it_was(extract_text: Extract) -> None:
    x = extract_text("Fighting spread in South Kivu and in Ituri.")
    assert {"South Kivu", "Ituri"} <= {m.name for m in x.mentions if m.type is L}
    assert "North Kivu" not in {m.name for m in x.mentions}


# ------------------------------------------------------------------ ranks


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Commodore Ahmed Khan said the navy was ready.", "Ahmed Khan"),
        ("Rear Admiral John Okoro said the navy was ready.", "John Okoro"),
        ("Vice Admiral Peter Mwangi said the navy was ready.", "Peter Mwangi"),
        ("Air Marshal Hasan Mahmood said the jets were ready.", "Hasan Mahmood"),
        ("Air Vice Marshal Imran Ali said the jets struck the camp.", "Imran Ali"),
        ("Wing Commander Rashid Aziz said the jets were ready.", "Rashid Aziz"),
        ("Squadron Leader Tariq Baig said the jets were ready.", "Tariq Baig"),
        ("Group Captain Imtiaz Bhatti said the jets were ready.", "Imtiaz Bhatti"),
        ("Field Marshal Asim Munir said the army was ready.", "Asim Munir"),
        ("Brigadier General Musa Danmadami said troops killed 20 fighters.", "Musa Danmadami"),
        ("Lieutenant Colonel Abdoulaye Maiga spoke on state television.", "Abdoulaye Maiga"),
        ("Major General Yakubu Adamu said the army was ready.", "Yakubu Adamu"),
        ("Superintendent Mary Wanjiru said three people died.", "Mary Wanjiru"),
        ("Senior Superintendent Kamran Adil said the police were ready.", "Kamran Adil"),
        ("Assistant Superintendent Grace Achieng said the police were ready.", "Grace Achieng"),
        ("Inspector-General Kayode Egbetokun ordered more patrols.", "Kayode Egbetokun"),
        ("Deputy Inspector General Ali Nawaz said the police were ready.", "Ali Nawaz"),
        ("Wing Commander Rashid Aziz and Squadron Leader Tariq Baig flew the jets.", "Tariq Baig"),
        ("Supreme Leader Ali Khamenei said the strikes were a crime.", "Ali Khamenei"),
    ],
)
def test_a_rank_is_no_part_of_a_persons_name(extract_text: Extract, text: str, name: str) -> None:
    x = extract_text(text)
    people = {m.name for m in x.mentions if m.type is P}
    assert name in people, people
    # the rank is neither kept in a name nor read as a body of its own
    assert all(m.name == m.text or m.type is not P for m in x.mentions)
    assert not [m for m in x.mentions if m.type is ORG and m.name.split()[0] in text.split()[:2]]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # a rank's words that open the name of a body are left in it
        ("The Air Force said two jets were lost.", "Air Force", ORG),
        ("The Wagner Group sent fighters to Mali.", "Wagner Group", G),
        ("Major League Baseball cancelled the game.", "Major League Baseball", ORG),
        # a religious title before one name is how he is known
        ("Mullah Sahib led the council.", "Mullah Sahib", P),
    ],
)
def test_words_a_rank_is_made_of_stay_in_other_names(
    extract_text: Extract, text: str, name: str, etype: EntityType
) -> None:
    assert (name, etype) in typed(extract_text(text))


# ------------------------------------------------------------------ whole articles


def _read(name: str, extractor: SpacyRuleExtractor) -> Extraction:
    (document,) = read_file(ARTICLES / name)
    return extractor.extract(document)


ARTICLE_ENTITIES = {
    "pakistan_northwest.txt": {
        ("Upper Dir", L),
        ("Lower Dir", L),
        ("North Waziristan", L),
        ("South Waziristan", L),
        ("Tehrik-i-Taliban Pakistan", G),
        ("Taliban", G),
        ("Kabul", L),
        ("Sajid Rehman", P),
        ("Nadeem Qureshi", P),
        ("Khyber Pakhtunkhwa Police", ORG),
    },
    "sahel_red_sea_brief.txt": {
        ("Jama'at Nusrat al-Islam wal-Muslimin", G),
        ("Islamic State", G),
        ("Houthis", G),
        ("Hodeidah", L),
        ("Iran", L),
        ("al-Shabaab", G),
        ("Thomas Grady", P),
        ("Abdullahi Farah", P),
    },
    "sudan_kivu_feature.txt": {
        ("East Darfur", L),
        ("West Darfur", L),
        ("North Kivu", L),
        ("South Kivu", L),
        ("Rapid Support Forces", G),
        ("Islamic State", G),
        ("Hamas", G),
        ("Pakistan", L),
        ("Idris Salih", P),
        ("Grace Mbuyi", P),
        ("Ali Haidar", P),
    },
}
ARTICLE_NOT = {
    "pakistan_northwest.txt": {"Upper", "North", "well", "so", "long", "Air Vice Marshal Sajid Rehman"},
    "sahel_red_sea_brief.txt": {"Rear Admiral", "state", "Rear Admiral Thomas Grady"},
    "sudan_kivu_feature.txt": {"East", "North", "Commodore Idris Salih", "Wing Commander Ali Haidar", "so"},
}


@pytest.mark.parametrize("name", sorted(ARTICLE_ENTITIES))
def test_an_article_reads_its_compounds_places_and_ranks(extractor: SpacyRuleExtractor, name: str) -> None:
    found = typed(_read(name, extractor))
    missing = ARTICLE_ENTITIES[name] - found
    assert not missing, missing
    assert not {n for n, _ in found} & ARTICLE_NOT[name]


def test_an_article_places_a_group_in_both_places_sharing_a_head(extractor: SpacyRuleExtractor) -> None:
    x = _read("sudan_kivu_feature.txt", extractor)
    found = {(r.subject.name, r.predicate.value, r.object.name) for r in x.relations}
    assert ("Rapid Support Forces", "operatesIn", "East Darfur") in found
    assert ("Allied Democratic Forces", "operatesIn", "North Kivu") in found
    assert not [r for r in x.relations if r.object.name in ("East", "North")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Independent National Electoral Commission postponed the vote in Borno.",
            "Independent National Electoral Commission",
        ),
    ],
)
def test_a_known_name_that_begins_a_longer_ones_is_the_longer_one(
    extract_text: Extract, text: str, name: str
) -> None:
    x = extract_text(text)
    assert (name, EntityType.ORGANIZATION) in typed(x), sorted(typed(x))
    assert not [m for m in x.mentions if m.text == "Independent"]


def test_a_known_name_alone_stays_the_known_body(extract_text: Extract) -> None:
    x = extract_text("The Independent reported that ISWAP fighters attacked Monguno on Monday.")
    assert [m.text for m in x.mentions if m.type is EntityType.ORGANIZATION] == ["Independent"]


@pytest.mark.parametrize(
    ("text", "group", "outlet"),
    [
        ("Al-Shabaab's Andalus radio station said it.", "al-Shabaab", "Andalus"),
        ("The Islamic State's news agency said it.", "Islamic State", None),
    ],
)
def test_an_outlets_owner_is_no_part_of_its_name(
    extract_text: Extract, text: str, group: str, outlet: str | None
) -> None:
    x = extract_text(text)
    assert group in {m.name for m in x.mentions if m.type is G}, sorted(typed(x))
    assert [m.text for m in x.mentions if m.type is EntityType.ORGANIZATION] == ([outlet] if outlet else [])


@pytest.mark.parametrize(
    "claim",
    [
        "Amaq, the Islamic State's news agency, said one of its fighters carried out the attack.",
        "The Islamic State's news agency said one of its fighters carried out the attack.",
    ],
)
def test_a_groups_news_agency_speaks_for_it(extract_text: Extract, claim: str) -> None:
    x = extract_text(f"A suicide bomber killed 12 people at a market in Mogadishu on Sunday. {claim}")
    assert perpetrator_keys(only_attack(x)) == {"group:islamic_state"}

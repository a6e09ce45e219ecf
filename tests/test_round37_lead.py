"""Round thirty-seven (lead): a rank of the rank and file before a name makes a person; "in Genoa of P" is a town and
a man; "rooted in X", "whose power base is X" and "whose rear bases lie in X" place a group; a priest, a doctor or a chief executive of a body
works for it; "declaring himself a member of X", "is closely associated with X" and "who surrendered and joined X"
tie a man to a body; "announced a military alliance with X" allies two groups; "the Maoists" are India's or Nepal's
by the places named; "set off a bomb" is an attack; "was blamed by US officials for" blames a group; languages and peoples are no
bodies; "which calls itself X" and "(or X)" name the body; "the Athens-based newspaper" names no paper "Athens-based";
"Chancellor" is a title; "a security guard" is a man; a known group whose name is a number ("the 444 Brigade") is
read; "the Mexican rival of Y", "Y's main foreign partner", "its peshmerga clashed with Y", "X began as a Y faction"
and "the dominant member of an umbrella body, the Y" tie two groups. Every sentence was written for these
tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact, only_attack, perpetrators, typed
from spacy.tokens import Span

from kg.extract.mentions.spans import joined_ents
from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


# ---------------------------------------------------------------- people NER took for bodies


def test_a_constable_before_a_name_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Those killed in the blast near Kurnool included Head Constable Ravi Teja Gowda and Constable Mallesh "
        "Kondaiah, police said."
    )
    assert ("Mallesh Kondaiah", EntityType.PERSON) in typed(ex)
    assert not any("Constable" in name for name, kind in typed(ex) if kind is EntityType.ORGANIZATION)


def test_a_rank_before_a_place_or_a_building_names_no_person(extract_text: Extract) -> None:
    ex = extract_text("Gunmen fired on the post at Constable Hill Station on Monday, police in Kenya said.")
    assert ("Hill Station", EntityType.PERSON) not in typed(ex)


def _one_org(extractor: SpacyRuleExtractor, text: str, name: str) -> list[tuple[str, str]]:
    """joined_ents over a text whose only NER span is `name`, taken for a body (as NER takes some names)."""
    doc = extractor.nlp(text)
    start = next(t.i for t in doc if text.startswith(name, t.idx))
    end = next(t.i + 1 for t in doc if t.idx + len(t.text) == text.index(name) + len(name))
    doc.ents = [Span(doc, start, end, label="ORG")]
    return [(e.text, e.label_) for e in joined_ents(doc)]


def test_a_town_of_a_man_is_the_town_and_the_man(extractor: SpacyRuleExtractor) -> None:
    text = "He is serving a sentence for the 2012 shooting in Genoa of Marco Ferlini, a nuclear engineer."
    assert _one_org(extractor, text, "Genoa of Marco Ferlini") == [
        ("Genoa", "GPE"),
        ("Marco Ferlini", "PERSON"),
    ]


def test_a_body_named_of_a_place_stays_one_body(extractor: SpacyRuleExtractor) -> None:
    text = "He works at the Bank of Central African States in Yaounde."
    assert _one_org(extractor, text, "Bank of Central African States") == [
        ("Bank of Central African States", "ORG")
    ]
    text = "The rally in Genoa of Fratelli d'Italia drew thousands."
    assert _one_org(extractor, text, "Genoa of Fratelli d'Italia") == [("Genoa of Fratelli d'Italia", "ORG")]


# ---------------------------------------------------------------- where a group is


def test_rooted_in_places_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Los Tiguerones are rooted in Esmeraldas, the northern province of Ecuador bordering Colombia."
    )
    assert has_fact(ex, "Los Tiguerones", "operatesIn", "Esmeraldas")


def test_whose_power_base_is_places_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Ansar al-Sunna, whose power base is the Macomia district, attacked the town of Mucojo."
    )
    assert has_fact(ex, "Ansar al-Sunna (Mozambique)", "operatesIn", "Macomia")


def test_whose_rear_bases_lie_in_places_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The army blamed RED-Tabara, whose rear bases lie in South Kivu, for the raid on Rugombo."
    )
    assert has_fact(ex, "Resistance for the Rule of Law in Burundi", "operatesIn", "South Kivu")


# ---------------------------------------------------------------- a person's body


def test_a_priest_and_a_psychiatrist_work_for_their_bodies(extract_text: Extract) -> None:
    ex = extract_text(
        "Father Pavel Orlov, a priest of the Russian Orthodox Church who has served the parish for a decade, was "
        "among the wounded. Samuel Okafor, a forensic psychiatrist at Toronto's Centre for Addiction and Mental "
        "Health (CAMH), testified on Tuesday."
    )
    assert has_fact(ex, "Pavel Orlov", "affiliatedWith", "Russian Orthodox Church")
    assert has_fact(ex, "Samuel Okafor", "affiliatedWith", "Centre for Addiction and Mental Health")


def test_declaring_himself_a_member_ties_him_to_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        'Nikos Andreadis, who stood in the dock with a raised fist, read a statement declaring himself "an '
        'anarchist and a member of the Conspiracy of Cells of Fire" and said he did not recognise the court.'
    )
    # (the gazetteer's name for the group)
    assert has_fact(ex, "Nikos Andreadis", "affiliatedWith", "Conspiracy of Fire Nuclei")


def test_declaring_himself_something_else_ties_him_to_nothing(extract_text: Extract) -> None:
    ex = extract_text(
        'Nikos Andreadis read a statement declaring himself "an enemy of the Conspiracy of Cells of Fire".'
    )
    assert not has_fact(ex, "Nikos Andreadis", "affiliatedWith", "Conspiracy of Fire Nuclei")


def test_closely_associated_with_ties_him_to_the_unit(extract_text: Extract) -> None:
    ex = extract_text(
        "Another son, Khaled Mansour, is closely associated with the 106th Brigade in Benghazi."
    )
    assert has_fact(ex, "Khaled Mansour", "affiliatedWith", "106th Brigade")


def test_a_first_verb_alone_before_and_joined(extract_text: Extract) -> None:
    ex = extract_text(
        "The dead included Constable Budhram Kartam, a former Maoist who surrendered in 2019 and joined the "
        "District Reserve Guard a year later."
    )
    assert has_fact(ex, "Budhram Kartam", "affiliatedWith", "District Reserve Guard")


# ---------------------------------------------------------------- alliances announced


def test_announcing_a_military_alliance_allies_two_groups(extract_text: Extract) -> None:
    ex = extract_text(
        "Three months later the Oromo Liberation Army announced a military alliance with the Tigray People's "
        "Liberation Front."
    )
    assert has_fact(ex, "Oromo Liberation Army", "alliedWith", "Tigray People's Liberation Front")


def test_a_peace_deal_signed_is_no_alliance(extract_text: Extract) -> None:
    ex = extract_text(
        "The Taliban signed a peace agreement with the Islamic State Khorasan Province in Doha."
    )
    assert not has_fact(ex, "Taliban", "alliedWith", "Islamic State Khorasan Province")


# ---------------------------------------------------------------- attacks and who did them


def test_the_maoists_are_the_party_of_the_country_named(extract_text: Extract) -> None:
    india = extract_text(
        "In April 2023, Maoists killed 11 policemen with a bomb near Aranpur in Chhattisgarh, India."
    )
    assert perpetrators(only_attack(india)) == {"Communist Party of India (Maoist)"}
    nepal = extract_text(
        "In 2005 the Maoists attacked a police post in Nepal's Rolpa district, killing 12 officers."
    )
    assert perpetrators(only_attack(nepal)) == {"Communist Party of Nepal (Maoist)"}


def test_setting_off_a_bomb_is_an_attack_by_its_subject(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighters of the Communist Party of India (Maoist) set off an improvised explosive device near Pusnar in "
        "Chhattisgarh on Monday, killing six police officers."
    )
    attack = only_attack(ex)
    assert perpetrators(attack) == {"Communist Party of India (Maoist)"}
    assert attack.killed == 6 and attack.attack_type == "Bombing/Explosion"


def test_setting_off_on_a_journey_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text("The Maoist delegation set off for talks in Raipur on Monday.")
    assert not ex.attacks


def test_blamed_by_officials_for_names_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Ansar al-Sharia fought the army in Benghazi for years. That group was blamed by US officials for the "
        "September 2012 assault on the American compound in Benghazi, in which four Americans were killed."
    )
    assert perpetrators(only_attack(ex)) == {"Ansar al-Sharia"}


# ---------------------------------------------------------------- names of bodies and people


def test_a_language_and_a_people_are_no_bodies(extract_text: Extract) -> None:
    ex = extract_text(
        "The rebels, who speak Afaan Oromo, recruit young Adivasi men in Bastar and attacked a police post in "
        "Oromia on Monday."
    )
    names = {name for name, _ in typed(ex)}
    assert "Afaan Oromo" not in names and "Adivasi" not in names


def test_the_name_a_group_calls_itself_is_its_own(extract_text: Extract) -> None:
    ex = extract_text(
        "The OLA, which calls itself the Waraana Bilisummaa Oromoo in Afaan Oromo, attacked Shambu. The Waraana "
        "Bilisummaa Oromoo later denied it."
    )
    assert ("Waraana Bilisummaa Oromoo", EntityType.GROUP) not in typed(ex)
    assert ("Oromo Liberation Army", EntityType.GROUP) in typed(ex)


def test_a_spelling_in_brackets_after_or_is_the_bodys_not_a_towns(extract_text: Extract) -> None:
    ex = extract_text(
        "The strongest armed group in Tripoli is the Rada Special Deterrence Force, usually called Rada (or Radaa), "
        "commanded by Abdul Rauf Kara."
    )
    assert not any(kind is EntityType.LOCATION and "Rada" in name for name, kind in typed(ex))


def test_a_place_based_compound_is_no_newspapers_name(extract_text: Extract) -> None:
    ex = extract_text(
        "A caller warned the Athens-based newspaper Kathimerini about forty minutes before the blast."
    )
    assert not any("based" in name for name, _ in typed(ex))


def test_chancellor_and_a_security_guard_are_people(extract_text: Extract) -> None:
    ex = extract_text(
        "The cell mailed a parcel bomb to Chancellor Angela Merkel in 2010. The first witness, Nikos Papadakis, a "
        "security guard employed by the ministry, described a hooded figure."
    )
    assert ("Angela Merkel", EntityType.PERSON) in typed(ex)
    assert ("Nikos Papadakis", EntityType.PERSON) in typed(ex)


def test_a_known_group_named_by_a_number_is_read(extract_text: Extract) -> None:
    ex = extract_text(
        "A third pole is the 444 Brigade, commanded by Mahmoud Tarhouni. The Al-Saiqa special forces fought in "
        "Benghazi. Some 250 fighters fled."
    )
    assert ("444 Combat Brigade", EntityType.GROUP) in typed(ex)
    assert has_fact(ex, "Mahmoud Tarhouni", "affiliatedWith", "444 Combat Brigade")
    assert has_fact(ex, "Al-Saiqa Special Forces", "operatesIn", "Benghazi")
    assert not any(name.startswith("250") for name, _ in typed(ex))


# ---------------------------------------------------------------- ties between groups


def test_a_nationality_before_rival_or_ally(extract_text: Extract) -> None:
    ex = extract_text(
        "Los Lobos is tied to the Jalisco New Generation Cartel (CJNG), the Mexican rival of the Sinaloa Cartel. "
        "Hezbollah, Hamas's Lebanese ally, fired rockets at Israel."
    )
    assert has_fact(ex, "Jalisco New Generation Cartel", "rivalOf", "Sinaloa Cartel")
    assert has_fact(ex, "Hezbollah", "alliedWith", "Hamas")


def test_a_main_foreign_partner_is_an_ally(extract_text: Extract) -> None:
    ex = extract_text(
        "The Choneros' main foreign partner is the Sinaloa Cartel, which buys security for shipments."
    )
    assert has_fact(ex, "Los Choneros", "alliedWith", "Sinaloa Cartel")


def test_its_peshmerga_clashing_makes_rivals(extract_text: Extract) -> None:
    ex = extract_text(
        "The Democratic Party of Iranian Kurdistan keeps its camps around Koya; its peshmerga clashed with the "
        "IRGC inside Iran in 2016."
    )
    assert has_fact(
        ex, "Democratic Party of Iranian Kurdistan", "rivalOf", "Islamic Revolutionary Guard Corps"
    )


def test_began_as_a_faction_is_where_a_group_came_from(extract_text: Extract) -> None:
    ex = extract_text(
        "Los Lobos began as a Los Choneros faction and broke away after the death of its founder."
    )
    assert has_fact(ex, "Los Lobos", "formedFrom", "Los Choneros")
    ex = extract_text("Los Lobos began as a street gang in Guayaquil, Los Choneros said.")
    assert not has_fact(ex, "Los Lobos", "formedFrom", "Los Choneros")


def test_the_dominant_member_of_an_umbrella_body_is_its_part(extract_text: Extract) -> None:
    ex = extract_text(
        "The PKK is the dominant member of an umbrella body, the Kurdistan Communities Union (KCK), which also "
        "groups its sister organisations."
    )
    assert has_fact(ex, "Kurdistan Workers' Party", "affiliateOf", "Kurdistan Communities Union")

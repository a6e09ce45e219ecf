"""The spaCy + rules extractor on small hand-written sentences, in the style of wire reports.

Each test reads one or two sentences written for it (none is copied from the dev
articles) and checks the Extraction records: mentions, relations, attacks and the
names the text declares to be one. Documents are dated Monday 1 April 2024, so
"on Saturday" is 2024-03-30 and "on June 5" is 2023-06-05.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import only_attack, places

from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.model import Attack, ClaimStatus, EntityType, Extraction, Mention, Predicate

Extract = Callable[..., Extraction]

G, ORG, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION


def ident(m: Mention) -> str:
    """What a mention stands for: its gazetteer id when known, else its name."""
    return m.gazetteer_id or m.name


def mention(extraction: Extraction, text: str) -> Mention:
    """The first mention whose surface text is `text`."""
    found = [m for m in extraction.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[(m.text, m.type.value) for m in extraction.mentions]}"
    return found[0]


def relations(extraction: Extraction, predicate: Predicate) -> set[tuple[str, str]]:
    """(subject, object) of every relation with `predicate`, by gazetteer id or name."""
    return {(ident(r.subject), ident(r.object)) for r in extraction.relations if r.predicate is predicate}


def statuses(attack: Attack) -> dict[str, ClaimStatus]:
    """Each group tied to the attack, with how."""
    return {ident(r.group): r.status for r in attack.responsibility}


def perpetrators(attack: Attack) -> set[str]:
    return {ident(r.group) for r in attack.responsibility if r.status.is_perpetrator}


# ------------------------------------------------------------------ entities


def test_known_group_is_tagged_with_its_gazetteer_id(extract_text: Extract) -> None:
    ex = extract_text("Al-Shabaab fighters raided a village in southern Somalia on Tuesday.")
    group = mention(ex, "Al-Shabaab")
    assert group.type is G
    assert group.gazetteer_id == "group:al_shabaab"
    assert group.name == "al-Shabaab"  # the canonical name, not the surface form


def test_known_group_long_name_is_tagged_with_its_gazetteer_id(extract_text: Extract) -> None:
    ex = extract_text("Gunmen from the Islamic State West Africa Province attacked a base near Monguno.")
    group = mention(ex, "Islamic State West Africa Province")
    assert (group.type, group.gazetteer_id) == (G, "group:islamic_state_west_africa_province")


def test_unknown_group_is_recognised_from_militants_of_context(extract_text: Extract) -> None:
    ex = extract_text("Militants of the Black Crescent Front attacked an army post near Gao on Sunday.")
    group = mention(ex, "Black Crescent Front")
    assert (group.type, group.gazetteer_id) == (G, None)


def test_unknown_group_is_recognised_from_gunmen_of_context(extract_text: Extract) -> None:
    ex = extract_text("Gunmen of the Ardent Sons raided a village near Gao.")
    assert mention(ex, "Ardent Sons").type is G


def test_unknown_group_is_recognised_from_brigade_name(extract_text: Extract) -> None:
    ex = extract_text("Militants of the Brigade of Abu Hafs attacked an army post near Gao on Sunday.")
    assert mention(ex, "Brigade of Abu Hafs").type is G


def test_unknown_group_brigade_of_person_name_is_one_group(extract_text: Extract) -> None:
    ex = extract_text("Militants of the Brigade of Umar al-Farouq seized two trucks near Gao.")
    assert mention(ex, "Brigade of Umar al-Farouq").type is G
    assert not [m for m in ex.mentions if m.name.endswith(" of")]


def test_unknown_group_is_recognised_from_claim_of_responsibility(extract_text: Extract) -> None:
    ex = extract_text("The Coastal Lions Front claimed responsibility for the attack.")
    group = mention(ex, "Coastal Lions Front")
    assert (group.type, group.gazetteer_id) == (G, None)


def test_unknown_group_named_after_a_known_place_is_a_group(extract_text: Extract) -> None:
    ex = extract_text("The Zamfara Liberation Front claimed responsibility for the attack.")
    assert mention(ex, "Zamfara Liberation Front").type is G


def test_group_claiming_responsibility_is_not_a_facility(extract_text: Extract) -> None:
    ex = extract_text("The Tana River Front claimed responsibility for the attack.")
    assert mention(ex, "Tana River Front").type is G


def test_lower_case_particle_names_are_kept_as_mentions(extract_text: Extract) -> None:
    ex = extract_text("Officials said the Taliban and al-Qaeda both operate in the area.")
    assert mention(ex, "al-Qaeda").gazetteer_id == "group:al_qaeda"


def test_known_organization_is_an_organization(extract_text: Extract) -> None:
    ex = extract_text("The World Health Organization sent doctors to the region.")
    org = mention(ex, "World Health Organization")
    assert (org.type, org.gazetteer_id) == (ORG, "org:who")


def test_unknown_organization_is_an_organization(extract_text: Extract) -> None:
    ex = extract_text("Ahmed Rashid of the Global Policy Forum spoke to reporters.")
    assert mention(ex, "Global Policy Forum").type is ORG


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Gen. Samuel Okoro, the army commander, visited Maiduguri on Monday.", "Samuel Okoro"),
        ("Dr. Fatima Bello said the situation was calm.", "Fatima Bello"),
        ("Mr. Daniel Ortiz met the delegation.", "Daniel Ortiz"),
    ],
)
def test_person_is_named_without_honorific(extract_text: Extract, sentence: str, name: str) -> None:
    ex = extract_text(sentence)
    person = mention(ex, name)
    assert (person.type, person.name) == (P, name)
    assert not [m for m in ex.mentions if m.type is P and m.name != name]


def test_places_are_locations_with_their_kind(extract_text: Extract) -> None:
    ex = extract_text("The attack took place in Mombasa, Kenya, on Friday.")
    city, country = mention(ex, "Mombasa"), mention(ex, "Kenya")
    assert (city.type, city.subtype) == (L, "City")
    assert (country.type, country.subtype, country.gazetteer_id) == (L, "Country", "place:KE")


def test_think_tank_tagged_person_by_ner_becomes_organization(
    extract_text: Extract, extractor: SpacyRuleExtractor
) -> None:
    sentence = '"The group is resilient," said Jane Ortiz of Quilliam.'
    with extractor.nlp.select_pipes(disable=["kg_gazetteer"]):
        ner_only = {e.text: e.label_ for e in extractor.nlp(sentence).ents}
    assert ner_only.get("Quilliam") == "PERSON"  # the statistical NER gets it wrong...
    org = mention(extract_text(sentence), "Quilliam")  # ...and the domain layer puts it right
    assert (org.type, org.subtype) == (ORG, "ThinkTank")


def test_concert_hall_tagged_org_by_ner_becomes_location(
    extract_text: Extract, extractor: SpacyRuleExtractor
) -> None:
    sentence = "Hundreds of fans were inside the Riverside Concert Hall when gunmen opened fire."
    with extractor.nlp.select_pipes(disable=["kg_gazetteer"]):
        ner_only = {e.text: e.label_ for e in extractor.nlp(sentence).ents}
    assert ner_only.get("the Riverside Concert Hall") == "ORG"
    hall = mention(extract_text(sentence), "Riverside Concert Hall")
    assert (hall.type, hall.subtype) == (L, "Facility")


# ------------------------------------------------------------------ attacks, one of each kind


def test_bombing_with_date_place_claim_and_casualties(extract_text: Extract) -> None:
    ex = extract_text(
        "A car bombing outside a police station in Mogadishu on February 9 killed 11 people and wounded "
        "25 others. Al-Shabaab claimed responsibility for the bombing."
    )
    attack = only_attack(ex)
    assert attack.attack_type == "Bombing/Explosion"
    assert attack.date == "2024-02-09"
    assert places(attack) == ["Mogadishu"]
    assert statuses(attack) == {"group:al_shabaab": ClaimStatus.CLAIMED}
    assert (attack.killed, attack.wounded) == (11, 25)


def test_ambush_with_date_place_perpetrator_and_casualties(extract_text: Extract) -> None:
    ex = extract_text(
        "In an ambush near Maiduguri on Saturday, Boko Haram fighters killed nine soldiers and wounded six."
    )
    attack = only_attack(ex)
    assert "ambush" in attack.label
    assert attack.attack_type == "Armed Assault"
    assert attack.date == "2024-03-30"
    assert places(attack) == ["Maiduguri"]
    assert statuses(attack) == {"group:boko_haram": ClaimStatus.ATTRIBUTED}
    assert (attack.killed, attack.wounded) == (9, 6)


def test_ambush_verb_with_participle_casualties(extract_text: Extract) -> None:
    ex = extract_text(
        "Boko Haram fighters ambushed a military convoy near Maiduguri on Saturday, killing nine soldiers and "
        "wounding six."
    )
    attack = only_attack(ex)
    assert (attack.date, places(attack)) == ("2024-03-30", ["Maiduguri"])
    assert perpetrators(attack) == {"group:boko_haram"}
    assert (attack.killed, attack.wounded) == (9, 6)


def test_shooting_with_date_place_attribution_and_casualties(extract_text: Extract) -> None:
    ex = extract_text(
        "The shooting at a church in Owo on June 5 killed 40 people and wounded 61. Officials blamed the "
        "Islamic State West Africa Province for the shooting."
    )
    attack = only_attack(ex)
    assert "shooting" in attack.label
    assert attack.attack_type == "Armed Assault"
    assert attack.date == "2023-06-05"  # June is after the document's April: last year's June
    assert places(attack) == ["Owo"]
    assert statuses(attack) == {"group:islamic_state_west_africa_province": ClaimStatus.ATTRIBUTED}
    assert (attack.killed, attack.wounded) == (40, 61)


def test_siege_with_date_places_claim_and_casualties(extract_text: Extract) -> None:
    ex = extract_text(
        "The siege at the Hayat Hotel in Mogadishu on August 19 killed 21 people and wounded 117. "
        "Al-Shabaab claimed responsibility for the siege."
    )
    attack = only_attack(ex)
    assert attack.attack_type == "Hostage Taking (Barricade Incident)"
    assert attack.date == "2023-08-19"
    assert places(attack) == ["Hayat Hotel", "Mogadishu"]  # the most specific place first
    assert statuses(attack) == {"group:al_shabaab": ClaimStatus.CLAIMED}
    assert (attack.killed, attack.wounded) == (21, 117)


def test_left_dead_and_wounded_reads_both_figures(extract_text: Extract) -> None:
    ex = extract_text(
        "The siege of the Hayat Hotel in Mogadishu on August 19 left 21 people dead and 117 wounded."
    )
    attack = only_attack(ex)
    assert (attack.killed, attack.wounded) == (21, 117)


def test_kidnapping_with_date_place_claim_and_casualties(extract_text: Extract) -> None:
    ex = extract_text(
        "During the kidnapping at a school in Kankara on December 11, gunmen killed two guards and wounded "
        "three. Boko Haram claimed responsibility for the kidnapping."
    )
    attack = only_attack(ex)
    assert attack.attack_type == "Hostage Taking"
    assert attack.date == "2023-12-11"
    assert places(attack) == ["Kankara"]
    assert statuses(attack) == {"group:boko_haram": ClaimStatus.CLAIMED}
    assert (attack.killed, attack.wounded) == (2, 3)


def test_kidnapping_verb_gives_hostage_taking(extract_text: Extract) -> None:
    ex = extract_text(
        "Abu Sayyaf militants kidnapped 14 tourists from a resort in Sabah, Malaysia, on April 2."
    )
    attack = only_attack(ex)
    assert (attack.date, places(attack)) == ("2024-04-02", ["Sabah", "Malaysia"])
    assert perpetrators(attack) == {"group:abu_sayyaf_group"}
    assert attack.attack_type == "Hostage Taking"


# ------------------------------------------------------------------ responsibility

BOMBING = "A car bombing at a checkpoint in Mogadishu on May 2 killed seven people. "


def test_claimed_responsibility_makes_a_perpetrator(extract_text: Extract) -> None:
    attack = only_attack(extract_text(BOMBING + "Al-Shabaab claimed the bombing."))
    assert statuses(attack) == {"group:al_shabaab": ClaimStatus.CLAIMED}
    assert perpetrators(attack) == {"group:al_shabaab"}


def test_attributed_responsibility_makes_a_perpetrator(extract_text: Extract) -> None:
    attack = only_attack(extract_text(BOMBING + "Officials blamed al-Shabaab for the bombing."))
    assert statuses(attack) == {"group:al_shabaab": ClaimStatus.ATTRIBUTED}
    assert perpetrators(attack) == {"group:al_shabaab"}


def test_denied_responsibility_is_kept_but_never_a_perpetrator(extract_text: Extract) -> None:
    attack = only_attack(extract_text(BOMBING + "Al-Shabaab denied carrying out the bombing."))
    assert statuses(attack) == {"group:al_shabaab": ClaimStatus.DENIED}
    assert perpetrators(attack) == set()


def test_denial_and_attribution_in_one_sentence_are_told_apart(extract_text: Extract) -> None:
    ex = extract_text(
        "A suicide bombing at a market in Kabul on March 4 killed 15 people. The Taliban denied any role, "
        "and officials said the bombing was carried out by the Islamic State Khorasan Province."
    )
    attack = only_attack(ex)
    assert statuses(attack) == {
        "group:taliban": ClaimStatus.DENIED,
        "group:islamic_state_khorasan_province": ClaimStatus.ATTRIBUTED,
    }
    assert perpetrators(attack) == {"group:islamic_state_khorasan_province"}


def test_suspected_responsibility_is_kept_but_never_a_perpetrator(extract_text: Extract) -> None:
    ex = extract_text(
        "Suspected Haqqani network militants detonated a bomb at a market in Kabul on March 4, killing 15 people."
    )
    attack = only_attack(ex)
    assert statuses(attack) == {"group:haqqani_network": ClaimStatus.SUSPECTED}
    assert perpetrators(attack) == set()


def test_believed_to_have_been_carried_out_by_is_suspected(extract_text: Extract) -> None:
    ex = extract_text(
        "A bombing at a market in Kabul on March 4 killed 15 people. Officials said the bombing was believed "
        "to have been carried out by the Haqqani network."
    )
    attack = only_attack(ex)
    assert statuses(attack) == {"group:haqqani_network": ClaimStatus.SUSPECTED}
    assert perpetrators(attack) == set()


def test_is_suspected_of_carrying_out_is_suspected(extract_text: Extract) -> None:
    ex = extract_text(
        "A suicide bombing at a market in Kabul on March 4 killed 15 people. The Haqqani network is suspected "
        "of carrying out the bombing."
    )
    assert statuses(only_attack(ex)) == {"group:haqqani_network": ClaimStatus.SUSPECTED}


def test_no_group_has_claimed_gives_no_perpetrator(extract_text: Extract) -> None:
    ex = extract_text(
        "A bombing at a market in Kabul on March 4 killed 15 people. No group has claimed responsibility for "
        "the bombing, but the Taliban and al-Qaeda both operate in the area."
    )
    attack = only_attack(ex)
    assert (attack.date, places(attack), attack.killed) == ("2024-03-04", ["Kabul"], 15)
    assert attack.responsibility == ()


def test_bare_claim_in_next_sentence_belongs_to_the_attack(extract_text: Extract) -> None:
    attack = only_attack(extract_text(BOMBING + "Al-Shabaab claimed responsibility."))
    assert statuses(attack) == {"group:al_shabaab": ClaimStatus.CLAIMED}


def test_said_it_had_carried_out_is_a_claim(extract_text: Extract) -> None:
    attack = only_attack(extract_text(BOMBING + "Al-Shabaab said it had carried out the attack."))
    assert statuses(attack) == {"group:al_shabaab": ClaimStatus.CLAIMED}


# ------------------------------------------------------------------ not attacks


@pytest.mark.parametrize(
    "sentence",
    [
        "A US drone strike killed 12 al-Shabaab fighters near Jilib on Monday.",
        "A police raid on a hideout in Karachi on Monday killed four suspected militants.",
        "Security forces raided a hideout in Karachi on Monday, killing four militants.",
        "Nigerian troops killed 30 Boko Haram fighters in an operation near Bama on Monday.",
    ],
    ids=["drone-strike", "police-raid", "security-forces-raid", "army-operation"],
)
def test_state_strike_or_raid_is_not_an_attack(extract_text: Extract, sentence: str) -> None:
    assert extract_text(sentence).attacks == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The Islamic State has threatened to attack churches in Europe during Easter.",
        "Officials warned that al-Qaeda could launch attacks on Western embassies in Nairobi in the coming weeks.",
        "Jamaat Nusrat al-Islam wal-Muslimin threatened new attacks in Bamako next month.",
    ],
    ids=["threatened", "warned-could", "threatened-next-month"],
)
def test_threat_of_future_attacks_is_not_an_attack(extract_text: Extract, sentence: str) -> None:
    assert extract_text(sentence).attacks == ()


# ------------------------------------------------------------------ the seven relations


def test_affiliate_of_from_comma_branch_of(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State Sahel Province, the regional branch of the Islamic State, attacked a town in Niger."
    )
    assert relations(ex, Predicate.AFFILIATE_OF) == {
        ("group:islamic_state_sahel_province", "group:islamic_state")
    }
    assert {r.subproperty for r in ex.relations if r.predicate is Predicate.AFFILIATE_OF} == {"branchOf"}


def test_affiliate_of_from_possessive_affiliate(extract_text: Extract) -> None:
    ex = extract_text("Al-Qaeda's affiliate Jama'at Nusrat al-Islam wal-Muslimin seized the town.")
    assert relations(ex, Predicate.AFFILIATE_OF) == {
        ("group:jamaat_nusrat_al_islam_wal_muslimin", "group:al_qaeda")
    }


def test_formed_from_grew_out_of(extract_text: Extract) -> None:
    ex = extract_text("The Islamic State West Africa Province grew out of Boko Haram.")
    assert relations(ex, Predicate.FORMED_FROM) == {
        ("group:islamic_state_west_africa_province", "group:boko_haram")
    }


def test_formed_from_a_splinter_of(extract_text: Extract) -> None:
    ex = extract_text("Jamaat-ul-Ahrar, a splinter group of the Pakistani Taliban, claimed the attack.")
    assert relations(ex, Predicate.FORMED_FROM) == {
        ("group:jamaat_ul_ahrar", "group:tehrik_i_taliban_pakistan")
    }


def test_allied_with_from_pledged_allegiance(extract_text: Extract) -> None:
    ex = extract_text("Boko Haram pledged allegiance to the Islamic State in 2015.")
    assert relations(ex, Predicate.ALLIED_WITH) == {("group:boko_haram", "group:islamic_state")}
    assert {r.subproperty for r in ex.relations} == {"pledgedAllegianceTo"}


def test_rival_of_from_fought(extract_text: Extract) -> None:
    ex = extract_text("The Taliban fought the Islamic State Khorasan Province for control of Nangarhar.")
    assert relations(ex, Predicate.RIVAL_OF) == {("group:taliban", "group:islamic_state_khorasan_province")}


def test_operates_in_from_is_active_in(extract_text: Extract) -> None:
    ex = extract_text("Al-Shabaab is active in Somalia and Kenya.")
    assert relations(ex, Predicate.OPERATES_IN) == {
        ("group:al_shabaab", "place:SO"),
        ("group:al_shabaab", "place:KE"),
    }


def test_operates_in_skips_the_parent_named_in_an_apposition(extract_text: Extract) -> None:
    ex = extract_text("Al-Shabaab, the Somali affiliate of al-Qaeda, is active in Somalia and Kenya.")
    assert relations(ex, Predicate.AFFILIATE_OF) == {("group:al_shabaab", "group:al_qaeda")}
    assert relations(ex, Predicate.OPERATES_IN) == {
        ("group:al_shabaab", "place:SO"),
        ("group:al_shabaab", "place:KE"),
    }


def test_affiliated_with_from_person_of_organization(extract_text: Extract) -> None:
    ex = extract_text('"This is a turning point," said Karim Haddad of the Hudson Institute.')
    assert relations(ex, Predicate.AFFILIATED_WITH) == {("Karim Haddad", "org:hudson")}


def test_affiliated_with_from_group_spokesman_person(extract_text: Extract) -> None:
    ex = extract_text("Hamas spokesman Abu Obeida said the fighters were ready.")
    found = [r for r in ex.relations if r.predicate is Predicate.AFFILIATED_WITH]
    assert [(ident(r.subject), ident(r.object), r.subproperty) for r in found] == [
        ("Abu Obeida", "group:hamas", "spokespersonOf")
    ]


def test_located_in_from_city_comma_country(extract_text: Extract) -> None:
    ex = extract_text("Rebels seized Goma, Congo, in 2012.")
    assert relations(ex, Predicate.LOCATED_IN) == {("place:gn:216281", "place:CD")}


def test_relations_carry_evidence_inside_their_sentence(extract_text: Extract) -> None:
    text = "Boko Haram pledged allegiance to the Islamic State in 2015."
    (relation,) = extract_text(text).relations
    ev = relation.evidence
    assert ev.sentence == text
    assert text[ev.start : ev.end] in ev.sentence
    assert ev.extractor == "spacy-rules" and 0 < ev.confidence <= 1


# ------------------------------------------------------------------ coreference


def test_acronym_in_parentheses_is_declared_the_same(extract_text: Extract) -> None:
    ex = extract_text("The Kivu Defence Brigades (KDB) attacked a village in North Kivu.")
    assert ("Kivu Defence Brigades", "KDB") in {(a.text, b.text) for a, b in ex.same_as}


def test_acronym_takes_the_type_of_the_group_it_abbreviates(extract_text: Extract) -> None:
    ex = extract_text(
        "The Kivu Defence Brigades (KDB) attacked a village in North Kivu. The KDB is active in Congo."
    )
    assert {m.type for m in ex.mentions if m.text == "KDB"} == {G}
    assert relations(ex, Predicate.OPERATES_IN)


def test_comma_or_acronym_is_declared_the_same(extract_text: Extract) -> None:
    ex = extract_text("The Red Sun Brigades, or RSB, attacked a checkpoint near Jigjiga.")
    assert ("Red Sun Brigades", "RSB") in {(a.text, b.text) for a, b in ex.same_as}


def test_comma_or_acronym_of_known_group_has_its_gazetteer_id(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State West Africa Province, or ISWAP, attacked a base near Monguno on Sunday."
    )
    acronym = mention(ex, "ISWAP")
    assert acronym.gazetteer_id == "group:islamic_state_west_africa_province"


def test_surname_stands_for_the_person_named_earlier(extract_text: Extract) -> None:
    ex = extract_text(
        "Analyst Michael Fenwick of the Soufan Center said the group was growing. "
        "Fenwick added that its leaders were in hiding."
    )
    surname = mention(ex, "Fenwick")
    assert (surname.type, surname.name) == (P, "Michael Fenwick")


def test_the_group_stands_for_the_group_just_discussed(extract_text: Extract) -> None:
    ex = extract_text("Jamaat-ul-Ahrar claimed the attack. Officials said the group is active in Pakistan.")
    (relation,) = [r for r in ex.relations if r.predicate is Predicate.OPERATES_IN]
    assert relation.subject.text == "the group"
    assert (relation.subject.name, relation.subject.gazetteer_id) == (
        "Jamaat-ul-Ahrar",
        "group:jamaat_ul_ahrar",
    )
    assert ident(relation.object) == "place:PK"
    # the anaphor is not a name: it is not listed among the document's mentions
    assert "the group" not in {m.text for m in ex.mentions}


def test_sentence_initial_the_group_stands_for_the_group_just_discussed(extract_text: Extract) -> None:
    ex = extract_text("Jamaat-ul-Ahrar claimed the attack. The group is active in Pakistan.")
    (relation,) = [r for r in ex.relations if r.predicate is Predicate.OPERATES_IN]
    assert relation.subject.text == "The group"
    assert (ident(relation.subject), ident(relation.object)) == ("group:jamaat_ul_ahrar", "place:PK")


# ------------------------------------------------------------------ rules added after the first review


def test_shared_group_name_follows_the_region_of_the_document(extract_text: Extract) -> None:
    ex = extract_text(
        "Ansar al-Sunna fighters attacked the town of Macomia in Cabo Delgado, Mozambique, on Saturday."
    )
    assert mention(ex, "Ansar al-Sunna").gazetteer_id == "group:ansar_al_sunna_mozambique"
    ex = extract_text("Ansar al-Sunna fighters attacked a checkpoint near Kirkuk in Iraq on Saturday.")
    assert mention(ex, "Ansar al-Sunna").gazetteer_id == "group:ansar_al_islam"


def test_headline_surname_is_the_person_named_later(extract_text: Extract) -> None:
    ex = extract_text(
        "Court jails Okafor over Abuja bomb plot\n\nA court in Abuja jailed Chinedu Okafor for life on Friday."
    )
    assert mention(ex, "Okafor").name == "Chinedu Okafor"


def test_named_faction_is_a_group(extract_text: Extract) -> None:
    ex = extract_text("Police blamed the Hasani faction for the ambush near Marawi.")
    assert mention(ex, "Hasani").type is G


def test_group_named_as_a_modifier_is_not_the_group_meant(extract_text: Extract) -> None:
    ex = extract_text(
        "Al-Shabaab gunmen stormed a hotel in Kismayo on Friday, killing nine people. "
        "The al-Qaeda-linked group claimed responsibility."
    )
    attack = only_attack(ex)
    assert statuses(attack) == {"group:al_shabaab": ClaimStatus.CLAIMED}


def test_inspired_by_a_group_is_not_responsibility(extract_text: Extract) -> None:
    ex = extract_text(
        "Last year a man inspired by Atomwaffen Division attacked a synagogue in Halle, wounding two people."
    )
    assert perpetrators(only_attack(ex)) == set()


def test_distance_reference_point_is_not_the_place_of_the_attack(extract_text: Extract) -> None:
    ex = extract_text("On Sunday gunmen killed seven villagers in Kano, about 80 kilometres north of Zaria.")
    assert places(only_attack(ex)) == ["Kano"]


def test_both_attacks_claim_goes_to_the_two_attacks_just_told(extract_text: Extract) -> None:
    ex = extract_text(
        "In May 2023 militants killed 12 soldiers in Diffa. The following month 20 villagers died in an attack on "
        "Bosso. Boko Haram claimed both attacks."
    )
    assert [perpetrators(a) for a in ex.attacks] == [{"group:boko_haram"}, {"group:boko_haram"}]


def test_sheltering_a_group_is_an_alliance(extract_text: Extract) -> None:
    ex = extract_text("Kabul accuses the Taliban of sheltering al-Qaeda commanders.")
    assert ("group:taliban", "group:al_qaeda") in relations(ex, Predicate.ALLIED_WITH)


def test_group_cells_in_a_place_operate_there(extract_text: Extract) -> None:
    ex = extract_text("Security forces have dismantled Islamic State cells in Anbar province this year.")
    assert [s for s, _ in relations(ex, Predicate.OPERATES_IN)] == ["group:islamic_state"]


def test_founded_by_after_a_date_is_an_affiliation(extract_text: Extract) -> None:
    ex = extract_text("The Black Crescent Front was founded in 2011 by the preacher Idris Bako.")
    assert ("Idris Bako", "Black Crescent Front") in relations(ex, Predicate.AFFILIATED_WITH)

"""Round thirty-eight (lead): "the X and its unit, Y" makes Y a part of X, not of a group named earlier; "G's
intelligence service, Y" is a part of G; an apposition "an alliance set up in 2007 under P" and "the faction loyal
to the cleric P" tie a man to a group; "a man who gave his name as P" is a man, and "and said he spoke for G" ties
him to it; "P was regarded by officials as G's leader"; "P, the preacher whose G carried out ..."; "drew its first
fighters from Y", "set up by commanders who broke with Y", "formed ... from the merger of A and the Saharan branch
of Y" and "formed ... when A, B and C merged" say where a group came from; a list that ends with "the X branch of
Y" makes no earlier item a branch of Y; "surfaced in X" places a group; an unknown name ending in "Tigers",
"Avengers" or "Liberation Force" is a group when called "an outfit", or when it opens a brief's list item. Every
sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact, only_attack, perpetrators, typed
from spacy.tokens import Span

from kg.extract.mentions.spans import joined_ents
from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


# ---------------------------------------------------------------- parts of bodies


def test_its_unit_after_and_belongs_to_the_body_joined_by_and(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants of the Tehrik-i-Taliban Pakistan attacked a convoy. Extra companies of the Frontier Corps and "
        "its elite unit, the Special Security Group (SSG), were sent to the valley."
    )
    assert not has_fact(ex, "Special Security Group", "affiliateOf", "Tehrik-i-Taliban Pakistan")


def test_a_groups_intelligence_service_is_its_part(extract_text: Extract) -> None:
    ex = extract_text(
        "Hamas's intelligence service, the General Security Service (GSS), said on Monday it had detained three men "
        "in Khan Younis."
    )
    assert has_fact(ex, "General Security Service", "affiliateOf", "Hamas")


# ---------------------------------------------------------------- men and their groups


def test_an_apposition_that_says_the_group_was_set_up_under_him(extract_text: Extract) -> None:
    ex = extract_text(
        "The ADF, an insurgency set up in 1995 under Jamil Mukulu in the Rwenzori foothills, has moved into Ituri."
    )
    assert has_fact(ex, "Jamil Mukulu", "affiliatedWith", "Allied Democratic Forces")


def test_a_set_up_under_pressure_names_no_founder(extract_text: Extract) -> None:
    ex = extract_text(
        "Hamas, a movement formed in 1987 under pressure from the first intifada, fought Fatah."
    )
    assert not any(p == "affiliatedWith" for _, p, _ in _facts(ex))


def test_the_faction_loyal_to_a_cleric(extract_text: Extract) -> None:
    ex = extract_text(
        "The checkpoint was manned by Asaib Ahl al-Haq, the armed faction loyal to the Shia cleric Qais al-Khazali."
    )
    assert has_fact(ex, "Qais al-Khazali", "affiliatedWith", "Asa'ib Ahl al-Haq")


def test_a_man_who_gave_his_name_and_said_he_spoke_for_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "A caller who gave his name as Faustin Bizimana and said he spoke for the FDLR rejected the army's account."
    )
    assert ("Faustin Bizimana", EntityType.PERSON) in typed(ex)
    assert has_fact(
        ex, "Faustin Bizimana", "affiliatedWith", "Democratic Forces for the Liberation of Rwanda"
    )


def test_regarded_by_officials_as_the_groups_leader(extract_text: Extract) -> None:
    ex = extract_text(
        "Ibrahim Nasser Oduya, a trader from Kismayo, was regarded by Kenyan and Somali officials as al-Shabaab's "
        "chief financier in the port."
    )
    assert has_fact(ex, "Ibrahim Nasser Oduya", "affiliatedWith", "al-Shabaab")


def test_regarded_as_the_groups_enemy_is_no_tie(extract_text: Extract) -> None:
    ex = extract_text("Ibrahim Nasser Oduya was seen by many in Kismayo as al-Shabaab's enemy.")
    assert not has_fact(ex, "Ibrahim Nasser Oduya", "affiliatedWith", "al-Shabaab")


def test_the_preacher_whose_group_carried_out_the_bombings(extract_text: Extract) -> None:
    ex = extract_text(
        "The court heard that Karim had shared sermons by Abu Bakar Ba'asyir, the Indonesian cleric whose Jemaah "
        "Islamiyah carried out the Bali bombings."
    )
    assert has_fact(ex, "Abu Bakar Ba'asyir", "affiliatedWith", "Jemaah Islamiyah")


# ---------------------------------------------------------------- where groups came from


def test_drew_its_first_fighters_from(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State in Somalia, which drew most of its first fighters from al-Shabaab, announced itself in "
        "Puntland in 2015."
    )
    assert has_fact(ex, "Islamic State Somalia Province", "formedFrom", "al-Shabaab")


def test_set_up_by_commanders_who_broke_with(extract_text: Extract) -> None:
    ex = extract_text(
        "The Jamaat-ul-Ahrar, set up in 2014 by commanders who broke with the Tehrik-i-Taliban Pakistan, claimed "
        "the bombing in Lahore."
    )
    assert has_fact(ex, "Jamaat-ul-Ahrar", "formedFrom", "Tehrik-i-Taliban Pakistan")


def test_a_merger_list_that_ends_with_a_branch(extract_text: Extract) -> None:
    ex = extract_text(
        "JNIM was born in 2017 from the merger of Ansar Dine, the Katiba Macina, Al-Mourabitoun and the Saharan "
        "branch of al-Qaeda in the Islamic Maghreb."
    )
    for parent in ("Ansar Dine", "Katiba Macina", "al-Mourabitoun", "al-Qaeda in the Islamic Maghreb"):
        assert has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "formedFrom", parent)
    assert not has_fact(ex, "al-Mourabitoun", "affiliateOf", "al-Qaeda in the Islamic Maghreb")


def test_formed_when_a_list_merged(extract_text: Extract) -> None:
    ex = extract_text(
        "Hayat Tahrir al-Sham was formed in January 2017 when Jabhat Fateh al-Sham, the Nour al-Din al-Zenki "
        "Movement and Liwa al-Haq merged in Idlib."
    )
    for parent in ("al-Nusra Front", "Nour al-Din al-Zenki Movement", "Liwa al-Haq"):
        assert has_fact(ex, "Hayat Tahrir al-Sham", "formedFrom", parent)


def test_a_list_that_goes_on_after_the_groups_is_no_merger(extract_text: Extract) -> None:
    ex = extract_text(
        "Hayat Tahrir al-Sham was formed in January 2017 when Jabhat Fateh al-Sham, which had fought Liwa al-Haq, "
        "merged with smaller factions."
    )
    assert not has_fact(ex, "Hayat Tahrir al-Sham", "formedFrom", "Liwa al-Haq")


# ---------------------------------------------------------------- where groups are


def test_surfaced_in_a_place(extract_text: Extract) -> None:
    ex = extract_text("Ajnad Misr surfaced in the Giza area in early 2014 and bombed police posts.")
    assert has_fact(ex, "Ajnad Misr", "operatesIn", "Giza")


def test_a_video_that_surfaced_places_no_group(extract_text: Extract) -> None:
    ex = extract_text("A video of the Ajnad Misr leader surfaced in Giza last week.")
    assert not has_fact(ex, "Ajnad Misr", "operatesIn", "Giza")


# ---------------------------------------------------------------- unknown groups


def test_an_unknown_name_called_an_outfit(extract_text: Extract) -> None:
    ex = extract_text(
        "The attack was claimed by the Kangleipak Liberation Tigers (KLT), an outfit set up by former cadres in 2019."
    )
    assert ("Kangleipak Liberation Tigers", EntityType.GROUP) in typed(ex)


def test_an_unknown_name_that_opens_a_briefs_list_item(extract_text: Extract) -> None:
    ex = extract_text(
        "Smaller groups\n\nOgoni Creek Avengers: named after a river, active mostly in Rivers State.\n\n"
        "Joint Okrika Liberation Force (JOLF): a coalition of creek cells.\n"
    )
    assert ("Ogoni Creek Avengers", EntityType.GROUP) in typed(ex)
    assert ("Joint Okrika Liberation Force", EntityType.GROUP) in typed(ex)
    assert has_fact(ex, "Ogoni Creek Avengers", "operatesIn", "Rivers State")


def _facts(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.predicate.value, r.object.name) for r in ex.relations}


# ---------------------------------------------------------------- attacks and ties told in passing


def test_a_groups_month_and_year_assault(extract_text: Extract) -> None:
    ex = extract_text(
        "The handler boasted of men who had taken part in al-Shabaab's January 2019 assault on the DusitD2 hotel "
        "in Nairobi, in which 21 people were killed."
    )
    assert perpetrators(only_attack(ex)) == {"al-Shabaab"}


def test_a_group_close_to_another_claims_by_its_apposed_name(extract_text: Extract) -> None:
    ex = extract_text(
        "A faction close to Jaish-e-Mohammed, People's Anti-Fascist Front, claimed the June 2021 ambush of an "
        "army patrol near Poonch, which officials said killed four soldiers."
    )
    assert perpetrators(only_attack(ex)) == {"People's Anti-Fascist Front"}
    assert has_fact(ex, "People's Anti-Fascist Front", "alliedWith", "Jaish-e-Mohammed")


def test_described_itself_as_loyal_to(extract_text: Extract) -> None:
    ex = extract_text("Jund al-Islam described itself as loyal to al-Qaeda and fought the Sinai Province.")
    assert has_fact(ex, "Jund al-Islam", "alliedWith", "al-Qaeda")


def test_a_front_that_another_group_uses(extract_text: Extract) -> None:
    ex = extract_text(
        "Indian officials regard the Kashmir Tigers as a front that the Jaish-e-Mohammed uses to claim attacks in "
        "Jammu."
    )
    assert has_fact(ex, "Kashmir Tigers", "affiliateOf", "Jaish-e-Mohammed")


def test_a_quoted_gloss_in_brackets_is_the_groups_name(extract_text: Extract) -> None:
    ex = extract_text(
        'Liwa al-Thawra ("Revolution Brigade") shot dead an army general outside Cairo in 2016.'
    )
    assert ("Revolution Brigade", EntityType.GROUP) not in typed(ex)
    assert {m.name for m in ex.mentions if m.text == "Revolution Brigade"} == {"Liwa al-Thawra"}


# ---------------------------------------------------------------- names NER cut or ran together


def _ents(extractor: SpacyRuleExtractor, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """joined_ents over a text whose only NER spans are `spans` (text, label), as NER gives some names."""
    doc = extractor.nlp(text)
    ents = []
    for name, label in spans:
        at = text.index(name)
        start = next(t.i for t in doc if t.idx == at)
        end = next(t.i + 1 for t in doc if t.idx + len(t.text) == at + len(name))
        ents.append(Span(doc, start, end, label=label))
    doc.ents = ents
    return [(e.text, e.label_) for e in joined_ents(doc)]


def test_a_body_name_cut_at_its_hyphen_is_one_name(extractor: SpacyRuleExtractor) -> None:
    text = "Posters signed by the Assam-Meghalaya Regional Command of the rebels were found near Tura."
    got = _ents(extractor, text, [("the Assam-", "ORG"), ("Meghalaya Regional Command", "ORG")])
    assert ("Assam-Meghalaya Regional Command", "ORG") in got


def test_two_unknown_places_joined_by_and_are_two_places(extractor: SpacyRuleExtractor) -> None:
    text = "The rebels attacked army positions at Kibumba and Rugari in the hills."
    assert _ents(extractor, text, [("Kibumba and Rugari", "FAC")]) == [("Kibumba", "GPE"), ("Rugari", "GPE")]


def test_a_known_country_named_with_and_stays_whole(extractor: SpacyRuleExtractor) -> None:
    text = "Officials in Trinidad and Tobago said the gang was behind it."
    assert _ents(extractor, text, [("Trinidad and Tobago", "GPE")]) == [("Trinidad and Tobago", "GPE")]


def test_plural_landforms_are_places(extract_text: Extract) -> None:
    ex = extract_text("After the raid the gunmen fled into the Matobo hills and the Kalash valleys.")
    assert {m.text for m in ex.mentions if m.type is EntityType.LOCATION} >= {
        "Matobo hills",
        "Kalash valleys",
    }


def test_a_security_outfit_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Ebubeagu, a regional security outfit set up by five governors, was blamed for the killings."
    )
    assert ("Ebubeagu", EntityType.GROUP) in typed(ex)


def test_a_vigilante_group_commander_is_a_man(extract_text: Extract) -> None:
    ex = extract_text("Obinna Chukwu, a vigilante group commander in Orlu, was arrested on Monday.")
    assert ("Obinna Chukwu", EntityType.PERSON) in typed(ex)


def test_their_allies_in_a_group(extract_text: Extract) -> None:
    ex = extract_text("PKK guerrillas and their Syrian allies in the YPG attacked a Turkish base near Afrin.")
    assert has_fact(ex, "Kurdistan Workers' Party", "alliedWith", "People's Protection Units")


def test_who_police_say_heads_a_groups_wing(extract_text: Extract) -> None:
    ex = extract_text(
        "Rafiqul Islam, a former teacher who police say heads Jamaat-ul-Mujahideen Bangladesh's armed wing, was "
        "sentenced on Monday."
    )
    assert has_fact(ex, "Rafiqul Islam", "affiliatedWith", "Jamaat-ul-Mujahideen Bangladesh")


def test_who_police_say_killed_a_commander_is_no_tie(extract_text: Extract) -> None:
    ex = extract_text(
        "Karim Musa, who police say killed an al-Shabaab commander in 2019, was freed on Monday."
    )
    assert not has_fact(ex, "Karim Musa", "affiliatedWith", "al-Shabaab")


def test_an_emirate_proclaimed_by_a_man(extract_text: Extract) -> None:
    ex = extract_text(
        "The Caucasus Emirate, proclaimed by Aslan Makhmudov in 2007, fought on in Dagestan for years."
    )
    assert has_fact(ex, "Aslan Makhmudov", "affiliatedWith", "Caucasus Emirate")


def test_congos_army_without_the_article(extract_text: Extract) -> None:
    ex = extract_text(
        "Major Patrick Mbuyi, a spokesman for the Armed Forces of the Democratic Republic of Congo in Ituri, said "
        "troops had retaken the village."
    )
    assert has_fact(
        ex, "Patrick Mbuyi", "affiliatedWith", "Armed Forces of the Democratic Republic of the Congo"
    )


# ---------------------------------------------------------------- parts of bodies and of blocs


def test_a_bodys_unit_named_after_where_it_sits(extract_text: Extract) -> None:
    ex = extract_text(
        "Officers from the RCMP's Montreal-based Integrated National Security Enforcement Team arrested the youth."
    )
    assert has_fact(
        ex, "Integrated National Security Enforcement Team", "affiliateOf", "Royal Canadian Mounted Police"
    )


def test_described_by_police_as_a_branch(extract_text: Extract) -> None:
    ex = extract_text(
        "Los Tiguerones, a Guayaquil gang, is widely described by police as an armed branch of Los Lobos."
    )
    assert has_fact(ex, "Los Tiguerones", "affiliateOf", "Los Lobos")


def test_an_alliance_formed_with_a_list(extract_text: Extract) -> None:
    ex = extract_text(
        "Los Choneros lead an alliance known as the Fuerzas Unidas, formed in 2021 with Los Lagartos and Los Chone "
        "Killers to hold the port."
    )
    assert ("Fuerzas Unidas", EntityType.GROUP) in typed(ex)
    for member in ("Los Lagartos", "Los Chone Killers"):
        assert has_fact(ex, member, "affiliateOf", "Fuerzas Unidas")
        assert has_fact(ex, "Los Choneros", "alliedWith", member)


def test_formed_with_support_names_no_member(extract_text: Extract) -> None:
    ex = extract_text("The Fuerzas Unidas, formed in 2021 with money from Los Choneros, held the port.")
    assert not has_fact(ex, "Los Choneros", "affiliateOf", "Fuerzas Unidas")


# ---------------------------------------------------------------- attacks: names that hold dates, appositions


def test_a_date_inside_a_groups_name_dates_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen of the Revolutionary Organisation 17 November shot dead a shipowner outside his home in Athens on "
        "Tuesday, police said.",
        date="2000-06-10",
    )
    assert only_attack(ex).date == "2000-06-06"


def test_a_group_in_an_apposition_that_set_off_a_bomb(extract_text: Extract) -> None:
    ex = extract_text(
        "A newer group, the Popular Fighters Group (Omada Laikon Agoniston), set off a bomb outside a bank in "
        "central Athens in May 2017, police said."
    )
    assert perpetrators(only_attack(ex)) == {"Group of Popular Fighters"}


def test_militias_that_took_up_arms_against_a_group(extract_text: Extract) -> None:
    ex = extract_text("The Mai-Mai are loosely organised militias that took up arms in 2012 against the M23.")
    assert has_fact(ex, "Mai-Mai", "rivalOf", "March 23 Movement")


# ---------------------------------------------------------------- what others and he himself say of his tie


def test_described_in_court_filings_as_a_member(extract_text: Extract) -> None:
    ex = extract_text(
        "Kevin Harlow, described in court filings as a Feuerkrieg Division member, was convicted in 2022 of arson."
    )
    assert has_fact(ex, "Kevin Harlow", "affiliatedWith", "Feuerkrieg Division")


def test_sworn_in_to_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        'Daniel Rooke told the informant he had been "sworn in" to the Feuerkrieg Division over a chat app.'
    )
    assert has_fact(ex, "Daniel Rooke", "affiliatedWith", "Feuerkrieg Division")


def test_a_video_of_himself_pledging_loyalty_to_the_leader(extract_text: Extract) -> None:
    ex = extract_text(
        "Arif Rahman had recorded a video of himself pledging loyalty to the leader of the Islamic State, the court "
        "found."
    )
    assert has_fact(ex, "Arif Rahman", "affiliatedWith", "Islamic State")


def test_the_group_to_which_he_had_sworn_allegiance(extract_text: Extract) -> None:
    ex = extract_text(
        "The bombings were claimed by the Islamic State, to which Abdul Latif Karim had sworn allegiance on video "
        "before the attack."
    )
    assert has_fact(ex, "Abdul Latif Karim", "affiliatedWith", "Islamic State")


def test_the_group_to_which_he_objected_is_no_tie(extract_text: Extract) -> None:
    ex = extract_text("The Islamic State, to which Abdul Latif Karim objected, claimed the bombing.")
    assert not has_fact(ex, "Abdul Latif Karim", "affiliatedWith", "Islamic State")


def test_prosecutors_describe_him_as_a_supporter(extract_text: Extract) -> None:
    ex = extract_text(
        "A third contact, Younes Belkacem, was arrested in Liège in March. Prosecutors there describe him as an "
        "ISKP supporter who ran several channels."
    )
    assert has_fact(ex, "Younes Belkacem", "affiliatedWith", "Islamic State Khorasan Province")


def test_describe_him_as_with_two_men_named_is_no_tie(extract_text: Extract) -> None:
    ex = extract_text(
        "Younes Belkacem and Omar Haddad were arrested in Liège. Prosecutors describe him as an ISKP supporter."
    )
    assert not any(p == "affiliatedWith" and o == "Islamic State Khorasan Province" for _, p, o in _facts(ex))


# ---------------------------------------------------------------- mastheads of briefs


def test_a_masthead_by_after_a_dot(extract_text: Extract) -> None:
    ex = extract_text(
        "The Houthis fired at a tanker.\n\n*12 · Institute for Red Sea Studies, Djibouti · by Amina Farah and "
        "Lars Holm*\n"
    )
    for author in ("Amina Farah", "Lars Holm"):
        assert has_fact(ex, author, "affiliatedWith", "Institute for Red Sea Studies")


def test_authors_then_their_body_in_a_part_of_a_masthead(extract_text: Extract) -> None:
    ex = extract_text(
        "JNIM attacked a convoy near Djibo.\n\n*7 · Aminata Sow and Paul Keita, Sahel Policy Lab, Dakar · "
        "3 March 2025*\n"
    )
    assert ("Sahel Policy Lab", EntityType.ORGANIZATION) in typed(ex)
    for author in ("Aminata Sow", "Paul Keita"):
        assert has_fact(ex, author, "affiliatedWith", "Sahel Policy Lab")


def test_a_genre_word_opening_a_masthead_is_no_one(extract_text: Extract) -> None:
    ex = extract_text(
        "JNIM attacked a convoy near Djibo.\n\n*Explainer · Sahel Security Observatory · 8 April 2026 · by "
        "Aminata Sow*\n"
    )
    assert "Explainer" not in {m.name for m in ex.mentions}
    assert has_fact(ex, "Aminata Sow", "affiliatedWith", "Sahel Security Observatory")


def test_a_video_in_which_he_presented_himself_as_a_fighter(extract_text: Extract) -> None:
    ex = extract_text(
        "Omar Haddad then posted a video in which he presented himself as a soldier of the Islamic State, "
        "prosecutors said."
    )
    assert has_fact(ex, "Omar Haddad", "affiliatedWith", "Islamic State")


def test_a_video_in_which_he_presented_himself_as_a_victim_is_no_tie(extract_text: Extract) -> None:
    ex = extract_text(
        "Omar Haddad then posted a video in which he presented himself as a victim of the Islamic State."
    )
    assert not has_fact(ex, "Omar Haddad", "affiliatedWith", "Islamic State")


def test_in_effect_a_groups_arm(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State of Iraq (ISI) sent men west, and al-Nusra was in effect ISI's Syrian arm."
    )
    assert has_fact(ex, "al-Nusra Front", "affiliateOf", "Islamic State of Iraq")


def test_the_armed_network_associated_with_a_party(extract_text: Extract) -> None:
    ex = extract_text(
        "Several had served in the al-Aqsa Martyrs' Brigades, the armed network associated with Fatah, before "
        "joining the new cell."
    )
    assert has_fact(ex, "al-Aqsa Martyrs' Brigades", "affiliateOf", "Fatah")


def test_formed_when_a_list_merged_under_a_leader(extract_text: Extract) -> None:
    ex = extract_text(
        "JNIM was formed in March 2017 when Ansar Dine, the Katiba Macina and the Saharan branch of al-Qaeda in the "
        "Islamic Maghreb (AQIM) merged under Iyad Ag Ghaly, a Tuareg leader from Kidal."
    )
    assert has_fact(ex, "Iyad Ag Ghaly", "affiliatedWith", "Jama'at Nusrat al-Islam wal-Muslimin")


def test_a_prosecutors_title_before_his_name_is_no_one(extract_text: Extract) -> None:
    ex = extract_text(
        "The prosecution, led by Special Public Prosecutor Anil Kumar Menon, told the court the men had scouted a mall."
    )
    assert "Special Public Prosecutor" not in {m.name for m in ex.mentions}
    assert ("Anil Kumar Menon", EntityType.PERSON) in typed(ex)


def test_a_byline_with_the_authors_body_after_them(extract_text: Extract) -> None:
    ex = extract_text(
        "JNIM attacked a convoy.\n\n*By Aminata Sow and Paul Keita, Meridian Conflict Research, Dakar*\n"
    )
    for author in ("Aminata Sow", "Paul Keita"):
        assert has_fact(ex, author, "affiliatedWith", "Meridian Conflict Research")


def test_a_collaboration_between_terrorists_of_a_group_and_a_so_called_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The general said intelligence pointed to a collaboration between Ansaru terrorists and the so-called "
        "Mahmuda group in the park."
    )
    assert has_fact(ex, "Ansaru", "alliedWith", "Mahmuda")


def test_chaired_and_presided_over_by(extract_text: Extract) -> None:
    ex = extract_text(
        "The Court of Assize, presided over by Judge Elena Bruni, sentenced the two men on Friday. The Popular "
        "Mobilization Forces are chaired by Faleh al-Fayyadh, a former adviser."
    )
    assert has_fact(ex, "Elena Bruni", "affiliatedWith", "Court of Assize")
    assert has_fact(ex, "Faleh al-Fayyadh", "affiliatedWith", "Popular Mobilization Forces")


def test_they_after_a_sentence_naming_their_ally(extract_text: Extract) -> None:
    ex = extract_text(
        "The Houthis hold Sanaa. They began firing on ships in November 2023, saying they acted in support of "
        "Hamas, their ally in Gaza. That month they seized the car carrier Galaxy Leader in the Red Sea.",
        date="2024-01-10",
    )
    assert perpetrators(only_attack(ex)) == {"Houthis"}


def test_a_group_backed_in_an_attack_sentence_is_no_perpetrator(extract_text: Extract) -> None:
    ex = extract_text(
        "Houthi fighters attacked the tanker Marlin Luanda in the Gulf of Aden on Friday in support of Hamas, "
        "officials said.",
        date="2024-01-28",
    )
    assert "Hamas" not in perpetrators(only_attack(ex))


def test_a_groups_general_security_service(extract_text: Extract) -> None:
    ex = extract_text("HTS's General Security Service said on Monday the cell had links to Hurras al-Din.")
    assert has_fact(ex, "General Security Service", "affiliateOf", "Hayat Tahrir al-Sham")


def test_a_networks_core_led_de_facto_by(extract_text: Extract) -> None:
    ex = extract_text(
        "Al-Qaeda's core, led de facto by Saif al-Adel since 2022, treats the cells as its own."
    )
    assert has_fact(ex, "Saif al-Adel", "affiliatedWith", "al-Qaeda")


def test_a_joint_operations_room_with_another_group(extract_text: Extract) -> None:
    ex = extract_text(
        'In 2020 Hurras al-Din set up a joint operations room called "Wa Harid al-Mu\'minin" with Ansar al-Islam '
        "in Idlib."
    )
    assert has_fact(ex, "Hurras al-Din", "alliedWith", "Ansar al-Islam")


def test_sanctioned_as_a_groups_fundraiser(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2019 police arrested Ali Hassan Barakat, whom Washington had sanctioned in 2011 as a leading Hezbollah "
        "fundraiser in Ciudad del Este."
    )
    assert has_fact(ex, "Ali Hassan Barakat", "affiliatedWith", "Hezbollah")


def test_a_prison_term_for_activity_in_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The agency said Mahmoud Jaradat had served a prison term for activity in Hamas until 2023."
    )
    assert has_fact(ex, "Mahmoud Jaradat", "affiliatedWith", "Hamas")


def test_a_splinter_named_by_its_parent_that_fought_alongside_it(extract_text: Extract) -> None:
    ex = extract_text(
        "The Popular Resistance Committees are an exception: a Fatah offshoot that later became a close partner of "
        "Hamas and fought alongside it in 2021."
    )
    assert has_fact(ex, "Popular Resistance Committees", "alliedWith", "Hamas")

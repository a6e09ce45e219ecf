"""Relation rules on hand-written news sentences: each phrasing is read, and its near miss is not.

Every sentence here was written for these tests (none is taken from the dev articles), with
groups and places the dev set does not use; only the Islamic State and al-Qaeda come back, as the
parents most branches name. A positive test names the relation a careful analyst
would record; the near-miss beside it reads alike but states no such relation. The articles in
`tests/data/relations/` put several phrasings together, the way a wire report does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from readings import one

from kg.model import EntityType, Extraction, Mention, Predicate

Extract = Callable[..., Extraction]
ARTICLES = Path(__file__).parent / "data" / "relations"

AFFILIATE, FORMED, ALLIED, RIVAL = (
    Predicate.AFFILIATE_OF,
    Predicate.FORMED_FROM,
    Predicate.ALLIED_WITH,
    Predicate.RIVAL_OF,
)
OPERATES, MEMBER = Predicate.OPERATES_IN, Predicate.AFFILIATED_WITH


def ident(m: Mention) -> str:
    """What a mention stands for: a group's or organisation's gazetteer id, else its canonical name."""
    if m.gazetteer_id and m.type in (EntityType.GROUP, EntityType.ORGANIZATION):
        return m.gazetteer_id.split(":", 1)[1]
    return m.name


def found(extraction: Extraction, predicate: Predicate) -> set[tuple[str, str]]:
    """(subject, object) of every relation with `predicate`; symmetric ones in both directions."""
    pairs = {(ident(r.subject), ident(r.object)) for r in extraction.relations if r.predicate is predicate}
    if predicate in (ALLIED, RIVAL):
        pairs |= {(o, s) for s, o in pairs}
    return pairs


@pytest.fixture(scope="module")
def article(read_article: Callable[[Path], list[Extraction]]) -> Callable[[str], Extraction]:
    """One article of articles, read as a single document."""
    return lambda name: one(read_article(ARTICLES / name))


# ------------------------------------------------------------------ what a group's name says


def test_province_name_gives_parent_and_place_named_elsewhere(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State Libya Province claimed the bombing in Sabha. The Islamic State "
        "declared the province in 2014, when jihadists seized towns in Libya."
    )
    assert ("islamic_state_libya_province", "islamic_state") in found(ex, AFFILIATE)
    assert ("islamic_state_libya_province", "Libya") in found(ex, OPERATES)


def test_branch_name_needs_the_parent_named_in_the_text(extract_text: Extract) -> None:
    ex = extract_text("The Islamic State Libya Province claimed the bombing in Sabha on Friday.")
    assert not found(ex, AFFILIATE)


def test_name_that_only_starts_like_another_group_is_no_branch(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic Jihad Union, an Uzbek group, trained recruits in Waziristan. Palestinian Islamic "
        "Jihad denied any link."
    )
    assert not found(ex, AFFILIATE)


def test_place_of_x_in_y_name_is_not_read_as_where_it_operates(extract_text: Extract) -> None:
    ex = extract_text("Ansar al-Sharia in Benghazi was dissolved in 2017. Militias in Benghazi celebrated.")
    assert not found(ex, OPERATES)


# ------------------------------------------------------------------ group and group


def test_and_its_ally(extract_text: Extract) -> None:
    ex = extract_text("Tehran accused Lashkar-e-Jhangvi and its ally Jaish al-Adl of the bombing.")
    assert ("lashkar_e_jhangvi", "jaish_al_adl") in found(ex, ALLIED)


def test_and_its_rival_is_no_alliance(extract_text: Extract) -> None:
    ex = extract_text("Officials blamed Lashkar-e-Jhangvi and its rival Jaish al-Adl for the violence.")
    assert ("lashkar_e_jhangvi", "jaish_al_adl") in found(ex, RIVAL)
    assert not found(ex, ALLIED)


def test_and_its_parent(extract_text: Extract) -> None:
    ex = extract_text("Lashkar-e-Jhangvi and its parent Sipah-e-Sahaba were banned in 2001.")
    assert ("lashkar_e_jhangvi", "sipah_e_sahaba_pakistan") in found(ex, AFFILIATE)


def test_rift_between_two_groups_is_a_rivalry(extract_text: Extract) -> None:
    ex = extract_text(
        "The bitter rift that now runs between Ahrar al-Sham and Jund al-Aqsa turned deadly in 2016."
    )
    assert ("ahrar_al_sham", "jund_al_aqsa") in found(ex, RIVAL)


def test_talks_between_two_groups_are_no_rivalry(extract_text: Extract) -> None:
    ex = extract_text("Talks between Ahrar al-Sham and Jund al-Aqsa resumed in Aleppo on Monday.")
    assert not found(ex, RIVAL)


def test_rival_verb_after_two_parentheticals(extract_text: Extract) -> None:
    ex = extract_text(
        "Since 2019 the Baloch Liberation Army, led by Bashir Zeb, also known as Baba, has waged a "
        "campaign of ambushes against Jaish al-Adl."
    )
    assert ("balochistan_liberation_army", "jaish_al_adl") in found(ex, RIVAL)


def test_leadership_under_a_person_disowned_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "In 1999 the PKK's leadership under Cemil Bayik disowned the Kurdistan Freedom Falcons."
    )
    assert ("kurdistan_workers_party", "kurdistan_freedom_falcons") in found(ex, RIVAL)
    assert ("Cemil Bayik", "kurdistan_workers_party") in found(ex, MEMBER)


def test_renamed_branch_is_a_branch_and_inherits_the_fight(extract_text: Extract) -> None:
    ex = extract_text(
        "Since 2021 Jaish al-Adl has battled the IS affiliate, now known as Islamic State Pakistan Province, near Zahedan."
    )
    assert ("islamic_state_pakistan_province", "islamic_state") in found(ex, AFFILIATE)
    assert ("jaish_al_adl", "islamic_state_pakistan_province") in found(ex, RIVAL)


def test_merged_with_to_form(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2014 the Maute group merged with Ansar Khalifa Philippines, a small cell based in Sarangani, "
        "to form the Islamic State East Asia Province."
    )
    assert ("islamic_state_east_asia_province", "maute_group") in found(ex, FORMED)


def test_quit_and_set_up_own_unit(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2006 the commander quit the Balochistan Liberation Army and set up his own faction, the Baloch Republican Army."
    )
    assert ("baloch_republican_army", "balochistan_liberation_army") in found(ex, FORMED)


def test_attack_carried_out_together_with_a_group(extract_text: Extract) -> None:
    ex = extract_text("Ansaru said it had carried out the raid together with Lakurawa.")
    assert ("ansaru", "lakurawa") in found(ex, ALLIED)


def test_attack_days_after_another_group_is_no_alliance(extract_text: Extract) -> None:
    ex = extract_text("Ansaru said it had carried out the raid days after Lakurawa struck the same town.")
    assert not found(ex, ALLIED)


def test_members_of_one_axis_are_allies(extract_text: Extract) -> None:
    ex = extract_text(
        "Kataib Hezbollah, which is funded by Tehran, belongs to a loose alliance alongside Asa'ib Ahl al-Haq "
        "and the Palestinian group Palestinian Islamic Jihad."
    )
    allies = found(ex, ALLIED)
    assert ("kataib_hezbollah", "asaib_ahl_al_haq") in allies
    assert ("asaib_ahl_al_haq", "palestinian_islamic_jihad") in allies


def test_loyalists_who_set_up_a_group_stay_allies(extract_text: Extract) -> None:
    ex = extract_text("PKK loyalists who refused the truce set up the Kurdistan Freedom Falcons in 2004.")
    assert ("kurdistan_freedom_falcons", "kurdistan_workers_party") in found(ex, ALLIED)


def test_refused_to_stop_fighting(extract_text: Extract) -> None:
    ex = extract_text("The rebels turned on Jund al-Aqsa after it refused to stop fighting Ahrar al-Sham.")
    assert ("jund_al_aqsa", "ahrar_al_sham") in found(ex, RIVAL)


def test_spent_years_doing_one_thing_and_attacking_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The Allied Democratic Forces spent years recruiting in Kampala and attacking the Lord's Resistance Army."
    )
    assert ("allied_democratic_forces", "lords_resistance_army") in found(ex, RIVAL)


def test_possessive_war_against(extract_text: Extract) -> None:
    ex = extract_text("The Lord's Resistance Army's war against the Allied Democratic Forces dragged on.")
    assert ("lords_resistance_army", "allied_democratic_forces") in found(ex, RIVAL)


def test_formed_an_alliance(extract_text: Extract) -> None:
    ex = extract_text("Ahrar al-Sham and Jaysh al-Islam formed an alliance in 2015.")
    assert ("ahrar_al_sham", "jaysh_al_islam") in found(ex, ALLIED)


def test_armed_and_trained_by_a_group(extract_text: Extract) -> None:
    ex = extract_text("Kataib Hezbollah, armed and trained by Harakat al-Nujaba, attacked the base.")
    assert ("kataib_hezbollah", "harakat_hezbollah_al_nujaba") in found(ex, ALLIED)


def test_affiliated_with_and_part_of(extract_text: Extract) -> None:
    assert ("ansaru", "al_qaeda") in found(extract_text("Ansaru is affiliated with al-Qaeda."), AFFILIATE)
    ex = extract_text(
        "Katiba Macina, part of the Jama'at Nusrat al-Islam wal-Muslimin coalition, attacked a base."
    )
    assert ("katiba_macina", "jamaat_nusrat_al_islam_wal_muslimin") in found(ex, AFFILIATE)


def test_founded_by_a_former_commander_of_another_group(extract_text: Extract) -> None:
    ex = extract_text("Ansarul Islam, founded in 2016 by a former Ansar Dine commander, attacked Djibo.")
    assert ("ansarul_islam", "ansar_dine") in found(ex, FORMED)


def test_led_by_a_former_commander_is_no_formation(extract_text: Extract) -> None:
    ex = extract_text("The Lord's Resistance Army, led by a former Ansar Dine commander, denied it.")
    assert not found(ex, FORMED)


def test_a_year_between_verb_and_group_changes_nothing(extract_text: Extract) -> None:
    ex = extract_text(
        "Jamaat-ul-Ahrar, which emerged in 2014 from disaffected Lashkar-e-Jhangvi commanders, claimed the bombing."
    )
    assert ("jamaat_ul_ahrar", "lashkar_e_jhangvi") in found(ex, FORMED)


def test_the_groups_branch_in_an_apposition_is_another_groups(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State claimed the raid. Islamic State Libya Province (ISLP), the group's North African "
        "branch, said it had taken part."
    )
    assert ("islamic_state_libya_province", "islamic_state") in found(ex, AFFILIATE)
    assert ("islamic_state_libya_province", "islamic_state_libya_province") not in found(ex, AFFILIATE)


def test_the_brigades_are_the_brigades_named_earlier(extract_text: Extract) -> None:
    ex = extract_text(
        "In 2009 veterans set up the Abdullah Azzam Brigades. Jund al-Aqsa was founded years later. "
        "In 2014 the brigades merged with Ansar al-Islam to form Jaysh al-Islam."
    )
    assert ("jaysh_al_islam", "abdullah_azzam_brigades") in found(ex, FORMED)
    assert ("jaysh_al_islam", "jund_al_aqsa") not in found(ex, FORMED)


# ------------------------------------------------------------------ group and place


def test_country_possessive_group_operates_there(extract_text: Extract) -> None:
    ex = extract_text("Uganda's Lord's Resistance Army has abducted thousands of children since 1987.")
    assert ("lords_resistance_army", "Uganda") in found(ex, OPERATES)


def test_country_possessive_state_force_is_no_group_there(extract_text: Extract) -> None:
    ex = extract_text("Iran's Basij broke up the protests, officials said.")
    assert not found(ex, OPERATES)


def test_place_where_the_group_held_ground(extract_text: Extract) -> None:
    ex = extract_text(
        "Lord's Resistance Army fighters were trained in Uganda. The raid was planned in the Central African "
        "Republic, where the group still controls stretches of the border."
    )
    assert ("lords_resistance_army", "Central African Republic") in found(ex, OPERATES)


def test_place_once_a_stronghold_not_the_place_in_its_clause(extract_text: Extract) -> None:
    ex = extract_text(
        "Police said Sabha, which lies near Ubari, was once a stronghold of the Islamic State Libya Province."
    )
    places = {o for g, o in found(ex, OPERATES) if g == "islamic_state_libya_province"}
    assert "Sabha" in places
    assert "Ubari" not in places


def test_whose_fighters_hide_in_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Officials blamed Jaish al-Adl, which claims to defend the Baluch minority and whose fighters hide "
        "in the mountains of Sistan and Baluchestan."
    )
    assert ("jaish_al_adl", "Sistan and Baluchestan") in found(ex, OPERATES)


def test_whose_fighters_belong_to_the_group_not_to_a_modifier(extract_text: Extract) -> None:
    ex = extract_text(
        "The cell was run by a former Fatah al-Islam commander whose fighters hide in the hills of Jordan."
    )
    assert ("fatah_al_islam", "Jordan") not in found(ex, OPERATES)


def test_its_own_war_inside_a_country_is_the_subjects(extract_text: Extract) -> None:
    ex = extract_text(
        "The Baloch Republican Army is allied with the Balochistan Liberation Front while waging its own war inside Iran."
    )
    assert ("baloch_republican_army", "Iran") in found(ex, OPERATES)
    assert ("balochistan_liberation_front", "Iran") not in found(ex, OPERATES)


def test_appositive_country_group(extract_text: Extract) -> None:
    ex = extract_text("The ELN, Colombia's largest remaining guerrilla group, rejected the ceasefire.")
    assert ("national_liberation_army_colombia", "Colombia") in found(ex, OPERATES)


def test_sentence_opening_base_lists_every_island(extract_text: Extract) -> None:
    ex = extract_text(
        "The East Indonesia Mujahideen attacked a village on Monday. Based on the islands of Sulawesi and "
        "Halmahera, it has killed dozens of farmers."
    )
    assert {("east_indonesia_mujahideen", "Sulawesi"), ("east_indonesia_mujahideen", "Halmahera")} <= found(
        ex, OPERATES
    )


def test_one_of_a_groups_commanders_in_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Bashir Zeb rose to become one of the Baloch Liberation Army's commanders in Balochistan."
    )
    assert ("balochistan_liberation_army", "Balochistan") in found(ex, OPERATES)


def test_fighting_to_overthrow_a_countrys_government(extract_text: Extract) -> None:
    ex = extract_text(
        "The Allied Democratic Forces, which is fighting to overthrow Uganda's government, killed 20 people."
    )
    assert ("allied_democratic_forces", "Uganda") in found(ex, OPERATES)


def test_a_known_hideout_of_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Troops searched the Rwenzori mountains, a known hideout of the Allied Democratic Forces, on Monday."
    )
    assert {g for g, _ in found(ex, OPERATES)} == {"allied_democratic_forces"}


def test_group_described_as_based_somewhere(extract_text: Extract) -> None:
    ex = extract_text(
        "The Lord's Resistance Army claimed the ambush. Dominic Ongwen, a senior commander of the "
        "Sudan-based group, denied that civilians were killed."
    )
    assert ("lords_resistance_army", "Sudan") in found(ex, OPERATES)
    assert ("Dominic Ongwen", "lords_resistance_army") in found(ex, MEMBER)


def test_blamed_for_the_violence_in_a_region(extract_text: Extract) -> None:
    ex = extract_text("Since 2018 Ansaru has been blamed for much of the violence in Kaduna.")
    assert ("ansaru", "Kaduna") in found(ex, OPERATES)


def test_blamed_for_one_attack_is_not_operating_there(extract_text: Extract) -> None:
    ex = extract_text("Ansaru has been blamed for an attack in Kaduna last week.")
    assert not found(ex, OPERATES)


# ------------------------------------------------------------------ person and organisation


def test_nationality_then_group_then_role(extract_text: Extract) -> None:
    ex = extract_text("Abu Omar al-Shishani, a Georgian Ahrar al-Sham commander, was killed in Aleppo.")
    assert ("Abu Omar al-Shishani", "ahrar_al_sham") in found(ex, MEMBER)


def test_appositive_then_who_pledged_allegiance(extract_text: Extract) -> None:
    ex = extract_text(
        "Police named Aman Abdurrahman, a Jemaah Islamiyah veteran who has pledged allegiance to the "
        "Islamic State, as the plotter."
    )
    assert ("Aman Abdurrahman", "islamic_state") in found(ex, MEMBER)


def test_person_closing_a_relative_clause_does_not_own_the_next_verb(extract_text: Extract) -> None:
    ex = extract_text(
        "Ansaru, which was founded in 2012 by followers of the preacher Khalid al-Barnawi, has pledged "
        "allegiance to the Islamic State."
    )
    assert ("Khalid al-Barnawi", "islamic_state") not in found(ex, MEMBER)


def test_was_himself_a_senior_figure_in(extract_text: Extract) -> None:
    ex = extract_text("Bashir Zeb was himself a senior figure in the Baloch Liberation Army.")
    assert ("Bashir Zeb", "balochistan_liberation_army") in found(ex, MEMBER)


def test_group_title_of_place_comma_person(extract_text: Extract) -> None:
    ex = extract_text("Troops killed the PKK commander for Dersim province, Ahmet Demir, on Monday.")
    assert ("Ahmet Demir", "kurdistan_workers_party") in found(ex, MEMBER)


def test_named_leader_of_its_province(extract_text: Extract) -> None:
    ex = extract_text("In 2019 the Islamic State named Abu Ibrahim leader of its Sinai branch.")
    assert ("Abu Ibrahim", "islamic_state") in found(ex, MEMBER)


def test_at_the_ministry_spokesman(extract_text: Extract) -> None:
    ex = extract_text("At the Foreign Office in London, spokesman Tom Hale said the envoy had been recalled.")
    assert ("Tom Hale", "gb-fcdo") in found(ex, MEMBER)


def test_persons_office_is_an_affiliation(extract_text: Extract) -> None:
    ex = extract_text("Vladimir Putin's office, the Kremlin, said the talks would resume.")
    assert ("Vladimir Putin", "ru-kremlin") in found(ex, MEMBER)


def test_persons_opinion_of_an_office_is_no_affiliation(extract_text: Extract) -> None:
    ex = extract_text("Vladimir Putin's critics, the Kremlin said, were paid from abroad.")
    assert not found(ex, MEMBER)


def test_ranked_names_listed_after_their_unit(extract_text: Extract) -> None:
    ex = extract_text(
        "The blast killed three soldiers of the 82nd Airborne Division — Sergeant Mark Hale, Specialist "
        "Dana Ruiz and Private Omar Fields — near Baghdad."
    )
    members = {p for p, o in found(ex, MEMBER) if o == "us-82nd-airborne"}
    assert {"Mark Hale", "Dana Ruiz", "Omar Fields"} <= members


def test_the_group_a_person_founded(extract_text: Extract) -> None:
    ex = extract_text("The raid was carried out by Ansaru, the group Khalid al-Barnawi founded in 2012.")
    assert ("Khalid al-Barnawi", "ansaru") in found(ex, MEMBER)


def test_reaffirming_loyalty_to_a_group(extract_text: Extract) -> None:
    ex = extract_text("It was a split Khalid al-Barnawi rejected, reaffirming his loyalty to Ansaru.")
    assert ("Khalid al-Barnawi", "ansaru") in found(ex, MEMBER)


def test_a_groups_news_outlet_is_the_subjects(extract_text: Extract) -> None:
    ex = extract_text("The Islamic State praised the raid in Kaduna in its weekly al-Naba on Thursday.")
    assert ("al-naba", "islamic_state") in found(ex, AFFILIATE)


def test_a_news_outlet_named_after_a_province_is_not_the_provinces(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State counts the fighters as part of its Libya Province (ISLP), "
        "and its weekly al-Naba praised the raid."
    )
    assert not {o for s, o in found(ex, AFFILIATE) if s == "al-naba"} - {"islamic_state"}


def test_army_unit_belongs_to_the_army(extract_text: Extract) -> None:
    ex = extract_text("The British Army's Special Air Service took part in the operation.")
    assert ("gb-sas", "gb-british-army") in found(ex, AFFILIATE)


def test_a_groups_possessive_target_is_not_its_unit(extract_text: Extract) -> None:
    ex = extract_text("Ansaru's attack on the British Army killed two soldiers.")
    assert not found(ex, AFFILIATE)


def test_positions_of_a_group_in_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Jets struck positions of the Kurdistan Workers' Party in the Qandil mountains of northern Iraq."
    )
    assert ("kurdistan_workers_party", "Iraq") in found(ex, OPERATES)


def test_place_where_a_group_first_emerged(extract_text: Extract) -> None:
    ex = extract_text(
        "Troops patrolled the border with Burkina Faso, where Ansarul Islam, a local group founded by a "
        "preacher, first emerged in 2016."
    )
    assert ("ansarul_islam", "Burkina Faso") in found(ex, OPERATES)


def test_fought_alongside_troops_against_a_group(extract_text: Extract) -> None:
    ex = extract_text("The People's Protection Units fought alongside U.S. troops against the Islamic State.")
    assert ("peoples_protection_units", "islamic_state") in found(ex, RIVAL)
    assert not found(ex, ALLIED)


def test_operates_under_the_banner_of(extract_text: Extract) -> None:
    ex = extract_text(
        "Since 2022 Lakurawa has operated under the banner of the Islamic State Sahel Province."
    )
    assert ("lakurawa", "islamic_state_sahel_province") in found(ex, AFFILIATE)


def test_compound_linked_gives_an_alliance(extract_text: Extract) -> None:
    ex = extract_text("Police said the IS-linked ADF killed 20 villagers near Beni.")
    assert ("allied_democratic_forces", "islamic_state") in found(ex, ALLIED)


def test_compound_affiliated_in_an_apposition_gives_a_branch(extract_text: Extract) -> None:
    ex = extract_text("Katiba Macina, an al-Qaeda-affiliated group, attacked a base near Mopti.")
    assert ("katiba_macina", "al_qaeda") in found(ex, AFFILIATE)


def test_compound_controlled_place(extract_text: Extract) -> None:
    ex = extract_text("Residents fled IS-held Raqqa as the offensive began.")
    assert ("islamic_state", "Raqqa") in found(ex, OPERATES)


def test_compound_with_a_state_is_no_group_relation(extract_text: Extract) -> None:
    ex = extract_text("The Iran-backed militia attacked a convoy near Basra.")
    assert not found(ex, ALLIED) and not found(ex, AFFILIATE)


def test_kept_a_presence_in(extract_text: Extract) -> None:
    ex = extract_text("Jaish al-Adl has kept a presence in Sistan and Baluchestan since 2012.")
    assert ("jaish_al_adl", "Sistan and Baluchestan") in found(ex, OPERATES)


def test_heartland_of_a_place(extract_text: Extract) -> None:
    ex = extract_text("Fighting raged in the Lord's Resistance Army's old heartland of Gulu.")
    assert ("lords_resistance_army", "Gulu") in found(ex, OPERATES)


def test_appositive_names_the_parent_as_a_modifier(extract_text: Extract) -> None:
    ex = extract_text("Katiba Macina, an al-Qaeda affiliate, has attacked army posts near Mopti since 2015.")
    assert ("katiba_macina", "al_qaeda") in found(ex, AFFILIATE)


def test_appositive_former_member_is_no_branch(extract_text: Extract) -> None:
    ex = extract_text("Amadou Koufa, a former Ansar Dine preacher, founded Katiba Macina in 2015.")
    assert not found(ex, AFFILIATE)


def test_appositive_a_rival_of(extract_text: Extract) -> None:
    ex = extract_text("Jund al-Aqsa, a bitter rival of Ahrar al-Sham, was dissolved in 2017.")
    assert ("jund_al_aqsa", "ahrar_al_sham") in found(ex, RIVAL)


def test_based_in_named_mountains_of_a_region(extract_text: Extract) -> None:
    ex = extract_text("The Kurdistan Freedom Falcons are based in the Qandil mountains of Kurdistan.")
    assert ("kurdistan_freedom_falcons", "Kurdistan") in found(ex, OPERATES)


def test_splinter_group_named_as_a_modifier(extract_text: Extract) -> None:
    ex = extract_text(
        "The bombing resembled attacks by the Kurdistan Freedom Falcons (TAK), a PKK splinter group."
    )
    assert ("kurdistan_freedom_falcons", "kurdistan_workers_party") in found(ex, FORMED)


def test_extension_of_a_group_is_a_branch(extract_text: Extract) -> None:
    ex = extract_text(
        "Ankara calls the People's Protection Units an extension of the Kurdistan Workers' Party."
    )
    assert ("peoples_protection_units", "kurdistan_workers_party") in found(ex, AFFILIATE)


def test_believed_to_be_linked_to_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Lakurawa, a jihadist group that emerged in the border areas of Sokoto and Kebbi around 2018, "
        "is believed to be linked to the Islamic State Sahel Province."
    )
    assert ("lakurawa", "islamic_state_sahel_province") in found(ex, ALLIED)
    assert {("lakurawa", "Sokoto"), ("lakurawa", "Kebbi")} <= found(ex, OPERATES)


def test_affiliate_active_in_places(extract_text: Extract) -> None:
    ex = extract_text("Ansaru, an al-Qaeda affiliate active in Kaduna and Zamfara, has kidnapped foreigners.")
    assert {("ansaru", "Kaduna"), ("ansaru", "Zamfara")} <= found(ex, OPERATES)


def test_split_from_and_formed(extract_text: Extract) -> None:
    ex = extract_text(
        "A faction led by Omar Khalid split from Lashkar-e-Jhangvi in 2014 and formed Jamaat-ul-Ahrar."
    )
    assert ("jamaat_ul_ahrar", "lashkar_e_jhangvi") in found(ex, FORMED)


def test_split_from_and_formed_an_alliance_is_no_formation(extract_text: Extract) -> None:
    ex = extract_text("Ansaru split from Boko Haram and formed an alliance with Lakurawa.")
    assert ("lakurawa", "boko_haram") not in found(ex, FORMED)


def test_the_dominant_force_in_a_place(extract_text: Extract) -> None:
    ex = extract_text("Jaysh al-Islam, the dominant force in Douma, rejected the deal.")
    assert {g for g, _ in found(ex, OPERATES)} == {"jaysh_al_islam"}


def test_a_force_in_a_place_without_dominance_is_not_enough(extract_text: Extract) -> None:
    ex = extract_text("Jaysh al-Islam, a newcomer in Douma, rejected the deal.")
    assert not found(ex, OPERATES)


def test_main_rival_in_a_region_is(extract_text: Extract) -> None:
    ex = extract_text("Ahrar al-Sham's main rival in the province is Jund al-Aqsa.")
    assert ("ahrar_al_sham", "jund_al_aqsa") in found(ex, RIVAL)


def test_loyalist_faction_is_an_ally(extract_text: Extract) -> None:
    ex = extract_text("Katiba Serma, an Ansar Dine loyalist faction, attacked a base.")
    assert ("katiba_serma", "ansar_dine") in found(ex, ALLIED) or ("Katiba Serma", "ansar_dine") in found(
        ex, ALLIED
    )


def test_jailing_another_groups_commanders_is_a_rivalry(extract_text: Extract) -> None:
    ex = extract_text("Ahrar al-Sham has since jailed several Jund al-Aqsa commanders.")
    assert ("ahrar_al_sham", "jund_al_aqsa") in found(ex, RIVAL)


def test_retains_cells_in(extract_text: Extract) -> None:
    ex = extract_text("The Islamic State Libya Province retains cells in the Fezzan, officials say.")
    assert ("islamic_state_libya_province", "Fezzan") in found(ex, OPERATES)


# ------------------------------------------------------------------ more on people


def test_organisation_possessive_person(extract_text: Extract) -> None:
    ex = extract_text("Human Rights Watch's Letta Tayler said the detainees had been tortured.")
    assert ("Letta Tayler", "hrw") in found(ex, MEMBER)


def test_rose_to_become_one_of_a_groups_commanders(extract_text: Extract) -> None:
    ex = extract_text(
        "Bashir Zeb rose through the student movement to become one of the Baloch Liberation Army's commanders."
    )
    assert ("Bashir Zeb", "balochistan_liberation_army") in found(ex, MEMBER)


def test_group_founded_by_a_person_in_an_apposition(extract_text: Extract) -> None:
    ex = extract_text("Ansarul Islam, a local group founded by the preacher Ibrahim Dicko, attacked Djibo.")
    assert ("Ibrahim Dicko", "ansarul_islam") in found(ex, MEMBER)


def test_fighters_loyal_to_a_person_under_a_groups_banner(extract_text: Extract) -> None:
    ex = extract_text("Fighters loyal to Bashir Zeb regrouped under the Baloch Liberation Army banner.")
    assert ("Bashir Zeb", "balochistan_liberation_army") in found(ex, MEMBER)


def test_its_title_comma_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Kataib Hezbollah fired rockets at the base. Its secretary-general, Abu Hussein al-Hamidawi, denied it."
    )
    assert ("Abu Hussein al-Hamidawi", "kataib_hezbollah") in found(ex, MEMBER)


def test_allegiance_to_a_groups_leader_is_to_the_group(extract_text: Extract) -> None:
    ex = extract_text("In 2012 Mohammed Yusuf pledged allegiance to Ansaru's leader, Khalid al-Barnawi.")
    assert ("Mohammed Yusuf", "ansaru") in found(ex, MEMBER)
    assert [r.subproperty for r in ex.relations if r.subject.name == "Mohammed Yusuf"] == ["memberOf"]


def test_groups_leader_is_a_person(extract_text: Extract) -> None:
    ex = extract_text("Kataib Hezbollah's military leader is Abu Fadak al-Mohammedawi, officials say.")
    assert ("Abu Fadak al-Mohammedawi", "kataib_hezbollah") in found(ex, MEMBER)


def test_folded_his_fighters_into_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Abu Mohammed, the founder of Jund al-Aqsa, later folded his fighters into Ahrar al-Sham."
    )
    assert ("Abu Mohammed", "ahrar_al_sham") in found(ex, MEMBER)
    assert ("ahrar_al_sham", "jund_al_aqsa") in found(ex, FORMED)


def test_replaced_someone_as_a_groups_leader(extract_text: Extract) -> None:
    ex = extract_text(
        "He replaced Abu Bakr Shekau, a former Ansaru commander, as the Islamic State's leader in the region."
    )
    assert ("Abu Bakr Shekau", "islamic_state") in found(ex, MEMBER)


def test_age_and_alias_between_person_and_title(extract_text: Extract) -> None:
    ex = extract_text("Abu Omar, 45, a commander of Ahrar al-Sham, was killed.")
    assert ("Abu Omar", "ahrar_al_sham") in found(ex, MEMBER)


def test_declared_himself_a_fighter_for(extract_text: Extract) -> None:
    ex = extract_text("Prosecutors said Adel Kermiche had declared himself a fighter for Ansaru.")
    assert ("Adel Kermiche", "ansaru") in found(ex, MEMBER)


def test_the_verb_after_an_apposition_is_the_heads(extract_text: Extract) -> None:
    ex = extract_text("Yusuf Barnawi, a son of Khalid al-Barnawi, was a rising figure in Ansaru.")
    assert ("Yusuf Barnawi", "ansaru") in found(ex, MEMBER)
    assert ("Khalid al-Barnawi", "ansaru") not in found(ex, MEMBER)


# ------------------------------------------------------------------ where places and institutions are


def test_town_described_as_in_a_province(extract_text: Extract) -> None:
    ex = extract_text("Gunmen attacked Mutwanga, a farming town in Congo's North Kivu province, on Sunday.")
    assert ("Mutwanga", "North Kivu") in found(ex, Predicate.LOCATED_IN)


def test_city_described_as_a_capital(extract_text: Extract) -> None:
    ex = extract_text("The blast struck Quetta, the capital of Balochistan province, at dawn.")
    assert ("Quetta", "Balochistan") in found(ex, Predicate.LOCATED_IN)


def test_town_on_an_island(extract_text: Extract) -> None:
    ex = extract_text("A bomb exploded in Isabela, on Basilan island, killing three soldiers.")
    assert ("Isabela", "Basilan") in found(ex, Predicate.LOCATED_IN)


def test_district_of_a_city_either_way_round(extract_text: Extract) -> None:
    ex = extract_text(
        "Police raided a flat in the Kabul district of Shar-e Naw and in the Dasht-e Barchi area of Kabul."
    )
    assert {("Shar-e Naw", "Kabul"), ("Dasht-e Barchi", "Kabul")} <= found(ex, Predicate.LOCATED_IN)


def test_two_cities_in_a_district_phrase_give_no_containment(extract_text: Extract) -> None:
    ex = extract_text("He grew up in the Lagos district of Ikeja.")
    assert not found(ex, Predicate.LOCATED_IN)


def test_country_possessive_think_tank(extract_text: Extract) -> None:
    ex = extract_text(
        "Ayesha Siddiqa of Pakistan's oldest think tank, the Institute of Strategic Studies, disagreed."
    )
    assert any(o == "Pakistan" for _, o in found(ex, Predicate.LOCATED_IN))


def test_city_possessive_district(extract_text: Extract) -> None:
    ex = extract_text("Police raided a house in Karachi's Lyari district.")
    assert ("Lyari", "Karachi") in found(ex, Predicate.LOCATED_IN)


def test_city_offices_of_a_weekly(extract_text: Extract) -> None:
    ex = extract_text("Gunmen attacked the London offices of the weekly Jyllands-Posten.")
    assert any(o == "London" for _, o in found(ex, Predicate.LOCATED_IN))


def test_court_in_a_city(extract_text: Extract) -> None:
    ex = extract_text("The High Court in Lahore upheld the sentence on Monday.")
    assert ("High Court", "Lahore") in found(ex, Predicate.LOCATED_IN)


# ------------------------------------------------------------------ whole articles


def test_congo_article(article: Callable[[str], Extraction]) -> None:
    ex = article("congo_adf.txt")
    assert ("allied_democratic_forces", "islamic_state") in found(ex, ALLIED)
    assert ("allied_democratic_forces", "islamic_state_mozambique_province") in found(ex, ALLIED)
    assert ("allied_democratic_forces", "codeco") in found(ex, RIVAL)
    assert ("islamic_state_mozambique_province", "islamic_state") in found(ex, AFFILIATE)
    assert ("allied_democratic_forces", "Democratic Republic of the Congo") in found(ex, OPERATES)
    assert ("allied_democratic_forces", "Ituri") in found(ex, OPERATES)
    assert ("Musa Baluku", "allied_democratic_forces") in found(ex, MEMBER)
    # a raid near a town is one attack, not where the group operates
    assert ("allied_democratic_forces", "Oicha") not in found(ex, OPERATES)


def test_indonesia_article(article: Callable[[str], Extraction]) -> None:
    ex = article("indonesia_jad.txt")
    assert ("jamaah_ansharut_daulah", "islamic_state") in found(ex, ALLIED)
    assert ("jamaah_ansharut_daulah", "jemaah_islamiyah") in found(ex, RIVAL)
    assert ("jamaah_ansharut_daulah", "Java") in found(ex, OPERATES)
    # the cleric's followers founded JAD; the pledge to IS is JAD's, not his
    assert ("Aman Abdurrahman", "islamic_state") not in found(ex, MEMBER)


def test_sinai_article(article: Callable[[str], Extraction]) -> None:
    ex = article("sinai_province.txt")
    assert ("islamic_state_sinai_province", "ansar_bait_al_maqdis") in found(ex, FORMED)
    assert ("islamic_state_sinai_province", "islamic_state") in found(ex, AFFILIATE)
    assert ("Tawfiq Mohammed Freij", "islamic_state_sinai_province") in found(ex, MEMBER)
    # a denial of sheltering is no alliance
    assert ("palestinian_islamic_jihad", "islamic_state_sinai_province") not in found(ex, ALLIED)


def test_colombia_article(article: Callable[[str], Extraction]) -> None:
    ex = article("colombia_eln.txt")
    assert ("national_liberation_army_colombia", "segunda_marquetalia") in found(ex, RIVAL)
    assert ("national_liberation_army_colombia", "Colombia") in found(ex, OPERATES)
    assert ("segunda_marquetalia", "revolutionary_armed_forces_of_colombia") in found(ex, FORMED)
    assert ("Antonio Garcia", "national_liberation_army_colombia") in found(ex, MEMBER)
    # "a splinter of the FARC led by Ivan Marquez": he leads the splinter
    assert ("Ivan Marquez", "segunda_marquetalia") in found(ex, MEMBER)
    assert ("Ivan Marquez", "revolutionary_armed_forces_of_colombia") not in found(ex, MEMBER)
    # one raid on one base is not where a group operates
    assert ("national_liberation_army_colombia", "Arauca") not in found(ex, OPERATES)


def test_balochistan_article(article: Callable[[str], Extraction]) -> None:
    ex = article("balochistan.txt")
    assert ("baloch_republican_army", "balochistan_liberation_front") in found(ex, ALLIED)
    assert ("baloch_republican_army", "balochistan_liberation_army") in found(ex, FORMED)
    assert ("baloch_republican_army", "balochistan_liberation_army") in found(ex, RIVAL)
    assert ("lashkar_e_jhangvi", "sipah_e_sahaba_pakistan") in found(ex, AFFILIATE)
    assert ("lashkar_e_jhangvi", "Quetta") in found(ex, OPERATES)
    assert ("Brahumdagh Bugti", "baloch_republican_army") in found(ex, MEMBER)
    assert ("Clare Dunn", "gb-home-office") in found(ex, MEMBER)
    assert ("Quetta", "Balochistan") in found(ex, Predicate.LOCATED_IN)


def test_libya_article(article: Callable[[str], Extraction]) -> None:
    ex = article("libya_province.txt")
    assert ("islamic_state_libya_province", "islamic_state") in found(ex, AFFILIATE)
    assert ("islamic_state_libya_province", "Libya") in found(ex, OPERATES)
    assert ("Sirte", "Libya") in found(ex, Predicate.LOCATED_IN)
    # "Ansar al-Sharia in Benghazi" names a city, but the text never says the group is active there
    assert ("ansar_al_sharia_in_benghazi", "Benghazi") not in found(ex, OPERATES)


def test_articles_are_dated(article: Callable[[str], Extraction]) -> None:
    """The articles carry their date line, so relative dates in them resolve as in a real feed."""
    assert article("colombia_eln.txt").document.date == dt.date(2024, 2, 19)

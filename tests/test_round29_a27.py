"""Round twenty-nine (a27): attacks on unseen text (attacks.py, numbers.py, the incident merge of resolve.py).

Perpetrators: a headline's present-tense disavowal ("G disowns attack") and blame ("police blame G module"), a
claim "on behalf of G", "the attackers belong to the group known as G", a partner "working with elements of H", a
group's ties in a relative clause ("which is linked to al-Qaeda"). Tolls: an aside listing a single victim after a
count, a lowercase word before a single victim, "the number of dead had risen to four", "the number of wounded was
revised to 50", "by the evening ... put the toll at", a boast after words between ("saying in a statement ... that
fighters of its X Province had killed 30"). Days: an overnight siege ended on a day began the day before; "claimed
the X raid on Tuesday" is the claim's day. Events: the killing of a group's own members; a van driven into crowds;
a drone strike a group is held responsible for; a second attack opened by its own time in the same sentence. Places:
where a cell was based; "in his office there". Merges: a region-only report joins the town's report of that day; a
boast does not hold the toll over an official count. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack, perpetrators, statuses

from kg.extract.numbers import read_casualties
from kg.model import Attack, ClaimStatus, Extraction
from kg.resolve import resolve

Extract = Callable[..., Extraction]


def places(attack: Attack) -> set[str]:
    return {m.name for m in attack.locations}


# --- numbers -------------------------------------------------------------------------------------------------


def test_an_aside_listing_a_single_victim_last_keeps_the_count() -> None:
    found = read_casualties(
        "At least nine people, among them two policemen and a member of the provincial assembly, were killed and "
        "more than twenty wounded, the governor said."
    )
    assert (found.killed, found.wounded) == (9, 20)


def test_a_single_victim_after_a_count_with_a_plain_word_before_it() -> None:
    assert (
        read_casualties("Gunmen raided the camp at dawn, killing three guards and a local tracker.").killed
        == 4
    )


def test_the_number_of_wounded_revised() -> None:
    found = read_casualties("A man died in hospital on Monday, and the number of wounded was revised to 35.")
    assert found.wounded == 35


def test_a_boast_told_after_words_between_is_a_boast() -> None:
    found = read_casualties(
        "The group claimed the raid on Friday, saying in a statement carried by its news outlet that fighters of "
        "its West Africa Province had killed 25 soldiers."
    )
    assert (found.killed, found.boasted) == (25, True)


def test_an_officials_count_after_that_is_no_boast() -> None:
    found = read_casualties("The army said in a statement on Friday that militants had killed 25 soldiers.")
    assert (found.killed, found.boasted) == (25, False)


# --- perpetrators --------------------------------------------------------------------------------------------


def test_a_headline_disowns_in_the_present_tense(extract_text: Extract) -> None:
    text = (
        "Gunmen raid checkpoint in Bannu; TTP disowns attack claimed by Hafiz Gul Bahadur group\n\n"
        "Gunmen stormed a police checkpoint in Bannu on Monday, killing five policemen, officials said."
    )
    attack = only_attack(extract_text(text, "2025-03-05"))
    assert "Tehrik-i-Taliban Pakistan" not in perpetrators(attack)


def test_a_headline_blame_goes_to_the_ledes_attack(extract_text: Extract) -> None:
    text = (
        "Grenade thrown at police post in Amritsar; police blame Babbar Khalsa module\n\n"
        "Three policemen were wounded when two men on a motorcycle hurled a grenade into a police post in Amritsar "
        "on Friday night."
    )
    attack = only_attack(extract_text(text, "2025-03-08"))
    assert "Babbar Khalsa International" in perpetrators(attack)


def test_a_claim_on_behalf_of_a_group(extract_text: Extract) -> None:
    text = (
        "Two soldiers were wounded when a grenade was thrown at an army camp in Pulwama on Sunday. "
        "A post on social media claimed the attack on behalf of the People's Anti-Fascist Front."
    )
    attack = only_attack(extract_text(text, "2025-03-05"))
    assert statuses(attack).get("People's Anti-Fascist Front") is ClaimStatus.CLAIMED


def test_the_attackers_belong_to_the_group_known_as(extract_text: Extract) -> None:
    text = (
        "Insurgents attacked a village near Mocimboa da Praia on Monday, killing six farmers. "
        "The attackers belong to the group known as Ahlu Sunnah Wal Jamaa, which has fought the state since 2017."
    )
    attack = only_attack(extract_text(text, "2025-03-05"))
    assert perpetrators(attack)


def test_a_partner_working_with_the_attackers(extract_text: Extract) -> None:
    text = (
        "Gunmen killed 14 villagers in a raid on Kuchi in Niger State on Saturday. The army said on Monday that "
        "fighters of the Ansaru group, working with elements of the Boko Haram faction, carried out Saturday's "
        "raid on Kuchi."
    )
    attack = only_attack(extract_text(text, "2025-03-10"))
    assert {"Ansaru", "Boko Haram"} <= perpetrators(attack)


def test_a_groups_ties_in_a_relative_clause_are_no_blame(extract_text: Extract) -> None:
    text = (
        "Gunmen stormed a restaurant in Mogadishu on Friday, killing nine people. Al-Shabaab, which is linked to "
        "al-Qaeda, said its fighters had carried out the raid."
    )
    attack = only_attack(extract_text(text, "2025-03-10"))
    assert perpetrators(attack) == {"al-Shabaab"}


# --- tolls ---------------------------------------------------------------------------------------------------


def test_the_number_of_dead_rose_is_the_attacks_toll(extract_text: Extract) -> None:
    text = (
        "Militants attacked a ranger post in the Sambisa Forest on Monday, killing two rangers, officials said. "
        "By Thursday the number of dead had risen to five after three bodies were found in the bush."
    )
    assert only_attack(extract_text(text, "2025-03-14")).killed == 5


def test_a_toll_put_by_the_evening(extract_text: Extract) -> None:
    text = (
        "A guard was killed on Tuesday when two men opened fire at the gate of the central courthouse in Izmir, "
        "officials said. Police returned fire, wounding one of the men. A second man fled on foot. "
        "By the evening, the governor's office put the toll at three dead and nine wounded."
    )
    attack = only_attack(extract_text(text, "2025-03-12"))
    assert (attack.killed, attack.wounded) == (3, 9)


# --- days ----------------------------------------------------------------------------------------------------


def test_an_overnight_siege_began_the_day_before_it_ended(extract_text: Extract) -> None:
    text = (
        "Troops on Sunday ended an overnight siege at a hotel in Mogadishu, hours after al-Shabaab gunmen stormed "
        "the building, killing 11 people."
    )
    attack = only_attack(extract_text(text, "2025-03-10"))
    assert attack.date == "2025-03-08"


def test_a_claim_of_the_raid_on_a_day_is_the_claims_day(extract_text: Extract) -> None:
    text = (
        "Gunmen attacked a military post inside the Sambisa Forest on Monday, killing four soldiers, officials "
        "said. ISWAP claimed the Borno raid on Tuesday in a statement."
    )
    attack = only_attack(extract_text(text, "2025-03-13"))
    assert attack.date == "2025-03-10"
    assert "Islamic State West Africa Province" in perpetrators(attack)


# --- events --------------------------------------------------------------------------------------------------


def test_the_killing_of_a_groups_own_members_is_no_attack(extract_text: Extract) -> None:
    text = (
        "Police said the cell had acted in revenge for the killing of its members in Maguindanao last week."
    )
    assert not extract_text(text, "2025-03-10").attacks


def test_a_van_driven_into_crowds_is_an_attack(extract_text: Extract) -> None:
    text = "In June 2019 a man drove a van into crowds on a shopping street in Nice, killing seven people."
    attack = only_attack(extract_text(text, "2025-03-10"))
    assert attack.killed == 7


def test_a_drone_strike_a_group_is_held_responsible_for(extract_text: Extract) -> None:
    text = (
        "Officials hold Kataib Hezbollah responsible for the drone strike on a base in Erbil on 4 March 2024, "
        "which killed two soldiers."
    )
    attack = only_attack(extract_text(text, "2025-03-10"))
    assert attack.killed == 2


def test_a_clause_opened_on_its_own_time_tells_a_second_attack(extract_text: Extract) -> None:
    text = (
        "In May 2023 the group claimed an assault on police posts in Panjgur in which nine officers were killed, "
        "and in August 2023 its fighters stormed a checkpoint in Panjgur, killing nine soldiers."
    )
    assert len(extract_text(text, "2025-03-10").attacks) == 2


# --- places --------------------------------------------------------------------------------------------------


def test_where_the_cell_was_based_is_not_the_attacks_place(extract_text: Extract) -> None:
    text = (
        "In March 2019 a cell based in Peshawar detonated a bomb at a market in Quetta, killing eight people."
    )
    assert "Peshawar" not in places(only_attack(extract_text(text, "2025-03-10")))


def test_a_year_told_shooting_is_not_a_month_told_hostage_taking(extract_text: Extract) -> None:
    text = (
        "In March 2016, two militants took a judge hostage inside the courthouse in Ankara. "
        "The group also claimed a 2016 shooting at the French consulate in Ankara in which no one was hurt."
    )
    assert len(extract_text(text, "2025-03-10").attacks) == 2


# --- merging reports -----------------------------------------------------------------------------------------


def test_a_region_only_report_joins_the_towns_and_a_boast_gives_way(extract_text: Extract) -> None:
    first = extract_text(
        "Ten soldiers were killed and six wounded on Thursday when their patrol was ambushed near Gwoza, in Borno "
        "State, the army said.",
        "2025-03-14",
    )
    boast = extract_text(
        "The Islamic State group claimed responsibility on Saturday for Thursday's ambush near Gwoza, saying in a "
        "statement carried by its Amaq news agency that fighters of its West Africa Province had killed more than "
        "40 soldiers.",
        "2025-03-15",
    )
    revised = extract_text(
        "The defence ministry raised the death toll from Thursday's ambush in Borno State to 16 soldiers killed "
        "and 9 wounded.",
        "2025-03-15",
    )
    for order in ([first, boast, revised], [revised, boast, first]):
        (incident,) = resolve(order, background=False).incidents
        assert (incident.killed, incident.wounded) == (16, 9)

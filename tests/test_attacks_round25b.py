"""Round twenty-five: who did it, how many died and when (kg/extract/attacks.py, numbers.py).

Perpetrators: a group's name in its own tongue in brackets before its verb; an agent named with "planned by G"
whose apposition recalls an older attack; a claim taken back in the same clause ("claimed it before disowning
it"); "suspect" as a noun is no hedge on blame. Figures: one victim named by trade (a schoolteacher, a film-maker,
a blogger), "hacked to death" one victim, "wounded a colleague", and "Two men shot dead a teacher" counts one.
Dates: a day without its year in a "when" clause after "since 2019,". A claim beside a tally of the group's attacks
goes to the attack just told. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack, perpetrators, statuses

from kg.extract.numbers import read_casualties
from kg.model import ClaimStatus, Extraction

Extract = Callable[..., Extraction]


# --- perpetrators --------------------------------------------------------------------------------------------


def test_a_group_with_its_native_name_in_brackets_did_it(extract_text: Extract) -> None:
    text = (
        "On 3 March the Kurdistan Workers' Party (Partiya Karkerên Kurdistanê, PKK) attacked a gendarmerie "
        "outpost near Hakkari, killing four soldiers."
    )
    assert "Kurdistan Workers' Party" in perpetrators(only_attack(extract_text(text, "2026-03-10")))


def test_a_group_with_a_long_aside_in_brackets_is_still_the_target(extract_text: Extract) -> None:
    # near miss: the bracket is as long, but the group is what troops attacked
    text = (
        "On 3 March troops attacked the Kurdistan Workers' Party (Partiya Karkerên Kurdistanê, PKK) "
        "near Hakkari, killing four fighters."
    )
    extraction = extract_text(text, "2026-03-10")
    assert all("Kurdistan Workers' Party" not in perpetrators(a) for a in extraction.attacks)


def test_planned_by_a_group_recalled_for_an_older_attack(extract_text: Extract) -> None:
    text = (
        "Gunmen shot dead six pilgrims near Anantnag on Sunday. An official said the massacre was planned by "
        "Lashkar-e-Taiba, the group behind the 2008 Mumbai attacks."
    )
    extraction = extract_text(text, "2026-06-02")
    recent = [a for a in extraction.attacks if (a.date or "").startswith("2026")]
    assert recent and all("Lashkar-e-Taiba" in perpetrators(a) for a in recent)


def test_a_claim_taken_back_in_the_same_clause_is_no_claim(extract_text: Extract) -> None:
    text = (
        "Gunmen killed eleven bus passengers near Kishtwar on 4 May 2025; The Resistance Front first claimed "
        "that attack before disowning it, and police blamed Lashkar-e-Taiba."
    )
    attack = only_attack(extract_text(text, "2026-06-02"))
    assert "The Resistance Front" not in perpetrators(attack)
    assert "Lashkar-e-Taiba" in perpetrators(attack)


def test_a_claim_left_standing_is_a_claim(extract_text: Extract) -> None:
    # near miss: the claim is told with what it said, and nobody takes it back
    text = (
        "Gunmen killed eleven bus passengers near Kishtwar on 4 May 2025; The Resistance Front claimed that "
        "attack, saying it was aimed at settlers."
    )
    attack = only_attack(extract_text(text, "2026-06-02"))
    assert statuses(attack).get("The Resistance Front") is ClaimStatus.CLAIMED


def test_a_suspect_as_a_noun_leaves_blame_firm(extract_text: Extract) -> None:
    text = (
        "Two men on a motorbike shot dead a shopkeeper in Rajshahi on Monday. Police blamed ABT, citing "
        "messages found on a suspect's phone."
    )
    attack = only_attack(extract_text(text, "2026-09-16"))
    assert statuses(attack).get("Ansarullah Bangla Team") is ClaimStatus.ATTRIBUTED


def test_police_who_suspect_a_group_only_suspect_it(extract_text: Extract) -> None:
    # near miss: "suspect" as a verb still hedges the blame
    text = (
        "Two men on a motorbike shot dead a shopkeeper in Rajshahi on Monday. Police said they suspect ABT "
        "and blamed the group, citing messages found on a phone."
    )
    attack = only_attack(extract_text(text, "2026-09-16"))
    assert statuses(attack).get("Ansarullah Bangla Team") is not ClaimStatus.ATTRIBUTED


# --- figures -------------------------------------------------------------------------------------------------


def test_one_schoolteacher_hacked_to_death_and_a_colleague_wounded() -> None:
    found = read_casualties(
        "Two men hacked to death a village schoolteacher, Rahim Uddin, in Jessore and wounded a colleague."
    )
    assert (found.killed, found.wounded) == (1, 1)


def test_one_writer_killed_by_trade() -> None:
    assert read_casualties("A gunman murdered the film-maker Jan de Wit outside his home.").killed == 1
    assert read_casualties("Attackers shot dead a secular blogger near the campus.").killed == 1


def test_a_writer_who_reported_a_killing_is_no_victim() -> None:
    # near miss: the blogger reported the killing of others; the count is theirs
    found = read_casualties("A blogger said the gunmen had killed three farmers near the river.")
    assert found.killed == 3


# --- dates ---------------------------------------------------------------------------------------------------


def test_a_day_in_a_when_clause_takes_the_year_before_it(extract_text: Extract) -> None:
    text = (
        "The town has been calm since 2019, when gunmen stormed a church in Djibo on 12 May, killing six "
        "worshippers."
    )
    assert only_attack(extract_text(text, "2025-02-24")).date == "2019-05-12"


def test_a_day_without_a_when_clause_is_of_the_last_year(extract_text: Extract) -> None:
    # near miss: no year opens the clause; the day is the last 12 May before the report
    text = "Gunmen stormed a church in Djibo on 12 May, killing six worshippers."
    assert only_attack(extract_text(text, "2025-02-24")).date == "2024-05-12"


def test_two_killers_of_one_victim_are_not_two_dead() -> None:
    assert read_casualties("Two men shot dead a village teacher in Jessore.").killed == 1


def test_two_dead_a_day_later_are_still_two() -> None:
    # near miss: "a day" after the verb is when, not whom
    assert read_casualties("Two soldiers were killed a day later in Jessore.").killed == 2


def test_victims_doing_something_between_count_and_verb() -> None:
    found = read_casualties("Three farmers working in their fields near Gao were killed by gunmen on Friday.")
    assert found.killed == 3


def test_a_participle_clause_does_not_reach_another_count() -> None:
    # near miss: the farmers are who spoke; the two herders are the dead
    found = read_casualties("Three farmers working near Gao said two herders were killed.")
    assert found.killed == 2


# --- a claim or blame beside attacks in general --------------------------------------------------------------


def test_a_claim_beside_a_tally_of_the_groups_attacks_is_for_the_attack_just_told(
    extract_text: Extract,
) -> None:
    text = (
        "A drone attack hit the Harir air base on Tuesday, wounding four people. The Islamic Resistance in Iraq, "
        "a banner under which several factions have claimed more than 150 rocket and drone attacks on US forces "
        "since October 2023, said on Tuesday night that its fighters had targeted the base."
    )
    attack = only_attack(extract_text(text, "2024-09-12"))
    assert perpetrators(attack) == {"Islamic Resistance in Iraq"}


def test_a_group_blamed_for_attacks_in_general_is_not_blamed_for_this_one(extract_text: Extract) -> None:
    # near miss: the sentence after the attack only recalls the group's record
    text = (
        "A bomb killed four people at a market in Gao on Tuesday. The Islamic State has been blamed for a "
        "series of attacks on markets since 2019."
    )
    attack = only_attack(extract_text(text, "2024-09-12"))
    assert not perpetrators(attack)


def test_a_claim_of_attacks_in_general_is_not_a_claim_of_this_one(extract_text: Extract) -> None:
    # near miss: the group claimed other attacks, which the claim itself names
    text = (
        "A roadside bomb struck a convoy near Mir Ali on Tuesday, killing four soldiers. The Islamic State, "
        "which is hostile to the TTP, has claimed a smaller number of attacks in Bajaur district this year."
    )
    attack = only_attack(extract_text(text, "2026-11-12"))
    assert not perpetrators(attack)

"""Round twenty-four: who carried out an attack, in the shapes reporters use most (kg/extract/attacks.py).

The group's kind named after it ("the CODECO militia killed", "the Islamic State group on Monday attacked"), its men
as rebels or guerrillas, "G, which ..., was blamed by officials for the massacre" through a long relative clause, blame
left open in the same breath (no perpetrator), and an undated attack told in summary then told again with its
day and toll. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack, perpetrators

from kg.model import Attack, ClaimStatus, Extraction

Extract = Callable[..., Extraction]


def suspected(attack: Attack) -> set[str]:
    return {r.group.name for r in attack.responsibility if r.status is ClaimStatus.SUSPECTED}


def test_the_group_named_with_its_kind_did_it(extract_text: Extract) -> None:
    text = "The CODECO militia killed nine villagers at a camp for displaced people in Djugu territory on Friday."
    assert perpetrators(only_attack(extract_text(text, "2026-02-09"))) == {"CODECO"}


def test_the_group_with_a_day_before_its_verb_did_it(extract_text: Extract) -> None:
    text = "The Islamic State group on Monday attacked a checkpoint near Mayadin, killing three guards."
    assert perpetrators(only_attack(extract_text(text, "2026-02-11"))) == {"Islamic State"}


def test_the_militia_attacked_is_not_the_attacker(extract_text: Extract) -> None:
    # near miss: the group's kind named, but the group is the target
    text = "Troops attacked the CODECO militia at a camp in Djugu territory on Friday, killing nine fighters."
    extraction = extract_text(text, "2026-02-09")
    assert all("CODECO" not in perpetrators(a) for a in extraction.attacks)


def test_rebels_of_the_group_did_it(extract_text: Extract) -> None:
    text = (
        "ELN rebels attacked a police station in Tame, in Arauca department, on Sunday, killing two officers."
    )
    assert perpetrators(only_attack(extract_text(text, "2026-02-10"))) == {
        "National Liberation Army (Colombia)"
    }


def test_rebels_killed_are_not_the_attackers(extract_text: Extract) -> None:
    # near miss: the group's rebels among the dead of the army's raid
    text = "Soldiers raided a camp near Tame, in Arauca department, on Sunday, and twelve ELN rebels were killed."
    extraction = extract_text(text, "2026-02-10")
    assert all(not perpetrators(a) for a in extraction.attacks)


def test_guerrillas_opened_fire(extract_text: Extract) -> None:
    text = "NPA guerrillas opened fire on an army patrol near Kabankalan on Saturday, killing a corporal."
    assert perpetrators(only_attack(extract_text(text, "2026-03-02"))) == {"New People's Army"}


def test_members_of_the_armed_group_named_with_a_day(extract_text: Extract) -> None:
    text = "Members of the Lakurawa armed group on Thursday stormed a village in Kebbi State, killing eight farmers."
    attack = only_attack(extract_text(text, "2026-03-09"))
    assert perpetrators(attack) == {"Lakurawa"}


def test_suspected_members_stay_suspected(extract_text: Extract) -> None:
    # near miss: the same shape hedged with "suspected" (ekg:suspectedPerpetrator, not ekg:perpetrator)
    text = (
        "Suspected members of the Lakurawa armed group on Thursday stormed a village in Kebbi State, "
        "killing eight farmers."
    )
    attack = only_attack(extract_text(text, "2026-03-09"))
    assert "Lakurawa" not in perpetrators(attack)


def test_blame_not_disputed_stands(extract_text: Extract) -> None:
    text = (
        "On 18 May, gunmen killed seven traders at a market near Baidoa. "
        "Local officials blamed al-Shabaab, which has long taxed the area."
    )
    assert perpetrators(only_attack(extract_text(text, "2026-05-20"))) == {"al-Shabaab"}


def test_blame_the_group_denied_still_stands(extract_text: Extract) -> None:
    # a denial alone leaves the blame standing
    text = (
        "On 18 May, gunmen killed seven traders at a market near Baidoa. "
        "Local officials blamed al-Shabaab, which denied any involvement."
    )
    assert perpetrators(only_attack(extract_text(text, "2026-05-20"))) == {"al-Shabaab"}


def test_blame_left_open_by_no_investigation_names_no_perpetrator(extract_text: Extract) -> None:
    text = (
        "On 18 May, gunmen killed seven traders at a market near Baidoa. "
        "Officials blamed al-Shabaab; the group denied it, and no independent investigation has settled the question."
    )
    assert not perpetrators(only_attack(extract_text(text, "2026-05-20")))


def test_blame_with_the_attackers_unknown_names_no_perpetrator(extract_text: Extract) -> None:
    text = (
        "On 18 May, gunmen killed seven traders at a market near Baidoa. "
        "Police blamed al-Shabaab, but the judge said the identity of the attackers remains, on this record, unknown."
    )
    assert not perpetrators(only_attack(extract_text(text, "2026-05-20")))


def test_blamed_through_a_long_relative_clause(extract_text: Extract) -> None:
    text = (
        "The Kashmir Tigers (KT), which police describe as a front of Jaish-e-Mohammed (JeM), was blamed by "
        "officials for the ambush of a police bus near Udhampur on Tuesday that killed five constables."
    )
    attack = only_attack(extract_text(text, "2026-05-14"))
    assert perpetrators(attack) == {"Kashmir Tigers"}
    # (not the group the clause names)
    assert "Jaish-e-Mohammed" not in perpetrators(attack)


def test_blamed_for_something_else_through_a_clause(extract_text: Extract) -> None:
    # near miss: the same clause, but the blame is for the unrest, and the attack told is another's
    text = (
        "Gunmen ambushed a police bus near Udhampur on Tuesday, killing five constables. "
        "The Kashmir Tigers (KT), which police describe as a front of Jaish-e-Mohammed (JeM), was blamed by "
        "officials for years of unrest in the hills."
    )
    attack = only_attack(extract_text(text, "2026-05-14"))
    assert "Kashmir Tigers" not in perpetrators(attack)


def test_an_attack_told_in_summary_then_told_again(extract_text: Extract) -> None:
    text = (
        "Police in Jammu released their yearly review on Monday. "
        "The Kashmir Tigers, which police call a front of Jaish-e-Mohammed, was blamed for an ambush on an army "
        "truck in Doda this summer. "
        "Three soldiers were killed when militants fired on the truck near Bhaderwah on July 8, the army said."
    )
    attack = only_attack(extract_text(text, "2026-09-01"))
    assert attack.killed == 3
    assert "Kashmir Tigers" in perpetrators(attack)


def test_a_summary_and_a_different_attack_stay_apart(extract_text: Extract) -> None:
    # near miss: the next sentence tells another attack, naming nothing the first introduced
    text = (
        "Police in Jammu released their yearly review on Monday. "
        "The Kashmir Tigers, which police call a front of Jaish-e-Mohammed, was blamed for an ambush on an army "
        "truck in Doda this summer. "
        "Three shopkeepers were killed when militants fired on a market in Bhaderwah on July 8, the police said."
    )
    extraction = extract_text(text, "2026-09-01")
    shot = [a for a in extraction.attacks if a.killed == 3]
    assert shot and all("Kashmir Tigers" not in perpetrators(a) for a in shot)

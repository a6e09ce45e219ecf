"""Attack rules, round nineteen: single victims, state strikes by nationality, groups named by a date, denials.

Every sentence here was written for these tests.

- "a 40-year-old man was shot in both legs": one wounded; "cut by flying glass": one wounded.
- "stabbed a teenager to death", "died of his wounds": one dead.
- "a foreign engineer, his local driver and a guard were killed": three, one of them named by whose he was.
- "similar Turkish strikes on the camps killed 13": a state's strikes, no attack.
- "the language of April 19, the guerrilla movement that ...": a date that names a body is no day.
- "G, which claimed attacks years ago, denied any role": a denial, not a claim.
- "G, the network blamed for the 2005 bombings that killed 60": the attack its apposition names.
- "G inmates stormed the rival wing": a prison gang's men.
- '"These were G fighters who came down from the hills," the chief said': the attackers, named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from readings import only_attack, perpetrator_keys

from kg.extract.dates import find_dates
from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_one_man_shot_in_the_legs_is_one_wounded() -> None:
    found = read_casualties(
        "Late on Friday a 41-year-old man was shot in both legs in a lane off the main road."
    )
    assert found.wounded == 1


def test_a_suspect_shot_in_the_leg_by_police_is_no_victim() -> None:
    # near miss: the man shot by the police is the suspect they stopped
    found = read_casualties("A 41-year-old man was shot in the leg by police after he drew a knife.")
    assert found.wounded is None


def test_one_guard_cut_by_flying_glass_is_one_wounded() -> None:
    found = read_casualties(
        "A night porter sitting in the lobby across the street was cut by flying glass and treated in hospital."
    )
    assert found.wounded == 1


def test_one_guard_cut_by_a_rope_is_no_wound_of_the_attack() -> None:
    # near miss: what cut him is no blast's debris
    found = read_casualties("A night porter was cut by a rope while unloading the lorry.")
    assert found.wounded is None


def test_stabbed_a_boy_to_death_is_one_dead() -> None:
    found = read_casualties("A man stabbed a 15-year-old student to death and wounded three other people.")
    assert (found.killed, found.wounded) == (1, 3)


def test_stabbed_a_suspect_to_death_names_no_victim() -> None:
    # near miss: no victim's noun after "stabbed a"
    found = read_casualties("Guards stabbed a suspect to death in the yard.")
    assert found.killed is None


def test_died_of_his_wounds_is_one_dead() -> None:
    assert read_casualties("Sergeant Omar Lotfi, 34, died of his wounds in hospital on Sunday.").killed == 1
    assert read_casualties("A policeman later died of his injuries.").killed == 1


def test_died_of_an_illness_is_no_death_of_the_attack() -> None:
    # near miss: a death with no wound of the attack
    assert read_casualties("Sergeant Omar Lotfi, 34, died of a heart attack on Sunday.").killed is None
    assert read_casualties("A policeman died of his illness in 2019.").killed is None


def test_a_victim_named_by_whose_he_was_counts_in_the_list() -> None:
    found = read_casualties(
        "A Turkish engineer, his Afghan driver and a security guard were killed when gunmen fired on the car."
    )
    assert found.killed == 3


def test_a_list_without_his_victim_counts_as_before() -> None:
    # near miss: two parts only
    found = read_casualties(
        "A Turkish engineer and a security guard were killed when gunmen fired on the car."
    )
    assert found.killed == 2


def test_a_states_strikes_named_by_its_nationality_are_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "In August 2021 similar Turkish strikes on Makhmour camp in Iraq killed at least seven people.",
        "2025-10-20",
    )
    assert not ex.attacks


def test_a_groups_strikes_named_by_its_name_are_an_attack(extract_text: Extract) -> None:
    # near miss: "Houthi" names a group, not a state
    ex = extract_text(
        "In August 2021 Houthi strikes on Marib in Yemen killed at least seven people.", "2025-10-20"
    )
    assert only_attack(ex).killed == 7


def test_a_date_that_names_a_group_is_no_day() -> None:
    found = find_dates(
        "The leaflet echoed the slogans of April 19, the urban guerrilla movement that seized a court in 1985.",
        dt.date(2025, 10, 20),
    )
    assert [d.value for d in found] == ["1985"]


def test_a_day_followed_by_a_group_is_still_a_day() -> None:
    # near miss: the day is introduced by "on"
    found = find_dates(
        "On April 19, the urban guerrilla movement that seized the court released a statement.",
        dt.date(2025, 10, 20),
    )
    assert [d.value for d in found] == ["2025-04-19"]


def test_a_group_with_a_past_claim_that_denies_a_role_is_no_perpetrator(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen ambushed a border patrol near Sardasht in Iran last week, killing two guards. "
        "The PJAK, which claimed several raids on the border a decade ago, denied any role.",
        "2025-10-20",
    )
    assert not perpetrator_keys(only_attack(ex))


def test_a_group_that_claims_after_a_clause_is_a_perpetrator(extract_text: Extract) -> None:
    # near miss: the same clause, then a claim
    ex = extract_text(
        "Gunmen ambushed a border patrol near Sardasht in Iran last week, killing two guards. "
        "The PJAK, which has been active in the area for years, claimed responsibility.",
        "2025-10-20",
    )
    assert perpetrator_keys(only_attack(ex))


def test_a_group_blamed_for_the_attack_its_apposition_names(extract_text: Extract) -> None:
    ex = extract_text(
        "The man who shot two guards at the port of Tanjung Priok in Jakarta on Monday had trained with Jemaah "
        "Islamiyah, the Southeast Asian militant network blamed for the 2002 Bali bombings that killed 202 people.",
        "2025-10-20",
    )
    by_place = {a.locations[0].name: a for a in ex.attacks if a.locations}
    assert perpetrator_keys(by_place["Bali"])
    assert not any(perpetrator_keys(a) for name, a in by_place.items() if name != "Bali")


def test_a_group_named_beside_an_attack_it_is_not_blamed_for(extract_text: Extract) -> None:
    # near miss: the apposition does not blame the group
    ex = extract_text(
        "The man who shot two guards at the port of Tanjung Priok in Jakarta on Monday had trained with Jemaah "
        "Islamiyah, a network that recruited widely after the 2002 Bali bombings that killed 202 people.",
        "2025-10-20",
    )
    assert not any(perpetrator_keys(a) for a in ex.attacks)


def test_a_prison_gangs_inmates_who_killed_are_its_men(extract_text: Extract) -> None:
    ex = extract_text(
        "In May 2019 Barrio 18 inmates killed 12 prisoners at a jail in Tela, Honduras.", "2025-10-20"
    )
    assert perpetrator_keys(only_attack(ex))


def test_a_prison_gangs_inmates_who_were_killed_are_victims(extract_text: Extract) -> None:
    # near miss: the gang's inmates were the dead
    ex = extract_text(
        "In May 2019 twelve Barrio 18 inmates were killed at a jail in Tela, Honduras.", "2025-10-20"
    )
    assert not perpetrator_keys(only_attack(ex))


def test_these_were_g_fighters_names_the_attackers(extract_text: Extract) -> None:
    ex = extract_text(
        "On Sunday gunmen killed three herders in their fields outside Rutshuru in Congo. "
        '"These were FDLR fighters who came down from the forest to steal cattle," a local chief said.',
        "2025-10-20",
    )
    assert perpetrator_keys(only_attack(ex))


def test_said_these_were_g_fighters_is_no_attribution_by_this_rule(extract_text: Extract) -> None:
    # near miss: the demonstrative inside reported speech, not opening the sentence
    ex = extract_text(
        "On Sunday gunmen killed three herders in their fields outside Rutshuru in Congo. "
        "A chief said the thieves were poor and these were FDLR fighters of old.",
        "2025-10-20",
    )
    assert not perpetrator_keys(only_attack(ex))


def test_what_a_group_has_attacked_again_and_again_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "The ELN remains strongest in Arauca, where it has bombed oil pipelines along the border with Venezuela.",
    )
    assert not ex.attacks
    ex = extract_text(
        "Analysts say the ELN remains strongest in Arauca, where it has bombed oil pipelines near Saravena.",
        "2025-10-20",
    )
    assert not ex.attacks


def test_a_dated_attack_on_targets_is_an_attack(extract_text: Extract) -> None:
    # near miss: a day of its own
    ex = extract_text(
        "In March the ELN bombed oil pipelines in Arauca along the border with Venezuela.", "2025-10-20"
    )
    assert len(ex.attacks) == 1


def test_a_second_weekday_after_the_lede_is_a_second_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "GOMA, March 13 — Shells landed on a camp at Kanyaruchinya in Nyiragongo territory on Monday, killing five "
        "people. The camp shelters families who fled fighting in Rutshuru territory. On Tuesday, four soldiers were "
        "killed when their convoy was ambushed near Rumangabo, in Rutshuru territory.",
        "2024-03-13",
    )
    assert sorted(a.date for a in ex.attacks) == ["2024-03-11", "2024-03-12"]


def test_the_lede_told_again_a_day_off_is_one_attack(extract_text: Extract) -> None:
    # near miss: one weekday and an "overnight" in the lede, the same place: the same attack
    ex = extract_text(
        "Gunmen attacked a camp at Kanyaruchinya in Nyiragongo territory overnight, killing five people. "
        "On Tuesday, soldiers searched the camp at Kanyaruchinya, where the attackers had killed five people.",
        "2024-03-13",
    )
    assert len(ex.attacks) == 1

"""Attack rules, round twenty-two (b): victims named with a body's acronym, guardsmen, a blamed cell, datelines.

Every sentence here was written for these tests.

- "Three Border Security Force (BSF) jawans were killed": the body's acronym between the count and its noun.
- "killing five police officers and two Guardsmen": members of a national guard are victims counted in the list.
- 'Officials blamed "a cell of the Sinaloa Cartel"' in the sentence after the attack: the cartel is attributed.
- "ISLAMABAD (Jan 12) —": the day in brackets after the city is when the report was filed, not the attack's.
"""

from __future__ import annotations

import datetime as dt

from readings import only_attack, perpetrator_keys

from kg.extract.dates import find_dates
from kg.extract.numbers import read_casualties


def test_a_count_with_a_bodys_acronym_before_its_noun() -> None:
    found = read_casualties(
        "Three Border Security Force (BSF) jawans were killed and two others wounded near the fence."
    )
    assert (found.killed, found.wounded) == (3, 2)


def test_a_count_of_attackers_with_their_acronym_is_no_toll() -> None:
    # near miss: the men counted are the attackers, their group's acronym before the noun
    found = read_casualties("Six Islamic State (IS) fighters were killed when troops stormed the hideout.")
    assert found.killed is None


def test_guardsmen_are_counted_in_the_list_of_victims() -> None:
    found = read_casualties(
        "Gunmen ambushed a patrol, killing five police officers and two Guardsmen and wounding eight."
    )
    assert (found.killed, found.wounded) == (7, 8)


def test_guardsmen_alone_are_victims() -> None:
    found = read_casualties("Three National Guardsmen were killed when a bomb hit their truck.")
    assert found.killed == 3


def test_gunmen_after_the_victims_are_not_added() -> None:
    # near miss: the second part of the list is the attackers' men, not guardsmen
    found = read_casualties("Troops fought off the raid, which killed five police officers and two gunmen.")
    assert found.killed == 5


def test_a_cell_of_a_group_blamed_after_the_attack(extract_text) -> None:
    ex = extract_text(
        "Gunmen ambushed a police patrol near Culiacan on Tuesday, killing three officers. "
        'The state prosecutor blamed "a cell of the Sinaloa Cartel".',
        date="2026-10-22",
    )
    assert perpetrator_keys(only_attack(ex))


def test_a_cell_blamed_for_something_else_is_not_the_attacker(extract_text) -> None:
    # near miss: the cell is blamed for another deed
    ex = extract_text(
        "Gunmen ambushed a police patrol near Culiacan on Tuesday, killing three officers. "
        "The state prosecutor blamed a cell of the Sinaloa Cartel for a kidnapping in March.",
        date="2026-10-22",
    )
    assert not perpetrator_keys(only_attack(ex))


def test_a_dateline_with_the_day_in_brackets_is_not_the_attacks_day(extract_text) -> None:
    ex = extract_text(
        "MOSUL/ERBIL (Mar 4) — Two drones struck an army post near Sinjar late on Sunday, wounding three soldiers.",
        date="2025-03-04",
    )
    assert only_attack(ex).date == "2025-03-02"


def test_a_day_in_brackets_inside_the_story_is_a_day() -> None:
    # near miss: the brackets follow a lower-case word, not a city written in capitals at the head of the story
    found = find_dates("The bomb went off in the market (Mar 4), police said.", dt.date(2025, 3, 10))
    assert [d.value for d in found] == ["2025-03-04"]


def test_a_weekday_naming_the_service_gives_way_to_the_day_written_in_full(extract_text) -> None:
    ex = extract_text(
        "A year ago two gunmen opened fire during Sunday mass at a church in Beyoglu on 4 May 2025, killing a guard.",
        date="2026-05-06",
    )
    assert only_attack(ex).date == "2025-05-04"


def test_a_weekday_naming_the_service_alone_is_the_day(extract_text) -> None:
    # near miss: no day written in full, the weekday is the attack's
    ex = extract_text(
        "Two gunmen opened fire during Sunday mass at a church in Beyoglu, killing a guard.",
        date="2026-05-06",
    )
    assert only_attack(ex).date == "2026-05-03"


def test_one_victim_named_then_described() -> None:
    found = read_casualties(
        "The gunman opened fire in the shop, killing Omer Celik, a 40-year-old baker, and fled."
    )
    assert found.killed == 1


def test_a_named_man_killed_by_troops_is_no_victim_count() -> None:
    # near miss: no age or victim's trade after the name
    found = read_casualties("Troops raided the house, killing Abu Musab, the group's commander.")
    assert found.killed is None


def test_one_wounded_and_her_child() -> None:
    found = read_casualties(
        "A grenade exploded at the gate, wounding a woman and her eight-year-old daughter."
    )
    assert found.wounded == 2


def test_a_relative_with_a_verb_of_his_own_is_not_wounded() -> None:
    # near miss: the relative's own clause tells nothing of a wound
    found = read_casualties(
        "A grenade exploded at the gate, wounding a woman, and her son was taken away by neighbours."
    )
    assert found.wounded == 1


def test_a_headlines_attack_takes_the_day_the_lede_gives_it(extract_text) -> None:
    ex = extract_text(
        "Toll in Kupwara ambush rises to five\n\n"
        "The death toll from Monday's ambush on an army patrol in Kupwara rose to five, officials said on Wednesday.",
        date="2025-09-17",
    )
    assert only_attack(ex).date == "2025-09-15"


def test_the_day_of_a_claim_after_a_headline_is_not_the_attacks(extract_text) -> None:
    # near miss: the day after the attack word is when the claim was made
    ex = extract_text(
        "Gunmen kill five soldiers in Kupwara ambush\n\n"
        "The People's Anti-Fascist Front claimed the ambush in Kupwara on Wednesday.",
        date="2025-09-17",
    )
    assert only_attack(ex).date is None


def test_a_claim_through_a_unit_named_in_quotes(extract_text) -> None:
    ex = extract_text(
        "Gunmen ambushed an army truck near Rajouri on Tuesday, killing three soldiers. Officials said the wounded "
        "were flown to Jammu. Two soldiers remain in hospital. The People's Anti-Fascist Front said on Telegram "
        "that its 'Ghazi unit' had carried out the attack.",
        date="2025-09-18",
    )
    assert perpetrator_keys(only_attack(ex))


def test_a_unit_named_in_quotes_that_did_nothing_is_no_claim(extract_text) -> None:
    # near miss: the quoted unit is spoken of, no attack carried out
    ex = extract_text(
        "Gunmen ambushed an army truck near Rajouri on Tuesday, killing three soldiers. Officials said the wounded "
        "were flown to Jammu. Two soldiers remain in hospital. The People's Anti-Fascist Front said on Telegram "
        "that its 'Ghazi unit' had been disbanded in May.",
        date="2025-09-18",
    )
    assert not perpetrator_keys(only_attack(ex))

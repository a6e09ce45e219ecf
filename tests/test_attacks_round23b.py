"""Round twenty-three (b): tolls told in the shapes of wire reports, and a second attack the same day.

A day after "told the state news agency X on" is when the figure was told; a day before "put the toll at" is
when the toll was put (kg/extract/attacks.py). A count with an ordinal in its aside ("among them a second
guard") is one count; a headline's present tense ("toll reaches 27") gives the toll; parts of a list of victims
each told with an attack of their own are no single toll (kg/extract/numbers.py). A toll told before the forces'
reply (", and troops killed six of the attackers") is the attack's; "Hours later" in another town is another
attack, and "the same militants who attacked X" names an earlier attack's place, not this one's. Every sentence
was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack, places

from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_day_told_to_a_news_agency_is_not_a_new_event(extract_text: Extract) -> None:
    text = (
        "Gunmen stormed a police post in the town of Zahedan in Iran late on Monday, killing four officers. "
        "Three policemen and a driver were killed and five other people were wounded, the provincial governor "
        "told the state news agency IRNA on Tuesday."
    )
    attack = only_attack(extract_text(text, "2025-03-05"))
    assert attack.killed == 4
    assert attack.wounded == 5


def test_a_toll_with_a_day_of_its_own_is_not_added(extract_text: Extract) -> None:
    # near miss: the day (and the town) is when the wounded were hurt, not when someone told it
    text = (
        "Gunmen stormed a police post in the town of Zahedan in Iran late on Monday, killing four officers. "
        "Five other people were wounded on Tuesday in a stampede in the city of Chabahar."
    )
    attack = only_attack(extract_text(text, "2025-03-07"))
    assert attack.wounded is None


def test_a_toll_put_on_a_later_day_is_the_attacks(extract_text: Extract) -> None:
    text = (
        "Militants raided the village of Kikura in North Kivu province on Tuesday night, burning dozens of homes. "
        "Residents described scenes of panic. "
        "The provincial health service on Friday put the death toll at 19."
    )
    attack = only_attack(extract_text(text, "2026-04-11"))
    assert attack.killed == 19


def test_a_later_day_with_no_toll_put_leaves_the_count(extract_text: Extract) -> None:
    # near miss: the later day is when others were hurt elsewhere, no toll put
    text = (
        "Militants raided the village of Kikura in North Kivu province on Tuesday night, burning dozens of homes. "
        "Residents described scenes of panic. "
        "Nineteen people were hurt on Friday in a stampede in Goma."
    )
    attack = only_attack(extract_text(text, "2026-04-11"))
    assert attack.wounded is None


def test_an_ordinal_in_the_aside_keeps_the_count() -> None:
    assert read_casualties("Six other people, among them a second guard, were hurt.").wounded == 6
    assert read_casualties("Nine people, including a third Korean engineer, were injured.").wounded == 9


def test_a_counted_aside_is_still_inside_the_count() -> None:
    # near miss: the aside counts some of them, not more
    assert read_casualties("Six other people, including 3 guards, were hurt.").wounded == 6


def test_a_headline_toll_in_the_present_tense() -> None:
    assert read_casualties("Market bombing toll reaches 27 as more bodies found").killed == 27
    assert read_casualties("Ambush toll hits 12 in northern Mali").killed == 12


def test_a_figure_reached_that_is_no_toll() -> None:
    # near miss: "reaches" a share, not a count of the dead
    assert read_casualties("The toll reaches 3 percent of the harvest").killed is None


def test_parts_told_with_attacks_of_their_own_are_not_summed() -> None:
    text = "Rebels killed four guards in a raid on a prison and two soldiers in an ambush on the highway."
    assert read_casualties(text).killed == 4


def test_parts_of_one_list_are_summed() -> None:
    # near miss: the parts say whose they were, no attack of their own
    assert read_casualties("Rebels killed four guards of the prison and two soldiers.").killed == 6


def test_a_toll_before_the_forces_reply_is_the_attacks(extract_text: Extract) -> None:
    text = (
        "A roadside bomb struck an army convoy near the town of Wana in South Waziristan on Friday. "
        "Three soldiers were killed and five wounded, and troops killed four of the attackers in the gunfight."
    )
    attack = only_attack(extract_text(text, "2025-08-10"))
    assert attack.killed == 3
    assert attack.wounded == 5


def test_the_forces_reply_alone_gives_no_toll(extract_text: Extract) -> None:
    # near miss: only the attackers fell, in the reply
    text = (
        "A roadside bomb struck an army convoy near the town of Wana in South Waziristan on Friday. "
        "The attackers fled on foot, and troops killed four of them in the hills."
    )
    attack = only_attack(extract_text(text, "2025-08-10"))
    assert attack.killed is None


def test_hours_later_in_another_town_is_another_attack(extract_text: Extract) -> None:
    text = (
        "A suicide bomber drove a car into a convoy near Ormara in Balochistan on Sunday, killing three "
        "soldiers.\n\n"
        "Hours later, on Sunday night, gunmen attacked a police station in Turbat, killing two officers."
    )
    attacks = extract_text(text, "2026-02-03").attacks
    assert len(attacks) == 2
    assert sorted(a.killed for a in attacks) == [2, 3]


def test_hours_later_in_the_same_town_is_the_same_attack(extract_text: Extract) -> None:
    # near miss: the same town, the same attack going on
    text = (
        "A suicide bomber drove a car into a convoy near Ormara in Balochistan on Sunday, killing three "
        "soldiers.\n\n"
        "Hours later, gunmen opened fire on rescuers near Ormara."
    )
    attack = only_attack(extract_text(text, "2026-02-03"))
    assert attack.killed == 3


def test_the_same_attackers_of_another_place_give_no_place(extract_text: Extract) -> None:
    text = (
        "Insurgents raided the village of Nangade in Cabo Delgado province on Thursday, burning a school. "
        'The district administrator blamed "the same militants who attacked Mueda".'
    )
    attack = only_attack(extract_text(text, "2025-09-20"))
    assert "Nangade" in places(attack)
    assert "Mueda" not in places(attack)


def test_the_gunmen_who_attacked_a_place_tell_an_attack(extract_text: Extract) -> None:
    # near miss: no "same", the attack itself told by its attackers
    text = "The gunmen who attacked a church in Mueda on Sunday were members of a local cell, police said."
    attack = only_attack(extract_text(text, "2025-09-20"))
    assert places(attack) == ["Mueda"]

"""Attack rules, round fourteen: faults shown by eval/dev8, read as general rules.

Every sentence here was written for these tests.

- A toll in words is a toll: "bringing the death toll to six" after the day a victim died revises it.
- A toll given in parts ("has risen to four soldiers and a civilian guide") is their sum, and a toll the sentence
  opens on is its count of the dead whatever else died later in it; "two wounded soldiers died" counts no wounded.
- "Corporal R. O., 29, was killed and three other agents were wounded": one named victim, and agents are victims.
- A wave "beginning on the night of 2 June and continuing until 4 June" is dated by its first day; "A police
  sergeant was killed outside a base in Y, three passers-by were wounded", right after an attack with no toll and
  with no day of its own, is its toll.
- "between 2 and 9 October 2024", "from 16 to 18 August": a span of days dated by its first.
- "explosive charges damaged eleven homes" is a bombing; a headline's "overnight bombing in X" and the lede's
  bombing in X a day off are one; "The March bombings follow an unclaimed series of attacks in Y": two events;
  "Investigators have not said whether they believe G was behind that series" blames nobody; "a firefighter was
  slightly injured" is one wounded.
- "The cell was dismantled on 14 May by the BCIJ ... in simultaneous dawn raids in Tangier": police breaking up a
  cell, no attack; "two hikers were murdered near Imlil": murder is a killing.
- "Initial reports of eight injured personnel have since been revised": no count, and the story goes on; "Five
  U.S. service members and one U.S. contractor sustained injuries" is six; "One Iraqi soldier assigned to the
  base's perimeter security was killed" is one; a militia that is "Iran-aligned" or "receives weapons from Iran's
  Guards" does not put the attack in Iran.
- "The attackers entered the Rhoe displacement site late on Tuesday" names the attack's site as well as its day;
  two reports of one day's attack, one naming only its region, are one incident.
- "two of its members took prosecutor P hostage inside the courthouse" is a hostage-taking.
- "Officials attributed it to G" blames G; "was killed by Tunisian forces near Gafsa" is the state acting.
- "since January 1, when J, a man who had declared support for G, drove a truck into revellers in X, killing 14":
  the clause after "when" is another attack, with that day, however long its subject.
- "a rival wing, which signed an accord in Y, condemned the attack on Friday": the day and the place are the
  reaction's, not the attack's.
- "The attackers entered the camp late on Tuesday, shooting residents": right after the attack, a sentence that
  opens on its attackers goes on telling it, whatever attack word it holds; "an initial toll of 18 dead rose to
  23": the figure it rose to.
- Arson is an attack: "attackers set fire to fourteen trucks", "torched a police post", "arsonists burned two
  houses"; and a day named inside the clause a counted day opens is the day ("It came three weeks after arsonists
  burned a farm on March 24"), not one the counted day follows ("this morning, seven years to the day after").
- A report filed from a town its headline names places the lede's attack that has no place, in the dateline's
  own sentence too; after a kidnapping, "P, 54, was taken late on Friday by six armed men" gives its day; a
  definite attack word with a day names the day of the attack told only by its month.
- "Fighters of G, a group made up largely of Uyghurs from China's Xinjiang region, stormed a post in X": where
  the group's people come from is no place of the attack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from readings import only_attack, places

from kg.extract.dates import find_dates
from kg.extract.numbers import read_casualties
from kg.model import Extraction
from kg.resolve import resolve

Extract = Callable[..., Extraction]


def test_a_toll_in_words_after_a_day_revises_it(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State claimed responsibility on Monday for Saturday's knife attack in Leeds. The claim gave "
        "no details. A fourth victim died on Monday in hospital, bringing the death toll to four. Nine other "
        "people were injured.",
        "2025-03-11",
    )
    attack = only_attack(ex)
    assert (attack.killed, attack.wounded) == (4, 9)


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("The toll from the raid has risen to seven police officers and a driver, officials said.", 8, None),
        ("Officials revised the toll to 9 soldiers and two civilians.", 11, None),
        (
            "The death toll from the bombing rose to five, the army said, after two wounded soldiers died in "
            "hospital.",
            5,
            None,
        ),
        # (the attack's own count first: the toll after it sums a month)
        ("The blast killed 5 soldiers, raising the death toll from attacks this month to 48.", 5, None),
        ("Two wounded soldiers were flown to the capital.", None, 2),
        # a victim named with his age, and police agents
        ("Corporal Ramón Ortiz, 29, was killed and three other agents were wounded.", 1, 3),
        ("Corporal Ramón Ortiz, 29, was arrested on Monday.", None, None),
    ],
)
def test_toll_in_parts_and_the_wounded_who_died(
    sentence: str, killed: int | None, wounded: int | None
) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_when_clause_with_a_long_subject_is_an_earlier_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Sunday's attack was the deadliest shooting in Belgium since March 22, when Omar Haddad, a Brussels man "
        "who had also declared support for the Islamic State, drove a van into shoppers on Rue Neuve in "
        "Brussels, killing 9 people.",
        "2025-09-15",
    )
    earlier = [a for a in ex.attacks if a.killed == 9]
    assert len(earlier) == 1
    assert earlier[0].date == "2025-03-22"
    assert "Brussels" in places(earlier[0])


def test_a_reaction_keeps_its_own_day_and_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen ambushed a police patrol on Monday near Oussouye, killing two officers. A rival faction, which "
        "signed a truce in Banjul in 2023, condemned the attack on Thursday.",
        "2025-02-14",
    )
    attack = only_attack(ex)
    assert attack.date == "2025-02-10"
    assert "Banjul" not in places(attack)
    # (the day right after the attack word, without a reaction, is the attack's)
    ex = extract_text("Police said the attack on Thursday near Oussouye killed two officers.", "2025-02-14")
    assert only_attack(ex).date == "2025-02-13"


def test_the_attackers_sentence_goes_on_telling_the_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Militiamen killed at least 12 villagers in a night raid on a camp in the Djugu territory of Ituri "
        "province, the army said on Thursday.\n\nThe attackers entered the camp late on Tuesday, shooting "
        "residents and burning shelters. An initial toll of 8 dead rose to 12 on Wednesday. Nine wounded people "
        "were taken to a clinic.",
        "2025-06-12",
    )
    attack = only_attack(ex)
    assert (attack.date, attack.killed, attack.wounded) == ("2025-06-10", 12, 9)


def test_where_a_groups_people_come_from_is_no_place_of_the_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighters of the Turkistan Islamic Party, a group made up largely of Uyghurs from China's Xinjiang "
        "region, stormed an army post in northern Latakia province on Monday, killing five soldiers.",
        "2024-05-22",
    )
    named = places(only_attack(ex))
    assert "Xinjiang" not in named and "China" not in named
    assert any("Latakia" in p for p in named)
    # (a place after "in" before the attack word still counts)
    ex = extract_text(
        "In Latakia province on Monday, gunmen stormed an army post, killing five soldiers.", "2024-05-22"
    )
    assert any("Latakia" in p for p in places(only_attack(ex)))


def test_arson_is_an_attack_dated_by_its_own_day(extract_text: Extract) -> None:
    ex = extract_text(
        "Hooded attackers set fire to nine logging trucks near Temuco early on Tuesday, police said.\n\n"
        "It came three weeks after arsonists burned two houses and a barn near Victoria on March 24.",
        "2025-04-16",
    )
    by_place = {places(a)[0]: a for a in ex.attacks}
    assert by_place["Temuco"].date == "2025-04-15"
    assert by_place["Victoria"].date == "2025-03-24"
    assert by_place["Victoria"].attack_type == "Facility/Infrastructure Attack"
    # (burning with no arsonists named is no attack)
    ex = extract_text("Farmers burned crop stubble near Victoria on March 24.", "2025-04-16")
    assert not ex.attacks


def test_a_counted_day_the_other_day_precedes(extract_text: Extract) -> None:
    ex = extract_text(
        "Mourners laid flowers outside the cathedral in Makassar this morning, seven years to the day after "
        "suicide bombers attacked it, killing 14 people.",
        "2025-05-13",
    )
    assert only_attack(ex).date == "2018-05-13"


def test_a_kidnapping_placed_by_the_dateline_and_dated_by_the_captive(extract_text: Extract) -> None:
    ex = extract_text(
        "Rancher kidnapped near Encarnación\n\n"
        "ENCARNACIÓN, Paraguay (Regional desk) — The Paraguayan People's Army (EPP) has kidnapped the owner "
        "of a cattle ranch and is demanding a ransom, police said on Monday.\n\n"
        "Joel Benítez, 61, was taken late on Friday, 16 August, by at least six armed men who stopped his truck "
        "on a dirt road.",
        "2024-08-20",
    )
    attack = only_attack(ex)
    assert attack.date == "2024-08-16"
    assert "Encarnación" in places(attack)
    # (a wire filed from a town its headline does not name places nothing)
    ex = extract_text(
        "Rancher kidnapped in Paraguay\n\n"
        "ASUNCIÓN, Paraguay (Regional desk) — The Paraguayan People's Army (EPP) has kidnapped the owner "
        "of a cattle ranch and is demanding a ransom, police said on Monday.",
        "2024-08-20",
    )
    assert not any("Asunción" in places(a) for a in ex.attacks)


def test_a_wave_is_dated_by_its_first_day_and_the_killing_after_is_its_toll(extract_text: Extract) -> None:
    ex = extract_text(
        "Beginning on the night of 2 June and continuing until the early hours of 4 June, gunmen set fire to at "
        "least 14 buses and fired on two police bases in Recife. A military police sergeant was killed outside "
        "a base in the Boa Viagem neighbourhood and three passers-by were wounded by stray bullets.",
        "2025-06-10",
    )
    attack = only_attack(ex)
    assert (attack.date, attack.killed, attack.wounded) == ("2025-06-02", 1, 3)
    # (a killing on a day of its own is another attack)
    ex = extract_text(
        "Gunmen set fire to 14 buses in Recife on 2 June. On 5 June a police sergeant was killed outside a base "
        "in Olinda.",
        "2025-06-10",
    )
    assert len(ex.attacks) == 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a series of attacks between 2 and 9 October 2024", "2024-10-02"),
        ("raids from 16 to 18 August", "2024-08-16"),
        ("between 2 and 3 of them", None),
    ],
)
def test_a_span_of_days_is_dated_by_its_first(text: str, value: str | None) -> None:
    found = find_dates(text, dt.date(2025, 3, 18))
    assert (found[0].value if found else None) == value


def test_a_bombing_wave_its_headline_and_an_older_series(extract_text: Extract) -> None:
    ex = extract_text(
        "FLNC claims overnight bombing of holiday homes in Corse-du-Sud\n\n"
        "In the early hours of Sunday 16 March, explosive charges damaged eleven holiday homes in and around "
        "Porto-Vecchio, in Corse-du-Sud. A firefighter was slightly injured tackling one of the blazes. The FLNC "
        "claimed the attacks on Monday.\n\n"
        "The March bombings follow an unclaimed series of attacks on holiday homes around Calvi, in Haute-Corse, "
        "between 2 and 9 October 2024. Investigators have not said whether they believe the FLNC was behind that "
        "series.",
        "2025-03-18",
    )
    by_date = {a.date: a for a in ex.attacks}
    assert set(by_date) == {"2025-03-16", "2024-10-02"}
    assert by_date["2025-03-16"].wounded == 1
    assert by_date["2025-03-16"].responsibility
    assert not by_date["2024-10-02"].responsibility


def test_a_cell_broken_up_in_raids_is_no_attack_and_a_murder_is(extract_text: Extract) -> None:
    ex = extract_text(
        "The cell was dismantled on 14 May 2025 by the Central Bureau of Judicial Investigation, in "
        "simultaneous dawn raids in Tangier and Oujda.\n\n"
        "In December 2018, two Danish hikers were murdered near the village of Imlil in the High Atlas.",
        "2025-12-03",
    )
    attack = only_attack(ex)
    assert (attack.date, attack.killed, places(attack)[0]) == ("2018-12", 2, "Imlil")


def test_a_withdrawn_figure_and_its_revision(extract_text: Extract) -> None:
    ex = extract_text(
        "On Monday, September 16, 2024, personnel at a base in Anbar province, Iraq, were attacked by drones and "
        "rockets. The rockets were launched from a truck. Initial reports of eight injured personnel have since "
        "been revised. Five U.S. service members and one U.S. contractor sustained injuries. One Iraqi soldier "
        "assigned to the base's perimeter security was killed. Officials blamed Kata'ib Hezbollah, an "
        "Iran-aligned militia that receives weapons from Iran's Revolutionary Guards, for the attack.",
        "2024-09-18",
    )
    attack = only_attack(ex)
    assert (attack.killed, attack.wounded) == (1, 6)
    assert "Iran" not in places(attack)
    assert (
        read_casualties("Initial reports of eight injured personnel have since been revised.").wounded is None
    )
    assert read_casualties("Initial reports said eight personnel were injured.").wounded == 8


def test_the_attackers_sentence_names_the_site_too(extract_text: Extract) -> None:
    ex = extract_text(
        "Militiamen killed at least 12 villagers in a night raid on a camp in the Djugu territory of Ituri "
        "province, the army said on Thursday.\n\nThe attackers entered the Plaine Savo camp late on Tuesday, "
        "shooting residents and burning shelters.",
        "2025-06-12",
    )
    attack = only_attack(ex)
    assert attack.date == "2025-06-10"
    assert any("Plaine Savo" in p for p in places(attack))


def test_two_reports_of_one_days_attack_one_naming_only_its_region(extract_text: Extract) -> None:
    first = extract_text(
        "Gunmen ambushed an army patrol on Monday near Gwoza in Borno State, killing two soldiers, the army said.",
        "2025-02-11",
    )
    later = extract_text(
        "The death toll from Monday's ambush on an army patrol in Borno State has risen to five soldiers, the "
        "army said on Wednesday.",
        "2025-02-12",
    )
    (incident,) = resolve([first, later], background=False).incidents
    assert incident.killed == 5
    # (another day's ambush in the state stays apart)
    other = extract_text(
        "Gunmen ambushed an army patrol on Tuesday in Borno State, killing one soldier.", "2025-02-12"
    )
    assert len(resolve([first, other], background=False).incidents) == 2


def test_taking_a_hostage_is_an_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "In March 2015 two of its members took prosecutor Ali Demir hostage inside the Kartal courthouse in "
        "Istanbul.",
        "2025-03-04",
    )
    attack = only_attack(ex)
    assert (attack.date, attack.attack_type) == ("2015-03", "Hostage Taking")
    # (a figure of speech is no attack)
    assert not extract_text("In March 2015 the budget took the city council hostage.", "2025-03-04").attacks


def test_attributed_it_to_and_killed_by_a_nations_forces(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen killed 21 tourists at the Bardo National Museum in Tunis on 18 March 2015. Officials attributed it "
        "to Boko Haram.",
        "2025-11-04",
    )
    assert [r.group.name for r in only_attack(ex).responsibility] == ["Boko Haram"]
    # (also after a claim by another group in the same sentence)
    ex = extract_text(
        "On 18 March 2015 gunmen killed 21 tourists at the Bardo National Museum in Tunis. The Islamic State "
        "claimed the massacre; Tunisian authorities attributed it to Boko Haram.",
        "2025-11-04",
    )
    assert {r.group.name for r in only_attack(ex).responsibility} == {"Islamic State", "Boko Haram"}
    ex = extract_text("Its commander was killed by Tunisian forces near Gafsa in March 2015.", "2025-11-04")
    assert not ex.attacks
    # (killed by gunmen near Gafsa is an attack)
    ex = extract_text("Its commander was killed by gunmen near Gafsa in March 2015.", "2025-11-04")
    assert len(ex.attacks) == 1

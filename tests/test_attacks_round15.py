"""Attack rules, round fifteen: faults shown by the read sets, read as general rules.

Every sentence here was written for these tests.

- "the spokesman said the attackers were fighters of the G faction loyal to C, whose camps were overrun in 2019":
  the attackers are those of the attack just told, whatever earlier event the sentence goes on to tell; a
  spokesman who "would not say whether the attackers were members of G" blames nobody.
- "prosecutors on Monday filed an indictment against 12 people accused of taking part in the attack": Monday is the
  filing's day; a dateline's town does not place an attack when the sentence places its events elsewhere.
- "a hand-grenade attack ... on a police substation": ordinary; but "the two groups regularly attack each other
  online" is a feud, no attack.
- "Police said the six men detained were G members" blames G for the attack just told.
- "stabbed a police officer who later died of his wounds" is one dead.
- "G acknowledged on Tuesday that its fighters had carried out the attack in X" claims it, and Tuesday is the
  statement's day; "calling it a response to a police raid near Y" and "denied any part in the Z attack" do not
  place it in Y or Z.
- "The deadliest attack came on 10 January 2013, when twin bombings at a hall on R Road killed more than 90
  people": one attack, with that day; "The market has been attacked before. In April 2019 a suicide bombing there
  killed 20 people.": the market's; "two of the injured died at the Civil Hospital" is no place of the attack.
- "carried out by a cell of G", "carried out by "the G terrorist group"", "identified G as the group behind the
  attack" blame G; a claim "withdrawn within hours" or a second message that "disowned it" is no claim.
- "The death toll from Saturday's raid on the village of K in the far north region has risen to 11": a long
  stretch between the toll and its figure; "killed "about twenty" soldiers": a quoted figure.
- "the number of injured at 33; later revised it to 41": the wounded, revised.
- "G claimed the victory and said ...; H said its fighters had taken part in the battle", "H issued its own claim
  for the same ambush", "said it had destroyed nine vehicles and killed ...": claims; "a column of soldiers and G
  fighters was trapped ... and overrun": G's men were the victims.
- "a Central Reserve Police Force (CRPF) constable was killed": one dead.
- "after its fighters and allied G (PDF) units overran the base": G too; "the cell behind the shooting belonged to
  G"; "said in a statement on its Telegram channel on Thursday that its fighters had carried out the operation";
  "issued a claim of its own"; "a Hamas gunman shot dead two brothers"; "officials later said G had carried it out";
  "terrorists belonging to the so-called G"; "planned and financed by handlers of G" blame or claim.
- "a label that has claimed more than 170 attacks on U.S. forces between 17 October and February" is a tally.
- Places that are not the attack's: a relative clause on the attackers ("which had infiltrated the territory of
  X from across the border"), "the group's branch in Afghanistan and Central Asia" (but "a bank branch in Y" is).
- "the kidnapping and murder of P, ..., who was taken from his flat in X on 21 February 2024": that day, one dead.
- "..., prompting a rampage by settlers in the town": the rampage is not the group's.
- "The minister, who flew to Montería on Monday for a security council, said G was behind the killings": Monday is
  the flight's; "killing a police officer and a soldier of the army's 11th Brigade" is two dead.
- More kinds of victims: "four foreign cyclists were killed", "beheaded two woodcutters", "six shepherds".
- An aside between the wounded and their verb: "three civilians, including a 12-year-old girl, were wounded", "six
  security personnel, including two Assam Rifles jawans, were injured", "32 other people, most of them residents of
  the houses along the perimeter, had been wounded"; "six soldiers and two civilians of a nearby house were injured".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import only_attack, places

from kg.extract.numbers import read_casualties
from kg.model import ClaimStatus, Extraction

Extract = Callable[..., Extraction]

_AMBUSH = (
    "Gunmen ambushed a police patrol near the town of Ziguinchor in Senegal on Monday, killing two officers. "
)


def test_the_attackers_were_fighters_of_a_group_despite_an_older_event(extract_text: Extract) -> None:
    ex = extract_text(
        _AMBUSH + "A police spokesman said the attackers were fighters of the MFDC faction loyal to a rebel "
        "commander whose camps along the border were overrun in 2019.",
        "2025-02-12",
    )
    attack = only_attack(ex)
    assert [r.group.name for r in attack.responsibility] == ["Movement of Democratic Forces of Casamance"]


def test_no_blame_where_the_spokesman_would_not_say(extract_text: Extract) -> None:
    ex = extract_text(
        _AMBUSH + "A police spokesman would not say whether the attackers were fighters of the MFDC, whose "
        "camps along the border were overrun in 2019.",
        "2025-02-12",
    )
    assert not only_attack(ex).responsibility


def _groups(attack, status: ClaimStatus | None = None) -> set[str]:
    return {r.group.name for r in attack.responsibility if status is None or r.status is status}


def test_a_filing_day_is_not_the_attack_day_and_the_dateline_does_not_place_it(extract_text: Extract) -> None:
    ex = extract_text(
        "SKOPJE — Prosecutors on Monday filed an amended indictment against 12 people accused of taking part in the "
        "armed attack at the Tetovo barracks, one year after the gun battle that killed a police officer. The attack "
        "began before dawn on 14 March last year, when gunmen opened fire on a patrol in Tetovo, killing one officer "
        "and wounding two.",
        "2025-03-20",
    )
    attack = only_attack(ex)
    assert attack.date == "2024-03-14"
    assert "Skopje" not in places(attack)


def test_a_feud_online_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "The two movements compete for recruits in Norway and regularly attack each other online, according to "
        "researchers who accuse the Nordic Resistance Movement of stoking the feud.",
        "2025-06-12",
    )
    assert not ex.attacks


def test_men_detained_named_as_members_blame_the_group(extract_text: Extract) -> None:
    text = (
        "On 3 May around a dozen men attacked anti-racist demonstrators in the centre of Gothenburg, injuring two. "
        "Police said the six men {} were Nordic Resistance Movement members."
    )
    blamed = only_attack(extract_text(text.format("detained"), "2025-06-12"))
    assert _groups(blamed) == {"Nordic Resistance Movement"}
    # (the men who marched are not said to be the attackers)
    assert not only_attack(extract_text(text.format("who marched later"), "2025-06-12")).responsibility


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("In Linz, a man stabbed a police officer who later died of his wounds.", 1, None),
        ("In Linz, a man stabbed a police officer who survived.", None, None),
        (
            "The toll from Saturday's raid on the village of Kordo in the country's far north region has risen to 11.",
            11,
            None,
        ),
        ('The group said it had destroyed four trucks and killed "about twenty" soldiers.', 20, None),
        ("Officials put the number of injured at 30; the hospital later revised it to 38.", None, 38),
        ("Officials put the toll at 30; the hospital later revised it to 38.", 38, None),
        ("A Central Reserve Police Force (CRPF) constable was killed in the gunfight.", 1, None),
    ],
)
def test_figures_round15(sentence: str, killed: int | None, wounded: int | None) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_acknowledged_fighters_claim_and_other_places_stay_out(extract_text: Extract) -> None:
    ex = extract_text(
        "The Clan del Golfo acknowledged on Tuesday that its fighters had carried out the attack on police in "
        'Medellín, calling it a response to the "murder of our comrades" by police in a raid near Bello this month, '
        "but denied any part in the Cali attack.",
        "2025-04-23",
    )
    attack = only_attack(ex)
    assert _groups(attack, ClaimStatus.CLAIMED) == {"Clan del Golfo"}
    assert places(attack) == ["Medellín"]
    assert attack.date != "2025-04-22"


def test_a_when_clause_tells_the_attack_the_sentence_opened_on(extract_text: Extract) -> None:
    ex = extract_text(
        "The deadliest attack on the community came on 10 January 2013, when twin bombings at a snooker hall in "
        "Quetta killed more than 90 people.",
        "2025-02-20",
    )
    attack = only_attack(ex)
    assert (attack.date, attack.killed, places(attack)) == ("2013-01-10", 90, ["Quetta"])


def test_a_bombing_there_is_at_the_place_just_named(extract_text: Extract) -> None:
    ex = extract_text(
        "The death toll from Tuesday's bombing at the Hazarganji market in Quetta rose to 14 on Wednesday after two "
        "of the injured died at the Civil Hospital, officials said. The market has been attacked before. In April "
        "2019 a suicide bombing there killed 20 people.",
        "2025-02-20",
    )
    by_date = {a.date: a for a in ex.attacks}
    assert set(by_date) == {"2025-02-18", "2019-04"}
    assert "Civil Hospital" not in places(by_date["2025-02-18"])
    assert "Quetta" in places(by_date["2019-04"]) and by_date["2019-04"].killed == 20


@pytest.mark.parametrize(
    "blame",
    [
        "Investigators believed the bombing was carried out by a cell of Lashkar-e-Taiba.",
        'The army said the bombing had been carried out by "the Lashkar-e-Taiba terrorist group".',
        "Investigators said they had identified Lashkar-e-Taiba as the group behind the bombing.",
    ],
)
def test_blame_through_a_cell_a_quote_or_an_identification(extract_text: Extract, blame: str) -> None:
    ex = extract_text(
        "A bomb exploded at a bus stand in Anantnag on Sunday, killing four people. " + blame, "2025-06-13"
    )
    assert "Lashkar-e-Taiba" in _groups(only_attack(ex))


def test_a_withdrawn_claim_is_no_claim(extract_text: Extract) -> None:
    text = (
        "Gunmen fired on a bus carrying pilgrims in Reasi district on Sunday, killing nine people. On Sunday night a "
        "message posted on a channel used by The Resistance Front (TRF) said the group had carried out the attack. "
        "{}"
    )
    retracted = only_attack(
        extract_text(text.format("Before dawn on Monday a second message disowned it."), "2024-06-13")
    )
    assert _groups(retracted, ClaimStatus.DENIED) == {"The Resistance Front"}
    kept = only_attack(extract_text(text.format("On Monday a second message repeated it."), "2024-06-13"))
    assert "The Resistance Front" not in _groups(kept, ClaimStatus.DENIED)


def test_battle_claims_and_victims_named_as_fighters(extract_text: Extract) -> None:
    ex = extract_text(
        "In July 2024 a column of Malian soldiers and Wagner Group fighters was trapped outside Tinzaouaten and "
        "overrun. The CSP-DPA claimed the victory and said 47 Malian soldiers had been killed; JNIM separately "
        "said its fighters had taken part in the battle.",
        "2025-07-08",
    )
    attack = only_attack(ex)
    assert "Wagner Group" not in _groups(attack)
    assert len(_groups(attack, ClaimStatus.CLAIMED)) == 2


def test_its_own_claim_for_the_same_ambush(extract_text: Extract) -> None:
    ex = extract_text(
        "On 19 June a supply convoy was ambushed between Gao and Kidal. The FLA said it had destroyed nine "
        "vehicles and killed 20 soldiers. JNIM issued its own claim for the same ambush.",
        "2025-07-08",
    )
    assert len(_groups(only_attack(ex), ClaimStatus.CLAIMED)) == 2


def test_allied_units_and_a_cell_behind_the_shooting(extract_text: Extract) -> None:
    ex = extract_text(
        "The Kachin Independence Army (KIA) said on Wednesday that it had taken full control of Bhamo after its "
        "fighters and allied People's Defence Force (PDF) units overran the last army base there on Tuesday, "
        "killing 40 soldiers.",
        "2025-01-16",
    )
    assert "People's Defence Force" in _groups(only_attack(ex))
    ex = extract_text(
        "Gunmen opened fire at a checkpoint near Nablus late on Tuesday, killing a soldier. The army said "
        "intelligence showed that the cell behind the shooting belonged to the Lions' Den.",
        "2023-06-14",
    )
    assert _groups(only_attack(ex)) == {"Lions' Den (Nablus)"}


def test_claims_in_a_long_statement_and_of_its_own(extract_text: Extract) -> None:
    ex = extract_text(
        "Two groups in Nablus have each claimed Tuesday's shooting at the Beit Furik checkpoint in which two soldiers "
        "were killed. The Lions' Den said in a statement on its Telegram channel on Thursday that its fighters had "
        "carried out the operation. Hours later the Nablus Battalion issued a claim of its own.",
        "2023-06-16",
    )
    assert len(_groups(only_attack(ex), ClaimStatus.CLAIMED)) == 2


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A drone hit a U.S. base in Jordan on 28 January, killing three soldiers. The Islamic Resistance in Iraq "
            "claimed it; U.S. officials later said Kataib Hezbollah had carried it out.",
            "Kata'ib Hezbollah",
        ),
        (
            "At dawn on Thursday a team of armed terrorists belonging to the so-called Party of Free Life of Kurdistan "
            "ambushed a patrol near the city of Sardasht, wounding two guards.",
            "Party of Free Life of Kurdistan",
        ),
        (
            "Gunmen killed a worshipper at a church in Istanbul on 28 January. The indictment says the attack was "
            "planned and financed by handlers of Islamic State Khorasan Province, the group's branch in Afghanistan.",
            "Islamic State Khorasan Province",
        ),
    ],
)
def test_blame_round15b(extract_text: Extract, text: str, group: str) -> None:
    attack = only_attack(extract_text(text, "2024-10-04"))
    assert group in _groups(attack)
    assert "Afghanistan" not in places(attack)


def test_claimed_attacks_counted_over_months_are_a_tally(extract_text: Extract) -> None:
    ex = extract_text(
        "Since October the three have operated as the Islamic Resistance in Iraq, a label that has claimed more than "
        "170 attacks on U.S. forces in Iraq and Syria between 17 October and the first days of February.",
        "2024-03-05",
    )
    assert not ex.attacks


def test_a_relative_clause_on_the_attackers_places_nothing(extract_text: Extract) -> None:
    ex = extract_text(
        "On Thursday fighters of the PKK, who had crossed into Iraq from across the border, ambushed a patrol on the "
        "heights near Sardasht, wounding two soldiers.",
        "2024-10-04",
    )
    assert "Iraq" not in places(only_attack(ex))


def test_a_bank_branch_in_a_town_is_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "A grenade attack on a bank branch in Guayaquil on Monday wounded two security guards.", "2025-05-14"
    )
    assert places(only_attack(ex)) == ["Guayaquil"]


def test_a_victim_taken_on_a_day_dates_the_kidnapping(extract_text: Extract) -> None:
    ex = extract_text(
        "The gang is blamed for the kidnapping and murder of Ronald Ojeda, a former army lieutenant, who was taken from "
        "his flat in Independencia on 21 February 2024 by men dressed as police officers.",
        "2025-03-10",
    )
    attack = only_attack(ex)
    assert (attack.date, attack.killed) == ("2024-02-21", 1)


def test_a_rampage_by_settlers_is_not_the_groups(extract_text: Extract) -> None:
    ex = extract_text(
        "In February 2023, a Hamas gunman shot dead two Israeli brothers as they drove through Huwara, south of "
        "Nablus, prompting a rampage by settlers in the town.",
        "2024-07-09",
    )
    for attack in ex.attacks:
        if "rampage" in attack.label.lower():
            assert not attack.responsibility


def test_a_day_in_a_relative_clause_before_the_attack_word_is_not_its_day(extract_text: Extract) -> None:
    ex = extract_text(
        "Defence Minister Pedro Sánchez, who flew to Montería on Monday for a security council, said the Clan del "
        "Golfo was behind the killings of two police officers in Medellín.",
        "2025-04-23",
    )
    assert all(a.date != "2025-04-21" for a in ex.attacks)


def test_one_victim_and_another_named_by_rank() -> None:
    found = read_casualties(
        "Gunmen fired on a post, killing a police officer and a soldier of the army's 11th Brigade."
    )
    assert found.killed == 2
    # (the second victim in a clause of its own)
    found = read_casualties(
        "A woman was killed and a guard of the camp police, the force that guards it, was wounded."
    )
    assert found.killed == 1


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("In July 2018 four foreign cyclists were killed when a car rammed them.", 4, None),
        ("Gunmen killed six shepherds and wounded two herdsmen.", 6, 2),
        ("Police freed 200 prisoners.", None, None),
    ],
)
def test_more_kinds_of_victims(sentence: str, killed: int | None, wounded: int | None) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Three civilians, including a 12-year-old girl, were wounded.", None, 3),
        ("Three commandos were killed and six security personnel, including two jawans, were injured.", 3, 6),
        (
            "Nine soldiers were dead and 32 other people, most of them residents of the houses along the perimeter, "
            "had been wounded.",
            9,
            32,
        ),
        ("Six soldiers and two civilians of a nearby house were injured.", None, 8),
        # (not an aside: a second clause with its own count)
        ("Three civilians were wounded, and 12 houses burned.", None, 3),
    ],
)
def test_an_aside_between_the_wounded_and_their_verb(
    sentence: str, killed: int | None, wounded: int | None
) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)

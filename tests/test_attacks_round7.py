"""Attack rules, round seven: the casualty readings kept, and near misses every attack rule must leave alone.

Every sentence here was written for these tests. Documents are dated Monday 1 April 2024 unless a test
says otherwise.

This round also widened how perpetrators, dates and the split between attacks are read (attacks.py,
dates.py). Scored on the two held-out sets written without sight of the rules, those changes lost
attacks and fields on one (attack F1 0.800 -> 0.755) and changed nothing on the other, so they were
taken back; what is tested here holds either way. The casualty readings (numbers.py) stayed:

- Killed and wounded count victims only: "killed 5 soldiers and 10 militants" gives 5, as the dev gold
  counts "forty hostages ..., along with 29 of the militants" as 40. A count of people among whom some
  are named ("12 people, including 5 children") is the count, not the sum. Words count ("eleven",
  "a dozen" gives 12); vague amounts ("dozens") give no number.
- "No casualties were reported" gives no number: GOLD_FORMAT leaves a figure absent where none is given, and
  an early report's nought would stand against the real toll of a later one. `read_casualties` gives no
  number for "No one was killed" either; since round twenty-six the attack rules read such a plain
  statement ("no one was hurt", "caused no injuries") as a nought, which a count told later replaces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from readings import only_attack, perpetrator_keys

from kg.extract.dates import find_dates
from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]
POST = "Gunmen attacked a police post in Lamu on Sunday, killing two officers. "
VILLAGE = "On Thursday, gunmen attacked the village of Mamove, killing 22 civilians. "
MARKET = "A suicide bomber struck a market in Maiduguri on Saturday, killing 17 people. "
SHABAAB = "group:al_shabaab"
ADF = "group:allied_democratic_forces"
JNIM = "group:jamaat_nusrat_al_islam_wal_muslimin"
BOKO = "group:boko_haram"


# ------------------------------------------------------------------ who is responsible


FILLER = (
    '\n\n"I heard shots and ran," said one worshipper. "There was blood everywhere."\n\n'
    "Another witness said the gunmen arrived in a car. They fired for several minutes. Then they fled.\n\n"
    "Officials said an investigation was under way. Security was tightened across the city.\n\n"
)


def test_a_claim_of_the_attack_paragraphs_after_the_only_attack_told_is_its_own(
    extract_text: Extract,
) -> None:
    text = (
        "Gunmen opened fire on worshippers at a mosque in Herat on Friday, killing nine people."
        + FILLER
        + "The Islamic State Khorasan Province claimed responsibility for the attack in a statement late on Saturday."
    )
    attack = only_attack(extract_text(text))
    assert (attack.date, perpetrator_keys(attack)) == (
        "2024-03-29",
        {"group:islamic_state_khorasan_province"},
    )


def test_a_groups_attacks_told_paragraphs_after_the_only_attack_are_not_it(extract_text: Extract) -> None:
    text = (
        "Gunmen opened fire on worshippers at a mosque in Herat on Friday, killing nine people."
        + FILLER
        + "The Islamic State Khorasan Province has focused most of its attacks on Pakistan."
    )
    attack = only_attack(extract_text(text))
    assert [m.name for m in attack.locations] == ["Herat"]


def test_a_bare_claim_paragraphs_after_the_attack_names_no_one(extract_text: Extract) -> None:
    # round five's convention: "G claimed responsibility" with no word for the attack reaches four sentences back
    text = (
        "Gunmen opened fire on worshippers at a mosque in Herat on Friday, killing nine people."
        + FILLER
        + "The Islamic State Khorasan Province later claimed responsibility."
    )
    assert not perpetrator_keys(only_attack(extract_text(text)))


def test_a_claim_paragraphs_after_two_attacks_goes_to_neither(extract_text: Extract) -> None:
    text = (
        "Gunmen opened fire on worshippers at a mosque in Herat on Friday, killing nine people. On Thursday, a bomb "
        "killed four people at a bus station in Kandahar."
        + FILLER
        + "The Islamic State Khorasan Province later claimed responsibility."
    )
    assert all(not perpetrator_keys(a) for a in extract_text(text).attacks)


# ------------------------------------------------------------------ how many


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Gunmen stormed a village, killing at least 12 people and wounding 30.", 12, 30),
        ("A bomb exploded at a market, leaving 7 dead and dozens injured.", 7, None),
        ("12 people, including 5 children, were killed.", 12, None),
        ("Twelve people, including five children, were killed.", 12, None),
        ("At least 14 soldiers were killed, while 20 others sustained injuries.", 14, 20),
        ("Two officers lost their lives and three others sustained injuries.", 2, 3),
        ("Fighters ambushed a convoy, killing 14 soldiers and 10 auxiliaries.", 24, None),
        ("Two policemen were among the 17 killed.", 17, None),
        ("Gunmen attacked a church, killing a dozen worshippers.", 12, None),
        ("Gunmen attacked a church, killing eleven worshippers.", 11, None),
        # figures per side: the attackers are not victims
        ("Militants attacked an army base, killing 5 soldiers and 10 militants.", 5, None),
        ("Five soldiers and 10 militants were killed in the clashes that followed.", 5, None),
        ("Twelve civilians and three soldiers died, along with all four attackers.", 15, None),
        # nationalities count, vague amounts do not
        ("The blast killed 12 Nigerians and wounded 4 Cameroonians.", 12, 4),
        # the bomber and the attackers are not victims, those killed with them are
        ("A suicide bomber blew himself up, killing himself and 12 others.", 12, None),
        ("All six attackers were killed, along with four soldiers.", 4, None),
        ("Gunmen killed 3 soldiers and a militant.", 3, None),
        ("The attack killed 20 people, including 3 of the assailants.", 17, None),
        ("Twenty people were killed, three of them attackers.", 17, None),
        ("The 20 dead included three gunmen.", 17, None),
        ("A total of 23 people died, including the three gunmen.", 20, None),
        # a headline's present tense
        ("Kabul blast kills 13, injures 40", 13, 40),
        ("Blast kills 5, wounds 20", 5, 20),
        # officials' words for deaths and injuries
        ("The army said four soldiers embraced martyrdom.", 4, None),
        ("Three soldiers were killed, and five others were hospitalised.", 3, 5),
        # one official named as the victim
        ("Gunmen shot dead a district commissioner in Baidoa.", 1, None),
        # the attackers' boast is read only when no other count is given
        ("Officials put the death toll at 17, while the group claimed to have killed 50 soldiers.", 17, None),
        ("The group claimed to have killed 50 soldiers.", 50, None),
        # one victim named inside a list of counted ones
        ("The assault killed three soldiers, a civilian and two police officers.", 6, None),
    ],
)
def test_casualties_in_more_phrasings(sentence: str, killed: int | None, wounded: int | None) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens were wounded.",
        "The attack killed dozens and injured scores more.",
        "No casualties were reported.",
        "There were no casualties.",
        "No one was killed, the army said.",
        "Three attackers were also killed.",
        "Soldiers repelled the attack, killing 12 militants.",
        "The fighters were aged 18-25.",
        "He was hospitalised with 3 others.",
        "He died of his wounds 3 days later.",
        "Gunmen killed 12 Islamic State fighters.",
        "The blast wounded a militant commander.",
    ],
)
def test_near_misses_of_casualties_give_no_number(sentence: str) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (None, None)


def test_among_the_dead_is_a_part_not_the_total(extract_text: Extract) -> None:
    attack = only_attack(extract_text(MARKET + "Among the dead were 3 soldiers."))
    assert attack.killed == 17


def test_a_statement_of_no_casualties_leaves_the_figures_absent(extract_text: Extract) -> None:
    text = "Militants fired mortar rounds at an army base in Dikwa on Sunday. No casualties were reported."
    attack = only_attack(extract_text(text))
    assert (attack.date, attack.killed, attack.wounded) == ("2024-03-31", None, None)


# ------------------------------------------------------------------ when


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a range of numbers before a day is no span of days
        ("killing 20-25 people on 3 March", ["2024-03-03"]),
        ("the fighters were aged 18-25", []),
        ("between 10 and 15 people were killed in May", ["2024-05"]),
    ],
)
def test_near_misses_of_spans_of_days(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, dt.date(2024, 6, 1))] == values


@pytest.mark.parametrize(
    "text",
    [
        # "before" as a preposition, not a count back; a count with no day told before it
        "Two years before the war, the group was founded.",
        "A year earlier, the group split.",
    ],
)
def test_near_misses_of_longer_counts_back(text: str) -> None:
    assert [d.value for d in find_dates(text, dt.date(2024, 5, 13))] == []


def test_a_holidays_name_in_an_agreements_is_no_day() -> None:
    assert [d.value for d in find_dates("the Good Friday Agreement of 1998", dt.date(2024, 4, 1))] == ["1998"]


@pytest.mark.parametrize(
    ("when", "value"),
    [
        ("late Sunday", "2024-03-31"),
        ("overnight", "2024-03-31"),
        ("last month", "2024-03"),
        ("earlier this year", "2024"),
        ("in the early hours of Sunday", "2024-03-31"),
        ("on Thursday evening", "2024-03-28"),
        ("last Thursday", "2024-03-28"),
    ],
)
def test_relative_days_date_the_attack(extract_text: Extract, when: str, value: str) -> None:
    attack = only_attack(extract_text(f"Gunmen attacked a police post in Lamu {when}, killing two officers."))
    assert attack.date == value


def test_the_day_it_was_said_is_no_attack_of_its_own(extract_text: Extract) -> None:
    text = "Police said on Saturday that they had arrested two suspects in Mir Ali."
    assert extract_text(text, date="2024-03-18").attacks == ()


def test_a_statements_day_is_not_the_attacks(extract_text: Extract) -> None:
    text = (
        "Gunmen ambushed a convoy near Djibo on Tuesday, killing 14 soldiers.\n\n"
        "In a statement on Wednesday, JNIM said its fighters had carried out the ambush."
    )
    attack = only_attack(extract_text(text))
    assert (attack.date, perpetrator_keys(attack)) == ("2024-03-26", {JNIM})


# ------------------------------------------------------------------ two attacks, two sets of fields


def test_a_semicolon_keeps_the_first_clauses_group_for_the_second_attack(extract_text: Extract) -> None:
    text = (
        "In December 2019, ISGS fighters overran the army camp at Inates, killing 71 soldiers; the following "
        "month, 89 soldiers died in an assault on the base at Chinegodar."
    )
    found = {(a.date, a.killed, frozenset(perpetrator_keys(a))) for a in extract_text(text).attacks}
    isgs = frozenset({"group:islamic_state_sahel_province"})
    assert found == {("2019-12", 71, isgs), ("2020-01", 89, isgs)}


def test_a_clause_with_a_day_but_no_place_of_its_own_goes_on_with_the_attack(extract_text: Extract) -> None:
    text = "Gunmen stormed a hotel in Mogadishu on Friday, killing 12, and on Saturday they killed three hostages."
    attack = only_attack(extract_text(text))
    assert (attack.date, attack.killed) == ("2024-03-29", 12)


def test_a_past_attack_named_in_a_comparison_keeps_its_own_fields(extract_text: Extract) -> None:
    text = (
        "Gunmen ambushed a convoy near Djibo on Tuesday, killing 14 soldiers. The attack was the deadliest since "
        "JNIM killed 50 soldiers in Koudougou in January."
    )
    found = {
        (a.locations[0].name, a.date, a.killed, frozenset(perpetrator_keys(a)))
        for a in extract_text(text).attacks
    }
    assert found == {
        ("Djibo", "2024-03-26", 14, frozenset()),
        ("Koudougou", "2024-01", 50, frozenset({JNIM})),
    }


def test_a_claim_of_one_named_attack_goes_to_that_attack(extract_text: Extract) -> None:
    text = (
        "On Tuesday, gunmen ambushed a convoy near Djibo, killing 14 soldiers. On Thursday, gunmen attacked a "
        "fair in Ansongo, killing eleven civilians. JNIM claimed the ambush near Djibo."
    )
    found = {(a.locations[0].name, frozenset(perpetrator_keys(a))) for a in extract_text(text).attacks}
    assert found == {("Djibo", frozenset({JNIM})), ("Ansongo", frozenset())}


CABO_DELGADO = (
    "Mozambique: insurgents kill 11 in Cabo Delgado raids\n\n"
    "PEMBA, July 8 (AFP) - Islamist insurgents killed at least 11 civilians in two raids on villages in "
    "Mozambique's northern Cabo Delgado province at the weekend, local officials said on Monday.\n\n"
    "In the first attack, late on Friday, fighters beheaded seven men in the village of Nacoba in Macomia district. "
)


def test_a_count_of_raids_not_told_one_by_one_stays(extract_text: Extract) -> None:
    found = {(a.date, a.killed) for a in extract_text(CABO_DELGADO, date="2024-07-08").attacks}
    assert found == {("2024-07", 11), ("2024-07-05", 7)}


def test_twin_bombings_told_blast_by_blast_stay_one_attack(extract_text: Extract) -> None:
    text = (
        "Twin suicide bombings killed 32 people at a market in Baghdad on Thursday. The first blast hit the market "
        "at mid-morning. The second blast struck minutes later."
    )
    attack = only_attack(extract_text(text))
    assert (attack.date, attack.killed) == ("2024-03-28", 32)


def test_also_on_the_same_day_in_the_same_town_is_the_same_attack(extract_text: Extract) -> None:
    text = MARKET + "Also on Saturday, the attackers killed three more people in Maiduguri."
    assert only_attack(extract_text(text)).killed == 17


def test_a_headline_naming_another_town_stays_apart(extract_text: Extract) -> None:
    text = (
        "Death toll from Quetta bombing rises to 41\n\n"
        "A suicide bomber struck a mosque in Peshawar on Friday, killing at least 30 people."
    )
    found = {(a.locations[0].name, a.killed) for a in extract_text(text).attacks}
    assert ("Peshawar", 30) in found


@pytest.mark.parametrize(
    ("headline", "killed", "wounded"),
    [
        ("13 killed, 40 injured in Kabul blast", 13, 40),
        ("At least 13 killed and 40 injured in Kabul blast", 13, 40),
        ("2 dead, 5 hurt in Quetta attack", 2, 5),
    ],
)
def test_a_headlines_bare_counts_of_dead_and_wounded(headline: str, killed: int, wounded: int) -> None:
    found = read_casualties(headline)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_a_bare_count_injured_in_a_place_alone_is_not_read_as_wounded() -> None:
    # without a count of the dead before it, "injured in" may be a body part or a past event
    assert read_casualties("He was one of 3 injured in the leg during training.").wounded is None

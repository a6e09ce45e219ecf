"""Attack rules, round ten: faults shown by eval/dev4, read as general rules.

Every sentence here was written for these tests. Documents are dated Thursday 12 September 2024 unless
a test says otherwise.

- The sentence right after an attack that opens on what was attacked ("The bus ...") or on the attack
  itself ("The attackers ...") goes on telling it: its day and the places after "near", "in" or "at"
  are the attack's, and blame or figures in it still count.
- The country across a border ("near the border with Congo") is no place of the attack.
- What a claim says was done ("claimed responsibility, saying its fighters had attacked a school in
  Uganda"), with no day, toll or town of its own, is the attack just told.
- "The attackers were ADF terrorists": officials naming who the attackers were blame the group.
- "the town of Gida Ayana": after "town of", two names NER cut apart are one place.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import only_attack, perpetrator_keys, places

from kg.model import Extraction

Extract = Callable[..., Extraction]
DATE = "2024-09-12"


def test_the_next_sentence_on_what_was_attacked_gives_the_day_and_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen killed at least 14 passengers after stopping a bus in Oromia region, the regional government "
        "said on Thursday. The bus, travelling from Nekemte to Ambo, was stopped on Monday afternoon near the "
        "town of Gida Ayana, residents said.",
        DATE,
    )
    attack = only_attack(ex)
    assert attack.date == "2024-09-09"
    assert "Gida Ayana" in places(attack)
    # the route it travelled is no place of the attack
    assert "Nekemte" not in places(attack) and "Ambo" not in places(attack)


def test_a_next_sentence_about_something_else_gives_nothing(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen killed at least 14 passengers after stopping a bus in Oromia region, the regional government "
        "said on Thursday. The minister, speaking on Monday in Adama, called for calm.",
        DATE,
    )
    attack = only_attack(ex)
    assert attack.date != "2024-09-09"
    assert "Adama" not in places(attack)


def test_blame_in_a_sentence_that_goes_on_telling_the_attack_counts(extract_text: Extract) -> None:
    ex = extract_text(
        "Rebels attacked a boarding school in Kasese district on Tuesday, killing nine people, officials said. "
        '"The attackers were ADF terrorists who crossed from Congo," a military spokesman told reporters.',
        DATE,
    )
    assert perpetrator_keys(only_attack(ex)) == {"group:allied_democratic_forces"}


def test_the_country_across_the_border_is_no_place_of_the_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Rebels attacked a boarding school in western Uganda near the border with Congo late on Tuesday, "
        "killing nine people, officials said.",
        DATE,
    )
    attack = only_attack(ex)
    assert "Uganda" in places(attack)
    assert not any("Congo" in place for place in places(attack))


def test_what_a_claim_says_was_done_is_the_attack_just_told(extract_text: Extract) -> None:
    ex = extract_text(
        "Rebels stormed the Kisoro Secondary School in Kasese district on Tuesday, killing nine people. "
        "Four other people were wounded, police said. The Islamic State claimed responsibility on Wednesday "
        "through its Amaq news agency, saying its fighters had attacked a Christian school in Uganda.",
        DATE,
    )
    attack = only_attack(ex)
    assert attack.killed == 9 and attack.wounded == 4
    assert "group:islamic_state" in perpetrator_keys(attack)


def test_a_claim_of_both_attacks_still_goes_to_both(extract_text: Extract) -> None:
    ex = extract_text(
        "In May 2023 militants killed 12 soldiers in Diffa. The following month 20 villagers died in an attack "
        "on Bosso. Boko Haram claimed both attacks.",
        DATE,
    )
    assert [perpetrator_keys(a) for a in ex.attacks] == [{"group:boko_haram"}, {"group:boko_haram"}]


def test_the_day_a_group_was_blamed_is_not_the_attacks(extract_text: Extract) -> None:
    ex = extract_text(
        "The army on Wednesday blamed the Barisan Revolusi Nasional (BRN) for a roadside bomb that killed two "
        "village guards. The bomb was detonated as their truck passed through Rueso district on Monday morning.",
        "2025-04-23",
    )
    attack = only_attack(ex)
    assert attack.date == "2025-04-21"
    assert attack.killed == 2


def test_a_later_day_right_after_the_attack_is_when_its_victims_died(extract_text: Extract) -> None:
    ex = extract_text(
        "A roadside bomb struck a pickup truck carrying five rangers in Rueso district on Monday morning. "
        "One man died at the scene and a second died in hospital on Tuesday, while the three others were "
        "wounded, police said.",
        "2025-04-23",
    )
    attack = only_attack(ex)
    assert attack.wounded == 3
    assert attack.date == "2025-04-21"


def test_an_earlier_day_right_after_the_attack_still_tells_of_something_else(extract_text: Extract) -> None:
    ex = extract_text(
        "A roadside bomb struck a pickup truck carrying five rangers in Rueso district on Monday morning. "
        "On March 3, four others were wounded, police said.",
        "2025-04-23",
    )
    assert only_attack(ex).wounded is None


def test_the_same_kind_of_attack_a_month_later_is_another(extract_text: Extract) -> None:
    ex = extract_text(
        "TAK claimed the February 2016 car bombing of military buses in central Ankara, which killed 29 people, "
        "and the bombing of a bus stop in Ankara's Kizilay square the following month, which killed 37.",
        "2024-04-24",
    )
    assert sorted((a.date, a.killed) for a in ex.attacks) == [("2016-02", 29), ("2016-03", 37)]


def test_the_bombing_named_again_in_the_same_month_is_the_same(extract_text: Extract) -> None:
    ex = extract_text(
        "A car bombing killed 29 people in central Ankara in February 2016. TAK claimed the bombing in Ankara "
        "days later.",
        "2024-04-24",
    )
    assert only_attack(ex).killed == 29


def test_a_lone_victim_of_several_words_closing_a_list_counts() -> None:
    from kg.extract.numbers import read_casualties

    assert (
        read_casualties("They ambushed a patrol, killing two gendarmes and a motorcycle taxi driver.").killed
        == 3
    )
    # a lone victim whose words run on into a place is left uncounted, as before
    assert (
        read_casualties("They ambushed a patrol, killing two soldiers and a very old man in Ndop.").killed
        == 2
    )
    # the official after the count, named in apposition, is the one who said it
    said = "Gunmen ambushed a bus, killing three passengers, a county commissioner, Musa Kiprono, said on Monday."
    assert read_casualties(said).killed == 3


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Officials first put the death toll at more than 350 before revising it down to 269.", 269),
        ("Local officials had put the toll at 12, but the government raised it to 19 on Friday.", 19),
        ("Two days later, a spokesman revised the toll to 13 soldiers killed and nine wounded.", 13),
    ],
)
def test_a_revised_toll_is_the_toll(sentence: str, killed: int) -> None:
    from kg.extract.numbers import read_casualties

    assert read_casualties(sentence).killed == killed


def test_a_toll_revised_days_later_replaces_the_first(extract_text: Extract) -> None:
    ex = extract_text(
        "Shortly before dawn on 23 January, fighters attacked an army post near Alfakoara in Benin. The "
        "government initially announced that eight soldiers had been killed. Two days later, a spokesman "
        'revised the toll to 13 soldiers killed, adding that "several dozen terrorists were neutralised".',
        "2025-02-06",
    )
    assert only_attack(ex).killed == 13


def test_the_wounded_raised_to_a_figure_is_no_death_toll() -> None:
    from kg.extract.numbers import read_casualties

    assert read_casualties("Police revised the toll to 40 injured.").killed is None


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Authorities blamed ISSP for an ambush on a patrol in which three rangers were killed.", 3),
        ("The blast killed four election officials and two elders at the polling station.", 6),
        ("Gunmen shot dead five commuters at the bus stop.", 5),
    ],
)
def test_more_kinds_of_victims_are_counted(sentence: str, killed: int) -> None:
    from kg.extract.numbers import read_casualties

    assert read_casualties(sentence).killed == killed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 2017 three men were convicted over a bombing in Gothenburg that January.", "2017-01"),
        ("The group was founded in 2014. In March that year it attacked a base.", "2014-03"),
        ("It was founded in 2014 and in January of that year it attacked a base.", "2014-01"),
        ("In 2019 the group struck again that same March.", "2019-03"),
    ],
)
def test_a_month_of_that_year_takes_the_year_told_before(text: str, value: str) -> None:
    import datetime as dt

    from kg.extract.dates import find_dates

    assert find_dates(text, dt.date(2024, 11, 14), None)[-1].value == value


def test_that_month_with_no_year_before_is_no_date() -> None:
    import datetime as dt

    from kg.extract.dates import find_dates

    assert find_dates("It happened that January.", dt.date(2024, 11, 14), None) == []


@pytest.mark.parametrize(
    ("text", "previous", "value"),
    [
        ("A month later, gunmen attacked a church.", "2024-03-05", "2024-04"),
        ("Two years later, gunmen attacked a church.", "2019-03-05", "2021"),
        ("Six months earlier, a bomb had hit the market.", "2024-03-05", "2023-09"),
        ("The group had struck the year before.", "2019-03-05", "2018"),
        ("The group grew in mid-2021.", None, "2021"),
    ],
)
def test_months_and_years_counted_from_the_date_told_before(
    text: str, previous: str | None, value: str
) -> None:
    import datetime as dt

    from kg.extract.dates import find_dates

    assert [d.value for d in find_dates(text, dt.date(2024, 11, 14), previous)] == [value]


def test_the_year_after_an_event_named_is_no_date() -> None:
    import datetime as dt

    from kg.extract.dates import find_dates

    assert find_dates("The year after the war, it regrouped.", dt.date(2024, 11, 14), "2019") == []


def test_the_attackers_officials_describe_as_members_of_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Two border guards were killed on Monday night when armed men who had crossed the river from "
        "Afghanistan opened fire on a frontier post in Tajikistan's Khatlon region, officials said. Border troops "
        "killed three of the attackers, whom officials described as members of the terrorist organisation "
        "Jamaat Ansarullah.",
        "2025-11-12",
    )
    attack = only_attack(ex)
    assert "Jamaat Ansarullah" in {r.group.name for r in attack.responsibility}
    # the country the attackers crossed from is no place of the attack
    assert "Afghanistan" not in places(attack)


def test_a_group_seizing_power_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "After the Taliban seized power in 2021, its fighters guarded the frontier in Badakhshan."
    )
    assert ex.attacks == ()


def test_the_attack_named_again_next_with_a_narrower_place_is_the_same(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants stormed a position of the Puntland forces in the Cal Miskaad mountains on Sunday, killing 11 "
        "soldiers. Another six troops were wounded in the dawn assault near Balidhidin, officials said.",
        "2025-02-10",
    )
    attack = only_attack(ex)
    assert (attack.killed, attack.wounded) == (11, 6)
    assert "Balidhidin" in places(attack)


def test_an_attack_named_next_with_its_own_toll_is_another(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants stormed a position in the Cal Miskaad mountains on Sunday, killing 11 soldiers. The assault "
        "on Bosaso in March killed four.",
        "2025-02-10",
    )
    assert len(ex.attacks) == 2


@pytest.mark.parametrize(
    "second",
    [
        "In December the militants beheaded eleven villagers in Afgoye.",
        "On Sunday the militants stormed a base in Afgoye, killing 5 soldiers.",
        "Last week the group stormed a base in Afgoye, killing 5 soldiers.",
    ],
)
def test_the_militants_after_a_time_phrase_are_the_paragraphs_group(
    extract_text: Extract, second: str
) -> None:
    ex = extract_text("Al-Shabaab has stepped up attacks in Lower Shabelle. " + second, "2025-02-10")
    assert perpetrator_keys(only_attack(ex)) == {"group:al_shabaab"}


def test_a_group_of_farmers_is_no_armed_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Al-Shabaab has stepped up attacks in Lower Shabelle. A group of farmers were attacked in Afgoye on "
        "Monday, and 17 people were killed.",
        "2025-02-10",
    )
    assert perpetrator_keys(only_attack(ex)) == set()


@pytest.mark.parametrize(
    ("text", "previous", "value"),
    [
        ("The attack came six months after two militants attacked the ministry.", "2024-04-23", "2023-10"),
        ("It came a year after the siege of Marawi.", "2018-05-23", "2017"),
        # the present tense counts back from the story's own day
        ("The verdict comes two years after the bombing.", None, "2022"),
    ],
)
def test_an_event_months_or_years_before_the_one_told(text: str, previous: str | None, value: str) -> None:
    import datetime as dt

    from kg.extract.dates import find_dates

    assert [d.value for d in find_dates(text, dt.date(2024, 4, 24), previous)] == [value]


def test_an_earlier_attack_months_before_is_its_own_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "A bomb killed five workers at a drone plant in Sincan on Tuesday. The attack came six months after "
        "two PKK militants attacked the entrance of the Interior Ministry in Ankara. In that attack, which the "
        "PKK claimed, two police officers were wounded.",
        "2024-04-24",
    )
    assert sorted(a.date for a in ex.attacks) == ["2023-10", "2024-04-23"]


def test_years_to_the_day_after_is_the_anniversary_of_the_storys_day() -> None:
    import datetime as dt

    from kg.extract.dates import find_dates

    text = "Hundreds laid flowers this morning, seven years to the day after bombers attacked three churches."
    assert find_dates(text, dt.date(2025, 5, 13), None)[-1].value == "2018-05-13"


def test_arrests_in_raids_are_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Officers of the elite unit arrested six men and one woman in simultaneous raids on Sunday in Sidoarjo "
        "and Gresik, police said.",
        "2025-05-13",
    )
    assert ex.attacks == ()


def test_a_raid_by_militants_that_killed_is_still_an_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants killed four villagers in a raid on Sidoarjo on Sunday, police said.", "2025-05-13"
    )
    assert only_attack(ex).killed == 4


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Gunmen shot dead community leader Aurelio Quintero and two of his sons in El Tarra.", 3),
        ("Gunmen shot dead a community leader and two of his sons.", 3),
        ("Gunmen killed the village chief and three of his wives.", 4),
    ],
)
def test_a_titled_victim_and_his_kin_are_counted(sentence: str, killed: int) -> None:
    from kg.extract.numbers import read_casualties

    assert read_casualties(sentence).killed == killed


def test_the_attackers_killed_by_police_are_no_victims() -> None:
    from kg.extract.numbers import read_casualties

    assert read_casualties("Police killed three of the attackers.").killed is None

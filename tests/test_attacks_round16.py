"""Attack rules, round sixteen: faults shown by eval/dev10, read as general rules.

Every sentence here was written for these tests.

- "the March 23 Movement", "the April 6 Youth Movement": a date that names a body is no day of the story.
- "deal with the junta, the rebels or Beijing": a known place after a bare "or" is another choice, no alias.
- "setting off clashes between Fatah fighters and Islamist militants": one side of the fighting that followed is
  not the attacker.
- "shot dead a senior commander of the movement and one of his bodyguards", "a police officer and his driver",
  "commander X and four of his companions were shot dead", "bringing the toll from Sunday's ambush to three",
  "Head Constable A B and Constable C D ... suffered splinter injuries": the counts they give.
- "an attack the agency says was planned and financed by the banned G": a past attack G is blamed for, not a plan;
  "a handler operating from Portugal" places the handler, not the attack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from readings import only_attack, places

from kg.extract.dates import find_dates
from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Rebels of the March 23 Movement (M23) overran the town on Monday.", ["2025-04-21"]),
        ("The April 6 Youth Movement called a strike.", []),
        ("The rebels overran the town on March 23, residents said.", ["2025-03-23"]),
        ("Fighting resumed on 23 March in the east.", ["2025-03-23"]),
    ],
)
def test_a_date_naming_a_body_is_no_day(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, dt.date(2025, 4, 23))] == values


def test_a_known_place_after_or_is_no_alias_of_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Traders say they will deal with the junta, the Karen National Union or Beijing, whoever keeps the road open."
    )
    beijing = [m for m in ex.mentions if m.text == "Beijing"]
    assert beijing and all(m.name == "Beijing" for m in beijing)


def test_one_side_of_the_clashes_that_followed_is_not_the_attacker(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen shot dead a senior commander of the Fatah movement late on Sunday in the Ain al-Hilweh camp, setting "
        "off heavy clashes between Fatah fighters and Islamist militants, residents said.",
        "2025-10-06",
    )
    attack = only_attack(ex)
    assert not attack.responsibility
    assert attack.killed == 1


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Gunmen shot dead a senior commander of the movement and one of his bodyguards on Sunday.", 2, None),
        ("Gunmen shot dead a police officer and his driver on Sunday.", 2, None),
        ("Gunmen shot dead a police officer and one of his sons was wounded.", 1, None),
        (
            "The clashes began after commander Abu Rami al-Hindi and four of his companions were shot dead.",
            5,
            None,
        ),
        ("A second guard died overnight, bringing the toll from Sunday's ambush to three.", 3, None),
        (
            "Head Constable Ravi Dutt and Constable Amar Nath, who were on duty, suffered splinter injuries.",
            None,
            2,
        ),
        ("Sergeant Ali Khan and Corporal Omar Said were killed when the bomb went off.", 2, None),
        ("Ali and Omar were wounded.", None, None),
    ],
)
def test_figures_round16(sentence: str, killed: int | None, wounded: int | None) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_an_attack_planned_by_a_group_is_blamed_on_it_and_its_handler_is_elsewhere(
    extract_text: Extract,
) -> None:
    ex = extract_text(
        "The agency filed a chargesheet against four men accused of hurling a grenade at a police post in Gurdaspur "
        "district on March 10, in an attack it says was planned and financed by the banned Babbar Khalsa "
        "International (BKI). It alleges that the attack was directed by a BKI handler operating from Portugal.",
        "2025-09-26",
    )
    attack = only_attack(ex)
    assert [r.group.name for r in attack.responsibility] == ["Babbar Khalsa International"]
    assert "Portugal" not in places(attack)
    assert "Gurdaspur" in places(attack)


def test_a_planned_attack_is_still_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "The cell planned to attack a police post in Gurdaspur district, the agency said.", "2025-09-26"
    )
    assert not ex.attacks


def test_a_claim_after_the_blast_and_the_bomber_s_cell_blame_both(extract_text: Extract) -> None:
    ex = extract_text(
        "A suicide bomber blew himself up inside a church in Damascus on Sunday, killing at least 17 worshippers. "
        "Hours after the blast, Saraya Ansar al-Sunna, a little-known extremist group whose name means the Brigades "
        "of the Supporters of the Sunna, claimed responsibility in a statement on its Telegram channel. "
        "A ministry spokesman said on Monday that the bomber belonged to a cell of the Islamic State group.",
        "2025-11-17",
    )
    attack = only_attack(ex)
    assert {r.group.name for r in attack.responsibility} == {"Saraya Ansar al-Sunna", "Islamic State"}


def test_the_day_of_the_burial_is_not_the_day_of_the_raid(extract_text: Extract) -> None:
    ex = extract_text(
        "Villagers in Zamfara State on Wednesday buried 23 people killed when gunmen stormed the village of Gidan "
        "Maidawa late on Tuesday night, and 11 other people were being treated for gunshot wounds in Gusau.",
        "2026-04-09",
    )
    attack = only_attack(ex)
    assert (attack.date, attack.killed, attack.wounded) == ("2026-04-07", 23, 11)


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        (
            "The toll rose to 31 on Monday, and 83 people were still being treated in hospitals in Khar.",
            31,
            83,
        ),
        ("The blast killed 5 soldiers, raising the death toll from attacks this month to 48.", 5, None),
        ("Three soldiers were treated for shock after the blast.", None, None),
    ],
)
def test_figures_round16_care(sentence: str, killed: int | None, wounded: int | None) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("A teenager stabbed five people outside a mosque in Konya in August.", None, 5),
        ("A man stabbed two people to death outside a bar.", 2, None),
        ("He shot dead two people outside a bar and wounded a third before killing himself.", 2, 1),
        ("The blast wounded a third of the crew.", None, None),
        ("Two (02) of our soldiers fell as martyrs of duty and three (03) others were wounded.", 2, 3),
        (
            "G was responsible for the abduction and assassination of the British national Alan Reid in 2014.",
            1,
            None,
        ),
    ],
)
def test_figures_round16_statements(sentence: str, killed: int | None, wounded: int | None) -> None:
    found = read_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_a_statement_s_quoted_group_and_its_cell(extract_text: Extract) -> None:
    ex = extract_text(
        'The cell belongs to the terrorist group so-called "al-Qaida in the Islamic Maghreb" (AQIM). '
        "Investigations established that the members of this cell carried out the cowardly attack with an "
        "explosive device against an army patrol on 8 February 2025 near the village of Ait Bouada, in which two "
        '(02) of our soldiers fell as martyrs. It is recalled that "Jund al-Khilafa" was responsible for the '
        "abduction and assassination of the French national Hervé Gourdel in the Djurdjura mountains in "
        "September 2014.",
        "2025-03-19",
    )
    by_date = {a.date: a for a in ex.attacks}
    assert set(by_date) == {"2025-02-08", "2014-09"}
    assert [r.group.name for r in by_date["2025-02-08"].responsibility] == ["al-Qaeda in the Islamic Maghreb"]
    assert by_date["2025-02-08"].killed == 2
    assert [r.group.gazetteer_id for r in by_date["2014-09"].responsibility] == [
        "group:jund_al_khilafah_in_algeria"
    ]
    assert by_date["2014-09"].killed == 1

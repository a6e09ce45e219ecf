"""People and the bodies they belong to, ninth round: offices named by a noun, ranks, asides and owners.

Every sentence was written for these tests. What the rules read, decided here:
- a body led by someone may be named with its head noun ("the Abu Sayyaf faction led by P"), with a
  longer description of the leader ("founded by former rebel negotiator P"), or with "is now commanded by";
  but in "X, which formed from the merger of A, B and C, is led by P" only X is led by P;
- an office held in a body named again by its head noun ("P, commander of the division"; "ministry
  official P") is held in the one body of that noun the last few sentences name, and none where two are;
- "army spokesman P" looks back to the army named before him: a body named "Army" or "Armed Forces",
  not the military's media wing or a maritime agency; the ranks only an army gives ("Sepoy", "Havildar")
  say the same of the rank and file;
- "P, commands X, the Y's counter-insurgency operation": X is a part of Y, and P is in both;
- an aside keeps its verbs: in "the group, led by P, has pledged allegiance to Z" the pledge is the
  group's, and in "its leader, P, pledged allegiance to Z" the leader pledges for his group;
- "replaced A with P as head of O", "the O of Prime Minister P", "P, whom O calls its wali", "P sits on
  the council", "a masthead's Authors: P and Q" after its publisher's name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import bodies_of, facts

from kg.model import Extraction

Extract = Callable[..., Extraction]
AFF = "affiliatedWith"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a body led by someone, named with its head noun, a long description of him, or "is now"
        (
            "The Abu Sayyaf faction led by Radulan Sahiron raided the town.",
            "Radulan Sahiron",
            "Abu Sayyaf Group",
        ),
        (
            "The Segunda Marquetalia, founded by former rebel peace negotiator Hernán Osorio, split again.",
            "Hernán Osorio",
            "Segunda Marquetalia",
        ),
        (
            "Officials believe ISWAP is now commanded by Bako Gorgore.",
            "Bako Gorgore",
            "Islamic State West Africa Province",
        ),
        (
            "Boko Haram's leadership, headed by Bakura Modu, has moved to the islands.",
            "Bakura Modu",
            "Boko Haram",
        ),
        # a part of a mission or of a group named after a possessive
        (
            "Colonel Peter Mugisha, who commands MONUSCO's Sector South, said the road was open.",
            "Peter Mugisha",
            "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
        ),
        (
            "Hamas fired rockets overnight. The army named Yahya Abu Zaid, a commander of the group's Izz ad-Din "
            "al-Qassam Brigades.",
            "Yahya Abu Zaid",
            "Izz ad-Din al-Qassam Brigades",
        ),
        # ranks between the office and the name
        (
            "The spokesman of the Multinational Joint Task Force, Lieutenant Colonel Musa Bello, confirmed it.",
            "Musa Bello",
            "Multinational Joint Task Force",
        ),
        # "the O of Prime Minister P"
        (
            "In 2019 the Libyan National Army marched on the Government of National Accord (GNA) of Prime "
            "Minister Fayez al-Sarraj.",
            "Fayez al-Sarraj",
            # (the name the acronym was defined by, which NER missed: round thirteen)
            "Government of National Accord",
        ),
        # an apposition before "whose", and a seat on a council
        (
            "Hezbollah, the Shiite movement whose secretary-general, Hassan Ali Nasser, sits on the Higher "
            "Defence Council, rejected the plan.",
            "Hassan Ali Nasser",
            "Higher Defence Council",
        ),
        (
            "Hezbollah, the Shiite movement whose secretary-general, Hassan Ali Nasser, sits on the Higher "
            "Defence Council, rejected the plan.",
            "Hassan Ali Nasser",
            "Hezbollah",
        ),
        # the body calls him its officer
        (
            "The desert cells answer to Abu Hafs al-Deiri, whom ISIS propaganda has hailed as its emir for the Badia.",
            "Abu Hafs al-Deiri",
            "Islamic State",
        ),
        ("A Hamas sub-leader, Khalil Nasser, was killed on Monday.", "Khalil Nasser", "Hamas"),
        # a quotation mark and a hedge inside the aside
        (
            'Police arrested a man they identify only as "Abu Dawood al-Tajiki", a recruiter who, prosecutors '
            "allege, works for the ISKP's media office.",
            "Abu Dawood al-Tajiki",
            "Islamic State Khorasan Province",
        ),
        # "replaced A with P as head of O"
        (
            "In 2016 the Islamic State replaced Abubakar Shekau with Idris Bulama as head of ISWAP.",
            "Idris Bulama",
            "Islamic State West Africa Province",
        ),
    ],
)
def test_round9_affiliation(extract_text: Extract, text: str, person: str, body: str) -> None:
    x = extract_text(text)
    assert body in bodies_of(x, person), facts(x)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # the members of a merged list are not what "is led by" is said of
        (
            "Hayat Tahrir al-Sham, which was created in 2017 through the merger of Jabhat Fateh al-Sham, the Nour "
            "al-Din al-Zenki Movement and Ansar al-Din Front, is led by the Syrian commander Abu Mohammad al-Jawlani.",
            "Abu Mohammad al-Jawlani",
            "al-Nusra Front",
        ),
        # the nearer of two bodies is the one led
        (
            "The Nawasi Brigade, known locally as Nawasi, holds the port, while the Stability Support Apparatus, "
            "led by Salem Juha, dominates the old city.",
            "Salem Juha",
            "Nawasi",
        ),
        # "led by supporters of P": not P
        ("The cell, a group led by supporters of Abu Bakr Saleh, was broken up.", "Abu Bakr Saleh", "cell"),
        # the group's pledge, not the man's
        (
            "The group, led by Hamid Kakar, has pledged allegiance to the Taliban's supreme leader.",
            "Hamid Kakar",
            "Taliban",
        ),
        (
            "The ADF grew bolder after its leader, Musa Kabila, pledged allegiance to the Islamic State.",
            "Musa Kabila",
            "Islamic State",
        ),
        # two men paired by "with": the office is the second man's
        (
            "In 2016 the Islamic State replaced Abubakar Shekau with Idris Bulama as head of ISWAP.",
            "Abubakar Shekau",
            "ISWAP",
        ),
        # "the military spokesman of the Houthis" is the Houthis', not the one military agency named before
        (
            "The United Kingdom Maritime Trade Operations agency reported the strike. Yahya Ahmed, the military "
            "spokesman of the Houthis, claimed it.",
            "Yahya Ahmed",
            "United Kingdom Maritime Trade Operations",
        ),
    ],
)
def test_round9_near_miss(extract_text: Extract, text: str, person: str, body: str) -> None:
    x = extract_text(text)
    assert not any(body.casefold() in o.casefold() for o in bodies_of(x, person)), facts(x)


def test_an_office_named_by_the_noun_of_its_body_looks_back(extract_text: Extract) -> None:
    x = extract_text(
        "The army's Fourth Division reported heavy losses. "
        "General Mario Ortega, commander of the division, asked for reinforcements."
    )
    assert "Fourth Division" in bodies_of(x, "Mario Ortega"), facts(x)


def test_an_office_named_by_a_noun_two_bodies_share_is_left_alone(extract_text: Extract) -> None:
    x = extract_text(
        "The Fourth Division and the Fifth Division both reported heavy losses. "
        "General Mario Ortega, commander of the division, asked for reinforcements."
    )
    assert not bodies_of(x, "Mario Ortega"), facts(x)


def test_a_ministry_official_belongs_to_the_ministry_just_named(extract_text: Extract) -> None:
    x = extract_text(
        "Nigeria's defence ministry said on Friday that jets had struck a camp. The ministry gave no toll. "
        "Ministry spokeswoman Amina Bello said more raids would follow."
    )
    assert any("Defence" in o for o in bodies_of(x, "Amina Bello")), facts(x)


def test_a_ministry_official_is_left_alone_where_two_ministries_were_named(extract_text: Extract) -> None:
    x = extract_text(
        "Nigeria's defence ministry and Niger's foreign ministry traded statements. "
        "Ministry spokeswoman Amina Bello said more raids would follow."
    )
    assert not bodies_of(x, "Amina Bello"), facts(x)


def test_army_spokesman_looks_back_to_the_army_not_its_media_wing(extract_text: Extract) -> None:
    x = extract_text(
        "The Inter-Services Public Relations said three soldiers of the Pakistan Army had died in Kurram. "
        "Chief of Army Staff General Tariq Aziz vowed revenge at their funerals."
    )
    assert bodies_of(x, "Tariq Aziz") == {"Pakistan Army"}, facts(x)


def test_military_spokesman_looks_back_to_the_one_army_named_before_him(extract_text: Extract) -> None:
    x = extract_text(
        "The Egyptian Armed Forces relied on tribal militias in the north. "
        "Military spokesman Colonel Ahmed Fathy blamed the jihadists. "
        "In the west, the Libyan National Army holds the oil ports."
    )
    assert bodies_of(x, "Ahmed Fathy") == {"Egyptian Armed Forces"}, facts(x)


def test_a_soldiers_rank_names_the_army(extract_text: Extract) -> None:
    x = extract_text(
        "The Pakistan Army buried three men on Sunday. "
        "They were Havildar Gul Zaman, 41, from Kohat, and Sepoy Imran Ali of Swat, killed in a raid."
    )
    assert bodies_of(x, "Gul Zaman") == {"Pakistan Army"}, facts(x)
    assert bodies_of(x, "Imran Ali") == {"Pakistan Army"}, facts(x)


@pytest.mark.parametrize(
    "text",
    [
        # two armies: which one is not told
        "The Indian Army and the Pakistan Army exchanged fire. Sepoy Imran Ali was killed.",
        # the body is named with him
        "The Pakistan Army sent troops. Sepoy Imran Ali of the Frontier Corps was killed.",
    ],
)
def test_a_soldiers_rank_leaves_the_army_alone_where_it_is_not_told(extract_text: Extract, text: str) -> None:
    x = extract_text(text)
    assert "Pakistan Army" not in bodies_of(x, "Imran Ali"), facts(x)


def test_a_part_apposed_to_its_owner_puts_the_man_in_both(extract_text: Extract) -> None:
    x = extract_text(
        "Major General Ibrahim Musa, who commands Operation Lafiya Dole, the Nigerian army's "
        "counter-insurgency operation in the northeast, said troops were advancing."
    )
    # (the gazetteer knows the operation by its later name)
    assert {"Operation Hadin Kai", "Nigerian Army"} <= bodies_of(x, "Ibrahim Musa"), facts(x)


def test_a_mastheads_authors_write_for_its_publisher(extract_text: Extract) -> None:
    x = extract_text(
        "Brief No. 12: Militias of the Sahel\n"
        "International Crisis Group, Brussels | 3 March 2025 | Authors: Marta Sousa and Pedro Lima\n\n"
        "Summary\n\nThe jihadist groups of the Sahel have grown."
    )
    assert "International Crisis Group" in bodies_of(x, "Marta Sousa"), facts(x)
    assert "International Crisis Group" in bodies_of(x, "Pedro Lima"), facts(x)


def test_a_byline_without_a_masthead_says_nothing(extract_text: Extract) -> None:
    x = extract_text(
        "The International Crisis Group published a report on Monday. Authors: Marta Sousa and Pedro Lima "
        "argue that the militias have grown."
    )
    assert not bodies_of(x, "Marta Sousa"), facts(x)


def test_another_nations_army_spokesman_is_not_the_named_armys(extract_text: Extract) -> None:
    x = extract_text(
        "The Nigerian Army deployed troops near the border. "
        "Later a Ruritanian army spokesman, Colonel Azem Bermendoa, said the raid had failed."
    )
    assert "Nigerian Army" not in bodies_of(x, "Azem Bermendoa"), facts(x)


def test_the_body_a_merger_formed_is_the_one_led(extract_text: Extract) -> None:
    x = extract_text(
        "Hayat Tahrir al-Sham, which was created in 2017 through the merger of Jabhat Fateh al-Sham, the Nour "
        "al-Din al-Zenki Movement and Ansar al-Din Front, is led by the Syrian commander Abu Mohammad al-Jawlani."
    )
    assert bodies_of(x, "Abu Mohammad al-Jawlani") == {"Hayat Tahrir al-Sham"}, facts(x)

"""Round twenty-seven (q25): people and the bodies they belong to (kg/extract/relations/persons.py, mentions/people.py).

Every sentence was written for these tests. What the rules read, decided here:
- "Its leader is P", "Its senior sharia official is the Jordanian cleric P": the possessive pronoun needs no "'s";
- "P, the Islamic Revolutionary Guard Corps (IRGC) commander": the short name in brackets before the office;
- "P was for years a prominent figure in G"; "a paramedic with the O rescue service"; "the member of the so-called G";
- "G, an umbrella structure whose executive leaders, among them P and Q, ...": each leader listed;
- "Founded by P, a former commander of the X (X) who ..., the G has ...": a bracket inside the aside;
- "JNIM is ... . Led by the Malian Tuareg P, it has ...": the opening "it" is the group the sentence before is about;
- "G (other names) grew out of the Q clan and is led by P Q": the family's name is no other person;
- "G, founded in Maiduguri by the preacher P, pledged allegiance to H": the pledge is the group's, not his;
- "the brothers A and B Surname": A shares the surname; "the Malian Tuareg P": the people's name is not his.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import facts, mention_names

from kg.model import Extraction

Extract = Callable[..., Extraction]
AFF = "affiliatedWith"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Hurras al-Din was set up in 2018. Its leader is Samir Hijazi, known as Abu Hammam al-Shami.",
            "Samir Hijazi",
            "Hurras al-Din",
        ),
        (
            "Hurras al-Din was set up in 2018. Its senior sharia official is the Jordanian cleric Sami al-Uraydi.",
            "Sami al-Uraydi",
            "Hurras al-Din",
        ),
        (
            "Qasem Hosseini, the Islamic Revolutionary Guard Corps (IRGC) commander, was buried in Kerman.",
            "Qasem Hosseini",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "Farid Qasimi was for years a prominent figure in Profetens Ummah, the small Oslo network.",
            "Farid Qasimi",
            "Profetens Ummah",
        ),
        (
            "Three were hurt, said David Cohen, a paramedic with the Magen David Adom (MDA) rescue service.",
            "David Cohen",
            "Magen David Adom",
        ),
        (
            "He kept a eulogy for Karim Bouzid, the member of the so-called Hofstad Network who shot a writer.",
            "Karim Bouzid",
            "Hofstad Network",
        ),
        (
            "The PKK sits within the KCK, an umbrella structure whose executive leaders, among them Ali Demirtas "
            "and Cemal Aydin, live in the mountains.",
            "Cemal Aydin",
            "Kurdistan Communities Union",
        ),
        (
            "Founded in 2010 by Karim Dawoud, a former commander of the Moro Islamic Liberation Front (MILF) who "
            "rejected its talks with Manila, the Bangsamoro Islamic Freedom Fighters has since splintered.",
            "Karim Dawoud",
            "Bangsamoro Islamic Freedom Fighters",
        ),
        (
            "JNIM is the largest jihadist coalition in the Sahel. Led by the Malian Tuareg Iyad Ag Ghaly, it has "
            "pledged allegiance to al-Qaeda's leadership.",
            "Iyad Ag Ghaly",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        (
            "The Army of Islam (Jaysh al-Islam, sometimes spelled Jaish al-Islam) grew out of the Dughmush clan and "
            "is led by Mumtaz Dughmush.",
            "Mumtaz Dughmush",
            "Army of Islam",
        ),
    ],
)
def test_a_person_tied_to_the_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert (person, AFF, body) in facts(extract_text(text))


def test_a_founder_named_in_an_aside_does_not_pledge_for_the_group(extract_text: Extract) -> None:
    found = facts(
        extract_text(
            "Boko Haram, founded in Maiduguri by the preacher Yusuf Bello, pledged allegiance to the Islamic "
            "State in March 2015."
        )
    )
    assert ("Yusuf Bello", AFF, "Boko Haram") in found
    assert ("Yusuf Bello", AFF, "Islamic State") not in found


def test_brothers_named_with_one_surname(extract_text: Extract) -> None:
    found = extract_text(
        "The Maute group was founded by the brothers Omar and Abdullah Maute in Lanao del Sur. Omar was killed."
    )
    assert {"Omar Maute", "Abdullah Maute"} <= mention_names(found)
    assert "Omar" not in mention_names(found)


def test_a_peoples_name_before_a_name_is_not_part_of_it(extract_text: Extract) -> None:
    names = mention_names(
        extract_text("The attack was ordered by the Malian Tuareg Iyad Ag Ghaly, officials said.")
    )
    assert "Iyad Ag Ghaly" in names
    assert not any(n.startswith("Tuareg") for n in names)


def test_the_rump_of_the_group_a_splinter_left_was_led_by_him(extract_text: Extract) -> None:
    found = facts(
        extract_text(
            "ISWAP broke away from Boko Haram in 2016 and still fights the rump faction once led by Abubakar "
            "Shekau."
        )
    )
    assert ("Abubakar Shekau", AFF, "Boko Haram") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body's short name in brackets, then "led by" and a name NER passed over
        (
            "The Justice and Equality Movement (JEM) led by Gibril Ibrahim is the largest force.",
            "Gibril Ibrahim",
        ),
        # an office, the name set off by commas, then a verb of saying or reporting
        ("Ashkelon's mayor, Tomer Glam, said the shelters would stay open.", "Tomer Glam"),
        (
            "The Macomia district administrator, Ilidio Muaquilima, initially reported six dead.",
            "Ilidio Muaquilima",
        ),
    ],
)
def test_a_name_in_a_persons_frame(extract_text: Extract, text: str, name: str) -> None:
    assert name in mention_names(extract_text(text))

"""Round twenty-six (q23): whose leader, whose successor, and which body of a university a scholar works for.

"JNIM, the Sahel affiliate of al-Qaeda led by P" is JNIM's leader, as a splinter's would be; "His successor, P"
and "P1, who took over after P2 died" pass the office of the man named as leader on to, or back from, the other;
"a fellow at X University's Program on Extremism" works for the programme, not the university. Each beside a
near miss. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_the_leader_of_an_affiliate_leads_the_affiliate_not_its_parent(extract_text: Extract) -> None:
    got = extract_text(
        "JNIM, the Sahel affiliate of al-Qaeda led by the Malian commander Iyad Ag Ghaly, is active across Mali."
    )
    assert has_fact(got, "Iyad Ag Ghaly", "affiliatedWith", "Jama'at Nusrat al-Islam wal-Muslimin")
    assert not has_fact(got, "Iyad Ag Ghaly", "affiliatedWith", "al-Qaeda")


def test_his_successor_leads_the_group_the_sentence_before_names(extract_text: Extract) -> None:
    got = extract_text(
        "Hezbollah lost its long-time secretary-general Hassan Nasrallah in an airstrike in September 2024. "
        "His successor, Naim Qassem, has said the group will keep its weapons."
    )
    assert has_fact(got, "Naim Qassem", "affiliatedWith", "Hezbollah")


def test_a_successor_of_a_man_named_beside_no_group_belongs_to_none(extract_text: Extract) -> None:
    got = extract_text(
        "Hassan Nasrallah died in an airstrike in September 2024. His successor, Naim Qassem, has said the "
        "group will keep its weapons."
    )
    assert not any(r.subject.name == "Naim Qassem" for r in got.relations)


def test_the_man_a_leader_took_over_from_led_the_same_group(extract_text: Extract) -> None:
    got = extract_text(
        "AQAP has been led since March 2024 by Saad bin Atef al-Awlaki, who took over after Khalid Batarfi died."
    )
    assert has_fact(got, "Saad bin Atef al-Awlaki", "affiliatedWith", "al-Qaeda in the Arabian Peninsula")
    assert has_fact(got, "Khalid Batarfi", "affiliatedWith", "al-Qaeda in the Arabian Peninsula")


def test_a_fellow_at_a_universitys_programme_works_for_the_programme(extract_text: Extract) -> None:
    got = extract_text(
        "Hannah Lerche, who studies violent extremism at George Washington University's Program on Extremism, "
        "testified for the prosecution."
    )
    assert has_fact(
        got, "Hannah Lerche", "affiliatedWith", "Program on Extremism at George Washington University"
    )
    assert not has_fact(got, "Hannah Lerche", "affiliatedWith", "George Washington University")


def test_a_fellow_at_a_university_alone_works_for_the_university(extract_text: Extract) -> None:
    got = extract_text(
        "Hannah Lerche, a fellow at George Washington University, testified for the prosecution."
    )
    assert has_fact(got, "Hannah Lerche", "affiliatedWith", "George Washington University")


def test_the_bomber_a_groups_claim_names_is_its_own(extract_text: Extract) -> None:
    got = extract_text(
        'ISKP claimed the bombing through the Amaq news agency and named the bomber as "Abu Umar al-Tajiki".'
    )
    assert has_fact(got, "Abu Umar al-Tajiki", "affiliatedWith", "Islamic State Khorasan Province")


def test_it_named_the_bomber_is_the_group_the_sentence_before_is_about(extract_text: Extract) -> None:
    got = extract_text(
        "Hours after the blast, Saraya Ansar al-Sunna claimed responsibility in a statement on its Telegram "
        'channel. It named the bomber as "Abu Omar al-Shami" and threatened further attacks.'
    )
    assert has_fact(got, "Abu Omar al-Shami", "affiliatedWith", "Saraya Ansar al-Sunna")


def test_the_attacker_the_police_named_is_not_the_groups_named_after_him(extract_text: Extract) -> None:
    got = extract_text(
        "Police chief Azhar Mohd Zain named the attacker as Amirul Hakim Rosli, 22, and said his father had "
        "been a member of Jemaah Islamiyah."
    )
    assert not has_fact(got, "Amirul Hakim Rosli", "affiliatedWith", "Jemaah Islamiyah")

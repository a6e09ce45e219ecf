"""Round twenty-three (c): names the mention code glued titles to, cut short, or split in two.

- a title before a name is no part of it: "Maître Anne Roux", "Assistant U.S. Attorneys Paul Lee and ...";
  nor the "SC" of Senior Counsel after it;
- "the group's Sahel branch", where the group is the Islamic State: the region names the branch;
- "the villages of Deir ez-Zor": the Arabic article with an e belongs to the place's name;
- "the Bashu chiefdom": a customary area's word stays with its name;
- "Ahmed Qasim, ... once known as Abu Hafs": the name a person went by before is his too.

Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import mention_names, typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def test_french_lawyer_title_is_no_part_of_the_name(extract_text: Extract) -> None:
    got = typed(extract_text("The defence lawyer, Maître Anne Roux, told the court her client was unwell."))
    assert ("Anne Roux", EntityType.PERSON) in got
    assert not any(name.startswith("Ma") and "Roux" in name for name, _ in got)


def test_plural_title_before_two_names_is_dropped(extract_text: Extract) -> None:
    got = typed(extract_text("Assistant U.S. Attorneys Kevin Hale and Sofia Brandt prosecuted the case."))
    assert ("Kevin Hale", EntityType.PERSON) in got
    assert not any(name.startswith("Attorneys") for name, _ in got)


def test_senior_counsel_letters_after_a_name_are_dropped(extract_text: Extract) -> None:
    got = typed(extract_text("Crown prosecutor Liam Hart SC told the court the boy was dangerous."))
    assert ("Liam Hart", EntityType.PERSON) in got
    assert ("Liam Hart SC", EntityType.PERSON) not in got


def test_the_groups_regional_branch_is_no_place(extract_text: Extract) -> None:
    text = (
        "The Islamic State claimed the raid. He said he admired the group's Khorasan branch and would "
        "travel to Afghanistan."
    )
    got = typed(extract_text(text))
    assert ("Khorasan", EntityType.LOCATION) not in got


def test_a_region_after_another_groups_name_stays_a_place(extract_text: Extract) -> None:
    # near miss: no Islamic State in the story, "the group's Khorasan office" of a firm is a place
    got = typed(
        extract_text("The trading group's Khorasan branch opened in Mashhad, in Khorasan, last year.")
    )
    assert ("Khorasan", EntityType.LOCATION) in got


def test_arabic_article_written_with_e_belongs_to_the_place(extract_text: Extract) -> None:
    got = mention_names(
        extract_text("The militants remain active in the villages of Deir ez-Zor, officials said.")
    )
    assert "Deir" not in got
    assert any(name.startswith("Deir ez-Zor") for name in got)


def test_chiefdom_word_stays_with_its_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Kahindo Paluku, who heads a civic group in the nearby Bashu chiefdom, said the raid began at ten."
    )
    assert any(m.text == "Bashu chiefdom" and m.type is EntityType.LOCATION for m in ex.mentions)


def test_name_once_used_is_the_same_person(extract_text: Extract) -> None:
    text = (
        "President Ahmed Qasim, the former rebel leader once known as Abu Hafs al-Iraqi, said the militias "
        "must disarm."
    )
    ex = extract_text(text)
    assert any({a.name, b.name} == {"Ahmed Qasim", "Abu Hafs al-Iraqi"} for a, b in ex.same_as)


def test_name_in_brackets_formerly_known_as(extract_text: Extract) -> None:
    ex = extract_text("Its leader, Omar Haddad (formerly known as Abu Khalid al-Shami), was named president.")
    assert any({a.name, b.name} == {"Omar Haddad", "Abu Khalid al-Shami"} for a, b in ex.same_as)


def test_two_people_named_side_by_side_stay_apart(extract_text: Extract) -> None:
    # near miss: a second person after a description, with no "known as", is someone else
    ex = extract_text("President Ahmed Qasim, the former rebel leader, met Abu Hafs al-Iraqi in the capital.")
    assert not any({a.name, b.name} == {"Ahmed Qasim", "Abu Hafs al-Iraqi"} for a, b in ex.same_as)

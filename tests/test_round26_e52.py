"""Round twenty-six (e52): short names of armed groups.

Every sentence here was written for these tests.

- "Badr's leader" after "the Badr Organization", "Qassam spokesman" after "the Izz ad-Din al-Qassam
  Brigades": the distinctive word of a group named in full is that group, not a person.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PERSON = EntityType.PERSON
GROUP = EntityType.GROUP
LOCATION = EntityType.LOCATION


def test_a_groups_first_word_alone_is_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The brigade is drawn from the Badr Organization, the largest faction in the Popular Mobilization "
        "Forces. Badr's leader, Hadi al-Amiri, attended the funeral in Baghdad on Friday."
    )
    assert ("Badr", PERSON) not in typed(ex)
    assert not any(t is PERSON and n == "Badr" for n, t in typed(ex))


def test_a_groups_inner_word_alone_is_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Hamas's armed wing, the Izz ad-Din al-Qassam Brigades, claimed the shooting in Jaffa on Tuesday. "
        "Qassam spokesman Abu Obeida said the attack was a response to the raids in Jenin."
    )
    assert ("Qassam", PERSON) not in typed(ex)


def test_a_persons_surname_shared_with_a_group_stays_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Followers of Abdullah Azzam formed the Abdullah Azzam Brigades in Lebanon in 2009. "
        "Azzam was killed in Peshawar in 1989."
    )
    assert not any(t is GROUP and m == "Azzam" for m, t in {(m.text, m.type) for m in ex.mentions})


def test_a_groups_word_after_the_is_not_made_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Los Lobos began as an armed wing of Los Choneros. A banner signed by Los Choneros accused "
        '"the Lobos traitors" of the killings in Guayaquil.'
    )
    assert not any(m.type is GROUP and m.text == "Lobos" for m in ex.mentions)


def test_a_group_named_after_two_people_leaves_them_people(extract_text: Extract) -> None:
    ex = extract_text(
        "The cell called itself the Sole e Baleno Brigade, after two anarchists who died in custody in 1998. "
        "Baleno was arrested in Turin with Sole and a third activist, prosecutors said."
    )
    assert ("Sole e Baleno Brigade", GROUP) in typed(ex)
    assert ("Baleno", PERSON) in typed(ex)

"""Round twenty (c): names NER took for a person that are a unit's or a band's.

Every sentence here was written for these tests.

- "the navy's Blue Lotus Corps said", "led by the Tiger Squad of the Rapid Response Unit": no one's name
  ends in a word for a military unit, whatever verb follows; "Corporal Ada Squires said" stays a person.
- "was claimed by Jaish-ul-Khair, a group that ...": a band's Arabic word joined by hyphens to a particle and a
  name is a group's; "Harkat-e-Nur" likewise; a plain person ("Ansar Khan said") stays a person.
- "Jund al-Sahil, an Islamic State unit in the delta": a name with a band's word set beside a unit of a named
  group is a group; "Ansar Ahmed, a Kenyan army unit commander" stays a person.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PERSON = EntityType.PERSON
ORGANIZATION = EntityType.ORGANIZATION
GROUP = EntityType.GROUP


def test_a_unit_that_said_is_no_person(extract_text: Extract) -> None:
    ex = extract_text(
        '"The attackers will be hunted down," the navy\'s Blue Lotus Corps said in a post on Tuesday.'
    )
    assert ("Blue Lotus Corps", PERSON) not in typed(ex)
    assert ("Blue Lotus Corps", ORGANIZATION) in typed(ex)


def test_a_unit_that_led_the_assault_is_no_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen stormed a mall in the capital on Thursday, killing nine shoppers. Soldiers, led by the Tiger "
        "Squad of the Rapid Response Unit, ended the siege on Friday."
    )
    assert not any(name.startswith("Tiger Squad") and kind is PERSON for name, kind in typed(ex))


def test_a_person_whose_name_starts_like_a_unit_stays_a_person(extract_text: Extract) -> None:
    ex = extract_text('"The attackers will be hunted down," said Corporal Ada Squires on Tuesday.')
    assert ("Ada Squires", PERSON) in typed(ex)


def test_a_hyphen_joined_band_name_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The bombing of the police post was claimed by Jaish-ul-Khair, a group that officials describe as "
        "a front for a larger network."
    )
    assert ("Jaish-ul-Khair", GROUP) in typed(ex)
    assert ("Jaish-ul-Khair", PERSON) not in typed(ex)


def test_a_plain_name_with_a_band_word_stays_a_person(extract_text: Extract) -> None:
    ex = extract_text('"We heard two blasts," said Ansar Khan, a shopkeeper in the market.')
    assert ("Ansar Khan", PERSON) in typed(ex)
    assert ("Ansar Khan", GROUP) not in typed(ex)


def test_a_band_described_as_a_named_groups_unit_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The analyst described Jund Sahil, an Islamic State unit that has operated in the delta since 2019, "
        "as the most dangerous cell in the region."
    )
    assert ("Jund Sahil", GROUP) in typed(ex)
    assert ("Jund Sahil", PERSON) not in typed(ex)


def test_a_person_described_as_a_unit_commander_stays_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The analyst interviewed Ansar Ahmed, a Kenyan army unit commander, in Garissa on Monday."
    )
    assert ("Ansar Ahmed", GROUP) not in typed(ex)


def test_a_body_named_for_its_subject_runs_on_over_its_region(extract_text: Extract) -> None:
    ex = extract_text(
        '"The claim is a message to recruits," said Ama Boateng, a researcher at the Institute for Peace '
        "Research of West Africa."
    )
    assert ("Institute for Peace Research of West Africa", ORGANIZATION) in typed(ex)


def test_a_body_named_for_its_subject_in_a_city_stops_at_the_city(extract_text: Extract) -> None:
    ex = extract_text(
        '"The claim is a message to recruits," said Ama Boateng, a researcher at the Institute for Peace '
        "Research in Accra."
    )
    assert ("Institute for Peace Research in Accra", ORGANIZATION) not in typed(ex)


def test_initials_in_brackets_spell_out_a_name_cut_short(extract_text: Extract) -> None:
    ex = extract_text(
        '"The talks are over," said Musa Ali, head of the rebels\' Joint Council on the Return of Refugees (JCRR).'
    )
    assert any(
        name == "Joint Council on the Return of Refugees" and kind is ORGANIZATION for name, kind in typed(ex)
    )


def test_initials_that_spell_out_another_name_leave_the_span(extract_text: Extract) -> None:
    ex = extract_text(
        '"The talks are over," said Musa Ali, head of the rebels\' Joint Council on the Return of Refugees (UNHCR).'
    )
    assert not any(name == "Joint Council on the Return of Refugees" for name, _ in typed(ex))


def test_a_name_with_a_persons_clause_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Settlers burned two cars in the village on Sunday. Dana Levinsky, who tracks outposts for a "
        "monitoring group, said the attacks had grown."
    )
    assert ("Dana Levinsky", ORGANIZATION) not in typed(ex)


def test_a_founder_then_a_teenager_is_a_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The network was founded in 2020 by Corwin Haldane, then a 16-year-old in Ohio, prosecutors said."
    )
    assert ("Corwin Haldane", ORGANIZATION) not in typed(ex)


def test_a_body_with_a_clause_keeps_its_word(extract_text: Extract) -> None:
    ex = extract_text(
        "Settlers burned two cars in the village on Sunday. The Hope Trust, who tracks outposts, said the "
        "attacks had grown."
    )
    assert ("Hope Trust", PERSON) not in typed(ex)

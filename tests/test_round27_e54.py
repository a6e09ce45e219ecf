"""Round twenty-seven (e54): places, outlets and other names read across the read sets.

Every sentence here was written for these tests.

- "gunmen in Garissa ... a police post in Garissa county": a bare name before the region is first named with
  its kind word is the region too; a dateline ("Garissa, Kenya — ") and "the state capital, Garissa" keep the
  town, and "Garissa and Wajir counties" is the region whatever else the story says.
- "The Sahel Courier", "the Tigris Post": a paper named for the place it covers is the paper, not the place.
- "Ansar al-Din, the label the Shabaab uses for its fighters", "under the front name Ansar al-Din": a front
  name is one more name of the group.
- "Jorge Ruiz Pardo, alias Calarcá ... Calarcá's men": a nom de guerre is the man's, whatever town shares it.
- "the Kanyaruchinya displacement camp ... Kanyaruchinya camp": one camp.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
LOCATION = EntityType.LOCATION
ORGANIZATION = EntityType.ORGANIZATION
PERSON = EntityType.PERSON


def _names_of_text(ex: Extraction, text: str) -> set[str]:
    return {m.name for m in ex.mentions if m.text == text and m.type is LOCATION}


def _pairs(ex: Extraction) -> set[tuple[str, str]]:
    return {(a.text, b.text) for a, b in ex.same_as}


def test_a_bare_name_before_its_region_is_the_region(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked a bus in Garissa on Monday, officials said. The bus was travelling to a police post "
        "in Garissa county when it was ambushed."
    )
    region = _names_of_text(ex, "Garissa county")
    assert region
    assert _names_of_text(ex, "Garissa") == region


def test_a_dateline_before_the_region_stays_the_town(extract_text: Extract) -> None:
    ex = extract_text(
        "Garissa, Kenya — Gunmen attacked a bus on Monday, officials said. The bus was travelling to a police "
        "post in Garissa county when it was ambushed."
    )
    assert _names_of_text(ex, "Garissa") != _names_of_text(ex, "Garissa county")


def test_the_state_capital_named_stays_the_town(extract_text: Extract) -> None:
    ex = extract_text(
        "Bandits killed nine villagers in Garissa county on Monday. The village lies 80 km from the county "
        "capital, Garissa, officials said."
    )
    assert _names_of_text(ex, "Garissa") != _names_of_text(ex, "Garissa county")


def test_a_point_measured_from_stays_the_town(extract_text: Extract) -> None:
    ex = extract_text(
        "Bandits killed nine villagers in Garissa county on Monday. The village lies on the road west of "
        "Garissa, officials said."
    )
    assert _names_of_text(ex, "Garissa") != _names_of_text(ex, "Garissa county")


def test_a_name_listed_before_a_plural_kind_is_the_region(extract_text: Extract) -> None:
    ex = extract_text(
        "Bandits killed nine villagers in Garissa county on Monday, 80 km from the county capital, Garissa. "
        "The gang has camps in the border areas of Garissa and Wajir counties, police said."
    )
    listed = {
        m.name for m in ex.mentions if m.text == "Garissa" and m.start > ex.document.text.index("areas")
    }
    assert listed == _names_of_text(ex, "Garissa county")


def test_a_paper_named_for_a_region_is_the_paper(extract_text: Extract) -> None:
    ex = extract_text(
        'The commander told The Sahel Courier that the attackers came from Niger. "We will respond," he said.'
    )
    assert ("Sahel Courier", ORGANIZATION) in typed(ex)
    assert ("Sahel", LOCATION) not in typed(ex)


def test_a_place_before_a_lower_case_post_stays_the_place(extract_text: Extract) -> None:
    ex = extract_text("Militants attacked a police post in the Sahel on Monday, killing four officers.")
    assert ("Sahel", LOCATION) in typed(ex)


def test_a_label_a_group_uses_is_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The statement was issued in the name of Ansar al-Din, the label al-Shabaab has long used for its "
        "fighters in the south."
    )
    assert any({"Ansar al-Din", "al-Shabaab"} <= {a, b} for a, b in _pairs(ex))


def test_a_front_name_after_the_group_is_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Al-Shabaab, al-Qaeda's branch in Somalia, has held the Juba valley since 2008. Under the front name "
        "Ansar al-Din it seized two towns in 2011."
    )
    pairs = _pairs(ex)
    assert any({"Ansar al-Din", "Al-Shabaab"} <= {a, b} for a, b in pairs)
    assert not any({"Ansar al-Din", "al-Qaeda"} <= {a, b} for a, b in pairs)


def test_a_group_named_without_a_label_word_stays_apart(extract_text: Extract) -> None:
    ex = extract_text("Ansar al-Din, a rival of al-Shabaab, seized two towns in the south in 2011.")
    assert not any({"Ansar al-Din", "al-Shabaab"} <= {a, b} for a, b in _pairs(ex))


def test_a_nom_de_guerre_that_is_a_town_is_the_person(extract_text: Extract) -> None:
    ex = extract_text(
        "The faction is led by Jorge Ruiz Pardo, alias Calarcá, a former FARC commander. "
        "Calarcá's men attacked an army base in Cauca last week."
    )
    assert not any(m.text == "Calarcá" and m.type is LOCATION for m in ex.mentions)
    assert {m.name for m in ex.mentions if m.text == "Calarcá"} == {"Jorge Ruiz Pardo"}


def test_a_town_after_in_with_no_alias_stays_the_town(extract_text: Extract) -> None:
    ex = extract_text("Jorge Ruiz Pardo was arrested in Calarcá last week, police said.")
    assert ("Calarcá", LOCATION) in {(m.text, m.type) for m in ex.mentions}


def test_a_camp_named_with_and_without_its_kind_of_dweller_is_one_camp(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighting reached the Kanyaruchinya displacement camp on Friday. Aid workers in Kanyaruchinya camp "
        "said food ran out."
    )
    names = {
        m.name for m in ex.mentions if m.text in ("Kanyaruchinya displacement camp", "Kanyaruchinya camp")
    }
    assert len(names) == 1


def test_two_camps_of_different_names_stay_apart(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighting reached the Kanyaruchinya displacement camp on Friday. Aid workers in Bulengo camp said food "
        "ran out."
    )
    camp = {m.name for m in ex.mentions if m.text == "Kanyaruchinya displacement camp"}
    other = {m.name for m in ex.mentions if m.text.startswith("Bulengo")}
    assert camp and other and not camp & other

"""Round twenty-five: titles, ranks, nationalities, creeds and possessives that name no one.

Every sentence here was written for these tests.

- "Lt Col (retd) Imran Qureshi", "the Rabbi's house": a title or a rank with no name after it is no person.
- "the former Grand Mufti of Egypt", "a former National Guardsman": an office is no body and no place.
- "a junior commissioned officer (JCO)": initials spelt out in lower-case words stand for a common noun.
- "St Ephrem's Assyrian Church": a saint before a possessive names the building, not a person.
- "Kachin forces", "the Karen armed groups", "Salafi-jihadist cells", "Sunni Muslims": peoples and creeds.
- "the Assad regime": a ruling family's name before the word for its rule is no person of the story.
- "Under Secretary for Terrorism and Financial Intelligence": the second portfolio of a title is no body.
- "offences under Sections 16 and 18": a numbered part of a law is no name.
- "operations in the Grand Nord, told": a name after "in the" with only a stop after it is a region.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import mention_names as names_of
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PERSON = EntityType.PERSON
LOCATION = EntityType.LOCATION


def test_a_rank_without_a_name_is_no_person(extract_text: Extract) -> None:
    ex = extract_text(
        "Police said Lt Col (retd) Imran Qureshi was shot outside his home in Rawalpindi on Monday."
    )
    assert ("Imran Qureshi", PERSON) in typed(ex)
    assert "Col" not in names_of(ex)


def test_a_title_before_a_possessive_is_no_person(extract_text: Extract) -> None:
    ex = extract_text("Gunmen set fire to the Rabbi's house in Derbent and fled, police said.")
    assert "Rabbi" not in names_of(ex)


def test_a_title_before_a_name_keeps_the_person(extract_text: Extract) -> None:
    ex = extract_text("Rabbi Ariel Stern said the community would rebuild the synagogue in Derbent.")
    assert any(t is PERSON and "Ariel Stern" in n for n, t in typed(ex))


def test_an_office_of_a_country_is_no_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Ali Gomaa, the former Grand Mufti of Egypt, survived the attempt near a mosque in Giza."
    )
    assert "Grand Mufti" not in names_of(ex)
    assert "Grand Mufti of Egypt" not in names_of(ex)


def test_a_member_of_a_guard_is_no_body(extract_text: Extract) -> None:
    ex = extract_text(
        "The network was founded in 2015 by Dale Turner, a former National Guardsman, in Florida."
    )
    assert "National Guardsman" not in names_of(ex)


def test_initials_of_a_lower_case_phrase_name_nothing(extract_text: Extract) -> None:
    ex = extract_text(
        "Five soldiers, including a junior commissioned officer (JCO), were killed near Kathua. The JCO was 41."
    )
    assert "JCO" not in names_of(ex)


def test_a_saint_before_a_possessive_is_no_person(extract_text: Extract) -> None:
    ex = extract_text("The boy walked into St Ephrem's Assyrian Church in Greenacre with a knife.")
    assert "St Ephrem" not in names_of(ex)


def test_peoples_before_their_armed_groups_name_no_one(extract_text: Extract) -> None:
    ex = extract_text(
        "A rival Shan armed group and two Karen armed groups clashed near the road, while Kachin forces "
        "held the hills, residents of Hpakant said."
    )
    assert not {"Shan", "Karen", "Kachin"} & names_of(ex)


def test_a_creed_and_a_faith_name_no_one(extract_text: Extract) -> None:
    ex = extract_text(
        "Police in Woodlands said a 17-year-old Protestant Christian had planned to attack two mosques."
    )
    assert "Protestant Christian" not in names_of(ex)
    ex = extract_text("The Sunni jihadists have no affinity with the Zaydi Shia movement in Saada, he said.")
    assert "Zaydi Shia" not in names_of(ex)


def test_a_hyphenated_creed_names_no_one(extract_text: Extract) -> None:
    ex = extract_text("An umbrella of Salafi-jihadist cells fired rockets from Rafah, the army said.")
    assert "Salafi-jihadist" not in names_of(ex)


def test_a_family_name_before_regime_is_no_person(extract_text: Extract) -> None:
    ex = extract_text("The militia sent fighters to Syria in 2013 to defend the Assad regime near Aleppo.")
    assert "Assad" not in names_of(ex)


def test_a_ruler_named_in_full_stays_a_person(extract_text: Extract) -> None:
    ex = extract_text("Bashar al-Assad fled to Moscow in December. The Assad regime had ruled for decades.")
    assert any(t is PERSON and "Assad" in n for n, t in typed(ex))


def test_a_second_portfolio_is_no_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Marcus Ellery, Treasury's Under Secretary for Terrorism and Financial Intelligence, said the sanctions "
        "would bite."
    )
    assert "Financial Intelligence" not in names_of(ex)


def test_a_numbered_part_of_a_law_is_no_name(extract_text: Extract) -> None:
    ex = extract_text("Judge Amrit Kaur took cognisance of offences under Sections 16, 18 and 20 of the act.")
    assert "Sections 16" not in names_of(ex)


def test_a_region_after_in_the_is_a_place(extract_text: Extract) -> None:
    ex = extract_text(
        "A spokesman for the army's operations in the Grand Nord, Captain Anthony Mualushayi, said two were killed."
    )
    assert ("Grand Nord", LOCATION) in typed(ex)
    assert ("Grand Nord", PERSON) not in typed(ex)


def test_a_capital_before_regime_stays_a_place(extract_text: Extract) -> None:
    ex = extract_text("Moscow blamed the Kyiv regime for the raid on Belgorod.")
    assert ("Kyiv", LOCATION) in typed(ex)

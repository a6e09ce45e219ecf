"""Round twenty-seven: where a group is, said in ways the rules had not read.

Every sentence here was written for these tests.

- a list or a narrowing word after the place a group is active in: "in the Makran belt, particularly A and B";
  "in Pendjari and in the neighbouring W park"; "Yemen's capital Sanaa"
- a bare comma is a town and its country, not two grounds: "active in Timbuktu, Mali"; a plain list is left to the
  pair rules
- the kind of group between a country's possessive and its name: "Sudan's paramilitary Rapid Support Forces"
- a noun phrase set off by commas after the name: "ISWAP, the stronger of the two, ... is also active in X"
- "made up largely of Uyghur fighters based around X"; "the Kenyan border counties of A and B"
- "X and its political ally, Y (Z), have held W": both subjects
- "has terrorised villages around X"; "has been expanding from central X"
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.extract.relations import listed_grounds
from kg.extract.relations.common import Found
from kg.extract.sentences import Sentence
from kg.model import EntityType, Extraction, Mention, Predicate

Extract = Callable[..., Extraction]


def test_a_narrowing_word_adds_the_places_it_names(extract_text: Extract) -> None:
    ex = extract_text(
        "The Baloch Republican Army, led by a former student leader, is strongest in the Makran belt, "
        "particularly Kech and Panjgur districts."
    )
    for place in ("Makran", "Kech", "Panjgur"):
        assert has_fact(ex, "Baloch Republican Army", "operatesIn", place)


def test_a_second_place_after_and_in_the_neighbouring(extract_text: Extract) -> None:
    ex = extract_text(
        "JNIM, whose fighters are active in Pendjari and in the neighbouring W National Park, claimed the raid."
    )
    assert has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "operatesIn", "Pendjari")
    assert has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "operatesIn", "W National Park")


def test_the_capital_a_country_possessive_names(extract_text: Extract) -> None:
    ex = extract_text("The Houthis, who control Yemen's capital Sanaa, fired two more missiles on Tuesday.")
    assert has_fact(ex, "Houthis", "operatesIn", "Sanaa")


def _mention(text: str, sentence: str, etype: EntityType) -> Mention:
    start = sentence.index(text)
    return Mention(text, text, etype, "d", start, start + len(text), 0)


def test_a_marked_join_carries_the_ground_but_a_plain_list_a_comma_or_a_span_does_not() -> None:
    # a town and its country are not a list of grounds; a list that goes on to "and" is
    for text, grounds in (
        ("Ansar Dine is active in Timbuktu, Mali.", []),
        ("Ansar Dine is active in Timbuktu and also in Gao and Kidal.", ["Gao", "Kidal"]),
        # a plain list is the pair rules' to read
        ("Ansar Dine is active in Timbuktu, Gao and Kidal.", []),
        # the two ends of a line are not two grounds
        ("Ansar Dine moves along the road between Timbuktu and Gao.", []),
    ):
        names = [n for n in ("Ansar Dine", "Timbuktu", "Mali", "Gao", "Kidal") if n in text]
        mentions = tuple(
            _mention(n, text, EntityType.GROUP if n == "Ansar Dine" else EntityType.LOCATION) for n in names
        )
        s = Sentence(0, 0, len(text), text, mentions)
        found = Found(mentions[0], Predicate.OPERATES_IN, mentions[1], 0.75)
        assert [f.object.name for f in listed_grounds(s, found)] == grounds


def test_the_kind_of_group_after_a_country_possessive(extract_text: Extract) -> None:
    ex = extract_text("Fighters of Sudan's paramilitary Rapid Support Forces stormed a market on Monday.")
    assert has_fact(ex, "Rapid Support Forces", "operatesIn", "Sudan")


def test_a_state_force_after_a_country_possessive_is_no_group_there(extract_text: Extract) -> None:
    ex = extract_text("Iran's powerful Revolutionary Guards fired missiles at a camp on Monday.")
    assert not has_fact(ex, "Revolutionary Guards", "operatesIn", "Iran")


def test_a_noun_apposition_does_not_hide_the_verb(extract_text: Extract) -> None:
    ex = extract_text(
        "ISWAP, the larger of the two factions, dominates the southern shore and is also active in Niger's "
        "Diffa region."
    )
    assert has_fact(ex, "Islamic State West Africa Province", "operatesIn", "Diffa Region")


def test_an_apposition_that_places_another_is_not_stripped(extract_text: Extract) -> None:
    ex = extract_text("The ADF, the rebels who once fought in Uganda, attacked a village in Beni on Sunday.")
    assert not has_fact(ex, "ADF", "operatesIn", "Beni")


def test_the_men_a_group_is_made_of_and_where_they_are(extract_text: Extract) -> None:
    ex = extract_text(
        "The Turkistan Islamic Party (TIP), made up largely of Uyghur fighters based around Jisr al-Shughur, "
        "rejected the truce."
    )
    assert has_fact(ex, "Turkistan Islamic Party", "operatesIn", "Jisr al-Shughur")


def test_a_countrys_border_counties_of(extract_text: Extract) -> None:
    ex = extract_text("Al-Shabaab is active in the Kenyan border counties of Mandera and Wajir.")
    assert has_fact(ex, "al-Shabaab", "operatesIn", "Mandera")
    assert has_fact(ex, "al-Shabaab", "operatesIn", "Wajir")


def test_a_subject_and_its_ally_named_in_apposition_share_the_verb(extract_text: Extract) -> None:
    ex = extract_text(
        "The M23 and its political ally, the Alliance Fleuve Congo (AFC), have held Bukavu since February."
    )
    assert has_fact(ex, "March 23 Movement", "operatesIn", "Bukavu")
    assert has_fact(ex, "Alliance Fleuve Congo", "operatesIn", "Bukavu")


def test_the_people_of_a_place_a_group_has_preyed_on(extract_text: Extract) -> None:
    ex = extract_text(
        "Ansaru, which split from Boko Haram, has terrorised villages around Birnin Gwari for years."
    )
    assert has_fact(ex, "Ansaru", "operatesIn", "Birnin Gwari")


def test_a_group_expanding_from_a_place_is_there(extract_text: Extract) -> None:
    ex = extract_text("Ansaru has been expanding from southern Kaduna towards the border with Niger State.")
    assert has_fact(ex, "Ansaru", "operatesIn", "Southern Kaduna")

"""Round thirty-five (lead): known towns after more words for where ("above X", "the road through X", "the suburb of
X"), "the CITY suburb of TOWN" read the right way round, and what the curated gazetteer knows of a pair as the pair
model's prior (never for where a group operates). Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg import gazetteer
from kg.extract.relations.learned import candidates
from kg.extract.sentences import Sentence
from kg.model import EntityType, Extraction, Mention, Predicate

Extract = Callable[..., Extraction]
G, L = EntityType.GROUP, EntityType.LOCATION


# ---------------------------------------------------------------- known towns NER leaves untagged


@pytest.mark.parametrize(
    "text, town",
    [
        ("In Kashmir, India, gunmen shot dead six hikers in a meadow above Pahalgam on Sunday.", "Pahalgam"),
        ("Two men were arrested overnight in the Damascus suburb of Harasta, in Syria.", "Harasta"),
        ("In Nigeria the convoy was ambushed on the road through Gwoza at dawn.", "Gwoza"),
    ],
)
def test_a_known_town_after_a_word_for_where_is_a_place(extract_text: Extract, text: str, town: str) -> None:
    ex = extract_text(text)
    assert any(m.type is L and m.text == town for m in ex.mentions)


def test_a_town_whose_country_the_text_never_names_is_not_taken(extract_text: Extract) -> None:
    # "Harasta" alone, in a text that names nowhere in Syria: the name could be anything's, not the Syrian town
    ex = extract_text("The courier said he had walked for a day through Harasta to reach the coast.")
    assert "place:gn:169897" not in {m.gazetteer_id for m in ex.mentions}


# ---------------------------------------------------------------- the city named before its part


def test_the_city_before_suburb_of_holds_the_suburb(extract_text: Extract) -> None:
    ex = extract_text("Police raided a flat in the Damascus suburb of Harasta, Syria, on Monday.")
    assert has_fact(ex, "Ḩarastā", "locatedIn", "Damascus")
    assert not has_fact(ex, "Damascus", "locatedIn", "Ḩarastā")


def test_a_part_named_before_neighbourhood_of_lies_in_the_city(extract_text: Extract) -> None:
    ex = extract_text("Gunmen opened fire in the Tarimbo neighbourhood of Fortaleza, Brazil, late on Friday.")
    assert has_fact(ex, "Tarimbo", "locatedIn", "Fortaleza")
    assert not has_fact(ex, "Fortaleza", "locatedIn", "Tarimbo")


# ---------------------------------------------------------------- the gazetteer's prior for the pair model


def _sentence(text: str, *names: tuple[str, str, EntityType]) -> Sentence:
    """A sentence with a mention for each (name, gazetteer id, type), found in order."""
    mentions, at = [], 0
    for name, gid, kind in names:
        start = text.index(name, at)
        mentions.append(Mention(name, name, kind, "d", start, start + len(name), 0, 0.9, gid))
        at = start + len(name)
    return Sentence(0, 0, len(text), text, tuple(mentions))


def _features(s: Sentence, predicate: Predicate, subject: str, obj: str) -> set[str]:
    return next(
        c.features
        for c in candidates([s], [], [], {})
        if c.predicate is predicate and c.subject == subject and c.object == obj
    )


def _either_way(s: Sentence, predicate: Predicate, x: str, y: str) -> set[str]:
    """A symmetric relation's features: its candidate is kept under one order of the two only."""
    return next(
        c.features
        for c in candidates([s], [], [], {})
        if c.predicate is predicate and {c.subject, c.object} == {x, y}
    )


def test_a_group_beside_its_gazetteer_parent_carries_the_prior() -> None:
    s = _sentence(
        "JNIM and al-Qaeda were both named in the statement.",
        ("JNIM", "group:jamaat_nusrat_al_islam_wal_muslimin", G),
        ("al-Qaeda", "group:al_qaeda", G),
    )
    f = _features(s, Predicate.AFFILIATE_OF, "group:jamaat_nusrat_al_islam_wal_muslimin", "group:al_qaeda")
    assert "kb:parent" in f
    back = _features(s, Predicate.AFFILIATE_OF, "group:al_qaeda", "group:jamaat_nusrat_al_islam_wal_muslimin")
    assert "kb:child" in back and "kb:parent" not in back


def test_a_splinter_beside_the_group_it_left_carries_the_prior() -> None:
    s = _sentence(
        "The New IRA and the Real IRA were both named.",
        ("New IRA", "group:new_ira", G),
        ("Real IRA", "group:real_ira", G),
    )
    assert "kb:formed_from" in _features(s, Predicate.FORMED_FROM, "group:new_ira", "group:real_ira")


def test_where_a_group_is_known_to_fight_is_no_feature() -> None:
    # outside knowledge a careful reader does not add: "JeM operates in India" must come from the words
    s = _sentence(
        "Al-Shabaab, Somalia and France were all named.",
        ("Al-Shabaab", "group:al_shabaab", G),
        ("Somalia", "place:SO", L),
        ("France", "place:FR", L),
    )
    for place in ("place:SO", "place:FR"):
        assert not any(
            f.startswith("kb:") for f in _features(s, Predicate.OPERATES_IN, "group:al_shabaab", place)
        )


def test_a_group_the_gazetteer_does_not_know_carries_no_prior_of_a_kind() -> None:
    s = _sentence("The Foo Brigade fought in Somalia.", ("Foo Brigade", None, G), ("Somalia", "place:SO", L))
    f = _features(s, Predicate.OPERATES_IN, "Group:foo brigade", "place:SO")
    assert not any(x.startswith("kb:") for x in f)


# ---------------------------------------------------------------- a byline's post and employer


def test_a_bylines_post_and_employer_set_apart_by_commas(extract_text: Extract) -> None:
    ex = extract_text(
        "*Policy brief by Selma Okonkwo, senior analyst, Gulf of Guinea Research Centre (Lagos). 3 May 2026.*"
    )
    assert has_fact(ex, "Selma Okonkwo", "affiliatedWith", "Gulf of Guinea Research Centre")


def test_a_post_between_commas_before_a_speaker_is_not_a_byline(extract_text: Extract) -> None:
    ex = extract_text(
        "Selma Okonkwo, senior analyst, the Gulf of Guinea Research Centre said, was not consulted."
    )
    assert not has_fact(ex, "Selma Okonkwo", "affiliatedWith", "Gulf of Guinea Research Centre")


# ---------------------------------------------------------------- small towns in more theatres


@pytest.mark.parametrize(
    "text, town, where",
    [
        (
            "Gunmen attacked a police post in Urus-Martan, in Chechnya, southern Russia, on Friday.",
            "Urus-Martan",
            "RU",
        ),
        ("Rebels raided a market in Bubanza, in north-western Burundi, overnight.", "Bubanza", "BI"),
    ],
)
def test_a_small_town_of_a_newly_listed_theatre_is_placed(
    extract_text: Extract, text: str, town: str, where: str
) -> None:
    ex = extract_text(text)
    [m] = [m for m in ex.mentions if m.text == town]
    assert m.type is L and m.gazetteer_id is not None
    assert gazetteer.small_towns()[m.gazetteer_id.removeprefix("place:")].country == where


def test_a_town_of_russia_outside_the_north_caucasus_is_still_unknown() -> None:
    # Sergiyev Posad, near Moscow: Russia lists only its North Caucasus republics' towns
    assert gazetteer.lookup_town("Sergiyev Posad") == ()


def test_two_groups_carry_their_kinds_and_whether_they_share_a_family() -> None:
    s = _sentence(
        "ISKP and al-Qaeda, and ISWAP too, were named.",
        ("ISKP", "group:islamic_state_khorasan_province", G),
        ("al-Qaeda", "group:al_qaeda", G),
        ("ISWAP", "group:islamic_state_west_africa_province", G),
    )
    iskp, aq, iswap = (m.gazetteer_id for m in s.mentions)
    rivals = _either_way(s, Predicate.RIVAL_OF, aq, iskp)
    assert {"kb:family:other", "kb:kinds:jihadist|jihadist"} <= rivals
    provinces = _either_way(s, Predicate.ALLIED_WITH, iskp, iswap)
    assert "kb:family:same" in provinces


def test_a_person_beside_a_known_group_carries_its_kind() -> None:
    s = _sentence(
        "Abu Omar, a preacher, spoke of al-Qaeda.",
        ("Abu Omar", None, EntityType.PERSON),
        ("al-Qaeda", "group:al_qaeda", G),
    )
    assert "kb:b_kind:jihadist" in _features(
        s, Predicate.AFFILIATED_WITH, "Person:abu omar", "group:al_qaeda"
    )

"""Round thirty-six (lead): the pair model sees words of one kind as one ("captured" and "overran" both say a group
held a place) and names listed with a name the rules tied ("active in X, Y and Z"); the agent of a passive is not
the branch it describes; "neither X nor Y has claimed it" is no claim; "That month they seized ..." and "The rebels
also claimed ..." stand for the group just told. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact, only_attack

from kg.extract.relations.learned import candidates
from kg.extract.sentences import Sentence
from kg.model import EntityType, Evidence, Extraction, Mention, Predicate, Relation

Extract = Callable[..., Extraction]
G, L = EntityType.GROUP, EntityType.LOCATION


def _sentence(text: str, *names: tuple[str, EntityType]) -> Sentence:
    """A sentence with a mention for each (name, type), found in order."""
    mentions, at = [], 0
    for name, kind in names:
        start = text.index(name, at)
        mentions.append(Mention(name, name, kind, "d", start, start + len(name), 0, 0.9))
        at = start + len(name)
    return Sentence(0, 0, len(text), text, tuple(mentions))


def _features(s: Sentence, read: list[Relation], predicate: Predicate, subject: str, obj: str) -> set[str]:
    return next(
        c.features
        for c in candidates([s], read, [], {})
        if c.predicate is predicate and c.subject == subject and c.object == obj
    )


def _read(s: Sentence, a: int, predicate: Predicate, b: int) -> Relation:
    ev = Evidence("d", 0, 0, len(s.text), s.text, "rules", "1", 0.75)
    return Relation(s.mentions[a], predicate, s.mentions[b], ev)


# ---------------------------------------------------------------- words of one kind


def test_words_of_one_kind_give_the_same_class_feature() -> None:
    took = _sentence("The Foo Brigade captured Bar Town in March.", ("Foo Brigade", G), ("Bar Town", L))
    overran = _sentence("The Foo Brigade overran Bar Town in March.", ("Foo Brigade", G), ("Bar Town", L))
    f1 = _features(took, [], Predicate.OPERATES_IN, "Group:foo brigade", "Location:bar town")
    f2 = _features(overran, [], Predicate.OPERATES_IN, "Group:foo brigade", "Location:bar town")
    assert {"ab:c:control", "ab:cseq:control"} <= f1 & f2
    assert "ab:w:captured" in f1 and "ab:w:captured" not in f2


def test_the_words_around_a_pair_have_classes_too() -> None:
    s = _sentence(
        "Officials said the Foo Brigade remained active near Bar Town.", ("Foo Brigade", G), ("Bar Town", L)
    )
    f = _features(s, [], Predicate.OPERATES_IN, "Group:foo brigade", "Location:bar town")
    assert {"ab:cseq:active place", "ab:cpre:say"} <= f


# ---------------------------------------------------------------- names listed together


def test_a_place_listed_with_one_the_rules_tied_is_marked() -> None:
    s = _sentence(
        "The Foo Brigade is active in Bar Town, Baz Hills and Qux Valley.",
        ("Foo Brigade", G),
        ("Bar Town", L),
        ("Baz Hills", L),
        ("Qux Valley", L),
    )
    read = [_read(s, 0, Predicate.OPERATES_IN, 1)]
    for place in ("Location:baz hills", "Location:qux valley"):
        assert "list:object_read" in _features(s, read, Predicate.OPERATES_IN, "Group:foo brigade", place)
    # without the rules' tie to the first, nothing is marked
    assert "list:object_read" not in _features(
        s, [], Predicate.OPERATES_IN, "Group:foo brigade", "Location:baz hills"
    )


def test_a_place_outside_the_list_is_not_marked() -> None:
    s = _sentence(
        "The Foo Brigade is active in Bar Town and Baz Hills, officials in Qux Valley said.",
        ("Foo Brigade", G),
        ("Bar Town", L),
        ("Baz Hills", L),
        ("Qux Valley", L),
    )
    read = [_read(s, 0, Predicate.OPERATES_IN, 1)]
    assert "list:object_read" in _features(
        s, read, Predicate.OPERATES_IN, "Group:foo brigade", "Location:baz hills"
    )
    assert "list:object_read" not in _features(
        s, read, Predicate.OPERATES_IN, "Group:foo brigade", "Location:qux valley"
    )


def test_a_group_listed_with_one_the_rules_tied_is_marked() -> None:
    s = _sentence(
        "The Foo Brigade and the Baz Front operate in Bar Town.",
        ("Foo Brigade", G),
        ("Baz Front", G),
        ("Bar Town", L),
    )
    read = [_read(s, 0, Predicate.OPERATES_IN, 2)]
    assert "list:subject_read" in _features(
        s, read, Predicate.OPERATES_IN, "Group:baz front", "Location:bar town"
    )


# ---------------------------------------------------------------- the agent of a passive


def test_the_agent_of_a_passive_is_not_the_branch_it_describes(extract_text: Extract) -> None:
    ex = extract_text(
        "The Allied Democratic Forces (ADF) raided a village in Congo on Monday. The group has since been presented "
        "by IS propaganda as the Congolese branch of the Islamic State Central Africa Province (ISCAP)."
    )
    assert not has_fact(ex, "Islamic State", "affiliateOf", "Islamic State Central Africa Province")


def test_the_subject_before_as_the_branch_of_is_still_read(extract_text: Extract) -> None:
    ex = extract_text(
        "Katiba Macina, which has long been presented as the central Malian branch of JNIM, attacked a post in Mali."
    )
    assert has_fact(ex, "Katiba Macina", "affiliateOf", "Jama'at Nusrat al-Islam wal-Muslimin")


# ---------------------------------------------------------------- claims denied by "neither ... nor"


def test_neither_nor_has_claimed_is_no_claim(extract_text: Extract) -> None:
    ex = extract_text(
        "On 19 November an ambush on a supply convoy near Dori, Burkina Faso, killed at least 12 soldiers. "
        "Officials named no group, and neither JNIM nor ISSP has claimed it."
    )
    assert not only_attack(ex).responsibility


def test_a_claim_after_neither_nor_elsewhere_still_counts(extract_text: Extract) -> None:
    ex = extract_text(
        "Neither the army nor the police commented. JNIM claimed the ambush near Dori, Burkina Faso, which killed "
        "12 soldiers on 19 November."
    )
    assert [r.group.name for r in only_attack(ex).responsibility] == ["Jama'at Nusrat al-Islam wal-Muslimin"]


# ---------------------------------------------------------------- pronouns after a time, the group's men by name


def test_they_after_a_time_stands_for_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The Houthis began attacking ships in November 2023. That month they seized the car carrier Galaxy Leader "
        "in the Red Sea and took its crew hostage."
    )
    assert [r.group.name for r in only_attack(ex).responsibility] == ["Houthis"]


def test_the_rebels_opening_a_sentence_stand_for_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The Allied Democratic Forces (ADF) raided Mabuku in Congo's North Kivu province in October. The rebels "
        "also claimed the January 2023 bombing of a church in Kasindi, which killed at least 14 worshippers."
    )
    kasindi = next(a for a in ex.attacks if "Kasindi" in a.label)
    assert [r.group.name for r in kasindi.responsibility] == ["Allied Democratic Forces"]


def test_an_agent_with_its_own_apposition_is_still_the_branch(extract_text: Extract) -> None:
    ex = extract_text(
        "The factory in Leicester, England, is owned by Elbit Systems UK, the British arm of the Israeli arms maker "
        "Elbit Systems."
    )
    assert has_fact(ex, "Elbit Systems UK", "affiliateOf", "Elbit Systems")


def test_what_the_group_has_done_before_is_no_attack(extract_text: Extract) -> None:
    ex = extract_text(
        "The Allied Democratic Forces (ADF) killed 12 pupils at a school in Mpondwe, Uganda, on Friday. "
        "The rebels have struck inside Uganda before."
    )
    assert len(ex.attacks) == 1

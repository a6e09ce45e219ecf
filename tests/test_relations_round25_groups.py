"""Round twenty-five: alliances, rivalries and blocs between groups.

A tie that was once held is not a present one ("X was once Y's ally"); what a verb does to "Y's ally, Z" it does
to Z, not to Y; the founders of an umbrella front are its members, not the groups it was made from; a plural kin
word opens a list ("its allies Y and Z"); "A and B are allies of C" makes both C's allies, not each other's; and
"have fought each other, and the C ..." leaves C out of the fight. Each beside a near miss of the same shape. Every
sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

HAMAS, HEZBOLLAH, PIJ = "Hamas", "Hezbollah", "Palestinian Islamic Jihad"
TALIBAN, AQ, TTP, HAQQANI = "Taliban", "al-Qaeda", "Tehrik-i-Taliban Pakistan", "Haqqani Network"
HOUTHIS = "Houthis"
NSCN_K, UNLFW = "National Socialist Council of Nagaland-Khaplang", "UNLFW"
JNIM, ANSAR_DINE = "Jama'at Nusrat al-Islam wal-Muslimin", "Ansar Dine"


def test_a_group_that_was_once_an_ally_is_no_present_ally(extract_text: Extract) -> None:
    got = extract_text("The Taliban were once al-Qaeda's closest ally in the south.")
    assert not has_fact(got, TALIBAN, "alliedWith", AQ)


def test_a_group_that_remains_an_ally_is_an_ally(extract_text: Extract) -> None:
    got = extract_text("The Taliban remain al-Qaeda's closest ally in the south.")
    assert has_fact(got, TALIBAN, "alliedWith", AQ)


def test_fighting_a_groups_ally_is_fighting_the_ally(extract_text: Extract) -> None:
    got = extract_text("In 2013 Hezbollah fought Hamas's ally, the PIJ, near the border.")
    assert not has_fact(got, HEZBOLLAH, "rivalOf", HAMAS)
    assert has_fact(got, HEZBOLLAH, "rivalOf", PIJ)


def test_fighting_a_groups_fighters_is_fighting_the_group(extract_text: Extract) -> None:
    got = extract_text("In 2013 Hezbollah fought Hamas's fighters near the border.")
    assert has_fact(got, HEZBOLLAH, "rivalOf", HAMAS)


def test_backing_a_groups_rival_is_no_tie_with_the_group(extract_text: Extract) -> None:
    got = extract_text("For years Hezbollah has quietly armed Hamas's rival, the PIJ, in Gaza.")
    assert not has_fact(got, HEZBOLLAH, "alliedWith", HAMAS)


def test_allied_with_a_groups_rival_is_no_rivalry_with_the_group(extract_text: Extract) -> None:
    got = extract_text("Hezbollah is allied with Hamas's rival, the PIJ.")
    assert not has_fact(got, HEZBOLLAH, "rivalOf", HAMAS)
    assert not has_fact(got, HEZBOLLAH, "alliedWith", HAMAS)


def test_an_apposed_kin_is_the_group_itself(extract_text: Extract) -> None:
    got = extract_text("Hezbollah, Hamas's closest ally in Lebanon, kept its fighters home.")
    assert has_fact(got, HEZBOLLAH, "alliedWith", HAMAS)


def test_founders_of_an_umbrella_front_are_members_not_sources(extract_text: Extract) -> None:
    got = extract_text(
        "The ULFA-I and the NSCN-K were founding members of the UNLFW, an umbrella front declared in Myanmar in 2015."
    )
    assert has_fact(got, NSCN_K, "affiliateOf", UNLFW)
    assert not has_fact(got, UNLFW, "formedFrom", NSCN_K)


def test_founders_of_a_plain_group_are_its_sources(extract_text: Extract) -> None:
    got = extract_text("Ansar Dine was one of the founding members of JNIM when the group was declared.")
    assert has_fact(got, JNIM, "formedFrom", ANSAR_DINE)


def test_a_plural_kin_word_opens_a_list_of_allies(extract_text: Extract) -> None:
    got = extract_text("Hezbollah and its allies Hamas and the PIJ stayed out of the talks.")
    assert has_fact(got, HEZBOLLAH, "alliedWith", HAMAS)
    assert has_fact(got, HEZBOLLAH, "alliedWith", PIJ)


def test_a_singular_kin_word_names_one_ally(extract_text: Extract) -> None:
    got = extract_text("Hezbollah and its ally Hamas and the PIJ stayed out of the talks.")
    assert has_fact(got, HEZBOLLAH, "alliedWith", HAMAS)
    assert not has_fact(got, HEZBOLLAH, "alliedWith", PIJ)


def test_two_groups_that_are_allies_of_a_third(extract_text: Extract) -> None:
    got = extract_text("The TTP and the Haqqani network have long been partners of al-Qaeda.")
    assert has_fact(got, TTP, "alliedWith", AQ)
    assert has_fact(got, HAQQANI, "alliedWith", AQ)
    assert not has_fact(got, TTP, "alliedWith", HAQQANI)


def test_two_groups_that_are_allies_of_each_other(extract_text: Extract) -> None:
    got = extract_text("The TTP and the Haqqani network have long been partners.")
    assert has_fact(got, TTP, "alliedWith", HAQQANI)


def test_fighting_each_other_leaves_the_next_clause_out(extract_text: Extract) -> None:
    got = extract_text(
        "Al-Qaeda and the TTP have fought each other intermittently since 2019, and the Taliban still shelter both."
    )
    assert has_fact(got, AQ, "rivalOf", TTP)
    assert not has_fact(got, TTP, "rivalOf", TALIBAN)
    assert not has_fact(got, AQ, "rivalOf", TALIBAN)


def test_the_object_of_a_preposition_is_no_subject_of_the_next_verbs(extract_text: Extract) -> None:
    got = extract_text(
        "The PIJ was founded in 1981 as an offshoot of Hamas, runs clinics in Gaza, and has worked alongside "
        "Hezbollah since 2006."
    )
    assert has_fact(got, PIJ, "alliedWith", HEZBOLLAH)
    assert not has_fact(got, HAMAS, "alliedWith", HEZBOLLAH)

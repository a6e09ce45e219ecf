"""Round twenty-two (second wave): group-to-group ties in stated shapes read across the read sets.

Every sentence was written for these tests.

- "X was founded in August 2014 mostly by former Y commanders": a month before the year and a word of how many do
  not hide the founders' origin (near miss: "praised ... by former Y commanders").
- "X describes itself as a breakaway faction of Y": the group's own word on where it came from, X formedFrom Y
  (near miss: "describes itself as a partner of Y").
- "fighting broke out in Kidal between X and Y", "fighting erupted near Menaka between X, the faction led by P, and
  Y": X rivalOf Y (near misses: talks, not fighting).
- "X was formed in 2017 when Y merged with Z": Z went into X as well as Y (near miss: "when Y broke its truce
  with Z").
- "X, a group that Indian officials describe as a front for the Pakistan-based Y", "X, an outfit police say is a front
  for Y": X affiliateOf Y (near misses: "once described", "denies it is").
- "X has its roots in a 1997 split within Y": X formedFrom Y (near miss: "a 1997 truce within Y").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import facts, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

JUA = "Jamaat-ul-Ahrar"
TTP = "Tehrik-i-Taliban Pakistan"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
ISSP = "Islamic State Sahel Province"


def _ties(extraction: Extraction, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in facts(extraction) if s == subject and p == predicate}


def test_founded_in_a_month_mostly_by_former_commanders(extract_text: Extract) -> None:
    got = extract_text(
        "Jamaat-ul-Ahrar was founded in August 2014 mostly by former Tehrik-i-Taliban Pakistan commanders from Mohmand."
    )
    assert has_fact(got, JUA, "formedFrom", TTP)


def test_praised_in_a_month_by_former_commanders(extract_text: Extract) -> None:
    # near miss: who praised a group is not where it came from
    got = extract_text(
        "Jamaat-ul-Ahrar was praised in August 2014 mostly by former Tehrik-i-Taliban Pakistan commanders from Mohmand."
    )
    assert _ties(got, JUA, "formedFrom") == set()


def test_describes_itself_as_a_breakaway_faction(extract_text: Extract) -> None:
    got = extract_text(
        "The Real IRA, which planted the car bomb, describes itself as a breakaway faction of the Provisional IRA."
    )
    assert has_fact(got, "Real IRA", "formedFrom", "Provisional IRA")


def test_describes_itself_as_a_partner(extract_text: Extract) -> None:
    # near miss: a partner is no origin
    got = extract_text(
        "The Real IRA, which planted the car bomb, describes itself as a partner of the Provisional IRA."
    )
    assert _ties(got, "Real IRA", "formedFrom") == set()


def test_fighting_broke_out_in_a_town_between(extract_text: Extract) -> None:
    got = extract_text(
        "Last year fighting broke out in Kidal between JNIM and the Islamic State Sahel Province."
    )
    assert has_fact(got, JNIM, "rivalOf", ISSP)


def test_talks_opened_in_a_town_between(extract_text: Extract) -> None:
    # near miss: talks between two groups are no rivalry
    got = extract_text("Last year talks opened in Kidal between JNIM and the Islamic State Sahel Province.")
    assert _ties(got, JNIM, "rivalOf") == set()


def test_fighting_between_a_described_side_and_another(extract_text: Extract) -> None:
    got = extract_text(
        "Fighting erupted near Menaka between JNIM, the faction loyal to the veteran commander Iyad Ag Ghaly, and "
        "the Islamic State Sahel Province."
    )
    assert has_fact(got, JNIM, "rivalOf", ISSP)


def test_talks_between_a_described_side_and_another(extract_text: Extract) -> None:
    # near miss: the same described pair at a table, not in a fight
    got = extract_text(
        "Talks opened near Menaka between JNIM, the faction loyal to the veteran commander Iyad Ag Ghaly, and "
        "the Islamic State Sahel Province."
    )
    assert _ties(got, JNIM, "rivalOf") == set()


def test_formed_when_one_merged_with_another(extract_text: Extract) -> None:
    got = extract_text(
        "JNIM was formed in March 2017 when Ansar Dine merged with Al-Mourabitoun and Katiba Macina."
    )
    assert has_fact(got, JNIM, "formedFrom", "al-Mourabitoun")


def test_formed_when_one_broke_a_truce_with_another(extract_text: Extract) -> None:
    # near miss: a broken truce brings no one into the new group
    got = extract_text("JNIM was formed in March 2017 when Ansar Dine broke its truce with Al-Mourabitoun.")
    assert "al-Mourabitoun" not in _ties(got, JNIM, "formedFrom")


def test_a_group_officials_describe_as_a_front(extract_text: Extract) -> None:
    got = extract_text(
        "The Kashmir Tigers (KT), a group that Indian army officers describe as a front for the Pakistan-based "
        "Jaish-e-Mohammed, said it had set the ambush."
    )
    assert has_fact(got, "Kashmir Tigers", "affiliateOf", "Jaish-e-Mohammed")


def test_a_group_officials_once_described_as_a_front(extract_text: Extract) -> None:
    # near miss: what officers once said is no longer the tie
    got = extract_text(
        "The Kashmir Tigers (KT), a group that Indian army officers once described as a front for the Pakistan-based "
        "Jaish-e-Mohammed, said it had set the ambush."
    )
    assert _ties(got, "Kashmir Tigers", "affiliateOf") == set()


def test_an_outfit_police_say_is_a_front(extract_text: Extract) -> None:
    got = extract_text(
        "The Resistance Front, an outfit that police say is a front for Lashkar-e-Taiba, claimed it."
    )
    assert has_fact(got, "The Resistance Front", "affiliateOf", "Lashkar-e-Taiba")


def test_an_outfit_that_denies_it_is_a_front(extract_text: Extract) -> None:
    # near miss: the group's denial says the opposite
    got = extract_text(
        "The Resistance Front, an outfit that denies it is a front for Lashkar-e-Taiba, claimed it."
    )
    assert _ties(got, "The Resistance Front", "affiliateOf") == set()


def test_roots_in_a_split_within(extract_text: Extract) -> None:
    got = extract_text(
        "The Real IRA has its roots in a 1997 split within the Provisional IRA over the ceasefire."
    )
    assert has_fact(got, "Real IRA", "formedFrom", "Provisional IRA")


def test_roots_in_a_truce_within(extract_text: Extract) -> None:
    # near miss: a truce is no split
    got = extract_text(
        "The Real IRA has its roots in a 1997 truce within the Provisional IRA over the ceasefire."
    )
    assert _ties(got, "Real IRA", "formedFrom") == set()

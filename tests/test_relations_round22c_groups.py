"""Round twenty-two (c): coalition membership stated as a list.

A list set between dashes or brackets right after an alliance's name ("the Brotherhood Alliance – A, B and
C – launched ...") names allies; a list after "a banner under which" names the parts of the group the banner
belongs to. Each reading sits beside a near miss of the same shape. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_list_between_dashes_after_alliance_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighting resumed when the Three Brotherhood Alliance – the Arakan Army, the Ta'ang National Liberation "
        "Army and the Myanmar National Democratic Alliance Army – struck army posts near the border."
    )
    assert has_fact(ex, "Arakan Army", "alliedWith", "Ta'ang National Liberation Army")
    assert has_fact(ex, "Arakan Army", "alliedWith", "Myanmar National Democratic Alliance Army")


def test_list_after_alliance_without_dashes_is_not_membership(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighting resumed when the Three Brotherhood Alliance fought the Arakan Army, the Kachin Independence "
        "Army and the Myanmar National Democratic Alliance Army near the border."
    )
    assert not has_fact(ex, "Arakan Army", "alliedWith", "Kachin Independence Army")
    assert not has_fact(ex, "Arakan Army", "alliedWith", "Myanmar National Democratic Alliance Army")


def test_list_between_dashes_after_a_group_not_an_alliance(extract_text: Extract) -> None:
    ex = extract_text(
        "Officials said Hezbollah – unlike Hamas and the Houthis – had stayed out of the latest exchange of fire."
    )
    assert not has_fact(ex, "Hamas", "alliedWith", "Houthis")


def test_banner_under_which_names_members(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic Resistance in Iraq appeared in late 2023 as a banner under which Kataib Hezbollah and "
        "Harakat al-Nujaba could claim drone strikes on American bases."
    )
    assert has_fact(ex, "Kata'ib Hezbollah", "affiliateOf", "Islamic Resistance in Iraq")
    assert has_fact(ex, "Harakat Hezbollah al-Nujaba", "affiliateOf", "Islamic Resistance in Iraq")


def test_banner_of_a_cause_is_not_membership(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic Resistance in Iraq said Kataib Hezbollah and Harakat al-Nujaba had struck American bases "
        "under the banner of solidarity with Gaza."
    )
    assert not has_fact(ex, "Kata'ib Hezbollah", "affiliateOf", "Islamic Resistance in Iraq")
    assert not has_fact(ex, "Harakat Hezbollah al-Nujaba", "affiliateOf", "Islamic Resistance in Iraq")

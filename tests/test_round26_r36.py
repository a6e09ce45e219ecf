"""Round twenty-six (r36): a group named as another's loyalists, and ties a group has kept.

"Y's loyalists in X" and "X, Y's loyalists" make X an ally of Y (unlike Y's fighters in X, or fighting Y's
loyalists); "X has kept its ties to Y" is an alliance (unlike cutting them). Each beside a near miss of the same
shape. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

HAD, AQ, HTS = "Hurras al-Din", "al-Qaeda", "Hayat Tahrir al-Sham"


def test_a_groups_loyalists_in_another_make_it_an_ally(extract_text: Extract) -> None:
    got = extract_text(
        "Last year al-Qaeda's remaining loyalists in Hurras al-Din lost two commanders in Idlib."
    )
    assert has_fact(got, HAD, "alliedWith", AQ)


def test_a_group_apposed_as_anothers_loyalists_is_its_ally(extract_text: Extract) -> None:
    got = extract_text("Hurras al-Din, al-Qaeda's Syrian loyalists, lost two commanders in Idlib last year.")
    assert has_fact(got, HAD, "alliedWith", AQ)


def test_a_groups_fighters_in_another_make_no_ally(extract_text: Extract) -> None:
    got = extract_text("Last year al-Qaeda's fighters in Hurras al-Din lost two commanders in Idlib.")
    assert not has_fact(got, HAD, "alliedWith", AQ)


def test_fighting_a_groups_loyalists_is_no_alliance(extract_text: Extract) -> None:
    got = extract_text("Last year Hayat Tahrir al-Sham fought al-Qaeda's loyalists around Idlib.")
    assert not has_fact(got, HTS, "alliedWith", AQ)


def test_a_group_that_kept_its_ties_to_another_is_its_ally(extract_text: Extract) -> None:
    got = extract_text("Hamas, led from Doha since 2012, has also kept its long-standing ties to Hezbollah.")
    assert has_fact(got, "Hamas", "alliedWith", "Hezbollah")


def test_a_group_that_cut_its_ties_to_another_is_no_ally(extract_text: Extract) -> None:
    got = extract_text("Hamas, led from Doha since 2012, has also cut its long-standing ties to Hezbollah.")
    assert not has_fact(got, "Hamas", "alliedWith", "Hezbollah")


def test_a_groups_plain_loyalists_in_another_make_it_an_ally(extract_text: Extract) -> None:
    got = extract_text("Al-Qaeda loyalists in Hurras al-Din rejected the truce with the government.")
    assert has_fact(got, HAD, "alliedWith", AQ)


def test_a_group_and_loyalists_in_another_are_no_allies(extract_text: Extract) -> None:
    got = extract_text("Hezbollah and loyalists in Hamas rejected the truce with the government.")
    assert not has_fact(got, "Hamas", "alliedWith", "Hezbollah")

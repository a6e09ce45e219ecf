"""Round nineteen (second pass): group-to-group relations across the read sets, from stated shapes.

Every sentence here was written for these tests.

- "X was for years described by diplomats as Y's Gulf affiliate": a passive describer, then Y's part word.
- "the Taliban count the ISKP as their most dangerous enemy": X names Y its enemy.
- "A is allied with B, as is C": the last named shares the first's ally.
- "X was founded in Gaza in 1987 as an offshoot of Y": a place and a year between the verb and "as".
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_passive_describer_then_possessive_part(extract_text: Extract) -> None:
    ex = extract_text(
        "Jemaah Islamiyah was for two decades described by Western diplomats as al-Qaeda's regional affiliate."
    )
    assert has_fact(ex, "Jemaah Islamiyah", "affiliateOf", "al-Qaeda")
    ex = extract_text("Jemaah Islamiyah is widely regarded as al-Qaeda's oldest Asian branch.")
    assert has_fact(ex, "Jemaah Islamiyah", "affiliateOf", "al-Qaeda")
    # near miss: the description names something else of Y's, not a part of it
    ex = extract_text(
        "Jemaah Islamiyah was for two decades described by Western diplomats as al-Qaeda's fiercest critic."
    )
    assert not has_fact(ex, "Jemaah Islamiyah", "affiliateOf", "al-Qaeda")


def test_counts_other_as_its_enemy(extract_text: Extract) -> None:
    ex = extract_text("The Taliban still count the ISKP as their most dangerous enemy in the east.")
    assert has_fact(ex, "Taliban", "rivalOf", "Islamic State Khorasan Province")
    ex = extract_text(
        "The Taliban, who have governed Kabul since 2021, regard the ISKP as their chief adversary."
    )
    assert has_fact(ex, "Taliban", "rivalOf", "Islamic State Khorasan Province")
    # near miss: the enemy is someone else's, and Y is only described in relation to that enemy
    ex = extract_text("The Taliban still count the ISKP as their enemy's closest partner.")
    assert not has_fact(ex, "Taliban", "rivalOf", "Islamic State Khorasan Province")
    # near miss: Y is named a partner, not an enemy
    ex = extract_text("The Taliban still count the ISKP as a partner in the east.")
    assert not has_fact(ex, "Taliban", "rivalOf", "Islamic State Khorasan Province")


def test_allied_with_as_is_third(extract_text: Extract) -> None:
    ex = extract_text(
        "Katiba Macina is closely allied with JNIM, as is Ansarul Islam in northern Burkina Faso."
    )
    assert has_fact(ex, "Ansarul Islam", "alliedWith", "Jama'at Nusrat al-Islam wal-Muslimin")
    # near miss: the first verb is a clash, so the third shares no ally
    ex = extract_text("Katiba Macina has clashed with JNIM, as has Ansarul Islam in northern Burkina Faso.")
    assert not has_fact(ex, "Ansarul Islam", "alliedWith", "Jama'at Nusrat al-Islam wal-Muslimin")


def test_founded_in_place_and_year_as_offshoot(extract_text: Extract) -> None:
    ex = extract_text("Hamas was founded in Gaza in 1987 as an offshoot of the Muslim Brotherhood.")
    assert has_fact(ex, "Hamas", "formedFrom", "Muslim Brotherhood")
    ex = extract_text("Hamas emerged in the West Bank as an offshoot of the Muslim Brotherhood.")
    assert has_fact(ex, "Hamas", "formedFrom", "Muslim Brotherhood")
    # near miss: founded there and then as the other's rival, not as its offshoot
    ex = extract_text("Hamas was founded in Gaza in 1987 as a rival of the Muslim Brotherhood.")
    assert not has_fact(ex, "Hamas", "formedFrom", "Muslim Brotherhood")

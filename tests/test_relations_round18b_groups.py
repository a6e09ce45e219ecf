"""Round eighteen (second wave): where a group is, read from stated shapes (eval/dev12), as general rules.

Every sentence here was written for these tests.

- "A and B vie for control of X": the bare present of a fight for ground is a campaign (not "fought for control
  of X in 2020").
- "G has been engaged in a bloody conflict with H for control of X": a war going on for the ground.
- "G keeps cadres in the Palestinian camps of X": its own men in the camps of a place.
- "G now operates along the forested borderlands of A, B and C": each place of the list.
- "the X guesthouse in Y": a named site, then its kind, then the town it is in (locatedIn).
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_bare_present_vie_for_control(extract_text: Extract) -> None:
    ex = extract_text("The Taliban and ISIS-K vie for control of Nangarhar.")
    assert has_fact(ex, "Taliban", "operatesIn", "Nangarhar")
    assert has_fact(ex, "Islamic State Khorasan Province", "operatesIn", "Nangarhar")
    # near miss: the past tense is one fight, history
    ex = extract_text("The Taliban fought for control of Nangarhar in 2020.")
    assert not has_fact(ex, "Taliban", "operatesIn", "Nangarhar")


def test_engaged_in_a_conflict_for_control(extract_text: Extract) -> None:
    ex = extract_text(
        "Since 2024, al-Shabaab has been engaged in a violent conflict with the army for control of Hiraan, "
        "officials said."
    )
    assert has_fact(ex, "al-Shabaab", "operatesIn", "Hiran")
    # near miss: engaged in talks is no fight for the ground
    ex = extract_text("Al-Shabaab was engaged in talks for control of Hiraan.")
    assert not has_fact(ex, "al-Shabaab", "operatesIn", "Hiran")


def test_keeps_cadres_in_the_camps_of(extract_text: Extract) -> None:
    ex = extract_text("Hamas keeps cadres in the refugee camps around Tyre.")
    assert has_fact(ex, "Hamas", "operatesIn", "Tyre")
    ex = extract_text("Hamas keeps cadres in the Palestinian camps of Lebanon, officials say.")
    assert has_fact(ex, "Hamas", "operatesIn", "Lebanon")
    # near miss: sending men to a place once is no standing presence
    ex = extract_text("Hamas sent cadres to the refugee camps around Tyre.")
    assert not has_fact(ex, "Hamas", "operatesIn", "Tyre")


def test_named_site_then_its_kind_in_a_town(extract_text: Extract) -> None:
    ex = extract_text(
        "Early that afternoon a second bomber blew himself up at the Tropical Inn guesthouse in Dehiwala."
    )
    assert has_fact(ex, "Tropical Inn", "locatedIn", "Dehiwala")
    # near miss: the town is named in another clause, not as where the guesthouse is
    ex = extract_text(
        "A second bomber blew himself up at the Tropical Inn guesthouse, and police later raided a house in Dehiwala."
    )
    assert not has_fact(ex, "Tropical Inn", "locatedIn", "Dehiwala")


def test_operates_along_the_borderlands_of(extract_text: Extract) -> None:
    ex = extract_text("JNIM now operates along the forested borderlands of Benin, Niger and Togo.")
    assert has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "operatesIn", "Togo")
    assert has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "operatesIn", "Benin")
    # near miss: one attack in the borderlands says nothing of where the group is active
    ex = extract_text("JNIM ambushed a patrol in the forested borderlands of Benin and Togo last week.")
    assert not has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "operatesIn", "Togo")

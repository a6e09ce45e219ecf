"""Round eighteen, the lead's last changes: the Muslim Brotherhood as a group, "both" after a sentence of origins,
and the followers of a faith in the plural.

Every sentence here was written for these tests.

- "Hamas grew out of the Muslim Brotherhood": the Brotherhood (the gazetteer's group, also "the Ikhwan") is a
  group, so the splinter's formedFrom holds.
- "Both movements trace their roots to X: A broke away from X, while B grew out of its Gaza branch. Today both
  fight in Z": a group named only as the others' origin is not one of "both"; the two others are.
- Near miss: when the sentence before names exactly two groups, "both" is those two, origin or not.
- "an attack on Shias in Kurram": a faith's followers in the plural are no place (nor the attack's place).
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact, typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def test_the_muslim_brotherhood_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Hamas was founded in 1987 as an offshoot of the Muslim Brotherhood. The Ikhwan denied it."
    )
    assert ("Muslim Brotherhood", EntityType.GROUP) in typed(ex)
    assert has_fact(ex, "Hamas", "formedFrom", "Muslim Brotherhood")


def test_both_after_a_sentence_of_origins_skips_the_origin(extract_text: Extract) -> None:
    ex = extract_text(
        "Both movements trace their roots to the Muslim Brotherhood: Islamic Jihad was set up by students who "
        "broke away from the Brotherhood in Cairo, while Hamas grew out of its Gaza branch. "
        "Today both fight in the Gaza Strip."
    )
    assert has_fact(ex, "Hamas", "operatesIn", "Gaza Strip")
    assert has_fact(ex, "Palestinian Islamic Jihad", "operatesIn", "Gaza Strip")
    assert not has_fact(ex, "Muslim Brotherhood", "operatesIn", "Gaza Strip")


def test_both_after_two_groups_keeps_them_both(extract_text: Extract) -> None:
    # near miss: two groups named, one of them an origin; "both" is still the two
    ex = extract_text("Hamas grew out of the Muslim Brotherhood in the 1980s. Today both operate in Jordan.")
    assert has_fact(ex, "Hamas", "operatesIn", "Jordan")
    assert has_fact(ex, "Muslim Brotherhood", "operatesIn", "Jordan")


def test_the_followers_of_a_faith_are_no_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen killed nine Shias and wounded four Sunnis in an attack on a bus in Parachinar on Monday, police said."
    )
    names = {name for name, _ in typed(ex)}
    assert not names & {"Shias", "Sunnis"}
    # near miss: the town in the same sentence is still the attack's place
    assert ("Parachinar", EntityType.LOCATION) in typed(ex)
    assert any("Parachinar" in {m.name for m in a.locations} for a in ex.attacks)

"""Round twenty (f): gazetteer types of state forces, read against the gold convention.

Every sentence here was written for these tests.

- "the Basij": Iran's volunteer militia under the Revolutionary Guards is a state force, an Organization.
- "the Ugandan People's Defence Force": the common misspelling of Uganda's army is still the army.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
GROUP = EntityType.GROUP
ORG = EntityType.ORGANIZATION


def test_basij_is_a_state_force(extract_text: Extract) -> None:
    ex = extract_text("Members of the Basij beat students outside the university in Tehran on Monday.")
    assert ("Basij", ORG) in typed(ex)
    assert ("Basij", GROUP) not in typed(ex)


def test_a_militant_group_in_the_same_shape_stays_a_group(extract_text: Extract) -> None:
    ex = extract_text("Members of Jaish al-Adl attacked a border post near Saravan on Monday.")
    assert ("Jaish al-Adl", GROUP) in typed(ex)


def test_misspelt_ugandan_army_is_the_army(extract_text: Extract) -> None:
    ex = extract_text(
        "The Ugandan People's Defence Force (UPDF) sent two battalions across the border last year."
    )
    assert ("Uganda People's Defence Force", ORG) in typed(ex)
    assert not any(t == GROUP for _, t in typed(ex))


def test_rebels_fighting_the_ugandan_army_stay_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The Allied Democratic Forces ambushed a convoy of the Uganda People's Defence Forces near Beni."
    )
    assert ("Allied Democratic Forces", GROUP) in typed(ex)
    assert ("Uganda People's Defence Force", ORG) in typed(ex)

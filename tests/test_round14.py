"""Round fourteen: faults noted in round thirteen (eval/dev7) and found in eval/dev8, read as general rules.

Every sentence here was written for these tests, and each phrasing sits beside a near miss of the same shape.

- "it has regrouped since the Taliban returned to power in Kabul": a subordinate clause has its own subject,
  so the place is the Taliban's, not the pronoun's.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_subordinate_clause_has_its_own_subject(extract_text: Extract) -> None:
    ex = extract_text(
        "The Pakistani Taliban (TTP) is a separate movement. Driven into Afghanistan after 2014, it has "
        "regrouped since the Taliban returned to power in Kabul in August 2021."
    )
    assert not has_fact(ex, "Tehrik-i-Taliban Pakistan", "operatesIn", "Kabul")
    assert has_fact(ex, "Taliban", "operatesIn", "Kabul")
    # (without the subordinator the verb is the subject's own)
    ex = extract_text("The Pakistani Taliban (TTP) regrouped and the Taliban fighters stayed in Kabul.")
    assert has_fact(ex, "Taliban", "operatesIn", "Kabul")

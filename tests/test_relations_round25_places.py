"""Place relations, round twenty-five: what follows a branch named by its parent is said of the branch.

"ISSP, the Sahel branch of the Islamic State, which is strongest in western Niger": the apposition names the branch
by its parent, and the relative clause after it is about the branch, not the parent named last. The same holds for
an affiliate, a wing or an arm.

Every sentence was written for these tests, beside near misses where the parent is the group described.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

OP = "operatesIn"


@pytest.mark.parametrize(
    ("text", "branch", "parent", "place"),
    [
        (
            "The border is contested by Islamic State Sahel Province (ISSP), the Sahel branch of the Islamic State, "
            "which is strongest in western Niger.",
            "Islamic State Sahel Province",
            "Islamic State",
            "Niger",
        ),
        (
            "Al-Shabaab, the Somali affiliate of al-Qaeda, which controls much of rural Jubaland, claimed the attack.",
            "al-Shabaab",
            "al-Qaeda",
            "Jubaland",
        ),
    ],
)
def test_the_clause_after_a_branch_named_by_its_parent_is_the_branch_s(
    extract_text: Extract, text: str, branch: str, parent: str, place: str
) -> None:
    got = extract_text(text)
    assert has_fact(got, branch, OP, place), got.relations
    assert not has_fact(got, parent, OP, place), got.relations


def test_the_parent_described_by_its_own_clause_keeps_it(extract_text: Extract) -> None:
    # near miss: no branch before the parent, so the clause is the parent's
    got = extract_text("The Islamic State, which is strongest in eastern Syria, claimed the attack.")
    assert has_fact(got, "Islamic State", OP, "Syria"), got.relations

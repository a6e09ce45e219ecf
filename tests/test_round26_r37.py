"""Round twenty-six (r37): ties between groups whose subject the sentence names only as "its" or "it".

"Y remains its main rival" and "Y is regarded as its ally" make Y the rival or ally of the group "its" stands for
(named before it in the sentence, or in the sentence before); "X is a splinter: it split from Y" and "X is a separate
force: it has fought alongside Y" read "it" as the group the clause before is about. Each beside a near miss of the
same shape. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

M23, WAZ, KH, NUJ = "March 23 Movement", "Wazalendo", "Kata'ib Hezbollah", "Harakat Hezbollah al-Nujaba"
CIRA, RSF = "Continuity IRA", "Republican Sinn Féin"
NSCNK, NSCN = "National Socialist Council of Nagaland-Khaplang", "National Socialist Council of Nagaland"


def test_a_group_that_remains_its_rival_is_a_rival_of_the_group_before(extract_text: Extract) -> None:
    got = extract_text(
        "The M23 took Goma in January. The Wazalendo remain its main armed rivals in the hills."
    )
    assert has_fact(got, M23, "rivalOf", WAZ)


def test_a_group_regarded_as_its_ally_is_an_ally_of_the_group_before(extract_text: Extract) -> None:
    got = extract_text(
        "The Continuity IRA was formed in 1986. Republican Sinn Féin, born of the same split, is regarded by police "
        "as its political ally."
    )
    assert has_fact(got, CIRA, "alliedWith", RSF)


def test_a_group_that_is_its_partner_is_an_ally_of_the_group_named_before(extract_text: Extract) -> None:
    got = extract_text("KH sets the course; Nujaba is its closest partner in Baghdad.")
    assert has_fact(got, KH, "alliedWith", NUJ)


def test_a_former_ally_named_so_is_no_ally(extract_text: Extract) -> None:
    got = extract_text("KH sets the course; Nujaba is its former partner in Baghdad.")
    assert not has_fact(got, KH, "alliedWith", NUJ)


def test_it_after_a_colon_is_the_group_the_clause_before_is_about(extract_text: Extract) -> None:
    got = extract_text("The NSCN-K itself is a splinter: it split from the original NSCN in 1988.")
    assert has_fact(got, NSCNK, "formedFrom", NSCN)


def test_it_after_a_colon_with_no_group_before_stands_for_none(extract_text: Extract) -> None:
    got = extract_text("The dispute is older: it split the original NSCN in 1988.")
    assert not any(r.predicate.value == "formedFrom" for r in got.relations)

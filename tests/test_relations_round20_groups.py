"""Round twenty: group-to-group relations across the read sets, from stated shapes.

Every sentence here was written for these tests.

- "P, a fellow at the Centre for X at Y University": the centre a person works at is the university's.
- "In the 1990s a breakaway faction of Y that rejected ..., X, ...": a year may open the clause, and a short
  clause on the part may come before its name.
- "Y split in 2005 into the rival A and B factions": both factions came out of Y, and are rivals.
- "X (ACR), Z's affiliate in the Sahel, claimed it through its W outlet": an acronym before the apposition that
  only describes X leaves "its" X's.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_research_centre_at_university(extract_text: Extract) -> None:
    ex = extract_text(
        "Amina Yusuf, a fellow at the Centre for Peace Research at Makerere University, said the rebels were weaker."
    )
    assert has_fact(ex, "Centre for Peace Research", "affiliateOf", "Makerere University")
    ex = extract_text(
        "Dr Tomas Varga of the Institute for Conflict Analysis (ICA) at Charles University told the court the cell "
        "was small."
    )
    assert has_fact(ex, "Institute for Conflict Analysis", "affiliateOf", "Charles University")
    # near miss: two places of work, joined by "and"
    ex = extract_text(
        "Amina Yusuf, a fellow at the Centre for Peace Research and at Makerere University, said the rebels were weaker."
    )
    assert not has_fact(ex, "Centre for Peace Research", "affiliateOf", "Makerere University")
    # near miss: a building at the university, where a bomb went off, not where someone works
    ex = extract_text(
        "A suicide bomber blew herself up outside the Centre for Peace Research at Makerere University on Monday."
    )
    assert not has_fact(ex, "Centre for Peace Research", "affiliateOf", "Makerere University")


def test_breakaway_faction_named_after_year_and_clause(extract_text: Extract) -> None:
    ex = extract_text(
        "In the 1990s a breakaway faction of the New People's Army that rejected the party line, the Revolutionary "
        "Proletarian Army, took up arms in Negros."
    )
    assert has_fact(
        ex, "Revolutionary Proletarian Army-Alex Boncayao Brigade", "formedFrom", "New People's Army"
    )
    ex = extract_text("In 2012 a splinter faction of Boko Haram, Ansaru, stormed a prison in Kogi.")
    assert has_fact(ex, "Ansaru", "formedFrom", "Boko Haram")
    # near miss: the faction is the subject of its own verb; the group after it is its foe, not its name
    ex = extract_text(
        "In the 1990s a breakaway faction of the New People's Army that rejected the party line fought the "
        "Revolutionary Proletarian Army in Negros."
    )
    assert not has_fact(
        ex, "Revolutionary Proletarian Army-Alex Boncayao Brigade", "formedFrom", "New People's Army"
    )


def test_split_into_named_factions(extract_text: Extract) -> None:
    ex = extract_text(
        "In Guatemala, where Barrio 18 split in the early 2000s into the rival Sureños and Revolucionarios factions, "
        "the prisons are divided."
    )
    assert has_fact(ex, "Barrio 18 Sureños", "formedFrom", "Barrio 18")
    assert has_fact(ex, "Barrio 18 Revolucionarios", "formedFrom", "Barrio 18")
    assert has_fact(ex, "Barrio 18 Sureños", "rivalOf", "Barrio 18 Revolucionarios")
    # near miss: the names before the noun are districts, not factions
    ex = extract_text("Barrio 18 split its turf into the Sureños and Revolucionarios districts last year.")
    assert not has_fact(ex, "Barrio 18 Sureños", "formedFrom", "Barrio 18")
    assert not has_fact(ex, "Barrio 18 Sureños", "rivalOf", "Barrio 18 Revolucionarios")


def test_claim_through_its_outlet_after_acronym_and_apposition(extract_text: Extract) -> None:
    ex = extract_text(
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the Sahel, claimed the raid on Friday "
        "in a statement issued through its az-Zallaqa media arm."
    )
    assert has_fact(ex, "al-Zallaqa Media", "affiliateOf", "Jama'at Nusrat al-Islam wal-Muslimin")
    # near miss: the apposition names Z as something other than X's parent, so "its" may be either's
    ex = extract_text(
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's rival in the Sahel, claimed the raid on Friday "
        "in a statement issued through its az-Zallaqa media arm."
    )
    assert not has_fact(ex, "al-Zallaqa Media", "affiliateOf", "Jama'at Nusrat al-Islam wal-Muslimin")
    assert not has_fact(ex, "al-Zallaqa Media", "affiliateOf", "al-Qaeda")

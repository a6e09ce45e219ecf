"""Round twenty-one (second wave): units named as dissidents of a movement, and groups formed from remnants.

Every sentence was written for these tests.

- "X, a FARC dissident faction" / "X, another FARC dissident group": X is a splinter of the FARC (formedFrom), not a
  branch of the gazetteer's collective "FARC dissidents".
- Near misses: "X, another ELN unit" stays no splinter; "the army fought FARC dissidents and X" ties nothing.
- "X, formed with Turkish backing in 2017 from remnants of Y": X formedFrom Y (near miss: "formed with support from Y").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import facts, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

FARC = "Revolutionary Armed Forces of Colombia"


def _formed(extraction: Extraction, subject: str) -> set[str]:
    return {o for s, p, o in facts(extraction) if s == subject and p == "formedFrom"}


def test_a_dissident_faction_is_a_splinter_of_the_movement(extract_text: Extract) -> None:
    got = extract_text(
        "Troops clashed on Monday with the 18th Front, a FARC dissident faction that runs coca routes near the border."
    )
    assert has_fact(got, "18th Front", "formedFrom", FARC)
    assert not any(p == "affiliateOf" and s == "18th Front" for s, p, _ in facts(got))


def test_another_dissident_group(extract_text: Extract) -> None:
    got = extract_text(
        "The guerrillas opened a new offensive against the 48th Front, another FARC dissident group, in Putumayo."
    )
    assert has_fact(got, "48th Front", "formedFrom", FARC)


def test_another_unit_is_no_splinter(extract_text: Extract) -> None:
    # near miss: the same apposition with a unit word and no "dissident" says nothing of a split
    got = extract_text("The ELN ambushed the 48th Front, another armed unit, in Putumayo on Monday.")
    assert _formed(got, "48th Front") == set()


def test_dissidents_named_beside_a_group_tie_nothing(extract_text: Extract) -> None:
    # near miss: the collective and a group in one list, no apposition
    got = extract_text(
        "The army said it fought FARC dissidents and the Gulf Clan near the Venezuelan border."
    )
    assert _formed(got, "Gulf Clan") == set()
    assert not any(s == "Gulf Clan" and p == "affiliateOf" for s, p, _ in facts(got))


def test_formed_with_a_patron_from_remnants(extract_text: Extract) -> None:
    got = extract_text(
        "The Syrian National Army, formed with Turkish backing in 2017 from remnants of Free Syrian Army units, "
        "holds a strip of the north."
    )
    assert has_fact(got, "Syrian National Army", "formedFrom", "Free Syrian Army")


def test_formed_with_support_from_a_patron(extract_text: Extract) -> None:
    # near miss: the group after "support from" is the patron, not the parent
    got = extract_text(
        "The Syrian National Army, formed with support from the Free Syrian Army in 2017, holds a strip of the north."
    )
    assert _formed(got, "Syrian National Army") == set()

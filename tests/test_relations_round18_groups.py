"""Round eighteen: group-to-group shapes (eval/dev12), read as general rules.

Every sentence here was written for these tests.

- "the Y faction that has run the port": what the faction does, not where it came from.
- "X emerged in the late 2000s from the ashes of Y": a time on the way, then what was left of Y.
- "X, which began as Y's armed wing before breaking away": the relative clause is X's own; "and turning on its
  former bosses" makes the break a war.
- "X is also fighting on a second front, against Y".
- "X works with kindred movements overseas, including Y": partners named in a list after their kind.
- "X was one of the founding members of Y": Y was built from X.
- "X replaced Y and rehired most of its contractors": built from the men it took over.
- "X operates in the villages above A"; "X keeps several hundred fighters in A": where its own men are.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_faction_that_runs_a_place_is_the_owner_s(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors charged two members of Los Zetas, the Gulf Cartel faction that has long controlled the bridge."
    )
    assert has_fact(ex, "Los Zetas", "affiliateOf", "Gulf Cartel")
    # near miss: a faction that split away is no longer a part
    ex = extract_text(
        "Prosecutors charged two members of Los Zetas, the Gulf Cartel faction that broke away in 2010."
    )
    assert not has_fact(ex, "Los Zetas", "affiliateOf", "Gulf Cartel")


def test_emerged_from_the_remnants_of(extract_text: Extract) -> None:
    ex = extract_text(
        "The Cartel del Noreste emerged in the early part of the decade from the ashes of Los Zetas."
    )
    assert has_fact(ex, "Cartel del Noreste", "formedFrom", "Los Zetas")
    # near miss: it emerged from talks with the other group, not from its remains
    ex = extract_text(
        "The Cartel del Noreste emerged in the early part of the decade from talks with Los Zetas."
    )
    assert not has_fact(ex, "Cartel del Noreste", "formedFrom", "Los Zetas")


def test_began_as_a_wing_before_breaking_away(extract_text: Extract) -> None:
    ex = extract_text(
        "Police blamed Los Zetas, which began as the enforcer wing of the Gulf Cartel before breaking away "
        "and turning on its old bosses."
    )
    assert has_fact(ex, "Los Zetas", "formedFrom", "Gulf Cartel")
    assert has_fact(ex, "Los Zetas", "rivalOf", "Gulf Cartel")
    # near miss: still a wing, no break and no war
    ex = extract_text(
        "Police blamed Los Zetas, which began as the enforcer wing of the Gulf Cartel before growing into "
        "its largest unit."
    )
    assert not has_fact(ex, "Los Zetas", "formedFrom", "Gulf Cartel")
    assert not has_fact(ex, "Los Zetas", "rivalOf", "Gulf Cartel")


def test_fighting_on_a_second_front_against(extract_text: Extract) -> None:
    ex = extract_text(
        "Al-Shabaab is now fighting on another front, against the Islamic State Somalia Province."
    )
    assert has_fact(ex, "al-Shabaab", "rivalOf", "Islamic State Somalia Province")
    # near miss: the front is fought beside the other group
    ex = extract_text(
        "Al-Shabaab is now fighting on another front, beside the Islamic State Somalia Province, against clan militias."
    )
    assert not has_fact(ex, "al-Shabaab", "rivalOf", "Islamic State Somalia Province")


def test_cooperates_with_groups_including(extract_text: Extract) -> None:
    ex = extract_text("Hamas cooperates with kindred movements overseas, including Hezbollah, on propaganda.")
    assert has_fact(ex, "Hamas", "alliedWith", "Hezbollah")
    # near miss: the same list after a verb of enmity
    ex = extract_text("Hamas condemns kindred movements overseas, including Hezbollah, for their silence.")
    assert not has_fact(ex, "Hamas", "alliedWith", "Hezbollah")


def test_founding_member_of_a_merger(extract_text: Extract) -> None:
    ex = extract_text("Ansar Dine was one of the founding members of JNIM when the coalition was declared.")
    assert has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "formedFrom", "Ansar Dine")
    # near miss: a later recruit, not a founder
    ex = extract_text("Ansar Dine was one of the newest members of JNIM when the coalition was declared.")
    assert not has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "formedFrom", "Ansar Dine")


def test_took_over_from_and_absorbed_its_men(extract_text: Extract) -> None:
    ex = extract_text(
        "The Africa Corps replaced the Wagner Group in Libya last year and rehired most of its contractors."
    )
    assert has_fact(ex, "Africa Corps (Russia)", "formedFrom", "Wagner Group")
    # near miss: it took the other's bases, not its men
    ex = extract_text(
        "The Africa Corps replaced the Wagner Group in Libya last year and took over most of its airfields."
    )
    assert not has_fact(ex, "Africa Corps (Russia)", "formedFrom", "Wagner Group")


def test_operates_in_the_villages_above_a_town(extract_text: Extract) -> None:
    ex = extract_text("The most active faction is Hezbollah, which operates in the villages above Tyre.")
    assert has_fact(ex, "Hezbollah", "operatesIn", "Tyre")
    # near miss: it shelled the villages, it is not said to be there
    ex = extract_text("The most active faction is Hezbollah, which shelled the villages above Tyre.")
    assert not has_fact(ex, "Hezbollah", "operatesIn", "Tyre")


def test_keeps_fighters_in_a_place(extract_text: Extract) -> None:
    ex = extract_text("Hezbollah still keeps several hundred fighters in Syria, officials said.")
    assert has_fact(ex, "Hezbollah", "operatesIn", "Syria")
    # near miss: what it keeps there is not its own men
    ex = extract_text("Hezbollah still keeps several foreign hostages in Syria, officials said.")
    assert not has_fact(ex, "Hezbollah", "operatesIn", "Syria")

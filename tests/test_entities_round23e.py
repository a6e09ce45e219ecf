"""Round twenty-three (e): the gazetteer's collective "FARC dissidents" only describes its units.

"The 18th Front, a FARC dissident faction" reads as "18th Front formedFrom FARC"; the collective then
holds no fact and no attack of its own and is no group of the graph. A text that makes the dissidents an
actor (a claim, an attack laid at their door) keeps them. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Extraction
from kg.resolve import resolve

Extract = Callable[..., Extraction]

_FARC = "group:revolutionary_armed_forces_of_colombia"
_COLLECTIVE = "group:farc_dissidents"


def _graph(extraction: Extraction):  # type: ignore[no-untyped-def]
    return resolve([extraction], background=False)


def _keys(extraction: Extraction) -> set[str]:
    return {e.key.split(":", 1)[1] for e in _graph(extraction).entities}


def test_dissident_faction_description_leaves_no_collective(extract_text: Extract) -> None:
    x = extract_text(
        "The army said the 18th Front, a FARC dissident faction, had laid mines along the road to Ituango."
    )
    assert any(m.gazetteer_id == _COLLECTIVE for m in x.mentions)  # read, then left out of the graph
    graph = _graph(x)
    keys = {e.key.split(":", 1)[1] for e in graph.entities}
    assert _COLLECTIVE not in keys
    assert any(f.predicate.value == "formedFrom" and f.object.endswith(_FARC) for f in graph.facts)


def test_plural_description_leaves_no_collective(extract_text: Extract) -> None:
    x = extract_text(
        "Officials said the Carolina Ramirez Front, one of several FARC dissident groups, controls the river."
    )
    assert any(m.gazetteer_id == _COLLECTIVE for m in x.mentions)
    assert _COLLECTIVE not in _keys(x)


def test_dissidents_blamed_for_an_attack_are_kept(extract_text: Extract) -> None:
    x = extract_text(
        "FARC dissidents claimed responsibility for a car bomb that killed four soldiers in Tame on Monday."
    )
    assert _COLLECTIVE in _keys(x)


def test_a_group_with_its_own_gazetteer_name_is_not_dropped(extract_text: Extract) -> None:
    # near miss: the 18th Front itself holds no fact here but is a group of its own
    x = extract_text("The 18th Front was active around Ituango last year, the army said.")
    assert any("18th" in e.label or "18" in e.key for e in _graph(x).entities)

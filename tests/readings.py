"""What an extraction read, in the plain forms the extraction tests compare: names, types, facts.

Shared by the test files that check rules on invented articles (imported as `readings`: pytest
puts this folder on the path for its conftest).
"""

from __future__ import annotations

from typing import TypeVar

from kg.model import Attack, ClaimStatus, EntityType, Extraction

T = TypeVar("T")

SYMMETRIC = ("alliedWith", "rivalOf")


def typed(extraction: Extraction) -> set[tuple[str, EntityType]]:
    """(name, type) of every mention."""
    return {(m.name, m.type) for m in extraction.mentions}


def mention_names(extraction: Extraction) -> set[str]:
    """The name every mention stands for."""
    return {m.name for m in extraction.mentions}


def gazetteer_ids(extraction: Extraction, text: str) -> set[str | None]:
    """The gazetteer ids the extractor gave the mentions written `text`."""
    return {m.gazetteer_id for m in extraction.mentions if m.text == text}


def types_written(extraction: Extraction, text: str) -> set[EntityType]:
    """The types of the mentions written `text`."""
    return {m.type for m in extraction.mentions if m.text == text}


def read_as_group(extraction: Extraction, text: str, gid: str) -> bool:
    """Whether the mentions written `text` are the gazetteer's group `gid`, typed Group, and nothing else."""
    return gazetteer_ids(extraction, text) == {f"group:{gid}"} and types_written(extraction, text) == {
        EntityType.GROUP
    }


def groups_read(extraction: Extraction) -> list[str]:
    """The text of every mention typed Group."""
    return [m.text for m in extraction.mentions if m.type is EntityType.GROUP]


def places(attack: Attack) -> list[str]:
    """The attack's places, most specific first, by name."""
    return [m.name for m in attack.locations]


def facts(extraction: Extraction) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name) of every relation."""
    return {(r.subject.name, r.predicate.value, r.object.name) for r in extraction.relations}


def has_fact(extraction: Extraction, s: str, p: str, o: str) -> bool:
    """Whether the relation was read, either way round for the symmetric predicates."""
    found = facts(extraction)
    return (s, p, o) in found or (p in SYMMETRIC and (o, p, s) in found)


def only_attack(extraction: Extraction) -> Attack:
    """The one attack read (fails, listing them, if there are more or none)."""
    assert len(extraction.attacks) == 1, extraction.attacks
    return extraction.attacks[0]


def perpetrators(attack: Attack) -> set[str]:
    """The groups held responsible (claimed or attributed), by name."""
    return {r.group.name for r in attack.responsibility if r.status.is_perpetrator}


def statuses(attack: Attack) -> dict[str, ClaimStatus]:
    """Each group named about the attack, by name, with what the text says of it (claimed, denied...)."""
    return {r.group.name: r.status for r in attack.responsibility}


def perpetrator_keys(attack: Attack) -> set[str]:
    """The groups held responsible (claimed or attributed), by gazetteer id where known, else name."""
    return {r.group.gazetteer_id or r.group.name for r in attack.responsibility if r.status.is_perpetrator}


def one(items: list[T]) -> T:
    """The only item of a list; fails if there are none or several."""
    (item,) = items
    return item


def bodies_of(extraction: Extraction, person: str) -> set[str]:
    """The bodies a person was read to belong to (affiliatedWith), by name."""
    return {o for s, p, o in facts(extraction) if s == person and p == "affiliatedWith"}


def among(body: str, bodies: set[str]) -> bool:
    """Whether a name is part of one of the names read, ignoring case."""
    return any(body.casefold() in o.casefold() for o in bodies)

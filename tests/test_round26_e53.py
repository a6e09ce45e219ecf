"""Round twenty-six (e53): state bodies known by the gazetteer, under every name it gives them.

- A state's force read under one of its names ("Chad's army") is the gazetteer's body (the Chadian National
  Army), and the body's other curated names ("Chadian army", "Chadian military") are names of that entity too,
  whichever one the text happened to use; an organisation the gazetteer does not know keeps only the names read.

Every sentence was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from kg.model import Document, EntityType, Extraction, Mention
from kg.resolve import resolve

ORG = EntityType.ORGANIZATION


def _mention(text: str, gid: str | None, name: str | None = None) -> Mention:
    return Mention(text, name or text, ORG, "d1", 0, len(text), 0, 0.9, gid, "Military")


def _extraction(*mentions: Mention) -> Extraction:
    return Extraction(Document("d1", "", "t", "d1.txt", dt.date(2024, 8, 5)), mentions)


def test_a_known_body_read_by_one_name_carries_its_other_curated_names() -> None:
    army = _mention("Chad's army", "org:td-army", "Chadian National Army")
    (entity,) = resolve([_extraction(army)], background=False).entities
    assert entity.label == "Chadian National Army"
    assert {"Chad's army", "Chadian army", "Chadian military"} <= set(entity.aliases)


def test_a_body_the_gazetteer_does_not_know_keeps_only_the_names_read() -> None:
    (entity,) = resolve([_extraction(_mention("Kouri Bougoudi garrison", None))], background=False).entities
    assert entity.aliases == ()


def test_the_curated_names_never_join_two_bodies() -> None:
    army = _mention("Chadian army", "org:td-army", "Chadian National Army")
    police = _mention("Chadian police", "org:td-police", "Chadian National Police")
    kg = resolve([_extraction(army, police)], background=False)
    assert sorted(e.key for e in kg.entities) == ["Organization:org:td-army", "Organization:org:td-police"]

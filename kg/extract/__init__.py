"""Extractors: documents in, mentions, relations and attacks out.

An extractor is anything with a `name`, a `version` and a `pipe` method (the
`Extractor` protocol). Built-in extractors register in `BUILTIN` by name as
"module:Class" strings and are imported only when asked for; third-party
packages add theirs through the `kg.extractors` entry-point group, the same
way.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from kg.model import Document, Extraction

__all__ = ["BUILTIN", "DEFAULT", "Extractor", "available", "load"]


@runtime_checkable
class Extractor(Protocol):
    """Reads documents and says what they contain, with evidence for each fact."""

    name: str
    version: str

    def pipe(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Yield one Extraction per document, in the order given."""
        ...


BUILTIN: dict[str, str] = {
    "spacy": "kg.extract.spacy_rules:SpacyRuleExtractor",
    "spacy-rules-only": "kg.extract.spacy_rules:RulesOnlyExtractor",
}
DEFAULT = "spacy"


def available() -> dict[str, str]:
    """Every extractor name known, built-in or installed, mapped to its "module:Class"."""
    found = dict(BUILTIN)
    for ep in entry_points(group="kg.extractors"):
        found.setdefault(ep.name, ep.value)
    return found


def load(name: str = DEFAULT, **options: object) -> Extractor:
    """Import the extractor registered under `name` and build it with `options`."""
    target = available().get(name)
    if target is None:
        raise KeyError(f"unknown extractor {name!r}; known: {', '.join(sorted(available()))}")
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    extractor = cls(**options)
    if not isinstance(extractor, Extractor):
        raise TypeError(f"extractor {name!r} ({target}) does not implement the Extractor protocol")
    return extractor

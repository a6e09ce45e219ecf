"""Shared fixtures: the spaCy extractor and the sample article's graph, each built once per session.

Loading the English model takes seconds, so every test that reads text shares one
extractor, and every test of the built graph shares one build of the sample article.
The shared extractor is the rules alone: the tests of invented sentences pin what the written
rules read, which a retrained pair model must not move. tests/test_pair_model.py tests the model,
and the builds (the sample graph, the CLI) run the default extractor with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.extract.spacy_rules import RulesOnlyExtractor, SpacyRuleExtractor
from kg.model import Document, Extraction

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "000_b1c26b82c9f26301.txt"


@pytest.fixture(scope="session")
def extractor() -> SpacyRuleExtractor:
    """The rules without the pair model, with spaCy's model loaded, shared by the whole session."""
    reader = RulesOnlyExtractor()
    reader.nlp  # noqa: B018 - load the model now, once, rather than inside the first test
    return reader


@pytest.fixture(scope="session")
def full_extractor(extractor: SpacyRuleExtractor) -> SpacyRuleExtractor:
    """The default extractor (the rules and the pair model), sharing the loaded spaCy pipeline."""
    reader = SpacyRuleExtractor()
    reader._nlp = extractor.nlp
    return reader


@pytest.fixture(scope="session")
def extract_text(extractor: SpacyRuleExtractor) -> Callable[..., Extraction]:
    """Read one hand-written text as a document dated `date` (the anchor of relative dates)."""

    def extract(text: str, date: str = "2024-04-01") -> Extraction:
        document = Document(
            id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
            text=text,
            title="test",
            source="test",
            date=dt.date.fromisoformat(date),
        )
        return extractor.extract(document)

    return extract


@pytest.fixture(scope="session")
def read_article(extractor: SpacyRuleExtractor) -> Callable[[Path], list[Extraction]]:
    """The extractions of one article file (a JSON Lines feed gives one per item), read once per session."""
    from kg.ingest import read_file

    cache: dict[Path, list[Extraction]] = {}

    def read(path: Path) -> list[Extraction]:
        if path not in cache:
            cache[path] = [extractor.extract(d) for d in read_file(path)]
        return cache[path]

    return read


@pytest.fixture(scope="session")
def built_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder `kg build` writes for the sample article (graph.ttl, graph.html)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("built-example")
    report = build([SAMPLE], out, workers=1)
    assert report.ok, report.skipped
    return out

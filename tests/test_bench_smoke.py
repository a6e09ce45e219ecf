"""Smoke tests of the benchmark: its corpus generator and one tiny build, nothing timed."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from kg.extract import lexicon
from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.ingest import iter_documents

ROOT = Path(__file__).resolve().parents[1]
WORDS = 3000


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    """bench/bench_build.py imported as `bench.bench_build` (bench/ is a folder of scripts, not installed)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(ROOT))
        yield importlib.import_module("bench.bench_build")


@pytest.fixture(scope="module")
def corpus(bench: ModuleType) -> ModuleType:
    return importlib.import_module("bench.corpus")


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_corpus_has_about_the_requested_words_as_kg_counts_them(corpus: ModuleType, tmp_path: Path) -> None:
    info = corpus.write_corpus(tmp_path, WORDS)
    documents = list(iter_documents([tmp_path], []))
    assert len(documents) == len(info.files) >= 3
    assert sum(len(d.text.split()) for d in documents) == info.words
    assert WORDS <= info.words <= WORDS * 1.05
    assert all(d.date is not None for d in documents)
    for path in info.files:
        assert re.fullmatch(r" date \d{4}-\d{2}-\d{2}", path.read_text(encoding="utf-8").split("\n", 1)[0])


def test_corpus_articles_are_about_700_words(corpus: ModuleType) -> None:
    sizes = [len(text.split()) for _, text in corpus.articles(50_000)]
    middle = sorted(sizes)[len(sizes) // 2]
    assert 550 <= middle <= 850
    assert len(set(sizes)) > len(sizes) // 2


def test_corpus_is_the_same_for_the_same_seed_and_differs_for_another(
    corpus: ModuleType, tmp_path: Path
) -> None:
    a = _contents(corpus.write_corpus(tmp_path / "a", WORDS, seed=7).folder)
    b = _contents(corpus.write_corpus(tmp_path / "b", WORDS, seed=7).folder)
    c = _contents(corpus.write_corpus(tmp_path / "c", WORDS, seed=8).folder)
    assert a == b
    assert a != c


def test_corpus_names_gazetteer_groups_and_does_not_repeat_itself(corpus: ModuleType) -> None:
    text = "\n".join(t for _, t in corpus.articles(20_000))
    names = {g.name for g in lexicon.groups().values()}
    assert sum(name in text for name in names) >= 10
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 6]
    assert len(set(sentences)) > 0.9 * len(sentences)
    assert len(set(text.split())) > 2000


def test_bench_build_of_a_tiny_corpus_gives_a_graph_with_entities(
    bench: ModuleType, corpus: ModuleType, extractor: SpacyRuleExtractor, tmp_path: Path
) -> None:
    info = corpus.write_corpus(tmp_path / "corpus", WORDS)
    figures = bench.measure_build(info.folder, tmp_path / "out", workers=1, extractor=extractor)
    assert figures["documents"] == len(info.files)
    assert figures["words"] == info.words
    assert figures["skipped"] == 0
    assert figures["entities"] > 20
    assert figures["attacks"] > 0
    assert figures["triples"] > 1000
    assert {"extract", "total"} <= set(figures["seconds"])
    assert figures["peak_rss_mb"] > 0
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
    assert (tmp_path / "out" / "graph.html").stat().st_size > 0
    json.dumps(figures)


@pytest.mark.slow
def test_bench_script_prints_its_table_and_writes_json(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "figures.json"
    assert (
        bench.main(
            ["--words", "2000", "--workers", "1", "--json", str(out), "--keep", str(tmp_path / "work")]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "spaCy full pipeline" in printed
    assert "ratio kg build words/s / spaCy full pipeline words/s" in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["build_w1"]["entities"] > 0
    assert figures["spacy_full"]["pipeline"] == [
        "tok2vec",
        "tagger",
        "parser",
        "attribute_ruler",
        "lemmatizer",
        "ner",
    ]
    assert figures["ratio_build_to_spacy"] > 0

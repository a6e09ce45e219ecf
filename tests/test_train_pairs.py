"""bench/train_pairs.py's collect step: the candidate pairs of an annotated set and their gold labels."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from kg.extract.spacy_rules import SpacyRuleExtractor

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

STORY = (
    "Al-Shabaab fighters still roam the countryside around Jilib, villagers said. "
    "Elders in Jilib said al-Shabaab had taken forty cattle from a herder last month. "
    "The group pledged allegiance to al-Qaeda in 2012. "
    "Officials in Mogadishu said the army would return before the rains."
)
GOLD = {
    "document": "story.txt",
    "date": "2025-01-01",
    "entities": [
        {"id": "al_shabaab", "type": "Group", "names": ["al-Shabaab"]},
        {"id": "al_qaeda", "type": "Group", "names": ["al-Qaeda"]},
        {"id": "jilib", "type": "Location", "names": ["Jilib"]},
        {"id": "mogadishu", "type": "Location", "names": ["Mogadishu"]},
    ],
    "attacks": [],
    "relations": [
        {"s": "al_shabaab", "p": "operatesIn", "o": "jilib"},
        {"s": "al_shabaab", "p": "alliedWith", "o": "al_qaeda"},
        {"s": "al_shabaab", "p": "operatesIn", "o": "somalia"},
    ],
}


@pytest.fixture(scope="module")
def train_pairs():
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(ROOT))
        yield importlib.import_module("bench.train_pairs")


@pytest.mark.skipif(not SCORER.is_file(), reason="needs ../shared/eval/score.py beside the project")
def test_collect_labels_each_pair_the_rules_left_by_the_gold_file(
    train_pairs, tmp_path: Path, extractor: SpacyRuleExtractor
) -> None:
    folder = tmp_path / "setx"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "story.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    train_pairs.collect([folder], tmp_path / "pairs", SCORER, reader=extractor)
    lines = (tmp_path / "pairs" / "setx.jsonl").read_text(encoding="utf-8").splitlines()
    base, rows = json.loads(lines[0]), [json.loads(x) for x in lines[1:]]
    # three gold relations; the rules read the allegiance, which is right
    assert base == {"gold": 3, "rule_pred": 1, "rule_tp": 1}
    by_pair = {(r["s"], r["p"], r["o"]): r for r in rows}
    jilib = by_pair["group:al_shabaab", "operatesIn", "place:so-jilib"]
    assert jilib["fact"] == ["al_shabaab", "operatesIn", "jilib"] and jilib["doc"] == "story"
    assert "order:ab" in jilib["f"] and "Jilib" in jilib["ev"]
    # Mogadishu is named with no group: no candidate; what the rules read is not one either
    assert not [k for k in by_pair if "mogadishu" in k[2]]
    assert not [k for k in by_pair if k[1] == "alliedWith"]
    assert all(
        r["fact"] is None
        for k, r in by_pair.items()
        if k != ("group:al_shabaab", "operatesIn", "place:so-jilib")
    )

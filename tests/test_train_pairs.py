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


UNCLAIMED = (
    "Gunmen killed five police officers in an attack on a checkpoint in Jilib on 3 March 2024, residents said. "
    "Al-Shabaab has long controlled the countryside around Jilib. "
    "The Islamic State has a small cell in Puntland, far to the north."
)


@pytest.mark.skipif(not SCORER.is_file(), reason="needs ../shared/eval/score.py beside the project")
def test_collect_labels_the_groups_beside_an_unclaimed_attack_by_the_gold_attack(
    train_pairs, tmp_path: Path, extractor: SpacyRuleExtractor
) -> None:
    folder = tmp_path / "sety"
    folder.mkdir()
    gold = {
        "document": "raid.txt",
        "date": "2025-01-01",
        "entities": [
            {"id": "al_shabaab", "type": "Group", "names": ["al-Shabaab"]},
            {"id": "islamic_state", "type": "Group", "names": ["Islamic State"]},
            {"id": "jilib", "type": "Location", "names": ["Jilib"]},
            {"id": "puntland", "type": "Location", "names": ["Puntland"]},
        ],
        # matched as the scorer matches an attack: a shared place in the same month
        "attacks": [
            {"id": "jilib_raid", "date": "2024-03-03", "locations": ["jilib"], "perpetrators": ["al_shabaab"]}
        ],
        "relations": [],
    }
    (folder / "raid.txt").write_text(UNCLAIMED, encoding="utf-8")
    (folder / "raid.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    train_pairs.collect([folder], tmp_path / "pairs", SCORER, reader=extractor)
    lines = (tmp_path / "pairs" / "sety.jsonl").read_text(encoding="utf-8").splitlines()
    rows = {r["o"]: r for r in map(json.loads, lines[1:]) if r["p"] == "perpetrator"}
    assert set(rows) == {"group:al_shabaab", "group:islamic_state"}
    assert rows["group:al_shabaab"]["fact"] == ["jilib_raid", "perpetrator", "al_shabaab"]
    assert rows["group:islamic_state"]["fact"] is None
    assert rows["group:al_shabaab"]["s"] == rows["group:islamic_state"]["s"] == "0:0"
    assert "gap:after:1" in rows["group:al_shabaab"]["f"] and "Jilib" in rows["group:al_shabaab"]["ev"]


def test_an_attack_takes_one_perpetrator_when_what_the_model_adds_is_counted(train_pairs) -> None:
    right = {"doc": "d", "p": "perpetrator", "s": "0:0", "o": "g1", "fact": ["a", "perpetrator", "g1"]}
    wrong = {"doc": "d", "p": "perpetrator", "s": "0:0", "o": "g2", "fact": None}
    other = {"doc": "d", "p": "perpetrator", "s": "0:1", "o": "g1", "fact": ["b", "perpetrator", "g1"]}
    # the likelier group of each attack is the one read: the wrong one on the first attack
    assert train_pairs._added([right, wrong, other], [0.7, 0.8, 0.6], 0.5) == (1, 1)
    assert train_pairs._added([right, wrong, other], [0.9, 0.8, 0.4], 0.5) == (1, 0)


def test_a_relation_keeps_the_threshold_that_raises_held_out_f1_most(train_pairs) -> None:
    # (threshold, right, wrong, held-out F1 gain), as training measures them
    curve = [
        (0.2, 40, 80, -0.002),
        (0.3, 30, 40, 0.0004),
        (0.4, 20, 15, 0.003),
        (0.5, 12, 6, 0.002),
        (0.6, 4, 0, 0.001),
    ]
    assert train_pairs.pick_threshold(curve, 0.4, 5, 0.0005) == 0.4
    # a relation whose best gain is under the bar is left to the rules
    assert train_pairs.pick_threshold([(0.3, 30, 40, 0.0004), (0.4, 8, 6, 0.0003)], 0.4, 5, 0.0005) is None
    # too few right facts, or right too rarely, never count, however large the gain
    assert train_pairs.pick_threshold([(0.3, 4, 0, 0.01), (0.4, 9, 20, 0.01)], 0.4, 5, 0.0005) is None


def test_perpetrators_keep_the_lowest_threshold_that_is_right_often_enough(train_pairs) -> None:
    curve = [(0.3, 50, 70, 0.0008), (0.55, 13, 9, 0.0008), (0.6, 9, 4, 0.0007), (0.7, 5, 3, 0.0003)]
    assert train_pairs.pick_threshold(curve, 0.6, 5, None) == 0.6


def test_another_regularisation_strength_is_kept_only_when_it_adds_clearly_more(train_pairs) -> None:
    # operatesIn, round thirty-six: C 0.03 adds +0.0075 where C 0.1 adds +0.0060
    assert train_pairs.better_strength("operatesIn", 0.0075, 0.0060, 0.0005)
    # rivalOf: +0.0022 against +0.0020 is within what one set more or less would undo
    assert not train_pairs.better_strength("rivalOf", 0.0022, 0.0020, 0.0005)
    # the perpetrators keep the first strength given
    assert not train_pairs.better_strength(train_pairs.PERPETRATOR, 0.01, 0.0, 0.0005)


def test_a_persons_tie_to_a_group_needs_the_perpetrators_bar(train_pairs) -> None:
    # a victim named beside the group that killed him is no member: a wrong tie misleads more than a missing one
    assert {"affiliatedWith", train_pairs.PERPETRATOR} <= train_pairs._ATTRIBUTIONS
    assert "operatesIn" not in train_pairs._ATTRIBUTIONS

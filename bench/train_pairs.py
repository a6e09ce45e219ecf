"""Train the pair model (kg/extract/relations/learned.py) on annotated document sets.

    python bench/train_pairs.py collect --sets ../shared/eval/dev eval/dev2 ... --out build/pairs
    python bench/train_pairs.py train --data build/pairs --model kg/data/pair_model.json

`collect` runs the extractor on every document with a gold file and writes, per set, each
candidate pair the rules left unrelated with its features and whether the gold file holds the
relation (both ends matched to gold entities by name, as the scorer matches them), plus the
counts of what the rules alone get right. `train` fits one logistic model per relation
(scikit-learn, installed by `pip install -e .[train]`), picks each relation's regularisation
strength and threshold from predictions for sets held out of training one at a time, prints what
the model adds per set that way, and writes the weights of a model fitted on every set. Build
time needs none of this.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

from kg.extract.attacks import find_attacks
from kg.extract.relations.learned import PERPETRATOR, SLOTS, attack_candidates, candidates, entity_keys
from kg.extract.sentences import Source
from kg.extract.spacy_rules import SpacyRuleExtractor, read_sentences, rule_relations
from kg.ingest import SUPPORTED_SUFFIXES, read_file
from kg.model import SYMMETRIC

ROOT = Path(__file__).resolve().parent.parent
SCORED = [p.value for p in SLOTS]
KINDS = [*SCORED, PERPETRATOR]
# Who did it and who belongs to what: a wrong one misleads more than a missing one (a victim named beside the group that
# killed him is not its member), so these need the higher precision bar
_ATTRIBUTIONS = {PERPETRATOR, "affiliatedWith"}
ALL_SCORED = ["affiliateOf", "formedFrom", "alliedWith", "rivalOf", "operatesIn", "affiliatedWith"]


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("kg_eval_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold_fact(
    subjects: set[str], predicate: str, objects: set[str], facts: set[tuple[str, str, str]]
) -> tuple[str, str, str] | None:
    """The gold fact a pair's ends (each a set of gold ids its names match) stand for, if any; the
    first in sorted order, so the counts do not depend on the hash seed."""
    return next(
        ((a, predicate, b) for a in sorted(subjects) for b in sorted(objects) if (a, predicate, b) in facts),
        None,
    )


def _match_attacks(attacks, gold_attacks: list[dict], places, norm, max_matching) -> dict[int, dict]:
    """Each extracted attack (by its place in the list) paired with the gold attack it stands for,
    as the scorer pairs them: a shared name, or a shared place in the same month."""
    cands = {}
    for ga in gold_attacks:
        names = {norm(n) for n in ga.get("names", [])}
        month = str(ga["date"])[:7] if ga.get("date") else None
        cands[ga["id"]] = [
            i
            for i, a in enumerate(attacks)
            if names & {norm(n) for n in (a.label, *a.names)}
            or (places(a) & set(ga.get("locations", [])) and month and (a.date or "")[:7] == month)
        ]
    by_id = {ga["id"]: ga for ga in gold_attacks}
    return {i: by_id[gid] for gid, i in max_matching(cands).items()}


def collect(sets: list[Path], out: Path, scorer: Path, reader: SpacyRuleExtractor | None = None) -> None:
    score = _scorer(scorer)
    norm = score.norm
    reader = reader or SpacyRuleExtractor()  # only its spaCy pipeline is used
    out.mkdir(parents=True, exist_ok=True)
    for folder in sets:
        rows, base = [], {"gold": 0, "rule_pred": 0, "rule_tp": 0}
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            name = gold_path.name[: -len(".gold.json")]
            paths = [p for p in folder.glob(name + ".*") if p.suffix in SUPPORTED_SUFFIXES and p != gold_path]
            ids_of_name: dict[str, set[str]] = defaultdict(set)
            for e in gold["entities"]:
                for n in e["names"]:
                    ids_of_name[norm(n)].add(e["id"])
            facts = set()
            for r in gold["relations"]:
                s, p, o = r["s"], r["p"], r["o"]
                facts.add((s, p, o))
                if p in SYMMETRIC:
                    facts.add((o, p, s))
            base["gold"] += sum(1 for r in gold["relations"] if r["p"] in ALL_SCORED)
            docs = [d for p in paths for d in read_file(p)]
            rule_facts: set[tuple[str, str, str]] = set()
            for n_doc, (doc, sdoc) in enumerate(
                zip(docs, reader.nlp.pipe(d.text for d in docs), strict=True)
            ):
                source = Source(doc, "train", "0")
                sentences, mentions, same_as = read_sentences(doc, sdoc)
                relations = rule_relations(sentences, source)
                attacks = find_attacks(sentences, source)
                keys = entity_keys(mentions, same_as)
                gold_ids: dict[str, set[str]] = defaultdict(set)
                for m, k in keys.items():
                    gold_ids[k] |= ids_of_name.get(norm(m.text), set()) | ids_of_name.get(norm(m.name), set())

                def ids(m, keys=keys, gold_ids=gold_ids):
                    k = keys.get(m) or entity_keys([m])[m]
                    return gold_ids.get(k, set())

                for r in relations:
                    if r.predicate.value not in ALL_SCORED:
                        continue
                    hit = _gold_fact(ids(r.subject), r.predicate.value, ids(r.object), facts)
                    rule_facts.add(hit or ("?", r.predicate.value, f"{r.subject.name}|{r.object.name}"))
                for c in candidates(sentences, relations, attacks, keys):
                    hit = _gold_fact(
                        gold_ids.get(c.subject, set()),
                        c.predicate.value,
                        gold_ids.get(c.object, set()),
                        facts,
                    )
                    rows.append(
                        {
                            "doc": name,
                            "p": c.predicate.value,
                            "s": c.subject,
                            "o": c.object,
                            "fact": list(hit) if hit else None,
                            "f": sorted(c.features),
                            "ev": c.nearest[1].text[:400] if c.nearest else "",
                        }
                    )
                matched = _match_attacks(
                    attacks,
                    gold.get("attacks", []),
                    lambda a, ids=ids: set().union(*(ids(m) for m in a.locations)),
                    norm,
                    score.max_matching,
                )
                for c in attack_candidates(sentences, relations, attacks, keys):
                    ga = matched.get(c.attack)
                    hit = sorted(gold_ids.get(c.group, set()) & set(ga.get("perpetrators", ()) if ga else ()))
                    rows.append(
                        {
                            "doc": name,
                            "p": PERPETRATOR,
                            "s": f"{n_doc}:{c.attack}",
                            "o": c.group,
                            "fact": [ga["id"], PERPETRATOR, hit[0]] if hit else None,
                            "f": sorted(c.features),
                            "ev": c.nearest[1].text[:400] if c.nearest else "",
                        }
                    )
            # a gold fact the rules read counts once, however many sentences read it
            base["rule_pred"] += len(rule_facts)
            base["rule_tp"] += sum(1 for f in rule_facts if f[0] != "?")
            rule_known = {tuple(f) for f in rule_facts if f[0] != "?"}
            for row in rows:
                if row["doc"] == name and row["fact"] and tuple(row["fact"]) in rule_known:
                    row["fact_known"] = True
        dest = out / f"{folder.name}.jsonl"
        with dest.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps(base) + "\n")
            for row in rows:
                fh.write(json.dumps(row) + "\n")
        print(
            f"{folder}: {len(rows)} candidates, {sum(1 for r in rows if r['fact'])} true; "
            f"rules {base['rule_tp']}/{base['rule_pred']} of {base['gold']} gold"
        )


def _load(data: Path) -> dict[str, tuple[dict, list[dict]]]:
    sets = {}
    for path in sorted(data.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        sets[path.stem] = (json.loads(lines[0]), [json.loads(x) for x in lines[1:]])
    return sets


def _fit(rows: list[dict], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r["f"], 1) for r in rows])
    y = [1 if r["fact"] else 0 for r in rows]
    if len(set(y)) < 2:
        return None
    lr = LogisticRegression(C=c, max_iter=2000)
    lr.fit(x, y)
    return vec, lr


def _predict(model, rows: list[dict]) -> list[float]:
    if model is None:
        return [0.0] * len(rows)
    vec, lr = model
    return list(lr.predict_proba(vec.transform([dict.fromkeys(r["f"], 1) for r in rows]))[:, 1])


def _added(rows: list[dict], probs: list[float], threshold: float) -> tuple[int, int]:
    """Facts added at a threshold, counted as the scorer would: (right, all), each fact once. An
    attack takes one perpetrator, its likeliest, as the reader does."""
    best: dict[tuple[str, str], tuple[float, dict]] = {}
    kept = []
    for r, p in zip(rows, probs, strict=True):
        if p < threshold:
            continue
        if r["p"] != PERPETRATOR:
            kept.append(r)
        elif (r["doc"], r["s"]) not in best or p > best[r["doc"], r["s"]][0]:
            best[r["doc"], r["s"]] = (p, r)
    right, wrong = set(), set()
    for r in kept + [r for _, r in best.values()]:
        if r["fact"] and not r.get("fact_known"):
            right.add((r["doc"], *r["fact"]))
        elif not r["fact"]:
            wrong.add((r["doc"], r["s"], r["p"], r["o"]))
    return len(right), len(wrong)


def pick_threshold(
    curve: list[tuple[float, int, int, float]], need: float, min_right: int, min_gain: float | None
) -> float | None:
    """The threshold to keep from (threshold, right, wrong, held-out F1 gain) rows in rising order, or None.

    A threshold qualifies when its added facts number `min_right` right or more and are right at least `need` of the
    time, so they raise F1 on unseen text, and, for a relation (`min_gain` given), when they raise held-out F1 by
    `min_gain`, a margin one fact more or less on a new set would not undo. A relation keeps the qualifying
    threshold that raises held-out F1 most (the lowest of equals); the perpetrators, whose gain is not relation
    F1's, the lowest that qualifies.
    """
    best: tuple[float, float] | None = None  # (gain, threshold)
    for t, tp, fp, gain in curve:
        if tp < min_right or tp + fp == 0 or tp / (tp + fp) < need:
            continue
        if min_gain is None:
            return t
        if gain >= min_gain and (best is None or gain > best[0]):
            best = (gain, t)
    return best[1] if best is not None else None


def _held_out(sets: dict[str, tuple[dict, list[dict]]], pred: str, c: float) -> dict[str, list[float]]:
    """Each set's candidates for `pred` scored by a model fitted at strength `c` on every other set."""
    out = {}
    for held in sets:
        train_rows = [r for s, (_, rows) in sets.items() if s != held for r in rows if r["p"] == pred]
        test_rows = [r for r in sets[held][1] if r["p"] == pred]
        out[held] = _predict(_fit(train_rows, c), test_rows) if test_rows else []
    return out


def better_strength(pred: str, gain: float, best: float, min_gain: float) -> bool:
    """Whether a later regularisation strength, whose threshold adds `gain` to held-out F1, replaces the strength kept
    so far (which adds `best`): only when it adds clearly more, by `min_gain`, so the first strength given stays unless
    the data speak for another. The perpetrators, whose gain is not relation F1's, keep the first."""
    return pred != PERPETRATOR and gain >= best + min_gain


def train(
    data: Path,
    model_path: Path,
    cs: list[float],
    grid: list[float],
    bar: float,
    min_right: int,
    prune: float,
    perpetrator_bar: float = 0.6,
    min_gain: float = 0.0005,
) -> None:
    sets = _load(data)
    gold = sum(b["gold"] for b, _ in sets.values())
    tp0 = sum(b["rule_tp"] for b, _ in sets.values())
    pred0 = sum(b["rule_pred"] for b, _ in sets.values())
    print(f"rules alone (approx.): P {tp0 / pred0:.3f} R {tp0 / gold:.3f} F1 {2 * tp0 / (pred0 + gold):.3f}")
    # per relation, each regularisation strength's predictions for every set held out of training in turn
    oof: dict[str, dict[str, list[float]]] = defaultdict(dict)
    thresholds: dict[str, float] = {}
    chosen: dict[str, float] = {}
    for pred in KINDS:
        best: tuple[float, float, float, dict[str, list[float]]] | None = (
            None  # (gain, c, threshold, predictions)
        )
        for c in cs:
            held_out = _held_out(sets, pred, c)
            curve = []
            for t in grid:
                tp, fp = 0, 0
                for s, (_, rows) in sets.items():
                    a, b = _added([r for r in rows if r["p"] == pred], held_out[s], t)
                    tp, fp = tp + a, fp + b
                gain = 2 * (tp0 + tp) / (pred0 + tp + fp + gold) - 2 * tp0 / (pred0 + gold)
                precision = tp / (tp + fp) if tp + fp else 0.0
                print(
                    f"  {pred:15s} C={c:g} t={t:.2f}: +{tp} right, +{fp} wrong (precision {precision:.2f}), "
                    f"F1 {gain:+.4f}"
                )
                curve.append((t, tp, fp, gain))
            need = perpetrator_bar if pred in _ATTRIBUTIONS else bar
            picked = pick_threshold(curve, need, min_right, None if pred == PERPETRATOR else min_gain)
            if picked is None:
                continue
            gain = next(g for t, _, _, g in curve if t == picked)
            if best is None or better_strength(pred, gain, best[0], min_gain):
                best = (gain, c, picked, held_out)
        if best is not None:
            _, chosen[pred], thresholds[pred], oof_pred = best
            for s in sets:
                oof[s][pred] = oof_pred[s]
    print("regularisation:", chosen)
    print("thresholds:", thresholds)
    for s, (b, rows) in sets.items():
        tp, fp, perp = 0, 0, (0, 0)
        for pred, t in thresholds.items():
            a, w = _added([r for r in rows if r["p"] == pred], oof[s][pred], t)
            if pred == PERPETRATOR:
                perp = (a, w)
            else:
                tp, fp = tp + a, fp + w
        f0 = 2 * b["rule_tp"] / (b["rule_pred"] + b["gold"]) if b["gold"] else 0
        f1 = 2 * (b["rule_tp"] + tp) / (b["rule_pred"] + tp + fp + b["gold"]) if b["gold"] else 0
        print(
            f"  {s:10s} +{tp:3d} right +{fp:3d} wrong  F1 {f0:.3f} -> {f1:.3f}; "
            f"perpetrators +{perp[0]} right +{perp[1]} wrong"
        )
    weights, bias = {}, {}
    for pred in thresholds:
        rows = [r for _, (_, rs) in sets.items() for r in rs if r["p"] == pred]
        fitted = _fit(rows, chosen[pred])
        if fitted is None:
            continue
        vec, lr = fitted
        weights[pred] = {
            f: round(float(w), 4)
            for f, w in zip(vec.feature_names_, lr.coef_[0], strict=True)
            if abs(w) >= prune
        }
        bias[pred] = round(float(lr.intercept_[0]), 4)
        # what dropping the smallest weights changes: decisions on the training pairs that flip
        full = _predict(fitted, rows)
        kept = [
            1 / (1 + math.exp(-(bias[pred] + sum(weights[pred].get(f, 0.0) for f in r["f"])))) for r in rows
        ]
        flips = sum(
            1 for a, b in zip(full, kept, strict=True) if (a >= thresholds[pred]) != (b >= thresholds[pred])
        )
        print(
            f"  {pred}: {len(weights[pred])} of {len(vec.feature_names_)} weights kept; "
            f"{flips} of {len(rows)} decisions change"
        )
    payload = {
        "about": "Pair model of kg/extract/relations/learned.py, written by bench/train_pairs.py; "
        f"trained on {', '.join(sorted(sets))}",
        "weights": weights,
        "bias": bias,
        "threshold": {p: thresholds[p] for p in weights},
    }
    tmp = model_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    tmp.replace(model_path)
    print(f"wrote {model_path} ({sum(len(w) for w in weights.values())} weights)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    col = sub.add_parser("collect")
    col.add_argument("--sets", type=Path, nargs="+", required=True)
    col.add_argument("--out", type=Path, default=ROOT / "build" / "pairs")
    col.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    tr = sub.add_parser("train")
    tr.add_argument("--data", type=Path, default=ROOT / "build" / "pairs")
    tr.add_argument("--model", type=Path, default=ROOT / "kg" / "data" / "pair_model.json")
    tr.add_argument(
        "--c",
        type=float,
        nargs="+",
        default=[0.1, 0.03],
        help="inverse regularisation strengths to try; each relation keeps the one whose threshold adds most held-out F1",
    )
    tr.add_argument(
        "--bar",
        type=float,
        default=0.4,
        help="precision a relation's added facts need in held-out predictions (F1/2 of the rules on "
        "unseen text, about 0.3, with a margin)",
    )
    tr.add_argument(
        "--perpetrator-bar",
        type=float,
        default=0.6,
        help="precision a perpetrator, or a person's tie to a group (affiliatedWith), needs in held-out predictions: "
        "higher than a relation's, since a wrong attribution misleads more than a missing one (the rules' own "
        "perpetrators are right about 80%% of the time)",
    )
    tr.add_argument("--min-right", type=int, default=5, help="right facts a threshold needs to count")
    tr.add_argument("--prune", type=float, default=0.01, help="drop weights smaller than this")
    tr.add_argument(
        "--min-gain",
        type=float,
        default=0.0005,
        help="relation F1 a relation's threshold must add in held-out predictions, summed over the sets, to be kept",
    )
    tr.add_argument("--grid", type=float, nargs="+", default=[x / 20 for x in range(4, 20)])
    args = ap.parse_args(argv)
    if args.cmd == "collect":
        collect(args.sets, args.out, args.scorer)
    else:
        train(
            args.data,
            args.model,
            args.c,
            args.grid,
            args.bar,
            args.min_right,
            args.prune,
            args.perpetrator_bar,
            args.min_gain,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

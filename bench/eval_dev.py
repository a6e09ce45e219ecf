"""Score the extractor on the dev corpus the way the issues measure it.

Each document with a gold file is built on its own into RUNS/NAME/ and the
scorer from ../shared/eval/score.py sums the counts over all of them:

    python bench/eval_dev.py --gold-dir ../shared/eval/dev --runs build/eval-runs [--details]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from kg import extract
from kg.ingest import SUPPORTED_SUFFIXES
from kg.pipeline import build

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--runs", type=Path, default=ROOT / "build" / "eval-runs")
    ap.add_argument("--scorer", type=Path, help="score.py (default: beside the gold folder)")
    ap.add_argument("--details", action="store_true", help="list missed and spurious items")
    ap.add_argument(
        "--extractor",
        default="spacy",
        help="registry name (spacy-rules-only: the rules without the pair model)",
    )
    args = ap.parse_args(argv)
    scorer = args.scorer or args.gold_dir.parent / "score.py"
    reader = extract.load(args.extractor)
    started = time.perf_counter()
    for gold in sorted(args.gold_dir.glob("*.gold.json")):
        name = gold.name[: -len(".gold.json")]
        docs = [p for p in args.gold_dir.glob(name + ".*") if p.suffix in SUPPORTED_SUFFIXES and p != gold]
        if not docs:
            print(f"{gold}: no document beside it", file=sys.stderr)
            continue
        build(docs, args.runs / name, extractor=reader, html=False)
    print(
        f"built {len(list(args.gold_dir.glob('*.gold.json')))} documents in {time.perf_counter() - started:.1f} s"
    )
    cmd = [
        sys.executable,
        str(scorer),
        "--runs",
        str(args.runs),
        "--gold-dir",
        str(args.gold_dir),
        "--ontology",
        str(ROOT / "ontology"),
    ]
    if args.details:
        cmd.append("--details")
    # The scorer pairs predicted with gold attacks in set order, so two attacks that could pair
    # either way score differently from one hash seed to the next: a fixed seed makes the figure
    # reproducible (the graph itself is the same whatever the seed).
    return subprocess.call(cmd, env={**os.environ, "PYTHONHASHSEED": "0"})


if __name__ == "__main__":
    sys.exit(main())

"""How long a fresh process takes to load kg's gazetteers (places, organisations and their indexes).

Runs the loading in a new interpreter each time, so nothing is cached, and prints the median and the
range of several runs. The target is half a second on a developer machine. Figures are printed, never
asserted:

    python bench/bench_gazetteer.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

_CODE = (
    "import time\n"
    "from kg import gazetteer as g\n"
    "t = time.perf_counter()\n"
    "g.places(); g.place_index(); g.organizations(); g.org_index(); g.org_acronyms()\n"
    "print(time.perf_counter() - t)\n"
)


def main(argv: list[str] | None = None) -> list[float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes to time (default 5)")
    args = parser.parse_args(argv)
    seconds = [
        float(
            subprocess.run([sys.executable, "-c", _CODE], capture_output=True, text=True, check=True).stdout
        )
        for _ in range(args.runs)
    ]
    print(
        f"gazetteer load in a fresh process: median {statistics.median(seconds):.3f} s "
        f"(min {min(seconds):.3f}, max {max(seconds):.3f}, {args.runs} runs; target 0.5 s)"
    )
    return seconds


if __name__ == "__main__":
    main()

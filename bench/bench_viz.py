"""Time the interactive page at 1,000 and 5,000 nodes: generation in Python, then layout in headless Chromium.

    .venv/bin/python bench/bench_viz.py [--sizes 1000,5000] [--out build/bench-viz] [--no-browser]

The graphs are synthetic but shaped like kg's: groups, organisations, people, places and attacks in
clusters, about two edges per node, each edge with evidence sentences and dates. "Stable layout" is the
moment the page marks its layout done (physics stopped, or the precomputed layout drawn).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.viz import render_html  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
_TYPES = [("Group", 0.12), ("Organization", 0.12), ("Person", 0.26), ("Location", 0.25), ("Attack", 0.25)]
_RELATIONS = {
    ("Group", "Group"): ["affiliateOf", "alliedWith", "rivalOf", "formedFrom"],
    ("Group", "Location"): ["operatesIn"],
    ("Person", "Group"): ["leaderOf", "memberOf", "spokespersonOf"],
    ("Person", "Organization"): ["employeeOf", "affiliatedWith"],
    ("Attack", "Group"): ["claimedBy", "attributedTo"],
    ("Attack", "Location"): ["location"],
    ("Location", "Location"): ["locatedIn"],
    ("Organization", "Location"): ["locatedIn"],
}


def synthetic_graph(n: int, seed: int = 7) -> nx.MultiDiGraph:
    """A kg-shaped graph of `n` nodes: clustered, typed, with evidence and dates on every edge."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    kinds = [kind for kind, share in _TYPES for _ in range(round(share * 100))]
    clusters = max(4, n // 60)
    for i in range(n):
        kind = rng.choice(kinds)
        year = rng.randint(2001, 2024)
        attrs = {
            "label": f"{kind} {i}",
            "type": kind,
            "subtype": "Country" if kind == "Location" and i % 20 == 0 else None,
            "aliases": [f"{kind[:3].upper()}-{i}"],
            "documents": rng.randint(1, 9),
            "first_seen": f"{year}-01-15",
            "last_seen": f"{min(year + rng.randint(0, 3), 2024)}-06-30",
            "cluster": i % clusters,
        }
        if kind == "Attack":
            attrs.update(
                date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", killed=rng.randint(0, 80)
            )
            attrs["wounded"] = rng.randint(0, 120)
        g.add_node(f"https://kg.example.org/id/{kind.lower()}/{i}", **attrs)
    by_cluster: dict[int, list[str]] = {}
    for node, attrs in g.nodes(data=True):
        by_cluster.setdefault(attrs["cluster"], []).append(node)
    nodes = list(g)
    for index, node in enumerate(nodes):
        for _ in range(4):
            # Mostly within the cluster, sometimes across: communities with a few bridges between them.
            pool = by_cluster[g.nodes[node]["cluster"]] if rng.random() < 0.9 else nodes
            other = rng.choice(pool)
            a, b = g.nodes[node]["type"], g.nodes[other]["type"]
            if (a, b) not in _RELATIONS:
                node_, other_ = other, node
                a, b = b, a
            else:
                node_, other_ = node, other
            if (a, b) not in _RELATIONS or node_ == other_:
                continue
            relation = rng.choice(_RELATIONS[(a, b)])
            sentences = [
                {
                    "sentence": f"Report {index}-{k}: {g.nodes[node_]['label']} and {g.nodes[other_]['label']}.",
                    "document_title": f"Article {rng.randint(1, n)}",
                    "source": f"https://news.example/{rng.randint(1, n)}",
                    "start": 0,
                    "end": 40,
                    "date": f"{rng.randint(2001, 2024)}-03-01",
                    "url": None,
                }
                for k in range(rng.randint(1, 4))
            ]
            g.add_edge(
                node_,
                other_,
                key=relation,
                relation=relation,
                confidence=round(rng.uniform(0.4, 1.0), 2),
                status="Asserted",
                evidence=sentences,
                evidence_count=len(sentences),
                date=sentences[0]["date"],
            )
    return g


def time_layout(page: Path) -> float:
    """Seconds from navigation until the page says its layout is done, network blocked."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1400, "height": 900})
            tab.route(
                "**/*",
                lambda route: (
                    route.continue_() if route.request.url.startswith(("file:", "data:")) else route.abort()
                ),
            )
            start = time.perf_counter()
            tab.goto(page.as_uri())
            tab.wait_for_selector("body[data-kg-layout=done]", timeout=600_000)
            return time.perf_counter() - start
        finally:
            browser.close()


def main() -> None:
    """Print generation time, page size and time to a stable layout for each size."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench-viz")
    parser.add_argument("--no-browser", action="store_true", help="only time the generation")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    browser = not args.no_browser and CHROMIUM.exists()
    print(f"{'nodes':>6} {'edges':>6} {'generate s':>11} {'page MiB':>9} {'layout s':>9}")
    for size in (int(s) for s in args.sizes.split(",")):
        g = synthetic_graph(size)
        start = time.perf_counter()
        page = render_html(g, args.out / f"graph-{size}.html", title=f"synthetic {size}")
        generate = time.perf_counter() - start
        layout = f"{time_layout(page):9.1f}" if browser else f"{'-':>9}"
        mib = page.stat().st_size / 2**20
        print(f"{size:>6} {g.number_of_edges():>6} {generate:>11.1f} {mib:>9.1f} {layout}", flush=True)


if __name__ == "__main__":
    main()

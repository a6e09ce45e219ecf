"""Benchmark the Oxigraph store beside rdflib's in-memory graph on a synthetic graph shaped like ours.

Generates, from a fixed seed, a resolved knowledge graph of the kind `kg build`
produces (groups with aliases, parents, splinters, allies and rivals; people and
their roles; countries and cities; attacks with dates, places, casualties and
claimed / attributed / suspected / denied responsibility; documents with
mentions) and turns it into RDF with `kg.rdf.to_rdf`, so every statement,
evidence node and IRI has exactly the shape of a real build. Then it measures:

* load: `kg.store.write_store` (Oxigraph's bulk loader into the persistent store)
  and rdflib's Turtle parser into a memory graph, both from the same graph.ttl;
  and opening the persistent store read-only;
* latency: the median of several runs of every named query through `kg.query.run`
  (name resolution and label columns included), in Oxigraph and in rdflib,
  checking that both engines give the same table: the six that take a group or a
  country for a typical one (the 20th busiest) and for the busiest, and the two
  over the whole graph.

Figures are printed, never asserted (the target: each named query under 100 ms in
the store and at least 20 times faster than rdflib in memory):

    python bench/bench_store.py [--triples N] [--runs R] [--keep DIR] [--json FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import json
import platform
import random
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.model import (
    Claim,
    ClaimStatus,
    Document,
    Entity,
    EntityType,
    Evidence,
    Fact,
    Incident,
    KnowledgeGraph,
    Predicate,
)

DEFAULT_SEED = 20240323
DEFAULT_TRIPLES = 1_000_000
# Triples one "unit" of the generator yields (measured); the generator scales units to the target.
_TRIPLES_PER_UNIT = 1_255

_WORDS = [
    "Dawn",
    "Banner",
    "Sword",
    "Crescent",
    "Shield",
    "Lions",
    "Eagles",
    "Martyrs",
    "Victory",
    "Faith",
    "Unity",
    "Liberation",
    "Defenders",
    "Guardians",
    "Vanguard",
    "Horizon",
    "Thunder",
    "Storm",
    "Flame",
    "River",
    "Mountain",
    "Desert",
    "Valley",
    "Coast",
    "Frontier",
    "Path",
    "Light",
    "Justice",
    "Freedom",
    "Covenant",
    "Order",
    "Legion",
    "Movement",
    "Front",
    "Army",
    "Brigades",
    "Battalion",
    "Council",
]
_KINDS = ("Brigades", "Front", "Movement", "Army", "Battalion", "Council", "Legion", "Jamaat")
_ROLES = ("leaderOf", "spokespersonOf", "founderOf", "memberOf", None)
_ATTACK_TYPES = ("Bombing", "Armed Assault", "Suicide Bombing", "Kidnapping", "Assassination")


@dataclass(frozen=True)
class Shape:
    """How many of each thing the synthetic graph holds."""

    groups: int
    people: int
    countries: int
    cities: int
    documents: int
    attacks: int
    relations: int

    @classmethod
    def for_triples(cls, triples: int) -> Shape:
        units = max(1, round(triples / _TRIPLES_PER_UNIT))
        return cls(
            groups=max(8, 4 * units),
            people=max(10, 10 * units),
            countries=min(200, max(4, units)),
            cities=max(8, 6 * units),
            documents=max(5, 10 * units),
            attacks=max(5, 8 * units),
            relations=max(8, 6 * units),
        )


def _name(rng: random.Random, i: int, kind: str) -> str:
    return f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {kind} {i}"


def synthetic_graph(triples: int = DEFAULT_TRIPLES, seed: int = DEFAULT_SEED) -> KnowledgeGraph:
    """A resolved KnowledgeGraph that `to_rdf` turns into about `triples` triples; the same for a seed."""
    rng = random.Random(seed)
    shape = Shape.for_triples(triples)
    entities: list[Entity] = []
    countries = [f"Location:country {i}" for i in range(shape.countries)]
    for i, key in enumerate(countries):
        entities.append(
            Entity(key, EntityType.LOCATION, f"Republic of {_name(rng, i, 'Land')}", (f"RL{i}",), "Country")
        )
    cities = [f"Location:city {i}" for i in range(shape.cities)]
    for i, key in enumerate(cities):
        entities.append(Entity(key, EntityType.LOCATION, f"{rng.choice(_WORDS)}ville {i}", (), "City"))
    groups = [f"Group:group {i}" for i in range(shape.groups)]
    for i, key in enumerate(groups):
        label = _name(rng, i, rng.choice(_KINDS))
        acronym = "".join(w[0] for w in label.split()[:3]) + f"-{i}"
        entities.append(Entity(key, EntityType.GROUP, label, (acronym, f"the {label.split()[1]} {i}"), None))
    people = [f"Person:person {i}" for i in range(shape.people)]
    for i, key in enumerate(people):
        entities.append(Entity(key, EntityType.PERSON, f"{rng.choice(_WORDS)} al-{rng.choice(_WORDS)} {i}"))
    start = dt.date(2010, 1, 1)
    documents = [
        Document(
            id=f"{rng.getrandbits(64):016x}",
            text="",
            title=f"Report {i} on {rng.choice(_WORDS)} attacks",
            source=f"https://news.example.org/{i}",
            date=start + dt.timedelta(days=rng.randrange(5000)),
            url=f"https://news.example.org/{i}",
        )
        for i in range(shape.documents)
    ]
    sentence = 0

    def evidence(confidence: float | None = None) -> Evidence:
        nonlocal sentence
        sentence += 1
        doc = rng.choice(documents)
        begin = rng.randrange(20_000)
        return Evidence(
            doc.id,
            sentence % 60,
            begin,
            begin + rng.randrange(40, 300),
            f"Sentence {sentence} of a report, long enough to look like news text about an attack.",
            "synthetic",
            "1.0",
            confidence if confidence is not None else round(rng.uniform(0.5, 0.95), 2),
        )

    facts: list[Fact] = []
    for city in cities:
        facts.append(Fact(city, Predicate.LOCATED_IN, rng.choice(countries), (), from_gazetteer=True))
    for _ in range(shape.relations):
        a, b = rng.sample(groups, 2)
        predicate = rng.choice(
            (Predicate.AFFILIATE_OF, Predicate.FORMED_FROM, Predicate.ALLIED_WITH, Predicate.RIVAL_OF)
        )
        facts.append(Fact(a, predicate, b, tuple(evidence() for _ in range(rng.randint(1, 3)))))
        facts.append(Fact(a, Predicate.OPERATES_IN, rng.choice(countries), (evidence(),)))
    # A few big groups get most people and attacks, as in the news: Zipf weights 1/rank.
    weights = list(itertools.accumulate(1 / rank for rank in range(1, len(groups) + 1)))

    def some_group() -> str:
        return rng.choices(groups, cum_weights=weights)[0]

    for person in people:
        role = rng.choice(_ROLES)
        group = some_group()
        facts.append(
            Fact(
                person,
                Predicate.AFFILIATED_WITH,
                group,
                tuple(evidence() for _ in range(rng.randint(1, 2))),
                role,
            )
        )
    incidents: list[Incident] = []
    mentions: dict[str, set[str]] = {doc.id: set() for doc in documents}
    for i in range(shape.attacks):
        perpetrator = some_group()
        statuses = [rng.choice((ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED))]
        if rng.random() < 0.1:
            statuses.append(rng.choice((ClaimStatus.SUSPECTED, ClaimStatus.DENIED)))
        claims = tuple(Claim(perpetrator, status, (evidence(),)) for status in statuses)
        day = start + dt.timedelta(days=rng.randrange(5000))
        precision = rng.random()
        date = (
            day.isoformat() if precision < 0.8 else day.isoformat()[:7] if precision < 0.95 else str(day.year)
        )
        city = rng.choice(cities)
        ev = tuple(evidence() for _ in range(rng.randint(1, 3)))
        incidents.append(
            Incident(
                key=f"attack:{city} {date} {i}",
                label=f"{rng.choice(_ATTACK_TYPES)} in {city.split(':')[1]} ({i})",
                names=(),
                evidence=ev,
                doc_ids=tuple(dict.fromkeys(e.doc_id for e in ev)),
                date=date,
                locations=(city,),
                claims=claims,
                killed=rng.randrange(0, 150) if rng.random() < 0.8 else None,
                wounded=rng.randrange(0, 300) if rng.random() < 0.6 else None,
                attack_type=rng.choice(_ATTACK_TYPES),
            )
        )
        for e in ev:
            mentions[e.doc_id].update((perpetrator, city))
    for doc in documents:
        mentions[doc.id].update(rng.sample(people, 2))
        mentions[doc.id].add(rng.choice(countries))
    return KnowledgeGraph(
        documents=tuple(documents),
        entities=tuple(entities),
        facts=tuple(facts),
        incidents=tuple(incidents),
        mentions={doc: tuple(sorted(keys)) for doc, keys in mentions.items()},
    )


def write_synthetic(
    folder: Path, triples: int = DEFAULT_TRIPLES, seed: int = DEFAULT_SEED
) -> tuple[Path, int]:
    """Write `folder/graph.ttl` for the synthetic graph (through Oxigraph, for speed); its path and size."""
    import pyoxigraph as ox

    from kg.ns import file_prefixes
    from kg.rdf import to_rdf
    from kg.store import _quads

    graph = to_rdf(synthetic_graph(triples, seed))
    size = len(graph)
    store = ox.Store()
    store.bulk_extend(_quads(graph))
    del graph
    gc.collect()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "graph.ttl"
    store.dump(str(path), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=file_prefixes())
    return path, size


# ------------------------------------------------------------------ measuring


def ranked(store: Any, query: str, rank: int) -> str:
    """The label of the entity a query ranks at `rank` (0: the busiest group or country), for the parameters."""
    rows = list(store.query(query, prefixes={"ekg": "https://w3id.org/extremist-kg/ontology#"}))
    return rows[min(rank, len(rows) - 1)][0].value


def timed(fn: Any, runs: int, warm: bool = True) -> tuple[float, Any]:
    """The median wall time in seconds of `runs` calls (after one warm-up call if `warm`), and the result."""
    result = fn() if warm else None
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


class BudgetSpent(BaseException):
    """A measurement ran past its time budget (a BaseException, so no `except Exception` swallows it)."""


def within(seconds: float, fn: Any) -> Any:
    """fn(), stopped with BudgetSpent after `seconds` (SIGALRM: Unix, main thread)."""

    def stop(signum: int, frame: Any) -> None:
        raise BudgetSpent

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=DEFAULT_TRIPLES, help="size of the synthetic graph")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--runs", type=int, default=7, help="timed runs per query in the store (median)")
    parser.add_argument("--rdflib-runs", type=int, default=1, help="timed runs per query in rdflib (median)")
    parser.add_argument(
        "--rdflib-budget",
        type=float,
        default=120,
        help="seconds rdflib may take for one query before it is stopped",
    )
    parser.add_argument("--rank", type=int, default=19, help="rank (from 0) of the typical group and country")
    parser.add_argument("--keep", type=Path, help="keep graph.ttl and the store in this folder")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)

    from kg.query import run
    from kg.store import STORE_DIR, open_graph, write_store

    figures: dict[str, Any] = {"python": platform.python_version(), "machine": platform.machine()}
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as tmp:
        folder = args.keep or Path(tmp)
        t0 = time.perf_counter()
        ttl, triples = write_synthetic(folder, args.triples, args.seed)
        figures["generate_s"] = time.perf_counter() - t0
        figures["triples"] = triples
        figures["turtle_mb"] = ttl.stat().st_size / 1e6
        print(
            f"synthetic graph: {triples:,} triples, graph.ttl {figures['turtle_mb']:.0f} MB "
            f"(generated in {figures['generate_s']:.1f} s)"
        )

        t0 = time.perf_counter()
        write_store(ttl, folder / STORE_DIR)
        figures["load_store_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        stored = open_graph(folder)
        figures["open_store_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        memory = open_graph(folder, memory=True)
        figures["load_rdflib_s"] = time.perf_counter() - t0
        assert len(stored) == len(memory) == triples, (len(stored), len(memory), triples)

        native = stored.store.oxigraph  # type: ignore[attr-defined]
        by_attacks = (
            "SELECT ?l WHERE { ?a ekg:perpetrator ?g . ?g <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
            " GROUP BY ?g ?l ORDER BY DESC(COUNT(?a)) ?l"
        )
        by_place = (
            "SELECT ?l WHERE { ?a ekg:location/ekg:locatedIn ?c . ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
            " GROUP BY ?c ?l ORDER BY DESC(COUNT(?a)) ?l"
        )
        cases = []
        for rank, who in ((args.rank, "typical"), (0, "busiest")):
            group, country = ranked(native, by_attacks, rank), ranked(native, by_place, rank)
            print(
                f"{who} ({'rank ' + str(rank + 1) if rank else 'first'}): group {group!r}, country {country!r}"
            )
            cases += [
                (who, "attacks-by-group", {"group": group}),
                (who, "group-relations", {"group": group}),
                (who, "said-about-group", {"group": group}),
                (who, "group-people", {"group": group}),
                (who, "attacks-in-country", {"country": country, "since": "2015", "until": "2018-06"}),
                (who, "group-timeline", {"group": group}),
            ]
        # The two queries over the whole graph take no entity.
        cases += [
            ("whole graph", "most-mentioned", {}),
            ("whole graph", "most-mentioned", {"type": "Group"}),
            ("whole graph", "doubtful-facts", {}),
        ]
        print()
        print(f"{'load':<32}{'Oxigraph store':>16}{'rdflib memory':>16}{'speed-up':>10}")
        print(
            f"{'graph.ttl -> graph':<32}{figures['load_store_s']:>14.2f} s{figures['load_rdflib_s']:>14.2f} s"
            f"{figures['load_rdflib_s'] / figures['load_store_s']:>9.0f}x"
        )
        print(f"{'open the built graph':<32}{figures['open_store_s'] * 1000:>13.1f} ms{'(= load)':>16}\n")
        print(f"{'named query':<40}{'rows':>6}{'Oxigraph':>12}{'rdflib':>12}{'speed-up':>10}  same answer")
        figures["queries"] = {}
        for who, name, params in cases:
            ox_s, ox_table = timed(lambda n=name, p=params: run(stored, n, p), args.runs)
            # rdflib takes seconds a query at this size: its parsed queries are cached by the run above.
            # A query it has not answered within the budget is stopped and counted at the budget.
            try:
                rdf_s, rdf_table = within(
                    args.rdflib_budget,
                    lambda n=name, p=params: timed(lambda: run(memory, n, p), args.rdflib_runs, warm=False),
                )
            except BudgetSpent:
                rdf_s, rdf_table = float(args.rdflib_budget), None
            same = ox_table == rdf_table
            same_rows = rdf_table is not None and sorted(map(repr, ox_table.rows)) == sorted(
                map(repr, rdf_table.rows)
            )
            key = f"{who} {name}" + "".join(f" {k}={v}" for k, v in params.items() if k == "type")
            figures["queries"][key] = {
                "params": params,
                "rows": len(ox_table.rows),
                "oxigraph_ms": ox_s * 1000,
                "rdflib_ms": rdf_s * 1000,
                "rdflib_stopped": rdf_table is None,
                "speedup": rdf_s / ox_s,
                "same": same,
                "same_rows": same_rows,
            }
            verdict = (
                "not checked (rdflib stopped)"
                if rdf_table is None
                else "yes"
                if same
                else "same rows, order differs"
                if same_rows
                else "NO"
            )
            more = ">" if rdf_table is None else " "
            print(
                f"{key:<40}{len(ox_table.rows):>6}{ox_s * 1000:>10.1f} ms{more}{rdf_s * 1000:>9.0f} ms"
                f"{more}{rdf_s / ox_s:>8.0f}x  {verdict}"
            )
        timed_queries = figures["queries"].values()
        fast = sum(q["oxigraph_ms"] < 100 for q in timed_queries)
        far = sum(q["speedup"] >= 20 for q in timed_queries)
        print(
            f"\nunder 100 ms: {fast} of {len(timed_queries)}; at least 20x rdflib: {far} of {len(timed_queries)}"
        )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return figures


if __name__ == "__main__":
    main(sys.argv[1:])

"""Benchmark `kg build` beside spaCy's full pipeline on the same generated news corpus.

Generates a seeded corpus of news-like articles (about 1,000,000 words by
default, see bench/corpus.py), then measures, each in a fresh process so peak
memory is its own:

* spaCy alone: `nlp.pipe` with every component of the model, one process;
* kg's own spaCy pipeline (`load_pipeline`, in kg's batches) without the rules;
* `kg.pipeline.build` end to end with one worker per core (at most four) and with one worker;
* `kg.pipeline.build` on a quarter of the corpus, to show how memory grows.

Figures are printed, never asserted:

    python bench/bench_build.py [--words N] [--workers W] [--json FILE] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:
    from bench.corpus import DEFAULT_SEED, CorpusInfo, write_corpus
except ModuleNotFoundError:  # run as a script: bench/ itself is on sys.path
    from corpus import DEFAULT_SEED, CorpusInfo, write_corpus  # type: ignore[no-redef]

if TYPE_CHECKING:
    from kg.extract import Extractor

Figures = dict[str, Any]

SPACY_BATCH_SIZE = 64


# ------------------------------------------------------------------ measurements (in a child process)


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak RSS in MiB of this process, or (RUSAGE_CHILDREN) of its largest waited-for child."""
    peak = resource.getrusage(who).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    """User and system CPU time of this process, or (RUSAGE_CHILDREN) of its waited-for children."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def read_texts(corpus: Path) -> list[str]:
    """The documents' texts exactly as `kg build` reads them (date line dropped, lines trimmed)."""
    from kg.ingest import iter_documents

    errors: list[Any] = []
    texts = [doc.text for doc in iter_documents([corpus], errors)]
    if errors:
        raise RuntimeError(f"{len(errors)} corpus files could not be read: {errors[0]}")
    return texts


def measure_spacy(corpus: Path, batch_size: int = SPACY_BATCH_SIZE, kg_pipeline: bool = False) -> Figures:
    """Words per second of `nlp.pipe` over the corpus: the full model, or kg's pipeline in kg's batches."""
    import spacy

    from kg.extract.spacy_rules import SpacyRuleExtractor, load_pipeline, model_name

    if kg_pipeline:
        batch_size = SpacyRuleExtractor().batch_size

    texts = read_texts(corpus)
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    nlp = load_pipeline() if kg_pipeline else spacy.load(model_name())
    t1 = time.perf_counter()
    cpu1 = time.process_time()
    tokens = entities = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        tokens += len(doc)
        entities += len(doc.ents)
    t2 = time.perf_counter()
    cpu = time.process_time() - cpu1
    return {
        "pipeline": nlp.pipe_names,
        "batch_size": batch_size,
        "documents": len(texts),
        "words": words,
        "tokens": tokens,
        "entities": entities,
        "load_seconds": t1 - t0,
        "seconds": t2 - t1,
        "cpu_seconds": cpu,
        "words_per_second": words / (t2 - t1),
        "documents_per_second": len(texts) / (t2 - t1),
        "peak_rss_mb": peak_rss_mb(),
    }


def measure_build(
    corpus: Path, out_dir: Path, workers: int, html: bool = True, extractor: Extractor | None = None
) -> Figures:
    """Run `kg.pipeline.build` once and report what it did, how long each stage took and its memory.

    `extractor` (default: what `kg build` uses, loaded inside the build) lets a caller reuse a loaded one.
    """
    from kg import extract
    from kg.pipeline import build

    main0, workers0 = cpu_seconds(), cpu_seconds(resource.RUSAGE_CHILDREN)
    report = build([corpus], out_dir, extractor=extractor or extract.DEFAULT, workers=workers, html=html)
    total = report.seconds["total"]
    return {
        "workers": workers,
        "documents": report.documents,
        "words": report.words,
        "skipped": len(report.skipped),
        "entities": report.entities,
        "facts": report.facts,
        "attacks": report.attacks,
        "triples": report.triples,
        "seconds": dict(report.seconds),
        "words_per_second": report.words / total,
        "documents_per_second": report.documents / total,
        "cpu_seconds_main": (main := cpu_seconds() - main0),
        "cpu_seconds_workers": (kids := cpu_seconds(resource.RUSAGE_CHILDREN) - workers0),
        "cpu_seconds": main + kids,
        "turtle_mb": (out_dir / "graph.ttl").stat().st_size / 2**20,
        "html_mb": (out_dir / "graph.html").stat().st_size / 2**20 if html else 0.0,
        "peak_rss_mb": peak_rss_mb(),
        # The pool's workers have exited and been waited for by the time build() returns.
        "worker_peak_rss_mb": peak_rss_mb(resource.RUSAGE_CHILDREN) if workers > 1 else None,
    }


def _child(args: argparse.Namespace) -> int:
    """Entry point of a measuring child process: one measurement, written as JSON to --result."""
    started = time.perf_counter()
    if args.child == "build":
        figures = measure_build(args.corpus, args.out, args.workers)
    else:
        figures = measure_spacy(args.corpus, args.batch_size, kg_pipeline=args.child == "kg-nlp")
    figures["process_seconds"] = time.perf_counter() - started
    args.result.write_text(json.dumps(figures), encoding="utf-8")
    return 0


def in_subprocess(
    kind: str, corpus: Path, work: Path, *, workers: int = 1, batch_size: int = SPACY_BATCH_SIZE
) -> Figures:
    """Run one measurement in a fresh Python process, so its peak memory is its own."""
    result = work / f"{kind}-{workers}-{corpus.name}.json"
    out = work / f"out-{kind}-{workers}-{corpus.name}"
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        kind,
        "--corpus",
        str(corpus),
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--batch-size",
        str(batch_size),
        "--result",
        str(result),
    ]
    busy0, ours0 = machine_cpu_seconds(), cpu_seconds(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, check=True)
    wall = time.perf_counter() - started
    figures: Figures = json.loads(result.read_text(encoding="utf-8"))
    figures["wall_seconds"] = wall
    busy1, ours1 = machine_cpu_seconds(), cpu_seconds(resource.RUSAGE_CHILDREN)
    # CPU other processes took meanwhile slows the wall-clock figures; it is reported beside them.
    if busy0 is not None and busy1 is not None:
        other = max(0.0, (busy1 - busy0) - (ours1 - ours0))
        figures["other_cpu_seconds"] = other
        figures["other_cpu_share"] = other / (wall * (os.cpu_count() or 1))
    return figures


def machine_cpu_seconds() -> float | None:
    """CPU seconds every process on the machine has used since boot (Linux /proc/stat), or None."""
    try:
        ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    except (OSError, ValueError):
        return None
    # user nice system idle iowait irq softirq steal: all but idle and iowait is busy (steal: the host's).
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------ the run


def machine() -> Figures:
    """What the figures were measured on."""
    import spacy

    from kg.extract.spacy_rules import model_name

    cpu = platform.processor() or ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        cpu = next(
            (
                ln.split(":", 1)[1].strip()
                for ln in cpuinfo.read_text().splitlines()
                if ln.startswith("model name")
            ),
            cpu,
        )
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    name = model_name()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{name} {spacy.util.get_package_version(name)}",
    }


def default_workers() -> int:
    """One per core, at most four: what `kg build` uses."""
    return max(1, min(4, os.cpu_count() or 1))


def run(
    words: int,
    work: Path,
    *,
    seed: int = DEFAULT_SEED,
    workers: int | None = None,
    batch_size: int = SPACY_BATCH_SIZE,
    log: bool = True,
) -> Figures:
    """Generate the corpora in `work` and take every measurement; the figures as one dict."""
    w = workers or default_workers()

    def say(message: str) -> None:
        if log:
            print(message, file=sys.stderr, flush=True)

    t0 = time.perf_counter()
    full = write_corpus(work / "corpus-full", words, seed)
    small = write_corpus(work / "corpus-quarter", max(1, words // 4), seed)
    gen_seconds = time.perf_counter() - t0
    say(
        f"corpus: {full.words:,} words in {len(full.files):,} files, +{small.words:,} words "
        f"for the growth check ({gen_seconds:.1f} s)"
    )
    figures: Figures = {
        "machine": machine(),
        "seed": seed,
        "corpus": _corpus_figures(full, gen_seconds),
        "corpus_quarter": _corpus_figures(small, None),
    }
    steps = [
        ("spacy_full", "spacy", full.folder, 1),
        ("kg_nlp", "kg-nlp", full.folder, 1),
        (f"build_w{w}", "build", full.folder, w),
        ("build_w1", "build", full.folder, 1),
        (f"build_quarter_w{w}", "build", small.folder, w),
    ]
    for key, kind, corpus, n in steps:
        if key in figures:  # W = 1 already measured
            continue
        say(f"measuring {key} ...")
        figures[key] = in_subprocess(kind, corpus, work, workers=n, batch_size=batch_size)
        say(f"  {_rate(figures[key])} words/s")
    figures["workers"] = w
    base = figures["spacy_full"]["words_per_second"]
    figures["ratio_build_to_spacy"] = figures[f"build_w{w}"]["words_per_second"] / base
    figures["ratio_build_w1_to_spacy"] = figures["build_w1"]["words_per_second"] / base
    # The same ratios per CPU second: the work each does, whatever else the machine was running.
    for key, build in (
        ("ratio_cpu_build_to_spacy", f"build_w{w}"),
        ("ratio_cpu_build_w1_to_spacy", "build_w1"),
    ):
        figures[key] = _per_cpu(figures[build]) / _per_cpu(figures["spacy_full"])
    return figures


def _corpus_figures(info: CorpusInfo, seconds: float | None) -> Figures:
    sizes = [p.stat().st_size for p in info.files]
    return {
        "words": info.words,
        "documents": len(info.files),
        "mb": sum(sizes) / 2**20,
        "words_per_document": info.words / max(1, len(info.files)),
        "generate_seconds": seconds,
    }


def _per_cpu(f: Figures) -> float:
    return f["words"] / f["cpu_seconds"]


def _rate(f: Figures) -> str:
    return f"{f['words_per_second']:,.0f}"


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f} MiB"


def table(f: Figures) -> str:
    """The figures as the plain-text table `make bench` prints."""
    m = f["machine"]
    w = f["workers"]
    c = f["corpus"]
    sp, kn = f["spacy_full"], f["kg_nlp"]
    bw, b1, bq = f[f"build_w{w}"], f["build_w1"], f[f"build_quarter_w{w}"]
    stages = list(bw["seconds"])
    lines = [
        f"machine: {m['cpu']} ({m['cores']} cores, {m['usable_cores']} usable), {m['platform']}",
        f"         Python {m['python']}, spaCy {m['spacy']}, model {m['model']}",
        f"corpus:  {c['words']:,} words in {c['documents']:,} articles "
        f"(~{c['words_per_document']:.0f} words each, {c['mb']:.1f} MiB), "
        f"generated in {c['generate_seconds']:.1f} s, seed {f['seed']}",
        "",
        f"{'run':<44}{'words/s':>10}{'docs/s':>9}{'seconds':>9}{'CPU s':>8}{'words/CPU s':>13}"
        f"{'peak RSS main':>15}{'peak RSS worker':>17}",
        "-" * 125,
    ]

    def row(label: str, r: Figures, seconds: float) -> str:
        return (
            f"{label:<44}{_rate(r):>10}{r['documents_per_second']:>9.1f}{seconds:>9.1f}{r['cpu_seconds']:>8.1f}"
            f"{_per_cpu(r):>13,.0f}"
            f"{_mb(r['peak_rss_mb']):>15}{_mb(r.get('worker_peak_rss_mb')):>17}"
        )

    lines += [
        row(f"spaCy full pipeline, nlp.pipe (batch {sp['batch_size']})", sp, sp["seconds"]),
        row(f"kg's spaCy pipeline alone, no rules (batch {kn['batch_size']})", kn, kn["seconds"]),
        row(f"kg build, {w} workers", bw, bw["seconds"]["total"]),
        row("kg build, 1 worker", b1, b1["seconds"]["total"]),
        "(seconds: nlp.pipe alone for the spaCy rows, the whole build for the kg rows; CPU s: all processes)",
        "",
        f"spaCy full pipeline:  {', '.join(sp['pipeline'])} (model load {sp['load_seconds']:.1f} s)",
        f"kg's spaCy pipeline:  {', '.join(kn['pipeline'])} "
        f"(load with gazetteers {kn['load_seconds']:.1f} s)",
        "",
        "ratio kg build words/s / spaCy full pipeline words/s: "
        f"{f['ratio_build_to_spacy']:.2f} ({w} workers), {f['ratio_build_w1_to_spacy']:.2f} (1 worker)",
        "the same per CPU second (words/CPU s ÷ words/CPU s):      "
        f"{f['ratio_cpu_build_to_spacy']:.2f} ({w} workers), {f['ratio_cpu_build_w1_to_spacy']:.2f} (1 worker)",
        "",
        "kg build stages, wall seconds as BuildReport.seconds gives them (extract includes reading the",
        "files and loading the model), and CPU seconds of the main process and of the workers:",
        f"{'':<28}" + "".join(f"{k:>10}" for k in stages) + f"{'CPU main':>10}{'CPU wkrs':>10}",
    ]
    for label, r in ((f"{w} workers", bw), ("1 worker", b1), (f"{w} workers, quarter corpus", bq)):
        s = r["seconds"]
        lines.append(
            f"{label:<28}"
            + "".join(f"{s[k]:>10.1f}" if k in s else f"{'-':>10}" for k in stages)
            + f"{r['cpu_seconds_main']:>10.1f}{r['cpu_seconds_workers']:>10.1f}"
        )
    lines += [
        "",
        "memory growth (kg build, same workers):",
        f"{'corpus':<28}{'docs':>8}{'words':>11}{'entities':>10}{'facts':>9}{'attacks':>9}{'triples':>10}"
        f"{'ttl':>9}{'RSS main':>11}{'RSS worker':>12}",
    ]
    for label, r in (("quarter", bq), ("full", bw)):
        lines.append(
            f"{label:<28}{r['documents']:>8,}{r['words']:>11,}{r['entities']:>10,}{r['facts']:>9,}"
            f"{r['attacks']:>9,}{r['triples']:>10,}{r['turtle_mb']:>7.1f}MB{_mb(r['peak_rss_mb']):>11}"
            f"{_mb(r['worker_peak_rss_mb']):>12}"
        )
    other = max(r.get("other_cpu_share", 0.0) for r in (sp, kn, bw, b1, bq))
    if other > 0.05:
        lines += [
            "",
            f"note: other processes took up to {other:.0%} of the machine's CPU during a measurement;",
            "      wall-clock figures are slowed by them, CPU seconds much less.",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1_000_000, help="corpus size in words (default 1,000,000)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--workers", type=int, default=None, help="kg build workers (default: cores, at most 4)")
    ap.add_argument("--batch-size", type=int, default=SPACY_BATCH_SIZE, help="nlp.pipe batch size for spaCy")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ap.add_argument(
        "--keep", type=Path, help="write corpora and graphs here and keep them (default: a temp dir)"
    )
    ap.add_argument("--child", choices=("spacy", "kg-nlp", "build"), help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _child(args)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        figures = run(args.words, args.keep, seed=args.seed, workers=args.workers, batch_size=args.batch_size)
    else:
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
            figures = run(
                args.words, Path(tmp), seed=args.seed, workers=args.workers, batch_size=args.batch_size
            )
    print(table(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Wire the stages: ingest -> extract -> resolve -> RDF -> Turtle and HTML.

This is the one place the stages meet. `build` is what `kg build` runs and
what notebooks call.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import extract
from kg.ingest import IngestError, iter_documents
from kg.model import Document, KnowledgeGraph
from kg.resolve import Resolver

GRAPH_FILE = "graph.ttl"
HTML_FILE = "graph.html"


@dataclass
class BuildReport:
    """What a build read, skipped and wrote, and how long it took."""

    out_dir: Path
    documents: int = 0
    words: int = 0
    skipped: list[IngestError] = field(default_factory=list)
    entities: int = 0
    facts: int = 0
    attacks: int = 0
    triples: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.skipped


def default_workers() -> int:
    """One extraction process per core, at most four."""
    return max(1, min(4, os.cpu_count() or 1))


def extract_graph(
    inputs: Iterable[str | Path],
    *,
    extractor: str | extract.Extractor = extract.DEFAULT,
    workers: int = 1,
    errors: list[IngestError] | None = None,
    progress: Callable[[Document], None] | None = None,
    background: bool = True,
) -> tuple[KnowledgeGraph, int, int]:
    """Read and resolve every document: the KnowledgeGraph, the number of documents and of words."""
    reader = extract.load(extractor, workers=workers) if isinstance(extractor, str) else extractor
    resolver = Resolver(background=background)
    counts = [0, 0]

    def documents() -> Iterator[Document]:
        for doc in iter_documents(inputs, errors if errors is not None else []):
            counts[0] += 1
            counts[1] += len(doc.text.split())
            yield doc

    for extraction in reader.pipe(documents()):
        resolver.add(extraction)
        if progress is not None:
            progress(extraction.document)
    return resolver.result(), counts[0], counts[1]


def build(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    extractor: str | extract.Extractor = extract.DEFAULT,
    workers: int | None = None,
    html: bool = True,
    base: str | None = None,
    progress: Callable[[Document], None] | None = None,
) -> BuildReport:
    """Build the knowledge graph of `inputs` into `out_dir` (graph.ttl, graph.html)."""
    from kg.rdf import to_rdf, write_turtle

    out = Path(out_dir)
    report = BuildReport(out_dir=out)
    t0 = time.perf_counter()
    kg, report.documents, report.words = extract_graph(
        inputs,
        extractor=extractor,
        workers=workers or default_workers(),
        errors=report.skipped,
        progress=progress,
    )
    t1 = time.perf_counter()
    graph = to_rdf(kg, base=base)
    t2 = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    write_turtle(graph, out / GRAPH_FILE)
    from kg.store import STORE_DIR, write_store  # the Oxigraph store `kg query` and `kg.open` read

    write_store(out / GRAPH_FILE, out / STORE_DIR)
    t3 = time.perf_counter()
    if html:
        from kg.analysis import to_networkx
        from kg.viz import render_html

        render_html(to_networkx(graph, view="all"), out / HTML_FILE)
    t4 = time.perf_counter()
    report.entities = len(kg.entities)
    report.facts = len(kg.facts)
    report.attacks = len(kg.incidents)
    report.triples = len(graph)
    report.seconds = {
        "extract": t1 - t0,
        "rdf": t2 - t1,
        "turtle": t3 - t2,
        "html": t4 - t3,
        "total": t4 - t0,
    }
    return report

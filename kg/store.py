"""Open a graph that `kg build` wrote; the one seam for swapping the storage backend."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.ns import PREFIXES
from kg.pipeline import GRAPH_FILE


class GraphNotFound(FileNotFoundError):
    """The folder given holds no graph built by `kg build`."""


def graph_path(location: str | Path) -> Path:
    """The Turtle file of a built graph: `DIR/graph.ttl`, or the file itself if given."""
    path = Path(location)
    target = path / GRAPH_FILE if path.is_dir() else path
    if not target.is_file():
        raise GraphNotFound(f"{target}: no graph here; run `kg build INPUT --out {path}` first")
    return target


def open_graph(location: str | Path) -> Graph:
    """Load a built graph into an rdflib Graph with the usual prefixes bound."""
    target = graph_path(location)
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    # data= and an explicit format: rdflib would otherwise treat a string as a path or URL to fetch.
    graph.parse(data=target.read_text(encoding="utf-8"), format="turtle")
    return graph

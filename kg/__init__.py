"""kg: knowledge graphs of armed and extremist groups from news articles.

The same functions serve the `kg` command line and notebooks:

    import kg
    report = kg.build(["examples/"], "output/")
    g = kg.open("output/")
    kg.sparql(g, "SELECT ?g WHERE { ?g a ekg:Group }")

Heavy libraries are imported only when a function needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "build", "open", "sparql"]

if TYPE_CHECKING:
    from pathlib import Path

    import pandas
    from rdflib import Graph

    from kg.pipeline import BuildReport


def build(inputs: list[str | Path], out_dir: str | Path, **options: Any) -> BuildReport:
    """Build the knowledge graph of `inputs` into `out_dir`; see `kg.pipeline.build`."""
    from kg.pipeline import build as _build

    return _build(inputs, out_dir, **options)


def open(location: str | Path, *, read_only: bool = True) -> Graph:  # noqa: A001 - the contract names it kg.open
    """Open a graph that `kg build` wrote, as an rdflib Graph over its Oxigraph store (read-only by default)."""
    from kg.store import open_graph

    return open_graph(location, read_only=read_only)


def sparql(graph: Graph, query: str, *, labels: bool = True, **params: Any) -> pandas.DataFrame:
    """Run a read-only query (SPARQL text, a .rq file or a named query) and return a DataFrame.

    Parameters are bound as RDF terms, never pasted into the text; a named query's
    entity parameters (`group="ISIS-K"`) are resolved through labels and aliases.
    With `labels`, every IRI column `x` gets an `x_label` column beside it. A graph
    from `kg.open` runs the query in Oxigraph; any other rdflib Graph, in rdflib.
    """
    from kg.query import run, to_dataframe

    return to_dataframe(run(graph, query, params, labels=labels))

"""SPARQL over a built graph: guarded, parameterised, returned as a table.

User queries never reach the network: `SERVICE`, `LOAD` and dataset clauses
(`FROM`, `FROM NAMED`) are refused before the query runs, rdflib's loading of
remote graphs is switched off, and only read queries (SELECT, ASK, CONSTRUCT,
DESCRIBE) run. Parameters are bound as RDF terms, never pasted into the text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import rdflib.plugins.sparql as rdflib_sparql
from pyparsing import ParseException
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from kg.ns import PREFIXES

# rdflib would otherwise fetch graphs named in FROM / FROM NAMED over HTTP.
rdflib_sparql.SPARQL_LOAD_GRAPHS = False

_FORBIDDEN_NODES = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}


class QueryError(ValueError):
    """A query that is malformed or not allowed; the message is one line."""


@dataclass(frozen=True)
class Table:
    """The result of a SELECT (or ASK) query: column names and rows of plain values."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str | int | float | bool | None, ...], ...]

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(["" if v is None else v for v in row] for row in self.rows)
        return buf.getvalue()

    def to_json(self) -> str:
        return json.dumps(
            [dict(zip(self.columns, row, strict=True)) for row in self.rows], ensure_ascii=False, indent=2
        )

    def to_text(self, width: int = 60) -> str:
        cells = [[_short(str(c), width) for c in self.columns]] + [
            [_short("" if v is None else str(v), width) for v in row] for row in self.rows
        ]
        widths = [max(len(r[i]) for r in cells) for i in range(len(self.columns))]
        lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(lines)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def load_query_text(query: str) -> str:
    """The text of a query given as SPARQL text or as the path of a `.rq` file."""
    if query.endswith(".rq") and "\n" not in query:
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{query}: no such query file")
        return path.read_text(encoding="utf-8")
    return query


def prepare(text: str) -> object:
    """Parse and check a query: a one-line error with the position if malformed or not allowed."""
    try:
        prepared = prepareQuery(text, initNs=PREFIXES)
    except ParseException as exc:
        raise QueryError(f"malformed SPARQL at line {exc.lineno}, column {exc.column}: {exc.msg}") from None
    except Exception as exc:  # rdflib raises bare Exceptions for unknown prefixes and the like
        raise QueryError(f"malformed SPARQL: {str(exc).splitlines()[0]}") from None
    if prepared.algebra.get("datasetClause"):
        raise QueryError("FROM / FROM NAMED are not allowed: queries run on the built graph only")
    _guard(prepared.algebra)
    return prepared


def _guard(node: object) -> None:
    """Refuse SERVICE and LOAD anywhere in the algebra (also inside OPTIONAL and sub-queries)."""
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, CompValue):
            if cur.name in _FORBIDDEN_NODES:
                raise QueryError(
                    f"{_FORBIDDEN_NODES[cur.name]} is not allowed: queries never reach the network"
                )
            stack.extend(cur.values())
        elif isinstance(cur, (list, tuple)):
            stack.extend(cur)
        elif isinstance(cur, dict):
            stack.extend(cur.values())


_FROM = re.compile(r"\bFROM\s+(?:NAMED\s+)?<", re.I)


def _term(value: object) -> URIRef | Literal:
    if isinstance(value, (URIRef, Literal)):
        return value
    if isinstance(value, str) and value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    return Literal(value)


def run(graph: Graph, query: str, params: Mapping[str, object] | None = None) -> Table:
    """Run a read-only query and return its table (SELECT rows, or one ASK boolean)."""
    text = load_query_text(query)
    if _FROM.search(text):
        raise QueryError("FROM / FROM NAMED are not allowed: queries run on the built graph only")
    prepared = prepare(text)
    bindings = {name: _term(value) for name, value in (params or {}).items()}
    result = graph.query(prepared, initBindings=bindings)
    if result.type == "ASK":
        return Table(("ask",), ((bool(result.askAnswer),),))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        triples = sorted(result.graph, key=lambda t: tuple(str(x) for x in t))
        return Table(("subject", "predicate", "object"), tuple(tuple(_plain(x) for x in t) for t in triples))
    columns = tuple(str(v) for v in result.vars)
    return Table(columns, tuple(tuple(_plain(row[i]) for i in range(len(columns))) for row in result))


def _plain(term: object) -> str | int | float | bool | None:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, (int, float, bool)) else str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)

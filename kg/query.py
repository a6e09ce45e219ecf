"""SPARQL over a built graph: guarded, parameterised, named, returned as a table.

User queries never reach the network. Every query passes two independent checks
before any engine sees it:

1. rdflib parses it and the algebra is walked: `SERVICE` anywhere (inside
   `OPTIONAL`, sub-queries, `EXISTS`), `LOAD` and dataset clauses (`FROM`,
   `FROM NAMED`) are refused;
2. the exact text handed to the engine is tokenised and refused if it holds one
   of those keywords or an update keyword, so that a difference between the two
   parsers cannot smuggle one through. Oxigraph's `SERVICE` makes real HTTP
   requests and cannot be switched off, so nothing reaches it unchecked.

Unicode escapes (`\\u0053ERVICE`) are expanded once, as SPARQL defines, and both
engines then get the expanded text. rdflib's loading of remote graphs is switched
off. Only read queries run, unless `update(..., allow_update=True)` is called.

Parameters are RDF terms: with rdflib they are `initBindings`; with Oxigraph they
go in a `VALUES` block at the top of the `WHERE` clause, written from validated
terms, never from raw text. Named queries live in `kg/queries/NAME.rq`; their
first comment line says what they answer, and `# param:` lines declare their
parameters. A parameter of kind `entity` is resolved through labels and aliases
by a parameterised query.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pyoxigraph as ox
import rdflib.plugins.sparql as rdflib_sparql
from pyparsing import ParseException
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery, prepareUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg.ns import EKG_TERMS, ONTOLOGY, PREFIXES, RDFS, XSD
from kg.rdf import to_ox

if TYPE_CHECKING:
    import pandas

# rdflib would otherwise fetch graphs named in FROM / FROM NAMED over HTTP.
rdflib_sparql.SPARQL_LOAD_GRAPHS = False

__all__ = [
    "IRI",
    "Engine",
    "NamedQuery",
    "OxigraphEngine",
    "Param",
    "QueryError",
    "RdflibEngine",
    "Table",
    "add_labels",
    "check",
    "engine_for",
    "first_keyword",
    "lexical_guard",
    "load_query_text",
    "named_queries",
    "named_query",
    "one_line",
    "ox_cell",
    "parse_named_query",
    "prepare",
    "resolve",
    "run",
    "run_on",
    "to_dataframe",
    "update",
    "with_values",
]

QUERIES_DIR = Path(__file__).parent / "queries"

_FORBIDDEN_NODES = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}
_NETWORK_WORDS = {"SERVICE", "LOAD"}
_DATASET_WORDS = {"FROM", "USING"}
_UPDATE_WORDS = {"INSERT", "DELETE", "DROP", "CLEAR", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_OX_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
_INTEGER_TYPES = {
    str(XSD[name])
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOAT_TYPES = {str(XSD.decimal), str(XSD.double), str(XSD.float)}
_BOOLEAN = str(XSD.boolean)
_LABEL = ox.NamedNode(str(RDFS.label))


class QueryError(ValueError):
    """A query that is malformed or not allowed; the message is one line."""


class IRI(str):
    """A table cell that holds an IRI; a plain `str` for printing and serialising."""

    __slots__ = ()


Cell = str | int | float | bool | None


@dataclass(frozen=True)
class Table:
    """The result of a query: column names and rows of plain values (IRIs as `IRI` strings)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

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


# ------------------------------------------------------------------ named queries


@dataclass(frozen=True)
class Param:
    """A parameter a named query declares: `# param: NAME (KIND[, optional]) — description`."""

    name: str
    kind: str = "string"  # entity | date | integer | decimal | string | class | iri
    optional: bool = False
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped in `kg/queries/NAME.rq`, with what it answers and the parameters it takes."""

    name: str
    description: str
    text: str
    params: tuple[Param, ...] = ()
    # Columns built with GROUP_CONCAT: their order is unspecified in SPARQL, so kg sorts them.
    lists: tuple[str, ...] = ()
    path: Path | None = field(default=None, compare=False)


_PARAM_KINDS = {"entity", "date", "integer", "decimal", "string", "class", "iri"}
_PARAM_LINE = re.compile(r"#\s*param:\s*(\w+)\s*(?:\(([^)]*)\))?\s*(?:[—–:-]+\s*(.*))?$")
_LIST_LINE = re.compile(r"#\s*lists?:\s*(.*)$")
_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*")


def parse_named_query(name: str, text: str, path: Path | None = None) -> NamedQuery:
    """Read a named query's header comment: its description, `# param:` and `# list:` lines."""
    header = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.lstrip().startswith("#"):
            break
        header.append(line.strip())
    if not header or not header[0].lstrip("# ").strip():
        raise QueryError(f"named query {name}: the first line must be a comment saying what it answers")
    params: list[Param] = []
    lists: list[str] = []
    for line in header[1:]:
        if m := _PARAM_LINE.match(line):
            flags = [f.strip() for f in (m.group(2) or "").split(",") if f.strip()]
            kinds = [f for f in flags if f in _PARAM_KINDS]
            unknown = [f for f in flags if f not in _PARAM_KINDS and f != "optional"]
            if unknown or len(kinds) > 1:
                raise QueryError(f"named query {name}: bad parameter declaration {line!r}")
            params.append(
                Param(m.group(1), kinds[0] if kinds else "string", "optional" in flags, (m.group(3) or ""))
            )
        elif m := _LIST_LINE.match(line):
            lists.extend(c.strip(" ,?") for c in m.group(1).split() if c.strip(" ,?"))
    return NamedQuery(name, header[0].lstrip("# ").strip(), text, tuple(params), tuple(lists), path)


@functools.cache
def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped in `kg/queries/`, by name."""
    return {
        path.stem: parse_named_query(path.stem, path.read_text(encoding="utf-8"), path)
        for path in sorted(QUERIES_DIR.glob("*.rq"))
    }


def named_query(name: str) -> NamedQuery:
    """The named query called `name`; a QueryError naming the others if there is none."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; the named queries are: {', '.join(sorted(queries))}")
    return queries[name]


def _is_name(query: str) -> bool:
    return bool(_NAME.fullmatch(query))


def load_query_text(query: str) -> str:
    """The text of a query given as SPARQL text, as the path of a `.rq` file or as a named query's name."""
    if query.endswith(".rq") and "\n" not in query:
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{query}: no such query file")
        return path.read_text(encoding="utf-8")
    if _is_name(query):
        return named_query(query).text
    return query


# ------------------------------------------------------------------ the guard

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$]\w+)
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<pname>(?:[^\W\d][\w.-]*)?:(?:[\w.:%-]|\\.)*)
    | (?P<word>[^\W\d]\w*)
    | (?P<number>\d[\w.]*)
    | (?P<punct>.)
    """,
    re.X | re.S,
)


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    start: int


@functools.lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[_Token, ...]:
    # Cached: a named query's text is tokenised by the guard and the parameter binder on every run.
    return tuple(
        _Token(m.lastgroup or "punct", m.group(), m.start())
        for m in _TOKEN.finditer(text)
        if m.lastgroup not in ("space", "comment")
    )


def _expand_escapes(text: str) -> str:
    """Expand `\\uXXXX` / `\\UXXXXXXXX` once, as SPARQL does before parsing; refuse escapes of escapes."""

    def expand(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise QueryError(f"malformed SPARQL: bad unicode escape {m.group()!r}")
        return chr(code)

    expanded = _ESCAPE.sub(expand, text)
    if _ESCAPE.search(expanded):
        # Parsers differ on whether to expand twice; the expanded text must leave them nothing to expand.
        raise QueryError("malformed SPARQL: a unicode escape may not spell another escape")
    return expanded


def lexical_guard(text: str, *, allow_update: bool = False) -> None:
    """Refuse network, dataset and (unless allowed) update keywords anywhere in the text."""
    for token in _tokens(text):
        if token.kind != "word":
            continue
        word = token.text.upper()
        if word in _NETWORK_WORDS:
            raise QueryError(f"{word} is not allowed: queries never reach the network")
        if word == "FROM":
            raise QueryError("FROM / FROM NAMED are not allowed: queries run on the built graph only")
        if word in _DATASET_WORDS:
            raise QueryError(f"{word} is not allowed: queries run on the built graph only")
        if word in _UPDATE_WORDS and not allow_update:
            raise QueryError(f"updates ({word}) are not allowed: queries only read the graph")


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
            if cur.name == "UsingClause":
                raise QueryError("USING is not allowed: updates run on the built graph only")
            stack.extend(cur.values())
        elif isinstance(cur, (list, tuple)):
            stack.extend(cur)
        elif isinstance(cur, dict):
            stack.extend(cur.values())


def first_keyword(text: str) -> str | None:
    """The keyword that opens the query or update, after its PREFIX and BASE declarations."""
    tokens = _tokens(text)
    i = 0
    while i < len(tokens):
        word = tokens[i].text.upper() if tokens[i].kind == "word" else None
        if word in ("PREFIX", "BASE"):
            i += 3 if word == "PREFIX" else 2
            continue
        return word
    return None


@functools.lru_cache(maxsize=512)
def prepare(text: str) -> Any:
    """Parse and check a read query with rdflib: a one-line error with the position if malformed or not allowed."""
    first = first_keyword(text)
    if first in _NETWORK_WORDS:
        raise QueryError(f"{first} is not allowed: queries never reach the network")
    if first in _UPDATE_WORDS:
        raise QueryError(f"updates ({first}) are not allowed: queries only read the graph")
    try:
        prepared = prepareQuery(text, initNs=PREFIXES)
    except ParseException as exc:
        raise QueryError(f"malformed SPARQL at line {exc.lineno}, column {exc.column}: {exc.msg}") from None
    except Exception as exc:  # rdflib raises bare Exceptions for unknown prefixes and the like
        raise QueryError(f"malformed SPARQL: {one_line(exc)}") from None
    if prepared.algebra.get("datasetClause"):
        raise QueryError("FROM / FROM NAMED are not allowed: queries run on the built graph only")
    _guard(prepared.algebra)
    return prepared


@functools.lru_cache(maxsize=512)
def check(text: str, *, allow_update: bool = False) -> str:
    """Check a query (or, if allowed, an update) with both guards; the text the engines may run."""
    text = _expand_escapes(text)
    lexical_guard(text, allow_update=allow_update)
    if not allow_update:
        prepare(text)
    else:
        first = first_keyword(text)
        if first in (*_UPDATE_WORDS, *_NETWORK_WORDS):
            try:
                algebra = prepareUpdate(text, initNs=PREFIXES).algebra
            except ParseException as exc:
                raise QueryError(
                    f"malformed SPARQL update at line {exc.lineno}, column {exc.column}: {exc.msg}"
                ) from None
            except Exception as exc:
                raise QueryError(f"malformed SPARQL update: {one_line(exc)}") from None
            _guard(algebra)
        else:
            prepare(text)
    return text


def one_line(exc: BaseException) -> str:
    """An exception's message cut to its first line (at most 200 characters), for one-line errors."""
    text = str(exc).strip() or type(exc).__name__
    first = text.splitlines()[0]
    return first if len(first) <= 200 else first[:199] + "…"


# ------------------------------------------------------------------ terms

Term = URIRef | Literal


def _term(value: object) -> Term:
    """An RDF term for a parameter value: IRIs written `<...>`, everything else a literal."""
    if isinstance(value, (URIRef, Literal)):
        return _valid(value)
    if isinstance(value, str) and value.startswith("<") and value.endswith(">"):
        return _valid(URIRef(value[1:-1]))
    return Literal(value)


def _valid(term: Term) -> Term:
    """The term itself, if Oxigraph would accept it (rdflib only warns about a malformed IRI)."""
    try:
        _to_ox(term)
    except ValueError as exc:
        raise QueryError(f"not a valid IRI or literal: {str(term)[:80]!r} ({one_line(exc)})") from None
    return term


def _to_ox(term: Term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A parameter's pyoxigraph term: only IRIs and literals, which is all a query may be given."""
    if not isinstance(term, (URIRef, Literal)):
        raise QueryError(f"not an IRI or a literal: {term!r}")
    return to_ox(term)


def _cell(lexical: str, datatype: str | None) -> Cell:
    """A literal as a plain Python value, the same whichever engine produced it."""
    try:
        if datatype in _INTEGER_TYPES:
            return int(lexical)
        if datatype in _FLOAT_TYPES:
            return float(Decimal(lexical)) if datatype == str(XSD.decimal) else float(lexical)
        if datatype == _BOOLEAN:
            return lexical.strip() in ("true", "1")
    except (ValueError, ArithmeticError):
        pass  # an ill-typed literal stays its text
    return lexical


def _plain(term: object) -> Cell:
    if term is None:
        return None
    if isinstance(term, Literal):
        return _cell(str(term), str(term.datatype) if term.datatype else None)
    if isinstance(term, BNode):
        return f"_:{term}"
    return IRI(term)


def ox_cell(term: object) -> Cell:
    """A pyoxigraph term as the plain table cell `_plain` makes of the same rdflib term."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _cell(term.value, term.datatype.value)
    if isinstance(term, ox.NamedNode):
        return IRI(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _values_clause(bindings: Mapping[str, Sequence[Term]]) -> str:
    """`VALUES ?x { t1 t2 }` blocks, written by Oxigraph from validated terms."""
    for name in bindings:
        if not re.fullmatch(r"\w+", name):
            raise QueryError(f"not a variable name: {name!r}")
    return " ".join(
        f"VALUES ?{name} {{ {' '.join(str(_to_ox(term)) for term in terms)} }}"
        for name, terms in bindings.items()
    )


def _where_group(tokens: Sequence[_Token]) -> int:
    """The index of the `{` token that opens the query's WHERE clause."""
    words = [t.text.upper() for t in tokens if t.kind == "word" and t.text.upper() not in ("PREFIX", "BASE")]
    form = words[0] if words else ""
    groups: list[int] = []  # indexes of the `{` tokens that open top-level groups
    parens = braces = 0
    for i, token in enumerate(tokens):
        if token.text == "(":
            parens += 1
        elif token.text == ")":
            parens -= 1
        elif token.text == "{" and parens == 0:
            if braces == 0:
                groups.append(i)
            braces += 1
        elif token.text == "}" and parens == 0:
            braces -= 1
    if form == "CONSTRUCT" and groups:
        before = tokens[groups[0] - 1].text.upper()
        if before == "WHERE":
            raise QueryError("parameters need a CONSTRUCT template: write CONSTRUCT { ... } WHERE { ... }")
        groups = groups[1:]  # the first group is the template
    if not groups:
        raise QueryError("parameters need a WHERE clause to bind them in")
    return groups[0]


def _groups_using(tokens: Sequence[_Token], first: int, names: Set[str]) -> list[tuple[int, frozenset[str]]]:
    """Each group pattern inside the one opened at `first`, with the given variables it uses itself.

    A group "uses" a variable when it appears at the group's own level, not only in a group nested
    in it; the group that opens a sub-SELECT is left out (a VALUES block can't stand before SELECT),
    its WHERE group is not.
    """
    found: list[tuple[int, frozenset[str]]] = []
    stack: list[tuple[int, set[str]]] = []
    for i in range(first, len(tokens)):
        token = tokens[i]
        if token.text == "{":
            stack.append((i, set()))
        elif token.text == "}":
            start, used = stack.pop()
            opens_select = i > start + 1 and tokens[start + 1].text.upper() == "SELECT"
            if used and not opens_select:
                found.append((start, frozenset(used)))
            if not stack:
                break
        elif token.kind == "var" and stack and token.text[1:] in names:
            stack[-1][1].add(token.text[1:])
    return found


def with_values(text: str, bindings: Mapping[str, Sequence[Term]]) -> str:
    """The query text with its parameters bound wherever they are used, in VALUES blocks.

    A parameter is a constant of the whole query, as rdflib's initBindings are: its VALUES block
    opens the WHERE clause and also every group inside it that uses the variable (a UNION branch,
    an OPTIONAL, a sub-SELECT's WHERE), since SPARQL would otherwise leave it unbound there. Bound
    early, it also lets the engine start from it instead of joining it in at the end.
    """
    if not bindings:
        return text
    tokens = _tokens(text)
    outer = _where_group(tokens)
    inserts = {tokens[outer].start + 1: _values_clause(bindings)}
    for start, used in _groups_using(tokens, outer, set(bindings)):
        if start != outer:
            inserts[tokens[start].start + 1] = _values_clause(
                {n: t for n, t in bindings.items() if n in used}
            )
    parts, last = [], 0
    for at in sorted(inserts):
        parts += [text[last:at], f" {inserts[at]}\n"]
        last = at
    return "".join(parts) + text[last:]


# ------------------------------------------------------------------ engines


class Engine(Protocol):
    """Runs checked query text on one backend and answers label look-ups."""

    def select(self, text: str, bindings: Mapping[str, Sequence[Term]]) -> Table:
        """Run checked query text with parameters bound; its table."""
        ...

    def labels(self, iris: Iterable[str]) -> dict[str, str]:
        """The rdfs:label of each IRI that has one."""
        ...


class OxigraphEngine:
    """Runs queries natively in an Oxigraph store."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def select(self, text: str, bindings: Mapping[str, Sequence[Term]]) -> Table:
        # The guard again, on the very text Oxigraph will parse, since its SERVICE would make real
        # requests: the checked text and the VALUES clause put into it, which meet only at whitespace.
        lexical_guard(text)
        lexical_guard(_values_clause(bindings))
        final = with_values(text, bindings)
        try:
            result = self.store.query(final, prefixes=_OX_PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {one_line(exc)}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {one_line(exc)}") from None
        if isinstance(result, ox.QueryBoolean):
            return Table(("ask",), ((bool(result),),))
        if isinstance(result, ox.QueryTriples):
            triples = sorted(
                ((t.subject, t.predicate, t.object) for t in result), key=lambda t: tuple(str(x) for x in t)
            )
            return Table(
                ("subject", "predicate", "object"), tuple(tuple(ox_cell(x) for x in t) for t in triples)
            )
        columns = tuple(v.value for v in result.variables)
        return Table(columns, tuple(tuple(ox_cell(value) for value in solution) for solution in result))

    def labels(self, iris: Iterable[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        default = ox.DefaultGraph()
        for iri in iris:
            try:
                node = ox.NamedNode(iri)
            except ValueError:
                continue
            for quad in self.store.quads_for_pattern(node, _LABEL, None, default):
                value = quad.object.value
                if iri not in found or value < found[iri]:
                    found[iri] = value
        return found


class RdflibEngine:
    """Runs queries with rdflib's own SPARQL engine, over whatever store the graph has."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def select(self, text: str, bindings: Mapping[str, Sequence[Term]]) -> Table:
        single = {name: terms[0] for name, terms in bindings.items() if len(terms) == 1}
        multiple = {name: terms for name, terms in bindings.items() if len(terms) != 1}
        # initBindings hold one value each; several values go in a VALUES block of validated terms.
        prepared = prepare(with_values(text, multiple)) if multiple else prepare(text)
        try:
            result = self.graph.query(prepared, initBindings=single)
        except QueryError:
            raise
        except Exception as exc:  # rdflib's evaluation errors have no common base class
            raise QueryError(f"query failed: {one_line(exc)}") from None
        if result.type == "ASK":
            return Table(("ask",), ((bool(result.askAnswer),),))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            triples = sorted(result.graph, key=lambda t: tuple(str(x) for x in t))
            return Table(
                ("subject", "predicate", "object"), tuple(tuple(_plain(x) for x in t) for t in triples)
            )
        columns = tuple(str(v) for v in result.vars)
        return Table(columns, tuple(tuple(_plain(row[i]) for i in range(len(columns))) for row in result))

    def labels(self, iris: Iterable[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for iri in iris:
            values = [str(o) for o in self.graph.objects(URIRef(iri), RDFS.label)]
            if values:
                found[iri] = min(values)
        return found


def engine_for(graph: Graph) -> Engine:
    """Oxigraph for a graph over an Oxigraph store (its default graph); rdflib for anything else."""
    from kg.store import oxigraph_store

    store = oxigraph_store(graph)
    return OxigraphEngine(store) if store is not None else RdflibEngine(graph)


# ------------------------------------------------------------------ parameters


def _bind_plain(params: Mapping[str, object]) -> dict[str, list[Term]]:
    bindings: dict[str, list[Term]] = {}
    for name, value in params.items():
        values = list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
        bindings[name.lstrip("?$")] = [_term(v) for v in values]
    return bindings


_DATE = {
    re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"): XSD.date,
    re.compile(r"[0-9]{4}-[0-9]{2}"): XSD.gYearMonth,
    re.compile(r"[0-9]{4}"): XSD.gYear,
}
_RESOLVE_EXACT = "SELECT DISTINCT ?entity WHERE { ?entity rdfs:label|skos:altLabel ?name } ORDER BY ?entity"
_RESOLVE_FOLDED = """SELECT DISTINCT ?entity WHERE {
  ?entity rdfs:label|skos:altLabel ?label .
  FILTER(LCASE(STR(?label)) = LCASE(STR(?name)))
} ORDER BY ?entity"""


def resolve(engine: Engine, name: str) -> list[URIRef]:
    """Entities whose label or alias is `name`: exact first, then ignoring case."""
    for query in (_RESOLVE_EXACT, _RESOLVE_FOLDED):
        table = engine.select(check(query), {"name": [Literal(name)]})
        found = [URIRef(row[0]) for row in table.rows if isinstance(row[0], IRI)]
        if found:
            return found
    return []


def _param_terms(engine: Engine, query: NamedQuery, param: Param, value: object) -> list[Term]:
    if isinstance(value, (URIRef, Literal)):
        return [_valid(value)]
    text = str(value).strip()
    if param.kind in ("entity", "iri", "class"):
        if text.startswith("<") and text.endswith(">"):
            return [_valid(URIRef(text[1:-1]))]
        if re.match(r"https?://", text):
            return [_valid(URIRef(text))]
        if param.kind == "class":
            if text.removeprefix("ekg:") in EKG_TERMS and text.removeprefix("ekg:")[:1].isupper():
                return [URIRef(f"{ONTOLOGY}#{text.removeprefix('ekg:')}")]
            raise QueryError(
                f"{query.name}: --param {param.name}: {text!r} is not a class such as Group or Person"
            )
        if param.kind == "iri":
            raise QueryError(f"{query.name}: --param {param.name}: {text!r} is not an IRI")
        found = resolve(engine, text)
        if not found:
            raise QueryError(
                f"{query.name}: no entity is named {text!r} (by label or alias); try another name or an IRI"
            )
        return found
    if param.kind == "date":
        for pattern, datatype in _DATE.items():
            if pattern.fullmatch(text):
                return [Literal(text, datatype=datatype)]
        raise QueryError(
            f"{query.name}: --param {param.name}: {text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        )
    try:
        if param.kind == "integer":
            return [Literal(int(text), datatype=XSD.integer)]
        if param.kind == "decimal":
            return [Literal(Decimal(text), datatype=XSD.decimal)]
    except (ValueError, ArithmeticError):
        raise QueryError(f"{query.name}: --param {param.name}: {text!r} is not a number") from None
    return [Literal(text)]


def _bind_named(engine: Engine, query: NamedQuery, params: Mapping[str, object]) -> dict[str, list[Term]]:
    declared = {p.name: p for p in query.params}
    given = {name.lstrip("?$"): value for name, value in params.items()}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        takes = ", ".join(declared) or "no parameters"
        raise QueryError(f"{query.name} takes no parameter {unknown[0]!r}; it takes: {takes}")
    missing = [p for p in query.params if not p.optional and given.get(p.name) in (None, "")]
    if missing:
        p = missing[0]
        raise QueryError(f"{query.name} needs --param {p.name}=... ({p.description or p.kind})")
    return {
        name: _param_terms(engine, query, declared[name], value)
        for name, value in given.items()
        if value not in (None, "")
    }


# ------------------------------------------------------------------ running


def run(
    graph: Graph,
    query: str,
    params: Mapping[str, object] | None = None,
    *,
    labels: bool | None = None,
) -> Table:
    """Run a read-only query (SPARQL text, a `.rq` path or a named query's name) and return its table.

    Args:
        labels: add an `x_label` column beside every IRI column `x`; by default only for named queries.
    """
    return run_on(engine_for(graph), query, params, labels=labels)


def run_on(
    engine: Engine,
    query: str,
    params: Mapping[str, object] | None = None,
    *,
    labels: bool | None = None,
) -> Table:
    """Run a read-only query on any engine (local store, rdflib, a remote endpoint): guard, bind, label."""
    named = named_queries().get(query) if _is_name(query) else None
    if named is None and _is_name(query):
        named_query(query)  # raises, naming the queries there are
    if named is not None:
        text = check(named.text)
        bindings = _bind_named(engine, named, params or {})
    else:
        text = check(load_query_text(query))
        bindings = _bind_plain(params or {})
    table = engine.select(text, bindings)
    if named is not None and named.lists:
        table = _sort_lists(table, named.lists)
    if labels if labels is not None else named is not None:
        table = add_labels(table, engine)
    return table


def _sort_lists(table: Table, lists: Sequence[str], separator: str = "; ") -> Table:
    index = [i for i, c in enumerate(table.columns) if c in lists]
    if not index:
        return table
    rows = []
    for row in table.rows:
        cells = list(row)
        for i in index:
            # An empty GROUP_CONCAT is "" in SPARQL; Oxigraph leaves it unbound.
            parts = set(cells[i].split(separator)) if isinstance(cells[i], str) else set()
            cells[i] = separator.join(sorted(parts - {""}))
        rows.append(tuple(cells))
    return replace(table, rows=tuple(rows))


def add_labels(table: Table, source: Graph | Engine) -> Table:
    """Add an `x_label` column (the rdfs:label) right after every column `x` that holds IRIs."""
    engine = engine_for(source) if isinstance(source, Graph) else source
    iri_columns = [
        i
        for i, name in enumerate(table.columns)
        if f"{name}_label" not in table.columns and any(isinstance(row[i], IRI) for row in table.rows)
    ]
    if not iri_columns:
        return table
    iris = {row[i] for row in table.rows for i in iri_columns if isinstance(row[i], IRI)}
    names = engine.labels(sorted(iris))
    columns: list[str] = []
    for i, name in enumerate(table.columns):
        columns.append(name)
        if i in iri_columns:
            columns.append(f"{name}_label")
    rows = []
    for row in table.rows:
        cells: list[Cell] = []
        for i, value in enumerate(row):
            cells.append(value)
            if i in iri_columns:
                cells.append(names.get(value) if isinstance(value, IRI) else None)
        rows.append(tuple(cells))
    return Table(tuple(columns), tuple(rows))


def to_dataframe(table: Table) -> pandas.DataFrame:
    """The table as a pandas DataFrame (IRIs become plain strings)."""
    import pandas as pd

    return pd.DataFrame(
        [[str(v) if isinstance(v, IRI) else v for v in row] for row in table.rows],
        columns=list(table.columns),
    )


def update(graph: Graph, text: str, *, allow_update: bool = False) -> None:
    """Run a SPARQL update, only when `allow_update=True`; LOAD, SERVICE and USING are refused even then."""
    if not allow_update:
        raise QueryError("updates are not allowed unless asked for (allow_update=True)")
    text = check(text, allow_update=True)
    try:
        # A graph from kg.open checks again and runs it in Oxigraph, refusing it if read-only; others in rdflib.
        graph.update(text, initNs=PREFIXES)
    except QueryError:
        raise
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL update: {one_line(exc)}") from None
    except Exception as exc:  # rdflib's and Oxigraph's failures have no common base class
        raise QueryError(f"update failed: {one_line(exc)}") from None

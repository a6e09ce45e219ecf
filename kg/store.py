"""Open a graph that `kg build` wrote; the one seam for swapping the storage backend.

`kg build` leaves the graph twice in its folder: `graph.ttl` (Turtle, what the
contract promises) and `store/`, an embedded Oxigraph database (RocksDB) with
the same triples in its default graph, so that opening a graph costs
milliseconds instead of a Turtle parse and queries run natively in Oxigraph.

`open_graph` returns an rdflib `Graph` over that store (through oxrdflib), so the
whole rdflib Graph API keeps working in notebooks. The store is opened read-only
unless asked otherwise; several processes can read it at once. A folder without
a store, or whose `graph.ttl` has changed since the store was written, is read
from Turtle into an in-memory Oxigraph store instead.

The store is written atomically: built in a fresh folder beside the old one,
then swapped in with two renames, so a reader never sees a half-written store.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.term import Identifier, Node, Variable

from kg.ns import PREFIXES, XSD
from kg.pipeline import GRAPH_FILE
from kg.rdf import to_ox

__all__ = [
    "DB_DIR",
    "STORE_DIR",
    "GraphNotFound",
    "KgOxigraphStore",
    "graph_path",
    "load_store",
    "open_graph",
    "oxigraph_store",
    "store_path",
    "swap_in",
    "write_store",
]

STORE_DIR = "store"
DB_DIR = "oxigraph"  # the Oxigraph database inside STORE_DIR, which `oxigraph serve` opens
_STAMP_FILE = "kg-store.json"
_STORE_FORMAT = 1
_XSD_STRING = str(XSD.string)


class GraphNotFound(FileNotFoundError):
    """The folder given holds no graph built by `kg build`."""


def graph_path(location: str | Path) -> Path:
    """The Turtle file of a built graph: `DIR/graph.ttl`, or the file itself if given."""
    path = Path(location)
    target = path / GRAPH_FILE if path.is_dir() else path
    if not target.is_file():
        raise GraphNotFound(f"{target}: no graph here; run `kg build INPUT --out {path}` first")
    return target


# ------------------------------------------------------------------ writing


def _turtle_stamp(path: Path) -> dict[str, int]:
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def write_store(source: Graph | str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Write an Oxigraph store of `source` (a Graph or a Turtle file) at `target`, atomically."""
    target = Path(target)
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
    # os.mkdir lets the umask decide the mode, so a server running as another user can still read it.
    os.mkdir(tmp)
    try:
        store = ox.Store(str(tmp / DB_DIR))
        stamp: dict[str, Any] = {"format": _STORE_FORMAT}
        if isinstance(source, Graph):
            store.bulk_extend(_quads(source))
        else:
            path = Path(source)
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
            stamp["turtle"] = {"file": path.name, **_turtle_stamp(path)}
        stamp["triples"] = len(store)
        # The bulk loader leaves many compressed tables; compacting them once (about a second per
        # million triples) makes every later lookup cheaper, which is what queries are made of.
        store.optimize()
        store.flush()
        del store  # closes RocksDB before the folder is renamed
        (tmp / _STAMP_FILE).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
        swap_in(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def _quads(graph: Graph) -> Iterator[ox.Quad]:
    default = ox.DefaultGraph()
    for s, p, o in graph:
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), default)


def swap_in(new: Path, target: Path) -> None:
    """Put the folder `new` at `target`, replacing what was there; the old one is removed after."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.{secrets.token_hex(6)}.old")
        os.rename(target, old)
    try:
        os.rename(new, target)
    except BaseException:
        if old is not None:
            os.rename(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# ------------------------------------------------------------------ opening


def store_path(location: str | Path) -> Path | None:
    """The store folder of a built graph if it has one that matches its `graph.ttl`, else None."""
    path = Path(location)
    if path.is_file():  # DIR/graph.ttl itself: its store is DIR/store, if built from this very file
        stamp_file = path.parent / STORE_DIR / _STAMP_FILE
        try:
            built_from = json.loads(stamp_file.read_text(encoding="utf-8")).get("turtle", {}).get("file")
        except (OSError, ValueError, AttributeError):
            return None
        return store_path(path.parent) if built_from == path.name else None
    if (path / _STAMP_FILE).is_file():
        folder = path
    elif (path / STORE_DIR / _STAMP_FILE).is_file():
        folder = path / STORE_DIR
    else:
        return None
    try:
        stamp = json.loads((folder / _STAMP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if stamp.get("format") != _STORE_FORMAT or not (folder / DB_DIR).is_dir():
        return None
    turtle = stamp.get("turtle")
    if turtle:
        ttl = folder.parent / turtle.get("file", GRAPH_FILE)
        # A graph.ttl rewritten since (by an older kg, or by hand) wins over the store.
        if ttl.is_file() and _turtle_stamp(ttl) != {k: turtle.get(k) for k in ("size", "mtime_ns")}:
            return None
    return folder


def load_store(location: str | Path, *, read_only: bool = True) -> ox.Store:
    """The Oxigraph store of a built graph: its persistent store, else its Turtle loaded in memory."""
    folder = store_path(location)
    if folder is not None:
        db = str(folder / DB_DIR)
        try:
            return ox.Store.read_only(db) if read_only else ox.Store(db)
        except OSError as exc:
            raise GraphNotFound(f"{folder}: cannot open the store ({str(exc).splitlines()[0]})") from None
    store = ox.Store()
    try:
        store.bulk_load(path=str(graph_path(location)), format=ox.RdfFormat.TURTLE)
    except SyntaxError as exc:
        raise GraphNotFound(
            f"{graph_path(location)}: not a readable graph ({str(exc).splitlines()[0]})"
        ) from None
    return store


def open_graph(location: str | Path, *, read_only: bool = True, memory: bool = False) -> Graph:
    """Open a built graph as an rdflib Graph, backed by its Oxigraph store, with the usual prefixes bound.

    Args:
        read_only: open the persistent store read-only (the default); several readers may share it.
            A writable graph's changes go to the store (not to graph.ttl); only one process may hold it.
        memory: parse `graph.ttl` into a plain in-memory rdflib Graph instead, as before the store existed.
    """
    if memory:
        graph = Graph()
        _bind(graph)
        # data= and an explicit format: rdflib would otherwise treat a string as a path or URL to fetch.
        graph.parse(data=graph_path(location).read_text(encoding="utf-8"), format="turtle")
        return graph
    if not read_only and store_path(location) is None:
        # Changes must outlive the session: give a graph built before the store existed its store now.
        ttl = graph_path(location)
        write_store(ttl, ttl.parent / STORE_DIR)
        location = ttl.parent
    store = load_store(location, read_only=read_only)
    graph = Graph(store=KgOxigraphStore(store, writable=not read_only), identifier=DATASET_DEFAULT_GRAPH_ID)
    _bind(graph)
    return graph


def _bind(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)


def oxigraph_store(graph: Graph) -> ox.Store | None:
    """The Oxigraph store under `graph` when queries on it can run natively, else None."""
    store = graph.store
    if isinstance(store, OxigraphStore) and graph.identifier == DATASET_DEFAULT_GRAPH_ID:
        return store._inner
    return None


# ------------------------------------------------------------------ the rdflib store


def _from_ox(term: Any) -> Node | None:
    """An rdflib term; plain strings stay plain, so they equal the Literals rdflib makes from Turtle."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return (
            Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
        )
    raise ValueError(f"not an RDF 1.1 term: {term!r}")


class KgOxigraphStore(OxigraphStore):
    """oxrdflib's store with kg's query guard in front of Oxigraph, read-only unless opened writable."""

    def __init__(self, store: ox.Store, *, writable: bool = False) -> None:
        super().__init__(store=store)
        self.writable = writable

    @property
    def oxigraph(self) -> ox.Store:
        """The pyoxigraph Store underneath."""
        return self._inner

    def triples(
        self, triple_pattern: Any, context: Graph | None = None
    ) -> Iterator[tuple[Any, Iterator[Any]]]:
        try:
            pattern = [None if t is None else to_ox(t) for t in triple_pattern]
            graph_name = None if context is None else _graph_name(context)
        except ValueError:
            return iter(())  # a pattern no stored triple can match (a malformed IRI, a variable)
        quads = self._inner.quads_for_pattern(*pattern, graph_name)
        return (
            ((_from_ox(q.subject), _from_ox(q.predicate), _from_ox(q.object)), iter((context,)))
            for q in quads
        )

    def __len__(self, context: Graph | None = None) -> int:
        if context is not None and _graph_name(context) != ox.DefaultGraph():
            return super().__len__(context)
        if any(True for _ in self._inner.named_graphs()):
            return super().__len__(context)
        return len(self._inner)

    def query(
        self,
        query: Any,
        initNs: Mapping[str, Any],  # noqa: N803 - rdflib's signature
        initBindings: Mapping[str, Identifier],  # noqa: N803
        queryGraph: Any,  # noqa: N803
        **kwargs: object,
    ) -> Result:
        from kg.query import _guard, check

        if not isinstance(query, str):
            _guard(getattr(query, "algebra", None))
            raise NotImplementedError("a query rdflib has already parsed runs in rdflib")
        text = check(query)
        if initBindings or kwargs or queryGraph != DATASET_DEFAULT_GRAPH_ID:
            # rdflib's own engine binds these the way rdflib users expect; the text has passed the guard.
            raise NotImplementedError("bindings and named graphs run in rdflib")
        prefixes = {**{k: str(v) for k, v in PREFIXES.items()}, **{k: str(v) for k, v in initNs.items()}}
        result = self._inner.query(text, prefixes=prefixes)
        if isinstance(result, ox.QueryBoolean):
            out = Result("ASK")
            out.askAnswer = bool(result)
        elif isinstance(result, ox.QuerySolutions):
            out = Result("SELECT")
            out.vars = [Variable(v.value) for v in result.variables]
            out.bindings = [
                {
                    var: _from_ox(value)
                    for var, value in zip(out.vars, solution, strict=True)
                    if value is not None
                }
                for solution in result
            ]
        else:
            out = Result("CONSTRUCT")
            out.graph = Graph()
            for t in result:
                out.graph.add((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)))
        return out

    def update(
        self,
        update: Any,
        initNs: Mapping[str, Any],  # noqa: N803
        initBindings: Mapping[str, Identifier],  # noqa: N803
        queryGraph: Any,  # noqa: N803
        **kwargs: object,
    ) -> None:
        from kg.query import QueryError, check

        if not self.writable:
            raise QueryError(
                "this graph is read-only: open it with kg.open(DIR, read_only=False) to update it"
            )
        if not isinstance(update, str) or initBindings or kwargs:
            raise QueryError("updates must be SPARQL text without bindings")
        text = check(update, allow_update=True)
        prefixes = {**{k: str(v) for k, v in PREFIXES.items()}, **{k: str(v) for k, v in initNs.items()}}
        self._inner.update(text, prefixes=prefixes)

    def add(self, triple: Any, context: Graph, quoted: bool = False) -> None:
        self._check_writable()
        super().add(triple, context, quoted)

    def addN(self, quads: Any) -> None:  # noqa: N802 - rdflib's name
        self._check_writable()
        super().addN(quads)

    def remove(self, triple: Any, context: Graph | None = None) -> None:
        self._check_writable()
        super().remove(triple, context)

    def _check_writable(self) -> None:
        if not self.writable:
            from kg.query import QueryError

            raise QueryError(
                "this graph is read-only: open it with kg.open(DIR, read_only=False) to change it"
            )


def _graph_name(context: Graph) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    identifier = context.identifier if isinstance(context, Graph) else context
    if identifier == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    return to_ox(identifier)  # type: ignore[return-value]

"""Serve a built graph over the SPARQL 1.1 Protocol, push it to a Graph Store, query a remote endpoint.

`kg serve` runs the Oxigraph server of the PyPI `oxigraph` package on the
graph's store (`oxigraph serve-read-only`, or `oxigraph serve` when writable),
bound to a private loopback address and port, and answers on the address asked for through
a small guard. Oxigraph's server evaluates `SERVICE` (and `LOAD` in updates)
with real HTTP requests and has no switch to turn that off, so every query and
update a client sends is checked by `kg.query.check`, exactly as `kg query`
checks its own, before Oxigraph sees it: an endpoint on this machine never
makes requests on a client's behalf. The guard also binds kg's usual prefixes
(`ekg:`, `rdfs:`, ...), refuses writes unless the server is writable, and,
when listening on loopback, answers only requests addressed to a loopback name
(so a web page cannot reach it through DNS rebinding).

`push` sends a graph to any SPARQL 1.1 Graph Store Protocol server and
`query_endpoint` queries any SPARQL 1.1 Protocol endpoint, with the same guard,
parameters and result table as local queries. Both use only the standard
library's HTTP client, follow no redirects and accept only http(s) URLs.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import os
import secrets
import shutil
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit, urlunsplit

import pyoxigraph as ox

from kg.ns import PREFIXES
from kg.query import (
    QueryError,
    Table,
    check,
    first_keyword,
    lexical_guard,
    one_line,
    ox_cell,
    run_on,
    with_values,
)

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "EndpointEngine",
    "EndpointError",
    "GraphServer",
    "PushReport",
    "ServerError",
    "is_loopback",
    "oxigraph_binary",
    "push",
    "query_endpoint",
    "query_url",
    "start",
    "store_url",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
_READY_SECONDS = 20.0
_STOP_SECONDS = 5.0
_MAX_REQUEST_BYTES = 1 << 20  # a query or an update; Graph Store uploads are streamed instead
_MAX_DRAIN_BYTES = 1 << 30  # a refused upload is read this far, so the client hears why, not a broken pipe
_CHUNK = 1 << 16
# Request and response headers that belong to one hop, not to the message.
_HOP_HEADERS = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "server",
    "date",
}
_PROLOGUE = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())
_RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9"
# Graph Store paths as the common servers name them: such a URL is used as it is (see `store_url`).
_STORE_SUFFIXES = ("/store", "/data", "/rdf-graphs/service", "/sparql-graph-crud", "/sparql-graph-crud-auth")


class ServerError(RuntimeError):
    """The server could not start, or stopped; the message is one line."""


class EndpointError(QueryError):
    """A remote endpoint could not be reached or refused the request; the message is one line.

    A QueryError, so that `kg query` and notebooks handle a failed remote query like a local one.
    """


# ------------------------------------------------------------------ the Oxigraph server


def oxigraph_binary() -> str:
    """The `oxigraph` server command: the one installed beside this Python, else the one on PATH."""
    beside = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError("the Oxigraph server is not installed: pip install 'oxigraph>=0.5,<0.6'")
    return found


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine only (localhost, 127.0.0.0/8, ::1)."""
    if host.strip("[]").lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _private_address() -> tuple[str, int]:
    """A loopback address and a free port on it for the Oxigraph process behind the guard.

    Oxigraph's server answers anyone who reaches it, SERVICE included. On Linux the whole of
    127.0.0.0/8 is loopback, so it gets a random address there as well as a random port: a web
    page trying DNS rebinding would have to guess one of some 10^12 pairs. Elsewhere (macOS has
    only 127.0.0.1 unless told otherwise) it falls back to 127.0.0.1 and a random port.
    """
    hidden = f"127.{secrets.randbelow(256)}.{secrets.randbelow(256)}.{2 + secrets.randbelow(253)}"
    for host in (hidden, "127.0.0.1"):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((host, 0))
            except OSError:
                continue
            return host, int(sock.getsockname()[1])
    raise ServerError("no loopback address to run the Oxigraph server on")


def _database(location: str | Path) -> Path:
    """The Oxigraph database folder of a built graph; a one-line ServerError if it has none."""
    from kg.store import DB_DIR, store_path  # the store's layout is kg.store's to decide

    folder = store_path(location)
    if folder is None:
        raise ServerError(
            f"{location}: no store matching graph.ttl here; run `kg build INPUT --out {location}` first"
        )
    return folder / DB_DIR


def _lock_holder(database: Path) -> int | None:
    """The process holding the database's write lock, read from /proc/locks (Linux), or None."""
    lock = database / "LOCK"
    try:
        stat = lock.stat()
        table = Path("/proc/locks").read_text(encoding="ascii")
    except OSError:
        return None
    # Reading /proc/locks never opens LOCK: closing a descriptor of it would drop this process's own lock.
    wanted = f"{os.major(stat.st_dev):02x}:{os.minor(stat.st_dev):02x}:{stat.st_ino}"
    for line in table.splitlines():
        fields = line.split()
        if wanted in fields and "->" not in fields:
            index = fields.index(wanted)
            try:
                return int(fields[index - 1])
            except (ValueError, IndexError):
                return -1
    return None


def _url(host: str, port: int, path: str = "") -> str:
    name = f"[{host.strip('[]')}]" if ":" in host else host
    return f"http://{name}:{port}{path}"


class GraphServer:
    """A running `kg serve`: the Oxigraph process and the guard in front of it; stop() ends both."""

    def __init__(
        self, process: subprocess.Popen[bytes], log: IO[bytes], guard: _Guard, thread: threading.Thread
    ) -> None:
        self.process = process
        self._log = log
        self._guard = guard
        self._thread = thread
        self.host: str = guard.public_host
        self.port: int = int(guard.server_address[1])
        self.writable = guard.writable

    @property
    def url(self) -> str:
        """The SPARQL 1.1 Protocol query endpoint, `http://HOST:PORT/query`."""
        return _url(self.host, self.port, "/query")

    @property
    def update_url(self) -> str:
        """The SPARQL update endpoint (refused unless the server is writable)."""
        return _url(self.host, self.port, "/update")

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint (read-only unless the server is writable)."""
        return _url(self.host, self.port, "/store")

    def running(self) -> bool:
        """Whether the Oxigraph process is still serving."""
        return self.process.poll() is None

    def wait(self, poll: float = 0.5) -> int:
        """Block until the Oxigraph process ends (Ctrl-C interrupts); its exit status."""
        while self.process.poll() is None:
            time.sleep(poll)
        return int(self.process.returncode)

    def last_error(self) -> str:
        """The Oxigraph process's last error line, if it wrote one."""
        return _last_error(self._log)

    def stop(self) -> None:
        """Stop answering, then end the Oxigraph process: terminate, and kill if it lingers."""
        self._guard.shutdown()
        self._guard.server_close()
        self._thread.join(_STOP_SECONDS)
        _end(self.process)
        self._log.close()

    def __enter__(self) -> GraphServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _end(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(_STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _last_error(log: IO[bytes]) -> str:
    try:
        log.seek(0)
        lines = [line.strip() for line in log.read().decode("utf-8", "replace").splitlines() if line.strip()]
    except (OSError, ValueError):
        return ""
    # Oxigraph prints "Error: ..." then a backtrace; the error line is what a user needs.
    errors = [line for line in lines if line.startswith("Error:")]
    line = errors[0] if errors else (lines[-1] if lines else "")
    return line.removeprefix("Error:").strip()[:300]


def start(
    location: str | Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    writable: bool = False,
    timeout: float = 120.0,
) -> GraphServer:
    """Serve the graph `kg build` wrote in `location` at `http://HOST:PORT/query`; port 0 picks a free one.

    Args:
        writable: accept SPARQL updates and Graph Store writes (they change the store, not graph.ttl).
        timeout: seconds a query may run before Oxigraph stops it.
    """
    database = _database(location)
    holder = _lock_holder(database)
    if holder is not None:
        who = f"process {holder}" if holder > 0 else "another process"
        raise ServerError(f"{location}: the store is locked by {who} that has it open for writing")
    binary = oxigraph_binary()
    guard = _bind_guard(host, port, writable)
    try:
        process, log, backend = _spawn(binary, database, writable, timeout)
    except BaseException:
        guard.server_close()
        raise
    guard.backend = backend
    guard.backend_timeout = timeout + 30.0
    thread = threading.Thread(
        target=guard.serve_forever, kwargs={"poll_interval": 0.1}, name="kg-serve", daemon=True
    )
    try:
        thread.start()
    except BaseException:
        guard.server_close()
        _end(process)
        log.close()
        raise
    return GraphServer(process, log, guard, thread)


def _bind_guard(host: str, port: int, writable: bool) -> _Guard:
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    try:
        return _Guard((host.strip("[]"), port), family, writable=writable, public_host=host.strip("[]"))
    except OSError as exc:
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _spawn(
    binary: str, database: Path, writable: bool, timeout: float
) -> tuple[subprocess.Popen[bytes], IO[bytes], tuple[str, int]]:
    """Start Oxigraph on a private loopback address and port; wait, bounded, until it accepts connections."""
    command = "serve" if writable else "serve-read-only"
    for _attempt in range(3):  # the free port found may be taken before Oxigraph binds it
        address, port = _private_address()
        # A file, not a pipe: nobody reads Oxigraph's log while it serves, and a full pipe would block it.
        log = tempfile.TemporaryFile()  # noqa: SIM115 - it lives as long as the server, closed by stop()
        process = subprocess.Popen(
            [
                binary,
                command,
                "--location",
                str(database),
                "--bind",
                f"{address}:{port}",
                "--timeout-s",
                str(max(1, round(timeout))),
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        try:
            exited = not _ready(process, address, port)
        except BaseException:  # Ctrl-C while waiting: leave nothing running
            _end(process)
            log.close()
            raise
        if not exited:
            return process, log, (address, port)
        died = process.poll() is not None
        _end(process)
        error = _last_error(log)
        log.close()
        if "address" in error.lower() and "in use" in error.lower():
            continue
        if died and "lock" in error.lower():
            raise ServerError(f"{database.parent.parent}: the store is locked by another process ({error})")
        if died:
            raise ServerError(f"the Oxigraph server could not open {database}: {error or 'no reason given'}")
        raise ServerError(f"the Oxigraph server did not start within {_READY_SECONDS:.0f} s")
    raise ServerError("the Oxigraph server found no free loopback port")


def _ready(process: subprocess.Popen[bytes], address: str, port: int) -> bool:
    """Wait, bounded, until Oxigraph accepts connections; False if it exits or the time runs out."""
    deadline = time.monotonic() + _READY_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with socket.create_connection((address, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


# ------------------------------------------------------------------ the guard in front of it


class _Guard(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], family: socket.AddressFamily, *, writable: bool, public_host: str
    ) -> None:
        self.address_family = family
        self.writable = writable
        self.public_host = public_host
        self.loopback_only = is_loopback(public_host)
        self.backend: tuple[str, int] = ("127.0.0.1", 0)
        self.backend_timeout = 150.0
        super().__init__(address, _GuardHandler)

    def server_bind(self) -> None:
        # HTTPServer's own server_bind looks the host up in DNS (getfqdn), which can hang offline.
        socketserver.TCPServer.server_bind(self)
        self.server_name = self.public_host
        self.server_port = int(self.server_address[1])


class _GuardHandler(BaseHTTPRequestHandler):
    """Checks each request, then hands it to Oxigraph and streams the answer back."""

    server: _Guard
    server_version = "kg-serve"
    _unread = 0  # bytes of the request body not read yet
    # HTTP/1.0: the connection closes after each answer, so answers stream without being re-chunked.
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass  # quiet, like `kg query`; Oxigraph's own errors go to its log

    def do_GET(self) -> None:  # noqa: N802 - http.server's names
        self._dispatch()

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch()

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch()

    def do_PUT(self) -> None:  # noqa: N802
        self._dispatch()

    def do_DELETE(self) -> None:  # noqa: N802
        self._dispatch()

    def _dispatch(self) -> None:
        length = self.headers.get("Content-Length") or "0"
        self._unread = int(length) if length.isdigit() else 0
        if not self._host_allowed():
            self._answer(403, "requests to this server must name a loopback host")
            return
        url = urlsplit(self.path)
        try:
            if url.path == "/query":
                self._query(url.query)
            elif url.path == "/update":
                self._update(url.query)
            elif self.command in ("GET", "HEAD"):
                self._forward(self.command, self.path)
            elif url.path == "/store" and self.server.writable:
                self._forward_upload(self.path)
            elif url.path == "/store":
                self._answer(
                    403, "this server is read-only: start it with `kg serve --writable` to change it"
                )
            else:
                self._answer(405, f"{self.command} is not allowed here")
        except _Refused as refused:
            self._answer(refused.status, refused.message)
        except QueryError as exc:
            self._answer(400, str(exc))

    def _host_allowed(self) -> bool:
        if not self.server.loopback_only:
            return True
        host = self.headers.get("Host")
        if host is None:
            return True
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return is_loopback(name)

    def _params(self, query: str, field: str, media_type: str) -> dict[str, list[str]]:
        """The protocol's parameters, from the URL and a form or direct body (`field` for the latter)."""
        params = parse_qs(query, keep_blank_values=True)
        if self.command == "POST":
            body = self._body()
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/x-www-form-urlencoded":
                for name, values in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                    params.setdefault(name, []).extend(values)
            elif kind == media_type:
                params.setdefault(field, []).append(body.decode("utf-8", "replace"))
            else:
                raise _Refused(415, f"send the {field} form-encoded or as {media_type}")
        elif self.command not in ("GET", "HEAD") or field == "update":
            raise _Refused(405, f"send the {field} with {'POST' if field == 'update' else 'GET or POST'}")
        texts = params.get(field, [])
        if len(texts) != 1:
            raise _Refused(400, f"give exactly one {field} parameter")
        return params

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            raise _Refused(411, "a Content-Length is required")
        if int(length) > _MAX_REQUEST_BYTES:
            raise _Refused(413, f"requests are limited to {_MAX_REQUEST_BYTES} bytes")
        self._unread = 0
        return self.rfile.read(int(length))

    def _query(self, query: str) -> None:
        params = self._params(query, "query", "application/sparql-query")
        for name in ("default-graph-uri", "named-graph-uri"):
            if any(params.get(name, [])):
                raise _Refused(400, f"{name} is not allowed: queries run on the built graph only")
        text = _PROLOGUE + check(params["query"][0])
        self._forward(
            "POST",
            "/query",
            text.encode("utf-8"),
            {"Content-Type": "application/sparql-query; charset=utf-8"},
        )

    def _update(self, query: str) -> None:
        if not self.server.writable:
            self._answer(403, "this server is read-only: start it with `kg serve --writable` to update it")
            return
        params = self._params(query, "update", "application/sparql-update")
        for name in ("using-graph-uri", "using-named-graph-uri"):
            if any(params.get(name, [])):
                raise _Refused(400, f"{name} is not allowed: updates run on the built graph only")
        text = _PROLOGUE + check(params["update"][0], allow_update=True)
        self._forward(
            "POST",
            "/update",
            text.encode("utf-8"),
            {"Content-Type": "application/sparql-update; charset=utf-8"},
        )

    def _forward_upload(self, path: str) -> None:
        length = self.headers.get("Content-Length", "0" if self.command == "DELETE" else None)
        if length is None or not length.isdigit():
            raise _Refused(411, "a Content-Length is required")
        self._unread = 0
        headers = {"Content-Length": length}
        if self.headers.get("Content-Type"):
            headers["Content-Type"] = self.headers["Content-Type"]
        self._forward(self.command, path, None, headers, upload=int(length))

    def _forward(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        *,
        upload: int = 0,
    ) -> None:
        host, port = self.server.backend
        connection = http.client.HTTPConnection(host, port, timeout=self.server.backend_timeout)
        try:
            connection.putrequest(method, path, skip_accept_encoding=True)
            if self.headers.get("Accept"):
                connection.putheader("Accept", self.headers["Accept"])
            for name, value in (headers or {}).items():
                connection.putheader(name, value)
            if body is not None:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            left = upload
            while left > 0:
                chunk = self.rfile.read(min(_CHUNK, left))
                if not chunk:
                    break
                connection.send(chunk)
                left -= len(chunk)
            response = connection.getresponse()
        except OSError as exc:
            connection.close()
            self._answer(502, f"the Oxigraph server did not answer: {exc}")
            return
        try:
            self.send_response(response.status, response.reason)
            for name, value in response.getheaders():
                if name.lower() not in _HOP_HEADERS:
                    self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                while chunk := response.read(_CHUNK):
                    self.wfile.write(chunk)
        except OSError:
            pass  # the client went away; nothing to tell it
        finally:
            connection.close()

    def _answer(self, status: int, message: str) -> None:
        body = (message.splitlines()[0] if message else "").encode("utf-8") + b"\n"
        try:
            if 0 < self._unread <= _MAX_DRAIN_BYTES:
                while self._unread > 0 and (chunk := self.rfile.read(min(_CHUNK, self._unread))):
                    self._unread -= len(chunk)
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except OSError:
            pass


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# ------------------------------------------------------------------ HTTP to other servers


def _split_endpoint(url: str, what: str) -> tuple[str, str, str]:
    """Scheme, network location and path of an endpoint URL; a one-line error if it is not one."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{what} {_redact(url)!r}: expected an http:// or https:// URL")
    if parts.query or parts.fragment:
        raise EndpointError(f"{what} {_redact(url)}: give the endpoint without ?... or #...")
    try:
        parts.port  # noqa: B018 - urlsplit checks the port only when asked
    except ValueError:
        raise EndpointError(f"{what} {_redact(url)}: not a valid port") from None
    return parts.scheme, parts.netloc, parts.path.rstrip("/")


def query_url(endpoint: str) -> str:
    """The SPARQL query URL of an endpoint: a bare `http://HOST:PORT` (or its `/store`) gets `/query`."""
    scheme, netloc, path = _split_endpoint(endpoint, "endpoint")
    if not path:
        path = "/query"
    elif path.endswith("/store"):
        path = path.removesuffix("/store") + "/query"
    return urlunsplit((scheme, netloc, path, "", ""))


def store_url(endpoint: str) -> str:
    """The Graph Store Protocol URL of an endpoint (see the README for how it is derived).

    A URL whose path ends in `/store` (Oxigraph), `/data` (Fuseki), `/rdf-graphs/service`
    (GraphDB) or `/sparql-graph-crud[-auth]` (Virtuoso) is used as it is; a bare
    `http://HOST:PORT` gets `/store`, and a final `/query` becomes `/store`; any other
    path (a Fuseki dataset such as `/ds`) is used as it is.
    """
    scheme, netloc, path = _split_endpoint(endpoint, "endpoint")
    if path.endswith(_STORE_SUFFIXES):
        pass
    elif not path:
        path = "/store"
    elif path.endswith("/query"):
        path = path.removesuffix("/query") + "/store"
    return urlunsplit((scheme, netloc, path, "", ""))


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, f"***@{netloc}", parts.path, parts.query, parts.fragment))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> None:
        fp.close()
        raise EndpointError(
            f"{_redact(req.full_url)}: HTTP {code}, redirected to {_redact(newurl)}; use that URL instead"
        )


def _request(
    method: str,
    url: str,
    *,
    data: bytes | IO[bytes] | None = None,
    headers: Mapping[str, str],
    timeout: float,
) -> tuple[int, str, bytes]:
    """Send one request; its status, media type and body, or a one-line EndpointError naming the URL."""
    parts = urlsplit(url)
    shown = _redact(url)
    headers = dict(headers)
    if parts.username is not None:
        # urllib ignores credentials written in the URL; send them as HTTP Basic authentication.
        token = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
        url = urlunsplit(
            (parts.scheme, parts.netloc.rsplit("@", 1)[-1], parts.path, parts.query, parts.fragment)
        )
    handlers: list[urllib.request.BaseHandler] = [_NoRedirect()]
    if is_loopback(parts.hostname or ""):
        handlers.append(urllib.request.ProxyHandler({}))  # a proxy cannot reach this machine's loopback
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with opener.open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            return response.status, kind, response.read()
    except urllib.error.HTTPError as exc:
        detail = _one_line_body(exc.read(4096))
        exc.close()
        raise EndpointError(
            f"{shown}: HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
        ) from None
    except TimeoutError:
        raise EndpointError(f"{shown}: no answer within {timeout:g} s") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise EndpointError(f"{shown}: no answer within {timeout:g} s") from None
        reason = exc.reason.strerror if isinstance(exc.reason, OSError) else exc.reason
        raise EndpointError(f"{shown}: cannot connect ({reason or exc.reason})") from None
    except (OSError, http.client.HTTPException) as exc:
        raise EndpointError(f"{shown}: {one_line(exc)}") from None


def _one_line_body(body: bytes) -> str:
    for line in body.decode("utf-8", "replace").splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


# ------------------------------------------------------------------ push


@dataclass(frozen=True)
class PushReport:
    """What `push` sent: to which Graph Store URL, how many triples, and the server's status."""

    url: str
    triples: int
    status: int


def push(
    location: str | Path,
    endpoint: str,
    graph: str | None = None,
    replace: bool = True,
    *,
    timeout: float = 300.0,
) -> PushReport:
    """Load a built graph into a SPARQL 1.1 Graph Store Protocol server.

    The default graph of the graph's store (what `kg query` reads) is sent as
    N-Triples, which is also Turtle, labelled `text/turtle` so that every Graph
    Store server accepts it.

    Args:
        endpoint: the server's base URL or its Graph Store URL (see `store_url`).
        graph: the IRI of the named graph to fill; the server's default graph if None.
        replace: HTTP PUT, replacing what the graph held; False: HTTP POST, adding to it.
        timeout: seconds to wait on the connection before giving up.
    """
    from kg.store import load_store

    base = store_url(endpoint)
    if graph is None:
        target = f"{base}?default"
    else:
        try:
            ox.NamedNode(graph)
        except ValueError:
            raise EndpointError(f"--graph {graph!r}: not an IRI") from None
        if not urlsplit(graph).scheme:
            raise EndpointError(f"--graph {graph!r}: not an absolute IRI")
        target = f"{base}?{urlencode({'graph': graph}, quote_via=quote)}"
    store = load_store(location)
    with tempfile.TemporaryFile() as body:
        store.dump(body, ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        size = body.tell()
        body.seek(0)
        triples = sum(chunk.count(b"\n") for chunk in iter(lambda: body.read(_CHUNK), b""))
        body.seek(0)
        status, _kind, _answer = _request(
            "PUT" if replace else "POST",
            target,
            data=body,
            headers={"Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(size)},
            timeout=timeout,
        )
    return PushReport(_redact(target), triples, status)


# ------------------------------------------------------------------ remote queries


class EndpointEngine:
    """Runs checked queries on a SPARQL 1.1 Protocol endpoint; the `kg.query.Engine` of a remote graph."""

    def __init__(self, endpoint: str, *, timeout: float = 60.0) -> None:
        self.url = query_url(endpoint)
        self.timeout = timeout

    def select(self, text: str, bindings: Mapping[str, Sequence[Any]]) -> Table:
        """Send the query with its parameters in a VALUES block; the same table a local query gives."""
        final = _PROLOGUE + with_values(text, bindings)
        # The guard again, on the very text that leaves this machine.
        lexical_guard(final)
        form = first_keyword(final)
        graph_form = form in ("CONSTRUCT", "DESCRIBE")
        _status, kind, body = _request(
            "POST",
            self.url,
            data=urlencode({"query": final}).encode("utf-8"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": _GRAPH_ACCEPT if graph_form else _RESULTS_ACCEPT,
            },
            timeout=self.timeout,
        )
        shown = _redact(self.url)
        try:
            if graph_form:
                rdf_format = ox.RdfFormat.from_media_type(kind) or ox.RdfFormat.N_TRIPLES
                triples = sorted(
                    ((q.subject, q.predicate, q.object) for q in ox.parse(body, rdf_format)),
                    key=lambda t: tuple(str(x) for x in t),
                )
                return Table(
                    ("subject", "predicate", "object"),
                    tuple(tuple(ox_cell(x) for x in t) for t in triples),
                )
            results_format = ox.QueryResultsFormat.from_media_type(kind)
            if results_format is None:
                raise EndpointError(f"{shown}: answered {kind}, not SPARQL results")
            result = ox.parse_query_results(body, results_format)
        except (SyntaxError, ValueError) as exc:
            if isinstance(exc, EndpointError):
                raise
            raise EndpointError(f"{shown}: unreadable answer ({one_line(exc)})") from None
        if isinstance(result, ox.QueryBoolean):
            return Table(("ask",), ((bool(result),),))
        columns = tuple(v.value for v in result.variables)
        return Table(columns, tuple(tuple(ox_cell(value) for value in solution) for solution in result))

    def labels(self, iris: Iterable[str]) -> dict[str, str]:
        """The rdfs:label of each IRI that has one, asked for in batches."""
        from rdflib import URIRef

        found: dict[str, str] = {}
        todo = []
        for iri in iris:
            try:
                ox.NamedNode(iri)
            except ValueError:
                continue
            todo.append(URIRef(iri))
        text = check("SELECT ?entity ?label WHERE { ?entity rdfs:label ?label }")
        for start in range(0, len(todo), 200):
            table = self.select(text, {"entity": todo[start : start + 200]})
            for entity, label in table.rows:
                if isinstance(label, str) and (str(entity) not in found or label < found[str(entity)]):
                    found[str(entity)] = label
        return found


def query_endpoint(
    url: str,
    query: str,
    params: Mapping[str, object] | None = None,
    *,
    labels: bool | None = None,
    timeout: float = 60.0,
) -> Table:
    """Run a read-only query on a SPARQL endpoint, as `kg.query.run` does on a local graph.

    The query (SPARQL text, a `.rq` path or a named query's name) passes the same
    guard first, so SERVICE, LOAD, FROM and updates are refused before anything is
    sent; parameters are RDF terms sent in a VALUES block, never pasted as text.
    """
    return run_on(EndpointEngine(url, timeout=timeout), query, params, labels=labels)

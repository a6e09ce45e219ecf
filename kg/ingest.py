"""Files and folders -> `Document`: plain text, Markdown, HTML articles, JSON and JSON Lines.

Every input is untrusted: nothing is fetched over the network, files are capped
in size, and a file that cannot be read becomes one `IngestError` line instead
of stopping the run.
"""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import email.utils
import hashlib
import html
import json
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import frontmatter
import htmldate
import trafilatura
import yaml
from frontmatter.default_handlers import YAMLHandler
from lxml import etree
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from kg.extract.dates import MONTHS, WEEKDAYS
from kg.model import Document

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "SkippedFile",
    "iter_documents",
    "read_file",
]

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".jsonl", ".json"})
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TITLE_CHARS = 200
GOLD_SUFFIX = ".gold.json"  # evaluation annotations that sit beside the documents they annotate

# The sample corpus writes " date 2024-04-01"; people also write "date: 2024-04-01".
_DATE_LINE = re.compile(r"\s*date(?::\s*|\s+)(\d{4}-\d{2}-\d{2}\S*)\s*", re.IGNORECASE)
# C0 and C1 controls: a "clean" fallback decoding of real text has none of them, while
# binary data, UTF-16 without a BOM or a mislabelled charset almost always does.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)
_TITLE_CLOSERS = "\"'”’»)]"

# A text without a date line is dated from its dateline or byline, as a reader would date it:
# "NIAMEY, May 14, 2025 (Sahel Wire) —", "Published: 2025-08-22", "Rawalpindi, 9 September 2025".
# Only the first lines count, and only a full date (day, month and year) in one of three header
# shapes: after a label, before the dash that opens a wire story, or ending a short line. A date
# inside the lede's sentence ("On May 3, 2019, gunmen...") is an event's, not the document's.
_HEADER_LINES = 6
_SHORT_LINE = 100
_M = r"(?P<month>[A-Za-z]{3,9})\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY_PREFIX = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_HEADER_DATES = (
    re.compile(rf"{_WEEKDAY_PREFIX}{_M}\s+{_D},?\s+{_Y}\b"),
    re.compile(rf"{_WEEKDAY_PREFIX}{_D}\s+{_M},?\s+{_Y}\b"),
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
_DATE_LABEL = re.compile(
    r"(?:(?:first\s+|last\s+)?(?:published|posted|updated)(?:\s+on)?|date[d]?|released)\s*[:.\-–—]?\s*",
    re.IGNORECASE,
)
# What may follow a dateline's date: the agency in brackets or slashes, then the dash (or colon) before the
# story, which may begin on the next line ("ADEN, 14 May 2024 -"); or the agency alone after a slash.
_DATELINE_TAIL = re.compile(
    r"\s*(?:\([^()\n]{1,60}\)\s*|/[^/\n]{1,40}/\s*)?(?:[—–]|--?|:)(?:\s|$)"
    # "N'Djamena, 8 April 2025 / Chad Tribune Wire": the agency after a slash, ending the line
    r"|\s*/\s*[^/\n]{1,40}$"
)
# What a dateline's place (or a byline) may hold before the date: words, commas, dots, brackets and
# dashes, no digits ("ADEN, Yemen, ", "COURT REPORT — Düsseldorf, ", "By Jane Doe | ").
_DATELINE_HEAD = re.compile(r"[^\W\d][^\W\d]*(?:[ .,'’()/&—–-]+[^\W\d]+)*\.?")
_HEAD_END = re.compile(r"\s*[,|]\s*")
# A masthead or byline line of fields ("October 8, 2025 | MANILA", "Somali Dispatch | Mogadishu |
# Wednesday, 19 March 2025", "Centre for X, London | Policy Brief No. 14 | 12 June 2025"): a field
# that is a full date and nothing else dates the text.
_FIELD_SEP = re.compile(r"\s+[|·•]\s+")
_FIELDS_LINE = 200
# "Published 5:42 PM EAT, September 12, 2024": a clock time between the label and the date.
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?\s*,?\s*")
# A wire's dateline without the year ("KABUL, Sept 16 (Reuters) -"): the place, the month and day, the dash.
_YEARLESS = re.compile(rf"{_M}\s+{_D}\b")
_WEEKDAY_WORD = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# "police said on Wednesday", "said Wednesday": the day the story was filed, as wires put it.
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+[\w\s]{1,30}?|announced|confirmed|reported|added)\s+(?:late\s+|early\s+)?"
    r"(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_YEAR_WORD = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_LEDE_CHARS = 700


def _header_date(match: re.Match[str]) -> dt.date | None:
    month = match["month"]
    number = int(month) if month.isdigit() else MONTHS.get(month.lower())
    if number is None:
        return None
    try:
        return dt.date(int(match["year"]), number, int(match["day"]))
    except ValueError:
        return None


def _date_at(text: str, pos: int) -> tuple[dt.date, int] | None:
    """The full date that starts exactly at `pos`, and where it ends."""
    for pattern in _HEADER_DATES:
        match = pattern.match(text, pos)
        if match and (date := _header_date(match)):
            return date, match.end()
    return None


def dateline_date(text: str) -> dt.date | None:
    """The date a text's dateline, byline or "Published:" line gives it, if its first lines have one."""
    # Markdown's emphasis, heading and quote marks around a byline ("*Published: 4 March 2025*") go.
    lines = [line.strip(" \t*_#>") for line in text.split("\n") if line.strip(" \t*_#>")][:_HEADER_LINES]
    for line in lines:
        label = _DATE_LABEL.match(line)
        if label:
            clock = _CLOCK.match(line, label.end())
            if found := _date_at(line, clock.end() if clock else label.end()):
                return found[0]
        if (date := _field_date(line)) is not None:
            return date
        starts = [0] + [
            sep.end()
            for sep in _HEAD_END.finditer(line, 0, _SHORT_LINE)
            if _DATELINE_HEAD.fullmatch(line, 0, sep.start())
        ]
        for start in starts:
            found = _date_at(line, start)
            if found is None:
                continue
            date, end = found
            rest = line[end:]
            if not rest.strip(" .") and len(line) <= _SHORT_LINE:
                return date  # "Rawalpindi, 9 September 2025" or a date alone on its line
            if _DATELINE_TAIL.match(rest):
                return date  # "NIAMEY, May 14, 2025 (Sahel Wire) — Militants ..."
    return _yearless_dateline_date(text, lines)


def _yearless_dateline_date(text: str, lines: list[str], today: dt.date | None = None) -> dt.date | None:
    """The date of a wire dateline that gives no year ("KABUL, Sept 16 (Reuters) - ... said on Tuesday").

    The weekday the lede files the story on fixes the year among the few whose calendar puts that day
    there: the first such year no earlier than the latest year the text names (a story is never older
    than what it reports), or, where it names none, the latest up to today. No weekday, no date.
    """
    for line in lines:
        month_day = None
        for sep in _HEAD_END.finditer(line, 0, _SHORT_LINE):
            if _DATELINE_HEAD.fullmatch(line, 0, sep.start()):
                found = _YEARLESS.match(line, sep.end())
                if found is not None and _DATELINE_TAIL.match(line, found.end()):
                    month_day = found
                    break
        if month_day is None:
            continue
        month = MONTHS.get(month_day["month"].lower())
        if month is None:
            return None
        day = int(month_day["day"])
        start = text.find(line)
        lede = text[start : start + _LEDE_CHARS] if start >= 0 else line
        said = [m.group(1) for m in _SAID_ON.finditer(lede)]
        weekdays = said or [m.group(1) for m in _WEEKDAY_WORD.finditer(lede)]
        if not weekdays:
            return None
        today = today or dt.date.today()
        named = [int(y) for y in _YEAR_WORD.findall(text) if int(y) <= today.year]
        years = range(max(named), today.year + 1) if named else range(today.year, 1989, -1)
        wanted = WEEKDAYS[weekdays[0].lower()]
        for year in years:
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if date.weekday() == wanted and date <= today:
                return date
        return None
    return None


def _field_date(line: str) -> dt.date | None:
    """The date standing as a whole field of a short line of fields separated by bars or dots."""
    if len(line) > _FIELDS_LINE or not _FIELD_SEP.search(line):
        return None
    for field in _FIELD_SEP.split(line):
        field = field.strip(" .")
        label = _DATE_LABEL.match(field)
        start = label.end() if label else 0
        # ("Published: 13 May 2025, 18:25": a clock time may close the field)
        if (found := _date_at(field, start)) is not None and _CLOCK_AFTER.fullmatch(field, found[1]):
            return found[0]
    return None


_CLOCK_AFTER = re.compile(
    r"(?:\s*,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?"
)


_HTTP_URL = re.compile(r"https?://\S+\Z", re.IGNORECASE)


@dataclass(frozen=True)
class IngestError:
    """A file or record that could not be read, and why."""

    path: str
    message: str

    def __str__(self) -> str:
        # One line whatever the message, so a log of errors stays one error per line.
        return f"{self.path}: {' '.join(self.message.split())}"


class SkippedFile(Exception):
    """Raised when a file (or, in strict mode, one of its records) cannot be read."""

    def __init__(self, error: IngestError) -> None:
        super().__init__(str(error))
        self.error = error


class _Unreadable(Exception):
    """A problem found while parsing; the caller knows which file or record it belongs to."""


# ---------------------------------------------------------------- public API


def read_file(path: Path, errors: list[IngestError] | None = None) -> list[Document]:
    """Read every document in one file.

    Args:
        path: a file with one of `SUPPORTED_SUFFIXES`.
        errors: where to put bad records of a JSON or JSON Lines file, so the good ones
            are still returned; without it a bad record raises `SkippedFile`.

    Raises:
        SkippedFile: the file as a whole cannot be read.
    """
    path = Path(path)
    shown = path.as_posix()
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        raise _skip(shown, f"unsupported file type {path.suffix or '(no suffix)'!r}; {_supported()}")
    try:
        data = _read_bytes(path)
        documents, record_errors = reader(data, shown, path.stem)
    except _Unreadable as exc:
        raise _skip(shown, str(exc)) from None
    if record_errors:
        if errors is None:
            raise SkippedFile(record_errors[0])
        errors.extend(record_errors)
    return documents


def iter_documents(
    inputs: Iterable[str | Path], errors: list[IngestError] | None = None
) -> Iterator[Document]:
    """Yield the documents in the given files and folders, in a stable order.

    Folders are walked recursively in name order, skipping hidden entries, files of
    unsupported types and `*.gold.json` annotations. A named file of an unsupported
    type or a missing path is an error. An article met twice (same text, so same id)
    is yielded once, from its first source.

    Args:
        errors: collects one `IngestError` per unreadable file or record while the walk
            goes on; without it the first problem raises `SkippedFile`.
    """

    def report(error: IngestError) -> None:
        if errors is None:
            raise SkippedFile(error)
        errors.append(error)

    seen: set[str] = set()
    for found in _files(inputs):
        if isinstance(found, IngestError):
            report(found)
            continue
        try:
            documents = read_file(found, errors)
        except SkippedFile as exc:
            report(exc.error)
            continue
        for document in documents:
            if document.id not in seen:
                seen.add(document.id)
                yield document


# ---------------------------------------------------------------- walking


def _files(inputs: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Expand the inputs into files to read, or errors for the ones that cannot be."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        elif not path.exists():
            yield IngestError(path.as_posix(), "no such file or directory")
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            yield IngestError(
                path.as_posix(), f"unsupported file type {path.suffix or '(no suffix)'!r}; {_supported()}"
            )
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path | IngestError]:
    """Yield the document files under a folder, depth first, in name order."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield IngestError(folder.as_posix(), f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        # Symlinked folders are not followed: a link back up the tree would never end.
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file() and _is_document_name(entry.name):
            yield path


def _is_document_name(name: str) -> bool:
    """Whether a file met in a folder walk is a document to read."""
    lowered = Path(name.lower())
    # A folder's README describes the corpus rather than belonging to it, and reading it
    # as an article would put every group it names into the graph.
    if lowered.name.endswith(GOLD_SUFFIX) or lowered.stem == "readme":
        return False
    return lowered.suffix in SUPPORTED_SUFFIXES


def _supported() -> str:
    return "supported: " + ", ".join(sorted(SUPPORTED_SUFFIXES))


def _skip(shown: str, message: str) -> SkippedFile:
    return SkippedFile(IngestError(shown, message))


# ---------------------------------------------------------------- bytes and text


def _read_bytes(path: Path) -> bytes:
    """Read a regular file of at most `MAX_FILE_BYTES`."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or device would block or never end.
            raise _Unreadable("not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise _Unreadable(_too_big(info.st_size))
        with path.open("rb") as handle:
            # Read one byte past the cap in case the file grew since stat().
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _Unreadable(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise _Unreadable(_too_big(len(data)))
    return data


def _too_big(size: int) -> str:
    return f"file too large ({size / 1024 / 1024:.1f} MB; the limit is {MAX_FILE_BYTES // 1024 // 1024} MB)"


def _decode(data: bytes, declared: str | None = None) -> str:
    """Decode UTF-8 (with or without BOM), else a declared charset, else clean cp1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # A BOM is unambiguous, and Windows editors save "Unicode" text this way.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _Unreadable("invalid UTF-16 text") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        failure = f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    for encoding in (declared, "cp1252"):
        if not encoding:
            continue
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if not _CONTROL_CHARS.search(text):
            return text
    raise _Unreadable(f"{failure} and not clean cp1252 either; save the file as UTF-8")


def _normalise(text: str) -> str:
    """Unify newlines and Unicode composition so equal texts hash equal."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _trim_lines(text: str) -> str:
    """Drop trailing spaces and the blank lines around the text; keep the line structure."""
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _document(text: str, title: str, source: str, date: dt.date | None, url: str | None) -> Document:
    """Build a Document whose id is the hash of its normalised text."""
    text = unicodedata.normalize("NFC", text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Document(
        id=digest,
        text=text,
        title=unicodedata.normalize("NFC", title),
        source=source,
        date=date,
        url=url,
    )


def _parse_date(value: object) -> dt.date | None:
    """Read a date, a datetime, or an ISO 8601 string (`YYYY-MM-DD`, `...THH:MM:SSZ`...)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        if not stripped:
            return None
        try:
            return dt.date.fromisoformat(stripped)
        except ValueError:
            pass
        try:
            # The date as the publisher wrote it, in their time zone: converting to UTC
            # would move late-evening articles to the next day.
            return dt.datetime.fromisoformat(stripped).date()
        except ValueError:
            pass
        try:
            # RSS's pubDate: "Tue, 14 Oct 2025 09:30:00 +0300", again in the publisher's own zone.
            return email.utils.parsedate_to_datetime(stripped).date()
        except (TypeError, ValueError, IndexError):
            pass
    raise _Unreadable(
        f"invalid date {value!r} (expected YYYY-MM-DD, an ISO 8601 datetime or an RFC 2822 date)"
    )


def _guess_title(text: str, *, markdown: bool = False) -> str | None:
    """The first non-empty line, if it reads like a headline (short, no final period)."""
    for line in text.split("\n"):
        line = line.strip()
        if markdown:
            line = line.lstrip("#").strip()
        if not line:
            continue
        if len(line) <= MAX_TITLE_CHARS and not line.rstrip(_TITLE_CLOSERS).endswith("."):
            return _one_line(line)
        return None
    return None


# ---------------------------------------------------------------- plain text and Markdown

_Reader = Callable[[bytes, str, str], tuple[list[Document], list[IngestError]]]


def _read_txt(data: bytes, shown: str, stem: str) -> tuple[list[Document], list[IngestError]]:
    """Plain text with an optional ` date YYYY-MM-DD` first line."""
    text = _normalise(_decode(data))
    first, _, rest = text.partition("\n")
    date = None
    match = _DATE_LINE.fullmatch(first)
    if match:
        date = _parse_date(match[1])
        text = rest
    text = _trim_lines(text)
    if not text:
        raise _Unreadable("empty file" if not data.strip() else "no text")
    return [_document(text, _guess_title(text) or stem, shown, date or dateline_date(text), None)], []


def _read_md(data: bytes, shown: str, stem: str) -> tuple[list[Document], list[IngestError]]:
    """Markdown with optional YAML front matter (title, date, source, url)."""
    raw = _normalise(_decode(data))
    try:
        # Only YAML: the contract names it, and the TOML/JSON handlers would take a
        # body that merely starts with "+++" or "{".
        metadata, body = frontmatter.parse(raw, handler=YAMLHandler())
    except yaml.YAMLError as exc:
        raise _Unreadable(f"invalid YAML front matter: {_one_line(str(exc))}") from None
    body = _trim_lines(body)
    text = _markdown_text(body)
    if not text:
        raise _Unreadable("empty file" if not data.strip() else "no text")
    title = _optional_string(metadata, "title") or _guess_title(body, markdown=True) or stem
    url = _optional_string(metadata, "url")
    source = _optional_string(metadata, "source")
    if url is None and source is not None and _HTTP_URL.match(source):
        url = source
    date = _parse_date(metadata.get("date")) or dateline_date(text)
    return [_document(text, _one_line(title), shown, date, url)], []


# CommonMark with tables: the parser, not patterns written here, knows where emphasis, links and
# quotes start and end.
_MARKDOWN = MarkdownIt("commonmark").enable("table")


def _markdown_text(body: str) -> str:
    """Markdown as the plain text a reader sees: each block a paragraph, marks and link targets gone.

    Headings, paragraphs, list items and quoted paragraphs become paragraphs separated by a blank
    line; a table stays Markdown rows, one per line, as a web page's data tables are given.
    """
    blocks: list[str] = []
    rows: list[str] = []
    cells: list[str] | None = None  # the cells of the table row being read
    for token in _MARKDOWN.parse(body):
        kind = token.type
        if kind == "inline":
            text = _inline_text(token.children or [])
            if cells is not None:
                cells.append(" ".join(text.split()).replace("|", "/"))
            elif text.strip():
                blocks.append(text.strip())
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close" and cells is not None:
            rows.append("| " + " | ".join(cells) + " |")
            cells = None
        elif kind == "thead_close" and rows:
            rows.append("|" + "---|" * (rows[-1].count(" | ") + 1))
        elif kind == "table_close":
            blocks.append("\n".join(rows))
            rows = []
        elif kind in ("fence", "code_block") and token.content.strip():
            blocks.append(token.content.strip())
        elif kind == "html_block" and token.content.strip():
            text = " ".join(
                lxml_html.fragment_fromstring(token.content, create_parent="div").text_content().split()
            )
            if text:
                blocks.append(text)
    return "\n\n".join(blocks)


def _inline_text(children: list[Any]) -> str:
    """The words of one Markdown block: emphasis and link marks dropped, link texts and code kept."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)


def _optional_string(record: dict[Any, Any], key: str) -> str | None:
    """A string field, None when absent or blank; other types are an error."""
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise _Unreadable(f"{key!r} is not a string")
    value = value.strip()
    return value or None


# ---------------------------------------------------------------- HTML


def _read_html(data: bytes, shown: str, stem: str) -> tuple[list[Document], list[IngestError]]:
    """The article of a web page: headline, then its paragraphs and data tables, blank-line separated."""
    charset = _META_CHARSET.search(data[:4096])
    raw = _normalise(_decode(data, charset[1].decode("ascii") if charset else None))
    if not raw.strip():
        raise _Unreadable("empty file")
    # Always hand the libraries a parsed tree: htmldate downloads any string that looks
    # like a URL, and a page is untrusted input.
    tree = trafilatura.load_html(raw)
    if tree is None:
        raise _Unreadable("not an HTML document")

    date = _html_date(tree)
    metadata = trafilatura.extract_metadata(tree, date_config={"extensive_search": False})
    headline = _clean_html_text(
        metadata.title or _first(tree, '//meta[@property="og:title"]/@content') or _first_text(tree, "//h1")
    )
    url = metadata.url if metadata.url and _HTTP_URL.match(metadata.url) else None

    paragraphs = _article_paragraphs(tree)
    if not paragraphs:
        raise _Unreadable("no article text found in the page")
    if headline:
        # The headline leads the text even when the page put it outside the article
        # element; drop any copy so it is not read twice.
        paragraphs = [headline] + [p for p in paragraphs if p != headline]
    text = "\n\n".join(paragraphs)
    # A page with no date in its markup may still open with a dateline, as a .txt does.
    return [_document(text, headline or stem, shown, date or dateline_date(text), url)], []


def _article_paragraphs(tree: HtmlElement) -> list[str]:
    """The article's paragraphs as clean lines, furniture left out, data tables as Markdown rows."""
    links = _link_texts(tree)
    tree, tables = _with_table_markers(tree)
    paragraphs = _extract(tree, links)
    if not paragraphs and tree.xpath(_LAYOUT_TABLE):
        # Old sites lay the whole page out in tables, which the first pass dropped.
        paragraphs = _extract(_without_layout_tables(tree), links)
    return _tables_put_back(paragraphs, tables)


def _extract(tree: HtmlElement, links: set[tuple[str, ...]]) -> list[str]:
    """Run trafilatura once and split its text into paragraphs."""
    # Precision keeps related links, teasers and menus out (recall mode lets the nav in
    # even on a plain page). Data tables are marker paragraphs by now; the tables left are furniture.
    extracted = trafilatura.bare_extraction(
        tree,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        with_metadata=False,
    )
    if extracted is None or not extracted.text:
        return []
    paragraphs = [_clean_html_text(line) for line in extracted.text.split("\n")]
    # trafilatura's backup extractors can return a bare menu when the page has no article.
    return [paragraph for paragraph in paragraphs if paragraph and not _only_links(paragraph, links)]


def _link_texts(tree: HtmlElement) -> set[tuple[str, ...]]:
    """The words of every link on the page, one tuple per link."""
    texts = (_clean_html_text(anchor.text_content()).split() for anchor in tree.iter("a"))
    return {tuple(words) for words in texts if 0 < len(words) <= _MAX_LINK_WORDS}


def _only_links(paragraph: str, links: set[tuple[str, ...]]) -> bool:
    """Whether a paragraph is nothing but link texts and separators, like a menu."""
    words = [word for word in paragraph.split() if word.strip(_MENU_SEPARATORS)]
    if not words or len(words) > 4 * _MAX_LINK_WORDS:
        return False
    # reachable[i]: words[:i] splits exactly into link texts.
    reachable = [True] + [False] * len(words)
    for start in range(len(words)):
        if reachable[start]:
            for end in range(start + 1, min(len(words), start + _MAX_LINK_WORDS) + 1):
                if tuple(words[start:end]) in links:
                    reachable[end] = True
    return reachable[-1]


def _without_layout_tables(tree: HtmlElement) -> HtmlElement:
    """A copy where tables holding paragraphs or headings are plain blocks."""
    tree = copy.deepcopy(tree)
    for table in tree.xpath(_LAYOUT_TABLE):
        for element in list(table.iter(*_TABLE_TAGS)):
            element.tag = "div"
    return tree


_MAX_LINK_WORDS = 30
_MENU_SEPARATORS = "|·•/-–—»›:,"
_LAYOUT_TABLE = "//table[.//p or .//h1 or .//h2 or .//h3 or .//div]"
_TABLE_TAGS = ("table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th")


# ---------------------------------------------------------------- data tables
#
# trafilatura drops tables, so each data table is swapped for a paragraph holding a marker before it
# runs, and the marker for the table's Markdown rows after: the rows stand where the table stood, one
# per line, and the relation rules read them as they read a Markdown document's table.

_MARKER = "kgdatatable"
# A table under these is navigation or page furniture, whatever its cells hold. (Not <form>: old
# ASP.NET sites wrap the whole page in one.)
_FURNITURE = ("nav", "header", "footer", "aside", "menu")
_FURNITURE_ROLES = frozenset({"navigation", "menu", "menubar", "banner", "contentinfo", "complementary"})
# A table holding a heading lays out a page; one holding form controls is a search box or a login.
_NOT_DATA = " | ".join(
    f".//{tag}" for tag in ("h1", "h2", "h3", "h4", "h5", "h6", "input", "select", "button", "textarea")
)
# Within a cell these start a new item: "Menaka<br>Tillaberi" is a list, "Menaka, Tillaberi".
_CELL_BREAKS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "address", "section", "hr"}
)
_UNREAD = frozenset({"script", "style", "template", "noscript"})
_KEPT_ATTRIBUTES = frozenset({"class", "id", "style", "hidden", "aria-hidden"})
_FIGURE_DEPTH = 3
_MAX_SPAN = 20
_MAX_COLUMNS = 30
_SHORT_CELL_WORDS = 20  # "mostly short": two cells in three at most this long
_LONG_CELL_WORDS = 60  # a cell this long holds paragraphs: the table lays out text
# A first row of labels, when the markup does not say it is the header: a few words, no digits, its later
# words lowercase or words that head a column ("Area of operation", "Claimed By"), and each cell holding
# such a word. A row of names ("Katiba Macina | central Mali", "Islamic State | Syria") is data.
_LABEL_MAX_WORDS = 5
_LABEL_MAX_CHARS = 40
_LINKING_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "per", "the", "to", "with"}
)
_LABEL_WORD = re.compile(
    r"\b(?:group|name|organi[sz]ation|actor|faction|movement|militia|area|region|province|district|state|"
    r"country|countries|place|location|town|city|village|base|stronghold|zone|front|theat(?:er|re)|where|"
    r"operat\w*|active|presence|territory|parent|affiliat\w*|loyal\w*|part|allegiance|branch|network|"
    r"leader\w*|founded|formed|established|date|year|day|time|killed|dead|deaths|"
    r"wounded|injured|casualties|victims|claimed|claim|responsibility|perpetrator\w*|attacker\w*|target\w*|"
    r"type|kind|weapon\w*|method|incident|attack|event|status|notes?|details?|description|source|strength|"
    r"members|fighters|size|ideology|aims?|alias\w*|also|origin|founder|sponsor\w*|role|position|title|rank|"
    r"nationality|age|charge|verdict|sentence|outcome|result|number|total|period|website)s?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Cell:
    text: str
    header: bool = False  # a <th>, or a cell of <thead>
    links_only: bool = False


_EMPTY = _Cell("")


def _with_table_markers(tree: HtmlElement) -> tuple[HtmlElement, dict[str, list[str]]]:
    """A copy of the page whose data tables are marker paragraphs, and each marker's paragraphs."""
    if not tree.xpath("//table"):
        return tree, {}
    page = tree.text_content()
    prefix = _MARKER
    while prefix in page:
        prefix += "x"
    marked = copy.deepcopy(tree)
    tables: dict[str, list[str]] = {}
    # A table holding a table is a layout (or a wrapper), never a data table; the innermost may be one.
    for table in marked.xpath("//table[not(.//table)]"):
        paragraphs = _table_paragraphs(table)
        standing = _figure_of(table)
        parent = standing.getparent()
        if paragraphs is None or parent is None:
            continue
        if standing is not table and table.find("caption") is None:
            figcaption = standing.find("figcaption")
            if figcaption is not None and (title := _cell_text(figcaption)[0]):
                paragraphs = [title, *paragraphs]
        marker = f"{prefix}{len(tables)}q"
        tables[marker] = paragraphs
        # The marker keeps the table's class, id and style, so trafilatura judges it as it would the
        # table: a "share" or "related" block, or a hidden one, is still left out.
        kept = {k: v for k, v in table.attrib.items() if k in _KEPT_ATTRIBUTES}
        placeholder = table.makeelement("p", kept)
        placeholder.text = marker
        placeholder.tail = standing.tail
        parent.replace(standing, placeholder)
    return marked, tables


def _figure_of(table: HtmlElement) -> HtmlElement:
    """The figure a table stands in alone (with its figcaption), as CMSs put tables; else the table.

    trafilatura drops figures, so the marker must take the figure's place, not the table's.
    """
    inner = table
    for ancestor in list(table.iterancestors())[:_FIGURE_DEPTH]:
        if (ancestor.text or "").strip() or any(
            isinstance(child.tag, str) and child is not inner and child.tag != "figcaption"
            for child in ancestor
        ):
            break
        if ancestor.tag == "figure":
            return ancestor
        inner = ancestor
    return table


def _tables_put_back(paragraphs: list[str], tables: dict[str, list[str]]) -> list[str]:
    """Each marker replaced by its table's paragraphs, splitting a line a marker ended up inside."""
    if not tables:
        return paragraphs
    markers = re.compile("|".join(re.escape(marker) for marker in sorted(tables, key=len, reverse=True)))
    out: list[str] = []
    seen: set[str] = set()
    for paragraph in paragraphs:
        at = 0
        for match in markers.finditer(paragraph):
            if before := paragraph[at : match.start()].strip():
                out.append(before)
            if match[0] not in seen:
                seen.add(match[0])
                out.extend(tables[match[0]])
            at = match.end()
        if rest := paragraph[at:].strip():
            out.append(rest)
    return out


def _table_paragraphs(table: HtmlElement) -> list[str] | None:
    """A data table as its caption and its Markdown rows (header, rule, a line a row); None if not one."""
    for ancestor in table.iterancestors():
        if ancestor.tag in _FURNITURE or (ancestor.get("role") or "").lower() in _FURNITURE_ROLES:
            return None
    if (table.get("role") or "").lower() in ("presentation", "none") or table.xpath(_NOT_DATA):
        return None  # a table its author declared layout, or one holding headings or a form
    grid = _table_grid(table)
    if grid is None or not _is_data(grid):
        return None
    rows = [[cell.text for cell in row] for row in grid]
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("---" for _ in rows[0]) + "|")
    caption = table.find("caption")
    title = _cell_text(caption)[0] if caption is not None else ""
    return [title, "\n".join(lines)] if title else ["\n".join(lines)]


def _table_grid(table: HtmlElement) -> list[list[_Cell]] | None:
    """The table's cells row by row, spans filled in, empty rows and columns left out."""
    # The header section first, wherever the markup put it; the footer's totals last.
    rows = sorted(table.iter("tr"), key=lambda tr: {"thead": 0, "tfoot": 2}.get(tr.getparent().tag, 1))
    grid: list[dict[int, _Cell]] = []
    carried: dict[int, tuple[_Cell, int]] = {}  # column -> the cell a rowspan carries down, rows left
    for tr in rows:
        in_head = tr.getparent().tag == "thead"
        row: dict[int, _Cell] = {}
        for column, (cell, left) in list(carried.items()):
            row[column] = cell
            if left > 1:
                carried[column] = (cell, left - 1)
            else:
                del carried[column]
        column = 0
        for element in tr:
            if element.tag not in ("td", "th"):
                continue
            while column in row:
                column += 1
            text, links_only = _cell_text(element)
            cell = _Cell(text, in_head or element.tag == "th", links_only)
            across, down = _span(element.get("colspan")), _span(element.get("rowspan"))
            for k in range(across):
                # A value spanning rows holds for each of them; one spanning columns fills the first.
                row[column + k] = cell if k == 0 else _EMPTY
                if down > 1:
                    carried[column + k] = (row[column + k], down - 1)
            column += across
            if column > _MAX_COLUMNS:
                return None
        grid.append(row)
    width = max((max(row) + 1 for row in grid if row), default=0)
    used = [c for c in range(width) if any(row.get(c, _EMPTY).text for row in grid)]
    cells = [[row.get(c, _EMPTY) for c in used] for row in grid]
    return [row for row in cells if any(cell.text for cell in row)]


def _span(value: str | None) -> int:
    try:
        return min(max(int((value or "1").strip()), 1), _MAX_SPAN)
    except ValueError:
        return 1


def _is_data(grid: list[list[_Cell]]) -> bool:
    """Whether a grid is a data table: a header row, two columns and rows, short cells, not just links."""
    if len(grid) < 2 or len(grid[0]) < 2:
        return False
    head, body = grid[0], [cell for row in grid[1:] for cell in row if cell.text]
    if not body or all(cell.links_only for cell in body):
        return False  # a menu, a share bar, a list of links laid out in a grid
    words = [len(cell.text.split()) for row in grid for cell in row if cell.text]
    if max(words) > _LONG_CELL_WORDS or sum(n <= _SHORT_CELL_WORDS for n in words) * 3 < len(words) * 2:
        return False  # cells of paragraphs: the table lays out text
    return _is_header(head, grid[1:])


def _is_header(head: list[_Cell], body: list[list[_Cell]]) -> bool:
    """Whether the first row names the columns: marked up as a header, or a row of short labels."""
    named = [cell for cell in head if cell.text]
    if len(named) < 2:
        return False  # a title across the table (an infobox's, a navbox's) names no columns
    if all(cell.header for cell in named):
        return True
    if len(named) < len(head) or any(cell.links_only for cell in named):
        return False
    if not all(_is_label(cell.text) for cell in named):
        return False
    # A label heads its column once; a value met again below it is data.
    if any(row[i].text == cell.text for row in body for i, cell in enumerate(head)):
        return False
    return all(_LABEL_WORD.search(cell.text) for cell in named)


def _is_label(text: str) -> bool:
    """Whether a cell reads as a column's label: short, no digits, no name's capitals after its first word."""
    if len(text) > _LABEL_MAX_CHARS or any(char.isdigit() for char in text):
        return False
    words = (text.lower() if text.isupper() else text).split()
    if not words or len(words) > _LABEL_MAX_WORDS:
        return False
    return all(
        not word[:1].isupper() or word.lower() in _LINKING_WORDS or _LABEL_WORD.fullmatch(word)
        for word in words[1:]
    )


def _cell_text(cell: HtmlElement) -> tuple[str, bool]:
    """A cell's text on one line, and whether all of it is link text.

    lxml has already decoded the entities, so the text is not unescaped again; its line breaks and
    blocks become commas, and a "|" becomes "/" so it cannot split the Markdown cell.
    """
    pieces: list[list[str]] = [[]]
    outside: list[str] = []
    links = unread = 0

    def add(text: str | None) -> None:
        if text and not unread:
            pieces[-1].append(text)
            if not links:
                outside.append(text)

    # iterwalk, not recursion: a hostile page may nest elements thousands deep.
    for event, element in etree.iterwalk(cell, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None  # None: a comment or instruction
        if event == "start":
            links += tag == "a"
            unread += tag in _UNREAD
            if tag in _CELL_BREAKS:
                pieces.append([])
            if tag is not None:
                add(element.text)
        else:
            links -= tag == "a"
            unread -= tag in _UNREAD
            if tag in _CELL_BREAKS:
                pieces.append([])
            if element is not cell:
                add(element.tail)
    text = ""
    for piece in pieces:
        item = _one_line(unicodedata.normalize("NFC", "".join(piece)))
        if item and text:
            text += (" " if text.endswith((",", ";", ":")) else ", ") + item
        elif item:
            text = item
    text = text.replace("|", "/")
    return text, bool(text) and not _one_line("".join(outside)).strip(" ,;:|/·•-–—")


def _clean_html_text(text: str | None) -> str:
    """Unescape entities the page escaped twice (`&amp;rsquo;`) and collapse whitespace."""
    if not text:
        return ""
    return _one_line(unicodedata.normalize("NFC", html.unescape(text)))


def _html_date(tree: HtmlElement) -> dt.date | None:
    """The publication date: article meta, then <time>, then JSON-LD, then htmldate."""
    candidates = [
        _first(tree, '//meta[@property="article:published_time" or @name="article:published_time"]/@content'),
        _first(tree, "//time[@itemprop='datePublished' or @pubdate][@datetime]/@datetime"),
        _first(tree, "//article//time/@datetime"),
        _first(tree, "//time/@datetime"),
        *_json_ld_dates(tree),
    ]
    for candidate in candidates:
        try:
            date = _parse_date(candidate)
        except _Unreadable:
            continue
        if date is not None:
            return date
    return _htmldate(tree)


def _htmldate(tree: HtmlElement) -> dt.date | None:
    """Ask htmldate, but never let it read a date out of a URL."""
    pruned = copy.deepcopy(tree)
    # A URL's date is a filing path, not a publication date: remove the canonical link,
    # og:url and image paths htmldate would mine for one.
    for element in pruned.xpath(
        '//link|//img|//picture|//source|//meta[@property="og:url" or @name="og:url"]'
    ):
        element.drop_tree()
    try:
        # url="" (not None) stops htmldate probing the page for a canonical URL.
        found = htmldate.find_date(pruned, extensive_search=False, original_date=True, url="")
    except Exception:  # a heuristic's crash must cost the date, not the article
        return None
    try:
        return _parse_date(found)
    except _Unreadable:
        return None


def _json_ld_dates(tree: HtmlElement) -> list[str]:
    """Every `datePublished` in the page's JSON-LD blocks, in document order."""
    found: list[str] = []

    def visit(node: object, depth: int) -> None:
        if depth > 20:
            return
        if isinstance(node, dict):
            value = node.get("datePublished")
            if isinstance(value, str):
                found.append(value)
            for child in node.values():
                visit(child, depth + 1)
        elif isinstance(node, list):
            for child in node:
                visit(child, depth + 1)

    for block in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            visit(json.loads(block), 0)
        except (ValueError, RecursionError):
            continue
    return found


def _first(tree: HtmlElement, xpath: str) -> str | None:
    values = tree.xpath(xpath)
    return str(values[0]).strip() if values else None


def _first_text(tree: HtmlElement, xpath: str) -> str | None:
    elements = tree.xpath(xpath)
    return elements[0].text_content() if elements else None


# ---------------------------------------------------------------- JSON and JSON Lines


def _read_jsonl(data: bytes, shown: str, stem: str) -> tuple[list[Document], list[IngestError]]:
    """One JSON object per line; a bad line is an error of its own."""
    text = _normalise(_decode(data))
    records: list[tuple[int, Any]] = []
    errors: list[IngestError] = []
    # Split on "\n" only: str.splitlines would also break at U+2028, which JSON strings may hold.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except (ValueError, RecursionError) as exc:
            errors.append(IngestError(f"{shown}:{number}", f"invalid JSON: {_json_problem(exc)}"))
    if not records and not errors:
        raise _Unreadable("empty file" if not data.strip() else "no records")
    documents, record_errors = _records(records, shown, stem, locate=lambda n: f"{shown}:{n}")
    errors.extend(record_errors)
    # Report in line order, however each line went wrong.
    errors.sort(key=lambda error: int(error.path.rpartition(":")[2]))
    return documents, errors


def _read_json(data: bytes, shown: str, stem: str) -> tuple[list[Document], list[IngestError]]:
    """One object, an array of objects, or `{"documents": [...]}`."""
    text = _normalise(_decode(data))
    if not text.strip():
        raise _Unreadable("empty file")
    try:
        loaded = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise _Unreadable(f"invalid JSON: {_json_problem(exc)}") from None
    if isinstance(loaded, dict) and "documents" in loaded and "text" not in loaded:
        loaded = loaded["documents"]
        if not isinstance(loaded, list):
            raise _Unreadable("'documents' is not an array")
    if isinstance(loaded, dict):
        documents, errors = _records([(0, loaded)], shown, stem, locate=lambda _: shown)
        if errors:
            raise _Unreadable(errors[0].message)
        return documents, []
    if not isinstance(loaded, list):
        raise _Unreadable('expected an object, an array of objects or {"documents": [...]}')
    if not loaded:
        raise _Unreadable("no records")
    return _records(list(enumerate(loaded, start=1)), shown, stem, locate=lambda n: f"{shown}#{n}")


def _json_problem(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)


# The names news feeds and scrapers give each field, in order of preference: the contract's own
# name first, then those of common exports (NewsAPI's `content` and `publishedAt`, RSS's `link` and
# `pubDate`, schema.org's `headline` and `datePublished`, many wires' `body`).
_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "story"),
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "publishedAt", "datePublished", "pubDate"),
    "url": ("url", "link"),
}


def _field(record: dict[Any, Any], name: str) -> str | None:
    """The key under which `record` holds the field `name` (see `_FIELDS`), if any."""
    return next((key for key in _FIELDS[name] if record.get(key) is not None), None)


def _records(
    records: list[tuple[int, Any]], shown: str, stem: str, locate: Callable[[int], str]
) -> tuple[list[Document], list[IngestError]]:
    """Turn numbered JSON records into documents, and the bad ones into errors.

    `number` 0 marks the only record of a file, which gets no `#` in its source.
    """
    if records and not any(isinstance(record, dict) and _field(record, "text") for _, record in records):
        # Probably not a document file at all (an annotation file, say): one error, not one per record.
        raise _Unreadable(
            "no record has a 'text' field (or 'body', 'content'); expected id, date, title, url, text"
        )
    documents: list[Document] = []
    errors: list[IngestError] = []
    for number, record in records:
        try:
            documents.append(_record_document(record, shown, stem, number))
        except _Unreadable as exc:
            errors.append(IngestError(locate(number), str(exc)))
    return documents, errors


def _record_document(record: object, shown: str, stem: str, number: int) -> Document:
    """One JSON object with at least `text`; `id`, `date`, `title` and `url` are optional.

    Each field may also go by a name common feeds use (`body`, `headline`, `publishedAt`, `link`...:
    see `_FIELDS`). A `dateline` field ("MANDERA, Kenya") opens the text unless the text opens with it.
    """
    if not isinstance(record, dict):
        raise _Unreadable("record is not a JSON object")
    key = _field(record, "text")
    if key is None:
        raise _Unreadable("record has no 'text' field")
    if not isinstance(record[key], str):
        raise _Unreadable(f"{key!r} is not a string")
    text = _trim_lines(_normalise(record[key]))
    if not text:
        raise _Unreadable("empty text")
    dateline = _optional_string(record, "dateline")
    if dateline and not text.casefold().startswith(dateline.casefold()):
        text = f"{_one_line(_normalise(dateline))} — {text}"
    record_id = _optional_string(record, "id")
    if number == 0:
        source = f"{shown}#{record_id}" if record_id else shown
    else:
        source = f"{shown}#{record_id or number}"
    title_key, date_key, url_key = (_field(record, name) for name in ("title", "date", "url"))
    title = (title_key and _optional_string(record, title_key)) or _guess_title(text) or record_id or stem
    return _document(
        text,
        _one_line(_normalise(title)),
        source,
        _parse_date(record.get(date_key)) if date_key else None,
        _optional_string(record, url_key) if url_key else None,
    )


_READERS: dict[str, _Reader] = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".html": _read_html,
    ".htm": _read_html,
    ".jsonl": _read_jsonl,
    ".json": _read_json,
}

"""The `kg` command line through Typer's CliRunner: help, build, stats and query, and how each fails.

Queries run on the session's build of the sample article, so the model is loaded
once for them; only the `kg build` test reads a new document.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kg.cli import app

DATA = Path(__file__).parent / "data" / "extract"
runner = CliRunner()

GROUPS = "SELECT ?g ?label WHERE { ?g a ekg:Group ; rdfs:label ?label } ORDER BY ?label"
BY_NAME = "SELECT ?g ?label WHERE { ?g a ekg:Group ; rdfs:label ?label ; (rdfs:label|skos:altLabel) ?name }"


def kg(*args: str | Path):  # noqa: ANN201 - click's Result
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result) -> str:  # noqa: ANN001
    """The error message of a refused command: one line on stderr, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


# ------------------------------------------------------------------ help


def command_names() -> list[str]:
    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_every_readme_command_is_registered() -> None:
    assert {"build", "stats", "query", "extractors"} <= set(command_names())


def test_top_level_help_lists_commands() -> None:
    result = kg("--help")
    assert result.exit_code == 0
    for name in command_names():
        assert name in result.stdout


@pytest.mark.parametrize("command", command_names())
def test_help_of_every_command(command: str) -> None:
    result = kg(command, "--help")
    assert result.exit_code == 0, result.stderr
    assert "Usage:" in result.stdout
    doc = typer.main.get_command(app).commands[command].help  # type: ignore[attr-defined]
    assert doc and doc.split("\n")[0].strip()[:30] in " ".join(result.stdout.split())


def test_extractors_lists_the_default() -> None:
    result = kg("extractors")
    assert result.exit_code == 0
    assert "spacy\tkg.extract.spacy_rules:SpacyRuleExtractor" in result.stdout


# ------------------------------------------------------------------ build


def test_build_skips_a_bad_file_names_it_and_still_writes_the_graph(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(DATA / "mogadishu_bombing.txt", inputs / "good.txt")
    (inputs / "broken.json").write_text('{"id": "x", "text": "unterminated', encoding="utf-8")
    out = tmp_path / "out"
    result = kg("build", inputs, "--out", out, "--workers", "1", "--no-progress")
    assert result.exit_code == 1, (result.stdout, result.stderr)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "broken.json" in warnings[0]
    assert "good.txt" not in result.stderr
    assert "1 documents" in result.stdout
    ttl, html = out / "graph.ttl", out / "graph.html"
    assert ttl.stat().st_size > 0 and html.stat().st_size > 0
    assert "Mogadishu" in ttl.read_text(encoding="utf-8")
    # no temp files left; store/ is the query store the build leaves beside the Turtle
    assert not [p.name for p in out.iterdir() if p.name not in ("graph.ttl", "graph.html", "store")]


def test_build_of_a_missing_path_names_it_and_fails(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    result = kg("build", missing, "--out", tmp_path / "out", "--workers", "1", "--no-progress")
    assert result.exit_code == 1
    assert str(missing) in result.stderr
    assert "Traceback" not in result.stderr


# ------------------------------------------------------------------ stats


def test_stats_prints_counts_by_type_and_relation(built_example: Path) -> None:
    result = kg("stats", built_example)
    assert result.exit_code == 0, result.stderr
    for heading in ("triples", "by type:", "by relation:", "statements by extractor:", "most connected:"):
        assert heading in result.stdout
    assert "  spacy-rules " in result.stdout
    assert "Islamic State Khorasan Province (Group)" in result.stdout


def test_stats_json_is_machine_readable(built_example: Path) -> None:
    result = kg("stats", built_example, "--json", "--top", "3")
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["classes"]["Attack"] >= 4
    assert figures["classes"]["Document"] == 1
    assert figures["relations"]["affiliateOf"] >= 1
    assert len(figures["top_entities"]) == 3
    assert figures["extractors"]["spacy-rules"] >= 10


def test_stats_of_a_folder_without_a_graph(tmp_path: Path) -> None:
    assert "no graph here" in one_line_error(kg("stats", tmp_path))


# ------------------------------------------------------------------ query


def test_query_with_sparql_text_prints_a_table(built_example: Path) -> None:
    result = kg("query", built_example, GROUPS)
    assert result.exit_code == 0, result.stderr
    header, rule, *rows = result.stdout.splitlines()
    assert header.split() == ["g", "label"]
    assert set(rule) <= {"-", " "}
    assert any("Islamic State Khorasan Province" in row for row in rows)


def test_query_from_a_rq_file(built_example: Path, tmp_path: Path) -> None:
    rq = tmp_path / "groups.rq"
    rq.write_text("# every group\n" + GROUPS + "\n", encoding="utf-8")
    result = kg("query", built_example, rq, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "Islamic State Khorasan Province" in {row["label"] for row in json.loads(result.stdout)}


def test_query_param_binds_a_literal(built_example: Path) -> None:
    result = kg("query", built_example, BY_NAME, "--param", "name=ISIS-K", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [row["label"] for row in json.loads(result.stdout)] == ["Islamic State Khorasan Province"]


def test_query_param_is_never_pasted_into_the_query(built_example: Path) -> None:
    hostile = 'x" } ?g ?p ?o . FILTER("1'
    result = kg("query", built_example, BY_NAME, "--param", f"name={hostile}", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_query_param_binds_an_iri(built_example: Path) -> None:
    groups = json.loads(kg("query", built_example, GROUPS, "--format", "json").stdout)
    iri = next(row["g"] for row in groups if row["label"] == "Islamic State")
    result = kg(
        "query",
        built_example,
        "SELECT ?label WHERE { ?g rdfs:label ?label }",
        "-p",
        f"g=<{iri}>",
        "-f",
        "csv",
    )
    assert result.exit_code == 0, result.stderr
    assert list(csv.DictReader(io.StringIO(result.stdout))) == [{"label": "Islamic State"}]


def test_query_param_without_equals_is_refused(built_example: Path) -> None:
    assert "NAME=VALUE" in one_line_error(kg("query", built_example, GROUPS, "--param", "name"))


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_formats_carry_the_same_rows(built_example: Path, fmt: str) -> None:
    result = kg("query", built_example, GROUPS, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        labels = [row["label"] for row in rows]
        assert all(row["g"].startswith("https://w3id.org/extremist-kg/id/") for row in rows)
    elif fmt == "json":
        labels = [row["label"] for row in json.loads(result.stdout)]
    else:
        labels = [line.split(None, 1)[1] for line in result.stdout.splitlines()[2:]]
    assert labels == sorted(labels)
    assert "Islamic State Khorasan Province" in labels and "Taliban" in labels


def test_query_ask_prints_a_boolean(built_example: Path) -> None:
    result = kg("query", built_example, "ASK { ?a a ekg:Attack ; ekg:killed 143 }", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"ask": True}]


@pytest.mark.parametrize(
    ("query", "line", "column"),
    [
        ("SELECT ?x WHERE { ?x a ekg:Group ", 1, 34),
        ("SELECT ?x WHERE {\n  ?x a ekg:Group .\n  ?x rdfs:label }", 3, 3),
    ],
    ids=["unclosed", "missing-object"],
)
def test_malformed_query_gets_one_line_error_with_position(
    built_example: Path, query: str, line: int, column: int
) -> None:
    message = one_line_error(kg("query", built_example, query))
    assert "malformed SPARQL" in message
    assert f"line {line}" in message and "column" in message


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        (
            "SELECT * WHERE { ?s a ekg:Group OPTIONAL { SERVICE <https://example.org/q> { ?s ?p ?o } } }",
            "SERVICE",
        ),
        ("SELECT * FROM <http://example.org/graph.ttl> WHERE { ?s ?p ?o }", "FROM"),
        ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM"),
        ("select * from <file:///etc/passwd> where { ?s ?p ?o }", "FROM"),
    ],
    ids=["service", "service-in-optional", "from", "from-named", "from-lower-case"],
)
def test_query_that_could_reach_the_network_is_refused(built_example: Path, query: str, named: str) -> None:
    message = one_line_error(kg("query", built_example, query))
    assert named in message and "not allowed" in message


@pytest.mark.parametrize(
    "query",
    [
        "LOAD <http://example.org/data.ttl>",
        "LOAD <http://example.org/data.ttl> INTO GRAPH <http://example.org/g>",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DROP ALL",
    ],
    ids=["load", "load-into", "insert", "drop"],
)
def test_update_requests_are_refused(built_example: Path, query: str) -> None:
    before = (built_example / "graph.ttl").read_bytes()
    one_line_error(kg("query", built_example, query))
    assert (built_example / "graph.ttl").read_bytes() == before


def test_query_on_a_folder_without_a_graph(tmp_path: Path) -> None:
    message = one_line_error(kg("query", tmp_path, GROUPS))
    assert "no graph here" in message and "kg build" in message


def test_query_with_a_missing_rq_file(built_example: Path, tmp_path: Path) -> None:
    assert "no such query file" in one_line_error(kg("query", built_example, tmp_path / "missing.rq"))

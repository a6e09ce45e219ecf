"""The notebooks in notebooks/ run top to bottom on a real Jupyter kernel, and are kept clean.

Each notebook is executed with nbclient on an ipykernel kernel whose working directory is
notebooks/, as Jupyter would start it. The quickstart builds the example corpus itself, as on a
fresh clone; the others reuse one build made here and passed through `KG_NOTEBOOK_GRAPH`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import kg
from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.query import named_queries

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
EXPECTED = {"quickstart.ipynb", "sparql_cookbook.ipynb", "analysis.ipynb"}
GRAPH_ENV = "KG_NOTEBOOK_GRAPH"
# These notebooks build the examples themselves in the test, as on a fresh clone.
BUILDS_ITSELF = {"quickstart.ipynb"}
CELL_TIMEOUT = 300  # seconds; a self-building notebook's first cell runs the whole build


def _read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=nbformat.NO_CONVERT)


def _code_cells(path: Path) -> list[tuple[int, str]]:
    return [(index, cell.source) for index, cell in enumerate(_read(path).cells) if cell.cell_type == "code"]


@pytest.fixture(scope="session")
def notebook_graph(tmp_path_factory: pytest.TempPathFactory, full_extractor: SpacyRuleExtractor) -> Path:
    """The example corpus built once (as `kg build` builds it), for the notebooks that read `KG_NOTEBOOK_GRAPH`."""
    out = tmp_path_factory.mktemp("notebook-graph")
    report = kg.build([ROOT / "examples"], out, workers=1, extractor=full_extractor)
    assert report.ok, report.skipped
    return out


def test_notebooks_folder_holds_the_three_notebooks() -> None:
    assert {path.name for path in NOTEBOOKS} >= EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_is_saved_valid_and_without_outputs(path: Path) -> None:
    notebook = _read(path)
    nbformat.validate(notebook)
    assert notebook.nbformat == 4
    assert notebook.metadata.kernelspec.name == "python3"
    dirty = [
        index
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)
    ]
    assert not dirty, f"{path.name}: cells {dirty} were saved with outputs; clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_defines_no_functions_or_classes(path: Path) -> None:
    for index, source in _code_cells(path):
        tree = ast.parse(source, filename=f"{path.name} cell {index}")
        defined = [
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        ]
        assert not defined, (
            f"{path.name} cell {index} defines {defined}: notebooks import kg and never define "
            "what the package should (STYLE.md rule 9)"
        )


def test_cookbook_runs_every_named_query() -> None:
    sources = "\n".join(source for _, source in _code_cells(NOTEBOOK_DIR / "sparql_cookbook.ipynb"))
    missing = [name for name in named_queries() if f'kg.sparql(g, "{name}"' not in sources]
    assert not missing, f"sparql_cookbook.ipynb has no cell running {missing}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_top_to_bottom(
    path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if path.name in BUILDS_ITSELF:
        monkeypatch.delenv(GRAPH_ENV, raising=False)
    else:
        monkeypatch.setenv(GRAPH_ENV, str(request.getfixturevalue("notebook_graph")))
    # The kernel inherits the environment: what the notebook writes with tempfile lands in tmp_path.
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    notebook = _read(path)
    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        allow_errors=False,
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, on the first error
    errors = [
        output.get("ename")
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if output.output_type == "error"
    ]
    assert not errors

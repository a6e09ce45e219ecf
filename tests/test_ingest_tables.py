"""Data tables in HTML pages reach the extractor as Markdown rows, where the table stood.

A table with a header row (`<th>`, `<thead>`, or a first row of short labels), two columns and two rows
of short cells comes through as `| a | b |` lines, header first; layout tables, menus, share bars and
tables of links stay out. The invented reports in `tests/data/ingest_tables/` hold the same groups table
as HTML and as Markdown, and the two builds must read the same relations from it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from readings import facts

from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.ingest import _tables_put_back, read_file
from kg.model import Document, Extraction
from kg.ns import EKG, PREFIXES, RDFS, RELATIONS
from kg.pipeline import build

DATA = Path(__file__).parent / "data" / "ingest_tables"
GROUPS_HTML = DATA / "sahel_groups.html"
GROUPS_MD = DATA / "sahel_groups.md"

BEFORE = (
    "<p>Gunmen attacked a police post in the north of the country on Monday, killing four officers "
    "and wounding six others, the interior ministry said in a statement.</p>"
)
AFTER = "<p>The ministry said reinforcements had been sent to the area and a curfew declared in the town.</p>"
GROUPS = (
    "<table><tr><th>Group</th><th>Area of operation</th><th>Parent</th></tr>"
    "<tr><td>Katiba Macina</td><td>central Mali</td><td>JNIM</td></tr>"
    "<tr><td>Ansarul Islam</td><td>Soum</td><td>JNIM</td></tr></table>"
)
GROUP_ROWS = (
    "| Group | Area of operation | Parent |\n|---|---|---|\n"
    "| Katiba Macina | central Mali | JNIM |\n| Ansarul Islam | Soum | JNIM |"
)


def read_page(tmp_path: Path, body: str) -> Document:
    """The one document of an HTML page whose article holds `body` between two paragraphs."""
    path = tmp_path / "page.html"
    html = (
        "<html><head><title>Report</title></head>"
        f"<body><article>{BEFORE}{body}{AFTER}</article></body></html>"
    )
    path.write_text(html, encoding="utf-8")
    (document,) = read_file(path)
    return document


def table_lines(document: Document) -> list[str]:
    return [line for line in document.text.split("\n") if line.startswith("|")]


# ------------------------------------------------------------------ what counts as a data table


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        pytest.param(GROUPS, GROUP_ROWS, id="th-header-row"),
        pytest.param(
            "<table><thead><tr><td>Date</td><td>Place</td><td>Killed</td><td>Claimed by</td></tr></thead>"
            "<tbody><tr><td>3 May 2024</td><td>Djibo</td><td>14</td><td>JNIM</td></tr>"
            "<tr><td>9 May 2024</td><td>Diapaga</td><td>6</td><td>none</td></tr></tbody></table>",
            "| Date | Place | Killed | Claimed by |\n|---|---|---|---|\n"
            "| 3 May 2024 | Djibo | 14 | JNIM |\n| 9 May 2024 | Diapaga | 6 | none |",
            id="thead-of-td-cells",
        ),
        pytest.param(
            "<table><tr><td>Date</td><td>Place</td><td>Killed</td><td>Claimed By</td></tr>"
            "<tr><td>3 May 2024</td><td>Djibo</td><td>14</td><td>JNIM</td></tr></table>",
            "| Date | Place | Killed | Claimed By |\n|---|---|---|---|\n| 3 May 2024 | Djibo | 14 | JNIM |",
            id="first-row-of-short-labels",
        ),
        pytest.param(
            "<table><tr><td><b>GROUP</b></td><td><b>STRONGHOLD</b></td></tr>"
            "<tr><td>ISWAP</td><td>Lake Chad</td></tr></table>",
            "| GROUP | STRONGHOLD |\n|---|---|\n| ISWAP | Lake Chad |",
            id="capitalised-labels",
        ),
    ],
)
def test_a_data_table_comes_through_as_markdown_rows_header_first(
    tmp_path: Path, table: str, rows: str
) -> None:
    document = read_page(tmp_path, table)
    assert "\n".join(table_lines(document)) == rows
    assert f"\n\n{rows}\n\n" in document.text  # a block of its own, one row a line


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(
            "<table><tr><td>Katiba Macina</td><td>central Mali</td><td>JNIM</td></tr>"
            "<tr><td>Ansarul Islam</td><td>Soum</td><td>JNIM</td></tr></table>",
            id="no-header-row-names-first",
        ),
        pytest.param(
            "<table><tr><td>Group</td><td>Area</td></tr><tr><td>Group</td><td>Area</td></tr></table>",
            id="first-row-repeated-below",
        ),
        pytest.param(
            "<table><tr><td>Islamic State</td><td>Syria</td></tr>"
            "<tr><td>al-Qaeda</td><td>Yemen</td></tr></table>",
            id="no-header-row-a-name-with-a-label-word",
        ),
        pytest.param(
            "<table><tr><th>Group</th></tr><tr><td>JNIM</td></tr><tr><td>ISSP</td></tr></table>",
            id="one-column",
        ),
        pytest.param("<table><tr><th>Group</th><th>Area</th></tr></table>", id="header-only"),
        pytest.param(
            "<table><tr><th>Share</th><th>Follow</th></tr>"
            '<tr><td><a href="/f">Facebook</a></td><td><a href="/x">X</a></td></tr>'
            '<tr><td><a href="/m">Email</a></td><td><a href="/r">RSS</a></td></tr></table>',
            id="links-only",
        ),
        pytest.param(
            "<table><tr><th>Region</th><th>Summary</th></tr><tr><td>Sahel</td><td>"
            + "Fighting spread across the border region as armed groups moved south and attacked villages. "
            * 8
            + "</td></tr></table>",
            id="cells-of-paragraphs",
        ),
        pytest.param(
            '<table><tr><th>Search</th><th>Go</th></tr><tr><td><input name="q"></td><td>Find</td></tr>'
            "</table>",
            id="form-controls",
        ),
        pytest.param(GROUPS.replace("<table>", '<table role="presentation">'), id="declared-layout"),
    ],
)
def test_layout_and_furniture_tables_stay_out(tmp_path: Path, table: str) -> None:
    document = read_page(tmp_path, table)
    assert "|" not in document.text
    assert "Gunmen attacked a police post" in document.text and "curfew declared" in document.text


@pytest.mark.parametrize("wrapper", ["nav", "footer", "aside"])
def test_a_table_in_page_furniture_stays_out(tmp_path: Path, wrapper: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><body><article><h1>Report</h1>{BEFORE}{AFTER}</article>"
        f"<{wrapper}>{GROUPS}</{wrapper}></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(path)
    assert "|" not in document.text and "Katiba Macina" not in document.text


@pytest.mark.parametrize("attrs", ['class="share-tools"', 'class="related-articles"', 'style="display:none"'])
def test_a_table_marked_as_furniture_or_hidden_stays_out(tmp_path: Path, attrs: str) -> None:
    document = read_page(tmp_path, GROUPS.replace("<table>", f"<table {attrs}>"))
    assert "|" not in document.text and "Katiba Macina" not in document.text
    # near miss: a table with a class of its own comes through
    assert "| Katiba Macina |" in read_page(tmp_path, GROUPS.replace("<table>", '<table class="data">')).text


def test_an_encyclopedia_pages_data_table_comes_through_but_not_its_infobox_or_navbox() -> None:
    (document,) = read_file(DATA / "encyclopedia_page.html")
    assert table_lines(document) == [
        "| Date | Location | Deaths | Notes |",
        "|---|---|---|---|",
        "| 2 March 2018 | Ouagadougou | 16 | Attack on the French embassy and army headquarters. |",
        "| 29 June 2018 | Sévaré | 6 | Suicide bombing of the G5 Sahel headquarters. |",
    ]
    # an infobox or navbox has a title across it, not a row naming its columns
    for furniture in ("Iyad Ag Ghaly", "Allegiance", "Jihadist groups in Africa", "ISWAP"):
        assert furniture not in document.text
    paragraphs = document.text.split("\n\n")
    assert paragraphs.index("Attacks") + 1 == paragraphs.index("\n".join(table_lines(document)))


def test_the_table_stands_where_it_stood_with_its_caption_before_it(tmp_path: Path) -> None:
    table = GROUPS.replace("<table>", "<table><caption>Main  groups\n in Mali</caption>")
    paragraphs = read_page(tmp_path, table).text.split("\n\n")
    assert paragraphs[1].startswith("Gunmen attacked a police post")
    assert paragraphs[2] == "Main groups in Mali"
    assert paragraphs[3] == GROUP_ROWS
    assert paragraphs[4].startswith("The ministry said reinforcements")


def test_a_table_in_a_figure_comes_through_with_its_figcaption(tmp_path: Path) -> None:
    # trafilatura drops figures, and content systems put their tables in one
    figure = (
        f'<figure class="wp-block-table"><div>{GROUPS}</div><figcaption>Main groups</figcaption></figure>'
    )
    paragraphs = read_page(tmp_path, figure).text.split("\n\n")
    assert paragraphs[2:4] == ["Main groups", GROUP_ROWS]
    # near miss: a figure holding a picture as well is not the table's alone
    figure = f'<figure><img src="/map.png">{GROUPS}<figcaption>Map and groups</figcaption></figure>'
    assert "Katiba Macina" not in read_page(tmp_path, figure).text


def test_a_table_inside_a_block_of_text_keeps_the_text_after_it(tmp_path: Path) -> None:
    # (trafilatura itself drops the loose text before a block inside a div, table or not)
    document = read_page(tmp_path, f"<div>The centre lists the groups. {GROUPS} Both answer to JNIM.</div>")
    assert f"\n\n{GROUP_ROWS}\n\nBoth answer to JNIM.\n\nThe ministry said" in document.text


def test_a_marker_met_inside_a_line_splits_the_line_around_the_table() -> None:
    tables = {
        "m0q": ["Caption", "| a | b |\n|---|---|\n| 1 | 2 |"],
        "m1q": ["| c | d |\n|---|---|\n| 3 | 4 |"],
    }
    assert _tables_put_back(["Before. m0q After.", "m1q", "m0q again"], tables) == [
        "Before.",
        *tables["m0q"],
        "After.",
        *tables["m1q"],
        "again",  # a table met twice is given once
    ]


# ------------------------------------------------------------------ what a cell holds


def test_cell_text_is_normalised_and_unescaped_once(tmp_path: Path) -> None:
    document = read_page(
        tmp_path,
        "<table><tr><th>Group</th><th>Area\n  of   operation</th></tr>"
        "<tr><td>  Ansar&nbsp;Dine </td><td>S&eacute;gou &amp;amp; Mopti</td></tr>"
        "<tr><td>AT&amp;T &lt;b&gt;</td><td>Gao</td></tr></table>",
    )
    assert table_lines(document) == [
        "| Group | Area of operation |",
        "|---|---|",
        "| Ansar Dine | Ségou &amp; Mopti |",  # "&amp;amp;" is "&amp;" written once; not decoded twice
        "| AT&T <b> | Gao |",
    ]


def test_a_bar_inside_a_cell_does_not_split_it(tmp_path: Path) -> None:
    document = read_page(
        tmp_path,
        "<table><tr><th>Group</th><th>Area</th></tr>"
        "<tr><td>JNIM | Katiba Macina</td><td>Mopti</td></tr></table>",
    )
    assert table_lines(document)[2] == "| JNIM / Katiba Macina | Mopti |"


def test_line_breaks_and_blocks_in_a_cell_become_a_list(tmp_path: Path) -> None:
    document = read_page(
        tmp_path,
        "<table><tr><th>Group</th><th>Area</th></tr>"
        "<tr><td><p>ISSP</p></td><td>Menaka<br>Tillaberi<br/>Gao</td></tr>"
        "<tr><td>JNIM<!-- a note --><script>var x = 1;</script></td>"
        "<td><ul><li>Mopti,</li><li>Segou</li></ul></td></tr>"
        "</table>",
    )
    assert table_lines(document)[2:] == ["| ISSP | Menaka, Tillaberi, Gao |", "| JNIM | Mopti, Segou |"]


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        pytest.param(
            "<table><tr><th>Group</th><th>Area</th><th>Parent</th></tr>"
            '<tr><td>Katiba Macina</td><td>Mopti</td><td rowspan="2">JNIM</td></tr>'
            "<tr><td>Ansarul Islam</td><td>Soum</td></tr></table>",
            ["| Katiba Macina | Mopti | JNIM |", "| Ansarul Islam | Soum | JNIM |"],
            id="rowspan-holds-for-each-row",
        ),
        pytest.param(
            "<table><tr><th>Group</th><th>Area</th><th>Parent</th></tr>"
            '<tr><td colspan="2">Katiba Macina</td><td>JNIM</td></tr>'
            '<tr><td>Ansarul Islam</td><td colspan="abc">Soum</td><td rowspan="0">JNIM</td></tr></table>',
            ["| Katiba Macina |  | JNIM |", "| Ansarul Islam | Soum | JNIM |"],
            id="colspan-fills-the-first-column",
        ),
        pytest.param(
            "<table><tr><th>Group</th><th></th><th>Area</th></tr>"
            "<tr><td>Katiba Macina</td><td></td><td></td></tr>"
            "<tr><td></td><td></td><td></td></tr>"
            "<tr><td>Ansarul Islam</td><td></td><td>Soum</td></tr></table>",
            ["| Katiba Macina |  |", "| Ansarul Islam | Soum |"],
            id="empty-cells-rows-and-columns",
        ),
        pytest.param(
            "<table><tr><th>Group</th><th>Area</th></tr>"
            '<tr><td colspan="100000" rowspan="100000">JNIM</td></tr>'
            "<tr><td>ISSP</td><td>Gao</td></tr></table>",
            # the spanned columns stay empty, and the next row's cells start after them
            ["| JNIM |  |  |  |", "| JNIM |  | ISSP | Gao |"],
            id="huge-spans-are-capped",
        ),
    ],
)
def test_spans_and_empty_cells_keep_the_columns(tmp_path: Path, table: str, rows: list[str]) -> None:
    assert table_lines(read_page(tmp_path, table))[2:] == rows


def test_nested_tables_do_not_crash_or_leave_stray_rows(tmp_path: Path) -> None:
    nested = f"<table><tr><td>{GROUPS}</td><td><table><tr><td>x</td></tr></table></td></tr></table>"
    document = read_page(tmp_path, nested)
    assert "Gunmen attacked a police post" in document.text
    # the inner table whole, or (as now: trafilatura drops a wrapping table with all it holds) not at all
    assert table_lines(document) in ([], GROUP_ROWS.split("\n"))
    assert "| x |" not in document.text


def test_a_table_in_an_old_page_laid_out_in_tables_comes_through_in_place() -> None:
    (document,) = read_file(DATA / "old_layout.html")
    paragraphs = document.text.split("\n\n")
    assert paragraphs[1].startswith("MAIDUGURI, 12 June 2024")
    assert paragraphs[2] == (
        "| Group | Stronghold | Affiliation |\n|---|---|---|\n"
        "| ISWAP | Lake Chad | Islamic State |\n| Boko Haram | Sambisa Forest |  |"
    )
    assert paragraphs[3].startswith("Both factions tax fishing")
    assert "Home" not in document.text and "Archive" not in document.text


def test_a_page_without_data_tables_reads_as_before() -> None:
    (document,) = read_file(Path(__file__).parent / "data" / "ingest" / "article.html")
    assert "|" not in document.text


# ------------------------------------------------------------------ end to end


def extract(extractor: SpacyRuleExtractor, path: Path) -> Extraction:
    (document,) = read_file(path)
    return extractor.extract(document)


def test_the_html_table_reaches_the_extractor_as_the_markdown_one_does(extractor: SpacyRuleExtractor) -> None:
    html, markdown = read_file(GROUPS_HTML)[0], read_file(GROUPS_MD)[0]
    rows = "\n".join(table_lines(html))
    assert rows and rows in markdown.text
    read = facts(extractor.extract(html))
    assert read == facts(extractor.extract(markdown))
    assert {
        ("Katiba Macina", "operatesIn", "Mopti"),
        ("Ansarul Islam", "operatesIn", "Soum"),
        ("Islamic State Sahel Province", "operatesIn", "Tillabéri"),
        ("Islamic State Sahel Province", "affiliateOf", "Islamic State"),
    } <= read
    assert ("Ansarul Islam", "affiliateOf", "Jama'at Nusrat al-Islam wal-Muslimin") in read


def test_the_old_layout_pages_table_says_where_the_factions_are(extractor: SpacyRuleExtractor) -> None:
    read = facts(extract(extractor, DATA / "old_layout.html"))
    assert ("Boko Haram", "operatesIn", "Sambisa Forest") in read
    assert ("Islamic State West Africa Province", "affiliateOf", "Islamic State") in read
    # the empty affiliation cell says nothing
    assert not any(s == "Boko Haram" and p == "affiliateOf" for s, p, _ in read)


def relation_triples(graph: Graph) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every relation in a built graph."""
    found = set()
    for name in RELATIONS:
        for s, o in graph.subject_objects(EKG[name]):
            found.add((str(graph.value(s, RDFS.label)), name, str(graph.value(o, RDFS.label))))
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Graph]:
    graphs = {}
    for path in (GROUPS_HTML, GROUPS_MD):
        out = tmp_path_factory.mktemp(path.suffix.lstrip("."))
        report = build([path], out, workers=1, html=False)
        assert report.ok, report.skipped
        graphs[path.suffix] = Graph().parse(out / "graph.ttl", format="turtle")
    return graphs


def test_a_build_of_the_html_report_reads_the_relations_of_the_markdown_one(built: dict[str, Graph]) -> None:
    html = relation_triples(built[".html"])
    assert ("Katiba Macina", "operatesIn", "Ségou") in html
    assert html == relation_triples(built[".md"])


def test_evidence_offsets_point_at_the_table_in_the_html_documents_text(built: dict[str, Graph]) -> None:
    (document,) = read_file(GROUPS_HTML)
    graph = built[".html"]
    rows = graph.query(
        """SELECT DISTINCT ?start ?end ?text WHERE {
             ?ev a ekg:Evidence ; ekg:startOffset ?start ; ekg:endOffset ?end ; ekg:sentenceText ?text }""",
        initNs=PREFIXES,
    )
    spans = [(int(start), int(end), str(text)) for start, end, text in rows]
    assert len(spans) >= 5
    for start, end, sentence in spans:
        assert 0 <= start < end <= len(document.text)
        span = document.text[start:end]
        assert span.strip() and span.strip() in sentence, (start, end, span, sentence)
    # the table's fact points into its row: from the group's cell to the place's
    (start, end) = next(
        (int(start), int(end))
        for start, end in graph.query(
            """SELECT ?start ?end WHERE {
                 ?st rdf:subject ?s ; rdf:predicate ekg:operatesIn ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
                 ?s rdfs:label "Katiba Macina" . ?o rdfs:label "Ségou" .
                 ?ev ekg:startOffset ?start ; ekg:endOffset ?end }""",
            initNs=PREFIXES,
        )
    )
    row = next(line for line in document.text.split("\n") if line.startswith("| Katiba Macina |"))
    assert document.text.index(row) <= start < end <= document.text.index(row) + len(row)
    assert "Ségou" in document.text[start:end]

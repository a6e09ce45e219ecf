"""Tests for kg.ingest: every input format, folder walks, and how bad input is reported."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import socket
import unicodedata
from pathlib import Path

import pytest

from kg import ingest
from kg.ingest import IngestError, SkippedFile, iter_documents, read_file
from kg.model import Document

DATA = Path(__file__).parent / "data" / "ingest"
# The bundled example corpus holds the user's sample and the boilerplate-laden page; read them from there.
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
JOLO = EXAMPLES / "005_abu_sayyaf_jolo.html"


def only(documents: list[Document]) -> Document:
    """The single document of a one-document file."""
    assert len(documents) == 1, documents
    return documents[0]


def write(path: Path, content: str | bytes) -> Path:
    """Write a test input, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def page(body: str, head: str = "") -> str:
    """A minimal HTML page around an article body."""
    return f"<html><head>{head}</head><body>{body}</body></html>"


ARTICLE = (
    "<article><h1>Gunmen attack police post</h1>"
    "<p>Gunmen attacked a police post in the north of the country on Monday, killing four officers "
    "and wounding six others, the interior ministry said in a statement.</p></article>"
)


# ------------------------------------------------------------------ .txt


def test_txt_reads_date_line_title_and_keeps_line_structure() -> None:
    document = only(read_file(DATA / "article.txt"))
    assert document.date == dt.date(2023, 11, 2)
    assert document.title == "Gunmen attack checkpoint in North Waziristan"
    assert document.text.startswith("Gunmen attack checkpoint in North Waziristan\n\nPESHAWAR")
    assert "the military said.\nTehrik-i-Taliban Pakistan (TTP)" in document.text
    assert "date" not in document.text.split("\n")[0]
    assert document.source == (DATA / "article.txt").as_posix()
    assert document.url is None


def test_dev_sample_txt_gives_its_date_line_date() -> None:
    document = only(read_file(EXAMPLES / "000_b1c26b82c9f26301.txt"))
    assert document.date == dt.date(2024, 4, 1)
    assert document.text.startswith("ISIS-K's deadly attack on a Moscow concert hall")
    # The first line is a whole paragraph, not a headline.
    assert document.title == "000_b1c26b82c9f26301"


@pytest.mark.parametrize("first_line", ["date: 2024-03-05", "  date 2024-03-05", "Date:2024-03-05"])
def test_txt_accepts_date_line_variants(tmp_path: Path, first_line: str) -> None:
    path = write(tmp_path / "a.txt", f"{first_line}\nBody text about the Houthis.\n")
    document = only(read_file(path))
    assert document.date == dt.date(2024, 3, 5)
    assert document.text == "Body text about the Houthis."


def test_txt_without_date_line_has_no_date(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Hezbollah fired rockets into northern Israel.\n")
    document = only(read_file(path))
    assert document.date is None
    assert document.text == "Hezbollah fired rockets into northern Israel."


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("NIAMEY, May 14, 2025 (Sahel Wire) — Militants attacked an army post.", dt.date(2025, 5, 14)),
        ("ADEN, Yemen, Oct. 3, 2025 (Gulf Wire Service) — AQAP claimed a raid.", dt.date(2025, 10, 3)),
        ("KABUL, Afghanistan, 4 June 2023 - Gunmen stormed a bank.", dt.date(2023, 6, 4)),
        ("WASHINGTON, D.C., Jan. 5, 2024 /PRNewswire/ -- The ministry said.", dt.date(2024, 1, 5)),
        ("Kabul, March 3, 2019: gunmen stormed a wedding hall.", dt.date(2019, 3, 3)),
        ("Published: 2025-08-22\n\nBandits raided a village.", dt.date(2025, 8, 22)),
        ("Updated on 4 June 2023 12:05 GMT\nGunmen stormed a bank.", dt.date(2023, 6, 4)),
        (
            "PRESS RELEASE\nNo PR-214/2025\nRawalpindi, 9 September 2025\n\nTerrorists attacked.",
            dt.date(2025, 9, 9),
        ),
        ("COURT REPORT — Düsseldorf, 27 November 2025\n\nThe attacker was jailed.", dt.date(2025, 11, 27)),
        ("By Jane Doe | March 3, 2024\nGunmen attacked a church.", dt.date(2024, 3, 3)),
        ("Tuesday, 16 February 2025\nA car bomb exploded in Ankara.", dt.date(2025, 2, 16)),
        # The dash that opens the story may end the dateline's line.
        ("HARGEISA, 14 May 2024 -\nGunmen attacked a checkpoint.", dt.date(2024, 5, 14)),
        ("MOPTI, Mali, March 6, 2025 (Sahel Wire) -\nGunmen attacked.", dt.date(2025, 3, 6)),
        # The agency after a slash, ending the line.
        ("N'Djamena, 8 April 2025 / Lake Wire\nGunmen attacked a base.", dt.date(2025, 4, 8)),
        # A masthead or byline of fields, the date one of them.
        ("October 8, 2025 | KANO\nGunmen attacked a market.", dt.date(2025, 10, 8)),
        ("Lake Region Courier | Bol | Wednesday, 19 March 2025\nGunmen attacked.", dt.date(2025, 3, 19)),
        (
            "Institute for Peace, Oslo | Brief No. 7 | 12 June 2025 | Authors: A. Berg\nText.",
            dt.date(2025, 6, 12),
        ),
        # A clock time between the label and the date.
        (
            "By A. Reporter\nPublished 5:42 PM EAT, September 12, 2024\n\nRebels attacked.",
            dt.date(2024, 9, 12),
        ),
        # A wire's dateline without its year: the weekday the story is filed on picks the year, the first
        # such year no earlier than the latest the text names.
        (
            "MOSUL, Oct 7 (Reuters) - Gunmen killed two guards, police said on Tuesday. The group was"
            " routed in 2017.",
            dt.date(2025, 10, 7),
        ),
        (
            "DHAKA, March 2 (AFP) - A bomb wounded four people on Saturday night, police said Sunday,"
            " in the worst attack since 2016.",
            dt.date(2025, 3, 2),
        ),
        (
            "LAGOS, June 14 (Reuters) - Gunmen killed 19 people, officials said on Friday. The group split in"
            " 2018.",
            dt.date(2019, 6, 14),
        ),
    ],
)
def test_txt_without_date_line_is_dated_from_its_dateline(tmp_path: Path, header: str, date: dt.date) -> None:
    document = only(read_file(write(tmp_path / "a.txt", header + "\n")))
    assert document.date == date
    assert document.text.startswith(header.split("\n")[0])  # the dateline stays in the text


@pytest.mark.parametrize(
    "text",
    [
        # A date inside the lede's sentence is the event's, not the document's.
        "On May 3, 2019, gunmen attacked a church in the town.",
        "The bombing, on March 3, 2019, killed 40 people in Kabul.",
        "Gunmen attacked a church in the town on 3 May 2019 and fled.",
        # A dateline with no full date, an impossible date, a date after the header lines.
        "KABUL (Reuters) - Gunmen stormed a bank on Tuesday.",
        "NIAMEY, May 34, 2025 (Sahel Wire) — Militants attacked.",
        "Headline\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nNIAMEY, May 14, 2025 — Six.",
        # A field that holds more than the date is not a masthead's date.
        "Report | attacks since March 3, 2019 | Sahel\nGunmen attacked a church.",
    ],
)
def test_txt_dates_only_from_a_header(tmp_path: Path, text: str) -> None:
    assert only(read_file(write(tmp_path / "a.txt", text + "\n"))).date is None


@pytest.mark.parametrize(
    "header",
    [
        # no weekday to fix the year
        "MOSUL, Oct 7 (Reuters) - Gunmen killed two guards, police said. The group was routed in 2017.",
        # a month and day that are no dateline: no dash after them
        "MOSUL, Oct 7 was the day gunmen killed two guards, police said on Tuesday, as in 2017.",
        # a weekday the calendar never gives that day after the latest year named
        "MOSUL, Feb 30 (Reuters) - Gunmen killed two guards, police said on Tuesday in 2017.",
    ],
)
def test_a_yearless_dateline_without_a_fitting_weekday_gives_no_date(tmp_path: Path, header: str) -> None:
    assert only(read_file(write(tmp_path / "a.txt", header + "\n"))).date is None


def test_txt_date_line_wins_over_the_dateline(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.txt", " date 2025-05-15\nNIAMEY, May 14, 2025 (Sahel Wire) — Militants attacked.\n"
    )
    assert only(read_file(path)).date == dt.date(2025, 5, 15)


def test_markdown_without_front_matter_date_is_dated_from_its_byline(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", "---\ntitle: Brief\n---\n# Brief\n\n*Published: 4 March 2025*\n\nText.\n")
    assert only(read_file(path)).date == dt.date(2025, 3, 4)
    path = write(tmp_path / "b.md", "# Brief\n\nPublished: 4 March 2025\n\nText about ISWAP.\n")
    assert only(read_file(path)).date == dt.date(2025, 3, 4)


def test_html_without_a_date_in_its_markup_is_dated_from_its_dateline(tmp_path: Path) -> None:
    body = "<p>MAIDUGURI, 12 June 2024 &mdash; Two factions still compete for the islands of Lake Chad.</p>"
    page = f"<html><head><title>Lake Chad</title></head><body><article>{body}<p>More text.</p></article></body></html>"
    assert only(read_file(write(tmp_path / "a.html", page))).date == dt.date(2024, 6, 12)
    # The page's own date wins over the dateline's.
    dated = page.replace("<head>", '<head><meta property="article:published_time" content="2024-06-13">')
    assert only(read_file(write(tmp_path / "b.html", dated))).date == dt.date(2024, 6, 13)


def test_txt_title_is_the_stem_when_first_line_is_a_sentence(tmp_path: Path) -> None:
    path = write(tmp_path / "report_17.txt", "Hezbollah fired rockets into northern Israel.\n\nMore text\n")
    assert only(read_file(path)).title == "report_17"
    long_line = "Hamas " + "and Islamic Jihad " * 20
    path = write(tmp_path / "long.txt", f"{long_line}\n")
    assert only(read_file(path)).title == "long"


def test_txt_with_an_impossible_date_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", " date 2024-02-30\nText.\n")
    with pytest.raises(SkippedFile, match="invalid date"):
        read_file(path)


# ------------------------------------------------------------------ .md


def test_markdown_front_matter_gives_title_date_and_url() -> None:
    document = only(read_file(DATA / "briefing.md"))
    assert document.title == "Briefing: JNIM expands south"
    assert document.date == dt.date(2024, 2, 20)
    assert document.url == "https://monitor.example.org/briefings/jnim-south"
    assert document.source == (DATA / "briefing.md").as_posix()
    assert "---" not in document.text and "Sahel Monitor" not in document.text
    assert document.text.startswith("Briefing: JNIM expands south\n\nJama'at Nusrat al-Islam")


def test_markdown_is_read_as_the_text_a_reader_sees(tmp_path: Path) -> None:
    # Marks inside a name ("**Rovuma River**") or around a quote ("> ...") once reached the
    # extractor and cut names and sentences apart.
    path = write(
        tmp_path / "a.md",
        "# Weekly *brief*\n\n"
        "## 1. Tillaberi\n\n"
        "- **Islamic State Sahel Province (ISSP)** raided [Tera](https://example.org/tera) on\n"
        "  *Sunday*, killing `four` soldiers.\n"
        "- Second item.\n\n"
        '> "It is a seam nobody owns," said Dr. Ana Lopes, a researcher at the Institute.\n\n'
        "| Date | Place | Group |\n|---|---|---|\n| 2025-03-05 | Tera | ISSP |\n",
    )
    assert only(read_file(path)).text == (
        "Weekly brief\n\n"
        "1. Tillaberi\n\n"
        "Islamic State Sahel Province (ISSP) raided Tera on Sunday, killing four soldiers.\n\n"
        "Second item.\n\n"
        '"It is a seam nobody owns," said Dr. Ana Lopes, a researcher at the Institute.\n\n'
        "| Date | Place | Group |\n|---|---|---|\n| 2025-03-05 | Tera | ISSP |"
    )


def test_markdown_html_blocks_give_their_text_and_code_stays(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md", "<div class='note'><b>ISWAP</b> claimed it.</div>\n\n```\nraw | text\n```\n"
    )
    assert only(read_file(path)).text == "ISWAP claimed it.\n\nraw | text"


@pytest.mark.parametrize(
    "date_field",
    ["date: '2024-03-05'", "date: 2024-03-05T22:10:00Z", 'date: "2024-03-05T22:10:00-05:00"'],
)
def test_markdown_date_may_be_a_date_a_datetime_or_a_string(tmp_path: Path, date_field: str) -> None:
    path = write(tmp_path / "a.md", f"---\n{date_field}\n---\nText about ISWAP.\n")
    assert only(read_file(path)).date == dt.date(2024, 3, 5)


def test_markdown_without_front_matter_takes_title_from_heading(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", "# Lashkar-e-Taiba in Kashmir\n\nText.\n")
    document = only(read_file(path))
    assert document.title == "Lashkar-e-Taiba in Kashmir"
    assert document.date is None


def test_markdown_with_broken_front_matter_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", "---\ntitle: [unclosed\n---\nText.\n")
    with pytest.raises(SkippedFile, match="front matter"):
        read_file(path)


def test_markdown_source_url_becomes_the_url(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", "---\nsource: https://example.org/story\n---\nText.\n")
    assert only(read_file(path)).url == "https://example.org/story"


# ------------------------------------------------------------------ .html


JOLO_ARTICLE_PHRASES = [
    "MANILA — Interior Secretary Eduardo Año said on Friday",
    "members of the Abu Sayyaf Group (ASG)",
    "the Ajang-Ajang, a faction of the ASG",
    "grenade attack on a mosque in Zamboanga City",
    "the Islamic State’s leader in the Philippines",
    "The MILF condemned the bombing.",
]

JOLO_FURNITURE_PHRASES = [
    "Lifestyle",  # nav
    "Search the Dispatch",  # search form
    "Subscribe",
    "Peso steadies",  # ticker
    "Soldiers stand guard",  # caption
    "Advertisement",
    "Share this story",
    "Tags:",
    "Related stories",
    "Maute group",  # related stories
    "New People",
    "Jemaah Islamiyah",
    "Lanao del Sur",
    "Most read",
    "Lunar New Year",
    "All rights reserved",  # footer
    "Privacy policy",
    "February 2, 2019 9:40 AM",  # byline
]


def test_html_keeps_the_article_and_drops_the_page_furniture() -> None:
    document = only(read_file(JOLO))
    for phrase in JOLO_ARTICLE_PHRASES:
        assert phrase in document.text, phrase
    for phrase in JOLO_FURNITURE_PHRASES:
        assert phrase not in document.text, phrase


def test_html_puts_headline_first_and_separates_paragraphs_with_blank_lines() -> None:
    document = only(read_file(JOLO))
    paragraphs = document.text.split("\n\n")
    assert paragraphs[0] == "Indonesian couple behind Jolo cathedral bombing, Año says"
    assert paragraphs[1].startswith("MANILA — Interior Secretary")
    assert paragraphs[-1].endswith("The MILF condemned the bombing.")
    assert len(paragraphs) == 10  # headline + nine paragraphs of the story body
    assert all(paragraph.strip() == paragraph and "\n" not in paragraph for paragraph in paragraphs)


def test_html_metadata_comes_from_the_page() -> None:
    document = only(read_file(JOLO))
    assert document.title == "Indonesian couple behind Jolo cathedral bombing, Año says"
    assert document.date == dt.date(2019, 2, 2)
    assert document.url == (
        "https://southerndispatch.example/nation/2019/02/02/jolo-cathedral-bombers-indonesian-couple"
    )
    assert document.source == JOLO.as_posix()
    assert "&" not in document.text  # &mdash;, &rsquo;, &ldquo; were decoded


def test_html_headline_outside_the_article_leads_the_text() -> None:
    document = only(read_file(DATA / "article.html"))
    assert document.text.split("\n\n")[0] == "Al-Shabaab claims Mogadishu hotel siege"
    assert document.text.count("Al-Shabaab claims Mogadishu hotel siege") == 1
    assert "Somalia’s federal government" in document.text
    for furniture in ("cookies", "Kenya\n", "Hizbul Islam", "Bakool", "All rights reserved", "Privacy"):
        assert furniture not in document.text
    assert document.date == dt.date(2022, 8, 21)  # from <time datetime>


@pytest.mark.parametrize(
    ("head", "body_extra", "expected"),
    [
        pytest.param(
            '<meta property="article:published_time" content="2021-01-05T23:30:00-05:00">',
            '<time datetime="2021-02-06">6 February</time>',
            dt.date(2021, 1, 5),
            id="meta-beats-time",
        ),
        pytest.param(
            '<script type="application/ld+json">{"@graph": [{"datePublished": "2021-03-07"}]}</script>',
            '<time datetime="2021-02-06T10:00:00Z">6 February</time>',
            dt.date(2021, 2, 6),
            id="time-beats-json-ld",
        ),
        pytest.param(
            '<script type="application/ld+json">{"datePublished": "2021-03-07"}</script>',
            "",
            dt.date(2021, 3, 7),
            id="json-ld",
        ),
        pytest.param('<meta name="date" content="2021-04-08">', "", dt.date(2021, 4, 8), id="htmldate"),
    ],
)
def test_html_date_sources_in_priority_order(
    tmp_path: Path, head: str, body_extra: str, expected: dt.date
) -> None:
    path = write(tmp_path / "a.html", page(body_extra + ARTICLE, head))
    assert only(read_file(path)).date == expected


def test_html_date_is_never_guessed_from_a_url(tmp_path: Path) -> None:
    head = (
        '<link rel="canonical" href="https://news.example/2020/05/06/story">'
        '<meta property="og:url" content="https://news.example/2020/05/06/story">'
    )
    body = '<img src="/media/2020/05/07/photo.jpg">' + ARTICLE
    document = only(read_file(write(tmp_path / "a.html", page(body, head))))
    assert document.date is None
    assert document.url == "https://news.example/2020/05/06/story"


def test_html_unescapes_entities_but_text_files_do_not(tmp_path: Path) -> None:
    body = (
        "<article><h1>Siege &amp;amp; aftermath</h1><p>The group&amp;rsquo;s fighters seized the town "
        "of Palma after a three-day siege, officials said on Monday.</p></article>"
    )
    html_document = only(read_file(write(tmp_path / "a.html", page(body))))
    assert "The group’s fighters" in html_document.text
    assert html_document.title == "Siege & aftermath"
    txt_document = only(read_file(write(tmp_path / "a.txt", "AT&amp;T and R&D &rsquo;\n")))
    assert txt_document.text == "AT&amp;T and R&D &rsquo;"


def test_html_laid_out_in_tables_still_gives_its_paragraphs(tmp_path: Path) -> None:
    body = (
        '<table><tr><td><a href="/">Home</a></td></tr><tr><td><h1>Convoy attacked in Borno</h1>'
        "<p>Gunmen believed to belong to Boko Haram attacked a military convoy near Maiduguri on "
        "Tuesday, killing at least twelve soldiers, officials said on Wednesday.</p>"
        "<p>No group has claimed responsibility for the attack, the army said.</p></td></tr></table>"
    )
    document = only(read_file(write(tmp_path / "a.html", page(body, "<title>Old site</title>"))))
    paragraphs = document.text.split("\n\n")
    assert paragraphs[1].startswith("Gunmen believed to belong to Boko Haram")
    assert paragraphs[2] == "No group has claimed responsibility for the attack, the army said."
    assert "|" not in document.text and "Home" not in document.text


def test_html_page_without_article_text_is_an_error(tmp_path: Path) -> None:
    body = '<nav><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></nav>'
    path = write(tmp_path / "index.html", page(body, "<title>Index</title>"))
    with pytest.raises(SkippedFile, match="no article text") as raised:
        read_file(path)
    assert raised.value.error.path == path.as_posix()


def test_html_never_touches_the_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ingest opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    # htmldate downloads any string that looks like a URL; this file is just one.
    url_only = write(tmp_path / "link.html", "https://news.example/2020/01/02/story")
    errors: list[IngestError] = []
    documents = list(iter_documents([JOLO, url_only], errors))
    assert [document.source for document in documents] == [JOLO.as_posix()]
    assert [error.path for error in errors] == [url_only.as_posix()]


# ------------------------------------------------------------------ .jsonl and .json


def test_jsonl_gives_one_document_per_line() -> None:
    path = DATA / "wire.jsonl"
    first, second = read_file(path)
    assert first.source == f"{path.as_posix()}#ng-01"
    assert first.title == "Boko Haram leader Shekau reported dead"
    assert first.date == dt.date(2021, 5, 20)
    assert first.url == "https://wire.example.net/ng/01"
    assert first.text.startswith("MAIDUGURI, May 20 — Boko Haram leader")
    # No id: the line number (blank lines count) names the record.
    assert second.source == f"{path.as_posix()}#3"
    assert second.date == dt.date(2021, 6, 7)
    assert second.url is None


def test_jsonl_bad_line_is_an_error_and_other_lines_are_kept(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "ISIS-K claimed the Kabul airport bombing."}),
        '{"id": "b", "text": "truncated',
        json.dumps({"id": "c", "title": "No text here"}),
        json.dumps({"id": "d", "text": "The Taliban denied it.", "date": "yesterday"}),
        json.dumps({"id": "e", "text": "The Taliban condemned the attack.", "date": "2021-08-27"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    errors: list[IngestError] = []
    documents = list(iter_documents([path], errors))
    assert [document.source.rpartition("#")[2] for document in documents] == ["a", "e"]
    shown = path.as_posix()
    assert [error.path for error in errors] == [f"{shown}:2", f"{shown}:3", f"{shown}:4"]
    assert "invalid JSON" in errors[0].message
    assert "'text'" in errors[1].message
    assert "invalid date" in errors[2].message


def test_read_file_raises_on_a_bad_record_unless_given_an_errors_list(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", '{"text": "good"}\nnot json\n')
    with pytest.raises(SkippedFile) as raised:
        read_file(path)
    assert raised.value.error.path == f"{path.as_posix()}:2"
    errors: list[IngestError] = []
    assert [document.text for document in read_file(path, errors)] == ["good"]
    assert len(errors) == 1


@pytest.mark.parametrize(
    ("name", "sources", "titles"),
    [
        ("single.json", ["single.json#s1"], ["Single record"]),
        ("records.json", ["records.json#a1", "records.json#2"], ["First record", "Second record"]),
        ("documents.json", ["documents.json#d1"], ["Wrapped record"]),
    ],
)
def test_json_reads_an_object_an_array_or_a_documents_wrapper(
    name: str, sources: list[str], titles: list[str]
) -> None:
    documents = read_file(DATA / name)
    assert [document.source for document in documents] == [f"{DATA.as_posix()}/{s}" for s in sources]
    assert [document.title for document in documents] == titles
    assert all(document.text for document in documents)


def test_json_single_object_without_id_has_the_bare_path_as_source(tmp_path: Path) -> None:
    path = write(tmp_path / "one.json", json.dumps({"text": "Text.", "date": "2020-02-02T10:00:00Z"}))
    document = only(read_file(path))
    assert document.source == path.as_posix()
    assert document.date == dt.date(2020, 2, 2)
    assert document.title == "one"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "invalid JSON"),
        ("[]", "no records"),
        ('"just a string"', "expected an object"),
        ('{"documents": {"text": "x"}}', "'documents' is not an array"),
        ("[" * 100_000 + "]" * 100_000, "invalid JSON"),
    ],
)
def test_malformed_json_is_an_error(tmp_path: Path, content: str, problem: str) -> None:
    with pytest.raises(SkippedFile, match=problem):
        read_file(write(tmp_path / "bad.json", content))


def test_json_records_without_text_are_an_error_when_named(tmp_path: Path) -> None:
    gold = write(tmp_path / "000_x.gold.json", json.dumps({"doc_id": "000_x", "entities": []}))
    other = write(tmp_path / "people.json", json.dumps([{"name": "a"}, {"name": "b"}]))
    errors: list[IngestError] = []
    assert list(iter_documents([gold, other], errors)) == []
    assert [error.path for error in errors] == [gold.as_posix(), other.as_posix()]
    assert all("'text'" in error.message for error in errors)


# ------------------------------------------------------------------ folders


def test_folder_walk_is_recursive_sorted_and_skips_what_is_not_a_document(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for name in ["b.txt", "a/z.md", "a/b/c.txt", "a.txt", "c.jsonl", "d.htm"]:
        if name.endswith(".jsonl"):
            write(corpus / name, json.dumps({"text": f"Document {name}."}) + "\n")
        elif name.endswith(".htm"):
            write(corpus / name, page(f"<article><p>Document {name}. {ARTICLE}</p></article>"))
        else:
            write(corpus / name, f"Document {name}.\n")
    for skipped in [
        ".hidden.txt",
        ".git/config.txt",
        "a/.cache/x.txt",
        "notes.pdf",
        "script.py",
        "a.gold.json",
        "README.md",
    ]:
        write(corpus / skipped, "Not a document.\n")

    errors: list[IngestError] = []
    sources = [document.source for document in iter_documents([corpus], errors)]
    root = corpus.as_posix()
    assert sources == [
        f"{root}/a/b/c.txt",
        f"{root}/a/z.md",
        f"{root}/a.txt",
        f"{root}/b.txt",
        f"{root}/c.jsonl#1",
        f"{root}/d.htm",
    ]
    assert errors == []


def test_walk_order_is_the_same_on_every_run(tmp_path: Path) -> None:
    for index in [5, 3, 9, 1]:
        write(tmp_path / f"doc{index}.txt", f"Text number {index}.\n")
    runs = [[document.id for document in iter_documents([tmp_path])] for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
    assert [document.source[-8:] for document in iter_documents([tmp_path])] == [
        "doc1.txt",
        "doc3.txt",
        "doc5.txt",
        "doc9.txt",
    ]


def test_named_hidden_file_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / ".draft.txt", "Text.\n")
    assert [document.text for document in iter_documents([path])] == ["Text."]


def test_each_bad_file_is_one_error_and_good_files_still_come_through(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "1_good.txt", "Al-Nusra Front was renamed Jabhat Fateh al-Sham.\n")
    write(folder / "2_empty.txt", "")
    write(folder / "3_bad.json", "{oops")
    write(folder / "4_binary.txt", bytes(range(256)))
    write(folder / "5_nav.html", page('<nav><a href="/a">World</a> <a href="/b">Sport</a></nav>'))
    write(folder / "6_good.md", "---\ntitle: Good\n---\nHTS controls Idlib.\n")
    errors: list[IngestError] = []
    documents = list(iter_documents([folder], errors))
    assert [document.title for document in documents] == ["1_good", "Good"]
    assert [Path(error.path).name for error in errors] == [
        "2_empty.txt",
        "3_bad.json",
        "4_binary.txt",
        "5_nav.html",
    ]
    for error in errors:
        line = str(error)
        assert line.startswith(f"{error.path}: ") and "\n" not in line


def test_missing_path_and_named_unsupported_file_are_errors(tmp_path: Path) -> None:
    pdf = write(tmp_path / "report.pdf", b"%PDF-1.4")
    missing = tmp_path / "nowhere.txt"
    good = write(tmp_path / "good.txt", "Text.\n")
    errors: list[IngestError] = []
    documents = list(iter_documents([pdf, missing, str(good)], errors))
    assert [document.source for document in documents] == [good.as_posix()]
    assert str(errors[0]) == f"{pdf.as_posix()}: unsupported file type '.pdf'; supported: " + ", ".join(
        sorted(ingest.SUPPORTED_SUFFIXES)
    )
    assert str(errors[1]) == f"{missing.as_posix()}: no such file or directory"


def test_without_an_errors_list_the_first_problem_raises(tmp_path: Path) -> None:
    with pytest.raises(SkippedFile) as raised:
        list(iter_documents([tmp_path / "nowhere.md"]))
    assert raised.value.error == IngestError(
        (tmp_path / "nowhere.md").as_posix(), "no such file or directory"
    )


# ------------------------------------------------------------------ bytes, text, ids


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".jsonl", ".json"])
def test_empty_file_is_an_error(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path / f"empty{suffix}", "  \n\n")
    with pytest.raises(SkippedFile, match="empty file"):
        read_file(path)


def test_date_line_alone_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SkippedFile, match="no text"):
        read_file(write(tmp_path / "a.txt", " date 2024-01-01\n\n"))


def test_cp1252_file_is_decoded_when_it_is_not_utf8(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Café attack “claimed” by AQIM\r\n".encode("cp1252"))
    assert only(read_file(path)).text == "Café attack “claimed” by AQIM"


def test_undecodable_file_is_an_error_naming_the_file(tmp_path: Path) -> None:
    # 0x81 and 0x8d are undefined in cp1252, and the bytes are not UTF-8.
    path = write(tmp_path / "a.txt", b"Text \x81\x8d more \xff")
    errors: list[IngestError] = []
    assert list(iter_documents([path], errors)) == []
    assert len(errors) == 1 and errors[0].path == path.as_posix()
    assert "not UTF-8" in errors[0].message


def test_bom_crlf_and_decomposed_unicode_are_normalised(tmp_path: Path) -> None:
    composed = "Année: the Café bombing\n\nSecond line"
    decomposed = unicodedata.normalize("NFD", composed).replace("\n", "\r\n")
    plain = only(read_file(write(tmp_path / "plain.txt", composed)))
    odd = only(read_file(write(tmp_path / "odd.txt", b"\xef\xbb\xbf" + decomposed.encode("utf-8"))))
    assert odd.text == plain.text == composed
    assert odd.id == plain.id


def test_html_charset_declaration_is_honoured(tmp_path: Path) -> None:
    body = "<article><h1>Хамас</h1><p>" + "Боевики атаковали блокпост на севере страны, сообщили власти. " * 3
    raw = page(body + "</p></article>", '<meta charset="windows-1251">').encode("cp1251")
    document = only(read_file(write(tmp_path / "a.html", raw)))
    assert document.title == "Хамас"
    assert "Боевики атаковали блокпост" in document.text


def test_id_is_the_content_hash_so_one_article_in_two_files_is_one_document(tmp_path: Path) -> None:
    text = "Jaish-e-Mohammed claimed the Pulwama bombing."
    txt = write(tmp_path / "a.txt", text + "\n")
    jsonl = write(tmp_path / "b.jsonl", json.dumps({"id": "x", "text": text}) + "\n")
    first, second = only(read_file(txt)), only(read_file(jsonl))
    assert first.id == second.id == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    assert only(read_file(txt)).id == first.id  # stable from run to run
    assert [document.source for document in iter_documents([txt, jsonl])] == [txt.as_posix()]
    assert only(read_file(write(tmp_path / "c.txt", text + " Again.\n"))).id != first.id


def test_file_over_the_size_cap_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(ingest.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(SkippedFile, match="file too large"):
        read_file(path)


def test_ingest_error_prints_as_one_line() -> None:
    error = IngestError("in/a.md", "invalid YAML front matter: while parsing\n  in line 2")
    assert str(error) == "in/a.md: invalid YAML front matter: while parsing in line 2"


def test_public_surface() -> None:
    assert set(ingest.__all__) == {
        "MAX_FILE_BYTES",
        "SUPPORTED_SUFFIXES",
        "IngestError",
        "SkippedFile",
        "iter_documents",
        "read_file",
    }
    assert frozenset({".txt", ".md", ".html", ".htm", ".jsonl", ".json"}) == ingest.SUPPORTED_SUFFIXES


def test_jsonl_reads_the_field_names_common_feeds_use(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "w1",
                "headline": "Gunmen raid a police post",
                "body": "Gunmen raided a police post at Fino late on Monday.",
                "dateline": "MANDERA, Kenya",
                "publishedAt": "2025-10-14T08:00:00+03:00",
                "link": "https://wire.example.org/w1",
            }
        ),
        json.dumps(
            {
                "content": "MANDERA, Kenya — Police said the attackers crossed from Somalia.",
                "dateline": "Mandera, Kenya",
                "pubDate": "Wed, 15 Oct 2025 23:30:00 -0500",
            }
        ),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    first, second = read_file(path)
    assert first.title == "Gunmen raid a police post"
    assert first.text.startswith("MANDERA, Kenya — Gunmen raided a police post at Fino")
    assert first.date == dt.date(2025, 10, 14)
    assert first.url == "https://wire.example.org/w1"
    # The dateline is not repeated where the text already opens with it; the date stays the publisher's.
    assert second.text.count("MANDERA") == 1
    assert second.date == dt.date(2025, 10, 15)


def test_jsonl_without_any_text_field_names_the_ones_it_looks_for(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.jsonl", json.dumps({"id": "x", "summary": "nothing"}) + "\n")
    with pytest.raises(SkippedFile, match="no record has a 'text' field \\(or 'body', 'content'\\)"):
        read_file(path)

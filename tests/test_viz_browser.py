"""The interactive page in real headless Chromium (Playwright), with every request off this machine blocked.

These tests need Debian's `chromium` (at /usr/bin/chromium) and Playwright from PyPI; `.ci/run` installs
both. Playwright never downloads a browser here: it drives the system one. Without them the tests skip.
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.analysis import centrality
from kg.viz import render_html

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    sync_playwright = None

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[1]
EX = "https://kg.example.org/id/"

pytestmark = pytest.mark.skipif(
    sync_playwright is None or not CHROMIUM.exists(), reason="needs Playwright and /usr/bin/chromium"
)

SCRIPT = "</script><script>window.__pwned = 'script'</script>"
IMG = "<img src=x onerror=\"window.__pwned = 'img'\">"
LINK = "<a href=\"javascript:window.__pwned = 'link'\">click</a>"


def _ev(sentence: str, title: str, date: str) -> dict[str, Any]:
    return {
        "sentence": sentence,
        "document_title": title,
        "source": f"news/{title.lower().replace(' ', '-')}.txt",
        "start": 0,
        "end": len(sentence),
        "date": date,
        "url": "https://news.example/1",
        "read_by": "spacy-rules-pair-model",
    }


def small_graph() -> nx.MultiDiGraph:
    """A few groups, places, a person and attacks, with dates, confidences and evidence."""
    g = nx.MultiDiGraph()

    def node(key: str, label: str, kind: str, **attrs: Any) -> str:
        attrs.setdefault("aliases", [])
        g.add_node(EX + key, label=label, type=kind, subtype=None, documents=1, **attrs)
        return EX + key

    isis = node(
        "isis",
        "Islamic State",
        "Group",
        aliases=["ISIS", "Daesh"],
        first_seen="2015-01-10",
        last_seen="2024-03-01",
    )
    aq = node("aq", "al-Qaeda", "Group", first_seen="2014-02-01", last_seen="2024-03-01")
    isk = node(
        "isk",
        "Islamic State Khorasan Province",
        "Group",
        aliases=["ISIS-K"],
        first_seen="2021-08-27",
        last_seen="2024-03-23",
    )
    mosul = node("mosul", "Mosul", "Location", first_seen="2016-07-04", last_seen="2016-07-04")
    kabul = node("kabul", "Kabul", "Location", first_seen="2021-08-27", last_seen="2021-08-27")
    moscow = node("moscow", "Moscow", "Location", first_seen="2024-03-23", last_seen="2024-03-23")
    adnani = node(
        "adnani", "Abu Muhammad al-Adnani", "Person", first_seen="2015-01-10", last_seen="2015-01-10"
    )
    un = node("un", "United Nations", "Organization")
    market = node("market", "Mosul market bombing", "Attack", date="2016-07-03", killed=42, wounded=None)
    gate = node("gate", "Abbey Gate bombing", "Attack", date="2021-08-26", killed=183, wounded=None)
    crocus = node("crocus", "Crocus City Hall attack", "Attack", date="2024-03-22", killed=145, wounded=551)

    def edge(a: str, b: str, relation: str, confidence: float, date: str, *quotes: str) -> None:
        evidence = [_ev(q, f"Report {i}", date) for i, q in enumerate(quotes, start=1)]
        g.add_edge(a, b, relation=relation, confidence=confidence, status="Asserted", evidence=evidence,
                   evidence_count=len(evidence), date=date)  # fmt: skip

    edge(isis, aq, "rivalOf", 0.8, "2015-01-10", "IS and al-Qaeda compete for recruits.")
    edge(
        isk,
        isis,
        "branchOf",
        0.95,
        "2021-08-27",
        "ISIS-K is the Islamic State's Khorasan branch.",
        "A second.",
    )
    edge(adnani, isis, "spokespersonOf", 0.9, "2015-01-10", "Adnani was the group's spokesman.")
    edge(isis, mosul, "operatesIn", 0.6, "2016-07-04", "IS held Mosul.")
    edge(market, isis, "claimedBy", 0.95, "2016-07-03", "IS claimed the Mosul market bombing.")
    edge(market, mosul, "location", 1.0, "2016-07-03", "The bomb went off in a Mosul market.")
    edge(gate, isk, "attributedTo", 0.7, "2021-08-26", "Officials blamed ISIS-K for the Abbey Gate bombing.")
    edge(gate, kabul, "location", 1.0, "2021-08-26", "The bombing at Kabul airport.")
    edge(crocus, isk, "claimedBy", 0.95, "2024-03-22", "ISIS-K claimed the Crocus attack.")
    edge(crocus, moscow, "location", 1.0, "2024-03-22", "Gunmen stormed a hall near Moscow.")
    edge(un, aq, "affiliatedWith", 0.4, "2014-02-01", "A UN panel reported on al-Qaeda.")
    return g


def hostile_graph() -> nx.MultiDiGraph:
    """Every piece of text a document could have written, written by an attacker."""
    g = small_graph()
    g.nodes[EX + "isis"]["label"] = IMG
    g.nodes[EX + "isis"]["aliases"] = [SCRIPT, LINK, "__proto__", "constructor"]
    g.nodes[EX + "aq"]["label"] = SCRIPT
    g.nodes[EX + "mosul"]["subtype"] = IMG
    for *_, attrs in g.edges(data=True):
        attrs["status"] = IMG
        for record in attrs["evidence"]:
            record.update(
                sentence=f"{record['sentence']} {SCRIPT} {IMG} {LINK}", document_title=IMG, url=LINK
            )
    g.add_edge(EX + "isis", EX + "kabul", relation="constructor", confidence=0.5, evidence=[], date=None)
    return g


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Opened:
    """A page opened offline, with what it logged, asked for and popped up."""

    page: Page
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def visible(self) -> tuple[int, int]:
        body = self.page.locator("body")
        return int(body.get_attribute("data-kg-visible-nodes")), int(
            body.get_attribute("data-kg-visible-edges")
        )

    def set_range(self, selector: str, value: str) -> None:
        self.page.eval_on_selector(
            selector,
            "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true})); }",
            value,
        )

    def search(self, text: str) -> None:
        self.page.fill("#kg-search", text)
        self.page.press("#kg-search", "Enter")


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Any]:
    pages: list[Page] = []

    def opener(path: Path) -> Opened:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        pages.append(page)
        opened = Opened(page)
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))

        def route(r: Any) -> None:
            if r.request.url.startswith(("file:", "data:")):
                r.continue_()
            else:
                opened.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-kg-layout=done]", timeout=60_000)
        return opened

    yield opener
    for page in pages:
        page.close()


def _ink(png: bytes) -> tuple[float, int]:
    """Share of non-white pixels and number of distinct colours in a screenshot."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).reshape(-1, 3)
    inked = float((pixels.min(axis=1) < 235).mean())
    return inked, len(np.unique(pixels, axis=0))


def test_page_draws_offline_without_errors_or_requests(tmp_path: Path, open_page: Any) -> None:
    opened = open_page(render_html(small_graph(), tmp_path / "graph.html"))
    shot = opened.page.locator("#kg-graph canvas").screenshot(path=str(tmp_path / "graph.png"))
    share, colours = _ink(shot)
    assert share > 0.005 and colours > 20, "the canvas is blank"
    assert opened.visible() == (11, 11)
    assert opened.errors == [] and opened.blocked == [] and opened.dialogs == []


def test_search_by_alias_focuses_the_entity_and_opens_its_evidence(tmp_path: Path, open_page: Any) -> None:
    opened = open_page(render_html(small_graph(), tmp_path / "graph.html"))
    page = opened.page
    opened.search("daesh")
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.locator("body").get_attribute("data-kg-selected") == EX + "isis"
    assert page.text_content("#kg-panel h2") == "Islamic State"
    panel = page.text_content("#kg-panel")
    assert "\u201cIS claimed the Mosul market bombing.\u201d" in panel
    assert "Report 1 \u00b7 2016-07-03 \u00b7 news/report-1.txt" in panel
    assert "read by spacy-rules-pair-model" in panel
    # A neighbour's name in the panel jumps to it.
    page.get_by_role("button", name="al-Qaeda").first.click()
    assert page.locator("body").get_attribute("data-kg-selected") == EX + "aq"
    opened.search("no such group")
    assert page.text_content("#kg-search-result") == "no match"
    assert opened.errors == []


def test_clicking_a_node_selects_it(tmp_path: Path, open_page: Any) -> None:
    opened = open_page(render_html(small_graph(), tmp_path / "graph.html"))
    page = opened.page
    opened.search("Mosul market bombing")
    # The focus animation centres the node; the page marks when it has finished.
    page.wait_for_selector(f'body[data-kg-focused="{EX}market"]')
    page.keyboard.press("Escape")
    assert page.locator("#kg-panel").is_hidden()
    box = page.locator("#kg-graph").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.locator("body").get_attribute("data-kg-selected") == EX + "market"
    assert "Killed42" in page.text_content("#kg-panel dl").replace(" ", "")


def test_type_and_confidence_filters_change_what_is_drawn(tmp_path: Path, open_page: Any) -> None:
    opened = open_page(render_html(small_graph(), tmp_path / "graph.html"))
    page = opened.page
    before = page.locator("#kg-graph canvas").screenshot()
    page.uncheck("input.kg-type[value=Location]")
    assert opened.visible() == (8, 7), "three places and the four edges that reach them"
    page.wait_for_timeout(200)
    assert page.locator("#kg-graph canvas").screenshot() != before
    opened.set_range("#kg-confidence", "0.9")
    assert opened.visible() == (8, 4)
    assert page.text_content("#kg-confidence-value") == "0.90"
    page.check("input.kg-type[value=Location]")
    page.click("#kg-relations summary")
    page.uncheck("input.kg-relation[value=location]")
    assert opened.visible() == (11, 4)
    assert page.text_content("#kg-status") == "Showing 11 of 11 nodes and 4 of 11 edges"
    assert opened.errors == []


def test_time_slider_keeps_what_overlaps_the_range(tmp_path: Path, open_page: Any) -> None:
    opened = open_page(render_html(small_graph(), tmp_path / "graph.html"))
    page = opened.page
    last = page.get_attribute("#kg-to", "max")
    opened.set_range("#kg-from", last)
    assert page.text_content("#kg-from-value") == "2024-03"
    nodes, edges = opened.visible()
    # From March 2024: the Crocus attack, Moscow, ISIS-K, IS and al-Qaeda (seen until then), the UN (undated).
    assert (nodes, edges) == (6, 2)
    page.uncheck("#kg-undated")
    assert opened.visible() == (5, 2)


def test_colour_by_community_lists_the_communities(tmp_path: Path, open_page: Any) -> None:
    opened = open_page(render_html(small_graph(), tmp_path / "graph.html"))
    page = opened.page
    assert page.locator("#kg-communities").is_hidden()
    page.select_option("#kg-colour", "community")
    assert page.locator("#kg-communities li").count() >= 2
    page.select_option("#kg-size", "degree")
    assert opened.errors == []


def test_hostile_text_is_shown_as_text_and_never_runs(tmp_path: Path, open_page: Any) -> None:
    page_path = render_html(hostile_graph(), tmp_path / "graph.html", title=IMG + SCRIPT)
    opened = open_page(page_path)
    page = opened.page
    opened.search("<img")
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert page.text_content("#kg-panel h2") == IMG
    panel = page.text_content("#kg-panel")
    assert SCRIPT in panel and LINK in panel
    opened.search("__proto__")
    assert page.locator("body").get_attribute("data-kg-selected") == EX + "isis"
    page.click("#kg-relations summary")
    page.uncheck("input.kg-relation[value=constructor]")
    page.check("input.kg-relation[value=constructor]")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#kg-panel img, #kg-panel a, #kg-panel script").count() == 0
    assert page.locator("img").count() == 0
    assert page.title() == IMG + SCRIPT
    assert opened.dialogs == [] and opened.blocked == [] and opened.errors == []


def test_large_graph_opens_on_its_most_central_nodes_and_says_so(tmp_path: Path, open_page: Any) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(ROOT))
        bench = importlib.import_module("bench.bench_viz")
    g = bench.synthetic_graph(800)
    opened = open_page(render_html(g, tmp_path / "graph.html", max_nodes=200))
    page = opened.page
    assert "the view opens on the 200 most central" in page.text_content("#kg-notice")
    nodes, _ = opened.visible()
    assert nodes == 200
    share, _ = _ink(page.locator("#kg-graph canvas").screenshot(path=str(tmp_path / "large.png")))
    assert share > 0.002
    page.check("#kg-show-all")
    assert opened.visible()[0] == 800
    page.uncheck("#kg-show-all")
    # The least central node is outside the first view, but a search still finds it and shows it.
    scores = centrality(g, ("pagerank",))
    last = max(g, key=lambda n: (-scores[n]["pagerank"], -scores[n]["degree"], str(n)))
    opened.search(g.nodes[last]["label"])
    assert page.locator("body").get_attribute("data-kg-selected") == last
    assert 201 <= opened.visible()[0] <= 201 + g.degree(last)
    assert opened.errors == [] and opened.blocked == []

"""Tests for kg.viz: a self-contained, offline, injection-proof HTML page."""

import html as html_module
import json
import os
import re
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from pyvis.network import Network

import kg.viz
from kg.viz import EDGE_FAMILIES, NODE_STYLES, render_html

EX = "https://kg.example.org/id/"
TYPES = ["Group", "Organization", "Person", "Location", "Attack"]

SCRIPT_BREAKOUT = "</script><script>alert(1)</script>"
ATTRIBUTE_BREAKOUT = '"><img src=x onerror=alert(1)>'
LINK = '<a href="javascript:alert(1)">x</a>'
BIDI = "\u202e"

# An http(s) or protocol-relative URL in anything a browser would load.
EXTERNAL_RESOURCE = re.compile(
    r"""(?:\b(?:src|href)\s*=\s*["']?|@import\s*(?:url\(\s*)?["']?|\burl\(\s*["']?)\s*(?:https?:)?//""",
    re.IGNORECASE,
)
VIS_JS = Path(Network().template_dir) / "lib/vis-9.1.2/vis-network.min.js"


def _evidence(sentence: str, title: str = "Reuters report", source: str = "https://news.example/1") -> dict:
    return {"sentence": sentence, "document_title": title, "source": source, "start": 0, "end": len(sentence)}


def _graph() -> nx.MultiDiGraph:
    """One node of each type, one edge of each relation family, plus a finer sub-property."""
    g = nx.MultiDiGraph()
    g.add_node(
        EX + "isis",
        label="Islamic State",
        type="Group",
        subtype="jihadist",
        aliases=["ISIS", "Daesh"],
        documents=7,
    )
    g.add_node(EX + "aq", label="al-Qaeda", type="Group", subtype=None, aliases=[], documents=3)
    g.add_node(
        EX + "un", label="United Nations", type="Organization", subtype=None, aliases=["UN"], documents=1
    )
    g.add_node(
        EX + "adnani", label="Abu Muhammad al-Adnani", type="Person", subtype=None, aliases=[], documents=2
    )
    g.add_node(EX + "mosul", label="Mosul", type="Location", subtype="city", aliases=[], documents=4)
    g.add_node(
        EX + "attack1",
        label="Mosul market bombing",
        type="Attack",
        subtype="bombing",
        aliases=[],
        documents=2,
        date="2016-07-03",
        killed=42,
        wounded=None,
    )
    g.add_edge(
        EX + "isis",
        EX + "aq",
        relation="rivalOf",
        confidence=0.8,
        status="accepted",
        evidence=[
            _evidence(f"Sentence number {i}.", f"Doc {i}", f"https://news.example/{i}") for i in range(1, 6)
        ],
    )
    g.add_edge(EX + "isis", EX + "aq", relation="formedFrom", confidence=0.6, status="accepted", evidence=[])
    g.add_edge(
        EX + "adnani",
        EX + "isis",
        relation="spokespersonOf",
        confidence=0.9,
        status="accepted",
        evidence=[_evidence("Adnani was the group's spokesman.")],
    )
    g.add_edge(
        EX + "isis", EX + "mosul", relation="operatesIn", confidence=0.95, status="accepted", evidence=[]
    )
    g.add_edge(
        EX + "attack1", EX + "isis", relation="claimedBy", confidence=0.7, status="claimed", evidence=[]
    )
    g.add_edge(
        EX + "attack1", EX + "mosul", relation="location", confidence=1.0, status="accepted", evidence=[]
    )
    return g


def _hostile_graph() -> nx.MultiDiGraph:
    """Labels, aliases and evidence written by an attacker."""
    g = nx.MultiDiGraph()
    g.add_node(
        EX + "a",
        label=SCRIPT_BREAKOUT,
        type="Group",
        subtype=ATTRIBUTE_BREAKOUT,
        aliases=[ATTRIBUTE_BREAKOUT, LINK, "HREF=x"],
        documents=1,
    )
    g.add_node(
        EX + "b",
        label=f"{BIDI}elbat\x00\x07 {LINK}",
        type="Attack",
        subtype=None,
        aliases=[],
        documents="\ud800",
        date=SCRIPT_BREAKOUT,
        killed=10**50000,
        wounded=-3,
    )
    g.add_node(
        EX + "c", label="x" * 10_000, type="Location", subtype=None, aliases=["y" * 10_000] * 50, documents=1
    )
    g.add_edge(
        EX + "b",
        EX + "a",
        relation="claimedBy",
        confidence=float("nan"),
        status=ATTRIBUTE_BREAKOUT,
        evidence=[
            _evidence(f"Claimed {LINK} {SCRIPT_BREAKOUT}", ATTRIBUTE_BREAKOUT, f"javascript:{BIDI}"),
            _evidence("z" * 10_000, "t" * 10_000, "s" * 10_000),
        ],
    )
    g.add_edge(EX + "b", EX + "c", relation=SCRIPT_BREAKOUT, confidence=7, status="", evidence="not a list")
    return g


def _render(g: nx.MultiDiGraph, folder: Path, **kwargs: Any) -> str:
    return render_html(g, folder / "graph.html", **kwargs).read_text(encoding="utf-8")


def _data(html: str) -> dict[str, Any]:
    """Return the nodes, edges and options embedded in the page."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)
    assert match, "graph data block missing"
    data = json.loads(match.group(1))
    data["options"] = json.loads(data["options"])
    return data


def _strings(value: Any) -> list[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _nodes_by_id(html: str) -> dict[str, dict[str, Any]]:
    return {node["id"]: node for node in _data(html)["nodes"]}


def _edges_by_label(html: str) -> dict[str, dict[str, Any]]:
    return {edge["label"]: edge for edge in _data(html)["edges"]}


def test_render_html_writes_the_page_and_returns_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out" / "graph.html"
    assert render_html(_graph(), out) == out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "pyvis must not copy lib/ into the cwd"


def test_page_inlines_vis_network(tmp_path: Path) -> None:
    html = _render(_graph(), tmp_path)
    assert VIS_JS.read_text(encoding="utf-8") in html
    assert "new vis.Network(" in html
    assert "new vis.DataSet(" in html


def test_external_resource_pattern_catches_pyvis_stock_template() -> None:
    # Guards the guard: pyvis' own in_line page still pulls Bootstrap from a CDN.
    stock = Network(cdn_resources="in_line").generate_html()
    assert EXTERNAL_RESOURCE.search(stock)
    for snippet in [
        '<link href="https://x/a.css">',
        "<script src='//cdn/x.js'>",
        "@import 'http://x/y.css'",
        "background: url( https://x/i.png)",
        "@import url(//x/y.css)",
    ]:
        assert EXTERNAL_RESOURCE.search(snippet), snippet


def test_page_loads_no_external_resource(tmp_path: Path) -> None:
    html = _render(_graph(), tmp_path)
    assert EXTERNAL_RESOURCE.findall(html) == []
    assert not re.search(r"<link\b|<script\b[^>]*\bsrc\s*=", html, re.IGNORECASE)
    assert "default-src 'none'" in html, "the CSP is what stops the browser from fetching anything"


def test_legend_lists_the_five_entity_types_and_relation_families(tmp_path: Path) -> None:
    html = _render(_graph(), tmp_path)
    legend = html[html.index('id="kg-legend"') : html.index("</ul>")]
    assert re.findall(r'data-type="([^"]+)"', legend) == TYPES
    for kind in TYPES:
        assert f'color: {NODE_STYLES[kind].colour}">' in legend
    assert re.findall(r'data-family="([^"]+)"', legend) == [
        "group relation",
        "person affiliation",
        "geography",
        "attack role",
    ]


def test_nodes_carry_the_colour_and_shape_of_their_type(tmp_path: Path) -> None:
    g = _graph()
    nodes = _nodes_by_id(_render(g, tmp_path))
    assert set(nodes) == set(g)
    for node_id, attrs in g.nodes(data=True):
        style = NODE_STYLES[attrs["type"]]
        assert (nodes[node_id]["color"], nodes[node_id]["shape"]) == (style.colour, style.shape)
        assert nodes[node_id]["label"] == attrs["label"]
    assert len({(s.colour, s.shape) for s in NODE_STYLES.values()}) == len(TYPES)


def test_node_size_grows_with_degree(tmp_path: Path) -> None:
    nodes = _nodes_by_id(_render(_graph(), tmp_path))
    assert nodes[EX + "isis"]["size"] > nodes[EX + "mosul"]["size"] > nodes[EX + "un"]["size"]


def test_edges_are_labelled_and_styled_by_relation_family(tmp_path: Path) -> None:
    edges = _edges_by_label(_render(_graph(), tmp_path))
    expected = {
        "rivalOf": "group relation",
        "formedFrom": "group relation",
        "spokespersonOf": "person affiliation",  # a sub-property, placed by its Person endpoint
        "operatesIn": "geography",
        "location": "geography",
        "claimedBy": "attack role",
    }
    assert set(edges) == set(expected)
    for relation, family in expected.items():
        style = EDGE_FAMILIES[family]
        assert edges[relation]["color"]["color"] == style.colour
        assert edges[relation]["dashes"] == (style.dashes or False)
    assert len({(s.colour, str(s.dashes)) for s in EDGE_FAMILIES.values()}) == len(EDGE_FAMILIES)


def test_node_tooltips_show_type_aliases_documents_and_attack_details(tmp_path: Path) -> None:
    nodes = _nodes_by_id(_render(_graph(), tmp_path))
    group = nodes[EX + "isis"]["title"].split("\n")
    assert group[:4] == ["Islamic State", "Type: Group (jihadist)", "Aliases: ISIS; Daesh", "Documents: 7"]
    attack = nodes[EX + "attack1"]["title"]
    assert "Type: Attack (bombing)" in attack
    assert "Date: 2016-07-03" in attack
    assert "Killed: 42 \u00b7 Wounded: unknown" in attack


def test_edge_tooltips_show_relation_confidence_status_and_three_evidence_sentences(tmp_path: Path) -> None:
    edges = _edges_by_label(_render(_graph(), tmp_path))
    lines = edges["rivalOf"]["title"].split("\n")
    assert lines[0] == "rivalOf: Islamic State \u2192 al-Qaeda"
    assert lines[1] == "Confidence: 0.80 \u00b7 Status: accepted"
    assert lines[2:] == [
        line
        for i in (1, 2, 3)
        for line in (
            f"[{i}/5] \u201cSentence number {i}.\u201d",
            f"    \u2014 Doc {i} (https://news.example/{i})",
        )
    ]
    assert "Adnani was the group's spokesman." in edges["spokespersonOf"]["title"]


def test_physics_stabilises_with_a_cap_then_switches_off(tmp_path: Path) -> None:
    html = _render(_graph(), tmp_path)
    data = _data(html)
    physics = data["options"]["physics"]
    assert physics["solver"] == "barnesHut"
    assert physics["stabilization"]["enabled"] is True
    assert 0 < physics["stabilization"]["iterations"] <= 300
    assert data["options"]["layout"]["randomSeed"] == 42
    assert data["options"]["edges"]["smooth"]["type"] == "continuous"
    assert all(edge.get("smooth", {}).get("type", "continuous") != "dynamic" for edge in data["edges"])
    hook = html[html.index('network.once("stabilizationIterationsDone"') :]
    assert "network.setOptions({physics: {enabled: false}})" in hook[: hook.index("\n  });")]


def test_parallel_edges_are_fanned_out_with_static_curves(tmp_path: Path) -> None:
    edges = _edges_by_label(_render(_graph(), tmp_path))
    curves = [edges[r].get("smooth", {}).get("type") for r in ("formedFrom", "rivalOf")]
    assert curves.count(None) == 1, "the first edge of a pair keeps the default smoothing"
    assert {"curvedCW", "curvedCCW"} & set(curves)


def test_hostile_text_never_reaches_the_page_unescaped(tmp_path: Path) -> None:
    html = _render(_hostile_graph(), tmp_path, title=f"{SCRIPT_BREAKOUT}{ATTRIBUTE_BREAKOUT}{BIDI}")
    for raw in [SCRIPT_BREAKOUT, "</script><script>alert(1)", "<img src=x onerror", "<a href", BIDI, "\x00"]:
        assert raw not in html
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img" in html
    # Exactly our three script elements: the data block, vis-network and the boot script.
    outside_vis = html.replace(VIS_JS.read_text(encoding="utf-8"), "")
    assert len(re.findall(r"<script\b", outside_vis, re.IGNORECASE)) == 3
    data = _data(html)
    texts = _strings(data["nodes"]) + _strings(data["edges"])
    assert SCRIPT_BREAKOUT in texts, "labels keep their text; only the page encoding neutralises it"
    assert not any(BIDI in s or "\x00" in s or "\x07" in s or "\ud800" in s for s in texts)


def test_no_title_contains_href(tmp_path: Path) -> None:
    data = _data(_render(_hostile_graph(), tmp_path))
    titles = [item["title"] for item in data["nodes"] + data["edges"]]
    assert all(isinstance(title, str) for title in titles), "tooltips must stay plain strings (innerText)"
    assert [t for t in titles if "href" in t.lower()] == []
    assert any("hre\u200bf" in t for t in titles) and any("HRE\u200bF" in t for t in titles)
    # pyvis' condition for swapping in its innerHTML popup, evaluated on what we hand it.
    assert not any("href" in node["title"] for node in data["nodes"])


def test_page_has_no_innerhtml_code_path(tmp_path: Path) -> None:
    assert "innerHTML" not in _render(_hostile_graph(), tmp_path)


def test_tooltip_and_label_lengths_are_capped(tmp_path: Path) -> None:
    data = _data(_render(_hostile_graph(), tmp_path))
    for item in data["nodes"] + data["edges"]:
        assert len(item["title"]) <= 2100
        assert len(item["label"]) <= 80
    location = next(node for node in data["nodes"] if node["id"] == EX + "c")
    assert "Aliases: " + "y" * 59 + "\u2026" in location["title"], "one alias left after de-duplication"
    attack = next(node for node in data["nodes"] if node["id"] == EX + "b")
    assert "Killed: unknown \u00b7 Wounded: -3" in attack["title"]


def test_rendering_is_deterministic(tmp_path: Path) -> None:
    first = render_html(_graph(), tmp_path / "a.html").read_bytes()
    assert render_html(_graph(), tmp_path / "b.html").read_bytes() == first
    g = _graph()
    reordered = nx.MultiDiGraph()
    reordered.add_nodes_from(reversed(list(g.nodes(data=True))))
    reordered.add_edges_from(reversed([(u, v, d) for u, v, d in g.edges(data=True)]))
    assert render_html(reordered, tmp_path / "c.html").read_bytes() == first


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    render_html(_graph(), out)
    render_html(_hostile_graph(), out)
    assert os.listdir(tmp_path) == ["graph.html"]


def test_failed_write_keeps_the_old_page_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "graph.html"
    out.write_text("old page", encoding="utf-8")

    def fail(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(kg.viz.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        render_html(_graph(), out)
    assert out.read_text(encoding="utf-8") == "old page"
    assert os.listdir(tmp_path) == ["graph.html"]


CHROMIUM = shutil.which("chromium")


def _dump_dom(args: list[str], timeout: float = 90) -> str:
    """Run headless chromium and return the DOM it dumps; its whole process group dies on timeout."""
    assert CHROMIUM is not None
    proc = subprocess.Popen(
        [CHROMIUM, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("chromium hung: an alert() from injected script blocks --dump-dom")
    assert proc.returncode == 0, f"chromium exited with {proc.returncode}"
    return out


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_page_draws_offline_in_headless_chromium_without_injected_elements(tmp_path: Path) -> None:
    page = render_html(_hostile_graph(), tmp_path / "graph.html", title=ATTRIBUTE_BREAKOUT)
    net_log = tmp_path / "net-log.json"
    dom = _dump_dom(
        [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            # Block the network outright so a regression shows up as a request in the net log, not a fetch.
            "--proxy-server=http://127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--log-net-log={net_log}",
            "--dump-dom",
            "--virtual-time-budget=5000",
            page.as_uri(),
        ]
    )
    assert "<canvas" in dom
    assert 'data-kg-layout="done"' in dom, "boot script failed or stabilisation never finished"
    assert not re.search(r"<img\b", dom, re.IGNORECASE)
    assert "<script>alert(1)" not in dom
    log = json.loads(net_log.read_text(encoding="utf-8"))
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    # Chromium's own background requests carry "not an origin"; the page's carry its (opaque) origin.
    page_requests = [
        event["params"]["url"]
        for event in log["events"]
        if event["type"] == start_job
        and event.get("params", {}).get("initiator", "not an origin") != "not an origin"
    ]
    assert page_requests == []


def test_public_surface_is_the_renderers_the_notebook_view_and_the_style_tables() -> None:
    assert set(kg.viz.__all__) == {
        "DEFAULT_MAX_NODES",
        "EDGE_FAMILIES",
        "NODE_STYLES",
        "EdgeStyle",
        "NodeStyle",
        "NotebookPage",
        "page_html",
        "render_html",
        "show",
    }
    assert list(NODE_STYLES) == TYPES


# ---------------------------------------------------------------- analysis-driven page: panel data, cap, layout


def _big_graph(n: int = 620) -> nx.MultiDiGraph:
    """Chains of groups in clusters, with one hub and a few lone nodes: enough to pass the physics limit."""
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(
            f"{EX}n{i}", label=f"Node {i}", type=TYPES[i % 5], subtype=None, aliases=[f"N{i}"], documents=1
        )
    for i in range(1, n - 20):
        g.add_edge(f"{EX}n{i}", f"{EX}n{(i // 10) * 10}", relation="memberOf", confidence=0.5, evidence=[])
        g.add_edge(f"{EX}n{i}", f"{EX}n0", relation="rivalOf", confidence=0.9, evidence=[])
    return g


def test_nodes_carry_names_facts_rank_and_community_for_the_page_script(tmp_path: Path) -> None:
    nodes = _nodes_by_id(_render(_graph(), tmp_path))
    isis = nodes[EX + "isis"]["kg"]
    assert isis["type"] == "Group" and isis["names"] == ["Islamic State", "ISIS", "Daesh"]
    assert isis["rank"] == 0 or nodes[EX + "aq"]["kg"]["rank"] == 0
    facts = dict(isis["facts"])
    assert facts["Also called"] == "ISIS; Daesh" and facts["IRI"] == EX + "isis"
    assert set(isis["sizes"]) == {"pagerank", "betweenness", "degree"}
    attack = dict(nodes[EX + "attack1"]["kg"]["facts"])
    assert (attack["Date"], attack["Killed"]) == ("2016-07-03", "42")
    assert nodes[EX + "attack1"]["kg"]["span"] == ["2016-07-03", "2016-07-03"]


def test_edges_carry_their_evidence_and_grow_with_it(tmp_path: Path) -> None:
    edges = _edges_by_label(_render(_graph(), tmp_path))
    rival = edges["rivalOf"]["kg"]
    assert rival["evidence_total"] == 5 and len(rival["evidence"]) == 5
    assert rival["evidence"][0] == {
        "sentence": "Sentence number 1.",
        "document": "Doc 1",
        "source": "https://news.example/1",
        "url": "",
        "date": "",
        "read_by": "",
    }
    assert edges["rivalOf"]["width"] > edges["spokespersonOf"]["width"] > edges["formedFrom"]["width"]


def test_relation_filters_list_every_relation_once(tmp_path: Path) -> None:
    html = _render(_graph(), tmp_path)
    assert re.findall(r'class="kg-relation" value="([^"]+)"', html) == [
        "formedFrom",
        "rivalOf",
        "spokespersonOf",
        "location",
        "operatesIn",
        "claimedBy",
    ]


def test_a_large_graph_gets_a_precomputed_layout_and_opens_on_its_most_central_nodes(tmp_path: Path) -> None:
    html = _render(_big_graph(), tmp_path, max_nodes=100)
    data = _data(html)
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["edges"]["smooth"]["enabled"] is False
    assert all(isinstance(node["x"], float) and isinstance(node["y"], float) for node in data["nodes"])
    assert len({(node["x"], node["y"]) for node in data["nodes"]}) == len(data["nodes"]), (
        "no two nodes overlap"
    )
    assert data["meta"]["capped"] is True and data["meta"]["max_nodes"] == 100
    assert "the view opens on the 100 most central (by PageRank)" in html
    ranks = {node["id"]: node["kg"]["rank"] for node in data["nodes"]}
    assert ranks[EX + "n0"] == 0 and sorted(ranks.values()) == list(range(len(ranks)))
    # Labels fade out when zoomed out; the hubs' are drawn bigger so they stay readable longest.
    assert data["options"]["nodes"]["scaling"]["label"]["drawThreshold"] > 5
    assert next(n for n in data["nodes"] if n["id"] == EX + "n0")["font"]["size"] > 14


def test_a_small_graph_is_not_capped_and_keeps_physics(tmp_path: Path) -> None:
    html = _render(_graph(), tmp_path)
    data = _data(html)
    assert data["meta"]["capped"] is False and 'id="kg-notice"' not in html
    assert not any("x" in node for node in data["nodes"])


def test_large_layout_is_deterministic(tmp_path: Path) -> None:
    first = render_html(_big_graph(), tmp_path / "a.html").read_bytes()
    assert render_html(_big_graph(), tmp_path / "b.html").read_bytes() == first


def test_render_refuses_an_unknown_size_measure(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="size_by"):
        render_html(_graph(), tmp_path / "x.html", size_by="fame")


def test_show_renders_in_an_iframe_srcdoc_for_any_notebook(tmp_path: Path) -> None:
    page = kg.viz.show(_hostile_graph(), height=500)
    markup = page._repr_html_()
    assert markup.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert 'sandbox="allow-scripts"' in markup and "height: 500px" in markup
    srcdoc = markup[len('<iframe srcdoc="') : markup.index('" sandbox=')]
    assert '"' not in srcdoc and "<" not in srcdoc, "the page is one escaped attribute value"
    assert html_module.unescape(srcdoc) == page.html
    assert page.save(tmp_path / "page.html").read_text(encoding="utf-8") == page.html


def test_show_takes_an_rdf_graph_and_a_focus(built_example: Path) -> None:
    import kg as kg_api

    page = kg.viz.show(kg_api.open(built_example), focus="ISIS-K", depth=1)
    nodes = {node["label"] for node in _data(page.html)["nodes"]}
    assert "Islamic State Khorasan Province" in nodes and "Taliban" in nodes
    assert len(nodes) < 20

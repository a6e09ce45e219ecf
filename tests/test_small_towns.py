"""Small towns of conflict countries: found only in a place's context, and only in their country."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kg import gazetteer as gz
from kg.extract import lexicon
from kg.model import EntityType, Extraction

BURKINA = "Jihadists attacked a village in Burkina Faso on Sunday."


def _town(name: str) -> gz.PlaceEntry:
    ids = gz.lookup_town(name)
    assert ids, name
    return gz.small_towns()[ids[0]]


def test_small_town_keeps_its_province_and_country() -> None:
    town = _town("Bourzanga")
    assert town.type == "City" and town.country == "BF"
    assert gz.located_in_chain(town.id) == ["bf-centre-nord", "BF"]


def test_small_town_without_a_matching_province_lies_in_its_country() -> None:
    # The Philippines' geonames admin1 codes are regions of several curated provinces.
    assert all(t.located_in == "PH" for t in gz.small_towns().values() if t.country == "PH")


def test_small_towns_resolve_by_id_but_stay_out_of_the_listing() -> None:
    town = _town("Bourzanga")
    table = gz.places()
    assert town.id in table and table[town.id] == town and table.get(town.id) == town
    assert town.id not in set(table)
    assert table.get("gn:0") is None and "gn:0" not in table
    with pytest.raises(KeyError):
        table["gn:0"]


def test_small_town_never_shadows_a_bigger_place() -> None:
    # Bama is a town of 31,000 in Burkina Faso and a city in Borno, Nigeria.
    assert any(t.name == "Bama" and t.country == "BF" for t in gz.small_towns().values())
    assert gz.lookup_town("Bama") == ()
    assert gz.places()[gz.lookup_place("Bama")[0]].country == "NG"


def test_small_town_is_not_a_place_name_lookup_place_knows() -> None:
    assert gz.lookup_place("Bourzanga") == ()
    assert gz.lookup_place("Bourzanga", alternates=False) == ()


def test_town_outside_the_listed_countries_is_unknown() -> None:
    # Lannion, a Breton town of 21,000, is in geonames but France has no insurgency listed.
    assert "FR" not in gz.SMALL_TOWN_COUNTRIES
    assert gz.lookup_town("Lannion") == ()


def test_every_small_town_lies_in_a_known_place_of_its_country() -> None:
    table = gz.places()
    for town in gz.small_towns().values():
        assert town.country in gz.SMALL_TOWN_COUNTRIES | set(gz.SMALL_TOWN_PROVINCES), town
        assert town.located_in in table and table[town.located_in].id not in gz.small_towns(), town
        assert (town.population or 0) < gz.MIN_CITY_POPULATION, town


def test_lexicon_town_needs_its_country_in_the_text() -> None:
    assert lexicon.lookup_town("Bourzanga", "Gunmen struck Bourzanga on Sunday.") is None
    assert lexicon.lookup_town("Bourzanga", BURKINA) is not None
    # a nationality word or a curated province of the country is as good as its name
    assert lexicon.lookup_town("Bourzanga", "Burkinabe soldiers were killed.") is not None
    assert lexicon.lookup_town("Bourzanga", "An attack in the Centre-Nord Region left 10 dead.") is not None


def test_lexicon_town_with_a_shared_name_follows_the_country_in_the_text() -> None:
    # Bondo is a town in western Kenya and one in the north of the DR Congo.
    congo = lexicon.lookup_town("Bondo", "ADF rebels raided Bondo, in the Democratic Republic of the Congo.")
    kenya = lexicon.lookup_town("Bondo", "Police in Kenya said the suspects fled to Bondo.")
    assert congo is not None and congo.country == "CD"
    assert kenya is not None and kenya.country == "KE"


def test_lexicon_town_never_takes_a_group_or_organisation_name() -> None:
    for name in ("Ansar Dine", "Al-Shabaab", "Boko Haram"):
        assert lexicon.lookup_town(name, "Mali, Somalia, Nigeria and Niger.") is None


def test_small_towns_load_only_when_a_town_is_looked_up() -> None:
    # The town table is read lazily: loading the gazetteer's places and names leaves it alone.
    # (How long it takes is for the benchmarks to print, not for a test to bound.)
    code = (
        "from kg import gazetteer as g\n"
        "g.places(); g.place_index()\n"
        "print(g._town_tables.cache_info().currsize)\n"
        "g.lookup_town('Bourzanga')\n"
        "print(g._town_tables.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1"]


@pytest.mark.slow
def test_towns_file_is_what_the_generator_writes(tmp_path: Path) -> None:
    target = tmp_path / "towns.tsv"
    gz.write_small_towns(str(target))
    shipped = Path(gz.__file__).parent / "data" / "towns.tsv"
    assert target.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


# --- the extractor ------------------------------------------------------------------------------

ARTICLE = """Gunmen kill 14 in attack on Burkina Faso town

OUAGADOUGOU, March 4, 2025 - Suspected jihadists killed 14 civilians on Sunday in an attack on Bourzanga, \
a town in northern Burkina Faso, security sources said.

Residents of Yalgo said they fled towards Kaya. A second raid hit the village of Kokologo, 40 km from \
Ouagadougou.

Mason said the army had reinforced its positions. Gourcy Traore, a local official, said the town of \
Garango was calm.
"""


def _by_text(extraction: Extraction) -> dict[str, list[tuple[EntityType, str | None]]]:
    found: dict[str, list[tuple[EntityType, str | None]]] = {}
    for m in extraction.mentions:
        found.setdefault(m.text, []).append((m.type, m.gazetteer_id))
    return found


@pytest.fixture(scope="module")
def article(extract_text: Callable[..., Extraction]) -> dict[str, list[tuple[EntityType, str | None]]]:
    return _by_text(extract_text(ARTICLE, date="2025-03-04"))


@pytest.mark.parametrize("name", ["Bourzanga", "Yalgo", "Kokologo", "Garango"])
def test_extractor_links_a_small_town_in_a_place_context(
    article: dict[str, list[tuple[EntityType, str | None]]], name: str
) -> None:
    town = _town(name)
    assert (EntityType.LOCATION, f"place:{town.id}") in article[name]


def test_extractor_leaves_a_person_named_like_a_small_town(
    article: dict[str, list[tuple[EntityType, str | None]]],
) -> None:
    # Gourcy is a town of 40,000 in Burkina Faso; "Gourcy Traore" is a person, and "Mason" said something.
    assert gz.lookup_town("Gourcy")
    assert all(t is not EntityType.LOCATION for t, _ in article.get("Gourcy Traore", []))
    assert "Gourcy" not in article
    assert all(t is not EntityType.LOCATION for t, _ in article.get("Mason", []))


def test_extractor_needs_the_country_in_the_text(extract_text: Callable[..., Extraction]) -> None:
    found = _by_text(extract_text("Gunmen killed 14 people in an attack on Bourzanga on Sunday."))
    assert all(gid is None for _, gid in found.get("Bourzanga", []))

"""Validation of the curated gazetteer of armed and extremist groups (``kg/data/groups.json``).

The extractor matches ``name`` and ``aliases`` case-insensitively as whole phrases and ``acronyms``
case-sensitively as whole tokens, so every alias must point at exactly one group unless it is listed in
the explicit AMBIGUOUS sets below.

Ambiguity decisions taken when the file was written (keep this list in step with the data):

* Bare "Ansar al-Sharia" is deliberately NOT an alias of any entry. The Benghazi, Derna, Tunisian and
  Yemeni groups each have a qualified entry ("Ansar al-Sharia in Benghazi", "... (Yemen)", ...); a bare
  mention is left to context rather than merged into the wrong country's group.
* Bare "Ansar al-Sunna" / "Ansar al-Sunnah" are truly ambiguous: the Iraqi group (Jaysh Ansar al-Sunna,
  2003-2007, folded into ``ansar_al_islam``) and the Mozambican insurgents (``ansar_al_sunna_mozambique``).
  Both entries carry them; see AMBIGUOUS_ALIASES.
* "ASWJ" is used in news for Pakistan's Ahle Sunnat Wal Jamaat and for Mozambique's Ahlu Sunnah
  Wa-Jama'a; both carry it (AMBIGUOUS_ACRONYMS). Somalia's Sufi militia of the same name is not included.
* "IRA" and "Irish Republican Army" resolve to ``provisional_ira`` (what news means by "the IRA" after 1969);
  the Real, Continuity, New and Official IRA are reached by their own names.
* Bare "Islamic Jihad" resolves to ``palestinian_islamic_jihad``; Egypt's group and the Islamic Jihad Union
  are reached only by full names; the 1980s "Islamic Jihad Organization" is an alias of ``hezbollah``.
* "Army of Islam" is the Gaza group (US FTO); "Jaysh al-Islam" / "Jaish al-Islam" are the Syrian group.
* "al-Shabaab" / "al-Shabab" is the Somali group; Mozambique's insurgents only via "al-Shabaab (Mozambique)".
* "Jundallah" is the Iranian group (US FTO); "Jund al-Khilafah" is the Algerian group (US FTO).
* "Ansar al-Islam" is the Iraqi group; Burkina Faso's group is "Ansarul Islam"; Bangladesh's is an alias of
  ``ansarullah_bangla_team``.
* "National Liberation Army" resolves to the Colombian ELN; "FARC-EP" to the historical FARC (the US now
  uses that name for the EMC dissidents, which have their own entry).
* "ADF" is the Allied Democratic Forces (not Cameroon's Ambazonia Defence Forces); "JEM" is Sudan's
  Justice and Equality Movement while "JeM" is Jaish-e-Mohammed (acronyms are case-sensitive).
* The Islamic State lineage is split into distinct predecessor entries (Jama'at al-Tawhid wal-Jihad ->
  al-Qaeda in Iraq -> Mujahideen Shura Council -> Islamic State of Iraq -> Islamic State) linked by
  ``formed_from``; likewise GSPC -> AQIM and al-Nusra Front -> HTS. The acronym "ISI" is omitted because
  it collides with Pakistan's Inter-Services Intelligence.
* Names that are ordinary English when lower-cased ("The Base", "Revolutionary Struggle", "Lions Den",
  "Aum", "Weathermen") are kept only in the case-sensitive ``acronyms`` list; the canonical ``name`` of
  such a group carries a qualifier ("The Base (neo-Nazi group)", "Revolutionary Struggle (Greece)") so that
  the case-insensitive name pattern cannot fire on prose, and its id drops the qualifier (``the_base``).
* Bare "National Action" is left out altogether (not even as a case-sensitive acronym): it would fire on
  Pakistan's counter-terrorism "National Action Plan" and Mexico's "National Action Party". The UK group
  is reached through "National Action (UK)" and "Scottish Dawn"; its successors "System Resistance Network" and
  "NS131" are groups of their own.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from importlib.resources import files

import pytest

# Aliases (lower-cased) that may legitimately appear in more than one entry.
AMBIGUOUS_ALIASES = {
    "ansar al-sunna",  # Iraq (Jaysh Ansar al-Sunna) / Mozambique
    "ansar al sunna",
    "ansar al-sunnah",
    "ansar al sunnah",
    "maoists",  # India's CPI (Maoist) / Nepal's CPN (Maoist), told apart by the places a story names
}
# Acronyms (exact) that may legitimately appear in more than one entry.
AMBIGUOUS_ACRONYMS = {
    "ASWJ",  # Ahle Sunnat Wal Jamaat (Pakistan) / Ahlu Sunnah Wa-Jama'a (Mozambique)
    "MAK",  # Maktab al-Khidamat (Afghanistan, 1984) / Movement for the Self-Determination of Kabylie (Algeria)
}

FIELDS = {
    "id",
    "name",
    "aliases",
    "acronyms",
    "parent",
    "formed_from",
    "regions",
    "qid",
    "designations",
    "kind",
    "active",
}
KINDS = {
    "jihadist",
    "shia-militia",
    "nationalist-separatist",
    "left-wing",
    "far-right",
    "ethno-religious",
    "state-armed-force",
    "other",
}
DESIGNATIONS = {"US-FTO", "UN-1267", "UK-proscribed", "EU-list"}
ID_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[0-9]+$")
ACTIVE_RE = re.compile(r"^(\d{4})-(\d{4})?$")

# Phrases that would match ordinary prose if used as case-insensitive aliases.
GENERIC = {
    "the group",
    "the movement",
    "the organisation",
    "the organization",
    "militants",
    "militant",
    "islamists",
    "jihadists",
    "rebels",
    "insurgents",
    "terrorists",
    "the base",
    "base",
    "national action",
    "the resistance",
    "resistance",
    "lion's den",
    "lions den",
    "revolutionary struggle",
    "17 november",
    "november 17",
    "the front",
    "front",
    "army",
    "movement",
    "party",
    "group",
    "division",
    "collective",
    "guard",
    "guards",
    "path",
    "action",
    "soldiers of the caliphate",
    "sinai province",
    "khorasan province",
    "north sinai province",
    "aum",
    "weathermen",
    "weatherman",
    "aleph",
    "wagner",
    "shabab",
    "hashed",
    "sendero",
}

# Must-have groups, by region, including the historical ones.
MUST_HAVE = {
    "global": ["islamic_state", "al_qaeda"],
    "sahel": [
        "jamaat_nusrat_al_islam_wal_muslimin",
        "ansar_dine",
        "katiba_macina",
        "al_mourabitoun",
        "movement_for_oneness_and_jihad_in_west_africa",
        "islamic_state_sahel_province",
        "ansarul_islam",
    ],
    "lake_chad": ["boko_haram", "islamic_state_west_africa_province", "ansaru"],
    "horn_of_africa": ["al_shabaab", "islamic_state_somalia_province", "al_itihaad_al_islamiya"],
    "mozambique": ["ansar_al_sunna_mozambique", "islamic_state_mozambique_province"],
    "drc_uganda": ["allied_democratic_forces", "islamic_state_central_africa_province"],
    "maghreb_libya": [
        "al_qaeda_in_the_islamic_maghreb",
        "salafist_group_for_preaching_and_combat",
        "armed_islamic_group",
        "ansar_al_sharia_in_tunisia",
        "ansar_al_sharia_in_benghazi",
        "islamic_state_libya_province",
        "libyan_islamic_fighting_group",
    ],
    "egypt_sinai": [
        "islamic_state_sinai_province",
        "ansar_bait_al_maqdis",
        "hasm_movement",
        "egyptian_islamic_jihad",
    ],
    "levant": [
        "hayat_tahrir_al_sham",
        "al_nusra_front",
        "hurras_al_din",
        "ahrar_al_sham",
        "hezbollah",
        "hamas",
        "izz_ad_din_al_qassam_brigades",
        "palestinian_islamic_jihad",
        "popular_front_for_the_liberation_of_palestine",
        "al_aqsa_martyrs_brigades",
        "lions_den",
        "asbat_al_ansar",
    ],
    "iraq": [
        "al_qaeda_in_iraq",
        "islamic_state_of_iraq",
        "kataib_hezbollah",
        "asaib_ahl_al_haq",
        "harakat_hezbollah_al_nujaba",
        "popular_mobilization_forces",
        "ansar_al_islam",
    ],
    "iran": ["islamic_revolutionary_guard_corps", "quds_force", "jaish_al_adl"],
    "yemen": ["al_qaeda_in_the_arabian_peninsula", "ansar_al_sharia_yemen", "houthis"],
    "south_asia": [
        "taliban",
        "haqqani_network",
        "tehrik_i_taliban_pakistan",
        "islamic_state_khorasan_province",
        "al_qaeda_in_the_indian_subcontinent",
        "lashkar_e_taiba",
        "jaish_e_mohammed",
        "hizbul_mujahideen",
        "harkat_ul_mujahideen",
        "lashkar_e_jhangvi",
        "sipah_e_sahaba_pakistan",
        "balochistan_liberation_army",
        "the_resistance_front",
        "liberation_tigers_of_tamil_eelam",
    ],
    "south_east_asia": [
        "abu_sayyaf_group",
        "jemaah_islamiyah",
        "jamaah_ansharut_daulah",
        "maute_group",
        "bangsamoro_islamic_freedom_fighters",
        "new_peoples_army",
        "islamic_state_east_asia_province",
    ],
    "central_asia_caucasus": ["islamic_movement_of_uzbekistan", "islamic_jihad_union", "caucasus_emirate"],
    "turkey_kurdish": [
        "kurdistan_workers_party",
        "revolutionary_peoples_liberation_party_front",
        "kurdistan_freedom_falcons",
    ],
    "latin_america": [
        "revolutionary_armed_forces_of_colombia",
        "farc_dissidents",
        "national_liberation_army_colombia",
        "shining_path",
    ],
    "far_right": [
        "atomwaffen_division",
        "the_base",
        "nordic_resistance_movement",
        "russian_imperial_movement",
        "national_action",
        "sonnenkrieg_division",
        "feuerkrieg_division",
        "combat_18",
        "blood_and_honour",
    ],
    "historical": [
        "euskadi_ta_askatasuna",
        "provisional_ira",
        "official_ira",
        "real_ira",
        "continuity_ira",
        "new_ira",
        "irish_national_liberation_army",
        "ulster_volunteer_force",
        "ulster_defence_association",
        "loyalist_volunteer_force",
        "aum_shinrikyo",
        "red_army_faction",
        "red_brigades",
        "japanese_red_army",
        "revolutionary_organization_17_november",
        "black_september_organization",
        "abu_nidal_organization",
        "weather_underground",
    ],
}

# Well-known surface forms and the entry they must resolve to.
RESOLVES_TO = {
    "Daesh": "islamic_state",
    "ISIL": "islamic_state",
    "IS": "islamic_state",
    "Islamic State of Iraq and Syria": "islamic_state",
    "ISKP": "islamic_state_khorasan_province",
    "ISIS-K": "islamic_state_khorasan_province",
    "Wilayat Khorasan": "islamic_state_khorasan_province",
    "ISWAP": "islamic_state_west_africa_province",
    "ISGS": "islamic_state_sahel_province",
    "Islamic State in the Greater Sahara": "islamic_state_sahel_province",
    "ISCAP": "islamic_state_central_africa_province",
    "Wilayat Sinai": "islamic_state_sinai_province",
    "al-Qaida": "al_qaeda",
    "al Qaeda": "al_qaeda",
    "AQAP": "al_qaeda_in_the_arabian_peninsula",
    "AQIM": "al_qaeda_in_the_islamic_maghreb",
    "AQIS": "al_qaeda_in_the_indian_subcontinent",
    "AQI": "al_qaeda_in_iraq",
    "Jaish-e-Mohammad": "jaish_e_mohammed",
    "Jaish-i-Muhammad": "jaish_e_mohammed",
    "JeM": "jaish_e_mohammed",
    "Lashkar-e-Tayyiba": "lashkar_e_taiba",
    "LeT": "lashkar_e_taiba",
    "Tehreek-e-Taliban Pakistan": "tehrik_i_taliban_pakistan",
    "Pakistani Taliban": "tehrik_i_taliban_pakistan",
    "Ansar Allah": "houthis",
    "Houthi rebels": "houthis",
    "Real IRA": "real_ira",
    "IRA": "provisional_ira",
    "Continuity IRA": "continuity_ira",
    "al Shabaab": "al_shabaab",
    "Al-Shabab": "al_shabaab",
    "Shabaab": "al_shabaab",
    "Jama'at Nusrat al-Islam wal-Muslimin": "jamaat_nusrat_al_islam_wal_muslimin",
    "Jamaat Nusrat al-Islam wal Muslimin": "jamaat_nusrat_al_islam_wal_muslimin",
    "Group for the Support of Islam and Muslims": "jamaat_nusrat_al_islam_wal_muslimin",
    "JNIM": "jamaat_nusrat_al_islam_wal_muslimin",
    "Macina Liberation Front": "katiba_macina",
    "al-Murabitoun": "al_mourabitoun",
    "MUJAO": "movement_for_oneness_and_jihad_in_west_africa",
    "Ansaroul Islam": "ansarul_islam",
    "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad": "boko_haram",
    "HTS": "hayat_tahrir_al_sham",
    "Hay'at Tahrir al-Sham": "hayat_tahrir_al_sham",
    "Jabhat al-Nusra": "al_nusra_front",
    "Jabhat Fateh al-Sham": "al_nusra_front",
    "Hizballah": "hezbollah",
    "Izz al-Din al-Qassam Brigades": "izz_ad_din_al_qassam_brigades",
    "Saraya al-Quds": "al_quds_brigades",
    "Islamic Jihad": "palestinian_islamic_jihad",
    "PFLP": "popular_front_for_the_liberation_of_palestine",
    "Al-Aqsa Martyrs Brigades": "al_aqsa_martyrs_brigades",
    "Kataib Hezbollah": "kataib_hezbollah",
    "Asaib Ahl al-Haq": "asaib_ahl_al_haq",
    "Harakat al-Nujaba": "harakat_hezbollah_al_nujaba",
    "Hashd al-Shaabi": "popular_mobilization_forces",
    "Revolutionary Guards": "islamic_revolutionary_guard_corps",
    "IRGC": "islamic_revolutionary_guard_corps",
    "IRGC-QF": "quds_force",
    "Ansar Beit al-Maqdis": "ansar_bait_al_maqdis",
    "Harakat Sawa'd Misr": "hasm_movement",
    "Haqqani network": "haqqani_network",
    "Hizb-ul-Mujahideen": "hizbul_mujahideen",
    "Tamil Tigers": "liberation_tigers_of_tamil_eelam",
    "Abu Sayyaf": "abu_sayyaf_group",
    "Jemaah Islamiya": "jemaah_islamiyah",
    "NPA": "new_peoples_army",
    "Kurdistan Workers Party": "kurdistan_workers_party",
    "PKK": "kurdistan_workers_party",
    "DHKP-C": "revolutionary_peoples_liberation_party_front",
    "Sendero Luminoso": "shining_path",
    "ELN": "national_liberation_army_colombia",
    "FARC": "revolutionary_armed_forces_of_colombia",
    "ETA": "euskadi_ta_askatasuna",
    "Baader-Meinhof Gang": "red_army_faction",
    "Brigate Rosse": "red_brigades",
    "17N": "revolutionary_organization_17_november",
    "The Base": "the_base",
    "Scottish Dawn": "national_action",
    "Revolutionary Struggle": "revolutionary_struggle_greece",
    "Atomwaffen": "atomwaffen_division",
    "Ulster Freedom Fighters": "ulster_defence_association",
    "Armed Islamic Group": "armed_islamic_group",
    "GSPC": "salafist_group_for_preaching_and_combat",
    "Caucasus Emirate": "caucasus_emirate",
    "Imarat Kavkaz": "caucasus_emirate",
    "Ahlu Sunnah Wa-Jama'a": "ansar_al_sunna_mozambique",
    "ADF": "allied_democratic_forces",
    "Tawhid wal-Jihad": "jamaat_al_tawhid_wal_jihad",
}


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _slug(name: str) -> str:
    s = _fold(name).lower().replace("'", "").replace("\u2019", "").replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


def _extractor_fold(text: str) -> str:
    """The key the extractor compares names by: no accents or apostrophes, punctuation to spaces, no "the"."""
    s = _fold(text).casefold()
    s = re.sub(r"[\u2019'`\u02bc\u2018]", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return re.sub(r"^the ", "", s.strip())


@pytest.fixture(scope="module")
def groups() -> list[dict]:
    path = files("kg") / "data" / "groups.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_id(groups) -> dict[str, dict]:
    return {g["id"]: g for g in groups}


@pytest.fixture(scope="module")
def alias_index(groups) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        for a in [g["name"], *g["aliases"]]:
            index[a.lower()].add(g["id"])
    return index


@pytest.fixture(scope="module")
def acronym_index(groups) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        for a in g["acronyms"]:
            index[a].add(g["id"])
    return index


def test_has_at_least_220_entries(groups):
    assert len(groups) >= 220


def test_sorted_by_id_and_ids_unique(groups):
    ids = [g["id"] for g in groups]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))


def test_ids_are_snake_case_of_name(groups):
    for g in groups:
        assert ID_RE.match(g["id"]), g["id"]
        # The id is the slug of the name, or of the name without a trailing "(qualifier)".
        unqualified = re.sub(r"\s*\([^)]*\)$", "", g["name"])
        assert g["id"] in {_slug(g["name"]), _slug(unqualified)}, (g["id"], g["name"])


def test_entry_fields_and_types(groups):
    for g in groups:
        gid = g["id"]
        assert set(g) == FIELDS, gid
        assert isinstance(g["name"], str) and g["name"].strip() == g["name"] and g["name"], gid
        for key in ("aliases", "acronyms", "formed_from", "regions", "designations"):
            assert isinstance(g[key], list), (gid, key)
            assert all(isinstance(x, str) for x in g[key]), (gid, key)
        assert g["regions"], gid
        assert g["parent"] is None or isinstance(g["parent"], str), gid
        assert g["kind"] in KINDS, gid
        assert set(g["designations"]) <= DESIGNATIONS, gid
        assert len(set(g["designations"])) == len(g["designations"]), gid


def test_active_ranges(groups):
    for g in groups:
        if g["active"] is None:
            continue
        m = ACTIVE_RE.match(g["active"])
        assert m, (g["id"], g["active"])
        start, end = int(m.group(1)), m.group(2)
        assert 1800 < start <= 2026, g["id"]
        if end is not None:
            assert start <= int(end) <= 2026, g["id"]


def test_qids_well_formed_and_unique(groups):
    seen: dict[str, str] = {}
    for g in groups:
        qid = g["qid"]
        if qid is None:
            continue
        assert QID_RE.match(qid), (g["id"], qid)
        assert qid not in seen, (qid, seen.get(qid), g["id"])
        seen[qid] = g["id"]


def test_references_exist(groups, by_id):
    for g in groups:
        refs = ([g["parent"]] if g["parent"] else []) + g["formed_from"]
        for ref in refs:
            assert ref in by_id, (g["id"], ref)
            assert ref != g["id"], g["id"]
        assert len(set(g["formed_from"])) == len(g["formed_from"]), g["id"]


def test_no_parent_cycles(groups, by_id):
    for g in groups:
        seen = {g["id"]}
        cur = g["parent"]
        while cur is not None:
            assert cur not in seen, f"parent cycle through {g['id']}"
            seen.add(cur)
            cur = by_id[cur]["parent"]


def test_no_formed_from_cycles(groups, by_id):
    def visit(node: str, stack: set[str]) -> None:
        assert node not in stack, f"formed_from cycle through {node}"
        for nxt in by_id[node]["formed_from"]:
            visit(nxt, stack | {node})

    for g in groups:
        visit(g["id"], set())


def test_no_duplicates_within_an_entry(groups):
    for g in groups:
        lowered = [a.lower() for a in [g["name"], *g["aliases"]]]
        assert len(lowered) == len(set(lowered)), g["id"]
        assert len(g["acronyms"]) == len(set(g["acronyms"])), g["id"]


def test_aliases_unique_across_entries(alias_index):
    clashes = {
        a: sorted(ids) for a, ids in alias_index.items() if len(ids) > 1 and a not in AMBIGUOUS_ALIASES
    }
    assert not clashes, clashes


def test_folded_aliases_unique_across_entries(groups):
    # The extractor's look-up folds apostrophes, hyphens and a leading "the"; variants that only differ in
    # those must still belong to a single group.
    index: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        for a in [g["name"], *g["aliases"]]:
            index[_extractor_fold(a)].add(g["id"])
    ambiguous = {_extractor_fold(a) for a in AMBIGUOUS_ALIASES}
    clashes = {a: sorted(ids) for a, ids in index.items() if len(ids) > 1 and a not in ambiguous}
    assert not clashes, clashes


def test_acronyms_unique_across_entries(acronym_index):
    clashes = {
        a: sorted(ids) for a, ids in acronym_index.items() if len(ids) > 1 and a not in AMBIGUOUS_ACRONYMS
    }
    assert not clashes, clashes


def test_ambiguous_sets_are_really_ambiguous(alias_index, acronym_index):
    # Stale entries in the allow-lists would hide future mistakes.
    for a in AMBIGUOUS_ALIASES:
        assert len(alias_index.get(a, ())) > 1, a
    for a in AMBIGUOUS_ACRONYMS:
        assert len(acronym_index.get(a, ())) > 1, a


def test_acronyms_do_not_shadow_other_entries_aliases(alias_index, acronym_index):
    for acronym, ids in acronym_index.items():
        other = alias_index.get(acronym.lower(), set()) - ids
        assert not other, (acronym, sorted(ids), sorted(other))


def test_aliases_and_acronyms_are_clean(groups):
    for g in groups:
        for a in [*g["aliases"], *g["acronyms"]]:
            assert a and a.strip(), g["id"]
            assert a == a.strip() and "  " not in a, (g["id"], a)
        for a in g["acronyms"]:
            assert len(a) >= 2, (g["id"], a)


def test_no_generic_case_insensitive_aliases(groups):
    for g in groups:
        for a in [g["name"], *g["aliases"]]:
            assert a.lower() not in GENERIC, (g["id"], a)
            assert _extractor_fold(a) not in GENERIC, (g["id"], a)


def test_must_have_groups_present(by_id):
    missing = {region: [i for i in ids if i not in by_id] for region, ids in MUST_HAVE.items()}
    missing = {k: v for k, v in missing.items() if v}
    assert not missing, missing


@pytest.mark.parametrize(("surface", "expected"), sorted(RESOLVES_TO.items()))
def test_known_aliases_resolve(surface, expected, alias_index, acronym_index):
    hits = set(acronym_index.get(surface, set())) | set(alias_index.get(surface.lower(), set()))
    assert hits == {expected}, (surface, sorted(hits))


def test_islamic_state_provinces_and_al_qaeda_affiliates(by_id):
    provinces = [i for i in by_id if i.startswith("islamic_state_") and i.endswith("_province")]
    assert len(provinces) >= 12
    for pid in provinces:
        assert by_id[pid]["parent"] == "islamic_state", pid
    for aid in (
        "al_qaeda_in_the_arabian_peninsula",
        "al_qaeda_in_the_islamic_maghreb",
        "al_qaeda_in_the_indian_subcontinent",
        "al_shabaab",
        "jamaat_nusrat_al_islam_wal_muslimin",
        "al_nusra_front",
        "hurras_al_din",
    ):
        assert by_id[aid]["parent"] == "al_qaeda", aid


def test_lineage_links(by_id):
    assert by_id["islamic_state"]["formed_from"] == ["islamic_state_of_iraq"]
    assert "al_qaeda_in_iraq" in by_id["islamic_state_of_iraq"]["formed_from"]
    assert (
        "salafist_group_for_preaching_and_combat" in by_id["al_qaeda_in_the_islamic_maghreb"]["formed_from"]
    )
    assert "al_nusra_front" in by_id["hayat_tahrir_al_sham"]["formed_from"]
    assert "provisional_ira" in by_id["real_ira"]["formed_from"]
    assert "real_ira" in by_id["new_ira"]["formed_from"]
    assert "boko_haram" in by_id["islamic_state_west_africa_province"]["formed_from"]


def test_sample_designations(by_id):
    for gid in (
        "islamic_state",
        "al_qaeda",
        "hezbollah",
        "hamas",
        "kurdistan_workers_party",
        "houthis",
        "islamic_revolutionary_guard_corps",
        "lashkar_e_taiba",
        "al_shabaab",
    ):
        assert "US-FTO" in by_id[gid]["designations"], gid
    for gid in ("islamic_state", "al_qaeda", "tehrik_i_taliban_pakistan", "boko_haram"):
        assert "UN-1267" in by_id[gid]["designations"], gid
    for gid in ("national_action", "the_base", "atomwaffen_division", "provisional_ira"):
        assert "UK-proscribed" in by_id[gid]["designations"], gid
    # Delisted or never-designated groups must not claim a US FTO listing.
    for gid in (
        "aum_shinrikyo",
        "euskadi_ta_askatasuna",
        "revolutionary_armed_forces_of_colombia",
        "mujahedin_e_khalq",
        "hayat_tahrir_al_sham",
        "taliban",
    ):
        assert "US-FTO" not in by_id[gid]["designations"], gid


def test_state_forces_are_typed_as_such(by_id):
    assert by_id["islamic_revolutionary_guard_corps"]["kind"] == "state-armed-force"
    assert by_id["quds_force"]["kind"] == "state-armed-force"
    assert by_id["quds_force"]["parent"] == "islamic_revolutionary_guard_corps"

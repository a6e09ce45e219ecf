"""Round twenty-five: breadth of the organisation gazetteer.

New real bodies that conflict reporting names: UN sanctions committees and panels, EU, AU, ECOWAS and
OSCE missions, ministries, courts, police and army units of the conflict regions (Nigeria's divisions
and operations, Germany's higher regional courts, Norway's and Denmark's police and courts, US district
courts, Mexico's state prosecutors), think tanks, monitoring groups, wire agencies, broadcasters and
companies. A short name that is also a common word ("Semana", "Krone") is left out or kept to its
exact case. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import gazetteer_ids, types_written

from kg import gazetteer as gz
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("surface", "oid"),
    [
        ("1988 Sanctions Committee", "un-1988-committee"),
        ("ISIL (Da'esh) and Al-Qaida Sanctions Committee", "un-1267-committee"),
        ("Panel of Experts on Somalia", "un-poe-somalia"),
        ("Panel of Experts on Yemen", "un-poe-yemen"),
        ("UNITAD", "unitad"),
        ("EUAM Iraq", "euam-iraq"),
        ("Ministry of Peshmerga Affairs", "iq-peshmerga-ministry"),
        ("Al-Bayan Center for Planning and Studies", "iq-al-bayan"),
        ("Borgarting Court of Appeal", "no-borgarting"),
        ("Oslo Police District", "no-oslo-police"),
        ("Kammergericht", "de-kammergericht"),
        ("Düsseldorf Higher Regional Court", "de-olg-duesseldorf"),
        ("Copenhagen Police", "dk-copenhagen-police"),
        ("U.S. Army Reserve", "us-army-reserve"),
        ("82 Division", "ng-82div"),
        ("Sinaloa state prosecutor's office", "mx-sinaloa-fge"),
        ("Mexico City police", "mx-cdmx-ssc"),
        ("Gaza Health Ministry", "ps-moh-gaza"),
        ("Interim Afghan Government", "af-interim-government"),
        ("Institute for Strategy and Policy – Myanmar", "mm-isp"),
        ("Fourth Army Region", "th-4th-army"),
        ("Kampilan Division", "ph-6id"),
        ("Southern District Military Court", "ru-southern-district-military-court"),
        ("Transitional Presidential Council", "ht-cpt"),
    ],
)
def test_new_bodies_resolve(surface: str, oid: str) -> None:
    assert gz.lookup_org(surface)[0] == oid


def test_the_1267_committee_is_not_its_monitoring_team() -> None:
    committee = gz.lookup_org("ISIL (Da'esh) and Al-Qaida Sanctions Committee")
    assert "un-monitoring-team" not in committee
    assert gz.lookup_org("UN Monitoring Team")[0] == "un-monitoring-team"


def test_new_acronyms_need_their_case() -> None:
    assert gz.lookup_org("Greyhounds") == ("in-greyhounds",)
    assert gz.lookup_org("greyhounds") == ()


@pytest.mark.parametrize(
    "word",
    ["Semana", "Krone", "Scroll", "Saba", "Fana", "Army Reserve", "Swedish radio", "Tajik border guards"],
)
def test_common_words_are_no_organisation(word: str) -> None:
    assert gz.lookup_org(word) == ()


def test_a_court_and_a_police_district_are_read_as_organisations(extract_text: Extract) -> None:
    text = (
        "The Borgarting Court of Appeal upheld the sentence on Tuesday, after the Oslo Police District "
        "said the man had planned the shooting for months."
    )
    extraction = extract_text(text)
    assert gazetteer_ids(extraction, "Borgarting Court of Appeal") == {"org:no-borgarting"}
    assert gazetteer_ids(extraction, "Oslo Police District") == {"org:no-oslo-police"}
    assert types_written(extraction, "Borgarting Court of Appeal") == {EntityType.ORGANIZATION}


def test_a_berlin_court_is_read_whole(extract_text: Extract) -> None:
    extraction = extract_text(
        "The Kammergericht in Berlin sentenced the two men on Thursday for hiding weapons."
    )
    assert gazetteer_ids(extraction, "Kammergericht") == {"org:de-kammergericht"}
    assert types_written(extraction, "Kammergericht") == {EntityType.ORGANIZATION}


def test_an_acronym_the_text_spells_out_is_not_a_foreign_court(extract_text: Extract) -> None:
    # "STF" is Brazil's Supreme Federal Court only where a text says so: the gazetteer does not claim it.
    assert gz.lookup_org("STF") == ()
    extraction = extract_text(
        "The patrol, drawn from the state's Special Task Force (STF), was ambushed near Gangaloor. An STF officer "
        "said two men were wounded."
    )
    assert not any(m.gazetteer_id == "org:br-stf" for m in extraction.mentions)


def test_holy_week_is_no_magazine(extract_text: Extract) -> None:
    extraction = extract_text(
        "Police in Medellín said the Semana Santa processions would go ahead under guard."
    )
    assert not any(m.gazetteer_id == "org:co-semana" for m in extraction.mentions)


def test_a_state_police_force_needs_its_capital(extract_text: Extract) -> None:
    # "a former Assam police officer" is a man from Assam, not a mention of the Assam Police
    assert gz.lookup_org("Assam Police") == ("in-assam-police",)
    assert gz.organizations()["in-assam-police"].name != "Assam Police"
    assert gz.lookup_org("Assam police") == ()
    extraction = extract_text(
        "Rajiv Das, a former Assam police officer, said the rebels had regrouped in Myanmar."
    )
    assert not any(m.gazetteer_id == "org:in-assam-police" for m in extraction.mentions)

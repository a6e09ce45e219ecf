"""Round twenty-four (d): gazetteer names other readers asked for.

A South American border region under its English name, a Burmese region spelt without its final g, a
Kenyan al-Shabaab unit and a Kenyan network under their short names, a Libyan brigade and a Norwegian
Islamist group. Ambiguous short forms ("Amal" as a first name, "Badr" in a battle's name) stay unread as
groups. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def _of(got: set[tuple[str, EntityType]], name: str) -> set[EntityType]:
    return {kind for found, kind in got if found == name}


def test_tri_border_area_is_the_triple_frontier(extract_text: Extract) -> None:
    got = typed(extract_text("Money changers in the Tri-Border Area were questioned by federal police."))
    assert _of(got, "Triple Frontier") == {EntityType.LOCATION}


def test_tri_border_area_is_no_organisation(extract_text: Extract) -> None:
    got = typed(extract_text("Money changers in the Tri-Border Area were questioned by federal police."))
    assert EntityType.ORGANIZATION not in {kind for name, kind in got if "Border" in name}


def test_sahel_tri_border_area_in_lower_case_is_not_south_america(extract_text: Extract) -> None:
    got = typed(extract_text("Soldiers were ambushed in the tri-border area near Menaka on Monday."))
    assert not _of(got, "Triple Frontier")


def test_sagain_is_sagaing_region(extract_text: Extract) -> None:
    got = typed(extract_text("Drone strikes hit three villages in Sagain on Sunday, a local group said."))
    assert _of(got, "Sagaing Region") == {EntityType.LOCATION}


def test_saga_alone_is_not_sagaing(extract_text: Extract) -> None:
    got = typed(extract_text("The saga of the stolen trucks ended in court on Sunday."))
    assert not _of(got, "Sagaing Region")


def test_jaysh_ayman_alone_is_a_group(extract_text: Extract) -> None:
    got = typed(extract_text("Jaysh Ayman gunmen burned two buses on the road to Witu."))
    assert _of(got, "Jaysh al-Ayman") == {EntityType.GROUP}
    assert EntityType.PERSON not in {kind for name, kind in got if "Ayman" in name}


def test_ayman_as_a_man_is_no_unit(extract_text: Extract) -> None:
    got = typed(extract_text("Ayman Khalil, a driver, said the buses were burned near Witu."))
    assert not _of(got, "Jaysh al-Ayman")


def test_al_hijra_alone_is_the_kenyan_network(extract_text: Extract) -> None:
    got = typed(extract_text("Al-Hijra organisers raised funds in a Mombasa mosque, prosecutors said."))
    assert _of(got, "al-Hijra (Kenya)") == {EntityType.GROUP}


def test_hijri_calendar_is_no_group(extract_text: Extract) -> None:
    got = typed(extract_text("The hijri calendar marks the new year, prosecutors in Mombasa said."))
    assert not _of(got, "al-Hijra (Kenya)")


def test_444th_brigade_is_the_libyan_brigade(extract_text: Extract) -> None:
    got = typed(extract_text("The 444th Brigade moved armoured cars into southern Tripoli overnight."))
    assert _of(got, "444 Combat Brigade") == {EntityType.GROUP}


def test_other_numbered_brigade_is_not_it(extract_text: Extract) -> None:
    got = typed(extract_text("The 44th Brigade moved armoured cars into southern Tripoli overnight."))
    assert not _of(got, "444 Combat Brigade")


def test_profetens_ummah_is_a_group(extract_text: Extract) -> None:
    got = typed(extract_text("A former spokesman of Profetens Ummah was charged in Bergen on Monday."))
    assert _of(got, "Profetens Ummah") == {EntityType.GROUP}


def test_ummah_alone_is_no_group(extract_text: Extract) -> None:
    got = typed(extract_text("He spoke of the ummah to a crowd in Bergen on Monday."))
    assert not _of(got, "Profetens Ummah")


def test_amal_as_a_first_name_is_no_party(extract_text: Extract) -> None:
    got = typed(extract_text("Amal Haddad, a nurse, was hurt when the shell struck her clinic in Tyre."))
    assert not _of(got, "Amal Movement")


def test_amal_movement_is_read(extract_text: Extract) -> None:
    got = typed(extract_text("The Amal Movement said its members were hurt when the shell struck Tyre."))
    assert _of(got, "Amal Movement")


def test_battle_of_badr_is_no_militia(extract_text: Extract) -> None:
    got = typed(extract_text("The preacher spoke about the Battle of Badr at a mosque in Basra."))
    assert not _of(got, "Badr Organization")


def test_badr_organization_is_read(extract_text: Extract) -> None:
    got = typed(extract_text("The Badr Organization sent fighters to a checkpoint near Basra."))
    assert _of(got, "Badr Organization") == {EntityType.GROUP}

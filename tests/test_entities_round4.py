"""Entity rules of the fourth pass, checked on invented sentences and near misses."""

from __future__ import annotations

from collections.abc import Callable

from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
G, ORG, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION


def test_the_country_inside_a_compass_or_possessive_region_is_a_place(extract_text: Extract) -> None:
    found = typed(extract_text("Islamic State fighters attacked a camp in northeast Syria on Monday."))
    assert ("Syria", L) in found and ("North and East Syria", L) in found
    found = typed(extract_text("Boko Haram attacked a village in Cameroon's Far North region, killing five."))
    assert ("Cameroon", L) in found and ("Far North Region", L) in found
    # near miss: a list of places keeps its places, no country is slipped in between
    x = extract_text("Hezbollah is based in southern Lebanon and the Bekaa Valley.")
    assert ("Lebanon", L) not in typed(x)


def test_a_known_town_in_place_context_is_a_place(extract_text: Extract) -> None:
    found = typed(extract_text("Insurgents attacked Mueda in Mozambique's Cabo Delgado province last week."))
    assert ("Mueda", L) in found and ("Mueda", P) not in found
    found = typed(
        extract_text("ADF rebels killed 12 civilians in Beni, in North Kivu. Later they attacked Oicha.")
    )
    assert {("Beni", L), ("Oicha", L), ("North Kivu", L)} <= found
    found = typed(extract_text("Al-Shabaab militants attacked Elwak, in Mandera county, Kenya, on Friday."))
    assert {("Elwak", L), ("Mandera County", L), ("Kenya", L)} <= found


def test_a_county_is_named_as_the_gazetteer_names_it(extract_text: Extract) -> None:
    x = extract_text(
        "Al-Shabaab attacked a police post in Lamu county, Kenya. Lamu County officials said two died."
    )
    assert {m.name for m in x.mentions if m.text.casefold() == "lamu county"} == {"Lamu County"}


def test_a_nationality_word_is_never_a_group_or_organisation(extract_text: Extract) -> None:
    x = extract_text("Somalis had fled the fighting. The Somali army said al-Shabaab attacked a base.")
    assert not any(m.text in ("Somali", "Somalis") for m in x.mentions)
    assert ("al-Shabaab", G) in typed(x)


def test_a_clan_or_cartel_in_armed_context_is_a_group(extract_text: Extract) -> None:
    found = typed(
        extract_text("The Gulf Clan, Colombia's largest armed group, attacked soldiers in Antioquia.")
    )
    assert ("Clan del Golfo", G) in found and ("Gulf region", L) not in found
    found = typed(extract_text("The Oriente Cartel attacked soldiers in Michoacan, killing four."))
    assert ("Oriente Cartel", G) in found
    # near miss: the Gulf alone is still the region
    assert ("Gulf region", L) in typed(extract_text("Ships in the Gulf were attacked by drones."))


def test_particles_inside_a_name_do_not_break_it(extract_text: Extract) -> None:
    found = typed(
        extract_text("Iyad Ag Ghaly, JNIM's leader, claimed the attack. Mokhtar ould Ahmed was also named.")
    )
    assert {("Iyad Ag Ghaly", P), ("Mokhtar ould Ahmed", P)} <= found
    assert ("Mokhtar", P) not in found and ("Ahmed", P) not in found


def test_an_honorific_and_a_name_are_one_person(extract_text: Extract) -> None:
    x = extract_text("Syed Salahuddin, the Hizbul Mujahideen chief, praised the attack in Kashmir.")
    found = typed(x)
    assert ("Syed Salahuddin", P) in found
    assert ("Salahuddin", L) not in found and not any(n == "Syed" for n, _ in found)
    found = typed(extract_text("Maulana Masood Azhar of Jaish-e-Mohammed spoke."))
    assert ("Masood Azhar", P) in found
    # near miss: the Iraqi province by itself stays a place
    assert any(
        t is L and "Salahuddin" in n
        for n, t in typed(extract_text("Gunmen attacked a checkpoint in Salahuddin province."))
    )

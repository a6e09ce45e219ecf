"""Round nineteen (a): groups and bodies the gazetteer now knows, with their real aliases and acronyms.

Every sentence here was written for these tests.

- The FLEC of Cabinda and its two factions, FLEC-FAC and FLEC-PM.
- Iranian Kurdish exiles: the Kurdistan Freedom Party (PAK) and the Komala of the Toilers of Kurdistan.
- The FDLR's splinter CNRD and its special unit CRAP.
- Revolutionary Class Self-Defense (Greece), Hezbollah's 1980s Islamic Jihad Organization, the Saxon
  Separatists, the Shabwa Defence Forces of Yemen.
- Loyalist brigades known by area: the South East Antrim UDA, the East Belfast UVF.
- More spellings: Katiba Imam Bukhari, Al-Yaqin (ARSA), Dana Amassagou, Mawisley, MKY, Tehrik-i-Labbaik,
  KKB (the Papuan rebels), FAI (the anarchists), BGF (the Karen Border Guard Force).
- Bodies: regional police forces, a state intelligence office, a court-watch NGO, a union federation,
  newspapers, a UN panel, a prison service, a university, a police tactical unit.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import typed

from kg.extract import lexicon
from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
ORG = EntityType.ORGANIZATION
GROUP = EntityType.GROUP
PLACE = EntityType.LOCATION

FLEC = "Front for the Liberation of the Enclave of Cabinda"
FLEC_FAC = "Front for the Liberation of the Enclave of Cabinda – Cabindan Armed Forces"
FLEC_PM = "Front for the Liberation of the Enclave of Cabinda – Military Position"


def _groups(ex: Extraction) -> set[str]:
    return {name for name, kind in typed(ex) if kind is GROUP}


def test_flec_and_its_factions_are_groups(extract_text: Extract) -> None:
    ex = extract_text(
        "Rebels of the FLEC-FAC ambushed an army patrol near Buco-Zau in Angola's Cabinda province, and the "
        "rival FLEC-PM denied any part in it. Both came out of the FLEC, which has fought Luanda since 1975."
    )
    assert {FLEC, FLEC_FAC, FLEC_PM} <= _groups(ex)


def test_flec_in_lower_case_is_no_group(extract_text: Extract) -> None:
    ex = extract_text("A flec of paint fell from the ceiling of the hall in Luanda.")
    assert not _groups(ex)


def test_kurdistan_freedom_party_and_its_acronym(extract_text: Extract) -> None:
    ex = extract_text(
        "Iranian drones struck a camp of the Kurdistan Freedom Party (PAK) near Erbil on Tuesday. "
        "The PAK said two of its members were wounded."
    )
    assert ("Kurdistan Freedom Party", GROUP) in typed(ex)
    assert "PAK" not in {m.text for m in ex.mentions if m.type is not GROUP}


def test_pak_in_lower_case_or_as_a_surname_is_no_group(extract_text: Extract) -> None:
    ex = extract_text("Pak Jong-su, a trader in Kaesong, sold pak choi at the market on Tuesday.")
    assert "Kurdistan Freedom Party" not in _groups(ex)


def test_komala_toilers_is_not_komala(extract_text: Extract) -> None:
    ex = extract_text(
        "The Komala of the Toilers of Kurdistan broke away from the Komala Party of Iranian Kurdistan years ago."
    )
    assert {"Komala of the Toilers of Kurdistan", "Komala"} <= _groups(ex)


def test_fdlr_splinter_and_special_unit(extract_text: Extract) -> None:
    ex = extract_text(
        "UN experts said the FDLR had lost men to the CNRD, but its CRAP commandos still fought near Rutshuru."
    )
    assert "National Council for Renewal and Democracy" in _groups(ex)
    assert "Commando de Recherche et d'Action en Profondeur" in _groups(ex)


def test_crap_in_lower_case_is_no_group(extract_text: Extract) -> None:
    ex = extract_text("The FDLR commander called the report crap and said his men were near Rutshuru.")
    assert "Commando de Recherche et d'Action en Profondeur" not in _groups(ex)


def test_revolutionary_class_self_defense_both_spellings(extract_text: Extract) -> None:
    ex = extract_text(
        "Revolutionary Class Self-Defence claimed the blast at a ministry in Athens; police said the group, "
        "Epanastatiki Taxiki Aftoamyna in Greek, had struck twice before."
    )
    assert ("Revolutionary Class Self-Defense", GROUP) in typed(ex)


def test_islamic_jihad_organization_is_its_own_group(extract_text: Extract) -> None:
    ex = extract_text("In 1983 the Islamic Jihad Organization claimed the bombing of the embassy in Beirut.")
    assert "Islamic Jihad Organization" in _groups(ex)
    assert "Hezbollah" not in _groups(ex)
    assert lexicon.groups()["islamic_jihad_organization"].parent == "hezbollah"


def test_palestinian_islamic_jihad_is_not_the_lebanese_front(extract_text: Extract) -> None:
    ex = extract_text("Palestinian Islamic Jihad fired rockets from Gaza on Monday.")
    assert "Islamic Jihad Organization" not in _groups(ex)


def test_saxon_separatists_in_german_and_english(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors in Dresden charged five men with membership of the Sächsische Separatisten, "
        "a far-right militia also called the Saxon Separatists."
    )
    assert ("Saxon Separatists", GROUP) in typed(ex)


def test_shabwani_elite_forces_are_the_shabwa_defence_forces(extract_text: Extract) -> None:
    ex = extract_text("The Shabwani Elite Forces took the town of Ataq from AQAP fighters last year.")
    assert ("Shabwa Defence Forces", GROUP) in typed(ex)


def test_shabwa_alone_stays_a_place(extract_text: Extract) -> None:
    ex = extract_text("AQAP fighters attacked a checkpoint in Shabwa last year.")
    assert "Shabwa Defence Forces" not in _groups(ex)


def test_loyalist_brigades_by_area(extract_text: Extract) -> None:
    ex = extract_text(
        "Detectives blamed the South East Antrim UDA for the shooting, while the East Belfast UVF "
        "denied any part in the attack in Newtownards."
    )
    assert {"South East Antrim UDA", "East Belfast UVF"} <= _groups(ex)
    assert lexicon.groups()["east_belfast_uvf"].parent == "ulster_volunteer_force"


def test_an_area_alone_is_no_brigade(extract_text: Extract) -> None:
    ex = extract_text("Two men were arrested in South East Antrim on Sunday.")
    assert "South East Antrim UDA" not in _groups(ex)


@pytest.mark.parametrize(
    ("surface", "gid"),
    [
        ("Katiba Imam Bukhari", "katibat_imam_al_bukhari"),
        ("Katiba Imama al-Bukhari", "katibat_imam_al_bukhari"),
        ("Al-Yaqin", "arakan_rohingya_salvation_army"),
        ("Dana Amassagou", "dan_na_ambassagou"),
        ("Mawisley", "maawisley"),
        ("MKY", "maniacs_murder_cult"),
        ("Tehrik-i-Labbaik", "tehreek_e_labbaik_pakistan"),
        ("KKB", "west_papua_national_liberation_army"),
        ("FAI", "informal_anarchist_federation"),
        ("BGF", "karen_border_guard_force"),
        ("Komala of the Toilers of Kurdistan", "komala_of_the_toilers_of_kurdistan"),
    ],
)
def test_new_spellings_resolve(surface: str, gid: str) -> None:
    assert lexicon.lookup_group(surface) == gid


@pytest.mark.parametrize("surface", ["kkb", "fai", "bgf", "mky", "Pak", "Crap", "Flec"])
def test_short_forms_need_capitals(surface: str) -> None:
    assert lexicon.lookup_group(surface) is None


def test_karen_bgf_in_a_sentence(extract_text: Extract) -> None:
    ex = extract_text("In Myawaddy the BGF stood aside as the KNLA advanced on Karen State's border town.")
    assert ("Karen Border Guard Force", GROUP) in typed(ex)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("An officer of the Sindh Police was wounded in Karachi on Monday.", "Sindh Police"),
        ("The Johor Police said the attacker was shot dead in Ulu Tiram.", "Johor Police"),
        ("The Saxony police raided flats in Leipzig at dawn.", "Saxony Police"),
        (
            "The Saxony State Office for the Protection of the Constitution watched the chat group.",
            "Saxony State Office for the Protection of the Constitution",
        ),
        ("Sepah News, the Guards' outlet, said three members were killed near Urmia.", "Sepah News"),
        ("The daily Efimerida ton Syntakton received the claim in Athens.", "Efimerida ton Syntakton"),
        ("Members of Memoria Activa gathered in Buenos Aires on Monday.", "Memoria Activa"),
        (
            "The UN Panel of Experts on Yemen said AQAP had rebuilt its drone unit.",
            "UN Panel of Experts on Yemen",
        ),
        ("A lecturer at Queen's University Belfast said the feud would widen.", "Queen's University Belfast"),
        ("Officers of EKO Cobra arrested the teenager in Vienna.", "EKO Cobra"),
        (
            "The Vienna Public Prosecutor's Office charged the man on Friday.",
            "Vienna Public Prosecutor's Office",
        ),
        ("Two men of the Balochistan Levies were killed near Quetta.", "Balochistan Levies Force"),
        ("Public Safety Canada added the gang to its list in Ottawa.", "Public Safety Canada"),
        ("Rangers of African Parks were ambushed in Benin's Pendjari park.", "African Parks"),
        ("The Houthis' al-Masirah television showed the launch from Hodeidah.", "al-Masirah"),
        ("Satellite images from Planet Labs showed the craters near Tower 22.", "Planet Labs"),
        (
            "Three members of the Hamzeh Seyyed al-Shohada Headquarters were killed in West Azerbaijan.",
            "Hamzeh Seyyed al-Shohada Headquarters",
        ),
        (
            "Spain's General Commissariat of Information arrested two men in Ceuta.",
            "General Commissariat of Information",
        ),
        ("Elders of the Anjuman-e-Hussainia met in Parachinar on Sunday.", "Anjuman-e-Hussainia"),
        ("Queensland Police said the officers were shot at Wieambilla.", "Queensland Police Service"),
        (
            "The Greek union federation GSEE called a strike in Athens.",
            "General Confederation of Greek Workers",
        ),
        ("Activists of Defend Our Juries held placards outside the court in London.", "Defend Our Juries"),
        ("Protesters broke into the UAV Engines factory near Lichfield.", "UAV Engines"),
        (
            "A prosecutor of the ECOH in Santiago said the gang ran extortion rackets.",
            "Equipo contra el Crimen Organizado y Homicidios",
        ),
        ("A frigate of the EU's Aspides naval mission rescued the crew off Hodeidah.", "EUNAVFOR Aspides"),
    ],
)
def test_new_bodies_are_organisations(extract_text: Extract, sentence: str, name: str) -> None:
    assert (name, ORG) in typed(extract_text(sentence))


def test_national_penitentiary_institute_is_a_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Honduras's National Penitentiary Institute said 46 inmates died in the women's prison."
    )
    assert ("National Penitentiary Institute (Honduras)", ORG) in typed(ex)


def test_cobra_alone_is_no_police_unit(extract_text: Extract) -> None:
    ex = extract_text("A cobra bit a farmer near Vienna, Virginia, on Friday.")
    assert "EKO Cobra" not in {name for name, kind in typed(ex) if kind is ORG}


def test_gsee_in_lower_case_is_no_body() -> None:
    assert lexicon.lookup_org("gsee") is None
    assert lexicon.lookup_org("GSEE") is not None


def test_lower_case_aspides_is_no_mission() -> None:
    assert lexicon.lookup_org("aspides") is None
    assert lexicon.lookup_org("Aspides") is not None

"""Round twenty-one (e): the gazetteer's groups on the field's current conflicts.

Fatah stays out of the gazetteer: as a group entry it would be a Group wherever it is named, and a party
("Fatah officials met ...") must stay an organisation (tests/test_entities_round7.py). The ELN's war
fronts and the FARC dissidents' fronts and columns, a Pakistani group that claims attacks in Khyber
Pakhtunkhwa, the BLA's units, the Assad loyalists' insurgent groups on the Syrian coast, cartel factions of
Mexico and Central America (the original La Familia Michoacana apart from its successor), the Popular Front of
India's banned affiliates, the umbrella of Thailand's southern insurgents and the nihilist networks "764" and
"the Com" are found and typed as groups. A bare number ("764_network"), a common word ("Com"), a bare ordinal front
with no number-word, or prose in lower case is no group. Each reading sits beside a near miss. Every sentence
was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import groups_read, read_as_group

from kg.extract import lexicon
from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "surface", "gid"),
    [
        # the Palestinian territories
        ("Fatah al-Islam militants held the camp's northern edge.", "Fatah al-Islam", "fatah_al_islam"),
        # Colombia: the ELN's war fronts, FARC dissident fronts
        (
            "The Northeastern War Front claimed the pipeline bombing near Tibu.",
            "Northeastern War Front",
            "northeastern_war_front",
        ),
        (
            "A unit of the Frente de Guerra Oriental burned two trucks in Arauca.",
            "Frente de Guerra Oriental",
            "eastern_war_front",
        ),
        ("Fighters of the 48th Front mined a road in Putumayo.", "48th Front", "48th_front"),
        (
            "The Carlos Patiño Front ambushed an army patrol in Argelia.",
            "Carlos Patiño Front",
            "carlos_patino_front",
        ),
        (
            "The Coordinadora Guerrillera del Pacífico denied planting the explosives.",
            "Coordinadora Guerrillera del Pacífico",
            "coordinadora_guerrillera_del_pacifico",
        ),
        # Pakistan
        (
            "Harkat-e-Inqilab-e-Islami Pakistan said its men had attacked the checkpoint in Bannu.",
            "Harkat-e-Inqilab-e-Islami Pakistan",
            "harkat_e_inqilab_e_islami_pakistan",
        ),
        ("The BLA said its Fateh Squad had hit the convoy.", "Fateh Squad", "fateh_squad"),
        # Syria's coast
        (
            "The Coastal Shield Brigade ambushed a security patrol near Jableh.",
            "Coastal Shield Brigade",
            "coastal_shield_brigade",
        ),
        # Mexico and Central America
        ("Gunmen of Los Rusos clashed with a rival cell in Mexicali.", "Los Rusos", "los_rusos"),
        ("Zetas Vieja Escuela left a banner on a bridge.", "Zetas Vieja Escuela", "zetas_vieja_escuela"),
        # the original cartel and its successor are two groups
        (
            "La Familia Michoacana ran the state's meth trade before its leaders were killed.",
            "La Familia Michoacana",
            "la_familia_michoacana",
        ),
        (
            "La Nueva Familia Michoacana extorts avocado growers in the State of Mexico.",
            "La Nueva Familia Michoacana",
            "la_nueva_familia_michoacana",
        ),
        # India: the Popular Front's affiliates named in its ban
        (
            "The order also banned the National Women's Front and the Empower India Foundation.",
            "National Women's Front",
            "national_womens_front",
        ),
        # Thailand's deep south
        ("Mara Patani negotiators met Thai officials in Kuala Lumpur.", "Mara Patani", "mara_patani"),
        # nihilist networks
        ("The boy had joined the 764 network on Discord.", "764 network", "764_network"),
        ("Investigators said he was active in The Com for two years.", "Com", "the_com"),
    ],
)
def test_real_groups_resolve_to_their_entry(extract_text: Extract, text: str, surface: str, gid: str) -> None:
    x = extract_text(text)
    assert read_as_group(x, surface, gid), [(m.text, m.gazetteer_id, m.type) for m in x.mentions]


@pytest.mark.parametrize(
    "text",
    [
        # a number, not the network
        "Customs officers seized 764 kilograms of cocaine at the port.",
        # a web address, not the network
        "Readers can find the form on the ministry's .com site.",
        # lower-case prose with the words of a group's name
        "Engineers built a coastal shield of concrete blocks along the bay.",
        "On the 10th, front-line units advanced two kilometres.",
        # a front bench, not the Popular Front's youth wing (left out of the gazetteer)
        "A junior front-bench spokesman said the party would oppose the bill.",
        # the ELN's northern and central fronts only with "ELN" or in Spanish: the English words are prose
        "Israel's northern war front stayed quiet through the night.",
    ],
)
def test_plain_words_are_no_group(extract_text: Extract, text: str) -> None:
    x = extract_text(text)
    assert not groups_read(x), x.mentions


@pytest.mark.parametrize(
    ("surface", "gid"),
    [
        ("ELN Western War Front", "western_war_front"),
        ("Frente de Guerra Suroccidental", "southwestern_war_front"),
        ("Frente 33", "33rd_front"),
        ("Dagoberto Ramos Front", "dagoberto_ramos_mobile_column"),
        ("HIIP", "harkat_e_inqilab_e_islami_pakistan"),
        ("Liwa Dir' al-Sahel", "coastal_shield_brigade"),
        ("Uli al-Baas", "islamic_resistance_front_in_syria"),
        ("Cártel del Pacífico", "sinaloa_cartel"),
        ("Nuevo Cártel de Juárez", "juarez_cartel"),
        ("Majlis Syura Patani", "mara_patani"),
        ("ELN Northern War Front", "eln_northern_war_front"),
        ("Frente de Guerra Central", "eln_central_war_front"),
        ("Cártel del Milenio", "milenio_cartel"),
        ("Campus Front of India", "campus_front_of_india"),
        ("NCHRO", "national_confederation_of_human_rights_organization"),
    ],
)
def test_names_as_written_find_their_group(surface: str, gid: str) -> None:
    assert lexicon.lookup_group(surface) == gid


@pytest.mark.parametrize(
    "surface",
    [
        "764",  # a number before it is the network
        "Fateh",  # also an Iranian missile
        "Coastal Shield",  # prose without "Brigade"
        "Ansar al-Tawhid",  # bare: the Syrian or the Indian group
        "Junior Front",  # also a front bench's junior member
        "Northern War Front",  # prose of other wars
    ],
)
def test_numbers_and_common_forms_are_left_out(surface: str) -> None:
    assert lexicon.lookup_group(surface) is None


def test_familia_michoacana_successors_are_formed_from_it() -> None:
    table = lexicon.groups()
    assert "la_familia_michoacana" in table["la_nueva_familia_michoacana"].formed_from
    assert "la_familia_michoacana" in table["knights_templar_cartel"].formed_from
    # the Milenio cartel is no offshoot of it
    assert "la_familia_michoacana" not in table["milenio_cartel"].formed_from


def test_eln_fronts_belong_to_the_eln() -> None:
    table = lexicon.groups()
    fronts = [g for g in table.values() if g.id.endswith("_war_front")]
    assert len(fronts) >= 6
    assert {g.parent for g in fronts} == {"national_liberation_army_colombia"}

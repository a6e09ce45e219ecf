"""Round sixteen: more ways a text says where a place or an institution is (locatedIn).

Every sentence here was written for these tests. Each reading stands beside a near miss of the same
shape that must not be read.

- "Kirawa, a town of about 30,000 people in Adamawa state": the town is in the state.
- "Seytenga, in the north of neighbouring Tillaberi region"; "the Bulengo area of neighbouring Nyiragongo
  territory".
- "the Dalarna region towns of Ludvika and Mora": each town is in the region.
- "Taraba state, the state that includes Jalingo"; "Taraba state, of which Jalingo is the capital".
- "a researcher at the X Forum (XF) in Sao Paulo"; "the Oslo-based rights group Hengaw";
  "X (XF), a non-profit based in Porto"; "X (XF), a Bogota think tank"; "the Ministry of Y in central Kabul".
- A header line: "Centre for Sahel Studies, Niamey | 3 March 2025".
- A site or body named after its town: "the Kano railway station", "the Regional Court of Weiden".
- "the Abu Shouk displacement camp on the northern edge of El Fasher"; "Zion Church in the eastern city of
  Batticaloa".
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]
IN = "locatedIn"


def test_a_town_of_so_many_people_in_a_state(extract_text: Extract) -> None:
    ex = extract_text("Gunmen raided Kirawa, a town of about 30,000 people in Adamawa state, on Friday.")
    assert has_fact(ex, "Kirawa", IN, "Adamawa")
    near = extract_text("Gunmen raided Kirawa, a town of about 30,000 people, and fled toward Adamawa state.")
    assert not has_fact(near, "Kirawa", IN, "Adamawa")


def test_in_the_south_of_a_neighbouring_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighters attacked a post in Seytenga, in the north of neighbouring Tillaberi region, on Sunday."
    )
    assert has_fact(ex, "Seytenga", IN, "Tillabéri Region")
    near = extract_text(
        "Fighters from Seytenga attacked a post in the north of neighbouring Tillaberi region on Sunday."
    )
    assert not has_fact(near, "Seytenga", IN, "Tillabéri Region")


def test_the_region_towns_of_a_list(extract_text: Extract) -> None:
    ex = extract_text("The group keeps cells in the Dalarna region towns of Ludvika and Mora.")
    assert has_fact(ex, "Ludvika", IN, "Dalarna")
    assert has_fact(ex, "Mora", IN, "Dalarna")
    # a list of parts, then their whole: the second part is not the whole of the first
    near = extract_text("The group keeps cells in the Tinsukia and Dibrugarh districts of Upper Assam.")
    assert not has_fact(near, "Upper Assam", IN, "Dibrugarh")


def test_the_area_of_a_neighbouring_territory(extract_text: Extract) -> None:
    ex = extract_text("Two soldiers were killed in the Bulengo area of neighbouring Nyiragongo territory.")
    assert has_fact(ex, "Bulengo", IN, "Nyiragongo")
    near = extract_text(
        "Two soldiers from the Bulengo area were killed in neighbouring Nyiragongo territory."
    )
    assert not has_fact(near, "Bulengo", IN, "Nyiragongo")


def test_the_district_that_includes_a_town(extract_text: Extract) -> None:
    ex = extract_text("A curfew was put on Taraba state, the state that includes Jalingo.")
    assert has_fact(ex, "Jalingo", IN, "Taraba")
    near = extract_text("A curfew was put on Taraba state, the state that borders Jalingo.")
    assert not has_fact(near, "Jalingo", IN, "Taraba")


def test_of_which_a_town_is_the_capital(extract_text: Extract) -> None:
    ex = extract_text("More troops were sent to Taraba state, of which Jalingo is the capital, on Monday.")
    assert has_fact(ex, "Jalingo", IN, "Taraba")
    near = extract_text(
        "More troops were sent to Taraba state, of which Jalingo was once a rival, on Monday."
    )
    assert not has_fact(near, "Jalingo", IN, "Taraba")


def test_a_researcher_at_an_institute_in_a_city(extract_text: Extract) -> None:
    body = "the Brazilian Public Security Forum (FBSP) in Sao Paulo"
    ex = extract_text(f'"The threat is growing," said Ana Ruiz, a researcher at {body}.')
    assert has_fact(ex, "Brazilian Public Security Forum", IN, "São Paulo")
    near = extract_text(f'"The threat is growing," said Ana Ruiz, who criticised {body}.')
    assert not has_fact(near, "Brazilian Public Security Forum", IN, "São Paulo")


def test_a_place_based_rights_group(extract_text: Extract) -> None:
    ex = extract_text("The Oslo-based rights group Hengaw said six men were hanged.")
    assert has_fact(ex, "Hengaw Organization for Human Rights", IN, "Oslo")
    near = extract_text("Oslo-based diplomats said the rights group Hengaw had counted six hangings.")
    assert not has_fact(near, "Hengaw Organization for Human Rights", IN, "Oslo")


def test_a_body_based_in_or_a_think_tank_of_a_city(extract_text: Extract) -> None:
    ex = extract_text(
        "Rafael Lima, a researcher at the Brazilian Public Security Forum (FBSP), a non-profit based in "
        "Sao Paulo, said the war was fought by proxy."
    )
    assert has_fact(ex, "Brazilian Public Security Forum", IN, "São Paulo")
    near = extract_text(
        "Officials of the Brazilian Public Security Forum (FBSP), a group whose leader is based in Sao Paulo, said so."
    )
    assert not has_fact(near, "Brazilian Public Security Forum", IN, "São Paulo")
    ex = extract_text("Camilo Pardo of the Fundación Ideas para la Paz (FIP), a Bogotá think tank, said so.")
    assert has_fact(ex, "Fundación Ideas para la Paz", IN, "Bogotá")
    near = extract_text("Camilo Pardo of the Fundación Ideas para la Paz (FIP), a Bogotá native, said so.")
    assert not has_fact(near, "Fundación Ideas para la Paz", IN, "Bogotá")


def test_a_ministry_in_central_kabul(extract_text: Extract) -> None:
    ex = extract_text(
        "A bomber struck a checkpoint outside the Ministry of Mines and Petroleum in central Kabul."
    )
    assert has_fact(ex, "Ministry of Mines and Petroleum", IN, "Kabul")
    near = extract_text("Officials of the Ministry of Mines and Petroleum flew to central Kabul on Monday.")
    assert not has_fact(near, "Ministry of Mines and Petroleum", IN, "Kabul")


def test_a_header_names_the_body_and_its_town(extract_text: Extract) -> None:
    ex = extract_text(
        "Centre for Sahel Security Studies, Niamey | 3 March 2025 | Authors: Ana Ruiz\n\n"
        "The JNIM insurgency has spread south across the Sahel."
    )
    assert has_fact(ex, "Centre for Sahel Security Studies", IN, "Niamey")
    near = extract_text(
        "The JNIM insurgency has spread south, the Centre for Sahel Security Studies said, and Niamey worries.\n\n"
        "It has reached the coast."
    )
    assert not has_fact(near, "Centre for Sahel Security Studies", IN, "Niamey")


def test_a_site_named_after_its_town(extract_text: Extract) -> None:
    ex = extract_text(
        "The bomb exploded at the Kano railway station on Monday, and police in Kano said three people were hurt."
    )
    assert has_fact(ex, "Kano railway station", IN, "Kano")
    ex = extract_text(
        "The Regional Court of Weiden in der Oberpfalz jailed the man. Police in Weiden had found his rifles."
    )
    assert has_fact(ex, "Regional Court of Weiden in der Oberpfalz", IN, "Weiden")
    # a club named after a town is no site in it
    near = extract_text(
        "Fans of the Kano Pillars Football Club gathered on Monday, and police in Kano said three people were hurt."
    )
    assert not any(
        r.subject.name.startswith("Kano Pillars") and r.predicate.value == IN for r in near.relations
    )


def test_a_camp_on_the_edge_of_a_town(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen fired at the Abu Shouk displacement camp on the northern edge of El Fasher on Tuesday."
    )
    assert has_fact(ex, "Abu Shouk displacement camp", IN, "El Fasher")
    near = extract_text(
        "Gunmen drove from the Abu Shouk displacement camp to the northern edge of El Fasher."
    )
    assert not has_fact(near, "Abu Shouk displacement camp", IN, "El Fasher")


def test_a_church_in_the_eastern_city_of(extract_text: Extract) -> None:
    ex = extract_text("Bombers struck the Zion Church in the eastern city of Batticaloa on Sunday.")
    assert has_fact(ex, "Zion Church", IN, "Batticaloa")
    near = extract_text("Bombers from the Zion Church left for the eastern city of Batticaloa on Sunday.")
    assert not has_fact(near, "Zion Church", IN, "Batticaloa")

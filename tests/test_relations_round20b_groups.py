"""Round twenty, second wave: what a group's own name says of where it fights.

Every sentence here was written for these tests.

- "Alliance Fleuve Congo": a river named after the country is not the country.
- "Alliance of Patriots for a Free and Sovereign Congo": the country a group is for, named in its aim.
- "Résistance pour un État de droit au Burundi": French "au" is "in", left out as "in" is.
- A franchise's province ("Islamic State Somalia Province") still names where it fights.
- "JNIM's Katiba Macina": an Arabic unit name opens with its unit word ("Katiba", "Saraya", "Liwa").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_river_in_a_name_is_not_the_country(extract_text: Extract) -> None:
    ex = extract_text(
        "The Alliance Fleuve Congo held a rally in Goma on Sunday. Congo's government called the rally illegal."
    )
    assert not has_fact(ex, "Alliance Fleuve Congo", "operatesIn", "Democratic Republic of the Congo")
    assert not any(
        r.predicate.value == "operatesIn" and r.object.name.endswith("Congo") for r in ex.relations
    )
    # near miss: a franchise's province does name its theatre
    ex = extract_text(
        "Islamic State Somalia Province released a video on Friday. Somalia's army said the video was old."
    )
    assert has_fact(ex, "Islamic State Somalia Province", "operatesIn", "Somalia")


def test_country_in_a_groups_aim_is_not_where_it_fights(extract_text: Extract) -> None:
    ex = extract_text(
        "The Alliance of Patriots for a Free and Sovereign Congo denied the claim. Congo's army said nothing."
    )
    assert not any(
        r.predicate.value == "operatesIn" and r.object.name.endswith("Congo") for r in ex.relations
    )
    # near miss: a place after a plain word of the name, not an aim (a town: a country ending a national
    # movement's name bare, "Tehrik-i-Taliban Pakistan", is its designation, see test_round25_N1)
    ex = extract_text("Katibat Jenin denied the claim on Tuesday. Jenin's governor said nothing.")
    assert has_fact(ex, "Jenin Brigade", "operatesIn", "Jenin")


def test_french_au_is_in(extract_text: Extract) -> None:
    ex = extract_text(
        "The Résistance pour un État de droit au Burundi denied the report. Burundi's government said nothing."
    )
    assert not any(r.predicate.value == "operatesIn" and r.object.name == "Burundi" for r in ex.relations)
    # near miss: a French name whose country follows "de", the group's own banner
    ex = extract_text(
        "The Autodefensas Gaitanistas de Colombia denied the report. Colombia's government said nothing."
    )
    assert has_fact(ex, "Clan del Golfo", "operatesIn", "Colombia")


def test_possessed_unit_named_in_arabic(extract_text: Extract) -> None:
    ex = extract_text("Villagers said JNIM's Katiba Macina had set up checkpoints on the road.")
    assert has_fact(ex, "Katiba Macina", "affiliateOf", "Jama'at Nusrat al-Islam wal-Muslimin")
    # near miss: the two named side by side, no possessive
    ex = extract_text("Villagers said JNIM and Katiba Macina had set up checkpoints on the road.")
    assert not has_fact(ex, "Katiba Macina", "affiliateOf", "Jama'at Nusrat al-Islam wal-Muslimin")
    # near miss: a possessed group whose name holds no unit word
    ex = extract_text("Officials said JNIM's Ansarul Islam allies had set up checkpoints on the road.")
    assert not has_fact(ex, "Ansarul Islam", "affiliateOf", "Jama'at Nusrat al-Islam wal-Muslimin")

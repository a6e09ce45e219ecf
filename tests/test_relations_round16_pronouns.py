"""Round sixteen (X3): members and places a neighbouring clause or sentence names, as general rules.

Every sentence here was written for these tests.

- "the attackers belonged to G ... two suspects, A and B": the suspects named are members of G.
- "Two men whom police describe as leaders of G ... . A, 44, of X, and B, 39, appeared": the next sentence's
  list, when it names as many persons as the number says, are members of G.
- "The slain militants are A and B. Among those arrested is C. The cell belongs to G": each is a member of G.
- "C, identified as the head of the cell ... the head of the cell had belonged to G": C is a member of G.
- "a rally of the X Party ... the party's district chief, P"; "at the collective's direction by a follower, P".
- "G, led by the sons of F ... his sons, A and B," (his = F): A and B are G's.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_suspects_named_after_the_gunmen_belonged(extract_text: Extract) -> None:
    ex = extract_text(
        "Investigators said on Friday that the gunmen belonged to Lashkar-e-Taiba, and police asked the public "
        "to help find two suspects, Tariq Mehmood and Bilal Qureshi."
    )
    assert has_fact(ex, "Tariq Mehmood", "affiliatedWith", "Lashkar-e-Taiba")
    assert has_fact(ex, "Bilal Qureshi", "affiliatedWith", "Lashkar-e-Taiba")


def test_suspects_named_without_belonging_say_nothing(extract_text: Extract) -> None:
    # the gunmen were said not to belong, or the persons are named as witnesses: no membership
    ex = extract_text(
        "Investigators said on Friday that the gunmen were not from Lashkar-e-Taiba, and police asked the public "
        "to help find two suspects, Tariq Mehmood and Bilal Qureshi."
    )
    assert not has_fact(ex, "Tariq Mehmood", "affiliatedWith", "Lashkar-e-Taiba")
    ex = extract_text(
        "Investigators said on Friday that the gunmen belonged to Lashkar-e-Taiba, and police questioned two "
        "witnesses, Tariq Mehmood and Bilal Qureshi."
    )
    assert not has_fact(ex, "Tariq Mehmood", "affiliatedWith", "Lashkar-e-Taiba")


_TWO_MEN = "Two men whom police describe as the senior leaders of The Base were charged on Tuesday with plotting arson. "


def test_the_two_described_then_listed(extract_text: Extract) -> None:
    ex = extract_text(
        _TWO_MEN
        + "Jonathan Pierce, 44, of Tacoma, and Aaron Whitfield, 39, appeared before a magistrate in Seattle."
    )
    assert has_fact(ex, "Jonathan Pierce", "affiliatedWith", "The Base (neo-Nazi group)")
    assert has_fact(ex, "Aaron Whitfield", "affiliatedWith", "The Base (neo-Nazi group)")


def test_the_two_described_then_a_different_count(extract_text: Extract) -> None:
    # the next sentence names one person first, or three: the list is not the two
    ex = extract_text(
        _TWO_MEN + "Jonathan Pierce, a retired teacher, watched from the public gallery in Seattle."
    )
    assert not has_fact(ex, "Jonathan Pierce", "affiliatedWith", "The Base (neo-Nazi group)")
    ex = extract_text(
        "Two men whom police describe as victims of The Base spoke on Tuesday. "
        "Jonathan Pierce, 44, of Tacoma, and Aaron Whitfield, 39, gave evidence in Seattle."
    )
    assert not has_fact(ex, "Jonathan Pierce", "affiliatedWith", "The Base (neo-Nazi group)")


_CELL = (
    "Soldiers dismantled a terrorist cell near the town of Gao on Monday. "
    "The killed militants are Moussa Diarra and Amadou Kone. "
    "Among those arrested is Ibrahim Sangare, whom investigators named as the head of the cell. "
    "Weapons and a motorbike were seized. "
)


def test_the_cell_belongs_to(extract_text: Extract) -> None:
    ex = extract_text(_CELL + "The cell belongs to Jamaat Nusrat al-Islam wal-Muslimin, the army said.")
    for person in ("Moussa Diarra", "Amadou Kone", "Ibrahim Sangare"):
        assert has_fact(ex, person, "affiliatedWith", "Jama'at Nusrat al-Islam wal-Muslimin")


def test_the_cell_fought_is_no_membership(extract_text: Extract) -> None:
    ex = extract_text(_CELL + "The cell fought Jamaat Nusrat al-Islam wal-Muslimin last year, the army said.")
    assert not has_fact(ex, "Moussa Diarra", "affiliatedWith", "Jama'at Nusrat al-Islam wal-Muslimin")
    # persons a sentence names otherwise (a spokesman) are not the cell's members
    ex = extract_text(
        "Colonel Souleymane Dembele said soldiers had dismantled a cell near Gao. "
        "The cell belongs to Jamaat Nusrat al-Islam wal-Muslimin, the army said."
    )
    assert not has_fact(ex, "Souleymane Dembele", "affiliatedWith", "Jama'at Nusrat al-Islam wal-Muslimin")


def test_the_head_of_the_cell_had_belonged(extract_text: Extract) -> None:
    ex = extract_text(
        _CELL + "Investigators say the head of the cell had previously belonged to the Islamic State."
    )
    assert has_fact(ex, "Ibrahim Sangare", "affiliatedWith", "Islamic State")
    assert not has_fact(ex, "Moussa Diarra", "affiliatedWith", "Islamic State")


def test_another_cells_head_is_not_read(extract_text: Extract) -> None:
    # the head of a gang is not the head of the cell
    ex = extract_text(
        _CELL + "Investigators say the head of the gang had previously belonged to the Islamic State."
    )
    assert not has_fact(ex, "Ibrahim Sangare", "affiliatedWith", "Islamic State")


def test_the_partys_district_chief(extract_text: Extract) -> None:
    ex = extract_text(
        "A bomb exploded at a rally of the Awami National Party in Mardan on Friday, killing six people. "
        "Among the dead was the party's district chief, Haji Gul Rehman."
    )
    assert has_fact(ex, "Haji Gul Rehman", "affiliatedWith", "Awami National Party")


def test_the_partys_chief_needs_one_party(extract_text: Extract) -> None:
    # no body the sentences name is called a party: "the party" is not read
    ex = extract_text(
        "A bomb exploded near an office of the Pakistan Red Crescent in Mardan on Friday, killing six people. "
        "Among the dead was the party's district chief, Haji Gul Rehman."
    )
    assert not has_fact(ex, "Haji Gul Rehman", "affiliatedWith", "Pakistan Red Crescent")


_SONS = (
    "The Chapitos, led by the sons of Joaquín Guzmán Loera, are fighting the followers of Ismael Zambada. "
    "After Guzmán's arrest in 2016, "
)


def test_the_sons_listed_later(extract_text: Extract) -> None:
    ex = extract_text(_SONS + "his sons, Ovidio Guzmán López and Joaquín Guzmán López, took over his routes.")
    assert has_fact(ex, "Ovidio Guzmán López", "affiliatedWith", "Los Chapitos")
    assert has_fact(ex, "Joaquín Guzmán López", "affiliatedWith", "Los Chapitos")


def test_other_kin_or_another_father_is_not_read(extract_text: Extract) -> None:
    # his brothers are not the sons the group is led by; the sons of another man are not them either
    ex = extract_text(
        _SONS + "his brothers, Aureliano Guzmán Loera and Arturo Guzmán Loera, stayed in Badiraguato."
    )
    assert not has_fact(ex, "Aureliano Guzmán Loera", "affiliatedWith", "Los Chapitos")
    ex = extract_text(
        "The Chapitos, led by the sons of Joaquín Guzmán Loera, are fighting the followers of Ismael Zambada. "
        "After Zambada's arrest in 2024, his sons, Ismael Zambada Sicairos and Serafín Zambada Ortiz, took over."
    )
    assert not has_fact(ex, "Ismael Zambada Sicairos", "affiliatedWith", "Los Chapitos")


_COLLECTIVE = (
    "The Terrorgram Collective, a neo-Nazi network, was designated last year. "
    "Its channels moved to new servers in March. "
    "Police say the channels were run from Ohio. "
)


def test_at_the_collectives_direction_by_a_follower(extract_text: Extract) -> None:
    ex = extract_text(
        _COLLECTIVE
        + "Prosecutors say the fire was set at the collective's direction by a follower, Brandon Tate, 23."
    )
    assert has_fact(ex, "Brandon Tate", "affiliatedWith", "Terrorgram Collective")


def test_a_bystander_of_the_collective_is_not_read(extract_text: Extract) -> None:
    # the fire was reported by a neighbour, not set at the collective's direction by a follower
    ex = extract_text(
        _COLLECTIVE
        + "Prosecutors say the fire near the collective's old office was reported by a neighbour, Brandon Tate."
    )
    assert not has_fact(ex, "Brandon Tate", "affiliatedWith", "Terrorgram Collective")

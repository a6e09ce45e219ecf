"""Attack rules, round twenty-two: an attack on a road named by its two ends.

Every sentence here was written for these tests.

- "ambushed a convoy on the road between Maiduguri and Damboa": both towns are the attack's places, and the
  attack is read even where no other place is named.
- "the highway connecting Kandahar and Herat", "the road from Gao to Menaka", "linking Gao with Menaka": the
  same road, other words.
- "The road between Maiduguri and Damboa has been closed since March": a road named, no attack.
"""

from __future__ import annotations

from readings import only_attack, places


def test_an_ambush_on_the_road_between_two_towns(extract_text) -> None:
    ex = extract_text(
        "On 3 March, gunmen ambushed a convoy of traders on the road between Maiduguri and Damboa, "
        "killing seven drivers.",
        date="2025-03-05",
    )
    attack = only_attack(ex)
    assert {"Maiduguri", "Damboa"} <= set(places(attack))
    assert attack.killed == 7
    assert attack.date == "2025-03-03"


def test_a_bomb_on_the_highway_linking_two_cities(extract_text) -> None:
    ex = extract_text(
        "A roadside bomb struck a bus on the highway connecting Kandahar and Herat on Sunday, killing four passengers.",
        date="2025-03-05",
    )
    assert {"Kandahar", "Herat"} <= set(places(only_attack(ex)))


def test_the_road_from_one_town_to_another(extract_text) -> None:
    ex = extract_text(
        "Militants attacked a lorry on the road from Gao to Menaka on Friday, killing three passengers.",
        date="2025-03-05",
    )
    assert {"Gao", "Ménaka"} <= set(places(only_attack(ex)))


def test_the_road_linking_one_town_with_another(extract_text) -> None:
    ex = extract_text(
        "Militants attacked a lorry on the road linking Gao with Menaka on Friday, killing three passengers.",
        date="2025-03-05",
    )
    assert {"Gao", "Ménaka"} <= set(places(only_attack(ex)))


def test_a_road_closed_is_no_attack(extract_text) -> None:
    # near miss: the road named by its two ends, nothing done on it
    ex = extract_text(
        "The road between Maiduguri and Damboa has been closed to civilian traffic since March.",
        date="2025-03-05",
    )
    assert not ex.attacks


def test_a_town_the_convoy_came_from_is_no_other_end(extract_text) -> None:
    # near miss: "from ... to" told of the people, not of a road named by its ends
    ex = extract_text(
        "Militants attacked a lorry near Gao on Friday, killing three traders from Menaka.",
        date="2025-03-05",
    )
    assert places(only_attack(ex)) == ["Gao"]

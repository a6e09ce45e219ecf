"""Attack rules, round eighteen (second part): named years, traded blame, evidence, "X, where ...", local names.

Every sentence here was written for these tests.

- "G, the network behind the 2002 Bali bombings, met in X on 3 May 2025": the year that names the attack, and
  not the group's meeting place.
- "the two cartels were blaming each other": blame traded between rivals names no one.
- "casings recovered at the party pointed to a cell of G": the attack at the party, not the one told last.
- "the debate that followed Hanau, where a gunman killed nine people": another attack, at the place before "where".
- "pointed to Daesh, as the Islamic State's Khorasan branch is known locally": the branch.
- "shot dead Rahim Gul, a 40-year-old shopkeeper": one victim, named.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack, perpetrator_keys, places

from kg.extract.numbers import read_casualties
from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_the_year_that_names_an_attack_wins(extract_text: Extract) -> None:
    ex = extract_text(
        "On 3 May 2025, leaders of Jemaah Islamiyah, the network behind the 2002 Bali bombings that killed 202 "
        "people, met in Solo, Central Java, and renounced violence.",
        "2025-06-01",
    )
    attack = only_attack(ex)
    assert attack.date == "2002"
    assert places(attack) == ["Bali"]


def test_a_group_bombing_on_a_named_day_keeps_the_day(extract_text: Extract) -> None:
    # near miss: no apposition naming an older attack; the day and the place are the bombing's
    ex = extract_text(
        "On 3 May 2025, militants of Jemaah Islamiyah bombed a church in Solo, Central Java, killing four people.",
        "2025-06-01",
    )
    attack = only_attack(ex)
    assert attack.date == "2025-05-03"
    assert "Solo" in places(attack)


def test_blame_traded_between_rivals_names_no_one(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen shot dead five police officers near Camargo on Saturday. By Sunday the two cartels were blaming "
        "each other: the Cartel del Noreste accused the Gulf Cartel of the killings.",
        "2026-05-12",
    )
    assert not perpetrator_keys(only_attack(ex))


def test_blame_laid_by_officials_still_names_the_group(extract_text: Extract) -> None:
    # near miss: one side blamed, by the authorities, nothing traded
    ex = extract_text(
        "Gunmen shot dead five police officers near Camargo on Saturday. On Sunday state officials blamed the "
        "Gulf Cartel for the killings.",
        "2026-05-12",
    )
    assert perpetrator_keys(only_attack(ex))


_TWO_SHOOTINGS = (
    "Gunmen opened fire on a wedding party in Reynosa on Saturday, killing six people. Hours later, three police "
    "officers were shot dead in an ambush on a highway near Camargo. "
)


def test_evidence_from_a_scene_goes_to_the_attack_there(extract_text: Extract) -> None:
    ex = extract_text(
        _TWO_SHOOTINGS
        + "Prosecutors said shell casings recovered at the party pointed to a cell of the Cartel "
        "del Noreste.",
        "2026-05-12",
    )
    by_place = {a.locations[0].name: perpetrator_keys(a) for a in ex.attacks}
    assert by_place["Reynosa"] and not by_place["Camargo"]


def test_pointing_to_a_group_without_evidence_is_no_attribution(extract_text: Extract) -> None:
    # near miss: officials pointed to the group's strength, no evidence of the attack
    ex = extract_text(
        _TWO_SHOOTINGS + "Prosecutors said the rising toll pointed to the Cartel del Noreste.",
        "2026-05-12",
    )
    assert all(not perpetrator_keys(a) for a in ex.attacks)


def test_the_place_a_where_clause_opens_on_is_another_attacks(extract_text: Extract) -> None:
    ex = extract_text(
        "A man stabbed two people at a wine fair in Mainz on Saturday. The attack revived the debate that "
        "followed Hanau, where a gunman killed nine people in February 2020.",
        "2026-09-14",
    )
    hanau = [a for a in ex.attacks if "Hanau" in places(a)]
    assert len(ex.attacks) == 2 and hanau and hanau[0].killed == 9 and hanau[0].date == "2020-02"


def test_a_where_clause_without_an_attack_is_none(extract_text: Extract) -> None:
    # near miss: the "where" clause tells of no attack
    ex = extract_text(
        "A man stabbed two people at a wine fair in Mainz on Saturday. The attack revived the debate that "
        "followed Hanau, where the city council banned knives at festivals.",
        "2026-09-14",
    )
    assert places(only_attack(ex)) == ["Mainz"]


def test_a_local_name_goes_to_the_group_it_names(extract_text: Extract) -> None:
    ex = extract_text(
        "A suicide bomber killed 31 people at a rally in Bajaur on Sunday. An official said initial findings "
        "pointed to Daesh, as the Islamic State's Khorasan branch is known locally.",
        "2026-02-16",
    )
    assert perpetrator_keys(only_attack(ex)) == {"group:islamic_state_khorasan_province"}


def test_a_name_with_no_gloss_is_itself(extract_text: Extract) -> None:
    # near miss: no "as ... is known" gloss
    ex = extract_text(
        "A suicide bomber killed 31 people at a rally in Bajaur on Sunday. An official said initial findings "
        "pointed to Daesh.",
        "2026-02-16",
    )
    assert perpetrator_keys(only_attack(ex)) == {"group:islamic_state"}


def test_one_victim_shot_dead_by_name_then_described() -> None:
    found = read_casualties(
        "Suspected rebels shot dead Rahim Gul, a 40-year-old shopkeeper, outside his home in Wana on Monday."
    )
    assert found.killed == 1


def test_a_man_shot_at_by_name_is_no_death() -> None:
    # near miss: shot at, not dead
    found = read_casualties(
        "Suspected rebels shot at Rahim Gul, a 40-year-old shopkeeper, outside his home in Wana."
    )
    assert found.killed is None

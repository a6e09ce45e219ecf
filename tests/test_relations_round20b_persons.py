"""Round twenty (second wave): person affiliations, read as general rules.

Every sentence here was written for these tests.

- "P, whose negotiators hold talks with the G": the office in a "whose" clause is another's, not P's (but "P, a
  negotiator for the G" is still his).
- "a G spokesman who calls himself P": an alias given as his own word (not "a G critic who calls himself P").
- "Khalifa Haftar's Libyan National Army": a named army is a warlord's own, as a group is (not "Haftar's rivals in
  the Libyan National Army").
- "P, who monitors the insurgency for the O": a watcher's employer, as "researches ... for" (not "P, who monitors
  the insurgency, told the O").
- "a G guard, P", "a party functionary, P": two more trades of a body's men (not "a G guard post" with P after).
- "a group of G officers (commanders) led by P": the men's leader is one of them (not "G fighters attacked troops
  led by P").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_whose_negotiators_are_not_his_office(extract_text: Extract) -> None:
    ex = extract_text(
        "The ambush embarrassed President Gustavo Petro, whose negotiators have been holding talks with the ELN."
    )
    assert not among("ELN", bodies_of(ex, "Gustavo Petro"))


def test_negotiator_for_the_group_is_his_office(extract_text: Extract) -> None:
    ex = extract_text("Khalil al-Hayya, a negotiator for Hamas, said the talks would resume.")
    assert among("Hamas", bodies_of(ex, "Khalil al-Hayya"))


def test_spokesman_who_calls_himself_p(extract_text: Extract) -> None:
    ex = extract_text("An al-Shabaab spokesman who calls himself Abu Musab warned traders in Mogadishu.")
    assert among("al-Shabaab", bodies_of(ex, "Abu Musab"))


def test_critic_who_calls_himself_p_is_not_in_the_group(extract_text: Extract) -> None:
    ex = extract_text("An al-Shabaab critic who calls himself Abu Musab warned traders in Mogadishu.")
    assert not among("al-Shabaab", bodies_of(ex, "Abu Musab"))


def test_warlords_own_army(extract_text: Extract) -> None:
    ex = extract_text("The fighters were armed through Khalifa Haftar's Libyan National Army.")
    assert among("Libyan National Army", bodies_of(ex, "Khalifa Haftar"))


def test_warlords_rivals_in_the_army_are_not_his_army(extract_text: Extract) -> None:
    ex = extract_text("The fighters were armed by Khalifa Haftar's rivals inside the Libyan National Army.")
    assert not among("Libyan National Army", bodies_of(ex, "Khalifa Haftar"))


def test_who_monitors_the_insurgency_for_the_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Ahmed Rashid, who monitors the insurgency for the International Crisis Group, said attacks had spread."
    )
    assert among("International Crisis Group", bodies_of(ex, "Ahmed Rashid"))


def test_who_monitors_the_insurgency_and_told_the_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Ahmed Rashid, who monitors the insurgency closely, told the International Crisis Group that attacks had spread."
    )
    assert not among("International Crisis Group", bodies_of(ex, "Ahmed Rashid"))


def test_a_group_guard_named(extract_text: Extract) -> None:
    ex = extract_text("The bomber killed a Hamas guard, Samir Odeh, at the crossing near Rafah.")
    assert among("Hamas", bodies_of(ex, "Samir Odeh"))


def test_a_group_guard_post_is_not_his(extract_text: Extract) -> None:
    ex = extract_text("Gunmen fired on a Hamas guard post near Rafah, and Samir Odeh was hurt.")
    assert not among("Hamas", bodies_of(ex, "Samir Odeh"))


def test_a_party_functionary_named(extract_text: Extract) -> None:
    ex = extract_text(
        "Police said Ravi Kumar, a BJP functionary, was attacked outside his home in Mangaluru."
    )
    assert among("Bharatiya Janata Party", bodies_of(ex, "Ravi Kumar"))


def test_group_officers_led_by_p(extract_text: Extract) -> None:
    ex = extract_text("In 2016 a group of al-Shabaab commanders led by Abdiqadir Mumin walked out.")
    assert among("al-Shabaab", bodies_of(ex, "Abdiqadir Mumin"))


def test_group_fighters_attacked_troops_led_by_p(extract_text: Extract) -> None:
    ex = extract_text("In 2016 al-Shabaab commanders attacked troops led by Abdiqadir Mumin.")
    assert not among("al-Shabaab", bodies_of(ex, "Abdiqadir Mumin"))

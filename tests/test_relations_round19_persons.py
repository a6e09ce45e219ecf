"""Round nineteen: person affiliations, read as general rules.

Every sentence here was written for these tests.

- "P, a Belgian-Moroccan whom investigators identify as the Hamas operative": a short apposition before "whom"
  (not "whom investigators identify as a Hamas target").
- "P also sits as a vice-chairman on the O": the seat's office between "sits" and "on" (not "sits as a witness on").
- "G, the movement that seized X in 2007 and whose military chief, P, ...": a relative clause joined to "whose" by
  "and" (not after a comma, where "whose" may be the clause's object's).
- "*By P, senior fellow, O (City)*": an author's line with the post alone (not where the sentence runs on).
- "Prosecutor P, for the O (its German name) in Karlsruhe, read out the charges": counsel for an office with its
  seat (not "..., was attacked").
- "prosecutors accuse the ringleader, P, of being a member of G" (not "the court cleared P of being a member").
- "The party's emir, P": the one party named before (not where two are named).
- "P, who acts as G's spokesman" and after an apposition (not "acts as G's worst enemy", not another's office).
- "P, who sat on the X town council for the O": the party he sits for (not "sat in jail for the G bombing").
- "G, formed from H in 1987 by its founder, P": "its" is G's, so P is not H's (but "H and its founder, P" is).
- "Benin's interior minister, P" sits in "Benin's government" named elsewhere (not "Niger's interior minister").
- "P, the Refugee Relief and Repatriation Commissioner (RRRC), said": he holds the one-person office the body is
  (not "to P, the O and the Interior Ministry", a list).
- "P, who was Iran's minister of intelligence": the ministry named for that portfolio (not "minister of defence").
- "Home Minister P" where the only ministry named is "Singapore's Ministry of Home Affairs": not that ministry unless
  his sentence names Singapore.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_apposition_before_whom_identify_as(extract_text: Extract) -> None:
    ex = extract_text(
        "Karim Haddad, a Belgian-Moroccan whom investigators identify as the Hamas operative who moved the money, "
        "was extradited on Friday."
    )
    assert has_fact(ex, "Karim Haddad", "affiliatedWith", "Hamas")


def test_apposition_before_whom_target_is_no_office(extract_text: Extract) -> None:
    ex = extract_text(
        "Karim Haddad, a shopkeeper whom investigators identify as a Hamas target, was moved to a safe house."
    )
    assert not among("Hamas", bodies_of(ex, "Karim Haddad"))


def test_sits_as_officer_on_council(extract_text: Extract) -> None:
    ex = extract_text(
        "Malik Agar also sits as a vice-chairman on the Transitional Sovereignty Council in Khartoum."
    )
    assert among("Sovereignty Council", bodies_of(ex, "Malik Agar"))


def test_sits_as_witness_on_is_no_seat(extract_text: Extract) -> None:
    ex = extract_text(
        "Malik Agar sat as a witness on the day the Transitional Sovereignty Council met in Khartoum."
    )
    assert not among("Sovereignty Council", bodies_of(ex, "Malik Agar"))


def test_relative_clause_and_whose_officer(extract_text: Extract) -> None:
    ex = extract_text(
        "Israel blamed Hamas, the movement that seized Gaza in 2007 and whose military chief, Mohammed Deif, "
        "was killed last year."
    )
    assert has_fact(ex, "Mohammed Deif", "affiliatedWith", "Hamas")


def test_relative_clause_comma_whose_is_the_clauses(extract_text: Extract) -> None:
    ex = extract_text(
        "Kenya blamed al-Shabaab, the group that kidnapped two doctors of the Red Cross, whose director, "
        "Peter Maurer, appealed for their release."
    )
    assert not among("Shabaab", bodies_of(ex, "Peter Maurer"))


def test_author_line_with_bare_post(extract_text: Extract) -> None:
    ex = extract_text(
        "Jihadist attacks in the Sahel rose again last year.\n\n"
        "*By Miriam Okafor, senior fellow, Institute for Security Studies (Pretoria)*"
    )
    assert among("Institute for Security Studies", bodies_of(ex, "Miriam Okafor"))


def test_bare_post_in_running_sentence_is_no_author_line(extract_text: Extract) -> None:
    ex = extract_text(
        "Miriam Okafor, treasurer, Institute for Security Studies staff and two drivers were questioned by police "
        "about the break-in."
    )
    assert not among("Institute for Security Studies", bodies_of(ex, "Miriam Okafor"))


def test_counsel_for_office_with_native_name_and_seat(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutor Lena Vogt, for the Federal Prosecutor General (Generalbundesanwalt) in Karlsruhe, "
        "read out the charges on Tuesday."
    )
    assert among("Federal Prosecutor General", bodies_of(ex, "Lena Vogt"))


def test_for_office_then_no_court_act(extract_text: Extract) -> None:
    ex = extract_text(
        "Lena Vogt, for the Federal Prosecutor General (Generalbundesanwalt) in Karlsruhe, was attacked "
        "outside her home on Tuesday."
    )
    assert not among("Federal Prosecutor General", bodies_of(ex, "Lena Vogt"))


def test_accused_of_being_a_member(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors accuse the cell's alleged treasurer, a 31-year-old Chechen named as Ruslan Bakayev, of being "
        "a member of the Islamic State and of wiring money to Syria."
    )
    assert among("Islamic State", bodies_of(ex, "Ruslan Bakayev"))


def test_cleared_of_being_a_member(extract_text: Extract) -> None:
    ex = extract_text(
        "The court cleared the cell's alleged treasurer, a 31-year-old Chechen named as Ruslan Bakayev, of being "
        "a member of the Islamic State."
    )
    assert not among("Islamic State", bodies_of(ex, "Ruslan Bakayev"))


def test_the_partys_emir(extract_text: Extract) -> None:
    ex = extract_text(
        "The Turkistan Islamic Party keeps several hundred fighters near Jisr al-Shughur. "
        "The party's emir, Abdul Rahman al-Uyghuri, rarely appears in its videos."
    )
    assert has_fact(ex, "Abdul Rahman al-Uyghuri", "affiliatedWith", "Turkistan Islamic Party")


def test_the_partys_emir_after_two_parties(extract_text: Extract) -> None:
    ex = extract_text(
        "The Turkistan Islamic Party and the Islamic Renaissance Party keep fighters near Jisr al-Shughur. "
        "The party's emir, Abdul Rahman al-Uyghuri, rarely appears in its videos."
    )
    assert not among("Turkistan Islamic Party", bodies_of(ex, "Abdul Rahman al-Uyghuri"))


def test_who_acts_as_groups_spokesman(extract_text: Extract) -> None:
    ex = extract_text(
        "Jimmy Chérizier, a former police officer known as “Barbecue” who acts as Viv Ansanm’s spokesman, "
        "said the fighters would not disarm."
    )
    assert has_fact(ex, "Jimmy Chérizier", "affiliatedWith", "Viv Ansanm")


def test_who_acts_as_groups_enemy_or_anothers_office(extract_text: Extract) -> None:
    ex = extract_text(
        "Jimmy Chérizier, who acts as Viv Ansanm’s worst enemy, said the fighters would not disarm."
    )
    assert not has_fact(ex, "Jimmy Chérizier", "affiliatedWith", "Viv Ansanm")
    ex = extract_text(
        "Jimmy Chérizier, the cousin of Renel Destina who acts as Viv Ansanm’s spokesman, said the fighters "
        "would not disarm."
    )
    assert not has_fact(ex, "Jimmy Chérizier", "affiliatedWith", "Viv Ansanm")


_SINGAPORE = "Singapore's Ministry of Home Affairs said on Monday it had detained a teenager who planned to join the attack. "


def test_bare_home_minister_is_not_another_countrys(extract_text: Extract) -> None:
    ex = extract_text(
        _SINGAPORE + "Home Minister Saifuddin Nasution told parliament that no group had planned it."
    )
    assert not among("Singapore", bodies_of(ex, "Saifuddin Nasution"))


def test_home_minister_in_that_country(extract_text: Extract) -> None:
    ex = extract_text(
        _SINGAPORE + "In Singapore, Home Minister Kasiviswanathan Shanmugam said the boy acted alone."
    )
    assert among("Singapore", bodies_of(ex, "Kasiviswanathan Shanmugam"))


def test_sat_on_town_council_for_party(extract_text: Extract) -> None:
    ex = extract_text(
        "The prosecution alleges that Jonas Becker, who at the time sat on the Wurzen town council for the "
        "Alternative for Germany (AfD), had trained with the cell."
    )
    assert among("Alternative for Germany", bodies_of(ex, "Jonas Becker"))


def test_sat_in_jail_for_a_groups_bombing_is_no_seat(extract_text: Extract) -> None:
    ex = extract_text("Jonas Becker, who sat in jail for the Hamas bombing of 2003, was released on Monday.")
    assert not among("Hamas", bodies_of(ex, "Jonas Becker"))


def test_its_founder_after_the_parent_is_the_new_groups(extract_text: Extract) -> None:
    ex = extract_text(
        "Hamas, the movement formed from the Muslim Brotherhood in 1987 by its founder, Ahmed Yassin, "
        "became the strongest faction in Gaza."
    )
    assert has_fact(ex, "Ahmed Yassin", "affiliatedWith", "Hamas")
    assert not has_fact(ex, "Ahmed Yassin", "affiliatedWith", "Muslim Brotherhood")


def test_its_founder_of_the_one_body(extract_text: Extract) -> None:
    ex = extract_text("The Muslim Brotherhood and its founder, Hassan al-Banna, were banned in 1948.")
    assert has_fact(ex, "Hassan al-Banna", "affiliatedWith", "Muslim Brotherhood")


_PARK = "The park is run by a conservation charity under an agreement with Benin's government. "


def test_countrys_minister_sits_in_its_possessive_named_government(extract_text: Extract) -> None:
    ex = extract_text(_PARK + "Benin's interior minister, Alassane Seidou, said patrols would be doubled.")
    assert among("Benin", bodies_of(ex, "Alassane Seidou"))


def test_another_countrys_minister_is_not_in_that_government(extract_text: Extract) -> None:
    ex = extract_text(_PARK + "Niger's interior minister, Mohamed Toumba, said patrols would be doubled.")
    assert not among("Benin", bodies_of(ex, "Mohamed Toumba"))


def test_holder_of_a_one_person_office(extract_text: Extract) -> None:
    ex = extract_text(
        "Kasim Ali, the Federal Public Prosecutor General, said the accused would be charged with murder."
    )
    assert among("Federal Public Prosecutor General", bodies_of(ex, "Kasim Ali"))


def test_office_in_a_list_of_addressees(extract_text: Extract) -> None:
    ex = extract_text(
        "Letters went to Kasim Ali, the Federal Public Prosecutor General and the Interior Ministry."
    )
    assert not among("Federal Public Prosecutor General", bodies_of(ex, "Kasim Ali"))


_PLOT = "The plot was approved by the Iranian intelligence ministry, prosecutors say. "


def test_who_was_countrys_minister_of_portfolio(extract_text: Extract) -> None:
    ex = extract_text(
        _PLOT + "Among the accused is Ali Reza Karimi, who was Iran's minister of intelligence at the time."
    )
    assert among("Intelligence", bodies_of(ex, "Ali Reza Karimi"))


def test_minister_of_another_portfolio_is_not_in_that_ministry(extract_text: Extract) -> None:
    ex = extract_text(
        _PLOT + "Among the accused is Ali Reza Karimi, who was Iran's minister of defence at the time."
    )
    assert not among("Intelligence", bodies_of(ex, "Ali Reza Karimi"))

"""Round nineteen: group-to-group relations (eval/dev13), read from stated shapes as general rules.

Every sentence here was written for these tests.

- 'X "operates as an arm of Y", the Z's branch': quotation marks that open on a verb or close after a name.
- "X, Y's loyalists and a long-time rival of Z": the second of two descriptions of X.
- "X, a movement that ..., has become the armed wing of Y": past an apposition closed by a comma.
- "X has been folded, largely as a bloc, into Y": past an adverbial aside.
- "X, which was founded in 1982 and remains Y's closest ally": a relative clause naming kin.
- "X, another splinter of Y": "another" opens a splinter's description.
- "the FBI, the main investigative agency of the Justice Department": a body's service of another body.
- "X has denounced the Central Asian factions and Y as apostates": others a brand names first.
- "FLNC-UC" beside "FLNC": a faction named after the group it split from was formed from it.
- "the Counter Terrorism Department of the Punjab Police": a body's unit named with "of" before the body.
- "X fighters, including its Y unit, fought side by side with Z": past an aside naming X's own part.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_quoted_verb_phrase_and_closing_quote(extract_text: Extract) -> None:
    ex = extract_text(
        'The prosecutor told the court that Kataib Hezbollah "operates as an arm of the Quds Force", '
        "the IRGC's external operations branch."
    )
    assert has_fact(ex, "Kata'ib Hezbollah", "affiliateOf", "Quds Force")
    assert has_fact(ex, "Quds Force", "affiliateOf", "Islamic Revolutionary Guard Corps")
    # near miss: the quoted verb phrase says the two work side by side, not that one is the other's arm
    ex = extract_text(
        'The prosecutor told the court that Kataib Hezbollah "operates alongside the Quds Force", '
        "the IRGC's external operations branch."
    )
    assert not has_fact(ex, "Kata'ib Hezbollah", "affiliateOf", "Quds Force")


def test_second_of_two_descriptions(extract_text: Extract) -> None:
    ex = extract_text(
        "Hurras al-Din, al-Qaeda's Syrian loyalists and a long-time rival of HTS, dissolved itself."
    )
    assert has_fact(ex, "Hurras al-Din", "rivalOf", "Hayat Tahrir al-Sham")
    # near miss: a list of groups, the last of them the rival
    ex = extract_text("Hurras al-Din, Ansar al-Islam and a long-time rival of HTS met in Idlib.")
    assert not has_fact(ex, "Hurras al-Din", "rivalOf", "Hayat Tahrir al-Sham")


def test_apposition_then_own_verb(extract_text: Extract) -> None:
    ex = extract_text(
        "Analysts say the M23, a movement that took up arms again in 2021, has become the armed wing of the "
        "Alliance Fleuve Congo."
    )
    assert has_fact(ex, "March 23 Movement", "affiliateOf", "Alliance Fleuve Congo")
    # near miss: past the apposition, the verb is a fight with the wing, not being it
    ex = extract_text(
        "The M23, a movement that took up arms again in 2021, has fought the armed wing of the Alliance Fleuve Congo."
    )
    assert not has_fact(ex, "March 23 Movement", "affiliateOf", "Alliance Fleuve Congo")


def test_adverbial_aside_in_the_verb_phrase(extract_text: Extract) -> None:
    ex = extract_text(
        "The Turkistan Islamic Party has been folded, largely as a bloc, into Hayat Tahrir al-Sham."
    )
    assert has_fact(ex, "Turkistan Islamic Party", "affiliateOf", "Hayat Tahrir al-Sham")
    # near miss: the same aside in a fight
    ex = extract_text(
        "The Turkistan Islamic Party has fought, largely as a bloc, against Hayat Tahrir al-Sham."
    )
    assert not has_fact(ex, "Turkistan Islamic Party", "affiliateOf", "Hayat Tahrir al-Sham")


def test_relative_clause_names_kin(extract_text: Extract) -> None:
    ex = extract_text(
        "Hezbollah, which was founded in 1982 and remains the IRGC's closest ally, raised money abroad."
    )
    assert has_fact(ex, "Hezbollah", "alliedWith", "Islamic Revolutionary Guard Corps")
    ex = extract_text("ISWAP, which is Boko Haram's bitter rival, holds the islands.")
    assert has_fact(ex, "Islamic State West Africa Province", "rivalOf", "Boko Haram")
    # near miss: the clause's verb is no copula: the ally is someone else's
    ex = extract_text(
        "Hezbollah, which was founded in 1982 and fought the IRGC's closest ally, raised money abroad."
    )
    assert not has_fact(ex, "Hezbollah", "alliedWith", "Islamic Revolutionary Guard Corps")


def test_another_splinter_of(extract_text: Extract) -> None:
    ex = extract_text("The BIFF, another splinter of the MILF, claimed the attack.")
    assert has_fact(ex, "Bangsamoro Islamic Freedom Fighters", "formedFrom", "Moro Islamic Liberation Front")
    # near miss: another rival is no splinter
    ex = extract_text("The BIFF, another rival of the MILF, claimed the attack.")
    assert not has_fact(
        ex, "Bangsamoro Islamic Freedom Fighters", "formedFrom", "Moro Islamic Liberation Front"
    )


def test_service_of_another_body(extract_text: Extract) -> None:
    ex = extract_text(
        "The Federal Bureau of Investigation, the main investigative agency of the Justice Department, made the "
        "arrests."
    )
    assert has_fact(
        ex, "Federal Bureau of Investigation", "affiliateOf", "United States Department of Justice"
    )
    # near miss: the head of a body is no service of it
    ex = extract_text(
        "The Federal Bureau of Investigation, the main partner of the Justice Department, made the arrests."
    )
    assert not has_fact(
        ex, "Federal Bureau of Investigation", "affiliateOf", "United States Department of Justice"
    )


def test_brand_with_others_named_first(extract_text: Extract) -> None:
    ex = extract_text("The Islamic State has denounced the Central Asian factions and the TIP as apostates.")
    assert has_fact(ex, "Islamic State", "rivalOf", "Turkistan Islamic Party")
    # near miss: praise is no brand
    ex = extract_text("The Islamic State has praised the Central Asian factions and the TIP as brothers.")
    assert not has_fact(ex, "Islamic State", "rivalOf", "Turkistan Islamic Party")


def test_faction_named_after_the_group_it_split_from(extract_text: Extract) -> None:
    ex = extract_text("The FLNC-UC said the FLNC had no role in the bombing.")
    assert has_fact(ex, "FLNC Union des Combattants", "formedFrom", "National Liberation Front of Corsica")
    assert not has_fact(
        ex, "FLNC Union des Combattants", "affiliateOf", "National Liberation Front of Corsica"
    )
    # near miss: a province named after its parent stays a branch
    ex = extract_text("ISIS-K said ISIS had ordered the bombing.")
    assert has_fact(ex, "Islamic State Khorasan Province", "affiliateOf", "Islamic State")
    assert not has_fact(ex, "Islamic State Khorasan Province", "formedFrom", "Islamic State")


def test_unit_of_a_body_named_with_of(extract_text: Extract) -> None:
    ex = extract_text(
        "A spokesman for the Counter Terrorism Department of the Punjab Police said two men were held."
    )
    assert has_fact(ex, "Counter Terrorism Department", "affiliateOf", "Punjab Police (Pakistan)")
    # near miss: a unit that worked with the body is not named as its own
    ex = extract_text(
        "A spokesman for the Counter Terrorism Department said, with the Punjab Police, that two men were held."
    )
    assert not has_fact(ex, "Counter Terrorism Department", "affiliateOf", "Punjab Police (Pakistan)")


def test_aside_naming_the_subjects_own_part(extract_text: Extract) -> None:
    ex = extract_text(
        "Al-Shabaab fighters, including its Amniyat intelligence wing, fought side by side with Hizbul Islam "
        "against the Islamic State in Puntland."
    )
    assert has_fact(ex, "al-Shabaab", "alliedWith", "Hizbul Islam")
    assert has_fact(ex, "Hizbul Islam", "rivalOf", "Islamic State Somalia Province")
    # near miss: the same aside before a flight, not a fight side by side
    ex = extract_text("Al-Shabaab fighters, including its Amniyat intelligence wing, fled from Hizbul Islam.")
    assert not has_fact(ex, "al-Shabaab", "alliedWith", "Hizbul Islam")

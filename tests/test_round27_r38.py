"""Round twenty-seven (r38): group-to-group ties told by membership of a bloc, by an aside after a list or a name,
and by "it" inside an aside.

"A and B are members of N, an alliance (founded in 2018) that also includes C" makes A, B and C allies (and C part of
N); "X, a member of the axis, which also includes A and B" makes X their ally; "A and B, both affiliates of C" makes
each part of C; "X fields brigades within Y" and "All three field brigades within Y" make X (and each of the three)
part of Y; "X faces Y, a splinter that broke away from it" makes Y a splinter of X; a quoted gloss in brackets after a
name ("Hurras al-Din ("Guardians of the Religion")") does not hide the verb after it. Each beside a near miss of the
same shape. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

BLA, BLF, BRAS, BRG = (
    "Balochistan Liberation Army",
    "Balochistan Liberation Front",
    "Baloch Raaji Aajoi Sangar",
    "Baloch Republican Guards",
)
KH, NUJ, KSS, PMF = (
    "Kata'ib Hezbollah",
    "Harakat Hezbollah al-Nujaba",
    "Kata'ib Sayyid al-Shuhada",
    "Popular Mobilization Forces",
)
JNIM, MACINA, DINE = "Jama'at Nusrat al-Islam wal-Muslimin", "Katiba Macina", "Ansar Dine"
HAMAS, JAA = "Hamas", "Jund Ansar Allah"
HAD, HTS = "Hurras al-Din", "Hayat Tahrir al-Sham"


def test_members_of_an_alliance_founded_in_a_year_that_also_includes_another_are_allies(
    extract_text: Extract,
) -> None:
    got = extract_text(
        "Officials said the BLA and the BLF are both members of the Baloch Raaji Aajoi Sangar (BRAS), a separatist "
        "alliance formed in 2018 that also includes the Baloch Republican Guards (BRG)."
    )
    assert has_fact(got, BRG, "affiliateOf", BRAS)
    assert has_fact(got, BLA, "alliedWith", BLF)
    assert has_fact(got, BLA, "alliedWith", BRG)
    assert has_fact(got, BLF, "alliedWith", BRG)


def test_members_of_an_umbrella_body_are_not_read_as_allies(extract_text: Extract) -> None:
    got = extract_text(
        "Officials said the BLA and the BLF are both members of the Baloch Raaji Aajoi Sangar (BRAS), a separatist "
        "umbrella body that also includes the Baloch Republican Guards (BRG)."
    )
    assert not has_fact(got, BLA, "alliedWith", BRG)


def test_a_member_of_an_axis_that_also_includes_two_groups_is_their_ally(extract_text: Extract) -> None:
    got = extract_text(
        "Analysts regard Kata'ib Hezbollah as the most loyal member of the so-called axis of resistance, which also "
        "includes Hamas and the Palestinian group Islamic Jihad."
    )
    assert has_fact(got, KH, "alliedWith", HAMAS)


def test_a_list_before_both_affiliates_of_a_parent_is_each_the_parents(extract_text: Extract) -> None:
    got = extract_text(
        "The ambush was claimed by Katiba Macina and Ansar Dine, both affiliates of JNIM, on Friday."
    )
    assert has_fact(got, MACINA, "affiliateOf", JNIM)
    assert has_fact(got, DINE, "affiliateOf", JNIM)


def test_a_list_before_a_singular_aside_gives_the_aside_to_the_last_only(extract_text: Extract) -> None:
    got = extract_text(
        "The ambush was claimed by Katiba Macina and Ansar Dine, an affiliate of JNIM, on Friday."
    )
    assert not has_fact(got, MACINA, "affiliateOf", JNIM)


def test_a_group_that_fields_brigades_within_an_umbrella_is_part_of_it(extract_text: Extract) -> None:
    got = extract_text(
        "Kata'ib Hezbollah also fields three brigades inside the Popular Mobilization Forces (PMF)."
    )
    assert has_fact(got, KH, "affiliateOf", PMF)


def test_all_three_field_brigades_within_an_umbrella(extract_text: Extract) -> None:
    got = extract_text(
        "Kata'ib Hezbollah, Harakat al-Nujaba and Kata'ib Sayyid al-Shuhada denied the attack. All three field "
        "brigades within the Popular Mobilization Forces (PMF)."
    )
    assert has_fact(got, NUJ, "affiliateOf", PMF)
    assert has_fact(got, KSS, "affiliateOf", PMF)


def test_a_splinter_that_broke_away_from_it_is_a_splinter_of_the_first_group(extract_text: Extract) -> None:
    got = extract_text(
        "In Rafah, Hamas now confronts Jund Ansar Allah, a small faction that split from it in 2008."
    )
    assert has_fact(got, JAA, "formedFrom", HAMAS)


def test_a_group_whose_fighters_clashed_with_them_is_a_rival(extract_text: Extract) -> None:
    got = extract_text(
        "In Rafah, Hamas now confronts Jund Ansar Allah, a small faction whose fighters have clashed with them."
    )
    assert has_fact(got, HAMAS, "rivalOf", JAA)


def test_a_faction_that_it_fought_is_not_read_through_the_aside(extract_text: Extract) -> None:
    got = extract_text(
        "In Rafah, Hamas now confronts Jund Ansar Allah, a small faction that it fought in 2009."
    )
    assert not has_fact(got, HAMAS, "rivalOf", JAA)
    assert not has_fact(got, JAA, "formedFrom", HAMAS)


def test_a_quoted_gloss_in_brackets_does_not_hide_the_founding(extract_text: Extract) -> None:
    got = extract_text(
        'Hurras al-Din ("Guardians of the Religion") was created in 2018 by al-Qaeda loyalists who had left HTS.'
    )
    assert has_fact(got, HAD, "formedFrom", HTS)


def test_a_member_named_before_an_aside_on_it_is_still_the_blocs_member(extract_text: Extract) -> None:
    got = extract_text(
        "She called Hamas, which has ruled Gaza since 2007, the oldest member of the axis of resistance, which also "
        "includes Kata'ib Hezbollah."
    )
    assert has_fact(got, HAMAS, "alliedWith", KH)


def test_all_three_in_a_later_clause_counts_the_list_of_the_sentence_before(extract_text: Extract) -> None:
    got = extract_text(
        "The Islamic Resistance in Iraq is a label under which Kata'ib Hezbollah, Harakat al-Nujaba and Kata'ib "
        "Sayyid al-Shuhada claim drone attacks. All three take money from Tehran, and all three field brigades within "
        "the Popular Mobilization Forces (PMF)."
    )
    assert has_fact(got, KH, "affiliateOf", PMF)
    assert has_fact(got, KSS, "affiliateOf", PMF)


def test_both_after_a_pair_counted_by_an_aside_is_that_pair(extract_text: Extract) -> None:
    got = extract_text(
        "The raid hit depots of Kata'ib Hezbollah and Harakat al-Nujaba, two of the strongest militias in the "
        "Islamic Resistance in Iraq. Both militias also field brigades inside the Popular Mobilization Forces (PMF)."
    )
    assert has_fact(got, KH, "affiliateOf", PMF)
    assert has_fact(got, NUJ, "affiliateOf", PMF)


def test_both_after_a_pair_and_a_third_group_named_apart_is_no_one(extract_text: Extract) -> None:
    got = extract_text(
        "The raid hit depots of Kata'ib Hezbollah and Harakat al-Nujaba near a base of the Islamic Resistance in "
        "Iraq. Both militias also field brigades inside the Popular Mobilization Forces (PMF)."
    )
    assert not has_fact(got, KH, "affiliateOf", PMF)


def test_a_party_an_umbrella_body_also_includes_is_part_of_it(extract_text: Extract) -> None:
    got = extract_text(
        "Ankara blames the KCK, the umbrella body that also includes the PKK and the PYD, for the attack."
    )
    assert has_fact(got, "PYD", "affiliateOf", "Kurdistan Communities Union")


def test_a_list_before_both_splinters_of_a_parent_is_each_formed_from_it(extract_text: Extract) -> None:
    got = extract_text("Troops pursued ISWAP and Ansaru, both splinters of Boko Haram, into the forest.")
    assert has_fact(got, "Islamic State West Africa Province", "formedFrom", "Boko Haram")
    assert has_fact(got, "Ansaru", "formedFrom", "Boko Haram")

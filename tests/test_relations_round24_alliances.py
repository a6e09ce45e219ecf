"""Round twenty-four: alliances and rivalries read past a few more of the words reporters put in the way.

A discourse aside ("X's main enemy, however, has been Y") and a compound naming who leads the second ("the
Kurdish-led Y"); two verbs of backing sharing one object ("has trained and supplied Y"); "it" after a clause whose
other name a preposition governs ("X is not a member of the alliance, but it has armed Y"); "described X as having
been allied with Y"; "X fought for Y"; "X heads a bloc that includes A and B"; "X pushed into Y turf"; "X was
destroyed by Y"; "X units advanced against Y"; "X is formally the enemy of both A and B". Each beside a near miss
of the same shape. Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

SNA, SDF = "Syrian National Army", "Syrian Democratic Forces"
KIA, AA, TBA = "Kachin Independence Army", "Arakan Army", "Three Brotherhood Alliance"
PJAK, KDPI = "Party of Free Life of Kurdistan", "Democratic Party of Iranian Kurdistan"


def test_a_discourse_aside_after_the_kin_word(extract_text: Extract) -> None:
    got = extract_text(
        "The Syrian National Army's main enemy, however, has been the Kurdish-led Syrian Democratic Forces."
    )
    assert has_fact(got, SNA, "rivalOf", SDF)


def test_a_former_enemy_behind_the_aside_is_no_rival(extract_text: Extract) -> None:
    got = extract_text("The Syrian National Army's former enemy, however, was the Syrian Democratic Forces.")
    assert not has_fact(got, SNA, "rivalOf", SDF)


def test_two_verbs_of_backing_share_their_object(extract_text: Extract) -> None:
    got = extract_text("The Kachin Independence Army has trained and supplied the Arakan Army for a decade.")
    assert has_fact(got, KIA, "alliedWith", AA)


def test_denied_backing_is_no_alliance(extract_text: Extract) -> None:
    got = extract_text("The Kachin Independence Army has denied having trained and supplied the Arakan Army.")
    assert not has_fact(got, KIA, "alliedWith", AA)


def test_it_after_a_name_a_preposition_governs_is_the_subject(extract_text: Extract) -> None:
    got = extract_text(
        "The Kachin Independence Army is not a member of the Three Brotherhood Alliance, but it has armed the "
        "Arakan Army for years."
    )
    assert has_fact(got, KIA, "alliedWith", AA)
    assert not has_fact(got, TBA, "alliedWith", AA)


def test_it_after_an_object_of_the_subject_is_not_that_object(extract_text: Extract) -> None:
    got = extract_text(
        "The Tatmadaw is fighting the Three Brotherhood Alliance, but it has armed the Arakan Army."
    )
    assert not has_fact(got, TBA, "alliedWith", AA)


def test_it_past_a_person_named_on_the_way(extract_text: Extract) -> None:
    got = extract_text(
        "Boko Haram fighters loyal to Bakura Doro have regrouped on the islands, where they have fought ISWAP "
        "for control of fishing grounds."
    )
    assert has_fact(got, "Boko Haram", "rivalOf", "Islamic State West Africa Province")


def test_it_past_another_group_subject_is_not_the_first(extract_text: Extract) -> None:
    got = extract_text(
        "Boko Haram says Ansaru has regrouped on the islands, where it has fought ISWAP for control of fishing grounds."
    )
    assert not has_fact(got, "Boko Haram", "rivalOf", "Islamic State West Africa Province")


def test_described_as_having_been_allied(extract_text: Extract) -> None:
    got = extract_text(
        "UN investigators have described Ansaru as having been allied with al-Qaeda since 2012."
    )
    assert has_fact(got, "Ansaru", "alliedWith", "al-Qaeda")


def test_described_as_having_never_been_allied(extract_text: Extract) -> None:
    got = extract_text("UN investigators have described Ansaru as having never been allied with al-Qaeda.")
    assert not has_fact(got, "Ansaru", "alliedWith", "al-Qaeda")


def test_a_group_that_fought_for_another_is_its_ally(extract_text: Extract) -> None:
    got = extract_text("Fighters of Liwa Fatemiyoun fought for Hezbollah in Syria.")
    assert has_fact(got, "Fatemiyoun Division", "alliedWith", "Hezbollah")


def test_fought_for_years_against_is_no_alliance(extract_text: Extract) -> None:
    got = extract_text("Liwa Fatemiyoun fought for years against the Islamic State.")
    assert not has_fact(got, "Fatemiyoun Division", "alliedWith", "Islamic State")


def test_the_head_of_a_bloc_and_its_members(extract_text: Extract) -> None:
    got = extract_text(
        "Los Lobos heads a loose bloc known as Nueva Generacion that includes Los Tiguerones and Los Chone Killers."
    )
    assert has_fact(got, "Los Lobos", "alliedWith", "Los Tiguerones")
    assert has_fact(got, "Los Lobos", "alliedWith", "Los Chone Killers")


def test_no_longer_leading_a_bloc_is_no_alliance(extract_text: Extract) -> None:
    got = extract_text("Hayat Tahrir al-Sham no longer leads the coalition that includes Ahrar al-Sham.")
    assert not has_fact(got, "Hayat Tahrir al-Sham", "alliedWith", "Ahrar al-Sham")


def test_pushing_into_another_groups_turf(extract_text: Extract) -> None:
    got = extract_text("The Cartel del Noreste pushed into Gulf Cartel turf around Reynosa.")
    assert has_fact(got, "Cartel del Noreste", "rivalOf", "Gulf Cartel")


def test_moving_into_another_groups_safe_houses_is_no_rivalry(extract_text: Extract) -> None:
    got = extract_text(
        "The Cartel del Noreste moved into Gulf Cartel safe houses after the two signed a pact."
    )
    assert not has_fact(got, "Cartel del Noreste", "rivalOf", "Gulf Cartel")


def test_destroyed_by_another_group(extract_text: Extract) -> None:
    got = extract_text("The Islamic Movement of Uzbekistan was largely destroyed by the Taliban in Zabul.")
    assert has_fact(got, "Islamic Movement of Uzbekistan", "rivalOf", "Taliban")


def test_not_destroyed_by_another_group(extract_text: Extract) -> None:
    got = extract_text("The Islamic Movement of Uzbekistan was not destroyed by the Taliban.")
    assert not has_fact(got, "Islamic Movement of Uzbekistan", "rivalOf", "Taliban")


def test_units_advanced_against_a_group(extract_text: Extract) -> None:
    got = extract_text("Syrian National Army units advanced separately against the Syrian Democratic Forces.")
    assert has_fact(got, SNA, "rivalOf", SDF)


def test_units_advanced_alongside_a_group(extract_text: Extract) -> None:
    got = extract_text(
        "Syrian National Army units advanced alongside the Syrian Democratic Forces around Manbij."
    )
    assert not has_fact(got, SNA, "rivalOf", SDF)


def test_formally_the_enemy_of_both(extract_text: Extract) -> None:
    got = extract_text(
        "The Houthi movement is formally the enemy of both AQAP and the Southern Transitional Council."
    )
    assert has_fact(got, "Houthis", "rivalOf", "Southern Transitional Council")


def test_formerly_the_enemy_of_both_is_past(extract_text: Extract) -> None:
    got = extract_text(
        "The Houthi movement was formerly the enemy of both AQAP and the Southern Transitional Council."
    )
    assert not has_fact(got, "Houthis", "rivalOf", "Southern Transitional Council")


def test_competing_with_parties_such_as_a_group(extract_text: Extract) -> None:
    got = extract_text(
        "Inside the Kurdish opposition, PJAK competes for recruits with older parties such as the Democratic "
        "Party of Iranian Kurdistan."
    )
    assert has_fact(got, PJAK, "rivalOf", KDPI)


def test_working_with_parties_such_as_a_group_is_no_rivalry(extract_text: Extract) -> None:
    got = extract_text(
        "Inside the Kurdish opposition, PJAK works with older parties such as the Democratic Party of Iranian "
        "Kurdistan."
    )
    assert not has_fact(got, PJAK, "rivalOf", KDPI)

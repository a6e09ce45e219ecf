"""Round twenty-three (second wave): person affiliations, read as general rules.

Every sentence here was written for these tests.

- "the Future Movement of parliament speaker P": a body named as its office-holder's, the office a lower-case noun
  after its field (not "the release of parliament speaker P", where no body stands before "of").
- "P, spokesman for the army's operations in the north": the article may go, and an operation the army runs is no
  body of its own; the one army the document names is his (not "P, spokesman for the army's engineering corps").
- "Judge P said the youth ... in which he pledged allegiance to G": the one the judge tells of pledged, not the judge
  (while "P had filmed a clip in which he pledged allegiance to G" is still his).
- "G broke away from H and still fights the rump faction once led by P": a faction the clause's group fights is not
  the group the common noun was taken back to (while "the faction, led by P" after a name is still its).
- "lawyers A and B of the O and senior counsel P of the Q": the last of a list, with a body of his own, is not O's.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_body_of_lower_case_office_holder(extract_text: Extract) -> None:
    ex = extract_text(
        "Hezbollah's allies in parliament include the Amal Movement of parliament speaker Nabih Berri, which "
        "holds the finance ministry."
    )
    assert among("Amal Movement", bodies_of(ex, "Nabih Berri"))


def test_release_of_speaker_is_no_body(extract_text: Extract) -> None:
    ex = extract_text(
        "The Amal Movement demanded the release of parliament speaker Nabih Berri after his detention in Tyre."
    )
    assert not among("Amal Movement", bodies_of(ex, "Nabih Berri"))


def test_spokesman_for_the_armys_operations(extract_text: Extract) -> None:
    ex = extract_text(
        "The Ugandan army (UPDF) said its troops had cleared three camps. Major Okello Bigombe, spokesman for the "
        "army's operations in the north, told reporters the rebels had fled."
    )
    assert among("Uganda People's Defence Force", bodies_of(ex, "Okello Bigombe"))


def test_spokesman_for_an_army_unit_is_not_read_as_the_army(extract_text: Extract) -> None:
    ex = extract_text(
        "The Ugandan army (UPDF) said its troops had cleared three camps. Major Okello Bigombe, spokesman for the "
        "army's engineering corps, told reporters the rebels had fled."
    )
    assert not among("Uganda People's Defence Force", bodies_of(ex, "Okello Bigombe"))


def test_judge_tells_of_the_youths_pledge(extract_text: Extract) -> None:
    ex = extract_text(
        "Judge Helen Carrow said the youth had bought a machete and had filmed a clip in which he pledged "
        "allegiance to the Islamic State."
    )
    assert not among("Islamic State", bodies_of(ex, "Helen Carrow"))


def test_own_clip_pledge_is_still_his(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors said Omar Haddadi had bought a machete and had filmed a clip in which he pledged "
        "allegiance to the Islamic State."
    )
    assert among("Islamic State", bodies_of(ex, "Omar Haddadi"))


def test_rump_faction_fought_is_not_the_subjects(extract_text: Extract) -> None:
    ex = extract_text(
        "ISWAP split from Boko Haram in 2016 and still fights the rump faction once led by Abubakar Shekau around "
        "the Sambisa forest."
    )
    assert not among("Islamic State West Africa Province", bodies_of(ex, "Abubakar Shekau"))


def test_faction_led_by_after_its_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Boko Haram, the faction once led by Abubakar Shekau, still holds camps around the Sambisa forest."
    )
    assert among("Boko Haram", bodies_of(ex, "Abubakar Shekau"))


def test_last_of_a_list_with_own_body(extract_text: Extract) -> None:
    ex = extract_text(
        "The case was argued by lawyers Tom Abbott and Jane Ruiz of the Federal Bureau of Investigation and "
        "senior counsel Mark Ellwood of Human Rights Watch."
    )
    assert not among("Federal Bureau of Investigation", bodies_of(ex, "Mark Ellwood"))


def test_list_member_after_and_without_own_body(extract_text: Extract) -> None:
    ex = extract_text("Human Rights Watch researcher Mark Ellwood said the camps were overcrowded.")
    assert among("Human Rights Watch", bodies_of(ex, "Mark Ellwood"))

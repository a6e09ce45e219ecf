"""Round fourteen: what "its" and "the faction" stand for (eval/dev8), read as general rules.

Every sentence here was written for these tests.

- "The UN mission, UNMISS, said ... Its spokesman, P": a name that only modifies a noun for a body ("UN
  mission") is not the body meant when a name in apposition then names it; "its" is the apposed body's.
- "A Hamas faction, the Qassam Brigades, ... the faction's commander": the same for a group's faction.
- "the Prime Minister ... his spokesman, P, and the Government of X": the head of government's aide is in
  that government.
- '"... the EPP," its commander, P': "its" after a quotation naming a body is the speaker's, the body the
  sentence before opened with.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_its_after_a_mission_named_in_apposition_is_the_mission(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked a convoy near Malakal on Friday, killing four traders.\n\n"
        "The UN mission, UNMISS, said its patrols had reached the scene by nightfall. "
        "Its spokesman in Juba, Peter Lomoro, condemned the killings."
    )
    bodies = bodies_of(ex, "Peter Lomoro")
    assert any("Mission" in b or b == "UNMISS" for b in bodies), bodies
    assert "United Nations" not in bodies


def test_its_after_a_plain_mission_stays_with_the_name(extract_text: Extract) -> None:
    # near miss: no name in apposition names the mission, so "its" is still the UN's
    ex = extract_text(
        "Gunmen attacked a convoy near Malakal on Friday, killing four traders.\n\n"
        "The UN mission said its patrols had reached the scene by nightfall. "
        "Its spokesman in Juba, Peter Lomoro, condemned the killings."
    )
    assert "United Nations" in bodies_of(ex, "Peter Lomoro")


def test_the_faction_is_the_faction_named_in_apposition(extract_text: Extract) -> None:
    ex = extract_text(
        "A Hamas faction, the Qassam Brigades, said on Monday that it had fired rockets at Ashkelon. "
        "A video showed Samir Haddad, the faction's commander, inspecting launchers."
    )
    bodies = bodies_of(ex, "Samir Haddad")
    assert any("Qassam" in b for b in bodies), bodies
    assert "Hamas" not in bodies


def test_a_faction_with_no_name_in_apposition_is_the_group(extract_text: Extract) -> None:
    # near miss: a relative clause, not a name, follows "A Hamas faction": the faction is read as Hamas
    ex = extract_text(
        "A Hamas faction, which rejects the truce, said on Monday that it had fired rockets at Ashkelon. "
        "A video showed Samir Haddad, the faction's commander, inspecting launchers."
    )
    assert "Hamas" in bodies_of(ex, "Samir Haddad")


def test_the_head_of_governments_own_spokesman_works_for_the_government(extract_text: Extract) -> None:
    ex = extract_text(
        "The ambassador met Prime Minister Karim Haddad on Monday. He thanked the Prime Minister for the "
        "statement issued by his chief spokesman, Col. Samir Nassar, and for the Government of Lebanon's "
        "pledge to find the attackers."
    )
    assert "Government of Lebanon" in bodies_of(ex, "Samir Nassar")


def test_a_spokesman_of_someone_else_is_not_the_governments(extract_text: Extract) -> None:
    # near miss: "his" is the governor's, and no head of government is named before the aide
    ex = extract_text(
        "The ambassador met Governor Karim Haddad on Monday. He thanked the governor for the statement "
        "issued by his chief spokesman, Col. Samir Nassar, and for the Government of Lebanon's pledge to "
        "find the attackers."
    )
    assert "Government of Lebanon" not in bodies_of(ex, "Samir Nassar")


def test_its_after_a_quotation_is_the_speakers_body(extract_text: Extract) -> None:
    ex = extract_text(
        "Colombia's National Police said it had found the stolen van near Cúcuta. "
        '"The plates and the route point to the ELN," its spokesman, Colonel Andrés Rojas, told reporters.'
    )
    bodies = bodies_of(ex, "Andrés Rojas")
    assert not any("National Liberation Army" in b or b == "ELN" for b in bodies), bodies
    assert any("Police" in b for b in bodies), bodies


def test_its_after_a_quotation_naming_the_same_body_stays(extract_text: Extract) -> None:
    # near miss: the sentence before is about the body the quotation names, so "its" is that body's
    ex = extract_text(
        "The ELN said on Sunday that it had seized the stolen van near Cúcuta. "
        '"The van now belongs to the ELN," its spokesman, Andrés Rojas, told a radio station.'
    )
    assert any("National Liberation Army" in b for b in bodies_of(ex, "Andrés Rojas"))

"""Round twenty-two: group-to-group ties in stated shapes read across the read sets.

Every sentence was written for these tests.

- A describer's word on a part: "X, a faction that officials describe as a wing of Y", "a speaker described X as an
  affiliate of Y", and a group's word on itself, "X ... styled itself as the European branch of Y": X affiliateOf Y
  (near misses: "once described", a cell named in between that styles itself, "a splinter of Y").
- "X also contends with Y", "X competes for recruits with older parties such as Y": X rivalOf Y (near misses:
  "contends that", "draws recruits from").
- "X was formed to resist the advance of Y": X rivalOf Y (near miss: "to report on the advance of Y").
- "X is a shadow outfit of the Pakistan-based Y", "X, one of the armed structures of Y", "Y is believed by
  investigators to operate through X": X affiliateOf Y (near misses: "a rival outfit", "fought the structures of",
  "operate alongside").
- "the SDF's Manbij Military Council", "the Punjab police's Counter Terrorism Department": a body ending in Council or
  Department named with its owner is the owner's part (near misses: a list, a place as owner).
"""

from __future__ import annotations

from collections.abc import Callable

from readings import facts, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

JUA = "Jamaat-ul-Ahrar"
TTP = "Tehrik-i-Taliban Pakistan"
AWD = "Atomwaffen Division"
FKD = "Feuerkrieg Division"


def _ties(extraction: Extraction, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in facts(extraction) if s == subject and p == predicate}


def test_a_faction_officials_describe_as_a_wing(extract_text: Extract) -> None:
    got = extract_text(
        "Police blamed Jamaat-ul-Ahrar, a faction that officials describe as a wing of Tehrik-i-Taliban Pakistan."
    )
    assert has_fact(got, JUA, "affiliateOf", TTP)


def test_a_faction_once_described_as_a_wing(extract_text: Extract) -> None:
    # near miss: what officials once said is no longer the tie
    got = extract_text(
        "Police blamed Jamaat-ul-Ahrar, a faction that officials once described as a wing of Tehrik-i-Taliban Pakistan."
    )
    assert _ties(got, JUA, "affiliateOf") == set()


def test_a_group_styles_itself_a_branch(extract_text: Extract) -> None:
    got = extract_text(
        "Feuerkrieg Division, the court heard, grew out of online forums and styled itself as the European branch of "
        "Atomwaffen Division."
    )
    assert has_fact(got, FKD, "affiliateOf", AWD)


def test_a_cell_between_styles_itself(extract_text: Extract) -> None:
    # near miss: "itself" is the cell's, named between the two groups
    got = extract_text(
        "Feuerkrieg Division recruited a cell that styled itself as the European branch of Atomwaffen Division."
    )
    assert _ties(got, FKD, "affiliateOf") == set()


def test_a_speaker_describes_a_group_as_an_affiliate(extract_text: Extract) -> None:
    got = extract_text("The governor described Ansaru as an affiliate of al-Qaeda in the Islamic Maghreb.")
    assert has_fact(got, "Ansaru", "affiliateOf", "al-Qaeda in the Islamic Maghreb")


def test_a_speaker_describes_a_splinter(extract_text: Extract) -> None:
    # near miss: a splinter is no part
    got = extract_text("The governor described Ansaru as a splinter of Boko Haram.")
    assert _ties(got, "Ansaru", "affiliateOf") == set()


def test_contends_with(extract_text: Extract) -> None:
    got = extract_text("The Gulf Cartel also contends with the Cartel del Noreste for control of Reynosa.")
    assert has_fact(got, "Gulf Cartel", "rivalOf", "Cartel del Noreste")


def test_contends_that(extract_text: Extract) -> None:
    # near miss: a claim, not a contest
    got = extract_text("The Gulf Cartel contends that the Cartel del Noreste ordered the killings.")
    assert not has_fact(got, "Gulf Cartel", "rivalOf", "Cartel del Noreste")


def test_competes_with_parties_such_as(extract_text: Extract) -> None:
    got = extract_text("PJAK competes for recruits with older parties such as Komala.")
    assert has_fact(got, "Party of Free Life of Kurdistan", "rivalOf", "Komala")


def test_draws_recruits_from_parties_such_as(extract_text: Extract) -> None:
    # near miss: the same list after another verb
    got = extract_text("PJAK draws recruits from older parties such as Komala.")
    assert not has_fact(got, "Party of Free Life of Kurdistan", "rivalOf", "Komala")


def test_formed_to_resist_the_advance_of(extract_text: Extract) -> None:
    got = extract_text(
        "The Ma'awisley, a clan militia, was formed in 2022 to resist the advance of al-Shabaab."
    )
    assert has_fact(got, "Ma'awisley", "rivalOf", "al-Shabaab")


def test_formed_to_report_on_the_advance_of(extract_text: Extract) -> None:
    # near miss: no fight in the purpose
    got = extract_text(
        "The Ma'awisley, a clan militia, was formed in 2022 to report on the advance of al-Shabaab."
    )
    assert not has_fact(got, "Ma'awisley", "rivalOf", "al-Shabaab")


def test_a_groups_own_council(extract_text: Extract) -> None:
    got = extract_text("The SDF's Manbij Military Council said two fighters were wounded.")
    assert has_fact(got, "Manbij Military Council", "affiliateOf", "Syrian Democratic Forces")


def test_a_group_and_a_council_listed(extract_text: Extract) -> None:
    # near miss: two names in a list, no owner
    got = extract_text("The SDF and the Manbij Military Council said two fighters were wounded.")
    assert _ties(got, "Manbij Military Council", "affiliateOf") == set()


def test_a_police_forces_department(extract_text: Extract) -> None:
    got = extract_text("The Punjab police's Counter Terrorism Department arrested three men.")
    assert has_fact(got, "Counter Terrorism Department", "affiliateOf", "Punjab Police (Pakistan)")


def test_a_places_department(extract_text: Extract) -> None:
    # near miss: a place owns no body
    got = extract_text("Punjab's Counter Terrorism Department arrested three men.")
    assert _ties(got, "Counter Terrorism Department", "affiliateOf") == set()


def test_a_shadow_outfit_of_a_based_parent(extract_text: Extract) -> None:
    got = extract_text(
        "Investigators say the People's Anti-Fascist Front is a shadow outfit of the Pakistan-based Jaish-e-Mohammed."
    )
    assert has_fact(got, "People's Anti-Fascist Front", "affiliateOf", "Jaish-e-Mohammed")


def test_a_rival_outfit_is_no_part(extract_text: Extract) -> None:
    # near miss: "outfit" alone names no part
    got = extract_text(
        "Investigators say the People's Anti-Fascist Front is a rival outfit of the Pakistan-based Jaish-e-Mohammed."
    )
    assert _ties(got, "People's Anti-Fascist Front", "affiliateOf") == set()


def test_one_of_the_armed_structures_of(extract_text: Extract) -> None:
    got = extract_text(
        "Commanders said the Jaime Martinez Front, one of the armed structures of the Estado Mayor Central, laid the "
        "mines."
    )
    assert has_fact(got, "Jaime Martinez Front", "affiliateOf", "Estado Mayor Central")


def test_fought_the_structures_of(extract_text: Extract) -> None:
    # near miss: a verb before the part word says what the front did to them
    got = extract_text(
        "Commanders said the Jaime Martinez Front, which fought the armed structures of the Estado Mayor Central, "
        "laid the mines."
    )
    assert _ties(got, "Jaime Martinez Front", "affiliateOf") == set()


def test_said_to_operate_through(extract_text: Extract) -> None:
    got = extract_text(
        "Lashkar-e-Taiba is believed by investigators to operate through The Resistance Front in the valley."
    )
    assert has_fact(got, "The Resistance Front", "affiliateOf", "Lashkar-e-Taiba")


def test_said_to_operate_alongside(extract_text: Extract) -> None:
    # near miss: working beside a group makes it no arm
    got = extract_text(
        "Lashkar-e-Taiba is believed by investigators to operate alongside The Resistance Front in the valley."
    )
    assert _ties(got, "The Resistance Front", "affiliateOf") == set()

"""Round nineteen (c): entity leftovers noted on eval/dev13, read as general rules.

Every sentence here was written for these tests.

- "the South East Antrim faction": a faction named by an alias of a known group whose name holds the faction's
  own words is that group; "the Bakura faction" (an alias of its parent) is not bound to the parent.
- "the 2nd Criminal Senate", "the State Protection Senate": a German court's panel is no body, nor is the bare
  "Senate" of such a story the US Senate; the US Senate of an American story stays.
- "the Higher Regional Court Celle", "the Oberlandesgericht Celle": a court named by its kind then its town is
  a body (one body by both names); "the Regional Court" before a word no place names nothing new.
- "November 17, the Marxist group": the Greek group's bare name before a word for a group; "On November 17, the
  group" is a date.
- Lahj, Altun Kupri, Sidakan, Baalbek, Hermel, Jableh, Qardaha: real places the gazetteer lacked.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import mention_names as names_of
from readings import typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
GROUP = EntityType.GROUP
ORG = EntityType.ORGANIZATION
PLACE = EntityType.LOCATION


def test_faction_by_an_alias_of_a_known_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Police in Belfast said the South East Antrim faction had not spoken to the mainstream UDA in years."
    )
    assert ("South East Antrim UDA", GROUP) in typed(ex)
    assert "South East Antrim" not in names_of(ex)


def test_faction_alias_of_the_parent_is_not_bound(extract_text: Extract) -> None:
    ex = extract_text("Analysts in Maiduguri said the Bakura faction had raided a fishing camp on Lake Chad.")
    assert "Boko Haram" not in names_of(ex)


def test_faction_named_after_a_man_keeps_his_name(extract_text: Extract) -> None:
    ex = extract_text("Police in Bannu said the Hafiz Gul Bahadur faction had claimed the raid on the post.")
    assert "Hafiz Gul Bahadur group" not in names_of(ex)


def test_german_court_panels_are_no_bodies(extract_text: Extract) -> None:
    ex = extract_text(
        "The trial opened before the 2nd Criminal Senate of the court in Munich. The Senate heard that the "
        "men had bought rifles in Bavaria."
    )
    assert not any("Senate" in n for n in names_of(ex))


def test_us_senate_in_an_american_story_stays(extract_text: Extract) -> None:
    ex = extract_text("The Senate voted on Tuesday to extend the sanctions, a spokesman in Washington said.")
    assert ("United States Senate", ORG) in typed(ex)


def test_court_named_before_its_town_is_a_body(extract_text: Extract) -> None:
    ex = extract_text(
        "The Higher Regional Court Celle opened the trial on Monday. Judges of the Oberlandesgericht Celle "
        "heard two witnesses."
    )
    found = typed(ex)
    assert ("Higher Regional Court Celle", ORG) in found
    assert "Oberlandesgericht Celle" not in names_of(ex)
    assert ("Celle", PLACE) in found


def test_court_kind_before_no_place_names_no_court(extract_text: Extract) -> None:
    ex = extract_text("The Regional Court Tuesday rejected the appeal filed in Hanover.")
    assert not any(n.startswith("Regional Court Tuesday") for n in names_of(ex))


def test_november_17_before_a_group_word_is_the_greek_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Greek police said the new cell copied the language of November 17, the Marxist group that killed a "
        "diplomat in Athens."
    )
    assert ("Revolutionary Organization 17 November", GROUP) in typed(ex)


def test_november_17_as_a_date_is_no_group(extract_text: Extract) -> None:
    ex = extract_text("On November 17, the group left a bomb outside a bank in Athens, Greek police said.")
    assert "Revolutionary Organization 17 November" not in names_of(ex)


def test_november_17_outside_a_greek_story_is_no_group(extract_text: Extract) -> None:
    ex = extract_text("Police in Lima named November 17, the day the group was formed, as a date to watch.")
    assert "Revolutionary Organization 17 November" not in names_of(ex)


def test_small_places_the_gazetteer_lacked(extract_text: Extract) -> None:
    ex = extract_text(
        "Fighters moved between Lahj and Aden. Drones struck near Altun Kupri and Sidakan in Iraq. Shelling "
        "hit Baalbek and Hermel in Lebanon, and clashes spread to Jableh and Qardaha in Syria."
    )
    found = names_of(ex)
    for place in ("Altun Kupri", "Sidakan", "Baalbek", "Hermel", "Jableh", "Qardaha"):
        assert place in found
    assert any(m.text == "Lahj" and m.type is PLACE for m in ex.mentions)


def test_shared_acronym_means_the_body_of_the_named_country(extract_text: Extract) -> None:
    ex = extract_text("Officers of the GKNB detained two recruiters in Bishkek, Kyrgyzstan, on Friday.")
    assert ("State Committee for National Security of the Kyrgyz Republic", ORG) in typed(ex)


def test_shared_acronym_keeps_the_first_body_where_its_country_is_named(extract_text: Extract) -> None:
    ex = extract_text("Officers of the GKNB detained two recruiters in Dushanbe, Tajikistan, on Friday.")
    assert ("State Committee for National Security (Tajikistan)", ORG) in typed(ex)


def test_court_number_is_part_of_its_name(extract_text: Extract) -> None:
    ex = extract_text("The case went to the Federal Oral Criminal Court No. 4 in Buenos Aires on Monday.")
    assert "Federal Oral Criminal Court No. 4" in names_of(ex)


def test_number_not_after_the_court_is_left_alone(extract_text: Extract) -> None:
    ex = extract_text("The Lahore High Court on Monday sent case No. 12 back to a lower bench.")
    assert not any(n.endswith("No. 12") for n in names_of(ex))


def test_capitals_name_of_a_body_is_no_place_elsewhere(extract_text: Extract) -> None:
    ex = extract_text(
        "The files of the prosecutors' unit, UFI-KLM, were sealed. Maria Lopez, who heads UFI-KLM, said so."
    )
    assert ("UFI-KLM", PLACE) not in typed(ex)


def test_base_and_bay_are_two_places(extract_text: Extract) -> None:
    ex = extract_text("Gunmen attacked Camp Simba, a base at Manda Bay in Lamu county, Kenya.")
    found = names_of(ex)
    assert {"Camp Simba", "Manda Bay"} <= found


def test_doctrine_is_no_entity(extract_text: Extract) -> None:
    ex = extract_text("Prosecutors said the men in Leipzig wanted a state modelled on National Socialism.")
    assert "National Socialism" not in names_of(ex)


def test_party_named_after_a_doctrine_stays(extract_text: Extract) -> None:
    ex = extract_text("Prosecutors said the men in Leipzig had joined the National Socialist Underground.")
    assert any("National Socialist Underground" in n for n in names_of(ex))

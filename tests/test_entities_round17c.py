"""Round seventeen, third wave: spurious places across the read sets.

Every sentence here was written for these tests.

- "U.S. troops", "US air strikes": a state written only as the abbreviated adjective of its forces,
  strikes or sanctions is no place of the story; "U.S. diplomats said", "the United States" keep it, and a
  full name ("Syria forces") is the state itself.
- "the Islamic State's Khorasan branch", "the Sahel branch of IS": the region names the branch, not a
  place; "born in Khorasan" and "al-Qaeda's Yemen branch" keep their places.
- "on Easter Sunday": a feast day is a date, not a place or a body.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact, typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]
PLACE = EntityType.LOCATION


def test_abbreviated_state_only_as_adjective_of_forces_is_no_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Ugandan soldiers and U.S. troops cleared the road near Beni last week. "
        "A commando unit later took the ridge after US air strikes."
    )
    assert ("United States", PLACE) not in typed(ex)
    assert ("Beni", PLACE) in typed(ex)


def test_abbreviated_state_that_speaks_is_kept(extract_text: Extract) -> None:
    ex = extract_text(
        "Ugandan soldiers and U.S. troops cleared the road near Beni last week. "
        "U.S. diplomats said the operation would continue."
    )
    assert ("United States", PLACE) in typed(ex)


def test_state_named_in_full_is_kept(extract_text: Extract) -> None:
    ex = extract_text("U.S. troops left the base in March. The United States then closed its embassy.")
    assert ("United States", PLACE) in typed(ex)


def test_full_state_name_before_its_forces_is_kept(extract_text: Extract) -> None:
    ex = extract_text("Syria forces shelled the camp on Tuesday, killing two guards.")
    assert ("Syria", PLACE) in typed(ex)


def test_region_naming_an_islamic_state_branch_is_no_place(extract_text: Extract) -> None:
    ex = extract_text(
        "Prosecutors said the two men had sent money to the Islamic State's Khorasan branch "
        "through a courier in Istanbul."
    )
    assert ("Khorasan", PLACE) not in typed(ex)
    assert ("Istanbul", PLACE) in typed(ex)


def test_region_before_branch_of_the_islamic_state_is_no_place(extract_text: Extract) -> None:
    ex = extract_text("Investigators linked the cell to the Khorasan branch of the Islamic State last year.")
    assert ("Khorasan", PLACE) not in typed(ex)


def test_region_as_a_place_is_kept(extract_text: Extract) -> None:
    ex = extract_text("The preacher was born in Khorasan and later moved to Herat with his brothers.")
    assert ("Khorasan", PLACE) in typed(ex)


def test_branch_of_another_group_keeps_its_country(extract_text: Extract) -> None:
    ex = extract_text("Al-Qaeda's Yemen branch said its fighters had seized two trucks near Mukalla.")
    assert ("Yemen", PLACE) in typed(ex)


def test_branch_still_tied_to_the_islamic_state(extract_text: Extract) -> None:
    ex = extract_text(
        "Those arrested belonged to a cell of the Islamic State's Caucasus branch, known to its members "
        "as Vilayat Kavkaz, the police said."
    )
    assert ("Caucasus", PLACE) not in typed(ex)
    assert has_fact(ex, "Islamic State Caucasus Province", "affiliateOf", "Islamic State")


def test_feast_day_is_no_place(extract_text: Extract) -> None:
    ex = extract_text("Gunmen attacked worshippers on Easter Sunday in Owo, killing 40.")
    assert not any(name == "Easter Sunday" for name, _ in typed(ex))
    assert ("Owo", PLACE) in typed(ex)


def test_street_named_after_a_feast_is_not_cut(extract_text: Extract) -> None:
    ex = extract_text("The march set off from Easter Road in Edinburgh on Saturday morning.")
    assert not any(name == "Easter" for name, _ in typed(ex))

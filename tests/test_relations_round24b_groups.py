"""Round twenty-four (b): parents of units, offices and bloc members.

A body that answers or reports to another, a programme or committee a body owns by name, and the founding members
of an umbrella bloc. Each positive sits beside a near miss of the same shape. Every sentence was written for these
tests.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Extraction

Extract = Callable[..., Extraction]
# the gazetteer's names for the State Department and the NSCN-K
_STATE = "United States Department of State"
_NSCN_K = "National Socialist Council of Nagaland-Khaplang"


def _parents(got: Extraction, child: str) -> set[str]:
    return {
        r.object.name for r in got.relations if r.predicate.value == "affiliateOf" and r.subject.name == child
    }


def test_body_that_answers_to_a_council_is_its_part(extract_text: Extract) -> None:
    got = extract_text(
        "The Stability Support Apparatus, which answers nominally to the Presidential Council, blamed the brigade."
    )
    assert "Presidential Council" in _parents(got, "Stability Support Apparatus")


def test_body_that_answered_a_council_is_not_its_part(extract_text: Extract) -> None:
    got = extract_text(
        "The Stability Support Apparatus, which answered the Presidential Council in a statement, blamed the brigade."
    )
    assert "Presidential Council" not in _parents(got, "Stability Support Apparatus")


def test_answers_to_a_council_rivals_is_not_the_council(extract_text: Extract) -> None:
    got = extract_text(
        "The Stability Support Apparatus, which answers to the Presidential Council's rivals, blamed the brigade."
    )
    assert "Presidential Council" not in _parents(got, "Stability Support Apparatus")


def test_owned_programme_named_before_its_kind(extract_text: Extract) -> None:
    got = extract_text(
        "The State Department's Rewards for Justice programme offers up to $5 million for information on him."
    )
    assert _STATE in _parents(got, "Rewards for Justice")


def test_programme_of_another_body_is_not_owned(extract_text: Extract) -> None:
    got = extract_text(
        "The State Department said Rewards for Justice would offer up to $5 million for information on him."
    )
    assert _STATE not in _parents(got, "Rewards for Justice")


def test_founding_members_of_an_umbrella_are_its_members(extract_text: Extract) -> None:
    got = extract_text(
        "The ULFA-I and the NSCN-K were founding members of the UNLFW, an umbrella front set up in Myanmar in 2015."
    )
    assert "UNLFW" in _parents(got, _NSCN_K)


def test_founding_members_of_a_plain_group_are_not_members(extract_text: Extract) -> None:
    got = extract_text("Veterans of the NSCN-K were founding members of the UNLFW, and some later left it.")
    assert "UNLFW" not in _parents(got, _NSCN_K)

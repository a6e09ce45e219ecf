"""Attack rules, round fifteen: faults shown by the read sets, read as general rules.

Every sentence here was written for these tests.

- "the spokesman said the attackers were fighters of the G faction loyal to C, whose camps were overrun in 2019":
  the attackers are those of the attack just told, whatever earlier event the sentence goes on to tell; a
  spokesman who "would not say whether the attackers were members of G" blames nobody.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import only_attack

from kg.model import Extraction

Extract = Callable[..., Extraction]

_AMBUSH = (
    "Gunmen ambushed a police patrol near the town of Ziguinchor in Senegal on Monday, killing two officers. "
)


def test_the_attackers_were_fighters_of_a_group_despite_an_older_event(extract_text: Extract) -> None:
    ex = extract_text(
        _AMBUSH + "A police spokesman said the attackers were fighters of the MFDC faction loyal to a rebel "
        "commander whose camps along the border were overrun in 2019.",
        "2025-02-12",
    )
    attack = only_attack(ex)
    assert [r.group.name for r in attack.responsibility] == ["Movement of Democratic Forces of Casamance"]


def test_no_blame_where_the_spokesman_would_not_say(extract_text: Extract) -> None:
    ex = extract_text(
        _AMBUSH + "A police spokesman would not say whether the attackers were fighters of the MFDC, whose "
        "camps along the border were overrun in 2019.",
        "2025-02-12",
    )
    assert not only_attack(ex).responsibility

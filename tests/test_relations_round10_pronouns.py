"""Relations told of "it", "its" and "their", tenth round.

Every sentence was written for these tests. "Officials regard it as Y's city wing" (the group the sentence
before is about is Y's affiliate, and active where the affiliate is said to be); "it has pushed south from its
strongholds in A and B" (the owner of the strongholds is active in each); "Yet it retains a presence in X"
(a sentence opening with "it" and a verb the tagger leaves out, read with the pair rules); "its largest faction,
X, walked away" (a part that left is a splinter); a "component" of a coalition; "P, the AA's spokesman, said ... His group is the armed wing of Y" (the group the
sentence before ties P to); "its fighters now move in small units through the forests of X" (a habit, not one
march); "it is also fighting a much smaller rival, X". Each phrasing sits beside a
near miss it must leave alone: a denial, strongholds lost or another's, "it" after a sentence about a
government, "it seems", a faction that stayed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

AQAP, IS, ASG = "al-Qaeda in the Arabian Peninsula", "Islamic State", "Abu Sayyaf Group"
ADF, JNIM = "Allied Democratic Forces", "Jama'at Nusrat al-Islam wal-Muslimin"


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        (
            "The Abu Sayyaf Group was founded in 1991 on Basilan. Manila regards it as the Islamic State's "
            "main affiliate in the southern Philippines.",
            ASG,
            "affiliateOf",
            IS,
        ),
        (
            "Hurras al-Din emerged in 2018 from hardliners who left HTS. Western officials, however, consider it "
            "a branch of al-Qaeda.",
            "Hurras al-Din",
            "affiliateOf",
            "al-Qaeda",
        ),
        (
            "The Allied Democratic Forces were founded in Uganda in 1995. Analysts describe it as the "
            "Islamic State's most lethal province.",
            ADF,
            "affiliateOf",
            IS,
        ),
        (
            "Al-Shabaab took Bulo Burte in 2023. Nairobi sees it as the main rival of the Islamic State.",
            "al-Shabaab",
            "rivalOf",
            IS,
        ),
    ],
)
def test_it_regarded_as_a_part_is_the_last_sentences_group(
    extract_text: Extract, text: str, s: str, p: str, o: str
) -> None:
    assert has_fact(extract_text(text), s, p, o)


def test_it_regarded_as_an_affiliate_in_a_place_is_active_there(extract_text: Extract) -> None:
    text = (
        "The Abu Sayyaf Group was founded in 1991 on Basilan. Manila regards it as the Islamic State's main "
        "affiliate in Sulu."
    )
    assert has_fact(extract_text(text), ASG, "operatesIn", "Sulu")


@pytest.mark.parametrize(
    "text",
    [
        # a denial
        "The Abu Sayyaf Group was founded in 1991 on Basilan. Manila does not regard it as the Islamic State's "
        "main affiliate.",
        # "it" stands for a ruling, not the group
        "A court in Manila heard the case against the Abu Sayyaf Group. Lawyers described it as the Islamic "
        "State's favourite kind of trial.",
    ],
)
def test_it_regarded_as_leaves_denials_and_other_nouns(extract_text: Extract, text: str) -> None:
    assert not has_fact(extract_text(text), ASG, "affiliateOf", IS)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        (
            "AQAP was badly weakened after 2016. Since then it has regrouped from its strongholds in Shabwa and "
            "Abyan, recruiting among local tribes.",
            AQAP,
            "Abyan",
        ),
        (
            "The ADF has killed hundreds of villagers this year, operating from its bases in Ituri and "
            "North Kivu.",
            ADF,
            "Ituri",
        ),
    ],
)
def test_its_strongholds_in_places_are_where_the_owner_is_active(
    extract_text: Extract, text: str, s: str, o: str
) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    "text",
    [
        # strongholds lost
        "The ADF was driven from its strongholds in Ituri by a joint offensive last year.",
        # the bases are the army's
        "The ADF said the army had abandoned its strongholds in Ituri.",
        # strongholds lost
        "The ADF was chased out of its strongholds in Ituri last year.",
    ],
)
def test_its_strongholds_lost_or_anothers_give_nothing(extract_text: Extract, text: str) -> None:
    assert not has_fact(extract_text(text), ADF, "operatesIn", "Ituri")


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        (
            "Al-Shabaab lost several towns to government forces last year. Still, it controls large parts of "
            "Middle Juba.",
            "al-Shabaab",
            "Middle Juba",
        ),
        (
            "AQAP was pushed out of Mukalla in 2016. But it still runs courts and checkpoints in Shabwa.",
            AQAP,
            "Shabwa",
        ),
    ],
)
def test_it_opening_a_sentence_with_an_unlisted_verb_is_the_last_sentences_group(
    extract_text: Extract, text: str, s: str, o: str
) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


def test_it_retains_a_presence_in_places_listed_with_as_well_as(extract_text: Extract) -> None:
    text = (
        "Al-Shabaab lost several towns to government forces last year. Yet it retains a presence in Jilib, as "
        "well as in Jamaame."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "al-Shabaab", "operatesIn", "Jilib")
    assert has_fact(extraction, "al-Shabaab", "operatesIn", "Jamaame")


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before is about a government
        "The Somali government announced a new offensive against al-Shabaab. Yet it controls little of Middle "
        "Juba.",
        # "it seems" says nothing of the group
        "Al-Shabaab lost several towns to government forces last year. It seems the fighting in Middle Juba "
        "will go on.",
    ],
)
def test_it_opening_a_sentence_after_another_subject_gives_nothing(extract_text: Extract, text: str) -> None:
    assert not has_fact(extract_text(text), "al-Shabaab", "operatesIn", "Middle Juba")


def test_its_faction_that_walked_away_is_a_splinter(extract_text: Extract) -> None:
    text = (
        "Ansar Dine has also splintered: its largest faction, the Katiba Serma, walked away in 2019 and now "
        "fights alone."
    )
    extraction = extract_text(text)
    assert has_fact(extraction, "Katiba Serma", "formedFrom", "Ansar Dine")
    assert not has_fact(extraction, "Katiba Serma", "affiliateOf", "Ansar Dine")


def test_its_faction_that_stayed_is_a_part(extract_text: Extract) -> None:
    text = "Ansar Dine is led from Kidal; its largest faction, the Katiba Serma, is commanded by a Fulani preacher."
    assert not has_fact(extract_text(text), "Katiba Serma", "formedFrom", "Ansar Dine")


def test_its_component_is_a_part(extract_text: Extract) -> None:
    text = "JNIM grew quickly after 2017. Its most powerful component, Ansar Dine, is led from Kidal."
    assert has_fact(extract_text(text), "Ansar Dine", "affiliateOf", JNIM)


def test_his_group_is_the_group_the_sentence_before_ties_him_to(extract_text: Extract) -> None:
    text = (
        '"We will take the whole valley," Ahmad Umar, al-Shabaab\'s emir, told reporters. His group is the East '
        "African branch of al-Qaeda."
    )
    assert has_fact(extract_text(text), "al-Shabaab", "affiliateOf", "al-Qaeda")


def test_his_group_after_a_person_tied_to_no_group_gives_nothing(extract_text: Extract) -> None:
    text = (
        '"We will take the whole valley," said Musa Ibrahim, a farmer from Monguno. His group is the largest '
        "cooperative of the Islamic State of Borno's farmers."
    )
    extraction = extract_text(text)
    assert not any(r.predicate.value == "affiliateOf" for r in extraction.relations), extraction.relations


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        (
            "ISWAP lost Baga last year. Its fighters now move in small, mobile units through the forests of Gwoza "
            "and Bama.",
            "Islamic State West Africa Province",
            "Bama",
        ),
        (
            "The ADF raided Oicha. Its fighters move through Beni territory in small groups.",
            ADF,
            "Beni territory",
        ),
    ],
)
def test_its_fighters_moving_about_a_place_are_active_there(
    extract_text: Extract, text: str, s: str, o: str
) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


def test_the_militants_who_moved_through_a_place_once_give_nothing(extract_text: Extract) -> None:
    text = "The ADF raided Oicha. The militants moved through Beni to attack Oicha."
    assert not has_fact(extract_text(text), ADF, "operatesIn", "Beni")


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab lost Bulo Burte in 2023. In the north, it is also fighting a much smaller rival, Hizbul Islam.",
        "Al-Shabaab lost Bulo Burte in 2023. The group is fighting a rival, Hizbul Islam, for the port of Kismayo.",
    ],
)
def test_it_fighting_a_rival_named_after_a_comma_is_its_rival(extract_text: Extract, text: str) -> None:
    assert has_fact(extract_text(text), "al-Shabaab", "rivalOf", "Hizbul Islam")


def test_it_fighting_beside_an_ally_is_no_rival(extract_text: Extract) -> None:
    text = "Al-Shabaab lost Bulo Burte in 2023. In the north, it is also fighting alongside a local ally, Hizbul Islam."
    assert not has_fact(extract_text(text), "al-Shabaab", "rivalOf", "Hizbul Islam")

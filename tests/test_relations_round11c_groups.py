"""Alliances between a group and a state's armed force, third pass of round eleven.

A state's army or military force (the Tatmadaw, the Rwanda Defence Force) that the words make a group's ally
("M23 is supported by the RDF", "accused ARSA of fighting alongside the Tatmadaw", "has fought alongside") is
that group's ally; a list of groups accused of it ("ARSA and the smaller RSO") is allied with it as a whole. A
group fighting an army is not read as a rivalry, a government or a police force is not a force, and a force
that only reports what two groups did is neither's ally. Each phrasing sits beside a near miss it must leave
alone. A group "linked" to the parent the gazetteer knows for it ("al Qaeda-linked al-Shabaab") is that
parent's affiliate, not its ally ("al-Qaeda-aligned" still says an alliance); a group with no known parent ("al-Qaeda-linked Jemaah Islamiyah") stays an ally.
Every sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

M23, RDF = "March 23 Movement", "Rwanda Defence Force"
ARSA, RSO = "Arakan Rohingya Salvation Army", "Rohingya Solidarity Organisation"
ISWAP, BH = "Islamic State West Africa Province", "Boko Haram"
HAMAS, PIJ = "Hamas", "Palestinian Islamic Jihad"


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        # supported or backed by a state's army
        ("M23 is backed by the Rwanda Defence Force.", M23, "alliedWith", RDF),
        (
            "Investigators found that M23 is supported by Rwanda's army, the Rwanda Defence Force (RDF), which has "
            "deployed troops inside Congolese territory.",
            M23,
            "alliedWith",
            RDF,
        ),
        # the force as the subject that backs the group
        (
            "The Uganda People's Defence Force has backed M23.",
            "Uganda People's Defence Force",
            "alliedWith",
            M23,
        ),
        # fighting alongside a state's army
        ("The Arakan Army has fought alongside the Tatmadaw.", "Arakan Army", "alliedWith", "Tatmadaw"),
        # accused, with another, of fighting alongside it
        (
            f"Rights groups have accused the {ARSA} (ARSA) and the smaller {RSO} (RSO) of fighting alongside the "
            "Tatmadaw, as the military is known, around Maungdaw.",
            ARSA,
            "alliedWith",
            "Tatmadaw",
        ),
        (
            f"Rights groups have accused the {ARSA} (ARSA) and the smaller {RSO} (RSO) of fighting alongside the "
            "Tatmadaw, as the military is known, around Maungdaw.",
            RSO,
            "alliedWith",
            "Tatmadaw",
        ),
        # a list joined past a word of size, between two groups too
        (
            f"Rights groups have accused {HAMAS} and the smaller {PIJ} of fighting alongside Hezbollah.",
            HAMAS,
            "alliedWith",
            "Hezbollah",
        ),
    ],
)
def test_round11c_reads_force_allies(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    assert has_fact(extract_text(text), s, p, o)


@pytest.mark.parametrize(
    ("text", "s", "p", "o"),
    [
        # a government is not an armed force
        ("M23 is backed by the Rwandan government.", M23, "alliedWith", "Rwandan government"),
        # fighting an army is a war, not an alliance (nor a rivalry of two groups)
        (f"{ISWAP} fought the Nigerian Army.", ISWAP, "alliedWith", "Nigerian Army"),
        (f"{ISWAP} fought the Nigerian Army.", ISWAP, "rivalOf", "Nigerian Army"),
        (
            f"{ISWAP} and the smaller {BH} have both fought the Nigerian Army.",
            BH,
            "alliedWith",
            "Nigerian Army",
        ),
        # the army only reports, or accuses, what two groups did
        ("The Nigerian Army said ISWAP had allied with Boko Haram.", ISWAP, "alliedWith", "Nigerian Army"),
        (
            "The Nigerian Army has accused ISWAP of colluding with Boko Haram.",
            ISWAP,
            "alliedWith",
            "Nigerian Army",
        ),
        # denied
        (
            "The Uganda People's Defence Force denied backing M23.",
            M23,
            "alliedWith",
            "Uganda People's Defence Force",
        ),
        # a base of an army backed by others: the group attacked it
        (
            "Al-Shabaab attacked a base of the Somali National Army backed by AMISOM.",
            "al-Shabaab",
            "alliedWith",
            "Somali National Army",
        ),
    ],
)
def test_round11c_leaves_near_misses(extract_text: Extract, text: str, s: str, p: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, p, o)


@pytest.mark.parametrize(
    ("text", "s", "p", "o", "expected"),
    [
        # linked to its known parent: an affiliate, not an ally
        (
            "Officials blamed the attack on Somalia's al Qaeda-linked al Shabaab insurgents.",
            "al-Shabaab",
            "affiliateOf",
            "al-Qaeda",
            True,
        ),
        (
            "Officials blamed the attack on Somalia's al Qaeda-linked al Shabaab insurgents.",
            "al-Shabaab",
            "alliedWith",
            "al-Qaeda",
            False,
        ),
        # aligned, not linked, with its known parent: the words say an alliance
        (
            "Ansaru, the al-Qaeda-aligned faction that broke away from Boko Haram, has rebuilt its presence.",
            "Ansaru",
            "alliedWith",
            "al-Qaeda",
            True,
        ),
        (
            "Ansaru, the al-Qaeda-aligned faction that broke away from Boko Haram, has rebuilt its presence.",
            "Ansaru",
            "affiliateOf",
            "al-Qaeda",
            False,
        ),
        # no known parent: the link stays an alliance
        (
            "Jemaah Islamiyah, the al-Qaeda-linked network behind the Bali bombings, was disbanded.",
            "Jemaah Islamiyah",
            "alliedWith",
            "al-Qaeda",
            True,
        ),
        (
            "Jemaah Islamiyah, the al-Qaeda-linked network behind the Bali bombings, was disbanded.",
            "Jemaah Islamiyah",
            "affiliateOf",
            "al-Qaeda",
            False,
        ),
    ],
)
def test_round11c_link_to_a_known_parent_is_an_affiliation(
    extract_text: Extract, text: str, s: str, p: str, o: str, expected: bool
) -> None:
    assert has_fact(extract_text(text), s, p, o) is expected

"""Round twenty-nine (r40): relations on unseen text (kg/extract/relations/).

Every sentence was written for these tests. What the rules read, decided here:
- where a group is: "X's heartland is the border zone known as A: B's C region and D's E region" (each place of the
  list after the colon); "X, the Gedo militants who ..."; "X, which operates on both sides of the A-B border";
  "travelled to Syria to join X"; "who had joined X in Somalia"; "and has small training contingents in A and B";
  "now numbers fewer than 50 fighters operating in the hinterlands of A"; "a group that emerged in 2000 and has since
  put its name to dozens of attacks on ... in A"; "A, the Somali capital, was an X stronghold";
- ties: "P is a veteran jihadist from A who founded X"; "records show that he called a man identified by police as P, a
  Jordanian who had joined X"; "the Amniyat, al-Shabaab's intelligence and assassinations wing"; "X was created as a merger of three
  groups: A, B and C"; "X, which analysts say was formed by fighters who broke away from Y"; "Y, whose Tehran
  Headquarters ..."; "P, 31, whom it described as a commander of X" (still read);
- ground two groups hold: "A and B share tunnels in X"; "A and B have clashed repeatedly in X"; "both have shared
  territory in X"; "a pact between A and B, which they said shared camps in X and in Y"; and "In northern X, G has
  killed thousands"; "G now controls most of the province's districts, including A and B"; "G's Syrian fighters are
  based in A"; "the Sambisa forest, G's stronghold"; "blamed on Y's Kenyan wing, X" (the parent named first).
Near misses: the body whose investigators named a man is not his; a trip to report on a group is not one to join it;
an army (no group) that clashed with a group; one attack told after "In northern X".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "The Islamic State Sahel Province's heartland is the border zone known as Liptako-Gourma: Mali's Menaka "
            "region and Niger's Tillaberi region.",
            [
                ("Islamic State Sahel Province", "operatesIn", "Liptako-Gourma"),
                ("Islamic State Sahel Province", "operatesIn", "Ménaka Region"),
                ("Islamic State Sahel Province", "operatesIn", "Tillabéri Region"),
                ("Islamic State Sahel Province", "operatesIn", "Niger"),
            ],
        ),
        (
            "Officials blamed al-Shabaab, the Gedo militants who have raided border towns for years.",
            [("al-Shabaab", "operatesIn", "Gedo")],
        ),
        (
            "JNIM, which operates on both sides of the Mali-Burkina Faso border, claimed the ambush.",
            [
                ("Jama'at Nusrat al-Islam wal-Muslimin", "operatesIn", "Mali"),
                ("Jama'at Nusrat al-Islam wal-Muslimin", "operatesIn", "Burkina Faso"),
            ],
        ),
        (
            "He later travelled to Syria to join the Islamic State.",
            [("Islamic State", "operatesIn", "Syria")],
        ),
        (
            "She was a Tunisian who had joined al-Shabaab in Somalia in 2012.",
            [("al-Shabaab", "operatesIn", "Somalia")],
        ),
        (
            "The Africa Corps guards the presidential palace in Bamako, and has small training contingents in Niger "
            "and Burkina Faso.",
            [
                ("Africa Corps (Russia)", "operatesIn", "Niger"),
                ("Africa Corps (Russia)", "operatesIn", "Burkina Faso"),
            ],
        ),
        (
            "The Abu Sayyaf, once led by the Janjalani brothers, now numbers fewer than 50 fighters operating in the "
            "hinterlands of Sulu.",
            [("Abu Sayyaf Group", "operatesIn", "Sulu")],
        ),
        (
            "The attack was claimed by the Baloch Liberation Army (BLA), a group that emerged in 2000 and has since "
            "put its name to dozens of attacks on Chinese workers in Balochistan.",
            [("Balochistan Liberation Army", "operatesIn", "Balochistan")],
        ),
        (
            "Mogadishu, the Somali capital, was an al-Shabaab stronghold until 2011.",
            [("al-Shabaab", "operatesIn", "Mogadishu")],
        ),
        (
            "Its founder, Mokhtar Belmokhtar, is a veteran Algerian jihadist from Ghardaia who founded al-Mourabitoun "
            "in 2013.",
            [("Mokhtar Belmokhtar", "affiliatedWith", "al-Mourabitoun")],
        ),
        (
            "Phone records show that he called a man identified by police as Omar Hadid, a Jordanian who had joined "
            "the Islamic State in 2015.",
            [("Omar Hadid", "affiliatedWith", "Islamic State")],
        ),
        (
            "The bombing bore the hallmarks of the Amniyat, al-Shabaab's intelligence and assassinations wing.",
            [("Amniyat", "affiliateOf", "al-Shabaab")],
        ),
        (
            "JNIM was created in 2017 as a merger of three groups: Ansar Dine, al-Mourabitoun and Katiba Macina.",
            [
                ("Jama'at Nusrat al-Islam wal-Muslimin", "formedFrom", "Ansar Dine"),
                ("Jama'at Nusrat al-Islam wal-Muslimin", "formedFrom", "al-Mourabitoun"),
                ("Jama'at Nusrat al-Islam wal-Muslimin", "formedFrom", "Katiba Macina"),
            ],
        ),
        (
            "The kidnapping was blamed on Ansaru, which analysts say was formed by fighters who broke away from Boko "
            "Haram.",
            [("Ansaru", "formedFrom", "Boko Haram")],
        ),
        (
            "Hamas and Islamic Jihad share tunnels and rocket crews in the Gaza Strip.",
            [
                ("Hamas", "operatesIn", "Gaza Strip"),
                ("Palestinian Islamic Jihad", "operatesIn", "Gaza Strip"),
            ],
        ),
        (
            "Al-Shabaab and the Islamic State in Somalia have clashed repeatedly in Puntland's Bari region.",
            [
                ("al-Shabaab", "operatesIn", "Bari region"),
                ("Islamic State Somalia Province", "operatesIn", "Bari region"),
            ],
        ),
        (
            "The ELN's ties with the Segunda Marquetalia are close: both have shared territory in Apure for years.",
            [
                ("National Liberation Army (Colombia)", "operatesIn", "Apure"),
                ("Segunda Marquetalia", "operatesIn", "Apure"),
            ],
        ),
        (
            "Police blamed a pact between Ansaru and the so-called Lakurawa group, which they said shared camps in "
            "Sokoto and in Kebbi.",
            [("Ansaru", "operatesIn", "Kebbi"), ("Lakurawa", "operatesIn", "Sokoto")],
        ),
        ("In northern Nigeria, Boko Haram has killed thousands.", [("Boko Haram", "operatesIn", "Nigeria")]),
        (
            "The Taliban now control most of the province's districts, including Musa Qala and Sangin.",
            [("Taliban", "operatesIn", "Musa Qala"), ("Taliban", "operatesIn", "Sangin")],
        ),
        (
            "The TIP's Syrian fighters are believed to be based in Idlib and Latakia.",
            [("Turkistan Islamic Party", "operatesIn", "Latakia")],
        ),
        (
            "The raiders came from the Sambisa forest, Boko Haram's stronghold.",
            [("Boko Haram", "operatesIn", "Sambisa Forest")],
        ),
        (
            "The Islamic Revolutionary Guard Corps, whose Tehran Headquarters issued the order, denied the report.",
            [("Tehran Headquarters", "affiliateOf", "Islamic Revolutionary Guard Corps")],
        ),
        (
            "The bombing was blamed on al-Shabaab's Kenyan wing, Jaysh Ayman.",
            [("Jaysh al-Ayman", "operatesIn", "Kenya")],
        ),
        (
            "The army named one of the dead as Ahmad Saleh, 31, whom it described as a commander of Hamas.",
            [("Ahmad Saleh", "affiliatedWith", "Hamas")],
        ),
    ],
)
def test_relation_is_read(extract_text: Extract, text: str, facts: list[tuple[str, str, str]]) -> None:
    extraction = extract_text(text)
    for fact in facts:
        assert has_fact(extraction, *fact), fact


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The cell was run by Abu Bakr Hassan, whom investigators from the Federal Bureau of Investigation "
            "identified as an operative of the Islamic State.",
            ("Abu Bakr Hassan", "affiliatedWith", "Federal Bureau of Investigation"),
        ),
        (
            "He travelled to Syria to report on the Islamic State for a newspaper.",
            ("Islamic State", "operatesIn", "Syria"),
        ),
        ("The army and al-Shabaab have clashed in Gedo.", ("al-Shabaab", "operatesIn", "Gedo")),
        (
            "In northern Mali, JNIM fighters attacked a convoy on Monday.",
            ("Jama'at Nusrat al-Islam wal-Muslimin", "operatesIn", "Mali"),
        ),
    ],
)
def test_near_miss_is_left_alone(extract_text: Extract, text: str, fact: tuple[str, str, str]) -> None:
    assert not has_fact(extract_text(text), *fact)

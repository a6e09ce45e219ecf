"""Round twenty-one (second wave): person affiliations, read as general rules.

Every sentence here was written for these tests.

- "G, which is outlawed in ... and was listed ... in 2002, is led by P": a relative clause too long for an
  apposition, closed by a comma before the body's own "is led by" (not "..., fought a militia led by P").
- "G, which counts 4,000 fighters and is led by P": a thousands comma does not close the clause.
- "... admitted that he swore an oath of allegiance to G": the oath named in a pledge (not "an oath of office").
- "the faction led by P's sons": the sons lead it, not P (but "the faction led by P").
- "P is also a vice-president of the O" (not "P is also a critic of the O").
- "P, the cleric regarded as G's spiritual leader" (not "... regarded as G's fiercest critic").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_long_relative_clause_then_led_by(extract_text: Extract) -> None:
    ex = extract_text(
        "The PKK, which is outlawed in Turkey and was put on a list of terrorist organisations by the European Union "
        "in 2002, is led by Murat Karayilan."
    )
    assert among("Kurdistan Workers' Party", bodies_of(ex, "Murat Karayilan"))


def test_long_relative_clause_then_fought_a_militia_led_by(extract_text: Extract) -> None:
    ex = extract_text(
        "The PKK, which is outlawed in Turkey and was put on a list of terrorist organisations by the European Union "
        "in 2002, fought a village militia led by Murat Karayilan."
    )
    assert not among("Kurdistan Workers' Party", bodies_of(ex, "Murat Karayilan"))


def test_thousands_comma_in_clause_then_led_by(extract_text: Extract) -> None:
    ex = extract_text(
        "Al-Shabaab, which counts some 7,000 fighters and is led by Ahmed Diriye, rejected the talks."
    )
    assert among("al-Shabaab", bodies_of(ex, "Ahmed Diriye"))


def test_thousands_comma_in_clause_then_fought_by(extract_text: Extract) -> None:
    ex = extract_text(
        "Al-Shabaab, which counts some 7,000 fighters and is fought by troops under Ahmed Diriye, rejected the talks."
    )
    assert not among("al-Shabaab", bodies_of(ex, "Ahmed Diriye"))


def test_admitted_he_swore_an_oath_of_allegiance(extract_text: Extract) -> None:
    ex = extract_text(
        "The accused, named only as Karim T. under privacy rules, told the judges that he swore an oath of "
        "allegiance to the Islamic State in a video he filmed at home."
    )
    assert among("Islamic State", bodies_of(ex, "Karim T."))


def test_admitted_he_swore_an_oath_of_office(extract_text: Extract) -> None:
    ex = extract_text(
        "The accused, named only as Karim T. under privacy rules, told the judges that he swore an oath of office "
        "before he left the Islamic State."
    )
    assert not among("Islamic State", bodies_of(ex, "Karim T."))


def test_faction_led_by_his_sons(extract_text: Extract) -> None:
    ex = extract_text(
        "The war pits Los Chapitos, the faction led by Guzmán's sons, against the older bosses of the cartel."
    )
    assert not among("Los Chapitos", bodies_of(ex, "Guzmán"))


def test_faction_led_by_him(extract_text: Extract) -> None:
    ex = extract_text(
        "The war pits Los Chapitos, the faction led by Ovidio Guzmán, against the older bosses of the cartel."
    )
    assert among("Los Chapitos", bodies_of(ex, "Ovidio Guzmán"))


def test_is_also_vice_president_of(extract_text: Extract) -> None:
    ex = extract_text(
        "The council's chairman, Rashad al-Alimi, is also a vice-president of the Presidential Leadership Council, "
        "the country's collective presidency."
    )
    assert among("Presidential Leadership Council", bodies_of(ex, "Rashad al-Alimi"))


def test_is_also_critic_of(extract_text: Extract) -> None:
    ex = extract_text(
        "The council's chairman, Rashad al-Alimi, is also a critic of the Presidential Leadership Council, the "
        "country's collective presidency."
    )
    assert not among("Presidential Leadership Council", bodies_of(ex, "Rashad al-Alimi"))


def test_the_cleric_regarded_as_founder(extract_text: Extract) -> None:
    ex = extract_text(
        "Abu Bakar Ba'asyir, the cleric widely regarded as Jemaah Islamiyah's spiritual leader, was freed in 2021."
    )
    assert among("Jemaah Islamiyah", bodies_of(ex, "Abu Bakar Ba'asyir"))


def test_the_cleric_regarded_as_critic(extract_text: Extract) -> None:
    ex = extract_text(
        "Abu Bakar Ba'asyir, the cleric widely regarded as Jemaah Islamiyah's fiercest critic, was freed in 2021."
    )
    assert not among("Jemaah Islamiyah", bodies_of(ex, "Abu Bakar Ba'asyir"))

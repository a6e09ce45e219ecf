"""Round eighteen, third wave: wrong antecedents and entity leftovers, read as general rules.

Every sentence here was written for these tests.

- '"X is the sharpest arm of the network. Its recruiters ..., and Y takes the credit," she said. The
  group ...': a sentence opening with an "Its" left unread goes on about the group before it, so the
  group it names later in a second clause is not what "the group" stands for.
- "It was unclear whether X ...": a sentence opening with the empty "It" is no such sentence.
- "La Línea": the Juárez Cartel's armed wing is a group, not a place; but a known group's name that runs
  on into "de la X" is the head of a longer name ("La Línea de la Concepción", a town in Spain).
- "the Khorasan branch", in a text naming the Islamic State: its province, a group (no place Khorasan).
- "the armed wing of the X Military Council": a military council with an armed wing is an armed group
  (not "the armed wing of the Muslim Brotherhood": a movement stays as NER reads it).
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact, typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]


def test_sentence_opening_with_its_goes_on_about_the_group_before(extract_text: Extract) -> None:
    # (the Islamic State named more often before, so the paragraph's count does not decide)
    ex = extract_text(
        "The Islamic State claimed the stabbing in Linz on Sunday. IS later praised the attacker in its "
        "weekly newsletter.\n"
        "An analyst at the Soufan Center said the plots share one source. "
        "\u201cISKP is the sharpest arm of the network abroad. Its online mentors guide young men, "
        "and IS central later claims the plots,\u201d she said. "
        "The group, which is active in Afghanistan, has been tied to several arrests in Austria."
    )
    assert has_fact(ex, "Islamic State Khorasan Province", "operatesIn", "Afghanistan")
    assert not has_fact(ex, "Islamic State", "operatesIn", "Afghanistan")


def test_sentence_opening_with_an_empty_it_keeps_its_group(extract_text: Extract) -> None:
    # near miss: "It was unclear whether X ..." is about X, which "the group" then stands for
    ex = extract_text(
        "Police in Peshawar blamed the blast on local criminals. "
        "It was unclear whether the Tehrik-i-Taliban Pakistan had any part in it. "
        "The group, which is active in Khyber Pakhtunkhwa, has denied involvement."
    )
    assert has_fact(ex, "Tehrik-i-Taliban Pakistan", "operatesIn", "Khyber Pakhtunkhwa")


def test_sentence_opening_with_a_resolved_its_names_its_own_group(extract_text: Extract) -> None:
    # near miss: "Its fighters" read as the group before; the sentence's subject is that group
    ex = extract_text(
        "Al-Shabaab has lost ground in central Somalia this year. "
        "Its fighters withdrew from two villages after clashes with clan militias. "
        "The group, which is active in Hiraan, still controls the roads."
    )
    assert has_fact(ex, "al-Shabaab", "operatesIn", "Hiran")


def test_la_linea_is_an_armed_group(extract_text: Extract) -> None:
    ex = extract_text(
        "La Línea, the enforcement arm of the Juárez Cartel, has fought rival gangs across Chihuahua for years. "
        "Based in Ciudad Juárez, it controls several crossing points."
    )
    assert ("La Línea", EntityType.GROUP) in typed(ex)
    assert ("La Línea", EntityType.LOCATION) not in typed(ex)
    assert has_fact(ex, "La Línea", "operatesIn", "Ciudad Juárez")
    assert not has_fact(ex, "Juárez Cartel", "operatesIn", "Ciudad Juárez")


def test_the_khorasan_branch_is_the_islamic_state_province(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State said on Telegram that the Khorasan branch, known as ISKP, had sent the two "
        "bombers to the shrine."
    )
    names = {(m.name, m.type) for m in ex.mentions}
    assert ("Islamic State Khorasan Province", EntityType.GROUP) in names
    assert not any(m.type is EntityType.LOCATION and m.name == "Khorasan" for m in ex.mentions)


def test_a_khorasan_branch_in_a_text_without_the_islamic_state_is_no_group(extract_text: Extract) -> None:
    # near miss: a bank's regional office, in a text that never names the Islamic State
    ex = extract_text("Bank Melli said the Khorasan branch had reopened in Mashhad after the floods.")
    assert "Islamic State Khorasan Province" not in {m.name for m in ex.mentions}


def test_a_military_council_with_an_armed_wing_is_a_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The Falcons Brigade is the armed wing of the Ghab Plain Military Council, a body set up last spring "
        "by former officers."
    )
    assert ("Ghab Plain Military Council", EntityType.GROUP) in typed(ex)


def test_a_military_council_met_by_a_brigade_stays_a_body(extract_text: Extract) -> None:
    # near miss: the same council, met by the brigade rather than owning it, keeps NER's reading
    ex = extract_text(
        "The Falcons Brigade met the Ghab Plain Military Council, a body set up last spring by former officers."
    )
    assert ("Ghab Plain Military Council", EntityType.GROUP) not in typed(ex)


def test_a_brotherhood_with_an_armed_wing_keeps_its_type(extract_text: Extract) -> None:
    # near miss: a movement named as the owner of an armed wing is not made a group by those words alone (the
    # Muslim Brotherhood, first used here, is a group of the gazetteer since the end of round eighteen)
    ex = extract_text(
        "Officials in Lagos describe the cell as the armed wing of the Patriotic Renewal Congress, which denies it."
    )
    assert ("Patriotic Renewal Congress", EntityType.GROUP) not in typed(ex)
    assert ("Patriotic Renewal Congress", EntityType.ORGANIZATION) in typed(ex)


def test_a_group_name_running_on_into_de_la_is_no_group(extract_text: Extract) -> None:
    ex = extract_text(
        "Spanish police seized two tonnes of hashish on a beach in La Línea de la Concepción on Tuesday."
    )
    assert ("La Línea", EntityType.GROUP) not in typed(ex)
    # near miss: the gang named alone, or before a comma, is still the gang
    ex = extract_text("La Línea, the armed wing of the Juárez Cartel, shot four men in Ciudad Juárez.")
    assert ("La Línea", EntityType.GROUP) in typed(ex)

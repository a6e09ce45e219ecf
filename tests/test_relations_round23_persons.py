"""Round twenty-three: person affiliations, read as general rules.

Every sentence here was written for these tests.

- "junta chief P", "P, the junta's chief spokesman": a military government's men belong to the one army the
  document names, before or after them (not "a critic of the junta").
- "a defence spokesman in Jammu, Lt Col P"; "P, a Jammu-based defence spokesman": the forces' press officer speaks
  for the one army named (not "a defence analyst").
- "P, Inspector General of Police for the Kashmir zone": a police rank after the name, as before it, is in the one
  state police force the document names (not a rank the person only met).
- "The Regional Police Commander, P": a command's reach before the service is no nation's word, so the force named
  before him is his (while "The Ugandan Police Commander" still asks for a Ugandan force).
- "At the Pentagon on Tuesday, spokesman Col. P said": the day and his rank may stand in the phrase (not "reporters
  asked Col. P").
- "Presiding Judge Dr. P" (the splitter cutting at "Dr.") and a judgment's heading "Before: Hon. P, Chief Magistrate"
  under the court's name: the judge sits in the court named before him (not "Defence lawyer Dr. P", not "Witness:
  Hon. P").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_junta_chief_before_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Junta chief Min Aung Hlaing blamed foreign meddling for the defeats in Sagaing. "
        "The Tatmadaw lost two more bases there this month."
    )
    assert among("Tatmadaw", bodies_of(ex, "Min Aung Hlaing"))


def test_rebel_chief_is_not_the_juntas(extract_text: Extract) -> None:
    ex = extract_text(
        "Rebel chief Min Aung Hlaing blamed foreign meddling for the defeats in Sagaing. "
        "The Tatmadaw lost two more bases there this month."
    )
    assert not among("Tatmadaw", bodies_of(ex, "Min Aung Hlaing"))


def test_juntas_spokesman_after_name(extract_text: Extract) -> None:
    ex = extract_text(
        "The Tatmadaw lost two more bases in Sagaing this month. Major General Zaw Min Tun, the junta's chief "
        "spokesman, told state radio on Friday that every town would be retaken."
    )
    assert among("Tatmadaw", bodies_of(ex, "Zaw Min Tun"))


def test_critic_of_the_junta_is_not_its_man(extract_text: Extract) -> None:
    ex = extract_text(
        "The Tatmadaw lost two more bases in Sagaing this month. Zaw Min Tun, a critic of the junta, told "
        "state radio on Friday that every town would be retaken."
    )
    assert not among("Tatmadaw", bodies_of(ex, "Zaw Min Tun"))


def test_defence_spokesman_in_town_before_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants fired on an Indian Army patrol near Rajouri on Friday, a defence spokesman in Jammu, "
        "Lieutenant Colonel Suneel Bartwal, said."
    )
    assert among("Indian Army", bodies_of(ex, "Suneel Bartwal"))


def test_defence_analyst_in_town_is_not_the_armys(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants fired on an Indian Army patrol near Rajouri on Friday, a defence analyst in Jammu, "
        "Lieutenant Colonel Suneel Bartwal, said."
    )
    assert not among("Indian Army", bodies_of(ex, "Suneel Bartwal"))


def test_based_defence_spokesman_after_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants fired on an Indian Army patrol near Rajouri on Friday. Suneel Bartwal, a Jammu-based defence "
        "spokesman, said two soldiers had been hurt."
    )
    assert among("Indian Army", bodies_of(ex, "Suneel Bartwal"))


def test_based_defence_analyst_after_name_is_not_the_armys(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants fired on an Indian Army patrol near Rajouri on Friday. Suneel Bartwal, a Jammu-based defence "
        "analyst, said two soldiers had been hurt."
    )
    assert not among("Indian Army", bodies_of(ex, "Suneel Bartwal"))


def test_police_rank_after_name(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants shot dead two labourers in Shopian, the Jammu and Kashmir Police said. Vijay Kumar, Inspector "
        "General of Police for the Kashmir zone, told reporters that the gunmen had fled into the orchards."
    )
    assert among("Jammu and Kashmir Police", bodies_of(ex, "Vijay Kumar"))


def test_who_met_a_police_rank_is_not_the_forces(extract_text: Extract) -> None:
    ex = extract_text(
        "Militants shot dead two labourers in Shopian, the Jammu and Kashmir Police said. Vijay Kumar, who met the "
        "Inspector General of Police for the Kashmir zone, told reporters that the gunmen had fled into the orchards."
    )
    assert not among("Jammu and Kashmir Police", bodies_of(ex, "Vijay Kumar"))


def test_regional_police_commander_is_the_forces(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked a bus near Mandera on Sunday, the National Police Service said. The Regional Police "
        "Commander, Joseph Kioko, said two officers had been hurt."
    )
    assert among("National Police Service", bodies_of(ex, "Joseph Kioko"))


def test_foreign_police_commander_is_not_the_forces(extract_text: Extract) -> None:
    ex = extract_text(
        "Gunmen attacked a bus near Mandera on Sunday, the National Police Service said. The Ugandan Police "
        "Commander, Joseph Kioko, said two officers had been hurt."
    )
    assert not among("National Police Service", bodies_of(ex, "Joseph Kioko"))


def test_at_the_body_on_a_day_spokesman_with_rank(extract_text: Extract) -> None:
    ex = extract_text(
        "At the Pentagon on Tuesday, spokesman Col. Dave Harmon said the strike had hit a weapons depot."
    )
    assert bodies_of(ex, "Dave Harmon")


def test_at_the_body_reporters_asked_rank_is_not_read(extract_text: Extract) -> None:
    ex = extract_text(
        "At the Pentagon on Tuesday, reporters asked Col. Dave Harmon whether the strike had hit a weapons depot."
    )
    assert not bodies_of(ex, "Dave Harmon")


_JUDGMENT_HEAD = (
    "Republic v Omar Ali Hassan & 2 others\n"
    "In the Chief Magistrate's Court at Kahawa (Anti-Terrorism Court)\n"
    "Criminal Case No. E101 of 2021\n"
    "{line}\n"
    "Judgment delivered: 3rd May 2024\n\n"
    "The three accused were charged with supporting a terrorist group.\n"
)


def test_bench_heading_of_a_judgment(extract_text: Extract) -> None:
    ex = extract_text(_JUDGMENT_HEAD.format(line="Before: Hon. Grace Achieng Otieno, Chief Magistrate"))
    assert among("Anti-Terrorism Court", bodies_of(ex, "Grace Achieng Otieno"))


def test_witness_line_of_a_judgment_is_not_the_bench(extract_text: Extract) -> None:
    ex = extract_text(_JUDGMENT_HEAD.format(line="Witness: Hon. Grace Achieng Otieno, Member of Parliament"))
    assert not among("Anti-Terrorism Court", bodies_of(ex, "Grace Achieng Otieno"))


def test_presiding_judge_with_doctor(extract_text: Extract) -> None:
    ex = extract_text(
        "The trial of five men accused of plotting attacks opened on Monday before the Higher Regional Court of "
        "Munich. Presiding Judge Dr. Klaus Werner set hearing dates until May."
    )
    assert among("Higher Regional Court", bodies_of(ex, "Klaus Werner"))


def test_defence_lawyer_with_doctor_is_not_the_courts(extract_text: Extract) -> None:
    ex = extract_text(
        "The trial of five men accused of plotting attacks opened on Monday before the Higher Regional Court of "
        "Munich. Defence lawyer Dr. Klaus Werner asked for more time."
    )
    assert not among("Higher Regional Court", bodies_of(ex, "Klaus Werner"))

"""Round twenty-one (g): the persons a wire's closing credits name.

"(Reporting by A in Town; Additional reporting by B; Editing by C)" names the reporters and editors of the
story, two or three capitalised words each; they are persons, and they work for the agency the dateline
names. A desk, a newsroom or the agency itself ("Reporting by the Lagos newsroom", "Reporting by Reuters
staff") is no person, nor is a manner of work ("Reporting by phone from Gaza", "Editing by hand"). Every
sentence was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact, typed

from kg.model import EntityType, Extraction

Extract = Callable[..., Extraction]

_BODY = (
    "NIAMEY, June 3, 2025 (Reuters) - Gunmen killed seven soldiers at an army post in western Niger on "
    "Tuesday, the defence ministry said.\n\n"
    "The ministry said troops pursued the attackers towards the border with Mali.\n\n"
)
P = EntityType.PERSON


def test_credit_line_names_reporters_and_editor(extract_text: Extract) -> None:
    text = _BODY + "(Reporting by Amina Sule in Niamey and Paul Dorsey; Editing by Clara Wendt)\n"
    x = extract_text(text)
    for name in ("Amina Sule", "Paul Dorsey", "Clara Wendt"):
        assert (name, P) in typed(x)
        assert has_fact(x, name, "affiliatedWith", "Reuters")


def test_additional_reporting_and_writing(extract_text: Extract) -> None:
    text = (
        _BODY
        + "(Reporting by Yusuf Bello; Additional reporting by Ines Marlowe Ortega; Writing by Tom Hale; "
        "Editing by Rosa Klein and Dev Patel)\n"
    )
    x = extract_text(text)
    for name in ("Yusuf Bello", "Ines Marlowe Ortega", "Tom Hale", "Rosa Klein", "Dev Patel"):
        assert (name, P) in typed(x)


def test_desk_newsroom_and_manner_are_no_person(extract_text: Extract) -> None:
    text = _BODY + "(Reporting by the Dakar newsroom; Editing by Africa Desk)\n"
    x = extract_text(text)
    assert not any(t is P for _, t in typed(x))
    text = _BODY + "(Reporting by Reuters staff)\n"
    assert ("Reuters staff", P) not in typed(extract_text(text))


def test_manner_of_work_is_no_credit(extract_text: Extract) -> None:
    text = (
        _BODY + "Reporting by phone from Gaza was impossible for days, and editing by hand slowed the desk.\n"
    )
    x = extract_text(text)
    assert not any(t is P for _, t in typed(x))
    assert not has_fact(x, "Gaza", "affiliatedWith", "Reuters")


def test_credits_outside_a_wire_or_line_start_name_no_one(extract_text: Extract) -> None:
    # no agency in the dateline: a paper's own credits are left alone
    text = (
        "NIAMEY, June 3 — Gunmen killed seven soldiers at an army post in western Niger on Tuesday.\n\n"
        "(Reporting by Amina Sule; Editing by Clara Wendt)\n"
    )
    assert not any(t is P for _, t in typed(extract_text(text)))
    # a credit run into the last paragraph, not opening its line, is not read (nor is what follows its ';')
    text = _BODY.rstrip() + " Troops were sent north. (Reporting by Amina Sule; editing by Clara Wendt)\n"
    assert ("Clara Wendt", P) not in typed(extract_text(text))

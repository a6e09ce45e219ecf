"""People and the bodies they belong to, eleventh round, second pass: a body whose name opens with a
nationality, the defendants of a trial, a secretary to a body's founder, and the leader of a body's part.

Every sentence was written for these tests. What the rules read, decided here:
- "P, a researcher at the Somali Institute for Security Studies": the nationality that opens the body's name
  stands between the title and the name the model found; not "P, an expert on the Kenyan Defence Forces";
- "the accused were proven to be members of G", "sentenced three men linked to G", "convicts three G
  members": the document names the trial's group; then the persons a court sentence lists ("found A, 31,
  and B, 27, guilty", "the others sentenced to death are A alias X, 31; B, 27; and C", "The four, A, alias
  "General X", B, C and D, were arrested", "one of those sentenced to death, P") are members of it. Not the
  victims after "guilty of killing", not the judge, not a list where no group is said to be the accused's,
  not a list in a sentence that speaks of no court or arrest, and where the document tells of two trials each list goes to the group of the trial told just before it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]
AFF = "affiliatedWith"


_MANILA = (
    "A Manila court on Tuesday sentenced three men linked to the Dawlah Islamiyah group to life imprisonment "
    "for the bombing of a bus. Judge Corazon Villanueva-Reyes of the Manila Regional Trial Court found Norhan "
    "Pangandaman Ali, 31, Jamil Macadato Usman, 27, and Abdulrahman Lucman, 40, guilty of terrorism and "
    "multiple murder."
)
_DHAKA = (
    "A Dhaka court on Tuesday sentenced four members of Jamaat-ul-Mujahideen Bangladesh to death for a grenade "
    'attack. One of those sentenced to death, Sohel Rana alias "Abu Musab", has been absconding since 2022. '
    "The others sentenced to death are Mizanur Rahman alias Tanvir, 31, described by prosecutors as the cell's "
    "operational commander; Rakibul Hasan, 27; and Jahidul Islam alias Bashar, 29."
)
_BAMENDA = (
    "Presiding judge Colonel Jean-Pierre Abena said the accused were fighters of the Ambazonia Defence Forces. "
    'The four, Nfor Emmanuel, alias "General Bitter Kola", Che Divine, Tanyi Collins and Awah Clement, were '
    "arrested in a military raid on a separatist camp near Bali in May."
)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a nationality opens the body's name, before the name the model found
        (
            '"Pushing them out does not end the threat," said Hodan Ali Yusuf, a researcher at the Somali '
            "Institute for Security Studies.",
            "Hodan Ali Yusuf",
            "Somali Institute for Security Studies",
        ),
        # the defendants a court found guilty, the group named as theirs in the sentence before
        (_MANILA, "Norhan Pangandaman Ali", "Dawlah Islamiyah"),
        (_MANILA, "Abdulrahman Lucman", "Dawlah Islamiyah"),
        # "one of those sentenced to death, P"; a list with aliases, ages and a description
        (_DHAKA, "Sohel Rana", "Jamaat-ul-Mujahideen Bangladesh"),
        (_DHAKA, "Mizanur Rahman", "Jamaat-ul-Mujahideen Bangladesh"),
        (_DHAKA, "Jahidul Islam", "Jamaat-ul-Mujahideen Bangladesh"),
        # "The four, A, alias "General X", B, C and D, were arrested": the accused were the group's fighters
        (_BAMENDA, "Che Divine", "Ambazonia Defence Forces"),
        (_BAMENDA, "Awah Clement", "Ambazonia Defence Forces"),
        # an adviser to a body's own organ is in the body
        (
            "Nasir al-Wuhayshi, a senior adviser to Hamas's political bureau, said the talks had failed.",
            "Nasir al-Wuhayshi",
            "Hamas",
        ),
        # the part's leader is in the whole that the sentence opens with
        (
            "Hamas's armed wing, the Qassam Brigades, is led by Mohammed Deif.",
            "Mohammed Deif",
            "Hamas",
        ),
        # the group named only after the defendants
        (
            "The court found Kamal Hossain, 25, and Rafiqul Alam, 33, guilty of the attack. Prosecutors said the "
            "convicts were members of Ansarullah Bangla Team.",
            "Rafiqul Alam",
            "Ansarullah Bangla Team",
        ),
    ],
)
def test_person_is_read_into_the_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert among(body, bodies_of(extract_text(text), person))


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # an expert on a body is not in it
        (
            '"They will not leave," said Hodan Ali Yusuf, an expert on the Kenyan Defence Forces.',
            "Hodan Ali Yusuf",
            "Defence Forces",
        ),
        # a secretary to the body's founder served the man, not the body
        (
            "Nasir al-Wuhayshi, who once served as secretary to al-Qaeda's founder, fled to Yemen.",
            "Nasir al-Wuhayshi",
            "al-Qaeda",
        ),
        # a rival is not a part: its leader is not the group's
        (
            "Hamas's longtime rival, Fatah, is led by Mahmoud Abbas.",
            "Mahmoud Abbas",
            "Hamas",
        ),
        # the judge who found them guilty is not the group's
        (_MANILA, "Corazon Villanueva-Reyes", "Dawlah Islamiyah"),
        # the victims after "guilty of killing" are not the group's
        (
            "A court sentenced three members of Jamaat-ul-Mujahideen Bangladesh to death. It found Mizanur "
            "Rahman, 31, and Rakibul Hasan, 27, guilty of killing Avijit Roy and Faisal Arefin Dipan.",
            "Avijit Roy",
            "Jamaat-ul-Mujahideen Bangladesh",
        ),
        # a list of the arrested, where no group is said to be the accused's
        (
            "Jamaat-ul-Mujahideen Bangladesh claimed the blast. The four, Kamal Hossain, Rakibul Hasan, Avijit "
            "Roy and Rafiqul Alam, were arrested when the bomb went off, police said.",
            "Rakibul Hasan",
            "Jamaat-ul-Mujahideen Bangladesh",
        ),
        # a list of the dead in a trial's story: no court or arrest in its sentence
        (
            "A court sentenced three members of Jamaat-ul-Mujahideen Bangladesh to death on Monday. In the blast "
            "four people died. The four, Kamal Hossain, Rakibul Hasan, Avijit Roy and Rafiqul Alam, were buried "
            "in Tongi.",
            "Rakibul Hasan",
            "Jamaat-ul-Mujahideen Bangladesh",
        ),
        # two trials: the second trial's convicts belong to the second group
        (
            "A court sentenced four members of Jamaat-ul-Mujahideen Bangladesh to death on Tuesday. In 2021 a "
            "tribunal sentenced five members of Ansarullah Bangla Team over a murder. It found Kamal Hossain, "
            "25, and Rafiqul Alam, 33, guilty.",
            "Rafiqul Alam",
            "Jamaat-ul-Mujahideen Bangladesh",
        ),
    ],
)
def test_near_miss_is_left_alone(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert not among(body, bodies_of(extract_text(text), person))

"""People and the bodies they belong to, tenth round, second pass: offices named by a noun, a place's
ministers, a group's own men, handlers named by their alias, a trial's judge.

Every sentence was written for these tests. What the rules read, decided here:
- "the command's spokesman, SP P": "SP" (a Superintendent of Police) is a rank before the name, and the body
  is the one named "... Command" in the sentence or the two before;
- "P, the unit's spokesman": the body the text has just apposed with "unit" ("X, the elite unit of the Y");
  not where two bodies were so described;
- "P, Jubaland's minister of security", "Galmudug Information Minister P": the government the document names
  for that place; not a minister of another place;
- "Union Ministry of Home Affairs", "Federal Ministry of Defence": the portfolio is the word after "Ministry of",
  so "Home Minister P" and "Defence Minister P" find them;
- "G claimed the raid, saying one of its fighters, whom it named as P, ...": P is in the group that opens the
  sentence; not where an army names the man it killed, nor where an agency opens the sentence;
- "an IS recruiter based in Raqqa who used the name P": the alias of a group's officer;
- "Judge P adjourned sentencing": where no court is named in his sentence or the two before, the one court
  the document has named before him (only in a sentence about the trial; not where two courts were named).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]
AFF = "affiliatedWith"


_PUNTLAND_LIKE = "The Jubaland government condemned the attack. "
_TRIAL = (
    "A teenager admitted preparing acts of terrorism at {court} on Monday. He had joined a chat group in 2022. "
    "Police found a map at his home. His mother wept in the gallery. Officers seized a knife. "
)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a rank of the Nigerian police before the name, and "the command" for the command named before
        (
            'The Lagos State Police Command said the suspects were arrested near Ikorodu. "They confessed to the '
            "robbery,\" the command's spokesman, SP Adebayo Ogunleye, said on Monday.",
            "Adebayo Ogunleye",
            "Lagos State Police Command",
        ),
        # "the unit" for the body just apposed with "unit"
        (
            "Officers from the Sabah Special Task Force, the elite unit of the Royal Malaysia Police, detained three "
            "men on Friday, said Rosli Hamzah, the unit's spokesman.",
            "Rosli Hamzah",
            "Sabah Special Task Force",
        ),
        # a place's minister sits in that place's government
        (
            _PUNTLAND_LIKE
            + '"We will hunt them down," said Yusuf Hussein Osman, Jubaland\'s minister of security.',
            "Yusuf Hussein Osman",
            "Jubaland",
        ),
        (
            "The Galmudug government said the road was reopened. Galmudug Information Minister Ahmed Shire Falagle "
            "blamed al-Shabaab.",
            "Ahmed Shire Falagle",
            "Galmudug",
        ),
        # "Union Ministry of Home Affairs": the portfolio is the word after "Ministry of"
        (
            "The Border Rifles, a paramilitary force under the Union Ministry of Home Affairs, guard the frontier. "
            "Troops were deployed on Monday. Union Home Minister Rajiv Menon condoled the deaths.",
            "Rajiv Menon",
            "Union Ministry of Home Affairs",
        ),
        (
            "The Federal Ministry of Defence said the strike was lawful. Defence Minister Karl Brandt visited the base.",
            "Karl Brandt",
            "Federal Ministry of Defence",
        ),
        # the group that opens the sentence names one of its own men
        (
            "Al-Shabaab claimed the raid in a statement, saying one of its fighters, whom it named as Abdullahi "
            "Warsame Ali, had driven the truck.",
            "Abdullahi Warsame Ali",
            "al-Shabaab",
        ),
        # a handler's office, then where he is based and the name he uses
        (
            "The court heard from a woman the prosecution described as an Islamic State recruiter based in Raqqa "
            "who used the name Umm Khalid Hassan.",
            "Umm Khalid Hassan",
            "Islamic State",
        ),
        # the trial's one court, named further back
        (
            _TRIAL.format(court="Leeds Crown Court")
            + "Judge Margaret Ellison adjourned sentencing until March.",
            "Margaret Ellison",
            "Leeds Crown Court",
        ),
    ],
)
def test_person_is_read_into_the_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    bodies = bodies_of(extract_text(text), person)
    assert among(body, bodies), bodies


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # two bodies described as units: which one is "the unit" cannot be told
        (
            "Officers from the Sabah Special Task Force, the elite unit of the Royal Malaysia Police, and the Tawau "
            "Rapid Response Team, a unit of the army, detained three men, said Rosli Hamzah, the unit's spokesman.",
            "Rosli Hamzah",
            "Task Force",
        ),
        # another place's minister
        (
            _PUNTLAND_LIKE
            + '"We will hunt them down," said Yusuf Hussein Osman, Kenya\'s minister of interior.',
            "Yusuf Hussein Osman",
            "Jubaland",
        ),
        # the army names the man it killed: he is not the army's, nor (from this) the group's
        (
            "The army said it had killed a militant it identified as Abdullahi Warsame Ali, blaming al-Shabaab "
            "for the raid.",
            "Abdullahi Warsame Ali",
            "al-Shabaab",
        ),
        # an agency opens the sentence: "its" is the agency's
        (
            "Amaq, the Islamic State's news agency, said one of its soldiers, whom it named as Abdullahi Warsame "
            "Ali, carried out the attack.",
            "Abdullahi Warsame Ali",
            "Amaq",
        ),
        # a court named long before, in a story about no trial
        (
            "The International Criminal Court issued a warrant in 2023. The fighting continued for months. Aid "
            "agencies warned of famine. Roads were cut. Judge Margaret Ellison, a former diplomat, said the talks "
            "would resume.",
            "Margaret Ellison",
            "International Criminal Court",
        ),
        # two courts named before him
        (
            "A teenager admitted preparing acts of terrorism at Leeds Crown Court on Monday. The Court of Appeal "
            "had freed his brother in 2021. Police found a map at his home. His mother wept in the gallery. "
            "Officers seized a knife. Judge Margaret Ellison adjourned sentencing until March.",
            "Margaret Ellison",
            "Court",
        ),
    ],
)
def test_person_is_not_read_into_the_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    bodies = bodies_of(extract_text(text), person)
    assert not among(body, bodies), bodies

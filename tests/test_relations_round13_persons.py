"""People and the bodies they belong to, thirteenth round: police ranks, a British department's secretary,
a participle's phrase before "it", groups listed by the way, a founding year before "by", counsel for a body.

Every sentence was written for these tests. What the rules read, decided here:
- "Senior Constable P", "Acting Deputy Commissioner Q": the one police force the document names, before or
  after them;
- "named by the police as Corporal P, 27": a rank an army gives as well, where the sentence speaks of the police;
  not "The Nigerian Army said Sergeant P ..., where the Borno State Police operate" (no police are said, and an
  army is named);
- "the then Home Secretary, P" belongs to the Home Office the document names;
- "Driven into Afghanistan by offensives, it has regrouped since the Taliban returned": "it" is the group the
  paragraph discusses, and "Under its current leader, P, the group ..." is that group's;
- "The same order proscribed two unrelated groups, X and Y. ... The group's co-founder, P": the group
  discussed before, not one listed by the way;
- "Founded in 2013 by the cleric P, the O became ...": the year may stand between the participle and "by";
- "P, for the Crown Prosecution Service's Counter Terrorism Division, told the court": counsel for a body;
  not "P, for the G, fought" (nothing said);
- "Queensland Police constables P and Q and neighbour R": each constable listed, not the neighbour;
- "P later broke away to form the O": he founded it;
- "The Interior Ministry sent units ..., its spokesman, P, said": the body the sentence names, where it names no
  group, over a group the sentence before named;
- "It named the bombers by their noms de guerre, A and B": each name is the group's ("It" resolved to the group
  that opens the sentence).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]
AFF = "affiliatedWith"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Senior Constable Karen Walsh, 38, died at the scene, Acting Deputy Commissioner Rhonda Kerr said. "
            "The gunman was later shot by the Queensland Police Service.",
            "Karen Walsh",
            "Queensland Police Service",
        ),
        (
            "Senior Constable Karen Walsh, 38, died at the scene, Acting Deputy Commissioner Rhonda Kerr said. "
            "The gunman was later shot by the Queensland Police Service.",
            "Rhonda Kerr",
            "Queensland Police Service",
        ),
        (
            "The Ecuadorian National Police said the gang had planned the attack. Two of the dead officers were "
            "named by the police as Corporal Andrea Quiroga, 27, and Sergeant Luis Tamayo, 34.",
            "Luis Tamayo",
            "National Police",
        ),
        (
            "Palestine Action was banned by the Home Office in July. The ban was announced by the then Home "
            "Secretary, Yvonne Carter, days after the break-in.",
            "Yvonne Carter",
            "Home Office",
        ),
        (
            "The TTP was founded in 2007 by Baitullah Mehsud. Driven into Afghanistan by military offensives "
            "after 2014, it has regrouped since the Taliban returned to power in Kabul. Under its current "
            "leader, Noor Wali Mehsud, the group has pledged allegiance to the Taliban's supreme leader.",
            "Noor Wali Mehsud",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "Palestine Action was founded in 2020 and has targeted sites linked to Elbit Systems. The same order "
            "proscribed two unrelated groups, the neo-Nazi Maniacs Murder Cult and the Russian Imperial "
            "Movement. The group's co-founder, Huda Ammori, has been given permission to challenge the ban.",
            "Huda Ammori",
            "Palestine Action",
        ),
        # a participle's phrase that says when, then who founded the body
        (
            "Founded in 2013 by the cleric Wahid al-Balous, the Men of Dignity became the largest armed faction "
            "in the province.",
            "Wahid al-Balous",
            "Men of Dignity",
        ),
        # counsel named by the body they appear for, or a division of it
        (
            "Helen Ashby, for the Crown Prosecution Service's Counter Terrorism Division, told the court the "
            "break-in had been planned over several weeks.",
            "Helen Ashby",
            "Crown Prosecution Service",
        ),
        # a police rank in the plural before a list of names
        (
            "The ambush killed Queensland Police constables Rachel Moore and Matthew Arden and neighbour Alan "
            "Dunne in 2022.",
            "Matthew Arden",
            "Queensland Police",
        ),
        # "broke away to form": he founded what he formed
        (
            "His son Laith Haddad later broke away to form the Sheikh al-Karama Forces, which has at times "
            "cooperated with Damascus.",
            "Laith Haddad",
            "Sheikh al-Karama Forces",
        ),
        # "its spokesman" in a sentence that names a ministry and no group is the ministry's
        (
            "Laith Haddad later formed the Sheikh al-Karama Forces. On Monday the Interior Ministry sent units "
            'towards the city "to restore order", its spokesman, Ghiath Rahmani, said.',
            "Ghiath Rahmani",
            "Interior Ministry",
        ),
        # the noms de guerre a group gives its bombers, each of a list
        (
            "Islamic State Khorasan Province claimed the bombing through its Amaq outlet. It named the bombers by "
            "their noms de guerre, Abu Hamza al-Balochi and Abu Osman al-Tajiki, and posted a photograph of each.",
            "Abu Osman al-Tajiki",
            "Islamic State Khorasan Province",
        ),
    ],
)
def test_person_read_with_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert among(body, bodies_of(extract_text(text), person))


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "The Nigerian Army said Sergeant Musa Bello was killed near Maiduguri, where the Borno State Police "
            "also operate.",
            "Musa Bello",
            "Borno State Police",
        ),
        (
            "Palestine Action was founded in 2020 and has targeted sites linked to Elbit Systems. The same order "
            "proscribed two unrelated groups, the neo-Nazi Maniacs Murder Cult and the Russian Imperial "
            "Movement. The group's co-founder, Huda Ammori, has been given permission to challenge the ban.",
            "Huda Ammori",
            "Maniacs Murder Cult",
        ),
        (
            "The TTP was founded in 2007 by Baitullah Mehsud. Driven into Afghanistan by military offensives "
            "after 2014, it has regrouped since the Taliban returned to power in Kabul. Under its current "
            "leader, Noor Wali Mehsud, the group has pledged allegiance to the Taliban's supreme leader.",
            "Noor Wali Mehsud",
            "Taliban",
        ),
        # a neighbour after the listed constables is none of them
        (
            "The ambush killed Queensland Police constables Rachel Moore and Matthew Arden and neighbour Alan "
            "Dunne in 2022.",
            "Alan Dunne",
            "Queensland Police",
        ),
        # "for the O" without a word said to the court is no counsel's
        (
            "Ali Musa, for the Islamic State, fought in Raqqa for two years.",
            "Ali Musa",
            "Islamic State",
        ),
    ],
)
def test_person_not_read_with_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    bodies = bodies_of(extract_text(text), person)
    assert not any(o.casefold() == body.casefold() for o in bodies), bodies

"""People and the bodies they belong to, sixteenth round: a handler a body's agency names, counsel who opposes bail,
an oath of loyalty, recruiting for a group, a charge that names a man's office, command of a group passing to a
son, a nationality before a leader's name, a claim that names the bomber after a dateline, a founder who "created"
the group, a past office after "was earlier".

Every sentence was written for these tests. What the rules read, decided here:
- "P, whom it describes as a G handler": a handler is an office in the group; not "a G target";
- "P, appearing for the O, opposed bail": counsel's act in court; not where the verb is no act of counsel;
- "P had himself sworn an oath of loyalty to G", and "P had run the chat, had sworn ...": the repeated auxiliary
  keeps the subject; not "P had met the men, who had sworn ...";
- "P had recruited in Texas for G": he recruits for the group; not "P had recruited teenagers for G" (a recruit
  named between may be the one in it) nor "campaigned against G";
- "P, whom the Justice Department charged in Ohio as G's leader": the charge names his office; not "as G's target";
- "command of G has passed to his son, P": he now leads it; not "the fight against G has passed to P";
- "G, whose overall leader is the Malian P": a nationality before the name; not "whose leader met the Malian P";
- "KABUL, May 3 — G claimed the attack in a statement that named the bomber as P": the dateline's place is not the
  subject; not where the police named the bomber;
- "P told the court he had created G": he founded it; not "he had created ties with G";
- "P was earlier an activist in G"; not "P was earlier a target of G";
- "the movement led by P that toppled Q": Q, whom the relative clause names, did not lead it;
- "G, ..., which joined the alliance and is now led by his brother, P": the body's second verb; not "was praised by";
- "Head Constable P" where the story names one police force; not "Head Clerk P".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Police say the shooting was ordered by Harjit Singh alias Harry, whom the agency describes as a "
            "Babbar Khalsa International handler living in Canada.",
            "Harjit Singh",
            "Babbar Khalsa",
        ),
        (
            "Senior Public Prosecutor Meera Nair, appearing for the National Investigation Agency, opposed the "
            "bail plea.",
            "Meera Nair",
            "National Investigation Agency",
        ),
        (
            "Investigators said Omar Latif had himself sworn an oath of loyalty to the Islamic State in a message.",
            "Omar Latif",
            "Islamic State",
        ),
        (
            "Investigators said Omar Latif had run the chat, had sworn an oath of loyalty to the Islamic State and "
            "had bought a knife.",
            "Omar Latif",
            "Islamic State",
        ),
        (
            "Lena Ward had recruited in Texas for the Atomwaffen Division before her arrest.",
            "Lena Ward",
            "Atomwaffen Division",
        ),
        (
            "Agents arrested Carl Jensen, whom the Justice Department later charged in Ohio as the Atomwaffen "
            "Division's leader.",
            "Carl Jensen",
            "Atomwaffen Division",
        ),
        (
            "Zambada is in prison in the United States; command of La Mayiza in the field has passed to his "
            "son, Ismael Zambada Sicairos.",
            "Ismael Zambada Sicairos",
            "Mayiza",
        ),
        (
            "Hamas, whose political leader was the Palestinian Khaled Meshaal, is active in Gaza.",
            "Khaled Meshaal",
            "Hamas",
        ),
        (
            "KABUL, May 3 — Islamic State Khorasan Province claimed the bombing in a statement that named the "
            "bomber as Abu Talha al-Afghani.",
            "Abu Talha al-Afghani",
            "Islamic State Khorasan Province",
        ),
        (
            "Jonas Berg, a former soldier from Malmö, told the court he had created the Nordic Resistance Movement.",
            "Jonas Berg",
            "Nordic Resistance Movement",
        ),
        (
            "Prosecutors say Marc Leroy was earlier an activist in the Atomwaffen Division.",
            "Marc Leroy",
            "Atomwaffen Division",
        ),
        (
            "Head Constable Ravi Das was hurt in the blast. The Punjab Police later arrested two men.",
            "Ravi Das",
            "Punjab Police",
        ),
        (
            "Ansar Dine, the Malian group founded by the preacher Moussa Ag Baye, which joined the alliance and is "
            "now led by his brother, Sidi Ag Baye, is strong in Kidal.",
            "Sidi Ag Baye",
            "Ansar Dine",
        ),
    ],
)
def test_a_person_belongs_to_the_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert among(body, bodies_of(extract_text(text), person))


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a target of the group is not its handler
        (
            "Police say the shooting was ordered against Harjit Singh alias Harry, whom the agency describes as a "
            "Babbar Khalsa International target living in Canada.",
            "Harjit Singh",
            "Babbar Khalsa",
        ),
        # no act of counsel after the aside
        (
            "Meera Nair, waiting for the National Investigation Agency, was a witness in the case.",
            "Meera Nair",
            "National Investigation Agency",
        ),
        # the oath is the men's, in a relative clause
        (
            "Investigators said Omar Latif had met the men, who had sworn an oath of loyalty to the Islamic State.",
            "Omar Latif",
            "Islamic State",
        ),
        # a recruit named between: she recruited others for it
        (
            "Lena Ward had recruited teenagers for the Atomwaffen Division before her arrest.",
            "Lena Ward",
            "Atomwaffen Division",
        ),
        # campaigning against the group is no recruiting for it
        (
            "Lena Ward had campaigned in Texas against the Atomwaffen Division before the vote.",
            "Lena Ward",
            "Atomwaffen Division",
        ),
        # charged as the group's target
        (
            "Agents arrested Carl Jensen, whom the Justice Department later charged in Ohio as the Atomwaffen "
            "Division's target.",
            "Carl Jensen",
            "Atomwaffen Division",
        ),
        # no command of the group passes
        (
            "Zambada is in prison in the United States; the fight against La Mayiza has passed to General Luis "
            "Ortega.",
            "Luis Ortega",
            "Mayiza",
        ),
        # the leader met him: he is not the leader
        (
            "Hamas, whose political leader met the Palestinian Khaled Meshaal, is active in Gaza.",
            "Khaled Meshaal",
            "Hamas",
        ),
        # the police named the bomber, not the group
        (
            "KABUL, May 3 — Police said Islamic State Khorasan Province was suspected, and a report that named the "
            "bomber as Abu Talha al-Afghani was leaked.",
            "Abu Talha al-Afghani",
            "Islamic State Khorasan Province",
        ),
        # ties are no founding
        (
            "Jonas Berg, a former soldier from Malmö, told the court he had created ties with the Nordic Resistance "
            "Movement.",
            "Jonas Berg",
            "Nordic Resistance Movement",
        ),
        # a target of the group
        (
            "Prosecutors say Marc Leroy was earlier a target of the Atomwaffen Division.",
            "Marc Leroy",
            "Atomwaffen Division",
        ),
        # a clerk: no rank of the police
        (
            "Head Clerk Ravi Das was hurt in the blast. The Punjab Police later arrested two men.",
            "Ravi Das",
            "Punjab Police",
        ),
        # his brother praised the group: no one leads it here
        (
            "Ansar Dine, the Malian group founded by the preacher Moussa Ag Baye, which fought the army and was "
            "praised by his brother, Sidi Ag Baye, is strong in Kidal.",
            "Sidi Ag Baye",
            "Ansar Dine",
        ),
        # the man the movement toppled did not lead it
        (
            "Hayat Tahrir al-Sham, the Islamist movement led by Ahmed al-Sharaa that toppled Bashar al-Assad, now "
            "runs Damascus.",
            "Bashar al-Assad",
            "Hayat Tahrir al-Sham",
        ),
    ],
)
def test_a_person_is_not_read_into_the_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert not among(body, bodies_of(extract_text(text), person))

"""People and the bodies they belong to, twelfth round: scholars' titles, shared offices, a firm described at
length, a cell sized by its men, a group described before its leader, a bomber a claim names, a second
author with the verb left out, an apposition that closes a relative clause, and bare offices read from the
sentence before.

Every sentence was written for these tests. What the rules read, decided here:
- "P, a criminologist at the O"; "P, co-chair of the G";
- "P, head of threat intelligence at the British maritime security firm O": three words may describe the firm;
- "whom prosecutors described as the leader of a three-man G cell": a cell sized by its men is still the G's;
- "G is a secular separatist group, led by P, that ...": what the body is, then who leads it;
- "G claimed the attack, naming the bomber as P"; not where a police body opens the sentence;
- "Q is a senior fellow and P a research associate at the O"; not "P a day later at the O" (no office);
- "who was killed alongside P, commander of Iran's Quds Force": the apposition is P's, clause or not;
- '"...," said spokeswoman P' after "The O in Manila confirmed the deaths."; not where the sentence before
  opens on no body's statement;
- "Government spokesman P said" after "Iraq's government condemned ...", however far back;
- "at war with the army of General P": the one army the document names is his;
- "the Acting Deputy Director, Army Public Relations, 2 Division, Lieutenant Colonel P": the army, not its press
  office named in his title;
- "A police spokesman, P, said ... the Hellenic Police laboratory": the one police body his sentence names, not
  one named in the sentence before; not "P, said officers of the O" (what he said is not his office);
- "P, 23, of Hagerstown, Md., was sentenced to twelve years", "gave the longest sentence to P, 27" in a trial of
  "three men linked to G": each defendant is G's; not where no trial of the group's men is told;
- "P was vetted into G";
- "a spokesman for the mission" after "the Multinational Security Support (MSS) mission", however far back.
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
            '"These are small groups," said Anna Petrova, a criminologist at Uppsala University who studies '
            "armed movements.",
            "Anna Petrova",
            "Uppsala University",
        ),
        (
            "The march was led by Sara Kaya, co-chair of the Kurdistan Communities Union (KCK), who read a "
            "statement.",
            "Sara Kaya",
            "Kurdistan Communities Union",
        ),
        (
            '"Every ship is a target now," said Laura Bennett, head of threat intelligence at the British '
            "maritime security firm Ambrey.",
            "Laura Bennett",
            "Ambrey",
        ),
        (
            "The Balochistan Liberation Army is a secular separatist group, led by Bashir Zeb, that has fought "
            "the state for two decades.",
            "Bashir Zeb",
            "Balochistan Liberation Army",
        ),
        (
            "Islamic State claimed the attack through its Amaq outlet on Monday, naming the bomber as "
            '"Abu Talha al-Iraqi".',
            "Abu Talha al-Iraqi",
            "Islamic State",
        ),
        (
            "Hala Mansour is a senior fellow and Peter Lindqvist a research associate at the Levant Security "
            "Observatory in Beirut.",
            "Peter Lindqvist",
            "Levant Security Observatory",
        ),
        (
            "The group was founded by Abu Mahdi al-Muhandis, who was killed alongside Qassem Soleimani, "
            "commander of Iran's Quds Force, in a US strike in January 2020.",
            "Qassem Soleimani",
            "Quds Force",
        ),
        (
            "The Department of Migrant Workers in Manila confirmed the deaths of the two sailors. "
            '"We are working to bring them home," said spokeswoman Maria Santos.',
            "Maria Santos",
            "Department of Migrant Workers",
        ),
        (
            "Iraq's government on Wednesday condemned a drone attack on an air base in Erbil. "
            "Government spokesman Farhad al-Jubouri said an investigation had been ordered.",
            "Farhad al-Jubouri",
            "government",
        ),
        # an army named as its general's
        (
            "The Sudanese Armed Forces said the militia had committed a new massacre. The militia has been at "
            "war with the army of General Omar Hassan Idris since April.",
            "Omar Hassan Idris",
            "Sudanese Armed Forces",
        ),
        # an army's press office in the title
        (
            "The Nigerian Army has vowed to dislodge the gang. Speaking in Ilorin, the Acting Deputy Director, "
            "Army Public Relations, 2 Division, Lieutenant Colonel Musa Bello, said troops had arrested nine.",
            "Musa Bello",
            "Nigerian Army",
        ),
        # the police body his own sentence names, not one named further back
        (
            "Turin's chief prosecutor said the Italian police unit DIGOS had the claim. A police spokesman, "
            "Nikos Petrou, said samples had been sent to the Hellenic Police laboratory.",
            "Nikos Petrou",
            "Hellenic Police",
        ),
        # the mission named far back, with its noun after the name's short form
        (
            "A Kenyan officer serving with the Multinational Security Support (MSS) mission was wounded. The "
            "gangs retreated. They came back at night. Police said homes were burned. "
            '"We are stretched," said Major Daniel Koech, a spokesman for the mission.',
            "Daniel Koech",
            "Multinational Security Support",
        ),
        # "the UN mission" does not make the UN a second mission
        (
            "Two peacekeepers were killed on Wednesday, the UN mission said. The patrol, made up of troops "
            "serving with the United Nations Stabilization Mission in Mali (MINUSMA), came under fire near Gao, "
            "mission spokesperson Fatou Diallo said.",
            "Fatou Diallo",
            "Stabilization Mission",
        ),
        # a defendant sentenced on his own, with his age and home town, in a trial of the group's men
        (
            "A federal judge sentenced three men linked to The Base to prison terms on Thursday.\n"
            "Mark T. Olsen, 23, of Hagerstown, Md., was sentenced to twelve years.",
            "Mark T. Olsen",
            "The Base",
        ),
        (
            "A federal judge sentenced three men linked to The Base to prison terms on Thursday.\n"
            "The judge gave the longest sentence, seventeen years, to Kyle Warner, 27, of Lebanon, Pa.",
            "Kyle Warner",
            "The Base",
        ),
        # taken into the body
        (
            "According to court filings, Kyle Warner was vetted into The Base in 2022 over encrypted chats.",
            "Kyle Warner",
            "The Base",
        ),
    ],
)
def test_reads_affiliation(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert among(body, bodies_of(extract_text(text), person))


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # no office after the second name: the verb left out says nothing of where he works
        (
            "Hala Mansour is a senior fellow at the Levant Security Observatory and Peter Lindqvist a day "
            "later arrived at the Levant Security Observatory.",
            "Peter Lindqvist",
            "Levant Security Observatory",
        ),
        # the sentence before opens on a place, not on a body's statement
        (
            "In Manila, relatives gathered outside the offices of the Department of Migrant Workers. "
            '"We want answers," said spokeswoman Maria Santos.',
            "Maria Santos",
            "Department of Migrant Workers",
        ),
        (
            "Turin's chief prosecutor said the Italian police unit DIGOS had the claim. A police spokesman, "
            "Nikos Petrou, said samples had been sent to the Hellenic Police laboratory.",
            "Nikos Petrou",
            "DIGOS",
        ),
        # what he said, not his office
        (
            "A police spokesman, Nikos Petrou, said officers of the Counter-Terrorism Service were treating the "
            "text as genuine.",
            "Nikos Petrou",
            "Counter-Terrorism Service",
        ),
        # no trial of the group's men: a man sentenced is no member of it
        (
            "The Base has recruited online for years.\nMark T. Olsen, 23, of Hagerstown, Md., was sentenced to "
            "twelve years for fraud.",
            "Mark T. Olsen",
            "The Base",
        ),
    ],
)
def test_does_not_read_affiliation(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert not among(body, bodies_of(extract_text(text), person))

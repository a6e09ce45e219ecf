"""People and the bodies they belong to, fifteenth round: a police bust's suspects, a spokesman who gave his call
sign, "the movement's spokesman" after a quotation, judges and coroners, a party's standing, pledges to a
movement's known head, a state police force's senior rank.

Every sentence was written for these tests. What the rules read, decided here:
- "Police dismantled a cell of the G ... The accused were identified as A, who police say ..., B and C": the
  suspects of a bust are the group's, and a short "who" clause after one of them does not end the list; not
  where the police broke up a protest (no unit of a group was dismantled);
- "A G spokesman who gave his call sign as 'P'": P is G's; not "A G statement that gave his name as P";
- '"We have no ties to the X," the movement's spokesman, P, said': the movement that opens the sentence before,
  not the X the quotation names;
- "The presiding judge, P, said ...": the one court the story named, however far back; "Judge P remanded them to
  appear at the Y Court": the court heard before, not the one the case goes on to; "Coroner P" sits in the
  coroner's court;
- "spokesman for the ruling O": the body's standing may stand before its name; not "a critic of the ruling O";
- "X pledged allegiance to Abu Bakr al-Baghdadi and became an IS province": the known head is in the movement
  the document names; not a pledge to a man the gazetteer does not know as a head;
- "Inspector General of Police (Bastar range) P" belongs to the one state police force the document names, even
  after him; not where it names two;
- "a group of G members led by [a demonym] P" : he leads G's men, so is in G; not "G members were led by soldiers
  to P";
- "the Deputy Director, Army Public Relations, 7 Division, Lieutenant Colonel P": the division his title names is
  his too (the army as before), where the document names that division; not another division it names;
- "Gunmen stormed the offices of the daily newspaper O ... Among the dead were the editor, P; the reporters A and
  B": the staff named by their trade among the dead worked for the one body whose offices were struck; not the
  police officer listed with them, nor a journalist killed at a body that is no newspaper.
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
            "Police in Anantnag said on Sunday they had dismantled a cell of Hizbul Mujahideen behind a string of "
            "grenade attacks, and that three men had been arrested. The accused were identified as Showkat Ahmad "
            "Dar, who police say stored the grenades, Farooq Ahmad Bhat and Nazir Ahmad Wani.",
            "Farooq Ahmad Bhat",
            "Hizbul Mujahideen",
        ),
        (
            "Police in Anantnag said on Sunday they had dismantled a cell of Hizbul Mujahideen behind a string of "
            "grenade attacks, and that three men had been arrested. The accused were identified as Showkat Ahmad "
            "Dar, who police say stored the grenades, Farooq Ahmad Bhat and Nazir Ahmad Wani.",
            "Showkat Ahmad Dar",
            "Hizbul Mujahideen",
        ),
        (
            'A Wagner spokesman who gave his call sign as "Kedr" told the channel that the convoy had been hit.',
            "Kedr",
            "Wagner",
        ),
        (
            'The SPLM-IO rejected the charge. "We have nothing to do with the Agwelek militia," the movement\'s '
            "spokesman, Peter Deng Malual, said in a statement on Monday.",
            "Peter Deng Malual",
            "Liberation Movement-in-Opposition",
        ),
        (
            "The Court of Appeal in Rabat sentenced six men on Monday for planning attacks on tourists. The cell "
            "was broken up in March. Prosecutors said the men had filmed their targets. The presiding judge, "
            "Mohamed Tazi, said the plan had been close to execution.",
            "Mohamed Tazi",
            "Court of Appeal",
        ),
        (
            "Manchester Magistrates' Court heard that the four had cut through a fence at the factory. Prosecutors "
            "said they had planned the raid for weeks. The four made no pleas. District Judge Alan Brooks remanded "
            "all four in custody to appear at the Crown Court in Manchester on 3 May.",
            "Alan Brooks",
            "Manchester Magistrates' Court",
        ),
        (
            "An inquest into the deaths of the two constables opened on Monday at the Coroners Court of Victoria. "
            "Coroner Jane Holloway said the inquest would examine the warnings the police had received.",
            "Jane Holloway",
            "Coroners Court of Victoria",
        ),
        (
            "Mehmet Aydin, spokesman for the ruling Justice and Development Party (AKP), said the talks would go on.",
            "Mehmet Aydin",
            "Justice and Development Party",
        ),
        (
            "Wilayat Sinai emerged in 2014, when a Sinai group pledged allegiance to Abu Bakr al-Baghdadi and "
            "rebranded as an Islamic State province.",
            "Abu Bakr al-Baghdadi",
            "Islamic State",
        ),
        (
            "Four jawans were killed when the device exploded near Bijapur, Inspector General of Police (Bastar "
            "range) Ravi Kumar S. said. The blast was the deadliest this year for the Chhattisgarh Police.",
            "Ravi Kumar S.",
            "Chhattisgarh Police",
        ),
        (
            "The faction appeared in 2016, when a group of Abu Sayyaf members led by Malaysian Rahim Salim "
            "split off.",
            "Rahim Salim",
            "Abu Sayyaf",
        ),
        (
            "The Nigerian Army's 7 Division said on Monday that troops had cleared two camps, according to the "
            "Deputy Director, Army Public Relations, 7 Division, Lieutenant Colonel Yusuf Lawal.",
            "Yusuf Lawal",
            "7 Division",
        ),
        (
            "Gunmen stormed the offices of the daily newspaper La Presse on Monday, killing seven people. Among the "
            "dead were the editor, Karim Mansour; the reporters Leila Ben Ali (Lilou) and Sami Trabelsi; and a police "
            "officer, Hedi Saidi.",
            "Sami Trabelsi",
            "La Presse",
        ),
        (
            "Gunmen stormed the offices of the daily newspaper La Presse on Monday, killing seven people. Among the "
            "dead were the editor, Karim Mansour; the reporters Leila Ben Ali (Lilou) and Sami Trabelsi; and a police "
            "officer, Hedi Saidi.",
            "Karim Mansour",
            "La Presse",
        ),
    ],
)
def test_a_person_belongs_to_the_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert among(body, bodies_of(extract_text(text), person))


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # no unit of a group was dismantled: the police broke up a protest the group had called
        (
            "Police in Anantnag said on Sunday they had broken up a protest called by supporters of Hizbul "
            "Mujahideen, and that three men had been arrested. The men arrested were identified as Showkat Ahmad "
            "Dar, who police say threw stones, Farooq Ahmad Bhat and Nazir Ahmad Wani.",
            "Farooq Ahmad Bhat",
            "Hizbul Mujahideen",
        ),
        # a statement gave his name: no office of his in the group is said
        (
            "A Hamas statement that gave his name as Ali Nasser said he had been killed in Gaza.",
            "Ali Nasser",
            "Hamas",
        ),
        # the quotation names the militia, and the speaker is the movement's, not the militia's
        (
            'The SPLM-IO rejected the charge. "We have nothing to do with the Agwelek militia," the movement\'s '
            "spokesman, Peter Deng Malual, said in a statement on Monday.",
            "Peter Deng Malual",
            "Agwelek",
        ),
        # the court the case goes on to is not the judge's
        (
            "Manchester Magistrates' Court heard that the four had cut through a fence at the factory. Prosecutors "
            "said they had planned the raid for weeks. The four made no pleas. District Judge Alan Brooks remanded "
            "all four in custody to appear at the Crown Court in Manchester on 3 May.",
            "Alan Brooks",
            "Crown Court",
        ),
        # a critic of the party is not in it
        (
            "Ali Demir, a critic of the ruling Justice and Development Party, said the talks had stalled.",
            "Ali Demir",
            "Justice and Development Party",
        ),
        # a pledge to a man the gazetteer does not know as a movement's head says nothing of his movement
        (
            "Wilayat Sinai emerged in 2014, when a Sinai group pledged allegiance to Abu Hamza al-Masri and "
            "rebranded as an Islamic State province.",
            "Abu Hamza al-Masri",
            "Islamic State",
        ),
        # the members were led somewhere by others: the man they were led to is not their leader
        (
            "The Abu Sayyaf members were led by soldiers to Rahim Salim, who questioned them in Jolo.",
            "Rahim Salim",
            "Abu Sayyaf",
        ),
        # another division the story names is not the one his title names
        (
            "The Nigerian Army's 7 Division said on Monday that troops had cleared two camps, according to the "
            "Deputy Director, Army Public Relations, 8 Division, Lieutenant Colonel Yusuf Lawal.",
            "Yusuf Lawal",
            "7 Division",
        ),
        # the police officer among the dead is not named by a trade of the newspaper's
        (
            "Gunmen stormed the offices of the daily newspaper La Presse on Monday, killing seven people. Among the "
            "dead were the editor, Karim Mansour; the reporters Leila Ben Ali (Lilou) and Sami Trabelsi; and a police "
            "officer, Hedi Saidi.",
            "Hedi Saidi",
            "La Presse",
        ),
        # a journalist killed at a body that is no newspaper or broadcaster need not have worked for it
        (
            "Gunmen stormed the offices of the Tunisian Union of Industry on Monday, killing seven people. Among the "
            "dead were the journalist Karim Mansour and two guards.",
            "Karim Mansour",
            "Tunisian Union of Industry",
        ),
        # two state police forces named: which one is his is not said
        (
            "Four jawans were killed when the device exploded near Bijapur, Inspector General of Police (Bastar "
            "range) Ravi Kumar S. said. The Chhattisgarh Police and the Odisha Police have set up a joint team.",
            "Ravi Kumar S.",
            "Police",
        ),
    ],
)
def test_a_near_miss_gives_no_such_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert not among(body, bodies_of(extract_text(text), person))

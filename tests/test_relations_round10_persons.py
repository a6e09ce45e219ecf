"""People and the bodies they belong to, tenth round: titles of address, hedges, factions, followers, bylines.

Every sentence was written for these tests. What the rules read, decided here:
- Markdown's emphasis marks ("at the **Cairo Centre**") and a title of address after "headed by" ("headed by
  Dr. P") change nothing;
- "P, whom officials describe as G's commander", "P, a Chadian national described by prosecutors as G's chief
  logistician", "P, the cleric long reported to lead G" and "P ... had been a member of G" say P is in G;
  a hedge with no aside ("P said to lead ...") is not read;
- "X, the faction of Y once led by P": a faction's leader is in the whole group too; a splinter's or a breakaway
  faction's leader is not;
- "G remnants loyal to his successor P": the group's men follow him, so he is in the group; not so where the
  man followed holds another office ("loyal to former president P");
- a credit line that opens its line and names the outlet ("Written by P for the O") makes P the outlet's; a wire's
  "Reporting by P; Editing by Q" and a report "written by P for the UN" inside a sentence do not;
- "P is a fellow at the O1, where she leads its O2" puts P in O2 as well;
- "an ex-commander with G", "P (an ISWAP commander)" are offices; "a victim of", "ties to", "a critic of" inside
  the aside are not;
- a place of two words may stand before "-based"; "the head of a local G cell"; "whose first president, P";
  "Chief Constable P"; "the Kenya Defence Forces’ officer" (a curly apostrophe alone); "G's information and media
  secretary, P"; "who leads a rival faction, the X"; "who said he spoke for G"; "who describes himself as G's
  secretary"; "Presiding judge Colonel P" of the military tribunal named (a court, though "Military");
- "Prosecutors said he had joined G" opening a sentence is said of the one person the sentence before names;
- "P succeeded Q as G leader", "P took over from Q as G leader": both held the office (not where "as" opens a
  clause: "replaced Q as Hamas negotiators pulled out");
- "the group founded by the brothers A and B" and "two leaders of G, A and B": each name listed is in it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import among, bodies_of, facts

from kg.model import Extraction

Extract = Callable[..., Extraction]
AFF = "affiliatedWith"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # emphasis marks between the office and the body
        (
            '"The militias are stronger than ever," said Dr. Omar Fadel, a senior analyst at the **Nile Institute '
            "for Peace Studies (NIPS)**, a Cairo-based think tank.",
            "Omar Fadel",
            "Nile Institute for Peace Studies",
        ),
        (
            "Regional Police Commander Peter Mwangi of the **Kenya Police Service** said the road was closed.",
            "Peter Mwangi",
            "Police Service",
        ),
        # a title of address after "headed by"
        (
            "The Moro Islamic Liberation Front, headed by Dr. Murad Ebrahim, signed the accord in Manila.",
            "Murad Ebrahim",
            "Moro Islamic Liberation Front",
        ),
        # the body's officer, as others describe him
        (
            "Abu Talha al-Masri, whom Egyptian officials describe as Hasm's senior commander in the delta, fled.",
            "Abu Talha al-Masri",
            "Hasm",
        ),
        (
            "Idris Kamara, a Guinean national described by Malian prosecutors as JNIM's chief logistician, was held.",
            "Idris Kamara",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        # a hedge after an apposition
        (
            "Musa Baluku, the Ugandan-born cleric long reported to lead the Allied Democratic Forces, was not seen.",
            "Musa Baluku",
            "Allied Democratic Forces",
        ),
        # "had been a member of" after an apposition
        (
            "Judge Anna Berg said the court was convinced that the defendant, Farid K., a 31-year-old Uzbek, had "
            "been a member of the Islamic State since 2021.",
            "Farid K.",
            "Islamic State",
        ),
        # a faction's leader is in the whole group
        (
            "The raid was claimed by Jaysh al-Adl, the faction of Jundallah once led by Abdolmalek Rigi, according "
            "to police.",
            "Abdolmalek Rigi",
            "Jundallah",
        ),
        # the men of a group follow a person
        (
            "After the split, al-Shabaab remnants loyal to their new emir Ahmed Diriye regrouped in the hills.",
            "Ahmed Diriye",
            "al-Shabaab",
        ),
        # a credit line naming the outlet
        (
            "Weekly Sahel Brief\n\nWritten by Mariam Toure for the Bamako Security Review.\n\nJNIM fighters attacked "
            "a convoy near Mopti on Sunday.",
            "Mariam Toure",
            "Bamako Security Review",
        ),
        # a part of the body he works at, led by him
        (
            "About the author: Dr Samir Nasser is a senior fellow at the Beirut Institute for Policy Studies, "
            "where he leads its Conflict Data Programme.",
            "Samir Nasser",
            "Beirut Institute for Policy Studies",
        ),
        # a former office written with "ex-", and an office in brackets
        ("Yusuf Adan, an ex-commander with al-Shabaab, surrendered on Monday.", "Yusuf Adan", "al-Shabaab"),
        (
            "Lawan Bukar (a former ISWAP commander) was killed in the raid.",
            "Lawan Bukar",
            "Islamic State West Africa",
        ),
        # a list after a plural office and its body
        (
            "Two senior leaders of the TTP, Noor Wali Mehsud and Qari Amjad, met in Kunar.",
            "Qari Amjad",
            "Tehrik-i-Taliban Pakistan",
        ),
        # an office handed on: both the successor and the man succeeded held it
        (
            "Musa Kitenge, who took over from Jamil Kabanda as ADF leader in 2015, pledged allegiance to IS.",
            "Jamil Kabanda",
            "Allied Democratic Forces",
        ),
        (
            "Musa Kitenge, who took over from Jamil Kabanda as ADF leader in 2015, pledged allegiance to IS.",
            "Musa Kitenge",
            "Allied Democratic Forces",
        ),
        (
            "Abu Hafs al-Qurashi succeeded Abu Hassan al-Muhajir as the Islamic State leader in 2022.",
            "Abu Hassan al-Muhajir",
            "Islamic State",
        ),
        # a place of two words before "-based"
        (
            '"Both sides want a win," said Selam Bekele, an analyst with the Dar es Salaam-based Coastal Security '
            "Institute.",
            "Selam Bekele",
            "Coastal Security Institute",
        ),
        # his own word for whom he speaks, and for his office
        (
            "Tesfaye Lemma, who said he spoke for the TPLF's high command, told reporters the group was not there.",
            "Tesfaye Lemma",
            "TPLF",
        ),
        (
            "Ebenezer Tabi, who describes himself as the JNIM's secretary for communications, called it a sham.",
            "Ebenezer Tabi",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        # a military court's judge bears a rank
        (
            "The Goma Military Court sentenced four men on Tuesday. Presiding judge Colonel Paul Mbarga said the "
            "case was proved.",
            "Paul Mbarga",
            "Goma Military Court",
        ),
        # "whose first president", a police chief constable, a curly possessive, an office of two words
        (
            "The rebels are rivals of the Sudan Revolutionary Front, whose first president, Malik Agar Eyre, lives "
            "in exile.",
            "Malik Agar Eyre",
            "Sudan Revolutionary Front",
        ),
        (
            "The minister said he had spoken to Greater Manchester Police Chief Constable Mark Hamilton on Monday.",
            "Mark Hamilton",
            "Greater Manchester Police",
        ),
        (
            '"We fired back," said Colonel Otieno Were, the Kenya Defence Forces’ press officer in Garissa.',
            "Otieno Were",
            "Kenya Defence Forces",
        ),
        (
            "In a statement, the PFLP’s information and media secretary, Khaled Nasser, denied any role.",
            "Khaled Nasser",
            "Popular Front for the Liberation of Palestine",
        ),
        # a local cell, and a faction named after a noun for its kind
        (
            "On 2 June, Budi Santoso, the head of a local ISWAP cell, blew himself up outside a church.",
            "Budi Santoso",
            "Islamic State West Africa",
        ),
        (
            "Officials have disowned Eric Tano, a Norway-based activist who leads a rival faction, the Front for "
            "Change and Concord in Chad, and whose calls have shut schools.",
            "Eric Tano",
            "Front for Change",
        ),
        # where he pledged changes nothing
        (
            "The photograph showed Musa Kamara, the ADF's founder and leader, who in a recorded message pledged "
            "allegiance to the Islamic State's then leader.",
            "Musa Kamara",
            "Islamic State",
        ),
        # "he" after what others say of him, the one person the sentence before names
        (
            "Liam Foster was found guilty after a trial. Prosecutors said he had joined the Atomwaffen Division "
            "through an encrypted chat in 2022.",
            "Liam Foster",
            "Atomwaffen Division",
        ),
        # each founder listed
        (
            "The Mujahideen Shura Council was founded by the brothers Khalid Rahman and Tariq Rahman in 2012.",
            "Tariq Rahman",
            "Mujahideen Shura Council",
        ),
    ],
)
def test_round10_affiliation(extract_text: Extract, text: str, person: str, body: str) -> None:
    x = extract_text(text)
    assert among(body, bodies_of(x, person)), facts(x)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a breakaway faction's leader is not in the group it broke from
        (
            "The raid was claimed by Jaysh al-Adl, a breakaway faction of Jundallah led by Salahuddin Farooqui, "
            "according to police.",
            "Salahuddin Farooqui",
            "Jundallah",
        ),
        # the man followed holds another office
        (
            "Houthi fighters loyal to former president Ali Abdullah Saleh clashed with tribesmen in Sanaa.",
            "Ali Abdullah Saleh",
            "Houthi",
        ),
        # a wire's credit line names no outlet
        (
            "Gunmen killed five soldiers near Maiduguri, the army said.\n\n(Reporting by Ahmed Kolo; Editing by "
            "Jane Hart for Reuters)",
            "Ahmed Kolo",
            "Reuters",
        ),
        # a report written for a body, inside a sentence, is no credit line
        (
            "A report written by Helen Brandt for the United Nations found that ISWAP taxes fishermen.",
            "Helen Brandt",
            "United Nations",
        ),
        # a title inside the aside that is not the person's, and what one may be to a group without being in it
        (
            "Abdi Nur, a Somali national described by prosecutors as a victim of al-Shabaab extortion, testified.",
            "Abdi Nur",
            "al-Shabaab",
        ),
        (
            "Abu Yasir, the cleric long suspected of ties to ISWAP, was arrested.",
            "Abu Yasir",
            "Islamic State West Africa",
        ),
        (
            "Karim Said, whom police describe as a victim of ISWAP, was buried.",
            "Karim Said",
            "Islamic State West Africa",
        ),
        # "as" opening a clause, not an office
        ("Ahmed Musa replaced Ali Nur as Hamas negotiators pulled out.", "Ali Nur", "Hamas"),
        ("Ahmed Musa replaced Ali Nur as Hamas negotiators pulled out.", "Ahmed Musa", "Hamas"),
        # a rival fought is not a faction led
        (
            "Ali Musa, who fought a rival group, the Islamic State Sahel Province, in 2016, was killed.",
            "Ali Musa",
            "Islamic State Sahel Province",
        ),
        # what others say he suffered is no membership
        (
            "Ahmed Nur was arrested in Garissa. Police said he had been kidnapped by al-Shabaab in 2019.",
            "Ahmed Nur",
            "al-Shabaab",
        ),
        # the victims of a group, listed, are not its members
        ("The victims of al-Shabaab, Ahmed Ali and Hassan Nur, were buried.", "Hassan Nur", "al-Shabaab"),
        # a hedge with no aside: "said to" is the verb of the sentence
        (
            "General Amadou Sy said to head off Katiba Macina attacks, more troops were needed.",
            "Amadou Sy",
            "Katiba Macina",
        ),
    ],
)
def test_round10_near_miss(extract_text: Extract, text: str, person: str, body: str) -> None:
    x = extract_text(text)
    assert not among(body, bodies_of(x, person)), facts(x)


def test_a_faction_leader_is_in_the_faction_as_well_as_the_group(extract_text: Extract) -> None:
    x = extract_text(
        "The raid was claimed by Jaysh al-Adl, the faction of Jundallah once led by Abdolmalek Rigi, according "
        "to police."
    )
    bodies = bodies_of(x, "Abdolmalek Rigi")
    assert among("Jaish al-Adl", bodies) and among("Jundallah", bodies), facts(x)


def test_where_she_leads_its_part_puts_her_in_the_part(extract_text: Extract) -> None:
    x = extract_text(
        "About the author: Dr Samir Nasser is a senior fellow at the Beirut Institute for Policy Studies, "
        "where he leads its Conflict Data Programme."
    )
    assert among("Conflict Data Programme", bodies_of(x, "Samir Nasser")), facts(x)


def test_a_name_before_a_groups_office_is_read_as_a_person(extract_text: Extract) -> None:
    x = extract_text(
        "Checkpoints on the road are held by men loyal to Hamadou Barry, a JNIM commander who previously "
        "led Katiba Serma."
    )
    assert among("Jama'at Nusrat al-Islam wal-Muslimin", bodies_of(x, "Hamadou Barry")), facts(x)


def test_a_credit_line_naming_a_desk_names_no_one(extract_text: Extract) -> None:
    x = extract_text(
        "Weekly brief\n\nWritten by Policy Team for the Bamako Security Review.\n\nJNIM attacked Mopti."
    )
    assert not any(m.type.value == "Person" for m in x.mentions), x.mentions

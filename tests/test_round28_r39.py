"""Round twenty-eight (r39): plain ties between persons, groups and bodies (kg/extract/relations/persons.py, groups.py).

Every sentence was written for these tests. What the rules read, decided here:
- "G, which is headed by former army chief of staff General P": an office whose name holds "of" before the rank;
- "The commander of the O in Ataq, Colonel P"; "a sergeant from the O (ABBR), Corporal P": the office, a place or a
  short name, then the rank and the name;
- "founded by P, a judge from X, and Q, a teacher": the next of the founders; "led by P and represented in the
  talks by Q", "O, represented at the peace talks by P": the body's delegate; "G was announced in 1997 by P";
- "P, whom G had named its emir"; "P, a suicide bomber of G"; "who tracks X for the Israeli group O";
- "X, then Y's Syrian affiliate"; "regard X as a front used by Y"; "X fighters operating under the Y banner";
  "Y, the coalition that includes X"; "X is represented on Y"; "Alongside A and B, it is among the groups that
  make up Y"; "X claims to be Y's armed wing"; "Y is part of Z, alongside X": X is a part of Y;
- "formed by remnants of Y"; "set up by Y units that had rejected the accord"; "Y, the movement from which X split";
  "a Y splinter calling itself X"; "HTS, when that coalition was formed from Y": X was made from Y;
- "members of A and B trained together": allies.
Near misses: a man who opposes the body it is led by; a new clause after "founded by P, and ..."; a truce with a
group announced by a head of state; a group seen as a threat, not a front; a front that is denied; loyalists of
one group who left another; men who attacked a group's positions; fighters alongside whom a group fought.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The Arakan Army, which is headed by former army chief of staff General Tun Myat Naing, took the town.",
            ("Tun Myat Naing", "affiliatedWith", "Arakan Army"),
        ),
        (
            "The commander of the Shabwa Defence Forces in Ataq, Colonel Mohammed al-Buhar, said the road was open.",
            ("Mohammed al-Buhar", "affiliatedWith", "Shabwa Defence Forces"),
        ),
        (
            "On Monday a sergeant from the Anti-Terrorism Police Unit (ATPU), Corporal Jane Wambui, told the court "
            "about the phones.",
            ("Jane Wambui", "affiliatedWith", "Anti-Terrorism Police Unit"),
        ),
        (
            "Hizb ut-Tahrir was founded in 1953 by Taqiuddin al-Nabhani, a judge from Jerusalem, and Daoud Hamdan, "
            "a teacher.",
            ("Daoud Hamdan", "affiliatedWith", "Hizb ut-Tahrir"),
        ),
        (
            "The Nordic Resistance Movement was announced in 1997 by Klas Lund, a former skinhead leader.",
            ("Klas Lund", "affiliatedWith", "Nordic Resistance Movement"),
        ),
        (
            "Hamas, led by Khalil al-Hayya and represented in the Cairo talks by Zaher Jabarin, rejected the plan.",
            ("Zaher Jabarin", "affiliatedWith", "Hamas"),
        ),
        (
            "The Moro Islamic Liberation Front, represented at the peace talks by Mohagher Iqbal, signed the deal.",
            ("Mohagher Iqbal", "affiliatedWith", "Moro Islamic Liberation Front"),
        ),
        (
            "Police sought Isnilon Hapilon, whom the Islamic State had named its emir for the Philippines.",
            ("Isnilon Hapilon", "affiliatedWith", "Islamic State"),
        ),
        (
            "Aisha Khan, a suicide bomber of the Baloch Liberation Army, struck the convoy.",
            ("Aisha Khan", "affiliatedWith", "Balochistan Liberation Army"),
        ),
        (
            "Sara Levi, who tracks settler violence for the Israeli group B'Tselem, said attacks had doubled.",
            ("Sara Levi", "affiliatedWith", "B'Tselem"),
        ),
        (
            "Fighters later joined Jabhat al-Nusra, then al-Qaeda's Syrian affiliate, in Idlib.",
            ("al-Nusra Front", "affiliateOf", "al-Qaeda"),
        ),
        (
            "Indian officials regard The Resistance Front as a front used by Lashkar-e-Taiba to deny its role.",
            ("The Resistance Front", "affiliateOf", "Lashkar-e-Taiba"),
        ),
        (
            "The ambush was claimed by Katiba Macina fighters operating under the JNIM banner.",
            ("Katiba Macina", "affiliateOf", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ),
        (
            "Talks stalled with the Alliance Fleuve Congo (AFC), the coalition that includes the M23, in Doha.",
            ("March 23 Movement", "affiliateOf", "Alliance Fleuve Congo"),
        ),
        (
            "The Ulster Volunteer Force is represented on the Loyalist Communities Council.",
            ("Ulster Volunteer Force", "affiliateOf", "Loyalist Communities Council"),
        ),
        (
            "Alongside Kataib Hezbollah and Harakat al-Nujaba, it is among the groups that make up the Islamic "
            "Resistance in Iraq.",
            ("Harakat Hezbollah al-Nujaba", "affiliateOf", "Islamic Resistance in Iraq"),
        ),
        (
            "Jaysh al-Adl, by its own account, claims to be Jundallah's armed wing.",
            ("Jaish al-Adl", "affiliateOf", "Jundallah (Iran)"),
        ),
        (
            "The Arakan Army is part of the Three Brotherhood Alliance, alongside the Ta'ang National Liberation Army.",
            ("Ta'ang National Liberation Army", "affiliateOf", "Three Brotherhood Alliance"),
        ),
        (
            "The Democratic Forces for the Liberation of Rwanda, a rebel group formed in 2000 by remnants of the "
            "Interahamwe, fought on.",
            ("Democratic Forces for the Liberation of Rwanda", "formedFrom", "Interahamwe"),
        ),
        (
            "The Estado Mayor Central was set up in 2017 by FARC units that had rejected the accord.",
            ("Estado Mayor Central", "formedFrom", "Revolutionary Armed Forces of Colombia"),
        ),
        (
            "Many recruits came from Sipah-e-Sahaba Pakistan, the movement from which Lashkar-e-Jhangvi split in 1996.",
            ("Lashkar-e-Jhangvi", "formedFrom", "Sipah-e-Sahaba Pakistan"),
        ),
        (
            "Last year a Tehreek-e-Taliban Pakistan splinter calling itself Jamaat-ul-Ahrar claimed the blast.",
            ("Jamaat-ul-Ahrar", "formedFrom", "Tehrik-i-Taliban Pakistan"),
        ),
        (
            "Some fighters joined HTS when that coalition was formed from Jabhat al-Nusra in 2017.",
            ("Hayat Tahrir al-Sham", "formedFrom", "al-Nusra Front"),
        ),
        (
            "Members of the Atomwaffen Division and The Base trained together at a camp in Georgia, prosecutors said.",
            ("Atomwaffen Division", "alliedWith", "The Base (neo-Nazi group)"),
        ),
    ],
)
def test_plain_tie_is_read(extract_text: Extract, text: str, fact: tuple[str, str, str]) -> None:
    assert has_fact(extract_text(text), *fact)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # he opposes the body, he does not lead it
        (
            "The ELN, led by Antonio Garcia and opposed by President Gustavo Petro, is the oldest insurgency.",
            ("Gustavo Petro", "affiliatedWith", "National Liberation Army (Colombia)"),
        ),
        # a new clause after the founder, not a second founder
        (
            "The Allied Democratic Forces was founded by Jamil Mukulu, and General Muhoozi Kainerugaba has vowed to "
            "crush it.",
            ("Muhoozi Kainerugaba", "affiliatedWith", "Allied Democratic Forces"),
        ),
        # the truce, not the group, was announced
        (
            "A ceasefire with Hamas was announced on Monday by Egyptian President Abdel Fattah al-Sisi.",
            ("Abdel Fattah al-Sisi", "affiliatedWith", "Hamas"),
        ),
        # a threat, not a front
        (
            "Officials regarded the Islamic State as a threat to al-Shabaab.",
            ("Islamic State", "affiliateOf", "al-Shabaab"),
        ),
        # a front the parent denies
        (
            "Lashkar-e-Taiba denied that it regarded The Resistance Front as a front used by it.",
            ("The Resistance Front", "affiliateOf", "Lashkar-e-Taiba"),
        ),
        # loyalists of al-Qaeda who left HTS: the new group came out of HTS
        (
            "Hurras al-Din was set up in 2018 by al-Qaeda loyalists who left HTS.",
            ("Hurras al-Din", "formedFrom", "al-Qaeda"),
        ),
        # the fighters attacked the other group
        (
            "Katiba Macina fighters attacked JNIM positions last week.",
            ("Katiba Macina", "affiliateOf", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ),
        # each trained its own men
        (
            "The Atomwaffen Division trained recruits in Texas, while The Base trained them in Georgia.",
            ("Atomwaffen Division", "alliedWith", "The Base (neo-Nazi group)"),
        ),
        # fought alongside, with no whole they are part of
        (
            "The Arakan Army fought the junta, alongside the Ta'ang National Liberation Army.",
            ("Ta'ang National Liberation Army", "affiliateOf", "Arakan Army"),
        ),
    ],
)
def test_near_miss_is_left_alone(extract_text: Extract, text: str, fact: tuple[str, str, str]) -> None:
    assert not has_fact(extract_text(text), *fact)

"""Where a group is active (operatesIn), second pass of the eleventh round: a unit described by an apposition
after a verb that governs its name, the group's men struck in the passive, its leaders' seat, an event it held,
where it went on after being driven out, and the main verb past a relative clause about another group.

Every sentence was written for these tests, and each phrasing sits beside a near miss of the same shape.

Read: the whole list after "a JNIM unit active in A and northern B" when the unit's name is the object of the
verb before it ("sources point to Katiba Hanifa, a JNIM unit active in ..."): the apposition describes the unit
whatever governs its name. Left alone: the unit the object of a blow in the places listed ("fought Katiba Hanifa,
a JNIM unit, in A and B").

Left alone: the group's men the object of one blow, said in the passive ("eight TTP militants were killed in X",
"five JMB members were arrested in Y", a headline's "al-Shabaab fighters killed in Z"), unlike its men "hiding
in" or "active in" a place; and one man's home ("an Islamic State recruit from Germany"), unlike where the
group recruits ("the BLF recruits from the border districts of X").

Read: where the group's leaders sit ("Hamas political leaders are based in Doha", "Hamas's political leadership
is based in Doha"). Left alone: where its leaders met or were struck ("held talks in Cairo", "were killed in
Doha"), and an event the group held somewhere ("the Taliban held talks with US officials in Doha", "held a rally
in X"), unlike the ground it holds ("still holds territory in X") and the hostages it holds there.

Read: where the group is now, after where it was driven out ("was driven out of Mogadishu in 2011 but remains
active in X", "... but still controls much of Y"). Left alone: the place it was driven from, a place another
force now patrols, and a contrast clause that denies it ("but is no longer active in X").

Left alone: the main verb after a relative clause about a group named as an object ("the M23, formed by
mutineers from the CNDP, which captured Goma in January, now administers much of X": X is the M23's, not the
CNDP's), unlike the verb inside that clause ("fought the ADF, which is active in Beni and Lubero, for years").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]

SHABAAB, HANIFA = "al-Shabaab", "Katiba Hanifa"
TTP, JMB = "Tehrik-i-Taliban Pakistan", "Jamaat-ul-Mujahideen Bangladesh"
ADF = "Allied Democratic Forces"


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # an apposition after a verb that governs the unit's name: the whole list
        (
            "The claim named no unit, but local sources point to Katiba Hanifa, a JNIM unit active in eastern "
            "Burkina Faso and northern Benin.",
            HANIFA,
            "Benin",
        ),
        (
            "Officials blamed the attack on Katiba Hanifa, a JNIM unit active in eastern Burkina Faso and northern "
            "Benin.",
            HANIFA,
            "Burkina Faso",
        ),
        # the group's men where they are, not where they were struck
        ("TTP militants have been hiding in North Waziristan.", TTP, "North Waziristan"),
        ("TTP fighters are active in North Waziristan.", TTP, "North Waziristan"),
        ("JMB cells remain active in northern Bangladesh.", JMB, "Bangladesh"),
        # where the group recruits
        (
            "The BLF recruits from the border districts of Balochistan.",
            "Balochistan Liberation Front",
            "Balochistan",
        ),
        # where its leaders sit
        ("Hamas political leaders are based in Doha.", "Hamas", "Doha"),
        ("Hamas's political leadership is based in Doha.", "Hamas", "Doha"),
        # ground it holds
        ("Al-Shabaab still holds territory in Middle Shabelle.", SHABAAB, "Middle Shabelle"),
        ("Al-Shabaab holds large parts of southern Somalia.", SHABAAB, "Somalia"),
        # hostages it holds there
        ("The Abu Sayyaf Group has held foreign hostages in Sulu.", "Abu Sayyaf Group", "Sulu"),
        # where it is now, after where it was driven out
        (
            "Al-Shabaab was driven out of Mogadishu in 2011 but remains active in Lower Shabelle.",
            SHABAAB,
            "Lower Shabelle",
        ),
        (
            "Al-Shabaab was driven out of Mogadishu in 2011 but still controls much of Middle Shabelle.",
            SHABAAB,
            "Middle Shabelle",
        ),
        # the verb inside a relative clause about a group named as an object
        ("The army fought the ADF, which is active in Beni and Lubero, for years.", ADF, "Lubero"),
        ("Officials blamed the ADF, which has bases in Beni, Lubero and Irumu.", ADF, "Irumu"),
        # the main verb after that clause is the subject's
        (
            "The M23, formed by mutineers from the CNDP, which captured Goma in January, now administers much of "
            "North Kivu.",
            "March 23 Movement",
            "North Kivu",
        ),
    ],
)
def test_reads_where_the_group_is_active(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert has_fact(extract_text(text), s, "operatesIn", o)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # the unit the object of a blow in the places listed
        (
            "Soldiers fought Katiba Hanifa, a JNIM unit, in eastern Burkina Faso and northern Benin.",
            HANIFA,
            "Benin",
        ),
        # the group's men the object of one blow, in the passive
        ("Eight TTP militants were killed in North Waziristan on Sunday.", TTP, "North Waziristan"),
        ("Five JMB members were arrested in Dhaka on Tuesday.", JMB, "Dhaka"),
        ("Ten al-Shabaab fighters killed in Lower Shabelle, army says.", SHABAAB, "Lower Shabelle"),
        # one man's home
        ("An Islamic State recruit from Germany travelled to Syria in 2014.", "Islamic State", "Germany"),
        # where its leaders met or were struck
        ("Hamas leaders held talks in Cairo on Monday.", "Hamas", "Cairo"),
        ("Hamas leaders were killed in Doha last year.", "Hamas", "Doha"),
        # an event the group held there
        ("The Taliban held talks with US officials in Doha.", "Taliban", "Doha"),
        ("Al-Shabaab held a rally in Jilib.", SHABAAB, "Jilib"),
        ("The PKK held a congress in northern Iraq in May 2025.", "Kurdistan Workers' Party", "Iraq"),
        # where it was driven from; another force's ground; a contrast that denies it
        ("Al-Shabaab was driven out of Mogadishu in 2011.", SHABAAB, "Mogadishu"),
        (
            "Al-Shabaab was driven out of Kismayo by Kenyan troops, who now patrol Lower Juba.",
            SHABAAB,
            "Lower Juba",
        ),
        (
            "Al-Shabaab was driven out of Kismayo in 2012 but is no longer active in Lower Juba.",
            SHABAAB,
            "Lower Juba",
        ),
        # the main verb after a relative clause about a group named as an object
        (
            "The M23, formed by mutineers from the CNDP, which captured Goma in January, now administers much of "
            "North Kivu.",
            "National Congress for the Defence of the People",
            "North Kivu",
        ),
    ],
)
def test_leaves_alone_what_is_not_the_groups_ground(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "operatesIn", o)

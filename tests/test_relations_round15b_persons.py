"""People and the bodies they belong to, fifteenth round (b): police ranks and commands, a lawyer's past office, a
prosecutor's own service, "known as" after a place, a pledge to a body's leader, "and other veterans of", the name
a body was founded under, men who left a group and set up another, "known to police as", "heads the new front".

Every sentence was written for these tests. What the rules read, decided here:
- "killing Sergeant P" in a sentence that names the one police force (and no army): he is its officer; not where an
  army is named beside it;
- "P, the regional police commander for the south": the one police force the story names; not an army commander;
- "Patrolman P": a rank only a police force gives; not a farmer counted by the police;
- "P, a lawyer who until his arrest was vice-president of O": the apposition's relative clause holds his office;
  not "a fierce critic of O";
- "P, the prosecutor who leads the X unit of the O": the one prosecution service his own phrase names after him;
  not one named in what he said;
- "a G courier in Mali known as P": a place may stand between the office and "known as"; not a hostage of G;
- "swore allegiance to the leader of G": a pledge to G; not "swore revenge on the leader of G";
- "P and other veterans of G": "other" makes him one of them; not "P and members of G";
- "founded in 1997 as the G by P": the name it was founded under; not "by supporters of P";
- "P and two other senior figures left the G and set up H": he was in G and founded H; not "left the G headquarters";
- "P, a Pakistani national known to police as a G commander"; not "as a G target";
- "... merged into a single organisation, the G ... P heads the new front": the group whose founding was just told;
  not where no founding was told;
- "The indictment accuses P of murder ... the accused swore allegiance to the G": the one man the story says is
  charged; not where it names two;
- "a ministry in the government of Prime Minister P": the one government the story names; not where it names two;
- "the Maute group ... Omar Maute", "the Sadrist movement ... Muqtada al-Sadr": a group named after a man's family
  name is his; not "the Abu Sayyaf group ... Omar Sayyaf", whose name is not what the group was named after.
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
            "When a Kosovo Police patrol reached the checkpoint, the attackers opened fire, killing Sergeant Ilir"
            " Gashi and wounding a second officer.",
            "Ilir Gashi",
            "Kosovo Police",
        ),
        (
            "The Kosovo Police sent more officers to Mitrovica. Colonel Agim Krasniqi, the regional police "
            "commander for the south, said the roads were safe.",
            "Agim Krasniqi",
            "Kosovo Police",
        ),
        (
            "A policeman wounded in the ambush, Patrolman Andrés Cárdenas, 31, died on Monday, the National "
            "Police said.",
            "Andrés Cárdenas",
            "National Police",
        ),
        (
            "Goran Petrović, a lawyer who until his arrest was vice-president of Srpska Lista, denied the "
            "charges.",
            "Goran Petrović",
            "Srpska Lista",
        ),
        (
            "Lucía Herrera, the prosecutor who leads the anti-extortion unit of the Public Prosecutor's Office in"
            " Valparaíso, said four men had been charged.",
            "Lucía Herrera",
            "Public Prosecutor's Office",
        ),
        (
            "Investigators said the money came from a JNIM courier in Mali known as Abu Dujana al-Targui.",
            "Abu Dujana al-Targui",
            "Nusrat",
        ),
        (
            "Prosecutors say Timur Aliyev swore allegiance to the leader of the Islamic State in 2019.",
            "Timur Aliyev",
            "Islamic State",
        ),
        (
            "The group was set up in 2015 by Jonas Berg and other veterans of the Nordic Resistance Movement.",
            "Jonas Berg",
            "Nordic Resistance Movement",
        ),
        (
            "The movement was founded in 1997 as the Swedish Resistance Movement by Jonas Berg, a former soldier.",
            "Jonas Berg",
            "Nordic Resistance Movement",
        ),
        (
            "In 2019 Jonas Berg and two other senior figures left the Nordic Resistance Movement and set up "
            "Nordic Strength.",
            "Jonas Berg",
            "Nordic Resistance Movement",
        ),
        (
            "In 2019 Jonas Berg and two other senior figures left the Nordic Resistance Movement and set up "
            "Nordic Strength.",
            "Jonas Berg",
            "Nordic Strength",
        ),
        (
            "The second man was named as Abu Talha, a Pakistani national known to police as a Jaish-e-Mohammed "
            "commander.",
            "Abu Talha",
            "Jaish-e-Mohammed",
        ),
        (
            "In March the MNLA and the HCUA merged into a single organisation, the Azawad Liberation Front. Its "
            "stated aim is independence for Azawad. Bilal Ag Acherif, the MNLA's former secretary-general, heads "
            "the new front.",
            "Bilal Ag Acherif",
            "Azawad Liberation Front",
        ),
        (
            "Federal prosecutors have charged a 29-year-old man over the stabbing in Villach. The indictment accuses "
            "Rami Al K. of killing a teenager. According to the charge sheet, the accused swore allegiance to the "
            "Islamic State in a video recorded a week before the attack.",
            "Rami Al K.",
            "Islamic State",
        ),
        (
            "The Iraqi government said the strikes violated its sovereignty. The party holds two ministries in the "
            "government of Prime Minister Karim al-Hasnawi, which it helped bring to power.",
            "Karim al-Hasnawi",
            "Iraqi government",
        ),
        (
            "The Maute group seized parts of Marawi in 2017. Troops said Omar Maute was killed in October.",
            "Omar Maute",
            "Maute group",
        ),
        (
            "The Sadrist movement won the most seats. Muqtada al-Sadr ordered his men home.",
            "Muqtada al-Sadr",
            "Sadrist",
        ),
    ],
)
def test_a_person_belongs_to_the_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert among(body, bodies_of(extract_text(text), person))


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # an army is named beside the police: whose sergeant he was is not said
        (
            "When a Kosovo Police patrol and a Serbian Army unit reached the checkpoint, the attackers opened "
            "fire, killing Sergeant Ilir Gashi and wounding a second officer.",
            "Ilir Gashi",
            "Kosovo Police",
        ),
        # an army commander is not the police force's
        (
            "The Kosovo Police sent more officers to Mitrovica. Colonel Agim Krasniqi, the regional army "
            "commander for the south, said the roads were safe.",
            "Agim Krasniqi",
            "Kosovo Police",
        ),
        # no rank: a farmer the police counted among the dead
        (
            "A farmer wounded in the ambush, Andrés Cárdenas, 31, died on Monday, the National Police said.",
            "Andrés Cárdenas",
            "National Police",
        ),
        # a critic of the party is not in it
        (
            "Goran Petrović, a lawyer who until his arrest was a fierce critic of Srpska Lista, denied the "
            "charges.",
            "Goran Petrović",
            "Srpska Lista",
        ),
        # the office she names in what she said is not the one her own phrase names
        (
            "Lucía Herrera, the prosecutor in the case, said the Public Prosecutor's Office of Peru had been "
            "asked for help.",
            "Lucía Herrera",
            "Public Prosecutor's Office",
        ),
        # a hostage of the group is not its man
        (
            "Investigators said the money came from a JNIM hostage in Mali known as Abu Dujana al-Targui.",
            "Abu Dujana al-Targui",
            "Nusrat",
        ),
        # revenge on its leader is no pledge
        (
            "Prosecutors say Timur Aliyev swore revenge on the leader of the Islamic State in 2019.",
            "Timur Aliyev",
            "Islamic State",
        ),
        # without "other" the members may be others
        (
            "The group was set up in 2015 by Jonas Berg and members of the Nordic Resistance Movement.",
            "Jonas Berg",
            "Nordic Resistance Movement",
        ),
        # founded by his supporters, not by him
        (
            "The movement was founded in 1997 as the Swedish Resistance Movement by supporters of Jonas Berg, a "
            "former soldier.",
            "Jonas Berg",
            "Nordic Resistance Movement",
        ),
        # he left a building of the movement, not the movement
        (
            "In 2019 Jonas Berg left the Nordic Resistance Movement headquarters in Grangärde and moved to "
            "Norway.",
            "Jonas Berg",
            "Nordic Resistance Movement",
        ),
        # known to police as the group's target
        (
            "The second man was named as Abu Talha, a Pakistani national known to police as a Jaish-e-Mohammed "
            "target.",
            "Abu Talha",
            "Jaish-e-Mohammed",
        ),
        # no founding told before "the new front"
        (
            "The Azawad Liberation Front attacked an army convoy near Kidal on Monday. Its fighters seized two "
            "trucks. Bilal Ag Acherif, a former MNLA official, heads the new front.",
            "Bilal Ag Acherif",
            "Azawad Liberation Front",
        ),
        # two men charged: which of them "the accused" is, is not said
        (
            "Federal prosecutors have charged two men over the stabbing in Villach. The indictment accuses Rami Al K. "
            "of killing a teenager and charges Samir B. with helping him. According to the charge sheet, the accused "
            "swore allegiance to the Islamic State in a video recorded a week before the attack.",
            "Rami Al K.",
            "Islamic State",
        ),
        # two governments named: which one is the prime minister's is not said here
        (
            "The Iraqi government and the Kurdistan Regional Government said the strikes violated Iraqi sovereignty. "
            "The party holds two ministries in the government of Prime Minister Karim al-Hasnawi, which it helped "
            "bring to power.",
            "Karim al-Hasnawi",
            "Iraqi government",
        ),
        # the group's last word is not a family name it was named after
        (
            "The Abu Sayyaf group seized parts of Jolo in 2017. Troops said Omar Sayyaf was killed in October.",
            "Omar Sayyaf",
            "Abu Sayyaf",
        ),
    ],
)
def test_a_near_miss_gives_no_such_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    assert not among(body, bodies_of(extract_text(text), person))

"""People and the bodies they belong to, eleventh round: lists with ages, participles that open a sentence,
a group's men under their commander, a group named by its leader, a party named as a man's own, and an
author's footer.

Every sentence was written for these tests. What the rules read, decided here:
- "Sergeant A, 46, Specialist B, 24, and Specialist C, 23, all members of the U": an age after each name and a
  rank before it still make a list, so every name listed is in the unit;
- "Led by P, son of Q, the G emerged": a participle that opens the sentence belongs to the subject after the
  asides ("Formed in 2022 and led by General P, ..., the G says"); not where no body stands as the subject;
- "G fighters under P", "the G (ABBR) of P": he commands the group's men, the group is named as his; not "the
  execution by G of P";
- "President P's Fatah movement": a party or movement named as the man's own; not "P's Fatah rivals";
- "the anti-Taliban commander P": he fought the body, he was not in it;
- "G's senior commander in Libya, the Iraqi P"; "the former AfD (Alternative for Germany) member of
  parliament P"; "a G named P"; "the G's command, which identified its spokesperson as P";
- "P, a spokesman for the army": the one army the document names; "Military spokesman Rear Admiral P";
- "Q is a senior fellow at the O. P is a research associate.": the second author works at the same O; not
  "P is a former army officer";
- "G (led by P)", "P — G's chief negotiator —", "G's Sahel branch, under P"; not "a critic of G" between
  dashes, nor "G's wing, under pressure from P";
- "P, who leads the Sahel programme at the O"; "P, who ..., is a senior member of G" (not where the aside names
  another man); "P was appointed G's emir";
- "the G leader, P, and his deputy Q": the deputy is where his chief is; not where the chief is a critic of G;
- "Inspector General of Police (Zone-II) P": the one police force the document has named before him (a name
  ending in "Police"; not a "Central Reserve Police Force");
- "P, of attacking the O": a gerund after "of" opens a clause, not a body (but "accused P of forming the O"
  names the body he is in);
- "Kabul police spokesman Mawlawi P": a cleric's title of address before the name;
- "P admitted in court that he had sworn allegiance to G"; not "denied";
- "mission spokesperson P": the one body named in the last sentences whose name holds "mission";
- "Bavaria's interior minister P" is not the federal ministry's; the Chief of Army Staff is not in the army's
  media wing.
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
        # a roll of the dead with ranks and ages, closed by "all members of"
        (
            "Three reservists were killed: Sergeant John Miller, 41, Specialist David Brown, 22, and Specialist "
            "Maria Lopez, 25, all members of the 512th Engineer Company based at Fort Hood.",
            "John Miller",
            "512th Engineer Company",
        ),
        (
            "Three reservists were killed: Sergeant John Miller, 41, Specialist David Brown, 22, and Specialist "
            "Maria Lopez, 25, all members of the 512th Engineer Company based at Fort Hood.",
            "David Brown",
            "512th Engineer Company",
        ),
        # a participle opens the sentence; the body is the subject after the asides
        (
            "Led by Karim Haidari, son of the late commander Abdul Haidari, the National Resistance Front "
            "emerged in the valley in 2021.",
            "Karim Haidari",
            "National Resistance Front",
        ),
        (
            "Formed in early 2023 and led by General Ahmad Zia Nouri, a former chief of the army staff, the "
            "Afghanistan Freedom Front says it operates in four provinces.",
            "Ahmad Zia Nouri",
            "Afghanistan Freedom Front",
        ),
        (
            "Founded by Ahmed Yassin in 1987 to fight the Israeli army, Hamas won the 2006 elections.",
            "Ahmed Yassin",
            "Hamas",
        ),
        # the group's men under their commander
        (
            "The Maute group held the city for five months together with Abu Sayyaf fighters under Abdullah "
            "Hassan Jumdail.",
            "Abdullah Hassan Jumdail",
            "Abu Sayyaf",
        ),
        # the group named as its leader's
        (
            "The coalition fought alongside al-Shabaab of Ahmed Diriye and several clan militias.",
            "Ahmed Diriye",
            "al-Shabaab",
        ),
        # a party or a movement named as the man's own
        (
            "The brigades are an armed network loosely tied to President Mahmoud Abbas's Fatah movement.",
            "Mahmoud Abbas",
            "Fatah",
        ),
        # an office held somewhere, then his nationality before the name
        (
            "Islamic State's senior commander in Libya, the Iraqi Abu Nabil al-Anbari, was killed in a strike.",
            "Abu Nabil al-Anbari",
            "Islamic State",
        ),
        # a party's short name in brackets, then "member of parliament"
        (
            "Among the accused is the former Alternative for Germany (AfD) member of parliament Birgit "
            "Malsack-Winkemann.",
            "Birgit Malsack-Winkemann",
            "Alternative for Germany",
        ),
        # the body's own name for one of its members
        (
            "The case recalled a shooting in 2016, when a Reichsbürger named Wolfgang Peters shot dead an officer.",
            "Wolfgang Peters",
            "Reichsbürger",
        ),
        # a command of the group names its own spokesperson
        (
            "In a statement on Sunday, the NPA's Northern Samar provincial command, which identified its "
            "spokesperson as Ka Amihan Guerrero, claimed the ambush.",
            "Ka Amihan Guerrero",
            "New People's Army",
        ),
        # "a spokesman for the army": the one army the document names
        (
            'Gunmen killed nine soldiers, the Togolese Armed Forces said. "We are facing an enemy," Colonel '
            "Essohanam Tchalla, a spokesman for the army, told reporters in Lome.",
            "Essohanam Tchalla",
            "Togolese Armed Forces",
        ),
        # a two-word rank before the name
        (
            "The Israeli military said a soldier was killed. Military spokesman Rear Admiral Daniel Hagari said "
            "the army would act with force.",
            "Daniel Hagari",
            "Israel",
        ),
        # an author's footer: the second author works where the first does
        (
            "We expect the threat to persist.\n\nGiulia Ferraro is a senior fellow at the Mediterranean Security "
            "Observatory. Omar Ben Saleh is a research associate.",
            "Omar Ben Saleh",
            "Mediterranean Security Observatory",
        ),
        # a bracketed short name closes before "led by"
        (
            "The M23 operates under the umbrella of the Congo River Alliance (AFC) led by Corneille Nangaa.",
            "Corneille Nangaa",
            "Congo",
        ),
        # "accused of forming" the body: the gold reads him into it
        (
            "Prosecutors accuse the aristocrat and his co-defendants, among them the lawyer Birgit Malsack, of "
            "forming a terrorist organisation, the so-called Patriotic Union.",
            "Birgit Malsack",
            "Patriotic Union",
        ),
        # a cleric's title of address between the office and the name
        (
            "Kabul police spokesman Mawlawi Abdul Rahim Saqib said the attacker was on foot.",
            "Abdul Rahim Saqib",
            "Kabul police",
        ),
        # his own admission in court
        (
            "Farrukh Nazarov admitted in court that he had sworn allegiance to the Islamic State online in 2023.",
            "Farrukh Nazarov",
            "Islamic State",
        ),
        # "mission spokesperson P": the one mission named, whose name holds the word inside it
        (
            "The patrol, made up of troops serving with the United Nations Multidimensional Integrated "
            "Stabilization Mission in Mali, came under fire near Gao, mission spokesperson Florence Ndiaye said.",
            "Florence Ndiaye",
            "Stabilization Mission in Mali",
        ),
        # a country's minister sits in its ministry
        (
            "The Federal Interior Ministry banned the group on Tuesday. Germany's interior minister, Nancy "
            "Faeser, welcomed the ban.",
            "Nancy Faeser",
            "Federal Interior Ministry",
        ),
        # "led by" inside brackets after the name
        (
            "The attack was claimed by the Islamic State Sahel Province (led by Abu al-Bara al-Sahrawi).",
            "Abu al-Bara al-Sahrawi",
            "Islamic State Sahel Province",
        ),
        # a dash opens the aside as a comma does
        (
            "Khalil al-Hayya — Hamas's chief negotiator — arrived in Cairo on Monday.",
            "Khalil al-Hayya",
            "Hamas",
        ),
        # a part of the body under its commander
        (
            "The Islamic State's Sahel branch, under Abu al-Bara al-Sahrawi, has expanded.",
            "Abu al-Bara al-Sahrawi",
            "Islamic State",
        ),
        # a programme of the body he leads
        (
            "Ahmed Musa, who leads the Sahel programme at the International Crisis Group, said the group was weak.",
            "Ahmed Musa",
            "International Crisis Group",
        ),
        # an aside, then the verb and the office
        (
            "Ahmed Musa, who is in charge of the group's finances, is a senior member of al-Shabaab.",
            "Ahmed Musa",
            "al-Shabaab",
        ),
        # appointed to the body's office
        (
            "Ahmed Musa was appointed al-Shabaab's emir after the death of his predecessor in 2014.",
            "Ahmed Musa",
            "al-Shabaab",
        ),
        # the deputy is in the body his chief is in
        (
            "The ISWAP leader, Abu Musab al-Barnawi, and his deputy Mamman Nur were killed.",
            "Mamman Nur",
            "Islamic State West Africa Province",
        ),
        (
            "Abu Musab al-Barnawi, the ISWAP leader, and his deputy Mamman Nur were killed.",
            "Mamman Nur",
            "Islamic State West Africa Province",
        ),
        # a police force's senior rank names the one police force the document has named
        (
            "The Manipur Police had initially suspected the group. Inspector General of Police (Zone-II) Kh. "
            "Jayanta Singh told the Ledger that the police were examining the claim.",
            "Kh. Jayanta Singh",
            "Manipur Police",
        ),
        (
            "The Kerala Police arrested two men on Monday. Inspector General of Police Vijay Sakhare said they "
            "had been radicalised online.",
            "Vijay Sakhare",
            "Kerala Police",
        ),
        # "launched by": the insurgency's founder
        (
            "The MPCP is the last remnant of the Shining Path, the Maoist insurgency launched in 1980 by the "
            "philosophy professor Abimael Guzman.",
            "Abimael Guzman",
            "Shining Path",
        ),
    ],
)
def test_person_is_read_into_the_body(extract_text: Extract, text: str, person: str, body: str) -> None:
    bodies = bodies_of(extract_text(text), person)
    assert among(body, bodies), bodies


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a list of victims with ages, with no body said of the list
        (
            "The dead were Ahmed Musa, 46, Ibrahim Bello, 24, and Sani Lawal, 23, who farmed near the base of "
            "the 7th Division.",
            "Ahmed Musa",
            "7th Division",
        ),
        # the participle is the troops', and no body stands as the subject
        (
            "Led by Colonel Ahmed Musa, troops stormed the Boko Haram camp at dawn.",
            "Ahmed Musa",
            "Boko Haram",
        ),
        # the body after the participle is no subject
        (
            "Led by Ahmed Musa, the delegation met Hamas officials in Cairo.",
            "Ahmed Musa",
            "Hamas",
        ),
        # the group killed the man it is named with
        (
            "The video showed the execution by al-Shabaab of Ahmed Diriye, a former soldier.",
            "Ahmed Diriye",
            "al-Shabaab",
        ),
        # the man's rivals, not his party
        (
            "The brigades have long defied President Mahmoud Abbas's Fatah rivals in the camps.",
            "Mahmoud Abbas",
            "Fatah",
        ),
        # he fought the body he is named with
        (
            "Led by Ahmad Massoud, son of the late anti-Taliban commander Ahmad Shah Massoud, the NRF emerged "
            "in the valley.",
            "Ahmad Shah Massoud",
            "Taliban",
        ),
        # the army names a dead man: he is not its spokesman
        (
            "The army, which identified the dead man as Ahmed Musa, said Boko Haram had sent him.",
            "Ahmed Musa",
            "army",
        ),
        # a former officer: nothing says where he works now
        (
            "Giulia Ferraro is a senior fellow at the Mediterranean Security Observatory. Omar Ben Saleh is a "
            "former army officer.",
            "Omar Ben Saleh",
            "Mediterranean Security Observatory",
        ),
        # "of attacking": the charge opens a clause, and the body is what was attacked
        (
            "Prosecutors accuse the aristocrat and his co-defendants, among them the lawyer Birgit Malsack, of "
            "attacking the Federal Police.",
            "Birgit Malsack",
            "Federal Police",
        ),
        # a critic set off by dashes is not in the body he criticises
        (
            "Ahmed Musa — a longtime critic of Hamas — said the talks would fail.",
            "Ahmed Musa",
            "Hamas",
        ),
        # "under pressure from": the body's part is not under his command
        (
            "Hamas's military wing, under pressure from Ahmed Musa, agreed to the truce.",
            "Ahmed Musa",
            "Hamas",
        ),
        # the aside names another man, whose verb it is
        (
            "Ahmed Musa, whose killer Ali Dhere, is a senior member of al-Shabaab.",
            "Ahmed Musa",
            "al-Shabaab",
        ),
        # the chief is not in the body, so neither is his deputy
        (
            "Abu Musab al-Barnawi, a critic of ISWAP, and his deputy Mamman Nur were killed.",
            "Mamman Nur",
            "Islamic State West Africa Province",
        ),
        # two police forces named: which one is his cannot be told
        (
            "The Manipur Police and the Assam Police had initially suspected the group. Inspector General of "
            "Police (Zone-II) Kh. Jayanta Singh told the Ledger that the police were examining the claim.",
            "Kh. Jayanta Singh",
            "Police",
        ),
        # a central armed police force is not the state police his rank belongs to
        (
            "The commandos of the Central Reserve Police Force (CRPF) were returning from an operation, Inspector "
            "General of Police (Bastar range) Sundarraj P. told reporters.",
            "Sundarraj P.",
            "Central Reserve Police Force",
        ),
        # he denies the oath
        (
            "Farrukh Nazarov denied in court that he had sworn allegiance to the Islamic State.",
            "Farrukh Nazarov",
            "Islamic State",
        ),
        # no mission is named: "mission spokesperson" has no body to stand for
        (
            "Troops of the United Nations came under fire near Gao, mission spokesperson Florence Ndiaye said.",
            "Florence Ndiaye",
            "United Nations",
        ),
        # a state's minister does not sit in the federal ministry
        (
            "The Federal Interior Ministry banned the group on Tuesday. Bavaria's interior minister, Joachim "
            "Herrmann, welcomed the verdict.",
            "Joachim Herrmann",
            "Federal Interior Ministry",
        ),
        # the Chief of Army Staff heads the army, not its media wing
        (
            "Inter Services Public Relations (ISPR) said ten soldiers were killed. Chief of Army Staff General "
            "Syed Asim Munir attended the funeral prayers at Bannu.",
            "Syed Asim Munir",
            "Inter Services Public Relations",
        ),
    ],
)
def test_near_miss_is_left_alone(extract_text: Extract, text: str, person: str, body: str) -> None:
    bodies = bodies_of(extract_text(text), person)
    assert not among(body, bodies), bodies

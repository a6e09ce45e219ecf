"""People and the bodies they belong to, seventh round: a broad title lexicon, lists and leaving.

Every sentence was written for these tests. The rules read a person's affiliation from the shape of
the phrase rather than from one wording: a title before or after the name, with the body's name in
any of its places ("T of G P", "G's T in Y, P", "a G T in Y, P", "P, a T of a G cell"); verbs of
leading, joining, training, belonging and leaving, also behind "is believed to" and "rose to"; lists
whose members share one title ("A and B, both commanders of G", "G leaders A, B and C", "members of
G, including P", "P (G), Q (H)"); a secretary named by his department; and "he", after an opening
phrase, for the one person the sentence before names.

What counts as an affiliation, decided here:
- a *former* one does: "a former Taliban commander", "an ex-ISIS fighter" were in the group, and a
  careful analyst records that they were;
- so does *leaving*: "defected from", "was expelled from", "quit", "deserted" say the person was in
  the body before;
- a conviction or an admission of membership does, an accusation alone does not;
- talking to an outlet ("told Reuters", "told the BBC") is an interview, not employment; "writing
  for" or "reporting for" an outlet is work for it;
- sympathy, inspiration, kinship with a member, or being a body's victim or target is no affiliation.

Each phrasing stands beside a near miss it must leave alone; the articles in `tests/data/persons7/`
(a court report, a think-tank profile, a wire brief, a government release, an interview feature, an
obituary-style profile, a military statement and a talks analysis) put them together and are checked
whole at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from readings import bodies_of, has_fact

from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.ingest import read_file
from kg.model import Extraction

Extract = Callable[..., Extraction]
ARTICLES = Path(__file__).parent / "data" / "persons7"
AFF = "affiliatedWith"


# ------------------------------------------------------------------ one person, one body


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # the title before the name, the body's name with it
        ("Leader of Hamas Ismail Haniyeh was killed in Tehran.", "Ismail Haniyeh", "Hamas"),
        (
            "Commander of the IRGC's Quds Force, Esmail Qaani, said it.",
            "Esmail Qaani",
            "Quds Force",
        ),
        (
            "Hartmann said the Islamic State's finance chief in Syria, Abu Hafs al-Iraqi, had set up the network.",
            "Abu Hafs al-Iraqi",
            "Islamic State",
        ),
        ("A Hamas official in Lebanon, Osama Hamdan, condemned the strike.", "Osama Hamdan", "Hamas"),
        ("SDF commander-in-chief Mazloum Abdi said it.", "Mazloum Abdi", "Syrian Democratic Forces"),
        (
            "The head of Hamas's political bureau, Ismail Haniyeh, was killed.",
            "Ismail Haniyeh",
            "Hamas",
        ),
        ("A Hamas official named Ahmed Ali said it.", "Ahmed Ali", "Hamas"),
        ("The Taliban's spokesman — Zabihullah Mujahid — said it.", "Zabihullah Mujahid", "Taliban"),
        # the title after the name, with the modifiers news uses
        ("Abu Hafs, a onetime al-Qaeda courier, was arrested.", "Abu Hafs", "al-Qaeda"),
        ("Abu Ali, the ex-ISIS commander, was captured.", "Abu Ali", "Islamic State"),
        ("Abu Ali, an ex-Taliban fighter, was captured.", "Abu Ali", "Taliban"),
        ("Abu Zubaydah, a senior aide in al-Qaeda, was captured.", "Abu Zubaydah", "al-Qaeda"),
        ("Karim Said, 29, a fighter from the Islamic State, was killed.", "Karim Said", "Islamic State"),
        (
            "Farhad Hoomer, a Durban-based leader of an Islamic State cell, raised funds.",
            "Farhad Hoomer",
            "Islamic State",
        ),
        (
            "Abu Mohammed al-Adnani, one of the Islamic State's top commanders, was killed.",
            "Abu Mohammed al-Adnani",
            "Islamic State",
        ),
        ("Abdullah Azzam was one of the founders of al-Qaeda.", "Abdullah Azzam", "al-Qaeda"),
        (
            "The army killed Jafar Said, whom it described as a senior Hamas commander.",
            "Jafar Said",
            "Hamas",
        ),
        (
            "Another council member, Fuad Shongole, has long served as al-Shabaab's chief ideologue.",
            "Fuad Shongole",
            "al-Shabaab",
        ),
        (
            "Mazloum Abdi, commander-in-chief of the Syrian Democratic Forces, said it.",
            "Mazloum Abdi",
            "Syrian Democratic Forces",
        ),
        # verbs of leading, joining and belonging
        (
            "Mohammed Sinwar is believed to command the Qassam Brigades.",
            "Mohammed Sinwar",
            "Izz ad-Din al-Qassam Brigades",
        ),
        ("Mahad Karate is thought to lead the Amniyat.", "Mahad Karate", "Amniyat"),
        (
            "Abu Ibrahim rose to lead ISWAP in 2021.",
            "Abu Ibrahim",
            "Islamic State West Africa Province",
        ),
        ("Abu Bakr al-Baghdadi went on to lead the Islamic State.", "Abu Bakr al-Baghdadi", "Islamic State"),
        ("David Headley trained with Lashkar-e-Taiba in Pakistan.", "David Headley", "Lashkar-e-Taiba"),
        ("Jack Letts fought with the Islamic State in Syria.", "Jack Letts", "Islamic State"),
        ("Omar Ali belonged to al-Shabaab for six years.", "Omar Ali", "al-Shabaab"),
        ("Ismail Haniyeh, who headed the political bureau of Hamas, was killed.", "Ismail Haniyeh", "Hamas"),
        ("Ahmed Hassan, who ran al-Shabaab's training camps, was killed.", "Ahmed Hassan", "al-Shabaab"),
        ("Bilal Omar, who was in charge of al-Shabaab's finances, was killed.", "Bilal Omar", "al-Shabaab"),
        ("Sami Hussein, in charge of logistics for Hezbollah, was killed.", "Sami Hussein", "Hezbollah"),
        (
            "Abdul Malik al-Houthi, who leads Yemen's Houthi movement, gave a speech.",
            "Abdul Malik al-Houthi",
            "Houthis",
        ),
        (
            "Abu Bakr al-Baghdadi proclaimed himself caliph of the Islamic State in 2014.",
            "Abu Bakr al-Baghdadi",
            "Islamic State",
        ),
        ("Sarah Chayes, writing for Foreign Policy, argued it.", "Sarah Chayes", "Foreign Policy"),
        ("Lyse Doucet, reporting for the BBC from Kabul, said it.", "Lyse Doucet", "BBC"),
        (
            "Zabihullah Mujahid, speaking on behalf of the Taliban, denied it.",
            "Zabihullah Mujahid",
            "Taliban",
        ),
        # a verb with no object of its own, then "as" and the office
        ("Ahmed Ali took over as head of al-Shabaab in 2014.", "Ahmed Ali", "al-Shabaab"),
        ("Ahmed Ali stepped down as leader of al-Shabaab in 2014.", "Ahmed Ali", "al-Shabaab"),
        ("Ahmed Ali was described by police as a member of al-Shabaab.", "Ahmed Ali", "al-Shabaab"),
        ("Ahmed Ali was jailed in 2019 as a member of al-Shabaab.", "Ahmed Ali", "al-Shabaab"),
        (
            "Ahmed Ali was sworn in as president of the Palestinian Authority.",
            "Ahmed Ali",
            "Palestinian Authority",
        ),
        ("The Taliban appointed Ahmed Ali as governor of Kandahar.", "Ahmed Ali", "Taliban"),
        ("Ahmed Ali, a hardliner within the Taliban, opposed the deal.", "Ahmed Ali", "Taliban"),
        ("Ahmed Ali, a 35-year-old Hamas member, was killed.", "Ahmed Ali", "Hamas"),
        (
            "Maj. Gen. Ahmed Ali, who commands the Somali army's 60th Division, spoke.",
            "Ahmed Ali",
            "Somali National Army",
        ),
        # how a court or an army describes a man
        ("Ahmed Ali, described by prosecutors as an IS recruiter, was jailed.", "Ahmed Ali", "Islamic State"),
        (
            "Ahmed Ali, whom prosecutors described as an IS recruiter, was jailed.",
            "Ahmed Ali",
            "Islamic State",
        ),
        ("Ahmed Ali, who spent decades in the ranks of al-Qaeda, died.", "Ahmed Ali", "al-Qaeda"),
        ("Ahmed Ali, who was recruited by al-Shabaab at 15, surrendered.", "Ahmed Ali", "al-Shabaab"),
        # a second verb of the same man, after "and"
        (
            "Abu Khadija joined Boko Haram as a teenager and later led ISWAP.",
            "Abu Khadija",
            "Islamic State West Africa Province",
        ),
        (
            "Ahmed Ali was born in Mogadishu and joined al-Shabaab in 2010.",
            "Ahmed Ali",
            "al-Shabaab",
        ),
        # services named by a common noun: the navy, the air force, the chief of army staff
        (
            "The Nigerian Navy said boats were seized. Navy spokesman Adedotun Ayo-Vaughan said five were held.",
            "Adedotun Ayo-Vaughan",
            "Nigerian Navy",
        ),
        (
            "The Nigerian Army said troops repelled the attack. Chief of Army Staff, Lt. Gen. Taoreed Lagbaja, "
            "visited Maiduguri.",
            "Taoreed Lagbaja",
            "Nigerian Army",
        ),
        ("Ahmed Ali fights for al-Shabaab in Somalia.", "Ahmed Ali", "al-Shabaab"),
        ("The Taliban-appointed governor, Mullah Ahmad, spoke.", "Mullah Ahmad", "Taliban"),
        ("Mullah Ahmad, a Taliban-appointed governor, spoke.", "Mullah Ahmad", "Taliban"),
        # "he", or "the 34-year-old", opening a sentence about the one person named before
        (
            "Abu Khadija died in 2021. He commanded ISWAP fighters on the islands.",
            "Abu Khadija",
            "Islamic State West Africa Province",
        ),
        (
            "Tarek Brahimi was jailed on Friday. The 34-year-old joined the Islamic State in 2014.",
            "Tarek Brahimi",
            "Islamic State",
        ),
        # a conviction or an admission of membership
        (
            "Ahmed Musa was convicted of being a member of the Islamic State.",
            "Ahmed Musa",
            "Islamic State",
        ),
        ("Ahmed Musa admitted being a member of al-Shabaab.", "Ahmed Musa", "al-Shabaab"),
        ("Ahmed Musa was jailed for membership of the Islamic State.", "Ahmed Musa", "Islamic State"),
        # leaving a body says one was in it
        (
            "Mukhtar Robow, who defected from al-Shabaab in 2017, became a minister.",
            "Mukhtar Robow",
            "al-Shabaab",
        ),
        ("Nabil Sahraoui defected from the GIA in 1998.", "Nabil Sahraoui", "Armed Islamic Group"),
        (
            "Yusuf Demir, who had been expelled from the Muslim Brotherhood's youth wing, was acquitted.",
            "Yusuf Demir",
            "Muslim Brotherhood",
        ),
        # a secretary named by his department
        (
            "The designations were coordinated with the State Department. Secretary of State Antony Blinken "
            "said the United States would act.",
            "Antony Blinken",
            "United States Department of State",
        ),
        (
            "The Pentagon said the strike was lawful. Defense Secretary Lloyd Austin said it killed a commander.",
            "Lloyd Austin",
            "United States Department of Defense",
        ),
        # "he" after an opening phrase: the one person the sentence before names
        (
            "Abu Khadija was killed last month. Born in Borno in 1979, he joined Boko Haram as a teenager.",
            "Abu Khadija",
            "Boko Haram",
        ),
        (
            "Abu Khadija was killed in Kano. In 2016, he joined ISWAP.",
            "Abu Khadija",
            "Islamic State West Africa Province",
        ),
    ],
)
def test_a_person_belongs_to_the_body_the_phrase_names(
    extract_text: Extract, text: str, person: str, body: str
) -> None:
    assert has_fact(extract_text(text), person, AFF, body)


@pytest.mark.parametrize(
    ("text", "person", "not_body"),
    [
        # sympathy, inspiration and kinship are no membership
        ("Ahmed Ali, an Islamic State sympathiser, was jailed.", "Ahmed Ali", "Islamic State"),
        ("Ahmed Ali, who was inspired by the Islamic State, was jailed.", "Ahmed Ali", "Islamic State"),
        ("Mohammed Ali, the brother of a Hamas commander, was killed.", "Mohammed Ali", "Hamas"),
        ("Mohammad Khan, whose brother leads the Taliban, was arrested.", "Mohammad Khan", "Taliban"),
        # an accusation alone is not a finding
        (
            "Ahmed Musa was accused of being a member of the Islamic State.",
            "Ahmed Musa",
            "Islamic State",
        ),
        ("Ahmed Ali was convicted of killing a Hamas commander.", "Ahmed Ali", "Hamas"),
        # being in charge of an inquiry into a group, or escaping it, is no office in it
        (
            "Ahmed Ali, in charge of the investigation into al-Shabaab, spoke.",
            "Ahmed Ali",
            "al-Shabaab",
        ),
        ("Ahmed Ali, who escaped from al-Shabaab captivity, spoke.", "Ahmed Ali", "al-Shabaab"),
        ("Ahmed Ali is believed to have been killed by al-Shabaab.", "Ahmed Ali", "al-Shabaab"),
        # fighting with an army may be fighting against it
        ("Ahmed Ali fought with the Nigerian Army near Maiduguri.", "Ahmed Ali", "Nigerian Army"),
        # "described the man as": the verb has an object of its own, and the office is the man's
        ("Ahmed Ali described the man as a member of al-Shabaab.", "Ahmed Ali", "al-Shabaab"),
        # the verb after a relative clause is the clause's subject's, not the man named inside it
        (
            "Omar Hassan, the brother of Ahmed Ali, was named as a commander of al-Shabaab.",
            "Ahmed Ali",
            "al-Shabaab",
        ),
        # being abducted by a group, or studying it, is no membership
        ("Ahmed Ali, who was abducted by Boko Haram, escaped.", "Ahmed Ali", "Boko Haram"),
        ("Ahmed Ali, who has studied al-Shabaab for a decade, said it.", "Ahmed Ali", "al-Shabaab"),
        ("Ahmed Ali, known as a critic of Hamas, said it.", "Ahmed Ali", "Hamas"),
        # after "and", a verb whose subject is another: "the army ... and joined", "his brother joined"
        ("Ahmed Ali said the army attacked and joined al-Shabaab.", "Ahmed Ali", "al-Shabaab"),
        ("Ahmed Ali left Somalia in 2010 and his brother joined al-Shabaab.", "Ahmed Ali", "al-Shabaab"),
        # an army spokesman is not the air force's, though the air force is the one service named
        (
            "The Nigerian Air Force said the strike hit a camp. Army spokesman Onyema Nwachukwu said 20 died.",
            "Onyema Nwachukwu",
            "Nigerian Air Force",
        ),
        # "the army chief named P as a suspect": the chief is another man, who named him
        ("The Nigerian Army chief named Ahmed Ali as a suspect.", "Ahmed Ali", "Nigerian Army"),
        # the head of a body's rivals, or a critic of its wing, holds no office in it
        ("The head of Hamas's rivals, Ahmed Ali, said it.", "Ahmed Ali", "Hamas"),
        ("A critic of Hamas's military wing, Ahmed Ali, said it.", "Ahmed Ali", "Hamas"),
        # a rival's title is no title
        ("A rival of Hamas Mahmoud Abbas spoke.", "Mahmoud Abbas", "Hamas"),
        # "G fighters in Y, P said": the name opens an aside that cites him
        ("Hamas fighters in Gaza, Ahmed Ali said, were hiding.", "Ahmed Ali", "Hamas"),
        # talking to an outlet is not working for it
        ("Ahmed Ali, a Taliban spokesman, told Reuters the attack failed.", "Ahmed Ali", "Reuters"),
        # "he" after a sentence that names two people stands for no one that can be told
        (
            "Abu Khadija met Ali Nur in Kano. In 2016, he joined ISWAP.",
            "Abu Khadija",
            "Islamic State West Africa Province",
        ),
        ("Abu Khadija was killed last month. His brother joined Boko Haram.", "Abu Khadija", "Boko Haram"),
        # a "Secretary of State for" a portfolio is no secretary of the State Department
        (
            "The State Department condemned it. Grant Shapps, Secretary of State for Defence, said it was wrong.",
            "Grant Shapps",
            "United States Department of State",
        ),
        (
            "The State Department condemned it. Karine Jean-Pierre, the press secretary, said it was wrong.",
            "Karine Jean-Pierre",
            "United States Department of State",
        ),
    ],
)
def test_a_near_miss_gives_the_person_no_such_body(
    extract_text: Extract, text: str, person: str, not_body: str
) -> None:
    assert not_body not in bodies_of(extract_text(text), person)


# ------------------------------------------------------------------ lists


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Mohamed Mire and Abdullahi Fuad, both commanders of al-Shabaab, were killed.",
            "Mohamed Mire",
            "al-Shabaab",
        ),
        (
            "Ahmed Ali met Omar Hassan and Ali Nur, both commanders of al-Shabaab.",
            "Omar Hassan",
            "al-Shabaab",
        ),
        (
            "Al-Shabaab leaders Ahmed Iman Ali, Maalim Osman and Bashir Qorgab were named.",
            "Maalim Osman",
            "al-Shabaab",
        ),
        (
            "Al-Shabaab leaders Ahmed Iman Ali, Maalim Osman and Bashir Qorgab were named.",
            "Bashir Qorgab",
            "al-Shabaab",
        ),
        (
            "Hamas leaders Khalil al-Hayya and Zaher Jabarin met Turkish officials.",
            "Zaher Jabarin",
            "Hamas",
        ),
        (
            "Taliban officials Suhail Shaheen and Abdul Salam Hanafi attended the talks.",
            "Abdul Salam Hanafi",
            "Taliban",
        ),
        (
            "Mohammed Yusuf and Abubakar Shekau founded Boko Haram in 2002.",
            "Mohammed Yusuf",
            "Boko Haram",
        ),
        (
            "Mohammed Yusuf and Abubakar Shekau, who founded Boko Haram, were killed.",
            "Mohammed Yusuf",
            "Boko Haram",
        ),
        (
            "Members of al-Shabaab, including Ahmed Ali and Omar Hassan, were killed.",
            "Omar Hassan",
            "al-Shabaab",
        ),
        (
            "Abu Sayyaf members, including a suspect known only as Kamah, studied the target.",
            "Kamah",
            "Abu Sayyaf Group",
        ),
        (
            "Those killed included Saleh al-Arouri (Hamas), Abu Taleb (Hezbollah) and Ali Hijazi "
            "(Palestinian Islamic Jihad).",
            "Abu Taleb",
            "Hezbollah",
        ),
        (
            "Those killed included Saleh al-Arouri (Hamas), Abu Taleb (Hezbollah) and Ali Hijazi "
            "(Palestinian Islamic Jihad).",
            "Ali Hijazi",
            "Palestinian Islamic Jihad",
        ),
    ],
)
def test_a_listed_person_belongs_where_the_list_does(
    extract_text: Extract, text: str, person: str, body: str
) -> None:
    assert has_fact(extract_text(text), person, AFF, body)


@pytest.mark.parametrize(
    ("text", "person", "not_body"),
    [
        # a singular title after a list is the last name's alone
        ("Ahmed Ali and Omar Hassan, a commander of al-Shabaab, were killed.", "Ahmed Ali", "al-Shabaab"),
        ("Ahmed Ali and Omar Hassan, the head of the Shin Bet, met.", "Ahmed Ali", "Shin Bet"),
        # "G leader A and B": one leader, then another man
        ("Hamas leader Ismail Haniyeh and Benjamin Netanyahu met.", "Benjamin Netanyahu", "Hamas"),
        # the one who met them is not listed with them
        ("Ahmed Ali met Omar Hassan and Ali Nur, both commanders of al-Shabaab.", "Ahmed Ali", "al-Shabaab"),
        # a group's victims and targets are not its members
        (
            "Victims of al-Shabaab, including Ahmed Ali and Omar Hassan, were buried.",
            "Omar Hassan",
            "al-Shabaab",
        ),
        (
            "Al-Shabaab targets, including Ahmed Ali and Omar Hassan, were killed.",
            "Ahmed Ali",
            "al-Shabaab",
        ),
        # a bracket that describes the person names no body
        ("Ahmed Ali (pictured with Hamas leaders) spoke.", "Ahmed Ali", "Hamas"),
        # people who told an outlet something did not join it
        ("Ahmed Ali and Omar Hassan told the BBC that it was over.", "Ahmed Ali", "BBC"),
    ],
)
def test_a_near_miss_keeps_the_list_apart(
    extract_text: Extract, text: str, person: str, not_body: str
) -> None:
    assert not_body not in bodies_of(extract_text(text), person)


# ------------------------------------------------------------------ whole articles


def _read(name: str, extractor: SpacyRuleExtractor) -> Extraction:
    (document,) = read_file(ARTICLES / name)
    return extractor.extract(document)


ARTICLE_FACTS = {
    "court_report.txt": [
        ("Tarek Brahimi", "Islamic State"),
        ("Renate Vollmer", "Higher Regional Court"),
        ("Yusuf Demir", "Muslim Brotherhood"),
        ("Lena Hartmann", "Counter Extremism Project"),
        ("Abu Hafs al-Iraqi", "Islamic State"),
        ("Peter Kovacs", "Der Spiegel"),
    ],
    "thinktank_profile.txt": [
        ("Miriam Okello", "Hiraal Institute"),
        ("Ahmed Diriye", "al-Shabaab"),
        ("Mahad Karate", "al-Shabaab"),
        ("Fuad Shongole", "al-Shabaab"),
        ("Ali Dhere", "al-Shabaab"),
        ("Abdirahman Warsame", "al-Shabaab"),
        ("Yusuf Kabakutukade", "al-Shabaab"),
        ("Jehad Mostafa", "al-Shabaab"),
        ("Mohamed Mire", "al-Shabaab"),
        ("Abdullahi Fuad", "al-Shabaab"),
        ("Ahmed Iman Ali", "al-Shabaab"),
        ("Maalim Osman", "al-Shabaab"),
        ("Bashir Qorgab", "al-Shabaab"),
        ("Mukhtar Robow", "al-Shabaab"),
        ("Omar Mahmood", "International Crisis Group"),
    ],
    "wire_brief.txt": [
        ("Hassan Nasrallah Daher", "Hezbollah"),
        ("Avichay Adraee", "Israel Defense Forces"),
        ("Ibrahim Moussawi", "Hezbollah"),
        ("Osama Hamdan", "Hamas"),
        ("Fuad Shukr", "Hezbollah"),
        ("Mohanad Hage Ali", "Malcolm H. Kerr Carnegie Middle East Center"),
    ],
    "press_release.txt": [
        ("Brian Nelson", "United States Department of the Treasury"),
        ("Abdiweli Mohamed Yusuf", "Islamic State Somalia Province"),
        ("Farhad Hoomer", "Islamic State"),
        ("Ismail Siyad", "Islamic State Somalia Province"),
        ("Mohamed Ahmed Qahiye", "Islamic State Somalia Province"),
        ("Abdulqadir Mumin", "Islamic State Somalia Province"),
        ("Antony Blinken", "United States Department of State"),
    ],
    "interview_feature.txt": [
        ("Abubakar Shekau", "Boko Haram"),
        ("Bukar Lawan", "Islamic State West Africa Province"),
        ("Ali Ngulde", "Boko Haram"),
        ("Edward Buba", "Nigerian Army"),
        ("Vincent Foucher", "French National Centre for Scientific Research"),
    ],
    "obituary_profile.txt": [
        ("Abu Khadija", "Boko Haram"),
        ("Abu Khadija", "Islamic State West Africa Province"),
        ("Abu Musab al-Barnawi", "Islamic State West Africa Province"),
        ("Audu Bulama Bukarti", "Tony Blair Institute for Global Change"),
    ],
    "military_statement.txt": [
        ("Olufemi Oluyede", "Nigerian Army"),
        ("Abu Fatima", "Islamic State West Africa Province"),
        ("Malam Dungus", "Islamic State West Africa Province"),
        ("Adedotun Ayo-Vaughan", "Nigerian Navy"),
        ("Bakura Umar", "Boko Haram"),
        ("Bakura Umar", "Islamic State West Africa Province"),
        ("Markus Kangye", "Nigerian Army"),
        ("Ibrahim Liman", "Civilian Joint Task Force"),
        ("Mohammed Malick Fall", "United Nations"),
    ],
    "gaza_talks_analysis.txt": [
        ("Khalil al-Hayya", "Hamas"),
        ("Zaher Jabarin", "Hamas"),
        ("Husam Badran", "Hamas"),
        ("Mohammed Darwish", "Hamas"),
        ("Ziad al-Nakhalah", "Palestinian Islamic Jihad"),
        ("Jamil Mezher", "Popular Front for the Liberation of Palestine"),
        ("Talal Naji", "Popular Front for the Liberation of Palestine – General Command"),
        ("Mohammed Sinwar", "Izz ad-Din al-Qassam Brigades"),
        ("David Barnea", "Mossad"),
        ("Ronen Bar", "Shin Bet"),
        ("Hassan Rashad", "General Intelligence Directorate"),
        ("Tahani Mustafa", "International Crisis Group"),
        ("Ghaith al-Omari", "Washington Institute for Near East Policy"),
    ],
}

# what each article says that must not be read as an affiliation
ARTICLE_NEAR_MISSES = {
    "court_report.txt": [("Peter Kovacs", "Deutsche Welle")],
    "thinktank_profile.txt": [("Jehad Mostafa", "Federal Bureau of Investigation")],
    "press_release.txt": [("Antony Blinken", "United States Department of the Treasury")],
    "interview_feature.txt": [("Aisha Wakil", "BBC"), ("Zagazola Makama", "Reuters")],
    "obituary_profile.txt": [("Mohammed Yusuf", "Islamic State West Africa Province")],
    "gaza_talks_analysis.txt": [("David Barnea", "Shin Bet")],
    "military_statement.txt": [
        ("Ibrahim Liman", "Agence France-Presse"),
        ("Olufemi Oluyede", "Nigerian Navy"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_FACTS))
def test_each_article_reads_its_people_and_their_bodies(extractor: SpacyRuleExtractor, name: str) -> None:
    x = _read(name, extractor)
    missing = [(p, o) for p, o in ARTICLE_FACTS[name] if not has_fact(x, p, AFF, o)]
    assert not missing, missing
    wrong = [(p, o) for p, o in ARTICLE_NEAR_MISSES.get(name, []) if o in bodies_of(x, p)]
    assert not wrong, wrong

"""Relation rules for phrasings a fourth held-out pass showed missing, each beside a near miss it must leave alone.

Every sentence was written for these tests. The phrasings are the ones news and analysis use for where a
group is (it "controls the port city of X", "is strongest in the states of A and B", "uses the territory of
X as a rear base"), for its parts and offshoots ("the B's suicide squad", "its media arm N", "a second X
splinter"), for its allies and rivals ("their ally in X", "the two have been at war ever since"), and for
the people around it (an author's footer, "Interior Minister P"). The articles in `tests/data/heldout4/`
put them together in five outlets' styles and regions; each is checked whole at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from readings import facts, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]
ARTICLES = Path(__file__).parent / "data" / "heldout4"
SYMMETRIC = ("alliedWith", "rivalOf")

ADF, ISWAP, JNIM = (
    "Allied Democratic Forces",
    "Islamic State West Africa Province",
    "Jama'at Nusrat al-Islam wal-Muslimin",
)
ISS, BLA = "Islamic State Somalia Province", "Balochistan Liberation Army"


def about(extraction: Extraction, name: str, p: str) -> set[str]:
    return {o for s, q, o in facts(extraction) if s == name and q == p}


# ------------------------------------------------------------------ operatesIn


@pytest.mark.parametrize(
    ("text", "group", "places"),
    [
        # holding ground: the place may be a city "of", or the second of two objects
        (
            "Al-Shabaab was driven out of Mogadishu in 2011. The rebels still control the port city of Kismayo "
            "and much of southern Somalia.",
            "al-Shabaab",
            {"Kismayo", "Somalia"},
        ),
        (
            "The Allied Democratic Forces are strongest in the provinces of Ituri and North Kivu.",
            ADF,
            {"Ituri", "North Kivu"},
        ),
        ("ISWAP is strongest in the states of Borno and Yobe.", ISWAP, {"Borno", "Yobe"}),
        (
            "The leadership of the PKK is based in the Qandil mountains of northern Iraq.",
            "Kurdistan Workers' Party",
            {"Iraq"},
        ),
        (
            "The ADF denies it. The group's leadership is based in the Rwenzori mountains of eastern Congo.",
            ADF,
            {"Rwenzori", "Democratic Republic of the Congo"},
        ),
        (
            "The PKK denies it. Its leadership is based in the mountains of northern Iraq.",
            "Kurdistan Workers' Party",
            {"Iraq"},
        ),
        ("Boko Haram used the territory of Cameroon as a rear base for years.", "Boko Haram", {"Cameroon"}),
        ("In 2021 the ADF moved its fighters into the forests of Ituri.", ADF, {"Ituri"}),
        ("After the offensive, ISWAP regrouped around the Mandara hills.", ISWAP, {"Mandara Mountains"}),
        (
            "The Sambisa Forest has long been a hideout for Boko Haram cells.",
            "Boko Haram",
            {"Sambisa Forest"},
        ),
        ("Al-Shabaab runs checkpoints along the Mogadishu highway.", "al-Shabaab", {"Mogadishu"}),
        ("Kismayo remains under al-Shabaab control.", "al-Shabaab", {"Kismayo"}),
        ("ADF fighters roam the forests of Ituri.", ADF, {"Ituri"}),
        (
            "Over the past year JNIM has extended its reach into northern Benin and Togo.",
            JNIM,
            {"Benin", "Togo"},
        ),
        (
            "The Boko Haram insurgency in northeast Nigeria has killed more than 35,000 people.",
            "Boko Haram",
            {"Nigeria"},
        ),
        (
            "Ansar al-Sunna, whose stronghold is Mocimboa da Praia, has been weakened.",
            "Ansar al-Sunna (Mozambique)",
            {"Mocímboa da Praia"},
        ),
        ("JNIM has killed hundreds of civilians in central Mali.", JNIM, {"Mali"}),
        ("Lakurawa fighters have been spotted in Sokoto and Kebbi states.", "Lakurawa", {"Sokoto", "Kebbi"}),
        ("The CODECO militia is one of several armed groups operating in Ituri.", "CODECO", {"Ituri"}),
        (
            "ISWAP, which split from Boko Haram in 2016, dominates the shores of Lake Chad.",
            ISWAP,
            {"Lake Chad Basin"},
        ),
        (
            "The March 23 Movement, whose fighters seized Goma in January, denies it.",
            "March 23 Movement",
            {"Goma"},
        ),
        (
            "The ISSP has tightened its grip on the Menaka region of Mali.",
            "Islamic State Sahel Province",
            {"Ménaka Region", "Mali"},
        ),
        ("Since 2015 JNIM has spread from Mali to Burkina Faso.", JNIM, {"Mali", "Burkina Faso"}),
        ("The Islamic State remains a potent force in Syria.", "Islamic State", {"Syria"}),
        ("Al-Shabaab conducts operations in Kenya.", "al-Shabaab", {"Kenya"}),
        ("JNIM operates on both sides of the border between Mali and Niger.", JNIM, {"Mali", "Niger"}),
        ("Al-Shabaab runs a shadow government in the Jubba valley.", "al-Shabaab", {"Jubba"}),
        ("Al-Shabaab has a base in Jilib.", "al-Shabaab", {"Jilib"}),
        ("The army retook Djibo, where JNIM is strong.", JNIM, {"Djibo"}),
    ],
)
def test_where_a_group_is_active(extract_text: Extract, text: str, group: str, places: set[str]) -> None:
    assert places <= about(extract_text(text), group, "operatesIn")


def test_a_place_home_to_groups(extract_text: Extract) -> None:
    x = extract_text("Mali is also home to other armed groups, among them Katiba Macina and Ansar Dine.")
    assert has_fact(x, "Katiba Macina", "operatesIn", "Mali")
    assert has_fact(x, "Ansar Dine", "operatesIn", "Mali")


def test_a_place_the_pronoun_calls_a_stronghold(extract_text: Extract) -> None:
    x = extract_text(
        "Ansar al-Sunna lost ground in 2021. The militants fled to Macomia, their last stronghold."
    )
    assert has_fact(x, "Ansar al-Sunna (Mozambique)", "operatesIn", "Macomia")


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        # one attack, one raid, one clash is not where a group is active
        ("ISWAP launched an attack on a military base in Maiduguri on Monday.", ISWAP, "Maiduguri"),
        ("Al-Shabaab carried out a suicide bombing in Nairobi in 2013.", "al-Shabaab", "Nairobi"),
        ("ISWAP clashed with soldiers in Maiduguri last week.", ISWAP, "Maiduguri"),
        ("Nigerian troops killed the insurgents in Monguno. ISWAP did not comment.", ISWAP, "Monguno"),
        # the parent named in an apposition is not the subject of the verb after it
        (
            "JNIM, the Sahel branch of al-Qaeda, is now active across Mali and Burkina Faso.",
            "al-Qaeda",
            "Mali",
        ),
        (
            "JNIM, which formed in 2017 from the merger of Ansar Dine, Katiba Macina and al-Mourabitoun, is now "
            "active across Mali and Niger.",
            "al-Mourabitoun",
            "Mali",
        ),
        # a country named in the sentence, not said to hold the group
        ("The ADF, which Uganda accuses of attacks in Kampala, is active in Congo.", ADF, "Uganda"),
        ("Mali is home to 22 million people, and JNIM attacked Bamako in 2024.", JNIM, "Mali"),
        ("Troops pushed al-Shabaab out of Mogadishu in 2011.", "al-Shabaab", "Mogadishu"),
        ("Al-Shabaab was pushed out of Mogadishu in 2011.", "al-Shabaab", "Mogadishu"),
        ("Al-Shabaab mounted an attack on a base in Lamu.", "al-Shabaab", "Lamu"),
        ("The army retook Djibo, where JNIM attacked a convoy.", JNIM, "Djibo"),
        # "the forces" may be anyone's
        ("ISWAP attacked Monguno, and the forces in Borno responded.", ISWAP, "Borno"),
        ("The town was retaken from al-Shabaab in 2019, and Kenya withdrew.", "al-Shabaab", "Kenya"),
    ],
)
def test_near_misses_of_where_a_group_is_active(
    extract_text: Extract, text: str, group: str, place: str
) -> None:
    assert place not in about(extract_text(text), group, "operatesIn")


def test_the_parent_of_a_branch_active_across_a_region_is_not_placed(extract_text: Extract) -> None:
    x = extract_text("JNIM, the Sahel branch of al-Qaeda, is now active across Mali and Burkina Faso.")
    assert {"Mali", "Burkina Faso"} <= about(x, JNIM, "operatesIn")
    assert about(x, "al-Qaeda", "operatesIn") == set()


# ------------------------------------------------------------------ affiliateOf


@pytest.mark.parametrize(
    ("text", "part", "parent"),
    [
        (
            "The Tariq Brigade, the Hizbul Mujahideen's suicide squad, was formed in 2019.",
            "Tariq Brigade",
            "Hizbul Mujahideen",
        ),
        (
            "The UN peacekeeping mission, MONUSCO, withdrew from Bunia.",
            "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
            "United Nations",
        ),
        (
            "The Syrian Observatory is a project of the Carter Center.",
            "Syrian Observatory for Human Rights",
            "Carter Center",
        ),
        (
            "The Islamic State publishes its claims through its news agency Amaq.",
            "Amaq News Agency",
            "Islamic State",
        ),
        ("Al-Shabaab spreads videos through its media arm al-Kataib.", "al-Kataib Media", "al-Shabaab"),
        (
            "The EU's naval mission, Operation Atalanta, patrols the Gulf of Aden.",
            "EUNAVFOR Atalanta",
            "European Union",
        ),
        (
            "Al-Qaeda in Iraq later built its Syrian extension, the al-Nusra Front.",
            "al-Nusra Front",
            "al-Qaeda in Iraq",
        ),
        (
            "JNIM has grown since 2017. Its largest faction, Katiba Macina, operates in central Mali.",
            "Katiba Macina",
            JNIM,
        ),
        (
            "ISWAP has grown. Its intelligence wing, known as the Amniyat, vets new recruits.",
            "Amniyat",
            ISWAP,
        ),
        (
            "The Qassam Brigades, presented as the core of Hamas, held the city.",
            "Izz ad-Din al-Qassam Brigades",
            "Hamas",
        ),
        (
            "Ahrar al-Sham serves as the armed wing of the Syrian Islamic Front.",
            "Ahrar al-Sham",
            "Syrian Islamic Front",
        ),
        (
            "The Majeed Brigade carried out the attack, the BLA said in a statement issued through its media arm Hakkal.",
            "Hakkal",
            BLA,
        ),
    ],
)
def test_a_part_named_by_what_it_does(extract_text: Extract, text: str, part: str, parent: str) -> None:
    assert has_fact(extract_text(text), part, "affiliateOf", parent)


@pytest.mark.parametrize(
    ("text", "s", "o"),
    [
        # a breakaway faction is a splinter, not a part
        (
            "The Pakistani Taliban's breakaway faction, Jamaat-ul-Ahrar, claimed the bombing.",
            "Jamaat-ul-Ahrar",
            "Tehrik-i-Taliban Pakistan",
        ),
        # "its" is the subject's, not the group named in between
        ("Al-Shabaab fought ISS in Puntland, and its media arm al-Kataib filmed it.", "al-Kataib Media", ISS),
        # a mission of one body named beside another is not that body's
        (
            "The UN and the African Union mission, AUSSOM, met in Mogadishu.",
            "African Union Support and Stabilization Mission in Somalia",
            "United Nations",
        ),
    ],
)
def test_near_misses_of_a_part(extract_text: Extract, text: str, s: str, o: str) -> None:
    assert not has_fact(extract_text(text), s, "affiliateOf", o)


# ------------------------------------------------------------------ formedFrom


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        (
            "The Islamic State Sahel Province emerged from a split within the Islamic State West Africa Province.",
            "Islamic State Sahel Province",
            ISWAP,
        ),
        (
            "Jamaat-ul-Ahrar is a breakaway faction of the Pakistani Taliban.",
            "Jamaat-ul-Ahrar",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "The Pakistani Taliban's breakaway faction, Jamaat-ul-Ahrar, claimed the bombing.",
            "Jamaat-ul-Ahrar",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "A second Boko Haram splinter, the Lakurawa group, has been blamed for killings in Sokoto state.",
            "Lakurawa",
            "Boko Haram",
        ),
        (
            "Hurras al-Din, which broke with Hayat Tahrir al-Sham in 2018, is small.",
            "Hurras al-Din",
            "Hayat Tahrir al-Sham",
        ),
        (
            "Jund al-Aqsa was formed when commanders defected from the al-Nusra Front.",
            "Jund al-Aqsa",
            "al-Nusra Front",
        ),
        ("Lakurawa, a second Boko Haram splinter, emerged in 2018.", "Lakurawa", "Boko Haram"),
        ("Ansaru was set up by another group of Boko Haram dissidents.", "Ansaru", "Boko Haram"),
        (
            "Ahmed Diriye leads al-Shabaab. In 2015 Abdulqadir Mumin split from Diriye's command and formed the "
            "Islamic State Somalia Province.",
            ISS,
            "al-Shabaab",
        ),
    ],
)
def test_a_splinter(extract_text: Extract, text: str, new: str, old: str) -> None:
    assert has_fact(extract_text(text), new, "formedFrom", old)


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        # a leader who led no group the text names gives no parent
        (
            "In 2015 Abdulqadir Mumin split from Diriye's command and formed the Islamic State Somalia Province.",
            ISS,
            "al-Shabaab",
        ),
        # a group that only comments is no parent
        ("Ansaru was set up in Kano by another group of preachers, Boko Haram said.", "Ansaru", "Boko Haram"),
    ],
)
def test_near_misses_of_a_splinter(extract_text: Extract, text: str, new: str, old: str) -> None:
    assert not has_fact(extract_text(text), new, "formedFrom", old)


# ------------------------------------------------------------------ alliedWith, rivalOf


@pytest.mark.parametrize(
    ("text", "a", "p", "b"),
    [
        (
            "Al-Shabaab dominates southern Somalia, while its much smaller rival, the Islamic State Somalia "
            "Province, holds the Cal Miskaad hills.",
            "al-Shabaab",
            "rivalOf",
            ISS,
        ),
        (
            "The Islamic State Somalia Province broke away from al-Shabaab in 2015. The two have been at war ever since.",
            ISS,
            "rivalOf",
            "al-Shabaab",
        ),
        (
            "Al-Shabaab fought a rival militia, the Islamic State Somalia Province, in Puntland.",
            "al-Shabaab",
            "rivalOf",
            ISS,
        ),
        (
            "The Houthis have been fighting the Islamic State in Yemen.",
            "Houthis",
            "rivalOf",
            "Islamic State Yemen Province",
        ),
        (
            "Ahrar al-Sham has long been at odds with Hayat Tahrir al-Sham.",
            "Ahrar al-Sham",
            "rivalOf",
            "Hayat Tahrir al-Sham",
        ),
        (
            "Al-Shabaab dominates the south. Its rival faction, the Islamic State Somalia Province, holds Puntland.",
            "al-Shabaab",
            "rivalOf",
            ISS,
        ),
        ("The Houthis receive weapons from Hezbollah.", "Houthis", "alliedWith", "Hezbollah"),
        (
            "The ADF has forged an alliance with the Islamic State Central Africa Province.",
            ADF,
            "alliedWith",
            "Islamic State Central Africa Province",
        ),
        (
            "Hezbollah trains fighters for the Houthis, their ally in Yemen.",
            "Hezbollah",
            "alliedWith",
            "Houthis",
        ),
        (
            "The Arakan Army belongs to the Three Brotherhood Alliance. The Ta'ang National Liberation Army, their ally in "
            "northern Shan state, seized Mogok.",
            "Arakan Army",
            "alliedWith",
            "Ta'ang National Liberation Army",
        ),
        (
            "The ADF cooperates closely with the Islamic State Central Africa Province.",
            ADF,
            "alliedWith",
            "Islamic State Central Africa Province",
        ),
    ],
)
def test_allies_and_rivals(extract_text: Extract, text: str, a: str, p: str, b: str) -> None:
    assert has_fact(extract_text(text), a, p, b)


@pytest.mark.parametrize(
    ("text", "a", "p", "b"),
    [
        # a truce is no alliance; a rival faction is no part
        ("The Taliban signed a truce with the TTP.", "Taliban", "alliedWith", "Tehrik-i-Taliban Pakistan"),
        (
            "Al-Shabaab dominates the south. Its rival faction, the Islamic State Somalia Province, holds Puntland.",
            ISS,
            "affiliateOf",
            "al-Shabaab",
        ),
        # the verb's object is the other group's kin, not the group
        (
            "The BLA has been fighting the Baloch Republican Army's rivals.",
            BLA,
            "rivalOf",
            "Baloch Republican Army",
        ),
        # "the two" needs exactly two groups in the sentence before
        (
            "JNIM, ISSP and Ansarul Islam are active in Burkina Faso. The two have been at war since 2020.",
            JNIM,
            "rivalOf",
            "Islamic State Sahel Province",
        ),
        # the clause after an apposition is about its head, not the group inside it
        (
            "The ISSP, formerly part of the Islamic State West Africa Province, has been fighting JNIM since 2020.",
            ISWAP,
            "rivalOf",
            JNIM,
        ),
    ],
)
def test_near_misses_of_allies_and_rivals(extract_text: Extract, text: str, a: str, p: str, b: str) -> None:
    assert not has_fact(extract_text(text), a, p, b)


# ------------------------------------------------------------------ affiliatedWith


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Amina Yusuf is a senior research fellow at the Royal United Services Institute.",
            "Amina Yusuf",
            "Royal United Services Institute",
        ),
        (
            '"The group is adapting," said Tomas Berg, a researcher at the Clingendael Institute.',
            "Tomas Berg",
            "Clingendael Institute",
        ),
        (
            "Minister of Interior Olubunmi Tunji-Ojo said the Ministry of Interior would open new posts.",
            "Olubunmi Tunji-Ojo",
            "Ministry of Interior",
        ),
        (
            "Pakistan's Interior Ministry said that Interior Minister Mohsin Naqvi had ordered an inquiry.",
            "Mohsin Naqvi",
            "Ministry of Interior (Pakistan)",
        ),
        (
            "Defence Minister Khawaja Asif blamed the TTP. The Ministry of Defence said ten soldiers died.",
            "Khawaja Asif",
            "Ministry of Defence",
        ),
        (
            "Hans Jakob Schindler is director of the Counter Extremism Project.",
            "Hans Jakob Schindler",
            "Counter Extremism Project",
        ),
        ("Abu Ubaydah was appointed head of al-Shabaab in 2014.", "Abu Ubaydah", "al-Shabaab"),
        (
            "The al-Nusra Front grew quickly. The front's commander, known by the alias Abu Mohammad al-Jolani, "
            "rarely appeared in public.",
            "Abu Mohammad al-Jolani",
            "al-Nusra Front",
        ),
    ],
)
def test_people_and_their_organisations(extract_text: Extract, text: str, person: str, org: str) -> None:
    assert has_fact(extract_text(text), person, "affiliatedWith", org)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a head of state or an officer is not a member of the group he fights
        (
            "President Bola Tinubu of Nigeria ordered the army to crush Boko Haram.",
            "Bola Tinubu",
            "Boko Haram",
        ),
        (
            "Somali President Hassan Sheikh Mohamud vowed to defeat al-Shabaab.",
            "Hassan Sheikh Mohamud",
            "al-Shabaab",
        ),
        (
            "Colonel Abdou Sidikou, commander of the Nigerien army, led the offensive against JNIM.",
            "Abdou Sidikou",
            JNIM,
        ),
        ("Ali Ahmed was killed by a commander of the ADF.", "Ali Ahmed", ADF),
        # a minister whose ministry the text does not name, or names twice for two countries, is left alone
        (
            "Interior Minister Mohsin Naqvi spoke. Pakistan's Interior Ministry and Nigeria's Ministry of Interior met.",
            "Mohsin Naqvi",
            "Ministry of Interior",
        ),
        (
            "Prime Minister Shehbaz Sharif met the Interior Ministry's officials.",
            "Shehbaz Sharif",
            "Ministry of Interior",
        ),
    ],
)
def test_near_misses_of_people_and_their_organisations(
    extract_text: Extract, text: str, person: str, org: str
) -> None:
    assert not has_fact(extract_text(text), person, "affiliatedWith", org)


# ------------------------------------------------------------------ locatedIn


def test_a_list_of_places_in_one_place(extract_text: Extract) -> None:
    x = extract_text("Fighting spread to Palma, Macomia and Muidumbe in northern Mozambique.")
    assert {s for s, p, o in facts(x) if p == "locatedIn" and o == "Mozambique"} == {
        "Palma",
        "Macomia",
        "Muidumbe",
    }
    x = extract_text("Troops patrol the towns of Djibo and Arbinda in Burkina Faso's Soum province.")
    assert {"Djibo", "Arbinda"} <= {s for s, p, o in facts(x) if p == "locatedIn" and o == "Soum"}


def test_places_listed_as_raid_sites_are_not_in_one_another(extract_text: Extract) -> None:
    x = extract_text("Police raided homes in Mombasa, Nairobi and Garissa on Monday.")
    assert {(s, o) for s, p, o in facts(x) if p == "locatedIn"} == set()


def test_a_pronoun_for_a_country_is_not_a_group(extract_text: Extract) -> None:
    x = extract_text(
        "Al-Shabaab attacked Lamu. Kenya said its army, the Kenya Defence Forces, would respond."
    )
    assert not has_fact(x, "Kenya Defence Forces", "affiliateOf", "al-Shabaab")


# ------------------------------------------------------------------ the articles, whole


@pytest.fixture(scope="module")
def article(read_article: Callable[[Path], list[Extraction]]) -> Callable[[str], list[Extraction]]:
    return lambda name: read_article(ARTICLES / name)


def test_ituri_wire(article: Callable[[str], list[Extraction]]) -> None:
    (x,) = article("ituri_wire.txt")
    assert has_fact(x, ADF, "alliedWith", "Islamic State")
    assert {"Beni territory", "Rwenzori", "Democratic Republic of the Congo"} <= about(x, ADF, "operatesIn")
    assert has_fact(x, "Musa Baluku", "affiliatedWith", ADF)
    assert {"CODECO", "Zaire"} <= {s for s, p, o in facts(x) if p == "operatesIn" and o == "Ituri"}
    assert has_fact(x, "CODECO", "rivalOf", "Zaire")
    assert has_fact(
        x,
        "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
        "affiliateOf",
        "United Nations",
    )
    assert has_fact(x, "Josaphat Musamba", "affiliatedWith", "Ghent University")
    assert has_fact(x, "March 23 Movement", "operatesIn", "Goma")
    assert not has_fact(x, "Yoweri Museveni", "affiliatedWith", ADF)


def test_chad_basin_page(article: Callable[[str], list[Extraction]]) -> None:
    (x,) = article("chad_basin.html")
    assert has_fact(x, ISWAP, "formedFrom", "Boko Haram")
    assert has_fact(x, "Boko Haram", "operatesIn", "Sambisa Forest")
    assert {"Borno", "Yobe", "Maiduguri", "Niger"} <= about(x, ISWAP, "operatesIn")
    assert has_fact(x, "Ansaru", "formedFrom", "Boko Haram")
    assert has_fact(x, "Lakurawa", "formedFrom", "Boko Haram")
    assert has_fact(x, "Lakurawa", "operatesIn", "Sokoto State")
    assert has_fact(x, "Amaq News Agency", "affiliateOf", ISWAP)
    assert has_fact(x, "Amniyat", "affiliateOf", ISWAP)
    assert has_fact(x, "Onyema Nwachukwu", "affiliatedWith", "Nigerian Army")
    assert has_fact(x, "Vincent Foucher", "affiliatedWith", "French National Centre for Scientific Research")
    assert not has_fact(x, "Onyema Nwachukwu", "affiliatedWith", ISWAP)


def test_balochistan_report(article: Callable[[str], list[Extraction]]) -> None:
    (x,) = article("balochistan_report.txt")
    assert has_fact(x, "Majeed Brigade", "affiliateOf", BLA)
    assert has_fact(x, "Hakkal", "affiliateOf", BLA)
    assert has_fact(x, BLA, "operatesIn", "Afghanistan")
    assert has_fact(x, "Baloch Republican Army", "formedFrom", BLA)
    assert has_fact(x, "Baloch Republican Army", "affiliateOf", "Baloch Raaji Aajoi Sangar")
    assert has_fact(x, "Bashir Zeb", "affiliatedWith", BLA)
    assert has_fact(x, "Jaish al-Adl", "operatesIn", "Sistan and Baluchestan")
    assert not has_fact(x, BLA, "rivalOf", "Baloch Republican Army")


def test_myanmar_analysis(article: Callable[[str], list[Extraction]]) -> None:
    (x,) = article("myanmar_analysis.md")
    aa = "Arakan Army"
    assert {"Paletwa", "Rakhine State"} <= about(x, aa, "operatesIn")
    assert has_fact(x, aa, "alliedWith", "Kachin Independence Army")
    assert has_fact(x, "Ta'ang National Liberation Army", "operatesIn", "Mogok")
    assert has_fact(x, "Arakan Rohingya Salvation Army", "operatesIn", "Cox’s Bāzār")
    assert has_fact(x, "Ye Myo Hein", "affiliatedWith", "Wilson Center")
    assert not has_fact(x, "Min Aung Hlaing", "affiliatedWith", aa)


def test_sahel_feed(article: Callable[[str], list[Extraction]]) -> None:
    djibo, menaka = article("sahel_feed.jsonl")
    assert has_fact(djibo, JNIM, "affiliateOf", "al-Qaeda")
    assert {"Mali", "Burkina Faso", "Niger", "Benin", "Togo"} <= about(djibo, JNIM, "operatesIn")
    assert about(djibo, "al-Qaeda", "operatesIn") == set()
    assert about(djibo, "al-Mourabitoun", "operatesIn") == set()
    assert has_fact(djibo, "Katiba Macina", "affiliateOf", JNIM)
    assert has_fact(djibo, "Amadou Koufa", "affiliatedWith", "Katiba Macina")
    issp = "Islamic State Sahel Province"
    assert {"Ménaka Region", "Mali"} <= about(menaka, issp, "operatesIn")
    assert has_fact(menaka, issp, "rivalOf", JNIM)
    assert not has_fact(menaka, ISWAP, "rivalOf", JNIM)
    assert has_fact(menaka, "Ansarul Islam", "operatesIn", "Soum")


def test_colombia_brief(article: Callable[[str], list[Extraction]]) -> None:
    (x,) = article("colombia_brief.md")
    eln, emc = "National Liberation Army (Colombia)", "Estado Mayor Central"
    # a fact sheet's entries: the label names the group, the sentences after it leave it out
    assert {"Venezuela", "Arauca", "Norte de Santander", "Chocó", "Apure"} <= about(x, eln, "operatesIn")
    assert has_fact(x, "Segunda Marquetalia", "formedFrom", "Revolutionary Armed Forces of Colombia")
    assert has_fact(x, "Carlos Patiño Front", "affiliateOf", emc)
    assert not has_fact(x, "Carlos Patiño Front", "affiliateOf", "FARC dissidents")
    assert has_fact(x, "33rd Front", "affiliateOf", emc)
    assert has_fact(x, "Comandos de la Frontera", "formedFrom", "Segunda Marquetalia")
    assert not has_fact(x, "FARC dissidents", "formedFrom", "Segunda Marquetalia")
    assert has_fact(x, eln, "rivalOf", emc)
    assert has_fact(x, "Pedro Sánchez", "affiliatedWith", "Ministry of Defence")
    assert has_fact(x, "Elizabeth Dickinson", "affiliatedWith", "International Crisis Group")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The National Liberation Army (ELN) remains the largest, with 6,000 fighters, and it has used the "
            "territory of Venezuela as a rear base.",
            ("National Liberation Army (Colombia)", "operatesIn", "Venezuela"),
        ),
        (
            "The ELN and the EMC have been fighting each other in Arauca since 2022.",
            ("National Liberation Army (Colombia)", "rivalOf", "Estado Mayor Central"),
        ),
        (
            "The ELN and the EMC have been fighting each other in Arauca since 2022.",
            ("National Liberation Army (Colombia)", "operatesIn", "Arauca"),
        ),
        (
            "In January the ELN attacked the 33rd Front of the Estado Mayor Central.",
            ("33rd Front", "affiliateOf", "Estado Mayor Central"),
        ),
        (
            "- **Segunda Marquetalia.** Emerged from a split within the FARC in 2019.",
            ("Segunda Marquetalia", "formedFrom", "Revolutionary Armed Forces of Colombia"),
        ),
        (
            "- **Estado Mayor Central (EMC).** Active in Cauca.",
            ("Estado Mayor Central", "operatesIn", "Cauca Department"),
        ),
    ],
)
def test_subjects_the_sentence_leaves_out(
    extract_text: Extract, text: str, fact: tuple[str, str, str]
) -> None:
    assert has_fact(extract_text(text), *fact)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # "they" are the troops, not the group named before
        (
            "Al-Shabaab attacked Lamu. Kenyan troops said they had seized Kolbio on Monday.",
            ("al-Shabaab", "operatesIn", "Kolbio"),
        ),
        # a label is a sentence that names one group and nothing else
        ("JNIM claimed the raid. Active in Mopti since 2015, the army said.", (JNIM, "operatesIn", "Mopti")),
        # fighting each other over nothing the text says is no place of theirs
        (
            "The ELN and the EMC met in Havana.",
            ("National Liberation Army (Colombia)", "operatesIn", "Havana"),
        ),
    ],
)
def test_near_misses_of_subjects_left_out(
    extract_text: Extract, text: str, fact: tuple[str, str, str]
) -> None:
    assert not has_fact(extract_text(text), *fact)


@pytest.mark.parametrize(
    ("text", "place", "container"),
    [
        ("Kismayo lies in the Lower Juba region of Somalia.", "Kismayo", "Lower Juba"),
        ("Mutwanga (North Kivu) was attacked again.", "Mutwanga", "North Kivu"),
        ("Gunmen stormed Mogadishu's Lido Beach on Friday.", "Lido Beach", "Mogadishu"),
        ("Bunia, which is located in Ituri province, hosts a UN base.", "Bunia", "Ituri"),
    ],
)
def test_where_a_place_is(extract_text: Extract, text: str, place: str, container: str) -> None:
    assert has_fact(extract_text(text), place, "locatedIn", container)


@pytest.mark.parametrize(
    ("text", "place", "other"),
    [
        # a country is in no other place; a place beside another in brackets is not in it
        ("Somalia (Kenya) was mentioned.", "Somalia", "Kenya"),
        ("Mogadishu's Kismayo rivals are in town.", "Kismayo", "Mogadishu"),
        ("Troops moved from Bunia, which lies near Ituri's border, to Beni.", "Bunia", "Beni"),
    ],
)
def test_near_misses_of_where_a_place_is(extract_text: Extract, text: str, place: str, other: str) -> None:
    assert not has_fact(extract_text(text), place, "locatedIn", other)


def test_cabo_delgado_feature(article: Callable[[str], list[Extraction]]) -> None:
    (x,) = article("cabo_delgado_feature.txt")
    aswj, ismp = "Ansar al-Sunna (Mozambique)", "Islamic State Mozambique Province"
    assert has_fact(x, aswj, "affiliateOf", ismp)
    assert {"Catupa", "Muidumbe", "Tanzania"} <= about(x, aswj, "operatesIn")
    assert has_fact(x, "SADC Mission in Mozambique", "affiliateOf", "Southern African Development Community")
    assert has_fact(x, "Borges Nhamirre", "affiliatedWith", "Institute for Security Studies")
    assert has_fact(x, "Institute for Security Studies", "locatedIn", "Pretoria")
    assert not has_fact(x, "Filipe Nyusi", "affiliatedWith", aswj)
    assert "Rwanda" not in about(x, aswj, "operatesIn")

"""Entities found, typed and merged right, seventh round: places in conflict zones, organisations, armed wings.

Every sentence was written for these tests. A place may be named after a nationality and a kind of place
("the Yemeni capital Sanaa", "the Syrian city Idlib"), after a landform or a port ("the islands of Lake
Chad", "the port of Kismayo"), with a word that opens its name ("Puerto Jordan", "Port Sudan") or an
Arabic article ("Busra al-Sham", "Deir al-Asafir"); the gazetteer knows the towns of the conflict zones
and never takes one town for another it knows apart ("Mambasa" in Ituri is not Mombasa). Organisations
whose names begin with a place's are read whole ("the Nineveh Police Directorate", "the Sanaa Center for
Strategic Studies"), and a movement that is also a party is a group where the words around say it
fights ("Fatah's armed wing", "clashes between Fatah and Hamas"). Each phrasing stands beside a near miss
it must leave alone; the articles in `tests/data/entities7/` put them together and are checked whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from readings import typed

from kg import gazetteer
from kg.extract.spacy_rules import SpacyRuleExtractor
from kg.ingest import read_file
from kg.model import Document, EntityType, Extraction
from kg.resolve import resolve

Extract = Callable[..., Extraction]
ARTICLES = Path(__file__).parent / "data" / "entities7"
G, ORG, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION


def _places(x: Extraction) -> dict[str, str | None]:
    """Place names read, with the gazetteer id each was given."""
    return {m.name: m.gazetteer_id for m in x.mentions if m.type is L}


# ------------------------------------------------------------------ places


@pytest.mark.parametrize(
    ("text", "name", "gid"),
    [
        # a nationality and a kind of place before the name
        ("Houthi drones struck the Yemeni capital Sanaa on Tuesday.", "Sanaa", "place:gn:71137"),
        ("Airstrikes hit the Syrian city Idlib overnight.", "Idlib", "place:gn:169389"),
        ("Rockets hit the Lebanese port city of Tyre.", "Tyre", "place:gn:267008"),
        ("Officials in the Kenyan town Mandera said two died.", "Mandera", "place:gn:187896"),
        ("The Iraqi town of Tal Afar fell in 2014.", "Tal Afar", "place:iq-tal-afar"),
        # a town the gazetteer does not know, named by the kind of place it is
        ("Soldiers entered the Malian village Kourakoro on Monday.", "Kourakoro", None),
        # a port, a landform
        (
            "Fighting erupted around the port of Kismayo and in the hills of Qalamoun.",
            "Kismayo",
            "place:gn:55671",
        ),
        (
            "Fighting erupted around the port of Kismayo and in the hills of Qalamoun.",
            "Qalamoun Mountains",
            None,
        ),
        ("Pirates seized a dhow near the port of Bosaso in Puntland.", "Bosaso", "place:gn:64013"),
        ("Jihadists raided fishing camps on the islands of Lake Chad.", "Lake Chad Basin", None),
        ("Herders fled the hills of Tonkoro at dawn.", "Tonkoro", None),
        ("Troops advanced through the forests of Sambisa.", "Sambisa Forest", None),
        # a word that opens a place's name before a country's
        ("Soldiers were deployed to Port Sudan after the clashes.", "Port Sudan", None),
        (
            "Gunmen attacked a checkpoint in Puerto Jordan on Sunday.",
            "Puerto Jordán",
            "place:co-puerto-jordan",
        ),
        ("Residents fled Fort Portal as the rebels came.", "Fort Portal", None),
        # Arabic names with an article stay whole
        ("Rebels shelled Busra al-Sham on Monday.", "Busra al-Sham", "place:gn:171126"),
        ("Fighters entered Tell al-Sham and Deir al-Iraq overnight.", "Deir al-Iraq", None),
        ("Fighters entered Tell al-Sham and Deir al-Iraq overnight.", "Tell al-Sham", None),
        # towns and quarters of conflict zones the gazetteer knows
        ("Protests spread in Latakia and Aleppo.", "Latakia", "place:gn:173576"),
        # a city of a conflict zone NER passed over, known by its own name
        ("Airstrikes hit Raqqa again.", "Raqqa", "place:gn:172955"),
        ("Drones targeted Marib again.", "Marib", None),
        ("Raqqa, once the capital, is quiet.", "Raqqa", "place:gn:172955"),
        ("Settlers moved into homes in Sheikh Jarrah and Silwan.", "Silwan", "place:ps-silwan"),
        ("Settlers moved into homes in Sheikh Jarrah and Silwan.", "Sheikh Jarrah", "place:ps-sheikh-jarrah"),
        ("ADF fighters killed 20 people in Mambasa, Ituri province.", "Mambasa", "place:cd-mambasa"),
        ("Israeli troops raided the Nur Shams camp near Tulkarm.", "Nur Shams", "place:ps-nur-shams"),
        ("Gunmen stormed the Afghan capital Kabul's airport on Monday.", "Kabul", "place:gn:1138958"),
    ],
)
def test_a_place_is_read_whole_and_known(
    extract_text: Extract, text: str, name: str, gid: str | None
) -> None:
    found = _places(extract_text(text))
    assert name in found, found
    if gid is not None:
        assert found[name] == gid


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a nationality word before a kind of place is no place
        ("The Iraqi town of Tal Afar fell in 2014.", "Iraqi"),
        ("The Somali capital was hit again.", "Somali"),
        # the country inside a longer name is not named there
        ("Soldiers were deployed to Port Sudan after the clashes.", "Sudan"),
        ("Gunmen attacked a checkpoint in Puerto Jordan on Sunday.", "Jordan"),
        ("Rebels shelled Busra al-Sham on Monday.", "Levant"),
        ("Fighters entered Tell al-Sham and Deir al-Iraq overnight.", "Iraq"),
        ("Fighters entered Tell al-Sham and Deir al-Iraq overnight.", "Deir al"),
        # a town in DR Congo is not a Kenyan city spelled another way
        ("ADF fighters killed 20 people in Mambasa, Ituri province.", "Mombasa"),
        # a word before a kind of place that names none
        ("Analysts in the Syrian capital expect more talks.", "Syrian"),
        # a town's name that is a word opening a sentence, or part of a person's name
        ("Tame the insurgency first, the minister said.", "Tame"),
        ("Erik Van der Berg, a Dutch analyst, said so.", "Van"),
        ("Minister Gao said talks would go on.", "Gao"),
        # people named by what they do, opening a sentence
        ("Pirates seized a dhow near the port of Bosaso in Puntland.", "Pirates"),
        ("Smugglers crossed near Kasindi at night.", "Smugglers"),
        # a month after a word for a landform names no place
        ("Floods hit the hills of March and April, farmers said.", "March"),
        # a possessive is no part of the name
        ("Gunmen stormed the Afghan capital Kabul's airport on Monday.", "Kabul's"),
    ],
)
def test_a_near_miss_names_no_such_place(extract_text: Extract, text: str, name: str) -> None:
    assert name not in _places(extract_text(text))


def test_the_capital_named_by_its_country_alone_is_still_read(extract_text: Extract) -> None:
    found = _places(extract_text("The Somali capital was hit again."))
    assert found.get("Mogadishu") == "place:gn:53654"


def test_a_name_word_before_a_country_makes_no_place_where_it_opens_a_sentence(extract_text: Extract) -> None:
    # "Port" opening a sentence is a word, and the country after it is named
    found = _places(extract_text("Sudan closed its borders. Port officials in Sudan said ships waited."))
    assert "Sudan" in found


# ------------------------------------------------------------------ the gazetteer


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Sanaa", "YE"),
        ("Saada", "YE"),
        ("Busra al-Sham", "SY"),
        ("Saraqeb", "SY"),
        ("Jarablus", "SY"),
        ("Sweida", "SY"),
        ("Quneitra", "SY"),
        ("Qalamoun", "SY"),
        ("Jowhar", "SO"),
        ("Dhusamareb", "SO"),
        ("Mahaday", "SO"),
        ("Buulo Mareer", "SO"),
        ("Nioro du Sahel", "ML"),
        ("Ngouboua", "TD"),
        ("Baga Sola", "TD"),
        ("Panjgur", "PK"),
        ("Shariff Aguak", "PH"),
        ("Nangade", "MZ"),
        ("Mambasa", "CD"),
        ("Irumu", "CD"),
        ("Kiwanja", "CD"),
        ("Minembwe", "CD"),
        ("Puerto Jordan", "CO"),
        ("Saravena", "CO"),
        ("El Plateado", "CO"),
        ("Sheikh Jarrah", "PS"),
        ("Silwan", "PS"),
        ("Beit Hanina", "PS"),
        ("Beit Lahia", "PS"),
        ("Nuseirat", "PS"),
        ("Qalqilya", "PS"),
        ("Kfar Aza", "IL"),
        ("Nahal Oz", "IL"),
        ("Mombasa", "KE"),
        ("Al Qunaytirah", "SY"),
        ("Qusayr", "SY"),
        ("Arsal", "LB"),
        ("Bartella", "IQ"),
        ("Lawdar", "YE"),
        ("Qardho", "SO"),
        ("Afmadow", "SO"),
        ("Ogossagou", "ML"),
        ("Gajiram", "NG"),
        ("Metuge", "MZ"),
        ("Eringeti", "CD"),
        ("Teorama", "CO"),
        ("Al-Mawasi", "PS"),
        ("Dheisheh", "PS"),
    ],
)
def test_the_gazetteer_knows_the_towns_of_conflict_zones_in_their_country(name: str, country: str) -> None:
    ids = gazetteer.lookup_place(name)
    assert ids, name
    assert gazetteer.places()[ids[0]].country == country


@pytest.mark.parametrize(("name", "other"), [("Mambasa", "Mombasa"), ("Qalqilya", "Kfar Saba")])
def test_another_places_own_name_is_not_an_alternate_name(name: str, other: str) -> None:
    """A geonames alternate that is another place's own name never lists the wrong place as a namesake."""
    (mine,) = gazetteer.lookup_place(name)
    assert mine not in gazetteer.lookup_place(other)
    assert not set(gazetteer.lookup_place(other)) & set(gazetteer.lookup_place(name))


def test_two_towns_with_like_names_stay_two_entities(extractor: SpacyRuleExtractor) -> None:
    texts = [
        "ADF fighters killed 20 people in Mambasa, in Ituri province of DR Congo.",
        "Police in Mombasa, Kenya, arrested two al-Shabaab suspects.",
    ]
    extractions = [
        extractor.extract(Document(id=f"d{i}", text=t, title="t", source="t", date=dt.date(2024, 6, 1)))
        for i, t in enumerate(texts)
    ]
    graph = resolve(extractions, background=False)
    labels = {e.label for e in graph.entities if e.type is L}
    assert {"Mambasa", "Mombasa"} <= labels


# ------------------------------------------------------------------ organisations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place's name that begins an organisation's
        ("Police said the Nineveh Police Directorate had arrested three men.", "Nineveh Police Directorate"),
        ("The Kano State Police Command confirmed the arrests.", "Kano State Police Command"),
        ("The Hiraal Institute and the Sahel Peace Foundation published reports.", "Sahel Peace Foundation"),
        ("The Latakia Police Command said 14 were held.", "Latakia Police Command"),
        ("Gunmen killed six, the Balochistan Levies Force said.", "Balochistan Levies Force"),
        ("The Palestine Liberation Organization condemned the raid.", "Palestine Liberation Organization"),
        ("The Arakan National Party won seats.", "Arakan National Party"),
        ("The Congo Research Group says the ADF moved north.", "Congo Research Group"),
        (
            "The Banadir Regional Administration said the port would reopen.",
            "Banadir Regional Administration",
        ),
        ("The Punjab Assembly passed the bill.", "Punjab Assembly"),
        # a nationality that begins a body's name
        ("The Colombian Ombudsman's Office has warned for months.", "Colombian Ombudsman's Office"),
        # a name that goes on over its subject
        (
            "The Sanaa Center for Strategic Studies said in a report that drones moved.",
            "Sanaa Center for Strategic Studies",
        ),
        # media, ministries, directorates
        ("The Garowe Times and Shabelle News reported the raid.", "Shabelle News"),
        ("The Garowe Times and Shabelle News reported the raid.", "Garowe Times"),
        ("The Somali Ministry of Internal Security said 12 died.", "Somali Ministry of Internal Security"),
        (
            "Kenya's Criminal Investigations Directorate arrested two men.",
            "Criminal Investigations Directorate",
        ),
        ("Air strikes hit Sanaa, the Houthi-run Saba news agency said.", "Saba"),
        ("The Nigerian Ministry of Defence denied the claim.", "Ministry of Defence (Nigeria)"),
    ],
)
def test_an_organisation_is_read_whole(extract_text: Extract, text: str, name: str) -> None:
    assert (name, ORG) in typed(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title before a person, not an organisation's last word
        ("Kano State Police Commissioner Ahmed Musa said 3 were held.", "Kano State Police Commissioner"),
        ("Kano State Police Commissioner Ahmed Musa said 3 were held.", "Kano State Police"),
        # a lower-case word ends no name ("Nineveh police" speaking is the force: see test_entities_round11)
        ("Two Nineveh police officers were wounded.", "Nineveh police"),
        ("The Sahel Peace talks resumed.", "Sahel Peace"),
        # who runs a body is no part of its name
        ("Air strikes hit Sanaa, the Houthi-run Saba news agency said.", "Houthi-run Saba"),
        # a nationality and a title before a person's name
        ("The Colombian Ombudsman Carlos Camargo warned of fighting.", "Colombian Ombudsman"),
        # a place before a word that is not an organisation's
        ("The Mali Times Square protest ended.", "Mali Times"),
    ],
)
def test_a_near_miss_names_no_such_organisation(extract_text: Extract, text: str, name: str) -> None:
    assert name not in {n for n, _ in typed(extract_text(text))}


# ------------------------------------------------------------------ group or organisation, by context


@pytest.mark.parametrize(
    "text",
    [
        "Fatah's armed wing, the al-Aqsa Martyrs' Brigades, claimed the shooting in Jenin.",
        "Clashes between Fatah and Hamas left 12 dead in Gaza in 2007.",
        "Fatah fighters clashed with Hamas gunmen in Gaza City.",
        "Fatah clashed with Hamas in Khan Younis.",
        "The Fatah movement's Tanzim militia clashed with police.",
    ],
)
def test_a_movement_that_fights_is_a_group(extract_text: Extract, text: str) -> None:
    assert ("Fatah", G) in typed(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Fatah, the party of President Mahmoud Abbas, won the vote in Ramallah.",
        "Fatah officials met Hamas leaders in Cairo to discuss reconciliation.",
        "Fatah's Central Committee met in Ramallah.",
        "Fatah spokesman Munther al-Hayek said the movement rejected the plan.",
    ],
)
def test_a_movement_named_as_a_party_stays_an_organisation(extract_text: Extract, text: str) -> None:
    assert ("Fatah", ORG) in typed(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a state's forces clash too, and stay the state's
        ("Clashes between the Sudanese Armed Forces and the RSF continued.", "Sudanese Armed Forces"),
        (
            "The Nigerian Ministry of Defence signed a ceasefire with the rebels.",
            "Ministry of Defence (Nigeria)",
        ),
        # a party clashes with its rivals in words, where no one fights
        ("Opposition lawmakers clashed with the ruling Frelimo party over the budget.", "Frelimo"),
        ("Shareholders clashed with Vantage Holdings over the dividend.", "Vantage Holdings"),
    ],
)
def test_a_body_in_a_fight_of_words_or_a_states_body_stays_an_organisation(
    extract_text: Extract, text: str, name: str
) -> None:
    assert (name, ORG) in typed(extract_text(text))


def test_the_knu_and_its_armed_wing_are_a_group(extract_text: Extract) -> None:
    x = extract_text(
        "The Karen National Union (KNU) said its armed wing, the Karen National Liberation Army, had seized "
        "a junta outpost. The KNU signed a ceasefire in 2015."
    )
    assert ("Karen National Union", G) in typed(x)
    assert ("Karen National Union", ORG) not in typed(x)


# ------------------------------------------------------------------ whole articles


def _read(name: str, extractor: SpacyRuleExtractor) -> Extraction:
    (document,) = read_file(ARTICLES / name)
    return extractor.extract(document)


ARTICLE_ENTITIES = {
    "yemen_wire.txt": {
        ("Sanaa", L),
        ("Saada", L),
        ("Hodeidah", L),
        ("Mocha", L),
        ("Taiz", L),
        ("Houthis", G),
        ("Saba", ORG),
        ("Ministry of Defence (Yemen)", ORG),
        ("Lahij Security Directorate", ORG),
        ("Sanaa Center for Strategic Studies", ORG),
        ("Yemen Times", ORG),
        ("United Nations Security Council", ORG),
    },
    "syria_feature.txt": {
        ("Qalamoun Mountains", L),
        ("Latakia", L),
        ("Aleppo", L),
        ("Busra al-Sham", L),
        ("Raqqa", L),
        ("Jisr al-Shughur", L),
        ("Deir al-Asafir", L),
        ("Hezbollah", G),
        ("Syrian Democratic Forces", G),
        ("Raqqa Civil Council", ORG),
        ("Latakia Police Command", ORG),
        ("Syrian Observatory for Human Rights", ORG),
        ("Ministry of Interior (Syria)", ORG),
    },
    "colombia_wire.txt": {
        ("Puerto Jordán", L),
        ("Arauca Department", L),
        ("Saravena", L),
        ("Venezuela", L),
        ("National Liberation Army (Colombia)", G),
        ("FARC dissidents", G),
        ("Ministry of Defence (Colombia)", ORG),
        ("Arauca Police Department", ORG),
        ("International Crisis Group", ORG),
        ("El Tiempo", ORG),
        ("Colombian Ombudsman's Office", ORG),
        ("Elizabeth Dickinson", P),
    },
    "drc_report.txt": {
        ("Mambasa", L),
        ("Komanda", L),
        ("Kiwanja", L),
        ("Masisi", L),
        ("Ituri", L),
        ("Bunia", L),
        ("Allied Democratic Forces", G),
        ("Congo Research Group", ORG),
        ("Radio Okapi", ORG),
        ("Jean-Paul Mbuyi", P),
    },
    "jerusalem_feature.txt": {
        ("Sheikh Jarrah", L),
        ("Silwan", L),
        ("Beit Hanina", L),
        ("Ras al-Amud", L),
        ("East Jerusalem", L),
        ("Nur Shams", L),
        ("Jenin", L),
        ("Fatah", G),
        ("al-Aqsa Martyrs' Brigades", G),
        ("Hamas", G),
        ("Jerusalem Legal Aid and Human Rights Center", ORG),
        ("Mahmoud Abbas", P),
    },
    "somalia_chad_brief.txt": {
        ("Bosaso", L),
        ("Mahaday", L),
        ("Adale", L),
        ("Middle Shabelle", L),
        ("Mombasa", L),
        ("Ngouboua", L),
        ("Lake Chad Basin", L),
        ("Monguno", L),
        ("al-Shabaab", G),
        ("Boko Haram", G),
        ("Karen National Union", G),
        ("Puntland Maritime Police Force", ORG),
        ("Somali Ministry of Internal Security", ORG),
        ("Criminal Investigations Directorate", ORG),
        ("Borno State Police Command", ORG),
        ("Institute for Security Studies", ORG),
    },
    "afpak_ph_brief.txt": {
        ("Panjgur", L),
        ("Gwadar", L),
        ("Peshawar", L),
        ("Shariff Aguak", L),
        ("Maguindanao", L),
        ("Balochistan Liberation Army", G),
        ("Dawlah Islamiyah", G),
        ("Balochistan Levies Force", ORG),
        ("Counter Terrorism Department", ORG),
        ("Khyber Pakhtunkhwa Police", ORG),
        ("Pak Institute for Peace Studies", ORG),
        ("Armed Forces of the Philippines", ORG),
        ("Philippine Daily Inquirer", ORG),
    },
}
ARTICLE_NOT = {
    "yemen_wire.txt": {"Houthi-run Saba", "Sanaa Center", "al-Jawf"},
    "syria_feature.txt": {"Levant", "Sham"},
    "colombia_wire.txt": {"Jordan", "Puerto"},
    "drc_report.txt": {"Mombasa", "Congo Research"},
    "jerusalem_feature.txt": set(),
    "somalia_chad_brief.txt": {"Mambasa", "Pirates"},
    "afpak_ph_brief.txt": {"Pakistani"},
}


@pytest.mark.parametrize("name", sorted(ARTICLE_ENTITIES))
def test_an_article_reads_its_entities_whole_and_typed(extractor: SpacyRuleExtractor, name: str) -> None:
    found = typed(_read(name, extractor))
    missing = ARTICLE_ENTITIES[name] - found
    assert not missing, missing
    assert not {n for n, _ in found} & ARTICLE_NOT[name]


def test_the_articles_keep_mambasa_and_mombasa_apart(extractor: SpacyRuleExtractor) -> None:
    graph = resolve(
        [_read(n, extractor) for n in ("drc_report.txt", "somalia_chad_brief.txt")], background=False
    )
    places = {e.label: e for e in graph.entities if e.type is L}
    assert "Mambasa" in places and "Mombasa" in places
    assert places["Mambasa"].key != places["Mombasa"].key


def test_the_resolver_keeps_a_towns_own_name_apart_from_a_lookalike_in_another_country() -> None:
    """A mention found as Mombasa by another spelling, but written as Mambasa's own name, is Mambasa."""
    from kg.model import Mention

    m = Mention("Mambasa", "Mombasa", L, "d", 0, 7, 0, 0.8, "place:gn:186301", "City")
    graph = resolve(
        [
            Extraction(
                document=Document(id="d", text="Mambasa", title="t", source="t"),
                mentions=(m,),
                relations=(),
                attacks=(),
                same_as=(),
            )
        ],
        background=False,
    )
    assert {e.label for e in graph.entities} == {"Mambasa"}


def test_the_resolver_keeps_a_namesake_chosen_by_the_story() -> None:
    """Palma in a story about Mozambique stays the Mozambican town: both are Palma by their own names."""
    from kg.model import Mention

    mz = next(p for p in gazetteer.lookup_place("Palma") if gazetteer.places()[p].country == "MZ")
    m = Mention("Palma", "Palma", L, "d", 0, 5, 0, 0.8, f"place:{mz}", "City")
    x = Extraction(
        document=Document(id="d", text="Palma", title="t", source="t"),
        mentions=(m,),
        relations=(),
        attacks=(),
        same_as=(),
    )
    (entity,) = resolve([x], background=False).entities
    assert entity.key.endswith(mz)

"""Names typed by their shape and the words around them: units, ships, firms, outlets and towns."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from kg.extract import lexicon
from kg.extract.mentions.places import PLACE_LIST_ITEM, PLACE_LIST_REST
from kg.extract.mentions.text import (
    ARMED_CONTEXT,
    CAPITALISED_FUNCTION_WORDS,
    GOV_ORG_HEAD,
    MONTHS_AND_DAYS,
    STATE_OWNER_AFTER,
    STATE_OWNER_BEFORE,
)
from kg.model import Document, EntityType, Mention

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span


_CAP = r"[A-ZÀ-Ý][\w'’-]*"
_CAPS = rf"(?:{_CAP}\s+){{0,3}}{_CAP}"
# "the Leopard Squad", "the 41st Front", "the Northern Lake Commandos": a name ending in a word for an armed
# unit. Strong heads name a unit wherever the story is about armed conflict; weak ones (Front, Army,
# Movement also name parties and fronts of battle) only with an ordinal or an owner ("its", "the group's").
_UNIT_NAME = re.compile(
    r"(?<![\w’'-])(?P<name>(?:(?P<ordinal>\d{1,3}(?:st|nd|rd|th))\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){0,4}"
    r"(?P<head>Squads?|Brigades?|Battalions?|Commandos|Guards|Legion|Militia|Front|Army|Movement)"
    r"(?P<tail>\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|(?:al|el|ul|ad|ar|as|ash|at|az|an|bin|ibn)"
    r"[-\s][\w-]+)){0,3})?)(?![\w-])"
)
_NUMBERED_FORMATION = re.compile(
    r"(?:(?<=\bthe )|(?<=, )|(?<=\bof )|(?<=\bby )|(?<=\bfrom )|(?<=\bat ))"
    r"(?P<name>[1-9]\d{0,2} (?:Division|Brigade|Mechanised Brigade|Mechanized Brigade|Corps))(?![\w-])"
)
_STRONG_UNIT_HEADS = frozenset(
    {
        "Squad",
        "Squads",
        "Brigade",
        "Brigades",
        "Battalion",
        "Battalions",
        "Commandos",
        "Guards",
        "Legion",
        "Militia",
    }
)
# Words of a state's order of battle: "the 103rd Infantry Brigade", "the Presidential Guards".
_STATE_UNIT_WORD = re.compile(
    r"\b(?:Infantry|Mechani[sz]ed|Armou?red|Marines?|Airborne|Artillery|Naval|Navy|Police|Gendarmerie|"
    r"Presidential|Coast|Border|Counter-?[Tt]error\w*|Anti-\w+|Engineers?|Signals|Reconnaissance|Parachute|"
    r"Special|Tactical|Intervention|Task|Rapid\s+Reaction|Honou?r|Royal|National\s+Guards?|Army|Military|"
    r"Defen[cs]e\s+Forces?|Peacekeeping|Football|Fire|Youth|Boys|Girls|Scouts?|Salvation)\b"
)
_GROUP_OWNER_BEFORE = re.compile(
    r"(?:\b(?:[Ii]ts|[Tt]heir|group['’]s|movement['’]s|militia['’]s|rebels['’]|insurgents['’])\s+(?:[a-z][\w-]*\s+){0,3}|"
    r"\b(?:wing|unit|faction|branch|cell|splinter|offshoot)\s*,\s*(?:known\s+as\s+|called\s+)?(?:the\s+)?)$"
)
# "its intelligence wing, known as KSB", "the group's urban unit, the Red Hawks": a part of a group.
_UNIT_ALIAS = re.compile(
    r"(?:\b[Ii]ts|\b[Tt]heir|['’]s)\s+(?:[\w-]+\s+){0,3}?(?:wing|unit|branch|cell|arm|brigade|battalion|squad|"
    r"militia|faction|front)\s*,\s*(?:(?:known|better\s+known)\s+as|called|named|dubbed)\s+(?:the\s+)?"
    r"[\"“]?(?P<name>[A-Z][A-Z0-9-]{1,9}(?![\w’'])|(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)"
)
# "the Comandos de la Frontera", "Frente 33", "Bloque Sur": Spanish names of armed units.
_ROMANCE_UNIT = re.compile(
    r"\b(?P<name>(?:Comandos?|Frente|Bloque|Columna(?:\s+Móvil)?|Brigadas?|Autodefensas|Milicias?)"
    r"(?:\s+\d{1,3})?(?:\s+(?:(?:de|del|la|las|los|el|y)\s+)*[A-ZÀ-Ý][\w'’-]*){1,5})"
)
# "Comando Nacional", "Comando Central": a group's leadership, which signs for the group whose name precedes
_LEADERSHIP = re.compile(r"Comando\s+(?:Nacional|Central|General|Supremo|Conjunto|Unificado)")
# "the Defensoría del Pueblo", "the Fundación Paz y Reconciliación": Spanish, French and Portuguese
# names of institutions, which NER reads as people or cuts at "y".
_ROMANCE_INSTITUTION = re.compile(
    r"\b(?P<name>(?:Defensoría|Fiscalía|Procuraduría|Contraloría|Registraduría|Ministerio|Ministère|Ministério|"
    r"Secretaría|Fundación|Fondation|Fundação|Instituto|Institut|Observatorio|Observatoire|Corporación|"
    r"Asociación|Association|Comisión|Comité|Consejo|Conseil|Agencia|Agence|Unidad|Dirección|Direction|"
    r"Oficina|Universidad|Université|Policía|Tribunal|Corte|Jurisdicción|Centro|Colectivo|"
    # ("Universitas Gadjah Mada": Indonesian, Dutch and Italian universities)
    r"Universitas|Universiteit|Università|Universidade)"
    r"(?:(?:\s+(?:(?:de|del|la|las|los|el|y|e|et|para|pour|des|du|da|do|dos|das|les|le|d['’]|l['’])\s+)*"
    r"[A-ZÀ-Ý][\w'’-]*){1,6}"
    # "the Observatoire malien de la sécurité", "the Instituto nacional de estadística": a name in sentence
    # case, a lower-case adjective then "de" and the field
    r"|(?:\s+[a-zà-ÿ]+)?\s+(?:de\s+la|de\s+los|de\s+las|des|du|del|de)\s+(?:l['’])?[a-zà-ÿ]{4,}"
    r"(?:\s+(?:et|y|e)\s+(?:de\s+la\s+|de\s+|du\s+|des\s+|del\s+)?[a-zà-ÿ]{4,})?))"
)
# "the shipping firm Orion Maritime Management", "security firm Dryad": a company named after what it is.
_COMPANY_BEFORE = re.compile(
    r"\b(?:(?i:shipping|security|logistics|mining|oil|energy|gas|consulting|consultancy|risk|maritime|insurance|"
    r"technology|tech|private\s+military|military|defen[cs]e|construction|telecoms?|management|manning|freight|"
    r"transport|investment|analytics|intelligence|ship-?management|tanker|cargo)\s+(?:firm|company|contractor|"
    r"operator|consultancy|provider|outfit)|(?:[Ff]irm|[Cc]ompany|"
    # ("a heavy-equipment operator Rodrigo Salas", "crane operator X": a man who works a machine, not a firm)
    r"(?<!equipment )(?<!crane )(?<!machine )(?<!camera )(?<!drone )(?<!forklift )(?<!radio )[Oo]perator|[Oo]wner|[Mm]anager|[Ii]nsurer|"
    r"[Cc]ontractor|[Cc]onsultancy|[Cc]harterer))\s+(?P<name>(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’-]*)"
)
# "the Centre for Policy on the Sahel", "the Policy Center for the New South": an institution named for what
# it works on, which NER cuts at "for" or "on the".
_ORG_FOR = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’]*\s+){0,3}(?:Centre|Center|Institute|Foundation|Forum|Observatory|Initiative|"
    r"Programme|Program|Alliance|Coalition|Academy|Society|Association|Trust|Fund)\s+(?:for|of|on)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:(?:and|&)\s+|(?:on|of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5})"
)
# "the High Court", "the Nairobi Anti-Terrorism Court", "the Court of Appeal": courts, which NER may miss
_COURT = re.compile(
    # ("the Ankara 4th Heavy Penal Court": Turkey numbers the courts of a city)
    # ("the U.S. District Court for the Eastern District of Michigan": a US federal court and its district)
    r"\b(?P<name>(?:U\.S\.\s+(?=(?:District|Bankruptcy)\s+Court))?"
    r"(?:[A-Z][\w-]*\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?){0,2}(?:High|Supreme|Federal|Appeals?|Criminal|"
    r"District|Magistrates|Constitutional|Military|Special|Anti-Terrorism|Terrorism|Crown|Circuit|Sharia|Juvenile|"
    r"Penal|Bankruptcy)\s+Court"
    r"(?:(?:,\s+|\s+for\s+the\s+)(?:Eastern|Western|Northern|Southern|Middle|Central)\s+District\s+of\s+"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    r"(?:\s+of\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2})?"
    # "the Regional Trial Court Branch 21": a numbered branch of a court is the court that sat
    r"(?:\s+Branch\s+\d{1,3}(?![\d.,]\d))?|"
    # ("the Rabat Court of Appeal", "the Paris Court of Cassation": the town the court sits in opens its name)
    r"(?:[A-Z][\w-]*\s+){0,2}Court\s+of\s+(?:Appeal|Cassation|Session))\b"
)
# A capitalised word, but not one saying who runs a body: "the Houthi-run Saba news agency" is Saba.
_NAME_WORD = (
    r"[A-Z][\w'’]*(?:-(?!(?:run|backed|led|controlled|owned|funded|sponsored|aligned|held|affiliated|linked)\b)"
    r"[\w'’]+)*"
)
# "the Sahel Wire news agency", "Kivu News Agency": news organisations.
_MEDIA_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:{_NAME_WORD}\s+){{0,3}}(?:Wire|News\s+Agency|Press\s+Agency|News\s+Service))\b|"
    # ("the Athens-based newspaper X", "the state-run daily": a compound that says where or whose is no name)
    rf"(?<![\w'’-])(?P<cued>(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})(?<!-based)(?<!-run)(?<!-owned)\s+(?:news\s+agency|news\s+service|wire\s+service|"
    r"news\s+site|news\s+website|news\s+portal|newspaper|daily|broadcaster|television\s+channel|TV\s+channel|"
    r"radio\s+station)\b"
)
# "the U.S. Embassy in Islamabad": a state's mission abroad.
_EMBASSY = re.compile(
    r"\b(?P<name>(?P<owner>U\.S\.|U\.K\.|[A-Z][a-z]+)\s+(?:Embassy|Consulate|High\s+Commission))"
    r"(?:\s+in\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
)
# "the tanker Sea Lark", "MV Nordic Heron", "the Bolan Mail train": a vessel or train is where an attack
# happened, a place as a hotel is.
_VESSEL_NAME = re.compile(
    r"\b(?:(?:oil|chemical|gas|crude|product)\s+)?(?:tankers?|bulk\s+carriers?|car\s+carriers?|aircraft\s+carriers?|"
    r"(?:cargo|container|merchant|supply|fishing|naval|research|patrol|passenger|commercial)\s+(?:ships?|vessels?|"
    r"boats?)|vessels?|ships?|freighters?|ferry|warships?|destroyers?|frigates?|trawlers?|dhows?|yachts?|"
    rf"tug(?:boat)?s?|(?:ships?|vessels?)\s+(?:named|called))\s+[\"“]?(?P<name>{_CAPS})|"
    rf"\b(?P<prefix>MV|M/V|MT|M/T|SS|HMS|USS|INS|FV|RV)\s+(?P<prefixed>{_CAPS})|"
    r"\b(?P<train>(?:[A-Z][\w'’-]*\s+){1,3}(?:Mail|Express))\s+(?:passenger\s+)?train\b"
)
# "a village 40 km from Kasese", "residents of Bukanga", "Mand, a town near the border": an unknown
# name that the words around make a place, whatever NER took it for.
# "al-Bab", "Busra al-Sham": an Arabic article joined to a word of the name is part of it
_ARTICLE = r"(?:(?<![\w-])(?:al|el|as|ash|ad|ar|az|an)-)?"
_PLACE_NAME = (
    rf"(?P<name>{_ARTICLE}[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|del|da|do|dos|des|du|de\s+la|el|al|es)\s+)?{_ARTICLE}"
    r"[A-ZÀ-Ý][\w'’-]+){0,2})"
)
_PLACE_BEFORE_CUE = re.compile(
    r"\b(?:(?i:residents|villagers|inhabitants|elders|farmers|shopkeepers|traders|locals|fishermen|"
    r"displaced\s+(?:people|families)|people)\s+(?:of|in|from)|\d+\s*(?:km|kilometres|kilometers|miles)\s+"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:of|from|outside)|"
    r"(?:areas?|outskirts|parts|streets|districts|provinces|counties|towns|villages|forests?|hills|islands)\s+of)\s+"
    r"(?:the\s+(?:town|village|city|district)\s+of\s+)?" + _PLACE_NAME
)
_PLACE_AFTER_CUE = re.compile(
    _PLACE_NAME + r",\s+(?:a|the)\s+(?:(?:small|remote|rural|border|frontier|fishing|farming|mining|market|"
    r"trading|mountain|coastal|lakeside|riverside|nearby|neighbou?ring|northern|southern|eastern|western|central|"
    r"garrison|dusty|tiny|sprawling|busy)\s+){0,2}(?:village|town|city|hamlet|settlement|township|commune|"
    r"municipality|locality|port|outpost|trading\s+post)\b(?!\s+(?:council\w*|hall|officials?|mayor|chiefs?|"
    r"elders?|residents?|administrator|in\s+the\s+\w+\s+(?:team|league)))"
)
# "stabbed passers-by on Harbour Boulevard", "along the Makran Coastal Highway": a name ending in the word for a
# street or road is a place, whatever NER took it for (not a longer name's first words: "Wall Street Journal").
_STREET_NAME = re.compile(
    r"\b(?!(?:High|Main)\s+Street)(?P<name>(?:[A-ZÀ-Ý][\w'’-]*\s+){1,3}(?:Boulevard|Avenue|Street|Road|Highway|"
    r"Expressway|Motorway))"
    r"(?![\w'’-]|\s+[A-ZÀ-Ý])"
)
# "a bar on Karl Johans gate's corner, off Storgata", "the Breitscheidplatz market", "at the Bratwurstmarkt": one
# word ending in a Germanic or Nordic word for a street, square or market is a place (not "Brigade")
_GERMANIC_STREET = re.compile(
    r"\b(?P<name>[A-ZÀ-ÝØÆÅ][\w'’-]{2,}?(?<![Bb]ri)(?:gata|gatan|gaten|gade|straße|strasse|straat|plein|platz|"
    r"veien|vägen|markt|torget))(?![\w'’-])"
)
# "camps in the Wa Self-Administered Division": a zone a state sets apart for a people is a region
_ZONE_NAME = re.compile(
    r"\b(?P<name>(?:[A-ZÀ-Ý][\w'’-]*\s+){1,2}Self-Administered\s+(?:Zone|Division))(?![\w'’-]|\s+[A-ZÀ-Ý])"
)
_ADMIN_WORD_AFTER = re.compile(r" (?:province|governorate|district|county|region|state|territory)\b")
# "KAMPALA (Reuters) -", "ABUJA, May 3 -", "MARAWI CITY, Philippines —": a wire story's dateline; "TUNIS —"
# with nothing between the city and the dash (a known place only: `bare`).
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})(?=[ \t]*(?:(?P<agency>\([^()\n]{2,30}\))|"
    r",[ \t]*(?P<rest>[^\n—–()]{1,40}?)|(?P<bare>))[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?[-—–](?![\w-]))"
)
_DATELINE_DATE = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{1,2}\s|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
)


def _demonym_or_country(word: str) -> bool:
    return lexicon.gazetteer.country_of_demonym(word) is not None or (
        (place := lexicon.lookup_place(word, alternates=False)) is not None and place.type == "Country"
    )


# Words one of which every match of _COMPANY_BEFORE or _MEDIA_NAME holds: a sentence without any is skipped.
_COMPANY_WORDS = (
    "irm",
    "ompany",
    "perator",
    "wner",
    "anager",
    "nsurer",
    "ontractor",
    "onsultancy",
    "harterer",
    "provider",
    "outfit",
)
_MEDIA_WORDS = ("Wire", "News", "Press", "news", "wire", "daily", "broadcaster", "television", "TV", "radio")


def _guarded(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, not run where `text` holds none of the words every match holds."""
    return pattern.finditer(text) if any(w in text for w in words) else iter(())


def shaped_names(document: Document, sdoc: Doc, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Names typed by their shape and the words around them, where NER guesses: units, ships, firms, towns.

    Each overrides NER's span there; `one_type_per_shaped_name` gives the same type to the name's
    other mentions in the document.
    """
    text = document.text
    ents = sdoc.ents  # each read of Doc.ents builds every Span anew
    armed = ARMED_CONTEXT.search(text) is not None or any(e.label_ == lexicon.GROUP_LABEL for e in ents)
    known = [(e.start_char, e.end_char) for e in ents if e.label_ in (lexicon.GROUP_LABEL, lexicon.ORG_LABEL)]
    out: list[Mention] = []

    def free(start: int, end: int) -> bool:
        # a known name strictly inside a longer one ("Dawn" in "the container ship Pacific Dawn") gives way
        return not any(
            s < end and start < e and not (start <= s and e <= end and (s, e) != (start, end))
            for s, e in known
        ) and not any(m.start < end and start < m.end for m in (*found, *out))

    def add(
        i: int,
        start: int,
        end: int,
        etype: EntityType,
        name: str | None = None,
        conf: float = 0.7,
        gid: str | None = None,
        subtype: str | None = None,
    ) -> None:
        surface = text[start:end]
        out.append(Mention(surface, name or surface, etype, document.id, start, end, i, conf, gid, subtype))

    for i, sent in enumerate(sents):
        base = sent.start_char
        stext = text[base : sent.end_char]
        if i < 3 or "\n" in text[max(0, base - 2) : base]:
            for match in _DATELINE.finditer(stext):
                name = match.group("name").strip(" .-")
                rest = match.group("rest")
                title = name.title()
                place = lexicon.lookup_place(title)
                if len(name) < 3 or name in ("PRESS", "BREAKING", "UPDATE", "EXCLUSIVE"):
                    continue
                if place is None and not (
                    match.group("agency")
                    or (rest and (_DATELINE_DATE.match(rest) or lexicon.lookup_place(rest.strip())))
                ):
                    continue
                if lexicon.lookup_org(name) or lexicon.lookup_group(name):
                    continue
                start = base + match.start("name")
                if free(start, start + len(name)):
                    gid = f"place:{place.id}" if place else None
                    add(
                        i,
                        start,
                        start + len(name),
                        EntityType.LOCATION,
                        place.name if place else title,
                        0.8,
                        gid,
                        place.type if place else "City",
                    )
        if armed:
            for match in _UNIT_NAME.finditer(stext):
                _unit(document, match, base, i, out, free)
            for match in _NUMBERED_FORMATION.finditer(stext):
                # "Army Public Relations, 2 Division", "troops of 8 Division": an army's formation named, in
                # the Nigerian and Indian style, by a bare number
                start, end = base + match.start("name"), base + match.end("name")
                if free(start, end):
                    add(i, start, end, EntityType.ORGANIZATION, None, 0.7, None, "Military")
            for match in _ROMANCE_UNIT.finditer(stext):
                name = match.group("name")
                start = base + match.start("name")
                if _LEADERSHIP.fullmatch(name) and re.search(r"\w\s*[–—-]\s*$", stext[: match.start("name")]):
                    continue  # "Frente Popular – Comando Nacional": a signature's leadership, not a unit of its own
                if free(start, start + len(name)) and not lexicon.lookup_group(name):
                    add(i, start, start + len(name), EntityType.GROUP, conf=0.7)
            for match in _UNIT_ALIAS.finditer(stext):
                name = match.group("name")
                start = base + match.start("name")
                if (
                    free(start, start + len(name))
                    and not lexicon.lookup_org(name)
                    and not lexicon.lookup_place(name)
                    and name.split()[0] not in CAPITALISED_FUNCTION_WORDS
                ):
                    gid = lexicon.lookup_group(name)
                    add(
                        i,
                        start,
                        start + len(name),
                        EntityType.GROUP,
                        lexicon.groups()[gid].name if gid else None,
                        0.7,
                        f"group:{gid}" if gid else None,
                    )
        for match in _ROMANCE_INSTITUTION.finditer(stext):
            name = match.group("name")
            start = base + match.start("name")
            if (
                free(start, start + len(name))
                and not lexicon.lookup_group(name)
                and not lexicon.lookup_place(name)
            ):
                org = lexicon.lookup_org(name)
                add(
                    i,
                    start,
                    start + len(name),
                    EntityType.ORGANIZATION,
                    org.name if org else None,
                    0.7,
                    f"org:{org.id}" if org else None,
                )
        for match in _EMBASSY.finditer(stext):
            if not _demonym_or_country(match.group("owner").rstrip(".")) and match.group("owner") not in (
                "U.S.",
                "U.K.",
            ):
                continue
            start, end = base + match.start("name"), base + match.end("name")
            full = match.group("name") + (f" in {match.group('city')}" if match.group("city") else "")
            if free(start, end):
                add(i, start, end, EntityType.ORGANIZATION, full, 0.7, None, "Government")
        for match in _ORG_FOR.finditer(stext):
            if not re.search(r"\s(?:(?:for|on|of)\s+the|and|&)\s", match.group("name")) and any(
                e.start_char < base + match.end("name") and base + match.start("name") < e.end_char
                for e in ents
            ):
                continue  # "the Institute for Peace": NER reads a name this short whole, where it sees one
            _named(document, match, "name", base, i, EntityType.ORGANIZATION, "Organization", out, free)
        for match in _COURT.finditer(stext):
            _named(document, match, "name", base, i, EntityType.ORGANIZATION, "Court", out, free)
        for match in _guarded(_COMPANY_BEFORE, _COMPANY_WORDS, stext):
            _named(document, match, "name", base, i, EntityType.ORGANIZATION, "Company", out, free)
        for match in _guarded(_MEDIA_NAME, _MEDIA_WORDS, stext):
            _named(
                document,
                match,
                "name" if match.group("name") else "cued",
                base,
                i,
                EntityType.ORGANIZATION,
                "Media",
                out,
                free,
            )
        for match in _VESSEL_NAME.finditer(stext):
            group = next(g for g in ("name", "prefixed", "train") if match.group(g))
            if group == "train":
                name = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", match.group("train"))
                start = base + match.end("train") - len(name)
                if free(start, start + len(name)) and not _demonym_or_country(name.split()[0]):
                    add(i, start, start + len(name), EntityType.LOCATION, conf=0.7, subtype="Facility")
                continue
            _named(document, match, group, base, i, EntityType.LOCATION, "Facility", out, free)
        for match in (*_STREET_NAME.finditer(stext), *_GERMANIC_STREET.finditer(stext)):
            _named(document, match, "name", base, i, EntityType.LOCATION, None, out, free)
        for match in _ZONE_NAME.finditer(stext):
            _named(document, match, "name", base, i, EntityType.LOCATION, "Region", out, free)
        for match in (*_PLACE_BEFORE_CUE.finditer(stext), *_PLACE_AFTER_CUE.finditer(stext)):
            _place(document, match.start("name"), match.group("name"), base, i, out, free)
            if match.re is _PLACE_BEFORE_CUE:
                rest = PLACE_LIST_REST.match(stext, match.end("name"))
                if rest is not None:
                    for item in PLACE_LIST_ITEM.finditer(stext, match.end("name"), rest.end()):
                        _place(document, item.start(), item.group(), base, i, out, free)
    return out


def _place(document: Document, lo: int, name: str, base: int, i: int, out: list[Mention], free) -> None:  # type: ignore[no-untyped-def]
    """A place mention for `name` at sentence offset `lo`, unless it is a known non-place or no name."""
    words = name.split()
    while words and (words[-1] in MONTHS_AND_DAYS or words[-1] in CAPITALISED_FUNCTION_WORDS):
        words.pop()
    if not words or words[0] in CAPITALISED_FUNCTION_WORDS or words[0] in MONTHS_AND_DAYS:
        return
    name = " ".join(words)
    start = base + lo
    end = start + len(name)
    # "areas of Duhok province": the gazetteer may know the province by the name and the word after it
    kind = _ADMIN_WORD_AFTER.match(document.text, end)
    if kind is not None and document.text[start:end] == name:
        longer = name + kind.group()
        if lexicon.lookup_place(longer, alternates=False) is not None:
            name, end = longer, end + len(kind.group())
    if document.text[start:end] != name or not free(start, end):
        return
    if lexicon.lookup_group(name) or lexicon.lookup_org(name) or lexicon.gazetteer.country_of_demonym(name):
        return
    place = lexicon.lookup_place(name, alternates=False) or lexicon.lookup_town(name, document.text)
    out.append(
        Mention(
            name,
            place.name if place else name,
            EntityType.LOCATION,
            document.id,
            start,
            end,
            i,
            0.65,
            f"place:{place.id}" if place else None,
            place.type if place else None,
        )
    )


def _named(
    document: Document,
    match: re.Match[str],
    group: str,
    base: int,
    i: int,
    etype: EntityType,
    subtype: str | None,
    out: list[Mention],
    free,
) -> None:  # type: ignore[no-untyped-def]
    """A mention of an unknown firm, outlet or vessel a cue names."""
    words = match.group(group).split()
    # "the Islamic State's news agency", "Al-Shabaab's Andalus radio station": the owner is no part of the name
    owned = [k for k, w in enumerate(words) if w.endswith(("'s", "’s", "s'", "s’"))]
    if owned:
        words = words[owned[-1] + 1 :]
    while words and words[0] in CAPITALISED_FUNCTION_WORDS:
        words.pop(0)
    while words and (words[-1] in MONTHS_AND_DAYS or words[-1] in CAPITALISED_FUNCTION_WORDS):
        words.pop()
    if not words or any(w in MONTHS_AND_DAYS for w in words):
        return
    name = " ".join(words)
    start = document.text.find(name, base + match.start(group))
    end = start + len(name)
    if start < 0 or not free(start, end):
        return
    if len(words) == 1 and (_demonym_or_country(name) or name.isupper() and len(name) < 3):
        return
    if lexicon.lookup_group(name) or lexicon.lookup_place(name, alternates=False):
        return
    org = lexicon.lookup_org(name) if etype is EntityType.ORGANIZATION else None
    out.append(
        Mention(
            name,
            org.name if org else name,
            etype,
            document.id,
            start,
            end,
            i,
            0.7,
            f"org:{org.id}" if org else None,
            org.type if org else subtype,
        )
    )


def _unit(document: Document, match: re.Match[str], base: int, i: int, out: list[Mention], free) -> None:  # type: ignore[no-untyped-def]
    """A group mention for a unit's name ("the Leopard Squad", "the 41st Front"), if the cues allow."""
    text = document.text
    name = match.group("name")
    lo = match.start("name")
    # "the TTP's Jamaat-ul-Ahrar Battalion": the owner is named apart
    owner = re.match(r"^.*['’]s\s+", name)
    if owner is not None:
        lo += owner.end()
        name = name[owner.end() :]
    words = name.split()
    while words and words[0] in CAPITALISED_FUNCTION_WORDS:
        lo += len(words[0]) + 1
        words.pop(0)
    head = match.group("head")
    tail = match.group("tail")
    if tail:
        tail_text = tail.strip()
        after_tail = text[base + match.end("tail") : base + match.end("tail") + 2]
        inner = re.sub(r"^of\s+(?:the\s+)?", "", tail_text)
        if (
            re.match(r"^\s[A-Z]", after_tail)
            or lexicon.lookup_group(inner)
            or lexicon.lookup_org(inner)
            or (lexicon.lookup_place(inner) is not None)
            or STATE_OWNER_AFTER.match(text[base + match.end("head") : base + match.end("head") + 60])
        ):
            words = " ".join(words)[: len(" ".join(words)) - len(tail)].split()
    name = " ".join(words)
    if head not in words:
        return
    start = base + lo
    end = start + len(name)
    if text[start:end] != name:
        return
    before = text[max(0, start - 50) : start]
    after = text[end : end + 60]
    ordinal = match.group("ordinal") is not None and name.startswith(match.group("ordinal"))
    named_words = [w for w in words if w != head and not re.fullmatch(r"\d+\w*", w)]
    if not named_words and not ordinal:
        return  # "the Front", "Brigades": the head alone
    if (
        _STATE_UNIT_WORD.search(" ".join(w for w in words if w != head or head == "Army"))
        or STATE_OWNER_AFTER.match(text[base + match.end("head") : base + match.end("head") + 60])
        or STATE_OWNER_BEFORE.search(before)
        or GOV_ORG_HEAD.search(re.sub(rf"\b{head}\b", "", name))
        or (
            named_words
            and _demonym_or_country(named_words[0])
            and head in ("Army", "Guards", "Legion", "Front", "Movement")
        )
        or any(w in MONTHS_AND_DAYS for w in named_words)
    ):
        return
    if lexicon.lookup_org(name) or lexicon.lookup_place(name):
        return
    gid = lexicon.lookup_group(name)
    owned = _GROUP_OWNER_BEFORE.search(before) is not None
    cued = bool(lexicon.GROUP_AFTER_CUE.match(after) or lexicon.GROUP_BEFORE_CUE.search(before))
    if not (gid or head in _STRONG_UNIT_HEADS or ordinal or owned or cued):
        return
    if not free(start, end):
        return
    out.append(
        Mention(
            name,
            lexicon.groups()[gid].name if gid else name,
            EntityType.GROUP,
            document.id,
            start,
            end,
            i,
            0.7,
            f"group:{gid}" if gid else None,
        )
    )


def one_type_per_shaped_name(mentions: list[Mention], shaped: list[Mention], text: str) -> list[Mention]:
    """Every mention of a name the document shows by its shape to be a unit, ship, firm or town gets that type.

    "the tanker Amber Crest" marks the ship; "the Amber Crest had been transiting" is the same ship.
    A single name NER took for a person straight after a place and "and" ("in Baga and Kukawa") is a
    place too.
    """
    by_text = {m.text: m for m in shaped if m.gazetteer_id is None}
    out: list[Mention] = []
    for m in mentions:
        model = by_text.get(m.text) if m.gazetteer_id is None else None
        if model is not None and (m.type is not model.type or m.name != model.name):
            m = dataclasses.replace(m, type=model.type, name=model.name, subtype=model.subtype)
        elif (
            m.gazetteer_id is None
            and m.type in (EntityType.PERSON, EntityType.ORGANIZATION)
            and " " not in m.text
            and out
            and out[-1].type is EntityType.LOCATION
            and _LIST_GAP.match(text[out[-1].end : m.start])
            and _LIST_START.search(text[max(0, out[-1].start - 30) : out[-1].start])
        ):
            m = dataclasses.replace(m, type=EntityType.LOCATION, subtype=None)
        out.append(m)
    return out


_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_LIST_START = re.compile(
    r"(?:\b(?:in|at|near|from|to|between|around|across|outside)\s+(?:the\s+)?(?:(?:towns?|villages?|cities)\s+of\s+)?|,\s*)$"
)

"""Armed groups and organisations NER missed or left ambiguous: unknown groups, short names, governments."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from kg import gazetteer
from kg.extract import lexicon
from kg.extract.mentions.aliases import described_as_band, initials
from kg.extract.mentions.text import (
    DEMONYM,
    GOV_ORG_HEAD,
    JUNK,
    LEADING,
    LINE_START_BEFORE,
    clean,
    is_demonym,
    join_neighbours,
    name_pattern,
)
from kg.model import Document, EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span


_MEDIA_HEAD = re.compile(r"\b(?:Media|News|Foundation|Agency|Centre|Center|Institute|Wing|Channel|Radio)\b")


def _unit_of_a_known_group(name: str) -> bool:
    """ "Órgano de Resistencia Territorial Leftraru": a known group's name (or its singular), then a unit's own.

    The gazetteer knows the Órganos de Resistencia Territorial; one of them named after a person or a
    place is a cell of theirs, an armed band too. A body of the group's ("... Media Office") is not.
    """
    words = name.split()
    for k in range(len(words) - 1, 1, -1):
        rest = " ".join(words[k:])
        if (
            not all(w[:1].isupper() for w in words[k:])
            or GOV_ORG_HEAD.search(rest)
            or _MEDIA_HEAD.search(rest)
        ):
            continue
        first, tail = words[0], " ".join(words[1:k])
        if any(lexicon.lookup_group(f"{form} {tail}") for form in (first, f"{first}s", f"{first}es")):
            return True
    return False


def one_type_per_group_name(mentions: list[Mention]) -> list[Mention]:
    """A name the document shows to be a group's is that group wherever NER took it for an organisation.

    "members of the 33rd Front" marks the group; "The 33rd Front belongs to ..." is the same group.
    "The Wagner Group" named, a bare "Wagner" later is it too.
    """
    groups = {m.name: m for m in mentions if m.type is EntityType.GROUP}
    short = {
        re.sub(r"\s+[Gg]roup$", "", m.name): m for m in groups.values() if re.search(r"\s[Gg]roup$", m.name)
    }
    # "the 'Sole e Baleno' Cell" named, "the comrades of Sole e Baleno" is that cell, whatever NER made of it
    cells = {
        m.name[: -len(" Cell")]: m for m in groups.values() if m.name.endswith(" Cell") and " " in m.name
    }
    out = []
    for m in mentions:
        if m.type is EntityType.ORGANIZATION and m.gazetteer_id is None and _unit_of_a_known_group(m.name):
            m = dataclasses.replace(m, type=EntityType.GROUP, subtype=None)
        cell = cells.get(m.text) if m.gazetteer_id is None and m.type is not EntityType.GROUP else None
        if cell is not None:
            m = dataclasses.replace(m, name=cell.name, type=EntityType.GROUP, gazetteer_id=None, subtype=None)
        if m.type is EntityType.ORGANIZATION and m.gazetteer_id is None:
            g = groups.get(m.name) or short.get(m.text)
            if g is not None:
                m = dataclasses.replace(
                    m, name=g.name, type=EntityType.GROUP, gazetteer_id=g.gazetteer_id, subtype=None
                )
        out.append(m)
    return out


def _without_descriptions_of_named_groups(mentions: list[Mention], text: str) -> list[Mention]:
    """ "the Meitei militia Arambai Tenggol": the people and the word for a band describe the named group after.

    An unknown name ending in a lower-case word for a band, right before a group's name, is no group itself.
    """
    groups = {m.start: m for m in mentions if m.type is EntityType.GROUP}
    out = []
    for m in mentions:
        after = re.match(r"[ \t]+", text[m.end : m.end + 3])
        if (
            m.type is EntityType.GROUP
            and m.gazetteer_id is None
            and re.search(r"\s(?:militia|group|faction|outfit|gang)$", m.text)
            and after is not None
            and m.end + after.end() in groups
        ):
            continue
        out.append(m)
    return out


def _bands_by_apposition(mentions: list[Mention], text: str) -> list[Mention]:
    """Unknown names an apposition describes as an armed band, typed a group wherever they stand.

    "The Frente Sur Andino (FSA), a small armed faction, ..." NER takes for an organisation; the words
    after it say what it is, in whatever language the name is.
    """
    named = {
        m.name
        for m in mentions
        if m.gazetteer_id is None
        and m.type in (EntityType.ORGANIZATION, EntityType.PERSON)
        and " " in m.name
        and not GOV_ORG_HEAD.search(m.name)
        and described_as_band(text, m.end)
    }
    if not named:
        return mentions
    return [
        dataclasses.replace(m, type=EntityType.GROUP, subtype=None)
        if m.name in named and m.gazetteer_id is None and m.type is not EntityType.GROUP
        else m
        for m in mentions
    ]


def short_group_names(mentions: list[Mention], text: str, sents: list[Span]) -> list[Mention]:
    """ "The Estado Mayor said", "the Liberation Army": the first or last words of one group's longer name.

    Only words (two or more) that begin or end the name of exactly one group the document named
    before, that name no group of their own in the gazetteer, and (where they begin it) that no
    capitalised word follows.
    """
    mentions = _bands_by_apposition(_without_descriptions_of_named_groups(mentions, text), text)
    named: dict[str, Mention] = {}  # canonical name -> its first mention
    prefixes: dict[str, set[str]] = {}
    suffixes: dict[str, set[str]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type is not EntityType.GROUP:
            continue
        for form in {m.name, LEADING.sub("", m.text)}:
            words = form.split()
            if len(words) < 3 or "(" in form:
                continue
            named.setdefault(m.name, m)
            for k in range(2, len(words)):
                prefixes.setdefault(" ".join(words[:k]), set()).add(m.name)
                suffixes.setdefault(" ".join(words[-k:]), set()).add(m.name)
    if not named:
        return mentions

    def owner(short: str, table: dict[str, set[str]], at: int) -> Mention | None:
        names = table.get(short, set())
        # every word a name's ("al-Qaeda in" is no short name, whatever follows it)
        if not all(re.match(r"(?:(?:al|el|an|ad|as|ash|ar|az)-)?[A-ZÀ-Ý0-9]", w) for w in short.split()):
            return None
        if len(names) != 1 or lexicon.lookup_group(short) or lexicon.lookup_place(short, alternates=False):
            return None
        g = named[next(iter(names))]
        return g if g.end <= at else None

    out = []
    for m in mentions:
        if m.type is EntityType.GROUP and m.gazetteer_id is None and m.name not in named:
            g = owner(m.name, suffixes, m.start) or owner(m.name, prefixes, m.start)
            if g is not None:
                m = dataclasses.replace(m, name=g.name, gazetteer_id=g.gazetteer_id, subtype=g.subtype)
        out.append(m)
    spans = [(m.start, m.end) for m in out]
    starts = [sent.start_char for sent in sents]
    for short in prefixes:
        # The pattern below holds `short` as it is written, and a short name no group owns at the end of the text
        # is owned nowhere: neither needs a pattern compiled.
        if short not in text or owner(short, prefixes, len(text)) is None:
            continue
        for match in name_pattern(rf"(?<![\w'’-]){re.escape(short)}(?![\w'’-]|\s+[A-Z0-9])").finditer(text):
            lo, hi = match.span()
            g = owner(short, prefixes, lo)
            if g is None or any(s < hi and lo < e for s, e in spans):
                continue
            si = max(bisect.bisect_right(starts, lo) - 1, 0)
            out.append(
                Mention(short, g.name, EntityType.GROUP, g.doc_id, lo, hi, si, 0.6, g.gazetteer_id, g.subtype)
            )
            spans.append((lo, hi))
    return sorted(out, key=lambda m: m.start)


_HEADED_NAME = re.compile(r"^(?:the\s+)?(?P<head>[A-Z][a-z]{3,})-(?:e|i|ul|al|ut|e-)-?[A-Z]")


def group_heads(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """ "Jaish" after "Jaish-e-Mohammed": the first word of a compound name stands for the one group so named.

    Returns the mentions with the bare heads added, or retyped where NER took them for a person.
    """
    heads: dict[str, list[Mention]] = {}
    for m in sorted(found, key=lambda m: m.start):
        if m.type is not EntityType.GROUP:
            continue
        for form in {m.text, m.name}:
            match = _HEADED_NAME.match(form)
            if match is not None:
                named = heads.setdefault(match.group("head"), [])
                if not any(n.name == m.name for n in named):
                    named.append(m)
    spans = [(m.start, m.end) for m in found]
    starts = [sent.start_char for sent in sents]
    out: list[Mention] = []
    for head, named in heads.items():
        if len(named) != 1 or lexicon.lookup_place(head, alternates=False) or lexicon.lookup_org(head):
            continue
        g = named[0]
        found = [
            dataclasses.replace(
                m, name=g.name, type=EntityType.GROUP, gazetteer_id=g.gazetteer_id, subtype=g.subtype
            )
            if m.text == head
            and m.gazetteer_id is None
            and m.type in (EntityType.PERSON, EntityType.ORGANIZATION)
            else m
            for m in found
        ]
        for match in name_pattern(rf"(?<![\w'’-]){head}(?![\w-]|['’](?![sS]\b))").finditer(document.text):
            lo, hi = match.span()
            if (
                lo < g.end
                or any(s < hi and lo < e for s, e in spans)
                or re.match(r"[ \t]+[A-Z]", document.text[hi:])
            ):
                continue
            si = max(bisect.bisect_right(starts, lo) - 1, 0)
            out.append(
                Mention(
                    head, g.name, EntityType.GROUP, document.id, lo, hi, si, 0.6, g.gazetteer_id, g.subtype
                )
            )
    return found + out


def disambiguate_groups(mentions: list[Mention], text: str) -> list[Mention]:
    """Pick, for a name several groups share, the group whose region the document is about.

    The region shows in the places named and in nationality words ("the Mozambican insurgents").
    """
    places = {lexicon.fold(m.name) for m in mentions if m.type is EntityType.LOCATION}
    for word in set(re.findall(r"\b[A-Z][a-zè]+\b", text)):
        country = lexicon.gazetteer.country_of_demonym(word)
        if country and country in lexicon.gazetteer.places():
            places.add(lexicon.fold(lexicon.gazetteer.places()[country].name))
    for m in mentions:
        if m.type is EntityType.LOCATION and m.gazetteer_id and m.gazetteer_id.startswith("place:"):
            entry = lexicon.gazetteer.places().get(m.gazetteer_id[len("place:") :])
            country = entry.country if entry else None
            if country and country in lexicon.gazetteer.places():
                places.add(lexicon.fold(lexicon.gazetteer.places()[country].name))
    mentions = _state_names_of_regional_groups(mentions, text, places)
    out = []
    for m in mentions:
        candidates = lexicon.group_candidates(m.text) if m.type is EntityType.GROUP else ()
        if len(candidates) > 1:
            # The group the name usually means keeps it unless another's region has more support.
            scored = [
                (
                    sum(lexicon.fold(r) in places for r in lexicon.groups()[c].regions),
                    f"group:{c}" == m.gazetteer_id,
                    -i,
                    c,
                )
                for i, c in enumerate(candidates)
            ]
            best = max(scored)[-1]
            if f"group:{best}" != m.gazetteer_id:
                m = dataclasses.replace(m, gazetteer_id=f"group:{best}", name=lexicon.groups()[best].name)
        out.append(m)
    return _acronyms_of_named_groups(out, places)


# "People's Liberation Army of Manipur", "People's Liberation Army (Manipur)": a group's name that is
# another body's name and the region that sets the group apart
_REGION_QUALIFIED = re.compile(r"^(?P<base>.+?)\s+(?:\((?P<bracketed>[^()]+)\)|of\s+(?P<of>[A-Z][^()]+))$")


@functools.cache
def _regional_groups() -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded base name -> (group id, folded region) of every group the gazetteer names "<base> of <region>"."""
    table: dict[str, list[tuple[str, str]]] = {}
    for g in lexicon.groups().values():
        for name in (g.name, *g.aliases):
            match = _REGION_QUALIFIED.match(name)
            if match is not None:
                region = lexicon.fold(match.group("bracketed") or match.group("of"))
                table.setdefault(lexicon.fold(match.group("base")), []).append((g.id, region))
    return {base: tuple(dict.fromkeys(ids)) for base, ids in table.items()}


def _state_names_of_regional_groups(mentions: list[Mention], text: str, places: set[str]) -> list[Mention]:
    """A state body's name that is also a regional group's is the group where the story is in its region.

    "The People's Liberation Army (PLA), one of the oldest Meitei armed groups" in a story from Manipur
    that never names China is the Manipuri rebels, whom the gazetteer knows as the "People's Liberation
    Army of Manipur", not China's army.
    """
    out = []
    for m in mentions:
        kind, _, ident = (m.gazetteer_id or "").partition(":")
        org = lexicon.gazetteer.organizations().get(ident) if kind == "org" else None
        regional = _regional_groups().get(lexicon.fold(m.name), ()) if org is not None else ()
        here = [gid for gid, region in regional if region in places]
        if (
            len(set(here)) == 1
            and org is not None
            and not (
                org.country
                and org.country in lexicon.gazetteer.places()
                and lexicon.names_country(org.country, text)
            )
        ):
            g = lexicon.groups()[here[0]]
            m = dataclasses.replace(
                m, type=EntityType.GROUP, name=g.name, gazetteer_id=f"group:{g.id}", subtype=None
            )
        out.append(m)
    return out


def _support(gazetteer_id: str | None, places: set[str]) -> int:
    """How many of a known group's regions the document names."""
    entry = lexicon.groups().get((gazetteer_id or "").removeprefix("group:"))
    return sum(lexicon.fold(r) in places for r in entry.regions) if entry else 0


def _acronyms_of_named_groups(mentions: list[Mention], places: set[str]) -> list[Mention]:
    """An acronym the gazetteer gives to one group stands for the group the document names whose initials it is.

    "The Ambazonia Defence Forces ..." in a story about Cameroon: its bare "ADF" is that group, not
    the Allied Democratic Forces of Congo and Uganda, which the document neither names in full nor
    places anywhere it is active.
    """
    named: dict[str, list[Mention]] = {}  # initials -> groups the document names in full
    full: set[str] = set()  # gazetteer ids named by a name, not an acronym
    for m in mentions:
        if m.type is not EntityType.GROUP or " " not in m.text.strip():
            continue
        full.add(m.gazetteer_id or "")
        key = initials(m.name)
        if len(key) >= 2 and all(n.name != m.name for n in named.get(key, [])):
            named.setdefault(key, []).append(m)
    out = []
    for m in mentions:
        entry = lexicon.groups().get((m.gazetteer_id or "").removeprefix("group:"))
        if m.type is EntityType.GROUP and entry is not None and m.text.strip() in entry.acronyms:
            others = [
                n for n in named.get(re.sub(r"[^A-Z]", "", m.text), []) if n.gazetteer_id != m.gazetteer_id
            ]
            if (
                len(others) == 1
                and m.gazetteer_id not in full
                and _support(m.gazetteer_id, places) == 0
                and (others[0].gazetteer_id is None or _support(others[0].gazetteer_id, places) > 0)
            ):
                g = others[0]
                m = dataclasses.replace(m, name=g.name, gazetteer_id=g.gazetteer_id, subtype=g.subtype)
        out.append(m)
    return out


# A name ending in a word armed groups are named by ("the Zamfara Liberation Front", "the Kivu Defence
# Brigades"), said to claim, fight or field militants: a group the gazetteer does not know yet.
_UNKNOWN_GROUP = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+(?:(?:of|for|the|al|el|wal|and)\s+)?){1,5}"
    r"(?:Liberation\s+Front|Front|Brigades?|Battalions?|Liberation\s+Army|Liberation\s+Force|Revolutionary\s+Army|"
    r"Movement|Mujahideen|Mujahidin|Militia|Legion|Commandos|Resistance|Jihad|Martyrs|Tigers|Avengers|Fighters|"
    r"Partisans|Separatists))\b"
)
# "Adaka Boro Avengers: named after a 1960s Ijaw rebel": a brief's list item that opens with the name it defines
_DEFINED_AFTER = re.compile(r"^(?:\s*\([A-Z][\w-]{1,10}\))?:\s")
# "the Jharkhand Liberation Tigers (JLT), an outfit set up by P": the name, its letters, and what it is
_CALLED_AN_OUTFIT = re.compile(
    r"^\s*(?:\([A-Z][\w-]{1,10}\))?\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:outfit|armed\s+group|militant\s+group|rebel\s+group|militia|gang|insurgency|guerrilla\s+group)\b"
)


# "the Ajang-Ajang faction", "the Maute group": a capitalised name before a word for an armed group.
_NAMED_FACTION = re.compile(
    # "the local Dawlah Islamiyah faction": a lower-case word or two may describe it first
    # ("its Jaime Martínez front": the group's own unit)
    r"\b(?:[Tt]he|its|their)\s+(?:(?:local|rival|breakaway|little-known|shadowy|notorious|hardline|pro-\w+)\s+){0,2}"
    r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:faction|militia|splinter\s+group|armed\s+group|"
    r"militant\s+group|rebel\s+group|jihadist\s+group|terrorist\s+group|insurgent\s+group|gang|(?P<front>front))\b"
)


# "the legacy of November 17, the Marxist group", "November 17 (17N)": the Greek group's bare name, only
# before a word for a group or its letters, and never after a word that makes it a date ("on", "by", "until")
_NOVEMBER_17 = re.compile(
    r"(?<!\b[Oo]n )(?<!\b[Bb]y )(?<!\b[Uu]ntil )(?<!\b[Ss]ince )(?<!\b[Ff]rom )(?<!\b[Tt]o )(?<!\b[Tt]ill )"
    r"(?<!\b[Bb]efore )(?<!\b[Aa]fter )"
    r"(?P<name>\b(?:November|Noemvri)\s+17)(?!\s*,\s*(?:19|20)\d\d)"
    r"(?=\s*(?:\((?:17N|N17)\)|,\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:group|guerrilla|organi[sz]ation|urban\s+guerrilla)s?\b))"
)


# "the Hafiz Gul Bahadur group", "the Radoičić group": a man's following named by his name and a lower-case
# "group"; the name NER read as a person's ends where "group" begins (not "the Adani group", a firm NER reads as
# a body, nor "the Islamic State group", a known group's name)
_PERSON_GROUP = re.compile(r"\b[Tt]he\s+((?:[A-ZÀ-Ý][\w'’-]+\s+){0,3}[A-ZÀ-Ý][\w'’-]+)\s+group\b(?!\s+of\b)")


def _person_named_groups(document: Document, sent: Span, i: int) -> list[Mention]:
    """Groups named after a man ("the Radoičić group"), where NER took the man's name for a person."""
    out = []
    stext = document.text[sent.start_char : sent.end_char]
    for match in _PERSON_GROUP.finditer(stext):
        lo = sent.start_char + match.start(1)
        hi = sent.start_char + match.end(1)
        if not any(e.label_ == "PERSON" and e.end_char == hi and lo <= e.start_char for e in sent.ents):
            continue
        name = match.group(1)
        end = sent.start_char + match.end()
        whole = document.text[lo:end]
        if (
            # ("the Burkinabè group", "the Sindhi group": a people's word NER took for a name describes the group,
            # as a place's name and "i" does: Sindh, Punjab, Kashmir)
            any(
                lexicon.lookup_org(w)
                or is_demonym(w)
                or lexicon.gazetteer.is_people(w)
                or DEMONYM.match(w)
                or w in _CREEDS
                or (w.endswith("i") and lexicon.lookup_place(w[:-1]))
                for w in name.split()
            )
            or lexicon.lookup_place(name)
            or lexicon.lookup_org(name)
            or JUNK.match(name)
        ):
            continue
        gid = lexicon.lookup_group(whole) or lexicon.lookup_group(name)
        canonical = lexicon.groups()[gid].name if gid else f"{name} group"
        out.append(
            Mention(
                whole,
                canonical,
                EntityType.GROUP,
                document.id,
                lo,
                end,
                i,
                0.7,
                f"group:{gid}" if gid else None,
            )
        )
    return out


_QUOTED_CELL = re.compile(r"[\"“‘'](?P<name>[A-ZÀ-Ý][^\"”’'\n]{1,40}?)[\"”’']\s+Cell\b")


# "the NSCN-KK", "the ULFA-I", "the FLNC du 22 octobre": a group's acronym, then a hyphenated mark of a
# few letters or a date in its language, names one of its factions
_FACTION_OF_ACRONYM = re.compile(
    r"(?<![\w-])(?P<acronym>[A-Z]{2,6})(?:-(?P<mark>[A-Z]{1,3})(?![\w-])|"
    r"\s+(?:du|del|de)\s+\d{1,2}\s+(?:de\s+)?[a-zéû]+(?![\w-]))"
)
# 'The group called itself "Ansar al-Tawhid" (Supporters of Monotheism)': a name a band gave itself, in quotes
_SELF_NAMED = re.compile(
    r"\b(?:called|calls|calling|named|styled|styles|styling)\s+(?:itself|themselves)\s+(?:the\s+)?"
    r"[\"“](?P<name>[A-ZÀ-Ý][^\"”\n]{2,60}?)[\"”](?:\s*\((?P<gloss>[A-Z][^()\n]{2,60}?)\))?"
)
_BAND_WORD = re.compile(
    r"\b(?:group|cell|network|faction|organi[sz]ation|militia|movement|outfit|band|brigade|battalion|unit)\b",
    re.I,
)


_CREEDS = frozenset(
    [
        "Sunni",
        "Shia",
        "Shiite",
        "Shi'ite",
        "Shi’ite",
        "Islamist",
        "Salafi",
        "Salafist",
        "Jihadist",
        "Baloch",
        "Baluch",
    ]
)
_NAME_GOES_ON = re.compile(r" (?!(?:On|In|At|As|But|And|The|This|That|It|He|She|They|We)\b)[A-Z][a-z]")


def unknown_groups(document: Document, sents: list[Span]) -> list[Mention]:
    """Groups recognised by the shape of their name and the words around it, where NER is unsure."""
    text = document.text
    found = []
    for i, sent in enumerate(sents):
        stext = document.text[sent.start_char : sent.end_char]
        found += _person_named_groups(document, sent, i)
        for match in _NAMED_FACTION.finditer(stext):
            # "the TTP's Jamaat-ul-Ahrar faction": the owner is a name of its own
            owner = re.match(r"^.*['’]s\s+", match.group(1))
            skip = owner.end() if owner else 0
            name = match.group(1)[skip:]
            # "the Jaime Martinez front" names a unit; "the Western front" is a line of battle
            if match.group("front") and " " not in name:
                continue
            # "the Meitei militia Arambai Tenggol", "the Hema militia Zaire": a people's word before a group
            # the name after is the group's own; the word before only describes it
            if (
                not match.group("front")
                and " " not in name
                and re.match(r"[ \t]+[A-Z][\w'’-]", stext[match.end() :])
            ):
                continue
            if (
                lexicon.lookup_place(name)
                or lexicon.lookup_org(name)
                or GOV_ORG_HEAD.search(name)
                or JUNK.match(name)  # "the Pakistan-based militant group": where it is, not its name
                # "the Sunni militant group", "the Somali militia": a creed or a people describes the group
                or (
                    " " not in name
                    and (
                        name in _CREEDS
                        or DEMONYM.match(name)
                        or lexicon.gazetteer.is_nationality(name)
                        or lexicon.gazetteer.is_people(name)
                    )
                )
            ):
                continue
            if match.group("front"):
                # a front keeps its head word ("the Jaime Martinez front"); a faction is named without it
                name = stext[match.start(1) + skip : match.end("front")]
            start = sent.start_char + match.start(1) + skip
            # "the Karialan faction of the BIFF": a faction the gazetteer names with its head word
            gid = lexicon.lookup_group(name)
            whole = stext[match.start(1) + skip : match.end()]
            # ("the South East Antrim faction": an alias of a group whose name holds the faction's own words and
            # its parent's, "South East Antrim UDA"; "the Bakura faction", an alias of its parent, and "the Gul
            # Bahadur faction" of the "Gul Bahadur group", a man's following, keep the words they are named by)
            if (
                gid is None
                and (fid := lexicon.lookup_group(whole))
                and (
                    lexicon.groups()[fid].name == whole
                    or (
                        name in lexicon.groups()[fid].name
                        and not _BAND_WORD.fullmatch(lexicon.groups()[fid].name.replace(name, "").strip())
                    )
                )
            ):
                gid = fid
            canonical = lexicon.groups()[gid].name if gid else name
            found.append(
                Mention(
                    name,
                    canonical,
                    EntityType.GROUP,
                    document.id,
                    start,
                    start + len(name),
                    i,
                    0.7,
                    f"group:{gid}" if gid else None,
                )
            )
        for match in _QUOTED_CELL.finditer(stext):
            # "a group calling itself the "Sole e Baleno" Cell of the FAI": the quoted words name the cell
            name = match.group("name").strip()
            start = sent.start_char + match.start("name")
            if any(f.start < start + len(name) and start < f.end for f in found):
                continue
            found.append(
                Mention(
                    name, f"{name} Cell", EntityType.GROUP, document.id, start, start + len(name), i, 0.65
                )
            )
        for match in _NOVEMBER_17.finditer(stext):
            # "the ideas of November 17, the Marxist group": the Greek group, not a date, where Greece is named
            lo = sent.start_char + match.start("name")
            hi = sent.start_char + match.end("name")
            if not lexicon.names_country("GR", text) or any(f.start < hi and lo < f.end for f in found):
                continue
            gid = lexicon.lookup_group("17N")
            if gid is None:
                continue
            found.append(
                Mention(
                    text[lo:hi],
                    lexicon.groups()[gid].name,
                    EntityType.GROUP,
                    document.id,
                    lo,
                    hi,
                    i,
                    0.7,
                    f"group:{gid}",
                )
            )
        for match in _FACTION_OF_ACRONYM.finditer(stext):
            # "the NSCN-KK", "the FLNC du 22 octobre": a known group's letters and a faction's mark
            name = match.group()
            known = lexicon.lookup_group(match.group("acronym"))
            if known is None or lexicon.lookup_group(name) or lexicon.lookup_org(name):
                continue
            # ("the FDLR-M23 front", "an AFP-PNP task force": two bodies' letters joined)
            mark = match.group("mark")
            if mark and (
                lexicon.lookup_group(mark) or lexicon.lookup_org(mark) or lexicon.lookup_place(mark)
            ):
                continue
            lo = sent.start_char + match.start()
            if any(f.start < lo + len(name) and lo < f.end for f in found):
                continue
            found.append(Mention(name, name, EntityType.GROUP, document.id, lo, lo + len(name), i, 0.65))
        for match in _SELF_NAMED.finditer(stext):
            # 'The cell called itself "Ansar al-Tawhid fi Bilad al-Sham" (Supporters of ...)': the quoted
            # name is the band's, and a translation in brackets after it is one more name of it
            if not _BAND_WORD.search(stext[max(0, match.start() - 80) : match.start()]):
                continue
            name = match.group("name").strip()
            if lexicon.lookup_place(name) or lexicon.lookup_org(name):
                continue
            gid = lexicon.lookup_group(name)
            canonical = lexicon.groups()[gid].name if gid else name
            for part in ("name", "gloss"):
                if match.group(part) is None:
                    continue
                lo = sent.start_char + match.start(part)
                hi = lo + len(match.group(part).strip())
                if not any(f.start < hi and lo < f.end for f in found):
                    found.append(
                        Mention(
                            text[lo:hi],
                            canonical,
                            EntityType.GROUP,
                            document.id,
                            lo,
                            hi,
                            i,
                            0.7,
                            f"group:{gid}" if gid else None,
                        )
                    )
        for match in _UNKNOWN_GROUP.finditer(stext):
            name = clean(match.group(1))
            start = sent.start_char + match.start(1) + match.group(1).find(name)
            end = start + len(name)
            known = lexicon.lookup_group(name) or lexicon.lookup_org(name) or lexicon.lookup_place(name)
            if known or " " not in name or GOV_ORG_HEAD.search(name):
                continue
            # "the Sinjar Resistance Units": a capitalised word after the head carries the name on
            if _NAME_GOES_ON.match(text, end):
                continue
            before, after = text[max(0, start - 60) : start], text[end : end + 60]
            overlaps = any(f.start < end and start < f.end for f in found)
            if not overlaps and (
                lexicon.GROUP_AFTER_CUE.match(after)
                or lexicon.GROUP_BEFORE_CUE.search(before)
                or _CALLED_AN_OUTFIT.match(after)
                or LINE_START_BEFORE.search(before)
                and _DEFINED_AFTER.match(after)
            ):
                found.append(Mention(name, name, EntityType.GROUP, document.id, start, end, i, 0.65))
    return found


_LINK_WORD_TAIL = re.compile(r"\s(?:de|del|de\s+la|da|do|di)$")


def org_names_joined(mentions: list[Mention], text: str) -> list[Mention]:
    """An unknown organisation's name cut in two where a known name inside it begins, made whole again.

    "the Horn International Institute for Strategic Studies" is not the IISS, nor "Good Governance
    Africa" a place: a name that runs on, with one space, into a known organisation or a continent or
    country (where nothing capitalised follows) is one organisation.
    """

    def joined(m: Mention, nxt: Mention) -> Mention | None:
        if not (
            m.type is EntityType.ORGANIZATION
            and m.gazetteer_id is None
            and len(m.text.split()) <= 3
            and text[m.end : nxt.start] == " "
            and (
                (nxt.type is EntityType.ORGANIZATION and nxt.gazetteer_id is not None)
                # "the daily El Diario de Sonora", "La Voz de Galicia": a name cut after its linking word runs
                # on into the place it is of (a name never ends in "de")
                or (nxt.type is EntityType.LOCATION and _LINK_WORD_TAIL.search(m.text) is not None)
                or (
                    nxt.type is EntityType.LOCATION
                    and nxt.subtype in ("Region", "Country")
                    and " " not in nxt.text
                    and not re.match(r"\s*(?:['’]s\b|[A-Z])", text[nxt.end : nxt.end + 3])
                )
            )
            and lexicon.lookup_place(m.text) is None
        ):
            return None
        whole = text[m.start : nxt.end]
        return dataclasses.replace(m, text=whole, name=whole, end=nxt.end, gazetteer_id=None, subtype=None)

    return join_neighbours(mentions, joined)


# "the group's Central Africa Province", "its West Africa Province (ISWAP)": a province of a group is
# a group (the Islamic State names its branches so), not the region it is named after.
_GROUP_PROVINCE = re.compile(r"(?:['’]s|\bits|\btheir)\s+(?P<name>(?:[A-Z][\w-]+\s+){1,3}Province)\b")


def group_provinces(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Mentions of a known group's province named without the group: "the group's Sinai Province"."""
    out: list[Mention] = []
    for i, sent in enumerate(sents):
        stext = document.text[sent.start_char : sent.end_char]
        for match in _GROUP_PROVINCE.finditer(stext):
            name = match.group("name")
            gid = lexicon.lookup_group(name) or lexicon.lookup_group(f"Islamic State {name}")
            start, end = sent.start_char + match.start("name"), sent.start_char + match.end("name")
            if gid is None or any(m.start < end and start < m.end for m in found):
                continue
            canonical = lexicon.groups()[gid].name
            out.append(
                Mention(name, canonical, EntityType.GROUP, document.id, start, end, i, 0.7, f"group:{gid}")
            )
    return out


# "The British government will hold an inquiry", "Nigeria's army said", "the Khyber Pakhtunkhwa
# government", "Pakistan's interior ministry": a state's institution named by the country or province
# it belongs to, which NER often passes over. An analyst lists these as organisations (officials speak
# for them); "French troops" or "the Mozambican police" only describe who was there, and a bare "the
# army" does not say whose army it is, so neither gives one.
_INSTITUTION = (
    r"(?P<inst>(?i:government|army|military|armed\s+forces|navy|air\s+force|"
    r"(?P<portfolio>interior|home|defen[cs]e|foreign|justice|information|finance|security)\s+"
    r"(?:ministry|department)|"
    r"ministry\s+of\s+(?:the\s+)?(?P<portfolio_of>interior|home\s+affairs|defen[cs]e|foreign\s+affairs|"
    r"justice|information|finance|security)|intelligence\s+(?:agency|service)|spy\s+agency))"
)
_OWNER_WORD = r"[A-Z](?:[\w.-]|['’](?![s\s]))*"
_OWNER = rf"(?:{_OWNER_WORD}\s+(?:and\s+)?){{0,3}}{_OWNER_WORD}"  # "Jammu and Kashmir"
_OWNED_INSTITUTION = re.compile(
    rf"(?:\b[Tt]he\s+)?\b(?P<owner>{_OWNER})(?P<possessive>['’]s|(?<=s)['’])?\s+(?:[Ss]tate\s+|[Pp]rovincial\s+|"
    rf"[Ff]ederal\s+|[Cc]entral\s+|[Rr]egional\s+|internationally\s+recogni[sz]ed\s+|interim\s+|transitional\s+)?"
    rf"{_INSTITUTION}(?![\w-])"
)
_GOVERNMENT_OF = re.compile(rf"\b(?P<inst>[Gg]overnment)\s+of\s+(?:the\s+)?(?P<owner>{_OWNER})")
# "the French military intervention", "a Somali army base": the institution word describes the noun
# after it; the institution itself is not what the sentence names.
_ATTRIBUTIVE_AFTER = re.compile(
    r"^\s+(?:camps?|bases?|barracks|posts?|outposts?|positions?|convoys?|patrols?|vehicles?|trucks?|"
    r"helicopters?|jets?|aircraft|planes?|drones?|operations?|offensives?|campaigns?|interventions?|"
    r"deployments?|presence|withdrawal|crackdown|raids?|strikes?|airstrikes?|actions?|involvement|rule|"
    r"regimes?|coups?|juntas?|takeover|uniforms?|checkpoints?|stations?|headquarters|hospitals?|schools?|"
    r"academy|courts?|tribunals?|budgets?|spending|polic(?:y|ies)|forces|troops|units?|personnel|soldiers|"
    r"sources|intelligence|assets|equipment|weapons|ships?|vessels?|boats?|officials\s+(?:say|said)|"
    r"figures|data|statistics|records|claims?|reports?|statements?|sweep|cordon|lines?|targets?|"
    r"contractors?|leadership|service|services|rations|jobs?|pensions?)\b",
    re.I,
)
_PORTFOLIOS = {
    "interior": "Interior",
    "home": "Interior",
    "home affairs": "Interior",
    "defence": "Defence",
    "defense": "Defense",
    "foreign": "Foreign Affairs",
    "foreign affairs": "Foreign Affairs",
}
# Words for the armed forces as a whole, which the gazetteer lists as aliases of one organisation.
_MILITARY_WORDS = ("army", "military", "armed forces")


def _military(inst: str) -> str:
    """The institution a word names: any word for the armed forces is one body."""
    folded = " ".join(inst.lower().split())
    return "military" if folded in _MILITARY_WORDS else folded


# "the army said", "the military says": a state's force acting in a sentence of its own
_ACTING_FORCE = re.compile(
    r"\b[Tt]he\s+(?P<inst>army|military)(?:['’]s\b|\s+(?:said|says|added|announced|confirmed|denied|reported|"
    r"claimed|stated)\b|\s+(?:is|was|has|had)\s)"
)


# "ambushed a Nigerien army patrol", "the attack on a Chadian army post": the force is the one attacked
_ATTACKED_UNIT_BEFORE = re.compile(
    r"\b(?:ambush(?:ed)?|attack(?:ed)?|overr?an|stormed|raided|struck|targeted|besieged|assaulted|hit|"
    r"(?:attacks?|assaults?|ambush(?:es)?|raids?)\s+on)\s+(?:an?|the)\s+$"
)


# (a patrol or a convoy is the army on the move; "an army base" is a site, named by where it is)
_UNIT_AFTER = re.compile(r"\s+(?:patrols?|convoys?|units?|columns?|detachments?)\b")


def _acting_alone(text: str, inst: str) -> bool:
    """Whether the document calls the armed forces "the army" as an actor, so their only full name counts."""
    if _military(inst) != "military":
        return False
    return _ACTING_FORCE.search(text) is not None


def _institution_owner(match: re.Match[str]) -> tuple[gazetteer.PlaceEntry, str | None, int, str] | None:
    """The country or province an institution belongs to, the nationality word used, where it starts, its text.

    "Nigeria's army": Nigeria; "the Nigerian army": Nigeria and "Nigerian"; "the Khyber Pakhtunkhwa
    government": the province. Capitalised words before the owner ("On Monday Nigeria's") are not it.
    """
    owner = match.group("owner")
    for word in re.finditer(r"\S+", owner):
        candidate = owner[word.start() :]
        offset = match.start("owner") + word.start()
        country = None if match.group("possessive") else lexicon.gazetteer.country_of_demonym(candidate)
        if country is not None and country in lexicon.gazetteer.places():
            return lexicon.gazetteer.places()[country], candidate, offset, candidate
        place = lexicon.lookup_place(candidate)
        if place is not None and place.type in ("Country", "Province"):
            return place, None, offset, candidate
    return None


def _institution_name(
    place: gazetteer.PlaceEntry, demonym: str | None, match: re.Match[str]
) -> tuple[str, str | None, str] | None:
    """The canonical name, gazetteer id and kind of a state institution, looked up or made up.

    The gazetteer's name wins ("the Nigerian army" and "Nigeria's military" are the Nigerian Army);
    otherwise a name is made from the owner so that every form of it in a document agrees.
    """
    inst = " ".join(match.group("inst").lower().split())
    portfolio = match.group("portfolio") or match.group("portfolio_of")
    country = place.type == "Country"
    if not country and (
        inst in _MILITARY_WORDS
        or inst in ("navy", "air force")
        or portfolio in ("defence", "defense", "foreign", "foreign affairs")
    ):
        return None  # "Khyber Pakhtunkhwa's army": a province has none
    words = [inst]
    if inst in _MILITARY_WORDS:
        words = list(_MILITARY_WORDS)
    elif portfolio:
        words = [
            f"{portfolio} ministry",
            f"ministry of {portfolio}",
            f"ministry of the {portfolio}",
            f"{portfolio} department",
            f"department of {portfolio}",
        ]
    nationality = demonym or (lexicon.gazetteer.demonym_of(place.id) if country else None)
    owners = [o for o in (nationality, place.name, f"{place.name}'s", *place.aliases[:3]) if o]
    for owner in owners:
        for word in words:
            org = lexicon.lookup_org(f"{owner} {word}")
            if org is not None and org.type in ("Government", "Military", "Agency"):
                return org.name, f"org:{org.id}", org.type
    if inst == "government":
        name = f"{nationality} government" if nationality else f"Government of {place.name}"
        return name, None, "Government"
    if inst in _MILITARY_WORDS:
        return (
            (f"{nationality} Armed Forces" if nationality else f"Armed Forces of {place.name}"),
            None,
            "Military",
        )
    if inst in ("navy", "air force"):
        title = inst.title()
        return (f"{nationality} {title}" if nationality else f"{title} of {place.name}"), None, "Military"
    if portfolio:
        title = _PORTFOLIOS.get(" ".join(portfolio.lower().split()), portfolio.title())
        return f"Ministry of {title} ({place.name})", None, "Government"
    return f"Intelligence Service ({place.name})", None, "Agency"


_ABBREVIATED = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}")


def governments(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """Mentions of a state's government, armed forces, ministries and spy agency named by its owner.

    Every form in one document gets one name: "Sudan's army" is named with the nationality word
    the document writes elsewhere ("the Sudanese army").
    """
    matches = []
    spans_of: dict[int, tuple[int, int]] = {}  # where a name written owner-last stands in the text
    written: dict[str, str] = {}  # country id -> the nationality word this document uses for it
    attributive: list[
        tuple[int, int, re.Match[str]]
    ] = []  # "a Chadian army post", kept if named nowhere else
    for i, sent in enumerate(sents):
        stext = document.text[sent.start_char : sent.end_char]
        for match in _OWNED_INSTITUTION.finditer(stext):
            if _ATTRIBUTIVE_AFTER.match(stext[match.end() : match.end() + 40]):
                if _acting_alone(document.text, match.group("inst")) or (
                    _military(match.group("inst")) == "military"
                    and _ATTACKED_UNIT_BEFORE.search(stext[: match.start()])
                    and _UNIT_AFTER.match(stext, match.end())
                ):
                    attributive.append((i, sent.start_char, match))
                continue
            # "the Free Syrian Army": an armed group named like a state's army is that group
            if lexicon.lookup_group(re.sub(r"^[Tt]he\s+", "", match.group())):
                continue
            owner = _institution_owner(match)
            if owner is not None:
                matches.append((i, sent.start_char, match, owner))
                if owner[1] is not None:
                    written.setdefault(owner[0].id, owner[1])
    # "a Chadian army post ... the army said": a force the story names only before a noun, and
    # otherwise calls "the army" as an actor, is named there
    owned = {(owner[0].id, _military(m.group("inst"))) for _, _, m, owner in matches}
    for i, base, match in attributive:
        owner = _institution_owner(match)
        if (
            owner is not None
            and owner[1] is not None
            and (owner[0].id, _military(match.group("inst"))) not in owned
        ):
            owned.add((owner[0].id, _military(match.group("inst"))))
            matches.append((i, base, match, owner))
            written.setdefault(owner[0].id, owner[1])
    # "the Government of Mali", "the government of Balochistan province": the owner follows
    for i, sent in enumerate(sents):
        stext = document.text[sent.start_char : sent.end_char]
        for match in _GOVERNMENT_OF.finditer(stext):
            # "from al-Qaeda franchise to de facto government of Syria": a role, not the body
            if re.search(r"\b(?:de\s+facto|a|an|any|no)\s+$", stext[: match.start()]):
                continue
            words = match.group("owner").split()
            for k in range(len(words), 0, -1):
                candidate = " ".join(words[:k])
                place = lexicon.lookup_place(candidate)
                if place is None or place.type not in ("Country", "Province"):
                    continue
                same = _OWNED_INSTITUTION.fullmatch(f"{candidate} government")
                end = match.start("owner") + len(candidate)
                # "the government of Somalia's Puntland region" is Puntland's
                if same is not None and stext[end : end + 2] not in ("'s", "’s"):
                    matches.append(
                        (i, sent.start_char, same, (place, None, match.start("inst") - end, candidate))
                    )
                    spans_of[id(same)] = (sent.start_char + match.start("inst"), sent.start_char + end)
                break
    out: list[Mention] = []
    for i, base, match, (place, demonym, lo, owner) in matches:
        if demonym is None and place.type == "Country" and _ABBREVIATED.fullmatch(owner):
            # "the U.S. government" is named as written, unless the document says "American" elsewhere
            demonym = owner
        named = _institution_name(place, demonym or written.get(place.id), match)
        start, end = spans_of.get(id(match), (base + lo, base + match.end()))
        if named is None or any(m.start < end and start < m.end for m in found + out):
            continue
        name, gid, kind = named
        out.append(
            Mention(
                document.text[start:end],
                name,
                EntityType.ORGANIZATION,
                document.id,
                start,
                end,
                i,
                0.7,
                gid,
                kind,
            )
        )
        if match.group("possessive") and place.type == "Country" and id(match) not in spans_of:
            # "Libya's government": the country is named too, and may be named nowhere else.
            out.append(
                Mention(
                    owner,
                    place.name,
                    EntityType.LOCATION,
                    document.id,
                    start,
                    start + len(owner),
                    i,
                    0.7,
                    f"place:{place.id}",
                    place.type,
                )
            )
    return out


# "The Badr Organization ... Badr controls the largest bloc", "Asaib Ahl al-Haq ... unlike Asaib": the first word
# of a group the story named in full, alone, stands for that group whatever NER took it for (a town, a man).
_FIRST_WORD = re.compile(r"[A-Z][a-z]{2,}")
# A place word read alone after these is a place ("fighting in Badr", "the road to Kachin"), never the group.
_PLACE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:in|at|near|from|to|into|across|around|outside|inside|throughout|within|of|between|and|or)\s+$"
    r"|[,(]\s*$",
    re.I,
)


# ("Badr controls the largest bloc", "Badr and other factions": what a body does, never a place or a man)
_BODY_VERB_AFTER = re.compile(
    r"[ \t]+(?:and[ \t]+other|controls|holds|has|had|is|was|said|says|runs|leads|commands|fields|denied|claimed)\b"
)


# Words for "movement", "army", "front" that begin many groups' names ("Tehreek-e-Taliban", "Jaish-e-Mohammed"): read
# alone as a band, they are the one group named so, or none where several are.
_GENERIC_HEADS = frozenset(
    {
        "tehreek",
        "tehrik",
        "tahreek",
        "harakat",
        "harkat",
        "hizb",
        "jamaat",
        "jamiat",
        "tanzeem",
        "tanzim",
        "jaish",
        "jaysh",
        "lashkar",
        "katiba",
        "kataib",
        "liwa",
        "jabhat",
        "ansar",
    }
)


def first_words_of_named_groups(mentions: list[Mention], text: str) -> list[Mention]:
    """One word that begins the name of one group named before in full is that group ("Badr" after "the
    Badr Organization"); a word for "movement" or "army" that begins the names of several ("the Tehreek" after
    Tehreek-e-Taliban Pakistan and Tehreek-e-Jihad Pakistan) names none of them, and a band read from it is dropped.

    Only a word the gazetteer knows as no group of its own; a town only where a body's verb follows it
    ("Badr controls", not "in Badr" or "the Shabwa bombing"), and a person only when read as no one's surname.
    """
    owners: dict[str, dict[str, Mention]] = {}  # first word -> group name -> its first mention
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type is not EntityType.GROUP:
            continue
        for form in {m.name, LEADING.sub("", m.text)}:
            words = re.split(r"[\s\-‐‑]+", form.strip())
            if len(words) >= 2 and _FIRST_WORD.fullmatch(words[0]):
                owners.setdefault(words[0], {}).setdefault(m.name, m)
    if not owners:
        return mentions
    out = []
    for m in mentions:
        word = m.text.strip()
        named = owners.get(word)
        if named is None or " " in word or lexicon.lookup_group(word) is not None:
            out.append(m)
            continue
        earlier = [g for g in named.values() if g.end <= m.start]
        generic = word.casefold() in _GENERIC_HEADS
        if len(named) > 1:
            # ("the Tehreek": which of the two the text does not say)
            if (
                generic
                and m.type is EntityType.GROUP
                and m.gazetteer_id is None
                and len(earlier) == len(named)
            ):
                continue
            out.append(m)
            continue
        if len(earlier) != 1 or m.type is EntityType.ORGANIZATION:
            out.append(m)
            continue
        group = earlier[0]
        place = m.type is EntityType.LOCATION
        if (
            # (a band's own one-word name, "Fatah" beside "Fatah al-Islam", is another band)
            generic
            and m.type is EntityType.GROUP
            and m.gazetteer_id is None
            or m.type is EntityType.PERSON
            and m.name == m.text
            or place
            and m.subtype not in ("Country", "Province", "Region")
            and not _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start)
            and _BODY_VERB_AFTER.match(text, m.end)
        ):
            m = dataclasses.replace(
                m,
                name=group.name,
                type=EntityType.GROUP,
                gazetteer_id=group.gazetteer_id,
                subtype=group.subtype,
            )
        out.append(m)
    return out

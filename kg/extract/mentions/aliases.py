"""Names the text declares to be one (acronyms, pen names, aliases) and the types they share."""

from __future__ import annotations

import dataclasses
import re

from kg.extract import lexicon
from kg.extract.mentions.text import COMPANY_SUFFIX, GOV_ORG_HEAD, sentence_at
from kg.model import EntityType, Mention

_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z-]*$|^[A-Z]{2,}(?:-[A-Z0-9]+)?$")
_NAME_STOP = {
    "of",
    "the",
    "in",
    "and",
    "for",
    "al",
    "el",
    "wal",
    "wa",
    "de",
    "du",
    "des",
    "la",
    "le",
    "e",
    "i",
    "ul",
    "ut",
    "ud",
    "bin",
    "ibn",
    "to",
    "on",
}


def groups_by_acronym(mentions: list[Mention], same_as: list[tuple[Mention, Mention]]) -> list[Mention]:
    """A name NER took for a person is the group its bracketed acronym stands for.

    "Ahlu Sunnah Wa-Jama (ASWJ)": the letters of the acronym are the initials of the name.
    """
    groups: dict[int, Mention] = {}
    for full, short in same_as:
        if full.type is EntityType.PERSON and full.gazetteer_id is None and short.type is EntityType.GROUP:
            words = [w for w in re.split(r"[\s-]+", full.text) if w]
            # Every word's initial ("Ahlu Sunnah Wa-Jama": ASWJ), or the capitalised words' ("al-" skipped).
            initials = {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper())}
            if re.sub(r"[^A-Z]", "", short.text) in initials:
                groups[full.start] = short
    if not groups:
        return mentions
    return [
        dataclasses.replace(
            m,
            type=EntityType.GROUP,
            name=groups[m.start].name,
            gazetteer_id=groups[m.start].gazetteer_id,
            subtype=None,
        )
        if m.start in groups and m.type is EntityType.PERSON
        else m
        for m in mentions
    ]


def _pen_name(full: Mention, short: Mention) -> bool:
    """Whether `short` is another name of the person `full` ("Stéphane Charbonnier, known as Charb").

    NER types a lone pen name or nom de guerre at random; an acronym in brackets after a
    person is more often the group they belong to, so it is left alone.
    """
    return (
        full.type is EntityType.PERSON
        and short.gazetteer_id is None
        and short.type is not EntityType.GROUP
        and not _ACRONYM.match(short.text)
    )


def acronyms_of(m: Mention) -> tuple[str, ...]:
    """The acronyms the gazetteer lists for the group or organisation a mention stands for."""
    kind, _, ident = (m.gazetteer_id or "").partition(":")
    if kind == "org" and ident in lexicon.gazetteer.organizations():
        return lexicon.gazetteer.organizations()[ident].acronyms
    if kind == "group" and ident in lexicon.groups():
        return lexicon.groups()[ident].acronyms
    return ()


def retype_aliases(mentions: list[Mention], same_as: list[tuple[Mention, Mention]]) -> list[Mention]:
    """Give every use of an alias the type and name of what it was introduced for.

    "The Kivu Defence Brigades (KDB) ..." then "The KDB is active in Congo": NER may call the
    bare "KDB" an organisation; it is the group.
    """
    introduced: dict[str, Mention] = {}
    # "the Armed Forces of the Philippines (AFP)": an acronym the gazetteer gives to another body
    # (Agence France-Presse) stands, in this document, for the name it was introduced with.
    displaced: dict[str, str] = {}
    for full, short in same_as:
        if short.gazetteer_id is None and (full.type is not EntityType.PERSON or _pen_name(full, short)):
            introduced.setdefault(short.text, full)
        elif short.gazetteer_id not in (None, full.gazetteer_id) and short.text in acronyms_of(full):
            introduced.setdefault(short.text, full)
            displaced[short.text] = short.gazetteer_id
        elif (
            short.gazetteer_id == full.gazetteer_id
            and full.type in (EntityType.GROUP, EntityType.ORGANIZATION)
            and _ACRONYM.match(short.text)
        ):
            # an acronym the gazetteer knows as this body's: later uses it took for a place are its too
            introduced.setdefault(short.text, full)
    # "Alexander Díaz Mendoza, alias Calarcá ... Calarcá's faction": a person's other name stays his where a
    # town or a body the gazetteer knows shares it
    noms = {
        short.text
        for full, short in same_as
        if full.type is EntityType.PERSON and short.type is EntityType.PERSON and short.gazetteer_id is None
    }
    out = []
    for m in mentions:
        full = introduced.get(m.text)
        if (
            full is not None
            and (
                m.gazetteer_id in (None, displaced.get(m.text))
                or _misread_place(m, full)
                or (m.text in noms and m.type in (EntityType.LOCATION, EntityType.ORGANIZATION))
            )
            and (m.type is not full.type or m.name != full.name)
        ):
            m = dataclasses.replace(
                m, type=full.type, name=full.name, gazetteer_id=full.gazetteer_id, subtype=full.subtype
            )
        out.append(m)
    # A short name is an alias the document never declares: it is introduced by the longer name alone.
    return short_org_names(operation_short_names(out))


def _misread_place(m: Mention, full: Mention) -> bool:
    """Whether `m` is a group's or body's acronym the gazetteer matched, by its letters alone, to a place.

    "The United Baloch Army (UBA) ..." then "the UBA is active around Quetta": the bare "UBA" is the
    group the text defined, not the town of Ubá; "the US" stays the country, which is written so.
    """
    if m.type is not EntityType.LOCATION or full.type is EntityType.LOCATION:
        return False
    kind, _, ident = (m.gazetteer_id or "").partition(":")
    place = lexicon.gazetteer.places().get(ident) if kind == "place" else None
    return place is not None and m.text not in (place.name, *place.aliases)


_OPERATION_WORD = re.compile(r"^(?:Operation|Opération|Operación)\s+")


def operation_short_names(mentions: list[Mention]) -> list[Mention]:
    """A name that an operation named before goes by without "Operation" is that operation.

    "Operation Shujaa, the joint offensive ..." then "Shujaa has displaced the ADF": NER takes the bare
    name for a place or a person; the document has already said what it is. A known name keeps its own.
    """
    operations: dict[str, Mention] = {}
    for m in mentions:
        if m.type is EntityType.ORGANIZATION and _OPERATION_WORD.match(m.name):
            operations.setdefault(_OPERATION_WORD.sub("", m.name), m)
    if not operations:
        return mentions
    out = []
    for m in mentions:
        full = operations.get(m.text.strip())
        if full is not None and m.gazetteer_id is None and m.start > full.start and m.name == m.text:
            m = dataclasses.replace(m, type=full.type, name=full.name, subtype=full.subtype)
        out.append(m)
    return out


_CAPITALISED = re.compile(r"^(?:[Tt]he\s+)?[A-Z]")
# Words after which an organisation's name says what it is for or where it sits ("Ministry of Interior",
# "Embassy in Kabul"): the words before are the name's head.
_NAME_PREPOSITIONS = frozenset({"of", "in", "for", "on", "at"})


def _fits(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words of `short` are a shorter form of the name `long`.

    Its last words ("Air Force" for "Nigerian Air Force"), the last words of its head ("Ministry" for
    "Ministry of Interior", "Embassy" for "Russian Embassy in Kabul"), or the head after what it is for
    ("Interior Ministry" for "Federal Ministry of Interior", "Foreign Ministry" for "Ministry of Foreign
    Affairs").
    """
    if not short or len(short) >= len(long):
        return False
    if long[-len(short) :] == short:
        return True
    cut = next((i for i, w in enumerate(long) if w in _NAME_PREPOSITIONS), None)
    if not cut:
        return False
    head, what = long[:cut], tuple(w for w in long[cut + 1 :] if w != "the")
    return (len(short) <= len(head) and head[-len(short) :] == short) or (
        len(short) >= 2 and short[-1] == head[-1] and short[:-1] == what[: len(short) - 1]
    )


# Words for a state's forces: "the Army", "Forces" alone are the state's, whatever group has them in its name.
_STATE_FORCE_WORDS = frozenset(
    {"army", "armies", "military", "police", "navy", "forces", "force", "troops", "government", "soldiers"}
)


def short_org_names(mentions: list[Mention]) -> list[Mention]:
    """A short organisation name stands for the one longer name in the document it is a shorter form of.

    "The Nigerian Air Force ..." then "Air Force spokesman Edward Gabkwet": the bare "Air Force" is the
    Nigerian Air Force. Where two longer names fit ("Kenyan Army", "Somali National Army"), or one is a
    group's ("Arakan Army"), the short name is left as it is. Only this document's names count: another
    article's "Army" is another army.
    """
    longer: dict[str, Mention] = {}  # the entity's key -> its first mention
    forms: dict[str, set[tuple[str, ...]]] = {}  # the entity's key -> the words of its names
    written: dict[str, set[str]] = {}  # the entity's key -> the capitalised words of its names, as written
    for m in mentions:
        if m.type in (EntityType.ORGANIZATION, EntityType.GROUP) and " " in m.name.strip():
            key = m.gazetteer_id or f"{m.type.value}:{lexicon.fold(m.name)}"
            longer.setdefault(key, m)
            forms.setdefault(key, set()).update(
                tuple(lexicon.fold(t).split()) for t in (m.text, m.name) if lexicon.fold(t)
            )
            written.setdefault(key, set()).update(
                w for t in (m.text, m.name) for w in t.split() if w[:1].isupper()
            )
    if not longer:
        return mentions

    seen: dict[tuple[str, ...], list[str]] = {}

    def fitting(words: tuple[str, ...]) -> list[str]:
        # A body that already goes by these words in full is one of those they may stand for, the
        # short name's own mentions apart ("Kenya's Interior Ministry" is the Kenyan ministry).
        if words not in seen:
            seen[words] = [
                k
                for k, names in forms.items()
                if names != {words} and (words in names or any(_fits(words, n) for n in names))
            ]
        return seen[words]

    def plural_of_a_word(word: str) -> list[str]:
        # "the Guards" after "the Islamic Revolutionary Guard Corps": a plural of one word of one name
        if not word.endswith("s") or len(word) < 5:
            return []
        return [k for k, names in forms.items() if any(word[:-1] in n for n in names if len(n) > 1)]

    # "Thalassa Bulk Carriers ... Thalassa said": a firm goes by the first word of its name
    firms: dict[str, set[str]] = {}
    for key, m in longer.items():
        first = m.name.split()[0]
        if (
            m.type is EntityType.ORGANIZATION
            and (m.subtype == "Company" or COMPANY_SUFFIX.search(m.name))
            and first[1:].islower()
            and lexicon.lookup_place(first) is None
        ):
            firms.setdefault(first, set()).add(key)
    out = []
    for m in mentions:
        words = tuple(lexicon.fold(m.text).split())
        firm = (
            firms.get(m.text.strip())
            if m.type in (EntityType.PERSON, EntityType.ORGANIZATION)
            and m.gazetteer_id is None
            and m.name == m.text
            else None
        )
        if firm is not None and len(firm) == 1 and longer[next(iter(firm))].start < m.start:
            full = longer[next(iter(firm))]
            m = dataclasses.replace(
                m, type=full.type, name=full.name, gazetteer_id=full.gazetteer_id, subtype=full.subtype
            )
        if (
            m.type is EntityType.LOCATION
            and m.gazetteer_id is None
            and len(words) == 1
            and _CAPITALISED.match(m.text)
            and lexicon.lookup_place(m.text.strip()) is None
        ):
            # "broke away from the Brotherhood" after "the Muslim Brotherhood": a word a locative made a
            # place, that is the last word of one body's name in the document, is that body
            fit = fitting(words)
            full = longer[fit[0]] if len(fit) == 1 else None
            if full is not None and full.start < m.start:
                m = dataclasses.replace(
                    m, type=full.type, name=full.name, gazetteer_id=full.gazetteer_id, subtype=full.subtype
                )
        if (
            m.type is EntityType.ORGANIZATION
            and m.gazetteer_id is None
            and len(words) == 1
            and _CAPITALISED.match(m.text)
            and lexicon.fold(m.name) == lexicon.fold(m.text)
            and not fitting(words)
            and words[0] not in _STATE_FORCE_WORDS
        ):
            fit = plural_of_a_word(words[0])
            full = longer[fit[0]] if len(fit) == 1 else None
            if full is not None and full.gazetteer_id is not None and full.start < m.start:
                m = dataclasses.replace(
                    m, type=full.type, name=full.name, gazetteer_id=full.gazetteer_id, subtype=full.subtype
                )
        if (
            m.type is EntityType.ORGANIZATION
            and m.gazetteer_id is None
            and _CAPITALISED.match(m.text)
            and words
            # (a name another rule gave it stands)
            and lexicon.fold(m.name) == lexicon.fold(m.text)
        ):
            fit = fitting(words)
            # "Ministry" fits "Interior Ministry" and "Ministry of Interior", two names of one body.
            # A name seen only in that one form and shorter than another that fits is that other body.
            fit = [
                k
                for k in fit
                if len(forms[k]) > 1 or not any(o in fit and o != k for n in forms[k] for o in fitting(n))
            ]
            full = longer[fit[0]] if len(fit) == 1 else None
            if full is not None and full.type is EntityType.ORGANIZATION:
                m = dataclasses.replace(
                    m, name=full.name, gazetteer_id=full.gazetteer_id, subtype=full.subtype
                )
            elif (
                full is not None
                and full.type is EntityType.GROUP
                and full.gazetteer_id is not None
                and full.start < m.start
                and not set(words) & _STATE_FORCE_WORDS
                # ("Front de libération nationale corse ... Corse-Matin": a word the name writes in lower
                # case is no name of the group's)
                and all(w in written[fit[0]] for w in m.text.split() if w.lower() != "the")
            ):
                # "the Freedom of Russia Legion ... A Legion spokesman": the known group's last word alone
                m = dataclasses.replace(
                    m, type=full.type, name=full.name, gazetteer_id=full.gazetteer_id, subtype=full.subtype
                )
        out.append(m)
    return out


# "the Frente Sur Andino (FSA), a small armed faction based in ...", "X, one of the oldest Meitei armed
# groups", "X (XYZ), the youth group that claimed ...": an apposition that says the name is an armed band's.
# (Not "X, a rights group that monitors armed groups": a body of another kind is named first.)
BAND_APPOSITION = re.compile(
    r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?,[ \t]*(?:(?:a|an|the|one\s+of\s+the|then\s+the|its|their)\s+)"
    r"(?!(?:[\w'’-]+\s+){0,2}?(?:rights|aid|advocacy|research|monitoring|think|media|news|humanitarian|"
    r"non-?profit|government|state|ministry|agency|office|court|police|army|military|watchdog|charity|"
    r"observatory|institute|tracker|project|database|political|party|parties|trade|business|civil|community|"
    r"student|women)\b)"
    r"(?:[\w'’()-]+\s+){0,4}?"
    r"(?:(?:armed|militant|rebel|guerrilla|insurgent|jihadist|Islamist|terrorist|separatist|paramilitary|"
    r"extremist|criminal|prison|youth)\s+(?:[\w-]+\s+)?(?:groups?|factions?|organi[sz]ations?|movements?|"
    r"outfits?|networks?|bands?|cells?|gangs?)|factions?|militias?|gangs?|splinter|offshoot|guerrillas?)\b"
    r"|[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?,[ \t]*which\s+(?:[\w'’-]+\s+){0,3}?(?:described|describes|describe|calls|call|called|"
    r"labels|labelled|considers)\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:splinter|offshoot|faction|militia|"
    r"gang|armed\s+group)\b"
)


# "Ali Musa, a former militia commander", "a member of the armed group": a person described by a role in a band
_ROLE_IN_A_BAND = re.compile(
    r"\b(?:members?|commanders?|leaders?|head|chiefs?|founders?|fighters?|spokes\w*|emirs?|militants?|"
    r"veterans?|former|ex|deputy|boss|lieutenants?|recruits?|supporters?|sympathi[sz]ers?|sons?|brothers?|wife|"
    r"daughters?|father|man|woman|residents?|victims?|lawyers?|researchers?|analysts?|experts?|defectors?|"
    r"prisoners?|inmates?|financiers?|ideologues?|preachers?)\b",
    re.I,
)


def described_as_band(text: str, at: int) -> bool:
    """Whether the apposition after a name (ending at `at`) says the name is an armed band's."""
    match = BAND_APPOSITION.match(text, at)
    if match is None:
        return False
    # ("the faction's leader", "a gang boss": the band word only says whose the person's role is)
    after = re.match(r"(?:['’]s\b|\s+[\w-]+)?", text[match.end() : match.end() + 30])
    return _ROLE_IN_A_BAND.search(match.group()) is None and not (
        after.group().startswith(("'", "’")) or _ROLE_IN_A_BAND.search(after.group())
    )


# "the Rwandan Security Forces (RSF)": capitalised words, and the acronym their initials make, in brackets after them
# (with the small words of other languages between them: "the Irmandade do Sertão (IDS)")
_DEFINED_NAME = re.compile(
    r"(?P<words>(?:[A-ZÀ-Ý][\w'’-]+\s+(?:(?:of|for|and|the|de|du|des|al|el|la|wal|do|da|dos|das|del|di|y|e)[\s-]+)?){1,6})"
    r"\((?P<acronym>[A-Z][A-Za-z-]{1,7})\)"
)
_BODY_HEAD = re.compile(
    r"(?:Observatory|Institute|Centre|Center|Foundation|Accord|Authority|Directorate|Unit|Guard|Network|Initiative|"
    r"Project|Programme|Program|Mission|Union|Organi[sz]ation)$"
)
_ARMED_HEAD = re.compile(
    r"(?:Front|Movement|Brigades?|Battalions?|Mujahideen|Resistance|Liberation|Militia|Jihad|Defenders|Fighters|Ansar)$"
)


def defined_names(mentions: list[Mention], text: str, sentence_starts: list[int]) -> list[Mention]:
    """The whole of a name that a bracketed acronym defines, where NER found it in pieces or not at all.

    "Rwandan Security Forces (RSF)" after a paragraph NER read as a nationality; "Dhaka Metropolitan
    Police (DMP)" read as the place Dhaka: the words whose initials the acronym spells are one name.
    Typed as the body a piece of it was found as, else by its last word.
    """
    if not mentions:
        return mentions
    doc_id = mentions[0].doc_id
    out = list(mentions)
    for match in _DEFINED_NAME.finditer(text):
        letters = re.sub(r"[^A-Z]", "", match.group("acronym").upper())
        words = match.group("words").rstrip()
        end = match.start("words") + len(words)
        # the fewest leading words dropped that leave a name the acronym spells ("The", a verb before it)
        starts = [match.start("words")] + [
            match.start("words") + i + 1 for i, c in enumerate(words) if c.isspace()
        ]
        start = next(
            (at for at in starts if at < end and text[at].isupper() and initials(text[at:end]) == letters),
            None,
        )
        if start is None or " " not in text[start:end] or text[start:end].split()[0] == "The":
            continue
        pieces = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in pieces) or any(
            m.end == end and initials(m.text) == letters for m in pieces
        ):
            # a name found whole already, or a part of a longer one
            continue
        known = [m for m in pieces if m.gazetteer_id is not None and initials(m.name) == letters]
        if known:
            # "Jama’at Nusrat al-Islam wal-Muslimin (JNIM)": the gazetteer knew the body by part of the words
            out = [m for m in out if m not in pieces] + [
                dataclasses.replace(known[0], text=text[start:end], start=start, end=end)
            ]
            continue
        bodies = [m.type for m in pieces if m.type in (EntityType.GROUP, EntityType.ORGANIZATION)]
        head = text[start:end].split()[-1]
        if bodies:
            kind = bodies[0]
        elif GOV_ORG_HEAD.fullmatch(head) or _BODY_HEAD.search(head):
            kind = EntityType.ORGANIZATION
        elif _ARMED_HEAD.search(head) or described_as_band(text, end):
            # ("the Irmandade do Sertão (IDS), a local faction": the apposition says what the name is)
            kind = EntityType.GROUP
        else:
            continue
        name = text[start:end]
        out = [m for m in out if m not in pieces]
        out.append(
            Mention(
                text=name,
                name=name,
                type=kind,
                doc_id=doc_id,
                start=start,
                end=end,
                sentence_index=sentence_at(sentence_starts, start),
                confidence=0.8,
            )
        )
    return (
        out if len(out) == len(mentions) and out == mentions else sorted(out, key=lambda m: (m.start, m.end))
    )


def initials(name: str) -> str:
    """The capital initials of a name's words, its small words left out ("Ambazonia Defence Forces": ADF)."""
    parts = re.split(r"[\s-]+", name)
    return "".join(p[0] for p in parts if p and p.lower() not in _NAME_STOP and p[0].isalpha()).upper()


# "Abu Mohammed al-Jolani, the founder of Jabhat al-Nusra, who now uses his real name, Ahmed al-Sharaa".
_PERSON_ALIAS_AFTER = re.compile(
    r"^\s*,\s*(?:(?:the|a|an)\s+[^,;]{1,60},\s*)?who\s+(?:now\s+|also\s+)?(?:uses\s+(?:his|her)\s+real\s+name|"
    r"goes\s+by(?:\s+the\s+name)?|calls\s+(?:himself|herself))\s*,?\s+|"
    # "Abu Hamza al-Kurdi (real name Ali Hassan Omar)": the name a nom de guerre hides, in brackets
    r"\s*\(\s*(?:(?:his|her)\s+)?(?:real|birth|true|legal)\s+name\s*:?\s*(?:is\s+)?|"
    # "Yusuf Demir, 29, alias Abu Talut": the age between the name and the alias
    r"\s*,\s*\d{1,2}\s*,\s*(?:alias|a\.k\.a\.?|aka|(?:also\s+|better\s+)?known\s+as)\s+[\"“‘']?|"
    # 'Karl Brenner, a former soldier who has used the aliases "Wolf" and "Ares"', "..., who runs it under
    # the alias "Norman Spear"": the alias a description of the man gives him
    r"\s*,\s*(?:(?:the|a|an)\s+)?(?:[^,;.()\n]|\.(?=\w|\s+[a-z]))*?\b(?:under|using|used|uses|use)\s+the\s+"
    r"(?:alias(?:es)?|pseudonyms?|noms?\s+de\s+guerre|nicknames?|kunyas?)\s+[\"“‘']?"
)
# '"Wolf" and "Ares"': a second alias after the first
_AND_ALIAS_AFTER = re.compile(r"[\"”’']?\s*(?:,|and|or)\s+[\"“‘']?")
# "In the recording he called himself Waqas Commando": the person the story is about.
_CALLED_ONESELF = re.compile(
    r"\b(?:he|she|He|She)\s+(?:called|calls|styled|styles|named)\s+(?:himself|herself)\s+"
)


def _untagged_alias(
    text: str, person: Mention, at: int, mentions: list[Mention], by_start: dict[int, Mention]
) -> Mention | None:
    """The capitalised name at `at` made a mention of the person's, where no mention stands there."""
    word = _ALIAS_NAME.match(text, at)
    if word is None or any(m.start < word.end() and word.start() < m.end for m in mentions):
        return None
    other = Mention(
        word.group(),
        word.group(),
        EntityType.PERSON,
        person.doc_id,
        word.start(),
        word.end(),
        person.sentence_index,
        0.6,
    )
    mentions.append(other)
    by_start[other.start] = other
    return other


def _person_aliases(
    text: str, mentions: list[Mention], by_start: dict[int, Mention]
) -> list[tuple[Mention, Mention]]:
    """Pairs of names one person goes by, where an apposition or a pronoun stands between them."""
    pairs = []
    people = [m for m in mentions if m.type is EntityType.PERSON]
    for m in people:
        found = _PERSON_ALIAS_AFTER.match(text[m.end : m.end + 160])
        other = by_start.get(m.end + found.end()) if found else None
        named = found is not None and re.search(r"alias|pseudonym|nom|nickname|kunya|known", found.group())
        if other is None and named:
            # 'who used the alias "Wolf"': an alias NER did not tag is still his name
            other = _untagged_alias(text, m, m.end + found.end(), mentions, by_start)
        if other is not None and _pen_name(m, other) or (other is not None and other.type is m.type):
            pairs.append((m, other))
            more = _AND_ALIAS_AFTER.match(text, other.end) if named and "alias" in found.group() else None
            if more is not None and text[m.end + found.end() - 1] in "\"“‘'":
                # 'the aliases "Wolf" and "Ares"': the second alias in quotes is his too
                second = by_start.get(more.end()) or _untagged_alias(text, m, more.end(), mentions, by_start)
                if second is not None and (second.type is m.type or _pen_name(m, second)):
                    pairs.append((m, second))
    for found in _CALLED_ONESELF.finditer(text):
        other = by_start.get(found.end())
        before = [p for p in people if found.start() - 400 < p.end <= found.start()]
        if other is not None and before and other.gazetteer_id is None:
            pairs.append((before[-1], other))
    return pairs


# "Ansar al-Sharia, the label AQAP has long used for its fighters", "Jund al-Aqsa, the front name the
# group uses in Idlib": a name set beside the words for a label one group goes by, then that group
_LABEL_OF_A_GROUP_AFTER = re.compile(
    r"[\"”’']?\s*,\s+(?:the|a|its)\s+(?:(?:front|cover|public|local|new|old|former)\s+)?"
    r"(?:name|label|banner|brand|alias)\s+(?:that\s+|which\s+)?(?:the\s+)?"
)
# "Under the front name Ansar al-Sharia it held Zinjibar": the name a group (named just before) fought under
_UNDER_THE_FRONT_NAME_BEFORE = re.compile(
    r"\b(?:under|using|with|as)\s+the\s+(?:front|cover)\s+name\s+[\"“‘']?$", re.I
)


def _front_names(
    text: str, mentions: list[Mention], by_start: dict[int, Mention]
) -> list[tuple[Mention, Mention]]:
    """Pairs of a group and the front name the text says it goes by (see the two patterns above)."""
    pairs = []
    groups = [m for m in mentions if m.type is EntityType.GROUP]
    for front in groups:
        label = _LABEL_OF_A_GROUP_AFTER.match(text, front.end)
        owner = by_start.get(label.end()) if label is not None else None
        if owner is None and _UNDER_THE_FRONT_NAME_BEFORE.search(text, max(0, front.start - 40), front.start):
            # the group the story was about just before ("AQAP, al-Qaeda's Yemeni branch, ...": not the owner
            # of another)
            before = [
                g
                for g in groups
                if front.start - 300 < g.end <= front.start
                and g.name != front.name
                and not _POSSESSIVE.match(text, g.end)
            ]
            owner = before[-1] if before else None
        if (
            owner is not None
            and owner.type is EntityType.GROUP
            and owner.gazetteer_id is not None
            and front.name != owner.name
            and not _POSSESSIVE.match(text, owner.end)
        ):
            pairs.append((owner, front))
    return pairs


_NOM_DE_GUERRE = re.compile(
    r".*\b(?:alias|a\.k\.a|aka|better\s+known\s+as|nom\s+de\s+guerre|nickname|kunya|code\s*name)\b", re.S
)
_ALIAS_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}")


def _redefined(full: Mention, short: Mention) -> bool:
    """Whether a bracketed acronym the gazetteer gives to another body is defined anew by the name before it."""
    return (
        short.gazetteer_id is not None
        and short.gazetteer_id != full.gazetteer_id
        and full.type in (EntityType.GROUP, EntityType.ORGANIZATION)
        and _ACRONYM.match(short.text) is not None
        and short.text not in acronyms_of(full)
        and (" " in full.name or "-" in full.name)
        # ("Rwandan Security Forces (RSF)": the gazetteer names the body Rwanda Defence Force; the letters
        # are those of the words the text wrote; "Hizb-ul-Ahrar (HuA)", not Harkat-ul-Ansar: its small words too,
        # where the gazetteer knows the name as well, so that the letters go from one known body to another)
        and (
            re.sub(r"[^A-Z]", "", short.text.upper()) in (initials(full.name), initials(full.text))
            or (full.gazetteer_id is not None and short.text.upper() == _every_initial(full.text))
        )
    )


def _every_initial(name: str) -> str:
    """The initials of all of a name's words, its small words among them ("Hizb-ul-Ahrar": HUA)."""
    return "".join(p[0] for p in re.split(r"[\s-]+", name) if p and p[0].isalpha()).upper()


_POSSESSIVE = re.compile(r"['’]s?\b")


def _part_known_as_whole(part: Mention, whole: Mention, text: str) -> bool:
    """Whether a known group's part is said to go by the name of the group the gazetteer makes it part of.

    "JAS, still widely known as Boko Haram": one group in this text. "The ESN, known as IPOB's armed
    wing" names the whole only as the owner of the part.
    """
    entry = lexicon.groups().get((part.gazetteer_id or "").removeprefix("group:"))
    return (
        entry is not None
        and part.type is EntityType.GROUP
        and whole.type is EntityType.GROUP
        and whole.gazetteer_id == f"group:{entry.parent}"
        and not _POSSESSIVE.match(text, whole.end)
    )


_SECOND_NAME_IN_BRACKETS = re.compile(r"^[A-Z][A-Za-z0-9/&-]{1,9},\s+[*_\"“‘']*(?P<name>(?:al-|el-)?[A-Z])")


_QUOTED_NICKNAME_THEN_BRACKET = re.compile(
    # ('Rawa Majid, a gang boss nicknamed "the Kurdish Fox" (Kurdiska räven)': after a short description too)
    r"^\s*,?\s*(?:(?:a|an|the)\s+[^,()\"“\n]{0,50}?\s+)?(?:(?:also|better|widely)\s+)?"
    r"(?:known\s+as|nicknamed|dubbed|called)\s+"
    r"[\"“‘'][^\"”’'\n]{2,40}[\"”’']\s*\(\s*"
)


_KNOWN_AS_AFTER_BRACKETS = re.compile(
    r",?\s+(?:(?:also|better|commonly|locally|widely)\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?"
)


def acronym_links(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs of mentions the text declares to be one: "X (ACR)", "X, or ACR,", "X, better known as Y"."""
    pairs: list[tuple[Mention, Mention]] = []
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        tail = text[m.end : m.end + 80]
        # ('Liwa al-Thawra ("Revolution Brigade")': a quoted gloss in brackets is the name in translation)
        paren = re.match(
            r"^\s*\(\s*(?:also\s+known\s+as\s+|or\s+|aka\s+)?[\"“‘]?([^()\n\"“”‘]{2,40}?)[\"”’]?\s*\)", tail
        )
        second = _SECOND_NAME_IN_BRACKETS.match(paren.group(1)) if paren is not None else None
        if second is not None and m.type in (EntityType.GROUP, EntityType.ORGANIZATION):
            # "the General Security Service (GSS, al-Amn al-Amm)": the name after the letters is the body's
            # own name in its language, whatever NER made of it
            native = by_start.get(m.end + paren.start(1) + second.start("name"))
            if native is not None and native.gazetteer_id is None and native.type is not m.type:
                k = mentions.index(native)
                native = mentions[k] = dataclasses.replace(
                    native, type=m.type, name=m.name, gazetteer_id=m.gazetteer_id, subtype=m.subtype
                )
                by_start[native.start] = native
            if native is not None and native.type is m.type:
                pairs.append((m, native))
        if paren is not None:
            inner_start = m.end + paren.start(1)
            other = by_start.get(inner_start)
            letters = paren.group(1)
            if (
                other is not None
                and other.end < inner_start + len(letters)
                and m.type in (EntityType.GROUP, EntityType.ORGANIZATION)
                and _ACRONYM.match(letters)
                and re.fullmatch(r"-[A-Z0-9]{1,3}", letters[len(other.text) :])
            ):
                # "Lashkar-e-Jhangvi al-Alami (LeJ-A)": a known body's letters are only the start of those the
                # text defines, here and at every later use of them
                for k, later in enumerate(mentions):
                    if (
                        later.start >= inner_start
                        and later.text == other.text
                        and text.startswith(letters, later.start)
                    ):
                        mentions[k] = dataclasses.replace(
                            later,
                            text=letters,
                            end=later.start + len(letters),
                            name=m.name,
                            type=m.type,
                            gazetteer_id=m.gazetteer_id,
                            subtype=m.subtype,
                        )
                        by_start[later.start] = mentions[k]
                other = by_start[inner_start]
            if other is not None and _redefined(m, other):
                # "The Karen Liberation Army (KLA)": the text's own definition beats the gazetteer's
                # "KLA" (Kosovo), here and at every later use of the letters.
                for k, later in enumerate(mentions):
                    if later.start >= other.start and later.text == other.text:
                        mentions[k] = dataclasses.replace(
                            later, name=m.name, type=m.type, gazetteer_id=m.gazetteer_id, subtype=m.subtype
                        )
                        by_start[later.start] = mentions[k]
                other = by_start[inner_start]
            if other is None and _ACRONYM.match(paren.group(1)) and m.type is not EntityType.PERSON:
                other = Mention(
                    paren.group(1),
                    m.name,
                    m.type,
                    m.doc_id,
                    inner_start,
                    inner_start + len(paren.group(1)),
                    m.sentence_index,
                    m.confidence,
                    m.gazetteer_id,
                    m.subtype,
                )
                mentions.append(other)
            if (
                other is not None
                and m.type is EntityType.ORGANIZATION
                and m.gazetteer_id is None
                and other.type is EntityType.GROUP
                and other.gazetteer_id is not None
                and _ACRONYM.match(other.text)
            ):
                # "the People's Defence Forces (HPG)": a name NER took for a body, glossed by a known
                # group's letters, is that group's name in translation
                k = mentions.index(m)
                m = mentions[k] = dataclasses.replace(
                    m,
                    type=other.type,
                    name=other.name,
                    gazetteer_id=other.gazetteer_id,
                    subtype=other.subtype,
                )
                by_start[m.start] = m
            if (
                other is not None
                and m.type in (EntityType.GROUP, EntityType.ORGANIZATION)
                and other.type is EntityType.LOCATION
                and re.match(r"\s*\(\s*(?:or|also\s+known\s+as|aka)\s", tail)
            ):
                # "usually called Rada (or Radaa)": a name given as the body's other spelling is the body's, whatever
                # town the gazetteer spells alike
                k = mentions.index(other)
                other = mentions[k] = dataclasses.replace(
                    other, type=m.type, name=m.name, gazetteer_id=m.gazetteer_id, subtype=m.subtype
                )
                by_start[other.start] = other
            # An acronym NER typed differently is still the acronym of this name (it is retyped later).
            # ("From Ahmed Bello (Birnin Kebbi)": a byline's town in brackets is where he writes from)
            if (
                other is not None
                and not (
                    m.type is EntityType.PERSON and other.type is EntityType.LOCATION and other.gazetteer_id
                )
                and (other.type is m.type or m.type is EntityType.PERSON or other.gazetteer_id is None)
            ):
                pairs.append((m, other))
                # "the Armed Peasant Front (APF-EP), known as the APF,": a short name after the brackets too
                cue = _KNOWN_AS_AFTER_BRACKETS.match(text, m.end + paren.end())
                later = by_start.get(cue.end()) if cue is not None else None
                if (
                    later is not None
                    and later.gazetteer_id is None
                    and {m.type, later.type} <= {EntityType.GROUP, EntityType.ORGANIZATION}
                ):
                    pairs.append((m, later))
                continue
        alias = re.match(
            # ('named "Rachid Bensaid", alias "Abou Talha"': the quote that closes a name before its alias)
            r"^(?:[\"”’'](?=\s*,?\s*(?:alias|a\.k\.a|aka|also\s+known\s+as|known\s+as)\b))?"
            # ("Zh. B. Toktogulov, born 1990, known under the nickname": his birth year or age between)
            r"(?:\s*,\s*(?:born\s+(?:in\s+)?\d{4}|aged\s+\d{1,2}|\d{1,2})(?=\s*,\s*known\s+(?:under|by)\s))?"
            r"\s*,?\s*(?:or|also\s+known\s+as|better\s+known\s+as|known\s+as|aka|"
            # "the 33rd Front, known in Spanish as Frente 33": the name in another language
            r"(?:(?:also|locally|commonly)\s+)?known\s+in\s+[A-Z][a-z]+\s+as|"
            # "JAS, still widely known as Boko Haram": how widely or how long a name is used
            r"(?:(?:still|also|widely|commonly|popularly|generally|more|better|locally)\s+){1,3}known\s+as|a\.k\.a\.?|alias|"
            r"known\s+(?:by|under)\s+(?:the|his|her)\s+(?:nom\s+de\s+guerre|alias|nickname|kunya|code\s*name)(?:\s+of)?|also\s+called|formerly\s+known\s+as|now\s+styled|now\s+known\s+as|who\s+now\s+uses\s+(?:his|her)\s+real\s+name,?|(?:who\s+)?(?:also\s+)?goes\s+by|nicknamed|"
            # "Jamaat Ansarullah, sometimes spelled Jamoat Ansorulloh": another spelling of one name
            r"(?:sometimes\s+|also\s+|often\s+|variously\s+)?(?:spelled|spelt|transliterated)(?:\s+as)?|"
            # "Islamic State Mozambique, which the group's outlets abbreviate as IS-M": the short form it is given
            r"(?:which\s+(?:[\w'’-]+\s+){0,6}?)?(?:(?:usually|commonly|often)\s+)?(?:abbreviates?|abbreviated|"
            r"shortens?|shortened)\s+(?:it\s+)?(?:as|to)|"
            # "the front, which in the north still operates under the name Jund al-Haqq": the name a group
            # uses somewhere is its own ("which operates under the banner of the Islamic State" names its owner)
            r"(?:which\s+(?:[a-z][\w-]*\s+){0,6}?)?(?:operates|operated|operating|fights|fought|fighting)\s+"
            r"under\s+the\s+name(?:\s+of)?|"
            # "The OLA, which calls itself the Waraana Bilisummaa Oromoo in Afaan Oromo": its own name for itself
            r"which\s+(?:calls|called|styles|styled|names|named)\s+itself)\s+(?:the\s+)?"
            # 'alias "Comrade Alipio"': the name in quotes
            r"[\"“‘']?",
            tail,
        )
        if alias is not None:
            other = by_start.get(m.end + alias.end())
            if (
                other is not None
                and other.type is EntityType.LOCATION
                and other.gazetteer_id is not None
                and re.fullmatch(r"\s*,?\s*or\s+(?:the\s+)?", alias.group())
            ):
                other = None  # "deal with the junta, the KNU or Beijing": a known place after "or" is another choice
            if other is None and m.type is EntityType.PERSON and _NOM_DE_GUERRE.match(alias.group()):
                # "Julius Bwambale, alias Kamanda": a nom de guerre NER did not tag is still his name
                word = _ALIAS_NAME.match(text, m.end + alias.end())
                if word is not None:
                    name = lexicon.HONORIFICS.sub("", word.group())
                    lo = word.end() - len(name)
                    other = Mention(
                        name, name, EntityType.PERSON, m.doc_id, lo, word.end(), m.sentence_index, 0.6
                    )
                    mentions.append(other)
            if (
                other is not None
                and m.type is EntityType.PERSON
                and m.gazetteer_id is None
                and other.type in (EntityType.LOCATION, EntityType.ORGANIZATION)
                and _NOM_DE_GUERRE.match(alias.group())
                and not _POSSESSIVE.match(text, other.end)
            ):
                # "Alexander Díaz Mendoza, alias Calarcá": a nom de guerre is the man's, whatever town or body
                # shares it
                k = mentions.index(other)
                other = mentions[k] = dataclasses.replace(
                    other, name=other.text, type=EntityType.PERSON, gazetteer_id=None, subtype=None
                )
                by_start[other.start] = other
            if (
                other is not None
                and m.type in (EntityType.GROUP, EntityType.ORGANIZATION)
                and (
                    (other.type is EntityType.LOCATION and " " not in other.text)
                    # "the 33rd Front, known in Spanish as Frente 33": no person's name, the body's
                    or (
                        other.type is EntityType.PERSON
                        and other.gazetteer_id is None
                        and not _NOM_DE_GUERRE.match(alias.group())
                    )
                )
            ):
                # "The Special Deterrence Force, known as Radaa": the name a body is known by is the body's,
                # whatever place shares it
                k = mentions.index(other)
                other = mentions[k] = dataclasses.replace(
                    other, name=other.text, type=m.type, gazetteer_id=None, subtype=None
                )
                by_start[other.start] = other
            if other is not None and _POSSESSIVE.match(text, other.end):
                other = None  # "known as IPOB's armed wing": the name after the cue is the owner of another
            if other is not None and _part_known_as_whole(m, other, text):
                # "JAS, still widely known as Boko Haram": in this text the faction is the group it is part of
                for k, same in enumerate(mentions):
                    if same.gazetteer_id == m.gazetteer_id:
                        mentions[k] = dataclasses.replace(
                            same, name=other.name, gazetteer_id=other.gazetteer_id, subtype=other.subtype
                        )
                        by_start[same.start] = mentions[k]
                m = by_start[m.start]
            if other is not None and (
                other.type is m.type
                or {m.type, other.type} <= {EntityType.GROUP, EntityType.ORGANIZATION}
                or _pen_name(m, other)
            ):
                pairs.append((m, other))
        quoted = _QUOTED_NICKNAME_THEN_BRACKET.match(tail) if m.type is EntityType.PERSON else None
        if quoted is not None:
            # 'Ismail Abdo, known as "the Strawberry" (Jordgubben)': the nickname in its own language, in
            # brackets after the nickname in quotes, is one more name of the person
            other = by_start.get(m.end + quoted.end())
            if other is not None and _pen_name(m, other):
                pairs.append((m, other))
    pairs += _person_aliases(text, mentions, by_start)
    pairs += _front_names(text, mentions, by_start)
    # A bare acronym whose letters are the initials of a name used earlier in the document.
    for i, m in enumerate(mentions):
        if m.gazetteer_id is None and _ACRONYM.match(m.text) and len(m.text) <= 8:
            letters = re.sub(r"[^A-Z]", "", m.text.upper())
            for earlier in mentions[:i]:
                if (
                    earlier.type in (m.type, EntityType.GROUP, EntityType.ORGANIZATION)
                    and " " in earlier.name
                    and initials(earlier.name) == letters
                ):
                    pairs.append((earlier, m))
                    break
    mentions.sort(key=lambda x: x.start)
    return pairs

"""People's names NER missed or split, and the shorter forms that stand for a person."""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import TYPE_CHECKING

from kg.extract import lexicon
from kg.extract.mentions.text import (
    CAPITALISED_FUNCTION_WORDS,
    FACILITY_HEAD,
    HONORIFIC_PLACE_AFTER,
    HONORIFIC_PLACE_BEFORE,
    KNOWN_BY_TITLE,
    MONTHS_AND_DAYS,
    ORG_WORD,
    PERSON_CONTEXT_AFTER,
    PERSON_CONTEXT_BEFORE,
    RANK,
    RANK_AT,
    clean,
    is_demonym,
    join_neighbours,
    name_pattern,
)
from kg.model import Document, EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# "said Tendai Moyo, a spokesman for", "Tendai Moyo told reporters": the frame makes a name a person's
# where NER saw none.
_PERSON_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
_FRAMED_PERSON = re.compile(
    rf"\bsaid\s+(?P<a>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:spokes(?:man|woman|person)|commander|leader|official)\b|"
    rf"(?<![\w-])(?P<b>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}})\s+told\s+(?:reporters|journalists|"
    r"a\s+news\s+conference|the\s+press)\b|"
    # "Heni Nsaibia of the ACLED project said": read only where an organisation follows, then a verb of saying
    rf"(?<![\w'’-])(?P<c>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}})\s+of\s+the\s+(?=[A-Z])|"
    # "Piers Pigou, head of the Southern Africa programme at the ISS": read only where an organisation follows
    rf"(?:^|(?<=[.!?\n]\s)|(?<=\bsaid\s))(?P<d>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}}),\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:spokes(?:man|woman|person)|head|director|chief|commander|analyst|researcher|fellow|"
    r"professor|lecturer|expert|correspondent|reporter|editor|journalist|official|adviser|advisor|coordinator|"
    r"manager|chairman|chairwoman|secretary)\s+(?:of|at|for|with)\s+(?=[^,;.]{0,60}?[A-Z])|"
    # "Staff Sergeants Bryan Black, Jeremiah Johnson and ...": a rank before a list of names
    r"\b(?:Staff\s+|Master\s+|First\s+)?(?:Sergeants?|Corporals?|Privates?|Specialists?|Lieutenants?|Captains?|"
    rf"Majors?|Colonels?)\s+(?P<e>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}})(?=\s*,|\s+and\b)|"
    # "bandit kingpin Dogo Gide", "the warlord Ali Mahdi": a word for a criminal or armed boss before a name
    r"\b(?:kingpins?|warlords?|ringleaders?|(?:bandit|gang|militia|rebel)\s+(?:leaders?|chiefs?|bosses)|"
    rf"drug\s+lords?|crime\s+boss(?:es)?)\s+(?P<f>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}})(?![\w'’-])|"
    # "Twan Mrat Naing, the AA's commander-in-chief, said": a name a paragraph opens with, then a body's office
    rf"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<g>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,3}}),\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|"
    r"commander|leader|chief|head|founder|emir|deputy)\b|"
    # "Written by Mariam Toure for the Review": a credit line that opens its line, then the outlet or the line's end
    r"(?:^|(?<=\n))[ \t>*_#-]*(?:By|(?:Compiled|Written|Prepared|Produced|Researched|Edited)\s+by)\s+"
    rf"(?:(?:Dr|Prof)\.?\s+)?(?P<h>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}})"
    r"(?=\s+(?:for|of)\s+(?:the\s+)?[*_]*[A-Z]|[ \t]*(?:[,|·•]|\n|$))|"
    # "al-Shabaab remnants loyal to their emir Ahmed Diriye": the men of a group follow a person
    r"\b(?:fighters|remnants|militants|men|loyalists|forces|commanders|units)\s+(?:still\s+)?loyal\s+to\s+"
    r"(?:(?:his|her|its|their)\s+)?(?:(?:successor|leader|founder|commander|emir|chief|deputy)\s+)?"
    rf"(?P<i>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}})(?![\w'’-])|"
    # "Hamadou Barry, a JNIM commander": a name, then an office in the group named (checked below)
    rf"(?<![\w'’-])(?P<j>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}}),\s+(?:a|an)\s+(?:(?:senior|top|former|local)\s+)?"
    r"(?P<jbody>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:(?:senior|top|military|local)\s+)?"
    r"(?:commander|leader|spokes(?:man|woman|person)|official|militant|fighter|member|operative|emir|recruiter)\b|"
    # "the faction, led by Jorge Luis Pardo, better known as Comandante Tigre": a leader's name before his alias
    r"\b(?:led|headed|commanded|founded|run)\s+by\s+"
    rf"(?P<k>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,3}})(?=,\s+(?:(?:better|also|widely)\s+)?known\s+as\b|,\s+alias\b)|"
    # "Malaysia's facilitator, Mohd Rahim Ismail, said": an office, then the name set off by commas, then a
    # verb of saying
    r"\b(?:facilitator|mediator|negotiator|envoy|spokes(?:man|woman|person)|minister|governor|commander|"
    # ("Ashkelon's mayor, Tomer Glam, said"; "the district administrator, P, initially reported")
    r"chief|official|director|analyst|lawyer|prosecutor|ambassador|president|mayor|administrator|chairman|"
    r"chairwoman)\s*,\s+"
    rf"(?P<l>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,3}}),\s+(?:(?:initially|later|also)\s+)?"
    r"(?:said|says|told|added|wrote|reported|confirmed|announced)\b|"
    # "the Hausa preacher Idris Bako (also spelled Bakko)", "its founder Musa Tanko and": a religious or founding
    # role before a full name NER passed over
    r"\b(?:the|its|their|his|a)\s+(?:[A-Z][a-z]+\s+)?(?:radical\s+|firebrand\s+|hardline\s+)?"
    r"(?:preacher|cleric|imam|emir|ideologue|founder)\s+"
    rf"(?P<m>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}})(?=\s*[(,;.]|\s+(?:and|who|was|is|had|has)\b)|"
    # "the Justice and Equality Movement (JEM) led by Gibril Ibrahim are": a body's short name, then its leader
    r"(?<=\))\s+(?:(?:now|still|once|currently)\s+)?(?:led|headed|commanded)\s+by\s+"
    rf"(?P<n>{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}})(?=\s*[,;.]|\s+(?:and|are|is|was|were|has|have|who|since)\b)"
)
_DESK_WORD = re.compile(
    r"\b(?:Team|Desk|Staff|Unit|Service|Services|Bureau|Editors?|Newsroom|Correspondents?|Reporters?|Writers?|"
    r"Analysts?|Research|Monitoring|Wire|Agency|Agencies)\b"
)
# "X said", "X, told": a verb of saying right after a name (also read by find.py's surname rule)
SAYS_AFTER = re.compile(r"\s*,?\s+(?:said|says|told|added|wrote|noted|argued|warned|estimated|explained)\b")


_NAME_PART = r"(?:(?:al|el|as|ash|ad|ar|az)-)?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
# "Syed Salahuddin", "Maulana Masood Azhar": a Muslim honorific and the name it comes before are one person.
_HONORIFIC_PERSON = re.compile(
    rf"(?<![\w'’-])(?:Syed|Sayyid|Sayed|Sheikh|Shaykh|Mullah|Maulana|Mawlana|Hafiz|Mufti)\s+{_NAME_PART}"
    rf"(?:\s+{_NAME_PART}){{0,2}}(?![\w'’-])"
)
# "Iyad Ag Ghaly", "Mokhtar ould Ahmed", "Abu Bakr bin Salem": a particle inside a name does not end it.
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+$")
_PARTICLE_PERSON = re.compile(
    rf"(?<![\w'’-]){_NAME_PART}(?:\s+{_NAME_PART})?\s+(?:Ag|ag|ould|Ould|wuld|bin|Bin|ibn|Ibn)\s+{_NAME_PART}"
    rf"(?:\s+{_NAME_PART})?(?![\w'’-])"
)
_NOT_PERSON_LABELS = frozenset({lexicon.GROUP_LABEL, lexicon.ORG_LABEL, "DATE", "TIME", "CARDINAL", "MONEY"})


def named_people(document: Document, sdoc: Doc, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """People named with an honorific ("Syed Salahuddin") or a particle ("Iyad Ag Ghaly") NER splits or misses."""
    text = document.text
    spans = [(m.start, m.end) for m in found]
    starts = {sent.start_char: i for i, sent in enumerate(sents)}
    out: list[Mention] = []
    for pattern in (_HONORIFIC_PERSON, _PARTICLE_PERSON):
        for match in pattern.finditer(text):
            lo, hi = match.span()
            # "Hassan Sheikh Mohamud": a given name before the honorific-shaped word is part of the name
            given = (
                _GIVEN_NAME_BEFORE.search(text, max(0, lo - 20), lo) if pattern is _HONORIFIC_PERSON else None
            )
            if (
                given is not None
                and given.group(1) not in CAPITALISED_FUNCTION_WORDS
                and given.group(1) not in MONTHS_AND_DAYS
                and not lexicon.TITLE_RE.fullmatch(given.group(1))
                and not lexicon.HONORIFICS.match(given.group(1) + " ")
                and not is_demonym(given.group(1))
                # (a country before the title is not a given name: "Somalia Sheikh X" is no one's)
                and getattr(lexicon.lookup_place(given.group(1)), "type", None)
                not in ("Country", "Province", "Region")
                and lexicon.lookup_group(given.group(1)) is None
            ):
                lo = given.start(1)
            words = text[lo:hi].split()
            # "the Nigerien Mohamed Ag Alher": the nationality before the given name is no part of the name
            if pattern is _PARTICLE_PERSON and len(words) > 3 and is_demonym(words[0]):
                lo = text.index(words[1], lo + len(words[0]))
                words = words[1:]
            if words[0] in CAPITALISED_FUNCTION_WORDS or words[0] in MONTHS_AND_DAYS:
                continue
            if any(FACILITY_HEAD.search(w) or ORG_WORD.search(w) for w in words):
                continue
            if any(s < hi and lo < e for s, e in spans):
                continue
            span = sdoc.char_span(lo, hi, alignment_mode="expand")
            if span is None or any(
                e.label_ in _NOT_PERSON_LABELS and e.start_char < hi and lo < e.end_char for e in sdoc.ents
            ):
                continue
            whole = text[lo:hi]
            if lexicon.lookup_place(whole) or lexicon.lookup_group(whole) or lexicon.lookup_org(whole):
                continue
            cleaned = clean(whole) or whole
            start = lo + max(whole.find(cleaned), 0)
            si = starts.get(span.sent.start_char, 0)
            kind = EntityType.PERSON
            before, after = text[max(0, lo - 40) : lo], text[hi : hi + 60]
            if (
                pattern is _HONORIFIC_PERSON
                and KNOWN_BY_TITLE.match(whole)
                and (HONORIFIC_PLACE_BEFORE.search(before) or HONORIFIC_PLACE_AFTER.match(after))
                and not PERSON_CONTEXT_BEFORE.search(before)
                and not PERSON_CONTEXT_AFTER.match(after)
                and not after.startswith(("'s", "’s"))
            ):
                kind = EntityType.LOCATION  # "in Sheikh Jarrah": a quarter named after a saint
            out.append(Mention(cleaned, cleaned, kind, document.id, start, start + len(cleaned), si, 0.7))
            spans.append((lo, hi))
    return out


# "Air Vice Marshal Imran Ali", "Senior Superintendent Grace Achieng": a rank of several words before a full name
_RANKED = re.compile(
    # ("Director General Lieutenant General Ahmed Sharif Chaudhry": a name does not open with another rank)
    rf"(?<![\w'’-])(?P<rank>{RANK_AT.pattern})(?!{RANK_AT.pattern})"
    rf"(?P<name>{_NAME_PART}(?:\s+{_NAME_PART}){{1,2}})(?![\w'’-])"
)


def ranked_people(document: Document, sdoc: Doc, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """People named after a military or police rank NER left out of the name, or took for an organisation."""
    text = document.text
    spans = [(m.start, m.end) for m in found]
    starts = [sent.start_char for sent in sents]
    out: list[Mention] = []
    for match in _RANKED.finditer(text):
        lo, hi = match.span("name")
        name = match.group("name")
        # "Captain Ibrahim Traoré's government": the possessive is no part of the name
        possessive = re.search(r"['’]s$", name)
        if possessive is not None:
            name, hi = name[: possessive.start()], hi - 2
        # "Magistrate Judge Tomas Reyna": a title of address after the rank is no part of the name either
        honorific = lexicon.HONORIFICS.match(name)
        if honorific is not None:
            lo, name = lo + honorific.end(), name[honorific.end() :]
            if " " not in name:
                continue
        words = name.split()
        if match.group("rank").split()[0] in CAPITALISED_FUNCTION_WORDS or any(
            w in CAPITALISED_FUNCTION_WORDS
            or w in MONTHS_AND_DAYS
            or ORG_WORD.search(w)
            or FACILITY_HEAD.search(w)
            for w in words
        ):
            continue
        if any(s < hi and lo < e for s, e in spans):
            continue
        # "General Electric Aviation": a name NER read as a body's or a place's, from the rank's first word on
        # (not "DSP Musa Garba" where NER took the surname alone for a body: the given name before it is his)
        if any(
            (
                e.label_ in _NOT_PERSON_LABELS
                or (e.label_ != "PERSON" and e.end_char >= hi and e.start_char <= lo)
            )
            and e.start_char < hi
            and lo < e.end_char
            for e in sdoc.ents
        ) or (lexicon.lookup_place(name) or lexicon.lookup_group(name) or lexicon.lookup_org(name)):
            continue
        si = max(0, bisect.bisect_right(starts, lo) - 1)
        out.append(Mention(name, name, EntityType.PERSON, document.id, lo, hi, si, 0.75))
        spans.append((lo, hi))
    return out


# 'the criminal named "Rachid Bensaid"', 'a suspect named "Omar Talbi"': communiqués and charge sheets put the
# names of the people they list in quotes, where NER does not look for them
_QUOTED_PERSON = re.compile(
    r"\b(?:criminals?|terrorists?|suspects?|individuals?|persons?|man|woman|militants?|fighters?|"
    r"defendants?|accused|convicts?|fugitives?|members?)\s+(?:named|called|identified\s+as)\s+[\"“]"
    rf"(?P<name>{_NAME_PART}(?:\s+{_NAME_PART}){{1,3}})[\"”]"
)


# "the French national Marc Olivier", "a Japanese citizen, Kenji Sato": a nationality and the word for a
# foreigner before a full name NER missed
_NATIONAL_PERSON = re.compile(
    r"\b(?P<nationality>[A-Z][a-z]+)\s+(?:national|citizen|tourist|aid\s+worker|engineer|hostage),?\s+"
    rf"(?P<name>{_NAME_PART}(?:\s+{_NAME_PART}){{1,2}})(?![\w'’-])"
)


# 'Rafael "El Gordo" Mendoza': a nickname in quotes between the given name and the surname
_NICKNAMED_PERSON = re.compile(
    rf"(?<![\w'’-])(?P<given>{_NAME_PART})\s+[\"“](?P<nick>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){{0,3}})[\"”]\s+"
    rf"(?P<surname>{_NAME_PART}(?:\s+{_NAME_PART})?)(?![\w'’-])"
)


# A name opens after a lower-case word, punctuation or the start of the text, not after a number or a capital
_NAME_OPENS_AFTER = re.compile(r"(?:^|[^\w\s]|(?<![\w'’-])[a-z][\w'’-]*)\s*$")
_UNIT_WORD = re.compile(
    r"\b(?:Division|Brigade|Regiment|Battalion|Corps|Squadron|Company|Platoon|Task\s+Force)\b"
)


def quoted_people(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """People named in quotes ('the criminal named "X Y"', 'X "Nick" Y'), or after a nationality."""
    text = document.text
    spans = [(m.start, m.end) for m in found]
    starts = [sent.start_char for sent in sents]
    out: list[Mention] = []
    matches = [*_QUOTED_PERSON.finditer(text)]
    matches += [m for m in _NATIONAL_PERSON.finditer(text) if is_demonym(m.group("nationality"))]
    matches += [
        m
        for m in _NICKNAMED_PERSON.finditer(text)
        # (not 'the 6th Infantry "Lightning" Division': a unit's nickname inside its name, after a number)
        if m.group("given") not in CAPITALISED_FUNCTION_WORDS
        and _NAME_OPENS_AFTER.search(text, max(0, m.start() - 30), m.start())
        and not _UNIT_WORD.search(m.group())
    ]
    for match in matches:
        if "given" in match.groupdict():
            lo, hi = match.span()
            # (the nickname stays in the name: "Joaquín Guzmán" would be taken for his son Joaquín Guzmán López)
            name = match.group()
        else:
            lo, hi = match.span("name")
            name = match.group("name")
        if any(s < hi and lo < e for s, e in spans) or any(
            w in CAPITALISED_FUNCTION_WORDS or ORG_WORD.search(w) or FACILITY_HEAD.search(w)
            for w in name.split()
        ):
            continue
        if lexicon.lookup_place(name) or lexicon.lookup_group(name) or lexicon.lookup_org(name):
            continue
        si = max(0, bisect.bisect_right(starts, lo) - 1)
        out.append(Mention(name, name, EntityType.PERSON, document.id, lo, hi, si, 0.7))
        spans.append((lo, hi))
    return out


def framed_people(
    document: Document, sdoc: Doc, sent_index: dict[int, int], mentions: list[Mention]
) -> list[Mention]:
    """People named in a spokesman's frame that NER did not tag."""
    spans = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    orgs = {m.start: m for m in mentions if m.type is EntityType.ORGANIZATION}
    for match in _FRAMED_PERSON.finditer(document.text):
        group = next(g for g in "abcdefghijklmn" if match.group(g))
        lo, hi = match.span(group)
        name = match.group(group)
        # "Lieutenant Colonel Avi Shamir,": the frame's rank word may be the first of a longer rank
        rank = RANK.match(name)
        if rank is not None:
            lo, name = lo + rank.end(), name[rank.end() :]
            if " " not in name:
                continue
        if group == "c" and (
            (org := orgs.get(match.end())) is None
            or not SAYS_AFTER.match(document.text, org.end)
            or any(w in CAPITALISED_FUNCTION_WORDS or lexicon.TITLE_RE.fullmatch(w) for w in name.split())
            or ORG_WORD.search(name)
        ):
            continue
        if group == "d" and (
            not any(
                match.end() <= m.start <= match.end() + 60
                and m.type is EntityType.ORGANIZATION
                and not re.search(r"[,;.]", document.text[match.end() : m.start])
                for m in mentions
            )
            or any(w in CAPITALISED_FUNCTION_WORDS or lexicon.TITLE_RE.fullmatch(w) for w in name.split())
            or ORG_WORD.search(name)
        ):
            continue
        if group == "h" and _DESK_WORD.search(name):
            continue  # "By Policy Team", "Written by Staff Desk": a newsroom's desk, not a person
        if group == "j" and not any(
            m.start == match.start("jbody") and m.type in (EntityType.GROUP, EntityType.ORGANIZATION)
            for m in mentions
        ):
            continue  # "Ali Musa, a Kano trader": the words after "a" must name a group or body
        if group in "fghijklmn" and (
            any(w in CAPITALISED_FUNCTION_WORDS or lexicon.TITLE_RE.fullmatch(w) for w in name.split())
            or ORG_WORD.search(name)
            or FACILITY_HEAD.search(name)
        ):
            continue
        if any(s < hi and lo < e for s, e in spans) or name.split()[0] in (
            "The",
            "A",
            "An",
            "But",
            "He",
            "She",
        ):
            continue
        if lexicon.lookup_place(name) is not None or lexicon.lookup_group(name) or lexicon.lookup_org(name):
            continue
        span = sdoc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            continue
        out.append(
            Mention(name, name, EntityType.PERSON, document.id, lo, hi, sent_index[span.sent.start], 0.6)
        )
    return out


def surnames_named_later(mentions: list[Mention]) -> list[Mention]:
    """A headline's bare surname ("Abdeslam handed life term") is the person the article names in full."""
    full: dict[str, Mention] = {}
    for m in mentions:
        if m.type is EntityType.PERSON and " " in m.name:
            # "Lloyd J. Austin III", "Martin Luther King Jr.": a generation's mark comes after the surname
            words = [w for w in m.name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")]
            full.setdefault(surname_key(words[-1]), m)
    out = []
    for m in mentions:
        if m.type is EntityType.PERSON and " " not in m.name and m.gazetteer_id is None:
            named = full.get(surname_key(m.name))
            if named is not None:
                m = dataclasses.replace(m, name=named.name)
        out.append(m)
    return out


def bare_surnames(document: Document, sents: list[Span], found: list[Mention]) -> list[Mention]:
    """ "Mehsud took over in 2018": a surname alone that NER left untagged, after the person's full name.

    Only a surname one person of the document bears, that no place, group or body is called, and that
    is not part of another capitalised name ("Imran Khan" after "Abdul Qadeer Khan").
    """
    text = document.text
    bearers: dict[str, list[Mention]] = {}
    for m in sorted(found, key=lambda m: m.start):
        words = m.name.split()
        if m.type is EntityType.PERSON and m.gazetteer_id is None and len(words) > 1 and m.name[0].isupper():
            names = bearers.setdefault(words[-1], [])
            if not any(n.name == m.name for n in names):
                names.append(m)
    spans = [(m.start, m.end) for m in found]
    starts = [sent.start_char for sent in sents]
    out: list[Mention] = []
    for surname, names in bearers.items():
        # "Baghdadi" after "Abu Bakr al-Baghdadi": the surname without its article is the same
        bare = re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath)[-’']", "", surname)
        forms = [f for f in {surname, bare} if f[:1].isupper() and len(f) >= 3 and f not in MONTHS_AND_DAYS]
        if len(names) != 1 or lexicon.lookup_group(bare) or lexicon.lookup_org(bare):
            continue
        full = names[0]
        # "Uba added": a short surname, or one a town also bears, only as the one who speaks
        speaks_only = len(bare) < 4 or lexicon.lookup_place(bare, alternates=False) is not None
        pattern = "|".join(re.escape(f) for f in forms)
        for match in (
            name_pattern(rf"(?<![\w'’-])(?:{pattern})(?![\w-]|['’](?![sS]\b))").finditer(text)
            if forms
            else ()
        ):
            lo, hi = match.span()
            if lo < full.end or any(s < hi and lo < e for s, e in spans):
                continue
            if speaks_only and not _SPEAKS_AFTER.match(text, hi):
                continue
            if _CAPITALISED_BEFORE.search(text[max(0, lo - 30) : lo]) or re.match(r"[ \t]+[A-Z]", text[hi:]):
                continue
            si = max(bisect.bisect_right(starts, lo) - 1, 0)
            out.append(Mention(match.group(), full.name, EntityType.PERSON, document.id, lo, hi, si, 0.6))
            spans.append((lo, hi))
    return out


_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|added|told|warned|explained|noted|argued|wrote)\b")
# "Imran Khan": a capitalised word just before, within the sentence, makes the surname part of another name
_CAPITALISED_BEFORE = re.compile(
    r"(?<![.!?:\n]\s)(?<!^)\b(?!(?:The|A|An|In|On|At|But|And|Yet|So)\b)[A-Z][\w'’-]*[ \t]+$"
)


# "in", "near Dallas": a preposition of place before the town makes it the town
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|near|to|into|outside|across|around|toward|towards)\s+$", re.I
)


def people_named_after_places(mentions: list[Mention], text: str) -> list[Mention]:
    """ "the arrest of Dallas Humber": a one-word town straight before a one-word person is the given name.

    NER reads "Dallas" as the city and "Humber" alone as a person; with nothing but a space between
    them (and no word of place before the town) the two are one person's name.
    """

    def joined(m: Mention, nxt: Mention) -> Mention | None:
        if not (
            m.type is EntityType.LOCATION
            and m.subtype == "City"
            and nxt.type is EntityType.PERSON
            and nxt.gazetteer_id is None
            and " " not in m.text.strip()
            and " " not in nxt.text.strip()
            and nxt.name == nxt.text
            and text[m.end : nxt.start] == " "
            and nxt.text[:1].isupper()
            and not _PLACE_PREPOSITION_BEFORE.search(text[max(0, m.start - 12) : m.start])
        ):
            return None
        name = f"{m.text} {nxt.text}"
        return dataclasses.replace(
            nxt, text=name, name=name, start=m.start, confidence=min(m.confidence, nxt.confidence)
        )

    return join_neighbours(mentions, joined)


# A people's name NER took into the person's: "the Malian Tuareg Iyad Ag Ghaly", "the Fulani preacher ..."
# (not "Baloch" or "Hazara", which are surnames too)
_PEOPLE_BEFORE_NAME = re.compile(
    r"^(?:Tuareg|Fulani|Peul|Pashtun|Hausa|Kanuri|Berber|Kurdish|Yazidi|Rohingya|Uyghur|Uighur|Druze|Alawite|"
    r"Shia|Shiite|Sunni)\s+(?=\S+\s+\S)"
)


def _without_people_word(m: Mention) -> Mention:
    """ "Tuareg Iyad Ag Ghaly" is Iyad Ag Ghaly: a people's name before a name of two words or more is no part of it."""
    word = (
        _PEOPLE_BEFORE_NAME.match(m.text) if m.type is EntityType.PERSON and m.gazetteer_id is None else None
    )
    if word is None or not m.name.startswith(word.group()):
        return m
    cut = word.end()
    return dataclasses.replace(m, text=m.text[cut:], name=m.name[cut:], start=m.start + cut)


def trailing_names(mentions: list[Mention]) -> list[Mention]:
    """ "Ag Ghaly" after "Iyad Ag Ghaly", "Wali Mehsud" after "Noor Wali Mehsud": the last words of one person's name."""
    mentions = [_without_people_word(m) for m in mentions]
    full = {
        m.name for m in mentions if m.type is EntityType.PERSON and m.gazetteer_id is None and " " in m.name
    }
    out = []
    for m in mentions:
        if m.type is EntityType.PERSON and m.name in full:
            longer = {n for n in full if n.endswith(" " + m.name)}
            if len(longer) == 1:
                m = dataclasses.replace(m, name=longer.pop())
        out.append(m)
    return out


# "Ahmad Massoud, the son of Ahmad Shah Massoud": two men of one family, named apart by the text
_KIN_BETWEEN = re.compile(
    r"^[^.;\n]{0,40}\b(?:son|sons|father|daughter|brother|sister|nephew|uncle|grandson|cousin|widow|wife|husband)\s+of\b"
    r"[^.;\n]{0,40}$",
    re.I,
)


def _kin(mentions: list[Mention], text: str) -> set[str]:
    """Names of two words or more that the text makes a relative of a fuller name (not a form of it)."""
    kin = set()
    people = [m for m in mentions if m.type is EntityType.PERSON and len(m.name.split()) > 1]
    for a in people:
        for b in people:
            if a.end <= b.start and b.start - a.end < 80 and _KIN_BETWEEN.match(text[a.end : b.start]):
                kin.add(a.name)
    return kin


# "the brothers Omar and Abdullah Maute", "the Kouachi brothers, Chérif and Saïd": siblings named with one surname
_SIBLINGS_BEFORE = re.compile(r"\b(?:brothers|sisters|twins|siblings)\s*,?\s+$", re.I)
_SIBLING_AND = re.compile(r"^\s+and\s+$")


def _siblings_surname(mentions: list[Mention], text: str) -> list[Mention]:
    """ "the brothers Omar and Abdullah Maute": the given name alone before "and" shares the surname after it."""
    people = sorted((m for m in mentions if m.type is EntityType.PERSON), key=lambda m: m.start)
    renamed: dict[int, str] = {}
    for first, second in zip(people, people[1:], strict=False):
        words = second.name.split()
        if (
            first.gazetteer_id is None
            and first.name == first.text
            and " " not in first.name
            and len(words) > 1
            and _SIBLING_AND.match(text[first.end : second.start])
            and _SIBLINGS_BEFORE.search(text[max(0, first.start - 30) : first.start])
        ):
            renamed[id(first)] = " ".join([first.name, *words[1:]])
    return [dataclasses.replace(m, name=renamed[id(m)]) if id(m) in renamed else m for m in mentions]


def middle_names_dropped(mentions: list[Mention], text: str = "") -> list[Mention]:
    """Shorter forms of a person's name stand for the person the article names in full.

    "Khalil Haqqani" is "Khalil Rahman Haqqani" (same first and last name), whatever type NER
    gave it; a lone "Chérif" is the one "Chérif Kouachi"; "Saïd Kouachi", typed an ORG, shares
    a surname with a person and no word of an organisation's name.
    """
    if text:
        mentions = _siblings_surname(mentions, text)
    fuller: dict[tuple[str, str], str] = {}
    by_first: dict[str, set[str]] = {}
    surnames: set[str] = set()
    kin = _kin(mentions, text) if text else set()
    for m in sorted(mentions, key=lambda m: -len(m.name.split())):
        words = m.name.split()
        if m.type is EntityType.PERSON and m.gazetteer_id is None and len(words) > 1:
            fuller.setdefault((words[0].casefold(), words[-1].casefold()), m.name)
            by_first.setdefault(words[0].casefold(), set()).add(
                fuller[(words[0].casefold(), words[-1].casefold())]
            )
            surnames.add(words[-1].casefold())
    out = []
    for m in mentions:
        words = m.name.split()
        if m.gazetteer_id is None and m.type is not EntityType.GROUP:
            key = (words[0].casefold(), words[-1].casefold())
            full = fuller.get(key) if len(words) > 1 and m.name not in kin else None
            if full is None and len(words) == 1 and m.type is EntityType.PERSON:
                named = by_first.get(key[0], set())
                full = next(iter(named)) if len(named) == 1 else None
            if (
                full in (None, m.name)
                and len(words) > 1
                and m.type is EntityType.PERSON
                and m.name not in kin
            ):
                # "Abu Yusuf" after "Abu Yusuf al-Masri": the opening words of one fuller name are that person
                opening = {n for n in fuller.values() if n.casefold().startswith(m.name.casefold() + " ")}
                full = opening.pop() if len(opening) == 1 else full
            if (
                full is None
                and m.type is EntityType.ORGANIZATION
                and len(words) == 2
                and key[1] in surnames
                and not ORG_WORD.search(m.name)
            ):
                full = m.name
            if full is not None:
                m = dataclasses.replace(m, name=full, type=EntityType.PERSON, subtype=None)
        out.append(m)
    return out


def surname_key(word: str) -> str:
    """A surname as looked up: "Al-Sahrawi" is "al-Sahrawi" is "Sahrawi"; "al-Awlaki" is "Awlaki"."""
    return re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|bin|ibn|abu)[-\s’']", "", word.casefold())


_TITLE_TAIL = re.compile(r"Charge\s+(?=[A-ZÀ-Ý])")


def person_name(cleaned: str, people: dict[str, Mention]) -> tuple[str, str]:
    """A person's surface text and the full name it stands for."""
    # "Special Agent in Charge Arturo Deleon": the title's last word, which no one bears as a name
    tail = _TITLE_TAIL.match(cleaned)
    if tail is not None and len(cleaned[tail.end() :].split()) >= 2:
        return cleaned, cleaned[tail.end() :]
    if " " not in cleaned and surname_key(cleaned) in people:
        return cleaned, people[surname_key(cleaned)].name
    # "Dela Cruz said" after "Maj. Teodoro dela Cruz": a surname with its particle, capitalised to open a sentence
    words = cleaned.split()
    if len(words) == 2 and words[0].casefold() in _SURNAME_PARTICLES and surname_key(words[1]) in people:
        full = people[surname_key(words[1])].name
        if full.casefold().endswith(" " + cleaned.casefold()):
            return cleaned, full
    return cleaned, cleaned


_SURNAME_PARTICLES = frozenset({"dela", "delos", "de", "del", "della", "van", "von", "dos", "da", "di"})


# "Kh. Jayanta Singh", "Th. Basanta Singh", "Md. Yunus": a two-letter short form of a given or clan name,
# which the tokenizer splits from its full stop, so NER reads the name without it.
_SHORT_NAME_BEFORE = re.compile(r"(?<![\w.’'-])(?P<short>[A-Z][a-z])\.[ \t]+$")
# Titles and common short words written the same way, which are no part of the name.
_NOT_SHORT_NAMES = frozenset(
    {
        "mr",
        "ms",
        "dr",
        "st",
        "lt",
        "mt",
        "fr",
        "sr",
        "jr",
        "co",
        "no",
        "rs",
        "ft",
        "sq",
        "hr",
        "pt",
        "sh",
        "vs",
    }
)


def short_given_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A person's name with the two-letter short name before it that NER left out ("Kh. Jayanta Singh")."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in mentions:
        before = (
            _SHORT_NAME_BEFORE.search(text, max(0, m.start - 8), m.start)
            if m.type is EntityType.PERSON and m.gazetteer_id is None and " " in m.text.strip()
            else None
        )
        if before is not None and before.group("short").casefold() not in _NOT_SHORT_NAMES:
            start = before.start()
            full = text[start : m.end]
            name = full if m.name == m.text else m.name
            m = dataclasses.replace(m, text=full, name=name, start=start)
            taken.append((start, before.end()))
        out.append(m)
    # the short name read as a person of its own ("Kh") is part of the longer name now
    return [
        m
        for m in out
        if not (m.type is EntityType.PERSON and any(s <= m.start and m.end <= e for s, e in taken))
    ]


def _no_person_word(name: str) -> bool:
    """Whether words read as a person's name are a function word's or a name the gazetteer knows.

    The test a by-line's capitals ("By JOSEPH OKELLO") and a given name before a surname ("Sekou Bamba")
    both pass before they are taken for a person: "By AFP" or "Kenya Bamba" are no one's name.
    """
    return bool(
        any(w in CAPITALISED_FUNCTION_WORDS for w in name.split())
        or lexicon.lookup_place(name) is not None
        or lexicon.lookup_group(name)
        or lexicon.lookup_org(name)
    )


# "By JOSEPH OKELLO and AP staff": a by-line that writes its author in capitals, as some wires do
_CAPITALS_BYLINE = re.compile(
    r"(?m)^[ \t>*_#-]*By[ \t]+(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,2})"
    r"(?=[ \t]+(?:and|for|in)\b|[ \t]*(?:[,|·•]|\n|$))"
)


def capitals_bylines(document: Document, sents: list[Span], mentions: list[Mention]) -> list[Mention]:
    """The author a by-line names in capitals, as a person named the usual way ("Joseph Okello").

    NER reads at most a word of such a name ("JOSEPH"); that part gives way to the whole.
    """
    found = list(_CAPITALS_BYLINE.finditer(document.text, 0, 2000))
    if not found:
        return mentions
    starts = [sent.start_char for sent in sents]
    out = list(mentions)
    for match in found:
        lo, hi = match.span("name")
        text = match.group("name")
        name = " ".join(text.split()).title()
        if (
            _DESK_WORD.search(name)
            or _no_person_word(name)
            or any(lexicon.lookup_org(w) or lexicon.lookup_group(w) for w in text.split())
        ):
            continue
        inside = [m for m in out if lo <= m.start and m.end <= hi]
        if any(m.type is not EntityType.PERSON for m in inside) or any(
            m.start < hi and lo < m.end and m not in inside for m in out
        ):
            continue
        si = max(bisect.bisect_right(starts, lo) - 1, 0)
        out = [m for m in out if m not in inside]
        out.append(Mention(text, name, EntityType.PERSON, document.id, lo, hi, si, 0.6))
    return out


# "Sekou Bamba, a party official, said", "the family's lawyer, Selin Kaya, said": an untagged capitalised word
# straight before a one-word name is the given name when a person's frame follows (an office, or a verb of saying)
_GIVEN_WORD_BEFORE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=,\s)|(?<=\bsaid\s))(?P<given>[A-Z][a-zà-ÿ]{2,})[ \t]+$"
)
_PERSON_FRAME_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|coordinator|lawyer|official|"
    r"commander|leader|chairman|chairwoman|director|analyst|researcher|resident|farmer|trader|teacher|"
    r"witness|survivor|lecturer|professor|journalist|activist|chief|officer)\b|"
    r"\s*,?\s+(?:said|says|told|added)\b"
)


def given_names_before(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Hamidou Dicko, a militia coordinator, said": NER kept the surname alone (or took it for a town).

    Only a one-word name with no gazetteer entry, straight after an untagged capitalised word that opens a
    sentence or follows a comma, and only where an office or a verb of saying follows the pair.
    """
    spans = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for m in mentions:
        before = (
            _GIVEN_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
            if m.type in (EntityType.PERSON, EntityType.LOCATION)
            and m.gazetteer_id is None
            and m.name == m.text
            and " " not in m.text.strip()
            and m.text[:1].isupper()
            else None
        )
        if before is not None and _PERSON_FRAME_AFTER.match(text, m.end):
            given = before.group("given")
            lo = before.start("given")
            if not (
                _no_person_word(given)
                or given in MONTHS_AND_DAYS
                or lexicon.TITLE_RE.fullmatch(given)
                or any(s < m.start and lo < e for s, e in spans)
                or is_demonym(given)
            ):
                full = text[lo : m.end]
                m = dataclasses.replace(
                    m, text=full, name=full, start=lo, type=EntityType.PERSON, subtype=None
                )
        out.append(m)
    return out

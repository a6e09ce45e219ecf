"""Whole names from spaCy's entity spans: spans NER cut in two joined, clipped ones grown."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from kg import gazetteer
from kg.extract import lexicon
from kg.extract.mentions.text import (
    CAPITALISED_FUNCTION_WORDS,
    DEMONYM,
    FACILITY_HEAD,
    MONTHS_AND_DAYS,
    ORG_WORD,
    PERSON_CONTEXT_AFTER,
    PERSON_CONTEXT_BEFORE,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def joined_ents(sdoc: Doc, text: str | None = None) -> list[Span]:
    """NER's spans, with names it cut in two joined again and names it clipped completed.

    "Sergeant La" + "David Johnson" is one person, "the Cathedral of Our Lady" + "Mount Carmel"
    one building, "Roch Marc" the start of "Roch Marc Christian Kaboré" and "Mazar" the start
    of "Mazar-i-Sharif". `text` is the document's text, if the caller has it (`sdoc.text` joins
    every token again).
    """
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in _split_at_clauses(sdoc):
        prev = out[-1] if out else None
        if prev is not None and _cut_at_a_place(sdoc, prev, ent):
            # "the Centre for" + "Levant" + "Security Studies": a body's name NER ended on "for", where
            # the gazetteer took the place it is about, runs on through the place and the words after
            end = ent.end
            while end < len(sdoc) and sdoc[end].is_title and not sdoc[end].ent_type_:
                end += 1
            out[-1] = Span(sdoc, prev.start, end, label="ORG")
        elif prev is not None and _named_for_a_region(sdoc, prev, ent):
            # "the Institute for Peace Research" + "of" + "West Africa": a body named for its subject runs on
            # over the region it serves
            out[-1] = Span(sdoc, prev.start, ent.end, label="ORG")
        elif prev is not None and _kunya_joined(sdoc, prev, ent):
            # "Ataullah" + "abu" + "Ammar Jununi": an Arabic name's lower-case "abu" or "bin", cut by NER
            out[-1] = Span(sdoc, prev.start, ent.end, label="PERSON")
        elif prev is not None and _aliased_name(sdoc, prev, ent):
            # "Márcio" + "dos" + "Santos Nepomuceno", alias ...: a person's name with a particle, cut by NER
            out[-1] = Span(sdoc, prev.start, ent.end, label="PERSON")
        elif prev is not None and _unknown_towns_as_a_name(sdoc, prev, ent):
            out[-1] = Span(sdoc, prev.start, ent.end, label="PERSON")
        elif prev is not None and _one_name(sdoc, prev, ent):
            label = "ORG" if ent.label_ == "ORG" and prev.label_ != "PERSON" else prev.label_
            out[-1] = Span(sdoc, prev.start, ent.end, label=label)
        else:
            out.append(_particle_led(sdoc, ent, prev))
    out = [
        _whole_place(sdoc, e) if e.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP") else e
        for e in out
    ]
    grown: list[Span] = []
    for e in out:
        if e.label_ == lexicon.PLACE_LABEL and (person := _place_led_person(sdoc, e)) is not None:
            e = person
        elif e.label_ in (lexicon.PLACE_LABEL, "GPE", "LOC"):
            e = _place_led_site(sdoc, _place_led_org(sdoc, _prefixed_place(sdoc, e)))
        elif e.label_ == "NORP":
            # "the Colombian" + "Ombudsman's Office": a nationality that begins a body's name
            e = _place_led_org(sdoc, e)
        elif e.label_ == lexicon.ORG_LABEL:
            # "Independent" (a newspaper) + "National Electoral Commission": a known name that begins a longer
            # one; a single word after it ("BBC News", "Reuters Agency") is still the known body
            # ("CPS" + "Counter Terrorism Division": a known body's acronym before the name of one of its units)
            e = _place_led_org(sdoc, e, at_least=2, last_words=_ORG_LAST_WORDS | _UNIT_LAST_WORDS)
            e = _regional_force(sdoc, e)
        elif e.label_ == "ORG" and _with_subject(sdoc, e.end) != e.end:
            e = Span(sdoc, e.start, _with_subject(sdoc, e.end), label="ORG")
        if e.label_ == "ORG" and _spelt_out_to(sdoc, e) != e.end:
            # "the Joint Council on the Return" + "of Refugees (JCRR)": the initials in brackets spell the
            # whole name out, so NER stopped short of its end
            e = Span(sdoc, e.start, _spelt_out_to(sdoc, e), label="ORG")
        if e.label_ == "ORG" and _listed_subjects(sdoc, e) != e.end:
            # "the Centre for Research on Terrorism" + ", Security and Society": NER stopped at the comma
            # of the list of subjects the body's name ends with
            e = Span(sdoc, e.start, _listed_subjects(sdoc, e), label="ORG")
        if len(e) == 1 and e[0].text in ("Kampung", "Kampong"):
            # "Kampung" + "Bukit Tinggi": the Malay word for a village runs on over the village's name
            k = e.end
            while (
                k < len(sdoc)
                and k - e.end < 3
                and sdoc[k].is_title
                and sdoc[k].is_alpha
                and not sdoc[k].ent_type_
            ):
                k += 1
            if k > e.end:
                e = Span(sdoc, e.start, k, label="GPE")
        if (
            e.label_ == "ORG"
            and e[0].text == "General"
            and e.start > 0
            and sdoc[e.start - 1].text in _OFFICE_TITLES
        ):
            # "the Attorney" + "General's Office": the office's title NER cut from the front of its name
            e = Span(sdoc, e.start - 1, e.end, label="ORG")
        if (
            e[-1].text in ("'s", "’s")
            and e.end < len(sdoc)
            and sdoc[e.end].is_title
            and not sdoc[e.end].ent_type_
            and FACILITY_HEAD.fullmatch(sdoc[e.end].text)
        ):
            # "St Anthony's" + "Shrine": a saint's or founder's name with the building it names
            e = Span(sdoc, e.start, e.end + 1, label="FAC")
        if (
            e.label_ in ("ORG", "FAC", "GPE", "LOC", lexicon.ORG_LABEL)
            and len(e) > 1
            and e[-1].text in ("No", "Nr", "Nº")
            and e.end + 1 < len(sdoc)
            and sdoc[e.end].text == "."
            and re.fullmatch(r"\d{1,3}", sdoc[e.end + 1].text)
        ):
            # "Police Station No. 3", "Court No. 2": NER stopped at the abbreviation; the number is the name's end
            e = Span(sdoc, e.start, e.end + 2, label=e.label_)
        # "Deir al" + "-Iraq": a span grown back over an earlier one takes its place
        while grown and grown[-1].start >= e.start and grown[-1].end <= e.end and e.label_ in ("GPE", "ORG"):
            grown.pop()
        grown.append(e)
    out = _places_split(sdoc, _hyphen_joined(sdoc, grown))
    out = [e for i, e in enumerate(out) if i == 0 or e.start >= out[i - 1].end]
    # "Marcos Willians Herbas" + "Camacho" (DATE): a capitalised word right after a person's name that
    # is no month, day or feast is the name's last word, whatever date NER took it for
    out = [e for i, e in enumerate(out) if not (i > 0 and _false_date(sdoc, out[i - 1], e))]
    out = _court_districts(sdoc, out, sdoc.text if text is None else text)
    taken = {i for e in out for i in range(e.start, e.end)}
    return [_whole_person(sdoc, e, taken) if e.label_ == "PERSON" else e for e in out]


def _places_split(sdoc: Doc, ents: list[Span]) -> list[Span]:
    """ "Tshanzu and Runyoni": two one-word places NER took for one, split (not a known "Trinidad and Tobago")."""
    from spacy.tokens import Span

    out: list[Span] = []
    for e in ents:
        if (
            e.label_ in ("GPE", "LOC", "FAC")
            and len(e) == 3
            and e[1].lower_ == "and"
            and e[0].is_title
            and e[2].is_title
            and e[0].is_alpha
            and e[2].is_alpha
            and lexicon.lookup_place(e.text) is None
            and not FACILITY_HEAD.fullmatch(e[2].text)
        ):
            out.extend(
                (Span(sdoc, e.start, e.start + 1, label="GPE"), Span(sdoc, e.end - 1, e.end, label="GPE"))
            )
        else:
            out.append(e)
    return out


def _hyphen_joined(sdoc: Doc, ents: list[Span]) -> list[Span]:
    """ "the Bihar-" + "Jharkhand Special Area Committee": a body's hyphenated name NER cut at its hyphen, joined."""
    from spacy.tokens import Span

    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and e.label_ == "ORG"
            and prev.label_ in ("ORG", "GPE", "NORP")
            and prev.end == e.start
            and len(prev) >= 2
            and prev[-1].text == "-"
            and not prev[-2].whitespace_
            and prev[-2].is_title
        ):
            start = prev.start + 1 if prev[0].lower_ == "the" else prev.start
            out[-1] = Span(sdoc, start, e.end, label="ORG")
        else:
            out.append(e)
    return out


# "the U.S. District Court for the Northern District of Texas", "U.S. Attorney's Office, Western District of
# Virginia": a US federal court or prosecutor's office is named with the district it serves
_DISTRICT_OFFICE_BEFORE = re.compile(
    r"(?:(?:U\.S\.|US|United\s+States)\s+)?(?:(?:District|Bankruptcy)\s+Court|Attorney['’]s\s+Office)$"
)
_DISTRICT_OFFICE_AFTER = re.compile(
    r"^(?:,\s+|\s+for\s+the\s+)(?:Eastern|Western|Northern|Southern|Middle|Central)\s+District\s+of\s+"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)
_OFFICE_OF_DISTRICT = re.compile(
    r"^Office\s+for\s+the\s+(?:Eastern|Western|Northern|Southern|Middle|Central)\s+District\s+of\s+[A-Z]"
)


def _court_districts(sdoc: Doc, ents: list[Span], text: str) -> list[Span]:
    """Federal courts' and prosecutors' names run on over the district they serve, and back over "U.S."."""

    out: list[Span] = []
    for e in ents:
        if e.label_ != "ORG":
            out.append(e)
            continue
        start, end = e.start_char, e.end_char
        if _OFFICE_OF_DISTRICT.match(e.text):
            # "U.S." + "Attorney's" + "Office for the Eastern District of ...": NER left the office's owner out
            back = re.search(
                r"(?:(?:U\.S\.|US|United\s+States)\s+)?Attorney['’]s\s+$", text[max(0, start - 40) : start]
            )
            if back is not None:
                start -= len(back.group(0))
        owner = re.search(r"(?:U\.S\.|US|United\s+States)\s+$", text[max(0, start - 20) : start])
        if _DISTRICT_OFFICE_BEFORE.search(text[start:end]) or _OFFICE_OF_DISTRICT.match(text[start:end]):
            if owner is not None and re.match(r"(?:District|Bankruptcy|Attorney)", text[start:end]):
                start -= len(owner.group(0))
            tail = _DISTRICT_OFFICE_AFTER.match(text[end : end + 80])
            if tail is not None and _DISTRICT_OFFICE_BEFORE.search(text[start:end]):
                end += len(tail.group(0))
        if (start, end) == (e.start_char, e.end_char):
            out.append(e)
            continue
        grown = sdoc.char_span(start, end, label="ORG", alignment_mode="expand")
        if grown is None:
            out.append(e)
            continue
        while out and out[-1].end > grown.start:
            out.pop()
        out.append(grown)
    # the district's and the state's names inside a grown name are no mentions of their own
    bounds = [(e.start, e.end) for e in out]
    if all(s < e for s, e in bounds) and all(e <= s for (_, e), (s, _) in pairwise(bounds)):
        return out  # (in order and apart, as they are unless a name grew: none can be inside another)
    return [
        e
        for i, e in enumerate(out)
        if not any(o is not e and o.start <= e.start and e.end <= o.end for o in out)
    ]


_NAME_PARTICLES = frozenset({"da", "das", "do", "dos", "de", "del", "di", "van", "von", "bin", "ibn"})
_ALIAS_AFTER = re.compile(r",\s+(?:alias|a\.k\.a\.|aka|(?:better\s+|also\s+)?known\s+as)\s")


_KUNYA_PARTICLES = frozenset({"abu", "bin", "ibn", "bint", "ould", "ag", "wuld"})


def _kunya_joined(sdoc: Doc, prev: Span, ent: Span) -> bool:
    """Whether two person spans joined by a lower-case Arabic name particle are one name ("Ataullah abu Ammar")."""
    return (
        prev.label_ == "PERSON"
        and ent.label_ == "PERSON"
        and ent.start == prev.end + 1
        and sdoc[prev.end].text in _KUNYA_PARTICLES
        and len(prev) + len(ent) <= 5
        and all(t.is_title for t in (*prev, *ent))
    )


def _aliased_name(sdoc: Doc, prev: Span, ent: Span) -> bool:
    """Whether two spans joined by a name particle, then given an alias, are one person's name.

    "Márcio dos Santos Nepomuceno, alias Marcinho VP": NER read a place and a firm on either side of "dos".
    """
    if (
        ent.start != prev.end + 1
        or sdoc[prev.end].text not in _NAME_PARTICLES
        or prev.label_ not in ("PERSON", "GPE", "ORG", "LOC", "NORP")
        or ent.label_ not in ("PERSON", "GPE", "ORG", "LOC")
        or not all(t.is_title and t.is_alpha for t in (*prev, *ent))
        or len(prev) + len(ent) > 5
    ):
        return False
    return (
        _ALIAS_AFTER.match(sdoc.text, ent.end_char) is not None
        and lexicon.lookup_place(prev.text) is None
        and lexicon.lookup_group(prev.text) is None
        and lexicon.lookup_place(f"{prev.text} {sdoc[prev.end].text} {ent.text}") is None
    )


def _particle_led(sdoc: Doc, ent: Span, prev: Span | None) -> Span:
    """A person's span grown back over a given name and a particle NER left out ("Ana dos" + "Reis Pinto").

    Only where an alias follows, which makes the whole a person's name.
    """
    from spacy.tokens import Span

    start = ent.start - 2
    if (
        start < 0
        or (prev is not None and prev.end > start)
        or ent.label_ not in ("PERSON", "ORG", "GPE")
        or sdoc[start + 1].text not in _NAME_PARTICLES
        or not _name_word(sdoc[start])
        or sdoc[start].is_sent_start
        or not all(t.is_title and t.is_alpha for t in ent)
        or _ALIAS_AFTER.match(sdoc.text, ent.end_char) is None
        or lexicon.lookup_place(sdoc[start : ent.end].text) is not None
    ):
        return ent
    return Span(sdoc, start, ent.end, label="PERSON")


# Feasts and seasons NER rightly reads as dates though they carry no digit.
_DATE_WORDS = frozenset(
    {"Ramadan", "Eid", "Christmas", "Easter", "Ashura", "Nowruz", "Diwali", "Hanukkah", "Passover", "Lent"}
)


def _false_date(sdoc: Doc, prev: Span, ent: Span) -> bool:
    """Whether a one-word DATE at most two names after a person's is a surname NER misread ("... Herbas Camacho")."""
    word = ent[0].text
    return (
        ent.label_ == "DATE"
        and prev.label_ == "PERSON"
        and len(ent) == 1
        and ent.start - prev.end <= 2
        and all(t.is_title and t.is_alpha and t.whitespace_ == " " for t in sdoc[prev.end - 1 : ent.start])
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and word not in MONTHS_AND_DAYS
        and word not in _DATE_WORDS
        and not re.fullmatch(
            r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)", word
        )
    )


def _split_at_clauses(sdoc: Doc) -> list[Span]:
    """NER's spans, a name that ran on into a relative clause cut in two at the clause's word.

    "the Martyrs' Cemetery where Qassem Soleimani" is a cemetery and, after "where", a person.
    """
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in sdoc.ents:
        if (places := _listed_places(sdoc, ent)) is not None:
            out.extend(places)
            continue
        if (parts := _place_of_person(sdoc, ent)) is not None:
            out.extend(parts)
            continue
        cut = next(
            (k for k in range(ent.start + 1, ent.end - 1) if sdoc[k].lower_ in ("where", "whose", "when")),
            None,
        )
        if cut is None or not all(t.is_title for t in sdoc[cut + 1 : ent.end]):
            out.append(ent)
            continue
        out.append(Span(sdoc, ent.start, cut, label=ent.label_))
        out.append(Span(sdoc, cut + 1, ent.end, label="PERSON"))
    return out


def _place_of_person(sdoc: Doc, ent: Span) -> list[Span] | None:
    """ "the shooting in Genoa of Roberto Adinolfi": after "in", a town the gazetteer knows, "of" and a name of
    two or three capitalised words NER took for one body are the place and the person the event befell."""
    from spacy.tokens import Span

    if ent.label_ != "ORG" or ent.start == 0 or sdoc[ent.start - 1].lower_ not in ("in", "at", "near"):
        return None
    of = next((k for k in range(ent.start + 1, ent.end - 2) if sdoc[k].lower_ == "of"), None)
    if of is None or not 2 <= ent.end - of - 1 <= 3:
        return None
    place, person = sdoc[ent.start : of], sdoc[of + 1 : ent.end]
    if (
        not gazetteer.lookup_place(place.text, alternates=False)
        or not all(t.is_title and t.is_alpha for t in person)
        or ORG_WORD.search(person.text)
        or gazetteer.lookup_place(person.text)
    ):
        return None
    return [Span(sdoc, ent.start, of, label="GPE"), Span(sdoc, of + 1, ent.end, label="PERSON")]


def _listed_places(sdoc: Doc, ent: Span) -> list[Span] | None:
    """ "al-Bab and Jarablus", "Qamishli, Kobani": places of a list NER took for one name, each a place of
    its own; None where the span is one name (and "Trinidad and Tobago", "Jammu and Kashmir" are)."""
    from spacy.tokens import Span

    joints = [k for k in range(ent.start + 1, ent.end - 1) if sdoc[k].lower_ in ("and", ",")]
    if not joints or gazetteer.lookup_place(ent.text, alternates=False):
        return None
    bounds = [ent.start, *joints, ent.end]
    parts = [
        Span(sdoc, lo + (lo != ent.start), hi, label="GPE")
        for lo, hi in zip(bounds, bounds[1:], strict=False)
    ]
    if all(len(p) and gazetteer.lookup_place(p.text, alternates=False) for p in parts):
        return parts
    # "the border townships of Lahe and Nanyun": a plural word for places before the list says it is one, known
    # places or not (each part a capitalised name of its own)
    before = sdoc[max(0, ent.start - 3) : ent.start].text
    if _PLURAL_PLACES_OF.search(before) and all(
        len(p) and all(t.text[:1].isupper() for t in p if t.is_alpha and t.lower_ not in _PLACE_PARTICLES)
        for p in parts
    ):
        return parts
    return None


_PLURAL_PLACES_OF = re.compile(
    r"\b(?:towns|townships|villages|hamlets|cities|districts|provinces|regions|states|counties|municipalities|"
    r"localities|settlements|neighbourhoods|neighborhoods|communes|camps|islands)\s+of\s*$",
    re.I,
)


# "the Institute for Peace Research", "the Council on Regional Security": a body named for its subject
_NAMED_FOR_A_SUBJECT = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Centre|Center|Institute|Observatory|Network|Council|Forum|Foundation)"
    r"\s+(?:for|on)\s+(?:[A-Z][\w'’-]*(?:\s+and)?\s+){0,4}[A-Z][\w'’-]*"
)


def _named_for_a_region(sdoc: Doc, prev: Span, ent: Span) -> bool:
    """Whether a body named for its subject runs on over "of" or "in" and a region it serves.

    "the Institute for Peace Research of West Africa", "the Centre for Security Studies in Central Africa" are
    one name each; "the Institute for Peace Research in Accra" is the body and the city it sits in, and a
    country after "in" is where it sits too ("the Centre for Policy Studies in Nigeria").
    """
    if not (
        prev.label_ == "ORG"
        and ent.start == prev.end + 1
        and sdoc[prev.end].lower_ in ("of", "in")
        and ent.label_ in (lexicon.PLACE_LABEL, "GPE", "LOC")
        and _NAMED_FOR_A_SUBJECT.fullmatch(prev.text)
    ):
        return False
    place = lexicon.lookup_place(ent.text)
    if place is None:
        return False
    return place.type == "Region" or (place.type == "Country" and sdoc[prev.end].lower_ == "of")


def _cut_at_a_place(sdoc: Doc, prev: Span, ent: Span) -> bool:
    """Whether an organisation's span ends on "for" or "on" right before a place's name."""
    return (
        # (a body's head NER took for a title's start, "Centre for" at the top of a brief, is a body's too)
        (prev.label_ in ("ORG", "FAC") or (prev.label_ == "WORK_OF_ART" and ORG_WORD.search(prev.text)))
        and ent.start == prev.end
        and sdoc[prev.end - 1].lower_ in ("for", "on")
        and ent.label_ in (lexicon.PLACE_LABEL, "GPE", "LOC")
    )


# Lower-case words inside place names: "Valle del Cauca", "Santiago de Cali", "Ras al-Ain", "Dar es Salaam",
# "Bandar-e Abbas", "Mocímboa da Praia".
_PLACE_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "des",
        "al",
        "el",
        "es",
        "ez",
        "ul",
        "e",
        "i",
        "y",
    }
)
_PARTICLE_ARTICLES = frozenset({"la", "las", "los", "le", "les"})


def _after_particles(sdoc: Doc, end: int) -> int:
    """The end of a place name carried on over lower-case particles ("Valle" + "del Cauca"), else `end`."""
    k = end
    if k < len(sdoc) and sdoc[k].text in _PLACE_PARTICLES and sdoc[end - 1].whitespace_:
        k += 1
        if k < len(sdoc) and sdoc[k].text in _PARTICLE_ARTICLES:
            k += 1
        if (
            k + 1 < len(sdoc)
            and sdoc[k].text == "-"
            and not sdoc[k - 1].whitespace_
            and not sdoc[k].whitespace_
        ):
            k += 1  # "al-Ain"
        elif not sdoc[k - 1].whitespace_:
            return end
        if (
            k < len(sdoc)
            and sdoc[k].is_alpha
            and sdoc[k].text[0].isupper()
            and not any(t.is_sent_start or "\n" in t.whitespace_ for t in sdoc[end - 1 : k])
        ):
            return k + 1
    return end


def _whole_place(sdoc: Doc, ent: Span) -> Span:
    """A span grown over the rest of a hyphenated name or of a known place's name.

    NER cuts "Mazar-i-Sharif" to "Mazar", "Dammartin-en-Goële" to "Dammartin", "Tongo Tongo"
    to "Tongo", "Valle del Cauca" to "Valle" and "In Salah" to "Salah"; a name does not stop at a
    hyphen inside a word or at a lower-case particle, and the gazetteer knows the rest.
    """
    from spacy.tokens import Span

    ent = _no_route(sdoc, ent)
    start, end = ent.start, ent.end
    while (
        end + 1 < len(sdoc)
        and sdoc[end - 1].whitespace_ == ""
        and sdoc[end].text == "-"
        and sdoc[end].whitespace_ == ""
        and sdoc[end + 1].is_alpha
        and sdoc[end + 1].lower_ not in _ROUTE_WORDS
    ):
        end += 2
    if end != ent.end and not sdoc[end - 1].text[0].isupper():
        # "Pakistan-based": a word made from a name, not a longer name; "Bandar-e Abbas" goes on
        end = _after_particles(sdoc, end) if sdoc[end - 1].text in _PLACE_PARTICLES else ent.end
    if ent.label_ in ("GPE", "LOC", "FAC"):
        end = _after_particles(sdoc, end)
    for longer in range(min(len(sdoc), end + 3), end, -1):
        words = sdoc[ent.start : longer]
        wtext = words.text  # Span.text joins the tokens again at every read
        if "\n" not in wtext and not any(t.is_sent_start for t in words[1:]):
            place = lexicon.lookup_place(wtext)
            if place is not None and lexicon.fold(place.name) != lexicon.fold(ent.text):
                end = longer
                break
    # "In Salah", "Dera Ismail Khan": capitalised words NER left out before a known place's name.
    for earlier in (ent.start - 1, ent.start - 2):
        if earlier < 0 or any(t.is_sent_start for t in sdoc[earlier + 1 : ent.start + 1]):
            break
        words = sdoc[earlier:end]
        if not all(t.text[0].isupper() for t in sdoc[earlier : ent.start]) or "\n" in words.text:
            break
        place = lexicon.lookup_place(words.text, alternates=False)
        if place is not None and place.type in ("City", "Province", "Region", "Facility"):
            start = earlier
            break
    if (start, end) == (ent.start, ent.end):
        return ent
    label = "GPE" if ent.label_ in ("PERSON", "ORG", "NORP") else ent.label_
    return Span(sdoc, start, end, label=label)


# "Puerto Jordan", "Port Sudan", "Fort Portal": a word that opens a place's name before another place's name.
_NAME_OPENERS = frozenset(
    {
        "Puerto",
        "Port",
        "Porto",
        "Fort",
        "San",
        "Santa",
        "Santo",
        "São",
        "Sao",
        "Saint",
        "St",
        "Villa",
        "Ciudad",
        "Nueva",
        "Nuevo",
        "Mount",
        "Cape",
        "Bandar",
        "Ras",
        "Tell",
        "Tal",
        "Deir",
        "Kafr",
        "Kfar",
        "Beit",
        "Bir",
        "Ain",
        "Jisr",
        "Khan",
        "Wadi",
        "Jabal",
        "Jebel",
        "Sidi",
        "Dar",
        "Bab",
        "Qasr",
        "Sheikh",
        # "Upper Swat", "Lower Dir": the upper or lower part of a district is a place of its own
        "Upper",
        "Lower",
        # the Hausa words for a walled town, a house, a ward: "Birnin Kebbi", "Gidan Bawa", "Tudun Wada"
        "Birnin",
        "Gidan",
        "Tudun",
        "Dutsin",
        "Unguwan",
        "Rijiyar",
    }
)
# "Busra al-Sham", "Deir al-Iraq": an Arabic article joins the word before it into one name.
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|ath|az|an|ed|es|ez|en|er|et)-$")


def _prefixed_place(sdoc: Doc, ent: Span) -> Span:
    """A place's span grown back over the word that opens its name: "Port" + "Sudan", "Busra" + "al-Sham".

    The ruler finds "Sudan" and "al-Sham" (the Levant) inside longer names; a name-opening word
    ("Puerto", "Port", "Deir") or a capitalised word before an Arabic article makes the whole one name.
    """
    from spacy.tokens import Span

    first = sdoc[ent.start]
    start = ent.start
    if ent.text[:1].islower() and _ARABIC_ARTICLE.match(ent.text.split("-")[0] + "-") and "-" in ent.text:
        start = ent.start  # "al-Sham": the article is inside the span
    elif (
        start >= 2
        and sdoc[start - 1].text == "-"
        and not sdoc[start - 2].whitespace_
        and not sdoc[start - 1].whitespace_
        and _ARABIC_ARTICLE.match(sdoc[start - 2].lower_ + "-")
        and sdoc[start - 2].text.islower()
    ):
        start -= 2  # "Deir al" + "-" + "Iraq": the ruler found the country after the article
        first = sdoc[start]
    elif not (
        start >= 1
        and sdoc[start - 1].text.rstrip(".") in _NAME_OPENERS
        and sdoc[start - 1].whitespace_ == " "
        and not first.is_sent_start
    ):
        return ent
    else:
        opened = Span(sdoc, start - 1, ent.end, label="GPE")
        return opened if lexicon.lookup_group(opened.text) is None else ent
    if start < 1 or first.is_sent_start or sdoc[start - 1].whitespace_ != " ":
        return ent
    word = sdoc[start - 1]
    if not (
        word.is_alpha
        and word.text[0].isupper()
        and word.text not in CAPITALISED_FUNCTION_WORDS
        and word.text not in MONTHS_AND_DAYS
        and not DEMONYM.match(word.text)
    ):
        return ent
    grown = Span(sdoc, start - 1, ent.end, label="GPE")
    return ent if lexicon.lookup_group(grown.text) is not None else grown


# The last word of an organisation's name that may begin with a place's: "the Nineveh Police Directorate",
# "the Sahel Peace Foundation", "Arakan National Party", "Palestine Liberation Organization": whether
# the whole is a group or an organisation is then read as for any organisation's name NER finds.
_ORG_LAST_WORDS = frozenset(
    {
        "Police",
        "Directorate",
        "Institute",
        "Institution",
        "Foundation",
        "Centre",
        "Center",
        "Council",
        "Ministry",
        "Agency",
        "Times",
        "News",
        "Post",
        "Tribune",
        "Herald",
        "Gazette",
        "Observer",
        "Radio",
        "Television",
        "TV",
        "Authority",
        "Commission",
        "Command",
        "University",
        "Court",
        "Observatory",
        "Network",
        "Service",
        "Bureau",
        "Department",
        "Committee",
        "Corporation",
        "Company",
        "Bank",
        "Airways",
        "Airlines",
        "Administration",
        "Office",
        "Headquarters",
        "Secretariat",
        "Assembly",
        "Parliament",
        "Senate",
        "Government",
        # a movement's or a party's name: what it is, group or organisation, is the words' to say
        "Party",
        "Union",
        "Organization",
        "Organisation",
        "Movement",
        "Front",
        "Army",
        "Forces",
        "Force",
        "Group",
        "Alliance",
        "League",
        "Congress",
        # "the Kurdistan Policy Forum", "the Sahel Security Forum": a think tank named after the region it studies
        "Forum",
        # "the Gulf of Guinea Security Initiative"
        "Initiative",
        # "the Gulf of Aden Policy Lab", "the Sahel Research Group": a research body named after its region
        "Lab",
        "Laboratory",
        "Project",
        "Monitor",
        "Programme",
        "Program",
    }
)
_MAX_ORG_WORDS_AFTER_PLACE = 4
# Words ending the name of a unit of a body, after the body's own name ("the FBI Counterterrorism Division")
_UNIT_LAST_WORDS = frozenset({"Division", "Unit", "Branch", "Section", "Squad"})


# "Attorney General", "Solicitor General", "Auditor General": a title before "General" that names an office
_OFFICE_TITLES = frozenset(
    {
        "Attorney",
        "Solicitor",
        "Auditor",
        "Inspector",
        "Accountant",
        "Advocate",
        "Surveyor",
        "Postmaster",
        "Procurator",
    }
)


# "Farouqi, has", "Farouqi said": what may follow a person's surname (no word that names a kind of place)
_AFTER_SURNAME = re.compile(r"^\s*(?:,|\(|said\b|told\b|has\b|was\b|is\b|who\b)")


def _place_led_person(sdoc: Doc, ent: Span) -> Span | None:
    """A one-word gazetteer place that is a person's given name: "the group's leader, Salahuddin Farouqi, said".

    Only where one capitalised word NER left untagged follows, nothing makes the two a place, and the words
    before call a person (a title or role) or the words after do.
    """
    from spacy.tokens import Span

    if len(ent) != 1 or ent.end >= len(sdoc) or not sdoc[ent.start].is_alpha:
        return None
    nxt = sdoc[ent.end]
    if (
        nxt.ent_type_
        or nxt.is_sent_start
        or not ent[0].whitespace_
        or not _name_word(nxt, before_name=False)
        or nxt.text in _ORG_LAST_WORDS
        or ORG_WORD.fullmatch(nxt.text)
        or FACILITY_HEAD.fullmatch(nxt.text)
        or lexicon.lookup_place(f"{ent.text} {nxt.text}") is not None
        or lexicon.lookup_place(nxt.text) is not None
        or lexicon.lookup_group(nxt.text) is not None
    ):
        return None
    text = sdoc.text
    before = text[max(0, ent.start_char - 60) : ent.start_char]
    after = text[nxt.idx + len(nxt.text) : nxt.idx + len(nxt.text) + 120]
    if not _AFTER_SURNAME.match(after):
        return None
    if not (PERSON_CONTEXT_BEFORE.search(before) or PERSON_CONTEXT_AFTER.match(after)):
        return None
    return Span(sdoc, ent.start, ent.end + 1, label="PERSON")


def _regional_force(sdoc: Doc, ent: Span) -> Span:
    """A known police body with the region of its unit after it: "Counter Terrorism Policing North East".

    Only over capitalised words NER left untagged that together name a known place, with no capitalised
    word after them.
    """
    from spacy.tokens import Span

    if ent[-1].text not in ("Policing", "Police") or not ent[-1].whitespace_:
        return ent
    for width in (3, 2, 1):
        end = ent.end + width
        if end > len(sdoc) or (end < len(sdoc) and sdoc[end].is_title):
            continue
        words = sdoc[ent.end : end]
        if all(t.is_title and t.is_alpha and not t.ent_type_ and not t.is_sent_start for t in words) and (
            lexicon.lookup_place(words.text) is not None
            # ("West Midlands", "North East": a region named by its compass point)
            or (width > 1 and words[0].text in ("North", "South", "East", "West"))
        ):
            return Span(sdoc, ent.start, end, label="ORG")
    return ent


def _place_led_org(sdoc: Doc, ent: Span, at_least: int = 1, last_words: frozenset[str] = frozenset()) -> Span:
    """A place's span grown into the organisation whose name it begins: "Nineveh" + "Police Directorate".

    Only over capitalised words NER left untagged (at least `at_least` of them), ending on a word that
    ends organisations' names ("Police", "Institute", "News") and not followed by another capitalised
    word ("Kano State Police Commissioner Ahmed", a title before a person, stays a place and a person).
    """
    from spacy.tokens import Span

    end = None
    k = ent.end
    while k < len(sdoc) and k - ent.end < _MAX_ORG_WORDS_AFTER_PLACE:
        token = sdoc[k]
        if token.text in ("'s", "’s") and not sdoc[k - 1].whitespace_ and k > ent.end:
            k += 1  # "Ombudsman's Office": a possessive inside the name
            continue
        if (
            token.is_sent_start
            or token.ent_type_
            or not sdoc[k - 1].whitespace_
            or not (token.is_alpha and token.text[0].isupper())
            or token.text in MONTHS_AND_DAYS
        ):
            break
        if token.text in (last_words or _ORG_LAST_WORDS):
            end = k + 1
        k += 1
    if end is None or end != k or end - ent.end < at_least:
        return ent  # no organisation word, the name runs on past it, or too little is added
    return Span(sdoc, ent.start, _with_subject(sdoc, end), label="ORG")


# "the Ulster Hospital", "Kandahar Airport": a capitalised word for a building after a place's name
_SITE_LAST_WORDS = frozenset(
    {
        "Hospital",
        "Airport",
        "Stadium",
        "Prison",
        "Penitentiary",
        "Barracks",
        "Cathedral",
        "Infirmary",
        "Airbase",
    }
)


def _place_led_site(sdoc: Doc, ent: Span) -> Span:
    """A place's span grown over the capitalised building word after it: "Ulster" + "Hospital" is a hospital."""
    from spacy.tokens import Span

    k = ent.end
    if (
        ent.label_ not in (lexicon.PLACE_LABEL, "GPE", "LOC")
        or k >= len(sdoc)
        or sdoc[k].text not in _SITE_LAST_WORDS
        or sdoc[k].ent_type_
        or sdoc[k].is_sent_start
        or not sdoc[k - 1].whitespace_
        # ("Kabul Airport Road": the building's name runs on into another name)
        or (k + 1 < len(sdoc) and sdoc[k + 1].is_title and sdoc[k].whitespace_)
    ):
        return ent
    return Span(sdoc, ent.start, k + 1, label="FAC")


def _spelt_out_to(sdoc: Doc, ent: Span) -> int:
    """The end of an organisation's name NER cut short, where the initials in brackets after it spell it whole.

    "the Joint Council on the Return" + "of Refugees (JCRR)": the capitalised words up to the bracket, with
    the span's own, give "JCRR"; "the Joint Council on the Return of Refugees (JCR)" gives no match and
    the span stays as NER cut it. Only over "of", "for", "on", "and" and capitalised words, three at most.
    """
    end = ent.end
    if not (end + 1 < len(sdoc) and sdoc[end].lower_ in ("of", "for", "on", "and") and ent[-1].is_title):
        return end
    j = end + 1
    if sdoc[j].lower_ == "the":
        j += 1
    run = j
    while (
        run < len(sdoc)
        and run - j < 3
        and sdoc[run].is_alpha
        and sdoc[run].is_title
        and not sdoc[run].ent_type_
    ):
        run += 1
    if not (
        run > j
        and run + 2 < len(sdoc)
        and sdoc[run].text == "("
        and sdoc[run + 2].text == ")"
        and re.fullmatch(r"[A-Z]{3,8}", sdoc[run + 1].text)
    ):
        return end
    words = [
        t.text for t in sdoc[ent.start : run] if t.is_alpha and t.text[0].isupper() and t.lower_ != "the"
    ]
    return run if "".join(w[0] for w in words) == sdoc[run + 1].text else end


def _with_subject(sdoc: Doc, end: int) -> int:
    """The end of an organisation's name carried on over its subject: "the Sanaa Center" + "for Strategic Studies".

    Only after a word that ends organisations' names, over "for", "of" or "on" and capitalised words.
    """
    if not (
        end + 1 < len(sdoc)
        and sdoc[end - 1].text in _ORG_LAST_WORDS
        and sdoc[end].lower_ in ("for", "of", "on")
        and sdoc[end - 1].whitespace_
    ):
        return end
    j = end + 1
    if sdoc[j].lower_ == "the" and j + 1 < len(sdoc):
        j += 1
    run = j
    while (
        run < len(sdoc)
        and not sdoc[run].is_sent_start
        and not sdoc[run].ent_type_
        and sdoc[run].is_alpha
        and (sdoc[run].text[0].isupper() or (sdoc[run].lower_ == "and" and run > j))
    ):
        run += 1
    while run > j and sdoc[run - 1].lower_ == "and":
        run -= 1
    return run if run > j else end


def _listed_subjects(sdoc: Doc, ent: Span) -> int:
    """The end of a body's name that lists its subjects: "the Ministry of Agriculture" + ", Fisheries and Food".

    Only where the name holds "for", "of" or "on" before its last word, and the list after the comma is of single
    capitalised words NER took for nothing (not ", Reuters and AFP", two bodies, nor ", Ahmed and Khan").
    """
    end = ent.end
    if not (len(ent) >= 3 and any(t.lower_ in ("for", "of", "on") for t in ent[1:-1]) and ent[-1].is_title):
        return end
    j = end
    while (
        j + 1 < len(sdoc)
        and sdoc[j].text == ","
        and sdoc[j + 1].is_title
        and sdoc[j + 1].is_alpha
        and not sdoc[j + 1].ent_type_
        and not sdoc[j + 1].is_sent_start
    ):
        j += 2
    if (
        j > end
        and j + 1 < len(sdoc)
        and sdoc[j].lower_ == "and"
        and sdoc[j + 1].is_title
        and sdoc[j + 1].is_alpha
        and not sdoc[j + 1].ent_type_
        and not (j + 2 < len(sdoc) and sdoc[j + 2].is_title)
    ):
        return j + 2
    return end


_ROUTE_WORDS = frozenset({"to", "via"})


def _no_route(sdoc: Doc, ent: Span) -> Span:
    """A place's span without a route: "Kampala-to-Gulu" (highway) names Kampala."""
    from spacy.tokens import Span

    for k in range(ent.start + 1, ent.end - 1):
        if sdoc[k].text == "-" and sdoc[k + 1].lower_ in _ROUTE_WORDS and not sdoc[k - 1].whitespace_:
            return Span(sdoc, ent.start, k, label=ent.label_)
    return ent


# "founded by", "the preacher", "its leader": words before a person's name NER may take for two towns
_PERSON_WORDS_BEFORE = frozenset(
    {"by", "preacher", "cleric", "leader", "founder", "commander", "chief", "emir", "spokesman", "imam"}
)


def _unknown_towns_as_a_name(sdoc: Doc, a: Span, b: Span) -> bool:
    """Whether two one-word "towns" side by side after "by" or a person's role are a given name and a surname.

    "founded by Oumar Diallo", "the preacher Hamidou Sow": NER took each word for a town, but neither is
    a place the gazetteer knows, and the word before says a person follows.
    """
    if not (
        a.label_ == b.label_ == "GPE"
        and len(a) == len(b) == 1
        and a.end == b.start
        and a[0].whitespace_ == " "
        and a[0].is_title
        and b[0].is_title
        and a.start > 0
        and sdoc[a.start - 1].lower_ in _PERSON_WORDS_BEFORE
    ):
        return False
    return all(
        lexicon.lookup_place(w.text) is None and lexicon.lookup_town(w.text, sdoc.text) is None
        for w in (a[0], b[0])
    )


_ROMANCE_OF = frozenset({"de", "del", "la", "las", "los", "des", "du", "da", "do", "das", "dos"})


def _one_name(sdoc: Doc, a: Span, b: Span) -> bool:
    """Whether two NER spans side by side are one name."""
    # A sentence start between them, looked up token by token: Span.sent walks the whole document.
    if lexicon.GROUP_LABEL in (a.label_, b.label_) or any(
        sdoc[i].is_sent_start for i in range(a.start + 1, b.start + 1)
    ):
        return False
    # The text between them from their tokens: Doc.text joins the whole document at every call.
    gap = a[-1].whitespace_ + "".join(t.text_with_ws for t in sdoc[a.end : b.start])
    if a.label_ == "PERSON" and gap == " " and (b.label_ == "PERSON" or (b.label_ == "ORG" and len(b) == 1)):
        # "Omar Fadel" + "Haidari": a surname NER took for an organisation.
        # ("Jonas B. and" + "Felix H.": NER ran one person on into "and"; the next name is another person)
        if a[-1].lower_ in ("and", "or"):
            return False
        return b.label_ == "PERSON" or _name_word(b[0], before_name=False)
    if (
        len(a) == 1
        and a[0].text in ("Kampung", "Kampong")
        and gap == " "
        and b.label_ in ("GPE", "LOC", "PERSON", "ORG", "FAC")
        and b[0].is_title
    ):
        # "Kampung" + "Bukit Tinggi": the Malay word for a village opens the village's name
        return True
    if a.label_ == "ORG" and gap == " " and a[-1].lower_ in ("for", "of", "and") and b.text[0].isupper():
        # "Alternative for" + "Germany": a name does not end on a preposition, so NER cut it short.
        return True
    if (
        a.label_ == "ORG"
        and gap == " "
        and len(a) >= 2
        and a[-1].lower_ in _ROMANCE_OF
        and a[-1].is_lower
        and b.text[0].isupper()
        and b.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC")
    ):
        # "Universidad de" + "los Andes", "El Colegio de la" + "Frontera Sur": nor on a Spanish, French or
        # Portuguese "of (the)"
        return True
    if (
        a.label_ == "ORG"
        and b.label_ == "ORG"
        and gap == ", "
        and re.search(r"\s(?:for|of)\s+[A-Z]\w*$", a.text)
        and re.fullmatch(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", b.text)
    ):
        # "Institute for Peace" + "Violence and Terrorism Research": one name listing its subjects.
        return True
    if (
        a.label_ == "ORG"
        and re.match(r"^ (?:for|on|of) the [A-Z]", gap + b.text)
        and b.label_ in ("ORG", "GPE", "LOC", "NORP", lexicon.PLACE_LABEL)
        and ORG_WORD.search(a.text)
        and (gap.startswith(" for ") or re.search(r"\s(?:for|on)\s", a.text))
    ):
        # "Centre for Policy" + "on the" + "Sahel", "Policy Center" + "for the" + "New South": one name
        return True
    if (
        a.label_ == b.label_ == "GPE"
        and gap == " "
        and len(a) == len(b) == 1
        and a[0].is_title
        and b[0].is_title
        and PERSON_CONTEXT_AFTER.match(sdoc.text[b.end_char : b.end_char + 120])
    ):
        # "said Ravi" + "Menon, the district's superintendent of police": two words NER took for two towns,
        # then described as a person, are a given name and a surname
        return True
    if a.label_ in (lexicon.PLACE_LABEL, "GPE") and b.label_ == "ORG" and gap == " ":
        # "Mindanao" + "State University": a place that begins an organisation's name.
        return ORG_WORD.search(b.text) is not None and b.text[0].isupper()
    return (
        gap == " of "
        and a.label_ in ("ORG", "FAC", "LOC")
        and b.label_ in ("ORG", "FAC", "LOC", "GPE", "PERSON")
        and FACILITY_HEAD.search(a.text) is not None
    )


_LOWER_PARTICLES = frozenset({"dela", "delos", "de", "del", "della", "van", "von", "dos", "da", "di"})


def _name_word(token: Token, before_name: bool = True) -> bool:
    """A word that may carry on a person's name: capitalised, not a title, month or nationality.

    After a name, a word shaped like a nationality is a given name ("Roch Marc Christian Kaboré").
    """
    text = token.text
    return (
        len(text) > 1
        and text[0].isupper()
        and text.isalpha()
        and not text.isupper()
        and text not in CAPITALISED_FUNCTION_WORDS
        and text not in MONTHS_AND_DAYS
        and not lexicon.TITLE_RE.fullmatch(text)
        and not lexicon.HONORIFICS.match(text + " ")
        and text not in _CLERGY
        and not (before_name and DEMONYM.match(text))
    )


# "the Reverend Jean-Wilner Dorvil": a cleric's style before a name, no part of it
_CLERGY = frozenset({"Reverend", "Revd", "Monsignor", "Canon", "Deacon", "Venerable"})


# Words that open a sentence before a name without being part of it ("Former", "Suspected", "Slain").
_NOT_GIVEN_NAMES = frozenset(
    [
        "Former",
        "Late",
        "Veteran",
        "Senior",
        "Top",
        "Acting",
        "Interim",
        "Notorious",
        "Fugitive",
        "Rebel",
        "Militia",
        "Insurgent",
        "Jihadist",
        "Islamist",
        "Warlord",
        "Then",
        "Now",
        "Today",
        "Yesterday",
        "Meanwhile",
        "Earlier",
        "Later",
        "Also",
        "Still",
        "Both",
        "Only",
        "Even",
        "Just",
        "Many",
        "Some",
        "Several",
        "Two",
        "Three",
        "Four",
        "Five",
        "Every",
        "Each",
        "Neither",
        "Either",
        "While",
        "Why",
        "How",
        "What",
        "Who",
        "Whom",
        "Where",
        "Ex",
        "New",
        "Young",
        "Old",
        "Elderly",
        "Ethnic",
        "Local",
        "Tribal",
        "Self",
        "Accused",
        "Missing",
        "Dead",
        "Wanted",
        "Hardline",
        "Radical",
        "Moderate",
        "Prominent",
        "Influential",
        "Powerful",
        "Defiant",
        "Embattled",
        "Exiled",
        "Ousted",
        "Jailed",
        "Slain",
        "Detained",
        "Freed",
        "Captured",
    ]
)


# Prepositions and linking words that may open a sentence before a name ("Unlike Jaish, ...").
_OPENING_LINKS = frozenset(
    [
        "Unlike",
        "Like",
        "Despite",
        "Without",
        "Against",
        "Among",
        "Amid",
        "Amidst",
        "Beyond",
        "Besides",
        "Including",
        "Regarding",
        "Unless",
        "Although",
        "Though",
        "Because",
        "Upon",
        "Toward",
        "Towards",
        "Via",
        "Per",
        "Near",
        "Inside",
        "Outside",
        "Behind",
        "Below",
        "Above",
        "Around",
        "Along",
        "Alongside",
        "Throughout",
        "Whereas",
        "Whilst",
        "Once",
        "Perhaps",
        "Maybe",
        "Indeed",
        "Instead",
        "Thus",
        "Hence",
        "Yet",
        "So",
        "Nor",
        "Or",
        "But",
        "And",
        "Dear",
        "Sir",
        "Madam",
        "Lord",
        "Lady",
        "Under",
        "Over",
        "Since",
        "Until",
        "After",
        "Before",
        "During",
        "Within",
        "Across",
        "Through",
        "Following",
        "According",
        "Thanks",
        "Unlike",
        "Except",
        "Beside",
        "Opposite",
        "Concerning",
        "Considering",
        "Given",
        "Plus",
        "Minus",
        "Versus",
        "Whether",
        "If",
        "As",
        "At",
        "By",
        "For",
        "From",
        "In",
        "Into",
        "Of",
        "On",
        "To",
        "With",
        "About",
    ]
)


def _opening_given_name(token: Token) -> bool:
    """Whether a word opening a sentence, right before a person's name, is the name's first word."""
    text = token.text
    return (
        text not in _NOT_GIVEN_NAMES
        and text not in _OPENING_LINKS
        and not re.search(r"(?:ed|ly|ing|ese|ian|ans)$", text)
        and lexicon.lookup_place(text) is None
        and lexicon.lookup_group(text) is None
    )


# Longer words some headlines leave in lower case: "Talks Resume after Ceasefire Collapses".
_TITLE_CASE_SMALL_WORDS = frozenset(
    {
        "about",
        "above",
        "after",
        "against",
        "among",
        "before",
        "below",
        "between",
        "during",
        "since",
        "through",
        "under",
        "until",
        "within",
        "without",
        "across",
        "along",
        "around",
        "toward",
        "towards",
        "despite",
    }
)
_ARTICLE_WORDS = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "ath", "az", "an", "ed", "es", "ez", "en", "er"}
)


def _whole_person(sdoc: Doc, ent: Span, taken: set[int]) -> Span:
    """A person's span grown over the capitalised words NER left out on either side ("Adil Ahmad Dar")."""
    from spacy.tokens import Span

    words = [t for t in ent.sent if t.is_alpha]
    if sum(t.text[0].isupper() for t in words) > 0.6 * len(words) and not any(
        t.is_lower and len(t) >= 5 and t.lower_ not in _TITLE_CASE_SMALL_WORDS for t in words
    ):
        # A headline in title case: "Macron Says France Will Leave Mali". A sentence of many names still
        # has its lower-case verbs and nouns ("Secretary of State Ann Lee spoke by phone with ...").
        return ent
    start, end = ent.start, ent.end
    while (
        end < len(sdoc)
        and end not in taken
        and not sdoc[end].is_sent_start
        and _name_word(sdoc[end], before_name=False)
    ):
        end += 1
    # "Abu Umar ad-Dagestani": an Arabic article joined to a capitalised word carries the name on
    while (
        end + 2 < len(sdoc)
        and not {end, end + 1, end + 2} & taken
        and sdoc[end].lower_ in _ARTICLE_WORDS
        and sdoc[end].whitespace_ == ""
        and sdoc[end + 1].text == "-"
        and sdoc[end + 1].whitespace_ == ""
        and _name_word(sdoc[end + 2], before_name=False)
    ):
        end += 3
    # "Ramon dela Cruz", "Maria de la Torre": a lower-case particle between a given name and the surname
    while end < len(sdoc) and sdoc[end].lower_ in _LOWER_PARTICLES and sdoc[end].is_lower:
        k = end + 1
        if k < len(sdoc) and sdoc[k].lower_ in ("la", "los", "las", "der", "den") and sdoc[k].is_lower:
            k += 1
        if (
            k >= len(sdoc)
            or set(range(end, k + 1)) & taken
            or not _name_word(sdoc[k], before_name=False)
            or sdoc[k].ent_type_ not in ("", "PERSON")
        ):
            break
        end = k + 1
    # "Zh. B. Toktogulov": a given name cut to the two letters that spell one Cyrillic sound, then a full
    # stop, opens the name as an initial does (the splitter may take its full stop for a sentence's end)
    if (
        start >= 2
        and not {start - 1, start - 2} & taken
        and re.fullmatch(r"[A-Z]\.", sdoc[start].text)
        and sdoc[start - 1].text == "."
        and sdoc[start - 2].whitespace_ == ""
        and re.fullmatch(r"(?:Sh|Kh|Ch|Zh|Ts|Yu|Ya|Yo)", sdoc[start - 2].text)
    ):
        start -= 2
    while (
        start > 0
        and start - 1 not in taken
        and not sdoc[start].is_sent_start
        # "Filipe Nyusi, the former president": a given name may open the sentence
        and (not sdoc[start - 1].is_sent_start or _opening_given_name(sdoc[start - 1]))
        and _name_word(sdoc[start - 1])
    ):
        start -= 1
    return ent if (start, end) == (ent.start, ent.end) else Span(sdoc, start, end, label="PERSON")

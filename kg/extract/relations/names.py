"""What a group's own name says: "Islamic State Libya Province" is a province of IS, active in Libya."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract import lexicon
from kg.extract.relations.common import _MODIFIER_AFTER, _NOT_A_NAME, Found, G, L, O, _same
from kg.extract.sentences import Sentence
from kg.model import Mention, Predicate

# ------------------------------------------------------------------ what a group's own name says

# The rest of a branch's name after its parent's: "al-Qaeda| in the Indian Subcontinent", "Islamic State| Libya
# Province", "ISIS|-Mozambique". Other endings ("Islamic Jihad| Union") name a different group, not a branch.
_BRANCH_NAME_REST = re.compile(
    # "in Iraq and the Levant" names the whole state, not a branch of it
    r"^(?:\s+in\s+(?:the\s+)?[A-Z]\S*(?:\s+(?!and\b)\S+){0,3}|\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Province|Wilayat|Wilayah|Branch)|-[A-Z]\w*)$"
)


def find_name_relations(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """Relations a group's own name states, once the parent or the place is also named in the document.

    "Islamic State Somalia Province" is a province of the Islamic State and active in Somalia; "ISIS-K" is
    a branch of ISIS; "Tehrik-i-Taliban Pakistan" is active in Pakistan. The other end must be a
    mention of its own elsewhere in the document, so that the fact joins two things the text names.
    """
    names = [(s, m) for s in sentences for m in s.mentions if not _NOT_A_NAME.match(m.text)]
    # Each spelling once (its first mention): a long article names the same groups and places many times.
    groups = _first_of_each([(s, m) for s, m in names if m.type is G])
    # "its Libya Province", "the Sinai branch": a place that only qualifies a branch is not named on its own.
    places = [
        m
        for _, m in _first_of_each(
            [(s, m) for s, m in names if m.type is L and not _MODIFIER_AFTER.match(s.after(m, 20))]
        )
    ]
    seen: set[tuple[str, Predicate, str]] = set()
    orgs = _first_of_each([(s, m) for s, m in names if m.type is O])
    yield from _missions(orgs, seen)
    yield from _formations(orgs, [(s, m) for s, m in names if m.type is O], sentences, seen)
    text = " ".join(s.text for s in sentences).casefold()
    glossed = _glossed_countries(groups)
    for s, branch in groups:
        # the names the document spells: "Neo-JMB", listed in the gazetteer as "Islamic State Bangladesh", says
        # nothing of IS or of Bangladesh where the text never calls it that
        branch_names = {branch.text} | ({branch.name} if _spelled(branch, text) else set())
        for _, parent in groups:
            if _same(branch, parent):
                continue
            if any(
                b.casefold().startswith(p.casefold())
                and (_BRANCH_NAME_REST.match(b[len(p) :]) or _franchise_place(p, b[len(p) :]))
                and not _names_another(branch, b[len(p) :], p)
                and not _leaders_faction(b[len(p) :])
                for b in branch_names
                for p in {parent.text, parent.name}
                if len(p) > 1
            ):
                # "FLEC-FAC" beside "FLEC": a faction the gazetteer knows split from the group it is named after
                # was formed from it, not a branch of it
                if _split_from(branch, parent):
                    key = (branch.name, Predicate.FORMED_FROM, parent.name)
                    if key not in seen:
                        seen.add(key)
                        yield s, Found(branch, Predicate.FORMED_FROM, parent, 0.7)
                    continue
                key = (branch.name, Predicate.AFFILIATE_OF, parent.name)
                if key not in seen:
                    seen.add(key)
                    yield s, Found(branch, Predicate.AFFILIATE_OF, parent, 0.7, "branchOf")
        for place in places:
            if any(
                _named_after(b, p, glossed.get(branch.name, frozenset()))
                for b in branch_names
                for p in {place.text, place.name}
                if len(p) > 2
            ):
                key = (branch.name, Predicate.OPERATES_IN, place.name)
                if key not in seen:
                    seen.add(key)
                    yield s, Found(branch, Predicate.OPERATES_IN, place, 0.65)


def _glossed_countries(groups: list[tuple[Sentence, Mention]]) -> dict[str, frozenset[str]]:
    """Group name -> the countries whose nationality word the document also calls it by: "the Pakistani
    Taliban" for the Tehrik-i-Taliban Pakistan."""
    glossed: dict[str, set[str]] = {}
    for _, m in groups:
        words = m.text.split()
        if len(words) > 1 and (country := lexicon.gazetteer.country_of_demonym(words[0])) is not None:
            glossed.setdefault(m.name, set()).add(country)
    return {name: frozenset(countries) for name, countries in glossed.items()}


def _split_from(branch: Mention, parent: Mention) -> bool:
    """Whether the gazetteer lists the parent's entry among those the branch's entry was formed from (and not as
    its parent): "FLEC-FAC" split from the FLEC, "ISIS-K" is a province of the Islamic State."""
    bid = (branch.gazetteer_id or "").removeprefix("group:")
    pid = (parent.gazetteer_id or "").removeprefix("group:")
    entry = lexicon.groups().get(bid) if bid else None
    return entry is not None and bool(pid) and pid in entry.formed_from and entry.parent != pid


# The movements that name their branches "<parent> <place>" without "Province": "Islamic State Jammu and Kashmir"
_FRANCHISE = r"(?:the\s+)?(?:Islamic\s+State|ISIS|ISIL|IS|Daesh|al-Qaeda|al\s+Qaeda)"
_FRANCHISE_PARENT = re.compile(rf"^{_FRANCHISE}$", re.I)
# a name that opens with such a parent's: "Islamic State Mozambique", "ISIS-Somalia", "IS-Sinai"
_FRANCHISE_HEAD = re.compile(rf"^{_FRANCHISE}\b", re.I)


def _franchise_place(parent: str, rest: str) -> bool:
    """Whether the rest of a branch's name after such a parent's is a place of the gazetteer, and only that."""
    place = rest.strip()
    return (
        bool(_FRANCHISE_PARENT.match(parent))
        and rest.startswith(" ")
        and bool(re.match(r"^[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}$", place))
        and lexicon.lookup_place(place, alternates=False) is not None
    )


def _names_another(branch: Mention, rest: str, parent: str) -> bool:
    """Whether "Parent-Rest" joins two groups rather than naming a branch: the "Dawlah Islamiyah-Maute group" is
    the Maute group, tied to Dawlah Islamiyah, not a branch of it (unlike "ISIS-K" or "Dawlah Islamiyah-Hassan")."""
    word = rest.strip(" -")
    return not branch.name.casefold().startswith(parent.casefold()) and bool(
        re.search(rf"\b{re.escape(word)}\b", branch.name, re.I)
    )


def _spelled(branch: Mention, text: str) -> bool:
    """Whether the gazetteer's name for a group is one the document uses, or a short form of it ("ISIS-K", "Sinai
    Province" for Islamic State Sinai Province), rather than another name altogether ("Neo-JMB")."""
    name = branch.name.casefold()
    return name in text or branch.text[:1].casefold() == name[:1] or branch.text.casefold() in name


def _leaders_faction(rest: str) -> bool:
    """Whether "Parent-Rest" names a faction after its leader, not a branch after its place: "National Socialist
    Council of Nagaland-Khaplang" or "Dawlah Islamiyah-Hassan" (unlike "ISIS-Mozambique" or "ISIS-K")."""
    word = rest[1:] if rest.startswith("-") else ""
    return (
        bool(re.fullmatch(r"[A-Z][a-z][\w'’]*", word))
        and lexicon.lookup_place(word, alternates=False) is None
        and lexicon.lookup_place(word) is None
    )


# "African Union Transition Mission in Somalia", "SADC Mission in Mozambique": a body's mission, named after it;
# "UN Group of Experts on the DRC", "UN Panel of Experts": a panel a body appoints is its own (unlike its council);
# so are its offices and agencies ("UN Office for the Coordination of Humanitarian Affairs", "the UN refugee agency")
_MISSION_REST = re.compile(
    r"^\s+(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,4}?(?:Mission|Force|(?:Group|Panel)\s+of\s+Experts|Office|Agency)\b"
    r"(?:\s+(?:in|to|for|on)\s+.+)?$|^\s+[a-z]+\s+agency$"
)


def _missions(
    orgs: list[tuple[Sentence, Mention]], seen: set[tuple[str, Predicate, str]]
) -> Iterator[tuple[Sentence, Found]]:
    """A mission or force named after a body the document also names belongs to that body."""
    for s, mission in orgs:
        for _, parent in orgs:
            if _same(mission, parent):
                continue
            if any(
                m.startswith(p) and _MISSION_REST.match(m[len(p) :])
                for m in {mission.text, mission.name}
                for p in {parent.text, parent.name, _initials(parent.name)}
                if len(p) > 1
            ):
                key = (mission.name, Predicate.AFFILIATE_OF, parent.name)
                if key not in seen:
                    seen.add(key)
                    yield s, Found(mission, Predicate.AFFILIATE_OF, parent, 0.7)


# A formation of a national force: "the 3rd Infantry Division", "Light Infantry Battalion 101", "the Fourth Military
# Region", "the army's Eastern Command", "the 64th Engineer Company", "the Special Tasks Unit", "the army's Omega Joint
# Task Force" (also read by groups.py: one list of formation words for both)
_FORMATION_NAME = re.compile(
    r"\b(?:Division|Brigade|Battalion|Regiment|Corps|Command|Squadron|Company|Unit|Task\s+Force|Military\s+Region)"
    r"(?:\s+(?:No\.\s*)?\d+)?$"
)
# a formation told as one by its number ("2 Division", "the Seventh Military Region"), not by a name alone
_NUMBERED_FORMATION = re.compile(
    r"\d|\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)\b"
)
# "the army's Northern Command", "the junta's Southern Command": the force named by its kind, owning the formation
# ("the Army's 20th Battalion", capitalised, names an Army of its own: read for a land force only)
_FORCE_KIND_POSS = re.compile(
    r"\b[Tt]he\s+(?:army|military|armed\s+forces|junta|navy|air\s+force)(?:'s|’s|')\s+(?:[\w-]+-based\s+)?$"
)
_ARMY_POSS = re.compile(r"\b[Tt]he\s+(?:Army|Military)(?:'s|’s|')\s+(?:[\w-]+-based\s+)?$")

# a land force, whose numbered divisions and battalions are its own (not a joint command's: "Armed Forces of X")
_LAND_FORCE = re.compile(r"\b(?:Army|Tatmadaw|[Mm]ilitary)\b")
# "the ISOC Region 4 Command", "the IRGC's Quds Base", "the Quds Base of the IRGC": a name that is its owner's
_OWNER_RIGHT_BEFORE = re.compile(r"^\)?\s*(?:\([^()]{1,25}\))?\s*(?:'s|’s|')?\s*$")

_OWNER_OF_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*(?:,\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:unit|formation|part|command)s?\s+)?"
    r"of\s+(?:the\s+|its\s+)?",
    re.I,
)


def _formations(
    orgs: list[tuple[Sentence, Mention]],
    every: list[tuple[Sentence, Mention]],
    sentences: list[Sentence],
    seen: set[tuple[str, Predicate, str]],
) -> Iterator[tuple[Sentence, Found]]:
    """A numbered formation, or one named after "the army's", belongs to the one national force the document names.

    "The army's Western Command said ..." in an article that names the Myanmar military (and no other army) is that
    military's command. Where the document names two forces (the army and a neighbour's), which one owns the
    formation is a guess, and nothing is read.
    """
    forces = {
        m.name: m
        for _, m in orgs
        if m.subtype == "Military"
        and not _FORMATION_NAME.search(m.name)
        and not m.name.startswith("Operation")
    }
    if len(forces) != 1:
        return
    force = next(iter(forces.values()))
    for s, unit in orgs:
        if _same(unit, force) or not _FORMATION_NAME.search(unit.name):
            continue
        # ("the 6th Infantry Division" in an article naming only the Armed Forces of the Philippines: a division
        # is its army's, which the text does not name; "the army's" says whose it is)
        before = s.before(unit, 40)
        if not (
            (
                (_NUMBERED_FORMATION.search(unit.name) or _ARMY_POSS.search(before))
                and _LAND_FORCE.search(force.name)
            )
            or _FORCE_KIND_POSS.search(before)
        ):
            continue
        # ("the Internal Security Operations Command (ISOC) Region 4 Command": the body named right before it owns it)
        # ("the 84th Division of the new Syrian army", "the 2nd Brigade, a unit of the Presidential Guard": the text
        # names the owner itself, which the sentence's own rules read)
        if any(_OWNER_OF_AFTER.match(t.after(u, 60)) for t, u in every if u.name == unit.name):
            continue
        # (the sentence reader may cut after the owner's bracketed acronym, so the sentence before is read too)
        if any(
            m.type in (G, O)
            and m.end <= u.start
            and _OWNER_RIGHT_BEFORE.match(text[m.end - start : u.start - start])
            for t, u in every
            if u.name == unit.name
            for start, text, mentions in _with_previous(sentences, t)
            for m in mentions
        ):
            continue
        key = (unit.name, Predicate.AFFILIATE_OF, force.name)
        if key not in seen:
            seen.add(key)
            yield s, Found(unit, Predicate.AFFILIATE_OF, force, 0.6)


def _with_previous(sentences: list[Sentence], t: Sentence) -> list[tuple[int, str, list[Mention]]]:
    """The sentence `t` joined with the one before it when they touch: (start, text, mentions)."""
    i = next((k for k, x in enumerate(sentences) if x is t), 0)
    prev = sentences[i - 1] if i > 0 else None
    if prev is None or not 0 <= t.start - (prev.start + len(prev.text)) <= 2:
        return [(t.start, t.text, list(t.mentions))]
    gap = " " * (t.start - prev.start - len(prev.text))
    return [(prev.start, prev.text + gap + t.text, [*prev.mentions, *t.mentions])]


def _initials(name: str) -> str:
    """ "United Nations" -> "UN", "African Union" -> "AU": the short form a body's own panels are named with."""
    words = name.split()
    return "".join(w[0] for w in words) if len(words) > 1 and all(w[:1].isupper() for w in words) else ""


def _first_of_each(found: list[tuple[Sentence, Mention]]) -> list[tuple[Sentence, Mention]]:
    """The first mention of each spelling (text and name), in document order."""
    firsts: dict[tuple[str, str], tuple[Sentence, Mention]] = {}
    for s, m in found:
        firsts.setdefault((m.text, m.name), (s, m))
    return list(firsts.values())


_NOT_A_PLACE_NAME_LINK = frozenset(
    {"in", "of", "the", "al", "el", "fi", "fil"}
    # "Jund al-Ansar fi Ard al-Kinana", "Ansar al-Islam fi Bilad al-Sham": "the land of" names a homeland
    # the group claims, not the country or the city of that name
    | {"ard", "ardh", "bilad", "biladi", "biladis", "bilad-al"}
    # "Résistance pour la démocratie au Tchad", "Frente en Honduras": French and Spanish "in (the)", left out
    # as "in" is
    | {"au", "aux", "en"}
    # "Alliance Fleuve Congo", "Front du Mont Cameroun": a river, lake or mountain named after the country is
    # not the country
    | {"fleuve", "river", "rivière", "riviere", "lac", "lake", "mont", "mount"}
)
# "Jaish al-Ansar fi Ardh Kurdistan", "Liberation Front of Greater Somalia": a place two words after a link is
# in the object of that link ("the land of", "greater"), as much as one right after it
_LINK_BEFORE = frozenset({"in", "of", "fi", "fil"})
# "Union pour le développement du Sahel": a place after "du" in a name that says what the group is for is
# the object of its aim (unlike "Front de libération de la Corse", whose place is where it fights)
_FRENCH_OF = frozenset({"du", "de", "des", "d'", "la", "l'"})
_FOR = frozenset({"pour", "para", "por"})
_FOR_AIM = re.compile(
    r"\b(?:for|pour|para|por)\s+(?:a|an|the|un|une|una|le|la)\s+(?:[A-Z][\w'’-]*\s+)*(?:and\s+)?$", re.I
)


def _named_after(name: str, place: str, glossed: frozenset[str] = frozenset()) -> bool:
    """Whether a group's name ends with the place, alone or before "Province": "ISIS-Mozambique".

    "X in Iraq" and "X of Y" (in Arabic too, "fi al-Iraq") are left out: such names often keep the place a
    group was founded in after it has moved on. The place must be the whole place named ("West Africa",
    not "Africa"). `glossed`: the countries whose nationality word the document also calls the group by.
    """
    if place not in name:
        return False  # most pairs: no need to build the pattern
    m = re.search(rf"(?:^|(?P<prev>\S+)[\s-]){re.escape(place)}(?:\s+(?:Province|Wilayat|Wilayah))?$", name)
    if m is None or m.group("prev") is None or m.group("prev").casefold() in _NOT_A_PLACE_NAME_LINK:
        return False
    earlier = name[: m.start("prev")].split()
    if earlier and earlier[-1].casefold() in _LINK_BEFORE:
        return False
    if m.group("prev").casefold() in _FRENCH_OF and _FOR & {w.casefold() for w in earlier}:
        return False
    # "Alliance for a Free and Sovereign Congo", "Movement for a Greater Somalia": the country the group is for,
    # named in its aim (unlike "Movement for Justice in Darfur", left out by "in")
    if _FOR_AIM.search(" ".join(earlier) + " "):
        return False
    # "Segunda Marquetalia", "the Second Marquetalia": an ordinal names a revival of the first group, which the
    # place recalls (where it was born) rather than where the new one is
    if m.group("prev").casefold() in _ORDINALS:
        return False
    if place.casefold() in _HISTORICAL_LANDS or _national_designation(name, place, m.group("prev"), glossed):
        return False
    return lexicon.lookup_place(f"{m.group('prev')} {place}") is None


_ORDINALS = frozenset(
    {
        "second",
        "third",
        "fourth",
        "segunda",
        "segundo",
        "tercera",
        "tercero",
        "deuxième",
        "deuxieme",
        "seconde",
    }
)
# "Islamic State Khorasan Province", "Wilayat al-Hind": a province the caliphate names after a land of its own
# history, whose bounds no state or map keeps, says nothing of where its fighters are
_HISTORICAL_LANDS = frozenset({"khorasan", "khurasan", "hind", "al-hind", "qawqaz", "sham", "al-sham"})


def _national_designation(name: str, place: str, prev: str, glossed: frozenset[str]) -> bool:
    """Whether a country ends a movement's name bare, as its national designation: "Tehrik-i-Taliban Pakistan",
    "Jamaat-ul-Mujahideen Bangladesh", "Tehreek-e-Labbaik Pakistan".

    Such a suffix tells a national movement or party from its namesakes abroad; where it fights is for the text
    to say. A franchise's branch named so ("Islamic State Mozambique", "ISIS-Somalia") is its theatre, and so
    is the country of a movement the text also calls by its nationality word ("the Pakistani Taliban", told
    from the Afghan one by where it fights); a name joined to the country by a preposition ("Autodefensas
    Gaitanistas de Colombia") or ending with a smaller place ("Katibat Jenin") is read as before.
    """
    if not name.endswith(place) or not prev[:1].isupper() or _FRANCHISE_HEAD.match(name):
        return False
    entry = lexicon.lookup_place(place, alternates=False)
    return entry is not None and entry.type == "Country" and entry.country not in glossed

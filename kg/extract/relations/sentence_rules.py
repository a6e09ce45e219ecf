"""Rules over a whole sentence: mergers, lists of places and of subject groups, umbrellas, "In Somalia, X ...",
alliances, rolls."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.extract.branches import name_holds, part_of
from kg.extract.relations.common import (
    _MODIFIER_AFTER,
    _POSS_START,
    Found,
    G,
    L,
    O,
    P,
    _between,
    _clause_owner,
    _place_run,
    _same,
)
from kg.extract.relations.groups import _MERGER, _bloc, _group_pair, _ties
from kg.extract.relations.persons import _roll
from kg.extract.relations.places import (
    _BETWEEN_ENDS,
    _CAPTIVE,
    _IN_LOC_COMMA,
    _OWN_WAR_IN,
    _WHERE,
    _WHERE_G_HOLDS,
    _WHOSE_MEN_IN,
    _place_list_after,
    _place_pair,
)
from kg.extract.sentences import Sentence
from kg.model import EntityType, Mention, Predicate

# "JNIM fought a coalition of A and B": a coalition that is the object of a blow is not what the subject formed from
_FOUGHT_COALITION = re.compile(
    r"\b(?:fought|fights|fighting|attacked|attacks|attacking|battled|battles|clashed\s+with|clashes\s+with|against|"
    r"defeated|routed|targeted|ambushed)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:coalition|alliance|union)\s+of\s*$",
    re.I,
)


# "Hamas opposed a merger of A with B", "talks on a proposed merger of A and B": a merger that did not happen
_UNMADE_MERGER = re.compile(
    r"(?:\b(?:oppos\w*|reject\w*|resist\w*|block\w*|veto\w*|refus\w*|propos\w*|discuss\w*|consider\w*|ruled\s+out|"
    r"rules\s+out|called\s+for|calls\s+for|urg\w*|talks\s+(?:on|about|over)|negotiat\w*|against)\s+(?:a|the|any)\s+|"
    r"\b(?:proposed|planned|possible|potential|mooted|rumou?red|failed|aborted|stalled|would-be)\s+)"
    r"(?:[\w-]+\s+)?(?:merger|merging|amalgamation)\s+(?:of|between)\s+(?:the\s+)?$",
    re.I,
)


# "the last heirs of the Shining Path", "rivals of X": a noun that is not the group itself heads the phrase
# ("remnants of IS", "fighters of X" are still the group)
_NOT_ITSELF_OF = re.compile(
    r"\b(?:heirs?|successors?|descendants?|offshoots?|splinters?|rivals?|enem(?:y|ies)|opponents?|critics?|victims?|"
    r"foes?|defectors|ex-members|former\s+members|veterans|imitators|admirers|sympathi[sz]ers)\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)


# "In Maiduguri, ISWAP fighters attacked a base on Monday": the opening place is where one blow fell, told in the
# simple past, not where the group is active ("In Ituri, the ADF has killed hundreds" is a campaign)
_OPENER_ONE_EVENT = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s+(?:fighters|militants|insurgents|gunmen|members|men|cells?|units?|"
    r"suicide\s+bombers?|bombers?|attackers|assailants|(?:car\s+|truck\s+|roadside\s+)?bombs?))?"
    r"(?:\s*,?\s+(?:on|last|early|late|this)\s+\w+(?:\s+(?:night|morning|evening|afternoon))?,?)?\s+"
    # ("ISGS fighters had killed 20 soldiers": the past perfect tells of one event too; "has killed" of a campaign)
    r"(?:(?:reportedly|allegedly|also|then|later|again|first|had)\s+){0,2}"
    r"(?:claimed|attacked|ambushed|killed|stormed|raided|abducted|kidnapped|bombed|struck|shot|shelled|overran|"
    r"besieged|executed|beheaded|launched|carried\s+out|staged|mounted|torched|burned|burnt|looted|blew\s+up|"
    r"detonated|set\s+off|targeted|massacred|opened\s+fire|seized\s+(?:a|an|the|two|three|several)\s+)\b",
    re.I,
)


# "In Gao, JNIM seized a camp in 2012 and still holds nearby villages": a second verb says it stayed
_STILL_HOLDS = re.compile(
    r"\band\s+(?:(?:still|now|also|has\s+since|since)\s+)*(?:holds|controls|operates|remains|runs|is\s+(?:still\s+)?"
    r"active|has\s+(?:a\s+)?(?:presence|bases|cells|camps))\b",
    re.I,
)


def _sentence_level(s: Sentence, ms: list[Mention]) -> Iterator[Found]:
    """Rules over lists and sentence openings: mergers, "across A, B and C", "In Somalia, X ..."."""
    groups = [m for m in ms if m.type is G]
    places = [m for m in ms if m.type is L]
    # "X was formed in 2017 by the merger of A, B and C"
    for i, m in enumerate(groups):
        if (
            _MERGER.search(s.before(m, 60))
            and not _FOUGHT_COALITION.search(s.before(m, 60))
            and not _UNMADE_MERGER.search(s.before(m, 60))
        ):
            subject = next((g for g in reversed(groups[:i]) if not _MERGER.search(s.before(g, 60))), None)
            if subject is not None:
                for part in groups[i:]:
                    if _POSS_START.match(s.after(part, 3)):
                        continue
                    listed = _MERGER.search(s.before(part, 60)) or re.match(
                        r"^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$",
                        s.between(groups[groups.index(part) - 1], part) or " x",
                    )
                    if not listed:
                        # "... from a coalition of FSA factions, but its components - the A and the B - ...": the
                        # list ends where a name is not joined to it
                        break
                    if not _same(part, subject):
                        yield Found(subject, Predicate.FORMED_FROM, part, 0.75)
                break
    yield from _parts(s, groups, places)
    # a list of places after an operating verb: "seeks to create a caliphate in A, B, C and D"
    for a in groups:
        listed = _place_list_after(s, a, places)
        for b in listed[1:]:
            yield Found(a, Predicate.OPERATES_IN, b, 0.7)
    # "In Ituri province, ... the ADF ...", "Based on the islands of A and B, it ...": where the subject group is active
    if places and groups and _IN_LOC_COMMA.match(s.text[: places[0].start - s.start]):
        run = _place_run(s, places)
        subject = groups[0]
        if _NOT_ITSELF_OF.search(s.before(subject, 60)):
            pass  # "In Peru's VRAEM, the last heirs of the Shining Path fight for coca": the heirs are there
        elif subject.start > run[-1].end and not _POSS_START.match(s.after(subject, 3)):
            # "In Balochistan, A and B are both active": each of the subjects listed
            subjects = _subject_run(s, groups)
            if _POSS_START.match(s.after(subjects[-1], 3)) or not _AND.search(
                s.between(subjects[0], subjects[-1]) if len(subjects) > 1 else ""
            ):
                subjects = [subject]
            rest = s.text[subjects[-1].end - s.start :]
            if not _OPENER_ONE_EVENT.match(rest[:80]) or _STILL_HOLDS.search(rest):
                for head in run:
                    for g in subjects:
                        yield Found(g, Predicate.OPERATES_IN, head, 0.6)
        elif len(groups) > 1 and _POSS_START.match(s.after(subject, 3)):
            rest = s.text[groups[1].end - s.start :]
            if not _OPENER_ONE_EVENT.match(rest[:80]) or _STILL_HOLDS.search(rest):
                for head in run:
                    yield Found(groups[1], Predicate.OPERATES_IN, head, 0.55)
    yield from _home_to(s, groups, places)
    yield from _where_list(s, groups, places)
    yield from _listed_subjects(s, groups, places)
    yield from _umbrella_members(s, groups)
    yield from _its_members(s, groups)
    yield from _fellow_members(
        s, [m for m in ms if m.type is G or (m.type is O and _BLOC_NAME.search(m.name))]
    )
    yield from _several_joined(s, groups)
    yield from _bloc(s, groups)
    yield from _roll(s, ms)
    yield from _ties(s, ms)
    # "X, which ... and whose fighters hide in the mountains of Y"; "while waging its own war inside Y"
    for i, p in enumerate(places):
        before = s.text[: p.start - s.start]
        clause = _WHOSE_MEN_IN.search(before) or _OWN_WAR_IN.search(before)
        if clause is None:
            continue
        owner = _clause_owner(s, groups, s.start + clause.start(), own=clause.re is _OWN_WAR_IN)
        if owner is not None:
            for q in _place_run(s, places[i:]) + _came_from(s, places, _place_run(s, places[i:])[-1]):
                yield Found(owner, Predicate.OPERATES_IN, q, 0.6)
    # "... across Mali, Burkina Faso and Niger": where the groups of the clause operate
    for i, p in enumerate(places):
        if re.search(r"\b(?:across|throughout)\s+(?:the\s+)?$", s.before(p, 20)):
            if (
                _NOUN_ACROSS.search(s.before(p, 80))
                or (i > 0 and _PLACE_WHICH_ACROSS.match(s.between(places[i - 1], p)))
                # "the town of Duran, across the Guayas River from Guayaquil": a bank facing another, no ground held
                or _ACROSS_WATER.search(p.text)
                or _ACROSS_FROM.match(s.after(p, 12))
            ):
                break
            run = _place_run(s, places[i:])
            left_out: Mention | None = None
            for g in groups:
                if g.end > p.start:
                    break
                if (
                    _POSS_START.match(s.after(g, 3))
                    or _MODIFIER_AFTER.match(s.after(g, 20))
                    # "G, the Sahel branch of al-Qaeda, is active across A": the parent only describes G
                    or _APPOSED_OBJECT.search(s.before(g, 80))
                    # "G, formed from the merger of A, B and C, is active across ...": nor do the rest of a list
                    or (left_out is not None and _LIST_NEXT.match(s.between(left_out, g)))
                    # "9,000 IS fighters are held in SDF-run prisons across X": the captives' group is not at large there
                    or _CAPTIVE.search(s.text[g.end - s.start : _next_start(s, g, p) - s.start])
                    # "the al-Qaeda-aligned network that fought across X": the name only qualifies another noun
                    or _QUALIFIES_AFTER.match(s.after(g, 12))
                    # "IS named a province after commanders left the Emirate, the network that had fought across X":
                    # the relative clause is said of the group named just before it, not of the sentence's subject
                    or _relative_of_another(s, g, p)
                ):
                    left_out = g
                    continue
                for q in run:
                    yield Found(g, Predicate.OPERATES_IN, q, 0.6)
            break


_LISTED = re.compile(r"^\s*(?:,|and|or|,\s*and)\s*$")


def _where_list(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    """ "the border counties of A, B, C and D, where its fighters are active": the group is active in each place
    of the list the "where" closes (the pair rules read the last one)."""
    for k, a in enumerate(places[1:], 1):
        b = next((g for g in groups if g.start >= a.end), None)
        if b is None or any(a.end <= m.start < b.start for m in s.mentions):
            continue
        if not (_WHERE.match(s.between(a, b)) and _WHERE_G_HOLDS.match(s.after(b, 160))):
            continue
        # the list that ends at `a`: the earliest place whose run reaches it
        first = next((i for i in range(k) if _place_run(s, places[i : k + 1])[-1] is a), k)
        run = places[first:k]
        # ("in Myanmar's Sagaing Region, where ...": a place that holds the next one is no item of a list)
        joins = zip(places[first:k], places[first + 1 : k + 1], strict=True)
        if not all(_LISTED.match(s.between(x, y)) for x, y in joins):
            continue
        if run and not _BETWEEN_ENDS.search(s.before(run[0], 60)):
            for q in run:
                yield Found(b, Predicate.OPERATES_IN, q, 0.65)


def _next_start(s: Sentence, g: Mention, p: Mention) -> int:
    """Where the next name after `g` starts, or `p`'s start: the words that are said of `g` alone."""
    return min((m.start for m in s.mentions if g.end <= m.start < p.start), default=p.start)


# "whose fighters moved into A from B": where they came from is ground of theirs too
_FROM_AFTER = re.compile(
    r"^(?:\s+(?:states?|regions?|provinces?|districts?|count(?:y|ies)|areas?))?\s+from\s+(?:the\s+)?$", re.I
)
# "from Niger's Tillaberi and Dosso regions": the country that owns the places named after it
_POSS_THEN_PLACE = re.compile(r"^['’]s\s+(?:[^\W\d_][\w-]*\s+){0,3}?(?:and\s+)?$")


def _came_from(s: Sentence, places: list[Mention], last: Mention) -> list[Mention]:
    """The places a "whose fighters moved into A" clause says they came from ("... from B and C")."""
    origin = next((q for q in places if q.start >= last.end and _FROM_AFTER.match(s.between(last, q))), None)
    if origin is None:
        return []
    run = _place_run(s, places[places.index(origin) :])
    after = [q for q in places if q.start >= run[-1].end]
    if after and _POSS_THEN_PLACE.match(s.between(run[-1], after[0])):
        run += _place_run(s, places[places.index(after[0]) :])
    return run


# "After G began ..., the security picture across Mali has worsened": the places belong to a noun phrase of a
# new clause, not to a group named before it ("G, a group active across ..." is still the group's)
_NOUN_ACROSS = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!(?:active|present|strong|operating|deployed|based|spread|scattered|entrenched)\b)"
    r"(?![\w-]+(?:ing|ed)\s)[a-z][\w-]*\s+){1,3}(?:across|throughout)\s+(?:the\s+)?$"
)
# "the Cal Miskaad range, which runs across the Bari region": the place runs across the place, no group is there
_PLACE_WHICH_ACROSS = re.compile(
    r"^(?:\s+[a-z][\w-]*){0,2}?\s*,?\s+(?:which|that)\s+(?:(?:also|partly|largely)\s+)?"
    r"(?:[a-z]+s|lies|lay|ran|stretched|extended|spanned)\s+"
    r"(?:[a-z]+\s+)?(?:across|throughout)\s+(?:the\s+)?$"
)
# "across the Tigris River", "across the Strait of Hormuz": a river or strait is crossed, not held (a lake basin or
# a sea may be where a group is active: "across the Lake Chad basin")
_ACROSS_WATER = re.compile(r"\b(?:River|Strait|Channel)\b")
# "across the border from Ciudad Juarez", "across the river from X": the place only faces another
_ACROSS_FROM = re.compile(r"^\s+from\b", re.I)
_APPOSED_OBJECT = re.compile(
    r",\s+(?:(?:which|that|who)\s+[^,;]{0,60}|(?:the|a|an|its|their)\s+[^,;]{0,50})\b(?:of|to|for|with|by|from|against)\s+(?:the\s+)?$",
    re.I,
)
# "Mali is also home to other armed groups, among them A and B"; "the forest, home to G cells"
_HOME_TO = re.compile(
    r"^\s*(?:,\s+(?:which\s+is\s+)?|\s+(?:is|was|are|were|has\s+(?:long\s+)?been|had\s+(?:long\s+)?been|remains|became)\s+)"
    # "Northern Mali has been a haven for jihadist groups including JNIM and ISSP"
    r"(?:(?:also|now|still|long)\s+)?(?:(?:the\s+)?home\s+(?:base\s+)?(?:to|of)|(?:a|the)\s+(?:(?:safe\s+)?haven|sanctuary|hotbed|"
    r"breeding\s+ground|stronghold)\s+(?:for|of))\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:[^,;.]{0,40}?\b(?:groups?|militias|factions|insurgents|movements|jihadists|rebels|networks)\s*,?\s+)?"
    r"(?:among\s+them|including|such\s+as|notably|chief\s+among\s+them|led\s+by)\s+(?:the\s+)?)?$",
    re.I,
)
_LIST_NEXT = re.compile(r"^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$")
_QUALIFIES_AFTER = re.compile(
    r"^-(?:aligned|linked|affiliated|allied|inspired|backed|leaning|style|led)\b", re.I
)
_RELATIVE_NEXT = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*,?\s+(?:that|which|who)\s[^;]*$", re.I)


def _relative_of_another(s: Sentence, g: Mention, p: Mention) -> bool:
    """Whether a relative clause that reaches `p` opens right after another group named between `g` and `p` (not one
    listed beside `g`: "A and B, which operate across X"; nor a group that only qualifies a person: "a former G cleric
    who has since dug in across X" may be said of the subject's men)."""
    return any(
        m.type is G
        and g.end <= m.start
        and m.end <= p.start
        and not _same(m, g)
        and not _LIST_NEXT.match(s.between(g, m))
        and _RELATIVE_NEXT.match(s.between(m, p))
        for m in s.mentions
    )


def _home_to(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    """The groups a place is said to be home to are active there."""
    for p in places:
        first = next((g for g in groups if g.start >= p.end), None)
        if first is None or any(p.end <= m.start < first.start for m in s.mentions):
            continue
        # "home to the Islamic State's affiliate": the owner only names the group that is there
        if not _HOME_TO.match(s.between(p, first)) or _POSS_START.match(s.after(first, 3)):
            continue
        run = [first]
        for g in groups[groups.index(first) + 1 :]:
            if not _LIST_NEXT.match(s.between(run[-1], g)):
                break
            run.append(g)
        for g in run:
            yield Found(g, Predicate.OPERATES_IN, p, 0.65)


def _parts(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    """ "the Islamic State's affiliate in Somalia": the affiliate, when it can be told which, and where it is.

    The place belongs to the part, not to the parent. A part the text names itself ("..., ISIS-K") is
    tied to its parent by the pair rules; one known only from the gazetteer is tied here.
    """
    for g in groups:
        part = part_of(s, g)
        if part is None or part.group is None or _same(part.group, g):
            continue
        if part.group.start == g.start:
            predicate = (
                Predicate.FORMED_FROM if _OFFSHOOT_WORD.search(part.group.text) else Predicate.AFFILIATE_OF
            )
            yield Found(
                part.group, predicate, g, 0.6, "branchOf" if predicate is Predicate.AFFILIATE_OF else None
            )
        inside = [
            p
            for p in places
            if g.end <= p.start and p.end <= part.end and (part.locative or not name_holds(part.group, p))
        ]
        if inside and part.locative:
            # "the Islamic State's affiliate in Afghanistan and Pakistan": the list goes on past the phrase
            inside += _place_run(s, places[places.index(inside[-1]) :])[1:]
        for p in inside:
            yield Found(part.group, Predicate.OPERATES_IN, p, 0.6)


_OFFSHOOT_WORD = re.compile(r"\b(?:offshoot|splinter)\b", re.I)


# ------------------------------------------------------------------ tables

# A table's row: "| Katiba Macina | central Mali | JNIM |"
_ROW = re.compile(r"^[ \t]*\|(.+)\|[ \t]*$", re.M)
_RULE_ROW = re.compile(r"^[\s|:-]+$")
_GROUP_HEAD = re.compile(r"\b(?:group|organi[sz]ation|name|actor|faction|movement|militia)s?\b", re.I)
_PLACE_HEAD = re.compile(
    r"\b(?:area|areas|region|regions|operat\w*|base|bases|stronghold|strongholds|where|location|territory|presence|"
    r"active\s+in|countr(?:y|ies)|theatre|theater)\b",
    re.I,
)
_PARENT_HEAD = re.compile(
    r"\b(?:affiliation|affiliated\s+with|parent|branch\s+of|part\s+of|network|loyal\s+to|origins?|roots)\b",
    re.I,
)
_ALLY_HEAD = re.compile(r"\b(?:all(?:y|ies)|allied\s+with|partners?)\b", re.I)
_RIVAL_HEAD = re.compile(r"\b(?:rivals?|enem(?:y|ies)|foes?|adversar(?:y|ies)|opponents?)\b", re.I)
_LEADER_HEAD = re.compile(r"\b(?:leaders?|leadership|heads?|emirs?|commanders?|chiefs?|founders?)\b", re.I)
# "| LeJ | splinter of SSP |": a parent column's word that the row's group broke away from the parent
_SPLIT_CELL = re.compile(
    r"\b(?:splinter|breakaway|offshoot|split|broke\s+away|formed\s+from|successor)\b", re.I
)


def find_table_relations(sentences: list[Sentence]) -> Iterator[tuple[Sentence, Found]]:
    """What a table says by its columns: a group's row, the places under "Area of operation", the parent under
    "Affiliation", the allies, rivals and leaders under theirs."""
    if not sentences:
        return
    base = sentences[0].start
    chars = [" "] * (max(s.end for s in sentences) - base)
    for s in sentences:
        chars[s.start - base : s.end - base] = s.text
    text = "".join(chars)
    if "|" not in text:
        return
    mentions = sorted((m for s in sentences for m in s.mentions), key=lambda m: m.start)
    home = {id(m): s for s in sentences for m in s.mentions}
    columns: _Columns | None = None
    previous_end = -2
    for row in _ROW.finditer(text):
        cells = _cells(row, base)
        if row.start() != previous_end + 1:
            # a new table: its first row names the columns
            columns = _columns([text[a - base : b - base] for a, b in cells])
        elif columns is not None and not _RULE_ROW.match(row.group(1)) and len(cells) > columns.group:
            yield from _row_facts(cells, columns, mentions, home, lambda lo, hi: text[lo - base : hi - base])
        previous_end = row.end()


@dataclass(frozen=True)
class _Columns:
    """Which column of a table holds the group each row is about, and which hold what of it."""

    group: int
    places: tuple[int, ...]
    parents: tuple[int, ...]
    allies: tuple[int, ...]
    rivals: tuple[int, ...]
    leaders: tuple[int, ...]


def _columns(heads: list[str]) -> _Columns | None:
    """The columns a table's first row names, or None for a table that is not about groups."""
    group = next((i for i, h in enumerate(heads) if _GROUP_HEAD.search(h)), None)
    if group is None:
        return None

    def under(head: re.Pattern[str]) -> tuple[int, ...]:
        return tuple(i for i, h in enumerate(heads) if i != group and head.search(h))

    columns = _Columns(
        group,
        under(_PLACE_HEAD),
        under(_PARENT_HEAD),
        under(_ALLY_HEAD),
        under(_RIVAL_HEAD),
        under(_LEADER_HEAD),
    )
    return (
        columns
        if any((columns.places, columns.parents, columns.allies, columns.rivals, columns.leaders))
        else None
    )


def _cells(row: re.Match[str], base: int) -> list[tuple[int, int]]:
    """The document offsets of each cell of a table row."""
    out, at = [], row.start(1)
    for part in row.group(1).split("|"):
        out.append((base + at, base + at + len(part)))
        at += len(part) + 1
    return out


def _row_facts(
    cells: list[tuple[int, int]],
    columns: _Columns,
    mentions: list[Mention],
    home: dict[int, Sentence],
    span: Callable[[int, int], str],
) -> Iterator[tuple[Sentence, Found]]:
    """The facts of one row: the group in its column, the places, parents, allies, rivals and leaders in theirs."""

    def inside(i: int, kind: EntityType) -> list[Mention]:
        if i >= len(cells):
            return []
        lo, hi = cells[i]
        return [m for m in mentions if m.type is kind and lo <= m.start and m.end <= hi]

    groups = inside(columns.group, G)
    if not groups:
        return
    subject = groups[0]
    s = home[id(subject)]
    for i in columns.places:
        for place in inside(i, L):
            yield s, Found(subject, Predicate.OPERATES_IN, place, 0.6)
    for i in columns.parents:
        for parent in inside(i, G):
            if not _same(parent, subject):
                split = _SPLIT_CELL.search(span(cells[i][0], parent.start))
                yield (
                    s,
                    Found(subject, Predicate.FORMED_FROM if split else Predicate.AFFILIATE_OF, parent, 0.6),
                )
    for predicate, kin in ((Predicate.ALLIED_WITH, columns.allies), (Predicate.RIVAL_OF, columns.rivals)):
        for other in (m for i in kin for m in inside(i, G)):
            if not _same(other, subject):
                yield s, Found(subject, predicate, other, 0.6)
    for i in columns.leaders:
        for person in inside(i, P):
            yield s, Found(person, Predicate.AFFILIATED_WITH, subject, 0.6)


# "Groups such as A, B and C operate in X"; "Both A and B are active in X": a list of groups opening a clause
_SUBJECTS_OPEN = re.compile(
    r"\s*(?:(?:both|the|but|and|today|now|meanwhile|however|still)\s*,?\s+)*"
    r"|\s*(?:[\w-]+\s+){0,3}?(?:groups|factions|militias|organi[sz]ations|movements|outfits|insurgents|jihadists|rebels)"
    r"\s*,?\s+(?:such\s+as|including|like|among\s+them)\s+(?:the\s+)?",
    re.I,
)
_AND = re.compile(r"\b(?:and|as\s+well\s+as)\b", re.I)
_ACRONYM = re.compile(r"^\s*\([^()]{1,25}\)")
_SUBJECT_JOIN = re.compile(r"^\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?$", re.I)


def _subject_run(s: Sentence, groups: list[Mention]) -> list[Mention]:
    """The first group and those listed right after it: "A, B (BB) and C" (an acronym in brackets is its own name)."""
    run = groups[:1]
    for g in groups[1:]:
        joint = s.between(run[-1], g)
        if _same(g, run[-1]) and _ACRONYM_OPEN.match(joint):
            continue
        if not _SUBJECT_JOIN.match(_ACRONYM.sub("", joint, count=1)):
            break
        run.append(g)
    return run


_ACRONYM_OPEN = re.compile(r"^\s*\(\s*$")


def _listed_subjects(s: Sentence, groups: list[Mention], places: list[Mention]) -> Iterator[Found]:
    """Where the last of a list of subject groups is said to be active, so are the others."""
    for i, first in enumerate(groups):
        if not _SUBJECTS_OPEN.fullmatch(s.text[: first.start - s.start]):
            continue
        run = _subject_run(s, groups[i:])
        last = run[-1]
        if len(run) < 2 or not _AND.search(s.between(first, last)) or _POSS_START.match(s.after(last, 3)):
            return
        where = {(p.start, p.end): p for p in _place_list_after(s, last, places)}
        for p in places:
            if p.start >= last.end and len(between := _between(s, last, p)) <= 170:
                for found in _place_pair(s, last, p, between, s.after(p, 60)):
                    if (
                        found.predicate is Predicate.OPERATES_IN
                        and found.subject is last
                        and found.object is p
                    ):
                        where[(p.start, p.end)] = p
        # "A and B are part of Z": what the last is part of, the others are too
        read = [
            found
            for z in groups
            if z.start >= last.end and len(between := _between(s, last, z)) <= 170
            for found in _group_pair(s, last, z, between, s.after(z, 60))
        ]
        parents = [f.object for f in read if f.predicate is Predicate.AFFILIATE_OF and f.subject is last]
        # "A and B merged in 2017 to form C": C was formed from each
        formed = [f.subject for f in read if f.predicate is Predicate.FORMED_FROM and f.object is last]
        for member in run[:-1]:
            if not any(_same(member, x) for x in run[run.index(member) + 1 :]):
                for p in where.values():
                    yield Found(member, Predicate.OPERATES_IN, p, 0.6)
                for z in parents:
                    yield Found(member, Predicate.AFFILIATE_OF, z, 0.6)
                for z in formed:
                    yield Found(z, Predicate.FORMED_FROM, member, 0.6)
        return


# "JNIM is an umbrella group including A, B and C"; "X, a coalition of A and B": the members belong to the whole
# ("the Front is an umbrella for tribal militias that includes A and B": what the umbrella is for, then its members)
_UMBRELLA_OF = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*(?:,\s+|\s+(?:is|was|has\s+been|remains|became)\s+)(?:now\s+)?(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:umbrella|coalition|alliance|federation|confederation)"
    r"(?:\s+(?:group|organi[sz]ation|movement|(?:of|for)\s+(?:[\w-]+\s+){0,3}?(?:groups|factions|militias|movements)))?\s*,?\s+"
    r"(?:(?:that|which)\s+(?:includes|included|comprises|comprised|brings\s+together|brought\s+together|unites|united|"
    r"groups)|including|comprising|bringing\s+together|uniting|grouping|made\s+up\s+of|composed\s+of|of)\s+(?:the\s+)?$",
    re.I,
)


def _umbrella_members(s: Sentence, groups: list[Mention]) -> Iterator[Found]:
    """The groups an umbrella or coalition is said to include are its members (affiliateOf the whole)."""
    for i, whole in enumerate(groups[:-1]):
        if not _UMBRELLA_OF.match(s.between(whole, groups[i + 1])) or _MERGER.search(
            s.before(groups[i + 1], 60)
        ):
            # ("a coalition of A and B", "an umbrella that brought together A and B" are what it was formed from)
            continue
        run = _subject_run(s, groups[i + 1 :])
        if _POSS_START.match(s.after(run[-1], 3)):
            return
        for member in run:
            if not _same(member, whole):
                yield Found(member, Predicate.AFFILIATE_OF, whole, 0.65)
        return


# "its major components - including A and B - retain ...": the parts the subject is made of
_ITS_PARTS = re.compile(
    r"\b(?:its|their)\s+(?:(?:major|main|largest|biggest|key|constituent|leading|strongest|armed|most\s+powerful)\s+)*"
    r"(?:components|constituent\s+groups|member\s+groups|member\s+factions|factions|brigades|units|affiliates|branches)"
    r"\s*(?:[-–—,(]\s*)?(?:including|such\s+as|among\s+them|notably)\s+(?:the\s+)?$",
    re.I,
)
# "the government and its units": "its" is the noun's just before it
_NOUN_AND = re.compile(r"\b(?:the|an?)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+and\s+$")


def _its_members(s: Sentence, groups: list[Mention]) -> Iterator[Found]:
    """The groups listed as the subject's own components ("its major components, including A and B") belong to it."""
    for i, first in enumerate(groups):
        before = s.before(first, 120)
        if (m := _ITS_PARTS.search(before)) is None or _NOUN_AND.search(before[: m.start()]):
            continue
        owner = _clause_owner(s, groups[:i], first.start - len(before) + m.start(), own=True)
        if owner is None:
            return
        for member in _subject_run(s, groups[i:]):
            if not _same(member, owner):
                yield Found(member, Predicate.AFFILIATE_OF, owner, 0.6)
        return


# "X is one of three members of the Three Brotherhood Alliance, together with A and B": A and B are members too
_MEMBERS_OF = re.compile(
    r"\b(?:(?:founding\s+)?members?|one\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:members|groups|factions|parties))\s+"
    r"(?:of|in)\s+(?:the\s+)?$",
    re.I,
)
_TOGETHER_WITH = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,?\s+(?:together\s+with|along\s+with|alongside|as\s+well\s+as)\s+(?:the\s+)?$",
    re.I,
)
_BLOC_NAME = re.compile(r"\b(?:Alliance|Coalition|Front|Bloc|Axis)$")


def _fellow_members(s: Sentence, groups: list[Mention]) -> Iterator[Found]:
    """The groups named "together with" a member of a named alliance are its members, and allies of one another."""
    for i, bloc in enumerate(groups[:-1]):
        # (an alliance may be tagged an organisation: it is the only one of those passed in)
        if not _BLOC_NAME.search(bloc.name) or not _MEMBERS_OF.search(s.before(bloc, 60)):
            continue
        if not _TOGETHER_WITH.match(s.between(bloc, groups[i + 1])):
            continue
        run = [g for g in _subject_run(s, groups[i + 1 :]) if not _same(g, bloc)]
        for j, member in enumerate(run):
            yield Found(member, Predicate.AFFILIATE_OF, bloc, 0.6)
            for other in run[j + 1 :]:
                if not _same(member, other):
                    yield Found(member, Predicate.ALLIED_WITH, other, 0.6)
        # the member the sentence is about: "The AA is one of three members of ..."
        if i > 0 and _IS_MEMBER.match(s.between(groups[i - 1], bloc)):
            for other in run:
                if not _same(other, groups[i - 1]):
                    yield Found(groups[i - 1], Predicate.ALLIED_WITH, other, 0.6)
        return


_IS_MEMBER = re.compile(
    r"^\s*(?:\([^()]{1,25}\))?\s*,?\s+(?:is|was|are|were|remains|became|has\s+been)\s+(?:now\s+|also\s+|still\s+)?"
    r"(?:a\s+(?:founding\s+)?member|one\s+of\s+[^.;,]{0,40}?)\s+(?:of|in)\s+(?:the\s+)?$",
    re.I,
)


# "Several groups have rejoined the TTP since 2020, among them A and B"; "factions that pledged allegiance to IS,
# including A and B": what the groups listed after the whole did
_SEVERAL_JOINED = re.compile(
    r"\b(?:groups|factions|militias|outfits|organi[sz]ations|movements|commanders)\s+(?:(?:that|which|who)\s+)?"
    r"(?:(?:have|had|has|since|also|later|formally)\s+)*(?P<verb>(?:re)?joined|merged\s+into|(?:pledged|sworn|swore)\s+"
    r"(?:allegiance|loyalty|bay'?ah)\s+to|allied\s+(?:themselves\s+)?with)\s+(?:the\s+)?$",
    re.I,
)
_THEN_AMONG_THEM = re.compile(
    r"^(?:\s*\([^()]{1,25}\))?(?:\s+(?:in|since|after|by)\s+[^,;.]{1,25}?)?\s*,\s+(?:among\s+them|including|such\s+as|notably)\s+"
    r"(?:the\s+)?$",
    re.I,
)


# "JNIM has absorbed several smaller factions, among them Katiba Serma": the whole is the subject
_ABSORBED = re.compile(
    r"\b(?:absorbed|incorporated|subsumed|integrated|brought\s+in|took\s+in|folded\s+in)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:groups|factions|militias|outfits|brigades|units|cells|movements)\s*,\s+(?:among\s+them|including|such\s+as|notably)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def _several_joined(s: Sentence, groups: list[Mention]) -> Iterator[Found]:
    """Groups named as examples of those that joined or pledged to a whole, or that the whole absorbed."""
    for i, first in enumerate(groups[1:], start=1):
        whole = groups[i - 1]
        if (
            _ABSORBED.search(s.between(whole, first))
            and len(s.between(whole, first)) <= 100
            and not _POSS_START.match(s.after(whole, 3))
        ):
            for member in _subject_run(s, groups[i:]):
                if not _same(member, whole):
                    yield Found(member, Predicate.AFFILIATE_OF, whole, 0.6)
            return
    for i, whole in enumerate(groups[:-1]):
        if (m := _SEVERAL_JOINED.search(s.before(whole, 80))) is None or not _THEN_AMONG_THEM.match(
            s.between(whole, groups[i + 1])
        ):
            continue
        joined = "join" in m.group("verb").casefold() or "merged" in m.group("verb").casefold()
        for member in _subject_run(s, groups[i + 1 :]):
            if not _same(member, whole):
                if joined:
                    yield Found(member, Predicate.AFFILIATE_OF, whole, 0.6)
                else:
                    yield Found(member, Predicate.ALLIED_WITH, whole, 0.6)
        return

"""Merge mentions across documents into canonical entities, facts and incidents.

Every mention is a node named by what it stands for: its gazetteer id when a
gazetteer knows it, else its folded name. Nodes are joined (union-find) when
a document declares two names one ("the Islamic State of Khorasan, or
ISIS-K"), when a mention carries both a name and a gazetteer id, and across
documents simply by sharing a folded name. A joined set never holds two
gazetteer ids, so two known groups are never merged by accident. Each set
becomes one Entity whose key (type and gazetteer id or folded name) is what
`kg.ns` mints the IRI from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from kg import gazetteer
from kg.extract import lexicon
from kg.model import (
    SYMMETRIC,
    Attack,
    Claim,
    ClaimStatus,
    Document,
    Entity,
    EntityType,
    Evidence,
    Extraction,
    Fact,
    Incident,
    KnowledgeGraph,
    Mention,
    Predicate,
)

# One-letter type names keep the tables readable.
G, O, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION  # noqa: E741
# Which entity types each relation joins (from the contract); a fact whose ends resolve otherwise is dropped.
DOMAINS: dict[Predicate, tuple[set[EntityType], set[EntityType]]] = {
    Predicate.AFFILIATE_OF: ({G, O}, {G, O}),
    Predicate.FORMED_FROM: ({G}, {G}),
    Predicate.ALLIED_WITH: ({G}, {G}),
    Predicate.RIVAL_OF: ({G}, {G}),
    Predicate.OPERATES_IN: ({G}, {L}),
    Predicate.AFFILIATED_WITH: ({P}, {O, G}),
    Predicate.LOCATED_IN: ({L, O}, {L}),
}
# Words that stand for a name ("the group", "its fighters", "he") are never kept as one of its aliases.
_ANAPHOR_TEXT = re.compile(r"^(?:the|this|that|these|its|it|their|they|he|she|his|her)\b", re.I)
# An office named with its owner ("Cameroon's Ministry of Defence", "India's home ministry", "Ministry of Defence
# (Cameroon)") is also known by its bare name, as later sentences and other reports call it: an alias, never a key.
_OWNED_NAME = re.compile(
    r"^(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}(?:'s|’s)\s+(?P<bare>\S+(?:\s+\S+)+)$"
)
_QUALIFIED_NAME = re.compile(r"^(?P<bare>.+?)\s+\([^()]+\)$")
_TYPE_PRIORITY = {G: 0, P: 1, O: 2, L: 3}
# Particles a surname may be written with ("al-Sharaa", "bin Laden", "van der Berg"): still a surname alone.
_SURNAME_PARTICLES = frozenset(
    {"al", "el", "ul", "bin", "ibn", "ben", "van", "von", "der", "de", "da", "di", "du"}
)
# Place kinds too wide to say that two reports tell of one attack.
_WIDE_PLACES = frozenset({"Country", "Region", "Province"})
_CLAIM_ORDER = [ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED, ClaimStatus.SUSPECTED, ClaimStatus.DENIED]


def _said(
    said: dict[str, dict[ClaimStatus, dt.date]],
    claims: dict[str, tuple[ClaimStatus, list[Evidence]]],
    published: dt.date | None,
) -> dict[str, dict[ClaimStatus, dt.date]]:
    """Note the latest publication date on which a report gave each group each status (undated reports are left out)."""
    if published is not None:
        for g, (status, _) in claims.items():
            if published > said.setdefault(g, {}).get(status, dt.date.min):
                said[g][status] = published
    return said


def _withdrawn(status: ClaimStatus, said: dict[ClaimStatus, dt.date]) -> ClaimStatus:
    """A claim a later-published report says the group denied or withdrew is denied: the group's latest word.

    Only the group's own claim gives way; an attribution by others stands whatever the group says later.
    """
    claimed, denied = said.get(ClaimStatus.CLAIMED), said.get(ClaimStatus.DENIED)
    if status is not ClaimStatus.CLAIMED or claimed is None or denied is None or denied <= claimed:
        return status
    return ClaimStatus.ATTRIBUTED if ClaimStatus.ATTRIBUTED in said else ClaimStatus.DENIED


Node = tuple[str, str]  # ("gaz", "group:islamic_state") or ("name", "islamic state")


class _Sets:
    """Union-find over nodes that refuses to join two sets holding different gazetteer ids."""

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}
        self.gid: dict[Node, str | None] = {}

    def add(self, node: Node) -> None:
        if node not in self.parent:
            self.parent[node] = node
            self.gid[node] = node[1] if node[0] == "gaz" else None

    def find(self, node: Node) -> Node:
        self.add(node)
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: Node, b: Node) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ga, gb = self.gid[ra], self.gid[rb]
        if ga and gb and ga != gb:
            return False
        # Deterministic root: the smaller node, so the result does not depend on input order.
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.gid[ra] = ga or gb
        return True


def _node(m: Mention) -> Node:
    return ("name", lexicon.fold(m.name))


class Resolver:
    """Collects extractions one at a time and resolves them into a KnowledgeGraph."""

    def __init__(self, background: bool = True) -> None:
        self.background = background
        self._sets = _Sets()
        self._types: dict[Node, Counter[EntityType]] = defaultdict(Counter)
        self._names: dict[Node, Counter[str]] = defaultdict(Counter)
        self._surface: dict[Node, Counter[str]] = defaultdict(Counter)
        self._subtypes: dict[Node, Counter[str]] = defaultdict(Counter)
        self._docs: dict[Node, set[str]] = defaultdict(set)
        self._documents: list[Document] = []
        self._relations: list[tuple[Node, Predicate, Node, Evidence, str | None, bool]] = []
        self._attacks: list[
            tuple[Attack, tuple[Node, ...], tuple[tuple[Node, ClaimStatus, Evidence], ...]]
        ] = []
        self._doc_nodes: dict[str, set[Node]] = defaultdict(set)
        # doc id -> the file it was read from: a wire's records ("wire.jsonl#2") are one story told in parts
        self._files: dict[str, str] = {}
        # file -> the groups its records name so far: folded name -> (name, gazetteer id)
        self._file_groups: dict[str, dict[str, tuple[str, str | None]]] = defaultdict(dict)
        # (file, known group) -> the names its records call that group by
        self._file_known: dict[tuple[str, str], set[str]] = defaultdict(set)

    def add(self, extraction: Extraction) -> None:
        """Take in one document's extraction."""
        # The text is not kept: memory grows with the graph, not with the corpus.
        self._documents.append(dataclasses.replace(extraction.document, text=""))
        doc_id = extraction.document.id
        source = extraction.document.source
        file = self._files[doc_id] = source.rpartition("#")[0] if "#" in source else source
        for m in extraction.mentions:
            if m.type is G:
                self._file_groups[file].setdefault(lexicon.fold(m.name), (m.name, m.gazetteer_id))
                if m.gazetteer_id:
                    self._file_known[file, lexicon.canonical_id(m.gazetteer_id)].add(lexicon.fold(m.text))
        for m in extraction.mentions:
            node = self._see(m, surface=True)
            self._doc_nodes[doc_id].add(node)
        for a, b in extraction.same_as:
            self._sets.union(self._see(a), self._see(b))
        for r in extraction.relations:
            self._relations.append(
                (
                    self._see(r.subject),
                    r.predicate,
                    self._see(r.object),
                    r.evidence,
                    r.subproperty,
                    r.background,
                )
            )
        for attack in extraction.attacks:
            places = tuple(self._see(m) for m in attack.locations)
            claims = tuple((self._see(c.group), c.status, c.evidence) for c in attack.responsibility)
            self._attacks.append(
                (dataclasses.replace(attack, locations=(), responsibility=()), places, claims)
            )
            for node in places + tuple(c[0] for c in claims):
                self._doc_nodes[doc_id].add(node)

    def _see(self, m: Mention, surface: bool = False) -> Node:
        m = self._short_form(_own_place(m))
        node = _node(m)
        self._sets.add(node)
        if m.gazetteer_id:
            self._sets.union(node, ("gaz", lexicon.canonical_id(m.gazetteer_id)))
        if surface:
            self._types[node][m.type] += 1
            self._names[node][m.name] += 1
            self._surface[node][m.text] += 1
            if m.subtype:
                self._subtypes[node][m.subtype] += 1
            self._docs[node].add(m.doc_id)
        return node

    # ------------------------------------------------------------------ result

    def result(self) -> KnowledgeGraph:
        """Resolve everything taken in so far."""
        self._named_again()
        members: dict[Node, list[Node]] = defaultdict(list)
        for node in list(self._sets.parent):
            members[self._sets.find(node)].append(node)
        entities: dict[Node, Entity] = {}
        for root, nodes in members.items():
            entity = self._entity(root, nodes)
            if entity is not None:
                entities[root] = entity

        def key(node: Node) -> Entity | None:
            return entities.get(self._sets.find(node))

        facts = self._facts(key)
        incidents = self._incidents(key)
        # "the 12th Front, a FARC dissident faction": the gazetteer's collective "X dissidents" only describes
        # its units (the splinter tie is read as "unit formedFrom X"); with no fact and no attack of its own it
        # is no group of the graph ("FARC dissidents claimed the bombing" keeps it)
        used = {f.subject for f in facts} | {f.object for f in facts}
        used |= {c.group for i in incidents for c in i.claims}
        for root, entity in list(entities.items()):
            if entity.key not in used and lexicon.dissidents_parent(self._sets.gid[root]) is not None:
                del entities[root]
        mentions: dict[str, set[str]] = defaultdict(set)
        for doc_id, nodes in self._doc_nodes.items():
            for node in nodes:
                e = key(node)
                if e is not None:
                    mentions[doc_id].add(e.key)
        extra_entities, extra_facts = (
            self._background(entities.values(), mentions) if self.background else ({}, [])
        )
        all_entities = {e.key: e for e in entities.values()} | extra_entities
        return KnowledgeGraph(
            documents=tuple(sorted(self._documents, key=lambda d: d.id)),
            entities=tuple(sorted(all_entities.values(), key=lambda e: e.key)),
            facts=tuple(sorted(facts + extra_facts, key=lambda f: (f.subject, f.predicate, f.object))),
            incidents=tuple(sorted(incidents, key=lambda i: i.key)),
            mentions={d: tuple(sorted(ks)) for d, ks in sorted(mentions.items())},
        )

    def _sets_by_root(self) -> dict[Node, tuple[Counter[EntityType], set[str], set[str]]]:
        """Each set's types, folded names and documents, by its root."""
        out: dict[Node, tuple[Counter[EntityType], set[str], set[str]]] = {}
        for node in list(self._sets.parent):
            types, names, docs = out.setdefault(self._sets.find(node), (Counter(), set(), set()))
            types.update(self._types.get(node, {}))
            names.update(lexicon.fold(n) for n in self._names.get(node, {}))
            docs.update(self._docs.get(node, ()))
        return out

    def _short_form(self, m: Mention) -> Mention:
        """A known group's name re-pointed at the group of its file whose longer name ends with it.

        "the National Resistance Front" in one record, "rebels linked to the so-called Resistance
        Front" in the next: the short form is the front the story is about, not the Kashmiri group the
        gazetteer knows by those words. A longer name that only puts a nation before the group's ("the
        Syrian Muslim Brotherhood") is a branch, and leaves the name alone; so do two longer names.
        """
        if m.type is not G or not m.gazetteer_id or not m.gazetteer_id.startswith("group:"):
            return m
        short = lexicon.fold(m.text)
        if len(short.split()) < 2:
            return m
        gid = lexicon.canonical_id(m.gazetteer_id)
        file = self._files.get(m.doc_id, m.doc_id)
        if self._file_known.get((file, gid), set()) - {short}:
            # the known group is named otherwise too ("al-Hijra, also called the Muslim Youth Centre"): the
            # short form is its own, however the "Ansar Muslim Youth Centre" of the file ends
            return m
        longer = {
            name
            for folded, (name, other) in self._file_groups.get(file, {}).items()
            if _longer_name(folded, short) and (other is None or lexicon.canonical_id(other) != gid)
        }
        if len(longer) != 1:
            return m
        return dataclasses.replace(m, name=longer.pop(), gazetteer_id=None)

    def _named_again(self) -> None:
        """Join a name to the one entity of its file that some record already called by it.

        "Andarab district" read as a place of its own in one record, where another record took
        "Andarab district" for Andarab: one place. "Malhotra" alone in a later record, "Vivek
        Malhotra" in an earlier one and no other Malhotra in the file: one man. A name two entities of
        the file go by ("Massoud", said of a son and of his father) joins neither.
        """
        sets = self._sets_by_root()
        called: dict[tuple[str, str], set[Node]] = defaultdict(set)  # (file, folded text) -> sets so called
        surnamed: dict[tuple[str, str], set[Node]] = defaultdict(set)  # (file, folded surname) -> people
        for node, texts in self._surface.items():
            root = self._sets.find(node)
            files = {self._files.get(d, d) for d in self._docs.get(node, ())}
            for text in texts:
                if not _ANAPHOR_TEXT.match(text):
                    for file in files:
                        called[file, lexicon.fold(text)].add(root)
        for root, (types, names, docs) in sets.items():
            if _main_type(types) is not P:
                continue
            for name in names:
                words = name.split()
                for k in (1, 2):
                    if len(words) > k and (k == 1 or words[-2] in _SURNAME_PARTICLES):
                        for file in {self._files.get(d, d) for d in docs}:
                            surnamed[file, " ".join(words[-k:])].add(root)
        joins: list[tuple[Node, Node]] = []
        for node in list(self._types):
            if node[0] != "name" or len(node[1]) < 2:
                continue
            root = self._sets.find(node)
            types, names, _ = sets[root]
            files = {self._files.get(d, d) for d in self._docs.get(node, ())}
            for file in sorted(files):
                others = called.get((file, node[1]), set())
                others = others - {root}
                if len(others) == 1:
                    other = next(iter(others))
                    # (of another type only where the gazetteer knows the other: "Nabatieh" taken for a body in
                    # one record, the town of Nabatieh in the others; never a building named after a place,
                    # "the Greenacre church" called "Greenacre" once, and the suburb of Greenacre)
                    if (
                        set(types) & set(sets[other][0])
                        or (self._sets.gid[root] is None and self._sets.gid[other] is not None)
                    ) and not _named_after(sets[other][1], node[1]):
                        joins.append((node, other))
                        break
                # a surname alone, in records that never name the man in full, whatever type it was taken for
                # there ("Whitford" read as a body), unless the gazetteer knows the word as a place or a body
                if (
                    self._sets.gid[root] is None
                    and all(len(n.split()) == 1 or n.split()[0] in _SURNAME_PARTICLES for n in names)
                    and G not in types
                    and (_main_type(types) is P or not _known_word(node[1]))
                ):
                    people = surnamed.get((file, node[1]), set()) - {root}
                    if len(people) == 1 and not self._docs.get(node, set()) & sets[next(iter(people))][2]:
                        joins.append((node, next(iter(people))))
                        break
        for a, b in joins:
            self._sets.union(a, b)

    def _entity(self, root: Node, nodes: list[Node]) -> Entity | None:
        types: Counter[EntityType] = Counter()
        names: Counter[str] = Counter()
        surface: Counter[str] = Counter()
        subtypes: Counter[str] = Counter()
        docs: set[str] = set()
        for n in nodes:
            types.update(self._types.get(n, {}))
            names.update(self._names.get(n, {}))
            surface.update(self._surface.get(n, {}))
            subtypes.update(self._subtypes.get(n, {}))
            docs |= self._docs.get(n, set())
        gid = self._sets.gid[root]
        known = _gazetteer_entry(gid) if gid else None
        if known is not None:
            etype, label, subtype, qid = known
        else:
            if not types:
                return None
            etype = min(types, key=lambda t: (-types[t], _TYPE_PRIORITY[t]))
            # The fullest name: most words, then most often seen, then alphabetical for stability.
            label = max(names, key=lambda n: (len(n.split()), names[n], n)) if names else root[1]
            subtype = max(subtypes, key=lambda s: (subtypes[s], s)) if subtypes else None
            qid = None
        if not types and not docs and known is None:
            return None
        folded_label = lexicon.fold(label)
        aliases = {}
        texts = list(surface) + list(names)
        if etype is O:
            texts += [
                m.group("bare")
                for t in (label, *texts)
                if (m := _OWNED_NAME.match(t) or _QUALIFIED_NAME.match(t))
            ]
        if known is not None:
            # "Chad's army" read, the Chadian National Army known: the body's other curated names
            # ("Chadian army") are names it goes by too, whichever one this text happened to use.
            texts += _gazetteer_aliases(gid)
        for text in texts:
            f = lexicon.fold(text)
            if f and f != folded_label and text != label and not _ANAPHOR_TEXT.match(text):
                aliases.setdefault(text.casefold(), text)
        ident = gid or lexicon.fold(label)
        return Entity(
            key=f"{etype.value}:{ident}",
            type=etype,
            label=label,
            aliases=tuple(sorted(aliases.values())),
            subtype=subtype,
            qid=qid,
            doc_ids=tuple(sorted(docs)),
        )

    def _facts(self, key) -> list[Fact]:  # type: ignore[no-untyped-def]
        grouped: dict[tuple[str, Predicate, str], tuple[list[Evidence], set[str], list[bool]]] = {}
        for s_node, pred, o_node, evidence, sub, background in self._relations:
            s, o = key(s_node), key(o_node)
            if s is None or o is None or s.key == o.key:
                continue
            domain, rng = DOMAINS[pred]
            if s.type not in domain or o.type not in rng:
                continue
            sk, ok = s.key, o.key
            if pred in SYMMETRIC and ok < sk:
                sk, ok = ok, sk
            evs, subs, backgrounds = grouped.setdefault((sk, pred, ok), ([], set(), []))
            evs.append(evidence)
            backgrounds.append(background)
            if sub:
                subs.add(sub)
        # A fact only the gazetteer gives is background knowledge, even when read beside the text's names.
        return [
            Fact(
                s,
                p,
                o,
                tuple(sorted(set(evs), key=_ev_order)),
                min(subs) if subs else None,
                from_gazetteer=all(backgrounds),
            )
            for (s, p, o), (evs, subs, backgrounds) in grouped.items()
        ]

    def _incidents(self, key) -> list[Incident]:  # type: ignore[no-untyped-def]
        merged: dict[str, dict] = {}
        at_town: dict[str, str] = {}  # "town|YYYY-MM" -> the incident key it was first seen under
        on_day: dict[str, str] = {}  # "place|YYYY-MM-DD" -> the incident key, for reports that name no town
        with_town: set[str] = set()  # the incidents some report placed in a town
        in_month: dict[str, set[str]] = {}  # "district or province|YYYY-MM" -> the incidents placed there
        published = {d.id: d.date for d in self._documents}
        # the feed a wire item came from ("feed.jsonl#item-2"): the items of one feed update one story
        feed = {d.id: d.source.partition("#")[0] for d in self._documents if "#" in d.source}
        on_feed_day: dict[str, set[str]] = {}  # "feed|YYYY-MM-DD" -> the incidents its items told that day
        # The best-attested report leads (then document id): the merged incident does not depend on input order.
        reports = sorted(
            self._attacks, key=lambda r: (-len(r[0].evidence), r[0].doc_id, r[0].label, r[0].date or "")
        )

        def vague(report) -> bool:  # type: ignore[no-untyped-def]
            # dated to a month and placed no closer than a province: read after the rest, to join one of them
            attack, place_nodes, _ = report
            return (
                bool(attack.date)
                and len(attack.date) == 7
                and not any(
                    e is not None and e.type is L and e.subtype not in _WIDE_PLACES
                    for e in map(key, place_nodes)
                )
            )

        def townless(report) -> bool:  # type: ignore[no-untyped-def]
            # placed no closer than a province ("Thursday's ambush in the Tahoua region"): read after the reports
            # that name a town, to join the one told there that day ("ambushed near Tillia on Thursday")
            _, place_nodes, _ = report
            return not any(
                e is not None and e.type is L and e.subtype not in _WIDE_PLACES for e in map(key, place_nodes)
            )

        # the days each document tells attacks on: a document that tells one on Monday and one on Tuesday tells two
        told_days: dict[str, set[str]] = {}
        for attack, _, _ in reports:
            if attack.date and len(attack.date) == 10:
                told_days.setdefault(attack.doc_id, set()).add(attack.date)
        reports = (
            [r for r in reports if not townless(r)]
            + [r for r in reports if townless(r) and not vague(r)]
            + [r for r in reports if vague(r)]
        )
        for attack, place_nodes, claim_nodes in reports:
            places = []
            towns = []  # the places narrower than a province, which two reports of one attack share
            areas = []  # the places narrower than a country
            for n in place_nodes:
                e = key(n)
                if e is not None and e.type is L and e.key not in places:
                    places.append(e.key)
                    if e.subtype not in _WIDE_PLACES:
                        towns.append(e.key)
                    if e.subtype != "Country":
                        areas.append(e.key)
            claims: dict[str, tuple[ClaimStatus, list[Evidence]]] = {}
            for n, status, ev in claim_nodes:
                e = key(n)
                if e is None or e.type is not G:
                    continue
                held = claims.get(e.key)
                if held is None or _CLAIM_ORDER.index(status) < _CLAIM_ORDER.index(held[0]):
                    claims[e.key] = (status, [ev] + (held[1] if held else []))
                else:
                    held[1].append(ev)
            own_key = ikey = (
                f"{places[0]}|{attack.date[:7]}"
                if places and attack.date
                else f"{attack.doc_id}|{attack.label}"
            )
            told = (published.get(attack.doc_id) or dt.date.max, attack.doc_id)
            if attack.date and ikey not in merged:
                # "the attack on Palma" and "the attack on the Amarula Palma hotel" in the same month
                # are one incident when the reports share a town.
                ikey = next(
                    (at_town[f"{t}|{attack.date[:7]}"] for t in towns if f"{t}|{attack.date[:7]}" in at_town),
                    ikey,
                )
            if attack.date and len(attack.date) == 10 and ikey not in merged:
                # "Senegal army blames rebels as Casamance ambush toll rises" (a region, the same day), after
                # "... ambushed a patrol on Monday near the village of Bissine in the Casamance region": another
                # report of the same attack, when one of the two names no town.
                ikey = next(
                    (
                        other
                        for p in places
                        if (other := on_day.get(f"{p}|{attack.date}")) is not None
                        and (not towns or other not in with_town)
                        and attack.doc_id not in merged[other]["docs"]
                    ),
                    ikey,
                )
            if (
                attack.date
                and len(attack.date) == 10
                and not towns
                and ikey not in merged
                and attack.doc_id in feed
                and len(told_there := on_feed_day.get(f"{feed[attack.doc_id]}|{attack.date}", set())) == 1
                and attack.doc_id not in merged[next(iter(told_there))]["docs"]
                # (a file of unrelated stories is no feed of one: never across countries)
                and not (
                    (theirs := _countries(merged[next(iter(told_there))]["places"]))
                    and (ours := _countries(places))
                    and not theirs & ours
                )
            ):
                # "gunmen stormed a mosque in a village in the Tillaberi region on Friday" in a feed's first item,
                # "Friday's attack on a mosque in Kourfa Tondi" in its second: the one attack the feed told that day,
                # when this report names no town
                ikey = next(iter(told_there))
            if attack.date and len(attack.date) == 7 and not towns and ikey not in merged:
                # "ISKP claimed the weekend suicide bombing of a rally in Bajaur district": a later report that
                # names only the district and the month is the one incident told there that month, if one is.
                told_there = set().union(*(in_month.get(f"{a}|{attack.date}", set()) for a in areas))
                if len(told_there) == 1 and attack.doc_id not in merged[next(iter(told_there))]["docs"]:
                    ikey = next(iter(told_there))
            cur = merged.get(ikey)
            if cur is not None and (
                _other_day_same_document(cur, attack)
                or _days_apart(cur, attack)
                or _other_day_told_beside(cur, attack, told_days)
            ):
                # One article telling two attacks in one city on different days ("Wednesday's
                # shooting", "on Friday he seized a supermarket") keeps them apart; so do two
                # reports of one district dated days apart ("raided Chai on Saturday night", then
                # "burned a chapel in a village of the district on Thursday").
                own_key = ikey = f"{places[0]}|{attack.date}"
                cur = merged.get(ikey)
            if attack.date:
                for t in towns:
                    at_town.setdefault(f"{t}|{attack.date[:7]}", ikey)
                if len(attack.date) == 10:
                    for p in places:
                        on_day.setdefault(f"{p}|{attack.date}", ikey)
            if towns:
                with_town.add(ikey)
            if attack.date and len(attack.date) == 10 and attack.doc_id in feed:
                on_feed_day.setdefault(f"{feed[attack.doc_id]}|{attack.date}", set()).add(ikey)
            if attack.date:
                for a in areas:
                    in_month.setdefault(f"{a}|{attack.date[:7]}", set()).add(ikey)
            if cur is None:
                boasted = attack.boasted  # (marked where the toll was read)
                toll_key = (
                    dt.date.min if boasted else published.get(attack.doc_id) or dt.date.min,
                    attack.doc_id,
                )
                merged[ikey] = {
                    "attack": attack,
                    "names": set(attack.names) | {attack.label},
                    "places": places,
                    "claims": claims,
                    "said": _said({}, claims, published.get(attack.doc_id)),
                    "evidence": list(attack.evidence),
                    "docs": {attack.doc_id},
                    "first": (told, own_key),
                    "toll": toll_key,
                    # the report the wounded figure comes from, kept apart: a later report may give the dead alone
                    "hurt": toll_key if attack.wounded is not None else None,
                    "boasted": boasted,
                    "official": None
                    if attack.killed is None or boasted
                    else ((published.get(attack.doc_id) or dt.date.min, attack.doc_id), attack.killed),
                }
                continue
            cur["first"] = min(cur["first"], (told, own_key))
            first: Attack = cur["attack"]
            cur["names"] |= set(attack.names) | {attack.label}
            cur["places"] += [p for p in places if p not in cur["places"]]
            for g, (status, evs) in claims.items():
                held = cur["claims"].get(g)
                if held is None or _CLAIM_ORDER.index(status) < _CLAIM_ORDER.index(held[0]):
                    cur["claims"][g] = (status, evs + (held[1] if held else []))
            _said(cur["said"], claims, published.get(attack.doc_id))
            cur["evidence"] += attack.evidence
            cur["docs"].add(attack.doc_id)
            # Tolls rise as bodies are found and the wounded die: the latest report that gives one is the
            # fullest (then the lowest document id, so that the order documents are read in does not matter).
            toll_told = (published.get(attack.doc_id) or dt.date.min, attack.doc_id)
            if attack.killed is not None and attack.boasted:
                # a report that gives only the group's boast is the oldest word on the toll: any official
                # report's figures (its wounded too) go before it
                toll_told = (dt.date.min, attack.doc_id)
            later = toll_told[0] > cur["toll"][0] or (
                toll_told[0] == cur["toll"][0] and toll_told[1] < cur["toll"][1]
            )
            newer = attack.killed is not None or attack.wounded is not None
            if newer and (later or (first.killed is None and first.wounded is None)):
                cur["toll"] = toll_told
            take = newer and cur["toll"] == toll_told
            boasted = attack.killed is not None and attack.boasted
            if attack.killed is not None and not boasted:
                # the latest official count (then the lowest document id), kept beside any boast
                held = cur["official"]
                if (
                    held is None
                    or toll_told[0] > held[0][0]
                    or (toll_told[0] == held[0][0] and toll_told[1] < held[0][1])
                ):
                    cur["official"] = (toll_told, attack.killed)
            if attack.killed is not None and (first.killed is None or take):
                cur["boasted"] = boasted
            # ("rose to 21, and 48 people were being treated" on Sunday, "which killed 21" on Monday: Sunday's
            # wounded stand, whichever report is read first)
            hurt = cur["hurt"]
            hurt_later = attack.wounded is not None and (
                hurt is None or toll_told[0] > hurt[0] or (toll_told[0] == hurt[0] and toll_told[1] < hurt[1])
            )
            if hurt_later:
                cur["hurt"] = toll_told
            cur["attack"] = dataclasses.replace(
                first,
                date=max((d for d in (first.date, attack.date) if d), key=len, default=None),
                killed=attack.killed
                if take and attack.killed is not None
                else (first.killed if first.killed is not None else attack.killed),
                wounded=attack.wounded if hurt_later else first.wounded,
            )
        keys = _stable_keys(merged)
        out = []
        for ikey, cur in merged.items():
            a: Attack = cur["attack"]
            if cur["boasted"] and cur["official"] is not None:
                # "officials put the toll at 42" in one wire item, "the group said it had killed more than 70" in a
                # later one: the group's boast stands only where no official count was given
                a = dataclasses.replace(a, killed=cur["official"][1])
            out.append(
                Incident(
                    key=keys[ikey],
                    label=a.label,
                    names=tuple(sorted(cur["names"] - {a.label})),
                    evidence=tuple(sorted(set(cur["evidence"]), key=_ev_order)),
                    doc_ids=tuple(sorted(cur["docs"])),
                    date=a.date,
                    locations=tuple(cur["places"]),
                    claims=tuple(
                        Claim(
                            g,
                            _withdrawn(status, cur["said"].get(g, {})),
                            tuple(sorted(set(evs), key=_ev_order)),
                        )
                        for g, (status, evs) in sorted(cur["claims"].items())
                    ),
                    killed=a.killed,
                    wounded=a.wounded,
                    attack_type=a.attack_type,
                )
            )
        return out

    def _background(
        self, entities: Iterable[Entity], mentions: dict[str, set[str]]
    ) -> tuple[dict[str, Entity], list[Fact]]:
        """Facts from the curated gazetteers: where known places and organisations are.

        Only geographic containment comes from here (a city in its country, a think
        tank in its city); relations between groups are only ever read in text.
        """
        extra: dict[str, Entity] = {}
        facts: set[Fact] = set()
        by_key = {e.key: e for e in entities}
        for e in list(by_key.values()):
            gid = e.key.split(":", 1)[1]
            child, parent_pid = e.key, None
            if gid.startswith("place:"):
                place = gazetteer.places().get(gid[len("place:") :])
                parent_pid = place.located_in if place else None
            elif gid.startswith("org:"):
                parent_pid = gazetteer.org_place(gid[len("org:") :])
            # Walk the whole chain (Kabul -> Kabul Province -> Afghanistan), so a query for a country
            # finds what happened in its towns.
            seen: set[str] = set()
            while parent_pid and parent_pid not in seen:
                seen.add(parent_pid)
                parent_key = f"{L.value}:place:{parent_pid}"
                if parent_key == child:
                    break
                if parent_key not in by_key and parent_key not in extra:
                    known = _gazetteer_entry(f"place:{parent_pid}")
                    if known is None:
                        break
                    _, label, subtype, qid = known
                    extra[parent_key] = Entity(parent_key, L, label, (), subtype, qid, ())
                facts.add(Fact(child, Predicate.LOCATED_IN, parent_key, (), None, from_gazetteer=True))
                entry = gazetteer.places().get(parent_pid)
                child, parent_pid = parent_key, entry.located_in if entry else None
        return extra, sorted(facts, key=lambda f: (f.subject, f.object))


def _countries(keys: Iterable[str]) -> set[str]:
    """The countries the gazetteer puts these place entities in ("Location:place:NE" -> {"NE"})."""
    table = gazetteer.places()
    return {
        p.country
        for key in keys
        if (gid := key.split(":", 1)[1] if ":" in key else "").startswith("place:")
        and (p := table.get(gid[len("place:") :])) is not None
        and p.country
    }


def _main_type(types: Counter[EntityType]) -> EntityType | None:
    return min(types, key=lambda t: (-types[t], _TYPE_PRIORITY[t])) if types else None


# The word for a building or a site after a place's name ("the Greenacre church", "Bunia airport"): another thing.
_SITE_AFTER = re.compile(
    r" (?:church|cathedral|mosque|temple|synagogue|shrine|school|college|university|hospital|clinic|market|"
    r"airport|airbase|base|camp|prison|jail|court|courthouse|station|bridge|hotel|stadium|checkpoint|barracks)$"
)


def _named_after(names: set[str], place: str) -> bool:
    """Whether every folded name in `names` is a building or a site named after `place`."""
    return bool(names) and all(n.startswith(f"{place} ") and _SITE_AFTER.search(n) for n in names)


def _known_word(folded: str) -> bool:
    """Whether the gazetteer knows a name as a place, a body or a group."""
    return bool(
        gazetteer.lookup_place(folded) or gazetteer.lookup_org(folded) or lexicon.lookup_group(folded)
    )


def _longer_name(name: str, short: str) -> bool:
    """Whether folded `name` is `short` with words before it that are no nation's ("national", not "syrian")."""
    if not name.endswith(f" {short}"):
        return False
    head = name[: -len(short) - 1].split()
    return bool(head) and not any(
        gazetteer.country_of_demonym(w) or gazetteer.lookup_place(w, alternates=False) for w in head
    )


def _own_place(m: Mention) -> Mention:
    """A place mention re-pointed at the place its words are the own name of, in another country.

    A geonames alternate name is a spelling, not a second place: "Mambasa", a town in Ituri, is not
    Mombasa however close the letters, so a mention written as one known place's own name is never
    merged into a place of another country found by another place's alternate name.
    """
    if m.type is not L or not m.gazetteer_id or not m.gazetteer_id.startswith("place:"):
        return m
    other = _own_name_place(m.text, m.gazetteer_id[len("place:") :])
    if other is None:
        return m
    return dataclasses.replace(m, gazetteer_id=f"place:{other.id}", name=other.name, subtype=other.type)


@lru_cache(maxsize=4096)
def _own_name_place(text: str, pid: str) -> gazetteer.PlaceEntry | None:
    """The place `text` is the own name of, where that is not `pid` and lies in another country."""
    table = gazetteer.places()
    current = table.get(pid)
    own = gazetteer.lookup_place(text, alternates=False)
    if current is None or current.type != "City" or not own or pid in own:
        return None
    other = table.get(own[0])
    if other is None or other.type != "City" or other.country is None or other.country == current.country:
        return None
    return other


def _stable_keys(merged: dict[str, dict]) -> dict[str, str]:  # type: ignore[type-arg]
    """The key (hence the IRI) of each merged incident: that of its earliest report.

    Reports are merged under the key of the best-attested one, which a later, fuller
    article can change (a more specific first place). The IRI is minted instead from the
    report of the earliest-published document (then the lowest document id), so adding
    later articles to a corpus leaves an attack's IRI alone; only an earlier article can
    change it. Two incidents never share a key: the later one keeps its merge key.
    """
    keys: dict[str, str] = {}
    taken: set[str] = set()
    for ikey in sorted(merged, key=lambda k: (merged[k]["first"], k)):
        key = merged[ikey]["first"][1]
        if key in taken:
            key = ikey
        n = 2
        while key in taken:
            key, n = f"{ikey}|{n}", n + 1
        keys[ikey] = key
        taken.add(key)
    return keys


def _other_day_same_document(cur: dict, attack: Attack) -> bool:  # type: ignore[type-arg]
    """Whether `attack` comes from a document already in `cur` and is dated to another day."""
    held: Attack = cur["attack"]
    return (
        attack.doc_id in cur["docs"]
        and held.date is not None
        and attack.date is not None
        and len(held.date) == len(attack.date) == 10
        and held.date != attack.date
    )


def _other_day_told_beside(cur: dict, attack: Attack, told_days: dict[str, set[str]]) -> bool:  # type: ignore[type-arg]
    """Whether `attack` is dated to another day than the incident in `cur`, and its own document also tells an
    attack on the incident's day ("Monday's ambush on a convoy", then "on Tuesday night armed men set fire to shops
    in Bagan"): the document keeps the two apart, whichever of its reports joins first."""
    held: Attack = cur["attack"]
    return (
        held.date is not None
        and attack.date is not None
        and len(held.date) == len(attack.date) == 10
        and held.date != attack.date
        and held.date in told_days.get(attack.doc_id, set())
    )


def _days_apart(cur: dict, attack: Attack, gap: int = 3) -> bool:  # type: ignore[type-arg]
    """Whether `attack`, from another document, is dated to a day at least `gap` days from the incident in
    `cur`: two attacks, not two reports of one (reports of one attack differ by a night at most)."""
    held: Attack = cur["attack"]
    if attack.doc_id in cur["docs"] or not held.date or not attack.date:
        return False
    if len(held.date) != 10 or len(attack.date) != 10:
        return False
    days = abs((dt.date.fromisoformat(held.date) - dt.date.fromisoformat(attack.date)).days)
    return days >= gap


def _ev_order(ev: Evidence) -> tuple[str, int, int, str]:
    return (ev.doc_id, ev.start, ev.end, ev.extractor)


def _gazetteer_entry(gid: str) -> tuple[EntityType, str, str | None, str | None] | None:
    """Type, canonical name, subtype and QID of a gazetteer id such as "group:hamas"."""
    kind, _, ident = gid.partition(":")
    # A state's or a party's armed force ("the IRGC", "Haftar's Libyan National Army") is both a Group and an
    # Organization: its subtype says so, and its core type stays the one its gazetteer gives (a group's, so that an
    # attack can name it as the perpetrator; an organisation's where the organisation gazetteer lists it).
    armed = gazetteer.ARMED_ORGANIZATION if gid in gazetteer.armed_organizations() else None
    if kind == "group":
        g = lexicon.groups().get(ident)
        return (G, g.name, armed, g.qid) if g else None
    if kind == "org":
        o = gazetteer.organizations().get(ident)
        return (O, o.name, armed or o.type, o.qid) if o else None
    if kind == "place":
        p = gazetteer.places().get(ident)
        return (L, p.name, p.type, p.qid) if p else None
    return None


@lru_cache(maxsize=4096)
def _gazetteer_aliases(gid: str) -> tuple[str, ...]:
    """The curated other names of an organisation such as "org:td-army"; none for groups and places."""
    kind, _, ident = gid.partition(":")
    if kind == "org":
        o = gazetteer.organizations().get(ident)
        return o.aliases if o else ()
    return ()


def resolve(extractions: Iterable[Extraction], background: bool = True) -> KnowledgeGraph:
    """Resolve a stream of extractions into one KnowledgeGraph."""
    resolver = Resolver(background=background)
    for extraction in extractions:
        resolver.add(extraction)
    return resolver.result()

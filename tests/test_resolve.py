"""kg.resolve on Extractions built by hand: which mentions become one entity, and what survives.

No model is loaded: every Mention, Relation and Attack here is written out, so each
test says exactly what the extractor handed over.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from kg.model import (
    Attack,
    ClaimStatus,
    Document,
    EntityType,
    Evidence,
    Extraction,
    KnowledgeGraph,
    Mention,
    Predicate,
    Relation,
    Responsibility,
)
from kg.resolve import resolve

G, ORG, P, L = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION

KABUL = "place:gn:1138958"
ISKP = "group:islamic_state_khorasan_province"
IS = "group:islamic_state"


def document(doc_id: str) -> Document:
    return Document(doc_id, "", f"title {doc_id}", f"{doc_id}.txt", dt.date(2024, 4, 1))


def evidence(doc_id: str, start: int = 0, end: int = 20, sentence: str = "A sentence.") -> Evidence:
    return Evidence(doc_id, 0, start, end, sentence, "hand", "1", 0.9)


def mention(
    text: str,
    doc_id: str,
    etype: EntityType = G,
    *,
    name: str | None = None,
    gid: str | None = None,
    start: int = 0,
    subtype: str | None = None,
) -> Mention:
    return Mention(text, name or text, etype, doc_id, start, start + len(text), 0, 0.9, gid, subtype)


def extraction(doc_id: str, *mentions: Mention, **parts: tuple) -> Extraction:
    return Extraction(document(doc_id), tuple(mentions), **parts)


def entity_by_label(kg: KnowledgeGraph, label: str):  # noqa: ANN201 - an Entity
    found = [e for e in kg.entities if e.label == label]
    assert len(found) == 1, [(e.key, e.label) for e in kg.entities]
    return found[0]


# ------------------------------------------------------------------ merging names


def test_resolve_merges_acronym_with_full_name() -> None:
    full = mention("Kivu Defence Brigades", "d1")
    short = mention("KDB", "d1", start=30)
    kg = resolve([extraction("d1", full, short, same_as=((full, short),))], background=False)
    assert len(kg.entities) == 1
    (entity,) = kg.entities
    assert (entity.type, entity.label, entity.aliases) == (G, "Kivu Defence Brigades", ("KDB",))


def test_resolve_merges_declared_alias_across_documents() -> None:
    """Declared once in one document, the pair also joins a bare acronym in another."""
    full = mention("Kivu Defence Brigades", "d1")
    short = mention("KDB", "d1", start=30)
    later = mention("KDB", "d2")
    kg = resolve(
        [extraction("d1", full, short, same_as=((full, short),)), extraction("d2", later)], background=False
    )
    (entity,) = kg.entities
    assert entity.doc_ids == ("d1", "d2")


def test_resolve_joins_the_same_name_across_documents() -> None:
    kg = resolve(
        [
            extraction("d1", mention("Black Crescent Front", "d1")),
            extraction("d2", mention("Black Crescent Front", "d2")),
        ],
        background=False,
    )
    (entity,) = kg.entities
    assert entity.doc_ids == ("d1", "d2")
    assert kg.mentions == {"d1": (entity.key,), "d2": (entity.key,)}


def test_resolve_joins_names_that_differ_only_in_case_and_article() -> None:
    kg = resolve(
        [
            extraction("d1", mention("Black Crescent Front", "d1")),
            extraction("d2", mention("the black crescent front", "d2")),
        ],
        background=False,
    )
    assert len(kg.entities) == 1


def test_resolve_never_merges_two_gazetteer_ids() -> None:
    parent = mention("Islamic State", "d1", gid=IS)
    branch = mention("ISIS-K", "d1", gid=ISKP, start=30)
    kg = resolve([extraction("d1", parent, branch, same_as=((parent, branch),))], background=False)
    assert {e.key for e in kg.entities} == {f"Group:{IS}", f"Group:{ISKP}"}


def test_resolve_never_merges_two_gazetteer_ids_through_a_shared_name() -> None:
    """Two documents each tie the same unknown name to a different known group: the groups stay apart."""
    a = mention("Islamic State", "d1", gid=IS)
    a_alias = mention("the State", "d1", name="Dawla", start=30)
    b = mention("ISIS-K", "d2", gid=ISKP)
    b_alias = mention("the State", "d2", name="Dawla", start=30)
    kg = resolve(
        [
            extraction("d1", a, a_alias, same_as=((a, a_alias),)),
            extraction("d2", b, b_alias, same_as=((b, b_alias),)),
        ],
        background=False,
    )
    keys = {e.key for e in kg.entities}
    assert {f"Group:{IS}", f"Group:{ISKP}"} <= keys


def test_resolve_labels_entity_with_fullest_name_and_keeps_other_forms_as_aliases() -> None:
    forms = ["KDB", "Kivu Defence Brigades", "Defence Brigades"]
    ms = [mention(text, "d1", start=40 * i) for i, text in enumerate(forms)]
    pairs = ((ms[1], ms[0]), (ms[1], ms[2]))
    (entity,) = resolve([extraction("d1", *ms, same_as=pairs)], background=False).entities
    assert entity.label == "Kivu Defence Brigades"
    assert entity.aliases == ("Defence Brigades", "KDB")


def test_resolve_labels_known_group_with_its_canonical_name() -> None:
    short = mention("ISIS-K", "d1", gid=ISKP)
    (entity,) = resolve([extraction("d1", short)], background=False).entities
    assert entity.label == "Islamic State Khorasan Province"
    assert "ISIS-K" in entity.aliases


def test_anaphor_in_a_relation_never_becomes_an_alias() -> None:
    group = mention("Black Crescent Front", "d1")
    anaphor = mention("the group", "d1", name="Black Crescent Front", start=40)
    place = mention("Mali", "d1", L, gid="place:ML", start=70, subtype="Country")
    relation = Relation(anaphor, Predicate.OPERATES_IN, place, evidence("d1", 40, 74))
    kg = resolve([extraction("d1", group, place, relations=(relation,))], background=False)
    entity = entity_by_label(kg, "Black Crescent Front")
    assert entity.aliases == ()
    assert [(f.subject, f.predicate, f.object) for f in kg.facts] == [
        (entity.key, Predicate.OPERATES_IN, "Location:place:ML")
    ]


def test_anaphor_among_mentions_never_becomes_an_alias() -> None:
    group = mention("Black Crescent Front", "d1")
    anaphors = [
        mention("the group", "d1", name="Black Crescent Front", start=40),
        mention("its fighters", "d1", name="Black Crescent Front", start=60),
    ]
    (entity,) = resolve([extraction("d1", group, *anaphors)], background=False).entities
    assert entity.aliases == ()


# ------------------------------------------------------------------ facts


@pytest.mark.parametrize(
    ("subject", "predicate", "obj"),
    [
        (mention("Amina Yusuf", "d1", P), Predicate.AFFILIATED_WITH, mention("Kano", "d1", L, start=30)),
        (mention("Kano", "d1", L), Predicate.OPERATES_IN, mention("Mali", "d1", L, start=30)),
        (
            mention("Amina Yusuf", "d1", P),
            Predicate.RIVAL_OF,
            mention("Boko Haram", "d1", gid="group:boko_haram", start=30),
        ),
        (mention("Black Crescent Front", "d1"), Predicate.LOCATED_IN, mention("Kano", "d1", L, start=30)),
        (
            mention("Hudson Institute", "d1", ORG),
            Predicate.FORMED_FROM,
            mention("Black Crescent Front", "d1", start=30),
        ),
        (
            mention("Black Crescent Front", "d1"),
            Predicate.ALLIED_WITH,
            mention("Hudson Institute", "d1", ORG, start=30),
        ),
    ],
    ids=lambda v: v.value if isinstance(v, Predicate) else None,
)
def test_resolve_drops_facts_whose_types_do_not_fit_the_predicate(
    subject: Mention, predicate: Predicate, obj: Mention
) -> None:
    relation = Relation(subject, predicate, obj, evidence("d1"))
    kg = resolve([extraction("d1", subject, obj, relations=(relation,))], background=False)
    assert len(kg.entities) == 2
    assert kg.facts == ()


def test_resolve_keeps_facts_whose_types_fit() -> None:
    person = mention("Amina Yusuf", "d1", P)
    org = mention("Hudson Institute", "d1", ORG, gid="org:hudson", start=30)
    relation = Relation(person, Predicate.AFFILIATED_WITH, org, evidence("d1"), "employeeOf")
    (fact,) = resolve([extraction("d1", person, org, relations=(relation,))], background=False).facts
    assert (fact.subject, fact.predicate, fact.object) == (
        "Person:amina yusuf",
        Predicate.AFFILIATED_WITH,
        "Organization:org:hudson",
    )
    assert fact.subproperty == "employeeOf"
    assert fact.evidence == (relation.evidence,)


@pytest.mark.parametrize("predicate", [Predicate.ALLIED_WITH, Predicate.RIVAL_OF])
def test_resolve_stores_symmetric_relation_once(predicate: Predicate) -> None:
    def doc(doc_id: str, first: str, second: str) -> Extraction:
        a = mention(first, doc_id, gid=f"group:{first.lower().replace(' ', '_')}")
        b = mention(second, doc_id, gid=f"group:{second.lower().replace(' ', '_')}", start=30)
        return extraction(doc_id, a, b, relations=(Relation(a, predicate, b, evidence(doc_id)),))

    kg = resolve([doc("d1", "Boko Haram", "Taliban"), doc("d2", "Taliban", "Boko Haram")], background=False)
    (fact,) = kg.facts
    assert {fact.subject, fact.object} == {"Group:group:boko_haram", "Group:group:taliban"}
    assert {ev.doc_id for ev in fact.evidence} == {"d1", "d2"}


def test_resolve_keeps_directed_relation_both_ways_apart() -> None:
    """affiliateOf is not symmetric: X -> Y and Y -> X are two facts."""
    a = mention("Islamic State", "d1", gid=IS)
    b = mention("ISIS-K", "d1", gid=ISKP, start=30)
    rels = (
        Relation(b, Predicate.AFFILIATE_OF, a, evidence("d1")),
        Relation(a, Predicate.AFFILIATE_OF, b, evidence("d1", 5)),
    )
    kg = resolve([extraction("d1", a, b, relations=rels)], background=False)
    assert len(kg.facts) == 2


# ------------------------------------------------------------------ incidents


def kabul_attack(doc_id: str, date: str, group: Mention, status: ClaimStatus, **fields: object) -> Extraction:
    place = mention("Kabul", doc_id, L, gid=KABUL, start=50, subtype="City")
    attack = Attack(
        label="Kabul bombing",
        doc_id=doc_id,
        evidence=(evidence(doc_id, 0, 60),),
        date=date,
        locations=(place,),
        responsibility=(Responsibility(group, status, evidence(doc_id, 0, 10)),),
        **fields,  # type: ignore[arg-type]
    )
    return extraction(doc_id, group, place, attacks=(attack,))


def test_resolve_merges_attacks_at_same_place_in_same_month_with_claims_from_both() -> None:
    first = kabul_attack(
        "d1", "2024-03-04", mention("ISIS-K", "d1", gid=ISKP), ClaimStatus.CLAIMED, killed=15
    )
    second = kabul_attack(
        "d2", "2024-03", mention("Taliban", "d2", gid="group:taliban"), ClaimStatus.DENIED, wounded=30
    )
    kg = resolve([first, second], background=False)
    (incident,) = kg.incidents
    assert incident.doc_ids == ("d1", "d2")
    assert incident.date == "2024-03-04"  # the more precise date wins
    assert incident.locations == (f"Location:{KABUL}",)
    assert {(c.group, c.status) for c in incident.claims} == {
        (f"Group:{ISKP}", ClaimStatus.CLAIMED),
        ("Group:group:taliban", ClaimStatus.DENIED),
    }
    assert (incident.killed, incident.wounded) == (15, 30)
    assert {ev.doc_id for ev in incident.evidence} == {"d1", "d2"}


def test_an_attack_keeps_its_key_when_a_fuller_later_report_arrives() -> None:
    """The IRI comes from the earliest-published report, not from whichever report is fullest."""
    first = kabul_attack("d1", "2024-03-04", mention("ISIS-K", "d1", gid=ISKP), ClaimStatus.CLAIMED)
    first = replace(first, document=replace(first.document, date=dt.date(2024, 3, 5)))
    hotel = mention("Serena Hotel", "d2", L, start=80, subtype="Facility")
    later = kabul_attack("d2", "2024-03-04", mention("ISIS-K", "d2", gid=ISKP), ClaimStatus.CLAIMED)
    (attack,) = later.attacks
    fuller = replace(
        attack,
        locations=(hotel, *attack.locations),
        evidence=(*attack.evidence, evidence("d2", 70, 120), evidence("d2", 130, 180)),
    )
    later = replace(
        later,
        document=replace(later.document, date=dt.date(2024, 3, 20)),
        mentions=(*later.mentions, hotel),
        attacks=(fuller,),
    )
    (alone,) = resolve([first], background=False).incidents
    (merged,) = resolve([first, later], background=False).incidents
    assert merged.locations[0] == "Location:serena hotel"  # the fuller report leads the merge...
    assert merged.key == alone.key  # ...but the key, hence the IRI, is still the first report's
    # An earlier-published report, on the other hand, may give the key.
    earlier = replace(later, document=replace(later.document, date=dt.date(2024, 3, 4)))
    (backfilled,) = resolve([first, earlier], background=False).incidents
    assert backfilled.key != alone.key


def test_resolve_keeps_attacks_in_different_months_apart() -> None:
    first = kabul_attack("d1", "2024-03-04", mention("ISIS-K", "d1", gid=ISKP), ClaimStatus.CLAIMED)
    second = kabul_attack("d2", "2024-05-04", mention("ISIS-K", "d2", gid=ISKP), ClaimStatus.CLAIMED)
    assert len(resolve([first, second], background=False).incidents) == 2


def test_resolve_keeps_the_strongest_status_of_a_group() -> None:
    """A group claimed in one report and merely suspected in another is a claimant."""
    first = kabul_attack("d1", "2024-03-04", mention("ISIS-K", "d1", gid=ISKP), ClaimStatus.SUSPECTED)
    second = kabul_attack("d2", "2024-03-04", mention("ISIS-K", "d2", gid=ISKP), ClaimStatus.CLAIMED)
    (incident,) = resolve([first, second], background=False).incidents
    (claim,) = incident.claims
    assert claim.status is ClaimStatus.CLAIMED
    assert {ev.doc_id for ev in claim.evidence} == {"d1", "d2"}


def _iskp_report(doc_id: str, status: ClaimStatus, published_day: int) -> Extraction:
    """A report of the March 4 Kabul bombing, published on `published_day` of March, giving ISIS-K `status`."""
    report = kabul_attack(doc_id, "2024-03-04", mention("ISIS-K", doc_id, gid=ISKP), status)
    return replace(report, document=replace(report.document, date=dt.date(2024, 3, published_day)))


def _status_of(*reports: Extraction) -> ClaimStatus:
    (incident,) = resolve(list(reports), background=False).incidents
    (claim,) = incident.claims
    return claim.status


def test_a_claim_a_later_report_says_was_withdrawn_is_denied_whatever_the_reading_order() -> None:
    claim, denial = _iskp_report("d1", ClaimStatus.CLAIMED, 5), _iskp_report("d2", ClaimStatus.DENIED, 7)
    assert _status_of(claim, denial) is ClaimStatus.DENIED
    assert _status_of(denial, claim) is ClaimStatus.DENIED


def test_a_denial_published_before_or_with_the_claim_does_not_undo_it() -> None:
    claim = _iskp_report("d1", ClaimStatus.CLAIMED, 7)
    assert _status_of(claim, _iskp_report("d2", ClaimStatus.DENIED, 5)) is ClaimStatus.CLAIMED
    assert _status_of(claim, _iskp_report("d2", ClaimStatus.DENIED, 7)) is ClaimStatus.CLAIMED


def test_an_attribution_by_others_stands_when_the_group_later_denies() -> None:
    blamed, denial = _iskp_report("d1", ClaimStatus.ATTRIBUTED, 5), _iskp_report("d2", ClaimStatus.DENIED, 7)
    assert _status_of(blamed, denial) is ClaimStatus.ATTRIBUTED
    # claimed and blamed, then the claim withdrawn: the blame stays
    assert _status_of(blamed, _iskp_report("d3", ClaimStatus.CLAIMED, 6), denial) is ClaimStatus.ATTRIBUTED


def test_resolve_drops_claims_by_entities_that_are_not_groups() -> None:
    person = mention("Amina Yusuf", "d1", P)
    (incident,) = resolve(
        [kabul_attack("d1", "2024-03-04", person, ClaimStatus.CLAIMED)], background=False
    ).incidents
    assert incident.claims == ()


def test_resolve_takes_the_toll_of_the_latest_report() -> None:
    # The first wire counted 12 dead; a report two days later, after bodies were found, 21.
    first = kabul_attack(
        "d1", "2024-03-04", mention("ISIS-K", "d1", gid=ISKP), ClaimStatus.CLAIMED, killed=12
    )
    later = kabul_attack(
        "d2", "2024-03-04", mention("ISIS-K", "d2", gid=ISKP), ClaimStatus.CLAIMED, killed=21, wounded=40
    )
    later = replace(later, document=replace(later.document, date=dt.date(2024, 4, 3)))
    for docs in ([first, later], [later, first]):
        (incident,) = resolve(docs, background=False).incidents
        assert (incident.killed, incident.wounded) == (21, 40)


def test_resolve_keeps_a_toll_when_the_later_report_gives_none() -> None:
    first = kabul_attack(
        "d1", "2024-03-04", mention("ISIS-K", "d1", gid=ISKP), ClaimStatus.CLAIMED, killed=12
    )
    later = kabul_attack("d2", "2024-03-04", mention("ISIS-K", "d2", gid=ISKP), ClaimStatus.CLAIMED)
    later = replace(later, document=replace(later.document, date=dt.date(2024, 4, 3)))
    (incident,) = resolve([first, later], background=False).incidents
    assert incident.killed == 12


@pytest.mark.parametrize("best_attested", [0, 1, 2])
def test_the_latest_wounded_figure_stands_when_the_last_report_gives_the_dead_alone(
    best_attested: int,
) -> None:
    # Day one: 12 dead, about 30 wounded; day two: 21 dead, 48 treated; day three repeats 21 dead, no wounded.
    # The best-attested report is read first, whichever day it is from.
    reports = []
    for n, (killed, wounded) in enumerate(((12, 30), (21, 48), (21, None))):
        doc_id = f"d{n}"
        fields = {"killed": killed} | ({"wounded": wounded} if wounded is not None else {})
        report = kabul_attack(
            doc_id, "2024-03-04", mention("ISIS-K", doc_id, gid=ISKP), ClaimStatus.CLAIMED, **fields
        )
        if n == best_attested:
            (attack,) = report.attacks
            more = (*attack.evidence, evidence(doc_id, 61, 90), evidence(doc_id, 91, 120))
            report = replace(report, attacks=(replace(attack, evidence=more),))
        reports.append(replace(report, document=replace(report.document, date=dt.date(2024, 3, 4 + n))))
    (incident,) = resolve(reports, background=False).incidents
    assert (incident.killed, incident.wounded) == (21, 48)


# ------------------------------------------------------------------ determinism


def corpus() -> list[Extraction]:
    full = mention("Kivu Defence Brigades", "d1")
    short = mention("KDB", "d1", start=30)
    place = mention("Goma", "d1", L, start=60, subtype="City")
    rel = Relation(short, Predicate.OPERATES_IN, place, evidence("d1", 30, 64))
    return [
        extraction("d1", full, short, place, same_as=((full, short),), relations=(rel,)),
        kabul_attack("d2", "2024-03-04", mention("ISIS-K", "d2", gid=ISKP), ClaimStatus.CLAIMED, killed=15),
        kabul_attack(
            "d3", "2024-03", mention("Taliban", "d3", gid="group:taliban"), ClaimStatus.DENIED, wounded=3
        ),
    ]


def test_resolve_twice_gives_identical_graph() -> None:
    assert resolve(corpus()) == resolve(corpus())


def test_resolve_keys_do_not_depend_on_document_order() -> None:
    forward, backward = resolve(corpus()), resolve(list(reversed(corpus())))
    assert [e.key for e in forward.entities] == [e.key for e in backward.entities]
    assert [(f.subject, f.predicate, f.object) for f in forward.facts] == [
        (f.subject, f.predicate, f.object) for f in backward.facts
    ]
    assert [i.key for i in forward.incidents] == [i.key for i in backward.incidents]


def test_resolve_merged_incident_does_not_depend_on_document_order() -> None:
    docs = corpus()
    docs[2] = replace(
        docs[2], attacks=(replace(docs[2].attacks[0], label="Kabul attack", attack_type="Armed Assault"),)
    )
    docs[1] = replace(docs[1], attacks=(replace(docs[1].attacks[0], attack_type="Bombing/Explosion"),))
    assert resolve(docs) == resolve(list(reversed(docs)))


def test_an_office_named_with_its_owner_is_also_known_by_its_bare_name() -> None:
    # (two countries' ministries stay two entities: the bare name is an alias, never a key)
    cameroon = mention("Cameroon's Ministry of Defence", "d1", ORG)
    chad = mention("Chad's Ministry of Defence", "d1", ORG, start=60)
    home = mention("India's home ministry", "d1", ORG, start=120)
    party = mention("Sinn Féin", "d1", ORG, start=160)
    kg = resolve([extraction("d1", cameroon, chad, home, party)], background=False)
    assert "Ministry of Defence" in entity_by_label(kg, "Cameroon's Ministry of Defence").aliases
    assert "Ministry of Defence" in entity_by_label(kg, "Chad's Ministry of Defence").aliases
    assert "home ministry" in entity_by_label(kg, "India's home ministry").aliases
    assert entity_by_label(kg, "Sinn Féin").aliases == ()
    # a group is not an office: "Pakistan's Tehrik-e-Labbaik" keeps its name as said
    group = mention("Pakistan's Black Crescent Front", "d2")
    (entity,) = resolve([extraction("d2", group)], background=False).entities
    assert entity.aliases == ()


def _district_attack(
    doc_id: str, date: str, *places: tuple[str, str], group: Mention | None = None
) -> Extraction:
    spots = tuple(
        mention(name, doc_id, L, start=40 + 20 * i, subtype=kind) for i, (name, kind) in enumerate(places)
    )
    claims = (Responsibility(group, ClaimStatus.CLAIMED, evidence(doc_id, 0, 10)),) if group else ()
    attack = Attack(
        label="rally bombing",
        doc_id=doc_id,
        evidence=(evidence(doc_id, 0, 60),),
        date=date,
        locations=spots,
        responsibility=claims,
    )
    return extraction(doc_id, *spots, *((group,) if group else ()), attacks=(attack,))


def test_a_later_report_naming_only_the_district_and_month_joins_the_one_attack_there() -> None:
    # "a suicide bomber blew himself up at a rally in Khar, Bajaur district, on Sunday", then "ISKP claimed the
    # weekend bombing of a rally in Bajaur district"
    told = _district_attack("d1", "2026-02-15", ("Khar", "City"), ("Bajaur", "Region"))
    claim = _district_attack("d2", "2026-02", ("Bajaur", "Region"), group=mention("ISKP", "d2", gid=ISKP))
    (incident,) = resolve([told, claim], background=False).incidents
    assert [c.status for c in incident.claims] == [ClaimStatus.CLAIMED]
    # two attacks told in the district that month: the report naming no town joins neither
    other = _district_attack("d3", "2026-02-20", ("Inayat Kali", "City"), ("Bajaur", "Region"))
    assert len(resolve([told, other, claim], background=False).incidents) == 3


def _fed(item: Extraction, feed: str | None) -> Extraction:
    source = f"{feed}#{item.document.id}" if feed else f"{item.document.id}.txt"
    return replace(item, document=replace(item.document, source=source))


def test_a_wire_items_report_naming_no_town_joins_the_feeds_one_attack_that_day() -> None:
    # "gunmen stormed a mosque in a village in the Tillaberi region on Friday" (item 1), then "Friday's attack on a
    # mosque in Kourfa Tondi" (item 2): one story, one attack
    region = _district_attack("w1", "2026-10-16", ("Tillaberi", "Region"))
    village = _district_attack("w2", "2026-10-16", ("Kourfa Tondi", "City"))
    assert (
        len(resolve([_fed(region, "feed.jsonl"), _fed(village, "feed.jsonl")], background=False).incidents)
        == 1
    )
    # two documents that are no feed's items keep them apart
    assert len(resolve([region, village], background=False).incidents) == 2
    # nor does it join when the feed told two attacks in towns that day
    other = _district_attack("w3", "2026-10-16", ("Tera", "City"))
    fed = [_fed(x, "feed.jsonl") for x in (region, village, other)]
    assert len(resolve(fed, background=False).incidents) == 3


def test_a_files_report_naming_no_town_never_joins_an_attack_in_another_country() -> None:
    # a file of unrelated stories: "an attack in the Tillaberi region on Friday" and a bombing in Kabul that day
    region = _district_attack("v1", "2026-10-16", ("Tillaberi", "Region"))
    region = replace(
        region,
        mentions=tuple(replace(m, gazetteer_id="place:ne-tillaberi") for m in region.mentions),
        attacks=tuple(
            replace(a, locations=tuple(replace(m, gazetteer_id="place:ne-tillaberi") for m in a.locations))
            for a in region.attacks
        ),
    )
    city = _district_attack("v2", "2026-10-16", ("Kabul", "City"))
    city = replace(
        city,
        mentions=tuple(replace(m, gazetteer_id=KABUL) for m in city.mentions),
        attacks=tuple(
            replace(a, locations=tuple(replace(m, gazetteer_id=KABUL) for m in a.locations))
            for a in city.attacks
        ),
    )
    fed = [_fed(x, "dump.json") for x in (region, city)]
    assert len(resolve(fed, background=False).incidents) == 2

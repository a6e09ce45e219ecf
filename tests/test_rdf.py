"""The RDF stage: ontology terms, provenance, IRIs, safety, round-trips, and the networkx projection."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg import ns
from kg.analysis import stats, to_networkx
from kg.model import (
    Claim,
    ClaimStatus,
    Document,
    Entity,
    EntityType,
    Evidence,
    Fact,
    Incident,
    KnowledgeGraph,
    Predicate,
)
from kg.ns import EKG, canonical, mint
from kg.rdf import to_rdf, write_turtle

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
HOSTILE = 'Evil """ > <x> \n</script><script>alert(1)</script>\u202e\x00 Group'

DOC1 = "d1" * 8
DOC2 = "d2" * 8


def _ev(doc: str, index: int, start: int, end: int, sentence: str, confidence: float = 0.9) -> Evidence:
    return Evidence(doc, index, start, end, sentence, "spacy-rules", "0.3.1", confidence)


E_CLAIM = _ev(DOC1, 2, 120, 190, "ISIS-K claimed responsibility for the Crocus City Hall attack.", 0.95)
E_ATTACK = _ev(
    DOC1, 0, 0, 80, "Gunmen killed at least 143 people at Crocus City Hall near Moscow on March 22.", 0.8
)
E_BRANCH = _ev(DOC1, 3, 200, 260, "ISIS-K is the Afghan branch of the Islamic State.", 0.85)
E_SPOKES = _ev(DOC2, 1, 40, 99, "Abu Omar, a spokesman for the Islamic State, said...", 0.7)
E_DENY = _ev(DOC2, 2, 100, 160, "Al-Shabaab denied any role in the Nairobi bombing.", 0.9)
E_SUSPECT = _ev(DOC2, 3, 161, 220, "Officials suspect the Islamic State was behind it.", 0.6)
E_HOSTILE = _ev(DOC2, 4, 221, 300, 'They said """ > \x07\u202e</script> in a sentence\nwith a newline.', 0.5)

GROUP, ORG, PERSON, LOC = EntityType.GROUP, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    """A small hand-made knowledge graph covering every kind of record."""
    entities = (
        Entity(
            "Group:islamic state", GROUP, "Islamic State", ("ISIS", "IS", "Islamic State"), qid="Q2429253"
        ),
        Entity("Group:isis-k", GROUP, "Islamic State Khorasan Province", ("ISIS-K", "IS-K")),
        Entity("Group:al-shabaab", GROUP, "Al-Shabaab", ("al Shabaab",)),
        Entity("Group:hostile", GROUP, HOSTILE, ("alias\u2066 x",)),
        Entity("Person:abu omar", PERSON, "Abu Omar"),
        Entity("Organization:isw", ORG, "Institute for the Study of War", ("ISW",), subtype="ThinkTank"),
        Entity("Organization:weird", ORG, "Weird Org", subtype="City"),  # wrong-branch subtype is ignored
        Entity("Location:moscow", LOC, "Moscow", subtype="City", qid="Q649"),
        Entity("Location:russia", LOC, "Russia", subtype="Country", qid="not a qid>"),
        Entity("Location:crocus city hall", LOC, "Crocus City Hall", subtype="Venue"),
        Entity("Location:nairobi", LOC, "Nairobi", subtype="City"),
    )
    facts = (
        Fact(
            "Group:isis-k", Predicate.AFFILIATE_OF, "Group:islamic state", (E_BRANCH,), subproperty="branchOf"
        ),
        Fact(
            "Person:abu omar", Predicate.AFFILIATED_WITH, "Group:islamic state", (E_SPOKES,), "spokespersonOf"
        ),
        Fact("Location:moscow", Predicate.LOCATED_IN, "Location:russia", (), from_gazetteer=True),
        Fact("Group:hostile", Predicate.RIVAL_OF, "Group:al-shabaab", (E_HOSTILE,), subproperty="evil> <x"),
    )
    incidents = (
        Incident(
            key="attack:2024-03-22|crocus city hall",
            label="Crocus City Hall attack",
            names=("Moscow concert hall attack", "Crocus City Hall attack"),
            evidence=(E_ATTACK,),
            doc_ids=(DOC1,),
            date="2024-03-22",
            locations=("Location:crocus city hall", "Location:moscow"),
            claims=(Claim("Group:isis-k", ClaimStatus.CLAIMED, (E_CLAIM,)),),
            killed=143,
            wounded=100,
            attack_type="armed assault",
        ),
        Incident(
            key="attack:2024-03|nairobi",
            label="Nairobi bombing",
            names=(),
            evidence=(E_DENY,),
            doc_ids=(DOC2,),
            date="2024-03",
            locations=("Location:nairobi",),
            claims=(
                Claim("Group:al-shabaab", ClaimStatus.DENIED, (E_DENY,)),
                Claim("Group:islamic state", ClaimStatus.SUSPECTED, (E_SUSPECT,)),
            ),
            killed=0,
        ),
        Incident(
            key="attack:2023|somewhere",
            label="2023 raid",
            names=(),
            evidence=(E_HOSTILE,),
            doc_ids=(DOC2,),
            date="2023",
            claims=(Claim("Group:hostile", ClaimStatus.ATTRIBUTED, (E_HOSTILE,)),),
        ),
        Incident(
            key="attack:bad date", label="Bad date", names=(), evidence=(), doc_ids=(DOC2,), date="2024-02-30"
        ),
    )
    documents = (
        Document(
            DOC1,
            "text one",
            "Moscow attack",
            "data/moscow.txt",
            dt.date(2024, 3, 23),
            "https://news.example/crocus",
        ),
        Document(
            DOC2,
            "text two",
            'Nairobi "bombing" </title>',
            "data/nairobi.html",
            None,
            "javascript:alert(1) x>y",
        ),
    )
    mentions = {
        DOC1: (
            "Group:islamic state",
            "Group:isis-k",
            "Location:moscow",
            "Location:russia",
            "Location:crocus city hall",
        ),
        DOC2: (
            "Group:islamic state",
            "Group:al-shabaab",
            "Group:hostile",
            "Person:abu omar",
            "Organization:isw",
            "Organization:weird",
            "Location:nairobi",
        ),
    }
    return KnowledgeGraph(documents, entities, facts, incidents, mentions)


@pytest.fixture(scope="module")
def graph(kg: KnowledgeGraph) -> Graph:
    return to_rdf(kg)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY / "ekg.ttl", format="turtle")


def _entity(kg: KnowledgeGraph, key: str) -> URIRef:
    entity = next(e for e in kg.entities if e.key == key)
    return ns.entity_iri(entity.key, entity.type)


def _attack(kg: KnowledgeGraph, label: str) -> URIRef:
    return ns.attack_iri(next(i for i in kg.incidents if i.label == label).key)


# ---------------------------------------------------------------- entities and documents


def test_entities_have_their_class_and_exactly_one_label(kg: KnowledgeGraph, graph: Graph) -> None:
    for entity in kg.entities:
        node = _entity(kg, entity.key)
        assert (node, RDF.type, EKG[entity.type]) in graph
        assert len(list(graph.objects(node, RDFS.label))) == 1


def test_aliases_are_alt_labels_without_the_label(kg: KnowledgeGraph, graph: Graph) -> None:
    node = _entity(kg, "Group:islamic state")
    assert {str(a) for a in graph.objects(node, SKOS.altLabel)} == {"ISIS", "IS"}
    assert graph.value(node, RDFS.label) == Literal("Islamic State")


def test_subtypes_add_a_finer_class_only_within_the_entity_type(kg: KnowledgeGraph, graph: Graph) -> None:
    assert (_entity(kg, "Location:moscow"), RDF.type, EKG.City) in graph
    assert (_entity(kg, "Location:crocus city hall"), RDF.type, EKG.Facility) in graph
    assert (_entity(kg, "Organization:isw"), RDF.type, EKG.ThinkTank) in graph
    assert (_entity(kg, "Organization:weird"), RDF.type, EKG.City) not in graph


def test_wikidata_links_only_for_well_formed_qids(kg: KnowledgeGraph, graph: Graph) -> None:
    moscow = _entity(kg, "Location:moscow")
    assert graph.value(moscow, EKG.wikidata) == Literal("Q649")
    assert graph.value(moscow, SKOS.closeMatch) == URIRef("http://www.wikidata.org/entity/Q649")
    assert graph.value(_entity(kg, "Location:russia"), SKOS.closeMatch) is None
    assert not list(graph.subject_objects(OWL.sameAs))


def test_every_entity_and_attack_is_mentioned_by_a_document(kg: KnowledgeGraph, graph: Graph) -> None:
    mentioned = set(graph.objects(None, EKG.mentions))
    assert {_entity(kg, e.key) for e in kg.entities} <= mentioned
    assert {ns.attack_iri(i.key) for i in kg.incidents} <= mentioned


def test_documents_carry_title_date_source_and_url_as_literal(graph: Graph) -> None:
    doc = ns.document_iri(DOC1)
    assert (doc, RDF.type, EKG.Document) in graph
    assert (doc, RDF.type, ns.SCHEMA.NewsArticle) in graph
    assert graph.value(doc, ns.DCTERMS.date) == Literal("2024-03-23", datatype=XSD.date)
    assert graph.value(doc, ns.DCTERMS.source) == Literal("data/moscow.txt")
    url = graph.value(ns.document_iri(DOC2), ns.SCHEMA.url)
    assert isinstance(url, Literal) and url.datatype == XSD.anyURI


# ---------------------------------------------------------------- attacks


def test_claimed_attack_has_perpetrator_and_claimed_by(kg: KnowledgeGraph, graph: Graph) -> None:
    attack, group = _attack(kg, "Crocus City Hall attack"), _entity(kg, "Group:isis-k")
    assert (attack, EKG.perpetrator, group) in graph
    assert (attack, EKG.claimedBy, group) in graph


def test_attributed_attack_has_perpetrator_and_attributed_to(kg: KnowledgeGraph, graph: Graph) -> None:
    attack, group = _attack(kg, "2023 raid"), _entity(kg, "Group:hostile")
    assert (attack, EKG.perpetrator, group) in graph
    assert (attack, EKG.attributedTo, group) in graph


def test_denied_and_suspected_groups_are_never_perpetrators(kg: KnowledgeGraph, graph: Graph) -> None:
    attack = _attack(kg, "Nairobi bombing")
    shabaab, state = _entity(kg, "Group:al-shabaab"), _entity(kg, "Group:islamic state")
    assert (attack, EKG.deniedBy, shabaab) in graph
    assert (attack, EKG.suspectedPerpetrator, state) in graph
    assert not list(graph.objects(attack, EKG.perpetrator))
    assert not list(graph.objects(attack, EKG.claimedBy))


def test_dates_are_typed_by_precision_and_bad_dates_dropped(kg: KnowledgeGraph, graph: Graph) -> None:
    expected = {
        "Crocus City Hall attack": Literal("2024-03-22", datatype=XSD.date),
        "Nairobi bombing": Literal("2024-03", datatype=XSD.gYearMonth),
        "2023 raid": Literal("2023", datatype=XSD.gYear),
    }
    for label, literal in expected.items():
        assert list(graph.objects(_attack(kg, label), EKG.date)) == [literal]
    assert not list(graph.objects(_attack(kg, "Bad date"), EKG.date))


def test_casualties_are_integers(kg: KnowledgeGraph, graph: Graph) -> None:
    crocus = _attack(kg, "Crocus City Hall attack")
    assert graph.value(crocus, EKG.killed) == Literal(143, datatype=XSD.integer)
    assert graph.value(crocus, EKG.wounded) == Literal(100, datatype=XSD.integer)
    assert graph.value(_attack(kg, "Nairobi bombing"), EKG.killed) == Literal(0, datatype=XSD.integer)


def test_attack_names_and_locations(kg: KnowledgeGraph, graph: Graph) -> None:
    crocus = _attack(kg, "Crocus City Hall attack")
    assert graph.value(crocus, RDFS.label) == Literal("Crocus City Hall attack")
    assert set(graph.objects(crocus, SKOS.altLabel)) == {Literal("Moscow concert hall attack")}
    assert set(graph.objects(crocus, EKG.location)) == {
        _entity(kg, "Location:crocus city hall"),
        _entity(kg, "Location:moscow"),
    }


# ---------------------------------------------------------------- provenance


def _statements_about(graph: Graph, s: URIRef, p: URIRef, o) -> list:
    return [
        st
        for st in graph.subjects(RDF.type, EKG.Statement)
        if (st, RDF.subject, s) in graph and (st, RDF.predicate, p) in graph and (st, RDF.object, o) in graph
    ]


def test_every_plain_fact_has_a_statement_with_evidence(kg: KnowledgeGraph, graph: Graph) -> None:
    for fact in kg.facts:
        s, o = _entity(kg, fact.subject), _entity(kg, fact.object)
        assert (s, EKG[fact.predicate], o) in graph
        [st] = _statements_about(graph, s, EKG[fact.predicate], o)
        status = EKG.Background if fact.from_gazetteer else EKG.Asserted
        assert graph.value(st, EKG.claimStatus) == status
        assert graph.value(st, EKG.confidence).datatype == XSD.decimal
        evidence = set(graph.objects(st, PROV.wasDerivedFrom))
        assert len(evidence) == len(fact.evidence)
        for ev in evidence:
            assert (ev, RDF.type, EKG.Evidence) in graph
            assert graph.value(ev, EKG.inDocument) in {ns.document_iri(DOC1), ns.document_iri(DOC2)}
            for prop in (EKG.sentenceIndex, EKG.startOffset, EKG.endOffset):
                assert graph.value(ev, prop).datatype == XSD.integer
            extractor = graph.value(ev, PROV.wasAttributedTo)
            assert (extractor, RDF.type, EKG.Extractor) in graph
            assert graph.value(extractor, EKG.extractorVersion) == Literal("0.3.1")


def test_statement_confidence_is_the_max_of_its_evidence(kg: KnowledgeGraph, graph: Graph) -> None:
    s, o = _entity(kg, "Group:isis-k"), _entity(kg, "Group:islamic state")
    [st] = _statements_about(graph, s, EKG.affiliateOf, o)
    assert graph.value(st, EKG.confidence) == Literal("0.850", datatype=XSD.decimal)


def test_sub_properties_are_written_beside_the_plain_triple(kg: KnowledgeGraph, graph: Graph) -> None:
    person, state = _entity(kg, "Person:abu omar"), _entity(kg, "Group:islamic state")
    assert (person, EKG.spokespersonOf, state) in graph
    assert (person, EKG.affiliatedWith, state) in graph
    assert (_entity(kg, "Group:isis-k"), EKG.branchOf, state) in graph


def test_every_attack_property_has_a_statement(kg: KnowledgeGraph, graph: Graph) -> None:
    crocus = _attack(kg, "Crocus City Hall attack")
    for p in (EKG.date, EKG.location, EKG.killed, EKG.wounded, EKG.claimedBy):
        for o in graph.objects(crocus, p):
            [st] = _statements_about(graph, crocus, p, o)
            assert list(graph.objects(st, PROV.wasDerivedFrom))
    [claim] = _statements_about(graph, crocus, EKG.claimedBy, _entity(kg, "Group:isis-k"))
    assert graph.value(claim, EKG.claimStatus) == EKG.Claimed
    nairobi = _attack(kg, "Nairobi bombing")
    [denial] = _statements_about(graph, nairobi, EKG.deniedBy, _entity(kg, "Group:al-shabaab"))
    assert graph.value(denial, EKG.claimStatus) == EKG.Denied


# ---------------------------------------------------------------- serialisation and safety


def test_turtle_round_trip_is_isomorphic(graph: Graph) -> None:
    data = graph.serialize(format="turtle")
    assert isomorphic(graph, Graph().parse(data=data, format="turtle"))


def test_output_is_deterministic(kg: KnowledgeGraph) -> None:
    first = to_rdf(kg).serialize(format="turtle")
    assert to_rdf(kg).serialize(format="turtle") == first
    assert "_:" not in first  # no blank nodes


def test_hostile_text_round_trips_safely_and_stays_out_of_iris(kg: KnowledgeGraph, graph: Graph) -> None:
    parsed = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    node = _entity(kg, "Group:hostile")
    label = str(parsed.value(node, RDFS.label))
    assert label == 'Evil """ > <x> </script><script>alert(1)</script> Group'
    sentences = [str(o) for o in parsed.objects(None, EKG.sentenceText)]
    assert 'They said """ > </script> in a sentence\nwith a newline.' in sentences
    for s, p, o in parsed:
        for term in (s, p, o):
            text = str(term)
            assert not any(c in text for c in "\x00\x07\u202e\u2066")
            if isinstance(term, URIRef):
                assert not any(c in text for c in '"<> \n') and "script" not in text
    # the unknown sub-property "evil> <x" made no term at all
    assert not [p for p in parsed.predicates() if "evil" in str(p)]


def test_sentence_text_is_capped() -> None:
    long = _ev(DOC1, 0, 0, 5000, "x" * 5000)
    fact = Fact("Group:a", Predicate.RIVAL_OF, "Group:b", (long,))
    kg = KnowledgeGraph((), (Entity("Group:a", GROUP, "A"), Entity("Group:b", GROUP, "B")), (fact,), ())
    [text] = to_rdf(kg).objects(None, EKG.sentenceText)
    assert len(str(text)) == 2000


def test_dangling_entity_key_names_the_culprit() -> None:
    fact = Fact("Group:a", Predicate.RIVAL_OF, "Group:missing", ())
    kg = KnowledgeGraph((), (Entity("Group:a", GROUP, "A"),), (fact,), ())
    with pytest.raises(ValueError, match="Group:missing"):
        to_rdf(kg)


def test_write_turtle_is_atomic_and_leaves_no_temporary_file(graph: Graph, tmp_path: Path) -> None:
    target = tmp_path / "out" / "graph.ttl"
    write_turtle(graph, target)
    write_turtle(graph, target)  # replacing an existing file
    assert [p.name for p in target.parent.iterdir()] == ["graph.ttl"]
    assert isomorphic(graph, Graph().parse(target, format="turtle"))


def test_write_turtle_gives_the_same_file_whatever_order_the_triples_came_in(
    graph: Graph, tmp_path: Path
) -> None:
    shuffled = Graph()
    for triple in sorted(graph, key=lambda t: tuple(reversed([str(x) for x in t]))):
        shuffled.add(triple)
    first = write_turtle(graph, tmp_path / "a.ttl").read_bytes()
    assert write_turtle(shuffled, tmp_path / "b.ttl").read_bytes() == first
    text = first.decode("utf-8")
    assert text.startswith("@prefix ")
    # Each subject is written once, with its properties under it.
    subjects = [line.split()[0] for line in text.splitlines() if line and not line[0].isspace()]
    subjects = [s for s in subjects if s != "@prefix"]
    assert len(subjects) == len(set(graph.subjects()))


def test_custom_base_is_used_and_validated(kg: KnowledgeGraph) -> None:
    g = to_rdf(kg, base="https://example.org/kg/")
    subjects = {str(s) for s in g.subjects(RDF.type, EKG.Group)}
    assert subjects and all(s.startswith("https://example.org/kg/group/") for s in subjects)
    with pytest.raises(ValueError):
        to_rdf(kg, base="https://example.org/kg> <evil")


# ---------------------------------------------------------------- IRI minting


def test_mint_is_stable_and_ignores_case_and_punctuation() -> None:
    assert mint("group", "Al-Shabaab") == mint("group", "al Shabaab") == mint("group", "AL-SHABAAB")
    assert mint("group", "Hay'at Tahrir al-Sham") == mint("group", "Hay\u2019at Tahrir al-Sham")
    assert mint("group", "\uff29\uff33\uff29\uff33") == mint("group", "ISIS")  # fullwidth
    assert mint("group", "IS\u202eIS") == mint("group", "ISIS")
    assert (
        str(mint("group", "Al-Shabaab")) == "https://w3id.org/extremist-kg/id/group/al-shabaab-jsiplaqgkagkn"
    )


def test_mint_differs_across_kinds_and_names() -> None:
    assert mint("group", "Hamas") != mint("organization", "Hamas")
    assert mint("group", "Hamas") != mint("group", "Hezbollah")


@pytest.mark.parametrize("name", ["", "   ", "!!!", "'\u2019-", "\u202e\x00"])
def test_mint_rejects_names_without_letters_or_digits(name: str) -> None:
    with pytest.raises(ValueError):
        mint("group", name)


def test_mint_rejects_unknown_kinds() -> None:
    with pytest.raises(ValueError):
        mint("weapon", "AK-47")


@pytest.mark.parametrize(
    "name", ["الدولة الإسلامية", "Исламское государство", "x> <y", "a" * 10_000, "\U0001f4a3"]
)
def test_minted_iris_are_always_safe(name: str) -> None:
    try:
        iri = str(mint("group", name))
    except ValueError:
        return  # an emoji alone has no letters: rejected, which is also safe
    local = iri.removeprefix(str(ns.ID))
    assert all(c.isascii() and (c.isalnum() or c in "/:._-#") for c in local)
    assert len(local.split("/", 1)[1]) <= 48 + 1 + 13


def test_canonical_normalises_names() -> None:
    assert canonical("  The  Islamic\tState ") == "the-islamic-state"
    assert canonical("Hay\u2019at") == "hayat"


def test_entity_iri_depends_on_the_key_only() -> None:
    a = ns.entity_iri("Group:islamic state", "Group")
    assert a == ns.entity_iri("Group:islamic state", EntityType.GROUP)
    assert "/group/islamic-state-" in str(a)
    assert a != ns.entity_iri("Location:islamic state", "Location")


# ---------------------------------------------------------------- ontology


def _declared(ontology: Graph, term: URIRef) -> bool:
    kinds = {
        OWL.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        RDF.Property,
        OWL.NamedIndividual,
        RDFS.Datatype,
    }
    return any((term, RDF.type, k) in ontology for k in kinds)


def test_every_ekg_term_in_the_data_is_declared_with_label_and_comment(graph: Graph, ontology: Graph) -> None:
    used = {t for triple in graph for t in triple if isinstance(t, URIRef) and t.startswith(str(EKG))}
    assert used
    for term in used:
        assert _declared(ontology, term), term
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term


def test_ontology_declares_every_namespace_term_and_nothing_else(ontology: Graph) -> None:
    declared = {
        s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(EKG))
    }
    assert declared == {EKG[t] for t in ns.EKG_TERMS}  # keeps ns.EKG and ekg.ttl in step
    for term in declared:
        assert ontology.value(term, RDFS.label) is not None and ontology.value(term, RDFS.comment) is not None


def test_ontology_aligns_upwards_only(ontology: Graph) -> None:
    assert not list(ontology.triples((None, OWL.equivalentClass, None)))
    assert not list(ontology.triples((None, OWL.equivalentProperty, None)))
    assert (EKG.Group, RDFS.subClassOf, EKG.Organization) not in ontology
    assert (EKG.suspectedPerpetrator, RDFS.subPropertyOf, EKG.perpetrator) not in ontology
    assert (EKG.deniedBy, RDFS.subPropertyOf, EKG.perpetrator) not in ontology
    for sub, parent in ns.SUBPROPERTY_PARENT.items():
        assert (EKG[sub], RDFS.subPropertyOf, EKG[parent]) in ontology
    for sub, parent in ns.CLASS_PARENT.items():
        assert (EKG[sub], RDFS.subClassOf, EKG[parent]) in ontology


def test_alignments_parse_and_use_skos_only() -> None:
    g = Graph().parse(ONTOLOGY / "alignments.ttl", format="turtle")
    mappings = set(g.subject_objects(SKOS.exactMatch)) | set(g.subject_objects(SKOS.closeMatch))
    assert (EKG.perpetrator, URIRef("http://www.wikidata.org/entity/P8031")) in mappings
    assert not list(g.triples((None, RDFS.subPropertyOf, None)))


# ---------------------------------------------------------------- scorer compatibility


def _load_scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("kg_eval_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The scorer parses into an rdflib Dataset, which warns about its own deprecated API in rdflib 7.6.
@pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")
def test_scorer_sees_entities_attacks_and_relations(kg: KnowledgeGraph, graph: Graph, tmp_path: Path) -> None:
    score = _load_scorer()
    path = write_turtle(graph, tmp_path / "graph.ttl")
    g = score.load_graph([path], [ONTOLOGY])
    predicted = score.predicted_entities(g)
    for entity in kg.entities:
        assert predicted[_entity(kg, entity.key)]["types"] == {str(entity.type)}
    assert EKG.claimedBy in score.subproperties(g, EKG.perpetrator)
    assert EKG.suspectedPerpetrator not in score.subproperties(g, EKG.perpetrator)

    names = {k: {score.norm(n) for n in (e.label, *e.aliases)} for k, e in ((e.key, e) for e in kg.entities)}
    gold_entities = {
        key: {"types": {str(e.type)}, "names": names[key], "primary": str(e.type)}
        for key, e in ((e.key, e) for e in kg.entities if e.key != "Group:hostile")
    }
    gold_attacks = {
        "crocus": {
            "names": {score.norm("Crocus City Hall attack")},
            "locations": {"Location:moscow"},
            "perpetrators": {"Group:isis-k"},
            "date": "2024-03-22",
            "killed": 143,
            "wounded": 100,
        },
        "nairobi": {
            "names": {score.norm("Nairobi bombing")},
            "locations": {"Location:nairobi"},
            "perpetrators": set(),
            "date": "2024-03",
        },
    }
    gold_relations = {
        ("Group:isis-k", "affiliateOf", "Group:islamic state"),
        ("Person:abu omar", "affiliatedWith", "Group:islamic state"),
        ("Location:moscow", "locatedIn", "Location:russia"),
    }
    result = score.score(g, gold_entities, gold_attacks, gold_relations)
    assert result["entities"]["recall"] == 1.0
    assert result["attacks"]["recall"] == 1.0
    fields = result["attack_fields"]
    for name in ("perpetrator", "date", "location", "killed", "wounded"):
        assert fields[name]["accuracy"] == 1.0, (name, fields[name])
    # Two perpetrator links (ISIS-K claimed, the hostile group attributed on an attack not in this gold);
    # the suspected and the denied group on the Nairobi bombing are not counted as perpetrators.
    assert fields["perpetrator_precision"] == {"correct": 1, "of": 2, "accuracy": 0.5}
    assert result["relations"]["recall"] == 1.0


# ---------------------------------------------------------------- networkx projection and stats


def test_networkx_nodes_carry_label_type_subtype_aliases_and_documents(
    kg: KnowledgeGraph, graph: Graph
) -> None:
    nxg = to_networkx(graph)
    assert nxg.number_of_nodes() == len(kg.entities) + len(kg.incidents)
    state = nxg.nodes[str(_entity(kg, "Group:islamic state"))]
    assert state == {
        "label": "Islamic State",
        "type": "Group",
        "subtype": None,
        "aliases": ["IS", "ISIS"],
        "documents": 2,
    }
    assert nxg.nodes[str(_entity(kg, "Location:moscow"))]["subtype"] == "City"
    crocus = nxg.nodes[str(_attack(kg, "Crocus City Hall attack"))]
    assert (crocus["type"], crocus["date"], crocus["killed"], crocus["wounded"]) == (
        "Attack",
        "2024-03-22",
        143,
        100,
    )


def test_networkx_has_one_edge_per_base_relation_with_the_finest_name(
    kg: KnowledgeGraph, graph: Graph
) -> None:
    nxg = to_networkx(graph)
    crocus, isisk = str(_attack(kg, "Crocus City Hall attack")), str(_entity(kg, "Group:isis-k"))
    edges = nxg.get_edge_data(crocus, isisk)
    assert list(edges) == ["perpetrator"]
    edge = edges["perpetrator"]
    assert (edge["relation"], edge["status"], edge["confidence"]) == ("claimedBy", "Claimed", 0.95)
    assert edge["evidence"] == [
        {
            "sentence": E_CLAIM.sentence,
            "document_title": "Moscow attack",
            "source": "data/moscow.txt",
            "start": 120,
            "end": 190,
        }
    ]
    branch = nxg.get_edge_data(isisk, str(_entity(kg, "Group:islamic state")))
    assert list(branch) == ["affiliateOf"] and branch["affiliateOf"]["relation"] == "branchOf"
    nairobi = str(_attack(kg, "Nairobi bombing"))
    denied = nxg.get_edge_data(nairobi, str(_entity(kg, "Group:al-shabaab")))
    assert list(denied) == ["deniedBy"] and denied["deniedBy"]["status"] == "Denied"
    gazetteer = nxg.get_edge_data(str(_entity(kg, "Location:moscow")), str(_entity(kg, "Location:russia")))
    assert gazetteer["locatedIn"]["status"] == "Background" and gazetteer["locatedIn"]["evidence"] == []


def test_stats_counts_classes_relations_and_top_entities(kg: KnowledgeGraph, graph: Graph) -> None:
    result = stats(graph)
    assert result["classes"] == {
        "Group": 4,
        "Organization": 2,
        "Person": 1,
        "Location": 4,
        "Attack": 4,
        "Document": 2,
    }
    assert result["relations"]["affiliateOf"] == 1
    assert result["relations"]["perpetrator"] == 2
    assert result["relations"]["claimedBy"] == 1
    assert result["relations"]["deniedBy"] == 1
    assert result["triples"] == len(graph)
    top = result["top_entities"]
    assert len(top) == 10 and top[0]["label"] == "Islamic State" and top[0]["degree"] == 3
    assert [t["degree"] for t in top] == sorted((t["degree"] for t in top), reverse=True)

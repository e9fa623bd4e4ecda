from dataclasses import replace

from rdflib import Graph, Literal, namespace
from rdflib.compare import isomorphic

from conftest import SENTENCE, make_kb
from csto_graph.graph.rdf import CSTO, ID, ORG, SCHEMA, canonical_ntriples, date_literal, name_key, to_rdf


def subjects(g, cls):
    return set(g.subjects(namespace.RDF.type, cls))


# ------------------------------------------------------------------- types, literals


def test_people_are_typed_and_named(tiny_kb):
    g = to_rdf(tiny_kb)
    assert subjects(g, SCHEMA.Person) == {ID["person/p-a"], ID["person/p-b"]}
    assert g.value(ID["person/p-a"], SCHEMA.name) == Literal("Ivan Petrov")


def test_people_and_organizations_carry_one_lower_case_key_per_name_and_alias(tiny_kb):
    g = to_rdf(tiny_kb)
    assert set(g.objects(ID["person/p-a"], CSTO.nameKey)) == {Literal("ivan petrov"), Literal("petrov")}
    assert set(g.objects(ID["person/p-b"], CSTO.nameKey)) == {Literal("arman saparov")}
    assert set(g.objects(ID["org/csto-csc"], CSTO.nameKey)) == {Literal("collective security council"),
                                                                Literal("csc")}
    assert not set(g.objects(ID["place/moscow"], CSTO.nameKey))


def test_name_key_is_what_sparql_lcase_gives():
    """The saved queries look a name up by LCASE(STR(?name)): the key must be exactly that."""
    from pyoxigraph import Literal as OxLiteral, Store, Variable

    names = ["Sergey SHOIGU", "Сергей ШОЙГУ", "ОДИССЕЙ ΟΔΥΣΣΕΥΣ", "İlham", "Straße", "Ǆemal"]
    store = Store()
    for name in names:
        answer = store.query("SELECT (LCASE(?x) AS ?key) ?x WHERE {}", substitutions={Variable("x"): OxLiteral(name)})
        assert next(iter(answer))["key"].value == name_key(name), name


def test_rank_and_nationality(tiny_kb):
    g = to_rdf(tiny_kb)
    assert g.value(ID["person/p-a"], CSTO.rank) == Literal("Army General")
    assert g.value(ID["person/p-a"], SCHEMA.nationality) == ID["org/russia"]


def test_organizations_are_typed_by_kind(tiny_kb):
    g = to_rdf(tiny_kb)
    assert ID["org/csto-csc"] in subjects(g, CSTO.Body)
    assert ID["org/russia"] in subjects(g, CSTO.State)
    assert ID["org/csto"] in subjects(g, CSTO.InternationalOrganization)
    assert (ID["org/csto-csc"], ORG.subOrganizationOf, ID["org/csto"]) in g


def test_occupancy_links_person_post_and_organization(tiny_kb):
    g = to_rdf(tiny_kb)
    occ = ID["occupancy/p-b--secretary-general--csto"]
    assert occ in subjects(g, CSTO.Occupancy)
    assert g.value(occ, ORG.member) == ID["person/p-b"]
    assert g.value(occ, ORG.organization) == ID["org/csto"]
    assert g.value(g.value(occ, ORG.role), namespace.SKOS.prefLabel) == Literal("Secretary General")


def test_year_month_evidence_date_is_typed_gyearmonth(tiny_kb):
    g = to_rdf(tiny_kb)
    occ = ID["occupancy/p-b--secretary-general--csto"]
    dates = set(g.objects(occ, CSTO.attestedOn))
    assert dates == {Literal("2021-06", datatype=namespace.XSD.gYearMonth),
                     Literal("2021-12-08", datatype=namespace.XSD.date)}
    assert g.value(occ, CSTO.firstEvidence) == Literal("2021-06", datatype=namespace.XSD.gYearMonth)


def test_date_literal_types():
    assert date_literal("2021-12-08").datatype == namespace.XSD.date
    assert date_literal("2021-06").datatype == namespace.XSD.gYearMonth
    assert date_literal("2021").datatype == namespace.XSD.gYear


def test_event_has_date_place_and_organizer(tiny_kb):
    g = to_rdf(tiny_kb)
    event = ID["event/2021-12-08-session-csc"]
    assert event in subjects(g, CSTO.Session)
    assert g.value(event, SCHEMA.startDate) == Literal("2021-12-08", datatype=namespace.XSD.date)
    assert g.value(event, SCHEMA.location) == ID["place/moscow"]
    assert g.value(event, SCHEMA.organizer) == ID["org/csto-csc"]


def test_participation_carries_the_role(tiny_kb):
    g = to_rdf(tiny_kb)
    part = ID["participation/2021-12-08-session-csc/p-a/chair"]
    assert (ID["event/2021-12-08-session-csc"], CSTO.participation, part) in g
    assert g.value(part, CSTO.agent) == ID["person/p-a"]
    assert g.value(part, CSTO.role) == CSTO.Chair


# ------------------------------------------------------------------------ provenance


def test_every_fact_node_is_derived_from_an_evidence_with_its_sentence(tiny_kb):
    g = to_rdf(tiny_kb)
    nodes = set().union(*(subjects(g, cls) for cls in (SCHEMA.Person, CSTO.Occupancy, SCHEMA.Event,
                                                       CSTO.Participation)))
    assert len(nodes) == 7
    for node in nodes:
        evidence = list(g.objects(node, namespace.PROV.wasDerivedFrom))
        assert evidence, node
        for ev in evidence:
            assert (ev, namespace.RDF.type, CSTO.Evidence) in g
            assert g.value(ev, CSTO.sentence) == Literal(SENTENCE)
            assert g.value(ev, CSTO.sourceFile) == Literal("corpus/x.txt")
            assert g.value(ev, CSTO.charStart) == Literal(0)
            assert g.value(ev, CSTO.charEnd) == Literal(len(SENTENCE))


# --------------------------------------------------------------- serialization, IRIs


def test_canonical_ntriples_is_byte_identical_across_calls(tiny_kb):
    assert canonical_ntriples(to_rdf(tiny_kb)) == canonical_ntriples(to_rdf(tiny_kb))


def test_canonical_ntriples_is_sorted_without_duplicates(tiny_kb):
    lines = canonical_ntriples(to_rdf(tiny_kb)).decode("utf-8").splitlines()
    assert lines == sorted(set(lines))


def test_turtle_round_trip_is_isomorphic(tiny_kb):
    g = to_rdf(tiny_kb)
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert len(back) == len(g)
    assert isomorphic(g, back)


def test_ntriples_round_trip_is_isomorphic(tiny_kb):
    g = to_rdf(tiny_kb)
    back = Graph().parse(data=canonical_ntriples(g), format="nt")
    assert isomorphic(g, back)


def iris(g):
    return {node for triple in g for node in triple if str(node).startswith(str(ID))}


def test_iris_do_not_change_when_the_kb_is_rebuilt():
    assert iris(to_rdf(make_kb())) == iris(to_rdf(make_kb()))


def test_graph_does_not_depend_on_the_order_of_the_kb():
    kb = make_kb()
    reordered = replace(kb, people=kb.people[::-1], organizations=kb.organizations[::-1],
                        occupancies=kb.occupancies[::-1])
    assert canonical_ntriples(to_rdf(reordered)) == canonical_ntriples(to_rdf(kb))


def test_person_iri_comes_from_the_id_not_the_display_name():
    renamed = make_kb(people_names=("Ivan Petrov-Vodkin", "Arman Saparov"))
    assert ID["person/p-a"] in iris(to_rdf(renamed))


def test_a_file_name_that_is_not_utf8_or_holds_a_line_break_is_written_escaped(tiny_kb):
    # issue #14: os.listdir gives such a name surrogate-escaped, which UTF-8 cannot encode
    odd = b"corpus/\xff\xfe.txt".decode("utf-8", "surrogateescape")
    article = tiny_kb.articles[0]
    sources = (replace(article.sources[0], path=odd), replace(article.sources[0], path="corpus/a\nb.txt", start=1))
    kb = replace(tiny_kb, articles=(replace(article, sources=sources),),
                 people=tuple(replace(p, evidence=tuple(replace(e, path=odd) for e in p.evidence))
                              for p in tiny_kb.people))
    data = canonical_ntriples(to_rdf(kb))
    files = {str(o) for o in Graph().parse(data=data.decode("utf-8"), format="nt").objects(None, CSTO.sourceFile)}
    assert files == {"corpus/\\xff\\xfe.txt", "corpus/a\\x0ab.txt"}


def test_a_post_written_two_ways_has_one_label_per_post_node(tiny_kb):
    # "Secretary-General" and "—Secretary General" are one post; "Prime minister" another node
    variants = [replace(tiny_kb.occupancies[1], id=f"p-b--v{k}", role=role)
                for k, role in enumerate(("Secretary-General", "—Secretary General", "Prime minister"))]
    g = to_rdf(replace(tiny_kb, occupancies=(*tiny_kb.occupancies, *variants)))
    labels = {}
    for occ in subjects(g, CSTO.Occupancy):
        post = g.value(occ, ORG.role)
        labels[post] = sorted(str(o) for o in g.objects(post, namespace.SKOS.prefLabel))
    assert all(len(found) == 1 for found in labels.values()), labels
    assert sorted(found[0] for found in labels.values()) == ["Minister of Defense", "Prime minister",
                                                              "Secretary General"]

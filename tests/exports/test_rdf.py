"""jsonld and ttl: the Turtle is loaded with rdflib and asked SPARQL questions whose answers must equal the
store's; the JSON-LD is the same graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bilateral.cli import cli
from bilateral.exports import render

rdflib = pytest.importorskip("rdflib")

PREFIXES = """
PREFIX bl: <https://bilateral.invalid/vocab#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX wd: <http://www.wikidata.org/entity/>
"""


@pytest.fixture
def graph(both_db: Path, tmp_path: Path) -> Any:
    out = tmp_path / "kb.ttl"
    result = CliRunner().invoke(cli, ["export", "--format", "ttl", "--db", str(both_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    g = rdflib.Graph()
    g.parse(out, format="turtle")
    return g


def _q(g: Any, query: str) -> list[tuple[Any, ...]]:
    return [tuple(None if v is None else v.toPython() for v in row) for row in g.query(PREFIXES + query)]


def test_non_resident_missions_and_where_they_are_accredited_from(graph: Any, both_store: Any) -> None:
    rows = _q(
        graph,
        """
        SELECT ?sender ?receiver ?city ?via WHERE {
          ?m a bl:Mission ; bl:resident false ;
             bl:sender/bl:isoCode ?sender ; bl:receiver/bl:isoCode ?receiver ;
             bl:accreditedFrom ?p .
          ?p bl:city ?city ; bl:country/bl:isoCode ?via .
        }""",
    )
    expected = both_store.conn.execute(
        "SELECT sender, receiver, accredited_from_city, accredited_from_country FROM missions WHERE resident = 0"
    ).fetchall()
    assert sorted(rows) == sorted(tuple(r) for r in expected)
    assert ("IS", "LT", "Helsinki", "FI") in rows  # from the bundled Iceland–Lithuania article


def test_facts_per_type_and_evidence(graph: Any, both_store: Any) -> None:
    counts = dict(
        _q(graph, "SELECT ?t (COUNT(?f) AS ?n) WHERE { ?f bl:factType ?t } GROUP BY ?t")  # type: ignore[arg-type]
    )
    stored = both_store.conn.execute(
        "SELECT f.type, count(*) FROM facts f JOIN sources s ON s.id = f.source_id WHERE s.current = 1 GROUP BY 1"
    ).fetchall()
    assert counts == {t: n for t, n in stored}
    ev = _q(
        graph,
        """
        SELECT ?id ?start ?end ?quote ?sha WHERE {
          ?f bl:factId ?id ; bl:evidence ?e .
          ?e bl:start ?start ; bl:end ?end ; bl:quote ?quote ; bl:source/bl:sha256 ?sha .
        }""",
    )
    expected = both_store.conn.execute(
        'SELECT e.fact_id, e.start, e."end", e.quote, s.sha256 FROM evidence e JOIN sources s ON s.id = e.source_id'
        " WHERE s.current = 1"
    ).fetchall()
    assert sorted(ev) == sorted(tuple(r) for r in expected)
    no_evidence = _q(graph, "SELECT ?f WHERE { ?f bl:factType ?t FILTER NOT EXISTS { ?f bl:evidence ?e } }")
    assert no_evidence == []


def test_countries_link_to_wikidata_and_dates_keep_precision(graph: Any, both_store: Any) -> None:
    links = dict(_q(graph, "SELECT ?code ?item WHERE { ?c bl:isoCode ?code ; owl:sameAs ?item }"))  # type: ignore[arg-type]
    assert links["EE"] == "http://www.wikidata.org/entity/Q191"
    assert links["JP"] == "http://www.wikidata.org/entity/Q17"
    assert links["US"] == "http://www.wikidata.org/entity/Q30"
    dates = _q(
        graph,
        """
        SELECT ?id ?edtf ?precision ?earliest ?latest WHERE {
          ?f bl:factType "diplomatic_relations" ; bl:factId ?id ;
             bl:date [ bl:edtf ?edtf ; bl:precision ?precision ; bl:earliest ?earliest ; bl:latest ?latest ] .
        }""",
    )
    stored = both_store.conn.execute(
        "SELECT f.id, json_extract(f.data, '$.date') FROM facts f JOIN sources s ON s.id = f.source_id"
        " WHERE s.current = 1 AND f.type = 'diplomatic_relations' AND json_extract(f.data, '$.date') IS NOT NULL"
    ).fetchall()
    assert {(i, e) for i, e, *_ in dates} == {tuple(r) for r in stored}
    by_edtf = {e: (p, str(lo), str(hi)) for _, e, p, lo, hi in dates}
    assert by_edtf["1991-08"] == ("month", "1991-08-01", "1991-08-31")  # Estonia–Finland, restored
    assert by_edtf["2008-08-29"] == ("day", "2008-08-29", "2008-08-29")


def test_people_and_codes(graph: Any) -> None:
    envoys = _q(
        graph,
        """
        SELECT ?name ?role WHERE { ?f a bl:Office ; bl:person/rdfs:label ?name ; bl:role ?role }""",
    )
    assert ("Vyacheslav Kovalenko", "ambassador") in envoys
    assert ("Kaarel Mets", "charge_d_affaires") in envoys
    coded = _q(
        graph,
        """
        SELECT ?cameo ?src ?dst WHERE {
          ?f a bl:Event ; bl:cameo ?cameo ; bl:cameoSource/bl:isoCode ?src ; bl:cameoTarget/bl:isoCode ?dst .
          ?f bl:location/bl:city "Prague" ; bl:date/bl:edtf "2012" .
        }""",
    )
    assert coded == [("044", "GE", "RU")]  # Georgia and Russia meeting in a third country


def test_jsonld_is_the_same_graph(both_store: Any) -> None:
    from rdflib.compare import isomorphic

    media, name, body = render(both_store, "jsonld", ("RU", "GE"))
    assert media == "application/ld+json" and name == "bilateral-GE-RU.jsonld"
    data = json.loads(body)
    assert "@context" in data
    g1 = rdflib.Graph().parse(data=body.decode("utf-8"), format="json-ld")
    _, _, ttl = render(both_store, "ttl", ("Georgia", "Russia"))
    g2 = rdflib.Graph().parse(data=ttl.decode("utf-8"), format="turtle")
    assert len(g1) == len(g2) > 0
    assert isomorphic(g1, g2)


def test_the_documented_queries_answer(graph: Any) -> None:
    import re

    doc = (Path(__file__).resolve().parents[2] / "docs" / "vocabulary.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sparql\n(.*?)```", doc, re.S)
    assert len(queries) >= 2
    for q in queries:
        assert list(graph.query(q)), q


def test_turtle_made_in_chunks_is_the_same_graph(both_store: Any) -> None:
    from rdflib.compare import isomorphic

    from bilateral.exports import rdf, select

    facts, sources = select.facts(both_store), select.sources(both_store)
    assert len(sources) > 2
    whole = rdflib.Graph().parse(data=rdf.turtle(facts, sources, chunk=10_000).decode(), format="turtle")
    chunked = rdflib.Graph().parse(data=rdf.turtle(facts, sources, chunk=1).decode(), format="turtle")
    assert len(whole) == len(chunked) > 0
    assert isomorphic(whole, chunked)

"""Facts as RDF (Turtle and JSON-LD) with the small vocabulary of ``docs/vocabulary.md``.

Countries are nodes of their own (``id/country/EE``) carrying their ISO code and, when the data table knows it,
``owl:sameAs`` their Wikidata item. Dates are nodes with the EDTF text, the precision and the first and last day.
Every fact links to its evidence (article, section, offsets, quote).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from bilateral.exports import codes as C
from bilateral.exports.data import country_qid
from bilateral.exports.select import Fact, Source
from bilateral.store import countries
from bilateral.store import dates as D
from bilateral.store import facts as F

VOCAB = "https://bilateral.invalid/vocab#"
BASE = "https://bilateral.invalid/id/"
WD = "http://www.wikidata.org/entity/"

CLASSES = {
    "recognition": "Recognition",
    "diplomatic_relations": "DiplomaticRelations",
    "mission": "Mission",
    "office": "Office",
    "event": "Event",
    "agreement": "Agreement",
    "trade": "Trade",
    "investment": "Investment",
    "membership": "Membership",
    "parliamentary_group": "ParliamentaryGroup",
    "cooperation": "Cooperation",
    "see_also": "SeeAlso",
}
COUNTRY_FIELDS = {
    "subject",
    "object",
    "parties",
    "sender",
    "receiver",
    "reporter",
    "partner",
    "investor",
    "recipient",
    "country",
    "concurrent_with",
}
DATE_FIELDS = {"date", "appointed", "credentials", "since", "period", "established", "head_since"}
PLACE_FIELDS = {"location", "accredited_from"}
# contract fields whose property name is not the field's camelCase
RENAMED = {"source": "statisticsSource", "participants": "participant", "institutions": "institution"}
SKIP = {"type", "evidence", "confidence"}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def prop(field: str) -> str:
    return RENAMED.get(field, camel(field))


def precision(edtf: str) -> str:
    """day | month | year | interval | approximate | uncertain | other, from the EDTF text."""
    t = edtf.strip()
    if "/" in t or t.startswith(("[", "{")):
        return "interval"
    if t.endswith("~") or t.endswith("%"):
        return "approximate"
    if t.endswith("?"):
        return "uncertain"
    if re.fullmatch(r"-?\d{4}-\d{2}-\d{2}", t):
        return "day"
    if re.fullmatch(r"-?\d{4}-(0[1-9]|1[0-2])", t):
        return "month"
    if re.fullmatch(r"-?\d{4}", t):
        return "year"
    return "other"


def fact_iri(f: Fact) -> str:
    return f"{BASE}fact/{f.source.sha256[:16]}-{f.seq}"


def source_iri(s: Source) -> str:
    return f"{BASE}source/{s.sha256[:16]}"


def country_iri(code: str) -> str:
    return f"{BASE}country/{code.upper()}"


def person_iri(name: str) -> str:
    return f"{BASE}person/{F.norm_key(name).replace(' ', '-')}"


def graph(facts: Sequence[Fact], sources: Sequence[Source], vocabulary: bool = True) -> Any:
    """An rdflib Graph of the facts, their evidence, their articles and the countries they name (and, with
    ``vocabulary``, the classes of the vocabulary)."""
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

    BL = Namespace(VOCAB)
    g = Graph()
    g.bind("bl", BL)
    g.bind("wd", Namespace(WD))
    g.bind("owl", OWL)
    g.bind("dcterms", DCTERMS)
    g.bind("prov", PROV)
    g.bind("blid", Namespace(BASE))

    if vocabulary:
        g.add((BL["Fact"], RDF.type, RDFS.Class))
        for t, cls in CLASSES.items():
            g.add((BL[cls], RDF.type, RDFS.Class))
            g.add((BL[cls], RDFS.subClassOf, BL["Fact"]))
            g.add((BL[cls], RDFS.label, Literal(t)))

    seen_countries: set[str] = set()

    def country(code: Any) -> Any:
        cc = F.upper(code)
        if not cc:
            return None
        node = URIRef(country_iri(cc))
        if cc not in seen_countries:
            seen_countries.add(cc)
            g.add((node, RDF.type, BL["Country"]))
            g.add((node, BL["isoCode"], Literal(cc)))
            g.add((node, RDFS.label, Literal(countries.name(cc))))
            qid = country_qid(cc)
            if qid:
                g.add((node, OWL.sameAs, URIRef(WD + qid)))
        return node

    def date_node(edtf: str) -> Any:
        node = BNode()
        g.add((node, RDF.type, BL["Date"]))
        g.add((node, BL["edtf"], Literal(edtf)))
        p = precision(edtf)
        g.add((node, BL["precision"], Literal(p)))
        b = D.bounds(edtf)
        if b and b[0] != D.LOW:
            g.add((node, BL["earliest"], Literal(b[0], datatype=XSD.date)))
        if b and b[1] != D.HIGH:
            g.add((node, BL["latest"], Literal(b[1], datatype=XSD.date)))
        typed = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}.get(p)
        if typed is not None:
            g.add((node, BL["value"], Literal(edtf, datatype=typed)))
        return node

    def place(v: Mapping[str, Any]) -> Any:
        node = BNode()
        g.add((node, RDF.type, BL["Place"]))
        city = F.text_of(v.get("city"))
        if city:
            g.add((node, BL["city"], Literal(city)))
        c = country(v.get("country"))
        if c is not None:
            g.add((node, BL["country"], c))
        return node

    def literal(v: Any) -> Any:
        if isinstance(v, bool):
            return Literal(v)
        if isinstance(v, int):
            return Literal(v, datatype=XSD.integer)
        if isinstance(v, float):
            return Literal(repr(v), datatype=XSD.double)
        if isinstance(v, str):
            return Literal(v)
        return Literal(json.dumps(v, ensure_ascii=False), datatype=RDF.JSON)

    for s in sources:
        node = URIRef(source_iri(s))
        g.add((node, RDF.type, BL["Source"]))
        g.add((node, BL["path"], Literal(s.path)))
        if s.title:
            g.add((node, DCTERMS.title, Literal(s.title)))
        g.add((node, BL["sha256"], Literal(s.sha256)))
        if s.format:
            g.add((node, BL["format"], Literal(s.format)))
        g.add((node, BL["revision"], Literal(s.revision, datatype=XSD.integer)))
        g.add((node, BL["ingestedAt"], Literal(s.ingested_at)))
        if s.url:
            g.add((node, BL["url"], URIRef(s.url)))
        for cc in s.dyad or ():
            g.add((node, BL["pair"], country(cc)))

    for f in facts:
        node = URIRef(fact_iri(f))
        src = URIRef(source_iri(f.source))
        g.add((node, RDF.type, BL[CLASSES.get(f.type, "Fact")]))
        g.add((node, BL["factType"], Literal(f.type)))
        g.add((node, RDFS.label, Literal(F.label(f.data))))
        g.add((node, PROV.wasDerivedFrom, src))
        g.add((node, BL["factId"], Literal(f.id, datatype=XSD.integer)))
        conf = f.data.get("confidence")
        if isinstance(conf, int | float) and not isinstance(conf, bool):
            g.add((node, BL["confidence"], Literal(repr(float(conf)), datatype=XSD.double)))
        for key, raw in f.data.items():
            if key in SKIP:
                continue
            v = F.one(raw)
            if v is None:
                continue
            p = BL[prop(key)]
            if key in COUNTRY_FIELDS:
                for item in v if isinstance(v, list) else [v]:
                    c = country(item)
                    if c is not None:
                        g.add((node, p, c))
                continue
            if key in DATE_FIELDS and isinstance(v, str) and v:
                g.add((node, p, date_node(v)))
                continue
            if key in PLACE_FIELDS and isinstance(v, Mapping):
                g.add((node, p, place(v)))
                continue
            if key == "participants" and isinstance(v, list):
                for part in v:
                    pn = BNode()
                    g.add((node, p, pn))
                    g.add((pn, RDF.type, BL["Participant"]))
                    if isinstance(part, Mapping):
                        name = F.text_of(part.get("name"))
                        if name:
                            g.add((pn, BL["name"], Literal(name)))
                            g.add((pn, BL["person"], URIRef(person_iri(name))))
                        if F.text_of(part.get("role")):
                            g.add((pn, BL["role"], Literal(part["role"])))
                        c = country(part.get("country"))
                        if c is not None:
                            g.add((pn, BL["country"], c))
                continue
            if key in ("person", "head") and isinstance(v, str) and v.strip():
                person = URIRef(person_iri(v))
                g.add((node, p, person))
                g.add((person, RDF.type, BL["Person"]))
                g.add((person, RDFS.label, Literal(v)))
                continue
            if key == "value" and isinstance(v, int | float) and not isinstance(v, bool):
                g.add((node, p, Literal(repr(float(v)), datatype=XSD.double)))
                continue
            for item in v if isinstance(v, list) else [v]:
                g.add((node, p, literal(item)))
        if f.type in C.CODED_TYPES:
            c = C.codes(f.data, f.pair)
            if c.cameo:
                g.add((node, BL["cameo"], Literal(c.cameo)))
                g.add((node, BL["cameoLabel"], Literal(c.cameo_label or "")))
            if c.plover:
                g.add((node, BL["plover"], Literal(c.plover)))
            if c.plover_mode:
                g.add((node, BL["ploverMode"], Literal(c.plover_mode)))
            for pr, cc in ((BL["cameoSource"], c.source), (BL["cameoTarget"], c.target)):
                cn = country(cc)
                if cn is not None and (c.cameo or c.plover):
                    g.add((node, pr, cn))
        for i, e in enumerate(f.evidence):
            en = URIRef(f"{fact_iri(f)}/evidence/{i}")
            g.add((node, BL["evidence"], en))
            g.add((en, RDF.type, BL["Evidence"]))
            g.add((en, BL["source"], src))
            if e.get("section") is not None:
                g.add((en, BL["section"], Literal(e["section"])))
            g.add((en, BL["start"], Literal(int(e["start"]), datatype=XSD.integer)))
            g.add((en, BL["end"], Literal(int(e["end"]), datatype=XSD.integer)))
            g.add((en, BL["quote"], Literal(e["quote"])))
    return g


CONTEXT = {
    "bl": VOCAB,
    "blid": BASE,
    "wd": WD,
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
}


def turtle(facts: Sequence[Fact], sources: Sequence[Source], chunk: int = 200) -> bytes:
    """Turtle, made ``chunk`` articles at a time so that a large store never sits in one rdflib graph.

    Turtle documents concatenate (prefixes may be declared again; country nodes repeat the same triples), so
    the output is one valid Turtle document whatever the chunking.
    """
    by_source: dict[int, list[Fact]] = {}
    for f in facts:
        by_source.setdefault(f.source.id, []).append(f)
    srcs = list(sources)
    known = {s.id for s in srcs}
    for f in facts:  # an article a selected fact comes from, not in ``sources``
        if f.source.id not in known:
            known.add(f.source.id)
            srcs.append(f.source)
    parts: list[str] = []
    for i in range(0, max(len(srcs), 1), max(chunk, 1)):
        group = srcs[i : i + max(chunk, 1)]
        fs = [f for s in group for f in by_source.get(s.id, [])]
        parts.append(str(graph(fs, group, vocabulary=i == 0).serialize(format="turtle")))
    return "\n".join(parts).encode("utf-8")


def jsonld(facts: Sequence[Fact], sources: Sequence[Source]) -> bytes:
    text = graph(facts, sources).serialize(format="json-ld", context=CONTEXT, indent=2)
    return str(text).encode("utf-8")

"""Wikidata QuickStatements (version 1, tab-separated) for what Wikidata can hold, each statement referenced.

Written: P530 (diplomatic relation) both ways with P580 (start time) from an ``established`` relations fact;
embassies as new items (CREATE/LAST: P31 Q3917681, P137 operator, P17 country, P131 city when its item is
known, P571 inception when dated); ambassadors as P39 (position held) when the person's and the post's items
are known. Every statement carries a reference: S854 (reference URL) when the article's URL is known, else
S248 (stated in) when an item for the source is given, and S813 (retrieved: the day the article was
ingested). Everything else is listed in the review report with the reason, never dropped silently.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from bilateral.exports import data as W
from bilateral.exports.select import Fact, Source
from bilateral.store import dates as D
from bilateral.store import facts as F

EMBASSY = "Q3917681"
QID = re.compile(r"^Q[1-9]\d*$")
REVIEW_COLUMNS = ("fact_id", "type", "article", "what", "reason", "quote")


@dataclass(frozen=True)
class Options:
    """Where the references point. ``source_url`` is a template with ``{title}`` (the article title as a
    URL path segment) and ``{path}``, for a corpus whose articles all come from one site; ``stated_in`` is the
    QID of the work the articles come from. An article's own ``source.url`` wins over both."""

    source_url: str | None = None
    stated_in: str | None = None
    retrieved: str | None = None  # YYYY-MM-DD; default: the day each article was ingested


@dataclass
class Result:
    lines: list[str] = field(default_factory=list)
    review: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(line + "\n" for line in self.lines)

    def review_tsv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="\t", lineterminator="\n")
        w.writerow(REVIEW_COLUMNS)
        for r in self.review:
            w.writerow(["" if r.get(c) is None else " ".join(str(r[c]).split()) for c in REVIEW_COLUMNS])
        return buf.getvalue()


def qs_date(edtf: Any) -> str | None:
    """An EDTF day, month or year as a QuickStatements time (/11, /10, /9); None for anything else."""
    if not isinstance(edtf, str):
        return None
    t = edtf.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
        return f"+{m.group(1)}-{m.group(2)}-{m.group(3)}T00:00:00Z/11"
    if m := re.fullmatch(r"(\d{4})-(0[1-9]|1[0-2])", t):
        return f"+{m.group(1)}-{m.group(2)}-00T00:00:00Z/10"
    if m := re.fullmatch(r"(\d{4})", t):
        return f"+{m.group(1)}-00-00T00:00:00Z/9"
    return None


def _string(text: str) -> str:
    return '"' + text.replace('"', "'").replace("\t", " ").replace("\n", " ") + '"'


def _precision(edtf: Any) -> int:
    d = qs_date(edtf)
    return int(d.rsplit("/", 1)[1]) if d else 0


class _Writer:
    def __init__(self, options: Options) -> None:
        self.options = options
        self.result = Result()

    def reference(self, s: Source) -> list[str] | None:
        o = self.options
        ref: list[str]
        if s.url:
            ref = ["S854", _string(s.url)]
        elif o.source_url:
            title = quote((s.title or "").replace(" ", "_"), safe="_()'!,-.")
            ref = ["S854", _string(o.source_url.format(title=title, path=quote(s.path)))]
        elif o.stated_in:
            ref = ["S248", o.stated_in]
        else:
            return None
        day = o.retrieved or (s.ingested_at or "")[:10]
        when = qs_date(day)
        if when:
            ref += ["S813", when]
        return ref

    def review(self, f: Fact, what: str, reason: str) -> None:
        self.result.review.append(
            {
                "fact_id": f.id,
                "type": f.type,
                "article": f.source.path,
                "what": what,
                "reason": reason,
                "quote": f.evidence[0]["quote"] if f.evidence else "",
            }
        )

    def statement(self, f: Fact, subject: str, prop: str, value: str, qualifiers: Sequence[str] = ()) -> bool:
        ref = self.reference(f.source)
        if ref is None:
            self.review(
                f,
                f"{subject} {prop} {value}",
                "no reference known for the article: pass --source-url TEMPLATE or --stated-in QID",
            )
            return False
        self.result.lines.append("\t".join([subject, prop, value, *qualifiers, *ref]))
        return True


def build(facts: Sequence[Fact], options: Options | None = None) -> Result:
    options = options or Options()
    if options.stated_in and not QID.match(options.stated_in):
        raise ValueError(f"--stated-in must be a Wikidata item such as Q328, got {options.stated_in!r}")
    w = _Writer(options)
    relations = [f for f in facts if f.type == "diplomatic_relations"]
    _relations(w, relations)
    _embassies(w, [f for f in facts if f.type == "mission"])
    for f in facts:
        if f.type == "office":
            _office(w, f)
        elif f.type not in ("diplomatic_relations", "mission"):
            w.review(f, F.label(f.data), f"Wikidata has no statement here for a {f.type} fact")
    return w.result


def _relations(w: _Writer, facts: Sequence[Fact]) -> None:
    """P530 both ways per pair: with P580 from the most precise 'established' fact; without P580 when the
    pair has only restored/upgraded facts; none when the pair's latest dated event is a severance."""
    by_pair: dict[tuple[str, str], list[Fact]] = {}
    for f in facts:
        if f.pair is None:
            w.review(f, F.label(f.data), "the two states are not known")
            continue
        by_pair.setdefault(f.pair, []).append(f)
    for (a, b), group in by_pair.items():
        dated = sorted((D.year_of(F.one(f.get("date"))) or 0, f.id, f) for f in group if F.one(f.get("date")))
        if dated and F.one(dated[-1][2].get("event")) == "severed":
            for f in group:
                w.review(f, F.label(f.data), "the relations were last severed; no P530 written for the pair")
            continue
        established = [f for f in group if F.one(f.get("event")) == "established"]
        chosen = max(established, key=lambda f: _precision(f.get("date")), default=None)
        base = chosen or next((f for f in group if F.one(f.get("event")) in ("restored", "upgraded")), None)
        for f in group:
            event = F.one(f.get("event"))
            if f is base:
                if chosen is None:
                    w.review(f, F.label(f.data), "P530 written without P580: only an 'established' date is a start")
                continue
            if base is None:
                reason = f"no P530 written: a {event} event alone does not say the relations stand"
            elif event == "established":
                reason = "the same relation is written from a fact with a date as precise or more"
            else:
                reason = f"a {event} event is not expressed (P530 holds the relation itself)"
            w.review(f, F.label(f.data), reason)
        if base is None:
            continue
        qa, qb = W.country_qid(a), W.country_qid(b)
        if not qa or not qb:
            missing = " and ".join(c for c, q in ((a, qa), (b, qb)) if not q)
            w.review(base, F.label(base.data), f"no Wikidata item known for {missing} (data/wikidata_countries.tsv)")
            continue
        qual: list[str] = []
        date = F.one(base.get("date")) if chosen is not None else None
        if date:
            t = qs_date(date)
            if t:
                qual = ["P580", t]
            else:
                w.review(base, f"P580 {date}", "the date is not a day, month or year; P530 written without P580")
        w.statement(base, qa, "P530", qb, qual)
        w.statement(base, qb, "P530", qa, qual)


def _embassies(w: _Writer, facts: Sequence[Fact]) -> None:
    """One new item per open resident embassy (sender, receiver, city); the same embassy told twice is one
    item, dated by its most precise fact; an embassy any fact says is closed is not written."""
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for f in facts:
        d = f.data
        sender, receiver = F.upper(d.get("sender")), F.upper(d.get("receiver"))
        kind, city = F.one(d.get("kind")), F.text_of(d.get("city"))
        what = F.label(d)
        if kind != "embassy":
            w.review(f, what, f"only embassies are written (no item class chosen for {kind})")
            continue
        if d.get("resident") is False:
            w.review(f, what, "a non-resident accreditation is no embassy item of its own")
            continue
        if not sender or not receiver or not city:
            w.review(f, what, "sender, receiver and city are all needed for an embassy item")
            continue
        groups.setdefault((sender, receiver, F.norm_key(city)), []).append(f)
    for (sender, receiver, _), group in groups.items():
        statuses = {F.one(f.get("status")) or "open" for f in group}
        if statuses != {"open"}:
            for f in group:
                status = F.one(f.get("status")) or "open"
                w.review(
                    f,
                    F.label(f.data),
                    f"the embassy is {'/'.join(sorted(statuses - {'open'}))}; not written"
                    if status == "open"
                    else f"the embassy is {status}; only open embassies are written",
                )
            continue
        f = max(group, key=lambda x: (_precision(x.get("date")), -x.id))
        for other in group:
            if other is not f:
                w.review(other, F.label(other.data), f"the same embassy is written from fact {f.id}")
        d, what = f.data, F.label(f.data)
        city = F.text_of(d.get("city")) or ""
        qs, qr = W.country_qid(sender), W.country_qid(receiver)
        if not qs or not qr:
            w.review(f, what, "no Wikidata item known for the sending or receiving state")
            continue
        if w.reference(f.source) is None:
            w.review(f, what, "no reference known for the article: pass --source-url TEMPLATE or --stated-in QID")
            continue
        lines = w.result.lines
        lines.append("CREATE")
        lines.append(f"LAST\tLen\t{_string(f'Embassy of {W.country_label(sender)}, {city}')}")
        lines.append(f"LAST\tDen\t{_string(f'embassy of {W.country_label(sender)} in {W.country_label(receiver)}')}")
        w.statement(f, "LAST", "P31", EMBASSY)
        w.statement(f, "LAST", "P137", qs)
        w.statement(f, "LAST", "P17", qr)
        qc = W.city_qid(city, receiver)
        if qc:
            w.statement(f, "LAST", "P131", qc)
        else:
            w.review(f, f"P131 {city}", "no Wikidata item known for the city (data/wikidata_cities.tsv); P131 omitted")
        date = F.one(d.get("date"))
        if date:
            t = qs_date(date)
            if t:
                w.statement(f, "LAST", "P571", t)
            else:
                w.review(f, f"P571 {date}", "the date is not a day, month or year; inception omitted")


def _office(w: _Writer, f: Fact) -> None:
    d = f.data
    person, role = F.person_name(d.get("person")), F.one(d.get("role"))
    what = F.label(d)
    if role != "ambassador":
        w.review(f, what, f"only ambassadors are written as P39 (role {role})")
        return
    sender, receiver = F.upper(d.get("sender")), F.upper(d.get("receiver"))
    qp = W.person_qids().get(F.norm_key(person)) if person else None
    post = W.position_qids().get(("ambassador", sender or "", receiver or ""))
    if not qp or not post:
        missing = [x for x, q in (("the person", qp), ("the post", post)) if not q]
        w.review(f, what, f"listed for review: no Wikidata item known for {' and '.join(missing)}")
        return
    start = next((F.one(d.get(k)) for k in ("credentials", "appointed", "since") if F.one(d.get(k))), None)
    qual: list[str] = []
    if start:
        t = qs_date(start)
        if t:
            qual = ["P580", t]
        else:
            w.review(f, f"P580 {start}", "the date is not a day, month or year; P39 written without P580")
    w.statement(f, qp, "P39", post, qual)


def options_from(mapping: Mapping[str, Any] | None) -> Options:
    m = dict(mapping or {})
    return Options(m.get("source_url"), m.get("stated_in"), m.get("retrieved"))

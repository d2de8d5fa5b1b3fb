"""Trade: figures of goods trade between the two states, from tables and from sentences.

Tables: a header with a period column and flow columns (import, export, turnover / total trade / volume,
"exports to X"); one fact per filled cell (a ``-`` or empty cell is no fact). The unit comes from the caption,
header or a note row ("(million US dollars)", "in thousand USD"); none stated means ``unit: null``. The
reporter is the state whose statistics these are: "as recorded by X" or "X's statistics" in a note, else the
caption's possessive ("Kazakhstan's trade with …") or its first state. Periods are read from the first cell
("2024", "January–November 2024", "2017–18" in a financial-year table, "1st quarter" with the caption's year).
Each row's import + export is checked against its turnover; a mismatch is a note, not a failure.

Sentences: every money amount in a sentence about trade (trade, turnover, exports, imports) is one figure.
Its flow is the flow word nearest before it in its stretch of the sentence (else the one right after:
"$35.5 million of exports"); its direction from the words around the flow ("Georgian exports to Estonia",
"imports from Estonia", "exports from Kazakhstan", "import volume of Azerbaijan", "X's trade with Y"); its
period from the nearest date, else the last period given in the paragraph. An amount with a scale but no
currency ("exports of 13.7 million") takes the currency of the sentence's other amounts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bilateral import gazetteer
from bilateral.document.model import Row, Table, Unit
from bilateral.extract import common, numbers
from bilateral.extract import dates as dates_mod
from bilateral.extract.base import Context, Fact

_TRADE_WORDS = re.compile(
    r"\b(?:trade|turnover|exports?|imports?|exported|imported|deliveries|shipments|sales|sold|shipped|purchases)\b",
    re.I,
)
_INVEST = re.compile(r"\binvest", re.I)
_FLOW_WORDS = (
    # (a state's "purchases" are its imports: "… made up US$120 million of Peru's purchases that year")
    ("import", re.compile(r"\bimport(?:s|ed|ing)?\b|(?<=['’]s\s)purchases\b", re.I)),
    # (goods "sold to" or "shipped to" the other state, its "sales of fertilisers to" it: exports)
    (
        "export",
        re.compile(
            r"\bexport(?:s|ed|ing)?\b|\bdeliveries\b|\bshipments\b|\b(?:sold|shipped)(?=\s+(?:to|in)\s)"
            r"|\bsales(?=\s+(?:of\s+(?:[\w\-]+\s+){1,3})?to\s)"
            # (and a state's own "sales": "Chad's sales in 2005 were almost all cotton")
            r"|(?<=['’]s\s)sales\b",
            re.I,
        ),
    ),
    (
        "turnover",
        re.compile(
            r"\b(?:turnover|trade|(?<!import )(?<!export )(?<!imports )(?<!exports )volume|totall?ed|total)\b", re.I
        ),
    ),
)
_HEADER_FLOWS = (
    ("import", re.compile(r"\bimports?\b", re.I)),
    ("export", re.compile(r"\bexports?\b", re.I)),
    ("turnover", re.compile(r"\b(?:turnover|total|trade|volume)\b", re.I)),
)
_PERIOD_HEAD = re.compile(r"\b(?:year|period|quarter|month|date|fy)\b", re.I)
_RECORDED = re.compile(
    r"\b(?:as\s+)?(?:recorded|reported|published)\s+by\s+(?P<x>.+)$|(?P<y>\S+(?:'s|’s))\s+statistics", re.I
)
_SOURCE = re.compile(r"^\s*(?:source[s]?\s*:|extracted\s+from|data\s*:|according\s+to)\s*(?P<src>.+?)\s*\.?\s*$", re.I)
_PAREN_SOURCE = re.compile(r"\(([^()]*\b(?:statistic|bureau|office|ministry|agency|committee|bank)\w*[^()]*)\)", re.I)


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    facts: list[Fact] = []
    for table in ctx.doc.tables:
        facts.extend(_from_table(ctx, table))
    facts.extend(_from_text(ctx))
    return facts


# ------------------------------------------------------------------------------------------------ tables


def _table_texts(ctx: Context, table: Table) -> tuple[str, list[str], list[str]]:
    caption = ctx.doc.plain_of(table.caption).strip(" |") if table.caption else _caption_above(ctx, table)
    header = [ctx.doc.plain_of(c).strip() for c in table.header.cells] if table.header else []
    notes = [" ".join(ctx.doc.plain_of(n).replace("|", " ").split()) for n in table.notes]
    after = _note_after(ctx, table)
    if after:
        notes.append(after)
    return " ".join(caption.replace("|", " ").split()), header, notes


_TOTAL_HEAD = re.compile(r"(?i)(?:the\s+)?(?:total|all(?:\s+goods)?|overall|sum)")
_NOTE_LINE = re.compile(r"^\s*(?:notes?|sources?|figures|data|values|amounts|all\s+figures)\b", re.I)


def _caption_above(ctx: Context, table: Table) -> str:
    """A short line right above a table with no caption of its own ("Trade between Estonia and Portugal (million
    euros, Statistics Estonia)" over the header row) is its caption."""
    first = table.header.unit if table.header else (table.rows[0].unit if table.rows else None)
    if first is None or first.index <= 0:
        return ""
    prev = ctx.doc.units[first.index - 1]
    if prev.kind != "sentence" or prev.section != first.section or ctx.doc.text[prev.end : first.start].count("\n") > 1:
        return ""
    text = ctx.doc.plain_of(prev)
    return text if len(text) < 200 and numbers.parse_unit(text) else ""


def _note_after(ctx: Context, table: Table) -> str | None:
    """The sentence right below a table that says what its figures are ("Note: rounded figures in million US
    dollars, from Peruvian trade statistics." after the last row), read as one of the table's notes."""
    last = table.rows[-1].unit if table.rows else None
    if last is None or last.index < 0 or last.index + 1 >= len(ctx.doc.units):
        return None
    nxt = ctx.doc.units[last.index + 1]
    if nxt.kind != "sentence" or nxt.section != last.section or ctx.doc.text[last.end : nxt.start].count("\n") > 1:
        return None
    text = ctx.doc.plain_of(nxt)
    return text if _NOTE_LINE.match(text) and len(text) < 300 else None


def _reporter(ctx: Context, caption: str, notes: list[str]) -> str | None:
    assert ctx.dyad
    for text in [*notes, caption]:
        m = _RECORDED.search(text)
        if m:
            code = _first_state(ctx, m.group("x") or m.group("y") or "")
            if code:
                return code
    m = re.search(r"(\S+)(?:'s|’s)\s+(?:\w+\s+){0,2}(?:trade|exports?|imports?|turnover)", caption, re.I)
    if m:
        code = gazetteer.country_code(m.group(1))
        if code in ctx.dyad:
            return code
    for text in (caption, *notes):
        code = _first_state(ctx, text)
        if code:
            return code
    return ctx.dyad[0]


def _header_direction(ctx: Context, header: str, flow: str) -> tuple[str, str] | None:
    """(reporter, partner) a flow column's header states: "Exports to X" and "Imports from X" are the other
    state's; "Export from X", "Import to X", "X exports", "X's imports", "Austrian exports" are X's."""
    assert ctx.dyad
    if flow == "turnover":
        return None
    if flow == "export" and (pair := _state_to_state(ctx, header)):
        return pair
    m = re.search(r"\b(?:exports?|imports?)\s+(?P<prep>to|from|into|of)\s+(?:the\s+)?(?P<x>.+)$", header, re.I)
    if m:
        code = _first_state(ctx, m.group("x"))
        if code:
            prep = m.group("prep").lower()
            # the reporter is the state whose exports/imports these are
            own = (flow == "export" and prep in ("from", "of")) or (flow == "import" and prep in ("to", "into", "of"))
            reporter = code if own else ctx.other(code)
            return (reporter, ctx.other(reporter)) if reporter else None
    m = re.search(r"^(?P<x>.+?)(?:'s|’s)?\s+(?:\w+\s+)?(?:exports?|imports?)\b", header, re.I)
    if m:
        code = _first_state(ctx, m.group("x"))
        if code:
            other = ctx.other(code)
            return (code, other) if other else None
    return None


_X_TO_Y = re.compile(
    r"^\s*(?:(?:exports?|goods|sales)\s+)?(?:from\s+)?(?P<a>[^()]+?)\s+(?:to|→|->|into)\s+(?P<b>[^()]+?)\s*$", re.I
)


def _state_to_state(ctx: Context, header: str) -> tuple[str, str] | None:
    """(exporter, importer) of a column headed by the two states of the pair: "China to Tanzania", "From Chile to
    China", "Exports from Japan into Peru"."""
    m = _X_TO_Y.match(header)
    if not m:
        return None
    a, b = _first_state(ctx, m.group("a")), _first_state(ctx, m.group("b"))
    return (a, b) if a and b and a != b and {a, b} == set(ctx.dyad or ()) else None


def _first_state(ctx: Context, text: str) -> str | None:
    for m in gazetteer.find_countries(text):
        if m.code in (ctx.dyad or ()):
            return m.code
    return None


def _source(caption: str, notes: list[str]) -> str | None:
    for n in notes:
        m = _SOURCE.match(n)
        if m:
            return m.group("src").strip()
    m = _PAREN_SOURCE.search(caption)
    if m:
        # "(billion US dollars, rounded; Indian Ministry of Commerce)": the part that is no unit nor a remark
        # (or a comma: "(million euros, Statistics Estonia)")
        parts = [p.strip() for p in re.split(r"[;,]", m.group(1))]
        named = [
            p for p in parts if p and not numbers.parse_unit(p) and not re.search(r"\b(?:rounded|estimates?)\b", p)
        ]
        return named[-1] if named else (None if len(parts) > 1 else m.group(1).strip())
    return None


def _from_table(ctx: Context, table: Table) -> list[Fact]:
    assert ctx.dyad
    if not table.rows:
        return []
    if table.header is None:
        # a first row of years over rows of flows ("| Flow | 2021 | 2022 |"): the reader kept it as data
        caption, _, notes = _table_texts(ctx, table)
        first = [ctx.doc.plain_of(c).strip() for c in table.rows[0].cells]
        unit = next((u for text in (caption, *notes) if (u := numbers.parse_unit(text))), None)
        return _from_transposed(ctx, table, caption, first, notes, unit, table.rows[0], table.rows[1:])
    caption, header, notes = _table_texts(ctx, table)
    flows: dict[int, str] = {}
    commodities: dict[int, str] = {}
    above = [ctx.doc.plain_of(c).strip() for c in table.header_above.cells] if table.header_above else []
    if len(above) == len(header):
        # two header rows, a flow spanning the kinds under it ("Exports" over "Khat | Total"): each column is the
        # flow above with the kind below, a commodity unless it is the total
        for i, (up, h) in enumerate(zip(above, header, strict=True)):
            total = _TOTAL_HEAD.fullmatch(h) is not None
            if up == h or not any(rx.search(up) for _, rx in _HEADER_FLOWS):
                continue
            if any(rx.search(h) for _, rx in _HEADER_FLOWS) and not total:
                continue
            if not total:
                commodities[i] = h.lower()
            header[i] = up
    period_col = 0
    for i, h in enumerate(header):
        if _PERIOD_HEAD.search(h) and i not in flows:
            period_col = i
            continue
        if re.search(r"\b(?:balance|surplus|deficit|share|growth|change)\b|%", h, re.I):
            continue  # "Trade balance", "Share of exports (%)": not a flow's level
        for flow, rx in _HEADER_FLOWS:
            if rx.search(h):
                flows[i] = flow
                break
        else:
            if _state_to_state(ctx, h):
                flows[i] = "export"  # "China to Tanzania": the goods one state sells the other
    unit = None
    for text in (caption, *header, *notes):
        unit = numbers.parse_unit(text)
        if unit:
            break
    if not flows:
        return _from_transposed(ctx, table, caption, header, notes, unit, table.header, table.rows)
    reporter = _reporter(ctx, caption, notes)
    partner = ctx.other(reporter) if reporter else None
    directions = {col: d for col, flow in flows.items() if (d := _header_direction(ctx, header[col], flow))}
    source = _source(caption, notes)
    # (the period column's own head may say it: "Financial year")
    # (whose fiscal year: the reporter the flow columns name, when they agree — "India's exports", "India's imports")
    said = {d[0] for d in directions.values()}
    periods = [ctx.doc.plain_of(r.cells[period_col]).strip() for r in table.rows if period_col < len(r.cells)]
    fiscal = _fiscal_start(
        caption, [header[period_col], *notes], said.pop() if len(said) == 1 else reporter, [p for p in periods if p]
    )
    year_ctx = dates_mod.DateContext()
    year_ctx.update(dates_mod.find_dates(caption))
    facts = []
    for row in table.rows:
        cells = [ctx.doc.plain_of(c).strip() for c in row.cells]
        if period_col >= len(cells):
            continue
        period = dates_mod.parse_date(cells[period_col], year_ctx, fiscal_start_month=fiscal)
        if period is None:
            continue
        values: dict[str, float] = {}
        for col, flow in flows.items():
            if col >= len(cells):
                continue
            value = numbers.parse_number(cells[col])
            if value is None:
                continue
            values[flow] = value
            rep, par = directions.get(col) or (reporter, partner)
            facts.append(
                Fact(
                    "trade",
                    {
                        "reporter": rep,
                        "partner": par,
                        "flow": flow,
                        "period": period,
                        "value": value,
                        "unit": unit,
                        "unit_inferred": False,
                        "approximate": False,
                        "commodity": commodities.get(col),
                        "source": source,
                    },
                    [row.unit],
                    0.95,
                )
            )
        _check_row(ctx, row.unit, values)
    return facts


def _from_transposed(
    ctx: Context,
    table: Table,
    caption: str,
    header: list[str],
    notes: list[str],
    unit: str | None,
    head: Row,
    data: list[Row],
) -> list[Fact]:
    """A table with the periods as columns and the flows as rows ("| Flow | 2021 | 2022 |", "| Exports | 410 |
    455 |"). A row or note holding only a unit ("| million EUR | | |") gives the unit when the caption does not.
    Each fact's evidence is its row and the row of the periods."""
    fiscal = dates_mod.detect_fiscal_start(caption + " " + " ".join(notes))
    year_ctx = dates_mod.DateContext()
    year_ctx.update(dates_mod.find_dates(caption))
    periods = {
        i: p for i, h in enumerate(header) if i and (p := dates_mod.parse_date(h, year_ctx, fiscal_start_month=fiscal))
    }
    if not periods:
        return []
    rows = [(row, [ctx.doc.plain_of(c).strip() for c in row.cells]) for row in data]
    if unit is None:
        lone = [cells[0] for _, cells in rows if cells and not any(cells[1:])] + notes
        unit = next((u for text in lone if (u := numbers.parse_unit(text.strip(" |")))), None)
    reporter = _reporter(ctx, caption, notes)
    partner = ctx.other(reporter) if reporter else None
    source = _source(caption, notes)
    facts = []
    by_period: dict[str, dict[str, float]] = {}
    for row, cells in rows:
        if not cells or re.search(r"\b(?:balance|surplus|deficit|share|growth|change)\b|%", cells[0], re.I):
            continue
        flow = next((f for f, rx in _HEADER_FLOWS if rx.search(cells[0])), None)
        if flow is None:
            continue
        rep, par = _header_direction(ctx, cells[0], flow) or (reporter, partner)
        # the row's own label may carry the unit: "Dutch exports to Indonesia (€ million)"
        row_unit = unit or numbers.parse_unit(cells[0])
        for col, period in periods.items():
            value = numbers.parse_number(cells[col]) if col < len(cells) else None
            if value is None:
                continue
            by_period.setdefault(period, {})[flow] = value
            fields = {
                "reporter": rep,
                "partner": par,
                "flow": flow,
                "period": period,
                "value": value,
                "unit": row_unit,
                "unit_inferred": False,
                "approximate": False,
                "commodity": None,
                "source": source,
            }
            facts.append(Fact("trade", fields, [row.unit, head.unit], 0.9))
    for values in by_period.values():
        _check_row(ctx, head.unit, values)
    return facts


def _fiscal_start(
    caption: str, notes: list[str], reporter: str | None, periods: list[str] | None = None
) -> int | None:
    """The month the table's years start in: as the caption or notes say ("financial year (April–March)"), else,
    for a table "by financial year", the reporter's own fiscal year (data/fiscal_years.tsv); a table whose periods
    are all split years ("2020–21", "2021–22") is by financial year too."""
    text = caption + " " + " ".join(notes)
    said = dates_mod.detect_fiscal_start(text)
    if said is not None or reporter is None:
        return said
    split = bool(periods) and all(_SPLIT_YEAR.fullmatch(p) for p in periods or [] if p)
    if not split and not re.search(r"\b(?:fiscal|financial)\s+years?\b", text, re.I):
        return None
    return _fiscal_months().get(reporter)


_SPLIT_YEAR = re.compile(r"(?:FY\s*)?\d{4}\s*[–\-/]\s*\d{2}")


@lru_cache(maxsize=1)
def _fiscal_months() -> dict[str, int]:
    return {r["country"]: int(r["month"]) for r in gazetteer.read_table("fiscal_years.tsv")}


def _check_row(ctx: Context, unit: Unit, values: dict[str, float]) -> None:
    if {"import", "export", "turnover"} <= values.keys():
        total = values["import"] + values["export"]
        tolerance = max(0.15, 0.002 * abs(values["turnover"]))
        if abs(total - values["turnover"]) > tolerance:
            ctx.note(
                unit,
                f"import {values['import']} + export {values['export']} = {total:g}, "
                f"but the row gives turnover {values['turnover']}",
            )


# ------------------------------------------------------------------------------------------------ text


def _amounts(s: str) -> list[numbers.Amount]:
    money = numbers.find_amounts(s)
    currency = next((a.currency for a in money if a.currency), None)
    found = list(money)
    if currency:
        for q in numbers.find_quantities(s):
            if any(a.start <= q.start < a.end or q.start <= a.start < q.end for a in money):
                continue
            unit = f"{q.scale} {currency}" if q.scale else currency
            found.append(
                numbers.Amount(
                    q.start,
                    q.end,
                    q.value,
                    unit,
                    currency,
                    q.scale,
                    q.approximate,
                    q.qualifier,
                    q.warnings,
                    q.text,
                )
            )
    return sorted(found, key=lambda a: a.start)


def _scopes(s: str, amounts: list[Any]) -> list[tuple[int, int]]:
    out = []
    for i, a in enumerate(amounts):
        lo = amounts[i - 1].end if i else 0
        cut = [m.end() for m in re.finditer(r";|:\s", s[lo : a.start])]
        if cut:
            lo += cut[-1]
        hi = amounts[i + 1].start if i + 1 < len(amounts) else len(s)
        out.append((lo, hi))
    return out


def _flow(s: str, a: numbers.Amount, lo: int, hi: int) -> tuple[str | None, int, int]:
    """The flow of amount ``a`` and the span of the words that say it."""
    of = re.match(r"\s*(?:worth\s+)?of\s+(?:\w+\s+){0,2}?(import|export)s?\b", s[a.end : hi], re.I)
    if of:
        return of.group(1).lower(), a.end + of.start(1), a.end + of.end(1)
    best: tuple[str | None, int, int] = (None, -1, -1)
    directed: dict[str, tuple[str, int, int]] = {}
    for flow, rx in _FLOW_WORDS:
        for m in rx.finditer(s, lo, a.start):
            if m.start() > best[1]:
                best = (flow, m.start(), m.end())
            if flow != "turnover":
                directed[flow] = (flow, m.start(), m.end())
    if best[0] in ("import", "export"):
        return best
    summing = re.fullmatch(r"totall?ed|total|volume", s[best[1] : best[2]], re.I)
    if best[0] == "turnover" and len(directed) == 1 and summing:
        # "Chile's exports to New Zealand totalled $250 million": the verb sums one flow, it is no turnover
        return next(iter(directed.values()))
    # "$35.5 million of exports": a flow word right after the amount overrides a generic "trade" before
    after = re.match(r"^\s*(?:worth\s+)?(?:of\s+)?(?:\w+\s+){0,2}?(import|export)s?\b", s[a.end : hi], re.I)
    if after:
        return after.group(1).lower(), a.end + after.start(1), a.end + after.end(1)
    if best[0] is None:
        # "the two nations had $9 billion in trade": the flow named right after the amount
        in_trade = re.match(
            r"\s*(?:worth\s+)?(?:in|of)\s+(?:(?:bilateral|two-way|mutual|total|annual)\s+)?(trade|turnover)\b",
            s[a.end : hi],
            re.I,
        )
        if in_trade:
            return "turnover", a.end + in_trade.start(1), a.end + in_trade.end(1)
        # "$23 million worth of goods were imported from Spain": the verb after the amount
        stop = re.compile(r"[;:)]").search(s, a.end, hi)
        for flow, rx in _FLOW_WORDS[:2]:
            m = rx.search(s, a.end, stop.start() if stop else hi)
            if m:
                return flow, m.start(), m.end()
    return best


def _direction(ctx: Context, s: str, flow: str, fs: int, fe: int, default: str) -> tuple[str, str]:
    """(reporter, partner) for a flow word at [fs, fe)."""
    assert ctx.dyad
    before = re.split(r"[,;:]", s[max(0, fs - 40) : fs])[-1]
    after = s[fe : fe + 40]
    actor = None
    m = re.search(r"(\S+?)(?:'s|’s)?\s+(?:\w+\s+){0,2}$", before)
    if m:
        for c in gazetteer.find_countries(before[m.start() :]):
            if c.code in ctx.dyad:
                actor = c.code
    fm = re.match(r"^\s*(?:volume\s+)?(from|to|of|into|with)\s+(?:the\s+)?([^,;.]{2,40})", after, re.I)
    if fm:
        code = _first_state(ctx, fm.group(2))
        prep = fm.group(1).lower()
        if code:
            if flow == "import" and prep == "from":
                return ctx.other(code) or default, code
            if flow == "export" and prep == "from":
                return code, ctx.other(code) or default
            if prep in ("to", "into", "with"):
                reporter = actor if actor and actor != code else ctx.other(code) or default
                return reporter, code
            if prep == "of" and gazetteer.find_countries(fm.group(2))[0].start == 0:
                return code, ctx.other(code) or default
            if prep == "of":
                # "imports of goods from China": the state after a later "from"/"to"
                later = re.match(r"[^,;.]*?\b(from|to|into)\s+(?:the\s+)?([^,;.]{2,40})", fm.group(2), re.I)
                other = _first_state(ctx, later.group(2)) if later else None
                if later and other:
                    if flow == "import" and later.group(1).lower() == "from":
                        return ctx.other(other) or default, other
                    if flow == "export" and later.group(1).lower() in ("to", "into"):
                        return ctx.other(other) or default, other
    if re.search(r"\band\s+$", s[max(0, fs - 6) : fs]) and re.fullmatch(r"(?i:import|export)ed", s[fs:fe]):
        # "Uzbekistan exported … to Latvia and imported …": the coordinated verb shares the sentence's subject
        subject = re.search(r"^(.*?)\b(?:exported|imported)\b", s)
        if subject and subject.end() < fs:
            first = [c.code for c in gazetteer.find_countries(subject.group(1)) if c.code in ctx.dyad]
            actor = first[-1] if first else actor
    reporter = actor or default
    return reporter, ctx.other(reporter) or default


# "According to the Ghana Statistical Service, …", "data from the US Census Bureau": the statistics' source by name
_TEXT_SOURCE = re.compile(
    r"\b(?:[Aa]ccording\s+to|data\s+(?:from|of)|figures\s+(?:from|of)|statistics\s+(?:from|of))\s+(?:the\s+)?"
    r"(?P<src>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*)"
)
# "in the 2022–23 financial year", or a split year alone ("in 2022–23") in the figures of a state that counts by
# fiscal years (data/fiscal_years.tsv)
_FISCAL_WORDS = re.compile(r"\b(?:fiscal|financial)\s+years?\b|\b(?:19|20)\d\d[–-]\d\d\b(?![–-]?\d)", re.I)


_IT_AT = re.compile(
    r"\b(?:put|puts|estimated?|estimates|valued?)\s+it\s+at\b|^\s*(?:In\s+[^,]{3,20},\s+)?it\s+(?:was|stood\s+at|amounted\s+to"
    r"|reached|totall?ed)\b"
)


def _from_text(ctx: Context) -> list[Fact]:
    assert ctx.dyad
    facts: list[Fact] = []
    last_period: dict[int, str] = {}
    last_reporter: dict[int, str] = {}
    told: dict[int, int] = {}  # block -> index of the last sentence about trade without a figure
    for unit in common.units(ctx):
        s = common.text(ctx, unit)
        anaphor = None
        if not _TRADE_WORDS.search(s):
            # "Trade between the two is among the lowest in the region. Moroccan figures put it at about 4.5 billion
            # dirhams in 2019": "it" is the trade the sentence before spoke of
            anaphor = _IT_AT.search(s) if told.get(unit.block) == unit.index - 1 else None
            if anaphor is None:
                continue
        amounts = _amounts(s)
        if not amounts:
            told[unit.block] = unit.index
            continue
        if not amounts:
            continue
        dates = [d for d in common.unit_dates(ctx, unit) if d.kind in ("point", "interval", "relative", "since")]
        default = _possessive_reporter(ctx, s) or last_reporter.get(unit.block) or _sentence_reporter(ctx, s)
        if _FISCAL_WORDS.search(s):
            # "in the 2022–23 financial year", in Indian figures: April 2022 to March 2023 (with no reporter named,
            # the fiscal year of the one state of the pair that keeps its own)
            own = {c: m for c in (ctx.dyad or ()) if (m := _fiscal_months().get(c))}
            month = (
                dates_mod.detect_fiscal_start(s)
                or _fiscal_months().get(default or "")
                or (next(iter(own.values())) if len(own) == 1 else None)
            )
            if month:
                kinds = ("point", "interval", "relative", "since")
                dates = [d for d in dates_mod.find_dates(s, fiscal_start_month=month) if d.kind in kinds]
        first_period = None
        ranged: set[int] = set()
        for i in range(len(amounts) - 1):
            # "between $100 and $120 million": a range, neither end a figure
            if re.search(r"\bbetween\s+$", s[max(0, amounts[i].start - 12) : amounts[i].start], re.I) and re.fullmatch(
                r"\s+and\s+", s[amounts[i].end : amounts[i + 1].start]
            ):
                ranged |= {i, i + 1}
        slashed = [(m, a) for m in _SLASHED.finditer(s) for a in amounts if a.start <= m.start("n2") < a.end]
        for i, (a, (lo, hi)) in enumerate(zip(amounts, _scopes(s, amounts), strict=True)):
            if i in ranged or _about_investment(s, a, lo) or _TARGET.search(s[max(lo, a.start - 40) : a.start]):
                continue
            if any(a.start < m.start("n2") and a.end > m.start("n1") for m, _ in slashed):
                continue  # the first figure of a slashed pair ("$4.4/35.6 million"), read with the second
            if any(a is b for _, b in slashed):
                # "exports/imports: 35.6/4.4 million USD": the pair is read below, not as one import
                sm = next(m for m, b in slashed if a is b)
                period = _period(s, amounts, i, lo, hi, dates) or first_period or last_period.get(unit.block)
                if period is None:
                    continue
                first_period = first_period or period
                facts += _slashed_pair(ctx, s, sm, a, period, default, unit)
                continue
            flow, fs, fe = _flow(s, a, lo, hi)
            if flow is None:
                flow, fs, fe = _flow(s, a, 0, len(s))
                if flow is None and anaphor is not None:
                    flow, fs, fe = "turnover", anaphor.start(), anaphor.end()  # "put it at": the trade told before
                if flow is None:
                    continue
            if _CHANGE.search(s[max(lo, a.start - 25) : a.start]) or _BALANCE.search(s[max(0, fs - 30) : a.start]):
                continue  # "fell by $200 million", "a trade surplus of …": a change or a balance, not a level
            if _third_party(ctx, s, fe):
                continue  # "exports to Ukraine", "trade with Russia": another pair's figure
            reporter, partner = _direction(ctx, s, flow, fs, fe, default)
            if flow != "turnover":
                last_reporter[unit.block] = reporter
            period = _period(s, amounts, i, lo, hi, dates) or last_period.get(unit.block)
            if period is None:
                continue
            first_period = first_period or period
            said = _TEXT_SOURCE.search(s)
            fields = {
                "reporter": reporter,
                "partner": partner,
                "flow": flow,
                "period": period,
                "value": a.value,
                "unit": a.unit,
                "unit_inferred": False,
                "approximate": a.approximate,
                "commodity": None,
                "source": said.group("src") if said else None,
            }
            facts.append(Fact("trade", fields, [unit], 0.8))
        for m in _BREAKDOWN.finditer(s):
            # "amounted to USD 270.5 million (export – 190.1, import – 80.4)": the parts take the total's unit
            total = next((a for a in reversed(amounts) if a.end <= m.start() and m.start() - a.end <= 3), None)
            if total is None or first_period is None:
                continue
            reporter = default
            for flow_word, number in ((m.group("f1"), m.group("n1")), (m.group("f2"), m.group("n2"))):
                value = numbers.parse_number(number)
                if value is None:
                    continue
                flow = "export" if flow_word.lower().startswith("export") else "import"
                fields = {
                    "reporter": reporter,
                    "partner": ctx.other(reporter) or reporter,
                    "flow": flow,
                    "period": first_period,
                    "value": value,
                    "unit": total.unit,
                    "unit_inferred": True,
                    "approximate": False,
                    "commodity": None,
                    "source": None,
                }
                facts.append(Fact("trade", fields, [unit], 0.75))
        if first_period:
            last_period[unit.block] = first_period
    return facts


_BREAKDOWN = re.compile(
    r"\(\s*(?:including\s+|of\s+which\s+)?(?P<f1>exports?|imports?)\s*[–—:=-]?\s*(?P<n1>\d[\d.,]*)\s*[,;]\s*"
    r"(?:and\s+)?(?P<f2>exports?|imports?)\s*[–—:=-]?\s*(?P<n2>\d[\d.,]*)\s*\)",
    re.I,
)


# "(Turkish exports/imports: 35.6/4.4 million USD)": two flows and two figures paired by slashes; the unit follows
# the second figure
_SLASHED = re.compile(
    r"(?:(?P<who>[A-Z][\w\-]*)(?:'s|’s)?\s+)?(?P<f1>exports?|imports?)\s*/\s*(?P<f2>exports?|imports?)\b"
    r"(?:\s+(?:were|was|stood\s+at|amounted\s+to|of))?\s*[:=–—-]?\s*(?:(?:US)?\$\s*)?(?P<n1>\d[\d.,]*)\s*/\s*"
    r"(?:(?:US)?\$\s*)?(?P<n2>\d[\d.,]*)",
    re.I,
)


def _slashed_pair(
    ctx: Context, s: str, m: re.Match[str], a: numbers.Amount, period: str, default: str, unit: Any
) -> list[Fact]:
    """The two facts of a slashed pair; the reporter is the state the word before the flows names."""
    assert ctx.dyad
    who = gazetteer.country_code(m.group("who")) if m.group("who") else None
    reporter = who if who in ctx.dyad else default
    out = []
    for flow_word, number in ((m.group("f1"), m.group("n1")), (m.group("f2"), m.group("n2"))):
        # the first figure is in the unit written once after the second ("35.6/4.4 million USD")
        value = a.value if number is m.group("n2") else numbers.parse_number(number)
        if value is None:
            continue
        fields = {
            "reporter": reporter,
            "partner": ctx.other(reporter) or reporter,
            "flow": "export" if flow_word.lower().startswith("export") else "import",
            "period": period,
            "value": value,
            "unit": a.unit,
            "unit_inferred": False,
            "approximate": a.approximate,
            "commodity": None,
            "source": None,
        }
        out.append(Fact("trade", fields, [unit], 0.8))
    return out


_CHANGE = re.compile(
    r"\b(?:(?:fell|rose|grew|increased|decreased|dropped|declined|jumped|climbed|shrank|expanded)\s+(?:by\s+)?"
    r"|(?<!made\s)(?:up|down)\s+by\s+)"
    r"(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?$",
    re.I,
)
_BALANCE = re.compile(r"\b(?:surplus|deficit|balance)\b", re.I)


def _third_party(ctx: Context, s: str, fe: int) -> bool:
    """The flow word is followed by a state outside the pair ("exports to Ukraine", "trade with Russia")."""
    m = re.match(
        # not the currency's country: "amounted to US$700 million"
        r"\s*(?:\w+\s+){0,2}?(?:to|from|with|into)\s+(?:the\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})(?![\w$])",
        s[fe:],
    )
    if not m:
        return False
    codes = [c.code for c in gazetteer.find_countries(m.group(1))]
    return bool(codes) and not any(c in (ctx.dyad or ()) for c in codes)


_TARGET = re.compile(r"\b(?:goal|target|aim|plan|forecast|projected|expected|potential)\b", re.I)


def _about_investment(s: str, a: numbers.Amount, lo: int) -> bool:
    """An amount is investment when an investment word is nearer before it than any trade word."""
    inv = [m.end() for m in _INVEST.finditer(s, 0, a.start)]
    trade = [m.end() for m in _TRADE_WORDS.finditer(s, 0, a.start)]
    return bool(inv) and (not trade or inv[-1] > trade[-1])


def _possessive_reporter(ctx: Context, s: str) -> str | None:
    assert ctx.dyad
    m = re.search(r"(\S+)(?:'s|’s)\s+(?:\w+\s+){0,2}(?:trade|exports?|imports?|turnover)", s, re.I)
    if m:
        code = gazetteer.country_code(m.group(1))
        if code in ctx.dyad:
            return code
    return None


def _sentence_reporter(ctx: Context, s: str) -> str:
    assert ctx.dyad
    m = re.search(r"(\S+)(?:'s|’s)\s+(?:\w+\s+){0,2}(?:trade|exports?|imports?|turnover)", s, re.I)
    if m:
        code = gazetteer.country_code(m.group(1))
        if code in ctx.dyad:
            return code
    return _first_state(ctx, s) or ctx.dyad[0]


_COMPARISON = re.compile(
    # ("from $3 billion in 2019", not "bought … from Orkla in 2011")
    r"(?:\bthan|\bagainst|\bup\s+from|\bdown\s+from|\bcompared\s+(?:with|to)|\bfrom(?!\s+(?-i:[A-Z][a-z])))\s+(?:\S+\s+){0,2}$",
    re.I,
)


def _period(
    s: str, amounts: list[numbers.Amount], i: int, lo: int, hi: int, dates: list[dates_mod.DateMatch]
) -> str | None:
    """The period of amount i: a date right after it ("68.2 million euros in 2019", "$95.2 million a year
    earlier"), else a date in its stretch that is not bound to another amount nor a comparison ("1.4 times
    more than in 2009"), else the last such date before it in the sentence."""
    a = amounts[i]

    def bound_elsewhere(d: dates_mod.DateMatch) -> bool:
        return any(j != i and 0 <= d.start - b.end <= 4 for j, b in enumerate(amounts))

    right_after = [d for d in dates if 0 <= d.start - a.end <= 4]
    if right_after:
        return right_after[0].value
    free = [d for d in dates if not bound_elsewhere(d) and not _COMPARISON.search(s[max(0, d.start - 25) : d.start])]
    inside = [d for d in free if lo <= d.start < hi]
    if inside:
        return min(inside, key=lambda d: (min(abs(d.start - a.end), abs(a.start - d.end)), -len(d.value))).value
    before = [d for d in free if d.end <= a.start]
    if before:
        spec = [d for d in before if "/" in d.value]
        return (spec or before)[-1].value
    if free:
        return free[0].value
    # "exports to Jamaica of €118.5 million and imports of €41.2 million in 2022": the date after the last of the
    # coordinated figures is the period of each
    later = [d for d in dates if d.start >= a.end]
    if later and ";" not in s[a.end : later[0].start] and any(
        j > i and 0 <= later[0].start - b.end <= 4 for j, b in enumerate(amounts)
    ):
        return later[0].value
    # "…, and Georgian direct investment in Lithuania to 8.2 million euros": the elided period of the clause before
    before = [d for d in dates if d.end <= a.start and not _COMPARISON.search(s[max(0, d.start - 25) : d.start])]
    return before[-1].value if before else None

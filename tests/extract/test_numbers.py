"""Numbers, money amounts and units (bilateral.extract.numbers)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.extract.numbers import (
    Amount,
    find_amounts,
    find_quantities,
    is_percentage_or_multiplier,
    parse_number,
    parse_unit,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

# ---------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("5 093,8", 5093.8),
        ("4\u00a0566,3", 4566.3),
        ("1\u202f183,1", 1183.1),
        ("352,62", 352.62),
        ("163,5", 163.5),
        ("1,928.3", 1928.3),
        ("260,991.8", 260991.8),
        ("324,860.0", 324860.0),
        ("1,000", 1000.0),
        ("1,200", 1200.0),
        ("1.234.567", 1234567.0),
        ("1,234,567", 1234567.0),
        ("1.234,5", 1234.5),
        ("7,33", 7.33),
        ("0,125", 0.125),
        ("1.234", 1.234),
        ("65 450", 65450.0),
        ("1'234'567", 1234567.0),
        ("297.0", 297.0),
        ("42", 42.0),
        ("-3.5", -3.5),
        ("\u22123.5", -3.5),
        (" 12.5 ", 12.5),
        ("'''12.5'''", 12.5),
        ("12.5[3]", 12.5),
        ("1,2345", 1.2345),
    ],
)
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize(
    "written",
    ["", "-", "–", "—", "n/a", "N/A", "..", "x", "12a", "1,23,456", "1 23", "12 3456", "1.2.3", "5%", "$5"],
)
def test_parse_number_rejects(written: str) -> None:
    assert parse_number(written) is None


def _group(n: int, sep: str) -> str:
    s = str(n)
    head = len(s) % 3 or 3
    return sep.join([s[:head], *[s[i : i + 3] for i in range(head, len(s), 3)]])


@settings(max_examples=150, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=10**12),
    frac=st.text(alphabet="0123456789", min_size=0, max_size=2).filter(lambda f: f == "" or f[-1] != "0"),
    style=st.sampled_from(["english", "european", "spaced", "nbsp", "plain"]),
)
def test_parse_number_roundtrip(whole: int, frac: str, style: str) -> None:
    group, dec = {
        "english": (",", "."),
        "european": (".", ","),
        "spaced": (" ", ","),
        "nbsp": ("\u00a0", "."),
        "plain": ("", "."),
    }[style]
    if style == "european" and not frac and 1000 <= whole < 10**6:
        frac = "5"  # "1.234" alone is read as a decimal (rule 5)
    written = (_group(whole, group) if group else str(whole)) + (dec + frac if frac else "")
    expected = float(f"{whole}.{frac}" if frac else whole)
    assert parse_number(written) == pytest.approx(expected, rel=1e-12)


# ---------------------------------------------------------------- find_amounts


def one(text: str) -> Amount:
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "quoted"),
    [
        ("Exports to Norway came to $12.9 million last year.", 12.9, "million USD", "$12.9 million"),
        ("The loan was worth US$4,75 million.", 4.75, "million USD", "US$4,75 million"),
        ("Sales reached $US 88.1 million in 2019.", 88.1, "million USD", "$US 88.1 million"),
        ("Turnover stood at USD 510.2 million.", 510.2, "million USD", "USD 510.2 million"),
        ("Trade was 91,4 million US dollars.", 91.4, "million USD", "91,4 million US dollars"),
        ("Exports reached 12.25 million EUR.", 12.25, "million EUR", "12.25 million EUR"),
        ("Imports of €2.1 billion were recorded.", 2.1, "billion EUR", "€2.1 billion"),
        ("It was LTL 3.9 million in 2008.", 3.9, "million LTL", "LTL 3.9 million"),
        ("Trade reached 41 million litas.", 41.0, "million LTL", "41 million litas"),
        # the Pacific's and other smaller currencies by their names
        ("Imports came to 3.4 million paʻanga.", 3.4, "million TOP", "3.4 million paʻanga"),
        ("Exports were worth 120 million kina.", 120.0, "million PGK", "120 million kina"),
        ("a loan of 5 billion meticais", 5.0, "billion MZN", "5 billion meticais"),
        ("Trade reached FJD 42 million.", 42.0, "million FJD", "FJD 42 million"),
        ("Investment of 6.6 million euros was made.", 6.6, "million EUR", "6.6 million euros"),
        ("Trade was 15 thousand lats.", 15.0, "thousand LVL", "15 thousand lats"),
        ("The budget was 2.3 bn tenge.", 2.3, "billion KZT", "2.3 bn tenge"),
        ("a 40 mln manat plant", 40.0, "million AZN", "40 mln manat"),
        ("The deal was worth £850m.", 850.0, "million GBP", "£850m"),
        ("an order of ¥3 billion", 3.0, "billion JPY", "¥3 billion"),
        ("It cost Rs 500 crore.", 500.0, "crore INR", "Rs 500 crore"),
        ("a grant of 12 million Swiss francs", 12.0, "million CHF", "12 million Swiss francs"),
        ("goods worth 70 million rubles", 70.0, "million RUB", "70 million rubles"),
        ("exports of 210 billion sum", 210.0, "billion UZS", "210 billion sum"),
        ("a fee of 250 dollars", 250.0, "USD", "250 dollars"),
        ("goods worth 1,200 million euros", 1200.0, "million EUR", "1,200 million euros"),
        ("goods trade of 12 340 thousand EUR", 12340.0, "thousand EUR", "12 340 thousand EUR"),
        ("deliveries of $1.5 million of US goods", 1.5, "million USD", "$1.5 million"),
        ("It was $8,5 million.", 8.5, "million USD", "$8,5 million"),
        ("Aid reached US $12 million.", 12.0, "million USD", "US $12 million"),
        ("Trade totalled 14,5 mln. USD.", 14.5, "million USD", "14,5 mln. USD"),
        ("Exports were EUR 12.3 m in 2020.", 12.3, "million EUR", "EUR 12.3 m"),
        ("Trade was 870 thsd. US dollars.", 870.0, "thousand USD", "870 thsd. US dollars"),
        ("It rose to 2.4 million of US dollars.", 2.4, "million USD", "2.4 million of US dollars"),
        ("Exports were worth R 9.5 billion.", 9.5, "billion ZAR", "R 9.5 billion"),
        ("Sales reached R640m.", 640.0, "million ZAR", "R640m"),
        ("Imports came to NT$2.1 billion.", 2.1, "billion TWD", "NT$2.1 billion"),
        ("a loan of Ksh 3 billion", 3.0, "billion KES", "Ksh 3 billion"),
        # the smaller national currencies, by sign and by name
        ("Exports reached BZ$8.1 million.", 8.1, "million BZD", "BZ$8.1 million"),
        ("Sales came to Bs 41 million.", 41.0, "million BOB", "Bs 41 million"),
        ("Imports were 2.7 billion escudos.", 2.7, "billion CVE", "2.7 billion escudos"),
        ("Trade reached 310 million quetzales.", 310.0, "million GTQ", "310 million quetzales"),
        ("a credit of 90 billion guaraníes", 90.0, "billion PYG", "90 billion guaraníes"),
        ("worth 4 million Lebanese pounds", 4.0, "million LBP", "4 million Lebanese pounds"),
        ("a plant costing ₡12 billion", 12.0, "billion CRC", "₡12 billion"),
    ],
)
def test_find_amounts_shapes(text: str, value: float, unit: str, quoted: str) -> None:
    a = one(text)
    assert a.value == pytest.approx(value)
    assert a.unit == unit
    assert a.text == quoted == text[a.start : a.end]


def test_amount_fields() -> None:
    a = one("Exports to Chile reached $41.6 million in 2022.")
    assert (a.currency, a.scale, a.qualifier, a.approximate, a.warnings) == (
        "USD",
        "million",
        None,
        False,
        (),
    )
    assert a.scaled_value == pytest.approx(41_600_000)


def test_typo_dollar() -> None:
    a = one("Imports came to S118,04 million that year.")
    assert (a.value, a.unit, a.text) == (118.04, "million USD", "S118,04 million")
    assert any("typo" in w and "S118,04" in w for w in a.warnings)


@pytest.mark.parametrize("text", ["Route S12 runs 4 km.", "Section S5 of the act", "the GS300 million-seller"])
def test_letters_glued_to_numbers_are_no_money(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "qualifier", "approximate", "quoted"),
    [
        ("Trade was more than €40 million.", "over", True, "more than €40 million"),
        ("Trade exceeded $3 million.", "over", True, "exceeded $3 million"),
        ("Japan invested over $2 million.", "over", True, "over $2 million"),
        ("Trade was in excess of $3 million.", "over", True, "in excess of $3 million"),
        ("The stake had passed US$10 billion by 2020.", "over", True, "passed US$10 billion"),
        ("Trade crossed $1 billion in 2019.", "over", True, "crossed $1 billion"),
        ("It reached around $71.4 million.", "around", True, "around $71.4 million"),
        ("It reached about €5 million.", "around", True, "about €5 million"),
        ("It reached approximately $90 million.", "around", True, "approximately $90 million"),
        ("It reached roughly 12 million euros.", "around", True, "roughly 12 million euros"),
        ("It reached some $10 million.", "around", True, "some $10 million"),
        ("It reached an estimated $10 million.", "around", True, "an estimated $10 million"),
        ("It reached ~$10 million.", "around", True, "~$10 million"),
        ("It reached almost 20 million litas.", "almost", True, "almost 20 million litas"),
        ("It reached nearly $20 million.", "almost", True, "nearly $20 million"),
        ("It reached close to $20 million.", "almost", True, "close to $20 million"),
        ("It stayed under $1 million.", "under", True, "under $1 million"),
        ("It stayed less than $1 million.", "under", True, "less than $1 million"),
        ("Grants of up to €2 million are offered.", "up to", True, "up to €2 million"),
        ("It brought $4 million or more.", "over", True, "$4 million or more"),
        ("It reached $20 million.", None, False, "$20 million"),
    ],
)
def test_qualifiers(text: str, qualifier: str | None, approximate: bool, quoted: str) -> None:
    a = one(text)
    assert (a.qualifier, a.approximate, a.text) == (qualifier, approximate, quoted)


def test_turnover_is_not_over() -> None:
    assert one("The turnover $5 million was low.").qualifier is None


@pytest.mark.parametrize(
    "text",
    [
        "The share was 2.46% of the total.",
        "Trade fell by 6.7 per cent in 2020.",
        "a fall of 4 percent",
        "about 2.2× the previous amount",
        "It grew 1.4 times.",
        "Trade rose fourfold.",
        "a 3-fold rise",
        "Ranked 33rd among partners and 74th in exports.",
        "in 2024 and in 2017–18",
        "25 agreements, 343 joint ventures and 55 companies",
        "the G20 summit and an F-16 order",
        "some 1.2 million tonnes of grain",
        "the R2 motorway and route R 40",
    ],
)
def test_never_money(text: str) -> None:
    assert find_amounts(text) == []


def test_percent_next_to_money() -> None:
    found = find_amounts("Trade came to $54.2 million, 14.3% less than in 2022.")
    assert [a.text for a in found] == ["$54.2 million"]


def test_several_amounts_and_parenthesis() -> None:
    text = "Trade reached almost 21 million litas (about €6.1 million), and LTL 2.2 million in fertilisers."
    assert [(a.value, a.unit, a.qualifier) for a in find_amounts(text)] == [
        (21.0, "million LTL", "almost"),
        (6.1, "million EUR", "around"),
        (2.2, "million LTL", None),
    ]


def test_ranges_share_scale_and_currency() -> None:
    assert [(a.value, a.unit) for a in find_amounts("worth $5–7 million")] == [
        (5.0, "million USD"),
        (7.0, "million USD"),
    ]
    assert [(a.value, a.unit) for a in find_amounts("between 2 and 3 billion euros")] == [
        (2.0, "billion EUR"),
        (3.0, "billion EUR"),
    ]


def test_short_scale_needs_money() -> None:
    assert one("It cost €3m.").unit == "million EUR"
    assert find_quantities("The mast is 5 m tall.") == []
    assert find_amounts("The mast is 5 m tall.") == []


# ---------------------------------------------------------------- find_quantities


def test_find_quantities() -> None:
    text = "Exports were 11.2 million and imports 19.8 million; the total was $31 million."
    found = find_quantities(text)
    assert [(q.value, q.unit, q.currency, q.scale, q.text) for q in found] == [
        (11.2, "million", None, "million", "11.2 million"),
        (19.8, "million", None, "million", "19.8 million"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "1.5 million tonnes of wheat",
        "some 3 million people live there",
        "1.1 million Armenians live abroad",
        "25 agreements were signed",
        "in 2024",
        "It grew 4.5% to 3 000.",
    ],
)
def test_find_quantities_not_counts_or_measures(text: str) -> None:
    assert find_quantities(text) == []


# ---------------------------------------------------------------- parse_unit


@pytest.mark.parametrize(
    ("caption", "unit"),
    [
        ("(million US dollars)", "million USD"),
        ("in thousand USD", "thousand USD"),
        ("Trade in 2009, million litas (national statistics)", "million LTL"),
        ("thousands of euros", "thousand EUR"),
        ("USD million", "million USD"),
        ("Value, US$ '000", "thousand USD"),
        ("Trade (€m)", "million EUR"),
        ("in billions of tenge", "billion KZT"),
        ("thousand sum", "thousand UZS"),
        ("(EUR)", "EUR"),
        ("Trade turnover between Chile and Peru", None),
        ("Year | Import | Export | Trade Turnover", None),
        ("Sum of imports and exports", None),
        ("Trade passed US$5 million in 2020", None),
        ("Euro-Atlantic partners", None),
    ],
)
def test_parse_unit(caption: str, unit: str | None) -> None:
    assert parse_unit(caption) == unit


def test_is_percentage_or_multiplier() -> None:
    text = "up 2.46% and 2.2× and 1.4 times and fourfold, worth $3 million"
    spans = {m.group(): m.span() for m in re.finditer(r"[\d.]+|fourfold", text)}
    for token in ("2.46", "2.2", "1.4", "fourfold"):
        assert is_percentage_or_multiplier(text, *spans[token]), token
    assert not is_percentage_or_multiplier(text, *spans["3"])


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="0123456789 ,.$€%-–abcmilonUSDEtheusandr×\u00a0", max_size=60))
def test_never_raises_and_spans_are_exact(text: str) -> None:
    for a in [*find_amounts(text), *find_quantities(text)]:
        assert text[a.start : a.end] == a.text
        assert a.start < a.end
    parse_unit(text)


# ---------------------------------------------------------------- measured against the gold facts

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _scaled(value: float, unit: str | None) -> float:
    return value * next((f for w, f in SCALES.items() if unit and w in unit.split()), 1.0)


def _currency(unit: str | None) -> str | None:
    last = (unit or "").split()[-1:] or [""]
    return last[0] if re.fullmatch(r"[A-Z]{3}", last[0]) else None


def _fits(gold: dict, a: Amount) -> bool:
    g, p = _scaled(float(gold["value"]), gold.get("unit")), _scaled(a.value, a.unit)
    if gold.get("unit") is None:
        g, p = float(gold["value"]), a.value
    if abs(g - p) > 5e-6 * max(abs(g), abs(p), 1e-12):
        return False
    return a.currency is None or _currency(gold.get("unit")) in (None, a.currency)


def _gold_money_facts() -> list[tuple[str, dict, str]]:
    if not (SHARED / "gold").is_dir():
        pytest.skip("no /work/shared gold files here")
    out = []
    for path in sorted((SHARED / "gold").glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for fact in doc.get("facts", []):
            if fact.get("type") in ("trade", "investment") and fact.get("value") is not None:
                for ev in fact.get("evidence", [])[:1]:
                    out.append((path.stem, fact, ev["quote"]))
    return out


def test_gold_text_amounts() -> None:
    facts = [(k, f, q) for k, f, q in _gold_money_facts() if not q.lstrip().startswith("|")]
    assert facts
    hits, misses, approx_same = 0, [], 0
    for key, fact, quote in facts:
        found = [a for a in [*find_amounts(quote), *find_quantities(quote)] if _fits(fact, a)]
        if found:
            hits += 1
            approx_same += found[0].approximate == bool(fact.get("approximate"))
        else:
            misses.append(f"{key}: {fact['value']} {fact.get('unit')} in {quote[:90]!r}")
    rate = hits / len(facts)
    print(f"\ngold text amounts: {hits}/{len(facts)} = {rate:.3f}; approximate agrees {approx_same}/{hits}")
    print("\n".join(misses))
    assert rate >= 1.0
    assert approx_same >= hits - 1  # the gold marks "over $7 million" (investment) not approximate


def test_gold_text_amounts_precision() -> None:
    """Inside the gold's trade/investment sentences, every money amount found is a gold figure."""
    by_quote: dict[str, list[dict]] = {}
    for _key, fact, quote in _gold_money_facts():
        if not quote.lstrip().startswith("|"):
            by_quote.setdefault(quote, []).append(fact)
    extras = [
        (a.text, quote[:60])
        for quote, facts in by_quote.items()
        for a in find_amounts(quote)
        if not any(_fits(f, a) for f in facts)
    ]
    assert extras == []


def test_gold_table_cells() -> None:
    facts = [(k, f, q) for k, f, q in _gold_money_facts() if q.lstrip().startswith("|")]
    assert facts
    misses = []
    for key, fact, quote in facts:
        cells = [parse_number(c) for c in re.split(r"\|\|?", quote)]
        if not any(c is not None and abs(c - float(fact["value"])) <= 5e-6 * abs(c) for c in cells):
            misses.append(f"{key}: {fact['value']} in {quote!r}")
    print(f"\ngold table cells: {len(facts) - len(misses)}/{len(facts)}")
    assert misses == []


def test_gold_quotes_never_give_percentages() -> None:
    for _key, _fact, quote in _gold_money_facts():
        for a in [*find_amounts(quote), *find_quantities(quote)]:
            assert not is_percentage_or_multiplier(quote, a.start, a.end), a
            assert "%" not in a.text and "×" not in a.text

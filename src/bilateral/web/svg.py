"""Charts drawn on the server as SVG markup (no script, no external asset): the trade chart of a pair and the
missions network of a country. Every text placed in the markup is escaped."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from bilateral.store import countries

FLOW_COLORS = {"export": "#1f77b4", "import": "#d62728", "turnover": "#2ca02c", "balance": "#9467bd"}
OTHER_COLORS = ("#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#ff7f0e")


def _e(v: Any) -> str:
    return escape(str(v), quote=True)


def _num(v: float) -> str:
    if abs(v) >= 100 or float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def _x_of(point: Mapping[str, Any]) -> float | None:
    """A period as a position in years: the middle of its bounds (2019 → 2019.5)."""
    lo, hi = point.get("lo"), point.get("hi")
    if not lo or not hi:
        return None
    try:
        y0 = int(lo[:4]) + (int(lo[5:7]) - 1) / 12
        y1 = int(hi[:4]) + int(hi[5:7]) / 12
    except ValueError:
        return None
    return (y0 + y1) / 2


def _nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = min((m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw), default=mag * 10)
    start = math.floor(lo / step) * step
    out = [round(start, 10)]
    while out[-1] < hi - step * 1e-9:  # the last tick is at or above the highest value
        out.append(round(out[-1] + step, 10))
    return out


def trade_lines(trade: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The series with a value and a readable period, grouped by unit (figures in different units never share
    an axis). Each line: label, flow, color, points [(x, value, point)]."""
    by_unit: dict[str, list[dict[str, Any]]] = defaultdict(list)
    used = 0
    for s in trade.get("series", []):
        per_unit: dict[str, list[tuple[float, float, Mapping[str, Any]]]] = defaultdict(list)
        for p in s["points"]:
            v, x = p.get("value"), _x_of(p)
            if isinstance(v, bool) or not isinstance(v, int | float) or x is None:
                continue
            per_unit[str(p.get("unit") or "unit not stated")].append((x, float(v), p))
        for unit, pts in per_unit.items():
            flow = str(s.get("flow") or "value")
            color = FLOW_COLORS.get(flow) if not s.get("commodity") else None
            if color is None or any(ln["color"] == color for ln in by_unit[unit]):
                color = OTHER_COLORS[used % len(OTHER_COLORS)]
                used += 1
            label = f"{s.get('reporter') or '?'} {flow}"
            if s.get("partner"):
                label += f" {'to' if flow == 'export' else 'from' if flow == 'import' else 'with'} {s['partner']}"
            if s.get("commodity"):
                label += f" ({s['commodity']})"
            by_unit[unit].append(
                {"label": label, "flow": flow, "color": color, "points": sorted(pts, key=lambda t: t[0])}
            )
    return dict(by_unit)


def _segments(pts: Sequence[tuple[float, float, Any]], step: float) -> list[list[tuple[float, float, Any]]]:
    """Consecutive points joined; a missing period (a step longer than the usual one) breaks the line."""
    segs: list[list[tuple[float, float, Any]]] = []
    for p in pts:
        if segs and p[0] - segs[-1][-1][0] <= step * 1.5:
            segs[-1].append(p)
        else:
            segs.append([p])
    return segs


def trade_chart(unit: str, lines: list[dict[str, Any]], width: int = 720, height: int = 300) -> str:
    """One line chart (SVG) of the trade series given in one unit; missing periods are left as gaps."""
    xs = sorted({p[0] for ln in lines for p in ln["points"]})
    vals = [p[1] for ln in lines for p in ln["points"]]
    if not xs:
        return ""
    diffs = [b - a for a, b in itertools.pairwise(xs) if b - a > 1e-9]
    step = min(diffs) if diffs else 1.0
    left, right, top, bottom = 78, 16, 16, 60
    pw, ph = width - left - right, height - top - bottom
    x0, x1 = xs[0] - step / 2, xs[-1] + step / 2
    vmin = min(0.0, min(vals))
    ticks = _nice_ticks(vmin, max(vals) if max(vals) > vmin else vmin + 1)
    v0, v1 = ticks[0], ticks[-1]

    def sx(x: float) -> float:
        return left + (x - x0) / (x1 - x0) * pw

    def sy(v: float) -> float:
        return top + ph - (v - v0) / ((v1 - v0) or 1) * ph

    out = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img"'
        f' aria-label="trade in {_e(unit)}" data-unit="{_e(unit)}">',
        f"<title>Trade, {_e(unit)}</title>",
    ]
    for t in ticks:
        y = sy(t)
        out.append(f'<line class="grid" x1="{left}" x2="{left + pw}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_e(_num(t))}</text>')
    years = sorted({math.floor(x) for x in xs})
    every = max(1, math.ceil(len(years) / 12))
    for yr in years[::every]:
        x = sx(yr + 0.5) if step >= 0.99 else sx(yr)
        out.append(f'<text class="tick" x="{x:.1f}" y="{top + ph + 16}" text-anchor="middle">{yr}</text>')
    out.append(f'<line class="axis" x1="{left}" x2="{left + pw}" y1="{top + ph}" y2="{top + ph}"/>')
    out.append(f'<line class="axis" x1="{left}" x2="{left}" y1="{top}" y2="{top + ph}"/>')
    out.append(
        f'<text class="unit" x="14" y="{top + ph / 2:.1f}" text-anchor="middle"'
        f' transform="rotate(-90 14 {top + ph / 2:.1f})">{_e(unit)}</text>'
    )
    for ln in lines:
        out.append(f'<g class="series" data-flow="{_e(ln["flow"])}" data-label="{_e(ln["label"])}">')
        for seg in _segments(ln["points"], step):
            if len(seg) > 1:
                d = " ".join(f"{'M' if i == 0 else 'L'}{sx(x):.1f},{sy(v):.1f}" for i, (x, v, _) in enumerate(seg))
                out.append(f'<path d="{d}" stroke="{ln["color"]}" fill="none" stroke-width="2"/>')
        for x, v, p in ln["points"]:
            approx = "~" if p.get("approximate") else ""
            tip = f"{ln['label']}, {p.get('period')}: {approx}{_num(v)} {unit}"
            if p.get("quote"):
                tip += f" — “{p['quote']}”"
            out.append(
                f'<circle cx="{sx(x):.1f}" cy="{sy(v):.1f}" r="3.5" fill="{ln["color"]}"'
                f' data-period="{_e(p.get("period"))}" data-value="{_e(v)}"><title>{_e(tip)}</title></circle>'
            )
        out.append("</g>")
    lx = left
    for ln in lines:
        y = height - 14
        out.append(f'<rect x="{lx}" y="{y - 9}" width="12" height="12" fill="{ln["color"]}"/>')
        out.append(f'<text class="legend" x="{lx + 16}" y="{y + 1}">{_e(ln["label"])}</text>')
        lx += 24 + 7 * len(ln["label"])
    out.append("</svg>")
    return "\n".join(out)


def trade_charts(trade: Mapping[str, Any]) -> list[dict[str, str]]:
    """Every chart of a pair's trade: one per unit, largest first."""
    groups = trade_lines(trade)
    order = sorted(groups, key=lambda u: (-sum(len(ln["points"]) for ln in groups[u]), u))
    return [{"unit": u, "svg": trade_chart(u, groups[u])} for u in order]


# -- missions network ------------------------------------------------------------------------------------


RING_FIRST = 24  # neighbours on the first ring; each further ring holds RING_STEP more
RING_STEP = 12


def missions_graph(data: Mapping[str, Any], size: int = 640) -> str:
    """The country in the middle, every country it has to do with around it; arrows for missions (solid:
    resident, dashed: covered from elsewhere, with the place in the tooltip), each node a link to its page."""
    me = str(data["country"])
    edges: list[tuple[str, str, str, str, str]] = []  # (from, to, style, tooltip, short label)

    def short(r: Mapping[str, Any]) -> str:
        if r.get("resident") is False:
            return f"from {r.get('from_city') or r.get('from_country') or 'elsewhere'}"
        return str(r.get("city") or "")

    for r in data.get("missions", []):
        edges.append((me, str(r["receiver"]), "has", str(r["text"]), short(r)))
    for r in data.get("covers", []):
        edges.append((me, str(r["receiver"]), "covers", str(r["text"]), short(r)))
    for r in data.get("hosted", []):
        edges.append((str(r["sender"]), me, "hosts", str(r["text"]), short(r)))
    for r in data.get("covered_by", []):
        edges.append((str(r["sender"]), me, "covered", str(r["text"]), short(r)))
    for r in data.get("covered_from_here", []):
        edges.append((str(r["sender"]), str(r["receiver"]), "via", f"{r['text']} (from {me})", short(r)))
    others = sorted({c for e in edges for c in e[:2] if c and c != me and c != "None"})
    # one ring of neighbours when they fit, else concentric rings (inner ones first), the canvas growing with them
    rings: list[list[str]] = []
    rest = list(others)
    while rest:
        room = RING_FIRST + RING_STEP * len(rings)
        rings.append(rest[:room])
        rest = rest[room:]
    crowded = len(others) > RING_FIRST
    node_r = 14 if crowded else 24
    radii: list[float] = []
    for ring in rings:
        needed = len(ring) * 2.4 * node_r / (2 * math.pi)  # room for every node of the ring
        radii.append(max(needed, radii[-1] + 3.4 * node_r if radii else 0.0, 110.0))
    if not crowded:
        radii = [size / 2 - 70]
    size = max(size, int(2 * (radii[-1] + node_r + 40)))
    cx = cy = size / 2
    pos = {me: (cx, cy)}
    for k, ring in enumerate(rings):
        for i, c in enumerate(ring):
            ang = -math.pi / 2 + 2 * math.pi * (i + 0.5 * (k % 2)) / max(1, len(ring))
            pos[c] = (cx + radii[k] * math.cos(ang), cy + radii[k] * math.sin(ang))
    out = [
        f'<svg class="network" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img"'
        f' aria-label="missions network of {_e(countries.name(me))}">',
        f"<title>Missions network of {_e(countries.name(me))}</title>",
        "<defs>",
    ]
    for style, color in (
        ("has", "#1f77b4"),
        ("covers", "#1f77b4"),
        ("hosts", "#2ca02c"),
        ("covered", "#2ca02c"),
        ("via", "#9467bd"),
    ):
        out.append(
            f'<marker id="arrow-{style}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7"'
            f' orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{color}"/></marker>'
        )
    out.append("</defs>")
    merged: dict[tuple[str, str, str], tuple[list[str], list[str]]] = {}
    for a, b, style, tip, text in edges:  # one arrow per (from, to, kind), its places and sentences joined
        tips, texts = merged.setdefault((a, b, style), ([], []))
        tips.append(tip)
        if text and text not in texts:
            texts.append(text)
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for (a, b, style), (tips, texts) in merged.items():
        tip, text = "; ".join(tips), ", ".join(texts)
        if a not in pos or b not in pos:
            continue
        (x1, y1), (x2, y2) = pos[a], pos[b]
        k = seen[(a, b)]
        seen[(a, b)] += 1
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1
        nx, ny = -dy / dist, dx / dist
        off = (3 if crowded else 8) + (4 if crowded else 10) * k
        r = node_r + 2
        sx1, sy1 = x1 + dx / dist * r + nx * off, y1 + dy / dist * r + ny * off
        sx2, sy2 = x2 - dx / dist * r + nx * off, y2 - dy / dist * r + ny * off
        out.append(
            f'<line class="edge {style}" x1="{sx1:.1f}" y1="{sy1:.1f}" x2="{sx2:.1f}" y2="{sy2:.1f}"'
            f' marker-end="url(#arrow-{style})"><title>{_e(tip)}</title></line>'
        )
        if text and not crowded:  # labels only where there is room; the tooltip always says it
            mx, my = (sx1 + sx2) / 2 + nx * 6, (sy1 + sy2) / 2 + ny * 6
            anchor = "start" if nx >= 0 else "end"
            out.append(
                f'<text class="edge-label" x="{mx:.1f}" y="{my:.1f}" text-anchor="{anchor}">{_e(text[:40])}</text>'
            )
    for c, (x, y) in pos.items():
        cls = "node me" if c == me else "node"
        out.append(
            f'<a href="/countries/{_e(c)}" class="{cls}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{node_r}"/>'
            f'<text x="{x:.1f}" y="{y + 5:.1f}" text-anchor="middle">{_e(c)}</text>'
            f"<title>{_e(countries.name(c))}</title></a>"
        )
    legend = (
        ("has", f"{me} has a mission there"),
        ("covers", f"{me} covers it from elsewhere"),
        ("via", f"covered from {me}"),
        ("hosts", f"has a mission in {me}"),
        ("covered", f"covers {me} from elsewhere"),
    )
    for i, (style, text) in enumerate(legend):
        lx, ly = 10 + (i % 3) * 210, size - 30 + 18 * (i // 3)
        out.append(f'<line class="edge {style}" x1="{lx}" y1="{ly - 4}" x2="{lx + 24}" y2="{ly - 4}"/>')
        out.append(f'<text class="legend" x="{lx + 30}" y="{ly}">{_e(text)}</text>')
    out.append("</svg>")
    return "\n".join(out)

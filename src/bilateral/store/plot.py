"""The trade chart (matplotlib, the optional extra ``plot``): one line per flow, gaps shown as gaps."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bilateral.store import facts as F
from bilateral.store.core import StoreError

_NO_UNIT = "as stated (unit not given)"


def _x(lo: str, hi: str) -> tuple[float, bool]:
    """The x position of a period (year, or the middle of a period) and whether it is one whole year."""
    y0, y1 = int(lo[:4]), int(hi[:4])
    whole = y0 == y1 and lo[5:] == "01-01" and hi[5:] == "12-31"
    if whole:
        return float(y0), True

    def frac(d: str) -> float:
        month, day = int(d[5:7]), int(d[8:10])
        return int(d[:4]) + (month - 1 + (day - 1) / 31) / 12

    return (frac(lo) + frac(hi) + 1 / 365) / 2, False


def _label(s: Mapping[str, Any]) -> str:
    rep, par, flow = s.get("reporter"), s.get("partner"), s.get("flow")
    com = f", {s['commodity']}" if s.get("commodity") else ""
    if flow == "export":
        text = f"{rep or '?'} export to {par or '?'}"
    elif flow == "import":
        text = f"{rep or '?'} import from {par or '?'}"
    else:
        text = "turnover"
    src = f" ({rep} data)" if rep and flow == "turnover" else ""
    return f"{text}{com}{src}"


def plot_trade(data: Mapping[str, Any], path: str | Path) -> Path:
    """Draw the series of :func:`bilateral.store.queries.trade` into an image file (PNG, SVG, PDF…)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise StoreError(
            "", "the trade plot needs matplotlib; install it with: pip install 'bilateral[plot]'"
        ) from None
    a, b = data["pair"]
    names = data.get("names") or {}
    # axis → series label → points (x, value in millions of the currency, whole year)
    axes: dict[str, dict[str, list[tuple[float, float, bool]]]] = defaultdict(lambda: defaultdict(list))
    for s in data["series"]:
        for p in s["points"]:
            if p["lo"] is None or not isinstance(p["value"], int | float):
                continue
            x, whole = _x(p["lo"], p["hi"])
            sc = F.scale_of(p["unit"])
            if sc is None:
                axis, y = (str(p["unit"]) if p["unit"] else _NO_UNIT), float(p["value"])
            else:
                axis, y = f"million {sc[1]}", float(p["value"]) * sc[0] / 1e6
            axes[axis][_label(s)].append((x, y, whole))
    if not axes:
        raise StoreError("", f"no trade figures stored for {a}–{b}; nothing to plot")
    fig, grid = plt.subplots(len(axes), 1, figsize=(9, 3.6 * len(axes) + 0.6), squeeze=False, sharex=True)
    for ax, (unit, series) in zip(grid[:, 0], sorted(axes.items()), strict=True):
        for i, (label, pts) in enumerate(sorted(series.items())):
            color = f"C{i % 10}"
            years = sorted((x, y) for x, y, whole in pts if whole)
            xs: list[float] = []
            ys: list[float] = []
            for x, y in years:
                if xs and x - xs[-1] > 1:  # a missing year is a gap, not a line across it
                    xs.append(math.nan)
                    ys.append(math.nan)
                xs.append(x)
                ys.append(y)
            if xs:
                ax.plot(xs, ys, marker="o", color=color, label=label)
            part = [(x, y) for x, y, whole in pts if not whole]
            if part:
                ax.scatter(
                    [x for x, _ in part],
                    [y for _, y in part],
                    facecolors="none",
                    edgecolors=color,
                    label=f"{label} (part of a year / several years)",
                    zorder=3,
                )
        ax.set_ylabel(f"Value ({unit})")
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize="small")
    grid[-1, 0].set_xlabel("Year (period of the figure)")
    grid[-1, 0].xaxis.get_major_locator().set_params(integer=True)
    fig.suptitle(f"Goods trade between {names.get(a, a)} and {names.get(b, b)}")
    fig.tight_layout()
    out = Path(path)
    try:
        fig.savefig(out, dpi=110)
    except (ValueError, OSError) as exc:
        raise StoreError(
            str(out), f"cannot write the plot ({exc}); use a .png, .svg or .pdf path in a writable folder"
        ) from None
    finally:
        plt.close(fig)
    return out

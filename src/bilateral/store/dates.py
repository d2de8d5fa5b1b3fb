"""EDTF strings (level 0 and 1) to sortable day bounds, for ordering and filtering dated facts."""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

_PART = re.compile(r"^(?P<y>-?[0-9X]{4})(?:-(?P<m>[0-9X]{2}))?(?:-(?P<d>[0-9X]{2}))?$")
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 12)}  # spring, summer, autumn, winter
LOW = "0000-01-01"
HIGH = "9999-12-31"


def _part_bounds(part: str) -> tuple[str, str] | None:
    part = part.strip().rstrip("~?%").lstrip("~?%")
    if part in ("", ".."):
        return None
    m = _PART.match(part)
    if not m:
        return None
    y = m.group("y")
    if y.startswith("-"):
        return LOW, LOW
    ylo, yhi = int(y.replace("X", "0")), int(y.replace("X", "9"))
    mm, dd = m.group("m"), m.group("d")
    if mm is None:
        return f"{ylo:04d}-01-01", f"{yhi:04d}-12-31"
    if "X" in mm:
        mlo, mhi = 1, 12
    else:
        month = int(mm)
        if month in _SEASON_MONTHS:
            mlo, mhi = _SEASON_MONTHS[month]
        elif 1 <= month <= 12:
            mlo = mhi = month
        else:
            mlo, mhi = 1, 12
    if dd is None or "X" in dd or mlo != mhi:
        last = calendar.monthrange(yhi, mhi)[1]
        return f"{ylo:04d}-{mlo:02d}-01", f"{yhi:04d}-{mhi:02d}-{last:02d}"
    day = min(max(int(dd), 1), calendar.monthrange(ylo, mlo)[1])
    return f"{ylo:04d}-{mlo:02d}-{day:02d}", f"{yhi:04d}-{mhi:02d}-{day:02d}"


@lru_cache(maxsize=4096)
def bounds(edtf: str | None) -> tuple[str, str] | None:
    """The first and last day ("YYYY-MM-DD") an EDTF value may mean; ``None`` when it is empty or unreadable.

    "1994" → ("1994-01-01", "1994-12-31"); "2017-01/2017-09" → ("2017-01-01", "2017-09-30");
    "2005/.." → ("2005-01-01", "9999-12-31"); "199X" → ("1990-01-01", "1999-12-31").
    """
    if not edtf or not isinstance(edtf, str):
        return None
    text = edtf.strip()
    if text.startswith("[") or text.startswith("{"):  # a set of dates: span it
        items = [bounds(t) for t in re.split(r"[,\s]+", text.strip("[]{}")) if t and t != ".."]
        items2 = [b for b in items if b]
        if not items2:
            return None
        return min(b[0] for b in items2), max(b[1] for b in items2)
    if "/" in text:
        left, right = text.split("/", 1)
        lo, hi = _part_bounds(left), _part_bounds(right)
        if lo is None and hi is None:
            return None
        return (lo[0] if lo else LOW), (hi[1] if hi else HIGH)
    return _part_bounds(text)


def user_bound(value: str | None, upper: bool) -> str | None:
    """A --from/--to value ("1992", "1992-08", "1992-08-04") as a day bound; ValueError when unreadable."""
    if value is None or value == "":
        return None
    b = bounds(value)
    if b is None:
        raise ValueError(f"{value!r} is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD")
    return b[1] if upper else b[0]


def overlaps(a: str | None, b: str | None) -> bool:
    """Two EDTF values that can mean the same time ("1992" and "1992-08-04"); unknown overlaps everything."""
    ba, bb = bounds(a), bounds(b)
    if ba is None or bb is None:
        return True
    return ba[0] <= bb[1] and bb[0] <= ba[1]


def year_of(edtf: str | None) -> int | None:
    b = bounds(edtf)
    return int(b[0][:4]) if b and b[0] != LOW else None

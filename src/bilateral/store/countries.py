"""Countries as users write them (ISO code, name, demonym, any case) → ISO 3166-1 alpha-2, and back.

Uses :mod:`bilateral.gazetteer` (``country_code``, and ``find_countries`` / ``country_name`` when it has
them); falls back to pycountry's names when the gazetteer cannot be imported.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
# words that are ISO codes but mostly plain English when written in lower case
_STOP = {
    "in",
    "is",
    "it",
    "to",
    "at",
    "by",
    "be",
    "me",
    "my",
    "no",
    "so",
    "as",
    "am",
    "an",
    "and",
    "of",
    "or",
    "on",
    "do",
    "did",
    "does",
    "us",
    "we",
    "he",
    "hi",
    "id",
    "la",
    "ma",
    "al",
    "pa",
    "ca",
    "co",
    "ch",
    "ci",
    "cd",
}


@lru_cache(maxsize=1)
def _gazetteer() -> ModuleType | None:
    try:
        from bilateral import gazetteer
    except ImportError:
        return None
    return gazetteer


@lru_cache(maxsize=8192)
def code(text: str | None) -> str | None:
    """The alpha-2 code of a country named by ``text``, or None."""
    if not text or not text.strip():
        return None
    t = text.strip()
    g = _gazetteer()
    if g is not None and hasattr(g, "country_code"):
        try:
            found = g.country_code(t)
        except Exception:
            found = None
        if found:
            return str(found).upper()
        if len(t) == 2 and t.isalpha():
            found = g.country_code(t.upper())
            if found:
                return str(found).upper()
    return _pycountry_code(t)


def _pycountry_code(t: str) -> str | None:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return None
    if len(t) in (2, 3) and t.isalpha():
        c = pycountry.countries.get(alpha_2=t.upper()) if len(t) == 2 else pycountry.countries.get(alpha_3=t.upper())
        if c is not None:
            return str(c.alpha_2)
    try:
        return str(pycountry.countries.lookup(t).alpha_2)
    except LookupError:
        return None


@lru_cache(maxsize=1024)
def name(cc: str | None) -> str:
    """A readable name for an alpha-2 code (the code itself when unknown)."""
    if not cc:
        return "?"
    g = _gazetteer()
    if g is not None and hasattr(g, "country_name"):
        try:
            n = g.country_name(cc)
        except Exception:
            n = None
        if n:
            return str(n)
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=cc.upper())
    except (ImportError, KeyError, LookupError):
        c = None
    if c is None:
        return cc
    return str(getattr(c, "common_name", None) or c.name)


def find(text: str) -> list[tuple[int, int, str]]:
    """Countries named in free text, as (start, end, code) in order; longest names win.

    Two-letter codes count only when written in capitals ("PT"), so "in" and "is" stay words.
    """
    g = _gazetteer()
    if g is not None and hasattr(g, "find_countries"):
        try:
            out = []
            for m in g.find_countries(text):
                cc = getattr(m, "code", None) or getattr(m, "value", None) or code(text[m.start : m.end])
                if cc:
                    out.append((m.start, m.end, str(cc).upper()))
            out += [t for t in _find_codes(text) if not any(s <= t[0] < e for s, e, _ in out)]
            return sorted(out)
        except Exception:
            pass
    return _scan(text)


def _find_codes(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in re.finditer(r"\b[A-Z]{2}\b", text):
        cc = _pycountry_code(m.group())
        if cc:
            out.append((m.start(), m.end(), cc))
    return out


def _scan(text: str) -> list[tuple[int, int, str]]:
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(5, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + n - 1][1]
            phrase = text[start:end]
            for cand in (phrase, re.sub(r"['’]s$", "", phrase)):
                if n == 1 and (cand.casefold() in _STOP or len(cand) < 2):
                    continue
                if len(cand) <= 3 and not cand.isupper():
                    continue
                cc = code(cand)
                if cc:
                    hit = (start, end, cc, n)
                    break
            if hit:
                break
        if hit:
            out.append(hit[:3])
            i += hit[3]
        else:
            i += 1
    return out


@lru_cache(maxsize=4096)
def organization(text: str | None) -> str | None:
    """The canonical name of an international organization ("NATO" → its full name), or the text itself."""
    if not text or not text.strip():
        return None
    g = _gazetteer()
    if g is not None and hasattr(g, "organization"):
        try:
            canon = g.organization(text)
        except Exception:
            canon = None
        if canon:
            return str(canon)
    return text.strip()

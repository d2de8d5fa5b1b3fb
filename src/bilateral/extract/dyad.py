"""The two states an article is about: from the title, else the infobox, else the opening lines."""

from __future__ import annotations

import re
from functools import lru_cache

from bilateral import gazetteer
from bilateral.document.model import Doc

_RELATIONS = re.compile(r"^\s*(.+?)\s+relations?\s*$", re.I)
_BETWEEN = re.compile(
    r"^\s*(?:(?:bilateral|foreign|diplomatic)\s+)?relations?\s+between\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?)\s*$",
    re.I,
)


def _combining(form: str) -> str | None:
    """ "Sino" -> CN, "Franco" -> FR: the first half of "Sino-Indian relations" (data/combining_forms.tsv)."""
    return _combining_table().get(form.strip())


@lru_cache(maxsize=1)
def _combining_table() -> dict[str, str]:
    return {r["form"]: r["country"] for r in gazetteer.read_table("combining_forms.tsv") if r["country"]}
_SEPARATORS = ("–", "—", " - ", "-", "/", " and ")


def _pair_from_name(name: str) -> tuple[str, str] | None:
    """ "Azerbaijan–Portugal", "Guinea-Bissau–Portugal", "Georgia and Lithuania" → two codes."""
    name = name.strip()
    for sep in _SEPARATORS:
        pos = name.find(sep)
        while pos != -1:
            left, right = name[:pos], name[pos + len(sep) :]
            a = gazetteer.country_code(left.strip()) or (_combining(left) if sep == "-" else None)
            b = gazetteer.country_code(right.strip())
            if a and b and a != b:
                return a, b
            pos = name.find(sep, pos + 1)
    return None


def from_title(title: str) -> tuple[str, str] | None:
    m = _BETWEEN.match(title)
    if m:
        a, b = gazetteer.country_code(m.group(1)), gazetteer.country_code(m.group(2))
        return (a, b) if a and b and a != b else None
    m = _RELATIONS.match(title)
    return _pair_from_name(m.group(1) if m else title)


def find_dyad(doc: Doc) -> tuple[str, str] | None:
    if doc.title:
        pair = from_title(doc.title)
        if pair:
            return pair
    first = doc.field("country1")
    second = doc.field("country2")
    if first and second:
        a, b = gazetteer.country_code(first.value), gazetteer.country_code(second.value)
        if a and b and a != b:
            return a, b
    for key in ("1",):
        f = doc.field(key)
        if f:
            pair = _pair_from_name(f.value)
            if pair:
                return pair
    # prose: the first two states named in the opening sentences
    seen: list[str] = []
    for unit in doc.units[:3]:
        if unit.kind != "sentence":
            continue
        for m in gazetteer.find_countries(doc.plain_of(unit)):
            if m.code not in seen:
                seen.append(m.code)
        if len(seen) >= 2:
            return seen[0], seen[1]
    return None

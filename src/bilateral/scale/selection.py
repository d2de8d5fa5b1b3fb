"""Which pages of a dump are articles about the relations between two countries.

A page is kept when it is in the main namespace (0), is not a redirect, and either its title reads like
one ("X–Y relations" with an en dash or a hyphen, "Relations between X and Y"; or whatever ``--titles``
says) or its text holds a relations infobox (``{{Infobox bilateral relations`` or
``{{Infobox foreign relations``). The infobox test runs on the page's raw bytes, before any parsing, so
the pages a scan drops cost almost nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilateral.scale.dump import RawPage

DEFAULT_TITLES = r"^(?:.+?\s*[–-]\s*.+?\s+relations|(?:bilateral\s+)?relations\s+between\s+.+?\s+and\s+.+)$"
INFOBOX = re.compile(rb"\{\{\s*infobox[\s_]+(?:bilateral|foreign)[\s_]+relations?\b", re.I)


class TitlesError(ValueError):
    """The ``--titles`` pattern is not a valid regular expression."""


@dataclass(frozen=True)
class Selector:
    titles: re.Pattern[str]
    infobox: bool = True

    @classmethod
    def make(cls, titles: str | None = None, infobox: bool = True) -> Selector:
        pattern = titles or DEFAULT_TITLES
        try:
            compiled = re.compile(pattern, re.I)
        except re.error as exc:
            message = f"--titles {pattern!r} is not a valid regular expression ({exc}); fix the pattern"
            raise TitlesError(message) from None
        return cls(compiled, infobox)

    def title_matches(self, title: str | None) -> bool:
        return bool(title) and self.titles.search(title or "") is not None

    def why(self, page: RawPage) -> str | None:
        """"title" or "infobox" when the page is kept, else None."""
        if page.ns != 0 or page.redirect:
            return None
        if self.title_matches(page.title):
            return "title"
        if self.infobox and INFOBOX.search(page.data):
            return "infobox"
        return None

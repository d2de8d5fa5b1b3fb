"""See-also lists: each item of a "See also" section names a related article."""

from __future__ import annotations

import re

from bilateral.extract import common
from bilateral.extract.base import Context, Fact

_MAIN = re.compile(r"^\s*(?:main|further)\b[\w ]{0,20}:", re.I)
_LINE = re.compile(r"^\s*see\s+also\s*:\s*(.+)$", re.I | re.S)


def extract(ctx: Context) -> list[Fact]:
    doc = ctx.doc
    facts = []
    for unit in doc.units:
        if unit.kind == "sentence":
            # plain prose: "See also: Foreign relations of Latvia; Foreign relations of Lithuania"
            m = _LINE.match(doc.plain_of(unit))
            if m:
                rest = m.group(1)
                parts = rest.split(";") if ";" in rest else rest.split(",")
                for part in parts:
                    title = " ".join(part.split()).strip(" .;,")
                    if title:
                        facts.append(Fact("see_also", {"title": title}, [unit], 0.9))
            continue
        if unit.kind == "hatnote":
            # "{{See also|A|B}}" over a section: the titles it points to; a copied page writes "See also: A; B";
            # "Main article: A" points to the fuller article on the section's subject, no related one
            plain = doc.plain_of(unit)
            if _MAIN.match(plain):
                continue
            m = _LINE.match(plain)
            for part in (m.group(1) if m else plain).split(";"):
                title = " ".join(part.split()).strip(" .;,")
                if title:
                    facts.append(Fact("see_also", {"title": title}, [unit], 0.9))
            continue
        if not common.in_see_also(unit):
            continue
        title = " ".join(doc.plain_of(unit).split()).strip(" .;,")
        if title:
            facts.append(Fact("see_also", {"title": title}, [unit], 0.99))
    return facts

"""The exports' data tables (under ``bilateral/data``): Wikidata items and event codes, read once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bilateral.store import facts as F

DATA = Path(__file__).resolve().parent.parent / "data"


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated table with '#' comment lines and a header line."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells, strict=False)})
    return rows


@lru_cache(maxsize=1)
def country_qids() -> dict[str, str]:
    """ISO 3166-1 alpha-2 → Wikidata QID."""
    return {r["code"].upper(): r["qid"] for r in read_tsv("wikidata_countries.tsv") if r.get("qid")}


def country_qid(code: str | None) -> str | None:
    return country_qids().get(code.upper()) if code else None


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    return {
        r["code"].upper(): (f"{r['article']} {r['label']}" if r.get("article") else r["label"])
        for r in read_tsv("wikidata_countries.tsv")
    }


def country_label(code: str) -> str:
    """The state's English name as it reads after "of" ("the Czech Republic", "Estonia")."""
    from bilateral.store import countries

    return _labels().get(code.upper()) or countries.name(code)


@lru_cache(maxsize=1)
def city_qids() -> dict[tuple[str, str], str]:
    """(city name key, ISO code) → QID, every spelling of the city included."""
    out: dict[tuple[str, str], str] = {}
    for r in read_tsv("wikidata_cities.tsv"):
        names = [r["name"], *[x for x in r.get("alternatives", "").split("|") if x.strip()]]
        for n in names:
            out[(F.norm_key(n), r["country"].upper())] = r["qid"]
    return out


def city_qid(name: str | None, country: str | None) -> str | None:
    if not name or not country:
        return None
    return city_qids().get((F.norm_key(name), country.upper()))


@lru_cache(maxsize=1)
def person_qids() -> dict[str, str]:
    return {F.norm_key(r["name"]): r["qid"] for r in read_tsv("wikidata_people.tsv") if r.get("qid")}


@lru_cache(maxsize=1)
def position_qids() -> dict[tuple[str, str, str], str]:
    return {
        (r["role"], r["sender"].upper(), r["receiver"].upper()): r["qid"]
        for r in read_tsv("wikidata_positions.tsv")
        if r.get("qid")
    }


@lru_cache(maxsize=1)
def event_codes() -> list[dict[str, str]]:
    return read_tsv("event_codes.tsv")

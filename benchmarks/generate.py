"""Synthetic articles and dumps, of any size — for benchmarks and stress tests only, never for accuracy.

    python benchmarks/generate.py articles OUTDIR --n 300 --format all
    python benchmarks/generate.py dump OUT.xml.bz2 --size 200MB [--multistream] [--share 0.01]

Articles: random pairs of countries from the gazetteer, with recognition and relations dates, envoys
(made-up names), missions in real capitals, visits, agreements and a trade table, written in the seed
plain-text format, as MediaWiki wikitext or as plain prose. Dumps: those articles as pages among filler
pages (made-up prose with links and templates, talk pages, redirects), in MediaWiki's export XML — plain,
one bz2 stream, or multistream with its index.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_store import MONTHS, country_names  # noqa: E402

from bilateral.scale.writer import DumpPage, write_multistream, write_xml  # noqa: E402

FORMATS = ("seed", "wiki", "prose")
GIVEN = ["Anna", "Jonas", "Maria", "Pedro", "Elena", "Tomas", "Ingrid", "Kofi", "Amina", "Rustam", "Lena", "Hugo"]
FAMILY = ["Berg", "Silva", "Novak", "Kask", "Haddad", "Okafor", "Tanaka", "Moreau", "Lind", "Petrov", "Costa"]
ROLES = ["President", "Prime Minister", "Foreign Minister"]


def capitals() -> dict[str, str]:
    """ISO code → capital, from the gazetteer's cities (the first row marked capital)."""
    import csv

    from bilateral.gazetteer import DATA

    out: dict[str, str] = {}
    with open(DATA / "cities.tsv", encoding="utf-8") as fh:
        for r in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            cc, name = (r.get("country") or "").strip(), (r.get("name") or "").strip()
            if cc and name and cc not in out and (r.get("capital") or "").strip() == "1":
                out[cc] = name
    return out


class Generator:
    def __init__(self, seed: int = 7) -> None:
        self.rnd = random.Random(seed)
        self.names = country_names()
        self.capitals = capitals()
        allp = list(itertools.combinations(self.names, 2))
        self.rnd.shuffle(allp)
        self.pairs = itertools.cycle(allp)

    def person(self) -> str:
        return f"{self.rnd.choice(GIVEN)} {self.rnd.choice(FAMILY)}"

    def date(self, lo: int, hi: int) -> str:
        return f"{self.rnd.randint(1, 28)} {self.rnd.choice(MONTHS)} {self.rnd.randint(lo, hi)}"

    def sentences(self, a: str, ca: str, b: str, cb: str) -> dict[str, list[str]]:
        r = self.rnd
        cap_a, cap_b = self.capitals.get(ca), self.capitals.get(cb)
        y = r.randint(1960, 2000)
        overview = [
            f"{b} recognized the independence of {a} on {self.date(y, y)}.",
            f"Diplomatic relations between {a} and {b} were established on {self.date(y, y + 1)}.",
            "Both countries are members of the United Nations and of the World Trade Organization.",
        ]
        missions = []
        if cap_b:
            missions.append(f"{a} has an embassy in {cap_b}.")
        else:
            missions.append(f"{a} is accredited to {b} from its embassy in a third country.")
        if cap_a:
            missions.append(f"{b} has an embassy in {cap_a}.")
        missions.append(
            f"{self.person()} was appointed Ambassador of {a} to {b} on {self.date(2010, 2022)}."
        )
        visits = []
        for _ in range(r.randint(2, 5)):
            role = r.choice(ROLES)
            where = cap_b or b
            visits.append(
                f"On {self.date(2001, 2023)} the {role} of {a}, {self.person()}, visited {where} and met "
                f"{r.choice(ROLES)} {self.person()}."
            )
        agreements = [
            f"An agreement on economic cooperation was signed in {cap_a or a} on {self.date(1995, 2020)}.",
            f"A memorandum of understanding on education was signed on {self.date(2005, 2022)}.",
        ]
        return {"Overview": overview, "Diplomatic missions": missions, "Visits": visits, "Agreements": agreements}

    def trade(self) -> list[tuple[int, float, float]]:
        start = self.rnd.randint(2010, 2016)
        return [
            (yr, round(self.rnd.uniform(5, 900), 1), round(self.rnd.uniform(5, 900), 1))
            for yr in range(start, start + self.rnd.randint(3, 8))
        ]

    def article(self, fmt: str) -> tuple[str, str]:
        """(title, text) of one synthetic article in ``fmt`` ("seed", "wiki" or "prose")."""
        (a, ca), (b, cb) = next(self.pairs)
        title = f"{a}–{b} relations"
        parts = self.sentences(a, ca, b, cb)
        rows = self.trade()
        lead = f"{title} are the bilateral relations between {a} and {b}."
        if fmt == "seed":
            out = [f"= {title} =", "", lead, ""]
            for sec, ss in parts.items():
                out += [f"== {sec} ==", " ".join(ss), ""]
            out += ["== Economic relations ==", f"Trade between {a} and {b} (million USD):"]
            out += ["| Year | Export | Import |"]
            out += [f"| {y} | {e} | {i} |" for y, e, i in rows]
            out += ["", "== See also ==", f"- Foreign relations of {a}", f"- Foreign relations of {b}", ""]
            return title, "\n".join(out)
        if fmt == "wiki":
            out = [
                "{{Infobox bilateral relations",
                f"| {a}–{b}",
                f"| country1 = {a}",
                f"| country2 = {b}",
                "}}",
                f"'''{title}''' are the bilateral relations between [[{a}]] and [[{b}]].<ref>Ministry of Foreign "
                "Affairs</ref>",
                "",
            ]
            for sec, ss in parts.items():
                out += [f"== {sec} ==", " ".join(ss), ""]
            out += ["== Economic relations ==", '{| class="wikitable"', f"|+ Trade of {a} with {b}, million USD"]
            out += ["! Year !! Export !! Import"]
            for y, e, i in rows:
                out += ["|-", f"| {y} || {e} || {i}"]
            out += ["|}", "", "== See also ==", f"* [[Foreign relations of {a}]]", f"* [[Foreign relations of {b}]]"]
            out += ["", "== References ==", "{{Reflist}}", ""]
            return title, "\n".join(out)
        out = [title, "", lead, ""]
        for ss in parts.values():
            out += [" ".join(ss), ""]
        trade = "; ".join(f"in {y} exports of {a} to {b} were {e} million USD" for y, e, _ in rows)
        out += [trade[0].upper() + trade[1:] + ".", ""]
        return title, "\n".join(out)


# -- filler pages ------------------------------------------------------------------------------------------

_WORDS = (  # noqa: SIM905
    "the of and in to a was is for on as by with from that at his it an were are which this be also has had "
    "first one their its new after who they two her she been other when there all during into school time may "
    "years more most only over city some world would where later up such used many can state about national "
    "film then them age than these team known under while three season number within river species county "
    "album group village district music house between series war government north south century part west "
    "population area called played member born league public early family became university church since"
).split()


class Filler:
    """Made-up encyclopedic pages: a pool of sentences (with numbers, links, templates) drawn at random."""

    def __init__(self, seed: int = 11, pool: int = 40000) -> None:
        self.rnd = random.Random(seed)
        r = self.rnd
        self.pool = []
        for _ in range(pool):
            words = r.choices(_WORDS, k=r.randint(8, 30))
            if r.random() < 0.4:
                k = r.randrange(len(words))
                words[k] = f"[[{words[k].capitalize()} {r.choice(_WORDS)}|{words[k]}]]"
            if r.random() < 0.3:
                words.append(f"in {r.randint(1500, 2024)}")
            s = " ".join(words)
            if r.random() < 0.15:
                cite = f"cite web |title={r.choice(_WORDS)} {r.randint(1, 999)} |year={r.randint(1990, 2024)}"
                s += "<ref>{{" + cite + "}}</ref>"
            self.pool.append(s[0].upper() + s[1:] + ".")

    def text(self, size: int) -> str:
        r = self.rnd
        out: list[str] = [f"{{{{Short description|{r.choice(_WORDS)} {r.choice(_WORDS)}}}}}\n"]
        n = 0
        while n < size:
            para = " ".join(r.choices(self.pool, k=r.randint(2, 7)))
            if r.random() < 0.2:
                para = f"== {r.choice(_WORDS).capitalize()} {r.choice(_WORDS)} ==\n" + para
            out.append(para + "\n\n")
            n += len(para) + 2
        return "".join(out)

    def size(self) -> int:
        """Page sizes like Wikipedia's: mostly a few kB, a long tail of long articles."""
        return min(int(self.rnd.lognormvariate(8.2, 1.0)), 400_000)


def dump_pages(total: int, share: float = 0.01, seed: int = 7, fmt_mix: bool = False) -> Iterator[DumpPage]:
    """Pages until ``total`` bytes of text: relations articles (wikitext) with probability ``share``, the
    rest filler; some filler pages are talk pages (namespace 1) or redirects."""
    gen, filler = Generator(seed), Filler(seed + 4)
    r = random.Random(seed + 1)
    written, pid = 0, 10
    while written < total:
        pid += r.randint(1, 5)
        u = r.random()
        if u < share:
            title, text = gen.article("wiki")
            page = DumpPage(pid, title, text)
        elif u < share + 0.08:
            page = DumpPage(pid, f"Redirect {pid}", f"#REDIRECT [[Topic {pid - 1}]]", redirect=f"Topic {pid - 1}")
        elif u < share + 0.15:
            page = DumpPage(pid, f"Talk:Topic {pid}", filler.text(filler.size() // 4), ns=1)
        else:
            page = DumpPage(pid, f"Topic {pid}", filler.text(filler.size()))
        written += len(page.text)
        yield page


def _size(text: str) -> int:
    t = text.strip().upper()
    for suffix, m in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if t.endswith(suffix):
            return int(float(t[: -len(suffix)]) * m)
    return int(t)


def write_articles(out: Path, n: int, formats: tuple[str, ...], seed: int = 7) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed)
    paths = []
    suffix = {"seed": ".txt", "wiki": ".wiki", "prose": ".txt"}
    for i in range(n):
        fmt = formats[i % len(formats)]
        _title, text = gen.article(fmt)
        p = out / f"{i:05d}-{fmt}{suffix[fmt]}"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def write_dump(path: Path, size: int, multistream: bool, share: float, seed: int = 7, workers: int = 2) -> list[Path]:
    pages = dump_pages(size, share, seed)
    if multistream:
        dump, index = write_multistream(pages, path, workers=workers)
        return [dump, index]
    return [write_xml(pages, path)]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("articles", help="article files in the three formats")
    a.add_argument("out", type=Path)
    a.add_argument("--n", type=int, default=300)
    a.add_argument("--format", choices=[*FORMATS, "all"], default="all")
    a.add_argument("--seed", type=int, default=7)
    d = sub.add_parser("dump", help="a MediaWiki XML dump (.xml, .xml.bz2; --multistream adds the index)")
    d.add_argument("out", type=Path)
    d.add_argument("--size", default="50MB", help="text to write (e.g. 200MB, 1GB)")
    d.add_argument("--share", type=float, default=0.01, help="share of pages that are relations articles")
    d.add_argument("--multistream", action="store_true")
    d.add_argument("--seed", type=int, default=7)
    d.add_argument("--workers", type=int, default=2, help="processes compressing a multistream dump")
    args = ap.parse_args(argv)
    if args.cmd == "articles":
        formats = FORMATS if args.format == "all" else (args.format,)
        paths = write_articles(args.out, args.n, formats, args.seed)
        print(f"{len(paths)} articles written to {args.out}")
    else:
        for p in write_dump(args.out, _size(args.size), args.multistream, args.share, args.seed, args.workers):
            print(f"{p} ({p.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()

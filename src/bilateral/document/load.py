"""From a file to a Doc: decoding, format detection, and the errors a user can meet."""

from __future__ import annotations

import re
from pathlib import Path

from bilateral.document.model import Doc
from bilateral.document.normalize import normalize
from bilateral.document.prose import read_prose
from bilateral.document.seed import read_seed
from bilateral.document.wiki import read_wiki

FORMATS = ("seed", "wiki", "prose")
ARTICLE_SUFFIXES = {".txt", ".wiki", ".wikitext", ".mediawiki", ".text", ""}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_WIKI_SIGNS = re.compile(r"\{\{|\[\[|'''|^\{\||<ref[ >]", re.M)
_SEED_SIGNS = re.compile(r"^\s*=\s*[^=].*=\s*$|^\s*Infobox\s*$|^\s*==\s*[^=].*==\s*$|^\s*\|.*\|\s*$", re.M)


class ArticleError(Exception):
    """A problem with one article that stops it from being read; the message says what to do."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None) -> None:
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        super().__init__(self.where() + ": " + message)

    def where(self) -> str:
        out = self.path
        if self.line is not None:
            out += f":{self.line}"
            if self.column is not None:
                out += f":{self.column}"
        return out


def decode(data: bytes, path: str, warnings: list[str]) -> str:
    """UTF-8 (a BOM is accepted and dropped); otherwise cp1252 with a warning."""
    if b"\x00" in data[:8192]:
        raise ArticleError(path, "is a binary file, not an article; pass text files (.txt, .wiki)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        warnings.append(
            f"{path}:{line}:{col}: not valid UTF-8; decoded as cp1252 — re-save the file as UTF-8 "
            "if characters look wrong"
        )
        return data.decode("cp1252", errors="replace")


def detect_format(text: str, path: str = "") -> str:
    """ "wiki" for MediaWiki markup, "seed" for the ``= Title =`` plain-text format, else "prose"."""
    suffix = Path(path).suffix.lower()
    if suffix in (".wiki", ".wikitext", ".mediawiki"):
        return "wiki"
    head = text[:20000]
    first = next((ln for ln in head.splitlines() if ln.strip()), "")
    if head.lstrip().startswith("{{") or len(_WIKI_SIGNS.findall(head)) >= 3:
        return "wiki"
    if re.match(r"^\s*=\s*[^=].*=\s*$", first) or len(_SEED_SIGNS.findall(head)) >= 2:
        return "seed"
    return "prose"


def parse_text(text: str, path: str = "", input_format: str | None = None) -> Doc:
    """A Doc from text already decoded."""
    fmt = input_format or detect_format(text, path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")
    norm = normalize(text)
    doc = Doc(text=text, norm=norm, plain=norm, pmap=None, format=fmt, path=path)
    if fmt == "wiki":
        return read_wiki(doc)
    if fmt == "seed":
        return read_seed(doc)
    return read_prose(doc)


def load(path: str | Path, input_format: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Doc:
    """Read and parse one article file; raises ArticleError with a message fit for a user."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise ArticleError(name, "no such file; check the path")
    if p.is_dir():
        raise ArticleError(name, "is a folder; pass the folder to read every article in it")
    size = p.stat().st_size
    if size > max_bytes:
        raise ArticleError(
            name,
            f"is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; "
            "raise it with --max-size if this is really one article",
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleError(name, f"cannot be read ({exc.strerror}); check its permissions") from exc
    warnings: list[str] = []
    text = decode(data, name, warnings)
    if not text.strip():
        raise ArticleError(name, "is empty; nothing to extract")
    doc = parse_text(text, name, input_format)
    doc.warnings.extend(warnings)
    return doc

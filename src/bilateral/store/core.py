"""The SQLite file: opening it safely, migrating it, and writing one article per transaction."""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote as urlquote

from bilateral.store import countries
from bilateral.store import facts as F

APPLICATION_ID = 0x62696C61  # "bila"
DEFAULT_TIMEOUT = 10.0


class StoreError(Exception):
    """A problem with the database a user must fix; the message is one line saying what to do."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


class DocumentError(ValueError):
    """A document that does not follow the facts contract."""


# -- migrations ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str | None  # a .sql script, or None for a Python module with ``migrate(conn)``
    module: str | None = None


def migrations() -> list[Migration]:
    """Every migration in ``store/migrations``, by number (``NNN_name.sql`` or ``NNN_name.py``)."""
    out = []
    for entry in resources.files("bilateral.store.migrations").iterdir():
        m = re.match(r"^(\d{3})_(\w+)\.(sql|py)$", entry.name)
        if not m:
            continue
        n, name, ext = int(m.group(1)), m.group(2), m.group(3)
        if ext == "sql":
            out.append(Migration(n, name, entry.read_text(encoding="utf-8")))
        else:
            out.append(Migration(n, name, None, f"bilateral.store.migrations.{entry.name[:-3]}"))
    out.sort(key=lambda mg: mg.number)
    numbers = [mg.number for mg in out]
    if numbers != list(range(1, len(out) + 1)):
        raise RuntimeError(f"store migrations must be numbered 001, 002, … without gaps; found {numbers}")
    return out


def schema_version() -> int:
    """The schema version this code writes (the number of the last migration)."""
    return len(migrations())


# -- errors ----------------------------------------------------------------------------------------------


def explain(exc: BaseException, path: str) -> StoreError:
    """A sqlite error turned into one line saying what happened to the file and what to do."""
    if isinstance(exc, StoreError):
        return exc
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            path, "the database is locked by another process; wait for it to finish (or stop it) and retry"
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            path,
            "the database is read-only; make the file and its folder writable, or choose another file with --db",
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(
            path,
            "the database is corrupt or not a SQLite file; move it aside (or restore a backup) and ingest again",
        )
    if "unable to open" in text or "cannot open" in text:
        return StoreError(path, "the database cannot be opened; check that its folder exists and is writable")
    if "disk" in text and "full" in text:
        return StoreError(path, "the disk is full; free some space and ingest again (stored articles are intact)")
    return StoreError(path, f"database error ({exc}); check the file, or move it aside and ingest again")


# -- documents -------------------------------------------------------------------------------------------


@dataclass
class Payload:
    """What the store keeps of one extracted article: the contract document and its quotable units."""

    document: dict[str, Any]
    units: list[tuple[str, int, int, str, str]] = field(default_factory=list)  # kind, start, end, section, text
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_article(cls, article: Any) -> Payload:
        """From a :class:`bilateral.pipeline.Article` (its document, and the units of its Doc)."""
        doc = article.doc
        units = [(u.kind, u.start, u.end, u.section, doc.text[u.start : u.end]) for u in doc.units]
        return cls(article.document, units, list(getattr(article, "warnings", []) or []))


@dataclass(frozen=True)
class IngestResult:
    status: str  # "added" | "revised" | "unchanged"
    article_id: int
    source_id: int
    revision: int
    facts: int
    path: str
    title: str | None


def document_sha(document: Mapping[str, Any]) -> str:
    src = document.get("source") or {}
    sha = src.get("sha256") if isinstance(src, Mapping) else None
    if isinstance(sha, str) and sha:
        return sha
    canon = json.dumps(document, sort_keys=True, ensure_ascii=False, allow_nan=False)
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def _dumps(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except ValueError as exc:
        raise DocumentError(f"a value is not a finite number ({exc})") from None


def validate(document: Any) -> None:
    """Raise DocumentError unless ``document`` has the contract's shape (what the store relies on)."""
    if not isinstance(document, Mapping):
        raise DocumentError("a document must be a JSON object")
    facts = document.get("facts")
    if not isinstance(facts, list):
        raise DocumentError("the document has no 'facts' list")
    src = document.get("source")
    if src is not None and not isinstance(src, Mapping):
        raise DocumentError("'source' must be an object with path, title and sha256")
    dyad = document.get("dyad")
    if dyad is not None and not (isinstance(dyad, list) and len(dyad) == 2 and all(isinstance(c, str) for c in dyad)):
        raise DocumentError("'dyad' must be two ISO codes or null")
    for i, fact in enumerate(facts):
        if not isinstance(fact, Mapping) or not isinstance(fact.get("type"), str) or not fact["type"]:
            raise DocumentError(f"fact {i} has no 'type'")
        ev = fact.get("evidence", [])
        if not isinstance(ev, list):
            raise DocumentError(f"fact {i} ({fact['type']}): 'evidence' must be a list")
        for e in ev:
            if not isinstance(e, Mapping):
                raise DocumentError(f"fact {i} ({fact['type']}): an evidence must be an object")
            s, t, q = e.get("start"), e.get("end"), e.get("quote")
            if not (isinstance(s, int) and isinstance(t, int) and not isinstance(s, bool) and isinstance(q, str)):
                raise DocumentError(f"fact {i} ({fact['type']}): an evidence needs integer start/end and a quote")
            if not (0 <= s <= t < 2**63):
                raise DocumentError(f"fact {i} ({fact['type']}): evidence offsets {s}–{t} are not a span of a text")


# -- the store -------------------------------------------------------------------------------------------


class Store:
    """One SQLite knowledge base. Open it with :meth:`Store.open`; every query returns plain dicts/lists."""

    def __init__(self, conn: sqlite3.Connection, path: str, readonly: bool) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._entities: dict[tuple[str, str], int] = {}

    # -- opening ---------------------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        readonly: bool | None = False,
        create: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> Store:
        """Open (creating and migrating when allowed) the database at ``path``, in WAL mode.

        ``readonly=None`` opens read-write when the file is writable and read-only otherwise. A database
        from a newer schema is refused and left untouched; every failure is a :class:`StoreError`.
        """
        spath = os.fspath(path)
        memory = spath == ":memory:"
        p = Path(spath)
        if not memory:
            if p.is_dir():
                raise StoreError(spath, "is a folder, not a database file; pass a file path with --db")
            if not p.exists():
                if readonly or not create:
                    raise StoreError(spath, "no database here yet; run `bilateral ingest PATH...` first, or pass --db")
                if not p.parent.exists():
                    raise StoreError(spath, "its folder does not exist; create it or choose another path with --db")
            if readonly is None:
                readonly = p.exists() and not (os.access(p, os.W_OK) and os.access(p.parent or Path("."), os.W_OK))
            elif not readonly and p.exists() and not os.access(p, os.W_OK):
                raise explain(sqlite3.OperationalError("attempt to write a readonly database"), spath)
        readonly = bool(readonly)
        try:
            conn = cls._connect(spath, readonly, timeout)
        except sqlite3.Error as exc:
            raise explain(exc, spath) from None
        store = cls(conn, spath, readonly)
        try:
            store._prepare()
        except BaseException as exc:
            conn.close()
            if isinstance(exc, sqlite3.Error):
                raise explain(exc, spath) from None
            raise
        return store

    @staticmethod
    def _connect(path: str, readonly: bool, timeout: float) -> sqlite3.Connection:
        if path == ":memory:":
            conn = sqlite3.connect(":memory:", isolation_level=None, timeout=timeout)
        else:
            mode = "ro" if readonly else "rwc"
            uri = f"file:{urlquote(str(Path(path).absolute()))}?mode={mode}"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=timeout, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        return conn

    def _prepare(self) -> None:
        c = self.conn
        version = c.execute("PRAGMA user_version").fetchone()[0]
        app = c.execute("PRAGMA application_id").fetchone()[0]
        latest = schema_version()
        if version > latest:
            raise StoreError(
                self.path,
                f"written by a newer bilateral (schema {version}; this one knows up to {latest}); "
                "upgrade bilateral to read it — the file was left untouched",
            )
        tables = c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if (version == 0 and tables and app != APPLICATION_ID) or (version > 0 and app != APPLICATION_ID):
            raise StoreError(self.path, "is a SQLite file but not a bilateral database; choose another file with --db")
        c.execute("PRAGMA foreign_keys = ON")
        if self.readonly:
            if version < latest:
                raise StoreError(
                    self.path,
                    f"has schema {version} and needs upgrading to {latest}, but it is read-only; "
                    "make it writable and run any bilateral command once",
                )
            return
        mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal" and self.path != ":memory:":
            raise StoreError(
                self.path, f"could not switch the database to WAL mode (got {mode}); check the file system"
            )
        c.execute("PRAGMA synchronous = NORMAL")
        self._migrate(version)

    def _migrate(self, version: int) -> None:
        for mg in migrations():
            if mg.number <= version:
                continue
            c = self.conn
            try:
                if mg.sql is not None:
                    c.executescript(
                        f"BEGIN IMMEDIATE;\n{mg.sql}\nPRAGMA application_id = {APPLICATION_ID};\n"
                        f"PRAGMA user_version = {mg.number};\nCOMMIT;"
                    )
                else:
                    module = importlib.import_module(str(mg.module))
                    c.execute("BEGIN IMMEDIATE")
                    module.migrate(c)
                    c.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    c.execute(f"PRAGMA user_version = {mg.number}")
                    c.execute("COMMIT")
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT; anything raised (Ctrl-C included) rolls the whole of it back."""
        if self.readonly:
            raise StoreError(self.path, "opened read-only; nothing can be written")
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from None
        try:
            yield c
            c.execute("COMMIT")
        except BaseException as exc:
            self._entities.clear()
            if c.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    c.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise explain(exc, self.path) from None
            raise

    def is_current(self, sha256: str) -> bool:
        """Whether an article with this sha256 is stored as the current revision (re-ingest is a no-op)."""
        row = self.conn.execute("SELECT 1 FROM sources WHERE sha256 = ? AND current = 1 LIMIT 1", (sha256,)).fetchone()
        return row is not None

    def ingest_document(
        self,
        article: Any,
        *,
        units: Sequence[tuple[str, int, int, str, str]] | None = None,
        warnings: Sequence[str] | None = None,
    ) -> IngestResult:
        """Store one article (a pipeline Article, a :class:`Payload`, or a contract document dict).

        All of it or none of it, in one transaction. The same sha256 already current changes nothing
        ("unchanged"); an article with the same path or title becomes a new revision ("revised") whose facts
        replace the old ones in queries, while the old revision stays stored (``history=True``).
        """
        if isinstance(article, Payload):
            payload = article
        elif isinstance(article, Mapping):
            payload = Payload(dict(article))
        elif hasattr(article, "document") and hasattr(article, "doc"):
            payload = Payload.from_article(article)
        else:
            raise DocumentError("a document must be a JSON object (or a pipeline Article)")
        if units is not None:
            payload.units = list(units)
        if warnings is not None:
            payload.warnings = list(warnings)
        document = payload.document
        validate(document)
        src: Mapping[str, Any] = document.get("source") or {}
        path = str(src.get("path") or "")
        title = src.get("title") if isinstance(src.get("title"), str) else None
        sha = document_sha(document)
        header = {k: v for k, v in document.items() if k != "facts"}
        header_json = _dumps(header)
        fact_rows = [self._fact_row(f, document.get("dyad")) for f in document["facts"]]
        with self.transaction() as c:
            row = c.execute(
                "SELECT id, article_id, revision, n_facts FROM sources WHERE sha256 = ? AND current = 1 LIMIT 1",
                (sha,),
            ).fetchone()
            if row is not None:
                return IngestResult(
                    "unchanged", row["article_id"], row["id"], row["revision"], row["n_facts"], path, title
                )
            title_key = F.norm_key(title) or None
            art = None
            if path:
                art = c.execute("SELECT id FROM articles WHERE path = ? ORDER BY id LIMIT 1", (path,)).fetchone()
            if art is None and title_key:
                art = c.execute(
                    "SELECT id FROM articles WHERE title_key = ? ORDER BY id LIMIT 1", (title_key,)
                ).fetchone()
            if art is not None:
                article_id = int(art["id"])
                revision = (
                    int(
                        c.execute(
                            "SELECT coalesce(max(revision), 0) FROM sources WHERE article_id = ?",
                            (article_id,),
                        ).fetchone()[0]
                    )
                    + 1
                )
                c.execute("UPDATE sources SET current = 0 WHERE article_id = ? AND current = 1", (article_id,))
                status = "revised" if revision > 1 else "added"
            else:
                cur = c.execute(
                    "INSERT INTO articles(path, title, title_key) VALUES (?, ?, ?)", (path, title, title_key)
                )
                article_id, revision, status = int(cur.lastrowid or 0), 1, "added"
            dyad = document.get("dyad") or [None, None]
            sentences = payload.units or _units_from_evidence(document["facts"])
            cur = c.execute(
                "INSERT INTO sources(article_id, revision, current, path, title, format, sha256, schema,"
                " dyad_a, dyad_b, a, b, ingested_at, n_facts, n_sentences, warnings, header)"
                " VALUES (?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article_id,
                    revision,
                    path,
                    title,
                    src.get("format"),
                    sha,
                    document.get("schema"),
                    F.upper(dyad[0]),
                    F.upper(dyad[1]),
                    *F.pair({}, dyad),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    len(fact_rows),
                    len(sentences),
                    _dumps(list(payload.warnings)),
                    header_json,
                ),
            )
            source_id = int(cur.lastrowid or 0)
            for seq, fr in enumerate(fact_rows):
                self._insert_fact(c, source_id, seq, fr)
            c.executemany(
                'INSERT INTO sentences(source_id, seq, kind, section, start, "end", text) VALUES (?,?,?,?,?,?,?)',
                [(source_id, i, k, sec, s, e, t) for i, (k, s, e, sec, t) in enumerate(sentences)],
            )
            c.execute(
                "UPDATE articles SET path = ?, title = ?, title_key = ?, current_source_id = ? WHERE id = ?",
                (path, title, title_key, source_id, article_id),
            )
        return IngestResult(status, article_id, source_id, revision, len(fact_rows), path, title)

    @staticmethod
    def _fact_row(fact: Mapping[str, Any], dyad: Sequence[str] | None) -> dict[str, Any]:
        data = {k: v for k, v in fact.items() if k != "evidence"}
        a, b = F.pair(fact, dyad)
        actor, counterpart = F.sides(fact)
        af = F.one(fact.get("accredited_from"))
        via = F.upper(af.get("country")) if isinstance(af, Mapping) else None
        dated = F.dated(fact)
        conf = fact.get("confidence")
        return {
            "type": fact["type"],
            "a": a,
            "b": b,
            "actor": actor,
            "counterpart": counterpart,
            "via": via,
            "dated": dated,
            "label": F.label(fact),
            "text": F.search_text(fact),
            "confidence": float(conf) if isinstance(conf, int | float) and not isinstance(conf, bool) else None,
            "data": _dumps(data),
            "evidence": list(fact.get("evidence") or []),
            "entities": list(F.entities(fact)),
        }

    def _insert_fact(self, c: sqlite3.Connection, source_id: int, seq: int, fr: dict[str, Any]) -> int:
        first = fr["dated"][0] if fr["dated"] else None
        cur = c.execute(
            "INSERT INTO facts(source_id, seq, type, a, b, actor, counterpart, via_country, date, date_lo,"
            " date_hi,"
            " label, text, confidence, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                source_id,
                seq,
                fr["type"],
                fr["a"],
                fr["b"],
                fr["actor"],
                fr["counterpart"],
                fr["via"],
                first[1] if first else None,
                first[2] if first else None,
                first[3] if first else None,
                fr["label"],
                fr["text"],
                fr["confidence"],
                fr["data"],
            ),
        )
        fact_id = int(cur.lastrowid or 0)
        if fr["dated"]:
            c.executemany(
                "INSERT OR IGNORE INTO fact_dates(fact_id, field, edtf, lo, hi) VALUES (?,?,?,?,?)",
                [(fact_id, *d) for d in fr["dated"]],
            )
        ev_rows = []
        for i, e in enumerate(fr["evidence"]):
            extra = {k: v for k, v in e.items() if k not in ("section", "start", "end", "quote")}
            ev_rows.append(
                (
                    fact_id,
                    source_id,
                    i,
                    e.get("section"),
                    e["start"],
                    e["end"],
                    e["quote"],
                    _dumps(extra) if extra else None,
                )
            )
        c.executemany(
            'INSERT INTO evidence(fact_id, source_id, seq, section, start, "end", quote, extra)'
            " VALUES (?,?,?,?,?,?,?,?)",
            ev_rows,
        )
        mentions = []
        for kind, name, country, fld in fr["entities"]:
            mentions.append((self._entity(c, kind, name, country), fact_id, source_id, fld))
        c.executemany("INSERT OR IGNORE INTO mentions(entity_id, fact_id, source_id, field) VALUES (?,?,?,?)", mentions)
        return fact_id

    def _entity(self, c: sqlite3.Connection, kind: str, name: str, country: str | None) -> int:
        if kind == "country":
            key, display = name.upper(), countries.name(name.upper())
        elif kind == "city":
            key, display = f"{F.norm_key(name)}|{country or ''}", name
        elif kind == "organization":
            display = countries.organization(name) or name
            key = F.norm_key(display) or display
        else:
            key, display = F.norm_key(name) or name, name
        cached = self._entities.get((kind, key))
        if cached is not None:
            return cached
        row = c.execute("SELECT id FROM entities WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        if row is None:
            cur = c.execute(
                "INSERT INTO entities(kind, key, name, country) VALUES (?,?,?,?)",
                (kind, key, display, country),
            )
            eid = int(cur.lastrowid or 0)
        else:
            eid = int(row["id"])
        self._entities[(kind, key)] = eid
        return eid

    # -- reading back ----------------------------------------------------------------------------------
    def document(self, source_id: int) -> dict[str, Any]:
        """The contract document of one stored revision, as it was ingested."""
        row = self.conn.execute("SELECT header FROM sources WHERE id = ?", (source_id,)).fetchone()
        if row is None:
            raise KeyError(source_id)
        doc = json.loads(row["header"])
        doc["facts"] = [
            fact
            for _, fact in sorted(
                load_facts(self.conn, "f.source_id = ?", (source_id,), history=True, provenance=False).items()
            )
        ]
        return doc

    def sources(self, history: bool = False) -> list[dict[str, Any]]:
        """The stored articles (with ``history``, every revision), newest revision first per article."""
        sql = (
            "SELECT id, article_id, revision, current, path, title, format, sha256, dyad_a, dyad_b,"
            " ingested_at,"
            " n_facts, n_sentences, warnings FROM sources"
        )
        if not history:
            sql += " WHERE current = 1"
        sql += " ORDER BY article_id, revision DESC"
        out = []
        for r in self.conn.execute(sql):
            d = dict(r)
            d["current"] = bool(d["current"])
            d["warnings"] = json.loads(d["warnings"])
            out.append(d)
        return out

    def stats(self) -> dict[str, int]:
        c = self.conn
        return {
            "articles": c.execute("SELECT count(*) FROM articles").fetchone()[0],
            "revisions": c.execute("SELECT count(*) FROM sources").fetchone()[0],
            "facts": c.execute(
                "SELECT count(*) FROM facts f JOIN sources s ON s.id = f.source_id WHERE s.current = 1"
            ).fetchone()[0],
            "entities": c.execute("SELECT count(*) FROM entities").fetchone()[0],
        }

    def verify(self) -> list[str]:
        """Integrity problems: SQLite's own check, and revisions whose stored parts do not add up."""
        c = self.conn
        problems = [r[0] for r in c.execute("PRAGMA integrity_check") if r[0] != "ok"]
        for r in c.execute(
            "SELECT s.id, s.path, s.n_facts, (SELECT count(*) FROM facts f WHERE f.source_id = s.id) AS nf,"
            " s.n_sentences, (SELECT count(*) FROM sentences t WHERE t.source_id = s.id) AS ns FROM sources s"
        ):
            if r["n_facts"] != r["nf"] or r["n_sentences"] != r["ns"]:
                problems.append(f"revision {r['id']} ({r['path']}) is incomplete")
        for r in c.execute("SELECT article_id, count(*) AS n FROM sources WHERE current = 1 GROUP BY article_id"):
            if r["n"] != 1:
                problems.append(f"article {r['article_id']} has {r['n']} current revisions")
        n = c.execute("SELECT count(*) FROM evidence e LEFT JOIN facts f ON f.id = e.fact_id WHERE f.id IS NULL")
        if n.fetchone()[0]:
            problems.append("evidence without a fact")
        for table in ("sentences_fts", "facts_fts"):
            try:
                c.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
            except sqlite3.Error as exc:
                problems.append(f"{table}: {exc}")
        return problems

    # -- queries (see bilateral.store.queries) ---------------------------------------------------------
    def country(self, text: str) -> str:
        """An ISO code for a country as the user wrote it; StoreError when it names none."""
        cc = countries.code(text)
        if cc is None:
            raise StoreError("", f"unknown country {text!r}; give an ISO code (PT), a name (Portugal) or a demonym")
        return cc

    def show(self, a: str, b: str, history: bool = False) -> dict[str, Any]:
        from bilateral.store import queries

        return queries.show(self.conn, self.country(a), self.country(b), history)

    def timeline(
        self,
        a: str,
        b: str,
        date_from: str | None = None,
        date_to: str | None = None,
        types: Sequence[str] | str | None = None,
        history: bool = False,
    ) -> list[dict[str, Any]]:
        from bilateral.store import queries

        return queries.timeline(self.conn, self.country(a), self.country(b), date_from, date_to, types, history)

    def trade(self, a: str, b: str, history: bool = False) -> dict[str, Any]:
        from bilateral.store import queries

        return queries.trade(self.conn, self.country(a), self.country(b), history)

    def missions(self, country: str, history: bool = False) -> dict[str, Any]:
        from bilateral.store import queries

        return queries.missions(self.conn, self.country(country), history)

    def people(self, name: str, history: bool = False) -> list[dict[str, Any]]:
        from bilateral.store import queries

        return queries.people(self.conn, name, history)

    def search(self, text: str, limit: int = 50, history: bool = False) -> list[dict[str, Any]]:
        from bilateral.store import queries

        return queries.search(self.conn, text, limit, history)

    def ask(self, question: str) -> dict[str, Any]:
        from bilateral.store import ask

        return ask.answer(self, question)

    def check(self) -> list[dict[str, Any]]:
        from bilateral.store import queries

        return queries.check(self.conn)


def _units_from_evidence(facts: list[Mapping[str, Any]]) -> list[tuple[str, int, int, str, str]]:
    """The quotable units of a document that came without its text: its distinct evidence spans."""
    seen: dict[tuple[int, int], tuple[str, int, int, str, str]] = {}
    for f in facts:
        for e in f.get("evidence") or []:
            key = (e["start"], e["end"])
            if key not in seen:
                seen[key] = ("evidence", e["start"], e["end"], str(e.get("section") or ""), e["quote"])
    return [seen[k] for k in sorted(seen)]


def load_facts(
    conn: sqlite3.Connection,
    where: str,
    params: Sequence[Any],
    history: bool = False,
    provenance: bool = True,
    order: str = "f.id",
) -> dict[int, dict[str, Any]]:
    """Facts matching ``where`` (over ``facts f`` joined to ``sources s``), as contract facts with evidence.

    With ``provenance`` each fact also carries ``id`` and ``article`` (title, path, revision, current).
    """
    sql = (
        "SELECT f.id, f.data, f.a, f.b, s.title, s.path, s.revision, s.current, s.ingested_at"
        f" FROM facts f JOIN sources s ON s.id = f.source_id WHERE ({where})"
    )
    if not history:
        sql += " AND s.current = 1"
    sql += f" ORDER BY {order}"
    out: dict[int, dict[str, Any]] = {}
    for r in conn.execute(sql, tuple(params)):
        fact = json.loads(r["data"])
        fact["evidence"] = []
        if provenance:
            fact["id"] = r["id"]
            fact["article"] = {
                "title": r["title"],
                "path": r["path"],
                "revision": r["revision"],
                "current": bool(r["current"]),
                "pair": [r["a"], r["b"]] if r["a"] else None,
            }
        out[r["id"]] = fact
    if out:
        ids = list(out)
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            marks = ",".join("?" * len(chunk))
            for e in conn.execute(
                'SELECT fact_id, section, start, "end", quote, extra FROM evidence'
                f" WHERE fact_id IN ({marks})"
                " ORDER BY fact_id, seq",
                chunk,
            ):
                ev: dict[str, Any] = {
                    "section": e["section"],
                    "start": e["start"],
                    "end": e["end"],
                    "quote": e["quote"],
                }
                if e["extra"]:
                    ev.update(json.loads(e["extra"]))
                out[e["fact_id"]]["evidence"].append(ev)
    return out

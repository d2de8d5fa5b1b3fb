"""Ingesting files: failures per file, exit codes, the process pool, and surviving kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilateral.store import Store

pipeline = pytest.importorskip("bilateral.pipeline", reason="the extraction pipeline is not importable")
from bilateral.cli import cli  # noqa: E402

COUNTRIES = [
    "Estonia",
    "Finland",
    "Latvia",
    "Lithuania",
    "Iceland",
    "Norway",
    "Poland",
    "Sweden",
    "Chile",
    "Kenya",
]
PAIRS = [(a, b) for i, a in enumerate(COUNTRIES) for b in COUNTRIES[i + 1 :]]  # 45 pairs, one article each


def write_articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        a, b = PAIRS[i % len(PAIRS)]
        p = folder / f"{a.lower()}-{b.lower()}-{i}.txt"
        p.write_text(
            f"{a}–{b} relations\n\n"
            f"{a}–{b} relations are the relations between {a} and {b} (note {i}).\n"
            f"{b} recognized {a} on {1 + i % 27} March 1992.\n"
            f"Diplomatic relations were established on {1 + i % 27} May 1992.\n\n"
            "See also\n\n"
            f"- Foreign relations of {a}\n",
            encoding="utf-8",
        )
        out.append(p)
    return out


def invoke(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, list(args))
    return r.exit_code, r.stdout, r.stderr


def test_ingest_reports_each_bad_file_and_exits_1(tmp_path: Path) -> None:
    good = write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    db = str(tmp_path / "kb.db")
    code, _out, err = invoke("ingest", str(tmp_path / "in"), str(tmp_path / "missing.txt"), "--db", db, "--jobs", "2")
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.startswith("bilateral: ")]
    assert any("missing.txt" in ln and "no such file" in ln for ln in lines)
    assert any("binary.txt" in ln and "binary" in ln for ln in lines)
    assert "3 articles stored (3 new, 0 revised), 0 unchanged" in err and "2 failed" in err
    with Store.open(db) as s:
        assert s.stats()["articles"] == 3 and s.verify() == []
    code, _, err = invoke("ingest", *map(str, good), "--db", db)
    assert code == 0 and "3 unchanged" in err


def test_changed_file_is_a_new_revision_through_the_command(tmp_path: Path) -> None:
    (p,) = write_articles(tmp_path / "in", 1)
    db = str(tmp_path / "kb.db")
    assert invoke("ingest", str(p), "--db", db)[0] == 0
    p.write_text(p.read_text(encoding="utf-8").replace("March 1992", "April 1992"), encoding="utf-8")
    code, out, _err = invoke("ingest", str(p), "--db", db, "--json")
    report = json.loads(out)
    assert code == 0 and report["revised"] == 1 and report["articles"][0]["revision"] == 2
    hist = json.loads(invoke("show", "EE", "FI", "--db", db, "--json", "--history")[1])
    assert [a["current"] for a in hist["articles"]] == [False, True]


def test_progress_bar_counts(tmp_path: Path) -> None:
    files = write_articles(tmp_path / "in", 2)
    r = CliRunner().invoke(cli, ["ingest", *map(str, files), "--db", str(tmp_path / "kb.db"), "--progress"])
    assert r.exit_code == 0
    assert "2/2" in r.stderr and "facts" in r.stderr and "0 failed" in r.stderr


CHILD = textwrap.dedent(
    """
    import sys, time
    from bilateral.store import Store

    def doc(i):
        text_facts = []
        for k in range(40):
            q = f"Sentence {k} of article {i}."
            ev = {"section": "S", "start": k * 40, "end": k * 40 + len(q), "quote": q}
            text_facts.append({"type": "membership", "country": "EE", "organization": f"Org {i}-{k}",
                               "date": None, "evidence": [ev]})
        return {"schema": "bilateral.facts/1",
                "source": {"path": f"a{i}.txt", "title": f"Article {i}", "sha256": f"{i:064x}"},
                "dyad": ["EE", "FI"], "facts": text_facts}

    slow = sys.argv[2] == "slow"
    real = Store._insert_fact
    def insert(self, c, source_id, seq, fr):
        if slow and seq == 20:
            print("MID", flush=True)
            time.sleep(0.2)
        return real(self, c, source_id, seq, fr)
    Store._insert_fact = insert
    s = Store.open(sys.argv[1])
    for i in range(int(sys.argv[3])):
        r = s.ingest_document(doc(i))
        print("DONE", i, r.status, flush=True)
    """
)


def test_kill_9_mid_article_leaves_no_partial_article_and_next_run_continues(tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    db = tmp_path / "kb.db"
    n = 12
    proc = subprocess.Popen([sys.executable, str(script), str(db), "slow", str(n)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    done = 0
    try:
        for line in proc.stdout:
            if line.startswith("DONE"):
                done += 1
            elif line.startswith("MID") and done >= 3:
                os.kill(proc.pid, signal.SIGKILL)  # inside the transaction of article `done`
                break
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with Store.open(db) as s:
        assert s.verify() == []
        stored = s.stats()
        assert stored["articles"] == done and stored["facts"] == 40 * done
        assert s.conn.execute("SELECT count(*) FROM sources WHERE path = ?", (f"a{done}.txt",)).fetchone()[0] == 0
    rerun = subprocess.run(
        [sys.executable, str(script), str(db), "fast", str(n)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    statuses = [ln.split()[2] for ln in rerun.stdout.splitlines()]
    assert statuses == ["unchanged"] * done + ["added"] * (n - done)
    with Store.open(db) as s:
        assert s.verify() == [] and s.stats()["articles"] == n and s.stats()["facts"] == 40 * n


def test_kill_9_of_the_ingest_command(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 40)
    db = tmp_path / "kb.db"
    cmd = [sys.executable, "-m", "bilateral.cli", "ingest", str(folder), "--db", str(db), "--jobs", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with Store.open(db, readonly=True, timeout=0.5) as s:
                        if s.stats()["revisions"] >= 2:
                            break
                except Exception:
                    pass
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)  # the writer only; its extraction workers must notice and end
        proc.wait(timeout=30)
    for _ in range(100):  # the orphaned workers end by themselves within a second or so
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("extraction workers outlived the killed ingest")
    with Store.open(db) as s:
        assert s.verify() == []
        partial = s.stats()["articles"]
    assert partial <= 40
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"{partial} unchanged" in done.stderr
    with Store.open(db) as s:
        assert s.verify() == [] and s.stats()["articles"] == 40

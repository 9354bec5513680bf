"""Issue 14, item 5: publishing is all or nothing.

The attack: with the disk nearly full, `padi publish` wrote the PDF under its final name and marked
the publication published, then the internet package failed with an unexpected OSError. The full
disk is simulated by injecting the error (as tests/services/test_write_errors.py does); whatever
fails, and wherever, no file is left under a final name, earlier outputs stay byte-identical, the
publication's state and the log are unchanged, and the message says what happened (exit 1).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import pathlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main as padi
from desktop_app.services.publications import staging

pytestmark = pytest.mark.usefixtures("as_demo_user")
APPROVED = "1"  # the demo's approved publication
FULL = "Ruang kosong pada media tujuan tidak cukup. Kosongkan ruang atau pilih media lain."


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "terbit"
    folder.mkdir()
    return folder


def files_in(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` (hidden ones included), with the hash of each file."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "/"
            for p in sorted(folder.rglob("*"))}


def record(db: Path) -> tuple:
    """What publishing changes in the database: the publications' states and the log's publishing entries."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        states = conn.execute("SELECT id, state, stage_since FROM publications ORDER BY id").fetchall()
        entries = conn.execute("SELECT id, action FROM activity_log WHERE action LIKE 'publication_%' "
                               "ORDER BY id").fetchall()
    return states, entries


def publish(capsys, db: Path, out: Path, *more: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = padi(["publish", "--db", str(db), "--publication", APPROVED, "--out", str(out), "--user", "staf", *more])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def full_disk_on(name: str):
    """Path.write_text that runs out of space when it writes a file called ``name``."""
    real = pathlib.Path.write_text

    def write_text(self, *args, **kwargs):
        if self.name == name:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real(self, *args, **kwargs)
    return write_text


def test_a_full_disk_in_the_middle_of_the_internet_package_leaves_nothing(demo_db, out, monkeypatch, capsys):
    before = record(demo_db)
    monkeypatch.setattr(pathlib.Path, "write_text", full_disk_on("data.json"))
    code, stdout, err = publish(capsys, demo_db, out)
    monkeypatch.undo()
    assert code == 2 and err.strip() == FULL, (stdout, err)
    assert "tak terduga" not in err
    assert files_in(out) == {}  # no PDF under its final name, no package, no hidden leftovers
    assert record(demo_db) == before  # still approved, nothing logged as published


def test_a_full_disk_while_the_pdf_is_written_leaves_nothing(demo_db, out, monkeypatch, capsys):
    before = record(demo_db)
    monkeypatch.setattr(os, "fsync", lambda _fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space")))
    code, _, err = publish(capsys, demo_db, out)
    monkeypatch.undo()
    assert code == 2 and err.strip() == FULL
    assert files_in(out) == {} and record(demo_db) == before


def test_a_failed_rename_puts_back_the_earlier_outputs(demo_db, out, monkeypatch, capsys):
    code, _, err = publish(capsys, demo_db, out)  # published once: a PDF and a package are there
    assert code == 0, err
    earlier, before = files_in(out), record(demo_db)
    real_replace, renames = os.replace, []

    def replace(src, dst):
        renames.append(dst)
        if len(renames) == 4:  # old PDF aside, new PDF in, old package aside, new package in: fails
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    code, _, err = publish(capsys, demo_db, out, "--force")  # replacing its own earlier outputs
    monkeypatch.undo()
    assert code == 2 and "Berkas tidak dapat ditulis" in err and "tak terduga" not in err, err
    assert files_in(out) == earlier  # the earlier PDF and package, byte for byte; nothing hidden left
    assert record(demo_db) == before


def test_a_failed_commit_after_the_renames_takes_the_new_outputs_back(demo_db, out, monkeypatch, capsys):
    from sqlalchemy.orm import Session

    code, _, err = publish(capsys, demo_db, out)
    assert code == 0, err
    earlier, before = files_in(out), record(demo_db)
    real_place, real_commit, placed = staging.Staging.place, Session.commit, []

    def place(self):
        real_place(self)
        placed.append(True)

    def commit(self):
        if placed and len(placed) == 1:
            placed.append(True)
            raise sqlite3.OperationalError("database or disk is full")
        return real_commit(self)

    monkeypatch.setattr(staging.Staging, "place", place)
    monkeypatch.setattr(Session, "commit", commit)
    code, _, err = publish(capsys, demo_db, out, "--force")  # replacing its own earlier outputs
    monkeypatch.undo()
    assert code == 1 and "Traceback" not in err, err
    assert files_in(out) == earlier and record(demo_db) == before


def test_a_publication_is_published_only_with_both_outputs_in_place(demo_db, out, capsys):
    code, stdout, err = publish(capsys, demo_db, out)
    assert code == 0, err
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2 and names[0].endswith(".pdf") and names[1].startswith("paket-internet-")
    states, entries = record(demo_db)
    assert dict((i, s) for i, s, _ in states)[int(APPROVED)] == "published"
    assert [a for _, a in entries][-2:] == ["publication_published", "publication_package_written"]

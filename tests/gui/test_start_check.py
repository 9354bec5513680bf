"""The check at GUI start: a damaged database file or activity log stops PADI with a message naming it."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app import app as padi_app
from desktop_app.gui import prompts
from desktop_app.gui.login_dialog import LoginDialog
from desktop_app.services.runtime import integrity


def tamper(db, sql):
    with sqlite3.connect(db) as conn:
        conn.executescript("DROP TRIGGER IF EXISTS activity_log_no_update; "
                           "DROP TRIGGER IF EXISTS activity_log_no_delete; " + sql)


def never_reach_login(monkeypatch):
    """Should the check pass after all, close the login window instead of waiting for a user."""
    monkeypatch.setattr(LoginDialog, "attach", lambda self, services: (self.reject(), pytest.fail("opened")))


def start(office, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, details="": shown.append((text, details)))
    never_reach_login(monkeypatch)
    db = office.ctx.db.path
    office.close()
    assert padi_app.run_gui(db, "id", demo=False) == 0  # the login window is closed again, nothing opened
    return shown


def test_altered_log_entry_is_named_and_padi_stops(qtbot, office, monkeypatch):
    tamper(office.ctx.db.path, "UPDATE activity_log SET object_label='orang lain' WHERE id=3;")
    [(text, details)] = start(office, monkeypatch)
    assert text.startswith("Entri catatan aktivitas #3 telah diubah. PADI tidak membuka basis data ini")
    assert "padi check" in text and details == "log entry 3: altered"


def test_deleted_log_entry_is_named(qtbot, office, monkeypatch):
    tamper(office.ctx.db.path, "DELETE FROM activity_log WHERE id=2;")
    [(text, _)] = start(office, monkeypatch)
    assert text.startswith("Entri catatan aktivitas #2 hilang (dihapus).")


def test_quick_check_is_the_same_verdict_as_padi_check(office):
    assert integrity.quick_check(office.ctx).ok and integrity.check(office.ctx).ok
    tamper(office.ctx.db.path, "UPDATE activity_log SET action='login' WHERE id=4;")
    quick, full = integrity.quick_check(office.ctx), integrity.check(office.ctx)
    assert not quick.ok and (quick.chain.first_bad_id, quick.chain.reason) == (4, "altered")
    assert (full.chain.first_bad_id, full.chain.reason) == (4, "altered")


def test_damaged_database_file_stops_padi(qtbot, office, monkeypatch):
    db = office.ctx.db.path
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='activity_log'").fetchone()[0]
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    office.close()
    with open(db, "r+b") as fh:  # scribble over the log table's first page (not the schema page)
        fh.seek((root - 1) * page + 8)
        fh.write(b"\xff" * 64)
    shown = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, details="": shown.append(text))
    never_reach_login(monkeypatch)
    assert padi_app.run_gui(db, "id", demo=False) == 0
    assert len(shown) == 1 and shown[0].split(" PADI tidak")[0] in (
        "Berkas basis data rusak.", "Catatan aktivitas tidak dapat dibaca.")


def reach_login(monkeypatch):
    """Close the login window as soon as PADI attaches the database to it; record that it got that far."""
    reached = []
    monkeypatch.setattr(LoginDialog, "attach", lambda self, services: (reached.append(True), self.reject()))
    return reached


def test_a_state_no_log_entry_backs_is_shown_and_padi_opens(qtbot, office, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, details="": shown.append((text, details)))
    reached = reach_login(monkeypatch)
    tamper(office.ctx.db.path, "UPDATE users SET role = 'kepala' WHERE username = 'staf';")
    db = office.ctx.db.path
    office.close()
    assert padi_app.run_gui(db, "id", demo=False) == 0 and reached == [True]
    [(text, details)] = shown
    assert text.startswith("Pemeriksaan saat membuka menemukan 1 status yang tidak didukung Catatan Aktivitas:")
    assert "• Peran pengguna 'staf' = kepala tidak tercatat di log." in text
    assert "Penerbitan, pencetakan dan lembar persetujuan ditolak" in text
    assert "unbacked user:2 role" in details


def test_a_missing_anchor_is_a_warning_and_padi_opens(qtbot, office, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, details="": shown.append(text))
    reached = reach_login(monkeypatch)
    db = office.ctx.db.path
    office.close()
    (db.parent / "padi.db.anchor").unlink()
    assert padi_app.run_gui(db, "id", demo=False) == 0 and reached == [True]
    [text] = shown
    assert text.startswith("Berkas jangkar Catatan Aktivitas (padi.db.anchor) tidak ada di samping basis data.")


def test_a_log_cut_at_the_end_stops_padi_and_says_how(qtbot, office, monkeypatch):
    tamper(office.ctx.db.path, "DELETE FROM activity_log WHERE id > 5;")
    [(text, details)] = start(office, monkeypatch)
    assert text.startswith("Catatan aktivitas berakhir pada entri #5, padahal jangkar di samping basis data "
                           "mencatat entri #")
    assert "padi.db.anchor" in text and "anchor: cut" in details

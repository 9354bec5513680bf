"""Issue 14 item 4: edits to the database file that `padi check` used to pass (BAIK) are now named.

Each attack edits the file with sqlite3 (dropping the log's triggers where needed), as a careful tester
would, then asserts that `padi check` exits 1 and names the problem; the last tests show that normal
work keeps the check clean.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop_app.cli import EXIT_FAILED, EXIT_OK
from desktop_app.services.publications.publication_service import content_hash
from tests.security.conftest import file_hash, rewrite_log, run, run_json, scalar, tamper


def check(capsys, db):
    """`padi check --json`: exit code, the JSON and the messages of the states it names."""
    code, data = run_json(capsys, "check", "--db", str(db))
    return code, data, [s["message"] for s in data["states"]]


def failed_with(capsys, db, text):
    code, data, messages = check(capsys, db)
    assert code == EXIT_FAILED, messages
    assert not data["ok"]
    assert any(text in m for m in messages), messages
    return data


def test_the_demo_database_is_clean_and_says_what_it_checked(capsys, demo_db):
    code, data, messages = check(capsys, demo_db)
    assert code == EXIT_OK and data["ok"] and messages == [] and data["warnings"] == []
    assert data["anchor"]["status"] == "ok" and data["anchor"]["anchor_head_id"] == data["log"]["head_id"]
    assert data["bound"]["objects"] >= 12 and data["bound"]["rows_checked"] == 2
    code, out, _ = run(capsys, "check", "--db", str(demo_db))
    assert "Jangkar kepala rantai (padi.db.anchor): cocok" in out and "Hasil: BAIK" in out
    assert "tidak dapat dihentikan tanpa kunci yang disimpan di luar PC ini" in out


def test_a_forged_approval_is_named(capsys, demo_db):
    version_id, content = 3, scalar(demo_db, "SELECT content_hash FROM publication_versions WHERE id = 3")
    tamper(demo_db, "INSERT INTO decisions (version_id, decision, decided_by, decided_at, acting, content_hash) "
                    "VALUES (?, 'approved', 2, '2026-12-05 09:00:00.000000', 0, ?)", (version_id, content))
    tamper(demo_db, "UPDATE publications SET state = 'approved' WHERE id = 2")
    data = failed_with(capsys, demo_db, "Publikasi #2 berstatus disetujui tanpa catatan persetujuan di log")
    codes = {(s["kind"], s["id"], s["code"]) for s in data["states"]}
    assert ("publication", "2", "unbacked") in codes
    assert any("Keputusan 'disetujui' atas Publikasi #2 tidak tercatat di log" in s["message"]
               for s in data["states"])
    assert data["log"]["ok"] and data["anchor"]["status"] == "ok"  # the log itself was not touched


def test_approved_content_changed_with_its_hashes_recomputed_is_named(capsys, demo_db):
    content = json.loads(scalar(demo_db, "SELECT content FROM publication_versions WHERE id = 2"))
    content["sections"][0]["text"] = "Angka yang lain sama sekali."
    forged = content_hash(content)
    tamper(demo_db, "UPDATE publication_versions SET content = ?, content_hash = ? WHERE id = 2",
           (json.dumps(content), forged))
    tamper(demo_db, "UPDATE decisions SET content_hash = ? WHERE version_id = 2", (forged,))
    failed_with(capsys, demo_db, "Isi Publikasi #1 versi 2 berubah setelah dicatat di log")


def test_content_changed_without_its_hash_is_named(capsys, demo_db):
    content = json.loads(scalar(demo_db, "SELECT content FROM publication_versions WHERE id = 2"))
    content["title"] = "Judul lain"
    tamper(demo_db, "UPDATE publication_versions SET content = ? WHERE id = 2", (json.dumps(content),))
    failed_with(capsys, demo_db, "Isi Publikasi #1 versi 2 tidak cocok dengan hash isinya")


def test_a_role_raised_to_kepala_is_named(capsys, demo_db):
    tamper(demo_db, "UPDATE users SET role = 'kepala' WHERE username = 'staf'")
    failed_with(capsys, demo_db, "Peran pengguna 'staf' = kepala tidak tercatat di log (menurut log: staf)")


def test_the_admin_flag_set_is_named(capsys, demo_db):
    tamper(demo_db, "UPDATE users SET is_admin = 1 WHERE username = 'staf'")
    failed_with(capsys, demo_db, "Hak administrator pengguna 'staf' (ya) tidak tercatat di log")


def test_a_rewritten_permission_matrix_is_named(capsys, demo_db):
    matrix = {"staf": ["approve_publication", "publish_publication"], "kepala": [], "sekretaris": [],
              "kasubag": []}
    tamper(demo_db, "INSERT INTO settings (key, value) VALUES ('permissions', ?)", (json.dumps(matrix),))
    failed_with(capsys, demo_db, "Matriks izin tidak tercatat di log")


def test_a_swapped_password_hash_is_named(capsys, demo_db):
    tamper(demo_db, "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE username = 'staf') "
                    "WHERE username = 'kepala'")
    failed_with(capsys, demo_db, "Kata sandi pengguna 'kepala' diganti tanpa catatan di log")


def test_a_dataset_state_jump_is_named(capsys, demo_db):
    tamper(demo_db, "UPDATE datasets SET state = 'validated' WHERE id = 2")
    failed_with(capsys, demo_db, "berstatus tervalidasi tanpa catatan di log (menurut log: diperiksa)")


@pytest.mark.parametrize("edit", [
    "UPDATE dataset_rows SET \"values\" = replace(\"values\", '1', '9') "
    "WHERE id = (SELECT min(id) FROM dataset_rows WHERE dataset_id = 1)",
    "DELETE FROM dataset_rows WHERE id = (SELECT max(id) FROM dataset_rows WHERE dataset_id = 3)",
], ids=["edited", "deleted"])
def test_rows_of_a_validated_dataset_edited_or_deleted_are_named(capsys, demo_db, edit):
    name = scalar(demo_db, "SELECT name FROM datasets WHERE id = ?", (1 if "UPDATE" in edit else 3,))
    tamper(demo_db, edit)
    failed_with(capsys, demo_db, f"Baris Kumpulan Data '{name}' berubah setelah divalidasi")


def test_the_last_log_entries_deleted_are_detected_by_the_anchor(capsys, demo_db):
    head = scalar(demo_db, "SELECT max(id) FROM activity_log")
    tamper(demo_db, f"DELETE FROM activity_log WHERE id > {head - 3}")
    code, data, _ = check(capsys, demo_db)
    assert code == EXIT_FAILED and data["log"]["ok"]  # the chain that is left is whole
    assert data["anchor"] | {"path": None} == data["anchor"] | {
        "status": "mismatch", "problem": "cut", "anchor_head_id": head, "log_head_id": head - 3, "path": None}
    _, out, _ = run(capsys, "check", "--db", str(demo_db))
    assert (f"catatan aktivitas berakhir pada entri #{head - 3}, padahal jangkar mencatat entri #{head}: "
            "entri terakhir telah dihapus") in out


def test_a_rewritten_log_is_detected_by_the_anchor(capsys, demo_db):
    def erase_the_return(entry):  # the head's return of the brochure never happened
        return entry.action != "publication_returned"

    rewrite_log(demo_db, erase_the_return)
    code, data, _ = check(capsys, demo_db)
    assert code == EXIT_FAILED and data["log"]["ok"]
    assert data["anchor"]["status"] == "mismatch" and data["anchor"]["problem"] in ("rewritten", "cut")


def test_a_forged_log_entry_appended_after_the_anchor_is_detected(capsys, demo_db):
    """The careful forger: a decision, a state and a well-chained log entry that binds them."""
    tamper(demo_db, "INSERT INTO decisions (version_id, decision, decided_by, decided_at, acting, content_hash) "
                    "SELECT 3, 'approved', 2, '2026-12-05 09:00:00.000000', 0, content_hash "
                    "FROM publication_versions WHERE id = 3; UPDATE publications SET state = 'approved' WHERE id = 2;")
    decision = scalar(demo_db, "SELECT max(id) FROM decisions")
    version_hash = scalar(demo_db, "SELECT content_hash FROM publication_versions WHERE id = 3")
    bound = {"publication:2": {"state": ["submitted", "approved"], f"decision.{decision}": [None, {
        "version_id": 3, "decision": "approved", "hash": version_hash, "by": 2, "acting": False}]}}
    _append_forged_entry(demo_db, "publication_approved", {"version": 1, "hash": version_hash, "bound": bound})
    code, data, messages = check(capsys, demo_db)
    assert messages == []  # the forgery is consistent with itself...
    assert code == EXIT_FAILED and data["anchor"]["problem"] == "ahead"  # ...but the anchor never saw it


def _append_forged_entry(db, action, detail):
    import datetime as dt

    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from desktop_app.storage import activity_log

    engine = create_engine(f"sqlite:///{db}")
    with Session(engine) as s:  # no PADI hooks: the anchor is not touched
        activity_log.append(s, at=dt.datetime(2026, 12, 5, 9), action=action, actor_id=2, actor_name="Kepala",
                            actor_role="Kepala Dinas", object_type="publication", object_id=2,
                            object_label="Buklet Realisasi Investasi 2025", detail=detail, bound={})
        s.commit()
    engine.dispose()


def test_a_forged_role_is_not_laundered_by_a_later_login(capsys, demo_db, as_demo_user):
    tamper(demo_db, "UPDATE users SET role = 'kepala' WHERE username = 'staf'")
    assert run(capsys, "list", "datasets", "--db", str(demo_db))[0] == EXIT_OK
    code, _ = run_json(capsys, "export", "--db", str(demo_db), "--dataset", "Jumlah Izin Terbit per Jenis Izin "
                       "per Bulan Tahun 2025", "--format", "csv", "--out", str(demo_db.parent / "x.csv"),
                       "--user", "staf")
    assert code == EXIT_OK  # PADI wrote log entries after the forgery (a login, an export)
    failed_with(capsys, demo_db, "Peran pengguna 'staf' = kepala tidak tercatat di log")


def test_a_cut_log_stays_evident_after_padi_writes_again(capsys, demo_db, as_demo_user):
    """Cutting the log, then letting PADI write (which rewrites the anchor), leaves the mismatch in the log."""
    head = scalar(demo_db, "SELECT max(id) FROM activity_log")
    tamper(demo_db, f"DELETE FROM activity_log WHERE id > {head - 2}")
    code, _ = run_json(capsys, "export", "--db", str(demo_db), "--dataset", "Jumlah Izin Terbit per Jenis Izin "
                       "per Bulan Tahun 2025", "--format", "csv", "--out", str(demo_db.parent / "x.csv"),
                       "--user", "staf")
    assert code == EXIT_OK
    code, data, _ = check(capsys, demo_db)
    assert code == EXIT_FAILED and data["anchor"]["status"] == "ok"
    [note] = [n for n in data["anchor_notes"] if n["kind"] == "mismatch"]
    assert note["detail"]["anchor"]["id"] == head and note["detail"]["log_head"]["id"] == head - 2
    assert "tidak cocok dengan jangkar (jangkar: entri #" in note["message"]


def test_a_missing_anchor_is_a_warning_that_explains_itself(capsys, demo_db):
    (demo_db.parent / "padi.db.anchor").unlink()
    code, data, messages = check(capsys, demo_db)
    assert code == EXIT_OK and data["ok"] and messages == []
    assert [w["code"] for w in data["warnings"]] == ["anchor_missing"]
    assert "wajar bila basis data disalin tanpa berkas jangkarnya" in data["warnings"][0]["message"].lower()
    _, out, _ = run(capsys, "check", "--db", str(demo_db))
    assert "PERINGATAN - berkas tidak ada" in out and "Hasil: BAIK, dengan peringatan" in out


def test_a_garbage_anchor_is_a_warning_and_padi_writes_a_new_one(capsys, demo_db, as_demo_user):
    (demo_db.parent / "padi.db.anchor").write_text("bukan jangkar")
    code, data, _ = check(capsys, demo_db)
    assert code == EXIT_OK and [w["code"] for w in data["warnings"]] == ["anchor_unreadable"]
    run_json(capsys, "export", "--db", str(demo_db), "--dataset", "Jumlah Izin Terbit per Jenis Izin per Bulan "
             "Tahun 2025", "--format", "csv", "--out", str(demo_db.parent / "x.csv"), "--user", "staf")
    code, data, _ = check(capsys, demo_db)
    assert code == EXIT_OK and data["warnings"] == [] and data["anchor"]["status"] == "ok"
    assert [n["detail"]["reason"] for n in data["anchor_notes"]] == ["unreadable"]


def test_check_never_writes_to_the_file(capsys, demo_db):
    tamper(demo_db, "UPDATE users SET role = 'kepala' WHERE username = 'staf'")
    before = file_hash(demo_db), file_hash(demo_db.parent / "padi.db.anchor")
    check(capsys, demo_db)
    assert (file_hash(demo_db), file_hash(demo_db.parent / "padi.db.anchor")) == before


def test_the_json_of_check_keeps_its_keys_and_gains_new_ones(capsys, demo_db):
    _, data, _ = check(capsys, demo_db)
    assert {"ok", "db", "database_problems", "log"} <= data.keys()
    assert {"ok", "entries", "head", "first_bad_id", "reason"} <= data["log"].keys()
    assert {"anchor", "anchor_notes", "states", "bound", "warnings", "limits"} <= data.keys()


def test_a_damaged_file_still_reports_with_the_old_keys(capsys, demo_db):
    with sqlite3.connect(demo_db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(demo_db.read_bytes())
    raw[4096 * 3: 4096 * 3 + 64] = b"\xff" * 64
    demo_db.write_bytes(bytes(raw))
    code, data, _ = check(capsys, demo_db)
    assert code == EXIT_FAILED and not data["ok"] and data["database_problems"]


def test_a_head_printed_on_the_laporan_is_checked_against_the_log(capsys, demo_db, as_demo_user, tmp_path):
    import datetime as dt

    from desktop_app.documents.timing_tables import summary_rows
    from desktop_app.services.office.bundle import Services

    sv = Services.open(demo_db)
    try:
        sv.accounts.login("kepala", "padi-demo")
        today = dt.date.today()
        report = sv.performance.report(today - dt.timedelta(days=30), today)
    finally:
        sv.close()
    entry_id, digest = report.chain_head
    assert (f"entri #{entry_id} · {digest}") == dict(summary_rows(report))["Kepala rantai Catatan Aktivitas"]
    code, data = run_json(capsys, "check", "--db", str(demo_db), "--head", f"{entry_id}:{digest}")
    assert code == EXIT_OK and [h["status"] for h in data["heads"]] == ["ok"]
    # Someone rewrites the log *and* the anchor beside it: only the printed head still tells.
    rewrite_log(demo_db, lambda entry: entry.action != "publication_returned")
    (demo_db.parent / "padi.db.anchor").unlink()
    code, data = run_json(capsys, "check", "--db", str(demo_db), "--head", f"{entry_id}:{digest}")
    assert code == EXIT_FAILED and data["heads"][0]["status"] in ("different", "absent")
    assert data["anchor"]["status"] == "missing"

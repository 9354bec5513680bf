"""Issue 14 item 1: no output path destroys data. The database, its companion files, a backup, a safety
copy or a file PADI did not write are refused (exit 2, nothing changed); PADI's own earlier output is
replaced only with --force; folders PADI generates replace only their own files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.services.runtime.outputs import MANIFEST
from tests.cli.conftest import run, run_json
from tests.security.conftest import PERMITS, db_state

EXPORT = ("export", "--dataset", PERMITS, "--format", "csv")
TABULATE = ("tabulate", "--dataset", PERMITS, "--rows", "Jenis Izin", "--value", "Jumlah", "--agg", "sum")
REPORT = ("report", "--from", "2026-01-01", "--to", "2026-12-31", "--employee", "staf")


def padi(capsys, db: Path, command: tuple[str, ...], out: Path, *extra: str) -> tuple[int, dict]:
    return run_json(capsys, *command, "--db", str(db), "--out", str(out), "--user", "staf", *extra)


def test_export_over_the_live_database_is_refused_and_the_database_is_byte_identical(
        demo_db, capsys, as_demo_user):
    before = db_state(demo_db)
    for force in ((), ("--force",)):
        code, data = padi(capsys, demo_db, EXPORT, demo_db, *force)
        assert (code, data["error"]) == (2, "target_is_database")
        assert "tidak pernah ditimpa" in data["message"]
    assert db_state(demo_db) == before
    code, datasets = run_json(capsys, "list", "datasets", "--db", str(demo_db))
    assert code == 0 and len(datasets) == 4  # the office is still there


@pytest.mark.parametrize("companion", ["-wal", "-shm", "-journal", ".lock", ".sesi", ".anchor"])
def test_the_database_companion_files_are_refused_whether_or_not_they_exist(demo_db, capsys, as_demo_user,
                                                                             companion):
    target = Path(f"{demo_db}{companion}")
    before = db_state(demo_db)
    for _attempt in range(2):  # the second time, the first look at the database has made -wal and -shm
        code, data = padi(capsys, demo_db, EXPORT, target, "--force")
        assert (code, data["error"]) == (2, "target_is_database")
        assert not target.exists() or b"Jenis Izin" not in target.read_bytes()  # no CSV went there
    assert db_state(demo_db) == before


@pytest.fixture
def backup(demo_db, tmp_path, capsys, as_demo_user) -> Path:
    assert run(capsys, "backup", "--db", str(demo_db), "--to", str(tmp_path), "--user", "staf")[0] == 0
    return next(tmp_path.glob("padi-cadangan-*.zip"))


def test_backups_safety_copies_and_other_databases_are_refused(demo_db, backup, tmp_path, capsys):
    safety = tmp_path / "padi-sebelum-pulih-20261124-080000.db"  # how a restore names its safety copy
    shutil.copyfile(demo_db, safety)
    cases = {backup: "target_is_backup", safety: "target_is_database",
             tmp_path / "padi-cadangan-20261124-080000.padienc": "target_is_backup"}  # even before it exists
    before = db_state(demo_db)
    for target, expected in cases.items():
        content = target.read_bytes() if target.exists() else None
        code, data = padi(capsys, demo_db, EXPORT, target, "--force")
        assert (code, data["error"]) == (2, expected), target
        assert (target.read_bytes() if target.exists() else None) == content
    assert db_state(demo_db) == before


@pytest.mark.parametrize("command", [EXPORT, TABULATE, REPORT], ids=["export", "tabulate", "report"])
def test_renamed_backups_and_databases_are_known_by_their_content(demo_db, backup, tmp_path, capsys, command):
    suffix = ".pdf" if command is REPORT else ".csv"
    renamed_backup, other_office = tmp_path / f"arsip-kantor{suffix}", tmp_path / f"kantor-lain{suffix}"
    shutil.copyfile(backup, renamed_backup)
    shutil.copyfile(demo_db, other_office)
    before = db_state(demo_db)
    for target, expected in ((renamed_backup, "target_is_backup"), (other_office, "target_is_database")):
        content = target.read_bytes()
        code, data = padi(capsys, demo_db, command, target, "--force")
        assert (code, data["error"]) == (2, expected)
        assert target.read_bytes() == content
    assert db_state(demo_db) == before


@pytest.mark.parametrize("command", [EXPORT, TABULATE, REPORT], ids=["export", "tabulate", "report"])
def test_a_file_padi_did_not_write_is_never_overwritten(demo_db, tmp_path, capsys, as_demo_user, command):
    suffix = ".pdf" if command is REPORT else ".csv"
    mine = tmp_path / f"catatan-saya{suffix}"
    mine.write_bytes(b"Jenis Izin,Jumlah\nbuatan tangan,1\n")
    before = db_state(demo_db)
    for force in ((), ("--force",)):
        code, data = padi(capsys, demo_db, command, mine, *force)
        assert (code, data["error"]) == (2, "target_not_padi")
        assert "bukan keluaran PADI" in data["message"]
    assert mine.read_bytes() == b"Jenis Izin,Jumlah\nbuatan tangan,1\n"
    assert db_state(demo_db) == before


@pytest.mark.parametrize("command", [EXPORT, TABULATE, REPORT], ids=["export", "tabulate", "report"])
def test_padis_own_output_is_replaced_only_with_force_and_not_once_edited(demo_db, tmp_path, capsys, as_demo_user,
                                                                          command):
    out = tmp_path / ("laporan.xlsx" if command is REPORT else "tabel.csv")
    assert padi(capsys, demo_db, command, out)[0] == 0
    first = out.read_bytes()
    before = db_state(demo_db)
    code, data = padi(capsys, demo_db, command, out)
    assert (code, data["error"]) == (2, "target_exists") and "--force" in data["message"]
    assert db_state(demo_db) == before and out.read_bytes() == first
    moved = tmp_path / ("nama-lain.xlsx" if command is REPORT else "nama-lain.csv")
    out.rename(moved)  # known by content, not by name
    assert padi(capsys, demo_db, command, moved, "--force")[0] == 0
    with open(moved, "ab") as fh:  # edited by the user after PADI wrote it: theirs now
        fh.write(b"\n")
    edited = moved.read_bytes()
    code, data = padi(capsys, demo_db, command, moved, "--force")
    assert (code, data["error"]) == (2, "target_not_padi")
    assert moved.read_bytes() == edited


def test_a_second_catalogue_keeps_the_users_files_in_the_folder(demo_db, tmp_path, capsys, as_demo_user):
    folder = tmp_path / "katalog"
    assert run(capsys, "catalog", "--db", str(demo_db), "--out", str(folder), "--user", "staf")[0] == 0
    made = sorted(p.name for p in folder.iterdir())
    assert MANIFEST in made
    (folder / "catatan.docx").write_bytes(b"PK catatan rapat")
    shutil.copyfile(demo_db, folder / "padi.db")
    kept = {name: (folder / name).read_bytes() for name in ("catatan.docx", "padi.db")}
    assert run(capsys, "catalog", "--db", str(demo_db), "--out", str(folder), "--user", "staf")[0] == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted([*made, "catatan.docx", "padi.db"])
    assert {name: (folder / name).read_bytes() for name in kept} == kept
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".padi")] == []


def test_a_catalogue_page_the_user_edited_stops_the_new_catalogue(demo_db, tmp_path, capsys, as_demo_user):
    folder = tmp_path / "katalog"
    assert run(capsys, "catalog", "--db", str(demo_db), "--out", str(folder), "--user", "staf")[0] == 0
    (folder / "index.html").write_text("<h1>Halaman depan buatan kami</h1>", encoding="utf-8")
    files = {p.name: p.read_bytes() for p in folder.iterdir()}
    code, data = run_json(capsys, "catalog", "--db", str(demo_db), "--out", str(folder), "--user", "staf")
    assert (code, data["error"]) == (2, "target_not_padi") and data["message"].endswith(
        "Pilih nama lain atau pindahkan berkas itu dulu.")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == files
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".padi")] == []


def test_publish_keeps_the_users_files_beside_and_inside_the_package(demo_db, tmp_path, capsys, as_demo_user):
    out = tmp_path / "terbit"
    out.mkdir()
    code, data = run_json(capsys, "publish", "--db", str(demo_db), "--publication", "1", "--out", str(out),
                          "--user", "staf")
    assert code == 0, data
    pdf, package = Path(data["pdf"]), Path(data["package"])
    (package / "catatan.docx").write_bytes(b"milik pengguna")
    pdf.write_bytes(pdf.read_bytes() + b"% dicetak ulang oleh pengguna\n")
    edited = pdf.read_bytes()
    code, data = run_json(capsys, "publish", "--db", str(demo_db), "--publication", "1", "--out", str(out),
                          "--user", "staf", "--force")
    assert (code, data["error"]) == (2, "target_not_padi")
    assert pdf.read_bytes() == edited and (package / "catatan.docx").read_bytes() == b"milik pengguna"


def test_backup_into_the_database_file_is_refused(demo_db, capsys, as_demo_user):
    before = db_state(demo_db)
    code, data = run_json(capsys, "backup", "--db", str(demo_db), "--to", str(demo_db), "--user", "staf")
    assert code == 2 and data["error"] == "target_missing"
    assert db_state(demo_db) == before


def test_no_database_is_made_or_restored_as_the_companion_of_another(demo_db, backup, capsys):
    before = db_state(demo_db)
    for companion in ("-wal", "-journal", ".lock"):
        target = Path(f"{demo_db}{companion}")
        if target.exists():
            target.unlink()  # left by the look at the database; SQLite makes it again
        code, data = run_json(capsys, "init", "--db", str(target))
        assert (code, data["error"]) == (2, "target_is_database")
        code, data = run_json(capsys, "restore", str(backup), "--db", str(target), "--user", "admin")
        assert (code, data["error"]) == (2, "target_is_database")
        assert not target.exists()
    assert db_state(demo_db) == before

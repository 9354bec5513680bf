"""Issue 14 item 7: what ended in "kesalahan tak terduga" (exit 1) is bad input now: exit 2 with a sentence
that says what is wrong, and nothing changed."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.services.archive.backup_crypto import encrypt_file
from tests.cli.conftest import run
from tests.security.conftest import PERMITS, db_state

UNEXPECTED = "kesalahan tak terduga"


def refused(capsys, *argv: str) -> tuple[str, str]:
    """Run ``padi ARGV --json``; it must exit 2 with a known code and a sentence. Returns (code, message)."""
    exit_code, out, err = run(capsys, *argv, "--json")
    data = json.loads(out)
    assert exit_code == 2, (argv, data)
    assert UNEXPECTED not in err and "Traceback" not in out + err
    assert data["error"] in cli.MESSAGES and err.strip() == data["message"]
    assert not any(ch in err for ch in "\x00\x01\x1b\x7f") and len(err) < 600
    return data["error"], data["message"]


def test_a_publication_number_beyond_any_record(demo_db, tmp_path, capsys, as_demo_user):
    before = db_state(demo_db)
    code, message = refused(capsys, "publish", "--db", str(demo_db), "--publication", "99999999999999999999",
                            "--out", str(tmp_path), "--user", "staf")
    assert code == "unknown_publication" and "99999999999999999999" in message
    assert db_state(demo_db) == before


def test_report_dates_far_outside_any_office_work(demo_db, tmp_path, capsys, as_demo_user):
    before = db_state(demo_db)
    code, message = refused(capsys, "report", "--db", str(demo_db), "--from", "0001-01-01", "--to", "9999-12-31",
                            "--out", str(tmp_path / "laporan.pdf"), "--user", "kepala")
    assert code == "date_out_of_range" and "0001-01-01" in message
    assert db_state(demo_db) == before and not (tmp_path / "laporan.pdf").exists()


@pytest.fixture
def read_only(tmp_path, monkeypatch) -> Path:
    """A folder the system refuses to write in (simulated: the tests may run with root's rights)."""
    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    real_mkdtemp, real_access = tempfile.mkdtemp, os.access

    def mkdtemp(suffix=None, prefix=None, dir=None):  # noqa: A002 (tempfile's name)
        if dir is not None and Path(dir) == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(dir))
        return real_mkdtemp(suffix, prefix, dir)

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == folder else real_access(p, mode, **kw))
    return folder


def test_catalog_and_backup_into_a_read_only_folder(demo_db, read_only, capsys, as_demo_user):
    code, message = refused(capsys, "catalog", "--db", str(demo_db), "--out", str(read_only / "katalog"),
                            "--user", "staf")
    assert code == "target_not_writable"
    code, message = refused(capsys, "backup", "--db", str(demo_db), "--to", str(read_only), "--user", "staf")
    assert code == "target_not_writable" and "tidak dapat ditulisi" in message
    assert list(read_only.iterdir()) == []


def test_tabulate_onto_a_full_disk(demo_db, tmp_path, capsys, as_demo_user, monkeypatch):
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code, message = refused(capsys, "tabulate", "--db", str(demo_db), "--dataset", PERMITS, "--rows", "Jenis Izin",
                            "--agg", "count", "--out", str(tmp_path / "tabel.xlsx"), "--user", "staf")
    monkeypatch.undo()
    assert code == "no_space" and "Ruang kosong" in message
    assert not (tmp_path / "tabel.xlsx").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_or_a_folder_given_as_a_file_is_named_as_such(demo_db, tmp_path, capsys, as_demo_user):
    pipe = tmp_path / "pipa.csv"
    os.mkfifo(pipe)  # reading it would wait forever for a writer
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    for argv in (("import", "--db", str(demo_db), "--user", "staf", "--file"), ("verify",),
                 ("restore", "--db", str(demo_db), "--user", "admin")):
        assert refused(capsys, *argv, str(pipe))[0] == "file_not_regular"
        assert refused(capsys, *argv, str(folder))[0] == "file_is_folder"
    encrypted = tmp_path / "padi-cadangan-x.padienc"
    plain = tmp_path / "isi.bin"
    plain.write_bytes(b"isi cadangan")
    with open(encrypted, "wb") as out:  # a whole header, so the passphrase is what is asked for next
        encrypt_file(plain, out, "frasa sandi yang panjang", kdf_n=2 ** 10)
    code, _message = refused(capsys, "verify", str(encrypted), "--passphrase-file", str(pipe))
    assert code == "file_not_regular"


@pytest.mark.parametrize("name", ["x" * 5000, "Izin\x01Terbit", "Izin\x1b[31mMerah", "Baris\nbaru"],
                         ids=["5000-chars", "control", "escape-sequence", "newline"])
def test_dataset_names_too_long_or_with_control_characters(demo_db, tmp_path, capsys, as_demo_user, name):
    source = tmp_path / "sumber.csv"
    source.write_text("Jenis,Jumlah\nNIB,3\n", encoding="utf-8")
    code, _message = refused(capsys, "import", "--db", str(demo_db), "--file", str(source), "--dataset", name,
                             "--user", "staf")
    assert code == ("dataset_name_too_long" if len(name) > 200 else "name_has_control_characters")
    exit_code, out, _err = run(capsys, "list", "datasets", "--db", str(demo_db), "--json")
    assert exit_code == 0 and len(json.loads(out)) == 4  # nothing was imported
    for argv in (("export", "--format", "csv", "--out", str(tmp_path / "x.csv")),
                 ("tabulate", "--rows", "Jenis", "--agg", "count", "--out", str(tmp_path / "x.csv"))):
        code, message = refused(capsys, argv[0], "--db", str(demo_db), "--dataset", name, *argv[1:],
                                "--user", "staf")
        assert code == "unknown_dataset"


@pytest.mark.parametrize("bad", ["y" * 5000 + ".csv", "laporan\x01.csv"], ids=["5000-chars", "control"])
def test_output_and_database_paths_too_long_or_with_control_characters(demo_db, tmp_path, capsys, as_demo_user,
                                                                        bad):
    before = db_state(demo_db)
    expected = "name_too_long" if len(bad) > 255 else "bad_file_name"
    assert refused(capsys, "export", "--db", str(demo_db), "--dataset", PERMITS, "--format", "csv",
                   "--out", str(tmp_path / bad), "--user", "staf")[0] == expected
    assert refused(capsys, "list", "datasets", "--db", str(tmp_path / bad))[0] == expected
    assert refused(capsys, "catalog", "--db", str(demo_db), "--out", str(tmp_path / bad), "--user", "staf")[0] == \
        expected
    assert db_state(demo_db) == before

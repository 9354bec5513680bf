"""Property: whatever reaches any option of any command, ``padi`` answers with exit 0, 1, 2 or 3 and a
sentence — never a traceback, never "kesalahan tak terduga". The commands and their options are read
from the real argparse parser, so a new command or option is covered without touching this test.

Each example runs in-process (``cli.main``) on a fresh copy of the demo database in a temporary folder
that is also the working directory, so relative paths land there. The examples are derandomised so CI
always tries the same ones; set PADI_FUZZ_EXAMPLES=N to try N fresh random examples per command.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app import cli
from desktop_app.services.office.demo import DEMO_PASSWORD

FUZZ = int(os.environ.get("PADI_FUZZ_EXAMPLES", "0"))
EXAMPLES = FUZZ or 6

# Values with a history of trouble, and values that reach deep into the commands.
NASTY_TEXT = ["", " ", "0", "-1", "99999999999999999999", "1e309", "nan", "x" * 5000, "a\x01b", "\x1b[31m",
              "Baris\nbaru", "../../etc/passwd", "C:\\Windows\\System32", "CON", "😀" * 50, "=1+1", "'; DROP TABLE x;--",
              "%s%n", "\ud800"]
DATES = ["2026-01-01", "2026-12-31", "0001-01-01", "9999-12-31", "2026-02-30", "31-12-2026", "kemarin"]
USERS = ["staf", "kasubag", "sekretaris", "kepala", "admin", "staf2", "tidak-ada"]
DATASET = "Jumlah Izin Terbit per Jenis Izin per Bulan Tahun 2025"
COLUMNS = ["Jenis Izin", "Bulan", "Jumlah", "jumlah", "Tidak Ada"]
PATHS = ["padi.db", "padi.db-wal", "padi.db-shm", "padi.db.lock", "folder", "pipa", "catatan.docx", "baru.csv",
         "baru.xlsx", "baru.json", "baru.pdf", "baru", "tidak-ada/baru.csv", "cadangan.zip", "kosong.db",
         "y" * 300 + ".csv", "nama\x01.csv", "folder/baru.pdf", ".", ""]


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    return dict(sub.choices)


COMMANDS = _commands()


def _is_flag(action: argparse.Action) -> bool:
    return action.nargs == 0


def _values(action: argparse.Action) -> st.SearchStrategy[str]:
    """Values for one option: mostly plausible ones (to reach deep), sometimes anything."""
    text = st.sampled_from(NASTY_TEXT) | st.text(max_size=30)
    name = action.dest
    if action.choices:
        return st.sampled_from([str(c) for c in action.choices]) | text
    if action.type is Path or name in ("db", "out", "to", "file", "passphrase_file"):
        return st.sampled_from(PATHS) | st.text(alphabet=st.characters(blacklist_characters="/\\\x00"), max_size=20)
    if action.type is int:
        return st.integers(-(2**70), 2**70).map(str) | st.sampled_from(["1", "2", "0"]) | text
    if name == "user":
        return st.sampled_from(USERS) | text
    if name in ("start", "end"):
        return st.sampled_from(DATES) | text
    if name == "dataset":
        return st.sampled_from([DATASET, DATASET.upper(), "Baru dari Impor"]) | text
    if name in ("rows", "cols", "value"):
        return st.sampled_from(COLUMNS) | text
    if name == "employee":
        return st.sampled_from(USERS + ["Siti Rahma"]) | text
    return text


@st.composite
def command_line(draw: st.DrawFn, name: str) -> list[str]:
    argv = [name]
    for action in COMMANDS[name]._actions:  # noqa: SLF001
        if isinstance(action, argparse._HelpAction):  # noqa: SLF001
            continue
        if not action.option_strings:  # a positional: always there
            argv.append(draw(_values(action)))
            continue
        if not action.required and not draw(st.booleans()):
            continue
        option = draw(st.sampled_from(action.option_strings))
        if _is_flag(action):
            argv.append(option)
            continue
        for _ in range(draw(st.integers(1, 2)) if action.__class__.__name__ == "_AppendAction" else 1):
            argv += [option, draw(_values(action))]
    if "--db" not in argv and draw(st.booleans()):
        argv += ["--db", "padi.db"]  # mostly on the demo office, to get past the first checks
    return argv


@pytest.fixture(scope="module")
def workspace_template(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the demo database, a verified backup of it, a user's file, a folder and an empty file."""
    folder = tmp_path_factory.mktemp("fuzz-template")
    shutil.copyfile(demo_template, folder / "padi.db")
    with _environment(folder), contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert cli.main(["backup", "--db", "padi.db", "--to", ".", "--user", "admin"]) == 0
    next(folder.glob("padi-cadangan-*.zip")).rename(folder / "cadangan.zip")
    (folder / "catatan.docx").write_bytes(b"PK milik pengguna")
    (folder / "kosong.db").write_bytes(b"")
    (folder / "folder").mkdir()
    return folder


@contextlib.contextmanager
def _environment(folder: Path):
    """Run inside ``folder`` with the demo passwords in the environment; everything put back afterwards."""
    saved_cwd, saved_env = os.getcwd(), dict(os.environ)
    os.chdir(folder)
    os.environ.update({"PADI_PASSWORD": DEMO_PASSWORD, "PADI_NEW_PASSWORD": "sandi-baru-yang-panjang",
                       "PADI_BACKUP_PASSPHRASE": "frasa sandi cadangan yang panjang"})
    os.environ.pop("PADI_DEBUG", None)
    try:
        yield
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def _run(template: Path, argv: list[str]) -> tuple[int, str, str]:
    with tempfile.TemporaryDirectory(prefix="padi-fuzz-") as tmp:
        folder = Path(tmp) / "kerja"
        shutil.copytree(template, folder)
        if hasattr(os, "mkfifo"):
            os.mkfifo(folder / "pipa")
        out, err = io.StringIO(), io.StringIO()
        with _environment(folder), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(list(argv))
        return code, out.getvalue(), err.getvalue()


@pytest.mark.timeout(900)
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_answers_with_an_exit_status_and_a_sentence(name, workspace_template):
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=not FUZZ, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(argv=command_line(name))
    def check(argv: list[str]) -> None:
        code, out, err = _run(workspace_template, argv)
        assert code in (0, 1, 2, 3), (argv, code, err)
        assert "Traceback" not in out and "Traceback" not in err, (argv, err)
        assert "kesalahan tak terduga" not in err, (argv, err)

    check()

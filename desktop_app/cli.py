"""The command line, ``padi`` (DESIGN.md §5): the GUI launcher and the headless commands.

Exit status of every command: 0 done; 1 failed verification or integrity (or an unexpected
error); 2 bad input or usage, nothing changed; 3 not allowed (permission, state, maker-checker).
Messages for people are Indonesian and go to stderr; ``--json`` puts a machine-readable object
on stdout (``{"error": code, "message": text}`` when the command failed).

Passphrases of encrypted backups (``backup --encrypt``, ``verify``, ``restore``) come from
``--passphrase-file FILE`` (its first line), else ``PADI_BACKUP_PASSPHRASE``, else a hidden prompt
on a terminal (typed twice for a new backup); they are never printed or logged.

Heavy modules (SQLAlchemy, reportlab, Qt) are imported inside the commands that need them, so
``padi --help`` is quick and no sub-command ever imports Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import re
import sqlite3
import stat
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop_app import __version__
from desktop_app import messages as catalogue
from desktop_app.cli_datasets import dataset_commands
from desktop_app.domain.errors import BadInput, IntegrityFailure, NotAllowed, PadiError
from desktop_app.domain.filenames import check_path
from desktop_app.messages import UNKNOWN_BACKUP_WORDS
from desktop_app.paths import default_db_path
from desktop_app.storage.location import Location
from desktop_app.storage.location import parse as parse_location
from desktop_app.storage.snapshot import check_database_file, schema_revision

if TYPE_CHECKING:
    from desktop_app.services.office import Services

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_NOT_ALLOWED = 3
EXIT_INTERRUPTED = 130

PASSWORD_ENV = "PADI_PASSWORD"
NEW_PASSWORD_ENV = "PADI_NEW_PASSWORD"
PASSPHRASE_ENV = "PADI_BACKUP_PASSPHRASE"
DEBUG_ENV = "PADI_DEBUG"

# --- messages ----------------------------------------------------------------------------------
# One sentence per error code (services, backups and the command line itself), from the catalogue the
# window reads too (desktop_app/messages.py): the command line's own wording where a terminal needs one.
MESSAGES: dict[str, str] = {code: message.for_cli for code, message in catalogue.ERRORS.items() if message.for_cli}

STATE_LABELS = catalogue.STATES  # the names the window shows too

CHAIN_REASONS = {
    "altered": "Entri catatan aktivitas #{id} telah diubah.",
    "missing": "Entri catatan aktivitas #{id} hilang (dihapus).",
    "broken_link": "Rantai catatan aktivitas terputus pada entri #{id} (entri disisipkan atau diganti).",
    "unreadable": "Catatan aktivitas tidak dapat dibaca.",
}

BACKUP_PROBLEMS = {
    "missing": "berkas tidak ada",
    "unreadable": "berkas tidak dapat dibaca",
    "empty": "berkas kosong",
    "not_zip": "bukan arsip zip yang utuh (terpotong atau rusak)",
    "no_manifest": "daftar isi cadangan (manifest) tidak ada",
    "bad_manifest": "daftar isi cadangan (manifest) rusak",
    "format": "bukan cadangan PADI yang dapat dibaca versi ini",
    "member_missing": "ada berkas yang hilang dari arsip",
    "member_unexpected": "ada berkas asing di dalam arsip",
    "hash_mismatch": "isi tidak cocok dengan sidik SHA-256 yang tercatat",
    "unsealed": "cadangan tidak bersegel (segelnya dilepas; cadangan PADI selalu bersegel)",
    "manifest_mismatch": "daftar isi tidak sesuai dengan basis data di dalamnya (jumlah, susunan atau rantai)",
    "database_corrupt": "basis data di dalam cadangan rusak",
    "passphrase_needed": "cadangan terenkripsi; frasa sandi diperlukan",
    "wrong_passphrase": "frasa sandi salah",
    "tampered": "isi terenkripsi telah berubah (rusak atau diubah)",
    "kdf_limits": "parameter kunci enkripsi melebihi yang pernah ditulis PADI (berkas rusak atau disusun orang)",
    "truncated": "berkas terenkripsi terpotong",
}


def finding_message(code: str, value: object = None) -> str:
    """A finding of step 2 in Indonesian words, with its numbers where the code has them (the Validasi tab's
    words, from the same catalogue)."""
    return catalogue.finding(code, value)


def message_for(code: str, detail: str = "") -> str:
    """The Indonesian sentence for an error code (a detail shown without control characters, clipped)."""
    return catalogue.sentence(code, detail, cli=True, shown=_shown)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
SHOWN_DETAIL = 200


def _shown(text: str) -> str:
    """Text typed by someone, safe to print: control characters (a terminal would obey an escape
    sequence) as ``\\xNN``, and a very long text clipped."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))
    return text if len(text) <= SHOWN_DETAIL else text[: SHOWN_DETAIL - 1] + "…"


# --- output ------------------------------------------------------------------------------------
class _Output:
    """Human lines or one JSON object on stdout; error sentences on stderr."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def line(self, text: str = "") -> None:
        if not self.as_json:
            _write(sys.stdout, text)

    def data(self, obj: Any) -> None:
        if self.as_json:
            _write(sys.stdout, json.dumps(obj, ensure_ascii=False, indent=2, default=str))

    def error(self, code: str, text: str) -> None:
        _write(sys.stderr, text)
        if self.as_json:
            _write(sys.stdout, json.dumps({"error": code, "message": text}, ensure_ascii=False, indent=2))


def _write(stream: TextIO | None, text: str) -> None:
    if stream is None:  # a windowed (frozen) build has no console
        return
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding) + "\n")
    stream.flush()


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], numeric: set[int]) -> list[str]:
    cells = [[str(h) for h in headers]] + [[str(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def fmt(row: list[str]) -> str:
        return "  ".join(v.rjust(w) if i in numeric else v.ljust(w)
                         for i, (v, w) in enumerate(zip(row, widths, strict=True))).rstrip()

    return [fmt(cells[0]), "  ".join("-" * w for w in widths)] + [fmt(r) for r in cells[1:]]


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


# --- argument parsing --------------------------------------------------------------------------
class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """Raises instead of exiting, so main() decides the exit status and the JSON error; Indonesian help."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumen"
        self._optionals.title = "opsi"
        self.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


@dataclass(frozen=True)
class Command:
    """One sub-command: its arguments and the function that runs it (returns the exit status)."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, _Output], int]


DB_HELP = ("berkas basis data, atau server PostgreSQL kantor postgresql://pengguna@host:port/nama "
           "(kata sandi dari PADI_DB_PASSWORD atau brankas kata sandi sistem); bawaan: folder data pengguna")


def _add_db(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --db given before the sub-command (padi --db X check).
    parser.add_argument("--db", type=str, default=argparse.SUPPRESS, metavar="PATH|URL", help=DB_HELP)


def _add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")


def _add_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", required=True, metavar="NAMA",
                        help=f"nama pengguna yang menjalankan perintah (kata sandi dari {PASSWORD_ENV} "
                             "atau ditanyakan)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="padi",
        description="PADI - Pengelolaan Data dan Informasi DPMPTSP Kota Tebing Tinggi. "
                    "Tanpa sub-perintah, membuka tampilan grafis.",
    )
    parser.add_argument("--version", action="version", version=f"PADI {__version__}",
                        help="tampilkan versi PADI lalu keluar")
    parser.add_argument("--db", type=str, default=None, metavar="PATH|URL", help=DB_HELP)
    parser.add_argument("--lang", choices=("id", "en"), default=None, help="bahasa tampilan grafis")
    parser.add_argument("--demo", action="store_true", help="buka tampilan grafis dengan basis data contoh")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", title="perintah", parser_class=_Parser)
    for command in COMMANDS:
        child = sub.add_parser(command.name, help=command.help, description=command.help)
        command.configure(child)
        child.set_defaults(run=command.run)
    return parser


# --- shared steps of the commands --------------------------------------------------------------
_SQLITE_HEADER = b"SQLite format 3\x00"


def _db_path(args: argparse.Namespace) -> Path | Location:
    """The --db file, or the PostgreSQL server's database it names (a Location)."""
    target = getattr(args, "db", None)
    if target:
        location = parse_location(target)
        if location.is_server:
            return location
    path = Path(target) if target else default_db_path()
    check_path(path)
    return path


def _refuse_companion(path: Path | Location) -> None:
    """A database is never made or restored as another database's -wal, -shm, -journal or .lock file."""
    from desktop_app.services.runtime import is_companion_of_a_database

    if isinstance(path, Path) and is_companion_of_a_database(path):
        raise BadInput("target_is_database", str(path))


def _input_file(path: Path, missing: str = "file_missing") -> Path:
    """A file to read, said as what it is when it is not one: ``missing`` (the code for a missing file),
    ``file_is_folder``, or ``file_not_regular`` (a pipe or a device, which could block reading forever).
    Checked before anything opens it."""
    check_path(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise BadInput(missing, str(path)) from None
    except OSError as exc:
        raise BadInput("path_unusable", f"{path}: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(mode):
        raise BadInput("file_is_folder", str(path))
    if not stat.S_ISREG(mode):
        raise BadInput("file_not_regular", str(path))
    return path


def _db_shown(target: Path | Location) -> str:
    """The database as a person reads it: the resolved file path, or the server URL (no password)."""
    return target.display() if isinstance(target, Location) else str(target.resolve())


def _inspect_server(location: Location) -> tuple[str, str | None]:
    """What a server database holds, read-only: ("empty"|"padi"|"foreign", revision)."""
    from desktop_app.storage.server import inspect

    facts = inspect(location)
    return facts.kind, facts.revision


def _inspect_db(path: Path) -> tuple[str, str | None]:
    """What a database file holds, read-only: ("empty"|"padi"|"foreign"|"damaged", revision)."""
    if not path.is_file():
        return "foreign", None
    if path.stat().st_size == 0:
        return "empty", None
    with open(path, "rb") as fh:
        if fh.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            return "foreign", None
    try:
        revision = schema_revision(path)
        if revision is not None:
            return "padi", revision
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.Error:
        return "damaged", None
    return ("empty" if tables == 0 else "foreign"), None


def _existing_padi_db(args: argparse.Namespace) -> Path | Location:
    """The --db path (or server), which must be an existing PADI database (checked without writing)."""
    path = _db_path(args)
    if isinstance(path, Location):
        if _inspect_server(path)[0] != "padi":
            raise BadInput("not_padi_database", path.display())
        return path
    if not path.exists():
        raise BadInput("no_such_database", str(path))
    kind, _ = _inspect_db(path)
    if kind == "damaged":
        raise IntegrityFailure("database_damaged", str(path))
    if kind != "padi":
        raise BadInput("not_padi_database", str(path))
    return path


def _schema_state(revision: str) -> str:
    """"current", "older" or "newer" than the migrations this program carries."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from desktop_app.storage import migrate

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    if revision == script.get_current_head():
        return "current"
    try:
        script.get_revision(revision)
    except Exception:  # alembic raises several types for an unknown revision
        return "newer"
    return "older"


def _password(username: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass(f"Kata sandi untuk {username}: ")
        except EOFError:
            pass
    raise BadInput("password_required")


def _add_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, default=None, metavar="FILE",
                        help=f"berkas berisi frasa sandi cadangan terenkripsi (baris pertama); tanpa ini dipakai "
                             f"{PASSPHRASE_ENV} atau ditanyakan di terminal")


def _passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    """The backup passphrase: --passphrase-file (first line), then PADI_BACKUP_PASSPHRASE, then a prompt
    (asked twice for a new one). Never echoed, never logged."""
    if getattr(args, "passphrase_file", None) is not None:
        _input_file(args.passphrase_file, "passphrase_unreadable")
        try:
            lines = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInput("passphrase_unreadable", str(args.passphrase_file)) from exc
        return lines[0] if lines else ""
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is not None:
        return passphrase
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            first = getpass.getpass("Frasa sandi cadangan: ")
            if new and getpass.getpass("Ulangi frasa sandi cadangan: ") != first:
                raise BadInput("passphrase_mismatch")
            return first
        except EOFError:
            pass
    raise BadInput("passphrase_needed")


def _passphrase_for(path: Path, args: argparse.Namespace) -> str | None:
    """The passphrase when ``path`` is an encrypted backup, else None (nothing is asked).

    Nothing is asked for a damaged header, or one asking for more key derivation than PADI ever
    writes: verifying then reports the damage (exit 1) without any passphrase."""
    from desktop_app.services.archive import CryptoError, check_header, is_encrypted

    if not is_encrypted(path):
        return None
    try:
        check_header(path)
    except (CryptoError, OSError):
        return None
    return _passphrase(args)


def _new_password() -> str:
    """The new password for ``padi passwd``: PADI_NEW_PASSWORD, else asked twice on a terminal."""
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            first = getpass.getpass("Kata sandi baru: ")
            if getpass.getpass("Ulangi kata sandi baru: ") != first:
                raise BadInput("password_mismatch")
            return first
        except EOFError:
            pass
    raise BadInput("new_password_required")


@contextlib.contextmanager
def _acting_as(path: Path | Location, username: str, *, beside_gui: bool = False, outputs: Sequence[Path] = (),
               force: bool = False, changing_password: bool = False,
               password: str | None = None) -> Iterator[Services]:
    """The services on an existing database, logged in as ``username`` (logged out afterwards).

    A command that changes data holds the database's writer lock for its whole work: while a PADI
    window or another such command holds it, it is refused (``database_in_use``/``database_in_use_by``,
    naming the holder). ``beside_gui`` commands (backup: only reads the data) still run beside them,
    since SQLite keeps them consistent and a nightly backup must not fail because a window was left
    open. Like every command they say they have the database open, so a restore is refused meanwhile.

    ``outputs`` are checked against the output rules (services/runtime/outputs.py; an earlier PADI output is
    replaced only with ``force``) before logging in, so a refused target leaves the database as it was.
    A user whose password the administrator reset must change it first (``padi passwd``): every other
    command is refused (``password_change_required``, exit 3) unless ``changing_password``.
    A PostgreSQL office is made for many windows and commands at once: there is no lock to hold.
    """
    from desktop_app.services.office import Services

    for target in outputs:
        _check_out_file(target, path if isinstance(path, Path) else None)
    with _holding(path, username, writer=not beside_gui):
        if password is None:
            password = _password(username)
        services = Services.open(path, create=False)
        try:
            for target in outputs:
                services.outputs.check(target, overwrite=force)
            services.accounts.login(username, password)
            if services.accounts.must_change_password() and not changing_password:
                refusal = NotAllowed("password_change_required", username)
                services.ctx.log_refusal(refusal)  # the attempt is on record, like every refusal
                raise refusal
            yield services
        finally:
            if services.ctx.actor is not None:
                with contextlib.suppress(Exception):
                    services.accounts.logout()
            services.close()


_running = "padi"  # the command being run, as the locks name it ("padi import")
_WITHOUT_DB = frozenset({"verify"})  # commands that open a database only when given --db


@contextlib.contextmanager
def _holding(path: Path | Location, username: str = "", *, writer: bool) -> Iterator[None]:
    """For the block: this process says it has the database open (a restore elsewhere is refused
    meanwhile) and, for a command that changes data, holds its writer lock (one writer at a time).
    A server office has no file to lock: the server itself keeps its many writers apart."""
    from desktop_app.services.runtime import Holder, instance_session, writer_lock

    if not isinstance(path, Path):
        yield
        return
    holder = Holder.me(_running, username)
    with contextlib.ExitStack() as stack:
        if writer:
            stack.enter_context(writer_lock(path, holder))
        stack.enter_context(instance_session(path, holder))
        yield


# --- the GUI -----------------------------------------------------------------------------------
def _run_gui(args: argparse.Namespace) -> int:
    try:
        from desktop_app.app import run_gui
    except ImportError as exc:
        raise PadiError("gui_unavailable", str(exc)) from exc
    return int(run_gui(db_path=_db_path(args) if args.db else None, lang=args.lang, demo=bool(args.demo)) or 0)


# --- init --------------------------------------------------------------------------------------
def _configure_init(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                   help="isi dengan kantor contoh: satu akun per peran (kata sandi padi-demo) dan data contoh")
    _add_json(p)


def _cmd_init(args: argparse.Namespace, out: _Output) -> int:
    from desktop_app.services.office import Services

    path = _db_path(args)
    _refuse_companion(path)
    demo = bool(getattr(args, "demo", False))
    if isinstance(path, Location):
        kind, _ = _inspect_server(path)  # the database itself is made by the server's administrator
        if kind == "foreign":
            raise BadInput("not_padi_database", path.display())
    existed = isinstance(path, Location) or path.exists()
    if existed and isinstance(path, Path):
        kind, _ = _inspect_db(path)
        if kind == "damaged":
            raise BadInput("database_damaged", str(path))
        if kind == "foreign":
            raise BadInput("not_padi_database", str(path))
    try:
        with _holding(path, writer=True):
            services = Services.open(path, create=True)
            try:
                if not services.accounts.needs_setup():
                    raise BadInput("already_initialised", str(path))
                if demo:
                    from desktop_app.services.office import seed_demo

                    seed_demo(services)
                users = [u.username for u in services.accounts.users()]
                datasets = len(services.datasets.list())
                publications = len(services.publications.list())
            finally:
                services.close()
    except BaseException:
        if not existed:  # leave nothing half-made behind
            from desktop_app.services.runtime import sessions_path

            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                             path.with_name(path.name + ".anchor"), sessions_path(path)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise
    out.data({"db": _db_shown(path), "demo": demo, "users": users, "datasets": datasets,
              "publications": publications})
    out.line(f"Basis data PADI dibuat: {_db_shown(path)}")
    if demo:
        from desktop_app.services.office import DEMO_PASSWORD

        out.line(f"Kantor contoh dimuat: {len(users)} pengguna ({', '.join(users)}), "
                 f"{datasets} kumpulan data, {publications} publikasi.")
        out.line(f"Kata sandi semua akun contoh: {DEMO_PASSWORD}")
    else:
        out.line("Buka PADI pada basis data ini untuk mengisi profil kantor dan membuat akun administrator pertama.")
    return EXIT_OK


# --- check -------------------------------------------------------------------------------------
def _configure_check(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--head", action="append", default=[], metavar="ID:HASH",
                   help="kepala rantai yang tercatat di luar basis data (Laporan Pelaksanaan, manifest cadangan): "
                        "entri ID dengan hash HASH harus ada di catatan aktivitas; HASH saja juga boleh")
    _add_json(p)


def _parse_head(text: str) -> tuple[int | None, str]:
    """``ID:HASH``, ``#ID:HASH`` or ``HASH`` (at least 16 hex digits) → (id or None, hash)."""
    from desktop_app.services.runtime import MIN_HASH_PREFIX

    entry, _, digest = text.strip().lstrip("#").rpartition(":")
    digest = digest.strip().lower()
    if len(digest) < MIN_HASH_PREFIX or any(c not in "0123456789abcdef" for c in digest) or \
            (entry and not entry.strip().isdigit()):
        raise BadInput("bad_head", text)
    return (int(entry) if entry else None), digest


def _cmd_check(args: argparse.Namespace, out: _Output) -> int:
    """integrity_check, foreign_key_check, the log's hash chain, its anchor and the bound states; never writes
    to the file."""
    from desktop_app import check_text

    path = _db_path(args)
    report, problems = _run_checks(path, args.head)
    chain = report.chain if report is not None else None
    log = ({"ok": chain.ok, "entries": chain.entries, "head": chain.head, "first_bad_id": chain.first_bad_id,
            "reason": chain.reason or None, "head_id": chain.entries if chain.ok else None}
           if chain is not None else
           {"ok": False, "entries": 0, "head": None, "first_bad_id": None, "reason": "unreadable", "head_id": None})
    ok = not problems and report is not None and report.ok
    anchor = report.anchor if report is not None else None
    anchor_line = (check_text.anchor_text(anchor.status, anchor.problem, anchor.anchor_head_id, anchor.log_head_id,
                                          Path(anchor.path).name) if anchor is not None and anchor.path else "")
    states = [_finding_json(f, check_text) for f in (report.states if report is not None else ())]
    notes = [{"entry": n.entry_id, "kind": n.kind, "detail": n.detail,
              "message": check_text.anchor_note_text(n.kind, n.entry_id, n.detail)}
             for n in (report.anchor_notes if report is not None else ())]
    warnings = [{"code": code, "message": _warning_text(code, anchor_line)}
                for code in (report.warnings if report is not None else ())]
    out.data({"ok": ok, "db": _db_shown(path), "database_problems": problems, "log": log,
              "anchor": ({"status": anchor.status, "problem": anchor.problem or None, "path": anchor.path,
                          "anchor_head_id": anchor.anchor_head_id, "anchor_head_hash": anchor.anchor_head_hash,
                          "log_head_id": anchor.log_head_id, "log_head_hash": anchor.log_head_hash or None}
                         if anchor is not None else None),
              "anchor_notes": notes, "states": states,
              "bound": ({"objects": report.objects, "rows_checked": report.rows_checked,
                         "entries": report.bound_entries, "baseline_entry": report.baseline_id,
                         "baseline_pending": report.baseline_pending} if report is not None else None),
              "warnings": warnings, "limits": check_text.LIMITS,
              "heads": [{"id": h.entry_id, "hash": h.hash, "status": h.status, "found_id": h.found_id,
                         "message": check_text.head_text(h.status, h.entry_id, h.hash, h.found_id)}
                        for h in (report.heads if report is not None else ())]})

    out.line(f"Basis data: {_db_shown(path)}")
    if problems:
        out.line("Berkas basis data: BERMASALAH")
        for problem in problems:
            out.line(f"  - {problem}")
    elif isinstance(path, Location):
        out.line("Basis data server: baik (pemicu catatan aktivitas terpasang, peran aplikasi tanpa hak superuser)")
    else:
        out.line("Berkas basis data: baik (integrity_check dan foreign_key_check lolos)")
    if log["ok"]:
        out.line(f"Catatan aktivitas: {log['entries']} entri, rantai utuh (kepala: entri #{log['head_id']}, "
                 f"hash {log['head']})")
    else:
        reason = CHAIN_REASONS.get(str(log["reason"]), "Rantai catatan aktivitas tidak utuh.")
        out.line(f"Catatan aktivitas: RUSAK - {reason.format(id=log['first_bad_id'])}")
    if anchor_line:
        out.line(anchor_line)
    for note in notes:
        out.line(f"  {note['message']}")
    for head in (report.heads if report is not None else ()):
        out.line(check_text.head_text(head.status, head.entry_id, head.hash, head.found_id))
    if report is not None and chain is not None and chain.ok:
        _state_lines(out, report, states)
    if ok:
        out.line("Hasil: BAIK, dengan peringatan (lihat di atas)" if warnings else "Hasil: BAIK")
    else:
        out.line("Hasil: GAGAL")
    out.line(check_text.LIMITS)
    if ok:
        return EXIT_OK
    _write(sys.stderr, message_for("check_failed"))
    return EXIT_FAILED


def _run_checks(path: Path | Location, head_args: Sequence[str]) -> tuple[Any, list[str]]:
    """(the IntegrityReport of a PADI database at the current schema, None when the file is not readable as
    one; the database file's problems). BadInput or SchemaTooNew for what is not a PADI database to check."""
    if isinstance(path, Path) and not path.exists():
        raise BadInput("no_such_database", str(path))
    kind, revision = _inspect_server(path) if isinstance(path, Location) else _inspect_db(path)
    if kind in ("empty", "foreign"):
        raise BadInput("not_padi_database", str(path))
    if kind != "padi":
        return None, check_database_file(path) or ["unreadable database"]
    state = _schema_state(revision or "")
    if state == "newer":
        from desktop_app.storage.migrate import SchemaTooNew

        raise SchemaTooNew("schema_too_new", revision or "")
    if state == "older":
        raise BadInput("schema_outdated", revision or "")
    heads = tuple(_parse_head(h) for h in head_args)
    try:
        report = _check_padi_db(path, heads)
        return report, list(report.database_problems)
    except Exception as exc:  # a damaged file: report what the read-only check finds
        if isinstance(path, Location):
            raise
        return None, check_database_file(path) or [f"unreadable database: {exc}"]


def _finding_json(finding, check_text) -> dict:  # noqa: ANN001 (a StateFinding, the check_text module)
    return {"code": finding.code, "kind": finding.kind, "id": finding.object_id, "label": finding.label,
            "facet": finding.facet or None, "expected": finding.expected, "actual": finding.actual,
            "entry": finding.entry_id,
            "message": check_text.finding_text(finding.code, finding.kind, finding.object_id, finding.label,
                                               finding.facet, finding.expected, finding.actual, finding.entry_id)}


def _warning_text(code: str, anchor_line: str) -> str:
    if code == "baseline_pending":
        return ("Status belum diikat ke log: basis data ini dari versi PADI sebelumnya dan belum selesai "
                "diperbarui. Buka sekali dengan PADI, lalu periksa lagi.")
    return anchor_line


def _state_lines(out: _Output, report, states: list[dict]) -> None:  # noqa: ANN001 (an IntegrityReport)
    if report.baseline_pending:
        out.line("Status yang diikat ke log: belum diperiksa (garis dasar belum dibuat; buka sekali dengan PADI).")
        return
    baseline = (f"; garis dasar: entri #{report.baseline_id}, status sebelum itu diterima apa adanya"
                if report.baseline_id else "")
    rows = f", baris {report.rows_checked} Kumpulan Data tervalidasi diperiksa"
    if not states:
        out.line(f"Status yang diikat ke log: {report.objects} objek cocok dengan log{rows}{baseline}.")
        return
    out.line(f"Status yang diikat ke log: BERMASALAH - {len(states)} status tidak didukung catatan aktivitas"
             f"{baseline}:")
    for item in states:
        out.line(f"  - {item['message']}")


def _check_padi_db(path: Path | Location, heads: tuple = ()):  # an IntegrityReport
    """Open without migrating (Database() rather than Database.open) and run the integrity check."""
    from desktop_app.services.office import Services
    from desktop_app.services.runtime import check_integrity
    from desktop_app.storage.database import Database

    services = Services.on(Database(path))
    try:
        return check_integrity(services.ctx, heads)
    finally:
        services.close()


# --- list --------------------------------------------------------------------------------------
def _configure_list(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=("datasets", "publications", "revisions"), help="yang didaftar")
    p.add_argument("--dataset", metavar="NAMA", help="kumpulan data yang revisinya didaftar (untuk 'revisions')")
    _add_db(p)
    _add_json(p)


def _cmd_list(args: argparse.Namespace, out: _Output) -> int:
    from desktop_app.services.office import Services

    if args.kind == "revisions" and not args.dataset:
        raise BadInput("usage", "'padi list revisions' memerlukan --dataset NAMA")
    if args.kind != "revisions" and args.dataset:
        raise BadInput("usage", "--dataset hanya dipakai dengan 'padi list revisions'")
    services = Services.open(_existing_padi_db(args), create=False)
    try:
        if args.kind == "datasets":
            items = sorted(services.datasets.list(), key=lambda d: d.id)
            data = [{"id": d.id, "name": d.name, "group": d.group, "state": d.state.value, "author": d.author,
                     "rows": d.rows, "sample": d.is_sample, **_dataset_lifecycle(services, d)} for d in items]
            headers = ("ID", "Nama", "Tahap", "Rev.", "Periode", "Penyusun", "Baris")
            rows = [(d.id, _clip(d.name) + (" *" if d.is_sample else ""), _stage_text(d), d.revision,
                     _periods_text(item["periods"]), d.author, d.rows) for d, item in zip(items, data, strict=True)]
            numeric, empty = {0, 3, 6}, "Belum ada kumpulan data."
        elif args.kind == "revisions":
            dataset_id = services.datasets.find(args.dataset)
            revisions = services.revisions.list(dataset_id)
            data = [{"revision": r.number, "state": r.state.value, "reason": r.reason, "created_by": r.created_by,
                     "created_at": r.created_at.isoformat(sep=" "),
                     "validated_at": r.validated_at.isoformat(sep=" ") if r.validated_at else None,
                     "current": r.current, "serving": r.serving, "rows": r.rows} for r in revisions]
            headers = ("Rev.", "Tahap", "Dibuat", "Oleh", "Baris", "Keterangan", "Alasan")
            rows = [(r.number, STATE_LABELS[r.state.value], r.created_at.strftime("%Y-%m-%d %H:%M"), r.created_by,
                     r.rows, ", ".join(w for w, on in (("sekarang", r.current), ("tampil di katalog", r.serving)) if on),
                     _clip(r.reason, 40)) for r in revisions]
            numeric, empty = {0, 4}, "Belum ada revisi."
        else:
            pubs = services.publications.list()
            data = [{"id": p.id, "title": p.title, "kind": p.kind, "state": p.state.value, "author": p.author,
                     "version": p.version, "sample": p.is_sample} for p in pubs]
            headers = ("ID", "Judul", "Jenis", "Tahap", "Penyusun", "Versi")
            rows = [(p.id, _clip(p.title) + (" *" if p.is_sample else ""), p.kind, STATE_LABELS[p.state.value],
                     p.author, p.version) for p in pubs]
            numeric, empty = {0, 5}, "Belum ada publikasi."
    finally:
        services.close()
    out.data(data)
    if not rows:
        out.line(empty)
        return EXIT_OK
    for text in _table(headers, rows, numeric):
        out.line(text)
    if any(item.get("sample") for item in data):
        out.line("* data contoh")
    return EXIT_OK


def _dataset_lifecycle(services: Services, d) -> dict:  # noqa: ANN001 (a DatasetSummary)
    """The revision, series and catalogue keys of one dataset in ``padi list datasets --json``."""
    periods = [{"period": p.period, "state": p.state.value, "rows": p.rows} for p in services.series.periods(d.id)]
    return {"revision": d.revision, "served_revision": services.revisions.served(d.id), "series": d.series or None,
            "periods": periods, "batch_state": d.batch_state.value if d.batch_state else None,
            "withdrawn": d.withdrawn}


def _stage_text(d) -> str:  # noqa: ANN001 (a DatasetSummary)
    text = STATE_LABELS[d.state.value]
    if d.batch_state is not None:
        text += f" (periode baru: {STATE_LABELS[d.batch_state.value]})"
    return text + (" - ditarik" if d.withdrawn else "")


def _periods_text(periods: list[dict]) -> str:
    if not periods:
        return "-"
    if len(periods) == 1:
        return periods[0]["period"]
    return f"{periods[0]['period']} s.d. {periods[-1]['period']} ({len(periods)})"


# --- publish -----------------------------------------------------------------------------------
MAX_RECORD_ID = 2**63 - 1  # the largest number SQLite stores as a row id


def _configure_publish(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--publication", type=int, required=True, metavar="ID", help="nomor publikasi (lihat 'padi list')")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder tujuan PDF dan Paket Internet")
    _add_force(p)
    p.add_argument("--base-url", metavar="URL", default=None,
                   help="alamat situs tempat Paket Internet diunggah (untuk data.json; bawaan: pengaturan kantor)")
    _add_user(p)
    _add_json(p)


def _cmd_publish(args: argparse.Namespace, out: _Output) -> int:
    from desktop_app.services.publications import package_name

    path = _existing_padi_db(args)
    if not 1 <= args.publication <= MAX_RECORD_ID:  # no such record; SQLite could not even look it up
        raise BadInput("unknown_publication", str(args.publication))
    if not args.out.is_dir():
        raise BadInput("no_such_folder", str(args.out))
    with _acting_as(path, args.user) as services:
        summary = services.publications.get(args.publication).summary
        title, staged = summary.title, []

        def with_package(staging):  # noqa: ANN001 - the internet package, staged beside the PDF
            package = services.internet.stage_package(args.publication, args.out / package_name(title, summary.version),
                                    base=args.base_url)
            staging.add_folder(package.merge)
            staged.append(package)
            return lambda s: package.log(services.ctx, s)

        # All or nothing: both outputs written and read back, then placed with the state change.
        result = services.publications.publish(args.publication, args.out, overwrite=args.force, also=with_package)
        package = staged[0].result
    pdf = result.pdf_path.resolve()
    out.data({"publication": args.publication, "title": title, "pdf": str(pdf), "version": result.version,
              "content_hash": result.content_hash, "package": str(package.folder.resolve()),
              "data_json": str(package.catalog.resolve()), "absolute_urls": package.absolute_urls})
    out.line(f"Publikasi #{args.publication} \"{title}\" versi {result.version} diterbitkan:")
    out.line(f"  PDF     : {pdf}")
    out.line(f"  Paket Internet: {package.folder.resolve()}")
    if not package.absolute_urls:
        out.line("  (data.json memakai nama berkas relatif; isi --base-url agar portal data dapat memanennya)")
    out.line(f"  SHA-256 isi yang disetujui: {result.content_hash}")
    return EXIT_OK


# --- backup ------------------------------------------------------------------------------------
def _configure_backup(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--to", type=Path, required=True, metavar="DIR", help="folder tujuan (mis. flash disk)")
    p.add_argument("--encrypt", action="store_true",
                   help="enkripsi cadangan dengan frasa sandi (juga bila --passphrase-file diberikan)")
    _add_passphrase(p)
    _add_user(p)
    _add_json(p)


def _cmd_backup(args: argparse.Namespace, out: _Output) -> int:
    path = _existing_padi_db(args)
    if not args.to.is_dir():
        raise BadInput("target_missing", str(args.to))
    passphrase = _passphrase(args, new=True) if args.encrypt or args.passphrase_file else None
    with _acting_as(path, args.user, beside_gui=True) as services:
        info = services.archive.backup(args.to, passphrase=passphrase)
    if not info.verified:  # the service reports only verified backups; never claim otherwise
        raise IntegrityFailure("verify_failed", str(info.path))
    archive = info.path.resolve()
    out.data({"path": str(archive), "sha256": info.sha256, "size": info.size,
              "created_at": info.created_at.isoformat(), "verified": True, "encrypted": passphrase is not None})
    out.line("Cadangan dibuat dan diverifikasi:")
    out.line(f"  Berkas : {archive}")
    out.line(f"  SHA-256: {info.sha256}")
    out.line(f"  Ukuran : {info.size:,} bita".replace(",", "."))
    return EXIT_OK


# --- verify ------------------------------------------------------------------------------------
def _configure_verify(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="BACKUP", help="berkas cadangan (.zip atau .padienc)")
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH",
                   help="basis data kantor: katakan juga apakah cadangan ini tercatat di catatan aktivitasnya")
    _add_passphrase(p)
    _add_json(p)


def _cmd_verify(args: argparse.Namespace, out: _Output) -> int:
    from desktop_app.services.archive import archive_sha256, known_backup, verify_file

    path: Path = _input_file(args.file, "no_such_file")
    office_db = _existing_padi_db(args) if args.db else None
    report = verify_file(path, _passphrase_for(path, args))
    manifest = report.manifest or {}
    try:
        sha256 = archive_sha256(path)
    except OSError:
        sha256 = None
    known = known_backup(office_db, sha256) if office_db is not None and sha256 else None
    out.data({
        "ok": report.ok, "file": str(path.resolve()), "problems": [[c, d] for c, d in report.problems],
        "sha256": sha256, "created_at": manifest.get("created_at"), "app_version": manifest.get("app_version"),
        "schema_revision": manifest.get("schema_revision"), "log_chain_head": manifest.get("log_chain_head"),
        "counts": manifest.get("counts"),
        "known": None if office_db is None else known is not None,
        "known_entry": known.entry_id if known is not None else None,
    })
    out.line(f"Cadangan: {path.resolve()}")
    if manifest:
        out.line(f"  Dibuat     : {manifest.get('created_at', '-')}")
        out.line(f"  Versi PADI : {manifest.get('app_version', '-')}")
        counts = manifest.get("counts") or {}
        if counts:
            out.line(f"  Isi        : {counts.get('users', '?')} pengguna, {counts.get('datasets', '?')} kumpulan "
                     f"data, {counts.get('publications', '?')} publikasi, {counts.get('activity_log', '?')} entri "
                     "catatan aktivitas")
    if sha256:
        out.line(f"  SHA-256    : {sha256}")
    if office_db is None:
        out.line("  Tercatat   : tidak diperiksa (beri --db basis data kantor untuk mencocokkan dengan catatan "
                 "aktivitasnya)")
    else:
        out.line(f"  Tercatat   : {_known_text(known)}")
    if report.ok:
        out.line("Hasil: UTUH - cadangan dapat dipakai untuk pemulihan.")
        return EXIT_OK
    out.line("Hasil: RUSAK")
    for code, detail in report.problems:
        out.line(f"  - {BACKUP_PROBLEMS.get(code, code)} ({code}): {detail}")
    _write(sys.stderr, message_for("verify_bad"))
    return EXIT_FAILED


# --- restore -----------------------------------------------------------------------------------
def _configure_restore(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="BACKUP", help="berkas cadangan (.zip atau .padienc)")
    _add_db(p)
    _add_passphrase(p)
    p.add_argument("--accept-unknown", metavar="KATA", default=None,
                   help=f"pulihkan juga cadangan yang tidak tercatat di catatan aktivitas kantor ini; ketik "
                        f"persis \"{UNKNOWN_BACKUP_WORDS}\"")
    _add_user(p)
    _add_json(p)


def _accepts_unknown(args: argparse.Namespace) -> bool:
    """Whether --accept-unknown carries the confirmation words (BadInput when it carries other words)."""
    if args.accept_unknown is None:
        return False
    if " ".join(args.accept_unknown.split()).upper() != UNKNOWN_BACKUP_WORDS:
        raise BadInput("confirmation_mismatch", UNKNOWN_BACKUP_WORDS)
    return True


def _known_text(known: Any) -> str:  # restore.KnownBackup | None
    if known is None:
        return "TIDAK - tidak ada di catatan aktivitas basis data ini (bukan dibuat atau dipulihkan di sini)"
    made = "dibuat" if known.action == "backup_made" else "dipulihkan"
    return f"ya - {made} di kantor ini (catatan aktivitas #{known.entry_id}, {str(known.at)[:19]})"


def _cmd_restore(args: argparse.Namespace, out: _Output) -> int:
    """Restore a backup over --db. The user must be allowed to restore in the live database; when that
    database is missing or damaged, in the backup's own accounts instead."""
    from desktop_app.services.archive import describe_backup, known_backup, restore_database

    backup: Path = args.file
    _input_file(backup, "no_such_file")
    db_path = _db_path(args)
    _refuse_companion(db_path)
    accept_unknown = _accepts_unknown(args)
    passphrase = _passphrase_for(backup, args)
    # Refuse a bad backup, or one this office does not know, before asking for anything else.
    described = describe_backup(backup, passphrase)
    if isinstance(db_path, Location):  # into an empty server database: no office log to know it by
        if not accept_unknown:
            raise NotAllowed("backup_unknown", described.sha256)
        return _restore_to_server(backup, db_path, args, out, passphrase)
    kind, _ = _inspect_db(db_path) if db_path.exists() else ("missing", None)
    if not accept_unknown and (kind != "padi" or known_backup(db_path, described.sha256) is None):
        raise NotAllowed("backup_unknown", described.sha256)
    now = dt.datetime.now().replace(microsecond=0)
    from desktop_app.services.runtime import Holder, exclusive

    holder = Holder.me(_running, args.user)
    # One writer, and nobody else with the database open (no import goes on writing into the replaced
    # file): refused before logging in, so a refusal changes nothing.
    with _holding(db_path, args.user, writer=True), exclusive(db_path, holder):
        if kind == "padi":
            with _acting_as(db_path, args.user) as services:
                actor = services.archive.restore_actor()
            result = restore_database(backup, db_path, now=now, actor=actor, passphrase=passphrase,
                                              holder=holder, accept_unknown=accept_unknown)
        elif kind in ("missing", "damaged"):
            credentials = (args.user, _password(args.user))
            result = restore_database(backup, db_path, now=now, credentials=credentials,
                                              passphrase=passphrase, holder=holder, accept_unknown=accept_unknown)
        else:
            raise BadInput("not_padi_database", str(db_path))
    summary = result.summary
    out.data({"restored": True, "file": str(backup.resolve()), "db": str(db_path.resolve()),
              "safety_copy": str(result.safety_copy) if result.safety_copy else None, "sha256": summary.sha256,
              "created_at": summary.created_at, "schema_revision": summary.schema_revision,
              "counts": summary.counts, "encrypted": summary.encrypted, "known": summary.known is not None})
    counts = summary.counts
    out.line(f"Cadangan dipulihkan ke {db_path.resolve()}")
    out.line(f"  Cadangan    : {backup.resolve()} (dibuat {summary.created_at})")
    out.line(f"  Tercatat    : {_known_text(summary.known)}")
    out.line(f"  Isi         : {counts['users']} pengguna, {counts['datasets']} kumpulan data "
             f"({counts['rows']} baris), {counts['publications']} publikasi, {counts['log_entries']} entri "
             "catatan aktivitas")
    if result.safety_copy:
        out.line(f"  Salinan pengaman basis data sebelumnya: {result.safety_copy}")
    return EXIT_OK


# --- export ------------------------------------------------------------------------------------
EXPORT_FORMATS = ("csv", "xlsx", "json")  # desktop_app.services.datasets.exporting.FORMATS (checked by a test)


def _check_out_file(target: Path, db: Path | None = None) -> None:
    """An output file's name must be usable, its folder must exist, the name must not be a folder, and
    it must never be the database ``db``, one of its companion files or a backup (BadInput otherwise).
    Checked before the database is opened; ``_acting_as`` then applies the rest of the output rules."""
    from desktop_app.services.runtime import refuse_protected

    check_path(target)
    if not target.parent.is_dir():
        raise BadInput("no_such_folder", str(target.parent))
    if target.is_dir():
        raise BadInput("target_is_folder", str(target))
    refuse_protected(target, db)


def _add_force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true",
                        help="ganti berkas keluaran PADI sebelumnya yang bernama sama (berkas lain, basis data "
                             "dan cadangan tidak pernah ditimpa)")


def _configure_export(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--dataset", required=True, metavar="NAMA", help="nama kumpulan data (lihat 'padi list datasets')")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS, dest="export_format",
                   help="format berkas: csv, xlsx atau json")
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help="berkas tujuan (berkas keluaran PADI sebelumnya hanya diganti dengan --force)")
    _add_force(p)
    _add_user(p)
    _add_json(p)


def _cmd_export(args: argparse.Namespace, out: _Output) -> int:
    path = _existing_padi_db(args)
    target: Path = args.out

    # The target is checked before logging in: a refused one leaves the database untouched.
    with _acting_as(path, args.user, outputs=[target], force=args.force) as services:
        dataset_id = services.datasets.find(args.dataset)
        result = services.exports.dataset(dataset_id, args.export_format, target, overwrite=args.force)
    file = result.path.resolve()
    out.data({"dataset": result.title, "format": result.format, "file": str(file), "rows": result.rows})
    out.line(f"Kumpulan Data \"{result.title}\" diekspor ({result.format.upper()}, {result.rows} baris):")
    out.line(f"  Berkas: {file}")
    return EXIT_OK


def _configure_import(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--file", type=Path, required=True, metavar="FILE",
                   help="berkas xlsx, xls, ods, csv atau json (ekspor PADI, atau daftar objek)")
    p.add_argument("--dataset", metavar="NAMA",
                   help="Kumpulan Data tujuan: draf yang sudah ada (kolom dicocokkan menurut nama) atau nama baru")
    p.add_argument("--sheet", metavar="LEMBAR", help="nama lembar (bawaan: lembar pertama yang berisi data)")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="lewati baris yang selnya tidak sesuai tipe (dicatat); tanpa ini impor ditolak")
    p.add_argument("--unpivot", action="store_true",
                   help="ubah kolom periode menjadi baris: kolom bulan, triwulan, semester atau tahun menjadi satu "
                        "kolom periode dan satu kolom nilai; kolom jumlah di seberang periode diperiksa lalu dilewati")
    p.add_argument("--year", type=int, default=None, metavar="TAHUN",
                   help="tahun kolom periode tanpa tahun (bersama --unpivot), bila judul, nama lembar dan nama "
                        "berkas tidak menyebutkannya")
    p.add_argument("--decimal", choices=(",", "."), metavar=",|.",
                   help="tanda desimal untuk kolom angka yang tidak jelas dari berkasnya (1.250: --decimal , "
                        "membacanya seribu dua ratus lima puluh, --decimal . satu koma dua lima); tanpa ini "
                        "impor ditolak bila ada kolom seperti itu")
    p.add_argument("--period", default=None, metavar="PERIODE",
                   help="data satu periode seri (2024-04, 2024-Q1, 2024-S1, 2024): kumpulan data baru menjadi seri, "
                        "seri yang ada mendapat periode itu")
    p.add_argument("--sheets-as-periods", action="store_true",
                   help="setiap lembar yang namanya menyebut periode (Jan, Februari 2024, TW I, ...) menjadi data "
                        "periode itu, semuanya dalam satu impor")
    _add_user(p)
    _add_json(p)


def _cmd_import(args: argparse.Namespace, out: _Output) -> int:
    path = _existing_padi_db(args)
    _input_file(args.file)  # checked before logging in: nothing is written or logged
    _check_import_options(args)
    if args.sheets_as_periods:
        return _import_sheets(path, args, out)
    with _acting_as(path, args.user) as services:
        preview = services.imports.preview(args.file, sheet=args.sheet, decimal=args.decimal, unpivot=args.unpivot,
                                           year=args.year)
        bad = _rows_to_skip(preview, args.skip_bad_rows)
        target = None
        if args.dataset:
            try:
                target = services.datasets.find(args.dataset)
            except BadInput:
                target = None
        result = services.imports.commit(preview, skip=bad, target_id=target,
                                         dataset_name=None if target else args.dataset, period=args.period)
    notes = [_import_note(n) for n in preview.notes]
    warnings = list(result.warnings) + notes
    turned = preview.unpivoted
    unpivoted = None if turned is None else {
        "period_column": turned.period_column, "value_column": turned.value_column, "columns": list(turned.columns),
        "grain": turned.grain, "year": turned.year, "year_from": turned.year_from,
        "total_columns": list(turned.total_columns), "wide_rows": turned.wide_rows}
    out.data({"dataset": result.dataset, "dataset_id": result.dataset_id, "created": result.created,
              "sheet": preview.sheet, "rows": result.rows, "skipped": result.skipped, "warnings": warnings,
              "unpivoted": unpivoted, "subtotals": result.subtotals, "periods": list(result.periods)})
    verb = "dibuat" if result.created else "ditambah"
    out.line(f"Kumpulan Data \"{result.dataset}\" {verb}: {result.rows} baris diimpor dari lembar "
             f"\"{preview.sheet}\", {result.skipped} dilewati.")
    if turned is None and not args.unpivot:
        from desktop_app.services.datasets import find_period_columns

        wide = find_period_columns(preview)
        if wide is not None:
            out.line(f"  Kolom periode dikenali ({', '.join(preview.columns[i].name for i in wide.columns)}); "
                     "pakai --unpivot untuk mengubahnya menjadi baris.")
    if turned is not None:
        out.line(f"  Kolom periode menjadi baris: {len(turned.columns)} kolom ({', '.join(turned.columns)}) menjadi "
                 f"\"{turned.period_column}\" dan \"{turned.value_column}\".")
    if result.subtotals:
        out.line(f"  {result.subtotals} subtotal berkas disimpan; diperiksa pada langkah 2 ('padi validate').")
    for warning in warnings:
        out.line(f"  Catatan: {warning}")
    return EXIT_OK


def _check_import_options(args: argparse.Namespace) -> None:
    """BadInput for options of ``padi import`` that do not go together or a period text that names none
    (exit 2 before logging in)."""
    if args.year is not None and not args.unpivot:
        raise BadInput("year_without_unpivot")
    if args.year is not None and not 1900 <= args.year <= 2100:
        raise BadInput("bad_year", str(args.year))
    if args.sheets_as_periods:
        if args.period or args.sheet or args.unpivot:
            raise BadInput("usage", "--sheets-as-periods tidak dipakai bersama --period, --sheet atau --unpivot")
    elif args.period is not None:
        from desktop_app.domain.series import series_period

        series_period(args.period)


def _rows_to_skip(preview: Any, skip_bad_rows: bool) -> list[int]:
    """The rows of a preview (an ImportPreview) whose cells do not fit their column, to skip with
    ``--skip-bad-rows``; else BadInput, the problems written to stderr (and for a number column whose
    decimal mark nothing decided, always)."""
    from desktop_app.domain.columns import ColumnSpec
    from desktop_app.services.datasets import bad_rows, undecided_columns, unresolved_rows

    undecided = undecided_columns(preview)
    if undecided:
        for problem in preview.problems:
            if problem.code == "ambiguous_decimal":
                _write(sys.stderr, f"  {problem.sheet}, kolom {problem.column}: tanda desimal tidak jelas "
                                   f"(misalnya {problem.value!r})")
        raise BadInput("ambiguous_decimal", undecided[0])
    columns = [ColumnSpec(c.name, c.type) for c in preview.columns]
    bad = sorted(set(bad_rows(columns, preview.rows)) | set(unresolved_rows(preview)))
    if bad and not skip_bad_rows:
        for problem in preview.problems[:20]:
            _write(sys.stderr, f"  {problem.sheet}, baris {problem.row}, kolom {problem.column}: "
                               f"{problem.code} ({problem.value!r})")
        raise BadInput("unresolved_problems", str(len(bad)))
    return bad


def _import_sheets(path: Path, args: argparse.Namespace, out: _Output) -> int:
    """A workbook with one sheet per period into one series, all or nothing."""
    from desktop_app.domain.columns import ColumnSpec
    from desktop_app.services.datasets import ImportPart, bad_rows, undecided_columns, unresolved_rows

    with _acting_as(path, args.user) as services:
        found = services.imports.sheet_periods(args.file)
        if not found:
            raise BadInput("no_period_sheets", args.file.name)
        parts = []
        for sheet in found:
            preview = services.imports.preview(args.file, sheet=sheet.sheet, decimal=args.decimal)
            undecided = undecided_columns(preview)
            if undecided:
                raise BadInput("ambiguous_decimal", f"{undecided[0]} ({sheet.sheet})")
            bad = sorted(set(bad_rows([ColumnSpec(c.name, c.type) for c in preview.columns], preview.rows))
                         | set(unresolved_rows(preview)))
            if bad and not args.skip_bad_rows:
                raise BadInput("unresolved_problems", f"{len(bad)} ({sheet.sheet})")
            parts.append(ImportPart(preview, skip=bad, period=sheet.period))
        target = None
        if args.dataset:
            try:
                target = services.datasets.find(args.dataset)
            except BadInput:
                target = None
        result = services.imports.commit_parts(parts, target_id=target,
                                               dataset_name=None if target else (args.dataset or args.file.stem))
    out.data({"dataset": result.dataset, "dataset_id": result.dataset_id, "created": result.created,
              "sheets": [{"sheet": f.sheet, "period": f.period} for f in found], "rows": result.rows,
              "skipped": result.skipped, "warnings": list(result.warnings), "periods": list(result.periods)})
    verb = "dibuat" if result.created else "ditambah"
    out.line(f"Seri \"{result.dataset}\" {verb}: {result.rows} baris dari {len(found)} lembar, "
             f"{result.skipped} dilewati.")
    for f in found:
        out.line(f"  Lembar \"{f.sheet}\" -> periode {f.period} ({f.label})")
    return EXIT_OK


def _import_note(note) -> str:  # noqa: ANN001 (importing.Problem, loaded with the import)
    """One note of an import for the command line: its code and where, with both numbers of a mismatch."""
    value = note.value
    if isinstance(value, dict) and "stated" in value:
        return (f"{note.code}: baris {note.row}, kolom {note.column}: tertulis {value['stated']}, "
                f"penjumlahan {value['expected']}")
    return f"{note.code}: baris {note.row}" if note.row else f"{note.code}: {value}"


# --- validate ----------------------------------------------------------------------------------
def _configure_validate(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--dataset", required=True, metavar="NAMA",
                   help="nama kumpulan data (lihat 'padi list datasets'); draf masuk ke tahap Diperiksa, seperti "
                        "'Kirim ke Pemeriksaan'")
    _add_user(p)
    _add_json(p)


def _cmd_validate(args: argparse.Namespace, out: _Output) -> int:
    """The step-2 checks, run and logged exactly as the Validasi tab's "Jalankan Pemeriksaan" runs them."""
    path = _existing_padi_db(args)
    with _acting_as(path, args.user) as services:
        dataset_id = services.datasets.find(args.dataset)
        report = services.datasets.check(dataset_id)
        name = services.datasets.get(dataset_id, row_limit=0).summary.name
    errors = [f for f in report.findings if f.severity.value == "error"]
    warnings = [f for f in report.findings if f.severity.value != "error"]

    def entry(f) -> dict:  # noqa: ANN001 (a domain Finding)
        return {"row": f.row + 1 if f.row is not None else None, "column": f.column, "code": f.code,
                "message": finding_message(f.code, f.value), "value": f.value}

    out.data({"dataset": name, "errors": [entry(f) for f in errors], "warnings": [entry(f) for f in warnings]})
    out.line(f"Pemeriksaan otomatis \"{name}\": {len(errors)} kesalahan, {len(warnings)} peringatan (dicatat).")
    for label, found in (("Kesalahan", errors), ("Peringatan", warnings)):
        for f in found:
            where = f"Baris {f.row + 1}" if f.row is not None else "Kumpulan Data"
            column = f", {f.column}" if f.column else ""
            out.line(f"  {label} · {where}{column}: {finding_message(f.code, f.value)}")
    if errors:
        _write(sys.stderr, message_for("checks_found_errors"))
        return EXIT_FAILED
    return EXIT_OK


# --- catalog -----------------------------------------------------------------------------------
def _configure_catalog(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="folder katalog (dibuat; folder katalog PADI sebelumnya diganti)")
    _add_user(p)
    _add_json(p)


def _cmd_catalog(args: argparse.Namespace, out: _Output) -> int:
    path = _existing_padi_db(args)
    target: Path = args.out
    if not target.parent.is_dir():  # checked before logging in: nothing is written or logged
        raise BadInput("no_such_folder", str(target.parent))

    with _acting_as(path, args.user) as services:
        result = services.site.build(target)
    folder = target.resolve()
    datasets = [p.name for p in result.pages]
    out.data({"out": str(folder), "pages": len(result.pages) + 1, "datasets": len(result.pages)})
    out.line(f"Katalog Data offline dibuat: {len(datasets)} kumpulan data, {len(result.files)} berkas.")
    out.line(f"  Folder : {folder}")
    out.line(f"  Buka   : {result.index.resolve()}")
    for title in result.skipped:
        out.line(f"  Tidak dimuat (bukan data publik): {title}")
    return EXIT_OK


# --- tabulate ----------------------------------------------------------------------------------
TABULATE_AGGREGATES = ("sum", "count", "avg", "min", "max", "share")  # domain.pivot.PivotAggregate
TABULATE_GRAINS = ("month", "quarter", "semester", "year")  # domain.periods.Grain
TABULATE_PREVIEW_ROWS = 40


def _configure_tabulate(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--dataset", required=True, metavar="NAMA", help="nama kumpulan data (lihat 'padi list datasets')")
    p.add_argument("--rows", required=True, action="append", metavar="KOLOM",
                   help="kolom pengelompokan baris (ulangi untuk beberapa tingkat)")
    p.add_argument("--cols", metavar="KOLOM", help="kolom yang dijadikan lajur menyamping (opsional)")
    p.add_argument("--value", metavar="KOLOM", help="kolom nilai (boleh tidak diisi untuk --agg count)")
    p.add_argument("--agg", required=True, choices=TABULATE_AGGREGATES,
                   help="sum (jumlah), count (banyaknya), avg (rata-rata), min, max, share (persentase)")
    p.add_argument("--grain", choices=TABULATE_GRAINS,
                   help="satukan kolom periode/tanggal per month, quarter (triwulan), semester atau year")
    p.add_argument("--subtotals", action="store_true", help="tambahkan subtotal per kelompok baris")
    p.add_argument("--change", action="store_true", help="tambahkan perubahan dibanding periode sebelumnya")
    p.add_argument("--ytd", action="store_true",
                   help="tambahkan kumulatif tahun berjalan (kolom periode sebagai baris terakhir; sum atau count)")
    p.add_argument("--from-period", metavar="PERIODE", help="hanya periode ini dan sesudahnya (kolom --rows pertama)")
    p.add_argument("--to-period", metavar="PERIODE", help="hanya periode ini dan sebelumnya (kolom --rows pertama)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help="berkas tujuan .csv atau .xlsx (berkas keluaran PADI sebelumnya hanya diganti dengan --force)")
    _add_force(p)
    _add_user(p)
    _add_json(p)


def _tabulate_cell(value: object, percent: bool) -> str:
    from desktop_app.domain import formatting

    if value is None:
        return "-"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if percent:
        return formatting.percent(value)
    return formatting.number(value, 0 if float(value).is_integer() else 2)


def _cmd_tabulate(args: argparse.Namespace, out: _Output) -> int:
    path = _existing_padi_db(args)
    target: Path = args.out
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):  # checked before logging in: nothing is written or logged
        raise BadInput("tabulate_format", target.name)
    from desktop_app.domain.pivot import CHANGE_PCT_HEADER, PivotSpec

    filters = tuple((args.rows[0], op, value) for op, value in ((">=", args.from_period), ("<=", args.to_period))
                    if value)
    spec = PivotSpec(rows=tuple(args.rows), cols=args.cols, value=args.value, agg=args.agg,
                     period_grain=args.grain, subtotals=args.subtotals, change=args.change, ytd=args.ytd,
                     filters=filters)
    with _acting_as(path, args.user, outputs=[target], force=args.force) as services:
        dataset_id = services.datasets.find(args.dataset)
        result, written = services.tabulation.export_pivot(dataset_id, spec, fmt, target, overwrite=args.force)
        name = next(d.name for d in services.datasets.list() if d.id == dataset_id)
    table = result.table
    file = written.path.resolve()
    payload: dict[str, object] = {"dataset": name, "rows": len(table.rows), "columns": list(table.headers),
                                  "file": str(file)}
    if result.missing:  # a series' periods without data: empty cells in the file, never 0
        payload.update(missing=[p.text for p in result.missing], note=table.note)
    out.data(payload)
    out.line(f"Tabulasi \"{table.title}\" ditulis ({fmt.upper()}, {len(table.rows)} baris dan total):")
    out.line(f"  Berkas: {file}")
    out.line()
    percent = {j for j, h in enumerate(table.headers) if h == CHANGE_PCT_HEADER or args.agg == "share"}
    numeric = set(table.numeric_columns)
    shown = list(table.rows[:TABULATE_PREVIEW_ROWS]) + ([table.total] if table.total else [])
    lines = [[_tabulate_cell(v, j in percent and j in numeric) for j, v in enumerate(row)] for row in shown]
    for text in _table(table.headers, lines, numeric):
        out.line(text)
    if len(table.rows) > TABULATE_PREVIEW_ROWS:
        out.line(f"... {len(table.rows) - TABULATE_PREVIEW_ROWS} baris lagi ada di berkas.")
    if table.note:
        out.line(f"Catatan: {table.note}")
    return EXIT_OK


# --- report ------------------------------------------------------------------------------------
REPORT_YEARS = (1900, 2199)  # dates outside are typing mistakes, not periods of an office's work


def _configure_report(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--from", required=True, dest="start", metavar="TANGGAL", help="awal periode (TTTT-BB-HH)")
    p.add_argument("--to", required=True, dest="end", metavar="TANGGAL", help="akhir periode (TTTT-BB-HH)")
    p.add_argument("--employee", default="", metavar="NAMA", help="hanya satu pegawai (nama pengguna atau lengkap)")
    p.add_argument("--format", default="", choices=("pdf", "xlsx", "kinerja"), dest="report_format",
                   help="pdf atau xlsx (bawaan: dari akhiran --out), atau kinerja: bahan e-Kinerja satu pegawai "
                        "(XLSX, perlu --employee)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help="berkas tujuan .pdf atau .xlsx (berkas keluaran PADI sebelumnya hanya diganti dengan --force)")
    _add_force(p)
    _add_user(p)
    _add_json(p)


def _cmd_report(args: argparse.Namespace, out: _Output) -> int:
    import datetime as dt

    path = _existing_padi_db(args)
    target: Path = args.out
    fmt = args.report_format or target.suffix.lower().lstrip(".")
    wanted = ".xlsx" if fmt == "kinerja" else f".{fmt}"
    if fmt not in ("pdf", "xlsx", "kinerja") or target.suffix.lower() != wanted:  # before logging in
        raise BadInput("report_format", target.name)
    if fmt == "kinerja" and not args.employee.strip():
        raise BadInput("employee_required")
    try:
        start, end = dt.date.fromisoformat(args.start), dt.date.fromisoformat(args.end)
    except ValueError as exc:
        raise BadInput("bad_date", f"{args.start} / {args.end}") from exc
    for day in (start, end):
        if not REPORT_YEARS[0] <= day.year <= REPORT_YEARS[1]:
            raise BadInput("date_out_of_range", day.isoformat())
    if end < start:
        raise BadInput("bad_period", f"{start} > {end}")
    if fmt == "kinerja":
        return _report_kinerja(path, args, out, start, end)
    with _acting_as(path, args.user, outputs=[target], force=args.force) as services:
        report = services.performance.report(start, end, args.employee)
        written = services.performance.export_report(start, end, target, args.employee,
                                                     overwrite=args.force).resolve()
    out.data({"file": str(written), "from": start.isoformat(), "to": end.isoformat(), "employee": report.employee,
              "actions": report.actions, "steps_finished": report.finished, "on_time": report.on_time,
              "judged": report.judged, "without_start": report.unrecorded,
              "approved": len(report.approved), "published": len(report.published),
              "confirmations": len(report.confirmations), "backups": len(report.backups),
              "steps": {str(int(s)): {"count": f.count, "on_time": f.on_time, "median_seconds": f.median_seconds,
                                      "longest_seconds": f.longest_seconds, "judged": f.judged, "late": f.late,
                                      "without_start": f.unrecorded, "median_work_seconds": f.median_work_seconds,
                                      "median_wait_seconds": f.median_wait_seconds, "waited_long": f.waited_long,
                                      "lead_time_standard": f.lead_standard}
                        for s, f in report.figures.items()}})
    who = f" ({report.employee})" if report.employee else ""
    out.line(f"Laporan Pelaksanaan {start.isoformat()} s.d. {end.isoformat()}{who} ditulis:")
    out.line(f"  Berkas: {written}")
    out.line(f"  Langkah selesai: {report.finished}, dinilai: {report.judged}, tepat waktu (waktu kerja): "
             f"{report.on_time}; tanpa catatan mulai: {report.unrecorded}; "
             f"disetujui {len(report.approved)}, diterbitkan {len(report.published)}, "
             f"cadangan {len(report.backups)}.")
    return EXIT_OK


def _report_kinerja(path: Path, args: argparse.Namespace, out: _Output, start, end) -> int:  # noqa: ANN001 - dates
    with _acting_as(path, args.user, outputs=[args.out], force=args.force) as services:
        sheet = services.performance.kinerja(start, end, args.employee)
        written = services.performance.export_kinerja(start, end, args.employee, args.out,
                                                      overwrite=args.force).resolve()
    out.data({"file": str(written), "from": start.isoformat(), "to": end.isoformat(), "employee": sheet.employee,
              "format": "kinerja", "activities": len(sheet.rows), "work_seconds": sheet.work_seconds,
              "days": [{"date": day.isoformat(), "activities": count, "work_seconds": seconds}
                       for day, count, seconds in sheet.per_day()]})
    out.line(f"Bahan e-Kinerja {sheet.employee} {start.isoformat()} s.d. {end.isoformat()} ditulis:")
    out.line(f"  Berkas: {written}")
    out.line(f"  Kegiatan: {len(sheet.rows)}, waktu kerja {round(sheet.work_seconds / 60)} menit.")
    return EXIT_OK


# --- passwd ------------------------------------------------------------------------------------
def _configure_passwd(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    _add_user(p)
    _add_json(p)


def _cmd_passwd(args: argparse.Namespace, out: _Output) -> int:
    """Change one's own password (also the one an administrator reset): the current one from PADI_PASSWORD
    or a prompt, the new one from PADI_NEW_PASSWORD or a prompt (typed twice)."""
    path = _existing_padi_db(args)
    current = _password(args.user)
    new = _new_password()
    with _acting_as(path, args.user, password=current, changing_password=True) as services:
        services.accounts.change_password(current, new)
        name = services.ctx.actor.username if services.ctx.actor else args.user
    out.data({"user": name, "changed": True})
    out.line(f"Kata sandi {name} diganti. Pakai kata sandi baru mulai sekarang.")
    return EXIT_OK


# --- registry ----------------------------------------------------------------------------------
# DESIGN.md §5 also names tabulate, catalog, restore and report. Each gets a
# Command here (configure + run, same shape as above) once its service exists; until then they
# are simply not offered.
# --- migrate -----------------------------------------------------------------------------------
def _configure_migrate(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="source", required=True, metavar="PATH|URL",
                   help="basis data sumber (tidak diubah sama sekali)")
    p.add_argument("--to", dest="target", required=True, metavar="PATH|URL",
                   help="basis data tujuan: berkas baru, atau basis data server yang kosong")
    _add_user(p)
    _add_json(p)


def _cmd_migrate(args: argparse.Namespace, out: _Output) -> int:
    """Copy a whole office between engines; verified (counts, content hashes, log chain) before success."""
    from desktop_app.services.archive import migrate_office

    parse_location(args.source)  # a malformed URL is bad input before any password is asked
    parse_location(args.target)
    result = migrate_office(args.source, args.target, args.user, _password(args.user))
    out.data({"migrated": True, "from": result.source, "to": result.target, "tables": result.tables,
              "rows": result.rows, "log_entries": result.log_entries, "log_head": result.log_head})
    out.line(f"Kantor dipindahkan: {result.source} -> {result.target}")
    out.line(f"  {result.rows} baris dalam {len(result.tables)} tabel; jumlah dan sidik isi setiap tabel sama")
    out.line(f"  Catatan aktivitas: {result.log_entries} entri, rantai utuh (kepala {result.log_head[:16]})")
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command("init", "buat basis data baru (--demo: dengan kantor dan data contoh)", _configure_init, _cmd_init),
    Command("check", "periksa keutuhan basis data dan rantai catatan aktivitas", _configure_check, _cmd_check),
    Command("list", "daftar kumpulan data atau publikasi", _configure_list, _cmd_list),
    Command("import", "impor lembar kerja (xlsx, xls, ods, csv, json) ke kumpulan data", _configure_import, _cmd_import),
    Command("export", "ekspor kumpulan data ke CSV, XLSX atau JSON", _configure_export, _cmd_export),
    Command("validate", "jalankan pemeriksaan otomatis langkah 2 (seperti tab Validasi); keluar 1 bila ada kesalahan",
            _configure_validate, _cmd_validate),
    Command("tabulate", "tabulasi (pivot) kumpulan data ke CSV atau XLSX", _configure_tabulate, _cmd_tabulate),
    Command("catalog", "buat Katalog Data offline (situs statis) ke sebuah folder", _configure_catalog, _cmd_catalog),
    Command("publish", "terbitkan PDF publikasi yang sudah disetujui", _configure_publish, _cmd_publish),
    Command("report", "Laporan Pelaksanaan (PDF atau XLSX) atau bahan e-Kinerja satu pegawai", _configure_report,
            _cmd_report),
    Command("backup", "buat cadangan terverifikasi ke sebuah folder", _configure_backup, _cmd_backup),
    Command("verify", "verifikasi berkas cadangan", _configure_verify, _cmd_verify),
    Command("passwd", "ganti kata sandi sendiri (juga yang diatur ulang administrator)", _configure_passwd,
            _cmd_passwd),
    Command("restore", "pulihkan basis data dari berkas cadangan (salinan pengaman dibuat)", _configure_restore,
            _cmd_restore),
    Command("migrate", "pindahkan seluruh kantor antara berkas SQLite dan server PostgreSQL (terverifikasi)",
            _configure_migrate, _cmd_migrate),
)
COMMANDS += dataset_commands()  # submit, confirm, mark-validated, revise, withdraw, diff


def _restore_to_server(backup: Path, location: Location, args: argparse.Namespace, out: _Output,
                       passphrase: str | None) -> int:
    """A backup into an empty server database (a server office's log is never overwritten)."""
    from desktop_app.services.archive import restore_to_server

    result = restore_to_server(backup, location, username=args.user, password=_password(args.user),
                               passphrase=passphrase)
    out.data({"restored": True, "file": str(backup.resolve()), "db": result.target, "safety_copy": None,
              "rows": result.rows, "tables": result.tables, "log_entries": result.log_entries})
    out.line(f"Cadangan dipulihkan ke {result.target}")
    out.line(f"  {result.rows} baris; catatan aktivitas {result.log_entries} entri, rantai utuh")
    return EXIT_OK


# --- entry point -------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    """Run ``padi`` with these arguments (``sys.argv[1:]`` by default); returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = _Output(as_json="--json" in argv)
    try:
        args = build_parser().parse_args(argv)
    except _UsageError as exc:
        out.error("usage", message_for("usage", str(exc)))
        return EXIT_BAD_INPUT
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    out = _Output(as_json=bool(getattr(args, "json", False)))
    global _running
    _running = f"padi {args.command}" if args.command else "PADI"
    try:
        if args.command is None:
            return _run_gui(args)
        _check_typed(args)
        db = _db_path(args) if args.command not in _WITHOUT_DB or args.db else None
        if db is None or (isinstance(db, Path) and not db.is_file()):
            return args.run(args, out)
        with _holding(db, getattr(args, "user", ""), writer=False):  # a restore elsewhere is refused meanwhile
            return args.run(args, out)
    except PadiError as err:  # a backup's own problems exit 1, a bad place for it 2 (BackupError.exit_code)
        out.error(err.code, message_for(err.code, err.detail))
        return err.exit_code
    except KeyboardInterrupt:
        out.error("interrupted", message_for("interrupted"))
        return EXIT_INTERRUPTED
    except OSError as err:  # a path the system refuses (too long, no permission, full): nothing was changed
        code, detail = _os_error(err)
        out.error(code, message_for(code, detail))
        return EXIT_BAD_INPUT
    except Exception as exc:
        code, text = _unexpected(exc)
        out.error(code, text)
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc(file=sys.stderr)
        return EXIT_FAILED


def _check_typed(args: argparse.Namespace) -> None:
    """Everything typed must be readable text (an undecodable byte of the terminal arrives as a lone
    surrogate, which no file or database can store), and every path usable, before anything runs."""
    for value in vars(args).values():
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, (str, Path)):
                continue
            try:
                str(item).encode("utf-8")
            except UnicodeEncodeError:
                raise BadInput("unreadable_text", str(item).encode("utf-8", "backslashreplace").decode()) from None
            if isinstance(item, Path):
                check_path(item)


def _os_error(err: OSError) -> tuple[str, str]:
    """The message code and detail of an operating-system refusal no command turned into one itself."""
    from desktop_app.services.runtime import NO_SPACE

    where = "" if err.filename is None else str(err.filename)
    if err.errno == errno.ENAMETOOLONG:
        return "name_too_long", where
    if err.errno in NO_SPACE:
        return "no_space", where
    return "path_unusable", f"{where}: {err.strerror or err}" if where else str(err.strerror or err)


def _unexpected(exc: Exception) -> tuple[str, str]:
    if "database is locked" in str(exc):
        return "database_busy", message_for("database_busy")
    return "unexpected", message_for("unexpected", f"{type(exc).__name__}: {exc}")


__all__ = ["COMMANDS", "MESSAGES", "Command", "build_parser", "main", "message_for"]

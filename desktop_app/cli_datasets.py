"""The dataset actions of tabs 1-4 on the command line (DESIGN.md §5): submit, confirm, mark-validated,
revise, withdraw and diff.

Each runs the same service call as the tab's button (so the same rules, refusals and log entries),
acting as ``--user`` on ``--dataset NAME``, and prints a short summary or, with ``--json``, one
object. Exit status as every ``padi`` command: 0 done, 2 bad input (nothing changed), 3 not allowed
(permission, state, maker-checker). The shared helpers live in ``desktop_app.cli`` (imported inside
the functions: that module imports this one for its command list).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop_app.domain.confirmations import CHANNELS, OUTCOMES

STATE_WORDS = {
    "draft": "Draf", "checking": "Diperiksa", "validated": "Tervalidasi", "processed": "Diolah",
    "presented": "Disajikan", "missing": "Belum ada",
}
DIFF_LINES = 40  # cell changes and rows printed by ``padi diff`` (all of them with --json)


def _common(p: argparse.ArgumentParser, *, user: bool = True) -> None:
    from desktop_app.cli import _add_db, _add_json, _add_user

    _add_db(p)
    p.add_argument("--dataset", required=True, metavar="NAMA", help="nama kumpulan data (lihat 'padi list datasets')")
    if user:
        _add_user(p)
    _add_json(p)


def _state_of(services: Any, dataset_id: int) -> dict:
    """The keys every action prints: the dataset, its current revision and state, its open batch."""
    summary = next(d for d in services.datasets.list() if d.id == dataset_id)
    data = {"dataset": summary.name, "dataset_id": summary.id, "revision": summary.revision,
            "state": summary.state.value}
    if summary.batch_state is not None:
        data["batch_state"] = summary.batch_state.value
        data["periods"] = [{"period": p.period, "state": p.state.value, "rows": p.rows}
                           for p in services.series.periods(dataset_id)]
    return data


def _state_line(data: dict) -> str:
    text = f"revisi {data['revision']}, tahap {STATE_WORDS.get(data['state'], data['state'])}"
    if "batch_state" in data:
        text += f"; periode baru: {STATE_WORDS.get(data['batch_state'], data['batch_state'])}"
    return text


# --- submit ------------------------------------------------------------------------------------
def _configure_submit(p: argparse.ArgumentParser) -> None:
    _common(p)


def _cmd_submit(args: argparse.Namespace, out: Any) -> int:
    """"Kirim ke Pemeriksaan": a draft (or a series' new periods) goes to Validasi; the checks run."""
    from desktop_app.cli import EXIT_OK, _acting_as, _existing_padi_db, finding_message

    path = _existing_padi_db(args)
    with _acting_as(path, args.user) as services:
        dataset_id = services.datasets.find(args.dataset)
        report = services.datasets.check(dataset_id)
        data = _state_of(services, dataset_id)
    errors = [f for f in report.findings if f.severity.value == "error"]
    data.update({"errors": len(errors), "warnings": len(report.findings) - len(errors),
                 "findings": [{"row": f.row + 1 if f.row is not None else None, "column": f.column, "code": f.code,
                               "severity": f.severity.value, "message": finding_message(f.code, f.value)}
                              for f in report.findings]})
    out.data(data)
    out.line(f"\"{data['dataset']}\" dikirim ke Validasi ({_state_line(data)}).")
    out.line(f"  Pemeriksaan otomatis: {len(errors)} kesalahan, {data['warnings']} peringatan.")
    return EXIT_OK


# --- confirm -----------------------------------------------------------------------------------
def _configure_confirm(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--channel", required=True, choices=CHANNELS, help="cara konfirmasi dengan sumber data")
    p.add_argument("--outcome", required=True, choices=OUTCOMES,
                   help="hasilnya: sesuai, diperbaiki, atau menunggu (belum dijawab)")
    p.add_argument("--note", default="", metavar="TEKS", help="catatan konfirmasi")
    p.add_argument("--source", default=None, metavar="SUMBER",
                   help="sumber yang dihubungi (bawaan: sumber pada metadata kumpulan data)")
    p.add_argument("--contact", default="", metavar="NAMA", help="orang yang dihubungi")
    p.add_argument("--date", default=None, metavar="TTTT-BB-HH", help="tanggal konfirmasi (bawaan: hari ini)")


def _cmd_confirm(args: argparse.Namespace, out: Any) -> int:
    from desktop_app.cli import EXIT_OK, _acting_as, _existing_padi_db
    from desktop_app.domain.errors import BadInput
    from desktop_app.services.datasets import NewConfirmation

    path = _existing_padi_db(args)
    day = None
    if args.date is not None:
        try:
            day = dt.date.fromisoformat(args.date)
        except ValueError:
            raise BadInput("bad_date", args.date) from None
    with _acting_as(path, args.user) as services:
        dataset_id = services.datasets.find(args.dataset)
        source = args.source if args.source is not None else services.datasets.get(dataset_id, row_limit=0).meta.source
        services.datasets.confirm(dataset_id, NewConfirmation(
            source=source or "", channel=args.channel, confirmed_on=day or services.ctx.now().date(),
            outcome=args.outcome, contact_person=args.contact, note=args.note))
        data = _state_of(services, dataset_id)
    data.update({"source": source, "channel": args.channel, "outcome": args.outcome, "note": args.note})
    out.data(data)
    out.line(f"Konfirmasi Data \"{data['dataset']}\" dengan {source} ({args.channel}, {args.outcome}) dicatat.")
    return EXIT_OK


# --- mark-validated ----------------------------------------------------------------------------
def _configure_mark_validated(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--accept-errors", action="store_true",
                   help="terima kesalahan pemeriksaan terakhir (Kasubag Program atau Sekretaris; bukan penyusunnya)")
    p.add_argument("--reason", default=None, metavar="TEKS", help="alasan menerima kesalahan (wajib dengan --accept-errors)")


def _cmd_mark_validated(args: argparse.Namespace, out: Any) -> int:
    """"Tandai Tervalidasi": the last checks passed (or their errors are accepted with a reason now) and the
    source confirmed the data."""
    from desktop_app.cli import EXIT_OK, _acting_as, _existing_padi_db
    from desktop_app.domain.errors import BadInput

    if args.reason is not None and not args.accept_errors:
        raise BadInput("usage", "--reason hanya dipakai bersama --accept-errors")
    if args.accept_errors and not (args.reason or "").strip():
        raise BadInput("reason_required")
    path = _existing_padi_db(args)
    with _acting_as(path, args.user) as services:
        dataset_id = services.datasets.find(args.dataset)
        if args.accept_errors:
            services.datasets.accept_failures(dataset_id, args.reason)
        services.datasets.validate(dataset_id)
        data = _state_of(services, dataset_id)
        data["served_revision"] = services.revisions.served(dataset_id)
    data["accepted_errors"] = bool(args.accept_errors)
    out.data(data)
    out.line(f"\"{data['dataset']}\" tervalidasi ({_state_line(data)}).")
    return EXIT_OK


# --- revise ------------------------------------------------------------------------------------
def _configure_revise(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--reason", required=True, metavar="TEKS", help="mengapa revisi dibuat (dicatat)")


def _cmd_revise(args: argparse.Namespace, out: Any) -> int:
    """"Buat Revisi": the validated data stays as it is; revision n+1 is a draft copy to correct."""
    from desktop_app.cli import EXIT_OK, _acting_as, _existing_padi_db

    path = _existing_padi_db(args)
    with _acting_as(path, args.user) as services:
        dataset_id = services.datasets.find(args.dataset)
        number = services.revisions.revise(dataset_id, args.reason)
        data = _state_of(services, dataset_id)
        data["served_revision"] = services.revisions.served(dataset_id)
    data["reason"] = args.reason.strip()
    out.data(data)
    out.line(f"Revisi {number} \"{data['dataset']}\" dibuat sebagai draf; revisi {data['served_revision']} tetap "
             "tampil di Katalog Data dan publikasi sampai revisi baru tervalidasi.")
    return EXIT_OK


# --- withdraw ----------------------------------------------------------------------------------
def _configure_withdraw(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--reason", default=None, metavar="TEKS", help="mengapa ditarik dari Katalog Data (wajib)")
    p.add_argument("--put-back", action="store_true", help="kembalikan kumpulan data yang ditarik ke Katalog Data")


def _cmd_withdraw(args: argparse.Namespace, out: Any) -> int:
    from desktop_app.cli import EXIT_OK, _acting_as, _existing_padi_db
    from desktop_app.domain.errors import BadInput

    if args.put_back and args.reason is not None:
        raise BadInput("usage", "--put-back tidak memakai --reason")
    if not args.put_back and not (args.reason or "").strip():
        raise BadInput("reason_required")
    path = _existing_padi_db(args)
    with _acting_as(path, args.user) as services:
        dataset_id = services.datasets.find(args.dataset)
        if args.put_back:
            services.datasets.reinstate(dataset_id)
        else:
            services.datasets.withdraw(dataset_id, args.reason)
        data = _state_of(services, dataset_id)
    data["withdrawn"] = not args.put_back
    if not args.put_back:
        data["reason"] = args.reason.strip()
    out.data(data)
    verb = "dikembalikan ke" if args.put_back else "ditarik dari"
    out.line(f"\"{data['dataset']}\" {verb} Katalog Data.")
    return EXIT_OK


# --- diff --------------------------------------------------------------------------------------
def _configure_diff(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--from", dest="old", type=int, required=True, metavar="REV", help="revisi lama (nomor)")
    p.add_argument("--to", dest="new", type=int, required=True, metavar="REV", help="revisi baru (nomor)")


def _cell(value: object) -> str:
    from desktop_app.domain import formatting

    if value is None:
        return "(kosong)"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formatting.number(value, 0 if float(value).is_integer() else 2)
    return str(value)


def _cmd_diff(args: argparse.Namespace, out: Any) -> int:
    """"Perubahan Antar-Revisi": cells, rows, columns and metadata that changed (read only)."""
    from desktop_app.cli import EXIT_OK, _acting_as, _existing_padi_db

    path = _existing_padi_db(args)
    with _acting_as(path, args.user) as services:
        dataset_id = services.datasets.find(args.dataset)
        diff = services.revisions.diff(dataset_id, args.old, args.new)
        name = services.datasets.get(dataset_id, row_limit=0).summary.name
    out.data({
        "dataset": name, "dataset_id": dataset_id, "from": diff.old, "to": diff.new, "key_columns": list(diff.key_columns),
        "meta": [{"field": m.field, "old": m.old, "new": m.new} for m in diff.meta],
        "columns": [{"change": c.kind, "name": c.name, "old_type": c.old_type or None, "new_type": c.new_type or None}
                    for c in diff.columns],
        "cells": [{"key": list(c.key), "column": c.column, "old": c.old, "new": c.new, "old_row": c.old_row + 1,
                   "new_row": c.new_row + 1} for c in diff.cells],
        "added_rows": [{"key": list(r.key), "row": r.row + 1, "values": list(r.values)} for r in diff.added],
        "removed_rows": [{"key": list(r.key), "row": r.row + 1, "values": list(r.values)} for r in diff.removed],
    })
    out.line(f"Perubahan Antar-Revisi \"{name}\": revisi {diff.old} → revisi {diff.new}")
    if diff.empty:
        out.line("  Tidak ada perubahan.")
        return EXIT_OK
    out.line(f"  {len(diff.cells)} sel berubah, {len(diff.added)} baris ditambah, {len(diff.removed)} baris dihapus, "
             f"{len(diff.columns)} kolom berubah, {len(diff.meta)} metadata berubah.")
    for m in diff.meta:
        out.line(f"  Metadata {m.field}: {_cell(m.old)} → {_cell(m.new)}")
    for c in diff.columns:
        out.line(f"  Kolom {c.name}: {c.kind}" + (f" ({c.old_type} → {c.new_type})" if c.kind == "retyped" else ""))
    for c in diff.cells[:DIFF_LINES]:
        out.line(f"  [{' · '.join(c.key)}] {c.column}: {_cell(c.old)} → {_cell(c.new)}")
    for label, rows in (("+", diff.added), ("-", diff.removed)):
        for r in rows[:DIFF_LINES]:
            out.line(f"  {label} baris [{' · '.join(r.key)}]: {' | '.join(_cell(v) for v in r.values)}")
    shown = min(len(diff.cells), DIFF_LINES) + min(len(diff.added), DIFF_LINES) + min(len(diff.removed), DIFF_LINES)
    hidden = len(diff.cells) + len(diff.added) + len(diff.removed) - shown
    if hidden:
        out.line(f"  ... dan {hidden} perubahan lagi (lihat --json).")
    return EXIT_OK


def dataset_commands() -> tuple:
    """The commands of this module, for ``desktop_app.cli.COMMANDS``."""
    from desktop_app.cli import Command

    return (
        Command("submit", "kirim kumpulan data (atau periode barunya) ke Validasi; pemeriksaan otomatis dijalankan",
                _configure_submit, _cmd_submit),
        Command("confirm", "catat Konfirmasi Data dengan sumbernya (langkah 2)", _configure_confirm, _cmd_confirm),
        Command("mark-validated", "tandai kumpulan data tervalidasi (langkah 2)", _configure_mark_validated,
                _cmd_mark_validated),
        Command("revise", "buat revisi baru (draf) dari kumpulan data yang sudah tervalidasi", _configure_revise,
                _cmd_revise),
        Command("withdraw", "tarik kumpulan data dari Katalog Data (atau --put-back: kembalikan)", _configure_withdraw,
                _cmd_withdraw),
        Command("diff", "Perubahan Antar-Revisi: sel, baris, kolom dan metadata yang berubah", _configure_diff,
                _cmd_diff),
    )


__all__ = ["dataset_commands"]

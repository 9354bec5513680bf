"""Writing a dataset or a table out as CSV, XLSX or JSON.

CSV and JSON are for machines: plain numbers (``1234567.5``), ISO dates, UTF-8. XLSX is for
people: a styled header, number formats per column type, real dates, a filter, and a second
sheet with the metadata.

Text that a spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return) is neutralised, so opening an export never runs what somebody typed
into a cell: in CSV by a leading apostrophe (PADI's import takes it off again), in XLSX by
writing it as a string cell with Excel's quote-prefix flag - the text itself unchanged, so an
export imported back gives the same values. Numbers are never touched. JSON is written as is.

Every file is written atomically: to a temporary file in the same folder, flushed to disk, then
moved over the target, so a failure leaves either the old file or no file, never half of one.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import math
import os
import re
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.domain.columns import ColumnSpec, ColumnType, identifier_text
from desktop_app.domain.errors import BadInput
from desktop_app.domain.steps import Step
from desktop_app.domain.tables import TableData
from desktop_app.services.outputs import check_output, record_output, refuse_protected
from desktop_app.services.runtime import reported_write_errors

if TYPE_CHECKING:
    from desktop_app.domain.charts import ChartSpec
    from desktop_app.domain.metadata import DatasetMeta
    from desktop_app.services.office import Services
    from desktop_app.services.runtime import ServiceContext

FORMATS = ("csv", "xlsx", "json")

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

NUMBER_FORMATS: dict[ColumnType, str] = {
    ColumnType.INTEGER: "#,##0",
    ColumnType.DECIMAL: "#,##0.00",
    ColumnType.MONEY: '"Rp" #,##0',
    ColumnType.PERCENT: '0.0"%"',  # values are 0-100, not fractions
    ColumnType.DATE: "dd/mm/yyyy",
}

MAX_COLUMN_WIDTH = 50
MIN_COLUMN_WIDTH = 8

# Labels of the metadata sheet (Indonesian, as in the data catalogue).
META_LABELS = (
    ("name", "Judul"),
    ("group", "Kelompok"),
    ("description", "Deskripsi"),
    ("unit", "Satuan"),
    ("frequency", "Frekuensi"),
    ("period", "Periode"),
    ("source", "Sumber"),
    ("producer", "Produsen"),
    ("keywords", "Kata kunci"),
)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_THREE_DECIMALS = re.compile(r"-?[1-9]\d{0,2}\.\d{3}")
# Characters XML 1.0 (and so XLSX) cannot hold; tab, LF and CR are allowed.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, its format, how many data rows, and the title."""

    path: Path
    format: str
    rows: int
    title: str = ""


# --- values ------------------------------------------------------------------------------------
def neutralise(text: str) -> str:
    """Text a spreadsheet could take for a formula, with a leading apostrophe; other text as is."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _machine_number(value: int | float | Decimal) -> str:
    """1234567.5, 1500000, 0.125: no separators, no exponent.

    A number written with exactly three decimals after a short whole part ("2.125") reads as
    thousands where the decimal mark is a comma; it gets a fourth decimal ("2.1250"), the same
    number, so whoever reads the file - PADI's own import among them - cannot take it for 2125.
    """
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer():
            return str(int(value))
        value = Decimal(repr(value))
    text = format(value, "f")
    text = text.rstrip("0").rstrip(".") if "." in text else text
    if _THREE_DECIMALS.fullmatch(text):
        text += "0"
    return text


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if _is_number(value):
        return _machine_number(value)  # type: ignore[arg-type]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return neutralise(str(value))


def _as_date(value: object) -> object:
    """An ISO date text as a date; anything else unchanged."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
    return value


def _json_value(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _cells(row: Sequence[object], width: int) -> list[object]:
    values = list(row[:width])
    return values + [None] * (width - len(values))


# --- atomic writing ----------------------------------------------------------------------------
def report_target(out_path: Path | str, suffixes: tuple[str, ...] = (), *, ctx: ServiceContext | None = None,
                  overwrite: bool = True) -> tuple[Path, str]:
    """Where an output file goes and its lower-case suffix, checked before any work — the one check of
    every output path (see ``services/outputs.py``): BadInput('bad_format') for a suffix not in
    ``suffixes`` (when given), BadInput('no_such_folder') when its folder is missing, and the output
    rules: never the database, its companion files or a backup; never an existing file PADI did not
    write (known through ``ctx``'s database); PADI's own earlier output only when ``overwrite``."""
    out_path = Path(out_path)
    suffix = out_path.suffix.lower()
    if suffixes and suffix not in suffixes:
        raise BadInput("bad_format", suffix)
    check_output(ctx, out_path, overwrite=overwrite)
    return out_path, suffix


@contextlib.contextmanager
def _atomic_target(path: Path | str) -> Iterator[Path]:
    """A temporary path next to ``path``; moved over it (after fsync) only if the block succeeds."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise BadInput("no_such_folder", str(folder))
    if target.is_dir():
        raise BadInput("target_is_folder", str(target))
    refuse_protected(target)  # whatever the caller checked: never over a database or a backup
    mode = (target.stat().st_mode & 0o777) if target.is_file() else 0o644
    with reported_write_errors(target):  # a full or pulled disk: a code, the earlier file untouched
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
        temp = Path(name)
        try:
            yield temp
            with open(temp, "r+b") as fh:  # writable: Windows cannot commit a read-only handle
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(temp, mode)
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --- CSV ---------------------------------------------------------------------------------------
def export_csv(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], path: Path | str) -> Path:
    """UTF-8 with BOM (so Excel on Windows reads it right), comma-separated, a header row, then rows."""
    width = len(columns)
    with _atomic_target(path) as temp:
        with open(temp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([neutralise(c.name) for c in columns])
            for row in rows:
                writer.writerow([_csv_cell(v) for v in _cells(row, width)])
    return Path(path)


# --- JSON --------------------------------------------------------------------------------------
def export_json(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], path: Path | str, *,
                meta: Mapping[str, str] | None = None) -> Path:
    """``{"metadata": {...}, "columns": [{"name", "type"}], "rows": [{column: value}]}``, UTF-8."""
    width = len(columns)
    names = [c.name for c in columns]
    document = {
        "metadata": dict(meta or {}),
        "columns": [{"name": c.name, "type": c.type.value} for c in columns],
        "rows": [dict(zip(names, (_json_value(v) for v in _cells(row, width)), strict=True)) for row in rows],
    }
    with _atomic_target(path) as temp:
        with open(temp, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(document, fh, ensure_ascii=False, indent=2, default=str)
            fh.write("\n")
    return Path(path)


# --- XLSX --------------------------------------------------------------------------------------
def _sheet_title(name: str, fallback: str = "Data") -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", name).strip().strip("'")[:31]
    return cleaned or fallback


def _display_width(value: object, column_type: ColumnType) -> int:
    if value is None:
        return 0
    if isinstance(value, (dt.date, dt.datetime)):
        return 10
    if _is_number(value):
        decimals = 2 if column_type == ColumnType.DECIMAL else (1 if column_type == ColumnType.PERCENT else 0)
        text = f"{float(value):,.{decimals}f}"
        return len(text) + (3 if column_type == ColumnType.MONEY else 0) + (1 if decimals == 1 else 0)
    return max((len(line) for line in str(value).splitlines()), default=0)


def _set_text(cell: Any, text: str) -> None:
    """A string cell that is never a formula; formula-like text gets Excel's quote-prefix flag, no apostrophe."""
    cleaned = _ILLEGAL_XML.sub("", text)
    cell.value = cleaned
    cell.data_type = "s"  # openpyxl would otherwise take a leading '=' for a formula
    if cleaned.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True  # Excel keeps it text even when someone edits the cell


def export_xlsx(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], path: Path | str, *,
                title: str, meta: Mapping[str, str] | None = None, sheet_name: str = "Data",
                chart: ChartSpec | None = None) -> Path:
    """A workbook for people: styled header, number formats, real dates, filter, a Metadata sheet.

    With ``chart``, a native Excel chart (or, for a key figure, a big-number cell) is placed right
    of the data, its own small data block under it (see ``xlsx_charts.add_native_chart``).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    width = len(columns)
    wb = Workbook()
    wb.properties.title = title
    wb.properties.creator = "PADI"
    wb.properties.lastModifiedBy = "PADI"

    thin = Side(style="thin", color="8C8C8C")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", start_color="1F4E79", end_color="1F4E79")
    header_align = Alignment(wrap_text=True, vertical="center", horizontal="center")

    ws = wb.active
    ws.title = _sheet_title(sheet_name)
    widths = [len(c.name) for c in columns]
    for j, spec in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=j)
        _set_text(cell, spec.name)
        cell.font, cell.fill, cell.alignment, cell.border = header_font, header_fill, header_align, border

    count = 0
    for i, row in enumerate(rows, start=2):
        count += 1
        for j, (spec, value) in enumerate(zip(columns, _cells(row, width), strict=True), start=1):
            cell = ws.cell(row=i, column=j)
            if spec.type == ColumnType.DATE:
                value = _as_date(value)
            if spec.type == ColumnType.IDENTIFIER:  # a code is text, in Excel too: no 47.111, no lost zero
                if value is not None:
                    _set_text(cell, value if isinstance(value, str) else str(identifier_text(value)))
                cell.number_format = "@"
            elif isinstance(value, str):
                _set_text(cell, value)
            elif value is None or _is_number(value) or isinstance(value, (dt.date, dt.datetime)):
                cell.value = float(value) if isinstance(value, Decimal) else value
                if spec.type in NUMBER_FORMATS:  # empty cells too, for whoever types in them later
                    cell.number_format = NUMBER_FORMATS[spec.type]
                elif isinstance(value, (dt.date, dt.datetime)):
                    cell.number_format = NUMBER_FORMATS[ColumnType.DATE]
            else:
                _set_text(cell, str(value))
            widths[j - 1] = max(widths[j - 1], _display_width(cell.value, spec.type))

    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = min(MAX_COLUMN_WIDTH, max(MIN_COLUMN_WIDTH, w + 2))
    ws.freeze_panes = "A2"
    if width:
        ws.auto_filter.ref = f"A1:{get_column_letter(width)}{count + 1}"
    if chart is not None:
        from desktop_app.services.xlsx_charts import add_native_chart

        chart_column = get_column_letter(width + 2)
        add_native_chart(ws, chart, f"{chart_column}2", data_origin=f"{chart_column}22")

    info = wb.create_sheet("Metadata")  # openpyxl renames it should the data sheet be called so
    for j, label in enumerate(("Keterangan", "Isi"), start=1):
        cell = info.cell(row=1, column=j, value=label)
        cell.font, cell.fill, cell.alignment, cell.border = header_font, header_fill, header_align, border
    for i, (field, value) in enumerate((meta or {}).items(), start=2):
        key_cell = info.cell(row=i, column=1)
        _set_text(key_cell, str(field))
        key_cell.font = Font(bold=True)
        key_cell.alignment = Alignment(vertical="top")
        value_cell = info.cell(row=i, column=2)
        _set_text(value_cell, "" if value is None else str(value))
        value_cell.alignment = Alignment(wrap_text=True, vertical="top")
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 80
    info.freeze_panes = "A2"

    with _atomic_target(path) as temp:
        wb.save(temp)
    return Path(path)


# --- datasets and tables -----------------------------------------------------------------------
def dataset_metadata(meta: DatasetMeta) -> dict[str, str]:
    """The metadata of a dataset under its Indonesian labels (Judul, Kelompok, ...)."""
    out: dict[str, str] = {}
    for attr, label in META_LABELS:
        value = getattr(meta, attr)
        out[label] = ", ".join(value) if isinstance(value, (tuple, list)) else str(value or "")
    return out


def write(fmt: str, columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], path: Path | str, *,
          title: str, meta: Mapping[str, str] | None = None) -> Path:
    """Write in one of FORMATS ("csv", "xlsx", "json")."""
    if fmt == "csv":
        return export_csv(columns, rows, path)
    if fmt == "xlsx":
        return export_xlsx(columns, rows, path, title=title, meta=meta)
    if fmt == "json":
        return export_json(columns, rows, path, meta=meta)
    raise BadInput("unknown_format", fmt)


def table_columns(table: TableData) -> tuple[ColumnSpec, ...]:
    """Column specs for a finished table: its numeric columns as numbers, the rest as text."""
    numeric = set(table.numeric_columns)
    out = []
    for j, header in enumerate(table.headers):
        if j not in numeric:
            out.append(ColumnSpec(header, ColumnType.TEXT))
            continue
        values = [r[j] for r in table.rows if j < len(r) and _is_number(r[j])]
        whole = all(isinstance(v, int) or (isinstance(v, float) and v.is_integer()) for v in values)
        out.append(ColumnSpec(header, ColumnType.INTEGER if whole else ColumnType.DECIMAL, table.unit))
    return tuple(out)


def export_table(table: TableData, fmt: str, path: Path | str, *, chart: ChartSpec | None = None) -> ExportResult:
    """A finished table (its total row last) in one of FORMATS; in XLSX with ``chart`` beside it."""
    if fmt not in FORMATS:
        raise BadInput("unknown_format", fmt)
    rows = list(table.rows) + ([table.total] if table.total is not None else [])
    meta = {"Judul": table.title, "Satuan": table.unit, "Sumber": table.source}
    if table.note.strip():  # what the figures leave out (a series' missing period; its cells are empty)
        meta["Catatan"] = table.note
    if fmt == "xlsx" and chart is not None:
        written = export_xlsx(table_columns(table), rows, path, title=table.title, meta=meta, chart=chart)
    else:
        written = write(fmt, table_columns(table), rows, path, title=table.title, meta=meta)
    return ExportResult(written, fmt, len(rows), table.title)


def export_dataset(services: Services, dataset_id: int, fmt: str, path: Path | str, *,
                   overwrite: bool = True) -> ExportResult:
    """Write a dataset with its metadata, as the logged-in user; one activity-log entry (step 4).

    The entry and the file succeed together: the file is written inside the unit of work that
    holds the entry, so a failed write logs nothing and a missing folder changes nothing. The
    target follows the output rules (``report_target``); an earlier export is replaced only when
    ``overwrite``.
    """
    if fmt not in FORMATS:
        raise BadInput("unknown_format", fmt)
    ctx = services.ctx
    ctx.require_actor()
    target, _suffix = report_target(path, ctx=ctx, overwrite=overwrite)
    detail = services.datasets.get(dataset_id)
    meta = dataset_metadata(detail.meta)
    with ctx.db.unit_of_work() as s:
        ctx.log(s, "dataset_exported", step=Step.PRESENT, object_type="dataset", object_id=dataset_id,
                object_label=detail.meta.name,
                detail={"format": fmt, "file": target.name, "rows": len(detail.rows)})
        write(fmt, detail.columns, detail.rows, target, title=detail.meta.name, meta=meta)
        record_output(ctx, target, "dataset_export", s)
    return ExportResult(target, fmt, len(detail.rows), detail.meta.name)


__all__ = [
    "FORMATS", "ExportResult", "dataset_metadata", "export_csv", "export_dataset", "export_json",
    "export_table", "export_xlsx", "neutralise", "table_columns", "write",
]

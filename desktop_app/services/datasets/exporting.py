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

import csv
import datetime as dt
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop_app.domain.cells import is_number, neutralise, row_cells
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.domain.steps import Step
from desktop_app.domain.tables import TableData
from desktop_app.services.runtime import atomic_target, check_output, record_output

if TYPE_CHECKING:
    from desktop_app.domain.charts import ChartSpec
    from desktop_app.domain.metadata import DatasetMeta
    from desktop_app.services.runtime import ServiceContext

FORMATS = ("csv", "xlsx", "json")

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

_THREE_DECIMALS = re.compile(r"-?[1-9]\d{0,2}\.\d{3}")
@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, its format, how many data rows, and the title."""

    path: Path
    format: str
    rows: int
    title: str = ""


# --- values ------------------------------------------------------------------------------------
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
    if is_number(value):
        return _machine_number(value)  # type: ignore[arg-type]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return neutralise(str(value))


def _json_value(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def report_target(out_path: Path | str, suffixes: tuple[str, ...] = (), *, ctx: ServiceContext | None = None,
                  overwrite: bool = True) -> tuple[Path, str]:
    """Where an output file goes and its lower-case suffix, checked before any work — the one check of
    every output path (see ``services/runtime/outputs.py``): BadInput('bad_format') for a suffix not in
    ``suffixes`` (when given), BadInput('no_such_folder') when its folder is missing, and the output
    rules: never the database, its companion files or a backup; never an existing file PADI did not
    write (known through ``ctx``'s database); PADI's own earlier output only when ``overwrite``."""
    out_path = Path(out_path)
    suffix = out_path.suffix.lower()
    if suffixes and suffix not in suffixes:
        raise BadInput("bad_format", suffix)
    check_output(ctx, out_path, overwrite=overwrite)
    return out_path, suffix


# --- CSV ---------------------------------------------------------------------------------------
def export_csv(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], path: Path | str) -> Path:
    """UTF-8 with BOM (so Excel on Windows reads it right), comma-separated, a header row, then rows."""
    width = len(columns)
    with atomic_target(path) as temp:
        with open(temp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([neutralise(c.name) for c in columns])
            for row in rows:
                writer.writerow([_csv_cell(v) for v in row_cells(row, width)])
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
        "rows": [dict(zip(names, (_json_value(v) for v in row_cells(row, width)), strict=True)) for row in rows],
    }
    with atomic_target(path) as temp:
        with open(temp, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(document, fh, ensure_ascii=False, indent=2, default=str)
            fh.write("\n")
    return Path(path)


# --- XLSX --------------------------------------------------------------------------------------
def export_xlsx(columns: Sequence[ColumnSpec], rows: Sequence[Sequence[object]], path: Path | str, *,
                title: str, meta: Mapping[str, str] | None = None, sheet_name: str = "Data",
                chart: ChartSpec | None = None) -> Path:
    """A workbook for people (``render.xlsx.dataset``: styled header, number formats, real dates, filter, a
    Metadata sheet, with ``chart`` a native Excel chart right of the data), written atomically. Saved
    straight into the temporary file: a large dataset's workbook is never held in memory as bytes too."""

    from desktop_app.render.xlsx import dataset as xlsx_dataset  # openpyxl only when a workbook is made

    wb = xlsx_dataset.workbook(columns, rows, title=title, meta=meta, sheet_name=sheet_name, chart=chart)
    with atomic_target(path) as temp:
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
        values = [r[j] for r in table.rows if j < len(r) and is_number(r[j])]
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


class DatasetReader(Protocol):
    """The one thing a dataset export asks of the datasets service (no import of it: it exports through here)."""

    def get(self, dataset_id: int) -> Any:  # a DatasetDetail
        ...


class ExportService:
    """Step 4 exports of a dataset to a file, as the logged-in user, read through the datasets service."""

    def __init__(self, ctx: ServiceContext, datasets: DatasetReader) -> None:
        self.ctx, self.datasets = ctx, datasets

    def dataset(self, dataset_id: int, fmt: str, path: Path | str, *, overwrite: bool = True) -> ExportResult:
        """Write a dataset with its metadata, as the logged-in user; one activity-log entry (step 4).

        The entry and the file succeed together: the file is written inside the unit of work that
        holds the entry, so a failed write logs nothing and a missing folder changes nothing. The
        target follows the output rules (``report_target``); an earlier export is replaced only when
        ``overwrite``.
        """
        if fmt not in FORMATS:
            raise BadInput("unknown_format", fmt)
        ctx = self.ctx
        ctx.require_actor()
        target, _suffix = report_target(path, ctx=ctx, overwrite=overwrite)
        detail = self.datasets.get(dataset_id)
        meta = dataset_metadata(detail.meta)
        with ctx.db.unit_of_work() as s:
            ctx.log(s, "dataset_exported", step=Step.PRESENT, object_type="dataset", object_id=dataset_id,
                    object_label=detail.meta.name,
                    detail={"format": fmt, "file": target.name, "rows": len(detail.rows)})
            write(fmt, detail.columns, detail.rows, target, title=detail.meta.name, meta=meta)
            record_output(ctx, target, "dataset_export", s)
        return ExportResult(target, fmt, len(detail.rows), detail.meta.name)



__all__ = [
    "FORMATS", "ExportResult", "ExportService", "dataset_metadata", "export_csv", "export_json",
    "export_table", "export_xlsx", "neutralise", "table_columns", "write",
]

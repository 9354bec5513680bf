"""Turning wide period columns into rows: "Kecamatan | Jan | Feb | … | Des | Jumlah" becomes
"Kecamatan | Bulan | Jumlah Izin", one row per kecamatan and month.

``find_period_columns`` recognises columns whose headings name periods (``domain.periods.parse_heading``:
Indonesian and English months and their short forms, Triwulan/TW/Q, Semester, years), also under a
group heading ("Jumlah Izin Januari" from a two-row header: the group heading names the values).
The finest kind present is the data; a column across those periods (a "Jumlah"/"Total" column, or a
coarser period such as "TW I" between the months) is left out after checking that it adds up, and
kept as check material for step 2 like a subtotal row. A heading without its year takes the year
of the title, else of the sheet name, else of the file name, else the one given — or none is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from desktop_app.domain.checks import subtotal_findings
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.domain.periods import Grain, Heading, parse_heading, roll_up
from desktop_app.domain.subtotals import PLAIN_TOTALS, Subtotal, fold
from desktop_app.services.datasets.importing.model import ImportedColumn, ImportPreview, Problem, Unpivoted

PERIOD_NAMES = {Grain.MONTH: "Bulan", Grain.QUARTER: "Triwulan", Grain.SEMESTER: "Semester", Grain.YEAR: "Tahun"}
VALUE_NAME = "Nilai"
_NUMERIC = frozenset({ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.MONEY, ColumnType.PERCENT})
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
TOLERANCE = 0.005


@dataclass(frozen=True)
class PeriodColumns:
    """The period columns of a preview and what turning them into rows needs.

    ``columns``: indexes (in ``preview.columns``) of the periods of the finest kind, with their
    ``headings``; ``totals``: indexes of the columns across them, each with the ``columns`` it adds
    up (``covers``). ``year`` is where a heading without a year takes it from (None: not known).
    """

    columns: tuple[int, ...]
    headings: tuple[Heading, ...]
    grain: Grain
    value_name: str
    totals: tuple[int, ...] = ()
    covers: tuple[tuple[int, ...], ...] = ()
    year: int | None = None
    year_from: str = ""

    @property
    def needs_year(self) -> bool:
        return any(h.year is None for h in self.headings)


def _heading_of(name: str) -> tuple[Heading, str] | None:
    """The period a column name ends with, and the words before it ("Jumlah Izin Januari" -> Januari, "Jumlah Izin")."""
    words = name.split()
    for start in range(len(words)):
        heading = parse_heading(" ".join(words[start:]))
        if heading is not None:
            prefix = " ".join(words[:start])
            if heading.year is None and prefix:
                year = parse_heading(words[start - 1])
                if year is not None and year.kind == Grain.YEAR:  # "2024 Jan" from a year over the months
                    return Heading(heading.kind, heading.index, year.year), " ".join(words[:start - 1])
            return heading, prefix
    return None


def _one_year(text: str) -> int | None:
    years = set(_YEARS.findall(text))
    return int(years.pop()) if len(years) == 1 else None


def year_of(preview: ImportPreview) -> tuple[int | None, str]:
    """The year a heading without one belongs to: from the title, the sheet name or the file name."""
    for source, text in (("title", " ".join(preview.titles)), ("sheet", preview.sheet), ("file", preview.file.stem)):
        year = _one_year(text)
        if year is not None:
            return year, source
    return None, ""


def _usable(column: ImportedColumn, values: Sequence[object]) -> bool:
    return column.type in _NUMERIC or all(v is None for v in values)


def find_period_columns(preview: ImportPreview) -> PeriodColumns | None:
    """The preview's wide period columns, or None when fewer than two columns name periods of one kind."""
    if preview.unpivoted is not None:
        return None
    found: dict[int, tuple[Heading, str]] = {}
    for index, column in enumerate(preview.columns):
        parsed = _heading_of(column.name)
        if parsed is not None and column.type not in (ColumnType.PERIOD, ColumnType.DATE) \
                and _usable(column, preview.column(column.name)):
            found[index] = parsed
    kinds = [heading.kind for heading, _ in found.values()]
    best = max(Grain, key=lambda g: (kinds.count(g), g.per_year))
    primary = [i for i, (heading, _) in found.items() if heading.kind == best]
    if len(primary) < 2:
        return None
    year, year_from = year_of(preview)
    headings = tuple(found[i][0] for i in primary)
    if not any(h.year is None for h in headings):
        year_from = "headings"
    periods = [h.period(year) if (h.year is not None or year is not None) else None for h in headings]
    if None not in periods and len(set(periods)) < len(periods):
        return None  # the same period twice: not a row of periods
    prefixes = {found[i][1] for i in primary}
    value_name = prefixes.pop() if len(prefixes) == 1 and next(iter(prefixes), "") else VALUE_NAME
    totals, covers = _total_columns(preview, found, primary, best, year)
    return PeriodColumns(tuple(primary), headings, best, value_name, totals, covers, year, year_from)


def _total_columns(preview: ImportPreview, found: Mapping[int, tuple[Heading, str]], primary: list[int],
                   grain: Grain, year: int | None) -> tuple[tuple[int, ...], tuple[tuple[int, ...], ...]]:
    """Columns across the periods: coarser periods (the months they roll up) and Jumlah/Total after the first."""
    totals: list[int] = []
    covers: list[tuple[int, ...]] = []
    for index, (heading, _) in found.items():
        if heading.kind == grain or heading.kind.per_year > grain.per_year or index < primary[0]:
            continue
        if heading.year is None and year is None:
            inside = tuple(i for i in primary if (found[i][0].index - 1) * grain.months // heading.kind.months + 1
                           == heading.index)
        else:
            coarse = heading.period(year)
            inside = tuple(i for i in primary if (found[i][0].year is not None or year is not None)
                           and roll_up(found[i][0].period(year), heading.kind) == coarse)
        if inside:
            totals.append(index)
            covers.append(inside)
    for index, column in enumerate(preview.columns):
        if index > primary[0] and index not in found and column.type in _NUMERIC and _is_total_name(column.name):
            totals.append(index)
            covers.append(tuple(primary))
    return tuple(totals), tuple(covers)


def _is_total_name(name: str) -> bool:
    folded = fold(name)
    return folded in PLAIN_TOTALS or folded.split(" ")[0] in ("jumlah", "total")


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _plain(number: float) -> int | float:
    return int(number) if number.is_integer() else round(number, 10)


def unpivot(preview: ImportPreview, year: int | None = None) -> ImportPreview:
    """The preview with its period columns turned into a period column and a value column.

    ``year``: for headings without their own year, instead of the year the title, sheet or file
    name gives. BadInput ``no_period_columns`` when there are none, ``unpivot_year_needed`` when a
    heading's year is not known.
    """
    wide = find_period_columns(preview)
    if wide is None:
        raise BadInput("no_period_columns", preview.sheet)
    if year is not None:
        wide = replace(wide, year=year, year_from="given" if wide.needs_year else wide.year_from)
    if wide.needs_year and wide.year is None:
        raise BadInput("unpivot_year_needed", preview.sheet)
    periods = [h.period(wide.year).text for h in wide.headings]
    period_of = dict(zip(wide.columns, periods, strict=True))
    empty = [i for i in wide.columns if all(row[i] is None for row in preview.rows)]
    used = [i for i in wide.columns if i not in empty]
    if not used:
        raise BadInput("no_period_columns", preview.sheet)
    dropped = set(wide.columns) | set(wide.totals)
    ids = [i for i in range(len(preview.columns)) if i not in dropped]
    names = {preview.columns[i].name.casefold() for i in ids}
    period_name = _free(PERIOD_NAMES[wide.grain], names)
    value_name = _free(wide.value_name, names | {period_name.casefold()})
    value_type = _value_type([preview.columns[i].type for i in used])
    sheet = preview.sheet
    columns = (*(preview.columns[i] for i in ids),
               ImportedColumn(period_name, ColumnType.PERIOD, preview.columns[used[0]].source_index),
               ImportedColumn(value_name, value_type, preview.columns[used[0]].source_index))
    rows: list[tuple[object, ...]] = []
    source_rows: list[int] = []
    for row, source in zip(preview.rows, preview.source_rows, strict=True):
        head = tuple(row[i] for i in ids)
        for i in used:
            rows.append((*head, period_of[i], row[i]))
            source_rows.append(source)
    k = len(used)
    notes: list[Problem] = [n for n in preview.notes if n.code not in ("subtotal_mismatch", "subtotals_kept")]
    notes.append(Problem(sheet, None, None, "unpivoted", len(wide.columns)))
    if empty:
        notes.append(Problem(sheet, None, None, "unpivot_empty_periods",
                             ", ".join(preview.columns[i].name for i in empty)))
    moved = _moved_subtotals(preview, wide, period_of, used, period_name, value_name, k)
    across: list[Subtotal] = []  # each row's total across the periods
    for total, inside in zip(wide.totals, wide.covers, strict=True):
        name = preview.columns[total].name
        texts = tuple(period_of[i] for i in inside)
        mismatches = 0
        for n, (row, source) in enumerate(zip(preview.rows, preview.source_rows, strict=True)):
            stated = _number(row[total])
            if stated is None:
                continue
            across.append(Subtotal(name, ((value_name, _plain(stated)),), n * k, (n + 1) * k,
                                   ((period_name, texts),), source))
            addends = [_number(row[i]) if row[i] is not None else 0.0 for i in inside]
            if None in addends:
                continue
            expected = sum(addends)  # type: ignore[arg-type]
            if abs(stated - expected) > TOLERANCE:
                mismatches += 1
                notes.append(Problem(sheet, source, name, "unpivot_total_mismatch",
                                     {"stated": _plain(stated), "expected": _plain(expected)}))
        notes.append(Problem(sheet, None, name, "unpivot_total_dropped", mismatches))
    problems = tuple(Problem(p.sheet, p.row, value_name if p.column in {preview.columns[i].name for i in used}
                             else p.column, p.code, p.value)
                     for p in preview.problems if p.column not in {preview.columns[i].name for i in empty})
    specs = [ColumnSpec(c.name, c.type) for c in columns]
    kept = (*moved, *across)
    if kept:
        notes.append(Problem(sheet, None, None, "subtotals_kept", len(kept)))
    for finding in subtotal_findings(specs, rows, moved):  # the totals across the periods were checked above
        value = finding.value if isinstance(finding.value, dict) else {}
        notes.append(Problem(sheet, value.get("source_row"), finding.column, finding.code, value or None))
    info = Unpivoted(period_name, value_name, tuple(preview.columns[i].name for i in wide.columns), wide.grain.value,
                     wide.year, wide.year_from, tuple(preview.columns[i].name for i in wide.totals), len(preview.rows))
    return replace(preview, columns=columns, rows=tuple(rows), source_rows=tuple(source_rows), problems=problems,
                   notes=tuple(notes), summary=None, subtotals=kept, unpivoted=info)


def _free(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate = f"{name} ({number})"
        number += 1
    return candidate


def _value_type(types: Sequence[ColumnType]) -> ColumnType:
    numeric = [t for t in types if t in _NUMERIC]
    if not numeric:
        return ColumnType.INTEGER
    if len(set(numeric)) == 1:
        return numeric[0]
    for kind in (ColumnType.MONEY, ColumnType.DECIMAL):
        if kind in numeric:
            return kind
    return ColumnType.DECIMAL


def _moved_subtotals(preview: ImportPreview, wide: PeriodColumns, period_of: Mapping[int, str], used: Sequence[int],
                     period_name: str, value_name: str, k: int) -> list[Subtotal]:
    """The sheet's subtotal rows over the long rows: one per period column it fills, restricted to that period."""
    index_of = {c.name: i for i, c in enumerate(preview.columns)}
    cover = dict(zip(wide.totals, wide.covers, strict=True))
    out: list[Subtotal] = []
    for subtotal in preview.subtotals:
        first = subtotal.first * k if subtotal.first is not None else None
        end = subtotal.end * k if subtotal.end is not None else None
        for name, stated in subtotal.values:
            column = index_of.get(name)
            if column in period_of and column in used:
                texts: tuple[str, ...] = (period_of[column],)
            elif column in cover:
                texts = tuple(period_of[i] for i in cover[column])
            else:
                continue  # a number repeated on every period row: not a sum over them
            out.append(Subtotal(subtotal.label, ((value_name, stated),), first, end,
                                (*subtotal.keys, (period_name, texts)), subtotal.source_row))
    return out

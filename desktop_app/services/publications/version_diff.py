"""What changed between two versions of a publication, for the head's "Perubahan" view (step 6).

Pure: it compares two renderer documents (``pdf_export.PublicationDocument``) and touches no
database. Sections are matched by heading first (a moved section is still the same section), then
by position; what is left over was added or removed. Within a matched pair: the text as a word
diff (difflib over the plain text, one line per block), the table cell by cell (rows matched by
their first cell, columns by header; the total row is the row "Total"), and the chart value by
value (category × series).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.domain import richtext

if TYPE_CHECKING:
    from desktop_app.documents.publication import PublicationDocument, Section
    from desktop_app.domain.charts import ChartSpec
    from desktop_app.domain.tables import TableData

TOTAL_ROW = "Total"
_WORDS = re.compile(r"\w+\s*|[^\w\s]+\s*")  # words and punctuation apart, each with the space after it


@dataclass(frozen=True)
class TextPiece:
    """One run of the word diff: 'equal', 'delete' (only in the old text), 'insert' (only in the new)."""

    op: str
    text: str


@dataclass(frozen=True)
class CellChange:
    row: str
    column: str
    old: object  # None: the row or column is new
    new: object  # None: the row or column was removed


@dataclass(frozen=True)
class SectionDiff:
    """One section, old beside new (either side None when the section was added or removed)."""

    old_index: int | None
    new_index: int | None
    old: Section | None
    new: Section | None
    text: tuple[TextPiece, ...]
    cells: tuple[CellChange, ...]
    chart: tuple[CellChange, ...]  # row = category, column = series

    @property
    def status(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        if (self.text_changed or self.cells or self.chart or self.old.heading.strip() != self.new.heading.strip()
                or self.old_index != self.new_index or _other_parts(self.old) != _other_parts(self.new)):
            return "changed"
        return "same"

    @property
    def text_changed(self) -> bool:
        return any(piece.op != "equal" for piece in self.text)

    @property
    def heading(self) -> str:
        return (self.new or self.old).heading


@dataclass(frozen=True)
class VersionDiff:
    old_version: int
    new_version: int
    old_title: str
    new_title: str
    sections: tuple[SectionDiff, ...]

    @property
    def changed(self) -> tuple[SectionDiff, ...]:
        return tuple(d for d in self.sections if d.status != "same")


def section_text(section: Section) -> str:
    """The plain text of a section as compared: rich text one line per block, then the narrative."""
    body = getattr(section, "body", ()) or richtext.from_plain(section.text)
    text = richtext.plain_text(body)
    narrative = getattr(section, "narrative", "") or ""
    return f"{text}\n{narrative}".strip("\n") if narrative.strip() else text


def word_diff(old: str, new: str) -> tuple[TextPiece, ...]:
    """Word-level diff (punctuation counts as its own word); whitespace, line breaks included, stays
    attached to the word it follows."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    matcher = difflib.SequenceMatcher(a=[w.strip() for w in a], b=[w.strip() for w in b], autojunk=False)
    pieces: list[TextPiece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":  # the words as they stand in the new text
            pieces.append(TextPiece("equal", "".join(b[j1:j2])))
            continue
        if i2 > i1:
            pieces.append(TextPiece("delete", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(TextPiece("insert", "".join(b[j1:j2])))
    return tuple(pieces)


def _grid(table: TableData | None) -> dict[tuple[str, str], object]:
    if table is None:
        return {}
    headers = [str(h) for h in table.headers]
    rows = [(str(r[0]) if r else "", r) for r in table.rows]
    if table.total is not None:
        rows.append((TOTAL_ROW, table.total))
    cells: dict[tuple[str, str], object] = {}
    seen: dict[str, int] = {}
    for label, row in rows:
        seen[label] = seen.get(label, 0) + 1
        key = label if seen[label] == 1 else f"{label} ({seen[label]})"  # repeated labels stay apart
        for j, header in enumerate(headers[1:], start=1):
            cells[(key, header)] = row[j] if j < len(row) else None
    return cells


def _chart_grid(chart: ChartSpec | None) -> dict[tuple[str, str], object]:
    if chart is None:
        return {}
    # The cleaned values: a value without data is None whether it was frozen as null or (earlier) as NaN.
    return {(str(c), s.name): chart.values(index)[i]
            for index, s in enumerate(chart.series) for i, c in enumerate(chart.categories)}


def _changes(old: dict, new: dict) -> tuple[CellChange, ...]:
    keys = list(old) + [k for k in new if k not in old]
    return tuple(CellChange(row, column, old.get((row, column)), new.get((row, column)))
                 for row, column in keys if old.get((row, column)) != new.get((row, column)))


def _other_parts(section: Section) -> tuple:
    """What else a section holds that the text, table and chart comparison does not see."""
    return (getattr(section, "image", None), getattr(section, "image_caption", ""))


def _pair(old: Section | None, new: Section | None, old_index: int | None, new_index: int | None) -> SectionDiff:
    return SectionDiff(
        old_index, new_index, old, new,
        word_diff(section_text(old) if old else "", section_text(new) if new else ""),
        _changes(_grid(old.table if old else None), _grid(new.table if new else None)),
        _changes(_chart_grid(old.chart if old else None), _chart_grid(new.chart if new else None)))


def match_sections(old: Sequence[Section], new: Sequence[Section]) -> list[tuple[int | None, int | None]]:
    """Pairs (old index, new index): same heading first, then the same position; leftovers unpaired."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for j, section in enumerate(new):
        key = section.heading.strip().lower()
        i = next((i for i, o in enumerate(old) if key and i not in used and o.heading.strip().lower() == key), None)
        if i is not None:
            pairs[j] = i
            used.add(i)
    for j in range(min(len(new), len(old))):
        if j not in pairs and j not in used:
            pairs[j] = j
            used.add(j)
    result: list[tuple[int | None, int | None]] = [(pairs.get(j), j) for j in range(len(new))]
    # A removed section is listed where it stood, after the new sections before it.
    for i in sorted(set(range(len(old))) - used):
        at = next((k for k, (o, _n) in enumerate(result) if o is not None and o > i), len(result))
        result.insert(at, (i, None))
    return result


def diff_documents(old: PublicationDocument, new: PublicationDocument, old_version: int,
                   new_version: int) -> VersionDiff:
    """Everything that changed from ``old`` to ``new``, section by section."""
    sections = tuple(_pair(old.sections[i] if i is not None else None, new.sections[j] if j is not None else None,
                           i, j) for i, j in match_sections(old.sections, new.sections))
    return VersionDiff(old_version, new_version, old.title, new.title, sections)

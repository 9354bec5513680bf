"""Subtotal and total rows of a source table, kept out of the data as material for the checks of step 2.

A recap staff receive closes its groups with rows such as "Sub Total Semester I", "Jumlah Kecamatan
Padang Hulu", "Total TW I" and ends with "Jumlah". Such a row is not data: adding it in would count
its rows twice. It is not thrown away either: what it says is kept as a ``Subtotal`` and step 2
checks that it still equals the rows it closes — a check no spreadsheet does.

Which rows a subtotal closes is decided once, when it is read (``closing_scopes``): the rows of the
group its label names ("Jumlah Kecamatan Padang Hulu": the rows whose Kecamatan is Padang Hulu), or
else the rows since the previous subtotal; a total right under other subtotals closes their rows
together, and a plain grand total at the end closes every row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from desktop_app.domain.periods import parse_heading

# Labels that are a total by themselves.
PLAIN_TOTALS = frozenset({"jumlah", "total", "sub total", "subtotal", "sub jumlah", "jumlah total", "grand total",
                          "total keseluruhan", "jumlah keseluruhan", "jumlah seluruhnya", "total jumlah",
                          "jumlah seluruh", "total seluruhnya"})
# Plain totals that close every row above them when nothing lies between them and the subtotal before.
GRAND_TOTALS = PLAIN_TOTALS - {"sub total", "subtotal", "sub jumlah"}
# A subtotal word takes any suffix; "jumlah"/"total" only one that names a group or a period.
_SUBTOTAL_HEADS = ("sub total", "subtotal", "sub jumlah", "grand total")
_TOTAL_HEADS = ("jumlah", "total")
# Words after "Jumlah"/"Total" that make it a total of everything above ("Jumlah Keseluruhan", "Total s/d TW III").
WHOLE_WORDS = frozenset({"keseluruhan", "seluruhnya", "seluruh", "semua", "akhir", "kumulatif", "s/d", "sd",
                         "sampai", "umum", "grand", "all"})
MAX_LABEL = 60


def fold(text: object) -> str:
    """Text as compared: lower case, whitespace collapsed, "-" between words as a space, ":" "." "=" trimmed."""
    folded = " ".join(str(text).lower().replace("-", " ").split())
    return folded.strip(":.= ")


def split_label(text: object) -> tuple[str, str] | None:
    """(total word, suffix) of a label that starts with a total word: ("sub total", "semester i"); else None."""
    if not isinstance(text, str):
        return None
    label = fold(text)
    if not label or len(label) > MAX_LABEL:
        return None
    if label in PLAIN_TOTALS:
        return label, ""
    for head in (*_SUBTOTAL_HEADS, *_TOTAL_HEADS):
        if label.startswith(head + " "):
            return head, label[len(head) + 1:].strip(":.= ")
    return None


def names_group(suffix: str, group_values: Iterable[str] = ()) -> bool:
    """Whether a total label's suffix names a period ("TW I", "Semester I", "Januari", "2024"), everything
    ("Keseluruhan") or a group found among ``group_values`` (folded texts of the table's cells):
    "Kecamatan Padang Hulu" when Padang Hulu is written in the table. "Penduduk", "Kelompok Tani",
    "Kecamatan" alone name what an indicator row counts, not a group."""
    if not suffix:
        return True
    if suffix.split()[0] in WHOLE_WORDS or parse_heading(suffix) is not None:
        return True
    values = group_values if isinstance(group_values, (set, frozenset)) else set(group_values)
    return suffix in values or any(suffix.endswith(" " + v) for v in values if v)


def is_total_label(text: object, group_values: Iterable[str] = ()) -> bool:
    """Whether a row labelled ``text`` is a subtotal or a total of the rows above it.

    "Jumlah", "Sub Total Semester I", "Subtotal Bajenis", "Total TW I", "Jumlah Kecamatan Padang Hulu" are;
    "Jumlah Penduduk" (an indicator row of a table of indicators) is not.
    """
    parts = split_label(text)
    if parts is None:
        return False
    head, suffix = parts
    return not suffix or head in _SUBTOTAL_HEADS or names_group(suffix, group_values)


@dataclass(frozen=True)
class Subtotal:
    """What one subtotal row said, and which data rows it closes.

    ``values``: (column name, number stated) for each measure column it fills. The rows it closes are
    the data rows ``first`` to ``end`` (0-based, ``end`` excluded; both None for every row) whose
    cells agree with ``keys``: (column name, the texts allowed there).
    """

    label: str
    values: tuple[tuple[str, int | float], ...]
    first: int | None = None
    end: int | None = None
    keys: tuple[tuple[str, tuple[str, ...]], ...] = ()
    source_row: int | None = None  # 1-based row of the source sheet, for people

    def to_json(self) -> dict:
        return {"label": self.label, "values": [[c, v] for c, v in self.values], "first": self.first,
                "end": self.end, "keys": [[c, list(v)] for c, v in self.keys], "source_row": self.source_row}

    @classmethod
    def from_json(cls, data: Mapping) -> Subtotal:
        return cls(str(data["label"]), tuple((str(c), v) for c, v in data.get("values", ())),
                   data.get("first"), data.get("end"), tuple((str(c), tuple(v)) for c, v in data.get("keys", ())),
                   data.get("source_row"))

    def shifted(self, offset: int) -> Subtotal:
        """The same subtotal with its row range moved by ``offset`` rows (rows added in front of the data)."""
        if self.first is None or self.end is None:
            return self
        return Subtotal(self.label, self.values, self.first + offset, self.end + offset, self.keys, self.source_row)


def _named_keys(suffix: str, group_values: Mapping[str, set[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The (column, value) a label's suffix names: the longest value of one column the suffix is or ends with."""
    best: list[tuple[int, str, str]] = []
    for column, values in group_values.items():
        for value in values:
            if value and (suffix == value or suffix.endswith(" " + value)):
                best.append((len(value), column, value))
    if not best:
        return ()
    best.sort(reverse=True)
    if len(best) > 1 and best[1][0] == best[0][0] and best[1][1] != best[0][1]:
        return ()  # two columns hold the name: which group is meant is not clear
    return ((best[0][1], (best[0][2],)),)


def closing_scopes(totals: Sequence[tuple[str, int]], count: int, group_values: Mapping[str, set[str]] | None = None,
                   ) -> list[tuple[int | None, int | None, tuple[tuple[str, tuple[str, ...]], ...]]]:
    """(first, end, keys) of the rows each total closes; ``totals`` are (label, position) in order.

    ``position``: how many data rows lie above the total. ``count``: the data rows in all.
    ``group_values``: per text column, its folded values, for labels that name a group.
    """
    scopes: list[tuple[int | None, int | None, tuple[tuple[str, tuple[str, ...]], ...]]] = []
    previous = 0  # the position of the total before
    higher = 0  # the position of the last total that closed other subtotals
    for label, position in totals:
        parts = split_label(label)
        head, suffix = parts if parts is not None else (fold(label), "")
        keys = _named_keys(suffix, group_values or {}) if suffix else ()
        if keys:
            scopes.append((None, None, keys))
        elif position > previous:
            scopes.append((previous, position, ()))
        elif not suffix and fold(label) in GRAND_TOTALS and position == count:
            scopes.append((0, position, ()))
        else:
            scopes.append((higher, position, ()))
            higher = position
        previous = position
    return scopes


def follow_rows(subtotals: Sequence[Subtotal], old: Sequence[Sequence[object]],
                new: Sequence[Sequence[object]]) -> list[Subtotal]:
    """The subtotals over ``new``, the rows after an edit of ``old``: each range follows the rows it closed.

    Rows inserted or deleted before a subtotal's rows move its range; a row deleted among them leaves
    its range (the check then says the rows no longer add up to what the file said); rows inserted
    among them join it; an edited row (not found as it was) is taken to be where it stood. Subtotals
    of a named group need no range.
    """
    if not any(t.first is not None for t in subtotals):
        return list(subtotals)

    def key(row: Sequence[object]) -> str:
        return json.dumps(list(row), default=str)

    moved: dict[int, int] = {}
    matcher = SequenceMatcher(None, [key(r) for r in old], [key(r) for r in new], autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and a1 - a0 == b1 - b0):  # kept, or edited in place
            moved.update(zip(range(a0, a1), range(b0, b1), strict=True))
    out = []
    for t in subtotals:
        if t.first is None or t.end is None:
            out.append(t)
            continue
        kept = [moved[i] for i in range(t.first, t.end) if i in moved]
        first, end = (kept[0], kept[-1] + 1) if kept else (0, 0)
        out.append(Subtotal(t.label, t.values, first, end, t.keys, t.source_row))
    return out


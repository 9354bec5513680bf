"""Deciding, once per column, which mark is the decimal one - from the evidence, never cell by cell.

"1.234" alone is one thousand two hundred thirty-four in an Indonesian table and one point two
three four in an English one. A column's written numbers are read one way: with the mark its own
cells prove ("12,5", "1.234.567" and "1.234,5" prove a decimal comma; "0.5", "1,234,567" and
"1,234.5" a decimal dot), else the mark the file's other columns prove, else the habit of the
file (a semicolon CSV comes from a locale writing decimal commas), else the person's choice.
Where none of these settles it, the column's reading stays open (``decimal is None``): the
preview asks and the command line refuses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop_app.services.datasets.importing.model import NumberReading
from desktop_app.services.datasets.importing.values import number_readings

MARKS = (",", ".")


@dataclass
class MarkEvidence:
    """What a column's text cells say about its decimal mark, counted over its cells."""

    comma: int = 0  # cells only a decimal comma reads ("12,5", "1.234.567")
    dot: int = 0  # cells only a decimal dot reads ("0.5", "1,234,567")
    ambiguous: int = 0  # cells both read, to different numbers ("1.234")
    examples: dict[str, str] = field(default_factory=dict)  # "," / "." / "?" -> a cell showing it

    def mark(self) -> str | None:
        """The mark the column's own cells prove (the larger side), or None."""
        if self.comma > self.dot:
            return ","
        if self.dot > self.comma:
            return "."
        return None

    @property
    def written(self) -> bool:
        """Whether any cell holds a mark that matters (decides or leaves open)."""
        return bool(self.comma or self.dot or self.ambiguous)


def evidence_of(texts: Mapping[str, int] | Iterable[str]) -> MarkEvidence:
    """The evidence of a column's text cells (a Counter of texts, or the texts themselves)."""
    evidence = MarkEvidence()
    counted = texts.items() if isinstance(texts, Mapping) else ((text, 1) for text in texts)
    for text, weight in counted:
        if type(text) is not str or ("." not in text and "," not in text):
            continue
        first = text.lstrip()[:1]
        if not first or not (first.isdigit() or first in "-+(.,Rr\u2212\u2013"):
            continue
        with_comma, with_dot = number_readings(text)
        if with_comma is None and with_dot is None:
            continue
        if with_dot is None:
            key, evidence.comma = ",", evidence.comma + weight
        elif with_comma is None:
            key, evidence.dot = ".", evidence.dot + weight
        elif with_comma.value != with_dot.value:
            key, evidence.ambiguous = "?", evidence.ambiguous + weight
        else:
            continue
        evidence.examples.setdefault(key, text.strip())
    return evidence


def file_mark(evidences: Iterable[MarkEvidence], habit: str | None) -> tuple[str | None, str]:
    """The mark the file proves, and how: "file" when every column that proves one proves the same,
    "habit" when no column proves any and the file's kind has a habit; (None, "") otherwise."""
    proven = {mark for mark in (e.mark() for e in evidences) if mark is not None}
    if len(proven) == 1:
        return proven.pop(), "file"
    if not proven and habit in MARKS:
        return habit, "habit"
    return None, ""


def decide(evidence: MarkEvidence, in_file: tuple[str | None, str], chosen: str | None = None,
           fallback: str | None = None) -> NumberReading | None:
    """The reading of one column; None when it writes no mark that matters.

    ``chosen`` is the person's mark for this column (it always wins); ``fallback`` the mark they
    gave for columns the file leaves open (``padi import --decimal``).
    """
    if chosen in MARKS:
        return NumberReading(chosen, "chosen", _example(evidence, chosen))
    if not evidence.written:
        return None
    own = evidence.mark()
    if own is not None:
        return NumberReading(own, "column", evidence.examples[own])
    # Nothing in the column decides: only open cells ("1.234"), or as many cells proving each mark.
    example = _example(evidence, "?")
    mark, how = in_file
    if mark is not None:
        return NumberReading(mark, how, example)
    if fallback in MARKS:
        return NumberReading(fallback, "chosen", example)
    return NumberReading(None, "ambiguous", example)


def _example(evidence: MarkEvidence, mark: str) -> str:
    return evidence.examples.get(mark) or evidence.examples.get("?") or next(iter(evidence.examples.values()), "")

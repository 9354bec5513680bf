"""Rich text of a publication section, kept as plain data (never Qt HTML or markup).

A section body is a tuple of ``Block`` (a paragraph, a heading, a bullet or a numbered item), each made
of ``Run`` pieces of text that may be bold and/or italic. The PDF renderer escapes every run and adds
the bold/italic tags itself, so nothing a person types can become markup. The JSON form goes into the
publication version's content, so the content hash binds the formatting too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.errors import BadInput

STYLES = ("p", "h1", "h2", "bullet", "number")


@dataclass(frozen=True)
class Run:
    """A piece of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit; ``style`` is one of ``STYLES``."""

    style: str
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def _merged(runs: Iterable[Run]) -> tuple[Run, ...]:
    """Drop empty runs and join neighbours with the same formatting (a stable, canonical form)."""
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and out[-1].bold == run.bold and out[-1].italic == run.italic:
            out[-1] = Run(out[-1].text + run.text, run.bold, run.italic)
        else:
            out.append(run)
    return tuple(out)


def block(style: str, runs: Iterable[Run]) -> Block:
    """A checked block with canonical runs."""
    if style not in STYLES:
        raise BadInput("richtext_invalid", f"style {style!r}")
    return Block(style, _merged(runs))


def to_json(blocks: Iterable[Block]) -> list[dict]:
    """Plain JSON data: ``[{"style": "p", "runs": [{"text": "..", "bold": true}]}]`` (false flags left out)."""
    data: list[dict] = []
    for item in blocks:
        runs = []
        for run in _merged(item.runs):
            entry: dict[str, Any] = {"text": run.text}
            if run.bold:
                entry["bold"] = True
            if run.italic:
                entry["italic"] = True
            runs.append(entry)
        data.append({"style": item.style, "runs": runs})
    return data


def from_json(data: Any) -> tuple[Block, ...]:
    """Blocks back from ``to_json`` data; anything of the wrong shape is refused with BadInput."""
    if data is None:
        return ()
    if not isinstance(data, list):
        raise BadInput("richtext_invalid", "not a list")
    blocks: list[Block] = []
    for entry in data:
        if not isinstance(entry, dict) or not isinstance(entry.get("runs", []), list):
            raise BadInput("richtext_invalid", "block")
        runs = []
        for run in entry.get("runs", []):
            if not isinstance(run, dict) or not isinstance(run.get("text", ""), str):
                raise BadInput("richtext_invalid", "run")
            runs.append(Run(run.get("text", ""), bool(run.get("bold")), bool(run.get("italic"))))
        blocks.append(block(str(entry.get("style", "p")), runs))
    return tuple(blocks)


def from_plain(text: str) -> tuple[Block, ...]:
    """Paragraphs from plain text split on blank lines; line breaks inside a paragraph become spaces."""
    paragraphs: list[list[str]] = [[]]
    for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return tuple(Block("p", (Run(" ".join(lines)),)) for lines in paragraphs if lines)


def runs_markup(runs: Iterable[Run], escape: Callable[[str], str], bold: tuple[str, str],
                italic: tuple[str, str]) -> str:
    """The runs as markup for a renderer: each run's text escaped first, then wrapped in the renderer's
    own bold/italic tags (e.g. ("<b>", "</b>") for reportlab, ("<strong>", "</strong>") for HTML), so
    user text can never open or close a tag."""
    parts = []
    for run in runs:
        text = escape(run.text)
        if run.bold:
            text = f"{bold[0]}{text}{bold[1]}"
        if run.italic:
            text = f"{italic[0]}{text}{italic[1]}"
        parts.append(text)
    return "".join(parts)


def numbering(blocks: Iterable[Block]) -> list[int]:
    """The item number of each block (0 for blocks that are not numbered); a list restarts after any
    other block."""
    numbers: list[int] = []
    counter = 0
    for item in blocks:
        counter = counter + 1 if item.style == "number" else 0
        numbers.append(counter)
    return numbers


def plain_text(blocks: Iterable[Block]) -> str:
    """One line per block, "• " before bullets and "1. " before numbered items (for diffs and search)."""
    items = tuple(blocks)
    lines = []
    for item, number in zip(items, numbering(items), strict=True):
        if item.style == "bullet":
            lines.append("• " + item.text)
        elif item.style == "number":
            lines.append(f"{number}. " + item.text)
        else:
            lines.append(item.text)
    return "\n".join(lines)

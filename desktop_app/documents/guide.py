"""The user guide (Panduan Pengguna) as a plain document: a small markdown subset parsed into blocks.

The guide's text lives in ``resources/guide/panduan.md``; its screenshots are made from the real
program by ``desktop_app.gui.guide_shots`` (``python -m desktop_app.devtools guide``). This module
needs no Qt, so the guide can always be rendered, with or without screenshots.

The markdown subset, one construct per line (blank lines separate paragraphs):

* ``# Title`` starts a chapter (on a new page, numbered 1, 2, ...); ``## Title`` a section (1.1, ...);
* ``- text`` a bullet; ``1. text`` a numbered step (the numbers are counted again, not read);
* ``![Caption](shot:name)`` a figure: the screenshot ``name.png`` from the shots folder, numbered
  "Gambar N" with its caption; a missing file is drawn as a framed placeholder naming it;
* ``**bold**`` inside any text, and `` `text` `` for what is typed (a command), on a grey ground;
  every other character is printed as written;
* any other non-blank lines form a paragraph (consecutive lines are joined with a space);
  a line starting with ``<!--`` is a comment and is skipped.

``render.pdf.user_guide`` draws the blocks as an A4 PDF.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

GUIDE_TITLE = "Panduan Pengguna PADI"


# --- parsing --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    level: int  # 1 chapter, 2 section
    text: str


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Steps:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Shot:
    caption: str
    name: str


Block = Heading | Para | Bullets | Steps | Shot

_HEADING = re.compile(r"^(#{1,2})\s+(.+?)\s*$")
_BULLET = re.compile(r"^[-*]\s+(.+)$")
_STEP = re.compile(r"^\d+[.)]\s+(.+)$")
_SHOT = re.compile(r"^!\[(.*)\]\(shot:([A-Za-z0-9_\-]+)\)\s*$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`]+)`")


def parse(text: str) -> list[Block]:
    """The blocks of a guide written in the subset described in the module docstring."""
    blocks: list[Block] = []
    lines: list[str] = []  # the paragraph or list being collected
    kind: type | None = None

    def flush() -> None:
        nonlocal kind
        if kind is Para:
            blocks.append(Para(" ".join(lines)))
        elif kind is Bullets:
            blocks.append(Bullets(tuple(lines)))
        elif kind is Steps:
            blocks.append(Steps(tuple(lines)))
        lines.clear()
        kind = None

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("<!--"):
            flush()
            continue
        if match := _HEADING.match(line):
            flush()
            blocks.append(Heading(len(match.group(1)), match.group(2)))
        elif match := _SHOT.match(line):
            flush()
            blocks.append(Shot(match.group(1).strip(), match.group(2)))
        elif (match := _BULLET.match(line)) or (match := _STEP.match(line)):
            new_kind = Bullets if _BULLET.match(line) else Steps
            if kind is not new_kind:
                flush()
                kind = new_kind
            lines.append(match.group(1).strip())
        elif kind in (Bullets, Steps) and raw[:1].isspace():
            lines[-1] += " " + line  # an indented continuation of the last item
        else:
            if kind is not Para:
                flush()
                kind = Para
            lines.append(line)
    flush()
    return blocks


def chapter_titles(blocks: Iterable[Block]) -> list[str]:
    return [block.text for block in blocks if isinstance(block, Heading) and block.level == 1]


def shot_names(blocks: Iterable[Block]) -> list[str]:
    """Every screenshot the guide shows, in order, without repeats."""
    return list(dict.fromkeys(block.name for block in blocks if isinstance(block, Shot)))


def inline_markup(text: str) -> str:
    """ReportLab paragraph markup for one line of guide text: escaped, with ``**bold**`` and `` `code` ``."""
    return _CODE.sub(r'<font backColor="#eceff1">\1</font>', _BOLD.sub(r"<b>\1</b>", escape(text)))


@dataclass(frozen=True)
class GuideInfo:
    """What the cover says."""

    office: str = ""
    version: str = ""
    date: dt.date = field(default_factory=dt.date.today)

"""The offline catalogue (Katalog Data) as plain documents: one page per presented public dataset (its
metadata, outputs and rows) and the index that lists them. The use case writes the data files (CSV,
XLSX) the pages link to; ``render.web.site`` writes the pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.documents.letterhead import Letterhead
from desktop_app.domain.tables import TableData

STYLE = "gaya.css"  # the style sheet every page links to
MAX_PAGE_ROWS = 2000  # rows shown on a page; the downloads always hold every row


@dataclass(frozen=True)
class OutputView:
    """An output of a dataset on its page: its table (drawn as a chart too) and its CSV download."""

    name: str
    table: TableData
    csv_name: str


@dataclass(frozen=True)
class DatasetPage:
    """The page ``{base}.html`` of one dataset; ``base`` also names its downloads."""

    base: str
    title: str
    is_sample: bool
    meta_rows: tuple[tuple[str, str], ...]  # (label, value), only those with a value
    outputs: tuple[OutputView, ...]
    headers: tuple[str, ...]
    rows: Sequence[Sequence[object]]  # every row; the page shows the first MAX_PAGE_ROWS
    csv_name: str
    xlsx_name: str


@dataclass(frozen=True)
class IndexEntry:
    """One dataset in the list of the index page (searched by its words)."""

    base: str
    title: str
    group: str
    period: str
    keywords: tuple[str, ...]
    description: str
    rows: int
    source: str
    is_sample: bool


@dataclass(frozen=True)
class Catalogue:
    """The whole offline catalogue."""

    office: Letterhead
    entries: tuple[IndexEntry, ...]
    pages: tuple[DatasetPage, ...]
    made: dt.datetime

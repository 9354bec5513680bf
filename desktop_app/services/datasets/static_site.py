"""Step 4: the data catalogue as an offline static site that opens from a USB stick in any browser.

``index.html`` (office, contacts, a searchable list), one page per presented public dataset
(metadata, the data table, each saved output's table and chart as inline SVG), CSV and XLSX
downloads next to each page and one plain style sheet. Links are relative, nothing is fetched from
elsewhere, every text is escaped, everything is UTF-8 and Indonesian.

The site is built in a temporary folder beside the target and moved into place at the end, so a
failure or a cancel leaves the old catalogue (or nothing), never half of one. A folder is only
replaced when it holds an earlier PADI catalogue (it has the marker file) or is empty.

This module gathers the pages (``documents.catalogue``) and writes the files; ``render.web.site``
makes the HTML.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.documents.catalogue import STYLE, DatasetPage, IndexEntry, OutputView
from desktop_app.documents.letterhead import Letterhead
from desktop_app.domain import formatting
from desktop_app.domain.columns import ColumnSpec
from desktop_app.domain.errors import BadInput
from desktop_app.domain.filenames import check_path, slug
from desktop_app.domain.steps import Step
from desktop_app.domain.tables import TableData
from desktop_app.services.accounts import letterhead_of
from desktop_app.services.datasets import exporting
from desktop_app.services.runtime import MANIFEST, FolderMerge, merge_folder, write_error

if TYPE_CHECKING:
    from desktop_app.domain.charts import ChartSpec
    from desktop_app.services.accounts import OfficeProfile
    from desktop_app.services.datasets import CatalogEntry, CatalogService, DatasetDetail, DatasetService
    from desktop_app.services.runtime import ServiceContext

MARKER = ".padi-katalog"
ACCESS_LABELS = {"public": "Publik", "restricted": "Terbatas", "non-public": "Tidak publik"}
CHANNEL_LABELS = {"telepon": "telepon", "surat": "surat", "email": "e-mail", "whatsapp": "WhatsApp",
                  "rapat": "rapat"}

Report = Callable[[int, int, str], None]

@dataclass(frozen=True)
class SiteResult:
    """What was written: the index, one page per dataset, and every file (all inside the folder)."""

    index: Path
    pages: tuple[Path, ...]
    files: tuple[Path, ...]
    skipped: tuple[str, ...] = ()  # presented datasets left out because they are not public


# --- small pieces ------------------------------------------------------------------------------
def html_table(headers: Sequence[str], rows: Sequence[Sequence[object]], total: Sequence[object] | None = None,
               caption: str = "", figures: Sequence[int] = ()) -> str:
    """A table as escaped HTML (``render.web.site.html_table``)."""
    from desktop_app.render.web import site  # the renderers load only when a page is made

    return site.html_table(headers, rows, total, caption, figures)


def chart_svg(table: TableData, number: int) -> str:
    """The bar chart of a grouped table as inline SVG (``render.web.site.chart_svg``)."""
    from desktop_app.render.web import site  # reportlab only when a chart is drawn

    return site.chart_svg(table, number)


def spec_svg(spec: ChartSpec, number: int, title: str = "") -> str:
    """Any chart as inline SVG, drawn by the PDF's chart code; ``number`` keeps ids unique on a page."""
    from desktop_app.render.web.chart_svg import spec_svg as svg  # reportlab only when a chart is drawn

    return svg(spec, number, title)


def css() -> str:
    """The style sheet of the catalogue's and the internet package's pages."""
    from desktop_app.render.web import site  # the renderers load only when a page is made

    return site.CSS


def contacts_html(office: OfficeProfile) -> str:
    """The office name and contacts as an escaped <address> block (the website as text, not a link)."""
    from desktop_app.render.web import site  # the renderers load only when a page is made

    return site.contacts_html(letterhead_of(office))


def page_html(title: str, office: OfficeProfile, body: str, *, script: str = "", nav: str = "Katalog Data") -> str:
    """A whole page in the office look: header with ``nav`` linking to index.html, body, contacts."""
    from desktop_app.render.web import site  # the renderers load only when a page is made

    return site.page_html(title, letterhead_of(office), body, script=script, nav=nav)


def _last_confirmation(entry: CatalogEntry) -> str:
    c = entry.last_confirmation
    if c is None:
        return "-"
    return f"{formatting.date(c.confirmed_on)}, {c.source} (melalui {CHANNEL_LABELS.get(c.channel, c.channel)})"


def _meta_rows(entry: CatalogEntry, detail: DatasetDetail) -> list[tuple[str, str]]:
    meta = detail.meta
    rows = [
        ("Judul", meta.name), ("Kelompok", meta.group), ("Deskripsi", meta.description), ("Satuan", meta.unit),
        ("Frekuensi", meta.frequency), ("Periode", meta.period), ("Sumber", meta.source),
        ("Produsen data", meta.producer), ("Kata kunci", ", ".join(meta.keywords)),
        ("Konsep", meta.concept), ("Definisi", meta.definition), ("Ukuran", meta.measure),
        ("Klasifikasi", meta.classification), ("Cara pengumpulan", meta.method), ("Kode wilayah", meta.area_code),
        ("Walidata", meta.custodian), ("Kontak", meta.contact),
        ("Tingkat akses", ACCESS_LABELS.get(meta.access_level, meta.access_level)), ("Lisensi", meta.licence),
        ("Tanggal rilis", formatting.date(meta.release_date) if meta.release_date else ""),
        ("Tanggal pembaruan", formatting.date(meta.modified_date) if meta.modified_date else ""),
        ("Konfirmasi terakhir", _last_confirmation(entry)),
        ("Jumlah baris", formatting.number(entry.rows)),
    ]
    return [(label, value) for label, value in rows if value]


# --- pages -------------------------------------------------------------------------------------
def _headers(columns: Sequence[ColumnSpec]) -> list[str]:
    return [f"{c.name} ({c.unit})" if c.unit else c.name for c in columns]


def _index_entry(entry: CatalogEntry, base: str) -> IndexEntry:
    return IndexEntry(base, entry.title, entry.group, entry.period, entry.keywords, entry.description, entry.rows,
                      entry.source, entry.is_sample)


# --- the whole site ----------------------------------------------------------------------------
def check_target(out_dir: Path, marker: str = MARKER) -> None:
    """Refuse a bad name, a missing parent, a file, or a folder holding other files that is not an earlier
    output of PADI (its ``marker`` or manifest); inside an earlier output only PADI's files are replaced."""
    check_path(out_dir)
    if not out_dir.parent.is_dir():
        raise BadInput("no_such_folder", str(out_dir.parent))
    if out_dir.exists() or out_dir.is_symlink():
        if not out_dir.is_dir() or out_dir.is_symlink():
            raise BadInput("target_not_folder", str(out_dir))
        if any(out_dir.iterdir()) and not ((out_dir / marker).is_file() or (out_dir / MANIFEST).is_file()):
            raise BadInput("target_not_empty", str(out_dir))


def staging_folder(prefix: str, out_dir: Path) -> Path:
    """A new hidden folder beside ``out_dir`` to build in; a read-only or full medium is a message code."""
    try:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=out_dir.parent))
    except OSError as exc:
        raise write_error(exc, out_dir) from exc


def folder_merge(temp: Path, out_dir: Path, marker: str = MARKER) -> FolderMerge:
    """The new folder ``temp``, checked against ``out_dir`` and ready to be put in place there: only the
    files PADI wrote there earlier are replaced, every other file stays (``outputs.FolderMerge``)."""
    return FolderMerge(temp, out_dir, "katalog" if marker == MARKER else "paket-internet", marker)


def move_into_place(temp: Path, out_dir: Path, marker: str = MARKER) -> None:
    """Put the new folder ``temp`` in place as ``out_dir`` at once (see :func:`folder_merge`)."""
    merge_folder(temp, out_dir, "katalog" if marker == MARKER else "paket-internet", marker)


class SiteService:
    """The offline Katalog Data (step 4): a page and downloads per presented public dataset."""

    def __init__(self, ctx: ServiceContext, catalog: CatalogService, datasets: DatasetService) -> None:
        self.ctx, self.catalog, self.datasets = ctx, catalog, datasets

    def build(self, out_dir: Path | str, report: Report | None = None) -> SiteResult:
        """Write the offline catalogue of the presented public datasets into ``out_dir``, as the logged-in user.

        One activity-log entry (step 4, "catalog_exported"). Raises BadInput when the parent folder is
        missing or ``out_dir`` holds other files; Cancelled (from ``report``) leaves nothing behind.
        """
        ctx = self.ctx
        ctx.require_actor()
        out_dir = Path(out_dir)
        check_target(out_dir)
        from desktop_app.render.web import site  # the renderers load only when a page is made

        office = letterhead_of(self.catalog.office())
        entries = self.catalog.entries(presented_only=True)
        public = [e for e in entries if e.access_level == "public"]
        skipped = tuple(e.title for e in entries if e.access_level != "public")
        tick = report or (lambda _done, _total, _text: None)
        temp = staging_folder(".padi-katalog-", out_dir)
        try:
            temp.chmod(0o755)  # mkdtemp makes it private; a catalogue is for everyone who gets the stick
            (temp / STYLE).write_text(site.CSS, encoding="utf-8")
            (temp / MARKER).write_text("Katalog Data offline dibuat oleh PADI.\n", encoding="utf-8")
            written: list[Path] = []
            pages: list[Path] = []
            named: list[IndexEntry] = []
            for done, entry in enumerate(public):
                tick(done, len(public) + 1, f"Menyusun halaman {entry.title} …")
                base = f"data-{entry.id}-{slug(entry.title)}"
                files = self._dataset_page(entry, self.datasets.served(entry.id), base, temp, office)
                pages.append(out_dir / files[0].name)
                written += [out_dir / f.name for f in files]
                named.append(_index_entry(entry, base))
            tick(len(public), len(public) + 1, "Menyusun halaman depan …")
            (temp / "index.html").write_text(site.index_html(named, office, ctx.now()), encoding="utf-8")
            with ctx.db.unit_of_work() as s:
                ctx.log(s, "catalog_exported", step=Step.PRESENT, object_type="catalog",
                        object_label="Katalog Data",
                        detail={"folder": out_dir.name, "pages": len(pages), "datasets": [e.id for e in public],
                                "skipped": len(skipped)})
                move_into_place(temp, out_dir)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                shutil.rmtree(temp)
            if isinstance(exc, OSError):  # a full or pulled disk: a code; the earlier catalogue is kept
                raise write_error(exc, out_dir) from exc
            raise
        index = out_dir / "index.html"
        return SiteResult(index, tuple(pages), (index, out_dir / STYLE, *written), skipped)


    def _dataset_page(self, entry: CatalogEntry, detail: DatasetDetail, base: str, folder: Path,
                          office: Letterhead) -> list[Path]:
        """Write the downloads and the page of one dataset; returns the files written (page first)."""
        from desktop_app.render.web import site  # the renderers load only when a page is made

        meta = exporting.dataset_metadata(detail.meta)
        csv_name, xlsx_name = f"{base}.csv", f"{base}.xlsx"
        exporting.export_csv(detail.columns, detail.rows, folder / csv_name)
        exporting.export_xlsx(detail.columns, detail.rows, folder / xlsx_name, title=detail.meta.name, meta=meta)
        files = [folder / csv_name, folder / xlsx_name]
        outputs = []
        for output in detail.outputs:
            table = self.datasets.output_table(output.id)
            out_csv = f"{base}-keluaran-{output.id}.csv"
            exporting.export_table(table, "csv", folder / out_csv)
            files.append(folder / out_csv)
            outputs.append(OutputView(output.name, table, out_csv))
        page = DatasetPage(base, entry.title, entry.is_sample, tuple(_meta_rows(entry, detail)), tuple(outputs),
                           tuple(_headers(detail.columns)), detail.rows, csv_name, xlsx_name)
        path = folder / f"{base}.html"
        path.write_text(site.dataset_page_html(page, office), encoding="utf-8")
        return [path, *files]


__all__ = ["MARKER", "STYLE", "SiteResult", "SiteService", "chart_svg", "check_target", "contacts_html", "css",
           "html_table", "folder_merge", "move_into_place", "page_html", "slug", "spec_svg",
           "staging_folder"]

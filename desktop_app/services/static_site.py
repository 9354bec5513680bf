"""Step 4: the data catalogue as an offline static site that opens from a USB stick in any browser.

``index.html`` (office, contacts, a searchable list), one page per presented public dataset
(metadata, the data table, each saved output's table and chart as inline SVG), CSV and XLSX
downloads next to each page and one plain style sheet. Links are relative, nothing is fetched from
elsewhere, every text is escaped, everything is UTF-8 and Indonesian.

The site is built in a temporary folder beside the target and moved into place at the end, so a
failure or a cancel leaves the old catalogue (or nothing), never half of one. A folder is only
replaced when it holds an earlier PADI catalogue (it has the marker file) or is empty.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain import formatting
from desktop_app.domain.columns import ColumnSpec
from desktop_app.domain.errors import BadInput
from desktop_app.domain.filenames import check_path, safe_filename
from desktop_app.domain.steps import Step
from desktop_app.domain.tables import TableData
from desktop_app.domain.tabulation import bar_chart_of
from desktop_app.services import exporting
from desktop_app.services.outputs import MANIFEST, FolderMerge, merge_folder
from desktop_app.services.runtime import write_error

if TYPE_CHECKING:
    from desktop_app.domain.charts import ChartSpec
    from desktop_app.services.accounts import OfficeProfile
    from desktop_app.services.datasets import CatalogEntry, DatasetDetail
    from desktop_app.services.office import Services

MARKER = ".padi-katalog"
STYLE = "gaya.css"
MAX_PAGE_ROWS = 2000  # rows shown on a page; the downloads always hold every row
CHART_WIDTH = 640
ACCESS_LABELS = {"public": "Publik", "restricted": "Terbatas", "non-public": "Tidak publik"}
CHANNEL_LABELS = {"telepon": "telepon", "surat": "surat", "email": "e-mail", "whatsapp": "WhatsApp",
                  "rapat": "rapat"}

Report = Callable[[int, int, str], None]

CSS = """\
body { font-family: "Segoe UI", Arial, sans-serif; margin: 0; color: #222; background: #fff; line-height: 1.45; }
header, main, footer { padding: 0.8em 1.5em; }
header { background: #1f4e79; color: #fff; }
header a { color: #fff; }
header .office { font-size: 1.3em; font-weight: bold; }
footer { border-top: 1px solid #ccc; color: #444; font-size: 0.92em; margin-top: 2em; }
h1 { font-size: 1.5em; margin: 0.4em 0; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #d9dde2; }
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.55em; vertical-align: top; }
th { background: #eef2f6; text-align: left; }
td.num { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f6f6f6; }
table.meta th { width: 12em; }
.note { color: #7a4b00; font-style: italic; }
.status { color: #555; font-size: 0.92em; }
.downloads a { margin-right: 1em; }
#cari { font-size: 1.05em; padding: 0.35em; width: min(36em, 95%); }
ul.catalogue { list-style: none; padding: 0; }
ul.catalogue li { border-bottom: 1px solid #e3e3e3; padding: 0.6em 0; }
ul.catalogue .sub { color: #555; font-size: 0.92em; }
.chart svg { max-width: 100%; height: auto; }
.scroll { overflow-x: auto; }
@media print { header { background: none; color: #000; } #cari, .downloads { display: none; } }
"""

SEARCH_SCRIPT = """\
(function () {
  var box = document.getElementById("cari");
  var items = document.querySelectorAll("ul.catalogue li");
  var count = document.getElementById("jumlah");
  function filter() {
    var words = box.value.toLowerCase().split(/\\s+/).filter(function (w) { return w; });
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var text = items[i].getAttribute("data-cari");
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      items[i].hidden = !ok;
      if (ok) { shown++; }
    }
    count.textContent = shown + " dari " + items.length + " kumpulan data";
  }
  box.addEventListener("input", filter);
  filter();
})();
"""


@dataclass(frozen=True)
class SiteResult:
    """What was written: the index, one page per dataset, and every file (all inside the folder)."""

    index: Path
    pages: tuple[Path, ...]
    files: tuple[Path, ...]
    skipped: tuple[str, ...] = ()  # presented datasets left out because they are not public


# --- small pieces ------------------------------------------------------------------------------
def slug(text: str, limit: int = 48) -> str:
    """A file-name-safe ASCII piece of a title: 'Izin Terbit 2025' -> 'izin-terbit-2025'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return safe_filename(cleaned[:limit].rstrip("-"), "data")  # 'con', 'lpt1'… are reserved on Windows


def _cell(value: object, figure: bool = False) -> tuple[str, bool]:
    """(text, is a number) of a value as people read it: 1.234,5; 12 Maret 2024; a ``figure`` without a
    value (a series' missing period) as NO_VALUE."""
    if value is None:
        return (formatting.NO_VALUE, True) if figure else ("", False)
    if isinstance(value, bool):
        return ("Ya" if value else "Tidak"), False
    if isinstance(value, (int, float, Decimal)):
        return formatting.number(float(value) if isinstance(value, Decimal) else value), True
    if isinstance(value, (dt.date, dt.datetime)):
        return formatting.date(value), False
    return str(value), False


def html_table(headers: Sequence[str], rows: Sequence[Sequence[object]], total: Sequence[object] | None = None,
               caption: str = "", figures: Sequence[int] = ()) -> str:
    """A table as escaped HTML; numbers right-aligned as people read them, the total row last; an empty cell
    of a ``figures`` column (a table's numeric columns) is a figure without a value."""
    out = ['<div class="scroll"><table>']
    if caption:
        out.append(f"<caption>{escape(caption)}</caption>")
    out.append("<thead><tr>" + "".join(f"<th scope=\"col\">{escape(str(h))}</th>" for h in headers) + "</tr></thead>")
    out.append("<tbody>")
    width = len(headers)
    for row, css in [(r, "") for r in rows] + ([(total, ' class="total"')] if total is not None else []):
        cells = []
        for j, value in enumerate((list(row) + [None] * width)[:width]):
            text, numeric = _cell(value, j in figures)
            cells.append(f'<td class="num">{escape(text)}</td>' if numeric else f"<td>{escape(text)}</td>")
        out.append(f"<tr{css}>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def chart_svg(table: TableData, number: int) -> str:
    """The bar chart of a grouped table as inline SVG (reportlab), without DTD or namespace URLs."""
    return spec_svg(bar_chart_of(table), number, table.title)


def spec_svg(spec: ChartSpec, number: int, title: str = "") -> str:
    """Any chart as inline SVG, drawn by the PDF's chart code; ``number`` keeps ids unique on a page."""
    from reportlab.graphics import renderSVG

    from desktop_app.services.pdf_charts import chart_drawing
    from desktop_app.services.pdf_export import FONT, register_fonts

    register_fonts()
    title = title or spec.title
    drawing = chart_drawing(spec, CHART_WIDTH, FONT)
    svg = renderSVG.drawToString(drawing)
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg)  # HTML needs no namespace; keeps the page URL-free
    svg = svg.replace('id="clip"', f'id="clip-{number}"').replace("url(#clip)", f"url(#clip-{number})")
    svg = svg.replace('id="group"', f'id="grafik-{number}"')
    svg = svg.replace("<title>...</title>", f"<title>{escape(title)}</title>", 1)
    svg = svg.replace("<desc>...</desc>", "", 1)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(title)}" ', 1)


def contacts_html(office: OfficeProfile) -> str:
    """The office name and contacts as an escaped <address> block (the website as text, not a link)."""
    parts = [f"<strong>{escape(office.name)}</strong>"]
    if office.address:
        parts.append(escape(office.address))
    line = []
    if office.phone:
        line.append(f"Telp. {escape(office.phone)}")
    if office.fax:
        line.append(f"Faks. {escape(office.fax)}")
    if line:
        parts.append(" · ".join(line))
    line = []
    if office.email:
        line.append(f"E-mail: {escape(office.email)}")
    if office.website:
        web = re.sub(r"^[a-z]+://", "", office.website.strip(), flags=re.IGNORECASE)
        line.append(f"Laman: {escape(web)}")  # as text without a scheme, not a link: the site stays offline
    if line:
        parts.append(" · ".join(line))
    return "<address>" + "<br>".join(parts) + "</address>"


def page_html(title: str, office: OfficeProfile, body: str, *, script: str = "", nav: str = "Katalog Data") -> str:
    """A whole page in the office look: header with ``nav`` linking to index.html, body, contacts."""
    head_title = escape(f"{title} — {office.short_name or office.name}")
    tail = f"<script>\n{script}</script>\n" if script else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{head_title}</title>\n<link rel=\"stylesheet\" href=\"{STYLE}\">\n</head>\n<body>\n"
        f"<header><div class=\"office\">{escape(office.name)}</div>"
        f"<div>{escape(office.government)}</div>"
        f"<nav><a href=\"index.html\">{escape(nav)}</a></nav></header>\n"
        f"<main>\n{body}\n</main>\n<footer>{contacts_html(office)}</footer>\n{tail}</body>\n</html>\n")


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
def _dataset_page(services: Services, entry: CatalogEntry, detail: DatasetDetail, base: str, folder: Path,
                  office: OfficeProfile) -> list[Path]:
    """Write the page of one dataset and its downloads; returns the files written (page first)."""
    meta = exporting.dataset_metadata(detail.meta)
    csv_name, xlsx_name = f"{base}.csv", f"{base}.xlsx"
    exporting.export_csv(detail.columns, detail.rows, folder / csv_name)
    exporting.export_xlsx(detail.columns, detail.rows, folder / xlsx_name, title=detail.meta.name, meta=meta)
    files = [folder / csv_name, folder / xlsx_name]
    body = [f"<h1>{escape(entry.title)}</h1>"]
    if entry.is_sample:
        body.append('<p class="note">Data contoh (bukan data resmi).</p>')
    body.append('<p class="downloads">Unduh data: '
                f'<a href="{escape(csv_name)}" download>CSV</a> '
                f'<a href="{escape(xlsx_name)}" download>Excel (XLSX)</a></p>')
    body.append('<h2>Metadata</h2><table class="meta"><tbody>' + "".join(
        f"<tr><th scope=\"row\">{escape(label)}</th><td>{escape(value)}</td></tr>"
        for label, value in _meta_rows(entry, detail)) + "</tbody></table>")
    for number, output in enumerate(detail.outputs, start=1):
        table = services.datasets.output_table(output.id)
        out_csv = f"{base}-keluaran-{output.id}.csv"
        exporting.export_table(table, "csv", folder / out_csv)
        files.append(folder / out_csv)
        body.append(f"<h2>{escape(output.name)}</h2>")
        body.append(f'<div class="chart">{chart_svg(table, number)}</div>')
        body.append(html_table(table.headers, table.rows, table.total, figures=table.numeric_columns))
        if table.source:
            body.append(f'<p class="status">Sumber: {escape(table.source)}</p>')
        if table.note:
            body.append(f'<p class="status">Catatan: {escape(table.note)}</p>')
        body.append(f'<p class="downloads"><a href="{escape(out_csv)}" download>Unduh tabel (CSV)</a></p>')
    body.append("<h2>Data</h2>")
    shown = detail.rows[:MAX_PAGE_ROWS]
    if len(shown) < len(detail.rows):
        body.append(f'<p class="note">Ditampilkan {formatting.number(len(shown))} dari '
                    f"{formatting.number(len(detail.rows))} baris; data lengkap ada di unduhan CSV dan XLSX.</p>")
    body.append(html_table(_headers(detail.columns), shown))
    page = folder / f"{base}.html"
    page.write_text(page_html(entry.title, office, "\n".join(body)), encoding="utf-8")
    return [page, *files]


def _headers(columns: Sequence[ColumnSpec]) -> list[str]:
    return [f"{c.name} ({c.unit})" if c.unit else c.name for c in columns]


def _index(entries: Sequence[tuple[CatalogEntry, str]], office: OfficeProfile, made: dt.datetime) -> str:
    items = []
    for entry, base in entries:
        search = " ".join((entry.title, entry.group, entry.period, " ".join(entry.keywords),
                           entry.description)).lower()
        sub = " · ".join(x for x in (entry.group, entry.period, f"{formatting.number(entry.rows)} baris",
                                     f"sumber: {entry.source}" if entry.source else "") if x)
        sample = ' <span class="note">(data contoh)</span>' if entry.is_sample else ""
        desc = f"<div>{escape(entry.description)}</div>" if entry.description else ""
        items.append(f'<li data-cari="{escape(search)}"><a href="{escape(base)}.html">{escape(entry.title)}</a>'
                     f'{sample}<div class="sub">{escape(sub)}</div>{desc}</li>')
    empty = "" if items else "<p>Belum ada Kumpulan Data yang disajikan.</p>"
    body = (
        "<h1>Katalog Data</h1>"
        f"<p>Data dan informasi yang telah divalidasi oleh {escape(office.name)}. "
        "Pertanyaan tentang data dapat disampaikan melalui kontak di bawah.</p>"
        f"{contacts_html(office)}"
        '<p><label for="cari">Cari (judul, kelompok, periode, kata kunci):</label><br>'
        '<input id="cari" type="search" autocomplete="off"></p>'
        f'<p class="status" id="jumlah">{len(items)} kumpulan data</p>'
        f'<ul class="catalogue">{"".join(items)}</ul>{empty}'
        f'<p class="status">Dibuat {escape(formatting.datetime(made))} dengan PADI.</p>')
    return page_html("Katalog Data", office, body, script=SEARCH_SCRIPT)


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


def build_site(services: Services, out_dir: Path | str, report: Report | None = None) -> SiteResult:
    """Write the offline catalogue of the presented public datasets into ``out_dir``, as the logged-in user.

    One activity-log entry (step 4, "catalog_exported"). Raises BadInput when the parent folder is
    missing or ``out_dir`` holds other files; Cancelled (from ``report``) leaves nothing behind.
    """
    ctx = services.ctx
    ctx.require_actor()
    out_dir = Path(out_dir)
    check_target(out_dir)
    office = services.catalog.office()
    entries = services.catalog.entries(presented_only=True)
    public = [e for e in entries if e.access_level == "public"]
    skipped = tuple(e.title for e in entries if e.access_level != "public")
    tick = report or (lambda _done, _total, _text: None)
    temp = staging_folder(".padi-katalog-", out_dir)
    try:
        temp.chmod(0o755)  # mkdtemp makes it private; a catalogue is for everyone who gets the stick
        (temp / STYLE).write_text(CSS, encoding="utf-8")
        (temp / MARKER).write_text("Katalog Data offline dibuat oleh PADI.\n", encoding="utf-8")
        written: list[Path] = []
        pages: list[Path] = []
        named: list[tuple[CatalogEntry, str]] = []
        for done, entry in enumerate(public):
            tick(done, len(public) + 1, f"Menyusun halaman {entry.title} …")
            base = f"data-{entry.id}-{slug(entry.title)}"
            files = _dataset_page(services, entry, services.datasets.served(entry.id), base, temp, office)
            pages.append(out_dir / files[0].name)
            written += [out_dir / f.name for f in files]
            named.append((entry, base))
        tick(len(public), len(public) + 1, "Menyusun halaman depan …")
        (temp / "index.html").write_text(_index(named, office, ctx.now()), encoding="utf-8")
        with ctx.db.unit_of_work() as s:
            ctx.log(s, "catalog_exported", step=Step.PRESENT, object_type="catalog",
                    object_label="Katalog Data",
                    detail={"folder": out_dir.name, "pages": len(pages), "datasets": [e.id for e, _ in named],
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


__all__ = ["CSS", "MARKER", "STYLE", "SiteResult", "build_site", "chart_svg", "check_target", "contacts_html",
           "html_table", "folder_merge", "move_into_place", "page_html", "slug", "spec_svg", "staging_folder"]

"""The offline catalogue as HTML: the style sheet, the index with its search, one page per dataset with its
metadata, charts (inline SVG) and tables, and the pieces (table, page frame, contacts) the internet
package's pages share. Every user text is escaped; the pages link nothing outside the folder."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from html import escape

from desktop_app.documents.catalogue import MAX_PAGE_ROWS, STYLE, DatasetPage, IndexEntry
from desktop_app.documents.letterhead import Letterhead
from desktop_app.domain import formatting
from desktop_app.domain.tables import TableData
from desktop_app.domain.tabulation import bar_chart_of
from desktop_app.render.web.chart_svg import spec_svg

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


def contacts_html(office: Letterhead) -> str:
    """The office name and contacts as an escaped <address> block (the website as text, not a link)."""
    parts = [f"<strong>{escape(office.office_name)}</strong>"]
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


def page_html(title: str, office: Letterhead, body: str, *, script: str = "", nav: str = "Katalog Data") -> str:
    """A whole page in the office look: header with ``nav`` linking to index.html, body, contacts."""
    head_title = escape(f"{title} — {office.short_name or office.office_name}")
    tail = f"<script>\n{script}</script>\n" if script else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{head_title}</title>\n<link rel=\"stylesheet\" href=\"{STYLE}\">\n</head>\n<body>\n"
        f"<header><div class=\"office\">{escape(office.office_name)}</div>"
        f"<div>{escape(office.government)}</div>"
        f"<nav><a href=\"index.html\">{escape(nav)}</a></nav></header>\n"
        f"<main>\n{body}\n</main>\n<footer>{contacts_html(office)}</footer>\n{tail}</body>\n</html>\n")


def dataset_page_html(page: DatasetPage, office: Letterhead) -> str:
    """The page of one dataset: title, downloads, metadata, each output as chart and table, the rows."""
    body = [f"<h1>{escape(page.title)}</h1>"]
    if page.is_sample:
        body.append('<p class="note">Data contoh (bukan data resmi).</p>')
    body.append('<p class="downloads">Unduh data: '
                f'<a href="{escape(page.csv_name)}" download>CSV</a> '
                f'<a href="{escape(page.xlsx_name)}" download>Excel (XLSX)</a></p>')
    body.append('<h2>Metadata</h2><table class="meta"><tbody>' + "".join(
        f"<tr><th scope=\"row\">{escape(label)}</th><td>{escape(value)}</td></tr>"
        for label, value in page.meta_rows) + "</tbody></table>")
    for number, output in enumerate(page.outputs, start=1):
        table = output.table
        body.append(f"<h2>{escape(output.name)}</h2>")
        body.append(f'<div class="chart">{chart_svg(table, number)}</div>')
        body.append(html_table(table.headers, table.rows, table.total, figures=table.numeric_columns))
        if table.source:
            body.append(f'<p class="status">Sumber: {escape(table.source)}</p>')
        if table.note:
            body.append(f'<p class="status">Catatan: {escape(table.note)}</p>')
        body.append(f'<p class="downloads"><a href="{escape(output.csv_name)}" download>Unduh tabel (CSV)</a></p>')
    body.append("<h2>Data</h2>")
    shown = page.rows[:MAX_PAGE_ROWS]
    if len(shown) < len(page.rows):
        body.append(f'<p class="note">Ditampilkan {formatting.number(len(shown))} dari '
                    f"{formatting.number(len(page.rows))} baris; data lengkap ada di unduhan CSV dan XLSX.</p>")
    body.append(html_table(page.headers, shown))
    return page_html(page.title, office, "\n".join(body))


def index_html(entries: Sequence[IndexEntry], office: Letterhead, made: dt.datetime) -> str:
    """The index: the office, a search box and the list of datasets."""
    items = []
    for entry in entries:
        search = " ".join((entry.title, entry.group, entry.period, " ".join(entry.keywords),
                           entry.description)).lower()
        sub = " · ".join(x for x in (entry.group, entry.period, f"{formatting.number(entry.rows)} baris",
                                     f"sumber: {entry.source}" if entry.source else "") if x)
        sample = ' <span class="note">(data contoh)</span>' if entry.is_sample else ""
        desc = f"<div>{escape(entry.description)}</div>" if entry.description else ""
        items.append(f'<li data-cari="{escape(search)}"><a href="{escape(entry.base)}.html">{escape(entry.title)}</a>'
                     f'{sample}<div class="sub">{escape(sub)}</div>{desc}</li>')
    empty = "" if items else "<p>Belum ada Kumpulan Data yang disajikan.</p>"
    body = (
        "<h1>Katalog Data</h1>"
        f"<p>Data dan informasi yang telah divalidasi oleh {escape(office.office_name)}. "
        "Pertanyaan tentang data dapat disampaikan melalui kontak di bawah.</p>"
        f"{contacts_html(office)}"
        '<p><label for="cari">Cari (judul, kelompok, periode, kata kunci):</label><br>'
        '<input id="cari" type="search" autocomplete="off"></p>'
        f'<p class="status" id="jumlah">{len(items)} kumpulan data</p>'
        f'<ul class="catalogue">{"".join(items)}</ul>{empty}'
        f'<p class="status">Dibuat {escape(formatting.datetime(made))} dengan PADI.</p>')
    return page_html("Katalog Data", office, body, script=SEARCH_SCRIPT)

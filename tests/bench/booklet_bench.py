"""Benchmark case booklet_50_pages (run by tests/bench/run.py): a ~50-page A4 booklet with 20 charts and
2,000 table rows through ``render_publication_bytes``, against bare reportlab (SimpleDocTemplate with the
same paragraphs, tables of the same cells and the same bar charts as reportlab Drawings) in the same
process, interleaved. Prints {"seconds", "baseline_seconds", "pages"} as JSON.

    python -m tests.bench.booklet_bench [REPEAT]
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import time
from datetime import datetime

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop_app.documents.publication import ApprovalMark, Foreword, Letterhead, PublicationDocument, Section
from desktop_app.domain.charts import ChartKind, ChartSpec, Series
from desktop_app.domain.formatting import MONTHS_ID
from desktop_app.domain.richtext import from_plain
from desktop_app.domain.tables import TableData
from desktop_app.render.pdf.kit import FONT, FONT_BOLD, register_fonts
from desktop_app.render.pdf.publication import render_publication_bytes

SECTIONS = 20
ROWS_PER_TABLE = 100  # 20 x 100 = 2,000 table rows
TEXT = ("Jumlah izin yang terbit pada periode ini meningkat dibanding periode sebelumnya. Kenaikan terbesar "
        "terjadi pada perizinan berusaha berbasis risiko, sedangkan izin non-berusaha relatif stabil.")


def content() -> list[tuple[str, str, TableData, ChartSpec]]:
    sections = []
    for s in range(SECTIONS):
        rows = tuple((f"Kelurahan {s + 1}.{r + 1}", f"Kecamatan {r % 5 + 1}", 100 + (r * 37 + s) % 900,
                      (r * 13 + s) % 70) for r in range(ROWS_PER_TABLE))
        total = ("Jumlah", "", sum(r[2] for r in rows), sum(r[3] for r in rows))
        table = TableData(f"Izin per kelurahan {s + 1}", ("Kelurahan", "Kecamatan", "Berusaha", "Non-Berusaha"),
                          rows, total, "izin", "Sistem OSS RBA", (2, 3))
        chart = ChartSpec(ChartKind.BAR, f"Izin per bulan {s + 1}", MONTHS_ID,
                          (Series("Berusaha", tuple(float(300 + (i * 17 + s) % 200) for i in range(12))),
                           Series("Non-Berusaha", tuple(float(20 + (i * 7 + s) % 40) for i in range(12)))),
                          y_label="Jumlah izin", unit="izin", source="Sistem OSS RBA")
        sections.append((f"Bagian {s + 1}", TEXT + "\n\n" + TEXT, table, chart))
    return sections


def padi_document(data) -> PublicationDocument:
    head = Letterhead("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Pemerintah Kota Tebing Tinggi",
                      "Jl. Contoh No. 1", "(0621) 555 010", "(0621) 555 011", "dpmptsp@example.go.id",
                      "dpmptsp.example.go.id")
    mark = ApprovalMark("Kepala Contoh", "Kepala Dinas", "197001011998031001", datetime(2026, 12, 1, 9, 0), 1, "ab" * 32)
    sections = tuple(Section(h, body=from_plain(t), table=tb, chart=ch) for h, t, tb, ch in data)
    return PublicationDocument("Buklet Perizinan 2026", "Buklet", "Siti Rahma (Staf)", head, sections, mark,
                               kind="buklet", paper="A4",
                               foreword=Foreword("Puji syukur.", "Kepala Contoh", "Kepala Dinas", "", "1970"))


def bare_pdf(data) -> bytes:
    """The same paragraphs, table cells and bar charts with plain reportlab and its defaults."""
    out = io.BytesIO()
    body = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=14.5)
    heading = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=13, leading=17)
    story = []
    width = A4[0] - 4 * cm
    for title, text, table, chart in data:
        story.append(Paragraph(title, heading))
        story += [Paragraph(part, body) for part in text.split("\n\n")]
        cells = [list(table.headers)] + [[str(v) for v in row] for row in table.rows] + [[str(v) for v in table.total]]
        flow = Table(cells, repeatRows=1)
        flow.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("GRID", (0, 0), (-1, -1), 0.3, "grey")]))
        story += [Paragraph(table.title, body), flow, Spacer(1, 8)]
        drawing = Drawing(width, width * 0.5)
        bars = VerticalBarChart()
        bars.x, bars.y, bars.width, bars.height = 40, 40, width - 60, width * 0.5 - 60
        bars.data = [list(s.values) for s in chart.series]
        bars.categoryAxis.categoryNames = list(chart.categories)
        bars.categoryAxis.labels.fontName = FONT
        bars.valueAxis.labels.fontName = FONT
        drawing.add(bars)
        story += [Paragraph(chart.title, body), drawing]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm).build(story)
    return out.getvalue()


def _timed(make) -> tuple[float, bytes]:
    start = time.perf_counter()
    pdf = make()
    return time.perf_counter() - start, pdf


def main(repeat: int) -> dict[str, float]:
    register_fonts()
    data = content()
    doc = padi_document(data)
    render_publication_bytes(doc)  # warm-up of both sides
    bare_pdf(data)
    padi_times, base_times, pages = [], [], 0
    for _ in range(repeat):
        seconds, pdf = _timed(lambda: render_publication_bytes(doc))
        padi_times.append(seconds)
        pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ") or pdf.count(b"/Type /Page")
        base_times.append(_timed(lambda: bare_pdf(data))[0])
    return {"seconds": statistics.median(padi_times), "baseline_seconds": statistics.median(base_times),
            "pages": pages}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)))

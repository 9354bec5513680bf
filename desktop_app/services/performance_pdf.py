"""The performance report as PDF: letterhead, summary, per-step table (work time, waiting time, lead time),
waiting per person, vector charts, lists, signature, and a last page "Cara penghitungan waktu" that says how
the times are counted (so an employee and the head read the same rule).

Built from pdf_export's public helpers (letterhead, tables, A4 layout, footer, atomic writing), so it
looks like every other document of the office. The signature block names the head with rank and
NIP, or the acting head with "Plt." when a delegation is in force on the day the report is made.
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from desktop_app.domain import formatting
from desktop_app.services.confirmation_letter import place_of
from desktop_app.services.pdf_charts import chart_drawing, fit_text
from desktop_app.services.pdf_export import (
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    MARGIN_X,
    MUTED,
    SAMPLE_MARK,
    SAMPLE_ORANGE,
    Letterhead,
    build_a4_pdf,
    clean_text,
    escape_markup,
    footer_rule,
    letterhead_flowables,
    page_number,
    paragraph_style,
    register_fonts,
    table_flowables,
    table_style,
    write_atomically,
)
from desktop_app.services.performance import LetterheadData, PerformanceReport, Signer
from desktop_app.services.timing import (
    METHOD_TITLE,
    TITLE,
    count_chart,
    holder_table,
    method_paragraphs,
    period_text,
    report_lists,
    share_chart,
    step_table,
    summary_rows,
)

SIGNATURE_WIDTH = 7.2 * cm


@functools.cache
def _styles() -> dict:
    return {
        "title": paragraph_style("perf_title", 13, bold=True, alignment=1, spaceBefore=10, spaceAfter=2),
        "sub": paragraph_style("perf_sub", 10, alignment=1, spaceAfter=10, textColor=MUTED),
        "h": paragraph_style("perf_h", 11, bold=True, spaceBefore=10, spaceAfter=4),
        "plain": paragraph_style("perf_plain", 9.5, leading=12.5),
        "bold": paragraph_style("perf_bold", 9.5, bold=True, leading=12.5),
        "note": paragraph_style("perf_note", 8.5, leading=11, textColor=MUTED, spaceAfter=4),
    }


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(escape_markup(text), _styles()[style])


def pdf_letterhead(data: LetterheadData) -> Letterhead:
    """The office's letterhead for pdf_export (the logo written to a temporary file)."""
    from desktop_app.services.accounts import logo_file as _logo_file  # the one place logos become files

    return Letterhead(office_name=data.office_name, government=data.government, address=data.address,
                      phone=data.phone, fax=data.fax, email=data.email, website=data.website,
                      logo_path=_logo_file(data.logo))


def signature_block(signer: Signer, place_date: str, office_short: str) -> Flowable:
    """'Tebing Tinggi, 2 Desember 2026 / Kepala Dinas …, / (space) / NAME / rank / NIP. …' at the right."""
    title = "\n".join(part for part in (signer.title, office_short.strip()) if part)
    lines: list[Flowable] = [_p(place_date, "plain"), _p(title + ",", "plain"), Spacer(1, 1.8 * cm),
                             Paragraph("<u>" + escape_markup(signer.name or "........................") + "</u>",
                                       _styles()["bold"])]
    if signer.rank.strip():
        lines.append(_p(signer.rank, "plain"))
    lines.append(_p("NIP. " + (signer.nip or "......................"), "plain"))
    box = Table([[lines]], colWidths=[SIGNATURE_WIDTH], hAlign="RIGHT")
    box.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 16), box])


def _summary(report: PerformanceReport) -> Table:
    rows = [[_p(label, "plain"), _p(":", "plain"), _p(value, "bold")] for label, value in summary_rows(report)]
    table = Table(rows, colWidths=[6.5 * cm, 0.4 * cm, FRAME_WIDTH - 6.9 * cm], hAlign="LEFT")
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _footer(canvas: Canvas, page: int, pages: int, report: PerformanceReport) -> None:
    canvas.saveState()
    y = footer_rule(canvas)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    width = FRAME_WIDTH * (0.6 if report.sample else 0.8)
    canvas.drawString(MARGIN_X, y, fit_text(f"{TITLE} · {period_text(report)}", FONT, 7.5, width))
    if report.sample:
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.setFillColor(SAMPLE_ORANGE)
        canvas.drawRightString(MARGIN_X + FRAME_WIDTH * 0.8, y, SAMPLE_MARK)
    page_number(canvas, y, page, pages)
    canvas.restoreState()


def _titled_footer(canvas: Canvas, page: int, pages: int, title: str) -> None:
    canvas.saveState()
    y = footer_rule(canvas)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, y, fit_text(clean_text(title), FONT, 7.5, FRAME_WIDTH * 0.7))
    page_number(canvas, y, page, pages)
    canvas.restoreState()


def page_footer(title: str):  # noqa: ANN201 - a pdf_export.PageDecorator
    """A footer with ``title`` at the left and 'Halaman X dari Y' at the right."""
    return functools.partial(_titled_footer, title=title)


def render_report_bytes(report: PerformanceReport) -> bytes:
    register_fonts()
    story: list[Flowable] = letterhead_flowables(pdf_letterhead(report.letterhead))
    story += [_p(TITLE.upper(), "title"),
              _p(f"Periode {period_text(report)}" + (f" · {report.employee}" if report.employee else ""), "sub"),
              _p("Ringkasan", "h"), _summary(report),
              _p("Tepat waktu dinilai dari waktu kerja (item terbuka untuk dikerjakan), bukan dari waktu tunggu; "
                 "langkah 3 dinilai dari waktu tempuh. Semua waktu dalam jam kerja kantor; satu hari kerja = "
                 + formatting.number(report.day_seconds / 3600, 1) + " jam. Lihat halaman terakhir: "
                 + METHOD_TITLE + ".", "note")]
    story += [_p("Pelaksanaan per langkah SOP", "h")]
    story += table_flowables(dataclasses.replace(step_table(report), title=""))
    holders = holder_table(report)
    story.append(_p(holders.title, "h"))
    if holders.rows:
        story += table_flowables(dataclasses.replace(holders, title=""))
        story.append(_p("Pemegang antrean: pegawai yang menyelesaikan langkah. Waktu tunggu tidak membuat langkah "
                        "terlambat; batas peringatannya diatur per langkah di Pengaturan.", "note"))
    else:
        story.append(_p("Tidak ada pada periode ini.", "note"))
    for spec in (count_chart(report), share_chart(report)):
        story.append(KeepTogether([_p(spec.title, "bold"), Spacer(1, 4),
                                   chart_drawing(spec, FRAME_WIDTH, FONT, height=180), Spacer(1, 8)]))
    for table in report_lists(report):
        story.append(_p(table.title, "h"))
        if table.rows:
            story += table_flowables(dataclasses.replace(table, title=""))
        else:
            story.append(_p("Tidak ada pada periode ini.", "note"))
    place = place_of(report.letterhead.government)
    story.append(signature_block(report.signer, f"{place}, {formatting.date(report.made_at)}",
                                 report.letterhead.short_name))
    story += method_page(report)
    return build_a4_pdf(story, title=TITLE, author=clean_text(report.signer.name), subject=period_text(report),
                        font_size=9.5, decorate=functools.partial(_footer, report=report))


def method_page(report: PerformanceReport) -> list[Flowable]:
    """The last page: how work time, waiting time and the verdicts are counted, with the office's calendar."""
    story: list[Flowable] = [PageBreak(), _p(METHOD_TITLE.upper(), "title"),
                             _p("Aturan yang sama dipakai Dasbor, Lembar Kendali SOP, laporan ini dan bahan e-Kinerja.",
                                "sub")]
    for heading, text in method_paragraphs(report.calendar, report.rules, report.day_seconds):
        story += [_p(heading, "h"), _p(text, "plain")]
    return story


def render_report(report: PerformanceReport, out_path: Path) -> None:
    """Write the report PDF atomically."""
    write_atomically(render_report_bytes(report), Path(out_path))

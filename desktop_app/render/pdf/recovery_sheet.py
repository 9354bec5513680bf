"""The printed recovery sheet of an encrypted backup (Lembar Pemulihan Cadangan), an A4 PDF.

It tells whoever must restore the office's data one day what they need: the office letterhead,
the date, the backup file's name, size and SHA-256, how it is encrypted, where the passphrase is
kept (in the user's words) and the steps to restore. The passphrase itself is never printed: the
sheet has an empty box where a person may write it by hand if the office decides so.
Layout helpers (letterhead, page, footer, writing) are pdf_export's.
"""

from __future__ import annotations

import functools

from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table

from desktop_app.documents.letters import RecoveryFacts, RecoverySheet
from desktop_app.domain import formatting
from desktop_app.render.pdf.kit import (
    FONT,
    FRAME_WIDTH,
    MARGIN_X,
    MUTED,
    RULE,
    build_a4_pdf,
    escape_markup,
    footer_rule,
    letterhead_flowables,
    page_number,
    paragraph_style,
    register_fonts,
    table_style,
)

TITLE = "Lembar Pemulihan Cadangan Terenkripsi"


def _styles() -> dict:
    return {
        "title": paragraph_style("rs_title", 14, bold=True, leading=18, alignment=1),
        "plain": paragraph_style("rs_plain", 10, leading=13.5),
        "bold": paragraph_style("rs_bold", 10, bold=True, leading=13.5),
        "mono": paragraph_style("rs_mono", 9, leading=12),
        "small": paragraph_style("rs_small", 8.5, leading=11, textColor=MUTED),
    }


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(text, _styles()[style])


def _facts_table(facts: RecoveryFacts) -> Table:
    digest = facts.sha256
    rows = [
        ("Berkas cadangan", escape_markup(facts.file_name)),
        ("Dibuat", escape_markup(f"{formatting.datetime(facts.created_at)} oleh {facts.made_by}")),
        ("Ukuran", f"{formatting.number(facts.size)} bita"),
        ("SHA-256", f"<font name='Courier'>{digest[:32]}<br/>{digest[32:]}</font>"),
        ("Enkripsi", "AES-256-GCM per potongan 4 MiB; kunci diturunkan dari frasa sandi dengan scrypt"),
        ("Frasa sandi disimpan di", escape_markup(facts.passphrase_kept_at) or "&nbsp;"),
    ]
    table = Table([[_p(k, "bold"), _p(v, "plain")] for k, v in rows], colWidths=[4.2 * cm, FRAME_WIDTH - 4.2 * cm])
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def _handwriting_box() -> Table:
    label = _p("Frasa sandi (tulis tangan hanya bila kantor memutuskan demikian; simpan lembar ini di tempat "
               "terkunci):", "small")
    box = Table([[label], [""]], colWidths=[FRAME_WIDTH], rowHeights=[None, 2.2 * cm])
    box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 1, RULE), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    return box


STEPS = (
    "Pasang media berisi berkas cadangan di atas, lalu buka PADI dan masuk sebagai administrator.",
    "Buka tab 8 Arsip, klik <b>Pulihkan...</b>, pilih berkas cadangan dan ketik frasa sandinya.",
    "Periksa tanggal dan isi cadangan yang ditampilkan, lalu setujui pemulihan. PADI menyimpan salinan "
    "pengaman basis data lama di sebelahnya dan membuka ulang basis data hasil pemulihan.",
    "Tanpa tampilan grafis: <font name='Courier'>padi restore BERKAS --db BASISDATA --user NAMA "
    "--passphrase-file FRASA.txt</font>.",
    "Cocokkan SHA-256 berkas dengan yang tercetak di atas (<font name='Courier'>padi verify BERKAS</font>). "
    "Tanpa frasa sandi yang benar isi cadangan tidak dapat dibuka oleh siapa pun, termasuk pembuat PADI.",
)


def _footer(canvas: Canvas, page: int, pages: int, file_name: str) -> None:
    canvas.saveState()
    y = footer_rule(canvas)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, y, f"{TITLE} · {file_name}"[:110])
    page_number(canvas, y, page, pages)
    canvas.restoreState()


def render_recovery_sheet_bytes(sheet: RecoverySheet) -> bytes:
    """The sheet as PDF bytes; every string from people is printed literally (escaped)."""
    facts, printed_on = sheet.facts, sheet.printed_on
    register_fonts()
    story = letterhead_flowables(sheet.letterhead)
    story += [Spacer(1, 10), _p(TITLE, "title"), Spacer(1, 4),
              _p(f"Dicetak {formatting.date(printed_on)}", "small"), Spacer(1, 10), _facts_table(facts),
              Spacer(1, 12), _p("Cara memulihkan", "bold"), Spacer(1, 4)]
    story += [_p(f"{n}. {text}", "plain") for n, text in enumerate(STEPS, start=1)]
    story += [Spacer(1, 14), _handwriting_box()]
    return build_a4_pdf(story, title=f"{TITLE} — {facts.file_name}", author=facts.made_by, subject=TITLE,
                        font_size=10, decorate=functools.partial(_footer, file_name=facts.file_name))

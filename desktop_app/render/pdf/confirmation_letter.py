"""Surat Permohonan Konfirmasi Data (step 2): an A4 letter asking a data source to confirm the figures.

Page 1 is the letter on the office letterhead: number, attachment and subject, the date, the
addressee, a short formal request to check the attached table and reply within three working
days, and the signature block. The attachment (Lampiran) follows on its own page: the table,
and a small box for the recipient's answer. The letterhead, fonts, table drawing and escaping of
user text are the PDF kit's (as in the publication PDF), so both documents look like one office.
"""

from __future__ import annotations

import dataclasses
import functools

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from desktop_app.documents.letterhead import Letterhead
from desktop_app.documents.letters import ConfirmationLetter
from desktop_app.domain import formatting
from desktop_app.domain.tables import TableData
from desktop_app.render.pdf.charts import fit_text
from desktop_app.render.pdf.kit import (
    FONT,
    FRAME_WIDTH,
    MARGIN_X,
    MUTED,
    RULE,
    build_a4_pdf,
    clean_text,
    escape_markup,
    footer_rule,
    letterhead_flowables,
    page_number,
    paragraph_style,
    place_of,
    register_fonts,
    table_flowables,
    table_style,
)

SUBJECT = "Permohonan Konfirmasi Data"
ATTACHMENT = "1 (satu) berkas"
REPLY_DAYS = "3 (tiga) hari kerja"
LABEL_WIDTH = 2.3 * cm
SIGNATURE_WIDTH = 7.2 * cm


@functools.cache
def _letter_styles() -> dict[str, ParagraphStyle]:
    return {
        "plain": paragraph_style("letter_plain", 10.5, leading=14),
        "bold": paragraph_style("letter_bold", 10.5, bold=True, leading=14),
        "date": paragraph_style("letter_date", 10.5, leading=14, alignment=2),
        "body": paragraph_style("letter_body", 10.5, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=7,
                       firstLineIndent=1.0 * cm),
        "salutation": paragraph_style("letter_salutation", 10.5, leading=15.5, spaceAfter=7),
        "name": paragraph_style("letter_name", 10.5, bold=True, leading=14),
        "heading": paragraph_style("letter_heading", 11, bold=True, leading=14, spaceAfter=2),
        "small": paragraph_style("letter_small", 9, leading=12),
        "note": paragraph_style("letter_note", 8.5, leading=11, textColor=MUTED, spaceBefore=2, spaceAfter=6),
    }


def _p(markup: str, style: str) -> Paragraph:
    """A paragraph from markup we built ourselves (user text inside it already escaped)."""
    return Paragraph(markup, _letter_styles()[style])


def _fields(rows: list[tuple[str, str]], widths: tuple[float, float, float]) -> Table:
    """'Nomor : …' lines with the colons aligned."""
    body = [[_p(escape_markup(label), "plain"), _p(":", "plain"), _p(value, "plain")] for label, value in rows]
    table = Table(body, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _heading_block(number: str, date_text: str, place: str, addressee: str, addressee_place: str) -> list[Flowable]:
    left_width = FRAME_WIDTH - SIGNATURE_WIDTH
    fields = _fields([("Nomor", escape_markup(number)), ("Sifat", "Biasa"), ("Lampiran", ATTACHMENT),
                      ("Perihal", f"<b>{SUBJECT}</b>")],
                     (LABEL_WIDTH, 0.4 * cm, left_width - LABEL_WIDTH - 0.4 * cm - 0.4 * cm))
    to = [_p("Kepada", "plain"), _p("Yth. " + escape_markup(addressee), "bold"), _p("di", "plain"),
          _p("&nbsp;" * 8 + escape_markup(addressee_place or "Tempat"), "plain")]
    block = Table([[fields, to]], colWidths=[left_width, SIGNATURE_WIDTH])
    block.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 10), _p(escape_markup(f"{place}, {date_text}"), "date"), Spacer(1, 8), block, Spacer(1, 16)]


def _contacts(head: Letterhead) -> str:
    parts = [label + escape_markup(value) for label, value in (("telepon ", head.phone), ("faksimile ", head.fax),
                                                          ("e-mail ", head.email)) if value.strip()]
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " atau " + parts[-1]
    return f", melalui {joined}"


def _body(head: Letterhead, dataset_title: str) -> list[Flowable]:
    office = escape_markup(" ".join(clean_text(head.office_name).split()))
    return [
        _p("Dengan hormat,", "salutation"),
        _p("Dalam rangka pelaksanaan Standar Operasional Prosedur Pengelolaan Data dan Informasi pada "
           f"{office}, khususnya koordinasi dan konfirmasi akurasi serta validasi data, bersama ini kami "
           f"sampaikan data <b>{escape_markup(dataset_title)}</b> sebagaimana terlampir.", "body"),
        _p("Sehubungan dengan hal tersebut, kami mohon kiranya Bapak/Ibu berkenan memeriksa dan "
           "mengonfirmasi kebenaran angka-angka pada tabel terlampir, serta menyampaikan koreksi apabila "
           "terdapat perbedaan dengan data yang ada pada instansi Bapak/Ibu. Tanggapan kami harapkan "
           f"dapat disampaikan paling lambat {REPLY_DAYS} sejak surat ini diterima{_contacts(head)}.", "body"),
        _p("Demikian kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.", "body"),
    ]


def _signature(title: str, name: str, nip: str, rank: str) -> Flowable:
    lines: list[Flowable] = [_p(escape_markup(title.rstrip(",")) + ",", "plain"), Spacer(1, 2.0 * cm),
                             _p("<u>" + escape_markup(name) + "</u>", "name")]
    if rank.strip():
        lines.append(_p(escape_markup(rank), "plain"))
    if nip.strip():
        lines.append(_p("NIP. " + escape_markup(nip), "plain"))
    box = Table([[lines]], colWidths=[SIGNATURE_WIDTH], hAlign="RIGHT")
    box.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 14), box])


def _attachment(number: str, date_text: str, dataset_title: str, table: TableData, omitted_rows: int) -> list[Flowable]:
    width = SIGNATURE_WIDTH + 1.5 * cm
    fields = _fields([("Nomor", escape_markup(number)), ("Tanggal", escape_markup(date_text)), ("Perihal", SUBJECT)],
                     (1.8 * cm, 0.4 * cm, width - 2.2 * cm))
    header = Table([[_p("Lampiran Surat", "bold")], [fields]], colWidths=[width], hAlign="RIGHT")
    header.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [PageBreak(), header, Spacer(1, 16),
                             _p("DATA YANG DIMOHONKAN KONFIRMASI", "heading"),
                             _p(escape_markup(table.title.strip() or dataset_title), "plain"), Spacer(1, 8)]
    # The title is printed above; without a caption the table starts on this page and splits across pages.
    story += table_flowables(dataclasses.replace(table, title=""))
    if omitted_rows > 0:
        story.append(_p(f"dan seterusnya ({formatting.number(omitted_rows)} baris berikutnya tidak dicantumkan).",
                        "note"))
    answer = [
        _p("<b>Hasil konfirmasi</b> (diisi oleh penerima surat):", "small"),
        Spacer(1, 4),
        _p("☐ Data sudah sesuai &nbsp;&nbsp;&nbsp; ☐ Ada perbaikan (angka yang benar dituliskan pada tabel)", "small"),
        Spacer(1, 10),
        _p("Nama / jabatan: ..................................................... &nbsp; "
           "Tanggal: ....................... &nbsp; Paraf: ..............", "small"),
    ]
    box = Table([[answer]], colWidths=[FRAME_WIDTH])
    box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story += [Spacer(1, 6), KeepTogether([box])]
    return story


def _footer(canvas: Canvas, page: int, pages: int, number: str) -> None:
    canvas.saveState()
    y = footer_rule(canvas)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    label = fit_text(f"Surat Permohonan Konfirmasi Data · Nomor {clean_text(number)}".replace("\n", " "), FONT, 7.5,
                     FRAME_WIDTH * 0.7)
    canvas.drawString(MARGIN_X, y, label)
    page_number(canvas, y, page, pages)
    canvas.restoreState()


def render_confirmation_letter_bytes(letter: ConfirmationLetter) -> bytes:
    """The letter as PDF bytes. Every string is untrusted user text and is printed literally."""
    register_fonts()
    head = letter.letterhead
    date_text = formatting.date(letter.date)
    story = letterhead_flowables(head)
    story += _heading_block(letter.number, date_text, letter.place or place_of(head.government), letter.addressee,
                            letter.addressee_place)
    story += _body(head, letter.dataset_title)
    story.append(_signature(letter.signer_title, letter.signer_name, letter.signer_nip, letter.signer_rank))
    story += _attachment(letter.number, date_text, letter.dataset_title, letter.table, letter.omitted_rows)
    return build_a4_pdf(story, title=f"{SUBJECT} — {clean_text(letter.dataset_title)}",
                        author=clean_text(letter.signer_name), subject=SUBJECT, font_size=10.5,
                        decorate=functools.partial(_footer, number=letter.number))

"""Surat Permohonan Konfirmasi Data (step 2): an A4 letter asking a data source to confirm the figures.

Page 1 is the letter on the office letterhead: number, attachment and subject, the date, the
addressee, a short formal request to check the attached table and reply within three working
days, and the signature block. The attachment (Lampiran) follows on its own page: the table,
and a small box for the recipient's answer. The letterhead, fonts, table drawing and escaping of
user text are those of the publication PDF (pdf_export), so both documents look like one office.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
import os
import re
import tempfile
from pathlib import Path

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from desktop_app.domain import formatting
from desktop_app.domain.tables import TableData
from desktop_app.services.pdf_charts import fit_text
from desktop_app.services.pdf_export import (
    FONT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    Letterhead,
    _clean,
    _letterhead,
    _markup,
    _style,
    _table,
    _table_style,
    register_fonts,
)

SUBJECT = "Permohonan Konfirmasi Data"
ATTACHMENT = "1 (satu) berkas"
REPLY_DAYS = "3 (tiga) hari kerja"
DEFAULT_PLACE = "Tebing Tinggi"
LABEL_WIDTH = 2.3 * cm
SIGNATURE_WIDTH = 7.2 * cm


@functools.cache
def _letter_styles() -> dict[str, ParagraphStyle]:
    return {
        "plain": _style("letter_plain", 10.5, leading=14),
        "bold": _style("letter_bold", 10.5, bold=True, leading=14),
        "date": _style("letter_date", 10.5, leading=14, alignment=2),
        "body": _style("letter_body", 10.5, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=7,
                       firstLineIndent=1.0 * cm),
        "salutation": _style("letter_salutation", 10.5, leading=15.5, spaceAfter=7),
        "name": _style("letter_name", 10.5, bold=True, leading=14),
        "heading": _style("letter_heading", 11, bold=True, leading=14, spaceAfter=2),
        "small": _style("letter_small", 9, leading=12),
        "note": _style("letter_note", 8.5, leading=11, textColor=MUTED, spaceBefore=2, spaceAfter=6),
    }


def _p(markup: str, style: str) -> Paragraph:
    """A paragraph from markup we built ourselves (user text inside it already escaped)."""
    return Paragraph(markup, _letter_styles()[style])


def place_of(government: str) -> str:
    """The city a letter is dated in, from the letterhead's government line.

    'PEMERINTAH KOTA TEBING TINGGI' -> 'Tebing Tinggi'; empty or unusual text -> 'Tebing Tinggi'.
    """
    text = re.sub(r"^\s*PEMERINTAH\s+(KOTA|KABUPATEN|PROVINSI)\s+", "", _clean(government).strip(), flags=re.I)
    text = " ".join(text.split())
    return text.title() if text and text.upper() != _clean(government).strip().upper() else DEFAULT_PLACE


def _fields(rows: list[tuple[str, str]], widths: tuple[float, float, float]) -> Table:
    """'Nomor : …' lines with the colons aligned."""
    body = [[_p(_markup(label), "plain"), _p(":", "plain"), _p(value, "plain")] for label, value in rows]
    table = Table(body, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _heading_block(number: str, date_text: str, place: str, addressee: str, addressee_place: str) -> list[Flowable]:
    left_width = FRAME_WIDTH - SIGNATURE_WIDTH
    fields = _fields([("Nomor", _markup(number)), ("Sifat", "Biasa"), ("Lampiran", ATTACHMENT),
                      ("Perihal", f"<b>{SUBJECT}</b>")],
                     (LABEL_WIDTH, 0.4 * cm, left_width - LABEL_WIDTH - 0.4 * cm - 0.4 * cm))
    to = [_p("Kepada", "plain"), _p("Yth. " + _markup(addressee), "bold"), _p("di", "plain"),
          _p("&nbsp;" * 8 + _markup(addressee_place or "Tempat"), "plain")]
    block = Table([[fields, to]], colWidths=[left_width, SIGNATURE_WIDTH])
    block.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 10), _p(_markup(f"{place}, {date_text}"), "date"), Spacer(1, 8), block, Spacer(1, 16)]


def _contacts(head: Letterhead) -> str:
    parts = [label + _markup(value) for label, value in (("telepon ", head.phone), ("faksimile ", head.fax),
                                                          ("e-mail ", head.email)) if value.strip()]
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " atau " + parts[-1]
    return f", melalui {joined}"


def _body(head: Letterhead, dataset_title: str) -> list[Flowable]:
    office = _markup(" ".join(_clean(head.office_name).split()))
    return [
        _p("Dengan hormat,", "salutation"),
        _p("Dalam rangka pelaksanaan Standar Operasional Prosedur Pengelolaan Data dan Informasi pada "
           f"{office}, khususnya koordinasi dan konfirmasi akurasi serta validasi data, bersama ini kami "
           f"sampaikan data <b>{_markup(dataset_title)}</b> sebagaimana terlampir.", "body"),
        _p("Sehubungan dengan hal tersebut, kami mohon kiranya Bapak/Ibu berkenan memeriksa dan "
           "mengonfirmasi kebenaran angka-angka pada tabel terlampir, serta menyampaikan koreksi apabila "
           "terdapat perbedaan dengan data yang ada pada instansi Bapak/Ibu. Tanggapan kami harapkan "
           f"dapat disampaikan paling lambat {REPLY_DAYS} sejak surat ini diterima{_contacts(head)}.", "body"),
        _p("Demikian kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.", "body"),
    ]


def _signature(title: str, name: str, nip: str, rank: str) -> Flowable:
    lines: list[Flowable] = [_p(_markup(title.rstrip(",")) + ",", "plain"), Spacer(1, 2.0 * cm),
                             _p("<u>" + _markup(name) + "</u>", "name")]
    if rank.strip():
        lines.append(_p(_markup(rank), "plain"))
    if nip.strip():
        lines.append(_p("NIP. " + _markup(nip), "plain"))
    box = Table([[lines]], colWidths=[SIGNATURE_WIDTH], hAlign="RIGHT")
    box.setStyle(_table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 14), box])


def _attachment(number: str, date_text: str, dataset_title: str, table: TableData, omitted_rows: int) -> list[Flowable]:
    width = SIGNATURE_WIDTH + 1.5 * cm
    fields = _fields([("Nomor", _markup(number)), ("Tanggal", _markup(date_text)), ("Perihal", SUBJECT)],
                     (1.8 * cm, 0.4 * cm, width - 2.2 * cm))
    header = Table([[_p("Lampiran Surat", "bold")], [fields]], colWidths=[width], hAlign="RIGHT")
    header.setStyle(_table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [PageBreak(), header, Spacer(1, 16),
                             _p("DATA YANG DIMOHONKAN KONFIRMASI", "heading"),
                             _p(_markup(table.title.strip() or dataset_title), "plain"), Spacer(1, 8)]
    # The title is printed above; without a caption the table starts on this page and splits across pages.
    story += _table(dataclasses.replace(table, title=""))
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
    box.setStyle(_table_style([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story += [Spacer(1, 6), KeepTogether([box])]
    return story


def _footer(canvas: Canvas, number: str, page: int, pages: int) -> None:
    y = 1.15 * cm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 10, PAGE_WIDTH - MARGIN_X, y + 10)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    label = fit_text(f"Surat Permohonan Konfirmasi Data · Nomor {_clean(number)}".replace("\n", " "), FONT, 7.5,
                     FRAME_WIDTH * 0.7)
    canvas.drawString(MARGIN_X, y, label)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, f"Halaman {page} dari {pages}")
    canvas.restoreState()


class _LetterCanvas(Canvas):
    """Holds the pages back until the end so each footer can say 'Halaman X dari Y'."""

    def __init__(self, *args, number: str, **kwargs):
        super().__init__(*args, **kwargs)
        self._number = number
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for page, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _footer(self, self._number, page, len(self._pages))
            super().showPage()
        super().save()


def render_confirmation_letter_bytes(
    letterhead: Letterhead, *, number: str, date: dt.date, addressee: str, addressee_place: str,
    dataset_title: str, table: TableData, signer_name: str, signer_title: str, signer_nip: str,
    signer_rank: str = "", omitted_rows: int = 0, place: str = "",
) -> bytes:
    """The letter as PDF bytes. Every string is untrusted user text and is printed literally."""
    register_fonts()
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{SUBJECT} — {_clean(dataset_title)}", author=_clean(signer_name),
        subject=SUBJECT, creator="PADI", initialFontName=FONT, initialFontSize=10.5,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    template.addPageTemplates([PageTemplate(id="letter", frames=[frame])])
    date_text = formatting.date(date)
    story = _letterhead(letterhead)
    story += _heading_block(number, date_text, place or place_of(letterhead.government), addressee, addressee_place)
    story += _body(letterhead, dataset_title)
    story.append(_signature(signer_title, signer_name, signer_nip, signer_rank))
    story += _attachment(number, date_text, dataset_title, table, omitted_rows)
    template.build(story, canvasmaker=functools.partial(_LetterCanvas, number=number))
    return buffer.getvalue()


def render_confirmation_letter(
    letterhead: Letterhead, *, number: str, date: dt.date, addressee: str, addressee_place: str,
    dataset_title: str, table: TableData, signer_name: str, signer_title: str, signer_nip: str, out_path: Path,
    signer_rank: str = "", omitted_rows: int = 0, place: str = "",
) -> None:
    """Write the letter PDF to ``out_path`` atomically (a reader never sees a half-written file)."""
    data = render_confirmation_letter_bytes(
        letterhead, number=number, date=date, addressee=addressee, addressee_place=addressee_place,
        dataset_title=dataset_title, table=table, signer_name=signer_name, signer_title=signer_title,
        signer_nip=signer_nip, signer_rank=signer_rank, omitted_rows=omitted_rows, place=place)
    out_path = Path(out_path)
    handle = tempfile.NamedTemporaryFile(dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".tmp",
                                         delete=False)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, out_path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise

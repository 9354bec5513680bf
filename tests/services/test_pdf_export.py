"""Tests for the publication PDF export: content, fonts, vector charts, escaping, marks, atomic write."""

from __future__ import annotations

import dataclasses
import hashlib
import math
import os
import re
import shutil
import socket
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.documents.publication import ApprovalMark, Letterhead, PublicationDocument, Section
from desktop_app.domain.charts import ChartKind, ChartSpec, Series
from desktop_app.domain.formatting import MONTHS_ID
from desktop_app.domain.tables import TableData
from desktop_app.render.pdf import kit
from desktop_app.render.pdf import publication as pdf_export
from desktop_app.render.pdf.charts import bar_chart_drawing, category_label_layout, fit_text
from desktop_app.render.pdf.kit import FONT, register_fonts
from desktop_app.render.pdf.publication import render_publication_bytes
from desktop_app.services.publications.printing import render_publication
from desktop_app.services.runtime import outputs

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None or shutil.which("pdfimages") is None,
    reason="poppler-utils (pdftotext, pdffonts, pdfimages) not installed",
)

HASH = hashlib.sha256(b"isi publikasi").hexdigest()

LETTERHEAD = Letterhead(
    office_name="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    government="Pemerintah Kota Tebing Tinggi",
    address="Jl. Dr. Sutomo No. 14, Kota Tebing Tinggi, Sumatera Utara 20614",
    phone="(0621) 21345",
    fax="(0621) 21346",
    email="dpmptsp@tebingtinggikota.go.id",
    website="dpmptsp.tebingtinggikota.go.id",
)

APPROVAL = ApprovalMark(
    approver_name="Drs. Ahmad Yani, M.Si",
    approver_title="Kepala Dinas",
    approver_nip="19700101 199503 1 002",
    approved_at=datetime(2025, 3, 12, 14, 5),
    version=3,
    content_hash=HASH,
)

PERMITS = TableData(
    title="Izin terbit per bulan",
    headers=("Bulan", "Perizinan Berusaha", "Izin Non-Berusaha"),
    rows=tuple((month, 400 + i, 30 + i) for i, month in enumerate(MONTHS_ID[:11])) + (("Desember", 1234567, 74),),
    total=("Jumlah", 1238978, 469),
    unit="izin",
    source="Sistem OSS RBA",
    numeric_columns=(1, 2),
)

CHART = ChartSpec(
    kind=ChartKind.BAR,
    title="Izin terbit per bulan",
    categories=MONTHS_ID,
    series=(Series("Perizinan Berusaha", tuple(float(400 + 10 * i) for i in range(12))),
            Series("Izin Non-Berusaha", tuple(float(30 + i) for i in range(12)))),
    y_label="Jumlah izin",
    unit="izin",
    source="Sistem OSS RBA",
)


def make_doc(**changes) -> PublicationDocument:
    doc = PublicationDocument(
        title="Laporan Pelayanan Perizinan 2024",
        kind_label="Buklet",
        author="Siti Rahma (Staf)",
        letterhead=LETTERHEAD,
        sections=(Section("Ringkasan Perizinan", text="Jumlah izin naik.\n\nParagraf kedua.", table=PERMITS,
                          chart=CHART),),
        approval=APPROVAL,
    )
    return dataclasses.replace(doc, **changes)


def render(tmp_path: Path, doc: PublicationDocument, name: str = "doc.pdf") -> Path:
    out = tmp_path / name
    render_publication(doc, out)
    return out


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def page_count(path: Path) -> int:
    return len(pdftotext(path).split("\f")) - 1


def image_count(path: Path) -> int:
    listing = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    return len(listing.strip().splitlines()) - 2  # two header lines


# --- content ----------------------------------------------------------------------------------


@needs_poppler
def test_text_contains_letterhead_title_table_and_approval(tmp_path):
    text = pdftotext(render(tmp_path, make_doc()))
    for expected in (
        "Laporan Pelayanan Perizinan 2024",
        "PEMERINTAH KOTA TEBING TINGGI",
        "Telp. (0621) 21345",
        "Faks. (0621) 21346",
        "Ringkasan Perizinan",
        "1.234.567",  # numeric column, Indonesian grouping
        "1.238.978",  # total row
        "Satuan: izin",
        "Sumber: Sistem OSS RBA",
        "DISETUJUI",
        "Drs. Ahmad Yani, M.Si",
        "NIP. 19700101 199503 1 002",
        "12 Maret 2025 14.05",
        "Versi 3",
        HASH[:12],
        "Halaman 1 dari",
    ):
        assert expected in text, expected
    assert HASH[:13] not in text  # only the short hash is printed
    assert "DRAF" not in text
    assert "DATA CONTOH" not in text


@needs_poppler
def test_every_footer_has_page_x_of_y_and_version(tmp_path):
    doc = make_doc(sections=(Section("Panjang", text="\n\n".join(["Kalimat panjang. " * 40] * 12)),))
    out = render(tmp_path, doc)
    pages = pdftotext(out).split("\f")[:-1]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        assert f"Versi 3 · {HASH[:12]}" in page


@needs_poppler
def test_fonts_are_embedded_dejavu_and_no_helvetica(tmp_path):
    out = render(tmp_path, make_doc(sample=True, approval=None))
    listing = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    rows = listing.strip().splitlines()[2:]
    assert rows, listing
    assert "Helvetica" not in listing
    assert any("DejaVuSans" in row for row in rows)
    for row in rows:
        assert "DejaVuSans" in row.split()[0], row
        # columns: name type encoding emb sub uni object ID; "emb" is the fourth from the right.
        assert row.split()[-5] == "yes", row


@needs_poppler
def test_chart_is_vector_not_image(tmp_path):
    quarters = dataclasses.replace(CHART, categories=("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"),
                                   series=tuple(dataclasses.replace(s, values=s.values[:4]) for s in CHART.series))
    dense = dataclasses.replace(CHART, title="Per kelurahan", categories=tuple(f"Kel. {i}" for i in range(60)),
                                series=(Series("Izin", tuple(float(i) for i in range(60))),))
    doc = make_doc(sections=(Section("Grafik", chart=CHART), Section("Triwulan", chart=quarters),
                             Section("Padat", chart=dense)))
    out = render(tmp_path, doc)
    assert image_count(out) == 0
    text = pdftotext(out)
    assert "Triwulan III" in text  # category labels are real text
    assert "Perizinan Berusaha" in text and "Izin Non-Berusaha" in text  # legend
    assert "Jumlah izin (izin)" in text  # value axis title with unit
    assert re.search(r"^1\.000$", text, re.M) or re.search(r"^500$", text, re.M)  # value axis ticks


@needs_poppler
def test_logo_is_the_only_image_and_broken_logo_is_skipped(tmp_path):
    from PIL import Image as PILImage

    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (40, 48), (31, 95, 139)).save(logo)
    with_logo = make_doc(letterhead=dataclasses.replace(LETTERHEAD, logo_path=logo))
    assert image_count(render(tmp_path, with_logo, "logo.pdf")) == 1

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"this is not an image")
    for path in (broken, tmp_path / "missing.png"):
        doc = make_doc(letterhead=dataclasses.replace(LETTERHEAD, logo_path=path))
        out = render(tmp_path, doc, f"{path.stem}.pdf")
        assert image_count(out) == 0
        assert "PEMERINTAH KOTA TEBING TINGGI" in pdftotext(out)


# --- untrusted text ---------------------------------------------------------------------------


@needs_poppler
def test_markup_in_user_text_renders_literally(tmp_path):
    nasty = '<b>tebal</b> & <img src="x.png"/>'
    table = TableData(title="<i>t</i>", headers=("<b>H</b>", "N"), rows=((nasty, 1),), numeric_columns=(1,))
    chart = ChartSpec(ChartKind.BAR, "<u>grafik</u>", ("<b>K</b> & L",), (Series("S&P", (1.0,)),))
    doc = make_doc(
        author="Siti <b>Rahma</b>",
        sections=(Section(heading="Judul & <i>miring</i>", text=f"{nasty}\nbaris baru", table=table, chart=chart),),
    )
    text = pdftotext(render(tmp_path, doc))
    assert nasty in text
    assert "Siti <b>Rahma</b>" in text
    assert "Judul & <i>miring</i>" in text
    assert "<b>H</b>" in text
    assert "<u>grafik</u>" in text
    assert "<b>K</b> & L" in text  # chart labels are drawn as-is, not double-escaped
    assert "&amp;" not in text


@needs_poppler
def test_links_and_images_in_user_text_fetch_nothing(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the PDF renderer tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    title = '<a href="http://example.invalid/">x</a>'
    secret = tmp_path / "secret.png"  # must not be read: it would raise on this garbage if it were
    secret.write_bytes(b"not an image")
    doc = make_doc(
        title=title,
        letterhead=dataclasses.replace(LETTERHEAD, address=f'<img src="{secret}"/>'),
        sections=(Section(f'<img src="http://example.invalid/a.png"/> <img src="{secret}"/>'),),
    )
    data = render_publication_bytes(doc)
    assert b"/URI" not in data and b"/Link" not in data
    out = tmp_path / "doc.pdf"
    out.write_bytes(data)
    text = pdftotext(out)
    assert title in text
    assert f'<img src="{secret}"/>' in text
    assert image_count(out) == 0


def test_control_characters_in_user_text_do_not_break_rendering():
    doc = make_doc(title="Judul\x00\x07 dengan\tkontrol\r\nbaris", sections=(Section("Bagian\x1b", text="a\x0cb"),))
    assert render_publication_bytes(doc).startswith(b"%PDF")


def test_absurdly_long_user_text_still_renders():
    huge_cell = "kata " * 6000  # one table row taller than a page
    table = TableData("Besar", ("A", "B"), ((huge_cell, 1), ("x", 2)), numeric_columns=(1,))
    chart = dataclasses.replace(CHART, title="grafik " * 1000,
                                categories=("baris\nbaru",) + CHART.categories[1:],
                                series=(Series("seri\nbaru " * 50, CHART.series[0].values),) + CHART.series[1:])
    doc = make_doc(
        title="judul " * 800,
        author="penulis " * 1000,
        letterhead=dataclasses.replace(LETTERHEAD, address="alamat " * 2000, office_name="kantor " * 500),
        sections=(Section("Bagian " * 300, text="panjang" * 3000, table=table, chart=chart),),
        approval=dataclasses.replace(APPROVAL, approver_name="nama " * 2000),
    )
    assert render_publication_bytes(doc).startswith(b"%PDF")


# --- draft and sample marks -------------------------------------------------------------------


@needs_poppler
def test_draft_and_sample_marks_on_every_page(tmp_path):
    doc = make_doc(approval=None, sample=True,
                   sections=(Section("Panjang", text="\n\n".join(["Kalimat panjang. " * 40] * 12)),))
    out = render(tmp_path, doc)
    pages = pdftotext(out).split("\f")[:-1]
    assert len(pages) >= 2
    for page in pages:
        assert "DRAF — BELUM DISETUJUI" in page
        assert "DATA CONTOH" in page
        assert "Versi" not in page
    assert "DISETUJUI\n" not in pdftotext(out).replace("BELUM DISETUJUI", "")


@needs_poppler
def test_approved_document_is_not_marked_as_sample_by_default(tmp_path):
    text = pdftotext(render(tmp_path, make_doc()))
    assert "DATA CONTOH" not in text and "DRAF" not in text


# --- tables -----------------------------------------------------------------------------------


@needs_poppler
def test_long_table_spans_pages_with_repeated_header(tmp_path):
    rows = tuple((f"Baris {i}", f"PT Usaha Nomor {i}", i * 1000) for i in range(1, 201))
    table = TableData(title="Daftar izin", headers=("Nomor Urut", "Nama Perusahaan", "Nilai Investasi"),
                      rows=rows, total=("Jumlah", "", sum(r[2] for r in rows)), numeric_columns=(2,))
    out = render(tmp_path, make_doc(sections=(Section("Daftar", table=table),)))
    pages = pdftotext(out).split("\f")[:-1]
    table_pages = [page for page in pages if re.search(r"Baris \d+", page)]
    assert len(table_pages) >= 3
    for page in table_pages:
        assert "Nama Perusahaan" in page and "Nilai Investasi" in page
    assert "Baris 1\n" in table_pages[0]
    assert "Baris 200" in table_pages[-1]
    assert "200.000" in table_pages[-1]
    assert "20.100.000" in table_pages[-1]  # total


@needs_poppler
def test_wide_table_stays_inside_the_page_margins(tmp_path):
    headers = ("Kecamatan",) + tuple(f"Jumlah izin jenis {i}" for i in range(1, 14))
    rows = tuple((f"Kecamatan Padang Hilir {r}",) + tuple(r * 123457.5 + i for i in range(13)) for r in range(5))
    table = TableData("Tabel lebar", headers, rows, total=("Jumlah",) + (9999999,) * 13,
                      numeric_columns=tuple(range(1, 14)))
    out = render(tmp_path, make_doc(sections=(Section("Lebar", table=table),)))
    html = pdftotext(out, "-bbox")
    page_width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', html)]
    assert right_edges
    assert max(right_edges) <= page_width - kit.MARGIN_X + 1
    text = pdftotext(out)
    assert "9.999.999" in text  # numbers are not broken across lines
    assert "370.372,50" in text and "493.830" in text


@needs_poppler
def test_non_numeric_columns_are_not_number_formatted(tmp_path):
    table = TableData("Tahun", ("Tahun", "Jumlah"), ((2024, 1500),), numeric_columns=(1,))
    text = pdftotext(render(tmp_path, make_doc(sections=(Section("Tahun", table=table),))))
    assert "2024" in text and "2.024" not in text
    assert "1.500" in text


# --- charts -----------------------------------------------------------------------------------


def assert_labels_do_not_overlap(layout, slot: float) -> None:
    if layout.mode in {"single", "wrapped"}:
        for text in layout.texts:
            assert all(stringWidth(line, FONT, layout.size) <= slot for line in text.split("\n")), text
        return
    assert layout.mode == "rotated"
    shown = [i for i, text in enumerate(layout.texts) if text]
    gap = min((b - a for a, b in zip(shown, shown[1:], strict=False)), default=1) * slot
    # Parallel rotated labels: their distance is gap·sin(angle); it must exceed their lines of text.
    lines = max(text.count("\n") + 1 for text in layout.texts)
    assert gap * math.sin(math.radians(layout.angle)) >= layout.size * 1.1 * lines, layout


@pytest.mark.parametrize("labels, slot", [
    (("A", "B"), 40),
    (MONTHS_ID, 36),
    (MONTHS_ID, 20),
    (("Industri Pengolahan", "Jasa Keuangan"), 60),
    (("Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor",) * 8, 50),
    (tuple(f"Kelurahan {i}" for i in range(60)), 7),
    (tuple(f"Kelurahan {i}" for i in range(120)), 3.5),
])
def test_category_labels_never_overlap(labels, slot):
    register_fonts()
    assert_labels_do_not_overlap(category_label_layout(labels, slot, FONT), slot)


def test_category_label_layout_prefers_horizontal_and_never_shortens_long_labels():
    register_fonts()
    assert category_label_layout(("A", "B"), 40, FONT).mode == "single"
    assert category_label_layout(("Industri Pengolahan", "Jasa Keuangan"), 60, FONT).mode == "wrapped"
    label = "Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor"
    long = category_label_layout((label,) * 8, 50, FONT)
    assert long.mode == "rotated" and long.angle == 45
    assert all(" ".join(text.split()) == label for text in long.texts)  # wrapped perhaps, every word kept


def test_fit_text_shortens_with_an_ellipsis():
    register_fonts()
    assert fit_text("Pendek", FONT, 8, 100) == "Pendek"
    shortened = fit_text("Perdagangan Besar dan Eceran " * 20, FONT, 8, 100)
    assert shortened.endswith("…") and stringWidth(shortened, FONT, 8) <= 100


def test_bar_chart_handles_empty_and_ragged_data():
    register_fonts()
    empty = ChartSpec(ChartKind.BAR, "Kosong", (), ())
    assert bar_chart_drawing(empty, 400, FONT).height > 0
    ragged = ChartSpec(ChartKind.BAR, "Tidak rata", ("A", "B", "C"),
                       (Series("S1", (1.0,)), Series("S2", (1.0, 2.0, 3.0, 4.0)),
                        Series("S3", (float("nan"), -2.0, 5.5))))
    drawing = bar_chart_drawing(ragged, 400, FONT)
    assert drawing.width == 400


# --- a value without data (a series' missing month) ------------------------------------------------
GAP_MONTHS = ("Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024")


def _shapes(node):
    """Every shape of a drawing, groups opened."""
    from reportlab.graphics.shapes import Group

    for item in getattr(node, "contents", ()):
        yield item
        if isinstance(item, Group) or hasattr(item, "contents"):
            yield from _shapes(item)


def _expanded(drawing):
    """The drawing with its charts drawn into plain shapes."""
    from reportlab.graphics.shapes import Drawing, Group

    out = Drawing(drawing.width, drawing.height)

    def expand(node):
        group = Group()
        for item in getattr(node, "contents", ()):
            if hasattr(item, "draw") and not hasattr(item, "contents"):
                group.add(expand(item.draw()))
            elif hasattr(item, "contents"):
                group.add(expand(item))
            else:
                group.add(item)
        return group
    out.add(expand(drawing))
    return out


@pytest.mark.parametrize(("kind", "horizontal"), [(ChartKind.BAR, False), (ChartKind.BAR, True),
                                                  (ChartKind.STACKED_BAR, False), (ChartKind.LINE, False)])
def test_a_value_without_data_is_a_marked_gap_in_the_pdf(kind, horizontal):
    from reportlab.graphics.shapes import PolyLine, Rect

    from desktop_app.render.pdf.charts import chart_drawing

    register_fonts()
    nan = float("nan")
    series = (Series("NIB", (30.0, nan, 35.0, 20.0)), Series("PBG", (12.0, nan, 14.0, 15.0)))
    spec = ChartSpec(kind, "Izin per bulan", GAP_MONTHS, series if kind is ChartKind.STACKED_BAR else series[:1],
                     unit="izin", horizontal=horizontal)
    drawing = _expanded(chart_drawing(spec, 400, FONT))
    shapes = list(_shapes(drawing))
    texts = [item.text for item in shapes if hasattr(item, "text")]
    assert "–" in texts and "– : tidak ada data" in texts
    if kind is ChartKind.LINE:
        lines = [item for item in shapes if isinstance(item, PolyLine)]
        # Two runs (January; March to April): no line is drawn across February.
        xs = [item.points[0::2] for item in lines if len(item.points) >= 4]
        assert len(xs) == 1 and len(xs[0]) == 2
    else:
        bars = [item for item in shapes if isinstance(item, Rect) and item.fillColor is not None
                and item.fillColor.hexval() in ("0x1f5f8b", "0xe08a1e") and (item.width, item.height) != (8, 8)]
        assert len(bars) == (6 if kind is ChartKind.STACKED_BAR else 3)  # no bar for February
        assert all((item.width if horizontal else item.height) > 0 for item in bars)


def test_a_pie_and_a_key_figure_without_data_show_the_mark():
    from desktop_app.render.pdf.charts import chart_drawing

    register_fonts()
    nan = float("nan")
    pie = ChartSpec(ChartKind.PIE, "Izin", GAP_MONTHS, (Series("Jumlah", (42.0, nan, 49.0, 40.0)),), unit="izin")
    texts = [item.text for item in _shapes(_expanded(chart_drawing(pie, 400, FONT))) if hasattr(item, "text")]
    assert "–" in texts and "0 (0,0%)" not in texts and "– : tidak ada data" in texts
    card = ChartSpec(ChartKind.KEY_FIGURE, "Izin Februari", ("Total",), (Series("Jumlah", (nan,)),), unit="izin")
    texts = [item.text for item in _shapes(_expanded(chart_drawing(card, 300, FONT))) if hasattr(item, "text")]
    assert "–" in texts and "0 izin" not in texts


@needs_poppler
def test_a_table_cell_without_data_is_a_dash_and_the_note_is_printed(tmp_path):
    table = TableData("Izin per bulan", ("Bulan", "Jumlah"), (("Januari 2024", 42), ("Februari 2024", None)),
                      total=("Total", 42), unit="izin", source="OSS", numeric_columns=(1,),
                      note="Tidak ada data untuk Februari 2024 (ditandai –); total hanya mencakup periode yang ada "
                           "datanya.")
    doc = dataclasses.replace(make_doc(), sections=(Section("Izin", text="", table=table),))
    path = tmp_path / "gap.pdf"
    render_publication(doc, path)
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Februari 2024 –" in text and "Catatan: Tidak ada data untuk Februari 2024" in text


# --- writing ----------------------------------------------------------------------------------


def test_render_bytes_is_a_pdf():
    data = render_publication_bytes(make_doc())
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def test_register_fonts_is_idempotent():
    register_fonts()
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} <= set(pdfmetrics.getRegisteredFontNames())


def test_atomic_write_success_leaves_no_temp_files(tmp_path):
    out = tmp_path / "publikasi.pdf"
    out.write_bytes(b"versi lama")
    render_publication(make_doc(), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["publikasi.pdf"]


def test_atomic_write_failure_keeps_old_file_and_cleans_up(tmp_path, monkeypatch):
    out = tmp_path / "publikasi.pdf"

    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(outputs.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        render_publication(make_doc(), out)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []

    out.write_bytes(b"versi lama")
    with pytest.raises(OSError, match="disk full"):
        render_publication(make_doc(), out)
    assert out.read_bytes() == b"versi lama"
    assert [p.name for p in tmp_path.iterdir()] == ["publikasi.pdf"]


def test_render_failure_creates_no_file(tmp_path, monkeypatch):
    out = tmp_path / "publikasi.pdf"

    def broken_render(doc):
        raise RuntimeError("render failed")

    monkeypatch.setattr(pdf_export, "render_publication_bytes", broken_render)
    with pytest.raises(RuntimeError):
        render_publication(make_doc(), out)
    assert list(tmp_path.iterdir()) == []
    assert not os.path.exists(out)

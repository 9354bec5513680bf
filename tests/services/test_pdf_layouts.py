"""Every kind of publication through the one entry point: page sizes and counts, the brochure panels,
the booklet's cover/foreword/contents/back cover, the poster's key figures; title, figures and the
approval mark found by pdftotext; rich text escaped; images only from the content's bytes."""

from __future__ import annotations

import dataclasses
import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PilImage

from desktop_app.documents.publication import Foreword, Section
from desktop_app.domain.richtext import Block, Run
from desktop_app.render.pdf.publication import render_publication_bytes
from tests.services.test_pdf_export import CHART, PERMITS, make_doc, needs_poppler

FOREWORD = Foreword(text="Puji syukur kami panjatkan.\n\nBuklet ini memuat data perizinan.",
                    signer_name="Bonar Sitompul", signer_title="Plt. Kepala Dinas", signer_rank="Pembina (IV/a)",
                    signer_nip="197001011998031001")

RICH = (Block("h1", (Run("Sorotan"),)),
        Block("p", (Run("Izin "), Run("naik tajam", bold=True), Run(" tahun ini", italic=True))),
        Block("bullet", (Run("NIB terbit lebih cepat"),)),
        Block("number", (Run("Langkah pertama"),)),
        Block("number", (Run("Langkah kedua"),)))


def png(width: int = 40, height: int = 30, color=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    PilImage.new("RGB", (width, height), color).save(out, "PNG")
    return out.getvalue()


def sections(count: int = 2) -> tuple[Section, ...]:
    return tuple(Section(f"Bagian {i + 1}", body=RICH, table=PERMITS, chart=CHART,
                         narrative="Jumlah izin seluruhnya sebanyak 1.238.978 izin.", image=png(),
                         image_caption="Gambar kantor") for i in range(count))


def doc_of(kind: str, paper: str = "", **changes):
    return make_doc(kind=kind, paper=paper, kind_label={"brosur": "Brosur", "buklet": "Buklet", "web": "Halaman Web",
                                                        "poster": "Poster"}[kind],
                    sections=sections(changes.pop("count", 2)), **changes)


def write(tmp_path: Path, doc, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(render_publication_bytes(doc))
    return path


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def pages(path: Path) -> list[str]:
    return text_of(path).split("\f")[:-1]


def page_size_mm(path: Path) -> tuple[int, int]:
    width, _x, height, *_ = pdfinfo(path)["Page size"].split()
    return round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)


@needs_poppler
@pytest.mark.parametrize(("kind", "paper", "size_mm"), [
    ("brosur", "", (297, 210)), ("buklet", "A5", (148, 210)), ("buklet", "A4", (210, 297)),
    ("web", "", (210, 297)), ("poster", "A3", (297, 420)), ("poster", "A2", (420, 594)),
])
def test_every_kind_has_its_paper_title_figures_and_approval_mark(tmp_path, kind, paper, size_mm):
    path = write(tmp_path, doc_of(kind, paper, foreword=FOREWORD if kind == "buklet" else None), f"{kind}{paper}.pdf")
    assert page_size_mm(path) == size_mm
    text = text_of(path)
    flat = " ".join(text.split())
    assert "Laporan Pelayanan Perizinan 2024" in flat
    assert "1.238.978" in text  # a figure of the table
    assert "DISETUJUI" in text and "Drs. Ahmad Yani, M.Si" in text and "Versi 3" in text
    assert "Hash " + make_doc().approval.short_hash in flat
    assert "naik tajam" in flat and "Langkah kedua" in flat
    assert "Halaman 1 dari" in text
    assert "DRAF" not in text


@needs_poppler
def test_brochure_is_two_landscape_pages_with_cover_back_panel_and_fold_marks(tmp_path):
    path = write(tmp_path, doc_of("brosur", count=1), "brosur.pdf")
    first, second = pages(path)
    assert "BROSUR" in first and "Hubungi Kami" in first and "(0621) 21345" in first
    assert "Bagian 1" in first + second
    assert pdfinfo(path)["Pages"] == "2"


@needs_poppler
def test_brochure_shrinks_text_to_stay_on_two_pages(tmp_path, monkeypatch):
    from desktop_app.render.pdf import layouts as pdf_layouts
    doc = doc_of("brosur", count=3)
    doc = dataclasses.replace(doc, sections=tuple(dataclasses.replace(x, image=None) for x in doc.sections))
    monkeypatch.setattr(pdf_layouts, "BROCHURE_SCALES", pdf_layouts.BROCHURE_SCALES[:1])
    assert pdfinfo(write(tmp_path, doc, "big.pdf"))["Pages"] == "3"  # too much for two pages at full size
    monkeypatch.undo()
    assert pdfinfo(write(tmp_path, doc, "fitted.pdf"))["Pages"] == "2"


@needs_poppler
def test_booklet_has_cover_foreword_contents_with_page_numbers_and_back_cover(tmp_path):
    path = write(tmp_path, doc_of("buklet", "A5", count=3, foreword=FOREWORD), "buklet.pdf")
    sheets = pages(path)
    assert "BUKLET" in sheets[0]
    assert "Kata Pengantar" in sheets[1] and "Plt. Kepala Dinas," in sheets[1] and "NIP. 197001011998031001" in sheets[1]
    assert "Daftar Isi" in sheets[2]
    contents = {line.split(" .")[0].strip(): line.split()[-1] for line in sheets[2].splitlines() if "Bagian" in line}
    for heading, page in contents.items():
        assert heading in sheets[int(page) - 1].replace("Daftar Isi", ""), (heading, page)
    assert len(contents) == 3
    assert "Hubungi Kami" in sheets[-1] and "dpmptsp@tebingtinggikota.go.id" in sheets[-1]


@needs_poppler
def test_poster_is_one_page_with_key_figures(tmp_path):
    path = write(tmp_path, doc_of("poster", "A3", count=2), "poster.pdf")
    assert pdfinfo(path)["Pages"] == "1"
    assert "Izin terbit per bulan (izin)" in " ".join(text_of(path).split())


@needs_poppler
@pytest.mark.parametrize("kind", ["brosur", "buklet", "web", "poster"])
def test_rich_text_markup_renders_literally_and_fetches_nothing(tmp_path, kind):
    evil = (Block("p", (Run('<b>tebal</b> & <img src="/etc/passwd"/> <a href="http://x.example">'), Run("</i>", bold=True))),
            Block("h2", (Run("<font name='Courier'>judul</font>"),)))
    doc = dataclasses.replace(doc_of(kind), sections=(Section("A < B & C", body=evil),))
    flat = "".join(text_of(write(tmp_path, doc, "evil.pdf")).split())  # pdftotext may drop spaces in headings
    assert '<b>tebal</b>&<imgsrc="/etc/passwd"/><ahref="http://x.example"></i>' in flat
    assert "<fontname='Courier'>judul</font>" in flat and "A<B&C" in flat


@needs_poppler
def test_draft_marks_every_page_of_every_kind(tmp_path):
    for kind in ("brosur", "buklet", "poster"):
        path = write(tmp_path, doc_of(kind, approval=None, sample=True), f"draf-{kind}.pdf")
        for sheet in pages(path):
            assert "DRAF — BELUM DISETUJUI" in sheet and "DATA CONTOH" in sheet


@needs_poppler
def test_section_images_come_from_the_content_bytes_only(tmp_path):
    path = write(tmp_path, doc_of("web", count=1), "img.pdf")
    listing = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    assert len(listing.strip().splitlines()) - 2 == 1
    broken = dataclasses.replace(doc_of("web", count=1), sections=(Section("X", image=b"\x89PNG\r\n\x1a\nrusak"),))
    assert render_publication_bytes(broken).startswith(b"%PDF")


# --- the brochure spreads its content over the panels ------------------------------------------
def _words(path: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    """(x0, y0, x1, y1, word) of every word on ``page`` (1-based), in points from the top left."""
    import re

    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in pattern.findall(out)]


PERMIT_KINDS = (("Nomor Induk Berusaha (NIB)", 3497), ("Sertifikat Standar", 409), ("Izin (risiko tinggi)", 31),
                ("Persetujuan Bangunan Gedung (PBG)", 306), ("Sertifikat Laik Fungsi (SLF)", 73),
                ("Izin Praktik Tenaga Kesehatan (SIP)", 475), ("Izin Reklame", 207),
                ("Surat Izin Usaha Toko Modern", 9))


def demo_brochure():
    """The demo's brochure: one section with a short text, a table of eight kinds of permit and its chart."""
    from desktop_app.domain.charts import ChartKind, chart_of
    from desktop_app.domain.tables import TableData

    table = TableData("Jumlah Izin Terbit per Jenis Izin Tahun 2025", ("Jenis Izin", "Jumlah"), PERMIT_KINDS,
                      total=("Total", 5007), unit="izin", source="Sistem OSS-RBA", numeric_columns=(1,))
    section = Section("Ringkasan", text="Sepanjang tahun 2025 DPMPTSP menerbitkan izin melalui sistem OSS-RBA. "
                                        "Rincian per jenis izin disajikan di bawah ini.",
                      table=table, chart=chart_of(table, ChartKind.BAR))
    return make_doc(kind="brosur", kind_label="Brosur", sections=(section,))


@needs_poppler
def test_the_brochure_fills_its_inside_panels_and_the_chart_takes_the_room_it_has(tmp_path):
    path = write(tmp_path, demo_brochure(), "brosur.pdf")
    assert pdfinfo(path)["Pages"] == "2"
    width, height = 842.0, 595.0
    frame_top, frame_bottom = 1.0 / 2.54 * 72, height - 1.7 / 2.54 * 72  # the panels' frames, from the top
    inside = [w for w in _words(path, 2) if w[3] < frame_bottom]  # the page footer left out
    panels = [[w for w in inside if i * width / 3 <= w[0] < (i + 1) * width / 3] for i in range(3)]
    assert all(panels), [len(p) for p in panels]  # no empty panel inside (it was two thirds empty)
    chart_panel = next(p for p in panels if any(w[4] == "Reklame" for w in p) and not any(w[4] == "Total" for w in p))
    labels = [w for w in chart_panel if w[4] in ("Nomor", "Modern")]  # the first and the last category label
    reach = max(w[3] for w in labels) - min(w[1] for w in labels)
    assert reach > 0.6 * (frame_bottom - frame_top)  # the chart grew to fill its panel
    figure = [w for w in inside if w[4] == "5.007" and w[3] - w[1] > 20]  # the total, standing out big
    assert figure
    words = " ".join(w[4] for w in inside)
    for label, _n in PERMIT_KINDS:  # every category label whole, in the table and in the chart
        assert words.count(label.split()[-1]) >= 2, label
    assert "…" not in words

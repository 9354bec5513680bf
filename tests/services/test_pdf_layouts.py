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

from desktop_app.domain.richtext import Block, Run
from desktop_app.services.pdf_export import Foreword, Section, render_publication_bytes
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
    from desktop_app.services import pdf_layouts
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

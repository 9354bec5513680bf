"""The user guide renderer: the markdown subset, the PDF's cover, contents, chapters, figures and outline."""

from __future__ import annotations

import shutil
import subprocess

import pypdfium2 as pdfium
import pytest
from PIL import Image

from desktop_app.services.office.user_guide import (
    Bullets,
    GuideInfo,
    Heading,
    Para,
    Shot,
    Steps,
    chapter_titles,
    guide_source_path,
    inline_markup,
    missing_shots,
    parse,
    render_guide,
    shot_names,
    write_guide,
)

SAMPLE = """<!-- a comment -->
# Pendahuluan
PADI adalah **program** kantor
untuk data & informasi.

## Peran
- Staf: **menyiapkan** data
- Kepala Dinas
  menyetujui

1. Buka tab
2) Klik tombol

![Dasbor PADI](shot:dashboard)

# Arsip
Cadangkan ke flash disk.
![Tab Arsip](shot:archive)
"""

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_parse_headings_paragraphs_lists_and_shots():
    blocks = parse(SAMPLE)
    assert blocks == [
        Heading(1, "Pendahuluan"),
        Para("PADI adalah **program** kantor untuk data & informasi."),
        Heading(2, "Peran"),
        Bullets(("Staf: **menyiapkan** data", "Kepala Dinas menyetujui")),
        Steps(("Buka tab", "Klik tombol")),
        Shot("Dasbor PADI", "dashboard"),
        Heading(1, "Arsip"),
        Para("Cadangkan ke flash disk."),
        Shot("Tab Arsip", "archive"),
    ]
    assert chapter_titles(blocks) == ["Pendahuluan", "Arsip"]
    assert shot_names(blocks + [Shot("lagi", "archive")]) == ["dashboard", "archive"]


def test_inline_markup_escapes_and_bolds():
    assert inline_markup("a **b** <c> & d") == "a <b>b</b> &lt;c&gt; &amp; d"
    assert inline_markup("run `padi check --db <F>`") == 'run <font backColor="#eceff1">padi check --db &lt;F&gt;</font>'


@needs_poppler
def test_render_has_cover_contents_with_pages_numbered_figures_and_placeholders(tmp_path):
    shots = tmp_path / "shots"
    shots.mkdir()
    Image.new("RGB", (1200, 760), (40, 90, 160)).save(shots / "dashboard.png")
    pdf = render_guide(SAMPLE, shots, GuideInfo(office="Dinas Contoh", version="9.9"))
    out = tmp_path / "g.pdf"
    out.write_bytes(pdf)
    text = pdf_text(out)
    pages = text.split("\f")
    assert "Panduan Pengguna PADI" in pages[0] and "Dinas Contoh" in pages[0] and "9.9" in pages[0]
    toc = pages[1]
    assert "Daftar Isi" in toc
    # chapters start on new pages, and the contents give those page numbers
    chapter_pages = [i + 1 for i, page in enumerate(pages) if "1. Pendahuluan" in page and "Daftar Isi" not in page]
    assert chapter_pages == [3]
    assert any(line.strip().startswith("1. Pendahuluan") and line.rstrip().endswith("3") for line in toc.splitlines())
    assert any(line.strip().startswith("2. Arsip") and line.rstrip().endswith("4") for line in toc.splitlines())
    assert "1.1 Peran" in toc
    assert "Gambar 1. Dasbor PADI" in pages[2] and "Gambar 2. Tab Arsip" in pages[3]
    # the missing screenshot is a framed placeholder naming it; the present one is an image
    assert "shot:archive" in pages[3] and "shot:dashboard" not in text
    assert "Halaman 3 dari 4" in pages[2]
    document = pdfium.PdfDocument(pdf)
    try:
        assert len(document) == 4
        titles = [(item.level, item.get_title()) for item in document.get_toc()]
        assert titles == [(0, "1. Pendahuluan"), (1, "1.1 Peran"), (0, "2. Arsip")]
        assert sum(1 for obj in document[2].get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE) == 1
    finally:
        document.close()


@needs_poppler
def test_the_shipped_guide_renders_every_chapter_without_screenshots(tmp_path):
    markdown = guide_source_path().read_text("utf-8")
    titles = chapter_titles(parse(markdown))
    assert titles[:2] == ["Pendahuluan", "Memasang dan Menyiapkan"]
    assert [title.split(" — ")[0] for title in titles[2:10]] == [f"Langkah {n}" for n in range(1, 9)]
    assert titles[10:] == ["Memulihkan Cadangan", "Mengatasi Masalah"]
    out = write_guide(markdown, None, tmp_path / "guide.pdf")
    text = " ".join(pdf_text(out).split())
    for title in titles:
        assert title in text, title
    assert 15 <= text.count("Gambar layar belum tersedia") == len(shot_names(parse(markdown)))
    assert len(text.split("Halaman ")) > 15
    assert missing_shots(markdown, tmp_path) == shot_names(parse(markdown))

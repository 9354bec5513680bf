"""Bantuan → Panduan Pengguna: the user guide PDF shown page by page, saved as a copy or printed.

The guide comes from ``guide_pdf_path()``: the PDF bundled with the program, or in a checkout the
one ``python -m desktop_app.devtools guide`` wrote to ``build/guide``. When there is none, the guide
is rendered at once without screenshots (framed placeholders), so Help always works; in a checkout
the dialog also offers to make the full guide now, running that command as a separate process.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, QProcessEnvironment, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop_app import __version__
from desktop_app.gui import prompts
from desktop_app.gui.widgets.pdf_pages import PdfPagesView
from desktop_app.paths import resource_path
from desktop_app.services.office import GUIDE_FILE_NAME, GuideInfo, guide_source_path, render_guide

if TYPE_CHECKING:
    from desktop_app.services.office import Services

translate = QCoreApplication.translate

CHECKOUT_ROOT = Path(__file__).resolve().parents[3]


def guide_pdf_path() -> Path | None:
    """The finished guide: bundled with the program, else (in a checkout) ``build/guide``; None when neither."""
    candidates = [resource_path("guide", GUIDE_FILE_NAME)]
    if not getattr(sys, "frozen", False):
        candidates.append(CHECKOUT_ROOT / "build" / "guide" / GUIDE_FILE_NAME)
    return next((path for path in candidates if path.is_file()), None)


def can_make_guide() -> bool:
    """Only a checkout has the developer tools (and a Python) to take screenshots and build the guide."""
    return not getattr(sys, "frozen", False) and (CHECKOUT_ROOT / "desktop_app" / "devtools.py").is_file()


class GuideDialog(QDialog):
    """The guide, page by page, with "Simpan sebagai PDF…", "Cetak…" and, when missing, "Buat Panduan Lengkap"."""

    sig_made = Signal(bool)
    """The full guide was made (True) or making it failed (False)."""

    def __init__(self, parent: QWidget | None = None, pdf_path: Path | None = None, office: str = "",
                 services: Services | None = None) -> None:
        super().__init__(parent)
        self.services = services  # to know the files PADI wrote (a saved copy may replace an earlier one)
        self.setWindowTitle(translate("GuideDialog", "Panduan Pengguna"))
        self._office = office
        self._explicit = pdf_path
        self.data = b""
        self.process: QProcess | None = None
        self.pages = PdfPagesView(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: how long the screenshots take is not known in advance
        self.progress.hide()
        self.make_button = QPushButton(translate("GuideDialog", "Buat Panduan Lengkap"), self)
        self.make_button.setToolTip(translate(
            "GuideDialog", "Mengambil gambar layar dari program pada data demo, lalu membuat PDF panduan (± 1 menit)"))
        self.make_button.clicked.connect(self.make_full_guide)
        self.save_button = QPushButton(translate("GuideDialog", "Simpan sebagai PDF…"), self)
        self.save_button.clicked.connect(self.save_copy)
        self.print_button = QPushButton(translate("GuideDialog", "Cetak…"), self)
        self.print_button.clicked.connect(self.print_guide)
        self.close_button = QPushButton(translate("GuideDialog", "Tutup"), self)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(820, 900)
        self.load()

    def load(self) -> None:
        """Show the finished guide, or the one rendered now without screenshots."""
        path = self._explicit or guide_pdf_path()
        if path is not None and path.is_file():
            self.data = path.read_bytes()
            self.note.hide()
            self.make_button.hide()
        else:
            markdown = guide_source_path().read_text("utf-8")
            self.data = render_guide(markdown, None, GuideInfo(office=self._office, version=__version__))
            self.note.setText(translate(
                "GuideDialog", "Panduan ini ditampilkan tanpa gambar layar karena berkas panduan lengkap belum ada."))
            self.note.show()
            self.make_button.setVisible(can_make_guide())
        self.pages.set_pdf(self.data)

    def make_full_guide(self) -> None:
        """Run ``python -m desktop_app.devtools guide`` (offscreen) and show its PDF when it is done."""
        if not can_make_guide() or self.process is not None:
            return
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("QT_QPA_PLATFORM", "offscreen")
        process.setProcessEnvironment(environment)
        process.setWorkingDirectory(str(CHECKOUT_ROOT))
        process.finished.connect(self._on_made)
        self.process = process
        self.make_button.setEnabled(False)
        self.progress.show()
        self.note.setText(translate("GuideDialog", "Membuat panduan lengkap dengan gambar layar …"))
        process.start(sys.executable, ["-m", "desktop_app.devtools", "guide",
                                       "--out", str(CHECKOUT_ROOT / "build" / "guide")])

    def _on_made(self, code: int, _status: QProcess.ExitStatus) -> None:
        process, self.process = self.process, None
        if process is not None:
            process.deleteLater()
        self.progress.hide()
        self.make_button.setEnabled(True)
        ok = code == 0 and guide_pdf_path() is not None
        if ok:
            self.load()
        else:
            self.note.setText(translate("GuideDialog", "Panduan lengkap tidak dapat dibuat. Panduan tanpa gambar "
                                                       "layar tetap dapat dibaca, disimpan dan dicetak."))
        self.sig_made.emit(ok)

    def save_copy(self) -> None:
        target = prompts.choose_output_file(self, self.services, translate("GuideDialog", "Simpan Panduan Pengguna"),
                                            translate("GuideDialog", "PDF (*.pdf)"),
                                            str(Path.home() / GUIDE_FILE_NAME), (".pdf",))
        if target is None:
            return
        try:
            target.write_bytes(self.data)
            if self.services is not None:
                self.services.outputs.record(target, "guide")
        except OSError as err:
            prompts.error(self, translate("GuideDialog", "Panduan Pengguna"), translate(
                "GuideDialog", "Berkas tidak dapat disimpan di folder itu. Pilih folder lain."), str(err))
            return
        self.note.setText(translate("GuideDialog", "Panduan disimpan: {path}").format(path=os.fspath(target)))
        self.note.show()

    def print_guide(self) -> None:
        from desktop_app.gui.stages.publish import paint_pdf
        prompts.print_preview(self, lambda printer: paint_pdf(printer, self.data))

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if self.process is not None:
            self.process.kill()
            self.process.waitForFinished(3000)
        super().closeEvent(event)

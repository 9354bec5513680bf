"""Step 7 — Publikasi: the approved version as PDF, print, approval sheet, internet package, distribution.

Every action works on the approved version only (the list holds approved and published
publications, and the services refuse anything without a valid approval). Printing goes through
Qt's print preview; the pages painted are the PDF's own pages, rasterised by PDFium at the
printer's resolution (at most PRINT_DPI), so the paper shows exactly the approved PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem

from desktop_app.domain import formatting
from desktop_app.domain.errors import PadiError
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import PublicationState
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.distribution import DistributionDialog, channel_labels
from desktop_app.gui.file_places import Purpose
from desktop_app.gui.jobs import Report
from desktop_app.gui.messages import error_text
from desktop_app.gui.stages.base import ListItem, StageAction
from desktop_app.gui.stages.publication_tab import PublicationStageTab
from desktop_app.gui.widgets.pdf_pages import render_pages
from desktop_app.services.publications import (
    PackageResult,
    PublishResult,
    base_url,
    package_name,
    set_base_url,
)

translate = QCoreApplication.translate

PRINT_DPI = 300.0


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of ``pdf`` on ``printer``, each scaled to the printable page; returns the pages."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        images = render_pages(pdf, min(float(printer.resolution()), PRINT_DPI))
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.save()
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.restore()
        return len(images)
    finally:
        painter.end()


class PublishTab(PublicationStageTab):
    step = Step.PUBLISH
    states = (PublicationState.APPROVED, PublicationState.PUBLISHED)

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        super().__init__(services, parent)
        self.register_label = QLabel(translate("PublishTab", "<b>Daftar Distribusi</b>"), self)
        self.register = QTableWidget(0, 6, self)
        self.register.setObjectName("distributionRegister")
        self.register.setHorizontalHeaderLabels([
            translate("PublishTab", "Tanggal"), translate("PublishTab", "Saluran"),
            translate("PublishTab", "Eksemplar"), translate("PublishTab", "Tujuan / tautan"),
            translate("PublishTab", "Versi"), translate("PublishTab", "Dicatat oleh")])
        self.register.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register.verticalHeader().hide()
        header = self.register.horizontalHeader()
        for column in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.register.setMaximumHeight(180)
        self.ui.workLayout.addWidget(self.register_label)
        self.ui.workLayout.addWidget(self.register)

    def tab_title(self) -> str:
        return translate("PublishTab", "Publikasi")

    def step_description(self) -> str:
        return translate("PublishTab", "Menyediakan dan menyajikan barang publikasi lewat cetakan dan internet")

    def build_actions(self) -> list[StageAction]:
        return [
            StageAction(translate("PublishTab", "Terbitkan PDF"), Action.PUBLISH_PUBLICATION, self._on_publish,
                        primary=True),
            StageAction(translate("PublishTab", "Cetak..."), Action.PUBLISH_PUBLICATION, self._on_print, shortcut="Ctrl+P"),
            StageAction(translate("PublishTab", "Lembar Persetujuan"), Action.PUBLISH_PUBLICATION,
                        self._on_approval_sheet),
            StageAction(translate("PublishTab", "Paket Internet"), Action.PUBLISH_PUBLICATION, self._on_package),
            StageAction(translate("PublishTab", "Catat Distribusi"), Action.PUBLISH_PUBLICATION,
                        self._on_distribution),
            StageAction(translate("PublicationTab", "Perbarui Data"), Action.COMPOSE_PUBLICATION, self.update_data),
        ]

    def waiting_items(self) -> list[ListItem]:
        return [i for i in self._items if i.state == PublicationState.APPROVED]

    def show_item(self, item: ListItem | None) -> None:
        super().show_item(item)
        if not hasattr(self, "register"):
            return
        entries = self.services.distribution.list(item.id) if item is not None else []
        labels = channel_labels()
        self.register.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            where = entry.recipient or entry.url or entry.note
            cells = (formatting.date(entry.distributed_on), labels.get(entry.channel, entry.channel_label),
                     formatting.number(entry.copies) if entry.copies is not None else "", where,
                     f"{entry.version} · {entry.content_hash[:12]}", entry.recorded_by)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 3 and entry.note and where != entry.note:
                    cell.setToolTip(entry.note)
                self.register.setItem(row, column, cell)

    # --- actions ---------------------------------------------------------------------------
    def _folder(self, title: str) -> Path | None:
        return prompts.choose_folder(self, title, purpose=Purpose.EXPORT)  # opens where the last export went

    def _on_publish(self) -> None:
        item = self.current_item()
        folder = self._folder(translate("PublishTab", "Simpan PDF ke folder"))
        if folder is None:
            return

        def work(report: Report) -> PublishResult:
            report(0, 0, translate("PublishTab", "Menyusun PDF versi yang disetujui …"))
            return self.services.publications.publish(item.id, folder)

        def done(result: PublishResult) -> None:
            self.sig_status.emit(translate("PublishTab", "PDF diterbitkan: {path}").format(path=result.pdf_path))

        self.start_job(translate("PublishTab", "Terbitkan PDF"), work, done)

    def _on_print(self) -> None:
        item = self.current_item()
        try:
            pdf = self.services.printing.approved_pdf(item.id)
        except PadiError as err:
            prompts.error(self, translate("PublishTab", "Tidak dapat dicetak"), error_text(err), err.detail)
            return
        if prompts.print_preview(self, lambda printer: paint_pdf(printer, pdf)):
            self.sig_status.emit(translate("PublishTab", "Publikasi dikirim ke pencetak."))
        self.sig_changed.emit()

    def _on_approval_sheet(self) -> None:
        item = self.current_item()
        path = prompts.choose_output_file(self, self.services, translate("PublishTab", "Simpan Lembar Persetujuan"),
                                          translate("PublishTab", "Berkas PDF (*.pdf)"),
                                          f"lembar-persetujuan-{item.id}.pdf", (".pdf",))
        if path is None:
            return
        if self.run(lambda: self.services.approval_sheets.write(item.id, path)):
            self.sig_status.emit(translate("PublishTab", "Lembar Persetujuan disimpan: {path}").format(path=path))

    def _on_package(self) -> None:
        item = self.current_item()
        folder = self._folder(translate("PublishTab", "Simpan Paket Internet ke folder"))
        if folder is None:
            return
        current = base_url(self.services.ctx)
        base = prompts.ask_text(
            self, translate("PublishTab", "Paket Internet"),
            translate("PublishTab", "Alamat situs tempat paket ini akan diunggah (untuk data.json; boleh kosong):"),
            current)
        if base is None:
            return
        if base.strip() != current.strip() and not self.run(
                lambda: set_base_url(self.services.ctx, base)):
            return
        detail = self.services.publications.get(item.id)
        target = folder / package_name(detail.summary.title, detail.summary.version)

        def work(report: Report) -> PackageResult:
            report(0, 0, translate("PublishTab", "Menyusun Paket Internet …"))
            return self.services.internet.build_package(item.id, target)

        def done(result: PackageResult) -> None:
            message = translate("PublishTab", "Paket Internet disimpan: {path}").format(path=result.folder)
            if not result.absolute_urls:
                message += " " + translate("PublishTab", "(data.json memakai nama berkas relatif)")
            self.sig_status.emit(message)

        self.start_job(translate("PublishTab", "Paket Internet"), work, done)

    def _on_distribution(self) -> None:
        item = self.current_item()
        dialog = DistributionDialog(item.title, self.services.ctx.now().date(), self)
        if not prompts.run_dialog(dialog):
            return
        entry = dialog.values()
        self.run(lambda: self.services.distribution.record(item.id, entry),
                 translate("PublishTab", "Distribusi dicatat."))

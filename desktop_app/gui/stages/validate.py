"""Step 2 — Validasi: run the automatic checks, log confirmations with sources, validate or return."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget

from desktop_app.domain import formatting
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import DatasetState
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.confirmation import ConfirmationDialog
from desktop_app.gui.labels import channel_label, outcome_label
from desktop_app.gui.messages import finding_text
from desktop_app.gui.stages.base import ListItem, StageAction
from desktop_app.gui.stages.dataset_tab import DatasetStageTab

translate = QCoreApplication.translate


class ValidateTab(DatasetStageTab):
    step = Step.VALIDATE
    states = (DatasetState.CHECKING,)

    def tab_title(self) -> str:
        return translate("ValidateTab", "Validasi")

    def step_description(self) -> str:
        return translate("ValidateTab", "Koordinasi atau konfirmasi akurasi dan validasi data")

    def build_actions(self) -> list[StageAction]:
        return [
            StageAction(translate("ValidateTab", "Jalankan Pemeriksaan"), Action.CHECK_DATASET, self._on_check),
            StageAction(translate("ValidateTab", "Catat Konfirmasi Data"), Action.CHECK_DATASET, self._on_confirm),
            StageAction(translate("ValidateTab", "Kembalikan ke Persiapan"), Action.VALIDATE_DATASET, self._on_return),
            StageAction(translate("ValidateTab", "Tandai Tervalidasi"), Action.VALIDATE_DATASET, self._on_validate,
                        primary=True),
        ]

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        super().__init__(services, parent)
        self.findings = QListWidget(self)
        self.findings.setObjectName("findingsList")
        self.ui.workLayout.addWidget(self.findings)

    def show_item(self, item: ListItem | None) -> None:
        self.findings.clear()
        if item is None:
            self.ui.detailLabel.setText(translate("ValidateTab", "Tidak ada Kumpulan Data yang menunggu validasi."))
            return
        detail = self.services.datasets.get(item.id)
        parts = [self.describe(detail)]
        if detail.last_check is None:
            parts.append("<p>" + translate("ValidateTab", "Belum diperiksa.") + "</p>")
        elif detail.last_check.passed:
            parts.append("<p style='color:#2e7d32'><b>" + translate(
                "ValidateTab", "Pemeriksaan otomatis lulus ({when}).").format(
                when=formatting.datetime(detail.last_check.run_at)) + "</b></p>")
        else:
            parts.append("<p style='color:#b23a48'><b>" + translate(
                "ValidateTab", "Pemeriksaan menemukan kesalahan; perbaiki di tab Persiapan.") + "</b></p>")
        if detail.confirmations:
            parts.append("<p><b>" + translate("ValidateTab", "Konfirmasi Data:") + "</b><br>" + "<br>".join(
                escape(f"{formatting.date(c.confirmed_on)} · {c.source} · {channel_label(c.channel)} · "
                       f"{outcome_label(c.outcome)} · {c.recorded_by}")
                for c in detail.confirmations) + "</p>")
        else:
            parts.append("<p>" + translate("ValidateTab", "Belum ada Konfirmasi Data dengan sumber.") + "</p>")
        self.ui.detailLabel.setText("".join(parts))
        for finding in detail.last_check.findings if detail.last_check else ():
            where = translate("ValidateTab", "Baris {row}").format(row=finding.row + 1) if finding.row is not None \
                else translate("ValidateTab", "Kumpulan Data")
            column = f", {finding.column}" if finding.column else ""
            self.findings.addItem(f"{where}{column}: {finding_text(finding.code)}")

    def _on_check(self) -> None:
        item = self.current_item()
        self.run(lambda: self.services.datasets.check(item.id),
                 translate("ValidateTab", "Pemeriksaan otomatis selesai dan dicatat."))

    def _on_confirm(self) -> None:
        item = self.current_item()
        detail = self.services.datasets.get(item.id)
        dialog = ConfirmationDialog(item.title, detail.meta.source, self.services.ctx.now().date(), self)
        if prompts.run_dialog(dialog):
            self.run(lambda: self.services.datasets.confirm(item.id, dialog.value()),
                     translate("ValidateTab", "Konfirmasi Data dicatat."))

    def _on_validate(self) -> None:
        item = self.current_item()
        self.run(lambda: self.services.datasets.validate(item.id),
                 translate("ValidateTab", "Kumpulan Data tervalidasi; lanjut ke tab 3 Pengolahan."))

    def _on_return(self) -> None:
        item = self.current_item()
        reason = prompts.ask_text(self, translate("ValidateTab", "Kembalikan ke Persiapan"),
                                  translate("ValidateTab", "Alasan pengembalian:"))
        if reason is not None:
            self.run(lambda: self.services.datasets.return_to_draft(item.id, reason),
                     translate("ValidateTab", "Dikembalikan ke Persiapan."))

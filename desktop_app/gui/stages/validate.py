"""Step 2 — Validasi: run the automatic checks, log confirmations with sources, validate or return.

The work area shows the findings of the last check above the dataset's rows (read only); a
double-click on a finding selects its cell in the grid. Besides the checks and confirmations the
toolbar writes the Surat Permohonan Konfirmasi Data, sets how the dataset is checked (key
columns, change threshold) and lets a Kasubag Program or Sekretaris accept check errors with a
reason.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.domain.checks import Finding, Severity
from desktop_app.domain.columns import ColumnSpec
from desktop_app.domain.errors import PadiError
from desktop_app.domain.letters import LetterSigner
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import DatasetState
from desktop_app.gui import prompts, theme
from desktop_app.gui.dialogs.confirmation import ConfirmationDialog
from desktop_app.gui.jobs import Report
from desktop_app.gui.labels import channel_label, outcome_label
from desktop_app.gui.messages import error_text, finding_text, refusal_reason
from desktop_app.gui.stages.base import ListItem, StageAction
from desktop_app.gui.stages.dataset_tab import DatasetStageTab
from desktop_app.gui.widgets.data_grid import DataGrid
from desktop_app.gui.widgets.dataset_rows import DatasetRowsView
from desktop_app.services.datasets import CheckSettings, DatasetDetail

translate = QCoreApplication.translate

ERROR_COLOR = QColor("#b23a48")
WARNING_COLOR = QColor("#8a5a00")
CELL_ROLE = Qt.ItemDataRole.UserRole  # a finding item's (row, column name); row None for the whole dataset


def finding_line(finding: Finding) -> str:
    """'Kesalahan · Baris 3, Jumlah: jumlah tidak sama …' — severity word, place, what was found."""
    severity = translate("ValidateTab", "Kesalahan") if finding.severity == Severity.ERROR \
        else translate("ValidateTab", "Peringatan")
    where = translate("ValidateTab", "Baris {row}").format(row=finding.row + 1) if finding.row is not None \
        else translate("ValidateTab", "Kumpulan Data")
    column = f", {finding.column}" if finding.column else ""
    return f"{severity} · {where}{column}: {finding_text(finding.code, finding.value)}"


class CheckSettingsDialog(QDialog):
    """Pengaturan Pemeriksaan: the key columns (checked) and the change threshold between periods."""

    def __init__(self, columns: tuple[ColumnSpec, ...], settings: CheckSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CheckSettingsDialog", "Pengaturan Pemeriksaan"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "CheckSettingsDialog", "Kolom kunci: gabungan nilainya harus unik di setiap baris (biasanya kolom "
                                   "periode dan kategori). Baris dengan kunci yang sama dilaporkan sebagai kesalahan."),
            self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_list = QListWidget(self)
        self.key_list.setObjectName("keyColumnList")
        for spec in columns:
            entry = QListWidgetItem(spec.name, self.key_list)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if spec.name in settings.key_columns else Qt.CheckState.Unchecked)
        layout.addWidget(self.key_list)
        form = QFormLayout()
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setObjectName("thresholdSpin")
        self.threshold.setRange(0, 1000)
        self.threshold.setDecimals(1)
        self.threshold.setSingleStep(5)
        self.threshold.setSuffix(" %")
        self.threshold.setSpecialValueText(translate("CheckSettingsDialog", "Tidak diperiksa"))
        self.threshold.setValue(settings.change_threshold or 0)
        self.threshold.setToolTip(translate(
            "CheckSettingsDialog", "Total suatu periode yang naik atau turun lebih dari ini dibanding periode "
                                   "sebelumnya dilaporkan sebagai peringatan. 0: tidak diperiksa."))
        form.addRow(translate("CheckSettingsDialog", "Ambang perubahan antarperiode:"), self.threshold)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_keys(self, names: set[str]) -> None:
        for i in range(self.key_list.count()):
            entry = self.key_list.item(i)
            entry.setCheckState(Qt.CheckState.Checked if entry.text() in names else Qt.CheckState.Unchecked)

    def value(self) -> tuple[list[str], float | None]:
        keys = [self.key_list.item(i).text() for i in range(self.key_list.count())
                if self.key_list.item(i).checkState() == Qt.CheckState.Checked]
        return keys, (self.threshold.value() or None)


class LetterDialog(QDialog):
    """The addressee and the signer of a Surat Permohonan Konfirmasi Data; the number comes from the register."""

    def __init__(self, dataset_name: str, default_addressee: str, signers: list[LetterSigner], next_number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LetterDialog", "Surat Permohonan Konfirmasi"))
        layout = QVBoxLayout(self)
        label = QLabel(translate("LetterDialog", "Kumpulan Data: {name}").format(name=dataset_name), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.number_label = QLabel(next_number, self)
        self.number_label.setObjectName("letterNumber")
        self.number_label.setToolTip(translate("LetterDialog", "Nomor berikutnya dari register surat; format "
                                                               "nomor diatur di Pengaturan."))
        self.signer_combo = QComboBox(self)
        self.signer_combo.setObjectName("letterSigner")
        for signer in signers:
            self.signer_combo.addItem(f"{signer.name} ({', '.join(signer.title_lines)})", signer.role.value)
        self.addressee_edit = QLineEdit(default_addressee, self)
        self.addressee_edit.setPlaceholderText(translate("LetterDialog", "contoh: Kepala Bidang Pelayanan Perizinan"))
        self.place_edit = QLineEdit(translate("LetterDialog", "Tempat"), self)
        form.addRow(translate("LetterDialog", "Nomor surat:"), self.number_label)
        form.addRow(translate("LetterDialog", "Ditandatangani:"), self.signer_combo)
        form.addRow(translate("LetterDialog", "Kepada Yth.:"), self.addressee_edit)
        form.addRow(translate("LetterDialog", "di:"), self.place_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(signers))
        layout.addWidget(buttons)

    def value(self) -> tuple[str, str, str]:
        """(addressee, its place, the signer's role)."""
        return (self.addressee_edit.text().strip(), self.place_edit.text().strip(),
                str(self.signer_combo.currentData() or ""))


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
            StageAction(translate("ValidateTab", "Pengaturan Pemeriksaan"), Action.CHECK_DATASET, self._on_settings),
            StageAction(translate("ValidateTab", "Surat Permohonan Konfirmasi"), Action.CHECK_DATASET, self._on_letter),
            StageAction(translate("ValidateTab", "Catat Konfirmasi Data"), Action.CHECK_DATASET, self._on_confirm),
            StageAction(translate("ValidateTab", "Terima Kesalahan"), Action.ACCEPT_CHECK_FAILURES, self._on_accept),
            StageAction(translate("ValidateTab", "Kembalikan ke Persiapan"), Action.VALIDATE_DATASET, self._on_return),
            StageAction(translate("ValidateTab", "Perubahan Antar-Revisi"), Action.CHECK_DATASET,
                        self.show_revision_diff),
            StageAction(translate("ValidateTab", "Tandai Tervalidasi"), Action.VALIDATE_DATASET, self._on_validate,
                        primary=True),
        ]

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        super().__init__(services, parent)
        self._detail: DatasetDetail | None = None
        self._settings: CheckSettings | None = None
        self.findings = QListWidget(self)
        self.findings.setObjectName("findingsList")
        self.findings.setToolTip(translate("ValidateTab", "Klik dua kali sebuah temuan untuk menuju selnya di tabel."))
        self.findings.itemDoubleClicked.connect(self.go_to_finding)
        self.grid = DataGrid(self)
        self.grid.setObjectName("validateGrid")
        self.grid.setSortingEnabled(False)  # rows stay in stored order, the order the findings count in
        grid_pane = QWidget(self)
        grid_layout = QVBoxLayout(grid_pane)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        self.grid_label = QLabel(translate("ValidateTab", "Data (hanya baca):"), grid_pane)
        grid_layout.addWidget(self.grid_label)
        self.rows_view = DatasetRowsView(self.grid, services.datasets.rows_page, grid_pane)
        grid_layout.addWidget(self.rows_view)
        self.work_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.work_splitter.addWidget(self.findings)
        self.work_splitter.addWidget(grid_pane)
        self.work_splitter.setStretchFactor(1, 3)
        self.work_splitter.setSizes([130, 500])
        self.ui.workLayout.addWidget(self.work_splitter)
        self.ui.detailLabel.setOpenExternalLinks(False)
        self.ui.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.ui.detailLabel.linkActivated.connect(self._on_link)

    # --- showing ---------------------------------------------------------------------------
    def show_item(self, item: ListItem | None) -> None:
        self.findings.clear()
        if item is None:
            self._detail = self._settings = None
            self.ui.detailLabel.setText(translate("ValidateTab", "Tidak ada Kumpulan Data yang menunggu validasi."))
            self.rows_view.show_detail(None, False)
            return
        detail = self._detail = self.services.datasets.get(item.id, row_limit=self.rows_view.row_limit)
        settings = self._settings = self.services.datasets.check_settings(item.id)
        parts = [self.describe(detail), "<br>" + escape(self._settings_line(settings))]
        if detail.subtotals:
            parts.append("<br>" + escape(translate(
                "ValidateTab", "Subtotal berkas sumber: {count} baris, masing-masing dicocokkan dengan baris yang "
                               "dijumlahkannya setiap kali Pemeriksaan dijalankan.").format(count=len(detail.subtotals))))
        errors = [f for f in detail.last_check.findings if f.severity == Severity.ERROR] if detail.last_check else []
        if detail.last_check is None:
            parts.append("<p>" + translate("ValidateTab", "Belum diperiksa.") + "</p>")
        elif detail.last_check.passed:
            parts.append("<p style='color:#2e7d32'><b>" + translate(
                "ValidateTab", "Pemeriksaan otomatis lulus ({when}).").format(
                when=formatting.datetime(detail.last_check.run_at)) + "</b></p>")
        elif settings.accepted:
            parts.append("<p style='color:#8a5a00'><b>" + escape(translate(
                "ValidateTab", "{count} kesalahan pemeriksaan diterima oleh {who}.").format(
                count=len(errors), who=settings.accepted_by)) + "</b> " + escape(translate(
                "ValidateTab", "Alasan: {reason}").format(reason=settings.accepted_reason)) + "</p>")
        else:
            parts.append("<p style='color:#b23a48'><b>" + translate(
                "ValidateTab", "Pemeriksaan menemukan {count} kesalahan; perbaiki di tab Persiapan, atau "
                               "Kasubag Program/Sekretaris dapat menerimanya dengan alasan.").format(
                count=len(errors)) + "</b></p>")
        if detail.confirmations:
            lines = []
            for index, c in enumerate(detail.confirmations):
                line = escape(f"{formatting.date(c.confirmed_on)} · {c.source} · {channel_label(c.channel)} · "
                              f"{outcome_label(c.outcome)} · {c.recorded_by}")
                if c.attachment_name:
                    line += f" · <a href='lampiran:{index}'>{escape(c.attachment_name)}</a>"
                lines.append(line)
            parts.append("<p><b>" + translate("ValidateTab", "Konfirmasi Data:") + "</b><br>" + "<br>".join(lines)
                         + "</p>")
        else:
            parts.append("<p>" + translate("ValidateTab", "Belum ada Konfirmasi Data dengan sumber.") + "</p>")
        self.ui.detailLabel.setText(theme.readable_html("".join(parts)))
        findings = detail.last_check.findings if detail.last_check else ()
        for finding in sorted(findings, key=lambda f: f.severity != Severity.ERROR):
            entry = QListWidgetItem(finding_line(finding), self.findings)
            entry.setData(CELL_ROLE, (finding.row, finding.column))
            entry.setForeground(theme.readable(ERROR_COLOR if finding.severity == Severity.ERROR else WARNING_COLOR))
        self.rows_view.show_detail(detail, False)

    def _settings_line(self, settings: CheckSettings) -> str:
        keys = ", ".join(settings.key_columns) or translate("ValidateTab", "belum ditentukan")
        threshold = formatting.percent(settings.change_threshold) if settings.change_threshold \
            else translate("ValidateTab", "tidak diperiksa")
        return translate("ValidateTab", "Kolom kunci: {keys} · Ambang perubahan: {threshold}").format(
            keys=keys, threshold=threshold)

    def update_actions(self) -> None:
        super().update_actions()
        accept = next(a for a in self.actions_ if a.action == Action.ACCEPT_CHECK_FAILURES)
        if not self.services.ctx.may(Action.ACCEPT_CHECK_FAILURES):
            accept.button.setToolTip(refusal_reason(Action.ACCEPT_CHECK_FAILURES))
            return
        detail, settings = self._detail, self._settings
        if detail is None or detail.last_check is None or detail.last_check.passed:
            accept.button.setEnabled(False)
            accept.button.setToolTip(translate("ValidateTab", "Pemeriksaan terakhir tidak menemukan kesalahan."))
        elif settings is not None and settings.accepted:
            accept.button.setEnabled(False)
            accept.button.setToolTip(translate("ValidateTab", "Kesalahan pemeriksaan terakhir sudah diterima."))
        else:
            accept.button.setToolTip(translate(
                "ValidateTab", "Izinkan validasi walaupun pemeriksaan terakhir menemukan kesalahan, dengan alasan."))

    def go_to_finding(self, entry: QListWidgetItem) -> None:
        """Select and show the finding's cell in the grid; a finding about a whole column selects the column."""
        row, column = entry.data(CELL_ROLE)
        names = [c.name for c in self._detail.columns] if self._detail else []
        self.rows_view.go_to(row, names.index(column) if column in names else None)

    # --- actions ---------------------------------------------------------------------------
    def _on_check(self) -> None:
        item = self.current_item()
        self.sig_work_request.emit("check")  # running the checks is working on the item (after a Jeda too)
        self.run(lambda: self.services.datasets.check(item.id),
                 translate("ValidateTab", "Pemeriksaan otomatis selesai dan dicatat."))

    def _on_settings(self) -> None:
        item = self.current_item()
        detail = self.services.datasets.get(item.id, row_limit=0)
        dialog = CheckSettingsDialog(detail.columns, self.services.datasets.check_settings(item.id), self)
        if not prompts.run_dialog(dialog):
            return
        keys, threshold = dialog.value()
        if self.run(lambda: self.services.datasets.set_check_settings(item.id, keys, threshold),
                    translate("ValidateTab", "Pengaturan Pemeriksaan disimpan; pemeriksaan dijalankan ulang.")):
            self.run(lambda: self.services.datasets.check(item.id))

    def _on_letter(self) -> None:
        item = self.current_item()
        detail = self.services.datasets.get(item.id, row_limit=0)
        letters = self.services.letters
        dialog = LetterDialog(item.title, detail.meta.source, letters.signers(), letters.next_number(), self)
        if not prompts.run_dialog(dialog):
            return
        addressee, place, signer = dialog.value()
        settings = QSettings()
        safe = re.sub(r'[\\/:*?"<>|]+', " ", item.title).strip()[:80] or "Kumpulan Data"
        start = Path(str(settings.value("letters/folder", ""))) / translate(
            "ValidateTab", "Surat Permohonan Konfirmasi - {name}.pdf").format(name=safe)
        path = prompts.choose_output_file(self, self.services,
                                          translate("ValidateTab", "Simpan Surat Permohonan Konfirmasi"),
                                          translate("ValidateTab", "Dokumen PDF (*.pdf)"), str(start), (".pdf",))
        if path is None:
            return
        settings.setValue("letters/folder", str(path.parent))

        def work(report: Report) -> tuple[Path, str]:
            report(0, 0, translate("ValidateTab", "Menyusun Surat Permohonan Konfirmasi …"))
            letter = self.services.datasets.confirmation_letter(item.id, addressee, place, path, signer=signer)
            return path, letter.number

        def done(result: tuple[Path, str]) -> None:
            self.sig_status.emit(translate("ValidateTab", "Surat Permohonan Konfirmasi nomor {number} disimpan: "
                                                          "{path}").format(number=result[1], path=result[0]))

        self.start_job(translate("ValidateTab", "Surat Permohonan Konfirmasi"), work, done)

    def _on_confirm(self) -> None:
        item = self.current_item()
        detail = self.services.datasets.get(item.id, row_limit=0)
        dialog = ConfirmationDialog(item.title, detail.meta.source, self.services.ctx.now().date(), self)
        if prompts.run_dialog(dialog):
            self.run(lambda: self.services.datasets.confirm(item.id, dialog.value()),
                     translate("ValidateTab", "Konfirmasi Data dicatat."))

    def _on_accept(self) -> None:
        item = self.current_item()
        reason = prompts.ask_text(self, translate("ValidateTab", "Terima Kesalahan"),
                                  translate("ValidateTab", "Mengapa '{name}' boleh divalidasi walaupun pemeriksaan "
                                                           "menemukan kesalahan? Alasan:").format(name=item.title),
                                  multiline=True)
        if reason is not None:
            self.run(lambda: self.services.datasets.accept_failures(item.id, reason),
                     translate("ValidateTab", "Kesalahan pemeriksaan diterima dan dicatat."))

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

    def _on_link(self, link: str) -> None:
        """A confirmation's attachment link: save the attached scan where the user chooses."""
        item = self.current_item()
        if item is None or not link.startswith("lampiran:"):
            return
        index = int(link.split(":", 1)[1])
        try:
            name, data = self.services.datasets.confirmation_attachment(item.id, index)
        except PadiError as err:
            prompts.error(self, translate("ValidateTab", "Simpan lampiran"), error_text(err), err.detail)
            return
        path = prompts.choose_output_file(self, self.services, translate("ValidateTab", "Simpan lampiran"),
                                          translate("ValidateTab", "Semua berkas (*)"), name)
        if path is None:
            return
        try:
            path.write_bytes(data)
            self.services.outputs.record(path, "attachment")
        except OSError as err:
            prompts.error(self, translate("ValidateTab", "Simpan lampiran"),
                          translate("ValidateTab", "Lampiran tidak dapat disimpan di sana. Pilih folder lain."), str(err))
            return
        self.sig_status.emit(translate("ValidateTab", "Lampiran disimpan: {path}").format(path=path))

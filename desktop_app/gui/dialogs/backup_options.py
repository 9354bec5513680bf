"""Before a backup: encrypt it or not; the passphrase typed twice; where it is kept (for the recovery sheet)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui import theme
from desktop_app.services.archive import MIN_PASSPHRASE

translate = QCoreApplication.translate


@dataclass(frozen=True)
class BackupChoice:
    """What the dialog collected: no passphrase = a plain backup."""

    passphrase: str | None
    kept_at: str
    print_sheet: bool


class BackupOptionsDialog(QDialog):
    """Asks how to write the backup to ``target`` (shown to the user)."""

    def __init__(self, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BackupOptionsDialog", "Cadangkan Sekarang"))
        intro = QLabel(translate("BackupOptionsDialog", "Cadangan akan ditulis ke <b>{target}</b>, lalu dibaca ulang "
                                                        "dan diverifikasi.").format(target=target), self)
        intro.setWordWrap(True)
        self.encrypt_check = QCheckBox(translate("BackupOptionsDialog", "Enkripsi dengan frasa sandi"), self)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.kept_edit = QLineEdit(self)
        self.kept_edit.setPlaceholderText(translate("BackupOptionsDialog", "contoh: amplop tersegel di brankas Sekretariat"))
        self.sheet_check = QCheckBox(translate("BackupOptionsDialog", "Simpan lembar pemulihan (PDF) untuk dicetak"), self)
        self.sheet_check.setChecked(True)
        self.warning = QLabel(translate(
            "BackupOptionsDialog", "Tanpa frasa sandi ini cadangan tidak dapat dibuka oleh siapa pun. Frasa sandi "
                                   "tidak disimpan PADI."), self)
        self.warning.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet(theme.error_style())
        form = QFormLayout()
        form.addRow(translate("BackupOptionsDialog", "Frasa sandi:"), self.passphrase_edit)
        form.addRow(translate("BackupOptionsDialog", "Ulangi frasa sandi:"), self.repeat_edit)
        form.addRow(translate("BackupOptionsDialog", "Frasa sandi disimpan di:"), self.kept_edit)
        form.addRow("", self.sheet_check)
        self.secret_box = QWidget(self)
        box_layout = QVBoxLayout(self.secret_box)
        box_layout.setContentsMargins(18, 0, 0, 0)
        box_layout.addLayout(form)
        box_layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("BackupOptionsDialog", "Cadangkan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("BackupOptionsDialog", "Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.encrypt_check)
        layout.addWidget(self.secret_box)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.encrypt_check.toggled.connect(self._update)
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self._update)
        self._update()

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet ("" when it can)."""
        if not self.encrypt_check.isChecked():
            return ""
        if len(self.passphrase_edit.text().strip()) < MIN_PASSPHRASE:
            return translate("BackupOptionsDialog", "Frasa sandi paling sedikit {n} karakter.").format(n=MIN_PASSPHRASE)
        if self.passphrase_edit.text() != self.repeat_edit.text():
            return translate("BackupOptionsDialog", "Kedua frasa sandi belum sama.")
        return ""

    def _update(self) -> None:
        self.secret_box.setEnabled(self.encrypt_check.isChecked())
        problem = self.problem()
        self.problem_label.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def choice(self) -> BackupChoice:
        if not self.encrypt_check.isChecked():
            return BackupChoice(None, "", False)
        return BackupChoice(self.passphrase_edit.text(), self.kept_edit.text().strip(), self.sheet_check.isChecked())

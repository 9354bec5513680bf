"""Before restoring an archive this office's activity log does not know: the administrator confirms in words.

Every backup PADI makes is recorded with its SHA-256 in the hash-chained activity log. An archive
that is not there may come from another office or PC, from before another restore, or may have
been put together by someone; restoring it replaces all of the office's data with whatever it
holds. So the Pulihkan button stays disabled until the confirmation words are typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.gui import theme

translate = QCoreApplication.translate


def confirmation_words() -> str:
    """The words to type, in the interface's language."""
    return translate("UnknownBackupDialog", "PULIHKAN CADANGAN TIDAK DIKENAL")


def _normal(text: str) -> str:
    return " ".join(text.split()).upper()


class UnknownBackupDialog(QDialog):
    """Shows what is known of the archive and asks for the confirmation words."""

    def __init__(self, name: str, created_at: str, sha256: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unknownBackupDialog")
        self.setWindowTitle(translate("UnknownBackupDialog", "Cadangan tidak dikenal"))
        self.setMinimumWidth(520)
        warning = QLabel(translate(
            "UnknownBackupDialog", "<b>Cadangan ini tidak tercatat di Catatan Aktivitas kantor ini.</b>"), self)
        warning.setStyleSheet(theme.error_style())
        explain = QLabel(translate(
            "UnknownBackupDialog",
            "Setiap cadangan yang dibuat PADI kantor ini tercatat dengan sidik SHA-256-nya. Cadangan ini mungkin "
            "berasal dari kantor atau komputer lain, dibuat sebelum pemulihan lain, atau telah disusun ulang "
            "orang. Memulihkannya mengganti seluruh data kantor dengan isinya."), self)
        explain.setWordWrap(True)
        facts = QLabel(translate(
            "UnknownBackupDialog", "Berkas: {name}<br>Dibuat: {when}<br>SHA-256: <tt>{sha}</tt>").format(
            name=name, when=created_at.replace("T", " "), sha=sha256), self)
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ask = QLabel(translate(
            "UnknownBackupDialog", "Bila Anda yakin isinya benar, ketik <b>{words}</b> di bawah ini:").format(
            words=confirmation_words()), self)
        ask.setWordWrap(True)
        self.words_edit = QLineEdit(self)
        self.words_edit.setObjectName("wordsEdit")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("UnknownBackupDialog", "Pulihkan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("UnknownBackupDialog", "Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (warning, explain, facts, ask, self.words_edit, self.buttons):
            layout.addWidget(widget)
        self.words_edit.textChanged.connect(self._update)
        self._update()

    def confirmed(self) -> bool:
        """Whether the typed words are the confirmation words (spaces and case aside)."""
        return _normal(self.words_edit.text()) == _normal(confirmation_words())

    def _update(self) -> None:
        self.ok_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()


__all__ = ["UnknownBackupDialog", "confirmation_words"]

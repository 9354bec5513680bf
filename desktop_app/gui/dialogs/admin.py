"""Administration dialogs of Pengaturan: the office profile (with logo), a new user, an acting head, passwords."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BadInput
from desktop_app.domain.roles import Role
from desktop_app.gui import prompts, theme
from desktop_app.gui.labels import role_label
from desktop_app.gui.messages import error_text
from desktop_app.services.accounts import OfficeProfile, UserInfo

translate = QCoreApplication.translate


def _form_dialog(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)


class OfficeDialog(QDialog):
    """Edit the office profile printed on letterheads and shown in the catalogue."""

    FIELDS = ("government", "name", "short_name", "address", "phone", "fax", "email", "website",
              "head_name", "head_nip", "head_rank")

    def __init__(self, profile: OfficeProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OfficeDialog", "Profil Kantor"))
        self.profile = profile
        labels = {
            "government": translate("OfficeDialog", "Pemerintah"), "name": translate("OfficeDialog", "Nama kantor"),
            "short_name": translate("OfficeDialog", "Singkatan"), "address": translate("OfficeDialog", "Alamat"),
            "phone": translate("OfficeDialog", "Telepon"), "fax": translate("OfficeDialog", "Faks"),
            "email": translate("OfficeDialog", "E-mail"), "website": translate("OfficeDialog", "Laman"),
            "head_name": translate("OfficeDialog", "Nama Kepala Dinas"),
            "head_nip": translate("OfficeDialog", "NIP Kepala Dinas"),
            "head_rank": translate("OfficeDialog", "Pangkat/golongan Kepala Dinas"),
        }
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key in self.FIELDS:
            edit = QLineEdit(getattr(profile, key), self)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.logo = profile.logo
        self.logo_preview = QLabel(self)
        choose = QPushButton(translate("OfficeDialog", "Pilih Logo…"), self)
        choose.clicked.connect(self._on_choose_clicked)
        form.addRow(translate("OfficeDialog", "Logo"), choose)
        form.addRow("", self.logo_preview)
        self._show_logo()
        _form_dialog(self, form)

    def set_logo(self, data: bytes) -> bool:
        """Use an image file's bytes as the logo; False when Qt cannot read it as an image."""
        if QImage.fromData(data).isNull():
            return False
        self.logo = data
        self._show_logo()
        return True

    def _show_logo(self) -> None:
        if self.logo:
            self.logo_preview.setPixmap(QPixmap.fromImage(QImage.fromData(self.logo)).scaledToHeight(64))
        else:
            self.logo_preview.setText(translate("OfficeDialog", "(belum ada logo)"))

    def _on_choose_clicked(self) -> None:
        path = prompts.choose_file(self, translate("OfficeDialog", "Pilih Logo"),
                                   translate("OfficeDialog", "Gambar (*.png *.jpg *.jpeg)"))
        if path is not None and not self.set_logo(path.read_bytes()):
            prompts.error(self, translate("OfficeDialog", "Logo"),
                          translate("OfficeDialog", "Berkas itu bukan gambar PNG atau JPEG yang dapat dibaca."))

    def value(self) -> OfficeProfile:
        changes = {key: edit.text().strip() for key, edit in self.edits.items()}
        return dataclasses.replace(self.profile, logo=self.logo, **changes)


class UserDialog(QDialog):
    """A new user account with role, NIP and a first password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UserDialog", "Pengguna Baru"))
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.nip = QLineEdit(self)
        self.rank = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.STAF.value))
        self.admin = QCheckBox(translate("UserDialog", "Administrator"), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(translate("UserDialog", "Nama pengguna"), self.username)
        form.addRow(translate("UserDialog", "Nama lengkap"), self.full_name)
        form.addRow(translate("UserDialog", "NIP"), self.nip)
        form.addRow(translate("UserDialog", "Pangkat/golongan"), self.rank)
        form.addRow(translate("UserDialog", "Peran"), self.role)
        form.addRow("", self.admin)
        form.addRow(translate("UserDialog", "Kata sandi awal (min. 8 karakter)"), self.password)
        _form_dialog(self, form)

    def value(self) -> dict[str, object]:
        return {"username": self.username.text().strip(), "full_name": self.full_name.text().strip(),
                "password": self.password.text(), "role": Role(self.role.currentData()),
                "nip": self.nip.text().strip(), "rank": self.rank.text().strip(), "is_admin": self.admin.isChecked()}


class RoleDialog(QDialog):
    """Change a user's role and administrator flag (the Kepala or Sekretaris role and the flag wait for the
    Kepala Dinas's confirmation)."""

    def __init__(self, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RoleDialog", "Ubah Peran"))
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(user.role.value))
        self.admin = QCheckBox(translate("RoleDialog", "Administrator"), self)
        self.admin.setChecked(user.is_admin)
        note = QLabel(translate(
            "RoleDialog", "Peran Kepala Dinas atau Sekretaris dan status administrator berlaku setelah "
                          "dikonfirmasi Kepala Dinas."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QLabel(f"{user.full_name} — {user.username}", self))
        form.addRow(translate("RoleDialog", "Peran"), self.role)
        form.addRow("", self.admin)
        form.addRow(note)
        _form_dialog(self, form)

    def value(self) -> tuple[Role, bool]:
        return Role(self.role.currentData()), self.admin.isChecked()


class DelegationDialog(QDialog):
    """Appoint an acting head (Plt. Kepala Dinas) for a date range."""

    def __init__(self, users: list[UserInfo], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DelegationDialog", "Tunjuk Plt. Kepala Dinas"))
        self.user = QComboBox(self)
        for user in users:
            if user.active and user.role != Role.KEPALA:
                self.user.addItem(f"{user.full_name} ({role_label(user.role)})", user.id)
        self.start = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day).addDays(7), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(translate("DelegationDialog", "Pegawai"), self.user)
        form.addRow(translate("DelegationDialog", "Mulai"), self.start)
        form.addRow(translate("DelegationDialog", "Sampai"), self.end)
        _form_dialog(self, form)

    def value(self) -> tuple[int, dt.date, dt.date]:
        def as_date(edit: QDateEdit) -> dt.date:
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day())
        return self.user.currentData(), as_date(self.start), as_date(self.end)


class PasswordDialog(QDialog):
    """A new password typed twice; with ``ask_old`` also the current one (changing one's own password)."""

    def __init__(self, title: str, note: str = "", ask_old: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout()
        if note:
            label = QLabel(note, self)
            label.setWordWrap(True)
            form.addRow(label)
        self.old = self._password_edit()
        self.new = self._password_edit()
        self.repeat = self._password_edit()
        if ask_old:
            form.addRow(translate("PasswordDialog", "Kata sandi saat ini"), self.old)
        else:
            self.old.hide()
        form.addRow(translate("PasswordDialog", "Kata sandi baru (min. 8 karakter, bukan hanya angka)"), self.new)
        form.addRow(translate("PasswordDialog", "Ulangi kata sandi baru"), self.repeat)
        self.error = QLabel(self)
        self.error.setStyleSheet(theme.error_style())
        self.error.setWordWrap(True)
        form.addRow(self.error)
        _form_dialog(self, form)

    def _password_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def accept(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(error_text(BadInput("passwords_differ")))
            return
        super().accept()

    def value(self) -> tuple[str, str]:
        """(current password, new password)."""
        return self.old.text(), self.new.text()

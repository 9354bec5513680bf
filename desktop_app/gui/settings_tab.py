"""The Pengaturan tab: interface language of this PC, the office profile, users and their roles."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop_app.services.services import Services

translate = QCoreApplication.translate


class SettingsTab(QWidget):
    """Local settings (language) and the office's profile and users."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        local = QGroupBox(translate("SettingsTab", "Komputer ini"), self)
        form = QFormLayout(local)
        self.language = QComboBox(local)
        self.language.setObjectName("languageCombo")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        current = str(QSettings().value("ui/language", "id"))
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.language_note = QLabel(local)
        form.addRow(translate("SettingsTab", "Bahasa tampilan"), self.language)
        form.addRow("", self.language_note)
        layout.addWidget(local)
        office_box = QGroupBox(translate("SettingsTab", "Profil kantor"), self)
        self.office_label = QLabel(office_box)
        self.office_label.setWordWrap(True)
        QVBoxLayout(office_box).addWidget(self.office_label)
        layout.addWidget(office_box)
        users_box = QGroupBox(translate("SettingsTab", "Pengguna dan peran"), self)
        self.users = QListWidget(users_box)
        QVBoxLayout(users_box).addWidget(self.users)
        layout.addWidget(users_box)

    def refresh(self) -> None:
        office = self.services.accounts.office()
        self.office_label.setText(
            f"<b>{escape(office.government)}</b><br><b>{escape(office.name)}</b><br>{escape(office.address)}<br>"
            + translate("SettingsTab", "Telp. {phone} · Faks. {fax} · E-mail {email} · Laman {web}").format(
                phone=escape(office.phone), fax=escape(office.fax), email=escape(office.email),
                web=escape(office.website))
            + "<br>" + translate("SettingsTab", "Kepala Dinas: {name}, NIP. {nip}").format(
                name=escape(office.head_name), nip=escape(office.head_nip)))
        self.users.clear()
        for user in self.services.accounts.users():
            flags = " · " + translate("SettingsTab", "administrator") if user.is_admin else ""
            inactive = " · " + translate("SettingsTab", "nonaktif") if not user.active else ""
            self.users.addItem(f"{user.display} — {user.username}{flags}{inactive}")

    def _on_language_current_index_changed(self, _index: int) -> None:
        QSettings().setValue("ui/language", self.language.currentData())
        self.language_note.setText(translate("SettingsTab", "Bahasa baru berlaku saat PADI dibuka kembali."))

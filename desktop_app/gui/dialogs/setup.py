"""First-run setup: the office profile and the first administrator account."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain.errors import PadiError
from desktop_app.domain.roles import Role
from desktop_app.gui import theme
from desktop_app.gui.labels import role_label
from desktop_app.gui.messages import error_text
from desktop_app.services.accounts import OfficeProfile
from desktop_app.services.office import Services

translate = QCoreApplication.translate


class SetupDialog(QDialog):
    """Asks for the office's details and creates the first administrator."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(translate("SetupDialog", "Penyiapan Awal PADI"))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, default in (
            ("government", translate("SetupDialog", "Pemerintah"), "PEMERINTAH KOTA TEBING TINGGI"),
            ("name", translate("SetupDialog", "Nama kantor"),
             "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
            ("short_name", translate("SetupDialog", "Singkatan"), "DPMPTSP Kota Tebing Tinggi"),
            ("address", translate("SetupDialog", "Alamat"), ""), ("phone", translate("SetupDialog", "Telepon"), ""),
            ("fax", translate("SetupDialog", "Faks"), ""), ("email", translate("SetupDialog", "E-mail"), ""),
            ("website", translate("SetupDialog", "Laman"), ""),
            ("head_name", translate("SetupDialog", "Nama Kepala Dinas"), ""),
            ("head_nip", translate("SetupDialog", "NIP Kepala Dinas"), ""),
            ("username", translate("SetupDialog", "Nama pengguna administrator"), "admin"),
            ("full_name", translate("SetupDialog", "Nama lengkap administrator"), ""),
            ("password", translate("SetupDialog", "Kata sandi (min. 8 karakter)"), ""),
        ):
            edit = QLineEdit(default, self)
            if key == "password":
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.fields[key] = edit
            form.addRow(label, edit)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.STAF.value))
        form.addRow(translate("SetupDialog", "Peran administrator"), self.role)
        self.error = QLabel(self)
        self.error.setStyleSheet(theme.error_style())
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_setup)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_setup(self) -> None:
        f = {k: e.text().strip() for k, e in self.fields.items()}
        profile = OfficeProfile(name=f["name"], government=f["government"], short_name=f["short_name"],
                                address=f["address"], phone=f["phone"], fax=f["fax"], email=f["email"],
                                website=f["website"], head_name=f["head_name"], head_nip=f["head_nip"])
        try:
            self.services.accounts.setup(profile, f["username"], f["full_name"], self.fields["password"].text(),
                                         Role(self.role.currentData()))
        except PadiError as err:
            self.error.setText(error_text(err))
            return
        self.accept()

"""The login dialog (ui/login_dialog.ui): used at start and for Ganti Pengguna on the shared PC."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.domain.errors import PadiError
from desktop_app.gui import theme
from desktop_app.gui.forms.ui_login_dialog import Ui_LoginDialog
from desktop_app.gui.messages import error_text

if TYPE_CHECKING:  # the database layer is loaded after the window is shown
    from desktop_app.services.office import Services

translate = QCoreApplication.translate

DEMO_USERS = ("kepala", "sekretaris", "kasubag", "staf", "admin")


class LoginDialog(QDialog):
    """Asks for user name and password; stays open with a message until they are right."""

    def __init__(self, services: Services | None, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        if services is not None:
            self.attach(services)
        else:
            self.ui.officeLabel.setText(translate("LoginDialog", "Membuka basis data…"))
        # Readable on the dark theme too: dark text on the pale note, a lighter red for errors.
        self.ui.demoLabel.setStyleSheet(self.ui.demoLabel.styleSheet() + " color: #3a2a00;")
        self.ui.errorLabel.setStyleSheet(theme.error_style())
        if demo:
            self.ui.demoLabel.setText(translate(
                "LoginDialog", "Mode demo — akun: {users}; kata sandi: padi-demo").format(users=", ".join(DEMO_USERS)))
        else:
            self.ui.demoLabel.hide()
        self.ui.buttonBox.accepted.connect(self.try_login)
        self.ui.buttonBox.rejected.connect(self.reject)

    def attach(self, services: Services) -> None:
        """Services are ready (the database is opened after the window is shown, to start faster)."""
        self.services = services
        office = services.accounts.office()
        self.ui.officeLabel.setText(office.short_name or office.name)

    def try_login(self) -> None:
        if self.services is None:
            return
        password = self.ui.passwordEdit.text()
        try:
            self.services.accounts.login(self.ui.usernameEdit.text(), password)
        except PadiError as err:
            self.ui.errorLabel.setText(error_text(err))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        if self.services.accounts.must_change_password() and not self._change_reset_password(password):
            self.services.accounts.logout()
            self.ui.errorLabel.setText(translate(
                "LoginDialog", "Kata sandi yang diatur ulang administrator harus diganti sebelum bekerja."))
            self.ui.passwordEdit.clear()
            return
        self.accept()

    def _change_reset_password(self, current: str) -> bool:
        """The administrator reset this password: the user chooses their own before working."""
        from desktop_app.gui import prompts
        from desktop_app.gui.dialogs.admin import PasswordDialog
        dialog = PasswordDialog(translate("LoginDialog", "Ganti Kata Sandi"), translate(
            "LoginDialog", "Kata sandi Anda diatur ulang oleh administrator. Pilih kata sandi baru."), parent=self)
        while prompts.run_dialog(dialog):
            try:
                self.services.accounts.change_password(current, dialog.value()[1])
            except PadiError as err:
                dialog.error.setText(error_text(err))
                continue
            return True
        return False

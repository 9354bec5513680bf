"""Pengaturan → Basis Data: "Lokal (satu PC)" or "Server kantor", a connection test, and moving the office.

The choice is this PC's (QSettings ``database/location``: a file path or a server URL without password)
and takes effect when PADI is opened again. The password is typed here and kept only in the system
keyring when the user asks; moving the office to the server is a verified job with progress.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import PadiError
from desktop_app.domain.roles import Action
from desktop_app.gui import prompts
from desktop_app.gui.jobs import Job, Report
from desktop_app.gui.messages import error_text, refusal_reason
from desktop_app.paths import default_db_path
from desktop_app.services.office import (
    SSL_CHOICES,
    ConnectionReport,
    Services,
    choice_of,
    migrate_here,
    remember_password,
    server_target,
    try_connection,
)

translate = QCoreApplication.translate
DATABASE_SETTING = "database/location"


class DatabaseBox(QGroupBox):
    """The Basis Data group of the Pengaturan tab."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(translate("DatabaseBox", "Basis data (komputer ini)"), parent)
        self.services = services
        self.setObjectName("databaseBox")
        layout = QVBoxLayout(self)
        self.in_use = QLabel(self)
        self.in_use.setWordWrap(True)
        self.in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.in_use)
        row = QHBoxLayout()
        self.local_radio = QRadioButton(translate("DatabaseBox", "Lokal (satu PC)"), self)
        self.server_radio = QRadioButton(translate("DatabaseBox", "Server kantor"), self)
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)
        row.addWidget(self.local_radio)
        row.addWidget(self.server_radio)
        row.addStretch(1)
        layout.addLayout(row)
        self.local_label = QLabel(self)
        self.local_label.setWordWrap(True)
        layout.addWidget(self.local_label)

        self.server_form = QWidget(self)
        form = QFormLayout(self.server_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.host_edit = QLineEdit(self.server_form)
        self.host_edit.setPlaceholderText(translate("DatabaseBox", "nama atau alamat IP PC server, mis. 192.168.1.10"))
        self.port_spin = QSpinBox(self.server_form)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setGroupSeparatorShown(False)
        self.database_edit = QLineEdit(self.server_form)
        self.user_edit = QLineEdit(self.server_form)
        self.password_edit = QLineEdit(self.server_form)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(translate("DatabaseBox", "Simpan kata sandi di brankas kata sandi sistem"),
                                        self.server_form)
        self.ssl_combo = QComboBox(self.server_form)
        for mode in SSL_CHOICES:
            self.ssl_combo.addItem(mode, mode)
        form.addRow(translate("DatabaseBox", "Host"), self.host_edit)
        form.addRow(translate("DatabaseBox", "Port"), self.port_spin)
        form.addRow(translate("DatabaseBox", "Basis data"), self.database_edit)
        form.addRow(translate("DatabaseBox", "Pengguna"), self.user_edit)
        form.addRow(translate("DatabaseBox", "Kata sandi"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow(translate("DatabaseBox", "SSL"), self.ssl_combo)
        layout.addWidget(self.server_form)

        buttons = QHBoxLayout()
        self.test_button = QPushButton(translate("DatabaseBox", "Uji Koneksi"), self)
        self.save_button = QPushButton(translate("DatabaseBox", "Simpan Pilihan"), self)
        self.migrate_button = QPushButton(translate("DatabaseBox", "Pindahkan Data Kantor ke Server…"), self)
        for button in (self.test_button, self.save_button, self.migrate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("databaseResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)

        self.local_radio.toggled.connect(self._show_mode)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.migrate_button.clicked.connect(self._on_migrate_clicked)
        self.job: Job | None = None
        self.load()

    # --- the form --------------------------------------------------------------------------------
    def load(self) -> None:
        """Fill the form from this PC's saved choice."""
        choice = choice_of(str(QSettings().value(DATABASE_SETTING, "") or ""), default_db_path())
        (self.server_radio if choice.server else self.local_radio).setChecked(True)
        self.local_label.setText(translate("DatabaseBox", "Berkas: {path}").format(path=choice.path))
        self.host_edit.setText(choice.host)
        self.port_spin.setValue(choice.port)
        self.database_edit.setText(choice.database)
        self.user_edit.setText(choice.user)
        self.ssl_combo.setCurrentIndex(max(self.ssl_combo.findData(choice.sslmode), 0))
        self._show_mode()

    def refresh(self) -> None:
        db = self.services.ctx.db
        self.in_use.setText(translate("DatabaseBox", "Dipakai sekarang: {db}").format(db=db.location.display()))
        allowed = self.services.ctx.may(Action.RESTORE)
        self.migrate_button.setToolTip("" if allowed else refusal_reason(Action.RESTORE))
        self._allowed_to_migrate = allowed
        self._show_mode()

    def _show_mode(self) -> None:
        server = self.server_radio.isChecked()
        self.server_form.setVisible(server)
        self.local_label.setVisible(not server)
        self.test_button.setEnabled(server)
        self.migrate_button.setEnabled(server and getattr(self, "_allowed_to_migrate", False)
                                       and not self.services.ctx.db.is_server)

    def target(self) -> str:
        """The chosen database: the server URL of the fields (BadInput when incomplete), or the local file."""
        if not self.server_radio.isChecked():
            return ""
        return server_target(self.host_edit.text(), self.port_spin.value(), self.database_edit.text(),
                                            self.user_edit.text(), str(self.ssl_combo.currentData()))

    def _password(self) -> str | None:
        return self.password_edit.text() or None

    def _say(self, text: str, ok: bool) -> None:
        self.result_label.setText(f"<span style='color:{'#1b7f3b' if ok else '#b00020'}'>{escape(text)}</span>")

    # --- actions ---------------------------------------------------------------------------------
    def _on_test_clicked(self) -> None:
        try:
            target = self.target()
        except PadiError as err:
            self._say(error_text(err), False)
            return
        password = self._password()

        def done(report: ConnectionReport) -> None:
            kinds = {
                "padi": translate("DatabaseBox", "berisi kantor PADI"),
                "empty": translate("DatabaseBox", "kosong, siap diisi data kantor"),
                "foreign": translate("DatabaseBox", "berisi data lain (bukan PADI) dan tidak akan dipakai"),
            }
            text = translate("DatabaseBox", "Koneksi berhasil: PostgreSQL {version}; basis data {kind}.").format(
                version=report.server_version, kind=kinds.get(report.kind, report.kind))
            if report.superuser:
                text += " " + translate("DatabaseBox", "Peringatan: pengguna ini superuser; pakai peran aplikasi "
                                                       "tanpa hak superuser (lihat README).")
            self._say(text, report.kind != "foreign" and not report.superuser)

        def failed(exc: BaseException) -> None:
            self._say(error_text(exc) if isinstance(exc, PadiError) else repr(exc), False)

        self.job = Job(self, translate("DatabaseBox", "Uji Koneksi"),
                       lambda _report: try_connection(target, password), done, failed)

    def _on_save_clicked(self) -> None:
        try:
            target = self.target()
        except PadiError as err:
            self._say(error_text(err), False)
            return
        QSettings().setValue(DATABASE_SETTING, target)
        text = translate("DatabaseBox", "Pilihan disimpan; berlaku saat PADI dibuka kembali.")
        if target and self.remember_check.isChecked() and self._password():
            if remember_password(target, self.password_edit.text()):
                text += " " + translate("DatabaseBox", "Kata sandi disimpan di brankas kata sandi sistem.")
            else:
                text += " " + translate("DatabaseBox", "Brankas kata sandi sistem tidak tersedia; isi PADI_DB_PASSWORD.")
        self._say(text, True)

    def _on_migrate_clicked(self) -> None:
        try:
            target = self.target()
        except PadiError as err:
            self._say(error_text(err), False)
            return
        question = translate(
            "DatabaseBox", "Salin seluruh data kantor dari basis data ini ke server {target}? Basis data ini tidak "
                           "diubah. Server harus kosong; salinannya diperiksa (jumlah baris, sidik isi, rantai "
                           "catatan aktivitas) sebelum dinyatakan berhasil.").format(target=target)
        if not prompts.confirm(self, translate("DatabaseBox", "Pindahkan Data Kantor"), question):
            return
        password = self._password()
        services = self.services

        def work(report: Report) -> object:
            text = translate("DatabaseBox", "Menyalin data kantor ke server …")
            return migrate_here(services.ctx, target, password,
                                               progress=lambda done, total: report(done, total, text))

        def done(result) -> None:  # noqa: ANN001 - a MigrationResult
            QSettings().setValue(DATABASE_SETTING, target)
            if self.remember_check.isChecked() and password:
                remember_password(target, password)
            self._say(translate("DatabaseBox", "Data kantor dipindahkan dan diperiksa: {rows} baris, {log} entri "
                                               "catatan aktivitas. PADI memakai server ini saat dibuka kembali; "
                                               "berkas lokal tetap ada sebagai arsip.").format(
                rows=result.rows, log=result.log_entries), True)

        def failed(exc: BaseException) -> None:
            self._say(error_text(exc) if isinstance(exc, PadiError) else repr(exc), False)

        self.job = Job(self, translate("DatabaseBox", "Pindahkan Data Kantor"), work, done, failed)


__all__ = ["DATABASE_SETTING", "DatabaseBox"]

"""The Pengaturan tab: language of this PC; the office profile, users, acting head and the permission
matrix of the roles (administration)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.domain.errors import PadiError
from desktop_app.domain.roles import Action, Role
from desktop_app.gui import prompts, theme
from desktop_app.gui.database_settings import DatabaseBox
from desktop_app.gui.dialogs.admin import DelegationDialog, OfficeDialog, PasswordDialog, RoleDialog, UserDialog
from desktop_app.gui.labels import role_label
from desktop_app.gui.letter_register import LetterRegisterBox
from desktop_app.gui.messages import error_text, refusal_reason
from desktop_app.gui.permission_editor import PermissionEditor
from desktop_app.services.office import Services

translate = QCoreApplication.translate


class SettingsTab(QWidget):
    """Local settings (language) and the office's profile, users and Plt. appointments."""

    sig_changed = Signal()
    """Office data changed: the window refreshes."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # Scrolls rather than make the window taller than a laptop screen at 125 %/150 %.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget(scroll)
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self._local_box())
        self.database = DatabaseBox(services, self)  # a local file, or the office's PostgreSQL server
        layout.addWidget(self.database)
        layout.addWidget(self._office_box())
        layout.addWidget(self._calendar_box())
        layout.addWidget(self._users_box(), 1)

        self.permissions = PermissionEditor(self)
        self.permissions.sig_save.connect(self._on_save_permissions)
        layout.addWidget(self.permissions)

        self.letters = LetterRegisterBox(self)
        self.letters.sig_save_format.connect(self._on_save_letter_format)
        layout.addWidget(self.letters)

    def _local_box(self) -> QGroupBox:
        """This computer's settings: the language and the theme."""
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
        self.theme = QComboBox(local)
        self.theme.setObjectName("themeCombo")
        self.theme.addItem(translate("SettingsTab", "Ikuti sistem"), theme.SYSTEM)
        self.theme.addItem(translate("SettingsTab", "Terang"), theme.LIGHT)
        self.theme.addItem(translate("SettingsTab", "Gelap"), theme.DARK)
        self.theme.setCurrentIndex(max(self.theme.findData(str(QSettings().value(theme.SETTING, theme.SYSTEM))), 0))
        self.theme.currentIndexChanged.connect(self._on_theme_current_index_changed)
        form.addRow(translate("SettingsTab", "Tema tampilan"), self.theme)
        form.addRow("", self.language_note)
        return local

    def _office_box(self) -> QGroupBox:
        """The office's profile (its letterhead) and the button to change it."""
        office_box = QGroupBox(translate("SettingsTab", "Profil kantor"), self)
        office_layout = QVBoxLayout(office_box)
        self.office_label = QLabel(office_box)
        self.office_label.setWordWrap(True)
        office_layout.addWidget(self.office_label)
        self.edit_office = self._button(translate("SettingsTab", "Ubah Profil Kantor"), Action.EDIT_OFFICE,
                                        self._on_edit_office_clicked, office_layout)
        return office_box

    def _calendar_box(self) -> QGroupBox:
        """The working calendar and the timing rules (working and waiting times)."""
        calendar_box = QGroupBox(translate("SettingsTab", "Kalender kerja (Waktu Baku dihitung dalam jam kerja)"), self)
        calendar_layout = QVBoxLayout(calendar_box)
        self.calendar_label = QLabel(calendar_box)
        self.calendar_label.setObjectName("calendarLabel")
        self.calendar_label.setWordWrap(True)
        calendar_layout.addWidget(self.calendar_label)
        self.edit_calendar = self._button(translate("SettingsTab", "Ubah Kalender Kerja"), Action.EDIT_OFFICE,
                                          self._on_edit_calendar_clicked, calendar_layout)
        self.edit_calendar.setObjectName("editCalendar")
        self.timing_label = QLabel(calendar_box)
        self.timing_label.setObjectName("timingRulesLabel")
        self.timing_label.setWordWrap(True)
        calendar_layout.addWidget(self.timing_label)
        self.edit_timing = self._button(translate("SettingsTab", "Ubah Waktu Kerja dan Tunggu"), Action.EDIT_OFFICE,
                                        self._on_edit_timing_clicked, calendar_layout)
        self.edit_timing.setObjectName("editTimingRules")
        return calendar_box

    def _users_box(self) -> QGroupBox:
        """The users and their roles, the Plt. appointments, role changes waiting, and the screen lock."""
        users_box = QGroupBox(translate("SettingsTab", "Pengguna dan peran"), self)
        users_layout = QVBoxLayout(users_box)
        self.users = QListWidget(users_box)
        users_layout.addWidget(self.users)
        row = QHBoxLayout()
        users_layout.addLayout(row)
        self.add_user = self._button(translate("SettingsTab", "Tambah Pengguna"), Action.MANAGE_USERS,
                                     self._on_add_user_clicked, row)
        self.toggle_user = self._button(translate("SettingsTab", "Aktifkan/Nonaktifkan"), Action.MANAGE_USERS,
                                        self._on_toggle_user_clicked, row)
        self.change_role = self._button(translate("SettingsTab", "Ubah Peran"), Action.MANAGE_USERS,
                                        self._on_change_role_clicked, row)
        self.change_role.setObjectName("changeRole")
        self.reset_password = self._button(translate("SettingsTab", "Atur Ulang Kata Sandi"), Action.MANAGE_USERS,
                                           self._on_reset_password_clicked, row)
        self.delegate = self._button(translate("SettingsTab", "Tunjuk Plt. Kepala Dinas"), Action.DELEGATE,
                                     self._on_delegate_clicked, row)
        self.change_password = QPushButton(translate("SettingsTab", "Ganti Kata Sandi Saya"), self)
        self.change_password.clicked.connect(self._on_change_password_clicked)
        row.addWidget(self.change_password)
        row.addStretch(1)
        self.delegations = QLabel(users_box)
        self.delegations.setWordWrap(True)
        users_layout.addWidget(self.delegations)
        users_layout.insertWidget(0, self._role_requests_box(users_box))  # above the list: the Kepala sees it at once
        lock_row = QHBoxLayout()
        users_layout.addLayout(lock_row)
        lock_row.addWidget(QLabel(translate("SettingsTab", "Kunci layar setelah tidak aktif selama"), users_box))
        self.idle_minutes = QSpinBox(users_box)
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(translate("SettingsTab", " menit"))
        lock_row.addWidget(self.idle_minutes)
        self.save_idle = self._button(translate("SettingsTab", "Simpan"), Action.MANAGE_USERS,
                                      self._on_save_idle_clicked, lock_row)
        lock_row.addStretch(1)
        return users_box

    def _role_requests_box(self, users_box: QGroupBox) -> QGroupBox:
        # Maker-checker on accounts: the Kepala or Sekretaris role and the administrator flag wait here.
        self.requests_box = QGroupBox(translate("SettingsTab", "Perubahan peran menunggu konfirmasi Kepala Dinas"),
                                      users_box)
        self.requests_box.setObjectName("roleRequestsBox")
        requests_layout = QVBoxLayout(self.requests_box)
        self.role_requests = QListWidget(self.requests_box)
        self.role_requests.setObjectName("roleRequests")
        self.role_requests.currentRowChanged.connect(lambda _row: self._update_request_buttons())
        self.role_requests.setMaximumHeight(self.role_requests.fontMetrics().lineSpacing() * 5 + 12)
        requests_layout.addWidget(self.role_requests)
        request_row = QHBoxLayout()
        requests_layout.addLayout(request_row)
        self.confirm_role = QPushButton(translate("SettingsTab", "Konfirmasi Perubahan Peran"), self.requests_box)
        self.confirm_role.setObjectName("confirmRole")
        self.confirm_role.clicked.connect(lambda: self._on_decide_role(True))
        self.reject_role = QPushButton(translate("SettingsTab", "Tolak"), self.requests_box)
        self.reject_role.setObjectName("rejectRole")
        self.reject_role.clicked.connect(lambda: self._on_decide_role(False))
        request_row.addWidget(self.confirm_role)
        request_row.addWidget(self.reject_role)
        request_row.addStretch(1)
        return self.requests_box

    def _button(self, text: str, action: Action, handler: Callable[[], None], layout) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setProperty("padiAction", action.value)
        button.clicked.connect(handler)
        if isinstance(layout, QVBoxLayout):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            layout.addWidget(button)
        return button

    def refresh(self) -> None:
        self.database.refresh()
        office = self.services.accounts.office()
        self.office_label.setText(
            f"<b>{escape(office.government)}</b><br><b>{escape(office.name)}</b><br>{escape(office.address)}<br>"
            + translate("SettingsTab", "Telp. {phone} · Faks. {fax} · E-mail {email} · Laman {web}").format(
                phone=escape(office.phone), fax=escape(office.fax), email=escape(office.email),
                web=escape(office.website))
            + "<br>" + translate("SettingsTab", "Kepala Dinas: {name}, NIP. {nip}").format(
                name=escape(office.head_name), nip=escape(office.head_nip)))
        self.users.clear()
        requests = self.services.accounts.role_requests()
        waiting = {r.user_id for r in requests}
        for user in self.services.accounts.users():
            flags = " · " + translate("SettingsTab", "administrator") if user.is_admin else ""
            inactive = " · " + translate("SettingsTab", "nonaktif") if not user.active else ""
            pending = " · " + translate("SettingsTab", "menunggu konfirmasi peran") if user.id in waiting else ""
            item = QListWidgetItem(f"{user.full_name} ({role_label(user.role)}) — {user.username}{flags}{inactive}"
                                   f"{pending}")
            item.setData(Qt.ItemDataRole.UserRole, (user.id, user.active))
            self.users.addItem(item)
        self._show_requests(requests)
        lines = [translate("SettingsTab", "Plt.: {name}, {start} s.d. {end}").format(
                 name=escape(d.delegate), start=formatting.date(d.start), end=formatting.date(d.end))
                 for d in self.services.accounts.delegations() if not d.revoked]
        self.delegations.setText("<br>".join(lines))
        self._show_calendar()
        admin = self.services.ctx.may(Action.MANAGE_USERS)
        self.permissions.load(self.services.accounts.permission_matrix(), admin,
                              "" if admin else refusal_reason(Action.MANAGE_USERS))
        office_editor = self.services.ctx.may(Action.EDIT_OFFICE)
        letters = self.services.letters
        self.letters.load(letters.number_format(), letters.next_number(), letters.register(), office_editor,
                          "" if office_editor else refusal_reason(Action.EDIT_OFFICE))
        actor = self.services.ctx.actor
        self.idle_minutes.setValue(self.services.accounts.idle_lock_minutes())
        self.idle_minutes.setEnabled(self.services.ctx.may(Action.MANAGE_USERS))
        for button in (self.edit_office, self.add_user, self.toggle_user, self.change_role, self.reset_password,
                       self.delegate, self.save_idle):
            action = Action(button.property("padiAction"))
            allowed = self.services.ctx.may(action) or (action == Action.DELEGATE and bool(actor and actor.is_admin))
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else refusal_reason(action))

    def _apply(self, work: Callable[[], object], message: str) -> None:
        try:
            work()
        except PadiError as err:
            prompts.error(self, translate("SettingsTab", "Pengaturan"), error_text(err), err.detail)
            return
        self.sig_changed.emit()
        prompts.status(self, message)

    def _show_requests(self, requests: list) -> None:  # of RoleRequestInfo
        self.role_requests.clear()
        for request in requests:
            wanted = role_label(request.role) + (" · " + translate("SettingsTab", "administrator")
                                                 if request.is_admin else "")
            now = role_label(request.current_role) + (" · " + translate("SettingsTab", "administrator")
                                                      if request.current_admin else "")
            item = QListWidgetItem(translate(
                "SettingsTab", "{name} ({user}): {now} → {wanted}; diajukan {who}, {when}").format(
                name=request.full_name, user=request.username, now=now, wanted=wanted, who=request.requested_by,
                when=formatting.datetime(request.requested_at)))
            item.setData(Qt.ItemDataRole.UserRole, request.id)
            self.role_requests.addItem(item)
        self.requests_box.setVisible(bool(requests))
        if requests:
            self.role_requests.setCurrentRow(0)
        self._update_request_buttons()

    def _update_request_buttons(self) -> None:
        actor = self.services.ctx.actor
        allowed = actor is not None and actor.role == Role.KEPALA
        chosen = self.role_requests.currentItem() is not None
        for button in (self.confirm_role, self.reject_role):
            button.setEnabled(allowed and chosen)
            button.setToolTip("" if allowed else translate(
                "SettingsTab", "Hanya Kepala Dinas yang dapat mengonfirmasi atau menolak perubahan peran."))

    def _on_decide_role(self, confirmed: bool) -> None:
        item = self.role_requests.currentItem()
        if item is None:
            return
        request_id = item.data(Qt.ItemDataRole.UserRole)
        if confirmed:
            self._apply(lambda: self.services.accounts.confirm_role_change(request_id),
                        translate("SettingsTab", "Perubahan peran dikonfirmasi dan dicatat."))
        else:
            self._apply(lambda: self.services.accounts.reject_role_change(request_id),
                        translate("SettingsTab", "Perubahan peran ditolak dan dicatat."))

    def _on_change_role_clicked(self) -> None:
        item = self.users.currentItem()
        if item is None:
            return
        user_id, _active = item.data(Qt.ItemDataRole.UserRole)
        user = next(u for u in self.services.accounts.users() if u.id == user_id)
        dialog = RoleDialog(user, self)
        if not prompts.run_dialog(dialog):
            return
        done: list[bool] = []
        self._apply(lambda: done.append(self.services.accounts.change_role(user_id, *dialog.value())),
                    translate("SettingsTab", "Peran diubah."))
        if done and not done[0]:
            prompts.status(self, translate("SettingsTab", "Perubahan peran menunggu konfirmasi Kepala Dinas."))

    def _on_edit_office_clicked(self) -> None:
        dialog = OfficeDialog(self.services.accounts.office(), self)
        if prompts.run_dialog(dialog):
            self._apply(lambda: self.services.accounts.update_office(dialog.value()),
                        translate("SettingsTab", "Profil kantor disimpan."))

    def _on_add_user_clicked(self) -> None:
        dialog = UserDialog(self)
        if not prompts.run_dialog(dialog):
            return
        wanted = dialog.value()
        made: list = []
        self._apply(lambda: made.append(self.services.accounts.create_user(**wanted)),
                    translate("SettingsTab", "Pengguna ditambahkan."))
        if made and (made[0].role, made[0].is_admin) != (wanted["role"], wanted["is_admin"]):
            prompts.status(self, translate(
                "SettingsTab", "Pengguna ditambahkan sebagai {role}; peran yang diminta menunggu konfirmasi "
                               "Kepala Dinas.").format(role=role_label(made[0].role)))

    def _on_toggle_user_clicked(self) -> None:
        item = self.users.currentItem()
        if item is None:
            return
        user_id, active = item.data(Qt.ItemDataRole.UserRole)
        self._apply(lambda: self.services.accounts.set_active(user_id, not active),
                    translate("SettingsTab", "Status pengguna diubah."))

    def _on_save_idle_clicked(self) -> None:
        minutes = self.idle_minutes.value()
        self._apply(lambda: self.services.accounts.set_idle_lock_minutes(minutes),
                    translate("SettingsTab", "Batas waktu kunci layar disimpan."))

    def _on_save_permissions(self) -> None:
        grants = self.permissions.grants()
        self._apply(lambda: self.services.accounts.set_permissions(grants),
                    translate("SettingsTab", "Hak akses peran disimpan dan dicatat."))

    def _on_save_letter_format(self, fmt: str) -> None:
        self._apply(lambda: self.services.letters.set_number_format(fmt),
                    translate("SettingsTab", "Format nomor surat disimpan."))

    def _on_reset_password_clicked(self) -> None:
        item = self.users.currentItem()
        if item is None:
            return
        user_id, _active = item.data(Qt.ItemDataRole.UserRole)
        dialog = PasswordDialog(translate("SettingsTab", "Atur Ulang Kata Sandi"), translate(
            "SettingsTab", "Pengguna harus mengganti kata sandi ini saat masuk berikutnya. Penguncian akun "
                           "karena salah kata sandi ikut dibuka."), parent=self)
        if prompts.run_dialog(dialog):
            self._apply(lambda: self.services.accounts.reset_password(user_id, dialog.value()[1]),
                        translate("SettingsTab", "Kata sandi diatur ulang."))

    def _on_change_password_clicked(self) -> None:
        dialog = PasswordDialog(translate("SettingsTab", "Ganti Kata Sandi"), ask_old=True, parent=self)
        if prompts.run_dialog(dialog):
            self._apply(lambda: self.services.accounts.change_password(*dialog.value()),
                        translate("SettingsTab", "Kata sandi diganti."))

    def _on_delegate_clicked(self) -> None:
        dialog = DelegationDialog(self.services.accounts.users(), self.services.ctx.now().date(), self)
        if prompts.run_dialog(dialog):
            self._apply(lambda: self.services.accounts.delegate(*dialog.value()),
                        translate("SettingsTab", "Plt. Kepala Dinas ditunjuk."))

    def _show_calendar(self) -> None:
        calendar = self.services.performance.calendar()
        names = (translate("SettingsTab", "Sen"), translate("SettingsTab", "Sel"), translate("SettingsTab", "Rab"),
                 translate("SettingsTab", "Kam"), translate("SettingsTab", "Jum"), translate("SettingsTab", "Sab"),
                 translate("SettingsTab", "Min"))
        rest = translate("SettingsTab", " (istirahat {start}–{end})")
        days = [f"{name} {d.start:%H.%M}–{d.end:%H.%M}"
                + (rest.format(start=f"{d.break_start:%H.%M}", end=f"{d.break_end:%H.%M}") if d.break_start else "")
                for name, d in zip(names, calendar.week, strict=True) if d is not None]
        years = sorted({h.date.year for h in calendar.holidays})
        self.calendar_label.setText(
            escape("; ".join(days)) + "<br>" + translate(
                "SettingsTab", "{n} hari libur dan cuti bersama ({years}); peringatan cadangan setelah {days} hari.")
            .format(n=len(calendar.holidays), years=", ".join(map(str, years)) or "–",
                    days=self.services.performance.backup_warn_days()))
        allowed = self.services.ctx.may(Action.EDIT_OFFICE)
        for button in (self.edit_calendar, self.edit_timing):
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else refusal_reason(Action.EDIT_OFFICE))
        rules = self.services.performance.timing_rules()
        days = ", ".join(f"{int(step)}: {n}" for step, n in sorted(rules.wait_warn_days.items()))
        self.timing_label.setText(translate(
            "SettingsTab", "Waktu kerja dijeda setelah {idle} menit tidak aktif. Peringatan waktu tunggu (hari kerja) "
                           "per langkah: {days}. Waktu tunggu tidak membuat langkah terlambat.").format(
            idle=rules.idle_minutes, days=days))

    def _on_edit_timing_clicked(self) -> None:
        from desktop_app.gui.dialogs.timing_rules import TimingRulesDialog

        dialog = TimingRulesDialog(self.services.performance.timing_rules(), self)
        if prompts.run_dialog(dialog):
            self._apply(lambda: self.services.performance.set_timing_rules(dialog.value()),
                        translate("SettingsTab", "Aturan waktu kerja dan tunggu disimpan."))

    def _on_edit_calendar_clicked(self) -> None:
        from desktop_app.gui.dialogs.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(self.services.performance.calendar(), self.services.performance.backup_warn_days(),
                                self)
        if prompts.run_dialog(dialog):
            self._apply(lambda: self.services.performance.set_calendar(*dialog.value()),
                        translate("SettingsTab", "Kalender kerja disimpan."))

    def _on_theme_current_index_changed(self, _index: int) -> None:
        choice = str(self.theme.currentData())
        QSettings().setValue(theme.SETTING, choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, choice)
        self.sig_changed.emit()  # the window refreshes: lists re-colour their late/ok marks for the theme

    def _on_language_current_index_changed(self, _index: int) -> None:
        QSettings().setValue("ui/language", self.language.currentData())
        self.language_note.setText(translate("SettingsTab", "Bahasa baru berlaku saat PADI dibuka kembali."))

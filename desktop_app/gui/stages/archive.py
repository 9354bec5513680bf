"""Step 8 — Arsip: verified backups to a flash disk or folder, rotation, re-verification, restore, data soft.

The left pane lists where a backup can go (mounted drives, removable ones first, and the folder
chosen before); the right pane shows the last verified backup, the backups found on the chosen
target with their verification state, and the office's backup settings. Restoring replaces the
database: when it is done the tab emits ``sig_restored`` and the main window restarts into the
restored database (a fresh login).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.domain.errors import PadiError
from desktop_app.domain.roles import Action
from desktop_app.domain.rotation import RotationPolicy
from desktop_app.domain.steps import Step
from desktop_app.gui import prompts, theme
from desktop_app.gui.dialogs.backup_options import BackupChoice, BackupOptionsDialog
from desktop_app.gui.dialogs.unknown_backup import UnknownBackupDialog
from desktop_app.gui.drives import mounted_drives
from desktop_app.gui.file_places import Purpose
from desktop_app.gui.jobs import Report
from desktop_app.gui.messages import error_text
from desktop_app.gui.stages.base import StageAction, StageTab
from desktop_app.services.archive import (
    BackupInfo,
    BackupSettings,
    BackupSummary,
    RestoreResult,
    SoftCopyResult,
    TargetBackup,
    describe_backup,
    is_encrypted,
    restore_database,
)

translate = QCoreApplication.translate

PATH_ROLE = Qt.ItemDataRole.UserRole
WATCH_MS = 5000  # how often an open Arsip tab looks whether the chosen target came back


def _size(n: int) -> str:
    if n >= 1024**3:
        return translate("ArchiveTab", "{n} GB").format(n=formatting.number(n / 1024**3, 1))
    if n >= 1024**2:
        return translate("ArchiveTab", "{n} MB").format(n=formatting.number(n / 1024**2, 1))
    return translate("ArchiveTab", "{n} KB").format(n=formatting.number(max(n / 1024, 0.1), 1))


class ArchiveTab(StageTab):
    step = Step.ARCHIVE

    sig_restored = Signal()
    """A backup replaced the database: reopen it and log in again."""

    def __init__(self, services, parent: QWidget | None = None) -> None:  # noqa: ANN001
        self._target: Path | None = None
        self._verdicts: dict[Path, TargetBackup] = {}
        self._present: set[Path] = set()  # targets seen mounted since the tab was last shown
        self._exit_backup_started = False
        super().__init__(services, parent)
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._on_watch)
        self._build_panes()

    def tab_title(self) -> str:
        return translate("ArchiveTab", "Arsip")

    def step_description(self) -> str:
        return translate("ArchiveTab", "Menyimpan semua file sebagai data soft untuk kepentingan internal")

    def build_actions(self) -> list[StageAction]:
        return [
            StageAction(translate("ArchiveTab", "Cadangkan Sekarang"), Action.BACKUP, self._on_backup,
                        primary=True, needs_item=False, shortcut="Ctrl+B"),
            StageAction(translate("ArchiveTab", "Verifikasi Ulang"), Action.BACKUP, self._on_reverify,
                        needs_item=False),
            StageAction(translate("ArchiveTab", "Pulihkan…"), Action.RESTORE, self._on_restore, needs_item=False),
            StageAction(translate("ArchiveTab", "Salin Data Soft"), Action.BACKUP, self._on_soft_copy,
                        needs_item=False),
        ]

    # --- layout ----------------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.ui.searchEdit.hide()
        self.ui.itemList.hide()
        pane = self.ui.listLayout
        pane.addWidget(QLabel(translate("ArchiveTab", "<b>Tujuan cadangan</b>"), self))
        self.target_list = QListWidget(self)
        self.target_list.setObjectName("targetList")
        self.target_list.currentItemChanged.connect(self._on_target_chosen)
        pane.addWidget(self.target_list, 1)
        row = QHBoxLayout()
        self.folder_button = QPushButton(translate("ArchiveTab", "Pilih folder…"), self)
        self.folder_button.clicked.connect(self._on_choose_folder)
        self.rescan_button = QPushButton(translate("ArchiveTab", "Muat ulang drive"), self)
        self.rescan_button.clicked.connect(self._fill_targets)
        row.addWidget(self.folder_button)
        row.addWidget(self.rescan_button)
        pane.addLayout(row)

        work = self.ui.workLayout
        work.addWidget(QLabel(translate("ArchiveTab", "<b>Cadangan pada tujuan ini</b>"), self))
        self.backup_table = QTableWidget(0, 5, self)
        self.backup_table.setObjectName("backupTable")
        self.backup_table.setHorizontalHeaderLabels([
            translate("ArchiveTab", "Berkas"), translate("ArchiveTab", "Dibuat"), translate("ArchiveTab", "Ukuran"),
            translate("ArchiveTab", "Jenis"), translate("ArchiveTab", "Keadaan")])
        self.backup_table.verticalHeader().hide()
        self.backup_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.backup_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.backup_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        work.addWidget(self.backup_table, 1)

        box = QGroupBox(translate("ArchiveTab", "Pengaturan cadangan kantor"), self)
        form = QFormLayout(box)
        self.newest_spin, self.daily_spin, self.weekly_spin, self.monthly_spin = (QSpinBox(box) for _ in range(4))
        for spin in (self.newest_spin, self.daily_spin, self.weekly_spin, self.monthly_spin):
            spin.setRange(0, 120)
        self.newest_spin.setToolTip(translate(
            "ArchiveTab", "Cadangan terbaru yang selalu disimpan, walaupun dibuat pada hari yang sama"))
        keep = QHBoxLayout()
        for label, spin in ((translate("ArchiveTab", "terbaru"), self.newest_spin),
                            (translate("ArchiveTab", "harian"), self.daily_spin),
                            (translate("ArchiveTab", "mingguan"), self.weekly_spin),
                            (translate("ArchiveTab", "bulanan"), self.monthly_spin)):
            keep.addWidget(spin)
            keep.addWidget(QLabel(label, box))
        keep.addStretch(1)
        form.addRow(translate("ArchiveTab", "Simpan cadangan terakhir:"), keep)
        self.encrypt_check = QCheckBox(translate(
            "ArchiveTab", "Enkripsi cadangan dengan frasa sandi (ditanyakan setiap kali mencadangkan)"), box)
        form.addRow("", self.encrypt_check)
        self.on_exit_check = QCheckBox(translate(
            "ArchiveTab", "Cadangkan otomatis (tanpa enkripsi) saat PADI ditutup"), box)
        form.addRow("", self.on_exit_check)
        self.save_settings_button = QPushButton(translate("ArchiveTab", "Simpan Pengaturan"), box)
        self.save_settings_button.clicked.connect(self._on_save_settings)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_settings_button)
        save_row.addStretch(1)
        form.addRow("", save_row)
        note = QLabel(translate("ArchiveTab", "Cadangan lama dihapus hanya setelah cadangan baru terverifikasi; "
                                              "cadangan terverifikasi terbaru tidak pernah dihapus."), box)
        note.setWordWrap(True)
        form.addRow(note)
        self.settings_box = box
        work.addWidget(box)
        settings = self.services.archive.settings()
        self._target = Path(settings.target) if settings.target else None
        self._show_settings(settings)
        self._fill_targets()

    def _show_settings(self, settings: BackupSettings) -> None:
        self.newest_spin.setValue(settings.rotation.newest)
        self.daily_spin.setValue(settings.rotation.daily)
        self.weekly_spin.setValue(settings.rotation.weekly)
        self.monthly_spin.setValue(settings.rotation.monthly)
        self.on_exit_check.setChecked(settings.on_exit)
        self.encrypt_check.setChecked(settings.encrypt)

    def _fill_targets(self) -> None:
        widget = self.target_list
        widget.blockSignals(True)
        widget.clear()
        paths = []
        for drive in mounted_drives():
            kind = translate("ArchiveTab", "Media lepas") if drive.removable else translate("ArchiveTab", "Disk")
            text = translate("ArchiveTab", "{label}\n{kind} · {free} kosong dari {total}").format(
                label=drive.label, kind=kind, free=_size(drive.free), total=_size(drive.total))
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(drive.path))
            widget.addItem(item)
            paths.append(drive.path)
        if self._target is not None and self._target not in paths:
            there = self._target.is_dir()
            text = translate("ArchiveTab", "{name}\nFolder pilihan · {state}").format(
                name=self._target.name or str(self._target),
                state=translate("ArchiveTab", "tersedia") if there else translate("ArchiveTab", "tidak terpasang"))
            item = QListWidgetItem(text)
            item.setToolTip(str(self._target))
            item.setData(PATH_ROLE, str(self._target))
            widget.insertItem(0, item)
        for row in range(widget.count()):
            if self._target is not None and widget.item(row).data(PATH_ROLE) == str(self._target):
                widget.setCurrentRow(row)
        widget.blockSignals(False)

    # --- showing ---------------------------------------------------------------------------
    def show_item(self, _item: object) -> None:
        if not hasattr(self, "backup_table"):
            return  # still being built
        last = self.services.archive.last_verified()
        if last is None:
            text = translate("ArchiveTab", "<p><b>Belum ada cadangan terverifikasi.</b> Pasang flash disk atau "
                                           "hard disk lalu klik Cadangkan Sekarang.</p>")
        else:
            text = translate("ArchiveTab", "<p>Cadangan terverifikasi terakhir: <b>{when}</b><br>{path}<br>"
                                           "SHA-256: <tt>{sha}</tt></p>").format(
                when=formatting.datetime(last.created_at), path=last.path, sha=last.sha256)
        target = str(self._target) if self._target else translate("ArchiveTab", "(belum dipilih)")
        text += translate("ArchiveTab", "<p>Tujuan: <b>{target}</b></p>").format(target=target)
        self.ui.detailLabel.setText(text)
        self._fill_backups()
        may = self.services.ctx.may(Action.BACKUP)
        self.settings_box.setEnabled(may)
        self.folder_button.setEnabled(may)

    def _fill_backups(self) -> None:
        table = self.backup_table
        found = self.services.archive.backups_on(self._target) if self._target and self._target.is_dir() else []
        table.setRowCount(len(found))
        for row, backup in enumerate(found):
            verdict = self._verdicts.get(backup.path)
            bad = False
            if verdict is not None and any(c == "passphrase_needed" for c, _ in verdict.problems):
                state = translate("ArchiveTab", "Perlu frasa sandi untuk diverifikasi")
            elif verdict is not None:
                bad = not verdict.verified
                state = translate("ArchiveTab", "Utuh (diverifikasi ulang)") if verdict.verified else \
                    translate("ArchiveTab", "RUSAK — jangan dipakai")
            elif backup.verified:
                state = translate("ArchiveTab", "Terverifikasi")
            elif backup.recorded:
                bad = True
                state = translate("ArchiveTab", "RUSAK — jangan dipakai")
            else:
                state = translate("ArchiveTab", "Belum diverifikasi di komputer ini")
            cells = (backup.path.name, formatting.datetime(backup.created_at), _size(backup.size),
                     translate("ArchiveTab", "Terenkripsi") if backup.encrypted else translate("ArchiveTab", "Biasa"),
                     state)
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 4 and bad:
                    item.setForeground(theme.readable("#b23a48"))
                table.setItem(row, col, item)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fill_targets()
        self.auto_reverify()
        self._watch.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self._watch.stop()
        super().hideEvent(event)

    def _on_watch(self) -> None:
        """While the tab is open: notice the chosen stick being plugged in (or out) again."""
        if not self.services.ctx.may(Action.BACKUP):
            return
        if self._target is not None and self._target.is_dir() != (self._target in self._present):
            self._fill_targets()
            self.show_item(None)
            self.auto_reverify()

    def auto_reverify(self) -> bool:
        """Re-verify the backups on the chosen target when it is (again) present; True when a check started.

        Flash sticks lie about writes: a backup that verified when written may not read back a week later.
        """
        target = self._target
        if target is None or not self.services.ctx.may(Action.BACKUP):
            return False
        if not target.is_dir():
            self._present.discard(target)
            return False
        if target in self._present:
            return False
        self._present.add(target)
        if not self.services.archive.backups_on(target):
            return False
        self._start_reverify(target, None)
        return True

    # --- choosing the target ---------------------------------------------------------------
    def _on_target_chosen(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        self._set_target(Path(current.data(PATH_ROLE)))

    def _on_choose_folder(self) -> None:
        folder = prompts.choose_folder(self, translate("ArchiveTab", "Pilih flash disk atau folder cadangan"),
                                       str(self._target or ""), Purpose.BACKUP)
        if folder is not None:
            self._set_target(folder)
            self._fill_targets()

    def _set_target(self, target: Path) -> None:
        if target == self._target:
            return
        self._target = target
        self._verdicts.clear()
        if self.services.ctx.may(Action.BACKUP):
            settings = self.services.archive.settings()
            try:
                self.services.archive.save_settings(BackupSettings(str(target), settings.rotation, settings.on_exit,
                                                                   settings.encrypt))
            except PadiError as err:
                prompts.error(self, translate("ArchiveTab", "Tidak dapat dilanjutkan"), error_text(err), err.detail)
        self.show_item(None)

    def _on_save_settings(self) -> None:
        settings = BackupSettings(str(self._target or ""), RotationPolicy(
            self.daily_spin.value(), self.weekly_spin.value(), self.monthly_spin.value(), self.newest_spin.value()),
            self.on_exit_check.isChecked(), self.encrypt_check.isChecked())
        self.run(lambda: self.services.archive.save_settings(settings),
                 translate("ArchiveTab", "Pengaturan cadangan disimpan."))

    def _need_target(self) -> Path | None:
        if self._target is None or not self._target.is_dir():
            prompts.error(self, translate("ArchiveTab", "Tujuan cadangan belum siap"), translate(
                "ArchiveTab", "Pilih flash disk atau folder tujuan di sebelah kiri, dan pastikan media terpasang."))
            return None
        return self._target

    # --- backing up ------------------------------------------------------------------------
    def _on_backup(self) -> None:
        target = self._target
        if target is None or not target.is_dir():  # nothing chosen yet, or that stick is not plugged in
            target = prompts.choose_folder(self, translate("ArchiveTab", "Pilih flash disk atau folder cadangan"),
                                           str(self._target or ""), Purpose.BACKUP)
            if target is None:
                return
            self._set_target(target)
            self._fill_targets()
        choice = BackupChoice(None, "", False)
        if self.services.archive.settings().encrypt:
            dialog = BackupOptionsDialog(str(target), self)
            dialog.encrypt_check.setChecked(True)
            if not prompts.run_dialog(dialog):
                return
            choice = dialog.choice()
        self.backup_to(target, choice)

    def backup_to(self, target: Path, choice: BackupChoice, then=None) -> None:  # noqa: ANN001
        """Write a verified backup as a job; ``then()`` runs after it ended (either way)."""
        def work(report: Report) -> BackupInfo:
            text = translate("ArchiveTab", "Menulis dan memverifikasi cadangan ke {folder} …").format(folder=target)
            return self.services.archive.backup(target, lambda done, total: report(done, total, text),
                                                passphrase=choice.passphrase)

        def done(info: BackupInfo) -> None:
            self._verdicts.clear()
            self.sig_status.emit(translate("ArchiveTab", "Cadangan terverifikasi: {name}").format(name=info.path.name))
            if choice.passphrase and choice.print_sheet:
                self._save_recovery_sheet(info, choice.kept_at)

        job = self.start_job(translate("ArchiveTab", "Cadangkan Sekarang"), work, done)
        if then is not None:
            job.sig_finished.connect(lambda _ok: then())

    def _save_recovery_sheet(self, info: BackupInfo, kept_at: str) -> None:
        suggested = f"lembar-pemulihan-{info.path.stem}.pdf"  # in the folder of the last export
        out = prompts.choose_output_file(self, self.services, translate("ArchiveTab", "Simpan lembar pemulihan"),
                                         translate("ArchiveTab", "PDF (*.pdf)"), suggested, (".pdf",))
        if out is None:
            return
        self.run(lambda: self.services.archive.recovery_sheet(info, kept_at, out),
                 translate("ArchiveTab", "Lembar pemulihan disimpan: {name}. Cetak dan simpan di tempat aman.").format(
                     name=out.name))

    def may_quit(self, then) -> bool:  # noqa: ANN001
        """Tutup PADI: when the office wants a backup on exit, ask whether to make it first.

        True: the window may close now. False: it stays open, because the user chose Batal, or
        because the backup started and calls ``then()`` (closing the window) when it ends.
        """
        if self._exit_backup_started or not self.services.ctx.may(Action.BACKUP):
            return True
        settings = self.services.archive.settings()
        if not settings.on_exit or not settings.target:
            return True
        target = Path(settings.target)
        quit_label = translate("ArchiveTab", "Tutup tanpa Cadangan")
        if not target.is_dir():
            answer = prompts.ask_choice(self, translate("ArchiveTab", "Tutup PADI"), translate(
                "ArchiveTab", "Cadangan saat menutup PADI tidak dapat dibuat: {folder} tidak terpasang. Pasang "
                              "medianya lalu tutup lagi, atau tutup tanpa cadangan.").format(folder=target),
                {"quit": quit_label})
            return answer == "quit"
        answer = prompts.ask_choice(self, translate("ArchiveTab", "Tutup PADI"), translate(
            "ArchiveTab", "Kantor meminta cadangan setiap kali PADI ditutup. Cadangkan ke {folder} sebelum "
                          "menutup?").format(folder=target),
            {"backup": translate("ArchiveTab", "Cadangkan lalu Tutup"), "quit": quit_label})
        if answer != "backup":
            return answer == "quit"
        self._exit_backup_started = True
        self.backup_to(target, BackupChoice(None, "", False), then)
        return False

    # --- checking again --------------------------------------------------------------------
    def _on_reverify(self) -> None:
        target = self._need_target()
        if target is None:
            return
        passphrase = None
        if any(b.encrypted for b in self.services.archive.backups_on(target)):
            passphrase = prompts.ask_secret(self, translate("ArchiveTab", "Verifikasi Ulang"), translate(
                "ArchiveTab", "Frasa sandi cadangan terenkripsi (kosongkan untuk melewatinya):")) or None
        self._start_reverify(target, passphrase)

    def _start_reverify(self, target: Path, passphrase: str | None) -> None:
        def work(report: Report) -> list[TargetBackup]:
            text = translate("ArchiveTab", "Memverifikasi ulang cadangan di {folder} …").format(folder=target)
            return self.services.archive.reverify(target, passphrase, lambda d, t: report(d, t, text))

        def done(results: list[TargetBackup]) -> None:
            self._verdicts = {r.path: r for r in results}
            damaged = [r for r in results if not r.verified and not any(
                c == "passphrase_needed" for c, _ in r.problems)]
            if damaged:
                prompts.error(self, translate("ArchiveTab", "Cadangan rusak ditemukan"), translate(
                    "ArchiveTab", "{n} cadangan di {folder} tidak lagi utuh. Jangan gunakan untuk pemulihan; buat "
                                  "cadangan baru, sebaiknya di media lain.").format(n=len(damaged), folder=target),
                    "\n".join(f"{r.path.name}: {r.problems}" for r in damaged))
            else:
                self.sig_status.emit(translate("ArchiveTab", "{n} cadangan diverifikasi ulang.").format(n=len(results)))

        self.start_job(translate("ArchiveTab", "Verifikasi Ulang"), work, done)

    # --- restoring -------------------------------------------------------------------------
    def _on_restore(self) -> None:
        path = prompts.choose_file(self, translate("ArchiveTab", "Pilih berkas cadangan"),
                                   translate("ArchiveTab", "Cadangan PADI (*.zip *.padienc)"),
                                   str(self._target or ""), Purpose.BACKUP)
        if path is None:
            return
        passphrase = None
        if is_encrypted(path):
            passphrase = prompts.ask_secret(self, translate("ArchiveTab", "Pulihkan"),
                                            translate("ArchiveTab", "Frasa sandi cadangan:"))
            if passphrase is None:
                return
        try:
            actor = self.services.archive.restore_actor()
        except PadiError as err:
            prompts.error(self, translate("ArchiveTab", "Tidak dapat dilanjutkan"), error_text(err), err.detail)
            return

        db_path = self.services.ctx.db.path

        def work(report: Report) -> BackupSummary:
            report(0, 0, translate("ArchiveTab", "Memverifikasi {name} …").format(name=path.name))
            return describe_backup(path, passphrase, db_path)

        def described(summary: BackupSummary) -> None:
            c = summary.counts
            if summary.known is not None:
                known = translate("ArchiveTab", "ya (Catatan Aktivitas #{entry})").format(entry=summary.known.entry_id)
            else:
                known = translate("ArchiveTab", "TIDAK")
            question = translate(
                "ArchiveTab",
                "Pulihkan cadangan {name}?\n\nDibuat: {when}\nIsi: {datasets} Kumpulan Data ({rows} baris), "
                "{pubs} Publikasi, {users} pengguna, {log} entri Catatan Aktivitas.\nTercatat di kantor ini: "
                "{known}\n\nSemua perubahan sesudah cadangan ini dibuat akan diganti. Basis data sekarang disimpan "
                "dulu sebagai salinan pengaman di sebelahnya, lalu PADI dibuka ulang dan Anda masuk kembali.").format(
                name=path.name, when=summary.created_at.replace("T", " "), datasets=c["datasets"], rows=c["rows"],
                pubs=c["publications"], users=c["users"], log=c["log_entries"], known=known)
            if not prompts.confirm(self, translate("ArchiveTab", "Pulihkan"), question):
                return
            if summary.known is None:  # not made here: the administrator confirms it in words
                dialog = UnknownBackupDialog(path.name, summary.created_at, summary.sha256, self)
                if not prompts.run_dialog(dialog) or not dialog.confirmed():
                    return
            self._run_restore(path, passphrase, actor, accept_unknown=summary.known is None)

        self.start_job(translate("ArchiveTab", "Pulihkan"), work, described, changes_data=False)

    def _run_restore(self, path: Path, passphrase: str | None, actor, accept_unknown: bool = False) -> None:  # noqa: ANN001
        db = self.services.ctx.db

        def work(report: Report) -> RestoreResult:
            text = translate("ArchiveTab", "Memulihkan {name} …").format(name=path.name)
            db.close()  # every pooled connection; the restore replaces the file
            return restore_database(path, db.path, now=self.services.ctx.now(), actor=actor,
                                            passphrase=passphrase, progress=lambda d, t: report(d, t, text),
                                            accept_unknown=accept_unknown)

        def done(result: RestoreResult) -> None:
            safety = str(result.safety_copy) if result.safety_copy else "-"
            prompts.info(self, translate("ArchiveTab", "Pemulihan selesai"), translate(
                "ArchiveTab", "Basis data dipulihkan dari {name}. Salinan pengaman basis data sebelumnya: {safety}\n\n"
                              "PADI akan dibuka ulang; silakan masuk kembali.").format(name=path.name, safety=safety))
            self.sig_restored.emit()

        self.start_job(translate("ArchiveTab", "Pulihkan"), work, done, changes_data=False)

    # --- soft data -------------------------------------------------------------------------
    def _on_soft_copy(self) -> None:
        target = self._need_target()
        if target is None:
            return

        def work(report: Report) -> SoftCopyResult:
            text = translate("ArchiveTab", "Menyalin data soft ke {folder} …").format(folder=target)
            return self.services.soft_copy.write(target, lambda d, t: report(d, t, text))

        def done(result: SoftCopyResult) -> None:
            self.sig_status.emit(translate(
                "ArchiveTab", "Data soft disalin ke {folder}: {datasets} Kumpulan Data, {pubs} Publikasi.").format(
                folder=result.folder, datasets=result.datasets, pubs=result.publications))

        self.start_job(translate("ArchiveTab", "Salin Data Soft"), work, done)

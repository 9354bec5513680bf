"""Step 8 — Arsip: a verified backup to a flash disk or folder, with the last backups listed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

from desktop_app.domain import formatting
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.gui import prompts
from desktop_app.gui.jobs import Report
from desktop_app.gui.stages.base import StageAction, StageTab
from desktop_app.services.archive import BackupInfo

translate = QCoreApplication.translate


class ArchiveTab(StageTab):
    step = Step.ARCHIVE

    def tab_title(self) -> str:
        return translate("ArchiveTab", "Arsip")

    def step_description(self) -> str:
        return translate("ArchiveTab", "Menyimpan semua file sebagai data soft untuk kepentingan internal")

    def build_actions(self) -> list[StageAction]:
        return [StageAction(translate("ArchiveTab", "Cadangkan Sekarang"), Action.BACKUP, self._on_backup,
                            primary=True, needs_item=False, shortcut="Ctrl+B")]


    def show_item(self, _item: object) -> None:
        last = self.services.archive.last_verified()
        if last is None:
            text = translate("ArchiveTab", "<p><b>Belum ada cadangan terverifikasi.</b> Pasang flash disk atau "
                                           "hard disk lalu klik Cadangkan Sekarang.</p>")
        else:
            text = translate("ArchiveTab", "<p>Cadangan terverifikasi terakhir: <b>{when}</b><br>{path}<br>"
                                           "SHA-256: <tt>{sha}</tt></p>").format(
                when=formatting.datetime(last.created_at), path=last.path, sha=last.sha256)
        self.ui.detailLabel.setText(text)

    def _on_backup(self) -> None:
        settings = QSettings()
        folder = prompts.choose_folder(self, translate("ArchiveTab", "Pilih flash disk atau folder cadangan"),
                                       str(settings.value("backup/folder", "")))
        if folder is None:
            return
        settings.setValue("backup/folder", str(folder))

        def work(report: Report) -> BackupInfo:
            text = translate("ArchiveTab", "Menulis dan memverifikasi cadangan ke {folder} …").format(folder=folder)
            return self.services.archive.backup(folder, lambda done, total: report(done, total, text))

        def done(info: BackupInfo) -> None:
            self.sig_status.emit(translate("ArchiveTab", "Cadangan terverifikasi: {name}").format(name=info.path.name))

        self.start_job(translate("ArchiveTab", "Cadangkan Sekarang"), work, done)

"""Step 7 — Publikasi: write the approved version as a PDF for print and the website."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import PublicationState
from desktop_app.gui import prompts
from desktop_app.gui.jobs import Report
from desktop_app.gui.stages.base import ListItem, StageAction
from desktop_app.gui.stages.publication_tab import PublicationStageTab
from desktop_app.services.publications import PublishResult

translate = QCoreApplication.translate


class PublishTab(PublicationStageTab):
    step = Step.PUBLISH
    states = (PublicationState.APPROVED, PublicationState.PUBLISHED)

    def tab_title(self) -> str:
        return translate("PublishTab", "Publikasi")

    def step_description(self) -> str:
        return translate("PublishTab", "Menyediakan dan menyajikan barang publikasi lewat cetakan dan internet")

    def build_actions(self) -> list[StageAction]:
        return [StageAction(translate("PublishTab", "Terbitkan PDF"), Action.PUBLISH_PUBLICATION, self._on_publish,
                            primary=True)]

    def waiting_items(self) -> list[ListItem]:
        return [i for i in self._items if i.state == PublicationState.APPROVED]

    def _on_publish(self) -> None:
        item = self.current_item()
        settings = QSettings()
        folder = prompts.choose_folder(self, translate("PublishTab", "Simpan PDF ke folder"),
                                       str(settings.value("publish/folder", "")))
        if folder is None:
            return
        settings.setValue("publish/folder", str(folder))

        def work(report: Report) -> PublishResult:
            report(0, 0, translate("PublishTab", "Menyusun PDF versi yang disetujui …"))
            return self.services.publications.publish(item.id, folder)

        def done(result: PublishResult) -> None:
            self.sig_status.emit(translate("PublishTab", "PDF diterbitkan: {path}").format(path=result.pdf_path))

        self.start_job(translate("PublishTab", "Terbitkan PDF"), work, done)

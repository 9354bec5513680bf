"""Step 6 — Persetujuan: the head reads the submitted version, approves it or returns it with notes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import PublicationState
from desktop_app.gui import prompts
from desktop_app.gui.stages.base import StageAction
from desktop_app.gui.stages.publication_tab import PublicationStageTab
from desktop_app.services.publications import NoteDraft

translate = QCoreApplication.translate


class ReviewTab(PublicationStageTab):
    step = Step.REVIEW
    states = (PublicationState.SUBMITTED,)

    def tab_title(self) -> str:
        return translate("ReviewTab", "Persetujuan")

    def step_description(self) -> str:
        return translate("ReviewTab", "Mencermati dan menganalisa data; setujui, atau kembalikan untuk diperbaiki")

    def build_actions(self) -> list[StageAction]:
        return [
            StageAction(translate("ReviewTab", "Lihat PDF"), Action.APPROVE_PUBLICATION, self._on_pdf),
            StageAction(translate("ReviewTab", "Kembalikan"), Action.APPROVE_PUBLICATION, self._on_return),
            StageAction(translate("ReviewTab", "Setujui"), Action.APPROVE_PUBLICATION, self._on_approve,
                        primary=True),
        ]

    def _on_pdf(self) -> None:
        item = self.current_item()
        folder = Path(tempfile.mkdtemp(prefix="padi-tinjau-"))
        path = folder / f"tinjau-{item.id}.pdf"
        path.write_bytes(self.services.publications.preview_pdf(item.id))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _on_approve(self) -> None:
        item = self.current_item()
        reviewed = self.services.publications.get(item.id).content_hash
        self.run(lambda: self.services.publications.approve(item.id, reviewed),
                 translate("ReviewTab", "Publikasi disetujui dan dicatat."))

    def _on_return(self) -> None:
        item = self.current_item()
        if not prompts.confirm(self, translate("ReviewTab", "Kembalikan"),
                               translate("ReviewTab", "Kembalikan '{title}' ke penyusun?").format(title=item.title)):
            return
        note = prompts.ask_text(self, translate("ReviewTab", "Catatan Perbaikan"),
                                translate("ReviewTab", "Apa yang harus diperbaiki?"), multiline=True)
        if note is not None:
            self.run(lambda: self.services.publications.return_for_revision(item.id, [NoteDraft(note, 0)]),
                     translate("ReviewTab", "Publikasi dikembalikan dengan Catatan Perbaikan."))

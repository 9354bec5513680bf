"""Step 5 — Pengajuan: compose a publication from outputs, revise after a return, submit to the head."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import PublicationState
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.compose import ComposeDialog
from desktop_app.gui.stages.base import StageAction
from desktop_app.gui.stages.publication_tab import PublicationStageTab

translate = QCoreApplication.translate


class SubmitTab(PublicationStageTab):
    step = Step.SUBMIT
    states = (PublicationState.DRAFT, PublicationState.RETURNED)

    def tab_title(self) -> str:
        return translate("SubmitTab", "Pengajuan")

    def step_description(self) -> str:
        return translate("SubmitTab", "Mengajukan persetujuan kepada Kepala atas data yang akan dipublikasi")

    def build_actions(self) -> list[StageAction]:
        return [
            StageAction(translate("SubmitTab", "Publikasi Baru"), Action.COMPOSE_PUBLICATION, self._on_new,
                        needs_item=False, shortcut="Ctrl+N"),
            StageAction(translate("SubmitTab", "Perbaiki"), Action.COMPOSE_PUBLICATION, self._on_revise),
            StageAction(translate("PublicationTab", "Perbarui Data"), Action.COMPOSE_PUBLICATION, self.update_data),
            StageAction(translate("SubmitTab", "Ajukan ke Kepala"), Action.SUBMIT_PUBLICATION, self._on_submit,
                        primary=True),
        ]

    def _on_new(self) -> None:
        dialog = ComposeDialog(self.services, parent=self)
        accepted = prompts.run_dialog(dialog)
        dialog.deleteLater()
        if not accepted:
            return
        title, kind, sections = dialog.values()
        layout = dialog.layout_options()
        created: list[int] = []
        if self.run(lambda: created.append(self.services.publications.create(title, kind, sections, layout=layout)),
                    translate("SubmitTab", "Draf publikasi dibuat.")):
            self.refresh()
            self.select(created[0])

    def _on_revise(self) -> None:
        item = self.current_item()
        detail = self.services.publications.get(item.id)
        last_version = detail.summary.version - (1 if detail.summary.state == PublicationState.DRAFT else 0)
        notes = [n for n in detail.notes if n.version >= last_version]
        dialog = ComposeDialog(self.services, notes, self)
        dialog.load(detail.summary.title, detail.summary.kind, detail.sections, detail.layout)
        accepted = prompts.run_dialog(dialog)
        dialog.deleteLater()
        if accepted:
            title, _kind, sections = dialog.values()
            layout = dialog.layout_options()
            self.run(lambda: self.services.publications.revise(item.id, sections, title, layout=layout),
                     translate("SubmitTab", "Perbaikan disimpan sebagai versi baru."))

    def _on_submit(self) -> None:
        item = self.current_item()
        signer = self.services.publications.signer()
        addressee = translate("SubmitTab", "Diajukan kepada: {title} {name}").format(
            title=signer.title, name=signer.name).strip()
        note = prompts.ask_text(self, translate("SubmitTab", "Ajukan ke Kepala"),
                                addressee + "\n" + translate("SubmitTab", "Catatan pengajuan:"), multiline=True)
        if note is not None:
            self.run(lambda: self.services.publications.submit(item.id, note),
                     translate("SubmitTab", "Publikasi diajukan kepada {title} {name}.").format(
                         title=signer.title, name=signer.name))

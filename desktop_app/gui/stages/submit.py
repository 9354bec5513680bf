"""Step 5 — Pengajuan: compose a publication from outputs, revise after a return, submit to the head."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import PublicationState
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.compose import ComposeDialog
from desktop_app.gui.stages.base import ListItem, StageAction
from desktop_app.gui.stages.publication_tab import PublicationStageTab
from desktop_app.services.publications import ReviewNoteInfo

translate = QCoreApplication.translate


class SubmitTab(PublicationStageTab):
    step = Step.SUBMIT
    states = (PublicationState.DRAFT, PublicationState.RETURNED)

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        self._pending: dict[int, tuple[ReviewNoteInfo, ...]] = {}
        super().__init__(services, parent)

    def tab_title(self) -> str:
        return translate("SubmitTab", "Pengajuan")

    def load_items(self) -> list[ListItem]:
        items = super().load_items()
        self._pending = {item.id: self.services.publications.pending_notes(item.id) for item in items
                         if item.state == PublicationState.RETURNED or item.state == PublicationState.DRAFT}
        return items

    def item_note(self, item: ListItem) -> str:
        """A returned publication shows the Kepala's Catatan Perbaikan in the list, before Perbaiki is clicked."""
        notes = self._pending.get(item.id, ())
        if not notes:
            return ""
        lines = [_note_line(n) for n in notes]
        return translate("SubmitTab", "Catatan Perbaikan: {first}").format(first=lines[0]) + "".join(
            f"\n• {line}" for line in lines[1:])

    def show_item(self, item: ListItem | None) -> None:
        super().show_item(item)
        notes = self._pending.get(item.id, ()) if item is not None else ()
        if notes:
            head = translate("SubmitTab", "Catatan Perbaikan dari {who} (versi {v}):").format(
                who=notes[0].author, v=notes[0].version)
            self.ui.detailLabel.setText(
                self.ui.detailLabel.text() + f"<p style='background:#fde2e2;color:#1a1a1a'><b>✎ {escape(head)}</b>"
                + "".join(f"<br>• {escape(_note_line(n))}" for n in notes) + "</p>")

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
        created: list[int] = []

        def save() -> bool:
            title, kind, sections = dialog.values()
            layout = dialog.layout_options()
            return self.run(lambda: created.append(self.services.publications.create(title, kind, sections,
                                                                                     layout=layout)),
                            translate("SubmitTab", "Draf publikasi dibuat."))

        saved = self.until_saved(dialog, save)
        dialog.deleteLater()
        if saved:
            self.refresh()
            self.select(created[0])

    def _on_revise(self) -> None:
        item = self.current_item()
        detail = self.services.publications.get(item.id)
        last_version = detail.summary.version - (1 if detail.summary.state == PublicationState.DRAFT else 0)
        notes = [n for n in detail.notes if n.version >= last_version]
        dialog = ComposeDialog(self.services, notes, self)
        dialog.load(detail.summary.title, detail.summary.kind, detail.sections, detail.layout)

        def save() -> bool:
            title, _kind, sections = dialog.values()
            layout = dialog.layout_options()
            return self.run(lambda: self.services.publications.revise(item.id, sections, title, layout=layout,
                                                                      base_version=detail.summary.row_version),
                            translate("SubmitTab", "Perbaikan disimpan sebagai versi baru."))

        self.until_saved(dialog, save)
        dialog.deleteLater()

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


def _note_line(note: ReviewNoteInfo) -> str:
    where = translate("SubmitTab", "Bagian {n}").format(n=note.section_index + 1) if note.section_index is not None \
        else translate("SubmitTab", "Umum")
    return f"{where}: {note.text}"

"""Shared part of the publication stages (5–7): the list of publications and their content as HTML.

A publication whose tables or charts were built on a dataset revision that a newer one has replaced is
flagged "Data sudah direvisi" (in the list and above its details); "Perbarui Data", where a tab offers
it, makes a new version on the revised data, which is submitted and approved again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser

from desktop_app.documents.publication import PublicationDocument
from desktop_app.domain import formatting
from desktop_app.domain.workflow import PUBLICATION_STEP, PublicationState
from desktop_app.gui import prompts
from desktop_app.gui.stages.base import ListItem, StageTab

translate = QCoreApplication.translate


class PublicationStageTab(StageTab):
    """A stage tab whose items are publications in some states."""

    states: tuple[PublicationState, ...] = ()
    object_type = "publication"

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        super().__init__(services, parent)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("publicationPreview")
        self.preview.setOpenLinks(False)
        self.ui.workLayout.addWidget(self.preview)

    def load_items(self) -> list[ListItem]:
        items = []
        for p in self.services.publications.list(self.states):
            title = p.title
            if self.services.publications.revised_data(p.id):
                title = translate("PublicationTab", "{title} ⚠ Data sudah direvisi").format(title=p.title)
            items.append(ListItem(p.id, title, p.state, p.author, p.stage_since, PUBLICATION_STEP[p.state]))
        return items

    def revised_banner(self, publication_id: int) -> str:
        """The "Data sudah direvisi" notice of a publication built on a replaced revision ("" when none)."""
        flagged = self.services.publications.revised_data(publication_id)
        if not flagged:
            return ""
        lines = [translate("PublicationTab", "Bagian \"{heading}\": dibuat dari revisi {old} \"{dataset}\"; "
                                             "sekarang revisi {new} yang berlaku.").format(
            heading=escape(f.heading), old=f.built_on, dataset=escape(f.dataset), new=f.serving) for f in flagged]
        return ("<p style='background:#fff1d6; color:#5c3b00; padding:4px'><b>⚠ "
                + translate("PublicationTab", "Data sudah direvisi.") + "</b> " + " ".join(lines) + " "
                + translate("PublicationTab", "Pilih Perbarui Data untuk membuat versi baru dengan data revisi; "
                                              "versi baru diajukan dan disetujui lagi.") + "</p>")

    def update_data(self) -> None:
        """Perbarui Data: a new version on the revised data (a draft in tab 5 Pengajuan, approved again)."""
        item = self.current_item()
        if item is None:
            return
        if not prompts.confirm(self, translate("PublicationTab", "Perbarui Data"), translate(
                "PublicationTab", "Buat versi baru '{title}' dengan data revisi? Versi baru perlu diajukan dan "
                                  "disetujui Kepala Dinas lagi.").format(title=item.title)):
            return
        self.run(lambda: self.services.publications.update_data(item.id),
                 translate("PublicationTab", "Versi baru dengan data revisi dibuat di tab 5 Pengajuan; ajukan "
                                             "untuk disetujui lagi."))

    def update_actions(self) -> None:
        super().update_actions()
        item = self.current_item()
        label = translate("PublicationTab", "Perbarui Data")
        for stage_action in self.actions_:
            if stage_action.label == label and stage_action.button.isEnabled():
                flagged = item is not None and bool(self.services.publications.revised_data(item.id))
                stage_action.button.setEnabled(flagged)
                stage_action.button.setToolTip("" if flagged else translate(
                    "PublicationTab", "Data publikasi ini tidak direvisi sejak disusun."))

    def show_item(self, item: ListItem | None) -> None:
        if item is None:
            self.ui.detailLabel.setText(
                translate("PublicationTab", "Pilih publikasi di daftar untuk membukanya.") if self._items
                else translate("PublicationTab", "Tidak ada publikasi pada tahap ini."))
            self.preview.clear()
            return
        detail = self.services.publications.get(item.id)
        text = [f"<h3>{escape(detail.summary.title)}</h3>",
                translate("PublicationTab", "Versi {v} · Penyusun: {author} · Hash: {hash}").format(
                    v=detail.summary.version, author=escape(detail.summary.author), hash=detail.content_hash[:12])]
        if detail.cover_note:
            text.append("<br>" + translate("PublicationTab", "Catatan pengajuan: {note}").format(
                note=escape(detail.cover_note)))
        for decision in detail.decisions[-1:]:
            word = translate("PublicationTab", "Disetujui") if decision.decision == "approved" \
                else translate("PublicationTab", "Dikembalikan")
            text.append("<br>" + translate("PublicationTab", "{word} oleh {who} ({title}), {when}, versi {v}").format(
                word=word, who=escape(decision.decided_by), title=escape(decision.title),
                when=formatting.datetime(decision.decided_at), v=decision.version))
        text.append(self.revised_banner(item.id))
        self.ui.detailLabel.setText("".join(text))
        self.preview.setHtml(document_html(self.services.publications.document(item.id), detail.notes))


def document_html(doc: PublicationDocument, notes=()) -> str:  # noqa: ANN001
    """The publication's content as the reviewer reads it on screen (the PDF carries the same content)."""
    parts = [f"<h2>{escape(doc.title)}</h2><p><i>{escape(doc.kind_label)} · {escape(doc.author)}</i></p>"]
    for index, section in enumerate(doc.sections):
        parts.append(f"<h3>{escape(section.heading)}</h3>")
        parts.extend(f"<p>{escape(p)}</p>" for p in section.text.split("\n\n") if p.strip())
        for note in notes:
            if note.section_index == index:
                parts.append(f"<p style='background:#fde2e2'>✎ v{note.version}: {escape(note.text)} "
                             f"({escape(note.author)})</p>")
        if section.table is not None:
            table = section.table
            rows = list(table.rows) + ([table.total] if table.total else [])
            parts.append("<table border='1' cellspacing='0' cellpadding='3'><tr>"
                         + "".join(f"<th>{escape(h)}</th>" for h in table.headers) + "</tr>")
            figures = set(table.numeric_columns)
            for row in rows:
                parts.append("<tr>" + "".join(
                    f"<td align='right'>{formatting.number(v)}</td>" if isinstance(v, (int, float))
                    else f"<td align='right'>{formatting.NO_VALUE}</td>" if v is None and j in figures
                    else f"<td>{escape('' if v is None else str(v))}</td>" for j, v in enumerate(row)) + "</tr>")
            parts.append("</table>")
            if table.source:
                source = translate("PublicationTab", "Sumber: {source}").format(source=table.source)
                parts.append(f"<p><small>{escape(source)}</small></p>")
            if table.note:
                note = translate("PublicationTab", "Catatan: {note}").format(note=table.note)
                parts.append(f"<p><small>{escape(note)}</small></p>")
    return "".join(parts)

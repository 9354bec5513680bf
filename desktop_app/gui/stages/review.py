"""Step 6 — Persetujuan: the head reads the exact PDF page by page, pins notes, approves or returns.

The work area has two views of the submitted version: "Halaman" (the PDF the services render,
shown by PDFium, so the head sees exactly what would be published) and "Perubahan" (old | new,
what changed since the version the head last returned). Beside them, the notes panel: each note is
pinned to a section or general. "Kembalikan" stays disabled until there is a note (and the service
refuses a return without one); "Setujui" binds the content hash shown above the pages, so a version
changed after it was opened is refused.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import formatting
from desktop_app.domain.errors import PadiError
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step
from desktop_app.domain.workflow import PublicationState
from desktop_app.gui import jobs, prompts
from desktop_app.gui.chart_images import render_image
from desktop_app.gui.messages import error_text
from desktop_app.gui.stages.base import ListItem, StageAction
from desktop_app.gui.stages.publication_tab import PublicationStageTab
from desktop_app.gui.widgets.pdf_pages import PdfPagesView
from desktop_app.services.publications import CellChange, NoteDraft, SectionDiff, VersionDiff

translate = QCoreApplication.translate

DELETED_STYLE = "background:#fde2e2;color:#1a1a1a;text-decoration:line-through;"
CHART_SIZE = (460, 300)
INSERTED_STYLE = "background:#d9f2d9;color:#1a1a1a;"


class ChangesBrowser(QTextBrowser):
    """The "Perubahan" view; chart images of changed sections come from ``images`` (name -> image)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: dict[str, QImage] = {}

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt's name
        if kind == QTextDocument.ResourceType.ImageResource.value and url.toString() in self.images:
            return self.images[url.toString()]
        return super().loadResource(kind, url)

    def show_diff(self, diff: VersionDiff | None, returned_notes=()) -> None:  # noqa: ANN001
        self.images = {}
        if diff is not None:
            for number, section in enumerate(diff.changed):
                if not section.chart:
                    continue
                for side, present in (("old", section.old), ("new", section.new)):
                    if present is not None and present.chart is not None:
                        self.images[chart_image_name(number, side)] = render_image(present.chart, CHART_SIZE)
        self.setHtml(changes_html(diff, returned_notes, set(self.images)))


class ReviewTab(PublicationStageTab):
    step = Step.REVIEW
    states = (PublicationState.SUBMITTED,)
    reselect_after_removal = False  # after a decision nothing is selected, so Setujui waits for the next opening

    pages_ready = Signal()
    """The pages show the PDF of the version on screen (rendered off the GUI thread), or why they cannot."""

    def __init__(self, services, parent=None) -> None:  # noqa: ANN001
        self._reviewed_hash = ""
        self._reviewed_version = 0
        self._notes: list[NoteDraft] = []
        self._shown_id: int | None = None
        self._shown_key: tuple[int, str] | None = None
        self._pages_key: tuple[int, str] | None = None  # the version whose PDF the pages show or will show
        self._pages_job: jobs.Background | None = None
        super().__init__(services, parent)
        self.preview.hide()  # the pages are the preview here
        self.hash_label = QLabel(self)
        self.hash_label.setObjectName("reviewedHashLabel")
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = PdfPagesView(self)
        self.pages.setObjectName("reviewPages")
        self.changes = ChangesBrowser(self)
        self.changes.setObjectName("reviewChanges")
        self.changes.setOpenLinks(False)
        self.views = QTabWidget(self)
        self.views.addTab(self.pages, translate("ReviewTab", "Halaman"))
        self.views.addTab(self.changes, translate("ReviewTab", "Perubahan"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hash_label)
        left_layout.addWidget(self.views, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._build_notes_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.ui.workLayout.addWidget(splitter, 1)

    # --- notes panel -----------------------------------------------------------------------
    def _build_notes_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("ReviewTab", "<b>Catatan Perbaikan</b>"), panel))
        layout.addWidget(QLabel(translate("ReviewTab", "Untuk bagian:"), panel))
        self.section_combo = QComboBox(panel)
        self.section_combo.setObjectName("noteSectionCombo")
        self.section_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # sections vary by item
        layout.addWidget(self.section_combo)
        self.note_edit = QPlainTextEdit(panel)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(translate("ReviewTab", "Apa yang harus diperbaiki?"))
        self.note_edit.setMaximumHeight(110)
        self.note_edit.textChanged.connect(self._update_note_buttons)
        layout.addWidget(self.note_edit)
        row = QHBoxLayout()
        self.add_note_button = QPushButton(translate("ReviewTab", "Tambah Catatan"), panel)
        self.add_note_button.setObjectName("addNoteButton")
        self.add_note_button.clicked.connect(self._add_note)
        self.remove_note_button = QPushButton(translate("ReviewTab", "Hapus Catatan"), panel)
        self.remove_note_button.setObjectName("removeNoteButton")
        self.remove_note_button.clicked.connect(self._remove_note)
        row.addWidget(self.add_note_button)
        row.addWidget(self.remove_note_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.note_list = QListWidget(panel)
        self.note_list.setObjectName("noteList")
        self.note_list.setWordWrap(True)
        self.note_list.currentRowChanged.connect(lambda _row: self._update_note_buttons())
        layout.addWidget(self.note_list, 1)
        self.earlier_notes = QLabel(panel)
        self.earlier_notes.setObjectName("earlierNotesLabel")
        self.earlier_notes.setWordWrap(True)
        layout.addWidget(self.earlier_notes)
        return panel

    def _section_label(self, index: int | None) -> str:
        if index is None:
            return translate("ReviewTab", "Umum (seluruh publikasi)")
        data = self.section_combo.itemText(index + 1) if index + 1 < self.section_combo.count() else ""
        return data or translate("ReviewTab", "Bagian {n}").format(n=index + 1)

    def _add_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if not text:
            return
        index = self.section_combo.currentData()
        note = NoteDraft(text, index)
        self._notes.append(note)
        entry = QListWidgetItem(f"{self._section_label(index)}: {text}")
        self.note_list.addItem(entry)
        self.note_edit.clear()
        self.update_actions()

    def _remove_note(self) -> None:
        row = self.note_list.currentRow()
        if 0 <= row < len(self._notes):
            del self._notes[row]
            self.note_list.takeItem(row)
        self.update_actions()

    def _update_note_buttons(self) -> None:
        may = self.services.ctx.may(Action.APPROVE_PUBLICATION) and self.current_item() is not None
        self.add_note_button.setEnabled(may and bool(self.note_edit.toPlainText().strip()))
        self.remove_note_button.setEnabled(may and self.note_list.currentRow() >= 0)

    # --- stage tab -------------------------------------------------------------------------
    def tab_title(self) -> str:
        return translate("ReviewTab", "Persetujuan")

    def step_description(self) -> str:
        return translate("ReviewTab", "Mencermati dan menganalisa data; setujui, atau kembalikan untuk diperbaiki")

    def build_actions(self) -> list[StageAction]:
        return [
            StageAction(translate("ReviewTab", "Kembalikan"), Action.APPROVE_PUBLICATION, self._on_return),
            StageAction(translate("ReviewTab", "Setujui"), Action.APPROVE_PUBLICATION, self._on_approve,
                        primary=True),
        ]

    def update_actions(self) -> None:
        super().update_actions()
        if not hasattr(self, "note_list"):
            return
        return_button = self.actions_[0].button
        if return_button.isEnabled() and not self._notes:
            return_button.setEnabled(False)
            return_button.setToolTip(translate("ReviewTab", "Tambahkan minimal satu Catatan Perbaikan terlebih dahulu."))
        self._update_note_buttons()

    def show_item(self, item: ListItem | None) -> None:
        super().show_item(item)
        if not hasattr(self, "note_list"):
            return
        if item is None or self._shown_id != item.id:
            self._notes.clear()
            self.note_list.clear()
        self._shown_id = item.id if item else None
        chosen = self.section_combo.currentIndex()
        self.section_combo.clear()
        self.section_combo.addItem(translate("ReviewTab", "Umum (seluruh publikasi)"), None)
        self.section_combo.setMinimumWidth(self.section_combo.sizeHint().width())  # "Umum" whole, never cut off
        if item is None:
            self._shown_key = None
            self._reviewed_hash = ""
            self._reviewed_version = 0
            self.hash_label.clear()
            self._pages_key = None
            self.pages.set_pdf(b"")
            self.changes.clear()
            self.earlier_notes.clear()
            return
        detail = self.services.publications.get(item.id)
        for index, section in enumerate(detail.sections):
            self.section_combo.addItem(
                translate("ReviewTab", "Bagian {n}: {heading}").format(n=index + 1, heading=section.heading), index)
        self.section_combo.setCurrentIndex(chosen if 0 <= chosen < self.section_combo.count() else 0)
        if self._shown_key == (item.id, detail.content_hash) and self._pages_key == self._shown_key:
            return  # the same content is on screen already, or on its way (a refresh after some other change)
        self._shown_key = (item.id, detail.content_hash)
        self._reviewed_hash = detail.content_hash
        self._reviewed_version = detail.summary.version
        self.hash_label.setText(translate("ReviewTab", "Versi {v} · sidik isi yang ditinjau: {hash}").format(
            v=detail.summary.version, hash=detail.content_hash[:12]))
        self._render_pages(item.id, detail.content_hash)
        diff = self.services.publications.diff_since_return(item.id)
        returned_notes = [n for n in detail.notes if diff is not None and n.version == diff.old_version]
        self.changes.show_diff(diff, returned_notes)
        self.views.setTabText(1, translate("ReviewTab", "Perubahan ({n})").format(n=len(diff.changed))
                              if diff is not None else translate("ReviewTab", "Perubahan"))
        self.earlier_notes.setText("".join(
            f"<p><i>v{n.version}</i> · {escape(self._section_label(n.section_index))}: {escape(n.text)}</p>"
            for n in detail.notes))

    def _render_pages(self, publication_id: int, content_hash: str) -> None:
        """Render the version's PDF off the GUI thread (a long booklet takes seconds); the pages show it when
        it is ready, unless another version was opened meanwhile."""
        key = self._pages_key = (publication_id, content_hash)
        publications = self.services.publications
        job = jobs.Background(self, lambda: publications.preview_pdf(publication_id))
        job.sig_done.connect(lambda pdf: self._pages_rendered(key, pdf))
        job.sig_failed.connect(lambda err: self._pages_rendered(key, err))
        self._pages_job = job

    def _pages_rendered(self, key: tuple[int, str], result: object) -> None:
        if key != self._pages_key:
            return  # a version no longer on screen
        if isinstance(result, bytes):
            self.pages.set_pdf(result)
        else:
            self._pages_key = None  # opening the item again tries again
            self.pages.set_pdf(b"")
            self.hash_label.setText(self.hash_label.text() + "\n" + (
                error_text(result) if isinstance(result, PadiError) else
                translate("ReviewTab", "Halaman tidak dapat dibuat: {err}").format(err=result)))
        self.pages_ready.emit()

    def _on_approve(self) -> None:
        item = self.current_item()
        reviewed = self._reviewed_hash
        if item is None or not prompts.confirm(self, translate("ReviewTab", "Setujui"), translate(
                "ReviewTab", "Setujui '{title}' versi {v}?\n\nSidik isi yang disetujui: {hash}\nPersetujuan terikat "
                             "pada isi ini; perubahan sesudahnya membatalkannya.").format(
                title=item.title, v=self._reviewed_version, hash=reviewed[:12])):
            return
        if self.run(lambda: self.services.publications.approve(item.id, reviewed),
                    translate("ReviewTab", "Publikasi disetujui dan dicatat.")):
            self._notes.clear()
            self.note_list.clear()

    def _on_return(self) -> None:
        item = self.current_item()
        notes = list(self._notes)
        if item is None or not prompts.confirm(self, translate("ReviewTab", "Kembalikan"), translate(
                "ReviewTab", "Kembalikan '{title}' ke penyusun dengan {n} Catatan Perbaikan?").format(
                title=item.title, n=len(notes))):
            return
        if self.run(lambda: self.services.publications.return_for_revision(item.id, notes),
                    translate("ReviewTab", "Publikasi dikembalikan dengan Catatan Perbaikan.")):
            self._notes.clear()
            self.note_list.clear()
            self.update_actions()


# --- the "Perubahan" view ------------------------------------------------------------------------
def _value(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formatting.number(value)
    return str(value)


def _cells_html(changes: tuple[CellChange, ...], side: str, label: str) -> str:
    if not changes:
        return ""
    style = DELETED_STYLE if side == "old" else INSERTED_STYLE
    rows = "".join(
        f"<tr><td>{escape(c.row)}</td><td>{escape(c.column)}</td>"
        f"<td align='right' style='{style}'>{escape(_value(c.old if side == 'old' else c.new))}</td></tr>"
        for c in changes)
    return f"<p><b>{escape(label)}</b></p><table border='1' cellspacing='0' cellpadding='3'>{rows}</table>"


def _text_html(section: SectionDiff, side: str) -> str:
    parts = []
    for piece in section.text:
        text = escape(piece.text).replace("\n", "<br>")
        if piece.op == "equal":
            parts.append(text)
        elif piece.op == "delete" and side == "old":
            parts.append(f"<span style='{DELETED_STYLE}'>{text}</span>")
        elif piece.op == "insert" and side == "new":
            parts.append(f"<span style='{INSERTED_STYLE}'>{text}</span>")
    return f"<p>{''.join(parts)}</p>"


def chart_image_name(number: int, side: str) -> str:
    return f"grafik-{side}-{number}.png"


def _side_html(section: SectionDiff, side: str, images: set[str], number: int) -> str:
    present = section.old if side == "old" else section.new
    if present is None:
        word = translate("ReviewTab", "(bagian baru)") if side == "old" else translate("ReviewTab", "(bagian dihapus)")
        return f"<p><i>{escape(word)}</i></p>"
    html = f"<h4>{escape(present.heading)}</h4>" + _text_html(section, side)
    html += _cells_html(section.cells, side, translate("ReviewTab", "Angka tabel yang berubah"))
    html += _cells_html(section.chart, side, translate("ReviewTab", "Nilai grafik yang berubah"))
    if chart_image_name(number, side) in images:
        html += f"<p><img src='{chart_image_name(number, side)}'></p>"
    return html


def changes_html(diff: VersionDiff | None, returned_notes=(), images: set[str] = frozenset()) -> str:  # noqa: ANN001
    """What changed since the returned version, old on the left and new on the right; ``images`` names the
    chart images available (see chart_image_name)."""
    if diff is None:
        return "<p>" + escape(translate(
            "ReviewTab", "Ini pengajuan pertama; belum ada versi yang dikembalikan untuk dibandingkan.")) + "</p>"
    head = translate("ReviewTab", "Perubahan sejak versi {old} yang dikembalikan (kiri) ke versi {new} (kanan)").format(
        old=diff.old_version, new=diff.new_version)
    parts = [f"<h3>{escape(head)}</h3>"]
    if returned_notes:
        parts.append("<p><b>" + escape(translate("ReviewTab", "Catatan Perbaikan Anda:")) + "</b></p><ul>")
        parts += [f"<li>{escape(n.text)}</li>" for n in returned_notes]
        parts.append("</ul>")
    if diff.old_title != diff.new_title:
        title_label = escape(translate("ReviewTab", "Judul"))
        parts.append(f"<p>{title_label}: <span style='{DELETED_STYLE}'>"
                     f"{escape(diff.old_title)}</span> → <span style='{INSERTED_STYLE}'>{escape(diff.new_title)}</span></p>")
    changed = diff.changed
    if not changed and diff.old_title == diff.new_title:
        parts.append("<p>" + escape(translate("ReviewTab", "Tidak ada perubahan isi.")) + "</p>")
        return "".join(parts)
    old_label = translate("ReviewTab", "Versi {v}").format(v=diff.old_version)
    new_label = translate("ReviewTab", "Versi {v}").format(v=diff.new_version)
    parts.append("<table width='100%' border='1' cellspacing='0' cellpadding='6'>"
                 f"<tr><th width='50%'>{escape(old_label)}</th><th width='50%'>{escape(new_label)}</th></tr>")
    for number, section in enumerate(changed):
        parts.append(f"<tr><td valign='top'>{_side_html(section, 'old', images, number)}</td>"
                     f"<td valign='top'>{_side_html(section, 'new', images, number)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)

"""The publication composer: kind and layout options, sections reordered by drag and drop, a rich-text
editor per section with a saved output (table and/or chart), its narrative and an image, the head's
notes next to the section they are pinned to, and a live preview of the very PDF that would be made.

The preview is rendered from the unsaved draft by the same ``render_publication_bytes`` that makes the
final PDF, a short while after the last change, off the GUI thread (``gui.jobs.Background``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import richtext
from desktop_app.domain.errors import BadInput, PadiError
from desktop_app.gui import jobs, prompts
from desktop_app.gui.messages import error_text
from desktop_app.gui.widgets.flow_layout import flow_row
from desktop_app.gui.widgets.pdf_pages import PdfPagesView
from desktop_app.gui.widgets.rich_text_edit import RichTextEdit
from desktop_app.services.publications import PAPERS, LayoutOptions, ReviewNoteInfo, SectionDraft

translate = QCoreApplication.translate

PREVIEW_DELAY_MS = 600
NOTE_STYLE = "background:#fde2e2; color:#1a1a1a; padding:6px;"  # dark text on pink in the dark theme too


def kind_labels() -> dict[str, str]:
    return {"brosur": translate("ComposeDialog", "Brosur (A4 lipat tiga)"),
            "buklet": translate("ComposeDialog", "Buklet"),
            "web": translate("ComposeDialog", "Halaman Web"),
            "poster": translate("ComposeDialog", "Poster Papan Informasi")}


def render_draft(make_document: Callable[[], object]) -> bytes:
    """Build the draft's document (tables from the data, narratives) and render it to PDF bytes. Runs off the
    GUI thread: a large dataset's table or a long booklet never freezes the typing."""
    from desktop_app.services.publications import publication_pdf  # reportlab only once a preview is made

    return publication_pdf(make_document())


class SectionEditor(QWidget):
    """Edits one section; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, services, outputs, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.services = services
        self._image: bytes | None = None
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(NOTE_STYLE)
        self.notes_label.hide()
        self.heading_edit = QLineEdit(self)
        self.text_edit = RichTextEdit(self)
        self.output_combo = QComboBox(self)
        # Long output names are shortened in the box (the list shows them whole): never wider than the editor.
        self.output_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.output_combo.setMinimumContentsLength(24)
        self.output_combo.addItem(translate("ComposeDialog", "(tanpa tabel)"), None)
        for output in outputs:
            self.output_combo.addItem(output.name, output.id)
        self._dataset_of = {output.id: output.dataset_id for output in outputs}
        self._default_source = ""
        # The "Sumber:" line under the table and chart: the dataset's source metadata unless changed here.
        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("sourceEdit")
        self.source_edit.setPlaceholderText(translate("ComposeDialog", "Tanpa baris Sumber"))
        self.source_edit.setToolTip(translate(
            "ComposeDialog", "Baris 'Sumber:' di bawah tabel dan grafik. Awalnya Sumber dari Metadata Kumpulan "
                             "Data; yang diubah di sini hanya berlaku untuk publikasi ini."))
        self.table_check = QCheckBox(translate("ComposeDialog", "Tabel"), self)
        self.table_check.setChecked(True)
        self.chart_check = QCheckBox(translate("ComposeDialog", "Grafik"), self)
        self.chart_check.setChecked(True)
        self.narrative_check = QCheckBox(translate("ComposeDialog", "Narasi otomatis"), self)
        self.narrative_edit = QPlainTextEdit(self)
        self.narrative_edit.setPlaceholderText(translate("ComposeDialog", "Narasi dari data; boleh disunting."))
        self.narrative_edit.setMaximumHeight(90)
        self.narrative_button = QPushButton(translate("ComposeDialog", "Buat Ulang Narasi"), self)
        self.image_label = QLabel(translate("ComposeDialog", "(tanpa gambar)"), self)
        self.image_label.setMinimumHeight(48)
        self.image_button = QPushButton(translate("ComposeDialog", "Pilih &Gambar…"), self)
        self.image_clear = QPushButton(translate("ComposeDialog", "Hapus Gambar"), self)
        self.caption_edit = QLineEdit(self)
        self.caption_edit.setPlaceholderText(translate("ComposeDialog", "Keterangan gambar"))

        checks = QHBoxLayout()
        for widget in (self.table_check, self.chart_check, self.narrative_check):
            checks.addWidget(widget)
        checks.addStretch(1)
        narrative_row = QHBoxLayout()
        narrative_row.addWidget(self.narrative_edit, 1)
        narrative_row.addWidget(self.narrative_button, 0, Qt.AlignmentFlag.AlignTop)
        image_row = QHBoxLayout()
        image_row.addWidget(self.image_label, 1)
        image_row.addWidget(self.image_button)
        image_row.addWidget(self.image_clear)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: room for the toolbar
        form.addRow(translate("ComposeDialog", "Judul &bagian"), self.heading_edit)
        form.addRow(translate("ComposeDialog", "&Teks"), self.text_edit)
        form.addRow(translate("ComposeDialog", "Tabel dari &Keluaran"), self.output_combo)
        form.addRow("", checks)
        form.addRow(translate("ComposeDialog", "&Sumber tabel dan grafik"), self.source_edit)
        form.addRow(translate("ComposeDialog", "Narasi"), narrative_row)
        form.addRow(translate("ComposeDialog", "Gambar"), image_row)
        form.addRow("", self.caption_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notes_label)
        layout.addLayout(form)

        for signal in (self.heading_edit.textChanged, self.text_edit.changed, self.narrative_edit.textChanged,
                       self.caption_edit.textChanged, self.table_check.toggled, self.chart_check.toggled,
                       self.source_edit.textChanged):
            signal.connect(self.changed)
        self.output_combo.currentIndexChanged.connect(self._output_changed)
        self.narrative_check.toggled.connect(self._narrative_toggled)
        self.narrative_button.clicked.connect(self.regenerate_narrative)
        self.image_button.clicked.connect(self.choose_image)
        self.image_clear.clicked.connect(lambda: self.set_image(None))
        self._sync_enabled()

    # --- state -----------------------------------------------------------------------------
    def load(self, section: SectionDraft, notes: Sequence[str] = ()) -> None:
        self.blockSignals(True)
        self.heading_edit.setText(section.heading)
        self.text_edit.set_blocks(section.body or richtext.from_plain(section.text))
        self.output_combo.setCurrentIndex(max(self.output_combo.findData(section.output_id), 0))
        self.table_check.setChecked(section.table)
        self.chart_check.setChecked(section.chart)
        self.narrative_check.setChecked(section.narrative)
        self.narrative_edit.setPlainText(section.narrative_text)
        self.caption_edit.setText(section.image_caption)
        self.set_image(section.image, notify=False)
        self._default_source = self._source_of(section.output_id)
        self.source_edit.setText(self._default_source if section.source is None else section.source)
        self.blockSignals(False)
        self.notes_label.setText("<b>" + escape(translate("ComposeDialog", "Catatan Kepala untuk bagian ini:"))
                                 + "</b><br>" + "<br>".join(f"• {escape(n)}" for n in notes))
        self.notes_label.setVisible(bool(notes))
        self._sync_enabled()

    def section(self) -> SectionDraft:
        output = self.output_combo.currentData()
        body = self.text_edit.blocks()
        return SectionDraft(self.heading_edit.text().strip(), richtext.plain_text(body), output,
                            self.chart_check.isChecked() if output is not None else False, body=body,
                            table=self.table_check.isChecked(),
                            narrative=self.narrative_check.isChecked() and output is not None,
                            narrative_text=self.narrative_edit.toPlainText().strip()
                            if self.narrative_check.isChecked() else "",
                            image=self._image, image_caption=self.caption_edit.text().strip(),
                            source=self._source_choice(output))

    def _source_of(self, output_id: int | None) -> str:
        """The Sumber metadata of the output's dataset ("" without an output)."""
        if output_id is None or output_id not in self._dataset_of:
            return ""
        return self.services.datasets.get(self._dataset_of[output_id], row_limit=0).meta.source

    def _source_choice(self, output_id: int | None) -> str | None:
        """None while the field shows the dataset's own source (it then follows the metadata)."""
        text = self.source_edit.text().strip()
        return None if output_id is None or text == self._default_source.strip() else text

    # --- actions ---------------------------------------------------------------------------
    def choose_image(self) -> None:
        path = prompts.choose_file(self, translate("ComposeDialog", "Pilih Gambar"),
                                   translate("ComposeDialog", "Gambar PNG/JPEG (*.png *.jpg *.jpeg)"))
        if path is None:
            return
        try:
            data = path.read_bytes()
        except OSError as err:
            prompts.error(self, translate("ComposeDialog", "Pilih Gambar"), str(err))
            return
        self.set_image(data)

    def set_image(self, data: bytes | None, notify: bool = True) -> None:
        self._image = data
        image = QImage.fromData(data) if data else QImage()
        if data and not image.isNull():
            self.image_label.setPixmap(QPixmap.fromImage(image).scaledToHeight(
                48, Qt.TransformationMode.SmoothTransformation))
        else:
            self.image_label.setPixmap(QPixmap())
            self.image_label.setText(translate("ComposeDialog", "(gambar tidak terbaca)") if data
                                     else translate("ComposeDialog", "(tanpa gambar)"))
        self.image_clear.setEnabled(data is not None)
        if notify:
            self.changed.emit()

    def regenerate_narrative(self) -> None:
        output = self.output_combo.currentData()
        if output is None:
            return
        try:
            text = self.services.tabulation.output_narrative(output)
        except PadiError as err:
            text = ""
            prompts.error(self, translate("ComposeDialog", "Narasi"), error_text(err))
        self.narrative_edit.setPlainText(text)

    def _narrative_toggled(self, on: bool) -> None:
        if on and not self.narrative_edit.toPlainText().strip() and not self.signalsBlocked():
            self.regenerate_narrative()
        self._sync_enabled()
        self.changed.emit()

    def _output_changed(self) -> None:
        if not self.signalsBlocked():
            default = self._source_of(self.output_combo.currentData())
            if self.source_edit.text().strip() == self._default_source.strip():  # not changed by hand
                self.source_edit.setText(default)
            self._default_source = default
        if self.narrative_check.isChecked() and not self.signalsBlocked():
            self.regenerate_narrative()
        self._sync_enabled()
        self.changed.emit()

    def _sync_enabled(self) -> None:
        has_output = self.output_combo.currentData() is not None
        for widget in (self.table_check, self.chart_check, self.narrative_check, self.source_edit):
            widget.setEnabled(has_output)
        narrative = has_output and self.narrative_check.isChecked()
        self.narrative_edit.setEnabled(narrative)
        self.narrative_button.setEnabled(narrative)


class ComposeDialog(QDialog):
    """Compose a new publication or revise one; ``values()`` and ``layout_options()`` give the result."""

    preview_ready = Signal()
    """The preview shows the current draft (or says why it cannot)."""

    def __init__(self, services, notes: Sequence[ReviewNoteInfo] = (), parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(translate("ComposeDialog", "Susun Publikasi"))
        self._sections: dict[int, SectionDraft] = {}
        self._ids = itertools.count(1)
        self._notes = list(notes)
        self._shown: int | None = None
        self._generation = 0
        self._rendering = False
        self._job: jobs.Background | None = None

        splitter = QSplitter(self)
        splitter.addWidget(self._build_outline())
        splitter.addWidget(self._build_editor())
        splitter.addWidget(self._build_preview())
        splitter.setSizes([300, 580, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._build_buttons())
        self.resize(1340, 800)
        self._connect_signals()
        self._kind_changed()
        self.add_section(SectionDraft(""))

    def _build_options(self) -> QFormLayout:
        """Title, kind, paper, and the foreword with its signer (shown for the kinds that have one)."""
        self.title_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.paper_combo = QComboBox(self)
        self.foreword_edit = QPlainTextEdit(self)
        self.foreword_edit.setPlaceholderText(translate("ComposeDialog", "Kata pengantar Kepala Dinas"))
        self.foreword_edit.setMaximumHeight(110)
        self.signer_label = QLabel(self)
        self.signer_label.setWordWrap(True)
        options = QFormLayout()
        options.addRow(translate("ComposeDialog", "&Judul"), self.title_edit)
        options.addRow(translate("ComposeDialog", "&Jenis"), self.kind_combo)
        options.addRow(translate("ComposeDialog", "&Kertas"), self.paper_combo)
        options.addRow(translate("ComposeDialog", "Kata &Pengantar"), self.foreword_edit)
        options.addRow("", self.signer_label)
        self._foreword_rows = (self.foreword_edit, self.signer_label, options.labelForField(self.foreword_edit))
        return options

    def _build_outline(self) -> QWidget:
        """The left column: the head's general notes, the layout options and the list of sections (made in the
        order the Tab key visits them)."""
        options = self._build_options()
        self.section_list = QListWidget(self)
        self.section_list.setObjectName("sectionList")
        self.section_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.section_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.section_list.setToolTip(translate("ComposeDialog", "Seret untuk mengubah urutan bagian"))
        self.add_button = QPushButton(translate("ComposeDialog", "Tambah Bagian"), self)
        self.remove_button = QPushButton(translate("ComposeDialog", "Hapus"), self)
        self.up_button = QPushButton(translate("ComposeDialog", "Naik"), self)
        self.up_button.setToolTip(translate("ComposeDialog", "Pindahkan bagian ke atas (Alt+Up)"))
        self.up_button.setShortcut("Alt+Up")
        self.down_button = QPushButton(translate("ComposeDialog", "Turun"), self)
        self.down_button.setToolTip(translate("ComposeDialog", "Pindahkan bagian ke bawah (Alt+Down)"))
        self.down_button.setShortcut("Alt+Down")
        # Wrapping, so the list column stays narrow enough for the editor beside it on a laptop at 125 %.
        list_buttons = flow_row(self, (self.add_button, self.remove_button, self.up_button, self.down_button))
        general = [n.text for n in self._notes if n.section_index is None]
        self.general_notes = QLabel(self)
        self.general_notes.setWordWrap(True)
        self.general_notes.setStyleSheet(NOTE_STYLE)
        self.general_notes.setText("<b>" + escape(translate("ComposeDialog", "Catatan Perbaikan dari Kepala:"))
                                   + "</b><br>" + "<br>".join(f"• {escape(n)}" for n in general))
        self.general_notes.setVisible(bool(general))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.general_notes)
        left_layout.addLayout(options)
        left_layout.addWidget(QLabel(translate("ComposeDialog", "<b>Bagian</b> (seret untuk mengurutkan)"), left))
        left_layout.addWidget(self.section_list, 1)
        left_layout.addWidget(list_buttons)
        return left

    def _build_editor(self) -> QWidget:
        """The middle column: the editor of the section chosen in the list, scrolled, never cut off."""
        self.editor = SectionEditor(self.services, self.services.datasets.outputs(), self)
        editor_box = QGroupBox(translate("ComposeDialog", "Isi Bagian"), self)
        editor_scroll = QScrollArea(editor_box)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # never cut off
        editor_scroll.setWidget(self.editor)
        # The splitter gives the editor its width (the scroll area alone would let it be squeezed and cut off).
        editor_scroll.setMinimumWidth(self.editor.minimumSizeHint().width() + editor_scroll.frameWidth() * 2
                                      + editor_scroll.verticalScrollBar().sizeHint().width())
        QVBoxLayout(editor_box).addWidget(editor_scroll)
        return editor_box

    def _build_preview(self) -> QWidget:
        """The right column: the pages of the draft's PDF and a line saying what the preview shows."""
        self.preview = PdfPagesView(self)
        self.preview_status = QLabel(self)
        self.preview_status.setWordWrap(True)
        preview_box = QGroupBox(translate("ComposeDialog", "Pratinjau PDF"), self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addWidget(self.preview_status)
        return preview_box

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ComposeDialog", "Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("ComposeDialog", "Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _connect_signals(self) -> None:
        """Every change schedules a fresh preview; the section buttons edit the list."""
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.render_preview)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.title_edit.textChanged, self.paper_combo.currentIndexChanged,
                       self.foreword_edit.textChanged, self.editor.changed):
            signal.connect(self.schedule_preview)
        self.section_list.currentRowChanged.connect(self._show_section)
        for signal in (self.section_list.model().rowsMoved, self.section_list.model().rowsInserted,
                       self.section_list.model().rowsRemoved):
            signal.connect(self.schedule_preview)
        self.add_button.clicked.connect(lambda: self.add_section(SectionDraft(
            translate("ComposeDialog", "Bagian baru"))))
        self.remove_button.clicked.connect(self.remove_section)
        self.up_button.clicked.connect(lambda: self.move_section(-1))
        self.down_button.clicked.connect(lambda: self.move_section(1))

    # --- sections --------------------------------------------------------------------------
    def _store_current(self) -> None:
        if self._shown is not None and self._shown in self._sections:
            self._sections[self._shown] = self.editor.section()
            item = self._item_of(self._shown)
            if item is not None:
                item.setText(self._item_text(self._shown))

    def _item_of(self, key: int) -> QListWidgetItem | None:
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                return item
        return None

    def _pinned_notes(self, key: int) -> list[str]:
        """Notes pinned to this section: keys number the sections in the reviewed version's order from 1."""
        return [n.text for n in self._notes if n.section_index == key - 1]

    def _item_text(self, key: int) -> str:
        heading = self._sections[key].heading or translate("ComposeDialog", "(tanpa judul)")
        return ("✎ " if self._pinned_notes(key) else "") + heading

    def add_section(self, section: SectionDraft) -> None:
        self._store_current()
        key = next(self._ids)
        self._sections[key] = section
        item = QListWidgetItem(self._item_text(key))
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)  # dropping only between items
        self.section_list.addItem(item)
        self.section_list.setCurrentItem(item)
        self.schedule_preview()

    def remove_section(self) -> None:
        row = self.section_list.currentRow()
        if row < 0 or self.section_list.count() <= 1:
            return
        item = self.section_list.takeItem(row)
        key = item.data(Qt.ItemDataRole.UserRole)
        self._shown = None
        self._sections.pop(key, None)
        self._show_section(self.section_list.currentRow())
        self.schedule_preview()

    def move_section(self, step: int) -> None:
        row = self.section_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.section_list.count():
            return
        self._store_current()
        item = self.section_list.takeItem(row)
        self.section_list.insertItem(target, item)
        self.section_list.setCurrentRow(target)
        self.schedule_preview()

    def _show_section(self, row: int) -> None:
        self._store_current()
        item = self.section_list.item(row) if row >= 0 else None
        if item is None:
            self._shown = None
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        self._shown = key
        self.editor.load(self._sections[key], self._pinned_notes(key))
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(row + 1 < self.section_list.count())

    def sections(self) -> list[SectionDraft]:
        self._store_current()
        return [self._sections[self.section_list.item(row).data(Qt.ItemDataRole.UserRole)]
                for row in range(self.section_list.count())]

    # --- options ---------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        current = self.paper_combo.currentData()
        self.paper_combo.blockSignals(True)
        self.paper_combo.clear()
        for paper in PAPERS[kind]:
            label = {"brosur": translate("ComposeDialog", "A4 mendatar, lipat tiga"),
                     "web": translate("ComposeDialog", "A4 tegak (versi cetak)")}.get(kind, paper)
            self.paper_combo.addItem(label, paper)
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(current), 0))
        self.paper_combo.setEnabled(len(PAPERS[kind]) > 1)
        self.paper_combo.blockSignals(False)
        booklet = kind == "buklet"
        for widget in self._foreword_rows:
            if widget is not None:
                widget.setVisible(booklet)
        if booklet:
            signer = self.services.publications.signer()
            self.signer_label.setText(translate("ComposeDialog", "Ditandatangani: {title} — {name}").format(
                title=signer.title, name=signer.name or translate("ComposeDialog", "(nama Kepala belum diisi)")))
        self.schedule_preview()

    def layout_options(self) -> LayoutOptions:
        foreword = self.foreword_edit.toPlainText().strip() if self.kind_combo.currentData() == "buklet" else ""
        return LayoutOptions(self.paper_combo.currentData() or "", foreword)

    # --- loading and result ----------------------------------------------------------------
    def load(self, title: str, kind: str, sections: SectionDraft | Sequence[SectionDraft],
             layout: LayoutOptions | None = None) -> None:
        """Show an existing publication for revision (its kind stays)."""
        if isinstance(sections, SectionDraft):
            sections = [sections]
        self.title_edit.setText(title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_combo.setEnabled(False)
        if layout is not None:
            self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(layout.paper), 0))
            self.foreword_edit.setPlainText(layout.foreword)
        self._shown = None
        self.section_list.clear()
        self._sections.clear()
        self._ids = itertools.count(1)
        for section in sections:
            key = next(self._ids)
            self._sections[key] = section
            item = QListWidgetItem(self._item_text(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            self.section_list.addItem(item)
        self.section_list.setCurrentRow(0)
        self.schedule_preview()

    def values(self) -> tuple[str, str, list[SectionDraft]]:
        return self.title_edit.text().strip(), self.kind_combo.currentData(), self.sections()

    # --- preview ---------------------------------------------------------------------------
    def schedule_preview(self, *_args) -> None:  # noqa: ANN002
        self.preview_timer.start()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        self.schedule_preview()

    def render_preview(self) -> None:
        """Render the draft now (the timer calls this); a render already running is followed by a fresh one."""
        if not self.isVisible():
            return
        if self._rendering:
            self.preview_timer.start()
            return
        title, kind, sections = self.values()
        layout = self.layout_options()
        self._generation += 1
        self._rendering = True
        self.preview_status.setText(translate("ComposeDialog", "Menyusun pratinjau…"))
        generation, publications = self._generation, self.services.publications
        job = jobs.Background(self, lambda: render_draft(lambda: publications.draft_document(
            title, kind, sections, layout)))
        job.sig_done.connect(lambda result: self._preview_done(generation, result))
        job.sig_failed.connect(lambda err: self._preview_done(generation, err))
        self._job = job

    def _preview_done(self, generation: int, result: object) -> None:
        self._rendering = False
        if generation != self._generation:
            return
        if isinstance(result, bytes):
            self.preview.set_pdf(result)
            self.preview_status.setText(translate("ComposeDialog", "Pratinjau: {n} halaman").format(
                n=self.preview.page_count()))
        else:
            self.preview_status.setText(error_text(result) if isinstance(result, PadiError) else
                                        translate("ComposeDialog", "Pratinjau gagal dibuat: {err}").format(err=result))
        self.preview_ready.emit()

    def accept(self) -> None:
        """Save only a draft the service would take; otherwise say why and stay open (nothing is lost)."""
        title, kind, sections = self.values()
        try:
            if not title:
                raise BadInput("title_required")
            self.services.publications.draft_document(title, kind, sections, self.layout_options())
        except PadiError as err:
            prompts.error(self, self.windowTitle(), error_text(err))
            return
        super().accept()

    def done(self, result: int) -> None:
        self.preview_timer.stop()
        jobs.wait_for_previews()
        super().done(result)

    # compatibility: the fields of the section being edited
    @property
    def heading_edit(self) -> QLineEdit:
        return self.editor.heading_edit

    @property
    def text_edit(self) -> RichTextEdit:
        return self.editor.text_edit

    @property
    def output_combo(self) -> QComboBox:
        return self.editor.output_combo

    @property
    def chart_check(self) -> QCheckBox:
        return self.editor.chart_check


__all__ = ["ComposeDialog", "SectionEditor"]

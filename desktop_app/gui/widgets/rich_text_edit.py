"""A small rich-text editor for publication sections: bold, italic, two heading levels, bullets, numbers.

What is stored is never Qt's HTML: ``blocks()`` walks the QTextDocument block by block and fragment by
fragment into ``domain.richtext`` blocks, and ``set_blocks()`` writes such blocks back. Pasted text
arrives as plain text, so nothing foreign (fonts, links, images) gets in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QToolButton, QVBoxLayout, QWidget

from desktop_app.domain import richtext
from desktop_app.domain.richtext import Block, Run

translate = QCoreApplication.translate

_LIST_STYLE = {"bullet": QTextListFormat.Style.ListDisc, "number": QTextListFormat.Style.ListDecimal}
_HEADING_LEVEL = {"h1": 1, "h2": 2}
_HEADING_GROWTH = {1: 1.45, 2: 1.2}  # on-screen size of headings against the body font


def blocks_of(document: QTextDocument) -> tuple[Block, ...]:
    """The document as rich-text blocks; empty lines are left out, heading text is never 'bold'."""
    blocks = []
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        level = block.blockFormat().headingLevel()
        if text_list is not None:
            ordered = text_list.format().style() == QTextListFormat.Style.ListDecimal
            style = "number" if ordered else "bullet"
        else:
            style = "h1" if level == 1 else "h2" if level >= 2 else "p"
        heading = style in ("h1", "h2")
        runs = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                runs.append(Run(fragment.text().replace("\u2028", "\n"),
                                bold=not heading and fmt.fontWeight() >= int(QFont.Weight.Bold),
                                italic=fmt.fontItalic()))
            it += 1
        if "".join(run.text for run in runs).strip():
            blocks.append(richtext.block(style, runs))
        block = block.next()
    return tuple(blocks)


def _char_format(run: Run, level: int, base_size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if run.bold or level else QFont.Weight.Normal)
    fmt.setFontItalic(run.italic)
    fmt.setFontPointSize(base_size * _HEADING_GROWTH.get(level, 1.0))
    return fmt


def fill_document(document: QTextDocument, blocks: tuple[Block, ...], base_size: float) -> None:
    """Replace the document's content with ``blocks``."""
    document.clear()
    cursor = QTextCursor(document)
    current_list = None
    current_style = ""
    for index, block in enumerate(blocks):
        level = _HEADING_LEVEL.get(block.style, 0)
        block_format = QTextBlockFormat()
        block_format.setHeadingLevel(level)
        if index:
            cursor.insertBlock(block_format, QTextCharFormat())
        else:
            cursor.setBlockFormat(block_format)
        if block.style in _LIST_STYLE:
            if current_list is not None and current_style == block.style:
                current_list.add(cursor.block())
            else:
                current_list = cursor.createList(_LIST_STYLE[block.style])
                current_style = block.style
        else:
            current_list, current_style = None, ""
        for run in block.runs:
            cursor.insertText(run.text, _char_format(run, level, base_size))


class RichTextEdit(QWidget):
    """A QTextEdit with a formatting toolbar; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QTextEdit(self)
        self.editor.setAcceptRichText(False)
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self.changed)
        self.base_size = self.editor.font().pointSizeF()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}

        def add(key: str, text: str, tip: str, slot, shortcut: QKeySequence | None = None,  # noqa: ANN001
                checkable: bool = False) -> None:
            action = QAction(text, self)
            action.setToolTip(tip)
            action.setCheckable(checkable)
            if shortcut is not None:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            action.triggered.connect(slot)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            bar.addWidget(button)
            self.buttons[key] = button

        add("bold", translate("RichTextEdit", "T"), translate("RichTextEdit", "Tebal (Ctrl+B)"), self.toggle_bold,
            QKeySequence(QKeySequence.StandardKey.Bold), checkable=True)
        add("italic", translate("RichTextEdit", "M"), translate("RichTextEdit", "Miring (Ctrl+I)"), self.toggle_italic,
            QKeySequence(QKeySequence.StandardKey.Italic), checkable=True)
        self.buttons["bold"].setStyleSheet("font-weight: bold;")
        self.buttons["italic"].setStyleSheet("font-style: italic;")
        add("h1", translate("RichTextEdit", "Judul 1"), translate("RichTextEdit", "Judul besar"),
            lambda: self.set_style("h1"))
        add("h2", translate("RichTextEdit", "Judul 2"), translate("RichTextEdit", "Subjudul"), lambda: self.set_style("h2"))
        add("p", translate("RichTextEdit", "Paragraf"), translate("RichTextEdit", "Paragraf biasa"),
            lambda: self.set_style("p"))
        add("bullet", translate("RichTextEdit", "• Butir"), translate("RichTextEdit", "Daftar berbutir"),
            lambda: self.set_style("bullet"))
        add("number", translate("RichTextEdit", "1. Nomor"), translate("RichTextEdit", "Daftar bernomor"),
            lambda: self.set_style("number"))
        bar.addStretch(1)
        # Tab goes through the toolbar before the text, as they appear (the editor was made first).
        QWidget.setTabOrder(self.buttons["number"], self.editor)
        self.editor.currentCharFormatChanged.connect(self._show_format)
        bar.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.editor)

    # --- content ---------------------------------------------------------------------------
    def blocks(self) -> tuple[Block, ...]:
        return blocks_of(self.editor.document())

    def set_blocks(self, blocks: tuple[Block, ...]) -> None:
        self.editor.blockSignals(True)
        fill_document(self.editor.document(), blocks, self.base_size)
        self.editor.blockSignals(False)
        self.changed.emit()

    # --- formatting ------------------------------------------------------------------------
    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.fontWeight() < int(QFont.Weight.Bold)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.editor.fontItalic())
        self.editor.mergeCurrentCharFormat(fmt)

    def set_style(self, style: str) -> None:
        """Make the block(s) under the cursor a paragraph, heading, bullet or numbered item."""
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        level = _HEADING_LEVEL.get(style, 0)
        current = cursor.currentList()
        if current is not None:
            for index in range(current.count() - 1, -1, -1):
                item = current.item(index)
                if cursor.selectionStart() <= item.position() + item.length() and item.position() <= cursor.selectionEnd():
                    current.remove(item)
        block_format = cursor.blockFormat()
        block_format.setObjectIndex(-1)
        block_format.setIndent(0)
        block_format.setHeadingLevel(level)
        cursor.setBlockFormat(block_format)
        if style in _LIST_STYLE:
            cursor.createList(_LIST_STYLE[style])
        # Headings look like headings on screen; the stored text keeps no bold for them.
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        cursor.setPosition(start)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setFontPointSize(self.base_size * _HEADING_GROWTH.get(level, 1.0))
        if level or style == "p" and self._was_heading(cursor):
            fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()
        self.changed.emit()

    def _was_heading(self, cursor: QTextCursor) -> bool:
        return cursor.charFormat().fontPointSize() > self.base_size * 1.05

    def _show_format(self, fmt: QTextCharFormat) -> None:
        self.buttons["bold"].defaultAction().setChecked(fmt.fontWeight() >= int(QFont.Weight.Bold))
        self.buttons["italic"].defaultAction().setChecked(fmt.fontItalic())

    # compatibility with code that treats the section text as plain text
    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.set_blocks(richtext.from_plain(text))

    def toPlainText(self) -> str:  # noqa: N802 - Qt's name
        return richtext.plain_text(self.blocks())

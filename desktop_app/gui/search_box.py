"""The main window's search box: finds datasets and publications anywhere and opens the one chosen.

Results come from ``services.search`` as the user types and show in a completer popup (title, kind
and the step that holds the item). Enter or a click on a result asks the window to open it; Enter
with no result highlighted opens the best one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop_app.domain.steps import Step
from desktop_app.gui import prompts
from desktop_app.services.datasets import DATASET, SearchResult
from desktop_app.services.office import Services

translate = QCoreApplication.translate

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RESULT_LIMIT = 20


def kind_label(kind: str) -> str:
    return (translate("SearchBox", "Kumpulan Data") if kind == DATASET
            else translate("SearchBox", "Publikasi"))


class SearchBox(QLineEdit):
    """A line edit with a popup of matching datasets and publications."""

    sig_open = Signal(str, int)
    """Open this item: (kind, id) as MainWindow.open_object takes them."""

    def __init__(self, services: Services, step_label: Callable[[Step], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._step_label = step_label
        self.results: list[SearchResult] = []
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(translate("SearchBox", "Cari data atau publikasi… (Ctrl+F)"))
        self.setToolTip(translate("SearchBox", "Cari Kumpulan Data atau Publikasi menurut judul, kelompok atau sumber"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 48)
        self.model = QStandardItemModel(self)
        self.completer_ = QCompleter(self.model, self)
        # The service already filtered and ordered the results: the completer only shows them.
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._on_activated)
        self.textEdited.connect(self._on_text_edited)
        self.returnPressed.connect(self._on_return_pressed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # The menu bar lays its corner widget out by the size hint: wide enough for the placeholder.
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumWidth()), hint.height())

    def search(self, text: str) -> list[SearchResult]:
        """Fill the popup with the matches of ``text`` (and show it when there are any)."""
        self.results = self.services.search.find(text, RESULT_LIMIT) if text.strip() else []
        self.model.clear()
        for result in self.results:
            line = translate("SearchBox", "{title} — {kind}, langkah {step}").format(
                title=result.title, kind=kind_label(result.kind),
                step=f"{int(result.step)} {self._step_label(result.step)}")
            item = QStandardItem(line)
            item.setData(result.kind, KIND_ROLE)
            item.setData(result.id, ID_ROLE)
            item.setToolTip(result.detail or result.title)
            item.setEditable(False)
            self.model.appendRow(item)
        popup = self.completer_.popup()
        if self.results:
            # wider than the box, growing to the left of it (the box sits at the window's right edge)
            width = max(self.width(), popup.sizeHintForColumn(0) + 32)
            width = min(width, max(self.width(), self.window().width() - 40))
            self.completer_.complete(QRect(self.width() - width, 0, width, self.height()))
        else:
            popup.hide()
        return self.results

    def _on_text_edited(self, text: str) -> None:
        if not self.search(text) and text.strip():
            self._nothing_found(text)

    def _on_return_pressed(self) -> None:
        popup = self.completer_.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._on_activated(popup.currentIndex())
            return
        text = self.text()
        if not self.results:
            self.search(text)
        if self.results:
            self._open(self.results[0].kind, self.results[0].id)
        elif text.strip():
            self._nothing_found(text)

    def _on_activated(self, index: QModelIndex) -> None:
        kind, item_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        if kind is not None and item_id is not None:
            self._open(str(kind), int(item_id))

    def _open(self, kind: str, item_id: int) -> None:
        self.completer_.popup().hide()
        self.clear()
        self.results = []
        self.model.clear()
        self.sig_open.emit(kind, item_id)

    def _nothing_found(self, text: str) -> None:
        prompts.status(self, translate("SearchBox", "Tidak ada data atau publikasi yang cocok dengan “{text}”.").format(
            text=text.strip()))

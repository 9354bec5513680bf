"""Help → Pintasan Papan Ketik: every keyboard shortcut, collected at run time from the real window.

``collect_shortcuts`` walks a window's widget tree for QActions and buttons that have a shortcut and
notes where each one works (the whole window, one tab, or a widget such as the data grid), so the
list cannot drift from the program. ``conflicts`` finds two shortcuts with the same key that can be
active at the same time (a test keeps the main window free of them). The publication composer is a
separate window opened on demand; the dialog builds a hidden one just to read its shortcuts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate

_COUNT_SUFFIX = re.compile(r"\s*\(\d+\)$")
_KEY_HINT_SUFFIX = re.compile(r"\s*\([^()]*\)$")


def _place_labels() -> dict[str, str]:
    """Widgets (by class name) whose shortcuts work only inside them, with the name the user knows."""
    return {
        "DataGrid": translate("ShortcutsDialog", "Tabel data (Persiapan, Validasi, Penyajian, pratinjau impor)"),
        "RichTextEdit": translate("ShortcutsDialog", "Penyunting teks bagian publikasi"),
        "PdfPagesView": translate("ShortcutsDialog", "Pratinjau PDF"),
        "ComposeDialog": translate("ShortcutsDialog", "Jendela Susun Publikasi"),
    }


@dataclass(frozen=True)
class ShortcutEntry:
    """One shortcut: what it does, its keys, and where it works.

    ``scope`` is the chain of widgets the shortcut is bound to, outermost first (the window, a tab
    page, a widget such as the data grid); two shortcuts can both be live when one scope is a prefix
    of the other.
    """

    description: str
    keys: tuple[str, ...]  # portable text, e.g. "Ctrl+S"
    native: str  # as the user's system writes it
    place: str
    scope: tuple[int, ...]
    owner: int
    order: tuple[int, int] = (0, 0)  # where its group comes in the list: window, tabs in order, widgets


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _description(obj: QAction | QAbstractButton) -> str:
    text = _clean(obj.text())
    if len(text) < 3 and obj.toolTip():
        # icon-like labels ("T", "M" for bold and italic): the tooltip says what it is
        text = _KEY_HINT_SUFFIX.sub("", obj.toolTip()).strip()
    if isinstance(obj, QAction):
        menu = next((w for w in obj.associatedObjects() if isinstance(w, QMenu)), None)
        if menu is not None and menu.title():
            text = "{menu} → {item}".format(menu=_clean(menu.title()), item=_COUNT_SUFFIX.sub("", text))
    return text


def _owner_widget(obj: QAction | QAbstractButton) -> QWidget | None:
    if isinstance(obj, QAbstractButton):
        return obj
    parent = obj.parent()
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    return parent


def _main_tabs(window: QWidget) -> QTabWidget | None:
    """The window's own tab widget (its pages are "places"; tabs nested inside a page are not)."""
    central = window.centralWidget() if isinstance(window, QMainWindow) else None
    return central if isinstance(central, QTabWidget) else None


def _scope_and_place(widget: QWidget | None, window: QWidget) -> tuple[tuple[int, ...], str, tuple[int, int]]:
    """Where a shortcut of ``widget`` works: the scope chain, the innermost place's name and its order."""
    labels = _place_labels()
    chain: list[tuple[int, str]] = []
    order = (0, 0)
    main_tabs = _main_tabs(window)
    current = widget
    while current is not None:
        parent = current.parentWidget()
        name = type(current).__name__
        if name in labels:
            chain.append((id(current), labels[name]))
            order = order if chain[:-1] else (2, list(labels).index(name))  # the innermost place decides
        elif main_tabs is not None and parent is not None and parent.parentWidget() is main_tabs:
            tabs = main_tabs
            index = tabs.indexOf(current)
            if index >= 0:
                title = _COUNT_SUFFIX.sub("", tabs.tabText(index)).replace("&", "")
                chain.append((id(current), translate("ShortcutsDialog", "Tab {tab}").format(tab=title)))
                order = order if chain[:-1] else (1, index)
        if current is window or current.isWindow():
            chain.append((id(current), ""))
            break
        current = parent
    chain.reverse()
    place = next((label for _, label in reversed(chain) if label), "")
    return tuple(key for key, _ in chain), place or translate("ShortcutsDialog", "Seluruh jendela"), order


def _key_sequences(obj: QAction | QAbstractButton) -> list[QKeySequence]:
    if isinstance(obj, QAction):
        return [k for k in obj.shortcuts() if not k.isEmpty()]
    key = obj.shortcut()
    # A mnemonic ("&Simpan" → Alt+S) is not a shortcut the user has to learn from a list.
    if key.isEmpty() or (obj.text() and key == QKeySequence.mnemonic(obj.text())):
        return []
    return [key]


def collect_shortcuts(window: QWidget) -> list[ShortcutEntry]:
    """Every QAction and button with a shortcut in ``window``'s tree (each action once)."""
    entries: list[ShortcutEntry] = []
    seen: set[int] = set()
    objects: Iterable[QObject] = [*window.findChildren(QAction), *window.findChildren(QAbstractButton)]
    for obj in objects:
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        keys = _key_sequences(obj)
        if not keys:
            continue
        widget = _owner_widget(obj)
        if isinstance(obj, QAction) and obj.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut:
            scope, place, order = (), translate("ShortcutsDialog", "Seluruh program"), (0, 0)
        else:
            scope, place, order = _scope_and_place(widget, window)
        entries.append(ShortcutEntry(
            _description(obj), tuple(k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys),
            " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys), place, scope, id(obj),
            order))
    return entries


def conflicts(entries: Iterable[ShortcutEntry]) -> list[tuple[ShortcutEntry, ShortcutEntry, str]]:
    """Pairs of shortcuts sharing a key that can be live together (same or nested scope)."""
    found = []
    items = list(entries)
    for i, first in enumerate(items):
        for second in items[i + 1:]:
            shorter, longer = sorted((first.scope, second.scope), key=len)
            if longer[:len(shorter)] != shorter:
                continue
            for key in set(first.keys) & set(second.keys):
                found.append((first, second, key))
    return found


def composer_shortcuts(services: object) -> list[ShortcutEntry]:
    """The shortcuts of the publication composer, read from a hidden, empty one built for the purpose."""
    from desktop_app.gui.dialogs.compose import ComposeDialog

    dialog = ComposeDialog(services)
    dialog.preview_timer.stop()  # nothing to render: the dialog is never shown
    try:
        return collect_shortcuts(dialog)
    finally:
        dialog.deleteLater()


def _unique(entries: Iterable[ShortcutEntry]) -> list[ShortcutEntry]:
    """One row per place, description and keys (the data grid appears in several tabs)."""
    seen: set[tuple[str, str, str]] = set()
    result = []
    for entry in entries:
        key = (entry.place, entry.description, entry.native)
        if key not in seen:
            seen.add(key)
            result.append(entry)
    return result


class ShortcutsDialog(QDialog):
    """A tree: one group per place, a row per shortcut (keys as the system writes them)."""

    def __init__(self, window: QWidget, parent: QWidget | None = None, *, include_composer: bool = True) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(translate("ShortcutsDialog", "Pintasan Papan Ketik"))
        services = getattr(window, "services", None)
        entries = collect_shortcuts(window)
        if include_composer and services is not None:
            entries += composer_shortcuts(services)
        self.entries = sorted(_unique(entries), key=lambda entry: entry.order)
        intro = QLabel(translate("ShortcutsDialog", "Tombol pintas yang berlaku di PADI, menurut tempat berlakunya. "
                                 "Pintasan pada tab atau tabel hanya berlaku saat tab atau tabel itu tampil."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([translate("ShortcutsDialog", "Tindakan"), translate("ShortcutsDialog", "Tombol")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setRootIsDecorated(False)
        self.groups: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            group = self.groups.get(entry.place)
            if group is None:
                group = QTreeWidgetItem(self.tree, [entry.place])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                self.groups[entry.place] = group
            QTreeWidgetItem(group, [entry.description, entry.native])
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def rows(self) -> list[tuple[str, str, str]]:
        """(place, action, keys) as shown, in order."""
        return [(self.tree.topLevelItem(i).text(0), group.child(j).text(0), group.child(j).text(1))
                for i in range(self.tree.topLevelItemCount()) for group in [self.tree.topLevelItem(i)]
                for j in range(group.childCount())]

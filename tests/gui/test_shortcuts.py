"""Keyboard shortcuts: none clash in the main window, frequent actions have one, Help lists them all."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.domain.steps import Step
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.shortcuts_dialog import ShortcutsDialog, collect_shortcuts, conflicts
from tests.gui.windows import shown_main_window
from tests.services.test_workflow_services import as_user


@pytest.fixture
def window(qtbot, office):
    as_user(office, "staf")
    return shown_main_window(qtbot, office)


def menu_action(window, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(text)


def keys_of(window, place: str, description: str) -> tuple[str, ...]:
    return next(e.keys for e in collect_shortcuts(window) if e.place == place and e.description == description)


def test_no_two_shortcuts_share_a_key_where_both_work(window):
    clashes = [(a.description, a.place, b.description, b.place, key)
               for a, b, key in conflicts(collect_shortcuts(window))]
    assert clashes == []


def test_a_clash_is_found_in_nested_scopes_but_not_across_tabs(window):
    clash = QAction("Simpan semua", window)
    clash.setShortcut(QKeySequence("Ctrl+S"))  # Persiapan's and Pengolahan's Simpan use it in their own tabs
    window.addAction(clash)
    found = {frozenset((a.description, b.description)) for a, b, key in conflicts(collect_shortcuts(window))}
    # with each tab's own Ctrl+S, not between the two tabs' (only one tab shows at a time)
    assert found == {frozenset(("Simpan", "Simpan semua")), frozenset(("Simpan Keluaran", "Simpan semua"))}


def test_frequent_actions_have_shortcuts(window):
    assert keys_of(window, "Seluruh jendela", "Cari data atau publikasi") == ("Ctrl+F", "Ctrl+K")
    assert keys_of(window, "Seluruh jendela", "Berkas → Muat Ulang") == ("F5",)
    assert keys_of(window, "Seluruh jendela", "Bantuan → Pintasan Papan Ketik") == ("Ctrl+/",)
    assert keys_of(window, "Tab 1 Persiapan", "Simpan") == ("Ctrl+S",)
    assert keys_of(window, "Tab 3 Pengolahan", "Simpan Keluaran") == ("Ctrl+S",)
    assert keys_of(window, "Tab 5 Pengajuan", "Publikasi Baru") == ("Ctrl+N",)
    assert keys_of(window, "Tab 7 Publikasi", "Cetak...") == ("Ctrl+P",)
    assert keys_of(window, "Tab 8 Arsip", "Cadangkan Sekarang") == ("Ctrl+B",)


def test_f5_reloads_with_a_status_message(qtbot, window):
    as_user(window.services, "staf")
    from desktop_app.services.datasets.dataset_service import DatasetMeta
    from tests.services.test_workflow_services import COLUMNS
    window.services.datasets.create(DatasetMeta("Dibuat di komputer lain"), COLUMNS, [("NIB", 1)])
    prepare = next(tab for tab in window.stages if tab.step == Step.PREPARE)
    assert prepare.count() == 0
    menu_action(window, "Muat Ulang").trigger()
    assert prepare.count() == 1
    assert window.statusBar().currentMessage() == "Semua tab dimuat ulang."


def test_help_lists_every_shortcut_by_place(qtbot, window, monkeypatch, tmp_path):
    shown = []

    def show(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(tmp_path / "shortcuts.png"))
        shown.append(dialog.rows())
        return False

    monkeypatch.setattr(prompts, "run_dialog", show)
    menu_action(window, "Pintasan Papan Ketik").trigger()
    rows = shown[0]
    ctrl = QKeySequence("Ctrl+S").toString(QKeySequence.SequenceFormat.NativeText).removesuffix("S")
    for place, description, keys in (
        ("Seluruh jendela", "Cari data atau publikasi", f"{ctrl}F / {ctrl}K"),
        ("Seluruh jendela", "Langkah → 1 Persiapan", QKeySequence("Alt+1").toString(QKeySequence.SequenceFormat.NativeText)),
        ("Tab 1 Persiapan", "Simpan", f"{ctrl}S"),
        ("Tabel data (Persiapan, Validasi, Penyajian, pratinjau impor)", "Urungkan", f"{ctrl}Z"),
        ("Pratinjau PDF", "Berikutnya ▶", QKeySequence("PgDown").toString(QKeySequence.SequenceFormat.NativeText)),
        ("Penyunting teks bagian publikasi", "Tebal", f"{ctrl}B"),
        ("Jendela Susun Publikasi", "Naik", QKeySequence("Alt+Up").toString(QKeySequence.SequenceFormat.NativeText)),
    ):
        assert (place, description, keys) in rows
    places = list(dict.fromkeys(place for place, _, _ in rows))
    assert places[0] == "Seluruh jendela"
    assert places.index("Tab 1 Persiapan") < places.index("Tab 8 Arsip") < places.index("Pratinjau PDF")
    # the data grid sits in three tabs: listed once
    assert sum(1 for place, description, _ in rows if description == "Urungkan") == 1


def test_the_list_follows_the_window(window):
    extra = QAction("Sesuatu yang baru", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+J"))
    window.addAction(extra)
    rows = ShortcutsDialog(window, include_composer=False).rows()
    assert ("Seluruh jendela", "Sesuatu yang baru",
            QKeySequence("Ctrl+Shift+J").toString(QKeySequence.SequenceFormat.NativeText)) in rows

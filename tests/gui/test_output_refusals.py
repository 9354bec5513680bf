"""Every save dialog goes through prompts.choose_output_file: the database, a backup or a file PADI did not
write is refused there with a message; PADI's own earlier output is replaced after the overwrite question."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.gui import prompts
from tests.conftest import PASSWORD
from tests.gui.windows import shown_main_window

SHOTS = os.environ.get("PADI_SHOTS")  # a folder to grab the message into, when looking at it


@pytest.fixture
def window(qtbot, office):
    office.accounts.login("kasubag", PASSWORD)
    return shown_main_window(qtbot, office)


@pytest.fixture
def errors(monkeypatch, qtbot):
    seen: list[tuple[str, str]] = []

    def show(parent, title, text, details=""):
        seen.append((title, text))
        if SHOTS:
            box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
            box.setDetailedText(details)
            box.show()
            qtbot.waitExposed(box)
            box.grab().save(os.path.join(SHOTS, f"out-guard-refusal-{len(seen)}.png"))
            box.close()

    monkeypatch.setattr(prompts, "error", show)
    return seen


def save_report_to(qtbot, window, monkeypatch, target: Path) -> None:
    monkeypatch.setattr(prompts, "run_dialog", lambda dialog: True)  # this month, everyone, PDF
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: target)
    qtbot.mouseClick(window.dashboard.report_button, Qt.MouseButton.LeftButton)


def reports(office) -> int:
    return sum(1 for e in office.activity.entries(limit=1000) if e.action == "report_exported")


def test_the_report_dialog_refuses_the_database_and_its_companions(qtbot, window, office, monkeypatch, errors):
    db = Path(office.ctx.db.path)
    for target in (db, Path(f"{db}-wal"), Path(f"{db}.lock")):
        save_report_to(qtbot, window, monkeypatch, target)
        assert not target.exists() or b"%PDF" not in target.read_bytes()  # SQLite's own bytes, no report
    assert [text for _title, text in errors] == 3 * [
        "Tujuan itu adalah basis data PADI atau berkas pendampingnya dan tidak pernah ditimpa. Pilih nama berkas lain."]
    assert reports(office) == 0 and office.accounts.users()  # the office is still there


def test_a_users_file_is_refused_and_padis_own_report_replaced(qtbot, window, office, monkeypatch, errors,
                                                               tmp_path):
    mine = tmp_path / "catatan.pdf"
    mine.write_bytes(b"%PDF-1.4 catatan saya")
    save_report_to(qtbot, window, monkeypatch, mine)
    assert mine.read_bytes() == b"%PDF-1.4 catatan saya" and reports(office) == 0
    assert errors[-1][1].startswith("Berkas itu sudah ada dan bukan keluaran PADI")

    ours = tmp_path / "laporan.pdf"
    save_report_to(qtbot, window, monkeypatch, ours)
    assert reports(office) == 1
    save_report_to(qtbot, window, monkeypatch, ours)  # the save dialog asked; PADI wrote it: replaced
    assert reports(office) == 2 and len(errors) == 1


def test_a_name_given_its_suffix_is_asked_about_when_it_exists(qtbot, window, office, monkeypatch, errors,
                                                               tmp_path):
    save_report_to(qtbot, window, monkeypatch, tmp_path / "laporan")
    assert (tmp_path / "laporan.pdf").exists() and reports(office) == 1
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or False)
    save_report_to(qtbot, window, monkeypatch, tmp_path / "laporan")  # Qt asked about "laporan", not ".pdf"
    assert asked == ["'laporan.pdf' sudah ada (keluaran PADI sebelumnya). Ganti dengan yang baru?"]
    assert reports(office) == 1 and errors == []


def test_a_backup_is_refused_in_the_activity_log_export(qtbot, window, office, monkeypatch, errors, tmp_path):
    office.accounts.logout()
    office.accounts.login("admin", PASSWORD)
    backup = office.archive.backup(tmp_path).path
    content = backup.read_bytes()
    window.tabs.setCurrentWidget(window.activity)
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: backup.with_suffix(".xlsx"))
    renamed = backup.with_suffix(".xlsx")
    renamed.write_bytes(content)  # the same archive under an office-file name: known by its content
    window.activity._on_export_clicked("xlsx")
    assert renamed.read_bytes() == content and backup.read_bytes() == content
    assert errors[-1][1].startswith("Tujuan itu adalah berkas cadangan PADI")


def test_every_new_code_has_a_sentence_on_both_faces():
    from desktop_app import cli
    from desktop_app.domain.errors import PadiError
    from desktop_app.gui.messages import error_text

    for code in ("target_is_database", "target_is_backup", "target_not_padi", "target_exists", "bad_file_name",
                 "name_too_long", "path_unusable", "file_is_folder", "file_not_regular", "dataset_name_too_long",
                 "name_has_control_characters", "date_out_of_range", "password_change_required",
                 "report_self_only", "kepala_confirms", "no_such_request", "role_unchanged", "target_is_folder",
                 "target_not_empty", "target_not_folder"):
        assert code in cli.MESSAGES
        assert not error_text(PadiError(code)).startswith("Tindakan gagal"), code

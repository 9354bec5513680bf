"""Save dialogs start from a safe file name, whatever the title it was made from."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.gui import prompts


def test_relative_suggestion_becomes_one_safe_name() -> None:
    assert prompts.safe_suggestion("../Rekap/Izin 2025.xlsx") == "Rekap Izin 2025.xlsx"
    assert prompts.safe_suggestion("CON.png") == "_CON.png"
    assert prompts.safe_suggestion("") == ""


def test_absolute_folder_is_kept_and_the_name_made_safe(tmp_path: Path) -> None:
    suggested = prompts.safe_suggestion(str(tmp_path / "Surat - AUX.pdf"))
    assert Path(suggested) == tmp_path / "Surat - AUX.pdf"
    assert Path(prompts.safe_suggestion(str(tmp_path / "nul.pdf"))) == tmp_path / "_nul.pdf"


@pytest.mark.real_prompts
def test_the_dialog_receives_the_safe_name(monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(prompts.QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filters: (seen.append(start), ("", ""))[1])
    assert prompts.choose_save_file(None, "Ekspor", "*.xlsx", 'Izin: "a/b" ..xlsx') is None
    assert Path(seen[0]).name == "Izin a b.xlsx"
    assert Path(seen[0]).is_absolute()  # in the export folder, not the program's working folder

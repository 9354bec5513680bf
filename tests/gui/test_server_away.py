"""The office's server goes away while a dialog is being saved: the message says nothing was saved, and the
same dialog opens again with everything typed, so the work can be saved once the server is back."""

from __future__ import annotations

from desktop_app.gui import prompts
from desktop_app.gui.stages.submit import SubmitTab
from desktop_app.storage.database import ServerUnavailable
from tests.conftest import PASSWORD


def test_a_composed_publication_survives_a_server_that_went_away(qtbot, office, monkeypatch):
    office.accounts.login("kasubag", PASSWORD)
    tab = SubmitTab(office)
    qtbot.addWidget(tab)
    tab.refresh()
    shown, told = [], []

    def compose(dialog):
        if not shown:
            dialog.title_edit.setText("Brosur Izin Terbit")
            dialog.heading_edit.setText("Pengantar")
        shown.append((dialog, dialog.title_edit.text()))
        return True

    create = office.publications.create
    calls = []

    def server_away_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise ServerUnavailable("server_unreachable", "connection refused")
        return create(*args, **kwargs)

    monkeypatch.setattr(prompts, "run_dialog", compose)
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, detail="": told.append(text))
    monkeypatch.setattr(office.publications, "create", server_away_once)
    next(a.button for a in tab.actions_ if a.label == "Publikasi Baru").click()
    assert len(told) == 1 and "TIDAK tersimpan" in told[0]
    assert len(shown) == 2 and shown[1] == (shown[0][0], "Brosur Izin Terbit")  # the same dialog, still filled
    assert [p.title for p in office.publications.list()] == ["Brosur Izin Terbit"]

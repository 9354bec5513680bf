"""The Catat Distribusi dialog shows the fields of the chosen channel and returns only those."""

from __future__ import annotations

import datetime as dt

from desktop_app.gui.dialogs.distribution import DistributionDialog

TODAY = dt.date(2026, 11, 24)


def test_fields_follow_the_channel(qtbot):
    dialog = DistributionDialog("Brosur", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.copies_spin.isVisible() and not dialog.url_edit.isVisible()
    dialog.url_edit.setText("https://contoh.example/x")  # typed, then the channel changed: not sent
    entry = dialog.values()
    assert (entry.channel, entry.copies, entry.url, entry.distributed_on) == ("cetak", 100, "", TODAY)
    dialog.set_channel("situs_web")
    assert dialog.url_edit.isVisible() and not dialog.copies_spin.isVisible()
    entry = dialog.values()
    assert (entry.channel, entry.copies, entry.url) == ("situs_web", None, "https://contoh.example/x")
    dialog.set_channel("dikirim")
    dialog.recipient_edit.setText("Bappeda")
    assert dialog.values().recipient == "Bappeda" and dialog.values().url == ""
    assert dialog.date_edit.maximumDate().toPython() == TODAY  # no distribution in the future

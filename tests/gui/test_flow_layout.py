"""FlowLayout: a row of buttons that wraps to more lines when narrow, instead of widening its window."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop_app.gui.widgets.flow_layout import flow_row


def test_buttons_wrap_when_narrow_and_stay_in_one_line_when_wide(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    buttons = [QPushButton(text) for text in ("Kumpulan Data Baru", "Impor dari Excel…", "Metadata", "Simpan")]
    row = flow_row(host, buttons)
    QVBoxLayout(host).addWidget(row)
    widest = max(b.sizeHint().width() for b in buttons)
    assert row.minimumSizeHint().width() <= widest + 20  # never asks for the whole row's width
    host.resize(1000, 200)
    host.show()
    qtbot.waitUntil(lambda: buttons[-1].isVisible() and buttons[-1].y() == buttons[0].y())
    assert [b.x() for b in buttons] == sorted(b.x() for b in buttons)
    host.resize(widest + 30, 300)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 4)  # one per line
    assert all(b.x() + b.width() <= row.width() for b in buttons)
    assert row.height() >= sum(b.height() for b in buttons)

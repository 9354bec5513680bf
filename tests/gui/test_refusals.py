"""GUI refusals: actions a role may not take are disabled with the reason as a tooltip."""

from __future__ import annotations

from desktop_app.gui.main_window import MainWindow
from desktop_app.services.office.bundle import Services
from desktop_app.services.office.demo import DEMO_PASSWORD, seed_demo


def demo_window(qtbot, tmp_path, username):
    services = Services.open(tmp_path / "demo.db")
    seed_demo(services)
    services.accounts.login(username, DEMO_PASSWORD)
    window = MainWindow(services, "demo.db")
    qtbot.addWidget(window)
    window.refresh()
    return window, services


def action_button(tab, label):
    return next(a.button for a in tab.actions_ if a.label == label)


def test_staff_sees_approve_disabled_with_reason(qtbot, tmp_path):
    window, services = demo_window(qtbot, tmp_path, "staf")
    review = window.stages[5]
    assert review.count() == 1
    approve = action_button(review, "Setujui")
    assert not approve.isEnabled()
    assert approve.toolTip() == "Hanya Kepala Dinas atau Plt. yang dapat menyetujui."
    assert not action_button(window.stages[4], "Ajukan ke Kepala").isEnabled()
    services.close()


def test_head_sees_inbox_and_can_approve_but_not_prepare(qtbot, tmp_path):
    window, services = demo_window(qtbot, tmp_path, "kepala")
    assert window.tabs.tabText(6) == "6 Persetujuan (1)"
    assert action_button(window.stages[5], "Setujui").isEnabled()
    assert not action_button(window.stages[0], "Kumpulan Data Baru").isEnabled()
    assert "Menunggu persetujuan Kepala Dinas: 1" in window.dashboard.inbox.text()
    services.close()

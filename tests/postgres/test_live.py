"""Live updates: what one PC submits, approves or imports shows on the other PCs within seconds."""

from __future__ import annotations

import time

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.services.office.bundle import Services
from desktop_app.services.publications.publication_service import SectionDraft
from tests.conftest import PASSWORD
from tests.gui.windows import shown_main_window


def wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_another_pc_s_change_is_noticed_by_listen(pg_office):
    here, there = Services.open(pg_office, create=False), Services.open(pg_office, create=False)
    try:
        here.live.start()
        assert not here.live.changed()
        there.accounts.login("staf", PASSWORD)
        there.datasets.create(DatasetMeta("Baru"), (ColumnSpec("Jenis"),), [("NIB",)])
        assert wait_for(here.live.changed, 5)
        assert here.live._watcher.notified > 0  # noqa: SLF001 - by NOTIFY, not only by polling
        assert here.live.online
    finally:
        here.close()
        there.close()


def test_the_kepala_s_review_tab_shows_a_submission_from_another_pc(pg_office, qtbot):
    kepala_pc, staff_pc = Services.open(pg_office, create=False), Services.open(pg_office, create=False)
    try:
        kepala_pc.accounts.login("kepala", PASSWORD)
        window = shown_main_window(qtbot, kepala_pc, pg_office)
        window.start_live_updates()
        review = next(tab for tab in window.stages if type(tab).__name__ == "ReviewTab")
        assert review.count() == 0
        assert window.server_label.isVisible() and window.server_label.text() == "Server: terhubung"
        staff_pc.accounts.login("kasubag", PASSWORD)
        staff_pc.datasets.create(DatasetMeta("Izin"), (ColumnSpec("Jenis"), ColumnSpec("N", ColumnType.INTEGER)),
                                 [("NIB", 3)])
        pub = staff_pc.publications.create("Brosur Izin", "brosur", [SectionDraft("Pengantar", "Isi.")])
        staff_pc.publications.submit(pub)
        qtbot.waitUntil(lambda: review.count() == 1, timeout=10_000)  # no click, no F5
        qtbot.waitUntil(lambda: "(1)" in window.tabs.tabText(window.tabs.indexOf(review)), timeout=5_000)
        window.close()
    finally:
        kepala_pc.close()
        staff_pc.close()

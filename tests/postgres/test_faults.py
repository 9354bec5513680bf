"""The server goes away in the middle of work: the user is told whether it was saved, nothing done is lost.

The server is "stopped" by cutting every connection to it and refusing new ones (tests/postgres/flaky.py);
afterwards ``padi check`` must be clean, every unit of work reported as done must be there, and the
one that was cut must be either whole or absent - exactly as the user was told.
"""

from __future__ import annotations

import threading

import pytest

from desktop_app.cli import main
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.services.office.bundle import Services
from desktop_app.services.publications.publication_service import PublicationService, SectionDraft
from desktop_app.storage.database import ServerUnavailable
from tests.conftest import PASSWORD
from tests.postgres.flaky import FlakyLink


@pytest.fixture
def link(server, pg_office):
    flaky = FlakyLink(server.host, server.port)
    yield flaky
    flaky.close()


def via(link: FlakyLink, url: str) -> str:
    return link.url(url.split("//", 1)[1].split("@", 1)[0], url.rsplit("/", 1)[1])


def check_is_clean(url: str) -> None:
    assert main(["check", "--db", url]) == 0


def _csv(path, rows: int):
    path.write_text("Kecamatan,Jenis,Jumlah\n" + "".join(f"k{i % 7},NIB,{i}\n" for i in range(rows)), encoding="utf-8")
    return path


def test_server_stopped_in_the_middle_of_an_import(pg_office, link, tmp_path):
    services = Services.open(via(link, pg_office), create=False)
    try:
        services.accounts.login("staf", PASSWORD)
        small = services.imports.commit(services.imports.preview(_csv(tmp_path / "kecil.csv", 10)),
                                        dataset_name="Selesai")  # reported done before the stop
        preview = services.imports.preview(_csv(tmp_path / "besar.csv", 30000))

        def stop_server(done: int, total: int) -> None:
            if done >= 5000:
                link.cut()

        with pytest.raises(ServerUnavailable) as refused:
            services.imports.commit(preview, dataset_name="Terpotong", progress=stop_server)
        assert refused.value.code == "server_unreachable"  # told: not saved
        link.restore()
        check_is_clean(pg_office)
        names = {d.name: d.rows for d in services.datasets.list()}  # the same window continues, reconnected
        assert names == {"Selesai": small.rows}
        again = services.imports.commit(preview, dataset_name="Terpotong")
        assert again.rows == 30000
    finally:
        services.close()
    check_is_clean(pg_office)


def _submitted(services: Services) -> tuple[int, str]:
    services.accounts.login("kasubag", PASSWORD)
    services.datasets.create(DatasetMeta("Izin"), (ColumnSpec("Jenis"), ColumnSpec("N", ColumnType.INTEGER)), [("NIB", 1)])
    pub = services.publications.create("Brosur Izin", "brosur", [SectionDraft("Pengantar", "Isi.")])
    services.publications.submit(pub)
    services.accounts.logout()
    services.accounts.login("kepala", PASSWORD)
    return pub, services.publications.get(pub).content_hash


def test_server_stopped_in_the_middle_of_an_approval(pg_office, link, monkeypatch):
    services = Services.open(via(link, pg_office), create=False)
    try:
        pub, content_hash = _submitted(services)
        move = PublicationService._move

        def stop_then_move(self, item, how):
            link.cut()
            return move(self, item, how)

        monkeypatch.setattr(PublicationService, "_move", stop_then_move)
        with pytest.raises(ServerUnavailable) as refused:
            services.publications.approve(pub, content_hash)
        assert refused.value.code == "server_unreachable"
        monkeypatch.undo()
        link.restore()
        check_is_clean(pg_office)
        assert services.publications.get(pub).summary.state.value == "submitted"  # not approved, as told
        services.publications.approve(pub, content_hash)
        assert services.publications.get(pub).summary.state.value == "approved"
    finally:
        services.close()
    check_is_clean(pg_office)


@pytest.mark.parametrize("reached", [True, False])
def test_connection_lost_during_commit_is_resolved_by_the_log(pg_office, link, reached):
    """The COMMIT reached the server (or not) but its answer was lost: PADI asks the log which, and says so."""
    services = Services.open(via(link, pg_office), create=False)
    try:
        pub, content_hash = _submitted(services)
        link.cut_at_commit(forward=reached)
        if reached:
            services.publications.approve(pub, content_hash)  # reported done: it is done
        else:
            with pytest.raises(ServerUnavailable) as refused:
                services.publications.approve(pub, content_hash)
            assert refused.value.code == "server_unreachable"
        assert link.commits_cut == 1
        state = services.publications.get(pub).summary.state.value
        assert state == ("approved" if reached else "submitted")
    finally:
        services.close()
    check_is_clean(pg_office)


def test_the_window_is_told_while_the_server_is_away(pg_office, link):
    services = Services.open(via(link, pg_office), create=False)
    services.ctx.db  # noqa: B018
    from desktop_app.storage import changes

    try:
        services.live.start()
        watcher = services.live._watcher  # noqa: SLF001
        watcher.retry_seconds = 0.2
        assert services.live.online
        link.cut()
        gone = threading.Event()
        for _ in range(200):
            if not services.live.online:
                gone.set()
                break
            threading.Event().wait(0.05)
        assert gone.is_set()
        link.restore()
        for _ in range(200):
            if services.live.online:
                break
            threading.Event().wait(0.05)
        assert services.live.online
        assert changes.POLL_SECONDS > 0
    finally:
        services.close()

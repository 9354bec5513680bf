"""Noticing what other PCs did: the newest activity-log entry, and whether the server answers.

Every unit of work that changes something appends to the activity log, and on a server the append
NOTIFYs the channel ``padi_changes`` with the new entry's id (delivered only when it commits). A
``ChangeWatcher`` keeps one connection LISTENing on that channel in a background thread, and also
reads the log's head every few seconds (polling: the fallback for a notification lost with a broken
connection). When the connection breaks it says so (``online`` False) and tries again every few
seconds until the server is back. The GUI reads ``head`` and ``online`` from a timer: no database
work ever runs on the GUI thread for this.

On a SQLite file (one PC) ``poll_head`` is enough: a cheap read of the log's head.
"""

from __future__ import annotations

import threading

from sqlalchemy import text

from desktop_app.storage import dialect

POLL_SECONDS = 2.0
RETRY_SECONDS = 3.0
_HEAD = "SELECT coalesce(max(id), 0) FROM activity_log"


def poll_head(db) -> int:  # noqa: ANN001 (a Database)
    """The id of the newest log entry (0 for an empty log)."""
    with db.reading() as s:
        return int(s.execute(text(_HEAD)).scalar() or 0)


class ChangeWatcher:
    """A background thread following a server's log head (see the module's text)."""

    def __init__(self, db, poll_seconds: float = POLL_SECONDS, retry_seconds: float = RETRY_SECONDS) -> None:  # noqa: ANN001
        self.db = db
        self.poll_seconds = poll_seconds
        self.retry_seconds = retry_seconds
        self.head = 0
        self.online = True
        self.notified = 0  # notifications received (tests: the LISTEN path works, not only the polling)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="padi-changes", daemon=True)

    def start(self) -> ChangeWatcher:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=self.poll_seconds + 6)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._listen()
            except Exception:  # any driver error: the server or the network went away
                self.online = False
            self._stop.wait(self.retry_seconds)

    def _listen(self) -> None:
        raw = self.db.engine.raw_connection()  # the engine's password, SSL and keepalive settings
        try:
            driver = raw.driver_connection
            driver.rollback()
            driver.autocommit = True
            driver.execute(f"LISTEN {dialect.CHANGES_CHANNEL}")
            self._seen(int(driver.execute(_HEAD).fetchone()[0] or 0))
            self.online = True
            while not self._stop.is_set():
                for note in driver.notifies(timeout=self.poll_seconds):
                    self.notified += 1
                    if note.payload.isdigit():
                        self._seen(int(note.payload))
                    if self._stop.is_set():
                        break
                # Polling as well: a notification sent while this connection was being made is not lost.
                self._seen(int(driver.execute(_HEAD).fetchone()[0] or 0))
        finally:
            raw.invalidate()  # never hand a LISTENing autocommit connection back to the pool
            raw.close()

    def _seen(self, head: int) -> None:
        if head > self.head:
            self.head = head


__all__ = ["ChangeWatcher", "POLL_SECONDS", "poll_head"]

"""Live updates: whether another PC changed something since this window last looked, and whether the
office's server answers (for the status bar). See storage.changes for how it is watched."""

from __future__ import annotations

from desktop_app.services.runtime.context import ServiceContext
from desktop_app.storage.changes import ChangeWatcher, poll_head


class LiveUpdates:
    """``start()`` once the main window is shown; ``changed()`` and ``online`` from a GUI timer (no waiting)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._watcher: ChangeWatcher | None = None
        self._seen = 0

    @property
    def on_server(self) -> bool:
        return bool(self.ctx.db.is_server)

    def start(self) -> None:
        """Follow the log: a LISTEN thread on a server; nothing to start on a SQLite file (``changed`` polls)."""
        self._seen = poll_head(self.ctx.db)
        if self.on_server and self._watcher is None:
            self._watcher = ChangeWatcher(self.ctx.db).start()
            self._watcher.head = self._seen

    def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    @property
    def online(self) -> bool:
        """False while the server does not answer (the watcher keeps trying); always True on a file."""
        return self._watcher is None or self._watcher.online

    def changed(self) -> bool:
        """Whether the log grew since the last call (anyone's work: this window's own as well)."""
        head = self._watcher.head if self._watcher is not None else poll_head(self.ctx.db)
        if head > self._seen:
            self._seen = head
            return True
        return False


__all__ = ["LiveUpdates"]

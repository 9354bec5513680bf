"""A TCP hop between PADI and the test server that the fault tests cut, as a stopped server or a pulled cable.

``cut()`` closes every open connection at once and refuses new ones until ``restore()``: to PADI this is
exactly a server that stopped (its sessions end, nobody answers). ``cut_at_commit(forward=...)`` cuts
the connection that sends the next COMMIT: before the server got it (``forward=False``: nothing was
saved) or right after (``True``: saved, but PADI never hears the answer).
"""

from __future__ import annotations

import contextlib
import socket
import threading


class FlakyLink:
    def __init__(self, host: str, port: int) -> None:
        self.upstream = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.commit_trap: bool | None = None  # None: off; else cut at the next COMMIT, forwarding it or not
        self.commits_cut = 0
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, user: str, database: str) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def cut(self) -> None:
        self.up = False
        with self._lock:
            doomed, self._open = self._open, []
        # Every socket is shut down (FIN to both ends) before any is closed (see _pump).
        for sock in doomed:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for sock in doomed:
            sock.close()

    def restore(self) -> None:
        self.up = True

    def cut_at_commit(self, forward: bool) -> None:
        self.commit_trap = forward

    def close(self) -> None:
        self.cut()
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, dest: socket.socket, from_client: bool) -> None:
        try:
            while chunk := source.recv(65536):
                trap = self.commit_trap
                if from_client and trap is not None and b"COMMIT\x00" in chunk:
                    self.commit_trap = None
                    self.commits_cut += 1
                    if trap:
                        dest.sendall(chunk)  # the server gets the COMMIT; its answer never comes back
                    self.cut()
                    self.restore()
                    return
                dest.sendall(chunk)
        except OSError:
            pass
        finally:
            # Shut down, never close, here: a socket closed while the other pump waits in recv() on it sends no
            # FIN, and the server would keep the session (and its locks) open. cut() and close() close them.
            for sock in (source, dest):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

"""Child process: ``padi ARGS`` that stops at one point of its work until told to go on.

    python -m tests.security.paused WHERE padi-arguments...

WHERE is ``import`` (just before the rows are written), ``restore`` (the backup unpacked beside the
database, just before it is opened and put in place) or ``backup`` (the snapshot about to be
written). The child prints "paused" once it got there, waits for a line on stdin, then finishes the
command; its exit status is padi's. Everything else is the real command line.
"""

from __future__ import annotations

import functools
import sys

from desktop_app.cli import main
from desktop_app.services.archive import backup_format as backup_archive
from desktop_app.services.archive import restore
from desktop_app.services.datasets.import_service import ImportService


def _pausing(func, skip: int):
    calls = [0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls[0] += 1
        if calls[0] > skip:
            print("paused", flush=True)
            sys.stdin.readline()
        return func(*args, **kwargs)
    return wrapper


# (module or class, function, calls to let pass first): a restore describes the backup once before it
# takes any lock, and again once it has unpacked it beside the database.
POINTS = {
    "import": (ImportService, "commit", 0),
    "restore": (restore, "_summary", 1),
    "backup": (backup_archive, "snapshot_database", 0),
}

if __name__ == "__main__":
    owner, name, skip = POINTS[sys.argv[1]]
    setattr(owner, name, _pausing(getattr(owner, name), skip))
    sys.exit(main(sys.argv[2:]))

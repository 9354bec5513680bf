"""Child process for the second-instance tests: takes the database's lock like a PADI window and keeps it.

    python -m tests.reliability.hold_lock DB

prints "locked" once it holds the lock (and, like a window, has said it has the database open),
then holds both until its stdin closes (or it is killed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.gui.single_instance import acquire
from desktop_app.services.runtime import instance_lock


def main(db: str) -> None:
    lock = acquire(Path(db))
    with instance_lock.session(Path(db), instance_lock.Holder.me("PADI")):
        print("locked" if lock is not None else "no-lock", flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main(sys.argv[1])

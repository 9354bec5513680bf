"""Child process for the second-instance tests: takes the database's lock like a PADI window and keeps it.

    python -m tests.reliability.hold_lock DB

prints "locked" once it holds the lock, then holds it until its stdin closes (or it is killed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.gui.single_instance import acquire


def main(db: str) -> None:
    lock = acquire(Path(db))
    print("locked" if lock is not None else "no-lock", flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main(sys.argv[1])

"""Errors the rules raise; each carries a stable code that callers map to messages and exit codes."""

from __future__ import annotations


class PadiError(Exception):
    """Base of every error PADI reports to a person. ``code`` is stable; ``detail`` is for logs."""

    exit_code = 1

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class BadInput(PadiError):
    """The request itself is wrong (missing field, bad value); nothing was changed."""

    exit_code = 2


class NotAllowed(PadiError):
    """Refused by role, state or the maker-checker rule; nothing was changed."""

    exit_code = 3


class IntegrityFailure(PadiError):
    """Stored data failed a verification (database, log chain, backup)."""

    exit_code = 1


class Cancelled(PadiError):
    """The user cancelled long work; whatever it was writing was discarded."""

    exit_code = 1

    def __init__(self, detail: str = "") -> None:
        super().__init__("cancelled", detail)

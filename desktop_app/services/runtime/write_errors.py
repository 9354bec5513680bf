"""Write failures on a target (a full flash disk, a pulled stick, a read-only folder) as message codes.

Writers already write to a temporary name and rename at the end, so a failure leaves the earlier
file as it was; this turns the operating system's error into a code people get a sentence for.
"""

from __future__ import annotations

import contextlib
import errno
import functools
from collections.abc import Iterator
from pathlib import Path

from desktop_app.domain.errors import PadiError

NO_SPACE = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
NOT_WRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


class WriteFailed(PadiError, OSError):
    """A failed write with its message code; still an OSError (same errno) for callers that handle those.

    Exit status 2 on the command line: the target was unusable and nothing was changed."""

    exit_code = 2

    def __init__(self, code: str, detail: str, cause: OSError) -> None:
        PadiError.__init__(self, code, detail)
        self.errno, self.strerror, self.filename = cause.errno, cause.strerror, cause.filename

    def __str__(self) -> str:
        return f"{self.code}: {self.detail}"


def write_error(err: OSError, target: Path | str) -> WriteFailed:
    """``no_space``, ``target_not_writable`` or ``export_write_failed`` (detail: the target and the error)."""
    if isinstance(err, WriteFailed):
        return err
    detail = f"{target}: {err}"
    if err.errno in NO_SPACE:
        code = "no_space"
    elif err.errno in NOT_WRITABLE or isinstance(err, PermissionError):
        code = "target_not_writable"
    else:
        code = "export_write_failed"
    return _kind_of(type(err))(code, detail, err)


@functools.cache
def _kind_of(os_error: type[OSError]) -> type[WriteFailed]:
    """WriteFailed that is also the original kind (PermissionError, …), so older handlers still match."""
    if os_error is OSError:
        return WriteFailed
    return type(f"WriteFailed{os_error.__name__}", (WriteFailed, os_error), {})


@contextlib.contextmanager
def reported_write_errors(target: Path | str) -> Iterator[None]:
    """Raise an OSError of the block as the PadiError of :func:`write_error`."""
    try:
        yield
    except WriteFailed:
        raise
    except OSError as err:
        raise write_error(err, target) from err


__all__ = ["NO_SPACE", "NOT_WRITABLE", "WriteFailed", "reported_write_errors", "write_error"]

"""What every use case runs on: the service context (database, clock, logged-in actor, permissions,
logging), write failures as message codes, the locks between PADI processes on one database, live
updates from other PCs, the integrity check of the database and its log, and the bundled libraries."""

from __future__ import annotations

from desktop_app.services.runtime.context import Clock, ServiceContext, attempt, system_clock
from desktop_app.services.runtime.instance_lock import (
    Holder,
    exclusive,
    held_by_running_padi,
    lock_path,
    sessions_path,
    writer_lock,
)
from desktop_app.services.runtime.instance_lock import (
    session as instance_session,
)
from desktop_app.services.runtime.integrity import (
    MIN_HASH_PREFIX,
    IntegrityReport,
    content_hash,
    quick_check,
    require_sound,
)
from desktop_app.services.runtime.integrity import (
    check as check_integrity,
)
from desktop_app.services.runtime.integrity import (
    summary as integrity_summary,
)
from desktop_app.services.runtime.licences import (
    QT_DISTRIBUTIONS,
    BundledLibrary,
    bundled_libraries,
    font_licence_text,
    licence_text,
)
from desktop_app.services.runtime.licences import (
    normalise as normalise_library_name,
)
from desktop_app.services.runtime.live_updates import LiveUpdates
from desktop_app.services.runtime.write_errors import NO_SPACE, reported_write_errors, write_error

__all__ = [
    "BundledLibrary",
    "Clock",
    "Holder",
    "IntegrityReport",
    "LiveUpdates",
    "MIN_HASH_PREFIX",
    "NO_SPACE",
    "QT_DISTRIBUTIONS",
    "ServiceContext",
    "attempt",
    "bundled_libraries",
    "check_integrity",
    "content_hash",
    "exclusive",
    "font_licence_text",
    "held_by_running_padi",
    "instance_session",
    "integrity_summary",
    "licence_text",
    "lock_path",
    "normalise_library_name",
    "quick_check",
    "reported_write_errors",
    "require_sound",
    "sessions_path",
    "system_clock",
    "write_error",
    "writer_lock",
]

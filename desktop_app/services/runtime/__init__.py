"""What every use case runs on: the service context (database, clock, logged-in actor, permissions,
logging), write failures as message codes, the locks between PADI processes on one database, live
updates from other PCs, the integrity check of the database and its log, and the bundled libraries.

Names load on first use (the command line starts without loading every use case).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.faces import lazy_names

if TYPE_CHECKING:
    from desktop_app.services.runtime.context import Clock, ServiceContext, attempt, system_clock
    from desktop_app.services.runtime.instance_lock import (
        Holder,
        exclusive,
        held_by_running_padi,
        lock_path,
        sessions_path,
        writer_lock,
    )
    from desktop_app.services.runtime.instance_lock import session as instance_session
    from desktop_app.services.runtime.integrity import (
        MIN_HASH_PREFIX,
        IntegrityReport,
        content_hash,
        quick_check,
        require_sound,
    )
    from desktop_app.services.runtime.integrity import check as check_integrity
    from desktop_app.services.runtime.integrity import summary as integrity_summary
    from desktop_app.services.runtime.licences import (
        QT_DISTRIBUTIONS,
        BundledLibrary,
        bundled_libraries,
        font_licence_text,
        licence_text,
    )
    from desktop_app.services.runtime.licences import normalise as normalise_library_name
    from desktop_app.services.runtime.live_updates import LiveUpdates
    from desktop_app.services.runtime.outputs import (
        MANIFEST,
        FolderMerge,
        OutputService,
        atomic_target,
        check_output,
        is_companion_of_a_database,
        merge_folder,
        record_output,
        refuse_protected,
        write_atomically,
    )
    from desktop_app.services.runtime.write_errors import NO_SPACE, reported_write_errors, write_error

_WHERE = {
    "BundledLibrary": ("desktop_app.services.runtime.licences", "BundledLibrary"),
    "Clock": ("desktop_app.services.runtime.context", "Clock"),
    "Holder": ("desktop_app.services.runtime.instance_lock", "Holder"),
    "IntegrityReport": ("desktop_app.services.runtime.integrity", "IntegrityReport"),
    "LiveUpdates": ("desktop_app.services.runtime.live_updates", "LiveUpdates"),
    "MIN_HASH_PREFIX": ("desktop_app.services.runtime.integrity", "MIN_HASH_PREFIX"),
    "NO_SPACE": ("desktop_app.services.runtime.write_errors", "NO_SPACE"),
    "QT_DISTRIBUTIONS": ("desktop_app.services.runtime.licences", "QT_DISTRIBUTIONS"),
    "ServiceContext": ("desktop_app.services.runtime.context", "ServiceContext"),
    "attempt": ("desktop_app.services.runtime.context", "attempt"),
    "bundled_libraries": ("desktop_app.services.runtime.licences", "bundled_libraries"),
    "check_integrity": ("desktop_app.services.runtime.integrity", "check"),
    "content_hash": ("desktop_app.services.runtime.integrity", "content_hash"),
    "exclusive": ("desktop_app.services.runtime.instance_lock", "exclusive"),
    "font_licence_text": ("desktop_app.services.runtime.licences", "font_licence_text"),
    "held_by_running_padi": ("desktop_app.services.runtime.instance_lock", "held_by_running_padi"),
    "instance_session": ("desktop_app.services.runtime.instance_lock", "session"),
    "integrity_summary": ("desktop_app.services.runtime.integrity", "summary"),
    "licence_text": ("desktop_app.services.runtime.licences", "licence_text"),
    "lock_path": ("desktop_app.services.runtime.instance_lock", "lock_path"),
    "normalise_library_name": ("desktop_app.services.runtime.licences", "normalise"),
    "quick_check": ("desktop_app.services.runtime.integrity", "quick_check"),
    "reported_write_errors": ("desktop_app.services.runtime.write_errors", "reported_write_errors"),
    "require_sound": ("desktop_app.services.runtime.integrity", "require_sound"),
    "sessions_path": ("desktop_app.services.runtime.instance_lock", "sessions_path"),
    "system_clock": ("desktop_app.services.runtime.context", "system_clock"),
    "write_error": ("desktop_app.services.runtime.write_errors", "write_error"),
    "writer_lock": ("desktop_app.services.runtime.instance_lock", "writer_lock"),
    "FolderMerge": ("desktop_app.services.runtime.outputs", "FolderMerge"),
    "MANIFEST": ("desktop_app.services.runtime.outputs", "MANIFEST"),
    "OutputService": ("desktop_app.services.runtime.outputs", "OutputService"),
    "atomic_target": ("desktop_app.services.runtime.outputs", "atomic_target"),
    "check_output": ("desktop_app.services.runtime.outputs", "check_output"),
    "is_companion_of_a_database": ("desktop_app.services.runtime.outputs", "is_companion_of_a_database"),
    "merge_folder": ("desktop_app.services.runtime.outputs", "merge_folder"),
    "record_output": ("desktop_app.services.runtime.outputs", "record_output"),
    "refuse_protected": ("desktop_app.services.runtime.outputs", "refuse_protected"),
    "write_atomically": ("desktop_app.services.runtime.outputs", "write_atomically"),
}
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
    "FolderMerge",
    "MANIFEST",
    "OutputService",
    "atomic_target",
    "check_output",
    "is_companion_of_a_database",
    "merge_folder",
    "record_output",
    "refuse_protected",
    "write_atomically",
]


__getattr__ = lazy_names(__name__, _WHERE)

"""SOP step 8: back up the office (the backup format and its passphrase encryption), restore a backup,
the plain-folder soft copy, and moving a whole office between database engines.

Names load on first use (the command line starts without loading every use case).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.faces import lazy_names

if TYPE_CHECKING:
    from desktop_app.services.archive.backup_crypto import MIN_PASSPHRASE, CryptoError, check_header, is_encrypted
    from desktop_app.services.archive.backup_format import BackupError, archive_sha256
    from desktop_app.services.archive.backup_service import (
        ArchiveService,
        BackupInfo,
        BackupSettings,
        TargetBackup,
        verify_file,
    )
    from desktop_app.services.archive.office_transfer import MigrationResult, migrate_office, restore_to_server
    from desktop_app.services.archive.restore import (
        BackupSummary,
        KnownBackup,
        RestoreResult,
        known_backup,
        restore_database,
    )
    from desktop_app.services.archive.restore import describe as describe_backup
    from desktop_app.services.archive.soft_copy import SoftCopyResult, SoftCopyService

_WHERE = {
    "ArchiveService": ("desktop_app.services.archive.backup_service", "ArchiveService"),
    "BackupError": ("desktop_app.services.archive.backup_format", "BackupError"),
    "BackupInfo": ("desktop_app.services.archive.backup_service", "BackupInfo"),
    "BackupSettings": ("desktop_app.services.archive.backup_service", "BackupSettings"),
    "BackupSummary": ("desktop_app.services.archive.restore", "BackupSummary"),
    "CryptoError": ("desktop_app.services.archive.backup_crypto", "CryptoError"),
    "KnownBackup": ("desktop_app.services.archive.restore", "KnownBackup"),
    "MIN_PASSPHRASE": ("desktop_app.services.archive.backup_crypto", "MIN_PASSPHRASE"),
    "MigrationResult": ("desktop_app.services.archive.office_transfer", "MigrationResult"),
    "RestoreResult": ("desktop_app.services.archive.restore", "RestoreResult"),
    "SoftCopyResult": ("desktop_app.services.archive.soft_copy", "SoftCopyResult"),
    "SoftCopyService": ("desktop_app.services.archive.soft_copy", "SoftCopyService"),
    "TargetBackup": ("desktop_app.services.archive.backup_service", "TargetBackup"),
    "archive_sha256": ("desktop_app.services.archive.backup_format", "archive_sha256"),
    "check_header": ("desktop_app.services.archive.backup_crypto", "check_header"),
    "describe_backup": ("desktop_app.services.archive.restore", "describe"),
    "is_encrypted": ("desktop_app.services.archive.backup_crypto", "is_encrypted"),
    "known_backup": ("desktop_app.services.archive.restore", "known_backup"),
    "migrate_office": ("desktop_app.services.archive.office_transfer", "migrate_office"),
    "restore_database": ("desktop_app.services.archive.restore", "restore_database"),
    "restore_to_server": ("desktop_app.services.archive.office_transfer", "restore_to_server"),
    "verify_file": ("desktop_app.services.archive.backup_service", "verify_file"),
}
__all__ = [
    "ArchiveService",
    "BackupError",
    "BackupInfo",
    "BackupSettings",
    "BackupSummary",
    "CryptoError",
    "KnownBackup",
    "MIN_PASSPHRASE",
    "MigrationResult",
    "RestoreResult",
    "SoftCopyResult",
    "SoftCopyService",
    "TargetBackup",
    "archive_sha256",
    "check_header",
    "describe_backup",
    "is_encrypted",
    "known_backup",
    "migrate_office",
    "restore_database",
    "restore_to_server",
    "verify_file",
]


__getattr__ = lazy_names(__name__, _WHERE)

"""SOP step 8: back up the office (the backup format and its passphrase encryption), restore a backup,
the plain-folder soft copy, and moving a whole office between database engines."""

from __future__ import annotations

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
from desktop_app.services.archive.restore import (
    describe as describe_backup,
)
from desktop_app.services.archive.soft_copy import SoftCopyResult, SoftCopyService

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

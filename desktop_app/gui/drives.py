"""Where a backup can go: the mounted drives from QStorageInfo, removable ones first, with label and free space.

Qt does not say whether a volume is removable, so a plain rule decides: on Windows every drive but
the system drive; elsewhere volumes mounted under the usual places for plugged-in media
(/media, /run/media, /mnt, /Volumes). System and virtual file systems are never offered.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
_PSEUDO_TYPES = {"tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "ramfs", "cgroup", "cgroup2",
                 "devpts", "autofs", "efivarfs", "fuse.portal", "nsfs", "tracefs", "debugfs", "securityfs"}


@dataclass(frozen=True)
class Drive:
    """A volume a backup can be written to."""

    path: Path
    label: str
    free: int
    total: int
    removable: bool


def is_removable(root: str) -> bool:
    if sys.platform == "win32":
        system = os.environ.get("SystemDrive", "C:").upper()
        return not root.upper().startswith(system)
    return root.startswith(_REMOVABLE_ROOTS)


def mounted_drives() -> list[Drive]:
    """The writable, ready volumes; removable ones first, then by label."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        fs_type = bytes(volume.fileSystemType().data()).decode(errors="replace")
        root = volume.rootPath()
        if fs_type in _PSEUDO_TYPES or root.startswith(("/proc", "/sys", "/dev", "/run/user", "/snap", "/boot")):
            continue
        label = volume.displayName() or root
        drives.append(Drive(Path(root), label, volume.bytesAvailable(), volume.bytesTotal(), is_removable(root)))
    drives.sort(key=lambda d: (not d.removable, d.label.lower()))
    return drives

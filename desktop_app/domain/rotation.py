"""Which old backups on a target may be deleted: keep the newest N, and the last daily, weekly and monthly ones.

A pure rule (no files, no clock): the caller lists the backups it found on the target with
their creation time and whether they are known to be verified, and gets back the keys of the
ones to delete. Safety comes first:

* nothing is deleted after a failed backup (``last_backup_ok=False``);
* the newest ``newest`` verified backups are kept whatever their day (two backups made the same
  morning both stay: the earlier one may be the last good state before a mistake), and the
  newest verified backup is always kept, whatever the counts say;
* only verified backups are ever deleted: an unverified or unknown file is left for a person to
  judge (it may be the only copy of something), and it never counts as one of the kept ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Hashable, Sequence
from dataclasses import dataclass

__all__ = ["BackupEntry", "RotationPolicy", "to_delete"]


@dataclass(frozen=True)
class RotationPolicy:
    """How many backups to keep: the ``newest`` ones whatever their day, plus the newest of each of the
    last ``daily`` days, ``weekly`` ISO weeks and ``monthly`` months that have a backup. 0 means that
    level keeps nothing."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    newest: int = 5

    def __post_init__(self) -> None:
        for name in ("daily", "weekly", "monthly", "newest"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{name} must be a whole number >= 0: {value!r}")

    def as_dict(self) -> dict[str, int]:
        return {"daily": self.daily, "weekly": self.weekly, "monthly": self.monthly, "newest": self.newest}

    @classmethod
    def from_dict(cls, data: dict | None) -> RotationPolicy:
        """The policy of stored settings; those saved before ``newest`` existed keep the default 5."""
        data = data or {}
        default = cls()
        return cls(**{k: int(data.get(k, getattr(default, k))) for k in ("daily", "weekly", "monthly", "newest")})


@dataclass(frozen=True)
class BackupEntry:
    """One backup found on the target; ``key`` is whatever the caller uses to delete it (a path)."""

    key: Hashable
    created_at: dt.datetime
    verified: bool


def _newest_per_bucket(entries: Sequence[BackupEntry], bucket, count: int) -> set[Hashable]:  # noqa: ANN001
    """The newest entry of each of the ``count`` most recent buckets (entries sorted newest first)."""
    kept: set[Hashable] = set()
    seen: list[object] = []
    for entry in entries:
        b = bucket(entry.created_at)
        if b in seen:
            continue
        if len(seen) >= count:
            break
        seen.append(b)
        kept.add(entry.key)
    return kept


def to_delete(entries: Sequence[BackupEntry], policy: RotationPolicy, *, last_backup_ok: bool = True,
              protect: Collection[Hashable] = ()) -> list:
    """The keys of the backups to delete, oldest first (see the module docstring for the rules).

    ``entries`` are given newest first; backups made in the same second keep that order. Keys in
    ``protect`` (the backup just written) are never deleted.
    """
    if not last_backup_ok:
        return []
    verified = sorted((e for e in entries if e.verified), key=lambda e: e.created_at, reverse=True)
    if not verified:
        return []
    keep = {verified[0].key, *protect, *(e.key for e in verified[: policy.newest])}
    keep |= _newest_per_bucket(verified, lambda t: t.date(), policy.daily)
    keep |= _newest_per_bucket(verified, lambda t: t.isocalendar()[:2], policy.weekly)
    keep |= _newest_per_bucket(verified, lambda t: (t.year, t.month), policy.monthly)
    return [e.key for e in reversed(verified) if e.key not in keep]

"""Backup rotation: keep the last N daily/weekly/monthly backups, never the newest verified, never after a failure."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.rotation import BackupEntry, RotationPolicy, to_delete


def daily_backups(days: int, start=dt.datetime(2026, 1, 1, 9, 0)) -> list[BackupEntry]:
    return [BackupEntry(f"b{i}", start + dt.timedelta(days=i), True) for i in range(days)]


def test_keeps_the_last_n_days_weeks_and_months():
    entries = daily_backups(120)  # 1 Jan .. 30 Apr 2026
    deleted = set(to_delete(entries, RotationPolicy(daily=3, weekly=2, monthly=2, newest=0)))
    kept = {e.created_at.date() for e in entries if e.key not in deleted}
    assert kept == {
        dt.date(2026, 4, 30), dt.date(2026, 4, 29), dt.date(2026, 4, 28),  # 3 days
        dt.date(2026, 4, 26),  # newest of the previous ISO week (Sun 26 Apr)
        dt.date(2026, 3, 31),  # newest of the previous month
    }


def test_several_backups_a_day_keep_only_the_newest_of_the_day():
    day = dt.datetime(2026, 5, 4, 8, 0)
    entries = [BackupEntry(h, day + dt.timedelta(hours=h), True) for h in range(5)]
    assert to_delete(entries, RotationPolicy(daily=1, weekly=0, monthly=0, newest=0)) == [0, 1, 2, 3]


def test_the_newest_verified_is_kept_even_when_all_levels_are_zero():
    entries = daily_backups(5)
    assert to_delete(entries, RotationPolicy(0, 0, 0, 0)) == ["b0", "b1", "b2", "b3"]


def test_unverified_backups_are_never_deleted_and_do_not_count():
    entries = daily_backups(4)
    entries.append(BackupEntry("broken", dt.datetime(2026, 2, 1), False))  # newest, but not verified
    deleted = to_delete(entries, RotationPolicy(daily=1, weekly=0, monthly=0, newest=0))
    assert deleted == ["b0", "b1", "b2"]  # b3 is the newest verified one and stays; "broken" stays


def test_nothing_is_deleted_after_a_failed_backup():
    assert to_delete(daily_backups(30), RotationPolicy(1, 0, 0), last_backup_ok=False) == []


def test_nothing_to_do_without_verified_backups():
    assert to_delete([BackupEntry("x", dt.datetime(2026, 1, 1), False)], RotationPolicy(0, 0, 0)) == []


def test_policy_round_trips_and_rejects_negative_counts():
    policy = RotationPolicy(daily=2, weekly=3, monthly=4, newest=6)
    assert RotationPolicy.from_dict(policy.as_dict()) == policy
    assert RotationPolicy.from_dict(None) == RotationPolicy()
    with pytest.raises(ValueError):
        RotationPolicy(daily=-1)


def test_backups_of_the_same_second_keep_their_order_and_the_protected_one_stays():
    when = dt.datetime(2026, 5, 4, 8, 0)
    newest_first = [BackupEntry("b-3", when, True), BackupEntry("b-2", when, True), BackupEntry("b", when, True)]
    assert to_delete(newest_first, RotationPolicy(1, 0, 0, 0)) == ["b", "b-2"]
    assert to_delete(newest_first, RotationPolicy(1, 0, 0, 0), protect={"b"}) == ["b-2"]


def test_the_newest_n_are_kept_whatever_their_day():
    """Issue 14: a second backup on the same day deleted the first (only one per day was kept)."""
    morning = dt.datetime(2026, 5, 4, 8, 0)
    two = [BackupEntry("siang", morning + dt.timedelta(hours=4), True), BackupEntry("pagi", morning, True)]
    assert to_delete(two, RotationPolicy()) == []  # the office's default settings
    many = [BackupEntry(h, morning + dt.timedelta(minutes=10 * h), True) for h in range(8)][::-1]
    assert to_delete(many, RotationPolicy(daily=1, weekly=0, monthly=0, newest=5)) == [0, 1, 2]
    assert to_delete(many, RotationPolicy(daily=0, weekly=0, monthly=0, newest=0)) == [0, 1, 2, 3, 4, 5, 6]


def test_the_newest_n_come_on_top_of_the_days_weeks_and_months():
    entries = daily_backups(40)[::-1]
    kept = {e.key for e in entries} - set(to_delete(entries, RotationPolicy(daily=2, weekly=0, monthly=2, newest=3)))
    assert kept == {"b39", "b38", "b37", "b30"}  # 3 newest (2 days among them), and the newest of January


def test_settings_stored_before_the_newest_count_keep_five():
    assert RotationPolicy.from_dict({"daily": 7, "weekly": 4, "monthly": 12}).newest == 5

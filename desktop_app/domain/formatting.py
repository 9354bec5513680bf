"""Indonesian formats for what people read: 1.234.567; 12,5; Rp 1.500.000; 12 Maret 2024."""

from __future__ import annotations

import datetime as dt

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def number(value: float | int | None, decimals: int | None = None) -> str:
    """Format a number the Indonesian way: '.' groups thousands, ',' marks decimals."""
    if value is None:
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


NO_VALUE = "–"
"""How a number that has no value is shown (a series' missing period, the average of nothing); never '0'."""


def figure(value: float | int | None, decimals: int | None = None) -> str:
    """A number of a table as people read it, NO_VALUE when it has none (exports leave such a cell empty)."""
    return NO_VALUE if value is None else number(value, decimals)


def money(value: float | int | None) -> str:
    """Rupiah without decimals: 'Rp 1.500.000'."""
    return "" if value is None else f"Rp {number(round(value), 0)}"


def percent(value: float | None, decimals: int = 1) -> str:
    """A share in percent: '12,3%'."""
    return "" if value is None else f"{number(value, decimals)}%"


def date(value: dt.date | dt.datetime | None) -> str:
    """'12 Maret 2024'."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}"


def datetime(value: dt.datetime | None) -> str:
    """'12 Maret 2024 14.05' (Indonesian uses a dot between hours and minutes)."""
    if value is None:
        return ""
    return f"{date(value)} {value:%H.%M}"


DAY_SECONDS = 24 * 3600.0


def duration_parts(seconds: float, day_seconds: float = DAY_SECONDS) -> tuple[int, int, int]:
    """(days, hours, minutes) as people read a duration: minutes under an hour, hours and minutes
    under a day (``day_seconds`` long: 24 h, or an office's working day), then days and whole hours."""
    minutes = int(round(seconds / 60))
    if minutes < 60:
        return 0, 0, minutes
    if seconds < day_seconds:
        hours, minutes = divmod(minutes, 60)
        return 0, hours, minutes
    days, rest = divmod(seconds, day_seconds)
    return int(days), int(round(rest / 3600)), 0


def duration(seconds: float | None, day_seconds: float = DAY_SECONDS, day_word: str = "hari") -> str:
    """A short duration in Indonesian: '3 mnt', '2 jam 5 mnt', '4 hari 3 jam' (the GUI translates its own)."""
    if seconds is None:
        return ""
    days, hours, minutes = duration_parts(seconds, day_seconds)
    parts = ([f"{days} {day_word}"] if days else []) + ([f"{hours} jam"] if hours else []) + (
        [f"{minutes} mnt"] if minutes or not (days or hours) else [])
    return " ".join(parts)

"""The eight steps of the SOP with their standard times (mutu baku) and whether they repeat."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class Step(enum.IntEnum):
    """A step of the SOP, numbered as in the procedure."""

    PREPARE = 1
    VALIDATE = 2
    PROCESS = 3
    PRESENT = 4
    SUBMIT = 5
    REVIEW = 6
    PUBLISH = 7
    ARCHIVE = 8


@dataclass(frozen=True)
class StepInfo:
    """What the SOP says about one step."""

    step: Step
    tab_name: str
    description: str
    standard_time: dt.timedelta
    repeats: bool


STEPS: dict[Step, StepInfo] = {
    info.step: info
    for info in (
        StepInfo(Step.PREPARE, "Persiapan",
                 "Menyiapkan data dan informasi, program dan kegiatan unit",
                 dt.timedelta(minutes=10), True),
        StepInfo(Step.VALIDATE, "Validasi",
                 "Koordinasi atau konfirmasi akurasi dan validasi data",
                 dt.timedelta(minutes=10), True),
        StepInfo(Step.PROCESS, "Pengolahan",
                 "Mengolah dan meng-entry data: rekapitulasi, kompilasi, tabulasi, grafik",
                 dt.timedelta(days=10), False),
        StepInfo(Step.PRESENT, "Penyajian",
                 "Menyajikan data secara cepat, mudah diakses dan valid, dengan telp/fax",
                 dt.timedelta(minutes=5), False),
        StepInfo(Step.SUBMIT, "Pengajuan",
                 "Mengajukan persetujuan kepada kepala atas data yang akan dipublikasi",
                 dt.timedelta(minutes=3), False),
        StepInfo(Step.REVIEW, "Persetujuan",
                 "Mencermati dan menganalisa data; setujui atau kembalikan untuk diperbaiki",
                 dt.timedelta(minutes=10), True),
        StepInfo(Step.PUBLISH, "Publikasi",
                 "Menyediakan dan menyajikan barang publikasi lewat cetakan dan internet",
                 dt.timedelta(minutes=5), False),
        StepInfo(Step.ARCHIVE, "Arsip",
                 "Menyimpan semua file sebagai data soft untuk kepentingan internal",
                 dt.timedelta(minutes=2), False),
    )
}


def standard_time(step: Step) -> dt.timedelta:
    """The SOP's standard time for a step."""
    return STEPS[step].standard_time


class Timeliness(str, enum.Enum):
    """How a duration compares with the standard time."""

    ON_TIME = "on_time"
    NEARLY_LATE = "nearly_late"
    LATE = "late"


NEARLY_LATE_SHARE = 0.8


def timeliness(step: Step, elapsed: dt.timedelta) -> Timeliness:
    """On time, nearly late (80% of the standard spent) or late."""
    limit = standard_time(step)
    if elapsed > limit:
        return Timeliness.LATE
    if elapsed >= limit * NEARLY_LATE_SHARE:
        return Timeliness.NEARLY_LATE
    return Timeliness.ON_TIME

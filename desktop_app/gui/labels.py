"""Translated labels of domain values (roles, steps, aggregates, kinds, channels, outcomes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain import formatting
from desktop_app.domain.pivot import PivotAggregate
from desktop_app.domain.roles import Role
from desktop_app.domain.steps import Step
from desktop_app.domain.tabulation import Aggregate

translate = QCoreApplication.translate


def role_label(role: Role) -> str:
    return {
        Role.KEPALA: translate("Labels", "Kepala Dinas"),
        Role.SEKRETARIS: translate("Labels", "Sekretaris"),
        Role.KASUBAG: translate("Labels", "Kasubag Program"),
        Role.STAF: translate("Labels", "Staf"),
    }[role]


def step_name(step: Step) -> str:
    return {
        Step.PREPARE: translate("Labels", "Persiapan"), Step.VALIDATE: translate("Labels", "Validasi"),
        Step.PROCESS: translate("Labels", "Pengolahan"), Step.PRESENT: translate("Labels", "Penyajian"),
        Step.SUBMIT: translate("Labels", "Pengajuan"), Step.REVIEW: translate("Labels", "Persetujuan"),
        Step.PUBLISH: translate("Labels", "Publikasi"), Step.ARCHIVE: translate("Labels", "Arsip"),
    }[step]


def aggregate_label(aggregate: PivotAggregate | Aggregate) -> str:
    """The label of a pivot aggregate (share included) or of a tabulation aggregate (the same values)."""
    return {
        PivotAggregate.SUM: translate("Labels", "Jumlah"), PivotAggregate.COUNT: translate("Labels", "Banyaknya"),
        PivotAggregate.AVG: translate("Labels", "Rata-rata"), PivotAggregate.MIN: translate("Labels", "Minimum"),
        PivotAggregate.MAX: translate("Labels", "Maksimum"),
        PivotAggregate.SHARE: translate("Labels", "Persentase dari total"),
    }[PivotAggregate(aggregate.value)]


def channel_label(code: str) -> str:
    return {
        "telepon": translate("Labels", "Telepon"), "surat": translate("Labels", "Surat"),
        "email": translate("Labels", "E-mail"), "whatsapp": translate("Labels", "WhatsApp"),
        "rapat": translate("Labels", "Rapat/tatap muka"),
    }.get(code, code)


def outcome_label(code: str) -> str:
    return {
        "sesuai": translate("Labels", "Sesuai"), "diperbaiki": translate("Labels", "Diperbaiki sesuai sumber"),
        "menunggu": translate("Labels", "Menunggu jawaban"),
    }.get(code, code)


def duration_label(seconds: float | None, working_day_seconds: float | None = None) -> str:
    """A duration in the user's language: '2 jam 5 mnt', '3 hari 4 jam', or with ``working_day_seconds``
    office time: '2 hari kerja 1 jam' (days of that many seconds)."""
    if seconds is None:
        return ""
    days, hours, minutes = formatting.duration_parts(seconds, working_day_seconds or formatting.DAY_SECONDS)
    # Indonesian has one form; English needs "1 day" beside "2 days", so one is its own string.
    parts = []
    if days == 1:
        parts.append(translate("Labels", "1 hari kerja") if working_day_seconds else translate("Labels", "1 hari"))
    elif days:
        parts.append((translate("Labels", "{n} hari kerja") if working_day_seconds
                      else translate("Labels", "{n} hari")).format(n=days))
    if hours:
        parts.append(translate("Labels", "{n} jam").format(n=hours))
    if minutes or not parts:
        parts.append(translate("Labels", "{n} mnt").format(n=minutes))
    return " ".join(parts)


def run_time_label(run, working_day_seconds: float) -> str:  # noqa: ANN001 - a domain StepRun
    """A finished step's time against its standard, as office time: '7 mnt / 10 mnt' (work time),
    '3 hari kerja / 10 hari kerja waktu tempuh' (step 3), '– / 10 mnt (tanpa catatan mulai)'."""
    std = duration_label(run.standard_seconds, working_day_seconds)
    if run.lead_standard:
        return translate("Labels", "{spent} / {std} waktu tempuh").format(
            spent=duration_label(run.seconds, working_day_seconds), std=std)
    if run.work_seconds is None:
        return translate("Labels", "– / {std} (tanpa catatan mulai)").format(std=std)
    return f"{duration_label(run.work_seconds, working_day_seconds)} / {std}"

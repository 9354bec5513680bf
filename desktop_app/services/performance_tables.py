"""The performance report and control sheet as tables and chart specifications, shared by PDF and XLSX.

One place turns the figures into rows and words (Indonesian, as every printed document of the
office), so the PDF and the workbook always show the same numbers.
"""

from __future__ import annotations

from desktop_app.domain import formatting
from desktop_app.domain.charts import ChartKind, ChartSpec, Series
from desktop_app.domain.sop_timing import Outcome, StepRun, duration_text
from desktop_app.domain.steps import STEPS, Step, Timeliness
from desktop_app.domain.tables import TableData

TITLE = "Laporan Pelaksanaan Pengelolaan Data dan Informasi"
CONTROL_TITLE = "Lembar Kendali SOP"

OUTCOMES = {
    Outcome.DONE: "Selesai", Outcome.VALIDATED: "Tervalidasi", Outcome.RETURNED: "Dikembalikan",
    Outcome.SUBMITTED: "Diajukan", Outcome.APPROVED: "Disetujui", Outcome.PUBLISHED: "Diterbitkan",
    Outcome.PRESENTED: "Disajikan", Outcome.BACKED_UP: "Dicadangkan", "": "Berjalan",
}
VERDICTS = {Timeliness.ON_TIME: "Tepat waktu", Timeliness.NEARLY_LATE: "Hampir terlambat",
            Timeliness.LATE: "Terlambat"}


def step_label(step: Step) -> str:
    return f"{int(step)}. {STEPS[step].tab_name}"


def period_text(report) -> str:  # noqa: ANN001 - a PerformanceReport (no import cycle)
    return f"{formatting.date(report.start)} s.d. {formatting.date(report.end)}"


def _share_text(share: float | None) -> str:
    return formatting.percent(share * 100) if share is not None else "–"


def summary_rows(report) -> list[tuple[str, str]]:  # noqa: ANN001
    share = report.on_time / report.finished if report.finished else None
    return [
        ("Periode", period_text(report)),
        ("Pegawai", report.employee or "Seluruh pegawai"),
        ("Entri Catatan Aktivitas", formatting.number(report.actions)),
        ("Item yang menyelesaikan langkah", formatting.number(report.items)),
        ("Langkah selesai", formatting.number(report.finished)),
        ("Tepat waktu", f"{formatting.number(report.on_time)} ({_share_text(share)})"),
        ("Publikasi disetujui / dikembalikan", f"{len(report.approved)} / {len(report.returned)}"),
        ("Publikasi diterbitkan", formatting.number(len(report.published))),
        ("Konfirmasi Data", formatting.number(len(report.confirmations))),
        ("Cadangan terverifikasi", formatting.number(len(report.backups))),
        ("Kepala rantai Catatan Aktivitas", chain_head_text(report.chain_head)),
    ]


def chain_head_text(head: tuple[int, str]) -> str:
    """The log's newest entry as printed on the report, to compare later with `padi check --head`."""
    entry_id, digest = head
    return f"entri #{entry_id} · {digest}" if digest else "–"


def step_table(report) -> TableData:  # noqa: ANN001
    """Per step: standard, count, on time, share, median and longest office time."""
    rows = []
    for step in Step:
        f = report.figures[step]
        rows.append((step_label(step), duration_text(f.standard_seconds, report.day_seconds), f.count, f.on_time,
                     formatting.percent(f.on_time_share * 100) if f.on_time_share is not None else "–",
                     duration_text(f.median_seconds, report.day_seconds) or "–",
                     duration_text(f.longest_seconds, report.day_seconds) or "–"))
    total = ("Jumlah", "", report.finished, report.on_time,
             formatting.percent(report.on_time / report.finished * 100) if report.finished else "–", "", "")
    return TableData("Pelaksanaan per langkah SOP (waktu kerja)",
                     ("Langkah", "Waktu Baku", "Jumlah", "Tepat Waktu", "% Tepat", "Median", "Terlama"),
                     tuple(rows), total, numeric_columns=(2, 3))


def list_table(title: str, items, remark: str) -> TableData:  # noqa: ANN001 - Sequence[Listed]
    rows = tuple((i + 1, formatting.datetime(x.at), x.label, x.actor, x.remark) for i, x in enumerate(items))
    return TableData(title, ("No.", "Waktu", "Objek", "Oleh", remark), rows, numeric_columns=(0,))


def report_lists(report) -> list[TableData]:  # noqa: ANN001
    return [list_table("Publikasi disetujui", report.approved, "Keterangan"),
            list_table("Publikasi dikembalikan untuk diperbaiki", report.returned, "Keterangan"),
            list_table("Publikasi diterbitkan", report.published, "Keterangan"),
            list_table("Konfirmasi Data dengan sumber", report.confirmations, "Sumber · saluran · hasil"),
            list_table("Cadangan terverifikasi", report.backups, "Ukuran")]


def count_chart(report) -> ChartSpec:  # noqa: ANN001
    cats = tuple(step_label(s) for s in Step)
    on_time = tuple(float(report.figures[s].on_time) for s in Step)
    late = tuple(float(report.figures[s].count - report.figures[s].on_time) for s in Step)
    return ChartSpec(ChartKind.STACKED_BAR, "Langkah selesai: tepat waktu dan terlambat", cats,
                     (Series("Tepat waktu", on_time), Series("Terlambat", late)), y_label="Jumlah")


def share_chart(report) -> ChartSpec:  # noqa: ANN001
    cats = tuple(step_label(s) for s in Step)
    values = tuple(report.figures[s].on_time_share * 100 if report.figures[s].on_time_share is not None else None
                   for s in Step)
    return ChartSpec(ChartKind.BAR, "Persentase tepat waktu per langkah", cats, (Series("% tepat waktu", values),),
                     unit="%")


DATASET_STEPS = (Step.PREPARE, Step.VALIDATE, Step.PROCESS, Step.PRESENT, Step.ARCHIVE)
PUBLICATION_STEPS = (Step.SUBMIT, Step.REVIEW, Step.PUBLISH, Step.ARCHIVE)
PARAF_BLANK = "\u00a0" * 14  # room to sign in


def control_rows(runs: tuple[StepRun, ...], day_seconds: float, steps: tuple[Step, ...] = tuple(Step)) -> TableData:
    """The Lembar Kendali: the item's steps (every occurrence), with an empty paraf column."""
    rows = []
    for step in steps:
        found = [r for r in runs if r.step == step]
        if not found:
            rows.append((step_label(step), "", "", "", "", "", "Belum", PARAF_BLANK))
            continue
        for r in found:
            label = step_label(step) + (f" (ke-{r.round})" if r.round > 1 else "")
            # a finished step was on time or late; "nearly late" warns only while a step runs
            verdict = VERDICTS[r.timeliness if r.open else Timeliness.ON_TIME if r.on_time else Timeliness.LATE]
            rows.append((label, r.actor, formatting.datetime(r.start), formatting.datetime(r.end),
                         f"{duration_text(r.seconds, day_seconds)} / {duration_text(r.standard_seconds, day_seconds)}",
                         verdict, OUTCOMES.get(r.outcome, r.outcome), PARAF_BLANK))
    return TableData("", ("Langkah", "Pelaksana", "Mulai", "Selesai", "Durasi / Waktu Baku", "Ketepatan",
                          "Hasil", "Paraf"), tuple(rows))

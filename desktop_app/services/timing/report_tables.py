"""The performance report and control sheet as tables and chart specifications, shared by PDF and XLSX.

One place turns the figures into rows and words (Indonesian, as every printed document of the
office), so the PDF and the workbook always show the same numbers.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.domain import formatting
from desktop_app.domain.charts import ChartKind, ChartSpec, Series
from desktop_app.domain.sop_timing import LEAD_TIME_STEPS, Outcome, StepRun, duration_text, waited_long
from desktop_app.domain.steps import NEARLY_LATE_SHARE, STEPS, Step, Timeliness, standard_time
from desktop_app.domain.tables import TableData
from desktop_app.domain.work_sessions import WAITING_STEPS, TimingRules
from desktop_app.domain.working_time import WorkCalendar

TITLE = "Laporan Pelaksanaan Pengelolaan Data dan Informasi"
CONTROL_TITLE = "Lembar Kendali SOP"

OUTCOMES = {
    Outcome.DONE: "Selesai", Outcome.VALIDATED: "Tervalidasi", Outcome.RETURNED: "Dikembalikan",
    Outcome.SUBMITTED: "Diajukan", Outcome.APPROVED: "Disetujui", Outcome.PUBLISHED: "Diterbitkan",
    Outcome.PRESENTED: "Disajikan", Outcome.BACKED_UP: "Dicadangkan", "": "Berjalan",
}
VERDICTS = {Timeliness.ON_TIME: "Tepat waktu", Timeliness.NEARLY_LATE: "Hampir terlambat",
            Timeliness.LATE: "Terlambat"}
UNRECORDED = "Tanpa catatan mulai"
METHOD_TITLE = "Cara penghitungan waktu"


def step_label(step: Step) -> str:
    return f"{int(step)}. {STEPS[step].tab_name}"


def period_text(report) -> str:  # noqa: ANN001 - a PerformanceReport (no import cycle)
    return f"{formatting.date(report.start)} s.d. {formatting.date(report.end)}"


def _share_text(share: float | None) -> str:
    return formatting.percent(share * 100) if share is not None else "–"


def summary_rows(report) -> list[tuple[str, str]]:  # noqa: ANN001
    share = report.on_time / report.judged if report.judged else None
    return [
        ("Periode", period_text(report)),
        ("Pegawai", report.employee or "Seluruh pegawai"),
        ("Entri Catatan Aktivitas", formatting.number(report.actions)),
        ("Item yang menyelesaikan langkah", formatting.number(report.items)),
        ("Langkah selesai", formatting.number(report.finished)),
        ("Tepat waktu (dari yang dinilai)",
         f"{formatting.number(report.on_time)} dari {formatting.number(report.judged)} ({_share_text(share)})"),
        (UNRECORDED + " (tidak dinilai)", formatting.number(report.unrecorded)),
        ("Publikasi disetujui / dikembalikan", f"{len(report.approved)} / {len(report.returned)}"),
        ("Publikasi diterbitkan", formatting.number(len(report.published))),
        ("Konfirmasi Data", formatting.number(len(report.confirmations))),
        ("Revisi data / periode seri tervalidasi",
         f"{formatting.number(len(report.revisions))} / {formatting.number(len(report.periods))}"),
        ("Cadangan terverifikasi", formatting.number(len(report.backups))),
        ("Kepala rantai Catatan Aktivitas", chain_head_text(report.chain_head)),
    ]


def _d(seconds: float | None, day_seconds: float) -> str:
    return duration_text(seconds, day_seconds) or "–"


def standard_text(step: Step, standard_seconds: float, day_seconds: float) -> str:
    """'10 mnt' for a work-time standard, '10 hari kerja (waktu tempuh)' for step 3."""
    text = duration_text(standard_seconds, day_seconds)
    return f"{text} (waktu tempuh)" if step in LEAD_TIME_STEPS else text
def chain_head_text(head: tuple[int, str]) -> str:
    """The log's newest entry as printed on the report, to compare later with `padi check --head`."""
    entry_id, digest = head
    return f"entri #{entry_id} · {digest}" if digest else "–"


def step_table(report) -> TableData:  # noqa: ANN001
    """Per step: standard, count, judged on time, median work and waiting time, and the lead time."""
    rows = []
    for step in Step:
        f = report.figures[step]
        rows.append((step_label(step), standard_text(step, f.standard_seconds, report.day_seconds), f.count,
                     f.on_time, f.late, f.unrecorded if step not in LEAD_TIME_STEPS else "–",
                     _share_text(f.on_time_share), _d(f.median_work_seconds, report.day_seconds),
                     _d(f.median_wait_seconds, report.day_seconds), _d(f.median_seconds, report.day_seconds)))
    total = ("Jumlah", "", report.finished, report.on_time, report.judged - report.on_time, report.unrecorded,
             _share_text(report.on_time / report.judged if report.judged else None), "", "", "")
    return TableData("Pelaksanaan per langkah SOP",
                     ("Langkah", "Waktu Baku", "Selesai", "Tepat Waktu", "Terlambat", UNRECORDED, "% Tepat",
                      "Median Waktu Kerja", "Median Waktu Tunggu", "Median Waktu Tempuh"),
                     tuple(rows), total, numeric_columns=(2, 3, 4, 5))


def holder_table(report) -> TableData:  # noqa: ANN001
    """Per person who completed steps (held the queue): how long items waited for them, how long they worked."""
    rows = tuple((h.actor, h.count, _d(h.median_work_seconds, report.day_seconds),
                  _d(h.median_wait_seconds, report.day_seconds), _d(h.total_wait_seconds, report.day_seconds),
                  h.waited_long, h.unrecorded) for h in report.holders)
    return TableData("Waktu tunggu per pemegang antrean",
                     ("Pegawai", "Langkah selesai", "Median Waktu Kerja", "Median Waktu Tunggu", "Jumlah Waktu Tunggu",
                      "Menunggu melewati batas", UNRECORDED), rows, numeric_columns=(1, 5, 6))


def _days_text(days: int) -> str:
    return f"{days} hari kerja"


def method_paragraphs(calendar: WorkCalendar, rules: TimingRules, day_seconds: float) -> list[tuple[str, str]]:
    """The page "Cara penghitungan waktu": (heading, text) pairs, the same words in the PDF and the XLSX."""
    names = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
    hours = "; ".join(
        f"{name} {d.start:%H.%M}–{d.end:%H.%M}" + (f" (istirahat {d.break_start:%H.%M}–{d.break_end:%H.%M})"
                                                   if d.break_start else "")
        for name, d in zip(names, calendar.week, strict=True) if d is not None)
    closed = ", ".join(name for name, d in zip(names, calendar.week, strict=True) if d is None) or "tidak ada"
    years = ", ".join(str(y) for y in sorted({h.date.year for h in calendar.holidays})) or "–"
    waits = "; ".join(f"langkah {int(step)} {STEPS[step].tab_name}: {_days_text(rules.wait_warn_days[step])}"
                      for step in WAITING_STEPS)
    standards = "; ".join(f"{int(step)}. {STEPS[step].tab_name} {standard_text(step, _std(step, calendar), day_seconds)}"
                          for step in Step)
    nearly = formatting.percent(NEARLY_LATE_SHARE * 100)
    return [
        ("Waktu kerja",
         "Waktu kerja sebuah langkah adalah waktu ketika pegawai yang mengerjakan langkah itu membuka item "
         "tersebut untuk dikerjakan di tab langkahnya: memilihnya di daftar tab (misalnya Kepala Dinas membuka "
         "publikasi di tab 6 Persetujuan, staf membuka tabel data di tab 1 Persiapan), menekan Jalankan "
         "Pemeriksaan, atau menekan Mulai. Jam kerja berhenti pada tindakan yang menyelesaikan langkah (Kirim ke "
         "Pemeriksaan, Tandai Tervalidasi, Setujui, Kembalikan, Terbitkan, ...). Jam dijeda ketika pegawai "
         "meninggalkan item (memilih item atau tab lain), ketika layar terkunci, ketika keluar akun atau menutup "
         f"PADI, ketika menekan Jeda, dan ketika tidak ada kegiatan selama {rules.idle_minutes} menit (dihitung "
         "sejak masukan terakhir). Membuka kembali item melanjutkan jam. Mulai, jeda dan lanjut dicatat di "
         "Catatan Aktivitas yang berantai hash; laporan ini dan pemeriksaan 'padi check' membaca catatan yang sama. "
         "Jika dua pegawai mengerjakan item yang sama pada saat bersamaan, waktu itu dihitung sekali untuk langkah "
         "tersebut, dan dihitung pada masing-masing pegawai untuk bahan e-Kinerja."),
        ("Waktu tunggu",
         "Waktu tempuh adalah waktu sejak item tiba di sebuah langkah sampai langkah itu selesai. Waktu tunggu "
         "adalah waktu tempuh dikurangi waktu kerja: item berada dalam antrean seseorang tetapi belum dikerjakan. "
         "Waktu tunggu ditampilkan terpisah per langkah dan per pemegang antrean (pegawai yang menyelesaikan "
         "langkah; untuk langkah yang masih berjalan: Kepala Dinas di langkah 6, penyusun item di langkah lain) "
         "dan diberi peringatan tersendiri ('menunggu lebih dari N hari kerja'), tetapi tidak pernah membuat "
         f"sebuah langkah terlambat. Batas peringatan: {waits}."),
        ("Tepat waktu dan Waktu Baku",
         "Sebuah langkah tepat waktu bila waktu kerjanya tidak melebihi Waktu Baku (mutu baku) SOP, hampir "
         f"terlambat bila sudah terpakai {nearly} dari Waktu Baku, dan terlambat bila melebihinya. Waktu Baku: "
         f"{standards}. Langkah 3 Pengolahan memakai Waktu Baku waktu tempuh: SOP menghitung 10 hari, bukan menit "
         "kerja, sehingga langkah 3 dinilai dari waktu sejak data tervalidasi sampai keluaran pertama disimpan. "
         "Langkah 8 Arsip adalah pembuatan cadangan itu sendiri, dari mulai sampai terverifikasi. Pengembalian "
         "(di langkah 2 atau 6) memulai putaran baru; setiap putaran dinilai tersendiri."),
        ("Kalender kerja",
         f"Semua waktu dihitung dalam jam kerja kantor: {hours}. Tidak dihitung: {closed}, waktu istirahat, serta "
         f"{len(calendar.holidays)} hari libur nasional dan cuti bersama ({years}) yang tercatat di Pengaturan. "
         f"Satu hari kerja = {formatting.number(day_seconds / 3600, 1)} jam; Waktu Baku dalam hari dihitung "
         "sebagai hari kerja."),
        (UNRECORDED,
         "Langkah yang selesai tanpa catatan mulai (catatan dari sebelum waktu kerja dicatat, atau langkah yang "
         "diselesaikan tanpa membuka item, misalnya lewat baris perintah) hanya ditampilkan dengan waktu tempuhnya "
         "dan ditandai 'tanpa catatan mulai'. Langkah seperti itu tidak dinilai: tidak tepat waktu dan tidak "
         "terlambat (kecuali langkah 3, yang memang dinilai dari waktu tempuh)."),
    ]


def _std(step: Step, calendar: WorkCalendar) -> float:
    return calendar.standard_seconds(standard_time(step))


def list_table(title: str, items, remark: str) -> TableData:  # noqa: ANN001 - Sequence[Listed]
    rows = tuple((i + 1, formatting.datetime(x.at), x.label, x.actor, x.remark) for i, x in enumerate(items))
    return TableData(title, ("No.", "Waktu", "Objek", "Oleh", remark), rows, numeric_columns=(0,))


def report_lists(report) -> list[TableData]:  # noqa: ANN001
    return [list_table("Publikasi disetujui", report.approved, "Keterangan"),
            list_table("Publikasi dikembalikan untuk diperbaiki", report.returned, "Keterangan"),
            list_table("Publikasi diterbitkan", report.published, "Keterangan"),
            list_table("Konfirmasi Data dengan sumber", report.confirmations, "Sumber · saluran · hasil"),
            list_table("Cadangan terverifikasi", report.backups, "Ukuran"),
            list_table("Revisi data (putaran baru langkah 1-4)", report.revisions, "Revisi · alasan"),
            list_table("Periode seri tervalidasi (langkah 1-2 per periode)", report.periods, "Periode")]


def count_chart(report) -> ChartSpec:  # noqa: ANN001
    cats = tuple(step_label(s) for s in Step)
    on_time = tuple(float(report.figures[s].on_time) for s in Step)
    late = tuple(float(report.figures[s].late) for s in Step)
    unrecorded = tuple(float(report.figures[s].unrecorded) for s in Step)
    return ChartSpec(ChartKind.STACKED_BAR, "Langkah selesai: tepat waktu, terlambat, tanpa catatan mulai", cats,
                     (Series("Tepat waktu", on_time), Series("Terlambat", late), Series(UNRECORDED, unrecorded)),
                     y_label="Jumlah")


def share_chart(report) -> ChartSpec:  # noqa: ANN001
    cats = tuple(step_label(s) for s in Step)
    values = tuple(report.figures[s].on_time_share * 100 if report.figures[s].on_time_share is not None else None
                   for s in Step)
    return ChartSpec(ChartKind.BAR, "Persentase tepat waktu per langkah", cats, (Series("% tepat waktu", values),),
                     unit="%")


DATASET_STEPS = (Step.PREPARE, Step.VALIDATE, Step.PROCESS, Step.PRESENT, Step.ARCHIVE)
PUBLICATION_STEPS = (Step.SUBMIT, Step.REVIEW, Step.PUBLISH, Step.ARCHIVE)
PARAF_BLANK = "\u00a0" * 14  # room to sign in


def verdict_text(run: StepRun) -> str:
    """A finished step was on time or late ("nearly late" warns only while a step runs); no start: not judged."""
    if not run.judged:
        return UNRECORDED
    return VERDICTS[run.timeliness if run.open else Timeliness.ON_TIME if run.on_time else Timeliness.LATE]


def time_against_standard(run: StepRun, day_seconds: float) -> str:
    """'7 mnt / 10 mnt' (work time), '3 hari kerja / 10 hari kerja' (step 3: lead time); lead only without a start."""
    standard = duration_text(run.standard_seconds, day_seconds)
    if run.lead_standard:
        return f"{duration_text(run.seconds, day_seconds)} / {standard} (waktu tempuh)"
    if run.work_seconds is None:
        return f"– / {standard}"
    return f"{duration_text(run.work_seconds, day_seconds)} / {standard}"


def control_rows(runs: tuple[StepRun, ...], day_seconds: float, steps: tuple[Step, ...] = tuple(Step),
                 wait_limits: Mapping[Step, float | None] | None = None) -> TableData:
    """The Lembar Kendali: the item's steps (every occurrence), work time against the standard, waiting time
    apart (marked when over its warning), the verdict, and an empty paraf column."""
    rows = []
    for step in steps:
        found = [r for r in runs if r.step == step]
        if not found:
            rows.append((step_label(step), "", "", "", "", "", "", "Belum", PARAF_BLANK))
            continue
        for r in found:
            label = step_label(step) + (f" (ke-{r.round})" if r.round > 1 else "")
            if r.wait_seconds is None:
                wait = "–"
            else:
                wait = duration_text(r.wait_seconds, day_seconds)
                if wait_limits and waited_long(r, wait_limits):
                    wait += " (melewati batas)"
            rows.append((label, r.actor, formatting.datetime(r.start), formatting.datetime(r.end),
                         time_against_standard(r, day_seconds), wait, verdict_text(r),
                         OUTCOMES.get(r.outcome, r.outcome), PARAF_BLANK))
    return TableData("", ("Langkah", "Pelaksana", "Tiba", "Selesai", "Waktu Kerja / Waktu Baku", "Waktu Tunggu",
                          "Ketepatan", "Hasil", "Paraf"), tuple(rows))


def session_rows(runs: tuple[StepRun, ...], day_seconds: float, steps: tuple[Step, ...] = tuple(Step)) -> TableData:
    """Every work session of the item: who had it open for work, from when to when, for how long."""
    rows = []
    for r in runs:
        if r.step not in steps or r.step == Step.ARCHIVE:
            continue
        label = step_label(r.step) + (f" (ke-{r.round})" if r.round > 1 else "")
        for span in r.work:
            rows.append((label, span.actor, formatting.datetime(span.start),
                         formatting.datetime(span.end) if span.end else "berjalan",
                         duration_text(span.seconds, day_seconds)))
    return TableData("", ("Langkah", "Pegawai", "Dari", "Sampai", "Waktu Kerja"), tuple(rows))

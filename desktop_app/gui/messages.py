"""Sentences for the codes services return: what happened and what to do, in the user's language."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop_app import messages as catalogue
from desktop_app.domain.errors import PadiError
from desktop_app.domain.roles import DEFAULT_MATRIX, Action, PermissionMatrix, Role
from desktop_app.domain.workflow import DatasetState, PublicationState

translate = QCoreApplication.translate


def error_text(err: PadiError) -> str:
    """One sentence for an error code, from the catalogue the command line reads too (desktop_app/messages.py),
    in the user's language; the technical detail stays in the log."""
    return catalogue.sentence(err.code, err.detail, translate=translate)


def integrity_text(database_ok: bool, first_bad_id: int | None, reason: str, *, anchor_problem: str = "",
                   anchor_id: int | None = None, log_id: int | None = None, anchor_name: str = "",
                   noted_at: int | None = None) -> str:
    """What the check at start found, naming the first bad activity-log entry or how the log disagrees with its
    anchor; PADI does not open the data."""
    if not database_ok:
        found = translate("Messages", "Berkas basis data rusak.")
    elif reason == "missing":
        found = translate("Messages", "Entri catatan aktivitas #{id} hilang (dihapus).").format(id=first_bad_id)
    elif reason == "broken_link":
        found = translate("Messages", "Rantai catatan aktivitas terputus pada entri #{id} (entri disisipkan atau "
                                      "diganti).").format(id=first_bad_id)
    elif reason == "altered":
        found = translate("Messages", "Entri catatan aktivitas #{id} telah diubah.").format(id=first_bad_id)
    elif anchor_problem or noted_at is not None:
        return _anchor_mismatch_text(anchor_problem, anchor_id, log_id, anchor_name, noted_at)
    else:
        found = translate("Messages", "Catatan aktivitas tidak dapat dibaca.")
    return found + " " + translate(
        "Messages", "PADI tidak membuka basis data ini agar tidak ada perubahan di atas data yang rusak. "
                    "Jalankan 'padi check' untuk rinciannya, lalu pulihkan cadangan terverifikasi terakhir "
                    "(tab 8 Arsip atau 'padi restore').")


def _anchor_mismatch_text(problem: str, anchor_id: int | None, log_id: int | None, name: str,
                          noted_at: int | None) -> str:
    if problem == "cut":
        found = translate("Messages", "Catatan aktivitas berakhir pada entri #{log}, padahal jangkar di samping "
                                      "basis data mencatat entri #{anchor}: entri terakhir telah dihapus.")
    elif problem == "ahead":
        found = translate("Messages", "Ada entri catatan aktivitas sesudah entri #{anchor} yang dicatat jangkar "
                                      "(sampai #{log}) yang tidak ditulis oleh PADI.")
    elif problem:
        found = translate("Messages", "Entri #{anchor} yang dicatat jangkar di samping basis data tidak sama dengan "
                                      "entri di basis data: catatan aktivitas ditulis ulang.")
    else:
        found = translate("Messages", "Pada entri #{noted} PADI mendapati catatan aktivitas tidak cocok dengan "
                                      "jangkarnya: entri dihapus atau ditulis ulang di luar PADI sebelum itu.")
    found = found.format(log=log_id, anchor=anchor_id, noted=noted_at)
    return found + " " + translate(
        "Messages", "PADI tidak membuka basis data ini. Jalankan 'padi check' untuk rinciannya, lalu pulihkan "
                    "cadangan terverifikasi terakhir (tab 8 Arsip atau 'padi restore'). Bila Anda sendiri mengganti "
                    "berkas basis data dengan salinan lain, berkas jangkar {name} di sampingnya milik basis data "
                    "yang lama: pindahkan berkas itu ke tempat lain, lalu buka PADI lagi.").format(name=name)


def start_warning_text(states: list, anchor_status: str, anchor_name: str, shown: int = 6) -> str:
    """What the check at start found that does not stop PADI: states no log entry backs (publishing and
    printing are refused meanwhile) and a missing or unreadable anchor. ``states``: the check's findings."""
    parts = []
    if states:
        lines = [translate("Messages", "Pemeriksaan saat membuka menemukan {n} status yang tidak didukung Catatan "
                                       "Aktivitas:").format(n=len(states))]
        lines += ["• " + state_finding_text(f) for f in states[:shown]]
        if len(states) > shown:
            lines.append(translate("Messages", "… dan {n} lainnya.").format(n=len(states) - shown))
        lines.append("")
        lines.append(translate(
            "Messages", "Artinya: data itu diubah langsung di berkas basis data, di luar PADI. Penerbitan, pencetakan "
                        "dan lembar persetujuan ditolak sampai masalah ini diselesaikan. Laporkan kepada "
                        "administrator: 'padi check' memberi rinciannya, dan memulihkan cadangan terverifikasi "
                        "terakhir mengembalikan data yang sah."))
        parts.append("\n".join(lines))
    if anchor_status == "missing":
        parts.append(translate(
            "Messages", "Berkas jangkar Catatan Aktivitas ({name}) tidak ada di samping basis data. Tanpa jangkar, "
                        "entri yang dihapus dari akhir Catatan Aktivitas tidak dapat dikenali. Ini wajar bila basis "
                        "data disalin tanpa berkas itu; PADI membuat jangkar baru pada perubahan berikutnya.")
            .format(name=anchor_name))
    elif anchor_status == "unreadable":
        parts.append(translate(
            "Messages", "Berkas jangkar Catatan Aktivitas ({name}) bukan jangkar PADI yang utuh, sehingga tidak dapat "
                        "dibandingkan. PADI menulisnya ulang pada perubahan berikutnya.").format(name=anchor_name))
    return "\n\n".join(parts)


_STATE_WORDS = {
    "draft": lambda: translate("States", "draf"), "checking": lambda: translate("States", "diperiksa"),
    "validated": lambda: translate("States", "tervalidasi"), "processed": lambda: translate("States", "diolah"),
    "presented": lambda: translate("States", "disajikan"), "submitted": lambda: translate("States", "diajukan"),
    "returned": lambda: translate("States", "dikembalikan"), "approved": lambda: translate("States", "disetujui"),
    "published": lambda: translate("States", "diterbitkan"),
}


_EVENT_WORDS = {  # the log entry a publication state needs
    "approved": lambda: translate("Findings", "persetujuan"), "published": lambda: translate("Findings", "penerbitan"),
    "submitted": lambda: translate("Findings", "pengajuan"), "returned": lambda: translate("Findings", "pengembalian"),
    "draft": lambda: translate("Findings", "perbaikan"),
}


def _state_word(value: object) -> str:
    word = _STATE_WORDS.get(str(value))
    return word() if word else str(value)


def state_finding_text(f) -> str:  # noqa: ANN001 - a StateFinding of services.integrity
    """One bound state that no log entry backs (the same sentences as `padi check`)."""
    if f.code == "baseline_invalid":
        return translate("Findings", "Garis dasar kedua pada entri #{entry} ditolak: status sudah diikat ke log "
                                     "sebelumnya.").format(entry=f.entry_id)
    text = _finding_sentence(f.code, f.kind, f.object_id, f.label, f.facet, f.expected, f.actual)
    if f.code == "diverged":
        text += " " + translate("Findings", "(sebelum entri #{entry})").format(entry=f.entry_id)
    return text


def _finding_sentence(code: str, kind: str, ident: str, label: str, facet: str, expected: object,
                      actual: object) -> str:
    if code in ("not_in_log", "missing"):
        return _object_sentence(code, kind, ident, label)
    if code == "rows_changed":
        return translate("Findings", "Baris Kumpulan Data '{name}' berubah setelah divalidasi.").format(name=label)
    if code == "content_mismatch":
        return translate("Findings", "Isi Publikasi #{id} versi {v} tidak cocok dengan hash isinya.").format(
            id=ident, v=facet[1:])
    if kind == "user":
        texts = {
            "role": translate("Findings", "Peran pengguna '{name}' = {actual} tidak tercatat di log."),
            "admin": translate("Findings", "Hak administrator pengguna '{name}' tidak tercatat di log."),
            "password": translate("Findings", "Kata sandi pengguna '{name}' diganti tanpa catatan di log."),
            "active": translate("Findings", "Status aktif pengguna '{name}' tidak tercatat di log."),
            "username": translate("Findings", "Nama pengguna '{name}' tidak tercatat di log."),
        }
        template = texts.get(facet) or translate("Findings", "Nama lengkap pengguna '{name}' diubah tanpa catatan "
                                                             "di log.")
        return template.format(name=label, actual=actual)
    if kind == "dataset":
        if facet == "state":
            return translate("Findings", "Kumpulan Data '{name}' berstatus {state} tanpa catatan di log.").format(
                name=label, state=_state_word(actual))
        return translate("Findings", "Kumpulan Data '{name}' diubah tanpa catatan di log.").format(name=label)
    if kind == "publication":
        if facet == "state":
            event = _EVENT_WORDS.get(str(actual), lambda: translate("Findings", "perubahan"))()
            return translate("Findings", "Publikasi #{id} berstatus {state} tanpa catatan {event} di log.").format(
                id=ident, state=_state_word(actual), event=event)
        if facet.startswith("decision."):
            return translate("Findings", "Keputusan atas Publikasi #{id} tidak tercatat di log.").format(id=ident)
        if facet.startswith("v") and not facet.endswith(".by") and expected is not None and actual is not None:
            return translate("Findings", "Isi Publikasi #{id} versi {v} berubah setelah dicatat di log.").format(
                id=ident, v=facet[1:])
        return translate("Findings", "Publikasi #{id} diubah tanpa catatan di log.").format(id=ident)
    if kind == "setting" and ident == "permissions":
        return translate("Findings", "Matriks izin diubah tanpa catatan di log.")
    if kind == "setting":
        return translate("Findings", "Daftar pengguna yang wajib mengganti kata sandi diubah tanpa catatan di log.")
    return translate("Findings", "Penunjukan Plt. #{id} tidak tercatat di log.").format(id=ident)


def _object_sentence(code: str, kind: str, ident: str, label: str) -> str:
    subjects = {
        "user": lambda: translate("Findings", "Pengguna '{name}'").format(name=label),
        "dataset": lambda: translate("Findings", "Kumpulan Data '{name}'").format(name=label),
        "publication": lambda: translate("Findings", "Publikasi #{id}").format(id=ident),
        "delegation": lambda: translate("Findings", "Penunjukan Plt. #{id}").format(id=ident),
        "setting": lambda: (translate("Findings", "Matriks izin") if ident == "permissions" else
                            translate("Findings", "Daftar pengguna yang wajib mengganti kata sandi")),
    }
    subject = subjects.get(kind, lambda: f"{kind} {ident}")()
    if code == "not_in_log":
        return translate("Findings", "{subject} tidak tercatat di log.").format(subject=subject)
    return translate("Findings", "{subject} hilang dari basis data tanpa catatan di log.").format(subject=subject)


def refusal_reason(action: Action, matrix: PermissionMatrix | None = None) -> str:
    """Tooltip of a disabled action: who may take it (from ``matrix`` when the office changed who may)."""
    if matrix is not None and any((action in matrix.grants(r)) != (action in DEFAULT_MATRIX[r]) for r in Role):
        from desktop_app.gui.labels import role_label

        roles = [role_label(r) for r in Role if action in matrix.grants(r)]
        if not roles:
            return translate("Messages", "Hanya administrator yang diizinkan: {action}.").format(
                action=permission_label(action))
        who = roles[0] if len(roles) == 1 else translate("Messages", "{first} atau {last}").format(
            first=", ".join(roles[:-1]), last=roles[-1])
        return translate("Messages", "Hanya {roles} yang diizinkan: {action}.").format(
            roles=who, action=permission_label(action))
    reasons = {
        Action.APPROVE_PUBLICATION: translate("Messages", "Hanya Kepala Dinas atau Plt. yang dapat menyetujui."),
        Action.SUBMIT_PUBLICATION: translate("Messages", "Hanya Kasubag Program atau Sekretaris yang dapat mengajukan."),
        Action.COMPOSE_PUBLICATION: translate("Messages", "Peran Anda tidak menyusun publikasi."),
        Action.EDIT_DATASET: translate("Messages", "Hanya Staf atau Kasubag Program yang menyiapkan data."),
        Action.CHECK_DATASET: translate("Messages", "Peran Anda tidak melakukan pemeriksaan data."),
        Action.VALIDATE_DATASET: translate("Messages", "Hanya Staf, Kasubag Program atau Sekretaris yang memvalidasi."),
        Action.ACCEPT_CHECK_FAILURES: translate(
            "Messages", "Hanya Kasubag Program atau Sekretaris yang dapat menerima kesalahan pemeriksaan."),
        Action.PROCESS_DATASET: translate("Messages", "Hanya Staf atau Kasubag Program yang mengolah data."),
        Action.PRESENT_DATASET: translate("Messages", "Hanya Staf atau Kasubag Program yang menyajikan data."),
        Action.PUBLISH_PUBLICATION: translate("Messages", "Hanya Staf atau Kasubag Program yang menerbitkan."),
        Action.BACKUP: translate("Messages", "Peran Anda tidak membuat cadangan."),
        Action.MANAGE_USERS: translate("Messages", "Hanya administrator yang mengelola pengguna."),
        Action.EDIT_OFFICE: translate("Messages", "Hanya administrator yang mengubah profil kantor."),
        Action.DELEGATE: translate("Messages", "Hanya Kepala Dinas atau administrator yang menunjuk Plt."),
        Action.PLAN_AGENDA: translate("Messages", "Hanya Kasubag Program, Sekretaris atau Kepala Dinas yang "
                                                  "membagi agenda kerja."),
    }
    return reasons.get(action, translate("Messages", "Peran Anda tidak diizinkan melakukan tindakan ini."))


STATE_COLORS = {
    "draft": "#7f7f7f", "checking": "#1f6fb2", "validated": "#138a8a", "processed": "#138a8a",
    "presented": "#2e7d32", "submitted": "#c77c02", "returned": "#b23a48", "approved": "#2e7d32",
    "published": "#1b5e20",
}


def state_label(state: DatasetState | PublicationState) -> str:
    return catalogue.state_name(state.value, translate=translate)


def finding_text(code: str, value: object = None) -> str:
    """What an automatic check found, in words (``value``: the finding's value, for the codes that use it); the
    words come from the catalogue ``padi validate`` reads too."""
    return catalogue.finding(code, value, translate=translate)


def action_label(action: str) -> str:
    """An activity-log action in words."""
    labels = {
        "office_setup": translate("Actions", "Penyiapan kantor"),
        "office_updated": translate("Actions", "Profil kantor diubah"),
        "user_created": translate("Actions", "Pengguna dibuat"),
        "login": translate("Actions", "Masuk"),
        "logout": translate("Actions", "Keluar Akun"),
        "login_failed": translate("Actions", "Gagal masuk"),
        "account_locked": translate("Actions", "Akun dikunci"),
        "delegation_created": translate("Actions", "Plt. ditunjuk"),
        "dataset_created": translate("Actions", "Kumpulan Data dibuat"),
        "dataset_saved": translate("Actions", "Kumpulan Data disimpan"),
        "checks_run": translate("Actions", "Pemeriksaan dijalankan"),
        "confirmation_logged": translate("Actions", "Konfirmasi Data dicatat"),
        "check_settings_saved": translate("Actions", "Pengaturan Pemeriksaan disimpan"),
        "check_failures_accepted": translate("Actions", "Kesalahan pemeriksaan diterima"),
        "confirmation_letter": translate("Actions", "Surat Permohonan Konfirmasi dibuat"),
        "letter_format_set": translate("Actions", "Format nomor surat diubah"),
        "dataset_validate": translate("Actions", "Tervalidasi"),
        "dataset_return": translate("Actions", "Dikembalikan ke Persiapan"),
        "output_saved": translate("Actions", "Keluaran disimpan"),
        "dataset_present": translate("Actions", "Disajikan di Katalog Data"),
        "publication_created": translate("Actions", "Publikasi dibuat"),
        "publication_revised": translate("Actions", "Publikasi diperbaiki"),
        "publication_submitted": translate("Actions", "Diajukan ke Kepala"),
        "publication_approved": translate("Actions", "Disetujui"),
        "publication_returned": translate("Actions", "Dikembalikan dengan Catatan Perbaikan"),
        "publication_published": translate("Actions", "Diterbitkan"),
        "backup_made": translate("Actions", "Cadangan terverifikasi dibuat"),
        "backup_failed": translate("Actions", "Pencadangan gagal"),
        "backup_cancelled": translate("Actions", "Pencadangan dibatalkan"),
        "user_activated": translate("Actions", "Pengguna diaktifkan"),
        "user_deactivated": translate("Actions", "Pengguna dinonaktifkan"),
        "password_changed": translate("Actions", "Kata sandi diganti"),
        "password_reset": translate("Actions", "Kata sandi diatur ulang oleh administrator"),
        "refused": translate("Actions", "Ditolak"),
        "login_while_locked": translate("Actions", "Gagal masuk (akun masih terkunci)"),
        "idle_lock_set": translate("Actions", "Batas waktu kunci layar diubah"),
        "session_locked": translate("Actions", "Layar dikunci (tidak aktif)"),
        "session_unlocked": translate("Actions", "Kunci layar dibuka"),
        "work_started": translate("Actions", "Mulai dikerjakan"),
        "work_paused": translate("Actions", "Jeda"),
        "work_resumed": translate("Actions", "Lanjut dikerjakan"),
        "timing_rules_saved": translate("Actions", "Aturan waktu kerja dan tunggu diubah"),
        "kinerja_exported": translate("Actions", "Bahan e-Kinerja diekspor"),
        "dataset_imported": translate("Actions", "Lembar kerja diimpor"),
        "dataset_exported": translate("Actions", "Kumpulan Data diekspor"),
        "dataset_start_check": translate("Actions", "Dikirim ke pemeriksaan"),
        "dataset_process": translate("Actions", "Diolah"),
        "programme_added": translate("Actions", "Program ditambahkan"),
        "activity_added": translate("Actions", "Kegiatan ditambahkan"),
        "agenda_added": translate("Actions", "Agenda ditambahkan"),
        "agenda_updated": translate("Actions", "Agenda diubah"),
        "agenda_done": translate("Actions", "Agenda selesai"),
        "agenda_reopened": translate("Actions", "Agenda dibuka kembali"),
        "agenda_dataset_linked": translate("Actions", "Agenda dikaitkan dengan Kumpulan Data"),
        "agenda_dataset_unlinked": translate("Actions", "Kaitan agenda dilepas"),
        "catalog_exported": translate("Actions", "Katalog Data offline dibuat"),
        "report_exported": translate("Actions", "Laporan Pelaksanaan dibuat"),
        "control_sheet_exported": translate("Actions", "Lembar Kendali SOP dicetak"),
        "activity_exported": translate("Actions", "Catatan Aktivitas diekspor"),
        "work_calendar_saved": translate("Actions", "Kalender kerja disimpan"),
        "recap_created": translate("Actions", "Rekapitulasi dibuat"),
        "pivot_exported": translate("Actions", "Tabulasi diekspor"),
        "publication_printed": translate("Actions", "Publikasi dicetak"),
        "approval_sheet_written": translate("Actions", "Lembar Persetujuan dibuat"),
        "publication_package_written": translate("Actions", "Paket internet publikasi dibuat"),
        "package_base_url_set": translate("Actions", "Alamat laman paket internet diatur"),
        "publication_distributed": translate("Actions", "Distribusi publikasi dicatat"),
        "soft_copy_made": translate("Actions", "Salinan data soft dibuat"),
        "backup_settings_changed": translate("Actions", "Pengaturan pencadangan diubah"),
        "backups_reverified": translate("Actions", "Cadangan diverifikasi ulang"),
        "backup_restored": translate("Actions", "Cadangan dipulihkan"),
        "recovery_sheet_printed": translate("Actions", "Lembar Pemulihan dicetak"),
        "permissions_changed": translate("Actions", "Hak akses peran diubah"),
        "column_renamed": translate("Actions", "Kolom diganti nama"),
        "column_added": translate("Actions", "Kolom ditambahkan"),
        "column_retyped": translate("Actions", "Tipe kolom diubah"),
        "column_removed": translate("Actions", "Kolom dihapus"),
        "column_moved": translate("Actions", "Urutan kolom diubah"),
        "metadata_revised": translate("Actions", "Metadata direvisi"),
        "output_updated": translate("Actions", "Keluaran diperbarui ke revisi terbaru"),
        "periods_validated": translate("Actions", "Periode baru divalidasi"),
        "periods_returned": translate("Actions", "Periode baru dikembalikan"),
        "dataset_withdrawn": translate("Actions", "Ditarik dari Katalog Data"),
        "dataset_reinstated": translate("Actions", "Dikembalikan ke Katalog Data"),
        "dataset_deleted": translate("Actions", "Kumpulan Data dipindahkan ke Sampah"),
        "dataset_restored": translate("Actions", "Kumpulan Data dipulihkan dari Sampah"),
        "trash_purged": translate("Actions", "Sampah dikosongkan"),
        "programme_updated": translate("Actions", "Program diubah"),
        "programme_removed": translate("Actions", "Program dihapus"),
        "activity_removed": translate("Actions", "Kegiatan dihapus"),
        "activity_updated": translate("Actions", "Kegiatan diubah"),
        "dataset_activity_linked": translate("Actions", "Kumpulan Data dikaitkan dengan Kegiatan"),
        "programmes_imported": translate("Actions", "Program dan Kegiatan diimpor"),
        "dataset_revised": translate("Actions", "Revisi baru dibuat"),
        "role_change_requested": translate("Actions", "Perubahan peran diminta (menunggu Kepala Dinas)"),
        "role_changed": translate("Actions", "Peran pengguna diubah"),
        "role_change_confirmed": translate("Actions", "Perubahan peran dikonfirmasi Kepala Dinas"),
        "role_change_rejected": translate("Actions", "Perubahan peran ditolak Kepala Dinas"),
        "office_migrated": translate("Actions", "Data kantor dipindahkan ke basis data lain"),
        "state_baseline": translate("Actions", "Garis dasar status dicatat (pembaruan PADI)"),
        "state_recorded": translate("Actions", "Perubahan status dicatat"),
        "anchor_created": translate("Actions", "Jangkar Catatan Aktivitas dibuat"),
        "anchor_mismatch": translate("Actions", "Catatan Aktivitas tidak cocok dengan jangkarnya"),
    }
    return labels.get(action, action)


def attempt_label(code: str) -> str:
    """What a use case set out to do, in the imperative ("Setujui publikasi"): the words of a refusal.

    Keyed by the log action the use case writes when it succeeds (``services.context.attempt``)."""
    labels = {
        "publication_created": translate("Attempts", "Buat publikasi"),
        "publication_revised": translate("Attempts", "Perbaiki publikasi"),
        "publication_submitted": translate("Attempts", "Ajukan publikasi"),
        "publication_approved": translate("Attempts", "Setujui publikasi"),
        "publication_returned": translate("Attempts", "Kembalikan publikasi"),
        "publication_published": translate("Attempts", "Terbitkan publikasi"),
        "publication_printed": translate("Attempts", "Cetak publikasi"),
        "approval_sheet_written": translate("Attempts", "Buat Lembar Persetujuan"),
        "publication_package_written": translate("Attempts", "Buat paket internet"),
        "publication_distributed": translate("Attempts", "Catat distribusi"),
        "dataset_created": translate("Attempts", "Buat Kumpulan Data"),
        "dataset_saved": translate("Attempts", "Simpan Kumpulan Data"),
        "checks_run": translate("Attempts", "Jalankan Pemeriksaan"),
        "check_settings_saved": translate("Attempts", "Simpan Pengaturan Pemeriksaan"),
        "check_failures_accepted": translate("Attempts", "Terima kesalahan pemeriksaan"),
        "confirmation_logged": translate("Attempts", "Catat Konfirmasi Data"),
        "confirmation_letter": translate("Attempts", "Buat Surat Permohonan Konfirmasi"),
        "dataset_validate": translate("Attempts", "Tandai tervalidasi"),
        "dataset_return": translate("Attempts", "Kembalikan ke Persiapan"),
        "output_saved": translate("Attempts", "Simpan Keluaran"),
        "dataset_present": translate("Attempts", "Sajikan di Katalog Data"),
        "pivot_exported": translate("Attempts", "Ekspor tabulasi"),
        "recap_created": translate("Attempts", "Buat rekapitulasi"),
        "office_updated": translate("Attempts", "Ubah profil kantor"),
        "user_created": translate("Attempts", "Tambah pengguna"),
        "user_activated": translate("Attempts", "Aktifkan atau nonaktifkan pengguna"),
        "password_reset": translate("Attempts", "Atur ulang kata sandi"),
        "delegation_created": translate("Attempts", "Tunjuk Plt. Kepala Dinas"),
        "backup_made": translate("Attempts", "Buat cadangan"),
        "backup_settings_changed": translate("Attempts", "Ubah pengaturan pencadangan"),
        "permissions_changed": translate("Attempts", "Ubah hak akses peran"),
        "letter_format_set": translate("Attempts", "Ubah format nomor surat"),
    }
    return labels.get(code, "")


def permission_label(action: Action) -> str:
    """An action of the permission matrix in words ("Setujui atau kembalikan publikasi")."""
    labels = {
        Action.EDIT_DATASET: translate("Permissions", "Siapkan dan ubah Kumpulan Data"),
        Action.CHECK_DATASET: translate("Permissions", "Periksa data dan catat Konfirmasi Data"),
        Action.VALIDATE_DATASET: translate("Permissions", "Tandai tervalidasi atau kembalikan ke Persiapan"),
        Action.ACCEPT_CHECK_FAILURES: translate("Permissions", "Terima kesalahan pemeriksaan"),
        Action.PROCESS_DATASET: translate("Permissions", "Olah data: tabulasi, grafik, Keluaran"),
        Action.PRESENT_DATASET: translate("Permissions", "Sajikan di Katalog Data"),
        Action.COMPOSE_PUBLICATION: translate("Permissions", "Susun dan perbaiki publikasi"),
        Action.SUBMIT_PUBLICATION: translate("Permissions", "Ajukan publikasi ke Kepala"),
        Action.APPROVE_PUBLICATION: translate("Permissions", "Setujui atau kembalikan publikasi"),
        Action.PUBLISH_PUBLICATION: translate("Permissions", "Terbitkan, cetak dan distribusikan publikasi"),
        Action.BACKUP: translate("Permissions", "Buat cadangan"),
        Action.RESTORE: translate("Permissions", "Pulihkan cadangan"),
        Action.MANAGE_USERS: translate("Permissions", "Kelola pengguna dan peran"),
        Action.EDIT_OFFICE: translate("Permissions", "Ubah profil kantor"),
        Action.DELEGATE: translate("Permissions", "Tunjuk Plt. Kepala Dinas"),
        Action.PLAN_AGENDA: translate("Permissions", "Rencanakan Agenda Kerja untuk orang lain"),
    }
    return labels.get(action, action.value)


def entry_object_text(object_type: str, object_label: str) -> str:
    """The Objek of a log entry in words: a setting is named, not shown by its storage key."""
    if object_type not in ("setting", "settings"):
        return object_label
    names = {
        "backup": translate("Objects", "Pengaturan pencadangan"),
        "idle_lock": translate("Objects", "Kunci layar"),
        "permissions": translate("Objects", "Hak akses peran"),
        "letter_number_format": translate("Objects", "Format nomor surat"),
        "internet_package": translate("Objects", "Alamat laman paket internet"),
        "work_calendar": translate("Objects", "Kalender kerja"),
    }
    return names.get(object_label, object_label)


def entry_action_text(action: str, detail: Mapping[str, object] | None = None, object_label: str = "") -> str:
    """The Tindakan of a log entry: its words, and for a refusal what was refused and on what
    ("Ditolak: Setujui publikasi 'Brosur Investasi 2024'")."""
    if action != "refused":
        return action_label(action)
    detail = detail or {}
    what = attempt_label(str(detail.get("attempt") or ""))
    if not what and detail.get("action") in {a.value for a in Action}:
        what = permission_label(Action(str(detail["action"])))
    if what and object_label.strip():
        return translate("Actions", "Ditolak: {what} '{object}'").format(what=what, object=object_label)
    if what:
        return translate("Actions", "Ditolak: {what}").format(what=what)
    if object_label.strip():
        return translate("Actions", "Ditolak: '{object}'").format(object=object_label)
    return action_label(action)


def refusal_text(detail: Mapping[str, object] | None) -> str:
    """Why a logged refusal was refused, as the person refused was told."""
    detail = detail or {}
    code = str(detail.get("code") or "")
    return error_text(PadiError(code, str(detail.get("detail") or ""))) if code else ""

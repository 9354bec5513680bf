"""Sentences for the codes services return: what happened and what to do, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain import formatting
from desktop_app.domain.errors import PadiError
from desktop_app.domain.roles import Action
from desktop_app.domain.workflow import DatasetState, PublicationState

translate = QCoreApplication.translate


def error_text(err: PadiError) -> str:
    """One sentence for an error code; the technical detail stays in the log."""
    texts = {
        "bad_credentials": translate("Messages", "Nama pengguna atau kata sandi salah."),
        "locked": translate("Messages", "Akun dikunci sementara setelah 5 kali gagal masuk. Coba lagi 15 menit lagi."),
        "permission": translate("Messages", "Peran Anda tidak diizinkan melakukan tindakan ini."),
        "state": translate("Messages", "Tindakan ini tidak dapat dilakukan pada tahap item saat ini."),
        "maker_checker": translate(
            "Messages", "Anda tidak dapat menyetujui publikasi yang Anda susun atau ajukan sendiri."),
        "not_approved": translate(
            "Messages", "Publikasi belum disetujui; hanya versi yang disetujui yang dapat diterbitkan."),
        "content_changed": translate(
            "Messages", "Isi publikasi berubah sejak ditinjau. Muat ulang lalu tinjau kembali."),
        "note_required": translate("Messages", "Tuliskan minimal satu Catatan Perbaikan sebelum mengembalikan."),
        "bad_channel": translate("Messages", "Pilih saluran distribusi dari daftar."),
        "date_in_future": translate("Messages", "Tanggal distribusi tidak boleh setelah hari ini."),
        "copies_required": translate("Messages", "Isi jumlah eksemplar yang dicetak (minimal 1)."),
        "copies_only_for_print": translate("Messages", "Jumlah eksemplar hanya diisi untuk distribusi cetak."),
        "url_required": translate("Messages", "Isi alamat tautan lengkap yang diawali http:// atau https://."),
        "recipient_required": translate("Messages", "Isi kepada siapa publikasi dikirim."),
        "contact_email_required": translate(
            "Messages", "Isi e-mail kantor (Pengaturan) atau kontak Kumpulan Data; data.json memerlukannya."),
        "checks_not_passed": translate(
            "Messages", "Pemeriksaan terakhir masih menemukan kesalahan. Perbaiki data lalu periksa ulang."),
        "checks_outdated": translate("Messages", "Data berubah setelah pemeriksaan terakhir. Jalankan pemeriksaan lagi."),
        "not_confirmed": translate("Messages", "Catat minimal satu Konfirmasi Data dengan sumbernya terlebih dahulu."),
        "no_errors_to_accept": translate(
            "Messages", "Pemeriksaan terakhir tidak menemukan kesalahan; tidak ada yang perlu diterima."),
        "unknown_column": translate("Messages", "Kolom itu tidak ada dalam Kumpulan Data ini."),
        "bad_threshold": translate("Messages", "Ambang perubahan harus lebih dari 0%."),
        "letter_number_required": translate("Messages", "Nomor surat wajib diisi."),
        "addressee_required": translate("Messages", "Tujuan surat (Kepada Yth.) wajib diisi."),
        "letter_write_failed": translate(
            "Messages", "Surat tidak dapat disimpan di folder itu. Tutup berkas yang sama bila sedang dibuka, "
                        "atau pilih folder lain."),
        "attachment_too_large": translate("Messages", "Berkas lampiran terlalu besar (maksimal 10 MB)."),
        "no_attachment": translate("Messages", "Konfirmasi Data ini tidak memiliki lampiran."),
        "unknown_confirmation": translate("Messages", "Konfirmasi Data itu tidak ditemukan. Muat ulang daftar."),
        "dataset_name_taken": translate("Messages", "Nama Kumpulan Data sudah dipakai. Pilih nama lain."),
        "dataset_name_required": translate("Messages", "Nama Kumpulan Data wajib diisi."),
        "column_name_required": translate("Messages", "Setiap kolom harus diberi nama."),
        "duplicate_column": translate("Messages", "Nama kolom tidak boleh sama."),
        "recap_needs_two": translate("Messages", "Rekapitulasi memerlukan paling sedikit dua Kumpulan Data."),
        "columns_differ": translate(
            "Messages", "Kolom Kumpulan Data yang direkap tidak sama. Rincian menyebut kolom yang berbeda."),
        "source_required": translate("Messages", "Sumber data wajib diisi."),
        "title_required": translate("Messages", "Judul wajib diisi."),
        "sections_required": translate("Messages", "Publikasi harus memiliki minimal satu bagian."),
        "bad_image": translate("Messages", "Gambar harus berupa berkas PNG atau JPEG yang utuh."),
        "image_too_large": translate("Messages", "Gambar terlalu besar (maksimal 2 MB)."),
        "bad_paper": translate("Messages", "Ukuran kertas tidak sesuai dengan jenis publikasi."),
        "richtext_invalid": translate("Messages", "Format teks bagian tidak dikenali."),
        "output_name_required": translate("Messages", "Nama Keluaran wajib diisi."),
        "reason_required": translate("Messages", "Alasan wajib diisi."),
        "office_name_required": translate("Messages", "Nama kantor wajib diisi."),
        "bad_logo": translate("Messages", "Logo harus berupa gambar PNG atau JPEG."),
        "logo_too_large": translate("Messages", "Logo terlalu besar (maksimal 2 MB)."),
        "username_taken": translate("Messages", "Nama pengguna sudah dipakai."),
        "name_required": translate("Messages", "Nama pengguna dan nama lengkap wajib diisi."),
        "password_too_short": translate("Messages", "Kata sandi minimal 8 karakter."),
        "password_too_long": translate("Messages", "Kata sandi terlalu panjang (maksimal 256 karakter)."),
        "password_is_username": translate("Messages", "Kata sandi tidak boleh sama dengan nama pengguna."),
        "password_only_digits": translate(
            "Messages", "Kata sandi tidak boleh hanya angka (misalnya NIP atau tanggal lahir); tambahkan huruf."),
        "password_one_character": translate("Messages", "Kata sandi tidak boleh berupa satu karakter yang diulang."),
        "password_too_common": translate("Messages", "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain."),
        "password_unchanged": translate("Messages", "Kata sandi baru harus berbeda dari kata sandi lama."),
        "passwords_differ": translate("Messages", "Kedua isian kata sandi baru tidak sama."),
        "database_in_use": translate(
            "Messages", "Basis data ini sedang dibuka oleh PADI lain (di komputer ini atau lewat jaringan). "
                        "Tutup PADI yang lain itu terlebih dahulu."),
        "export_write_failed": translate(
            "Messages", "Berkas tidak dapat ditulis ke tujuan itu (media rusak atau dicabut). Berkas lama tetap "
                        "utuh; coba folder lain."),
        "cannot_deactivate_self": translate("Messages", "Anda tidak dapat menonaktifkan akun Anda sendiri."),
        "delegation_dates": translate("Messages", "Tanggal selesai harus sesudah tanggal mulai."),
        "not_a_number": translate("Messages", "Nilai harus berupa angka."),
        "no_space": translate("Messages", "Ruang kosong pada media tujuan tidak cukup. Kosongkan ruang atau pilih media lain."),
        "target_missing": translate("Messages", "Folder tujuan tidak ditemukan. Pastikan flash disk terpasang."),
        "bad_office_hours": translate(
            "Messages", "Jam kerja tidak masuk akal: jam mulai harus sebelum jam selesai, istirahat di dalam jam kerja, "
                        "dan minimal satu hari kerja."),
        "bad_holiday": translate("Messages", "Tanggal hari libur tidak dapat dibaca. Tulis sebagai TTTT-BB-HH."),
        "bad_backup_warn_days": translate("Messages", "Batas peringatan cadangan harus 1 sampai 365 hari."),
        "unknown_employee": translate("Messages", "Pegawai itu tidak dikenal."),
        "employee_required": translate("Messages", "Bahan e-Kinerja dibuat per pegawai: pilih pegawainya."),
        "bad_timing_rules": translate(
            "Messages", "Pengaturan waktu kerja tidak masuk akal: jeda karena tidak aktif 1 sampai 60 menit, batas "
                        "waktu tunggu 1 sampai 60 hari kerja untuk setiap langkah."),
        "bad_period": translate("Messages", "Tanggal akhir periode lebih awal dari tanggal awalnya."),
        "report_write_failed": translate(
            "Messages", "Berkas tidak dapat disimpan di folder itu. Tutup berkas yang sama bila sedang dibuka, "
                        "lalu coba lagi."),
        "target_not_writable": translate("Messages", "Folder tujuan tidak dapat ditulisi. Pilih folder lain."),
        "write_failed": translate("Messages", "Penulisan ke media gagal. Cadangan lama tetap utuh; coba media lain."),
        "verify_failed": translate("Messages", "Cadangan tidak lolos verifikasi dan tidak disimpan. Coba media lain."),
        "source_unreadable": translate("Messages", "Basis data tidak dapat dibaca untuk dicadangkan."),
        "backup_corrupt": translate(
            "Messages", "Cadangan ini rusak atau tidak lengkap, sehingga ditolak. Basis data sekarang tidak diubah; "
                        "pilih cadangan lain."),
        "schema_too_new": translate(
            "Messages", "Cadangan ini dibuat oleh versi PADI yang lebih baru. Perbarui PADI lalu ulangi."),
        "passphrase_needed": translate("Messages", "Cadangan ini terenkripsi; ketik frasa sandinya."),
        "wrong_passphrase": translate(
            "Messages", "Frasa sandi cadangan salah. Lihat lembar pemulihan untuk tempat frasa sandi disimpan."),
        "passphrase_too_short": translate("Messages", "Frasa sandi cadangan terlalu pendek (minimal {n} karakter).")
        .format(n=err.detail or "8"),
        "no_such_file": translate("Messages", "Berkas tidak ditemukan."),
        "no_such_folder": translate("Messages", "Folder tidak ditemukan. Pastikan media terpasang."),
        "no_period_columns": translate(
            "Messages", "Lembar ini tidak memiliki kolom periode (bulan, triwulan, semester atau tahun) yang dapat "
                        "diubah menjadi baris."),
        "unpivot_year_needed": translate(
            "Messages", "Tahun kolom periode tidak diketahui dari judul, nama lembar atau nama berkas. Isi Tahun di "
                        "samping 'Ubah kolom periode menjadi baris'."),
        "bad_year": translate("Messages", "Tahun harus empat angka antara 1900 dan 2100, misalnya 2024."),
        "period_year_needed": translate(
            "Messages", "Tahun periode tidak diketahui. Isi Tahun di samping 'Ubah kolom periode menjadi baris'."),
        # revisions, series by period, the Sampah
        "unknown_dataset": translate("Messages", "Kumpulan Data itu tidak ada lagi. Muat ulang daftar."),
        "unknown_revision": translate("Messages", "Revisi itu tidak ada untuk Kumpulan Data ini."),
        "dataset_in_trash": translate(
            "Messages", "Nama itu masih dipakai Kumpulan Data di Sampah. Pulihkan dari Sampah, atau pilih nama lain."),
        "maker_checker_data": translate(
            "Messages", "Anda tidak dapat menerima kesalahan pemeriksaan pada data yang Anda susun sendiri."),
        "bad_period_text": translate(
            "Messages", "Periode tidak dikenal. Tulis seperti 2024-04 (bulan), 2024-Q1 (triwulan), 2024-S1 (semester) "
                        "atau 2024 (tahun)."),
        "period_wrong_grain": translate("Messages", "Periode itu tidak sesuai frekuensi seri ini."),
        "period_present": translate(
            "Messages", "Data periode itu sudah ada dan sudah diperiksa. Periode itu hanya dapat diubah lewat Buat "
                        "Revisi."),
        "period_validated": translate(
            "Messages", "Baris periode yang sudah tervalidasi tidak diubah di tempat. Buat Revisi untuk "
                        "memperbaikinya."),
        "period_mismatch": translate("Messages", "Ada baris berkas yang menyebut periode lain dari periode yang dipilih."),
        "not_a_series": translate("Messages", "Kumpulan Data ini bukan seri per periode."),
        "series_needs_period_column": translate("Messages", "Seri memerlukan kolom periode; kolom itu tidak dapat "
                                                            "dihapus atau diubah tipenya."),
        "row_without_period": translate("Messages", "Setiap baris seri harus memiliki periode yang dikenal."),
        "ytd_needs_periods": translate("Messages", "Kumulatif tahun berjalan memerlukan kolom periode sebagai baris."),
        "ytd_needs_sum": translate("Messages", "Kumulatif tahun berjalan hanya untuk Jumlah atau Banyaknya."),
        # programmes and activities
        "programme_name_required": translate("Messages", "Nama Program wajib diisi."),
        "activity_name_required": translate("Messages", "Nama Kegiatan wajib diisi."),
        "programme_code_taken": translate("Messages", "Kode Program itu sudah dipakai."),
        "activity_code_taken": translate("Messages", "Kode Kegiatan itu sudah dipakai dalam Program ini."),
        "programme_in_use": translate("Messages", "Program ini masih memiliki Kegiatan; hapus Kegiatannya dahulu."),
        "activity_in_use": translate(
            "Messages", "Kegiatan ini masih dipakai Kumpulan Data atau Agenda Kerja; lepaskan tautannya dahulu."),
        "unknown_programme": translate("Messages", "Program itu tidak ada lagi. Muat ulang daftar."),
        "unknown_activity": translate("Messages", "Kegiatan itu tidak ada lagi. Muat ulang daftar."),
        "unknown_user": translate("Messages", "Penanggung jawab itu bukan pengguna PADI."),
        "programme_columns_missing": translate(
            "Messages", "Lembar kerja harus memiliki kolom Kode dan Nama (Program/Kegiatan); Tahun dan Penanggung "
                        "Jawab boleh ada."),
        "programme_row_incomplete": translate(
            "Messages", "Ada baris tanpa kode atau tanpa nama, atau kegiatan tanpa programnya (rincian: nomor baris)."),
    }
    return texts.get(err.code, translate("Messages", "Tindakan gagal ({code}).").format(code=err.code))


def integrity_text(database_ok: bool, first_bad_id: int | None, reason: str) -> str:
    """What the check at start found, naming the first bad activity-log entry; PADI does not open the data."""
    if not database_ok:
        found = translate("Messages", "Berkas basis data rusak.")
    elif reason == "missing":
        found = translate("Messages", "Entri catatan aktivitas #{id} hilang (dihapus).").format(id=first_bad_id)
    elif reason == "broken_link":
        found = translate("Messages", "Rantai catatan aktivitas terputus pada entri #{id} (entri disisipkan atau "
                                      "diganti).").format(id=first_bad_id)
    elif reason == "altered":
        found = translate("Messages", "Entri catatan aktivitas #{id} telah diubah.").format(id=first_bad_id)
    else:
        found = translate("Messages", "Catatan aktivitas tidak dapat dibaca.")
    return found + " " + translate(
        "Messages", "PADI tidak membuka basis data ini agar tidak ada perubahan di atas data yang rusak. "
                    "Jalankan 'padi check' untuk rinciannya, lalu pulihkan cadangan terverifikasi terakhir "
                    "(tab 8 Arsip atau 'padi restore').")


def refusal_reason(action: Action) -> str:
    """Tooltip of a disabled action: who may take it."""
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
    labels = {
        "draft": translate("States", "Draf"), "checking": translate("States", "Diperiksa"),
        "validated": translate("States", "Tervalidasi"), "processed": translate("States", "Diolah"),
        "presented": translate("States", "Disajikan"), "submitted": translate("States", "Diajukan"),
        "returned": translate("States", "Dikembalikan"), "approved": translate("States", "Disetujui"),
        "published": translate("States", "Diterbitkan"),
    }
    return labels[state.value]


def finding_text(code: str, value: object = None) -> str:
    """What an automatic check found, in words (``value``: the finding's value, for the codes that use it)."""
    if code == "duplicate_key" and isinstance(value, int):
        return translate("Findings", "kunci baris sama dengan baris {row}").format(row=value + 1)
    if code == "total_mismatch" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return translate("Findings", "jumlah tidak sama dengan penjumlahan bagian-bagiannya (seharusnya {value})").format(
            value=formatting.number(value))
    if code == "subtotal_mismatch" and isinstance(value, dict):
        return translate("Findings", "subtotal “{label}” (baris {source} berkas sumber) tertulis {stated}, "
                                     "penjumlahan baris {first}–{last} = {expected}").format(
            label=value.get("label", ""), source=value.get("source_row", "?"),
            stated=_number_text(value.get("stated")), expected=_number_text(value.get("expected")),
            first=value.get("first", "?"), last=value.get("last", "?"))
    if code == "subtotal_without_rows" and isinstance(value, dict):
        return translate("Findings", "baris-baris yang dijumlahkan subtotal “{label}” (baris {source} berkas "
                                     "sumber) tidak ada lagi").format(label=value.get("label", ""),
                                                                     source=value.get("source_row", "?"))
    if code == "missing_period" and value is not None:
        return translate("Findings", "data periode {period} tidak ada").format(period=value)
    if code == "missing_periods_more" and value is not None:
        return translate("Findings", "data {count} periode lain juga tidak ada").format(count=value)
    if code == "large_change" and isinstance(value, str) and ":" in value:
        return translate("Findings", "perubahan dari periode sebelumnya melebihi ambang batas ({change})").format(
            change=value)
    if code == "large_change" and value is not None:
        return translate("Findings", "perubahan dibanding edisi sebelumnya melebihi ambang batas ({change})").format(
            change=value)
    texts = {
        "empty": translate("Findings", "kosong"),
        "not_a_number": translate("Findings", "bukan angka"),
        "not_an_integer": translate("Findings", "bukan bilangan bulat"),
        "percent_out_of_range": translate("Findings", "persen di luar 0–100"),
        "negative": translate("Findings", "bernilai negatif"),
        "bad_period": translate("Findings", "periode tidak dikenal (contoh: 2025-01, 2025-Q1, 2025-S1)"),
        "bad_date": translate("Findings", "tanggal tidak dikenal (contoh: 2025-03-12)"),
        "unknown_code": translate("Findings", "kode tidak ada dalam daftar kode"),
        "duplicate_row": translate("Findings", "baris ganda"),
        "no_rows": translate("Findings", "Kumpulan Data belum berisi baris"),
        "duplicate_key": translate("Findings", "kunci baris ganda"),
        "total_mismatch": translate("Findings", "jumlah tidak sama dengan penjumlahan bagian-bagiannya"),
        "missing_period": translate("Findings", "data suatu periode tidak ada"),
        "missing_periods_more": translate("Findings", "data periode lain juga tidak ada"),
        "large_change": translate("Findings", "perubahan antarperiode melebihi ambang batas"),
        "subtotal_mismatch": translate("Findings", "subtotal berkas sumber tidak sama dengan penjumlahan baris-barisnya"),
        "subtotal_without_rows": translate("Findings", "baris-baris yang dijumlahkan subtotal berkas sumber tidak ada lagi"),
    }
    return texts.get(code, code)


def _number_text(value: object) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formatting.number(value)
    return str(value)


def action_label(action: str) -> str:
    """An activity-log action in words."""
    labels = {
        "office_setup": translate("Actions", "Penyiapan kantor"),
        "office_updated": translate("Actions", "Profil kantor diubah"),
        "user_created": translate("Actions", "Pengguna dibuat"),
        "login": translate("Actions", "Masuk"),
        "logout": translate("Actions", "Keluar"),
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
    }
    return labels.get(action, action)

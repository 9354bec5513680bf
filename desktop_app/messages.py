"""One catalogue of the sentences for the codes PADI's errors carry, for the window and the command line.

It also holds the words for what an automatic check of step 2 found (``FINDINGS``, ``finding``), which the
Validasi tab and ``padi validate`` both show, and the names of the states of datasets and publications
(``STATES``).

Every code a service, the storage or the domain raises (``PadiError.code``) has an entry here. ``text`` is the
sentence in Indonesian, the source of its English translation: the window shows it through
``QCoreApplication.translate("Messages", text)``; this module never imports Qt, so the marker
``QT_TRANSLATE_NOOP`` below only lets ``lupdate`` find the sentences. ``cli`` is the command line's own
wording where a terminal needs one: it names the command's options, or puts the detail in the sentence
(the window shows the detail in a box of its own); without it the command line prints ``text``.
``{detail}`` in a sentence is replaced by the error's detail where that detail is meant for people (a path,
a name); other details stay technical.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.domain import formatting

CONTEXT = "Messages"

#: What an administrator types to restore an archive this office's activity log does not know.
UNKNOWN_BACKUP_WORDS = "PULIHKAN CADANGAN TIDAK DIKENAL"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; the sentence itself is returned unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """The words for one code: ``text`` for every face (translated in the window), ``cli`` the terminal's own."""

    text: str = ""
    cli: str = ""

    @property
    def for_cli(self) -> str:
        return self.cli or self.text


ERRORS: dict[str, Message] = {
    "bad_credentials": Message(QT_TRANSLATE_NOOP("Messages", "Nama pengguna atau kata sandi salah.")),
    "locked": Message(
        QT_TRANSLATE_NOOP("Messages", "Akun dikunci sementara setelah 5 kali gagal masuk; coba lagi setelah pukul "
                                      "{detail}."),
    ),
    "permission": Message(QT_TRANSLATE_NOOP("Messages", "Peran Anda tidak diizinkan melakukan tindakan ini.")),
    "state": Message(QT_TRANSLATE_NOOP("Messages", "Tindakan ini tidak dapat dilakukan pada tahap item saat ini.")),
    "maker_checker": Message(
        QT_TRANSLATE_NOOP("Messages", "Anda tidak dapat menyetujui publikasi yang Anda susun atau ajukan sendiri."),
    ),
    "not_approved": Message(
        QT_TRANSLATE_NOOP("Messages", "Publikasi belum disetujui Kepala Dinas; hanya versi yang disetujui yang dapat "
                                      "diterbitkan."),
    ),
    "content_changed": Message(
        QT_TRANSLATE_NOOP("Messages", "Isi publikasi berubah sejak ditinjau atau disetujui. Muat ulang lalu tinjau "
                                      "kembali; hanya versi yang disetujui yang dapat diterbitkan."),
    ),
    "note_required": Message(QT_TRANSLATE_NOOP("Messages", "Tuliskan minimal satu Catatan Perbaikan sebelum mengembalikan.")),
    "bad_channel": Message(QT_TRANSLATE_NOOP("Messages", "Saluran tidak dikenal: {detail}. Pilih saluran dari daftar.")),
    "date_in_future": Message(QT_TRANSLATE_NOOP("Messages", "Tanggal distribusi tidak boleh setelah hari ini.")),
    "copies_required": Message(QT_TRANSLATE_NOOP("Messages", "Isi jumlah eksemplar yang dicetak (minimal 1).")),
    "copies_only_for_print": Message(QT_TRANSLATE_NOOP("Messages", "Jumlah eksemplar hanya diisi untuk distribusi cetak.")),
    "url_required": Message(
        QT_TRANSLATE_NOOP("Messages", "Isi alamat tautan lengkap yang diawali http:// atau https://."),
        cli="Alamat harus berupa tautan lengkap yang diawali http:// atau https://: {detail}",
    ),
    "recipient_required": Message(QT_TRANSLATE_NOOP("Messages", "Isi kepada siapa publikasi dikirim.")),
    "contact_email_required": Message(
        QT_TRANSLATE_NOOP("Messages", "Isi e-mail kantor (Pengaturan) atau kontak Kumpulan Data; data.json "
                                      "memerlukannya."),
        cli="Alamat e-mail kontak belum ada (isi e-mail kantor atau kontak Kumpulan Data) untuk data.json: {detail}",
    ),
    "checks_not_passed": Message(
        QT_TRANSLATE_NOOP("Messages", "Pemeriksaan terakhir masih menemukan kesalahan. Perbaiki data lalu periksa "
                                      "ulang."),
        cli="Pemeriksaan terakhir masih menemukan kesalahan. Perbaiki data lalu 'padi submit' lagi, atau Kasubag "
            "Program/Sekretaris menerimanya dengan --accept-errors --reason.",
    ),
    "checks_outdated": Message(
        QT_TRANSLATE_NOOP("Messages", "Data berubah setelah pemeriksaan terakhir. Jalankan pemeriksaan lagi."),
        cli="Data berubah setelah pemeriksaan terakhir; jalankan 'padi submit' atau 'padi validate' lagi.",
    ),
    "not_confirmed": Message(
        QT_TRANSLATE_NOOP("Messages", "Catat minimal satu Konfirmasi Data dengan sumbernya terlebih dahulu."),
        cli="Catat minimal satu Konfirmasi Data dengan sumbernya terlebih dahulu ('padi confirm').",
    ),
    "no_errors_to_accept": Message(
        QT_TRANSLATE_NOOP("Messages", "Pemeriksaan terakhir tidak menemukan kesalahan; tidak ada yang perlu diterima."),
    ),
    "unknown_column": Message(
        QT_TRANSLATE_NOOP("Messages", "Kolom itu tidak ada dalam Kumpulan Data ini."),
        cli="Kolom '{detail}' tidak ada dalam Kumpulan Data. Periksa ejaan nama kolom.",
    ),
    "ambiguous_decimal": Message(
        QT_TRANSLATE_NOOP("Messages", "Angka di kolom '{detail}' dapat dibaca dua cara (misalnya 1.250: seribu dua "
                                      "ratus lima puluh, atau satu koma dua lima). Pilih tanda desimalnya di 'Cara baca"
                                      " angka'."),
        cli="Angka di kolom '{detail}' dapat dibaca dua cara (misalnya 1.250: seribu dua ratus lima puluh, atau satu "
            "koma dua lima) dan berkasnya tidak menjelaskan. Sebutkan tanda desimalnya: --decimal , (koma desimal) atau"
            " --decimal . (titik desimal).",
    ),
    "bad_decimal_mark": Message(
        QT_TRANSLATE_NOOP("Messages", "Tanda desimal harus koma (,) atau titik (.)."),
        cli="Tanda desimal harus koma (,) atau titik (.): {detail}",
    ),
    "mixed_encoding": Message(
        QT_TRANSLATE_NOOP("Messages", "Berkas CSV mencampur dua pengodean teks (UTF-8 dan Windows-1252), mulai baris "
                                      "{detail}; huruf seperti é akan terbaca salah. Simpan ulang seluruhnya sebagai "
                                      "CSV UTF-8."),
    ),
    "bad_threshold": Message(QT_TRANSLATE_NOOP("Messages", "Ambang perubahan harus lebih dari 0%.")),
    "addressee_required": Message(QT_TRANSLATE_NOOP("Messages", "Tujuan surat (Kepada Yth.) wajib diisi.")),
    "letter_write_failed": Message(
        QT_TRANSLATE_NOOP("Messages", "Surat tidak dapat disimpan di folder itu. Tutup berkas yang sama bila sedang "
                                      "dibuka, atau pilih folder lain."),
    ),
    "attachment_too_large": Message(QT_TRANSLATE_NOOP("Messages", "Berkas lampiran terlalu besar (maksimal 10 MB).")),
    "no_attachment": Message(QT_TRANSLATE_NOOP("Messages", "Konfirmasi Data ini tidak memiliki lampiran.")),
    "unknown_confirmation": Message(QT_TRANSLATE_NOOP("Messages", "Konfirmasi Data itu tidak ditemukan. Muat ulang daftar.")),
    "dataset_name_taken": Message(
        QT_TRANSLATE_NOOP("Messages", "Nama Kumpulan Data sudah dipakai. Pilih nama lain."),
        cli="Nama Kumpulan Data '{detail}' sudah dipakai. Pilih nama lain.",
    ),
    "dataset_name_required": Message(QT_TRANSLATE_NOOP("Messages", "Nama Kumpulan Data wajib diisi.")),
    "column_name_required": Message(QT_TRANSLATE_NOOP("Messages", "Setiap kolom harus diberi nama.")),
    "duplicate_column": Message(QT_TRANSLATE_NOOP("Messages", "Nama kolom yang sama dipakai lebih dari sekali.")),
    "recap_needs_two": Message(QT_TRANSLATE_NOOP("Messages", "Rekapitulasi memerlukan paling sedikit dua Kumpulan Data.")),
    "columns_differ": Message(
        QT_TRANSLATE_NOOP("Messages", "Kolom Kumpulan Data yang direkap tidak sama. Rincian menyebut kolom yang "
                                      "berbeda."),
        cli="Kolom kumpulan data yang direkap tidak sama: {detail}",
    ),
    "source_required": Message(
        QT_TRANSLATE_NOOP("Messages", "Sumber data wajib diisi."),
        cli="Sumber yang dihubungi wajib diisi (--source, atau isi sumber pada metadata).",
    ),
    "title_required": Message(QT_TRANSLATE_NOOP("Messages", "Judul wajib diisi.")),
    "sections_required": Message(QT_TRANSLATE_NOOP("Messages", "Publikasi harus memiliki minimal satu bagian.")),
    "bad_image": Message(QT_TRANSLATE_NOOP("Messages", "Gambar harus berupa berkas PNG atau JPEG yang utuh.")),
    "image_too_large": Message(QT_TRANSLATE_NOOP("Messages", "Gambar terlalu besar (maksimal 2 MB).")),
    "bad_paper": Message(QT_TRANSLATE_NOOP("Messages", "Ukuran kertas tidak sesuai dengan jenis publikasi.")),
    "richtext_invalid": Message(QT_TRANSLATE_NOOP("Messages", "Format teks bagian tidak dikenali.")),
    "output_name_required": Message(QT_TRANSLATE_NOOP("Messages", "Nama Keluaran wajib diisi.")),
    "reason_required": Message(
        QT_TRANSLATE_NOOP("Messages", "Alasan wajib diisi."),
        cli="Alasan wajib diisi (--reason).",
    ),
    "office_name_required": Message(QT_TRANSLATE_NOOP("Messages", "Nama kantor wajib diisi.")),
    "bad_logo": Message(QT_TRANSLATE_NOOP("Messages", "Logo harus berupa gambar PNG atau JPEG.")),
    "logo_too_large": Message(QT_TRANSLATE_NOOP("Messages", "Logo terlalu besar (maksimal 2 MB).")),
    "username_taken": Message(QT_TRANSLATE_NOOP("Messages", "Nama pengguna sudah dipakai.")),
    "name_required": Message(QT_TRANSLATE_NOOP("Messages", "Nama pengguna dan nama lengkap wajib diisi.")),
    "password_too_short": Message(QT_TRANSLATE_NOOP("Messages", "Kata sandi minimal 8 karakter.")),
    "password_too_long": Message(QT_TRANSLATE_NOOP("Messages", "Kata sandi terlalu panjang (maksimal 256 karakter).")),
    "password_is_username": Message(QT_TRANSLATE_NOOP("Messages", "Kata sandi tidak boleh sama dengan nama pengguna.")),
    "password_only_digits": Message(
        QT_TRANSLATE_NOOP("Messages", "Kata sandi tidak boleh hanya angka (misalnya NIP atau tanggal lahir); tambahkan "
                                      "huruf."),
    ),
    "password_one_character": Message(
        QT_TRANSLATE_NOOP("Messages", "Kata sandi tidak boleh berupa satu karakter yang diulang."),
    ),
    "password_too_common": Message(
        QT_TRANSLATE_NOOP("Messages", "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain."),
    ),
    "password_unchanged": Message(QT_TRANSLATE_NOOP("Messages", "Kata sandi baru harus berbeda dari kata sandi lama.")),
    "passwords_differ": Message(QT_TRANSLATE_NOOP("Messages", "Kedua isian kata sandi baru tidak sama.")),
    "not_sample_database": Message(
        QT_TRANSLATE_NOOP("Messages", "Basis data ini bukan basis data contoh, jadi tidak dimulai ulang: pekerjaan "
                                      "kantor tidak pernah dihapus."),
    ),
    "database_in_use": Message(
        QT_TRANSLATE_NOOP("Messages", "Basis data ini sedang dibuka oleh PADI lain (di komputer ini atau lewat "
                                      "jaringan). Tutup PADI yang lain itu terlebih dahulu."),
    ),
    "backup_unknown": Message(
        QT_TRANSLATE_NOOP("Messages", "Cadangan ini tidak tercatat di Catatan Aktivitas kantor ini, sehingga isinya "
                                      "tidak dapat dipastikan milik kantor ini. Pemulihan dibatalkan."),
        cli="Cadangan ini tidak tercatat di catatan aktivitas basis data kantor ini (SHA-256 {detail}): bukan dibuat "
            "atau dipulihkan di sini, atau basis datanya hilang. Isinya tidak dapat dipastikan milik kantor ini. Bila "
            f'Anda yakin, ulangi dengan --accept-unknown "{UNKNOWN_BACKUP_WORDS}".',
    ),
    "confirmation_mismatch": Message(
        QT_TRANSLATE_NOOP("Messages", "Kata konfirmasi tidak cocok; pemulihan dibatalkan."),
        cli='Kata konfirmasi tidak cocok; ketik persis: "{detail}".',
    ),
    "database_in_use_by": Message(
        QT_TRANSLATE_NOOP("Messages", "Basis data ini sedang dibuka oleh PADI lain: {detail}. Tutup PADI itu atau "
                                      "tunggu sampai pekerjaannya selesai, lalu ulangi."),
    ),
    "export_write_failed": Message(
        QT_TRANSLATE_NOOP("Messages", "Berkas tidak dapat ditulis ke tujuan itu (media rusak atau dicabut). Berkas lama"
                                      " tetap utuh; coba folder lain."),
    ),
    "cannot_deactivate_self": Message(QT_TRANSLATE_NOOP("Messages", "Anda tidak dapat menonaktifkan akun Anda sendiri.")),
    "delegation_dates": Message(QT_TRANSLATE_NOOP("Messages", "Tanggal selesai harus sesudah tanggal mulai.")),
    "not_a_number": Message(QT_TRANSLATE_NOOP("Messages", "Nilai harus berupa angka.")),
    "no_space": Message(
        QT_TRANSLATE_NOOP("Messages", "Ruang kosong pada media tujuan tidak cukup. Kosongkan ruang atau pilih media "
                                      "lain."),
    ),
    "target_missing": Message(
        QT_TRANSLATE_NOOP("Messages", "Folder tujuan tidak ditemukan. Pastikan flash disk terpasang."),
        cli="Folder tujuan tidak ditemukan: {detail}. Pastikan flash disk terpasang.",
    ),
    "bad_office_hours": Message(
        QT_TRANSLATE_NOOP("Messages", "Jam kerja tidak masuk akal: jam mulai harus sebelum jam selesai, istirahat di "
                                      "dalam jam kerja, dan minimal satu hari kerja."),
    ),
    "bad_holiday": Message(QT_TRANSLATE_NOOP("Messages", "Tanggal hari libur tidak dapat dibaca. Tulis sebagai TTTT-BB-HH.")),
    "bad_backup_warn_days": Message(QT_TRANSLATE_NOOP("Messages", "Batas peringatan cadangan harus 1 sampai 365 hari.")),
    "unknown_employee": Message(
        QT_TRANSLATE_NOOP("Messages", "Pegawai itu tidak dikenal."),
        cli="Pegawai '{detail}' tidak dikenal. Pakai nama pengguna atau nama lengkapnya.",
    ),
    "employee_required": Message(
        QT_TRANSLATE_NOOP("Messages", "Bahan e-Kinerja dibuat per pegawai: pilih pegawainya."),
        cli="Bahan e-Kinerja dibuat per pegawai: sebutkan pegawainya (--employee).",
    ),
    "bad_timing_rules": Message(
        QT_TRANSLATE_NOOP("Messages", "Pengaturan waktu kerja tidak masuk akal: jeda karena tidak aktif 1 sampai 60 "
                                      "menit, batas waktu tunggu 1 sampai 60 hari kerja untuk setiap langkah."),
        cli="Pengaturan waktu kerja tidak masuk akal: {detail}",
    ),
    "bad_period": Message(
        QT_TRANSLATE_NOOP("Messages", "Tanggal akhir periode lebih awal dari tanggal awalnya."),
        cli="Tanggal akhir periode lebih awal dari tanggal awalnya ({detail}).",
    ),
    "target_not_writable": Message(QT_TRANSLATE_NOOP(
        "Messages", "Tujuan tidak dapat ditulisi: foldernya terkunci, atau berkas yang sama sedang dibuka di program "
                    "lain. Tutup berkas itu atau pilih folder lain.")),
    "write_failed": Message(
        QT_TRANSLATE_NOOP("Messages", "Penulisan ke media gagal. Cadangan lama tetap utuh; coba media lain."),
    ),
    "verify_failed": Message(
        QT_TRANSLATE_NOOP("Messages", "Cadangan tidak lolos verifikasi dan tidak disimpan. Coba media lain."),
    ),
    "source_unreadable": Message(QT_TRANSLATE_NOOP("Messages", "Basis data tidak dapat dibaca untuk dicadangkan.")),
    "backup_corrupt": Message(
        QT_TRANSLATE_NOOP("Messages", "Cadangan ini rusak atau tidak lengkap, sehingga ditolak. Basis data sekarang "
                                      "tidak diubah; pilih cadangan lain."),
    ),
    "schema_too_new": Message(
        QT_TRANSLATE_NOOP("Messages", "Cadangan atau basis data ini dibuat oleh versi PADI yang lebih baru. Perbarui "
                                      "PADI lalu ulangi."),
    ),
    "passphrase_needed": Message(
        QT_TRANSLATE_NOOP("Messages", "Cadangan ini terenkripsi; ketik frasa sandinya."),
        cli="Cadangan ini terenkripsi: berikan frasa sandinya dengan --passphrase-file, variabel lingkungan "
            "PADI_BACKUP_PASSPHRASE, atau jalankan di terminal agar ditanyakan.",
    ),
    "wrong_passphrase": Message(
        QT_TRANSLATE_NOOP("Messages", "Frasa sandi cadangan salah. Lihat lembar pemulihan untuk tempat frasa sandi "
                                      "disimpan."),
    ),
    "passphrase_too_short": Message(
        QT_TRANSLATE_NOOP("Messages", "Frasa sandi cadangan terlalu pendek (minimal {detail} karakter)."),
        cli="Frasa sandi cadangan terlalu pendek; pakai paling sedikit {detail} karakter.",
    ),
    "no_such_file": Message(
        QT_TRANSLATE_NOOP("Messages", "Berkas tidak ditemukan."),
        cli="Berkas tidak ditemukan: {detail}",
    ),
    "record_unsound": Message(
        QT_TRANSLATE_NOOP("Messages", "Pemeriksaan basis data menemukan masalah; penerbitan, pencetakan dan lembar "
                                      "persetujuan ditolak sampai masalah itu diselesaikan. Jalankan 'padi check' untuk"
                                      " rinciannya, lalu pulihkan cadangan terverifikasi terakhir bila perlu."),
    ),
    "anchor_write_failed": Message(
        QT_TRANSLATE_NOOP("Messages", "Berkas jangkar Catatan Aktivitas di samping basis data tidak dapat ditulis; "
                                      "perubahan dibatalkan. Pastikan folder basis data dapat ditulisi dan disknya "
                                      "tidak penuh, lalu coba lagi."),
        cli="Berkas jangkar catatan aktivitas di samping basis data tidak dapat ditulis ({detail}); perubahan "
            "dibatalkan. Pastikan folder basis data dapat ditulisi dan disknya tidak penuh.",
    ),
    "no_such_folder": Message(
        QT_TRANSLATE_NOOP("Messages", "Folder tidak ditemukan. Pastikan media terpasang."),
        cli="Folder tidak ditemukan: {detail}",
    ),
    "no_period_columns": Message(
        QT_TRANSLATE_NOOP("Messages", "Lembar ini tidak memiliki kolom periode (bulan, triwulan, semester atau tahun) "
                                      "yang dapat diubah menjadi baris."),
        cli="Lembar '{detail}' tidak memiliki kolom periode (bulan, triwulan, semester atau tahun) yang dapat diubah "
            "menjadi baris.",
    ),
    "unpivot_year_needed": Message(
        QT_TRANSLATE_NOOP("Messages", "Tahun kolom periode tidak diketahui dari judul, nama lembar atau nama berkas. "
                                      "Isi Tahun di samping 'Ubah kolom periode menjadi baris'."),
        cli="Tahun kolom periode lembar '{detail}' tidak diketahui dari judul, nama lembar atau nama berkas; berikan "
            "dengan --year TTTT, misalnya --year 2024.",
    ),
    "bad_year": Message(
        QT_TRANSLATE_NOOP("Messages", "Tahun harus empat angka antara 1900 dan 2100, misalnya 2024."),
        cli="Tahun tidak dapat dipakai: {detail}. Tulis empat angka antara 1900 dan 2100, misalnya 2024.",
    ),
    "period_year_needed": Message(
        QT_TRANSLATE_NOOP("Messages", "Tahun periode tidak diketahui. Isi Tahun di samping 'Ubah kolom periode menjadi "
                                      "baris'."),
        cli="Tahun periode tidak diketahui; berikan dengan --year TTTT, misalnya --year 2024.",
    ),
    "permission_fixed": Message(
        QT_TRANSLATE_NOOP("Messages", "Hak akses ini ditetapkan aturan kantor (pembuat-pemeriksa, persetujuan oleh "
                                      "Kepala Dinas, tugas administrator) dan tidak dapat diubah."),
        cli="Hak akses {detail} ditetapkan aturan kantor (pembuat-pemeriksa, persetujuan oleh Kepala Dinas, tugas "
            "administrator) dan tidak dapat diubah.",
    ),
    "bad_permissions": Message(
        QT_TRANSLATE_NOOP("Messages", "Matriks hak akses tidak lengkap atau tidak dikenal."),
        cli="Matriks hak akses tidak lengkap atau tidak dikenal ({detail}).",
    ),
    "bad_letter_format": Message(
        QT_TRANSLATE_NOOP("Messages", "Format nomor surat harus memuat {nomor} dan {tahun} (boleh juga {bulan} dan "
                                      "{kantor}), tanpa kurung kurawal lain, paling panjang 80 karakter."),
    ),
    "no_signer": Message(
        QT_TRANSLATE_NOOP("Messages", "Belum ada penanda tangan: isi nama Kepala Dinas di Profil Kantor, atau aktifkan "
                                      "pengguna Sekretaris untuk menandatangani atas nama Kepala."),
    ),
    "target_is_database": Message(
        QT_TRANSLATE_NOOP("Messages", "Tujuan itu adalah basis data PADI atau berkas pendampingnya dan tidak pernah "
                                      "ditimpa. Pilih nama berkas lain."),
        cli="Tujuan itu adalah basis data PADI atau berkas pendampingnya (-wal, -shm, .lock) dan tidak pernah ditimpa: "
            "{detail}. Pilih nama berkas lain.",
    ),
    "target_is_backup": Message(
        QT_TRANSLATE_NOOP("Messages", "Tujuan itu adalah berkas cadangan PADI dan tidak pernah ditimpa. Pilih nama "
                                      "berkas lain."),
        cli="Tujuan itu adalah berkas cadangan PADI dan tidak pernah ditimpa: {detail}. Pilih nama berkas lain.",
    ),
    "target_not_padi": Message(
        QT_TRANSLATE_NOOP("Messages", "Berkas itu sudah ada dan bukan keluaran PADI (atau sudah diubah sejak ditulis "
                                      "PADI), jadi tidak akan ditimpa. Pilih nama lain atau pindahkan berkas itu dulu."),
        cli="Berkas itu sudah ada dan bukan keluaran PADI (atau sudah diubah sejak ditulis PADI), jadi tidak akan "
            "ditimpa: {detail}. Pilih nama lain atau pindahkan berkas itu dulu.",
    ),
    "target_exists": Message(
        QT_TRANSLATE_NOOP("Messages", "Berkas keluaran PADI sebelumnya dengan nama itu sudah ada. Pilih nama lain."),
        cli="Berkas keluaran PADI sebelumnya sudah ada: {detail}. Tambahkan --force untuk menggantinya, atau pilih nama"
            " lain.",
    ),
    "target_is_folder": Message(
        QT_TRANSLATE_NOOP("Messages", "Tujuan itu adalah sebuah folder. Ketik nama berkas."),
        cli="Tujuan ekspor adalah sebuah folder, bukan nama berkas: {detail}",
    ),
    "target_not_empty": Message(
        QT_TRANSLATE_NOOP("Messages", "Folder itu berisi berkas lain dan bukan folder PADI sebelumnya. Pilih folder "
                                      "kosong."),
        cli="Folder tujuan berisi berkas lain dan tidak akan ditimpa: {detail}. Pilih folder kosong atau folder Katalog"
            " Data PADI sebelumnya.",
    ),
    "target_not_folder": Message(
        QT_TRANSLATE_NOOP("Messages", "Tujuan itu adalah sebuah berkas, bukan folder."),
        cli="Tujuan katalog adalah sebuah berkas, bukan folder: {detail}",
    ),
    "bad_file_name": Message(
        QT_TRANSLATE_NOOP("Messages", "Nama berkas berisi karakter kendali yang tidak diizinkan."),
        cli="Nama berkas atau folder berisi karakter kendali (tak terlihat) yang tidak diizinkan: {detail}",
    ),
    "name_too_long": Message(
        QT_TRANSLATE_NOOP("Messages", "Nama berkas atau folder terlalu panjang. Pilih nama yang lebih pendek."),
        cli="Nama berkas atau folder terlalu panjang untuk sistem berkas (paling banyak 255 bita per bagian): {detail}",
    ),
    "path_unusable": Message(
        QT_TRANSLATE_NOOP("Messages", "Berkas atau folder itu tidak dapat dipakai. Pilih yang lain."),
        cli="Berkas atau folder itu tidak dapat dipakai: {detail}",
    ),
    "file_is_folder": Message(
        QT_TRANSLATE_NOOP("Messages", "Yang dipilih adalah sebuah folder, bukan berkas."),
        cli="Yang diberikan adalah sebuah folder, bukan berkas: {detail}",
    ),
    "file_not_regular": Message(
        QT_TRANSLATE_NOOP("Messages", "Yang dipilih bukan berkas biasa sehingga tidak dibaca."),
        cli="Yang diberikan bukan berkas biasa (misalnya pipa atau perangkat) sehingga tidak dibaca: {detail}",
    ),
    "dataset_name_too_long": Message(
        QT_TRANSLATE_NOOP("Messages", "Nama Kumpulan Data terlalu panjang; paling banyak 200 karakter."),
    ),
    "name_has_control_characters": Message(
        QT_TRANSLATE_NOOP("Messages", "Nama berisi karakter kendali (tak terlihat) yang tidak diizinkan; ketik ulang "
                                      "namanya."),
    ),
    "date_out_of_range": Message(
        QT_TRANSLATE_NOOP("Messages", "Tanggal di luar rentang yang dapat dilaporkan (tahun 1900 sampai 2199)."),
        cli="Tanggal di luar rentang yang dapat dilaporkan (tahun 1900 sampai 2199): {detail}",
    ),
    "password_change_required": Message(
        QT_TRANSLATE_NOOP("Messages", "Kata sandi Anda diatur ulang administrator dan harus diganti sebelum bekerja."),
        cli="Kata sandi Anda diatur ulang administrator dan harus diganti sebelum bekerja: jalankan 'padi passwd --user"
            " NAMA' (kata sandi baru dari PADI_NEW_PASSWORD atau ditanyakan).",
    ),
    "report_self_only": Message(
        QT_TRANSLATE_NOOP("Messages", "Staf hanya dapat mencetak Laporan Pelaksanaan untuk dirinya sendiri."),
        cli="Staf hanya dapat mencetak Laporan Pelaksanaan untuk dirinya sendiri; pakai --employee dengan nama pengguna"
            " Anda.",
    ),
    "kepala_confirms": Message(
        QT_TRANSLATE_NOOP("Messages", "Hanya Kepala Dinas yang dapat mengonfirmasi atau menolak perubahan peran."),
    ),
    "no_such_request": Message(
        QT_TRANSLATE_NOOP("Messages", "Permintaan perubahan peran itu tidak ada atau sudah diputuskan."),
    ),
    "role_unchanged": Message(QT_TRANSLATE_NOOP("Messages", "Peran dan status administrator pengguna itu tidak berubah.")),
    "changed_elsewhere": Message(
        QT_TRANSLATE_NOOP("Messages", "Item ini diubah oleh {name} pada {time} sejak Anda membukanya; muat ulang, lalu "
                                      "ulangi perubahan Anda. Isian Anda di layar belum hilang."),
        cli="Item ini diubah oleh {name} pada {time} sejak Anda membukanya; muat ulang, lalu ulangi perubahan Anda.",
    ),
    "restore_on_server": Message(
        QT_TRANSLATE_NOOP("Messages", "Kantor di server tidak dipulihkan di atas datanya sendiri (catatan aktivitasnya "
                                      "tidak pernah ditimpa). Pulihkan ke basis data server yang kosong dengan 'padi "
                                      "restore', lalu arahkan semua PC ke sana."),
        cli="Kantor di server tidak dipulihkan di atas datanya sendiri (catatan aktivitasnya tidak pernah ditimpa). "
            "Pulihkan ke basis data server yang kosong dengan 'padi restore CADANGAN --db postgresql://…', lalu arahkan"
            " semua PC ke sana.",
    ),
    "server_unreachable": Message(
        QT_TRANSLATE_NOOP("Messages", "Server basis data tidak dapat dihubungi; perubahan ini TIDAK tersimpan. "
                                      "Pekerjaan Anda di layar tetap ada: periksa jaringan, lalu coba lagi."),
        cli="Server basis data tidak dapat dihubungi ({detail}); perubahan ini TIDAK tersimpan. Periksa jaringan dan "
            "server, lalu coba lagi.",
    ),
    "server_commit_unknown": Message(
        QT_TRANSLATE_NOOP("Messages", "Sambungan ke server putus tepat saat menyimpan, dan server belum dapat ditanya "
                                      "apakah perubahan tersimpan. Periksa item itu setelah server kembali sebelum "
                                      "mengulanginya."),
        cli="Sambungan ke server basis data putus tepat saat menyimpan, dan server belum dapat ditanya apakah perubahan"
            " tersimpan. Periksa item itu (dan 'padi check') sebelum mengulanginya.",
    ),
    "server_login_failed": Message(
        QT_TRANSLATE_NOOP("Messages", "Server basis data menolak masuk: nama pengguna atau kata sandi basis data salah."),
        cli="Server basis data menolak masuk: nama pengguna atau kata sandi basis data salah (PADI_DB_PASSWORD atau "
            "brankas kata sandi sistem).",
    ),
    "server_no_database": Message(
        QT_TRANSLATE_NOOP("Messages", "Basis data dengan nama itu tidak ada di server."),
        cli="Basis data itu tidak ada di server: {detail}. Buat dulu sesuai README.",
    ),
    "db_url_invalid": Message(
        QT_TRANSLATE_NOOP("Messages", "Alamat server basis data tidak lengkap atau tidak dapat dipakai."),
        cli="Alamat basis data server tidak dapat dipakai: {detail}. Tulis postgresql://pengguna@host:port/nama (boleh "
            "diikuti ?sslmode=require).",
    ),
    "db_password_in_url": Message(
        QT_TRANSLATE_NOOP("Messages", "Kata sandi basis data tidak disimpan di pengaturan; isi di kolom Kata Sandi."),
        cli="Kata sandi basis data tidak boleh ditulis di alamatnya (baris perintah atau pengaturan); berikan lewat "
            "PADI_DB_PASSWORD atau brankas kata sandi sistem.",
    ),
    "database_busy": Message(
        QT_TRANSLATE_NOOP("Messages", "Basis data sedang dipakai komputer lain terlalu lama; tidak ada yang diubah. "
                                      "Coba lagi sebentar lagi."),
    ),
    "not_padi_database": Message(
        QT_TRANSLATE_NOOP("Messages", "Basis data ini bukan basis data PADI dan tidak akan diubah."),
        cli="Berkas ini bukan basis data PADI: {detail}",
    ),
    "target_database_not_empty": Message(
        QT_TRANSLATE_NOOP("Messages", "Basis data tujuan sudah berisi data dan tidak akan ditimpa. Pilih basis data "
                                      "yang kosong."),
        cli="Basis data tujuan sudah berisi data dan tidak akan ditimpa: {detail}. Pilih berkas baru atau basis data "
            "server yang kosong.",
    ),
    "migrate_same_database": Message(
        QT_TRANSLATE_NOOP("Messages", "Sumber dan tujuan pemindahan adalah basis data yang sama."),
        cli="Sumber dan tujuan adalah basis data yang sama: {detail}",
    ),
    "transfer_mismatch": Message(
        QT_TRANSLATE_NOOP("Messages", "Salinan tidak sama dengan sumbernya; pemindahan dianggap gagal. Basis data "
                                      "sumber tidak berubah."),
        cli="Salinan tidak sama dengan sumbernya ({detail}); pemindahan dianggap gagal. Basis data sumber tidak "
            "berubah.",
    ),
    "schema_outdated": Message(
        QT_TRANSLATE_NOOP("Messages", "Basis data sumber memakai susunan versi PADI yang lebih lama; buka sekali dengan"
                                      " PADI, lalu ulangi."),
        cli="Basis data ini memakai susunan versi PADI yang lebih lama; buka sekali dengan PADI agar diperbarui, lalu "
            "periksa lagi.",
    ),
    "unknown_dataset": Message(
        QT_TRANSLATE_NOOP("Messages", "Kumpulan Data itu tidak ada lagi. Muat ulang daftar."),
        cli="Kumpulan Data '{detail}' tidak ada.",
    ),
    "unknown_revision": Message(
        QT_TRANSLATE_NOOP("Messages", "Revisi itu tidak ada untuk Kumpulan Data ini."),
        cli="Revisi {detail} tidak ada untuk Kumpulan Data ini (lihat 'padi list revisions').",
    ),
    "dataset_in_trash": Message(
        QT_TRANSLATE_NOOP("Messages", "Nama itu masih dipakai Kumpulan Data di Sampah. Pulihkan dari Sampah, atau pilih"
                                      " nama lain."),
        cli="Nama '{detail}' masih dipakai Kumpulan Data di Sampah; pulihkan atau tunggu sampai dihapus permanen (30 "
            "hari), atau pilih nama lain.",
    ),
    "maker_checker_data": Message(
        QT_TRANSLATE_NOOP("Messages", "Anda tidak dapat menerima kesalahan pemeriksaan pada data yang Anda susun "
                                      "sendiri."),
    ),
    "bad_period_text": Message(
        QT_TRANSLATE_NOOP("Messages", "Periode tidak dikenal. Tulis seperti 2024-04 (bulan), 2024-Q1 (triwulan), "
                                      "2024-S1 (semester) atau 2024 (tahun)."),
        cli="Periode tidak dikenal: {detail}. Tulis seperti 2024-04 (bulan), 2024-Q1 (triwulan), 2024-S1 (semester) "
            "atau 2024 (tahun).",
    ),
    "period_wrong_grain": Message(
        QT_TRANSLATE_NOOP("Messages", "Periode itu tidak sesuai frekuensi seri ini."),
        cli="Periode itu tidak sesuai frekuensi seri ({detail}).",
    ),
    "period_present": Message(
        QT_TRANSLATE_NOOP("Messages", "Data periode itu sudah ada dan sudah diperiksa. Periode itu hanya dapat diubah "
                                      "lewat Buat Revisi."),
        cli="Data periode {detail} sudah ada dan sudah diperiksa; periode itu hanya dapat diubah lewat revisi baru "
            "('padi revise').",
    ),
    "period_validated": Message(
        QT_TRANSLATE_NOOP("Messages", "Baris periode yang sudah tervalidasi tidak diubah di tempat. Buat Revisi untuk "
                                      "memperbaikinya."),
        cli="Baris periode {detail} sudah tervalidasi dan tidak diubah di tempat; buat revisi baru untuk "
            "memperbaikinya.",
    ),
    "period_mismatch": Message(
        QT_TRANSLATE_NOOP("Messages", "Ada baris berkas yang menyebut periode lain dari periode yang dipilih."),
        cli="Baris berkas menyebut periode lain dari --period (baris {detail}).",
    ),
    "not_a_series": Message(
        QT_TRANSLATE_NOOP("Messages", "Kumpulan Data ini bukan seri per periode."),
        cli="Kumpulan Data '{detail}' bukan seri per periode; impor tanpa --period, atau buat seri baru dengan nama "
            "lain.",
    ),
    "series_needs_period_column": Message(
        QT_TRANSLATE_NOOP("Messages", "Seri memerlukan kolom periode; kolom itu tidak dapat dihapus atau diubah "
                                      "tipenya."),
        cli="Seri '{detail}' memerlukan kolom periode.",
    ),
    "row_without_period": Message(
        QT_TRANSLATE_NOOP("Messages", "Setiap baris seri harus memiliki periode yang dikenal."),
        cli="Ada baris tanpa periode yang dikenal ({detail}); setiap baris seri harus memiliki periode.",
    ),
    "ytd_needs_periods": Message(
        QT_TRANSLATE_NOOP("Messages", "Kumulatif tahun berjalan memerlukan kolom periode sebagai baris."),
        cli="Kumulatif tahun berjalan memerlukan kolom periode sebagai baris (kolom '{detail}').",
    ),
    "ytd_needs_sum": Message(
        QT_TRANSLATE_NOOP("Messages", "Kumulatif tahun berjalan hanya untuk Jumlah atau Banyaknya."),
        cli="Kumulatif tahun berjalan hanya untuk jumlah (sum) atau banyaknya (count).",
    ),
    "programme_name_required": Message(QT_TRANSLATE_NOOP("Messages", "Nama Program wajib diisi.")),
    "activity_name_required": Message(QT_TRANSLATE_NOOP("Messages", "Nama Kegiatan wajib diisi.")),
    "programme_code_taken": Message(
        QT_TRANSLATE_NOOP("Messages", "Kode Program itu sudah dipakai."),
        cli="Kode Program '{detail}' sudah dipakai.",
    ),
    "activity_code_taken": Message(
        QT_TRANSLATE_NOOP("Messages", "Kode Kegiatan itu sudah dipakai dalam Program ini."),
        cli="Kode Kegiatan '{detail}' sudah dipakai dalam Program ini.",
    ),
    "programme_in_use": Message(
        QT_TRANSLATE_NOOP("Messages", "Program ini masih memiliki Kegiatan; hapus Kegiatannya dahulu."),
        cli="Program {detail} masih memiliki Kegiatan; hapus Kegiatannya dahulu.",
    ),
    "activity_in_use": Message(
        QT_TRANSLATE_NOOP("Messages", "Kegiatan ini masih dipakai Kumpulan Data atau Agenda Kerja; lepaskan tautannya "
                                      "dahulu."),
        cli="Kegiatan {detail} masih dipakai Kumpulan Data atau Agenda Kerja; lepaskan tautannya dahulu.",
    ),
    "unknown_programme": Message(
        QT_TRANSLATE_NOOP("Messages", "Program itu tidak ada lagi. Muat ulang daftar."),
        cli="Program dengan nomor {detail} tidak ada.",
    ),
    "unknown_activity": Message(
        QT_TRANSLATE_NOOP("Messages", "Kegiatan itu tidak ada lagi. Muat ulang daftar."),
        cli="Kegiatan dengan nomor {detail} tidak ada.",
    ),
    "unknown_user": Message(QT_TRANSLATE_NOOP("Messages", "Pengguna tidak dikenal.")),
    "programme_columns_missing": Message(
        QT_TRANSLATE_NOOP("Messages", "Lembar kerja harus memiliki kolom Kode dan Nama (Program/Kegiatan); Tahun dan "
                                      "Penanggung Jawab boleh ada."),
        cli="Lembar kerja harus memiliki kolom Kode dan Nama (Program/Kegiatan); Tahun dan Penanggung Jawab boleh ada. "
            "Kolom yang ada: {detail}",
    ),
    "programme_row_incomplete": Message(
        QT_TRANSLATE_NOOP("Messages", "Ada baris tanpa kode atau tanpa nama, atau kegiatan tanpa programnya (rincian: "
                                      "nomor baris)."),
        cli="Baris {detail}: kode atau nama kosong, atau kegiatan tanpa programnya.",
    ),
    "already_set_up": Message(QT_TRANSLATE_NOOP("Messages", "Profil kantor dan administrator pertama sudah dibuat.")),
    "bad_access_level": Message(QT_TRANSLATE_NOOP("Messages", "Tingkat akses Kumpulan Data tidak dikenal: {detail}.")),
    "bad_aggregate": Message(QT_TRANSLATE_NOOP("Messages", "Cara meringkas nilai tidak dikenal: {detail}.")),
    "bad_chart_choice": Message(
        QT_TRANSLATE_NOOP("Messages", "Pilihan grafik tidak dapat dipakai; pilih jenis dan kolom grafik lagi."),
    ),
    "bad_column_type": Message(QT_TRANSLATE_NOOP("Messages", "Tipe kolom tidak dikenal: {detail}.")),
    "bad_date": Message(
        QT_TRANSLATE_NOOP("Messages", "Tanggal tidak dapat dibaca: {detail}. Tulis sebagai TTTT-BB-HH, misalnya "
                                      "2026-11-30."),
    ),
    "bad_filter": Message(QT_TRANSLATE_NOOP("Messages", "Penyaring tidak dikenal: {detail}. Pakai =, !=, in, >= atau <=.")),
    "bad_format": Message(
        QT_TRANSLATE_NOOP("Messages", "Jenis berkas tujuan tidak dapat dipakai di sini: {detail}. Pilih akhiran berkas "
                                      "yang ditawarkan."),
    ),
    "bad_grain": Message(
        QT_TRANSLATE_NOOP("Messages", "Satuan periode tidak dikenal: {detail}."),
        cli="Satuan periode tidak dikenal: {detail}. Pilih month, quarter, semester atau year.",
    ),
    "bad_header_row": Message(
        QT_TRANSLATE_NOOP("Messages", "Baris judul kolom {detail} tidak ada atau kosong. Pilih baris yang berisi nama "
                                      "kolom."),
    ),
    "bad_idle_minutes": Message(
        QT_TRANSLATE_NOOP("Messages", "Batas waktu kunci layar di luar rentang yang diizinkan ({detail} menit)."),
    ),
    "bad_kind": Message(QT_TRANSLATE_NOOP("Messages", "Jenis publikasi tidak dikenal: {detail}.")),
    "bad_letter_sequence": Message(QT_TRANSLATE_NOOP("Messages", "Nomor urut surat harus 1 atau lebih (tertulis {detail}).")),
    "bad_object_type": Message(QT_TRANSLATE_NOOP("Messages", "Jenis item tidak dikenal: {detail}.")),
    "bad_outcome": Message(QT_TRANSLATE_NOOP("Messages", "Hasil konfirmasi tidak dikenal: {detail}.")),
    "change_needs_periods": Message(
        QT_TRANSLATE_NOOP("Messages", "Perubahan antarperiode memerlukan kolom periode sebagai baris (kolom "
                                      "'{detail}')."),
    ),
    "chart_size_too_small": Message(
        QT_TRANSLATE_NOOP("Messages", "Ukuran grafik terlalu kecil ({detail} piksel); paling sedikit 50 × 50 piksel."),
    ),
    "column_type_mismatch": Message(
        QT_TRANSLATE_NOOP("Messages", "Kolom '{detail}' berisi angka di Kumpulan Data, tetapi bukan angka di berkas."),
    ),
    "empty": Message(QT_TRANSLATE_NOOP("Messages", "Tidak ada baris data yang dapat diimpor.")),
    "encrypted": Message(
        QT_TRANSLATE_NOOP("Messages", "Buku kerja ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu "
                                      "impor lagi."),
    ),
    "file_missing": Message(QT_TRANSLATE_NOOP("Messages", "Berkas tidak ditemukan: {detail}")),
    "grain_too_fine": Message(
        QT_TRANSLATE_NOOP("Messages", "Periode tidak dapat dipecah menjadi satuan yang lebih kecil: {detail}"),
    ),
    "inactive_user": Message(QT_TRANSLATE_NOOP("Messages", "Pengguna {detail} tidak aktif; pilih pengguna yang aktif.")),
    "kdf_limits": Message(
        QT_TRANSLATE_NOOP("Messages", "Parameter kunci enkripsi cadangan melebihi yang pernah ditulis PADI (berkas "
                                      "rusak atau disusun orang); cadangan ditolak."),
    ),
    "mixed_periods": Message(
        QT_TRANSLATE_NOOP("Messages", "Periode awal dan akhir harus berjenis sama (bulan, triwulan, semester atau "
                                      "tahun): {detail}."),
    ),
    "no_matching_columns": Message(
        QT_TRANSLATE_NOOP("Messages", "Tidak ada kolom berkas yang cocok dengan kolom Kumpulan Data '{detail}'."),
    ),
    "no_such_database": Message(QT_TRANSLATE_NOOP("Messages", "Berkas basis data tidak ditemukan: {detail}")),
    "no_value_column": Message(QT_TRANSLATE_NOOP("Messages", "Tabel '{detail}' tidak memiliki kolom angka untuk digambar.")),
    "not_a_spreadsheet": Message(
        QT_TRANSLATE_NOOP("Messages", "Berkas ini bukan lembar kerja yang dapat dibaca (xlsx, xls, ods, csv atau json):"
                                      " {detail}"),
    ),
    "not_encrypted": Message(QT_TRANSLATE_NOOP("Messages", "Berkas ini bukan cadangan terenkripsi PADI.")),
    "not_logged_in": Message(
        QT_TRANSLATE_NOOP("Messages", "Masuk dengan nama pengguna Anda terlebih dahulu."),
        cli="Perintah ini harus dijalankan atas nama pengguna (--user NAMA).",
    ),
    "not_numeric": Message(
        QT_TRANSLATE_NOOP("Messages", "Kolom '{detail}' bukan kolom angka; pilih kolom angka sebagai nilai atau hitung "
                                      "Banyaknya."),
        cli="Kolom '{detail}' bukan kolom angka; pilih kolom angka sebagai nilai atau pakai --agg count.",
    ),
    "not_set_up": Message(QT_TRANSLATE_NOOP("Messages", "Basis data belum disiapkan; buka PADI untuk mengisi profil kantor.")),
    "pie_negative_value": Message(
        QT_TRANSLATE_NOOP("Messages", "Grafik lingkaran tidak dapat menggambar nilai negatif ('{detail}'); pilih grafik"
                                      " batang."),
    ),
    "pie_one_series": Message(
        QT_TRANSLATE_NOOP("Messages", "Grafik lingkaran hanya menggambar satu seri nilai; pilih satu kolom nilai atau "
                                      "grafik batang."),
    ),
    "recap_empty": Message(QT_TRANSLATE_NOOP("Messages", "Pilih Kumpulan Data yang akan direkap.")),
    "row_too_wide": Message(
        QT_TRANSLATE_NOOP("Messages", "Ada baris dengan lebih banyak sel ({detail}) daripada kolom Kumpulan Data."),
    ),
    "rows_required": Message(QT_TRANSLATE_NOOP("Messages", "Pilih paling sedikit satu kolom sebagai baris tabulasi.")),
    "tampered": Message(
        QT_TRANSLATE_NOOP("Messages", "Isi terenkripsi cadangan telah berubah (rusak atau diubah); cadangan ditolak."),
    ),
    "truncated": Message(QT_TRANSLATE_NOOP("Messages", "Berkas cadangan terenkripsi terpotong; cadangan ditolak.")),
    "unknown_agenda_entry": Message(QT_TRANSLATE_NOOP("Messages", "Agenda itu tidak ada lagi. Muat ulang daftar.")),
    "unknown_chart_size": Message(QT_TRANSLATE_NOOP("Messages", "Ukuran grafik tidak dikenal: {detail}.")),
    "unknown_encoding": Message(
        QT_TRANSLATE_NOOP("Messages", "Pengodean teks CSV tidak dikenali. Simpan ulang sebagai CSV UTF-8."),
    ),
    "unknown_format": Message(
        QT_TRANSLATE_NOOP("Messages", "Format ekspor tidak dikenal: {detail}. Pilih csv, xlsx atau json."),
    ),
    "unknown_output": Message(QT_TRANSLATE_NOOP("Messages", "Keluaran dengan nomor {detail} tidak ada.")),
    "unknown_publication": Message(QT_TRANSLATE_NOOP("Messages", "Publikasi dengan nomor {detail} tidak ada.")),
    "unknown_sheet": Message(QT_TRANSLATE_NOOP("Messages", "Lembar '{detail}' tidak ada dalam buku kerja.")),
    "unknown_version": Message(QT_TRANSLATE_NOOP("Messages", "Versi {detail} publikasi ini tidak ada.")),
    "unresolved_problems": Message(
        QT_TRANSLATE_NOOP("Messages", "{detail} baris berisi sel yang tidak sesuai tipenya. Perbaiki di berkas sumber, "
                                      "atau lewati baris itu (dicatat)."),
        cli="{detail} baris berisi sel yang tidak sesuai tipenya. Perbaiki di berkas sumber, atau pakai --skip-bad-rows"
            " untuk melewatinya (dicatat).",
    ),
    "value_required": Message(
        QT_TRANSLATE_NOOP("Messages", "Pilih kolom nilai untuk cara meringkas ini."),
        cli="Kolom nilai (--value) harus diisi untuk agregasi ini.",
    ),
    "xml_attack": Message(QT_TRANSLATE_NOOP("Messages", "Berkas berisi struktur XML berbahaya dan ditolak.")),
    "too_large": Message(
        QT_TRANSLATE_NOOP("Messages", "Berkas terlalu besar atau ukurannya tidak wajar, sehingga ditolak demi keamanan:"
                                      " {detail}"),
    ),
    # only the command line says these: its checks of what was typed, and its outcomes
    "password_required": Message(
        cli="Kata sandi diperlukan: isi variabel lingkungan PADI_PASSWORD atau jalankan perintah ini di terminal agar "
            "kata sandi dapat ditanyakan.",
    ),
    "new_password_required": Message(
        cli="Kata sandi baru diperlukan: isi variabel lingkungan PADI_NEW_PASSWORD atau jalankan perintah ini di "
            "terminal agar kata sandi baru dapat ditanyakan.",
    ),
    "password_mismatch": Message(cli="Kedua kata sandi baru yang diketik tidak sama; kata sandi tidak diganti."),
    "database_damaged": Message(cli="Basis data rusak dan tidak dapat dibaca: {detail}. Jalankan 'padi check'."),
    "already_initialised": Message(
        cli="Basis data sudah berisi pengguna dan tidak akan ditimpa: {detail}. Pilih berkas lain untuk basis data "
            "baru.",
    ),
    "unreadable_text": Message(
        cli="Teks atau nama berkas berisi karakter yang tidak terbaca (bukan UTF-8); ketik ulang tanpa karakter itu: "
            "{detail}",
    ),
    "year_without_unpivot": Message(
        cli="--year hanya dipakai bersama --unpivot (tahun kolom periode yang diubah menjadi baris).",
    ),
    "no_period_sheets": Message(cli="Tidak ada lembar yang namanya menyebut periode (misalnya Jan 2024, TW I) dalam {detail}."),
    "check_failed": Message(cli="Pemeriksaan menemukan masalah pada basis data atau catatan aktivitas."),
    "checks_found_errors": Message(
        cli="Pemeriksaan otomatis menemukan kesalahan; perbaiki di tab Persiapan, atau Kasubag Program/Sekretaris dapat"
            " menerimanya dengan alasan.",
    ),
    "bad_head": Message(
        cli="Kepala rantai tidak dapat dibaca: {detail}. Tulis sebagai ID:HASH (misalnya 63:f239e308aefa01e8...) dengan"
            " paling sedikit 16 angka heksadesimal dari hash-nya.",
    ),
    "verify_bad": Message(cli="Cadangan tidak lolos verifikasi; jangan gunakan berkas ini untuk pemulihan."),
    "passphrase_mismatch": Message(cli="Kedua frasa sandi yang diketik tidak sama; cadangan tidak dibuat."),
    "passphrase_unreadable": Message(cli="Berkas frasa sandi tidak dapat dibaca: {detail}"),
    "tabulate_format": Message(cli="Berkas tujuan tabulasi harus berakhiran .csv atau .xlsx: {detail}"),
    "report_format": Message(
        cli="Berkas tujuan laporan harus berakhiran .pdf atau .xlsx (bahan e-Kinerja: .xlsx), sesuai --format: {detail}",
    ),
    "usage": Message(cli="Perintah tidak dapat dipahami: {detail}. Lihat 'padi --help'."),
    "gui_unavailable": Message(cli="Tampilan grafis PADI tidak dapat dimuat ({detail})."),
    "interrupted": Message(cli="Dibatalkan."),
    "unexpected": Message(
        cli="Terjadi kesalahan tak terduga ({detail}). Jalankan lagi dengan PADI_DEBUG=1 untuk melihat rinciannya.",
    ),
}

FALLBACK = QT_TRANSLATE_NOOP("Messages", "Tindakan gagal ({code}).")
SOMEONE_ELSE = QT_TRANSLATE_NOOP("Messages", "pengguna lain")


def _same(_context: str, text: str) -> str:
    return text


def sentence(code: str, detail: str = "", *, cli: bool = False,
             translate: Callable[[str, str], str] = _same, shown: Callable[[str], str] = str) -> str:
    """The sentence for ``code`` with its detail filled in: the command line's wording when ``cli``, else the
    window's through ``translate(context, text)``. ``shown`` makes a detail typed by someone safe to show."""
    message = ERRORS.get(code)
    template = (message.for_cli if cli else message.text) if message is not None else ""
    if not template:
        return translate(CONTEXT, FALLBACK).replace("{code}", shown(code))
    if not cli:
        template = translate(CONTEXT, template)
    if code == "locked":
        detail = _clock_time(detail)
    elif code == "passphrase_too_short":
        detail = detail or "8"
    elif code == "changed_elsewhere":
        name, _, when = detail.partition("|")
        return template.replace("{name}", shown(name) or translate(CONTEXT, SOMEONE_ELSE)).replace(
            "{time}", when.replace("T", " ")[:16] or "-")
    return template.replace("{detail}", shown(detail)) if "{detail}" in template else template


def _clock_time(iso: str) -> str:
    """The hour a lock ends, as the clock shows it (``14:35``)."""
    try:
        return dt.datetime.fromisoformat(iso).strftime("%H:%M")
    except ValueError:
        return iso or "15 menit"


# --- the states of a dataset or a publication (DatasetState, PublicationState values) ---------------
STATE_CONTEXT = "States"

STATES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("States", "Draf"), "checking": QT_TRANSLATE_NOOP("States", "Diperiksa"),
    "validated": QT_TRANSLATE_NOOP("States", "Tervalidasi"), "processed": QT_TRANSLATE_NOOP("States", "Diolah"),
    "presented": QT_TRANSLATE_NOOP("States", "Disajikan"), "submitted": QT_TRANSLATE_NOOP("States", "Diajukan"),
    "returned": QT_TRANSLATE_NOOP("States", "Dikembalikan"), "approved": QT_TRANSLATE_NOOP("States", "Disetujui"),
    "published": QT_TRANSLATE_NOOP("States", "Diterbitkan"),
}


def state_name(value: str, *, translate: Callable[[str, str], str] = _same) -> str:
    """The name of a state (``DatasetState.value`` or ``PublicationState.value``), as in ``sentence``."""
    return translate(STATE_CONTEXT, STATES[value])


# --- what an automatic check of step 2 found ---------------------------------------------------
FINDING_CONTEXT = "Findings"

FINDINGS: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("Findings", "kosong"),
    "not_a_number": QT_TRANSLATE_NOOP("Findings", "bukan angka"),
    "not_an_integer": QT_TRANSLATE_NOOP("Findings", "bukan bilangan bulat"),
    "percent_out_of_range": QT_TRANSLATE_NOOP("Findings", "persen di luar 0–100"),
    "negative": QT_TRANSLATE_NOOP("Findings", "bernilai negatif"),
    "bad_period": QT_TRANSLATE_NOOP("Findings", "periode tidak dikenal (contoh: 2025-01, 2025-Q1, 2025-S1)"),
    "bad_date": QT_TRANSLATE_NOOP("Findings", "tanggal tidak dikenal (contoh: 2025-03-12)"),
    "unknown_code": QT_TRANSLATE_NOOP("Findings", "kode tidak ada dalam daftar kode"),
    "duplicate_row": QT_TRANSLATE_NOOP("Findings", "baris ganda"),
    "no_rows": QT_TRANSLATE_NOOP("Findings", "Kumpulan Data belum berisi baris"),
    "duplicate_key": QT_TRANSLATE_NOOP("Findings", "kunci baris ganda"),
    "total_mismatch": QT_TRANSLATE_NOOP("Findings", "jumlah tidak sama dengan penjumlahan bagian-bagiannya"),
    "missing_period": QT_TRANSLATE_NOOP("Findings", "data suatu periode tidak ada"),
    "missing_periods_more": QT_TRANSLATE_NOOP("Findings", "data periode lain juga tidak ada"),
    "large_change": QT_TRANSLATE_NOOP("Findings", "perubahan antarperiode melebihi ambang batas"),
    "subtotal_mismatch": QT_TRANSLATE_NOOP("Findings", "subtotal berkas sumber tidak sama dengan penjumlahan "
                                                       "baris-barisnya"),
    "subtotal_without_rows": QT_TRANSLATE_NOOP("Findings", "baris-baris yang dijumlahkan subtotal berkas sumber "
                                                           "tidak ada lagi"),
}

# The words of a finding that carries its value (the row it repeats, the expected total, ...).
_KEY_REPEATS = QT_TRANSLATE_NOOP("Findings", "kunci baris sama dengan baris {row}")
_TOTAL_EXPECTED = QT_TRANSLATE_NOOP("Findings", "jumlah tidak sama dengan penjumlahan bagian-bagiannya "
                                                "(seharusnya {value})")
_SUBTOTAL_DIFFERS = QT_TRANSLATE_NOOP("Findings", "subtotal “{label}” (baris {source} berkas sumber) tertulis "
                                                  "{stated}, penjumlahan baris {first}–{last} = {expected}")
_SUBTOTAL_ROWS_GONE = QT_TRANSLATE_NOOP("Findings", "baris-baris yang dijumlahkan subtotal “{label}” (baris "
                                                    "{source} berkas sumber) tidak ada lagi")
_PERIOD_MISSING = QT_TRANSLATE_NOOP("Findings", "data periode {period} tidak ada")
_MORE_PERIODS_MISSING = QT_TRANSLATE_NOOP("Findings", "data {count} periode lain juga tidak ada")
_CHANGE_FROM_PERIOD = QT_TRANSLATE_NOOP("Findings", "perubahan dari periode sebelumnya melebihi ambang batas "
                                                    "({change})")
_CHANGE_FROM_EDITION = QT_TRANSLATE_NOOP("Findings", "perubahan dibanding edisi sebelumnya melebihi ambang batas "
                                                     "({change})")


def _number_text(value: object) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formatting.number(value)
    return str(value)


def finding(code: str, value: object = None, *, translate: Callable[[str, str], str] = _same) -> str:
    """What an automatic check found, in words, with its value where the code has one (``translate`` as in
    ``sentence``)."""
    def words(text: str) -> str:
        return translate(FINDING_CONTEXT, text)

    if code == "duplicate_key" and isinstance(value, int):
        return words(_KEY_REPEATS).format(row=value + 1)
    if code == "total_mismatch" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return words(_TOTAL_EXPECTED).format(value=formatting.number(value))
    if code == "subtotal_mismatch" and isinstance(value, dict):
        return words(_SUBTOTAL_DIFFERS).format(
            label=value.get("label", ""), source=value.get("source_row", "?"),
            stated=_number_text(value.get("stated")), expected=_number_text(value.get("expected")),
            first=value.get("first", "?"), last=value.get("last", "?"))
    if code == "subtotal_without_rows" and isinstance(value, dict):
        return words(_SUBTOTAL_ROWS_GONE).format(label=value.get("label", ""), source=value.get("source_row", "?"))
    if code == "missing_period" and value is not None:
        return words(_PERIOD_MISSING).format(period=value)
    if code == "missing_periods_more" and value is not None:
        return words(_MORE_PERIODS_MISSING).format(count=value)
    if code == "large_change" and value is not None:
        change = _CHANGE_FROM_PERIOD if isinstance(value, str) and ":" in value else _CHANGE_FROM_EDITION
        return words(change).format(change=value)
    return words(FINDINGS[code]) if code in FINDINGS else code

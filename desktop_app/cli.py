"""The command line, ``padi`` (DESIGN.md §5): the GUI launcher and the headless commands.

Exit status of every command: 0 done; 1 failed verification or integrity (or an unexpected
error); 2 bad input or usage, nothing changed; 3 not allowed (permission, state, maker-checker).
Messages for people are Indonesian and go to stderr; ``--json`` puts a machine-readable object
on stdout (``{"error": code, "message": text}`` when the command failed).

Passphrases of encrypted backups (``backup --encrypt``, ``verify``, ``restore``) come from
``--passphrase-file FILE`` (its first line), else ``PADI_BACKUP_PASSPHRASE``, else a hidden prompt
on a terminal (typed twice for a new backup); they are never printed or logged.

Heavy modules (SQLAlchemy, reportlab, Qt) are imported inside the commands that need them, so
``padi --help`` is quick and no sub-command ever imports Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop_app import __version__
from desktop_app.cli_datasets import dataset_commands
from desktop_app.domain.errors import BadInput, IntegrityFailure, PadiError
from desktop_app.paths import default_db_path
from desktop_app.services.backup_archive import BackupError
from desktop_app.storage.snapshot import check_database_file, schema_revision

if TYPE_CHECKING:
    from desktop_app.services.services import Services

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_NOT_ALLOWED = 3
EXIT_INTERRUPTED = 130

PASSWORD_ENV = "PADI_PASSWORD"
PASSPHRASE_ENV = "PADI_BACKUP_PASSPHRASE"
DEBUG_ENV = "PADI_DEBUG"

# --- messages ----------------------------------------------------------------------------------
# One sentence per error code (services, backups and the CLI itself). ``{detail}`` is filled in
# where the detail is meant for people (a path, a name); other details stay technical.
MESSAGES: dict[str, str] = {
    # login and permissions
    "bad_credentials": "Nama pengguna atau kata sandi salah.",
    "locked": "Akun dikunci sementara setelah 5 kali gagal masuk; coba lagi setelah pukul {detail}.",
    "not_logged_in": "Perintah ini harus dijalankan atas nama pengguna (--user NAMA).",
    "permission": "Peran Anda tidak diizinkan melakukan tindakan ini.",
    "state": "Tindakan ini tidak dapat dilakukan pada tahap item saat ini.",
    "maker_checker": "Anda tidak dapat menyetujui publikasi yang Anda susun atau ajukan sendiri.",
    "not_approved": "Publikasi belum disetujui Kepala Dinas; hanya versi yang disetujui yang dapat diterbitkan.",
    "content_changed": "Isi publikasi berubah sejak disetujui; ajukan dan setujui ulang sebelum diterbitkan.",
    "password_too_short": "Kata sandi minimal 8 karakter.",
    "password_too_long": "Kata sandi terlalu panjang (maksimal 256 karakter).",
    "password_is_username": "Kata sandi tidak boleh sama dengan nama pengguna.",
    "password_only_digits": "Kata sandi tidak boleh hanya angka (misalnya NIP atau tanggal lahir); tambahkan huruf.",
    "password_one_character": "Kata sandi tidak boleh berupa satu karakter yang diulang.",
    "password_too_common": "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.",
    "password_unchanged": "Kata sandi baru harus berbeda dari kata sandi lama.",
    "database_in_use": ("Basis data ini sedang dibuka oleh PADI lain (di komputer ini atau lewat jaringan). "
                        "Tutup PADI yang lain itu terlebih dahulu."),
    "export_write_failed": "Berkas tidak dapat ditulis ke tujuan itu (media rusak atau dicabut). Berkas lama tetap utuh.",
    "password_required": ("Kata sandi diperlukan: isi variabel lingkungan PADI_PASSWORD atau jalankan "
                          "perintah ini di terminal agar kata sandi dapat ditanyakan."),
    # the database file
    "no_such_database": "Berkas basis data tidak ditemukan: {detail}",
    "not_padi_database": "Berkas ini bukan basis data PADI: {detail}",
    "database_damaged": "Basis data rusak dan tidak dapat dibaca: {detail}. Jalankan 'padi check'.",
    "database_busy": "Basis data sedang dipakai komputer lain terlalu lama; coba lagi sebentar lagi.",
    "already_initialised": ("Basis data sudah berisi pengguna dan tidak akan ditimpa: {detail}. "
                            "Pilih berkas lain untuk basis data baru."),
    "schema_too_new": "Basis data ini dibuat oleh versi PADI yang lebih baru; perbarui PADI terlebih dahulu.",
    "schema_outdated": ("Basis data ini memakai susunan versi PADI yang lebih lama; buka sekali dengan PADI "
                        "agar diperbarui, lalu periksa lagi."),
    # items
    "unknown_publication": "Publikasi dengan nomor {detail} tidak ada.",
    "unknown_dataset": "Kumpulan Data '{detail}' tidak ada.",
    "unknown_output": "Keluaran dengan nomor {detail} tidak ada.",
    "unknown_user": "Pengguna tidak dikenal.",
    "unknown_revision": "Revisi {detail} tidak ada untuk Kumpulan Data ini (lihat 'padi list revisions').",
    "dataset_name_taken": "Nama Kumpulan Data '{detail}' sudah dipakai. Pilih nama lain.",
    "dataset_in_trash": ("Nama '{detail}' masih dipakai Kumpulan Data di Sampah; pulihkan atau tunggu sampai "
                         "dihapus permanen (30 hari), atau pilih nama lain."),
    # the dataset actions of steps 1-4
    "reason_required": "Alasan wajib diisi (--reason).",
    "source_required": "Sumber yang dihubungi wajib diisi (--source, atau isi sumber pada metadata).",
    "bad_channel": "Saluran konfirmasi tidak dikenal: {detail}.",
    "bad_outcome": "Hasil konfirmasi tidak dikenal: {detail}.",
    "checks_not_passed": ("Pemeriksaan terakhir masih menemukan kesalahan. Perbaiki data lalu 'padi submit' lagi, "
                          "atau Kasubag Program/Sekretaris menerimanya dengan --accept-errors --reason."),
    "checks_outdated": "Data berubah setelah pemeriksaan terakhir; jalankan 'padi submit' atau 'padi validate' lagi.",
    "not_confirmed": "Catat minimal satu Konfirmasi Data dengan sumbernya terlebih dahulu ('padi confirm').",
    "no_errors_to_accept": "Pemeriksaan terakhir tidak menemukan kesalahan; tidak ada yang perlu diterima.",
    "maker_checker_data": "Anda tidak dapat menerima kesalahan pemeriksaan pada data yang Anda susun sendiri.",
    "ytd_needs_periods": "Kumulatif tahun berjalan memerlukan kolom periode sebagai baris (kolom '{detail}').",
    "ytd_needs_sum": "Kumulatif tahun berjalan hanya untuk jumlah (sum) atau banyaknya (count).",
    "no_such_folder": "Folder tidak ditemukan: {detail}",
    "url_required": "Alamat harus berupa tautan lengkap yang diawali http:// atau https://: {detail}",
    "contact_email_required": ("Alamat e-mail kontak belum ada (isi e-mail kantor atau kontak Kumpulan Data) "
                               "untuk data.json: {detail}"),
    "no_such_file": "Berkas tidak ditemukan: {detail}",
    "target_is_folder": "Tujuan ekspor adalah sebuah folder, bukan nama berkas: {detail}",
    "unknown_format": "Format ekspor tidak dikenal: {detail}. Pilih csv, xlsx atau json.",
    "target_not_empty": ("Folder tujuan berisi berkas lain dan tidak akan ditimpa: {detail}. Pilih folder kosong "
                         "atau folder Katalog Data PADI sebelumnya."),
    "target_not_folder": "Tujuan katalog adalah sebuah berkas, bukan folder: {detail}",
    # importing spreadsheets
    "file_missing": "Berkas tidak ditemukan: {detail}",
    "not_a_spreadsheet": "Berkas ini bukan lembar kerja yang dapat dibaca (xlsx, xls, ods atau csv): {detail}",
    "encrypted": "Buku kerja ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu impor lagi.",
    "too_large": "Berkas terlalu besar atau ukurannya tidak wajar, sehingga ditolak demi keamanan: {detail}",
    "xml_attack": "Berkas berisi struktur XML berbahaya dan ditolak.",
    "unknown_encoding": "Pengodean teks CSV tidak dikenali. Simpan ulang sebagai CSV UTF-8.",
    "empty": "Tidak ada baris data yang dapat diimpor.",
    "unknown_sheet": "Lembar '{detail}' tidak ada dalam buku kerja.",
    "unresolved_problems": ("{detail} baris berisi sel yang tidak sesuai tipenya. Perbaiki di berkas sumber, "
                            "atau pakai --skip-bad-rows untuk melewatinya (dicatat)."),
    "no_matching_columns": "Tidak ada kolom berkas yang cocok dengan kolom Kumpulan Data '{detail}'.",
    "column_type_mismatch": "Kolom '{detail}' berisi angka di Kumpulan Data, tetapi bukan angka di berkas.",
    "no_period_columns": ("Lembar '{detail}' tidak memiliki kolom periode (bulan, triwulan, semester atau tahun) "
                          "yang dapat diubah menjadi baris."),
    "unpivot_year_needed": ("Tahun kolom periode lembar '{detail}' tidak diketahui dari judul, nama lembar atau nama "
                            "berkas; berikan dengan --year TTTT, misalnya --year 2024."),
    "bad_year": "Tahun tidak dapat dipakai: {detail}. Tulis empat angka antara 1900 dan 2100, misalnya 2024.",
    "period_year_needed": "Tahun periode tidak diketahui; berikan dengan --year TTTT, misalnya --year 2024.",
    "year_without_unpivot": "--year hanya dipakai bersama --unpivot (tahun kolom periode yang diubah menjadi baris).",
    "already_set_up": "Profil kantor dan administrator pertama sudah dibuat.",
    # series by period
    "bad_period_text": ("Periode tidak dikenal: {detail}. Tulis seperti 2024-04 (bulan), 2024-Q1 (triwulan), "
                        "2024-S1 (semester) atau 2024 (tahun)."),
    "period_wrong_grain": "Periode itu tidak sesuai frekuensi seri ({detail}).",
    "period_present": ("Data periode {detail} sudah ada dan sudah diperiksa; periode itu hanya dapat diubah lewat "
                       "revisi baru ('padi revise')."),
    "period_validated": ("Baris periode {detail} sudah tervalidasi dan tidak diubah di tempat; buat revisi baru "
                         "untuk memperbaikinya."),
    "period_mismatch": "Baris berkas menyebut periode lain dari --period (baris {detail}).",
    "not_a_series": ("Kumpulan Data '{detail}' bukan seri per periode; impor tanpa --period, atau buat seri baru "
                     "dengan nama lain."),
    "series_needs_period_column": "Seri '{detail}' memerlukan kolom periode.",
    "row_without_period": "Ada baris tanpa periode yang dikenal ({detail}); setiap baris seri harus memiliki periode.",
    "no_period_sheets": "Tidak ada lembar yang namanya menyebut periode (misalnya Jan 2024, TW I) dalam {detail}.",
    # programmes and activities
    "programme_name_required": "Nama Program wajib diisi.",
    "activity_name_required": "Nama Kegiatan wajib diisi.",
    "programme_code_taken": "Kode Program '{detail}' sudah dipakai.",
    "activity_code_taken": "Kode Kegiatan '{detail}' sudah dipakai dalam Program ini.",
    "programme_in_use": "Program {detail} masih memiliki Kegiatan; hapus Kegiatannya dahulu.",
    "activity_in_use": "Kegiatan {detail} masih dipakai Kumpulan Data atau Agenda Kerja; lepaskan tautannya dahulu.",
    "unknown_programme": "Program dengan nomor {detail} tidak ada.",
    "unknown_activity": "Kegiatan dengan nomor {detail} tidak ada.",
    "programme_columns_missing": ("Lembar kerja harus memiliki kolom Kode dan Nama (Program/Kegiatan); Tahun dan "
                                  "Penanggung Jawab boleh ada. Kolom yang ada: {detail}"),
    "programme_row_incomplete": "Baris {detail}: kode atau nama kosong, atau kegiatan tanpa programnya.",
    "not_set_up": "Basis data belum disiapkan; buka PADI untuk mengisi profil kantor.",
    # backups
    "target_missing": "Folder tujuan tidak ditemukan: {detail}. Pastikan flash disk terpasang.",
    "target_not_writable": "Folder tujuan tidak dapat ditulisi. Pilih folder lain.",
    "no_space": "Ruang kosong pada media tujuan tidak cukup. Kosongkan ruang atau pilih media lain.",
    "write_failed": "Penulisan ke media gagal. Cadangan lama tetap utuh; coba media lain.",
    "verify_failed": "Cadangan tidak lolos verifikasi dan tidak disimpan. Coba media lain.",
    "source_unreadable": "Basis data tidak dapat dibaca untuk dicadangkan.",
    "backup_corrupt": "Cadangan rusak; jangan gunakan berkas ini untuk pemulihan.",
    # outcomes of check and verify (exit 1)
    "check_failed": "Pemeriksaan menemukan masalah pada basis data atau catatan aktivitas.",
    "checks_found_errors": ("Pemeriksaan otomatis menemukan kesalahan; perbaiki di tab Persiapan, atau Kasubag "
                            "Program/Sekretaris dapat menerimanya dengan alasan."),
    "verify_bad": "Cadangan tidak lolos verifikasi; jangan gunakan berkas ini untuk pemulihan.",
    # encrypted backups and restoring
    "passphrase_needed": ("Cadangan ini terenkripsi: berikan frasa sandinya dengan --passphrase-file, variabel "
                          "lingkungan PADI_BACKUP_PASSPHRASE, atau jalankan di terminal agar ditanyakan."),
    "wrong_passphrase": "Frasa sandi cadangan salah. Lihat lembar pemulihan untuk tempat frasa sandi disimpan.",
    "passphrase_too_short": "Frasa sandi cadangan terlalu pendek; pakai paling sedikit {detail} karakter.",
    "passphrase_mismatch": "Kedua frasa sandi yang diketik tidak sama; cadangan tidak dibuat.",
    "passphrase_unreadable": "Berkas frasa sandi tidak dapat dibaca: {detail}",
    # tabulation (step 3)
    "unknown_column": "Kolom '{detail}' tidak ada dalam Kumpulan Data. Periksa ejaan nama kolom.",
    "not_numeric": "Kolom '{detail}' bukan kolom angka; pilih kolom angka sebagai nilai atau pakai --agg count.",
    "value_required": "Kolom nilai (--value) harus diisi untuk agregasi ini.",
    "duplicate_column": "Nama kolom yang sama dipakai lebih dari sekali.",
    "bad_filter": "Penyaring tidak dikenal: {detail}. Pakai =, !=, in, >= atau <=.",
    "bad_grain": "Satuan periode tidak dikenal: {detail}. Pilih month, quarter, semester atau year.",
    "grain_too_fine": "Periode tidak dapat dipecah menjadi satuan yang lebih kecil: {detail}",
    "change_needs_periods": "Perubahan antarperiode memerlukan kolom periode sebagai baris (kolom '{detail}').",
    "columns_differ": "Kolom kumpulan data yang direkap tidak sama: {detail}",
    "recap_needs_two": "Rekapitulasi memerlukan paling sedikit dua kumpulan data.",
    "tabulate_format": "Berkas tujuan tabulasi harus berakhiran .csv atau .xlsx: {detail}",
    "report_format": ("Berkas tujuan laporan harus berakhiran .pdf atau .xlsx (bahan e-Kinerja: .xlsx), "
                      "sesuai --format: {detail}"),
    "bad_date": "Tanggal tidak dapat dibaca: {detail}. Tulis sebagai TTTT-BB-HH, misalnya 2026-11-30.",
    "bad_period": "Tanggal akhir periode lebih awal dari tanggal awalnya ({detail}).",
    "unknown_employee": "Pegawai '{detail}' tidak dikenal. Pakai nama pengguna atau nama lengkapnya.",
    "employee_required": "Bahan e-Kinerja dibuat per pegawai: sebutkan pegawainya (--employee).",
    "bad_timing_rules": "Pengaturan waktu kerja tidak masuk akal: {detail}",
    "report_write_failed": "Laporan tidak dapat ditulis ke tujuan itu: {detail}",
    # the command line itself
    "usage": "Perintah tidak dapat dipahami: {detail}. Lihat 'padi --help'.",
    "gui_unavailable": "Tampilan grafis PADI tidak dapat dimuat ({detail}).",
    "interrupted": "Dibatalkan.",
    "unexpected": ("Terjadi kesalahan tak terduga ({detail}). Jalankan lagi dengan PADI_DEBUG=1 "
                   "untuk melihat rinciannya."),
}

STATE_LABELS = {
    "draft": "Draf", "checking": "Diperiksa", "validated": "Tervalidasi", "processed": "Diolah",
    "presented": "Disajikan", "submitted": "Diajukan", "returned": "Dikembalikan", "approved": "Disetujui",
    "published": "Diterbitkan",
}

CHAIN_REASONS = {
    "altered": "Entri catatan aktivitas #{id} telah diubah.",
    "missing": "Entri catatan aktivitas #{id} hilang (dihapus).",
    "broken_link": "Rantai catatan aktivitas terputus pada entri #{id} (entri disisipkan atau diganti).",
    "unreadable": "Catatan aktivitas tidak dapat dibaca.",
}

BACKUP_PROBLEMS = {
    "missing": "berkas tidak ada",
    "unreadable": "berkas tidak dapat dibaca",
    "empty": "berkas kosong",
    "not_zip": "bukan arsip zip yang utuh (terpotong atau rusak)",
    "no_manifest": "daftar isi cadangan (manifest) tidak ada",
    "bad_manifest": "daftar isi cadangan (manifest) rusak",
    "format": "bukan cadangan PADI yang dapat dibaca versi ini",
    "member_missing": "ada berkas yang hilang dari arsip",
    "member_unexpected": "ada berkas asing di dalam arsip",
    "hash_mismatch": "isi tidak cocok dengan sidik SHA-256 yang tercatat",
    "database_corrupt": "basis data di dalam cadangan rusak",
    "passphrase_needed": "cadangan terenkripsi; frasa sandi diperlukan",
    "wrong_passphrase": "frasa sandi salah",
    "tampered": "isi terenkripsi telah berubah (rusak atau diubah)",
    "truncated": "berkas terenkripsi terpotong",
}


# What an automatic check of step 2 found (the Validasi tab's words, gui/messages.finding_text).
FINDING_TEXTS = {
    "empty": "kosong",
    "not_a_number": "bukan angka",
    "not_an_integer": "bukan bilangan bulat",
    "percent_out_of_range": "persen di luar 0–100",
    "negative": "bernilai negatif",
    "bad_period": "periode tidak dikenal (contoh: 2025-01, 2025-Q1, 2025-S1)",
    "bad_date": "tanggal tidak dikenal (contoh: 2025-03-12)",
    "unknown_code": "kode tidak ada dalam daftar kode",
    "duplicate_row": "baris ganda",
    "no_rows": "Kumpulan Data belum berisi baris",
    "duplicate_key": "kunci baris ganda",
    "total_mismatch": "jumlah tidak sama dengan penjumlahan bagian-bagiannya",
    "subtotal_mismatch": "subtotal berkas sumber tidak sama dengan penjumlahan baris-barisnya",
    "subtotal_without_rows": "baris-baris yang dijumlahkan subtotal berkas sumber tidak ada lagi",
    "missing_period": "data suatu periode tidak ada",
    "missing_periods_more": "data periode lain juga tidak ada",
    "large_change": "perubahan antarperiode melebihi ambang batas",
}


def finding_message(code: str, value: object = None) -> str:
    """A finding of step 2 in Indonesian words, with its numbers where the code has them."""
    from desktop_app.domain import formatting

    def number(x: object) -> str:
        return formatting.number(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else str(x)

    if code == "duplicate_key" and isinstance(value, int):
        return f"kunci baris sama dengan baris {value + 1}"
    if code == "total_mismatch" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"jumlah tidak sama dengan penjumlahan bagian-bagiannya (seharusnya {number(value)})"
    if code == "subtotal_mismatch" and isinstance(value, dict):
        return (f"subtotal \"{value.get('label')}\" (baris {value.get('source_row')} berkas sumber) tertulis "
                f"{number(value.get('stated'))}, penjumlahan baris {value.get('first')}–{value.get('last')} "
                f"= {number(value.get('expected'))}")
    if code == "subtotal_without_rows" and isinstance(value, dict):
        return (f"baris-baris yang dijumlahkan subtotal \"{value.get('label')}\" (baris {value.get('source_row')} "
                "berkas sumber) tidak ada lagi")
    if code == "missing_period" and value is not None:
        return f"data periode {value} tidak ada"
    if code == "missing_periods_more" and value is not None:
        return f"data {value} periode lain juga tidak ada"
    if code == "large_change" and isinstance(value, str) and ":" in value:
        return f"perubahan dari periode sebelumnya melebihi ambang batas ({value})"
    if code == "large_change" and value is not None:
        return f"perubahan dibanding edisi sebelumnya melebihi ambang batas ({value})"
    return FINDING_TEXTS.get(code, code)


def message_for(code: str, detail: str = "") -> str:
    """The Indonesian sentence for an error code."""
    template = MESSAGES.get(code)
    if template is None:
        return f"Tindakan gagal ({code})."
    if code == "locked":
        detail = _clock_time(detail)
    return template.replace("{detail}", detail) if "{detail}" in template else template


def _clock_time(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).strftime("%H:%M")
    except ValueError:
        return iso or "15 menit"


# --- output ------------------------------------------------------------------------------------
class _Output:
    """Human lines or one JSON object on stdout; error sentences on stderr."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def line(self, text: str = "") -> None:
        if not self.as_json:
            _write(sys.stdout, text)

    def data(self, obj: Any) -> None:
        if self.as_json:
            _write(sys.stdout, json.dumps(obj, ensure_ascii=False, indent=2, default=str))

    def error(self, code: str, text: str) -> None:
        _write(sys.stderr, text)
        if self.as_json:
            _write(sys.stdout, json.dumps({"error": code, "message": text}, ensure_ascii=False, indent=2))


def _write(stream: TextIO | None, text: str) -> None:
    if stream is None:  # a windowed (frozen) build has no console
        return
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding) + "\n")
    stream.flush()


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], numeric: set[int]) -> list[str]:
    cells = [[str(h) for h in headers]] + [[str(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def fmt(row: list[str]) -> str:
        return "  ".join(v.rjust(w) if i in numeric else v.ljust(w)
                         for i, (v, w) in enumerate(zip(row, widths, strict=True))).rstrip()

    return [fmt(cells[0]), "  ".join("-" * w for w in widths)] + [fmt(r) for r in cells[1:]]


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


# --- argument parsing --------------------------------------------------------------------------
class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """Raises instead of exiting, so main() decides the exit status and the JSON error; Indonesian help."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumen"
        self._optionals.title = "opsi"
        self.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


@dataclass(frozen=True)
class Command:
    """One sub-command: its arguments and the function that runs it (returns the exit status)."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, _Output], int]


def _add_db(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --db given before the sub-command (padi --db X check).
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH",
                        help="berkas basis data (bawaan: folder data pengguna)")


def _add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")


def _add_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", required=True, metavar="NAMA",
                        help=f"nama pengguna yang menjalankan perintah (kata sandi dari {PASSWORD_ENV} "
                             "atau ditanyakan)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="padi",
        description="PADI - Pengelolaan Data dan Informasi DPMPTSP Kota Tebing Tinggi. "
                    "Tanpa sub-perintah, membuka tampilan grafis.",
    )
    parser.add_argument("--version", action="version", version=f"PADI {__version__}",
                        help="tampilkan versi PADI lalu keluar")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH",
                        help="berkas basis data (bawaan: folder data pengguna)")
    parser.add_argument("--lang", choices=("id", "en"), default=None, help="bahasa tampilan grafis")
    parser.add_argument("--demo", action="store_true", help="buka tampilan grafis dengan basis data contoh")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", title="perintah", parser_class=_Parser)
    for command in COMMANDS:
        child = sub.add_parser(command.name, help=command.help, description=command.help)
        command.configure(child)
        child.set_defaults(run=command.run)
    return parser


# --- shared steps of the commands --------------------------------------------------------------
_SQLITE_HEADER = b"SQLite format 3\x00"


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def _inspect_db(path: Path) -> tuple[str, str | None]:
    """What a database file holds, read-only: ("empty"|"padi"|"foreign"|"damaged", revision)."""
    if not path.is_file():
        return "foreign", None
    if path.stat().st_size == 0:
        return "empty", None
    with open(path, "rb") as fh:
        if fh.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            return "foreign", None
    try:
        revision = schema_revision(path)
        if revision is not None:
            return "padi", revision
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.Error:
        return "damaged", None
    return ("empty" if tables == 0 else "foreign"), None


def _existing_padi_db(args: argparse.Namespace) -> Path:
    """The --db path, which must be an existing PADI database (checked without writing)."""
    path = _db_path(args)
    if not path.exists():
        raise BadInput("no_such_database", str(path))
    kind, _ = _inspect_db(path)
    if kind == "damaged":
        raise IntegrityFailure("database_damaged", str(path))
    if kind != "padi":
        raise BadInput("not_padi_database", str(path))
    return path


def _schema_state(revision: str) -> str:
    """"current", "older" or "newer" than the migrations this program carries."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from desktop_app.storage import migrate

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    if revision == script.get_current_head():
        return "current"
    try:
        script.get_revision(revision)
    except Exception:  # alembic raises several types for an unknown revision
        return "newer"
    return "older"


def _password(username: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass(f"Kata sandi untuk {username}: ")
        except EOFError:
            pass
    raise BadInput("password_required")


def _add_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, default=None, metavar="FILE",
                        help=f"berkas berisi frasa sandi cadangan terenkripsi (baris pertama); tanpa ini dipakai "
                             f"{PASSPHRASE_ENV} atau ditanyakan di terminal")


def _passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    """The backup passphrase: --passphrase-file (first line), then PADI_BACKUP_PASSPHRASE, then a prompt
    (asked twice for a new one). Never echoed, never logged."""
    if getattr(args, "passphrase_file", None) is not None:
        try:
            lines = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInput("passphrase_unreadable", str(args.passphrase_file)) from exc
        return lines[0] if lines else ""
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is not None:
        return passphrase
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            first = getpass.getpass("Frasa sandi cadangan: ")
            if new and getpass.getpass("Ulangi frasa sandi cadangan: ") != first:
                raise BadInput("passphrase_mismatch")
            return first
        except EOFError:
            pass
    raise BadInput("passphrase_needed")


def _passphrase_for(path: Path, args: argparse.Namespace) -> str | None:
    """The passphrase when ``path`` is an encrypted backup, else None (nothing is asked)."""
    from desktop_app.services.backup_crypto import is_encrypted

    return _passphrase(args) if is_encrypted(path) else None


@contextlib.contextmanager
def _acting_as(path: Path, username: str, *, beside_gui: bool = False) -> Iterator[Services]:
    """The services on an existing database, logged in as ``username`` (logged out afterwards).

    While a PADI window has the database open (its ``<db>.lock``), commands that change data are
    refused with ``database_in_use``; ``beside_gui`` commands (backup: only reads the data) still run,
    since SQLite keeps them consistent and a nightly backup must not fail because a window was left open.
    """
    from desktop_app.services.instance_lock import refuse_if_in_use
    from desktop_app.services.services import Services

    if not beside_gui:
        refuse_if_in_use(path)
    password = _password(username)
    services = Services.open(path, create=False)
    try:
        services.accounts.login(username, password)
        yield services
    finally:
        if services.ctx.actor is not None:
            with contextlib.suppress(Exception):
                services.accounts.logout()
        services.close()


# --- the GUI -----------------------------------------------------------------------------------
def _run_gui(args: argparse.Namespace) -> int:
    try:
        from desktop_app.app import run_gui
    except ImportError as exc:
        raise PadiError("gui_unavailable", str(exc)) from exc
    return int(run_gui(db_path=Path(args.db) if args.db else None, lang=args.lang, demo=bool(args.demo)) or 0)


# --- init --------------------------------------------------------------------------------------
def _configure_init(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                   help="isi dengan kantor contoh: satu akun per peran (kata sandi padi-demo) dan data contoh")
    _add_json(p)


def _cmd_init(args: argparse.Namespace, out: _Output) -> int:
    from desktop_app.services.services import Services

    path = _db_path(args)
    demo = bool(getattr(args, "demo", False))
    existed = path.exists()
    if existed:
        kind, _ = _inspect_db(path)
        if kind == "damaged":
            raise BadInput("database_damaged", str(path))
        if kind == "foreign":
            raise BadInput("not_padi_database", str(path))
    services = Services.open(path, create=True)
    try:
        if not services.accounts.needs_setup():
            raise BadInput("already_initialised", str(path))
        if demo:
            from desktop_app.services.demo import seed_demo

            seed_demo(services)
        users = [u.username for u in services.accounts.users()]
        datasets = len(services.datasets.list())
        publications = len(services.publications.list())
    except BaseException:
        services.close()
        if not existed:  # leave nothing half-made behind
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise
    services.close()
    out.data({"db": str(path.resolve()), "demo": demo, "users": users, "datasets": datasets,
              "publications": publications})
    out.line(f"Basis data PADI dibuat: {path.resolve()}")
    if demo:
        from desktop_app.services.demo import DEMO_PASSWORD

        out.line(f"Kantor contoh dimuat: {len(users)} pengguna ({', '.join(users)}), "
                 f"{datasets} kumpulan data, {publications} publikasi.")
        out.line(f"Kata sandi semua akun contoh: {DEMO_PASSWORD}")
    else:
        out.line("Buka PADI pada basis data ini untuk mengisi profil kantor dan membuat akun administrator pertama.")
    return EXIT_OK


# --- check -------------------------------------------------------------------------------------
def _configure_check(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    _add_json(p)


def _cmd_check(args: argparse.Namespace, out: _Output) -> int:
    """integrity_check, foreign_key_check and the log's hash chain; never writes to the file."""
    path = _db_path(args)
    if not path.exists():
        raise BadInput("no_such_database", str(path))
    kind, revision = _inspect_db(path)
    if kind in ("empty", "foreign"):
        raise BadInput("not_padi_database", str(path))
    chain = None
    problems: list[str] = []
    if kind == "padi":
        state = _schema_state(revision or "")
        if state == "newer":
            from desktop_app.storage.migrate import SchemaTooNew

            raise SchemaTooNew("schema_too_new", revision or "")
        if state == "older":
            raise BadInput("schema_outdated", revision or "")
        try:
            chain, problems = _check_padi_db(path)
        except Exception as exc:  # a damaged file: report what the read-only check finds
            problems = check_database_file(path) or [f"unreadable database: {exc}"]
    else:
        problems = check_database_file(path) or ["unreadable database"]

    log = ({"ok": chain.ok, "entries": chain.entries, "head": chain.head, "first_bad_id": chain.first_bad_id,
            "reason": chain.reason or None} if chain is not None else
           {"ok": False, "entries": 0, "head": None, "first_bad_id": None, "reason": "unreadable"})
    ok = not problems and log["ok"]
    out.data({"ok": ok, "db": str(path.resolve()), "database_problems": problems, "log": log})

    out.line(f"Basis data: {path.resolve()}")
    if problems:
        out.line("Berkas basis data: BERMASALAH")
        for problem in problems:
            out.line(f"  - {problem}")
    else:
        out.line("Berkas basis data: baik (integrity_check dan foreign_key_check lolos)")
    if log["ok"]:
        out.line(f"Catatan aktivitas: {log['entries']} entri, rantai utuh (kepala {str(log['head'])[:16]})")
    else:
        reason = CHAIN_REASONS.get(str(log["reason"]), "Rantai catatan aktivitas tidak utuh.")
        out.line(f"Catatan aktivitas: RUSAK - {reason.format(id=log['first_bad_id'])}")
    if ok:
        out.line("Hasil: BAIK")
        return EXIT_OK
    out.line("Hasil: GAGAL")
    _write(sys.stderr, message_for("check_failed"))
    return EXIT_FAILED


def _check_padi_db(path: Path):  # noqa: ANN202 (ChainReport, problems)
    """Open without migrating (Database() rather than Database.open) and run the integrity check."""
    from desktop_app.services import integrity
    from desktop_app.services.services import Services
    from desktop_app.storage.database import Database

    services = Services.on(Database(path))
    try:
        report = integrity.check(services.ctx)
    finally:
        services.close()
    return report.chain, list(report.database_problems)


# --- list --------------------------------------------------------------------------------------
def _configure_list(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=("datasets", "publications", "revisions"), help="yang didaftar")
    p.add_argument("--dataset", metavar="NAMA", help="kumpulan data yang revisinya didaftar (untuk 'revisions')")
    _add_db(p)
    _add_json(p)


def _cmd_list(args: argparse.Namespace, out: _Output) -> int:
    from desktop_app.services.services import Services

    if args.kind == "revisions" and not args.dataset:
        raise BadInput("usage", "'padi list revisions' memerlukan --dataset NAMA")
    if args.kind != "revisions" and args.dataset:
        raise BadInput("usage", "--dataset hanya dipakai dengan 'padi list revisions'")
    services = Services.open(_existing_padi_db(args), create=False)
    try:
        if args.kind == "datasets":
            items = sorted(services.datasets.list(), key=lambda d: d.id)
            data = [{"id": d.id, "name": d.name, "group": d.group, "state": d.state.value, "author": d.author,
                     "rows": d.rows, "sample": d.is_sample, **_dataset_lifecycle(services, d)} for d in items]
            headers = ("ID", "Nama", "Tahap", "Rev.", "Periode", "Penyusun", "Baris")
            rows = [(d.id, _clip(d.name) + (" *" if d.is_sample else ""), _stage_text(d), d.revision,
                     _periods_text(item["periods"]), d.author, d.rows) for d, item in zip(items, data, strict=True)]
            numeric, empty = {0, 3, 6}, "Belum ada kumpulan data."
        elif args.kind == "revisions":
            dataset_id = services.datasets.find(args.dataset)
            revisions = services.revisions.list(dataset_id)
            data = [{"revision": r.number, "state": r.state.value, "reason": r.reason, "created_by": r.created_by,
                     "created_at": r.created_at.isoformat(sep=" "),
                     "validated_at": r.validated_at.isoformat(sep=" ") if r.validated_at else None,
                     "current": r.current, "serving": r.serving, "rows": r.rows} for r in revisions]
            headers = ("Rev.", "Tahap", "Dibuat", "Oleh", "Baris", "Keterangan", "Alasan")
            rows = [(r.number, STATE_LABELS[r.state.value], r.created_at.strftime("%Y-%m-%d %H:%M"), r.created_by,
                     r.rows, ", ".join(w for w, on in (("sekarang", r.current), ("tampil di katalog", r.serving)) if on),
                     _clip(r.reason, 40)) for r in revisions]
            numeric, empty = {0, 4}, "Belum ada revisi."
        else:
            pubs = services.publications.list()
            data = [{"id": p.id, "title": p.title, "kind": p.kind, "state": p.state.value, "author": p.author,
                     "version": p.version, "sample": p.is_sample} for p in pubs]
            headers = ("ID", "Judul", "Jenis", "Tahap", "Penyusun", "Versi")
            rows = [(p.id, _clip(p.title) + (" *" if p.is_sample else ""), p.kind, STATE_LABELS[p.state.value],
                     p.author, p.version) for p in pubs]
            numeric, empty = {0, 5}, "Belum ada publikasi."
    finally:
        services.close()
    out.data(data)
    if not rows:
        out.line(empty)
        return EXIT_OK
    for text in _table(headers, rows, numeric):
        out.line(text)
    if any(item.get("sample") for item in data):
        out.line("* data contoh")
    return EXIT_OK


def _dataset_lifecycle(services: Services, d) -> dict:  # noqa: ANN001 (a DatasetSummary)
    """The revision, series and catalogue keys of one dataset in ``padi list datasets --json``."""
    periods = [{"period": p.period, "state": p.state.value, "rows": p.rows} for p in services.series.periods(d.id)]
    return {"revision": d.revision, "served_revision": services.revisions.served(d.id), "series": d.series or None,
            "periods": periods, "batch_state": d.batch_state.value if d.batch_state else None,
            "withdrawn": d.withdrawn}


def _stage_text(d) -> str:  # noqa: ANN001 (a DatasetSummary)
    text = STATE_LABELS[d.state.value]
    if d.batch_state is not None:
        text += f" (periode baru: {STATE_LABELS[d.batch_state.value]})"
    return text + (" - ditarik" if d.withdrawn else "")


def _periods_text(periods: list[dict]) -> str:
    if not periods:
        return "-"
    if len(periods) == 1:
        return periods[0]["period"]
    return f"{periods[0]['period']} s.d. {periods[-1]['period']} ({len(periods)})"


# --- publish -----------------------------------------------------------------------------------
def _configure_publish(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--publication", type=int, required=True, metavar="ID", help="nomor publikasi (lihat 'padi list')")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder tujuan PDF dan Paket Internet")
    p.add_argument("--base-url", metavar="URL", default=None,
                   help="alamat situs tempat Paket Internet diunggah (untuk data.json; bawaan: pengaturan kantor)")
    _add_user(p)
    _add_json(p)


def _cmd_publish(args: argparse.Namespace, out: _Output) -> int:
    from desktop_app.services.internet_package import build_package, package_name

    path = _existing_padi_db(args)
    if not args.out.is_dir():
        raise BadInput("no_such_folder", str(args.out))
    with _acting_as(path, args.user) as services:
        result = services.publications.publish(args.publication, args.out)
        title = services.publications.get(args.publication).summary.title
        package = build_package(services, args.publication, args.out / package_name(title, result.version),
                                base=args.base_url)
    pdf = result.pdf_path.resolve()
    out.data({"publication": args.publication, "title": title, "pdf": str(pdf), "version": result.version,
              "content_hash": result.content_hash, "package": str(package.folder.resolve()),
              "data_json": str(package.catalog.resolve()), "absolute_urls": package.absolute_urls})
    out.line(f"Publikasi #{args.publication} \"{title}\" versi {result.version} diterbitkan:")
    out.line(f"  PDF     : {pdf}")
    out.line(f"  Paket Internet: {package.folder.resolve()}")
    if not package.absolute_urls:
        out.line("  (data.json memakai nama berkas relatif; isi --base-url agar portal data dapat memanennya)")
    out.line(f"  SHA-256 isi yang disetujui: {result.content_hash}")
    return EXIT_OK


# --- backup ------------------------------------------------------------------------------------
def _configure_backup(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--to", type=Path, required=True, metavar="DIR", help="folder tujuan (mis. flash disk)")
    p.add_argument("--encrypt", action="store_true",
                   help="enkripsi cadangan dengan frasa sandi (juga bila --passphrase-file diberikan)")
    _add_passphrase(p)
    _add_user(p)
    _add_json(p)


def _cmd_backup(args: argparse.Namespace, out: _Output) -> int:
    path = _existing_padi_db(args)
    if not args.to.is_dir():
        raise BadInput("target_missing", str(args.to))
    passphrase = _passphrase(args, new=True) if args.encrypt or args.passphrase_file else None
    with _acting_as(path, args.user, beside_gui=True) as services:
        info = services.archive.backup(args.to, passphrase=passphrase)
    if not info.verified:  # the service reports only verified backups; never claim otherwise
        raise IntegrityFailure("verify_failed", str(info.path))
    archive = info.path.resolve()
    out.data({"path": str(archive), "sha256": info.sha256, "size": info.size,
              "created_at": info.created_at.isoformat(), "verified": True, "encrypted": passphrase is not None})
    out.line("Cadangan dibuat dan diverifikasi:")
    out.line(f"  Berkas : {archive}")
    out.line(f"  SHA-256: {info.sha256}")
    out.line(f"  Ukuran : {info.size:,} bita".replace(",", "."))
    return EXIT_OK


# --- verify ------------------------------------------------------------------------------------
def _configure_verify(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="BACKUP", help="berkas cadangan (.zip atau .padienc)")
    _add_passphrase(p)
    _add_json(p)


def _cmd_verify(args: argparse.Namespace, out: _Output) -> int:
    from desktop_app.services.archive import verify_file
    from desktop_app.services.backup_archive import archive_sha256

    path: Path = args.file
    if not path.is_file():
        raise BadInput("no_such_file", str(path))
    report = verify_file(path, _passphrase_for(path, args))
    manifest = report.manifest or {}
    try:
        sha256 = archive_sha256(path)
    except OSError:
        sha256 = None
    out.data({
        "ok": report.ok, "file": str(path.resolve()), "problems": [[c, d] for c, d in report.problems],
        "sha256": sha256, "created_at": manifest.get("created_at"), "app_version": manifest.get("app_version"),
        "schema_revision": manifest.get("schema_revision"), "log_chain_head": manifest.get("log_chain_head"),
        "counts": manifest.get("counts"),
    })
    out.line(f"Cadangan: {path.resolve()}")
    if manifest:
        out.line(f"  Dibuat     : {manifest.get('created_at', '-')}")
        out.line(f"  Versi PADI : {manifest.get('app_version', '-')}")
        counts = manifest.get("counts") or {}
        if counts:
            out.line(f"  Isi        : {counts.get('users', '?')} pengguna, {counts.get('datasets', '?')} kumpulan "
                     f"data, {counts.get('publications', '?')} publikasi, {counts.get('activity_log', '?')} entri "
                     "catatan aktivitas")
    if sha256:
        out.line(f"  SHA-256    : {sha256}")
    if report.ok:
        out.line("Hasil: UTUH - cadangan dapat dipakai untuk pemulihan.")
        return EXIT_OK
    out.line("Hasil: RUSAK")
    for code, detail in report.problems:
        out.line(f"  - {BACKUP_PROBLEMS.get(code, code)} ({code}): {detail}")
    _write(sys.stderr, message_for("verify_bad"))
    return EXIT_FAILED


# --- restore -----------------------------------------------------------------------------------
def _configure_restore(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="BACKUP", help="berkas cadangan (.zip atau .padienc)")
    _add_db(p)
    _add_passphrase(p)
    _add_user(p)
    _add_json(p)


def _cmd_restore(args: argparse.Namespace, out: _Output) -> int:
    """Restore a backup over --db. The user must be allowed to restore in the live database; when that
    database is missing or damaged, in the backup's own accounts instead."""
    from desktop_app.services import restore

    backup: Path = args.file
    if not backup.is_file():
        raise BadInput("no_such_file", str(backup))
    db_path = _db_path(args)
    passphrase = _passphrase_for(backup, args)
    restore.describe(backup, passphrase)  # refuse a bad backup before asking for anything else
    kind, _ = _inspect_db(db_path) if db_path.exists() else ("missing", None)
    now = dt.datetime.now().replace(microsecond=0)
    if kind == "padi":
        with _acting_as(db_path, args.user) as services:
            actor = services.archive.restore_actor()
        result = restore.restore_database(backup, db_path, now=now, actor=actor, passphrase=passphrase)
    elif kind in ("missing", "damaged"):
        credentials = (args.user, _password(args.user))
        result = restore.restore_database(backup, db_path, now=now, credentials=credentials, passphrase=passphrase)
    else:
        raise BadInput("not_padi_database", str(db_path))
    summary = result.summary
    out.data({"restored": True, "file": str(backup.resolve()), "db": str(db_path.resolve()),
              "safety_copy": str(result.safety_copy) if result.safety_copy else None, "sha256": summary.sha256,
              "created_at": summary.created_at, "schema_revision": summary.schema_revision,
              "counts": summary.counts, "encrypted": summary.encrypted})
    counts = summary.counts
    out.line(f"Cadangan dipulihkan ke {db_path.resolve()}")
    out.line(f"  Cadangan    : {backup.resolve()} (dibuat {summary.created_at})")
    out.line(f"  Isi         : {counts['users']} pengguna, {counts['datasets']} kumpulan data "
             f"({counts['rows']} baris), {counts['publications']} publikasi, {counts['log_entries']} entri "
             "catatan aktivitas")
    if result.safety_copy:
        out.line(f"  Salinan pengaman basis data sebelumnya: {result.safety_copy}")
    return EXIT_OK


# --- export ------------------------------------------------------------------------------------
EXPORT_FORMATS = ("csv", "xlsx", "json")  # desktop_app.services.exporting.FORMATS (checked by a test)


def _check_out_file(target: Path) -> None:
    """An output file's folder must exist and the name must not be a folder (BadInput otherwise)."""
    if not target.parent.is_dir():
        raise BadInput("no_such_folder", str(target.parent))
    if target.is_dir():
        raise BadInput("target_is_folder", str(target))


def _configure_export(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--dataset", required=True, metavar="NAMA", help="nama kumpulan data (lihat 'padi list datasets')")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS, dest="export_format",
                   help="format berkas: csv, xlsx atau json")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="berkas tujuan (ditimpa bila sudah ada)")
    _add_user(p)
    _add_json(p)


def _cmd_export(args: argparse.Namespace, out: _Output) -> int:
    path = _existing_padi_db(args)
    target: Path = args.out
    _check_out_file(target)  # before logging in: nothing is written or logged
    from desktop_app.services.exporting import export_dataset

    with _acting_as(path, args.user) as services:
        dataset_id = services.datasets.find(args.dataset)
        result = export_dataset(services, dataset_id, args.export_format, target)
    file = result.path.resolve()
    out.data({"dataset": result.title, "format": result.format, "file": str(file), "rows": result.rows})
    out.line(f"Kumpulan Data \"{result.title}\" diekspor ({result.format.upper()}, {result.rows} baris):")
    out.line(f"  Berkas: {file}")
    return EXIT_OK


def _configure_import(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--file", type=Path, required=True, metavar="FILE", help="berkas xlsx, xls, ods atau csv")
    p.add_argument("--dataset", metavar="NAMA",
                   help="Kumpulan Data tujuan: draf yang sudah ada (kolom dicocokkan menurut nama) atau nama baru")
    p.add_argument("--sheet", metavar="LEMBAR", help="nama lembar (bawaan: lembar pertama yang berisi data)")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="lewati baris yang selnya tidak sesuai tipe (dicatat); tanpa ini impor ditolak")
    p.add_argument("--unpivot", action="store_true",
                   help="ubah kolom periode menjadi baris: kolom bulan, triwulan, semester atau tahun menjadi satu "
                        "kolom periode dan satu kolom nilai; kolom jumlah di seberang periode diperiksa lalu dilewati")
    p.add_argument("--year", type=int, default=None, metavar="TAHUN",
                   help="tahun kolom periode tanpa tahun (bersama --unpivot), bila judul, nama lembar dan nama "
                        "berkas tidak menyebutkannya")
    p.add_argument("--period", default=None, metavar="PERIODE",
                   help="data satu periode seri (2024-04, 2024-Q1, 2024-S1, 2024): kumpulan data baru menjadi seri, "
                        "seri yang ada mendapat periode itu")
    p.add_argument("--sheets-as-periods", action="store_true",
                   help="setiap lembar yang namanya menyebut periode (Jan, Februari 2024, TW I, ...) menjadi data "
                        "periode itu, semuanya dalam satu impor")
    _add_user(p)
    _add_json(p)


def _cmd_import(args: argparse.Namespace, out: _Output) -> int:
    path = _existing_padi_db(args)
    if not args.file.is_file():  # checked before logging in: nothing is written or logged
        raise BadInput("file_missing", str(args.file))
    from desktop_app.domain.columns import ColumnSpec
    from desktop_app.services.imports import bad_rows

    if args.year is not None and not args.unpivot:
        raise BadInput("year_without_unpivot")
    if args.year is not None and not 1900 <= args.year <= 2100:
        raise BadInput("bad_year", str(args.year))
    if args.sheets_as_periods:
        if args.period or args.sheet or args.unpivot:
            raise BadInput("usage", "--sheets-as-periods tidak dipakai bersama --period, --sheet atau --unpivot")
        return _import_sheets(path, args, out)
    if args.period is not None:
        from desktop_app.domain.series import series_period

        series_period(args.period)  # a period text that names none: exit 2 before logging in
    with _acting_as(path, args.user) as services:
        preview = services.imports.preview(args.file, sheet=args.sheet, unpivot=args.unpivot, year=args.year)
        columns = [ColumnSpec(c.name, c.type) for c in preview.columns]
        bad = bad_rows(columns, preview.rows)
        if bad and not args.skip_bad_rows:
            for problem in preview.problems[:20]:
                _write(sys.stderr, f"  {problem.sheet}, baris {problem.row}, kolom {problem.column}: "
                                   f"{problem.code} ({problem.value!r})")
            raise BadInput("unresolved_problems", str(len(bad)))
        target = None
        if args.dataset:
            try:
                target = services.datasets.find(args.dataset)
            except BadInput:
                target = None
        result = services.imports.commit(preview, skip=bad, target_id=target,
                                         dataset_name=None if target else args.dataset, period=args.period)
    notes = [_import_note(n) for n in preview.notes]
    warnings = list(result.warnings) + notes
    turned = preview.unpivoted
    unpivoted = None if turned is None else {
        "period_column": turned.period_column, "value_column": turned.value_column, "columns": list(turned.columns),
        "grain": turned.grain, "year": turned.year, "year_from": turned.year_from,
        "total_columns": list(turned.total_columns), "wide_rows": turned.wide_rows}
    out.data({"dataset": result.dataset, "dataset_id": result.dataset_id, "created": result.created,
              "sheet": preview.sheet, "rows": result.rows, "skipped": result.skipped, "warnings": warnings,
              "unpivoted": unpivoted, "subtotals": result.subtotals, "periods": list(result.periods)})
    verb = "dibuat" if result.created else "ditambah"
    out.line(f"Kumpulan Data \"{result.dataset}\" {verb}: {result.rows} baris diimpor dari lembar "
             f"\"{preview.sheet}\", {result.skipped} dilewati.")
    if turned is None and not args.unpivot:
        from desktop_app.services.importing.unpivot import find_period_columns

        wide = find_period_columns(preview)
        if wide is not None:
            out.line(f"  Kolom periode dikenali ({', '.join(preview.columns[i].name for i in wide.columns)}); "
                     "pakai --unpivot untuk mengubahnya menjadi baris.")
    if turned is not None:
        out.line(f"  Kolom periode menjadi baris: {len(turned.columns)} kolom ({', '.join(turned.columns)}) menjadi "
                 f"\"{turned.period_column}\" dan \"{turned.value_column}\".")
    if result.subtotals:
        out.line(f"  {result.subtotals} subtotal berkas disimpan; diperiksa pada langkah 2 ('padi validate').")
    for warning in warnings:
        out.line(f"  Catatan: {warning}")
    return EXIT_OK


def _import_sheets(path: Path, args: argparse.Namespace, out: _Output) -> int:
    """A workbook with one sheet per period into one series, all or nothing."""
    from desktop_app.domain.columns import ColumnSpec
    from desktop_app.services.imports import ImportPart, bad_rows

    with _acting_as(path, args.user) as services:
        found = services.imports.sheet_periods(args.file)
        if not found:
            raise BadInput("no_period_sheets", args.file.name)
        parts = []
        for sheet in found:
            preview = services.imports.preview(args.file, sheet=sheet.sheet)
            bad = bad_rows([ColumnSpec(c.name, c.type) for c in preview.columns], preview.rows)
            if bad and not args.skip_bad_rows:
                raise BadInput("unresolved_problems", f"{len(bad)} ({sheet.sheet})")
            parts.append(ImportPart(preview, skip=bad, period=sheet.period))
        target = None
        if args.dataset:
            try:
                target = services.datasets.find(args.dataset)
            except BadInput:
                target = None
        result = services.imports.commit_parts(parts, target_id=target,
                                               dataset_name=None if target else (args.dataset or args.file.stem))
    out.data({"dataset": result.dataset, "dataset_id": result.dataset_id, "created": result.created,
              "sheets": [{"sheet": f.sheet, "period": f.period} for f in found], "rows": result.rows,
              "skipped": result.skipped, "warnings": list(result.warnings), "periods": list(result.periods)})
    verb = "dibuat" if result.created else "ditambah"
    out.line(f"Seri \"{result.dataset}\" {verb}: {result.rows} baris dari {len(found)} lembar, "
             f"{result.skipped} dilewati.")
    for f in found:
        out.line(f"  Lembar \"{f.sheet}\" -> periode {f.period} ({f.label})")
    return EXIT_OK


def _import_note(note) -> str:  # noqa: ANN001 (importing.Problem, loaded with the import)
    """One note of an import for the command line: its code and where, with both numbers of a mismatch."""
    value = note.value
    if isinstance(value, dict) and "stated" in value:
        return (f"{note.code}: baris {note.row}, kolom {note.column}: tertulis {value['stated']}, "
                f"penjumlahan {value['expected']}")
    return f"{note.code}: baris {note.row}" if note.row else f"{note.code}: {value}"


# --- validate ----------------------------------------------------------------------------------
def _configure_validate(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--dataset", required=True, metavar="NAMA",
                   help="nama kumpulan data (lihat 'padi list datasets'); draf masuk ke tahap Diperiksa, seperti "
                        "'Kirim ke Pemeriksaan'")
    _add_user(p)
    _add_json(p)


def _cmd_validate(args: argparse.Namespace, out: _Output) -> int:
    """The step-2 checks, run and logged exactly as the Validasi tab's "Jalankan Pemeriksaan" runs them."""
    path = _existing_padi_db(args)
    with _acting_as(path, args.user) as services:
        dataset_id = services.datasets.find(args.dataset)
        report = services.datasets.check(dataset_id)
        name = services.datasets.get(dataset_id, row_limit=0).summary.name
    errors = [f for f in report.findings if f.severity.value == "error"]
    warnings = [f for f in report.findings if f.severity.value != "error"]

    def entry(f) -> dict:  # noqa: ANN001 (a domain Finding)
        return {"row": f.row + 1 if f.row is not None else None, "column": f.column, "code": f.code,
                "message": finding_message(f.code, f.value), "value": f.value}

    out.data({"dataset": name, "errors": [entry(f) for f in errors], "warnings": [entry(f) for f in warnings]})
    out.line(f"Pemeriksaan otomatis \"{name}\": {len(errors)} kesalahan, {len(warnings)} peringatan (dicatat).")
    for label, found in (("Kesalahan", errors), ("Peringatan", warnings)):
        for f in found:
            where = f"Baris {f.row + 1}" if f.row is not None else "Kumpulan Data"
            column = f", {f.column}" if f.column else ""
            out.line(f"  {label} · {where}{column}: {finding_message(f.code, f.value)}")
    if errors:
        _write(sys.stderr, message_for("checks_found_errors"))
        return EXIT_FAILED
    return EXIT_OK


# --- catalog -----------------------------------------------------------------------------------
def _configure_catalog(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="folder katalog (dibuat; folder katalog PADI sebelumnya diganti)")
    _add_user(p)
    _add_json(p)


def _cmd_catalog(args: argparse.Namespace, out: _Output) -> int:
    path = _existing_padi_db(args)
    target: Path = args.out
    if not target.parent.is_dir():  # checked before logging in: nothing is written or logged
        raise BadInput("no_such_folder", str(target.parent))
    from desktop_app.services.static_site import build_site

    with _acting_as(path, args.user) as services:
        result = build_site(services, target)
    folder = target.resolve()
    datasets = [p.name for p in result.pages]
    out.data({"out": str(folder), "pages": len(result.pages) + 1, "datasets": len(result.pages)})
    out.line(f"Katalog Data offline dibuat: {len(datasets)} kumpulan data, {len(result.files)} berkas.")
    out.line(f"  Folder : {folder}")
    out.line(f"  Buka   : {result.index.resolve()}")
    for title in result.skipped:
        out.line(f"  Tidak dimuat (bukan data publik): {title}")
    return EXIT_OK


# --- tabulate ----------------------------------------------------------------------------------
TABULATE_AGGREGATES = ("sum", "count", "avg", "min", "max", "share")  # domain.pivot.PivotAggregate
TABULATE_GRAINS = ("month", "quarter", "semester", "year")  # domain.periods.Grain
TABULATE_PREVIEW_ROWS = 40


def _configure_tabulate(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--dataset", required=True, metavar="NAMA", help="nama kumpulan data (lihat 'padi list datasets')")
    p.add_argument("--rows", required=True, action="append", metavar="KOLOM",
                   help="kolom pengelompokan baris (ulangi untuk beberapa tingkat)")
    p.add_argument("--cols", metavar="KOLOM", help="kolom yang dijadikan lajur menyamping (opsional)")
    p.add_argument("--value", metavar="KOLOM", help="kolom nilai (boleh tidak diisi untuk --agg count)")
    p.add_argument("--agg", required=True, choices=TABULATE_AGGREGATES,
                   help="sum (jumlah), count (banyaknya), avg (rata-rata), min, max, share (persentase)")
    p.add_argument("--grain", choices=TABULATE_GRAINS,
                   help="satukan kolom periode/tanggal per month, quarter (triwulan), semester atau year")
    p.add_argument("--subtotals", action="store_true", help="tambahkan subtotal per kelompok baris")
    p.add_argument("--change", action="store_true", help="tambahkan perubahan dibanding periode sebelumnya")
    p.add_argument("--ytd", action="store_true",
                   help="tambahkan kumulatif tahun berjalan (kolom periode sebagai baris terakhir; sum atau count)")
    p.add_argument("--from-period", metavar="PERIODE", help="hanya periode ini dan sesudahnya (kolom --rows pertama)")
    p.add_argument("--to-period", metavar="PERIODE", help="hanya periode ini dan sebelumnya (kolom --rows pertama)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help="berkas tujuan .csv atau .xlsx (ditimpa bila sudah ada)")
    _add_user(p)
    _add_json(p)


def _tabulate_cell(value: object, percent: bool) -> str:
    from desktop_app.domain import formatting

    if value is None:
        return "-"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if percent:
        return formatting.percent(value)
    return formatting.number(value, 0 if float(value).is_integer() else 2)


def _cmd_tabulate(args: argparse.Namespace, out: _Output) -> int:
    path = _existing_padi_db(args)
    target: Path = args.out
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):  # checked before logging in: nothing is written or logged
        raise BadInput("tabulate_format", target.name)
    _check_out_file(target)  # before logging in: nothing is written or logged
    from desktop_app.domain.pivot import CHANGE_PCT_HEADER, PivotSpec

    filters = tuple((args.rows[0], op, value) for op, value in ((">=", args.from_period), ("<=", args.to_period))
                    if value)
    spec = PivotSpec(rows=tuple(args.rows), cols=args.cols, value=args.value, agg=args.agg,
                     period_grain=args.grain, subtotals=args.subtotals, change=args.change, ytd=args.ytd,
                     filters=filters)
    with _acting_as(path, args.user) as services:
        dataset_id = services.datasets.find(args.dataset)
        result, written = services.tabulation.export_pivot(dataset_id, spec, fmt, target)
        name = next(d.name for d in services.datasets.list() if d.id == dataset_id)
    table = result.table
    file = written.path.resolve()
    out.data({"dataset": name, "rows": len(table.rows), "columns": list(table.headers), "file": str(file)})
    out.line(f"Tabulasi \"{table.title}\" ditulis ({fmt.upper()}, {len(table.rows)} baris dan total):")
    out.line(f"  Berkas: {file}")
    out.line()
    percent = {j for j, h in enumerate(table.headers) if h == CHANGE_PCT_HEADER or args.agg == "share"}
    numeric = set(table.numeric_columns)
    shown = list(table.rows[:TABULATE_PREVIEW_ROWS]) + ([table.total] if table.total else [])
    lines = [[_tabulate_cell(v, j in percent and j in numeric) for j, v in enumerate(row)] for row in shown]
    for text in _table(table.headers, lines, numeric):
        out.line(text)
    if len(table.rows) > TABULATE_PREVIEW_ROWS:
        out.line(f"... {len(table.rows) - TABULATE_PREVIEW_ROWS} baris lagi ada di berkas.")
    return EXIT_OK


# --- report ------------------------------------------------------------------------------------
def _configure_report(p: argparse.ArgumentParser) -> None:
    _add_db(p)
    p.add_argument("--from", required=True, dest="start", metavar="TANGGAL", help="awal periode (TTTT-BB-HH)")
    p.add_argument("--to", required=True, dest="end", metavar="TANGGAL", help="akhir periode (TTTT-BB-HH)")
    p.add_argument("--employee", default="", metavar="NAMA", help="hanya satu pegawai (nama pengguna atau lengkap)")
    p.add_argument("--format", default="", choices=("pdf", "xlsx", "kinerja"), dest="report_format",
                   help="pdf atau xlsx (bawaan: dari akhiran --out), atau kinerja: bahan e-Kinerja satu pegawai "
                        "(XLSX, perlu --employee)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="berkas tujuan .pdf atau .xlsx")
    _add_user(p)
    _add_json(p)


def _cmd_report(args: argparse.Namespace, out: _Output) -> int:
    import datetime as dt

    path = _existing_padi_db(args)
    target: Path = args.out
    fmt = args.report_format or target.suffix.lower().lstrip(".")
    wanted = ".xlsx" if fmt == "kinerja" else f".{fmt}"
    if fmt not in ("pdf", "xlsx", "kinerja") or target.suffix.lower() != wanted:  # before logging in
        raise BadInput("report_format", target.name)
    if fmt == "kinerja" and not args.employee.strip():
        raise BadInput("employee_required")
    _check_out_file(target)  # before logging in: nothing is written or logged
    try:
        start, end = dt.date.fromisoformat(args.start), dt.date.fromisoformat(args.end)
    except ValueError as exc:
        raise BadInput("bad_date", f"{args.start} / {args.end}") from exc
    if end < start:
        raise BadInput("bad_period", f"{start} > {end}")
    if fmt == "kinerja":
        return _report_kinerja(path, args, out, start, end)
    with _acting_as(path, args.user) as services:
        report = services.performance.report(start, end, args.employee)
        written = services.performance.export_report(start, end, target, args.employee).resolve()
    out.data({"file": str(written), "from": start.isoformat(), "to": end.isoformat(), "employee": report.employee,
              "actions": report.actions, "steps_finished": report.finished, "on_time": report.on_time,
              "judged": report.judged, "without_start": report.unrecorded,
              "approved": len(report.approved), "published": len(report.published),
              "confirmations": len(report.confirmations), "backups": len(report.backups),
              "steps": {str(int(s)): {"count": f.count, "on_time": f.on_time, "median_seconds": f.median_seconds,
                                      "longest_seconds": f.longest_seconds, "judged": f.judged, "late": f.late,
                                      "without_start": f.unrecorded, "median_work_seconds": f.median_work_seconds,
                                      "median_wait_seconds": f.median_wait_seconds, "waited_long": f.waited_long,
                                      "lead_time_standard": f.lead_standard}
                        for s, f in report.figures.items()}})
    who = f" ({report.employee})" if report.employee else ""
    out.line(f"Laporan Pelaksanaan {start.isoformat()} s.d. {end.isoformat()}{who} ditulis:")
    out.line(f"  Berkas: {written}")
    out.line(f"  Langkah selesai: {report.finished}, dinilai: {report.judged}, tepat waktu (waktu kerja): "
             f"{report.on_time}; tanpa catatan mulai: {report.unrecorded}; "
             f"disetujui {len(report.approved)}, diterbitkan {len(report.published)}, "
             f"cadangan {len(report.backups)}.")
    return EXIT_OK


def _report_kinerja(path: Path, args: argparse.Namespace, out: _Output, start, end) -> int:  # noqa: ANN001 - dates
    with _acting_as(path, args.user) as services:
        sheet = services.performance.kinerja(start, end, args.employee)
        written = services.performance.export_kinerja(start, end, args.employee, args.out).resolve()
    out.data({"file": str(written), "from": start.isoformat(), "to": end.isoformat(), "employee": sheet.employee,
              "format": "kinerja", "activities": len(sheet.rows), "work_seconds": sheet.work_seconds,
              "days": [{"date": day.isoformat(), "activities": count, "work_seconds": seconds}
                       for day, count, seconds in sheet.per_day()]})
    out.line(f"Bahan e-Kinerja {sheet.employee} {start.isoformat()} s.d. {end.isoformat()} ditulis:")
    out.line(f"  Berkas: {written}")
    out.line(f"  Kegiatan: {len(sheet.rows)}, waktu kerja {round(sheet.work_seconds / 60)} menit.")
    return EXIT_OK


# --- registry ----------------------------------------------------------------------------------
# DESIGN.md §5 also names tabulate, catalog, restore and report. Each gets a
# Command here (configure + run, same shape as above) once its service exists; until then they
# are simply not offered.
COMMANDS: tuple[Command, ...] = (
    Command("init", "buat basis data baru (--demo: dengan kantor dan data contoh)", _configure_init, _cmd_init),
    Command("check", "periksa keutuhan basis data dan rantai catatan aktivitas", _configure_check, _cmd_check),
    Command("list", "daftar kumpulan data atau publikasi", _configure_list, _cmd_list),
    Command("import", "impor lembar kerja (xlsx, xls, ods, csv) ke kumpulan data", _configure_import, _cmd_import),
    Command("export", "ekspor kumpulan data ke CSV, XLSX atau JSON", _configure_export, _cmd_export),
    Command("validate", "jalankan pemeriksaan otomatis langkah 2 (seperti tab Validasi); keluar 1 bila ada kesalahan",
            _configure_validate, _cmd_validate),
    Command("tabulate", "tabulasi (pivot) kumpulan data ke CSV atau XLSX", _configure_tabulate, _cmd_tabulate),
    Command("catalog", "buat Katalog Data offline (situs statis) ke sebuah folder", _configure_catalog, _cmd_catalog),
    Command("publish", "terbitkan PDF publikasi yang sudah disetujui", _configure_publish, _cmd_publish),
    Command("report", "Laporan Pelaksanaan (PDF atau XLSX) atau bahan e-Kinerja satu pegawai", _configure_report,
            _cmd_report),
    Command("backup", "buat cadangan terverifikasi ke sebuah folder", _configure_backup, _cmd_backup),
    Command("verify", "verifikasi berkas cadangan", _configure_verify, _cmd_verify),
    Command("restore", "pulihkan basis data dari berkas cadangan (salinan pengaman dibuat)", _configure_restore,
            _cmd_restore),
)
COMMANDS += dataset_commands()  # submit, confirm, mark-validated, revise, withdraw, diff


# --- entry point -------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    """Run ``padi`` with these arguments (``sys.argv[1:]`` by default); returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = _Output(as_json="--json" in argv)
    try:
        args = build_parser().parse_args(argv)
    except _UsageError as exc:
        out.error("usage", message_for("usage", str(exc)))
        return EXIT_BAD_INPUT
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    out = _Output(as_json=bool(getattr(args, "json", False)))
    try:
        if args.command is None:
            return _run_gui(args)
        return args.run(args, out)
    except PadiError as err:
        out.error(err.code, message_for(err.code, err.detail))
        return err.exit_code
    except BackupError as err:
        out.error(err.code, message_for(err.code, err.detail))
        return EXIT_BAD_INPUT if err.code in ("target_missing", "target_not_writable") else EXIT_FAILED
    except KeyboardInterrupt:
        out.error("interrupted", message_for("interrupted"))
        return EXIT_INTERRUPTED
    except Exception as exc:
        code, text = _unexpected(exc)
        out.error(code, text)
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc(file=sys.stderr)
        return EXIT_FAILED


def _unexpected(exc: Exception) -> tuple[str, str]:
    if "database is locked" in str(exc):
        return "database_busy", message_for("database_busy")
    return "unexpected", message_for("unexpected", f"{type(exc).__name__}: {exc}")


__all__ = ["COMMANDS", "MESSAGES", "Command", "build_parser", "main", "message_for"]
